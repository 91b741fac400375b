"""The one quad stream: N-Triples text as oxigraph writes it, sorted, evidence stored once per sentence."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import make_bundle
from kg.extract import extract_article
from kg.loaders import read_article
from kg.quads import QuadWriter, _external_sort
from kg.rdf import literal
from tests.conftest import SEED_ARTICLES

TRICKY = ["plain", 'quote " and \\ backslash', "tab\tnew\nline\rcr", "".join(chr(i) for i in range(32)) + "\x7f", "中文\u2028\ufeff末"]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("lang, datatype", [("", ""), ("zh", ""), ("", "http://www.w3.org/2001/XMLSchema#integer")])
def test_literals_are_written_as_oxigraph_writes_them(text: str, lang: str, datatype: str) -> None:
    term = ox.Literal(text, language=lang) if lang else ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text)
    expected = ox.serialize([ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), term)], format=ox.RdfFormat.N_TRIPLES)
    assert f"<http://a/s> <http://a/p> {literal(text, lang, datatype)} .\n".encode("utf-8") == expected


def test_quad_file_is_sorted_and_parses(tmp_path: Path) -> None:
    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    quads = list(bundle.quads.quads())
    assert len(quads) == bundle.quads.count
    keys = [(str(q.graph_name), q.subject.value, str(q.predicate), str(q.object)) for q in quads]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    triples = list(bundle.quads.triples())
    assert len(triples) == len(set(triples)) and len(triples) <= len(quads)
    lines = bundle.quads.union_path().read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_each_sentence_is_stored_once() -> None:
    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    sentence = ox.NamedNode("https://w3id.org/charity-kg/ontology#sentence")
    texts = [q.object.value for q in bundle.quads.quads() if q.predicate == sentence]
    assert texts and len(texts) == len(set(texts))
    facts_with_evidence = sum(1 for entries in bundle.evidence.values() for _ in entries)
    assert facts_with_evidence > len(texts)  # several facts share one sentence node


def test_external_sort_merges_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.quads.RUN_LINES", 3)
    lines = [f"line {n % 7}\n" for n in range(50)]
    _external_sort(iter(lines), tmp_path / "out", tmp_path)
    assert (tmp_path / "out").read_text(encoding="utf-8").splitlines() == [f"line {n}" for n in range(7)]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_graphs_are_written_in_graph_order(tmp_path: Path) -> None:
    writer = QuadWriter(tmp_path)
    writer.add("http://g/b", "<http://s> <http://p> <http://o> <http://g/b> .\n", 1)
    writer.add("http://g/a", "<http://s> <http://p> <http://o> <http://g/a> .\n", 1)
    quads = writer.close()
    assert [str(q.graph_name) for q in quads.quads()] == ["<http://g/a>", "<http://g/b>"]
