"""Organization names within one article: short forms resolved to the full name, aliases kept.

`省慈善总会` in an article plainly about 江西 becomes 江西省慈善总会 with the
short form as alias; `中国公益研究院` after `北京师范大学中国公益研究院` is an
alias of the longer name. Where the text never says which place is meant, the
short form stays the name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ahocorasick_rs import AhoCorasick

from .lexicon import Place, alternation, lexicons, longest_org_suffix, org_suffixes_of, word_alternation, word_class
from .text import _changes, normalize

_LEVEL_PREFIX = {"省": "province", "市": "city", "区": "county", "县": "county", "自治区": "province"}
_LEVEL_PREFIX_LONGEST_FIRST = sorted(_LEVEL_PREFIX.items(), key=lambda kv: -len(kv[0]))  # (sorted once, not per short form)
# 州慈善总会, 州民政局 (an autonomous prefecture's bodies on its own pages): a level word opening a short form, never the
# last characters of another body's name (州慈善总会 is no short form of 杭州慈善总会); word_classes.tsv level_char, prefecture_char
_LEVEL_INITIALS = "".join(word_class("level_char") + word_class("prefecture_char"))


@dataclass
class OrgEntry:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    parent: str = ""


# 中共某慈善总会支部委员会, 某慈善总会党支部, 某慈善总会上届支部: a party unit (word_classes.tsv branch_unit) after a body
_BRANCH = re.compile(rf"(?P<party>中共|中国共产党)?(?P<body>.+?)(?:上届)?(?:(?P<unit>{'|'.join(sorted(word_class('branch_unit'), key=len, reverse=True))})(?:委员会)?|委员会)")
_OWN_COMMITTEE_BODY = tuple(word_class("own_committee_before"))
_BRANCH_LAST = frozenset(word_class("branch_name_end"))  # the last character of every name _BRANCH matches (word_classes.tsv)


@lru_cache(maxsize=1 << 12)  # a pure function of the name
def branch_of_body(name: str) -> tuple[str, str] | None:
    """(body, unit) of a party branch inside a named body (某会党支部: 某会, 党支部), which is no body of its own
    (docs/gold-conventions.md); None for any other name, a committee of its own included (某镇党委, 社会组织综合党委)."""
    found = _BRANCH.fullmatch(name) if name[-1:] in _BRANCH_LAST else None
    if found is None or (found.group("unit") is None and found.group("party") is None):
        return None  # 某会监事委员会: a committee, not the party's
    body = found.group("body")
    if body.endswith(_OWN_COMMITTEE_BODY) or not body.endswith(tuple(lexicons().org_suffixes)):
        return None
    return body, found.group("unit") or "党委"


def publishing_body(publisher: str) -> str:
    """The body that publishes (某会党支部 publishes for 某会: its bare 总会 is that body), normalized."""
    publisher = normalize(publisher)
    found = branch_of_body(publisher) if publisher[-1:] in _BRANCH_LAST else None
    return found[0] if found is not None else publisher


@dataclass(frozen=True)
class Home:
    """The province, city and county an article is plainly about (from its publisher, title or text)."""

    province: str = ""
    city: str = ""
    county: str = ""
    roundup: bool = False  # the city of a roundup's section that writes the short forms (_section_home)


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked of every name several times per article
def place_of(name: str) -> tuple[str, str]:
    """(province, city) of the administrative place a name starts with, or empty strings."""
    lex = lexicons()
    for length in range(min(len(name), 9), 1, -1):
        place = lex.places.get(name[:length])
        if place is not None:
            city = place.city if place.level == "county" else (place.name if place.level == "city" else "")
            return place.province, city
    return "", ""


def region_of(name: str) -> str:
    """The short province-level region of an organization (上海, 江苏), or empty."""
    province, _ = place_of(name)
    place = lexicons().places.get(province)
    return place.short if place else ""


def _named_place(text: str, index: int) -> Place | None:
    """The place written at text[index]: a full name (洪洞县), or the short form of a province or
    city (南昌, 江西); the short form of a district (振兴 in 乡村振兴) is too often an ordinary word."""
    lengths = _place_lengths().get(text[index:index + 1])
    if lengths is None:
        return None  # most characters start no place name: skip the lookups
    lex = lexicons()
    for length in lengths:  # only the lengths of names that start with this character, longest first
        word = text[index:index + length]
        place = lex.places.get(word)
        if place is not None and (word.endswith(_LEVEL_ENDS) or place.level in _SHORT_FORM_LEVELS):
            return None if word in _WORD_LIKE_PLACES and word_like_at(text, index) else place  # (乡镇和县直单位: no 和县)
    return None


_LEVEL_ENDS = ("省", "市", "区", "县", "州", "旗", "盟")  # a place's full name ends with its level word
_SHORT_FORM_LEVELS = ("province", "city")  # the levels whose short form (南昌, 江西) names the place


@lru_cache(maxsize=1)
def _place_automaton() -> AhoCorasick:
    """Every name _named_place reads as a place (two to nine characters), for places_in's one overlapping scan of a
    text (the automaton WordScanner.every uses, without the leftmost-longest one places_in never asks)."""
    places = lexicons().places.items()
    return AhoCorasick(sorted(name for name, place in places if 2 <= len(name) <= 9 and (name.endswith(_LEVEL_ENDS) or place.level in _SHORT_FORM_LEVELS)))


@lru_cache(maxsize=1)
def _place_lengths() -> dict[str, tuple[int, ...]]:
    """For each first character of a place name, the lengths from 9 down to 2 of the names it starts:
    a word of another length is no place, so _named_place looks up these only (two or three, not eight)."""
    lengths: dict[str, set[int]] = {}
    for name in lexicons().places:
        if 2 <= len(name) <= 9:
            lengths.setdefault(name[0], set()).add(len(name))
    return {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}


@lru_cache(maxsize=1)
def _place_initials() -> frozenset[str]:
    """The first characters of every place name of the lexicon."""
    return frozenset(name[:1] for name in lexicons().places if name)


@lru_cache(maxsize=1)
def _full_names() -> dict[str, Place]:
    """The full place (包头市) each short form of a province or city (包头) stands for."""
    full: dict[str, Place] = {}
    for name, place in lexicons().places.items():
        if place.name == name and place.short != name and place.level in ("province", "city"):
            full.setdefault(place.short, place)
    return full


@lru_cache(maxsize=1)
def _full_counties() -> dict[tuple[str, str, str], Place]:
    """The county (鄞州区) each county's short form stands for, by its short form, province and city: a short form
    ending in 州 (鄞州新闻网, 通州) reads as a full name, as an autonomous prefecture's 州 does."""
    full: dict[tuple[str, str, str], Place] = {}
    for name, place in lexicons().places.items():
        if place.level == "county" and place.name == name and place.short != name:
            full.setdefault((place.short, place.province, place.city), place)
    return full


