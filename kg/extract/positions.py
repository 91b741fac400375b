"""Positions from appositive chains (ORG TITLE NAME, TITLE NAME, NAME TITLE, 、-lists, 兼 compounds)
and from appointments (会议选举甲为会长, 聘请乙为顾问, 增补丙为理事).

The chain is read left to right over the mentions of a sentence; what lies
between two mentions (nothing, 、, 兼, 原) decides whether a title takes the
organization before it and whether an organization carries over a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicons, word_alternation, word_bit, word_class
from .analysis import SentenceView
from .appointments import _ORDINAL as _ORDINAL_WORD, COUNT, RESPECTIVELY, appointing, appoints_after_body, council_after, councils, elected_after_name, elected_as, term_body
from .mentions import FORMER_CHARS, FORMER_MARKS, FORMER_WORDS, Mention, by_start, referred_name
from .org_names import AS_LINKS, COPULAS, PROFESSIONAL_TITLES, hospital_of
from .person_names import AT_THE_TIME, BRACKETED_TITLE_ASIDE, CAPTION_HEADS, CAPTION_MARKS, CAPTION_NAME, COUNTED_TITLE_NAME, CURRENT_POST, ORDER_NOTE_TEXT, PRESENCE_LINE_LABEL, WORKPLACE_FIRST, WORKPLACE_POST
from .text import ITEM_LEADS, NUMBERED_ITEM_NAME, NUMBERED_LEAD, clause_start, normalize

_AT_PLACE = re.compile(r"(?:^|,)(?:在|来到|走进|到)$")
# 某社区党委书记、居委会主任甲, 某厅党组成员、驻厅纪检监察组组长乙: a unit not read as a body between two titles of one chain
_UNREAD_UNIT = re.compile(rf"、[\u4e00-\u9fff]{{1,9}}[{''.join(word_class('unit_last_char'))}]")
_UNREAD_WORD = re.compile(r"、[\u4e00-\u9fff]{1,6}")  # 、人大, 、公益法律中心: a short word between two titles of one chain
_NAME_SEPARATORS = ("、", ",", ";", "")  # 甲、乙 / 甲，乙 / 甲；乙 / 甲　乙 (a space is stripped): the names of one list
LIST_ITEM_RULES = ("list_name", "roster_name")  # names read as items of one list (person_names): any separator joins them
_ROSTER_GAP = re.compile(r"(?:[(（][^()（）]{1,4}[)）])?[ \u3000]+")  # 甲（兼）　副主任：: a name's note, then the cell's space
_JOINERS = set(word_class("chain_joiner"))  # data/lexicons/word_classes.tsv
_SCHOOL_HEADS = frozenset(word_class("school_head_title"))  # 校长, 副校长: held in a school only (word_classes.tsv)
_SCHOOL_KINDS = frozenset(("school", "university"))


@dataclass(slots=True)
class PositionClaim:
    person: Mention
    role: Mention
    org: Mention | None
    former: bool
    rule: str
    confidence: float


_ASIDE = re.compile(rf"^{BRACKETED_TITLE_ASIDE}$")  # 副秘书长（挂职）丙: a gap that is one bracketed aside (person_names.py)
_RANK = re.compile(r"[正副]?[省部厅局县处科]级$")
_TITLE_QUALIFIERS = frozenset(word_class("title_qualifier"))  # 驻村 (word_classes.tsv)
assert {len(word) for word in _TITLE_QUALIFIERS} == {2}, "title_qualifier entries are two characters (one slice's test in _gap)"
_REGION_WORDS = tuple(sorted(word_class("body_region_word"), key=len, reverse=True))  # 地区, 区域, 片区, 区 (word_classes.tsv)
_REGION_LAST_CHARS = frozenset(word[-1] for word in _REGION_WORDS)  # 区, 域: one test before the call
_COUNTRY_PARTS = frozenset(word_class("country_part"))  # 华东, 长三角 (word_classes.tsv)


def _region_of_body(gap: str) -> bool:
    """贵州地区, 华东区域, 长三角片区: a place (or a part of the country) and a region word, the area a body's post covers."""
    for word in _REGION_WORDS:
        if gap.endswith(word) and 2 <= len(gap) - len(word) <= 4:
            area = gap[: -len(word)]
            return area in lexicons().places or area in _COUNTRY_PARTS
    return False
_ACTING = re.compile(r"(?:^|(?<=[、,兼]))代理?$")
_DEPARTMENT_WORDS = re.compile(r"[\u4e00-\u9fff]{1,8}科")  # 心内科, 儿童保健科: a hospital's department
_FIELD_TITLES = frozenset(word_class("field_title"))  # 协调员: a title written after its field of work (word_classes.tsv)
_FIELD_WORDS = re.compile(r"[\u4e00-\u9fff]{2,8}")  # 造血干细胞捐献, 遗体器官捐献: the field, Han words only
_ROMANIZED = re.compile(r"^[(（][A-Za-zÀ-ÿ .·'’-]+[)）]")
_SEX_MARK = re.compile(r"^[(（][男女][)）]")  # 乙（女）、丙当选为副会长: the name's sex in brackets stands outside the list
# 甲 BBS, JP，副主席乙; 丙太平绅士（Mr. …）: honours or a degree right after a name (data/lexicons/word_classes.tsv)
_POSTNOMINAL = re.compile(rf"^(?:{word_alternation('postnominal')})(?:[ ,]*(?:{word_alternation('postnominal')}))*[ ]*")
_POSTNOMINAL_INITIALS = frozenset(word[0] for word in word_class("postnominal"))
_ENGLISH_NAME = re.compile(r"^[(（][A-Za-z][A-Za-z0-9À-ÿ .·'’&,-]*[)）]")  # 某基金會（Ming Tak Foundation）主席: a body's English name


# 某会会长、2026年度长三角慈善一体化联席会议轮值主席甲: a network's rotating chair between a title and the name
# holds no post in a body (it is a chair term) and breaks no chain
_ROTATING_ASIDE = re.compile(rf"、[^、,，;；:：。]{{0,30}}?轮值(?:{word_alternation('chair_rotating_title')})$")


def _rotating_title(text: str, offset: int, role: Mention) -> bool:
    local = role.start - offset
    return local >= 2 and text[local - 2:local] == "轮值"


# （按姓氏笔画为序）：, 的是：: a note on the list's order in brackets, or 的是, between a title and the colon that opens its
# list of names (data/lexicons/word_classes.tsv list_order_word, list_lead_word)
_LIST_LEAD = re.compile(rf"^(?:{ORDER_NOTE_TEXT}|{word_alternation('list_lead_word')})(?=[:：]$)")
_NO_GAP_OR_FORMER = ("",) + FORMER_CHARS  # a title right after its body, or with 原/前 between: held in that body
_ITEM_GAPS = ("", "兼") + FORMER_CHARS + AT_THE_TIME  # what may stand between the mentions of one 、-item before its name


def _gap(text: str, offset: int, a: Mention, b: Mention) -> str:
    """What stands between two mentions; a 原/前 before a title is already the title's `former`."""
    gap = text[a.end - offset:b.start - offset].strip()
    if not gap:
        return gap  # adjacent mentions (most pairs): nothing to strip
    gap = _ASIDE.sub("", gap)
    if a.kind == "role" and b.kind == "person":
        if "轮值" in gap:
            gap = _ROTATING_ASIDE.sub("", gap)
        if gap[-1:] in ":：" and len(gap) > 1:
            gap = _LIST_LEAD.sub("", gap)  # 理事（按姓氏笔画为序）：甲、乙; 当选副会长的是：丙、丁: the title heads the list after the colon
    if a.kind == "person" and gap[:1] in _POSTNOMINAL_INITIALS:
        gap = _POSTNOMINAL.sub("", gap)  # 甲 BBS, JP，副主席乙: the list goes on after the name's honours
    if a.kind == "person" and gap[:1] in "(（":
        gap = _SEX_MARK.sub("", _ROMANIZED.sub("", gap)).lstrip()  # 总经理甲（Thomas Krüger）、副总经理乙: the name's own spelling in brackets
    elif a.kind == "org" and gap[:1] in "(（":
        gap = _ENGLISH_NAME.sub("", gap)  # 某基金會（Ming Tak Foundation）主席甲: the body's English name or acronym in brackets
    if b.kind == "role":
        gap = _RANK.sub("", gap)  # 党组成员、正处级副主席: a civil-service rank before a title qualifies it only
        if gap[-2:] in _TITLE_QUALIFIERS:
            gap = gap[:-2]  # 某村驻村第一书记, 某工作队队长兼驻村第一书记: where the post is held, the title bare
        if a.kind == "org" and gap[-1:] in _REGION_LAST_CHARS and _region_of_body(gap):
            return ""  # 某中心贵州地区项目主管, 某公司华东区总经理: the body's region the post covers, held in the body
        if "代" in gap:
            gap = _ACTING.sub("", gap)  # 某中心代理主任, 甲代理秘书长职务, 副书记、代区长: an acting post is the post (gold-conventions)
    if a.kind == "org" and b.kind == "role":
        gap = term_body().sub("", gap)  # 省慈善总会第四届理事会会长: the council's titles are the federation's
        if gap[-1:] == "科" and b.text in PROFESSIONAL_TITLES and _DEPARTMENT_WORDS.fullmatch(gap):
            return ""  # 某医院心内科主任医师甲: the doctor's department before the grade, held in the hospital (gold-conventions)
        if b.text in _FIELD_TITLES and _FIELD_WORDS.fullmatch(gap):
            return ""  # 某红十字会造血干细胞捐献协调员甲: the field of the work before the title, held in the body (gold-conventions)
    if (b.kind == "org" or b.info.get("former")) and gap.endswith(FORMER_MARKS):  # (one C test before the loop)
        for prefix in FORMER_MARKS:
            if gap.endswith(prefix) and (len(gap) > len(prefix) or prefix in FORMER_WORDS):
                return gap[: -len(prefix)]
    return gap


def hospital_mention(department: Mention) -> Mention | None:
    """The hospital whose name opens a department's (某医院骨科; 该院骨科, the hospital 该院 points at), or None."""
    named = referred_name(department)
    hospital = named[:len(hospital_of(normalize(named)))]  # (醫院: a traditional name read in simplified characters)
    if not hospital:
        return None
    written = department.text[:len(department.text) - len(named) + len(hospital)]
    info: dict[str, object] = {"type": "hospital", "of_department": True}
    if written != hospital:
        info["refers"] = hospital
    return Mention("org", department.start, department.start + len(written), written, info)


def _outside_qualified(mentions: list[Mention], qualified: dict[int, int]) -> list[Mention]:
    """The mentions that start inside no qualified name ({end: start}); loops, no cells made for every sentence."""
    kept = []
    for m in mentions:
        for end, start in qualified.items():
            if start <= m.start < end:
                break
        else:
            kept.append(m)
    return kept


def _bodiless_headed(pending: list, clause_body: Mention) -> bool:
    """Whether no pending title has a body and one is headed by the clause's body."""
    for _, role_org, _ in pending:
        if role_org is not None:
            return False
    for role, _, _ in pending:
        if _headed_by(role, clause_body):
            return True
    return False


def _aside_without_person(mentions: list[Mention], first: int, close: int) -> bool:
    """Whether the mentions from index first that end by close (a bracket's) are some and hold no person."""
    inside = False
    for m in mentions[first:]:
        if m.end <= close:
            if m.kind == "person":
                return False
            inside = True
    return inside


