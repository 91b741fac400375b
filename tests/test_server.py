"""The SPARQL endpoint over a real build of the seed article, queried over real HTTP."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
import rdflib

from kg.build import build
from kg.errors import QueryError
from kg.server import EXAMPLE_QUERY as CHAIR_QUERY
from kg.server import make_server
from kg.store import open_store, run_query

ROOT = Path(__file__).resolve().parents[1]

CHAIR = "钟燕群"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("server") / "out"
    build([ROOT / "data" / "articles"], out)
    assert (out / "graph.nq").is_file()
    return out


def _start(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def _stop(server, thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    assert not thread.is_alive()


@pytest.fixture(scope="module")
def endpoint(built: Path):
    server = make_server(built, "127.0.0.1", 0)
    thread = _start(server)
    yield server.url
    _stop(server, thread)


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None):
    """(status, headers, body text) of a request; HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read().decode("utf-8")


def get_query(endpoint: str, query: str, accept: str | None = None, **params: str):
    headers = {"Accept": accept} if accept else {}
    return fetch(endpoint + "?" + urlencode({"query": query, **params}), headers=headers)


def json_names(body: str) -> list[str]:
    return [binding["name"]["value"] for binding in json.loads(body)["results"]["bindings"]]


def test_select_answers_in_sparql_json_by_default(endpoint: str) -> None:
    status, headers, body = get_query(endpoint, CHAIR_QUERY)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert json.loads(body)["head"]["vars"] == ["name"]
    assert json_names(body) == [CHAIR]


def test_select_answers_in_csv(endpoint: str) -> None:
    status, headers, body = get_query(endpoint, CHAIR_QUERY, accept="text/csv")
    assert status == 200
    assert headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body))) == [["name"], [CHAIR]]


