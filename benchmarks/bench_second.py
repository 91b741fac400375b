"""The second process's steps one at a time: wall and CPU seconds (own + child processes) of each.

Run:  python benchmarks/bench_second.py CORPUS WORK [--steps settle,union,jsonld,trig,turtle,validate,store]

Builds CORPUS's quads as `charity-kg build` does (extraction, resolution, the walk; `--jobs 2`), then runs
each step of the second process (kg/build.py: _background_exports) alone, in order, on that file: settling
(shared triples moved to shared graphs), the union's sort, the RDF files, validation and the store's bulk
load. CPU seconds compare across runs on a machine others share; wall seconds do not. Prints one line per
step and the quads per article.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from kg.build import make_bundle, prepare  # noqa: E402
from kg.exporters import get_exporter  # noqa: E402
from kg.exporters.base import Bundle  # noqa: E402
from kg.quads import SortedQuads  # noqa: E402
from kg.validate import validate_union  # noqa: E402

STEPS = ("settle", "union", "jsonld", "trig", "turtle", "validate", "store")


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path, help="scratch folder (emptied)")
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--keep", type=Path, help="folder to keep the settled graph.nq in (for benchmarks/bench_store.py)")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    (args.work / "out").mkdir(parents=True)
    with tempfile.TemporaryDirectory(dir=args.work) as spill:
        prepared = prepare([args.corpus], jobs=2, spill_dir=Path(spill))
        articles = len(prepared.corpus)
        built = make_bundle(prepared.hand_over(), curation=prepared.curation, duplicates=prepared.duplicates, jobs=2,
                            spilled=prepared.spilled, scratch=args.work / "quads-")
    quads = SortedQuads(count=built.quads.count, scratch=args.work, **built.quads.as_written)
    bundle = Bundle([], quads, nx.MultiDiGraph())
    for step in args.steps.split(","):
        start, cpu = time.perf_counter(), cpu_seconds()
        if step == "settle":
            quads.path
        elif step == "union":
            quads.union_path()
        elif step == "validate":
            validate_union(quads.union_path())
        else:
            get_exporter(step).export(bundle, args.work / "out")
        print(f"{step}: wall {time.perf_counter() - start:.2f} s, CPU {cpu_seconds() - cpu:.2f} s", flush=True)
    print(f"{articles} articles, {quads.count} quads, {quads.count / articles:.0f} per article, "
          f"{quads.path.stat().st_size / articles:,.0f} bytes of N-Quads per article")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(quads.path, args.keep / "graph.nq")
    built.workdir.cleanup()


if __name__ == "__main__":
    main()
