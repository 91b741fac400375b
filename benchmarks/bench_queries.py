"""Library query latencies on a build, and the endpoint under load (numbers for docs/BENCHMARKS.md).

usage: python benchmarks/bench_queries.py BUILD_DIR [--load]
  BUILD_DIR: a `charity-kg build` folder (e.g. of make_scale_corpus.py's 1,000 articles)
  --load:    also start `charity-kg serve` on it: 100 clients x 10 queries, and a small query
             while 4 runaway queries run (timeout 5 s), with Oxigraph's own cancellation and without it
"""

from __future__ import annotations

import os
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
from kg.store import _execute, open_store

FIRST_TERM = "SELECT ?t WHERE { ?t a <https://w3id.org/charity-kg/ontology#ChairTerm> } ORDER BY ?t LIMIT 1"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "PREFIX ck: <https://w3id.org/charity-kg/ontology#> SELECT ?y WHERE { ?t a ck:ChairTerm ; ck:termYear ?y } LIMIT 5"


def _busiest_year(store: ox.Store) -> str:
    """The year with the most participations: the largest page of the year-paged queries."""
    rows = store.query("PREFIX ck: <https://w3id.org/charity-kg/ontology#> SELECT ?y (COUNT(*) AS ?n) WHERE "
                       "{ ?x ck:inEvent ?e . ?e ck:date ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?y) } GROUP BY ?y ORDER BY DESC(?n) ?y LIMIT 1")
    return next(iter(rows))[0].value


def library_latencies(build: Path, repeat: int = 5) -> None:
    store = open_store(build)
    busiest = _busiest_year(store)
    print(f"{'query':<34} {'rows':>6} {'best ms':>8} {'median ms':>10}")
    runs = [(name, query.text, None) for name, query in library().items()]
    # the year-paged queries: also their largest year and everything
    runs += [(f"{name} year={year}", library()[name].text, {"year": year})
             for name in ("posts", "representatives") for year in (busiest, "all")]
    for name, text, bindings in runs:
        times, rows = [], 0
        # evidence answers for one fact (bound as `query evidence --bind fact=IRI` does): the first chair term
        if name == "evidence":
            bindings = {"fact": next(iter(store.query(FIRST_TERM)))[0].value}
        for _ in range(repeat):
            started = time.perf_counter()
            result, _ = _execute(store, text, bindings)
            rows = sum(1 for _ in result)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{name:<34} {rows:>6} {min(times):>8.1f} {statistics.median(times):>10.1f}")


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


def _cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children (the proxy and its Oxigraph), from /proc."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if entry.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def runaways(url: str, pid: int, limit: float) -> None:
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(get(url, RUNAWAY)[0])) for _ in range(4)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    status, seconds = get(url, SMALL)
    for thread in threads:
        thread.join()
    ended = time.perf_counter() - started
    get(url, SMALL)  # the restarted Oxigraph answers
    before = _cpu_seconds(pid)
    time.sleep(2)
    idle = (_cpu_seconds(pid) - before) / 2
    print(f"  small query while 4 runaway queries ran: status {status}, {seconds * 1000:.0f} ms; runaways answered "
          f"{sorted(statuses)} after {ended:.1f} s (limit {limit:g} s); server CPU afterwards {idle * 100:.0f} % of a core")


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
        print("runaway queries, timeout 5 s (Oxigraph's cancellation, the proxy's restart at 7 s):")
        runaways(server.url, server.process.pid, 7)
    finally:
        server.stop()
    server = start_server(build, "127.0.0.1", port, timeout=5, backend_timeout=3600)
    try:
        print("runaway queries, Oxigraph's cancellation off (only the proxy's restart at 7 s ends them):")
        runaways(server.url, server.process.pid, 7)
    finally:
        server.stop()


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    library_latencies(folder)
    if "--load" in sys.argv:
        load(folder)
