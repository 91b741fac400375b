"""The curated layer: human corrections in data/curated/ applied after extraction on every build.

Files (all optional, UTF-8, each row with a `note` saying why or where from):
- aliases.csv      kind,alias,name,note        another name of an organization or person
- merges.csv       kind,keep,merge,note        two entity keys (IRI tails) that are one entity
- splits.csv       kind,name,article,key,note  the name in that article is a different entity
- corrections.jsonl {"article", "match": {...}, "action": "remove"|"replace", "set": {...}, "note"}
- facts.jsonl      extra facts in docs/FACTS.md shape, each with a "note"
Rebuilding never loses them: extraction output is never edited in place.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .evaluate import read_json_lines
from .extract.lexicon import lexicons
from .model import Article, ArticleFacts, Evidence, Fact

NAME_FIELDS = {
    "organization": (("organization", "name"), ("position", "organization"), ("participation", "organization"), ("chair_term", "organization")),
    "person": (("person", "name"), ("position", "person"), ("participation", "person"), ("chair_term", "person"), ("document", "author")),
}
# fact kind -> its (kind of name, field) in NAME_FIELDS's order: what renaming a fact looks at
_NAME_PLACES: dict[str, list[tuple[str, str]]] = {
    fact_kind: [(kind, name_field) for kind, places in NAME_FIELDS.items() for place_kind, name_field in places if place_kind == fact_kind]
    for fact_kind in {place_kind for places in NAME_FIELDS.values() for place_kind, _ in places}
}
CURATED_ARTICLE = "curated"


@dataclass
class Curation:
    aliases: dict[str, dict[str, str]] = field(default_factory=lambda: {"organization": {}, "person": {}})
    merges: list[tuple[str, str, str]] = field(default_factory=list)
    splits: dict[tuple[str, str], str] = field(default_factory=dict)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (any(self.aliases.values()) or self.merges or self.splits or self.corrections or self.facts)


def _csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(columns) - set(reader.fieldnames or [])
        if missing:
            raise InputError(path, f"missing column(s) {', '.join(sorted(missing))}; the header must be {','.join(columns)}")
        rows = []
        for number, row in enumerate(reader, 2):
            if not (row.get("note") or "").strip():
                raise InputError(path, "every curated row needs a note saying why", line=number)
            if row.get("kind") and row["kind"] not in NAME_FIELDS:
                raise InputError(path, f"kind must be organization or person, not {row['kind']!r}", line=number)
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows


def load_curation(folder: Path | None) -> Curation:
    """Read the curated folder (a missing folder means no curation); bad rows name file and line."""
    curation = Curation()
    # Well-known abbreviations of national bodies (data/lexicons/abbreviations.tsv) are aliases too.
    curation.aliases["organization"].update(lexicons().abbreviations)
    if folder is None or not folder.is_dir():
        return curation
    for row in _csv(folder / "aliases.csv", ("kind", "alias", "name", "note")):
        curation.aliases[row["kind"]][row["alias"]] = row["name"]
    curation.merges = [(r["kind"], r["keep"], r["merge"]) for r in _csv(folder / "merges.csv", ("kind", "keep", "merge", "note"))]
    curation.splits = {(r["name"], r["article"]): r["key"] for r in _csv(folder / "splits.csv", ("kind", "name", "article", "key", "note"))}
    for path, target in ((folder / "corrections.jsonl", curation.corrections), (folder / "facts.jsonl", curation.facts)):
        if path.is_file():
            for number, record in read_json_lines(path):
                if not str(record.get("note", "")).strip():
                    raise InputError(path, "every curated record needs a note saying why", line=number)
                target.append(record)
    return curation


def apply_curation(corpus: list[ArticleFacts], curation: Curation) -> list[ArticleFacts]:
    """Aliases renamed, corrections applied, extra facts added as the article `curated`."""
    result = [curate_article(item, curation) for item in corpus]
    extra = curated_facts(curation)
    return result + [extra] if extra is not None else result


def curate_article(item: ArticleFacts, curation: Curation) -> ArticleFacts:
    """One article's facts with aliases renamed and corrections applied: the same whichever
    process does it, so a build can curate each article where it reads it."""
    result = _rename(item, curation.aliases)
    for correction in curation.corrections:
        if correction.get("article") in (None, item.article.article_id):
            result.facts = _correct(result.facts, correction)
    return result


def curated_facts(curation: Curation) -> ArticleFacts | None:
    """The curated layer's extra facts as the article `curated`, or None when there are none."""
    return _curated_article(curation.facts) if curation.facts else None


def _rename(item: ArticleFacts, aliases: dict[str, dict[str, str]]) -> ArticleFacts:
    """The article's facts under their curated names, facts that become one merged.

    A fact no alias touches is kept as it is (not copied: a large corpus would be held
    twice); one is copied before it changes (renamed, or merged with another).
    """
    facts: dict[tuple, Fact] = {}
    copies: set[int] = set()  # ids of the facts made here, which may change
    for fact in item.facts:
        fields = fact.fields
        for kind, name_field in _NAME_PLACES.get(fact.kind, ()):
            value = fields.get(name_field)
            if value in aliases[kind]:
                fields = dict(fields) if fields is fact.fields else fields
                fields[name_field] = aliases[kind][value]
                if fact.kind == "organization" and name_field == "name":
                    fields["aliases"] = sorted(set(fields.get("aliases") or []) | {value})
        renamed = fact if fields is fact.fields else Fact(fact.kind, fields, list(fact.evidence))
        if renamed is not fact:
            copies.add(id(renamed))
        key = renamed.key()
        if key in facts:
            merged = facts[key]
            if id(merged) not in copies:
                merged = facts[key] = Fact(merged.kind, dict(merged.fields), list(merged.evidence))
                copies.add(id(merged))
            merged.evidence += [e for e in renamed.evidence if e not in merged.evidence]
            if fact.kind == "organization":
                merged.fields["aliases"] = sorted(set(merged.fields.get("aliases") or []) | set(fields.get("aliases") or []))
        else:
            facts[key] = renamed
    return ArticleFacts(item.article, list(facts.values()), item.unhandled)


def _correct(facts: list[Fact], correction: dict[str, Any]) -> list[Fact]:
    match = correction.get("match") or {}
    out = []
    for fact in facts:
        hit = all(str(fact.kind if k == "kind" else fact.fields.get(k, "")) == str(v) for k, v in match.items())
        if not hit:
            out.append(fact)
        elif correction.get("action") == "replace":
            evidence = fact.evidence + [Evidence((CURATED_ARTICLE, str(correction["note"]), 0, 0, "curated:replace", 1.0))]
            out.append(Fact(fact.kind, {**fact.fields, **(correction.get("set") or {})}, evidence))
    return out


def _curated_article(records: list[dict[str, Any]]) -> ArticleFacts:
    """Extra facts become an article of their own whose text is the notes, so each has evidence."""
    notes = [str(r["note"]) for r in records]
    header = "Curated facts\n\n"
    text = header + "\n".join(notes) + "\n"
    article = Article(CURATED_ARTICLE, text, title="Curated facts", source_file="data/curated/facts.jsonl", body_start=len(header))
    facts, offset = [], len(header)
    for record, note in zip(records, notes):
        fields = {k: v for k, v in record.items() if k not in ("kind", "note", "article")}
        facts.append(Fact(str(record["kind"]), fields, [Evidence((CURATED_ARTICLE, note, offset, offset + len(note), "curated", 1.0))]))
        offset += len(note) + 1
    return ArticleFacts(article, facts)
