"""Who took part in which event, in what role (docs/FACTS.md: attendee, chair, speaker, witness, host).

A cue word (主持, 致辞, 见证, 主办) gives its role to the people (or, for
host, the organizations) named between the previous cue and itself. Every
person named outside reported speech is an attendee. After 指出/表示 the
rest of the sentence is reported speech: the people in it were not there,
unless the clause dates an event of its own (某某…在2023年11月30日召开…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import ANNEX_LEAD, Cue, SentenceView, _meets
from .appointments import absent_after, appointing_before_names
from .dates import lasting_last_day, range_last_day
from .events import ESCORTED_BY, OTHER_TIME_HEADS, spoken_of, told_at_another_time
from .lexicon import ParticipationCue, lexicons, longest_org_suffix, word_alternation, word_bit, word_class
from .mentions import Mention, by_start
from .person_names import PRESENCE_LINE_LABEL
from .tables import TableRow
from .text import CLAUSE_MARKS, DIGITS, INNER_CLAUSE_MARKS, TURN_LEAD, clause_start


@dataclass(slots=True)
class ParticipationClaim:
    who: Mention
    role: str
    date: str
    rule: str
    confidence: float


# 到会并作点评, 出席并共同见证, 出席某某论坛开幕式并致辞, 甲陪同，并介绍了…, 参加并就…提出意见: a second cue joined to the first by 并,
# after the first cue's object in its clause (words in data/lexicons/event_words.tsv)
_AND_THEN = re.compile(
    rf"(?:[^,。;:]{{0,24}},?并(?:{word_alternation('and_then_adverb')})?(?:(?:{word_alternation('and_then_topic')})[^,。;:]{{1,24}}?)?"
    rf"(?:(?:{word_alternation('and_then_verb')})[^,。;:]{{0,8}}?)?)?"  # 并作重要讲话, 并作了热情洋溢的讲话: the speech's words between
)
# 的, 的顺利 …: what stands right before a cue word used as a noun (one str.endswith, not a regex search of the clause)
_NOUN_ENDINGS = ("的",) + tuple("的" + word for word in word_class("noun_manner"))
_CLAUSE_END = re.compile(r"[,;:。!?]")
_SEMICOLON = re.compile(r"[;；]")
_ELECTED_ONLY = ("appointed_name", "removed_name", "elected_name")  # persons found only as elected or appointed (选举甲为会长, 甲当选为会长)
_LISTED_ONLY = ("colon_list_name", "roster_name", "bracketed_name", "line_name", "counted_name", "table_name", "cell_name", "label_name", "donor_row_name")  # persons found only as items of a list (甲（某公司董事长）、乙、丙; 丁　某局局长; 戊等10名同志)
_PRESENCE_PROOF = word_class("presence_proof")  # data/lexicons/word_classes.tsv
# (主持秘书处工作, 主持办公室日常工作: the work of a unit, named between)
_CHARGE = re.compile(rf"(?:[\u4e00-\u9fff]{{1,5}}[处部科室办组])?(?:{word_alternation('charge_object')})")
_FUTURE_HOST = re.compile(f"{word_alternation('future_marker')}|{word_alternation('next_time')}")
# 多年来坚持…, 被评为…, 荣获…称号: a person's profile or award (docs/gold-conventions.md: awarded is not present)
_PROFILE = re.compile(f"{word_alternation('profile_marker')}|获得了?[^,，。;；]{{0,20}}称号")
# 我, 我们 (not 我会, 我市: a body's word for itself): the speaker of a speech, whose acts are no one else's (word_classes.tsv)
FIRST_PERSON = re.compile(rf"(?!{word_alternation('self_reference')}|{word_alternation('first_person_place')})(?:{word_alternation('first_person')})")
_PERSON_ROLES = ("chair", "speaker", "witness")  # the roles a cue gives to people (cues.tsv); attendee comes with presence


_IN_TURN = word_class("in_turn_adverb")  # data/lexicons/event_words.tsv (each word holds 轮: the cue loop tests "轮" in the sentence first)
_THIS_EVENT = re.compile(word_alternation("this_event_word"))


TITLE_CUE_RULE = "title_cue:"  # rule of a role a title names right before its person (主持人甲); the build matches 主持人 by it

def _hosts_in_turn(view: SentenceView, cue: Cue) -> bool:
    """由甲、乙轮流主办, 此后由甲（2024年度）、乙（2025年度）轮值主办: the series' hosts each in turn, no host of this event (本次会议
    由甲轮值主办 is)."""
    return view.sentence.text.endswith(_IN_TURN, 0, cue.start - view.start) and _THIS_EVENT.search(view.sentence.text) is None


_CLAUSE_YEAR = re.compile(r"([0-9]{4})年")
def _later_year_before(view: SentenceView, cue: Cue, active: str) -> bool:
    """A year after the event's written in the host cue's clause (2027年度工作会议由某会承办): that meeting is to come."""
    text, local = view.sentence.text, cue.start - view.start
    if "年" not in text or not active[:4].isdigit():
        return False
    clause = clause_start(text, local)
    return any(year > active[:4] for year in _CLAUSE_YEAR.findall(text, clause, local))


def read_participation(view: SentenceView, active: str, last_person: Mention | None) -> tuple[list[ParticipationClaim], Mention | None]:
    """Participation claims of one sentence, and the person a later 他/她 refers to."""
    if not view.persons and not view.pronouns:
        for cue in view.cues:  # (a loop, not any() over a generator)
            if cue.cue == "host":
                break
        else:
            return [], last_person  # a third of the sentences: every claim but a host's names a person or a 他/她 for one
    claims: list[ParticipationClaim] = []
    people = sorted(view.persons + view.pronouns, key=by_start)
    resolved: dict[int, Mention] = {}
    subject = None
    for mention in people:
        if mention.kind == "pronoun":
            if last_person is not None:
                resolved[mention.start] = last_person
        else:
            resolved[mention.start] = mention
            last_person = mention
            subject = subject or mention
    last_person = subject or last_person  # 甲在听取汇报后，转达了乙对…的关心。他指出: 他 is the sentence's subject
    claims += _introduced_by_cue_words(view, active)
    reported_from = reported_until = view.sentence.end
    report_spans: list[tuple[int, int]] = []  # reported speech closed by a semicolon: 甲表示…；乙分享了…
    reference_spans: list[tuple[int, int]] = []
    segment_start = view.start
    previous_cue = None
    previous_subjects: list[Mention] = []
    topic: list[Mention] = []  # who acts on the sentence's last cue that named its people (甲出席会议，听取…，并…提出要求)
    spoke = False
    entrusted_from = -1  # where the people a 委托 entrusts start (甲委托乙作书面交流)
    absent: set[int] = set()
    if view.words & _NO_LONGER_HOLDS:
        # 原会长甲因年龄原因辞去会长职务，会议对其…表示感谢; 乙任期届满不再担任监事: who gives a post up is decided about
        for m in view.persons:
            if _GIVES_UP.match(view.sentence.text, m.end - view.start):
                absent.add(m.start)
    if view.words & _NOT_THERE:
        for m in view.persons:
            if _in_the_past(view, m):
                absent.add(m.start)  # 甲同志生前, 在乙任内, 已故的丙, 由丁倡议发起: no role either
    for cue in _with_made_speeches(view):
        if cue.cue == "word":
            continue  # 委托人, 委托书: a longer word that holds a cue word and is none
        prior = previous_cue  # the cue before this one (previous_cue is this one's once its people are read)
        if reported_from < view.sentence.end and cue.start >= reported_until:
            report_spans.append((reported_from, reported_until))
            reported_from = reported_until = view.sentence.end
            spoke = False
        elif reported_from < cue.start and view.persons and view.persons[-1].start >= reported_from and cue.cue in ("speaker", "quote") and (turn := _next_speaker(view, reported_from, cue)) > 0:
            # 甲在讲话中希望…，乙表示将给予支持: a clause whose subject says something of their own ends what 甲 said
            report_spans.append((reported_from, turn))
            reported_from = reported_until = view.sentence.end
            segment_start, spoke = turn, False
        heard = _heard_from(view, segment_start, cue) if cue.cue == "speaker" else None  # (its first test)
        if heard:
            # 听取了甲关于…的汇报: the one whose report is heard gave it
            for p in heard:
                if p.start < reported_from:
                    claims.append(ParticipationClaim(p, "speaker", active, f"cue:{cue.word}", 0.8))
            segment_start = cue.end
            continue
        if cue.cue == "reference" and _topic_of_speech(view, people, segment_start, cue):
            # 甲、乙分别就贯彻落实…作了汇报, 丙作学习体会分享: the topic of the speech the next cue tells, no verb of its own
            # (its people act on that cue); who is named after it is still only referred to
            reference_spans.append(_referred_until_clause_end(view, cue))
            continue
        if cue.cue == "chair" and _CHARGE.match(view.sentence.text, cue.end - view.start):
            # 由项目部副部长甲主持工作: taking charge of a body's work is a post, not chairing, and no presence
            for p in people:
                if segment_start <= p.start < cue.start:
                    absent.add(p.start)
            segment_start = cue.end
            continue
        if cue.cue == "host" and (_FUTURE_HOST.search(view.sentence.text, 0, cue.start - view.start) or _later_year_before(view, cue, active) or ("轮" in view.sentence.text and _hosts_in_turn(view, cue))):
            segment_start = cue.end  # 下一次联席会议明年由某会承办, 商定2027年度工作会议由某会承办: a host to come; 由甲、乙轮流主办: a series'
            continue
        if (cue.cue == "host" and ((_is_host_noun(view, cue) and not _host_orgs(view, segment_start, cue)) or view.sentence.text.endswith(_ON_BEHALF_OF, 0, cue.start - view.start))) or _is_noun_use(view, cue):
            # 代表承办单位致辞, 对大会的顺利召开表示祝贺: a noun here; the people before it act on the next cue
            continue
        named = []  # (loops, not a comprehension: no cells made for every sentence)
        for m in people:
            if segment_start <= m.start < cue.start and m.start in resolved and m.start not in absent:
                for a, b in reference_spans:
                    if a <= m.start < b:
                        break
                else:
                    named.append(m)
        if named and cue.cue == "quote" and "的手" in view.sentence.text and (held := _HELD_HAND.search(view.sentence.text, segment_start - view.start, cue.start - view.start)):
            # 甲拉着乙的手说, 甲握着乙的手叮嘱: 乙 is whose hand is held; 甲 says it
            named = [m for m in named if m.start < view.start + held.start()]
        if named[1:] and cue.cue in ("speaker", "quote") and "的" in view.sentence.text:
            named = _without_kin_owners(view, named)  # 甲的母亲乙说: 乙 speaks
        if cue.cue == "entrust":
            # 甲委托乙到会致辞, 受甲委托，乙致辞: who entrusts another is not there; who is entrusted acts on the next cue
            entrusters, entrusted_first = _entrusters(view, named, cue)
            absent.update(p.start for p in entrusters)
            if not entrusted_first:
                segment_start = entrusted_from = cue.end
            continue
        visited = False  # the people of the segment were whom the cue before acted on (看望了甲，叮嘱她…)
        if named and segment_start > view.start and cue.cue in ("speaker", "quote"):
            # 看望了甲，叮嘱她…: 甲 is whom the visit was to, no speaker (where a clause closes after the last one named)
            after_named = view.sentence.text[named[-1].end - view.start:cue.start - view.start]
            if _has_clause_mark(after_named):
                subjects_named = _not_objects_of(view, named, segment_start)
                visited, named = len(subjects_named) < len(named), subjects_named
        if cue.cue in ("speaker", "quote") and _said_before(view, named, segment_start, cue):
            absent.update(p.start for p in named)  # 甲曾撰文指出, 乙生前常说: quoted from another time, not there
            named = []
            spoke = True
        subjects = []
        for m in _in_own_clause(view, named, cue):
            if not (view.words & _REGARD_NOUN and _addressed(view, m)):
                subjects.append(resolved[m.start])
        if not subjects and previous_cue is not None and _AND_THEN.fullmatch(view.sentence.text[segment_start - view.start:cue.start - view.start]):
            subjects = previous_subjects  # 甲、乙出席会议并致辞, 到会致辞: the second cue has the subjects of the first
        if not subjects and cue.cue in ("speaker", "quote") and not spoke and cue.start < reported_from:
            # 座谈会上，甲对乙一行的到来表示欢迎 / 甲代表某会欢迎乙一行，通报了…: the sentence's subject speaks
            first = None
            for m in view.persons:
                if m.start < cue.start:
                    for a, b in reference_spans:
                        if a <= m.start < b:
                            break
                    else:
                        # (甲作出批示，要求…: the sentence's subject was not there, and so nobody speaks)
                        first = m if m.start not in absent else None
                        break
            if first is not None and _opens_sentence(view, first) and not FIRST_PERSON.search(view.sentence.text, first.end - view.start, cue.start - view.start) and not (
                _clause_of_its_own(view, max(segment_start, first.end), cue, first)
            ):
                # (甲今天也来到会场，让我们向他表示敬意: the speaker's 我们 says it, not 甲; 甲主持圆桌对话，律师代表围绕…展开讨论:
                # the cue's clause has a subject of its own)
                subjects = [first]
        if not subjects and cue.cue in ("speaker", "quote") and topic and not spoke and cue.start < reported_from and (visited or _topic_goes_on(view, segment_start, cue)):
            # 甲出席会议，听取了各地汇报，并就下一步工作提出要求: clauses with no subject of their own are the first's (甲来到某村，
            # 看望了乙，叮嘱她…: the one who visits speaks)
            subjects = topic
        if len(subjects) == 1 and cue.cue in ("attend", "chair", "speaker", "quote", "witness") and not _passive_agent(view, subjects[0]):
            topic = subjects  # one person: a list acts together only where the text says so (甲、乙出席并致辞, 分别)
        spoke = spoke or bool(subjects and cue.cue in ("speaker", "quote"))
        previous_subjects = subjects
        previous_cue = cue
        in_report = cue.start > reported_from
        own_date = None
        for d in view.dates:  # a plain loop, not next() over a generator: per cue
            if segment_start <= d.start < cue.end and d.precision == "day" and not spoken_of(view, d):
                own_date = d.value
                break
        if in_report and not own_date:
            segment_start = cue.end
            continue
        date = own_date or active
        entry = lexicons().participation_cues[cue.word]
        role = entry.role if entry.role in _PERSON_ROLES else None
        if role and entry.shape == "own_clause":
            # 甲召开座谈会 / 甲在某地召开…: the convener is in 召开's own clause, not in one before it
            own_clause = []
            for p in subjects:
                if not _CLAUSE_END.search(view.sentence.text, p.end - view.start, cue.start - view.start):
                    own_clause.append(p)
            subjects = own_clause
            role = role if subjects else None
        if role:
            for person in subjects:
                claims.append(ParticipationClaim(person, role, date, f"cue:{cue.word}", 0.85))
        if in_report or own_date:
            for person in subjects:
                claims.append(ParticipationClaim(person, "attendee", date, f"dated_clause:{cue.word}", 0.75))
        if entry.role == "host":
            for org in _host_orgs(view, segment_start, cue):
                claims.append(ParticipationClaim(org, "host", active, f"cue:{cue.word}", 0.85))
        if cue.cue == "quote" and reported_from == view.sentence.end and not _SAID_NOUN.match(view.sentence.text, cue.end - view.start) and not (
            "提" in view.sentence.text and _object_of_speech(view, cue)
        ):
            reported_from = cue.end
            semicolon = _SEMICOLON.search(view.sentence.text, cue.end - view.start)
            reported_until = view.start + semicolon.start() if semicolon else view.sentence.end
        if cue.cue == "absent" and named and segment_start == entrusted_from:
            # 甲未能到会，委托乙作书面交流: the one entrusted brings the written words to the room and gives them
            for p in named:
                claims.append(ParticipationClaim(p, "speaker", date, f"cue:{cue.word}", 0.8))
        elif cue.cue == "absent" and not named and subjects and segment_start == cue.start and not (prior is not None and prior.word in _READS_OUT):
            # 甲作了书面交流: the written words of the people of the cue right before (作了), who were not there
            absent.update(p.start for p in subjects)
            kept_claims = []
            for c in claims:
                if c.who.start not in absent:
                    kept_claims.append(c)
            claims = kept_claims
        elif cue.cue == "absent":
            absent.update(p.start for p in named)  # 甲发来贺信, 乙因故未能出席: not there
        if cue.cue == "reference":
            reference_spans.append(_referred_until_clause_end(view, cue))
        segment_start = cue.end
    co_opted = absent_after().search(view.sentence.text) if view.words & _APPOINTMENT_VERB else None
    handed = False
    if co_opted:
        rest = view.sentence.text[co_opted.end():]
        for word in _PRESENCE_PROOF:
            if word in rest:
                handed = True
                break
    if handed:
        co_opted = None  # 聘请甲为顾问，乙为其颁发了聘书: handed a letter of appointment, so present
    co_opted_from = view.start + co_opted.start() if co_opted else view.sentence.end
    if view.words & _BIOGRAPHY_GENDER and _BIOGRAPHY.search(view.sentence.text):
        co_opted_from = view.start  # 甲，女，1978年3月生，…: a life story says nothing of who was at the event
    colon = ":" in view.sentence.text
    # ([00:01:25] 甲（…）：…: a turn's time is no label; the label, if any, follows it)
    turn_lead = TURN_LEAD.match(view.sentence.text).end() if "[" in view.sentence.text[:3] else 0
    listed = (_LIST_LABEL.match(view.sentence.text, turn_lead) if colon or "：" in view.sentence.text else None) or (_roster_cell(view) if colon else None)
    label_text = "".join(listed.group("label").split()) if listed else ""  # 主　持 padded: 主持
    if label_text and label_text in lexicons().places and not _lists_names(view, view.start + listed.end()):
        listed, label_text = None, ""  # 安庆：安庆市举行…仪式，副市长甲出席: a roundup's section headed by its place, no list
    presence_from = view.sentence.end  # where names listed under a presence label start (出　席：甲（会长）、乙: there)
    caption = ("起" in label_text or "至" in label_text or "到" in label_text) and _CAPTION_LEAD.match(view.sentence.text) is not None
    if caption:
        presence_from = view.start + listed.end()  # 左起：甲、乙, 从左至右：丙: a photo's caption names who it shows there
    elif listed and not _PRESENCE_LABEL.search(label_text):
        # 副会长单位及代表：某公司（董事长 甲）…; 获奖个人：乙、丙: a list under a label names people, not who was there
        co_opted_from = min(co_opted_from, view.start + listed.end())
    elif listed:
        # 主持：甲 (in minutes): a label that is a cue word gives its role to the names listed under it
        presence_from = view.start + listed.end()
        label = _label_cue(label_text)
        if label is not None and label.role in _PERSON_ROLES and _lists_names(view, view.start + listed.end()):
            for p in view.persons:
                if p.start >= view.start + listed.end():
                    claims.append(ParticipationClaim(p, label.role, active, f"label:{label_text}", 0.8))
    elif colon or "的有" in view.sentence.text:
        claims += _listed_after_speech_cue(view, active)
    # (_RECALLED_AT's words tested without a call: most sentences name none; the two change together)
    if view.dates and ("会上" in view.sentence.text or "会议上" in view.sentence.text or "坛上" in view.sentence.text or "式上" in view.sentence.text):
        claims = _at_recalled_meeting(view, active, claims, absent)
    if ("曾" in view.sentence.text or "生前" in view.sentence.text) and _PAST_SAID.search(view.sentence.text):
        for m in view.persons:
            if _PAST_SAID.match(view.sentence.text, m.end - view.start):
                absent.add(m.start)  # 乙生前常说, 正如丙曾经说过的: words from another time; not shown at the event
    if "“" in view.sentence.text:
        for m in view.persons:
            if _in_quoted_words(view, m):
                absent.add(m.start)  # 他说：“乙老师当年…”: spoken of
    if not _acting_cue(view) and (_PROFILE.search(view.sentence.text) or (_CELL_LINE.match(view.sentence.text) and not _SOUNDBITE.match(view.sentence.text))):
        # 退休教师甲多年来坚持资助…，被评为…: a profile or an award, no word of being there; 副理事长　　甲、乙　　乙、丙:
        # a row of a table's columns names people (a board before and after), not who was there
        co_opted_from = view.start
    if ("以来" in view.sentence.text or "年来" in view.sentence.text) and _OVER_A_PERIOD.match(view.sentence.text) and not any(d.precision == "day" for d in view.dates):
        # 今年以来，甲先后带队走访…; 据了解，近年来乙多次…: what people did over a period, no one placed at the event
        co_opted_from = view.start
    if "的是" in view.sentence.text or "的为" in view.sentence.text:
        claims += _cleft_roles(view, active)  # 主持会议的是甲, 授课的是乙: the role's people after it
    speaking = _speaker_label(view)
    text = view.sentence.text
    regarded = view.words & _REGARD_NOUN  # _addressed can hold only where a regard noun is written
    elected = view.words & _ELECTED_AFTER_NAME  # _ELECTED_AFTER can match
    possessed = view.words & _POSSESSED_NOUN  # _POSSESSED can match after a phrase (为慈善事业作出的贡献)
    documents = view.words & _ABSENT_DOCUMENT  # _DOCUMENT_FROM_AFAR can match
    learning = "向" in text and ("学习" in text or "看齐" in text)  # _LEARN_FROM can match
    for mention in view.persons:
        if reported_from <= mention.start < reported_until:
            continue
        if reference_spans or report_spans:
            spoken_of_here = False
            for a, b in reference_spans + report_spans:
                if a <= mention.start < b:
                    spoken_of_here = True
                    break
            if spoken_of_here:
                continue
        after = text[mention.end - view.start:mention.end - view.start + 1]  # _POSSESSED and _FROM_AFAR start with 的 or 同志
        if mention.start in absent or (regarded and _addressed(view, mention)) or (
            (after == "的" or (possessed and after in _POSSESSED_LEADS)) and _possessor_spoken_of(view, mention)
        ) or (
            learning and _LEARN_FROM.match(text, mention.end - view.start) and _held_up(text, mention.start - view.start)
        ) or (
            documents and after in _DOCUMENT_LEADS and _DOCUMENT_FROM_AFAR.match(text, mention.end - view.start)
        ) or (
            after in ("的", "同") and _supported_from_afar(view, mention)
        ) or ("的" in text[mention.end - view.start:mention.end - view.start + 3] and _ARTWORK_OF.match(text, mention.end - view.start)) or (
            after in _THANKED_AFTER and "谢" in text and _thanked_for_support(view, mention)
        ):
            continue  # 向甲表示祝贺, 介绍了乙的事迹, 在丙的关心支持下, 丁创作的行书《…》: addressed or spoken of, not shown there
        if mention.info.get("rule") in _ELECTED_ONLY and _EVENT_ROLE_AFTER.match(view.sentence.text, mention.end - view.start):
            pass  # 甲、乙担任评审, 丙任监票人: a part taken at the event, not a post; there
        elif mention.start >= co_opted_from or ((mention.info.get("rule") in _ELECTED_ONLY or _right_after_appointing(view, mention) or (elected and _ELECTED_AFTER.match(text, mention.end - view.start))) and not handed):
            continue  # 增补甲为理事, 选举甲为会长: a board decision about someone, who need not be there
        if mention.info.get("rule") in _LISTED_ONLY and mention is not speaking and mention.start < presence_from and not any(cue.cue == "attend" for cue in view.cues) and mention is not transcript_speaker(view):
            continue  # 获奖者：甲（退休教师）、乙、丙: named in a list, not said to be there (出席：… is; 甲（…）：… opening a turn is)
        claims.append(ParticipationClaim(mention, "attendee", active, "named_present", 0.7))
    if speaking is not None and _present(claims, speaking):
        claims.append(ParticipationClaim(speaking, "speaker", active, "speaker_label", 0.75))
    if "记者" in text:
        # 某日报记者甲：…, 记者乙问：…, 某台记者丙就…提问: the reporter named as asking speaks (persons read the name only so)
        for claim in claims[:]:  # (a loop, not a comprehension: no function made for every sentence that names a reporter)
            if claim.role == "attendee" and "asks" in claim.who.info and claim.who is not speaking:
                claims.append(ParticipationClaim(claim.who, "speaker", active, "reporter_asks", 0.7))
    # 甲主持仪式，乙致辞。他说：…: the one person the sentence gives the floor to is whom the next sentence's 他/她 quotes;
    # else its subject (甲在听取汇报后，转达了乙对…的关心。他指出: 甲). A plain loop: no call for a sentence's few claims.
    floor = None
    for claim in claims:
        if claim.role == "speaker" and claim.who.kind == "person":
            if floor is not None and floor.start != claim.who.start:
                floor = None  # 甲、乙分别致辞: two speakers, the subject as with none
                break
            floor = claim.who
    return claims, floor or last_person


_OVER_A_PERIOD = re.compile(r"\s*(?:[^,，。;；:：]{1,6}[,，])?[^,，。;；:：]{0,10}?(?:以来|年来)[,，]")
_SOUNDBITE = re.compile(rf"\s*[【\[](?:{word_alternation('soundbite_label')})[】\]]")


_HELD_HAND = re.compile(r"着[^,，。;；:：]{1,24}的手$")  # 拉着乙的手 right before a quote cue (说): whose hand is held
_PUT_FORWARD = re.compile(r"提出?了?[^,，。;；:：]{0,4}$")  # 提出要求, 提出了具体要求, 提了几点希望: the quote word is put forward

# 表示热烈欢迎, 表示衷心感谢: the saying word's object closes the clause; no reported speech follows (word_classes.tsv)
_SAID_NOUN = re.compile(rf"了?(?:{word_alternation('said_noun_manner')})?(?:{word_alternation('said_noun_object')})(?=[,，;；。!！]|$)")
_PAST_SAID = re.compile(rf"(?:{word_alternation('honorific')})?(?:{word_alternation('past_act_marker')})[^,，。;；:：]{{0,4}}?(?:{word_alternation('past_said_verb')})")
_PAST_ACT = re.compile(rf"(?:{word_alternation('past_act_marker')})[^,，。;；:：]{{0,12}}$")


# 主持会议的是甲, 为学员授课的是某公司工程师乙, 担任主讲的为丙: a cue word, its object, then 的是 and the people it names
_CLEFT = re.compile(r"[^,，。;；:：]{0,8}?的[是为]")


# ，乙表示, ，某行副行长乙则表示: a clause opening with its subject (a title chain before the name) whose verb of saying
# follows the name right away, or after an adverb (也, 则, 还, 随后)
_NEXT_SPEAKER_GAP = re.compile(rf"(?:{word_alternation('speaker_turn_adverb')})?")
_CLAUSE_MARKS = ",，;；"


def _next_speaker(view: SentenceView, reported_from: int, cue: Cue) -> int:
    """Where a clause inside another's reported words starts whose own subject says something (甲希望…，乙表示…: 乙's
    clause, right after the comma), else 0: the words before it were 甲's, 乙 speaks for themself."""
    text = view.sentence.text
    for person in view.persons:
        if reported_from <= person.start < cue.start and _NEXT_SPEAKER_GAP.fullmatch(text, person.end - view.start, cue.start - view.start):
            mark = max(text.rfind(c, reported_from - view.start, person.start - view.start) for c in _CLAUSE_MARKS)
            if mark >= 0 and not any(view.start + mark < m.start < person.start for m in view.persons) and _chain_only(view, view.start + mark + 1, person.start):
                return view.start + mark + 1
    return 0


