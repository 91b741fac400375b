"""The NetworkX graph of the resolved facts: who holds posts where, who met at which event, who chaired what.

Built from the per-article outputs of kg/rdf.py (the same walk that writes the
quads), never read back from RDF. Node ids are IRIs; every node and edge
carries the fact ids (`fact`, `facts`) that index bundle.evidence. The
attributes are those of /docs CONTRACT (see `build_network`): plain strings,
numbers and lists of strings; kg/exporters/graphs.py flattens the lists for
GEXF and GraphML.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from json import JSONDecodeError, JSONDecoder, JSONEncoder, dumps, loads
from json import encoder as json_encoder
from json import scanner as json_scanner
from json.encoder import encode_basestring
from operator import itemgetter
from pathlib import Path
from sys import intern
from typing import Any

import networkx as nx

from .derive import Derived
from .quads import sort_lines
from .rdf import ArticleOutput, EdgePart, NodePart

NODE_FIELDS = ("type", "region", "network", "date", "place", "year")


#: GNU sort's buffer for the sorts of the network files' readers (an edge's ends, numbered or with their dates): they
#: run beside the store's loader and the second process's sorts, so a smaller buffer and a few more runs to merge.
SORT_BUFFER = "64M"


def _pick(counts: dict[str, int]) -> str:
    """The value most articles give; ties go to the smallest, so the choice never depends on order."""
    if not counts:
        return ""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _count(counts: dict[str, int], value: str, weight: int = 1) -> None:
    counts[value] = counts.get(value, 0) + weight


# A node or edge of a large corpus is stated by one or two articles: a set per attribute (216 bytes
# empty) cost most of the network's memory; its few values are kept as None (none), the value itself
# (one), or a set (several) -- a "bag".
Bag = Any


def _put(bag: Bag, value: Any) -> Bag:
    """The bag with value added."""
    if bag is None or bag == value:
        return value
    if isinstance(bag, set):
        bag.add(value)
        return bag
    return {bag, value}


def _items(bag: Bag) -> Any:
    """The distinct values of a bag, as a set or a tuple."""
    if bag is None:
        return ()
    return bag if isinstance(bag, set) else (bag,)


class _Node:
    """What all articles say about one node (plain dicts: a large corpus has a million of these)."""

    __slots__ = ("kind", "own_labels", "labels", "values", "aliases", "articles", "dates", "own_facts", "facts")

    def __init__(self) -> None:
        self.kind: dict[str, int] = {}
        self.own_labels: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.values: dict[str, dict[str, int]] = {}
        self.aliases: Bag = None
        self.articles: Bag = None
        self.dates: Bag = None
        self.own_facts: Bag = None
        self.facts: Bag = None

    def add(self, part: NodePart, article: str, date: str) -> None:
        own = part.fact == part.iri
        _count(self.kind, part.kind)
        _count(self.own_labels if own else self.labels, part.label)
        for name in NODE_FIELDS:
            value = getattr(part, name)
            if value:
                _count(self.values.setdefault(name, {}), value, 2 if own else 1)  # a node's own fact outweighs a mention
        for alias in part.aliases:
            self.aliases = _put(self.aliases, alias)
        self.articles = _put(self.articles, article)
        if date:
            self.dates = _put(self.dates, date)
        if part.fact:
            if own:
                self.own_facts = _put(self.own_facts, part.fact)
            else:
                self.facts = _put(self.facts, part.fact)

    def attributes(self) -> dict[str, object]:
        kind = _pick(self.kind)
        values = {name: _pick(self.values.get(name, {})) for name in NODE_FIELDS}
        dates = _items(self.dates)
        if kind == "event" and values["date"]:
            start = end = values["date"]
        elif kind == "chair_term" and values["year"]:
            start = end = values["year"]
        else:
            start, end = (min(dates)[:4], max(dates)[:4]) if dates else ("", "")
        return {
            "label": _pick(self.own_labels or self.labels),
            "kind": kind,
            **values,
            "type": values["type"] or kind,
            "aliases": sorted(_items(self.aliases)),
            "start": start,
            "end": end,
            "articles": sorted(_items(self.articles)),
            "facts": sorted(_items(self.own_facts) or _items(self.facts)),
        }


class _Edge:
    __slots__ = ("statuses", "starts", "ends", "dates", "articles")

    def __init__(self) -> None:
        self.statuses: Bag = None  # (article date, status)
        self.starts: Bag = None
        self.ends: Bag = None
        self.dates: Bag = None
        self.articles: Bag = None

    def add(self, part: EdgePart, article: str, date: str) -> None:
        if part.status:
            self.statuses = _put(self.statuses, (date, part.status))
        if part.start:
            self.starts = _put(self.starts, part.start)
        if part.end:
            self.ends = _put(self.ends, part.end)
        if date:
            self.dates = _put(self.dates, date)
        self.articles = _put(self.articles, article)

    def start(self) -> str:
        """Without a since/until, an article attests the fact in its year (not from its day on)."""
        return min(_items(self.starts)) if self.starts is not None else min(_items(self.dates), default="")[:4]

    def end(self) -> str:
        return max(_items(self.ends)) if self.ends is not None else max(_items(self.dates), default="")[:4]


class NetworkBuilder:
    """Merges article outputs one at a time (a corpus streams through), then adds the derived edges."""

    def __init__(self) -> None:
        self.nodes: dict[str, _Node] = defaultdict(_Node)
        self.edges: dict[tuple[str, str, str, str, str], _Edge] = defaultdict(_Edge)

    def add(self, output: ArticleOutput) -> None:
        # Each article's parts arrive unpickled with their own copies of every IRI, relation and role:
        # interned, a node's IRI is one string wherever it is a key (its node, its edges', the graph's
        # adjacency) instead of one copy per article and edge.
        for part in output.nodes:
            if part.fact:
                part.fact = intern(part.fact)
            self.nodes[intern(part.iri)].add(part, output.article_id, output.date)
        for edge in output.edges:
            key = (intern(edge.source), intern(edge.target), intern(edge.relation), intern(edge.fact), intern(edge.role))
            self.edges[key].add(edge, output.article_id, output.date)

    def graph(self, derived: Derived) -> nx.MultiDiGraph:
        """The network, nodes and edges in sorted order so every export of it is byte-stable.

        What the builder gathered is dropped as it goes into the graph (never both for the whole
        corpus): the builder is spent afterwards."""
        nodes = ((node, self.nodes.pop(node).attributes()) for node in sorted(self.nodes))
        edges = ((key, self.edges.pop(key)) for key in list(self.edges))
        return _network(nodes, edges, derived)


def _network(nodes: Iterable[tuple[str, dict[str, object]]], edges: Iterable[tuple[tuple[str, str, str, str, str], _Edge]],
             derived: Derived) -> nx.MultiDiGraph:
    """The graph of merged nodes (their attributes, in IRI order) and edges (any order), with the derived edges."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    wanted = _successor_facts(derived)
    positions: dict[str, tuple[str, _Edge]] = {}
    rows = [_edge_row(key, acc, wanted, positions) for key, acc in edges]
    rows += _derived_edges(graph.nodes, derived, positions)
    graph.add_edges_from((row[0], row[1], _edge_key(row), _edge_attributes(row)) for row in sorted(rows))
    return graph