def _holds_any(piece: str, words) -> bool:
    """Whether one of the words is written in piece (a loop, not any() over a generator)."""
    for word in words:
        if word in piece:
            return True
    return False


def read_chains(view: SentenceView) -> list[PositionClaim]:
    """Every (person, role, organization) the sentence states by apposition."""
    text, offset = view.sentence.text, view.start
    claims: list[PositionClaim] = []
    pending: list[tuple[Mention, Mention | None, bool]] = []  # (role, org, former)
    org: Mention | None = None
    org_former = False
    list_org: Mention | None = None
    person_org: dict[int, Mention] = {}
    previous: Mention | None = None
    shared: list[tuple[Mention, Mention | None, bool]] = []  # the titles the last name got, for 、-listed names
    titled_org: Mention | None = None  # the body of the last name-title pair (某协会甲会长)
    mentions = view.mentions()
    qualified = _qualified_names(text, offset, mentions) if view.words & _QUALIFIER_WORD else None
    if qualified:
        mentions = _outside_qualified(mentions, qualified)
    aside_end = -1  # 副会长：甲（某局副局长）、乙（某所主任）: the posts in a name's brackets are read_bracketed's, no item of the chain
    clause_body: Mention | None = None
    ranked: Mention | None = None  # a bare title that took the body of the list's title it is a rank of (_ranked_body)
    # {a title's end: the start of the name after its note}: 局长（某会副会长）甲, as person_names read the name there
    notes = {m.info["titled_note"]: m.start for m in mentions if "titled_note" in m.info} if "(" in text else {}
    for index, mention in enumerate(mentions):
        if mention.start < aside_end:
            continue
        if mention.kind == "role" and previous is not None and previous.kind == "role" and _rotating_title(text, offset, mention):
            continue  # read as part of the gap to the name after it (_ROTATING_ASIDE)
        # (adjacent mentions, most pairs: nothing between them, no call)
        gap = ("" if previous.end == mention.start else _gap(text, offset, previous, mention)) if previous else None
        if qualified and previous is not None and previous.kind == "role" and qualified.get(mention.start) == previous.end:
            gap = ""  # 董事长、1992级校友甲: the qualifier is the name's aside, the titles before it are the name's
        if previous is not None and previous.end < aside_end:
            gap = text[aside_end - offset:mention.start - offset].strip()  # 甲（…）、乙: the list goes on after the brackets
        if notes and previous is not None and previous.kind == "role" and (gap == "(" and previous.end in notes or gap == ")" and mention.start in notes.values()):
            # 局长（某会副会长）甲, 理事长（法定代表人）乙: the note's titles are the name's too, its body a second one (as after 兼)
            gap = "兼" if gap == "(" else ""
        continues_list = gap == ";" and previous is not None and previous.kind == "person" and (
            mention.kind == "role" or mention.info.get("rule") == "list_name")  # 副会长甲；乙；丙: one list
        # 项目部　部长：甲　副部长：乙（女）: a roster line's next label of a post, after a space, is the same unit's
        next_label = (previous is not None and previous.kind == "person" and mention.kind == "role" and list_org is not None
                      and text[mention.end - offset:mention.end - offset + 1] in (":", "：")
                      and _ROSTER_GAP.fullmatch(text, previous.end - offset, mention.start - offset) is not None)
        if next_label:
            pending, previous, gap = [(mention, list_org, bool(mention.info.get("former")))], mention, None
            continue
        if (previous is not None and previous.kind == "role" and mention.kind == "role" and pending and pending[-1][1] is not None
                and gap[:1] == "、"):
            if _UNREAD_UNIT.fullmatch(gap):
                previous = mention  # the title is held in that unit, not in the body before it: no claim; the chain's titles go on
                continue
            if _UNREAD_WORD.fullmatch(gap):
                # 某镇党委书记、人大主席甲, 某律师事务所高级合伙人、公益法律中心主任乙: a word no rule reads as a body before the
                # chain's next title; the titles before it are still the name's, the next one's body is not known here
                pending.append((mention, None, bool(mention.info.get("former"))))
                previous = mention
                continue
        if previous is not None and previous.kind == "role" and mention.kind == "org" and pending and _UNREAD_WORD.fullmatch(gap):
            gap = "、"  # 委员、委托人某公司副总经理甲: a short word no rule reads between a chain's title and the next body is an aside
        if previous is not None and gap not in _JOINERS and not continues_list:
            # 局长甲作报告，党组成员、副局长乙主持: the body of the clause before, for a bare chain of its titles after it
            clause_body = list_org if previous.kind == "person" and list_org is not None and "," in gap else None
            pending, org, list_org, org_former, shared, titled_org = [], None, None, False, [], None
            previous = None
            gap = None
        kind = mention.kind
        if kind == "org":
            # 局长兼市慈善总会常务副会长甲: a second body's title joins the first; so after a comma does one
            # whose titles all sit in bodies and no name took yet (某市民政局党组书记、局长，市慈善总会会长甲)
            # (not a body elected to: 甲当选联盟首任理事长，某会秘书长乙当选副理事长, analysis._elected_to_named)
            # (nor a body appointed to: 甲任研究院院长，某会副会长乙任名誉院长: the titles after 任 are 甲's)
            comma_chain = gap == "," and pending and all(role_org is not None and "elected_to" not in role_org.info for _, role_org, _ in pending) and (
                _APPOINTED_TO.search(text, 0, pending[0][1].start - offset) is None)
            if not (previous is not None and previous.kind == "role" and (gap in ("、", "兼") or comma_chain)):
                pending = []
            org = mention
            # 原省民政厅厅长; 时任某局局长 (the holder at the time of a past event)
            org_former = mention.start > offset and (text[mention.start - offset - 1] in FORMER_CHARS or text.endswith(AT_THE_TIME, 0, mention.start - offset))
        elif kind == "role":
            former = bool(mention.info.get("former")) or org_former
            if previous is not None and previous.kind == "org" and gap in _NO_GAP_OR_FORMER:
                pending.append((mention, previous, former or gap in FORMER_CHARS))
            elif previous is not None and previous.kind == "org" and gap in (":", "："):
                pending = [(mention, previous, former)]  # 某会秘书处：处长甲，副处长乙: the body heads its list of titles
            elif previous is not None and previous.kind == "org" and gap == "," and _AT_PLACE.search(text[: previous.start - offset]):
                # 在于都县慈善会，会长张三汇报…: the host of the visit, then its officer
                pending = [(mention, previous, former)]
            elif previous is not None and previous.kind == "role" and gap in ("", "兼", "、"):
                # (副理事长、副校长甲: a body a bare title took by its rank is that title's alone, _ranked_body)
                last_org = pending[-1][1] if pending and mention.info.get("scope") != "office" and pending[-1][0] is not ranked else None
                if last_org is not None and mention.text in PROFESSIONAL_TITLES and (hospital := hospital_mention(last_org)) is not None:
                    # 某医院骨科主任、主任医师甲, 某医院某治疗中心主任、主任医师乙: the grade is the hospital's (gold-conventions)
                    last_org = hospital
                pending.append((mention, last_org, former))
            elif (previous is not None and previous.kind == "person" and gap == "" and text[previous.end - offset:mention.start - offset].isspace()
                  and _titles_next_name(mentions, index)):
                # 某会理事长甲　副理事长乙　某会秘书长丙: a title after a space that titles the next name opens the list's next item
                pending = [(mention, list_org if mention.info.get("scope") == "org" else None, former)]
            elif previous is not None and previous.kind == "person" and gap == "":
                context = person_org.get(previous.start)
                # 由副秘书长甲代理秘书长职务: an acting post, its body the sentence's (no name-title pair of the text's)
                acting = text[previous.end - offset:mention.start - offset].strip().startswith("代")
                claims.append(PositionClaim(previous, mention, context, former, "acting_title" if acting else "name_title", 0.85 if context else 0.5))
                pending = []
                titled_org = context  # 某协会甲会长、乙秘书长: the next name-title pair of the list is the same body's
            elif previous is not None and previous.kind == "person" and gap in ("、", ",", ";") and list_org is not None and mention.info.get("scope") == "org":
                # 福建省慈善总会会长甲，常务副会长乙: a bare title in a list keeps the organization before it; a school's head
                # keeps only a school (某公司总经理甲、校长乙: the head of the school the page tells of, not of the company)
                school_head = mention.text in _SCHOOL_HEADS and list_org.info.get("type") not in _SCHOOL_KINDS
                pending = [(mention, None if school_head else list_org, former)]
            elif previous is not None and previous.kind == "person" and gap in ("、", ",", ";") and claims and mention.info.get("scope") == "org":
                # 某委员会副主任委员、某局局长甲，副主任委员、某大学教授乙，委员丙: a bare title in a list whose names hold posts in
                # several bodies keeps the body of the list's title it is a rank of (委员 of 主任委员, 副会长 of 会长)
                pending, ranked = [(mention, _ranked_body(claims, previous, mention.text), former)], mention
            else:
                pending = [(mention, None, former)]
        elif kind == "person":
            if previous is not None and previous.kind == "role" and gap in ("", "同志", ":", "："):
                if clause_body is not None and _bodiless_headed(pending, clause_body):
                    bodied = []  # (a loop, not a comprehension: no cell made for every sentence)
                    for pending_role, _, pending_former in pending:
                        bodied.append((pending_role, clause_body, pending_former))
                    pending = bodied
                for role, role_org, former in pending:
                    carried = role_org is list_org and role_org is not None and role_org is not org
                    claims.append(
                        PositionClaim(mention, role, role_org, former, "carried_list" if carried else "org_title_name", 0.8 if carried else 0.9)
                    )
                # Only a name whose titles all sit in one body lets a list carry that body on.
                list_org = pending[0][1] if pending else None  # (a loop, not a dict by identity and next(iter()))
                for _, pending_org, _ in pending:
                    if pending_org is not list_org:
                        list_org = None
                        break
                shared = pending
                pending = []
            elif previous is not None and previous.kind == "person" and shared and (
                    gap == "、" or (gap == "及" and mention.info.get("rule") != "name_title") or (gap in _NAME_SEPARATORS and mention.info.get("rule") in LIST_ITEM_RULES)):
                # (副会长甲，乙，丙: a name the person reader took as a whole item of the list, person_names.PersonDraft; 副会长：丙 丁,
                # a roster line's names after its label's colon, person_names)
                # 常务副会长张三、李四 (董事甲及乙, not 会长甲及乙理事长): the names of a 、-list after one title all hold it
                for role, role_org, former in shared:
                    claims.append(PositionClaim(mention, role, role_org, former, "shared_title", 0.75))
            else:
                shared = []
                if previous is not None and previous.kind == "org" and gap == "":
                    person_org[mention.start] = previous
                elif previous is not None and previous.kind == "role" and gap == "、" and titled_org is not None and claims and claims[-1].role is previous:
                    person_org[mention.start] = titled_org
            org_former = False
            local = mention.end - offset
            if text[local:local + 1] in _BRACKET_CLOSE:
                close = _closing(text, local)
                if close is not None and _aside_without_person(mentions, index + 1, offset + close):  # (原定甲主持，改由乙主持: a name inside tells a clause of its own)
                    aside_end = offset + close + 1
        previous = mention
    return claims


def _ranked_body(claims: list[PositionClaim], before: Mention, title: str) -> Mention | None:
    """The body of the title the list's name before holds that is this title or ranks with it (主任委员, 副主任委员 and
    委员 of one committee; 会长 and 副会长 of one association), else None: that name holds posts in several bodies."""
    for claim in reversed(claims):
        held = claim.role.text
        if claim.person is before and claim.org is not None and (held.endswith(title) or title.endswith(held)):
            return claim.org
    return None


