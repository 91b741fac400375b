"""Floors for the wire corpus: regional and provincial reporting written blind (tests/corpus/wire).

The wrD* pages are the development half; wrH* are kept unread until one final measurement, so they have no floor
here. Each floor sits just under the figure measured after the work on wrD, so a regression fails.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

WIRE = ROOT / "tests" / "corpus" / "wire"

# blind first reading of wrD: headline 0.889, chair_term 0.667, event 0.436 (tests/corpus/wire/README.md)
FLOORS = {"headline": 0.98, "person": 0.99, "organization": 0.96, "position": 0.99, "participation": 0.97,
          "chair_term": 0.99, "event": 0.89}


def test_wire_development_pages_quality() -> None:
    assert_floors(corpus_report(WIRE, ("wrD",)), FLOORS)
