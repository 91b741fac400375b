"""Extraction: an Article in, its facts with evidence out (docs/FACTS.md shapes).

`extract_article` runs PIPELINE, a tuple of small components over one shared
Doc (in the manner of spaCy's pipeline): analysis (sentences, tokens, mentions,
bylines, cues, dates), organizations (full names and aliases), tables (name
lists laid out as tables), entities, events, sentence facts (positions,
participation, chair terms, documents: one rule module per kind) and finish.
Every word list the rules use lives in data/lexicons/ (lexicon.py);
appointment and election verbs in one table (appointments.py). Each fact
keeps its evidence sentence, rule and confidence.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from typing import NamedTuple

from ..model import KEY_FIELDS, Article, ArticleFacts, Evidence, Fact
from .analysis import HOUSING_TYPE, TEAM_CHAR, ArticleAnalysis, SentenceView, analyse, charity_body_of
from .chair_terms import DEFERRED_RULES, ChairClaim, ChairPlaces, read_chair_terms, remember_holders
from .documents import read_documents
from .dates import range_last_day
from .events import (
    ANNOUNCES_MEETING, PREVIEWS_MEETING, course_day, day_event, find_events, main_date, names_event_ending, network_names, recalled_gathering, sentence_dates, session_date,
    tells_a_deed, told_at_another_time, visited_names, OTHER_TIME_HEADS,
)
from .lexicon import first_org_suffix_in, lexicons, longest_org_suffix, org_suffixes_of, word_alternation, word_bit, word_class
from .mentions import ENDING_OPENING_TITLES, HAN_WORD, Mention, by_start, referred_name
from .org_names import LOCALITY_OR_TOWN_WORDS, PROFESSIONAL_TITLES, hospital_of, titled_for_a_group
from .organizations import OrgEntry, branch_of_body, publishing_body, canonical_names, find_home, place_of, region_of
from .organizations import chain_place, places_in
from .appointments import council_before, latest_term, term_number
from .participation import FIRST_PERSON, TITLE_CUE_RULE, GroupRoster, HandedList, ParticipationClaim, PresenceBlock, RangePeople, VisitingParty, SERIES, SPEECH_TITLE, bare_row, excerpt_speaker, captioned_day, course_days, dated_by_clause, day_range, died, formed_before_its_day, handed_groups, list_heading, participation_date, photo_caption, present_in_role, prose_panel, read_participation, speech_author, to_come, told_to_come, transcript_speaker, words_with_no_gathering, ITEM_MARKS, ITEM_NUMBER_ENDS
from .tables import TableRow, barred_claims, longest_owned_name, read_tables
from .text import DIGITS, _changes, normalize
from .person_names import AT_THE_TIME
from .positions import LIST_ITEM_RULES, PositionClaim, read_bracketed, read_chains, read_counted_titles, read_elections, read_holder_change, read_removals, read_respective
from .positions import LATER_POST, Biography, NoticeHeading, hospital_mention, read_continued, read_copular, read_held_by, read_listed_posts, read_workplace_posts

__all__ = ["extract_article"]


class _Collector:
    """Facts keyed by identity; a fact seen again only gains evidence."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.analysis = analysis
        self.facts: dict[tuple, Fact] = {}
        # (fact key, (start, end), rule, confidence): evidence already kept. A dict used as a set: a store, where
        # set.add was a method call for two facts in three
        self._stated: dict[tuple, None] = {}
        # Evidence is immutable: one object per (span, rule, confidence), shared by every fact that
        # rule read there, and one string per sentence; fewer objects to keep, pickle and unpickle.
        self._evidence: dict[tuple, Evidence] = {}
        self._sentences: dict[tuple[int, int], str] = {}
        self._text, self._article_id = analysis.article.text, analysis.article.article_id  # (read for every new evidence)

    def add(self, kind: str, fields: dict, view: SentenceView | tuple[int, int] | None, rule: str, confidence: float) -> Fact:
        """Add a fact stated in `view` (a sentence, or a (start, end) span such as a header line).

        Dicts are asked by `in`, not by get: no call, and most asks miss (seven facts in eight are new, two evidence
        objects in three); a new fact is made with its evidence in its list, no append."""
        key = (kind, *map(str, map(fields.get, KEY_FIELDS[kind], repeat(""))))  # Fact.key(), without a Python loop
        facts = self.facts
        existing = facts[key] if key in facts else None
        evidence = None
        if view is not None:
            span = view.span if view.__class__ is SentenceView else view  # (no isinstance call)
            stated = (key, span, rule, confidence)  # the article and sentence follow from the span
            if existing is None or stated not in self._stated:
                self._stated[stated] = None
                said = (span, rule, confidence)
                if said in self._evidence:
                    evidence = self._evidence[said]
                else:  # (made here, not by a method)
                    if span not in self._sentences:
                        self._sentences[span] = self._text[span[0]:span[1]]  # (analysis.surface, no call)
                    evidence = self._evidence[said] = Evidence((self._article_id, self._sentences[span], span[0], span[1], rule, confidence))
        if existing is None:
            existing = facts[key] = Fact(kind, fields, [] if evidence is None else [evidence])  # (no default factory call)
        elif evidence is not None:
            existing.evidence.append(evidence)
        return existing


@dataclass
class Doc:
    """The shared document the pipeline components read and fill, in the manner of a spaCy Doc:
    the analysis (sentences, tokens, mentions, cues, dates, bylines), then what later components add."""

    article: Article
    analysis: ArticleAnalysis | None = None
    out: _Collector | None = None
    visited: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    names: _Names | None = None
    session: str = ""  # a transcript's labelled day (events.session_date), else ""
    main_date: str = ""  # the day most of the article's people take part on (events.main_date)
    active_dates: list[str] = field(default_factory=list)
    events: list = field(default_factory=list)
    used_roles: set[int] = field(default_factory=set)
    facts: list[Fact] = field(default_factory=list)
    table_rows: list[TableRow] = field(default_factory=list)


def _analysis(doc: Doc) -> None:
    """Sentences, tokens, organization/title/person mentions, bylines, cue words and dates (analysis.py)."""
    doc.analysis = analyse(doc.article)
    doc.out = _Collector(doc.analysis)
    article = doc.article
    doc.out.add("source", {"title": article.title, "date": article.date, "url": article.url, "publisher": article.publisher}, None, "header", 1.0)


def _organizations(doc: Doc) -> None:
    """Every organization name mapped to its full name and aliases (organizations.py)."""
    doc.visited = visited_names(doc.analysis.views)
    doc.names = _Names(doc.analysis, _organization_names(doc.analysis, doc.visited))


def _tables(doc: Doc) -> None:
    """The rows of name tables (姓名 | 会内职务 | 单位及职务), read by column (tables.py)."""
    doc.table_rows = read_tables(doc.analysis)


def _entities(doc: Doc) -> None:
    """organization and person facts, each with every sentence that names them."""
    _entity_facts(doc.out, doc.analysis, doc.names, doc.visited)


def _events(doc: Doc) -> None:
    """The article's session and main dates (found once), the date each sentence's people take part on, and the events
    that happened (events.py)."""
    doc.session = session_date(doc.analysis)
    doc.main_date = main_date(doc.analysis, doc.session)
    doc.active_dates = sentence_dates(doc.analysis, doc.main_date)
    doc.events = find_events(doc.analysis, doc.active_dates)
    published = doc.analysis.article.date
    if published and PREVIEWS_MEETING.search(normalize(doc.analysis.article.title or "")):
        # 某会议将于12月10日召开 as the title: what its programme holds after the page's day has not happened yet
        doc.events = [event for event in doc.events if event.date[: len(published)] <= published[: len(event.date)]]
    for event in doc.events:
        fields = {"name": event.name, "date": event.date, "type": event.type, "place": event.place, "network": event.network}
        doc.out.add("event", fields, event.sentence, event.rule, 0.7)


def _sentences(doc: Doc) -> None:
    """position, participation, chair_term and document facts, sentence by sentence."""
    doc.used_roles = _sentence_facts(doc.out, doc.analysis, doc.names, doc.events, doc.active_dates, doc.table_rows, doc.main_date, doc.session)
    _table_positions(doc)


def _table_positions(doc: Doc) -> None:
    """A table row's posts: the post column's titles in the listed body, the unit column's in their own bodies."""
    own: list[Mention | None] = []  # the page's own body, for a leadership line under no heading that names one
    team: list[Mention | None] = []  # the page's one team, for a team's roster under no heading that names one
    for row in doc.table_rows:
        if row.barred or (row.presence_only and not row.units):
            continue  # read with its sentence (_sentence_facts), in the meeting's body; a party's roster row: its presence and own posts only
        person = doc.names.person(row.person)
        doc.out.add("person", {"name": person}, row.view, "person:table_row", 0.85)
        body = row.body
        if body is None and row.roster and row.posts and all(TEAM_CHAR in role.text for role in row.posts):
            # 附：首批队员名单 / 队　长：甲 / 队　员：乙　丙: a team's roster under a heading naming no body lists the one team
            # the page names (none where it names several or none)
            team = team or [_page_team(doc)]
            body = team[0]
        elif body is None and row.roster:
            own = own or [_meeting_body(doc.analysis, doc.events)]  # 领导之窗 (来源：某市慈善总会): the publisher's
            body = own[0] if own[0] is not None and own[0].info.get("type") in _CHARITY_TYPES else None
        held = [(body, role, "table_post", bool(role.info.get("former"))) for role in row.posts if body is not None]
        held += [(claim.org, claim.role, claim.rule, claim.former) for claim in row.units]
        for org, role, rule, former in held:
            if role.info.get("scope") == "none":
                continue
            fields = {
                "person": person,
                "role": "".join(doc.analysis.surface(role.start, role.end).split()),  # 会　长 padded in its column
                "organization": doc.names.org(org).name,
                "status": "former" if former else "current",
            }
            doc.out.add("position", fields, row.view, rule, 0.8)
            doc.used_roles.add(role.start)


def _page_team(doc: Doc) -> Mention | None:
    """The one team (a name ending in 队) the page names, whatever it calls it (its full name, a short form); None where
    it names several or none."""
    teams = [o for v in doc.analysis.views for o in v.orgs if referred_name(o).endswith(TEAM_CHAR)]
    return teams[0] if teams and len({doc.names.org(o).name for o in teams}) == 1 else None


class _Kinds(NamedTuple):
    """The facts of each kind _finish's checks read, in the facts' order: one pass per kind for them all, where each check
    passed over every fact to find, in most articles, nothing to do (its gate reads the few facts of its kinds)."""

    events: list[Fact]
    positions: list[Fact]
    participations: list[Fact]
    documents: list[Fact]


def _kinds(facts: list[Fact]) -> _Kinds:
    return _Kinds(
        [f for f in facts if f.kind == "event"], [f for f in facts if f.kind == "position"],
        [f for f in facts if f.kind == "participation"], [f for f in facts if f.kind == "document"],
    )


def _finish(doc: Doc) -> None:
    """Guessed posts yield to written ones; a series yields to its day's gathering; people who went separately keep their
    own days; a gathering still to come is dropped; a document found twice is one; every day people take part on has an
    event."""
    facts = list(doc.out.facts.values())
    kinds = _kinds(facts)
    for check in (_drop_guessed_posts, _drop_vaguer_dates, _month_event_on_its_day, _series_yields_to_its_gathering):
        kept = check(facts, kinds)
        if kept is not facts:  # (a check that changed nothing returns its list: most articles)
            facts, kinds = kept, _kinds(kept)
    kept = _separately_on_their_days(facts, doc.analysis.normalized)  # (a traditional page's 分別 read as 分别)
    if kept is not facts:
        facts, kinds = kept, _kinds(kept)
    page = doc.analysis.article.date
    if len(page) >= 4 and _to_come(kinds, page):
        # 商定第六次会议于2027年下半年在某地召开 on a page of 2026, 同意9月5日在全市开展某活动 in minutes of August 15: a
        # gathering dated after the page's day (or month, or year: as precisely as both are written) is still to come, no
        # event and nobody taking part yet
        # (a date cut to the page's length compares as far as both go: 2026-09 > 2026-08-15, 2026-08-20[:7] = 2026-08)
        size = len(page)
        facts = [f for f in facts if not (f.kind == "participation" and f.fields["event_date"][:size] > page or f.kind == "event" and f.fields["date"][:size] > page)]
        kinds = _kinds(facts)
    facts = _dedupe(facts + _days_taken_part(doc, kinds), kinds.documents)
    doc.facts = _corrected_persons(facts, doc.analysis.normalized) if "应为" in doc.analysis.normalized else facts


# 更正：文中“甲”应为“乙”: a correction notice's wrong and right forms of a name, in quotation marks (normalized text)
_CORRECTED_NAME = re.compile(r"“([\u4e00-\u9fff]{2,4})”应为“([\u4e00-\u9fff]{2,4})”")


def _corrected_persons(facts: list[Fact], normalized: str) -> list[Fact]:
    """更正：文中“甲”应为“乙”: the person the text names in the wrong form is the corrected one, with every fact the text
    gives the wrong form; the wrong form is no fact (docs/gold-conventions.md, corrections). A fact found under both forms
    is one."""
    persons = {fact.fields["name"] for fact in facts if fact.kind == "person"}
    pairs = {m.group(1): m.group(2) for m in _CORRECTED_NAME.finditer(normalized) if m.group(1) in persons and m.group(1) != m.group(2)}
    if not pairs:
        return facts
    kept: dict[tuple, Fact] = {}
    for fact in facts:
        field_name = "name" if fact.kind == "person" else "person"
        if fact.fields.get(field_name) in pairs:
            fact = Fact(fact.kind, {**fact.fields, field_name: pairs[fact.fields[field_name]]}, list(fact.evidence))
        key = fact.key()
        if key in kept:
            kept[key].evidence = kept[key].evidence + fact.evidence
        else:
            kept[key] = fact
    return list(kept.values())


def _to_come(kinds: _Kinds, page: str) -> bool:
    """A gathering or a part taken in one is dated after the page's day, as precisely as both are written (plain loops:
    no generator for the many articles where none is)."""
    size = len(page)
    for fact in kinds.participations:
        if fact.fields["event_date"][:size] > page:
            return True
    for fact in kinds.events:
        if fact.fields["date"][:size] > page:
            return True
    return False


# 关于…的通知, 关于…的决定: the title of a document (data/lexicons/documents.tsv endings), not of a gathering
_DOCUMENT_TITLE = re.compile(r"关于.+的(?:" + "|".join(map(re.escape, sorted(lexicons().document_suffixes, key=len, reverse=True))) + r")\s*$")


_NO_DAYS: frozenset[str] = frozenset()


def _days_taken_part(doc: Doc, kinds: _Kinds) -> list[Fact]:
    """Every day the article's people take part on is an event's day (docs/FACTS.md names participation's event by
    date): a day no rule found an event for gets one, named from the first sentence placing people there; a day whose only
    event is a stop made for a deed of its own (下午，学员们来到某站现场观摩) gets one beside it, unless that sentence is the stop's."""
    dated = {f.fields["date"] for f in kinds.events}
    stops = {f.evidence[0].start: f.fields["date"] for f in kinds.events if f.evidence[0].rule == "deed_stop"}
    # (no set made where no stop was: most articles)
    stopped: frozenset[str] = frozenset(stops.values()) - {f.fields["date"] for f in kinds.events if f.evidence[0].rule != "deed_stop"} if stops else _NO_DAYS
    views = {view.sentence.start: view for view in doc.analysis.views}
    named: dict[str, str] = {}
    added: list[Fact] = []
    for fact in kinds.participations:
        date = fact.fields["event_date"]
        stop_day = date in stopped
        if (date not in dated or stop_day) and len(date) >= 7:  # a year alone (a profile's 1958年) names no day of taking part
            view = next((views[e.start] for e in fact.evidence if e.start in views), None)
            if view is None or (view.sentence.index < 0 and _DOCUMENT_TITLE.search(view.sentence.text)):
                continue  # 某厅关于甲等同志职务任免的通知: a document's title tells no gathering
            view = _day_told(doc, view, date, any(e.rule == "panel_roster" for e in fact.evidence))
            dated.add(date)
            stopped = stopped - {date}  # (an operator, no call: most articles have no stop)
            # (a later day of a course told over a range of days is named by the course: 某培训班现场教学)
            event = course_day(doc.events, view, date, doc.analysis) or (None if stop_day and view.sentence.start in stops else day_event(view, date, doc.analysis))
            if event is None:
                continue
            doc.events.append(event)
            named[date] = event.name
            fields = {"name": event.name, "date": event.date, "type": event.type, "place": event.place, "network": event.network}
            added.append(doc.out.add("event", fields, view, event.rule, 0.5))
        if date in named and not fact.fields.get("event"):
            fact.fields["event"] = named[date]
    return added


