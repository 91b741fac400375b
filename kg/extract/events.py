"""Events and the date each sentence's people take part on.

An event is a name with an event ending (会议, 论坛, 仪式) next to a word
that says it happened (在…召开, 举行了); a visit is 赴/到 a place to 考察.
The article's main date is the first dated, happening event of the body; a
later dated sentence that says something happened moves the date on, and a
date inside reported speech counts only for its own clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from .analysis import ArticleAnalysis, SentenceView, reference_date
from .dates import BRACKETED_DAY_LINE, DateMention, lasting_last_day, parse_date, range_last_day
from .lexicon import Place, WordScanner, alternation, lexicons, org_suffixes_longest_first, word_alternation, word_bit, word_class
from .mentions import HAN, Mention, _inside
from .org_names import DESCRIPTOR_HEADS, descriptor_length
from .text import DIGITS, INNER_CLAUSE_MARKS, clause_start, normalize

_W = word_alternation  # a class of data/lexicons/event_words.tsv as an alternation
# 某会议昨（五）日在澳门举行, 某大会日前在南京召开, 某大会5月8日上午在南京开幕: a day between the name and where it was held
_DAY_AFTER_NAME = (
    r"(?:[昨今前]?[天日]?[(（][0-9一二三四五六七八九十]{1,3}(?:日[)）]|[)）]日)|[昨今前][天日]|"
    rf"(?:[0-9一二三四五六七八九十]{{1,2}}月)?[0-9一二三四五六七八九十]{{1,3}}[日号]|{_W('recent_word')}|"
    r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?|"  # 该联席会议2024年6月在上海首次召开
    + _W('last_year_word') + "|" + _W('year_before_last_word') + r")(?:" + _W('day_part') + ")?"  # 第二届论坛去年在银川举行
)
_HAPPEN_AFTER = re.compile(
    rf"^[”」』\"]?[,，]?(?:{_DAY_AFTER_NAME})?(?:在(?P<place>[^,。;、]{{1,25}}?)|于[^,。;]{{0,20}}?(?:在(?P<place2>[^,。;、]{{1,25}}?))?)?(?:改?以[^,。;]{{1,10}}?方式)?(?:{_W('held_manner')})?(?:{_W('held_verb')}|(?P<closing>{_W('closing_verb')}))"
    rf"|^由[^,，。;；]{{2,30}}?(?:{_W('presided_verb')})"  # (a bare ending) 揭牌仪式由某局副局长某某主持: it took place
)
# 举办简朴而隆重的揭牌活动, 在广州举行的第二次会议: a short modifier with 的 may stand between the verb and the name
_HAPPEN_BEFORE = re.compile(rf"(?:{_W('held_before_name')})[了过]?(?:[^,，。;；的]{{0,10}}的)?$")
# 在5月12日的常务理事会议上, 在今年3月的理事会上: a meeting recalled by its date, at which something was done
_DATED_AT = re.compile(r"在(?P<when>[^,，。;；在的]{2,14})的$")
_DECIDED = re.compile(_W("decided_verb"))
_AT_OPENS = re.compile(r"(?:^|[,，:：;；])\s*在$")  # 在 opening its clause: 9月5日，在某主题活动上，
_ELECTED_AT = re.compile(rf"上[,，]?(?:{_W('elected_at_verb')})")  # 在某会第五次会员代表大会上当选为会长
# 关于召开…全体会议的通知, 某会关于召开…的通知 (the issuing bodies, 、 between them, before 关于): a notice of a meeting
# still to come; the people of its agenda have taken part in nothing yet
ANNOUNCES_MEETING = re.compile(rf"\s*(?:[\u4e00-\u9fff（）()、]{{2,40}}?)?关于(?:{_W('announced_meeting_verb')})[^。]*的(?:预)?通知\s*$")
# 某论坛将于9月5日在某地举办（附日程安排）as a page's title: a preview; the meeting, its hosts and its programme are to come
PREVIEWS_MEETING = re.compile(rf"(?:{_W('preview_title_marker')})[^。!！]{{0,24}}?(?:{_W('convene_verb')})")
_FLASHBACK = re.compile(rf"\s*(?:{_W('flashback_lead')})")  # 时间回到3月18日。
_AFTER_MEETING = tuple(word_class("after_meeting_lead"))  # 会后，…: the meeting's day again after the day before it
_PREVIOUS_DAY_WORD = word_bit("previous_day_word")  # 前一天: the sentence that tells the day before the meeting
_SENTENCE_END = re.compile(r"\s*[。.!！]?\s*")
_FUTURE = re.compile(rf"(?:{_W('future_marker')})$")
_NEXT = re.compile(rf"(?:{_W('next_time')})")  # 商定下一次联席会议: planned, not held
_YEAR_PREFIX = re.compile(r"^(?:[0-9]{4}年度?(?:[0-9]{1,2}月)?|第[一二三四五六七八九十0-9]+届)+")
_ORDINALS = re.compile(r"第[一二三四五六七八九十0-9]+次|首次|首届")  # 某地第四次联席会议: the network is 某地联席会议
# 某处长甲来锡调研, 某会来通调研: 来 and the one-character short name of the place visited (not 以来, 原来, 带来); after a
# party (一行来, 考察组来南通交流, 代表团来杭考察) any place
_COME_TO = rf"(?<=[人行组团])来|(?<![以原未带从回出过起后将再])来(?=[\u4e00-\u9fff](?:{_W('visit_activity')}))"
_VISIT = re.compile(
    rf"(?:{_W('visit_going')}|{_COME_TO})(?P<place>[^,。;]{{1,20}}?)[,，]?(?:围绕[^,。;]{{1,20}}|与[^,，。;]{{1,8}}?|就[^,，。;]{{1,30}}?)?(?:开展|进行)?(?:工作|实地)?"
    rf"(?:{_W('visit_activity')})"
)
_VISIT_ACTIVITY = re.compile(_W("visit_activity"))  # every _VISIT match ends in one: most sentences skip its scan
_VISIT_ACTIVITY_WORD = word_bit("visit_activity")  # SentenceView.words: _VISIT_ACTIVITY can match
_VISIT_GOING = re.compile(rf"{_W('visit_going')}|{_COME_TO}")  # and every one starts with one of these
# 一是要…, 二是… : a point of a speech or a plan; what it names happened only on a date of its own
_ENUMERATION = re.compile(_W("enumeration_marker"))
# 发起成立某基金会, 成立了某服务队: a founding told with the body after the verb (not 推动成立, 筹备成立: one to come)
_FOUNDS = re.compile(rf"(?:{_W('founding_manner')})?成立了?")
_PLANNED_FOUNDING = re.compile(rf"(?:{_W('plan_marker')}|推动|争取|力争|鼓励|支持|指导|帮助)$")
_SINCE_AFTER = re.compile(rf"\s*(?:{_W('since_word')}|以来|至今)")
# 年内，全市开展…活动: a stretch of time, no day of its own; 此前，某会召开了…: an earlier time, no day of its own either;
# 报告显示，…开展某活动83场: a report's figures, over the period it reports
_PERIOD = re.compile(rf"\s*(?:{_W('period_opening')}|(?:{_W('earlier_opening')}|{_W('undated_time_opening')}|{_W('future_opening')}|{_W('figures_opening')})\s*[,，])")
# 此前，甲曾带队赴某县调研; 年初，乙走访了…; 今年以来，丙先后出席…; 据悉，去年同期，丁…: a sentence told at another time
# than the story's day, with no day or month of its own, or of a time to come (届时，…; 下一步，…) (data/lexicons/event_words.tsv
# period_opening, earlier_opening, undated_time_opening, future_opening); connective_opening's 据悉，, 另悉，, 此外， may stand before
_OTHER_TIME_WORDS = tuple(word_class("period_opening") + word_class("earlier_opening") + word_class("undated_time_opening") + word_class("future_opening"))
_OTHER_TIME = re.compile(
    rf"\s*(?:(?:{_W('connective_opening')})\s*[,，]\s*)?"
    rf"(?:(?:{_W('period_opening')})|(?:{_W('earlier_opening')}|{_W('undated_time_opening')}|{_W('future_opening')})\s*[,，])"
)
OTHER_TIME_HEADS = frozenset(word[:2] for word in _OTHER_TIME_WORDS + tuple(word_class("connective_opening")))  # one slice's test first


def told_at_another_time(view: SentenceView) -> bool:
    """年初，甲带队走访了…; 此前，乙曾来访; 去年同期，丙…: a sentence (its first two characters in OTHER_TIME_HEADS: the
    caller tests) that opens with a time other than the story's day and writes no day or month of its own places its people
    at no event of the day told before: the page dates what it tells to no day (docs/gold-conventions.md, "Earlier events a
    page dates"). A clause's own day (此前，5月20日，…) dates it as before; 期间，, 同日，, 会后，… stay on the day."""
    for date in view.dates:
        if date.precision != "year" and date.start < view.quote:
            return False
    return _OTHER_TIME.match(view.sentence.text) is not None


# 调研组一行先后来到某院和某村, 一行考察了某会: where a visiting party goes or what it visits (考察团一行来到…: the party
# word with 一行 after it, not its 考察 read as the verb)
# (also 与会人员参观了…; 甲、乙在丙陪同下实地考察了某中心: named people, escorted, visiting a body)
ESCORTED_BY = r"在[^,，。;；]{1,30}?陪同下"  # 在丙陪同下, 在某会会长丙的陪同下: who receives a party, named in its escort
_PARTY_STOP = re.compile(
    rf"(?P<who>(?:{_W('party_word')})(?:一行)?|{_W('visiting_subject')}|(?P<course>{_W('course_subject')})|)(?P<escorted>{ESCORTED_BY}[,，]?)?(?:实地)?(?:{_W('stop_adverb')})?"
    rf"(?P<verb>(?:{_W('visit_going')}|{_W('visit_object_verb')}|{_W('inspection_verb')})了?)(?P<place>[^,，。;；]{{2,40}}?)(?=[,，。;；]|$)"
)
_PARTY_VERB = re.compile(rf"{_W('visit_going')}|{_W('visit_object_verb')}|{_W('inspection_verb')}")  # the verb group of _PARTY_STOP
_SITE_SESSION = re.compile(_W("site_session"))  # 开展现场教学: a course's session at another body's premises
_STOP_DEED = re.compile(_W("stop_deed"))  # 来到某站现场观摩: what is done at the place makes the going a stop of its own
# 7日上午，…; 12月1日上午，…; 当天下午，…; 下午，…: the part of the day a sentence opens with (a stop told in a part of its own is an event of
# its own, docs/gold-conventions.md, decided stop 36)
_PART_OPENING = re.compile(rf"\s*(?:(?:[0-9]{{1,2}}月)?[0-9一二三四五六七八九十]{{1,3}}日|{_W('same_day_word')})?(?P<part>{_W('day_part')})[,，]")


_SAME_DAY_OPENINGS = frozenset(word[:2] for word in word_class("same_day_word"))  # 当天, 同日, 同一(天): the first two characters
_SAME_DAY_PART = re.compile(rf"\s*(?:{_W('same_day_word')})(?P<part>{_W('day_part')})[,，]")  # 当天下午，…: a part of the day told before


def _day_part(view: SentenceView) -> str:
    """上午 of 7日上午，考察团来到某村…: the part of the day the sentence opens with, else ""."""
    opening = _PART_OPENING.match(view.sentence.text)
    return opening.group("part") if opening else ""
# 举行了《某协议》签约仪式: a book title right before the ending belongs to the event's name
_TITLE_BEFORE = re.compile(r"《[^《》]{1,40}》$")
# 某慈善联盟在某县某镇成立。: a body founded on a dated day is the founding event (某联盟2024年9月在某地成立: its month
# written right after the body, with no 于)
_FOUNDED = re.compile(
    rf"(?:^|(?<=[,，:：]))(?P<body>[^,，。;；:：]{{2,40}}?)(?:于[^,。;]{{1,12}}?|(?:19|20)[0-9]{{2}}年[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?(?:在(?P<place>[^,。;、]{{1,25}}?))?(?:{_W('founding_manner')})?成立(?=[,，。;；!]|$)"
)
# 每年至少举办一次联合活动, 将于明年召开…: a planned or habitual event, not one that happened
# (将于明年上半年在香港举办, 每年举办的爱心活动: whatever modifies the name after the verb)
_PLANNED = re.compile(rf"(?:{_W('plan_marker')})[^,，。;]{{0,14}}?(?:{_W('convene_verb')})了?(?:[^,，。;；的]{{0,10}}的)?$")
# 甲会见了随同前来考察的某会考察组一行: a reception is an event of its own
# 11:20—11:40　, 16:30　: the time (or span) a programme line opens with, before the item it schedules
_PROGRAMME_SLOT = re.compile(r"\s*\d{1,2}[:：]\d{2}(?:\s*[—–~～至-]+\s*\d{1,2}[:：]\d{2})?\s+")
_FLAG_HANDED = re.compile(rf"(?:{_W('flag_handed')})")  # 从乙手中接过会旗, 向乙授旗, 将交接牌交到乙手中
# 签署了《某合作协议》, 签订三方合作协议: a signing, the event of a dated day that tells no other
_SIGNED = re.compile(rf"(?:{_W('signing_verb')})了?[^,，。;；]{{2,30}}?(?:{_W('signed_document')})》?")
_HELD_BEFORE_OF = re.compile(rf"(?:{_W('held_before_name')})的$")  # 在漳州召开的: a clause of its holding before a name
_DAY_WRITTEN = r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日"
# 经厅党组2026年5月29日会议研究, 经推荐、某评审委员会2026年5月21日会议评审 (the body after the steps before it), or the day
# first: 经2026年6月9日理事长办公会议研究, 经2026年1月16日三届五次常务理事会议审议
_DECIDED_AT_MEETING = re.compile(
    rf"经(?:[^,，。;；经]{{0,30}}、)?(?:(?P<body>[\u4e00-\u9fff]{{1,16}}?)(?:于)?(?P<when>{_DAY_WRITTEN})(?:召开的)?会议"
    rf"|(?:于)?(?P<day_first>{_DAY_WRITTEN})(?:召开的)?(?P<meeting>[\u4e00-\u9fff]{{2,20}}?会议?))"
    r"(?:[^,，。;；]{0,4}?)(?:研究|审议|讨论|决定|评审)"
)
# 经9月21日市红十字会党组会议研究, 经总会会长办公会审议, 经某会2026年第二次会长办公会议（7月3日）研究: a meeting that decided
_DECIDED_BY_MEETING = re.compile(
    r"经(?:[^,，。;；经]{0,30}、)?(?P<name>[\u4e00-\u9fff0-9]{2,40}?(?:办公会议?|党组会议?|常委会议?|会议))"
    r"(?:[（(][^)）]{3,14}[)）])?(?:研究|审议|讨论|决定)"
)
_LEADING_DAY = re.compile(r"^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:召开的)?")
_LEAD_DAY_ONLY = re.compile(r"(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[上下]午)?[,，]$")  # 7月13日，经…
_RECEPTION = re.compile(rf"会见了?(?P<guest>[^,。;]{{2,40}}?)(?:{_W('delegation_word')})")
_STOP_WORDS = frozenset(  # data/lexicons/event_words.tsv; 去年第四次联席会议: a relative year is no part of the name
    word_class("event_name_stop_word") + word_class("convene_verb") + word_class("this_year_word") + word_class("last_year_word")
    + word_class("year_before_last_word")
)
_MINUTES_WORDS = frozenset(word_class("minutes_word"))  # 某会工作例会纪要 as a page's title: the minutes of a meeting held
_NAME_INNER_WORDS = frozenset(word_class("event_name_inner_word"))  # 年度, 暨: inside a name whatever their part of speech
_FOUNDED_BODIES = word_class("founded_body_ending")  # data/lexicons/word_classes.tsv
_YEAR_WRITTEN = re.compile(r"于?((?:19|20)[0-9]{2})年(?![0-9]{1,2}月|度)")  # 某联盟于2023年在上海成立: the year right after the body


@dataclass
class Event:
    name: str
    date: str
    type: str
    place: str
    sentence: SentenceView
    start: int
    end: int
    rule: str
    network: str = ""


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicons().event_suffixes))