def _chain_only(view: SentenceView, start: int, end: int) -> bool:
    """Whether the text from start to end is blank or a name's title chain (某市民政局副局长): a title right before the
    name, and no verb outside the titles and bodies read before it (要求乙 is no chain)."""
    if not view.sentence.text[start - view.start:end - view.start].strip():
        return True
    if not any(r.end == end for r in view.roles):
        return False
    covered = [(m.start, m.end) for m in view.roles + view.orgs]
    return not any(
        t.pos[:1] == "v" and not any(a <= t.start and t.end <= b for a, b in covered) for t in view.tokens if start <= t.start and t.end <= end
    )


def _cleft_roles(view: SentenceView, active: str) -> list[ParticipationClaim]:
    """The people a cleft sentence names after 的是 for the role of the cue before it (主持会议的是甲: 甲 chairs; 授课的是乙: 乙
    speaks), up to the clause's end."""
    text = view.sentence.text
    claims = []
    for cue in view.cues:
        entry = lexicons().participation_cues.get(cue.word)
        if entry is None or entry.role not in _PERSON_ROLES or cue.start >= view.quote:
            continue
        cleft = _CLEFT.match(text, cue.end - view.start)
        if cleft is None:
            continue
        clause_end = _CLAUSE_END.search(text, cleft.end())
        stop = view.start + (clause_end.start() if clause_end else len(text))
        for person in view.persons:
            if view.start + cleft.end() <= person.start < stop:
                claims.append(ParticipationClaim(person, entry.role, active, f"cleft:{cue.word}", 0.8))
    return claims


def _object_of_speech(view: SentenceView, cue: Cue) -> bool:
    """会长甲对下一步工作提出要求，乙出席会议: a quote word that a verb of putting forward takes as its object (提出了明确要求)
    and that closes its clause is a noun; no reported speech follows it."""
    text, local = view.sentence.text, cue.start - view.start
    return text[cue.end - view.start:cue.end - view.start + 1] in CLAUSE_MARKS and _PUT_FORWARD.search(text, max(0, local - 8), local) is not None


def _referred_until_clause_end(view: SentenceView, cue: Cue) -> tuple[int, int]:
    """学习贯彻某某总书记…精神: who is named in the rest of the reference word's clause is referred to, not present."""
    clause = _CLAUSE_END.search(view.sentence.text, cue.end - view.start)
    return cue.end, view.start + clause.start() if clause else view.sentence.end


def _topic_of_speech(view: SentenceView, people: list[Mention], segment_start: int, cue: Cue) -> bool:
    """甲就贯彻落实…精神作了发言, 乙、丙分别就…落实情况作了汇报, 丁作学习体会分享: a reference word (落实, 学习) in the topic
    or object of a speech, opened by 就 or 作 right after the segment's last person (or after 分别, 共同) and running to it
    within one clause, is what the person spoke on."""
    text = view.sentence.text
    segment = text[segment_start - view.start:cue.start - view.start]
    if "就" not in segment and "作" not in segment:
        return False  # (most reference words: no topic opened before them, one slice and two `in` tests)
    last = None
    for person in people:  # (a plain loop: the segment's last person)
        if segment_start <= person.start < cue.start:
            last = person
    if last is None:
        return False
    after = last.end - view.start
    opening = text[after:after + 3]
    return ("就" in opening or "作" in opening) and not _has_clause_mark(text[after:cue.start - view.start])


def _has_clause_mark(piece: str) -> bool:
    """A comma, semicolon or full stop in piece (the text is normalized: ， is ,): `in` tests, no regex call."""
    return "," in piece or ";" in piece or "。" in piece


def _not_objects_of(view: SentenceView, named: list[Mention], segment_start: int) -> list[Mention]:
    """看望了退休教师甲，叮嘱她保重身体: where the speech word's own clause names nobody (its subject is the sentence's),
    who closes the clause of the cue before (the segment's start) is that cue's object (whom the visit was to), not this
    word's subject (座谈会上他回忆，…: 他 acts in the clause); a list of subjects running over commas (会长甲，副会长乙分别
    致辞) names its last one in this word's clause, and the caller keeps it whole."""
    text, offset = view.sentence.text, view.start
    kept = []
    for person in named:
        if not _has_clause_mark(text[person.end - offset:person.end - offset + 1]) or _has_clause_mark(text[segment_start - offset:person.start - offset]):
            kept.append(person)
    return kept


def _said_before(view: SentenceView, named: list[Mention], segment_start: int, cue) -> bool:
    """甲曾撰文指出, 乙生前常说, 丙曾经在采访中表示: a past-act word between the speaker (or the clause's start) and the
    speech word says the words come from another time and place; who said them is quoted, not shown at the event."""
    text = view.sentence.text
    if named:
        start = named[0].end
        for m in named:  # (a loop: the latest end, no list and max() call)
            if m.end > start:
                start = m.end
    else:
        start = segment_start
    start -= view.start
    if "曾" not in text[start:cue.start - view.start] and "生前" not in text[start:cue.start - view.start] and "撰文" not in text[start:cue.start - view.start]:
        return False
    return _PAST_ACT.search(text, start, cue.start - view.start) is not None