def _day_told(doc: Doc, view: SentenceView, date: str, panel: bool) -> SentenceView:
    """The sentence that names a day people take part on (`view`, the first placing people there, else): a transcript's
    labelled day by the page's title (访谈时间：… under “某某”在线访谈); a day written in an earlier sentence that says what
    was done (3月5日，全区志愿服务站开展集中服务。…甲组织队员上门理发) by that sentence, unless `view` names a gathering
    (甲在结业仪式上表示); a judging panel's roster (`panel`) by the sentence writing its day, however that one is dated."""
    views = doc.analysis.views
    if date == doc.session and views and views[0].sentence.index < 0:
        return views[0]
    if view.sentence.index < 0 or any(d.value == date and d.precision == "day" for d in view.dates) or names_event_ending(view):
        return view
    index = next((i for i, v in enumerate(views) if v is view), 0)
    for earlier in range(index - 1, -1, -1):
        if views[earlier].sentence.index < 0:
            break
        if any(d.value == date and d.precision == "day" for d in views[earlier].dates):
            # (a judging panel's roster row, 甲（某大学教授）, tells no deed: the sentence writing its day names it, whatever
            # day it is dated)
            return views[earlier] if (doc.active_dates[earlier] == date or panel) and tells_a_deed(views[earlier]) else view
    return view


PIPELINE: tuple[tuple[str, Callable[[Doc], None]], ...] = (
    ("analysis", _analysis),
    ("organizations", _organizations),
    ("tables", _tables),
    ("entities", _entities),
    ("events", _events),
    ("sentence_facts", _sentences),
    ("finish", _finish),
)
"""The components in order; each reads what the ones before it left in the Doc (see their docstrings)."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while: over one article's extraction (its mentions, tokens and
    views are many young objects that live to its end, so each collection on the way walked them all again and freed
    nothing: about 2.4 % of extraction's instructions), and over a build's whole corpus while its facts pile up (the
    full passes walked every live object and took most of that stage's time: 1.3 of 1.8 s CPU at 3,000 articles).
    What is left in cycles is collected afterwards, by the next collection the interpreter runs."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_article(article: Article) -> ArticleFacts:
    """All facts of one article, each with the sentence and rule behind it: the PIPELINE run over one Doc, with
    the cyclic collector paused (collector_paused)."""
    with collector_paused():
        doc = Doc(article)
        for _, component in PIPELINE:
            component(doc)
        found = ArticleFacts(article, doc.facts, _unhandled(doc.analysis, doc.used_roles))
        # the article's tokens, mentions and views freed (by their counts: they hold no cycle) before the collector runs
        # again: else the first collection after the pause walked them all, one in three articles (1 % of extraction)
        del doc
    return found


def _organization_names(analysis: ArticleAnalysis, visited: dict[int, list[tuple[int, int]]]) -> dict[str, OrgEntry]:
    """Every organization name the article writes, mapped to its entry (full name, aliases, type)."""
    surface = analysis.surface
    org_names: dict[str, str] = {}
    parents: dict[str, str] = {}
    bare: list[Mention] = []
    for view in analysis.views:
        _chain_short_forms(view, surface)
    _paragraph_short_forms(analysis)
    text = analysis.article.text
    branded: list[Mention] = []
    for view in analysis.views:  # (a loop, no call: few pages name a team by its quoted brand alone)
        for org in view.orgs:
            if text[org.start] in _OPENING_QUOTES and "refers" not in org.info:
                branded += (org,)
    if branded:
        _owned_brand_forms(analysis, branded)
    for view in analysis.views:
        for org in view.orgs:
            if "refers" in org.info:
                if org.info["refers"]:
                    org_names.setdefault(str(org.info["refers"]), str(org.info["type"]))  # 总会 of a publisher never written out
                continue
            name = analysis.article.text[org.start:org.end]  # (surface's slice, no call: every organization mention)
            if "bare_parent" in org.info:
                bare.append(org)
                continue
            committee = next((o for o in view.orgs if o.start == org.info["joined_to"]), None) if "joined_to" in org.info else None
            if committee is not None:
                # 市委常委、统战部部长, 某会秘书长甲、项目部部长乙: the sub-unit's name is its parent's and its own
                org.info["refers"] = surface(committee.start, int(org.info.get("joined_end", committee.end))) + name
                org_names.setdefault(org.info["refers"], str(org.info["type"]))
                continue
            org.info.pop("joined_to", None)
            org_names.setdefault(name, str(org.info["type"]))
            if org.info.get("parent"):
                parents[name] = surface(org.start, org.start + len(str(org.info["parent"])))
                org_names.setdefault(parents[name], str(org.info["parent_type"]))
        for start, end in visited[view.sentence.index]:
            suffix = first_org_suffix_in(analysis.normalized[start:end])
            kind = lexicons().org_suffixes[suffix] if suffix else "other"
            org_names.setdefault(surface(start, end), kind)
    article = analysis.article
    publisher = publishing_body(article.publisher)
    title = next((v for v in analysis.views if v.sentence.index < 0), None)
    issuer = surface(title.orgs[0].start, title.orgs[0].end) if title is not None and title.orgs else ""
    _complete_bare_parents(bare, org_names, publisher, surface, issuer)
    for view in analysis.views:
        view.orgs = [o for o in view.orgs if o.info.get("refers") != ""] if view.orgs else view.orgs  # a bare 厅 the article never names in full
    home = find_home(publisher, normalize(article.title), [normalize(n) for n in org_names], analysis.normalized[article.body_start:], analysis.normalized[:article.body_start])
    def written(place: str) -> str:
        """A place as the article writes it (traditional characters kept), else as the lexicon does.

        A page that writes only the short form (包頭 for 包头市) gives its characters to the full name too."""
        found = analysis.normalized.find(place)
        if found >= 0:
            return analysis.surface(found, found + len(place))
        known = lexicons().places.get(place)
        short = known.short if known is not None and len(known.short) >= 2 and place.startswith(known.short) else ""
        found = analysis.normalized.find(short) if short else -1
        return analysis.surface(found, found + len(short)) + place[len(short):] if found >= 0 else place

    entries = canonical_names(org_names, home, parents, _renamed(analysis), written)
    text = article.text
    if "會" in text or "區" in text or "國" in text or "為" in text or "與" in text:
        # 惠安縣委統(tǒng)戰(zhàn)部, 某市民政局…先後任優撫處處長 (characters every traditional page writes tested first: no call for other
        # pages): a name put together from parts the rules read normalized (a unit after its parent, a short form completed) is
        # written in the page's characters, as every name is (docs/FACTS.md): each simplified character the page writes only in its
        # traditional form is written so (not on a page that writes both: as each name was read); a name the page writes as it
        # stands is in its characters already
        traditional = {_SIMPLIFIED[c]: c for c in _HAN_CHANGED.findall(text) if _SIMPLIFIED[c] not in text}
        mapping = str.maketrans(traditional) if traditional else None
        for entry in entries.values() if mapping else ():
            if entry.name not in text:
                entry.name = entry.name.translate(mapping)
    return entries


_SIMPLIFIED = {c: plain for c, plain in _changes().items() if "\u3400" <= c <= "\u9fff"}  # a traditional character and its simplified form
_HAN_CHANGED = re.compile("[" + "".join(sorted(_SIMPLIFIED)) + "]")  # a traditional character


_OPENING_QUOTES = "“「『\""


def _owned_brand_forms(analysis: ArticleAnalysis, bare: list[Mention]) -> None:
    """“某某”志愿服务队, a team named by its quoted brand alone, where the page names it in full elsewhere (某区某协会“某某”志愿
    服务队, a headline's 某区“某某”志愿服务队): the longest of those names, its owner part of the name (gold-conventions.md,
    decided stop 46)."""
    text = analysis.article.text
    names = {text[o.start:o.end] for v in analysis.views for o in v.orgs if "refers" not in o.info}
    for org in bare:
        written = text[org.start:org.end]
        if (longer := longest_owned_name(written, names)) is not None:
            org.info["refers"] = longer


# the last two characters of a roster's heading (某会第三届理事会名单, 某会领导班子成员, 组成人员, 领导班子, 负责人), a colon after
# them or not: indexing, no call for every paragraph
_ROSTER_HEADING_TAILS = frozenset(("名单", "成员", "人员", "班子", "责人"))
_ROSTER_HEADING_MAX = 40  # characters: a heading line, not a sentence
_APPOSITION_AFTER_NAME = frozenset("，,：:;；")  # 甲，某公司董事长，…; 乙：某大学教授: a name set off before its body and title (read_copular)
_CHAIN_LINKS = ("、", "兼", ",")  # 某会会长、省人大常委会原副主任甲; 某市民政局局长，市慈善总会会长乙: one person's posts in two bodies


def _chain_short_forms(view: SentenceView, surface: Callable[[int, int], str]) -> None:
    """浙江省慈善联合总会会长、省人大常委会原副主任甲: a short form (省…, 市…) that one person's title chain
    writes after a body named with its place is that place's body (浙江省人大常委会), whatever the article's
    own place is; the mention refers to the full name."""
    orgs = view.orgs
    if len(orgs) < 2:
        return  # most sentences write no short form after another body
    _chain_kind_forms(view, surface)
    for o in orgs[1:]:  # (a loop, not any() over a generator)
        if o.text[:1] in "省市区县" and "refers" not in o.info:
            break
    else:
        return
    text, offset = view.sentence.text, view.start
    chain = sorted(orgs + view.roles, key=by_start)
    for index, short in enumerate(chain):
        if short.kind != "org" or index < 2 or short.text[:1] not in "省市区县" or "refers" in short.info:
            continue
        cursor = index - 1
        if chain[cursor].kind != "role" or text[chain[cursor].end - offset:short.start - offset] not in _CHAIN_LINKS:
            continue
        while cursor > 0 and chain[cursor - 1].kind == "role" and text[chain[cursor - 1].end - offset:chain[cursor].start - offset] in ("", "、", "兼"):
            cursor -= 1
        full = chain[cursor - 1] if cursor > 0 else None
        if full is None or full.kind != "org" or text[full.end - offset:chain[cursor].start - offset].strip():
            continue
        full_name = str(full.info.get("refers") or surface(full.start, full.end))
        place = chain_place(short.text, full_name)
        if place:
            # (鹿城區 as a traditional page writes it: its level 區 is the short form's 区)
            short.info["refers"] = place + surface(short.start, short.end)[1:] if normalize(place[-1]) == short.text[0] else place + surface(short.start, short.end)
            short.info["joined_to"] = -1  # named here in full for the first time: an organization of its own


_KIND_WORDS = frozenset(word_class("kind_body_word"))  # data/lexicons/word_classes.tsv
_OWNER_TYPES = ("university", "school", "hospital", "company")  # bodies with a foundation, alumni body or union of their own


def _chain_kind_forms(view: SentenceView, surface: Callable[[int, int], str]) -> None:
    """某大学党委书记甲，副校长、教育发展基金会理事长乙: a body written by its kind alone (教育发展基金会, 校友会) in a
    title chain after a university's (company's, hospital's) titles is that body's own foundation (alumni body):
    the mention refers to the owner's name and its own, where no other body stands between them."""
    text, offset = view.sentence.text, view.start
    owner: Mention | None = None
    for org in view.orgs:
        suffix = str(org.info.get("suffix") or "")
        core = org.text[:-len(suffix)] if suffix and org.text.endswith(suffix) else org.text  # (suffix is not empty)
        if owner is not None and "refers" not in org.info and (core == "" or core in _KIND_WORDS) and text[org.start - offset - 1:org.start - offset] in _CHAIN_LINKS:
            if any(r.end == org.start - 1 for r in view.roles):  # after a title of the owner's chain (副校长、教育发展基金会…)
                if "bare_parent" in owner.info and "refers" not in owner.info:
                    # 校党委副书记甲，副校长、教育发展基金会理事长乙: the owner is the page's university written bare,
                    # whose name is known only when the article's bodies are: the body completes with it
                    org.info.update({k: owner.info[k] for k in ("bare_parent", "bare_endings") if k in owner.info}, bare_length=0)
                    continue
                org.info["refers"] = str(owner.info.get("refers") or surface(owner.start, owner.end)) + surface(org.start, org.end)
                org.info["joined_to"] = -1  # named here in full for the first time: an organization of its own
                continue
        owner = org if org.info.get("type") in _OWNER_TYPES else None

def _paragraph_short_forms(analysis: ArticleAnalysis) -> None:
    """在县慈善总会会长甲 after 慰问组来到泾县 on a page that visits several counties: a county's short form
    (县…, 区…) is the body of the county (district) the paragraph named last before it; a digest's or a round
    trip's paragraphs each tell of their own county. Where the page names one county, or the paragraph none
    before the short form, the article's place decides (canonical_names)."""
    shorts = [o for v in analysis.views for o in v.orgs if o.text[:1] in "县区" and "refers" not in o.info and o.text[1:2] not in _GENERIC_LEVEL]
    if not shorts:
        return  # most pages write no county short form
    body = analysis.normalized[analysis.article.body_start:]
    for level in "县区":
        if len({p.name for p in places_in(body) if p.name.endswith(level)}) < 2:
            continue  # one county: the article's own, found by find_home
        starts: dict[int, int] = {}
        bodies = [o for v in analysis.views if v.sentence.index >= 0 for o in v.orgs if o.text[:1] not in "县区" and _leading_level(o.text, level)]
        for view in analysis.views:
            if view.sentence.index >= 0:
                starts.setdefault(view.sentence.paragraph, view.start)
            for org in view.orgs:
                if org.text[:1] != level or "refers" in org.info or org.text[1:2] in _GENERIC_LEVEL or view.sentence.index < 0:
                    continue
                if _LEVEL_LIST.search(analysis.normalized, max(org.start - 2, 0), org.start):
                    continue  # 各市（县）区慈善会: a list of levels, every county's body
                paragraph_start = starts[view.sentence.paragraph]
                # (县委常委、组织部部长甲: the chain wrote 组织部 as 县委组织部, a name longer than its span)
                written = analysis.surface(org.start, org.end) if org.end - org.start == len(org.text) else org.text
                # 泾县慈善总会组织志愿者赴祁门县…，县慈善总会秘书长甲: the body named in full before it, where one is
                full = [o for o in bodies if paragraph_start <= o.start and o.end <= org.start and o.text.endswith(org.text[1:]) and o.text[:1] != level]
                if full:
                    org.info["refers"] = str(full[-1].info.get("refers") or analysis.surface(full[-1].start, full[-1].end))
                    org.info["joined_to"] = -1
                    continue
                before = analysis.normalized[paragraph_start:org.start]
                named = [p for p in places_in(before) if p.name.endswith(level)]
                if not named:
                    continue
                at = starts[view.sentence.paragraph] + before.rfind(named[-1].name)
                end, city = at + len(named[-1].name), named[-1].city
                if city and analysis.normalized.endswith(city, 0, at):
                    at -= len(city)  # 铜陵市义安区: the district with its city written in front
                place = analysis.surface(at, end)
                rest = written if len(place) == 2 and written[1:2] == "委" else written[1:]  # 县委 of 和县 is 和县县委
                org.info["refers"] = place + rest
                org.info["joined_to"] = -1  # named here in full: an organization of its own


