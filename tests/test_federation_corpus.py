"""The federation corpus (tests/corpus/federation): charity federations' own news pages, written blind to the rules.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee that day (the corpus's convention), every
chair term's network is one the page names, the loaders find the page date the gold's `source` line gives, and
no short form stands for two organizations. Pages saved as JSON or JSON Lines records are read through the
loaders, so their names are checked against the title and article text the loaders make of them. The corpus
keeps one gold event a day (participation names its event by date).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

FEDERATION = ROOT / "tests" / "corpus" / "federation"
RECORDS = (".json", ".jsonl")
ARTICLES = sorted(p for p in (FEDERATION / "articles").iterdir() if p.suffix in (".txt", ".html", *RECORDS))


def _gold(article: Path) -> list[dict]:
    return gold_of(FEDERATION, article)


def _text(article: Path) -> str:
    """The page as its gold's names must occur in it; a record as the title and article text the loaders make."""
    if article.suffix in RECORDS:
        loaded = read_article(article)
        return loaded.title + "\n" + loaded.text
    return page_text(article)


def test_every_page_has_gold_and_the_parts_and_formats_exist() -> None:
    check_parts(FEDERATION, ARTICLES, "fdD", "fdH")
    assert sum(p.suffix == ".html" for p in ARTICLES) >= 3
    assert {p.suffix for p in ARTICLES} == {".txt", ".html", ".json", ".jsonl"}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article: Path) -> None:
    check_gold(_gold(article), _text(article), one_event_a_day=True)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article: Path) -> None:
    assert not roles_without_attendance(_gold(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_chair_terms_name_a_network_of_the_page_and_a_person_of_the_gold(article: Path) -> None:
    records = _gold(article)
    persons = {r["name"] for r in records if r["kind"] == "person"}
    text = "".join(_text(article).split())
    for term in (r for r in records if r["kind"] == "chair_term"):
        assert "".join(term["network"].split()) in text, term
        assert term.get("person") is None or term["person"] in persons, term


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article: Path) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
