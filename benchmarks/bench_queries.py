"""Library query latencies on a build, and the endpoint under load (numbers for docs/BENCHMARKS.md).

usage: python benchmarks/bench_queries.py BUILD_DIR [--load]
  BUILD_DIR: a `charity-kg build` folder (e.g. of make_scale_corpus.py's 1,000 articles)
  --load:    also start `charity-kg serve` on it: 100 clients x 10 queries, and a small query
             while 4 runaway queries run (timeout 5 s)
"""

from __future__ import annotations

import socket
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.queries import library
from kg.server import start_server
from kg.store import open_store

FIRST_TERM = "SELECT ?t WHERE { ?t a <https://w3id.org/charity-kg/ontology#ChairTerm> } ORDER BY ?t LIMIT 1"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "PREFIX ck: <https://w3id.org/charity-kg/ontology#> SELECT ?y WHERE { ?t a ck:ChairTerm ; ck:termYear ?y } LIMIT 5"


def library_latencies(build: Path, repeat: int = 5) -> None:
    store = open_store(build)
    print(f"{'query':<26} {'rows':>6} {'best ms':>8} {'median ms':>10}")
    for name, query in library().items():
        times, rows = [], 0
        # evidence answers for one fact (bound as `query evidence --bind fact=IRI` does): the first chair term
        bind = {ox.Variable("fact"): next(iter(store.query(FIRST_TERM)))[0]} if name == "evidence" else None
        for _ in range(repeat):
            started = time.perf_counter()
            rows = sum(1 for _ in store.query(query.text, substitutions=bind))
            times.append((time.perf_counter() - started) * 1000)
        print(f"{name:<26} {rows:>6} {min(times):>8.1f} {statistics.median(times):>10.1f}")


def get(url: str, query: str) -> tuple[int, float]:
    started = time.perf_counter()
    request = urllib.request.Request(f"{url}?{urlencode({'query': query})}", headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def load(build: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = start_server(build, "127.0.0.1", port, timeout=5)
    try:
        with ThreadPoolExecutor(100) as pool:
            results = list(pool.map(lambda _: [get(server.url, SMALL) for _ in range(10)], range(100)))
        flat = sorted(t for client in results for _, t in client)
        errors = sum(1 for client in results for status, _ in client if status != 200)
        print(f"100 clients x 10 queries: {errors} errors, p50 {statistics.median(flat) * 1000:.1f} ms, "
              f"p95 {flat[int(0.95 * len(flat))] * 1000:.1f} ms, max {flat[-1] * 1000:.1f} ms")
        threads = [threading.Thread(target=get, args=(server.url, RUNAWAY)) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        status, seconds = get(server.url, SMALL)
        started = time.perf_counter()
        for thread in threads:
            thread.join()
        print(f"small query while 4 runaway queries ran: status {status}, {seconds * 1000:.0f} ms; "
              f"runaways ended {time.perf_counter() - started:.1f} s later (timeout 5 s)")
    finally:
        server.stop()


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    library_latencies(folder)
    if "--load" in sys.argv:
        load(folder)
