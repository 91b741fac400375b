"""One pass over an article that finds every mention, cue and date, sentence by sentence.

The rules per fact kind (positions, events, participation, chair terms,
documents) read this analysis; none of them scans the text again.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import rjieba

from ..model import Article
from .appointments import appointing, appointing_before_names, councils, term_body_text
from .bylines import find_bylines
from .dates import SPAN_DAY_WORDS, WRITTEN_DAY_START, DateMention, _cn_number, _day_of_month, closing_day, continuing_days, find_dates, lasting_last_day, parse_date, range_last_day, span_days
from .lexicon import WordScanner, alternation, alternation_branches, by_last_two, lexicons, longest_org_suffix, org_suffixes_longest_first, org_suffixes_of, sentence_scan, sentence_scan_words, word_alternation, word_bit, word_class
from .mentions import HAN, HAN_WORD, Mention, Token, Tokens, _inside, by_start, find_pronouns, find_roles, referred_name, tokenize
from .org_names import _DEPARTMENT_ENDING, _LEADING_PARTICLES, _LEVEL_CHARS, _place_at, LOCALITY_OR_TOWN_WORDS, NAMED_BRANCH_ENDINGS, HELD_AT, PROFESSIONAL_TITLES, batch_teams, find_orgs, held_at_venues, hospital_of, hosting_localities, hosting_named_bodies, listed_localities
from .organizations import place_of, publishing_body
from .person_names import known_over_joining_word, longest_first, read_persons
from .text import CLAUSE_MARKS, Sentence, normalize, split_sentences

_SELF_NAMES = word_class("self_name")  # data/lexicons/word_classes.tsv
_SELF_REFERENCE_WORD = word_bit("self_reference")  # SentenceView.words: 我会 or 本会, a body's word for itself, is written
_BEFORE_NAME = "".join(word_class("char_before_name"))  # data/lexicons/word_classes.tsv
# 在市委、市政府的正确领导下: bodies named only in a slogan are no organizations of the article
_SLOGAN = re.compile(
    r"在[^,，。;；在]{2,30}?(?:" + "|".join(word_class("slogan_qualifier")) + r")?(?:" + "|".join(word_class("slogan_head")) + r")下"
)
_TITLED_RULES = ("title_name", "name_title")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,80})》")
def _appointing_title(title: str) -> bool:
    """《关于聘请甲同志为某会顾问的决定》, 《关于任命乙为…的通知》: a decision's title states the appointment it makes,
    so its names, bodies and titles are read like the sentence's own."""
    return title.startswith("关于") and appointing().match(title, 2) is not None


_ISSUER_BEFORE = "关于"  # 《某市人民政府关于表彰…的决定》: the body that issues the document is written before it


def _issuer_length(title: str) -> int:
    """《某市人民政府关于表彰…的决定》: the length of 《 and the one body that issues a document, written before 关于 and ending in
    an organization's ending, else 0. The issuer is an organization of the page (docs/gold-conventions.md, "A notice page is
    the source"): 22 of the 23 such issuers the development and held-out pages write are in their gold, 7 of them written
    nowhere else on the page. The rest of the title stays blocked (the bodies a decision is about are read where the page
    names them)."""
    at = title.find(_ISSUER_BEFORE, 2)
    if at < 0 or not longest_org_suffix(title[:at]) or not all("\u3400" <= ch <= "\u9fff" for ch in title[:at]):
        return 0  # (某省人民政府 某省红十字会关于…: two issuers, a space between, are left as written)
    return 1 + at


# “某某”, "某某", 「某某」, 『某某』, ‘某某’: every kind of quotation mark a page writes around a brand or a slogan
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,30})[”\"]|「([^「」\n]{1,30})」|『([^『』\n]{1,30})』|‘([^‘’\n]{1,30})’")
# “某会副会长甲”应为“某会常务副会长甲”: a correction's text in quotation marks is the page's statement, no quotation
_CORRECTION_WORDS = tuple(word_class("correction_word"))  # data/lexicons/word_classes.tsv


@dataclass(slots=True)
class Cue:
    """A cue word written in a sentence (its span, the word, what it cues). A slotted dataclass, as Sentence is: some
    eighteen are made an article and their fields read some five hundred times (a slot some 145 instructions a read
    cheaper than a tuple's NamedTuple getter)."""

    start: int
    end: int
    word: str
    cue: str


@dataclass(init=False)
class SentenceView:
    """A sentence and what analyse found in it, the one object every rule reads.

    Its __init__ is written out (one is made for every sentence): every field by position, and the three read from the
    sentence set in it, with no __post_init__ call and no default factory to resolve."""

    sentence: Sentence
    tokens: list[Token]
    orgs: list[Mention]
    roles: list[Mention]
    persons: list[Mention]
    pronouns: list[Mention]
    cues: list[Cue]
    dates: list[DateMention]
    titles: list[tuple[int, int]]  # 《》 spans, absolute, marks included
    words: int  # lexicon.sentence_scan of the text: which gated word classes it holds (-1: any may be written)
    # the same scan's places of gated and cue words: (index in lexicon.sentence_scan_words(), start, end) in the text
    word_places: list[tuple[int, int, int]]
    # the sentence's start, read by every rule: an attribute, not a property call each time
    start: int = field(repr=False, compare=False)
    # where its first quote cue (说, 表示 …) starts, else its end: what comes after is reported speech; set with the cues
    quote: int = field(repr=False, compare=False)
    # (start, end): the span the evidence of every fact stated in the sentence is keyed by (made once, not per fact)
    span: tuple[int, int] = field(repr=False, compare=False)

    def __init__(self, sentence: Sentence, tokens: list[Token], orgs: list[Mention], roles: list[Mention], persons: list[Mention],
                 pronouns: list[Mention], cues: list[Cue], dates: list[DateMention], titles: list[tuple[int, int]], words: int,
                 word_places: list[tuple[int, int, int]]) -> None:
        self.sentence, self.tokens, self.orgs, self.roles, self.persons, self.pronouns = sentence, tokens, orgs, roles, persons, pronouns
        self.cues, self.dates, self.titles, self.words, self.word_places = cues, dates, titles, words, word_places
        self.start = sentence.start
        self.quote = sentence.end
        self.span = (self.start, sentence.end)  # (not self.quote: the cues move it later)

    def mentions(self) -> list[Mention]:
        return sorted(self.orgs + self.roles + self.persons + self.pronouns, key=_start_end)

    def has_trigger(self, start: int | None = None, end: int | None = None) -> bool:
        if not self.words & _TRIGGER_WORD:
            return False  # no trigger word is written in the sentence (analyse's one word scan): no regex scan
        lo = (start if start is not None else self.sentence.start) - self.sentence.start
        hi = (end if end is not None else self.sentence.end) - self.sentence.start
        lo, hi, _ = slice(lo, hi).indices(len(self.sentence.text))  # the bounds text[lo:hi] would take
        return lo < hi and _trigger_pattern().search(self.sentence.text, lo, hi) is not None


_start_end = operator.attrgetter("start", "end")
_TRIGGER_WORD = word_bit("event_trigger")  # SentenceView.words: _trigger_pattern can match


