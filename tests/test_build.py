"""The walking skeleton end to end: the seed through every layer to every export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.build import BuildReport, build
from kg.errors import KGError
from kg.exporters import EXPORTERS

EXPECTED_FILES = {
    "facts.jsonl", "graph.trig", "graph.ttl", "graph.nq", "graph.jsonld", "graph.gexf",
    "graph.graphml", "nodes.csv", "edges.csv", "network.json", "index.html", "store",
}


def test_build_writes_every_export(seed_build: tuple[Path, BuildReport]) -> None:
    out, report = seed_build
    assert {p.name for p in out.iterdir()} == EXPECTED_FILES
    assert {e.filename for e in EXPORTERS.values()} == EXPECTED_FILES
    assert all((out / name).stat().st_size > 0 for name in EXPECTED_FILES)
    assert report.articles == 1


def test_summary_counts_facts_per_kind(seed_build: tuple[Path, BuildReport]) -> None:
    _, report = seed_build
    summary = report.summary()
    assert "articles: 1" in summary
    assert report.facts["person"] >= 12 and report.facts["chair_term"] == 2
    assert f"person: {report.facts['person']}" in summary
    assert f"wrote {len(EXPECTED_FILES)} files" in summary


def test_every_fact_has_article_and_confidence(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    records = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and all(r["article"] == "seed-2024-yrd-joint-meeting" for r in records)
    assert all(0 < r["confidence"] <= 1 for r in records if r["kind"] != "source")
    assert "\\u" not in (out / "facts.jsonl").read_text(encoding="utf-8"), "Chinese must be written as-is"


def test_explain_writes_evidence_with_offsets(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLES

    build([SEED_ARTICLES], tmp_path / "out", formats=["facts"], explain=True, validate=False)
    text = (SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt").read_text(encoding="utf-8")
    records = [json.loads(line) for line in (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    position = next(r for r in records if r["kind"] == "position" and r["person"] == "钟燕群")
    evidence = position["evidence"][0]
    assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert "钟燕群" in evidence["sentence"] and evidence["rule"]


def test_min_confidence_leaves_low_facts_out(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLES

    build([SEED_ARTICLES], tmp_path / "all", formats=["facts"], validate=False)
    build([SEED_ARTICLES], tmp_path / "high", formats=["facts"], min_confidence=0.8, validate=False)
    every = (tmp_path / "all" / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    high = [json.loads(line) for line in (tmp_path / "high" / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(high) < len(every)
    assert all(r.get("confidence", 1) >= 0.8 for r in high)


def test_no_readable_article_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="no article could be read"):
        build([tmp_path / "missing"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_unknown_format_names_the_choices(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLES

    with pytest.raises(KGError, match="choose one of: .*facts"):
        build([SEED_ARTICLES], tmp_path / "out", formats=["nope"], validate=False)


def test_same_article_twice_is_built_once_with_both_sources(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLES
    from kg.store import open_store, run_query

    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    report = build([folder], tmp_path / "out", curated=None)
    assert report.articles == 1
    assert any("b.txt" in w and "a.txt" in w for w in report.warnings)
    assert "loaded with warnings: 1" in report.summary()
    rows = run_query(open_store(tmp_path / "out"), "SELECT ?file WHERE { ?a a ck:Article ; ck:sourceFile ?file } ORDER BY ?file").rows
    assert [r[0] for r in rows] == ["a.txt", "b.txt"]


def test_bad_files_cost_the_good_article_nothing(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLES

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>首页</a></nav></body></html>", encoding="utf-8")
    (folder / "records.jsonl").write_text('{"title": "无正文"}\n{broken\n', encoding="utf-8")
    report = build([folder], tmp_path / "out", curated=None)
    assert report.articles == 1 and report.facts["position"] == 16 and report.facts["chair_term"] == 2
    summary = report.summary()
    for name in ("empty.txt", "image.txt", "nav.html", "records.jsonl"):
        assert name in summary, name
    assert f"skipped: {len(report.problems)}" in summary