def _home_of(place: Place) -> Home:
    """A province or city names the province too; a county names only itself (the text may never
    say which province it is in, and then 省慈善协会 stays as written), by its full name (鄞州区 for 鄞州)."""
    if place.level == "county":
        return Home(county=_full_counties().get((place.name, place.province, place.city), place).name)
    place = _full_names().get(place.name, place)
    return Home(place.province, place.name if place.level == "city" else "")


def _place_at_start(name: str) -> Place | None:
    """The place a name starts with (瑞安市慈善总会: 瑞安市), read in its first nine characters, or None.

    The same as the first of `places_in(name[:9])` where that one starts the name: a place written
    at the start is the first found, and one found further on cannot also start the name (it would
    have been found at the start), so one lookup at index 0 replaces a scan of the nine characters."""
    return _named_place(name[:9], 0)


def places_in(text: str) -> list[Place]:
    """The places `text` writes, in order: full names (洪洞县) and provinces' and cities' short forms (南昌).

    At each character in turn the longest place written there (_named_place), then on two characters after it: one
    Aho–Corasick scan finds every place written (overlapping ones too), where a Python loop tried each character that
    starts a place name (most start none that is written)."""
    longest: dict[int, int] = {}  # where a place is written -> the end of the longest one there
    for _, start, end in _place_automaton().find_matches_as_indexes(text, overlapping=True):
        if end > longest.get(start, 0):
            longest[start] = end
    found: list[Place] = []
    places = lexicons().places
    after = 0
    for start in sorted(longest):
        if start >= after:
            name = text[start:longest[start]]
            if name in _WORD_LIKE_PLACES and word_like_at(text, start):
                continue  # 乡镇和县直单位: 和 joins two words, no county 和县 is written
            found.append(places[name])
            after = start + 2
    return found


_WORD_LIKE_PLACES = frozenset(word_class("word_like_place"))  # data/lexicons/word_classes.tsv
_PLACE_BEFORE = frozenset(word_class("place_before_char"))


def word_like_before(text: str, start: int) -> str:
    """The word-like county whose level word starts text[start:] and whose first characters are written right before it
    after a place_before_char or no Han character (来到和县慈善协会: 和县), or ""."""
    for place in word_class("word_like_place"):  # (file order: deterministic)
        at = start - len(place) + 1
        if place[-1] == text[start:start + 1] and at >= 0 and text.startswith(place, at) and not word_like_at(text, at):
            return place
    return ""


def word_like_at(text: str, start: int) -> bool:
    """Whether the word-like county written at text[start] is words of the sentence (将会同县慈善会, 乡镇和县直单位): a Han
    character or a name's closing mark stands before it that no place follows (not 到, 赴, 市)."""
    before = text[start - 1:start]  # (a name's closing mark too: 某镇“某某驿站”和县慈善超市)
    return ("\u3400" <= before <= "\u9fff" or before in "”’」』)）") and before not in _PLACE_BEFORE


_BREADCRUMB = re.compile(r"^.*(?:" + "|".join(map(re.escape, word_class("breadcrumb_label"))) + r"|\s[>›»]\s).*$", re.MULTILINE)


def find_home(publisher: str, title: str, org_names: list[str], text: str = "", header: str = "") -> Home:
    """The article's place (_place_named_first), where a county-level city (瑞安市, 晋江市) whose bodies the
    article names and that it writes more often than its prefecture city takes the city's part: its 市委 and
    市慈善总会 are the county-level city's (a Wenzhou paper's page about 瑞安: 市委常委 is 瑞安's). One the text
    names only once and the publisher not (某市某救援队 among a prefecture city's bodies) is no home of the page, nor is one
    the text first names after a bare 市 short form (市慈善总会会长甲…；次日，调研组赴某县级市): a reader has read those first."""
    home = _section_home(text, org_names) or _place_named_first(publisher, title, org_names, text, header)
    lex = lexicons()
    written = title + text
    if home.county.endswith("市") and home.county not in publisher and written.count(home.county) < 2:
        # a county-level city the text names once (inside another body's name), and no publisher: not the page's own,
        # and its bare 市… are not that city's
        home = Home(home.province, home.city, "")
    if home.county and not home.city and (county := lex.places.get(home.county)) is not None and county.city and (
            city := lex.places.get(county.city)) is not None and any(n.startswith((city.name, city.short or city.name)) for n in org_names):
        # a page about 某县 (its title's place) that names a body of the county's own city (某市工商联) in full: its bare 市
        # short forms (市委, 市政府) are that city's, as a reader of the county's page takes them
        home = Home(home.province, city.name, home.county)  # (its province no more than the page said: 省… stays as written)
    candidates = {place.name: place for place in map(_place_at_start, org_names)
                  if place is not None and place.level == "county" and place.name.endswith("市")}
    first_bare = None  # where the text first writes a body by its bare 市 short form (read only for a candidate)
    for name, place in sorted(candidates.items()):
        city = lex.places.get(home.city or place.city)
        city_count = written.count(city.name) + written.count(city.short) if city is not None else 0
        if written.count(name) > max(city_count, 1) and home.city in ("", place.city):
            if first_bare is None:
                first_bare = min(_bare_city_forms(text, org_names), default=len(text))
            if name not in title and text.find(name) > first_bare:
                continue  # 市慈善总会会长甲… before 调研组赴某县级市: the short forms were read before that city was named
            return Home(place.province, name, name)
    if candidates:
        for name in org_names:
            if name[:1] == "市":  # a bare 市 form, the only thing _nearest_home places (a slice: no call for other pages)
                return _nearest_home(home, publisher, title, text, org_names, candidates)
    return home


