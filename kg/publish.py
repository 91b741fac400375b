"""`charity-kg publish`: copy the build's named graphs into an institution's triple store.

Each named graph of DIR/store (one per article, the derived graph, the
ontology graph) is sent with the SPARQL 1.1 Graph Store Protocol: an HTTP PUT
of its triples as N-Triples to ENDPOINT?graph=IRI, which replaces that graph.
Publishing the same build again therefore replaces every graph and never
duplicates a statement. Endpoints: Oxigraph `http://HOST:PORT/store`, Fuseki
`http://HOST:PORT/DATASET/data`, GraphDB `…/repositories/REPO/rdf-graphs/service`,
Virtuoso `…/sparql-graph-crud-auth`. No statement is in two of the graphs, so
the target store's union of the named graphs (its union-default-graph option)
has each once, as `charity-kg query` answers; its own default graph is left alone.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from .errors import KGError
from .store import open_store

TIMEOUT = 300.0


class PublishError(KGError):
    """A graph could not be sent to the Graph Store Protocol endpoint."""


@dataclass
class PublishReport:
    """What publish sent: graphs and statements."""

    endpoint: str
    graphs: int = 0
    statements: int = 0

    def summary(self) -> str:
        return f"published {self.graphs} named graphs ({self.statements} statements) to {self.endpoint}"


def _graph_url(endpoint: str, graph: str) -> str:
    separator = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urlencode({'graph': graph})}"


def _put(url: str, body: bytes, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples", **headers})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as error:
        with error:
            detail = error.read(500).decode("utf-8", errors="replace").strip()
        hint = " (check --user/--password)" if error.code in (401, 403) else ""
        raise PublishError(f"{url}: the store answered {error.code} {error.reason}{hint}: {detail}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PublishError(f"{url}: cannot reach the Graph Store Protocol endpoint ({reason})") from None


def publish(data_dir: Path, endpoint: str, user: str | None = None, password: str | None = None) -> PublishReport:
    """PUT every named graph of the build to a Graph Store Protocol endpoint (replacing each graph there)."""
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PublishError(f"{endpoint}: the endpoint must be an http(s) URL, e.g. http://localhost:7878/store")
    headers = {}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    store = open_store(data_dir)
    report = PublishReport(endpoint)
    for graph in sorted(store.named_graphs(), key=str):
        if not isinstance(graph, ox.NamedNode):
            continue
        triples = sorted((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)), key=str)
        _put(_graph_url(endpoint, graph.value), ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), headers)
        report.graphs += 1
        report.statements += len(triples)
    return report
