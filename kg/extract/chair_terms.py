"""Rotating-chair terms: which organization (and leader) chaired a network in which year.

`2023年…轮值主席、安徽省慈善总会会长张三`, `轮值主席单位江西省慈善总会`,
`2024年度轮值主席由某会担任`; at a handover (`A向B授旗`) the receiver holds
the event year and the giver the year before, unless the text says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import SentenceView
from .dates import _cn_number
from .lexicon import word_alternation, word_bit, word_class
from .mentions import Mention, referred_name
from .positions import CLAUSE, PositionClaim
from .text import clause_start, normalize

_YEAR = re.compile(r"([0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年度?")  # 2026年度, 二○二六年度
# 轮值主席单位某会, 今年的轮值方某会, 本年度召集单位某会 (a rotating network's convener)
# 轮值城市某市慈善总会, 某会作为轮值主席城市: a network of cities names its chair by the city's body
_CHAIR = re.compile(
    rf"轮值(?:{word_alternation('chair_rotating_title')})?(?:城市|单位)|轮值(?:{word_alternation('chair_rotating_title')})|轮值方|{word_alternation('chair_convener')}"
)
_CONVENER = word_bit("chair_convener")  # SentenceView.words: a chair_convener word is written
_CONVENER_TURN = re.compile(word_alternation("chair_convener_turn"))  # 本年度召集单位: a convener that rotates
_COMING_YEAR = re.compile(word_alternation("chair_coming_year"))  # 明年由乙会轮值: the year after the event's
# 甲会（2020年）, 甲会担任（2023—2024年）: the year or years a chair held the title
_YEAR_AFTER = re.compile(r"\s*(?:担任|轮值)?\s*[(（]\s*([0-9]{4})\s*(?:年度?)?\s*(?:[-—–~～至到]+\s*([0-9]{4})\s*)?年度?(?:\s*[、和及与]\s*[0-9]{4}\s*年度?)*\s*[)）]")
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_RELATIVE_YEAR = re.compile(rf"(?P<this>{word_alternation('this_year_word')})|(?P<last>{word_alternation('last_year_word')})|(?P<next>{word_alternation('chair_coming_year')})")
_SELF = re.compile(f"^\\s*(?:{word_alternation('chair_self')})")  # 我会接任2026年度轮值主席单位: the body reporting
# 2024年总会作为某机制轮值主席单位, 协会作为2026年度轮值主席单位: a bare ending opening the clause, the page's own body of that kind
_BARE_SELF = re.compile(rf"^\s*(?:[0-9]{{4}}\s*年度?)?\s*(?P<ending>{word_alternation('chair_bare_self')})(?:作为|担任)")


_LEAD_TURN = re.compile(word_alternation("chair_lead_turn"))  # 本年度牵头单位: a network's lead body of the term (not 本次活动牵头单位)
_MEETING_VERB = re.compile(word_alternation("chair_meeting_verb"))  # 2026年度联席会议在某地召开 乙会接任…: the year is the meeting's
DEFERRED_RULES = ("handover_receiver", "handover_giver", "chair_meeting_year")  # read after every sentence has stated its years


_SAME_YEAR = re.compile(f"(?:{word_alternation('same_year_word')})$")  # 由甲会担任当年轮值主席单位: the year written before
_NEXT_TERM = re.compile(f"(?:{word_alternation('chair_next_term')})$")  # 下一届轮值主席由乙会担任: after the latest year stated
_NEXT_TERM_EARLIER = re.compile(f"(?:{word_alternation('chair_next_term')})(?!步)")  # in an earlier clause (not 下一步: the next step)
# 并担任当年轮值主席单位, 正式接任2026年度轮值主席单位: a clause that opens with the verb has the sentence's subject
_SUBJECTLESS = re.compile(f"^\\s*(?:{word_alternation('chair_subjectless_lead')})?(?:{word_alternation('chair_link')})")
_PREVIOUS = re.compile(f"(?:{word_alternation('chair_previous')})$")  # 上届轮值主席: the year before
_NEXT = re.compile(f"(?:{word_alternation('chair_next')})(?!以)")  # 将接任轮值主席: the year after (not 将以接任…为契机: takes it as)
_LINK = re.compile(word_alternation("chair_link"))  # 甲会担任轮值主席
_ROTATES = re.compile(f"(?:{word_alternation('chair_turn')})(?!主席)")  # 2021年度由甲会轮值 / 接任
_TURN = word_bit("chair_turn")
_CHAIR_MARKS = ",;:。"  # what ends a clause around a chair word: a colon too (the sentence's text is normalized: ，； are , ;)
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,，。;；]|$)")  # 轮值 closing its clause
_TAKES_ITS_TURN = re.compile(rf"担任(?={_CLAUSE_CLOSE.pattern})")  # 2027年度由乙会担任。: 担任 closing its clause


def _bracket_years(bracket: re.Match[str]) -> list[str]:
    """The years a bracket after a body gives: one (2025年度), each of a range (2023—2024年) or each listed (2023年度、2024年度)."""
    first, last = int(bracket.group(1)), int(bracket.group(2) or bracket.group(1))
    listed = _FOUR_DIGITS.findall(bracket.string, bracket.end(2) if bracket.group(2) else bracket.end(1), bracket.end())
    return [str(year) for year in range(first, last + 1)] + listed


@dataclass(frozen=True)
class ChairClaim:
    org: Mention
    person: Mention | None
    year: str
    network_hint: str
    rule: str
    confidence: float
    stated: bool = False  # a handover's year from one the sentence states (…乙会接任2027年度轮值主席单位), not the event's


def remember_holders(holders: dict[str, Mention], claims: list[PositionClaim]) -> None:
    """Note the body each person of these claims holds a post in (某厅厅长甲 … 轮值召集人甲向乙移交会旗 names 甲's body):
    the first one named, a body that can chair before a government body or committee."""
    for claim in claims:
        if claim.org is None:
            continue
        known = holders.get(claim.person.text)
        if known is None or (known.info.get("type") in _NOT_CHAIRS and claim.org.info.get("type") not in _NOT_CHAIRS):
            holders[claim.person.text] = claim.org


def _year(written: str) -> str:
    """2026 or 二○二六 as digits."""
    value = _cn_number(written)
    return str(value) if value is not None else ""


def _claimed_person(claims: list[PositionClaim], org: Mention, default: Mention | None) -> Mention | None:
    """The person of the first claim on org, else default (a loop, not next() over a generator)."""
    for claim in claims:
        if claim.org is org:
            return claim.person
    return default


def read_chair_terms(
    view: SentenceView, claims: list[PositionClaim], event_year: str, body: Mention | None, stated: tuple[str, ...] = (),
    holders: dict[str, Mention] | None = None, page_year: str = "", own: Mention | None = None,
) -> list[ChairClaim]:
    """Chair terms of one sentence; `body` is the organization whose meeting the article reports, `stated` the
    years earlier sentences gave chairs, `holders` the body each person named so far holds a post in, `page_year` the
    year of the page (今年, 去年), `own` the body reporting (我会)."""
    holders = holders or {}
    text, offset = view.sentence.text, view.start
    found: list[ChairClaim] = []
    if "轮值" in text and ("顺序" in text or "次序" in text or "安排" in text or "计划" in text or "轮值表" in text):
        for match in _SCHEDULE.finditer(text):
            found.extend(_chairs_by_year(view, offset + match.end(), schedule=True))  # 轮值顺序为：2024年甲会、2025年乙会
    for match in _CHAIR.finditer(text) if "轮值" in text or view.words & _CONVENER else ():  # every other _CHAIR match opens with 轮值
        if match[0] == "牵头单位" and "轮" not in text and "年度" not in text and "本届" not in text:
            continue  # 项目牵头单位: a project's lead body, no term of a network (read below where a term may be written)
        start, end = offset + match.start(), offset + match.end()
        clause = clause_start(text, match.start(), _CHAIR_MARKS)
        years = list(_YEAR.finditer(text, clause, match.start()))
        year = _year(years[-1].group(1)) if years else ""
        hint = text[years[-1].end():match.start()].strip("、 ") if years else ""
        lead = text[clause:match.start()]
        if match.group().startswith("召集") and not years and not _CONVENER_TURN.search(lead) and not _NEXT_TERM.search(lead) and not _COMING_YEAR.search(lead):
            continue  # 召集单位 of a body's own joint meeting, with no word that it rotates: no chair
        if match[0] == "牵头单位" and "轮" not in text and not _LEAD_TURN.search(lead) and not (years and years[-1].group().endswith("年度")):
            continue  # 项目牵头单位, 2025年，活动牵头单位为甲会: a project's lead body; 2026年度牵头单位, 轮流牵头: a network's term
        by_year = _chairs_by_year(view, end) if not years and "0" <= text[match.end():match.end() + 1] <= "9" else []
        if by_year:
            found.extend(by_year)  # 轮值主席单位2024年度为甲会，2025年度为乙会: each year the body it names
            continue
        respective = _RESPECTIVELY_IS.match(text, match.end()) if len(years) > 1 else None
        if respective is None and len(years) > 1:
            # 2024年度、2025年度分别由甲会、乙会担任轮值主席单位: the bodies listed between 分别由 and the verb before the chair word
            respective = _RESPECTIVELY_BY.match(text, years[-1].end())
            if respective is not None and not _TAKES_THE_CHAIR.fullmatch(text, _listed_end(view, claims, offset + respective.end()) - offset, match.start()):
                respective = None
        paired = _respective_chairs(view, claims, years, offset + respective.end()) if respective else []
        if paired:
            found.extend(paired)  # 2024年、2025年的轮值主席单位分别为甲会、乙会: each year the body in its place
            continue
        relative = _relative_year(text, clause, match.start(), page_year)
        if not year and relative:
            year = relative  # 去年的轮值主席单位甲会, 今年的轮值方乙会
        if not year:
            if _PREVIOUS.search(lead):
                year = str(int(event_year) - 1) if event_year.isdigit() else ""
            elif _NEXT.search(lead):
                year = str(int(event_year) + 1) if event_year.isdigit() else ""  # 将接任轮值主席: next year's chair
            elif _SAME_YEAR.search(lead):
                # 2024年联席会议在上海召开，由甲会担任当年轮值主席单位: the year written last before it
                written = list(_YEAR.finditer(text, 0, clause))
                year = _year(written[-1].group(1)) if written else event_year
            elif _NEXT_TERM.search(lead) and event_year.isdigit():
                year = str(max(int(y) for y in (*stated, event_year, *(c.year for c in found))) + 1)  # 下一届轮值主席由乙会担任
            else:
                # 该联席会议2024年6月在上海首次召开，上海市民政局为首个轮值召集单位: the year of the sentence's last date before it
                # (明年的联席会议在丙地召开，轮值主席由丙会担任: the year an earlier clause tells, unless this is the first term)
                part = text.rfind(";", 0, match.start()) + 1
                earlier = "" if _FIRST_TERM.search(lead) else _relative_year(text, part, clause, page_year)
                if not earlier and not _FIRST_TERM.search(lead) and event_year.isdigit() and _NEXT_TERM_EARLIER.search(text, part, clause):
                    # 下一届联席会议将在天津举行，由乙会担任轮值主席单位: the term after the latest one stated
                    earlier = str(max(int(y) for y in (*stated, event_year, *(c.year for c in found))) + 1)
                year = _dated_before(view, start) or _year_of_part(text, clause) or earlier or event_year
        # (已先后由甲会（2022年）、乙会（2023年）担任轮值主席单位: the list may come before the chair word, in its clause)
        listed = _bracketed_chairs(view, end, claims) or (
            _bracketed_chairs(view, offset + clause, claims, start) if ")" in lead or "）" in lead else []
        )
        if listed:
            found.extend(listed)  # 轮值主席依次交给了甲会（2023年）、乙会（2024年）: each body its year
            continue
        org = _org_after(view, end) or _org_before(view, offset + clause, start) or _bracket_org(view, clause, match.start())
        if org is None and own is not None and _SELF.search(lead):
            org = own
        bare = _BARE_SELF.match(lead) if org is None else None
        if bare:
            # (甲致辞时表示，协会作为…: the body of that kind the speaker was named with)
            speaker = holders.get(view.persons[0].text) if view.persons and view.persons[0].start < start else None
            ending = bare.group("ending")
            for org in (own, speaker):  # (a loop, not next() over a generator: no cells made for every sentence)
                if org is not None and normalize(referred_name(org)).endswith(ending):
                    break
            else:
                org = None
        holder = _person_right_after(view, end) if org is None else None
        if holder is not None and holder.text in holders:
            org = holders[holder.text]  # 2026年度轮值召集人甲向乙移交会旗: the body 甲 was named with
        bracketed = _YEAR_AFTER.match(text, org.end - offset) if org is not None else None
        if bracketed:
            year, years = bracketed.group(1), [bracketed]  # 首届轮值主席单位为甲会（2020年）: the year it says
            for later in _bracket_years(bracketed)[1:]:  # （2023—2024年）, （2023年度、2024年度）: each year after the first
                found.append(ChairClaim(org, _claimed_person(claims, org, None), later, "", "chair_bracketed", 0.9))
        as_chair = re.search(r"作为\D*$", text[clause:years[-1].start() if years else match.start()]) if org is None else None
        if as_chair:
            # 甲作为2025年度轮值主席致辞; 作为(某会议)2026年度轮值主席单位(的)代表，甲介绍…: the body 甲 was named with; 作为2021年度
            # 轮值主席单位，圆满完成…: the body whose report this is
            spoke = re.match(r"(?:的?代表)?[,，]", text[match.end():])
            holder = _person_right_after(view, end + spoke.end()) if spoke else None
            if holder is None:  # (a loop, not next() over a generator)
                for p in view.persons:
                    if p.end == offset + clause + as_chair.start():
                        holder = p
                        break
            org = holders.get(holder.text) if holder is not None and holder.text in holders else body
        if org is None and _HOST_IS_CHAIR.search(lead):
            # 会议由甲会承办，按照惯例，承办方即为当年的轮值主席单位: by custom the host chairs
            for org in reversed(view.orgs):
                if org.end <= start and _text_before(view, org).endswith("由") and _HOSTS.match(text, org.end - offset):
                    break
            else:
                org = None
        if org is None and clause and _SUBJECTLESS.match(lead):
            # 甲会从乙会手中接过交接牌，正式接任2026年度轮值主席单位: the subject of the clause before, else the sentence's
            # (联盟轮值主席、甲会会长乙主持会议，并代表轮值主席单位…: a person opening the sentence, the body 乙 was named with)
            org = _clause_subject(view, clause) or _subject(view) or (holders.get(view.persons[0].text) if view.persons else None) or body
        if org is None or not year:
            continue
        person = _claimed_person(claims, org, holder)
        confidence = 0.9 if years else 0.6
        rule = "chair_apposition" if years else "chair_current_year"
        if years and _MEETING_VERB.search(hint):  # (hint: the words between the year and the chair word)
            rule = "chair_meeting_year"  # 2026年度联席会议在某地召开 乙会接任轮值主席: the meeting's year, which yields to one stated
        found.append(ChairClaim(org, person, year, hint, rule, confidence))
    turns = list(_ROTATES.finditer(text)) if view.words & _TURN else []
    if "轮值" in text and "担任" in text:
        # 理事长单位每年轮值一次，2026年度由甲会担任，2027年度由乙会担任: in a sentence about a rotation, a year's clause
        # closing with 由…担任 names that year's chair
        turns += list(_TAKES_ITS_TURN.finditer(text))
    for match in turns:
        # 2021年度由甲会轮值: the organization that takes its turn in the year the clause names
        clause = clause_start(text, match.start(), _CHAIR_MARKS)
        org = None
        for o in view.orgs:
            if o.end == offset + match.start() and text[o.start - offset - 1:o.start - offset] == "由":
                org = o
                break
        if match.re is _TAKES_ITS_TURN and not _YEAR.match(text, clause):
            continue  # only a clause that opens with its year (2026年度由甲会担任)
        if org is None and (match.group() == "轮值" or (stated and match.group() == "接任")) and _CLAUSE_CLOSE.match(text, match.end()):
            # (…第四次理事会议在长沙召开，湖南省慈善总会接任。: in a page that has told chairs before, 接任 closing its clause)
            # 2021年9月　第二次联席会议在南京召开，江苏省慈善总会轮值。: the body that opens the clause takes its turn
            for o in view.orgs:
                if o.start - offset == clause + len(text[clause:]) - len(text[clause:].lstrip()) and o.end <= offset + match.start() and offset + match.start() - o.end <= 8:
                    org = o
                    break
        lead = text[clause:match.start()]
        listed = _bracketed_chairs(view, offset + clause, claims, offset + match.start()) if org is None and (")" in lead or "）" in lead) else []
        if listed:
            found.extend(listed)  # 此后由甲会（2024年度）、乙会（2025年度）轮值主办: each body the year in its brackets
            continue
        years = list(_YEAR.finditer(text, clause, match.start()))
        # (第四届论坛将于明年在西宁举办，由乙会接任: the coming year an earlier clause of the part tells)
        coming = _COMING_YEAR.search(text, text.rfind(";", 0, clause) + 1, match.start()) if not years and event_year.isdigit() else None
        # 2026年联席会议在合肥举行，由乙会轮值: the year an earlier clause of the part tells; 本次会议由甲会轮值主办: the event's
        earlier = "" if years or coming else _year_of_part(text, clause) or (
            event_year if _CONVENER_TURN.search(text, clause, match.start()) or match.group() == "接任" else ""
        )
        if org is not None and (years or coming or earlier):
            # 明年将由乙会轮值: the year after the event's
            year = _year(years[-1].group(1)) if years else str(int(event_year) + 1) if coming else earlier
            person = _claimed_person(claims, org, None)
            found.append(ChairClaim(org, person, year, "", "chair_turn", 0.8))
    if "依次" in text or "先后" in text:
        found = _in_turn(view, claims, found)
    if (stated or found or "轮值" in text or "联席会议" in text) and "承办" in text and event_year.isdigit():
        # a joint meeting's members take the chair in turn (docs/gold-conventions.md): its host of a year chairs that year
        found.extend(_next_host(view, claims, event_year, stated, found))
    if event_year.isdigit() and view.words & _FLAG and _FLAG_WORD.search(text):
        # 2025年6月，甲会会长某从乙手中接过会旗; 甲会向乙会授旗: the taker chairs the handover's year, the giver the one before
        found.extend(_handover(view, claims, event_year, holders, found))
    return found


# 2022年至2025年依次由甲会、乙会、丙会、丁会轮值: bodies listed in turn over a range of years
_IN_TURN = re.compile(rf"(?P<first>[0-9]{{4}})\s*年?度?\s*(?:至|到|[-—–~～]+)\s*(?P<last>[0-9]{{4}})\s*年度?[^,，;；。]{{0,8}}?(?:{word_alternation('chair_in_turn')})")
_LISTED_YEARS = re.compile(r"\s*[0-9]{4}\s*年度?(?:\s*[、和及与]\s*[0-9]{4}\s*年度?)+")  # 2024年度、2025年度: years listed
_IN_TURN_WORD = re.compile(rf"(?:{word_alternation('chair_in_turn')})[^,，;；。]{{0,4}}(?:{word_alternation('chair_link')}|轮值)")


def _in_turn(view: SentenceView, claims: list[PositionClaim], found: list[ChairClaim]) -> list[ChairClaim]:
    """Bodies a sentence lists as taking the chair in turn (依次由甲会、乙会、丙会轮值; 甲会、乙会先后担任轮值主席): with a
    range of as many years before the list, each body its year in order; without one, no body a year of its own."""
    text, offset = view.sentence.text, view.start
    span = _IN_TURN.search(text)
    if span is None:
        turn = _IN_TURN_WORD.search(text)
        if turn is None:
            return found
        years = _LISTED_YEARS.match(text, turn.end())
        if years is not None:
            # 甲会、乙会先后担任2024年度、2025年度轮值召集单位: the years listed after the word, paired in order with the
            # bodies listed in its clause before it
            clause = clause_start(text, turn.start())
            bodies = [o for o in view.orgs if offset + clause <= o.start and o.end <= offset + turn.start()]
            written = _YEAR.findall(years.group())
            if len(bodies) == len(written):
                taken = {o.text for o in bodies}
                return [c for c in found if c.org.text not in taken] + [
                    ChairClaim(org, next((c.person for c in claims if c.org is org), None), year, "", "chair_in_turn", 0.8)
                    for org, year in zip(bodies, written)
                ]
        listed = {o.text for o in view.orgs if o.end <= offset + turn.start()}
        return [c for c in found if not (c.org.text in listed and c.rule == "chair_current_year")]  # 先后担任: no year each
    stop = min((p for p in (text.find(ch, span.end()) for ch in "。;") if p >= 0), default=len(text))
    orgs = [o for o in view.orgs if offset + span.end() <= o.start and o.end <= offset + stop]
    first, last = int(span.group("first")), int(span.group("last"))
    if len(orgs) != last - first + 1:
        return found
    taken = {o.text for o in orgs}
    kept = [c for c in found if c.org.text not in taken]
    return kept + [
        ChairClaim(org, next((c.person for c in claims if c.org is org), None), str(first + i), "", "chair_in_turn", 0.8)
        for i, org in enumerate(orgs)
    ]


def _relative_year(text: str, lo: int, hi: int, page_year: str) -> str:
    """The year of the last 今年/去年/明年 in text[lo:hi], told relative to the page's year, or ""."""
    found = [m for m in _RELATIVE_YEAR.finditer(text, lo, hi)] if page_year.isdigit() and "年" in text[lo:hi] else []
    if not found:
        return ""
    last = found[-1]
    return str(int(page_year) + (-1 if last["last"] else 1 if last["next"] else 0))


def _bracketed_chairs(view: SentenceView, end: int, claims: list[PositionClaim], until: int = -1) -> list[ChairClaim]:
    """Bodies each followed by a bracketed year in the clause after a chair word (轮值主席依次交给了甲会（2023年）、
    乙会（2024年）和丙会（2025年）), or between `end` and `until` (a list before the chair word): when two or more
    are, each chaired its year."""
    text, offset = view.sentence.text, view.start
    stop = until - offset if until >= 0 else min((p for p in (text.find(ch, end - offset) for ch in "。;") if p >= 0), default=len(text))
    result = []
    for org in view.orgs:
        if end <= org.start and org.end <= offset + stop:
            bracket = _YEAR_AFTER.match(text, org.end - offset)
            if bracket and not text[org.end - offset:bracket.start(1)].strip("( （").startswith(("担任", "轮值")):
                person = next((c.person for c in claims if c.org is org), None)
                for year in _bracket_years(bracket):
                    result.append(ChairClaim(org, person, year, "", "chair_bracketed", 0.9))
    return result if len({c.org.text for c in result}) >= 2 else []


def _year_of_part(text: str, clause_start: int) -> str:
    """The year that opens the sentence's part (after its last semicolon) before clause_start: a history told by years
    (2021年，…担任轮值主席;2022年，轮值主席由乙会担任; 2026年联席会议在合肥举行，由乙会轮值), or "" (自2021年成立以来，… dates nothing)."""
    part = text.rfind(";", 0, clause_start) + 1
    opening = _PART_YEAR.match(text, part, clause_start)
    return _year(opening.group(1)) if opening else ""


# (【2020年】受疫情影响，…河南省慈善总会担任轮值理事长单位: a chronicle's bracketed year heading opens the part too)
_PART_YEAR = re.compile(rf"\s*(?:{word_alternation('opening_year_prefix')}|[【\[])?([0-9]{{4}})\s*年(?!以来|至今)")


def _dated_before(view: SentenceView, start: int) -> str:
    """The year of the last date written before start in the sentence's part after its last semicolon, or ""."""
    part = view.start + view.sentence.text.rfind(";", 0, start - view.start) + 1
    return next((d.value[:4] for d in reversed(view.dates) if part <= d.start and d.end <= start), "")


def _person_right_after(view: SentenceView, end: int) -> Mention | None:
    """The person named right after a chair word (轮值召集人甲), if one is."""
    return next((p for p in view.persons if end <= p.start <= end + 1 and view.sentence.text[end - view.start:p.start - view.start] in ("", "、")), None)


# 轮值主席单位2024年度为甲会，2025年度为乙会: a year and 为 before each body the chair word lists after it
_YEAR_IS = re.compile(r"[,，、;；]?\s*([0-9]{4})\s*年度?\s*(?:为|是)\s*")
# 轮值顺序为：2024年甲会、2025年乙会; 轮值安排如下：2024年度由甲会轮值，2025年度由乙会轮值: a rotation's schedule, year by year
_SCHEDULE = re.compile(r"轮值(?:顺序|次序|安排|计划|表)[^,，。;；:：0-9]{0,4}?(?:为|是|如下)?\s*[:：]?")
_SCHEDULED_YEAR = re.compile(r"[,，、;；]?\s*([0-9]{4})\s*年度?\s*[:：]?\s*(?:为|是|由)?\s*")
_SCHEDULED_TURN = re.compile(r"\s*(?:轮值|担任|承办|主办)?")  # 2024年由甲会轮值: the verb after the body


def _chairs_by_year(view: SentenceView, end: int, schedule: bool = False) -> list[ChairClaim]:
    """The bodies a chair word lists after it year by year (轮值主席单位2024年度为甲会，2025年度为乙会), no person: the
    earlier chairs a page recalls; `schedule`: the years of a rotation's schedule (轮值顺序为：2024年甲会、2025年乙会)."""
    text = view.sentence.text
    found: list[ChairClaim] = []
    cursor = end - view.start
    while (year := (_SCHEDULED_YEAR if schedule else _YEAR_IS).match(text, cursor)) is not None:
        org = next((o for o in view.orgs if o.start == view.start + year.end()), None)
        if org is None:
            break
        found.append(ChairClaim(org, None, year.group(1), "", "chair_by_year", 0.8))
        cursor = org.end - view.start
        if schedule:
            cursor = _SCHEDULED_TURN.match(text, cursor).end()
    return found


_RESPECTIVELY_IS = re.compile(r"\s*分别(?:为|是|由)\s*")
_RESPECTIVELY_BY = re.compile(r"\s*(?:的|起)?\s*分别由\s*")  # 2024年度、2025年度分别由…: the years before the bodies
_TAKES_THE_CHAIR = re.compile(r"\s*(?:担任|出任|任|作为|为|轮值)?(?:联盟|本联盟|该联盟)?(?:的)?")  # 甲会、乙会担任|轮值主席单位


def _listed_end(view: SentenceView, claims: list[PositionClaim], at: int) -> int:
    """Where the list of bodies (each may be with its head: 甲会会长丙) that opens at `at` ends, or `at`."""
    text, offset = view.sentence.text, view.start
    end = at
    for org in view.orgs:
        if org.start == at:
            head = next((c.person for c in claims if c.org is org and 0 < c.person.start - org.end <= 6), None)
            end = head.end if head is not None else org.end
            at = end + 1 if text[end - offset:end - offset + 1] in _LIST_JOINERS else -1
    return end
_LIST_JOINERS = frozenset(word_class("list_joiner"))  # 、, 和, 及, 与 (data/lexicons/event_words.tsv)


def _respective_chairs(view: SentenceView, claims: list[PositionClaim], years: list[re.Match[str]], at: int) -> list[ChairClaim]:
    """The years a chair word follows, listed (2024年、2025年的轮值主席单位), and as many bodies listed right after 分别为
    (甲会、乙会; 分别由甲会会长丙、乙会会长丁担任: each with its head), paired in order: the earlier chairs a page recalls.
    Lists of unequal length say nothing."""
    text, offset = view.sentence.text, view.start
    if any(text[a.end():b.start()].strip() not in _LIST_JOINERS for a, b in zip(years, years[1:])):
        return []  # 2024年6月在上海召开，2025年…: years of other clauses, not one list
    listed: list[tuple[Mention, Mention | None]] = []
    for org in view.orgs:
        if org.start == at:
            head = next((c.person for c in claims if c.org is org and 0 < c.person.start - org.end <= 6), None)  # 甲会会长丙
            end = head.end if head is not None else org.end
            listed.append((org, head))
            at = end + 1 if text[end - offset:end - offset + 1] in _LIST_JOINERS else -1
    if len(listed) != len(years):
        return []
    return [ChairClaim(org, head, _year(year.group(1)), "", "chair_respective", 0.8) for (org, head), year in zip(listed, years)]


def _org_after(view: SentenceView, end: int) -> Mention | None:
    """The organization right after 轮值主席(单位) [、|由|为|是]; in a chain of a person's posts
    (轮值主席、某市人大常委会原副主任、某市慈善总会会长甲) the first that is no government body."""
    text = view.sentence.text
    first: Mention | None = None
    cursor = end
    for org in view.orgs:
        if org.start < cursor:
            continue
        gap = text[cursor - view.start: org.start - view.start]
        if first is None:
            if not re.fullmatch(r"(?:[、:,]|—{1,2}|-{1,2})?\s*(?:代表、)?(?:将|拟)?(?:由|为|是|的)?", gap):  # 担任本年度轮值主席的甲会, 轮值主席将由甲会, 轮值主席单位——甲会
                return None
            first = org
        elif not _CHAIN_GAP.fullmatch(gap):
            break
        if org.info.get("type") not in _NOT_CHAIRS:
            return org
        cursor = org.end
    return first


_HOST_IS_CHAIR = re.compile(r"承办(?:方|单位)[^,，。;；]{0,3}?(?:即为|即是|就是|便是|为|是)")  # 承办方即为…轮值主席单位: the host chairs
_NOT_CHAIRS = ("government", "committee")  # bodies in a chair's chain of posts that chair no network
_CHAIN_GAP = re.compile(r"[^,，。;；:：]{1,12}?、")  # 原副主任、: a title and the 、 before the next post


def _org_before(view: SentenceView, clause_start: int, start: int) -> Mention | None:
    """The organization before …担任/接任/为…轮值主席 in the same clause."""
    for org in reversed([o for o in view.orgs if clause_start <= o.start and o.end <= start]):
        # the nearest with a link word after it (省慈善总会接任某联盟2026年度轮值主席单位: 某联盟 is the network)
        between = view.sentence.text[org.end - view.start: start - view.start]
        if _text_before(view, org).endswith("从"):
            return None  # 乙会从甲会手中接过轮值主席的旗帜, 乙会从甲会接过轮值主席: 甲会 gives it (read as a handover)
        link = _LINK.search(between)
        if link and link.start() <= 12 and not re.search(r"\s", between[: link.start()]):
            return _chair_in_chain(view, org)  # 甲会会长乙担任…; not across a blank (某联盟第四次理事会议在宣城举行　我市接任…)
        if between.startswith("任") and not re.search(r"\s", between):
            return org  # 会议商定，乙会任2025年度轮值主席单位: 任 right after the body
    return None


def _chair_in_chain(view: SentenceView, org: Mention) -> Mention:
    """The body that can chair in the chain of a person's posts a government body or committee closes (甲会会长、县政协原
    副主席乙代表轮值主席单位…: 甲会), else the organization itself."""
    text, chained = view.sentence.text, org
    for earlier in reversed(view.orgs[: view.orgs.index(org)]) if org.info.get("type") in _NOT_CHAIRS else ():
        if not _CHAIN_GAP.fullmatch(text[earlier.end - view.start: chained.start - view.start]):
            break
        if earlier.info.get("type") not in _NOT_CHAIRS:
            return earlier
        chained = earlier
    return org


def _bracket_org(view: SentenceView, clause_start: int, at: int) -> Mention | None:
    """The first organization inside the bracket a chair word stands in (甲（某会会长、2025年度轮值主席）主持会议): the body
    the bracketed titles of a person name, which holds the chair."""
    text = view.sentence.text
    opened = max(text.rfind("(", clause_start, at), text.rfind("（", clause_start, at))
    if opened < 0 or ")" in text[opened:at] or "）" in text[opened:at]:
        return None
    return next((o for o in view.orgs if view.start + opened < o.start and o.end <= view.start + at), None)


def _text_before(view: SentenceView, org: Mention) -> str:
    """The sentence text before an organization."""
    return view.sentence.text[: org.start - view.start]


def _handover(
    view: SentenceView, claims: list[PositionClaim], event_year: str, holders: dict[str, Mention], found: list[ChairClaim]
) -> list[ChairClaim]:
    """A chair's flag or plaque handed over in a clause: A向B授旗 / A向B移交会旗 / A将会旗交给B / B从A手中接过会旗.
    B, the taker, holds the event year, A, the giver, the year before (where no sentence states them); a year the
    sentence states for one of them (2026年度轮值召集人甲向乙移交会旗, …乙会接任2027年度轮值召集单位) sets the other's.
    A or B may be a person, standing for the body they were named with."""
    text = view.sentence.text
    result: list[ChairClaim] = []
    for clause in CLAUSE.finditer(text):
        lo, hi = clause.span()
        flag = _FLAG_WORD.search(text, lo, hi)
        if flag is None or (flag.group() == "牌" and not _FLAG_WORD.search(_DONATION_BOARD.sub("", text[lo:hi]))):
            continue  # 将捐赠牌交给乙, 从甲手中接过爱心牌: a donation's plaque changes hands, no chair
        if flag[0] == "接力棒" and "轮值" not in text[lo:hi]:
            continue  # 接过慈善事业的接力棒: a cause's baton, no chair's (接过甲会的轮值主席接力棒: the chair's)
        takes = _TAKES.search(text, lo, hi)
        gives = _GIVES_TO.search(text, lo, hi) or _GIVES_AWAY.search(text, lo, hi) or _EXCHANGES.search(text, lo, hi)
        taken_from = _TAKES_FROM.search(text, lo, hi) if not takes and not gives and "接过" in text[lo:hi] else None
        if takes:
            taker = _last_party(view, lo, takes.start(), holders)
            giver = _first_party(view, takes.start("from"), takes.start("verb"), holders)
        elif taken_from:
            # 接过甲会的轮值主席接力棒以来，乙会…: the giver after 接过; the taker the clause names before it, if it does
            taker = _last_party(view, lo, taken_from.start(), holders)
            giver = _first_party(view, taken_from.start("from"), taken_from.end("from"), holders)
        elif gives:
            giver = _last_party(view, lo, gives.start(), holders)
            taker = _first_party(view, gives.start("to"), gives.end("to"), holders)
        else:
            continue
        team = gives is not None and gives.re is _GIVES_TO and _is_team(gives.group("to"))
        if (team or taker is not None and _is_team(taker[0].text)) and "轮值" not in text:
            continue  # 甲向某志愿服务队授旗, 乙为某宣讲团授旗: a team sent out under its flag, no chair changes hands
        taker_year, giver_year = _stated_year(taker, found), _stated_year(giver, found)
        # 2023年，轮值主席移交至乙会: that year (the year of a taker named; with none, 自某年…接过甲会的接力棒 dates no term)
        taker_year = taker_year or ("" if giver_year or taker is None else _year_of_part(text, lo))
        stated = bool(taker_year or giver_year)
        if taker_year and not giver_year:
            giver_year = str(int(taker_year) - 1)
        elif giver_year and not taker_year:
            taker_year = str(int(giver_year) + 1)
        if taker is not None and not _stated_year(taker, found):
            person = next((c.person for c in claims if c.org is taker[0]), None) or taker[1] or _person_after(view, taker[0])
            result.append(ChairClaim(taker[0], person, taker_year or event_year, "", "handover_receiver", 0.6, stated))
        if giver is not None and not _stated_year(giver, found) and not _FIRST_TERM.search(text, 0, hi):
            person = next((c.person for c in claims if c.org is giver[0]), None) or giver[1] or _person_after(view, giver[0])
            result.append(ChairClaim(giver[0], person, giver_year or str(int(event_year) - 1), "", "handover_giver", 0.5, stated))
    return result


_FIRST_TERM = re.compile(word_alternation("chair_first_term"))  # 首任轮值主席授旗仪式: the giver held no term before
_TEAM_ENDS = tuple(word_class("team_last_char"))  # 志愿服务队, 宣讲团 (word_classes.tsv)


def _is_team(name: str) -> bool:
    """The body is a team of persons (its name ends 队 or 团, not a company's 集团)."""
    return name.endswith(_TEAM_ENDS) and not name.endswith("集团")


def _stated_year(party: tuple[Mention, Mention | None] | None, found: list[ChairClaim]) -> str:
    """The year this sentence already gave the party's body as a chair, or ""."""
    return next((c.year for c in found if party is not None and c.org.text == party[0].text), "")


def _last_party(view: SentenceView, lo: int, hi: int, holders: dict[str, Mention]) -> tuple[Mention, Mention | None] | None:
    """The last organization within [lo, hi), or else the body of the last person there who holds a post in one."""
    org = _last_org(view, lo, hi)
    if org is not None:
        return org, None
    people = [p for p in view.persons if view.start + lo <= p.start and p.end <= view.start + hi and p.text in holders]
    return (holders[people[-1].text], people[-1]) if people else None


def _first_party(view: SentenceView, lo: int, hi: int, holders: dict[str, Mention]) -> tuple[Mention, Mention | None] | None:
    """The first organization within [lo, hi), or else the body of the first person there who holds a post in one."""
    org = _first_org(view, lo, hi)
    if org is not None:
        return org, None
    people = [p for p in view.persons if view.start + lo <= p.start and p.end <= view.start + hi and p.text in holders]
    return (holders[people[0].text], people[0]) if people else None


_FLAG_WORD = re.compile(f"(?:{word_alternation('chair_flag')})")
# 捐赠牌, 爱心牌, 捐赠示意牌, 认捐仪式牌: no chair's plaque (a word of up to two characters between the donation and 牌)
_DONATION_BOARD = re.compile(f"(?:{word_alternation('donation_board')})[\u4e00-\u9fff]{{0,2}}?牌")
_FLAG = word_bit("chair_flag")  # SentenceView.words: _FLAG_WORD can match
# 乙会从甲会手中接过会旗: who takes it (before 从) and from whom (between 从 and 手中)
# (乙会从甲会手中接棒: the baton taken, no flag written)
_TAKES = re.compile(
    f"从(?P<from>[^,，;；。]{{1,30}}?)(?P<verb>(?:手中|处)?接棒|(?:手中|处)?接过[^,，;；。]{{0,12}}?(?:{word_alternation('chair_flag')}))"
)
# 接过甲会的轮值主席接力棒, 接过甲会的会旗: the giver after 接过, its taker the clause's subject or the sentence's
_TAKES_FROM = re.compile(f"接过(?P<from>[^,，;；。]{{2,30}}?)的[^,，;；。]{{0,8}}?(?:{word_alternation('chair_flag')})")
# 甲会向乙会授旗 / 甲会向乙会移交会旗: the taker after 向
_GIVES_TO = re.compile(r"向(?P<to>[^,，;；。]{1,30}?)(?:授旗|移交|交接|交棒)")  # (甲会向乙会交棒: the baton)
# 甲会将会旗交给乙会: the taker after the verb
# (轮值主席一职移交给乙会, 2023年，轮值主席移交至乙会: no giver named)
_GIVES_AWAY = re.compile(
    f"(?:将[^,，;；。]{{0,20}}?)?(?:{word_alternation('chair_flag')})[^,，;；。]{{0,4}}?(?:交接给|交给|交予|交到|移交给|移交至|移交|交至)(?P<to>[^,，;；。]{{1,30}})"
)


# 甲会与乙会进行了轮值主席交接, 甲会同乙会完成轮值交接: the giver before the joiner, the taker after it
_EXCHANGES = re.compile(
    rf"(?:与|同|和)(?P<to>[^,，;；。]{{1,30}}?)(?:进行了?|完成了?|举行了?|办理了?)?(?:轮值(?:{word_alternation('chair_rotating_title')})?(?:单位)?)交接"
)


def _last_org(view: SentenceView, lo: int, hi: int) -> Mention | None:
    """The last organization within [lo, hi) of the sentence text."""
    inside = [o for o in view.orgs if view.start + lo <= o.start and o.end <= view.start + hi]
    return inside[-1] if inside else None


def _first_org(view: SentenceView, lo: int, hi: int) -> Mention | None:
    inside = [o for o in view.orgs if view.start + lo <= o.start and o.end <= view.start + hi]
    return inside[0] if inside else None


# 下一届联席会议由乙会承办, 2027年联席会议由乙会承办, 明年由乙会承办, 由乙会承办下一届: in a network whose chair rotates
# (a chair was stated before), the next host chairs
_HOST_WHEN = re.compile(rf"(?:(?P<next>{word_alternation('chair_next_term')})|(?P<coming>明年)|(?P<year>[0-9]{{4}})年)[^,，。;；]{{0,16}}?由$")
_HOSTS = re.compile(r"(?:将)?承办")
_NEXT_AFTER_HOST = re.compile(rf"(?P<next>{word_alternation('chair_next_term')})(?P<coming>)?(?P<year>)?")


def _next_host(view: SentenceView, claims: list[PositionClaim], event_year: str, stated: tuple[str, ...], found: list[ChairClaim]) -> list[ChairClaim]:
    """The organization a rotating network's next meeting is hosted by (由乙会承办) chairs that meeting's year."""
    text, offset = view.sentence.text, view.start
    result = []
    for org in view.orgs:
        hosts = _HOSTS.match(text, org.end - offset)
        if not hosts or text[org.start - offset - 1:org.start - offset] != "由":
            continue
        when = _HOST_WHEN.search(text, 0, org.start - offset) or _NEXT_AFTER_HOST.match(text, hosts.end())  # 由乙会承办下一届
        if when is None:
            continue
        if when.group("year"):
            year = when.group("year")
        elif when.group("coming"):
            year = str(int(event_year) + 1)
        else:
            year = str(max(int(y) for y in (*stated, event_year, *(c.year for c in found))) + 1)
        result.append(ChairClaim(org, next((c.person for c in claims if c.org is org), None), year, "", "next_host", 0.5))
    return result


def _clause_subject(view: SentenceView, clause: int) -> Mention | None:
    """The organization that opens the clause before the one starting at `clause` (乙会接过会旗，担任…: 乙会), if one does."""
    text = view.sentence.text
    previous = clause_start(text, clause - 1, _CHAIR_MARKS)
    return next((o for o in view.orgs if previous <= o.start - view.start <= previous + 1 and o.end - view.start < clause), None)


def _subject(view: SentenceView) -> Mention | None:
    """The organization that opens the sentence (its subject), if one does."""
    first = view.orgs[0] if view.orgs else None
    return first if first is not None and first.start - view.start <= 2 else None


def _person_after(view: SentenceView, org: Mention) -> Mention | None:
    return next((p for p in view.persons if p.start == org.end), None)


# 2024年，轮值主席回到上海。上海市慈善基金会理事长甲…: the chair goes to a place; the body of that place the text
# names next (in the sentence or the one after) holds it that year
_GOES_TO = re.compile(rf"轮值(?:主席)?(?:单位)?(?:{word_alternation('chair_goes_to')})(?P<place>[\u4e00-\u9fff]{{2,3}}?)(?=[,，。;；]|$)")


# 每年轮流主办，今年的轮值方为甲会，明年轮由重庆方面主办: a place's side takes its turn in a year told before it
_SIDE_TAKES = re.compile(
    rf"(?:(?P<coming>{word_alternation('chair_coming_year')})|(?P<year>[0-9]{{4}})\s*年度?)[^,，。;；]{{0,6}}?轮?由(?P<place>[\u4e00-\u9fff]{{2,4}}?)"
    rf"(?:{word_alternation('chair_side')})(?:{word_alternation('chair_side_turn')})"
)


class ChairPlaces:
    """A chair told by its place, waiting for the body of that place (or taking the one of that place named before)."""

    def __init__(self, views: list[SentenceView]) -> None:
        self.pending: tuple[str, str] | None = None  # (place, year)
        self.views = views  # the article's, in order: a place's side takes the body of that place named up to it

    def read(self, view: SentenceView, claims: list[PositionClaim], event_year: str) -> list[ChairClaim]:
        if "轮" not in view.sentence.text and self.pending is None:
            return []  # no rotation written and none told the sentence before (most sentences)
        return self._read(view, claims, event_year)

    def _read(self, view: SentenceView, claims: list[PositionClaim], event_year: str) -> list[ChairClaim]:
        """read's work where a rotation is written or pending (the cells its comprehensions need made only then)."""
        found: list[ChairClaim] = []
        side = _SIDE_TAKES.search(view.sentence.text) if "由" in view.sentence.text and "轮" in view.sentence.text else None
        if side and (side.group("year") or event_year.isdigit()):
            year = side.group("year") or str(int(event_year) + 1)
            place = side.group("place")
            # the body of that place, of the kind the sentence names as a chair before (今年的轮值方为四川省慈善总会)
            kinds = [o.text[-2:] for o in view.orgs if o.end <= view.start + side.start()]
            named = [o for v in self.views if v.start <= view.start for o in v.orgs if o.info.get("type") not in _NOT_CHAIRS]
            bodies = [o for o in named if o.text.startswith(place)]
            org = next((o for o in bodies if o.text[-2:] in kinds), bodies[0] if bodies else None)
            if org is not None:
                found.append(ChairClaim(org, next((c.person for c in claims if c.org is org), None), year, "", "chair_side", 0.6))
        goes = _GOES_TO.search(view.sentence.text) if "轮值" in view.sentence.text else None
        if goes:
            # the year opening its sentence (2024年，…; 【2024年】轮值回到湖北。)
            year = next((d.value for d in view.dates if d.precision == "year"), "") or _year_of_part(view.sentence.text, goes.start()) or event_year
            if year.isdigit():
                self.pending = (goes.group("place"), year)
        if self.pending is not None:
            place, year = self.pending
            org = next((o for o in view.orgs if o.text.startswith(place) and (goes is None or o.start > view.start + goes.end())), None)
            if org is not None:
                found.append(ChairClaim(org, next((c.person for c in claims if c.org is org), None), year, "", "chair_goes_to", 0.6))
                self.pending = None
            elif goes is None:
                self.pending = None  # only the sentence that tells it or the next one
        return found