_NOT_THERE_AFTER = re.compile(rf"(?:{word_alternation('honorific')})?(?:{word_alternation('not_there_after')})")
_NOT_THERE_BEFORE = re.compile(rf"(?:{word_alternation('not_there_before')})[^,，。;；:：]{{0,12}}$")
_NOT_THERE = word_bit("not_there_after") | word_bit("not_there_before")  # SentenceView.words: _in_the_past can hold


def _in_the_past(view: SentenceView, person: Mention) -> bool:
    """甲同志生前长期分管…, 在乙任内打下的基础上, 已故的原系主任丙: the person belongs to the body's past, not the event."""
    text = view.sentence.text
    local = person.start - view.start
    return bool(_NOT_THERE_AFTER.match(text, person.end - view.start)) or bool(_NOT_THERE_BEFORE.search(text, max(0, local - 16), local))


_QUOTED_WORDS = re.compile(r"“[^“”]{10,}(?:”|$)")


def _in_quoted_words(view: SentenceView, person: Mention) -> bool:
    """A person named inside quoted words (“乙老师当年自掏腰包给我买过…”) is spoken of by the speaker, not shown at the
    event; a short quoted name of a campaign or a title (“慈善一日捐”) holds no one."""
    local = person.start - view.start
    return any(q.start() < local < q.end() for q in _QUOTED_WORDS.finditer(view.sentence.text))


def died(view: SentenceView) -> list[Mention]:
    """The person a sentence says died (甲同志因病医治无效，于…在某地逝世): the one named last before its first death word
    with no other cue between (乙出席了因病去世的丙同志的追悼会: 乙 attends), or right after it (逝世的丙)."""
    text = view.sentence.text
    if "逝" not in text and "世" not in text:
        return []
    death = _DEATH.search(text)
    if death is None:
        return []
    at, end = view.start + death.start(), view.start + death.end()
    if text.startswith("的", death.end()):
        # 向因病逝世的老会长乙的家属表示慰问: the one who died is named after the word, and is no subject of it
        return [p for p in view.persons if end < p.start <= end + 12][:1]
    before = [p for p in view.persons if p.end <= at][-1:]
    return [p for p in before if not any(c.cue != "follow" and p.end <= c.start < at for c in view.cues)]


_DEATH = re.compile(f"(?:{word_alternation('death_verb')})世?")  # 因病逝世: 病逝 and 逝世 overlap; read them as one word


# 在全市慈善工作推进会上的讲话, 在某论坛开幕式上的致辞: the title of a speech's text (speech nouns in event_words.tsv)
# 在…上的讲话, 在…上的讲话（摘要）: a speech's text (a short note in brackets says it is cut)
SPEECH_TITLE = re.compile(rf"\s*在[^,，。;；]{{2,40}}?[上中]的(?:总结|主旨|重要)?(?:{word_alternation('made_speech_noun')})(?:[(（][^()（）]{{1,4}}[)）])?\s*$")


def speech_author(view: SentenceView) -> list[ParticipationClaim]:
    """The byline of a speech's text (市民政局局长　甲, on a line of its own under the title 在…上的讲话, or under that
    heading in the body; the caller tells which line): its author gave the speech."""
    text = view.sentence.text.strip()
    if len(text) > 40 or len(view.persons) != 1 or any(c.cue != "follow" for c in view.cues) or text[-1:] in "。!?！？":
        return []
    return [ParticipationClaim(view.persons[0], "speaker", "", "speech_author", 0.75)]


def present_in_role(claims: list[ParticipationClaim]) -> list[ParticipationClaim]:
    """Who chairs, speaks or witnesses is there (docs/FACTS.md: specific roles come on top of attendee): an attendee
    claim for each person a role claim names on a day the sentence gives them no attendance yet (增补甲为理事，乙就…作了
    说明: 乙 follows an appointment verb's list, yet speaks)."""
    if not claims:
        return []
    present = {(c.who.start, c.date) for c in claims if c.role == "attendee"}
    added = []
    for claim in claims:
        if claim.role in _PERSON_ROLES and claim.who.kind == "person" and (claim.who.start, claim.date) not in present:
            present.add((claim.who.start, claim.date))
            added.append(ParticipationClaim(claim.who, "attendee", claim.date, f"in_role:{claim.role}", claim.confidence))
    return added


def _present(claims: list[ParticipationClaim], person: Mention) -> bool:
    """The person has an attendee claim in this sentence already."""
    return any(c.who.start == person.start and c.role == "attendee" for c in claims)


def _acting_cue(view: SentenceView) -> bool:
    """Whether the sentence holds a cue other than a follower's (a plain loop, not any() over a generator)."""
    for c in view.cues:
        if c.cue != "follow":
            return True
    return False


def _speaker_label(view: SentenceView) -> Mention | None:
    """【同期声】某公司董事长 甲：, then the words on the next line (a news broadcast's transcript, an interview): the
    person named right before a colon that ends the line says what follows."""
    text = view.sentence.text.rstrip()
    if not view.persons or _acting_cue(view):
        return None
    if _SOUNDBITE.match(text):
        return max(view.persons, key=by_start)  # 【同期声】某局副局长 甲 (no colon): the broadcast's label says they speak
    if not text.endswith((":", "：")):
        return None
    last = max(view.persons, key=by_start)
    rest = text[last.end - view.start:-1].strip()
    # 甲（某会会长、党支部书记）：, then the words: a symposium's excerpt headed by its speaker's title chain
    return last if not rest or _HEADING_ASIDE.fullmatch(rest) else None


_TURN_ASIDE = re.compile(r"[(（][^()（）]{1,40}[)）]")


def transcript_speaker(view: SentenceView) -> Mention | None:
    """甲：…, 【甲】… opening a paragraph of a transcript or a round-table: the person the label names says it."""
    if not view.sentence.paragraph_start or not view.persons:
        return None
    text = view.sentence.text
    first = min(view.persons, key=by_start)
    at, after = first.start - view.start, first.end - view.start
    aside = _TURN_ASIDE.match(text, after) if text[after:after + 1] in ("(", "（") else None
    if aside is not None:
        after = aside.end()  # 甲（某会副会长，南京连线）：…: the label's aside between the name and its colon
    after = text[after:after + 1]
    lead = TURN_LEAD.match(text).end()  # [00:05:06] 甲：…: the turn's time before its label
    if (at == lead and after in (":", "：")) or (at == lead + 1 and text[lead] == "【" and after == "】"):
        return first
    if after in (":", "：") and lead < at <= lead + _LABEL_TITLE_MAX and _LABEL_TITLE.fullmatch(text, lead, at):
        return first  # 新华日报记者甲：…？, 市民政局局长乙：…: the turn's label names who asks or answers with a title before
    if at == lead + 2 and text[lead] in _QA_TURNS and text[at - 1] in "(（" and after in ")）" and text[first.end - view.start + 1:first.end - view.start + 2] in (":", "："):
        return first  # 问（甲）：…, 答（乙）：…: an excerpt of questions and answers, each turn headed by who asks or answers
    return None


_QA_TURNS = "".join(word_class("qa_turn_mark"))  # 问, 答 (data/lexicons/word_classes.tsv)
_LABEL_TITLE = re.compile(r"[\u4e00-\u9fff]{2,20}")  # 新华日报记者, 市民政局局长: a title (chain) with no mark, before a turn's name
_LABEL_TITLE_MAX = 20


_HEADING_ASIDE = re.compile(r"[(（][^()（）。；;：:]{2,40}[)）]")
_WORDS_END = ("。", "！", "？", "”", "!", "?")  # how a paragraph of someone's words ends
_EXCERPT_WORDS_MIN = 15  # characters: a paragraph of words under a speaker's heading, not a line of a list


def excerpt_speaker(view: SentenceView, before: SentenceView, following: SentenceView | None) -> Mention | None:
    """甲（某会常务副会长兼秘书长） on a line of its own, its title chain in brackets, over a paragraph of words that opens
    with no name (a symposium's 发言摘编): the person the heading names says them, else None. A line of a roster (乙（某院院长）
    over 丙（某局局长）, the last one over the text going on) has no paragraph of words under it, nor a line like it above."""
    text = view.sentence.text.strip()
    first = view.persons[0]
    if text[-1:] not in (")", "）") or view.sentence.text[:first.start - view.start].strip() or following is None or not following.sentence.paragraph_start:
        return None
    above = before.sentence.text.strip()
    if above[-1:] in (")", "）", ":", "：") and before.persons and not before.sentence.text[:before.persons[0].start - before.start].strip():
        return None
    words = following.sentence.text.strip()
    if len(words) < _EXCERPT_WORDS_MIN or not words.endswith(_WORDS_END) or (following.persons and following.persons[0].start - following.start <= 1):
        return None
    rest = view.sentence.text[first.end - view.start:].strip()
    if not _HEADING_ASIDE.fullmatch(rest) or not any(r.start >= first.end for r in view.roles):
        return None
    return first


# 甲作关于增补理事的说明, 乙作2026年1-8月工作情况报告: 作 and a speech noun with what the speech is about between
# them (words in data/lexicons/event_words.tsv); 作/做 first and the words it may not follow looked behind it, so that the
# pattern opens with a character class the regex engine scans for in C
_MADE = "[作做]" + "".join(f"(?<!{re.escape(word)}.)" for word in word_class("made_speech_not_after"))  # not 工作, 合作…
_MADE_SPEECH = re.compile(_MADE + rf"(?!{word_alternation('made_speech_not_before')})[^,，。;；:：!?！？]{{1,30}}?(?:{word_alternation('made_speech_noun')})")


# 甲对…给予肯定: praise given in words, a speech (words in data/lexicons/event_words.tsv); read here and not as a cue word,
# so that what stands before it is never read as a name ending at a cue (对评审的公开、公正给予肯定: 公正 is no name)
_PRAISED = re.compile(word_alternation("praise_phrase"))
_PRAISE_CUE, = word_class("praise_cue")  # 充分肯定 (event_words.tsv): the cue word whose row a phrase of praise is read as
_MADE_SPEECH_CUE, = word_class("made_speech_cue")  # 作报告: the cue word whose row a speech made with 作 is read as


def _with_made_speeches(view: SentenceView) -> list[Cue]:
    """The sentence's cues, and a speech cue at each 作 that a speech noun closes with no cue between, and at each
    phrase of praise (给予肯定) no cue word holds."""
    text = view.sentence.text
    made_speech = "作" in text or "做" in text
    praised = "肯定" in text
    if not made_speech and not praised:
        return view.cues
    made = []
    for match in _MADE_SPEECH.finditer(text) if made_speech else ():
        start, end = view.start + match.start(), view.start + match.end()
        if not _meets(start, end, view.cues) and not _meets(start, end, view.persons + view.orgs):
            made.append(Cue(start, start + 1, _MADE_SPEECH_CUE, "speaker"))
    for match in _PRAISED.finditer(text) if praised else ():
        start, end = view.start + match.start(), view.start + match.end()
        if not _meets(start, end, view.cues):
            made.append(Cue(start, end, _PRAISE_CUE, "speaker"))
    return sorted(view.cues + made, key=by_start) if made else view.cues


_LIST_GLUE = re.compile(r"[\s、和与及等]*")
_RECEIVING = re.compile(word_alternation("entrusted_marker"))


def _entrusters(view: SentenceView, named: list[Mention], cue) -> tuple[list[Mention], bool]:
    """Who entrusts in the cue's clause: those between 受 and 委托 (受甲委托，乙致辞; 丙受理事会委托作报告: 丙 is the
    one entrusted, and acts on the next cue), else those before 委托 (甲委托乙致辞). The flag says the one entrusted
    stands before the cue."""
    text = view.sentence.text
    local = cue.start - view.start
    clause = clause_start(text, local)
    receiving = None
    for receiving in _RECEIVING.finditer(text, clause, local):
        pass
    if receiving is not None:
        return [p for p in named if p.start >= view.start + receiving.end()], True
    return [p for p in named if p.start >= view.start + clause], False

# 会议向当选的会长甲表示祝贺, 对乙致以敬意: a person after 向/对/给 in a clause that expresses regard to them
_ADDRESSED_BEFORE = re.compile(r"[向对给][^,，;；。向对给]{0,24}$")
_REGARD = re.compile(rf"[^,，;；。]{{0,12}}?(?:表示|致以|表达|送上|转达)[^,，;；。]{{0,4}}?(?:{word_alternation('regard_noun')})")
_REGARD_NOUN = word_bit("regard_noun")  # SentenceView.words: _REGARD can match
# 的事迹, 为慈善事业作出的贡献, 对慈善工作的支持: what of a person's a speech speaks of, a phrase of its object between
_POSSESSED = re.compile(rf"(?:同志|先生|女士)?(?:(?:为|对|在)[^,，。;；:“”]{{1,16}}?)?的(?:{word_alternation('possessed_noun')})")
_POSSESSED_NOUN = word_bit("possessed_noun")  # SentenceView.words: _POSSESSED can match
_ABSENT_DOCUMENT = word_bit("absent_document")  # SentenceView.words: _DOCUMENT_FROM_AFAR can match
_POSSESSED_LEADS = ("为", "对")  # what can follow the name where _POSSESSED matches
# 号召全市志愿者向甲同志学习, 向乙看齐: the person held up as an example is spoken of, not shown there
_LEARN_FROM = re.compile(r"(?:同志|先生|女士|老师)?(?:等[^,，。;；]{0,12}?)?(?:学习|看齐)")
# 甲宣读批示, 乙传达贺信精神: a verb that reads out or relays, right before an absent cue, has it as its object: the reader is there
_READS_OUT = frozenset(("宣读", "传达", "转达", "通报", "播放", "展示", "学习", "领学"))
# 宣读了省委书记甲对大会的批示, 大会收到乙的贺信, 播放了丙的视频致辞: the person whose instruction, letter or recorded address
# reaches the event sent it from afar (data/lexicons/word_classes.tsv absent_document), and is not there
_DOCUMENT_FROM_AFAR = re.compile(
    rf"(?:同志|先生|女士)?(?:(?:对|就|为|给|向)[^,，。;；:“”]{{1,20}}?)?的(?:重要|亲笔|书面)?(?:{word_alternation('absent_document')})"
)
_DOCUMENT_LEADS = ("的", "同", "先", "女", "对", "就", "为", "给", "向")  # what can follow the name where _DOCUMENT_FROM_AFAR matches


def _addressed(view: SentenceView, person: Mention) -> bool:
    """The person is the one regard is expressed to (向甲表示祝贺/感谢), not one who speaks or is shown there."""
    text = view.sentence.text
    local = person.start - view.start
    return bool(view.words & _REGARD_NOUN) and bool(_REGARD.match(text, person.end - view.start)) and bool(_ADDRESSED_BEFORE.search(text, max(0, local - 25), local))


# 甲创作的行书《…》, 乙的山水画, 丙捐赠的书法作品, 丁签名的比赛用球拍: the person made, gave, signed or owns the lot (event_words.tsv)
_ARTWORK_OF = re.compile(rf"(?:{word_alternation('artwork_verb')})?的[^,，。;；]{{0,6}}?(?:{word_alternation('artwork_noun')})")
_FROM_AFAR = re.compile(rf"(?:同志)?的[^,，。;；]{{0,6}}?(?:{word_alternation('remote_support')})[^,，。;；]{{0,8}}?下")


def _supported_from_afar(view: SentenceView, person: Mention) -> bool:
    """在县委书记甲的关心支持下: the person's support is acknowledged; the text does not put them at the event."""
    text = view.sentence.text
    local = person.start - view.start
    return bool(_FROM_AFAR.match(text, person.end - view.start)) and "在" in text[max(0, local - 30):local]


# 感谢老会长甲对总会工作的支持, 感谢乙先生多年来对慈善事业的关心和帮助: a person thanked for support given is spoken of, not
# shown at the event (感谢甲的到来, 感谢乙出席: thanked for coming, there)
_THANKED_FOR = re.compile(
    rf"(?:{word_alternation('honorific')})?(?:等[^,，。;；]{{0,8}}?)?(?:长期以来|多年来|长期|一直|多年|始终)?对[^,，。;；]{{1,24}}?的[^,，。;；]{{0,4}}?(?:{word_alternation('remote_support')})"
)
_THANK_BEFORE = re.compile(rf"(?:{word_alternation('thank_verb')})了?[^,，。;；:：]{{0,12}}$")
_THANKED_AFTER = ("对", "同", "先", "女", "等", "长", "多", "一", "始", "老")  # the first character of _THANKED_FOR's match


