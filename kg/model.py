"""The plain dataclasses that flow between pipeline stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple


@dataclass(frozen=True)
class Article:
    """One news article as read from a file: the text the offsets of every fact refer to."""

    article_id: str
    text: str
    title: str = ""
    date: str = ""
    publisher: str = ""
    url: str = ""
    source_file: str = ""
    body_start: int = 0
    text_sha256: str = ""  # kept when the text is dropped after extraction (kg/build.py streams the corpus)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the key of the build cache and of duplicate detection."""
        return self.text_sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def without_text(self) -> Article:
        """The article's header and text hash only: what the stages after extraction need."""
        return replace(self, text="", text_sha256=self.content_hash)


class _EvidenceFields(NamedTuple):
    article_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


class Evidence(tuple):
    """Where a fact is stated: the sentence and its character offsets into Article.text.

    Immutable, so the extractor gives every fact one rule read in one sentence the same object,
    and all evidence of a sentence the same string: held and pickled (from the extraction workers
    to the main process) once. A tuple subclass made from one tuple,
    Evidence((article_id, sentence, start, end, rule, confidence)), by tuple's own constructor in C:
    a frozen dataclass cost some 4,200 instructions to make and free (its Python __init__, and the
    instance dict it filled), this some 1,500 (callgrind), and it pickles as a tuple. Equality and
    hash are the field tuple's, as the frozen dataclass's were; the fields are read by the
    NamedTuple's own getters (_EvidenceFields), and repr and _asdict are its too."""

    __slots__ = ()
    article_id, sentence, start, end = _EvidenceFields.article_id, _EvidenceFields.sentence, _EvidenceFields.start, _EvidenceFields.end
    rule, confidence = _EvidenceFields.rule, _EvidenceFields.confidence
    _fields = _EvidenceFields._fields
    __repr__, _asdict = _EvidenceFields.__repr__, _EvidenceFields._asdict


@dataclass
class Fact:
    """One fact in the shape of docs/FACTS.md plus the evidence that supports it."""

    kind: str
    fields: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)

    def key(self) -> tuple:
        """The identity of a fact within an article: kind plus its defining fields."""
        return (self.kind,) + tuple(str(self.fields.get(name, "")) for name in KEY_FIELDS[self.kind])

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=1.0)

    def to_record(self, explain: bool = False) -> dict[str, Any]:
        """The facts.jsonl record; with explain, the evidence and rules come along."""
        record: dict[str, Any] = {"kind": self.kind}
        record.update({k: v for k, v in self.fields.items() if v not in (None, "", [])})
        if explain:
            record["evidence"] = [
                {
                    "article": e.article_id,
                    "sentence": e.sentence,
                    "start": e.start,
                    "end": e.end,
                    "rule": e.rule,
                    "confidence": e.confidence,
                }
                for e in self.evidence
            ]
        return record


KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "source": ("title",),
    "organization": ("name",),
    "person": ("name",),
    "position": ("person", "role", "organization", "status"),
    "event": ("name", "date"),
    "participation": ("person", "organization", "event_date", "role"),
    "chair_term": ("organization", "year", "network"),
    "document": ("title",),
    "project": ("name",),
}


# The order facts are listed and written in: entities before the facts that point to them,
# events before the participations that name them.
KIND_ORDER = ("source", "organization", "person", "position", "event", "participation", "chair_term", "document", "project")


_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


class KindOrdered(list):
    """Facts as in_kind_order returns them: ordered again, they are returned as they are (the build's walk orders
    an article's facts once for its graph and its facts table; each ordering made every fact's key)."""


def in_kind_order(facts: list[Fact]) -> list[Fact]:
    """Facts sorted by kind (KIND_ORDER), then by identity: a stable order for every output."""
    if isinstance(facts, KindOrdered):
        return facts
    return KindOrdered(sorted(facts, key=lambda f: (_KIND_RANK.get(f.kind, len(KIND_ORDER)), str(f.key()))))


@dataclass
class ArticleFacts:
    """The facts of one article, as the extractor returns them."""

    article: Article
    facts: list[Fact]
    unhandled: list[str] = field(default_factory=list)