def _outside(roles: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """The titles no organization holds (plain loops: no generator per title, this runs for most sentences)."""
    kept = []
    for r in roles:
        for o in orgs:
            if o.start <= r.start and r.end <= o.end:
                break
        else:
            kept.append(r)
    return kept


@lru_cache(maxsize=1)
def _trigger_pattern() -> re.Pattern[str]:
    """Any event trigger word (data/lexicons): one regex scan instead of a substring test per word."""
    return re.compile(alternation(lexicons().triggers))


@dataclass
class ArticleAnalysis:
    article: Article
    normalized: str
    views: list[SentenceView]
    bylines: list[tuple[int, int]] = field(default_factory=list)  # names credited as authors
    spoken_day: str = ""  # the day a speech or report is dated by a line in brackets under its title (_date_line)
    speech_heading: int = -1  # where a body line 在…上的讲话 heading a speech's own text ends (_SPEECH_HEADING), else -1

    def surface(self, start: int, end: int) -> str:
        """The text as the article writes it (traditional characters kept)."""
        return self.article.text[start:end]


def _title_sentence(normalized: str, article: Article) -> Sentence | None:
    if not article.title:
        return None
    index = normalized.find(normalize(article.title), 0, max(article.body_start, len(article.title)))
    if index < 0 or index >= article.body_start:
        return None
    return Sentence(-1, index, index + len(article.title), normalized[index:index + len(article.title)], -1, True)


def analyse(article: Article) -> ArticleAnalysis:
    """Mentions, cues and dates of every sentence (the title counts as one, before the body)."""
    normalized = normalize(article.text)
    declared_self, declared_short = _declared_self(normalized), _declared_short_forms(normalized)  # page-wide: read once
    sentences = split_sentences(normalized, article.body_start)
    title = _title_sentence(normalized, article)
    if title is not None:
        sentences = [title] + sentences
    views: list[SentenceView] = []
    seen_orgs: list[str] = []  # organization names as written, in article order
    paragraph_seen = 0  # how many of them the paragraphs before the sentence's named (a bare ending's referent there is fresh)
    counted_before = False  # the sentence before ends with a count heading (示范村（5个）：), its list on the lines after
    subject = ""  # the 总会 the title names, if any
    title_body = ""  # the first charity body the title names: the one a page that never declares itself calls 本会
    page_body = ""  # the charity body the title names (the parent of a department written bare)
    charity = ""  # the charity body the article named last: the parent of a department a 总会办公室's notice writes bare
    own_notice = normalize(article.publisher).startswith(_SELF_NAMES)
    school_page = _speaks_as_school(normalized[: article.body_start])  # a university's own page: its offices written bare
    last_day = ""  # the latest day named so far, which 当天 refers to
    lead_day = ""  # the first day the body names: the day a report's later days alone (25日上午) usually go on from
    span_first = span_last = ""  # the span of days written last (3月5日至8日, 为期三天; a day alone: from it on), which 第三天 counts in
    last_year = ""  # the latest year written so far, which 这一年 refers to
    reference = _chronicle_year_end(normalize(article.title), article.date or reference_date(normalized), normalized[: article.body_start])
    dateline = dateline_span(normalized[article.body_start:])
    filed = ""  # 新华社北京5月8日电 …今天…: the day the news was filed, which 今天 and 昨天 count from
    spoken_day = ""
    speech_line = _SPEECH_HEADING.search(normalized, article.body_start) if "上的" in normalized else None
    speech_at = -1  # where a speech's own text starts under an editor's note with no date line (its 昨天 is the note's day's)
    if dateline:
        dateline = (dateline[0] + article.body_start, dateline[1] + article.body_start)
        filed = _filing_day(normalized, dateline[0], reference)
    elif (spoken := _date_line(normalized, article.body_start, reference, speech_line)) is not None:
        dateline, filed = spoken
        spoken_day = filed
    elif speech_line is not None:
        speech_at = speech_line.end()
    page_reference = reference
    locality_page = "街道" in normalized or "社区" in normalized or "居民区" in normalized  # a bare locality may name one (_named_by_tail)
    team_page = _TEAM_OFFICER.search(normalized) is not None  # a team's head or members written: a quoted team is a body (_quoted_facilities)
    period = _title_period(normalize(article.title), reference)
    for sentence in sentences:
        text, offset = sentence.text, sentence.start
        if sentence.paragraph_start:
            paragraph_seen = len(seen_orgs)
        if speech_at >= 0 and offset >= speech_at:
            # 编者按：11月19日，…召开。 / 在…上的致辞 / …昨天下午，…: the speech was given on the day the note names
            filed, dateline, speech_at = last_day, (speech_at, speech_at), -1
        words, word_places = sentence_scan(text)
        opening = _OPENING_YEAR_HEADING.match(text) if sentence.index >= 0 and text.lstrip()[:1] in "【[" else None
        if sentence.index >= 0 and "年" in text and (heading := (_year_heading(text) if len(text) <= 30 else "") or _opening_year_heading(opening)):
            # a chronicle's section heading (2024年, 二〇二三年, 大事记（2024年）): its entries' days (1月20日) fall in that year
            reference = page_reference if heading >= page_reference[:4] else f"{heading}-12-31"
        # a book title needs 《, a quotation “ or ", a slogan 在 and 下: most sentences skip these scans
        titles = [(offset + m.start(), offset + m.end()) for m in _BOOK_TITLE.finditer(text) if not _appointing_title(m.group(1))] if "《" in text else []
        # (the span no organization is read in: the title after its issuer, 《某市人民政府|关于…》)
        title_blocks = [(start + _issuer_length(text[start - offset + 1:end - offset - 1]), end) for start, end in titles] if titles else titles
        quoted = [(offset + m.start(), offset + m.end()) for m in _QUOTED.finditer(text) if not text.endswith(_CORRECTION_WORDS, 0, m.start())] if (
            "“" in text or '"' in text or "「" in text or "‘" in text or "『" in text) else []
        tokens = tokenize(text, offset)
        roles = find_roles(text, offset)
        if titles or quoted:
            roles = [r for r in roles if not _within(r, titles + quoted)]
        slogans = [(offset + m.start(), offset + m.end()) for m in _SLOGAN.finditer(text)] if "下" in text and "在" in text else []
        # (残疾人 of 某残疾人福利基金会: the kind of people a body serves blocks no name, as a title does)
        blocked = title_blocks + quoted + slogans + [(r.start, r.end) for r in roles if r.text not in _SERVED_PEOPLE] if roles else title_blocks + quoted + slogans
        orgs = find_orgs(text, offset, tokens, blocked)
        if "批" in text and "第" in text:  # (tests first: few sentences name a team by its batch)
            orgs = batch_teams(text, offset, orgs)
        if "在" in text and ("举行" in text or "召开" in text or "举办" in text) and ("心" in text or "馆" in text or "园" in text or "堂" in text or "场" in text or "库" in text or "地" in text) and (
                venue := HELD_AT.search(text)):  # (tests first, venue_last_char written out: most sentences hold no venue frame)
            orgs = held_at_venues(text, offset, orgs, venue)
        if orgs:
            roles = _outside(roles, orgs)
        orgs = orgs + _abbreviated(text, offset, orgs + roles)
        if orgs and ("国家" in text or "中国" in text or "海关" in text):
            for org in orgs:  # (a loop with no call: most sentences that write 国家 or 中国 name no nationally run body)
                if org.text in _NATIONAL_VERTICAL_BODIES:
                    orgs = _national_offices(text, offset, orgs)
                    break
        hosts = "主办" in text or "承办" in text or "联办" in text or "合办" in text
        if hosts or words & _LOCALITY_WORD and ("联合" in text or "共同" in text or "携手" in text or "协办" in text):  # (a test first: few sentences name hosts or a locality's partners)
            orgs = orgs + hosting_localities(text, offset, orgs)
            if hosts and ("、" in text or "及" in text):  # (a list of hosts: most sentences of hosts name one or two)
                orgs = orgs + hosting_named_bodies(text, offset, orgs)
        if "、" in text and words & _LOCALITY_WORD:  # (a test first: few sentences list localities)
            orgs = orgs + listed_localities(text, offset, orgs)
        kind_self = bool(words & _KIND_SELF_WORD)  # (医院: a hospital's word for itself, few sentences write it)
        if orgs and kind_self and _KIND_UNIT_START.search(text):
            orgs = _kind_self_units(text, offset, orgs)  # (医院社工部: a unit after it)
        orgs = _bare_parent_units(text, offset, orgs, roles, kind_self, seen_orgs)
        if orgs and roles and kind_self and ("处" in text or "部" in text or "科" in text):
            orgs = _units_after_a_hospital(text, offset, orgs, roles)  # (a test first: few sentences list a hospital's staff)
        if "(" in text or "（" in text:  # (what each asks first: no call for most sentences)
            orgs = _bracketed_sub_units(text, offset, orgs)
        if "处" in text or "科" in text or "部" in text:
            orgs = _sections_after_parents(text, offset, orgs, roles)
        orgs = sorted(orgs + _back_references(article, sentence, roles, orgs, seen_orgs, subject, declared_self, title_body, words & _COUNCIL_WORD, paragraph_seen), key=by_start)
        if roles and (seen_orgs or orgs or locality_page):
            orgs = sorted(orgs + _named_by_tail(text, offset, roles, orgs, seen_orgs, declared_short, article.text, normalized, words & _TAIL_PARTICLE_WORD), key=by_start)
        if roles and (seen_orgs or orgs) and words & _APPOINTMENT_WORD:
            orgs = _elected_to_named(text, offset, roles, orgs, seen_orgs, article.text)
        if "我院" in text or "本院" in text:  # (a test first: few pages speak as a hospital or a court)
            orgs = _own_institution(text, offset, orgs, roles, article.publisher, article.text, seen_orgs)
        if roles and (seen_orgs or orgs or "我院" in text or "本院" in text) and (kind_self or "科" in text or "部" in text or "病区" in text or "处" in text or "中心" in text):
            orgs = _bare_hospital_units(text, offset, orgs, roles, seen_orgs, article)  # (a test first: few sentences write a unit)
        orgs = _bare_departments(text, offset, orgs, roles, article, tokens, page_body or (charity if own_notice else ""), school_page)
        if orgs and roles and ("处" in text or "科" in text or "部" in text or "室" in text or "股" in text or "庭长" in text or "执行局" in text or "审判委" in text or "检察委" in text):
            orgs = _units_of_the_body_before(text, offset, orgs, roles)  # (a test first: most sentences write no unit)
        if roles and ("委会" in text or "委员会" in text):  # (no scan of other sentences)
            orgs = _bare_localities(text, offset, orgs, roles, normalized, article.text)
        if roles and "村" in text:  # (a test first: few sentences name a village)
            orgs = _village_posts(text, offset, orgs, roles, normalized, article.text)
        if orgs and ("委会" in text or "委员会" in text or "办事处" in text):
            orgs = _locality_units(text, offset, orgs, roles, article.text)
        if counted_before or "个)" in text or "家)" in text or "家单位" in text:  # (a test first: few lines hold a counted list)
            orgs = _counted_localities(text, offset, orgs, counted_before)
        # 示范村（5个）：⏎甲镇乙村　丙镇丁村, 一、示范村（6个）⏎甲镇乙村: a heading line ending in its count, with or without a
        # colon; the list goes on over the lines after it that hold localities only (⏎丁镇戊村　己镇庚村) or one body each
        # (以下3家单位被命名为某基地：⏎某博物馆⏎某镇某村)
        counted_before = (counted_before or text[-1:] in ":)" or "家单位" in text) and _counted_list_goes_on(text, counted_before)
        if orgs and (own_notice or sentence.index < 0):  # (only these pages read it: no scan of other pages' sentences)
            for o in reversed(orgs):
                if o.info.get("type") in _CHARITY_BODY_TYPES and "joined_to" not in o.info:
                    charity = str(o.info.get("refers") or article.text[o.start:o.end])
                    break
            if sentence.index < 0:
                page_body = charity
        if quoted:
            orgs = _quoted_facilities(text, offset, orgs, quoted, team_page and sentence.index >= 0)  # (a title's team: a short form)
        credential = "学历" in text or "士" in text or "毕业" in text  # (硕士, 博士, 学士, 院士: a test first, few sentences write one)
        no_post = "退休" in text
        if orgs and ("生" in text or "就读" in text or "读书" in text or "攻读" in text or "读研" in text or "读博" in text or "读大学" in text or "学子" in text or "考" in text or "报到" in text or "深造" in text or "求学" in text or "上学" in text or "升入" in text or "录取" in text or credential or no_post):
            _student_schools(text, offset, orgs, credential, no_post)
        if orgs and ("室" in text or "厅" in text or "广场" in text):
            _rooms_of_bodies(text, offset, orgs)
        sent = "至" in text or "反映" in text or "举报" in text  # (发送至, 寄至; 向某局反映: a test first)
        if orgs and ("报" in text or "提交" in text or "递交" in text or "呈交" in text or sent):  # (submit_verb)
            _submitted_to(tokens, orgs, text if sent else "", offset)
            if "地点" in text and "报" in text:
                _arrival_venues(text, offset, orgs)
        if orgs and "拟" in text:
            _proposed_posts(text, offset, orgs)
        if orgs and "\t现场" in text:
            _scheduled_sites(text, offset, orgs)
        if orgs and "网" in text:
            _website_owners(text, offset, orgs)
        if orgs and "于" in text:
            _venues_to_come(text, offset, orgs)
        if orgs and ("采访" in text or "报道" in text or "直播" in text or "记者" in text):
            _reporting_press(text, offset, orgs)
        if orgs and "届" in text:
            for o in orgs:
                if o.text[:1] == "第" and "refers" not in o.info:
                    _term_body(o, seen_orgs)
        if orgs:
            for o in orgs:  # (a loop, not a comprehension: no function object made for every sentence)
                if "refers" not in o.info and "bare_parent" not in o.info:
                    seen_orgs.append(article.text[o.start:o.end])  # (学校某学院: its name is known later)
                elif o.info.get("joined_to") == -1 and o.info.get("suffix") in _HOSPITAL_UNIT_NAMES:
                    seen_orgs.append(str(o.info["refers"]))  # 进入我院安宁疗护病区。病区护士长甲: a hospital's unit named with it here
        if sentence.index < 0:
            # the federation the title names is the one its article calls 总会 (聘请甲为总会名誉会长)
            subject = next((article.text[o.start:o.end] for o in orgs if "refers" not in o.info and o.text.endswith("总会") and len(o.text) > 2), "")
            title_body = next((normalize(article.text[o.start:o.end]) for o in orgs if "refers" not in o.info and o.info.get("type") in _CHARITY_BODY_TYPES), "")
            if words & _SELF_REFERENCE_WORD:
                subject = title_body = ""  # 某市慈善总会来我会考察交流: the title's own word for the publisher; the body it names is a visitor
        if not orgs and sentence.paragraph_start and ("名单" in text or "组成人员" in text):
            orgs = _roster_heading_body(text, offset, seen_orgs)
        # (persons, pronouns, cues, dates: filled below; every field by position, no keyword or default factory to
        # resolve: a view is made for every sentence)
        view = SentenceView(sentence, tokens, orgs, roles, [], [], [], [], titles, words, word_places)
        found = find_dates(" " * opening.end() + text[opening.end():] if opening else text, filed if filed and offset >= dateline[0] else reference, words)
        view.dates = [
            DateMention(d.start + offset, d.end + offset, d.value, d.precision) for d in found if not (dateline and dateline[0] <= d.start + offset < dateline[1])
        ] if found else []  # (no comprehension for the sentences that name no date)
        if view.dates and last_year and len(reference) == 10 and int(last_year) == int(reference[:4]) - 1:
            # 2025年7月下旬，…。7月29日，… on a page of April 2026: a day after the page date written with no year is in the
            # year the text wrote last, the year before (a report looking back), not one to come
            view.dates = [
                DateMention(d.start, d.end, _iso_day(int(last_year), int(d.value[5:7]), int(d.value[8:])) or d.value, d.precision)
                if d.precision == "day" and d.value > reference and "年" not in normalized[d.start:d.end] else d
                for d in view.dates
            ]
        if period and ("日" in text or "近" in text):
            # 基层慈善动态（2026年10月下旬）posted in November: its 日前/近日 are in the period the title names
            view.dates = [
                DateMention(d.start, d.end, period, "month") if d.precision == "month" and d.value == reference[:7]
                and _RECENT_WORD.fullmatch(normalized, d.start, d.end) else d
                for d in view.dates
            ]
        if len(view.dates) > 1 and "时间" in text:
            view.dates = _home_days(text, offset, view.dates)
        view.dates = _same_day(text, offset, view.dates, last_day, words, views)
        if last_day or (sentence.index >= 0 and len(reference) == 10):
            # 日前，…。15日上午，…: with no day named yet, a day alone is the page month's (or the month before's)
            days = continuing_days(text, last_day, words=words) if last_day else continuing_days(text, filed or reference, after=False)
            taken = [(d.start, d.end) for d in view.dates] if days else []
            alone = [DateMention(d.start + offset, d.end + offset, d.value, d.precision) for d in days if not _inside(d.start + offset, d.end + offset, taken)] if days else []
            if alone and lead_day and lead_day[:7] != last_day[:7]:
                alone = [_back_in_lead_month(d, last_day, lead_day) for d in alone]
            view.dates = sorted(view.dates + alone, key=by_start)
        if span_first and words & SPAN_DAY_WORDS:
            # 3月5日至8日…。第三天，…; 为期三天…。最后一天，…: a day counted in the span, not from the day named last (次日)
            view.dates = sorted(view.dates + [DateMention(d.start + offset, d.end + offset, d.value, d.precision) for d in span_days(text, span_first, span_last, words)], key=by_start)
        if span_last and last_day == span_first and words & _CLOSING_WORDS and (closing := closing_day(text, span_last)) and not any(d.precision == "day" for d in view.dates):
            # 3月5日至6日…。在闭幕式上，新当选的…集体亮相: the closing is on the span's last day, while the story is still on the
            # span's first (once the page names a later day of it, 7日，…出席某大会开幕式。在闭幕式上，…, the closing is told on its day)
            view.dates = sorted(view.dates + [DateMention(offset + closing.start, offset + closing.end, closing.value, "day")], key=by_start)
        for d in view.dates:  # (a loop, not next() over a generator)
            if d.precision == "day" and normalized[d.start:d.start + 1] in WRITTEN_DAY_START and not span_first <= d.value <= (span_last or span_first):
                span_first = d.value  # a day written with its number outside the span: a span of its own opens
                told = normalized[d.start:d.end]  # (a range holds 至 or a dash: a test before the call, most days are none)
                span_last = (range_last_day(told, d.value) if "至" in told or "到" in told or "-" in told or "—" in told or "–" in told or "~" in told or "～" in told else None) or (
                    lasting_last_day(text, d.value) if "为期" in text else None) or ""
                break
        else:
            if span_first and not span_last and "为期" in text:
                span_last = lasting_last_day(text, span_first) or ""  # 3月5日，某会开幕。会议为期两天。: the span the day opened lasts
        recall = -1  # 报告回顾了…：7月8日晚召开…: a day told after a recall word is a past one, not the day the page goes on from
        for d in reversed(view.dates):  # a plain loop, not next() over a generator
            if d.precision == "day":
                if recall == -1:
                    found = _RECALL.search(text)
                    recall = offset + found.start() if found else len(normalized)
                if d.start < recall:
                    last_day = d.value
                    if not lead_day and sentence.index >= 0:
                        lead_day = d.value
                    break
        if "年" in text:
            same_year = _SAME_YEAR.search(text) if words & _SAME_YEAR_WORD else None
            # 2023年度轮值主席由甲担任。这一年的联席会议在黄山召开: the year named last (in the sentence, if one is before it:
            # 2025年9月，第二次会议在合肥召开，由乙会担任当年轮值召集单位)
            written = list(_YEAR.finditer(text, 0, same_year.start())) if same_year else []
            named = str(_cn_number(written[-1].group(1))) if written else last_year
            following = next((d for d in view.dates if d.start in (offset + same_year.start(), offset + same_year.end()) and d.precision != "year"), None) if same_year and named else None
            if following is not None:
                # 2022年，甲会担任轮值主席单位。当年3月16日，…: a day of the year named last
                view.dates = [DateMention(d.start, d.end, named + d.value[4:], d.precision) if d is following else d for d in view.dates]
                last_day = next((d.value for d in reversed(view.dates) if d.precision == "day"), last_day)
            elif same_year and named and not any(d.start <= offset + same_year.start() < d.end for d in view.dates):
                view.dates = sorted(view.dates + [DateMention(offset + same_year.start(), offset + same_year.end(), named, "year")], key=lambda d: d.start)
            last_year = next((str(_cn_number(m.group(1))) for m in reversed(list(_YEAR.finditer(text)))), last_year)
        views.append(view)
    bylines = find_bylines(normalized)
    credited = {normalized[a:b] for a, b in bylines}
    known: set[str] = set()
    drafts = [read_persons(view.sentence.text, view.start, view.tokens, view.roles, view.orgs, view.words) for view in views]
    for view, draft in zip(views, drafts):
        view.persons = draft.complete(set())
        if bylines:
            view.persons = [p for p in view.persons if not _overlaps(p, bylines)]
        # a credited name is known only where the story itself gives it a title (区慈善会秘书长甲 … 审核｜甲)
        if view.persons:
            known.update([p.text for p in view.persons if p.text not in credited or p.info.get("rule") in _TITLED_RULES])
    dotted = _dotted_last_parts(known)  # known is complete now: read its dotted names once, not per sentence
    if dotted:
        known.update([part for part in dotted if len(part) >= 2])  # 马丁表示 after 让·马丁: the last part written alone
    written = _written_at(normalized, known)  # and find where they are written once, not per sentence
    known_in_order = longest_first(known)  # in the order the second pass reads them: sorted once, not per sentence
    for view, draft in zip(views, drafts):
        blocked = view.titles
        persons = view.persons
        if _known_name_free(view, written):  # else the second pass finds nothing new
            persons = draft.complete(known_in_order)  # the first pass's readings again, then the known names
        if blocked or bylines:
            persons = [p for p in persons if not _within(p, blocked) and not _overlaps(p, bylines)]
        first_rules: dict[tuple[int, int], object] | None = None  # made when a known name needs it
        for person in persons:
            if person.info.get("rule") == "known_name":
                if first_rules is None:
                    first_rules = {(p.start, p.end): p.info.get("rule") for p in view.persons}
                if first_rules.get((person.start, person.end)):
                    person.info["rule"] = first_rules[(person.start, person.end)]  # how the name was found first says more
        view.persons = persons  # in order of start (PersonDraft.complete sorts them)
        if view.roles:  # a surname before a title needs a title (about half the sentences have none)
            referred = _surname_titles(view, known)  # may drop a name it reads as a glued surname (由庞秘书长)
            view.persons = sorted(view.persons + referred, key=by_start)
        if dotted:
            _dotted_short_forms(view.persons, dotted)
        if "他" in view.sentence.text or "她" in view.sentence.text:  # (find_pronouns' own test: no call for most sentences)
            view.pronouns = find_pronouns(view.sentence.text, view.start)
        view.cues = _find_cues(view)
        for cue in view.cues:  # (once here: several rules ask it of every sentence)
            if cue.cue == "quote":
                view.quote = cue.start
                break
    return ArticleAnalysis(article, normalized, views, bylines, spoken_day, speech_line.end() if speech_line is not None else -1)


ANNEX_LEAD = r"附(?:件\s*\d*)?\s*[:：]\s*"  # 附：, 附件1：: the label an annexed list's heading opens with
_ROSTER_HEADING = re.compile(
    rf"^(?:{ANNEX_LEAD})?((?:[0-9\u4e00-\u9fff]|[“‘][0-9\u4e00-\u9fff·]{{2,12}}[”’]){{2,30}}?(?:" + word_alternation("roster_body_ending") + r"))(?:组成人员名单|组成人员|成员名单|委员名单|队员名单|名单)$"
)


_TERM_LEAD = re.compile(r"^第[一二三四五六七八九十0-9]+届")  # 第一届专业委员会: a body's term before its kind


def _roster_heading_body(text: str, offset: int, seen: list[str]) -> list[Mention]:
    """附：某赛事组委会名单, 某评估委员会组成人员, 附：某市“十佳慈善项目”评审委员会名单: a roster's heading names the committee
    or working group its lines list (a brand in quotes inside its name), a body whose ending (组委会, 领导小组, 检查组) no title
    follows here, so the name rules leave it unread. A heading naming its body by its term and kind alone (附：第一届专业委员会组成
    人员名单, 附：领导小组成员名单) names the one body of that kind the page named before it in full (`seen`)."""
    found = _ROSTER_HEADING.match(text.rstrip(":： "))
    if found is None:
        return []
    name = found.group(1)
    ending = next(e for e in word_class("roster_body_ending") if name.endswith(e))
    body = Mention("org", offset + found.start(1), offset + found.end(1), name, {"type": "committee", "suffix": ending})
    _term_body(body, seen)
    return [body]


def _term_body(org: Mention, seen: list[str]) -> None:
    """第一届专业委员会 (附：第一届专业委员会组成人员名单), 第二届领导小组: a body written by its term and its kind alone refers to the
    one body of that kind the page named before it in full (`seen`, as written: its longest name, the others its short
    forms, 省某协会某专业委员会); none where it named several or none."""
    kind = _TERM_LEAD.sub("", org.text)
    if kind == org.text or kind not in (longest_org_suffix(kind), org.info.get("suffix")):
        return
    full = sorted({normalize(s): s for s in seen if len(s) > len(kind) and normalize(s).endswith(kind)}.items(), key=lambda item: -len(item[0]))
    if full and all(full[0][0].endswith(name) for name, _ in full):
        org.info["refers"] = full[0][1]


def _written_at(normalized: str, names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every place a name is written in the article, overlapping ones too, in order."""
    found: list[tuple[int, int]] = []
    for name in names:
        start, size = normalized.find(name), len(name)
        while start >= 0:
            found.append((start, start + size))
            start = normalized.find(name, start + 1)
    found.sort()
    return found


def _known_name_free(view: SentenceView, written: list[tuple[int, int]]) -> bool:
    """Whether a known name is written somewhere in the sentence (`written`: where known names are
    written in the article, from _written_at) that the first pass left free.

    The second pass (PersonDraft.complete with the known names) starts from the first's draft and adds known names where no title,
    organization or titled name already sits; where every occurrence is taken it would return
    the first pass's persons again, so it is skipped (names found by a 、-list do not count as
    taken: the second pass looks for known names before it reads lists)."""
    offset, end = view.start, view.sentence.end
    taking: list[Mention] | None = None
    for index in range(bisect_left(written, (offset,)), len(written)):
        start, stop = written[index]
        if start >= end:
            break
        if stop > end:
            continue  # runs past the sentence's end: not written in it
        if taking is None:
            taking = view.roles + view.orgs + [p for p in view.persons if p.info.get("rule") != "list_name"]
        for m in taking:  # (a comparison per mention: a sentence holds one or two such names, a mask cost more to fill)
            if m.start < stop and start < m.end:
                break
        else:
            return True
        if known_over_joining_word(view.sentence.text, start - offset, stop - offset, view.persons, offset):
            return True  # 甲和 known, 甲 read before 和 here: the second pass reads the known name
    return False


# 2025年, 二〇二五年 (official documents close with their date in Chinese numerals)
_CN_YEAR = r"[一二][〇零○九][〇零○一二三四五六七八九]{2}"
_YEAR = re.compile(rf"((?:19|20)[0-9]{{2}}|{_CN_YEAR})\s*年")


_HISTORY = re.compile(rf"[^,，。;；!?！？\n]{{0,30}}?(?:{word_alternation('since_word')}|{word_alternation('before_word')})")
_ANNUAL_REPORT = re.compile(r"年度[^《》\n]{0,30}(?:报告|决算|总结)》")
_CN_MONTH_DAY = r"[一二三四五六七八九十]{1,3}"
_FULL_DAY = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2})\s*(?:年|-|/|\.)\s*(?P<m>[0-9]{1,2})\s*(?:月|-|/|\.)\s*(?P<d>[0-9]{1,2})(?![0-9])"
    rf"|{_CN_YEAR}\s*年\s*{_CN_MONTH_DAY}\s*月\s*{_CN_MONTH_DAY}\s*日"  # 二〇二五年五月二十日
)
# 台湾网1月27日漳州消息, 新华社北京5月8日电: a dateline gives the day the news was filed, not the event's (also at the head
# of an indented paragraph: 　　某网4月9日消息：4月8日下午，…)
_DATELINE = re.compile(
    r"^[ \t\u3000]*[^\s,，。:：]{0,10}?(?:(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日[^\s,，。:：]{0,8}?(?:消息|电|讯)"
    r"|(?<![0-9])(?P<day>[0-9]{1,2})日(?:讯|电(?=\s*[（(])))",  # 本报某地10日讯, （某地10日讯）: a day alone, in the page's month
    re.MULTILINE,
)


# 2025年杭州市慈善事业大事记: a chronicle of one year (words in data/lexicons/word_classes.tsv)
_CHRONICLE_TITLE = re.compile(rf"(?<!\d)((?:19|20)\d\d)年(?!\d)[^\d]{{0,30}}?(?:{'|'.join(map(re.escape, word_class('chronicle_title_word')))})")


# 某会2025年工作总结（摘要）: a summary of one year's work, when the title ends with it (not 2025年工作总结会, a meeting)
_SUMMARY_TITLE = re.compile(
    rf"(?<!\d)((?:19|20)\d\d)年度?(?!\d)[^\d]{{0,12}}?(?:{'|'.join(map(re.escape, word_class('year_summary_title_word')))})\s*(?:[(（][^()（）]{{1,8}}[)）])?\s*$"
)


_HEARD_BEFORE = re.compile(rf"{word_alternation('held_verb')}|{word_alternation('decided_verb')}|{word_alternation('held_before_name')}|作|在")
# 苏州年鉴（2026）, 某市年鉴2026: a yearbook is named by the year it appears in and records the year before
_YEARBOOK_EDITION = re.compile(r"年鉴\s*[(（]?\s*((?:19|20)\d\d)(?![\d年])")


_HEADING_YEAR = r"(?P<y>(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})\s*年度?"  # a chronicle heading's year: 2018年, 二〇一八年度
_YEAR_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．]\s)?(?P<before>[^\d,，。;；:：年月日]{0,16}?)[【\[(（]?\s*"
    + _HEADING_YEAR + r"\s*[】\])）]?(?P<after>[^\d,，。;；:：年月日]{0,16}?)[】\])）]?\s*"
)
_CHRONICLE_WORDS = tuple(word_class("chronicle_title_word"))


_RECENT_WORD = re.compile(word_alternation("recent_word"))
# 基层慈善动态（2026年10月下旬）, 2026年10月工作简报: the year and month of the period a round-up's title names
_TITLE_PERIOD = re.compile(r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?P<m>[0-9]{1,2})\s*月(?:上旬|中旬|下旬|份)?(?![0-9]{1,2}\s*[日号])")


def _title_period(title: str, reference: str) -> str:
    """The month a round-up's title names (（2026年10月下旬）) where it is before the page's month, else ""."""
    found = _TITLE_PERIOD.search(title) if "月" in title else None
    if found is None or len(reference) < 7:
        return ""
    month = int(found.group("m"))
    value = f"{found.group('y')}-{month:02d}" if 1 <= month <= 12 else ""
    return value if value and value < reference[:7] else ""


_LOCAL_TIME = tuple(word_class("local_time_word"))  # 当地时间 (data/lexicons/word_classes.tsv)
_HOME_TIME = tuple(word_class("home_time_word"))  # 北京时间 (data/lexicons/word_classes.tsv)


def _home_days(text: str, offset: int, dates: list[DateMention]) -> list[DateMention]:
    """北京时间3月2日凌晨1时，正是当地时间3月1日晚6时: a meeting across time zones is dated by the page's own time; the
    local day abroad written beside it is the same moment, no day of its own (else the two days cancel out). The page's
    own clock word is read with its day, so that a sentence it opens opens with that day."""
    days = [d for d in dates if d.precision == "day"]
    local = [d for d in days if text[:d.start - offset].rstrip().endswith(_LOCAL_TIME)]
    kept = dates if not local or len(local) == len(days) else [d for d in dates if d not in local]
    widened = []
    for d in kept:
        home = next((w for w in _HOME_TIME if d.precision == "day" and text.endswith(w, 0, d.start - offset)), "")
        widened.append(DateMention(d.start - len(home), d.end, d.value, d.precision) if home else d)
    return widened


def _year_heading(line: str) -> str:
    """The year of a line that is a chronicle's section heading (2024年, 【2023年】, 二〇二三年度, 大事记（2024年）,
    某会2024年大事记), or ""."""
    found = _YEAR_HEADING.fullmatch(line)
    if found is None:
        return ""
    words = (found.group("before") + found.group("after")).strip()
    if words and not any(word in words for word in _CHRONICLE_WORDS):
        return ""  # 2024年工作回顾: a heading of something else
    value = _cn_number(found.group("y"))
    return str(value) if value is not None else ""


_OPENING_YEAR_HEADING = re.compile(r"\s*[【\[]\s*" + _HEADING_YEAR + r"\s*[】\]]")


def _opening_year_heading(found: re.Match[str] | None) -> str:
    """【2018年】10月19日，…: a chronicle's year in brackets opening its entry's paragraph dates the entry and those after it
    (its days and months are read as the entry's, the year's own mention as none)."""
    value = _cn_number(found.group("y")) if found else None
    return str(value) if value is not None else ""


def _chronicle_year_end(title: str, reference: str, header: str = "") -> str:
    """A chronicle of a past year (2025年…大事记, published in 2026) places its days written without a year
    (1月9日) in that year: the reference is the year's last day, not the publication date. So does a page of
    a yearbook's edition (苏州年鉴（2026） in the title or the header lines: the year 2025)."""
    found = (_CHRONICLE_TITLE.search(title) or _SUMMARY_TITLE.search(title)) if title and "年" in title else None
    if found is not None and found.re is _SUMMARY_TITLE and _HEARD_BEFORE.search(title, 0, found.start()):
        found = None  # 某会召开理事会审议2025年度工作报告: a meeting that heard the report, held when the page says
    year = found.group(1) if found else ""
    if not year and "年鉴" in header + title:
        edition = _YEARBOOK_EDITION.search(title) or _YEARBOOK_EDITION.search(header)
        year = str(int(edition.group(1)) - 1) if edition else ""
    if not year or not reference or year >= reference[:4]:
        return reference
    return f"{year}-12-31"


def reference_date(text: str) -> str:
    """Without a publication date, 5月8日 takes its year from the text: its first full date, else the
    day of a dateline in the year the text names, else that year. A year in a clause about the past
    (2018年设立以来) dates nothing of the event; a 2024年度…报告 is presented in the year after."""
    for match in _FULL_DAY.finditer(text):
        if not _HISTORY.match(text, match.end()):
            full = parse_date(match.group())
            if full and len(full) == 10:
                return full
    year = ""
    for match in _YEAR.finditer(text):
        if _HISTORY.match(text, match.end()):
            continue
        year = str(_cn_number(match.group(1)))
        if _ANNUAL_REPORT.match(text, match.end() - 1):
            year = str(int(year) + 1)
        break
    dateline = dateline_span(text)
    if year and dateline:
        found = _DATELINE.match(text, dateline[0])
        return f"{year}-{int(found['m']):02d}-{int(found['d']):02d}" if found and found["m"] else year
    return year