def _thanked_for_support(view: SentenceView, person: Mention) -> bool:
    """特别感谢了老会长甲对总会工作的支持: the person is thanked for support given, spoken of, not shown at the event (the caller
    tests that the character after the name can open _THANKED_FOR)."""
    text = view.sentence.text
    local = person.start - view.start
    return _THANKED_FOR.match(text, person.end - view.start) is not None and _THANK_BEFORE.search(text, max(0, local - 16), local) is not None


_KIN = tuple(word_class("kin_noun"))  # 母亲, 女儿 … (data/lexicons/word_classes.tsv)


def _without_kin_owners(view: SentenceView, named: list[Mention]) -> list[Mention]:
    """The people named before a speech cue, less each one whose relative is named right after (受助学生甲的母亲乙说, 丙的女儿丁代表
    家属致辞): the relative speaks; whom they are the relative of is named to say who they are."""
    text = view.sentence.text
    kept = []
    for m, after in zip(named, named[1:] + [None]):
        end = m.end - view.start
        if after is not None and text.startswith("的", end) and text.startswith(_KIN, end + 1):
            continue
        kept.append(m)
    return kept


def _held_up(text: str, local: int) -> bool:
    """向 right before the name and its titles in its clause (号召…向优秀志愿者甲学习): the person is held up as an example."""
    before = text[max(0, local - 16):local]
    at = before.rfind("向")
    return at >= 0 and not any(mark in before[at:] for mark in ",，。;；:：")


def _possessor_spoken_of(view: SentenceView, person: Mention) -> bool:
    """介绍了已故老会长甲的事迹: a speech's subject matter is the person's deeds or words, so they are referred to."""
    return bool(_POSSESSED.match(view.sentence.text, person.end - view.start)) and any(
        c.cue in ("speaker", "quote", "reference") and c.end <= person.start and not _CLAUSE_END.search(view.sentence.text, c.end - view.start, person.start - view.start)
        for c in view.cues
    )


def _in_own_clause(view: SentenceView, named: list[Mention], cue) -> list[Mention]:
    """甲宣布活动启动，乙致辞: where the cue's own clause names its people, a person of an earlier clause that
    ended on a verb of its own (宣布…) is no subject of the cue; a list running over commas (会长甲，副会长乙、丙，
    秘书长丁出席) stays whole."""
    if len(named) < 2:
        return named  # one person or none: nothing to tell apart
    text = view.sentence.text
    # (a count in a loop, not a generator: no function object and cells made for every cue's people)
    clause = view.start + clause_start(text, cue.start - view.start, INNER_CLAUSE_MARKS)
    in_clause = 0
    for m in named:
        if m.start >= clause:
            in_clause += 1
    if in_clause == 0 or in_clause == len(named):
        return named  # all of them in the cue's clause, or none
    mentions = view.mentions()
    kept = []
    for person in named:
        if person.start >= clause:
            kept.append(person)
            continue
        end = _CLAUSE_END.search(text, person.end - view.start)
        stop = view.start + end.start() if end else cue.start
        rest, cursor = [], person.end
        for m in mentions:
            if m.end <= cursor or m.start >= stop:
                continue
            rest.append(text[cursor - view.start:max(cursor, m.start) - view.start])
            cursor = max(cursor, m.end)
        rest.append(text[cursor - view.start:stop - view.start])
        for part in rest:  # (a loop, not all() over a generator)
            if not _LIST_GLUE.fullmatch(part):
                break
        else:
            if not _verb_before_in_clause(view, person, mentions):
                kept.append(person)  # the person's clause is a part of a list of names
                continue
        if cue.cue == "chair" and kept and kept[-1].start < clause:
            # 县长甲，主任乙，主席丙带头捐款，丁主持仪式: the list before 丙 runs into 丙's own verb, not into the chair's clause
            while kept and kept[-1].start < clause:
                kept.pop()
    return kept


# 担任评审, 任监票人, 作为颁奖嘉宾: a part taken at the event (words in data/lexicons/word_classes.tsv)
_EVENT_ROLE_AFTER = re.compile(rf"(?:[、和与及]\S{{1,4}}?)*(?:等\S{{0,4}}?)?(?:{word_alternation('takes_role_verb')})(?:本次|本场|此次)?(?:{word_alternation('event_part_noun')})?(?:{word_alternation('event_role_noun')})")


def _verb_before_in_clause(view: SentenceView, person: Mention, mentions: list[Mention]) -> bool:
    """甲将会旗交给乙会理事长丙，丁、戊共同见证: a verb before the person in the person's own clause makes them its
    object (or the subject of another act), not an item of a list running over commas (会长甲，副会长乙、丙，…出席)."""
    text = view.sentence.text
    clause = view.start + clause_start(text, person.start - view.start, INNER_CLAUSE_MARKS)
    # 获奖代表、某会部长甲，乙作交流发言: a verb inside a label of whom the person represents (获奖代表, 受助学生代表) that
    # opens the clause is no act (交给某单位代表、乙 is)
    label = text.find(_REPRESENTS, clause - view.start, person.start - view.start)
    if 0 <= label - (clause - view.start) <= _REPRESENTS_LABEL_MAX:
        clause = view.start + label + len(_REPRESENTS)
    quoted = "“" in text
    for token in view.tokens:
        if token.start >= person.start:
            break
        if token.start >= clause and token.pos.startswith("v") and token.word not in _CHAIN_JOINERS and not any(m.start <= token.start < m.end for m in mentions):
            if quoted and text.rfind("“", clause - view.start, token.start - view.start) > text.rfind("”", clause - view.start, token.start - view.start):
                continue  # “某县慈善会转型发展研究”课题组负责人、副教授甲: a verb inside a quoted name is no act
            return True  # (兼 in 常务副会长兼秘书长 joins two titles of one chain: no verb)
    return False


_CHAIN_JOINERS = frozenset(word_class("chain_joiner"))
_REPRESENTS = "代表、"  # 获奖代表、某会部长甲: the label of a representative, then the person's own title chain
_REPRESENTS_LABEL_MAX = 6  # characters before 代表 in such a label (受助学生代表, 志愿者家属代表)


_BIOGRAPHY = re.compile(rf"[,，\u3000 ](?:{word_alternation('biography_gender')})[,，]")  # 甲，女，… / 乙　男，1962年生
_BIOGRAPHY_GENDER = word_bit("biography_gender")  # SentenceView.words: _BIOGRAPHY can match
# 主持：甲, and in minutes padded to a column's width: 主　持：甲, 出　席：乙（会长）, 主 持 人：丙　丁 (three characters)
# 获奖的10名“某某之星”是：甲…: a label that ends in 是 says who the list names, and may run longer than a bare label
_LIST_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,3}|[^,，。;；:：\s]{2,12}|[^,，。;；:：\s]{2,20}是)[:：]")
# 募捐部　　　　部长：甲（兼）, 办公室　主任：乙　副主任：丙: a roster line, a unit's cell before the label of its post
_UNIT_CELL_LABEL = re.compile(r"\s*[^,，。;；:：\s]{2,16}\s+(?P<label>[^,，。;；:：\s]{2,12})[:：]")


def _roster_cell(view: SentenceView) -> re.Match[str] | None:
    """A roster line (募捐部　部长：甲): a unit's cell, then a post title as the label of the names after it."""
    found = _UNIT_CELL_LABEL.match(view.sentence.text) if "。" not in view.sentence.text else None
    return found if found is not None and found.group("label") in lexicons().roles else None
_NO_CUE = ParticipationCue("follow", "-", "-")
_PRESENCE_LABEL = re.compile(word_alternation("presence_label"))


def _label_cue(label: str):
    """The cue a list label names (主持：, 主持人：, 会议主持：, 致辞嘉宾：, 见证人：): the longest cue word in it, else None."""
    cues = lexicons().participation_cues
    found = [label[i:j] for i in range(len(label)) for j in range(i + 2, len(label) + 1) if cues.get(label[i:j], _NO_CUE).cue != "follow"]
    return cues[max(found, key=len)] if found else None


def _listed_after_speech_cue(view: SentenceView, active: str) -> list[ParticipationClaim]:
    """三个分会场作了交流发言：甲；乙；丙, 五家单位先后作典型发言的有：丁、戊: the people listed after a colon right after a speech
    cue (not a quoting one: 会议指出：… is what was said) whose clause names no person (the units or the venues that spoke)
    gave the speeches; 甲作了交流发言：… is what 甲 said."""
    text = view.sentence.text
    for cue in view.cues:
        if cue.cue != "speaker":
            continue
        after = cue.end - view.start
        listing = text[after:after + 2] == "的有" and text[after + 2:after + 3] != "关"  # 先后发言的有甲、乙 (not 讲话的有关精神)
        if listing:
            after += 2
        if text[after:after + 1] == ":":
            after += 1
        elif not listing:
            continue
        clause = view.start + max(text.rfind(",", 0, after), text.rfind(";", 0, after))  # (the text is normalized: ， is ,)
        named_before = False
        for p in view.persons:
            if clause < p.start < cue.start:
                named_before = True
        if named_before or not _lists_names(view, view.start + after):
            return []
        until = view.sentence.end  # (致辞：甲；主持：乙: the next label's people are its own)
        for later in view.cues:
            if later.start > cue.end and text[later.end - view.start:later.end - view.start + 1] == ":":
                until = later.start
                break
        listed = []
        for p in view.persons:
            if view.start + after <= p.start < until:
                listed.append(ParticipationClaim(p, "speaker", active, f"listed_after:{cue.word}", 0.8))
        return listed
    return []


# 回顾了10月17日全县慈善工作推进会上县委副书记甲提出的要求, 传达了6月3日全市慈善工作会议上乙的讲话精神: a gathering of another day,
# dated in the clause, on which the person named after it (in the same clause) acted
_RECALLED_AT = re.compile(r"(?:会|会议|论坛|仪式)上")


def _at_recalled_meeting(view: SentenceView, active: str, claims: list[ParticipationClaim], absent: set[int]) -> list[ParticipationClaim]:
    """The claims of the sentence with each person named in a clause after a day (not the sentence's own) and 会上 (the
    gathering of that day) dated to that day, and an attendee's claim there; such a person is no attendee of today's."""
    text = view.sentence.text
    recalled: dict[int, str] = {}
    for d in view.dates:
        if d.precision != "day" or d.value == active:
            continue
        for p in view.persons:
            if p.start > d.end:
                between = text[d.end - view.start:p.start - view.start]
                if not _has_clause_mark(between) and _RECALLED_AT.search(between):
                    recalled[p.start] = d.value
    if not recalled:
        return claims
    redated = []
    for c in claims:
        redated.append(ParticipationClaim(c.who, c.role, recalled[c.who.start], c.rule, c.confidence) if c.who.start in recalled else c)
    for p in view.persons:
        if p.start in recalled and p.start not in absent:
            redated.append(ParticipationClaim(p, "attendee", recalled[p.start], "recalled_meeting", 0.7))
            absent.add(p.start)
    return redated


_AGENT_MARK = re.compile(r"[由请经][^,，。;；]{0,16}$")


def _passive_agent(view: SentenceView, person: Mention) -> bool:
    """会议由甲主持, 请乙致辞: the person is the agent of a passive or invited act, not the subject of the clauses after."""
    return _AGENT_MARK.search(view.sentence.text, max(0, person.start - view.start - 17), person.start - view.start) is not None


def _topic_goes_on(view: SentenceView, segment_start: int, cue) -> bool:
    """Every clause between the last cue that named its people and this one opens with no subject of its own (a verb,
    an adverb, a preposition: ，听取了…，并就…提出): they go on telling what those people did. A clause opening with a
    noun (与会人员观看了…, 会议听取了…) has a subject of its own."""
    text = view.sentence.text
    local_start, local_end = segment_start - view.start, cue.start - view.start
    if any(mark in text[local_start:local_end] for mark in "。;；:：“"):
        return False
    if any(m.start < cue.start and segment_start <= m.end for m in view.mentions() if m.kind in ("person", "org", "pronoun")):
        return False
    commas = list(_CLAUSE_COMMA.finditer(text, local_start, local_end))
    for comma in commas:
        token = view.tokens.starting(view.start + comma.end())
        if token is None or token[1][:1] not in _SUBJECTLESS_TAGS:
            return False
    # a clause of its own that goes on from the ones before (，并就…提出要求; ，还对…作了部署): within one clause the cue's own
    # subject is the one before it
    return bool(commas) and text.startswith(_GOES_ON, commas[-1].end())


def _clause_of_its_own(view: SentenceView, segment_start: int, cue, subject: Mention) -> bool:
    """A clause between the last cue and this one opens with a noun (律师代表围绕…展开讨论): it has a subject of its own.
    One opened by the verb 代表 goes on from the subject's clause where no other person is named since the subject (甲主持
    会议，代表理事会作报告; not 甲授旗，队长乙接过队旗，代表全体队员发言: 乙 speaks)."""
    text = view.sentence.text
    for comma in _CLAUSE_COMMA.finditer(text, segment_start - view.start, cue.start - view.start):
        token = view.tokens.starting(view.start + comma.end())
        if token is not None and token[1][:1] not in _SUBJECTLESS_TAGS and not (
            _speaks_for_opening(text, comma.end()) and not any(subject.end <= p.start < view.start + comma.start() for p in view.persons)
        ):
            for other in view.cues:
                if other.start == token.start:
                    break  # ，通报了…: a cue word (tagged a noun) opens the clause, no subject
            else:
                return True
    return False


_CLAUSE_COMMA = re.compile(r"[,，]")
_GOES_ON = tuple(word_class("topic_goes_on"))  # 并, 还, 同时: data/lexicons/word_classes.tsv
_SPEAKS_FOR_WORDS = tuple(word_class("speaks_for"))  # 代表 (data/lexicons/word_classes.tsv)
_SPEAKS_FOR_NOUN_TAILS = frozenset(word_class("speaks_for_noun_tail"))  # 代表们, 代表团: a noun, no verb


def _speaks_for_opening(text: str, local: int) -> bool:
    """，代表理事会作…报告 after 甲主持会议: a clause opened by the verb 代表 (not the noun 代表们, 代表团)."""
    for word in _SPEAKS_FOR_WORDS:
        if text.startswith(word, local):
            return text[local + len(word):local + len(word) + 1] not in _SPEAKS_FOR_NOUN_TAILS
    return False


_SUBJECTLESS_TAGS = ("v", "d", "p", "c")  # what opens a clause that has no subject: a verb, an adverb, a preposition, 并


_OPENING = re.compile(r"^(?:[^,，。;；]{0,8}[上中后时][,，]|[^,，。;；]{0,12}[,，])?$")


# 县民政局科员甲当选为秘书长, 乙（女）、丙、丁连任副会长: a name (of a list) right before its election, whatever rule found it
_ELECTED_AFTER_NAME = word_bit("elected_after_name")  # SentenceView.words: _ELECTED_AFTER can match
_ELECTED_AFTER = re.compile(rf"(?:[(（][^()（）]{{1,4}}[)）])?(?:[、和][^,，。;；、()（）]{{2,4}}(?:[(（][^()（）]{{1,4}}[)）])?)*(?:{word_alternation('elected_after_name')})")


def _right_after_appointing(view: SentenceView, person: Mention) -> bool:
    """任命甲为…, 免去乙的…职务: the name stands right after an appointment or removal verb (found again as a known
    name): a decision about someone, who need not be there."""
    local = person.start - view.start
    text = view.sentence.text
    words = view.words  # a verb of either kind is written in the sentence, or its scan cannot match
    return ((words & _APPOINTMENT_VERB and appointing_before_names().search(text, max(0, local - 5), local) is not None)
            or (words & _REMOVAL_VERB and _REMOVED_BEFORE.search(text, max(0, local - 3), local) is not None)
            or text[local - 2:local] in _CONSENTING)  # 同意丙同志辞去…职务: a consent to give a post up (a slice: no call)


_REMOVED_BEFORE = re.compile("(?:" + "|".join(word_class("removal_verb")) + ")$")  # data/lexicons/word_classes.tsv
# 甲同志因年龄原因申请辞去…, 乙任期届满不再担任…: what may stand between a name and the post it gives up (a board's
# decision about someone, who need not be there: docs/gold-conventions.md "Presence")
_GIVES_UP = re.compile(
    r"(?:同志)?(?:因[^,，。;；]{1,10}?)?(?:任期届满)?(?:申请|主动)?(?:" + "|".join(word_class("no_longer_holds")) + ")"
)
_NO_LONGER_HOLDS = word_bit("no_longer_holds")  # SentenceView.words: _GIVES_UP can match
_REMOVAL_VERB = word_bit("removal_verb")  # SentenceView.words: _REMOVED_BEFORE can match
_APPOINTMENT_VERB = word_bit("appointment_verb")  # SentenceView.words: appointing_before_names() and absent_after() can match
_CONSENTING = frozenset(word_class("consenting_verb"))  # data/lexicons/word_classes.tsv: 同意甲辞去… (two characters each)