def _leading_level(name: str, level: str) -> bool:
    """Whether a body's name opens with a place of this level (泾县慈善总会, 铜陵市义安区民政局)."""
    place = places_in(name[:9])
    return bool(place) and any(p.name.endswith(level) for p in place[:2]) and name.find(level) < 9


_GENERIC_LEVEL = frozenset("区市级乡镇直")  # 县区慈善会, 县市区, 县级慈善组织: every county's, no one body
_LEVEL_LIST = re.compile(r"[市县区][)）、]?$")  # 各市（县）区慈善会, 县、区慈善会


_UNIVERSITY_ENDINGS = word_class("school_ending")  # 大学, 学院: what a university's 校 stands for (word_classes.tsv)
_UNIVERSITY = "大学"  # the school ending of a body with a 校长 and 学院 of its own
_COLLEGE = "学院"  # a college's or a university's school's ending
_SCHOOL_HEADS = ("校长",)  # 校长, 副校长: titles only a school has
_HOSPITAL_HEADS = ("院长",)  # 院长, 副院长: the head of a 院, with no body written the hospital the text is at
_HOSPITAL_ENDINGS = tuple(word_class("hospital_ending"))  # data/lexicons/word_classes.tsv
_HEADED_UNITS = frozenset(word_class("headed_unit"))  # 队 of 队长, 馆 of 馆长 (data/lexicons/word_classes.tsv)
_SENTENCE_HEADED_UNITS = frozenset(word_class("sentence_headed_unit"))  # 站 of 站长: only the one its sentence names
_STATION_POSTS = frozenset(word_class("station_post"))  # 社工: held in the one 站 the text names there
_NAMED_BODY_POSTS = frozenset(word_class("named_body_post"))  # 教师, 讲解员: no title but right after a named body (word_classes.tsv)
_NAMED_BODY_POST_RULES = ("org_title_name", "shared_title")  # 某电视台主持人甲、乙: the title right after the body, every name it heads
_AT_THE_UNIT = tuple(word_class("stationed_at_unit"))  # 驻站社工: a worker the text places at the unit (word_classes.tsv)
# 局 of 局长: a unit whose bare head's title is not guessed where the text writes a body of that unit right before it
# (县某局局长甲: that bureau, unread, is the body; 某局召开…，副局长乙主持: the bureau named before) (data/lexicons/word_classes.tsv)
_WRITTEN_HEADED_UNITS = frozenset(word_class("written_headed_unit"))


_SCHOOL_WORDS = tuple(word_class("school_word"))  # data/lexicons/word_classes.tsv


def _publisher_as_written(names: Iterable[str], publisher: str) -> str:
    """The name among `names` the normalized `publisher` is written as on the page (總會 for 总会), "" if none is: a body
    completed from the publisher keeps the page's own characters."""
    return next((name for name in names if normalize(name) == publisher), "")


def _complete_bare_parents(bare: list[Mention], org_names: dict[str, str], publisher: str, surface: Callable[[int, int], str], issuer: str = "") -> None:
    """厅办公室 -> 福建省民政厅办公室, 校党委书记 -> 某某大学党委书记: a bare 厅 (局, 校) is the publisher when it is one,
    else the one such department (university) the article names, of several the `issuer` the page title names first
    (某市民政局关于…的通知: 局社会事务处 is its own, not a 抄送 line's 市人社局); with none the mention names nothing."""
    normalized = {normalize(n) for n in org_names} if bare else set()  # the bodies the page names on their own
    for org in bare:
        char = str(org.info["bare_parent"])
        endings = org.info.get("bare_endings") or (_UNIVERSITY_ENDINGS if char == "校" else (char,))  # 校 stands for a 大学 or 学院
        if publisher.endswith(endings) and len(publisher) > 2 and not (publisher.endswith(_COLLEGE) and len(publisher) < 4):
            # (not a publisher that is itself a bare school of a university: 法学院)
            parent = _publisher_as_written(org_names, publisher) or publisher
        else:
            candidates: list[str] = []
            for ending in endings:  # a 大学 before a 学院: a university's schools are 学院 too (某大学机械工程学院)
                candidates = [] if char == "校" else sorted({n for n in org_names if normalize(n).endswith(ending) and len(n) > 2})
                if not candidates and (char == "校" or org.info.get("bare_endings")):
                    # the bodies named on their own or opening a longer name: 某大学 of 某大学机械工程学院; 某医院慈善基金会…医院院长甲,
                    # a hospital the page names only inside its foundation's name (瓯江医院 of the title's short form
                    # is the 温州瓯江医院 of the full name)
                    inside = {n[:normalize(n).find(ending, 2) + len(ending)] for n in org_names if ending in normalize(n)[2:]}
                    candidates = sorted(inside if char == "校" else _longest_forms(inside))
                if candidates:
                    break
            if len(candidates) > 1:
                # 合肥市滨湖儿童医院 and 滨湖儿童医院: one hospital under its full name and the name without its place
                candidates = [c for c in candidates if c in lexicons().org_suffixes or not any(
                    len(o) > len(c) and o.endswith(c) and place_of(o[:-len(c)])[0] for o in candidates)]
            if len(candidates) > 1 and issuer in candidates:
                candidates = [issuer]
            elif len(candidates) > 1 and "bare_near" in org.info:  # (医院社工部 after 某医院院长甲: that hospital's)
                candidates = [c for c in candidates if normalize(c) == org.info["bare_near"]] or candidates
            if org.info.get("bare_length") == 2 and not org.info.get("bare_endings") and not any(normalize(c) in normalized for c in candidates):
                # 学校党委书记甲 on a secondary school's page (某大学附属中学): a university named only inside other
                # bodies' names (its 附属中学, its foundation) is not the school speaking; the one school named is
                schools = {n for n, kind in org_names.items() if kind == "school"} or _schools_inside(org_names)
                if len(schools) == 1:
                    candidates = sorted(schools)
                    org.info["type"] = "school"  # (a 中学's 学校: no university)
            if len(candidates) != 1:
                org.info["refers"] = ""
                continue
            parent = candidates[0]
        written = surface(org.start, org.end)
        # 校友会, 校董会: 校 belongs to the word (the university's alumni association), not a bare parent before it
        skip = int(org.info.get("bare_length", 1))  # 学校上海校友会: the university's word for itself is two characters
        org.info["refers"] = parent + (written if char == "校" and written.startswith(_SCHOOL_WORDS) else written[skip:])
        if written[skip:]:
            org.info["joined_to"] = -1  # a sub-unit named here for the first time: its own organization
            org_names.setdefault(org.info["refers"], str(org.info["type"]))
        else:
            org_names.setdefault(parent, str(org.info["type"]))


_SCHOOL_KIND_ENDINGS = org_suffixes_of("school")  # 中学, 小学


def _schools_inside(org_names: dict[str, str]) -> set[str]:
    """The schools named only opening other bodies' names (某中学 of 某中学校友教育基金会), the longest form of each (某市某中学,
    not 某中学): on a school's page whose own name is written nowhere else, what 学校 in 学校校长甲 stands for."""
    inside = set()
    for name in org_names:
        for ending in _SCHOOL_KIND_ENDINGS:
            at = name.find(ending, 2)
            if 0 < at and at + len(ending) < len(name):
                inside.add(name[:at + len(ending)])
    return _longest_forms(inside)


def _longest_forms(names: set[str]) -> set[str]:
    """The names no other of `names` ends in (某市某中学, not its 某中学): a body named inside longer names in several
    forms is the longest of them."""
    return {name for name in names if not any(other != name and other.endswith(name) for other in names)}


class _Names:
    """How mentions read as fact fields: names as written, or what a back-reference points to."""

    def __init__(self, analysis: ArticleAnalysis, canonical: dict[str, OrgEntry]) -> None:
        self.text = analysis.article.text  # as written (what analysis.surface slices): sliced here, no method call per mention
        self.canonical = canonical
        text = analysis.normalized
        # 党支部, 支部, 总支, 党委, 党组: only a page that writes one can name a branch (an operator test, no calls)
        self.branches = _branches_in_bodies(canonical, publishing_body(analysis.article.publisher)) if "党" in text or "支部" in text or "总支" in text else {}
        if "院" in text:  # (every hospital ending, 医院 卫生院 中医院…, ends in 院)
            _hospitals_of_units(canonical)
        self._written: dict[tuple[int, int], str] = {}  # a name as written, by span: a mention is read four times on average

    def person(self, mention: Mention) -> str:
        """A person's name as written, or the full name a 柳秘书长-style mention refers back to."""
        if "refers" in mention.info and mention.info["refers"]:  # (`in` tests, no dict.get call: read for every fact)
            return str(mention.info["refers"])
        span = (mention.start, mention.end)
        if span not in self._written:
            self._written[span] = "".join(self.text[mention.start:mention.end].split())  # 王　某 is 王某
        return self._written[span]

    def org(self, mention: Mention) -> OrgEntry:
        info = mention.info  # (`in`, no get call: read for every fact, most mentions refer to no other name)
        return self.canonical[str(info["refers"] if "refers" in info and info["refers"] else self.text[mention.start:mention.end])]


(_HEAD_TITLE_END,) = word_class("head_title_end")  # 长 of 局长, 院长: the character before it names the kind of body headed
_PARENT_HEADS = frozenset(word_class("parent_head"))  # 局, 厅, 院 (data/lexicons/word_classes.tsv)
_BUREAU_HEADS = frozenset("局厅")  # a government bureau's: the parent of a unit in its name is a body of its own
_BUREAU_UNIT_ENDS = frozenset("处科室")  # the units of a bureau (某局某处, 某厅某室)
_PARTY_GROUP = "党组"  # 党组书记, 党组成员: a bureau's party group


def _parent_held(role: str, name: str, canonical: dict[str, OrgEntry]) -> str:
    """某局某处处长、副局长甲, 某医院骨科主任、副院长丙: a head's title of the kind of body a unit's
    name opens with (副局长 of the 局 before 某处) is held in that parent, where the page names it as a body; the unit holds it
    otherwise (the title given to the unit's name, `name`, by the chain it follows)."""
    cut = name.rfind(role[-2], 0, len(name) - 1) + 1
    parent = canonical.get(name[:cut]) if cut > 1 else None
    return parent.name if parent is not None else name


def _hospitals_of_units(canonical: dict[str, OrgEntry]) -> None:
    """某医院骨科主任、主任医师甲, 某医院某治疗中心主任、主任医师乙: the grade after the title of a unit's head is held in
    the hospital its name opens with (positions.read_chains; gold-conventions "Doctors' grades"), which the page may
    write nowhere else.
    The hospital is looked up as the unit is written (a short form 市中医院骨科, a traditional 中醫院), so each written
    form of the unit gets its hospital's written form too."""
    for written, entry in list(canonical.items()):
        if "院" in entry.name[:-1] and (ending := len(hospital_of(normalize(entry.name)))):  # normalize keeps the length
            hospital = entry.name[:ending]  # as the page writes it (names stay in traditional characters)
            held = canonical.setdefault(hospital, OrgEntry(hospital, "hospital"))
            if short := len(hospital_of(normalize(written))):
                canonical.setdefault(written[:short], held)


_BRANCH_NAME_ENDS = "".join(word_class("branch_name_end"))  # the last character of every branch name branch_of_body reads (word_classes.tsv)


def _branches_in_bodies(canonical: dict[str, OrgEntry], publisher: str) -> dict[str, tuple[str, bool]]:
    """The party branches inside a named body (docs/gold-conventions.md): no body of their own, so each name maps to the
    body's entry, and to the unit its posts are written with (支部书记 in the body) and whether it is the former one.
    A branch after the body's bare ending (中心党支部 on the page of a 某中心) is the `publisher`'s; a traditional
    page's (中心黨支部) is read in simplified characters and its unit kept as written."""
    branches: dict[str, tuple[str, bool]] = {}
    for written, entry in list(canonical.items()):
        if entry.name[-1:] not in _BRANCH_NAME_ENDS:
            continue  # (most names: no normalizing call)
        name = normalize(entry.name)
        found = branch_of_body(name) if len(name) == len(entry.name) else None
        if found is None:
            continue
        plain, unit = found
        at = name.find(plain)  # after 中共 if the name opens with it
        written_unit = entry.name[at + len(plain):at + len(plain) + len(unit)]
        unit = written_unit if normalize(written_unit) == unit else unit  # 黨支部 as written
        body = entry.name[at:at + len(plain)]
        named = _publisher_as_written(canonical, publisher) if plain in lexicons().org_suffixes and publisher.endswith(plain) else ""
        if named:
            body = named
        elif body not in canonical:
            suffix = longest_org_suffix(plain)
            canonical[body] = OrgEntry(body, lexicons().org_suffixes.get(suffix, "other"))
        canonical[written] = canonical[body]
        branches[written] = (unit, "上届" in written)  # the former branch as written, not as resolved
    return branches


# 抄送：某局，某会 / 报：某厅 / 联系人：某办公室　甲 / 监督电话：…（某会办公室）: a notice's line naming whom it goes to or
# whom to call; its units are no organizations of the page (docs/gold-conventions.md, "Notices")
_ADDRESSEE_LINE = re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(word_class("addressee_label") + word_class("contact_label") + word_class("filing_label"), key=len, reverse=True))) + r")\s*[:：]")


_IMPRINT_UNITS = tuple(word_class("imprint_unit_ending"))  # data/lexicons/word_classes.tsv
_IMPRINT_ENDS = ("日", "印发")
# what follows the office on its imprint line: 编 (edited by), then only a date (2O25: a scan's letter O for 0)
_IMPRINT_TAIL = re.compile(r"编?\s+[0-9O０-９〇零一二三四五六七八九十]{2,4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:印发)?")


def _imprint(view: SentenceView, org: Mention, names: _Names) -> bool:
    """某会办公室　2026年6月8日印发, 某会办公室编　2025年10月20日: an office alone on a line with a date prints or edits the
    notice or bulletin; named only there, it is no organization of the page (docs/gold-conventions.md, "Notices")."""
    start = view.sentence.start
    text = view.sentence.text
    return (not text[: org.start - start].strip() and _IMPRINT_TAIL.fullmatch(text, org.end - start) is not None
            and names.org(org).name.endswith(_IMPRINT_UNITS))


_OPENING_BRACKETS = ("（", "(")
_CLOSING_BRACKETS = ("）", ")")


def _workplace_of(view: SentenceView, org: Mention, text: str, opening: int) -> bool:
    """甲（某市慈善总会）, 班长：乙（某县慈善总会）, 丙（女，某会志愿者）: a body alone in the brackets right after a person's name
    (a padded one too, 甲　乙（…）; after a gender note; before a member's word that is no post, 志愿者, 会员) is where they
    work, holding no post there the page writes (a title in the brackets gives one: 甲（某会秘书长）) — no organization of
    the page on that ground (docs/FACTS.md, which organizations count)."""
    for person in view.persons:
        if person.end == opening:
            return True
    return _PADDED_NAME_BEFORE.search(text, max(view.start, opening - 6), opening) is not None and text[opening - 3:opening - 2] in lexicons().surnames


