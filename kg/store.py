"""The SPARQL store behind `query`, `serve` and `publish`: the build's on-disk pyoxigraph store.

The build writes DIR/store/ (kg/exporters/store.py), a RocksDB-backed Oxigraph
store bulk-loaded from the build's sorted quads, holding

- one named graph per article, the entity, derived, basis and shared graphs,
  and the ontology as the named graph <https://w3id.org/charity-kg/ontology>;
- no triple in two of them: what several articles state is in their shared
  graph (kg/quads.py). So the union of the named graphs, which `query` and
  `serve` answer as the default graph (Oxigraph's union-default-graph option:
  it would count a triple twice if two graphs held it), has each fact once: a
  fact stated by three articles is one answer, not three. Nothing is stored in
  the default graph itself.

Opening it is a read-only open of that folder (milliseconds, nothing is loaded),
so this module imports nothing of the build pipeline and no rdflib.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from .errors import QueryError
from .namespaces import ID, ONTOLOGY_GRAPH, PREFIXES, SHARED_GRAPHS

STORE_DIR = "store"
# The endpoint's defaults (kg/server.py) live here, so that the command line states them without importing
# the server's modules: `charity-kg query` starts without them (some 20 ms of its cold start).
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_PREFIXES = dict(PREFIXES)
OUTPUT_FORMATS = ("table", "csv", "json", "turtle")

__all__ = ["DEFAULT_PORT", "DEFAULT_TIMEOUT", "ONTOLOGY_GRAPH", "STORE_DIR", "Table", "open_store", "published_in", "run_query", "query_output", "query_text", "store_path"]


@dataclass
class Table:
    """A SELECT result: column names and rows of plain strings (or an ASK answer)."""

    columns: list[str]
    rows: list[list[str]]

    def to_text(self) -> str:
        widths = [max([len(c)] + [len(r[i]) for r in self.rows]) for i, c in enumerate(self.columns)]
        lines = [" | ".join(c.ljust(w) for c, w in zip(self.columns, widths))]
        lines.append("-+-".join("-" * w for w in widths))
        lines += [" | ".join(v.ljust(w) for v, w in zip(row, widths)) for row in self.rows]
        return "\n".join(line.rstrip() for line in lines)

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return buffer.getvalue()


def store_path(data_dir: Path) -> Path:
    """The on-disk store of a build folder."""
    return Path(data_dir) / STORE_DIR


def open_store(data_dir: Path) -> ox.Store:
    """The build's store, opened read-only (a server may read it at the same time)."""
    path = store_path(data_dir)
    if not path.is_dir():
        raise QueryError(f"{path}: no built store here; run `charity-kg build -o {data_dir}` first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise QueryError(f"{path}: cannot open the store ({exc}); rebuild it with `charity-kg build -o {data_dir}`") from None


def bind_value(value: str) -> ox.NamedNode | ox.Literal:
    """A command-line value for --bind: an IRI if it looks like one, else a plain string literal."""
    if value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    return ox.Literal(value)


_SELECT = re.compile(r"^(?:[^#\n]*?)\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?", re.IGNORECASE | re.MULTILINE)
_PROJECTED = re.compile(r"does not contains? variable", re.IGNORECASE)


def _projecting(sparql: str, names: list[str]) -> str:
    """The query with ?names added to its outer SELECT: Oxigraph substitutes only projected variables,
    and a library query's parameters (?year) are no columns of its answer."""
    match = _SELECT.search(sparql)
    if match is None:
        return sparql
    return sparql[:match.end()] + "".join(f"?{name} " for name in names) + sparql[match.end():]


def _execute(store: ox.Store, sparql: str, bindings: dict[str, str] | None = None) -> tuple[ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, set[str]]:
    """The query's result and the variables added to its projection for --bind (to leave out of the answer)."""
    substitutions = {ox.Variable(name): bind_value(value) for name, value in (bindings or {}).items()}
    hidden: set[str] = set()
    try:
        try:
            return store.query(sparql, prefixes=DEFAULT_PREFIXES, substitutions=substitutions or None, use_default_graph_as_union=True), hidden
        except RuntimeError as exc:
            if not substitutions or not _PROJECTED.search(str(exc)):
                raise
        projected = {v.value for v in store.query(sparql, prefixes=DEFAULT_PREFIXES, use_default_graph_as_union=True).variables}
        hidden = {name for name in bindings or {} if name not in projected}
        result = store.query(_projecting(sparql, sorted(hidden)), prefixes=DEFAULT_PREFIXES, substitutions=substitutions,
                             use_default_graph_as_union=True)
        return result, hidden
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL query is malformed: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _term(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value.value
    return str(value)


def _rows(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, hidden: set[str] = frozenset()) -> Table:
    if isinstance(result, ox.QueryBoolean):
        return Table(["ask"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables if v.value not in hidden]
        return Table(columns, [[_term(solution[c]) for c in columns] for solution in result])
    rows = sorted([[_term(t.subject), _term(t.predicate), _term(t.object)] for t in result])
    return Table(["subject", "predicate", "object"], rows)


def run_query(store: ox.Store, sparql: str, bindings: dict[str, str] | None = None) -> Table:
    """Run SELECT, ASK, CONSTRUCT or DESCRIBE and return plain-string rows (for programs and tests).

    `bindings` fixes variables before the query runs (?fact = an IRI, ?year = "2023"...), as --bind does,
    whether or not the query projects them.
    """
    return _rows(*_execute(store, sparql, bindings))


def _turtle(triples: ox.QueryTriples) -> str:
    """A graph result as Turtle, triples sorted so the output is stable."""
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    used = {prefix: iri for prefix, iri in DEFAULT_PREFIXES.items() if any(iri in str(term) for t in ordered for term in t)}
    return ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=used).decode("utf-8")


def query_output(store: ox.Store, sparql: str, output: str = "table", bindings: dict[str, str] | None = None) -> str:
    """A query's answer as the CLI prints it.

    SELECT/ASK: an aligned table, CSV, or SPARQL 1.1 Query Results JSON (datatypes and
    languages kept). CONSTRUCT/DESCRIBE: Turtle (table, turtle), N-Triples (csv) or JSON-LD (json).
    """
    if output not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {output!r}; choose one of: {', '.join(OUTPUT_FORMATS)}")
    result, hidden = _execute(store, sparql, bindings)
    if isinstance(result, ox.QueryTriples):
        if output == "json":
            return ox.serialize(list(result), format=ox.RdfFormat.JSON_LD).decode("utf-8")
        if output == "csv":
            return ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        return _turtle(result)
    if output == "json":
        answer = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
        if hidden:
            answer["head"]["vars"] = [v for v in answer["head"]["vars"] if v not in hidden]
            for binding in answer["results"]["bindings"]:
                for name in hidden:
                    binding.pop(name, None)
        return json.dumps(answer, ensure_ascii=False, indent=1)
    table = _rows(result, hidden)
    return table.to_csv() if output == "csv" else table.to_text()


def query_text(argument: str) -> str:
    """A query given inline or as the path of a .rq/.sparql file."""
    path = Path(argument)
    if len(argument) < 400 and "\n" not in argument and path.suffix in (".rq", ".sparql", ".txt") and path.is_file():
        return path.read_text(encoding="utf-8")
    if len(argument) < 400 and path.suffix in (".rq", ".sparql") and not path.exists():
        raise QueryError(f"{path}: no such query file")
    return argument


def published_in(data_dir: Path) -> Callable[[ox.NamedNode | str], set[str]] | None:
    """What the previous build in data_dir published: for an IRI, the ids of the articles whose graphs
    mention it (None when there is no previous store). Resolution keeps a person IRI on the person
    of those articles when a later corpus adds a namesake (kg/resolve.py)."""
    path = store_path(data_dir)
    if not path.is_dir():
        return None
    try:
        store = ox.Store.read_only(str(path))
    except OSError:
        return None
    prefix = f"{ID}article/"
    derived_from = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")

    def articles(iri: ox.NamedNode | str) -> set[str]:
        node = ox.NamedNode(str(iri))
        graphs = {q.graph_name for q in store.quads_for_pattern(node, None, None)}
        graphs |= {q.graph_name for q in store.quads_for_pattern(None, None, node)}
        # A fact several articles state is in their shared graph, which says which graphs it came from.
        graphs |= {q.object for g in list(graphs) if isinstance(g, ox.NamedNode) and g.value.startswith(SHARED_GRAPHS)
                   for q in store.quads_for_pattern(g, derived_from, None)}
        return {unquote(g.value[len(prefix):]) for g in graphs if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)}

    return articles
