"""Scale benchmark: build time, peak memory, quads and bytes per article, query cold start and latency.

Run:  python benchmarks/bench_scale.py --sizes 1000 10000 [--baseline 174ba55] [--jobs N] [--work DIR]

For each size a corpus is generated (kg/scale_corpus.py: the invented articles
copied with fresh names and shifted years) and built by `charity-kg build
--no-cache` in a child process, with every export and validation, as a user
runs it. Peak memory is the largest sum of the resident memory of the build
and its worker processes (sampled from /proc every 0.1 s). With --baseline, the
same corpus is also built by that git revision's code (unpacked with `git
archive`) at the smallest size, for the before/after ratio. Prints a Markdown
table and writes WORK/results.json. Numbers go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.scale_corpus import make_scale_corpus  # noqa: E402

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LATENCY_QUERIES = {
    "count all triples": COUNT,
    "posts of people (3-way join)": """SELECT ?name ?role ?orgname WHERE { ?p a ck:Position ; org:member/rdfs:label ?name ;
        org:role/rdfs:label ?role ; org:organization/rdfs:label ?orgname } LIMIT 1000""",
    "who met whom at an event (two hops)": """SELECT ?x ?y ?e WHERE { ?a ck:participant ?x ; ck:inEvent ?e .
        ?b ck:participant ?y ; ck:inEvent ?e . FILTER(?x != ?y) } LIMIT 1000""",
}


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024 if "VmRSS" in status else 0
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def _kill_tree(pid: int) -> None:
    """SIGKILL a process and its descendants (the build's workers and its second process)."""
    todo, found = [pid], []
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    for victim in found:
        try:
            os.kill(victim, 9)
        except OSError:
            pass


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, max_bytes: int = 0) -> tuple[float, int, str]:
    """Wall seconds, peak tree memory and stderr of a command; killed (SystemExit) past max_bytes of tree memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()
    killed = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            if max_bytes and peak > max_bytes and not killed.is_set():
                killed.set()
                _kill_tree(process.pid)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if killed.is_set():
        stages = re.findall(r"INFO kg\.build: (.+?): ([\d.]+) s", stderr)
        raise SystemExit(f"killed after {seconds:.0f} s at {peak / 2**30:.1f} GiB of tree memory (limit {max_bytes / 2**30:.1f} GiB); "
                         f"stages finished: {stages}; last lines:\n{stderr[-3000:]}")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stdout}\n{stderr}")
    return seconds, peak, stderr


def measure_build(corpus: Path, out: Path, articles: int, jobs: int, code: Path, new: bool, max_bytes: int = 0) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-m", "kg", "-v", "build", str(corpus), "-o", str(out), "--no-cache"]
    if new:
        command += ["--jobs", str(jobs)]
    seconds, peak, stderr = run(command, cwd=code, env=env, max_bytes=max_bytes)
    stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"INFO kg\.build: (.+?): ([\d.]+) s", stderr)}
    result_memory = {m.group(1): int(m.group(2)) for m in re.finditer(r"INFO kg\.build: (.+?): [\d.]+ s \(resident \d+, peak (\d+) MiB", stderr)}
    nq = out / "graph.nq"
    with nq.open("rb") as handle:
        quads = sum(1 for _ in handle)
    result = {
        "articles": articles, "seconds": round(seconds, 1), "peak_mib": round(peak / 2**20),
        "quads": quads, "quads_per_article": round(quads / articles), "nq_bytes_per_article": round(nq.stat().st_size / articles),
        "stages": stages, "main_peak_mib_after": result_memory,
        "graph_bytes": {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()},
    }
    cold = [run([sys.executable, "-m", "kg", "query", COUNT, "--data", str(out)], cwd=code, env=env)[0] for _ in range(3)]
    result["query_cold_s"] = round(statistics.median(cold), 2)
    if new:
        probe = (
            "import json, statistics, sys, time\nfrom pathlib import Path\n"
            "t = time.perf_counter()\nfrom kg.store import open_store, run_query\nstore = open_store(Path(sys.argv[1]))\n"
            "opened = time.perf_counter() - t\nqueries = json.loads(sys.argv[2])\nout = {'open_s': round(opened, 3)}\n"
            "for name, q in queries.items():\n    times = []\n    for _ in range(3):\n        t = time.perf_counter(); run_query(store, q); times.append(time.perf_counter() - t)\n"
            "    out[name] = round(statistics.median(times), 3)\nprint(json.dumps(out))\n"
        )
        output = subprocess.run([sys.executable, "-c", probe, str(out), json.dumps(LATENCY_QUERIES)], cwd=code, env=env, capture_output=True, text=True, check=True)
        result["query_latency_s"] = json.loads(output.stdout)
    return result


def baseline_code(revision: str, folder: Path) -> Path:
    """The source tree of a git revision, unpacked into folder."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline", help="git revision of the old data path, built at the smallest size")
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and builds (default: a temporary one)")
    parser.add_argument("--max-gib", type=float, default=0, help="kill a build whose processes together pass this much resident memory (a shared machine)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="charity-kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start", "runs": []}
    for size in sorted(args.sizes):
        corpus = work / f"corpus-{size}"
        if not corpus.is_dir():
            make_scale_corpus(size, corpus)
        run_result = {"path": "new", "jobs": args.jobs, **measure_build(corpus, work / f"build-{size}", size, args.jobs, ROOT, True, int(args.max_gib * 2**30))}
        results["runs"].append(run_result)
        print(json.dumps(run_result, ensure_ascii=False), flush=True)
        if args.baseline and size == min(args.sizes):
            code = baseline_code(args.baseline, work / f"baseline-{args.baseline}")
            old = {"path": f"old ({args.baseline})", "jobs": 1, **measure_build(corpus, work / f"build-old-{size}", size, 1, code, False)}
            results["runs"].append(old)
            print(json.dumps(old, ensure_ascii=False), flush=True)
    (work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n| path | articles | build s | peak MiB | quads/article | N-Quads bytes/article | query cold s |")
    print("|---|---|---|---|---|---|---|")
    for r in results["runs"]:
        print(f"| {r['path']} | {r['articles']} | {r['seconds']} | {r['peak_mib']} | {r['quads_per_article']} | {r['nq_bytes_per_article']} | {r['query_cold_s']} |")


if __name__ == "__main__":
    main()