# 、甲　乙（: a two-character name padded to a three-character column, right before the bracket (its surname tested apart)
_PADDED_NAME_BEFORE = re.compile(r"(?:^|(?<=[、，,：:\s]))[\u3400-\u9fff][ \u3000][\u3400-\u9fff]$")
_GENDER_NOTES = ("女，", "男，", "女,", "男,")  # 甲（女，某会志愿者）: the note before the body in a person's brackets
_MEMBER_WORDS = tuple(word_class("bracket_member_word"))  # 志愿者, 会员: a member of the body, no post (word_classes.tsv)


_CELL_BARS = frozenset("|｜")


def _workplace_cell(view: SentenceView, org: Mention, text: str) -> bool:
    """| 甲 | 某公司 |: a roster table's unit cell holding a body alone (no title) right after the cell of a person's name is
    where the person works, no organization of the page on that ground, as a body alone in brackets after a name is
    (_workplace_of; the mental, sports and tech READMEs)."""
    if text[org.end:org.end + 2].strip()[:1] not in _CELL_BARS:
        return False
    opening = max(text.rfind("|", view.start, org.start), text.rfind("｜", view.start, org.start))  # the unit cell's bar
    bar = max(text.rfind("|", view.start, opening), text.rfind("｜", view.start, opening))  # the name cell's
    cell = "".join(text[bar + 1:opening].split())  # the cell before the unit's, its padding removed
    return bar >= view.start and 2 <= len(cell) <= 4 and HAN_WORD.fullmatch(cell) is not None and (
        cell[:1] in lexicons().surnames or cell[:2] in lexicons().surnames)


def _entity_facts(out: _Collector, analysis: ArticleAnalysis, names: _Names, visited: dict[int, list[tuple[int, int]]]) -> None:
    """Organizations and people, each with every sentence that names them."""
    text = analysis.article.text
    org_fields: dict[int, dict] = {}  # an organization's fields, made once per entry, not once per mention
    for view in analysis.views:
        spans = visited[view.sentence.index]
        orgs = view.orgs if not view.orgs or not _ADDRESSEE_LINE.match(view.sentence.text) else ()
        if orgs and view.sentence.text.endswith(_IMPRINT_ENDS):
            orgs = [org for org in orgs if not _imprint(view, org, names)]
        for org in orgs:
            if "refers" in org.info and "joined_to" not in org.info and "bracketed_in" not in org.info or "incidental" in org.info:
                continue  # 该基金会: named in full elsewhere; 某中学高三学生, 某局三楼会议室: a student's school, a body's room
            if "kind_named" in org.info and len(names.org(org).name) <= len(org.text):
                continue  # 决策委员会, 客服中心: a kind or an organ named by ordinary words, no longer name of the page behind it
            if "（" in text[org.start - 3:org.start] or "(" in text[org.start - 3:org.start]:
                opening = org.start - 1 if text[org.start - 1:org.start] in _OPENING_BRACKETS else (
                    org.start - 3 if text[org.start - 2:org.start] in _GENDER_NOTES and text[org.start - 3:org.start - 2] in _OPENING_BRACKETS else -1)
                closing = org.end if text[org.end:org.end + 1] in _CLOSING_BRACKETS else next(
                    (org.end + len(w) for w in _MEMBER_WORDS if text.startswith(w, org.end) and text[org.end + len(w):org.end + len(w) + 1] in _CLOSING_BRACKETS), -1)
                if opening >= 0 and closing >= 0 and _workplace_of(view, org, text, opening):
                    continue  # 优秀学员：甲（某市慈善总会）: where a person with no post there works, no body of the page for it
            if (text[org.start - 1:org.start] in _CELL_BARS or text[org.start - 2:org.start - 1] in _CELL_BARS) and _workplace_cell(view, org, text):
                continue  # | 甲 | 某公司 | under 姓名 | 工作单位: the unit column's body alone, where the person works, as in brackets
            if not spans or not any(a <= org.start and org.end <= b and (a, b) != (org.start, org.end) for a, b in spans):
                _add_org(out, names.org(org), view, "org_suffix", 0.8, org_fields)
        for start, end in spans:
            _add_org(out, names.canonical[analysis.surface(start, end)], view, "visit_object", 0.6, org_fields)
        for person in view.persons:
            out.add("person", {"name": names.person(person)}, view, f"person:{person.info.get('rule')}", 0.85)
    for start, end in analysis.bylines:
        out.add("person", {"name": "".join(analysis.surface(start, end).split())}, (start, end), "person:byline", 0.8)  # 复核：滕　某 padded