def _nearest_home(home: Home, publisher: str, title: str, text: str, org_names: list[str], candidates: dict[str, Place]) -> Home:
    """The county-level city (常熟市, 义乌市) a reader gives the page's bare 市 short forms (市政协, 市慈善总会): the one named
    last before the first of them, where it is named there at least as often as its prefecture (publisher and title
    counted): 常熟市政协召开协商会。市政协主席甲… is 常熟's, on a 苏州 page too; a prefecture's page that names the county-level
    city once in a list (优秀组织奖：某县级市慈善总会。市慈善总会会长甲) keeps its own. `candidates`: the county-level cities that
    open the page's names (常熟市政协), the only ones asked. (A bare 区 or 县 form the page's place does not complete stays as
    written: the body a reader cannot place.)"""
    if home.roundup or not text or home.county[-1:] == "市":
        return home
    starts = _bare_city_forms(text, org_names)
    if not starts:
        return home
    before = publisher + "\n" + title + "\n" + text[:min(starts)]
    named = [p for p in places_in(before) if p.level == "city" or p.name in candidates]
    last = named[-1] if named else None
    city = lexicons().places.get(last.city) if last is not None and last.name in candidates and last.city else None
    if city is not None and home.city in ("", city.name) and before.count(last.name) >= before.count(city.short or city.name):
        return Home(last.province, last.name, last.name)
    return home


# a section opens with its report's day (芜湖：2月6日，…; 【嘉兴】　日前，…): a city heading a list line is no section
_SECTION = re.compile(
    r"^[ \t]*(?:【([^】\n]{2,6})】|([^\s:,【]{2,6}):)[ \t]*(?=[0-9]{1,2}\s*[月日]|" + word_alternation("recent_word") + ")", re.MULTILINE
)


def _section_home(text: str, org_names: list[str]) -> Home | None:
    """A roundup of several cities' reports, each under its city (【苏州】9月5日…, 芜湖：2月6日…), writes one city's bodies by
    short forms (市慈善总会, 市总工会): the city of the section that first writes one, not a city named elsewhere
    on the page. None where the page has no two city sections or writes no such short form."""
    lex = lexicons()
    sections = [(m.start(), place) for m in _SECTION.finditer(text)
                if (place := lex.places.get(m.group(1) or m.group(2))) is not None and place.level in ("city", "county")]
    if len({place.name for _, place in sections}) < 2:
        return None
    starts = _bare_city_forms(text, org_names)
    owners = [place for start, place in sections if starts and start <= min(starts)]
    if not owners:
        return None
    home = _home_of(owners[-1])
    return Home(home.province, home.city, home.county, roundup=True)


def _bare_city_forms(text: str, org_names: list[str]) -> list[int]:
    """Where the text first writes each body named by its bare 市 short form (市慈善总会, 市总工会), not inside a full
    name (某市慈善总会): a reader takes the city of such a form from what the page has named before it."""
    lex = lexicons()
    starts = []
    for name in {n for n in org_names if n.startswith("市")}:
        at = text.find(name)
        while at >= 0 and any(text[max(at - n, 0):at] in lex.places for n in (2, 3, 4)):
            at = text.find(name, at + 1)  # 某市慈善总会 writes 市慈善总会 inside a full name
        if at >= 0:
            starts.append(at)
    return starts


_SPECIAL_REGIONS = frozenset(word_class("special_region"))  # 香港特别行政区, 澳门特别行政区, 台湾省 (data/lexicons/word_classes.tsv)


def _place_named_first(publisher: str, title: str, org_names: list[str], text: str = "", header: str = "") -> Home:
    """The article's place: the publisher's, else the site's breadcrumb's (当前位置:… > 南昌 > 正文),
    else the title's, else the one all organization names share, else the one city (or county)
    the whole text names."""
    lex = lexicons()
    crumbs = " ".join(m.group() for m in _BREADCRUMB.finditer(header))
    for source in (publisher, crumbs, title):
        places = places_in(source) if source else []
        if places:
            return _home_of(places[0])
    # a county (南关区) names only itself: the city and province come from names that write them
    leading = [(n, place) for n, place in zip(org_names, map(_place_at_start, org_names)) if place is not None]
    above_county = [n for n, place in leading if place.level != "county"] or ([] if leading else org_names)
    provinces = Counter(p for p, _ in map(place_of, above_county) if p)
    if len(provinces) > 1 and len(mainland := [p for p in provinces if p not in _SPECIAL_REGIONS]) == 1:
        # 某省民政厅 … 会见澳门某会访问团: a body of Hong Kong, Macao or Taiwan the page names beside one province's leaves it that province's
        above_county = [n for n in above_county if place_of(n)[0] not in _SPECIAL_REGIONS]
        provinces = Counter(mainland)
    if len(provinces) == 1:
        province = next(iter(provinces))
        cities = Counter(c for _, c in map(place_of, above_county) if c)
        counties = {place.name for _, place in leading if place.level == "county"}
        return Home(province, next(iter(cities)) if len(cities) == 1 else "", next(iter(counties)) if len(counties) == 1 else "")
    if not provinces and text:
        places = places_in(text)
        cities = {p.name if p.level == "city" else p.city for p in places if p.level in ("city", "county") and (p.city or p.level == "city")}
        counties = {p.name for p in places if p.level == "county"}
        cities = {_full_names().get(c, lex.places.get(c)).name if c in lex.places else c for c in cities}
        if len(cities) == 1:
            city = lex.places.get(next(iter(cities)))
            return Home(city.province if city else "", next(iter(cities)), next(iter(counties)) if len(counties) == 1 else "")
    return Home()


