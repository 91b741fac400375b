"""The local corpus (tests/corpus/local): city, district, county and town pages written blind to the rules.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee (the corpus's convention), and the
loaders find the page date the gold's `source` line gives. Pages saved as JSON records are read through
the loaders, so their names are checked against the article text the loaders make of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

LOCAL = ROOT / "tests" / "corpus" / "local"
RECORDS = (".json", ".jsonl")
ARTICLES = sorted(p for p in (LOCAL / "articles").iterdir() if p.suffix in (".txt", ".html", *RECORDS))


def _gold(article: Path) -> list[dict]:
    return gold_of(LOCAL, article)


# a two-character name padded to the width of three in a list (何　俊): the gold writes it 何俊
_PADDED_NAME = re.compile(r"(?m)^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[（(\s]|$)")


def _text(article: Path) -> str:
    """The page as its gold's names must occur in it; a JSON record as the article text the loaders make."""
    text = read_article(article).text if article.suffix in RECORDS else page_text(article)
    return text + "\n" + _PADDED_NAME.sub(r"\1\2", text)


def test_every_page_has_gold_and_the_parts_and_formats_exist() -> None:
    check_parts(LOCAL, ARTICLES, "lcD", "lcH")
    assert sum(p.suffix == ".html" for p in ARTICLES) >= 2
    assert any(p.suffix in RECORDS for p in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article: Path) -> None:
    check_gold(_gold(article), _text(article), one_event_a_day=True)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article: Path) -> None:
    assert not roles_without_attendance(_gold(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article: Path) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
