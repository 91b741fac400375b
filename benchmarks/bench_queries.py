"""Library query latencies on a build, and the endpoint under load (the tables of docs/BENCHMARKS.md).

The 1,000-article benchmark build:

    python -m kg.scale_corpus 1000 /tmp/corpus1k
    charity-kg build /tmp/corpus1k -o /tmp/build1k --jobs 2
    python benchmarks/bench_queries.py /tmp/build1k --load
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.paths import QUERY_DIR
from kg.queries import library
from kg.server import start_server
from kg.store import _execute, open_store, run_query

FIRST_TERM = "SELECT ?t WHERE { ?t a <https://w3id.org/charity-kg/ontology#ChairTerm> } ORDER BY ?t LIMIT 1"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "PREFIX ck: <https://w3id.org/charity-kg/ontology#> SELECT ?y WHERE { ?t a ck:ChairTerm ; ck:termYear ?y } LIMIT 5"


def _busiest_year(store: ox.Store) -> str:
    """The year with the most participations: the largest page of the year-paged queries."""
    rows = run_query(store, "PREFIX ck: <https://w3id.org/charity-kg/ontology#> SELECT ?y (COUNT(*) AS ?n) WHERE "
                     "{ ?x ck:inEvent ?e . ?e ck:date ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?y) } GROUP BY ?y ORDER BY DESC(?n) ?y LIMIT 1").rows
    return rows[0][0]


def _load_average() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def library_latencies(build: Path, repeat: int = 5, folder: Path = QUERY_DIR) -> None:
    """Each library query's default answer (and the year pages of posts and representatives): rows, best and median ms."""
    store = open_store(build)
    busiest = _busiest_year(store)
    quads = sum(1 for _ in store.quads_for_pattern(None, None, None, None))
    print(f"{build}: {quads:,} quads; load average before (1/5/15 min): {_load_average()}")
    # CPU ms: the query thread's CPU time (Oxigraph evaluates on the calling thread), which other jobs on the
    # machine inflate far less than the wall-clock time.
    print(f"\n| library query | rows | best of {repeat} ms | median ms | best CPU ms |\n|---|---:|---:|---:|---:|")
    queries = library(folder)
    runs = [(name, query.text, None) for name, query in queries.items()]
    # the year-paged queries: also their largest year and everything
    runs += [(f"{name} year={year}", queries[name].text, {"year": year})
             for name in ("posts", "representatives") for year in (busiest, "all")]
    for name, text, bindings in runs:
        times, cpu, rows = [], [], 0
        # evidence answers for one fact (bound as `query evidence --bind fact=IRI` does): the first chair term
        if name == "evidence":
            bindings = {"fact": run_query(store, FIRST_TERM).rows[0][0]}
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.thread_time()
            result, _ = _execute(store, text, bindings)
            rows = sum(1 for _ in result)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - started_cpu) * 1000)
        print(f"| {name} | {rows:,} | {min(times):.1f} | {statistics.median(times):.1f} | {min(cpu):.1f} |")
    print(f"\nload average after: {_load_average()}")


def get(url: str, query: str) -> tuple[int, float]:
    """(HTTP status, seconds); a 200 whose body is no complete SPARQL JSON result (Oxigraph had begun streaming
    the answer when its timeout cancelled the query) counts as -200, a broken transfer as 0."""
    started = time.perf_counter()
    request = urllib.request.Request(f"{url}?{urlencode({'query': query})}", headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            status = response.status
        try:
            json.loads(body)
        except ValueError:
            status = -status
    except urllib.error.HTTPError as error:
        status = error.code
    except (OSError, http.client.HTTPException):
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
          f"{sorted(statuses)} (-200: cut off by Oxigraph's timeout after the headers) after {ended:.1f} s (limit {limit:g} s); server CPU afterwards {idle * 100:.0f} % of a core")


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


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Time every query of queries/*.rq on a build (best and median wall-clock ms of --repeat runs and the "
                    "best CPU ms of the query thread, as a Markdown table with the machine's load average), and with --load the endpoint of `charity-kg serve` under load.",
        epilog="The benchmark build: python -m kg.scale_corpus 1000 /tmp/corpus1k && "
               "charity-kg build /tmp/corpus1k -o /tmp/build1k --jobs 2",
    )
    parser.add_argument("build", type=Path, metavar="BUILD_DIR", help="a `charity-kg build` output folder (its store/ is queried read-only)")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="runs per query; the table gives the best and the median (default 5)")
    parser.add_argument("--queries", type=Path, default=QUERY_DIR, metavar="DIR",
                        help="the query library to time (default: the project's queries/; another checkout's, to compare)")
    parser.add_argument("--load", action="store_true",
                        help="also start `charity-kg serve` on the build: 100 clients x 10 queries (errors, p50/p95/max), and a "
                             "small query while 4 runaway queries run (timeout 5 s), with Oxigraph's own cancellation and without it")
    args = parser.parse_args()
    if not (args.build / "store").is_dir():
        parser.error(f"{args.build}: no store/ here; build it first (see the epilog)")
    library_latencies(args.build, args.repeat, args.queries)
    if args.load:
        load(args.build)


if __name__ == "__main__":
    main()
