"""The pages corpus (tests/corpus/pages): written blind to the rules, so its gold must be sound on its own.

These tests check the corpus, not the extractor: every article has a gold file, every gold file reads as
docs/FACTS.md facts, and every name a gold file gives is written in its article (an organization by its
name or one of its aliases), so a slip in a gold file fails here instead of costing a measurement.
"""

from __future__ import annotations

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, gold_of, page_text, pages

PAGES = ROOT / "tests" / "corpus" / "pages"
ARTICLES = pages(PAGES)


def _gold(article):
    return gold_of(PAGES, article)


def test_every_article_has_gold_and_held_out_part_exists() -> None:
    articles = {p.stem for p in ARTICLES}
    golds = {p.stem for p in (PAGES / "gold").glob("*.jsonl")}
    assert articles == golds
    assert sum(s.startswith("pgD") for s in articles) >= 16
    assert sum(s.startswith("pgH") for s in articles) >= 16


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_article(article) -> None:
    check_gold(_gold(article), page_text(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
