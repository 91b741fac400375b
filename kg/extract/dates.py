"""Dates as articles write them, resolved to ISO strings (YYYY-MM-DD, YYYY-MM or YYYY).

A day written without a year (5月8日) takes the publication year; a range
(10月10日至12日) gives its first day; 近日/日前 give the publication month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from operator import attrgetter

from .lexicon import after_any, relative_days, word_alternation, word_bit, word_class

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(text: str) -> int | None:
    """二〇二四 -> 2024, 十二 -> 12, 二十八 -> 28, 廿五 -> 25, 8 -> 8, 2 9 -> 29 (a day split by a stray space)."""
    if len(text) == 3 and text[1] in " \u3000":
        text = text[0] + text[2]
    if text.isdigit():
        return int(text)
    if text[:1] in _TENS_SIGNS:  # 廿五, 卅一: the old signs for twenty and thirty
        ones = _CN_DIGITS.get(text[1:], None) if text[1:] else 0
        return None if ones is None else _TENS_SIGNS[text[0]] + ones
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _CN_DIGITS.get(tens, None) if tens else 1
        low = _CN_DIGITS.get(ones, None) if ones else 0
        if high is not None and low is not None:
            return high * 10 + low
    return None


_TENS_SIGNS = {"廿": 20, "卅": 30}
_NUM = r"[0-9]{1,4}|[〇零○一二三四五六七八九十廿卅]{1,4}"
# 15至16日, 15—16日, 15、16日, 15日至16日: a range or pair of days is dated by its first
_RANGE_END = rf"(?:\s*(?:日|号)?\s*(?:至|到|[-—–~～、])\s*(?:{_NUM})(?=\s*(?:日|号)))?"
# 11月2 9日, 10月3 0日: a stray space inside a day's two digits (a conversion or typesetting slip) before 日
_DAY = rf"[0-9][ \u3000][0-9](?=\s*(?:日|号))|{_NUM}"
# 2026年9月26日至27日: a dated range keeps its end in the mention, as 9月26日至27日 does (the range's days are read from it)
_FULL = re.compile(
    rf"(?P<y>[0-9]{{4}}|[〇零○一二三四五六七八九]{{4}})\s*(?:年|-|/|\.)\s*(?P<m>{_NUM})\s*(?:月|-|/|\.)\s*(?P<d>{_DAY})(?![0-9])"
    rf"(?:\s*(?:日|号)\s*(?:至|到|[-—–~～、])\s*(?:{_NUM})\s*(?:日|号)|\s*(?:日|号)?)"
)
_COMPACT = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s?(?P<m>[01][0-9])\s?(?P<d>[0-3][0-9])(?![0-9])\s*日?")
# A lookahead that adds no condition (a month number, then 月) in front of the patterns that open with a lookbehind
# lets the regex engine skip most positions at once instead of trying the lookbehinds and branches at each.
# 1 1月2日: a stray space inside a month's two digits (10, 11, 12) before 月, as inside a day's
_MONTH = rf"1[ \u3000][0-2](?=\s*月)|{_NUM}"
_MONTH_DAY = re.compile(rf"(?=(?:[0-9〇零○一二三四五六七八九十廿卅]{{1,4}}|1[ \u3000][0-2])\s*月)(?<![0-9年/\-.])(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY}){_RANGE_END}\s*(?:日|号)")
_YEAR_MONTH = re.compile(rf"(?P<y>[0-9]{{4}}|[〇零○一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_NUM})\s*月(?!\s*(?:{_NUM})\s*(?:日|号))")
_RECENT = re.compile(word_alternation("recent_word"))
_RECENT_WORD = word_bit("recent_word")  # sentence_scan: _RECENT can match
# 本月十二日, 上月28日: a day of the page's month, or of the month before
_MONTH_WORD_DAY = re.compile(
    rf"(?:(?P<this>{word_alternation('this_month_word')})|(?P<last>{word_alternation('last_month_word')}))\s*(?P<d>{_NUM})\s*(?:日|号)"
)
# 2019年，…; 早在2015年10月…: a year that opens a sentence dates what the sentence tells (retrospective
# essays date their episodes by year only); a year inside a clause (2019年成立的…) dates nothing.
# 上月，…; 上个月中旬，…; 于上月底…: the month before the page's, opening a clause (not 上月28日, a day: _MONTH_WORD_DAY; not
# 上月的…, 较上月增长, a month spoken of)
_LAST_MONTH_ALONE = re.compile(
    rf"(?:(?<=^)|(?<=[,，。;；:：\s】)）于在]))(?:{word_alternation('last_month_word')})(?:上旬|中旬|下旬|初|底|末)?"
    rf"(?!\s*(?:{_NUM})\s*(?:日|号)|份?的)"
)
_OPENING_YEAR = re.compile(
    rf"^(?:{word_alternation('opening_year_prefix')})?(?P<y>(?:19|20)[0-9]{{2}})\s*年(?=\s*(?:[,，]|{word_alternation('opening_year_part')}))"
)
# 去年，…; 前年底，…: a year told relative to the page date that opens a sentence dates it as a written year does
_OPENING_RELATIVE_YEAR = re.compile(
    rf"^(?:{word_alternation('opening_year_prefix')})?(?P<rel>{word_alternation('last_year_word')}|{word_alternation('year_before_last_word')})"
    rf"(?=\s*(?:[,，]|{word_alternation('opening_year_part')}))"
)
_WEEK_WORD = re.compile(
    rf"(?:(?P<this>{word_alternation('this_week_word')})|(?P<last>{word_alternation('last_week_word')}))(?![一二三四五六日天年刊报期])"
)
_RELATIVE = relative_days()  # 昨天 -> -1 (data/lexicons/relative_days.tsv)
_RELATIVE_WORD = re.compile("|".join(map(re.escape, _RELATIVE)))
_RELATIVE_DAY = word_bit("relative_day")  # sentence_scan: _RELATIVE_WORD can match
# （2026年7月15日） alone on a line, or garbled (（2026715）): under a speech's heading, the day it was given; read on a
# page's raw lines (loaders) and on its normalized sentences (events)
BRACKETED_DAY_LINE = re.compile(
    r"\s*[(（]\s*(?P<y>(?:19|20)[0-9]{2})\s*(?:年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日|(?P<md>[0-9]{3}))\s*[)）]\s*"
)
# 昨（十八日）, 本月18日 as Macao and Hong Kong papers write it: the day in brackets is the date
_BRACKETED_DAY = re.compile(rf"(?:昨天?|今天?|前天?)?[（(](?P<d>{_NUM})(?:日[)）]|[)）]日)")  # 昨（十五日）, 昨（十五）日
# “从今天起，…”: a relative word inside quotation marks is the speaker's day, not the article's
_QUOTATION = re.compile(r"[“「『][^“”「」『』]*(?:[”」』]|$)")


_by_start = attrgetter("start")


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str  # day, month


_LAST_OF_RANGE = re.compile(rf"(?:至|到|[-—–~～])\s*(?:(?P<m>{_NUM})\s*月)?\s*(?P<d>{_NUM})\s*(?:日|号)?\s*$")


def range_last_day(surface: str, first: str) -> str | None:
    """The last day of a range of days dated by its first (11月10日至11日, 5月30日—6月1日 -> 2026-06-01), else None."""
    match = _LAST_OF_RANGE.search(surface)
    if match is None or len(first) != 10:
        return None
    month = _cn_number(match.group("m")) if match.group("m") else int(first[5:7])
    day = _cn_number(match.group("d"))
    last = _iso(int(first[:4]), month, day) if month is not None and day is not None else None
    return last if last is not None and len(last) == 10 and last > first else None


# 为期三天的培训班, 为期两天: how many days a gathering lasts, written with its opening
_LASTING = re.compile(rf"为期\s*(?P<n>两|{_NUM})\s*天")


def lasting_last_day(text: str, first: str) -> str | None:
    """The last day of a gathering opened on `first` that text says lasts several days (为期三天 -> two days after), else
    None: its later days are parts of it, as a range's are (11月10日至12日)."""
    match = _LASTING.search(text)
    if match is None or not first[9:]:
        return None
    count = 2 if match.group("n") == "两" else _cn_number(match.group("n"))
    return (dt.date.fromisoformat(first) + dt.timedelta(days=count - 1)).isoformat() if count is not None and 1 < count <= 31 else None


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first full date in text (publication lines, JSON fields, URLs), or None.

    Scraping sometimes loses separators (20230418, 2023041 8日): digits split
    by stray spaces are joined before the compact form is tried.
    """
    joined = re.sub(r"(?<=[0-9])\s+(?=[0-9])", "", text)
    for pattern, candidate in ((_FULL, text), (_COMPACT, joined)):
        match = pattern.search(candidate)
        if match:
            value = _iso(_cn_number(match["y"]), _cn_number(match["m"]), _cn_number(match["d"]))
            if value:
                return value
    match = _YEAR_MONTH.search(text)
    if match:
        return _iso(_cn_number(match["y"]), _cn_number(match["m"]), None)
    return None


# 2016712, 2017123日, 2025年1128日, 20261117，, 2026年918，, 2026912上午: a date whose separators were lost, with one or two
# digits for month and day (followed by 日, or standing alone at the head of a clause or right after a news credit,
# 本报讯（记者 某某）2026511上午, or a digest item's heading, 【某会召开理事会】2026511上午, before a comma or a part of the day,
# with or without 年 and then three or four digits, or before 至 (2026216至3月6日: the first day of a range); or after 于 before what was done then, 于2026712召开…, month and day three
# or four digits there: 201812人次 is a count, not a date)
_GARBLED = re.compile(
    r"(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?:年(?=[0-9]{3,4}\s*日))?(?P<md>[0-9]{2,4})\s*日|(?:(?<=^)|(?<=[,，。;；:：\s于在)）】]))"
    rf"(?P<y2>(?:19|20)[0-9]{{2}})(?:年(?=[0-9]{{3,4}}(?![0-9])))?(?P<md2>[0-9]{{2,4}})(?=[,，、\s至]|{word_alternation('day_part')})"
    r"|(?<=于)(?P<y3>(?:19|20)[0-9]{2})(?P<md3>[0-9]{3,4})(?=[\u4e00-\u9fff]))"
)


def _garbled_reading(year: str, digits: str, publication: str) -> str | None:
    """The reading of month and day digits that is a real date and not after the page date
    (2017123 on a page of 2017-12-10: 2017-12-03 rather than 2017-01-23); the latest such."""
    readings = []
    for split in range(1, len(digits)):
        value = _iso(int(year), int(digits[:split]), int(digits[split:]))
        if value and not (len(publication) == 10 and value > publication):
            readings.append(value)
    return max(readings) if readings else None


_HISTORY = re.compile(rf"[^,，。;；!?！？]{{0,30}}?(?:{word_alternation('since_word')})")
# 1978年3月生, 2005年8月参加工作: a date in a person's life story dates no event
_LIFE = re.compile(rf"\s*(?:{word_alternation('life_event_word')})")


# 2O25年, 4月I5日, 6月3O日: a scanned or converted page writes the letters O, o, I and l for the digits 0 and 1 in a run of
# digits before 年, 月 or 日 (a run with a digit and such a letter; the same length, so offsets hold)
_SCANNED_DIGITS = re.compile(r"(?<![A-Za-z])(?=[0-9OoIl]*[0-9])(?=[0-9]*[OoIl])[0-9OoIl]{2,4}(?=[年月日])")
_DIGIT_OF_LETTER = str.maketrans("OoIl", "0011")


def _as_digits(match: re.Match[str]) -> str:
    return match.group().translate(_DIGIT_OF_LETTER)


# 20226年6月12日: a year with one digit struck twice (a typing slip) before a month; read as the four-digit year that
# dropping one of the doubled pair leaves, the page's own year first (a blank in front of it keeps the offsets)
_DOUBLED_YEAR = re.compile(r"(?<![0-9])[12][0-9]{4}(?=\s*年\s*[0-9]{1,2}\s*月)")
_YEARS = {str(year) for year in range(1900, 2100)}


def _undoubled_year(match: re.Match[str], publication: str) -> str:
    """The year a five-digit run leaves with one of a doubled pair dropped, blank first (same length); else the run."""
    digits = match.group()
    years = sorted({digits[:i] + digits[i + 1:] for i in range(1, 5) if digits[i] == digits[i - 1]} & _YEARS)
    if not years:
        return digits
    page = publication[:4]
    year = page if page in years else next((y for y in reversed(years) if not page or y <= page), years[0])
    return " " + year


def _within_any(at: int, spans: list[tuple[int, int]], matches: list[re.Match[str]]) -> bool:
    """Whether at is inside one of the spans or one of the matches (loops, not any() over generators)."""
    for a, b in spans:
        if a <= at < b:
            return True
    for b in matches:
        if b.start() <= at < b.end():
            return True
    return False


def find_dates(text: str, publication: str, words: int = -1) -> list[DateMention]:
    """Event dates in a sentence, resolved against the publication date (`words`: the sentence's
    lexicon.sentence_scan bits, which skips the word scans of classes it does not hold; -1 scans for all).

    A date in a clause about the past up to now (2018年4月设立以来, 自2008年3月12日成立至今)
    dates no event of the article."""
    found: list[DateMention] = []
    if _NUMERIC_HINT.search(text):
        if "O" in text or "o" in text or "I" in text or "l" in text:
            text = _SCANNED_DIGITS.sub(_as_digits, text)  # 2O25年, 4月I5日, 6月3O日: a scan's letters for 0 and 1
        if "年" in text:
            # (the page date a default, not a cell: no cell made for every sentence)
            text = _DOUBLED_YEAR.sub(lambda found, publication=publication: _undoubled_year(found, publication), text)
        found.extend(_numeric_dates(text, publication))
    size = len(publication)  # (one call, not one a test: this runs for every sentence)
    if size >= 7:
        for match in _RECENT.finditer(text) if words & _RECENT_WORD else ():
            found.append(DateMention(match.start(), match.end(), publication[:7], "month"))
        for match in _LAST_MONTH_ALONE.finditer(text) if "上月" in text or "上个月" in text else ():
            year, month = int(publication[:4]), int(publication[5:7])
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            found.append(DateMention(match.start(), match.end(), f"{year:04d}-{month:02d}", "month"))
        for match in _WEEK_WORD.finditer(text) if size == 10 and ("周" in text or "星期" in text) else ():
            # 本周, 上周 with no weekday: the month of the page date, or of the day a week before it
            day = dt.date.fromisoformat(publication) - dt.timedelta(days=7 if match["last"] else 0)
            found.append(DateMention(match.start(), match.end(), day.isoformat()[:7], "month"))
        if size == 10:
            quoted = [m.span() for m in _QUOTATION.finditer(text)] if "“" in text or "「" in text or "『" in text else []
            for match in _WEEKDAY.finditer(text) if "周" in text or "星期" in text or "礼拜" in text else ():
                value = _weekday(publication, match)
                if value:
                    found.append(DateMention(match.start(), match.end(), value, "day"))
            for match in _MONTH_WORD_DAY.finditer(text) if "月" in text else ():
                value = _month_word_day(publication, match)
                if value:
                    found.append(DateMention(match.start(), match.end(), value, "day"))
            # every bracketed day holds a bracket: most sentences skip the scan (its optional 昨/今/前
            # prefix leaves the regex engine no first character to skip ahead to)
            bracketed = list(_BRACKETED_DAY.finditer(text)) if "(" in text or "（" in text else []
            for match in bracketed:
                value = _day_of_month(publication, _cn_number(match["d"]), after=False)
                if value:
                    found.append(DateMention(match.start(), match.end(), value, "day"))
            for match in _RELATIVE_WORD.finditer(text) if words & _RELATIVE_DAY else ():
                if _within_any(match.start(), quoted, bracketed):
                    continue
                day = dt.date.fromisoformat(publication) + dt.timedelta(days=_RELATIVE[match.group()])
                found.append(DateMention(match.start(), match.end(), day.isoformat(), "day"))
    return sorted(found, key=_by_start) if found[1:] else found  # (most sentences: one date or none, no sort to call)


# 上周五, 本周三, 周二上午: a weekday of the page's week or the week before; 每周三 (habitual), 下周 (to come) and a
# weekday in brackets after its date (11月15日（星期五）) date nothing
_WEEKDAY = re.compile(rf"(?<![每下(（])(?P<rel>上|本|这)?个?(?:周|星期|礼拜)(?P<w>[{''.join(word_class('weekday_numeral'))}])(?![年刊末报])")
_WEEKDAYS = "一二三四五六"


def _weekday(publication: str, match: re.Match[str]) -> str | None:
    """The day of 上周五 / 本周三 / 周二 on a page of this date: this week's (not after the page) or last week's."""
    page = dt.date.fromisoformat(publication)
    wanted = _WEEKDAYS.find(match["w"]) if match["w"] in _WEEKDAYS else 6
    day = page - dt.timedelta(days=page.weekday() - wanted)  # that weekday in the page's week
    if match["rel"] == "上":
        day -= dt.timedelta(days=7)
    elif day > page:
        if match["rel"]:
            return None  # 本周五 after the page date: one to come
        day -= dt.timedelta(days=7)  # 周五 alone: the latest Friday up to the page date
    return day.isoformat()


def _month_word_day(publication: str, match: re.Match[str]) -> str | None:
    """本月十二日 on a page of 2026-03-14 is 2026-03-12; 上月28日 is 2026-02-28."""
    year, month = int(publication[:4]), int(publication[5:7])
    if match["last"]:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return _iso(year, month, _cn_number(match["d"]))


# Every written date (_FULL, _GARBLED, _MONTH_DAY, _YEAR_MONTH) holds an ASCII digit, 年, 月 or one
# of the separators -/.; most sentences hold none and skip those four scans.
_NUMERIC_HINT = re.compile(r"[0-9年月\-/.]")
# every _GARBLED match holds a year and two to four more digits (the first digit outside the branches: a pattern that
# opens with a character class is scanned for it in C)
_SIX_DIGITS = re.compile(r"[0-9](?:[0-9]{5}|[0-9]{3}年[0-9]{3})")


_RELATIVE_YEARS = {word: -1 for word in word_class("last_year_word")} | {word: -2 for word in word_class("year_before_last_word")} | {
    word: 0 for word in word_class("this_year_word") + word_class("same_year_word")  # 当年3月16日: the page's year here, the
}  # year the article named last once the analysis knows it (kg/extract/analysis.py)
_RELATIVE_YEAR_DATE = re.compile(
    rf"(?P<rel>{'|'.join(map(re.escape, _RELATIVE_YEARS))})\s*(?P<m>{_NUM})\s*月(?:\s*(?P<d>{_NUM})\s*(?:日|号))?"
)
_MONTH_ENTRY = re.compile(r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?=[ \t]+[^\s0-9])")  # a line's opening month and a blank
_MONTH_ALONE = re.compile(r"(?=[0-9一二三四五六七八九十])(?:(?<=^)|(?<=[,，。;；:：\s】〕]))(?P<m>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?=\s*[,，])")
# 1.21下午，…; 6.8，…: month and day written with a dot, opening a clause (never 2.6亿元, 3.5万人: a count has no
# day part or comma right after it); 5月20，…, 5月20下午，…: a day written without 日 (a typing slip) the same way
_DOTTED_DAY = re.compile(
    rf"(?:(?<=^)|(?<=[,，。;；\s】)）]))(?P<m>1[0-2]|0?[1-9])(?:\.|\s*月\s*)(?P<d>[12][0-9]|3[01]|0?[1-9])(?![0-9])"
    rf"(?=\s*(?:{word_alternation('day_part')}|[,，]))"
)
_MONTH_PART = re.compile(rf"(?=[0-9〇零○一二三四五六七八九十廿卅])(?<![0-9年/\-.])(?P<m>{_NUM})\s*月(?:上旬|中旬|下旬|初|底|末)")


def _numeric_dates(text: str, publication: str) -> list[DateMention]:
    """Dates written with numbers: full days, garbled digit runs, month and day, year and month."""
    pub_year = int(publication[:4]) if publication[:4].isdigit() else None
    found: list[DateMention] = []
    # Each pattern scans the sentence once: a month needs 月, a garbled digit run six digits in a row.
    full_days = list(_FULL.finditer(text))
    year_months = list(_YEAR_MONTH.finditer(text)) if "月" in text else []
    taken: list[tuple[int, int]] = [m.span() for m in full_days if _HISTORY.match(text, m.end()) or _LIFE.match(text, m.end())]
    taken += [m.span() for m in year_months if _HISTORY.match(text, m.end()) or _LIFE.match(text, m.end())]
    history = list(taken)

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in full_days:
        value = _iso(_cn_number(match["y"]), _cn_number(match["m"]), _cn_number(match["d"]))
        if value and match.span() not in history:
            found.append(DateMention(match.start(), match.end(), value, "day"))
            taken.append(match.span())
    for match in _GARBLED.finditer(text) if _SIX_DIGITS.search(text) else ():
        if free(*match.span()):
            value = _garbled_reading(match["y"] or match["y2"] or match["y3"], match["md"] or match["md2"] or match["md3"], publication)
            if value:
                found.append(DateMention(match.start(), match.end(), value, "day"))
                taken.append(match.span())
    for match in _RELATIVE_YEAR_DATE.finditer(text) if pub_year and "年" in text and "月" in text else ():
        # 去年12月8日, 今年3月, 前年5月中旬: the month (and day) of a year told relative to the page date
        if free(*match.span()) and not _HISTORY.match(text, match.end()):
            year = pub_year + _RELATIVE_YEARS[match["rel"]]
            day = _cn_number(match["d"]) if match["d"] else None
            value = _iso(year, _cn_number(match["m"]), day)
            if value:
                found.append(DateMention(match.start(), match.end(), value, "day" if day else "month"))
                taken.append(match.span())
    for match in _MONTH_PART.finditer(text) if pub_year and ("旬" in text or "月初" in text or "月底" in text or "月末" in text) else ():
        # 5月中旬，…: a month of the page's year (or the year before, for a month after the page's)
        if free(*match.span()):
            value = _iso(pub_year, _cn_number(match["m"]), None)
            if value:
                found.append(DateMention(match.start(), match.end(), _before_publication(value + "-01", publication)[:7], "month"))
                taken.append(match.span())
    for match in _MONTH_ALONE.finditer(text) if pub_year and "月" in text else ():
        # 10月，…; 十月份，…: a month alone that opens a clause is a month of the page's year (or the year before)
        value = _iso(pub_year, _cn_number(match["m"]), None)
        if value and free(*match.span()):
            found.append(DateMention(match.start(), match.end(), _before_publication(value + "-01", publication)[:7], "month"))
            taken.append(match.span())
    entry = _MONTH_ENTRY.match(text) if pub_year and "月" in text[:6] else None
    if entry and free(*entry.span()):
        # 5月　总会召开…: a chronicle's entry dated by its month alone
        value = _iso(pub_year, _cn_number(entry["m"]), None)
        if value:
            found.append(DateMention(entry.start(), entry.end(), _before_publication(value + "-01", publication)[:7], "month"))
            taken.append(entry.span())
    for match in _MONTH_DAY.finditer(text) if "月" in text else ():
        if free(*match.span()) and _HISTORY.match(text, match.end()):
            taken.append(match.span())  # 6月21日启动募捐以来: the start of a time up to now, as for a full day
        elif free(*match.span()):
            value = _iso(pub_year, _cn_number(match["m"]), _cn_number(match["d"]))
            if value:
                found.append(DateMention(match.start(), match.end(), _before_publication(value, publication), "day"))
                taken.append(match.span())
    for match in _DOTTED_DAY.finditer(text) if pub_year and ("." in text or "月" in text) else ():
        if free(*match.span()):
            value = _iso(pub_year, int(match["m"]), int(match["d"]))
            if value:
                found.append(DateMention(match.start(), match.end(), _before_publication(value, publication), "day"))
                taken.append(match.span())
    for match in year_months:
        if free(*match.span()):
            value = _iso(_cn_number(match["y"]), _cn_number(match["m"]), None)
            if value:
                found.append(DateMention(match.start(), match.end(), value, "month"))
                taken.append(match.span())
    opening = _OPENING_YEAR.match(text)
    if opening and free(*opening.span()) and not _HISTORY.match(text, opening.end()):
        found.append(DateMention(opening.start("y"), opening.end(), opening["y"], "year"))
    elif pub_year and "年" in text[:5] and (relative := _OPENING_RELATIVE_YEAR.match(text)) and free(*relative.span()):
        found.append(DateMention(relative.start("rel"), relative.end(), str(pub_year + _RELATIVE_YEARS[relative["rel"]]), "year"))
    return found


def _day_of_month(reference: str, day: int | None, after: bool = True) -> str | None:
    """A day of the month written alone, in the reference date's month. After a day the article named
    (after=True: 30日…, 2日 → the next month's 2nd) it may run into the next month; before the page
    date (after=False: 昨（三十日） on a page of 12-01) into the month before."""
    if day is None or len(reference) != 10:
        return None
    year, month = int(reference[:4]), int(reference[5:7])
    value = _iso(year, month, day)
    if after and value and value < reference and int(reference[8:]) - day > 20:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        value = _iso(year, month, day)
    elif not after and (value is None or value > reference):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        value = _iso(year, month, day)
    return value


# 19日，…; 22日上午，…: a day written without its month continues the month of the day named before
# (also right after a bracketed byline: 本报讯（记者 某某）18日，…; after a word restating a day told another way: 三天后，也就是18日下午，…; after a roundup's section heading: 滁州：8日上午，…; before a place: 13日在吉安，…; and before the verb
# of what was done that day: 19日举行分论坛, 20日赴某地; or before 是 telling what the day was: 14日是考察最后一天，…)
# A day may also stand between a subject and its verb (某会负责人26日齐聚某地, 某论坛27日在某地开幕): after a Chinese
# character that does not make it a count (第, 连, 历时, 每, 数) or a range's end (至), in digits, before a day_subject_verb.
# ■, ◇: the bullet opening a digest's item (◇3日，某会…), before its day as a line's start is
ITEM_BULLETS = "■●◆◇▲"
_CN_DAY = r"[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]"
# 15日, 十六日; 15日至16日, 15—16日: a range of days alone is dated by its first
_DAY_NUMBER = rf"(?P<d>[0-9]{{1,2}}|{_CN_DAY})\s*(?:日?\s*(?:至|到|[-—–~～、])\s*(?:[0-9]{{1,2}}|{_CN_DAY})\s*)?日"
# 十五日召开 as traditional and Hong Kong pages write it: a Chinese numeral day needs a character before it that
# makes it no count or other day (有一日, 同一日, 每十日, 前三日)
_CN_DAY_AFTER = r"(?<=[\u3400-\u9fff])(?<![第连续历时每数约共近逾满个至到和及或前后期同当次翌隔昨今明这那是单有某逐一二三四五六七八九十廿卅])"
# The lookahead on the characters every day number starts with adds no condition, but lets the regex engine skip
# the other positions at once instead of trying both branches' lookbehinds at each (the scan 3x faster)
_DAY_ONLY = re.compile("(?=[0-9一二三四五六七八九十廿卅])(?:" + (
    r"(?:(?:(?<=^)|(?<=[,，。;；:：\s)）\]】" + ITEM_BULLETS + "])|" + after_any(word_class("day_restating")) + ")" + _DAY_NUMBER + r"(?=\s*(?:" + word_alternation("day_part") + r"|[,，在是]|(?:" + word_alternation("day_adverb") + r")?(?:"
    + word_alternation("day_subject_verb") + r")))"
    r"|(?:(?<=[\u3400-\u9fff])(?<![第连续历时每数约共近逾满个至到和及或前后期了用花耗])(?P<d2>[0-9]{1,2})|" + _CN_DAY_AFTER + rf"(?P<d3>{_CN_DAY}))\s*日(?="
    + r"(?:" + word_alternation("day_part") + r")?(?:" + word_alternation("day_adverb") + r")?(?:" + word_alternation("day_subject_verb") + r")))"
) + ")")
_NEIGHBOUR_DAYS = {word: 1 for word in word_class("next_day_word")} | {word: -1 for word in word_class("previous_day_word")}
_NEIGHBOUR_DAY = re.compile("|".join(map(re.escape, _NEIGHBOUR_DAYS)))  # 次日, 翌日: the day after; 前一天: the day before
_NEIGHBOUR_WORDS = word_bit("next_day_word") | word_bit("previous_day_word")  # sentence_scan: _NEIGHBOUR_DAY can match


def continuing_days(text: str, last_day: str, after: bool = True, words: int = -1) -> list[DateMention]:
    """Days told relative to the last day the article named: 19日, 十六日 (its month), 次日/第二天 (the day after),
    前一天 (the day before).
    With after=False last_day is the page date and a day alone is the latest such day not after it (15日 on a page
    of 10-20 is 10-15, 25日 is 09-25); 次日 then says nothing. `words`: as find_dates'."""
    if len(last_day) != 10:
        return []
    found = []
    for match in _DAY_ONLY.finditer(text) if "日" in text else ():  # every day alone holds 日
        if text[match.start() - 1:match.start()] == "月" and _HISTORY.match(text, match.end()):
            continue  # 6月21日启动募捐以来: the day of a month-day that starts a time up to now (_numeric_dates)
        value = _day_of_month(last_day, _cn_number(match["d"] or match["d2"] or match["d3"]), after=after)
        if value:
            found.append(DateMention(match.start(), match.end(), value, "day"))
    for match in _NEIGHBOUR_DAY.finditer(text) if after and words & _NEIGHBOUR_WORDS else ():
        day = dt.date.fromisoformat(last_day) + dt.timedelta(days=_NEIGHBOUR_DAYS[match.group()])
        found.append(DateMention(match.start(), match.end(), day.isoformat(), "day"))
    return found


_SPAN_DAY = re.compile(word_alternation("span_day_word"))
SPAN_DAY_WORDS = word_bit("span_day_word")  # sentence_scan: _SPAN_DAY can match (analysis tests it before calling span_days)
# the first characters of a day written with its number (5日, 3月5日至8日, 十五日, 2025年3月5日): a span of days (span_days)
# opens there, not at a day told relative to another (次日, 当天, 第三天, 前一日)
WRITTEN_DAY_START = frozenset("0123456789〇零○一二三四五六七八九十廿卅")


# 在闭幕式上，…; 会议闭幕时，…; 大会闭幕，…; 在10日下午的闭幕式上，…; 结业仪式上，…: a clause opening the sentence with the
# closing of the gathering (closing_session_word and its session's noun)
_CLOSING_OPENING = re.compile(
    rf"\s*在?[^,，。;；:：]{{0,10}}?(?:(?:{word_alternation('closing_session_word')})(?:式|会议|大会|会|仪式)(?:上|时|后|当天|之际)?|闭幕(?:上|时|后|当天|之际)?)\s*[,，]"
)


def closing_day(text: str, last: str) -> DateMention | None:
    """The last day of a span of days (`last`) for a sentence opening with its gathering's closing (在闭幕式上，…), else None."""
    match = _CLOSING_OPENING.match(text) if last else None
    return DateMention(0, match.end() - 1, last, "day") if match else None


def span_days(text: str, first: str, last: str, words: int = -1) -> list[DateMention]:
    """首日, 第三天, 最后一天: days of a span of days (3月5日至8日, 为期三天, or one day written with its number: the days after
    it) counted from its first day `first`, or its last `last` ("" where the page gives none). A day past the span's last,
    or 最后一天 of a span with no last, dates nothing. `words`: as find_dates'."""
    found = []
    for match in _SPAN_DAY.finditer(text) if words & SPAN_DAY_WORDS and len(first) == 10 else ():
        word = match.group()
        if word[0] == "最":
            value = last
        else:
            count = 1 if word[0] == "首" else _cn_number(word[1:-1])
            value = (dt.date.fromisoformat(first) + dt.timedelta(days=count - 1)).isoformat() if count else ""
            if last and value > last:
                value = ""
        if value:
            found.append(DateMention(match.start(), match.end(), value, "day"))
    return found


def _before_publication(value: str, publication: str) -> str:
    """A December event reported in January belongs to the year before."""
    if len(publication) >= 7 and value[:4] == publication[:4] and value[:7] > publication[:7]:
        month_gap = int(value[5:7]) - int(publication[5:7])
        if month_gap >= 6:
            return f"{int(value[:4]) - 1:04d}{value[4:]}"
    return value
