"""The network, bundle.articles and bundle.evidence as /work CONTRACT describes, built from the resolved facts."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.build import make_bundle
from kg.exporters import Bundle
from kg.extract import extract_article
from kg.loaders import load_articles, read_article
from kg.vocab import vocabulary
from tests.conftest import MULTI, SEED_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
NODE_ATTRIBUTES = {"label", "kind", "type", "region", "aliases", "network", "date", "place", "year", "start", "end", "articles", "facts"}
EDGE_ATTRIBUTES = {"relation", "role", "status", "start", "end", "weight", "fact", "facts", "articles"}
KINDS = {"organization", "person", "event", "network", "document", "chair_term", "project"}
RELATIONS = {
    "position", "participation", "chair_term", "chair_person", "sub_unit", "presented", "presented_at",
    "network_member", "network_event", "successor", "next_term", "handover",
}
SEED = "seed-2024-yrd-joint-meeting"


@pytest.fixture(scope="module")
def seed() -> Bundle:
    return make_bundle([extract_article(read_article(SEED_ARTICLES / f"{SEED}.txt"))])


@pytest.fixture(scope="module")
def multi() -> Bundle:
    return make_bundle([extract_article(article) for article in load_articles([MULTI / "articles"]).articles])


def _by_label(bundle: Bundle, label: str) -> str:
    return next(n for n, a in bundle.network.nodes(data=True) if a["label"] == label)


def _edges(bundle: Bundle, relation: str) -> list[tuple[str, str, dict]]:
    return [(s, t, a) for s, t, a in bundle.network.edges(data=True) if a["relation"] == relation]


@pytest.mark.parametrize("name", ["seed", "multi"])
def test_every_node_and_edge_has_the_contract_attributes(name: str, request: pytest.FixtureRequest) -> None:
    bundle: Bundle = request.getfixturevalue(name)
    graph = bundle.network
    assert graph.number_of_nodes() > 20
    for node, attrs in graph.nodes(data=True):
        assert set(attrs) == NODE_ATTRIBUTES, node
        assert attrs["label"] and attrs["kind"] in KINDS, (node, attrs)
        assert attrs["articles"] and set(attrs["articles"]) <= set(bundle.articles)
        assert attrs["facts"] and all(fact in bundle.evidence for fact in attrs["facts"]), (node, attrs["facts"])
        assert isinstance(attrs["aliases"], list)
    keys = set()
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        assert set(attrs) == EDGE_ATTRIBUTES and attrs["relation"] in RELATIONS, attrs
        assert attrs["fact"] in bundle.evidence and attrs["fact"] in key and attrs["weight"] >= 1
        assert all(fact in bundle.evidence for fact in attrs["facts"])
        keys.add((source, target, key))
    assert len(keys) == graph.number_of_edges()
    assert not any(attrs["kind"] == "network" and not attrs["label"] for _, attrs in graph.nodes(data=True))


def test_chair_terms_successions_and_handovers(seed: Bundle) -> None:
    graph = seed.network
    term_2023, term_2024 = sorted(n for n, a in graph.nodes(data=True) if a["kind"] == "chair_term")
    assert graph.nodes[term_2023]["year"] == "2023" and graph.nodes[term_2024]["start"] == "2024"
    network = _by_label(seed, "长三角慈善一体化联席会议")
    assert graph.nodes[network]["kind"] == "network" and graph.nodes[term_2024]["network"] == network
    assert [(s, t) for s, t, _ in _edges(seed, "next_term")] == [(term_2023, term_2024)]
    handover = _by_label(seed, "长三角慈善一体化联席会议轮值主席交接仪式")
    assert sorted(t for s, t, _ in _edges(seed, "handover") if s == handover) == [term_2023, term_2024]
    chairs = {graph.nodes[s]["label"]: t for s, t, _ in _edges(seed, "chair_person")}
    assert chairs == {"刘莉": term_2023, "钟燕群": term_2024}
    members = {graph.nodes[s]["label"] for s, t, _ in _edges(seed, "network_member") if t == network}
    assert members == {"上海市慈善基金会", "安徽省慈善总会"}
    assert graph.nodes[_by_label(seed, "上海市慈善基金会")]["network"] == network


def test_positions_events_and_documents_carry_dates(seed: Bundle) -> None:
    graph = seed.network
    for source, target, attrs in _edges(seed, "position"):
        assert graph.nodes[source]["kind"] == "person" and graph.nodes[target]["kind"] == "organization"
        assert attrs["start"] == attrs["end"] == "2024" and attrs["status"] in ("current", "former") and attrs["role"]
    meeting = _by_label(seed, "2024年长三角慈善一体化联席会议")
    assert graph.nodes[meeting]["date"] == "2024-05-08" and graph.nodes[meeting]["place"]
    for _, target, attrs in _edges(seed, "participation"):
        assert attrs["start"] == attrs["end"] == graph.nodes[target]["date"]
    documents = {graph.nodes[s]["label"] for s, t, _ in _edges(seed, "presented_at") if t == meeting}
    assert "2023年长三角慈善一体化发展工作报告" in documents


def test_successor_from_dated_articles(multi: Bundle) -> None:
    graph = multi.network
    assert _edges(multi, "successor")
    for source, target, attrs in _edges(multi, "successor"):
        assert graph.nodes[source]["kind"] == graph.nodes[target]["kind"] == "person" and source != target
        assert len(attrs["facts"]) == 2 and attrs["role"]
    assert _edges(multi, "next_term"), "the multi corpus rotates the chair over several years"


def test_articles_and_evidence_index(seed: Bundle) -> None:
    article = seed.articles[SEED]
    assert article["iri"].endswith(f"/article/{SEED}") and article["date"] == "2024-05-09" and article["title"]
    text = read_article(SEED_ARTICLES / f"{SEED}.txt").text
    person = _by_label(seed, "钟燕群")
    assert seed.evidence[person]
    for entries in seed.evidence.values():
        for entry in entries:
            assert set(entry) == {"article", "sentence", "start", "end", "rule", "confidence"}
            assert text[entry["start"]:entry["end"]] == entry["sentence"] and entry["article"] == SEED


def test_build_path_adds_no_rdflib_triples(monkeypatch: pytest.MonkeyPatch) -> None:
    item = extract_article(read_article(SEED_ARTICLES / f"{SEED}.txt"))
    vocabulary()  # the ontology itself is read with rdflib, once

    def refuse(*_: object) -> None:
        raise AssertionError("the build path must not build rdflib graphs")

    monkeypatch.setattr(rdflib.Graph, "add", refuse)
    bundle = make_bundle([item])
    assert bundle.quads.count > 500 and bundle.network.number_of_nodes() > 20


def test_seed_facts_table_is_unchanged(seed_build: tuple[Path, object]) -> None:
    # The data path must not change a fact. An intended extraction change updates the golden file
    # (charity-kg build data/articles --no-cache -o /tmp/x && cp /tmp/x/facts.jsonl tests/golden/seed-facts.jsonl).
    out, _ = seed_build
    assert (out / "facts.jsonl").read_bytes() == (ROOT / "tests" / "golden" / "seed-facts.jsonl").read_bytes()
