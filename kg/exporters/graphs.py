"""Files for Gephi and scripts: dynamic GEXF 1.3, GraphML, node/edge CSV tables, and the network as JSON.

All of them are written from one table of nodes and one of edges (`graph_tables`),
so the files agree with each other. Our own writers (plain text, laid out as lxml indents) rather than
networkx's: its GEXF 1.3 writer puts the wrong xsi namespace and today's
date into the file, its GraphML writer uses the multigraph keys as edge ids
and the IRIs as node ids, which are not XML name tokens.

Parallel edges (a person who attended, spoke at and chaired one event) must
survive import into Gephi, which keeps two edges between the same nodes only
when their `kind` differs: an edge's kind is its relation qualified by its
role (`participation:主持`), made unique per node pair where still needed;
the plain relation is the `relation` column, for colouring and filtering.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import logging
import math
import os
import re
import shutil
import tempfile
import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import networkx as nx

from ..errors import ExportError
from ..network import SORT_BUFFER, network_source
from ..quads import sort_lines
from ..layout import Positions
from .base import Bundle, Exporter, attr_list, attr_text
from .html import COLORS, shared_layout

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = f"{GEXF_NS} {GEXF_NS}/gexf.xsd"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_SCHEMA_LOCATION = f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"
NETWORK_FILE = "network.json"

LIST_SEPARATOR = "|"  # liststring values as Gephi and graphology-gexf both read them


@dataclass(frozen=True)
class Column:
    """One typed attribute of nodes or edges, the same in every file format."""

    name: str
    type: str  # string | integer | double | liststring

    @property
    def graphml_type(self) -> str:
        return {"string": "string", "liststring": "string", "integer": "int", "double": "double"}[self.type]


NODE_COLUMNS = (
    Column("kind", "string"),
    Column("type", "string"),
    Column("region", "string"),
    Column("network", "string"),
    Column("aliases", "liststring"),
    Column("date", "string"),
    Column("place", "string"),
    Column("first_year", "integer"),
    Column("last_year", "integer"),
    Column("articles", "liststring"),
    Column("iri", "string"),
)
EDGE_COLUMNS = (
    Column("relation", "string"),
    Column("role", "string"),
    Column("status", "string"),
    Column("since", "string"),
    Column("until", "string"),
    Column("articles", "liststring"),
    Column("fact", "string"),
)


@dataclass
class NodeRow:
    id: str
    label: str
    values: dict[str, Any]
    start: str = ""
    end: str = ""
    texts: dict[str, str] = field(default_factory=dict)  # see _texts
    plain: bool = False  # see _texts
    number: int = -1  # the node's number in the network's sorted node ids (what a kg.layout.Positions is read by)
    degree: int = 0  # edges at the node (either end), for the GEXF's node sizes


@dataclass
class EdgeRow:
    id: str
    source: str
    target: str
    kind: str
    label: str
    weight: float
    values: dict[str, Any]
    start: str = ""
    end: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    plain: bool = False


class Rows:
    """Rows of a table made as they are read (a build's network has millions): iterable again, with a length."""

    def __init__(self, make: Callable[[], Iterator[Any]], count: int) -> None:
        self._make = make
        self._count = count

    def __iter__(self) -> Iterator[Any]:
        return self._make()

    def __len__(self) -> int:
        return self._count


@dataclass
class GraphTables:
    """What every network file holds: rows in a fixed order, with full ISO dates for Gephi's timeline.

    The rows are made from the network each time they are read (graph_tables): never held all at once."""

    nodes: Rows
    edges: Rows
    directed: bool
    positions: dict[str, tuple[float, float]] | Positions = field(default_factory=dict)  # by IRI, or by node number
    start: str = ""  # the first and last day of any row
    end: str = ""
    scratch: Any = None  # what the rows read on disk (graph_tables), kept as long as the tables

    def position(self, row: NodeRow) -> tuple[float, float] | None:
        """The node's point in the shared layout, if the tables have one."""
        if isinstance(self.positions, Positions):
            return self.positions.at(row.number) if len(self.positions) else None
        return self.positions.get(row.id)


# --- dates -----------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date_bounds(value: object) -> tuple[str, str]:
    """The first and last day a date of the data means ("2024" -> 2024-01-01, 2024-12-31); ("", "") if none."""
    return _date_bounds(str(value or "").strip())


@lru_cache(maxsize=65536)
def _date_bounds(text: str) -> tuple[str, str]:  # a corpus has few distinct dates and many edges
    match = _DATE.match(text)
    if not match:
        return "", ""
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return "", ""
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    if not 1 <= day <= last:
        return "", ""
    return (f"{year:04d}-{month:02d}-{day:02d}",) * 2


def edge_interval(attrs: dict[str, Any]) -> tuple[str, str]:
    """An edge's time in the graph: from the first day of `start` to the last day of `end`, open where unknown."""
    return date_bounds(attrs.get("start"))[0], date_bounds(attrs.get("end"))[1]


def own_date(attrs: dict[str, Any]) -> tuple[str, str]:
    """The time a node is about, where it has one: an event's date, a chair term's year; ("", "") otherwise."""
    return date_bounds(attrs.get("date") or attrs.get("year"))


# --- one table for every format -----------------------------------------------


def node_label(node: str, attrs: dict[str, Any]) -> str:
    """The node's label, else the last segment of its IRI; "" when it has neither (such a node is left out)."""
    label = str(attrs.get("label") or "").strip()
    return label or unquote(str(node).rsplit("/", 1)[-1]).strip()


def _year(date: str) -> int | None:
    return int(date[:4]) if date else None


def _edge_label(attrs: dict[str, Any]) -> str:
    return attr_text(attrs.get("role")).strip() or attr_text(attrs.get("relation"))


def graph_tables(graph: Any, positions: dict[str, tuple[float, float]] | Positions | None = None) -> GraphTables:
    """Nodes and edges of graph (a NetworkX graph or a build's NetworkFiles) in sorted order with typed values,
    kinds, ids and time intervals, made as they are read from a few passes' summaries (the rows are never
    held all at once).

    Nodes without any label are left out with their edges (logged). A label shared by several nodes
    gets a node's date or year in brackets where it has one (the yearly meeting, a term's handover).
    An edge's kind is relation:role, made unique between one pair of nodes (Gephi keeps parallel edges
    only when their kind differs); its id is the multigraph key where that is unique in the graph, else
    the key qualified by its end points. An event lasts its date and a chair term its year; any other
    node spans its own start/end and its dated edges (always there when it has none), so a dated
    fact does not show on Gephi's timeline while its end points are hidden.
    Gephi shows what overlaps the timeline's window, so an edge between an event and a chair term of
    another year shows once the window spans both.
    Each node's degree and the span of its dated edges are read in node order from a file of the edges' ends
    sorted on disk (a build's network, NetworkFiles), not held in tables keyed by IRI (two such tables and the IRIs
    held some 300 bytes a node: 1 M nodes at 100,000 articles); a graph held whole keeps them in memory.
    """
    source = network_source(graph)
    nameless: set[str] = set()
    dated_labels: set[str] = set()
    networks: set[str] = set()
    for node, attrs in source.node_items():
        label = node_label(node, attrs)
        if not label:
            nameless.add(node)
            log.warning("left a node without a label out of the network files: %s", node)
        elif _when(attrs):
            dated_labels.add(label)
        if attrs.get("network"):
            networks.add(str(attrs["network"]))

    def kept_edges() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        return ((s, t, k, a) for s, t, k, a in source.edge_items() if s not in nameless and t not in nameless)

    starts: list[str] = []  # the first start and the last end of any row so far
    ends: list[str] = []
    edge_count = 0
    folder = getattr(source, "folder", None)
    at_nodes = _EndsOnDisk(folder) if getattr(source, "streamed", False) else _EndsHeld()
    with tempfile.TemporaryDirectory(prefix="charity-kg-keys-", dir=folder) as scratch:
        keys = Path(scratch) / "keys.txt"
        with keys.open("w", encoding="utf-8", newline="\n") as key_file:
            for s, t, k, attrs in kept_edges():
                key_file.write(k.replace("\n", " ") + "\n")
                edge_count += 1
                start, end = edge_interval(attrs)
                _widen(starts, ends, start, end)
                dates = [d for d in (start, end) if d]
                at_nodes.add(s, t, *((min(dates), max(dates)) if dates else ("", "")))
        shared = _repeated_lines(keys, Path(scratch))  # keys of more than one edge (a multigraph's keys are unique between two nodes)
    at_nodes.close()

    label_counts: Counter = Counter()
    network_labels: dict[str, str] = {}
    node_count = 0
    taken = at_nodes.reader()
    for node, attrs in source.node_items():
        if node in networks:
            network_labels[node] = str(attrs.get("label") or node)
        if node in nameless:
            continue
        node_count += 1
        label = node_label(node, attrs)
        if label in dated_labels:
            label_counts[label] += 1
        _widen(starts, ends, *_node_interval(attrs, taken(node)[1]))

    def node_rows() -> Iterator[NodeRow]:
        taken = at_nodes.reader()
        for number, (node, attrs) in enumerate(source.node_items()):
            if node in nameless:
                continue
            label = node_label(node, attrs)
            when = _when(attrs)
            if label_counts[label] > 1 and when and when not in label:
                label = f"{label}（{when}）"
            degree, span = taken(node)
            start, end = _node_interval(attrs, span)
            values = {
                "kind": attr_text(attrs.get("kind")),
                "type": attr_text(attrs.get("type")),
                "region": attr_text(attrs.get("region")),
                "network": network_labels.get(str(attrs["network"]), str(attrs["network"])) if attrs.get("network") else "",
                "aliases": attr_list(attrs.get("aliases")),
                "date": attr_text(attrs.get("date")),
                "place": attr_text(attrs.get("place")),
                "first_year": _year(start),
                "last_year": _year(end),
                "articles": attr_list(attrs.get("articles")),
                "iri": node,
            }
            texts, plain = _texts(NODE_COLUMNS, values, node, label, start, end)
            yield NodeRow(node, label, values, start, end, texts, plain, number, degree)

    def edge_rows() -> Iterator[EdgeRow]:
        pair: tuple[str, str] | None = None
        seen: Counter = Counter()  # kinds between the current pair of nodes (edges come sorted by their ends)
        for source_node, target, key, attrs in kept_edges():
            if pair != (source_node, target):
                pair, seen = (source_node, target), Counter()
            base = attrs.get("relation", "") + (f":{attrs['role']}" if attrs.get("role") else "")
            seen[base] += 1
            kind = base if seen[base] == 1 else f"{base}#{seen[base]}"
            edge_id = key if key and key.replace("\n", " ") not in shared else f"{source_node} {target} {key}"
            start, end = edge_interval(attrs)
            values = {
                "relation": attr_text(attrs.get("relation")),
                "role": attr_text(attrs.get("role")),
                "status": attr_text(attrs.get("status")),
                "since": attr_text(attrs.get("start")),
                "until": attr_text(attrs.get("end")),
                "articles": attr_list(attrs.get("articles")),
                "fact": attr_text(attrs.get("fact")),
            }
            label = _edge_label(attrs)
            texts, plain = _texts(EDGE_COLUMNS, values, edge_id, source_node, target, kind, label, start, end)
            yield EdgeRow(edge_id, source_node, target, kind, label, float(attrs.get("weight") or 1), values, start, end, texts, plain)

    return GraphTables(Rows(node_rows, node_count), Rows(edge_rows, edge_count), source.is_directed(), positions or {},
                       min(starts, default=""), max(ends, default=""), at_nodes)


class _EndsHeld:
    """Each node's degree and the first and last date of its dated edges, in memory (a graph held whole)."""

    def __init__(self) -> None:
        self.degree: Counter = Counter()
        self.spans: dict[str, tuple[str, str]] = {}  # node -> first and last date of its dated edges

    def add(self, source: str, target: str, first: str, last: str) -> None:
        for end_point in (source, target):
            self.degree[end_point] += 1
            if first:
                span = self.spans.get(end_point)
                self.spans[end_point] = (first, last) if span is None else (min(span[0], first), max(span[1], last))

    def close(self) -> None:
        pass

    def reader(self) -> Callable[[str], tuple[int, tuple[str, ...]]]:
        """node -> (its degree, its dated edges' first and last date or ()), asked in any order."""
        return lambda node: (self.degree[node], self.spans.get(node, ()))


class _EndsOnDisk:
    """The same from a file of the edges' ends (a line an end: node, first and last date), sorted on disk by node and
    read in node order by each pass over the nodes: a build's network, whose IRIs hold no tab or line break."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="charity-kg-ends-", dir=folder))
        weakref.finalize(self, shutil.rmtree, self.folder, True)  # with the tables (a build's folder goes with the build)
        self.path = self.folder / "ends.sorted"
        self._raw = self.folder / "ends.txt"
        self._file: IO[str] | None = self._raw.open("w", encoding="utf-8", newline="\n")
        self._lines: list[str] = []

    def add(self, source: str, target: str, first: str, last: str) -> None:
        self._lines.append(f"{source}\t{first}\t{last}\n{target}\t{first}\t{last}\n")
        if len(self._lines) == 32_768:
            self._file.writelines(self._lines)  # type: ignore[union-attr]
            self._lines = []

    def close(self) -> None:
        """Every end added: sorted by node."""
        assert self._file is not None
        self._file.writelines(self._lines)
        self._file.close()
        self._file, self._lines = None, []
        sort_lines(self._raw, self.path, self.folder, buffer=SORT_BUFFER)
        self._raw.unlink()

    def reader(self) -> Callable[[str], tuple[int, tuple[str, ...]]]:
        """node -> (its degree, its dated edges' first and last date or ()), asked in ascending node order."""
        groups = _end_groups(self.path)
        pending: list[Any] = [next(groups, None)]

        def taken(node: str) -> tuple[int, tuple[str, ...]]:
            while pending[0] is not None and pending[0][0] < node:  # a node never asked (none is: each has a row)
                pending[0] = next(groups, None)
            if pending[0] is None or pending[0][0] != node:
                return 0, ()
            _, degree, span = pending[0]
            pending[0] = next(groups, None)
            return degree, span
        return taken


def _end_groups(path: Path) -> Iterator[tuple[str, int, tuple[str, ...]]]:
    """(node, degree, (first, last) of its dated edges or ()) from a sorted ends file, node by node."""
    with path.open("r", encoding="utf-8", newline="\n") as lines:
        node, degree, first, last = None, 0, "", ""
        for line in lines:
            end_point, start, end = line[:-1].split("\t")
            if end_point != node:
                if node is not None:
                    yield node, degree, ((first, last) if first else ())
                node, degree, first, last = end_point, 0, "", ""
            degree += 1
            if start:
                first, last = (start, end) if not first else (min(first, start), max(last, end))
        if node is not None:
            yield node, degree, ((first, last) if first else ())


def _texts(columns: tuple[Column, ...], values: dict[str, Any], *others: str) -> tuple[dict[str, str], bool]:
    """A row's values as the files write them (column name -> text, in column order; a column without a value is
    left out), made once for every file of the row, and whether neither they nor the row's other texts (id,
    label, ends, interval) hold a character XML escapes: then every file writes them as they are (one search
    of the row instead of one per value and file: 1.8 million at 2,000 articles)."""
    texts = {}
    for column in columns:
        text = _value_text(column, values.get(column.name))
        if text is not None:
            texts[column.name] = text
    return texts, _XML_SPECIAL.search(" ".join([*others, *texts.values()])) is None


def _widen(starts: list[str], ends: list[str], start: str, end: str) -> None:
    """Keep the earliest start and the latest end seen (each list holds at most one)."""
    if start and (not starts or start < starts[0]):
        starts[:] = [start]
    if end and (not ends or end > ends[0]):
        ends[:] = [end]


def _when(attrs: dict[str, Any]) -> str:
    """An event's date or a chair term's year: what tells apart nodes of one label."""
    return str(attrs.get("date") or attrs.get("year") or "")


def _node_interval(attrs: dict[str, Any], span: tuple[str, ...]) -> tuple[str, str]:
    """A node's interval: its own date, else its span and its dated edges' (span: their first and last date, or ())."""
    start, end = own_date(attrs)
    if not start:
        dates = sorted([*span, *(d for d in (date_bounds(attrs.get("start"))[0], date_bounds(attrs.get("end"))[1]) if d)])
        start, end = (dates[0], dates[-1]) if dates else ("", "")
    return start, end


def _repeated_lines(path: Path, folder: Path) -> set[str]:
    """The lines (without their line break) that occur more than once in path, found by sorting it on disk."""
    ordered = path.with_suffix(".sorted")
    sort_lines(path, ordered, folder)
    repeated: set[str] = set()
    previous = None
    with ordered.open("r", encoding="utf-8", newline="\n") as lines:
        for line in lines:
            if line == previous:
                repeated.add(line[:-1])
            previous = line
    return repeated


# --- writing files atomically ------------------------------------------------------


@contextmanager
def atomic_output(path: Path, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file that appears at path only once fully written; a failure leaves nothing behind."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    temporary = folder / f".{path.name}.{os.getpid()}.part"
    try:
        with open(temporary, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


_XML_SPECIAL = re.compile("[&<>\"\n\t\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"})
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _escaped(value: str, escapes: dict[int, str]) -> str:
    """value as XML text, escaped as libxml2 escapes it; an error for characters XML 1.0 cannot hold."""
    if _XML_SPECIAL.search(value) is None:
        return value
    bad = _XML_INVALID.search(value)
    if bad is not None:
        raise ExportError(f"cannot write {value[:80]!r} into XML: it holds the character U+{ord(bad.group()):04X}, which XML 1.0 does not allow")
    return value.translate(escapes)


def _attribute(value: str) -> str:
    return _escaped(value, _ATTRIBUTE_ESCAPES)


def _text(value: str) -> str:
    return _escaped(value, _TEXT_ESCAPES)


def _element(indent: str, tag: str, attributes: str, children: list[str]) -> list[str]:
    """The lines of an element with the given (already indented) child lines, as lxml's indent() lays it out."""
    if not children:
        return [f"{indent}<{tag}{attributes}/>"]
    return [f"{indent}<{tag}{attributes}>", *children, f"{indent}</{tag}>"]


def _number(value: float) -> str:
    """Numbers without float noise: 1 not 1.0; the same text on every machine."""
    return str(int(value)) if float(value).is_integer() else repr(round(float(value), 6))


def _value_text(column: Column, value: Any) -> str | None:
    """The attribute's text in a file, None when it has no value (the attribute is left out)."""
    if column.type == "liststring":
        return LIST_SEPARATOR.join(value) if value else None
    if value is None or value == "":
        return None
    return str(value)


# --- GEXF ------------------------------------------------------------------------
# Written as text, line by line, in the layout lxml's indent() gives (two spaces a level):
# building an element tree of millions of elements took most of the export's time at scale.

_GEXF_OPEN = (
    f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{GEXF_SCHEMA_LOCATION}" version="1.3">'
)


def gexf_text(tables: GraphTables, description: str = "") -> str:
    """The tables as a dynamic GEXF 1.3 document (valid against the official schema)."""
    stream = io.StringIO()
    write_tables(tables, [GEXFWriter(tables, stream, description)])
    return stream.getvalue()


class TableWriter:
    """One network file written row by row (head, each node, between, each edge, tail), so that a build writes
    all its network files in one pass over the rows: each pass decodes every line of the node and edge files."""

    nodes = True  # whether it writes node rows
    edges = True  # whether it writes edge rows

    def __init__(self, tables: GraphTables, stream: IO[str]) -> None:
        self.tables = tables
        self.stream = stream

    def head(self) -> None:
        """What comes before the first node."""

    def node(self, row: NodeRow) -> None:
        """One node row."""

    def between(self) -> None:
        """What comes after the last node and before the first edge."""

    def edge(self, row: EdgeRow) -> None:
        """One edge row."""

    def tail(self) -> None:
        """What comes after the last edge."""


def write_tables(tables: GraphTables, writers: list[TableWriter]) -> None:
    """Write every writer's file from one pass over the node rows and one over the edge rows (none if no
    writer wants them)."""
    for writer in writers:
        writer.head()
    node_writers = [writer.node for writer in writers if writer.nodes]
    if node_writers:
        for row in tables.nodes:
            for write in node_writers:
                write(row)
    for writer in writers:
        writer.between()
    edge_writers = [writer.edge for writer in writers if writer.edges]
    if edge_writers:
        for row in tables.edges:
            for write in edge_writers:
                write(row)
    for writer in writers:
        writer.tail()


class GEXFWriter(TableWriter):
    """Dynamic GEXF 1.3: timeline intervals, the HTML view's colours, sizes by degree, the shared layout."""

    def __init__(self, tables: GraphTables, stream: IO[str], description: str = "") -> None:
        super().__init__(tables, stream)
        self.description = description
        self.colors = {kind: f'        <viz:color r="{int(c[1:3], 16)}" g="{int(c[3:5], 16)}" b="{int(c[5:7], 16)}" hex="{c}"/>' for kind, c in COLORS.items()}

    def head(self) -> None:
        tables = self.tables
        graph_attributes = f' defaultedgetype="{"directed" if tables.directed else "undirected"}" mode="dynamic" timeformat="date" timerepresentation="interval"'
        graph_attributes += _interval(tables.start, tables.end)
        head = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            _GEXF_OPEN,
            "  <meta>",
            "    <creator>charity-kg</creator>",
            f"    <description>{_text(self.description or 'charity network built from news articles')}</description>",
            "  </meta>",
            f"  <graph{graph_attributes}>",
        ]
        for cls, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
            head.append(f'    <attributes class="{cls}" mode="static">')
            head += [f'      <attribute id="{c.name}" title="{c.name}" type="{c.type}"/>' for c in columns]
            head.append("    </attributes>")
        head.append(f'    <nodes count="{len(tables.nodes)}"{">" if tables.nodes else "/>"}')
        self.stream.write("\n".join(head) + "\n")

    def node(self, row: NodeRow) -> None:
        if row.plain:
            lines = [f'      <node id="{row.id}" label="{row.label}"{_plain_interval(row.start, row.end)}>']
        else:
            lines = [f'      <node id="{_attribute(row.id)}" label="{_attribute(row.label)}"{_interval(row.start, row.end)}>']
        lines += _attvalues(row.texts, row.plain)
        lines.append(self.colors.get(row.values.get("kind", ""), self.colors["other"]))  # the HTML view's colours
        lines.append(f'        <viz:size value="{_number(round(4 + 2 * math.sqrt(row.degree), 2))}"/>')
        position = self.tables.position(row)
        if position is not None:
            x, y = position
            # kg/layout.py's y grows upwards as in Gephi and sigma (the HTML view flips it for its canvas).
            lines.append(f'        <viz:position x="{_number(x)}" y="{_number(y)}" z="0"/>')
        lines.append("      </node>\n")
        self.stream.write("\n".join(lines))

    def between(self) -> None:
        tables = self.tables
        self.stream.write(("    </nodes>\n" if tables.nodes else "") + f'    <edges count="{len(tables.edges)}"{">" if tables.edges else "/>"}\n')

    def edge(self, row: EdgeRow) -> None:
        if row.plain:
            head = (f'      <edge id="{row.id}" source="{row.source}" target="{row.target}" kind="{row.kind}" '
                    f'label="{row.label}" weight="{_number(row.weight)}"{_plain_interval(row.start, row.end)}>')
        else:
            head = (f'      <edge id="{_attribute(row.id)}" source="{_attribute(row.source)}" target="{_attribute(row.target)}" kind="{_attribute(row.kind)}" '
                    f'label="{_attribute(row.label)}" weight="{_number(row.weight)}"{_interval(row.start, row.end)}>')
        lines = [head, *_attvalues(row.texts, row.plain)]
        lines.append("      </edge>\n")
        self.stream.write("\n".join(lines))

    def tail(self) -> None:
        self.stream.write(("    </edges>\n" if self.tables.edges else "") + "  </graph>\n</gexf>\n")


def _interval(start: str, end: str) -> str:
    return (f' start="{_attribute(start)}"' if start else "") + (f' end="{_attribute(end)}"' if end else "")


def _plain_interval(start: str, end: str) -> str:
    """_interval of dates that need no escaping."""
    return (f' start="{start}"' if start else "") + (f' end="{end}"' if end else "")


def _attvalues(texts: dict[str, str], plain: bool) -> list[str]:
    if plain:
        children = [f'          <attvalue for="{name}" value="{text}"/>' for name, text in texts.items()]
    else:
        children = [f'          <attvalue for="{name}" value="{_attribute(text)}"/>' for name, text in texts.items()]
    return _element("        ", "attvalues", "", children)


# --- GraphML ---------------------------------------------------------------------


def graphml_text(tables: GraphTables) -> str:
    """The tables as GraphML: ids n0…/e0… (XML name tokens, unique), the IRI as an attribute, typed keys."""
    stream = io.StringIO()
    write_tables(tables, [GraphMLWriter(tables, stream)])
    return stream.getvalue()


_GRAPHML_NODE_KEYS = [("label", Column("label", "string")), *((c.name, c) for c in NODE_COLUMNS), ("start", Column("start", "string")), ("end", Column("end", "string"))]
_GRAPHML_EDGE_KEYS = [
    ("label", Column("label", "string")), ("kind", Column("kind", "string")), ("weight", Column("weight", "double")),
    *((c.name, c) for c in EDGE_COLUMNS), ("start", Column("start", "string")), ("end", Column("end", "string")),
]


class GraphMLWriter(TableWriter):
    """GraphML: nodes n0… in row order (their local ids kept for the edges' ends), edges e0…."""

    def __init__(self, tables: GraphTables, stream: IO[str]) -> None:
        super().__init__(tables, stream)
        self.local: dict[str, str] = {}
        self.edge_number = 0
        self.empty = not tables.nodes and not tables.edges

    def head(self) -> None:
        head = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{GRAPHML_SCHEMA_LOCATION}">',
        ]
        for domain, keys in (("node", _GRAPHML_NODE_KEYS), ("edge", _GRAPHML_EDGE_KEYS)):
            head += [f'  <key id="{domain[0]}_{name}" for="{domain}" attr.name="{name}" attr.type="{column.graphml_type}"/>' for name, column in keys]
        head.append(f'  <graph id="G" edgedefault="{"directed" if self.tables.directed else "undirected"}"{"/>" if self.empty else ">"}')
        self.stream.write("\n".join(head) + "\n")

    def node(self, row: NodeRow) -> None:
        local = self.local[row.id] = f"n{len(self.local)}"
        texts = {**_present(label=row.label), **row.texts, **_present(start=row.start, end=row.end)}  # in _GRAPHML_NODE_KEYS order
        self.stream.write("\n".join(_element("    ", "node", f' id="{local}"', _graphml_data("n", texts, row.plain))) + "\n")

    def edge(self, row: EdgeRow) -> None:
        texts = {**_present(label=row.label, kind=row.kind), "weight": _number(row.weight), **row.texts, **_present(start=row.start, end=row.end)}
        ends = f' id="e{self.edge_number}" source="{self.local[row.source]}" target="{self.local[row.target]}"'
        self.edge_number += 1
        self.stream.write("\n".join(_element("    ", "edge", ends, _graphml_data("e", texts, row.plain))) + "\n")

    def tail(self) -> None:
        self.stream.write(("" if self.empty else "  </graph>\n") + "</graphml>\n")


def _present(**texts: str) -> dict[str, str]:
    """The non-empty ones of a row's own texts (label, kind, start, end): as columns without a value, the others are left out."""
    return {name: text for name, text in texts.items() if text}


def _graphml_data(prefix: str, texts: dict[str, str], plain: bool) -> list[str]:
    """A row's data lines, texts in its keys' order (plain: no text needs escaping, see _texts)."""
    if plain:
        return [f'      <data key="{prefix}_{name}">{text}</data>' for name, text in texts.items()]
    return [f'      <data key="{prefix}_{name}">{_text(text)}</data>' for name, text in texts.items()]


# --- CSV (Gephi's Data Laboratory) ----------------------------------------------------

CSV_NODE_HEADER = ["Id", "Label", *(c.name for c in NODE_COLUMNS if c.name != "iri"), "Start", "End"]
CSV_EDGE_HEADER = ["Source", "Target", "Type", "kind", "Label", "Weight", "Start", "End", "Id", *(c.name for c in EDGE_COLUMNS)]
_CSV_NODE_NAMES = [c.name for c in NODE_COLUMNS if c.name != "iri"]
_CSV_EDGE_NAMES = [c.name for c in EDGE_COLUMNS]


class NodesCSVWriter(TableWriter):
    """Nodes as Gephi's spreadsheet importer reads them; a BOM first so Excel reads the Chinese as UTF-8."""

    edges = False

    def __init__(self, tables: GraphTables, stream: IO[str]) -> None:
        super().__init__(tables, stream)
        self.writer = csv.writer(stream, lineterminator="\n")

    def head(self) -> None:
        self.stream.write("\ufeff")
        self.writer.writerow(CSV_NODE_HEADER)

    def node(self, row: NodeRow) -> None:
        values = [row.texts.get(name, "") for name in _CSV_NODE_NAMES]
        self.writer.writerow([row.id, row.label, *values, row.start, row.end])


class EdgesCSVWriter(TableWriter):
    """Edges as Gephi's spreadsheet importer reads them (Source, Target, Type, kind, Label, Weight, Start, End…)."""

    nodes = False

    def __init__(self, tables: GraphTables, stream: IO[str]) -> None:
        super().__init__(tables, stream)
        self.writer = csv.writer(stream, lineterminator="\n")
        self.kind = "Directed" if tables.directed else "Undirected"

    def head(self) -> None:
        self.stream.write("\ufeff")
        self.writer.writerow(CSV_EDGE_HEADER)

    def edge(self, row: EdgeRow) -> None:
        values = [row.texts.get(name, "") for name in _CSV_EDGE_NAMES]
        self.writer.writerow([row.source, row.target, self.kind, row.kind, row.label, _number(row.weight), row.start, row.end, row.id, *values])


def write_nodes_csv(tables: GraphTables, stream: IO[str]) -> None:
    """The nodes CSV of the tables into stream."""
    write_tables(tables, [NodesCSVWriter(tables, stream)])


def write_edges_csv(tables: GraphTables, stream: IO[str]) -> None:
    """The edges CSV of the tables into stream."""
    write_tables(tables, [EdgesCSVWriter(tables, stream)])


# --- the network as JSON, read back by `charity-kg export` ---------------------------------


def network_json_blocks(graph: Any) -> Iterator[str]:
    """The network (a NetworkX graph or a build's NetworkFiles) as sorted node-link JSON (every attribute kept,
    no RDF needed to read it back), in pieces (a node, an edge), streamed: byte for byte what
    json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=str) gives,
    but without its pure-Python indenting encoder, which took most of the export's time."""
    source = network_source(graph)
    edges, nodes = source.number_of_edges(), source.number_of_nodes()
    yield '{\n "directed": true,\n "edges": ' + ("[" if edges else "[]")
    for number, (s, t, k, attrs) in enumerate(source.edge_items()):
        yield ("\n  " if number == 0 else ",\n  ") + _indented_json({"source": s, "target": t, "key": k, **attrs}, "  ")
    yield ("\n ]" if edges else "") + ',\n "graph": {},\n "multigraph": true,\n "nodes": ' + ("[" if nodes else "[]")
    for number, (node, attrs) in enumerate(source.node_items()):
        yield ("\n  " if number == 0 else ",\n  ") + _indented_json({"id": node, **attrs}, "  ")
    yield ("\n ]" if nodes else "") + "\n}\n"


_encode_string = json.encoder.encode_basestring  # the C function where available, as json.dumps(ensure_ascii=False) uses


def _indented_json(value: Any, indent: str) -> str:
    """value as json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, default=str) writes it at this indent."""
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)  # repr, or NaN/Infinity as json writes them
    inner = indent + " "
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [_encode_string(item) if type(item) is str else _indented_json(item, inner) for item in value]
        return f"[\n{inner}" + f",\n{inner}".join(items) + f"\n{indent}]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = [
            f"{_encode_string(key) if type(key) is str else _json_key(key)}: {_encode_string(item) if type(item) is str else _indented_json(item, inner)}"
            for key, item in sorted(value.items())
        ]
        return f"{{\n{inner}" + f",\n{inner}".join(pairs) + f"\n{indent}}}"
    return _encode_string(str(value))  # default=str


