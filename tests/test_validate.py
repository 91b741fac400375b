"""The built graph conforms to ontology/shapes.ttl, and violations name their article and sentence."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.build import BuildReport, make_bundle
from kg.cli import main
from kg.extract import extract_article
from kg.loaders import read_article
from kg.validate import validate_folder, validate_graph
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
    graph = Graph().parse(bundle.quads.union_path(), format="nt")
    position = next(graph.subjects(ck("status"), Literal("current")))
    graph.set((position, ck("status"), Literal("retired")))
    violations = validate_graph(graph)
    assert len(violations) == 1
    assert violations[0].article.endswith("seed-2024-yrd-joint-meeting")
    assert violations[0].sentence and "current or former" in violations[0].message
