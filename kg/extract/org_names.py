"""Organization names in a sentence: a lexicon ending (慈善总会, 民政厅, 代表处) extended leftwards.

No segmenter returns whole organization names, so an organization is found from
its ending and extended leftwards over the tokens that can belong to a name
(places, proper nouns, nouns, some verbs), stopping at prepositions, particles,
punctuation, titles and names; sub-units keep their parent, collectives and
kinds of body are no organization. Split from mentions.py (tokens and titles).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import rjieba

from .appointments import TERM
from .lexicon import Place, WordScanner, alternation, by_last_two, lexicons, org_suffixes_of, word_class
from .mentions import ENDING_OPENING_TITLES, ends_with_title, HAN, HAN_WORD, LONG_ORG_ENDING, SCHOOL_ENDINGS, Mention, Token, TWO_CHAR_SCHOOL_ENDINGS, _inside, _role_pattern, by_end, by_start, opens_with_surname
from .organizations import _WORD_LIKE_PLACES, _place_initials, word_like_at, word_like_before

# POS tags of rjieba/jieba that never belong inside an organization name.
_STOP_POS = word_class("org_stop_pos")  # data/lexicons/word_classes.tsv


_STOP_WORDS = frozenset(word_class("org_stop_word"))  # data/lexicons/word_classes.tsv


# 港澳台|工作部, 汽车|零部件|有限公司: nouns rjieba tags as numerals, which stop no name (data/lexicons/word_classes.tsv)
_NUMERAL_TAGGED = frozenset(word_class("numeral_tagged_word"))
_NAME_PREFIX_SHORTS = frozenset(word_class("name_prefix_short"))  # 团 (of 团县委): data/lexicons/word_classes.tsv
_CLASS_YEAR_BODIES = frozenset(word_class("class_year_body"))  # 校友会: after 1996届 (data/lexicons/word_classes.tsv)
_CLASS_YEAR_MARKS = frozenset(word_class("class_year_mark"))  # 届, 级
_PLACE_GROUP_WORDS = frozenset(word_class("place_group_word"))  # data/lexicons/word_classes.tsv


# Particles that jieba may glue to the first word of a name (向上海 -> 向|上海).
_LEADING_PARTICLES = "".join(word_class("leading_particle"))  # data/lexicons/word_classes.tsv


_WEAK_SUFFIXES = frozenset(word_class("weak_org_suffix"))  # data/lexicons/word_classes.tsv


_NOT_ORG_WORDS = frozenset(word_class("not_org_word"))  # data/lexicons/word_classes.tsv
_NATIONAL_VERTICAL_BODIES = frozenset(word_class("national_vertical_body"))  # 国家税务总局, 中国人民银行 (word_classes.tsv)
_CONSULTING_MEETINGS = tuple(word_class("consulting_meeting"))  # 协商会, 面商会 (data/lexicons/word_classes.tsv)
_SELF_NAMES = frozenset(word_class("self_name"))  # 总会, 本会: a body's word for itself (data/lexicons/word_classes.tsv)
# 某某寺, 某某堂, 某某观: a place of worship's one-character ending, and 某某馄饨店, 某某烘焙坊: a shop's, kept out of
# org_suffixes.tsv (whose endings other rules find anywhere: 参观, 食堂, 书店) and read here only where no word of the
# dictionary ends in it (data/lexicons/word_classes.tsv)
_SHOP_ENDINGS = frozenset(word_class("shop_char_ending"))
_VENUE_ENDINGS = dict.fromkeys(word_class("venue_char_ending") + word_class("shop_char_ending"), "other")
# 某某庵|镇, 某某寺|街道, 某某寺|巷: the ending opens a place's name (a level, a town unit, a street's or locality's word)
_VENUE_PLACE_AFTER = frozenset(word_class("level_char") + word_class("town_unit") + word_class("venue_place_after"))
_TEMPLE_ENDINGS = frozenset(word_class("temple_char_ending"))  # 寺, 庵: no other sense (data/lexicons/word_classes.tsv)
_LONE_CHARACTER_TAGS = ("f", "vg")  # 间, 募: a character before an ending the segmenter reads as a locality or a bound verb
_GUESSED_NAME_TAGS = ("nr", "ns")  # the segmenter's tags of a name it guessed (恩光堂/nr, 紫阳观)


def _phrases_over_endings() -> dict[str, tuple[str, ...]]:
    """For each organization ending an ordinary word holds at its start (服务社会: 服务社), what the word writes after it (会)."""
    after: dict[str, list[str]] = {}
    for phrase in word_class("phrase_over_ending"):
        for ending in lexicons().org_suffixes:
            if phrase.startswith(ending) and len(phrase) > len(ending):
                after.setdefault(ending, []).append(phrase[len(ending):])
    return {ending: tuple(rest) for ending, rest in after.items()}


_PHRASE_AFTER_ENDING = _phrases_over_endings()  # data/lexicons/word_classes.tsv


# 困难家庭大学新生: a stage of schooling after 大学, not a university (data/lexicons/word_classes.tsv)
_STUDENT = re.compile("|".join(map(re.escape, word_class("schooling_word"))))


# 某学院社会工作系承办, 某大学中文系主办: a university's department written right after the university's or its school's name
# is a body also where no title follows it (data/lexicons/word_classes.tsv school_department_ending, school_ending)
_SCHOOL_DEPARTMENT_ENDINGS = frozenset(word_class("school_department_ending"))
_SCHOOL_BEFORE_DEPARTMENT = re.compile(
    rf"(?:{alternation(tuple(word_class('school_ending')))})(?:(?![{''.join(word_class('department_stop'))}])[\u4e00-\u9fff]){{2,8}}$")


def _school_department(text: str, offset: int, tokens: list[Token], suffix_start: int, suffix_end: int) -> bool:
    """A 系 after a school's name and a subject (公共事务学院社会工作系), the segmenter's word of its own or the end of a
    longer one (中文系): the department, not the end of a two-character word (关系, 联系)."""
    if not _SCHOOL_BEFORE_DEPARTMENT.search(text, max(0, suffix_start - 10), suffix_start):
        return False
    token = tokens[bisect_right(tokens.bounds, offset + suffix_start) - 1]
    return token.end == offset + suffix_end and len(token.word) != 2


# 一市三省, 全省, 各级, 两级 …: a group of bodies; the fixed words in data/lexicons/word_classes.tsv
# (written with every branch opening with its character, the class [一二…] as one branch per character and ^全 as 全 with
# the start looked behind it: the regex engine then scans for those characters in C, where it tried every branch at
# every position)
_COLLECTIVE = re.compile(
    "|".join(
        [f"{digit}[省市区县家地]" for digit in "一二三四五六七八九十两几各"] + [f"{digit}处(?!$)" for digit in "一两几各"] + ["全(?<=^全)[省市区县]"] + [f"{digit}级" for digit in "两二三四五"]
        + [r"委[省市区县]?(?:人民)?政府", *map(re.escape, word_class("collective_bodies_word"))]
    )
)


# 各区镇|慈善分会, 四地政协相关|专门委员会, 工商联所属|商会, 其他|基金会: a determiner of a group (and the levels it spans) right before
# the name makes it every body of that kind, no one body (data/lexicons/word_classes.tsv body_group_determiner)
_GROUP_DETERMINERS = frozenset(word_class("body_group_determiner"))
_GROUP_LEVEL_CHARS = frozenset("省市区县镇乡村街")
# find_orgs tests for these words with `in` on the three characters before a name (no call for most names) before calling
# _group_determiner_before: every word of the class must contain one of those written out there
_GROUP_DETERMINER_CUES = ("各", "相关", "有关", "所属", "下属", "其他", "其它", "其余", "兄弟")
assert all(any(cue in word for cue in _GROUP_DETERMINER_CUES) for word in _GROUP_DETERMINERS), "body_group_determiner changed: update the written-out test in find_orgs"


def _group_determiner_before(text: str, index: int) -> bool:
    """A group determiner (and up to two level characters it spans: 各区镇) ends right before text[index] (indexing only: this
    runs for every name found, and a regex call there costs the budget of tests/test_extract_speed.py)."""
    if index and text[index - 1] in _GROUP_LEVEL_CHARS:
        index -= 1
        if index and text[index - 1] in _GROUP_LEVEL_CHARS:
            index -= 1
    return index > 0 and (text[index - 1] in _GROUP_DETERMINERS or (index > 1 and text[index - 2:index] in _GROUP_DETERMINERS))


_MEMBERS_OF_BODY = re.compile(r"(?:所属|下属)[\u4e00-\u9fff]{0,4}$")  # 某区工商联所属商会, 某集团下属企业: the bodies under one body, no one body


# 由某区慈善总会、某区某街道联合主办, 由某会与某镇联合主办, 由某代表处与某街道共同设立, 超市联合某社区开展 (携手…举办): a sub-district,
# community, town or village named among the hosts (founders, partners) of
# what the sentence tells is an organization hosting it, though only a title after it makes one elsewhere (a place named
# as where it is held stays none); the locality's name runs from the list's joint or 由 (data/lexicons/word_classes.tsv
# locality_unit, town_unit)
LOCALITY_OR_TOWN_WORDS = tuple(word_class("locality_unit") + word_class("town_unit"))  # 街道, 社区, 镇, 村
_LOCALITY_OR_TOWN_UNIT = alternation(LOCALITY_OR_TOWN_WORDS)
_HOSTING_LOCALITY_NAME = rf"((?:(?![由、与和及])[\u4e00-\u9fff]){{2,10}}?({_LOCALITY_OR_TOWN_UNIT}))"  # the name and its unit (groups 1-2, 3-4)
_HOSTING_LOCALITY = re.compile(
    rf"(?<=[由、与和及]){_HOSTING_LOCALITY_NAME}"
    r"(?=(?:[、与和及][^,，。;；]{2,30}?)?(?:(?:联合|共同)?[主承]办|共同设立))"
    rf"|(?:(?<=联合)|(?<=携手)){_HOSTING_LOCALITY_NAME}(?=开展|举办|共同)"
)


def hosting_localities(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """The localities a sentence names among the hosts (某街道联合主办) that no organization mention covers yet."""
    found = []
    for match in _HOSTING_LOCALITY.finditer(text):
        group = 1 if match.group(1) else 3  # (联合某社区开展, 携手某街道举办: the partner's branch)
        start, end = offset + match.start(group), offset + match.end(group)
        if not _COLLECTIVE.search(match.group(group)) and not any(o.start < end and start < o.end for o in orgs):
            found.append(Mention("org", start, end, match.group(group), {"type": "government", "suffix": match.group(group + 1)}))
    return found


# 由某会、香港某某会、香港某某行动及某会某分会联办: a list of hosts, each item a body though its name ends in no ending the
# lexicon knows; an item named by its place and a name of its own is one (data/lexicons/cues.tsv host cues)
_HOST_LIST = re.compile(r"(?:(?<=由)|(?<=^)|(?<=[，,；;]))((?:[\u4e00-\u9fff“”]{2,20}[、和与及])+[\u4e00-\u9fff“”]{2,20}?)(?:联合|共同)?(?:主办|承办|联办|合办)")
_HOST_ITEM = re.compile(r"[^、和与及“”]+")  # (a quoted brand's marks end an item as a joint does)


def hosting_named_bodies(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """The items of a list of hosts that open with a place and go on with a name of their own (香港某某行动), that no
    organization mention covers: the hosts' list names bodies, whatever their names end in."""
    found = []
    places = lexicons().places
    for match in _HOST_LIST.finditer(text):
        base = offset + match.start(1)
        for item in _HOST_ITEM.finditer(match.group(1)):
            first, last = item.span()
            start, end = base + first, base + last
            covered = False
            for o in orgs:  # (a loop, not any() over a generator: most items are bodies found already)
                if o.start < end and start < o.end:
                    covered = True
                    break
            if covered or last - first < 4 or last - first > 14:
                continue
            name = item.group()
            place = 4 if name[:4] in places else 3 if name[:3] in places else 2 if name[:2] in places else 0
            if place and last - first - place >= 2 and not name.endswith(LOCALITY_OR_TOWN_WORDS) and not _COLLECTIVE.search(name):
                found.append(Mention("org", start, end, name, {"type": "other", "suffix": ""}))
    return found


# 某省第十二批“组团式”援藏医疗队, 某市第三批援疆工作队, 某市第十批援藏干部联络组某县小组: a team sent under a pairing
# programme, named by its home place, its batch's ordinal, the programme's quoted brand and field words and a team's
# ending (docs/gold-conventions.md: a team named with its batch is a body, one named by its kind only a group); the segmenter
# cuts such a name at the batch's measure word, the quotation marks and the pairing verb (援藏), so it is read whole here
# (data/lexicons/word_classes.tsv batch_team_ending, batch_sub_team_ending)
_BATCH_NAME_CHAR = r"(?:(?![的了在于和与及并为对向将])[\u4e00-\u9fff])"
_BATCH_TEAM = re.compile(
    rf"第[一二三四五六七八九十百零〇0-9]{{1,4}}批(?:“[^”“]{{1,8}}”)?{_BATCH_NAME_CHAR}{{0,10}}?(?:{alternation(word_class('batch_team_ending'))})"
    rf"(?:{_BATCH_NAME_CHAR}{{2,4}}?(?:{alternation(word_class('batch_sub_team_ending'))})(?=(?:{alternation(word_class('batch_sub_team_title'))})))?")
_BATCH_PLACE_LEVELS = "省市区县州"


def _place_led_before(text: str, at: int) -> int:
    """Where the places written right before `at` start (上海市, 江苏省常州市, 山东): their first index, or `at` for none."""
    places = lexicons().places
    start = at
    while True:
        for size in range(min(9, start), 1, -1):
            name = text[start - size:start]
            if name in places or (name[-1] in _BATCH_PLACE_LEVELS and name[:-1] in places):
                start -= size
                break
        else:
            return start


def batch_teams(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """The teams a sentence names by their home place and batch (某省第十二批“组团式”援藏医疗队), read whole; the shorter
    organizations found inside such a name (援藏医疗队) give way to it."""
    found: list[Mention] = []
    for match in _BATCH_TEAM.finditer(text):
        start = _place_led_before(text, match.start())
        if start == match.start():
            continue  # 第十批“组团式”援疆医疗队 with no home place: no name of one team (a headline's short form)
        begin, end = offset + start, offset + match.end()
        if any(o.start <= begin and end <= o.end for o in orgs):
            continue
        orgs = [o for o in orgs if not (begin <= o.start and o.end <= end)]
        found.append(Mention("org", begin, end, text[start:match.end()], {"type": "association", "suffix": ""}))
    return sorted(orgs + found, key=by_start) if found else orgs


# 在某市某某国际会议中心举办, 在某街道某社区党群服务中心举行, 在某区应急救援综合保障中心召开: the frame 在 … 举行 bounds a
# named venue on both sides, so where the leftward walk stopped inside its name (a rare character, a verb the segmenter read
# there: 鸠|兹, 综合|保障), the whole is read: a place or a locality first, an organization's ending last (docs/gold-conventions.md,
# a named venue that holds the event; data/lexicons/word_classes.tsv held_at_verb, venue_frame_stop)
_VENUE_CHAR = rf"(?:(?![{''.join(word_class('venue_frame_stop'))}])[\u4e00-\u9fff])"
_LOCALITY_LED = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{_LOCALITY_OR_TOWN_UNIT})")
_VENUE_FRAME_ENDINGS = frozenset(word_class("venue_frame_ending"))  # 纪念园, 文化礼堂, 广场: a venue's endings no body's name needs elsewhere
# 人民广场, 县文化广场 (a public square: word_classes.tsv public_square), 某市市民中心, 县政务服务中心 (a civic building's word after a
# place or a level word: civic_building): a place, no venue's name (docs/gold-conventions.md)
_PLACE_NOT_VENUE = re.compile(rf"(?:{alternation(word_class('public_square'))})$|^.{{0,4}}(?:{alternation(word_class('civic_building'))})$")
_TO_COME_BEFORE = re.compile(rf"(?:{alternation(word_class('venue_to_come_word'))})[^，,。;；]*$")  # 将在…, 拟于…在… (the clause before 在)  # 将, 拟: a gathering still to come (its venue is no organization)


def held_at_venues(text: str, offset: int, orgs: list[Mention], first: re.Match[str]) -> list[Mention]:
    """The named venue of 在 … 举行 (召开, 举办), read whole where the name rules found none or a clipped one: opening with
    a place or a locality, ending in an organization's ending, no civic building (市民中心) nor a body's room (`first`: the
    frame's first match, HELD_AT.search's)."""
    found: list[Mention] = []
    for match in HELD_AT.finditer(text, first.start()):
        name, ending = match.group(1), match.group(2)
        begin, end = offset + match.start(1), offset + match.end(1)
        inner = []
        clear = True
        for o in orgs:  # (a loop, not any(): no generator per venue)
            if o.start < end and begin < o.end:
                if begin < o.start and o.end == end and not _place_at(o.text, 0):
                    inner.append(o)  # a clipped reading of the venue's name (兹国际会议中心), given way (not 在南京|江苏某会堂: a
                    # name the walk cut at its place on purpose)
                else:
                    clear = False  # read already, or a body named inside it first (在某会三楼会议室, 某会某中心: its room or unit)
                    break
        if not clear or len(name) - len(ending) < 2 or ending in _WEAK_SUFFIXES and len(name) - len(ending) < 4 or _PLACE_NOT_VENUE.search(name):
            continue  # (在县文化广场举行, 在某市市民中心举行: a public square, a civic building is a place)
        if name[0] in _LEVEL_CHARS or not (_place_at(name, 0) or _LOCALITY_LED.match(name)) or _COLLECTIVE.search(name) or _TO_COME_BEFORE.search(text, 0, match.start()):
            continue  # (将在某宾馆召开: a gathering still to come)
        if inner:
            orgs = [o for o in orgs if o not in inner]
        found.append(Mention("org", begin, end, name, {"type": lexicons().org_suffixes.get(ending, "other"), "suffix": ending}))
    return sorted(orgs + found, key=by_start) if found else orgs


# 在 + a venue's name (its last words an organization's or a venue's ending, group 2) + a verb of holding
VENUE_LAST_CHARS = "".join(word_class("venue_last_char"))  # 心 (中心), 馆, 园, 堂, 场, 库: how a building's or a facility's name ends
# analysis.py tests these characters one by one with `in` before the frame's scan: the lexicon's class must stay these
assert VENUE_LAST_CHARS == "心馆园堂场库地", "venue_last_char changed: update the written-out test in analysis.py"
HELD_AT = re.compile(rf"(?<=在)({_VENUE_CHAR}{{2,18}}?({alternation({e for e in set(lexicons().org_suffixes) | _VENUE_FRAME_ENDINGS if e[-1] in VENUE_LAST_CHARS})}))"
                     rf"(?=(?:{alternation(word_class('held_at_verb'))}))")


# 某市慈善总会、某区某街道作了交流发言, 某公司、某区某街道、某区某社区、某市文明办: a sub-district or community listed with
# organizations is one of them, as it is among the hosts (data/lexicons/word_classes.tsv locality_unit)
_LOCALITY_UNIT = alternation(tuple(word_class("locality_unit")))
_LISTED_LOCALITY = re.compile(rf"(?<=、)((?:(?![、，,。；;：:])[\u4e00-\u9fff]){{2,10}}?({_LOCALITY_UNIT}))(?=[、，,；;]|等|作)")


# 慈善活力社区奖：甲区乙街道丙社区、…: the first locality an award's heading lists after its colon (docs/gold-conventions.md: an
# awarded locality is an organization under any heading)
_AWARDED_FIRST_LOCALITY = re.compile(rf"(?<=奖[:：])((?:(?![、，,。；;：:])[\u4e00-\u9fff]){{2,14}}?({_LOCALITY_UNIT}))(?=[、，,；;]|$)")


