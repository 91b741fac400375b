"""SPARQL-queryable files: TriG, N-Quads and JSON-LD keep the named graphs; Turtle holds their union.

All four read the build's one sorted N-Quads file (kg/quads.py): N-Quads is
that file, TriG is it re-serialized by pyoxigraph as it streams, JSON-LD is
it written as text graph by graph (kg/exporters/jsonld.py), Turtle is the
sorted union of its graphs. So the files, the store and the
facts table cannot disagree, and the files are byte-stable.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .base import Bundle, Exporter
from .jsonld import JSONLDExporter

FILE_PREFIXES = dict(sorted(PREFIXES.items()))


class RDFExporter(Exporter):
    """One RDF serialization: the dataset with its named graphs, or the union of the graphs."""

    from_quads = True

    def __init__(self, name: str, filename: str, rdf_format: ox.RdfFormat, named_graphs: bool, description: str) -> None:
        self.name = name
        self.filename = filename
        self.media_type = rdf_format.media_type
        self.rdf_format = rdf_format
        self.named_graphs = named_graphs
        self.description = description

    def write(self, bundle: Bundle, path: Path) -> None:
        if self.rdf_format == ox.RdfFormat.N_QUADS:
            bundle.quads.copy_to(path)
            return
        statements = bundle.quads.quads() if self.named_graphs else bundle.quads.triples()
        ox.serialize(statements, str(path), format=self.rdf_format, prefixes=FILE_PREFIXES)


RDF_EXPORTERS = (
    JSONLDExporter(),
    RDFExporter("trig", "graph.trig", ox.RdfFormat.TRIG, True, "RDF dataset with one named graph per article"),
    RDFExporter("nquads", "graph.nq", ox.RdfFormat.N_QUADS, True, "RDF dataset as sorted N-Quads, for bulk loading into triple stores"),
    RDFExporter("turtle", "graph.ttl", ox.RdfFormat.TURTLE, False, "RDF union of all article graphs"),
)
