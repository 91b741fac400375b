"""Extraction quality per gold part: the figures of the README's tables, one command.

Run:  python benchmarks/score_parts.py [PART ...] [--json OUT] [--misses] [--jobs N] [--exclude PREFIX ...]
A part is one half of a tests/corpus corpus, named by its pages' prefix (rmD, rmH, pgD; the retold corpus's rtA+rtB
and rtC), or one of the older corpora scored whole (seed, dev, multi, holdout, holdout2, holdout3, holdout4); no
PART scores them all. Each part's pages are extracted and scored against their gold with `kg.evaluate.score`
(docs/FACTS.md), and one row a part is printed: the headline and each kind's F1. `--json` writes every kind's
F1 with its matched and total counts (gold and system), so two runs compare part by part; `--misses` prints each
missed and extra fact. `--exclude wlH` leaves out (never reads) the pages of a blind half until its one reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import HEADLINE_KINDS, SCORED_KINDS, Report, score_pages  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
WHOLE = ("dev", "multi", "holdout", "holdout2", "holdout3", "holdout4")  # older corpora scored whole
RETOLD = {"rtA+rtB": ("rtA", "rtB"), "rtC": ("rtC",)}  # the retold corpus's development and held-out parts


def parts() -> dict[str, tuple[Path, tuple[str, ...]]]:
    """Every part: its corpus folder and the prefixes of its pages ("": the whole corpus)."""
    found: dict[str, tuple[Path, tuple[str, ...]]] = {"seed": (ROOT / "data", ("",))}
    found.update({name: (CORPUS / name, ("",)) for name in WHOLE})
    for folder in sorted(p.parent for p in CORPUS.glob("*/articles") if p.parent.name not in WHOLE):
        if folder.name == "retold":
            found.update({name: (folder, prefixes) for name, prefixes in RETOLD.items()})
            continue
        for prefix in sorted({page.name[:3] for page in (folder / "articles").iterdir()}):
            found[prefix] = (folder, (prefix,))
    return found


def score_part(name: str) -> tuple[str, Report]:
    """One part's report: each page extracted and scored against its gold file (kg.evaluate.score_pages)."""
    return name, score_pages(*parts()[name])


def figures(report: Report) -> dict[str, list[float | int]]:
    """Each kind's and the headline's F1 with matched gold, gold, matched system and system counts."""
    kinds = dict(report.kinds, headline=report.headline)
    return {kind: [s.f1, s.matched_gold, s.gold, s.matched_system, s.system] for kind, s in kinds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="parts to score (default: all)")
    parser.add_argument("--json", type=Path, help="write every part's figures to this file")
    parser.add_argument("--misses", action="store_true", help="print each missed and extra fact")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--exclude", nargs="*", default=[], help="prefixes of parts never read (blind halves)")
    args = parser.parse_args()
    known = parts()
    unknown = [name for name in args.parts if name not in known]
    if unknown:
        raise SystemExit(f"no such part: {', '.join(unknown)} (parts: {', '.join(known)})")
    names = [name for name in (args.parts or known) if not name.startswith(tuple(args.exclude))]
    with Pool(args.jobs) as pool:
        results = pool.map(score_part, names, chunksize=1)
    columns = ("headline",) + HEADLINE_KINDS + tuple(k for k in SCORED_KINDS if k not in HEADLINE_KINDS)
    print(f"{'part':10s} " + " ".join(f"{kind[:12]:>12s}" for kind in columns) + "    gold")
    for name, report in results:
        row = figures(report)
        print(f"{name:10s} " + " ".join(f"{row[kind][0]:12.3f}" for kind in columns) + f"  {row['headline'][2]:6d}")
        if args.misses:
            for miss in report.misses:
                print("   ", json.dumps(miss, ensure_ascii=False))
    if args.json:
        data = {name: figures(report) for name, report in results}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
