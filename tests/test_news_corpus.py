"""The news corpus (tests/corpus/news): a second corpus written blind to the rules, so its gold must be sound on its own.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee (the corpus's convention), and the
loaders find the page date the gold's `source` line gives. A slip in a gold file fails here instead of
costing a measurement.
"""

from __future__ import annotations

import html
import re

import pytest

from kg.evaluate import read_facts
from kg.loaders import read_article
from kg.loaders.text import clean_text
from tests.conftest import ROOT

NEWS = ROOT / "tests" / "corpus" / "news"
ARTICLES = sorted(p for p in (NEWS / "articles").iterdir() if p.suffix in (".txt", ".html"))
KINDS = {"source", "organization", "person", "position", "event", "participation", "chair_term", "document", "project"}
ROLES = {"attendee", "chair", "speaker", "witness", "host"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _gold(article):
    return read_facts(NEWS / "gold" / f"{article.stem}.jsonl")


def _text(article) -> str:
    text = clean_text(article.read_text(encoding="utf-8"))
    return html.unescape(text) if article.suffix == ".html" else text


def test_every_page_has_gold_and_both_parts_exist() -> None:
    pages = {p.stem for p in ARTICLES}
    golds = {p.stem for p in (NEWS / "gold").glob("*.jsonl")}
    assert pages == golds
    assert sum(s.startswith("nwD") for s in pages) >= 10
    assert sum(s.startswith("nwH") for s in pages) >= 10
    assert any(p.suffix == ".html" for p in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article) -> None:
    records = _gold(article)
    assert records[0]["kind"] == "source" and records[0].get("title") and "date" in records[0]
    assert all(r["kind"] != "source" for r in records[1:])
    text = _text(article)
    orgs = {r["name"] for r in records if r["kind"] == "organization"}
    persons = {r["name"] for r in records if r["kind"] == "person"}
    event_dates = [r["date"] for r in records if r["kind"] == "event"]
    assert len(event_dates) == len(set(event_dates)), "two gold events on one date cannot be told apart"
    for record in records:
        kind = record["kind"]
        assert kind in KINDS, record
        if kind == "organization":
            assert any(name in text for name in [record["name"], *record.get("aliases", [])]), record
        elif kind == "person":
            assert record["name"] in text, record
        elif kind == "position":
            assert record["person"] in persons and record["organization"] in orgs, record
            assert "兼" not in record["role"] and "、" not in record["role"], record
            assert not record["role"].startswith(("原", "前")), record
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
        elif kind == "document":
            assert "".join(record["title"].split()) in "".join(text.split()), record


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article) -> None:
    records = [r for r in _gold(article) if r["kind"] == "participation" and "person" in r]
    attendees = {(r["person"], r["event_date"]) for r in records if r["role"] == "attendee"}
    assert not [r for r in records if r["role"] != "attendee" and (r["person"], r["event_date"]) not in attendees]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