@lru_cache(maxsize=1)
def _suffix_scanner() -> WordScanner:
    """Where event endings are written (find_events' scan of every sentence)."""
    return WordScanner(lexicons().event_suffixes)


def names_event_ending(view: SentenceView) -> bool:
    """Whether the sentence writes an event ending (结业仪式, 座谈会)."""
    return bool(_suffix_scanner().spans(view.sentence.text))


_DATE_ENDS = "年月日号"  # the last character of a date a segmenter may glue to the next word (12月经)


def _in_a_date(token: Token, dates: list, glued: bool) -> bool:
    """Whether a date ends inside the token (where the token may be glued to a date's last character: `glued`), or a
    day holds the token (loops, not any() over generators: no cells made for every name)."""
    if glued:
        for d in dates:
            if token.start < d.end < token.end:
                return True
    for d in dates:
        if d.start <= token.start and token.end <= d.end and d.precision == "day":
            return True
    return False


def _event_name(view: SentenceView, suffix_start: int, suffix_end: int) -> int:
    """Start offset of the event name ending at suffix_end: extend left over name-like tokens."""
    tokens = view.tokens
    index = tokens.index_at(suffix_start)  # the token holding the ending's first character
    start = tokens[index].start if index is not None else suffix_start
    persons = [(p.start, p.end) for p in view.persons] if view.persons else []
    before = bisect_right(tokens.bounds, start, 1) - 1  # tokens[:before] end at or before start
    quoted = -1  # where the quotation whose closing mark the name reached opens: its words are the name's, whatever they are
    for token in islice(reversed(tokens), len(tokens) - before, None):  # those, nearest first, without a copy
        if token.end != start:
            break
        word = token.word
        if token.start >= quoted >= 0:
            start = token.start  # 暨“两优一先”表彰大会: 一先 inside the quotation, no adverb of the sentence
            continue
        if word in _NAME_CLOSING_QUOTES:
            quoted = view.sentence.text.rfind(_NAME_OPENING_QUOTES[word], max(0, token.start - view.start - _QUOTED_NAME_MAX), token.start - view.start)
            quoted = quoted + view.start if quoted >= 0 else -1
        elif word == ")" and (opened := _bracketed_place(view, token.start)) >= 0:
            quoted, start = opened, token.start  # 海峡两岸(昆山)慈善公益论坛, 中国(杭州)慈善博览会: the place in brackets is the name's
            continue
        if word in _STOP_WORDS or not (HAN.search(word) or _NAME_SYMBOL.fullmatch(word)):
            break
        if token.pos.startswith(("p", "u", "c", "r", "d")) and word not in _NAME_INNER_WORDS:
            break
        if (persons and _inside(token.start, token.end, persons)) or (word in _NAME_BREAKING_CUES and not _inside_a_longer_word(view, token.start, word)):
            break  # (no call with no person)
        if view.dates and _in_a_date(token, view.dates, word[0] in _DATE_ENDS and len(word) > 1):
            # 2023年12月经五届三次理事会增补: the segmenter's 月经 holds a date's end and a word before the name; 已经3月5日
            # 第二届理事会第四次会议审议通过: the day the meeting was held on, no part of its name
            break
        start = token.start
    return _first_party_start(view, start)


_BRACKETED_PLACE_MAX = 8  # characters a place in brackets inside an event's name holds at most (内蒙古自治区: 6)


def _bracketed_place(view: SentenceView, close: int) -> int:
    """Where the bracket that the ) at close shuts opens, if what it holds is a place (昆山, 杭州, 中国上海: a full place or a
    known short form), else -1."""
    text, local = view.sentence.text, close - view.start
    opened = text.rfind("(", max(0, local - _BRACKETED_PLACE_MAX - 1), local)
    inside = text[opened + 1:local] if opened >= 0 else ""
    return opened + view.start if inside and inside in lexicons().places else -1


_NAME_OPENING_QUOTES = {"”": "“", "」": "「", "』": "『"}  # a closing quotation mark inside an event's name and the mark that opens it
_NAME_CLOSING_QUOTES = frozenset(_NAME_OPENING_QUOTES)
_QUOTED_NAME_MAX = 16  # characters a quoted brand inside an event's name holds at most (“两优一先”, “慈善一日捐”)
_PARTY_JOINERS = tuple(word_class("event_party_joiner"))  # data/lexicons/event_words.tsv


def _first_party_start(view: SentenceView, start: int) -> int:
    """举行了甲会与乙公司战略合作签约仪式, 甲公司向乙会捐赠仪式: a name that opens with the second party of an agreement or
    a gift takes in the first party, the body written right before the joiner (the name of a bare ending stays bare)."""
    text, offset = view.sentence.text, view.start
    local = start - offset
    for o in view.orgs:  # an organization starting the name first (a plain loop): most names have none
        if o.start == start:
            break
    else:
        return start
    for joiner in _PARTY_JOINERS:  # (loops, not next() over generators: no cells made for every name)
        if text.startswith(joiner, local - len(joiner)):
            break
    else:
        return start
    for first in view.orgs:
        if first.end == start - len(joiner):
            return first.start
    return start


_ACTIVITY_WORDS = frozenset(word_class("event_name_activity_word"))  # 慰问, 签约: cue words that also name what an event does


@lru_cache(maxsize=1)
def _longer_words() -> dict[str, tuple[str, ...]]:
    """召集 -> (召集人, 召集单位, …): the longer words of cues.tsv that hold a cue word and are none (cue `word`), by the
    cue word they start with."""
    cues = lexicons().cues
    longer: dict[str, list[str]] = {}
    for word, cue in cues.items():
        if cue == "word":
            for end in range(len(word) - 1, 0, -1):
                if cues.get(word[:end], "word") != "word":
                    longer.setdefault(word[:end], []).append(word)
                    break
    return {word: tuple(words) for word, words in longer.items()}


def _inside_a_longer_word(view: SentenceView, start: int, word: str) -> bool:
    """轮值召集单位交接仪式: a cue word the segmenter split off a longer word that is none (召集单位) stays in the name."""
    longer = _longer_words().get(word)
    return longer is not None and view.sentence.text.startswith(longer, start - view.start)


# A cue word (主持, 出席, 讲话) ends an event name extended leftwards, unless it names the activity (慰问活动): a set, where a
# function asked the lexicon at every step of the walk. A longer word that holds a cue and is none (cue `word`: 希望工程,
# 召集单位) is a noun of the name (某市希望工程助学金发放仪式), as when the segmenter splits its cue word off
_NAME_BREAKING_CUES = frozenset(word for word, cue in lexicons().cues.items() if cue not in ("follow", "word")) - _ACTIVITY_WORDS


# 某会(在某地)召开理事会议: the convening organization right before 召开 (and its place) names a bare ending's event
# 某联席会议召开第二次会议: a body named by a meeting's ending convenes the meeting after the verb. 召开 alone, not the
# convene_verb class: after 举办, 举行 a body holds an event of another kind (联席会议成功举办首届某论坛: a forum, not the
# meeting), which the whole class would fold into one name
_CONVENING_VERB = "召开"  # (two characters: compared with the held verb's last two)
_NAMED_AFTER_VERB = re.compile(rf"了?[^,，。;；:：、\s]{{0,24}}?(?:{alternation(lexicons().event_suffixes)})")
_CONVENED_BY = re.compile(rf"^(?:于[^,，。;；]{{0,20}}?)?(?:在[^,，。;；]{{1,25}}?)?(?:{_W('convene_verb')})了?$")


def _convener(view: SentenceView, name_start: int) -> Mention | None:
    """The organization that convenes the event whose name starts at name_start (某会召开理事会议), if written."""
    text = view.sentence.text
    for org in reversed(view.orgs):
        if org.end <= name_start:
            at_place = text[max(0, org.start - view.start - 1):org.start - view.start] in ("在", "到", "于")  # 在某会召开座谈会: a venue
            return org if not at_place and _CONVENED_BY.match(text[org.end - view.start:name_start - view.start]) else None
    return None


def _dated_before(view: SentenceView, start: int) -> str:
    """The last day or month written in the sentence before start (今年3月，某会五届二次理事会同意…), else ""."""
    return next((d.value for d in reversed(view.dates) if d.start < start and d.precision in ("day", "month")), "")


def date_in(view: SentenceView, start: int, end: int) -> str | None:
    """The first day-precision date written between start and end, if any."""
    for d in view.dates:  # a plain loop, not next() over a generator: asked per claim
        if start <= d.start < end and d.precision == "day":
            return d.value
    return None


# 10月15日，…; 12月27日上午，…: a day that opens a clause of the body is the lead's date of what happened
_LEAD_DATE_SUBJECT = re.compile(rf"\s*(?:{_W('day_part')})?\s*(?![起前后以至之到止内])[\u4e00-\u9fff]")
_CLOCK = r"[0-9]{1,2}\s*(?:[:：]\s*[0-9]{2}|[时点](?:\s*[0-9]{1,2}\s*分|半|整)?)(?:许|左右)?"  # 9:30, 3点, 凌晨1时
# 翌日（八日），; 5日（周二）上午，; 9月5日“中华慈善日”当天，(a named day, then 当天); 北京时间3月2日凌晨1时，(the hour)
_LEAD_DATE_AFTER = re.compile(
    rf"\s*(?:[(（][^()（）]{{1,6}}[)）])?\s*(?:[“「][^”」,，。]{{1,12}}[”」]\s*(?:{_W('same_day_word')}))?\s*(?:{_W('day_part')})?\s*(?:{_CLOCK})?\s*[,，]"
)
# 时间:2026年4月27日下午: a labelled day that is the whole line (minutes) is the lead's date too; a bare date line is not.
# The line may go on with its weekday, the hour or hours (（星期二）上午9:30—11:30, 下午3点) and the next label (地点:…)
_LABELLED_DATE_ALONE = re.compile(
    rf"\s*(?:[(（](?:星期|周|礼拜)[一二三四五六日天][)）])?\s*(?:{_W('day_part')})?\s*(?:{_CLOCK}(?:\s*[-—–~～至到]+\s*{_CLOCK})?)?"
    r"\s*(?:[\s,，;；]\s*[^\s:：,，。]{1,6}[:：].*)?$"
)


def _opens_clause(view: SentenceView, date) -> bool:
    text = view.sentence.text
    before = text[: date.start - view.start].rstrip()
    if date.precision != "day":
        return False
    if before.endswith((":", "：")) and _LABELLED_DATE_ALONE.match(text, date.end - view.start):
        return True
    return (not before or before[-1] in ",，。;；:：)）”") and bool(_LEAD_DATE_AFTER.match(text, date.end - view.start))


_SPOKEN_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：]")
# 通报了服务情况：9月5日至11日，…, 通报了审计报告，截至9月30日…: what was reported, opened right after the report's object
_REPORT_OPENING = re.compile(rf"[:：]|[,，](?:{_W('as_of_word')})")


def spoken_of(view: SentenceView, date) -> bool:
    """甲介绍了5月8日启动的项目, 乙汇报了2023年12月成立的基金运行情况: a date after a speech cue in that cue's own
    clause, or opening what the report tells (情况：9月5日…, 报告，截至9月30日…), is part of what was reported, not
    the day the people of the sentence took part on."""
    text = view.sentence.text
    for cue in view.cues:
        if cue.end > date.start:
            return False
        if cue.cue == "speaker":
            local = date.start - view.start
            gap = _SPOKEN_CLAUSE_BREAK.search(text, cue.end - view.start, local)
            if gap is None:
                return True
            opening = _REPORT_OPENING.match(text, gap.start())
            if opening is not None and opening.end() == local:
                return True
    return False


# 【访谈时间】2026年4月10日　10:00—11:00, 访谈时间：…: a transcript's own day, labelled in its first lines
_SESSION_LABEL = re.compile(r"\s*(?:【[^【】:：]{0,6}时间】|[^\s【】:：,，。]{0,6}时间\s*[:：])\s*")
_SESSION_LINES = 8  # the first body sentences: a session's day is labelled before its transcript


def session_date(analysis: ArticleAnalysis) -> str:
    """The day a transcript, round-table or minutes took place, labelled as a line of its own near the top; else ""."""
    read = 0
    for view in analysis.views:  # (a count, not islice over a generator: no call per line)
        if view.sentence.index < 0:
            continue
        read += 1
        if read > _SESSION_LINES:
            break
        if "时间" not in view.sentence.text:
            continue
        label = _SESSION_LABEL.match(view.sentence.text)
        date = next((d for d in view.dates if d.precision == "day"), None) if label else None
        if date is not None and date.start - view.start == label.end() and _LABELLED_DATE_ALONE.match(view.sentence.text, date.end - view.start):
            return date.value
    return ""




def main_date(analysis: ArticleAnalysis, session: str) -> str:
    """The date most of the article's people take part on: a transcript's labelled day (`session`, session_date) first."""
    if session:
        return session
    if analysis.spoken_day:
        # 在全市慈善工作会议上的讲话 / 甲 / （2025年4月16日）: a speech's or a work report's day, in brackets on a line
        # of its own under its title, is the day of the gathering it was given at (what it recalls is told later)
        return analysis.spoken_day
    for view in analysis.views:
        quote = view.quote
        for date in view.dates:
            if date.start < quote and date.precision != "year" and (view.has_trigger() or (view.sentence.index >= 0 and _opens_clause(view, date))):
                if not spoken_of(view, date):
                    return date.value
    for view in analysis.views:
        for date in view.dates:
            if date.precision == "month" and date.start < view.quote:
                return date.value
    return analysis.article.date or reference_date(analysis.normalized)


def _day_after_ending(view: SentenceView, date) -> bool:
    """Whether a day is written right after an event's ending (论坛于18日上午在某地登场, 大会18日开幕): it dates the
    event, whatever verb then says it was held."""
    text = view.sentence.text
    local = date.start - view.start
    local -= 1 if text[local - 1:local] in ("于", "在") else 0
    window = max(0, local - 8)
    return any(window + end == local for _, _, end in _suffix_scanner().spans(text[window:local]))


