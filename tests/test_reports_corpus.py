"""The reports corpus (tests/corpus/reports): longer forms of the genre, written blind to the rules.

Profiles of leaders over their careers, annual work reports, council and supervisory-board lists (plain-text
tables and tables broken by a PDF conversion), conference round-ups over two days, TV news transcripts,
national press releases and traditional-character pages. These tests check the corpus, not the extractor:
every page has a gold file, every gold line reads as a docs/FACTS.md fact, every name a gold file gives is
written in its page, a chair, speaker or witness is also an attendee, no short form stands for two bodies,
and the loaders find the page date the gold's `source` line gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

REPORTS = ROOT / "tests" / "corpus" / "reports"
RECORDS = (".json", ".jsonl")
ARTICLES = sorted(p for p in (REPORTS / "articles").iterdir() if p.suffix in (".txt", ".html", *RECORDS))

# a two-character name padded to the width of three in a list or table (蒋　丽, 郑 伟, 杨　静等): the gold writes it 蒋丽
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=等|[^\u4e00-\u9fff]|$)")


def _gold(article: Path) -> list[dict]:
    return gold_of(REPORTS, article)


def _text(article: Path) -> str:
    """The page as its gold's names must occur in it: a JSON record as the article text the loaders make;
    padded names closed up; and the lines joined, for table cells a PDF conversion broke over two lines."""
    text = read_article(article).text if article.suffix in RECORDS else page_text(article)
    return "\n".join((text, _PADDED_NAME.sub(r"\1\2", text), text.replace("\n", "")))


def test_every_page_has_gold_and_the_parts_and_formats_exist() -> None:
    check_parts(REPORTS, ARTICLES, "rpD", "rpH")
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



@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_term_names_its_network_and_a_year(article: Path) -> None:
    for record in _gold(article):
        if record["kind"] == "chair_term":
            assert record["network"] and re.fullmatch(r"\d{4}", str(record["year"])), record