def _sentence_facts(out: _Collector, analysis: ArticleAnalysis, names: _Names, events: list, active_dates: list[str], table_rows: list[TableRow],
                    main: str, session: str) -> set[int]:
    """Positions, participation, chair terms and documents, sentence by sentence; returns the titles used."""
    networks = network_names(events)
    event_by_date: dict[str, str] = {}
    for event in events:
        event_by_date.setdefault(event.date, event.name)
    body = _meeting_body(analysis, events)
    if body is not None and body.info.get("publisher"):
        names.canonical.setdefault(analysis.surface(body.start, body.end), OrgEntry(analysis.surface(body.start, body.end), str(body.info["type"])))
        _add_org(out, names.org(body), (body.start, body.end), "publisher_body", 0.6, {})
    barred = {row.view.sentence.index: row for row in table_rows if row.barred}  # bar rows with no header, by sentence
    rostered: set[int] = set()  # 会　长：甲: listed, not shown at an event
    roster_lines: set[int] = set()  # 会　长　甲: a roster line the table reader read
    column_lines: set[int] = set()  # 甲 | 男 | … | 某局副局长 | 拟任…: a row read by its header's columns, not as a line of posts
    for row in table_rows:
        if row.roster and not row.present:
            rostered.add(row.person.start)
            roster_lines.add(row.view.start)
        elif not row.roster and not row.barred:
            column_lines.add(row.view.start)
    host_turns = bool(session) and any(_host_turn(v) for v in analysis.views)  # the host of the session speaks
    # 乙担任主持人 / 主持人甲 over a transcript's turns 主持人：… (a round-table, a livestream): the host named speaks too
    hosted_turns = host_turns or ("主持人:" in analysis.normalized and any(_host_turn(v) for v in analysis.views))
    event_year = main[:4]
    last_person: Mention | None = None
    title_text = normalize(analysis.article.title or "")  # the page's title, read by the page-kind tests below
    announced = ANNOUNCES_MEETING.match(title_text) is not None or _PERSONNEL_NOTICE.match(title_text) is not None
    announced = announced or PREVIEWS_MEETING.search(title_text) is not None  # 某论坛将于9月5日举办: a preview
    # 【慈善人物】, ——记某会会长甲 (a subtitle line under the title), 首页 > 人物对话: the header's lines tell a profile
    header = analysis.normalized[:analysis.article.body_start]
    profile = _PROFILE_TITLE.search(header) is not None or _PROFILE_TITLE.search(title_text) is not None
    # 关于甲等同志职务任免的通知 (not 某会举行顾问聘任仪式: a title naming a gathering tells who was there)
    page_title = title_text.strip()
    personnel = _PERSONNEL_TITLE.search(page_title) is not None and (
        page_title.endswith(_NOTICE_ENDINGS) or not any(suffix in page_title for suffix in lexicons().event_suffixes)
    )
    speech = SPEECH_TITLE.match(title_text) is not None  # 在…上的讲话: the text of a speech
    party = VisitingParty(table_rows)
    range_people = RangePeople()  # the people a range of days' opening paragraph names, its 与会人员 on the later days
    biography = Biography()  # a profile's subject, for the career sentences after its opening
    notice_heading = NoticeHeading()  # 兹任命： / 免去：: the verb a notice's heading line gives the lines under it
    roster_body: Mention | None = None  # the body a roster's heading names (某会第三届理事会名单), while its lines follow
    chair_places = ChairPlaces(analysis.views)
    holders: dict[str, Mention] = {}  # a person's name -> the body they hold a post in (a charity before a government body)
    page_year = (analysis.article.date or main)[:4]  # 今年, 去年 in a chair's clause count from the page's year
    title = next((v for v in analysis.views if v.sentence.index < 0), None)
    # 我会: the body the title names, else the one the page's publisher is (or is the office of), else the meeting's
    own = title.orgs[0] if title is not None and title.orgs else _named_publisher(analysis, names) or body
    presence_block = PresenceBlock(table_rows)
    group_roster = GroupRoster(table_rows)  # 全体委员出席 … 委　员：甲: the roster of a group shown present
    prose_seen = False  # the body has told a sentence: rows of names after it are a list the page gives
    under_presence = False  # the last line ending in a colon named presence (参加义诊的专家有：), and no prose since
    handed = HandedList(*handed_groups(analysis.views))  # the groups a page shows handed their awards
    used_roles: set[int] = set()
    titled_at: dict[str, int] = {}  # the people given a post of their own (a title right before the name), with the first sentence
    chair_years: set[str] = set()  # the years of the chair_term facts so far (only this loop adds them)
    stated_years: tuple[str, ...] = ()  # the same, in order: made again where a fact adds one, not for every sentence
    chair_bodies: dict[str, set[int]] = {}  # the bodies of those facts and their years
    handovers: list[tuple[SentenceView, ChairClaim, dict]] = []  # chairs told by a handover, read after every sentence
    deceased: dict[str, str] = {}  # the people the page says died, with the day
    elected: dict[str, list[tuple[Mention, str]]] = {}  # people elected at the event of each date, with the title, in article order
    views = analysis.views
    preceding = {id(b): a for a, b in zip(views, views[1:]) if a.sentence.paragraph == b.sentence.paragraph}  # the sentence before, in one paragraph
    following: list[SentenceView | None] = [*views[1:], None]  # the sentence after each (a career line's next)
    charity_body = body is not None and body.info.get("type") in _CHARITY_TYPES
    sole: list[bool] = []  # whether the meeting body is the one charity body the page names: read once, when a guess asks

    def sole_charity() -> bool:
        if not sole:
            sole.append(charity_body and _one_charity_body(analysis, names, body))
        return sole[0]
    latest = latest_term(analysis.normalized)  # 第五届理事会会长 in an article that writes 第六届: a former post
    # a chain's titles may take the page's one school or hospital, or its one charity body; a bracket's, a list's or a
    # 由…担任's only the sentence's bodies and the meeting's
    page_bodies = _PageBodies(body, charity_body, latest, preceding, _page_school(analysis), _page_hospital(analysis), sole_charity)
    sentence_bodies = _PageBodies(body, charity_body, latest)
    days: tuple[str, str] | None = None  # the range of days the text last opened (11月14日至15日，某论坛在某地举行)
    ranged_hosts: list[tuple[dict, SentenceView, str, float, str]] = []  # hosts of a gathering held over that range
    throughout: list[tuple[dict, SentenceView, str, float]] = []  # people said to be there throughout (全程陪伴营员：甲　乙)
    seen_on: dict[str, str] = {}  # the day of the event the text placed each person at last, for a photo caption under it
    at_main: dict[str, bool] = {}  # the people the text placed at the page's main event (a dict: no call to fill it)
    committee_day = ""  # the day of the class committee the text last named (班委会), while its members are listed
    qa_day = ""  # the day a press conference's question-and-answer heading (【答记者问】) was told on, for the turns under it
    shown_leaders = ShownLeaders()
    for index, (view, active) in enumerate(zip(analysis.views, active_dates)):
        if view.dates and view.sentence.index >= 0:
            opened = day_range(view)
            if opened is not None:
                days = opened
            elif days is not None and any(d.precision == "day" and not days[0] <= d.value <= days[1] for d in view.dates):
                days = None  # a day out of the range: another item of the page
        elections: list[PositionClaim] = []
        claims: list[PositionClaim] = []
        career = biography.read(view, following[index])  # every sentence: a profile's opening names no title but sets whose career follows
        if career and career[0].org is None:
            # 副理事长　甲 over 甲's bio: the heading's titles are held in the body the page's title names, a charity
            placed = own is not None and own.info.get("type") in _CHARITY_TYPES
            career = [claim if claim.org is not None else replace(claim, org=own) for claim in career if claim.org is not None or placed]
        heading = notice_heading.read(view) if notice_heading.verb or view.sentence.paragraph_start else ""
        if view.sentence.paragraph_start and view.sentence.index >= 0:
            # 某会第三届理事会名单: a heading line naming one body and no one, over roster lines (a name and a title each); a
            # paragraph naming no one or telling a sentence ends it (indexing first: no call for most paragraphs)
            if view.persons:
                if roster_body is not None and view.sentence.text[-1:] == "。":
                    roster_body = None
            elif view.orgs and view.orgs[1:] == [] and view.sentence.text[_ROSTER_HEADING_MAX:] == "" and (
                    view.sentence.text[-2:] in _ROSTER_HEADING_TAILS or view.sentence.text[-3:-1] in _ROSTER_HEADING_TAILS and view.sentence.text[-1:] in ":："):
                roster_body = view.orgs[0]
            elif view.start not in roster_lines:  # (会　长　甲, a padded title's line the name rules miss, goes on with the list)
                roster_body = None
        if view.roles:  # a post is one of the sentence's titles: a sentence without one (about half) states none
            elections = read_elections(view, body, heading, preceding)
            chains = read_chains(view)
            if chains and roster_body is not None:
                # 某会第三届理事会领导成员 ¶ 会长　甲: a roster line's bare title under a heading that names its body
                chains = [replace(claim, org=roster_body, rule="roster_heading_title") if claim.org is None else claim for claim in chains]
            claims = (_in_meeting_body(chains, view, page_bodies) if chains else []) + elections + read_removals(view, body, heading) + (read_holder_change(view, body) if "为" in view.sentence.text and "由" in view.sentence.text else []) + (_in_meeting_body(bracketed, view, sentence_bodies) if (bracketed := read_bracketed(view)) else []) + read_respective(view, body) + career
            if "位" in view.sentence.text:
                claims += read_counted_titles(view)  # 某会甲、某基金会乙三位秘书长
            listed = read_listed_posts(view) if view.start not in column_lines else []
            if listed and listed[0].org is None and roster_body is not None:
                # 某会第三届理事会名单 ¶ 甲　会长 ¶ 乙　秘书长: a roster's line under a heading that names its body
                listed = [replace(claim, org=roster_body, rule="roster_heading_title") for claim in listed]
            claims += _in_meeting_body(listed, view, sentence_bodies) if listed and listed[0].org is None else listed  # 甲　副会长 (minutes)
            copular = view.orgs != [] and view.persons != [] and ("为" in view.sentence.text or "系" in view.sentence.text or "身份" in view.sentence.text)
            if not copular and view.orgs and view.persons:  # (asked only where no plainer word sends the sentence there)
                text = view.sentence.text  # 甲，某公司董事长，…; 乙：某大学教授; 丙是…: a name opening the sentence or a clause, set off
                for person in view.persons:  # (a loop inline, no call for every sentence with a title and a body)
                    local, after = person.start - view.start, person.end - view.start
                    if text[after:after + 1] in _APPOSITION_AFTER_NAME and (local == 0 or text[local - 1] in _APPOSITION_AFTER_NAME) or text[after:after + 1] == "是" or text[after + 2:after + 3] == "是":  # (甲同志是…)
                        copular = True
                        break
            if copular:
                claims += read_copular(view)  # (a plain test first: most sentences link no name to a post so; 作为 and 身为 hold 为, 以 needs 身份)
            if view.orgs and view.persons and "在" in view.sentence.text and "任" in view.sentence.text and any(
                    view.sentence.text[o.start - view.start - 1:o.start - view.start] == "在" for o in view.orgs):
                claims += read_workplace_posts(view)  # 甲在某局任副局长
            if view.sentence.index in barred:
                claims += barred_claims(barred[view.sentence.index], body)
            claims += read_continued(view, elections)
            held_by = read_held_by(view)
            if held_by:  # (most sentences: none, no call)
                claims += _in_meeting_body(held_by, view, sentence_bodies)
        elif career:
            claims = career  # 副理事长　甲 ¶ 1970年3月生，…: the heading's titles, told over a sentence that names none
        if elections:  # (most sentences elect no one and state no post: no calls for them)
            elected.setdefault(active, []).extend([(claim.person, claim.role.text) for claim in elections])
        if claims:
            used_roles.update([claim.role.start for claim in claims])
        for claim in claims:
            if claim.org is None or claim.role.info.get("scope") == "none" and not (
                    claim.role.text in _NAMED_BODY_POSTS and claim.rule in _NAMED_BODY_POST_RULES and claim.org.end == claim.role.start):
                continue  # (某学院教师甲, 某慈善文化馆讲解员乙, 某堂执事丙: a post in the body written right before it, docs/gold-conventions.md)
            if claim.role.text in ENDING_OPENING_TITLES and claim.org.text.endswith(LOCALITY_OR_TOWN_WORDS):
                # 社工 after a bare 街道 or 社区 (某街道社工甲 on an award list): the place she works in, no body employing her
                continue
            person = names.person(claim.person)
            if claim.rule == "shared_title" and titled_at.get(person, view.sentence.index) < view.sentence.index and claim.person.info.get("rule") not in LIST_ITEM_RULES:
                continue  # 某部部长甲、乙出席 after 某会会长乙看望…: a name introduced with its own post, named again in another's list
            if claim.rule == "org_title_name" and person not in titled_at:
                titled_at[person] = view.sentence.index
            fields = {
                "person": person,
                "role": "".join(analysis.article.text[claim.role.start:claim.role.end].split()),  # 会　长 padded in its column
                "organization": names.org(claim.org).name,
                "status": "former" if claim.former else "current",
            }
            if fields["role"][-2:-1] in _PARENT_HEADS and fields["role"][-1:] == _HEAD_TITLE_END and fields["organization"][-1:] != fields["role"][-2:-1]:
                unit = fields["organization"]
                fields["organization"] = _parent_held(fields["role"], unit, names.canonical)  # (operator tests first: most posts)
                if fields["organization"] == unit and fields["role"][-2] in _BUREAU_HEADS and (cut := unit.rfind(fields["role"][-2], 0, len(unit) - 1) + 1) > 3:
                    # 历任某局某处处长、副局长: the bureau the unit's name opens with holds its head's title, named or not
                    entry = names.canonical.setdefault(unit[:cut], OrgEntry(unit[:cut], "government"))
                    fields["organization"] = entry.name
                    _add_org(out, entry, view, "unit_parent", 0.7, {})
            elif fields["role"][:2] == _PARTY_GROUP and fields["organization"][-1:] in _BUREAU_UNIT_ENDS:
                # 某局某处处长、副局长、党组成员: a party group sits in the bureau, never in its unit
                unit = fields["organization"]
                cut = max(unit.rfind(head, 0, len(unit) - 1) for head in _BUREAU_HEADS) + 1
                if cut > 3:
                    entry = names.canonical.setdefault(unit[:cut], OrgEntry(unit[:cut], "government"))
                    fields["organization"] = entry.name
                    _add_org(out, entry, view, "unit_parent", 0.7, {})
            branch = names.branches.get(str(claim.org.info.get("refers") or analysis.surface(claim.org.start, claim.org.end))) if names.branches else None
            if branch is not None:
                # 某会支部委员会…当选为支部书记, 某会党支部书记: the branch's post is held in the body (gold-conventions.md)
                unit, former = branch
                fields["role"] = fields["role"] if fields["role"].startswith(("党", unit)) else unit + fields["role"]
                fields["status"] = "former" if former or claim.former else "current"
            out.add("position", fields, view, claim.rule, claim.confidence)
            if claim.org.info.get("of_department") or "bare_parent" in claim.org.info and "joined_to" not in claim.org.info:
                # 某医院骨科主任、主任医师甲, 某医院基金会…医院院长甲, 某大学基金会…校党委书记乙: the hospital (university), named only inside its department's (foundation's) name
                _add_org(out, names.org(claim.org), view, "department_hospital", 0.8, {})
        pronoun_person = last_person
        # (a date rules a caption out: no call for most sentences)
        caption = not view.dates and view.persons != [] and view.sentence.index >= 0 and main != "" and len(view.sentence.text) <= 40 and photo_caption(view)
        taking_part = participation_date(view, active, main, caption)
        if view.sentence.index >= 0 and not view.dates and ("带" in view.sentence.text or "率" in view.sentence.text):
            taking_part = formed_before_its_day(view, following[index]) or taking_part
        participation, last_person = read_participation(view, taking_part, last_person)
        if hosted_turns and participation:
            participation += [ParticipationClaim(c.who, "speaker", c.date, c.rule, c.confidence) for c in participation if c.role == "chair" and c.rule == _HOST_TITLE_CUE]
        if participation and (biography.resume_at == view.sentence.index or career and any(claim.rule != LATER_POST for claim in career)):
            # 1985年7月参加工作，历任…; 2018年1月至2023年1月任…; 2022年1月当选为…: a career's line tells posts, no gathering
            participation = []
        elif participation and career:
            # 据悉，甲同时担任某会副会长: a later post tells no presence of its holder; 乙宣读决定，聘任丙兼任某部主任: the others
            # of the sentence still speak
            posted = {claim.person.start for claim in career}
            participation = [claim for claim in participation if claim.who.start not in posted]
        if participation:  # (with no claim there is nothing to date: no call)
            participation = dated_by_clause(view, participation, taking_part)
            if view.sentence.text[:2] in OTHER_TIME_HEADS and view.sentence.index >= 0 and told_at_another_time(view):
                # 此前，甲曾带队赴某县调研; 年初，乙走访了…: told at a time the page dates to no day, not at the day's event
                participation = [claim for claim in participation if claim.date != taking_part]
            text = view.sentence.text
            if ("将" in text or "拟" in text or "定于" in text or "订于" in text) and told_to_come(text):
                # 甲还将带队赴某县调研, 乙即将出席…: a deed still to come places no one at the day's event
                participation = [claim for claim in participation if claim.who.kind != "person" or claim.date != taking_part or not to_come(view, claim.who)]
        text = view.sentence.text
        if participation and "上" in text and "的" in text and view.sentence.index >= 0 and (recalled := recalled_gathering(view, analysis.article.date)):
            # 副会长甲曾在去年的论坛上作主旨发言: at that gathering, if it is an event of the page; never at this one
            start, day = recalled
            if not taking_part.startswith(day):
                kept: list[ParticipationClaim] = []
                for claim in participation:
                    if claim.who.start < start or claim.date != taking_part:
                        kept.append(claim)  # named before the recalling clause, or dated by a word of its own
                    elif day in event_by_date:
                        kept.append(ParticipationClaim(claim.who, claim.role, day, claim.rule, claim.confidence))
                participation = kept
        if "。" in text:
            prose_seen, under_presence = True, False
        elif ":" in text or "：" in text:
            # 现将名单公布如下： opens a list as prose does (a label's list, 记录：甲, is read as one: no row)
            heading_present = list_heading(view) if view.sentence.index >= 0 else None
            if heading_present is not None:
                prose_seen, under_presence = True, heading_present
        elif participation and prose_seen and not under_presence and bare_row(view):
            # 现将理事会成员简介如下： … 副理事长　甲（女）: a row of a roster after the prose, no one shown at the event
            participation = [p for p in participation if p.rule != "named_present"]
        if participation and not view.sentence.paragraph_start and view.sentence.index >= 0:
            first = index - 1  # the paragraph's first sentence (a plain walk: no call for the many that open no item)
            while first > 0 and views[first - 1].sentence.paragraph == view.sentence.paragraph:
                first -= 1
            before = views[first - 1] if first > 0 else None
            opening = views[first].sentence.text
            # (slices and `in`: no call) 【嘉善】…, ■…, 7.…, 12、… open the paragraph, or ■遂昌 stands above it
            opened = opening[:1] in ITEM_MARKS or (opening[:1] in DIGITS and (opening[1:2] in ITEM_NUMBER_ENDS or opening[2:3] in ITEM_NUMBER_ENDS)) or (before is not None and before.sentence.text[:1] in ITEM_MARKS)
            if opened and words_with_no_gathering(view, views[first:index], before):
                participation = []  # 【嘉善】某会近日拨付善款…。常务副会长甲说，…: an item's words with no gathering told
        if rostered:
            participation = [p for p in participation if not (p.rule == "named_present" and p.who.start in rostered)]
        if heading:
            # 兹任命： / 甲同志为某会副秘书长: a notice's line under its verb decides about the name that opens it
            participation = [p for p in participation if not (p.rule == "named_present" and p.who.start == view.start)]
        if view.words & _NEWLY_ELECTED or (":" in text and (view.persons or view.roles)) or shown_leaders.heading is not None or (view.sentence.paragraph_start and shown_leaders.day == active):  # (only where it can read anything: no call for every sentence)
            participation += shown_leaders.read(view, active, elected)
        blocked = presence_block.read(view, taking_part)
        if blocked and presence_block.team:
            party.enlist(blocked, presence_block.team)  # 专家组名单如下： / 组　长：甲: the team that goes on to its later stops
        elif view.persons and view.words & _PANEL_MARKER and (team := prose_panel(view)):
            # 专家组组长由甲担任，成员包括乙、丙: the team's named members (its leader too) attend its day and its later stops
            blocked = [ParticipationClaim(person, "attendee", taking_part, "panel_member", 0.65) for person in view.persons]
            party.enlist(blocked, team)
        participation += party.read(view, taking_part, participation) + blocked
        if group_roster.day or ":" in text or "：" in text or ("名单" in text and not view.persons):  # (a label's line, a roster's heading or a line under it: no call for prose)
            participation += group_roster.read(view)
        if view.sentence.index >= 0:
            group_roster.told[view.start] = (view, taking_part)
        participation += range_people.read(view, days, participation, taking_part) if days is not None or range_people.days is not None else []
        if view.words & _CLASS_COMMITTEE:
            committee_day = taking_part  # 学员分组讨论，推选产生了班委会(。名单如下：): elected by the trainees in the room
        elif committee_day and "。" in view.sentence.text:
            committee_day = ""  # prose again: the list of its members is over
        if committee_day and view.persons:
            # 选举产生研修班班委：甲任班长…; 班　长：乙（某会） on the lines under it: trainees there that day (training README)
            participation += [ParticipationClaim(person, "attendee", committee_day, "class_committee", 0.7) for person in view.persons]
        if handed.heading is not None:  # (most pages hand no group anything: no call)
            participation += handed.read(view, taking_part)
        host = _HOST_LABEL.match(view.sentence.text) if session or hosted_turns else None
        if host is not None and _host_turn(view):
            participation = []  # 主持人：甲秘书长，…: a host's question addresses the people it names; no list of who came
        elif host is not None and session:
            # 【主持人】某台主持人 甲 over a transcript whose turns 主持人：… are theirs: the session's chair, who speaks
            roles = ("attendee", "chair", "speaker") if host_turns else ("attendee", "chair")
            participation += [ParticipationClaim(p, role, session, "session_host", 0.7) for p in view.persons for role in roles]
        if view.sentence.paragraph_start and not view.persons and "问" in text and _QA_HEADING.fullmatch(text):
            qa_day = taking_part  # 【答记者问】, 三、现场问答: the turns under it are asked and answered at the conference of its day
        labelled = transcript_speaker(view) if view.persons and view.sentence.paragraph_start else None  # what it asks first
        turn_day = session or qa_day
        if labelled is not None and not turn_day:
            # 【圆桌对话】 甲：…: a round-table's labelled speaker placed at its day speaks there
            participation += [ParticipationClaim(c.who, "speaker", c.date, "transcript_label", 0.7) for c in participation if c.who.start == labelled.start and c.role == "attendee"]
        elif labelled is not None:
            # 甲：去年11月，某会议在某地召开…: the labelled speaker speaks at the session, not at what the answer recalls
            participation = [c for c in participation if c.who.start != labelled.start]
            participation += [ParticipationClaim(labelled, role, turn_day, "transcript_label", 0.75) for role in ("attendee", "speaker")]
        elif view.persons and view.sentence.paragraph_start and text[-1:] in _BRACKET_CLOSE and "。" not in text and index and (excerpt := excerpt_speaker(view, views[index - 1], following[index])) is not None:
            # 甲（某会会长） on a line of its own over a paragraph of words (发言摘编): the speaker of them, there
            participation = [c for c in participation if c.who.start != excerpt.start]
            participation += [ParticipationClaim(excerpt, role, taking_part, "excerpt_heading", 0.7) for role in ("attendee", "speaker")]
        if personnel:
            participation = [c for c in participation if c.rule != "named_present"]  # appointed or proposed, not placed anywhere
        if profile and (view.sentence.index < 0 or _tells_no_event(view)):
            # a profile: 同事甲说，…; 乙和他共事多年: words to the reporter, no one placed at an event; its title (——访甲)
            # names its subject
            participation = []
        if participation and (view.start > analysis.speech_heading >= 0 or (speech and analysis.speech_heading < 0 and view.sentence.index >= 0)) and _tells_no_gathering(view):
            # a speech's own text: 从首任会长甲同志…到上一届会长乙同志, 我还要感谢丙同志, 丁等同志带领各地慈善会…: recalled, thanked or
            # praised, not shown at the gathering
            participation = [c for c in participation if c.rule != "named_present"]
        if (speech and 0 <= view.sentence.index <= 3) or (analysis.speech_heading >= 0 and 0 < view.start - analysis.speech_heading <= 2):
            # the line under the title 在…上的讲话, or under that heading repeated in the body after an editor's note
            participation += [ParticipationClaim(c.who, c.role, taking_part, c.rule, c.confidence) for c in speech_author(view)]
        if participation:
            participation += present_in_role(participation)
            if caption and seen_on:
                participation = captioned_day(participation, seen_on, at_main, names.person)
        for person in died(view) if "逝" in view.sentence.text or "世" in view.sentence.text else ():
            # 甲同志因病医治无效，于…逝世: from that day on they take part in nothing, their farewell included
            day = next((d.value for d in view.dates if d.precision == "day"), active)
            deceased.setdefault(names.person(person), day)
        replaced = [(view.start + m.start(), view.start + m.end()) for m in _REPLACED_PLAN.finditer(view.sentence.text)] if participation and view.words & _REPLACED_PLAN_WORD else []
        course: tuple[str, str] | None = None  # the course its hosts' day opens (course_days), read once a sentence
        for item in participation:
            if not item.date or announced:
                continue  # no year can be known (no page date, none in the text), or the meeting is still to come
            if replaced and any(a <= item.who.start < b for a, b in replaced):
                continue  # （原定由甲致辞，因公务调整）: the one replaced was not there
            key, who = ("organization", names.org(item.who).name) if item.who.kind == "org" else ("person", names.person(item.who))
            fields = {key: who, "event_date": item.date, "role": item.role, "event": event_by_date[item.date] if item.date in event_by_date else ""}
            out.add("participation", fields, view, item.rule, item.confidence)
            if key == "person" and item.role == "attendee" and item.date[7:]:  # (a day, not a month: no call)
                seen_on[who] = item.date
                if item.date == main:
                    at_main[who] = True
                if view.words & _THROUGHOUT or item.rule == "panel_member":  # (an assessing team judges each day of the range)
                    throughout.append((fields, view, item.rule, item.confidence))
            if item.role == "host":
                # the range the text opened, else 为期三天的培训班, 某培训班开班 in the hosts' sentence or the one before (read
                # once for the sentence's hosts of one day)
                if days is not None and item.date == days[0]:
                    span = days
                else:
                    if course is None or course[0] != item.date:
                        course = course_days(view, preceding.get(id(view)), item.date, analysis.article.date) or (item.date, "")
                    span = course
                if span[1]:
                    ranged_hosts.append((fields, view, item.rule, item.confidence, span[1]))
        chair_year = active[:4] if active[:4].isdigit() else event_year
        if claims:
            remember_holders(holders, claims)
        chairs = read_chair_terms(view, claims, chair_year, body, stated_years, holders, page_year, own)
        for chair in chairs + chair_places.read(view, claims, chair_year):
            fields = {
                "organization": names.org(chair.org).name,
                "year": chair.year,
                "network": networks[0] if len(networks) == 1 else chair.network_hint,
                "person": names.person(chair.person) if chair.person else "",
            }
            if chair.rule in DEFERRED_RULES:
                handovers.append((view, chair, fields))  # read once every sentence has stated what it states
            else:
                _add_chair(out, view, chair, fields, chair_years, chair_bodies)
                stated_years = tuple(sorted(chair_years))
        for document in read_documents(view, pronoun_person) if view.titles else ():  # a document is named in 《》
            fields = {"title": "".join(analysis.surface(document.start, document.end).split()), "type": document.type}
            if document.author is not None:
                fields["author"] = names.person(document.author)
                fields["event_date"] = active
            out.add("document", fields, view, "book_title", 0.8)
    # ▲甲将会旗交到乙手中 (a caption) before …乙会接任2027年度轮值主席单位: a handover only fills a year no sentence of the
    # page states, for a body no sentence states a neighbouring year of; one whose sentence states a year first
    for view, chair, fields in sorted(handovers, key=lambda handover: not handover[1].stated):
        if not (chair.year in chair_years or any(abs(int(chair.year) - y) <= 1 for y in chair_bodies.get(fields["organization"], ()) if chair.year.isdigit())):
            _add_chair(out, view, chair, fields, chair_years, chair_bodies)
    for key in [k for k, f in out.facts.items() if f.kind == "participation" and f.fields.get("event_date", "") >= deceased.get(f.fields.get("person", ""), "~")] if deceased else ():
        del out.facts[key]  # the deceased took part in nothing on or after the day they died
    if ranged_hosts:
        # 11月14日至15日，某论坛在合肥举行。论坛由甲会、乙会联合主办: the hosts of a gathering held over a range of days host
        # each later day of it on which the page places people at the gathering's own later part (15日下午，论坛闭幕式…; 分论坛),
        # not at a visit or a meeting of its own (29日，与会人员考察了某地: the hosts receive the visit, they do not host it)
        # the day's event named so, or a sentence of that day naming the part (21日上午，论坛设三个分论坛… where the day's
        # event took its name from a handover held at its closing)
        gathered = {e.date for e in events if _LATER_PART.search(e.name)} | {d for v, d in zip(views, active_dates) if _LATER_PART.search(v.sentence.text)}
        attended = {f.fields["event_date"] for f in out.facts.values() if f.kind == "participation" and f.fields.get("person")}
        taken = attended & gathered
        # (and those said to be there throughout it, 全程陪伴营员, its counsellors, on the same days)
        last_day = {fields["event_date"]: last for fields, _, _, _, last in ranged_hosts}
        series = {id(view) for _, view, _, _, _ in ranged_hosts if SERIES.search(view.sentence.text)}
        # (13日，论坛分设两个分论坛; 13日晚，某会在集市现场开设直播间: a later day whose sentence names the gathering the hosts' sentence
        # names by its noun, read once a hosts' sentence)
        named_on: dict[int, set[str]] = {}
        for _, view, _, _, _ in ranged_hosts:
            if id(view) not in named_on:
                heads = [word for word in _GATHERING_HEADS if word in view.sentence.text]
                head = re.compile("|".join(heads)) if heads else None
                named_on[id(view)] = {d for v, d in zip(views, active_dates) if head.search(v.sentence.text)} & attended if head else set()
        for fields, view, rule, confidence, last in ranged_hosts + [(*there, last_day.get(there[0]["event_date"], "")) for there in throughout]:
            # (服务周由甲、乙联合主办: a gathering made of its days, each day with people there one of its own, a visit too)
            for day in sorted(d for d in (attended if id(view) in series else taken | named_on.get(id(view), set())) if fields["event_date"] < d <= last):
                out.add("participation", {**fields, "event_date": day, "event": event_by_date.get(day, "")}, view, rule + "_over_range", confidence)
    return used_roles