def _filing_day(text: str, start: int, reference: str) -> str:
    """The day of the dateline at start in the reference date's year (the year before for a later month), or ""."""
    found = _DATELINE.match(text, start)
    if found is None or len(reference) != 10:
        return ""
    if found["day"]:
        # 本报某地10日讯: the latest such day not after the reference (the month before's for a later day)
        return _day_of_month(reference, int(found["day"]), after=False) or ""
    day = _iso_day(int(reference[:4]), int(found["m"]), int(found["d"]))
    if day and day > reference:
        day = _iso_day(int(reference[:4]) - 1, int(found["m"]), int(found["d"]))
    return day


# 在某会第四次会员代表大会上的讲话 / 区长　甲 / （2026年5月22日）: a speech or a document dated on a line of its
# own under its title, maybe with the part of the day (（2026年9月5日上午）); its 今天 is that day, not the day the page
# was posted
_DATE_LINE = re.compile(
    rf"^[ \t\u3000]*[(（][ \u3000]*(?P<y>(?:19|20)[0-9]{{2}})年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日"
    rf"(?:{word_alternation('day_part')})?[ \u3000]*[)）][ \t\u3000]*$",
    re.MULTILINE,
)


# 在某会第五次会员代表大会上的讲话, a line of its own in the body: the heading of a speech's own text (under an editor's note)
_SPEECH_HEADING = re.compile(
    rf"^[ \t\u3000]*在[^,，。;；\n]{{2,40}}?[上中]的(?:总结|主旨|重要)?(?:{word_alternation('made_speech_noun')})[ \t\u3000]*$", re.MULTILINE
)
_UNDER_HEADING = 60  # characters: the speaker's line and the date line under a speech's heading


