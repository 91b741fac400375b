"""The built graph conforms to ontology/shapes.ttl, and violations name their article and sentence."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import Literal

from kg.build import BuildReport, make_bundle
from kg.cli import main
from kg.extract import extract_article
from kg.loaders import read_article
from kg.validate import validate_dataset, validate_folder
from kg.vocab import vocabulary
from tests.conftest import SEED_ARTICLES


def test_seed_graph_conforms(seed_build: tuple[Path, BuildReport]) -> None:
    out, report = seed_build
    assert report.violations == []
    assert validate_folder(out) == []
    result = CliRunner().invoke(main, ["validate", "--data", str(out)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_violation_reports_article_and_sentence() -> None:
    item = extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))
    bundle = make_bundle([item])
    ck = vocabulary().term
    position = next(bundle.dataset.subjects(ck("status"), Literal("current")))
    graph = next(g for g in bundle.dataset.graphs() if (position, None, None) in g)
    graph.set((position, ck("status"), Literal("retired")))
    violations = validate_dataset(bundle.dataset)
    assert len(violations) == 1
    assert violations[0].article.endswith("seed-2024-yrd-joint-meeting")
    assert violations[0].sentence and "current or former" in violations[0].message