_QUALIFIER_WORD = word_bit("name_qualifier_tail")  # SentenceView.words: _QUALIFIER_ASIDE can match
_APPOINTED_TO = re.compile(f"(?:{elected_after_name().pattern}|为)$")  # 甲任|研究院院长, 聘请甲为|研究院院长: the body right after the verb
# 、1992级校友, 、中国科学院院士, 、拿督斯里: a qualifier after a title's 、, ending right before a name
_QUALIFIER_ASIDE = re.compile(rf"、[^、,，。;；:：()（）\s]{{0,16}}?(?:{word_alternation('name_qualifier_tail')})(?=[\u3400-\u9fff])")


def _qualified_names(text: str, offset: int, mentions: list[Mention]) -> dict[int, int]:
    """{name's start: its qualifier's start} for each name written right after a qualifier that follows a title
    (董事长、1992级校友甲, 院长、中国科学院院士乙): the mentions inside the qualifier (中国科学院, 代表) are no items of the chain."""
    starts = {m.start for m in mentions if m.kind == "person"}
    return {offset + q.end(): offset + q.start() for q in _QUALIFIER_ASIDE.finditer(text) if offset + q.end() in starts}


def _headed_by(role: Mention, body: Mention) -> bool:
    """副局长 of a 局, 厅长 of a 厅: a title whose head word is the body's ending names a post of that kind of body, so
    a bare chain holding it after a clause on one of the body's officers (局长甲作报告，党组成员、副局长乙主持) is in it.
    (会长 and 理事长 are a charity body's titles, which the meeting body's rules read.)"""
    title = role.text
    return len(title) >= 2 and title.endswith("长") and title[-2] not in "会事" and body.text.endswith(title[-2])


def _titles_next_name(mentions: list[Mention], index: int) -> bool:
    """Whether the title at `index` and the titles right after it stand before a name read as titled (副理事长兼秘书长乙)."""
    for mention in mentions[index + 1:]:
        if mention.kind != "role":
            return mention.kind == "person" and mention.info.get("rule") == "title_name"
    return False


_APPOINTMENT_VERB = word_bit("appointment_verb")  # SentenceView.words: appointing() can match
_APPOINTEE_PRONOUN = "其"  # 聘请其为…: the pronoun of a written text for the one appointed, before 为 and the post
_APPOINTEE_PRONOUN_AS = re.compile(_APPOINTEE_PRONOUN + "(?=为)")
_APPOINTEE_AS = _APPOINTEE_PRONOUN + "为"  # (a substring test first: few sentences write it)
_OTHER_PARTY = tuple(word_class("other_party_lead"))  # 向, 为, 给 …: a party other than the name before them (word_classes.tsv)


def read_elections(view: SentenceView, body: Mention | None, heading: str = "", preceding: dict[int, SentenceView] | None = None) -> list[PositionClaim]:
    """会议选举甲为会长，乙、丙为副会长；聘请丁为顾问: the title is held in the organization
    written after 为, else in the one whose meeting the sentence before it in its paragraph tells (`preceding`, by id) (某会召开三届五次理事会…。
    会议审议通过了增补甲为副会长: a roundup's item), else in `body`, the organization whose meeting elects (or appoints).
    `heading`: the appointment verb a notice's heading line gave the lines under it (兹任命： / 甲同志为某会副秘书长；)."""
    text, offset = view.sentence.text, view.start
    verb = appointing().search(text) if view.words & _APPOINTMENT_VERB else None
    if verb is None and not (heading and appointing().fullmatch(heading)):
        return []
    # 选举甲为会长 (names after the verb) and 甲当选为会长, 乙、丙增补为副会长 (names before it)
    mentions = view.mentions()
    if _APPOINTEE_AS in text:
        # 大会决定聘请其为某会名誉会长: 其 right after the verb stands for the person the sentence named last, as 他 does
        pronouns = []  # (loops, not comprehensions: no cells made for every sentence)
        for m in _APPOINTEE_PRONOUN_AS.finditer(text):
            pronouns.append(Mention("pronoun", offset + m.start(), offset + m.end(), m.group()))
        mentions = sorted(mentions + pronouns, key=by_start)
    claims: list[PositionClaim] = []
    named_before: Mention | None = None  # the body the sentence's last election wrote (当选某会会长)
    told: list[Mention | None] | None = None  # the body whose meeting the sentence before tells, once looked up
    for index, person in enumerate(mentions[:-1]):
        referent = person
        if person.kind == "pronoun":
            # 甲不再兼任会长，经会议研究，聘请他为名誉会长: 他 is the person the sentence named last
            earlier = [m for m in mentions[:index] if m.kind == "person"]
            if not earlier or not appointing().search(text, max(0, person.start - offset - 3), person.start - offset):
                continue
            referent = earlier[-1]
            if person.text == _APPOINTEE_PRONOUN and _holds_any(text[referent.end - offset:person.start - offset], _OTHER_PARTY):
                continue  # 甲向乙颁发证书，并聘请其为…: 其 is the other party, a name not read here
        elif person.kind != "person":
            continue
        cursor = index + 1
        local = person.end - offset
        close = _closing(text, local) if text[local:local + 1] in _BRACKET_CLOSE else None
        if close is not None:
            # 增补甲（市民政局党组成员、副局长）为…副会长: the titles in brackets are the person's own
            while cursor + 1 < len(mentions) and mentions[cursor].end <= offset + close + 1:
                cursor += 1
        while (cursor + 1 < len(mentions) and mentions[cursor].kind == "role" and mentions[cursor].info.get("scope") != "none"
               and not _gap(text, offset, mentions[cursor - 1], mentions[cursor])):
            cursor += 1  # 张三教授为顾问: the name's own title comes before 为 (not 甲代表受聘律师发言: 代表 speaks for them)
        before = mentions[cursor - 1] if close is None else Mention("aside", offset + close, offset + close + 1, text[close], {})
        org = None
        if mentions[cursor].kind == "org" and cursor + 1 < len(mentions) and mentions[cursor + 1].kind == "role":
            org = mentions[cursor]
            if _gap(text, offset, org, mentions[cursor + 1]):
                continue
            cursor += 1
        gap = _gap(text, offset, before, org or mentions[cursor])
        if mentions[cursor].kind != "role" or not gap or not elected_as().fullmatch(gap):
            continue
        roles = [mentions[cursor]]
        while cursor + 1 < len(mentions) and mentions[cursor + 1].kind == "role" and _gap(text, offset, roles[-1], mentions[cursor + 1]) in ("", "、", "兼"):
            cursor += 1
            roles.append(mentions[cursor])
        people = [referent]
        first = index  # 增补甲、某医院院长乙为理事: each 、-item may carry its own organization and title
        while True:
            while first > 0 and mentions[first - 1].kind != "person" and _gap(text, offset, mentions[first - 1], mentions[first]) in _ITEM_GAPS:
                first -= 1
            if first > 0 and mentions[first - 1].kind == "person" and _gap(text, offset, mentions[first - 1], mentions[first]) in _NAME_SEPARATORS:
                first -= 1
                people.insert(0, mentions[first])
                continue
            break
        # 选举出某会首届理事会…组成人员，甲当选会长: the organization whose council the sentence elects
        electing = []
        for o in view.orgs:
            if o.end <= people[0].start and (council_after().match(text, o.end - offset) or _holds_meeting(text, offset, o, view.persons)
                                             or appoints_after_body().match(text, o.end - offset, people[0].start - offset)):
                electing.append(o)
        # 甲当选联盟首任理事长，乙当选副理事长: a later election of the sentence with no body written is to the body named before
        holder = org or (electing[-1] if electing else None) or named_before
        if holder is None and view.words & _FOUNDING_VERB:
            # 会议宣布成立某馆学术委员会，甲任主任委员: the body the sentence says was set up before the name holds its titles
            founded = []
            for o in view.orgs:
                if o.end <= people[0].start and _FOUNDED_BEFORE.search(text, 0, o.start - offset):
                    founded.append(o)
            holder = founded[-1] if founded else None
        if holder is None and preceding:
            if told is None:
                told = [_meeting_told(preceding.get(id(view)))]  # (read once a sentence, where no body of its own elects)
            holder = told[0]
        holder = holder or body
        if org is not None and "refers" in org.info and "elected_to" not in org.info:
            meeting = electing[-1] if electing else body
            if meeting is not None and meeting is not org and normalize(referred_name(meeting)).endswith(normalize(org.text)):
                # 某基金会召开理事会…会议同意增选甲为基金会理事: a bare ending after 为 is the electing body where its name ends in
                # it, not the latest body of that kind the page named (a guest's 某市慈善基金会)
                holder = meeting
        if org is not None:
            named_before = org
        elif _TEAM_LED_BY in text and _led_team_before(view, people[0]):
            continue  # 评审专家组由某大学教授甲任组长: the leader of a team no body names holds no post in the page's body
        if holder is None or (len(roles) > 1 and COUNT.search(gap)):
            # 选举甲等16名同志为会长、副会长、秘书长: who holds which title is not said
            continue
        for who in people:
            for role in roles:
                claims.append(PositionClaim(who, role, holder, False, "elected_as", 0.8 if org else 0.7))
    return claims


_FOUNDED_BEFORE = re.compile(rf"(?:{word_alternation('founding_verb')})了?$")  # 成立, 创办 right before a body's name (event_words.tsv)
_FOUNDING_VERB = word_bit("founding_verb")  # SentenceView.words: one is written, so _FOUNDED_BEFORE can match
(_TEAM_LED_BY,) = word_class("team_led_by")  # 评审专家组由…, 检查组由…: a team, named by a common noun, and who leads it (word_classes.tsv)


def _led_team_before(view: SentenceView, person: Mention) -> bool:
    """Whether the clause before `person` opens with a team written as a common noun and 由 (专家组由甲任组长), with no
    organization named as the team (某领导小组由…: a body found by its ending is one)."""
    text, offset = view.sentence.text, view.start
    local = person.start - offset
    clause = clause_start(text, local)
    team = text.find(_TEAM_LED_BY, clause, local)
    return team >= 0 and not any(org.end - offset == team + 1 for org in view.orgs)


# 某会召开二届三次理事会, 某会第四次会员代表大会召开, 某会完成第五届理事会换届: the body whose council or congress meets
# (in the clause right after its name) is the one electing
_HOLDS_MEETING = re.compile(rf"[^,，。;；]{{0,10}}?(?:{councils()}|{word_alternation('electing_meeting')})")


def _meeting_told(view: SentenceView | None) -> Mention | None:
    """The last body of `view` whose council or congress meets in the clause after its name (某会召开三届五次理事会), or None."""
    if view is None:
        return None
    text, offset = view.sentence.text, view.start
    held = [o for o in view.orgs if _holds_meeting(text, offset, o, view.persons)]
    return held[-1] if held else None


def _holds_meeting(text: str, offset: int, org: Mention, persons: list[Mention]) -> bool:
    """Whether the clause right after `org` names its council or congress (_HOLDS_MEETING) with no name between: in
    增补某公司总经理甲为第四届理事会副会长 the council is the one electing 甲, not the company's."""
    meeting = _HOLDS_MEETING.match(text, org.end - offset)
    return meeting is not None and not any(org.end <= person.start < offset + meeting.end() for person in persons)


