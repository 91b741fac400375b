"""Mentions in a sentence, the shared part: rjieba tokens with offsets, role titles and pronouns.

Organization names are found in org_names.py (a lexicon ending extended
leftwards), person names in person_names.py (a surname next to a title, a cue
word or an appointment); both build on the tokens, the Mention type and the
title patterns here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice
from operator import attrgetter
from typing import NamedTuple

import rjieba

from .lexicon import WordScanner, alternation, by_edge_char, lexicons, org_suffixes_of, word_class


HAN = re.compile(r"[\u3400-\u9fff]")
HAN_WORD = re.compile(r"[\u3400-\u9fff]*")  # fullmatch: every character Han (one call, not one per character)
by_start = attrgetter("start")  # the sort key of mentions, dates and cues (C-level: no lambda call per item)
by_end = attrgetter("end")


def opens_with_surname(text: str, index: int = 0) -> bool:
    """Whether a surname of the lexicon, of one character or two (欧阳), is written at text[index]: where a name may
    start (the names and the bodies' readers share it; here, as person_names imports org_names)."""
    return text[index:index + 1] in _SURNAMES or text[index:index + 2] in _COMPOUND_SURNAMES


_SURNAMES, _COMPOUND_SURNAMES = lexicons().surnames, lexicons().compound_surnames  # data/lexicons/surnames.txt


_ROLE_BLOCKERS = word_class("role_blocker")  # data/lexicons/word_classes.tsv
ENDING_OPENING_TITLES = frozenset(word_class("ending_opening_title"))  # 社工 of 社工站 (data/lexicons/word_classes.tsv)
_BODY_OPENING_POSTS = frozenset(word_class("body_opening_post"))  # 律师 of 律师事务所 (data/lexicons/word_classes.tsv)
_UNIT_CHARS = frozenset(s for s in lexicons().titled_org_suffixes if len(s) == 1)  # 部, 处, 科: one-character unit endings
# 人大: a body whose deputies' bare 代表 is a seat held in it (某市人大代表甲, docs/gold-conventions.md), data/lexicons/word_classes.tsv
_DEPUTY_BODY_ENDINGS = tuple(word_class("deputy_body_ending"))
# 原, 前, 前任, 时任 (word_classes.tsv, two-character first): what marks a former post right before a title (here) or a
# body (positions); a single character is tested on the character before, a word on the two before
FORMER_MARKS = word_class("former_mark")
FORMER_CHARS = tuple(mark for mark in FORMER_MARKS if len(mark) == 1)
FORMER_WORDS = tuple(mark for mark in FORMER_MARKS if len(mark) > 1)


@dataclass(slots=True)
class Mention:
    """A span of the normalized sentence: offsets are into the article text."""

    kind: str  # org | role | person | pronoun
    start: int
    end: int
    text: str
    info: dict[str, object] = field(default_factory=dict)


def referred_name(mention: Mention) -> str:
    """The name a mention stands for: the full name a back-reference (校, 该会) points to, else its own text; with `in`
    tests, no dict.get call, since a rule reads it for every body of a sentence."""
    info = mention.info
    return str(info["refers"]) if "refers" in info and info["refers"] else mention.text


class _TokenFields(NamedTuple):
    word: str
    pos: str
    start: int
    end: int


class Token(tuple):
    """A rjieba token with offsets into the article: (word, pos, start, end), a tuple (millions are made per corpus).

    Made from one tuple, Token((word, pos, start, end)), by tuple's own constructor in C. A NamedTuple has a Python
    __new__, and tokenize went around it with tuple.__new__(Token, …), a wrapper that checks and copies its arguments:
    each of an article's some 490 tokens cost a third more than the tuple (callgrind). The fields are read by the
    NamedTuple's own getters, as fast as a NamedTuple's."""

    __slots__ = ()
    word, pos, start, end = _TokenFields.word, _TokenFields.pos, _TokenFields.start, _TokenFields.end


@lru_cache(maxsize=1)
def _setup_segmenter() -> bool:
    """Teach rjieba the lexicon words so its token edges fall where titles and endings do."""
    lex = lexicons()
    for word in lex.roles:
        rjieba.add_word(word, 100000, "nrole")
    for word in lex.org_suffixes:
        if len(word) > 1:
            rjieba.add_word(word, 50000, "n")
    for name, place in lex.places.items():
        if place.name == name and len(name) >= 2:
            rjieba.add_word(name, 20000, "ns")
    for word in lex.known_bodies:
        rjieba.add_word(word, 50000, "nt")  # 中石油|辽河油田…: a well-known body stays one word inside a longer name
    for word in word_class("company_trade_word"):
        rjieba.add_word(word, 20000, "n")  # 远帆|新材料: a trade word stays one word, never 新|材料
    for word in word_class("name_inner_word"):
        rjieba.add_word(word, 20000, "n")  # 新时代|文明实践: a policy phrase inside body names stays one noun, never 新|时代
    return True


class Tokens(list):
    """A sentence's tokens, with lookup by character offset (rules ask it a lot).

    Made by tokenize: the list's own constructor, then the attributes set (no Python __init__ and super() call for
    every sentence)."""

    offset: int
    bounds: list[int]  # the start of every token, then the end of the last: bounds[i], bounds[i + 1]

    def index_at(self, position: int) -> int | None:
        """Index of the token that holds the character at this article offset."""
        if self.bounds[0] <= position < self.bounds[-1]:
            return bisect_right(self.bounds, position) - 1
        return None

    def starting(self, position: int) -> Token | None:
        """The token that starts at this article offset, or None. The first ask makes the dict of the tokens by start
        and sets its own get on the instance, in this method's place: rules ask some sixty times an article, two
        sentences in three, and only the first ask of a sentence is a Python call (a dict made for every sentence
        cost more than the calls)."""
        self.starting = dict(zip(self.bounds, self)).get  # type: ignore[method-assign]
        return self.starting(position)


def tokenize(text: str, offset: int) -> Tokens:
    """rjieba's part-of-speech tokens with offsets into the article.

    Built with C-level iteration (zip, map, accumulate) rather than a Python loop per token: a
    sentence has some twenty tokens and this runs for every sentence of every article."""
    _setup_segmenter()
    tagged = rjieba.tag(text)
    if tagged:
        words, tags = zip(*tagged)
        bounds = list(accumulate(map(len, words), initial=offset))
        tokens = Tokens(map(Token, zip(words, tags, bounds, islice(bounds, 1, None))))
    else:
        bounds, tokens = [offset], Tokens()
    tokens.offset, tokens.bounds = offset, bounds
    return tokens



# An organization ending of two or more characters (协会, 服务队, 基金会; org_suffixes.tsv), matched where a word for
# people ends or anywhere inside a word: the one pattern org_names, person_names and bylines import too
LONG_ORG_ENDING = re.compile(alternation(s for s in lexicons().org_suffixes if len(s) >= 2))


def _ending_over(text: str, title_start: int, title_end: int) -> bool:
    """Whether an organization ending opens with the title and runs past it (乡贤 of 乡贤理事会; not 大学 of 大学生)."""
    ending = LONG_ORG_ENDING.match(text, title_start)
    return ending is not None and ending.end() > title_end


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicons().roles))


