"""Documents named in 《》: title without spaces, kind from its ending, presenter from the cue before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .analysis import SentenceView
from .lexicon import lexicons
from .mentions import Mention

_DRAFT = re.compile(r"[((][^()()]*[))]$")


@dataclass(frozen=True)
class DocumentClaim:
    start: int
    end: int
    type: str
    author: Mention | None


@lru_cache(maxsize=1)
def _document_suffixes() -> tuple[tuple[str, str], ...]:
    """(ending, type) longest first, sorted once, not for every title."""
    suffixes = lexicons().document_suffixes
    return tuple((suffix, suffixes[suffix]) for suffix in sorted(suffixes, key=len, reverse=True))


def document_type(title: str) -> str:
    """report, plan, declaration... from the title's ending; (审议稿)/(草案) do not count."""
    bare = _DRAFT.sub("", title).strip()
    for suffix, kind in _document_suffixes():
        if bare.endswith(suffix):
            return kind
    return "publication"


def read_documents(view: SentenceView, pronoun_person: Mention | None) -> list[DocumentClaim]:
    claims: list[DocumentClaim] = []
    text, offset = view.sentence.text, view.start
    for start, end in view.titles:
        title = text[start - offset + 1:end - offset - 1]
        author = None
        before = [c for c in view.cues if c.end <= start and c.cue in ("speaker", "quote")]
        gap_ok = before and re.fullmatch(r"了?\s*", text[before[-1].end - offset:start - offset])
        jiu = text[:start - offset].endswith("就")
        if gap_ok or jiu or re.match(r"[^,。]{0,6}(?:作了|做了|作)[^,。]{0,4}(?:说明|报告|解读)", text[end - offset:]):
            limit = before[-1].start if gap_ok else start
            people = [m for m in view.persons + view.pronouns if m.end <= limit]
            if people:
                author = people[-1] if people[-1].kind == "person" else pronoun_person
        claims.append(DocumentClaim(start + 1, end - 1, document_type(title), author))
    return claims
