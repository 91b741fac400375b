"""The query library (queries/*.rq): each research question answered on the test corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.queries import library, resolve_query
from kg.store import open_store, run_query
from tests.conftest import MULTI

QUESTIONS = {
    "chair-rotation", "posts", "concurrent-posts", "co-participation", "events-per-organization",
    "documents-at-meetings", "evidence", "sub-units", "successors", "representatives",
}


def answer(build: Path, name: str, **bindings: str) -> list[dict[str, str]]:
    table = run_query(open_store(build), library()[name].text, bindings)
    return [dict(zip(table.columns, row)) for row in table.rows]


def test_every_query_states_its_question_in_chinese_and_english() -> None:
    queries = library()
    assert QUESTIONS <= set(queries)
    for query in queries.values():
        lines = query.text.splitlines()
        assert lines[0].startswith("# 问题：") and lines[1].startswith("# Question: "), query.name
        assert query.question_zh.endswith("？") and len(query.question_en) > 20


def test_library_queries_declare_their_prefixes(multi_build) -> None:
    """Each runs unchanged on any SPARQL endpoint: no predeclared prefix is needed."""
    store = open_store(multi_build[0])
    for query in library().values():
        store.query(query.text)  # raises SyntaxError on an undeclared prefix


def test_chair_rotation_in_order_with_people_and_handovers(multi_build) -> None:
    rows = answer(multi_build[0], "chair-rotation")
    gold = json.loads((MULTI / "chair_rotation.json").read_text(encoding="utf-8"))
    chairs = sorted({(r["year"], r["organization"], r["person"]) for r in rows})
    assert chairs == [(t["year"], t["organization"], t["person"]) for t in gold]  # one chair person per term
    assert {r["network"] for r in rows} == {"湘鄂赣豫慈善协作联席会议"}
    handovers = {(r["year"], r["handoverDate"]) for r in rows}
    assert ("2022", "2022-05-20") in handovers and ("2023", "2023-04-20") in handovers
    assert all("交接" in r["handover"] or "授旗" in r["handover"] for r in rows if r["handover"])


def test_posts_with_their_dates(multi_build) -> None:
    rows = answer(multi_build[0], "posts", year="all")
    posts = {(r["person"], r["role"], r["organization"]) for r in rows}
    assert ("柳文涛", "秘书长", "湖北省慈善总会") in posts and ("柳文涛", "会长", "湖北省慈善总会") in posts
    assert {r["organization"] for r in rows if r["person"] == "王伟"} == {"河南省慈善总会", "湖南湘江建材集团有限公司"}
    current = [r for r in rows if r["status"] == "current"]
    assert current and all(r["firstAttested"] <= r["lastAttested"] for r in current)
    assert {r["status"] for r in rows} <= {"current", "former"}
    assert len({(r["person"], r["role"], r["organization"]) for r in rows}) == len(rows)  # one row per post: no doubled labels


def test_posts_of_one_year_by_default_the_latest(multi_build) -> None:
    """A year's posts: stated as current in an article of that year, or spanning it; unbound, the latest year."""
    every = answer(multi_build[0], "posts", year="all")
    latest = max(r["lastAttested"][:4] for r in every if r["lastAttested"])
    for year in ("2021", "2022", "2023", "2024"):
        page = answer(multi_build[0], "posts", year=year)
        expected = [r for r in every if r["firstAttested"] and r["firstAttested"][:4] <= year <= r["lastAttested"][:4]]
        assert page == expected and page, year
    assert answer(multi_build[0], "posts") == answer(multi_build[0], "posts", year=latest)
    assert list(answer(multi_build[0], "posts")[0]) == ["person", "role", "organization", "status", "since", "until", "firstAttested", "lastAttested"]


TENURE = """
@prefix ck: <https://w3id.org/charity-kg/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<p1> org:member <a> ; org:role <r> ; org:organization <o> ; ck:status "current" ; ck:firstAttested "2023-01-02"^^xsd:date ;
     ck:lastAttested "2024-02-03"^^xsd:date ; ck:attestedYear "2023"^^xsd:gYear , "2024"^^xsd:gYear ; org:memberDuring <p1i> .
<p1i> time:hasBeginning <p1b> . <p1b> time:inXSDgYearMonth "2020-03"^^xsd:gYearMonth .
<p2> org:member <b> ; org:role <r> ; org:organization <o> ; ck:status "current" ; ck:firstAttested "2024-01-02"^^xsd:date ;
     ck:lastAttested "2024-02-03"^^xsd:date ; ck:attestedYear "2024"^^xsd:gYear ; org:memberDuring <p2i> .
<p2i> time:hasEnd <p2e> . <p2e> time:inXSDDate "2025-03-01"^^xsd:date .
<p3> org:member <b> ; org:role <r> ; org:organization <o2> ; ck:status "former" .
<a> rdfs:label "张三"@zh-Hans . <b> rdfs:label "李四"@zh-Hans . <r> rdfs:label "会长"@zh-Hans .
<o> rdfs:label "某市慈善总会"@zh-Hans . <o2> rdfs:label "某省慈善总会"@zh-Hans .
"""


def test_posts_give_the_tenure_a_text_states() -> None:
    """since/until where the graph has an org:memberDuring interval (no test corpus states one), at any precision;
    a former post with no attestation only on the year=all page."""
    store = pyoxigraph.Store()
    store.load(TENURE.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE, base_iri="https://example.org/")
    posts = library()["posts"].text
    assert run_query(store, posts).rows == [
        ["张三", "会长", "某市慈善总会", "current", "2020-03", "", "2023-01-02", "2024-02-03"],
        ["李四", "会长", "某市慈善总会", "current", "", "2025-03-01", "2024-01-02", "2024-02-03"]]
    assert run_query(store, posts, {"year": "2023"}).rows == [["张三", "会长", "某市慈善总会", "current", "2020-03", "", "2023-01-02", "2024-02-03"]]
    assert run_query(store, posts, {"year": "all"}).rows[-1] == ["李四", "会长", "某省慈善总会", "former", "", "", "", ""]