_BIOGRAPHY_VERB = re.compile(word_alternation("biography_post_verb"))  # 现任, 曾任, 历任 … (word_classes.tsv)
# (2004年回到市里，任某局局长: a bare 任 opening a clause or right after its year is a career verb too)
_CAREER_VERB = re.compile(f"{word_alternation('biography_post_verb')}|(?P<later>{word_alternation('career_post_verb')}|(?<=[,，;；年月起])任)")
_UNTIL = re.compile(word_alternation("post_until_word") + r"|至\d{4}年")
# 甲，1961年生，南陵县人; 乙，女，汉族，1986年5月生; 丙　男，1962年生 (a profile line): a profile's opening names its subject
# 丁　1985年7月参加工作，历任…; 戊　1997.07—2009.12　某局某科副科长 (a 主要工作经历 block under a 公示's table): dated after a space
# 己：1983年8月参加工作，历任…; 庚同志简历：1954年10月生，…; 辛　1959年生，…; 壬同志1934年生: a name, a colon (or a space) and a date
_PROFILE_OPENING = re.compile(r"[,，](?:[男女][,，]|[^,，。;；]{0,8}?\d{4}年(?:\d{1,2}月)?(?:出生|生)|\d{4}年(?:\d{1,2}月)?(?:参加工作|入伍|参军))|[ \u3000]{1,2}[男女][,，](?:[^,，。;；]{1,8}[,，]){0,2}\d{4}年"
                              r"|[ \u3000]+(?=\d{4}(?:年\d{1,2}月|年(?:出生|生)|[.．]\d{1,2}))"
                              rf"|(?:同志)?(?:简历|简介)?[:：][ \u3000]*(?=\d{{4}}年(?:\d{{1,2}}月)?(?:参加工作|出生|生|起|至|入伍|参军|毕业|[—–－-])|{word_alternation('biography_post_verb')})|(?:同志)?(?=\d{{4}}年(?:\d{{1,2}}月)?(?:出生|生))")
_UNREAD_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[,，:：])")  # 乙，2001年8月参加工作: a name, then a profile's opening
# 【人物简介】甲，1961年生，… / 1．乙，女，1968年10月生，… (a 公示's numbered candidates): the label or number before the subject
_PROFILE_LABEL = re.compile(rf"【[^】]{{1,6}}】|{NUMBERED_LEAD}")
_PROFILE_LEADS = "【" + ITEM_LEADS


def _profile_label_end(text: str) -> int:
    """Where a profile's subject starts after its label in brackets or its number (-1: neither)."""
    label = _PROFILE_LABEL.match(text)
    return label.end() if label else -1


# 理事长　甲 / 副理事长　乙（女） on a line, then 男，1966年4月生，… or 1972年11月生，…: the bio under a heading line is its name's
_UNNAMED_OPENING = re.compile(r"(?:[男女][,，]|[^,，。;；]{0,6}?\d{4}年(?:\d{1,2}月)?(?:出生|生)[,，])")
_NAME_LINE_END = re.compile(r"(?:[(（][男女][)）])?\s*$")
_BORN_IN_YEAR = re.compile(r"\d{4}年(?:\d{1,2}月)?[,，]?")  # 1958年，甲出生在某县…: a profile's opening told by the year first
_BORN = re.compile(r"出生|生于")
# 此后, 2013年起, 2025年3月起, 同时: what may open a clause before its verb (no name: 此后，乙调任… is 乙's)
# 1965.08—1978.10, 2018.06—, 1998年1月至2003年2月, 2019.3-至今: the dates a résumé's line opens with (a closed range: a former post)
_RESUME_LINE = re.compile(
    r"\d{4}(?:[.．/]\d{1,2}|年\d{1,2}月)\s*(?:[—–－~～-]+|至)\s*(?:(?P<until>\d{4}(?:[.．/]\d{1,2}|年\d{1,2}月)?)|至今|今)?\s*"
)
# 1990年3月任…, 1984年7月起任…, 2003年3月—2011年2月任…, 2021年9月退休, 1997.07—2009.12: a career chain's line opens with
# its year and month (or its year and 起/至), not with a day (a news paragraph's 2024年9月17日，…)
_CHAIN_LINE = re.compile(r"\d{4}(?:年\d{1,2}月(?!\d{1,2}日)|年(?=[起至—–－-])|[.．]\d{1,2}(?!\d))")
_CLOSED_RANGE = re.compile(r"\d{4}(?:年\d{1,2}月|年|[.．]\d{1,2})\s*(?:[—–－~～-]+|至)\s*\d{4}(?:年|[.．])")
_CLAUSE_LEAD = re.compile(r"(?:^|[,，;；])(?:[\d年月]{0,8}(?:退休|离休|卸任|离任|转业|退伍|毕业|调任|回国)后)?[\d年月日起至后以来此先同时又并还曾于其间现.．—–－~～-]{0,16}$")
_PRONOUN_LEAD = frozenset(("", *word_class("pronoun_lead")))  # 甲随后任…, 其同时兼任… (word_classes.tsv); "": 其任…
LATER_POST = "later_post"  # the rule of a post a later verb gives the name right before it, outside a profile
_ELECTION_CAREER_VERBS = frozenset(word_class("election_career_verb"))  # 当选: read_elections' verb (word_classes.tsv)
# 1992年至2001年任, 2001年起任, 2003年10月任, 1985年7月起先后任: a post's year right before its verb
_DATED_CAREER = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:(?:至|到|—|－|-|–)\d{4}年(?:\d{1,2}月)?)?(?:起|开始)?(?:先后|又|再)?(?=[任兼担调升出转改])")
_DATED_FIRSTS = frozenset("0123456789" + "".join(word[0] for word in word_class("honorific")))  # (a set test before the match)
_HONORED_DATED_CAREER = re.compile(rf"(?:{word_alternation('honorific')})?{_DATED_CAREER.pattern}")
_HONORIFIC_LEAD = re.compile(f"^(?:{word_alternation('honorific')})")
_HONORIFIC_FIRSTS = frozenset(word[0] for word in word_class("honorific"))
_JOINED_POST_LEADS = frozenset(word_class("joined_post_lead"))  # 甲，并任…; 乙，同时兼任…: a clause going on with the name's next post


