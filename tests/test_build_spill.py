"""What a build keeps on disk instead of in memory gives what the in-memory library gives: the network merged
from its parts on disk (kg.network.network_from_parts) and the derived statements written as derive finds them
(kg.rdf.DerivedLines) against build_network and derived_nquads over a Derived held whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.derive import Deriver, derive
from kg.extract import extract_article
from kg.loaders import load_articles
from kg.exporters.base import Bundle
from kg.exporters.graphs import gexf_text, graph_tables, graphml_text, network_json_blocks, write_edges_csv, write_nodes_csv
from kg.exporters.html import view_data
from kg.layout import layout, layout_positions, neighbours, numbered_links
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
    assert sorted(graph.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def _files_text(network: object, limit: int) -> dict[str, object]:
    """Every network file's text and the views page's data, from network (NetworkFiles or a NetworkX graph)."""
    positions = layout(network)
    tables = graph_tables(network, positions)
    nodes, edges = io.StringIO(), io.StringIO()
    write_nodes_csv(tables, nodes)
    write_edges_csv(tables, edges)
    bundle = Bundle(None, None, network, derived={"layout": positions})  # type: ignore[arg-type]
    return {"positions": positions, "gexf": gexf_text(tables), "graphml": graphml_text(tables), "nodes": nodes.getvalue(),
            "edges": edges.getvalue(), "json": "".join(network_json_blocks(network)), "view": view_data(bundle, limit)}


@pytest.mark.parametrize("limit", [20_000, 40])  # the whole page, and one capped at 40 nodes
def test_the_network_files_streamed_from_disk_equal_those_of_the_graph_held_whole(walked: tuple[list, object], tmp_path: Path, limit: int) -> None:
    outputs, resolution = walked
    derived = derive(outputs, resolution)
    for name, index in (("nodes", 0), ("edges", 1)):
        (tmp_path / f"{name}.txt").write_text("".join(part_lines(output)[index] for output in outputs), encoding="utf-8")
        sort_lines(tmp_path / f"{name}.txt", tmp_path / f"{name}.sorted", tmp_path)
    files = network_from_parts(tmp_path / "nodes.sorted", tmp_path / "edges.sorted", derived)
    streamed = _files_text(files, limit)
    assert files._graph is None  # streamed: never loaded as one NetworkX graph
    whole = _files_text(build_network(outputs, derived), limit)
    assert streamed == whole
    assert streamed["gexf"].count("<edge ") > 50 and len(streamed["view"]["nodes"]["id"]) == min(limit, files.number_of_nodes())


def test_the_network_files_read_by_node_number_equal_those_read_by_iri(walked: tuple[list, object], tmp_path: Path) -> None:
    """A build's network numbered on disk (NetworkFiles.numbered_ends: no node's IRI held) gives the pairs of
    neighbours the IRIs held give, and the layout read by node number (Positions) gives the files and the views page
    the layout by IRI gives, capped or not."""
    outputs, resolution = walked
    derived = derive(outputs, resolution)
    for name, index in (("nodes", 0), ("edges", 1)):
        (tmp_path / f"{name}.txt").write_text("".join(part_lines(output)[index] for output in outputs), encoding="utf-8")
        sort_lines(tmp_path / f"{name}.txt", tmp_path / f"{name}.sorted", tmp_path)
    files = network_from_parts(tmp_path / "nodes.sorted", tmp_path / "edges.sorted", derived)
    nodes, links = neighbours(files)
    count, codes = numbered_links(files)
    assert (count, list(codes)) == (len(nodes), sorted(links)) and len(codes) > 50
    by_number, by_iri = layout_positions(files), layout(files)
    assert {node: by_number.at(number) for number, node in enumerate(nodes)} == by_iri
    assert gexf_text(graph_tables(files, by_number)) == gexf_text(graph_tables(files, by_iri))
    for limit in (20_000, 40):
        assert view_data(Bundle(None, None, files, derived={"layout": by_number}), limit) == view_data(Bundle(None, None, files, derived={"layout": by_iri}), limit)  # type: ignore[arg-type]
    assert files._graph is None


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


def test_the_evidence_and_network_files_are_removed_once_their_last_reader_is_done(tmp_path: Path) -> None:
    """The build process removes its evidence index and network files once the exports that read them are written:
    kept to the build's end, they sat on disk beside the store's load. The exports are written all the same."""
    from kg.build import _write_exports, make_bundle
    from kg.exporters.base import EvidenceIndex
    from kg.network import NetworkFiles

    bundle = make_bundle([extract_article(article) for article in load_articles([MULTI / "articles"]).articles])
    assert isinstance(bundle.evidence, EvidenceIndex) and isinstance(bundle.network, NetworkFiles)
    held = [bundle.evidence.path, bundle.network.nodes_path, bundle.network.edges_path]
    bundle.evidence.settle()
    assert all(path.is_file() for path in held)
    written, _ = _write_exports(bundle, tmp_path / "out", ["html", "facts", "network", "nodes-csv", "edges-csv"])
    assert not any(path.exists() for path in held)
    assert [path.name for path in written] == ["edges.csv", "facts.jsonl", "index.html", "network.json", "nodes.csv"]
    assert all(path.stat().st_size > 1000 for path in written)


def test_derive_on_disk_and_a_small_basis_memory_give_the_same_statements(walked: tuple[list, object], tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The deriver's rows in a file (a build's kg.derive.DERIVE_FILE) and a DerivedLines that forgets the bases it
    wrote (KEPT_GRAPHS) give the statements of a Derived held whole; the file is removed on close."""
    import kg.rdf
    from kg.derive import DERIVE_FILE

    outputs, resolution = walked
    (tmp_path / "whole").mkdir()
    (tmp_path / "streamed").mkdir()
    whole = list(derived_nquads(derive(outputs, resolution), tmp_path / "whole"))
    monkeypatch.setattr(kg.rdf, "KEPT_GRAPHS", 3)
    deriver = Deriver(tmp_path)
    deriver.BATCH = 7  # rows written in several batches
    for output in outputs:
        deriver.add(output)
    lines = DerivedLines(tmp_path / "streamed")
    deriver.result(resolution, lines)
    assert (tmp_path / DERIVE_FILE).is_file()
    deriver.close()
    assert not (tmp_path / DERIVE_FILE).exists()
    streamed = list(lines.graphs())
    assert [graph for graph, _, _ in streamed] == [graph for graph, _, _ in whole]
    assert streamed == whole