def listed_localities(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """The sub-districts and communities a list names next to an organization (某会、某街道、某社区、某局), each next to an
    organization or to one found before, that no organization mention covers yet."""
    candidates = []
    for match in _LISTED_LOCALITY.finditer(text):
        start, end = offset + match.start(1), offset + match.end(1)
        if not _COLLECTIVE.search(match.group(1)) and not any(o.start < end and start < o.end for o in orgs):
            candidates.append(Mention("org", start, end, match.group(1), {"type": "government", "suffix": match.group(2)}))
    item_after = {o.end + 1 for o in orgs}  # where an item after a body and its 、 starts
    item_before = {o.start - 1 for o in orgs}  # where an item before a body and its 、 ends
    found: list[Mention] = []
    if "奖" in text:  # (a test first: few lists are an award's)
        for match in _AWARDED_FIRST_LOCALITY.finditer(text):
            start, end = offset + match.start(1), offset + match.end(1)
            if not _COLLECTIVE.search(match.group(1)) and not any(o.start < end and start < o.end for o in orgs):
                found.append(Mention("org", start, end, match.group(1), {"type": "government", "suffix": match.group(2)}))
                item_after.add(end + 1)  # 某某奖：甲街道乙社区、丙街道丁社区: the award's list goes on after its first item
    while candidates:  # (某公司、甲街道、乙街道: the second is next to the first once that is found)
        next_to = [m for m in candidates if m.start in item_after or m.end in item_before]
        if not next_to:
            break
        for mention in next_to:
            candidates.remove(mention)
            item_after.add(mention.end + 1)
            item_before.add(mention.start - 1)
        found += next_to
    return sorted(found, key=lambda m: m.start)


# 四地慈善会（基金会）秘书长甲、乙, 各地慈善会负责人: a title written after a group of bodies, in its clause, is no one body's
_GROUP_BEFORE_TITLE = re.compile(rf"(?:{_COLLECTIVE.pattern})[^,，;；。、]{{0,12}}$")


def titled_for_a_group(text: str, title_start: int) -> bool:
    """Whether a group of bodies (四地慈善会（基金会）, 三省一市慈善会) stands before the title at `title_start` in its
    clause: the names after it hold the title each in a body the page does not say."""
    return _GROUP_BEFORE_TITLE.search(text, max(0, title_start - 16), title_start) is not None


_LEVEL_CHARS = "".join(word_class("level_char"))  # data/lexicons/word_classes.tsv
_LEVEL_WORDS = frozenset(word_class("level_char"))  # a token that is one level word (市), where `in _LEVEL_CHARS` also took 市区, 省市
# 州: an autonomous prefecture's level word, opening its bodies' short forms (州民政局) as a level word does (word_classes.tsv)
_PREFECTURE_CHARS = "".join(word_class("prefecture_char"))
_LEVEL_OPENERS = _LEVEL_CHARS + _PREFECTURE_CHARS
_WORD_LIKE_LEADS = frozenset(p[-2] for p in _WORD_LIKE_PLACES)  # 和 of 和县: what a word-like county writes before its level
_GROUP_DIGITS = "一二三四五六七八九十两几"
_GROUP_COUNT = re.compile(f"[{_GROUP_DIGITS}]+")
_GROUP_UNITS = _LEVEL_CHARS + "地"


_BODY_DESCRIPTORS = tuple(word_class("body_descriptor"))  # 爱心企业, 会员单位: what the page calls a body before its name
DESCRIPTOR_HEADS = frozenset(d[:2] for d in _BODY_DESCRIPTORS)  # their first two characters: a set test before the call


def descriptor_length(name: str, ending: int) -> int:
    """The length of what the page calls a body written before its name (爱心企业|某某科技有限公司, 会员单位|某某医院),
    where two characters or more of the name stand between it and the name's ending of `ending` characters; else 0."""
    if not name.startswith(_BODY_DESCRIPTORS):
        return 0
    length = len(next(d for d in _BODY_DESCRIPTORS if name.startswith(d)))
    return length if length + ending + 2 <= len(name) else 0


# 当地, 所在地, 新建: words opening a name that say which or how many of a kind there are (data/lexicons/word_classes.tsv kind_lead),
# longest first; their first two characters for one set test before the loop
_KIND_LEADS = tuple(sorted(word_class("kind_lead"), key=len, reverse=True))
_KIND_LEAD_HEADS = frozenset(w[:2] for w in _KIND_LEADS)
_KIND_CORE_MAX = 4  # 蔬菜专业 of 蔬菜专业合作社: a trade and a kind word; a body's own name adds words of its own
_ORDINAL_OF_KIND = re.compile(r"第[0-9一二三四五六七八九十百千]+[所家座个]|首[所家座个]")  # 第一所, 第3家, 首家: an ordinal and a measure word before a kind
# 组织, 资助: verbs of org_name_verbs (kept inside names) that open a clause's predicate where no place follows them
_CLAUSE_VERB_TAGS = ("v", "vn", "n")  # 组织/v, 资助/n: the tags the segmenter gives them
_CLAUSE_VERBS = frozenset(word_class("clause_opening_verb"))  # (data/lexicons/word_classes.tsv)
_ROUGH_COUNT_CHARS = "余多"  # 30余家, 10多个: the 余 or 多 of a rough count, whatever the segmenter reads after it (余家社区)
_COUNT_MEASURE = "个"  # 12个村, 三个社区: the measure word after a count (个旧市 opens with it after no count)
# 个, 支, 家, 所, 座, 间, 批: the measure words that count bodies (11支民间救援队, 30余家爱心企业, 5所希望小学; data/lexicons/
# word_classes.tsv body_measure_char); after a count they make a group of a kind, no body's name
_BODY_MEASURES = frozenset(word_class("body_measure_char"))
# find_orgs tests these characters one by one with `in` (no call for most names): the lexicon's class must stay these
assert _BODY_MEASURES == frozenset("个家支所批座间"), "body_measure_char changed: update the written-out test in find_orgs"
_COUNT_CHARS = frozenset("0123456789" + _GROUP_DIGITS + "百千几多")  # (the text is normalized: no full-width digit)


_COUNT_LEADS = _COUNT_CHARS | frozenset(_ROUGH_COUNT_CHARS + "数")  # 14, 三, 十余, 数: what a count's measure word follows
# 14个, 三家, 十余支: a count and its measure word (the last character of the count before it)
_COUNTED = re.compile(f"[{''.join(sorted(_COUNT_LEADS))}][{''.join(sorted(_BODY_MEASURES))}]")


def _counted_kind(text: str, begin: int, end: int) -> bool:
    """Whether a body's measure word stands after a count (14个, 三家, 11支) in text[begin - 1:end], the words before a name's
    ending; not a place's name that opens with a numeral and a measure character (五家渠市, 个旧市)."""
    found = _COUNTED.search(text, max(begin - 1, 0), end)
    while found is not None:
        if _a_count_ends(text, found.end() - 1):
            return True
        found = _COUNTED.search(text, found.start() + 1, end)
    return False


_TOWN_UNIT_CHARS = "".join(word_class("town_unit"))  # 镇, 乡, 村
_DATE_UNIT_CHARS = "年月日届级期号"  # 某市|2023|年度, 某校|1990|级: a year or a number of a series, no brand
_ORDINAL_CHAR = "第"  # 第十二批, 第3支: an ordinal, one body of a series (某市第十二批援外医疗队), no count


def _a_count_ends(text: str, at: int) -> bool:
    """Whether a count (14, 三, 十余, 数) ends right before text[at], not an ordinal's number (第十二批) nor a place's name
    opening with a numeral (五家渠市, a village's 三座村, 三家村: a measure character other than 个 right before 村, 镇, 乡)."""
    if text[at:at + 1] != _COUNT_MEASURE and text[at + 1:at + 2] in _TOWN_UNIT_CHARS:
        return False
    begin = at
    while begin > 0 and text[begin - 1] in _COUNT_LEADS:
        begin -= 1
    return begin < at and text[begin - 1:begin] != _ORDINAL_CHAR and not _place_at(text, at - 1)


_USE_WELL_CHAR = "好"  # 用好: a verb and its complement 好, which the segmenter may glue to the name after them
_USE_WELL_LEADS = tuple(word_class("use_well_verb"))  # 用, 管: the verbs before that 好 (data/lexicons/word_classes.tsv)


def _kind_lead(name: str) -> int:
    """The length of the kind lead (当地, 所在地, 新建) that opens `name`, or 0."""
    return next((len(w) for w in _KIND_LEADS if name.startswith(w)), 0)


_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]+")


_GLUED_ENDINGS = word_class("glued_name_ending")  # data/lexicons/word_classes.tsv
_GLUED_VERBS = tuple(word_class("glued_name_verb"))  # data/lexicons/word_classes.tsv


_GENERIC_CORES = frozenset(word_class("generic_org_core"))  # data/lexicons/word_classes.tsv


_KIND_CORE_WORDS = tuple(word_class("kind_core_word"))  # 村级: data/lexicons/word_classes.tsv


@lru_cache(maxsize=4096)
def _generic_core(core: str) -> bool:
    """Whether the words before an ending are generic words only (乡镇慈善工作站, 社区党群服务中心, 两地慈善总会):
    a kind of body named everywhere, not one body; a single proper word among them makes a name. A level of every
    village (村级养老服务站) makes a kind whatever else stands there (a lead that says whose: find_orgs, kind_lead)."""
    if not core:
        return False
    if any(word in core for word in _KIND_CORE_WORDS):
        return True
    reachable = [True] + [False] * len(core)
    for end in range(1, len(core) + 1):
        reachable[end] = any(reachable[end - n] and core[end - n:end] in _GENERIC_CORES for n in (1, 2, 3) if n <= end)
    return reachable[-1]


# The segmenter's tags of ordinary words (nouns, verbs, verbal nouns, idioms, adjectives): a core of them only, with no
# place, proper name, brand or locality, names what a body does, not which body (data/lexicons/word_classes.tsv)
_ORDINARY_WORD_TAGS = frozenset(word_class("ordinary_word_tag"))
_NAME_WORD_TAG_INITIALS = "njl"  # nouns, names, abbreviations, idioms: a word before the core that may be the name's own start
_CLOSING_MARKS = "”》」』"  # a quoted brand or title right before the core
_OWN_NAME_KINDS = frozenset(word_class("own_name_kind"))  # a bank, a school, a government bureau abroad (社会福利署)
_GATHERING_WORDS = frozenset(lexicons().event_suffixes)  # 论坛, 大会: the endings of events' names (data/lexicons/events.tsv)


def _ordinary_words_before(tokens: list[Token], index: int, name: str, core: int) -> bool:
    """Whether the `core` characters of `name` (opening token `index`, found by the caller) before its ending are ordinary words only (决策|委员会,
    平台|数据中心, 慈善|信托|工作委员会): a kind of body or a body's organ (a committee inside a body with no name of its
    own, docs/gold-conventions.md), where a body's own name has a place, a proper name or a quoted brand. Not after a
    name or a quoted brand (某学院|公益慈善研究中心, “某某”|助残服务中心: a unit's or a brand's ending), nor for a gathering's
    organ (论坛学术委员会), a unit after its body's word (总会专家委员会) or a name with a place or a locality (鼓楼区慈善总会,
    某社区基金会). The caller tests the kind, the level word and the first word's tag first (no call for most names)."""
    start = tokens[index].start
    if index > 0 and (tokens[index - 1].pos[:1] in _NAME_WORD_TAG_INITIALS or tokens[index - 1].word[-1] in _CLOSING_MARKS):
        return False
    if tokens[index].word in _GATHERING_WORDS:
        return False
    for token in tokens[index:]:
        if token.start >= start + core:
            break
        if token.end - token.start < 2 or (token.pos not in _ORDINARY_WORD_TAGS and token.word not in _GENERIC_CORES):
            return False  # (同|善慈济会: a character alone is a proper name the segmenter cut)
    return not (LONG_ORG_ENDING.search(name, 0, core) or _NAMED_LOCALITY.search(name, 0, core) or _place_at(name, 0))


_DEPARTMENT_ENDING = "科"  # a hospital's department (心内科), whose doctors' grades are held in the hospital
_GRADE_DEPARTMENT_CHARS = "科部"  # 心内科, 社工部: a department whose doctors' or social workers' grades are held in the body (professional_title)
PROFESSIONAL_TITLES = tuple(word_class("professional_title"))  # 主任医师 … (data/lexicons/word_classes.tsv): for `in` and startswith


_COMPANY_TITLES = word_class("company_title")  # data/lexicons/word_classes.tsv


_PARTY_COMMITTEES = frozenset(word_class("party_committee"))  # data/lexicons/word_classes.tsv
_TOWN_BODIES = frozenset(word_class("town_body_ending"))  # 人大: a town's people's congress (镇人大主席), data/lexicons/word_classes.tsv
_DEPUTY_BODIES = frozenset(word_class("deputy_body_ending"))  # 人大: a congress, whose 代表 are its deputies (word_classes.tsv)
_DEPUTY_GROUP_WORDS = tuple(word_class("deputy_group_word"))  # 部分, 全体: before 市人大代表, a group of deputies (word_classes.tsv)
_AGE_WORDS = frozenset(word_class("name_age_word") + word_class("name_time_word"))  # 青年, 日间 (data/lexicons/word_classes.tsv)


# Endings of short names that hold no ending of org_suffixes.tsv (恒通机电, 小寨路街道), with their type.
_ORG_ENDINGS = tuple(lexicons().org_suffixes)  # for one str.endswith (C) instead of a loop over the endings
_LONG_ORG_ENDINGS = tuple(s for s in _ORG_ENDINGS if len(s) >= 2)
# a word ends with an organization ending: word.endswith(ORG_ENDINGS_BY_LAST_TWO.get(word[-2:], ())) (person_names too)
ORG_ENDINGS_BY_LAST_TWO = by_last_two(_LONG_ORG_ENDINGS)


_SHORT_ENDINGS = {**{w: "company" for w in word_class("company_trade_word")}, **{w: "government" for w in word_class("locality_unit")}}


# 某县某社区慈善驿站, 某区侨爱书屋: a community facility's ending, naming a body where a place or a locality opens the name
# (data/lexicons/word_classes.tsv facility_ending)
_FACILITY_ENDINGS = dict.fromkeys(word_class("facility_ending"), "other")
_REGISTERED_ENDINGS = {**lexicons().org_suffixes, **_VENUE_ENDINGS, **_FACILITY_ENDINGS}
_DESIGNATION_LEADS = tuple(word_class("designation_lead"))  # 年度, 批: a title conferred in a year or a batch (word_classes.tsv)


@lru_cache(maxsize=1)
def _suffix_scanner() -> WordScanner:
    return WordScanner(set(lexicons().org_suffixes) | set(lexicons().titled_org_suffixes) | set(_SHORT_ENDINGS) | set(_REGISTERED_ENDINGS))


# the one-character endings that end a unit's name only before its head's title, the word before them where one is needed, and
# that title's first characters (立案庭庭长, 民一庭副庭长, 执行局局长, 执行局副局长, 林业站站长, 农技站副站长): elsewhere the
# character ends a common word (家庭, 格局) and no title is looked for; a 站 before another title ends no station's name
# (社工站驻站社工: 驻站 is a word of its own)
_OWN_HEAD_ONLY = {"庭": ("", "庭副"), "局": ("执行", "局副"), "站": ("", "站副")}  # (a 局 only as a court's 执行局: elsewhere a bureau's names are read whole)


