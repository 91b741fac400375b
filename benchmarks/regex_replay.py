"""Every regex kg/ compiles, ranked by the time its calls take on the bench articles: where the engine's share goes.

Run:  python benchmarks/regex_replay.py [--top 30]
re.compile is wrapped before kg is imported, so each pattern kg/ compiles (at import or later, lru_cache'd ones
too) records the calls extraction makes on it over one pass of the bench articles (bench_extract.py's: the seed
and the dev corpus, after a warm-up pass). Each pattern's calls are then replayed alone on the bare pattern, best
of 7 runs, and the patterns are printed by microseconds per article, with their calls per article and the line
that compiles them. Replaying one pattern at a time ranks them better than timing the calls in the flow, where
cold caches and the load's noise fall on whichever call runs then. The figures are wall time: compare the
patterns of one run with each other, not runs on a busy machine (instruction counts: extract_instructions.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_compile = re.compile
_calls: dict[tuple[str, str], list[tuple[str, tuple, dict]]] = defaultdict(list)
_patterns: dict[tuple[str, str], re.Pattern[str]] = {}
_recording = False


class _Recorder:
    """A compiled pattern that notes each call of its matching methods while recording, then makes it."""

    def __init__(self, pattern: re.Pattern[str], key: tuple[str, str]) -> None:
        self._pattern, self._key = pattern, key

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._pattern, name)
        if name not in _METHODS:
            return attribute  # .pattern, .groups, .groupindex …

        def call(*args: Any, **kwargs: Any) -> Any:
            if _recording:
                _calls[self._key].append((name, args, kwargs))
            return attribute(*args, **kwargs)

        return call


def _recording_compile(pattern: Any, flags: int = 0) -> Any:
    """re.compile, with a recorder around the patterns compiled in kg/ (keyed by the line that compiles them)."""
    compiled = _compile(pattern, flags)
    caller = sys._getframe(1)
    if not Path(caller.f_code.co_filename).is_relative_to(ROOT / "kg"):
        return compiled  # the standard library's and the packages' own patterns
    key = (f"{Path(caller.f_code.co_filename).relative_to(ROOT)}:{caller.f_lineno}", str(compiled.pattern))
    _patterns[key] = compiled
    return _Recorder(compiled, key)


def _replay(pattern: re.Pattern[str], calls: list[tuple[str, tuple, dict]]) -> float:
    """Seconds the calls take on the bare pattern, best of 7 (finditer's matches taken too: the work is there)."""
    bound = [(getattr(pattern, name), args, kwargs) for name, args, kwargs in calls]
    best = float("inf")
    for _ in range(7):
        began = time.perf_counter()
        for method, args, kwargs in bound:
            result = method(*args, **kwargs)
            if method.__name__ == "finditer":
                for _ in result:
                    pass
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    global _recording
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30, help="print this many patterns")
    args = parser.parse_args()
    re.compile = _recording_compile  # before kg is imported: its module-level patterns are compiled at import
    from kg.extract import extract_article
    from bench_extract import BENCH_ARTICLES  # after the patch above: it imports kg
    from kg.loaders import load_articles

    articles = load_articles(BENCH_ARTICLES).articles
    for article in articles:  # warm-up: lexicons, segmenter dictionary, the patterns compiled on first use
        extract_article(article)
    _recording = True
    for article in articles:
        extract_article(article)
    _recording = False
    re.compile = _compile
    ranked = sorted(((_replay(_patterns[key], calls), len(calls), key) for key, calls in _calls.items()), reverse=True)
    total = sum(seconds for seconds, _, _ in ranked)
    print(f"{total / len(articles) * 1e6:.1f} µs an article in {len(ranked)} patterns ({len(articles)} articles)")
    for seconds, count, (site, source) in ranked[: args.top]:
        print(f"{seconds / len(articles) * 1e6:7.2f} µs {count / len(articles):7.1f} calls  {site:32s} {source[:60].replace(chr(10), ' ')}")


if __name__ == "__main__":
    main()
