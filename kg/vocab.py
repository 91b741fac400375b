"""The project's vocabulary, read from ontology/charity.ttl: the one source of terms and labels.

An unknown term is an error rather than a silently minted IRI, so a typo in
code fails at once instead of producing triples nobody can query.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from . import namespaces
from .errors import VocabularyError
from .paths import ontology_file

CK = Namespace(namespaces.CK)
ID = Namespace(namespaces.ID)
ORG = Namespace(namespaces.PREFIXES["org"])
SCHEMA = Namespace(namespaces.PREFIXES["schema"])
TIME = Namespace(namespaces.PREFIXES["time"])
PROV = Namespace(namespaces.PREFIXES["prov"])

PREFIXES: dict[str, Namespace] = {
    prefix: Namespace(namespaces.PREFIXES[prefix]) for prefix in ("ck", "org", "schema", "time", "prov", "skos")
}


class Vocabulary:
    """Terms, labels and the facts-format mappings declared in the ontology."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._terms = {
            str(s)[len(str(CK)):]: s
            for s in set(graph.subjects())
            if isinstance(s, URIRef) and str(s).startswith(str(CK))
        }

    def term(self, name: str) -> URIRef:
        """The IRI of ck:<name>; raises VocabularyError if the ontology lacks it."""
        try:
            return self._terms[name]
        except KeyError:
            raise VocabularyError(
                f"ck:{name} is not defined in {ontology_file('charity.ttl')}; add it there first"
            ) from None

    def label(self, term: URIRef, lang: str = "en") -> str:
        """The rdfs:label of a term in a language, or its local name."""
        for value in self.graph.objects(term, RDFS.label):
            if isinstance(value, Literal) and value.language == lang:
                return str(value)
        return str(term).rsplit("#", 1)[-1]

    def classes(self) -> list[URIRef]:
        return sorted(s for s in self.graph.subjects(RDF.type, OWL.Class) if s in self._terms.values())

    def properties(self) -> list[URIRef]:
        kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
        return sorted(s for k in kinds for s in self.graph.subjects(RDF.type, k) if s in self._terms.values())

    def _annotated(self, annotation: str) -> dict[str, URIRef]:
        prop = self.term(annotation)
        return {str(o): s for s, o in self.graph.subject_objects(prop)}

    def class_for_kind(self, kind: str) -> URIRef:
        """The class of a facts-format kind (organization, person, position, ...)."""
        return self._lookup(self._annotated("factsKind"), kind, "kind")

    def class_for_type(self, facts_type: str, default: str) -> URIRef:
        """The class of an organization/event/document type string; the default class if unknown."""
        return self._annotated("factsType").get(facts_type, self.term(default))

    def participation_role(self, role: str) -> URIRef:
        """The ck:ParticipationRole individual of a facts-format role (chair, speaker, ...)."""
        return self._lookup(self._annotated("factsRole"), role, "participation role")

    def participation_roles(self) -> list[str]:
        return sorted(self._annotated("factsRole"))

    def facts_types(self) -> list[str]:
        return sorted(self._annotated("factsType"))

    def _lookup(self, table: dict[str, URIRef], key: str, what: str) -> URIRef:
        try:
            return table[key]
        except KeyError:
            raise VocabularyError(
                f"unknown {what} {key!r}; the ontology defines: {', '.join(sorted(table))}"
            ) from None

    def definition(self, term: URIRef) -> str:
        return str(next(self.graph.objects(term, SKOS.definition), ""))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary, parsed once per process."""
    graph = Graph()
    graph.parse(ontology_file("charity.ttl"), format="turtle")
    return Vocabulary(graph)
