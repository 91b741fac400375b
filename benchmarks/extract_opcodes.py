"""Opcodes per bench article, by function and by line: where extraction's interpreter work goes, the same on every run.

Run:  python benchmarks/extract_opcodes.py [--top 40] [--file kg/extract/org_names.py]
It extracts the bench articles (bench_extract.py's: the seed and the dev corpus) once to warm up, then once more
counting every opcode the interpreter runs (`sys.settrace` with `frame.f_trace_opcodes`), and prints the opcodes per
article of the busiest functions (their own, and with what they call) and lines; with --file, every counted line of
that file in line order. Sampled CPU time on the shared machine moves with the load and credits C work to whichever
frame runs next; this count does not, and it followed the instruction count of extract_instructions.py in the
seventeenth speed pass (some 2,500 opcodes an article fewer, with their allocations: 1.7 % of both). It does not see the
cost inside one C call (a regex, the tagger, an Aho–Corasick scan): that is what the instruction count is for.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_extract import BENCH_ARTICLES  # noqa: E402
from kg.extract import extract_article  # noqa: E402
from kg.loaders import load_articles  # noqa: E402
from kg.model import Article  # noqa: E402

_PREFIX = str(ROOT) + "/"


def _function(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.removeprefix(_PREFIX)}:{code.co_firstlineno} {code.co_name}"


def count_opcodes(articles: list[Article]) -> tuple[Counter[str], Counter[str], Counter[tuple[str, int]]]:
    """Opcodes each function runs itself, each function runs with what it calls, and each (file, line) runs."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    lines: Counter[tuple[str, int]] = Counter()

    def on_opcode(frame: FrameType, event: str, arg: object) -> object:  # (a trace function returns itself)
        if event == "opcode":
            own[_function(frame)] += 1
            lines[(frame.f_code.co_filename.removeprefix(_PREFIX), frame.f_lineno)] += 1
            callers = set()
            caller: FrameType | None = frame
            while caller is not None and caller.f_code.co_filename != __file__:  # (up to this script's own frames)
                callers.add(_function(caller))  # a recursive function counts once per opcode
                caller = caller.f_back
            inclusive.update(callers)
        return on_opcode

    def on_call(frame: FrameType, event: str, arg: object) -> object:
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return on_opcode

    sys.settrace(on_call)
    try:
        for article in articles:
            extract_article(article)
    finally:
        sys.settrace(None)
    return own, inclusive, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--file", help="list this file's counted lines in line order (a path under the checkout)")
    args = parser.parse_args()
    articles = load_articles(BENCH_ARTICLES).articles
    for article in articles:  # warm-up: lexicons, segmenter dictionary, compiled patterns
        extract_article(article)
    own, inclusive, lines = count_opcodes(articles)
    count, total = len(articles), sum(own.values())
    print(f"{total / count:,.0f} opcodes per article ({count} articles)")
    if args.file:
        source = (ROOT / args.file).read_text(encoding="utf-8").splitlines()
        # (an opcode with no line of its own, such as a generator's start, is counted under line None: left out)
        for (_, line), opcodes in sorted(item for item in lines.items() if item[0][0] == args.file and item[0][1] is not None):
            print(f"{opcodes / count:8,.0f} {line:5d}  {source[line - 1].strip()[:120]}")
        return
    for title, counter in (("own", own), ("with what they call", inclusive)):
        print(f"--- functions, {title}")
        for name, opcodes in counter.most_common(args.top):
            print(f"{opcodes / count:8,.0f} {100 * opcodes / total:5.1f} %  {name}")
    print("--- lines")
    for (filename, line), opcodes in lines.most_common(args.top):
        print(f"{opcodes / count:8,.0f} {100 * opcodes / total:5.1f} %  {filename}:{line}")


if __name__ == "__main__":
    main()