def sentence_dates(analysis: ArticleAnalysis, main: str) -> list[str]:
    """The active date of each view: set by a dated sentence that says something happened; `main` (main_date) before."""
    active = main
    dates: list[str] = []
    resume = ""  # the day a recall told inside a paragraph interrupts (_recall_in_paragraph): the next paragraph's
    recall_paragraph = -1
    return_on_lead = False  # a recalled month told no gathering (某所进行了审计): 会上，… is back at the story's own
    eve, dates_last = False, main  # whether the active day was told as the day before the meeting, and that day
    openings: dict[int, str] | None = None  # each paragraph's first sentence, made where a paragraph goes back a day
    for view in analysis.views:
        before = active
        if resume and (view.sentence.paragraph != recall_paragraph or (return_on_lead and view.sentence.text.startswith(_GATHERING_RETURN))):
            active, resume = resume, ""  # (会上，甲通报了审计情况 after 今年8月，某所对某会进行了审计: the story's day again)
        quote = view.quote
        dated = [d for d in view.dates if d.start < quote and d.precision == "day" and not (view.cues and spoken_of(view, d))] if view.dates else []
        triggered = view.has_trigger(view.start, quote)  # asked twice below: one scan
        happening = triggered
        if not happening:
            for c in view.cues:
                if c.cue != "follow" and c.start < quote:
                    happening = True
                    break
        opening = None
        joined = None
        if view.dates:
            lead = _lead_offset(view.sentence.text)  # once, not once per date
            joined = _JOINED_OPENING.match(view.sentence.text, lead)  # 据悉，今年4月，…; 此前，6月上旬，…
            if joined is None and view.sentence.text[lead:lead + 1] in _EARLIER_FIRST:
                joined = _EARLIER_OPENING.match(view.sentence.text, lead)  # 早在今年3月，甲就…: the month dates this sentence only
            lead = view.start + (joined.end() if joined else lead)
            for d in view.dates:
                if d.start == lead and not (joined and d.precision != "month"):
                    opening = d
                    break
            if opening is None and joined is None and view.sentence.paragraph_start and view.dates[0].precision == "month" and _recent_after_subject(view, lead, analysis.normalized):
                opening = view.dates[0]  # 某县慈善总会日前与某协会签约, 安庆：日前，…: a digest's item told by its recent time after its subject
        if view.sentence.index < 0:
            pass
        elif eve and not view.dates and active < main and view.sentence.text.startswith(_AFTER_MEETING):
            active = main  # 会议前一天即11月24日下午，…。会后，与会人员考察了…: after the meeting is on its day, not the day before
        elif view.sentence.text[:1] == "(" and (bracketed := _bracketed_day(view.sentence.text)):
            active = bracketed  # 三、在某座谈会上的讲话 / （2026年7月15日）: the day of the item the line heads
        elif dated and (triggered or (happening and _day_after_ending(view, dated[0]))):
            # 论坛于18日上午在某地登场，…约180人与会: a day written right after an event's name dates the sentence whatever
            # verb then says it was held (the sentence tells people taking part); an earlier day told inside a paragraph
            # (12日，分论坛在某市举行。…主论坛已于11日在某地开幕) dates that paragraph's rest, the next goes on on the day it interrupted
            if _recall_in_paragraph(view, active, dated[0].value):
                resume, recall_paragraph, return_on_lead = resume or active, view.sentence.paragraph, False
            active = dated[0].value
        elif dated and len(dated) == 1 and _FLASHBACK.fullmatch(view.sentence.text, 0, dated[0].start - view.start) and _SENTENCE_END.fullmatch(view.sentence.text, dated[0].end - view.start):
            active = dated[0].value  # 时间回到3月18日。那天上午，…: a story going back to a day tells what follows on it
        elif dated and (named := _named_with_its_day(view, dated)):
            active = named  # 经第五届理事会第九次会议（2026年10月28日）审议通过: the meeting named with its day in brackets
        elif dated and "天" in view.sentence.text and _PROGRAMME_DAY.fullmatch(view.sentence.text):
            active = dated[0].value  # 第二天（3月19日） over a programme's lines: the day they are of
        elif opening is not None and opening.precision == "day" and (
            _LEAD_DATE_AFTER.match(view.sentence.text, opening.end - view.start)
            or ((view.sentence.text[opening.start - view.start] in DIGITS or "月" in view.sentence.text[opening.start - view.start:opening.end - view.start])
                and _LEAD_DATE_SUBJECT.match(view.sentence.text, opening.end - view.start))
        ):
            # 7月1日，甲带领…开展…: a day that opens the sentence's first clause dates it, trigger or not; so does one its
            # subject follows without a comma (4月18日大会选举产生…, a course's next day 17日上午进行了考核; written with its
            # month or in digits: not 3月1日起施行, a time from or until; not 今日要目, a page's furniture)
            active = opening.value
        elif opening is not None and opening.precision == "month" and len(active) == 10 and (
            (joined and opening.value <= active[:7]) or (opening.value < active[:7] and _RECALLED_AT.match(view.sentence.text, opening.end - view.start))
        ):
            # 5月28日，甲到某会调研。…今年3月在亳州召开的联席会议上，某会接任…: a past gathering recalled as the time of
            # what this sentence tells dates this sentence only; the story goes on on its day; so does a month after a word
            # that joins the sentence to the story (据悉，今年4月，甲曾率考察组来访; 此前，6月上旬，乙一行到某地考察)
            dates.append(opening.value)
            continue
        elif opening is not None and opening.precision == "month" and (
            happening or len(active) < 10
            or (view.sentence.paragraph_start and (
                _RECENT_WORD.fullmatch(analysis.normalized, opening.start, opening.end) is not None
                or analysis.normalized[opening.end - 1] in _MONTH_PART_END
            ))
        ):
            # 2021年5月，第二次联席会议在苏州举行: a month that opens the sentence starts an episode of that month;
            # so does 近日/日前 opening a sentence that says something happened (a digest's next item), whatever day
            # of that month was named before; a paragraph opening with 日前/近日 is a digest's next item whatever it tells
            # (日前，某侨胞向某会捐赠100万元…)
            recent = (happening or view.sentence.paragraph_start) and _RECENT_WORD.fullmatch(analysis.normalized, opening.start, opening.end) is not None
            # 7月2日，…。7月中旬，…开展“夏日送清凉”活动: a part of a month (上旬, 中旬, 月底) opening a sentence is an item of
            # that month told without its day, not one more thing of the day named before
            part = (happening or view.sentence.paragraph_start) and analysis.normalized[opening.end - 1] in _MONTH_PART_END
            if not active.startswith(opening.value) or recent or part:
                if (recalled := view.sentence.paragraph_start and active[9:] != "" and _recalled_month(view, active, opening, analysis.normalized)) or _recall_in_paragraph(view, active, opening.value):
                    resume, recall_paragraph = resume or active, view.sentence.paragraph
                    return_on_lead = recalled and _HELD.search(view.sentence.text) is None
                active = opening.value
        elif view.sentence.text[:2] in _MONTH_PART_HEADS and not view.dates and len(active) == 10 and _MONTH_PART_ALONE.match(view.sentence.text):
            # 6月10日，…。月底，甲带队赴某县调研: a part of the month the story is in, told without its month, as 6月底，… is:
            # an item of that month, no longer of the day told before
            active = active[:7]
        elif happening or (opening is not None and opening.precision == "year" and len(active) < 10):
            # 2019年，…出席: an opening year other than the active date's starts an episode of that year; in a
            # retrospective told by years and months (no day yet), so does a bare one (2024年，轮值主席回到上海。)
            year = ""
            for d in view.dates:  # (a loop, not next() over a generator)
                if d.precision == "year" and d.start < quote and _opens_sentence(view, d):
                    year = d.value
                    break
            if year and year != active[:4]:
                if _recall_in_paragraph(view, active, year):
                    resume, recall_paragraph, return_on_lead = resume or active, view.sentence.paragraph, False
                active = year
        if active < before and not resume and view.sentence.paragraph_start and before[9:] and active[9:]:  # (two days: slices, no call)
            if openings is None:
                openings = {v.sentence.paragraph: v.sentence.text for v in analysis.views if v.sentence.paragraph_start and v.sentence.index >= 0}
            back = _AT_GATHERING.match(openings.get(view.sentence.paragraph + 1, "")) is not None
        else:
            back = False
        if back:
            # 9月15日，某仪式举行。 ¶ 9月3日凌晨，某楼起火…(what the ceremony is for) ¶ 仪式上，…: a paragraph going back to an
            # earlier day, the next one back at the gathering, tells a recalled day; the story goes on on its own
            resume, recall_paragraph, return_on_lead = before, view.sentence.paragraph, False
        if active != dates_last:
            # the day before the meeting told as that (会议前一天即11月24日): a day the story returns from
            eve, dates_last = bool(view.words & _PREVIOUS_DAY_WORD) and len(active) == 10 and len(main) == 10, active
        dates.append(active)
    views = analysis.views
    for index, view in enumerate(views[:-1]):
        following = views[index + 1]
        if not view.dates and following.dates and (_ITEM_HEADING.match(view.sentence.text) or _heading_line(view, following)) and not (
            "天" in following.sentence.text and _PROGRAMME_DAY.fullmatch(following.sentence.text)
        ):
            # （二）举办慈善项目推介会。6月8日，总会在…举办推介会: an item's heading is dated by the item it heads (also a
            # heading line with no number: 某会开展“某某”进社区活动 over 11月上旬，某会在…开展…; not a programme's last line
            # of a day over the next day's heading: 16:30　交接仪式 over 第二天（3月19日）)
            dates[index] = dates[index + 1]
    return dates


def _bracketed_day(text: str) -> str:
    """The day of a line that is a day in brackets alone (a speech's, in a page of several speeches); a garbled one of
    three digits after the year (（2026715）) where only one reading is a date (7-15, not 71-5), else ""."""
    found = BRACKETED_DAY_LINE.fullmatch(text)
    if found is None:
        return ""
    md = found["md"]
    readings = [(found["m"], found["d"])] if md is None else [(md[0], md[1:]), (md[:2], md[2])]
    days = [day for day in (parse_date(f"{found['y']}-{int(m):02d}-{int(d):02d}") for m, d in readings) if day]
    return days[0] if len(days) == 1 else ""


# 第一天（3月18日）, 第二天(9月6日　星期日): a programme's day heading, a line of its own
_PROGRAMME_DAY = re.compile(r"\s*第[一二三四五六七八九十0-9]{1,2}天\s*[(（][^()（）]{3,20}[)）]\s*")


def _recall_in_paragraph(view: SentenceView, active: str, recalled: str) -> bool:
    """Whether a sentence inside a paragraph recalls a month or year before the day being told (a work report's
    `2025年，两地共落实项目312个`, a speech's `去年9月，省厅在我市召开现场会`): the recall dates its paragraph's rest, and
    the next paragraph (`会上，甲作交流发言`) goes on on the day it interrupted."""
    return len(active) == 10 and not view.sentence.paragraph_start and recalled < active[: len(recalled)]


def _recalled_month(view: SentenceView, active: str, opening: DateMention, normalized: str) -> bool:
    """Whether a paragraph opens with an earlier month of the page's year or the year before (今年8月至10月，某所对某会进行了
    审计; 今年3月，某村召开村民代表大会) while the story is on a day: a recall, as one inside a paragraph is; the next
    paragraph, or a sentence back at the gathering (会上，…), goes on on the day it interrupted."""
    return view.sentence.paragraph_start and len(active) == 10 and opening.value < active[:7] and normalized.startswith(_RELATIVE_YEARS, opening.start)


_RELATIVE_YEARS = word_class("this_year_word") + word_class("last_year_word")  # 今年, 去年 (event_words.tsv)
# 感谢仪式上，…; 会上，…: a paragraph opening back at a gathering (gathering_return_lead, after a few characters naming it)
_AT_GATHERING = re.compile(rf"\s*[^,，。;；:：]{{0,8}}?(?:{_W('gathering_return_lead')})[,，]")
_HELD = re.compile(_W("held_verb"))  # 召开, 举行: a recalled month's sentence telling a gathering of its own
# 会上，…; 仪式上，…: a sentence back at the gathering the page reports (event_words.tsv; the text is normalized: ， is ,)
_GATHERING_RETURN = tuple(word + mark for word in word_class("gathering_return_lead") for mark in (",", "，"))
_HEADING_LINE_MAX = 40  # characters: a heading line is short; a line of text this long without a full stop is prose
_LEAD_MARKS = "▲△●■◆★☆◎→>＞·"  # the marks that lead a photo's caption or a paragraph's lead (▲甲在某社区慰问, ◆某会…)
_CAPTION_LEAD = re.compile(rf"\s*[{_LEAD_MARKS}]")  # ▲甲在某社区慰问: a photo's caption, of the text above it


def _heading_line(view: SentenceView, following: SentenceView) -> bool:
    """Whether a view is a line of its own with no full stop (a heading) right above a paragraph of its own."""
    text = view.sentence.text.rstrip()
    return (
        view.sentence.paragraph_start and following.sentence.paragraph_start and following.sentence.paragraph != view.sentence.paragraph
        and len(text) <= _HEADING_LINE_MAX and text[-1:] not in "。!?！？;；:：,，" and not _CAPTION_LEAD.match(text)
        and view.sentence.index >= 0
    )


# 要闻　某会召开第六次会员代表大会…………2: a contents entry, its leader dots and page number
_ENTRY_MARKS = "◇◆●○■□▲△★☆◎·"  # what opens an entry of a table of contents (◆某会召开理事会议)
_CONTENTS_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*[0-9]{1,3}\s*$")


def contents_lines(analysis: ArticleAnalysis) -> set[int]:
    """Views that are entries of a page's table of contents (本期要目, 目录): a line ending in leader dots and a page
    number, or a line written again further down as the heading of its item. What they name is told, and dated, there."""
    lines: dict[str, list[int]] = {}
    leads: list[tuple[int, str]] = []  # (index, the words before its first space) of a short line with a space inside
    found: set[int] = set()
    for index, view in enumerate(analysis.views):
        if view.sentence.index < 0 or not view.sentence.paragraph_start:
            continue
        text = view.sentence.text
        if text.rstrip()[-1:] in DIGITS and _CONTENTS_ENTRY.search(text):  # (a page number ends the entry: no scan of other lines)
            found.add(index)
        elif len(text) <= _HEADING_LINE_MAX:
            words = text.split()
            if words and words[0][0] in _ENTRY_MARKS:  # ◆某会召开理事会议: the entry's mark is no part of the heading
                words[0] = words[0].lstrip(_ENTRY_MARKS)
            lines.setdefault("".join(words), []).append(index)
            if words[1:]:
                leads.append((index, words[0]))
        if text[:1] == "【" and (close := text.find("】")) > 1 and (heading := "".join(text[1:close].split())) in lines:
            # 【某党委开展主题党日活动】7月1日，…: a digest item's heading in brackets, an entry's line written again (a label
            # such as 【主持人】 said twice is no entry)
            lines[heading].append(index)
    for indices in lines.values():
        found.update(indices[:-1])  # every copy but the last, the heading of the item itself
    for index, lead in leads:
        # ◇某联席会议第五次会议在宿州召开 宿州接任轮值主席: an entry with its subtitle, its heading written further down alone
        if lines.get(lead, [index])[-1] > index:
            found.add(index)
    return found


# （一）, 一、, 1. , 第一, 其一: what opens the heading of an item of a work summary or a list of points
_ITEM_HEADING = re.compile(r"\s*(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、．]|[0-9]{1,2}\.(?![0-9]))")


def _named_with_its_day(view: SentenceView, dated: list) -> str:
    """The day written in brackets right after an event's ending (第九次会议（2026年10月28日）, 推进会(2025年4月16日)), else ""."""
    text = view.sentence.text
    for date in dated:
        local = date.start - view.start
        if local < 3 or text[local - 1] not in "(（" or text[date.end - view.start:date.end - view.start + 1] not in ")）":
            continue
        window = max(0, local - 9)
        if any(window + end == local - 1 for _, _, end in _suffix_scanner().spans(text[window:local - 1])):
            return date.value
    return ""


