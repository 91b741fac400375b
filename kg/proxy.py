"""The front of `charity-kg serve`: a small HTTP proxy that supervises Oxigraph's read-only server.

Oxigraph (`oxigraph serve-read-only`, a private port on 127.0.0.1) answers every
SPARQL request; this process keeps the public address and adds two things:

- a timeout that really ends a query. Oxigraph's own `--timeout-s` cancels most
  plans, but some (a cartesian product of a large build) never reach a check and
  run on, holding a core each. The proxy knows each request's age; when one is
  older than timeout + grace, it kills the Oxigraph process and starts a fresh
  one on the same store (a read-only open takes milliseconds). The late request
  answers 503; requests that were merely in flight at that moment are sent again
  to the new process, so only the runaway fails.
- the query page at `/`: the library's queries (queries/*.rq) with their question
  in Chinese and English, run against `/sparql` from the browser.

Everything else (`/sparql`, `/query`, `/store` reads, CORS, content negotiation)
is Oxigraph's, passed through unchanged; writes are refused by Oxigraph itself.

    python -m kg.proxy --location DIR/store --host H --port P --timeout S
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .processes import kill_me_with_parent

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length"}
CHECK_EVERY = 0.1  # seconds between two looks at the running requests
CHUNK = 1 << 20  # bytes of an answer read before it is passed on: smaller answers go out whole, with their length
START_WAIT = 20.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Backend:
    """One `oxigraph serve-read-only` process on a private port; restartable."""

    def __init__(self, binary: str, location: Path, timeout: int, log: Path | None) -> None:
        self.binary, self.location, self.timeout, self.log = binary, location, timeout, log
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.generation = 0
        self.restarts = 0
        self.lock = threading.Lock()
        self.ready = threading.Event()

    def _spawn(self) -> None:
        for _ in range(5):  # another program may take the probed port before Oxigraph binds it
            port = _free_port()
            command = [self.binary, "serve-read-only", "--location", str(self.location), "--bind", f"127.0.0.1:{port}",
                       "--timeout-s", str(self.timeout), "--cors", "--union-default-graph"]
            out = self.log.open("ab") if self.log else subprocess.DEVNULL
            try:
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                           preexec_fn=kill_me_with_parent if sys.platform == "linux" else None)
            finally:
                if self.log:
                    out.close()
            deadline = time.monotonic() + START_WAIT
            while time.monotonic() < deadline and process.poll() is None:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        self.process, self.port = process, port
                        self.generation += 1
                        return
                except OSError:
                    time.sleep(0.02)
            process.kill()
            process.wait()
        raise RuntimeError(f"Oxigraph did not start on {self.location} (see the server log)")

    def start(self) -> None:
        with self.lock:
            self._spawn()
            self.ready.set()

    def restart(self, generation: int) -> None:
        """Kill the process of that generation and start another (no-op if that happened already)."""
        with self.lock:
            if generation != self.generation:
                return
            self.ready.clear()
            self._kill()
            self.restarts += 1
            self._spawn()
            self.ready.set()

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()

    def stop(self) -> None:
        with self.lock:
            self.ready.clear()
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(5)
                except subprocess.TimeoutExpired:
                    pass
            self._kill()


@dataclass
class Running:
    """A request being answered: when it started, and on which Oxigraph process."""

    started: float
    generation: int
    expired: bool = False


@dataclass
class Supervisor:
    """Watches the running requests; restarts Oxigraph when one is older than the limit."""

    backend: Backend
    limit: float  # seconds: timeout + grace
    running: dict[int, Running] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count = field(default_factory=itertools.count)
    stopping: threading.Event = field(default_factory=threading.Event)

    def begin(self) -> tuple[int, Running]:
        self.backend.ready.wait(START_WAIT)
        entry = Running(time.monotonic(), self.backend.generation)
        with self.lock:
            key = next(self.ids)
            self.running[key] = entry
        return key, entry

    def end(self, key: int) -> None:
        with self.lock:
            self.running.pop(key, None)

    def watch(self) -> None:
        while not self.stopping.wait(CHECK_EVERY):
            now = time.monotonic()
            with self.lock:
                late = [r for r in self.running.values() if not r.expired and now - r.started > self.limit]
                for entry in late:
                    entry.expired = True
            generation = self.backend.generation
            died = self.backend.process is not None and self.backend.process.poll() is not None
            if late or died:
                why = f"{len(late)} request(s) past {self.limit:g} s" if late else "Oxigraph exited"
                print(f"charity-kg serve: {why}; restarting Oxigraph", file=sys.stderr, flush=True)
                self.backend.restart(generation)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "charity-kg"
    server: "Front"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        if self.path in ("/", "/index.html"):
            self._send(200, {"Content-Type": "text/html; charset=utf-8"}, self.server.page)
        else:
            self._forward()

    do_POST = do_HEAD = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = lambda self: self._forward()  # noqa: E731

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, headers: dict[str, str], body: bytes, length: str | None = None) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", length if length is not None else str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _connection(self, generation: int) -> http.client.HTTPConnection:
        """This thread's kept-alive connection to the current Oxigraph process."""
        local = self.server.local
        if getattr(local, "generation", None) != generation or local.connection is None:
            if getattr(local, "connection", None) is not None:
                local.connection.close()
            local.connection = http.client.HTTPConnection("127.0.0.1", self.server.supervisor.backend.port, timeout=None)
            local.generation = generation
        return local.connection

    def _forward(self) -> None:
        body = self._body()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        supervisor = self.server.supervisor
        key, entry = supervisor.begin()
        try:
            for attempt in range(3):
                connection = self._connection(entry.generation)
                try:
                    connection.request(self.command, self.path, body=body if body or self.command in ("POST", "PUT") else None,
                                       headers=headers)
                    response = connection.getresponse()
                    payload = response.read(CHUNK)
                except (OSError, http.client.HTTPException):
                    self.server.local.connection = None
                    connection.close()
                    if entry.expired:
                        message = (f"the query ran past the {supervisor.limit:g} s limit and was ended "
                                   f"(charity-kg serve --timeout)\n").encode("utf-8")
                        self._send(503, {"Content-Type": "text/plain; charset=utf-8"}, message)
                        return
                    # Oxigraph was restarted for another request (or crashed): ask the new one.
                    supervisor.backend.ready.wait(START_WAIT)
                    entry.generation = supervisor.backend.generation
                    continue
                out = {k: v for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP}
                if response.isclosed() or self.command == "HEAD":
                    supervisor.end(key)  # answered in full: a slow client reading it is no runaway query
                    self._send(response.status, out, payload, response.getheader("Content-Length") if self.command == "HEAD" else None)
                else:
                    self._stream(response, out, payload)  # a large answer: passed on as Oxigraph writes it
                return
            self._send(502, {"Content-Type": "text/plain; charset=utf-8"}, b"the SPARQL server did not answer\n")
        finally:
            supervisor.end(key)


    def _stream(self, response: http.client.HTTPResponse, headers: dict[str, str], first: bytes) -> None:
        """Pass a large answer on in chunks, never holding it whole; it counts as running until its last byte
        (a query streaming past the limit is cut off: the client sees a broken transfer, not a short answer)."""
        chunked = self.request_version != "HTTP/1.0"
        self.send_response(response.status)
        for name, value in headers.items():
            self.send_header(name, value)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.close_connection = True
        self.end_headers()
        block = first
        try:
            while block:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
                block = response.read1(CHUNK)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (OSError, http.client.HTTPException):
            self.close_connection = True
            self.server.local.connection = None


