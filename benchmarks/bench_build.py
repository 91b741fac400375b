"""Whole-build time and memory: N articles through extraction, resolution, RDF, network and every export.

Run:  python benchmarks/bench_build.py [--copies K]
The dev corpus and the seed, copied K times under distinct names (default 10),
are built without the cache into a temporary folder; per-stage times and the
peak resident memory are printed. Numbers go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import extract_corpus, make_bundle  # noqa: E402
from kg.exporters import EXPORTERS  # noqa: E402
from kg.loaders import load_articles  # noqa: E402
from kg.validate import validate_union  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus_dir = Path(folder) / "articles"
        corpus_dir.mkdir()
        sources = sorted((ROOT / "tests" / "corpus" / "dev" / "articles").iterdir()) + sorted((ROOT / "data" / "articles").iterdir())
        for copy in range(args.copies):
            for path in sources:
                # A distinct last line per copy: identical texts would be built once (duplicate detection).
                text = path.read_text(encoding="utf-8") + f"\n（第{copy}份）\n"
                (corpus_dir / f"{copy:03d}-{path.name}").write_text(text, encoding="utf-8")
        times = {}
        start = time.perf_counter()
        loaded = load_articles([corpus_dir])
        times["load"] = time.perf_counter() - start
        start = time.perf_counter()
        corpus, _ = extract_corpus(loaded)
        times["extract"] = time.perf_counter() - start
        start = time.perf_counter()
        bundle = make_bundle(corpus)
        times["resolve+quads+network"] = time.perf_counter() - start
        start = time.perf_counter()
        validate_union(bundle.quads.union_path())
        times["shacl"] = time.perf_counter() - start
        for name, exporter in sorted(EXPORTERS.items()):
            start = time.perf_counter()
            exporter.export(bundle, Path(folder))
            times[f"export {name}"] = time.perf_counter() - start
        print(f"articles: {len(corpus)}, quads: {bundle.quads.count}, nodes: {bundle.network.number_of_nodes()}")
        for stage, seconds in times.items():
            print(f"{stage:>20}: {seconds:6.2f} s")
        print(f"{'total':>20}: {sum(times.values()):6.2f} s")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
