"""The social corpus (tests/corpus/social): WeChat posts and foundation and company pages written blind to the rules.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee that day (the corpus's convention), the
loaders find the page date the gold's `source` line gives, and no short form stands for two organizations.
Pages saved as JSON records are read through the loaders, so their names are checked against the article
text the loaders make of them. Unlike the older corpora, a page may have two gold events on one day: a
ceremony or a second meeting the page names as its own is an event (docs/gold-conventions.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

SOCIAL = ROOT / "tests" / "corpus" / "social"
RECORDS = (".json", ".jsonl")
ARTICLES = sorted(p for p in (SOCIAL / "articles").iterdir() if p.suffix in (".txt", ".html", *RECORDS))


def _gold(article: Path) -> list[dict]:
    return gold_of(SOCIAL, article)


def _text(article: Path) -> str:
    """The page as its gold's names must occur in it; a JSON record as the article text the loaders make."""
    return read_article(article).text if article.suffix in RECORDS else page_text(article)


def test_every_page_has_gold_and_the_parts_and_formats_exist() -> None:
    check_parts(SOCIAL, ARTICLES, "soD", "soH")
    assert sum(p.suffix == ".html" for p in ARTICLES) >= 2
    assert any(p.suffix in RECORDS for p in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article: Path) -> None:
    check_gold(_gold(article), _text(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article: Path) -> None:
    assert not roles_without_attendance(_gold(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article: Path) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
