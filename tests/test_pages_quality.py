"""Floors for the pages corpus: news pages of the genre written blind to the rules (tests/corpus/pages).

The pgD* pages are the development half; pgH* were kept unread until one final measurement.
Each floor sits just under the measured figure, so a regression on real-world text fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate_paths
from kg.extract import extract_article
from kg.loaders import read_article
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "corpus" / "pages"

FLOORS = {
    "pgD": {"headline": 0.96, "person": 0.98, "organization": 0.92, "position": 0.97, "participation": 0.95},
    "pgH": {"headline": 0.79, "person": 0.85, "organization": 0.79, "position": 0.76, "participation": 0.77},
}


def _report(prefix: str, tmp_path: Path):
    facts, gold = tmp_path / "facts", tmp_path / "gold"
    facts.mkdir()
    gold.mkdir()
    for article in sorted((PAGES / "articles").iterdir()):
        if not article.name.startswith(prefix):
            continue
        records = [f.to_record() for f in extract_article(read_article(article)).facts]
        (facts / f"{article.stem}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
        (gold / f"{article.stem}.jsonl").write_bytes((PAGES / "gold" / f"{article.stem}.jsonl").read_bytes())
    return evaluate_paths(gold, facts)


@pytest.mark.parametrize("subset", ["pgD", "pgH"])
def test_pages_corpus_quality(subset: str, tmp_path: Path) -> None:
    report = _report(subset, tmp_path)
    floors = FLOORS[subset]
    assert report.headline.f1 >= floors["headline"], report.headline.f1
    for kind, floor in floors.items():
        if kind != "headline":
            assert report.kinds[kind].f1 >= floor, (kind, report.kinds[kind].f1)
