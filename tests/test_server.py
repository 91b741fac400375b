"""`charity-kg serve`: Oxigraph's server as a real process over the seed build, queried over real HTTP."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from rdflib import Graph, Literal
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.server import PID_FILE, ServerError, running, start_server, stop_recorded
from kg.store import open_store, run_query

PREFIXES = "PREFIX ck: <https://w3id.org/charity-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
CHAIR_QUERY = PREFIXES + """SELECT DISTINCT ?name WHERE {
  ?p ck:participationRole ck:Chair ; ck:inEvent ?event ; ck:participant/rdfs:label ?name .
  ?event ck:date "2024-05-08"^^<http://www.w3.org/2001/XMLSchema#date> .
}"""
CHAIR = "钟燕群"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30.0) -> None:
    """Until a server process listens on the port (or it exits)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited at start"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def start(data: Path, timeout: float = 30.0):
    """A server on a free port (another test process may take the port between probe and bind: retry)."""
    for attempt in range(5):
        try:
            return start_server(data, "127.0.0.1", free_port(), timeout)
        except ServerError:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def copy_of(build: Path, folder: Path) -> Path:
    """A copy of a build folder, so the server's PID and log files stay out of the shared seed build."""
    subprocess.run(["cp", "-r", str(build), str(folder)], check=True)
    return folder