# 近日, 日前; 上周 (a week before the page, no day named): a recent time that is not the day told before it, whatever its month
_RECENT_WORD = re.compile(f"{_W('recent_word')}|{_W('last_week_word')}")
# 还将带队, 将于下月带队, 即将: a deed still to come right before a visit's verb (future_act_marker, or 将 and a verb of going)
_FUTURE_BEFORE = re.compile(rf"(?:{_W('future_act_marker')}|将(?:{_W('future_act_verb')}))[^,，。;；将]{{0,8}}$")
_FUTURE_REACH = 12  # characters before the visit's verb where its 将 is looked for
_MONTH_PART_ALONE = re.compile(rf"(?:{_W('month_part_alone')})\s*[,，]")  # 月底，…; 下旬，…: a part of the story's month alone
_MONTH_PART_HEADS = frozenset(word[:2] for word in word_class("month_part_alone"))  # one slice's test first
_MONTH_PART_END = "旬初底末"  # the last character of a part of a month as dates.py reads one (5月中旬, 3月初, 6月底)
_RECALLED_AT = re.compile(rf"\s*(?:在[^,，。;；]{{1,12}}?)?(?:{_W('held_verb')})的")  # 今年3月在某地召开的…上, 去年5月举行的…
_OPENING_PREFIX = re.compile(rf"(?:{_W('opening_year_prefix')})?$")


# 阜阳市颍州区　, 安庆：: an item's place label before what it tells
_ITEM_LABEL = re.compile(r"[^\s,，。;；:：]{1,10}(?:[:：]|\s+)\s*")


def _recent_after_subject(view: SentenceView, lead: int, normalized: str) -> bool:
    """Whether the sentence's first date is 日前/近日 with only its subject before it (某会日前与某协会签约) or an item's
    place label (安庆：日前，…; 某区　某协会近日…): the recent time of a digest's item, not a time inside what it tells."""
    first = view.dates[0]
    if first.precision != "month" or _RECENT_WORD.fullmatch(normalized, first.start, first.end) is None:
        return False
    at = lead
    label = _ITEM_LABEL.match(normalized, at, first.start)
    if label is not None:
        at = label.end()
    if at == first.start:
        return True
    for org in view.orgs:  # (a loop: most sentences name few bodies)
        if org.start == at and org.end == first.start:
            return True
    return False


def _opens_sentence(view: SentenceView, date) -> bool:
    """Whether a date opens its sentence (2019年，…; 早在2015年…; 这一年的联席会议…), not one told inside it (…，由乙会担任当年…)."""
    text = view.sentence.text
    return _OPENING_PREFIX.fullmatch(text, _lead_offset(text), date.start - view.start) is not None
# 【总会召开常务理事会议】6月8日，…: a digest item's heading; ◎近日，…: its bullet; 本报讯（记者 某某）5月7日，…, 本报某地19日电（…）,
# 又讯　5月12日，…: a newspaper item's dateline before what it tells (the text is normalized: the credit's brackets are half-width)
_HEADING = re.compile(r"\s*(?:【[^【】]{1,40}】\s*)?(?:[^\s,。(]{0,12}[讯电]\([^()]{1,40}\)\s*|又讯\s*)?[◎●■▲◆★☆·]?\s*")
_JOINED_OPENING = re.compile(rf"(?:{_W('connective_opening')})\s*[,，]\s*")  # 据悉，; 此前，: a joining word's clause
_EARLIER_OPENING = re.compile(_W("earlier_time_prefix"))
_EARLIER_FIRST = frozenset(word[0] for word in word_class("earlier_time_prefix"))  # 早在今年3月，…: a time told as earlier than the story's, as after 此前，


def _lead_offset(text: str) -> int:
    """Where a sentence's own words start, after leading blanks and a bracketed heading."""
    return _HEADING.match(text).end()


def find_events(analysis: ArticleAnalysis, active_dates: list[str]) -> list[Event]:
    events: list[Event] = []
    bare_events: list[Event] = []  # bare endings no convener or series names: kept for a day with no other event
    seen: set[tuple[str, str]] = set()
    convening: dict[int, tuple[str, str, Event, bool]] = {}  # a meeting's name end -> the body that convenes it, read as an event
    contents = contents_lines(analysis)
    for index, (view, active) in enumerate(zip(analysis.views, active_dates)):
        if index in contents:
            continue  # 本期要目: an entry of the contents; its item below tells the event with its date
        text, offset = view.sentence.text, view.start
        quote = view.quote
        if view.sentence.index < 0 and "通知" in text and ANNOUNCES_MEETING.match(text):
            continue  # 关于召开某会议的通知: the meeting is still to come
        for _, suffix_start, suffix_end in _suffix_scanner().spans(text):
            suffix = text[suffix_start:suffix_end]
            end = offset + suffix_end
            if text[suffix_end:suffix_end + 1] in ("长", "室") or (view.titles and any(a <= offset + suffix_start < b for a, b in view.titles)):
                continue
            start = _event_name(view, offset + suffix_start, end)
            opened = analysis.normalized.rfind("“", offset, start)
            if opened >= 0 and "”" not in analysis.normalized[opened:start] and start - opened <= _QUOTED_TITLE_MAX:
                start = opened  # “追寻红船足迹 凝聚慈善力量”主题党日活动: a quoted title with a blank is one name
            title = _TITLE_BEFORE.search(analysis.normalized, 0, start) if analysis.normalized.endswith("》", 0, start) else None
            if title and start == offset + suffix_start and title.start() >= offset:
                start = title.start()
            name = _strip_quotes(analysis.normalized[start:end])
            before_name = text[: start - offset]
            if _NEXT.search(name) or (_COUNTED.match(name) and not before_name.endswith("第")) or (_COUNTED_AFTER.match(text, suffix_end) and (not _QUOTED.search(analysis.normalized, start, end) or _spoken_before(view, start))):
                # 下一次联席会议: one to come; 先后召开四次联席会议, 召开常务理事会议2次: a count of meetings, none named (开展
                # “某某”进社区活动9场: a campaign named by its title, held in several sittings, is one event, unless a speaker
                # recounts it: 甲回顾了一年来的工作：开展“某某”义集4场)
                continue
            before = text[: start - offset].rstrip()
            after = text[suffix_end:]
            # (上周五在漳州召开的某秘书长工作会议的意见: a name a clause of its holding modifies ends before 的)
            ends_name = not after or not "\u3400" <= after[0] <= "\u9fff" or after[0] in "上暨在于" or _verb_at(view, end) or (after[0] == "的" and _HELD_BEFORE_OF.search(before) is not None)  # 召开的首次会议搭起了框架
            happened = _HAPPEN_AFTER.match(after) or (ends_name and _HAPPEN_BEFORE.search(before)) or (view.sentence.index < 0 and after.strip() in _MINUTES_WORDS)
            if not happened and suffix.endswith("仪式") and active and active <= analysis.article.date and (not after or after[0].isspace()):
                # 11:20—11:40　轮值主席交接仪式　见证：甲: a ceremony in the programme of a day the page reports was held that day
                slot = _PROGRAMME_SLOT.match(text)
                # (one the report already told as held, on whatever day, is that one: the programme repeats it)
                happened = slot is not None and slot.end() == start - offset and not any(told == name for told, _ in seen)
            if not happened and after[:1] == "上":
                if before[-1:] == "在" and len(name) > len(suffix) + 1 and _AT_OPENS.search(before) and _dated_before(view, start):
                    happened = True  # 9月5日，在第十个“中华慈善日”主题活动上，某会被授予…: a named event at which something was done that day
                elif before.endswith("的") or _day_right_before(view, start):
                    happened = before.endswith("的") and _dated_at(view, before) or _day_right_before(view, start)
            cited = _CITED_DAY.match(after) if not happened and len(name) > len(suffix) + 1 and after[:1] in "(（" else None
            if cited and (len(analysis.article.date) != 10 or parse_date(cited.group()) <= analysis.article.date):
                happened = True  # 经某会第五届理事会第九次会议（2026年10月28日）审议通过: a meeting cited by its day was held
            decided_on = ""
            if not happened and len(name) > len(suffix) + 1 and (_DECIDED.match(after) or _ELECTED_AT.match(after) and before.endswith("在")):
                # 6月18日，某会第三届理事会第二次会议审议通过了…: a meeting told by what it decided; 2021年9月在某会第五次
                # 会员代表大会上当选为会长: by who was elected at it (a profile's career line); held on the day or month before
                decided_on = _dated_before(view, start)
                happened = bool(decided_on)
            if not happened or _FUTURE.search(before) or _PLANNED.search(before):
                continue
            if happened is not True and happened.re is _HAPPEN_AFTER and happened["closing"] and name.endswith(_CAMPAIGN_ENDING) and not any(d.precision == "day" for d in view.dates):
                continue  # 某认领活动圆满收官, 某活动日前落幕: the close of a campaign run over weeks, on no day the sentence writes
            # 某联席会议在滁州召开第二次会议, 某会监事会召开2025年度工作会议: the body that convenes (named by a meeting's ending)
            # names the meeting written after the verb, one event; it stands alone only where that meeting is read as none
            convened = None
            if happened is not True and happened.re is _HAPPEN_AFTER and happened[0][-2:] == _CONVENING_VERB:  # (subscripts, no calls)
                convened = _NAMED_AFTER_VERB.match(after, happened.end())
            if after.startswith("由") and len(name) > len(suffix) + 1:
                continue  # 开班仪式由某某主持: a named part of the day's event (its opening), not an event of its own
            convener = None
            series = ""
            bare = False
            convened_by = convening.pop(end, None) if convening else None
            if len(name) <= len(suffix) + 1 and convened_by is None:
                # 理事会议, 座谈会 alone: an event with the organization that convenes it (某会召开理事会议), or
                # one of a series the article named in full before (首次长三角…联席会议 … 2022年，联席会议在…召开);
                # else (签约仪式在某中心举行) only where the article tells no other event on its day
                convener = _convener(view, start) if len(suffix) >= 3 else None
                series, series_day = ("", "") if convener is not None else _series(events, suffix, analysis.normalized)
                bare = convener is None and not series
                if bare and len(suffix) < 3:
                    continue
            reported = start > quote or bool(_ENUMERATION.search(text, 0, start - offset)) or bool(_PERIOD.match(text, _lead_offset(text)))
            # 2024年联席会议在上海召开, 去年在广州举行的第二次会议: a meeting recalled with a year of its own
            recalled = _recalled_date(view, start, end, active, analysis.article.date) if view.sentence.index >= 0 else ""
            told = _told_after_name(view, end, happened)  # 某大会日前在南京召开: the date written right after the name
            date = recalled or told or date_in(view, view.start, end + 12) or decided_on or (None if reported else active)
            if not date:
                continue  # an event needs a date known at least to the year

            if series and series_day != date and any(e.date == date for e in events):
                continue  # 9月5日，某主题活动在某广场举行。…宣布活动启动: the day's gathering, not a series named on another day
            place = ""
            if isinstance(happened, re.Match) and happened.re is _HAPPEN_AFTER:
                place = (happened.group("place") or happened.group("place2") or "").strip()
            surface = _BOOK_MARKS.sub("", _strip_quotes(analysis.surface(start, end)))
            if convened_by is not None:
                name, surface = convened_by[0] + name, convened_by[1] + surface
            elif convener is not None:
                name, surface = convener.text + name, analysis.surface(convener.start, convener.end) + surface
            elif series:
                name = surface = (date[:4] + "年" if len(date) == 4 else "") + series
            elif _ORDINAL_ONLY.fullmatch(name[: -len(suffix)]):
                # 去年第四次联席会议在枣庄举行 after 某联盟第五次联席会议: the series' body names it too
                stem = _series_stem(events, suffix)
                name, surface = stem + name, stem + surface
            key = (name, date)
            if key not in seen:
                seen.add(key)
                event = Event(surface, date, lexicons().event_suffixes[suffix], place, view, start, end, "bare_ending" if bare else "event_happened")
                if convened:
                    convening[offset + suffix_end + convened.end()] = (name, surface, event, bare)
                else:
                    (bare_events if bare else events).append(event)
        if convening:  # (no calls on most sentences: the budget counts them)
            for _, _, event, bare in convening.values():
                (bare_events if bare else events).append(event)  # 某联席会议召开下一次会议…: the meeting after the verb is none
            convening.clear()
        if view.sentence.index >= 0 and active:
            # (此前，甲曾带队赴某县调研; 年初，乙一行考察了…: a visit told at a time with no day of its own is no visit of the day)
            elsewhere = text[:2] in OTHER_TIME_HEADS and told_at_another_time(view)
            visit = view.words & _VISIT_ACTIVITY_WORD and not elsewhere and _VISIT_ACTIVITY.search(text, 0, quote - offset) and _VISIT_GOING.search(text, 0, quote - offset)
            for match in _VISIT.finditer(text[: quote - offset]) if visit else ():
                start, end = offset + match.start(), offset + match.end()
                if "将" in text and _FUTURE_BEFORE.search(text, max(0, match.start() - _FUTURE_REACH), match.start()):
                    continue  # 甲还将带队赴某县调研, 乙将于下月赴某地考察: a visit still to come
                name = re.sub(r"[,，]", "", analysis.surface(start, end))
                key = (name, active)
                if key not in seen:
                    seen.add(key)
                    events.append(Event(name, active, "visit", match.group("place"), view, start, end, "visit"))
            for stop in _party_stops(view, quote) if not elsewhere else ():
                if "将" in text and _FUTURE_BEFORE.search(text, max(0, stop.start("verb") - _FUTURE_REACH), stop.start("verb")):
                    continue  # 考察组将赴某县…: a stop still to come
                going = _VISIT_GOING.match(text, stop.start("verb"))
                # (学员们来到某站现场观摩: a going with a deed of its own at the place is a stop, beside the day's gathering too;
                # 学员们来到某中心开展现场教学 is a session of the course, no stop)
                # (下午，学员们来到某中心开展现场教学 after the day's sessions: a site session of its own that day, decided stop 36; told
                # with its own day, 15日上午，学员们来到某会开展现场教学, it is the course's session of that day, named by the course)
                session = going and stop["course"] and _SITE_SESSION.search(stop["place"]) and not any(
                    d.precision == "day" and d.start < offset + stop.start() and text[d.start - offset:d.start - offset + 2] not in _SAME_DAY_OPENINGS for d in view.dates
                )  # (当天下午，… is the day told before, no day of its own)
                if stop["course"] and not (going and _STOP_DEED.search(stop["place"])) and not session:
                    continue
                # 19日上午，甲、乙一行考察了某会和某中心: a visiting party's stop on a day of its own; on the day of a meeting
                # too where the page tells it as its own activity (会后，与会人员参观了某中心: it takes the people to another
                # place, docs/gold-conventions.md, decided stop 29), not where the party only goes somewhere (一行来到…) or
                # the day's visit is told already (赴某县考察…，考察了…; 开展春节走访慰问活动…走访了…)
                day = next((d.value for d in reversed(view.dates) if d.precision == "day" and d.start < offset + stop.start()), active)
                # (a trip another sentence tells by a range of days is no day's visit told: it yields to the stops of its days)
                told = [e for e in events if e.date == day and e.type != "founding" and not (e.rule == "visit" and e.sentence is not view and _told_by_range(e, analysis))]
                deed = going and (stop["course"] or told and _STOP_DEED.search(stop["place"]))
                if told and (part := _day_part(view)) and all(_day_part(e.sentence) not in ("", part) or (e.rule == "visit" and not _day_part(e.sentence)) for e in told):
                    told = []  # 当天下午，考察团来到某公司…: a part of the day of its own, after the morning's stops only
                if told and ((going and not deed) or any(e.type == "visit" or (e.type == "activity" and _VISIT_OBJECT.search(e.name)) for e in told)):
                    continue
                start, end = offset + stop.start("verb"), offset + stop.end()
                # 赴某县，实地观摩…: the going is named with what was done there (the stop's span stays the going's)
                named_end = offset + min(_deed_end(text, stop.end()), stop.start("verb") + 40) if going else end
                name = _strip_quotes(re.sub(r"^(.*?)了", r"\1", re.sub(r"[,，]", "", analysis.surface(start, named_end)), count=1))
                seen.add((name, day))
                events.append(Event(name, day, "visit", stop.group("place"), view, start, end, "deed_stop" if deed else "party_stop"))
            if text[:2] in _SAME_DAY_OPENINGS and (part := _SAME_DAY_PART.match(text)) and tells_a_deed(view):  # (a slice, no call)
                # 当天下午，甲带领志愿者来到某敬老院，为老人送去…: what people did in a part of the day of its own, after the
                # day's gathering told in another sentence (a launch, a ceremony) in no part or another one, is an event of its
                # own, as a visit on the day of a meeting is (docs/gold-conventions.md, decided stop 29)
                # (not a course's session: 当天下午，某教授以《…》为题授课 on a day of a 培训班 is part of the course)
                told = [e for e in events if e.date == active]
                if told and all(
                    e.rule == "event_happened" and e.sentence is not view and _day_part(e.sentence) != part["part"] and not normalize(e.name).endswith(_COURSE_ENDINGS)
                    for e in told
                ) and not names_event_ending(view):
                    event = day_event(view, active, analysis)
                    if (event.name, active) not in seen:
                        seen.add((event.name, active))
                        events.append(event)
            own_date = date_in(view, view.start, quote)
            founding = "成立" in text and (own_date or "年" in text)  # every _FOUNDED match holds 成立
            for founded in _FOUNDED.finditer(text[: quote - offset]) if founding else []:
                body = founded.group("body").strip()
                start, end = offset + founded.end("body") - len(body), offset + founded.end("body")
                named = any(o.start == start and o.end == end for o in view.orgs)  # 2023年5月，联盟在湖州成立: a short form the page uses
                if not (named or body.endswith(org_suffixes_longest_first() + _FOUNDED_BODIES)) or not "\u3400" <= _strip_quotes(body)[:1] <= "\u9fff":
                    continue
                # 2023年5月，联盟在湖州成立: an earlier founding the page dates to the month (docs/gold-conventions.md)
                # (某联盟于2024年5月在上海成立: the month written between the body and 成立)
                founded_on = own_date or next((d.value for d in reversed(view.dates) if d.precision == "month" and d.end <= offset + founded.end()), "")
                if not founded_on and body.endswith(_FOUNDED_BODIES):
                    # 某联盟于2023年在上海成立: a network's founding recalled by its year (docs/gold-conventions.md), not the page's year
                    year = _YEAR_WRITTEN.match(text, founded.end("body"), founded.end())
                    founded_on = year.group(1) if year and year.group(1) < analysis.article.date[:4] else ""
                if not founded_on:
                    continue
                name = analysis.surface(start, end) + "成立"
                if (name, founded_on) not in seen:
                    seen.add((name, founded_on))
                    events.append(Event(name, founded_on, "founding", (founded.group("place") or "").strip(), view, start, offset + founded.end(), "founded"))
            for verb in _FOUNDS.finditer(text, 0, quote - offset) if founding else ():
                # 2004年6月，甲发起成立某基金会; 某会成立了某服务队: the body founded, named right after the verb
                body = next((o for o in view.orgs if o.start == offset + verb.end()), None)
                if body is None or _FUTURE.search(text, 0, verb.start()) or _PLANNED_FOUNDING.search(text, max(0, verb.start() - 4), verb.start()):
                    continue
                if _SINCE_AFTER.match(text, body.end - offset):
                    continue  # 成立某会以来: a time since
                founded_on = own_date or next((d.value for d in reversed(view.dates) if d.precision == "month" and d.end <= offset + verb.start()), "")
                name = analysis.surface(body.start, body.end) + "成立"
                if founded_on and (name, founded_on) not in seen:
                    seen.add((name, founded_on))
                    events.append(Event(name, founded_on, "founding", "", view, body.start, body.end, "founded"))
            for since in _SINCE_EVENT.finditer(text) if "以来" in text or "至今" in text else ():
                # 自2021年在徐州成立以来, 自2020年12月第四次会员代表大会以来: the event the clause dates from
                event = _since_event(view, since, analysis, events)
                if event is not None and (event.name, event.date) not in seen:
                    seen.add((event.name, event.date))
                    events.append(event)
            for recalled in _ELIDED_ORDINALS.finditer(text, 0, quote - offset) if view.words & _ELIDED_ORDINAL_WORD else ():
                # 首届于2023年在上海举办，第二届、第三届分别于2024年在南京、2025年在杭州举办: earlier sittings of a series the
                # page names, each dated by the year or month written for it in turn (docs/gold-conventions.md)
                for event in _elided_sittings(view, recalled, events, analysis):
                    if (event.name, event.date) not in seen and not any(e.date == event.date for e in events):
                        seen.add((event.name, event.date))
                        events.append(event)
            recalled_foundings = (
                chain(_FOUNDED_IN.finditer(text, 0, quote - offset) if "于" in text else (), _FOUNDED_ON.finditer(text, 0, quote - offset))
                if "年" in text and view.words & _FOUNDING_VERB_WORD else ()
            )
            for founded in recalled_foundings:
                # 某联席会议机制建立于2019年, 某联席会议于2023年11月在合肥建立: a network's founding recalled by its year or
                # month; one whose date is written before its verb only if that is before the page's (docs/gold-conventions.md)
                when = _year_month(founded.group("y"), founded["m"])
                date_first = founded.re is _FOUNDED_ON
                if date_first and when >= analysis.article.date[: len(when)]:
                    continue
                subject = _founded_subject(view, founded.start(), events, analysis, network_only=True)
                name = subject + founded.group("verb")
                if subject and (name, when) not in seen:
                    seen.add((name, when))
                    place, rule = ((founded.group("place") or "").strip(), "founded_on") if date_first else ("", "founded_in")
                    events.append(Event(name, when, "founding", place, view, offset + founded.start(), offset + founded.end(), rule))
            flag = _FLAG_HANDED.search(text, 0, quote - offset) if "旗" in text or "牌" in text else None
            if flag:
                # 2025年6月，甲会会长某从乙手中接过会旗: the handover is the event of a day (or month) that tells no other
                start, end = offset + flag.start(), offset + flag.end()
                bare_events.append(Event(analysis.surface(start, end), active, "ceremony", "", view, start, end, "flag_handed"))
            signed = _SIGNED.search(text, 0, quote - offset) if "签" in text else None
            dated_before = [d.value for d in view.dates if d.start < offset + signed.start()] if signed else []
            if signed and not dated_before and _WHEN_ONLY.match(text, _lead_offset(text)):
                dated_before = [active]  # 那天上午，甲与乙签下合作协议: the day the story is on
            if signed and dated_before:
                # 6月10日，甲会与乙公司在南昌签署《某协议》: the signing is the day's event when nothing else is told
                start, end = offset + signed.start(), offset + signed.end()
                name = _strip_quotes(re.sub(r"[《》]", "", re.sub(r"^(.*?)了", r"\1", analysis.surface(start, end), count=1)))
                bare_events.append(Event(name, dated_before[-1], "signing", "", view, start, end, "signed"))
            decided_spans = []
            for decided in _DECIDED_AT_MEETING.finditer(text) if "经" in text and "会议" in text else ():
                # 经厅党组2026年5月29日会议研究决定: a notice's appointments were decided at a meeting of that day
                when, named = ("when", "body") if decided["when"] else ("day_first", "meeting")
                day = date_in(view, offset + decided.start(when), offset + decided.end(when))
                name = analysis.surface(offset + decided.start(named), offset + decided.end(named)) + ("会议" if named == "body" else "")
                if day and (name, day) not in seen:
                    decided_spans.append(decided.start())
                    seen.add((name, day))
                    events.append(Event(name, day, "meeting", "", view, offset + decided.start(), offset + decided.end(), "decided_at_meeting"))
            for decided in _DECIDED_BY_MEETING.finditer(text) if "经" in text and view.dates else ():
                # 经9月21日市红十字会党组会议研究; 经某会2026年第二次会长办公会议（7月3日）研究; 7月13日，经总会会长办公会审议:
                # a decision told with its meeting dates the meeting, by a day written in it or the day the sentence opens with
                if decided.start() in decided_spans:
                    continue
                day = date_in(view, offset + decided.start(), offset + decided.end())
                if day is None and _LEAD_DAY_ONLY.match(text, 0, decided.start()):
                    day = date_in(view, offset, offset + decided.start())
                named = _LEADING_DAY.sub("", decided.group("name"))
                if not day or len(named) < 4:
                    continue
                start = offset + decided.end("name") - len(named)
                name = analysis.surface(start, offset + decided.end("name"))
                if (name, day) not in seen:
                    seen.add((name, day))
                    events.append(Event(name, day, "meeting", "", view, start, offset + decided.end(), "decided_at_meeting"))
            for match in _RECEPTION.finditer(text[: quote - offset]) if "会见" in text else ():  # every match opens with 会见
                start, end = offset + match.start(), offset + match.end()
                name = analysis.surface(start, end)
                if (name, active) not in seen:
                    seen.add((name, active))
                    events.append(Event(name, active, "meeting", "", view, start, end, "reception"))
    # 7月8日至9日，甲带队赴上海开展考察交流。8日下午，两地召开座谈会。: a trip told by its range of days yields to an
    # event named on one of them, as a trip told by its month yields to its days (docs/gold-conventions.md)
    trips = {e.date for e in events if e.rule == "visit" and _told_by_range(e, analysis)}
    dated = {event.date for event in events if not (event.date in trips and event.rule in _TRIP_RULES)}
    for event in bare_events:
        # (会上还举行了签约仪式: a signing the page tells as held at the day's gathering is an event of its own beside it)
        # (当天下午，检查组在某地召开座谈会: a gathering told in a part of the day no other event of the day is told in, on a
        # day the page tells in two parts, is one of its own, as a stop told so is, docs/gold-conventions.md, decided stop 36)
        if event.date not in dated or (event.type == "signing" and event.rule == "bare_ending" and event.sentence.sentence.text.lstrip().startswith(_OWN_CEREMONY_LEADS)) or (
            event.rule == "bare_ending" and (part := _day_part(event.sentence)) and not any(e.date == event.date and _day_part(e.sentence) == part for e in events)
            and _told_in_two_parts(event.date, analysis, active_dates)
        ):
            if event.date in trips:
                if not any(d.value == event.date for d in event.sentence.dates):
                    continue  # 11月10日至11日，…赴衢州调研。调研组在某县召开座谈会: a gathering the trip tells without its day is part of it
                events = [e for e in events if not (e.date == event.date and e.rule == "visit")]
            dated.add(event.date)
            events.append(event)
    # 7月6日至7日，考察团来吴中区考察。6日下午，两地召开座谈会。: the trip yields to a gathering named on its day too
    gathered = {e.date for e in events if e.date in trips and e.rule == "event_happened"} if trips else ()
    if gathered:
        events = [e for e in events if not (e.date in gathered and e.rule == "visit" and _told_by_range(e, analysis))]
    if events[1:] and "日至" in analysis.normalized:  # (a range of days, 17日至19日: most pages write none, and make no call)
        events = _ranged_yield_to_their_day(events, analysis)
    for event in events:  # (a plain loop: most articles tell no activity with an ending 活动, and make no call)
        if event.name[-2:] == _CAMPAIGN_ENDING and event.rule == "event_happened":
            events = _campaigns_yield_to_gatherings(events, analysis)
            break
    events = _trips_yield_to_their_parts(_one_visit_a_day(_drop_parts_of_the_day(_drop_shortened(events)), analysis, active_dates))
    _assign_networks(events)
    return events