def find_orgs(text: str, offset: int, tokens: list[Token], blocked: list[tuple[int, int]]) -> list[Mention]:
    """Organization names: a lexicon ending extended leftwards over name-like tokens."""
    lex = lexicons()
    found: list[Mention] = []
    for _, suffix_start, suffix_end in _suffix_scanner().spans(text):
        suffix = text[suffix_start:suffix_end]
        if suffix[-1] == "委" and text[suffix_end:suffix_end + 2] == "员会":
            # 共青团某市委员会: the scan took 市委 (leftmost), the name ends in 委员会 after its place's level word
            suffix, suffix_start, suffix_end = "委员会", suffix_end - 1, suffix_end + 2
        elif suffix[-1] == "办" and text[suffix_end:suffix_end + 2] == "公室":
            # 某区对口支援与合作交流办公室, 某市政府新闻办公室: a 办 ending written out in full, the name ends in 办公室
            suffix, suffix_start, suffix_end = "办公室", suffix_end - 1, suffix_end + 2
        if suffix in _OWN_HEAD_ONLY and (text[suffix_end:suffix_end + 1] not in _OWN_HEAD_ONLY[suffix][1] or (
                _OWN_HEAD_ONLY[suffix][0] and text[suffix_start - 2:suffix_start] != _OWN_HEAD_ONLY[suffix][0])):
            continue  # 家庭, 格局: a court's 庭 or 执行局 ends a unit's name only before its head's own title (庭长, 副局长)
        registered = _REGISTERED_ENDINGS[suffix] if suffix in _REGISTERED_ENDINGS else ""  # the kind of an ending that names a body by itself
        trade = suffix not in lex.org_suffixes and suffix in _SHORT_ENDINGS
        if trade and not _short_name_title_after(suffix, text, suffix_end):
            continue  # 恒通机电董事长, 小寨路街道党工委书记: a short name's ending counts only before its kind of title
        if not registered and not trade and not _role_pattern().match(text, suffix_end) and not (
            text[suffix_end:suffix_end + 1] in ":：" and _role_pattern().match(text, suffix_end + 1)
        ) and not (text[suffix_end:suffix_end + 2] == "代理" and _role_pattern().match(text, suffix_end + 2)) and not (
            suffix in _SCHOOL_DEPARTMENT_ENDINGS and _school_department(text, offset, tokens, suffix_start, suffix_end)) and not (
            suffix == _WORKING_JOINT_MEETING and _PLENARY_AFTER.match(text, suffix_end)):
            continue  # 此处, 内部: a sub-unit ending counts only before a title (管理处处长; 秘书处：处长甲)
        if suffix[-1:] in _GRADE_DEPARTMENT_CHARS and (title := _role_pattern().match(text, suffix_end)) and title.group() in PROFESSIONAL_TITLES:
            continue  # 某医院心内科主任医师甲, 某医院社工部社工师乙: a doctor's or a social worker's grade is held in the hospital, the department is no body (gold-conventions)
        end = offset + suffix_end
        start = offset + suffix_start
        if blocked and _inside(start, end, blocked):  # (no call where nothing is blocked)
            continue
        bounds = tokens.bounds  # Tokens.index_at without the call (an ending of every sentence):
        if not bounds[0] <= start < bounds[-1]:
            continue  # no token holds the ending's first character
        index = bisect_right(bounds, start) - 1
        token = tokens[index]
        last = tokens[bisect_right(bounds, end - 1) - 1]  # (end - 1 is inside the sentence)
        # 镇|党委副书记, 聯誼|總會會長: jieba glued the title to the ending
        glued_title = last.end > end and text[suffix_end:last.end - offset] in lex.roles
        if (last.end > end and not glued_title) or (text[suffix_end:suffix_end + 1] in ("议", "员") and text[suffix_end:suffix_end + 2] != "员工" and not (
                suffix == _COUNCIL_ENDING and text.startswith(_COUNCILLOR, suffix_end))) or (suffix == "大学" and _STUDENT.match(text, suffix_end)) or (
                suffix[-1] == "部" and text[suffix_end:suffix_end + 1] == "分") or (
                suffix in _PHRASE_AFTER_ENDING and text.startswith(_PHRASE_AFTER_ENDING[suffix], suffix_end)):
            # The ending sits inside a longer word (中心思想, 慈善会议, 救援队员, 总会组织部分理事: 组织 + 部分, 服务社会): not an organization
            # (某公司员工: the body's staff, after its whole name).
            continue
        if token.word in _NOT_ORG_WORDS and token.start == start - (len(token.word) - len(suffix)):
            continue
        if suffix == "商会" and text.endswith(_CONSULTING_MEETINGS, 0, suffix_end):
            continue  # 召开提案办理面商会, 磋商会: a meeting to consult, no chamber of commerce
        if suffix == _COUNCIL_ENDING and text[suffix_start - 1:suffix_start] == _MEETING_FIRST_CHAR:
            continue  # 党组会议会前, 会议会上: 会议 and the 会 after it, no council
        if suffix in _VENUE_ENDINGS and _no_venue(token, suffix, text[suffix_start - 1:suffix_start], text[suffix_end:suffix_end + 1]):
            continue
        start = token.start
        index -= 1
        term = ""  # a term ordinal the walk went over (某社区第十二届居民委员会), which the name leaves out
        former = -1  # where a 原 the walk went over is written (国务院原扶贫办), which the name leaves out
        while index >= 0:
            token = tokens[index]
            word = token.word
            if word == ")" and index >= 3 and tokens[index - 2].word == "(" and _place_at(tokens[index - 1].word, 0) and HAN.match(tokens[index - 3].word):
                start = tokens[index - 3].start  # 华澜电气(无锡)有限公司: a company's place in brackets
                index -= 4
                continue
            right = tokens[index + 1]
            here, after = _walk_reading(word, token.pos), _walk_reading(right.word, right.pos)
            if here & _TOWN_UNIT or after & _OPENS_TOWN_UNIT:  # what both town readings need
                if _town_name(tokens, index, lex):
                    start = tokens[index - 1].start  # 吴江区|黎里|镇党委: a town's name jieba does not know, after its district
                    index -= 2
                    continue
                if _town_at_edge(tokens, index):
                    start = token.start  # 、西周|镇|慈善工作站, 石浦镇|东门|村|…合作社: a town or village at a list item's edge
                    index -= 1
                    continue
                if (suffix in _PARTY_COMMITTEES or suffix in _TOWN_BODIES) and _verb_read_town(tokens, index) and _role_pattern().match(text, suffix_end):
                    start = token.start  # 。深渡|镇|党委副书记甲: a town's name the segmenter reads as a verb, at the clause's start before its committee's title
                    index -= 1
                    continue
                if _split_town_at_edge(tokens, index):
                    start = tokens[index - 1].start  # 。某望|坪|村党支部: a village's name split, the segmenter's verb first, at the clause's start
                    index -= 2
                    continue
                if _village_after_town(tokens, index):
                    start = tokens[index - 1].start  # 某镇|上|河湾|村: a village's name opening with 上 or 下, which the segmenter split off as a locality word
                    index -= 2
                    continue
            if after & _GLUED_TOWN and here & _TOWN_LEAD:
                start = token.start  # 某|村镇|党委: a town named by one character and 村 the segmenter read as the word 村镇
                index -= 1
                continue
            if here & _GLUED_LEVEL and not (index > 0 and word in lex.places and ((left_word := tokens[index - 1].word).endswith(_HIGHER_LEVELS) and left_word in lex.places)):
                # (安徽省|和县慈善协会: a county whose name opens with a particle, after its province, is the county)
                start = token.end - 1  # 由省慈善总会 / 原省民政厅 / 人由省: jieba glued a particle to 省
                break
            if here & _GLUED_PARTICLE and not (index > 0 and (tokens[index - 1].pos == "ns" and here & _VERB or _county_level_place(tokens[index - 1].word))):
                # (澳门|同善|服务协会: a brand the segmenter read as a verb right after a place is the name's word; 某某区|和某|社会
                # 工作服务中心: a word opening with 和 right after a district's or county's full name is its brand, no particle)
                start = token.start + 1  # 副总裁兼|华苏置业…, 总会向|华苏控股集团: a particle glued to a name's first word
                if word[1] in _GLUED_BEFORE_NAME and len(word) == 2:
                    start = token.end  # 聘请其为|某大学…: two particles glued, the name starts after both
                break
            if here & _PARTICLE_TAIL:
                start = token.end  # 致辞中向|锦帆集团, 专程到|医院: the preposition glued to the word before ends what precedes the name
                break
            if here & _LEVEL:
                start = token.start  # 县民政局: the level word of a short form, whatever jieba tags it
                left = tokens[index - 1] if index > 0 else None
                if left is not None and word == _ZONE_CHAR and left.word in _ZONE_LEADS:
                    start = left.start  # 某市某产业|集聚|区|管委会: a development zone's name, not a district's level word
                    index -= 2
                    continue
                if suffix in _BRANCH_ENDINGS and index > 1 and tokens[index - 2].word.endswith(_ORG_ENDINGS) and HAN_WORD.fullmatch(left.word) and left.pos[:1] not in "vpcurdmqf":
                    start = left.start  # 某银行股份有限公司|政务|区|支行: a branch named by a zone no place list holds, after its bank
                    index -= 2
                    continue
                if left is not None and left.word in _STATIONING_VERBS and suffix in _STATIONED_UNITS and index > 1:
                    start = left.start  # 市纪委监委|派驻|市|民政局纪检监察组: the body that stations the unit opens its name
                    index -= 2
                    continue
                if left is not None and left.word in _JOINT_BODY_LEADS and index > 1 and tokens[index - 2].word in _LEVEL_WORDS:
                    start = tokens[index - 2].start  # 市|纪委|市|监委驻…纪检监察组: the first of a joint body's two names, each with its level
                    break
                if left is not None and (left.word + token.word in lex.places or (left.word in lex.places and left.pos == "ns")):
                    # 广德|市|慈善总会: the place jieba split from its level word (not 会同|区民政局, the verb 会同)
                    start = left.start
                    if text[start - offset - 1:start - offset] in _LEGAL_FORM_ENDS:
                        start = _name_prefix_start(text, offset, tokens, start)
                    before = index - 2
                    while before >= 0 and tokens[before].word.endswith(_HIGHER_LEVELS) and tokens[before].word in lex.places:
                        start = tokens[before].start  # 杭州市|临安|区慈善总会: the higher places written before open the name
                        before -= 1
                break
            if here & _GROUP_COUNT_WORD and after & _OPENS_GROUP_UNIT:
                start = token.start  # 西北|五|省区|慈善联盟, 山西|六|省慈善总会: the count of a group belongs to its name
                index -= 1
                continue
            if word in _PLACE_INITIALS and right.start == start and text[start - offset:start - offset + 1] == _MERCHANT_CHAR:
                start = token.start  # 徽|商会, 粤|商会: a place's one-character short form names its merchants' chamber (not resolved to a place)
                index -= 1
                continue
            if word in _NAME_CONJUNCTIONS and right.start == start and (index == 0 or tokens[index - 1].pos == "x" or tokens[index - 1].word in _NOTHING_JOINED) and (
                    _conjunction_opens_name(tokens, index)):
                start = token.start  # ，和|平桥|街道, 协会和|和|平桥街道, 走访了|及|第村…: a conjunction that joins nothing before it is the name's first character
                index -= 1
                continue
            if index > 0 and ((here & _AND and _joins_inside_a_name(tokens, index)) or (
                    word == _FIELD_JOINT and right.start < offset + suffix_start and (lex.org_suffixes.get(suffix) == "government" or suffix in _COLLEGE_ENDINGS) and (
                        _joins_two_fields(tokens, index)))):  # (not 某某模式|及|政府: a field word between 及 and the ending)
                joined = _joined_start(tokens, index, blocked, end)
                if joined is not None:
                    start = joined  # 社会与政治学院, 卫生和计划生育局, 某特区政府民政及青年事务局: one name around 和/与/及
                elif word == _FIELD_JOINT and tokens[index - 1].pos in ("n", "vn"):
                    start = tokens[index - 1].start  # 某特区政府|劳工|及|福利事务局, 拜会|民政|及|青年事务局: the first field opens the
                    index -= 2  # bureau's own name, and the walk goes on to its government, if any
                    continue
                break
            if after & _OPENS_LEVEL and word + right.word[:1] in lex.places:
                start = token.start  # 开化|县委: a county the segmenter reads as a verb, before its level word
                index -= 1
                continue
            if word == "驻" and index > 0 and tokens[index - 1].word.endswith(_STATIONED_FROM):
                start = token.start  # 某特别行政区政府|驻|上海经济贸易办事处: a government's office stationed in a place is one name
                index -= 1
                continue
            if suffix in _COLLEGE_ENDINGS and index > 0 and word[1:] and not word[3:] and (word[:1] in _SURNAMES or word[:2] in _COMPOUND_SURNAMES) and right.start < offset + suffix_start and (
                    tokens[index - 1].word.endswith(_UNIVERSITY_ENDING)) and word not in lex.places and word not in lex.roles:
                start = token.start  # 某大学|周某某|政府管理学院: a college named after a person, right after its university
                index -= 1
                continue
            if word in _CLASS_YEAR_MARKS and suffix in _CLASS_YEAR_BODIES and index > 0 and tokens[index - 1].word.isdigit():
                start = tokens[index - 1].start  # 某中学|1996|届|校友会: an alumni body named by its class's year
                index -= 2
                continue
            if token.pos == "m" and word.isascii() and word.isdigit() and 2 <= len(word) <= 5 and index > 0 and right.pos[:1] not in "mq" and right.word[:1] not in _DATE_UNIT_CHARS and (
                    tokens[index - 1].pos == "ns" or tokens[index - 1].word in lex.places):
                start = token.start  # 某区|520|慈善超市, 某市|365|志愿服务队: a number right after a place is the brand of the name (not 全市|30|家: a count)
                index -= 1
                continue
            if word == _FORMER_CHAR and index > 0 and former < 0 and (tokens[index - 1].pos in _BODY_OR_PLACE_TAGS or tokens[index - 1].word in _LEVEL_WORDS):
                start = former = token.start  # 国务院|原|扶贫办, 省|原|民政厅: a former body's 原 after its parent or level, no part of the name
                index -= 1
                continue
            if word[-1:] == _SITE_CHAR and word[2:] and word[-2:] != _GRID_WORD and (right.pos == "ns" or right.word in lex.places):
                break  # 台湾网|漳州市台办, 中国网|某市慈善总会: a news site's name before a body's place, no word of the body's name (国家电网: a company)
            if token.pos in _DATE_WORD_TAGS and index > 0 and right.start < offset + suffix_start and right.pos[:1] == "n" and (
                    tokens[index - 1].pos == "ns" or tokens[index - 1].word in lex.places) and _date_word_in_name(word):
                start = token.start  # 湖州|月|河|会议中心, 南川|日月|湖|宾馆: a date's character in a venue's own name after its city
                index -= 1
                continue
            if word[-1] == "届" and index > 0 and TERM.fullmatch(word) and lex.org_suffixes.get(suffix) == "committee" and tokens[index - 1].word.endswith(_TERM_HOLDERS) and (
                    right.start < offset + suffix_start and text[right.start - offset:suffix_end] not in _COUNCILS):
                # (not 某侨联|第九届|委员会, 某商会|第三届|执委会: a body's own council, whose titles the body holds)
                term = word  # 某社区|第十二届|居民委员会, 某基金会|第二届|投资委员会: the body before the term holds the committee
                index -= 1
                continue
            if word == _SPLIT_BODY_CHAR and index > 0 and (right.pos == "ns" or right.start == offset + suffix_start) and _names_a_body_before(tokens[index - 1], lex):
                start = token.start  # 世界|关怀|会|香港|分会, 澳门|街坊|会|联合总会: the 会 of a body's name read as the verb, before its branch's place or an ending
                index -= 1
                continue
            if here & _SPLIT_HEAD and right.start == start and right.pos in _NAME_TAIL_TAGS and _split_brand_head(tokens, index, lex):
                start = token.start  # 。中|安康|泰财险…公司, 某街道|映|山河|社区: a brand's first character cut off the name
                index -= 1
                continue
            if here & _VERB and _joins_two_bodies(tokens, index, lex):
                break  # 嘉善县慈善总会|联合|嘉善县|教育局: a verb between a body's ending and a place joins two bodies
            if right.word in _ROAD_WORDS and right.start == start and token.pos[:1] in "vad" and token.end == right.start:
                start = token.start  # 某大队|丰乐|路|消防救援站: a road's name the segmenter read as an adjective or a verb, before its 路
                index -= 1
                continue
            trade_name = here & _TRADE_LEAD and after & _SHORT_ENDING_WORD and (
                trade or _SHORT_ENDINGS[right.word] != "company" or lex.org_suffixes.get(suffix) == "company"
                or suffix in lex.titled_org_suffixes)  # (某信托|慈善信托部; not 调整|投资|委员会: a trade word before a committee names no brand)
            may_stop = (here & _MAY_STOP or blocked) and not (token.pos == "vn" and suffix in _COLLEGE_ENDINGS and _college_word(token, _before_ordinal(tokens, index)))
            # (else _stops_name says no: no call for most steps; 某大学|体育|科学学院, 某工学院艺术与|设计|学院: a verbal noun
            # inside a college's name, after its university or a 与, does not stop it; a verb does: 某大学|捐助|某学院)
            if end - token.start > 30 or (not trade_name and may_stop and _stops_name(token, blocked, tokens[index - 1] if index else None) and not (token.pos[:1] in "vad" and _brand_after_place(tokens, index, blocked))):
                parent = _parent_before_qualifier(tokens, index, blocked, lex, suffix in lex.titled_org_suffixes, suffix in NAMED_BRANCH_ENDINGS)
                if parent is None:
                    if right.start == start and right.end - right.start == 1 and _cut_off_head(tokens, index, lex):
                        start = token.start  # 、长株|潭|城市群…联盟, 向|某|某|大学…基金会: the segmenter cut a place's head off its last character
                    elif word in _TOWN_HEAD_GLUES and index > 0 and right.start == start and right.word[-1:] in _TOWN_UNITS and _town_before_glue(tokens, index - 1):
                        start = tokens[index - 1].start  # 湖塘|镇长|沟村党总支: a town's 镇 glued to its village's first character (镇长, a title)
                    break
                index = parent  # 红十字会救护培训中心: a sub-unit's qualifying verb right after its parent's ending
                continue
            start = token.start
            index -= 1
        if not _LOCALITY_UNIT_CHARS.isdisjoint(text[start - offset:start - offset + 3]):
            start = _locality_start(text, offset, tokens, start, blocked)
        if text[start - offset] in _TOWN_UNITS or text[start - offset + 1:start - offset + 2] in _TOWN_UNITS:
            start = _county_before_locality(text, offset, tokens, start, blocked)
        ending_kind = registered or lex.titled_org_suffixes.get(suffix) or _SHORT_ENDINGS.get(suffix, "")  # the ending's kind
        if ending_kind == "association" and text[start - offset - 2:start - offset] in _FOREIGN_TAILS:
            start = _abroad_start(text, offset, start)  # 意大利某城|某县同乡会: the segmenter split the city abroad (普拉|托-like)
        if ending_kind in _REGISTERED_KINDS:
            # (an association's words kept may hold its parent's ending, 某公司员工志愿者协会; a company's hold its legal form's)
            start = _place_led_start(text, offset, tokens, start, blocked, suffix_start if ending_kind == "association" else start - offset)
        if ending_kind == "company":
            start = _brand_start(text, offset, tokens, start, blocked)
        if text[start - offset - 1:start - offset] == _TITLE_CLOSE and suffix in _PERIODICAL_ENDINGS and (opened := _periodical_title(text, start - offset - 1)) >= 0:
            start = offset + opened  # 《某某》杂志社主编甲: a periodical's title in 《》 opens its publisher's name
        name = text[start - offset:end - offset]
        if term and (holder := name[:name.find(term)]) and (holder in lex.org_suffixes or holder in _LOCALITY_WORDS or holder in _SELF_NAMES):
            name, start, term = name[len(holder) + len(term):], start + len(holder) + len(term), ""  # 基金会第二届投资委员会: a bare word holds no name
        first_index = bisect_right(tokens.bounds, start) - 1  # (Tokens.index_at without the call: start is inside the sentence)
        first = tokens[first_index]
        if name[0] in _LEADING_PARTICLES and first.word not in lex.places and _place_at(name, 1) and not (
                first.word in _NAME_CONJUNCTIONS and first_index + 1 < len(tokens) and _conjunction_opens_name(tokens, first_index)):
            name, start = name[1:], start + 1  # 向上海市… glued as one token
        elif first.start == start and first.pos in _CLAUSE_VERB_TAGS and first.word in _CLAUSE_VERBS and not _clause_before_place(name):
            if not _place_at(name, len(first.word)):
                continue  # 还将组织|医药专家志愿服务队, 用于资助|欠发达地区中学: a verb that opens the clause's predicate (the segmenter reads some as nouns) opens no name
            if first.pos != "v":
                name, start = name[len(first.word):], start + len(first.word)  # 安排资金，资助|同心…事务所: the name starts at its place after the verb
        elif first.start == start and first.pos[:1] in "cp" and first_index + 1 < len(tokens) and tokens[first_index + 1].pos[:1] in "cp":
            continue  # 并|向|村小学: two function words in a row open a clause, never a name (和|孚镇: one may be a place's first character)
        if name[:2] in _KIND_LEAD_HEADS and (lead := _kind_lead(name)) and name[lead:lead + 1] not in _LEVEL_CHARS:
            # (新建区慈善会: the lead is a place's own name before its level word)
            if not _place_at(name, lead) and len(name) - len(suffix) - lead <= _KIND_CORE_MAX:
                continue  # 由当地蔬菜专业合作社管护, 新建村级慈善工作站: which or how many of a kind, no body's name
            name, start = name[lead:], start + lead  # 当地青峰茶叶专业合作社, 当地某县慈善会: the name after the word
        elif (name[0] in _BODY_MEASURES or name[0] in _ROUGH_COUNT_CHARS) and _a_count_ends(text, start - offset):
            continue  # 在12个村建设儿童之家, 全市30余家社区基金会, 11支|民间救援队: a count of places or bodies before a kind, no body
        elif (("个" in (counted := text[start - offset - 1:suffix_start]) or "家" in counted or "支" in counted or "所" in counted or "批" in counted or "座" in counted or "间" in counted)
              and _counted_kind(text, start - offset - 1, suffix_start)):  # (body_measure_char written out: no call for most names)
            continue  # 沪苏浙皖14个|城市妇联, 14家|城市慈善会, 某某、某某三个街道社工站: a count of a kind of body, no body
        if name[:1] == _USE_WELL_CHAR and text.endswith(_USE_WELL_LEADS, 0, start - offset):
            name, start = name[1:], start + 1  # 用好|校董会, 要用好村妇联: the 好 of 用好 (make good use of) glued to the name after it
        if name.startswith("中共") and not suffix.endswith(_PARTY_BODY_ENDINGS) and _place_at(name, 2):
            name, start = name[2:], start + 2  # 中共某省民政厅党组: the party group of a department, whose name has no 中共
        if (name[2:3] in _PERSON_BODY_JOINTS or name[3:4] in _PERSON_BODY_JOINTS or name[4:5] in _PERSON_BODY_JOINTS or (
                name[3:4] in _LEVEL_WORDS and name[:2] not in lex.places and name[:3] not in lex.places and name[:4] not in lex.places)) and (name[:1] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES) and (
                person := _person_before_body(name, start - offset, offset, tokens, lex.places)):  # (indexing first: no call for most names)
            if person < 0:
                continue  # 某甲作|联盟…报告, 某乙对|基金会…: a person and the verb of the clause before a bare ending, no name
            name, start = name[person:], start + person  # 某丙为|某镇乡贤理事会, 某丁|县慈善总会秘书长: the body after the person
        cut = _clause_before_place(name)
        if cut and name[cut - 1] in _NAME_PREFIX_SHORTS and (cut == 1 or (cut == 2 and name[0] in _LEADING_PARTICLES)) and _LEAGUE_COMMITTEE.search(name):
            cut -= 1  # 团湖州市委, 由团某县委: the league's 团 before its committee's place opens the name (not 慰问团|湖州市委)
        if name[:2] in DESCRIPTOR_HEADS and (skip := descriptor_length(name, len(suffix))):
            name, start = name[skip:], start + skip  # 走访了爱心企业某某科技有限公司: the name starts after what the page calls it
        elif cut:
            name, start = name[cut:], start + cut  # 紧要关头金州区慈善总会: a name starts at its place
        elif (name[:2] in _WORD_LIKE_PLACES or name[:3] in _WORD_LIKE_PLACES) and word_like_at(text, start - offset):
            # 县教育局将会同县慈善会…: the verb 会同 before the short form 县慈善会, not the county 会同县
            cut = 1 if name[:2] in _WORD_LIKE_PLACES else 2
            name, start = name[cut:], start + cut
        elif name[:1] in _LEVEL_CHARS and text[start - offset - 1:start - offset] in _WORD_LIKE_LEADS and (word_like := word_like_before(text, start - offset)):
            # 来到和县慈善协会, 某市和县民政局: the county the segmenter read as a particle before a short form
            name, start = word_like[:-1] + name, start - len(word_like) + 1
        if (name[2:4] in _PROVINCE_HEADS or name[3:5] in _PROVINCE_HEADS) and (city := _city_before_its_province(name)):
            name, start = name[city:], start + city  # 在南京江苏某会堂举行: the city says where its province's body stands
        if (text[start - offset - 1:start - offset] in _PLACE_INITIALS and text[start - offset - 2:start - offset - 1] in _AWAY_MARKS) or (
                text[start - offset:start - offset + 1] in _PLACE_INITIALS and text[start - offset - 1:start - offset] in _AWAY_MARKS):
            away = _away_from_home_start(text, offset, start, end)  # 在沪温州商会, 在京台州商会: the city it meets in is its name's
            name, start = text[away - offset:end - offset], away
        if (_COLLECTIVE.search(name) and suffix not in _MEMBERS_BODY_ENDINGS) or (("各" in (before := text[start - offset - 3 if start - offset > 3 else 0:start - offset]) or "相关" in before or "有关" in before or "所属" in before or "下属" in before or "其他" in before or "其它" in before or "其余" in before or "兄弟" in before) and _group_determiner_before(text, start - offset)) or (("所属" in name or "下属" in name) and _MEMBERS_OF_BODY.search(name)) or (name[:1] in _LEVEL_OPENERS and _after_level_list(text, start - offset, name)) or (
                name.startswith(_REGION_GROUPS) and lex.org_suffixes.get(suffix) == "charity_federation"):
            continue  # 沪苏浙皖一市三省慈善会, 全省慈善会, 市、县慈善会, 长三角地区红十字会: a group of bodies, not one organization
        if ("第" in name or "首" in name) and _ORDINAL_OF_KIND.search(name):
            continue  # 江苏第一所希望小学, 全市第三家慈善超市: which one of a kind in order, no body's name
        if name[-1] in "委府" and _party_and_government(text, start - offset, end - offset, name):
            continue  # 在市委、市政府的领导下, 代表县委县政府: the local leadership as a pair, no body acting on the page
        if suffix == _WORKING_JOINT_MEETING and not _role_pattern().match(text, suffix_end) and not _one_place_led(name):
            lead = _place_led_topic_start(text, start - offset)
            if lead < 0:
                continue  # 苏锡常慈善工作联席会议第五次会议: a joint meeting of several places' bodies before its session is their network
            name, start = text[lead:end - offset], offset + lead  # 合肥市|殡葬领域突出…整治工作联席会议: verbs of its topic inside the name
        core = end - start - len(suffix)  # (name is text[start - offset:end - offset]: no len call)
        committee = _committee_before(found, text, offset, start, suffix) if core == 0 else None
        if committee is not None:
            # 市委常委、统战部部长: the department of the committee just named, written without it
            found.append(Mention("org", start, end, committee.text + name, {"type": lex.org_suffixes.get(suffix, "government"), "suffix": suffix, "joined_to": committee.start}))
            continue
        if core == 0 and suffix == _PREFECTURE_OFFICE and (prefecture := _prefecture_before(found, text, offset, start)):
            # 某地委委员、行署副专员: the administrative office of the prefecture whose committee the chain just named
            found.append(Mention("org", start, end, name, {"type": lex.org_suffixes.get(suffix, "government"), "suffix": suffix,
                                                         "refers": prefecture + _PREFECTURE_WORD + suffix, "joined_to": -1}))
            continue
        if suffix in _SCHOOL_HALLS and (name[:core] in _SCHOOL_SELF_WORDS or name.endswith(SCHOOL_ENDINGS, 0, core)):
            continue  # 在学校大礼堂举行, 在某学院图书馆报告厅举行: a school's hall is a place (docs/gold-conventions.md), the school a body
        level_only = core == 1 and name[0] in _LEVEL_CHARS  # 市政府, 县民政局: the level's own body, a short form
        if core == 0 and suffix[0] in _LEVEL_CHARS and _role_pattern().match(text, suffix_end):
            core, level_only = 1, True  # 市委书记: the level's party committee, holding a post, is a short form too
        if suffix in _WEAK_SUFFIXES and core == 1 and text[start - offset - 2:start - offset] in _SCHOOL_SELF_WORDS:
            start -= 2  # 我校法学院, 学校医学院: a school of the page's university, named by its word for itself
            name, core = text[start - offset:end - offset], core + 2
        if core == 0 and suffix in lex.abbreviated_endings and _role_pattern().match(text, suffix_end):
            # 军休所所长甲: a body's short ending alone before a title is the one body the page names with it in full
            # (某市第一军队离休退休干部休养所), completed when the page's names are known; with none it names nothing
            full = lex.abbreviated_endings[suffix]
            found.append(Mention("org", start, end, name, {"type": lex.org_suffixes.get(suffix, "other"), "suffix": suffix,
                                                         "bare_parent": suffix, "bare_length": len(suffix), "bare_endings": (full,)}))
            continue
        merchants = core == 1 and suffix[:1] == _MERCHANT_CHAR and name[0] in _PLACE_INITIALS  # 徽商会, 粤商会: a place's merchants' chamber
        if core < 1 or (suffix in _WEAK_SUFFIXES and core < 2 and not level_only and not merchants) or name in _NOT_ORG_WORDS:
            continue
        if core == 1 and first.pos in _LONE_CHARACTER_TAGS and not merchants:
            continue  # 五年|间|基金会, 非公|募|基金会: a clause's locality word or a split word's bound end, no name of a body
        if suffix in _VENUE_ENDINGS and len(name) == 3 and name[0] in lex.surnames:
            continue  # 张玉堂, 李德观: a three-character name opening with a surname is a person's
        if suffix[-2:] == "中心" and name.endswith(_CIVIC_BUILDINGS_ANY) and _civic_building(name, lex.places) and not _role_pattern().match(text, suffix_end) and not (
                name[-6:] in LOCALITY_CENTRES and _held_in_the_centre(text, start - offset, suffix_end)):
            continue  # 在市民活动中心召开, 在县政务服务中心举行: a building named by its use only is a place (docs/gold-conventions.md)
        if _generic_core(name[:core]):
            continue  # 社区服务中心, 乡镇慈善工作站: a kind of body everywhere, not one organization
        # 决策委员会, 客服中心, 培训基金会: a kind of body, or a body's own organ, named by ordinary words only (a body's short
        # form, 教育发展基金会理事长, still refers to the longer name the page gives: kept, marked for the article's facts)
        kind_named = registered and core <= _KIND_CORE_MAX and registered not in _OWN_NAME_KINDS and name[0] not in _LEVEL_OPENERS and (
            first.start == start and first.pos in _ORDINARY_WORD_TAGS and _ordinary_words_before(tokens, first_index, name, core) and not (
                _role_pattern().match(text, suffix_end)))  # (学术委员会主任甲: a post held there names the organ of the page's body)
        if suffix in _FACILITY_ENDINGS and (not _facility_of_a_place(name, lex.places) or _verb_before_bare_locality(tokens, first_index, end, lex.org_name_verbs)
                                            or text.endswith(_DESIGNATION_LEADS, 0, start - offset)):
            # 慈善驿站, 社区养老食堂: a facility with neither a place nor a locality of its own is a kind, or a project's (开办|社区|食堂:
            # a verb and a bare 社区, no locality's name); 命名2026年度|某市慈善文化教育基地, 首批|某省…基地: a title conferred on
            # bodies in a year or a batch, no body
            continue
        if name[:core] in _SHORT_ENDINGS and _SHORT_ENDINGS[name[:core]] == "company" and lex.org_suffixes.get(suffix) == "company":
            continue  # 信托公司, 保险公司, 各信托公司: a trade word and a company ending name a kind of company, no brand
        # 某镇某村党支部, 镇人大主席: a town's or village's own committee or congress, a body whatever its place
        locality = (suffix in _PARTY_COMMITTEES or suffix in _TOWN_BODIES) and _TOWN_UNIT_WRITTEN.search(name, 0, len(name) - len(suffix)) is not None
        if suffix in _DEPUTY_BODIES and not locality and text.endswith(_DEPUTY_GROUP_WORDS, 0, start - offset) and _title_holds_no_post(text, suffix_end):
            continue  # 带领部分市人大代表: deputies named only as a group hold no seat, and the sentence names no body of theirs
        company_led = suffix in lex.titled_org_suffixes and _company_short_parent(name, suffix) > 0  # 某信托慈善信托部总经理
        # (not a congress: 某公司董事长、全国人大代表甲 names no unit of the company)
        listed = _list_parent(found, text, offset, start, suffix, name) if not registered and not trade and not locality and not company_led and suffix not in _DEPUTY_BODIES else None
        if listed is not None and not _place_at(name, 0) and not _opens_with_body_word(name, lex.org_suffixes):
            # 某会秘书长甲、项目部部长乙: a sub-unit in a list, its parent written once for the list (not a town's or
            # village's party committee, 某会会长甲、某镇党委副书记乙: a body of its own, whatever its place; nor a unit
            # written with its own parent's short form, 某会秘书长甲、联盟秘书处主任乙: the alliance's secretariat)
            found.append(Mention("org", start, end, listed.text + name, {"type": lex.titled_org_suffixes[suffix], "suffix": suffix, "joined_to": listed.start, "joined_end": listed.end}))
            continue
        if first.start == start and first.end == end and first.pos == "n" and not level_only and name[0] not in _NAME_PREFIX_SHORTS:
            # (团县委: the short form of 共青团某县委, a body of the page's county)
            continue  # 信托公司, 养老机构: one common noun of the dictionary names a kind of body, not a body
        if trade and (core < 2 or (first.word in lex.places and _SHORT_ENDINGS[suffix] == "company") or not "\u3400" <= name[0] <= "\u9fff"):
            continue  # a short name needs a proper name before its trade word (not 上海科技董事长; 龙凤社区 is one)
        if not registered and not trade and not locality and not company_led and not (_place_at(name, 0) or LONG_ORG_ENDING.search(name, 0, len(name) - len(suffix))):
            continue  # 财务部部长: a department with neither a place nor a parent body is no organization of its own
        if suffix in _STATIONED_UNITS and (stationing := _stationing_body_start(text, start - offset, lex.places)) is not None:
            start, name = offset + stationing, text[stationing:start - offset] + name  # 某市纪委监委派驻某市民政局纪检监察组
        kind = "company" if company_led else registered or lex.titled_org_suffixes.get(suffix) or _SHORT_ENDINGS[suffix]
        if text[suffix_end:suffix_end + 1] in _OPEN_BRACKETS and (form := _bracketed_form(text, suffix_end)):
            name, end = name + form, end + len(form)  # 某会计师事务所（普通合伙）: the legal form is part of the registered name
        if suffix in _BRANCH_ENDINGS and found and found[-1].end == start and found[-1].text.endswith(_LEGAL_FORMS_BRACKETED):
            start, name = found[-1].start, found[-1].text + name  # 某事务所（特殊普通合伙）|某地分所: the branch of the firm before its place
        if suffix in _BODY_OFFICE_ENDINGS and found and found[-1].end == start and found[-1].info["type"] != "government" and _place_at(name, 0):
            # 某互助会|某区办事处, 某基金会|某区联络处: a body's office in a district, written right after the body, is its unit (as
            # 某基金会某区代表处 is), no office of the district's own
            start, name, kind = found[-1].start, found[-1].text + name, found[-1].info["type"]
            found.pop()
        if found and found[-1].end == start and found[-1].text in _NATIONAL_VERTICAL_BODIES and _place_at(name, 0):
            # 国家税务总局|江苏省税务局, 中国人民银行|某市分行, 国家金融监督管理总局|某监管局: a nationally run body's office in a
            # province or a city carries the national body's name as the head of its own (its official name)
            start, name, kind = found[-1].start, found[-1].text + name, found[-1].info["type"]
            found.pop()
        info = {"type": kind, "suffix": suffix}
        if kind_named:
            info["kind_named"] = True
        if term and term in name:
            info.update(refers=name.replace(term, "", 1), joined_to=-1)  # named here in full: an organization of its own
        elif former > start:
            info.update(refers=name[:former - start] + name[former - start + 1:], joined_to=-1)  # 国务院原扶贫办: 国务院扶贫办, a body of its own
        if core == 2 and name[:2] in _SELF_NAMES and not _role_pattern().match(text, end - offset):
            info["incidental"] = True  # 作者：总会办公室, 在总会办公室接受采访: the page's own body's unit, holding no post here
        found.append(Mention("org", start, end, name, info))
    return _outermost(found)