def _successor_facts(derived: Derived) -> set[str]:
    """The position edges successors are drawn between (derived.successors names them by their facts)."""
    return {fact for after, before, _ in derived.successors for fact in (after, before)}


def _edge_row(key: tuple[str, str, str, str, str], acc: _Edge, wanted: set[str], positions: dict[str, tuple[str, _Edge]]) -> tuple:
    source, target, relation, fact, role = key
    if relation == "position" and fact in wanted:
        positions[fact] = (source, acc)
    status = max(_items(acc.statuses))[1] if acc.statuses is not None else ""  # what the latest article says
    articles = sorted(_items(acc.articles))
    return (source, target, relation, fact, role, status, acc.start(), acc.end(), [fact], articles, len(articles))


def _edge_key(row: tuple) -> str:
    return f"{row[2]}|{row[3]}|{row[4]}"


def _edge_attributes(row: tuple) -> dict[str, object]:
    _, _, relation, fact, role, status, start, end, facts, articles, weight = row
    return {"relation": relation, "role": role, "status": status, "start": start, "end": end,
            "weight": weight, "fact": fact, "facts": facts, "articles": articles}


def _derived_edges(nodes: Any, derived: Derived, positions: dict[str, tuple[str, _Edge]]) -> list[tuple]:
    edges: list[tuple] = []
    for earlier, later in derived.next_terms:
        articles = sorted(set(nodes[earlier]["articles"]) | set(nodes[later]["articles"]))
        edges.append((earlier, later, "next_term", earlier, "", "", nodes[earlier]["year"], nodes[later]["year"], sorted({earlier, later}), articles, 1))
    for term, event in derived.handovers:
        date = nodes[event]["date"]
        edges.append((event, term, "handover", event, "", "", date, date, [event], nodes[event]["articles"], 1))
    for after, before, role in derived.successors:
        later_person, later = positions[after]
        earlier_person, earlier = positions[before]
        articles = sorted(set(_items(later.articles)) | set(_items(earlier.articles)))
        edges.append((later_person, earlier_person, "successor", after, role, "", later.start(), "", sorted({after, before}), articles, 1))
    return edges