@lru_cache(maxsize=1)
def _role_scanner() -> WordScanner:
    """Where titles are written (find_roles' scan of every sentence); _role_pattern matches one at a place."""
    return WordScanner(lexicons().roles)


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern[str]:
    """Words that can follow a name: cue words and titles."""
    lex = lexicons()
    return re.compile(alternation(set(lex.cues) | set(lex.roles)))


@lru_cache(maxsize=1)
def boundary_starts() -> dict[str, tuple[str, ...]]:
    """The words that can follow a name (cue words, titles, and the reasons of a leave: 甲因年龄原因不再担任…) by first
    character: one may start at text[i] where `text.startswith(boundary_starts().get(text[i], ()), i)`."""
    lex = lexicons()
    return by_edge_char(set(lex.cues) | set(lex.roles) | set(word_class("name_follower")))


@lru_cache(maxsize=1)
def _role_edges() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The titles by first character and by last character (a title at the start, or at the end, of a candidate name)."""
    roles = lexicons().roles
    return by_edge_char(roles), by_edge_char(roles, last=True)


def _has_title_edge(candidate: str) -> bool:
    starts, ends = _role_edges()
    return candidate.startswith(starts.get(candidate[:1], ())) or candidate.endswith(ends.get(candidate[-1:], ()))


def ends_with_title(candidate: str) -> bool:
    return candidate.endswith(_role_edges()[1].get(candidate[-1:], ()))


# 服务中心, 事务所: a body's name going on after a post's word that opens it (某社工服务中心), all Han characters
_NAME_GOING_ON = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + LONG_ORG_ENDING.pattern + ")")


def _opens_a_name_or_title(text: str, title_start: int, title_end: int) -> bool:
    """社工 of 社工站, 社工部, 某社工服务中心 or 社工督导: the word opens a body's or a unit's name, or a longer title, and
    holds no post of its own there."""
    return (text[title_end:title_end + 1] in _UNIT_CHARS or _role_pattern().match(text, title_end) is not None
            or _NAME_GOING_ON.match(text, title_end) is not None or _ending_over(text, title_start, title_end))


def find_roles(text: str, offset: int) -> list[Mention]:
    """Role titles, longest first; 原/前 right before a title marks it former."""
    found: list[Mention] = []
    roles = lexicons().roles
    for _, title_start, title_end in _role_scanner().spans(text):
        title = text[title_start:title_end]
        if text.startswith(_ROLE_BLOCKERS, title_end) and title not in ("主任委员", "副主任委员"):
            continue
        if text[title_end - 1:title_end + 1] in roles:
            continue  # 市政委员会, 行政委员会: the title's last character opens a longer title (委员), so the word is no title (政委)
        if title in _held_titles() and _inside_holding_word(text, title, title_start):
            continue  # 天主教爱国会: the 主教 of 天主教 is no title
        if title[0] in _LEVEL_TITLE_CHARS and _between_two_places(text, title_start):
            continue  # 上海市长宁区, 湖南省长沙市: the level word of one place and the first character of the next, no title
        if title[0] in _SHORT_PLACE_LAST_CHARS and _ends_a_short_place_name(text, title_start):
            continue  # 苏州长风…有限公司: the last character of a city's short name and the next, no title
        before = text[title_start - 2 if title_start > 1 else 0:title_start]  # the two characters before the title (no max() call)
        former = before[-1:] in FORMER_CHARS or before in FORMER_WORDS
        start = title_start + _own_committee_length(text, title, title_start) if title.startswith(_PARTY_COMMITTEES) else title_start  # (most titles: no call)
        if title[0] in _INNER_COMMITTEE_FIRSTS and title.startswith(_INNER_COMMITTEES):
            start += _named_committee_length(text, title, title_start)
        scope = roles[text[start:title_end]]
        info = {"scope": scope, "former": former}
        if before == "轮值":
            # 轮值主席甲主持会议: a chair term (read by chair_terms), not a post; a name may follow it (person_names)
            info = {"scope": "none", "former": former, "rotating": True}
        elif title in ENDING_OPENING_TITLES and _opens_a_name_or_title(text, title_start, title_end):
            continue  # 街道社工站, 医务社工部, 某社工服务中心, 社工督导甲: a post's word inside a body's name or a longer title
        if info["scope"] == "none" or title in _BODY_OPENING_POSTS:
            if LONG_ORG_ENDING.match(text, title_end) or _ending_over(text, title_start, title_end):
                continue  # 区志愿者协会, 教师服务队, 县乡贤理事会, 某律师事务所: a word for people inside a body's name, no title
            if (text[title_end + 2:title_end + 3] in _PEOPLE_UNIT_END_SET or text[title_end + 3:title_end + 4] in _PEOPLE_UNIT_END_SET or text[
                    title_end + 4:title_end + 5] in _PEOPLE_UNIT_END_SET) and text[title_start - 1:title_start] in _BODY_LAST_CHARS and _unit_after_people_word(text, title_end):
                continue  # 统战部乡贤联络科科长, 团委志愿者工作部部长: a word for people opening a sub-unit's name, before the unit's title
            if title == "代表" and text.endswith(_DEPUTY_BODY_ENDINGS, 0, title_start):
                info = {"scope": "org", "former": former, "deputy": True}  # 某市人大代表甲: a seat in the congress, a post there
        if title[:2] in TWO_CHAR_SCHOOL_ENDINGS and _COLLEGE_AFTER.match(text, title_end):
            continue  # 南京大学生命科学学院: a university's ending and the first character of its college's name, no 大学生
        found.append(Mention("role", offset + start, offset + title_end, text[start:title_end], info))
    padded = _PADDED_LABEL.match(text) if text[1:2] == " " else None
    if padded is not None:
        compact = "".join(padded.group(1).split())
        if roles.get(compact, "none") != "none":  # a post (主　持　人：, a meeting's role, is read by its cue)
            # 会　长：甲, 副　会　长：, 监　事　长：乙: a title padded to its column's width labels the line
            found.append(Mention("role", offset, offset + padded.end(1), compact, {"scope": roles[compact], "former": False, "padded": True}))
    return found


SCHOOL_ENDINGS = org_suffixes_of("university", "school")  # 大学, 学院, 中学 (data/lexicons/org_suffixes.tsv)
# 大学, 中学: a school's ending, which a word for its students (大学生, 中学生) opens with
TWO_CHAR_SCHOOL_ENDINGS = frozenset(s for s in SCHOOL_ENDINGS if len(s) == 2)
# 生命科学学院, 生物与环境学院: the rest of a college's name and its ending, all Han characters (data/lexicons/word_classes.tsv)
_COLLEGE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:" + alternation(word_class("college_ending")) + ")")
_LEVEL_TITLE_CHARS = frozenset(word_class("level_char"))  # 市长, 省长, 区长, 县长: titles that open with a level word


_PEOPLE_UNIT_ENDS = "科处部室股办组"  # a sub-unit's one-character ending (titled_org_suffixes.tsv), which its title follows
_NO_UNIT_WORD_CHARS = frozenset("的了和与及在为是任兼等")
# 部, 委, 会, 局: the last character of the parent body the unit is written right after (统战部|乡贤联络科, 团市委|志愿者工作部);
# a people's word after anything else opens no unit (典礼由|学生工作部部长…: 学生 a word for people, the unit's parent unsaid)
_BODY_LAST_CHARS = frozenset("部委会局厅办处室院司团联社所站心组校")
_PEOPLE_UNIT_END_SET = frozenset(_PEOPLE_UNIT_ENDS)  # (a set test before the call: an empty slice is in no set)


def _unit_after_people_word(text: str, title_end: int) -> bool:
    """联络科科长 after 乡贤, 工作部部长 after 志愿者: one to three characters of a unit's name, its one-character ending and
    a title right after a word for people: the word opens the unit's name (乡贤联络科) and holds no post."""
    for end in range(title_end + 1, min(title_end + 5, len(text))):
        char = text[end - 1]
        if char in _NO_UNIT_WORD_CHARS or not "\u4e00" <= char <= "\u9fff":
            return False
        if end > title_end + 1 and text[end] in _PEOPLE_UNIT_ENDS and _role_pattern().match(text, end + 1):
            return True
    return False