def _date_line(text: str, body_start: int, reference: str, heading: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    """The span and day of a date line in brackets among the body's first lines, or under a speech's heading after an
    editor's note, if it is not after the page date."""
    head = text[body_start:body_start + 200]
    found = _DATE_LINE.search(text, body_start, body_start + len(head)) if "（" in head or "(" in head else None
    if found is None and heading is not None:
        found = _DATE_LINE.search(text, heading.end(), heading.end() + _UNDER_HEADING)
    if found is None:
        return None
    day = _iso_day(int(found["y"]), int(found["m"]), int(found["d"]))
    return ((found.start(), found.end()), day) if day and (len(reference) != 10 or day <= reference) else None


_LEAD_SPAN = dt.timedelta(days=7)  # a week: how far after the report's first day its later days alone are read


def _back_in_lead_month(day: DateMention, last_day: str, lead_day: str) -> DateMention:
    """8月25日至26日，…经6月30日的初审，…。25日上午，…: a day alone that would go back before the day named last, in another
    month than the report's first day, is a day of the report's own days (in its first day's month, within a week of it)."""
    if day.value >= last_day:
        return day
    value = _iso_day(int(lead_day[:4]), int(lead_day[5:7]), int(day.value[8:]))
    if value and lead_day <= value <= (dt.date.fromisoformat(lead_day) + _LEAD_SPAN).isoformat():
        return DateMention(day.start, day.end, value, day.precision)
    return day


def _iso_day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of a dateline at the start of one of the first lines of text, if any."""
    for match in _DATELINE.finditer(text, 0, min(len(text), 400)):
        return match.span()
    return None


@lru_cache(maxsize=1)
def _abbreviation_scanner() -> WordScanner | None:
    lex = lexicons()
    words = set(lex.abbreviations) | set(lex.known_bodies)
    return WordScanner(words) if words else None


def _role_starts_at(mentions: list[Mention], position: int) -> bool:
    """Whether a title starts at position (a loop, not any() over a generator)."""
    for m in mentions:
        if m.start == position and m.kind == "role":
            return True
    return False


_CONFERRING = tuple(word_class("conferring_verb"))  # 授予, 表彰: a body conferring an honour (data/lexicons/word_classes.tsv)


def _abbreviated(text: str, offset: int, taken: list[Mention]) -> list[Mention]:
    """中慈联, 世界卫生组织, 民盟中央: a well-known abbreviation (data/lexicons/abbreviations.tsv) or a
    well-known body with no ending of the lexicon (known_bodies.tsv) names an organization; a national ministry whose
    name is also an ending (民政部) does where a post is held in it (民政部副部长甲: docs/FACTS.md, bodies that hold a
    position), not where the page only refers to it (按照民政部要求, 民政部门)."""
    scanner = _abbreviation_scanner()
    if scanner is None:
        return []
    lex = lexicons()
    found = []
    for _, word_start, word_end in scanner.spans(text):
        start, end = offset + word_start, offset + word_end
        if _meets(start, end, taken):  # (loops and calls, no generator: no cells made for every sentence)
            continue
        word = text[word_start:word_end]
        if word in lex.known_bodies:
            if word in lex.org_suffixes and not _role_starts_at(taken, end) and not text.startswith(_CONFERRING, word_end):
                continue  # 民政部 alone, also an ending of longer names, counts holding a post (民政部副部长甲) or conferring an honour (被民政部授予…称号, 民政部公布…表彰名单), not as a mention
            found.append(Mention("org", start, end, word, {"type": lex.known_bodies[word], "suffix": ""}))
            continue
        suffix = longest_org_suffix(lex.abbreviations[word])
        found.append(Mention("org", start, end, word, {"type": lex.org_suffixes.get(suffix, "other"), "suffix": suffix}))
    return found


_NATIONAL_VERTICAL_BODIES = frozenset(word_class("national_vertical_body"))  # 国家税务总局 (data/lexicons/word_classes.tsv)


def _national_offices(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """国家税务总局|江苏省税务局所得税处: a nationally run body written right before its office in a province or a city (a
    name that opens with a place or a level) is the head of that office's official name, one organization."""
    merged: list[Mention] = []
    for org in sorted(orgs, key=by_start):
        head = merged[-1] if merged else None
        if head is not None and head.end == org.start and head.text in _NATIONAL_VERTICAL_BODIES and _opens_with_place(org.text):
            merged[-1] = Mention("org", head.start, org.end, head.text + org.text, org.info | {"type": head.info.get("type", "government")})
            continue
        merged.append(org)
    return merged


def _opens_with_place(name: str) -> bool:
    places = lexicons().places
    return name[:1] in "省市县区" or name[:2] in places or name[:3] in places or name[:4] in places


_SERVED_PEOPLE = frozenset(word_class("served_people"))  # 残疾人, 老人: a kind of people bodies are named for (word_classes.tsv)
_BARE_PARENTS = "".join(word_class("bare_parent"))  # data/lexicons/word_classes.tsv
_SCHOOL_SHORT = "校"  # the bare parent that is a university (校党委书记), not a department
_SCHOOL_SELF = tuple(word_class("school_self_name"))  # 学校, 我校, 本校 (data/lexicons/word_classes.tsv)
_COLLEGE_SELF = "学院"  # a college's page naming itself before its head's title (学院党委书记, 学院院长)
_KIND_SELF = tuple(word_class("kind_self_name"))  # 医院 before a unit of its own (data/lexicons/word_classes.tsv)
_KIND_SELF_WORD = word_bit("kind_self_name")  # SentenceView.words: _KIND_UNIT_START can match
_LOCALITY_WORD = word_bit("locality_unit")  # SentenceView.words: a 街道 or 社区 is written, so listed_localities can match
_BEFORE_BARE_UNIT = "的为任其、,:; "  # 其: 免去其局办公室副主任职务, the person's own post in the department
_BEFORE_SELF_HEAD = _BEFORE_BARE_UNIT + "在"  # 在学校党委书记甲的见证下: 在 before a school's word for itself and its head's title
# 秘书长由医院社工部主任甲担任, 某会秘书长与医院社工部主任乙签字: a school's or hospital's word for itself after 由 or 与
_BEFORE_SELF_UNIT = _BEFORE_BARE_UNIT + "由与"
# 医院社工部 opening a clause: where a hospital's word for itself can open one of its units
# 在医院安宁疗护病区举行: a hospital's unit written after its word for itself may follow 在 too (a unit's name, no head's title)
_BEFORE_SELF_NAMED_UNIT = _BEFORE_SELF_UNIT + "在"
_KIND_UNIT_START = re.compile(rf"(?:^|(?<=[{re.escape(_BEFORE_SELF_NAMED_UNIT)}]))(?:{word_alternation('kind_self_name')})[\u4e00-\u9fff]{{2}}")
_NEAREST_PARENTS = "".join(word_class("nearest_bare_parent"))  # 院: a bare parent standing for the body of its ending named last
_STATION_SHORT = "站"  # a bare parent standing for the station named (站指导员甲 after a visit to a 消防救援站)
# a bare parent's character anywhere; 站 (网站, 工作站, 站在 …: in many sentences) only where a bare unit can open, before no 长
_BARE_PARENT_CHAR = re.compile(f"[{re.escape(_BARE_PARENTS.replace(_STATION_SHORT, ''))}]|(?:^|(?<=[的为任其、,:;\\s])){_STATION_SHORT}(?!长)")
# 学校财务处处长甲, 增补学校发展联络处处长乙: a school's two-character word for itself (学校, 我校) before one of its offices,
# wherever it is written (its 校 the bare parent; with no office it is the title's own case, _bare_parents_found)
_SCHOOL_SELF_FIRST = "".join(word[0] for word in word_class("school_self_name") if len(word) == 2 and word.endswith(_SCHOOL_SHORT))
_BARE_UNIT_START = re.compile(rf"[{_BARE_PARENTS}](?:(?<=^.)|(?<=[的为任其、,:;\s].)|(?<=[{_SCHOOL_SELF_FIRST}]{_SCHOOL_SHORT}))")  # _BARE_UNIT's first part (the character first: scanned for in C)
# (厅机关党委专职副书记甲: the party committee of the department's organs, a unit of its own: docs/gold-conventions.md)
# (not 站长由中心项目主管甲担任, 局长甲与某中心理事长乙: a head's title opening the words after the character, no unit of its
# own; 校长办公室, 院长办公室 are one)
_BARE_UNIT = re.compile(rf"(?:^|(?<=[的为任其、,:;\s])|(?<=[{_SCHOOL_SELF_FIRST}])(?={_SCHOOL_SHORT}))([{_BARE_PARENTS}])(?!长(?!办公室))"
                        rf"([\u4e00-\u9fff]{{0,16}}?(?:处|办公室|室|科|中心)|机关(?:{word_alternation('party_committee')}))?$")
# 校友会, 校友总会, 校董会: a university's own body written by its ending alone (org_suffixes.tsv endings that open with a
# school_word), before a title: the page's university's (校友会会长甲, 当选第三届校董会主席), as 校党委书记 is
_SCHOOL_BODIES = tuple(sorted((s for s in lexicons().org_suffixes if s.startswith(tuple(word_class("school_word")))), key=len, reverse=True))
_SCHOOL_BODY_TAILS = frozenset(word[-3:] for word in _SCHOOL_BODIES)  # 校董会, 友总会: one slice's test before the scan
_BEFORE_SCHOOL_BODY = _BEFORE_BARE_UNIT + "届"  # 当选第三届校董会主席: a council's term before it


def _bare_parent_units(text: str, offset: int, orgs: list[Mention], roles: list[Mention], kind_self: bool, seen: list[str]) -> list[Mention]:
    """厅党组成员、副厅长甲, 任命乙为厅社会救助处处长: a bare 厅 (局) before a title or a sub-unit is the
    department the article is about (医院院长甲, `kind_self`: the hospital the page names); the name is completed when
    the article's organizations are known. A bare 院 (院党委书记甲, after a visit to a hospital) is the body ending in 院
    named last before it (`seen`: the page's bodies so far)."""
    if not kind_self and not _BARE_PARENT_CHAR.search(text) and _COLLEGE_SELF not in text:
        return orgs  # no bare 厅/局 anywhere in the sentence: nothing to find (most sentences)
    return _bare_parents_found(text, offset, orgs, roles, seen)


def _kind_self_units(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """医院医务处处长甲、社工部主任乙: a hospital writing itself by its kind's ending before its units; they are the one
    hospital's the page names (of several, the one the sentence named before them), completed with it (_complete_bare_parents).
    The units are new mentions in the list returned; the mentions given are left as they were."""
    first: Mention | None = None  # the unit written after the word for itself, whose list the next units go on
    units: list[Mention] = []
    for org in orgs:
        local = org.start - offset
        if first is not None and org.info.get("joined_to") == first.start:
            # (社工部主任乙 after 医院医务处处长甲: the hospital's unit too, not the office's)
            info = {key: value for key, value in org.info.items() if key not in ("joined_to", "joined_end")}
            org = Mention(org.kind, org.start, org.end, org.text, info | {"bare_parent": first.info["bare_parent"], "bare_length": 0, "bare_endings": first.info["bare_endings"]})
        elif org.text.startswith(_KIND_SELF) and "refers" not in org.info and (local == 0 or text[local - 1] in _BEFORE_SELF_NAMED_UNIT):
            kind = _kind_self_word(org.text, opening=True)
            if len(org.text) > len(kind) + 1:  # (医院 + a unit's name: not the bare word, nor one character more)
                info = org.info | {"bare_parent": kind, "bare_length": len(kind), "bare_endings": (kind,)}
                # 某医院院长甲，医院社工部主任乙: of several the page names, the one the sentence named last before it
                named = [o.text for o in orgs if o.end <= org.start and o.text.endswith(kind) and len(o.text) > len(kind) + 1]
                if named:
                    info["bare_near"] = named[-1]
                org = first = Mention(org.kind, org.start, org.end, org.text, info)
        units.append(org)
    return units


def _kind_self_word(name: str, opening: bool) -> str:
    """The word of _KIND_SELF that name opens with (`opening`) or ends with: the first of them in the lexicon's order."""
    return next(word for word in _KIND_SELF if (name.startswith(word) if opening else name.endswith(word)))


# ，医务处 before its head's title: a list item's unit (，由肿瘤科主任甲兼任…: after the 由 that opens the clause)
_HOSPITAL_UNIT = re.compile(r"(?:(?<=[,、])|(?<=[,、]由))(?!由)[\u4e00-\u9fff]{1,6}[处部科]$")


def _units_after_a_hospital(text: str, offset: int, orgs: list[Mention], roles: list[Mention]) -> list[Mention]:
    """某医院副院长甲，医务处副处长乙，社工部主任丙: units written bare in a list after a hospital whose post opens it are that
    hospital's (completed with it, _complete_bare_parents), until another body is named."""
    found: list[Mention] = []
    starts = {r.start for r in roles}
    for index, org in enumerate(orgs):
        name = referred_name(org)
        if org.end not in starts or not name.endswith(_KIND_SELF):
            continue
        kind = _kind_self_word(name, opening=False)
        stop = orgs[index + 1].start if index + 1 < len(orgs) else offset + len(text)
        for role in roles:
            if org.end < role.start < stop and (match := _HOSPITAL_UNIT.search(text, org.end - offset, role.start - offset)) is not None:
                info: dict[str, object] = {"type": "hospital", "suffix": match.group()[-1], "bare_parent": kind, "bare_length": 0, "bare_endings": (kind,)}
                if len(name) > len(kind):  # (医院院长甲，医务处处长乙: the hospital the page names, as the bare 医院 is)
                    info["bare_near"] = normalize(name)
                found.append(Mention("org", offset + match.start(), role.start, match.group(), info))
    return sorted(orgs + found, key=by_start) if found else orgs


def _bare_parents_found(text: str, offset: int, orgs: list[Mention], roles: list[Mention], seen: list[str]) -> list[Mention]:
    """_bare_parent_units' reading where a bare 厅/局 is written (the cells its comprehensions need made only then)."""
    found: list[Mention] = []
    # where _BARE_UNIT's bare 厅/局 can start; a title with none in the 20 characters before it needs no search
    starts = [m.start() for m in _BARE_UNIT_START.finditer(text)]
    for org in orgs:
        local = org.start - offset
        if org.text.startswith(_SCHOOL_SHORT) and len(org.text) > 3 and (local == 0 or text[local - 1] in _BEFORE_BARE_UNIT):
            org.info["bare_parent"] = _SCHOOL_SHORT  # 校教育发展基金会: the university's foundation, its name written without it
        elif org.text.startswith(_SCHOOL_SELF) and len(org.text) > 4 and "refers" not in org.info:
            org.info["bare_parent"] = _SCHOOL_SHORT  # 学校上海校友会, 我校计算机学院: the university speaking of itself
            org.info["bare_length"] = 2
    for role in roles:
        local = role.start - offset
        written = text[max(local - 2, 0):local]
        # (由学院副院长甲: a back-reference's to read; 在学校党委书记甲的见证下: the place word before a school's head)
        before = _BEFORE_SELF_UNIT if written in _KIND_SELF else _BEFORE_SELF_HEAD if written in _SCHOOL_SELF else _BEFORE_BARE_UNIT
        if (written in _SCHOOL_SELF or written == _COLLEGE_SELF or written in _KIND_SELF) and (local == 2 or local > 2 and text[local - 3] in before):
            # 学校党委书记甲, 、学院副院长乙, 由医院院长丙: the page's university (college, hospital) writing itself before its head's title
            info: dict[str, object] = {"type": "university", "suffix": "", "bare_parent": _SCHOOL_SHORT, "bare_length": 2}
            if written == _COLLEGE_SELF:
                info["bare_endings"] = (_COLLEGE_SELF,)  # a college's own page (某学院): not a university's
            elif written in _KIND_SELF:
                info.update(type=lexicons().org_suffixes.get(written, "other"), bare_parent=written, bare_endings=(written,))
            if not any(o.start < offset + local - 2 < o.end or o.start == offset + local - 2 for o in orgs):
                found.append(Mention("org", offset + local - 2, role.start, written, info))
            continue
        body = next((word for word in _SCHOOL_BODIES if text.endswith(word, 0, local)), None) if text[local - 3:local] in _SCHOOL_BODY_TAILS else None
        if body is not None:
            at = local - len(body)
            if (at == 0 or text[at - 1] in _BEFORE_SCHOOL_BODY) and not any(o.start <= offset + at < o.end for o in orgs):
                kind = lexicons().org_suffixes[body]
                found.append(Mention("org", offset + at, role.start, body, {"type": kind, "suffix": body, "bare_parent": _SCHOOL_SHORT}))
                continue
        window = max(0, local - 20)
        for unit_start in starts:  # (a loop, not any() over a generator)
            if window <= unit_start < local:
                break
        else:
            continue
        match = _BARE_UNIT.search(text, window, local)
        if match is None or not match.group(2) and text[match.start(1) - 1:match.start(1)] in _SCHOOL_SELF_FIRST and match.start(1) > 0:
            continue  # (增补学校党委书记: a school's word for itself before no office of its own reads as no office)
        start, end = offset + match.start(1), role.start
        if any(o.start < start < o.end for o in orgs):
            continue
        unit = match.group(2) or ""
        suffix = next((s for s in ("办公室", "中心", "处", "室", "科") if unit.endswith(s)), match.group(1))
        char = match.group(1)
        info = {"type": "university" if char in _SCHOOL_SHORT else "government", "suffix": suffix, "bare_parent": char}
        if char in _NEAREST_PARENTS:
            # 回访组来到某县人民医院。院党委书记甲介绍: of the page's bodies ending in 院, the one named last before the title
            before = seen + [text[o.start - offset:o.end - offset] for o in orgs if o.end <= start]
            latest = next((name for name in reversed(before) if len(name) > 2 and normalize(name).endswith(char)), None)
            if latest is None:
                continue
            info.update(type="other", bare_near=normalize(latest))
        found.append(Mention("org", start, end, text[match.start(1):local], info))
    if not found:
        return orgs
    kept = [o for o in orgs if not any(f.start <= o.start < f.end for f in found)]
    return sorted(kept + found, key=by_start)


_DEPARTMENT_ENDINGS = ("办公室", "部", "室", "科")
_SCHOOL_DEPARTMENT_ENDINGS = _DEPARTMENT_ENDINGS + ("处",)  # 发展联络处处长: a university's offices are 处 too
_SCHOOL_PAGE_WORDS = re.compile(word_alternation("school_page_word"))  # 我校, 校友 (data/lexicons/word_classes.tsv)


def _speaks_as_school(header: str) -> bool:
    """Whether a page's title and source line speak as a university (我校举行…, 校友某某捐资…): its offices and
    departments written bare (发展联络处处长甲) are the university's, the one the page names (word_classes.tsv)."""
    return _SCHOOL_PAGE_WORDS.search(header) is not None


_DEPARTMENT_STOPS = frozenset(word_class("department_stop"))  # data/lexicons/word_classes.tsv
_ACTING = tuple(word_class("acting_word"))  # 代理: a verb before a department, a mark between it and its head's title
_ACTING_LENGTH = len(_ACTING[0])  # every acting_word has one length (代理): a fixed cut costs no call
assert {len(word) for word in _ACTING} == {_ACTING_LENGTH}, "acting_word entries must share one length"
_CHARITY_BODY_TYPES = ("charity_federation", "foundation", "association")


# 肿瘤科, 护理部, 病区; 社会工作部, which other bodies have too (data/lexicons/word_classes.tsv)
_HOSPITAL_UNIT_ENDINGS = tuple(word_class("hospital_unit_ending")) + tuple(word_class("shared_hospital_unit_ending"))
_SHARED_UNIT_HEADS = ("部长", "副部长")  # a federation's or a party committee's department head: a hospital's is its 主任
_HOSPITAL_UNIT_NAMES = frozenset(_HOSPITAL_UNIT_ENDINGS + tuple(s for s, kind in lexicons().org_suffixes.items() if kind == "hospital"))
_HOSPITAL_NAME_ENDINGS = tuple(word_class("hospital_ending"))  # 医院, 卫生院: how a hospital's name ends
_WARD = "病区"  # a ward written bare stands for the ward the page named, never for a ward of its own
_UNIT_LEADS = ("兼任", "担任", "由", "任", "为", "我院", "本院")  # what a bare unit may follow inside a clause
_UNIT_MAX = 8  # the longest bare unit read (小儿心血管外科)


def _bare_hospital_units(text: str, offset: int, orgs: list[Mention], roles: list[Mention], seen: list[str], article: Article) -> list[Mention]:
    """由肿瘤科主任、主任医师甲兼任病区主任，护理部副主任乙任护士长: a hospital's unit written bare before its head's title,
    opening a clause or after a verb, is the unit the page named before with that ending (病区: 某医院安宁疗护病区), else
    the unit of the hospital the page named last before it (of the publisher for 我院), named with it; before a doctor's
    grade (眼科主任医师丙) it stands for that hospital, the grade held there (hospice README, gold-conventions)."""
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        if not text.endswith(_HOSPITAL_UNIT_ENDINGS, 0, local) or role.end - offset >= len(text.rstrip()):
            continue  # (no hospital unit's ending right before the title: most titles; a page cut off after the title: no post)
        start = local
        while start > 0 and local - start < _UNIT_MAX and "\u3400" <= text[start - 1] <= "\u9fff":
            start -= 1
        run = text[start:local]
        lead = max((run.rfind(word) + len(word) for word in _UNIT_LEADS if word in run[:-2]), default=0)
        if lead == 0 and start > 0 and "\u3400" <= text[start - 1] <= "\u9fff":
            continue  # (a longer run of characters than a unit's: no clause opens before it)
        start += lead
        unit = text[start:local]
        ending = next(e for e in _HOSPITAL_UNIT_ENDINGS if unit.endswith(e))
        if role.text in _SHARED_UNIT_HEADS or any(o.start < offset + local and offset + start <= o.end for o in orgs):
            continue  # (inside a body's name or right after one: 某医院肿瘤科, read whole; 某会社工部, not a hospital's)
        before = seen + [article.text[o.start:o.end] for o in orgs if o.end <= offset + start and "refers" not in o.info]
        grade = role.text in PROFESSIONAL_TITLES
        referent = "" if grade else next((name for name in reversed(before) if len(name) > len(unit) and normalize(name).endswith(unit) and hospital_of(normalize(name))), "")
        info: dict[str, object] = {"type": "hospital", "suffix": ending}
        if not referent and unit != _WARD:
            own = normalize(article.publisher) if text.endswith(_OWN_YARD, 0, start) else ""
            hospital = article.publisher if own.endswith(_HOSPITAL_NAME_ENDINGS) and len(own) > 2 else _hospital_named_last(before)
            if hospital and not grade:
                referent = hospital + article.text[offset + start:offset + local]
                info["joined_to"] = -1  # named here for the first time, with its hospital: an organization of its own
            elif hospital:
                referent = hospital  # 眼科主任医师甲: the grade is the hospital's, the department no body
        if not referent:
            continue
        info["refers"] = referent
        found.append(Mention("org", offset + start, role.start, unit, info))
    return sorted(orgs + found, key=by_start) if found else orgs


_OWN_YARD = ("我院", "本院")  # a hospital's, a court's or a college's word for itself on its own page
_YARD = "院"


def _own_institution(text: str, offset: int, orgs: list[Mention], roles: list[Mention], publisher: str, written: str, seen: list[str]) -> list[Mention]:
    """我院院长甲, 由我院护理部主任乙主持, 进入我院安宁疗护病区: 我院 is the page's own body, the publisher where its name ends
    in 院 (a hospital, a court), else the hospital the page named last (a hospital's page published by its 院办); a unit
    written after it is that body's unit, named with it. With neither it names nothing (我院社会工作部 in a title before
    any hospital is named: no organization 我院社会工作部)."""
    plain = normalize(publisher)
    owner = publisher if plain.endswith(_YARD) and len(plain) >= 4 else ""
    found = []
    for org in orgs:
        if org.text.startswith(_OWN_YARD) and "refers" not in org.info:
            body = owner or _hospital_named_last(seen + [written[o.start:o.end] for o in orgs if o.end <= org.start and "refers" not in o.info])
            unit = written[org.start + 2:org.end]
            info = {"refers": body + unit, "joined_to": -1} if body and unit else {"refers": body}
            org = Mention(org.kind, org.start, org.end, org.text, org.info | info)
        found.append(org)
    for role in roles:
        local = role.start - offset
        if owner and text.endswith(_OWN_YARD, 0, local) and not any(o.start < role.start and role.start - 2 < o.end for o in found):
            found.append(Mention("org", role.start - 2, role.start, text[local - 2:local], {"type": "hospital", "suffix": _YARD, "refers": owner}))
    return sorted(found, key=by_start)


def _hospital_named_last(names: list[str]) -> str:
    """The hospital of the latest name that is one (某医院) or opens with one (某医院安宁疗护病区: 某医院), as written, in
    the longest form the page writes it (康华医院 after 海宁市康华医院: the latter); "" if none."""
    hospitals = [hospital for hospital in map(_hospital_in, names) if hospital]
    if not hospitals:
        return ""
    short = normalize(hospitals[-1])
    return max((h for h in hospitals if normalize(h).endswith(short)), key=len)


def _hospital_in(name: str) -> str:
    """The hospital a name is (某医院) or opens with (某医院安宁疗护病区: 某医院), as written; "" if none."""
    plain = normalize(name)
    if len(plain) > 2 and plain.endswith(_HOSPITAL_NAME_ENDINGS):
        return name
    return name[:len(hospital_of(plain))] if "院" in plain else ""


def _bare_departments(text: str, offset: int, orgs: list[Mention], roles: list[Mention], article: Article, tokens: Tokens,
                      named: str = "", school_page: bool = False) -> list[Mention]:
    """项目部部长甲, 聘任乙为办公室（财务部）主任, a roster's line 募捐部　部长：丙: a federation's department written
    without its parent before its head's title is the department of the charity body the sentence named last
    before it, else of the publishing charity body (a federation's own notice or report, also 来源：某会办公室), else
    of the charity body the page `named` (the one its title names: an interview in a magazine; or, on a notice from
    来源：总会办公室, the one named last before); on a university's own page (`school_page`) an office or department no
    body in the sentence holds is the university's (completed with the one the page names); with none it names nothing."""
    cell = _ROSTER_CELL.match(text) if " " in text and text[:1] != " " else None  # 募捐部　　部长：: the line's first cell
    endings = _SCHOOL_DEPARTMENT_ENDINGS if school_page else _DEPARTMENT_ENDINGS
    if cell is None:
        for r in roles:
            if text.endswith(endings, 0, r.start - offset) or text[r.start - offset - 1:r.start - offset] in ")）" or (
                    text.endswith(_ACTING, 0, r.start - offset) and text.endswith(endings, 0, r.start - offset - _ACTING_LENGTH)):
                break
        else:
            return orgs  # no department ending right before a title (most sentences)
    return _departments_named(text, offset, orgs, roles, article, tokens, named, cell, school_page)


def _departments_named(text: str, offset: int, orgs: list[Mention], roles: list[Mention], article: Article, tokens: Tokens, named: str,
                       cell: re.Match[str] | None, school_page: bool) -> list[Mention]:
    """_bare_departments' reading where a department ending stands before a title (the cells its comprehensions need
    made only then); `cell`: the roster line's first cell, if any; `school_page`: a university's own page (its 处 too)."""
    lex = lexicons()
    endings = _SCHOOL_DEPARTMENT_ENDINGS if school_page else _DEPARTMENT_ENDINGS
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        end = written_end = local
        if cell is not None and local == cell.end():
            # 宣传联络部　　主任：, 办公室（党建办）　主任：: the cell (its other name in brackets is no part of the name), then
            # the label of its head's post
            end = written_end = cell.end(1)
            local = cell.end(2)
        if text.endswith(_ACTING, 0, end):  # 财务部代理部长: the acting head
            end = written_end = end - _ACTING_LENGTH
        if text[end - 1:end] == ")":  # the normalized text writes （） as ()
            end = text.rfind("(", max(0, end - 12), end)
            if end < 0 or text.startswith(_SHORT_FORM_LEADS, end + 1):
                continue  # 办公室（财务部）: one department under two names, written as it is; not （以下简称…）
        ending = next((e for e in endings if text.endswith(e, 0, end)), "")
        if not ending:
            continue
        start = end - len(ending)
        own = False  # 总会项目部: the federation speaking of itself names the parent
        led = False  # 甲带领项目部部长乙: a verb's object starts after the verb
        while start > 0 and "\u3400" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _DEPARTMENT_STOPS:
            if text.endswith(_SELF_NAMES, 0, start):
                own = True  # (总会机关党支部书记: a unit of four characters before its ending is the body's too)
                break
            if end - start >= len(ending) + 4:
                break
            if start < end - len(ending) and (_after_verb(tokens, offset + start) or text.endswith(_ACTING, 0, start)):
                led = True
                break
            start -= 1
        unit = text[start:end]
        if not own and not led and start > 0 and "\u3400" <= text[start - 1] <= "\u9fff" and (text[start - 1] not in _DEPARTMENT_STOPS or text[start - 1] in "和与及"):
            continue  # a longer name this is the end of (社会救助和慈善事业科)
        if (ending != "办公室" and not unit.rstrip(_UNIT_CHARS)) or unit in lex.roles:
            continue  # 部室
        if unit != "办公室" and unit in lex.org_suffixes and any(o.text.endswith("委") for o in orgs):
            continue  # 市委常委、宣传部部长: a party committee's department, not a federation's
        inner = [o for o in orgs if offset + end < o.start and o.end <= role.start]  # 募捐部（慈善信托办公室）: the second name is no body of its own
        if any(o.start < role.start and offset + start < o.end and o not in inner for o in orgs + found) or any(r.start < offset + end and offset + start < r.end and r.info.get("scope") != "none" for r in roles):
            continue
        before = [o for o in orgs if o.end <= offset + start and not any(mark in text[o.end - offset:start] for mark in ":：;；\n")]
        if school_page and before and (ending == "处" or "," in text[before[-1].end - offset:start]):
            # on a university's page a 处 is the university's office (校友总会秘书长、发展联络处处长甲: not the association's), and
            # a body of an earlier clause holds no department opening its own (某公司董事长甲出席，仪式由学生工作部部长乙主持)
            before = []
        nearest = before[-1] if before and not own else None
        inside = max((nearest.text.rfind(e) + len(e) for e in _charity_endings() if e in nearest.text), default=0) if nearest is not None else 0
        if nearest is not None and nearest.info.get("type") not in _CHARITY_BODY_TYPES and not inside:
            continue  # 区民政局社会救助科科长甲、办公室主任乙: the department of the nearer body, not of a federation
        if nearest is not None and nearest.info.get("type") not in _CHARITY_BODY_TYPES:
            parent = article.text[nearest.start:nearest.start + inside]  # 某会募捐部部长甲，项目部部长乙: the 某会's
        elif nearest is not None:
            parent = referred_name(nearest)
        elif text[start - 1:start] == "(" and not own:
            continue  # 区民政局：甲（社救科科长）: a department in a person's brackets names its body elsewhere
        elif school_page and not own and written_end == local:
            # 典礼由学生工作部部长甲主持, 发展联络处处长乙 on a university's own page: its office, completed with the one
            # university the page names (_complete_bare_parents; none where it names several)
            orgs = [o for o in orgs if o not in inner]
            found.append(Mention("org", offset + start, offset + local, unit, {"type": "other", "suffix": ending, "bare_parent": _SCHOOL_SHORT, "bare_length": 0}))
            continue
        elif (body := charity_body_of(article.publisher)):  # 某市慈善總會 on a traditional page too
            parent = body
        elif named and (own or unit == "办公室" or unit not in lex.org_suffixes):
            parent = named  # (宣传部部长, 民政部副部长 with no body named: a party's or a ministry's, not the page's charity body)
        elif (own or unit not in lex.org_suffixes) and (body := _last_charity(orgs, offset + start) if own else "") or (
                (own or unit not in lex.org_suffixes) and (body := _header_body(article))):
            # 某市慈善总会副会长甲…，总会项目部部长乙: 总会 is the charity body just named; 项目部部长丙 on a page whose
            # breadcrumb or site line (某市慈善总会 > 工作动态) names the body: that body's department
            parent = body
        else:
            continue
        orgs = [o for o in orgs if o not in inner]
        written = article.text[offset + start:offset + written_end]
        head = next((len(n) for n in _SELF_NAMES if text.endswith(n, 0, start)), 0) if own else 0  # 为总会项目部部长: 总会 is in the name
        found.append(Mention("org", offset + start - head, offset + local, text[start - head:local], {"type": "other", "suffix": ending, "refers": parent + written, "joined_to": -1}))
    return sorted(orgs + found, key=by_start) if found else orgs


# 某局副局长甲，社会保障审计处处长乙; 某医院院长甲、药学部主任乙; 某公司董事长甲，副总裁兼慈善信托部总经理乙: a unit written
# bare before its head's title, in a sentence whose body named last before it holds units of that ending, is that body's
# (FACTS.md: a sub-unit is its own organization, named with its parent). Each kind of body and the endings of its units
# (data/lexicons/word_classes.tsv unit_parent_ending: the parent's ending, then the unit endings it holds).
_UNIT_PARENTS = tuple((row.split(":")[0], tuple(row.split(":")[1])) for row in word_class("unit_parent_ending"))
_UNIT_PARENT_ENDINGS = tuple(parent for parent, _ in _UNIT_PARENTS)
# endings of a body written inside what reads as a bare unit (市市场监管局食品经营监管处: a short form, no bare unit)
_BODY_INSIDE_UNIT = re.compile("局|厅|委|总会|协会|基金会|联合会|医院|公司|大学|集团|银行|政府")
_GROUP_BREAK = re.compile("[:：;；\n]")  # what ends the clause group a body before a unit governs
_ROLE_WORDS = lexicons().roles
# a court's and a procuratorate's own committees (审判委员会专职委员, 检察委员会委员): written bare after the court, its units
_COURT_COMMITTEES = ("审判委员会", "检察委员会")
_COURT_BUREAU = "执行局"  # a court's enforcement bureau: its one unit ending in 局 (a bureau's own 局 is a body, not a unit)
# a unit opens a clause, follows a verb of appointing, a bracket (市中级人民法院　甲（立案庭副庭长）: the line's body's unit)
# or 带领 (某检察院检察长甲带领第七检察部主任乙: the unit of the body the leader was named with)
_BARE_UNIT_BEFORE_TITLE = re.compile(r"(?:^|(?<=[,，、;；。\s兼任为由的原及(])|(?<=带领))((?:(?!带领|[兼任为由的原及])[\u4e00-\u9fff]){2,13}?(?:办公室|[处科部室股庭局])|审判委员会|检察委员会)$")


def _units_of_the_body_before(text: str, offset: int, orgs: list[Mention], roles: list[Mention]) -> list[Mention]:
    """The bare units before titles (社会保障审计处处长乙) that the body named last before them in the sentence holds."""
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        last = text[local - 1] if local >= 3 else ""
        if last not in "处科部室股庭" and not (last == "局" and text[local - 3:local] == _COURT_BUREAU) and not (
                last == "会" and text[local - 5:local] in _COURT_COMMITTEES):
            continue  # (no unit ending right before the title: most titles; 局 and 会 only as a court's 执行局, 审判委员会)
        match = _BARE_UNIT_BEFORE_TITLE.search(text, max(0, local - 14), local)
        if match is None:
            continue
        start = offset + match.start(1)
        unit = match.group(1)
        if unit in _ROLE_WORDS or (_BODY_INSIDE_UNIT.search(unit[:-1]) and unit not in _COURT_COMMITTEES):
            continue  # (a title's word, 秘书处; a body's ending inside, 市市场监管局某处: a short form the name reader missed, no bare unit)
        nearest = None  # the body named last before the unit, in the same clause group (no colon or semicolon between)
        covered = False
        for o in orgs:  # (loops, not any() over generators: no call for each body and title)
            if o.start < role.start and start < o.end:
                covered = True  # a name written over the unit
                break
            if o.end <= start:
                nearest = o
        for r in roles:
            if r is not role and r.start < role.start and start < r.end:
                covered = True  # a title written over it
        if covered or nearest is None or "bare_parent" in nearest.info or _GROUP_BREAK.search(text, nearest.end - offset, match.start(1)):
            continue
        parent = referred_name(nearest)
        if parent.endswith(_COURT_COMMITTEES) and len(parent) > 5:
            parent = parent[:-5]  # 某检察院检察委员会委员、未成年人检察部主任: the court's or procuratorate's unit, not its committee's
        held = next((units for ending, units in _UNIT_PARENTS if parent.endswith(ending)), None)
        if held is None and nearest.info.get("suffix") in _UNIT_CHARS:
            # 某局社会救助处副处长、慈善事业促进和社会工作处处长: the sibling of the unit named before, its parent's
            cut = max((parent.rfind(ending) + len(ending) for ending in _UNIT_PARENT_ENDINGS if ending in parent[:-1]), default=0)
            parent = parent[:cut]
            held = next((units for ending, units in _UNIT_PARENTS if parent.endswith(ending)), None) if cut > 2 else None
        if held is None or unit[-1] not in held:
            continue
        found.append(Mention("org", start, role.start, unit, {"type": "other", "suffix": unit[-1], "refers": parent + unit, "joined_to": -1}))
    return sorted(orgs + found, key=by_start) if found else orgs


def _last_charity(orgs: list[Mention], before: int) -> str:
    """The charity body the sentence names last before `before`, as written ("" if none)."""
    for o in reversed(orgs):
        if o.end <= before and o.info.get("type") in _CHARITY_BODY_TYPES and "refers" not in o.info and len(o.text) > 3:
            return o.text
    return ""


def _header_body(article: Article) -> str:
    """The charity body a page's breadcrumb or site line names first (某市慈善总会 > 工作动态 > …, 2026-06-12　某市慈善基金会):
    the page's own body, whose departments its text writes bare; "" if the header names none with its place."""
    return _header_charity(normalize(article.text[: article.body_start]))


_OWN_PAGE_WORDS = tuple(word_class("own_page_word"))  # data/lexicons/word_classes.tsv


def _own_header_body(article: Article) -> str:
    """The header's body (_header_body) where the page's title or source line speaks of itself (我会赴某地…, 来源：本会):
    the body's own page, not a reposted item whose site names another body; "" otherwise."""
    header = normalize(article.text[: article.body_start])
    return _header_charity(header) if any(word in header for word in _OWN_PAGE_WORDS) else ""


_OFFICE_WORDS = tuple(word_class("imprint_unit_ending"))  # a body's office that writes its pages (作者：某市慈善总会办公室)


@lru_cache(maxsize=64)  # read for each bare department of a page: its header is scanned once
def _header_charity(header: str) -> str:
    for segment in re.findall(r"[\u4e00-\u9fff]{4,20}", header):
        if segment.endswith(_OFFICE_WORDS):
            segment = charity_body_of(segment) or segment  # 作者：某市慈善总会办公室: the body of its office
        ending = next((e for e in _charity_endings() if segment.endswith(e)), "")
        if ending and len(segment) > len(ending) + 1 and place_of(segment) != ("", ""):
            return segment
    return ""


def charity_body_of(publisher: str) -> str:
    """The charity body a page's publisher names: itself (某市慈善总会), or the body of its office (某市慈善总会办公室),
    written as the page writes it; "" for any other publisher (a bare 总会办公室 names no body)."""
    normalized = normalize(publisher)
    if normalized.endswith(_charity_endings()):
        return publisher
    ends = [(normalized.rfind(e), len(e)) for e in _charity_endings() if e in normalized]
    start, length = max(ends, default=(0, 0), key=lambda found: found[0] + found[1])
    return publisher[:start + length] if start > 0 else ""  # (a place or a name before the ending)


def _after_verb(tokens: Tokens, position: int) -> bool:
    """Whether a verb token (带领, 陪同, 邀请) ends right before the article offset `position`."""
    index = tokens.index_at(position - 1)
    if index is None:
        return False
    token = tokens[index]
    return token.end == position and token.pos == "v"


# word_classes.tsv: the facility endings (慈善驿站 after a place names a body) and the words that end only a quoted facility
_FACILITY_WORDS = tuple(sorted(word_class("facility_ending") + word_class("facility_word"), key=len, reverse=True))
_PLACE_ENDINGS = LOCALITY_OR_TOWN_WORDS + ("区", "县", "市")  # a district's or city's facility needs its ending after the quote
_BEFORE_LOCALITY = frozenset("了和与及、在到赴至的对向为由被把让给")  # (由某社区“某某”志愿服务队负责: the agent's 由)
_LIST_SEPARATORS = frozenset("、；;\n（(")  # what closes one list item (or line) or opens a bracket before a name
_TAIL_LEAD = 2  # “某某”毗邻地区慈善联盟: the words of a name between the quoted brand and its ending
# (no particle nor verb: 某街道“某某驿站”和某镇慈善工作站, “某某”分论坛由某会…, “某某”是某会的品牌)
_NO_NAME_CHARS = "了和与及的对向为在到赴至由暨是将把被给同让请"  # particles, conjunctions and verbs: no character of a name
_CLAUSE_AFTER_QUOTE = "".join(word_class("clause_after_quote_char"))  # 进, 走, 到: a verb's character (word_classes.tsv)
_NAME_WORDS = re.compile(rf"[^\W{_NO_NAME_CHARS}{_CLAUSE_AFTER_QUOTE}]*")
_TEAM_ENDS = tuple(word_class("team_last_char"))  # word_classes.tsv
_BRAND = re.compile(r"[^\W\d]{2,8}")  # “某某”慈善超市: a brand is a word; “某某 某某”慈善超市改革 is a slogan
# 某公司“某某”焊接创新工作室: a body's own unit named by its brand, a field word or two and its ending (word_classes.tsv)
_OWNED_UNIT = re.compile(rf"[^\W\d{_NO_NAME_CHARS}]{{0,4}}?(?:{word_alternation('owned_unit_word')})")
_BROAD_FACILITY_WORDS = tuple(word_class("broad_facility_word"))  # word_classes.tsv: 家园, 之家 also name campaigns
# 担任某社区“某某”志愿服务队队长, 考察某县“某某”帮扶车间, 学员们前往某街道“某某”服务中心: the verb opens the clause, the
# locality comes after it (word_classes.tsv, event_words.tsv)
_POST_VERB = re.compile(f"{word_alternation('biography_post_verb')}|{word_alternation('career_post_verb')}|{word_alternation('visit_object_verb')}"
                        f"|{word_alternation('visit_going')}")


_VISIT_VERB = re.compile(f"{word_alternation('visit_object_verb')}|{word_alternation('visit_going')}")
_AFTER_VISITED = frozenset("和与及、，,。；;")  # what closes a visited place's name in a list of places seen


def _visited_brand(text: str, start: int, locality: str, inside: str, local_end: int) -> bool:
    """考察了某镇“某某微家”，参观某社区“某某汇”和某中心: a brand in quotation marks after a village, community, town or
    sub-district the sentence visits names a facility there, though no facility word ends it (the locality's name of
    two characters or more; not 某村“两委”班子, 某社区“一老一小”工作: words after the marks make it a slogan's or a group's)."""
    return (locality.endswith(LOCALITY_OR_TOWN_WORDS) and not _one_character_name(locality) and text[local_end:local_end + 1] in _AFTER_VISITED
            and _BRAND.fullmatch(inside) is not None and _VISIT_VERB.search(text, 0, start) is not None)


def _one_character_name(locality: str) -> bool:
    """睦街道 of 和睦街道: one character before the locality's unit, too short for a name of its own."""
    unit = next((u for u in LOCALITY_OR_TOWN_WORDS if locality.endswith(u)), "")
    return bool(unit) and len(locality) - len(unit) < 2


_TEAM_HEADS = re.compile(alternation(word_class("team_head_title")))  # 队长, 团长, 领队 (data/lexicons/word_classes.tsv)


def _team_head_after(text: str, index: int) -> bool:
    """A team's head's title (队长, 副队长, 团长, 领队) written right after a team's name: the team has officers of its own."""
    return _TEAM_HEADS.match(text, index) is not None


def _kind_after_quote(text: str, offset: int, org: Mention, quoted: list[tuple[int, int]]) -> bool:
    """Whether `org` is a team read right after a quoted brand (or a name word or two after it: “某某”留守|儿童…服务队)
    with no place opening it and no head of its own after it: the brand's programme team, which names no body once the
    brand is cut off, as the brand and the team together name none (_quoted_facilities). (A committee after a trust's
    brand, “某某”慈善信托决策委员会, is the trust's organ, read elsewhere.)"""
    if not org.text.endswith(_TEAM_ENDS) or "refers" in org.info or org.text[:1] in _QUOTE_OPENS or _place_at(org.text, 0) or _team_head_after(text, org.end - offset):
        return False
    return any(q_end <= org.start <= q_end + _TAIL_LEAD and _NAME_WORDS.fullmatch(text, q_end - offset, org.start - offset) for _, q_end in quoted)


_QUOTE_OPENS = "“\"《「『"
_LOCALITY_CHARS = frozenset(_LEVEL_CHARS + "".join(LOCALITY_OR_TOWN_WORDS))  # 市, 区, 镇, 街道, 社区: a place's or locality's unit
TEAM_CHAR = "队"  # 队长, 副队长, 队员: a team's titles and a team name's last character
_TEAM_LAST_CHARS = "".join(_TEAM_ENDS)  # 队, 团: a team's last character, tested before _kind_after_quote


# 队长, 队员: a team's head or members, written anywhere on the page (word_classes.tsv team_officer)
_TEAM_OFFICER = re.compile(word_alternation("team_officer"))
_PROJECT_WORD = "项目"  # “某某”项目志愿服务队: a project's team, the programme's


def _officered_team(text: str, index: int, before: str, following: str = "") -> bool:
    """“某某”献血志愿服务队 right after the quoted brand at `index`, on a page that writes a team's head or members: a team's
    ending with 队, not a project's team (“某某”项目志愿服务队), nor a body's own team whose owner is written by its bare kind
    before the brand (总会“某某”志愿服务队: the owner's name is not known here)."""
    following = following or _body_after_quote(text, index) or _field_led_after_quote(text, index)
    return following[-1:] == TEAM_CHAR and not following.startswith(_PROJECT_WORD) and not longest_org_suffix(before) and not before.endswith(_SELF_NAMES)


def _quoted_team(inside: str) -> bool:
    """某区“某某宣讲团”, 某银行“某某志愿服务队”: a quoted brand that holds a team's or group's whole name, its ending (宣讲团,
    志愿服务队) inside the marks: the team the owner or place before it has (docs/gold-conventions.md: the owner is part of
    its name)."""
    return inside[-1:] in _TEAM_LAST_CHARS and longest_org_suffix(inside)[-1:] in _TEAM_LAST_CHARS and len(inside) > len(longest_org_suffix(inside))


def _quoted_facilities(text: str, offset: int, orgs: list[Mention], quoted: list[tuple[int, int]], team_page: bool = False) -> list[Mention]:
    """考察了某区某街道“邻里食堂”, 某县某镇“童心港湾”儿童之家, 某区“某某”志愿服务队: a community facility or team named in
    quotation marks after its sub-district, town, village (or district or city, with its ending after the marks) is an
    organization, named with its locality and the marks as written. A team opening with its quoted brand (“某某”志愿服务队)
    is one where the page writes a team's head or members (`team_page`: 服务队队长甲, 队员乙说), else the brand's programme team."""
    found: list[Mention] = []
    for q_start, q_end in quoted:
        local_start, local_end = q_start - offset, q_end - offset
        start = local_start
        while start > 0 and "\u3400" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _BEFORE_LOCALITY and local_start - start < 12:
            start -= 1
        if start > 0 and text[start - 1] in _BEFORE_LOCALITY and _one_character_name(text[start:local_start]):
            # ；和睦街道“某某”慈善超市, 某区和睦街道“某某帮帮团”: the character is the locality's own, and the district before
            # it too (not 在鹤溪街道“某某”: a name of two characters is whole, the particle opens the clause)
            start -= 1
            while start > 0 and "\u3400" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _BEFORE_LOCALITY and local_start - start < 12:
                start -= 1
        verb = None
        for verb in _POST_VERB.finditer(text, start, local_start):
            pass  # 2019年起担任某社区“某某”志愿服务队队长, 现任某区“某某”公益服务中心理事长: the verb opens the clause
        start = verb.end() if verb else start
        locality = text[start:local_start]
        if not _place_at(locality, 0) and (place := next((i for i in range(1, len(locality) - 1) if _place_at(locality, i) and locality[i] not in _LEVEL_CHARS), 0)) and (
                not any(char in _LOCALITY_CHARS for char in locality[:place])):
            # 《关于同意成立某区“某某”志愿服务队的批复》: the words of a clause before the place are no part of the name (not
            # 某镇|城北社区: a town's name before the place opens it)
            start, locality = start + place, locality[place:]
        # 某区慈善总会“某某”志愿服务队, 某大学“某某”支教团: a body's own team or facility, named after it
        owner = next((o for o in orgs if o.end == q_start), None)
        # “某某”慈善超市, 考察了“某某”社区慈善空间: a brand opening the name, with no locality before it
        bare = local_start == 0 or not "\u3400" <= text[local_start - 1] <= "\u9fff" or text[local_start - 1] in _BEFORE_LOCALITY
        # 为医院“某某”志愿者服务队授旗: the hospital writing itself by its kind's word before its own team or centre
        self_named = owner is None and locality in _KIND_SELF
        if owner is None and not bare and not self_named and (len(locality) < 3 or not locality.endswith(_PLACE_ENDINGS) or (
                not verb and start > 0 and "\u3400" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _BEFORE_LOCALITY)):
            if not (team_page and _officered_team(text, local_end, locality)):
                continue
            # 带领“某某”巾帼志愿服务队, 举行“某某”献血志愿服务队授旗仪式 on a page of the team's head or members: the brand opens
            # the name, or the place right before it (舟山“某某”志愿救援队)
            places = lexicons().places
            place = next((len(locality) - cut for cut in range(max(0, len(locality) - 6), len(locality) - 1) if locality[cut:] in places), 0)
            bare = not place
            if place:
                start = local_start - place
        # (某区“某某”义诊服务队: an organization read right after the marks is the name's tail; “某某”毗邻地区慈善联盟: its
        # words may come first)
        inside = text[local_start + 1:local_end - 1]
        if bare and owner is None and not _BRAND.fullmatch(inside):
            continue  # (“某某 某某”慈善超市改革: a slogan, no brand)
        tail = next((o for o in orgs if q_end <= o.start <= q_end + _TAIL_LEAD and _NAME_WORDS.fullmatch(text, local_end, o.start - offset)), None) if (
            text[local_end:local_end + 1] not in _CLAUSE_AFTER_QUOTE) else None  # (“某某”走进社区服务中心: a verb after the marks, no name's tail)
        following = _body_after_quote(text, local_end) or (text[local_end:tail.end - offset] if tail else _field_led_after_quote(text, local_end))
        if owner is not None and not following and (unit := _OWNED_UNIT.match(text, local_end)) is not None:
            following = unit.group()  # 某公司“某某”劳模创新工作室: the owner's unit, its field words before its ending
        # “某某驿站”, “某某食堂” after a body or a district; a sub-district's or village's “某某家园” too
        # (after a body or a district the name ends at the marks: 某会“某某驿站”户外劳动者服务项目 names a project)
        named_facility = _quoted_team(inside) or inside.endswith(_FACILITY_WORDS) and (locality.endswith(LOCALITY_OR_TOWN_WORDS) or not inside.endswith(_BROAD_FACILITY_WORDS) and (
            not "\u3400" <= text[local_end:local_end + 1] <= "\u9fff" or text[local_end] in _BEFORE_LOCALITY))
        if self_named and not following:
            continue
        if owner is not None:
            if not following and not named_facility:
                continue
            start = owner.start - offset
        elif bare:
            if not following or (following.endswith(_TEAM_ENDS) and not (team_page and _officered_team(text, local_end, "", following)) and not _team_head_after(text, local_end + len(following))):
                # (为“某某”志愿服务队授旗: a programme's team, no body of its own without its owner's name; “某某”志愿服务队队长甲:
                # a team with a head of its own is one)
                continue
            start = local_start
        elif not following and not (named_facility and (locality.endswith(LOCALITY_OR_TOWN_WORDS) or _ends_with_place(locality))) and not (
                _visited_brand(text, start, locality, inside, local_end)):
            continue  # 某街道“一老一小”: a slogan or a campaign, no facility; 某区“某某家园”社区基金: a fund; 全市“某某驿站”建设
        end = local_end + len(following)
        if self_named:  # (the name as the finder read it, bare word and marks: completed with the hospital instead)
            orgs = [o for o in orgs if not (o.start == offset + start and o.end == offset + end)]
        if any(o.start < offset + end and offset + start < o.end and o is not owner and not (o is tail and o.end <= offset + end) for o in orgs):
            continue
        if tail is not None and tail.end <= offset + end:
            orgs = [o for o in orgs if o is not tail]
        info: dict[str, object] = {"type": "other", "suffix": following or text[local_end - 3:local_end - 1], "facility": True}
        if self_named:
            info.update(bare_parent=locality, bare_length=len(locality), bare_endings=(locality,))
        if owner is not None:
            orgs = [o for o in orgs if o is not owner]
            if "refers" in owner.info:  # 总会“某某”志愿服务队 on the page of 某市慈善总会
                info["refers"] = f"{owner.info['refers']}{text[local_start:end]}"
        found.append(Mention("org", offset + start, offset + end, text[start:end], info))
    if quoted and orgs:
        # 带领“某某”巾帼志愿服务队, 为“某某”青年志愿服务队授旗: the team read right after a quoted brand that names no
        # facility or team above is the brand's programme team, no body without it (a place opens a body's own name)
        dropped = None
        for o in orgs:  # (a loop, no comprehension: the test on the last character spares a call for most names)
            if o.text[-1] in _TEAM_LAST_CHARS and not (team_page and o.text[-1] == TEAM_CHAR and not o.text.startswith(_PROJECT_WORD)) and _kind_after_quote(text, offset, o, quoted):
                dropped = (dropped or ()) + (o,)
        if dropped:
            orgs = [o for o in orgs if o not in dropped]
    return sorted(orgs + found, key=by_start) if found else orgs


# 某中学高三学生甲, 某学院2023级本科生乙, 进入某大学就读: the school a student is at (data/lexicons/word_classes.tsv)
# (not 某学院学生第一党支部, 某大学学生会: the students' own body)
_STUDENT_AFTER = re.compile(f"(?:[0-9]{{2,4}}(?:级|届)|{word_alternation('student_grade')})?(?:{word_alternation('student_word')})"
                            f"(?![\u4e00-\u9fff]{{0,4}}?(?:{word_alternation('student_body_ending')}))")


_ADMITTED_TO = tuple(word_class("admission_verb"))  # 考入, 考上, 毕业于: the school named right after (data/lexicons/word_classes.tsv)
# 某大学社会学硕士, 某党校大学学历, 某学院中文系毕业后, 某科学院院士: a degree, a schooling or an academy's honour the person holds
# from the body, no post there and no part in the page (a field of study ending in 学 or a level of schooling before the degree,
# never a title: 某大学副教授甲博士 holds 副教授 there; not 博士生导师, 硕士生导师, 博士后, a post's qualification or a post, nor
# 毕业典礼, an event the school holds)
_CREDENTIAL_AFTER = re.compile(f"(?:[\u4e00-\u9fff]{{0,4}}?学|在职研究生|研究生|本科|大专|中专)?(?:{word_alternation('degree_word')})(?![生导后])|毕业(?!典礼|季|班|生)|{word_alternation('academy_honour')}")


# 某审计局退休干部, 某医院退休护士, 某服务中心　退休职工: a person retired from the body holds no post there, and the body is no
# organization of the page on that ground
_NO_POST_AFTER = re.compile(r"\s?退休")


def _student_schools(text: str, offset: int, orgs: list[Mention], credential: bool = False, no_post: bool = False) -> None:
    """受助学生代表、某中学高三学生甲, 某学院2023级本科生乙, 考入某大学的丙: a school written only as where a student studies is no
    organization of the page (no post, no part in an event); marked so, it counts where the page names it otherwise."""
    for org in orgs:
        if _STUDENT_AFTER.match(text, org.end - offset) or text.endswith(_ADMITTED_TO, 0, org.start - offset) or (credential and _CREDENTIAL_AFTER.match(text, org.end - offset)) or (
                no_post and _NO_POST_AFTER.match(text, org.end - offset)):
            org.info["incidental"] = True


# 报到地点：某饭店, 报到及培训地点：某会议中心: where people are to arrive (data/lexicons/word_classes.tsv arrival_word)
_ARRIVAL_VENUE = re.compile(f"(?:{word_alternation('arrival_word')})[^,，。;；:：]{{0,4}}地点[:：]\\s*$")


def _arrival_venues(text: str, offset: int, orgs: list[Mention]) -> None:
    """报到地点：某饭店一楼大堂: the venue a notice or a preview tells people to arrive at is a place of a gathering still to
    come, no organization of the page on that ground (docs/gold-conventions.md, a named venue)."""
    for org in orgs:
        if _ARRIVAL_VENUE.search(text, max(0, org.start - offset - 12), org.start - offset):
            org.info["incidental"] = True


# 7月23日下午\t现场教学：某区慈善超市: a site a programme table schedules (data/lexicons/word_classes.tsv scheduled_site_label)
_SCHEDULED_SITE = re.compile(f"\t(?:{word_alternation('scheduled_site_label')})[:：]\\s*$")


def _scheduled_sites(text: str, offset: int, orgs: list[Mention]) -> None:
    """7月23日下午\t现场教学：某区慈善超市: a site a programme table's cell schedules for a class still to come is no
    organization of the page on that ground, as an arrival venue is not (docs/gold-conventions.md, a named venue)."""
    for org in orgs:
        if _SCHEDULED_SITE.search(text, max(0, org.start - offset - 8), org.start - offset):
            org.info["incidental"] = True


_WEBSITE_AFTER = re.compile(word_alternation("website_word"))  # 门户网站, 网站 (data/lexicons/word_classes.tsv)


def _website_owners(text: str, offset: int, orgs: list[Mention]) -> None:
    """名单均在县政府门户网站公示, 登录某省人民政府门户网站提出意见: a body written only as the owner of the website a text is
    published on has no part in the page's events and holds no post there; marked so, it counts where the page names it
    otherwise."""
    for org in orgs:
        if _WEBSITE_AFTER.match(text, org.end - offset):
            org.info["incidental"] = True


# 定于2月10日上午9时在某殡仪馆举行: a gathering the page announces for a day to come (data/lexicons/word_classes.tsv)
_TO_COME_AT = re.compile(f"(?:{word_alternation('scheduled_word')})[^,，。;；]{{0,24}}在$")
# org_suffixes.tsv: a hotel, guest house or conference centre used as a venue (ontology ck:Hotel), the body that only
# houses a gathering
HOUSING_TYPE = "hotel"


def _venues_to_come(text: str, offset: int, orgs: list[Mention]) -> None:
    """定于某日在某宾馆举行: the venue of a gathering still to come is no organization of the page on that ground
    (docs/gold-conventions.md, a named venue), as a notice's 报到地点 is not."""
    for org in orgs:
        if org.info.get("type") == HOUSING_TYPE and _TO_COME_AT.search(text, max(0, org.start - offset - 30), org.start - offset):
            org.info["incidental"] = True


_PRESS_ENDINGS = tuple(word_class("press_ending"))  # 电视台, 报社 … (data/lexicons/word_classes.tsv)
# 接受某电视台采访, 某电视台等媒体作了报道, 通过某电视台直播: what the press does with the event (press_act)
_PRESS_ACT = re.compile(f"[^,，。;；]{{0,8}}?(?:{word_alternation('press_act')})")


# 首席记者, 主任记者, 高级记者: a newsroom's grades (data/lexicons/roles.tsv), a post held in the outlet, not its reporter sent
_NEWSROOM_GRADES = tuple(role for role in lexicons().roles if role.endswith("记者") and role != "记者")


def _reporting_press(text: str, offset: int, orgs: list[Mention]) -> None:
    """接受某电视台采访时说, 某电视台、某日报社等媒体作了报道, 某电视台记者甲问及…, 某日报、某台等8家媒体记者参加: a press outlet
    written only as reporting the event or sending its reporters is no organization of the page (docs/gold-conventions.md,
    the press that reports an event); one where a post is held (某电视台节目主持人, 某日报社首席记者) or that hosts counts as
    any body."""
    for org in orgs:
        if org.text.endswith(_PRESS_ENDINGS) and (act := _PRESS_ACT.match(text, org.end - offset)) is not None:
            if act.group().endswith("记者") and text.endswith(_NEWSROOM_GRADES, 0, act.end()):
                continue
            org.info["incidental"] = True


# 在某局四楼会议室召开, 在某中学报告厅举行: a room of a body (data/lexicons/word_classes.tsv)
_ROOM_AFTER = re.compile(f"(?:[0-9一二三四五六七八九十]{{1,2}}[楼层])?(?:{word_alternation('room_word')})")
_VENUE_TYPES = frozenset((HOUSING_TYPE, "museum"))  # 在某宾馆三楼会议室: the venue is the body


def _rooms_of_bodies(text: str, offset: int, orgs: list[Mention]) -> None:
    """在市政府三楼多功能厅召开, 在县委党校报告厅举行, 在市政府广场举行: a body written only for its room (or its square)
    where the event sits is no more an organization of the page than it is elsewhere (docs/gold-conventions.md, a named
    venue); a hotel's or a museum's room is the venue's."""
    for org in orgs:
        if org.info.get("type") not in _VENUE_TYPES and _ROOM_AFTER.match(text, org.end - offset):
            org.info["incidental"] = True


_SUBMIT_VERBS = frozenset(word_class("submit_verb"))  # data/lexicons/word_classes.tsv
# 发送至, 寄至 (data/lexicons/word_classes.tsv), with the address the letter goes to between (寄至某市某路某号某处)
_SENT_TO = re.compile(f"(?:{word_alternation('sent_to_verb')})[^,，。;；、:：]{{0,16}}$")
_OBJECTION_VERBS = tuple(word_class("objection_verb"))  # 反映, 举报: after 向某局 or 或某局 (data/lexicons/word_classes.tsv)
_OBJECTION_LEADS = "向或"


def _submitted_to(tokens: Tokens, orgs: list[Mention], text: str = "", offset: int = 0) -> None:
    """于1月8日前报省慈善总会办公室, 并报市民政局同意, 报送某联席会议办公室, 发送至某办公室邮箱, 信函寄至某处, 向本会或某局反映: the body a
    notice's text, a letter or an objection is sent to is an addressee, no organization of the page on that ground
    (docs/gold-conventions.md, "Notices")."""
    for org in orgs:
        index = tokens.index_at(org.start - 1)
        if index is not None and tokens[index].word[:org.start - tokens[index].start] in _SUBMIT_VERBS:
            org.info["incidental"] = True  # (报|市民政局, and 报市|民政局 as the segmenter glues it)
        elif text and (_SENT_TO.search(text, 0, org.start - offset) or (
                text[org.start - offset - 1:org.start - offset] in _OBJECTION_LEADS and text.startswith(_OBJECTION_VERBS, org.end - offset))):
            org.info["incidental"] = True


_PROPOSED_POST = re.compile(f"(?:{word_alternation('proposed_post_verb')})$")  # 拟任, 拟提名为 (data/lexicons/word_classes.tsv)


def _proposed_posts(text: str, offset: int, orgs: list[Mention]) -> None:
    """现任某中心办公室主任，拟任某局某站副站长: a body written only as the place of a post proposed, not held (a 任前公示), is no
    organization of the page on that ground (docs/gold-conventions.md, "Posts: proposed"); it counts where the page names it
    otherwise."""
    for org in orgs:
        if _PROPOSED_POST.search(text, max(0, org.start - offset - 5), org.start - offset):
            org.info["incidental"] = True


def _ends_with_place(locality: str) -> bool:
    """某市某区, 某县: the locality ends with a district, county or city of data/lexicons/places.tsv (not 全市)."""
    places = lexicons().places
    return any(locality[-n:] in places for n in (4, 3, 2) if len(locality) >= n)


_GENERIC_BEFORE_ENDING = ("社区慈善", "慈善", "社区", "")  # 某街道“某某”慈善超市, “某某”社区慈善服务中心


def _body_after_quote(text: str, index: int) -> str:
    """“某某”儿童之家, 某街道“某某”慈善超市, 某镇“某某”志愿服务队: a facility word, or an organization ending alone or after a
    generic word, right after the quoted brand; "" when none follows."""
    for word in _words_after_quote().get(text[index:index + 1], ()):
        if text.startswith(word, index):
            return word
    return ""


def _field_led_after_quote(text: str, index: int) -> str:
    """“某某”助残志愿服务队, “某某”健跑志愿服务队, “某某”青年突击队: one or two words of the team's field, then a team's ending,
    right after the quoted brand (where no name the finder read follows it); "" when none."""
    led = _field_led_body().match(text, index)
    return led.group() if led is not None else ""


# a verb's character opening the clause right after the marks (“某某”走进社区服务中心, “某某”来到救援队): no field word of a
# name (data/lexicons/word_classes.tsv clause_after_quote_char)
_FIELD_WORD = rf"[^\W\d{_NO_NAME_CHARS}{_CLAUSE_AFTER_QUOTE}]{{2}}"


@lru_cache(maxsize=1)
def _field_led_body() -> re.Pattern[str]:
    """One to three words of two characters (a body's field: 助残, 巾帼, 健跑, 慈善税务宣讲) then a team's ending (志愿服务队,
    救援队, 艺术团, 分队) or a facility word (康复站, 儿童之家): not another body's ending, which a clause's verb may stand before
    (“某某”慰问敬老院)."""
    endings = [s for s in org_suffixes_longest_first() if s.endswith(_TEAM_ENDS) and len(s) > 1] + list(word_class("brand_team_ending"))
    return re.compile(f"(?:{_FIELD_WORD}){{1,3}}?(?:{alternation(endings)})")


@lru_cache(maxsize=1)
def _words_after_quote() -> dict[str, tuple[str, ...]]:
    """What may follow a quoted brand, by first character, in the order asked: the facility words longest first, then each
    generic lead with the organization endings (no government body) longest first, then with the facility words (某县“某某”
    慈善驿站); the first written is the one."""
    endings = [s for s in org_suffixes_longest_first() if lexicons().org_suffixes[s] != "government"]
    table: dict[str, list[str]] = {}
    led = [lead + word for lead in _GENERIC_BEFORE_ENDING if lead for word in _FACILITY_WORDS]
    for word in [*_FACILITY_WORDS, *(lead + ending for lead in _GENERIC_BEFORE_ENDING for ending in endings), *led]:
        table.setdefault(word[0], []).append(word)
    return {char: tuple(words) for char, words in table.items()}


_UNIT_CHARS = "部室科处办"
# 募捐部　　　　部长：, 办公室（党建办）　主任：: a roster line's first cell, a department, before its head's title
_ROSTER_CELL = re.compile(r"([\u4e00-\u9fff]{1,8}(?:办公室|部|室|科))((?:\([\u4e00-\u9fff]{1,8}\))?) +")  # (normalized: 　 is a space)
_SHORT_FORM_LEADS = tuple(word_class("short_form_lead"))  # data/lexicons/word_classes.tsv: （以下简称…）


@lru_cache(maxsize=1)
def _charity_endings() -> tuple[str, ...]:
    return org_suffixes_of(*_CHARITY_BODY_TYPES)


_BEFORE_SAYING = frozenset(word_class("before_saying"))  # data/lexicons/event_words.tsv
# (女), (左二), 先生, 牧师 right after a name: its bracket or form of address, after which a one-character cue (说) still
# follows the name (word_classes.tsv honorific)
_NAME_TAIL = re.compile(rf"(?:\([^()]{{1,6}}\))?(?:{word_alternation('honorific')})?")
_NAME_TAIL_OPENINGS = frozenset("(" + "".join(word[0] for word in word_class("honorific")))


_BRACKETED_UNIT = re.compile(r"[(（]([\u4e00-\u9fff]{1,12})[)）]")
_SUB_UNIT_HEADS = tuple(word_class("branch_prefix"))  # data/lexicons/word_classes.tsv
# 吴中分中心, 西湖分会: a branch named by its own word before 分 and a body's ending (or an ending opening with 分), the
# bracket's whole text
_NAMED_BRANCH = re.compile(
    rf"(?:{alternation(_SUB_UNIT_HEADS)})(?:{alternation(lexicons().org_suffixes)})$"
    rf"|.(?:{alternation(sorted(NAMED_BRANCH_ENDINGS))})$"
)


# 科, 处, 部 …: the one-character endings of titled_org_suffixes.tsv, which end a sub-unit in brackets (read once, not per sentence)
# (not 局: 某管委会（某市某局）, a body's second name in brackets, as the offices that work as one write it)
_ONE_CHARACTER_UNITS = tuple(s for s in lexicons().titled_org_suffixes if len(s) == 1 and s != "局")


_OWN_BRANCH_NAME_MIN = 7  # 吴中分中心, 西湖分会, 长三角分会: a branch's word and its ending; 某骨髓库某省分库: a parent's name too


def _own_branch_name(inner: str) -> bool:
    """某管理中心（中华骨髓库某分库）: a bracket that writes a branch with a parent of its own (a long name opening with no place)
    is the body's second name, no sub-unit of the body before the bracket."""
    return len(inner) >= _OWN_BRANCH_NAME_MIN and not _place_at(inner, 0)


def _bracketed_sub_units(text: str, offset: int, orgs: list[Mention]) -> list[Mention]:
    """区民政局（慈善社工科）, 某培训中心（吴中分中心）, 某会（西湖分会）: a sub-unit in brackets right after its parent is one
    organization, named by the parent and the unit without the brackets (docs/gold-conventions.md)."""
    if not orgs or ("(" not in text and "（" not in text):
        return orgs
    lex = lexicons()
    result = []
    seconds: set[tuple[int, int]] = set()
    for org in orgs:
        match = _BRACKETED_UNIT.match(text, org.end - offset)
        inner = match.group(1) if match else ""
        if match and "refers" not in org.info and (inner.endswith(_ONE_CHARACTER_UNITS) or inner.startswith(_SUB_UNIT_HEADS) or (
                _NAMED_BRANCH.search(inner) and not _own_branch_name(inner))) and inner not in lex.places:
            suffix = inner[-1] if inner.endswith(_ONE_CHARACTER_UNITS) else next((s for s in lex.org_suffixes if inner.endswith(s)), inner[-1])
            kind = lex.titled_org_suffixes.get(suffix) or lex.org_suffixes.get(suffix, "government")
            org = Mention("org", org.start, offset + match.end(), text[org.start - offset:match.end()],
                          {"type": kind, "suffix": suffix, "refers": org.text + inner, "bracketed_in": org.text})
        elif match and _NAMED_BRANCH.search(inner) and _own_branch_name(inner):
            seconds.add((offset + match.start(1), offset + match.end(1)))  # the body's second name: no organization of its own
        result.append(org)
    return [o for o in result if not any(b.start <= o.start and o.end <= b.end and b is not o and "bracketed_in" in b.info for b in result) and (
        not seconds or (o.start, o.end) not in seconds)]


# 列席：市民政局规划和财务处　周某, 市民政局慈善事业促进和社会工作科，乙: a section written right after its government body and
# before no title (a title ends the name by itself): two to six characters, or two such words joined by 和, then 处 or
# 科, then a space, a line's end or a clause's (not 、: 先后在某局某科、某会工作 is a career, no party); 某会项目部 on its
# own line: a charity body's department the same way (docs/gold-conventions.md)
_SECTION_AFTER = re.compile(r"((?:[\u4e00-\u9fff]{2,6}[和与])?[\u4e00-\u9fff]{2,6}[处科])(?=[\s,。;]|$)")
_DEPARTMENT_AFTER = re.compile(r"((?:(?!部)[\u4e00-\u9fff]){2,4}部)(?=[\s,。;]|$)")
_CONTACT_LABELS = tuple(word_class("contact_label"))  # data/lexicons/word_classes.tsv
_PARTY_UNITS = tuple(word_class("branch_unit"))  # 某会机关党支部: a party unit, read by the branch rule (organizations.py)


def _sections_after_parents(text: str, offset: int, orgs: list[Mention], roles: list[Mention]) -> list[Mention]:
    """民政局 + 规划和财务处, 慈善总会 + 项目部 with no title after: the sub-unit is one organization named by its parent
    and the unit, as a sub-unit before a title is (FACTS.md: a sub-unit is its own organization); 应急管理厅 +
    救灾和物资保障处 + 处长: a section whose words the name reader stops at (a verb, 和) before its head's title too."""
    if not ("处" in text or "科" in text or "部" in text) or text.lstrip().startswith(_CONTACT_LABELS):
        return orgs  # no section ending in the sentence (most sentences); 联系人：某处　甲: whom to call, no party to anything
    result = []
    for org in orgs:
        kind = org.info.get("type")
        government = kind == "government" and org.text.endswith(("局", "厅"))
        pattern = _SECTION_AFTER if government else _DEPARTMENT_AFTER if kind in _CHARITY_BODY_TYPES else None
        match = pattern.match(text, org.end - offset) if pattern is not None and not org.info.keys() - {"type", "suffix"} else None
        end = match.end() if match is not None else _section_before_title(text, org.end - offset, roles, offset) if government and not org.info.keys() - {"type", "suffix"} else 0
        unit = text[org.end - offset:end]
        if unit and not unit.endswith(_PARTY_UNITS) and not any(o is not org and o.start < offset + end and org.end < o.end for o in orgs):
            org = Mention("org", org.start, offset + end, org.text + unit,
                          {"type": kind if kind == "government" else "other", "suffix": unit[-1]})
        result.append(org)
    return result


_SECTION_WORDS = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[和与])?[\u4e00-\u9fff]{2,6}[处科]")


def _section_before_title(text: str, start: int, roles: list[Mention], offset: int) -> int:
    """The end of a section (救灾和物资保障处) written from `start`, right after its government body, before a title
    that starts at once (处长) or after the section's short form in brackets (（以下简称某科）科长); 0 if none is."""
    heads = {r.start - offset for r in roles if r.start - offset > start}
    for end in range(start + 3, min(len(text), start + 14) + 1):
        if text[end - 1] in "处科" and _SECTION_WORDS.fullmatch(text, start, end):
            after = end
            if text[end:end + 1] == "(" and text.startswith(_SHORT_FORM_LEADS, end + 1):
                after = text.find(")", end) + 1
            if after in heads:
                return end
    return 0


_SAME_YEAR = re.compile(word_alternation("same_year_word"))
_SAME_YEAR_WORD = word_bit("same_year_word")
_SAME_DAY = re.compile(word_alternation("same_day_word"))
_RECALL = re.compile(word_alternation("recall_word"))
_SAME_DAY_WORD = word_bit("same_day_word")
_CLOSING_WORDS = word_bit("closing_session_word")  # sentence_scan: dates.closing_day can find a closing


def _same_day(text: str, offset: int, dates: list[DateMention], last_day: str, words: int, earlier: list[SentenceView]) -> list[DateMention]:
    """9月5日是…。当天上午，…举行: 当天 is the day named just before it (`words`: the sentence's sentence_scan bits); 采集当天
    opening a clause is the day of the sentence that last told 采集 with a day (`earlier`: the views before), which a
    story told out of order (14日采集…; 12日，欢送仪式…; 采集当天，…) names before another day."""
    result = list(dates)
    for match in _SAME_DAY.finditer(text) if words & _SAME_DAY_WORD else ():
        day = last_day  # the last day named before it, else the day named last before the sentence
        for d in dates:  # (a loop, not a comprehension: no cells made for every sentence)
            if d.precision == "day" and d.end <= offset + match.start():
                day = d.value
        if day == last_day and match.start() >= 2 and (match.start() == 2 or text[match.start() - 3] in CLAUSE_MARKS):
            day = _day_told_with(text[match.start() - 2:match.start()], earlier) or day
        if day:
            result.append(DateMention(offset + match.start(), offset + match.end(), day, "day"))
    return sorted(result, key=by_start) if result[1:] else result  # (most sentences: one date or none, no sort to call)


def _day_told_with(word: str, earlier: list[SentenceView]) -> str:
    """The day of the last sentence before that tells `word` (采集, 签约) with a day of its own, else ""."""
    if not ("\u4e00" <= word[0] <= "\u9fff" and "\u4e00" <= word[1] <= "\u9fff"):
        return ""
    for view in reversed(earlier):
        at = view.sentence.text.find(word)
        if at >= 0:
            told = [d.value for d in view.dates if d.precision == "day" and d.start - view.start <= at]
            if told:
                return told[-1]
    return ""


# 该会主席甲, 该行副行长乙, 该所所长丙: a body's one-character ending, pointed at only with 该 (data/lexicons/word_classes.tsv)
_POINTED_ENDINGS = tuple(word_class("pointed_ending"))


@lru_cache(maxsize=1)
def _bare_pattern() -> re.Pattern[str]:
    words = sorted({s for s in lexicons().org_suffixes if len(s) >= 2} | set(_SELF_NAMES), key=len, reverse=True)
    # (该|本)?(?:words)|该会, written with every branch opening with its character (该…, 本…, each word's first
    # character, 该会): the regex engine then scans for those characters in C, where the optional 该|本 made it try
    # every word at every character.
    # 该会主席甲, 该行副行长乙: a body whose ending is one character (协会, 银行) is pointed at only with 该
    words_pattern = alternation(words)
    return re.compile("|".join([f"该(?:{words_pattern})", f"本(?:{words_pattern})", *alternation_branches(words), f"该[{''.join(_POINTED_ENDINGS)}]"]))


@lru_cache(maxsize=1)
def _bare_words() -> dict[str, tuple[str, ...]]:
    """Every word _bare_pattern's matches end with (该会 too), by its last two characters (by_last_two): a match that
    ends right before a title ends in one."""
    return by_last_two({s for s in lexicons().org_suffixes if len(s) >= 2} | set(_SELF_NAMES) | {"该" + ending for ending in _POINTED_ENDINGS})


_COUNCIL_WORD = word_bit("council")  # SentenceView.words: a word of councils.txt is written (理事会, 执委会), so _COUNCIL can match
_COUNCIL = re.compile(councils())  # data/lexicons/councils.txt


def _back_references(
    article: Article, sentence: Sentence, roles: list[Mention], orgs: list[Mention], seen: list[str], subject: str = "", declared_self: str = "",
    title_body: str = "", council_written: int = 0, paragraph_seen: int = 0,
) -> list[Mention]:
    """该基金会理事长, 颐养院院长, 总会副会长: a bare ending before a title names an organization met before.

    总会/本会 is the publishing federation speaking of itself (本会 on a page that declares no body: the charity
    body its title names, 某基金会交流团访问… / 本会主席甲); any other ending is the latest organization written with it.
    """
    if not roles and not council_written:
        return []  # a bare ending refers back only right before a title (or a council)
    text, offset = sentence.text, sentence.start
    role_starts = {r.start for r in roles}
    if council_written:  # 基金会理事会由7名理事组成，甲任理事长: a bare ending before its council is the body that elects
        for council in _COUNCIL.finditer(text):  # (loops, no comprehension: no cells made for every sentence)
            role_starts.add(offset + council.start())
    if not role_starts:
        return []  # a bare ending refers back only right before a title (or a council)
    endings = _bare_words()
    departments = {} if _POINTED_HOSPITAL not in text else _pointed_departments(text, offset, roles, orgs)
    for start in role_starts:
        local = start - offset
        tail = text[local - 2:local] if local > 1 else ""
        if tail in endings and text.endswith(endings[tail], 0, local) and not _meets(start - 1, start, orgs):
            break
    else:
        # no title follows a bare ending that no organization covers (most titles follow a body's full name, whose
        # ending overlaps it): no match can count
        if not departments:
            return []
    found: list[Mention] = []
    for match in _bare_pattern().finditer(text):
        start, end = offset + match.start(), offset + match.end()
        pointed = match.group()[0] in "该本"
        department = departments.get(end)  # "": 该院 before a department and a doctor's grade, the hospital's
        if department:
            end += len(department)
        if (end not in role_starts and department != "") or _meets(start, end, orgs):
            continue
        if (not pointed and match.start() > 0 and "\u3400" <= text[match.start() - 1] <= "\u9fff" and text[match.start() - 1] not in _BEFORE_NAME
                and appointing_before_names().search(text, 0, match.start()) is None):
            continue  # (增补集团副总裁甲为…: right after a verb whose appointed names follow it, the bare ending opens the item)
        word = match.group() if match.group() in _SELF_NAMES else match.group().lstrip("该本")
        before = seen[:]
        for o in orgs:
            if o.end <= start:
                before.append(article.text[o.start:o.end])
        own = (declared_self or (title_body if word != "总会" else "")) if word in _SELF_NAMES else ""  # 本会, 我会: the body's word for itself
        target = _referent(word, before, publishing_body(article.publisher), subject, own, _own_header_body(article) if word in _SELF_NAMES else "", paragraph_seen)
        if not target and match.group()[0] == "该":
            opening = _object_before_comma(text, match.start(), word)
            target = article.text[offset + opening:start - 1] if opening >= 0 else ""
        if department is not None and not hospital_of(normalize(target) + (department or _DEPARTMENT_ENDING)):
            continue  # 该院 + 科: a department only of a hospital (該院, 醫院: the names read in simplified characters)
        if target:
            for suffix in lexicons().org_suffixes:
                if target.endswith(suffix):
                    break
            else:
                suffix = word
            info: dict[str, object] = {"type": lexicons().org_suffixes.get(suffix, "other"), "suffix": suffix, "refers": target}
            if department:  # 该院某科: the department named here in full for the first time, an organization of its own
                info.update(type=lexicons().titled_org_suffixes[_DEPARTMENT_ENDING], suffix=_DEPARTMENT_ENDING, refers=target + article.text[start + 2:end], joined_to=-1)
            found.append(Mention("org", start, end, match.group() + (department or ""), info))
    return found


_POINTED_HOSPITAL = "该院"
_HOSPITAL_DEPARTMENT_AFTER = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?{_DEPARTMENT_ENDING}")  # 心内科, 小儿心脏外科: a hospital's department


def _pointed_departments(text: str, offset: int, roles: list[Mention], orgs: list[Mention]) -> dict[int, str]:
    """由该院小儿外科主任甲带队: a department written after 该院 before its head's title, by where 该院 ends (article offsets):
    the department is a body named with its hospital, the post held there (docs/gold-conventions.md, departments); before
    a doctor's grade (该院心内科主任医师乙) "": the grade is the hospital's, the department no body."""
    heads = {r.start: r.text for r in roles}
    found = {}
    at = text.find(_POINTED_HOSPITAL)
    while at >= 0:
        department = _HOSPITAL_DEPARTMENT_AFTER.match(text, at + 2)
        head = heads.get(offset + department.end()) if department is not None else None
        if head is not None and not _meets(offset + at, offset + department.end(), orgs):
            found[offset + at + 2] = "" if head in PROFESSIONAL_TITLES else department.group()
        at = text.find(_POINTED_HOSPITAL, at + 2)
    return found


def _object_before_comma(text: str, local: int, word: str) -> int:
    """参观了某地长者日间护理中心，该中心主任甲: a name the organization scan did not read, written as the object of a
    verb (after 了) right before the comma that opens 该 + its ending, is the body 该 points at: where it opens in
    `text`, -1 where none is."""
    if local < 2 or text[local - 1] not in ",，":
        return -1
    clause = text[:local - 1].rpartition("了")
    name = clause[2].rpartition("的")[2]
    if not clause[1] or len(name) <= len(word) + 1 or not name.endswith(word):
        return -1
    return local - 1 - len(name) if HAN_WORD.fullmatch(name) else -1


_TAIL = (2, 6)  # the length of a name's last words that may stand for it (中心, 义工大队, 社会福利中心)
# the Han characters right before a title, two up to one more than a tail may have (searched for from seven characters
# before it: the longest run first): more than a tail's, or fewer, and no clause opens there (most titles, after a body's name)
_TAIL_BEFORE = re.compile(f"[\u3400-\u9fff]{{{_TAIL[0]},{_TAIL[1] + 1}}}\\Z")
_TAIL_PARTICLES = "".join(word_class("tail_lead"))  # 由, 为, 向: particles a body's tail may follow (data/lexicons/word_classes.tsv)
_TAIL_PARTICLE_WORD = word_bit("tail_lead")  # SentenceView.words: one is written, so a tail may open after it (_particle_lead)


def _particle_lead(text: str, local: int) -> int:
    """Where a tail opens right after a particle (仪式由医学院党委书记甲主持: 医学院), the particle the nearest to the
    title at `local` with two to six Han characters between; -1 where none is."""
    index, last = local - _TAIL[0] - 1, local - _TAIL[1] - 1  # (a while loop: no range object made for every title)
    while index >= last and index >= 0:
        char = text[index]
        if char in _TAIL_PARTICLES:
            return index + 1
        if not "\u3400" <= char <= "\u9fff":
            return -1
        index -= 1
    return -1


# 某某社会服务协会（English name，简称“某某会”）: the short form a page declares in brackets right after a body's name
_DECLARED_SHORT = re.compile(r"[（(][^（()）]{0,80}?简称[“\"]?([\u4e00-\u9fff]{2,6})[”\"]?[)）]")


def _declared_short_forms(text: str) -> dict[str, str]:
    """Each short form the page declares (简称“某某会”), mapped to the text written right before its bracket."""
    if "简称" not in text:
        return {}  # (most pages: no lazy scan from every bracket for the word)
    return {m.group(1): text[max(0, m.start() - 30) : m.start()] for m in _DECLARED_SHORT.finditer(text)}


def _longest_declared(seen: list[str], declared: str) -> str | None:
    """The longest name seen that the declared full name ends in, the first of that length; None for none."""
    best = None
    for name in seen:
        if declared.endswith(normalize(name)) and (best is None or len(name) > len(best)):
            best = name
    return best


def _named_by_tail(
    text: str, offset: int, roles: list[Mention], orgs: list[Mention], seen: list[str], declared: dict[str, str], written: str,
    normalized: str, led: int,
) -> list[Mention]:
    """…到某区社会福利中心慰问。中心主任甲表示…; 某会义工大队…，义工大队队长乙介绍: the last words of a body named
    before (in a sentence before or earlier in this one), opening a clause right before a title, stand for that body
    (the latest one whose name ends in them).
    A bare 街道 before a title (街道党工委书记甲) is the one sub-district the page named before (某街道慈善工作站), a bare
    办事处 (办事处主任乙) its office, with the characters of `written`, the article as written (辦事處).
    `led`: non-zero where the sentence writes a particle (由, 为) a body's last words may follow (仪式由中心主任甲主持).
    Written with comparisons and one regex call per title, not Python calls: it runs before every title."""
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        after_particle = -1
        if led:  # (a loop of operator tests: _particle_lead is called only where a particle stands close before the title)
            window = text[local - _TAIL[1] - 1 if local > _TAIL[1] else 0:local - _TAIL[0]]  # (no max(): no call)
            for particle in _TAIL_PARTICLES:
                if particle in window:
                    after_particle = _particle_lead(text, local)
                    break
        reach = local - _TAIL[1] - 1  # (a comparison, no max() call)
        run = _TAIL_BEFORE.search(text, reach if reach > 0 else 0, local)  # (one C call, no Python step per character)
        clause_edge = run.start() if run is not None else local
        clause = _TAIL[0] <= local - clause_edge <= _TAIL[1]
        if not clause and after_particle < 0:
            continue  # no clause opens within a few characters before the title (most titles: after a body's name)
        named = None
        edge = clause_edge
        # the words opening the clause first, then those right after a particle (仪式由医学院党委书记甲主持, 为医学院教授乙颁发)
        for start in (clause_edge if clause else -1, after_particle):
            if start < 0:
                continue
            tail = text[start:local]
            # 由某会主办、某某行业协会承办…，某会会长甲、行业协会会长乙: a body this sentence named before the tail counts too
            here = []  # (loops, not comprehensions: no cells made for every title)
            for o in orgs:
                if o.end <= offset + start and "refers" not in o.info:
                    here.append(written[o.start:o.end])
            brand = tail[:2] if tail[_BRAND_FORM - 1:_BRAND_FORM] else "\n"  # (a head no name holds where the tail is too short)
            branded = None  # the nearest body whose brand the tail writes (某某电子), where none ends in the tail
            for name in chain(reversed(here), reversed(seen)):  # the nearest first, no copy of the page's list
                if name[-1] == tail[-1] and len(name) > len(tail) and normalize(name).endswith(tail):
                    named, edge = name, start
                    break
                if name[-1] in _CLOSING_QUOTES and name[-2:-1] == tail[-1:] and len(name) > len(tail) + 2 and normalize(name[:-1]).endswith(tail) \
                        and role.text not in _NO_POST_AT_QUOTED:
                    named, edge = name, start  # 某街道“暖心妈妈驿站”…。驿站站长甲: the last words inside the brand's quotes
                    break
                if branded is None and brand in name and name[-2:] in _COMPANY_ENDINGS and _brand_of(tail, name):
                    branded = name
            if named is None and branded is not None:
                named, edge = branded, start
            if named is not None:
                break
        if named is None and not clause:
            continue  # no body named before ends in the words after the particle
        tail = text[edge:local]
        if named is None and tail in _LOCALITY_TAILS:
            named = _page_subdistrict(seen)
            if named is not None and tail != "街道":
                named += written[offset + local - 3:offset + local]  # 某某街道 + 辦事處 as the page writes it
        page_locality = False
        if (named is None and ("街道" in tail or "社区" in tail or "居民区" in tail) and role.info.get("scope") == "org"
                and (bare := _bare_locality(tail, normalized, seen, written, offset + local, [written[o.start:o.end] for o in orgs if o.end <= role.start])) is not None):
            # (由)社区党委书记甲, 社区居委会副主任乙, 街道党工委书记丙: the one 社区 (街道, 居民区) the page's text names, also
            # where no body is read there (某街道某社区开展…, 某街道2025年度…大会), and its unit as written after it; a post's
            # title only (社区志愿者, 社区居民 are no posts)
            lead, length, locality = bare
            named, page_locality = locality + written[offset + edge + lead + length:offset + local], True
            edge, tail = edge + lead, tail[lead:]
        if named is None and tail in declared:
            # 晨光会秘书长甲 after 某某青年服务协会（简称“晨光会”）: the body written right before the bracket
            named = _longest_declared(seen, declared[tail])
        if named is not None and not _meets(offset + edge, role.start, orgs):
            suffix = longest_org_suffix(named) or tail
            info = {"type": lexicons().org_suffixes.get(suffix, "other"), "suffix": suffix, "refers": named}
            if tail in _LOCALITY_TAILS or page_locality:
                # a sub-district's body, or its office (办事处主任: 某街道办事处, docs/gold-conventions.md), the page may never write in full
                info.update(type="government", joined_to=-1)
            found.append(Mention("org", offset + edge, role.start, tail, info))
    return found


_CLOSING_QUOTES = "”\"」"  # a body's quoted brand ends its name (某街道“暖心妈妈驿站”)
# 工坊负责人甲: the person in charge of a quoted facility holds no post there (the disability README) (word_classes.tsv)
_NO_POST_AT_QUOTED = frozenset(word_class("no_post_at_quoted_body"))
_BRAND_FORM = 4  # the shortest brand form of a company's name (某某电子, 某某药业, 某某公司): two characters of its own and more
_LEVEL_AFTER_BRAND = "省市区县镇乡"  # 常州市…: a place's name with its level, no brand
# 公司, 中心: endings of bodies written by their brand, two characters each (a name's last two looked up; word_classes.tsv)
_COMPANY_ENDINGS = frozenset(word_class("brand_named_ending"))


def _brand_of(tail: str, name: str) -> bool:
    """某某电子董事长甲 after 合肥某某电子科技有限公司, 某某中心理事长乙 after 某区某某社会工作服务中心: whether `tail`, opening a
    clause right before a title, writes the brand of a company or service centre `name` (it ends in a brand_named_ending),
    the first words of its name after its place, and a word of the rest of its name (电子, 药业, 公司)."""
    places = lexicons().places
    core = normalize(name)
    for _ in range(4):  # 江苏省南京市鼓楼区: up to three places before the brand (天宁, a brand that is a district's name too)
        shared = 0  # how many first characters the tail and the rest of the name share (a plain loop: no call per length)
        for a, b in zip(core, tail):
            if a != b:
                break
            shared += 1
        for cut in range(shared, 1, -1):
            if core[cut:cut + 1] and core[cut] not in _LEVEL_AFTER_BRAND:
                rest = tail[cut:]
                if not rest or (rest[1:] and rest in core[cut:]):
                    return True
                break
        if core[:4] in places:
            step = 4
        elif core[:3] in places:
            step = 3
        elif core[:2] in places:
            step = 2
        else:
            return False
        core = core[step + 1:] if core[step:step + 1] in _LEVEL_AFTER_BRAND else core[step:]  # 白沙 + 区
    return False


_APPOINTMENT_WORD = word_bit("appointment_verb")  # SentenceView.words: _ELECTED_TO_BARE can match (当选, 任)
# 当选联盟首任理事长, 出任联盟秘书长, 首任联盟理事长由乙担任: the last words of a body named before, right after the verb
# (or 首任) and before the term and the title (not after 为: 选举甲为某会… reads the electing body, read_elections)
_ELECTED_TO_BARE = re.compile(rf"(?:当选为?|[首出担]任)([\u4e00-\u9fff]{{2,4}}?)(?:{term_body_text()})$")


def _elected_to_named(text: str, offset: int, roles: list[Mention], orgs: list[Mention], seen: list[str], written: str) -> list[Mention]:
    """甲当选联盟首任理事长, 乙出任联盟秘书长, 首任联盟理事长由丙担任: a body named before (in this sentence or an
    earlier one) and written again by its last words between an election's verb and the title (and its term) is the
    body elected to (the latest whose name ends in them), not the page's own."""
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        match = _ELECTED_TO_BARE.search(text, max(0, local - 16), local)
        if match is None or any(o.start < role.start and offset + match.start(1) < o.end for o in orgs):
            continue
        tail = match.group(1)
        if tail in _SELF_NAMES:
            continue  # 当选为总会副会长: the page's own body (_back_references), not the last 某某总会 named
        here = [written[o.start:o.end] for o in orgs if o.end <= offset + match.start(1) and "refers" not in o.info]
        named = next((name for name in chain(reversed(here), reversed(seen)) if len(name) > len(tail) and normalize(name).endswith(tail)), None)
        if named is None:
            continue
        suffix = longest_org_suffix(named) or tail
        found.append(Mention("org", offset + match.start(1), offset + match.end(1), tail,
                             {"type": lexicons().org_suffixes.get(suffix, "other"), "suffix": suffix, "refers": named, "elected_to": True}))
    return sorted(orgs + found, key=by_start) if found else orgs


_LOCALITY_BODIES = tuple(sorted(word_class("locality_body"), key=len, reverse=True))
_BODY_LOCALITIES = tuple(word_class("locality_of_body"))
_PARTY_COMMITTEES = tuple(word_class("party_committee"))


def _locality_units(text: str, offset: int, orgs: list[Mention], roles: list[Mention], written: str) -> list[Mention]:
    """某社区党委书记、居委会主任甲, 某村党支部书记、村委会主任乙, 某街道党工委副书记、办事处主任丙: the unit written bare
    between two titles of a locality's chain (the first held in the locality or its party branch) is that locality's
    (某社区居委会, 某村村委会, 某街道办事处), an organization of its own holding the title after it (docs/gold-conventions.md)."""
    found: list[Mention] = []
    for first, second in zip(roles, roles[1:]):
        local = second.start - offset
        unit = next((u for u in _LOCALITY_BODIES if text.endswith(u, 0, local)), None)
        if unit is None or text[local - len(unit) - 1:local - len(unit)] != "、" or first.end - offset != local - len(unit) - 1:
            continue
        if any(o.start < second.start and second.start - len(unit) < o.end for o in orgs):
            continue  # read already (a bare 办事处 of the page's one sub-district)
        locality = next((o for o in orgs if o.end == first.start), None)
        if locality is None:
            continue
        name = str(locality.info.get("refers") or written[locality.start:locality.end])
        branch = next((c for c in _PARTY_COMMITTEES if normalize(name).endswith(c)), "")  # 某村党支部书记、村委会主任
        name = name[: len(name) - len(branch)]
        ending = next((e for e in _BODY_LOCALITIES if normalize(name).endswith(e) and len(name) > len(e)), None)
        if ending is None:
            continue
        unit_written = written[second.start - len(unit):second.start]
        # 某社区 + 社区居委会: 某社区居委会; but 某村 + 村委会 is 某村村委会 (委会 is no body of its own)
        tail = unit_written[len(ending):] if unit.startswith(ending) and unit[len(ending):] in _LOCALITY_BODIES else unit_written
        info = {"type": lexicons().org_suffixes.get(unit, "government"), "suffix": unit, "refers": name + tail, "joined_to": -1}
        found.append(Mention("org", second.start - len(unit), second.start, unit, info))
    return sorted(orgs + found, key=by_start) if found else orgs


_LOCALITY_ENDING = alternation(LOCALITY_OR_TOWN_WORDS)  # 社区, 村, 镇 …: a listed locality's ending
# 爱心社区（3个）：甲社区、乙社区, 先进单位（10个）：…、某区某街道, 以下7家单位被命名为某基地：: a count heading opening a
# list (normalized: ASCII brackets)
_COUNT_HEADING = re.compile(r"\([0-9一二三四五六七八九十]+[个家]\)(?::|$)|[0-9一二三四五六七八九十]+家单位[^。:;]{0,30}:")
# a line of such a list holding localities only (甲镇乙村　丙镇丁村)
_LOCALITY_LINE = re.compile(rf"(?:[\u4e00-\u9fff]{{2,14}}?(?:{_LOCALITY_ENDING})[\s、;；,]*)+")
# an item of such a list that is a body's exhibition hall (某市慈善总会慈善文化展厅)
_LISTED_HALL = re.compile(rf"(?<=[、\s;；,:])([\u4e00-\u9fff]{{4,24}}?({alternation(word_class('listed_hall_ending'))}))(?=$|[、\s;；,。])")
# a line of such a list naming one body (某博物馆, 某区某学校): the list goes on after it
_LISTED_BODY_LINE = re.compile(r"[\u4e00-\u9fff]{2,24}")
# an item of such a list that is a locality written whole (某镇某村, 某区某街道, 某社区), between the list's separators
_LISTED_LOCALITY = re.compile(
    rf"(?<=[、\s;；,:])([\u4e00-\u9fff]{{2,14}}?({_LOCALITY_ENDING}))(?=$|[、\s;；,。])"
)


def _counted_list_goes_on(text: str, counted_before: bool) -> bool:
    """Whether the line after `text` may still be an item of a counted list: `text` ends with its count heading, or its
    heading's colon joins the first item's line to it (以下3家单位被命名为某基地：⏎某博物馆), or it is an item itself."""
    if text[-1:] in ":)" and _COUNT_HEADING.search(text) is not None:
        return True
    if "家单位" in text and (heading := _COUNT_HEADING.search(text)) is not None:
        return _LISTED_BODY_LINE.fullmatch(text.rstrip(), heading.end()) is not None
    line = text.strip()
    return counted_before and (_LOCALITY_LINE.fullmatch(line) is not None or _LISTED_BODY_LINE.fullmatch(line) is not None)


def _counted_localities(text: str, offset: int, orgs: list[Mention], counted_before: bool) -> list[Mention]:
    """爱心社区（3个）：甲社区、乙社区, 示范村（5个）：⏎甲镇乙村　丙镇丁村: the localities a count heading lists (an honour
    list's units, on its line or the line after it) are organizations, as the awarded bodies listed with them are
    (docs/gold-conventions.md, Notices: awarded bodies); a locality only named elsewhere stays a place."""
    heading = _COUNT_HEADING.search(text)
    if heading is None and not counted_before:
        return orgs
    found: list[Mention] = []
    for match in _LISTED_LOCALITY.finditer(" " + text, heading.end() + 1 if heading is not None else 0):
        start, end = offset + match.start(1) - 1, offset + match.end(1) - 1
        if match.group(1).startswith(_NOT_A_LOCALITY_NAME) or any(o.start < end and start < o.end for o in orgs):
            continue  # 各社区, 全县各村: a group; 某社区慈善工作站: read already
        found.append(Mention("org", start, end, match.group(1), {"type": "government", "suffix": match.group(2)}))
    for match in _LISTED_HALL.finditer(" " + text, heading.end() + 1 if heading is not None else 0):
        start, end = offset + match.start(1) - 1, offset + match.end(1) - 1
        owners = [o for o in orgs if start <= o.start and o.end <= end]
        if owners and not any(o.start < end and start < o.end for o in orgs if o not in owners):
            orgs = [o for o in orgs if o not in owners]  # 某市慈善总会慈善文化展厅: the hall is the unit named, not its owner
            found.append(Mention("org", start, end, match.group(1), {"type": "museum", "suffix": match.group(2)}))
    return sorted(orgs + found, key=by_start) if found else orgs


# a named 社区 or 村 (two or three characters) after a pause or its town (某镇某村, 某街道某社区), not 各社区, 农村, 乡村
_NAMED_LOCALITY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[镇乡])|(?<=街道))([\u4e00-\u9fff]{2,3}?)(社区|村)")
_NOT_A_LOCALITY_NAME = tuple(word_class("generic_locality_lead"))  # data/lexicons/word_classes.tsv
_NOT_A_LOCALITY_TAIL = tuple(word_class("generic_locality_tail"))  # 城乡, 农 (农村): data/lexicons/word_classes.tsv