_DAY_RANGE = re.compile(r"[至到、~～—–-]")
_TRIP_RULES = ("visit", "party_stop", "deed_stop")  # a trip and a stop of it: the day's gathering told as a bare ending still names the day
_OWN_CEREMONY_LEADS = tuple(word_class("own_ceremony_lead"))


_CAMPAIGN_ENDING = "活动"  # an activity's ending: 某某发放暨走访慰问活动, told over a range of days


def _campaigns_yield_to_gatherings(events: list[Event], analysis: ArticleAnalysis) -> list[Event]:
    """5月9日至10日，甲带队分赴某区、某市开展某某发放暨走访慰问活动。9日上午，一行参加了某区某某集中发放仪式: an activity
    told over a range of days (an ending 活动) yields, on its first day, to a gathering another sentence names on that day,
    as a trip told by a range of days does (docs/gold-conventions.md "Every day people take part on is an event's day")."""
    umbrellas = [e for e in events if e.rule == "event_happened" and e.name.endswith(_CAMPAIGN_ENDING) and _told_by_range(e, analysis)]
    if not umbrellas:
        return events
    return [
        event for event in events
        if not (event in umbrellas and any(
            o is not event and o.date == event.date and o.rule == "event_happened" and o.type != "activity" and o.sentence is not event.sentence for o in events
        ))
    ]


def _ranged_yield_to_their_day(events: list[Event], analysis: ArticleAnalysis) -> list[Event]:
    """10月17日至19日赴昆山，出席第五届某论坛。论坛于18日上午在某中心开幕: a gathering named in a sentence told by a range
    of days, told again (its series' name, ordinals left out) on a later day of that month, is held on that day, not on the
    range's first (docs/gold-conventions.md "Every day people take part on is an event's day")."""
    dropped = []
    for event in events:  # (plain loops and tests: most events are told by no range, and make no call)
        if event.rule != "event_happened" or "日至" not in event.sentence.sentence.text or not _told_by_range(event, analysis):
            continue
        written = _ORDINALS.sub("", _ORDINAL_PREFIX.sub("", normalize(event.name)))
        for other in events:
            if other is not event and other.rule == "event_happened" and event.date < other.date and other.date[:7] == event.date[:7] and len(other.name) > 3 and normalize(other.name) in written:
                dropped.append(event)
                break
    return [e for e in events if e not in dropped] if dropped else events


def _told_by_range(event: Event, analysis: ArticleAnalysis) -> bool:
    """Whether the event's day is the first of a range its sentence writes (7月8日至9日)."""
    return any(d.value == event.date and _DAY_RANGE.search(analysis.normalized, d.start, d.end) for d in event.sentence.dates)


_SINCE_EVENT = re.compile(
    rf"(?:自|从)(?:(?P<y>(?:19|20)[0-9]{{2}})年|(?P<last>{_W('last_year_word')})|(?P<before_last>{_W('year_before_last_word')}))"
    rf"(?:(?P<m>[0-9]{{1,2}})月(?:(?P<d>[0-9]{{1,2}})日)?)?(?:在(?P<place>[^,，。;；]{{1,12}}?))?"
    rf"(?P<what>[^,，。;；]{{0,30}}?)(?:{_W('since_word')})"
)
# 自2020年在上海首次召开以来, 自去年3月举办首期以来: the first sitting of a series, its name written in another clause
_FIRST_SITTING = re.compile(rf"(?:(?P<ord>首[次期届])(?:{_W('held_verb')})|(?:{_W('held_verb')})(?P<ord_after>首[次期届]))$")
_SERIES_AFTER = re.compile(r"[,，]\s*([\u4e00-\u9fff]{2,24})")
_SERIES_OPENINGS = frozenset(word_class("series_opening_verb"))  # 开讲: a series' first sitting (data/lexicons/event_words.tsv)