_NAMED_LOCALITY = re.compile(_LOCALITY_OR_TOWN_UNIT)  # 社区, 镇 after a locality's own name (某某社区慈善驿站)


_CIVIC_BUILDINGS = tuple(word_class("civic_building"))  # 市民中心, 政务服务中心 (data/lexicons/word_classes.tsv)
LOCALITY_CENTRES = frozenset(word_class("locality_service_centre"))  # 党群服务中心, 便民服务中心 (word_classes.tsv; six characters each)
assert {len(c) for c in LOCALITY_CENTRES} == {6}, "locality_service_centre changed: update the six-character tests (events, org_names)"
_CIVIC_BUILDINGS_ANY = _CIVIC_BUILDINGS + tuple(LOCALITY_CENTRES)
_BARE_LOCALITY_UNITS = tuple(word_class("town_unit")) + tuple(word_class("locality_unit"))  # 村, 镇, 街道, 社区


_SPOT_AFTER = re.compile("门前|门口|前|旁|外|周边|附近|[一二三四五六七八九]楼")  # 在村党群服务中心门前, 设在…一楼: a spot by or in the building
_SITED_BEFORE = frozenset("设建落")  # 设在, 建在, 落在: where a thing is sited, not held


def _held_in_the_centre(text: str, local: int, local_end: int) -> bool:
    """某镇某队在镇党群服务中心成立, 揭牌仪式在街道党群服务中心举行: a locality's centre the page's event is held in stands for the
    page's locality's (the gold completes it), unlike one a thing is sited in or by (设在村党群服务中心一楼, 在…门前)."""
    return text[local - 1:local] == "在" and text[local - 2:local - 1] not in _SITED_BEFORE and _SPOT_AFTER.match(text, local_end) is None


def bare_locality_centre(name: str) -> bool:
    """村党群服务中心, 镇便民服务中心, 街道党群服务中心: a locality's centre after its bare unit, no locality named."""
    return (name[1:] in LOCALITY_CENTRES and name[:1] in _BARE_LOCALITY_UNITS) or (name[2:] in LOCALITY_CENTRES and name[:2] in _BARE_LOCALITY_UNITS)


_COURT_WORD = "院"  # the end of 法院, 检察院 (a court's or a procuratorate's name before its hall)


def _civic_building(name: str, places: dict) -> bool:
    """市民活动中心, 县政务服务中心, 某市市民中心: a civic building's word alone, after a level word or after a place."""
    if bare_locality_centre(name):
        return True  # 在村党群服务中心门前, 依托村党群服务中心建设, 在镇便民服务中心召开: a locality's centre with no locality named is a place
    rest = next((name[n:] for n in (4, 3, 2) if name[:n] in places), name)
    if rest[:1] in _LEVEL_CHARS and rest[1:] in _CIVIC_BUILDINGS:
        rest = rest[1:]
    if rest not in _CIVIC_BUILDINGS and _COURT_WORD in rest:
        rest = rest[rest.rfind(_COURT_WORD) + len(_COURT_WORD):]  # 某区法院诉讼服务中心, 某区人民检察院检察服务中心: a court's hall
    return rest in _CIVIC_BUILDINGS


def _verb_before_bare_locality(tokens: list[Token], first_index: int, end: int, name_verbs) -> bool:
    """开办|社区|食堂: a facility's name the walk opened with a verb of the clause right before a bare 社区 (街道): the
    locality is a kind, no locality's own name (a name's own verb, 联合|社区, is in org_name_verbs)."""
    token = tokens[first_index]
    return first_index + 1 < len(tokens) and token.pos == "v" and len(token.word) == 2 and token.word not in name_verbs and tokens[first_index + 1].word in _LOCALITY_WORDS and tokens[first_index + 1].end < end


def _facility_of_a_place(name: str, places: dict) -> bool:
    """Whether a community facility's name opens with a place written with its level (鹿城区侨爱书屋, 某县某社区慈善驿站) or
    holds a named locality (某某社区慈善驿站, 某镇侨胞之家): a kind of facility (社区养老食堂) or a short place (博爱家园) has neither."""
    return any(name[:n] in places and name[n - 1] in _LEVEL_CHARS for n in (2, 3, 4)) or _NAMED_LOCALITY.search(name, 2) is not None


def _no_venue(token: Token, ending: str, before: str, after: str) -> bool:
    """Whether a place of worship's or a shop's one-character ending, in `token` between the characters `before` and
    `after`, ends no such name: a two-character word ends in it (参观, 食堂, 书店, 对宫|部长), a word of the dictionary that
    names no place (价值观, 大讲堂, 齐聚一堂; a temple's 寺 or 庵 names one whatever the tag), a count (一堂课), a place's
    name (驻马店) or a place's level after it (某某庵|镇, 某某寺|街道)."""
    length = token.end - token.start
    return (
        length == 2 or before in _GROUP_DIGITS or after in _VENUE_PLACE_AFTER or token.word in lexicons().places
        or (length > 2 and token.pos[:2] not in _GUESSED_NAME_TAGS and not (ending in _TEMPLE_ENDINGS and token.pos == "n"))
        or (length > 2 and ending in _SHOP_ENDINGS and rjieba.has_word(token.word[-2:]))  # 老街坊: a word (街坊) ends the token
    )



_DEPARTMENT_LEADS = frozenset(word_class("department_lead"))  # data/lexicons/word_classes.tsv
_COMPANY_TRADE_WORDS = tuple(sorted((w for w, kind in _SHORT_ENDINGS.items() if kind == "company"), key=len, reverse=True))  # longest first: 新材料 before 材料


def _company_short_parent(name: str, suffix: str) -> int:
    """某信托慈善信托事业部, 某科技人力资源部: a department written after its company's short form (a brand of two to four
    characters, no generic word, and a trade word), with words of its own before its ending: where the short form ends, else 0."""
    for cut in range(4, min(len(name) - len(suffix) - 1, 9)):
        if name.endswith(_COMPANY_TRADE_WORDS, 0, cut):
            brand = next(cut - len(w) for w in _COMPANY_TRADE_WORDS if name.endswith(w, 0, cut))
            if 2 <= brand <= 4 and HAN_WORD.fullmatch(name, 0, cut) and name[:brand] not in _DEPARTMENT_LEADS and not _generic_core(name[:brand]):
                return cut
    return 0


_LEGAL_FORMS_BRACKETED = word_class("bracketed_legal_form")  # data/lexicons/word_classes.tsv
_OPEN_BRACKETS = frozenset(form[0] for form in _LEGAL_FORMS_BRACKETED)