@lru_cache(maxsize=64)
def _page_locality(normalized: str, ending: str) -> tuple[int, int] | None:
    """The span of the one named 社区 or 村 (by `ending`) the page names; None where it names none or several."""
    found = {
        (m.group(1) + ending): (m.start(), m.end()) for m in _NAMED_LOCALITY.finditer(normalized)
        if m.group(2) == ending and _locality_name(m.group(1))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _locality_name(name: str) -> bool:
    """某某 (a community's or village's proper name): one noun to the segmenter, not 仪式由 (…由村党委书记), 希望 (希望社区…), 农 (农村), 家本 (大家本村)."""
    if name.startswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_TAIL):
        return False
    words = rjieba.tag(name)
    return len(words) == 1 and words[0][1].startswith("n")


def _bare_localities(text: str, offset: int, orgs: list[Mention], roles: list[Mention], normalized: str, written: str) -> list[Mention]:
    """社区党委书记、居委会主任甲, 村党总支书记、村委会主任乙 on a page about one named 社区 or 村: the bare locality (with its
    party branch) before a chain of its titles is that one (docs/gold-conventions.md), completed with its name."""
    found: list[Mention] = []
    for first, second in zip(roles, roles[1:]):
        local = first.start - offset
        if text[first.end - offset:first.end - offset + 1] != "、" or not text.startswith(_LOCALITY_BODIES, first.end - offset + 1):
            continue
        branch = next((c for c in _PARTY_COMMITTEES if text.endswith(c, 0, local)), "")
        ending = next((e for e in ("社区", "村") if text.endswith(e, 0, local - len(branch))), None)
        if ending is None:
            continue
        start = local - len(branch) - len(ending)
        if start > 0 and HAN.match(text[start - 1]) and text[start - 1] not in _LEADING_PARTICLES:
            continue  # 某村党委书记: named here, or a word ending in 村 (农村); but 由村党委书记…主持, 在村党总支书记…陪同下
        read = [o for o in orgs if o.start < first.start and offset + start < o.end]
        if read and (len(read) > 1 or read[0].start != offset + start or "refers" in read[0].info):
            continue  # read already as more than the bare locality
        span = _page_locality(normalized, ending)
        if span is None:
            continue
        name = written[span[0]:span[1]] + written[first.start - len(branch):first.start]
        info = {"type": "government", "suffix": branch or ending, "refers": name, "joined_to": -1}
        orgs = [o for o in orgs if o not in read]
        found.append(Mention("org", offset + start, first.start, text[start:local], info))
    return sorted(orgs + found, key=by_start) if found else orgs