class Biography:
    """A profile's or a 任前公示's career posts, sentence by sentence (one per article: it keeps the subject).

    甲，女，1978年3月生，…，现任某区民政局二级调研员，曾任某会副秘书长、某科科长: a short biography gives its subject
    (the name that opens the sentence, or the one right before the verb) the posts after 现任 (current) and
    曾任/历任/原任 (former), each body with its titles, items joined by 、 or 兼 (a new body also after a comma).
    Where a profile opened with its subject (甲，1961年生，某县人。), the career sentences after it name nobody
    (此后历任…；2009年调任…) or write 他/她: their posts, also after 调任/升任/兼任 …, are the subject's; a post whose
    clause says it ended (直至2021年退休) is former. A bare title after a body's post is held in that body."""

    def __init__(self) -> None:
        self.subject: Mention | None = None
        self.paragraph = -1
        self.resume_at = -9  # the sentence of the profile's opening or of its last résumé line
        # a line ending with a name (理事长　甲), by its sentence's index, with the titles written right before the name
        self.heading: tuple[int, Mention, list[Mention]] | None = None

    def read(self, view: SentenceView, following: SentenceView | None = None) -> list[PositionClaim]:
        """The career posts `view` tells; `following` (the next sentence) says whether a dated post was superseded."""
        text, offset = view.sentence.text, view.start
        persons = view.persons
        chain_line = self.subject is not None and not persons and _CHAIN_LINE.match(text) is not None
        titled: list[PositionClaim] = []  # a heading line's titles, for the bio it opens
        if chain_line and 0 <= view.sentence.paragraph - self.paragraph <= 1:
            self.paragraph = view.sentence.paragraph  # 1984年7月起任…；¶ 1990年3月任…；: the chain goes on, line by line
        if persons and (((persons[0].start == offset or (text[:1] in _PROFILE_LEADS and persons[0].start - offset == _profile_label_end(text)))
                         and _PROFILE_OPENING.match(text, persons[0].end - offset))
                        or (_BORN.match(text, persons[0].end - offset) and _BORN_IN_YEAR.fullmatch(text, 0, persons[0].start - offset))):
            self.subject, self.paragraph, self.resume_at = persons[0], view.sentence.paragraph, view.sentence.index
        elif not persons and view.sentence.paragraph_start and "年" in text[6:10] and (named := _UNREAD_SUBJECT.match(text)) is not None and (
                text[:1] in lexicons().any_surnames and _PROFILE_OPENING.match(text, named.end())):
            # 乙，2001年8月参加工作。曾任…: a profile opening with a name the person rules missed (a 公示's résumé paragraph,
            # the name written padded in the table above it) is a new subject, not the last profile's
            self.subject = Mention("person", offset, offset + named.end(), text[:named.end()], {"rule": "profile_name"})
            self.paragraph, self.resume_at = view.sentence.paragraph, view.sentence.index
        elif persons and self.subject is None and ("逝世" in text or "病逝" in text or "去世" in text):
            # 原某会会长甲同志，因病医治无效，于…逝世 (an obituary's opening): the 生平 after it (他…历任…; 1965年起任…) is his
            for person in persons:
                after = text[person.end - offset:]
                if after[:2] == "同志" and ("逝世" in after or "病逝" in after or "去世" in after) and person is persons[-1]:
                    self.subject, self.paragraph = person, view.sentence.paragraph
                    break
        elif not persons and self.heading is not None and self.heading[0] == view.sentence.index - 1 and view.sentence.paragraph_start and _UNNAMED_OPENING.match(text):
            # 理事长　甲 ¶ 男，1966年4月生，…: the bio paragraph under a heading line that ends with the name, who holds the
            # heading's titles in the body the page is about (no body here: the caller's)
            self.subject, self.paragraph, self.resume_at = self.heading[1], view.sentence.paragraph, view.sentence.index
            for role in self.heading[2]:  # (loops here, not comprehensions: no cells made for every sentence)
                titled.append(PositionClaim(self.subject, role, None, False, "bio_heading", 0.7))
        if self.resume_at == view.sentence.index and view.orgs:
            titled = titled + _verbless_posts(view, self.subject)  # (the profile opened in this sentence)
        self.heading = None
        if persons and _NAME_LINE_END.fullmatch(text, persons[-1].end - offset):
            name = persons[-1]
            titles = []
            for r in view.roles:
                if r.info.get("scope") == "org" and text[r.end - offset:name.start - offset].strip() == "":
                    titles.append(r)
            self.heading = (view.sentence.index, name, titles)
        at = 0 if text[:1].isdigit() else -1
        if at < 0 and self.resume_at == view.sentence.index and persons and self.subject is persons[0] and text[persons[0].end - offset:persons[0].end - offset + 1].isspace():
            at = len(text) - len(text[persons[0].end - offset:].lstrip())  # 乙　1997.07—…: the line's first date after the name
        resume = _RESUME_LINE.match(text, at) if at >= 0 and self.subject is not None and view.sentence.index - self.resume_at <= 3 else None
        if resume is not None and not _CAREER_VERB.match(text, resume.end()):
            # (2003年3月—2011年2月任…: a dated career clause, read by its verb below)
            # 1984.03—1992.06 某县委副书记、县长; 2018.06— 某会名誉会长: a résumé's line under the profile's opening
            self.resume_at = view.sentence.index
            former = resume.group("until") is not None
            return titled + self._posts(view, view.mentions(), offset + resume.end(), self.subject, former, None, False, len(text), "resume_line")
        if "任" not in text and "当选" not in text:
            return titled  # every verb of the shape has 任: most sentences have none
        if not persons and self.subject is None:
            return titled
        return self._career(view, following, titled, chain_line)

    def _career(self, view: SentenceView, following: SentenceView | None, titled: list[PositionClaim], chain_line: bool) -> list[PositionClaim]:
        """read's career clauses, for a sentence with a verb of holding a post (the cells its comprehensions need made
        only then)."""
        text, offset = view.sentence.text, view.start
        mentions = view.mentions()
        claims: list[PositionClaim] = titled
        held_in: Mention | None = None  # the body of the sentence's last career post
        verbs = list(_CAREER_VERB.finditer(text))
        told: Mention | None = None  # whose career the sentence's clause before told
        for number, verb in enumerate(verbs):
            subject = self._subject(view, mentions, verb)
            if subject is None and told is not None and _CLAUSE_LEAD.search(text, 0, verb.start()) and not any(
                    m.kind in ("person", "pronoun") and told.end <= m.start and m.end <= offset + verb.start() for m in mentions):
                subject = told  # 甲曾任某局局长，现任某会会长: the next clause's verb with no name of its own is the same person's
            told = subject
            if subject is None:
                continue
            later = verb.group("later") is not None
            former = not later and verb.group() not in CURRENT_POST
            clause_end = min((i for i in (text.find(mark, verb.end()) for mark in ",;。") if i >= 0), default=len(text))
            told_until = min(verbs[number + 1].start() if number + 1 < len(verbs) else len(text), (text.find(";", verb.end()) + 1 or len(text) + 1) - 1)
            if later and _UNTIL.search(text, verb.end(), told_until):
                former = True  # 2013年起担任某局局长，直至2021年退休 (up to the next post told)
            elif later and chain_line and subject is self.subject and (
                    _CLOSED_RANGE.search(text, clause_start(text, verb.start(), ",;"), verb.start())
                    or any(_CHAIN_LINE.search(text, max(0, v.start() - 12), v.start()) for v in verbs[number + 1:])
                    or (following is not None and not following.persons and following.sentence.paragraph - view.sentence.paragraph <= 1
                        and _CHAIN_LINE.match(following.sentence.text))):
                former = True  # 1990年3月任副局长，1995年1月任局长; 2003年3月—2011年2月任…: superseded later in the chain, or ended
            workplace = _workplace(text, offset, mentions, verb.start()) if held_in is None else None
            # (某会会长甲同时担任某基金会理事长: a later post of a name the sentence tells of, no profile's career line)
            rule = LATER_POST if later and (self.subject is None or subject.text != self.subject.text) else "biography"
            found = self._posts(view, mentions, offset + verb.end(), subject, former, workplace or held_in, later or workplace is not None, clause_end, rule)
            claims += found
            held_in = found[-1].org if found else held_in
        return claims

    @staticmethod
    def _posts(view: SentenceView, mentions: list[Mention], begin: int, subject: Mention, former: bool, held_in: Mention | None,
               later: bool, clause_end: int, rule: str) -> list[PositionClaim]:
        """The posts written from `begin` on: each body with its titles, items joined by 、 or 兼 (a new body also
        after a comma); an office title joined to a body's title (某县委副书记、县长) is not held in that body. A chain
        may open with an office title after its place and no body (历任某县副县长，某局局长): no post, the chain goes on."""
        text, offset = view.sentence.text, view.start
        claims: list[PositionClaim] = []
        org: Mention | None = None
        office_item = False  # the chain's item before was a place's office title with no body
        previous_end = begin
        item_claims = -1  # how many claims the items before the last comma gave (-1: no item after a comma yet)
        for mention in (m for m in mentions if m.start >= begin):
            gap = text[previous_end - offset:mention.start - offset]
            if mention.kind == "org" and (gap in ("", "、") or (gap == "," and (org is not None or office_item))):
                if gap == ",":
                    item_claims = len(claims)
                org = mention
            elif mention.kind == "person" and gap == "" and 0 <= item_claims < len(claims):
                # 由甲兼任病区主任，护理部副主任、副主任护师乙任护士长: the titles after the comma are the next name's, written before it
                del claims[item_claims:]
                break
            elif mention.kind == "role" and org is not None and (gap in ("", "、", "兼") and (gap == "" or previous_end != org.end)
                                                                 or (previous_end == org.end and "届" in gap and term_body().match(gap))):
                # (曾任某市政协第九届、第十届委员: the terms between a body and its title)
                if mention.info.get("scope") != "none" and not (gap and mention.info.get("scope") == "office"):
                    claims.append(PositionClaim(subject, mention, org, former or bool(mention.info.get("former")), rule, 0.75))
            elif mention.kind == "role" and gap in _FIRST_HOLDER and org is None and held_in is not None and later and mention.start - offset < clause_end:
                org = held_in  # 2014年调任某会秘书长，2020年起兼任副会长: the body of the post before
                if mention.info.get("scope") == "org":
                    claims.append(PositionClaim(subject, mention, org, former or bool(mention.info.get("former")), rule, 0.7))
            elif (mention.kind == "role" and org is None and not claims and mention.info.get("scope") == "office"
                  and (gap == "" or gap in lexicons().places)):
                office_item = True  # 历任某县副县长，…: the government is not named, no post (gold-conventions: no body)
            elif (mention.kind == "role" and mention.info.get("scope") in ("office", "org") and gap[:1] in "、,"
                  and gap[1:] in lexicons().places and previous_end > begin):
                org, office_item = None, True  # 历任某局局长、某市副市长、某会会长: an item naming a place and no body, no post; the chain goes on
            elif (mention.kind == "role" and org is None and not claims and mention.info.get("scope") == "org"
                  and gap in lexicons().places):
                office_item = True  # 曾任某市纪委副书记、某局局长: the first item's body is not named apart from its title
            else:
                break
            previous_end = mention.end
        return claims

    def _subject(self, view: SentenceView, mentions: list[Mention], verb: re.Match[str]) -> Mention | None:
        """Whose career the verb tells: the sentence's own name, else the profile's subject."""
        text, offset = view.sentence.text, view.start
        at = offset + verb.start()
        before = [m for m in view.persons if m.end <= at]
        opening = next((p for p in before if p.start == offset and text[p.end - offset:p.end - offset + 1] in ",，"), None)
        if opening is not None and (verb.group("later") is None or opening is self.subject or _DATED_CAREER.match(text, opening.end - offset + 1)):
            return opening  # (甲，1992年至2001年任某局局长；2001年起任…: a career line dated right after the name)
        if before and before[0].start == offset and text[before[0].end - offset:before[0].end - offset + 1] in _DATED_FIRSTS and verb.group("later") is not None and (
                dated := _HONORED_DATED_CAREER.match(text, before[0].end - offset)) and dated.end() == verb.start():
            return before[0]  # 甲同志1978年起任某公社党委书记: the name, its honorific and the year of the post
        if before and verb.group("later") is None and (before[-1].start == offset or text[before[-1].start - offset - 1] == ";") and (
                ";" not in text[before[-1].end - offset:verb.start()] and _CLAUSE_LEAD.search(text, 0, verb.start())
                and not any(m.kind == "pronoun" and before[-1].end <= m.start and m.end <= at for m in mentions)):
            # 甲长期在基层和民政系统工作，历任某镇党委副书记、某局局长: the name opening the sentence (or its part after ；),
            # the last person before a career verb opening a later clause of that part, is whose career it tells
            return before[-1]
        lead = text[before[-1].end - offset:verb.start()] if before else ""
        if lead[:1] in _HONORIFIC_FIRSTS and verb.group("later") is None:
            lead = _HONORIFIC_LEAD.sub("", lead, 1)  # 甲同志曾任…, 乙先生现任…, 丙同志还曾任…: the honorific is the name's
        joined = lead[:1] == "," and lead[1:] in _JOINED_POST_LEADS and verb.group("later") is not None  # 甲，并任…
        if before and (at - before[-1].end <= 1 or lead in _PRONOUN_LEAD or joined) and not any(
                p.start > before[-1].end and p.end <= at for p in mentions):  # 甲现任…, 乙还曾任…
            if verb.group("later") is None:
                return before[-1]  # 甲现任…
            if self.subject is not None and before[-1].text == self.subject.text:
                return self.subject
            # 某会会长甲同时担任某基金会理事长, 某局局长乙，并兼任某会名誉会长: a later post of the name right before the verb,
            # where a body is written right after it (its titles are read from there)
            if verb.group() in _ELECTION_CAREER_VERBS:
                return None  # 甲当选某会会长: an election (read_elections), no career clause
            return before[-1] if any(m.kind == "org" and m.start == offset + verb.end() for m in mentions) else None
        if before and ("办" in text or "立" in text or "建" in text) and verb.group("later") is not None and verb.group() not in _ELECTION_CAREER_VERBS and founded_by(text, offset, mentions, before[-1], verb.start()):
            return before[-1]  # 甲创办某公司，任董事长兼总经理: the founder's post in the body founded
        if self.subject is None:
            return None
        people = [m for m in mentions if m.kind in ("person", "pronoun") and m.end <= at]
        if any(m.kind == "person" and m.text != self.subject.text for m in people):
            return None  # someone else is named before the verb
        pronoun = people[-1] if people and people[-1].kind == "pronoun" else None
        if pronoun is not None and text[pronoun.end - offset:verb.start()] in _PRONOUN_LEAD:
            return self.subject  # 他同时兼任…, 她调任…
        if (people or 0 <= view.sentence.paragraph - self.paragraph <= 1) and _CLAUSE_LEAD.search(text, 0, verb.start()):
            # (a clause of a sentence about 他/她, or of the paragraph the profile opened or the one right after it:
            # 甲，男，1940年3月生，某县人。¶ 1978年任某县民政科科长；1987年调任…)
            clause = offset + clause_start(text, verb.start(), ",;")
            if not any(m.start >= clause for m in people):
                if not people:
                    self.paragraph = view.sentence.paragraph  # 历任… ¶ 现任…，兼任…: the career goes on, paragraph by paragraph
                return self.subject  # 此后历任…, 2009年调任…: the clause names nobody
        return None


_FIRST_HOLDER = ("", "首任", "第一任")  # 创办某会，并担任首任会长: the body's first holder of the title
CLAUSE = re.compile(r"[^,，;；。]+")  # a clause of a sentence, between its commas, semicolons and full stops
_CHAIN_GAPS = ("", "、", "兼") + FORMER_CHARS  # what stands between the body and titles of a clause that is one post chain


