"""Extract the bench articles N times after a warm-up pass: a fixed amount of work to count in instructions.

Run:  valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/extract_passes.py 3
and the same with 0; the difference of the two "Collected" counts over 3 × 33 articles is the
instructions per article, a figure the machine's load does not change (CPU time on a shared 2-core
machine varies by ±10 % and more). The articles are bench_extract.py's: the seed and the dev corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract_article  # noqa: E402
from bench_extract import BENCH_ARTICLES  # noqa: E402
from kg.loaders import load_articles  # noqa: E402


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    articles = load_articles(BENCH_ARTICLES).articles
    for article in articles:  # warm-up: lexicons, segmenter dictionary, compiled patterns
        extract_article(article)
    for _ in range(passes):
        for article in articles:
            extract_article(article)


if __name__ == "__main__":
    main()
