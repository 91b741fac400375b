"""The ontology is the one source of terms: Python reads it, and unknown terms are errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.errors import VocabularyError
from kg.paths import ontology_file
from kg.vocab import CK, vocabulary

ROOT = Path(__file__).resolve().parents[1]
SH_TARGET_CLASS = URIRef("http://www.w3.org/ns/shacl#targetClass")


def test_every_term_has_zh_and_en_labels_and_a_definition() -> None:
    v = vocabulary()
    for term in v.classes() + v.properties():
        languages = {label.language for label in v.graph.objects(term, RDFS.label)}
        assert {"zh-hans", "en"} <= {language.lower() for language in languages}, term
        assert v.definition(term), term


def test_core_classes_align_with_w3c_vocabularies() -> None:
    v = vocabulary()
    expected = {
        "Organization": "http://www.w3.org/ns/org#Organization",
        "Person": "http://xmlns.com/foaf/0.1/Person",
        "Position": "http://www.w3.org/ns/org#Membership",
        "Event": "https://schema.org/Event",
        "Article": "http://www.w3.org/ns/prov#Entity",
        "Network": "http://www.w3.org/ns/org#OrganizationalCollaboration",
    }
    for name, parent in expected.items():
        parents = {str(o) for o in v.graph.objects(v.term(name), RDFS.subClassOf)}
        assert parent in parents, name


def test_unknown_term_is_an_error() -> None:
    with pytest.raises(VocabularyError, match="not defined"):
        vocabulary().term("NoSuchClass")
    with pytest.raises(VocabularyError, match="attendee"):
        vocabulary().participation_role("audience")


def test_facts_format_strings_come_from_the_ontology() -> None:
    v = vocabulary()
    assert v.participation_roles() == ["attendee", "chair", "host", "speaker", "witness"]
    assert {"charity_federation", "foundation", "report", "meeting"} <= set(v.facts_types())
    assert v.class_for_kind("chair_term") == CK.ChairTerm


def test_code_uses_only_terms_the_ontology_defines() -> None:
    """Every ck term named in the code (v.term("X"), ck("X")) exists in ontology/charity.ttl."""
    defined = {str(s)[len(str(CK)):] for s in vocabulary().graph.subjects() if str(s).startswith(str(CK))}
    used = set()
    for path in (ROOT / "kg").rglob("*.py"):
        used |= set(re.findall(r"""(?:term|ck)\(\s*["']([A-Za-z]+)["']\s*\)""", path.read_text(encoding="utf-8")))
    assert used and used <= defined, used - defined


def test_shapes_parse_and_target_ontology_classes() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    targets = set(shapes.objects(None, SH_TARGET_CLASS))
    classes = set(vocabulary().graph.subjects(RDF.type, OWL.Class))
    assert targets and targets <= classes