def _bracketed_form(text: str, index: int) -> str:
    """The bracketed legal form (（普通合伙）) that starts at `index`, or ''."""
    return next((form for form in _LEGAL_FORMS_BRACKETED if text.startswith(form, index)), "")


_HOSPITAL_ENDING = re.compile(alternation(org_suffixes_of("hospital")))


def hospital_of(department: str) -> str:
    """The hospital a department's name opens with (某医院骨科 -> 某医院): up to its last hospital ending, or ""."""
    ends = [m.end() for m in _HOSPITAL_ENDING.finditer(department, 0, len(department) - 1)]
    return department[:ends[-1]] if ends else ""


# 中部六省慈善联盟: a body of its own whose members are the group its name counts (gold-conventions: alliances)
_MEMBERS_BODY_ENDINGS = frozenset(word_class("members_body_ending"))  # data/lexicons/word_classes.tsv
_REGION_GROUPS = word_class("region_group")  # 长三角, 京津冀 (data/lexicons/word_classes.tsv)
_PAIRED_GOVERNMENT = re.compile(r"(?:人民)?政府")
_SPEAKS_FOR = word_class("speaks_for")  # 代表: the pair a speaker speaks for (data/lexicons/word_classes.tsv)


def _party_and_government(text: str, local: int, local_end: int, name: str) -> bool:
    """市委、市政府 (市委市政府, 县委和县政府): a level's party committee and government named as a pair, the way the
    genre names the local leadership (在市委、市政府的领导下, 代表县委、县政府致辞); neither is a body on the page.
    Only the short forms count, or a pair a speaker speaks for (代表某市委、市政府致辞): elsewhere a pair written with the
    place names two bodies."""
    level = name[-2:-1] if name.endswith("委") else name[:1]
    if not level or level not in _LEVEL_CHARS:
        return False
    if name.endswith("委"):  # 市委|、市政府 (and 这件事市委市政府…, jieba's 事市委), not 南通市委、市政府
        if len(name) > 2 and _place_at(name, 0) and not text.endswith(_SPEAKS_FOR, 0, local):
            return False
        after = local_end + (text[local_end:local_end + 1] in "、和与及")
        return text[after:after + 1] == level and _PAIRED_GOVERNMENT.match(text, after + 1) is not None
    if _PAIRED_GOVERNMENT.fullmatch(name, 1) is None:
        return False
    before = local - (local > 0 and text[local - 1] in "、和与及")
    return text[max(0, before - 2):before] == level + "委"


# Kinds of body named by the registration pattern place + brand + trade + ending (山东恒鼎重工集团股份有限公司,
# 四川天府应用技术学院, 上海和颐公益基金会): the brand is a coined word the segmenter splits into anything (恒瑞|达, 和|颐)
_REGISTERED_KINDS = frozenset(("company", "university", "school", "foundation", "association", "hospital"))
_NOT_IN_BRAND_POS = ("p", "u", "r", "y", "e", "x")
_WORD_NOT_IN_BRAND_POS = ("v", "a", "d")
_BRAND_AFTER_PLACE = 6  # characters of brand and trade words between the place and the words the name rules kept
_IN_NAME_WORDS = frozenset(word_class("company_trade_word")) | lexicons().org_name_verbs  # words of names the segmenter tags v or a


def _place_led_start(text: str, offset: int, tokens: list[Token], start: int, blocked: list[tuple[int, int]], core_end: int) -> int:
    """宁波恒瑞达电器有限公司, 浙江和瑞制药有限公司: a registered body's name opens with its place, so where a place
    starts the clause (after punctuation, a bracket or a name) a few characters before the words the name rules
    kept, the name runs back to it, unless a cue, a title, a function word or another body stands between."""
    local = start - offset
    if local < 3 or not "\u3400" <= text[local - 1] <= "\u9fff" or text[local] in _LEVEL_CHARS:
        return start  # (市慈善基金会: a short form opening with its level word has no place before it to run back to)
    lex = lexicons()
    edge, place = local - 1, 0
    blocked_ends = set()  # where a name or title ends, in the sentence: one set, not a scan per step
    for _, b in blocked:  # (a loop, not a comprehension: no cell made for every name)
        blocked_ends.add(b - offset)
    while edge > 0 and "\u3400" <= text[edge - 1] <= "\u9fff" and local - edge <= _BRAND_AFTER_PLACE + 4:
        edge -= 1
        if edge == 0 or text[edge - 1] in _BRAND_BREAKERS or not "\u3400" <= text[edge - 1] <= "\u9fff" or edge in blocked_ends:
            # a clause edge (punctuation, a name, 由/向/与 before a place): does a place start the name there?
            for place in (4, 3, 2):  # (a loop, not next() over a generator: no cells made for every name)
                if text[edge:edge + place] in lex.places and tokens.starting(offset + edge + place) is not None:
                    break
            else:
                place = 0
            if place:
                break
    # (0 characters between: 大连|海润达物流有限公司, the place the segmenter tagged an adverb, which stopped the walk)
    if not place or not 0 <= local - edge - place <= _BRAND_AFTER_PLACE or LONG_ORG_ENDING.search(text, edge + place, core_end):
        # no place opens a clause near enough: the name starts where the words said (某某电气|股份有限公司员工志愿者协会: a body's
        # ending among the words kept is the unit's parent's, named on its own)
        return start
    first = tokens.index_at(offset + edge)
    if first is None or tokens[first].start != offset + edge or _inside(offset + edge, start, blocked):
        return start
    for token in tokens[first + 1:tokens.index_at(start)]:
        word = token.word
        if lex.cues.get(word, "follow") != "follow" or word in lex.roles or (token.pos.startswith(_NOT_IN_BRAND_POS) and not _guessed_word(word)):
            return start  # (浙江|衡之|律师事务所: a brand the segmenter guessed and tagged a particle)
        if len(word) > 1 and (word in _STOP_WORDS or (token.pos.startswith(_WORD_NOT_IN_BRAND_POS) and token.pos != "vn" and word not in _IN_NAME_WORDS)):
            # 积极|支持: words of the clause; a brand's one character may be read as anything (恒瑞|达); a trade word or a verb that
            # stands inside names (无锡某某|精密|制造|有限公司: an adjective and a verb to the segmenter) is the name's
            return start
        if word in _CLAUSE_ADVERBS and token.pos[:1] == "d":
            return start  # 某人将|联盟旗帜交给…: 将 before a verb, no brand's character
        if token.pos == "c" and token.start == offset + edge + place and text[edge + place - 1] in _LEVEL_CHARS:
            return start  # 、某区|和|杭州某集团有限公司: a conjunction right after a place written with its level word lists two (not 某区|元|和|医院)
    return offset + edge


def _guessed_word(word: str) -> bool:
    """A word of two Han characters or more that no dictionary holds: the segmenter's guess at a brand, whatever it tags it."""
    return len(word) > 1 and HAN_WORD.fullmatch(word) is not None and not rjieba.has_word(word)


_BRAND_BREAKERS = frozenset("与和向及在由对为把被将从同跟给让")
_CLAUSE_ADVERBS = frozenset(word_class("clause_adverb"))  # 将, 已: adverbs opening a clause's verb phrase (word_classes.tsv)
_NOUN_JOINER = "及"  # 甲及乙: a list's joiner inside the characters before an ending is no brand's
_BRAND_BREAKING_POS = ("v", "p", "u", "d", "r", "m", "q", "f", "t")
_BOUND_CHARACTER_TAGS = ("rg", "vg", "dg", "tg")  # a character bound in a word (鸠|兹): a brand's rare character, not a clause's word


def _brand_start(text: str, offset: int, tokens: list[Token], start: int, blocked: list[tuple[int, int]]) -> int:
    """蓉和健康产业集团（成都）有限公司: a company's brand that rjieba splits into words no name holds (蓉|和|健康)
    runs back to the clause edge, when two to four characters of no verb, cue or title stand there; a place may open
    them (安徽|鸠|兹|粮油有限公司: a rare character of the brand read as a pronoun)."""
    if tokens.starting(start) is None:
        return start  # 项目由|嘉禾达控股集团: the first word was split off a particle glued to it; the name starts there
    local = start - offset
    edge = local
    while edge > 0 and "\u3400" <= text[edge - 1] <= "\u9fff" and local - edge <= 4:
        edge -= 1
    if not 2 <= local - edge <= 4 or (edge > 0 and "\u3400" <= text[edge - 1] <= "\u9fff" and not any(b == offset + edge for _, b in blocked)):
        return start  # no clause edge within four characters: the name starts where the words said
    if text[edge] in _BRAND_BREAKERS or _NOUN_JOINER in text[edge:local]:
        return start  # (环境、社会及公司治理: 及 joins two nouns before the ending, no brand holds it, unlike the 和 of 蓉和)
    lex = lexicons()
    first = tokens.index_at(offset + edge)
    if first is None or tokens[first].start != offset + edge:
        return start
    left = None
    for token in tokens[first:tokens.index_at(start)]:
        if lex.cues.get(token.word, "follow") != "follow" or token.word in lex.roles or (token.word in lex.places and token.start != offset + edge) or (len(token.word) > 1 and token.word in _STOP_WORDS) or (token.pos.startswith(_BRAND_BREAKING_POS) and token.word not in lex.org_name_verbs and token.pos not in _BOUND_CHARACTER_TAGS):
            return start
        if token.pos == "c" and left is not None and ((left.pos == "nr" and len(left.word) > 1) or (left.pos == "ns" and left.word[-1] in _LEVEL_CHARS)):
            # 、甲乙丙|和|某某置业有限公司, 、某区|和|杭州某集团有限公司: a person's name, or a place written with its level word, before
            # the joiner ends a list, no brand (蓉|和|健康: one character; 某区|元|和|医院: a place's own 和)
            return start
        left = token
    return offset + edge


_SUBUNIT_QUALIFIERS = frozenset(word_class("subunit_qualifier"))  # data/lexicons/word_classes.tsv
# 分会, 分中心: the endings that open with what a branch's ending opens with (word_classes.tsv branch_prefix)
NAMED_BRANCH_ENDINGS = frozenset(s for s in lexicons().org_suffixes if s.startswith(tuple(word_class("branch_prefix"))))
_BRANCH_NAME_POS = ("n", "t", "j")  # a branch's own word: a noun, or a place the segmenter tags a time word or an abbreviation


_TOWN_UNITS = frozenset(word_class("town_unit"))  # 镇, 乡, 村: one character each (data/lexicons/word_classes.tsv)
_TOWN_UNIT_TUPLE = tuple(_TOWN_UNITS)  # for str.startswith, made once
_TOWN_UNIT_WRITTEN = re.compile(alternation(_TOWN_UNITS))  # any of them written (a search: no generator and cells per ending)
_LOCALITY_WORDS = frozenset(word_class("locality_unit"))  # 街道, 社区 (data/lexicons/word_classes.tsv)


# 区, 县, 镇, 乡, 街道: the level words after a locality's own name (data/lexicons/word_classes.tsv)
_LOCALITY_UNITS = tuple(word_class("locality_level_word"))
_LOCALITY_UNIT_CHARS = frozenset(unit[0] for unit in _LOCALITY_UNITS)  # a set test on a name's first characters
_HIGHER_LEVELS = tuple(word_class("level_char"))
_LOCALITY_DIRECTION_CHARS = frozenset(word_class("locality_direction_char"))  # a place's own name may hold one (上坞村, 廊下镇)
_NOT_IN_LOCALITY_POS = ("v", "p", "c", "u", "r", "m", "q", "t", "f", "x", "y", "e", "o", "w")


def _locality_start(text: str, offset: int, tokens: list[Token], start: int, blocked: list[tuple[int, int]]) -> int:
    """青沚区慈善协会, 平湖市新荡镇慈善工作站, 正西路街道: a locality's own name of two or three characters before its
    level word, which the places lexicon does not know (a district renamed or new) and the segmenter splits into
    single characters or reads as an adverb, so the name's words stopped at it. The name runs back over it where a
    clause edge, a one-character preposition or a place of a higher level (南通市|海门|区) stands before it; a word of
    the clause (今年, 推进, 各) there keeps the name where it was."""
    local = start - offset
    if tokens.starting(start) is None:
        return start  # 大会由|区慈善总会: the level word glued to a particle before it (由区) starts no locality
    lex = lexicons()
    for length in (2, 3):
        for unit_at in range(0, length):
            if not text.startswith(_LOCALITY_UNITS, local + unit_at) or not _unit_token(tokens, start + unit_at):
                continue
            begin = local - (length - unit_at)
            if begin < 0 or not all("\u3400" <= ch <= "\u9fff" for ch in text[begin:local]):
                continue
            first = tokens.starting(offset + begin)
            if first is None or _inside(offset + begin, start, blocked):
                continue
            index = tokens.index(first)
            run = tokens[index:tokens.index_at(start)]
            run_ok = True
            for token, after in zip(run, tokens[index + 1:]):
                if (after.start < start + unit_at and _counted_name_word(token, after)) or (token.pos[:1] == "v" and len(token.word) == 1):
                    continue  # 米|市巷|街道, 三里|庵|街道: a name's character the segmenter reads as a measure word or a number
                if token.pos == "f" and token.word in _LOCALITY_DIRECTION_CHARS:
                    continue  # 在|上|坞村, 在|廊|下|镇南塘村: a direction character of a village's or a town's own name (上坞, 廊下), no locative
                if token.pos.startswith(_NOT_IN_LOCALITY_POS) or token.word in lex.roles or (len(token.word) > 1 and (token.word in _STOP_WORDS or token.word in lex.cues)):
                    run_ok = False
                    break
            if not run_ok:
                continue
            if index == 0 or not "\u3400" <= text[begin - 1] <= "\u9fff":
                return offset + begin
            left = tokens[index - 1]
            if len(left.word) == 1 and left.pos[:1] in "pc":
                return offset + begin  # 在|海门|区
            if left.word.endswith(_HIGHER_LEVELS) and (left.pos == "ns" or left.word in lex.places):
                return left.start  # 南通市|海门|区慈善协会, 平湖市|新|埭|镇: the place it lies in opens the name
    return start


_COUNTER_CHARS = tuple(word_class("counter_char"))  # 个, 家, 名: a count's measure word (data/lexicons/word_classes.tsv)


def _counted_name_word(token: Token, after: Token) -> bool:
    """A word of a locality's own name that the segmenter tags a measure word or a number (米|市巷, 三里|庵): Chinese
    characters, no count's measure word at its end (五个|街道), before a word of the name that is neither (`after`, a
    word before the level word: not 两|街道, 少数|县级)."""
    return (
        token.pos[:1] in "mq" and HAN_WORD.fullmatch(token.word) is not None and not token.word.endswith(_COUNTER_CHARS)
        and after.pos[:1] not in "mq"
    )


_TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{2}(?:" + alternation(_TOWN_UNITS) + ")$")


def _county_before_locality(text: str, offset: int, tokens: list[Token], start: int, blocked: list[tuple[int, int]]) -> int:
    """徐州市铜山区三座村党总支, 安州区花荄镇社会事务办, 青浦区金泽镇淀西村党总支: a town's or village's own name of two
    characters the segmenter split at a rare character (花|荄, 淀|西村) or read as a count (三座), so the name's words
    stopped inside it; where a county written in full or a town of two characters (金泽镇) stands right before those
    two characters, the name runs back to it and the county, city or province written before it. A count or a word
    for which of them (两个村, 各村) is no name."""
    local = start - offset
    unit = local if text[local] in _TOWN_UNITS else local + 1
    own = unit - 2
    if own < 0 or not HAN_WORD.fullmatch(text[own:unit]) or text[unit - 1] == _COUNT_MEASURE:
        return start
    if text[own] in _LOCALITY_DIRECTION_CHARS and _direction_opens_village(text, tokens, offset, own) and not _inside(offset + own, start, blocked):
        return offset + own  # 在|上|塘村小学 (also opening the sentence): a village's own name opening with a direction character, after a preposition
    if own < 3:
        return start
    for token in tokens[tokens.index_at(offset + own - 3):tokens.index_at(start)]:
        if token.start >= offset + own - 3 and token.pos[:1] in "rcpuq":
            return start  # 各村, 和村: a determiner or a function word, no village's own name
    places = lexicons().places
    edge = own
    town = _TOWN_NAME.match(text, own - 3, own)
    if town is not None and text[own - 3] not in _TOWN_UNITS and tokens.starting(offset + own - 3) is not None:
        edge = own - 3  # 金泽镇|淀西村: the town the village lies in (after its county, if the page writes one)
    county = next((n for n in (4, 3) if text[edge - n:edge] in places and places[text[edge - n:edge]].level == "county"), 0)
    if (not county and edge == own) or (county and tokens.starting(offset + edge - county) is None):
        return start  # (开|全镇, 召|开全镇: no word starts the would-be town or county)
    edge -= county
    while (higher := next((n for n in (4, 3) if edge >= n and text[edge - n:edge] in places and places[text[edge - n:edge]].level != "county"), 0)):
        edge -= higher  # 徐州市|铜山区: the city written before the county opens the name
    if _inside(offset + edge, start, blocked):
        return start
    return offset + edge


def _direction_opens_village(text: str, tokens: list[Token], offset: int, own: int) -> bool:
    """上|塘村, 下|坞村: the segmenter read a village's first character, a direction, as a locative word (在上, 到下) and
    the rest with its 村 as one place; the name opens with it where a one-character preposition or a clause edge
    stands right before it."""
    first = tokens.starting(offset + own)
    if first is None or first.pos != "f" or first.word not in _LOCALITY_DIRECTION_CHARS:
        return False
    if own == 0 or not "\u3400" <= text[own - 1] <= "\u9fff":
        return True
    left = tokens[tokens.index(first) - 1]
    return len(left.word) == 1 and left.pos[:1] in "pc"


def _unit_token(tokens: list[Token], position: int) -> bool:
    """A level word at `position` that is a word of its own (海门|区), or ends a two-character place the segmenter
    read whole (新|丰镇); not one inside a word (自治区)."""
    if tokens.starting(position) is not None:
        return True
    index = tokens.index_at(position)
    return index is not None and tokens[index].pos == "ns" and len(tokens[index].word) == 2 and tokens[index].end == position + 1


def _title_holds_no_post(text: str, index: int) -> bool:
    """The title at `index` is one of those that hold no post (代表, 嘉宾: scope none in data/lexicons/roles.tsv)."""
    title = _role_pattern().match(text, index)
    return title is None or lexicons().roles.get(title.group()) == "none"


def _town_name(tokens: list[Token], index: int, lex) -> bool:
    """The token at index is a town's name of one to three characters: 镇/乡 follows it and a place precedes it."""
    token = tokens[index]
    if index < 1 or index + 1 >= len(tokens) or not tokens[index + 1].word.startswith(_TOWN_UNIT_TUPLE):
        return False
    left = tokens[index - 1]
    return len(token.word) <= 3 and HAN_WORD.fullmatch(token.word) is not None and (left.pos == "ns" or left.word in lex.places)


_GLUED_TOWN_WORDS = ("村镇",)  # the one word ending in a town unit that opens with a village's 村
_NOT_TOWN_LEADS = frozenset(word_class("leading_particle") + word_class("level_char") + word_class("not_town_lead"))  # word_classes.tsv
_NOT_TOWN_POS = ("p", "c", "u", "r", "d", "m", "q", "f", "v", "x")


