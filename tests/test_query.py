"""SPARQL over the built graph through pyoxigraph, as researchers run it."""

from __future__ import annotations

import json
from pathlib import Path

import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg.build import BuildReport
from kg.cli import main
from kg.errors import QueryError
from kg.namespaces import CK
from kg.store import open_store, query_text, run_query

WHO_CHAIRED = """
SELECT DISTINCT ?name WHERE {
  ?p a ck:Participation ; ck:participationRole ck:Chair ; ck:participant ?who ; ck:inEvent ?event .
  ?event ck:date "2024-05-08"^^xsd:date ; rdfs:label ?eventName .
  FILTER(CONTAINS(?eventName, "联席会议"))
  ?who rdfs:label ?name .
}"""

ROTATION = """
SELECT ?year ?org WHERE {
  ?term a ck:ChairTerm ; ck:termYear ?year ; ck:chairOrganization/rdfs:label ?org .
} ORDER BY ?year"""


def test_who_chaired_the_2024_joint_meeting(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    table = run_query(open_store(out), WHO_CHAIRED)
    assert table.rows == [["钟燕群"]]


def test_rotation_in_order(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    table = run_query(open_store(out), ROTATION)
    assert table.rows == [["2023", "安徽省慈善总会"], ["2024", "上海市慈善基金会"]]


def test_named_graph_per_article_holds_its_evidence(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    sparql = """SELECT ?g ?sentence WHERE { GRAPH ?g { ?pos ck:evidence/ck:inSentence/ck:sentence ?sentence ; org:member ?person }
               ?pos a ck:Position . ?person rdfs:label "肖堃涛"@zh-Hans }"""
    table = run_query(open_store(out), sparql)
    assert table.rows and all(g.endswith("/article/seed-2024-yrd-joint-meeting") for g, _ in table.rows)
    assert all("肖堃涛" in sentence for _, sentence in table.rows)
    # Types and names, which every article mentioning an entity would repeat, are stated once, in the entity graph.
    where = run_query(open_store(out), """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?person rdfs:label "肖堃涛"@zh-Hans ; a ck:Person } }""")
    assert where.rows == [["https://w3id.org/charity-kg/id/graph/entities"]]


def test_cli_query_formats(seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    out, _ = seed_build
    runner = CliRunner()
    table = runner.invoke(main, ["query", WHO_CHAIRED, "--data", str(out)])
    assert table.exit_code == 0 and "钟燕群" in table.output
    as_json = runner.invoke(main, ["query", WHO_CHAIRED, "--data", str(out), "--format", "json"])
    answer = json.loads(as_json.output)  # SPARQL 1.1 Query Results JSON, languages and datatypes kept
    assert answer["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in answer["results"]["bindings"]] == ["钟燕群"]
    assert answer["results"]["bindings"][0]["name"]["xml:lang"].startswith("zh")
    years = runner.invoke(main, ["query", ROTATION, "--data", str(out), "--format", "json"])
    assert {b["year"]["datatype"] for b in json.loads(years.output)["results"]["bindings"]} == {"http://www.w3.org/2001/XMLSchema#gYear"}
    query_file = tmp_path / "who.rq"
    query_file.write_text(WHO_CHAIRED, encoding="utf-8")
    as_csv = runner.invoke(main, ["query", str(query_file), "--data", str(out), "--format", "csv"])
    assert as_csv.output.splitlines() == ["name", "钟燕群"]


def test_malformed_query_is_a_clear_error(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    with pytest.raises(QueryError, match="malformed"):
        run_query(open_store(out), "SELECT WHERE {")
    result = CliRunner().invoke(main, ["query", "SELECT WHERE {", "--data", str(out)])
    assert result.exit_code == 1 and "error:" in result.output and "Traceback" not in result.output


def test_missing_build_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="charity-kg build"):
        open_store(tmp_path)


def test_query_file_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such query file"):
        query_text(str(tmp_path / "nope.rq"))


CONSTRUCT_TERMS = "CONSTRUCT { ?t ck:termYear ?y ; rdfs:label ?l } WHERE { ?t a ck:ChairTerm ; ck:termYear ?y ; rdfs:label ?l }"


def test_construct_prints_turtle(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    result = CliRunner().invoke(main, ["query", CONSTRUCT_TERMS, "--data", str(out)])
    assert result.exit_code == 0 and result.output.startswith("@prefix ")
    graph = Graph().parse(data=result.output, format="turtle")
    assert sorted(str(y) for y in graph.objects(None, URIRef(CK + "termYear"))) == ["2023", "2024"]
    assert all(isinstance(o, Literal) and o.datatype == URIRef("http://www.w3.org/2001/XMLSchema#gYear") for o in graph.objects(None, URIRef(CK + "termYear")))
    as_jsonld = CliRunner().invoke(main, ["query", CONSTRUCT_TERMS, "--data", str(out), "--format", "json"])
    assert len(Graph().parse(data=as_jsonld.output, format="json-ld")) == len(graph)


def test_describe_prints_turtle(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    term = run_query(open_store(out), "SELECT ?t WHERE { ?t a ck:ChairTerm } ORDER BY ?t LIMIT 1").rows[0][0]
    result = CliRunner().invoke(main, ["query", f"DESCRIBE <{term}>", "--data", str(out)])
    assert result.exit_code == 0
    assert (URIRef(term), URIRef(CK + "termYear"), None) in Graph().parse(data=result.output, format="turtle")


def test_query_starts_without_the_build_pipeline(seed_build: tuple[Path, BuildReport]) -> None:
    """`charity-kg query` imports the store, not the extraction, resolution, rdflib or networkx."""
    out, _ = seed_build
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kg", "query", "ASK { ?s ?p ?o }", "--data", str(out)],
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.split() == ["ask", "----", "true"]
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "kg.store" in imported
    for heavy in ("kg.build", "kg.extract", "kg.resolve", "kg.rdf", "kg.exporters", "kg.server", "rdflib", "networkx", "pandas"):
        assert heavy not in imported, f"`charity-kg query` imported {heavy}"


def test_bind_fixes_a_variable_the_query_does_not_project(multi_build) -> None:
    """--bind reaches a parameter of the query (?year) that is no column of its answer; JSON leaves it out too."""
    from kg.store import open_store, query_output, run_query

    store = open_store(multi_build[0])
    query = ("PREFIX ck: <https://w3id.org/charity-kg/ontology#>\n"
             "SELECT ?date WHERE { ?e ck:date ?date . FILTER(COALESCE(STRSTARTS(STR(?date), ?year), true)) } ORDER BY ?date")
    every = run_query(store, query)
    some = run_query(store, query, {"year": "2021"})
    assert some.columns == ["date"] and some.rows and all(r[0].startswith("2021") for r in some.rows)
    assert len(some.rows) < len(every.rows)
    answer = json.loads(query_output(store, query, "json", {"year": "2021"}))
    assert answer["head"]["vars"] == ["date"] and all(set(b) == {"date"} for b in answer["results"]["bindings"])


def test_the_default_graph_is_the_union_with_each_triple_once(multi_build) -> None:
    """A fact several articles state is one answer: no triple is in two named graphs, so the union default
    graph `query` answers counts it once; its shared graph says which articles stated it."""
    store = open_store(multi_build[0])
    counts = run_query(store, "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT *) AS ?d) WHERE { ?s ?p ?o }").rows
    assert counts[0][0] == counts[0][1]
    assert int(counts[0][0]) == sum(1 for _ in store.quads_for_pattern(None, None, None, None))
    shared = run_query(store, """SELECT ?g (COUNT(DISTINCT ?article) AS ?n) WHERE {
        GRAPH ?g { ?s ?p ?o } GRAPH <https://w3id.org/charity-kg/id/graph/shared> { ?g prov:wasDerivedFrom ?article }
        ?article a ck:Article } GROUP BY ?g""").rows
    assert shared and all(int(n) >= 2 for _, n in shared)


def test_what_a_build_published_follows_shared_graphs_to_their_articles(multi_build) -> None:
    """published_in (which keeps IRIs on their people across builds) finds the articles of a node stated
    only in shared graphs (e.g. a post several articles give) through the shared graph's provenance."""
    from urllib.parse import unquote

    from kg.store import published_in

    out = multi_build[0]
    rows = run_query(open_store(out), """SELECT ?x (GROUP_CONCAT(DISTINCT STR(?article); separator=" ") AS ?articles) WHERE {
        GRAPH ?g { ?x ?p ?o } GRAPH <https://w3id.org/charity-kg/id/graph/shared> { ?g prov:wasDerivedFrom ?article }
        FILTER NOT EXISTS { GRAPH ?a { ?x ?p2 ?o2 } ?a a ck:Article }
        FILTER NOT EXISTS { GRAPH ?a { ?s2 ?p3 ?x } ?a a ck:Article } } GROUP BY ?x LIMIT 5""").rows
    assert rows, "the multi corpus has nodes stated only by several articles together"
    articles_of = published_in(out)
    for node, articles in rows:
        assert articles_of(node) == {unquote(a.rsplit("/article/", 1)[1]) for a in articles.split()}