def _c_encoder() -> Callable[[Any, int], list[str]] | None:
    """json's C encoder made once, as JSONEncoder(ensure_ascii=False).encode makes it anew on every call (without
    the check for circular containers, which our rows of strings, numbers and lists never are); None without C."""
    make = getattr(json_encoder, "c_make_encoder", None)
    return None if make is None else make(None, JSONEncoder().default, encode_basestring, None, ": ", ", ", False, False, True)


_C_ENCODE = _c_encoder()
_ENCODE = JSONEncoder(ensure_ascii=False).encode


def encode_json(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False) without its per-call set-up (the walk, the network's files and the
    facts table write a line each per fact, node, edge and evidence: about a microsecond each of 2 to 3)."""
    return _ENCODE(value) if _C_ENCODE is None else "".join(_C_ENCODE(value, 0))


def _c_scanner() -> Callable[[str, int], tuple[Any, int]] | None:
    make = getattr(json_scanner, "c_make_scanner", None)
    return None if make is None else make(JSONDecoder())


_C_SCAN = _c_scanner()


def decode_json(text: str) -> Any:
    """json.loads of the JSON value text starts with (a line of the build's own files: what follows the value, its
    line break, is not read), by json's C scanner without loads's checks around it (the network's files are
    decoded a line per node and edge by every exporter: 3.3 instead of 5.6 µs a line)."""
    if _C_SCAN is None:
        return loads(text)
    try:
        return _C_SCAN(text, 0)[0]
    except StopIteration as stop:
        raise JSONDecodeError("Expecting value", text, stop.value) from None


def part_lines(output: ArticleOutput) -> tuple[str, str]:
    """An article's network parts as lines (its nodes', its edges'), each keyed by its node or edge as JSON text
    (no raw tab or line break) and a tab: sorted on disk, a node's or edge's lines come together (network_from_parts)."""
    article, date = output.article_id, output.date
    nodes = "".join([
        f"{encode_basestring(part.iri)}\t"
        f"{encode_json((article, date, part.kind, part.label, part.type, part.region, part.aliases, part.network, part.date, part.place, part.year, part.fact))}\n"
        for part in output.nodes])
    edges = "".join([
        f"{encode_json((edge.source, edge.target, edge.relation, edge.fact, edge.role))}\t"
        f"{encode_json((article, date, edge.status, edge.start, edge.end))}\n"
        for edge in output.edges])
    return nodes, edges


def _grouped(path: Path) -> Iterator[tuple[str, list[str]]]:
    """The lines of a key-sorted parts file, as (key, the values of its lines)."""
    with path.open("r", encoding="utf-8", newline="\n") as lines:
        key, values = None, []
        for line in lines:
            head, _, value = line.partition("\t")
            if head != key:
                if values:
                    yield key, values
                key, values = head, []
            values.append(value)
        if values:
            yield key, values


def _merged_nodes(path: Path) -> Iterator[tuple[str, dict[str, object]]]:
    for key, values in _grouped(path):
        iri = intern(decode_json(key))
        node = _Node()
        for value in values:
            article, date, kind, label, type_, region, aliases, network, day, place, year, fact = decode_json(value)
            node.add(NodePart(iri, kind, label, type_, region, tuple(aliases), network, day, place, year, intern(fact) if fact else fact),
                     intern(article), intern(date))
        yield iri, node.attributes()


def _merged_edges(path: Path) -> Iterator[tuple[tuple[str, str, str, str, str], _Edge]]:
    for key, values in _grouped(path):
        source, target, relation, fact, role = (intern(field) for field in decode_json(key))
        edge = _Edge()
        for value in values:
            article, date, status, start, end = decode_json(value)
            edge.add(EdgePart(source, target, relation, fact, role, status, start, end), intern(article), intern(date))
        yield (source, target, relation, fact, role), edge


def network_from_parts(nodes: Path, edges: Path, derived: Derived, folder: Path | None = None) -> NetworkFiles:
    """The network of a build from its parts on disk (part_lines, each file sorted so a key's lines are together),
    written to two sorted files in folder (default: the parts' folder) and never held whole: at 100,000 articles
    the NetworkX graph and the network files' tables held 44 % of the build process's peak.

    The same graph NetworkBuilder gives (NetworkFiles.graph): merging is independent of the order of a key's
    lines (counts, sets, the latest status), nodes are sorted by IRI and edges by (source, target, key)."""
    folder = folder or nodes.parent
    ends = {node for pair in [*derived.next_terms, *derived.handovers] for node in pair}  # what derived edges read
    kept: dict[str, dict[str, object]] = {}
    known: set[str] = set()
    node_lines, edge_lines = folder / "network-nodes.txt", folder / "network-edges.txt"
    node_count = edge_count = 0
    with node_lines.open("w", encoding="utf-8", newline="\n") as node_file:
        for iri, attrs in _merged_nodes(nodes):
            node_file.write(_node_line(iri, attrs))
            known.add(iri)
            node_count += 1
            if iri in ends:
                kept[iri] = attrs
        wanted = _successor_facts(derived)
        positions: dict[str, tuple[str, _Edge]] = {}
        bare: set[str] = set()  # the ends of an edge no part named as a node: a node without attributes, as in networkx
        with edge_lines.open("w", encoding="utf-8", newline="\n") as edge_file:
            for key, acc in _merged_edges(edges):
                row = _edge_row(key, acc, wanted, positions)
                edge_file.write(_edge_line(row))
                edge_count += 1
                bare.update(end for end in row[:2] if end not in known)
            derived_rows = {(row[0], row[1], _edge_key(row)): row for row in sorted(_derived_edges(kept, derived, positions))}  # the last wins, as in networkx
            for row in derived_rows.values():
                edge_file.write(_edge_line(row))
                edge_count += 1
                bare.update(end for end in row[:2] if end not in known)
        for iri in sorted(bare):
            node_file.write(_node_line(iri, {}))
            node_count += 1
    del known, kept, positions
    files = NetworkFiles(folder / "network-nodes.sorted", folder / "network-edges.sorted", node_count, edge_count)
    for lines, out in ((node_lines, files.nodes_path), (edge_lines, files.edges_path)):
        sort_lines(lines, out, folder)
        lines.unlink()
    return files


def _node_line(iri: str, attrs: dict[str, object]) -> str:
    return f"{iri}\t{encode_json(attrs)}\n"


def _edge_line(row: tuple) -> str:
    """An edge as a line that sorts by (source, target, key): the three joined by U+0001, which no IRI, relation
    or role holds and which sorts before every character they hold, then a tab (also below them) and the JSON."""
    source, target, key = row[0], row[1], _edge_key(row)
    return f"{source}\x01{target}\x01{key}\t{encode_json([source, target, key, _edge_attributes(row)])}\n"


class NetworkFiles:
    """A build's network on disk: nodes sorted by IRI, edges by (source, target, key), one JSON line each.

    The exporters stream it (node_items, edge_items, edge_ends); small corpora and tests may still read it
    as the NetworkX graph (any networkx attribute, e.g. .nodes[iri], loads it once: `graph`)."""

    def __init__(self, nodes: Path, edges: Path, node_count: int, edge_count: int) -> None:
        self.nodes_path = nodes
        self.edges_path = edges
        self.node_count = node_count
        self.edge_count = edge_count
        self.folder = nodes.parent  # where scratch files of its readers go
        self._graph: nx.MultiDiGraph | None = None

    def discard(self) -> None:
        """Its files removed, once no reader is left (the build's last reader is the table files: kept to the build's
        end, they sat on disk beside the store's load and its compaction; 10,000 articles: 243 MB)."""
        self.nodes_path.unlink(missing_ok=True)
        self.edges_path.unlink(missing_ok=True)

    # Once loaded as the NetworkX graph (and maybe changed through it: tests do), the graph is what is read.

    def number_of_nodes(self) -> int:
        return self.node_count if self._graph is None else self._graph.number_of_nodes()

    def number_of_edges(self) -> int:
        return self.edge_count if self._graph is None else self._graph.number_of_edges()

    def is_directed(self) -> bool:
        return True

    def _lines(self, path: Path) -> Iterator[tuple[str, str]]:
        with path.open("r", encoding="utf-8", newline="\n") as lines:
            for line in lines:
                key, _, value = line.partition("\t")
                yield key, value

    @property
    def streamed(self) -> bool:
        """Whether it is read from its files (not loaded as the NetworkX graph: see graph)."""
        return self._graph is None

    def numbered_ends(self) -> Iterator[tuple[int, int]]:
        """Every edge's (source, target) as their numbers in the sorted node ids, no node's IRI held (a table of the
        IRIs held some 200 bytes a node: 1 M nodes at 100,000 articles). The edges come sorted by source, as the
        nodes by IRI (both files in code-point order): a source is numbered by one merge with the nodes; the targets
        are written with their source's number, sorted on disk and numbered by a second merge. Streamed files only."""
        with tempfile.TemporaryDirectory(prefix="charity-kg-ends-", dir=self.folder) as scratch:
            targets, ordered = Path(scratch) / "targets.txt", Path(scratch) / "targets.sorted"
            with targets.open("w", encoding="utf-8", newline="\n") as out:
                nodes = enumerate(key for key, _ in self._lines(self.nodes_path))
                number, node = -1, None
                lines = []
                for key, _ in self._lines(self.edges_path):
                    source, target, _ = key.split("\x01", 2)
                    while node != source:
                        number, node = next(nodes)
                    lines.append(f"{target}\t{number}\n")
                    if len(lines) == 65_536:
                        out.writelines(lines)
                        lines = []
                out.writelines(lines)
            del lines
            sort_lines(targets, ordered, Path(scratch), buffer=SORT_BUFFER)
            targets.unlink()
            nodes = enumerate(key for key, _ in self._lines(self.nodes_path))
            number, node = -1, None
            with ordered.open("r", encoding="utf-8", newline="\n") as sorted_lines:
                for line in sorted_lines:
                    target, _, source_number = line.partition("\t")
                    while node != target:
                        number, node = next(nodes)
                    yield int(source_number), number

    def node_ids(self) -> Iterator[str]:
        """Every node's IRI, sorted."""
        if self._graph is not None:
            return _GraphSource(self._graph).node_ids()
        return (intern(key) for key, _ in self._lines(self.nodes_path))

    def node_items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every node with its attributes, sorted by IRI."""
        if self._graph is not None:
            return _GraphSource(self._graph).node_items()
        return ((intern(key), decode_json(value)) for key, value in self._lines(self.nodes_path))

    def edge_items(self, ends: Container[str] | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Every edge (source, target, key, attributes), sorted by (source, target, key); with ends, only the edges
        between two of them, the others' attributes not decoded (the views page draws a third of them at 10,000
        articles)."""
        if self._graph is not None:
            return _GraphSource(self._graph).edge_items(ends)
        lines = self._lines(self.edges_path)
        if ends is not None:
            lines = ((key, value) for key, value in lines if _between(key, ends))
        return ((intern(source), intern(target), key, attrs) for source, target, key, attrs in (decode_json(value) for _, value in lines))

    def edge_ends(self) -> Iterator[tuple[str, str]]:
        """Every edge's (source, target), in edge order, without decoding its attributes."""
        if self._graph is not None:
            return _GraphSource(self._graph).edge_ends()
        return (tuple(map(intern, key.split("\x01", 2)[:2])) for key, _ in self._lines(self.edges_path))  # type: ignore[misc]

    def graph(self) -> nx.MultiDiGraph:
        """The network as the NetworkX graph (held whole: for small corpora and tests)."""
        if self._graph is None:
            graph = nx.MultiDiGraph()
            graph.add_nodes_from(self.node_items())
            graph.add_edges_from(self.edge_items())
            self._graph = graph  # from now on what node_items and the others read
        return self._graph

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.graph(), name)


def _between(key: str, ends: Container[str]) -> bool:
    """Whether an edge line's key (source U+0001 target U+0001 key) joins two of ends."""
    source, target, _ = key.split("\x01", 2)
    return source in ends and target in ends


class _GraphSource:
    """A NetworkX graph read the way the exporters read NetworkFiles: nodes by id, edges by (source, target, key)."""

    def __init__(self, graph: nx.MultiGraph) -> None:
        self.graph = graph

    def number_of_nodes(self) -> int:
        return self.graph.number_of_nodes()

    def number_of_edges(self) -> int:
        return self.graph.number_of_edges()

    def is_directed(self) -> bool:
        return self.graph.is_directed()

    def node_ids(self) -> Iterator[str]:
        return iter(sorted(str(node) for node in self.graph.nodes))

    def node_items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return iter(sorted(((str(node), attrs) for node, attrs in self.graph.nodes(data=True)), key=itemgetter(0)))

    def edge_items(self, ends: Container[str] | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        edges = [(str(s), str(t), str(k), attrs) for s, t, k, attrs in self.graph.edges(keys=True, data=True)]
        if ends is not None:
            edges = [edge for edge in edges if edge[0] in ends and edge[1] in ends]
        edges.sort(key=lambda e: e[:3])
        # a multigraph's keys differ between two nodes: ties (keys 0 and "0") are rare, decided by the attributes
        start = 0
        while start < len(edges):
            end = start + 1
            while end < len(edges) and edges[end][:3] == edges[start][:3]:
                end += 1
            if end - start > 1:
                edges[start:end] = sorted(edges[start:end], key=lambda e: dumps(e[3], sort_keys=True, ensure_ascii=False, default=str))
            start = end
        return iter(edges)

    def edge_ends(self) -> Iterator[tuple[str, str]]:
        return ((str(s), str(t)) for s, t in self.graph.edges())


NetworkSource = NetworkFiles | _GraphSource


def network_source(network: Any) -> NetworkSource:
    """The network (NetworkFiles of a build, or any NetworkX graph) as the exporters stream it."""
    return network if isinstance(network, NetworkFiles) else _GraphSource(network)


def build_network(outputs: list[ArticleOutput], derived: Derived) -> nx.MultiDiGraph:
    """The network of a corpus's article outputs.

    Nodes (id = IRI): label, kind (organization | person | event | network | document |
    chair_term), type, region, aliases, network, date, place, year, start, end,
    articles, facts. Edges (key = relation|fact|role): relation, role, status,
    start, end, weight, fact, facts, articles.

    Dates: events carry their date, chair terms their year; a position's
    start/end are its since/until where the text gives them, otherwise the
    years of the first and last article stating it (an article attests a post
    in its year, not from its publication day on); other nodes and edges span
    the years of the articles stating them.
    """
    builder = NetworkBuilder()
    for output in outputs:
        builder.add(output)
    return builder.graph(derived)