def _town_at_edge(tokens: list[Token], index: int) -> bool:
    """A town's or village's name (or its 村/镇 itself) at the edge of a list item or after the town it lies in:
    the name of 1-3 characters before 镇/乡/村, with punctuation, the start, or a town before it."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.word in _TOWN_UNITS:
        return index > 0 and _town_at_edge(tokens, index - 1) if following is not None and following.word not in _TOWN_UNITS else False
    if following is None or following.word not in _TOWN_UNITS or not 1 <= len(token.word) <= 3 or token.pos.startswith(_NOT_TOWN_POS):
        return False
    if HAN_WORD.fullmatch(token.word) is None or token.word in _STOP_WORDS:
        return False
    left = tokens[index - 1] if index else None
    return left is None or not "\u3400" <= left.word[-1] <= "\u9fff" or left.word.endswith(_TOWN_UNIT_TUPLE)


def _verb_read_town(tokens: list[Token], index: int) -> bool:
    """A town's two-character name the segmenter reads as a verb (深渡|镇, 临渡|乡) at the clause's start, right before 镇 or
    乡: nothing before it can be the verb's subject, so the word names the town."""
    token = tokens[index]
    if len(token.word) != 2 or token.pos != "v" or HAN_WORD.fullmatch(token.word) is None or index + 1 >= len(tokens) or tokens[index + 1].word not in _TOWN_UNITS:
        return False
    return index == 0 or not "\u3400" <= tokens[index - 1].word[-1] <= "\u9fff"


def _split_town_at_edge(tokens: list[Token], index: int) -> bool:
    """A town's or village's three-character name the segmenter split into a word it reads as a verb or adverb and one
    character (某望|坪|村), or a two-character one split into a conjunction and one character (和|孚|镇), at the clause's
    start: the whole is the name."""
    token = tokens[index]
    if index < 1 or len(token.word) != 1 or HAN_WORD.fullmatch(token.word) is None or index + 1 >= len(tokens) or tokens[index + 1].word not in _TOWN_UNITS:
        return False
    left = tokens[index - 1]
    # (，和|孚|镇人民政府: a two-character name whose first character the segmenter read as a conjunction, which opens no clause)
    joined = len(left.word) == 1 and left.pos == "c" and HAN_WORD.fullmatch(left.word) is not None
    if not joined and (len(left.word) != 2 or HAN_WORD.fullmatch(left.word) is None or _word_reading(left.word, left.pos) is not _STOPS_UNLESS_AFTER_PLACE):
        return False
    return index == 1 or not "\u3400" <= tokens[index - 2].word[-1] <= "\u9fff"


def _village_after_town(tokens: list[Token], index: int) -> bool:
    """A village's name opening with a locality character (上河湾村, 下沙村) right after its town or at a list item's edge:
    the segmenter reads 某镇|上|河湾|村 as 镇上 plus a name, but a town's word or punctuation before the character ends
    what stands before the village."""
    token = tokens[index]
    if index < 1 or token.word in _TOWN_UNITS or not 1 <= len(token.word) <= 2 or HAN_WORD.fullmatch(token.word) is None:
        return False
    lead = tokens[index - 1]
    if len(lead.word) != 1 or lead.pos != "f":
        return False
    before = tokens[index - 2].word if index > 1 else ""
    return not before or not "\u3400" <= before[-1] <= "\u9fff" or before.endswith(_TOWN_UNIT_TUPLE)


def _opens_with_body_word(name: str, endings: dict[str, str]) -> bool:
    """Whether a unit's name opens with a body's bare word (联盟秘书处, 基金会项目部): its own parent's short form."""
    return name[:2] in endings or name[:3] in endings


_CLAUSE_BREAKS = re.compile("[。；;：:]")  # what ends the list a unit's parent is looked for in
_HOSPITAL_UNITS = tuple(word_class("hospital_unit_ending"))  # 心内科, 护理部, 医务处 (data/lexicons/word_classes.tsv)
_SCHOOL_UNITS = tuple(word_class("school_unit_ending"))  # 系, 教研室 (data/lexicons/word_classes.tsv)
_HOSPITAL_TYPES = ("hospital",)
_SCHOOL_TYPES = ("university", "school")


def _unit_parent_kinds(name: str) -> tuple[str, ...] | None:
    """The kinds of body a bare unit can belong to, where its ending says (a hospital's 心内科 or 护理部, a school's 系);
    None where any body may hold it (办公室, 财务处)."""
    if name.endswith(_HOSPITAL_UNITS):
        return _HOSPITAL_TYPES
    if name.endswith(_SCHOOL_UNITS):
        return _SCHOOL_TYPES
    return None


def _list_parent(found: list[Mention], text: str, offset: int, start: int, suffix: str, name: str = "") -> Mention | None:
    """The organization of the list item before a bare sub-unit (甲会秘书长张三、项目部部长李四); where that item's
    organization is itself a unit written after its body (某局某处处长甲、人事处副处长乙, 某局办公室副主任、财务处处长),
    the body that unit belongs to: the bare unit is its sibling."""
    local = start - offset
    if local < 1 or text[local - 1] != "、" or not found or text[local:local + 1] in _STATIONING_VERBS:
        return None  # (某厅党组成员、驻厅纪检监察组组长: a unit stationed in the body is no sub-unit of it)
    parent = max(found, key=lambda m: m.end)
    between = text[parent.end - offset:local - 1]
    if parent.end > start or any(ch in between for ch in "，,。；;：:") or len(between) > 12 or "joined_to" in parent.info:
        return None
    if not _role_pattern().match(between):
        return None
    unit = parent.info.get("suffix")
    inner = [m for m in found if parent.start <= m.start and m.end < parent.end and m.info.get("suffix") != unit]
    # 某局某处处长甲、人事处副处长乙, 某局办公室副主任、财务处处长: the 处 is the 局's, not the other unit's
    chosen = max(inner, key=lambda m: m.end) if inner else parent
    if chosen is not parent and unit and unit[-1] == "部" and chosen.info.get("suffix", "")[-1:] == "委":
        chosen = parent  # 某市委统战部副部长甲、联络科科长乙: the 科 is the party department's, not its committee's
    fits = _unit_parent_kinds(name) if name else None
    if fits is None or chosen.info.get("type") in fits:
        return chosen
    # 某大学党委书记甲、某局局长乙、社会工作系主任丙, 某医院院长甲、某局局长乙、心内科主任丙: a unit of a kind only one kind of
    # body has (a university's 系, a hospital's 心内科) belongs to the last body of that kind the list named, not to the item
    # right before it; with none, to no body named here
    for mention in sorted(found, key=lambda m: m.end, reverse=True):
        if mention.end <= start and mention.info.get("type") in fits and "joined_to" not in mention.info and not _CLAUSE_BREAKS.search(text, mention.end - offset, local):
            return mention
    return None


_COUNCILS = frozenset(lexicons().councils)  # data/lexicons/councils.txt
# 社区, 村, 街道 and every organization ending: what may stand before a term opening a committee's name (data/lexicons)
_TERM_HOLDERS = LOCALITY_OR_TOWN_WORDS + _ORG_ENDINGS


def _committee_before(found: list[Mention], text: str, offset: int, start: int, suffix: str) -> Mention | None:
    """The party committee of `委常委、` right before a bare department ending (市委常委、宣传部部长), or of `委副书记、`
    before a bare party department (市委副书记、政法委书记; not 镇党委副书记、人大主席: the town's congress)."""
    local = start - offset
    before = text[max(0, local - 4):local]
    if before[-3:] == "常委、":
        title = 3
    elif before == "副书记、" and suffix.endswith(_PARTY_BODY_ENDINGS):
        title = 4
    else:
        return None
    committee = next((m for m in found if m.end == start - title and m.text.endswith("委")), None)
    # (市委常委、市委秘书长: the committee named again after its member's title is itself, no department of it)
    return None if committee is not None and committee.text.endswith(suffix) else committee


_PREFECTURE_OFFICE, _PREFECTURE_COMMITTEE, _PREFECTURE_WORD = "行署", "地委", "地区"  # a 地区's 行政公署 and its party committee


def _prefecture_before(found: list[Mention], text: str, offset: int, start: int) -> str:
    """阿克苏地委委员、行署副专员, 某地委副书记，行署专员: the prefecture (阿克苏) of the 地委 the title chain named right before a
    bare 行署 (one or two titles and a 、 or ， between), whose 行署 it is; "" where no 地委 was named there."""
    for mention in reversed(found):
        if mention.end <= start and mention.text.endswith(_PREFECTURE_COMMITTEE) and len(mention.text) > len(_PREFECTURE_COMMITTEE):
            between = text[mention.end - offset:start - offset]
            if len(between) <= 8 and between[-1:] in "、，," and not any(ch in between[:-1] for ch in "，,。；;：:"):
                return mention.text[:-len(_PREFECTURE_COMMITTEE)]
            return ""
    return ""


def _after_level_list(text: str, local: int, name: str) -> bool:
    """市、县慈善会, 各市(县)、区民政局, 各县（市）区慈善总会, 各设区市民政局, 16市慈善总会, 八个设区市慈善总会, 各县市区慈善会:
    a short name whose level word closes a list of level words (or opens a run of them), or follows a kind (设区, 地级) or a
    count of places: a group of bodies."""
    if name[:1] not in _LEVEL_OPENERS or local < 1:
        return False
    if name[1:2] in _LEVEL_CHARS and not name.startswith(_LEVEL_LED_WORDS, 1):
        return True  # 县市区慈善会, 县区民政局: level words in a row name every body of those levels (not 区|市场监管局, 市|市政园林局)
    before = text[local - 1]
    if text.endswith(_DEPUTY_GROUP_WORDS, 0, local):
        return True  # 部分市慈善总会, 各级县慈善会: a group word before a level's short form names some bodies of that level
    if name[:1] in _PREFECTURE_CHARS:
        return before in _LEVEL_CHARS  # 各市州民政局: a prefecture's level word after a city's, every body of both levels
    if before in ")）" and local >= 2 and text[local - 2] in _LEVEL_CHARS:
        return True  # 各县（市）区: the bracket closes a level word of the list
    if before in "、和及" and local >= 2:
        if text[local - 2] in _LEVEL_CHARS:
            # (a lone level word: 市、县慈善会, 各市和县民政局; not the last character of a word, 某社区及|区委统战部)
            lead = text[local - 3] if local >= 3 else ""
            return not "\u3400" <= lead <= "\u9fff" or lead in _LEVEL_CHARS or lead in _LEVEL_KIND_ENDS or lead in _LEVEL_LIST_LEADS or (
                text.endswith(_DEPUTY_GROUP_WORDS, 0, local - 2))  # (部分市、县慈善会)
        return text[local - 2] in ")）" and local >= 3 and text[local - 3] in _LEVEL_CHARS
    return before in _LEVEL_KIND_ENDS and _LEVEL_KIND.search(text, max(0, local - 6), local) is not None


_LEAGUE_COMMITTEE = re.compile(r"[省市区县]委(?:员会)?$")  # 团某市委, 团某县委员会: the league's committee, no other body after 团
_LEVEL_LIST_LEADS = frozenset("各全每和及与")  # 各市和县, 全市、县, 和市、县: a group word or a link before a list's first level word
_LEVEL_LED_WORDS = tuple(word_class("level_led_word"))  # 市场, 市政: words opening with a level character (data/lexicons/word_classes.tsv)
# 设区市, 地级市, 县级市 and 16市, 三个设区市: what before a level word makes it a kind or a count of places
_LEVEL_KIND = re.compile(r"(?:设区的?|地级|县级|[0-9０-９]+|[一二三四五六七八九十两几多]+个?)$")  # (设区的市人大常委会)
_LEVEL_KIND_ENDS = "区级个的0123456789０１２３４５６７８９一二三四五六七八九十两几多"


def _short_name_title_after(ending: str, text: str, index: int) -> bool:
    """A company title after a trade word (机电董事长); a title held in an organization after a
    locality unit (街道党工委书记, 社区主任)."""
    if _SHORT_ENDINGS[ending] == "company":
        return text.startswith(_COMPANY_TITLES, index)
    title = _role_pattern().match(text, index)
    if title is None and text[index:index + 1].isspace():
        # 序号　姓名　单位　职务: a row's unit cell (某县某街道) with the title in the next cell, ending the row
        gap = _CELL_GAP.match(text, index)
        title = _role_pattern().match(text, gap.end()) if gap is not None else None
        if title is not None and text[title.end():].strip():
            return False
    return title is not None and lexicons().roles[title.group()] == "org"


_CELL_GAP = re.compile(r"[ \t\u3000]+")  # the run of spaces between a table row's cells


def _parent_before_qualifier(tokens: list[Token], index: int, blocked: list[tuple[int, int]], lex, sub_unit: bool = False, branch: bool = False) -> int | None:
    """The index of a parent body's ending (…红十字会), of a place's brand (某市红十字) or of the place a body's unit is
    named by (某会滨湖), right before one or two words that say what a sub-unit does (救护, 应急 救护 培训中心), or None:
    such verbs stop a name elsewhere (接收, 共建).
    Before a department ending (处, 部: 省委社会工作部社会组织工作处) any three plain words may stand there; before a
    branch's ending (分会) the one word that names the branch (某会|黎里|分会: a town the segmenter tags a time word)."""
    cursor = index
    while cursor >= 0 and index - cursor < (3 if sub_unit else 2):
        token = tokens[cursor]
        word = token.word
        plain = (sub_unit or (branch and cursor == index and 2 <= len(word) <= 3 and token.pos[:1] in _BRANCH_NAME_POS)) and HAN.match(word) and (
            word not in _STOP_WORDS and word not in lex.cues and word not in lex.roles and (branch or not token.pos.startswith(_STOP_POS)))
        if word not in _SUBUNIT_QUALIFIERS and not plain and not (
                sub_unit and cursor < index and tokens[cursor + 1].word in _SUBUNIT_QUALIFIERS and _ORDINAL.fullmatch(word)):
            return None  # (某检察院|第七|检察|部: a numbered unit's ordinal before what the unit does)
        if _inside(token.start, token.end, blocked):
            return None
        left = tokens[cursor - 1] if cursor else None
        if left is not None and len(left.word) >= 2 and left.word.endswith(ORG_ENDINGS_BY_LAST_TWO.get(left.word[-2:], ())):
            return cursor - 1
        if left is not None and left.pos in ("nz", "ns") and cursor > 1 and (
                tokens[cursor - 2].pos == "ns" if left.pos == "nz" else tokens[cursor - 2].word.endswith(_LONG_ORG_ENDINGS)):
            # 某市|红十字|应急|救护|培训中心: the qualifiers after a brand the segmenter knows, after its place;
            # 某市红十字会|滨湖|应急|救护|培训中心: after the place a body's unit is named by, after the body
            return cursor - 1
        cursor -= 1
    return None


def _town_before_glue(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] (梅林, 湖塘) is a town's own name before a 镇长 glued across its 镇: a place, or a noun or name of
    two characters at a clause's edge."""
    token = tokens[index]
    if token.pos == "ns":
        return True
    return token.pos in _SPLIT_BODY_NAME_TAGS and token.end - token.start == 2 and (index == 0 or HAN.match(tokens[index - 1].word) is None)


_TITLE_CLOSE = "》"
_PERIODICAL_ENDINGS = frozenset(word_class("periodical_body_ending"))  # 杂志社: a periodical's publisher (data/lexicons/word_classes.tsv)
_PERIODICAL_TITLE = 12  # the characters a periodical's title holds at most between its marks


def _periodical_title(text: str, close: int) -> int:
    """Where the 《 of the title that `close` (its 》) ends opens, with two to twelve characters and no mark between; else -1."""
    opened = text.rfind("《", max(0, close - _PERIODICAL_TITLE - 1), close)
    return opened if opened >= 0 and close - opened > 2 and _TITLE_CLOSE not in text[opened:close] else -1


_ZONE_CHAR = "区"
_ZONE_LEADS = frozenset(word_class("zone_lead"))  # 集聚, 示范: before 区, a development zone's kind, no place's level (word_classes.tsv)
_TOWN_HEAD_GLUES = frozenset(word_class("town_head_glue"))  # 镇长, 乡长: a town's unit and a village's first character (word_classes.tsv)
_HEAD_STOP_TAGS = ("p", "c", "u", "r", "d", "m", "e", "y", "o", "x", "f", "t")  # a word of the clause, no head of a place's name


def _cut_off_head(tokens: list[Token], index: int, lex) -> bool:
    """Whether tokens[index] (长株, the first 某 of 某|某|大学) is the head of a name whose last character the segmenter cut off and made the name's
    first word (长株|潭|城市群慈善联盟, 向|某|某|大学教育发展基金会): one or two Han characters at a clause's edge (punctuation,
    the sentence's start or a preposition before it), no stop word, title, cue or count, and no verb of two characters
    (支持|恒|…: a clause's verb before a brand's character)."""
    token, first = tokens[index], tokens[index + 1]
    word = first.word
    if word in _LEVEL_CHARS or word in _TOWN_UNITS or HAN.match(word) is None or word in _STOP_WORDS:
        return False
    word = token.word
    if not 1 <= len(word) <= 2 or HAN_WORD.fullmatch(word) is None or token.pos.startswith(_HEAD_STOP_TAGS) or (token.pos[:1] == "v" and len(word) > 1):
        return False
    if word in _STOP_WORDS or word in lex.roles or word in lex.cues or not _COUNT_CHARS.isdisjoint(word) or word in _LEVEL_CHARS:
        return False
    if index == 0:
        return True
    left = tokens[index - 1]
    return HAN.match(left.word) is None or (len(left.word) == 1 and left.pos == "p")


_BRAND_HEAD_LOCALIZERS = frozenset(word_class("brand_head_localizer"))  # 中, 东: a localizer no noun precedes opens a brand
_COMMUNITY_PARENTS = frozenset(word_class("community_parent_unit"))  # 街道, 镇: the unit a community's or a village's name follows
_COMMUNITY_WORDS = ("社区", "村", "居委会")  # what a community's or a village's own name stands before
_NAME_TAIL_TAGS = ("nr", "ns", "nz")  # 安康/nr, 山河/ns: the rest of a brand the segmenter read as a name or a place
_SPLIT_HEAD_TAGS = ("f", "v")  # 中/f, 映/v: the tags of a brand's first character cut off (_split_brand_head)


def _split_brand_head(tokens: list[Token], index: int, lex) -> bool:
    """Whether tokens[index] is the first character of a body's own name the segmenter cut off because the rest reads as a
    person's or a place's name (中|安康|泰财产保险…公司, 映|山河|社区): one Han character, no stop word, title or cue, before a
    word of two or more characters tagged a name or a place, and either a localizer no noun stands before (the clause's
    start, punctuation: a localizer follows its noun, so at the clause's edge it opens a name) or a one-character verb
    right after the street or town a community or village belongs to (某街道|映|山河|社区: a street's unit is no subject
    that acts on the community) or at a list item's edge before the community's post (，映|山河|社区|党委书记某).
    前 and 后 open no brand: 前|某公司总经理 is a former post; 中 is a stop word elsewhere (活动|中), not at a clause's edge."""
    token, right = tokens[index], tokens[index + 1]
    word = token.word
    if len(word) != 1 or len(right.word) < 2 or right.pos not in _NAME_TAIL_TAGS:
        return False
    left = tokens[index - 1] if index else None
    if token.pos == "f" and word in _BRAND_HEAD_LOCALIZERS:  # (中 is a stop word elsewhere: 活动|中)
        return left is None or HAN.match(left.word) is None
    if token.pos != "v" or HAN.match(word) is None or word in _STOP_WORDS or word in lex.roles or word in lex.cues:
        return False
    if index + 2 >= len(tokens) or not tokens[index + 2].word.startswith(_COMMUNITY_WORDS):
        return False
    if left is not None and left.word in _COMMUNITY_PARENTS:
        return True
    # ，映|山河|社区|党委书记…: at a list item's edge, a community whose post follows it (no clause acts on a community's post)
    return (left is None or HAN.match(left.word) is None) and index + 3 < len(tokens) and lex.roles.get(tokens[index + 3].word, "none") != "none"


_SPLIT_BODY_CHAR = "会"  # the one-character ending of a body's name (仁爱会, 街坊会) the segmenter reads as the verb 会
_SPLIT_BODY_NAME_TAGS = ("n", "nr", "nz")  # 街坊/n, 关怀/nr: the word the segmenter read before it, a noun or a guessed name


