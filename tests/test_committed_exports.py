"""The exports/ folder in the repository is what `charity-kg build` makes of data/ today, byte for byte.

README's first command rebuilds exports/ on a fresh machine; a change to the model or the rules that
forgets to rebuild it would leave users a diff in files they never touched (and readers of the committed
files a stale graph).
"""

from __future__ import annotations

from pathlib import Path

from kg.build import BuildReport
from tests.conftest import ROOT

COMMITTED = ROOT / "exports"


def test_committed_exports_equal_a_fresh_build_of_data(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    committed = sorted(p.name for p in COMMITTED.iterdir() if p.is_file())
    built = sorted(p.name for p in out.iterdir() if p.is_file())
    assert committed == built
    stale = [name for name in committed if (COMMITTED / name).read_bytes() != (out / name).read_bytes()]
    assert not stale, f"exports/ is stale, rebuild it with `charity-kg build`: {stale}"