_ELIDED_ORDINAL_WORD = word_bit("elided_ordinal_joint")  # SentenceView.words: _ELIDED_ORDINALS can match
_ORDINAL_TERM = r"(?:首|第[一二三四五六七八九十0-9]+)[届次]"
_RECALLED_WHEN = (
    rf"(?:(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月)?|(?:{_W('last_year_word')}|{_W('year_before_last_word')})(?:[0-9]{{1,2}}月)?)"
    r"(?:在[^,，。;；、]{1,12}?)?"
)
_ELIDED_ORDINALS = re.compile(
    rf"(?P<ords>{_ORDINAL_TERM}(?:、{_ORDINAL_TERM})*)(?P<ending>[\u4e00-\u9fff]{{0,6}}?)(?:分别)?于?"
    rf"(?P<whens>{_RECALLED_WHEN}(?:、{_RECALLED_WHEN})*)(?:{_W('held_verb')})"
)
_ORDINAL_TERMS = re.compile(_ORDINAL_TERM)
_WHEN_PARTS = re.compile(
    rf"(?:(?P<y>(?:19|20)[0-9]{{2}})年|(?P<last>{_W('last_year_word')})|(?P<before_last>{_W('year_before_last_word')}))(?:(?P<m>[0-9]{{1,2}})月)?"
)


def _elided_sittings(view: SentenceView, match: re.Match[str], events: list[Event], analysis: ArticleAnalysis) -> list[Event]:
    """The earlier sittings a list of ordinals with the series' name left out recalls (首届于2023年在上海举办，第二届、第三届
    分别于2024年在南京、2025年在杭州举办; 第二次、第三次会议分别于…), one a year or month written in turn, each named by the
    series the page named with an ordinal of the same counter before; none where the counts differ or no series is named."""
    ordinals = list(_ORDINAL_TERMS.finditer(match.group("ords")))
    whens = list(_WHEN_PARTS.finditer(match.group("whens")))
    ending = match.group("ending")
    if len(ordinals) != len(whens) or (ending and len(ordinals) == 1):
        return []  # 首届论坛于2024年9月在苏州举办: a name written whole is read by its ending
    page_date = analysis.article.date
    counter = ordinals[0].group()[-1]
    series, ordinal_at = next(((e, o) for e in reversed(events) if (written := normalize(e.name)).endswith(ending)
                               and (o := _ORDINAL_INSIDE.search(written)) and o.group()[-1] == counter), (None, None))
    if series is None:
        return []  # ordinal_at: where 第六屆 stands in 第六屆海峽兩岸慈善論壇, the series as the page writes it
    stem = _YEAR_PREFIX.sub("", series.name[: ordinal_at.start()]) + series.name[ordinal_at.end():]
    found = []
    for ordinal, when in zip(ordinals, whens):
        if when.group("y"):
            year = when.group("y")
        elif page_date[:4].isdigit():
            year = str(int(page_date[:4]) - (1 if when.group("last") else 2))
        else:
            continue
        date = _year_month(year, when.group("m"))
        if date >= page_date[: len(date)]:
            continue  # a sitting of the page's own year or month is the page's event, or one to come
        start = view.start + match.start("ords") + ordinal.start()
        name = analysis.surface(start, start + len(ordinal.group())) + stem
        found.append(Event(name, date, series.type, "", view, start, start + len(ordinal.group()), "elided_ordinal"))
    return found


def _year_month(year: str, month: str | None) -> str:
    """2019, or 2019-03 where the month written is one of the year's (a slip such as 13月 leaves the year alone)."""
    return year + (f"-{int(month):02d}" if month and 1 <= int(month) <= 12 else "")


_FOUNDING_VERBS = word_class("founding_verb")  # data/lexicons/event_words.tsv: 成立, 建立, 创办
_FOUNDING_VERB_WORD = word_bit("founding_verb")  # SentenceView.words: one of them is written
_FOUNDED_IN = re.compile(rf"(?P<verb>{_W('founding_verb')})于(?P<y>(?:19|20)[0-9]{{2}})年(?:(?P<m>[0-9]{{1,2}})月)?")  # 机制建立于2019年
# 某联席会议于2023年11月在合肥建立: the date and the place between a network and its founding verb (成立 is _FOUNDED's,
# read with the bodies)
_FOUNDED_ON = re.compile(
    rf"于?(?P<y>(?:19|20)[0-9]{{2}})年(?:(?P<m>[0-9]{{1,2}})月)?(?:在(?P<place>[^,，。;；、]{{1,12}}?))?(?!成立)(?P<verb>{_W('founding_verb')})(?=[,，。;；]|$)"
)
# 联席会议在南京建立 (自2025年3月…以来): the network a since-clause founds, written after its date
_SUBJECT_IN_SINCE = re.compile(r"(?P<subject>[^,，。;；在]{2,30}?)(?:在(?P<place>[^,，。;；]{1,12}))?$")
_SUBJECT_CLAUSE_MARKS = ",，。;；:："  # what ends the clause a founded network or a series opens


def _founded_subject(
    view: SentenceView, position: int, events: list[Event], analysis: ArticleAnalysis, network_only: bool = False, lead: int = -1,
) -> str:
    """The network or body written as the subject right before `position` (联席会议机制自2021年…, 某联盟成立于2019年), from
    its clause's start or from `lead` where the caller knows where it starts, as the page writes it, if it ends as a
    network or a founded body does (联席会议, 机制, 联盟, an organization ending); a bare 联席会议 takes the network the
    page named before; `network_only`: not a body with an organization ending (某基金会成立于2016年 is a profile's clause,
    docs/gold-conventions.md)."""
    text = view.sentence.text
    if lead < 0:
        lead = clause_start(text, position, _SUBJECT_CLAUSE_MARKS)
    while lead < position and text[lead].isspace():
        lead += 1
    subject = text[lead:position]
    if not 2 <= len(subject) <= 30 or not "\u3400" <= subject[0] <= "\u9fff":
        return ""
    surface = analysis.surface(view.start + lead, view.start + position)  # 某州臺協 as written, not 某州台协
    ending = max((subject[a:b] for _, a, b in _suffix_scanner().spans(subject) if b == len(subject)), key=len, default="")
    if ending and len(subject) <= len(ending) + 1:
        # 联席会议成立于2022年 after 某流域城市联席会议第五次会议: the network the page named before
        return _series_named_before(events, subject) or surface
    if ending or subject.endswith(_FOUNDED_BODIES):
        return surface
    if not network_only and any(o.end - view.start == position and o.start - view.start <= lead for o in view.orgs):
        return surface
    return ""


def _since_event(view: SentenceView, since: re.Match[str], analysis: ArticleAnalysis, events: list[Event]) -> Event | None:
    """The event a clause about the past up to now starts from: a founding (自2021年在徐州成立以来: the body that
    opens the next clause, or the last one before, or the title's) or a named event (自2020年12月第四次会员代表大会以来), dated by the clause."""
    what = since.group("what")
    year = since["y"]
    if not year:
        page_year = analysis.article.date[:4]
        if not page_year.isdigit():
            return None
        year = str(int(page_year) - (1 if since["last"] else 2))  # 自去年3月…以来
    if since["m"] and not 1 <= int(since["m"]) <= 12:
        return None
    date = year + (f"-{int(since['m']):02d}" if since["m"] else "") + (f"-{int(since['d']):02d}" if since["m"] and since["d"] else "")
    start, end = view.start + since.start("what"), view.start + since.end("what")
    place = (since.group("place") or "").strip()
    if what.endswith(_FOUNDING_VERBS):
        verb = what[-2:]
        # a speaker who recalls a network's founding (甲指出，某联席会议自2021年在上海建立以来…) dates the network's, not a body's;
        # so does a year alone (某基金会自2011年成立以来: a profile's clause, docs/gold-conventions.md)
        network_only = view.start + since.start() >= view.quote or not since["m"]
        subject = _founded_subject(view, since.start(), events, analysis, network_only=network_only)
        inside = _SUBJECT_IN_SINCE.match(what, 0, len(what) - len(verb)) if not subject and len(what) > len(verb) + 1 else None
        if inside:
            # 自2025年3月联席会议在南京建立以来: the network written after the date, inside the clause
            subject = _founded_subject(view, since.start("what") + inside.end("subject"), events, analysis, True, since.start("what"))
            place = place or (inside.group("place") or "").strip()
        if subject:
            # 某联席会议机制自2021年在上海建立以来: the network or body written right before 自, told by the page (what a
            # speaker recalls is told by the rules that were there before)
            return Event(subject + verb, date, "founding", place, view, start, end, "since_founded")
        if verb != "成立":
            return None
        # the body that opens the next clause (…以来，某联盟先后…), else the last one before, else the one the title names
        after = [o for o in view.orgs if view.start + since.end() <= o.start <= view.start + since.end() + 1]
        before = [o for o in view.orgs if o.end <= view.start + since.start()]
        title = analysis.views[0].orgs if analysis.views and analysis.views[0].sentence.index < 0 else []
        body = after[0] if after else before[-1] if before else title[0] if title else None
        if body is None or (not since["m"] and not body.text.endswith(_FOUNDED_BODIES)):
            return None
        return Event(analysis.surface(body.start, body.end) + "成立", date, "founding", place, view, start, end, "since_founded")
    if what in _SERIES_OPENINGS and since["m"] and date < analysis.article.date[: len(date)]:
        # “某讲堂”自2025年9月开讲以来: a lecture series' first sitting, recalled by its month, named by the series and the verb
        text = view.sentence.text
        series = _strip_quotes(text[clause_start(text, since.start(), _SUBJECT_CLAUSE_MARKS): since.start()]).strip()
        return Event(series + what, date, "activity", place, view, start, end, "since_opened") if series else None
    first = _FIRST_SITTING.search(what)
    if first:  # the place's lazy group stops short: the rest of the place is what comes before the verb
        return _first_sitting(view, since, first.group("ord") or first.group("ord_after"), date, place + what[: first.start()] if place else "", events, analysis)
    ending = _suffix_pattern().search(what)
    if ending is None or ending.end() != len(what):
        return None
    return Event(_strip_quotes(analysis.surface(start, end)), date, lexicons().event_suffixes[ending.group()], place, view, start, end, "since_event")


def _series_named_before(events: list[Event], word: str) -> str:
    """The series the page named before by an event whose name holds word after its start (联席会议 in 某流域城市联席会议
    第五次会议: 某流域城市联席会议, without a year or an ordinal before it), or ""."""
    named = next((e.name for e in reversed(events) if e.name.find(word) > 1), "")
    return _ORDINALS.sub("", _YEAR_PREFIX.sub("", named[: named.find(word) + len(word)])) if named else ""


def _first_sitting(view: SentenceView, since: re.Match[str], ordinal: str, date: str, place: str, events: list[Event], analysis: ArticleAnalysis) -> Event | None:
    """The first sitting a since-clause recalls without the series' name (“某沙龙”自去年3月举办首期以来; 自2020年在上海首次召开
    以来，联席会议已…): the series is the subject written right before 自, else the one that opens the next clause, if it ends
    as an event does; a bare ending (联席会议) takes the series the page named before. None if the date is not before the page's."""
    text = view.sentence.text
    subject = _strip_quotes(text[clause_start(text, since.start(), _SUBJECT_CLAUSE_MARKS): since.start()]).strip()
    if not subject:
        after = _SERIES_AFTER.match(text, since.end())
        subject = after.group(1) if after else ""
    ending = max((subject[a:b] for _, a, b in _suffix_scanner().spans(subject)), key=len, default="")
    if not ending or date >= analysis.article.date[: len(date)]:
        return None
    series = subject[: subject.find(ending) + len(ending)]
    if len(series) <= len(ending) + 1:
        series = _series_named_before(events, ending)
        if not series:
            return None
    name = f"{series}首次会议" if ordinal == "首次" else ordinal + series
    start, end = view.start + since.start(), view.start + since.end()
    return Event(name, date, lexicons().event_suffixes[ending], place, view, start, end, "since_first_sitting")


_QUOTED_TITLE_MAX = 30  # characters: the longest quoted title an event's name opens with
_QUOTED = re.compile(r"[“「『\"]")  # a title in quotation marks inside an event's name
_COUNTED = re.compile(r"[两几数多一二三四五六七八九十0-9]+[余多]?[次期场]")  # 召开四次联席会议, 举办了两期培训班, 开展十余场活动
_COUNTED_AFTER = re.compile(r"[”」』\"]?" + _COUNTED.pattern)  # 开展“某某义集”4场: the count after a quoted name


def _spoken_before(view: SentenceView, position: int) -> bool:
    """Whether a speech cue (回顾, 介绍, 汇报) stands before position in the sentence: what follows is what was said."""
    return any(c.cue == "speaker" and c.end <= position for c in view.cues)


_CLAUSE_END = re.compile(r"[,，;；:：。]")
_CLAUSE_YEAR = re.compile(
    rf"((?:19|20)[0-9]{{2}})年(?!度)(?:(?P<month>[0-9]{{1,2}})月(?![0-9]{{1,2}}[日号]))?|(?P<last>{_W('last_year_word')})|(?P<before_last>{_W('year_before_last_word')})"
)
_TIME_CLAUSE = re.compile(  # 早在2021年，; 2025年9月，
    rf"^(?:{_W('opening_year_prefix')})?(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月(?:份|{_W('opening_year_part')})?|{_W('opening_year_part')})?$"
)
# 2024年总会作为轮值主席单位，在南昌承办了第四届论坛: a year opening the clause before, its subject right after it (not
# 2024年以来, 2024年起, 2024年度: a time up to now, from which, or a year's work)
_YEAR_LED_CLAUSE = re.compile(rf"(?:{_W('opening_year_prefix')})?(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月)?(?=[\u4e00-\u9fff])(?![以起至度内前后底初])")


def _recalled_date(view: SentenceView, start: int, end: int, active: str, page_date: str) -> str:
    """The year or month an event's own clause gives it where that is not the active date's (2024年联席会议在上海
    召开; 首届论坛于2023年在苏州举办; 去年第四次联席会议在枣庄举行; 早在2021年，…召开过第一次座谈会); else ""."""
    text, offset = view.sentence.text, view.start
    if not ("年" in text or "去" in text or "前" in text):
        return ""
    head = max(m.start() for m in (*_CLAUSE_END.finditer(text, 0, start - offset), None) if m is not None) + 1 if _CLAUSE_END.search(text, 0, start - offset) else 0
    tail = _CLAUSE_END.search(text, end - offset)
    spans = [(head, tail.start() if tail else len(text))]
    previous = clause_start(text, head - 1, INNER_CLAUSE_MARKS) if head else -1
    if head and text[head - 1] in ",，" and _TIME_CLAUSE.match(text[previous:head - 1].strip()):
        spans.append((previous, head - 1))
    elif head and text[head - 1] in ",，" and (led := _YEAR_LED_CLAUSE.match(text, previous, head - 1)):
        spans.append((previous, led.end()))
    days = [d for d in view.dates if d.precision == "day"]
    for lo, hi in spans:
        # 自2024年6月首届论坛在香港举办、2025年第二届论坛在上海举办以来: of the clause's dates, one written inside the name
        # is its own, else the last one written before it (one after it is the next sitting's), else the first one after it
        before, after = "", ""
        for date in view.dates:
            if offset + lo <= date.start < offset + hi and date.precision != "day":
                if date.start < end:
                    before = date.value
                else:
                    after = after or date.value
        for match in _CLAUSE_YEAR.finditer(text, lo, hi):
            year = ""
            if match.group(1) and not days and (match.group("month") or not _reviewed_year(match.group(1), page_date)):
                # 自2023年4月在郑州召开首次联席会议…以来: the month a clause of the past up to now gives (no date of the sentence)
                year = _year_month(match.group(1), match.group("month"))
            elif (match.group("last") or match.group("before_last")) and page_date[:4].isdigit():
                year = str(int(page_date[:4]) - (1 if match.group("last") else 2))  # 去年9月在南通召开第六次联席会议: the month it gives
            if year and offset + match.start() < end:
                before = before if before.startswith(year) else year
            elif year:
                after = after or year
        found = before or after
        if found:
            return "" if active.startswith(found) else found
    return ""