# a named village written straight before a title, after a pause or a stationing verb (its last character: 驻), with its
# county and town where written (某区某镇某村|第一书记, 派驻|某村|第一书记): group 1 the place before the village, group 2 its name
_VILLAGE_BEFORE_TITLE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[{''.join(sorted({verb[-1] for verb in word_class('stationing_verb')}))}]))((?:[\u4e00-\u9fff]{{1,4}}?[区县市])?(?:[\u4e00-\u9fff]{{1,4}}?[镇乡])?)([\u4e00-\u9fff]{{2,3}})村$"
)
_STATIONING_VERBS = tuple(sorted(word_class("stationing_verb"), key=len, reverse=True))  # 派驻 before 驻
_VILLAGE_TOWN_UNITS = tuple(word_class("village_town_unit"))  # the towns a village is named after (某镇某村, 某乡某村; word_classes.tsv)


def _village_posts(text: str, offset: int, orgs: list[Mention], roles: list[Mention], normalized: str, written: str) -> list[Mention]:
    """某村第一书记甲, 某厅派驻某村第一书记乙: a title written straight after a village the page names after its town
    (某镇某村) is held in that village's party branch where the page names one (某村党支部), otherwise in the village
    as written: no unit is written, and a village a post is held in is an organization (docs/gold-conventions.md)."""
    found: list[Mention] = []
    for role in roles:
        local = role.start - offset
        if text[local - 1:local] != "村" or any(o.end == role.start for o in orgs):
            continue
        village = _VILLAGE_BEFORE_TITLE.search(text, max(0, local - 14), local)
        if village is None or not _locality_name(village.group(2)):
            continue
        name = village.group(2) + "村"
        if not village.group(1) and not any(town + name in normalized for town in _VILLAGE_TOWN_UNITS):
            continue  # 某村 named after its town nowhere on the page: a word ending in 村, or no village known
        branch = next((name + c for c in _PARTY_COMMITTEES if name + c in normalized), "")
        info = {"type": "government", "suffix": "村", "refers": branch or written[offset + village.start():role.start], "joined_to": -1}
        # the stationing verb goes with the village (甲副总裁、派驻某村第一书记乙: one chain of titles over it)
        start = next((village.start() - len(v) for v in _STATIONING_VERBS if text.endswith(v, 0, village.start())), village.start())
        found.append(Mention("org", offset + start, role.start, text[start:local], info))
    return sorted(orgs + found, key=by_start) if found else orgs


