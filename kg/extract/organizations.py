"""Organization names within one article: short forms resolved to the full name, aliases kept.

`省慈善总会` in an article plainly about 江西 becomes 江西省慈善总会 with the
short form as alias; `中国公益研究院` after `北京师范大学中国公益研究院` is an
alias of the longer name. Where the text never says which place is meant, the
short form stays the name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .lexicon import lexicons

_LEVEL_PREFIX = {"省": "province", "市": "city", "区": "county", "县": "county", "自治区": "province"}


@dataclass
class OrgEntry:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    parent: str = ""


@dataclass(frozen=True)
class Home:
    """The province and city an article is plainly about (from its publisher and title)."""

    province: str = ""
    city: str = ""


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


def find_home(publisher: str, title: str, org_names: list[str]) -> Home:
    """The article's province/city: the publisher's, else the title's, else the one all names share."""
    for text in (publisher, title):
        province, city = place_of(text) if text else ("", "")
        if not province and text:
            for i in range(len(text)):
                province, city = place_of(text[i:])
                if province:
                    break
        if province:
            return Home(province, city)
    provinces = Counter(p for p, _ in map(place_of, org_names) if p)
    if len(provinces) == 1:
        province = next(iter(provinces))
        cities = Counter(c for _, c in map(place_of, org_names) if c)
        return Home(province, next(iter(cities)) if len(cities) == 1 else "")
    return Home()


def _with_home(short: str, home: Home) -> str | None:
    lex = lexicons()
    for prefix, level in sorted(_LEVEL_PREFIX.items(), key=lambda kv: -len(kv[0])):
        if short.startswith(prefix):
            place = home.province if level == "province" else home.city if level == "city" else ""
            if place and lex.places.get(place) and place.endswith(prefix):
                return place + short[len(prefix):]
            return None
    return None


def canonical_names(
    names: dict[str, str], home: Home, parents: dict[str, str], renamed: dict[str, str] | None = None
) -> dict[str, OrgEntry]:
    """Map every name written in the article to its entry (full name, type, aliases).

    `renamed` maps a former name to the new one where the article says so (甲更名为乙):
    the new name is the entry, the former one an alias.
    """
    entries: dict[str, OrgEntry] = {}
    resolved: dict[str, str] = {}
    ordered = sorted(names, key=len, reverse=True)
    for name in ordered:
        target = name
        if renamed and renamed.get(name) in names:
            resolved[name] = renamed[name]
            continue
        longer = [
            n
            for n in ordered
            if len(n) > len(name) and n.endswith(name) and (_prefix_is_qualifier(n[: -len(name)]) or n[: -len(name)] in names)
        ]
        if name[0] in "省市区县" or name.startswith("自治区"):
            matching = [n for n in longer if place_of(n)[0]]
            homed = _with_home(name, home)
            if homed and homed.endswith("政府") and not homed.endswith("人民政府") and homed[:-2] + "人民政府" in names:
                homed = homed[:-2] + "人民政府"  # 市政府 is the short form of 南昌市人民政府
            if homed and homed in names:
                target = homed
            elif len(matching) == 1:
                target = matching[0]
            elif homed and not matching:
                target = homed
        elif len(longer) == 1:
            target = longer[0]
        else:
            abbreviated = [n for n in ordered if len(n) > len(name) + 1 and _abbreviates(name, n)]
            if len(abbreviated) == 1:
                target = abbreviated[0]
        resolved[name] = target
    for name, target in resolved.items():
        while resolved.get(target, target) != target:
            target = resolved[target]
        entry = entries.setdefault(target, OrgEntry(target, names.get(target, names[name]), parent=parents.get(target, "")))
        if name != target:
            entry.aliases.add(name)
    return {name: entries[_final(resolved, name)] for name in names}


def _formal_place_prefix(name: str) -> bool:
    """The name starts with a full administrative name (杭州市, 四川省), not a bare place word (泰和)."""
    places = lexicons().places
    return any(name[:n] in places and places[name[:n]].name == name[:n] and name[:n] != places[name[:n]].short for n in range(2, min(len(name), 9) + 1))


_LONG_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司")


def _abbreviates(short: str, full: str) -> bool:
    """泰和集团 for 山东泰和实业集团有限公司, 哈医大一院 for 哈尔滨医科大学附属第一医院: the short
    name's characters stand in the full name in order, and both end alike."""
    if len(short) < 3 or full.startswith(short) or _formal_place_prefix(short):
        return False  # a parent of a sub-unit, or a formal name of its own (杭州市慈善总会)
    stem = full
    for ending in _LONG_ENDINGS:
        if full.endswith(ending) and not short.endswith(ending):
            stem = full[: -len(ending)] or full
            break
    if short[-1] != stem[-1] and short[-1] != full[-1]:
        return False
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if position == 0:
            return False
    return True


def _final(resolved: dict[str, str], name: str) -> str:
    target = resolved[name]
    while resolved.get(target, target) != target:
        target = resolved[target]
    return target


def _prefix_is_qualifier(prefix: str) -> bool:
    """A place or a parent institution (北京师范大学) may stand before a name without changing it."""
    if place_of(prefix)[0] and len(prefix) <= 8:
        return True
    return any(prefix.endswith(s) for s in ("大学", "学院", "省", "市", "区", "县"))