def test_people_with_posts_in_several_organizations(dev_store, multi_build) -> None:
    rows = answer(dev_store, "concurrent-posts")
    assert rows and all(int(r["organizations"]) >= 2 for r in rows)
    by_person = {r["person"]: r["posts"] for r in rows}
    assert "欧阳靖" in by_person and "福建省慈善总会" in by_person["欧阳靖"] and "福建海晟集团有限公司" in by_person["欧阳靖"]
    assert "沈宏达" not in by_person  # a former post and a sub-unit post: not two organizations at once
    assert answer(multi_build[0], "concurrent-posts") == []  # the two 王伟 are two people


def test_organizations_that_met(multi_build) -> None:
    rows = answer(multi_build[0], "co-participation")
    weights = {(r["year"], r["organization1"], r["organization2"]): int(r["sharedEvents"]) for r in rows}
    assert weights[("2021", "湖北省慈善总会", "湖南省慈善总会")] == 2
    assert all(a < b for _, a, b in weights)
    assert {year for year, _, _ in weights} == {"2021", "2022", "2023", "2024"}


def test_events_per_organization_and_year(multi_build) -> None:
    rows = answer(multi_build[0], "events-per-organization")
    counts = {(r["organization"], r["year"]): int(r["events"]) for r in rows}
    assert counts[("武汉市慈善基金会", "2021")] == 2
    assert all(n >= 1 for n in counts.values())


def test_documents_presented_at_meetings(multi_build) -> None:
    rows = answer(multi_build[0], "documents-at-meetings")
    assert {"date": "2021-04-16", "meeting": "湘鄂赣豫慈善协作联席会议成立大会",
            "document": "凝心聚力协作共进开创湘鄂赣豫慈善事业新局面", "presenter": "郑启明"} in rows
    assert all(r["date"] for r in rows)


def test_evidence_for_one_fact(multi_build) -> None:
    fact = "https://w3id.org/charity-kg/id/chairterm/湘鄂赣豫慈善协作联席会议-2021"
    rows = answer(multi_build[0], "evidence", fact=fact)
    assert rows and {r["fact"] for r in rows} == {fact}
    assert any(r["article"].endswith("/m01-2021-founding-wuhan") for r in rows)
    for r in rows:
        assert "轮值主席" in r["sentence"] and int(r["start"]) < int(r["end"]) and 0 < float(r["confidence"]) <= 1


def test_sub_units(multi_build) -> None:
    rows = answer(multi_build[0], "sub-units")
    assert [(r["organization"], r["subUnit"]) for r in rows] == [
        ("武汉市慈善基金会", "武汉市慈善基金会江岸区代表处"),
        ("湖南省慈善总会", "湖南省慈善总会教育助学专业委员会"),
    ]


def test_successors_in_a_post(multi_build) -> None:
    rows = answer(multi_build[0], "successors")
    chain = {(r["organization"], r["role"], r["predecessor"], r["successor"]) for r in rows}
    assert ("湖北省慈善总会", "会长", "郑启明", "柳文涛") in chain
    assert ("河南省慈善总会", "秘书长", "张卫东", "李婧") in chain


def test_who_represented_which_organization(multi_build) -> None:
    row = {"date": "2021-04-16", "event": "湘鄂赣豫慈善协作联席会议成立大会", "person": "何家栋",
           "organization": "华中师范大学公益慈善研究院", "role": "speaker"}
    every = answer(multi_build[0], "representatives", year="all")
    assert row in every and row in answer(multi_build[0], "representatives", year="2021")
    years = sorted({r["date"][:4] for r in every})
    assert len(years) > 1
    for year in years:  # the year pages, in order, are the whole answer
        assert answer(multi_build[0], "representatives", year=year) == [r for r in every if r["date"].startswith(year)]
    assert answer(multi_build[0], "representatives") == answer(multi_build[0], "representatives", year=years[-1])


def test_cli_lists_and_runs_library_queries(multi_build) -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["query", "--list"])
    assert listing.exit_code == 0
    for name in QUESTIONS:
        assert f"{name}\n" in listing.output
    assert "轮值主席" in listing.output and "rotating chair" in listing.output
    result = runner.invoke(main, ["query", "sub-units", "--data", str(multi_build[0]), "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines()[0] == "organization,subUnit"
    bound = runner.invoke(main, ["query", "evidence", "--data", str(multi_build[0]), "--format", "json",
                                 "--bind", "fact=https://w3id.org/charity-kg/id/chairterm/湘鄂赣豫慈善协作联席会议-2021"])
    bindings = json.loads(bound.output)["results"]["bindings"]
    assert bindings and bindings[0]["confidence"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"


def test_unknown_library_name_is_a_clear_error() -> None:
    with pytest.raises(QueryError, match="query --list"):
        resolve_query("chair-rotations")
    result = CliRunner().invoke(main, ["query", "no-such-query"])
    assert result.exit_code == 1 and "no library query" in result.output


def test_library_is_installed_with_the_package() -> None:
    """The .rq files ship as package data (kg.queries), so an installed charity-kg has them."""
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"kg.queries" = "queries"' in pyproject and '"kg.queries" = ["*.rq"]' in pyproject
    assert pyoxigraph  # the store engine the library runs on