def _names_a_body_before(token: Token, lex) -> bool:
    """Whether `token` (街坊, 关怀) is the word of a body's own name before a 会 the segmenter read as a verb: two or three
    Han characters tagged a noun or a name, no stop word, title, cue nor a body's or a gathering's ending (总会|会, 大会|会)."""
    word = token.word
    return (2 <= len(word) <= 3 and token.pos in _SPLIT_BODY_NAME_TAGS and HAN_WORD.fullmatch(word) is not None and word not in _STOP_WORDS
            and word not in lex.roles and word not in lex.cues and word not in _GATHERING_WORDS and not word.endswith(_ORG_ENDINGS))


def _joins_two_bodies(tokens: list[Token], index: int, lex) -> bool:
    """Whether tokens[index] is a verb (联合, 会同, 携手) standing between a body's ending and a place: the place
    starts a second name, the verb is no part of either (a name's own verb, 中国联合…, follows no ending)."""
    token = tokens[index]
    if not token.pos.startswith("v") or index == 0 or index + 1 >= len(tokens):
        return False
    right = tokens[index + 1]
    left = tokens[index - 1].word
    # (某街道某社区|联合|某区慈善总会: a locality's unit ends the first name as a body's ending does)
    # (某会|联合|团区委: a short form at its level word starts the second name as a place does)
    head = right.word[1:] if right.word[:1] in _NAME_PREFIX_SHORTS else right.word
    return (left.endswith(ORG_ENDINGS_BY_LAST_TWO.get(left[-2:], ())) or left in _LOCALITY_WORDS) and (
        right.pos == "ns" or (right.pos == _INSTITUTION_TAG and (right.word[:2] in lex.places or right.word[:3] in lex.places)) or right.word in lex.places or (head[:1] in _LEVEL_WORDS and head[1:2] in _AFTER_LEVEL_OPENING) or (
            index + 2 < len(tokens) and tokens[index + 2].word in _LOCALITY_WORDS))  # (某会|联合|安徽某某大学|nt, 某站|联合|某某|街道…)


# every ending, and the sub-units' endings of two characters or more (某会党支部与某公司: 党支部 ends the first name)
_NAME_ENDS = _ORG_ENDINGS + tuple(s for s in lexicons().titled_org_suffixes if len(s) >= 2)


_NAME_CONJUNCTIONS = frozenset("和与及同")  # the conjunctions (one character each: a set test, no len call) a place's name may open with (和平, 与城, 及第, 同心)
_NOTHING_JOINED = frozenset(word_class("leading_particle")) | frozenset(("了", "的", "地", "着", "过"))  # what a conjunction never joins a name to


_PLACE_INITIALS = frozenset(word_class("place_initial"))  # 沪, 浙, 徽, 甬 (data/lexicons/word_classes.tsv)
_MERCHANT_CHAR = "商"  # 浙商, 甬商: a place's merchants
_HOME_PLACE_BODIES = tuple(word_class("home_place_body"))  # 商会, 同乡会, 联谊会 (word_classes.tsv)
_AWAY_MARKS = frozenset("在驻")  # (sets: an empty slice at the text's edge is in none)  # 在沪, 驻京: where a body of people from elsewhere meets


def _away_from_home_start(text: str, offset: int, start: int, end: int) -> int:
    """在沪温州商会, 在京台州商会, 驻杭宁波同乡会: a body of the people of one place (its home city, its chamber's or
    fellowship's ending) meeting in another, written with 在 or 驻 and the host's one-character short form, keeps both in
    its name (the walk stopped before them, or took the short form alone: 沪|宁波商会)."""
    local, local_end = start - offset, end - offset
    if not text.endswith(_HOME_PLACE_BODIES, local, local_end):
        return start
    if text[local - 1:local] in _PLACE_INITIALS and text[local - 2:local - 1] in _AWAY_MARKS and _place_at(text[local:local_end], 0):
        return start - 2  # 在沪|温州商会
    if text[local:local + 1] in _PLACE_INITIALS and text[local - 1:local] in _AWAY_MARKS and _place_at(text[local + 1:local_end], 0):
        return start - 1  # 在|沪宁波商会 (the segmenter's 沪宁)
    return start


def _conjunction_opens_name(tokens: list[Token], index: int) -> bool:
    """和平桥街道, 和睦社区, 同心县, 及第村: a conjunction right before a name that nothing before it could be joined to
    (the sentence's start, a mark, a particle, a verb's 了, another conjunction: 协会和和平桥街道) is the name's first
    character where it makes a word with the name's first character; 机构和社区 (和社 no word) and 某会和平湖市 (a body
    before it) stay two."""
    token, right = tokens[index], tokens[index + 1]
    if not rjieba.has_word(token.word + right.word[:1]):
        return False
    if index == 0:
        return True
    left = tokens[index - 1].word
    return HAN.match(left[-1]) is None or left in _NOTHING_JOINED


def _joins_inside_a_name(tokens: list[Token], index: int) -> bool:
    """和/与 inside one name joins two plain words (社会与政治); between two names it follows a
    name's ending or comes before a place (…代表处与上海…集团, 湖南师范大学与湖南省…, 某会党支部与某公司…)."""
    lex = lexicons()
    left, right = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
    if right is None or right.pos == "ns" or right.word in lex.places:
        return False
    if (right.pos == _INSTITUTION_TAG and (right.word[:2] in lex.places or right.word[:3] in lex.places)) or right.word.endswith(LOCALITY_OR_TOWN_WORDS) or (
            index + 2 < len(tokens) and tokens[index + 2].word in LOCALITY_OR_TOWN_WORDS):
        return False  # 某某|和|上海银行…支行, 某党建馆|和|某庄村…服务中心: a known institution opening with a place, or a locality, opens a second body
    head = right.word[1:] if right.word[:1] in _NAME_PREFIX_SHORTS else right.word
    if head[:1] in _LEVEL_WORDS and head[1:2] in _AFTER_LEVEL_OPENING:
        return False  # (某街道和|团区委, 某大学与|区委宣传部: a short form at its level word opens a second name)
    return not left.word.endswith(_NAME_ENDS)


_PERSON_BODY_JOINTS = frozenset(word_class("person_body_joint"))  # 作, 对, 向, 为, 与 (data/lexicons/word_classes.tsv)
_SURNAMES, _COMPOUND_SURNAMES = lexicons().surnames, lexicons().compound_surnames  # (opens_with_surname written out: no call per name)
_PERSON_TAG = "nr"  # the segmenter's tag of a person's name (徐某某市|nr: the level word glued to it)
_JOINT_WORD_TAGS = ("nr", "p")  # 季某作|nr, 时某与|p: a joint glued to the person's name, read as a name or a preposition


def _person_before_body(name: str, local: int, offset: int, tokens: list[Token], places: dict[str, Place]) -> int:
    """某甲作|联盟2026年度工作报告, 某乙对|基金会…给予肯定, 某丙为|某镇乡贤理事会揭牌, 免去某丁|县慈善总会秘书长职务: a
    person's name (a surname and one to three characters) the walk took before a body, joined to it by the verb or the
    preposition of the clause (作, 对, 向, 为, 与) or by the level word of the body's short form, where the segmenter's words
    say so: the joint ends a word that is the person's (季某作|nr), a preposition's (某与|p) or two characters after a
    person's word (柯建|nr 新作), and the level word a person's word (徐某某市|nr) or a word no dictionary holds after one
    (卜秋|nr 实县). The index where the body's own name starts; -1 where only its bare ending is left (a body the page names
    elsewhere); 0 where no person opens the name (合作|示范区, 成渝|地区, 张家港市: words of the name)."""
    first = None
    for size in (2, 3, 4):
        joint = name[size:size + 1]
        if (joint not in _PERSON_BODY_JOINTS and not (joint in _LEVEL_WORDS and size == 3)) or name[:size] in places or name[:size + 1] in places:
            continue
        at = offset + local + size
        glued = tokens[bisect_right(tokens.bounds, at) - 1]
        if glued.end != at + 1:
            continue
        if first is None:
            first = tokens[bisect_right(tokens.bounds, offset + local) - 1]
            if first.start != offset + local:
                return 0
        if joint in _PERSON_BODY_JOINTS:
            if not (glued.pos in _JOINT_WORD_TAGS or (len(glued.word) == 2 and first.pos == _PERSON_TAG and first.end == glued.start)):
                continue
            rest = name[size + 1:]
        else:
            if first.pos != _PERSON_TAG or not (glued is first or (first.end == glued.start and _guessed_word(glued.word))):
                continue
            rest = name[size:]
        if rest in lexicons().org_suffixes or rest in lexicons().titled_org_suffixes:
            return -1
        return len(name) - len(rest)
    return 0


def _joins_two_fields(tokens: list[Token], index: int) -> bool:
    """民政|及|青年事务局, 劳工|及|福利|事务局: 及 between two plain words of one bureau's or college's name, where the word after
    it is no place of the lexicon (the segmenter tags some field words as places) and the word before ends no name."""
    right = tokens[index + 1] if index + 1 < len(tokens) else None
    return right is not None and right.word not in lexicons().places and right.word[:1] not in _LEVEL_WORDS and not tokens[index - 1].word.endswith(_NAME_ENDS)


# 团区委, 区委宣传部, 市委, 区 (a lone level word): what after the level word (the league's 团 before it) opens a body's short
# form, a second name after 和 or a joining verb; not 市容 (绿化和|市容管理局), a word of one name
_AFTER_LEVEL_OPENING = ("", "委")


_SCHOOL_SELF_WORDS = frozenset(word_class("school_self_name"))  # 学校, 我校: the page's university before its unit
_SCHOOL_HALLS = frozenset(word_class("school_hall"))  # 大礼堂, 体育馆: a school's hall (data/lexicons/word_classes.tsv)


def _joined_start(tokens: list[Token], index: int, blocked: list[tuple[int, int]], end: int) -> int | None:
    """Where a name that has 和/与 inside it starts: the words left of the conjunction must
    lead back to a place or an institution (安徽大学社会与政治学院), or the university's word for itself
    (学校材料科学与工程学院, completed with the page's university); otherwise the 和 joins two separate
    things (省民政厅和市慈善总会) and the name starts after it."""
    lex = lexicons()
    start = None
    cursor = index - 1
    while cursor >= 0:
        token = tokens[cursor]
        left = tokens[cursor - 1] if cursor else None
        if end - token.start > 30 or _stops_name(token, blocked, left) and not _college_word(token, left):
            break
        start = token.start
        if token.word in _SCHOOL_SELF_WORDS:
            return start if cursor < index - 1 else None  # (学校和图书馆: right before 和, the word is one of two places)
        if token.word in _LEVEL_WORDS:
            return start  # 市|绿化|和|市容管理局: the level word of a short form opens it, as in the walk
        if left is not None and left.word[-2:] in TWO_CHAR_SCHOOL_ENDINGS:
            cursor -= 1  # 某工业大学|资源|与|环境工程学院: a college's first word that is also a county's (资源县) follows its university
            continue
        if token.word in lex.places or token.pos == "ns" or token.word.endswith(ORG_ENDINGS_BY_LAST_TWO.get(token.word[-2:], ())):
            while cursor > 0 and ((left := tokens[cursor - 1]).pos == "ns" or left.word in lex.places) and not _stops_name(left, blocked, None):
                cursor -= 1  # 无锡|某|和|纺织集团: the places before the brand's first word open the name too
                start = left.start
            return None if _person_after_title(tokens, cursor, index) else start
        cursor -= 1
    return None


def _person_after_title(tokens: list[Token], cursor: int, conjunction: int) -> bool:
    """会长|王|永年|与|某大学, 会长|濮阳|某某|与…: a one-character surname right before the word at `cursor`, or a compound
    surname that word is, opening two to four characters up to the conjunction (tokens[conjunction]) right after a person's
    title (ends_with_title): a title is followed by its holder, so those characters are a person's name (a given name or a
    compound surname that is also a place's), and no body's name is joined around the conjunction."""
    if len(tokens[cursor].word) == 1 and tokens[cursor].word in _SURNAMES_ONLY:
        pass  # 会长|荆|永年|与: the surname the segmenter read as a place opens the walk's start itself
    elif cursor and len(tokens[cursor - 1].word) == 1 and tokens[cursor - 1].word in _SURNAMES_ONLY:
        cursor -= 1
    elif tokens[cursor].word not in _COMPOUND_SURNAMES_ONLY:
        return False
    return cursor > 0 and 2 <= tokens[conjunction].start - tokens[cursor].start <= 4 and ends_with_title(tokens[cursor - 1].word)


_SURNAMES_ONLY = lexicons().surnames  # (a one-character surname the segmenter reads alone before a given name)
_COMPOUND_SURNAMES_ONLY = lexicons().compound_surnames  # 濮阳, 东方: compound surnames that are places' names too


def _college_word(token: Token, left: Token | None) -> bool:
    """某学院|生命|与|环境科学学院, 某大学|体育|科学学院, 某学院艺术与|设计|学院: a word the segmenter read as a verb right
    after a university's ending or a 与/和 is a word of its college's name (as one after a place opens a brand)."""
    return left is not None and (left.word[-2:] in TWO_CHAR_SCHOOL_ENDINGS or left.word in _AND_WORDS) and _word_reading(token.word, token.pos) is _STOPS_UNLESS_AFTER_PLACE


def _before_ordinal(tokens: list[Token], index: int) -> Token | None:
    """The token before the one at `index`, or before the ordinal there (某医科大学|第一|临床|医学院: a college numbered
    within its university)."""
    left = tokens[index - 1] if index else None
    if left is not None and index > 1 and left.pos == "m" and _ORDINAL.fullmatch(left.word):
        return tokens[index - 2]
    return left


_COLLEGE_ENDINGS = frozenset(word_class("college_ending"))  # 学院, 研究院, 研究所 (data/lexicons/word_classes.tsv)


def _stops_name(token: Token, blocked: list[tuple[int, int]], left: Token | None) -> bool:
    """Whether a token (with `left` the token before it) cannot belong to an organization name."""
    if token.word == "人" and left is not None and left.pos[:1] == "v":
        return True  # 监察|人|某省某律师事务所, 委托|人|某公司: a party's label, no word of the name after it
    if token.word[0] == "批" and left is not None and _ORDINAL.fullmatch(left.word):
        return False  # 第九|批援青|医疗队: jieba glues the 批 of a batch's ordinal to the word after it, inside the name
    if token.word in _PLACE_GROUP_WORDS and left is not None and left.pos == "ns":
        return False  # 南京|都市|圈|慈善联盟: the group of places a network is named after, no measure word
    if token.pos == "eng" and left is not None and left.pos == "ns" and _CORRIDOR_CODE.fullmatch(token.word):
        return False  # 长三角|G60|科创走廊…联盟: a corridor's or a highway's code after its region belongs to the name
    reading = _word_reading(token.word, token.pos)
    if reading is _STOPS:
        return True
    if reading is _STOPS_UNLESS_AFTER_PLACE:
        return not (left is not None and (left.pos == "ns" or left.word in lexicons().places or left.word in _LEVEL_WORDS))  # 县|教育|体育局
    return bool(blocked) and _inside(token.start, token.end, blocked)  # (no call where nothing is blocked)


_FORMER_CHAR = "原"  # 原 (former) written inside a body's name, after its parent or level
_BODY_OR_PLACE_TAGS = ("nt", "ns")  # the segmenter's tags of a body's name (国务院/nt) and a place's
_SITE_CHAR = "网"  # 台湾网, 新华网: the last character of a news site's name
_GRID_WORD = "电网"  # 国家电网, 南方电网: a power grid company, no site
_NAME_DATE_CHARS = frozenset(word_class("name_date_char"))  # 月, 日, 年 (data/lexicons/word_classes.tsv)
_RELATIVE_TIME_CHARS = frozenset(word_class("relative_time_char"))  # 今, 当, 每: 今年, 当日, 每月 are times, no name's words
_DATE_WORD_TAGS = ("m", "t", "q")  # the tags the segmenter gives 月 (m) and 日月 (t)


def _date_word_in_name(word: str) -> bool:
    """Whether a one- or two-character word the segmenter read as a date's (月, 日月) may be a name's: it holds a date's
    character and no numeral, and is no time relative to the page (今年, 当日, 年底)."""
    return 0 < len(word) <= 2 and not _NAME_DATE_CHARS.isdisjoint(word) and _RELATIVE_TIME_CHARS.isdisjoint(word) and all(
        "\u4e00" <= ch <= "\u9fff" and ch not in _GROUP_DIGITS and ch not in "〇零百千万" for ch in word)


_ROAD_WORDS = frozenset(word_class("road_word"))  # 路, 大道: a road a station or a community is named after (word_classes.tsv)
_CORRIDOR_CODE = re.compile(r"[A-Z]\d{1,3}")  # G60, S15: the code a corridor or a road is named by
_STOPS, _STOPS_UNLESS_AFTER_PLACE, _KEPT_UNLESS_BLOCKED = "stops", "stops unless after a place", "kept unless blocked"
# 社工, 律师: posts' words that also stand inside bodies' names (data/lexicons/word_classes.tsv)
_NAME_INNER_TITLES = ENDING_OPENING_TITLES | frozenset(word_class("body_opening_post"))


_IDIOM_TAG = "i"  # the segmenter's tag of an idiom


@lru_cache(maxsize=1 << 16)
def _word_reading(word: str, pos: str) -> str:
    """What _stops_name says of a token from its word and tag alone, read once per distinct word
    (a name's words recur across sentences and articles) instead of at every step leftwards."""
    lex = lexicons()
    if not HAN.search(word):
        return _STOPS
    if word in _STOP_WORDS or word in lex.cues or (lex.roles.get(word, "none") != "none" and word not in _NAME_INNER_TITLES):
        return _STOPS  # (not 医务社工部, 某社工事务所, 某市律师协会: a post's word that also stands inside bodies' names)
    if word[1:].endswith(_GLUED_ENDINGS) and not (pos == _IDIOM_TAG and rjieba.has_word(word)):  # ends with one of them and is longer than it
        return _STOPS  # 张三代表南昌市…, 李四为…: jieba glued the end of a name to 代表 or 为 (not 见义勇为, an idiom of
        # the dictionary that names a body's cause: 某市某区见义勇为协会)
    if word[1:].endswith(_GLUED_VERBS) and not rjieba.has_word(word):
        return _STOPS  # 甲任|研究院院长: a name glued to 任 is no word of the body's name (乙任研究院)
    if word in lex.org_name_prefixes:
        return _KEPT_UNLESS_BLOCKED  # 民进|某市委: a party's name before its committee, which jieba tags an adjective
    if pos[:1] in _MISREAD_PLACE_TAGS and _full_place_name(word):
        return _KEPT_UNLESS_BLOCKED  # 宕昌县|民政局: a county's full name the segmenter's dictionary tags a verb, no verb of a clause
    if pos.startswith(("v", "d", "a")) and word not in lex.org_name_verbs and len(word) == 2:
        # A trade name read as a verb, adverb or adjective stands right after a place
        # (上海汇申置业集团, 江苏鼎新信托有限责任公司): keep it.
        return _STOPS_UNLESS_AFTER_PLACE
    if pos == "x" and HAN_WORD.fullmatch(word):
        return _KEPT_UNLESS_BLOCKED  # 江苏金|阊|信托, 安徽|天翀|信托: Han characters the segmenter does not know are a brand's rare ones, no punctuation
    if pos.startswith(_STOP_POS) and word not in lex.places and not _ORDINAL.fullmatch(word) and word not in _AGE_WORDS and word not in _NUMERAL_TAGGED:
        return _STOPS  # but 南昌市第一医院 keeps its ordinal
    if pos == "v" and word not in lex.org_name_verbs:
        return _STOPS_UNLESS_AFTER_PLACE
    return _KEPT_UNLESS_BLOCKED