def _leading_place(name: str) -> Place | None:
    """The administrative place written in full at the start of a name (浙江省, 枣庄市, 瑞安市), or None."""
    places = lexicons().places
    for length in range(min(len(name), 9), 1, -1):
        place = places.get(name[:length])
        if place is not None and place.name == name[:length] and name[length - 1] in "省市区县州旗盟":
            return place
    return None


def chain_place(short: str, before: str) -> str:
    """The place a short form (省人大常委会, 市委) takes from the organization written before it in the same
    title chain (浙江省慈善联合总会会长、省人大常委会原副主任甲: 浙江省), as a prefix of `before`'s own
    characters where `before` writes it (瑞安市), else the lexicon's; empty where the levels do not meet."""
    level = short[:1]
    if level not in "省市区县":
        return ""
    place = _leading_place(normalize(before))
    if place is None:
        return ""
    if place.name.endswith(level):
        return before[:len(place.name)]  # the same level: the place as written (traditional characters kept)
    if level == "省" and place.province and place.province != place.name:
        return place.province
    if level == "市" and place.level == "county" and place.city:
        return place.city
    return ""


def _name_prefix(name: str) -> str:
    """民进|市委, 致公党|省委会: a word that stands before a place in names (org_name_prefixes.txt) written before
    a short form's level word; else empty."""
    prefixes = lexicons().org_name_prefixes
    for n in (2, 3, 4):  # (a loop, not next() over a generator: no cells)
        if name[n:n + 1] in "省市区县" and name[:n] in prefixes:
            return name[:n]
    return ""


def _with_home(short: str, home: Home, written: Callable[[str], str] | None = None) -> str | None:
    """市慈善总会 -> 南通市慈善总会; the place as the article writes it (廣州市 on a traditional page)."""
    lex = lexicons()
    for prefix, level in _LEVEL_PREFIX_LONGEST_FIRST:
        if short.startswith(prefix):
            place = home.province if level == "province" else home.city if level == "city" else home.county
            if level == "city" and home.county.endswith("市"):
                place = home.county  # 市慈善总会 in an article about 晋江市, a city under 泉州: 晋江市's
            if place and lex.places.get(place) and place.endswith(prefix):
                # 县委 of 歙县 is 歙县县委: a one-character place keeps its level word before 委
                rest = short[len(prefix):] if not (len(place) == 2 and short[len(prefix):].startswith("委")) else short
                return (written(place) if written else place) + rest
            return None
    return None


# 市北区, 市南区, 市中区: districts whose own names open with a level character; a body's name opening with one is written in
# full, no short form of the page's city (which would read 青岛 + 市北区城市管理局 as 青岛市北区城市管理局). Three characters
# each (a slice's test, no call, for every name that opens with a level character)
_LEVEL_NAMED_COUNTIES = frozenset(name[:3] for name, place in lexicons().places.items() if name[:1] in _LEVEL_INITIALS and place.level == "county" and name == place.name and len(name) > 2)


def _without_province(name: str, names: dict[str, str]) -> str:
    """The name without the province written before its city (浙江省丽水市慈善总会) when the article also
    writes it without (丽水市慈善总会): a city's body is named by its city; else empty."""
    lex = lexicons()
    simple = normalize(name)  # the lexicon's places are written in simplified characters
    for length in (3, 4, 5):
        head = simple[:length]  # (`in`, no get call: most heads name no place)
        if head not in lex.places or lex.places[head].level != "province" or lex.places[head].name != head or name[length:] not in names:
            continue
        rest = simple[length:]
        city = None
        for n in (2, 3, 4, 5):  # (a loop, not next() over a generator: no cells made for every name)
            if rest[:n] in lex.places:
                city = lex.places[rest[:n]]
                break
        if city is not None and city.level in ("city", "county") and city.name == rest[:len(city.name)]:
            return name[length:]
    return ""


def _with_full_place(name: str, names: dict[str, str]) -> str:
    """上海某某慈善基金会 -> 上海市某某慈善基金会 where the page writes both: a name opening with the short form of a province
    or city (上海, 宁波; _PLACE_FULL_FORMS) is the body the page also writes with that place's full name (上海市), or a unit
    of it (宁波某某慈善基金会项目部 on a page writing 宁波市某某慈善基金会); else empty. (Slices and `in` tests, almost no
    calls: asked of every name opening with a place's short form.)"""
    for length in (2, 3):
        short = name[:length]
        if short not in _PLACE_FULL_FORMS or not name[length + 2:]:
            continue  # (a short form and an ending of two characters at least after it)
        full, level = _PLACE_FULL_FORMS[short]
        if name[length:length + 1] == level:
            continue  # written with the full name already (上海市…)
        fuller = full + name[length:]
        if fuller in names:
            return fuller
        cut = length + 4  # the parent written in full (上海市 and three characters at least), the unit after it
        while fuller[cut + 1:]:
            if fuller[:cut] in names and fuller[:cut].endswith(_BODY_ENDINGS):
                return fuller
            cut += 1
    return ""


# 上海 -> (上海市, 市), 宁波 -> (宁波市, 市): the full name of each province's or city's short form that opens it, and the level
# character the full name adds (simplified characters)
_PLACE_FULL_FORMS = {short: (place.name, place.name[len(short):]) for short, place in _full_names().items()
                     if place.name != short and place.name.startswith(short) and len(place.name) == len(short) + 1}
