"""Scoring of extracted facts against gold facts, exactly as docs/FACTS.md defines it.

Per kind: precision = matched system facts / system facts, recall = matched
gold facts / gold facts; the headline is the micro-average over person,
organization, position, participation and chair_term.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import GoldError, InputError

HEADLINE_KINDS = ("person", "organization", "position", "participation", "chair_term")
SCORED_KINDS = HEADLINE_KINDS + ("event", "document")


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    matched_system: int = 0
    matched_gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else (1.0 if not self.system else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.system += other.system
        self.gold += other.gold
        self.matched_system += other.matched_system
        self.matched_gold += other.matched_gold


@dataclass
class Report:
    kinds: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in SCORED_KINDS})
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headline(self) -> Score:
        total = Score()
        for kind in HEADLINE_KINDS:
            total.add(self.kinds[kind])
        return total

    def add(self, other: "Report") -> None:
        for kind, score in other.kinds.items():
            self.kinds[kind].add(score)
        self.misses.extend(other.misses)

    def as_rows(self) -> list[dict[str, Any]]:
        rows = [
            {"kind": kind, "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "system": s.system, "gold": s.gold}
            for kind, s in self.kinds.items()
        ]
        h = self.headline
        rows.append({"kind": "headline (micro)", "precision": round(h.precision, 4), "recall": round(h.recall, 4), "f1": round(h.f1, 4), "system": h.system, "gold": h.gold})
        return rows


def read_json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) of a JSON Lines file; an unreadable file or line names file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read ({exc})") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON ({exc.msg}); fix or remove the line", line=number) from None
        if not isinstance(record, dict):
            raise InputError(path, "every line must be a JSON object", line=number)
        records.append((number, record))
    return records


def read_facts(path: Path) -> list[dict[str, Any]]:
    """Facts or gold in JSON Lines, every line an object with a 'kind'."""
    try:
        records = read_json_lines(path)
    except InputError as exc:
        raise GoldError(str(exc)) from None
    for number, record in records:
        if "kind" not in record:
            raise GoldError(f"{path}:{number}: every line must be a JSON object with a 'kind'")
    return [record for _, record in records]


def _compact(text: Any) -> str:
    return "".join(str(text or "").split())


def score(gold: list[dict[str, Any]], system: list[dict[str, Any]], label: str = "") -> Report:
    """Score one article's (or one corpus's) facts."""
    report = Report()
    alias = {}
    for record in gold:
        if record["kind"] == "organization":
            for name in [record.get("name")] + list(record.get("aliases") or []):
                alias[name] = record.get("name")

    def org(name: Any) -> str:
        return alias.get(name, name) or ""

    keys = {
        "person": lambda r: (r.get("name"),),
        "organization": lambda r: (org(r.get("name")),),
        "position": lambda r: (r.get("person"), r.get("role"), org(r.get("organization"))),
        "participation": lambda r: (r.get("person") or org(r.get("organization")), r.get("event_date"), r.get("role")),
        "chair_term": lambda r: (org(r.get("organization")), str(r.get("year"))),
        "document": lambda r: (_compact(r.get("title")),),
    }
    by_kind_gold: dict[str, list] = defaultdict(list)
    by_kind_system: dict[str, list] = defaultdict(list)
    for record in gold:
        by_kind_gold[record["kind"]].append(record)
    for record in system:
        by_kind_system[record["kind"]].append(record)
    for kind, key in keys.items():
        gold_keys = {key(r) for r in by_kind_gold[kind]}
        system_keys = {key(r) for r in by_kind_system[kind]}
        matched = gold_keys & system_keys
        report.kinds[kind] = Score(len(system_keys), len(gold_keys), len(matched), len(matched))
        for k in sorted(gold_keys - matched, key=str):
            report.misses.append({"article": label, "kind": kind, "missing": k})
        for k in sorted(system_keys - matched, key=str):
            report.misses.append({"article": label, "kind": kind, "extra": k})
    report.kinds["event"] = _score_events(by_kind_gold["event"], by_kind_system["event"])
    return report


def score_pages(folder: Path, prefixes: tuple[str, ...] = ("",)) -> Report:
    """Extract every page of folder/articles whose name starts with one of `prefixes` (every page by default) and score
    it against its gold, folder/gold/<the page's stem>.jsonl: a gold corpus's part, as its floors and the README's tables
    measure it."""
    from .extract import extract_article  # (here, not at the top: reading and scoring facts files needs no extractor)
    from .loaders import read_article

    report = Report()
    for page in sorted((folder / "articles").iterdir()):
        if page.name.startswith(prefixes):
            records = [fact.to_record() for fact in extract_article(read_article(page)).facts]
            report.add(score(read_facts(folder / "gold" / f"{page.stem}.jsonl"), records, page.stem))
    return report


def _score_events(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> Score:
    """Events match by date, then by the most characters shared with a gold name of that date."""
    unmatched = [(g.get("date"), g.get("name") or "") for g in gold]
    unmatched = list(dict.fromkeys(unmatched))
    system_events = list(dict.fromkeys((s.get("date"), s.get("name") or "") for s in system))
    matched = 0
    for date, name in system_events:
        candidates = [g for g in unmatched if g[0] == date]
        if not candidates:
            continue
        best = max(candidates, key=lambda g: len(set(g[1]) & set(name)))
        if set(best[1]) & set(name):
            unmatched.remove(best)
            matched += 1
    return Score(len(system_events), len(dict.fromkeys((g.get("date"), g.get("name") or "") for g in gold)), matched, matched)


def evaluate_paths(gold_path: Path, facts_path: Path) -> Report:
    """Files, or folders of files paired by name, or a gold folder against one facts.jsonl with article fields."""
    for path in (gold_path, facts_path):
        if not path.exists():
            raise GoldError(f"{path}: no such file or folder")
    if gold_path.is_file() and facts_path.is_file():
        return score(read_facts(gold_path), [r for r in read_facts(facts_path)], gold_path.stem)
    if not gold_path.is_dir():
        raise GoldError(f"{gold_path}: give a gold folder when the facts are a folder")
    gold_files = sorted(gold_path.glob("*.jsonl"))
    if not gold_files:
        raise GoldError(f"{gold_path}: no .jsonl gold files in this folder")
    if facts_path.is_dir():
        system_by_article = {p.stem: read_facts(p) for p in facts_path.glob("*.jsonl")}
    else:
        system_by_article = defaultdict(list)
        for record in read_facts(facts_path):
            system_by_article[str(record.get("article", ""))].append(record)
    report = Report()
    for gold_file in gold_files:
        report.add(score(read_facts(gold_file), system_by_article.get(gold_file.stem, []), gold_file.stem))
    return report


@dataclass(frozen=True)
class MergeScore:
    """Pairwise scores of entity resolution: pairs of mentions put in one entity."""

    precision: float
    recall: float
    pairs_system: int
    pairs_gold: int


def merge_scores(gold_entities: list[dict[str, Any]], system_entity: Callable[[str, str], str | None]) -> MergeScore:
    """Compare gold entities (id, mentions of article+name) with what the system calls each mention.

    A mention the system did not find gets an entity of its own, so it costs recall.
    """
    mentions = [(entity["id"], m["article"], m["name"]) for entity in gold_entities for m in entity["mentions"]]
    labels = [system_entity(article, name) or f"missing:{article}:{name}:{i}" for i, (_, article, name) in enumerate(mentions)]
    both = system = gold = 0
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            same_gold = mentions[i][0] == mentions[j][0]
            same_system = labels[i] == labels[j]
            gold += same_gold
            system += same_system
            both += same_gold and same_system
    return MergeScore(both / system if system else 1.0, both / gold if gold else 1.0, system, gold)
