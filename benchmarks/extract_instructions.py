"""Instructions per extracted article, counted by callgrind: the honest cost figure on a shared machine.

Run:  python benchmarks/extract_instructions.py [--passes 3] [--max M]
It runs benchmarks/extract_passes.py under `valgrind --tool=callgrind` twice, with 0 passes and with
N passes over the 33 bench articles (the seed and the dev corpus, after a warm-up pass), and prints
the difference over N × 33 articles in millions of instructions. The machine's load changes CPU time
by ±10 % and more but not this count. Both runs use PYTHONHASHSEED=0: with a random seed the order of
sets and dicts changed the start-up's count by some 12 M instructions between runs (0.2 M per article of
the figure); with the seed fixed two runs differ by a few thousand. With --max it exits 1 when the
figure is above M: the check to run before landing a rule, against the figure in docs/BENCHMARKS.md
("Extraction"). Needs valgrind (`apt-get install valgrind`); takes about a minute on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_extract import BENCH_ARTICLES  # noqa: E402
from kg.loaders import load_articles  # noqa: E402


def instructions(passes: int) -> int:
    """callgrind's "Collected" count for extract_passes.py with this many passes."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(ROOT / "benchmarks" / "extract_passes.py"), str(passes)]
    environment = {**os.environ, "PYTHONHASHSEED": "0"}  # the same set and dict order in both runs (see above)
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True, env=environment)
    found = re.search(r"Collected\s*:\s*([0-9]+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--max", type=float, default=None, help="fail above this many million instructions per article")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    articles = len(load_articles(BENCH_ARTICLES).articles)
    base, full = instructions(0), instructions(args.passes)
    per_article = (full - base) / (args.passes * articles) / 1e6
    print(f"{per_article:.2f} M instructions per article ({args.passes} x {articles} articles; {base:,} without them, {full:,} with)")
    if args.max is not None and per_article > args.max:
        raise SystemExit(f"above the budget of {args.max:.2f} M instructions per article (docs/BENCHMARKS.md, Extraction)")


if __name__ == "__main__":
    main()