_BRACKET_CLOSE = (")", "）")  # how a heading line naming a speaker with a title chain in brackets ends (excerpt_speaker)
_THROUGHOUT = word_bit("throughout_word")  # SentenceView.words: 全程陪伴营员, 全程陪同 (there each day of the gathering)


_PANEL_MARKER = word_bit("panel_marker")  # SentenceView.words: 成员包括, 组长由 (prose_panel reads an assessing team's)
_GATHERING_HEADS = word_class("gathering_head")  # 论坛, 集市, 大赛: the noun of a gathering held over days (event_words.tsv)
# 闭幕式, 分论坛: a later part of one gathering (event_words.tsv); 第三讲: a later session of a lecture series
_LATER_PART = re.compile(word_alternation("gathering_goes_on") + r"|第[二三四五六七八九十0-9]+讲")
_HOST_TITLE_CUE = TITLE_CUE_RULE + "主持人"  # the host named by the title 主持人 (participation._introduced_by_cue_words)
# 【答记者问】, 答记者问环节, 三、现场问答, ■记者问答: a heading over a press conference's questions and answers
# (qa_heading in data/lexicons/event_words.tsv), alone on its line, with a list mark, brackets or a colon
_QA_HEADING = re.compile(rf"\s*(?:[【\[(■●◆▲]|[一二三四五六七八九十\d]+[、.])?\s*(?:{word_alternation('qa_heading')})(?:环节|实录|摘要|摘编)?[】\])]?\s*:?\s*")
_HOST_LABEL = re.compile(r"\s*(?:【主持人?】|主持人?\s*[:：])")  # 【主持人】某台主持人 甲 (a header line), 主持人：… (a turn)
_PROSE = re.compile(r"[,，。?？!！]")


def _host_turn(view: SentenceView) -> bool:
    """主持人：各位网友，…: a turn of a transcript's host (prose after the label), not a header naming the host."""
    label = _HOST_LABEL.match(view.sentence.text)
    return label is not None and view.sentence.paragraph_start and "】" not in label.group() and _PROSE.search(view.sentence.text, label.end()) is not None


def _named_publisher(analysis: ArticleAnalysis, names: _Names) -> Mention | None:
    """The first mention of the charity body a page's publisher is, or is the office of (来源：某省慈善总会办公室), also
    as a short form (省慈善总会): the body a bulletin's 我会 is (its meeting's body may be another's), or None where the
    page never names it."""
    name = charity_body_of(analysis.article.publisher or "")
    if not name:
        return None
    for view in analysis.views:
        for org in view.orgs:
            if names.org(org).name == name:
                return org
    return None


def _add_chair(out: _Collector, view: SentenceView, chair: ChairClaim, fields: dict, years: set[str], bodies: dict[str, set[int]]) -> None:
    """A chair_term fact, its year and body noted for the handovers read after it."""
    if Fact("chair_term", fields).key() not in out.facts:
        out.add("chair_term", fields, view, chair.rule, chair.confidence)
        years.add(chair.year)
        if chair.year.isdigit():
            bodies.setdefault(fields["organization"], set()).add(int(chair.year))


# 【人物专访】…——访某会会长甲, 【善行人物】…——记乙: a profile, told to a reporter (word_classes.tsv)
_PROFILE_TITLE = re.compile(word_alternation("profile_title_marker"))
# 某会会长甲简介, 【人物简介】 too: a page about one person, whose body named with his title is the page's (_profile_subject)
_SUBJECT_PAGE = re.compile(f"{_PROFILE_TITLE.pattern}|{word_alternation('subject_page_marker')}")
# 关于甲等同志职务任免的通知, 关于聘任乙为总会顾问的决定: a personnel decision, which shows no one at an event
_PERSONNEL_NOTICE = re.compile(rf"\s*关于[^。]*(?:{word_alternation('personnel_notice_word')})[^。]*的(?:通知|决定|通告|公告|批复)\s*$")
_PERSONNEL_TITLE = re.compile(word_alternation("personnel_notice_word"))
# 原定由甲主持，因…改由乙主持: the clause naming the one a programme change replaced, up to its comma or bracket
_REPLACED_PLAN = re.compile(rf"(?:{word_alternation('replaced_plan_marker')})[^,，。;；)）]{{1,30}}")
_REPLACED_PLAN_WORD = word_bit("replaced_plan_marker")  # SentenceView.words: _REPLACED_PLAN can match
_NOTICE_ENDINGS = tuple(word_class("notice_title_ending"))  # 关于…理事会负责人拟任人选的公示: a notice, whatever it names


_SALUTATION = tuple(word_class("salutation_opening"))  # 尊敬的: a salutation addresses the people in the room (word_classes.tsv)


def _tells_no_gathering(view: SentenceView) -> bool:
    """A sentence of a speech with no day, no happening and no cue but what the speaker (我) says or does: it thanks,
    recalls or praises people (我还要感谢甲同志; 从首任会长乙同志到上一届会长丙同志, 历届领导班子…), who are not shown there;
    a salutation (尊敬的…) addresses those in the room."""
    text = view.sentence.text
    if text.startswith(_SALUTATION) or view.has_trigger() or any(d.precision == "day" for d in view.dates):
        return False
    return all(c.cue == "follow" or FIRST_PERSON.search(text, text.rfind(",", 0, c.start - view.start) + 1, c.start - view.start) for c in view.cues)


def _tells_no_event(view) -> bool:
    """A sentence of a profile that names no day or month, no happening and no cue but saying (甲说，…; 乙和他共事多年)."""
    return not any(d.precision in ("day", "month") for d in view.dates) and not view.has_trigger() and all(c.cue in ("quote", "follow") for c in view.cues)


# 新当选的领导班子成员走上主席台, 新一届理事会负责人集体亮相: the newly elected shown at the meeting (word_classes.tsv)
_ELECTED_SHOWN = re.compile(
    "(?:" + "|".join(map(re.escape, word_class("newly_elected"))) + ")[^。；;]*?(?:" + "|".join(map(re.escape, word_class("elected_shown"))) + ")"
)
_SECTION_HEADING_MAX = 20  # characters: a section's heading on a line alone (三、副会长（按姓氏笔画排序）)
_NEWLY_ELECTED = word_bit("newly_elected")  # SentenceView.words: _ELECTED_SHOWN can match
_ELECTED_COLLECTIVE = tuple(word_class("elected_collective"))  # 负责人, 领导班子: all the officers elected, whatever their titles
_COUNCIL_MEMBER_TITLES = frozenset(word_class("council_member_title"))  # 理事, 监事: no officer among the 负责人 (word_classes.tsv)
_CLASS_COMMITTEE = word_bit("class_committee")  # SentenceView.words: a training class's 班委会 is named


class ShownLeaders:
    """The newly elected a sentence shows at the gathering (新一届领导班子成员走上主席台) and the leaders' list lines
    around it (会　长：甲 / 执行会长：乙、丙) whose names were there with them: state carried from sentence to sentence."""

    # (class defaults, each replaced, never changed in place: no __init__, no call made for every page)
    day = ""  # the day of the gathering a sentence last showed the newly elected at
    titles: frozenset[str] | set[str] = frozenset()  # the titles that sentence names (新当选的会长、监事长集体亮相), none: every one
    officers = False  # that sentence shows the officers (负责人): the lines of a council's plain members are not shown
    section = False  # under a heading of one of those titles (三、副会长), the lines of its holders follow
    listed: tuple[tuple[str, Mention, list[Mention], int], ...] = ()  # the leaders' list lines before such a sentence: day, title,
    # names, the line's sentence index
    heading: tuple[str, Mention] | None = None  # a heading line of a title (副会长（按姓氏笔画为序）：) whose list lines open with a name

    def read(self, view: SentenceView, active: str, elected: dict[str, list[tuple[Mention, str]]]) -> list[ParticipationClaim]:
        """The people this sentence (or line) shows at the gathering of `active` as newly elected; `elected`: the people
        elected at the event of each date so far, with the title."""
        text = view.sentence.text
        shown = _ELECTED_SHOWN.search(text) if view.words & _NEWLY_ELECTED else None
        # 会　长：甲 / 执行会长：乙、丙: a line of a leaders' list, its title first (its names follow the label)
        # (the line's title is the role at its start, not the first role read: 会　长：甲（某公司董事长） reads 董事长 first)
        # (副理事长　乙　某公司董事长: a row of a leaders' table, its title cell first and the name's cell after it)
        lead = next((r for r in view.roles if r.start == view.start), None) if view.persons != [] and view.roles != [] and "。" not in text else None
        if lead is not None and ":" not in text and not ((cell := text[:view.persons[0].start - view.start])[-1:].isspace() and len(cell.split()) == 1):
            lead = None
        leader_line = lead is not None
        if leader_line:
            self.heading = None  # 监事长：乙 after 副会长（…）：'s lines: a line of its own title closes the heading's list
            if self.day != active:
                self.listed += ((active, lead, view.persons, view.sentence.index),)
        elif self.heading is not None:
            if view.persons and view.persons[0].start == view.start and view.sentence.paragraph_start and self.heading[0] == active and self.day != active:
                # 方　某（某公司董事长） under 常务副会长（按姓氏笔画为序）：: a line of that heading's list opens with a name
                self.listed += ((active, self.heading[1], view.persons[:1], view.sentence.index),)
            else:
                self.heading = None  # any other line closes the heading's list
        if ":" in text and not view.persons and view.roles and view.roles[0].start == view.start and self.day != active and text.rstrip()[-1:] == ":":
            self.heading = (active, view.roles[0])  # 副会长（按姓氏笔画为序）：: a heading over lines that open with a name
        if shown:
            # 新一届理事会负责人集体亮相: the people the meeting elected were there; 新当选的会长、常务副会长走上主席台:
            # those elected to the titles it names
            named = {r.text for r in view.roles if view.start + shown.start() <= r.start < view.start + shown.end()}
            # (新当选的理事会负责人和监事长: every title elected; 新当选的领导班子成员走上主席台: the leadership, read in the words,
            # not a title)
            said, collective = shown.group(), False
            for word in _ELECTED_COLLECTIVE:  # (a loop, not any() over a generator)
                if word in said:
                    collective = True
                    break
            elected_there = elected.get(active, [])
            titles = set() if collective else named & {title for _, title in elected_there}
            self.titles = set() if collective else {title for title in named if title.endswith(_CHARITY_TITLES)}  # (not 领导班子成员: all of them)
            self.day = active
            self.officers = collective
            # the list's lines right before the sentence (a heading line between them): its people, whatever day the list was
            # told on (第六届领导班子名单：… over 3月6日，大会闭幕，新当选的领导班子成员集体亮相: shown at the closing)
            run = view.sentence.index
            for _, _, _, line in reversed(self.listed):
                if line < run - 2:
                    break
                run = line
            # 执行会长：乙、丙 listed before 新当选的会长甲和三位执行会长走上主席台: the lines of a title it names, that day
            return [
                ParticipationClaim(person, "attendee", active, "elected_shown", 0.7)
                for person, title in elected_there
                if not titles or title in titles
            ] + [
                ParticipationClaim(person, "attendee", active, "elected_shown", 0.7)
                for day, title, persons, line in self.listed if (day == active or line >= run) and (
                    "".join(title.text.split()) not in _COUNCIL_MEMBER_TITLES if collective else "".join(title.text.split()) in self.titles)
                for person in persons
            ]  # (新一届理事会负责人走上主席台: the lines of every officer's title listed before, not 理　事 or 监　事)
        if self.day != active:
            return []
        title = "".join(lead.text.split()) if leader_line else ""
        if leader_line and (title in self.titles or not (self.titles or (self.officers and title in _COUNCIL_MEMBER_TITLES))):
            # ▲新一届领导班子成员走上主席台 over the list of the new leaders the page gives (会　长：甲 / 副会长：乙　丙): each name
            # on a line of it was shown there, of the titles that sentence names if it names any (docs/gold-conventions.md, presence);
            # 负责人 are the officers, so a 理　事 or 监　事 line under it shows no one
            return [ParticipationClaim(person, "attendee", active, "elected_shown", 0.7) for person in view.persons]
        if view.sentence.paragraph_start and "。" not in text and len(text) <= _SECTION_HEADING_MAX and not view.persons:
            # 三、副会长（按姓氏笔画排序） over the lines of the new leaders of that title: a heading of a title the sentence showed
            # opens a section, any other heading (五、副秘书长, 六、监事会; 理事 under 新当选的理事会负责人…见面) closes it
            # (a collective sentence, 新一届理事会负责人集体亮相, shows every officer's title: 副 会 长（按姓氏笔画为序）： opens one too)
            heading = "".join(view.roles[0].text.split()) if view.roles else _padded_title(text)
            self.section = heading in self.titles or (self.officers and heading != "" and heading not in _COUNCIL_MEMBER_TITLES)
            return []
        if self.section and view.sentence.paragraph_start and view.persons and view.persons[0].start == view.start:
            # 甲　某公司董事长 / 乙，男，1978年9月生，…: a line of that section opening with a name shows one of them there
            return [ParticipationClaim(view.persons[0], "attendee", active, "elected_shown", 0.7)]
        return []


