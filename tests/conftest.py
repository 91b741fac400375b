"""Shared fixtures: real builds of the bundled corpus, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import BuildReport, build

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = ROOT / "data" / "articles"
SEED_GOLD = ROOT / "data" / "gold"
DEV = ROOT / "tests" / "corpus" / "dev"
MULTI = ROOT / "tests" / "corpus" / "multi"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """The bundled corpus built into a fresh folder, as `charity-kg build` does."""
    out = tmp_path_factory.mktemp("seed") / "exports"
    report = build([SEED_ARTICLES], out)
    return out, report


@pytest.fixture(scope="session")
def multi_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """tests/corpus/multi (12 articles, 2021-2024: a chair rotation, two homonyms) built with every export."""
    out = tmp_path_factory.mktemp("multi") / "out"
    return out, build([MULTI / "articles"], out, curated=None)


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/corpus/dev (32 articles) built into a store only."""
    out = tmp_path_factory.mktemp("dev") / "out"
    build([DEV / "articles"], out, formats=["store"], curated=None)
    return out


def export_bytes(path: Path) -> bytes:
    """An export's bytes; for the store folder (RocksDB's files differ run to run) its quads, sorted."""
    if path.is_dir():
        import pyoxigraph

        return "\n".join(sorted(str(q) for q in pyoxigraph.Store.read_only(str(path)))).encode("utf-8")
    return path.read_bytes()
