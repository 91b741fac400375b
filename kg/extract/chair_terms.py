"""Rotating-chair terms: which organization (and leader) chaired a network in which year.

`2023年…轮值主席、安徽省慈善总会会长张三`, `轮值主席单位江西省慈善总会`,
`2024年度轮值主席由某会担任`; at a handover (`A向B授旗`) the receiver holds
the event year and the giver the year before, unless the text says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import SentenceView
from .lexicon import word_alternation
from .mentions import Mention
from .positions import PositionClaim

_YEAR = re.compile(r"([0-9]{4})\s*年度?")
_CHAIR = re.compile(r"轮值主席(?:单位)?")
_YEAR_AFTER = re.compile(r"\s*[(（]\s*([0-9]{4})\s*年度?\s*[)）]")


_HANDOVER = re.compile(word_alternation("chair_handover"))  # 授旗, 交接
_PREVIOUS = re.compile(f"(?:{word_alternation('chair_previous')})$")  # 上届轮值主席: the year before
_NEXT = re.compile(word_alternation("chair_next"))  # 将接任轮值主席: the year after
_LINK = re.compile(word_alternation("chair_link"))  # 甲会担任轮值主席
_ROTATES = re.compile(f"(?:{word_alternation('chair_turn')})(?!主席)")  # 2021年度由甲会轮值 / 接任
_TAKES_FLAG = re.compile(word_alternation("chair_takes_flag"))  # 甲会会长某从乙手中接过会旗


@dataclass(frozen=True)
class ChairClaim:
    org: Mention
    person: Mention | None
    year: str
    network_hint: str
    rule: str
    confidence: float


def read_chair_terms(view: SentenceView, claims: list[PositionClaim], event_year: str, body: Mention | None) -> list[ChairClaim]:
    """Chair terms of one sentence; `body` is the organization whose meeting the article reports."""
    text, offset = view.sentence.text, view.start
    found: list[ChairClaim] = []
    for match in _CHAIR.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in ",;:。") + 1
        years = list(_YEAR.finditer(text, clause_start, match.start()))
        year = years[-1].group(1) if years else ""
        hint = text[years[-1].end():match.start()].strip("、 ") if years else ""
        if not year:
            if _PREVIOUS.search(text[clause_start:match.start()]):
                year = str(int(event_year) - 1) if event_year.isdigit() else ""
            elif _NEXT.search(text[clause_start:match.start()]):
                year = str(int(event_year) + 1) if event_year.isdigit() else ""  # 将接任轮值主席: next year's chair
            elif event_year:
                year = event_year
        org = _org_after(view, end) or _org_before(view, offset + clause_start, start)
        bracketed = _YEAR_AFTER.match(text, org.end - offset) if org is not None else None
        if bracketed:
            year, years = bracketed.group(1), [bracketed]  # 首届轮值主席单位为甲会（2020年）: the year it says
        if org is None and re.search(r"作为$", text[clause_start:years[-1].start() if years else match.start()]):
            org = body  # 作为2021年度轮值主席单位，圆满完成…: the body whose report this is
        if org is None or not year:
            continue
        person = next((c.person for c in claims if c.org is org), None)
        confidence = 0.9 if years else 0.6
        found.append(ChairClaim(org, person, year, hint, "chair_apposition" if years else "chair_current_year", confidence))
    for match in _ROTATES.finditer(text):
        # 2021年度由甲会轮值: the organization that takes its turn in the year the clause names
        org = next((o for o in view.orgs if o.end == offset + match.start() and text[o.start - offset - 1:o.start - offset] == "由"), None)
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in ",;:。") + 1
        years = list(_YEAR.finditer(text, clause_start, match.start()))
        if org is not None and years:
            person = next((c.person for c in claims if c.org is org), None)
            found.append(ChairClaim(org, person, years[-1].group(1), "", "chair_turn", 0.8))
    flag = _TAKES_FLAG.search(text)
    if flag and event_year.isdigit():
        # 2025年6月，甲会会长某从乙手中接过会旗: the taker's body chairs the year of the handover
        taker = next((o for o in reversed(view.orgs) if o.end <= offset + flag.start() and "从" in text[o.end - offset:flag.start()]), None)
        if taker is not None:
            found.append(ChairClaim(taker, next((c.person for c in claims if c.org is taker), None), event_year, "", "handover_taker", 0.6))
    if _HANDOVER.search(text) and "授旗" in text and event_year.isdigit():
        found.extend(_handover(view, claims, event_year))
    return found


def _org_after(view: SentenceView, end: int) -> Mention | None:
    """The organization right after 轮值主席(单位) [、|由|为|是]."""
    for org in view.orgs:
        if org.start >= end:
            gap = view.sentence.text[end - view.start: org.start - view.start]
            return org if re.fullmatch(r"[、:,]?\s*(?:由|为|是)?", gap) else None
    return None


def _org_before(view: SentenceView, clause_start: int, start: int) -> Mention | None:
    """The organization before …担任/接任/为…轮值主席 in the same clause."""
    candidates = [o for o in view.orgs if clause_start <= o.start and o.end <= start]
    if not candidates:
        return None
    org = candidates[-1]
    between = view.sentence.text[org.end - view.start: start - view.start]
    return org if _LINK.search(between) else None


def _handover(view: SentenceView, claims: list[PositionClaim], event_year: str) -> list[ChairClaim]:
    """A向B授旗: B holds the event year, A the year before."""
    text, offset = view.sentence.text, view.start
    match = re.search(r"向", text)
    flag = text.find("授旗")
    if match is None or flag < match.start():
        return []
    giver_orgs = [o for o in view.orgs if o.start < offset + match.start()]
    taker_orgs = [o for o in view.orgs if offset + match.start() < o.start < offset + flag]
    result: list[ChairClaim] = []
    if taker_orgs:
        taker = taker_orgs[-1]
        person = next((c.person for c in claims if c.org is taker), None) or _person_after(view, taker)
        result.append(ChairClaim(taker, person, event_year, "", "handover_receiver", 0.6))
    if giver_orgs:
        giver = giver_orgs[-1]
        person = next((c.person for c in claims if c.org is giver), None) or _person_after(view, giver)
        result.append(ChairClaim(giver, person, str(int(event_year) - 1), "", "handover_giver", 0.5))
    return result


def _person_after(view: SentenceView, org: Mention) -> Mention | None:
    return next((p for p in view.persons if p.start == org.end), None)
