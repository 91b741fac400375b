"""Every export reads back with the tool its users use (one test over the registry)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from kg.build import BuildReport
from kg.exporters import EXPORTERS
from kg.exporters.graphs import read_network


def _read(name: str, path: Path) -> int:
    """Parse the file and return how many items it holds."""
    if name in ("trig", "nquads", "jsonld"):
        dataset = Dataset()
        dataset.parse(path, format={"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[name])
        assert len(list(dataset.graphs())) >= 2, "named graphs per article must survive"
        return len(dataset)
    if name == "turtle":
        return len(Graph().parse(path, format="turtle"))
    if name == "gexf":
        return nx.read_gexf(path).number_of_nodes()
    if name == "graphml":
        return nx.read_graphml(path).number_of_nodes()
    if name in ("nodes-csv", "edges-csv"):
        return len(pd.read_csv(path, encoding="utf-8-sig"))
    if name == "network":
        return read_network(path.parent).number_of_edges()
    if name == "facts":
        return len(pd.read_json(path, lines=True, encoding="utf-8"))
    if name == "html":
        text = path.read_text(encoding="utf-8")
        assert "var KG_DATA = " in text and "data-state" in text
        return text.count("钟燕群") + text.count(json.dumps("钟燕群")[1:-1])
    if name == "store":
        store = pyoxigraph.Store.read_only(str(path))
        named = {q.graph_name for q in store.quads_for_pattern(None, None, None, None)} - {pyoxigraph.DefaultGraph()}
        assert len(named) >= 3, "the article graphs, the derived graph and the ontology graph"
        return len(store)
    raise AssertionError(f"no reader for exporter {name}: add one here")


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_export_reads_back(name: str, seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    assert _read(name, out / EXPORTERS[name].filename) > 0


def test_rdf_files_agree(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    trig = Dataset()
    trig.parse(out / "graph.trig", format="trig")
    nq = Dataset()
    nq.parse(out / "graph.nq", format="nquads")
    jsonld = Dataset()
    jsonld.parse(out / "graph.jsonld", format="json-ld")
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(trig) == len(nq) == len(jsonld)
    assert set(jsonld.quads()) == set(nq.quads())
    assert set(turtle) == {(s, p, o) for s, p, o, _ in nq.quads()}


def test_network_files_agree(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    gexf = nx.read_gexf(out / "graph.gexf")
    graphml = nx.read_graphml(out / "graph.graphml")
    nodes = pd.read_csv(out / "nodes.csv", encoding="utf-8-sig")
    edges = pd.read_csv(out / "edges.csv", encoding="utf-8-sig")
    assert gexf.number_of_nodes() == graphml.number_of_nodes() == len(nodes)
    assert graphml.number_of_edges() == len(edges)
    labels = dict(graphml.nodes(data="label"))
    assert "钟燕群" in labels.values() and "上海市慈善基金会" in labels.values()


def test_facts_table_matches_format(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    records = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    required = {
        "organization": {"name"}, "person": {"name"}, "position": {"person", "role", "organization"},
        "event": {"name", "date"}, "participation": {"event_date", "role"}, "chair_term": {"organization", "year", "network"},
        "document": {"title"}, "source": {"title", "date"},
    }
    for record in records:
        assert required[record["kind"]] <= set(record), record


def test_store_holds_the_nquads_and_their_union(seed_build: tuple[Path, BuildReport]) -> None:
    """The store's named graphs are graph.nq's quads plus the ontology graph, each triple in one graph; nothing is
    stored in the default graph: queries see the union of the named graphs as their default graph."""
    out, _ = seed_build
    store = pyoxigraph.Store.read_only(str(out / "store"))
    ontology = pyoxigraph.NamedNode("https://w3id.org/charity-kg/ontology")
    quads = list(store.quads_for_pattern(None, None, None, None))
    named = {q for q in quads if q.graph_name != ontology}
    with (out / "graph.nq").open("rb") as source:
        assert named == set(pyoxigraph.parse(source, format=pyoxigraph.RdfFormat.N_QUADS))
    assert not any(q.graph_name == pyoxigraph.DefaultGraph() for q in quads)
    everything = {pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads}
    assert len(everything) == len(quads), "no triple in two graphs"
    union = {pyoxigraph.Triple(s["s"], s["p"], s["o"]) for s in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True)}
    assert union == everything