# a sub-district written bare before its party working committee's titles (街道党工委书记), or its office (办事处主任)
_LOCALITY_TAILS = ("街道", "办事处", "街道办事处")


# a named 街道, 社区 or 居民区 (two or three characters) after a pause, a joining word or the level above it (某区某街道, 某街道某社区)
_NAMED_SUBDISTRICT = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[区县市镇和与及])|(?<=街道))(?![{_LEADING_PARTICLES}])([\u4e00-\u9fff]{{2,3}}?)(街道|社区|居民区)")
_BARE_LOCALITY_LEADS = ("街道", "社区", "居民区")


@lru_cache(maxsize=64)
def _named_subdistricts(normalized: str, ending: str) -> tuple[tuple[str, int, int], ...]:
    """Each named 街道 (社区, 居民区: by `ending`) the page's text writes: (its name, start, end), in text order."""
    return tuple((m.group(1), m.start(), m.end()) for m in _NAMED_SUBDISTRICT.finditer(normalized) if m.group(2) == ending and (
        _subdistrict_name(m.group(1)) or m.group(2) != "街道" and normalized.endswith("街道", 0, m.start()) and _locality_words(m.group(1))))


def _locality_words(name: str) -> bool:
    """Whether a name right after its sub-district (某街道丰乐社区, 某街道嘉呈社区) is no generic word: after 街道 a 社区's or
    居民区's name is its own, whatever words the segmenter reads in it (丰乐, an adjective to it)."""
    return not (name.startswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_TAIL))


