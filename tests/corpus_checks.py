"""Checks of a blind corpus's gold against its own pages, shared by tests/test_corpora.py.

They test the corpus, not the extractor: a slip in a gold file fails here instead of costing a measurement.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from kg.evaluate import read_facts
from kg.loaders.text import clean_text

KINDS = {"source", "organization", "person", "position", "event", "participation", "chair_term", "document", "project"}
ROLES = {"attendee", "chair", "speaker", "witness", "host"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def pages(corpus: Path) -> list[Path]:
    """The corpus's articles (.txt and saved .html pages), in name order."""
    return sorted(p for p in (corpus / "articles").iterdir() if p.suffix in (".txt", ".html"))


def gold_of(corpus: Path, page: Path) -> list[dict]:
    return read_facts(corpus / "gold" / f"{page.stem}.jsonl")


def page_text(page: Path) -> str:
    """The page as the gold's names must occur in it: cleaned, and HTML entities read."""
    text = clean_text(page.read_text(encoding="utf-8"))
    return html.unescape(text) if page.suffix == ".html" else text


def check_gold(records: list[dict], text: str, one_event_a_day: bool = False) -> None:
    """Every line a docs/FACTS.md fact, every name written in the page, every reference to a fact of the file;
    no short form for two organizations (the scorer maps an alias to one body, so a shared one, 县民政局 of two
    counties, would credit the wrong one) and each (person or organization, day, role) once (the scoring key).

    one_event_a_day: the corpus's convention that no two gold events share a date (participation names its
    event by date, so the scorer could not tell them apart).
    """
    assert records[0]["kind"] == "source" and records[0].get("title") and "date" in records[0]
    assert all(r["kind"] != "source" for r in records[1:])
    orgs = {r["name"] for r in records if r["kind"] == "organization"}
    persons = {r["name"] for r in records if r["kind"] == "person"}
    event_dates = [r["date"] for r in records if r["kind"] == "event"]
    if one_event_a_day:
        assert len(event_dates) == len(set(event_dates)), "two gold events on one date cannot be told apart"
    names = [n for r in records if r["kind"] == "organization" for n in {r["name"], *r.get("aliases", [])}]
    assert not sorted({n for n in names if names.count(n) > 1}), "a short form stands for two organizations"
    keys = [(r.get("person") or r.get("organization"), r["event_date"], r["role"])
            for r in records if r["kind"] == "participation"]
    assert len(keys) == len(set(keys)), "a participation key stated twice"
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


def check_parts(corpus: Path, articles: list[Path], development: str, held_out: str, minimum: int = 10) -> None:
    """Every page has a gold file and the corpus has both its parts, `minimum` pages or more each."""
    stems = {p.stem for p in articles}
    assert stems == {p.stem for p in (corpus / "gold").glob("*.jsonl")}
    assert sum(s.startswith(development) for s in stems) >= minimum
    assert sum(s.startswith(held_out) for s in stems) >= minimum


def roles_without_attendance(records: list[dict]) -> list[dict]:
    """A person's chair, speaker or witness facts with no attendee fact of the same day (the corpora's convention)."""
    people = [r for r in records if r["kind"] == "participation" and "person" in r]
    attendees = {(r["person"], r["event_date"]) for r in people if r["role"] == "attendee"}
    return [r for r in people if r["role"] != "attendee" and (r["person"], r["event_date"]) not in attendees]
