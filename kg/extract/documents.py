"""Documents named in 《》: title without spaces, kind from its ending, presenter from the cue before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import SentenceView
from .lexicon import lexicons, word_class
from .mentions import Mention

_DRAFT = re.compile(r"[((][^()()]*[))]$")
# 《…》一文: a newspaper article the page cites (a correction's 本报某版《…》一文), no document (data/lexicons/word_classes.tsv)
_CITED_ARTICLE_WORDS = word_class("cited_article_word")
# 心理情景剧《…》, 演唱了《…》, 《…》选段: a piece performed, a work and no document (data/lexicons/word_classes.tsv)
_PERFORMED_LEADS = tuple(word_class("performed_work_lead"))
_PERFORMED_TAILS = tuple(word_class("performed_work_tail"))


@dataclass(frozen=True)
class DocumentClaim:
    start: int
    end: int
    type: str
    author: Mention | None


# the lengths of the document endings (document_suffixes.tsv), longest first, found once, not for every title
_SUFFIX_LENGTHS = tuple(sorted({len(suffix) for suffix in lexicons().document_suffixes}, reverse=True))


def document_type(title: str) -> str:
    """report, plan, declaration... from the title's longest ending; (审议稿)/(草案) do not count.
    (One lookup of the title's last characters per length of ending, not a test per ending.)"""
    bare = _DRAFT.sub("", title).strip()
    suffixes = lexicons().document_suffixes
    for length in _SUFFIX_LENGTHS:
        kind = suffixes.get(bare[-length:])  # (a title shorter than the ending is looked up whole: an ending itself)
        if kind is not None:
            return kind
    return "publication"


def read_documents(view: SentenceView, pronoun_person: Mention | None) -> list[DocumentClaim]:
    claims: list[DocumentClaim] = []
    text, offset = view.sentence.text, view.start
    for start, end in view.titles:
        if text.startswith(_CITED_ARTICLE_WORDS, end - offset) or text.startswith(_PERFORMED_TAILS, end - offset) or text.endswith(_PERFORMED_LEADS, 0, start - offset):
            continue
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