def _opens_sentence(view: SentenceView, person: Mention) -> bool:
    """The person stands at the head of the sentence (after at most a short 会上， / 座谈中， opener or
    their own organization and title), so the sentence's verbs are theirs."""
    before = [m for m in view.mentions() if m.end <= person.start]
    head = view.sentence.text[: (before[0].start if before else person.start) - view.start]
    # (联盟轮值主席、某局局长甲: a body's bare ending (联盟, 总会) opening the head before the first title of the person's
    # chain is the body's short form, part of the chain)
    short_body = bool(before) and before[0].kind == "role" and _SHORT_BODY.fullmatch(head) is not None and any(
        longest_org_suffix(head[:n]) == head[:n] for n in (2, 3)
    )
    return (short_body or bool(_OPENING.match(head))) and all(m.kind in ("org", "role") for m in before)


_SHORT_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}")  # 联盟轮值, 总会: a body's short form, a word of the title after it


def _introduced_by_cue_words(view: SentenceView, active: str) -> list[ParticipationClaim]:
    """主持人张三、李四: a cue word used as a title gives its role to the names that follow it."""
    claims = []
    cues = lexicons().participation_cues
    for role in view.roles:
        entry = cues.get(role.text)
        if entry is None or entry.role not in _PERSON_ROLES:
            continue
        cursor = role.end
        for person in sorted(view.persons, key=by_start):
            if person.start == cursor:
                claims.append(ParticipationClaim(person, entry.role, active, TITLE_CUE_RULE + role.text, 0.8))
                cursor = person.end + 1 if view.sentence.text[person.end - view.start:person.end - view.start + 1] == "、" else -1
            elif person.end < role.start and _TAKES_ROLE.fullmatch(view.sentence.text, person.end - view.start, role.start - view.start):
                # 甲担任主持人: taking the role at the event, so there (not an appointment to a post)
                claims.append(ParticipationClaim(person, entry.role, active, TITLE_CUE_RULE + role.text, 0.8))
                claims.append(ParticipationClaim(person, "attendee", active, TITLE_CUE_RULE + role.text, 0.8))
    return claims


# 甲担任主持人, 乙担任本次会议主持人: taking a role of the event (words in data/lexicons/word_classes.tsv)
_TAKES_ROLE = re.compile(rf"(?:{word_alternation('takes_role_verb')})(?:本次|本场|此次)?(?:{word_alternation('event_part_noun')})?")


def _is_noun_use(view: SentenceView, cue) -> bool:
    """的讲话, 的指导, 的顺利召开: the cue word is a noun here (but 在甲的见证下 names a witness, 在乙的领誓下 and
    在丙的带领下重温入党誓词 one who leads an oath: docs/gold-conventions.md)."""
    text = view.sentence.text
    index = cue.start - view.start
    if cue.cue in ("witness", "speaker") and (text[cue.end - view.start:cue.end - view.start + 1] == "下" or cue.word.endswith(_LED_OATH)):
        return False
    if cue.cue == "chair" and text[cue.end - view.start:cue.end - view.start + 1] == "的":
        return True  # 随后召开的理事会: 召开 describes the meeting, nobody is said to convene it
    if cue.cue == "chair" and (text.startswith(_IN_CHARGE_OF, after := cue.end - view.start) or (
            text.startswith(_SELF_WORDS, after) and text.startswith(_IN_CHARGE_OF, after + 2))):
        return True  # 聘任甲为某部副主任，主持工作; 主持总会全面工作: in charge of a unit's work, no meeting chaired
    if cue.cue == "quote" and cue.word[:-1] in _SPEECH_NOUNS and _MADE_BEFORE.search(text, max(0, index - 32), index):
        return True  # 甲作了题为《…》的主旨报告，乙作交流发言, 各组汇报了评估报告，丙点评: the report made or taken (a verb
        # with 了 took it as its object), no saying verb; what follows is no speech
    return text.endswith(_NOUN_ENDINGS, 0, index)


_LED_OATH = tuple(word_class("led_oath_cue"))  # 带领下重温入党誓词: a speaker cue read after 的 (data/lexicons/event_words.tsv)
_SPEECH_NOUNS = frozenset(word_class("made_speech_noun"))  # data/lexicons/event_words.tsv (报告 of the cue 报告,)
# 作了主旨, 作了题为《…》的主旨: 作 and what names the speech it made, 汇报了评估: a verb done to it (就工作情况报告， has no
# 作 of a speech and no 了: 报告 says)
_MADE_BEFORE = re.compile(f"(?:{_MADE}|了)" + r"[^,，。;；:：!！?？]{0,30}$")


_IN_CHARGE_OF = word_class("in_charge_object")  # data/lexicons/word_classes.tsv
_SELF_WORDS = tuple(w for w in word_class("self_name") if len(w) == 2)  # 总会, 本会: the body whose work 主持 takes (主持总会全面工作)


_HEARD = re.compile(word_alternation("heard_verb"))


def _heard_from(view: SentenceView, segment_start: int, cue) -> list[Mention]:
    """The people between 听取 and a report noun (听取了甲关于…的汇报 / 的报告)."""
    if cue.cue != "speaker" or not _is_noun_use(view, cue):
        return []
    text = view.sentence.text
    heard = None
    for heard in _HEARD.finditer(text, segment_start - view.start, cue.start - view.start):
        pass
    if heard is None or _CLAUSE_END.search(text, heard.end(), cue.start - view.start):
        return []
    heard_end, found = view.start + heard.end(), []
    for p in view.persons:  # (a loop, not a comprehension: no cells made for every cue)
        if heard_end <= p.start < cue.start:
            found.append(p)
    return found


_HOST_NOUN_TAILS = word_class("host_noun_tail")  # 主办单位, 承办方
_ON_BEHALF_OF = tuple(word_class("on_behalf_of"))  # 代表主办单位, 分别代表主办: the organisers as a group, named by the people acting for them


def _is_host_noun(view: SentenceView, cue) -> bool:
    tail = view.sentence.text[cue.end - view.start: cue.end - view.start + 2]
    return tail.startswith(_HOST_NOUN_TAILS)


def _host_orgs(view: SentenceView, segment_start: int, cue) -> list[Mention]:
    """Organizations before 主办 (由A主办), or after 主办单位: / 主办方为."""
    before = [o for o in view.orgs if segment_start <= o.start < cue.start]
    if len(before) > 1 and "由" in view.sentence.text:
        # 大会在某会展中心举行，由甲、乙联合主办: the hosts follow 由; a body before it (the venue) hosts nothing
        by = view.sentence.text.rfind("由", segment_start - view.start, cue.start - view.start) + view.start
        if by >= view.start and not any(o.start <= by < o.end for o in before):
            before = [o for o in before if o.start > by] or before
    if before:
        return before
    if _is_host_noun(view, cue):
        stop = next((c.start for c in view.cues if c.start > cue.end), view.sentence.end)
        return [o for o in view.orgs if cue.end <= o.start < stop]
    return []


# 甲率调研组赴某省考察。… 15日上午，调研组一行来到…; 16日，调研组赴…: a visiting party's named members attend each
# stop the party makes on a later day (words in data/lexicons/event_words.tsv)
# 回访组, 督导小组, 慰问队: a party named by its activity and a group noun (not 考察组织, 服务队伍, 调研组长)
# (each activity is a branch of its own, so every branch opens with a character and the regex engine scans for those
# in C, where a branch opening with a group made it try every branch at every character: 5× faster scans)
_PARTY = re.compile(
    rf"(?:{word_alternation('party_word')}|"
    + "|".join(f"{re.escape(activity)}(?:{word_alternation('party_unit')})" for activity in word_class("party_activity"))
    + ")(?![长织建合伍员])"
)
# 调研组, 视察组, 执法检查组, 考察团, 代表团, 一行: a party sent to inspect, research or visit (not 宣讲团, 服务队: a team that serves)
_INSPECTING_PARTY = rf"(?:一行|代表团|(?:{word_alternation('inspecting_activity')})(?:小组|组|团))"
_PARTY_ROSTER_BODY = re.compile(rf"{_INSPECTING_PARTY}$")  # 某省人大常委会慈善法执法检查组: a party's name, its word last
# 附：调研组成员名单, 视察组组成人员名单如下：, 调研组成员：甲、乙, 检查组成员包括丙: a roster of the party (its word, then a roster noun)
_PARTY_ROSTER_HEADING = re.compile(
    rf"\s*(?:{ANNEX_LEAD})?[^\s,，。;；:：]{{0,30}}?{_INSPECTING_PARTY}"
    r"(?:(?:全体)?(?:组成人员|成员|人员|组员)(?:名单)?|名单)(?:如下)?(?:(?:包括|有|为)[:：]?|\s*[:：]|\s*$)\s*"
)
_MEMBERS = re.compile(word_alternation("party_member_marker"))  # 访问团成员包括甲、乙: the party's members, named after it
_ESCORTS = re.compile(word_alternation("party_escort_marker"))  # 随行人员有甲、乙: they travel with the party formed before
_LEADS = re.compile(word_alternation("party_lead_verb"))
_WHOLE = re.compile(word_alternation("party_whole_marker"))  # 执法检查组全体组成人员参加: the roster's members attend each stop
_WHOLE_PARTY = word_bit("party_whole_marker")  # SentenceView.words: _WHOLE can match
_ESCORTED = re.compile(ESCORTED_BY)  # 甲一行在乙陪同下考察了…: 乙 receives the party
_PARTY_LEAD = word_bit("party_lead_verb")  # SentenceView.words: _LEADS can match
_JOINS = re.compile(rf"(?:{word_alternation('party_join_verb')})(?:{word_alternation('visit_activity')}|{word_alternation('party_join_activity')})")
# 考察团结束行程返回某市, 调研组一行返程: the party going home right after its word (a trip's last day) makes no stop
_RETURNS = re.compile(rf"(?:一行)?(?:结束[^,，。;；]{{0,4}}?)?[,，]?(?:{word_alternation('return_home')})")
_THROUGHOUT_WORD = word_bit("throughout_word")  # SentenceView.words: _ESCORTS_THROUGHOUT can match
_ESCORTS_THROUGHOUT = re.compile(rf"(?:{word_alternation('throughout_word')})(?:{word_alternation('party_join_verb')})")  # 全程陪同
_STANDING_TEAM = tuple(word_class("standing_team"))  # 志愿服务队, 应急救援队: a body's own team, no party formed for a trip


