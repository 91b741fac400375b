"""A read-only SPARQL 1.1 Protocol endpoint over a build folder (`charity-kg serve`).

Standard library HTTP (ThreadingHTTPServer) in front of the pyoxigraph store of
kg.store: the build's graph.nq is loaded once at start, every query sees the
union of the article graphs as its default graph and has DEFAULT_PREFIXES
predeclared, as with `charity-kg query` (the same store from kg.store.open_store).

  GET  /sparql?query=...                          (plus default-graph-uri / named-graph-uri)
  POST /sparql  Content-Type: application/sparql-query   (the query is the body)
  POST /sparql  Content-Type: application/x-www-form-urlencoded  (query=...)
  GET  /        a small HTML page with a query form

Results are negotiated from Accept (or a `format` parameter): SELECT/ASK as
SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default),
N-Triples, RDF/XML or JSON-LD; a format that does not fit the query form falls
back to that form's default. SPARQL UPDATE is refused with 403, and so are
SERVICE clauses, which would make this server fetch arbitrary URLs. Each query
has a time limit and a result size limit; every response carries
Access-Control-Allow-Origin: * so browser tools can use the endpoint.
"""

from __future__ import annotations

import html
import io
import re
import socket
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import QueryError
from .store import DEFAULT_PREFIXES, open_store

ENDPOINT_PATH = "/sparql"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RESULT_BYTES = 200 * 1024 * 1024
MAX_REQUEST_BYTES = 1024 * 1024