def _ends_a_short_place_name(text: str, title_start: int) -> bool:
    """苏州长风…有限公司, 广州长隆…: the title's first character ends a place's short name (苏州 for 苏州市) whose formal
    name does not end with it, so it is no level word (南京市长, 甘孜州州长 keep their titles)."""
    places = lexicons().places
    for length in (2, 3):
        if title_start + 1 >= length:
            word = text[title_start + 1 - length:title_start + 1]
            place = places.get(word)
            if place is not None and place.short == word and place.level in _SHORT_NAMED_LEVELS:
                formal = getattr(place, place.level)
                if formal and formal[-1] != word[-1]:
                    return True
    return False


# the levels whose places have a short name (苏州 for 苏州市); a Place of either holds its formal name in the field named
# after its level (Place.city, Place.province)
_SHORT_NAMED_LEVELS = ("city", "province")
# 州 of 苏州, 广州: last characters of cities' and provinces' short names that are not their level words
_SHORT_PLACE_LAST_CHARS = frozenset(
    place.short[-1] for place in lexicons().places.values()
    if place.level in _SHORT_NAMED_LEVELS and getattr(place, place.level)[-1:] != place.short[-1:]
)


def _between_two_places(text: str, title_start: int) -> bool:
    """The title's level word ends a place (上海市, 湖南省) and its next characters open a place's formal name (长宁区,
    长沙市): the title is read across two places. A mayor written after the city (南京市长甲) or whose name opens
    with a place's characters (某市市长沙某) is no such case: no formal place name follows."""
    places = lexicons().places
    ends_place = False
    for length in (2, 3, 4):  # (loops, not generators: no call for the lookups)
        if title_start + 1 >= length and text[title_start + 1 - length:title_start + 1] in places:
            ends_place = True
            break
    if not ends_place:
        return False
    for length in (3, 4):
        word = text[title_start + 1:title_start + 1 + length]
        place = places.get(word)
        if place is not None and place.name == word:
            return True
    return False


