"""Appointment and election patterns, built from one table (data/lexicons/appointments.tsv).

Every rule that reads who was elected or appointed to what (person mentions,
positions, participation) asks this module, so the verbs and what may stand
between a name and its new title are written once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _rows, alternation, lexicons

_ORDINAL = r"(?:第[一二三四五六七八九十0-9]+届|首届|新一届|新一任|本届|下一届)"
_COUNT = r"(?:等[0-9一二三四五六七八九十百两]+(?:人|名|位)(?:同志|个人)?)"


@lru_cache(maxsize=1)
def _table() -> list[dict[str, str]]:
    return _rows("appointments.tsv")


@lru_cache(maxsize=1)
def appointing() -> re.Pattern[str]:
    """Any appointment or election verb: the sentence may give someone a post."""
    return re.compile(alternation([row["word"] for row in _table()]))


@lru_cache(maxsize=1)
def appointing_before_names() -> re.Pattern[str]:
    """The verbs that the appointed names follow (选举甲为…, 任命乙为…), ending where the names start."""
    return re.compile("(?:" + alternation([row["word"] for row in _table() if row["names"] in ("after", "both")]) + ")$")


@lru_cache(maxsize=1)
def appoints_after_body() -> re.Pattern[str]:
    """某会聘任甲为法律顾问, 某公司经研究决定聘请乙为顾问: what stands between the body that is the subject and the names it
    appoints (matched from the body's end to the first name): the body appoints to a title of its own."""
    verbs = alternation([row["word"] for row in _table() if row["names"] in ("after", "both")])
    return re.compile(rf"经?(?:党组|党委|理事会|董事会|会长办公会议?)?(?:研究)?(?:决定|同意)?(?:{verbs})$")


@lru_cache(maxsize=1)
def elected_after_name() -> re.Pattern[str]:
    """张三当选为会长, 李四、王五增补为副会长, 赵六连任会长: the verb (and link) right after the names."""
    parts = []
    for row in _table():
        if row["names"] in ("before", "both"):
            link = {"为?": "为?", "-": ""}.get(row["link"], "为")
            parts.append(re.escape(row["word"]) + link)
    return re.compile("(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")")


@lru_cache(maxsize=1)
def absent_after() -> re.Pattern[str]:
    """增补/补选: who is named after the verb was decided about and need not be present."""
    return re.compile(alternation([row["word"] for row in _table() if row["presence"] == "absent"]))


@lru_cache(maxsize=1)
def councils() -> str:
    return "(?:" + alternation(lexicons().councils) + ")"


def term_body_text() -> str:
    """What may stand between an organization and a title it holds (第四届理事会, 监事会首任), as pattern text to build on."""
    return rf"{_ORDINAL}?{councils()}?(?:首任)?"


@lru_cache(maxsize=1)
def term_body() -> re.Pattern[str]:
    """term_body_text as a whole string, after the other terms of a list (某市政协第九届、第十届委员: one seat held over both)."""
    return re.compile(rf"^(?:{_ORDINAL}、)*{term_body_text()}$")


@lru_cache(maxsize=1)
def elected_as() -> re.Pattern[str]:
    """What may stand between an elected name and the title (or the organization before it):
    为, 当选, 同志当选新一届理事会, 等6人为, 为第二届 …; a verb or 为 is always there."""
    verbs = alternation(row["word"] for row in _table())
    return re.compile(
        rf"(?:同志)?{_COUNT}?[…⋯]*(?:(?:{verbs})为?|为)(?:本会|该会|总会|专委会)?{_ORDINAL}?{councils()}?(?:首任)?"
    )


@lru_cache(maxsize=1)
def link_before_title() -> re.Pattern[str]:
    """为/任 (or 为第二届) right before a title or the organization that holds it: 增补甲为第二届某协会副会长,
    聘请甲、乙任总会名誉会长."""
    return re.compile(rf"(?:兼任|担任|为|任){_ORDINAL}?{councils()}?$")  # (为|任, not [为任]: each branch opens with a character, scanned for in C)


@lru_cache(maxsize=1)
def council_after() -> re.Pattern[str]:
    """首届理事会, 第二届理事会 right after an organization: that organization is the one electing."""
    return re.compile(rf"{_ORDINAL}?{councils()}")


COUNT = re.compile(_COUNT)
# 甲、乙分别为A、B站长; 丙、丁分别当选会长、监事长: the names before it and the bodies or titles after pair in order
RESPECTIVELY = re.compile(r"分别(?:当选为?|担任|出任|任|为)")


_NUMERAL = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
TERM = re.compile(r"第([一二三四五六七八九十0-9]{1,3})届|首届")  # 第三届, 首届: a term's ordinal (org_names reads it before a committee too)


def term_number(written: str) -> int:
    """第五届 -> 5, 第十二届 -> 12, 首届 -> 1; 0 where no numbered term is written."""
    match = TERM.search(written)
    if match is None:
        return 0
    digits = match.group(1)
    if digits is None:
        return 1
    if digits.isdigit():
        return int(digits)
    tens, _, units = digits.rpartition("十")
    if "十" not in digits:
        return _NUMERAL.get(digits, 0)
    return (_NUMERAL.get(tens, 1) if tens else 1) * 10 + _NUMERAL.get(units, 0)


def latest_term(text: str) -> int:
    """The highest numbered term (第六届) an article writes: a title of a lower one is a former post."""
    return max((term_number(m.group()) for m in TERM.finditer(text)), default=0) if "届" in text else 0


@lru_cache(maxsize=1)
def council_before() -> re.Pattern[str]:
    """第五届理事会 (a numbered or named term and its council) right before a title: the title is that council's."""
    return re.compile(rf"{_ORDINAL}{councils()}$")
