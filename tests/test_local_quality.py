"""Floors for the local corpus: city, district, county and town pages written blind (tests/corpus/local).

The lcD* pages are the development half; lcH* are kept unread until one final measurement, so they have no floor
here. Each floor sits just under the figure measured after the work on lcD, so a regression fails.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

LOCAL = ROOT / "tests" / "corpus" / "local"

# blind first reading of lcD: headline 0.825, participation 0.830, event 0.947 (tests/corpus/local/README.md)
FLOORS = {"headline": 0.95, "person": 0.98, "organization": 0.87, "position": 0.94, "participation": 0.99, "event": 0.99}


def test_local_development_pages_quality() -> None:
    assert_floors(corpus_report(LOCAL, ("lcD",)), FLOORS)