def test_select_answers_in_xml_and_tsv(endpoint: str) -> None:
    status, headers, body = get_query(endpoint, CHAIR_QUERY, accept="application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    assert f'<literal xml:lang="zh">{CHAIR}</literal>' in body
    status, headers, body = get_query(endpoint, CHAIR_QUERY, format="tsv")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.splitlines() == ["?name", f'"{CHAIR}"@zh']


def test_accept_quality_values_are_honoured(endpoint: str) -> None:
    status, headers, _ = get_query(endpoint, CHAIR_QUERY, accept="application/sparql-results+json;q=0.5, text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")


def test_ask(endpoint: str) -> None:
    status, _, body = get_query(endpoint, 'ASK { ?person rdfs:label "钟燕群"@zh }')
    assert status == 200 and json.loads(body)["boolean"] is True


def test_answers_match_charity_kg_query(endpoint: str, built: Path) -> None:
    names = "SELECT ?name WHERE { ?p ck:participant ?person . ?person rdfs:label ?name } ORDER BY ?name"
    _, _, body = get_query(endpoint, names, accept="text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    expected = run_query(open_store(built), names)
    assert rows[0] == expected.columns and rows[1:] == expected.rows and len(rows) > 2


def test_post_form_query(endpoint: str) -> None:
    data = urlencode({"query": CHAIR_QUERY}).encode("utf-8")
    status, _, body = fetch(endpoint, data, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json_names(body) == [CHAIR]


def test_post_query_body(endpoint: str) -> None:
    headers = {"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    status, _, body = fetch(endpoint, CHAIR_QUERY.encode("utf-8"), headers)
    assert status == 200 and body.splitlines()[1] == CHAIR


def test_default_graph_uri_restricts_the_dataset(endpoint: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, body = get_query(endpoint, count)
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0
    status, _, body = get_query(endpoint, count, **{"default-graph-uri": "https://example.org/no-such-graph"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <https://example.org/a> <https://example.org/b> 'c' }",
        "PREFIX ex: <https://example.org/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_update_is_refused(endpoint: str, update: str) -> None:
    status, headers, body = get_query(endpoint, update)
    assert status == 403 and "read-only" in body
    assert headers["Content-Type"].startswith("text/plain")
    form = urlencode({"update": update}).encode("utf-8")
    assert fetch(endpoint, form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert fetch(endpoint, update.encode("utf-8"), {"Content-Type": "application/sparql-update"})[0] == 403
    # and the graph is untouched
    _, _, body = get_query(endpoint, CHAIR_QUERY)
    assert json_names(body) == [CHAIR]


def test_service_is_refused(endpoint: str) -> None:
    status, _, body = get_query(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body
    # the word inside a string or an IRI is not a SERVICE clause
    status, _, _ = get_query(endpoint, 'SELECT * WHERE { ?s <https://example.org/service> "SERVICE <x>" }')
    assert status == 200


def test_malformed_query_is_a_400_with_the_parser_message(endpoint: str) -> None:
    status, headers, body = get_query(endpoint, "SELECT ?x WHERE { ?x ")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert "malformed SPARQL query" in body and "error at 1:" in body


def test_missing_query_is_a_400(endpoint: str) -> None:
    status, _, body = fetch(endpoint)
    assert status == 400 and "query" in body


def test_unsupported_post_content_type_is_a_415(endpoint: str) -> None:
    assert fetch(endpoint, b"{}", {"Content-Type": "application/json"})[0] == 415


def test_construct_returns_turtle_that_rdflib_parses(endpoint: str) -> None:
    construct = "CONSTRUCT { ?person rdfs:label ?name } WHERE { ?p ck:participant ?person . ?person rdfs:label ?name }"
    status, headers, body = get_query(endpoint, construct)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert rdflib.Literal(CHAIR, lang="zh") in set(graph.objects(None, rdflib.RDFS.label))
    status, headers, body = get_query(endpoint, construct, accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=body, format="nt")) == len(graph)


def test_construct_falls_back_to_turtle_for_a_results_format(endpoint: str) -> None:
    status, headers, _ = get_query(endpoint, "CONSTRUCT WHERE { ?s rdfs:label ?o } LIMIT 3", accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_unknown_path_is_a_404(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    assert fetch(base + "/nothing-here")[0] == 404
    assert fetch(base + "/nothing-here", b"query=x", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 404


def test_write_methods_are_refused(endpoint: str) -> None:
    assert fetch(endpoint, b"x", {"Content-Type": "text/turtle"}, method="PUT")[0] == 405
    assert fetch(endpoint, method="DELETE")[0] == 405


def test_cors_preflight(endpoint: str) -> None:
    status, headers, _ = fetch(endpoint, method="OPTIONS", headers={"Origin": "https://example.org"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_home_page_has_a_form_and_escapes_the_echoed_query(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    status, headers, body = fetch(base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<form method="get" action="/sparql">' in body and "ck:participationRole ck:Chair" in body
    assert headers["Access-Control-Allow-Origin"] == "*"
    hostile = "</textarea><script>alert(1)</script>"
    _, _, body = fetch(base + "/?" + urlencode({"query": hostile}))
    assert "<script>" not in body
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_result_size_limit(built: Path) -> None:
    server = make_server(built, max_result_bytes=2000)
    thread = _start(server)
    try:
        status, _, body = get_query(server.url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 400 and "limit" in body
        assert get_query(server.url, CHAIR_QUERY)[0] == 200
    finally:
        _stop(server, thread)


def test_time_limit(built: Path) -> None:
    server = make_server(built, timeout=0.2, max_running=1)
    thread = _start(server)
    try:
        # a streaming cross product, far too big for 0.2 s; it is cancelled at its next write
        status, _, body = get_query(server.url, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")
        assert status == 503 and "limit" in body
        # the abandoned query frees its only slot, so the endpoint keeps answering
        status, _, body = get_query(server.url, CHAIR_QUERY)
        assert status == 200 and json_names(body) == [CHAIR]
    finally:
        _stop(server, thread)


def test_missing_build_folder_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="charity-kg build"):
        make_server(tmp_path / "nowhere")


def test_serve_command_answers_over_http(tmp_path: Path) -> None:
    """`charity-kg serve` as a user starts it: a real process on a real port."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.parse
    import urllib.request

    from kg.build import build

    out = tmp_path / "exports"
    build([Path(__file__).resolve().parents[1] / "data" / "articles"], out, curated=None, validate=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--data", str(out), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        query = urllib.parse.urlencode({"query": "ASK { ?p a ck:Participation }"})
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?{query}", timeout=5) as response:
                    assert json.loads(response.read())["boolean"] is True
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the endpoint never answered")
    finally:
        process.terminate()
        process.wait(timeout=10)
