"""Every fact the extractor finds, with its evidence, on data/ and every tests/corpus/* corpus, to one file.

Run:  python benchmarks/dump_facts.py OUT [--exclude PREFIX ...]
A speed change to kg/extract must not change what it finds: dump with the code
before and after the change and compare the two files byte for byte (`cmp`).
The facts are written in the extractor's own order, each with the evidence
records of `--explain` and the titles no rule used, so a change of order,
rule, confidence or offset shows too. `--exclude cpH` leaves out (never reads)
every article file whose name starts with cpH: held-out or blind halves that
must not be read outside their measurement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract_article  # noqa: E402
from kg.loaders import discover, load_articles  # noqa: E402


def corpora() -> list[Path]:
    """data/articles, then every tests/corpus/*/articles folder, in name order."""
    return [ROOT / "data" / "articles"] + sorted(p for p in (ROOT / "tests" / "corpus").glob("*/articles") if p.is_dir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--exclude", action="append", default=[], metavar="PREFIX", help="leave out article files whose name starts with PREFIX (repeatable)")
    args = parser.parse_args()
    excluded = tuple(args.exclude)
    articles = facts = 0
    with args.out.open("w", encoding="utf-8") as out:
        for corpus in corpora():
            files = [path for path in discover([corpus])[0] if not path.name.startswith(excluded)] if excluded else [corpus]
            for article in load_articles(files).articles:
                result = extract_article(article)
                articles += 1
                out.write(f"## {corpus.relative_to(ROOT)} {article.article_id}\n")
                for fact in result.facts:
                    facts += 1
                    out.write(json.dumps(fact.to_record(explain=True), ensure_ascii=False, sort_keys=True) + "\n")
                for note in result.unhandled:
                    out.write(f"  unhandled: {note}\n")
    print(f"{articles} articles, {facts} facts -> {args.out}")


if __name__ == "__main__":
    main()
