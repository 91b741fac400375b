"""`charity-kg publish` into a real, writable Oxigraph server started by the test (Graph Store Protocol)."""

from __future__ import annotations

import json
import subprocess
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.publish import PublishError, publish
from kg.server import oxigraph_binary
from kg.store import open_store
from tests.test_server import free_port, wait_for_port

COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def oxigraph(tmp_path: Path):
    """A writable Oxigraph server (`oxigraph serve`) on a free port; its GSP endpoint is /store."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "target"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(30)


def remote_counts(base: str) -> tuple[int, int]:
    request = urllib.request.Request(f"{base}/query?{urlencode({'query': COUNT_GRAPHS})}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        binding = json.loads(response.read())["results"]["bindings"][0]
    return int(binding["graphs"]["value"]), int(binding["quads"]["value"])


def test_publish_puts_every_named_graph_and_republishing_replaces(multi_build, oxigraph: str) -> None:
    out = multi_build[0]
    store = open_store(out)
    local_graphs = len(list(store.named_graphs()))
    local_quads = sum(1 for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != pyoxigraph.DefaultGraph())
    report = publish(out, f"{oxigraph}/store")
    assert report.graphs == local_graphs and report.statements == local_quads
    assert remote_counts(oxigraph) == (local_graphs, local_quads)
    publish(out, f"{oxigraph}/store")  # again: PUT replaces each graph
    assert remote_counts(oxigraph) == (local_graphs, local_quads)
    # the published graphs answer the library's questions on the institution's server
    ask = "ASK { GRAPH <https://w3id.org/charity-kg/ontology> { ?c a <http://www.w3.org/2002/07/owl#Class> } }"
    with urllib.request.urlopen(f"{oxigraph}/query?{urlencode({'query': ask})}", timeout=60) as response:
        assert json.loads(response.read())["boolean"] is True


def test_publish_replaces_what_an_earlier_build_put(multi_build, seed_build, oxigraph: str) -> None:
    """A graph published from an older build is overwritten, not merged, when a newer build is published."""
    graph = "https://w3id.org/charity-kg/id/graph/derived"
    stale = b"<https://example.org/stale> <https://example.org/p> \"old\" .\n"
    request = urllib.request.Request(f"{oxigraph}/store?{urlencode({'graph': graph})}", data=stale, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(request, timeout=60).read()
    publish(multi_build[0], f"{oxigraph}/store")
    query = f"ASK {{ GRAPH <{graph}> {{ <https://example.org/stale> ?p ?o }} }}"
    with urllib.request.urlopen(f"{oxigraph}/query?{urlencode({'query': query})}", timeout=60) as response:
        assert json.loads(response.read())["boolean"] is False


def test_cli_publish_and_clear_errors(multi_build, oxigraph: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["publish", "--data", str(multi_build[0]), "--endpoint", f"{oxigraph}/store"])
    assert result.exit_code == 0 and "published" in result.output
    closed = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(PublishError, match="cannot reach"):
        publish(multi_build[0], closed)
    missing = CliRunner().invoke(main, ["publish", "--data", str(multi_build[0]), "--endpoint", f"{oxigraph}/no-such-path"])
    assert missing.exit_code == 1 and "error:" in missing.output and "Traceback" not in missing.output
    with pytest.raises(PublishError, match="http"):
        publish(multi_build[0], "ftp://example.org/store")


def test_basic_authentication_is_sent(multi_build) -> None:
    """--user/--password reach the store as HTTP basic authentication; a refusal names the flags."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:  # noqa: N802 - the standard library's name
            seen.append(self.headers.get("Authorization", ""))
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(401 if len(seen) == 1 else 204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/data"
        with pytest.raises(PublishError, match="--user/--password"):
            publish(multi_build[0], url, "researcher", "s3cret")
        assert seen == ["Basic cmVzZWFyY2hlcjpzM2NyZXQ="]
    finally:
        server.shutdown()
        server.server_close()
