"""The SPARQL store behind `query` and `serve`: pyoxigraph loaded with the build's N-Quads.

rdflib's own engine took 145 s for a two-hop join on a 1M-triple graph where
pyoxigraph took 0.5 s, so queries never run in rdflib.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .vocab import PREFIXES

DATA_FILE = "graph.nq"
DEFAULT_PREFIXES = {
    **{prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "id": "https://w3id.org/charity-kg/id/",
}


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

    def to_json(self) -> str:
        return json.dumps([dict(zip(self.columns, row)) for row in self.rows], ensure_ascii=False, indent=1)


def open_store(data_dir: Path) -> ox.Store:
    """An in-memory store holding the build in data_dir (its graph.nq)."""
    path = data_dir / DATA_FILE
    if not path.is_file():
        raise QueryError(f"{path}: no built graph here; run `charity-kg build -o {data_dir}` first")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot load the graph ({exc}); rebuild it with `charity-kg build`") from None
    # The default graph holds the set union of the article graphs: a fact stated by three
    # articles is one answer, not three (pyoxigraph's union flag keeps the duplicates).
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def _term(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value.value
    return str(value)


def run_query(store: ox.Store, sparql: str) -> Table:
    """Run SELECT, ASK, CONSTRUCT or DESCRIBE; the default graph is the union of all article graphs."""
    try:
        result = store.query(sparql, prefixes=DEFAULT_PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL query is malformed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return Table(["ask"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return Table(columns, [[_term(solution[c]) for c in columns] for solution in result])
    rows = sorted([[_term(t.subject), _term(t.predicate), _term(t.object)] for t in result])
    return Table(["subject", "predicate", "object"], rows)


def query_text(argument: str) -> str:
    """A query given inline or as the path of a .rq/.sparql file."""
    path = Path(argument)
    if len(argument) < 400 and "\n" not in argument and path.suffix in (".rq", ".sparql", ".txt") and path.is_file():
        return path.read_text(encoding="utf-8")
    if len(argument) < 400 and path.suffix in (".rq", ".sparql") and not path.exists():
        raise QueryError(f"{path}: no such query file")
    return argument