class VisitingParty:
    """The named members of a visiting party, gathered where it is formed, and their attendance at its later stops."""

    def __init__(self, table_rows: list[TableRow]) -> None:
        # 组　长：甲（某职） / 　　　　乙（某职） / 成　员：丙、丁: the names of each roster line (tables.py reads the rows), by line
        self.roster_lines: dict[int, list[Mention]] = {}
        # 附：某省人大常委会执法检查组组成人员名单: the lines of a roster whose heading names an inspecting or visiting party,
        # whose members attend each day the party attends, as where the page says the whole party took part
        self.party_lines: set[int] = set()
        for row in table_rows:
            if row.roster:
                self.roster_lines.setdefault(row.view.start, []).append(row.person)
                if row.body is not None and _PARTY_ROSTER_BODY.search(row.body.text):
                    self.party_lines.add(row.view.start)
        self.reset()

    def reset(self) -> None:
        """No party: before the first, or when a new one sets out on another day (a digest's next item)."""
        self.members: dict[int, Mention] = {}  # by start offset: the mentions that named them
        self.dates: set[str] = set()
        self.stopped = False  # the party has made a stop: joiners from now on escort one stop only
        self.until: str | None = None  # the last day of the range of days the party went out for (10日至11日)
        self.leader = ""  # the name of who the sentence forming the party says leads it (带队, 率领), if one does
        self.listing = False  # 考察组成员： alone on its line: the rows after it name the members, one a line
        self.listing_after = False  # 附：调研组成员名单 after the party's stops: the rows under it name members who attended each
        self.stops: set[str] = set()  # the days the party attended (formed there or made a stop)
        self.whole = False  # the page says the whole party took part (全体组成人员参加): its roster's members attend each stop
        self.roster: dict[str, Mention] = {}  # the members a roster of the party lists (组　长：甲 / 　　　　乙), by name
        self.named_as = ""  # the party's word in the sentence that formed it (一行, 调研组, 慰问队), if it had one
        self.team_word: re.Pattern[str] | None = None  # an assessing team's word its roster named (专家组), telling its later stops
        self.along: list[tuple[Mention, str]] = []  # who escorts the work throughout before a team is listed (丁全程陪同), with the day

    def _join(self, listed: list[Mention], active: str) -> list[ParticipationClaim]:
        """The listed join the party and attend on the day it is listed."""
        for person in listed:
            self.members.setdefault(person.start, person)
        return [ParticipationClaim(p, "attendee", active, "visiting_party", 0.65) for p in listed]

    def enlist(self, listed: list[ParticipationClaim], team: str) -> None:
        """专家组名单如下： / 组　长：甲 / 成　员：乙　丙: an assessing team's roster forms the party on its day, with who escorts the
        work throughout (某处处长丁全程陪同); the team's word tells its later stops (8月13日，专家组来到某会)."""
        if not self.members:
            self.named_as, self.team_word = team, re.compile(re.escape(team))
        for claim in listed:
            self.members.setdefault(claim.who.start, claim.who)
            self.dates.add(claim.date)
            if claim.date[7:8] == "-":  # a day (2026-06-08), not a month
                self.stops.add(claim.date)
        for person, day in self.along:
            if day in self.dates:
                self.members.setdefault(person.start, person)
        self.stopped = True  # the team made its first stop where it is listed

    def _roster_attends(self, listed: list[Mention]) -> list[ParticipationClaim]:
        """执法检查组全体组成人员参加: each listed member the party did not name before attends every day it attended."""
        named = {m.text for m in self.members.values()}
        return [ParticipationClaim(p, "attendee", day, "whole_party", 0.6) for p in listed if p.text not in named for day in sorted(self.stops)]

    def read(self, view: SentenceView, active: str, claims: list[ParticipationClaim]) -> list[ParticipationClaim]:
        """Add the members this sentence names; for a later day on which the party (not a named person) acts, its members attend."""
        present = []
        for c in claims:  # (a loop, not a comprehension)
            if c.who.kind == "person" and c.role == "attendee":
                present.append(c.who)
        if not present and not self.members:
            return []  # no party formed and none named to form one (most sentences): nothing to read or change
        return self._read(view, active, claims, present)

    def _read(self, view: SentenceView, active: str, claims: list[ParticipationClaim], present: list[Mention]) -> list[ParticipationClaim]:
        """read's work where a party may be formed or named (the cells its comprehensions need made only then)."""
        text = view.sentence.text
        if not self.members and view.words & _THROUGHOUT_WORD and _ESCORTS_THROUGHOUT.search(text):
            for person in present:  # (loops, not comprehensions: no cells made for every sentence)
                self.along.append((person, active))  # 某处处长丁全程陪同 before the team's roster: joins it there
        if view.words & _WHOLE_PARTY and _WHOLE.search(text):
            self.whole = True  # 执法检查组全体组成人员参加 (before or after the roster that lists them)
            if self.roster and self.stops:
                return self._roster_attends(list(self.roster.values()))
        elif self.stops and view.start in self.roster_lines:
            # a roster line of the party adds its members; where the whole party took part (`whole`), each attends every
            # day the party attended
            listed = self.roster_lines[view.start]
            for person in listed:
                self.roster.setdefault(person.text, person)
            attends = self._roster_attends(listed) if self.whole or view.start in self.party_lines else []
            if attends:
                return attends
        if self.listing_after:
            # 附：调研组成员名单 then 甲　某会副会长 / 乙（某局局长）, one a line: each attended every day the party attended
            rows = self.roster_lines.get(view.start)  # 组　长：甲（某职） / 成　员：乙、丙 (tables.py reads the rows)
            self.listing_after = rows is not None or (view.persons != [] and bare_row(view))
            if self.listing_after:
                return self._roster_attends(view.persons if rows is None else list({p.text: p for p in view.persons + rows}.values()))
        if self.stopped and self.stops and ("成员" in text or "名单" in text or "人员" in text or "组员" in text) and (heading := _PARTY_ROSTER_HEADING.match(text)) is not None:
            # the party's roster after its stops (the page's end): 调研组成员：甲、乙, 视察组成员名单： / 附：检查组成员名单 and one
            # name a line under it; each member attended every day the party attended, as the proposals README decides
            listed = [p for p in view.persons if p.start >= view.start + heading.end()]
            self.listing_after = not listed
            return self._roster_attends(listed)
        if self.listing:
            # 考察组成员： then 甲　某会副会长 / 甲、乙、丙 line by line: each row's names are members, until a line of another shape
            self.listing = view.persons != [] and bare_row(view)
            if self.listing:
                return self._join(view.persons, active)
        if not present and not self.stopped and (marker := _MEMBERS.search(text)) is not None:
            # 访问团成员有：副会长甲、秘书长乙等。 on its own, with no verb of taking part: the named join the party on its day
            listed, marker_end = [], view.start + marker.end()
            for p in view.persons:
                if p.start >= marker_end:
                    listed.append(p)
            self.listing = not listed and text.rstrip().endswith(":")  # (the sentence is normalized: ： is :)
            return self._join(listed, active)
        party = _PARTY.search(text) or (self.team_word.search(text) if self.team_word is not None else None)
        ranged_visit = bool(present) and view.words & _VISIT_ACTIVITY != 0 and _VISITS.search(text) is not None and _last_day(view) is not None  # 15日—16日，甲来某市调研，乙陪同
        if present and self.members and active not in self.dates and ((view.words & _PARTY_LEAD and _LEADS.search(text)) or _heads_party(view, party) or ranged_visit) and not self._any_member(present):
            self.reset()  # 13日，甲一行来浙调研 (a digest's next item): a new party on another day; the old one's members stay behind
        # 团员包括甲、乙 / 随团成员有丙 right after the party set out (before its first stop): members, the party's word unwritten
        joins = (self.members and not self.stopped and (_JOINS.search(text) or _ESCORTS.search(text) or _MEMBERS.search(text))) or (party and _MEMBERS.search(text, party.end()))
        # 甲一行赴某市调研 (the title), then 6月10日至11日，某会会长甲一行赴某市调研 (the lead): the same party set out again, no stop
        # (on its day or a range of days; not 日前，甲带队赴某县… then 2日下午，甲一行来到某村, nor 10日上午，甲一行来到某市 after a
        # stop on the 9th: the party makes a stop on a day of its own)
        again = (
            party is not None and self.members and not self.stopped and _heads_party(view, party)
            and view.persons[0].text in {m.text for m in self.members.values()}  # (丙在市政府会见了甲一行: a host named first receives the party, who joins nobody)
            and (active in self.dates or _last_day(view) is not None)
        )
        leads = present and view.words & _PARTY_LEAD and _LEADS.search(text)
        # 甲和乙为服务队授旗 (a body's standing team named where people take part) sets out no party; 甲带领服务队… does (leads)
        sets_out = party is not None and not party.group().endswith(_STANDING_TEAM)
        if present and (leads or ((sets_out or ranged_visit) and (not self.members or again)) or joins):
            if not self.members or (again and self.until is None):
                self.until = _last_day(view)
            if not self.members and leads:
                self.leader = present[0].text  # 甲带队，乙、丙参加: who leads the party (甲一行来到某村 is the party at a stop)
            if not self.members and party is not None:
                self.named_as = party.group()
            escorts = [m.span() for m in _ESCORTED.finditer(text)] if "陪同下" in text else None
            for person in present:
                if not (escorts and _within_spans(person.start - view.start, escorts)):  # 甲一行在乙陪同下: 乙 hosts, no member
                    self.members.setdefault(person.start, person)
            self.dates.add(active)
            if active[7:8] == "-":  # a day (2026-06-08), not a month
                self.stops.add(active)
            return []
        if party is not None and self.members:
            self.stopped = True  # 调研组首站来到某市。某会会长甲陪同考察: who escorts the party at a stop is a local host, no member
        # where the party's word stands in the sentence; (0, 0) for a day of the range whose clause has no subject of its
        # own (16日下午在某区召开座谈会): the party of the days before goes on, unnamed
        word = party.span() if party is not None else None
        if party is not None and _RETURNS.match(text, party.end()):
            self.dates.add(active)  # 16日，考察团结束行程返回某市: the party goes home, no stop that day (nor where it is named again)
            return []
        if word is None and self.until and active <= self.until and (_opens_with_its_day(view) or _opens_with_unpeopled_clause(view)):
            word = (0, 0)
        if word is None or not self.members or len(active) != 10 or active in self.dates or (self.until and active > self.until):
            return []  # a day past the range the party went out for belongs to another item of the page
        if party is not None and party.group().endswith(_STANDING_TEAM) and party.group() != self.named_as:
            return []  # 甲一行看望救援队 (15日), then 16日，救援队平安归队: a standing team acting is not the party of the day before
        led = party is not None and self.leader and _heads_party(view, party)
        # 在甲陪同下，考察组赴某镇: who escorts the party is named before its word, and the party still acts
        escorts = [e.span() for e in _ESCORTED.finditer(text, 0, word[0])] if "陪同下" in text else ()
        for p in view.persons:
            if p.start < view.start + word[0] and not (led and p.text == self.leader) and not _within_spans(p.start - view.start, escorts):
                return []  # 甲会见了调研组: the party is not the one acting here (甲一行来到某村: its leader is; 甲、乙分别带队: one group)
        for r in view.roles:
            if r.start == view.start + word[1]:
                return []  # 访问团团长甲介绍了…: the party's word is part of a person's title
        self.dates.add(active)
        self.stops.add(active)
        named = {c.who.start for c in claims if c.who.kind == "person"}
        attending = []
        for m in self.members.values():
            if m.start not in named:
                attending.append(ParticipationClaim(m, "attendee", active, "visiting_party", 0.65))
        return attending

    def _any_member(self, present: list[Mention]) -> bool:
        """Whether one of present is a member of the party (by place or by name)."""
        for p in present:
            if p.start in self.members or p.text in {m.text for m in self.members.values()}:
                return True
        return False


_VISITS = re.compile(word_alternation("visit_activity"))
_VISIT_ACTIVITY = word_bit("visit_activity")  # SentenceView.words: _VISITS can match
_DAY_OPENING = re.compile(rf"\s*(?:{word_alternation('day_part')})?\s*[,，]?\s*(?:{word_alternation('stop_opening')})")


def _within_spans(at: int, spans) -> bool:
    """Whether at is inside one of the (start, end) spans (a loop, not any() over a generator: no cells)."""
    for a, b in spans:
        if a <= at < b:
            return True
    return False


def _opening_day(view: SentenceView) -> Mention | None:
    """The day the sentence opens with (within its first two characters), else None."""
    first = next((d for d in view.dates if d.precision == "day"), None)
    return None if first is None or first.start - view.start > 2 else first


def _opens_with_its_day(view: SentenceView) -> bool:
    """16日下午在某区召开座谈会, 17日，赴某县考察: the sentence opens with its day, then a verb or a place's preposition with no
    subject before it (the party of the days before goes on)."""
    first = _opening_day(view)
    return first is not None and _DAY_OPENING.match(view.sentence.text, first.end - view.start) is not None


def _opens_with_unpeopled_clause(view: SentenceView) -> bool:
    """24日上午，某助学金发放仪式在某校举行 / 25日下午两会在某地签订协议 / 7日，某会联合某会在某镇发放…: a day of the party's range
    opens the sentence and its first clause names no person (a gathering, the party's bodies act), so the party goes on
    there (docs/gold-conventions.md: a visiting party attends each stop); a person named there acts on their own."""
    first = _opening_day(view)
    if first is None or view.sentence.text.lstrip()[:1] in ITEM_MARKS:
        return False
    lead = _LEAD_DAY.match(view.sentence.text, first.end - view.start)
    clause_from = view.start + (lead.end() if lead else first.end - view.start)
    end = _CLAUSE_END.search(view.sentence.text, clause_from - view.start)
    clause_end = view.start + end.start() if end else view.sentence.end
    return not any(clause_from <= p.start < clause_end for p in view.persons + view.pronouns)


def _heads_party(view: SentenceView, party: re.Match[str] | None) -> bool:
    """甲一行, 甲等一行: a person named right before the party's word leads it."""
    if party is None:
        return False
    at = view.start + party.start()
    return any(p.end <= at and not view.sentence.text[p.end - view.start:party.start()].strip(" 等") for p in view.persons)


def _lists_names(view: SentenceView, after: int) -> bool:
    """主持：某会副会长甲 lists a name under its label (titles and bodies before it); 主持人：接下来连线的是甲 is a transcript's
    host speaking (a verb before the name), who names the people brought in, not who chairs."""
    first = next((p.start for p in view.persons if p.start >= after), None)
    if first is None:
        return False
    covered = [(m.start, m.end) for m in view.roles + view.orgs]
    return not any(
        t.pos[:1] == "v" and not any(a <= t.start and t.end <= b for a, b in covered) for t in view.tokens if after <= t.start and t.end <= first
    )


def day_range(view: SentenceView) -> tuple[str, str] | None:
    """(first, last) of the range of days a sentence's first day opens (11月14日至15日), else None."""
    first = next((d for d in view.dates if d.precision == "day"), None)
    last = range_last_day(view.sentence.text[first.start - view.start:first.end - view.start], first.value) if first else None
    return (first.value, last) if last else None


_OPENS = re.compile(word_alternation("gathering_opening"))  # 开班, 开幕, 开市: a gathering opens (data/lexicons/event_words.tsv)
SERIES = re.compile(word_alternation("series_gathering"))  # 服务周, 训练营: a gathering made of its days (event_words.tsv)
_SERIES_HOSTED = re.compile(f"(?:{SERIES.pattern})由")  # 服务周由甲主办 (not 由甲主办的服务周启动仪式: its launch's hosts)
# 全年将举办12讲, 共开设6讲, 每两周举办一讲: a lecture series told by its sessions, given one after another up to the page's day
_COUNTED_SESSIONS = re.compile(r"(?:举办|开设|安排|共)[0-9一二三四五六七八九十]+讲|每[^,。;]{0,4}举办一讲")


def course_days(view: SentenceView, before: SentenceView | None, first: str, page: str) -> tuple[str, str] | None:
    """(first, last) of a gathering its hosts' sentence or the one before tells opening on `first` with no range of days:
    为期三天的培训班 lasts those days; a course that 开班, a forum that 开幕 or a fair that 开市 goes on over days the
    page does not count, up to the page's day (5月26日，某培训班开班…27日晚，培训班开设线上直播专场), and so does a 服务周 its hosts
    are written for (服务周由甲、乙主办) and a lecture series told by its sessions (全年将举办12讲). None for anything else."""
    text = view.sentence.text if before is None else before.sentence.text + view.sentence.text
    last = lasting_last_day(text, first) if "为期" in text else None  # (a test before the call: most hosts' sentences)
    if last is None and first[9:] and page > first and (_OPENS.search(text) or _SERIES_HOSTED.search(view.sentence.text) or ("讲" in text and _COUNTED_SESSIONS.search(text))):
        last = page
    return None if last is None else (first, last)


def _last_day(view: SentenceView) -> str | None:
    """The last day of the range of days a sentence opens with (11月10日至11日 -> 11-11), else None."""
    first = next((d for d in view.dates if d.precision == "day"), None)
    return range_last_day(view.sentence.text[first.start - view.start:first.end - view.start], first.value) if first else None


# 出席： on a line of its own, then 区民政局：甲（局长）、乙 / 某街道慈善分会：丙（会长） line by line (minutes): the people of
# the unit lines under a presence label were there, until a line of another shape
# 分三组, 分成两个组, 分组: a party split into groups, each listed on a line of its own after the colon
_SPLIT_INTO_GROUPS = re.compile(r"分(?:成)?[两二三四五六七八九十0-9]*个?组")
_LABEL_ALONE = re.compile(r"\s*(?P<label>[^,，。;；:：\s]{1,12})[:：]\s*$")
_UNIT_LINE = re.compile(r"\s*[^,，。;；:：\s]{2,24}[:：]")
# 某局　　副局长　　甲, 副 会 长　甲　乙（女）　丙 (cells, some padded by single spaces): at least one wide gap or
# two narrow ones
_CELL_LINE = re.compile(r"\s*[^,，。;；:：\s]{1,24}(?:(?:\s+[^,，。;；:：\s]{1,24}){2,}|(?:\s{2,}|\t)[^,，。;；:：\s]{1,24})\s*$")


# 出席嘉宾名单, 附：参会人员名单（按姓氏笔画排序）: the title of a list of those present, alone on its line
_PRESENCE_LIST_TITLE = re.compile(
    rf"\s*(?:附[:：]?\s*)?[^,，。;；:：\s]{{0,12}}?(?:{word_alternation('presence_label')})[^,，。;；:：\s]{{0,6}}名单\s*(?:[(（][^()（）]{{1,12}}[)）])?\s*[:：]?\s*$"
)
_PRESENCE_COLUMN = word_bit("presence_column_header")  # SentenceView.words: such a header is written
_PRESENCE_COLUMNS = frozenset(word_class("presence_column_header"))


def _row_persons(table_rows: list[TableRow], roster_only: bool) -> dict[int, list[Mention]]:
    """The persons of a table's rows by the line they stand on (tables.py reads them by column, a line's scan may not);
    roster_only: those of a roster's rows alone (　　　　乙　某局处长 under 委　员：甲)."""
    found: dict[int, list[Mention]] = {}
    for row in table_rows:
        if row.roster or not roster_only:
            found.setdefault(row.view.start, []).append(row.person)
    return found


def _with_row_persons(view: SentenceView, row_persons: dict[int, list[Mention]]) -> list[Mention]:
    """The line's persons, then those its table rows add that the line's scan did not read."""
    rows = row_persons.get(view.start) if row_persons else None  # (most pages have no table: no lookup for each line)
    return view.persons if rows is None else view.persons + [p for p in rows if p not in view.persons]


class PresenceBlock:
    """The lines listed under a presence label that stands alone on its line (minutes: 出席：, then one line per unit),
    or under a table's header row with a column of those who took part (签约代表)."""

    def __init__(self, table_rows: list[TableRow]) -> None:
        self.role: str | None = None  # the label's role while a block is open: attendee, or a cue's (主持：)
        self.name_lines = False  # the block's label line named its first person (出　席：甲　会长): a line opening with a name goes on
        self.team = ""  # the team whose roster the block is (专家组 of 专家组名单如下：): its label lines (组　长：甲) list them too
        # 1　某会　甲　秘书长 under 序号　单位　发言人　职务: a table row's person, read by column (tables.py), by line
        self.row_persons = _row_persons(table_rows, roster_only=False) if table_rows else {}  # (no call where no table is)

    def read(self, view: SentenceView, active: str) -> list[ParticipationClaim]:
        text = view.sentence.text
        colon = ":" in text or "：" in text
        alone = _LABEL_ALONE.match(text) if colon else None
        if alone is None and colon and not self.team and ":" in text[1:8] and view.persons and (labelled := PRESENCE_LINE_LABEL.match(text)) is not None and view.persons[0].start == view.start + labelled.end():
            # 出　席：甲　常务副会长 / 　　　　乙　副会长 (minutes): the label's line names its first person (read_participation reads
            # it), each line under it that opens with a name one more
            self.role = _block_role("".join(labelled.group().split()).rstrip(":："))
            self.name_lines = True
            return []
        if self.name_lines and not colon and view.persons and view.persons[0].start == view.start and view.persons[0].info.get("rule") == "line_name":
            lined = []  # (loops, not comprehensions: no cells made for every sentence)
            for role in dict.fromkeys(("attendee", self.role)):
                lined.append(ParticipationClaim(view.persons[0], role, active, "presence_block", 0.7))
            return lined
        if self.name_lines:
            self.name_lines, self.role = False, None  # the lines under the label end (发言嘉宾：… is a list of its own)
        if alone is None and colon and _SPLIT_INTO_GROUPS.search(text) and text.rstrip().endswith((":", "：")):
            self.role = "attendee"  # 2月4日，班子成员分三组，分赴各区走访慰问： then 第一组：副会长　甲…, one line a group
            return []
        if alone is None and not view.persons and "。" not in text and (("名单" in text and _PRESENCE_LIST_TITLE.match(text)) or (colon and list_heading(view))):
            # 附：出席嘉宾名单（按姓氏笔画排序）, 出席开幕式的领导和嘉宾还有： (a heading, no name in it): the rows under it, 甲　某会
            # 副秘书长 one a line, list people who were there
            self.role = "attendee"
            return []
        if alone:
            label = alone.group("label")
            # (ending the paragraph that tells the assessment: a roster heading opening a paragraph of its own may list a
            # standing panel, no one shown at the day the text reached)
            self.team = "" if view.sentence.paragraph_start else _assessing_team(label)
            self.role = _block_role(label) if _PRESENCE_LABEL.search(label) else "attendee" if self.team else None
            return []
        if view.words & _PRESENCE_COLUMN and _CELL_LINE.match(text) and (columns := _PRESENCE_COLUMNS.intersection(text.split())):
            # 序号　项目名称　签约单位　签约代表: a header row whose column names who took part; 序号　单位　发言人　职务: who spoke
            roles = {_block_role(column) for column in columns}
            for role in _PERSON_ROLES:
                if role in roles:
                    self.role = role
                    break
            else:
                self.role = "attendee"
            return []
        if self.role is None or not (_UNIT_LINE.match(text) or _CELL_LINE.match(text) or _name_row(view) or (self.team and _LIST_LABEL.match(text))) or (listed := _LIST_LABEL.match(text)) is not None and listed.group("label") in lexicons().participation_cues:
            self.role, self.team = None, ""
            return []
        persons = _with_row_persons(view, self.row_persons)
        claims = []
        for p in persons:
            claims.append(ParticipationClaim(p, "attendee", active, "presence_block", 0.7))
        if self.role != "attendee":
            for p in persons:
                claims.append(ParticipationClaim(p, self.role, active, "presence_block", 0.7))
        return claims


