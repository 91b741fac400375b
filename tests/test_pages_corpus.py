"""The pages corpus (tests/corpus/pages): written blind to the rules, so its gold must be sound on its own.

These tests check the corpus, not the extractor: every article has a gold file, every gold file reads as
docs/FACTS.md facts, and every name a gold file gives is written in its article (an organization by its
name or one of its aliases), so a slip in a gold file fails here instead of costing a measurement.
"""

from __future__ import annotations

import re

import pytest

from kg.evaluate import read_facts
from kg.loaders import read_article
from kg.loaders.text import clean_text
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "corpus" / "pages"
ARTICLES = sorted(p for p in (PAGES / "articles").iterdir() if p.suffix in (".txt", ".html"))
KINDS = {"source", "organization", "person", "position", "event", "participation", "chair_term", "document", "project"}
ROLES = {"attendee", "chair", "speaker", "witness", "host"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _gold(article):
    return read_facts(PAGES / "gold" / f"{article.stem}.jsonl")


def test_every_article_has_gold_and_held_out_part_exists() -> None:
    articles = {p.stem for p in ARTICLES}
    golds = {p.stem for p in (PAGES / "gold").glob("*.jsonl")}
    assert articles == golds
    assert sum(s.startswith("pgD") for s in articles) >= 16
    assert sum(s.startswith("pgH") for s in articles) >= 16


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_article(article) -> None:
    records = _gold(article)
    assert records[0]["kind"] == "source" and "title" in records[0] and "date" in records[0]
    text = clean_text(article.read_text(encoding="utf-8"))
    if article.suffix == ".html":
        import html

        text = html.unescape(text)
    orgs = {r["name"] for r in records if r["kind"] == "organization"}
    persons = {r["name"] for r in records if r["kind"] == "person"}
    event_dates = {r["date"] for r in records if r["kind"] == "event"}
    for record in records:
        kind = record["kind"]
        assert kind in KINDS, record
        if kind == "organization":
            assert any(name in text for name in [record["name"], *record.get("aliases", [])]), record
        elif kind == "person":
            assert record["name"] in text, record
        elif kind == "position":
            assert record["person"] in persons and record["organization"] in orgs, record
            assert "兼" not in record["role"] and not record["role"].startswith(("原", "前")), record
            assert record.get("status", "current") in ("current", "former"), record
        elif kind == "event":
            assert DATE.fullmatch(record["date"]) and record["name"], record
        elif kind == "participation":
            assert record["role"] in ROLES and record["event_date"] in event_dates, record
            who = record.get("person") or record.get("organization")
            assert who in (orgs if record["role"] == "host" else persons), record
            assert ("organization" in record) == (record["role"] == "host"), record
        elif kind == "chair_term":
            assert record["organization"] in orgs and DATE.fullmatch(str(record["year"])), record


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