_FULL_PLACE_NAMES = frozenset(name for name, place in lexicons().places.items() if place.name == name and len(name) > 2)
_MISREAD_PLACE_TAGS = frozenset("vda")  # the tags the segmenter's dictionary gives some places' full names (宕昌县/v)


def _full_place_name(word: str) -> bool:
    """A place's full name (宕昌县, not its short name 宕昌): a word whose tag says nothing of what it is (read once per
    distinct word, through the cached readings)."""
    return word in _FULL_PLACE_NAMES


# What find_orgs' leftward walk asks of a token's word and tag alone, each a bit of the int _walk_reading gives
_TOWN_UNIT = 1  # a town unit (镇, 乡, 村 …: word_classes.tsv town_unit)
_OPENS_TOWN_UNIT = 1 << 1  # opens with one (镇党委): the word after a town's name
_GLUED_TOWN = 1 << 2  # 村镇 (_GLUED_TOWN_WORDS)
_TOWN_LEAD = 1 << 3  # one Han character that may name a town (no particle, level word or _NOT_TOWN_LEADS)
_GLUED_LEVEL = 1 << 4  # a particle glued to a level word (_glued_level)
_GLUED_PARTICLE = 1 << 5  # a particle glued to a name's first word (_glued_particle)
_LEVEL = 1 << 6  # a level word alone (省, 市, 县 …)
_OPENS_LEVEL = 1 << 7  # opens with a level character (县委)
_GROUP_COUNT_WORD = 1 << 8  # a count of a group of places (五, 十二)
_OPENS_GROUP_UNIT = 1 << 9  # opens with a level character or 地 (省区): what such a count stands before
_AND = 1 << 10  # 和, 与
_AND_WORDS = ("和", "与")  # the words joining two names of one body (某学院艺术与设计学院) or two bodies
_COUNCIL_ENDING = "议会"  # 某市议会 (Taiwan's city councils, org_suffixes.tsv)
_COUNCILLOR = "议员"  # 某市议会议员: the council's member after its name
_MEETING_FIRST_CHAR = "会"  # of 会议, which writes 议会 with the 会 after it
_INSTITUTION_TAG = "nt"  # the segmenter's tag of an institution's name it knows (上海银行, 安徽医科大学)
_UNIVERSITY_ENDING = "大学"  # before a college named after a person (某大学某某政府管理学院)
_FIELD_JOINT = "及"  # 民政及青年事务局, 会计及金融学院: two fields of one bureau or college (those endings only: elsewhere it lists bodies)
_VERB = 1 << 11  # tagged a verb
_TRADE_LEAD = 1 << 12  # two Han characters, no stop word: a brand before a trade word or locality unit
_SHORT_ENDING_WORD = 1 << 13  # a short name's ending (_SHORT_ENDINGS: 机电, 街道)
_MAY_STOP = 1 << 14  # _stops_name may stop the name here with no span blocked: its word reading is no plain keep, or 人
_PARTICLE_TAIL = 1 << 15  # a noun the segmenter glued a preposition to (中向, 内向, 专程到: word_classes.tsv trailing_particle)
_SPLIT_HEAD = 1 << 16  # one character tagged a localizer or a verb: a brand's first character the segmenter may cut off
_TRAILING_PARTICLES = "".join(word_class("trailing_particle"))


@lru_cache(maxsize=1 << 16)
def _walk_reading(word: str, pos: str) -> int:
    """Every word-only test of find_orgs' leftward walk, read once per distinct word and tag (a name's words recur
    across sentences and articles): the walk asked a dozen tests of each token at each step, two of them of the
    word to its right again."""
    single = len(word) == 1
    tests = (
        (_TOWN_UNIT, word in _TOWN_UNITS),
        (_OPENS_TOWN_UNIT, word.startswith(_TOWN_UNIT_TUPLE)),
        (_GLUED_TOWN, word in _GLUED_TOWN_WORDS),
        (_TOWN_LEAD, single and HAN.match(word) is not None and word not in _NOT_TOWN_LEADS),
        (_GLUED_LEVEL, _glued_level(word)),
        (_GLUED_PARTICLE, _glued_particle(word)),
        (_LEVEL, single and word in _LEVEL_CHARS),
        (_OPENS_LEVEL, word[:1] in _LEVEL_CHARS),
        (_GROUP_COUNT_WORD, word[-1:] in _GROUP_DIGITS and _GROUP_COUNT.fullmatch(word) is not None),
        (_OPENS_GROUP_UNIT, word[:1] in _GROUP_UNITS),
        (_AND, word in _AND_WORDS),
        (_VERB, pos[:1] == "v" and not _full_place_name(word)),
        (_TRADE_LEAD, len(word) == 2 and HAN.match(word) is not None and word not in _STOP_WORDS),
        (_SHORT_ENDING_WORD, word in _SHORT_ENDINGS),
        (_MAY_STOP, _word_reading(word, pos) is not _KEPT_UNLESS_BLOCKED or word == "人"),
        (_PARTICLE_TAIL, not single and word[-1] in _TRAILING_PARTICLES and pos[:1] in ("n", "l")),
        (_SPLIT_HEAD, single and pos in _SPLIT_HEAD_TAGS),
    )
    return sum(bit for bit, holds in tests if holds)


def _glued_level(word: str) -> bool:
    """由省, 原省, 兼市, 年市, 日省, 人由省: jieba glued a particle (or the 年, 月 or 日 of a date) to the level word that starts a short name."""
    if len(word) < 2 or word[-2] not in _GLUED_BEFORE_LEVEL:
        return False
    if word[-2] == "后":
        return len(word) == 2 and word[-1] in "省市"  # 修改后|省人大常委会 (not 镇河|后村: a village's name may end in 后)
    if len(word) > 2 and word in lexicons().places:
        return False  # 青原区, 太原市, 平和县: a place whose name ends in 原 or 和 before its level word (和|县 stays glued)
    return word[-1] in _LEVEL_CHARS or (word[-1] in _TOWN_UNITS and not rjieba.has_word(word))  # 由|镇党委, not 同乡


_PARTY_BODY_ENDINGS = tuple(word_class("party_body_ending"))  # 委, 党组, 支部 …: what 中共 may stand before (word_classes.tsv)


_GLUED_BEFORE_LEVEL = _LEADING_PARTICLES + "".join(word_class("glued_before_level"))  # 修改后|省人大常委会, 3日|省… (word_classes.tsv)


# 政府驻…办事处, 中央人民政府驻…联络办公室: the bodies whose offices stationed elsewhere carry 驻 in their name
_STATIONED_FROM = tuple(word_class("stationed_from_ending"))  # data/lexicons/word_classes.tsv


def _brand_after_place(tokens: list[Token], index: int, blocked: list[tuple[int, int]]) -> bool:
    """香港|明德|善道|基金会, 上海|蓓蕾|儿童|健康|基金会, 某市|烟雨|健身|气功|协会: a verb or adjective of two characters
    inside a name, after one or two words of two characters that a place opens (nouns, or a brand right after the place);
    the verb belongs to the name (not 张三|支持|基金会: no place before the noun)."""
    if index < 2:
        return False
    token = tokens[index]
    if len(token.word) != 2 or _word_reading(token.word, token.pos) is not _STOPS_UNLESS_AFTER_PLACE or _inside(token.start, token.end, blocked):
        return False
    lex = lexicons()
    for nouns in (1, 2):
        if index - nouns < 1:
            return False
        left, place = tokens[index - nouns], tokens[index - nouns - 1]
        # (or a university, whose college is named so: 某中医药大学|针灸|推拿|学院)
        at_place = place.pos == "ns" or place.word in lex.places or place.word.endswith(_UNIVERSITY_ENDING)
        reading = _word_reading(left.word, left.pos)
        if (len(left.word) != 2 and left.word not in _SERVED_PEOPLE and not (nouns == 1 and len(left.word) == 4 and left.pos == "n")) or left.word in lex.org_suffixes or not (
                left.pos in _BRAND_NOUN_TAGS and reading is _KEPT_UNLESS_BLOCKED or at_place and left.pos == "a" and reading is _STOPS_UNLESS_AFTER_PLACE):
            # (某市|明心|盲人|按摩|协会: the brand right after the place may be read as an adjective; 某大学|共建|研究院: a body's
            # ending before the verb ends a name, which the verb does not join to the next)
            return False
        if at_place:
            return True
    return False


_INSTITUTION_TAG = "nt"  # the segmenter's tag of an institution's name it knows (上海银行, 安徽医科大学)
_UNIVERSITY_ENDING = "大学"
_SERVED_PEOPLE = frozenset(word_class("served_people"))  # 残疾人: of three characters, the people a body serves (某市|残疾人|综合|服务中心)
_BRAND_NOUN_TAGS = ("n", "nr", "nz")  # 蓓蕾, 烟雨, 明德: a brand's or a field's noun between a place and the verb of a name


_BRANCH_ENDINGS = frozenset(word_class("branch_ending"))  # data/lexicons/word_classes.tsv
_BODY_OFFICE_ENDINGS = frozenset(word_class("body_office_ending"))  # 办事处, 联络处 (data/lexicons/word_classes.tsv)
_LEGAL_FORMS = tuple(word_class("legal_form_prefix"))  # data/lexicons/word_classes.tsv
_LEGAL_FORM_ENDS = frozenset(form[-1] for form in _LEGAL_FORMS)  # a character test before the lookup


def _name_prefix_start(text: str, offset: int, tokens: list[Token], start: int) -> int:
    """社团法人|新北|市|…协会: a Taiwan legal form right before the place that opens a name belongs to the name
    (gold: names as written), where it starts a token of its own."""
    local = start - offset
    for prefix in _LEGAL_FORMS:
        if text.startswith(prefix, local - len(prefix)) and tokens.starting(start - len(prefix)) is not None:
            return start - len(prefix)
    return start


def _county_level_place(word: str) -> bool:
    """武进区, 相城区: a district's, county's or city's full name (its level word written), which no particle follows inside a name."""
    return len(word) > 2 and word[-1] in _COUNTY_LEVELS and word in lexicons().places


_COUNTY_LEVELS = frozenset(word_class("county_level"))  # 区, 县, 市 (word_classes.tsv)


def _glued_particle(word: str) -> bool:
    """兼华苏, 向华苏, 到市: the segmenter glued a particle or a linking verb to the first word of a name, making a
    word that no dictionary knows (向阳, 和平, 至诚 are words and stay whole)."""
    return len(word) > 1 and word[0] in _GLUED_BEFORE_NAME and "\u3400" <= word[1] <= "\u9fff" and not rjieba.has_word(word) and word not in lexicons().places


_GLUED_BEFORE_NAME = _LEADING_PARTICLES + "".join(word_class("glued_before_name"))  # 兼华苏, 免去其|厅办公室 (word_classes.tsv)


_FORMAL_ENDINGS = word_class("formal_place_ending")  # data/lexicons/word_classes.tsv
COPULAS = frozenset("为系")  # 甲为某公司总经理, 乙系某银行行长: what links a name to a body and its post after it
AS_LINKS = ("作为", "身为")  # 甲作为某会副会长出席, 乙身为某公司董事长: two-character links of a name to a body and its post


@lru_cache(maxsize=1 << 16)  # a pure function of the name: organizations recur across sentences and articles
def _clause_before_place(name: str) -> int:
    """Where a name really starts when words of the sentence precede a formal place name in it
    (意味着南关区慈善总会 -> 南关区慈善总会); 0 when what precedes is a place, an organization or a
    word that belongs to names (中共贵阳市委, 广东省佛山市…, 北京师范大学…)."""
    lex = lexicons()
    places = lex.places
    if name[:2] in places or name[:3] in places or name[:4] in places:  # no generator: asked for every name
        return 0
    initials = _place_initials()
    for index in range(1, min(len(name) - 2, 8)):  # ——记镇江市慈善总会: one character of the clause is enough
        if name[index] not in initials:
            continue  # no place name starts here: skip the three lookups
        for length in (4, 3, 2):
            word = name[index:index + length]
            place = lex.places.get(word)
            if place is None or place.name != word or name[index - 1] in "(（":
                continue  # 某某(苏州)有限公司: a place in brackets starts no name
            if name[index - 1] in COPULAS and 3 <= index <= 4 and opens_with_surname(name):
                return index  # （注：甲为浙江某银行副行长）, 乙系江苏某公司总经理: a name and 为/系 before the body's place
            if not word.endswith(_FORMAL_ENDINGS) and name[index - 2:index] not in _KIND_NOUNS_AND_JOINING_VERBS:
                continue  # (评估机构|浙江某某评估中心, 联合|浙江某某医院: after a noun of the body's kind or a verb joining it, a place without its level word starts the name)
            prefix = name[:index]
            if prefix in lex.places or prefix in lex.org_name_prefixes or prefix in _REGION_GROUPS or place_of_prefix(prefix) or _abroad(prefix):
                return 0  # (长三角|某某商会公益联盟: a region spanning provinces opens a network of their bodies; 意大利米兰|温州同乡会: a country and a city abroad open an overseas association's name)
            if prefix.endswith(_ORG_ENDINGS):
                return 0
            return index
    return 0


_JOINT_BODY_LEADS = frozenset(word_class("joint_body_lead"))  # data/lexicons/word_classes.tsv
_STATIONING_VERBS = frozenset(word_class("stationing_verb"))  # data/lexicons/word_classes.tsv
_STATIONED_UNITS = frozenset(word_class("stationed_unit_ending"))  # data/lexicons/word_classes.tsv
# 纪委监委派驻, 纪委监委驻, 纪委驻: the stationing body's last words and its verb, right before the body the unit is stationed in
_STATIONING_BEFORE = re.compile("(?:" + "|".join(word_class("joint_body_lead")) + r")(?:监委)?(?:" + "|".join(sorted(_STATIONING_VERBS, key=len, reverse=True)) + ")$")


def _stationing_body_start(text: str, at: int, places) -> int | None:
    """某市纪委监委派驻|某市民政局纪检监察组: where the stationing body's name opens, its place written in full (湖州市, 江西省;
    浙江省湖州市) before 纪委监委 and the verb, right before `at` where the stationed-in body's name starts; None where no such
    body is written (a short form, 市纪委监委派驻市…, is read token by token in _name_start)."""
    verb = _STATIONING_BEFORE.search(text, max(0, at - 8), at)
    if verb is None:
        return None
    lead = verb.start()
    start = None
    while True:
        place = next((lead - n for n in (5, 4, 3) if lead - n >= 0 and text[lead - 1] in _LEVEL_CHARS and (
            text[lead - n:lead] in places or text[lead - n:lead - 1] in places)), None)  # (湖州市; 南川 and its level 市)
        if place is None:
            return start
        start = lead = place
# 第三方机构|浙江某某评估中心, 联合|浙江某某医院: the words after which a place without its level word opens a body's name;
# two characters each (data/lexicons/word_classes.tsv): a slice test, no call
_KIND_NOUNS_AND_JOINING_VERBS = frozenset(word_class("body_kind_noun") + word_class("joining_verb"))


_FOREIGN_PLACES = frozenset(word_class("foreign_place"))  # data/lexicons/word_classes.tsv
_FOREIGN_TAILS = frozenset(place[-2:] for place in _FOREIGN_PLACES)  # a place abroad's last two characters: one set test per name
_FOREIGN_LENGTHS = sorted({len(place) for place in _FOREIGN_PLACES}, reverse=True)


def _abroad(prefix: str) -> bool:
    """意大利米兰, 美国纽约: the prefix is a chain of places abroad (and places of China), at least one abroad."""
    index, abroad = 0, False
    while index < len(prefix):
        step = next((n for n in _FOREIGN_LENGTHS if prefix[index:index + n] in _FOREIGN_PLACES), 0)
        abroad = abroad or step > 0
        step = step or next((n for n in (4, 3, 2) if prefix[index:index + n] in lexicons().places), 0)
        if not step:
            return False
        index += step
    return abroad


def _abroad_start(text: str, offset: int, start: int) -> int:
    """Where an overseas association's name starts when places abroad stand right before the words its rules kept
    (意大利某城|某县同乡会): back over each such place, the country before its city."""
    local = start - offset
    moved = True
    while moved:
        moved = False
        for length in _FOREIGN_LENGTHS:
            if local >= length and text[local - length:local] in _FOREIGN_PLACES:
                local -= length
                moved = True
                break
    return offset + local


def _province_heads() -> frozenset[str]:
    """The first two characters of every province's name and short form (江苏, 内蒙古's 内蒙)."""
    return frozenset(name[:2] for name, place in lexicons().places.items() if place.level == "province")


_PROVINCE_HEADS = _province_heads()


def _city_before_its_province(name: str) -> int:
    """The length of a city (南京, 合肥市) written before its own province's name that opens a body's (南京|江苏某会堂,
    合肥市|安徽省某中心): where the page says the body stands, no part of its name (a name runs from the province down,
    never up); else 0."""
    places = lexicons().places
    for length in (2, 3, 4):
        city = places.get(name[:length])
        if city is not None and city.level == "city" and city.province:
            province = places.get(city.province)
            rest = name[length:]
            if province is not None and (rest.startswith(province.name) or (province.short and rest.startswith(province.short))):
                return length
    return 0


def place_of_prefix(prefix: str) -> bool:
    """广东省佛山市: the prefix is itself a chain of place names."""
    lex = lexicons()
    index = 0
    while index < len(prefix):
        step = next((n for n in (4, 3, 2) if prefix[index:index + n] in lex.places), 0)
        if not step:
            return False
        index += step
    return True


# 某县文旅公益工作联席会议第一次全体会议: a county's, city's or province's joint meeting of its government bodies written before
# its own plenary or session is a body (docs/gold-conventions.md "A joint meeting"; its 召集人 are often written after the
# bare 联席会议 only, abbreviated_endings.tsv); one of bodies across places (长三角…, 苏锡常…) is their network, no body
_WORKING_JOINT_MEETING = "工作联席会议"
_PLENARY_AFTER = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次|\d{4}年度?)(?:全体(?:成员)?)?会议|全体(?:成员)?会议")


def _one_place_led(name: str) -> bool:
    """Whether a name opens with one administrative place of the lexicon (长兴县, 蚌埠市禹会区), not a region's or a group of
    places' short name (长三角, 苏锡常, 宁马毗邻地区)."""
    places = lexicons().places
    return any(name[:n] in places for n in (2, 3, 4, 5))


_TOPIC_CLAUSE_MARKS = frozenset("，。、；：,;:！？!?“”《》（）() \n")


def _place_led_topic_start(text: str, at: int) -> int:
    """Where the one place nearest before text[at] opens, within its clause (合肥市|殡葬领域突出问题专项整治工作联席会议: the
    segmenter's verbs of a long topic cut the leftward walk short of the place), else -1."""
    index = at - 1
    while index >= 0 and text[index] not in _TOPIC_CLAUSE_MARKS:
        if _one_place_led(text[index:index + 5]):
            return -1 if any(word in text[index:at] for word in _TOPIC_BREAKS) else index
        index -= 1
    return -1


_TOPIC_BREAKS = ("的", "召开", "举行", "举办")  # 在合肥召开的某某地区慈善工作联席会议: the place is where it meets, no name's


def _place_at(text: str, index: int) -> bool:
    places = lexicons().places
    return text[index:index + 1] in _LEVEL_CHARS or text[index:index + 2] in places or text[index:index + 3] in places or text[index:index + 4] in places


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping candidates keep the longest; nested names (parent of a sub-unit) stay inner info."""
    if len(mentions) < 2:
        return mentions  # none or one (most sentences): nothing to sort or overlap
    mentions.sort(key=by_end, reverse=True)  # by start, the longest first at one start: two stable sorts by C keys, no
    mentions.sort(key=by_start)  # lambda call per mention
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end > kept[-1].end:
                # A longer name that contains the previous one: a sub-unit (基金会 + 代表处).
                mention.info["parent"] = kept[-1].text
                mention.info["parent_type"] = kept[-1].info["type"]
                mention.start = kept[-1].start
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept
