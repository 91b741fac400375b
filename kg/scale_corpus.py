"""A corpus of any size for scale tests and benchmarks, made from the project's invented articles.

Copy k of an article (tests/corpus/*/articles/*.txt, with gold in ../gold) gets
fresh person names (same surname, new given names from a fixed seed; the same corpus in every process), its years
shifted by k, and a copy number in its title, so that entities grow with the
corpus as they would in a real collection. Adapted from the session tools'
make_scale_corpus.py so that a fresh clone has it.

    python -m kg.scale_corpus N OUT_DIR [PROJECT_DIR]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志宏海林亮春云飞鹏辉晓东文斌"
PROJECT = Path(__file__).resolve().parents[1]


def _sources(project: Path) -> list[tuple[Path, str, list[str]]]:
    sources = []
    for article in sorted(project.glob("tests/corpus/*/articles/*.txt")):
        gold = article.parent.parent / "gold" / f"{article.stem}.jsonl"
        names = []
        if gold.exists():
            for line in gold.read_text(encoding="utf-8").splitlines():
                fact = json.loads(line) if line.strip() else {}
                if fact.get("kind") == "person" and 2 <= len(fact["name"]) <= 4:
                    names.append(fact["name"])
        sources.append((article, article.read_text(encoding="utf-8"), sorted(set(names), key=lambda name: (-len(name), name))))
    return sources


def make_scale_corpus(count: int, out: Path, project: Path = PROJECT) -> int:
    """Write count articles into out (created); returns how many source articles they were made from."""
    sources = _sources(project)
    if not sources:
        raise SystemExit(f"{project}: no tests/corpus/*/articles/*.txt to copy")
    rng = random.Random(7)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        article, text, names = sources[i % len(sources)]
        k = i // len(sources)
        if k:
            for name in names:
                text = text.replace(name, name[0] + "".join(rng.choice(GIVEN) for _ in range(len(name) - 1)))
            text = re.sub(r"(20[0-2]\d)年", lambda m: f"{2000 + (int(m.group(1)) - 2000 + k) % 26}年", text)
            first, _, rest = text.partition("\n")
            text = f"{first}（之{k}）\n{rest}"
        (out / f"{i:06d}-{article.stem}.txt").write_text(text, encoding="utf-8")
    return len(sources)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    made_from = make_scale_corpus(int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) == 4 else PROJECT)
    print(f"wrote {sys.argv[1]} articles from {made_from} sources to {sys.argv[2]}")