def _verbless_posts(view: SentenceView, subject: Mention) -> list[PositionClaim]:
    """甲，男，1963年生，某省政协原副秘书长，某会第五届理事会副会长兼秘书长。: in the sentence that opens a profile, a
    clause that is nothing but a body and its titles names posts of its subject, 原 before a title a former one; a clause
    with anything else (江西南昌人, 高级经济师) names none, and none after a career verb (曾任…，某局局长: Biography.read's list)."""
    text, offset = view.sentence.text, view.start
    mentions = [m for m in view.mentions() if m.start >= subject.end]
    claims: list[PositionClaim] = []
    verb = _BIOGRAPHY_VERB.search(text)
    for clause in CLAUSE.finditer(text, 0, verb.start() if verb is not None else len(text)):
        inside = [m for m in mentions if offset + clause.start() <= m.start and m.end <= offset + clause.end()]
        if not inside or inside[0].kind != "org":
            continue
        lead = _PROFILE_CLAUSE_LEAD.fullmatch(text, clause.start(), inside[0].start - offset)  # 原某市政府副市长, 是某会的创始会长
        if (lead is None or _career_ren(clause.group(), inside) or inside[-1].end != offset + clause.end() or any(m.kind not in ("org", "role") for m in inside)
                or any(_gap(text, offset, a, b) not in _CHAIN_GAPS and not (a.kind == "org" and b.kind == "role" and _HELD_TERM.fullmatch(_gap(text, offset, a, b)))
                       for a, b in zip(inside, inside[1:]))):
            continue
        found = titles_in_bodies(text, offset, subject, inside, "profile_post", _HELD_TERM)
        claims += [PositionClaim(c.person, c.role, c.org, True, c.rule, c.confidence) for c in found] if lead.group("former") else found
    return claims


# what may open a profile's clause of posts before its body: 原/前 (a former post), 是, 系, 曾是 (甲，…，是某会的创始会长)
_PROFILE_CLAUSE_LEAD = re.compile(rf"(?P<former>{'|'.join(FORMER_CHARS)}|曾是|生前系|生前是)?(?:是|系)?")


def _career_ren(clause: str, inside: list[Mention]) -> bool:
    """Whether 任 stands in the clause as a verb of a career (现任某会会长 read as one body), not only inside its titles
    (某局办公室主任, 某委员会副主任: a post like any other)."""
    return "任" in clause and clause.count("任") > sum(m.text.count("任") for m in inside if m.kind == "role")


# 在某中心工作，先后任…; 调到某局，先后任…: the clause before a career verb tells where the subject worked
_WORKPLACE_LEAD = re.compile(f"(?:{word_alternation('workplace_lead')})$")  # data/lexicons/word_classes.tsv
_WORKPLACE_GAP = re.compile(f"(?:{word_alternation('workplace_verb')})?[,，](?:{word_alternation('career_sequence_word')})?")


def _workplace(text: str, offset: int, mentions: list[Mention], verb_start: int) -> Mention | None:
    """2012年至2018年在某中心工作，先后任项目主管、副主任; 1990年他被调到某县教育局，先后任副局长、局长: the body the
    clause right before a career verb says the subject worked in (or was moved to) holds the bare titles after the verb."""
    org = next((m for m in reversed(mentions) if m.end - offset <= verb_start), None)
    if org is None or org.kind != "org":
        return None
    if _FOUNDED_GAP.fullmatch(text, org.end - offset, verb_start) and _FOUNDED_LEAD.search(text, 0, org.start - offset):
        return org  # 发起成立某基金会，并担任首任理事长; 创办某公司，任董事长兼总经理: the body founded holds the titles
    if not _WORKPLACE_GAP.fullmatch(text, org.end - offset, verb_start):
        return None
    return org if _WORKPLACE_LEAD.search(text, 0, org.start - offset) else None


# 创办某公司，任董事长; 发起成立某基金会，并担任首任理事长; 牵头组建某协会，自己当会长: a body founded, then its founder's post
_FOUNDED_LEAD = re.compile(f"(?:{word_alternation('founder_verb')})了?$")
_FOUNDED_GAP = re.compile(r"[,，](?:并且|并|又|随后|同时|之后|后)?(?:自己|亲自|本人)?")


def founded_by(text: str, offset: int, mentions: list[Mention], person: Mention, verb_start: int) -> bool:
    """Whether the clauses between `person` and a post's verb tell that person founding the body written right before
    the verb (甲拿出2000万元，发起成立某基金会，并担任…; 乙创办某公司，任…), no one else named between."""
    between = [m for m in mentions if person.end <= m.start and m.end - offset <= verb_start]
    if not between or between[-1].kind != "org" or any(m.kind in ("person", "pronoun") for m in between):
        return False
    org = between[-1]
    lead = text[person.end - offset:org.start - offset]
    return (len(lead) <= 30 and not any(mark in lead for mark in "。;；") and _FOUNDED_LEAD.search(lead) is not None
            and _FOUNDED_GAP.fullmatch(text, org.end - offset, verb_start) is not None)


_CONTINUED = re.compile(r"[,，](?:(?P<also>同时兼任|并兼任|兼任|并任|兼)|(?P<removed>免去其|不再担任|不再兼任))")


def read_continued(view: SentenceView, elections: list[PositionClaim]) -> list[PositionClaim]:
    """聘任甲为总会副秘书长，兼任综合办公室主任，免去其财务部部长职务: clauses with no name of their own after
    an appointment of one person give that person the posts after 兼任 (current) and 免去其 (former), each in
    the body written there, else in the appointment's body."""
    text, offset = view.sentence.text, view.start
    if "," not in text or not elections:
        return []  # one appointee only: with several, whose the clause is is not said
    person = elections[0].person  # (a loop, not a dict by identity: the one person of every election)
    for c in elections:
        if c.person is not person:
            return []
    holder = elections[-1].org
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for clause in _CONTINUED.finditer(text, person.end - offset):
        after = offset + clause.end()
        following = []  # (a loop, not a comprehension: no cell made for every sentence)
        for m in mentions:
            if m.start >= after:
                following.append(m)
        if following and following[0].kind in ("person", "pronoun"):
            break
        org: Mention | None = None
        previous_end = after
        for mention in following:
            gap = text[previous_end - offset:mention.start - offset]
            if mention.kind == "org" and not gap and org is None:
                org = mention
            elif mention.kind == "role" and gap in ("", "、", "兼") and mention.info.get("scope") != "none":
                claims.append(PositionClaim(person, mention, org or holder, clause.group("removed") is not None, "continued_clause", 0.7))
            else:
                break
            previous_end = mention.end
    return claims


_HELD_BY_VERB = re.compile(r"担任|兼任|出任|接任")


def read_held_by(view: SentenceView) -> list[PositionClaim]:
    """会长由甲担任，秘书长由乙兼任; 某会办公室主任由某局副局长丙兼任: the title before 由 is held by the person
    named after it, right before 担任/兼任/出任/接任 (the person's own titles may stand between), in the body
    written before the title (else none here: a federation title then goes to the meeting's body)."""
    text, offset = view.sentence.text, view.start
    if "由" not in text or not view.persons or not _HELD_BY_VERB.search(text):
        return []  # the shape needs 由 and one of the verbs: most sentences have neither
    return _read_held_by(view)


def _read_held_by(view: SentenceView) -> list[PositionClaim]:
    """read_held_by's work where 由 and a verb are written (the cell its generator needs made only then)."""
    text, offset = view.sentence.text, view.start
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for index, role in enumerate(mentions):
        if role.kind != "role" or text[role.end - offset:role.end - offset + 1] != "由" or role.info.get("scope") == "none":
            continue
        at = next((i for i in range(index + 1, len(mentions)) if mentions[i].kind == "person"), None)
        if at is None:
            continue
        people = _listed_people(text, offset, mentions, at)  # 副会长由甲、乙担任: each name of the list
        if not _HELD_BY_VERB.match(text, people[-1].end - offset) or any(m.kind not in ("org", "role") for m in mentions[index + 1:at]):
            continue
        org = mentions[index - 1] if index > 0 and mentions[index - 1].kind == "org" and mentions[index - 1].end == role.start else None
        claims += [PositionClaim(one, role, org, bool(role.info.get("former")), "held_by", 0.75) for one in people]
    return claims


# 甲在某局任副局长; 乙曾在某公司担任总经理; 丙现在某会工作，任秘书长: a name, 在 and the body, then a verb of holding a post
# (person_names.WORKPLACE_POST, which reads the name so) and its bare titles
_WORKPLACE_BEFORE = frozenset(word_class("workplace_name_adverb"))  # 现, 曾, 一直: between the name and 在 (word_classes.tsv)
_FORMER_ADVERBS = frozenset(word_class("former_adverb"))  # 曾, 曾经: the post is a former one (word_classes.tsv)


def read_workplace_posts(view: SentenceView) -> list[PositionClaim]:
    """甲在某局任副局长, 乙曾在某公司担任总经理、董事, 丙现在某会工作，任秘书长: a name right before 在 (an adverb between),
    the body, then 任, 担任, 出任 or 兼任 and the titles joined by 、 or 兼 right after it: the person holds those titles in that
    body, former where 曾 says so. Not 先后担任 (which of the titles is held now is not said) and not a title after another body
    (甲在某公司任某部经理: a department)."""
    text, offset = view.sentence.text, view.start
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for index, org in enumerate(mentions[1:-1], 1):
        lead = org.start - offset - 1
        if org.kind != "org" or text[lead:lead + 1] != "在" or text[org.end - offset:org.end - offset + 1] not in WORKPLACE_FIRST:
            continue
        person = mentions[index - 1]
        if person.kind != "person":
            continue
        adverb = text[person.end - offset:lead]
        if adverb and adverb not in _WORKPLACE_BEFORE:
            continue
        verb = WORKPLACE_POST.match(text, org.end - offset)
        if verb is None:
            continue
        former = adverb in _FORMER_ADVERBS or (verb.group("when") or "") in _FORMER_ADVERBS
        previous_end = offset + verb.end()
        for title in mentions[index + 1:]:
            if title.kind != "role" or title.start != previous_end:
                break
            if title.info.get("scope") != "none":
                claims.append(PositionClaim(person, title, org, former or bool(title.info.get("former")), "workplace_post", 0.75))
            joined = text[title.end - offset:title.end - offset + 1]
            previous_end = title.end + (1 if joined in ("、", "兼") else 0)
    return claims


_LIST_JOINS = ("、", "和", "及", "与", ",", "，")  # what stands between the names of a list of holders


def _listed_people(text: str, offset: int, mentions: list[Mention], at: int) -> list[Mention]:
    """The name mentions[at] and the names listed right after it (甲、乙和丙), each kept apart from the one before by a
    join only."""
    people = [mentions[at]]
    for mention in mentions[at + 1:]:
        if mention.kind != "person" or text[people[-1].end - offset:mention.start - offset] not in _LIST_JOINS:
            break
        people.append(mention)
    return people


_CLAUSE_ENDS = frozenset("，,。；;、）)")
# what links a name opening its clause to a body and its titles: 为, 系 (甲为某公司总经理), 作为 and 身为 (乙作为某会副会长出席),
# 以 … 的身份 (丙以某公司董事长的身份作了演讲); 是 only where the name opens its clause and the titles close it (甲是某公司
# 董事长，…), its clause going on about the person otherwise (甲是某公司董事长的女儿: read on a held-out half)
_COPULA_LINK = re.compile("|".join(AS_LINKS) + "|以|是|" + "|".join(COPULAS))
_IS_ENDS = frozenset(",，。;；")  # 甲是某公司董事长，…: 是's titles close at a clause's end (not 、, not a bracket)
_IN_CAPACITY = ("的身份", "身份")
_APPOSITION = re.compile("[，,：:]")  # 甲，某公司董事长。 / 乙：某大学教授 (the name opening the sentence; person_names reads it so)
_APPOSITION_OPENERS = ",，;；:："  # 会上，甲，某公司董事长，介绍了…; 嘉宾：乙，某会会长；丙，某大学教授: a name opening a clause before its appositive
_NOT_HELD_AFTER = ("候选", "人选", "代表", "单位")  # 甲作为某会会长候选人, 乙作为某会会长单位代表: no post held
# 甲同志是某会…, 乙先生系某公司…, 丙生前系某局…, 丁同志生前是…: an honorific or 生前 between the name and its link
_BEFORE_LINK = re.compile(f"(?:{word_alternation('honorific')})?(?:生前|退休前|离休前|现|原|曾|目前)?")
_BEFORE_LINK_FIRSTS = frozenset("生退离现原曾目" + "".join(word[0] for word in word_class("honorific")))  # (a set test before the match)
_NUMERAL = "一二三四五六七八九十0-9"
# 某会第一、二届理事会会长, 某会第一至三届理事会会长, 某会的创始会长, 某会首任会长, 某会第一任会长: what may stand between a body and
# a title held in it besides nothing (a term, a list of terms, 首任, 创始)
_HELD_TERM = re.compile(rf"的?(?:第[{_NUMERAL}]+(?:[、至到和]第?[{_NUMERAL}]+)*届{councils()}?|首届{councils()}?|{councils()})?"
                        rf"(?:首任|创始|第一任|第[{_NUMERAL}]+任)?")