# 去年的年会上, 在2025年3月召开的年会上, 在今年3月的理事会上: a gathering a clause recalls by an earlier year or month
_RECALLED_GATHERING = re.compile(
    rf"(?:(?:(?P<rel>{_W('last_year_word')}|{_W('year_before_last_word')})|(?P<y>(?:19|20)[0-9]{{2}})\s*年)(?:\s*[0-9一二三四五六七八九十]{{1,2}}\s*月)?"
    rf"|(?:{_W('this_year_word')})?[0-9一二三四五六七八九十]{{1,2}}\s*月)(?:[上中下]旬|初|底)?"
    rf"(?:在[^,，。;；的]{{1,12}}?)?(?:{_W('held_verb')})?的(?P<name>[^,，。;；的]{{1,30}}?)上"
)
_RECALLED_OFFSETS = {word: -1 for word in word_class("last_year_word")} | {word: -2 for word in word_class("year_before_last_word")}


def recalled_gathering(view: SentenceView, page_date: str) -> tuple[int, str] | None:
    """(where its clause starts, its date) of a gathering the sentence recalls by an earlier year or month (副会长甲曾在
    去年的论坛上作主旨发言; 在今年3月召开的年会上，乙作了报告): the people of that clause were at that gathering, not at the
    one of the sentence's day (docs/gold-conventions.md: words the text places at another gathering); None if none."""
    text = view.sentence.text
    for match in _RECALLED_GATHERING.finditer(text, 0, view.quote - view.start):
        name = match.group("name")
        if not any(end == len(name) for _, _, end in _suffix_scanner().spans(name)):
            continue
        lo, hi = view.start + match.start(), view.start + match.start("name")
        date = next((d.value for d in reversed(view.dates) if lo <= d.start < hi and d.precision != "day"), "")
        if not date and match.group("y"):
            date = match.group("y")
        elif not date and match.group("rel") and page_date[:4].isdigit():
            date = str(int(page_date[:4]) + _RECALLED_OFFSETS[match.group("rel")])
        if date:
            return view.start + clause_start(text, match.start()), date
    return None


def _dated_at(view: SentenceView, before: str) -> bool:
    """Whether the text before an event name recalls it by its date (在5月12日的理事会上, 在今年3月的年会上): it was held."""
    at = _DATED_AT.search(before)
    if at is None:
        return False
    lo, hi = view.start + at.start("when"), view.start + at.end("when")
    return any(lo <= d.start and d.end <= hi and d.precision != "year" for d in view.dates)


def _day_right_before(view: SentenceView, start: int) -> bool:
    """Whether a day is written right before an event name (回顾了10月17日全县慈善工作推进会上…的要求): a meeting recalled by its day."""
    return any(start in (d.start, d.end) and d.precision == "day" for d in view.dates)  # the name may have taken the day in


# 某会议（2026年10月28日）: a full day in brackets right after a meeting's name
_CITED_DAY = re.compile(r"[(（]\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*[)）]")


def _told_after_name(view: SentenceView, end: int, happened: object) -> str:
    """The date written between an event's name and the verb saying it was held (某大会日前在南京召开), if any."""
    if not isinstance(happened, re.Match) or happened.re is not _HAPPEN_AFTER or happened.end() == 0:
        return ""
    return next((d.value for d in view.dates if end <= d.start < end + happened.end()), "")


def _verb_at(view: SentenceView, position: int) -> bool:
    """Whether a verb or an adverb starts at position (the name before it ends there: 会议确立了…, 会议还…)."""
    index = view.tokens.index_at(position)
    token = view.tokens[index] if index is not None else None
    return token is not None and token.start == position and (token.pos in ("v", "vd", "vi", "ad", "l") or token.pos.startswith("d"))


def _reviewed_year(year: str, page_date: str) -> bool:
    """2024年慈善工作总结会 on a page of 2025's first quarter: the year reviewed, not the meeting's."""
    return len(page_date) >= 7 and int(page_date[:4]) - int(year) == 1 and page_date[5:7] <= "03"


def _ends_at(mentions: list[Mention], position: int) -> bool:
    """Whether a mention ends at position (a loop, not any() over a generator: no cells made for every sentence)."""
    for m in mentions:
        if m.end == position:
            return True
    return False


def _party_stops(view: SentenceView, quote: int) -> list[re.Match[str]]:
    """Where a visiting party goes: after a party word, or after a named person who visited (了) a body,
    escorted or not (甲、乙在丙陪同下参观了某中心); a person's visit needs a visited body's ending."""
    text, offset = view.sentence.text, view.start
    if not _PARTY_VERB.search(text, 0, quote - offset):
        return []  # every stop holds a visit verb: most sentences have none and skip the costly scan
    stops = []
    for stop in _PARTY_STOP.finditer(text, 0, quote - offset):
        verb = stop.group("verb")
        if stop.group("who") or (
            verb.endswith("了") and _VISIT_OBJECT.match(verb)
            and _ends_at(view.persons, offset + stop.start())
            and stop.group("place").endswith(org_suffixes_longest_first() + tuple(_SUB_UNIT_CLOSE))
        ):
            stops.append(stop)
    return stops


_SUB_UNIT_CLOSE = ("分中心)", "分中心）", "分会)", "分会）")  # 某中心(某分中心): a body's branch in brackets


_TERM_SESSION = re.compile(r"第?(?P<term>[一二三四五六七八九十0-9]+)届[^第次]{0,8}?第?(?P<session>[一二三四五六七八九十0-9]+)次")


def _same_session(event: Event, other: Event) -> bool:
    """四届六次理事会议 and 第四届理事会第六次会议 on one day are one meeting."""
    a, b = _TERM_SESSION.search(event.name), _TERM_SESSION.search(other.name)
    return bool(a and b and a.group("term", "session") == b.group("term", "session") and event.type == other.type == "meeting")


def _drop_shortened(events: list[Event]) -> list[Event]:
    """The body often shortens the title's event (表彰大会 for 某会2020年度表彰大会), or an ending is read twice
    (系列活动 in 系列活动启动仪式): one event, the full name. The title's own wording of a meeting the body names on its day
    with the same ending (某五市慈善会联席会议 over 某协同发展区慈善会联席会议第五次会议) is that meeting."""
    return [
        event
        for event in events
        if not any(
            other is not event and other.date == event.date and (
                (len(other.name) > len(event.name) and (event.name in other.name or _same_session(event, other) or _same_named(event, other)))
                or _titled_again(event, other)
            ) and not _another_council(event, other)
            for other in events
        )
    ]


_COUNCIL_KINDS = tuple(word_class("separate_council_kind"))  # of 监事会, 常务理事会: councils of their own beside a body's 理事会


def _another_council(event: Event, other: Event) -> bool:
    """同日召开的第三届监事会第一次会议 beside 某基金会第三届理事会第一次会议: another council's sitting named with its
    council (docs/gold-conventions.md), not the same meeting shortened."""
    return any((kind in event.name) != (kind in other.name) for kind in _COUNCIL_KINDS) and bool(_TERM_SESSION.search(event.name))


_TITLE_ENDING = 4  # characters: an ending this long (联席会议, 签约仪式) names one kind of meeting, not any 会议


def _titled_again(event: Event, other: Event) -> bool:
    """Whether a title's event is told again in the body (other) under a longer name holding its ending."""
    return (
        event.sentence.sentence.index < 0 <= other.sentence.sentence.index and event.type == other.type
        and len(other.name) >= len(event.name) >= _TITLE_ENDING and normalize(event.name)[-_TITLE_ENDING:] in normalize(other.name)
    )


def _same_named(event: Event, other: Event) -> bool:
    """2021年度慈善公益项目评审会 in 2021年度安庆市慈善公益项目评审会 (its words in order, a place left out), or two
    names of one type ending in the same six characters or more (…主题宣传活动): one event told twice."""
    if event.type != other.type:
        return False
    rest = iter(other.name)
    if all(char in rest for char in event.name):
        return True
    common = 0
    while common < min(len(event.name), len(other.name)) and event.name[-1 - common] == other.name[-1 - common]:
        common += 1
    return common >= 6


_ORDINAL_PREFIX = re.compile(r"^(?:[0-9]{4}年度?|首次|首届|第[一二三四五六七八九十0-9]+(?:次|届))+")


def _series(events: list[Event], ending: str, normalized: str) -> tuple[str, str]:
    """The series name (长三角慈善一体化联席会议) of the last event named in full with this ending and that event's date,
    if any (第五屆…論壇 on a page in traditional characters: its ending and ordinals read in the normalized text)."""
    width = len(ending)
    for event in reversed(events):
        if event.name.endswith(ending):
            name = event.name
        elif normalized[event.end - width:event.end] == ending:  # (a slice, no call: most pages are written in simplified characters)
            written = normalized[event.end - len(event.name):event.end]  # (the name without the quotation mark it may open with)
            name = event.name[len(written) - len(_ORDINAL_PREFIX.sub("", written)):]
        else:
            continue
        if len(name) > width + 1:
            series = _ORDINALS.sub("", _ORDINAL_PREFIX.sub("", name))  # 某地第三次联席会议: the series 某地联席会议
            if len(series) > width + 1:
                return series, event.date
    return "", ""


_BARE_SESSION = re.compile(r"^[一二三四五六七八九十0-9]+届[一二三四五六七八九十0-9]+次(?:常务)?(?:理事|监事)会议?$")


_PARTS_OF_THE_DAY = tuple(word_class("part_of_the_day"))  # data/lexicons/event_words.tsv
_PART_ENDS = frozenset(part[-1] for part in _PARTS_OF_THE_DAY)  # 式 of 仪式, 开幕式: a name ending otherwise is no part
_PART_LEAD = 2  # characters: 论坛开幕式, 慈善捐赠仪式 still name a part alone; 救护员培训班开班仪式 names its gathering
_PART_LONGEST = max(map(len, _PARTS_OF_THE_DAY)) + _PART_LEAD


def _part_alone(event: Event) -> bool:
    """开班仪式, 论坛开幕式, 慈善捐赠仪式: a part of a gathering named by the part, with a word or two at most before it."""
    name = normalize(event.name)
    for part in _PARTS_OF_THE_DAY:  # (a plain loop, not any() over a generator)
        if name.endswith(part):
            return len(name) - len(part) <= _PART_LEAD
    return False


def _drop_parts_of_the_day(events: list[Event]) -> list[Event]:
    """Parts of a day's gathering named alone are that gathering, one event of the day: 随后召开的五届一次理事会, a session
    named without its body, on the day of the body's 大会; 18日上午举行开班仪式, 晚会现场举行了慈善捐赠仪式, a part named by
    itself on a day whose gathering the page names (某培训班, 某慈善晚会; on a day with no other event it is the day's event)."""
    kept = [
        event
        for event in events
        if not (_BARE_SESSION.match(normalize(event.name)) and any(o.date == event.date and o.type == "meeting" and not _BARE_SESSION.match(normalize(o.name)) for o in events))
    ]
    parts: list[int] = []  # (ids: a list literal, no call)
    for event in kept:  # (a plain loop, and a slice, no call, that rules out most names: longer, or ending otherwise)
        if event.name[-1:] in _PART_ENDS and not event.name[_PART_LONGEST:] and _part_alone(event):
            parts.append(id(event))
    if not parts:
        return kept
    named = {event.date for event in kept if event.type != "founding" and id(event) not in parts}
    return [event for event in kept if not (id(event) in parts and event.date in named)]


_ORDINAL_ONLY = re.compile(r"第[一二三四五六七八九十0-9]+(?:次|届)|首次|首届")
_ORDINAL_INSIDE = re.compile(r"(?:第[一二三四五六七八九十0-9]+(?:次|届)|首次|首届)")


def _series_stem(events: list[Event], ending: str) -> str:
    """某联盟 of the last event named 某联盟第五次联席会议 with this ending, if any."""
    for event in reversed(events):
        ordinal = _ORDINAL_INSIDE.search(event.name)
        if event.name.endswith(ending) and ordinal and ordinal.start() >= 2 and ordinal.end() + len(ending) == len(event.name):
            return _YEAR_PREFIX.sub("", event.name[: ordinal.start()])
    return ""


def _one_visit_a_day(events: list[Event], analysis: ArticleAnalysis, active_dates: list[str]) -> list[Event]:
    """赴成都学习考察…来到甲会…来到乙会座谈交流: the stops a party makes on one day are one visit, the first told, unless
    told in parts of the day of their own (上午，…来到某村。当天下午，…来到某公司). A trip told by its day with no part of it
    (9月15日，甲带队赴某县调研) leaves a stop told in a part of the day its own where another part of that day names a
    gathering (当天上午，调研组来到某院…。当天下午，调研组召开座谈会: a visit on the day of a meeting, docs/gold-conventions.md);
    else the stop is the trip's (当天下午，调研组来到某院… alone, or after a morning's stop)."""
    parts: dict[str, set[str]] = {}  # the parts of each day its kept visits are told in ("" for none, "trip" for a trip)
    kept = []
    for event in events:
        if event.type == "visit":
            # (上午，…来到某村。当天下午，…来到某公司: a stop told in a part of the day of its own is one more, decided stop 36)
            part = _day_part(event.sentence)
            told = parts.get(event.date)
            if told is not None and (not part or part in told or "" in told or ("trip" in told and not _gathering_in_another_part(event.date, part, analysis, active_dates))):
                continue
            parts.setdefault(event.date, set()).add(part or ("trip" if event.rule == "visit" else ""))
        kept.append(event)
    return kept


def _trips_yield_to_their_parts(events: list[Event]) -> list[Event]:
    """9月15日，甲带队赴某县调研。当天上午，调研组来到某院…。当天下午，调研组召开座谈会: a trip told by its day (or a range
    of days) with no part of it yields, on a day whose events are told in two parts, to those events, as a trip told by
    its month yields to its days."""
    parted: dict[str, set[str]] = {}
    for event in events:
        if part := _day_part(event.sentence):
            parted.setdefault(event.date, set()).add(part)
    if not parted:
        return events
    return [
        event for event in events
        if not (
            len(parted.get(event.date, ())) > 1 and event.rule in ("visit", "party_stop") and event.sentence.sentence.index >= 0 and not _day_part(event.sentence)
            and not (event.rule == "party_stop" and event.sentence.sentence.text.startswith(_AFTER_MEETING))
        )  # (仪式结束后，一行走访慰问了…: a stop told right after the day's gathering is of its part of the day)
    ]


def _gathering_in_another_part(day: str, part: str, analysis: ArticleAnalysis, active_dates: list[str]) -> bool:
    """Whether a sentence of this day opening with another part of the day names a gathering (当天下午，调研组召开座谈会)."""
    for view, active in zip(analysis.views, active_dates):
        if active == day and _day_part(view) not in ("", part) and names_event_ending(view):
            return True
    return False


def _told_in_two_parts(day: str, analysis: ArticleAnalysis, active_dates: list[str]) -> bool:
    """Whether sentences of this day open with two parts of the day (上午 and 下午)."""
    parts = {_day_part(view) for view, active in zip(analysis.views, active_dates) if active == day} - {""}
    return len(parts) > 1