def _page_subdistricts(normalized: str, ending: str, before: int) -> tuple[int, int] | None:
    """The span of the one named 街道 (社区, 居民区) the page's text names before `before` (a report opening on its own
    sub-district's meeting, then telling of others), else the one the whole text names; None where it names none or
    several."""
    named = _named_subdistricts(normalized, ending)
    earlier = {name: (start, end) for name, start, end in named if end <= before}
    found = earlier if len(earlier) == 1 else {name: (start, end) for name, start, end in named}
    if len(found) > 1:
        # 走进甲社区…，社区党委书记乙陪同 on a page naming several: the one named in the title's paragraph before it, if one is
        paragraph = normalized.rfind("\n", 0, before) + 1
        found = {name: (start, end) for name, start, end in named if paragraph <= start and end <= before}
    return next(iter(found.values())) if len(found) == 1 else None


def _subdistrict_name(name: str) -> bool:
    """某某, 某某路, 某台街 (a sub-district's or community's proper name): nouns only to the segmenter, no generic word."""
    if name.startswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_NAME) or name.endswith(_NOT_A_LOCALITY_TAIL):
        return False
    return all(tag.startswith("n") for _, tag in rjieba.tag(name))


def _bare_locality(tail: str, normalized: str, seen: list[str], written: str, before: int, here: list[str]) -> tuple[int, int, str] | None:
    """街道, 社区, 居民区 written bare before a title, alone or with its unit (社区居委会, 街道办事处), or after a particle
    (活动由街道党工委委员甲主持): where it stands in `tail`, its length and the page's one named locality of that kind
    (a sub-district: the one the bodies met so far name, if any does); None where the tail is another word or the page
    names none or several."""
    ending = next(e for e in _BARE_LOCALITY_LEADS if e in tail)
    lead = tail.find(ending)
    if lead > 0 and tail[lead - 1] not in _LEADING_PARTICLES:
        return None
    unit = tail[lead + len(ending):]
    if unit and unit not in _LOCALITY_BODIES and ending + unit not in _LOCALITY_BODIES:
        return None
    if ending == "街道" and any(name.find("街道") >= 2 for name in seen):
        locality = _page_subdistrict(seen)
        return None if locality is None else (lead, len(ending), locality)
    span = _page_subdistricts(normalized, ending, before)
    if span is None:
        return None
    fullest = _fullest_locality(written[span[0]:span[1]], seen + here)
    return lead, len(ending), fullest if len(fullest) > span[1] - span[0] else written[_subdistrict_before(normalized, span[0]):span[1]]


def _subdistrict_before(normalized: str, start: int) -> int:
    """Where the sub-district written right before a community's name opens (凤栖街道|青萝社区 at a line's start, 某区某某路街道|
    某社区): its name of two or three characters after a pause or a place's level word, as _NAMED_SUBDISTRICT reads one; else
    `start` (a verb before it, 走进某某街道: whose characters the name takes is not plain)."""
    if not normalized.endswith("街道", 0, start):
        return start
    for n in (2, 3):
        at = start - 2 - n
        before = normalized[at - 1:at] if at > 0 else ""
        if at >= 0 and HAN_WORD.fullmatch(normalized[at:start - 2]) and (not before or not "\u3400" <= before <= "\u9fff" or before in "区县市镇"):
            return _places_before(normalized, at) if _locality_words(normalized[at:start - 2]) else start
    return start


def _places_before(normalized: str, start: int) -> int:
    """Where the places written right before a sub-district open (南京市鼓楼区|某某街道): a district, then its city."""
    places = lexicons().places
    for _ in range(2):
        for n in (4, 3, 2):
            word = normalized[start - n:start] if start >= n else ""
            if word[-1:] in "区县市" and word in places:
                start -= n
                break
        else:
            break
    return start


_LOCALITY_QUALIFIER_ENDS = ("街道", "镇", "乡", "区", "县", "市")  # what a community's name is written after in full (某区某街道某社区)


def _fullest_locality(locality: str, seen: list[str]) -> str:
    """The community (居民区) by the fullest form the bodies met so far write it in (某街道某社区 of 某街道某社区党群服务中心, 某区
    某街道某社区党委): its sub-district and places before it, as the page writes them; else as named."""
    fullest = locality
    for name in seen:
        at = name.find(locality)
        if at > 0 and at + len(locality) > len(fullest) and name[:at].endswith(_LOCALITY_QUALIFIER_ENDS):
            fullest = name[:at + len(locality)]
    return fullest


def _page_subdistrict(seen: list[str]) -> str | None:
    """The one sub-district (某街道) the names met so far start with (某街道慈善工作站, 某街道); None where none or
    several: a bare 街道 cannot be told. A federation's branch (某区慈善总会某街道分会) names the sub-district after the
    federation's 会, not with it."""
    found = {name[name.rfind("会", 0, name.index("街道")) + 1: name.index("街道") + 2] for name in seen if name.find("街道") >= 2}
    found.discard("街道")  # 某会街道分会: no sub-district's own name after the federation's
    if not found:
        return None
    shortest = min(found, key=len)
    return shortest if all(name.endswith(shortest) for name in found) else None


# 本基金会（某某慈善基金会，English name）: a body's own page names itself once in brackets after its word for itself
_DECLARED_SELF = re.compile(r"本[\u4e00-\u9fff]{0,3}会[（(]([\u4e00-\u9fff]{2,20}会)[，,、)）]")


def _declared_self(normalized: str) -> str:
    """The body a page declares itself to be (本基金会（某某慈善基金会）), in the normalized text; empty if it declares none.

    A body's own site rarely fills the publisher field, and without it 本会 would fall to the federation named most.
    """
    match = _DECLARED_SELF.search(normalized)
    return match.group(1) if match else ""


def _referent(word: str, seen: list[str], publisher: str, subject: str = "", declared: str = "", header: str = "", paragraph_seen: int = 0) -> str:
    if declared and (word != "总会" or declared.endswith(word)):
        # 本会主席甲 on a page that declared 本基金会（某某基金会）: that body, as the page writes it
        return next((name for name in reversed(seen) if normalize(name) == declared), declared)
    if word in _SELF_NAMES:
        if publisher and publisher[-2:] == "总会" and any(normalize(name) == publisher for name in seen):
            return next(name for name in seen if normalize(name) == publisher)
        if word != "总会" and publisher[-2:] == "总会" and not subject:
            return publisher  # 我会会长甲 on a federation's page whose title names no body as its own: the publisher
        if subject:
            # a page about 某省慈善总会's congress: 总会 is that federation (as written in full, 福建省慈善总会 for a
            # title's 省慈善总会), not the last federation named
            return max((name for name in seen if normalize(name).endswith(normalize(subject))), key=len, default=subject)
        word = "总会"
        candidates = [name for name in seen if normalize(name).endswith(word) and len(name) > len(word)]
        # the federation the article names most, its short forms (省慈善总会) counted with it: its subject, usually
        # the meeting's; the latest of equals
        named = {name: sum(name.endswith(other) for other in candidates) for name in set(candidates)}
        latest = next((name for name in reversed(candidates) if named[name] == max(named.values())), "")
        # a federation's own notice that never writes its name (聘任甲为总会秘书长): the publisher; a federation's own page
        # whose breadcrumb, site line or byline names it (某市慈善总会 > 工作动态, 作者：某市慈善总会办公室) and whose text names
        # no 总会 before (我会赴某地对接…。总会党委书记甲带队): that federation
        return latest or (publisher if publisher.endswith(word) else header if normalize(header).endswith(word) else "")
    # 某基金会理事长甲，该基金会秘书长乙: the latest body with the ending that the sentence's paragraph names; 研讨会由某研究院
    # 主办…（a guest's 另一研究院 in a paragraph before）¶ 研究院副院长乙: else the one the page names most (the latest of equals)
    for name in reversed(seen[paragraph_seen:]):
        if name != word and word in (written := normalize(name)) and _ends_with(written, word):
            return name
    counts: dict[str, int] = {}  # each name seen, by how often the page named it (-1: no name with the ending)
    best, most = "", 0
    for name in seen[:paragraph_seen]:  # (one plain loop, each distinct name tested once: no generator or call per name)
        if name not in counts:
            counts[name] = 0 if name != word and word in (written := normalize(name)) and _ends_with(written, word) else -1
        count = counts[name]
        if count >= 0:
            count = counts[name] = count + 1
            if count >= most:
                best, most = name, count
    return best


_COMPANY_TAILS = tuple(word_class("long_company_ending"))  # data/lexicons/word_classes.tsv


def _ends_with(name: str, word: str) -> bool:
    """某控股集团有限公司 ends with 集团 for a back-reference (集团总裁甲): a company's legal tail does not count."""
    if name.endswith(word):
        return True
    tail = next((t for t in _COMPANY_TAILS if name.endswith(t)), "")
    return bool(tail) and name[: -len(tail)].endswith(word) and not word.endswith(tail[-2:])


def _within(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    start, end = mention.start, mention.end
    for a, b in spans:  # plain loops, not any() over a generator: called per mention
        if a <= start and end <= b:
            return True
    return False


def _meets(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a mention (or a cue: participation reads it too) overlaps start..end (a plain loop, not any() over a generator)."""
    for m in mentions:
        if m.start < end and start < m.end:
            return True
    return False


def _overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    start, end = mention.start, mention.end
    for a, b in spans:
        if start < b and a < end:
            return True
    return False


@lru_cache(maxsize=1)
def _cue_ranks() -> dict[str, int]:
    """Cue words (not `follow`) ranked longest first."""
    lex = lexicons()
    words = [w for w in sorted(lex.cues, key=len, reverse=True) if lex.cues[w] != "follow"]
    return {w: rank for rank, w in enumerate(words)}


@lru_cache(maxsize=1)
def _cue_ranks_of_scan() -> tuple[list[int], list[str]]:
    """The rank of each word of the sentence scan (lexicon.sentence_scan_words) as a cue, -1 for no ranked cue, and
    the words: the scan that gates the rules finds where cue words are written too, overlapping ones too."""
    ranks = _cue_ranks()
    words = sentence_scan_words()
    return [ranks.get(word, -1) for word in words], words


def _find_cues(view: SentenceView) -> list[Cue]:
    """Cue words outside mentions and book titles, longest first, no overlaps."""
    lex = lexicons()
    text, offset = view.sentence.text, view.start
    rank_of, words = _cue_ranks_of_scan()
    # (rank, start) is one place of one word: the length after them never decides the order
    candidates = []  # (a loop, not a comprehension: no function object and cells made for every sentence)
    for index, start, end in view.word_places:
        if rank_of[index] >= 0:
            candidates.append((rank_of[index], offset + start, words[index], end - start))
    if not candidates:
        return []  # no cue word written (many sentences): no mention to mark
    # the spans of the mentions, book titles and cues already taken, any order (compared with each candidate: a
    # sentence holds some two candidates and four mentions, and a mask of its characters cost more to fill)
    occupied = [(m.start, m.end) for m in view.orgs + view.roles + view.persons + view.pronouns] + view.titles
    person_ends: set[int] | None = None  # made when a one-character cue needs it
    cues: list[Cue] = []
    for _, start, word, size in sorted(candidates):
        end = start + size
        taken = False
        for a, b in occupied:  # (a loop, not mentions._inside: no call per candidate)
            if a < end and start < b:
                if size > 3 and start <= a and b <= end:
                    for m in view.roles:  # (a plain loop: only where a long cue word holds a mention)
                        if m.start == a and m.end == b:
                            break
                    else:
                        taken = True
                        break
                    continue  # 发表监事意见 over the title 监事: the cue word written whole holds the title, and is read
                taken = True
                break
        if taken:
            if lex.cues[word] == "word":
                occupied += [(start, end)]  # 主礼嘉宾 over the role 嘉宾: the longer word is still none, and holds its cue word (主礼)
            continue
        if size == 1:
            if person_ends is None:
                person_ends = {m.end for m in view.persons + view.pronouns + view.roles}
                for m in view.persons:
                    if text[m.end - offset:m.end - offset + 1] in _NAME_TAIL_OPENINGS:
                        person_ends.add(offset + _NAME_TAIL.match(text, m.end - offset).end())  # 甲(女)说, 乙先生说
            if start not in person_ends and not (start > offset and text[start - offset - 1] in _BEFORE_SAYING):
                continue  # 率, 说 right after a name (甲说), or after 时/地 (甲接受采访时说, 激动地说); elsewhere a part of a word
        if word in _REPORT_CUES and text[start - offset - 1:start - offset] == "工":
            # 主持会议并作年度工作报告, 甲作2025年度工作报告: 作报告 read inside 工作报告; the cue starts at the 作 that
            # takes the report as its object, so its people are the ones before that 作 (or the first cue's, after 并)
            made = _REPORT_MADE.search(text, 0, start - offset - 1)
            start = offset + made.start() if made else start
        cues.append(Cue(start, end, word, lex.cues[word]))
        occupied += [(start, end)]  # (no append call: one a cue)
    return sorted(cues, key=by_start) if cues[1:] else cues


_REPORT_CUES = ("作报告",)  # cues.tsv words also written inside 工作报告
# 作年度, 作了2025年度, 作监事会, 作联盟2026年度 right before 工作报告: the verb that makes the report, and what names it
_REPORT_MADE = re.compile(r"[作做]了?[^,，。;；:：、!！?？作做]{1,14}$")


def _dotted_last_parts(known: set[str]) -> dict[str, set[str]]:
    """The known names written with a middle dot (让·马丁), by their last part (马丁)."""
    full: dict[str, set[str]] = {}
    for name in known:
        for mark in "·•・":
            if mark in name:
                full.setdefault(name.rsplit(mark, 1)[1], set()).add(name)
    return full


def _dotted_short_forms(persons: list[Mention], full: dict[str, set[str]]) -> None:
    """马丁院长 after 让·马丁: the last part of a foreign name written with a middle dot is that person."""
    for person in persons:
        names = full.get(person.text)
        if names and len(names) == 1 and "refers" not in person.info:
            person.info["refers"] = next(iter(names))


def _glued_before_surname_title(view: SentenceView, known: set[str]) -> dict[int, Mention]:
    """由庞秘书长, 向谭会长: two-character names found before a title whose first character is a word a name may
    follow (由, 向, 请 …) and whose second is the surname of one person named in full: keyed by the surname's offset."""
    glued: dict[int, Mention] = {}
    for person in view.persons:
        if person.end - person.start != 2 or person.info.get("rule") != "name_title" or person.text[0] not in _BEFORE_NAME:
            continue
        surname, holders = person.text[1], 0
        for name in known:  # (a count in a loop, not a set by a comprehension: no cell made for every sentence)
            if name[0] == surname and len(name) > 1:
                holders += 1
                if holders > 1:
                    break
        if holders == 1 and view.sentence.text.count(person.text) == 1:
            glued[person.start + 1] = person
    return glued


def _surname_titles(view: SentenceView, known: set[str]) -> list[Mention]:
    """柳秘书长, 谭会长: a surname before a title refers back to the one known person of that surname."""
    if not view.roles:
        return []  # no title, no surname before one (about half the sentences)
    lex = lexicons()
    text, offset = view.sentence.text, view.start
    taken = [(m.start, m.end) for m in view.orgs + view.persons]
    found: list[Mention] = []
    glued = _glued_before_surname_title(view, known)
    for role in view.roles:
        index = role.start - offset - 1
        if index < 0 or text[index] not in lex.surnames or (index > 0 and "\u3400" <= text[index - 1] <= "\u9fff" and text[index - 1] not in _BEFORE_NAME):
            continue
        if role.start - 1 in glued:
            # 由庞秘书长主持: the preposition glued to the surname was read as a name (由庞); the surname refers back
            gluing = glued[role.start - 1]
            persons = []  # (loops, not comprehensions: no cells made for every sentence)
            for p in view.persons:
                if p is not gluing:
                    persons.append(p)
            view.persons = persons
            taken = [(m.start, m.end) for m in view.orgs + view.persons]
        surname_at, covered = role.start - 1, False
        for a, b in taken:
            if a <= surname_at < b:
                covered = True
                break
        if covered or text[role.end - offset:role.end - offset + 1] == "的":
            continue  # 习主席的讲话: a reference to someone, which says nothing of who was there
        surname, names = text[index], set()
        for name in known:
            if name[0] == surname and name[:2] not in lex.compound_surnames:
                names.add(name)
        if len(names) == 1:
            # (柯　某 padded in a list's column is 柯某 where 柯副会长 refers back to them)
            found.append(Mention("person", role.start - 1, role.start, text[index], {"rule": "surname_title", "refers": "".join(names.pop().split())}))
    return found