_PLACE_FULL_NAMES = frozenset(full for full, _ in _PLACE_FULL_FORMS.values())  # 上海市: a name opening with it is written in full


def _with_city(homed: str, county: str, names: list[str]) -> str:
    """区人民政府 -> 南京市栖霞区人民政府 where the article writes its district with the city in front
    (南京市栖霞区慈善基金会); else the district's own name (栖霞区人民政府)."""
    lex = lexicons()
    for name in names:
        index = name.find(county)
        # (the city's full name only: 郑州金水区某商贸有限公司, a company's brand, writes the city short, 郑州市 in full)
        if index > 0 and place_of(name[:index])[1] and place_of(name[:index])[1] == name[:index] and homed.startswith(county) and (
                (known := lex.places.get(name[:index])) is not None and known.city in ("", name[:index])):
            return name[:index] + homed
    place = lex.places.get(county)
    city = lex.places.get(place.city) if place is not None and place.city else None
    if city is not None and homed.startswith(county) and place.short and city.short:
        # 某银行成都武侯支行: the district's short form with its city's in front names the city too
        if any(city.short + place.short in name or city.name + place.short in name for name in names):
            return city.name + homed
    return homed


def canonical_names(
    names: dict[str, str], home: Home, parents: dict[str, str], renamed: dict[str, str] | None = None, written: Callable[[str], str] | None = None
) -> dict[str, OrgEntry]:
    """Map every name written in the article to its entry (full name, type, aliases).

    `renamed` maps a former name to the new one where the article says so (甲更名为乙):
    the new name is the entry, the former one an alias.
    """
    entries: dict[str, OrgEntry] = {}
    resolved: dict[str, str] = {}
    ordered = sorted(names, key=len, reverse=True)
    located = {name: _without_province(name, names) for name in ordered}  # 浙江省丽水市慈善总会 -> 丽水市慈善总会
    located_values = set(located.values())
    for name in ordered:
        target = name
        if renamed and renamed.get(name) in names:
            resolved[name] = renamed[name]
            continue
        if located[name]:
            resolved[name] = located[name]
            continue
        if name in located_values:
            resolved[name] = name  # the city's body as the article also writes it with its province
            continue
        if (name[:2] in _PLACE_FULL_FORMS and name[:3] not in _PLACE_FULL_NAMES or name[:3] in _PLACE_FULL_FORMS and name[:4] not in _PLACE_FULL_NAMES) \
                and (fuller := _with_full_place(name, names)):
            resolved[name] = fuller  # 上海某某慈善基金会 on a page that also writes 上海市某某慈善基金会: the fuller form names it
            continue
        size = len(name)
        longer = []
        for n in ordered:  # longest first: the names longer than this one are a head of the list
            if len(n) <= size:
                break
            if n.endswith(name) and located[n] != name and (_prefix_is_qualifier(_local_office(n)[:-size]) or n[:-size] in names):
                longer.append(n)  # (国家税务总局某市某区税务局: a national body's local office, qualified by its place)
        if (name[0] in _LEVEL_INITIALS or name.startswith("自治区")) and name[:3] not in _LEVEL_NAMED_COUNTIES:
            matching = [n for n in longer if place_of(_local_office(n))[0]]
            homed = _with_home(name, home, written)
            if homed and name[0] in "区县" and home.county:
                homed = _with_city(homed, home.county, ordered)
            if homed and homed not in names and homed[-2:] in _COURT_TAILS and (court := _court_in_full(homed, ordered)):
                homed = court  # 区检察院 -> 宁波市鄞州区检察院, on a page that writes 宁波市鄞州区人民检察院: the one so written
            if homed and homed.endswith("政府") and not homed.endswith("人民政府") and (homed[:-2] + "人民政府" in names or name[:-2] + "人民政府" in names):
                homed = homed[:-2] + "人民政府"  # 市政府 is the short form of 南昌市人民政府 (or of 市人民政府, the page's city's)
            if home.city and name.startswith("市") and len(matching) == 1 and place_of(matching[0])[1] == home.city and not matching[0].startswith(home.city):
                matching = []  # 市慈善总会 in an article about 南通 is 南通市's, not that of 海门市 (a city under it)
            if homed and name.startswith("省") and home.province and len(matching) == 1 and place_of(matching[0])[0] != home.province:
                matching = []  # 省慈善总会 on a page of 安徽省's federation is 安徽's, though it names 江苏省慈善总会 once
            if homed and name[0] == "市" and home.city and len(matching) == 1 and place_of(matching[0])[1] != home.city:
                matching = []  # 市民政局 on a page of 合肥's federation is 合肥's, though it names another city's 民政局 once
            if homed and home.roundup and name.startswith("市") and all(place_of(m)[1] != home.city for m in matching):
                matching = []  # a roundup's 市慈善总会 is its section's city's, though another section names its own in full
            if _ABBREVIATION_IN.search(name) and not (homed and homed in names):
                # 市台联 -> 某市台湾同胞联谊会 (or 市台湾同胞联谊会, completed in turn), the page writing it in full; 市律协公益法律
                # 服务委员会 -> 某市律师协会公益法律服务委员会: the short ending inside a longer name too
                spelled = _spelled_out(name, names)
                if spelled and spelled not in names and homed and (placed := _spelled_out(homed, names)):
                    spelled = placed  # 县住建局村镇建设股 -> 某县住房和城乡建设局村镇建设股: the unit of the parent written in full with its place
                homed = spelled or (homed and _spelled_out(homed, names)) or homed
            if homed and homed in names:
                target = homed
            elif len(matching) == 1:
                target = matching[0]
            elif homed and not matching:
                target = _qualified_in_full(homed, names) or homed
            elif not matching and name[-2:] in _COURT_TAILS and (court := _court_in_full(name, ordered)):
                target = court  # 区检察院 on a page that writes 某市某区人民检察院 (its home unknown): the one so written
            else:
                target = _under_named_parent(name, ordered) or name
        elif _ABBREVIATION_IN.search(name) and (spelled := _spelled_out(name, names)):
            target = spelled  # 某省佛协 -> 某省佛教协会, 某市妇联儿童工作部 -> 某市妇女联合会儿童工作部
        elif name[:2] in _BARE_BODY_HEADS and (owner := _bare_body_owner(name, ordered)):
            target = owner  # 基金会研究发展部 after 上海市慈善基金会: the page's one foundation's department
        elif (lead := _name_prefix(name)) and (homed := _with_home(name[len(lead):], home, written)):
            target = lead + homed  # 民进市委 -> 民进某市委: a party's committee written by its short form
        elif len(longer) == 1:
            target = longer[0]
        elif longer and len(finals := {_final(resolved, n) for n in longer}) == 1:
            target = finals.pop()  # 某某慈善基金会 after 上海市某某慈善基金会 and 上海某某慈善基金会: two forms of one body
        elif name[-2:] in _COURT_TAILS and (court := _court_in_full(name, ordered)):
            target = court  # 某区检察院 on a page that writes 某市某区人民检察院: the court's name without its 人民
        else:
            abbreviated = [n for n in ordered if len(n) > size + 1 and _abbreviates(name, n)] if _may_abbreviate(name) else []
            if len(abbreviated) == 1:
                target = abbreviated[0]
            elif name[-1] in _DEPARTMENT_ENDS and not abbreviated:
                target = _under_abbreviated_company(name, ordered) or _under_placeless_parent(name, ordered) or name
        resolved[name] = target
    for name in ordered:
        # 某市中院执行局 where 某市中院 is 某市中级人民法院, 区检察院第七检察部 where 区检察院 is the county's 人民检察院: a
        # unit written after its parent's short form is the unit of the body that short form names
        written_as = resolved[name]  # (区检察院第七检察部: as completed with the page's county, 某区检察院第七检察部)
        if written_as in resolved and written_as != name or name[-1] not in _SHORT_PARENT_UNIT_ENDS or _COURT_CHAR not in written_as[:-2]:
            continue  # (no court's ending before the unit's: most names, no call)
        for cut in range(len(written_as) - 2, 2, -1):  # (区法院执行局: a court's three-character short form too)
            parent = written_as[:cut]
            if parent[-2:] not in _COURT_PARENT_TAILS:
                continue  # (a company's or a bureau's unit after its short form: as written, or read by the steps above)
            if parent in resolved and (full := _final(resolved, parent)) != parent:
                resolved[name] = full + written_as[cut:]
            elif parent[-2:] in _COURT_TAILS and (court := _court_in_full(parent, ordered)):
                resolved[name] = court + written_as[cut:]  # 区检察院第七检察部 -> 宁波市鄞州区检察院…, the page writing 宁波市鄞州区人民检察院
            elif parent.endswith(_ABBREVIATED_ENDINGS) and parent not in resolved:
                # 某市中院执行局 on a page that writes 某市中级人民法院 (and no 某市中院 alone): the one body the short form abbreviates
                ending = lexicons().abbreviated_endings[next(e for e in _ABBREVIATED_ENDINGS if parent.endswith(e))]
                fulls = [n for n in ordered if n.endswith(ending) and _abbreviates(parent, n)]
                if len(fulls) == 1:
                    resolved[name] = fulls[0] + written_as[cut:]
            break  # (the court the unit is written after, the longest: no shorter cut)
    for name, target in resolved.items():
        target = _final(resolved, name)
        entry = entries.setdefault(target, OrgEntry(target, names.get(target, names[name]), parent=parents.get(target, "")))
        if name != target:
            entry.aliases.add(name)
    return {name: entries[_final(resolved, name)] for name in names}


