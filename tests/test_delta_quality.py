"""Floors for the delta corpus: Yangtze River Delta charity cooperation, written blind (tests/corpus/delta).

The ydD* pages are the development half, measured blind first at 0.934 (tests/corpus/delta/README.md); each floor
sits a little under that blind figure, so a rule change that lowers extraction on pages nobody tuned on fails here.
The held-out half ydH* has no floor yet: the coordinator measures it once, at the end.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

DELTA = ROOT / "tests" / "corpus" / "delta"

FLOORS = {"headline": 0.92, "person": 0.93, "organization": 0.94, "position": 0.90, "participation": 0.94}


def test_delta_development_pages_quality() -> None:
    assert_floors(corpus_report(DELTA, ("ydD",)), FLOORS)
