"""SPARQL over the built graph through pyoxigraph, as researchers run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildReport
from kg.cli import main
from kg.errors import QueryError
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
    sparql = """SELECT ?g ?sentence WHERE { GRAPH ?g { ?pos a ck:Position ; ck:evidence/ck:sentence ?sentence ;
               org:member/rdfs:label "肖堃涛"@zh } }"""
    table = run_query(open_store(out), sparql)
    assert table.rows and all(g.endswith("/article/seed-2024-yrd-joint-meeting") for g, _ in table.rows)
    assert all("肖堃涛" in sentence for _, sentence in table.rows)


def test_cli_query_formats(seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    out, _ = seed_build
    runner = CliRunner()
    table = runner.invoke(main, ["query", WHO_CHAIRED, "--data", str(out)])
    assert table.exit_code == 0 and "钟燕群" in table.output
    as_json = runner.invoke(main, ["query", WHO_CHAIRED, "--data", str(out), "--format", "json"])
    assert json.loads(as_json.output) == [{"name": "钟燕群"}]
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
