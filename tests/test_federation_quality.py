"""Floors for the federation corpus: charity federations' own news pages, written blind (tests/corpus/federation).

The fdD* pages are the development half; each floor sits just under its blind-first figure of 2026-12-03
(headline 0.903, person 0.964, organization 0.874, position 0.896, participation 0.878; the corpus's README), so a
rule change that lowers extraction on this genre fails here. The held-out half fdH* is measured by the coordinator
once, at the end; it has no floor yet.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

FEDERATION = ROOT / "tests" / "corpus" / "federation"

FLOORS = {"headline": 0.89, "person": 0.95, "organization": 0.86, "position": 0.88, "participation": 0.86}


def test_federation_development_pages_quality() -> None:
    assert_floors(corpus_report(FEDERATION, ("fdD",)), FLOORS)
