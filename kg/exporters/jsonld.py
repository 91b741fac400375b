"""JSON-LD with a compact @context: the union graph as one node object per subject.

Written from the build's sorted union triples as they stream (a subject's
triples are adjacent), so memory stays flat: keys and IRIs are compact
(`ck:sentence`, `id:person/…`), rdf:type becomes @type, a Chinese label keeps
its script tag, typed values keep their datatype; one value is written bare,
several as a sorted list. JSON-LD processors expand it to the same triples as
graph.ttl (the round-trip test checks).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .base import Bundle, Exporter

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Longest namespaces first, so id: (inside https://w3id.org/charity-kg/) wins over a shorter match.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(value: str) -> str:
    """An IRI as prefix:local when a context prefix covers it (and the rest is a safe local name)."""
    for prefix, namespace in _BY_LENGTH:
        if value.startswith(namespace) and len(value) > len(namespace) and "#" not in value[len(namespace):]:
            return f"{prefix}:{value[len(namespace):]}"
    return value


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
    if isinstance(term, ox.NamedNode):
        return {"@id": compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value != XSD_STRING:
        return {"@value": term.value, "@type": compact(term.datatype.value)}
    return term.value


def _subject(term: ox.NamedNode | ox.BlankNode) -> str:
    return compact(term.value) if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def node_objects(triples: Iterator[ox.Triple]) -> Iterator[dict]:
    """One JSON-LD node object per subject of the (subject-sorted) triples."""
    for subject, group in groupby(triples, key=lambda t: t.subject):
        node: dict[str, object] = {"@id": _subject(subject)}
        values: dict[str, list] = {}
        for triple in group:
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
                values.setdefault("@type", []).append(compact(triple.object.value))
            else:
                values.setdefault(compact(triple.predicate.value), []).append(_value(triple.object))
        for key in sorted(values):
            items = sorted(values[key], key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
            node[key] = items[0] if len(items) == 1 else items
        yield node


class JSONLDExporter(Exporter):
    """The union of all graphs as compact JSON-LD (prefixes in @context, one node object per subject)."""

    from_quads = True
    name = "jsonld"
    filename = "graph.jsonld"
    media_type = "application/ld+json"
    description = "RDF union as compact JSON-LD (@context of the project's prefixes), nodes sorted by @id"

    def write(self, bundle: Bundle, path: Path) -> None:
        context = json.dumps({"@context": dict(sorted(PREFIXES.items()))}, ensure_ascii=False, indent=1)
        with path.open("w", encoding="utf-8", newline="\n") as out:
            out.write(context[:-2] + ',\n "@graph": [')
            for number, node in enumerate(node_objects(bundle.quads.triples())):
                out.write(("," if number else "") + "\n  " + json.dumps(node, ensure_ascii=False, sort_keys=True))
            out.write("\n ]\n}\n")
