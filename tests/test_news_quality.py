"""Floors for the news corpus: a second blind corpus of the genre (tests/corpus/news).

The nwD* pages are the development half; nwH* are kept unread until one final measurement, so they have no
floor here. Each floor sits just under the figure measured after the work on nwD, so a regression fails.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

NEWS = ROOT / "tests" / "corpus" / "news"

# blind first reading of nwD: headline 0.755 (tests/corpus/news/README.md)
FLOORS = {"headline": 0.97, "person": 0.98, "organization": 0.95, "position": 0.98, "participation": 0.98, "event": 0.95}


def test_news_development_pages_quality() -> None:
    assert_floors(corpus_report(NEWS, ("nwD",)), FLOORS)
