"""Extraction speed and memory on one core: articles per second and peak memory.

Run:  python benchmarks/bench_extract.py [--articles N]
It extracts the bundled seed and the invented dev corpus repeated to N
articles (default 2000) in this one process, after one warm-up pass that
loads the lexicons and the segmenter, and prints articles/s, characters/s and
the peak resident memory. The numbers go in docs/BENCHMARKS.md; tests never
assert timings.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_ARTICLES = [ROOT / "data" / "articles", ROOT / "tests" / "corpus" / "dev" / "articles"]  # the benchmarks' articles
sys.path.insert(0, str(ROOT))

from kg.extract import extract_article  # noqa: E402
from kg.loaders import load_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    loaded = load_articles(BENCH_ARTICLES)
    base = loaded.articles
    for article in base:  # warm-up: lexicons, segmenter dictionary
        extract_article(article)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    articles = [base[i % len(base)] for i in range(args.articles)]
    characters = sum(len(a.text) for a in articles)
    facts = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for article in articles:
        facts += len(extract_article(article).facts)
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"articles: {len(articles)} ({len(base)} distinct, mean {characters // len(articles)} characters)")
    print(f"facts: {facts}")
    print(f"wall: {wall:.2f} s, cpu: {cpu:.2f} s")
    print(f"speed: {len(articles) / cpu:.0f} articles/s per core, {characters / cpu / 1e6:.2f} M characters/s")
    print(f"peak RSS: {peak / 1024:.0f} MiB (after warm-up {rss_before / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
