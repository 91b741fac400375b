"""SPARQL-queryable files: TriG and N-Quads keep the named graphs; Turtle and JSON-LD hold their union.

Serialization runs in pyoxigraph (rdflib's serializers took 7 s for 54k
triples where pyoxigraph takes a fraction of a second). Quads are sorted
before writing, so the files are byte-stable.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .base import Bundle, Exporter


def _term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"unexpected RDF term {node!r}")


def _sort_key(quad: tuple[Node, Node, Node, Node]) -> tuple[str, ...]:
    return tuple(f"{type(t).__name__}:{t}" for t in (quad[3], quad[0], quad[1], quad[2]))


def _quads(bundle: Bundle) -> list[ox.Quad]:
    """All quads, sorted by graph, subject, predicate, object (computed once per bundle)."""
    if "quads" not in bundle.derived:
        bundle.derived["quads"] = _sorted_quads(bundle)
    return bundle.derived["quads"]


def _triples(bundle: Bundle) -> list[ox.Triple]:
    """The union of all graphs as sorted triples, each once (computed once per bundle)."""
    if "triples" not in bundle.derived:
        bundle.derived["triples"] = _sorted_triples(bundle)
    return bundle.derived["triples"]


def _sorted_quads(bundle: Bundle) -> list[ox.Quad]:
    quads = sorted(
        {(s, p, o, g) for s, p, o, g in bundle.dataset.quads((None, None, None, None)) if g is not None},
        key=_sort_key,
    )
    return [ox.Quad(_term(s), _term(p), _term(o), _term(g)) for s, p, o, g in quads]


def _sorted_triples(bundle: Bundle) -> list[ox.Triple]:
    triples = sorted({(s, p, o) for s, p, o, _ in bundle.dataset.quads((None, None, None, None))}, key=lambda t: _sort_key((t[0], t[1], t[2], URIRef(""))))
    return [ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in triples]


def _prefixes(bundle: Bundle) -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in sorted(bundle.dataset.namespaces()) if prefix in _WANTED}


_WANTED = {"ck", "org", "schema", "time", "prov", "skos", "foaf", "dcterms", "id", "rdf", "rdfs", "xsd"}


class RDFExporter(Exporter):
    """One RDF serialization: the dataset with its named graphs, or the union of the graphs."""

    def __init__(self, name: str, filename: str, rdf_format: ox.RdfFormat, named_graphs: bool, description: str) -> None:
        self.name = name
        self.filename = filename
        self.media_type = rdf_format.media_type
        self.rdf_format = rdf_format
        self.named_graphs = named_graphs
        self.description = description

    def write(self, bundle: Bundle, path: Path) -> None:
        statements = _quads(bundle) if self.named_graphs else _triples(bundle)
        prefixes = _prefixes(bundle) if self.rdf_format not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else None
        ox.serialize(statements, str(path), format=self.rdf_format, prefixes=prefixes)


RDF_EXPORTERS = (
    RDFExporter("trig", "graph.trig", ox.RdfFormat.TRIG, True, "RDF dataset with one named graph per article"),
    RDFExporter("nquads", "graph.nq", ox.RdfFormat.N_QUADS, True, "RDF dataset as sorted N-Quads, for bulk loading into triple stores"),
    RDFExporter("turtle", "graph.ttl", ox.RdfFormat.TURTLE, False, "RDF union of all article graphs"),
    RDFExporter("jsonld", "graph.jsonld", ox.RdfFormat.JSON_LD, False, "RDF union as JSON-LD, nodes sorted by @id"),
)