@lru_cache(maxsize=1)
def _held_titles() -> dict[str, tuple[tuple[str, int], ...]]:
    """Titles written inside a word_holding_title word, with the word and the title's place in it."""
    held: dict[str, list[tuple[str, int]]] = {}
    for word in word_class("word_holding_title"):
        for title in lexicons().roles:
            at = word.find(title)
            if at >= 0:
                held.setdefault(title, []).append((word, at))
    return {title: tuple(sorted(pairs)) for title, pairs in held.items()}


def _inside_holding_word(text: str, title: str, title_start: int) -> bool:
    """Whether the title at title_start is part of a word that holds it (天主教), not a title."""
    return any(title_start >= at and text.startswith(word, title_start - at) for word, at in _held_titles()[title])


_PADDED_LABEL = re.compile(r"([\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){1,4})\s*[:：]")


_PARTY_COMMITTEES = word_class("party_committee")  # data/lexicons/word_classes.tsv
_OWN_COMMITTEE_BEFORE = word_class("own_committee_before")


def _own_committee_length(text: str, title: str, title_start: int) -> int:
    """镇党委副书记, 社会组织综合党委副书记: a town's or a named party committee is a body of its own
    (docs/gold-conventions.md), so the title (one that opens with a party committee) is the bare 副书记 after it; 某局党委书记
    stays one title."""
    committee = next((c for c in _PARTY_COMMITTEES if title.startswith(c) and title[len(c):] in lexicons().roles), None)
    if committee is None or not text.endswith(_OWN_COMMITTEE_BEFORE, 0, title_start):
        return 0
    return len(committee)


_INNER_COMMITTEES = tuple(word_class("inner_committee"))  # data/lexicons/word_classes.tsv
_INNER_COMMITTEE_FIRSTS = frozenset(c[0] for c in _INNER_COMMITTEES)  # a set test before the startswith call


def _named_committee_length(text: str, title: str, title_start: int) -> int:
    """学术委员会主任 is one title held in the body the committee sits in, unless the sentence named the committee as a body
    before the title (论坛学术委员会召开预备会，学术委员会主任甲主持): then the title is the bare 主任 of that committee."""
    committee = next(c for c in _INNER_COMMITTEES if title.startswith(c))
    return len(committee) if text.find(committee, 0, title_start) >= 0 else 0


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # a plain loop, not any() over a generator: called for every ending of every sentence
        if start < b and end > a:
            return True
    return False


_PRONOUN = re.compile(r"[他她](?!们|人)")


def find_pronouns(text: str, offset: int) -> list[Mention]:
    if "他" not in text and "她" not in text:
        return []  # most sentences: no scan
    return [Mention("pronoun", offset + m.start(), offset + m.end(), m.group()) for m in _PRONOUN.finditer(text)]
