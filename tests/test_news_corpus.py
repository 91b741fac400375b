"""The news corpus (tests/corpus/news): a second corpus written blind to the rules, so its gold must be sound on its own.

These tests check the corpus, not the extractor: every page has a gold file, every gold line reads as a
docs/FACTS.md fact, every name a gold file gives is written in its page (an organization by its name or
one of its aliases), a chair, speaker or witness is also an attendee (the corpus's convention), and the
loaders find the page date the gold's `source` line gives. A slip in a gold file fails here instead of
costing a measurement.
"""

from __future__ import annotations

import pytest

from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, pages, roles_without_attendance

NEWS = ROOT / "tests" / "corpus" / "news"
ARTICLES = pages(NEWS)


def _gold(article):
    return gold_of(NEWS, article)


def test_every_page_has_gold_and_both_parts_exist() -> None:
    check_parts(NEWS, ARTICLES, "nwD", "nwH")
    assert any(p.suffix == ".html" for p in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_facts_format_and_names_are_in_the_page(article) -> None:
    check_gold(_gold(article), page_text(article), one_event_a_day=True)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_chair_speaker_and_witness_also_attends(article) -> None:
    assert not roles_without_attendance(_gold(article))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_page_date_is_found_and_matches_the_source_line(article) -> None:
    assert read_article(article).date == _gold(article)[0]["date"]