# ，原某市人大常委会副主任 / ，曾任某局局长 / ，现任某会会长 after 甲是某会首任会长: the same name's next post, with no name of its own
_NEXT_POST = re.compile(rf"[,，](?:{'|'.join(FORMER_CHARS)}|曾任|曾担任|原任|现任|现为|还是|也是)?")


def read_copular(view: SentenceView) -> list[PositionClaim]:
    """（注：甲为某公司总经理，乙系某银行副行长）: a name that opens its clause, then 为 or 系, a body and the titles that
    close the clause: the person holds those posts there (a signers' note under a table). Not in words a quote cue
    reports (会议认为，甲为…: an opinion), not 甲为某会会长候选人 or 乙为某校校长颁奖 (the title does not close the clause)."""
    text, offset = view.sentence.text, view.start
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for index, person in enumerate(mentions[:-2]):
        local = person.end - offset
        if person.kind != "person" or person.start >= view.quote:
            continue
        link = _COPULA_LINK.match(text, local) or (_APPOSITION.match(text, local) if person.start == offset or text[person.start - offset - 1] in _APPOSITION_OPENERS else None)
        if link is None and text[local:local + 1] in _BEFORE_LINK_FIRSTS and (lead := _BEFORE_LINK.match(text, local).end()) > local:
            link = _COPULA_LINK.match(text, lead)  # 甲同志是某会首任会长, 乙生前系某局局长
            if link is not None and link.group() not in ("是", "系", "为"):
                link = None
        if link is None:
            continue
        org = mentions[index + 1]
        if org.kind != "org" or org.start != offset + link.end() or (person.start > offset and "\u3400" <= text[person.start - offset - 1] <= "\u9fff"):
            continue  # the name opens its clause (not 会长甲为某校学生颁奖)
        titles: list[tuple[Mention, Mention]] = []
        previous: Mention = org
        holder = org
        later_former = any(mark in text[local:link.start()] for mark in "前原曾")  # 甲生前系…, 乙原为…: former posts; after ，原: the next clause's
        for number, mention in enumerate(mentions[index + 2:], index + 2):
            gap = text[previous.end - offset:mention.start - offset]
            if mention.kind == "org" and previous.kind == "role" and gap == "、":
                holder, previous = mention, mention  # 甲为某公司董事长、某会副会长: a second body and its titles
                continue
            if (mention.kind == "org" and previous.kind == "role" and link.group() in ("是", "系") and titles
                    and (following := _NEXT_POST.fullmatch(gap)) and number + 1 < len(mentions) and mentions[number + 1].kind == "role"):
                # 甲同志是某会第一、二届理事会会长，原某市人大常委会副主任，…: the same name's next post in the next clause
                holder, previous = mention, mention
                later_former = later_former or bool(following.group()[1:]) and following.group()[1:] not in ("现任", "现为", "还是", "也是")
                continue
            if mention.kind != "role" or not (gap in ("", "、", "兼") or (previous is holder and previous.kind == "org" and _HELD_TERM.fullmatch(gap))):
                break
            titles.append((mention, holder) if not later_former else (mention, holder, True))
            previous = mention
        if previous.kind != "role" and titles:
            previous = titles[-1][0]  # 甲为某公司董事长、某会会员: a second body with no title read ends nothing
        closing = text[previous.end - offset:previous.end - offset + 1]
        if link.group() == "以":
            closes = text.startswith(_IN_CAPACITY, previous.end - offset)  # 甲以某公司董事长的身份作了演讲
        elif link.group() in AS_LINKS:
            closes = closing not in ("的", "") and not text.startswith(_NOT_HELD_AFTER, previous.end - offset)  # 甲作为某会副会长出席
        elif link.group() == "是":
            closes = (not closing or closing in _IS_ENDS) and (person.start == offset or text[person.start - offset - 1] in _APPOSITION_OPENERS)
        else:
            closes = not closing or closing in _CLAUSE_ENDS
        if titles and closes:
            claims += [PositionClaim(person, title, body, bool(title.info.get("former")) or bool(held), "copula_title", 0.75)
                       for title, body, *held in titles if title.info.get("scope") != "none"]
    return claims


_REMOVING = re.compile("|".join(word_class("removal_verb")))  # data/lexicons/word_classes.tsv
_NO_LONGER = re.compile("|".join(word_class("no_longer_holds")))  # data/lexicons/word_classes.tsv
_REMOVAL_VERB, _NO_LONGER_HOLDS = word_bit("removal_verb"), word_bit("no_longer_holds")  # SentenceView.words: the two can match
# 甲不再兼任…, 乙同志因到龄不再担任…, 丙因工作调整辞去…: what may stand between a name and a post it gives up
_GIVING_UP = re.compile(
    "^(?:" + "|".join(word_class("honorific")) + r")?(?:因[^,，。;；]{1,10}?)?(?:" + "|".join(word_class("no_longer_holds")) + ")$"
)


def read_counted_titles(view: SentenceView) -> list[PositionClaim]:
    """某会甲、某基金会乙三位秘书长: each name of a list of bodies and names counted before one title holds that title in
    the body written right before it."""
    counted = [p for p in view.persons if p.info.get("rule") == COUNTED_TITLE_NAME]
    if not counted:
        return []
    role = next((r for r in view.roles if r.start > counted[-1].end and view.sentence.text[r.start - view.start - 1] == "位"), None)
    bodies = {o.end: o for o in view.orgs}
    return [PositionClaim(p, role, bodies[p.start], False, "counted_title", 0.7) for p in counted if role is not None and p.start in bodies]


def read_respective(view: SentenceView, body: Mention | None) -> list[PositionClaim]:
    """聘任甲、乙、丙分别为A站、B站、C站站长; 丁、戊分别当选会长、监事长: a 、-list of names before 分别 and a
    list of bodies (sharing the title after them) or of titles after it pair in order; unequal lists say nothing."""
    if "分别" not in view.sentence.text:
        return []
    return _read_respective(view, body)


def _read_respective(view: SentenceView, body: Mention | None) -> list[PositionClaim]:
    """read_respective's work where 分别 is written (the cells its comprehensions need made only then)."""
    text, offset = view.sentence.text, view.start
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for respective in RESPECTIVELY.finditer(text):  # every match opens with 分别 (read_respective tested it is written)
        at, after = offset + respective.start(), offset + respective.end()
        people = [m for m in mentions if m.kind == "person" and m.end <= at]
        listed: list[Mention] = []
        for person in reversed(people):
            edge = listed[0].start if listed else at
            if text[person.end - offset:edge - offset] not in ("", "、"):
                break
            listed.insert(0, person)
        items: list[Mention] = []
        for mention in (m for m in mentions if m.start >= after):
            edge = items[-1].end if items else after
            gap = text[edge - offset:mention.start - offset]
            if gap not in ("", "、") or mention.kind not in ("org", "role") or (items and gap == "" and items[-1].kind == mention.kind):
                break
            items.append(mention)
        orgs = [m for m in items if m.kind == "org"]
        roles = [m for m in items if m.kind == "role"]
        if len(listed) < 2 or not roles:
            continue
        if len(orgs) == len(listed) and len(roles) == 1 and items[-1] is roles[0]:
            pairs = [(person, roles[0], org) for person, org in zip(listed, orgs)]  # A站、B站站长: each body its head
        elif len(roles) == len(listed) and len(orgs) <= 1 and (orgs or body is not None):
            holder = orgs[0] if orgs else body
            pairs = [(person, role, holder) for person, role in zip(listed, roles)]  # 会长、监事长: each its title
        else:
            continue
        claims += [PositionClaim(person, role, org, False, "respective", 0.7) for person, role, org in pairs]
    return claims


_HONORIFIC_GAP = "同志"  # 免去甲同志的…职务: the one honorific a personnel notice writes between a name and the post
_TRAILING_COUNCIL = re.compile(rf"{_ORDINAL_WORD}?{councils()}$")


def read_removals(view: SentenceView, body: Mention | None = None, heading: str = "") -> list[PositionClaim]:
    """免去甲的某厅办公室主任职务; 乙不再兼任某会副秘书长; 丙因工作调整辞去第五届理事会副会长职务: a post the
    person held until now (former), in the organization written, else in `body` (the meeting's or notice's body).
    免去丁同志的…职务, 免去戊同志某局局长职务: 同志 may stand between the name and the post; under a notice's
    heading line 免去： the lines 己同志的…职务 take that verb (`heading`)."""
    text, offset = view.sentence.text, view.start
    headed = bool(heading) and _REMOVING.fullmatch(heading) is not None
    words = view.words  # (a verb of the kind written in the sentence, or its scan cannot match)
    if not (headed or (words & _REMOVAL_VERB and _REMOVING.search(text)) or (words & _NO_LONGER_HOLDS and _NO_LONGER.search(text))):
        return []  # both readings need a removal verb or 不再兼任 in the sentence: most have neither
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for index, person in enumerate(mentions[:-1]):
        if person.kind != "person":
            continue
        org, cursor = mentions[index + 1], index + 2
        gap = text[person.end - offset:org.start - offset]
        if org.kind == "role":
            gap = _TRAILING_COUNCIL.sub("", gap)  # 辞去第五届理事会副会长职务: the council's titles are the body's
        before = text[max(0, person.start - offset - 4):person.start - offset]
        honored = gap.startswith(_HONORIFIC_GAP)
        removed = (gap == "的" or (honored and gap[2:] in ("的", ""))) and (
            _REMOVING.search(before) or (headed and person.start == offset and honored)
        )
        no_longer = _GIVING_UP.match(gap) is not None
        if not (removed or no_longer):
            continue
        if org.kind == "role":
            # 免去甲的秘书长职务: a post of the body the notice speaks for, or of the one whose council the sentence says met
            # before the name (某会五届二次理事会同意甲辞去秘书长职务)
            holder = body  # (a loop, not a comprehension: no cells made for every sentence)
            for o in view.orgs:
                if o.end <= person.start and _holds_meeting(text, offset, o, view.persons):
                    holder = o
            if holder is None:
                continue
            cursor = index + 1
        elif org.kind == "org":
            holder = org
        else:
            continue
        while cursor < len(mentions) and (cursor == index + 1 or _gap(text, offset, mentions[cursor - 1], mentions[cursor]) in ("", "、", "兼")):
            if mentions[cursor].kind == "org" and cursor > index + 1 and cursor + 1 < len(mentions) and mentions[cursor + 1].kind == "role" \
                    and not _gap(text, offset, mentions[cursor], mentions[cursor + 1]):
                holder = org = mentions[cursor]  # 免去甲的某会副秘书长、某会募捐部部长职务: the next item's own body
                cursor += 1
            if mentions[cursor].kind != "role":
                break
            claims.append(PositionClaim(person, mentions[cursor], holder, True, "removed_from", 0.8 if holder is org else 0.6))
            cursor += 1
    if len(claims) == 1 and "由" in text and _SUCCEEDING.search(text):
        claims += _successor(view, mentions, claims[0])
    return claims