# (media type, short name for the `format` parameter, pyoxigraph format); the first is the default.
RESULT_FORMATS = [
    ("application/sparql-results+json", "json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "xml", ox.QueryResultsFormat.XML),
    ("text/csv", "csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
]
GRAPH_FORMATS = [
    ("text/turtle", "turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "ntriples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", "rdfxml", ox.RdfFormat.RDF_XML),
    ("application/ld+json", "jsonld", ox.RdfFormat.JSON_LD),
]
# Media types some clients send for the formats above.
MEDIA_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "text/tsv": "text/tab-separated-values",
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml", "json-ld": "jsonld"}

EXAMPLE_QUERY = """\
# Who chaired the 2024 joint meeting?
SELECT ?name WHERE {
  ?participation ck:participationRole ck:Chair ;
                 ck:inEvent ?event ;
                 ck:participant ?person .
  ?event ck:date "2024-05-08"^^xsd:date .
  ?person rdfs:label ?name .
}
"""

_UPDATE_START = re.compile(r"(?i)(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")
_PROLOGUE = re.compile(r"(?is)\s*(?:BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)")
# Comments, strings and IRIs, which may contain anything without it being a keyword.
_OPAQUE = re.compile(
    r"""\#[^\n]*"""
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>""",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?i)(?<![\w:?$@.\-])SERVICE(?![\w:\-])")


def _without_opaque(sparql: str) -> str:
    return _OPAQUE.sub(lambda m: " " if m.group().startswith("#") else '""' if m.group()[0] in "'\"" else "<>", sparql)


def looks_like_update(sparql: str) -> bool:
    """True if the text starts (after comments and its prologue) with a SPARQL UPDATE operation."""
    text = re.sub(r"#[^\n]*", " ", sparql)
    position = 0
    while match := _PROLOGUE.match(text, position):
        position = match.end()
    return bool(_UPDATE_START.match(text[position:].lstrip()))


def uses_service(sparql: str) -> bool:
    """True if the query has a SERVICE clause (outside strings, IRIs and comments)."""
    return "service" in sparql.lower() and bool(_SERVICE.search(_without_opaque(sparql)))


class _Cancelled(Exception):
    pass


class _TooLarge(Exception):
    pass


class _Sink(io.BytesIO):
    """Collects a serialization; stops it once the query is abandoned or the result grows too large."""

    def __init__(self, limit: int, cancelled: threading.Event) -> None:
        super().__init__()
        self.limit = limit
        self.cancelled = cancelled

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.cancelled.is_set():
            raise _Cancelled()
        if self.tell() + len(data) > self.limit:
            raise _TooLarge()
        return super().write(data)


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _text(status: int, message: str, **headers: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)


def _with_charset(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, most preferred first (stable for equal q)."""
    ranges = []
    for index, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((index, media, q))
    ranges.sort(key=lambda r: (-r[2], r[0]))
    return [(media, q) for _, media, q in ranges if q > 0]


def negotiate(formats: list[tuple[str, str, object]], accept: str | None, requested: str | None) -> tuple[str, object]:
    """The (media type, pyoxigraph format) to answer with.

    A `format` parameter wins over Accept. When nothing asked for fits the query form (say text/csv
    for a CONSTRUCT), the default of that form is used rather than failing with 406.
    """
    default = formats[0][0], formats[0][2]
    if requested:
        wanted = requested.strip().lower()
        wanted = FORMAT_ALIASES.get(wanted, MEDIA_ALIASES.get(wanted, wanted))
        for media, short, fmt in formats:
            if wanted in (media, short):
                return media, fmt
        return default
    for media_range, _ in _parse_accept(accept or ""):
        if media_range == "*/*":
            return default
        if media_range.endswith("/*"):
            major = media_range[:-1]
            for media, _, fmt in formats:
                if media.startswith(major):
                    return media, fmt
            continue
        media_range = MEDIA_ALIASES.get(media_range, media_range)
        for media, _, fmt in formats:
            if media == media_range:
                return media, fmt
    return default


class Endpoint:
    """The store plus the limits; turns one query into one HTTP response."""

    def __init__(self, store: ox.Store, timeout: float | None, max_result_bytes: int, max_running: int) -> None:
        # The store of kg.store.open_store, as `charity-kg query` uses it: its default graph is
        # the set union of the article graphs (one answer per fact, however many articles state it).
        self.store = store
        self.timeout = timeout
        self.max_result_bytes = max_result_bytes
        self.slots = threading.BoundedSemaphore(max_running)

    def answer(
        self,
        sparql: str,
        accept: str | None,
        requested_format: str | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Response:
        if looks_like_update(sparql):
            return _text(403, "this endpoint is read-only: SPARQL UPDATE is not allowed")
        if uses_service(sparql):
            return _text(403, "SERVICE (federated query) is disabled on this endpoint")
        options: dict[str, object] = {"prefixes": DEFAULT_PREFIXES}
        try:
            if default_graphs:
                options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
            if named_graphs:
                options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
        except ValueError as exc:
            return _text(400, f"invalid graph IRI in default-graph-uri or named-graph-uri: {exc}")

        wait = 5.0 if self.timeout is None else min(self.timeout, 5.0)
        if not self.slots.acquire(timeout=wait):
            return _text(503, "the endpoint is busy with other queries; retry later", **{"Retry-After": "5"})
        cancelled = threading.Event()
        outcome: list[Response] = []

        def work() -> None:
            try:
                outcome.append(self._run(sparql, options, accept, requested_format, cancelled))
            except BaseException as exc:  # noqa: BLE001 - reported to the client, never lost
                outcome.append(_text(500, f"the query failed: {exc}"))
            finally:
                self.slots.release()

        worker = threading.Thread(target=work, name="sparql-query", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            cancelled.set()  # the worker stops at its next write; a blocked evaluation keeps its slot until done
            return _text(503, f"the query took longer than the {self.timeout:g} s limit; narrow it or add a LIMIT")
        return outcome[0]

    def _run(self, sparql: str, options: dict, accept: str | None, requested: str | None, cancelled: threading.Event) -> Response:
        try:
            result = self.store.query(sparql, **options)
        except SyntaxError as exc:
            return _text(400, f"malformed SPARQL query: {exc}")
        except OSError as exc:
            return _text(500, f"the query failed: {exc}")
        formats = GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else RESULT_FORMATS
        media, fmt = negotiate(formats, accept, requested)
        sink = _Sink(self.max_result_bytes, cancelled)
        try:
            result.serialize(sink, format=fmt)
        except _TooLarge:
            limit = self.max_result_bytes / (1024 * 1024)
            return _text(400, f"the result is larger than the {limit:g} MB limit; narrow the query or add a LIMIT")
        except _Cancelled:
            return _text(503, "the query was abandoned after the time limit")
        except (OSError, ValueError, SyntaxError) as exc:
            return _text(500, f"the query failed: {exc}")
        return Response(200, _with_charset(media), sink.getvalue())


def home_page(query: str | None = None) -> str:
    """The HTML page at /: a query form (pre-filled with `query`, escaped) and the predeclared prefixes."""
    e = html.escape
    prefixes = "\n".join(f"PREFIX {e(p)}: &lt;{e(iri)}&gt;" for p, iri in sorted(DEFAULT_PREFIXES.items()))
    result_options = "".join(f'<option value="{e(short)}">{e(media)}</option>' for media, short, _ in RESULT_FORMATS)
    graph_options = "".join(f'<option value="{e(short)}">{e(media)}</option>' for media, short, _ in GRAPH_FORMATS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>charity-kg SPARQL endpoint</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }}
textarea {{ width: 100%; font-family: monospace; font-size: 0.95em; }}
pre {{ background: #f4f4f4; padding: 0.5em; overflow-x: auto; }}
</style>
</head>
<body>
<h1>charity-kg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>{e(ENDPOINT_PATH)}</code> (GET <code>?query=</code>, or POST
<code>application/sparql-query</code> / form <code>query=</code>). Queries see the union of all article graphs;
the prefixes below are predeclared. Results follow the <code>Accept</code> header or the format chosen here.</p>
<form method="get" action="{e(ENDPOINT_PATH)}">
<textarea name="query" rows="14" spellcheck="false">{e(query if query is not None else EXAMPLE_QUERY)}</textarea>
<p><label>Format <select name="format">
<optgroup label="SELECT / ASK">{result_options}</optgroup>
<optgroup label="CONSTRUCT / DESCRIBE">{graph_options}</optgroup>
</select></label>
<button type="submit">Run query</button></p>
</form>
<h2>Example</h2>
<pre>{e(EXAMPLE_QUERY)}</pre>
<h2>Predeclared prefixes</h2>
<pre>{prefixes}</pre>
</body>
</html>
"""


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "charity-kg-sparql"
    timeout = 120  # seconds a client may take to send its request

    # -- plumbing -------------------------------------------------------------------------
    def _send(self, response: Response, head_only: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class signature
        if self.server.log_requests:
            super().log_message(format, *args)

    def _path_and_params(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/") or "/"
        return path, parse_qs(parts.query, keep_blank_values=True)

    # -- methods --------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # CORS preflight (POST with application/sparql-query is not a simple request)
        self._send(
            Response(
                204,
                "text/plain; charset=utf-8",
                b"",
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                    "Access-Control-Max-Age": "86400",
                    "Allow": "GET, POST, OPTIONS",
                },
            )
        )

    def do_GET(self) -> None:
        self._send(self._get())

    def do_HEAD(self) -> None:
        self._send(self._get(), head_only=True)

    def do_POST(self) -> None:
        self._send(self._post())

    def _refuse_method(self) -> None:
        self._send(_text(405, "this endpoint is read-only; use GET or POST on /sparql", Allow="GET, POST, OPTIONS"))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    # -- requests -------------------------------------------------------------------------
    def _get(self) -> Response:
        path, params = self._path_and_params()
        if path in ("/", "/index.html"):
            queries = params.get("query")
            page = home_page(queries[0] if queries else None)
            return Response(200, "text/html; charset=utf-8", page.encode("utf-8"), {
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
            })
        if path != ENDPOINT_PATH:
            return _text(404, f"no such page: {path}; the SPARQL endpoint is {ENDPOINT_PATH}")
        return self._query(params)

    def _post(self) -> Response:
        path, params = self._path_and_params()
        if path != ENDPOINT_PATH:
            return _text(404, f"no such page: {path}; the SPARQL endpoint is {ENDPOINT_PATH}")
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            self.close_connection = True
            return _text(411, "POST needs a Content-Length header")
        try:
            length = int(length_header)
        except ValueError:
            self.close_connection = True
            return _text(400, "invalid Content-Length header")
        if length < 0 or length > MAX_REQUEST_BYTES:
            self.close_connection = True
            return _text(413, f"the request body is larger than the {MAX_REQUEST_BYTES // 1024} KB limit")
        raw = self.rfile.read(length)
        content_type = (self.headers.get("Content-Type") or "").split(";")
        media = content_type[0].strip().lower()
        charset = "utf-8"
        for param in content_type[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip('"')
        try:
            body = raw.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            return _text(400, f"cannot decode the request body as {charset}: {exc}")
        if media == "application/sparql-update":
            return _text(403, "this endpoint is read-only: SPARQL UPDATE is not allowed")
        if media == "application/sparql-query":
            if "query" in params:
                return _text(400, "give the query either in the body or as the query parameter, not both")
            params["query"] = [body]
            return self._query(params)
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
            return self._query(params)
        return _text(
            415,
            "POST a query as application/sparql-query or as application/x-www-form-urlencoded query=...",
        )

    def _query(self, params: dict[str, list[str]]) -> Response:
        if "update" in params:
            return _text(403, "this endpoint is read-only: SPARQL UPDATE is not allowed")
        queries = params.get("query", [])
        if not queries:
            return _text(400, f"missing the query parameter: {ENDPOINT_PATH}?query=SELECT ... (a form is at /)")
        if len(queries) > 1:
            return _text(400, "give exactly one query parameter")
        if len(queries[0].encode("utf-8")) > MAX_REQUEST_BYTES:
            return _text(413, f"the query is larger than the {MAX_REQUEST_BYTES // 1024} KB limit")
        if not queries[0].strip():
            return _text(400, "the query is empty")
        formats = params.get("format")
        return self.server.endpoint.answer(
            queries[0],
            self.headers.get("Accept"),
            formats[-1] if formats else None,
            params.get("default-graph-uri"),
            params.get("named-graph-uri"),
        )


class SparqlServer(ThreadingHTTPServer):
    """ThreadingHTTPServer holding the Endpoint; `url` is the SPARQL endpoint address."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, log_requests: bool) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.endpoint = endpoint
        self.log_requests = log_requests
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if host in ("0.0.0.0", "::"):
            host = "localhost"
        elif ":" in str(host):
            host = f"[{host}]"
        return f"http://{host}:{port}{ENDPOINT_PATH}"


def make_server(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    max_running: int = 4,
    log_requests: bool = False,
) -> SparqlServer:
    """A SPARQL endpoint over the build in data_dir, bound but not yet serving (port 0 picks a free port).

    Raises QueryError if data_dir holds no build (run `charity-kg build`), OSError if the address is taken.
    """
    store = open_store(Path(data_dir))
    return SparqlServer((host, port), Endpoint(store, timeout, max_result_bytes, max_running), log_requests)


def serve(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> None:
    """Serve the build in data_dir until interrupted (Ctrl-C), printing the endpoint URL."""
    try:
        server = make_server(data_dir, host, port, timeout=timeout, max_result_bytes=max_result_bytes, log_requests=True)
    except OSError as exc:
        raise QueryError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    home = server.url[: -len(ENDPOINT_PATH)] + "/"
    print(f"SPARQL endpoint: {server.url}  (query form: {home}; Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