# 副 会 长（按姓氏笔画为序）：, 三、常务理事: a section heading's title alone before its bracket or colon, padded or not
_HEADING_TITLE = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?(?P<title>[^()（）:：,，。]{2,16}?)\s*(?:[(（][^()（）]*[)）])?\s*[:：]?\s*$")


def _padded_title(text: str) -> str:
    """The title a heading line names when no role was read in it (its characters padded by single spaces: 副 会 长), else ""."""
    match = _HEADING_TITLE.match(text)
    title = "".join(match.group("title").split()) if match else ""
    return title if title in lexicons().roles else ""


def _meeting_body(analysis: ArticleAnalysis, events: list) -> Mention | None:
    """The organization whose meeting the article reports (江西省慈善总会第五次会员代表大会), else the title's first one.

    Elections and appointments that name no organization (会议选举甲为会长) are held in it.
    """
    subject = _profile_subject(analysis)
    if subject is not None:
        return subject
    for event in events:
        # (走访了总会设在某街道的“某某”慈善超市, 到某县社会福利中心慰问: a facility or a home visited holds no meeting; 仪式在
        # 某宾馆举行: nor does the hotel or conference centre that only houses it)
        inside = [o for o in event.sentence.orgs if event.start <= o.start and o.end <= event.end and o.info.get("type") != HOUSING_TYPE and not (
            event.type == "visit" and ("facility" in o.info or o.info.get("type") == "rehabilitation_center"))]
        if inside:
            return inside[0]
        if event.type == "meeting" and event.sentence.sentence.index < 0 and _OWN_COUNCIL_MEETING.search(event.name):
            # 某会召开三届六次理事会 as the page's title: its council's meeting named without the body is the one the body
            # before it convenes (not 某会召开座谈会: a talk the host holds with guests, whose officers are the guests' own; not
            # a digest's item in its text, one of the page's several bodies)
            convening = [o for o in event.sentence.orgs if o.end <= event.start and "refers" not in o.info and o.info.get("type") != HOUSING_TYPE
                         and (verb := _CONVENES.match(analysis.normalized, o.end)) is not None and verb.end() <= event.start]
            if convening:
                return convening[-1]
    title = next((v for v in analysis.views if v.sentence.index < 0), None)
    if title is not None and title.orgs:
        return title.orgs[0]
    # an undated meeting: the first organization the body says convened one (某会召开第二届会员大会)
    for view in analysis.views:
        for org in view.orgs:
            if "refers" not in org.info and _CONVENES.match(analysis.normalized, org.end) and org.info.get("type") != HOUSING_TYPE:
                return org
    # else the publisher, when the article names it: a federation reporting its own work
    publisher = normalize(analysis.article.publisher)
    # (总会: the publisher speaking of itself in a notice that never writes its name counts too)
    named = next((o for v in analysis.views for o in v.orgs if publisher and publisher in (o.text, o.info.get("refers"))), None)
    return named if named is not None else _publisher_body(analysis, publisher)


def _profile_subject(analysis: ArticleAnalysis) -> Mention | None:
    """某会会长甲简介, ——访某会副会长兼秘书长乙, 【人物简介】…起任某会会长: a profile's or an interview's subject is
    named with his body and title in the page's header or its first line; that body is the page's, whatever body the
    career or the talk visits (赴某会考察交流, 在某市碰了一次头)."""
    normalized, body_start = analysis.normalized, analysis.article.body_start
    lead_end = normalized.find("\n", body_start + 1)  # the header and the body's first line: one search for a marker
    if _SUBJECT_PAGE.search(normalized, 0, lead_end if lead_end > 0 else len(normalized)) is None:
        return None  # most pages are no profile
    for view in analysis.views:
        if view.start >= lead_end > 0:
            break
        starts = {r.start for r in view.roles}
        for org in view.orgs:
            if org.end in starts and org.info.get("type") in _CHARITY_TYPES:
                return org
    return None


def _publisher_body(analysis: ArticleAnalysis, publisher: str) -> Mention | None:
    """领导之窗, 组织机构 (来源：某市慈善总会): a charity body's own page whose title and text never name it holds the posts
    it lists; the publisher, as the page's header writes it, is that body."""
    if len(publisher) < 4 or not publisher.endswith(_CHARITY_ENDINGS) or place_of(publisher) == ("", ""):
        return None
    at = analysis.normalized.find(publisher)
    if at < 0:
        return None
    suffix = longest_org_suffix(publisher)
    kind = lexicons().org_suffixes[suffix] if suffix else "other"
    return Mention("org", at, at + len(publisher), publisher, {"type": kind, "suffix": "", "publisher": True})


_OWN_COUNCIL_MEETING = re.compile(word_alternation("own_council_meeting"))  # 理事会, 会员大会 (data/lexicons/word_classes.tsv)
_CONVENES = re.compile(rf"[^,。;!?]{{0,20}}?(?:{word_alternation('convene_verb')})")
_RENAMED = re.compile(r"^(?:正式)?(?:更名为|改名为|更名)$")


def _renamed(analysis: ArticleAnalysis) -> dict[str, str]:
    """甲更名为乙, 乙(原甲): the former name of an organization, as the article states it."""
    renamed: dict[str, str] = {}
    for view in analysis.views:
        orgs = view.orgs
        for before, after in zip(orgs, orgs[1:]):
            gap = analysis.normalized[before.end:after.start].strip()
            if _RENAMED.match(gap):
                renamed[analysis.surface(before.start, before.end)] = analysis.surface(after.start, after.end)
            elif gap in ("(原", "（原") and analysis.normalized[after.end:after.end + 1] in ")）":
                renamed[analysis.surface(after.start, after.end)] = analysis.surface(before.start, before.end)
    return renamed


_CHARITY_TYPES = ("charity_federation", "foundation", "association")
_CHARITY_ENDINGS = tuple(word_class("charity_body_ending"))  # data/lexicons/word_classes.tsv
_FEDERATION_TYPES = ("charity_federation", "foundation")
_CHARITY_TITLES = word_class("charity_title")  # data/lexicons/word_classes.tsv


def _headed_school(org: Mention) -> bool:
    """A body a 校长 with no body written heads: a university, or a school named in full (某县第一中学, 某镇中心小学)."""
    return _names_school(org) or org.info.get("type") == "school"


def _names_school(org: Mention) -> bool:
    """A university or college named in full (某某大学), or by the bare 校 that stands for one (校党委书记)."""
    return org.info.get("type") == "university" and referred_name(org).endswith(_UNIVERSITY_ENDINGS)


def _page_school(analysis: ArticleAnalysis) -> Mention | None:
    """The school a page is about, for a 校长 with no body in a sentence that names none: the one 大学 its body
    names, else the one 中学 (小学); none where it names several (a page of many schools names each head's) or
    only 学院 (a university's schools: 某大学教育科学学院 has a 院长, no 校长)."""
    if "校长" not in analysis.normalized:
        return None  # most pages write no school head (an operator test, no calls)
    orgs = [o for v in analysis.views if v.sentence.index >= 0 for o in v.orgs]
    named = [o for o in orgs if _names_school(o) and referred_name(o).endswith(_UNIVERSITY)]
    if not named:  # a secondary school's page (某大学附属中学, 某县第一中学): the one school it names
        named = [o for o in orgs if o.info.get("type") == "school"]
    return named[0] if len({referred_name(o) for o in named}) == 1 else None


def _page_hospital(analysis: ArticleAnalysis) -> Mention | None:
    """The hospital a page is about, for a 院长 with no body in a sentence that names none (…。甲副院长补充说): the one
    医院 (卫生院) its body names, where it names no 大学 or 学院 (whose 院长 heads a school) and no other hospital."""
    if "院长" not in analysis.normalized:
        return None  # most pages write no 院长 (an operator test, no calls)
    orgs = [o for v in analysis.views if v.sentence.index >= 0 for o in v.orgs]
    if any(referred_name(o).endswith(_UNIVERSITY_ENDINGS) for o in orgs):
        return None
    named = [o for o in orgs if referred_name(o).endswith(_HOSPITAL_ENDINGS)]
    return named[0] if len({referred_name(o) for o in named}) == 1 else None


@dataclass
class _PageBodies:
    """The bodies a title with no body written may be held in, read once per page for all its sentences: the meeting's
    body and whether it is a charity's, the latest council term the page writes, and where a title may take a body
    another sentence names: the sentence before each in its paragraph, the page's one school, its one hospital and
    whether the meeting body is its one charity body."""

    body: Mention | None
    charity: bool  # the meeting body is a charity federation, foundation or association
    latest: int  # 第六届 in a page that also writes 第五届理事会会长: the fifth council's titles are former posts
    preceding: dict[int, SentenceView] | None = None  # id of a sentence -> the sentence before it in its paragraph
    school: Mention | None = None
    hospital: Mention | None = None
    sole_charity: Callable[[], bool] | None = None

    def orgs_before(self, view: SentenceView) -> list[Mention]:
        """The bodies the sentence before `view` in its paragraph names, looked up only for a title a guess needs them
        for (most sentences' titles have their body written)."""
        before = self.preceding.get(id(view)) if self.preceding is not None else None
        return before.orgs if before is not None else []


def _in_meeting_body(claims: list[PositionClaim], view: SentenceView, page: _PageBodies) -> list[PositionClaim]:
    """秘书长张三作工作报告 in an article about a federation's own meeting: a federation title with no
    organization written is held in the federation the sentence named last before it (座谈会由甲会会长乙主持，
    副会长丙介绍…: the host's officers), else in the federation whose meeting it is. Other titles (副市长,
    教授) stay without one. A title of a numbered council (第五届理事会会长甲) is written, not guessed: the
    meeting body's, a former post where the article writes a later term (`page.latest`). A title held at the time of a
    past event the sentence before told (某会轮值。时任会长甲提议…) is held in the body that sentence named last.
    A title after a name (甲会长在讲话中要求…) in a sentence naming no body is the meeting body's only where
    `page.sole_charity()` says the page names no other charity body."""
    body = page.body
    result = []
    text, offset = view.sentence.text, view.start
    party_unplaced = False  # a party title with no body (党委副书记、常务副会长甲)
    second_list: int | None = None  # where a bare sole title another holds in the sentence's body opened a list
    council_title: PositionClaim | None = None  # the last title read in a numbered council (第二届理事会副理事长)
    for claim in claims:
        in_council = claim.org is None and claim.rule != "name_title" and page.charity
        council = council_before().search(text, 0, claim.role.start - offset) if in_council and "届" in text else None
        if council is not None:
            former = claim.former or 0 < term_number(council.group()) < page.latest
            claim = council_title = replace(claim, org=body, former=former, rule="council_title", confidence=0.7)
        elif in_council and council_title is not None and council_title.person is claim.person and text[council_title.role.end - offset:claim.role.start - offset] in _COUNCIL_CHAIN_JOINS:
            # 第二届理事会副理事长兼秘书长甲: the title joined to a council's title is held in the same body
            claim = replace(claim, org=body, former=council_title.former, rule="council_title", confidence=0.7)
        elif claim.org is None and (claim.role.text.endswith(_HOSPITAL_HEADS) or claim.role.text in PROFESSIONAL_TITLES):
            # 来到某县人民医院…。院长甲陪同: a hospital's head with no body written heads the hospital named last (this
            # sentence, else the one before it in the paragraph); 专家组由某医院某科主任甲领衔，成员包括副主任医师乙: a
            # doctor's grade is held in the hospital the sentence named before it (gold-conventions), no other guessed
            named = [o for o in view.orgs if o.end <= claim.role.start and o.text.endswith(_HOSPITAL_ENDINGS)]
            grade = claim.role.text in PROFESSIONAL_TITLES
            if grade and not named:
                units = [o for o in view.orgs if o.end <= claim.role.start and hospital_of(o.text)]  # 某医院某科: its hospital
                named = [hospital_mention(units[-1])] if units else []
            elif not named:
                named = [o for o in page.orgs_before(view) if o.text.endswith(_HOSPITAL_ENDINGS)]
            if named:
                claim = replace(claim, org=named[-1], rule="sentence_hospital_title", confidence=0.6)
            elif page.hospital is not None and not grade and not any(o.info.get("type") in ("school", "university") for o in view.orgs):
                claim = replace(claim, org=page.hospital, rule="page_hospital_title", confidence=0.5)
        elif claim.org is None and claim.role.text.endswith(_SCHOOL_HEADS):
            # 副校长甲 with no body written: the university the sentence named before it (校党委书记甲，副校长乙: its
            # bare 校 too), else the one the sentence before it in the paragraph names, else the page's one university
            named = [o for o in view.orgs if o.end <= claim.role.start and _headed_school(o)]
            if not named:
                named = [o for o in page.orgs_before(view) if _headed_school(o)]
                if len({referred_name(o) for o in named}) > 1:
                    named = []  # 甲大学与乙大学签约。副校长丙…: either's
            if named:
                claim = replace(claim, org=named[-1], rule="sentence_school_title", confidence=0.6)
            elif page.school is not None and not any(o.info.get("type") == "school" for o in view.orgs):
                # (某中学举行，甲校长致辞: a head of the school the sentence names, not of the page's university)
                claim = replace(claim, org=page.school, rule="page_school_title", confidence=0.5)
        elif claim.org is None and claim.rule != "name_title" and (claim.role.text in _STATION_POSTS or claim.role.text[-1:] == "长" and (
                claim.role.text[-2:-1] in _HEADED_UNITS or claim.role.text[-2:-1] in _SENTENCE_HEADED_UNITS)):
            # 某救援队也来到现场，队长甲发言; 某县图书馆…。馆长乙介绍: a unit's head with no body written heads the body ending
            # in that unit the sentence named before the title, else the one the sentence before it names last; 走访了某镇
            # 慈善工作站，站长甲介绍 (社工乙 too): a 站's head or worker only where the sentence names that one 站 before
            # the title, else where it names none and the sentence before names that one 站 and no other; a 局's head only
            # where its own sentence names that 局 (written_headed_unit)
            unit = "站" if claim.role.text in _STATION_POSTS else claim.role.text[-2]
            named = [o for o in view.orgs if o.end <= claim.role.start and _unit_named(o, unit)]
            if named and unit in _WRITTEN_HEADED_UNITS and (text[claim.role.start - offset - 1:claim.role.start - offset] == unit or any(
                    named[-1].end <= o.start and o.end <= claim.role.start for o in view.orgs)):
                # 某局召开…，副局长甲主持: the bureau named before the title in its sentence, and no other body since; not 县国资局局长
                # 乙 (that bureau, written right before the title, is not read as a body) nor 某局局长丙、某会会长丁，局长戊
                named = []
            if unit in _SENTENCE_HEADED_UNITS:
                if not named:  # (a 站 the sentence names after the title is another's: 站长甲介绍…，走进某“爱心驿站”)
                    named = [o for o in page.orgs_before(view) if _unit_named(o, unit)]
                named = named if len({referred_name(o) for o in named}) == 1 else []
            elif not named and unit not in _WRITTEN_HEADED_UNITS:
                named = [o for o in page.orgs_before(view) if _unit_named(o, unit)]
            if not named and body is not None and unit not in _WRITTEN_HEADED_UNITS and (claim.role.text not in _STATION_POSTS or text.endswith(_AT_THE_UNIT, 0, claim.role.start - offset)) \
                    and _unit_named(body, unit) and not any(_unit_named(o, unit) for o in view.orgs + page.orgs_before(view)):
                # 某镇社会工作服务站揭牌…。站长由某中心项目主管甲担任; 驻站社工：乙　丙: the unit whose own gathering the page
                # reports, where neither sentence names a unit of that kind (a worker only where the text says she is
                # stationed there: 社工乙 alone may be any 站's, or a byline's)
                named = [body]
            if named:
                claim = replace(claim, org=named[-1], rule="sentence_unit_head", confidence=0.6)
        elif claim.org is None and claim.rule == "name_title" and not view.orgs and page.sole_charity is not None and claim.role.text.endswith(_CHARITY_TITLES) \
                and page.sole_charity():
            # 甲会长在讲话中要求… in the minutes or a speech of the one charity body the page names: its post, a guess that
            # yields to a charity post the page writes for the person
            claim = replace(claim, org=body, rule="meeting_body_title", confidence=0.5)
        elif claim.org is None and claim.rule != "name_title" and claim.role.text.endswith(_CHARITY_TITLES) and not titled_for_a_group(text, claim.role.start - offset):
            # (四地慈善会（基金会）秘书长甲、乙: each in a body the page does not say, titled_for_a_group)
            # a body written after another title of one person's chain (某会会长、某促进会名誉会长甲) is that
            # person's other post, not the sentence's host, where a federation stands before it as the host
            role_ends = {r.end for r in view.roles}
            named = [o for o in view.orgs if o.end <= claim.role.start and o.info.get("type") in _CHARITY_TYPES]
            hosts = [o for o in named if not (text[o.start - offset - 1:o.start - offset] in ("、", "兼") and o.start - 1 in role_ends)]
            if any(o.info.get("type") in _FEDERATION_TYPES for o in hosts):
                named = hosts
            if named and _TRAVELLING_WITH.match(text, claim.role.end - offset) is not None:
                # 甲带队赴某会考察交流，副会长乙、秘书长丙随同考察: those who go with the visitor are not the visited body's
                named = [o for o in named if _GOING_TO.search(text, 0, o.start - offset) is None]
            if not named and text.endswith(AT_THE_TIME, 0, claim.role.start - offset):
                named = [o for o in page.orgs_before(view) if o.info.get("type") in _CHARITY_TYPES]
            if named and (claim.role.text in _SOLE_TITLES and _held_by_another(claim, named[-1], claims) or (
                    second_list is not None and not _CLAUSE_BREAK.search(text, second_list - offset, claim.role.start - offset))):
                # 会议由某会会长甲主持，会长乙、秘书长丙参加: a body has one 会长, so the second one, with no body written, and
                # the list of titles he opens are another body's (the page's own, below), not the host's
                second_list, named = claim.role.start, []
            if named:
                claim = replace(claim, org=named[-1], rule="sentence_body_title", confidence=0.6)
            elif page.charity:
                # a page of the publisher's own (领导之窗) lists its posts: no guess that yields to a post written elsewhere
                claim = replace(claim, org=body, rule="publisher_body_title" if body.info.get("publisher") else "meeting_body_title", confidence=0.6)
        if claim.org is None and "党" in claim.role.text:
            party_unplaced = True
        result.append(claim)
    if party_unplaced:
        # 党委副书记、常务副会长甲 with no body written: the party title is held where the chain's other title is
        guessed = {c.person.start: c for c in result if c.org is not None and c.rule in ("sentence_body_title", "meeting_body_title", "publisher_body_title")}
        result = [replace(c, org=guessed[c.person.start].org, rule=guessed[c.person.start].rule, confidence=0.6)
                  if c.org is None and c.role.text.startswith(_PARTY_UNITS) and c.person.start in guessed else c for c in result]
    return result