class Front(ThreadingHTTPServer):
    """The public listener: a thread per connection, a deep accept queue (100 clients at once)."""

    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], supervisor: Supervisor, page: bytes) -> None:
        self.supervisor = supervisor
        self.page = page
        self.local = threading.local()
        super().__init__(address, Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up before its answer is no error worth a traceback in the log."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def query_page(title: str = "charity-kg SPARQL") -> bytes:
    """The page at `/`: every library query with its two questions, an editor, and the answer as a table."""
    from .queries import library

    queries = [{"name": q.name, "zh": q.question_zh, "en": q.question_en, "text": q.text} for q in library().values()]
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    return PAGE.replace("__TITLE__", title).replace("__LIBRARY__", data).encode("utf-8")


PAGE = """<!DOCTYPE html>
<html lang="zh-Hans" data-state="loading">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>__TITLE__</title>
<style>
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } ul#library { list-style: none; padding: 0; }
li.query { margin: .4em 0; padding: .4em .6em; border: 1px solid #ddd; border-radius: 4px; }
li.query .name { font-family: monospace; font-weight: bold; } li.query .en { color: #555; }
textarea { width: 100%; height: 16em; font: 13px monospace; }
table { border-collapse: collapse; margin-top: .6em; } td, th { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }
#status { margin-left: 1em; color: #555; } #error { color: #a00; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>charity-kg SPARQL</h1>
<p>Endpoint: <code id="endpoint"></code> (SPARQL 1.1 Protocol, GET or POST; CORS open). 查询库 / query library:</p>
<ul id="library"></ul>
<form id="form"><textarea id="query" name="query" spellcheck="false"></textarea><br>
<button type="submit" id="run">运行 Run</button><span id="status"></span></form>
<div id="error"></div>
<pre id="graph"></pre>
<table id="results"></table>
<script type="application/json" id="library-data">__LIBRARY__</script>
<script>
(function () {
  "use strict";
  var endpoint = new URL("sparql", location.href).href;
  var library = JSON.parse(document.getElementById("library-data").textContent);
  var list = document.getElementById("library"), editor = document.getElementById("query");
  var results = document.getElementById("results"), graph = document.getElementById("graph");
  var status = document.getElementById("status"), error = document.getElementById("error");
  document.getElementById("endpoint").textContent = endpoint;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function settle() { document.documentElement.setAttribute("data-state", "ready"); }
  function cell(term) {
    if (!term) return "";
    return term.type === "literal" && term["xml:lang"] ? term.value + " @" + term["xml:lang"] : term.value;
  }
  function show(json) {
    results.textContent = "";
    if (typeof json.boolean === "boolean") { results.appendChild(el("tr")).appendChild(el("td", "", String(json.boolean))); return 1; }
    var vars = json.head.vars, head = results.appendChild(el("tr"));
    vars.forEach(function (v) { head.appendChild(el("th", "", v)); });
    json.results.bindings.forEach(function (row) {
      var tr = results.appendChild(el("tr", "row"));
      vars.forEach(function (v) { tr.appendChild(el("td", "", cell(row[v]))); });
    });
    return json.results.bindings.length;
  }
  function run() {
    var text = editor.value, started = performance.now();
    var graphQuery = /^\\s*(?:(?:#[^\\n]*|PREFIX\\s+\\S*\\s*<[^>]*>|BASE\\s*<[^>]*>)\\s*)*(CONSTRUCT|DESCRIBE)\\b/i.test(text);
    document.documentElement.setAttribute("data-state", "running");
    error.textContent = ""; graph.textContent = ""; results.textContent = ""; status.textContent = "…";
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": graphQuery ? "text/turtle" : "application/sparql-results+json" },
      body: new URLSearchParams({ query: text })
    }).then(function (response) {
      return response.text().then(function (body) {
        if (!response.ok) throw new Error(response.status + " " + body);
        var ms = Math.round(performance.now() - started);
        if (graphQuery) { graph.textContent = body; status.textContent = ms + " ms"; }
        else { status.textContent = show(JSON.parse(body)) + " rows, " + ms + " ms"; }
      });
    }).catch(function (e) { error.textContent = String(e.message || e); status.textContent = ""; }).then(settle);
  }
  library.forEach(function (q) {
    var li = list.appendChild(el("li", "query"));
    li.setAttribute("data-name", q.name);
    li.appendChild(el("span", "name", q.name));
    li.appendChild(document.createTextNode(" "));
    var button = li.appendChild(el("button", "run", "运行 Run"));
    li.appendChild(el("div", "zh", q.zh));
    li.appendChild(el("div", "en", q.en));
    button.type = "button";
    button.addEventListener("click", function () { editor.value = q.text; run(); });
  });
  document.getElementById("form").addEventListener("submit", function (event) { event.preventDefault(); run(); });
  if (library.length) editor.value = library[0].text;
  settle();
})();
</script>
</body>
</html>
"""


def serve(location: Path, host: str, port: int, timeout: float, grace: float, backend_timeout: float | None, log: Path | None) -> None:
    """Start Oxigraph, then listen on host:port until SIGTERM/SIGINT; Oxigraph ends with us."""
    from .server import oxigraph_binary

    backend = Backend(oxigraph_binary(), location, max(1, round(backend_timeout or timeout)), log)
    backend.start()
    supervisor = Supervisor(backend, timeout + grace)
    try:
        front = Front((host, port), supervisor, query_page())
    except OSError as exc:
        backend.stop()
        print(f"charity-kg serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None

    def stop(signum: int, frame: object) -> None:
        supervisor.stopping.set()
        threading.Thread(target=front.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    watcher = threading.Thread(target=supervisor.watch, daemon=True)
    watcher.start()
    try:
        front.serve_forever(poll_interval=0.2)
    finally:
        supervisor.stopping.set()
        front.server_close()
        backend.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.proxy", description=__doc__.splitlines()[0])
    parser.add_argument("--location", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--timeout", type=float, required=True)
    parser.add_argument("--grace", type=float, default=2.0)
    parser.add_argument("--backend-timeout", type=float, default=None)
    parser.add_argument("--log", type=Path, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    serve(args.location, args.host, args.port, args.timeout, args.grace, args.backend_timeout, args.log)


if __name__ == "__main__":
    main()
