"""Floors for the media corpus: local and regional media on charity federations, written blind (tests/corpus/media).

The mdD* pages are the development half (blind first 0.867 on 2026-12-03, tests/corpus/media/README.md: person
0.922, organization 0.889, position 0.865, participation 0.800). Each floor sits just under that blind figure, so a
rule change that lowers the genre's first reading fails here while the helpers still at work have room to lift it.
The held-out half mdH* is not measured here: the coordinator reads it once, at the end.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.quality import assert_floors, corpus_report

MEDIA = ROOT / "tests" / "corpus" / "media"

FLOORS = {"headline": 0.85, "person": 0.90, "organization": 0.87, "position": 0.85, "participation": 0.78}


def test_media_development_pages_quality() -> None:
    assert_floors(corpus_report(MEDIA, ("mdD",)), FLOORS)