_QUOTE_MARKS = re.compile(r"[“”\"‘’「」『』]")
_BOOK_MARKS = re.compile(r"[《》]")
# a token that may stand in an event's name though it has no Han character: a number, an acronym, a dash or a quote
_NAME_SYMBOL = re.compile(r"[0-9]+[A-Z]{1,4}|[0-9]+|[A-Z]{2,6}|[-—·“”\"「」『』]")  # (5A级社会组织授牌仪式: a grade written 5A)


def _strip_quotes(name: str) -> str:
    return _QUOTE_MARKS.sub("", name).strip()


def _assign_networks(events: list[Event]) -> None:
    """Joint meetings (联席会议) name a network; events whose name contains it belong to it."""
    networks = {_ORDINALS.sub("", _YEAR_PREFIX.sub("", e.name)) for e in events if e.name.endswith("联席会议")}
    networks = {n for n in networks if len(n) > 6}  # 2025年1月第三次联席会议 names no network
    for event in events:
        for network in sorted(networks, key=len, reverse=True):
            if network and network in _ORDINALS.sub("", event.name):
                event.network = network
                break


_DAY_ACTIVITY = re.compile(_W("day_activity_verb"))
_DAY_GOING = re.compile(_W("visit_going") + "|深入")  # going somewhere: the day is named by what was done there
_DAY_DEED = re.compile(_W("day_deed"))
_DAY_EVENT_END = re.compile(r"[,，。;；:：!！?？]")
_RESTATING = word_class("day_restating")  # 也就是, 即 (data/lexicons/event_words.tsv)
# 采取查阅台账、随机走访…相结合的方式，: how it was done, within a clause; a day_activity_verb inside tells no deed of the day
_MANNER = re.compile(rf"(?:{_W('manner_opening')})[^,，。;；:：]{{0,40}}?(?:{_W('manner_noun')})")
# 那天上午，; 会前，; 次日下午3时，: a clause that only says when, which names no day's event
_WHEN_ONLY = re.compile(
    rf"\s*(?:{_W('time_clause_word')}|{_W('same_day_word')}|{_W('next_day_word')}|{_W('day_part')}|{_CLOCK}|{_W('connective_opening')})+\s*[,，]"
)
_DEED_OF_THE_DAY = re.compile(rf"\s*(?P<deed>[\u4e00-\u9fff]{{2}})(?:{_W('same_day_word')})\s*[,，]")  # 采集当天， (analysis._day_told_with)
_WHERE_ONLY = re.compile(r"\s*在[^,，。;；:：]{2,30}[,，]")  # 在某会三楼会议室，; 在某局的指导下，: where or how, not what
# ▲, 【某县】, 本报讯（记者 某某　通讯员 某某）: marks, a heading or a news credit before what the sentence tells (the text is
# normalized: the credit's brackets are half-width, 本報訊 is 本报讯)
_DAY_EVENT_LEAD = re.compile(rf"[\s{_LEAD_MARKS}]*(?:【[^【】]{{1,40}}】)?[\s{_LEAD_MARKS}]*(?:[^\s,。(]{{0,8}}讯\([^()]{{1,40}}\))?")


def tells_a_deed(view: SentenceView) -> bool:
    """Whether a sentence says what people did (走进, 开展, 慰问: data/lexicons/event_words.tsv day_activity_verb)."""
    return _DAY_ACTIVITY.search(view.sentence.text, 0, view.quote - view.start) is not None


def _deed_end(text: str, end: int) -> int:
    """赴杭州，与乙会座谈; 赴某县，实地观摩某项目: where the deed the clause after a going tells ends (a day_deed word of
    data/lexicons/event_words.tsv opening it), else the going's own end."""
    if end < len(text) and text[end] in ",，":
        deed = _DAY_DEED.search(text, end + 1, min(len(text), end + 40))
        if deed and not _DAY_EVENT_END.search(text, end + 1, deed.start()):
            following = _DAY_EVENT_END.search(text, deed.end())
            return following.start() if following else len(text)
    return end


def day_event(view: SentenceView, date: str, analysis: ArticleAnalysis) -> Event:
    """The event of a day the article's people take part on that tells no named one (6月23日，甲带队走进某学校，开展应急
    救护培训; 3月11日，甲带领志愿者赴某县对接选址工作; ▲甲在某社区慰问困难群众): every day people take part on is an
    event's day, named by what its sentence says they did (走进某学校), else by the sentence's first clause."""
    text, offset = view.sentence.text, view.start
    told = _DEED_OF_THE_DAY.match(text)
    if told is not None:  # 采集当天，甲来到病房: the day is the one its deed (采集) was told on, and that deed names it
        return Event(told.group("deed"), date, "activity", "", view, offset + told.start("deed"), offset + told.end("deed"), "day_taken_part")
    quote = view.quote - offset
    # 签约仪式结束后的第三天，也就是18日下午，甲带领…来到某校: what the day's clause tells, not the clause that told the day another way
    restated = next((d.end - offset for d in view.dates if d.value == date and d.start - offset > 2 and text.endswith(_RESTATING, 0, d.start - offset)), 0)
    verb = _DAY_ACTIVITY.search(text, restated, quote)
    if verb is not None and ("方式" in text or "形式" in text):
        manner = next((m for m in _MANNER.finditer(text, 0, quote) if m.start() < verb.start() < m.end()), None)
        verb = _DAY_ACTIVITY.search(text, manner.end(), quote) if manner is not None else verb
    if verb is not None:
        start = verb.start()
    else:
        start = _DAY_EVENT_LEAD.match(text).end()
        leading = [d for d in view.dates if d.start - offset <= start + 1]  # 6月23日上午，…: the clause after the day
        if leading:
            after = _DAY_EVENT_END.search(text, leading[-1].end - offset)
            start = after.end() if after and after.end() < len(text) else start
        while True:  # 那天上午，在某会三楼会议室，甲与乙签下协议; 会前，11月17日下午，…: none of these names what was done
            clause = _WHEN_ONLY.match(text, start) or _WHERE_ONLY.match(text, start)
            if clause is None:
                day = next((d for d in view.dates if d.start - offset == start), None)
                clause = _LEAD_DATE_AFTER.match(text, day.end - offset) if day is not None else None
            if clause is None or clause.end() >= len(text):
                break
            start = clause.end()
    end = _DAY_EVENT_END.search(text, start)
    end = end.start() if end else len(text)
    if verb is not None and _DAY_GOING.fullmatch(verb.group()):
        end = _deed_end(text, end)  # 赴杭州，与乙会座谈: going somewhere names the day with what was done there
    end = min(end, start + 40)
    name = re.sub(r"[,，]", "", analysis.surface(offset + start, offset + end))
    name = _strip_quotes(re.sub(r"^(.{1,4}?)了", r"\1", name, count=1) if verb else name)
    return Event(name, date, "activity", "", view, offset + start, offset + end, "day_taken_part")


_COURSE_DAY_PART = re.compile(_W("course_day_part"))
_COURSE_ENDINGS = tuple(word_class("course_ending"))


def course_day(events: list[Event], view: SentenceView, date: str, analysis: ArticleAnalysis) -> Event | None:
    """A later day of a course the page tells over a range of days (9月22日至25日，某研修班在南京举办; 为期三天的培训班)
    that names no event of its own (23日，某教授讲授《…》): the course's day, named by the course and what the day's
    sentence says it did (现场教学), not by a fragment of that sentence. None where no such course is told."""
    for event in events:
        name = normalize(event.name)
        if event.rule != "event_happened" or not event.date[9:] or not event.date < date or not name.endswith(_COURSE_ENDINGS):
            continue
        # (the sentence that names it with its first day: the title that names it first has no day)
        opened = next(((d, v) for v in analysis.views if name in v.sentence.text for d in v.dates if d.value == event.date and d.precision == "day"), None)
        if opened is None:
            continue
        first, opening = opened
        last = range_last_day(analysis.normalized[first.start:first.end], first.value) or lasting_last_day(opening.sentence.text, first.value)
        if last is not None and date <= last:
            part = _COURSE_DAY_PART.search(view.sentence.text, 0, view.quote - view.start)
            named = event.name + (analysis.surface(view.start + part.start(), view.start + part.end()) if part else "")
            return Event(named, date, event.type, event.place, view, view.start, view.start + len(view.sentence.text), "course_day")
    return None


def network_names(events: list[Event]) -> list[str]:
    return sorted({e.network for e in events if e.network})


# 考察团 is the visitors, 考察报告 and 实地考察、材料审核 no visit (visit_noun_tail); 走访慰问了A, 看望慰问A: verbs written
# together are one verb group, whose object starts after the last
_VISIT_OBJECT = re.compile(rf"(?:{_W('visit_object_verb')})+(?![团组队]|{_W('visit_noun_tail')})了?")
_VISIT_VERB = word_bit("visit_object_verb")  # SentenceView.words: _VISIT_OBJECT can match


_LIST_JOINERS = word_class("list_joiner")  # 及, 和, 、
_LIST_JOINER = re.compile(f"({_W('list_joiner')})")


@lru_cache(maxsize=1)
def _org_ending_scanner() -> WordScanner:
    """Where organization endings are written in a visit's part: one scan, not a substring test per ending."""
    return WordScanner(lexicons().org_suffixes)


def _city_places_joined(parts: list[str]) -> list[str]:
    """The parts of a visit's list and their joiners, where 和 starting a district after its city (天津市|和|平区…) is
    no joiner but the district's first character."""
    places = lexicons().places
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1] == "和" and len(merged) > 1 and merged[-2].endswith(_CITY_ENDINGS) and any(_full_place(places, ("和" + part)[:n]) for n in (2, 3, 4)):
            merged.pop()
            merged[-1] += "和" + part  # not 某驿站|和|县慈善超市
            continue
        merged.append(part)
    return merged


_CITY_ENDINGS = ("省", "市", "自治区")


def _joiners_inside_names(parts: list[str], start: int, orgs) -> list[str]:
    """The parts of a visit's list with a joiner that an organization's name found in the sentence holds (参观了|和|平街道…
    where 和平街道… is the name, 走访了及第村…) glued to the part after it: the list is cut between names, never inside one."""
    merged: list[str] = []
    at = start
    glue = False
    for part in parts:
        if glue:
            merged[-1] += part
            glue = False
        elif part in _LIST_JOINERS:
            holder = None
            for o in orgs:  # (a loop, no generator: a few joiners a page)
                if o.start <= at < o.end:
                    holder = o
                    break
            if holder is not None and holder.start < at and merged and merged[-1] not in _LIST_JOINERS:
                merged[-1] += part  # 永|和|镇敬老院: the joiner inside the name glues both sides
            elif part or holder is None:
                merged.append(part)
            glue = holder is not None
        elif part:
            merged.append(part)
        at += len(part)
    return merged


def _full_place(places: dict[str, Place], word: str) -> bool:
    """`word` is a place's full name, not a short form of one (和平区, 和县; not 和平)."""
    place = places.get(word)
    return place is not None and place.name == word


# 救援队员, 救援队队员, 敬老院老人: the people of the body visited (a word for a group of people after its ending), no body
_PEOPLE_WORDS = frozenset(word_class("collective_noun"))
# 走访农户和合作社, 参观了工作室、儿童之家: an ending or a facility's word alone names a kind, no body visited
_BARE_KINDS = frozenset(lexicons().org_suffixes) | frozenset(word_class("facility_ending"))

# 座谈交流 (a cue), 开展, 召开 (event_words.tsv convene_verb), 观摩交流, 调研指导, 参观学习 (day_deed, party_activity): what a
# party did at the body it came to
_CLOSING_QUOTES = "”」』’\""  # the closing marks of a quoted name
_DONE_THERE = tuple(lexicons().cues) + word_class("convene_verb") + word_class("day_deed") + word_class("party_activity")


def visited_names(views: list[SentenceView]) -> dict[int, list[tuple[int, int]]]:
    """Spans of what a visit names (参观了A及B), by sentence index: each part that holds an organization ending. (One call
    an article: most sentences write no verb of visiting.)"""
    return {view.sentence.index: _visited_spans(view) if view.words & _VISIT_VERB else [] for view in views}


def _visited_spans(view: SentenceView) -> list[tuple[int, int]]:
    """visited_names' reading where a verb of visiting is written (the cells its comprehensions need made only then)."""
    text, offset = view.sentence.text, view.start
    spans: list[tuple[int, int]] = []
    for match in _VISIT_OBJECT.finditer(text):
        cursor = match.end()
        if text[cursor:cursor + 1] == "是":
            continue  # 此次考察是某会对某地的回访: the verb's noun is the subject of 是, and what follows is no body visited
        tail_end = len(text)
        for stop in ",。;:!?(":
            position = text.find(stop, cursor)
            if position >= 0:
                tail_end = min(tail_end, position)
        parts = _LIST_JOINER.split(text[cursor:tail_end])
        if "和" in parts:
            parts = _city_places_joined(parts)
        if view.orgs and ("和" in parts or "及" in parts or "与" in parts):  # (a list joined by 、 only: a mark no name holds)
            parts = _joiners_inside_names(parts, offset + cursor, view.orgs)
        for part in parts:
            if part in _LIST_JOINERS:
                cursor += len(part)
                continue
            stripped = part.strip()
            lead = len(part) - len(part.lstrip())
            modifier = stripped.rfind("的") if "的" in stripped else -1  # 位于某路的某超市, 总会设在某街道的某超市: the name follows the clause
            if modifier >= 0 and any(end == len(stripped) - modifier - 1 for _, _, end in _org_ending_scanner().every(stripped[modifier + 1:])):
                stripped, lead = stripped[modifier + 1:], lead + modifier + 1
            written = _org_ending_scanner().every(stripped)  # every place an ending is written, overlapping ones too
            if stripped[:2] in DESCRIPTOR_HEADS and written and (skip := descriptor_length(stripped, 2)):
                stripped, lead, written = stripped[skip:], lead + skip, _org_ending_scanner().every(stripped[skip:])  # 走访了爱心企业某公司
            last_end = max((end for _, _, end in written), default=len(stripped))  # where the last-ending one ends
            closing = stripped[last_end:last_end + 1]
            if closing and closing in _CLOSING_QUOTES:
                last_end += 1  # 来到某街道“某某食物银行”参观: the quoted name's closing mark, then what was done there
            if stripped.startswith(_DONE_THERE, last_end):
                # 来到某区慈善会座谈交流, 来到某会开展现场教学: the body visited ends before what was done there
                stripped = stripped[:last_end]
            # (not 救援队员; not 某基金会资助的某修复项目: what the body funds is visited, a clause of 的 after its ending)
            tail = stripped[last_end:]
            if 3 <= len(stripped) <= 20 and written and "\u3400" <= stripped[0] <= "\u9fff" and tail[-1:] != "员" and tail not in _PEOPLE_WORDS and "的" not in tail and (
                    stripped not in _BARE_KINDS):
                span_start, span_end = offset + cursor + lead, offset + cursor + lead + len(stripped)
                # (参观了某中心（某分中心）: the parent before the bracket is part of the sub-unit's name, no body visited of its own)
                if not any(p.start < offset + cursor + len(part) and offset + cursor < p.end for p in view.persons) and not (text[tail_end:tail_end + 1] == "(" and any(
                        o.start <= span_start and span_end < o.end and "bracketed_in" in o.info for o in view.orgs)):
                    spans.append((span_start, span_end))
            cursor += len(part)
    return spans
