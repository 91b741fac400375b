"""SPARQL-queryable files: TriG and N-Quads keep the named graphs; Turtle and JSON-LD hold their union."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from .base import Bundle, Exporter


def _union(bundle: Bundle) -> Graph:
    graph = Graph()
    for prefix, namespace in bundle.dataset.namespaces():
        graph.bind(prefix, namespace)
    for s, p, o, _ in bundle.dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


class TriGExporter(Exporter):
    name = "trig"
    filename = "graph.trig"
    media_type = "application/trig"
    description = "RDF dataset with one named graph per article"

    def write(self, bundle: Bundle, path: Path) -> None:
        path.write_text(bundle.dataset.serialize(format="trig"), encoding="utf-8")


class TurtleExporter(Exporter):
    name = "turtle"
    filename = "graph.ttl"
    media_type = "text/turtle"
    description = "RDF union of all article graphs"

    def write(self, bundle: Bundle, path: Path) -> None:
        path.write_text(_union(bundle).serialize(format="turtle"), encoding="utf-8")


class NQuadsExporter(Exporter):
    name = "nquads"
    filename = "graph.nq"
    media_type = "application/n-quads"
    description = "RDF dataset as sorted N-Quads, for bulk loading into triple stores"

    def write(self, bundle: Bundle, path: Path) -> None:
        lines = bundle.dataset.serialize(format="nquads").splitlines()
        path.write_text("\n".join(sorted(set(line for line in lines if line.strip()))) + "\n", encoding="utf-8")


class JSONLDExporter(Exporter):
    name = "jsonld"
    filename = "graph.jsonld"
    media_type = "application/ld+json"
    description = "RDF union as JSON-LD, nodes sorted by @id"

    def write(self, bundle: Bundle, path: Path) -> None:
        data = json.loads(_union(bundle).serialize(format="json-ld"))
        nodes = data if isinstance(data, list) else data.get("@graph", [data])
        for node in nodes:
            for key, values in node.items():
                if isinstance(values, list):
                    node[key] = sorted(values, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        nodes.sort(key=lambda n: n.get("@id", ""))
        path.write_text(json.dumps(nodes, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
