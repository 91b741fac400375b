"""What a build keeps on disk instead of in memory gives what the in-memory library gives: the network merged
from its parts on disk (kg.network.network_from_parts) and the derived statements written as derive finds them
(kg.rdf.DerivedLines) against build_network and derived_nquads over a Derived held whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.derive import Deriver, derive
from kg.extract import extract_article
from kg.loaders import load_articles
from kg.network import build_network, network_from_parts, part_lines
from kg.quads import sort_lines
from kg.rdf import DerivedLines, article_output, derived_nquads
from kg.resolve import resolve
from tests.conftest import MULTI


@pytest.fixture(scope="module")
def walked() -> tuple[list, object]:
    corpus = [extract_article(article) for article in load_articles([MULTI / "articles"]).articles]
    resolution = resolve(corpus)
    return [article_output(item, resolution, {}) for item in corpus], resolution


def test_network_from_parts_on_disk_equals_the_builders(walked: tuple[list, object], tmp_path: Path) -> None:
    outputs, resolution = walked
    derived = derive(outputs, resolution)
    assert derived.successors and derived.next_terms  # the derived edges are exercised
    expected = build_network(outputs, derived)
    files = {}
    for name, index in (("nodes", 0), ("edges", 1)):
        raw = tmp_path / f"{name}.txt"
        # reversed: the merge must not depend on the order the articles' parts arrive in
        raw.write_text("".join(part_lines(output)[index] for output in reversed(outputs)), encoding="utf-8")
        files[name] = tmp_path / f"{name}.sorted"
        sort_lines(raw, files[name], tmp_path)
    graph = network_from_parts(files["nodes"], files["edges"], derived)
    assert graph.number_of_edges() > 50
    assert list(graph.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


def test_derived_statements_streamed_equal_those_of_a_derived_held_whole(walked: tuple[list, object], tmp_path: Path) -> None:
    outputs, resolution = walked
    (tmp_path / "whole").mkdir()
    (tmp_path / "streamed").mkdir()
    whole = list(derived_nquads(derive(outputs, resolution), tmp_path / "whole"))
    deriver = Deriver()
    for output in outputs:
        deriver.add(output)
    lines = DerivedLines(tmp_path / "streamed")
    kept = deriver.result(resolution, lines)
    assert list(lines.graphs()) == whole
    assert sum(count for _, _, count in whole) > 100
    assert not kept.sources and not kept.took_part_in  # the build holds only what the network reads
    assert kept.successors and kept.next_terms
