"""Floors for the reports corpus: the genre's longer forms, written blind (tests/corpus/reports).

The rpD* pages are the development half (blind first 0.743, tests/corpus/reports/README.md); rpH* were read once at
the end of 2026-12-03 (0.877 blind: the session's start code gave 0.813). Each floor sits a little under the figure
measured then (rpD headline 0.867, person 0.899, organization 0.914, position 0.753, participation 0.893; rpH
headline 0.877, person 0.952, organization 0.950, position 0.854, participation 0.805), so a regression fails.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

REPORTS = ROOT / "tests" / "corpus" / "reports"

FLOORS = {"headline": 0.85, "person": 0.88, "organization": 0.90, "position": 0.74, "participation": 0.88}
HELD_OUT = {"headline": 0.86, "person": 0.94, "organization": 0.94, "position": 0.84, "participation": 0.79}


def test_reports_development_pages_quality() -> None:
    assert_floors(corpus_report(REPORTS, ("rpD",)), FLOORS)


def test_reports_held_out_pages_quality() -> None:
    assert_floors(corpus_report(REPORTS, ("rpH",)), HELD_OUT)