def _written_forms(words: tuple[str, ...]) -> set[str]:
    """Each word as a simplified page and as a traditional page writes it (科协, 科協; 残联, 殘聯): the characters normalization
    turns into the word's, each in turn."""
    variants: dict[str, list[str]] = {}
    for written, plain in _changes().items():
        variants.setdefault(plain, []).append(written)
    forms: set[str] = set()
    for word in words:
        found = [""]
        for char in word:
            found = [head + option for head in found for option in [char] + variants.get(char, [])]
        forms.update(found)
    return forms


_DEPARTMENT_ENDS = "部室处"
_SHORT_PARENT_UNIT_ENDS = "部室处科庭局会"  # the endings of a court's units (执行局, 立案庭, 第七检察部, 审判委员会)
_COURT_PARENT_TAILS = ("法院", "察院", "中院", "高院")  # how a court's or a procuratorate's name ends, in full or short (检察院)
_COURT_CHAR = "院"  # the last character of each
_ABBREVIATED_ENDINGS = tuple(lexicons().abbreviated_endings)  # data/lexicons/abbreviated_endings.tsv
# a short ending anywhere in a name: at its end (市台联) or inside it, before a unit's words (市律协公益法律服务委员会)
_ABBREVIATION_IN = re.compile(alternation(sorted(_written_forms(_ABBREVIATED_ENDINGS), key=len, reverse=True)))


_BODY_ENDINGS = tuple(lexicons().org_suffixes)  # data/lexicons/org_suffixes.tsv
_BARE_BODY_ENDINGS = [s for s in lexicons().org_suffixes if len(s) >= 3]  # 基金会, 慈善总会
_BARE_BODY_HEADS = frozenset(s[:2] for s in _BARE_BODY_ENDINGS)  # their first two characters: a set test before the call
_BARE_BODY_AT_START = re.compile(alternation(_BARE_BODY_ENDINGS))  # the longest of them at a name's start