def _json_key(key: Any) -> str:
    """A dict key as json writes it: strings as they are, numbers, booleans and None as their JSON text."""
    return _encode_string(key if isinstance(key, str) else json.dumps(key))


def read_network(folder: Path) -> nx.MultiDiGraph:
    """The network a build wrote into folder (network.json); a clear error naming the file otherwise."""
    path = Path(folder) / NETWORK_FILE
    if not path.is_file():
        raise ExportError(f"{path}: not found; build the graph first (`charity-kg build -o {folder}`)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.MultiDiGraph()
        for node in data["nodes"]:
            graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
        for edge in data["edges"]:
            attrs = {k: v for k, v in edge.items() if k not in ("source", "target", "key")}
            graph.add_edge(edge["source"], edge["target"], key=edge["key"], **attrs)
    except (ValueError, KeyError, TypeError) as exc:
        raise ExportError(f"{path}: not a network file of charity-kg ({type(exc).__name__}: {exc}); build again") from None
    return graph


# --- exporters of the build ----------------------------------------------------------------


def network_tables(bundle: Bundle) -> GraphTables:
    """The main network's tables with the shared layout, computed once per build for all network files."""
    if "graph_tables" not in bundle.derived:
        bundle.derived["graph_tables"] = graph_tables(bundle.network, shared_layout(bundle))
    return bundle.derived["graph_tables"]


class _TablesExporter(Exporter):
    """A file of the network tables; a build writes all of them at once (export_tables)."""

    writer: type[TableWriter]
    reads_tables = True

    def write(self, bundle: Bundle, path: Path) -> None:
        _write_table_files(bundle, [(self, path)])


def export_tables(bundle: Bundle, folder: Path, exporters: list[_TablesExporter]) -> list[Path]:
    """Write the files of several table exporters into folder from one pass over the network's rows (each
    pass decodes the build's node and edge files anew: most of a writer's time); a failure leaves none of them."""
    paths = [folder / exporter.filename for exporter in exporters]
    _write_table_files(bundle, list(zip(exporters, paths, strict=True)))
    return paths


def _write_table_files(bundle: Bundle, files: list[tuple[_TablesExporter, Path]]) -> None:
    """Each exporter's file at its path, all from one pass over the rows; none is left if one fails."""
    tables = network_tables(bundle)
    with ExitStack() as stack:
        writers = [exporter.writer(tables, stack.enter_context(atomic_output(path, newline=""))) for exporter, path in files]
        write_tables(tables, writers)


class GEXFExporter(_TablesExporter):
    name = "gexf"
    filename = "graph.gexf"
    media_type = "application/gexf+xml"
    description = "dynamic network for Gephi (GEXF 1.3, timeline, colours, positions)"
    writer = GEXFWriter


class GraphMLExporter(_TablesExporter):
    name = "graphml"
    filename = "graph.graphml"
    media_type = "application/graphml+xml"
    description = "network as GraphML (networkx, igraph, Gephi)"
    writer = GraphMLWriter


class CSVNodesExporter(_TablesExporter):
    name = "nodes-csv"
    filename = "nodes.csv"
    media_type = "text/csv"
    description = "nodes for Gephi's Data Laboratory: Id, Label, kind, … (UTF-8 with BOM)"
    writer = NodesCSVWriter


class CSVEdgesExporter(_TablesExporter):
    name = "edges-csv"
    filename = "edges.csv"
    media_type = "text/csv"
    description = "edges for Gephi's Data Laboratory: Source, Target, Type, kind, Label, Weight, Start, End"
    writer = EdgesCSVWriter


class NetworkJSONExporter(Exporter):
    name = "network"
    filename = NETWORK_FILE
    media_type = "application/json"
    description = "the network as node-link JSON; `charity-kg export` reads it"

    def write(self, bundle: Bundle, path: Path) -> None:
        with atomic_output(path, newline="") as stream:
            stream.writelines(network_json_blocks(bundle.network))
