"""The store's load alone, by method: wall and CPU seconds, peak memory, store size and the cold count after it.

Run:  python benchmarks/bench_store.py GRAPH_NQ WORK [--methods pieces,path,cli] [--count]

GRAPH_NQ is a build's settled graph.nq (a build folder's, or `bench_second.py --keep`'s). Each method loads it
into a fresh store under WORK (emptied) in a child process, as the build's second process would:
`pieces` = pyoxigraph's bulk loader fed 128 MB pieces (the store exporter before 2026-12-03 21:00), `path` =
pyoxigraph's bulk loader given the file's path (one pass), `cli` = the `oxigraph load` command (one pass, its
own process; the store exporter now). Peak memory is the largest resident sum of the child and its children,
sampled every 0.1 s. With --count, `charity-kg query` counts all triples on each store from the shell, three
times (cold: a new process each time). CPU seconds compare across runs on a shared machine; wall seconds do not.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_scale import COUNT, _tree_rss  # noqa: E402

LOADERS = {
    "pieces": "import pyoxigraph as ox\nstore = ox.Store(sys.argv[2])\n"
              "with open(sys.argv[1], 'rb') as source:\n"
              "    while block := source.read(128 << 20):\n"  # each piece ends at a line's end
              "        store.bulk_load(block + (b'' if block.endswith(b'\\n') else source.readline()), format=ox.RdfFormat.N_QUADS, lenient=True)\n"
              "store.flush()\n",
    "path": "import pyoxigraph as ox\nstore = ox.Store(sys.argv[2])\n"
            "store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS, lenient=True)\nstore.flush()\n",
    "cli": "from pathlib import Path\nfrom kg.exporters.store import load_with_cli\nload_with_cli(Path(sys.argv[1]), Path(sys.argv[2]))\n",
}


def measure(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the child and its children) and peak resident bytes of a command."""
    before = os.times()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    after = os.times()
    if process.returncode:
        raise SystemExit(f"{command} failed ({process.returncode})")
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("work", type=Path, help="scratch folder (emptied)")
    parser.add_argument("--methods", default="pieces,path,cli")
    parser.add_argument("--count", action="store_true", help="time `charity-kg query` counting all triples on each store")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    with args.graph.open("rb") as handle:
        quads = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 24), b""))
    for method in args.methods.split(","):
        build = args.work / method
        build.mkdir()
        load = os.getloadavg()[0]
        wall, cpu, peak = measure([sys.executable, "-c", "import sys\n" + LOADERS[method], str(args.graph), str(build / "store")])
        size = sum(p.stat().st_size for p in (build / "store").rglob("*") if p.is_file())
        result = {"method": method, "quads": quads, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_mib": round(peak / 2**20),
                  "store_mib": round(size / 2**20), "load_average_at_start": round(load, 1)}
        if args.count:
            times = []
            for _ in range(3):
                count_wall, count_cpu, _ = measure([sys.executable, "-m", "kg", "query", COUNT, "--data", str(build)])
                times.append((round(count_wall, 2), round(count_cpu, 2)))
            result["count_wall_cpu_s"] = times
        print(json.dumps(result), flush=True)
        shutil.rmtree(build / "store")


if __name__ == "__main__":
    main()