@pytest.fixture(scope="module")
def served(seed_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of(seed_build[0], tmp_path_factory.mktemp("served") / "exports")


@pytest.fixture(scope="module")
def server(served: Path):
    running_server = start(served, timeout=2)
    yield running_server
    running_server.stop()
    assert running_server.process.poll() is not None


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None):
    """(status, headers, body text) of a request; HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read().decode("utf-8")


def get_query(url: str, query: str, accept: str = "application/sparql-results+json"):
    return fetch(url + "?" + urlencode({"query": query}), headers={"Accept": accept})


def names(body: str) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_pid_is_recorded_while_it_runs(server, served: Path) -> None:
    out = served
    record = json.loads((out / PID_FILE).read_text(encoding="utf-8"))
    assert record == {"pid": server.process.pid, "url": server.url}
    assert running(out) == record
    assert server.url.endswith(":%d/sparql" % server.port)


def test_select_over_get_answers_sparql_json_with_languages_and_datatypes(server) -> None:
    status, headers, body = get_query(server.url, CHAIR_QUERY)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert names(body) == [CHAIR]
    binding = json.loads(body)["results"]["bindings"][0]["name"]
    assert binding["type"] == "literal" and binding["xml:lang"].startswith("zh")
    status, _, body = get_query(server.url, PREFIXES + "SELECT ?y WHERE { ?t a ck:ChairTerm ; ck:termYear ?y } LIMIT 1")
    assert json.loads(body)["results"]["bindings"][0]["y"]["datatype"] == "http://www.w3.org/2001/XMLSchema#gYear"


def test_post_forms_and_csv(server) -> None:
    form = urlencode({"query": CHAIR_QUERY}).encode("utf-8")
    status, _, body = fetch(server.url, form, {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    assert status == 200 and names(body) == [CHAIR]
    status, headers, body = fetch(server.url, CHAIR_QUERY.encode("utf-8"), {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.splitlines() == ["name", CHAIR]


def test_raw_http_request_with_cors(server) -> None:
    """What curl sends: one HTTP/1.1 request on a socket, keep-alive, and a CORS origin."""
    parts = urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    for _ in range(3):  # three requests on one kept-alive connection
        connection.request("GET", parts.path + "?" + urlencode({"query": "ASK { ?s ?p ?o }"}),
                           headers={"Accept": "application/sparql-results+json", "Origin": "https://example.org"})
        response = connection.getresponse()
        assert response.status == 200 and response.version == 11
        assert response.getheader("Access-Control-Allow-Origin") == "*"
        assert json.loads(response.read())["boolean"] is True
    connection.close()


def test_construct_answers_turtle(server) -> None:
    query = PREFIXES + "CONSTRUCT { ?t ck:termYear ?y } WHERE { ?t a ck:ChairTerm ; ck:termYear ?y }"
    status, headers, body = get_query(server.url, query, accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    assert sorted(str(y) for y in graph.objects()) == ["2023", "2024"]


def test_the_server_is_read_only(server) -> None:
    update = urlencode({"update": "INSERT DATA { <https://example.org/a> <https://example.org/b> 'c' }"}).encode()
    status, _, _ = fetch(server.base_url + "/update", update, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status in (403, 404, 405)
    status, _, _ = fetch(server.base_url + "/store?default", b"<https://example.org/a> <https://example.org/b> 'c' .",
                         {"Content-Type": "application/n-triples"}, method="POST")
    assert status in (403, 405)
    status, _, body = get_query(server.url, "ASK { <https://example.org/a> ?p ?o }")
    assert json.loads(body)["boolean"] is False


def test_query_page_at_root(server) -> None:
    status, headers, body = fetch(server.base_url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and "sparql" in body.lower()


def test_same_answers_as_charity_kg_query(server, seed_build) -> None:
    out, _ = seed_build
    query = PREFIXES + "SELECT ?name WHERE { ?p ck:participant ?who . ?who rdfs:label ?name } ORDER BY ?name"
    _, _, body = get_query(server.url, query)
    expected = run_query(open_store(out), query).rows
    assert [[n] for n in names(body)] == expected and len(expected) > 2


def test_rdflib_sparqlstore_reads_the_endpoint(server) -> None:
    graph = Graph(store=SPARQLStore(server.url, returnFormat="json"))
    rows = list(graph.query(CHAIR_QUERY))
    assert [row[0] for row in rows] == [Literal(CHAIR, lang=rows[0][0].language)]
    assert rows[0][0].language and rows[0][0].language.startswith("zh")


def test_runaway_queries_are_ended_while_small_ones_answer(server) -> None:
    """Four cartesian products run into the 2 s timeout; a small query answers meanwhile and afterwards."""
    results: list[tuple[int, str]] = []

    def runaway() -> None:
        status, _, body = get_query(server.url, RUNAWAY)
        results.append((status, body))

    threads = [threading.Thread(target=runaway) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    status, _, body = get_query(server.url, "ASK { ?s ?p ?o }")
    small = time.monotonic() - started
    assert status == 200 and json.loads(body)["boolean"] is True
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads), "a runaway query was not ended by the timeout"
    for status, body in results:  # cut off: an error status, or a result body the server broke off
        assert status != 200 or "cancel" in body.lower() or '"value"' not in body
    status, _, body = get_query(server.url, CHAIR_QUERY)
    assert status == 200 and names(body) == [CHAIR]
    print(f"\nsmall query while 4 runaway queries ran: {small * 1000:.0f} ms")


def test_hundred_concurrent_clients_without_errors(server) -> None:
    """100 clients x 10 queries each; every answer is checked. Latencies are printed, never asserted."""
    def client(_: int) -> list[float]:
        latencies = []
        for _ in range(10):
            started = time.monotonic()
            status, _, body = get_query(server.url, CHAIR_QUERY)
            latencies.append(time.monotonic() - started)
            assert status == 200 and names(body) == [CHAIR]
        return latencies

    with ThreadPoolExecutor(100) as pool:
        latencies = sorted(x for client_latencies in pool.map(client, range(100)) for x in client_latencies)
    assert len(latencies) == 1000
    p50, p95 = statistics.median(latencies), latencies[int(0.95 * len(latencies))]
    print(f"\n1000 queries from 100 clients: 0 errors, p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms")


def test_start_without_a_build_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ServerError, match="charity-kg build"):
        start_server(tmp_path, "127.0.0.1", free_port())


def test_cli_serve_detach_and_stop(seed_build, tmp_path: Path) -> None:
    data = copy_of(seed_build[0], tmp_path / "copy")
    cli = [sys.executable, "-m", "kg", "serve", "--data", str(data), "--port", str(free_port())]
    started = subprocess.run(cli + ["--detach"], capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    record = running(data)
    assert record is not None and record["url"] in started.stdout
    assert fetch(record["url"] + "?" + urlencode({"query": "ASK { ?s ?p ?o }"}))[0] == 200
    again = subprocess.run(cli + ["--detach"], capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "already served" in again.stderr
    stopped = subprocess.run([sys.executable, "-m", "kg", "serve", "--data", str(data), "--stop"], capture_output=True, text=True, timeout=60)
    assert stopped.returncode == 0 and str(record["pid"]) in stopped.stdout
    assert running(data) is None and not (data / PID_FILE).exists()
    with pytest.raises(ServerError, match="no SPARQL server"):
        stop_recorded(data)


def test_cli_serve_in_the_foreground_stops_its_server_on_sigterm(seed_build, tmp_path: Path) -> None:
    data = copy_of(seed_build[0], tmp_path / "copy")
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--data", str(data), "--port", str(free_port())],
                               stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert "SPARQL endpoint: http://127.0.0.1:" in line
        record = running(data)
        assert record is not None
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
        assert not Path(f"/proc/{record['pid']}").exists() or b"oxigraph" not in Path(f"/proc/{record['pid']}/cmdline").read_bytes()
        assert not (data / PID_FILE).exists()
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _family(pid: int) -> list[int]:
    """A process and its children (the proxy and its Oxigraph)."""
    found = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads CPU times from /proc")
def test_the_proxy_ends_queries_that_outlive_oxigraphs_own_timeout(served: Path, tmp_path: Path) -> None:
    """Oxigraph's cancellation switched off (600 s): only the proxy's restart at timeout + grace can end the runaways.
    A small query answers meanwhile; the runaways get 503; the CPU goes back to idle; the server answers afterwards."""
    data = copy_of(served, tmp_path / "copy")
    (data / PID_FILE).unlink(missing_ok=True)
    for attempt in range(5):
        try:
            server = start_server(data, "127.0.0.1", free_port(), timeout=1, grace=1, backend_timeout=600)
            break
        except ServerError:
            if attempt == 4:
                raise
    try:
        results: list[tuple[int, str, float]] = []

        def runaway() -> None:
            started = time.monotonic()
            status, _, body = get_query(server.url, RUNAWAY)
            results.append((status, body, time.monotonic() - started))

        threads = [threading.Thread(target=runaway) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        started = time.monotonic()
        status, _, body = get_query(server.url, CHAIR_QUERY)
        small = time.monotonic() - started
        assert status == 200 and names(body) == [CHAIR]
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
        assert [status for status, _, _ in results] == [503] * 4
        assert all("limit" in body for _, body, _ in results)
        assert max(seconds for _, _, seconds in results) < 1 + 1 + 10
        status, _, body = get_query(server.url, CHAIR_QUERY)  # answered by the restarted Oxigraph
        assert status == 200 and names(body) == [CHAIR]
        family = _family(server.process.pid)
        assert len(family) == 2, "the proxy runs one Oxigraph process"
        before = _cpu_seconds(family)
        time.sleep(1.0)
        assert _cpu_seconds(family) - before < 0.5, "the server still burns CPU after the runaway queries ended"
        assert "restarting Oxigraph" in (data / "serve.log").read_text(encoding="utf-8")
        print(f"\nsmall query while 4 runaway queries ran: {small * 1000:.0f} ms; runaways ended after "
              f"{max(s for _, _, s in results):.1f} s (timeout 1 s + grace 1 s)")
    finally:
        server.stop()
    assert not any(Path(f"/proc/{pid}").exists() and b"oxigraph" in Path(f"/proc/{pid}/cmdline").read_bytes()
                   for pid in family[1:])


@pytest.mark.browser
def test_query_page_lists_the_library_and_runs_a_query_in_chromium(server, seed_build, tmp_path: Path) -> None:
    """The page at / in headless Chromium: every library query with both questions; Run shows the answer table."""
    from tests.test_html_view import CHROMEDRIVER, CHROMIUM, _chrome

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("no chromium")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from kg.queries import library

    queries = library()
    driver = _chrome(tmp_path)
    try:
        driver.get(server.base_url + "/")
        wait = WebDriverWait(driver, 60, poll_frequency=0.05)
        wait.until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-state') === 'ready'"))
        items = driver.find_elements(By.CSS_SELECTOR, "li.query")
        assert [item.get_attribute("data-name") for item in items] == list(queries)
        for item, query in zip(items, queries.values()):
            assert item.find_element(By.CLASS_NAME, "zh").text == query.question_zh != ""
            assert item.find_element(By.CLASS_NAME, "en").text == query.question_en != ""
        name = "chair-rotation"
        expected = run_query(open_store(seed_build[0]), queries[name].text)
        assert expected.rows, "the seed build answers the chair rotation"
        driver.execute_script("document.documentElement.setAttribute('data-state', 'moving');")
        driver.find_element(By.CSS_SELECTOR, f"li.query[data-name='{name}'] button.run").click()
        wait.until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-state') === 'ready'"))
        assert driver.find_element(By.ID, "error").text == ""
        header = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#results th")]
        assert header == expected.columns
        rows = driver.find_elements(By.CSS_SELECTOR, "#results tr.row")
        assert len(rows) == len(expected.rows)
        first = [td.text.split(" @")[0] for td in rows[0].find_elements(By.TAG_NAME, "td")]
        assert first == expected.rows[0]
        assert driver.find_element(By.ID, "status").text.startswith(f"{len(expected.rows)} rows")
        severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        assert severe == []
    finally:
        driver.quit()


def test_a_large_answer_streams_through_whole(server, seed_build) -> None:
    """An answer over the proxy's 1 MB buffer is passed on in chunks (HTTP/1.1 chunked) and arrives complete."""
    from kg.proxy import CHUNK

    query = "SELECT ?s ?p ?o ?copy WHERE { ?s ?p ?o VALUES ?copy { 1 2 3 4 5 6 7 8 } }"
    status, headers, body = get_query(server.url, query, accept="text/tab-separated-values")
    expected = 8 * int(run_query(open_store(seed_build[0]), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
    assert status == 200 and len(body.encode("utf-8")) > CHUNK
    assert headers["Transfer-Encoding"] == "chunked"
    assert len(body.rstrip("\n").split("\n")) == expected + 1  # the header line, then every triple