_COUNCIL_CHAIN_JOINS = ("兼", "、")  # between two titles of one person held in one body
_SOLE_TITLES = frozenset(word_class("sole_title"))  # 会长, 秘书长: one holder in a body at a time (word_classes.tsv)
_CLAUSE_BREAK = re.compile(r"[,，;；。]")
# 副会长乙、秘书长丙随同考察: the rest of a title's clause says its holders travel with a visiting party (word_classes.tsv)
_TRAVELLING_WITH = re.compile(rf"[^,，;；。]*?(?:{word_alternation('travelling_with_word')})")
_GOING_TO = re.compile(rf"(?:{word_alternation('visit_going')})$")  # 赴某会: the body right after it is the one visited


_NAME_CLOSING_MARKS = "”」』’"  # 某街道“工会爱心驿站”: a quoted name's closing mark after its ending


def _unit_named(org: Mention, unit: str) -> bool:
    """Whether the page's own unit's name ends in a unit's character (站 of 站长), a quoted name's closing mark left aside
    (某街道“爱心驿站”揭牌…。站长由甲兼任)."""
    return referred_name(org).rstrip(_NAME_CLOSING_MARKS).endswith(unit)


def _one_charity_body(analysis: ArticleAnalysis, names: _Names, body: Mention) -> bool:
    """Whether every charity body the page names is `body` (a federation's minutes or speech naming no other)."""
    own = names.org(body).name
    written = body.text
    for view in analysis.views:  # (plain loops: a body written as the meeting body is asks no name)
        for org in view.orgs:
            if org.text != written and org.info.get("type") in _CHARITY_TYPES and names.org(org).name != own:
                return False
    return True


def _held_by_another(claim: PositionClaim, body: Mention, claims: list[PositionClaim]) -> bool:
    """Whether the sentence gives `claim`'s title in `body` to another person (某会会长甲…，会长乙)."""
    for other in claims:
        if other.org is not None and other.org.start == body.start and other.role.text == claim.role.text and other.person.start != claim.person.start:
            return True
    return False


_PARTY_UNITS = tuple(word_class("party_committee")) + ("党组",)  # 党委委员, 党支部书记, 党组成员: a party title in a body


def _drop_guessed_posts(facts: list[Fact], kinds: _Kinds) -> list[Fact]:
    """A post guessed from the meeting body yields to a charity post the article writes out for that person (a post in
    a government body or a company, 副会长：甲（某局副局长）, says nothing about which charity holds the guessed title)."""
    guessed_posts: set[int] = set()
    for post in kinds.positions:  # (plain loops: each post's evidence read once, no call per post)
        for evidence in post.evidence:
            if evidence.rule != "meeting_body_title":
                break
        else:
            guessed_posts.add(id(post))
    if not guessed_posts:
        return facts  # no post guessed (most articles): nothing yields
    written = {f.fields["person"] for f in kinds.positions if id(f) not in guessed_posts and f.fields["role"].endswith(_CHARITY_TITLES)}
    written_roles = {(f.fields["person"], f.fields["role"]) for f in kinds.positions if id(f) not in guessed_posts}

    def yields(fact: Fact) -> bool:
        if fact.fields.get("status") == "former":
            return (fact.fields["person"], fact.fields["role"]) in written_roles  # 原会长甲 … 聘请甲为名誉会长: both hold
        return fact.fields["person"] in written

    return [f for f in facts if not (f.kind == "position" and id(f) in guessed_posts and yields(f))]


def _drop_vaguer_dates(facts: list[Fact], kinds: _Kinds) -> list[Fact]:
    """日前，甲率队赴某省考察。15日上午，…; 16日，…: a trip told first by its month and then day by day is its days.
    A visit dated by a month yields to visits dated by a day of that month, and so does a person's attendance."""
    day_visits = {f.fields["date"][:7] for f in kinds.events if f.fields.get("type") == "visit" and len(f.fields["date"]) == 10}
    if not day_visits:
        return facts
    attended = {(f.fields.get("person"), f.fields["event_date"][:7]) for f in kinds.participations if len(f.fields["event_date"]) == 10}
    # 近日，某联盟交接活动在武汉举行: a month-dated event other than a visit keeps its month's people
    day_visits -= {f.fields["date"] for f in kinds.events if f.fields.get("type") != "visit"}

    def vaguer(fact: Fact) -> bool:
        if fact.kind == "event":
            return fact.fields.get("type") == "visit" and fact.fields["date"] in day_visits
        if fact.kind == "participation" and fact.fields["event_date"] in day_visits:
            return (fact.fields.get("person"), fact.fields["event_date"]) in attended
        return False

    return [f for f in facts if not vaguer(f)]


_SEPARATELY = re.compile(word_alternation("separately_word"))  # data/lexicons/event_words.tsv: 分别, 分头
_GOING = re.compile(word_alternation("visit_going"))
_RANGE_OF_DAYS = re.compile(r"[0-9]{1,2}日?\s*(?:至|到|[-—–~～])\s*(?:[0-9]{1,2}月)?[0-9]{1,2}日")


def _separately_on_their_days(facts: list[Fact], text: str) -> list[Fact]:
    """1月19日至22日，会长甲，副会长乙、丙分别带队，分赴各镇走访 (then 20日，乙带队到某社区…): people who go out separately over
    a range of days take part on the days the page names them on, not on the range's first day as well. `text` is the
    article's normalized text."""
    if _SEPARATELY.search(text) is None or _RANGE_OF_DAYS.search(text) is None:
        return facts  # (most articles)
    days: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind == "participation" and "person" in fact.fields:
            days.setdefault(fact.fields["person"], set()).add(fact.fields["event_date"])
    later = {person for person, dates in days.items() if len(dates) > 1}
    return [f for f in facts if not (f.kind == "participation" and f.fields.get("person") in later and _went_separately(f, days[f.fields["person"]], text))]


def _went_separately(fact: Fact, days: set[str], text: str) -> bool:
    """Every sentence placing the person on the fact's day opens a range of days there and says, after the person's name
    and before any going (赴, 到), that they went separately (甲、乙分别带队, 甲，乙带队，分头走访); and the person takes part on
    a later day of the range. `text` is the article's normalized text, which holds each evidence sentence at its offsets."""
    first, name = fact.fields["event_date"], fact.fields["person"]
    for evidence in fact.evidence:
        at = evidence.sentence.find(name)  # (the name as written: normalize keeps each offset)
        sentence = text[evidence.start:evidence.end]
        mark = _SEPARATELY.search(sentence, at) if at >= 0 else None
        span = _RANGE_OF_DAYS.search(sentence, 0, at) if mark else None
        if span is None or _GOING.search(sentence, at, mark.start()):
            return False
        last = range_last_day(span.group(), first)
        if last is None or not any(first < day <= last for day in days):
            return False
    return bool(fact.evidence)


_UMBRELLA_ENDINGS = tuple(word_class("umbrella_event_ending"))  # data/lexicons/event_words.tsv: 系列活动, 月活动


def _series_yields_to_its_gathering(facts: list[Fact], kinds: _Kinds) -> list[Fact]:
    """9月5日，某市中华慈善日系列活动启动…，某主题活动暨启动仪式在某广场举行: a series or a month's campaign (某系列活动,
    某敬老月活动) is no gathering; named on a day that has a gathering of its own (its launch, a ceremony, a meeting), that
    gathering is the day's event, and the people of the series' sentence took part in it. (Names are as written: a
    traditional page's 系列活動 is read normalized.)"""
    umbrellas = {(f.fields["date"], f.fields["name"]) for f in kinds.events if normalize(f.fields["name"]).endswith(_UMBRELLA_ENDINGS)}
    if not umbrellas:
        return facts  # (most articles)
    gathering: dict[str, str] = {}  # the first other event of each day
    for fact in kinds.events:
        if (fact.fields["date"], fact.fields["name"]) not in umbrellas:
            gathering.setdefault(fact.fields["date"], fact.fields["name"])
    dropped = {(date, name) for date, name in umbrellas if date in gathering}
    for fact in kinds.participations:
        if (fact.fields["event_date"], fact.fields.get("event")) in dropped:
            fact.fields["event"] = gathering[fact.fields["event_date"]]
    return [f for f in facts if not (f.kind == "event" and (f.fields["date"], f.fields["name"]) in dropped)]


def _month_event_on_its_day(facts: list[Fact], kinds: _Kinds) -> list[Fact]:
    """近日，我会秘书长甲赴南京参加某联谊会 (a site's own lead), then the item it reposts: 7月8日，某联谊会在南京举行: an event
    dated by its month alone that the article names again, word for word, on a day of that month is that day's event, and
    its people took part on that day."""
    days = {(f.fields["date"][:7], f.fields["name"]): f.fields["date"] for f in kinds.events if len(f.fields["date"]) == 10}
    moved = {key: days[key] for key in ((f.fields["date"], f.fields["name"]) for f in kinds.events if len(f.fields["date"]) == 7) if key in days} if days else None
    if not moved:
        return facts  # (most articles: no event dated by its month alone, or none named again on a day)
    taking_part = {(f.fields.get("person") or f.fields.get("organization"), f.fields["event_date"], f.fields["role"]) for f in kinds.participations}
    kept: list[Fact] = []
    for fact in facts:
        if fact.kind == "event" and (fact.fields["date"], fact.fields["name"]) in moved:
            continue
        if fact.kind == "participation" and (day := moved.get((fact.fields["event_date"], fact.fields.get("event")))):
            if ((fact.fields.get("person") or fact.fields.get("organization")), day, fact.fields["role"]) in taking_part:
                continue  # the day's report names them too
            fact.fields["event_date"] = day
        kept.append(fact)
    return kept


def _add_org(out: _Collector, entry: OrgEntry, view: SentenceView, rule: str, confidence: float, made: dict[int, dict]) -> None:
    fields = made.get(id(entry))
    if fields is None:
        fields = made[id(entry)] = {"name": entry.name, "aliases": sorted(entry.aliases), "type": entry.type, "region": region_of(entry.name)}
        if entry.parent:
            fields["parent"] = entry.parent
    out.add("organization", fields, view, rule, confidence)


def _dedupe(facts: list[Fact], documents: list[Fact]) -> list[Fact]:
    """A document found with and without its presenter is one document: keep the richer one. `documents`: the
    documents among `facts`, in their order."""
    if not documents:
        return facts  # (most articles)
    kept = [fact for fact in facts if fact.kind != "document"]  # (one comprehension, no append call per fact)
    by_title: dict[str, Fact] = {}
    for fact in documents:
        title = fact.fields["title"]
        if title not in by_title or (fact.fields.get("author") and not by_title[title].fields.get("author")):
            if title in by_title:
                fact.evidence = by_title[title].evidence + fact.evidence
            by_title[title] = fact
    return kept + list(by_title.values())


def _unhandled(analysis: ArticleAnalysis, used_roles: set[int]) -> list[str]:
    """Titles that no rule tied to a person: what a reviewer should look at."""
    return [
        f"at {role.start}: title {role.text} tied to no name in: {view.sentence.text[:50]}"
        for view in analysis.views
        for role in view.roles
        if role.start not in used_roles
    ]