def _bare_body_owner(name: str, names: list[str]) -> str:
    """基金会研究发展部, 基金会青浦区代表处: a unit written after its body's bare ending (of three characters or more), on a
    page that names one body with that ending in full, is that body's unit (上海市慈善基金会研究发展部); else empty."""
    plain = normalize(name)
    found = _BARE_BODY_AT_START.match(plain)
    bare = found.group() if found else ""
    if not bare or len(plain) <= len(bare) + 1 or plain[len(bare):] in lexicons().org_suffixes:
        return ""  # (基金会秘书长: no unit; 基金会会: an ending alone after it)
    owners = {n for n in names if len(n) > len(bare) and normalize(n).endswith(bare)}
    return owners.pop() + name[len(bare):] if len(owners) == 1 else ""


def _qualified_in_full(homed: str, names: dict[str, str]) -> str:
    """省人大常委会执法检查组 (a headline) for 浙江省人大常委会慈善法执法检查组 (the text): a body's unit written without
    the qualifier (a law, a subject) the text puts between the body (a name's ending closes it) and the unit's ending; the one
    such name, else empty."""
    found = set()
    for name in names:
        if len(name) <= len(homed) or name[:3] != homed[:3] or name[-3:] != homed[-3:]:
            continue
        head = 3
        while head < len(homed) and name[head] == homed[head]:
            head += 1
        # (a name that opens with the whole of homed is a unit of it, 某局办公室综合办公室: no unit's ending left to qualify)
        if head < len(homed) and name.endswith(homed[head:]) and homed[:head].endswith(_BODY_ENDINGS):
            found.add(name)
    return found.pop() if len(found) == 1 else ""


def _spelled_out(name: str, names: dict[str, str]) -> str:
    """The body a short ending abbreviates (某市台联: 某市台湾同胞联谊会; 军休所 alone: the page's one 某军队离休退休干部休养所;
    inside a longer name, 市律协公益法律服务委员会: 某市律师协会公益法律服务委员会), where the page writes it in full: one
    body under two names; else empty (a page that writes only the short form keeps it)."""
    short = _ABBREVIATION_IN.search(name)
    if short is None:
        return ""
    abbreviation = short.group()
    endings = lexicons().abbreviated_endings
    traditional = abbreviation not in endings  # 科協, 殘聯: a traditional page's short ending
    full = name[:short.start()] + endings[normalize(abbreviation) if traditional else abbreviation] + name[short.end():]
    if full in names:
        return full
    if traditional:
        plain = normalize(full)  # (normalized once, not per name on the page)
        if written := next((n for n in names if normalize(n) == plain), ""):
            return written  # 某市科協 on a page that writes 某市科學技術協會: the body written in full, as the page writes it
    if short.end() < len(name) and short.start() > 0 and (parent := _spelled_out(name[:short.end()], names)):
        return parent + name[short.end():]  # 市妇联家庭工作部 on a page naming 某市妇女联合会: that body's unit
    if name == abbreviation:  # 军休所 alone: the one body the page names with the ending in full (某市第二军队离休退休干部休养所)
        owners = [n for n in names if n.endswith(full)]
        return owners[0] if len(owners) == 1 else ""
    if full[0] not in _LEVEL_PREFIX:  # (湖州市佛协: a name with its place is the one written in full or none)
        return ""
    # 市台联 where the page's place is no city of a province (上海): the one body of that level written in full with a place
    placed = [n for n in names if n.endswith(full) and len(n) > len(full) and place_of(n)[0]]
    return placed[0] if len(placed) == 1 else ""


def _under_abbreviated_company(name: str, names: list[str]) -> str:
    """某信托慈善信托事业部 after 某省某信托股份有限公司: a department written after its company's short form (a trade word
    ends it) is under the one company the page writes in full that the short form stands for; empty where none or several."""
    for cut in range(4, min(len(name) - 2, 9)):
        short = name[:cut]
        if not short.endswith(_TRADE_WORDS) or not _may_abbreviate(short):
            continue
        companies = {n for n in names if n.endswith(_LONG_ENDINGS) and _abbreviates(short, n)}
        if len(companies) == 1:
            return companies.pop() + name[cut:]
    return ""


def _under_placeless_parent(name: str, names: list[str]) -> str:
    """之江儿童医院社会工作部 on a page that writes 杭州市之江儿童医院: a unit written after its parent's name without the place
    the page writes it with in full is under that full name (one body, its unit named once); empty where none or several fit."""
    plain = normalize(name)
    for cut in range(len(plain) - 2, 2, -1):  # the longest parent first; a unit's name of two characters at least
        short = plain[:cut]
        if not short.endswith(_BODY_ENDINGS):
            continue
        if cut - len(longest_org_suffix(short)) < 2:
            return ""  # 基金会研究发展部, 儿童医院社工部: a bare ending, no name of a body (whose it is: _bare_body_owner's question)
        fulls = {n for n in names if len(n) > cut and (full := normalize(n)).endswith(short) and _prefix_is_qualifier(full[:-cut])}
        if len(fulls) == 1:
            return fulls.pop() + name[cut:]
        return ""
    return ""


def _under_named_parent(name: str, names: list[str]) -> str:
    """市民政局慈善事业促进和社会工作科 after 宣城市民政局: a sub-unit written after its parent's short form is
    under the one parent the article writes in full (宣城市民政局…科); empty where none or several are."""
    parents = set()
    for full in names:
        at = full.find(name[0])
        parent_short = full[at:]
        if at < 2 or len(parent_short) < 3 or len(name) <= len(parent_short) or not name.startswith(parent_short):
            continue
        place = _leading_place(normalize(full[:at + 1]))
        if place is not None and len(place.name) == at + 1:
            parents.add(full[:at] + name)
    return next(iter(parents)) if len(parents) == 1 else ""


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked once per pair of names
def _formal_place_prefix(name: str) -> bool:
    """The name starts with a full administrative name (杭州市, 四川省), not a bare place word (泰和)."""
    places = lexicons().places
    name = normalize(name)
    return any(name[:n] in places and places[name[:n]].name == name[:n] and name[:n] != places[name[:n]].short for n in range(2, min(len(name), 9) + 1))


