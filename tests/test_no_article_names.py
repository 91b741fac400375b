"""The extractor generalizes: no person named in any gold file appears in the code or the lexicons."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_person_from_an_article_in_code_or_lexicons() -> None:
    people = set()
    for gold in list((ROOT / "data" / "gold").glob("*.jsonl")) + list((ROOT / "tests" / "corpus").glob("*/gold/*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["kind"] == "person":
                people.add(record["name"])
    assert len(people) > 300
    sources = list((ROOT / "kg").rglob("*.py")) + list((ROOT / "data" / "lexicons").iterdir())
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources if path.is_file())
    # a two-character name padded to three in a comment's example (方　晔, the pages' own layout) is the name too
    padded = {name: f"{name[0]}\u3000{name[1]}" for name in people if len(name) == 2}
    assert not sorted(name for name in people if name in text or (name in padded and padded[name] in text))
