"""The media corpus (tests/corpus/media): local and regional media writing about charity federations, written blind.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee (the corpus's convention), every chair
term's network is one the page names, and the loaders find the page date the gold's `source` line gives.
The corpus has a page saved as a JSON record besides .txt and .html pages: its text is the article the
loaders read from the record. A slip in a gold file fails here instead of costing a measurement.
"""

from __future__ import annotations

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

MEDIA = ROOT / "tests" / "corpus" / "media"
ARTICLES = sorted(p for p in (MEDIA / "articles").iterdir() if p.suffix in (".txt", ".html", ".json"))


def _gold(article):
    return gold_of(MEDIA, article)


def _text(article) -> str:
    """The page's text as the gold's names must occur in it (a JSON record's title and text as loaded)."""
    if article.suffix == ".json":
        loaded = read_article(article)
        return loaded.title + "\n" + loaded.text
    return page_text(article)


def test_every_page_has_gold_and_both_parts_exist() -> None:
    check_parts(MEDIA, ARTICLES, "mdD", "mdH")
    assert {p.suffix for p in ARTICLES} == {".txt", ".html", ".json"}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article) -> None:
    check_gold(_gold(article), _text(article), one_event_a_day=True)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article) -> None:
    assert not roles_without_attendance(_gold(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_chair_terms_name_a_network_of_the_page_and_a_person_of_the_gold(article) -> None:
    records = _gold(article)
    persons = {r["name"] for r in records if r["kind"] == "person"}
    text = "".join(_text(article).split())
    for term in (r for r in records if r["kind"] == "chair_term"):
        assert "".join(term["network"].split()) in text, term
        assert term.get("person") is None or term["person"] in persons, term


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