# 委　员：甲, 首批结对志愿者为：乙　丙: a roster line's label (its spaced characters joined after), the names after the colon
_GROUP_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,3}|[^,，。;；:：\s]{2,12}?)(?:为|有)?[:：]")
_WHOLE_GROUP = "|".join(map(re.escape, word_class("group_determiner")))  # 全体委员出席: the whole group
_GROUP_ALONG = word_alternation("group_along_word")  # 志愿者随队来到: the group came along
_ATTEND_WORDS = "|".join(re.escape(word) for word, cue in lexicons().participation_cues.items() if cue.cue == "attend")
_COLLECTIVE_NOUNS = frozenset(word_class("collective_noun"))
# 复审专家, 评委, 评审专家组由5名专家组成: a roster's label (or its heading alone on a line) naming a judging panel, the panel's
# word last (经专家评审，获奖名单如下： is a list of winners, 特邀专家学者： no panel)
_PANEL_LABEL = re.compile(rf"[^,，。;；:]{{0,8}}?(?:{word_alternation('panel_word')})(?:由[^,，。;；:]{{1,8}}组成)?")
# 附：某市“十佳慈善项目”评审委员会名单, 第五届某奖评委会组成人员名单, 评审专家组成员名单如下：: the heading of a jury's roster
_JURY_ROSTER_HEADING = re.compile(
    rf"\s*(?:{ANNEX_LEAD})?[^\s,，。;；:：]{{0,30}}?(?:(?:评审|评选|评定|推荐|遴选|终审|复审)[^\s,，。;；:：]{{0,6}}?"
    r"(?:委员会|专家组|专家|小组)|评委会|评审组|评审团|评委)(?:组成人员|成员|委员)?名单(?:如下)?\s*[:：]?\s*$"
)
_PANEL_ACTIVITY = re.compile(word_alternation("panel_activity"))
# 评审会召开, 终审答辩在某地举行, 进行了复审, 组织专家开展评审: the judging told as held (not 发布评审结果, 经…会议评审)
_JUDGING = r"(?:评审|复审|初审|终审|答辩|路演)"
_JUDGING_HELD = re.compile(
    rf"{_JUDGING}(?:会议?|活动|工作)?[^,，。;；]{{0,8}}?(?:召开|举行|举办|进行|开展)"
    rf"|(?:召开|举行|举办|进行|开展|组织)(?:了|专家)*[^,，。;；]{{0,12}}?{_JUDGING}(?!结果|情况|名单)"
)  # 进行了复审, 评审会召开: the judging where the event is told
_GROUP_NAME_MIN = 3  # characters: a group named with no 全体 before it (志愿者来到) is no bare title (会长出席 of 副会长出席)


def _people_noun(group: str) -> bool:
    """委员, 驻站社工, 首批结对志愿者: a label ending in a title or a word for people (认领：, 地址： list no group of people)."""
    roles = lexicons().roles
    return any(group[i:] in roles or group[i:] in _COLLECTIVE_NOUNS for i in range(len(group) - 1))


class GroupRoster:
    """评估委员会全体委员出席 … 委　员：甲 / 　　　　乙; 志愿者随队来到某村 … 首批志愿者为：丙　丁: the people of a roster line
    whose label is a group the page showed present before attend on that sentence's day (a roster of a group never said
    to be present places no one)."""

    def __init__(self, table_rows: list[TableRow]) -> None:
        self.told: dict[int, tuple[SentenceView, str]] = {}  # the body's sentences so far and their days (filled by the caller)
        self.day = ""  # the day of the group whose roster lines are being read: a line opening with a name goes on
        self.panel = ""  # the day of the judging panel whose roster follows its heading (评审专家组由5名专家组成：): its lines attend
        self.rule = "group_roster"  # panel_roster while a judging panel's roster is read: its day's event is named by the judging
        self.row_persons = _row_persons(table_rows, roster_only=True) if table_rows else {}  # 　　　　乙　某局处长 under 委　员：甲: a roster row's person

    def read(self, view: SentenceView) -> list[ParticipationClaim]:
        """The members a roster line of a group shown present lists (on a line with a colon, or one under it)."""
        text = view.sentence.text
        persons = _with_row_persons(view, self.row_persons)
        if not persons and "名单" in text and _JURY_ROSTER_HEADING.match(text):
            # 附：某市“十佳慈善项目”评审委员会名单, 评审专家组成员名单如下： a jury's roster: each member attends its judging
            self.day = self.panel = self._judged_day(held=True)
            self.rule = "panel_roster"
            return []
        if not persons and text.rstrip().endswith(":"):  # (the sentence is normalized: ： is :)
            self.day = self.panel = self._panel_day("".join(text.rstrip()[:-1].split()))  # 复审专家： alone on its line: one member a line
            self.rule = "panel_roster"
            return []
        label = _GROUP_LABEL.match(text) if ":" in text or "：" in text else None
        if label is None:
            if self.day and "。" not in text and persons and not text[:persons[0].start - view.start].strip():
                return [ParticipationClaim(p, "attendee", self.day, self.rule, 0.65) for p in persons]
            self.day = self.panel = ""
            return []
        listed = [p for p in persons if p.start >= view.start + label.end()]
        group = "".join(label.group("label").split())
        self.day = (self._shown(group) if _people_noun(group) else "") if listed else ""
        self.rule = "group_roster"
        if listed and not self.day:  # 评审专家：甲　乙, or 组　长：甲 under the panel's heading
            self.day, self.rule = self._panel_day(group) or self.panel, "panel_roster"
        return [ParticipationClaim(p, "attendee", self.day, self.rule, 0.65) for p in listed] if self.day else []

    def _shown(self, group: str) -> str:
        """The day of the latest sentence before that shows the group present (全体委员出席, 志愿者随队来到), else ""."""
        shown = re.compile(rf"(?:{_WHOLE_GROUP}){re.escape(group)}" + (rf"|{re.escape(group)}(?:{_GROUP_ALONG})?(?:{_ATTEND_WORDS})" if len(group) >= _GROUP_NAME_MIN else ""))
        for told, day in reversed(self.told.values()):
            if group in told.sentence.text and shown.search(told.sentence.text) and any(cue.cue == "attend" for cue in told.cues):
                return day
        return ""

    def _panel_day(self, named: str) -> str:
        """评审专家：甲　乙 after 区民政局于7月3日组织专家进行了复审: a roster naming a judging panel attends the day of the latest
        sentence telling the judging on a day it writes (a panel never placed at an event places no one), else ""."""
        if _PANEL_LABEL.fullmatch(named) is None:
            return ""
        return self._judged_day()

    def _judged_day(self, held: bool = False) -> str:
        """The day of the latest sentence telling the judging (评审, 复审, 路演) on a day it writes, else ""; `held`: a judging the
        sentence tells as held (评审会召开, 进行了复审, 举行终审), not one told in passing (经评审委员会5月21日会议评审)."""
        for told, _ in reversed(self.told.values()):
            written = [date.value for date in told.dates if date.precision == "day"]  # (a notice's sentence is dated by its page)
            if written and (_JUDGING_HELD if held else _PANEL_ACTIVITY).search(told.sentence.text):
                return written[0]
        return ""


_NAME_ROWS = ("bracketed_name", "line_name")  # 甲（某医院主任医师）, 乙　某大学副教授: a name that opens a row of a list


def _name_row(view: SentenceView) -> bool:
    """甲（某医院主任医师）, 乙　某大学副教授 alone on its line (one gap, no cells): a row of a list, the name first."""
    return bool(view.persons) and view.persons[0].info.get("rule") in _NAME_ROWS and not view.sentence.text[:view.persons[0].start - view.start].strip()


def _block_role(label: str) -> str:
    """The role a presence label gives the people listed under it: a cue's (主持：), else attendee (出席：)."""
    cue = _label_cue(label)
    return cue.role if cue is not None and cue.role in _PERSON_ROLES else "attendee"


# 考评组成员如下:, 专家组名单: the heading of an assessing team's roster (data/lexicons/event_words.tsv)
_ASSESSING_ROSTER = re.compile(rf"(?P<team>{word_alternation('assessing_team')})(?:{word_alternation('assessing_roster_noun')})")


def _assessing_team(heading: str) -> str:
    """考评组成员如下, 专家组名单: the team (考评组, 专家组) whose roster the heading gives, if it gives an assessing team's; else ""."""
    roster = _ASSESSING_ROSTER.search(heading) if "组" in heading else None
    return "" if roster is None else roster.group("team")


# 专家组组长由甲担任，成员包括乙、丙; 评审团由七名评委组成，评委包括丁: an assessing team formed in prose (data/lexicons/event_words.tsv)
_PROSE_PANEL = re.compile(rf"(?P<team>{word_alternation('assessing_team')})[^。;]*?(?:{word_alternation('panel_marker')})")


def prose_panel(view: SentenceView) -> str:
    """The assessing team (专家组, 评审团) a prose sentence forms by naming its leader or members, else "": unlike a roster under
    a heading (专家组名单：), its names stand in running text, and a 由…担任 or 为成员 names no elected post."""
    text = view.sentence.text
    if text.rstrip().endswith(":"):
        return ""  # a roster's heading, whose lines PresenceBlock reads
    panel = _PROSE_PANEL.search(text)
    return "" if panel is None else panel.group("team")


def list_heading(view: SentenceView) -> bool | None:
    """Whether the lines after this one list people who were there: 参加义诊的专家有：, 出席开幕式的领导和嘉宾还有： (a line
    ending in a colon that names presence) do; 现将结对名单公布如下： does not; None for a line not ending in a colon."""
    text = view.sentence.text.rstrip()
    if not text.endswith(":"):  # (the sentence is normalized: ： is :)
        return None
    return _PRESENCE_LABEL.search(text) is not None or any(c.cue == "attend" for c in view.cues)


# 【嘉善】, ■遂昌, 7．: what opens an item of a digest or a roundup (its heading, a bullet, its number); ITEM_MARKS, the
# characters a heading or a bullet starts with, gate the test (the text is normalized: 7． is 7.)
_BULLETS = "■●◆"
ITEM_MARKS = "【" + _BULLETS
ITEM_NUMBER_ENDS = (".", "、")  # what follows an item's number of one or two digits (7., 12、)
_ITEM_OPENING = re.compile(rf"(?:【[^【】]{{1,20}}】|[{_BULLETS}]|[{DIGITS}]{{1,2}}[{''.join(ITEM_NUMBER_ENDS)}])")
_SPEAKING = ("quote", "speaker", "follow")  # the cue classes of saying (说, 介绍) and of words with no role
_ITEM_HEADING_MAX = 20  # characters: an item's heading on a line alone (■遂昌, 【企业也来“月捐”】)


def words_with_no_gathering(view: SentenceView, earlier: list[SentenceView], before: SentenceView | None) -> bool:
    """【嘉善】某县慈善总会近日向医院拨付善款50万元。常务副会长甲说，…; ■遂昌 ¶ 某项目今年共资助…。会长乙介绍，…: words
    in an item of a digest (it opens with its heading, bullet or number, or a heading line stands above it) that tells no
    gathering before them (no happening, no day, no cue but saying): there was no event to be present at
    (docs/gold-conventions.md, words in an item that reports no gathering)."""
    for cue in view.cues:  # (a plain loop: most sentences with people hold a cue of taking part)
        if cue.cue not in _SPEAKING:
            return False
    heading = before if before is not None and "。" not in before.sentence.text and len(before.sentence.text) <= _ITEM_HEADING_MAX else None
    if not (_ITEM_OPENING.match(earlier[0].sentence.text) or (heading is not None and _ITEM_OPENING.match(heading.sentence.text) and _tells_no_gathering(heading))):
        return False
    return _tells_no_gathering(view) and all(_tells_no_gathering(w) for w in earlier)


def _tells_no_gathering(view: SentenceView) -> bool:
    """No happening, no day, no cue but saying and no word of a gathering (会议, 活动, 现场) in the sentence."""
    text = view.sentence.text
    return (
        not view.has_trigger() and not any(d.precision == "day" for d in view.dates) and all(c.cue in _SPEAKING for c in view.cues)
        and not any(word in text for word in _GATHERING_WORDS)
    )


# the endings of events' names (events.tsv) and the words of a gathering's place (word_classes.tsv)
_GATHERING_WORDS = tuple(lexicons().event_suffixes) + tuple(word_class("gathering_place"))


# 左起：甲、乙, 从左至右依次为：丙, 前排左起: the order of the people a photo's caption names, who are there
_CAPTION_LEAD = re.compile(r"\s*[(（]?\s*(?:前排|后排|第[一二三]排)?(?:左起|右起|从左至右|从左到右|从右至左|从右到左|由左至右|由左到右)(?:依次)?(?:为|是)?\s*[:：]")
_PHOTO_MARK = re.compile(r"^\s*[▲△]|[(（](?:左|右|中|前排|后排)[一二三四五六七八九十0-9]*[)）]")  # ▲…, 甲（左二）: a photo's caption


def bare_row(view: SentenceView) -> bool:
    """副理事长　甲（女）, 某医院主任医师　乙；, 某会——某会（会长　丙）: a line of titles, bodies and names with no verb, cue,
    date or happening, a row of a roster or a list the page gives after its prose: it names people, it does not show them
    at the event (a caption, ▲甲与老人交谈, has its verb; ▲副会长乙（左二）在活动现场 shows them in the photo)."""
    if view.dates or _acting_cue(view) or _SOUNDBITE.match(view.sentence.text) or _PHOTO_MARK.search(view.sentence.text) or view.has_trigger():
        return False
    covered = [(m.start, m.end) for m in view.mentions()]
    # (分管副局长: a verbal noun in a title; 副会长兼秘书长: 兼 joins two titles of one chain)
    return not any(t.pos == "v" and t.word not in _CHAIN_JOINERS and not any(a <= t.start < b for a, b in covered) for t in view.tokens)


# 甲即将赴某县…, 乙将于下月…, 丙、丁还将出席…, 戊拟参加…: names whose clause goes on in the future (not 己将善款交到…)
_TO_COME = re.compile(
    rf"(?:{word_alternation('future_act_marker')})|[还也亦都]?将(?:{word_alternation('future_act_verb')})"
)
_NAMES_JOINED = ("、", "和", "与", "及", "")
_TITLE_BETWEEN = 10  # characters of a title between a joiner and the next name (、秘书长乙)
_CLAUSE_MARK = re.compile(r"[,，。;；:：]")


told_to_come = _TO_COME.search  # a sentence where some clause tells a deed still to come: to_come is asked of its people