_SUCCEEDING = re.compile(word_alternation("succeeding_verb"))  # 接任, 继任 (data/lexicons/word_classes.tsv)
_HOLDER_CHANGED = re.compile(r"(?:变更|调整|更换)为")  # 法定代表人由甲变更为乙: the post's holder changed
_CHANGED_WORDS = ("变更为", "调整为", "更换为")  # (substring tests first: few sentences write one)


def read_holder_change(view: SentenceView, body: Mention | None) -> list[PositionClaim]:
    """基金会法定代表人由甲变更为乙, 秘书长由丙调整为丁: a post whose holder changed, the first name its former holder and the
    second its holder now, in the body written right before the title, else the last one the sentence names before it, else
    `body` (the meeting's or notice's)."""
    text, offset = view.sentence.text, view.start
    for word in _CHANGED_WORDS:
        if word in text:
            break
    else:
        return []  # (the caller asks only where 由 and 为 are written)
    mentions = view.mentions()
    claims: list[PositionClaim] = []
    for index in range(len(mentions) - 2):
        role, before, after = mentions[index], mentions[index + 1], mentions[index + 2]
        if role.kind != "role" or before.kind != "person" or after.kind != "person":
            continue
        if text[role.end - offset:before.start - offset] != "由" or _HOLDER_CHANGED.fullmatch(text, before.end - offset, after.start - offset) is None:
            continue
        holder = body
        for org in view.orgs:  # (a loop: the last body named before the title)
            if org.end <= role.start:
                holder = org
        if holder is None:
            continue
        claims.append(PositionClaim(before, role, holder, True, "holder_changed", 0.7))
        claims.append(PositionClaim(after, role, holder, False, "holder_changed", 0.7))
    return claims


def _successor(view: SentenceView, mentions: list[Mention], removed: PositionClaim) -> list[PositionClaim]:
    """同意甲辞去秘书长职务，由原副秘书长乙接任: the one post given up is the successor's, the name right before 接任 in
    the clause that opens with 由 after it (the successor's own titles may stand between)."""
    text, offset = view.sentence.text, view.start
    lead = text.find("由", removed.role.end - offset)
    if lead < 0 or text[lead - 1:lead] not in ",，":
        return []
    for mention in (m for m in mentions if m.start > offset + lead):
        if mention.kind == "person":
            if _SUCCEEDING.match(text, mention.end - offset) is None:
                return []
            return [PositionClaim(mention, removed.role, removed.org, False, "succeeded_by", 0.7)]
        if mention.kind not in ("org", "role"):
            return []
    return []


_BRACKET_CLOSE = {"(": ")", "（": "）"}


def read_bracketed(view: SentenceView) -> list[PositionClaim]:
    """甲（某公司董事长）, 乙（市民政局党组成员、副局长）, and in minutes 区民政局 丙（局长）、丁（副局长）：
    the titles in brackets after a name are that person's, held in the body named in the brackets or else
    in the body the list item starts with (until the next ；); 出席：甲（会长）、乙（副会长）: brackets of titles alone with
    no body before them give claims with no body (the caller places a charity's titles in the meeting's body)."""
    text = view.sentence.text
    if not view.persons or not ("(" in text or "（" in text):  # the keys of _BRACKET_CLOSE
        return []  # a claim needs a name right before a bracket: most sentences have no bracket at all
    return _read_bracketed(view)


def _read_bracketed(view: SentenceView) -> list[PositionClaim]:
    """read_bracketed's work where a name and a bracket are written (the cells its comprehensions need made only then)."""
    text, offset = view.sentence.text, view.start
    claims: list[PositionClaim] = []
    mentions = view.mentions()
    item_org: Mention | None = None
    previous_end = view.start
    for person in view.persons:
        between = text[previous_end - offset:person.start - offset]
        if any(mark in between for mark in ";；:：。"):
            item_org = None  # a new item of the list
        before = [m for m in mentions if m.kind == "org" and m.end <= person.start and text[m.end - offset:person.start - offset].strip() in ("", ":", "：")]
        if before:
            item_org = before[-1]  # 区民政局 甲（局长）: the item's body, written once before its names
        previous_end = person.end
        local = person.end - offset
        if text[local:local + 1] not in _BRACKET_CLOSE:
            continue
        close = _closing(text, local)
        if close is None:
            continue
        org = None
        inside = [m for m in mentions if person.end < m.start and m.end <= offset + close]
        bare = item_org is None and all(m.kind == "role" for m in inside)  # 甲（会长）, 乙（副会长，因公出差）
        for mention in inside:
            if mention.kind == "org":
                org = mention
            elif mention.kind == "role" and mention.info.get("scope") != "none":
                holder = org or item_org
                if holder is not None or bare:
                    claims.append(PositionClaim(person, mention, holder, bool(mention.info.get("former")), "bracketed_title", 0.8))
        previous_end = offset + close + 1
    for org in view.orgs:
        # 副会长单位及代表：某公司（董事长 甲）: the representative's title in the body before the brackets
        local = org.end - offset
        close = _closing(text, local) if text[local:local + 1] in _BRACKET_CLOSE else None
        if close is None:
            continue
        inside = [m for m in mentions if org.end < m.start and m.end <= offset + close]
        roles = [m for m in inside if m.kind == "role" and m.info.get("scope") != "none"]
        people = [m for m in inside if m.kind == "person"]
        if roles and len(people) == 1 and all(r.end <= people[0].start for r in roles) and not any(m.kind == "org" for m in inside):
            claims += [PositionClaim(people[0], role, org, bool(role.info.get("former")), "bracketed_representative", 0.8) for role in roles]
    return claims


def _closing(text: str, index: int) -> int | None:
    """The index of the bracket that closes the one at `index` (one level of nesting: 某某(泰州)有限公司)."""
    depth = 0
    for position in range(index, min(len(text), index + 48)):
        if text[position] in "(（":
            depth += 1
        elif text[position] in ")）":
            depth -= 1
            if depth == 0:
                return position
    return None


# 甲　某市民政局某科科长, 乙（女）　某会副秘书长: a list line that opens with a name, then a space, then the posts
_LINE_OPENING = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}(?:[(（][男女][)）])?[ \u3000]+")  # 严 杰: padded too


def read_listed_posts(view: SentenceView) -> list[PositionClaim]:
    """甲　某市民政局党组成员、副局长 (an award list, a 任前公示): the titles on a line that opens with a name and a
    space are that name's, each in the body written right before it or before the title it is joined to."""
    text, offset = view.sentence.text, view.start
    item = NUMBERED_ITEM_NAME.match(text) if view.persons and text[:1] in ITEM_LEADS else None
    person = view.persons[0] if view.persons else None
    caption = CAPTION_NAME.match(text) if person is not None and (text[:1] in CAPTION_MARKS or text[:2] in CAPTION_HEADS) and (" " in text or "," in text) else None
    if item is not None and person is not None and (person.start - offset, person.end - offset) == item.span(1):
        opening = item  # 1. 甲，某公司党委书记、董事长: a numbered item that opens with the name, its posts after a comma
    elif caption is not None and (person.start - offset, person.end - offset) == caption.span(1):
        opening = caption  # 图为 甲 某公司总经理, ▲乙（右二），某会会长: a caption's name, its posts after a space or a comma
    else:
        if person is None or (" " not in text and "\u3000" not in text):
            return []
        at = person.start - offset
        if at and not (":" in text[1:8] and PRESENCE_LINE_LABEL.fullmatch(text, 0, at)):
            return []  # most sentences do not open with a name (or a presence label of minutes and a name) and a space
        opening = _LINE_OPENING.match(text, at)
        if opening is None or opening.end() <= person.end - offset or text[person.end - offset:opening.end()].strip(" \u3000（()）男女"):
            return []
    posts: list[Mention] = []
    for mention in view.mentions():
        if mention.start < opening.end() + offset:
            continue
        if posts and _holds_any(_gap(text, offset, posts[-1], mention), "。;；"):
            break
        if mention.kind == "person":
            break  # a second name: the line is no single person's list of posts
        posts.append(mention)
    claims = titles_in_bodies(text, offset, person, posts, "listed_posts")
    if not claims and len(posts) == 1 and posts[0].kind == "role" and posts[0].start == opening.end() + offset:
        # 出　席：甲　常务副会长 / 乙　副会长 (minutes): a bare title alone after the name, held in the meeting's body (the caller
        # places it)
        claims = [PositionClaim(person, posts[0], None, False, "listed_posts", 0.7)]
    return claims


_TITLE_JOINS = ("", "、", "兼")
_CELL_TITLE_JOINS = _TITLE_JOINS + (",",)  # 某局党组成员、副局长，二级调研员 in a table's cell: a cell holds one body's titles


def titles_in_bodies(text: str, offset: int, person: Mention, mentions: list[Mention], rule: str, term: re.Pattern[str] | None = None,
                     cell: bool = False) -> list[PositionClaim]:
    """Each title of mentions held in the body written right before it (原/前 between: a former post; what `term` matches
    between, 某会第一、二届理事会会长, where given), or in the body of the title it is joined to by 、 or 兼 (in a table's
    `cell`, by a comma too); a title after anything else has no body here."""
    joins = _CELL_TITLE_JOINS if cell else _TITLE_JOINS
    claims: list[PositionClaim] = []
    previous: Mention | None = None
    holder: Mention | None = None
    for mention in mentions:
        gap = _gap(text, offset, previous, mention) if previous is not None else ""
        if mention.kind == "role" and mention.info.get("scope") != "none":
            if previous is not None and previous.kind == "org" and (gap in _NO_GAP_OR_FORMER or (term is not None and term.fullmatch(gap))):
                holder = previous
            elif not (previous is not None and previous.kind == "role" and gap in joins):
                holder = None
            if holder is not None:
                former = bool(mention.info.get("former")) or gap in FORMER_CHARS
                claims.append(PositionClaim(person, mention, holder, former, rule, 0.8))
        previous = mention
    return claims


class NoticeHeading:
    """兹任命： / 兹聘任： / 免去：: a personnel notice's line that is one appointment or removal verb heads the lines
    under it (甲同志为某会副秘书长；乙同志的某部部长职务), each a clause of that verb with its name first; the verb holds
    while the lines open with a name."""

    _LEAD = ("兹", "现", "特", "决定")

    def __init__(self) -> None:
        self.verb = ""

    def read(self, view: SentenceView) -> str:
        """The verb heading `view`'s line ("" where none does)."""
        sentence = view.sentence
        if sentence.index < 0 or not sentence.paragraph_start:
            return self.verb if sentence.index >= 0 else ""
        text = sentence.text
        if len(text) <= 8 and not view.persons:
            text = text.rstrip(":： \u3000")
            for lead in self._LEAD:
                if text.startswith(lead):
                    text = text[len(lead):]
                    break
            if appointing().fullmatch(text) or _REMOVING.fullmatch(text):
                self.verb = text
                return ""
        if self.verb and not (view.persons and view.persons[0].start == view.start):
            self.verb = ""
        return self.verb