_LONG_ENDINGS = word_class("long_company_ending")  # data/lexicons/word_classes.tsv


def _may_abbreviate(short: str) -> bool:
    """_abbreviates' test of the short name alone, made once per name rather than once per pair."""
    return len(short) >= 3 and not _formal_place_prefix(short)


# 大学, 学院: a school's ending, which its short forms drop or cut (北师大, 南京师大), never keep whole around a cut
_SCHOOL_ENDING = re.compile(alternation(s for s in org_suffixes_of("university") if len(s) >= 2))


@lru_cache(maxsize=1 << 12)  # a pure function of the name, asked once per pair of names
def _school_written_in(short: str) -> str:
    """某大学 of 某大学社会学院: a whole school written before a unit's name; empty if none."""
    head = ""
    for found in _SCHOOL_ENDING.finditer(short, 2, len(short) - 1):
        head = short[:found.end()]
    return head


def _abbreviates(short: str, full: str) -> bool:
    """泰和集团 for 山东泰和实业集团有限公司, 哈医大一院 for 哈尔滨医科大学附属第一医院: the short
    name's characters stand in the full name in order, and both end alike; a school written whole inside the short name
    stands whole in the full one (南京大学社会学院 is no short form of 南京师范大学社会发展学院)."""
    if len(short) < 3 or full.startswith(short) or _formal_place_prefix(short):
        return False  # a parent of a sub-unit, or a formal name of its own (杭州市慈善总会)
    if (head := _school_written_in(short)) and head not in full:
        return False
    stem = full
    for ending in _LONG_ENDINGS:
        if full.endswith(ending) and not short.endswith(ending):
            stem = full[: -len(ending)] or full
            break
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if position == 0:
            return False
    return short[-1] in (stem[-1], full[-1]) or short[-1] in _trade_cut_ends(stem) or _shared_trade_end(short, full)


_TRADE_WORDS = tuple(sorted(word_class("company_trade_word"), key=len, reverse=True))  # data/lexicons/word_classes.tsv


@lru_cache(maxsize=1024)
def _trade_cut_ends(stem: str) -> str:
    """The last characters of a company's stem with its trailing trade words cut one by one (某某精密电子 -> 某某精密,
    某某电子科技 -> 某某电子): a short form (某某精密, 某某电子) may end at any of them."""
    ends = ""
    while True:
        word = next((w for w in _TRADE_WORDS if stem.endswith(w) and len(stem) > len(w) + 1), None)
        if word is None:
            return ends
        stem = stem[: -len(word)]
        ends += stem[-1]


def _shared_trade_end(short: str, full: str) -> bool:
    """澄远股份 for 无锡澄远精密机械股份有限公司: the short form ends in a trade word the full name writes."""
    return any(short.endswith(w) and w in full[:-1] for w in _TRADE_WORDS)


def _final(resolved: dict[str, str], name: str) -> str:
    """Where a chain of short forms ends; a cycle (never meant) ends at its longest name."""
    target = resolved[name]
    if target == name:
        return name  # (most names: their own entry, no chain to follow)
    seen = [name]
    while resolved.get(target, target) != target and target not in seen:
        seen.append(target)
        target = resolved[target]
    if target in seen:
        return max(seen, key=lambda n: (len(n), n))
    return target


_COURT_SHORT_ENDINGS = ("检察院", "法院")  # a court's and a procuratorate's name written without its 人民 (某区检察院, 某市中级法院)
_COURT_TAILS = ("察院", "法院")  # their last two characters (a slice's test before the call)
_PEOPLE_WORD = "人民"


def _court_in_full(name: str, ordered: list[str]) -> str:
    """某市某区人民检察院 for 某区检察院, 某市中级人民法院 for 某市中级法院: the one name the page writes with 人民 before the
    ending, the short form's place (or a higher place and it) before; empty where none or several."""
    ending = next(e for e in _COURT_SHORT_ENDINGS if name.endswith(e))
    if name.endswith(_PEOPLE_WORD + ending):
        return ""
    full = name[:-len(ending)] + _PEOPLE_WORD + ending
    fulls = [n for n in ordered if n.endswith(full) and (n == full or _prefix_is_qualifier(n[:-len(full)]))]
    head = name[:-len(ending)]
    if not fulls and any((place := lexicons().places.get(head + level)) is not None and place.level == "county" for level in _COUNTY_LEVELS):
        # 西湖法院, 浦东法院: a district's short form before the ending, on a page that writes 杭州市西湖区人民法院
        tail = _PEOPLE_WORD + ending
        fulls = [n for n in ordered if n.endswith(tail) and n[:-len(tail)].endswith(tuple(head + level for level in _COUNTY_LEVELS))]
    # (杭州市西湖区人民法院 and 西湖区人民法院: one court, the longest form first in `ordered`)
    return fulls[0] if fulls and all(fulls[0].endswith(n) for n in fulls) else ""


_COUNTY_LEVELS = ("区", "县", "市", "新区")  # a county's level words after its short form (西湖区, 浦东新区)


_NATIONAL_VERTICAL_BODIES = tuple(word_class("national_vertical_body"))  # 国家税务总局 (data/lexicons/word_classes.tsv)


def _local_office(name: str) -> str:
    """国家税务总局某市某区税务局 -> 某市某区税务局: a nationally run body's local office is named by its place after the
    national body's name, so its short form (区税务局) is completed by that place as any local body's is; other names as
    they are."""
    if name.startswith(_NATIONAL_VERTICAL_BODIES):
        head = next(b for b in _NATIONAL_VERTICAL_BODIES if name.startswith(b))
        return name[len(head):]
    return name


def _prefix_is_qualifier(prefix: str) -> bool:
    """A place or a parent institution (北京师范大学) may stand before a name without changing it."""
    if place_of(prefix)[0] and len(prefix) <= 8:
        return True
    return any(prefix.endswith(s) for s in ("大学", "学院", "省", "市", "区", "县"))