def to_come(view: SentenceView, person: Mention) -> bool:
    """Whether the clause a person's name (or the list of names it stands in: 甲、乙将…) opens tells a deed still to come
    (the caller tests that told_to_come finds one in the sentence): the person takes part in nothing yet on that clause."""
    text = view.sentence.text
    end = person.end
    for other in view.persons:
        gap = text[end - view.start:other.start - view.start] if other.start >= end else "-"
        if gap in _NAMES_JOINED or (gap[:1] in _NAMES_JOINED and len(gap) <= _TITLE_BETWEEN and _CLAUSE_MARK.search(gap) is None):
            end = other.end  # 甲、乙将…; 甲、秘书长乙拟…: the list's last name closes it
    return _TO_COME.match(text, end - view.start) is not None


_LEAD_DAY = re.compile(rf"\s*(?:{word_alternation('day_part')})?\s*[,，]")
_SENTENCE_END = ("。", "!", "?", "！", "？", "…", ".", ";", "；")  # (某医院主任医师 甲; a list's item, no caption)


def participation_date(view: SentenceView, active: str, main: str, caption: bool) -> str:
    """The date the people of this sentence take part on. A day opening one of its clauses before any reported
    speech (15日上午，甲、乙一行在丙陪同下参观了…) dates the whole sentence, not its first clause only. A photo caption
    (`caption`, photo_caption) shows the article's main event, whatever day the text before it reached, unless its
    people were placed at another (captioned_day)."""
    text = view.sentence.text
    if view.sentence.index < 0:
        return active
    days = _clause_days(view) if view.dates else []  # (no call for a sentence with no date: most)
    if days:
        return days[0][1]
    if caption and len(main) >= len(active) and main[:7] == active[:7]:
        return main  # a caption: the month's main event, never a date of another month
    listed = _LIST_LABEL.match(text) if main and view.sentence.paragraph_start and not view.dates and ("：" in text or ":" in text) else None
    if listed and _PRESENCE_LABEL.fullmatch("".join(listed.group("label").split())) and len(main) >= len(active) and main[:7] == active[:7]:
        return main  # 出席：甲　乙 / 记录：丙 on lines of their own (minutes): the meeting the page records, not the day the text reached
    return active


def photo_caption(view: SentenceView) -> bool:
    """A short line of its own (a sentence with no date: the caller checks) that names a person, with no stop at its end and
    no colon (▲甲（右一）在某地慰问老人, 某会会长甲主持会议): a photo caption; a row of names alone (甲　乙　丙) is none."""
    stripped = view.sentence.text.rstrip()
    return (
        len(stripped) <= 30 and not stripped.endswith(_SENTENCE_END) and ":" not in stripped and "：" not in stripped
        and any(p.info.get("rule") not in _LISTED_ONLY for p in view.persons)  # (a row of names alone goes on the list before it)
    )


def captioned_day(claims: list[ParticipationClaim], seen: dict[str, str], at_main: dict[str, bool], name) -> list[ParticipationClaim]:
    """▲甲（右一）在某福利中心慰问老人 under the paragraph that told 甲's visit: a caption shows its people at the page's main
    event where the text placed them there (`at_main`), else at the event the text placed them at last (`seen`: each name's
    last day; `name` gives a mention's name); a person the text has not placed yet keeps the caption's day."""
    dated = []
    for claim in claims:
        who = name(claim.who) if claim.who.kind == "person" else ""
        day = seen.get(who) if who and who not in at_main else None
        dated.append(ParticipationClaim(claim.who, claim.role, day, claim.rule, claim.confidence) if day and day != claim.date else claim)
    return dated


def formed_before_its_day(view: SentenceView, following: SentenceView | None) -> str | None:
    """第二组由常务副会长甲带队，副秘书长乙参加。10日，慰问组赴某县…: a sentence that forms a party and names no day of
    its own takes part on the day the next sentence opens with, when that sentence's subject is the party."""
    if following is None or view.dates or following.sentence.index < 0 or not (view.words & _PARTY_LEAD and _LEADS.search(view.sentence.text)):
        return None
    days = _clause_days(following)
    if not days or days[0][0] - following.start > 12:
        return None  # the next sentence does not open with its day
    party = _PARTY.search(following.sentence.text)
    if party is None or any(p.start < following.start + party.start() for p in following.persons):
        return None  # 10日，丙会见了…: someone else acts
    return days[0][1]


def _clause_days(view: SentenceView) -> list[tuple[int, str]]:
    """(offset, date) of each day that opens a clause before any reported speech (15日上午，…; …；16日，…)."""
    if not view.dates:
        return []
    text = view.sentence.text
    quote = view.quote
    days = []
    for date in view.dates:
        if date.start >= quote or date.precision != "day":
            continue
        before = text[: date.start - view.start].rstrip()
        if (not before or before[-1] in ",，。;；:：") and _LEAD_DAY.match(text, date.end - view.start) and not (view.cues and spoken_of(view, date)):
            days.append((date.start, date.value))  # (not 甲通报了情况：9月5日至11日，…: the days of what was reported)
    return days


def dated_by_clause(view: SentenceView, claims: list[ParticipationClaim], taking_part: str) -> list[ParticipationClaim]:
    """9月5日，甲出席…；9月12日，乙参加…；9月26日，丙主持…: where several days open clauses of one sentence (a
    chronicle's items), the people named after a day take part on that day, not on the sentence's first day."""
    if view.sentence.index < 0:
        return claims
    days = _clause_days(view) if view.dates else []  # (no call for a sentence with no date: most)
    if not days:
        return claims
    for _, value in days:  # (a loop, not a set by a comprehension: two days or more?)
        if value != days[0][1]:
            break
    else:
        return claims
    dated = []
    for claim in claims:
        if claim.date == taking_part:
            day = taking_part
            for start, value in reversed(days):  # (a loop, not next() over a generator: no cell for every sentence)
                if start <= claim.who.start:
                    day = value
                    break
            if day != claim.date:
                claim = ParticipationClaim(claim.who, claim.role, day, claim.rule, claim.confidence)
        dated.append(claim)
    return dated


# 甲、乙为获奖学生颁奖, 向新一届校董颁发聘书, 10位获得者悉数到场领奖: a group the event handed its awards or letters
_HANDED_GROUP = re.compile(
    rf"[为向](?P<to>[^,，。;；:：为向]{{2,32}}?)(?:{word_alternation('handing_adverb')})?(?:{word_alternation('handing_verb')})"
    rf"|(?P<came>[^,，。;；:：]{{2,24}}?)(?:{word_alternation('whole_group_adverb')})?(?:{word_alternation('came_for_award')})"
)
_HANDED_WORD = word_bit("handing_verb") | word_bit("came_for_award")  # SentenceView.words: _HANDED_GROUP can match
_GROUP_ITEMS = re.compile(r"[、和及与]")
_STAND_IN = word_class("group_stand_in")  # 获奖代表: some of the group only, not the list of it
_BODY_KINDS = frozenset(word_class("body_kind_noun"))  # 企业, 单位, 机构: a group of bodies, no people (word_classes.tsv)
_RECIPIENT_GROUP = tuple(word_class("recipient_group"))  # 受表彰人员, 获奖者: the honoured as a whole (word_classes.tsv)
HONOUR_LIST_KEY = "\0"  # handed_groups' key for such a group: HandedList reads it as any honour list's heading
# 附：2026年度“最美救援人”名单（10名）, 受表彰先进个人名单: the heading of an honour list (honour_list_word before 名单)
_HONOUR_LIST = rf"(?:{word_alternation('honour_list_word')})[^,，。;；:：]{{0,16}}?[”\"]?名单[^,，。;；:：]{{0,10}}$"
(_ROSTER_NOUN,) = word_class("roster_noun")  # 名单 (data/lexicons/word_classes.tsv)
_CLAUSE_OR_SENTENCE_END = ("。", "!", "?", "！", "？")


def handed_groups(views: list[SentenceView]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The head nouns (their last two characters: 学生, 校董, 会长) of the groups a page shows handed their awards,
    certificates or letters at the event (甲为获奖学生颁奖, 获奖者悉数到场领奖): a list the page gives of that group,
    before or after that sentence, names people who were there (docs/gold-conventions.md: handed, then attendee);
    and the indexes of the sentences that show something handed (HandedList's day is one of theirs)."""
    keys: list[str] = []
    captioned: list[str] = []  # the keys only a photo caption gives (▲甲为“某某之星”颁奖)
    stood_in = False  # a sentence of the text hands the awards to some of the group only (甲为获奖代表颁奖)
    handed_in: list[int] = []
    for view in views:
        if not view.words & _HANDED_WORD:
            continue  # (most sentences: no award handed, no regex)
        sentence = view.sentence.text
        caption: bool | None = None  # whether the sentence is a photo caption, read where a group it hands needs it
        for number, found in enumerate(_HANDED_GROUP.finditer(sentence)):
            if not number:
                handed_in.append(view.sentence.index)
            name = "to" if found.group("to") else "came"
            start, end = view.start + found.start(name), view.start + found.end(name)
            if any(start <= p.start < end for p in view.persons):
                continue  # 为甲颁发证书: one person, named; no group
            for item in _GROUP_ITEMS.split(found.group(name)):
                item = item.rstrip("们”\"")  # (10名“最美退役军人”: the group's noun inside its quotes)
                if item.endswith(_RECIPIENT_GROUP):
                    keys.append(HONOUR_LIST_KEY)  # 为受表彰人员颁发证书: the page's honour list, whatever its heading calls them
                if item[-2:] in _BODY_KINDS:
                    continue  # 为捐赠企业颁发证书: bodies handed their certificates; a list of them and their heads places no one there
                if caption is None:  # (a caption ends with no stop: a slice's test first, no call for the text's sentences)
                    caption = sentence[-1:] not in "。！？!?" and view.sentence.index >= 0 and not view.dates and photo_caption(view)
                if len(item) >= 2 and not item.endswith(_STAND_IN):
                    (captioned if caption else keys).append(item[-2:])
                elif len(item) >= 4 and item.endswith(_STAND_IN):
                    keys.append(item[-4:])  # 8名受助学生代表依次上台: a list headed 受助学生代表名单 is of them, no other
                    stood_in = stood_in or not caption
    if captioned and not stood_in:
        # ▲甲为“某某之星”颁奖 over a text that says nothing else: the caption shows the group handed; where the text says the
        # awards went to its representatives (甲、乙等为获奖代表颁奖), the caption shows those, not the whole list
        keys += captioned
    return (tuple(dict.fromkeys(keys)) if keys else ()), tuple(handed_in)


# 二等奖获得者为：, 一等奖论文及作者如下：: a label of an award's winners (an award word before it), the list after it theirs
_WINNER_LABEL = rf"奖[^,，。;；:：“]{{0,8}}?(?:{word_alternation('award_winner_label')})(?:为|如下)?[:：](?!“)"


# 为首批驻站律师颁发聘书，他们是：, 5名守望员上台领取工作包，分别是：, …颁奖，名单如下：: the sentence that hands the group
# its awards or letters opens the list of it itself
_HANDED_LIST_INTRO = re.compile(r"[,，](?:[他她]们(?:分别)?|分别|其中)(?:是|为|有)[:：]|(?:名单|人员)?如下[:：]")
# 名单如下（按姓氏笔画为序）：, 他们是：, 获奖名单： opening the sentence after the one that hands the group its awards
_NEXT_LIST_INTRO = re.compile(r"\s*(?:[他她]们(?:分别)?(?:是|为)|(?:获奖|获得者|受聘|受表彰)?(?:名单|人员)(?:如下)?|具体如下)(?:[（(][^）)]{1,12}[）)])?[:：]")


class HandedList:
    """The people a page lists as the group it shows handed their awards or letters (handed_groups): under a heading
    that names the group (获奖学生名单：, then one line a unit) or after a label that does (获得本届某奖的10名教师是：甲、
    乙). A list whose group no sentence shows there stays a list of names (获奖者：甲、乙, and nothing handed)."""

    def __init__(self, keys: tuple[str, ...], handed_in: tuple[int, ...]) -> None:
        self.handed_in = handed_in
        named = [key for key in keys if key != HONOUR_LIST_KEY]
        self.heading = re.compile(
            (rf"(?:{'|'.join(map(re.escape, named))})(?:[^,，。;；:：“]{{0,12}}(?:[（(][^）)]{{1,12}}[）)])?[:：](?!“)|[”\"]?名单[^,，。;；:：]{{0,10}}$)|" if named else "")
            + (rf"{_HONOUR_LIST}|" if len(named) < len(keys) else "") + _WINNER_LABEL
        ) if keys else None
        self.open = False  # a heading naming the group opened a list whose lines follow
        self.day = ""  # the day of the sentence that handed the group its awards, once read

    def read(self, view: SentenceView, active: str) -> list[ParticipationClaim]:
        if self.heading is None:
            return []
        text = view.sentence.text
        if not self.day and view.sentence.index in self.handed_in:
            self.day = active  # 甲为新当选的会长颁发证书 (6月24日), then a later day's item, then 附：名单: the list is that day's
        # (the sentence that hands a group its letters and opens its list, 甲为新入库的专家代表颁发聘书：, is of its own day)
        day = active if view.sentence.index in self.handed_in else self.day or active
        heading = self.heading.search(text)
        if heading is None and view.sentence.index in self.handed_in:
            heading = _HANDED_LIST_INTRO.search(text)  # 甲为首批志愿律师颁发聘书，他们是：, then the names: the group's list
        elif heading is None and view.sentence.index - 1 in self.handed_in:
            heading = _NEXT_LIST_INTRO.match(text)  # 8位“某某之星”依次上台领奖。名单如下（按姓氏笔画为序）：: the next sentence opens it
        if heading is not None and not any(view.start + heading.start() <= p.start < view.start + heading.end() for p in view.persons):
            # (获奖教师代表甲说：… names a person in its label: no list); a list written whole after its heading and closed
            # by a full stop (五星级单位（4家）：甲、乙。) has no lines to follow
            self.open = not text.rstrip().endswith(_CLAUSE_OR_SENTENCE_END)
            return [ParticipationClaim(p, "attendee", day, "handed_group", 0.7) for p in view.persons if p.start >= view.start + heading.end()]
        if not self.open:
            return []
        ended = text.rstrip().endswith(_CLAUSE_OR_SENTENCE_END)
        if (ended and not (view.persons and all(p.info.get("rule") in _LISTED_ONLY for p in view.persons))) or (not view.persons and _ROSTER_NOUN in text):
            self.open = False  # the text goes on, or the heading of another list (附：某会常务理事名单): the list is over
            return []
        return [ParticipationClaim(p, "attendee", day, "handed_group", 0.7) for p in view.persons]


# 13日上午，与会人员来到某市: the gathering's people as a whole (data/lexicons/event_words.tsv visiting_subject), subject of
# the clause the sentence's day opens
_GATHERING_PEOPLE = re.compile(rf"\s*(?:{word_alternation('day_part')})?\s*[,，]?\s*(?:{word_alternation('visiting_subject')})")


class RangePeople:
    """11月12日至13日，某活动在某地举行。…甲、乙参加。 then 13日上午，与会人员来到某市: the people the paragraph opening a
    range of days names as taking part on its first day are the gathering's people (与会人员) on its later days; those
    named only in later paragraphs (a speaker's host) are not the whole gathering's."""

    def __init__(self) -> None:
        self.paragraph = -1  # the paragraph that opened the range of days, while the range holds
        self.days: tuple[str, str] | None = None
        self.people: dict[str, Mention] = {}  # the attendees its paragraph placed on the first day, by name

    def read(self, view: SentenceView, days: tuple[str, str] | None, claims: list[ParticipationClaim], active: str) -> list[ParticipationClaim]:
        """Remember the opening paragraph's attendees; on a later day whose clause the gathering's people open, they attend."""
        if days is None:
            self.days = None
            return []
        if days != self.days:
            self.days, self.paragraph, self.people = days, view.sentence.paragraph, {}
        if view.sentence.paragraph == self.paragraph:
            for claim in claims:
                if claim.role == "attendee" and claim.who.kind == "person" and claim.date == days[0]:
                    self.people.setdefault(claim.who.text, claim.who)
            return []
        first = _opening_day(view) if self.people and days[0] < active <= days[1] and ("与会" in view.sentence.text or "参会" in view.sentence.text) else None
        if first is None or not _GATHERING_PEOPLE.match(view.sentence.text, first.end - view.start):
            return []
        named = {c.who.text for c in claims if c.who.kind == "person"}
        return [ParticipationClaim(m, "attendee", active, "gathering_people", 0.6) for text, m in self.people.items() if text not in named]
