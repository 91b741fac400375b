"""Person names in a sentence: a surname from the lexicon plus one or two characters, accepted only
where something that can follow a name comes next (a title, a cue word, punctuation), or where an
appointment, an honorific, a list or an earlier sentence says it is a name. Split from mentions.py.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache, partial
from itertools import repeat

import rjieba

from .appointments import COUNT, RESPECTIVELY, appointing, elected_after_name, link_before_title, term_body
from .lexicon import WordScanner, after_any, alternation, by_last_two, lexicons, word_alternation, word_bit, word_class
from .text import DIGITS, ITEM_LEADS, NUMBERED_ITEM_NAME, NUMBERED_LEAD, TURN_LEAD
from .mentions import FORMER_CHARS, HAN_WORD, LONG_ORG_ENDING, Mention, Token, Tokens, _boundary_pattern, boundary_starts, by_start, _has_title_edge, ends_with_title, opens_with_surname, _role_pattern
from .org_names import _TOWN_BODIES, AS_LINKS, COPULAS, ORG_ENDINGS_BY_LAST_TWO, PROFESSIONAL_TITLES  # _TOWN_BODIES: 人大, a body, never a given name

# a group of people, a body, a publication (word_classes.tsv), by their last two characters (by_last_two)
_COLLECTIVE_ENDS = by_last_two(word_class("collective_noun") + word_class("thing_noun"))
_COLLECTIVE_WORDS = frozenset(word_class("collective_noun") + word_class("thing_noun"))  # 志愿者, 物资: no name in a list of names
_SELF_REFERENCE = frozenset(word_class("self_reference"))  # 本会, 我会 (word_classes.tsv)
_ADDRESS_TERMS = frozenset(word_class("address_term"))  # 女士, 阿姨 … after a bare surname (word_classes.tsv)
_GROUP_DETERMINERS = frozenset(word_class("group_determiner"))  # 全体, 各位 … before a group's title (word_classes.tsv)
_APPOSITION_MARKS = "：:"  # 甲，某公司董事长 / 乙：某大学教授 opening a sentence (positions.read_copular reads the same)
_COPULA_CHARS = COPULAS | frozenset("以")  # 乙以某会会长的身份: a link of a name to a body and its title besides 为 and 系


def _is_name_token_word(tokens: Tokens, start: int, end: int) -> bool:
    """False where rjieba reads the span as one ordinary dictionary word (单位, 代表), or opens it with a verb or an
    adjective that makes a clause of it (关爱|和, 平等|参与)."""
    token = tokens.starting(start)
    if token is not None and token.pos == "c" and token.end - token.start == 1 and token.end < end and not _after_list_mark(tokens, start):
        return False  # 和|会员: a conjunction before a word (向 and 于 are prepositions and common surnames)
    if token is None:
        return True
    if token.end != end:
        if token.end - token.start == 2 and token.end < end and token.word in _COMPOUND_SURNAMES:
            return True  # 独孤|和|某, 鲜于|和|某: a compound surname the segmenter reads as a verb, a given name opening with 和
        # 关爱|和: a verb of two characters or more inside the would-be name, then a function word or a word running on
        # (not a noun: 高峰, 方正 are names the dictionary also knows as nouns)
        return token.end > end or token.end - token.start < 2 or token.pos[:1] not in "vaft" or not _everyday_phrase(tokens, token, end)
    if end - start == 3 and not token.pos.startswith(("v", "a", "d", "p", "c", "u", "f")):
        return True  # a three-character word after a title is a name even where the dictionary knows it (张立群/m)
    if token.pos == "f" and token.word[-1] in _LOCATIVE_ENDS:
        return False  # 信中, 文中, 席间: a place in a text or a meeting the segmenter reads as one locative word
    return token.pos.startswith("nr") or token.pos in ("x", "nz", "j", "ns") or not rjieba.has_word(token.word)


def _after_list_mark(tokens: Tokens, start: int) -> bool:
    """甲、和某、乙: a 、 (or /) stands right before start, so the one-character conjunction there is a surname (和, 及 never
    follow a list's mark as a conjunction)."""
    index = tokens.index_at(start)
    return bool(index) and tokens[index - 1].word in ("、", "/")


_LOCATIVE_ENDS = "中上里内间"
_COMPOUND_SURNAMES = lexicons().compound_surnames


def _boundary_at(text: str, index: int) -> bool:
    if not "\u3400" <= text[index:index + 1] <= "\u9fff":  # the text's end ("") or not a Han character (HAN, without a regex or len call)
        return True
    return text.startswith(boundary_starts().get(text[index], ()), index) or _suffix_start(text, index)


def _suffix_start(text: str, index: int) -> bool:
    """A place name starts here (张三、上海市…), so a name may end right before it."""
    places = lexicons().places
    for length in (2, 3, 4):
        word = text[index:index + length]
        if word in places and places[word].level != "county":  # (`in`, no get call: most slices name no place)
            return True
    return False


_UNIT_ENDINGS = frozenset(s for s in lexicons().titled_org_suffixes if len(s) == 1)  # 部, 处, 科 … (titled_org_suffixes.tsv)


_PARTY_COMMITTEE_WORDS = frozenset(word_class("party_committee") + word_class("branch_unit"))  # data/lexicons/word_classes.tsv


_SINGLE_CHAR_FOLLOWERS = frozenset(word_class("single_char_follower"))  # data/lexicons/word_classes.tsv
_JOINING_CHARS = frozenset("和与及同")  # a conjunction's one character that a given name may end in (宇文某和)
_CONJUNCTIONS_NO_END = frozenset("与及")  # (和 and 同 end given names: 建和, 大同)
# 在, 为, 也, 说: followers of a name that start no surname (a conjunction before them would join no second name)
_FOLLOWERS_NO_SURNAME = frozenset(c for c in _SINGLE_CHAR_FOLLOWERS if c not in lexicons().any_surnames)
_PARTY_OPENINGS = word_class("party_word") + word_class("party_activity")  # 考察组, 一行, 调研…: what 率 leads (event_words.tsv)


_HAN_RUN = re.compile(r"[\u3400-\u9fff]{0,4}")  # HAN's characters: one regex call instead of one per character
_HAN_RUN_6 = re.compile(r"[\u3400-\u9fff]{0,6}")


_PADDED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")
_PADDING = (" ", "\u3000")  # what follows the first character of a padded name (a cheap test before the regex)


# 阿卜杜·热合曼; also written with •, ・ or a full stop between Han characters (阿卜杜．热合曼, normalized 阿卜杜.热合曼)
NAME_DOTS = "·•・."
_DOT = f"[{NAME_DOTS}]"  # (a character class: every dotted-name pattern below takes its dots from NAME_DOTS)
_DOTTED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_DOT}[\u4e00-\u9fff]{{1,8}}")


# Without a dot of NAME_DOTS in the sentence no dotted-name regex can match: the readings test for one with
# `in` (no call; they run for every title)


_LEFT_OF_NAME = "".join(word_class("char_left_of_name"))  # data/lexicons/word_classes.tsv
# a list line opening with a name (and 女/男 in brackets), then a space before the posts: 甲（女）　某会副秘书长
_ROMANIZED_BEFORE = re.compile(r"[(（][A-Za-zÀ-ÿ .·'’-]+[)）]$")  # 甲（Karen Ho）: a name's spelling in brackets after it
# 出　席：, 列席：, 记　录： (padded or not): a presence label opening a line of minutes, a name line after it
PRESENCE_LINE_LABEL = re.compile("(?:" + "|".join("[ \u3000]*".join(word) for word in word_class("presence_label")) + r")[ \u3000]*(?:人员)?[:：][ \u3000]*")
_CAPTION_LEADS = word_class("caption_lead")  # data/lexicons/word_classes.tsv
CAPTION_MARKS = frozenset(word for word in _CAPTION_LEADS if len(word) == 1 and not "\u4e00" <= word <= "\u9fff")  # ▲
# the first two characters of a caption (图为, 上图, 图: …): with the marks, a cheap test before the regex (not 图像, 上海)
CAPTION_HEADS = frozenset(word[:2] if len(word) > 1 else word + gap for word in _CAPTION_LEADS if word not in CAPTION_MARKS for gap in ": ")


# 图为 甲 某公司总经理; ▲乙（右二），某会会长; 上图：丙（前排左三） 某大学教授: a caption's lead, the name, where the person stands
# in the photo, then a space or a comma before the body and its title (normalized text: ：，（ are half-width)
CAPTION_NAME = re.compile(
    rf"(?:{word_alternation('caption_lead')})[: ]*([\u4e00-\u9fff]{{2,4}})(?:\((?:{word_alternation('caption_place_note')}){{1,2}}第?[一二三四五六七八九十1-9]?\))?(?P<gap> +|,)"
)
_LINE_NAME = re.compile(r"([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[(（ \u3000])|[\u4e00-\u9fff]{2,4})(?:[(（][男女][)）])?[ \u3000]+")
_DATED_AFTER = re.compile(r"\d{4}(?:年\d{1,2}月|年(?:出生|生)|[.．]\d{1,2})")  # a résumé line's first date (or birth year) after its name
# 甲：1983年8月参加工作，历任…; 乙：曾任某局局长。: a career paragraph opened by the name and a colon (公示期：2026年10月26日… is no
# career: the date must start one, by 参加工作, 生, 起, 至 or a range)
_CAREER_DATE = r"\d{4}年(?:\d{1,2}月)?(?:参加工作|出生|生|起|至|[—–－-])"
_COLON_PROFILE_NAME = re.compile(rf"([\u4e00-\u9fff]{{2,4}})[:：][ \u3000]*(?={_CAREER_DATE}|{word_alternation('biography_post_verb')})")
_LINE_NAME_LAST = re.compile(r"(?: {2,}|\u3000)[ \u3000]*([\u4e00-\u9fff]{2,4})\s*$")  # a list line whose last column is the name
_COUNT_LEFT = frozenset(word_class("char_before_counted_name"))  # 授予|甲等10名, 和|乙等20名 (word_classes.tsv)


_GROUP_ENDINGS = frozenset(word_class("group_ending_char"))  # 宣讲团, 服务队, 安全员: a group or a unit, no name (word_classes.tsv)
_NEVER_ENDS_NAME = frozenset(word_class("never_ends_name"))  # 连任的会长: 的 ends no name (word_classes.tsv)
_NEVER_OPENS_NAME = frozenset(word_class("never_opens_name"))  # 项目, 和尚 (word_classes.tsv)
_ROLES = lexicons().roles  # 会长, 书记: after a bare surname, a courtesy form (亢会长), no name
_COURTESY_CHARS = frozenset(word_class("courtesy_char"))  # 老, 总, 工 after a bare surname (闻老, 王总, 戚工; word_classes.tsv)
_SHARE_VERBS = frozenset(word_class("share_verb"))  # 占: a share of a whole follows (word_classes.tsv)
_SHARE_NUMERALS = frozenset("一二两三四五六七八九十百半近约逾超0123456789０１２３４５６７８９")  # a quantity opens
_COUNTER_CHARS = frozenset(word_class("counter_char"))  # 位, 名 after a number (word_classes.tsv)
_NUMBER_UNITS = frozenset(word_class("number_unit_char"))  # 万, 亿 after a digit: the number goes on (word_classes.tsv)
_REN_VERBS = frozenset(word_class("ren_verb"))  # 连任, 继任, 留任 … before a title (word_classes.tsv)
CURRENT_POST = frozenset(word_class("biography_current"))  # 现任: a biography's current post (word_classes.tsv)
AT_THE_TIME = tuple(word_class("at_the_time"))  # 时任 before a title held when a past event took place (word_classes.tsv)


_NAME_AFTER_ONLY = frozenset(word_class("name_after_only"))  # data/lexicons/word_classes.tsv


def _glued_to(tokens: Tokens, start: int, title_start: int) -> bool:
    """The segmenter's word at a name's start runs into the title after it (全体同学): one word, no name."""
    token = tokens.starting(start)
    return token is not None and token.end > title_start


_SCHOOL_GRADES = frozenset(word_class("school_grade"))  # 高二学生: a grade, not a name (data/lexicons/word_classes.tsv)


# 向, 于, 同 …: words a name may follow (char_before_name) that are surnames too
_PREPOSITION_SURNAMES = frozenset(word_class("char_before_name"))
_NEWLY = frozenset("新")  # 新当选, 新任: newly, before an election's verb (向新当选的理事表示祝贺)
_PARTICLES = frozenset("的地得了着过")  # structural and aspect particles: no name ends in one
_WEEKDAY_CHARS = frozenset(word_class("weekday_numeral"))  # 周四: what follows 周 in a weekday (word_classes.tsv)
_ORDINAL_START = re.compile(r"第[一二三四五六七八九十百0-9]")


_DOTTED_NAME_END = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_DOT}[\u4e00-\u9fff]{{1,8}}$")


def _named_before_title(text: str, index: int, tokens: list[Token], offset: int, left_edges: set[int]) -> bool:
    """A name (钟离岚副校长) or a surname alone (鲜于秘书长, 王会长) stands right before the title at index."""
    if name_before(text, index, tokens, offset, left_edges) is not None:
        return True
    lex = lexicons()
    for head, known in ((text[max(0, index - 2):index], lex.compound_surnames), (text[max(0, index - 1):index], lex.surnames)):
        start = index - len(head)
        if head and head in known and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff" or text[start - 1] in _PREPOSITION_SURNAMES):
            return True
    return False


def _boundary_word_end(text: str, index: int) -> int:
    """The end of the longest word that can follow a name (boundary_starts) starting at index, or index."""
    longest = index
    for word in boundary_starts().get(text[index:index + 1], ()):
        if text.startswith(word, index) and index + len(word) > longest:
            longest = index + len(word)
    return longest


def _overlapped_boundary(text: str, end: int, last: int) -> bool:
    """The word that can follow a name at end runs over a later end (up to last) where another such word starts
    (买买|提出|席: 提出 runs over 出席), so the name goes on to that end."""
    word_end = _boundary_word_end(text, end)
    for later in range(end + 1, min(word_end, last + 1)):
        if _boundary_at(text, later):
            return True
    return False


def name_after(text: str, index: int, tokens: list[Token], offset: int) -> int | None:
    """The end of a person name starting at text[index], or None."""
    end = _name_after(text, index, tokens, offset)
    if end is not None and text[end:end + 1] not in _CLOSING_MARKS and _ordinary_words(tokens, offset + index, offset + end):
        if not (text[end - 1:end] in _GIVEN_NAME_CHARS and _typical_name(text, index, end, tokens, offset)):
            return None  # 理事长线上发言, 秘书长向学校赠送: ordinary words run on after the title (向阳、 closed by a mark stays)
    if end is not None and end - index >= 2 and _function_word_run(tokens, offset + index, offset + end) and not _surname_verb_before_cue(text, index, end, tokens, offset):
        if not (text[end - 1:end] in _GIVEN_NAME_CHARS and _typical_name(text, index, end, tokens, offset)):
            return None
    return end


_CHAIN_NAME_CLOSERS = frozenset("，,、。；;")  # what closes a post holder's name in a chain of posts (某局局长甲，某会会长乙)


def post_holder_name(text: str, index: int, tokens: Tokens, offset: int, chained: bool) -> int | None:
    """The end of a post holder's name right after the title of a post, where the readings of name_after find none: a name the
    segmenter reads whole (tagged nr) before a dictionary verb of two characters or more (常务副会长甲乙牵头, 副部长丙丁负责:
    a verb no cue word lists); or, where the title is one of a chain of posts (`chained`: a body or another title right
    before it), a surname and one or two characters closed by a mark, though together they are an everyday word (副市长钟声，
    局长江河、: a given name the dictionary knows as a noun or a place). None where they are a title's edge, a place or a
    word for people or things."""
    compound = text[index:index + 2] in _COMPOUND_SURNAMES
    shortest, longest = (3, 4) if compound else (2, 3)
    name = tokens.starting(offset + index)
    if name is not None and name.pos[:2] == "nr" and shortest <= name.end - name.start <= longest:
        verb = tokens.starting(name.end)
        if verb is not None and verb.pos[:1] == "v" and verb.end - verb.start >= 2 and rjieba.has_word(verb.word):
            end = name.end - offset
            return end if not _has_title_edge(text[index:end]) and text[index:end] not in lexicons().places else None
    if not chained:
        return None
    for end in range(index + shortest, index + longest + 1):
        if text[end:end + 1] in _CHAIN_NAME_CLOSERS:
            candidate = text[index:end]
            if HAN_WORD.fullmatch(candidate) and not _has_title_edge(candidate) and candidate not in lexicons().places and candidate not in _COLLECTIVE_WORDS \
                    and _boundary_word_end(text, index) == index:  # (会长表示，: a word that follows names, no name)
                return end
            return None
    return None


_TAKING_POST = ("担任", "出任", "兼任", "接任", "继任", "代理", "主持")  # 会长由甲担任: the verb the name after 由 does
# 轮值主席甲作2026年度联盟工作报告: the report a rotating chair makes, its year and body between 作 and 报告 (no cue word)
_REPORT_MADE = re.compile(r"作[^，,。；;、]{0,14}?报告")
# 法定代表人由甲变更为乙: two names, each of two to four Han characters, the verb between them, a mark or the end after
_HOLDER_CHANGE = re.compile(r"(?<=由)([\u4e00-\u9fff]{2,4}?)(?:变更|调整|更换)为([\u4e00-\u9fff]{2,4}?)(?=[，,。；;、]|$)")


def _taken_by_after_you(text: str, index: int, tokens: Tokens, offset: int) -> int | None:
    """会长由甲担任, 队长由乙（某公司员工）担任: the end of a name right after 由 that a verb of taking the post follows (after
    a short note in brackets, if any), or None."""
    end = name_after(text, index, tokens, offset)
    if end is None:
        return None
    after = end
    if text[after:after + 1] in "(（" and (note := _BRACKETED_ASIDE.match(text, after)) is not None:
        after = note.end()
    return end if text.startswith(_TAKING_POST, after) else None


_GIVEN_NAME_CHARS = frozenset(word_class("given_name_char"))  # 伟, 芳, 敏, 明, 云 … (word_classes.tsv)
_ANY_SURNAMES = lexicons().any_surnames  # (a name, not a lexicons() call, where a title's name is tested)
_NO_GIVEN_NAME_POS = ("t", "d", "p", "c", "r", "m", "q", "f", "u")  # 明天, 一起, 之前: time, function or count words, no given name


def _county_name_closed(text: str, index: int, places) -> bool:
    """副总经理闻喜，, 会长永年、: after a title, a common surname and one character that together are a county's short name
    (闻喜, 永年: given names a county shares), closed by a comma or 、: the title's holder, no place (a county is never
    written alone right after a title; a city or a province may be: 副市长|南京…)."""
    return text[index + 2:index + 3] in ("，", ",", "、") and text[index] in lexicons().surnames and places[text[index:index + 2]].level == "county"


def _typical_name_in_title_frame(text: str, index: int, tokens: Tokens, offset: int) -> int | None:
    """会长钦慕某主讲, 副处长户长某回答: right after a title (the strongest frame a name stands in), the end of a surname and two
    characters typical of given names that the other readings miss (_typical_name), or None."""
    return index + 3 if _typical_name(text, index, index + 3, tokens, offset) else None


def _typical_name(text: str, index: int, end: int, tokens: Tokens, offset: int) -> bool:
    """A surname (a rare one too) and one or two characters typical of given names (given_name_char) at index..end, closed by
    a cue word or a mark: a name after a title though the segmenter glues the surname to the first character (钦慕, 何以: a
    verb, a conjunction) or reads the given name as a place (长江) or a function word. Not a dictionary word of three, a
    place or a title's edge; not where the given name is one time, function or count word (于|明天) or the whole is one
    locative, time or function word (何时, 向前, 前后)."""
    if end - index not in (2, 3) or end > len(text) or text[index:index + 1] not in _ANY_SURNAMES:
        return False
    for char in text[index + 1:end]:
        if char not in _GIVEN_NAME_CHARS:
            return False
    if not (end == len(text) or text[end] in _CLOSING_MARKS or _cue_at(text, end)):
        return False
    name = text[index:end]
    if (end - index == 3 and rjieba.has_word(name)) or name in lexicons().places or _has_title_edge(name):
        return False
    whole = tokens.starting(offset + index)
    if whole is not None and whole.end == offset + end and whole.pos.startswith(_NO_GIVEN_NAME_POS):
        return False
    given = tokens.starting(offset + index + 1)
    return not (given is not None and given.end == offset + end and given.pos.startswith(_NO_GIVEN_NAME_POS))


def _surname_verb_before_cue(text: str, index: int, end: int, tokens: Tokens, offset: int) -> bool:
    """副书记於飞扬致辞: where _function_word_run reads a preposition and a verb, a surname the segmenter reads as the
    preposition (於 normalized to 于) and a given name it reads as one verb ending where a cue word starts are a name,
    not a clause (向|与会|嘉宾: no cue follows the verb)."""
    if end - index != 3 or text[index] not in lexicons().surnames or not _cue_at(text, end):
        return False
    verb = tokens.starting(offset + index + 1)
    return verb is not None and verb.end == offset + end


_CLOSING_MARKS = frozenset("，,、。；;：:）)")
_SPEECH_OPENERS = frozenset(":：“\"「")  # what follows a verb of saying before what is said
_SAID_CLOSERS = _SPEECH_OPENERS | frozenset("，,。")  # what follows 说 or 讲 that ends a name's clause (欧阳某说，…)
_HOME = "家"  # 某某家: a person's home after the name (走访了某某家)
_HOME_CLOSERS = frozenset("，,、。；;：:）)") | frozenset(("",))  # what closes the clause after 某某家 (or the sentence's end)


# 扎西, 央金, 俄木, 斯琴: halves of Tibetan, Yi and Mongolian given names (minority_name_part in word_classes.tsv)
_MINORITY_NAME_PARTS = frozenset(word_class("minority_name_part"))
_MINORITY_NAME_PARTS_3 = frozenset(word_class("minority_name_part_3"))  # 格日乐, 其其格: three-character halves (word_classes.tsv)


def _unlisted_second_half(text: str, index: int, tokens: Tokens, offset: int) -> bool:
    """After a half of a Tibetan, Yi or Mongolian name (minority_name_part) at index - 2, two Han characters that are no half of
    the class, no word the dictionary knows and no word that follows names, closed by a mark, a word that follows names or a
    verb: the name's second half (a class lists some halves, never all)."""
    if not _unlisted_half(text, index) or text[index + 2:index + 3] in NAME_DOTS:
        return False
    return _boundary_at(text, index + 2) or _word_after_dotted_name(tokens, offset + index + 2)


def _unlisted_half(text: str, index: int) -> bool:
    """Two Han characters at index that are no half of minority_name_part, no word the dictionary knows and no word that
    follows names (nor does one start at the second character): a half of a name with no surname that the class lacks."""
    half = text[index:index + 2]
    if len(half) < 2 or not "\u4e00" <= half[0] <= "\u9fff" or not "\u4e00" <= half[1] <= "\u9fff":
        return False
    return half not in _MINORITY_NAME_PARTS and not _boundary_at(text, index) and not _boundary_at(text, index + 1) and not rjieba.has_word(half)


# 买买提, 吐尔逊, 阿依努尔 …: Uyghur and Kazakh given names (turkic_name_part in word_classes.tsv), by their first two
# characters (马合…, 叶尔…: no test after most titles' names, 马某, 叶某), longest first
_TURKIC_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _part in sorted(word_class("turkic_name_part"), key=len, reverse=True):
    _TURKIC_BY_FIRST[_part[:2]] = _TURKIC_BY_FIRST.get(_part[:2], ()) + (_part,)
_TURKIC_LONGEST = 12  # the most characters such a name of two or three parts has


def _turkic_name_end(text: str, index: int) -> int | None:
    """副县长某某尔某某逊主持, 局长某依古丽某买提，: two or three Uyghur or Kazakh given names (turkic_name_part: the person's and
    the father's, a compound given name's halves) written together with no middle dot right after a title, closed by a
    mark, a cue word, 同志 or 等: the end of the whole name (the longest such run), or None. One part alone is read as
    before (_name_without_surname); a run that no mark or cue closes is no name (precision first)."""
    ends: list[int] = []
    frontier = [(index, 0)]
    while frontier:
        at, count = frontier.pop()
        for part in _TURKIC_BY_FIRST.get(text[at:at + 2], ()):
            if not text.startswith(part, at):
                continue
            after = at + len(part)
            for stop in (after, after + 1) if text[after:after + 1] == "江" else (after,):  # 某某提江: the suffix 江 of a man's name
                if stop - index <= _TURKIC_LONGEST:
                    if count >= 1:
                        ends.append(stop)
                    if count < 2:
                        frontier.append((stop, count + 1))
    for end in sorted(ends, reverse=True):
        if text[end:end + 1] in NAME_DOTS and end < len(text):
            return None  # 某某曼古丽·某某提敏: the parts run up to a middle dot, a dotted name the dotted reading takes whole
        if end == len(text) or text[end] in _CLOSING_MARKS or text.startswith(("同志", "等"), end) or _cue_at(text, end) or _boundary_at(text, end):
            return end
    return None


def _minority_name_closed(text: str, end: int) -> bool:
    """A Mongolian name of two listed halves ends at end, whatever word follows (会长某某其其格作为代表发言), unless a middle
    dot does: a dotted name goes on."""
    return text[end:end + 1] not in NAME_DOTS or end == len(text)


_WORD_AFTER_NAME_POS = ("v", "d", "p", "m", "l")  # 朗诵, 第一次, 一家: a verb, an adverb, a preposition, a count or an idiom


def _word_after_dotted_name(tokens: Tokens, start: int) -> bool:
    """The segmenter reads a dictionary word of two characters or more at start that is a verb, an adverb, a preposition, a
    count or an idiom: what follows a name with no surname when no word that follows names does (某某·某某朗诵了, 一家六口)."""
    token = tokens.starting(start)
    return token is not None and token.end - token.start > 1 and token.pos.startswith(_WORD_AFTER_NAME_POS) and rjieba.has_word(token.word)


def _name_after(text: str, index: int, tokens: list[Token], offset: int) -> int | None:
    if text[index:index + 2] in _TURKIC_BY_FIRST and (turkic := _turkic_name_end(text, index)) is not None:
        return turkic  # 副县长某某尔某某逊主持: Uyghur or Kazakh given names written together, no middle dot
    if text[index:index + 3] in _MINORITY_NAME_PARTS_3:
        if text[index + 3:index + 6] in _MINORITY_NAME_PARTS_3 and _minority_name_closed(text, index + 6):
            return index + 6  # 教授阿拉坦某某格主讲: two three-character halves of a Mongolian name
        if text[index + 3:index + 5] in _MINORITY_NAME_PARTS and _minority_name_closed(text, index + 5):
            return index + 5  # 会长巴特尔某某，: a three-character half, then a two-character one
    if text[index:index + 2] in _MINORITY_NAME_PARTS:
        if text[index + 2:index + 5] in _MINORITY_NAME_PARTS_3 and _minority_name_closed(text, index + 5):
            return index + 5  # 秘书长某某格日乐，, 主任某某其其格主持: a two-character half and a three-character one (敖登 a surname too)
        if text[index + 2:index + 4] in _MINORITY_NAME_PARTS and text[index + 4:index + 5] not in NAME_DOTS:
            return index + 4  # 会长某某央金接收, 研究员某某图雅以…: two halves of such a name, whatever word follows
        if index + 2 == len(text) or (text[index + 2] in _CLOSING_MARKS and text[index + 2] not in NAME_DOTS) or _cue_at(text, index + 2) or text[index + 2] in _SINGLE_CHAR_FOLLOWERS:
            return index + 2  # 局长次仁主持, 书记格桑介绍, 秘书长乌兰，: one half alone is a whole name, closed by a cue or a mark
        if _unlisted_second_half(text, index + 2, tokens, offset):
            return index + 4  # 学生某某卓某朗读, 某某白某（某银行）: a half of the class, then a second the class and the dictionary lack
    elif text[index + 2:index + 4] in _MINORITY_NAME_PARTS and text[index + 4:index + 5] not in NAME_DOTS and _unlisted_half(text, index):
        if index + 4 == len(text) or _boundary_at(text, index + 4) or _word_after_dotted_name(tokens, offset + index + 4):
            return index + 4  # 研究员某某高娃以…为题: a first half the class lacks, then one of the class
    lex = lexicons()
    padded = _PADDED_NAME.match(text, index) if text[index + 1:index + 2] in _PADDING else None
    if padded and text[index] in lex.any_surnames and _boundary_at(text, padded.end()):
        return padded.end()  # 会长王　某: a two-character name padded to the width of three (a rare surname too: 主任医师沃　某)
    dotted = _DOTTED_NAME.match(text, index) if "·" in text or "•" in text or "・" in text or "." in text else None
    if dotted:
        # Uyghur, Mongolian and foreign names are written with a middle dot and no Han surname:
        # the shortest second part that a boundary follows, unless the boundary word there runs past the next end
        # a boundary follows (买买|提出|席 against 买买提|出席: the cue that starts at the later end is the one); where no
        # word that follows names does, a verb, an adverb or a count the segmenter reads (营员某某·某某第一次下海, 学生某某·
        # 某某朗诵了: the second part of two to six characters)
        dot = max(map(text.find, NAME_DOTS, repeat(index), repeat(dotted.end())))  # (map: no generator's cells in every call)
        for end in range(dot + 2, dotted.end() + 1):  # (某维·郑: a surname alone after the dot)
            if _boundary_at(text, end):
                if _overlapped_boundary(text, end, dotted.end()):
                    continue
                return end
            if dot + 3 <= end <= dot + 7 and _word_after_dotted_name(tokens, offset + end):
                return end
    if text.startswith("第", index) and _ORDINAL_START.match(text, index) and not _compound_di_surname(text, index, tokens, offset):
        return None  # 代表第五届理事会: an ordinal, not 第 the surname
    if text[index:index + 2] in lex.compound_surnames:
        lengths = (3, 4)
    elif index < len(text) and (text[index] in lex.surnames or (text[index] in lex.rare_surnames and rare_surname_start(tokens, offset + index))):
        lengths = (2, 3)
    elif text[index:index + 1] in lex.rare_surnames and _rare_surname_joined(text, index, tokens, offset):
        lengths = (3,)
    else:
        end = _name_without_surname(text, index)
        if end is None and (text[index + 3:index + 4] in _JOINED_BY or text[index + 3:index + 5] in _CUE_HEADS):
            end = _unlisted_surname_name(text, index, tokens, offset)  # (gated by slices: no call for most titles)
        return end
    han = _HAN_RUN.match(text, index).end() - index  # Han characters in a row from index, up to four
    if lengths == (2, 3) and han >= 3 and text[index + 2] in _COMING and _COMING_TO_VISIT.match(text, index + 2) and not _has_title_edge(text[index:index + 2]):
        return index + 2  # 副处长甲来锡调研: 来, a place's one-character name and a visit follow a two-character name
    valid = []  # (a loop, not a comprehension: no function object and cells made for every title's name)
    for n in lengths:
        if (
            han >= n  # (n Han characters from index: the name's end is inside the text)
            and _boundary_at(text, index + n)
            and (_is_name_token_word(tokens, offset + index, offset + index + n) or _cue_at(text, index + n)
                 or (n == 3 and text[index] == "和" and text[index + 3:index + 4] in _CLOSING_MARKS and _given_name_word(text[index + 1:index + 3])))
            and not _has_title_edge(text[index:index + n])
            and text[index + n - 1] not in _PARTICLES  # 在甲、乙的见证下: the name stops before 的
            and (text[index + n - 1] not in _CONJUNCTIONS_NO_END or text[index + n:index + n + 1] in _CLOSING_MARKS)
            # 会长甲乙与某大学教授丙: 与 and 及 join the name to the next party, never end a name a body or a name follows
            and (text[index:index + n] not in lex.places or (n == 2 and (_cue_at(text, index + n) or _county_name_closed(text, index, lex.places))))
            # 副局长江海主持: a name a place's too, closed by a cue; 副总经理闻喜，: a county's short name closed by a comma
        ):
            valid.append(n)
    if lengths == (2, 3) and han >= 3 and text[index + 2] in _SAID_THIRD and text[index + 3:index + 4] in _SAID_CLOSERS and not _has_title_edge(text[index:index + 2]):
        return index + 2  # 校长甲乙说，, 指导老师丙丁讲：: no given name ends in 说 or 讲; the segmenter glues them to a name it reads whole
    if 4 in valid and text[index + 3] in _SPEECH_CHARS and text[index + 4:index + 5] in _SAID_CLOSERS and lengths == (3, 4):
        return index + 3  # 志愿者欧阳某说，, 会长东方某讲：: a compound surname, a one-character given name and a verb of saying
        # before the mark that closes it or opens what is said (as _name_then_verb reads 甲乙|说 after a plain surname; the
        # segmenter reads no compound surname as a name's start)
    if lengths == (2, 3) and han >= 3 and text[index + 2] in _JOINING_CHARS and text[index + 3:index + 5] in _ADVERBS_NO_JOIN and not _has_title_edge(text[index:index + 3]):
        return index + 3  # 局长甲乙和先后发言, 丙丁与分别致辞: a conjunction never stands right before such an adverb, so it ends the name
    if valid == [3] and lengths == (3, 4) and text[index + 3:index + 4] in _JOINING_CHARS and _verb_word_at(tokens, offset + index + 4):
        return index + 4  # 企业家宇文某和设立…: a conjunction never stands right before a verb: 和 is the name's (a compound surname)
    if valid[-1:] == [3] and lengths == (2, 3) and _adverb_after_two(text, index, tokens, offset):
        return index + 2  # 学生许某也作了发言: the third character is the adverb after a name
    if not valid and lengths == (2, 3) and han >= 4 and _four_character_name(text, index):
        if text[index + 3] == _HOME and text[index + 4:index + 5] in _CLOSING_MARKS:
            return index + 3  # 走访了甲、乙某某家，: a three-character name and 家 (their home) the segmenter read as one name
        return index + 4
    if not valid:
        if lengths == (2, 3) and han >= 3 and _adverb_after_two(text, index, tokens, offset) and not _has_title_edge(text[index:index + 2]):
            return index + 2  # 律师甲乙已连续…, 副秘书长丙丁都来了: the segmenter's name of two, then an adverb no name ends in
        for n in lengths:
            if _name_then_verb(tokens, offset + index, offset + index + n) and _saying_after(text, tokens, offset + index + n, offset) and not _has_title_edge(text[index:index + n]):
                return index + n  # 会长甲乙回忆说, 秘书长丙丁感慨地说: the segmenter reads the name whole, then a verb of saying glued to it
        if lengths == (3, 4) and (verb_end := _compound_name_then_verb(text, index, tokens, offset)) is not None:
            return verb_end  # 村委会主任东方某接收捐赠, 董事长羊舌某认捐: a compound surname, its given name, then a verb no cue lists
        by_tokens = _name_by_tokens(text, index, lengths[-1], tokens, offset)
        end = by_tokens if by_tokens is not None else _name_without_surname(text, index)
        if end == index + 4 and lengths == (2, 3) and text[index + 3] == _HOME and text[index + 4:index + 5] in _CLOSING_MARKS:
            return index + 3  # 扛进了独居老人甲乙丙家。: a three-character name and 家 (the home), no name of four characters
        return end
    if len(valid) == 2:
        short_end = index + valid[0]
        if text[short_end] in "为任" and _role_pattern().match(text, short_end + 1):
            return short_end  # 选举张伟为秘书长: 为 links a name to its new title
        if text[short_end] in "以在向对从作":
            return short_end  # 张敏以《…》为题: a name seldom ends in a preposition
        if text[short_end] in _SPEECH_CHARS and _name_then_verb(tokens, offset + index, offset + short_end):
            return short_end  # 会长甲乙|说，, 秘书长丙丁|讲: the segmenter reads the name whole and a verb of saying after it
        if text[short_end] == "率" and text.startswith(_PARTY_OPENINGS, index + valid[1]):
            return short_end  # 常务副会长甲某率考察组一行: 率 leads the party the name heads, no character of the name
        # 秘书长程某和，; 常务副会长　程某和　　秘书长　乙 (a padded row's cell gap, the line's end): a conjunction never
        # stands before them
        closed = text[index + valid[1]:index + valid[1] + 1] in ("，", ",", "、", "。", "；", ";", " ", "\u3000", "\t", "")
        if closed and text[index + valid[0]] == "等":
            return short_end  # 秘书长郁某等。: a list's closing 等 after a two-character name, no third character of it
        if text[index + valid[1]:index + valid[1] + 1] == "等":
            return index + valid[1]  # 会长甲乙和等考察: 等 closes a three-character name (a conjunction never stands before 等)
        # (欧阳某也参加了会议: after a compound surname and one character, 也, 就, 还 before a cue word is the adverb after the
        # name, as _adverb_after_two reads it after a plain surname; not 和: a conjunction never stands right before a verb,
        # 董事长司空某和主持 is a name of four characters)
        if closed or (_cue_at(text, index + valid[1]) and text[index + valid[0]] not in "等率携及到在向对为于从"
                      and not (lengths == (3, 4) and text[index + valid[0]] in _SINGLE_CHAR_FOLLOWERS and text[index + valid[0]] != "和")):
            return index + valid[1]  # 秘书长程某和，: a conjunction never stands before a comma
        if lengths == (3, 4) and text[short_end] in _JOINING_CHARS and text[index + 4] in _FOLLOWERS_NO_SURNAME:
            return index + 4  # 董事长宇文某和在…设立: a conjunction never stands right before 在, 为, 也 (no surname): 和 is the name's
        if text[short_end] in _SPEECH_CHARS and text[index + valid[1]:index + valid[1] + 1] in _SPEECH_OPENERS:
            return short_end  # 队长甲乙说：“…”: a verb of saying before the colon or the quotation it opens, no name's character
        if text[short_end] in _JOINING_CHARS and text[index + valid[1]:index + valid[1] + 1] in _SPEECH_CHARS:
            return index + valid[1]  # 院长危某和说: a conjunction never stands right before a verb of saying; 和 is the name's
        token = tokens.starting(offset + index)
        if token is not None and token.end - token.start in valid:
            return index + token.end - token.start
        if text[index + valid[0]] in _SINGLE_CHAR_FOLLOWERS:
            return index + valid[0]
        if lengths == (3, 4) and (verb := tokens.starting(offset + short_end)) is not None and verb.end > offset + index + 4 and verb.pos[:1] == "v":
            return short_end  # 会长欧阳某陪同视察: a verb the segmenter reads from the fourth character on follows a one-character given name
        return index + valid[1]
    if valid[0] == lengths[-1] and text[index + lengths[0]] in _SPEECH_CHARS and _name_then_verb(tokens, offset + index, offset + index + lengths[0]):
        return index + lengths[0]  # 秘书长甲乙|讲，: no word that follows names starts at 讲 (讲话 does), yet the segmenter reads it alone
    return index + valid[0]


_ADVERBS_NO_JOIN = frozenset(word_class("adverb_after_names"))  # 先后, 分别, 共同 (word_classes.tsv)
_SPEECH_CHARS = frozenset(word_class("speech_char_after_name"))  # 说, 讲, 称 … (word_classes.tsv)
_SAID_THIRD = frozenset("说讲")  # verbs of saying no given name ends in (not 道, 谈, 笑: 志道, 永谈, 含笑 end names)


def _saying_after(text: str, tokens: Tokens, start: int, offset: int) -> bool:
    """The verb the segmenter reads at start (an article offset) is one of saying, or says how what follows is said: a
    cue word or a verb of saying of one character follows it (回忆|说, 感叹|道, 笑|着说, 动情|地|说), or it is a cue word itself
    (介绍, 强调). Not 常怀|感恩|之心 nor 检查|了: a verb that says nothing."""
    verb = tokens.starting(start)
    local = verb.end - offset
    local += text[local:local + 1] == "地"  # 动情|地|说: the adverb's 地 before the verb of saying
    return _cue_at(text, start - offset) or text[local:local + 1] in _SPEECH_CHARS or _cue_at(text, local)


def _compound_name_then_verb(text: str, index: int, tokens: Tokens, offset: int) -> int | None:
    """主任东方|某|接收, 董事长羊舌|某|认捐, 会长欧阳|某某|接收: after a title, the segmenter reads the compound surname as a word of
    its own, the given name (one or two characters) as one word that is no function word, then a verb of two characters or
    more it knows: the end of the name, though no cue word or boundary follows it (接收, 认捐, 演示 are no cue)."""
    surname = tokens.starting(offset + index)
    if surname is None or surname.end != offset + index + 2:
        return None
    given = tokens.starting(surname.end)
    if given is None or given.end - given.start > 2 or given.pos[:1] in "pcuxm":
        return None
    verb = tokens.starting(given.end)
    if verb is None or verb.end - verb.start < 2 or verb.pos[:1] != "v" or not rjieba.has_word(verb.word):
        return None
    end = given.end - offset
    return end if not _has_title_edge(text[index:end]) and text[index:end] not in lexicons().places else None


def _name_then_verb(tokens: Tokens, start: int, end: int) -> bool:
    """The segmenter reads start..end as one person's name and a verb right after it: one of two characters or more
    (甲乙|核对, 甲乙|回忆|说, 甲乙|介绍道) or a verb of saying of one (甲乙|说): the name ends there, though no word that
    follows names starts the verb (a name of three characters ending in its first character would cut the verb); a verb
    the dictionary does not know (甲乙|丙作|报告: the segmenter glued a name's last character to a cue) is no sign."""
    name = tokens.starting(start)
    if name is None or name.end != end or not name.pos.startswith("nr"):
        return False
    verb = tokens.starting(end)
    if verb is None or verb.pos[:1] != "v":
        return False
    return verb.word in _SPEECH_CHARS if verb.end - verb.start == 1 else rjieba.has_word(verb.word)  # (甲乙|丙作|报告: 丙作 no word)


def _given_name_word(given: str) -> bool:
    """局长和某某，: the two characters after 和 (or 向, 由: _everyday_surname_before) read as a given name, not an everyday
    word the conjunction would join (和村民, 和家人: words the dictionary knows as no name)."""
    return not rjieba.has_word(given) or rjieba.tag(given)[0][1].startswith(("nr", "nz"))


# 来锡调研, 来我市考察, 来甬走访: coming to a place named by one character (or 我市) on a visit (coming_verb in
# word_classes.tsv, visit_activity in event_words.tsv)
_COMING = frozenset(word_class("coming_verb"))  # one character each: a cheap test before the regex
_COMING_TO_VISIT = re.compile(rf"(?:{word_alternation('coming_verb')})(?:我[省市县区]|[\u4e00-\u9fff])(?:{word_alternation('visit_activity')})")


def _verb_after_bare_surname(tokens: Tokens, start: int, end: int) -> bool:
    """居民区|开展, 捐赠人|查|得到, 志愿者|来|跑: after a word for people (no post), the segmenter reads the would-be surname
    as a verb of one character or as the end of the word before it, and the rest of the would-be name as one verb: a
    clause, no name; so do a verb of two characters opening it (教师|关爱|金, 老人|送上|新春) and a one-character verb and
    its object (老人|包|馄饨); so does an adverb or a conjunction before a word the name would cut or a verb
    (环卫工人|都|可以进来), or a conjunction before a common noun (家长|和|孩子: a second group). (Only after such a word:
    after a post, 厅长滑|建中 is a name the segmenter reads as two verbs.)"""
    surname = tokens.starting(start)
    if surname is not None and surname.end > start + 1:
        return surname.end < end and surname.pos in ("v", "vn", "f")
    if surname is not None and surname.pos in ("d", "c"):
        rest = tokens.starting(start + 1)
        return rest is not None and (rest.end > end or rest.pos[:1] in "vc" or (surname.pos == "c" and rest.pos == "n" and rest.end == end))
    if surname is not None and surname.pos[:1] == "u":
        rest = tokens.starting(start + 1)
        return rest is not None and rest.end == end and rest.pos == "t"  # 职工|过|新年: an aspect particle and a time word, a clause
    if surname is not None and surname.pos != "v":
        return False
    rest = tokens.starting(start + 1)
    return rest is not None and rest.end == end and (rest.pos in ("v", "vn") or (surname is not None and rest.pos == "n" and rjieba.has_word(rest.word)))


def _verb_word_at(tokens: Tokens, start: int) -> bool:
    """The segmenter reads a verb of two characters or more at start (设立, 签订)."""
    token = tokens.starting(start)
    return token is not None and token.end - token.start > 1 and token.pos[:1] == "v"


def _verb_word(tokens: Tokens, start: int, end: int) -> bool:
    """The segmenter reads text[start:end] as one verb (曾任; 庞某|新任 a noun, a name before it may end in 新), or as one
    word of a biography's current post (甲|现任, tagged a noun: the segmenter ends the name before 现, so a name glued to
    现任 is read without it; a three-character name ending in 现 that it reads whole, 甲乙现|任, keeps its 现)."""
    token = tokens.starting(start)
    if token is None or token.end != end:
        return False
    return token.pos.startswith("v") or token.word in CURRENT_POST


def _adverb_after_two(text: str, index: int, tokens: Tokens, offset: int) -> bool:
    """The segmenter reads two characters at index as a name of their own and the third alone as an adverb that
    seldom ends a name and often follows one (许某|也, 甲|就, 甲|还; single_char_follower in word_classes.tsv): the
    name has two characters, though no boundary word follows them (not 罗某|刚, since 刚 ends names). A verb the
    third character starts (甲|接任) is no such sign: 甲|强调 is as often a name in 强 before 调."""
    first = tokens.starting(offset + index)
    if first is None or first.end != offset + index + 2 or not first.pos.startswith("nr"):
        return False
    after = tokens.starting(offset + index + 2)
    return after is not None and after.end == offset + index + 3 and after.pos == "d" and after.word in _SINGLE_CHAR_FOLLOWERS


_NOT_A_SURNAME_POS = ("p", "r", "d", "c", "u", "f", "m", "q")


_FUNCTION_POS = ("p", "c")  # not d nor r: 曾 is an adverb, 何 and 何国 pronouns, and they start names
_PROPER_POS = ("nr", "ns", "nt", "nz", "ng", "j")
_NOT_NAME_POS = ("f", "s", "t", "p", "d", "c", "u", "r", "q")  # not v, a, m: names the dictionary knows as adjectives or numerals stay names


def _ordinary_words(tokens: Tokens, start: int, end: int) -> bool:
    """理事长线上发言, 会长现场讲解: what follows a title is one word of place, time, manner or action to the
    segmenter, not a name (even where a cue word follows). A word of three characters the dictionary does not know is no
    such word, whatever its tag (总经理|甲乙丙|说: a rare surname's name read whole and tagged as an adverb; 线上 is unknown too)."""
    token = tokens.starting(start)
    return token is not None and token.end == end and token.pos.startswith(_NOT_NAME_POS) and (end - start != 3 or rjieba.has_word(token.word))


def _function_word_run(tokens: Tokens, start: int, end: int) -> bool:
    """总书记关于党的…, 向与会嘉宾介绍: where a name is read the segmenter reads a function word of two characters (关于),
    or a one-character preposition and a verb (向|与会), and everyday words over the rest of the name, none of them a
    name: no name, even closed by a mark. (何|建平, 于|建平: a one-character function word that is a surname, then a
    word, is a name.)"""
    token = tokens.starting(start)
    if token is None or token.end >= end or not token.pos.startswith(_FUNCTION_POS):
        return False
    index = tokens.index_at(token.start)
    if token.end - token.start == 1 and not (token.pos.startswith("p") and tokens[index + 1].pos.startswith("v")):
        return False
    while index < len(tokens) and tokens.bounds[index] < end:
        word = tokens[index]
        if word.pos.startswith(_PROPER_POS) or not rjieba.has_word(word.word):
            return False  # 何|德昌: a place's name (or a person's) may be a given name
        index += 1
    return True


def _follower_across_third(tokens: Tokens, offset: int, start: int) -> bool:
    """The segmenter reads the first two characters of a three-character name as a name of their own and the third and
    the next as one word that follows names (由甲某|接任, 由乙某|代为宣读, 丙某|同志: a follow cue of cues.tsv): the name is the
    two. (缪某|新任 会长 is not one: 新任 is no follow cue, and 甲新|任 is as often the name.) The caller has seen the
    word in _FOLLOWING_WORDS."""
    first = tokens.starting(offset + start)
    if first is None or first.end != offset + start + 2 or not first.pos.startswith("nr"):
        return False
    word = tokens.starting(offset + start + 2)
    return word is not None and word.end == offset + start + 4


_FOLLOWING_WORDS = frozenset(w for w, cue in lexicons().cues.items() if cue == "follow" and len(w) == 2)


def _everyday_phrase(tokens: Tokens, token: Token, end: int) -> bool:
    """老人|关爱|和, 残疾人|平等|参与, 董事长|应邀|以, 召开|新任: the segmenter reads a verb, an adjective or a word of place
    or time of two characters or more (`token`, the caller has seen its length and class) at the would-be surname, inside
    the would-be name, then a function word or a word that runs on past the would-be name, all known everyday words, none
    a name's: a clause after a word for people, no name. (A two-character name the dictionary reads whole as an
    adjective, or 严|某某 with a one-character word at the surname, is no sign; nor 周一|某: a word at the
    surname, then a character of a given name.)"""
    if not rjieba.has_word(token.word):
        return False
    index = tokens.index_at(token.end)
    joined = False  # the rest holds a function word, or a word that runs on past the name (参与, 新任)
    while index < len(tokens) and tokens.bounds[index] < end:
        word = tokens[index]
        if word.pos.startswith(_PROPER_POS) or word.pos == "x" or not rjieba.has_word(word.word):
            return False
        joined = joined or word.pos.startswith(_FUNCTION_POS + ("u",)) or tokens.bounds[index + 1] > end
        index += 1
    return joined


def rare_surname_start(tokens: Tokens, start: int) -> bool:
    """字 or 自 starts a name only where rjieba reads it as a word of its own that no function word is
    (局长|字|学文, not 自|上任 or 自觉遵守), or reads the whole name as one word it does not know (自某某), or as a
    person's name (副局长|韶光|霁: a name opening with a dictionary word, tagged nr)."""
    token = tokens.starting(start)
    if token is None:
        return False
    if len(token.word) == 1:
        if not token.pos.startswith(_NOT_A_SURNAME_POS):
            return True
        # 主任|枚|某某: a surname the segmenter reads as a measure word or numeral, then a given name it reads as a name
        given = tokens.starting(token.end) if token.pos[:1] in "mq" else None
        return given is not None and given.pos.startswith("nr") and given.end - given.start in (1, 2) and given.word[0] not in lexicons().surnames
    return len(token.word) in (2, 3) and (token.pos == "nr" or not rjieba.has_word(token.word))


# 与, 为, 任, 分别, 带, 将 …: a preposition, conjunction or linking verb that follows a name as a cue word does (副局长韶某某与…,
# 院长寿某某分别代表…, 教授丘某某任委员, 队长滑某某带着…); single-character name followers (name_follower) and the follow cues
# of cues.tsv that link a name to what it does
_RARE_NAME_CLOSERS = tuple(sorted(
    {w for w in word_class("name_follower") if len(w) == 1}
    | {"与", "和", "及", "同", "为", "任", "在", "向", "对", "从", "以", "分别", "带领", "率领", "代表", "担任", "出任", "接任"},
    key=len, reverse=True))


def _rare_surname_joined(text: str, index: int, tokens: Tokens, offset: int) -> bool:
    """秘书长言心某主持, 会长寿某某介绍: rjieba joins a rare surname into a word, with the given name's first character
    (言心, a noun or adjective, not 多年 or 能够) or with the title's last (长寿), yet a cue or a word that links a name
    to what it does (与, 为, 任, 分别: _RARE_NAME_CLOSERS) closes three characters."""
    cue = _cue_at(text, index + 3)
    if not (cue or text.startswith(_RARE_NAME_CLOSERS, index + 3)):
        return False
    token = tokens.starting(offset + index)
    if cue or token is None:
        return token is None or (len(token.word) == 2 and not token.pos.startswith(_NOT_A_SURNAME_POS + ("v",)))
    # a linking word, no cue: only where the segmenter reads a proper name at the surname (副局长|韶某|某与: nz), or the name
    # and the one-character word after it as one name (教授|丘某某任|委员); not 校长|法治|课与 (a common noun)
    if token.pos == "nr" and token.end == offset + index + 4 and text[index + 3] in _SINGLE_CHAR_FOLLOWERS:
        return True
    return len(token.word) == 2 and token.pos.startswith(("nr", "nz", "ns", "j"))


def _name_without_surname(text: str, index: int) -> int | None:
    """副会长巴特尔，: a Mongolian or other name with no Han surname, right after a title and
    closed by punctuation: three to five characters that hold no title, cue, place or ending."""
    end = _HAN_RUN_6.match(text, index).end()  # up to six Han characters in a row
    han = end - index
    closed_by_cue = not (3 <= han <= 5 and end < len(text) and text[end] in "，、。；,;")
    if closed_by_cue:
        # 县长次仁旺堆出席: a four-character name closed by a cue word (出席, 主持, 讲话)
        end = index + 4
        if end >= len(text) or han < 4 or not _cue_at(text, end):
            return None
    run = text[index:end]
    lex = lexicons()
    if _boundary_pattern().search(run) or run in lex.places or rjieba.has_word(run):
        return None
    if LONG_ORG_ENDING.search(run):
        return None
    parts = rjieba.tag(run)
    if all(rjieba.has_word(word) and not pos.startswith("nr") for word, pos in parts):
        return None  # 专业优势, 变更事项: ordinary words, not a name
    if len(parts) > 1 and rjieba.has_word(parts[-1][0]) and not closed_by_cue:
        return None  # 张文琪手中: a name and then an ordinary word
    return end


_JOINED_NAME_CLOSERS = _CLOSING_MARKS | frozenset("为等")  # 甲与乙为项目揭牌, 甲及乙等出席: what closes a name joined by 与, 和 or 及
_JOINED_BY = frozenset("与和同")  # 甲与乙共同揭牌: a conjunction or preposition after a name, before the next party
_CUE_HEADS = frozenset(cue[:2] for cue, kind in lexicons().cues.items() if kind != "follow")  # what _cue_at can find, by two characters


def _unlisted_surname_name(text: str, index: int, tokens: Tokens, offset: int) -> int | None:
    """副会长蒿某某与乙共同揭牌, 董事长泮某某签署: a surname no lexicon holds, closed by no punctuation. rjieba reads
    the three characters after the title as one word it does not know (tagged as a noun, name, place or abbreviation
    would be), or the first as a surname (nr) and the other two as one word; 与/和/同 or a cue word follows: a name,
    as a reader takes it."""
    end = index + 3
    token = tokens.starting(offset + index)
    if token is None or token.pos[:1] not in "njx" or token.end - token.start not in (1, 3):
        return None  # (most titles are followed by a known surname, punctuation or ordinary words)
    if token.end - token.start == 1:
        given = tokens.starting(token.end)
        if token.pos != "nr" or given is None or given.end != offset + end or given.pos[:1] in "vpcud":
            return None
    if not (text[end:end + 1] in _JOINED_BY or _cue_at(text, end)):
        return None
    name = text[index:end]
    if rjieba.has_word(name) or _has_title_edge(name) or name in lexicons().places or _boundary_pattern().search(name):
        return None
    return end


def _four_character_name(text: str, index: int) -> bool:
    """局长白玛拉宗，, 会长吉克木呷出席: a Tibetan or Yi name of four characters whose first is also a Han surname,
    closed by punctuation or a cue word, where no boundary ends a shorter name. Not 甲、乙均表示: an adverb or a
    function word after a three-character name; nor a name and a word (甲同志, 乙表示)."""
    end = index + 4
    if not (end >= len(text) or text[end] in "，、。；,;" or _cue_at(text, end)):
        return False
    run = text[index:end]
    if _boundary_pattern().search(run) or _has_title_edge(run) or run in lexicons().places or rjieba.has_word(run[2:]):
        return False
    parts = rjieba.tag(run)
    if len(parts) == 1:
        return parts[0][1].startswith("nr")  # a word of four characters: a name only where the segmenter knows it as one
    return not (run[3] in _SINGLE_CHAR_FOLLOWERS or (len(parts[-1][0]) == 1 and parts[-1][1].startswith(_NOT_A_SURNAME_POS)))


def _compound_di_surname(text: str, index: int, tokens: Tokens, offset: int) -> bool:
    """局长第五某某介绍: the compound surname 第五 (of the lexicon), not an ordinal, where the segmenter reads what follows
    it as a person's given name (tagged nr); an ordinal's counter (届, 次) it reads into the numeral's word."""
    if text[index:index + 2] not in lexicons().compound_surnames:
        return False
    given = tokens.starting(offset + index + 2)
    if given is not None and given.pos.startswith("nr"):
        return True
    # 局长第五某主持: a given name of one or two characters that is no counter (届, 次, 名: ordinal_counter), closed by a
    # mark or a cue word
    for n in (1, 2):
        end = index + 2 + n
        if given is not None and given.end == offset + end and given.pos[:1] not in "mq" and text[index + 2] not in _ORDINAL_COUNTERS and (end >= len(text) or text[end] in _CLOSING_MARKS or _cue_at(text, end)):
            return True
    return False


_ORDINAL_COUNTERS = frozenset(word_class("ordinal_counter"))  # 届, 次, 名 after 第五 (word_classes.tsv)


def _rare_read_whole(candidate: str, tokens: Tokens, start: int, end: int) -> bool:
    """籍某某秘书长: the segmenter reads a name opening with a surname that is an everyday character as one person's name;
    not 经李某女士: the character and a name of two characters after it (a common surname, no dictionary word)."""
    if len(candidate) == 3 and _surname_and_name_after(candidate):
        return False
    surname = tokens.starting(start)
    if surname is not None and surname.end == start + 1 and surname.pos.startswith("nr"):
        given = tokens.starting(start + 1)  # 钦|某华（…）: the segmenter reads the character alone as a surname, the rest as one word
        return given is not None and given.end == end and given.pos[:1] not in "vpcudrmqf"
    return _read_whole_as_name(tokens, start, end)


def _surname_and_name_after(item: str) -> bool:
    """经李某, 和李某: after item's first character a common surname and a name of two characters (no dictionary word),
    so the character opens the clause and is no surname of the name."""
    return item[1] in lexicons().surnames and not rjieba.has_word(item[1:])


def _compound_and_one(candidate: str) -> bool:
    """A compound surname and a one-character given name (东方某, 长孙某), not an ordinal and its counter (第五届) nor
    a word the dictionary knows whole as no name (东方红)."""
    return candidate[2] not in _ORDINAL_COUNTERS and not _common_word(candidate)


def _cue_at(text: str, index: int) -> bool:
    cues = lexicons().cues
    for n in (2, 3, 4):  # a plain loop, not any() over a generator
        if text[index:index + n] in cues and cues[text[index:index + n]] != "follow":
            return True
    return False


def _name_by_tokens(text: str, index: int, length: int, tokens: list[Token], offset: int) -> int | None:
    """会长张三应邀出席: no boundary word follows, but rjieba reads a surname here and a word starts after the name; or it
    reads the whole name, after a surname of the lexicon, as one word it does not know (总经理|佴某某|将)."""
    end = index + length
    if end > len(text) or HAN_WORD.fullmatch(text[index:end]) is None:
        return None
    first = tokens.starting(offset + index)
    if first is None or first.pos == "c" or first.end > offset + end:
        return None
    if not (first.pos.startswith("nr") or first.word in lexicons().surnames or (first.end == offset + end and not rjieba.has_word(first.word))):
        return None
    if tokens.starting(offset + end) is not None and not ends_with_title(text[index:end]):
        return end
    return None


def _preposition_before_name(tokens: Tokens, start: int) -> bool:
    """由甲同志主持, 由乙接任: the segmenter reads the character at start alone as a preposition and a person's name
    right after it, so 由 (a surname too) opens no name here."""
    token = tokens.starting(start)
    if token is None or token.end != start + 1 or token.pos != "p":
        return False
    after = tokens.starting(start + 1)
    return after is not None and after.pos.startswith("nr")


def _padded_item(text: str, end: int) -> int | None:
    """The start of a name padded to three (甲　某) ending at `end` that is an item of a 、-list, or None."""
    start = end - 3
    padded = _PADDED_NAME.match(text, start) if start > 0 else None
    if padded and padded.end() == end and text[start] in lexicons().surnames and text[start - 1] == "、":
        return start
    return None


def _preposition_opens(tokens: Tokens, start: int, name_end: int) -> bool:
    """由甲同志代理: a preposition at start opens the name's clause, read alone or glued to the name (由甲 one word)."""
    if _preposition_before_name(tokens, start):
        return True
    token = tokens.starting(start)
    return token is not None and token.end == name_end and token.pos.startswith("nr")


def _surname_token_at(tokens: list[Token], start: int) -> bool:
    """公益学者张三教授: rjieba starts a person-name token here, so a name may start after any word."""
    token = tokens.starting(start)
    return token is not None and token.pos.startswith("nr") and token.word != "慈善"


def name_before(text: str, index: int, tokens: list[Token], offset: int, left_edges: set[int]) -> int | None:
    if text[index - 2:index - 1] in _PADDING and index >= 3:
        start = index - 3 if text[index - 3] not in _PADDING else index - 4  # 乙　某（某会会长）, 甲、甲　某: a name padded to three
        padded = _PADDED_NAME.match(text, start) if start >= 0 else None
        if padded and padded.end() == index and text[start] in lexicons().any_surnames and (start == 0 or text[start - 1] in "\n\t 　【[》>、,；;：:" or start + offset in left_edges):
            # (…，甲　某、乙当选: an item of a list; ；甲　某（某医院）、: after a semicolon or colon too; a rare surname
            # padded too, as after a title: 沃　某（会长） in a table's cell; 选举甲　某为监事长: right after the appointing verb)
            return start
    dotted = _DOTTED_NAME_END.search(text, max(0, index - 16), index) if "·" in text or "•" in text or "・" in text or "." in text else None
    if dotted and dotted.end() == index:
        dot = max(map(text.rfind, NAME_DOTS, repeat(dotted.start()), repeat(index)))  # (map: no generator's cells in every call)
        for start in range(dot - 1, dotted.start() - 1, -1):  # the shortest first part with an edge before it
            if start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff" or start + offset in left_edges or text[start - 1] in _LEFT_OF_NAME:
                return start
    if index >= 4 and (text[index - 4:index - 2] in _MINORITY_NAME_PARTS or text[index - 2:index] in _MINORITY_NAME_PARTS):
        start = index - 4  # 、某某卓某（某银行）: a four-character name with no surname, a half of it in minority_name_part
        if (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff" or start + offset in left_edges or text[start - 1] in _LEFT_OF_NAME) and (
                (text[start:start + 2] in _MINORITY_NAME_PARTS and (text[index - 2:index] in _MINORITY_NAME_PARTS or _unlisted_half(text, index - 2)))
                or (text[index - 2:index] in _MINORITY_NAME_PARTS and _unlisted_half(text, start))):
            return start
    return _name_before_han(text, index, tokens, offset, left_edges)


def _name_before_han(text: str, index: int, tokens: list[Token], offset: int, left_edges: set[int]) -> int | None:
    """The start of a person name ending at text[index] (张三会长), or None."""
    lex = lexicons()
    for length in (4, 3, 2) if index >= 4 and text[index - 4:index - 2] in lex.compound_surnames else (3, 2, 4):  # (no max() calls)
        start = index - length
        if start < 0:
            continue
        candidate = text[start:index]
        if length == 4:
            surname_ok = candidate[:2] in lex.compound_surnames
        elif length == 2 and ((text[start - 1:index - 1] in lex.compound_surnames and start > 0) or (start > 1 and text[start - 2:start] in lex.compound_surnames)):
            continue  # 东方某同志: the compound surname wins over 方 and a given name (its turn was the length of three);
            # 学员长孙某梅代表: over a two-character given name alone (its turn was the length of four)
        else:  # 东方某, 长孙某: a compound surname and a one-character given name
            surname_ok = (
                candidate[0] in lex.surnames
                or (length == 3 and candidate[:2] in lex.compound_surnames and _compound_and_one(candidate))
                or (candidate[0] in lex.rare_surnames and _rare_read_whole(candidate, tokens, offset + start, offset + index))
                or (length == 3 and candidate[2] in _GIVEN_NAME_CHARS and candidate[1] in _GIVEN_NAME_CHARS and candidate[0] in lex.rare_surnames
                    and (start == 0 or text[start - 1] in _ITEM_EDGES) and _typical_item(text, start, index))
            )  # 籍某某秘书长, 糜某某（…）: a surname that is an everyday character, where the segmenter reads the name whole
        if not surname_ok or HAN_WORD.fullmatch(candidate) is None or candidate in lex.places or candidate in lex.org_suffixes:
            continue
        if candidate[-1] in _PARTICLES:
            continue  # 连任的会长甲: a name never ends in the particle 的
        if candidate[-1] == "有" and candidate[0] == "周" and candidate[1] in _WEEKDAY_CHARS:
            continue  # 每周二、周四有社工值班: a weekday before 有 (there is), no name
        if length == 2 and candidate[0] in _LEFT_OF_NAME and candidate[1] in "原前" and not _surname_token_at(tokens, offset + start):
            continue  # 由原副秘书长乙接任: a preposition and the mark of a former post, no name
        if candidate[0] in _LEFT_OF_NAME and _preposition_before_name(tokens, offset + start):
            continue  # 由乙同志代理: the preposition before a name, not 由 the surname
        if candidate[1:] in _SELF_REFERENCE:
            continue  # 由本会主席甲率团: a preposition and the body's word for itself, no name
        if candidate[:2] in _PARTY_COMMITTEE_WORDS or candidate[:3] in _PARTY_COMMITTEE_WORDS or candidate in _SCHOOL_GRADES:
            continue  # 党支部书记, 支部应到: 党 and 支 are surnames, but 党支部 and 支部 are the branch; 高二学生: a grade
        if candidate[-1] in _UNIT_ENDINGS and text.startswith(candidate[-1], index):
            continue  # 项目部部长, 财务科科长: the unit before its head's title, not a name
        if candidate[-1] == "科" and text.startswith(PROFESSIONAL_TITLES, index):
            continue  # 某医院普外科主任医师: the doctor's department before the grade, not a name
        left_ok = (
            start == 0
            or not "\u3400" <= text[start - 1] <= "\u9fff"
            or start + offset in left_edges
            or text[start - 1] in _LEFT_OF_NAME
            or (_surname_token_at(tokens, offset + start) and candidate[-1] not in _SINGLE_CHAR_FOLLOWERS)
            or (length == 4 and (token := tokens.starting(offset + start)) is not None and token.word == candidate[:2])
            # 学员|长孙|某梅: the segmenter reads the compound surname as a word of its own (a place): a word's edge before it
        )
        if left_ok and _is_name_token_word(tokens, offset + start, offset + index):
            return start
    return None


_ITEM_EDGES = frozenset("、,;:，；：\n")  # what opens a list's item or a clause (normalized text: ，；： are , ; :)


def _typical_item(text: str, start: int, end: int) -> bool:
    """，甲、籍某某任副队长, ，汲某某、乙任…: a surname that is an everyday character (the caller has seen it) and two characters
    typical of given names (given_name_char) opening a list's item or a clause (a mark or the sentence's start before it),
    the frame's verb, title, 、 or honorific right after it (the caller's end): a name, though the segmenter glues the next
    word to it (籍某某任) or the given name opens with a common surname (汲|海某: no 经|李某 there, 李 is no given-name
    character). Not a dictionary word (山东) nor a place."""
    if start and text[start - 1] not in _ITEM_EDGES:
        return False
    if text[start + 1:start + 2] not in _GIVEN_NAME_CHARS or text[start + 2:end] not in _GIVEN_NAME_CHARS:
        return False
    return not rjieba.has_word(text[start + 1:end]) and text[start:end] not in lexicons().places


def _everyday_surname_before(text: str, end: int) -> int | None:
    """沃某同志, 和某某先生, 秋某女士: a name whose surname is an everyday character (rare_surnames.txt, or 和 read as a
    conjunction), opening its clause right before 同志, 先生 or 女士; not 和王先生 or 和李某同志, where what follows the
    character is the person's own surname or name (the segmenter reads a name there)."""
    lex = lexicons()
    for n in (3, 2):
        start = end - n
        if start < 0 or (start > 0 and "\u3400" <= text[start - 1] <= "\u9fff"):
            continue
        item = text[start:end]
        if HAN_WORD.fullmatch(item) is None or item[0] not in lex.any_surnames or (n == 2 and item[1] in lex.surnames):
            continue
        if n == 3 and _surname_and_name_after(item):
            continue  # 和李某先生, 经李某女士介绍: the character opens the clause, the name of two characters follows it
        if item[0] in _LEFT_OF_NAME and (n == 2 or not _given_name_word(item[1:])):
            continue  # 和老同志, 和大家: a conjunction or preposition (和, 向, 由) before a word, not a surname before a given name
        if item in lex.places or _has_title_edge(item) or _common_word(item) or (n == 3 and rjieba.tag(item[1:])[0][1][:1] in "rmqpcudf"):
            continue  # 山东先生, 和大家: a place, a word, or a pronoun after the character
        return start
    return None


_MASK_CHAR = "某"  # what a page writes for a given name it withholds (张某, 李某某)


def _add_name(text: str, offset: int, found: dict[int, Mention], taken: bytearray, tokens: Tokens, start: int, end: int, rule: str) -> bool:
    """A sentence's add(start, end, rule), a partial of this (not a closure: no function object and five cells made for
    every sentence): the name text[start:end] read by `rule`, unless its characters are taken or it reads as no name;
    says if it was added."""
    if end - start == 3 and text[start + 2:start + 4] in _FOLLOWING_WORDS and _follower_across_third(tokens, offset, start):
        end -= 1  # 由乙|接任, 由丙|代为宣读: the third character opens a word that follows names, no part of the name
    elif text[end - 1:end] == _HOME and text[end:end + 1] in _HOME_CLOSERS and (
            (end - start == 5 and text[start:start + 2] in _COMPOUND_SURNAMES) or (end - start == 4 and text[start:start + 2] not in _COMPOUND_SURNAMES)):
        end -= 1  # 独居老人诸葛某某家，, 老党员甲乙丙家。: a name and 家 (the home) closing the clause, no name of four or five characters
    tail = text[end - 2:end]
    if text[end - 1:end + 1] in AT_THE_TIME:
        return False  # 理事长由时任某会会长甲担任: 由|时 before 任 is 时任 (when the post was held), no name
    dotted = text[end - 2:end - 1] in NAME_DOTS or text[end - 3:end - 2] in NAME_DOTS or text[end - 4:end - 3] in NAME_DOTS or text[end - 5:end - 4] in NAME_DOTS
    if 1 in taken[start:end] or (tail in _COLLECTIVE_ENDS and text.endswith(_COLLECTIVE_ENDS[tail], start, end)) or (
            not dotted and (text[end - 1] in _NEVER_ENDS_NAME or text[end - 1] in _GROUP_ENDINGS)):
        return False  # taken, or 师生代表 / 校师生代表 / 获牌单位: a group of people (a body), not a name
    if text[start:start + 2] in _NEVER_OPENS_NAME or (start and (text[start] in _COUNTER_CHARS or text[start] in _NUMBER_UNITS) and text[start - 1] in _COUNT_DIGITS):
        return False  # 项目部, 大和尚, 16位侨胞, 5.6万余名: an everyday word, a counted noun or a number's unit, no name
    if text[start] in _SHARE_VERBS and text[start + 1:start + 2] in _SHARE_NUMERALS:
        return False  # 老人占六成, 学生占三分之一, 约占半数: a verb of share (占 a surname too) before a quantity, no name
    if _function_word_run(tokens, offset + start, offset + end) and not _surname_verb_before_cue(text, start, end, tokens, offset) and not (
            rule == "title_name" and _typical_name(text, start, end, tokens, offset)):
        return False  # 向|与会代表介绍, 关于|党的: a function word and everyday words, by any reading (会长何以某主持: a title's name)
    if end - start == 3 and (text[start + 1:end] in _GROUP_DETERMINERS or text[start + 1:end] in _TOWN_BODIES):
        return False  # 向全体代表, 祝各位理事: a preposition (a surname too) and the whole group the title names;
        # 区人大代表: the district (区 a surname too) and its congress; no name
    if text[end - 2:end] in _ADDRESS_TERMS and (end - start == 3 or (end - start == 4 and text[start:start + 2] in lexicons().compound_surnames)):
        return False  # 陈女士, 刘阿姨: a surname and a term of address, someone the page leaves unnamed
    if (end - start == 3 and text[start + 1:end] in _ROLES) or (end - start == 2 and text[start + 1] in _COURTESY_CHARS) or (
            end - start == 4 and text[start + 2:end] in _ROLES and text[start:start + 2] in _COMPOUND_SURNAMES):
        return False  # 亢会长说过, 闻老会长, 戚工, 欧阳书记: a surname and a title or a courtesy (docs/gold-conventions.md: no person)
    if text[end - 1] == _MASK_CHAR and (text[start + 1:end].strip(_MASK_CHAR) == "" or (
            text[start + 2:end].strip(_MASK_CHAR) == "" and text[start:start + 2] in lexicons().compound_surnames)):
        return False  # 张某, 徐某某, 欧阳某某: a surname and the mask of a given name (a case's party, a minor), someone the page leaves unnamed
    found[start] = Mention("person", offset + start, offset + end, text[start:end], {"rule": rule})
    taken[start:end] = b"\x01" * (end - start)
    return True


# 副会长甲，乙，丙; 甲；乙; 甲 乙 (a page's list written with commas, semicolons or spaces for 、, normalized half-width):
# a name after one of these continues the list only where it stands alone as an item (the same mark, 、, 等, the
# sentence's end or a cue word follows), since a comma or a space also ends a clause; a slash between names (副秘书长甲／乙,
# normalized /) joins a list as 、 does
_LIST_MARKS_AFTER_NAME = "、,; "
_JOINING_MARKS = frozenset("、/")  # a set: the empty mark at the sentence's end is none
_ITEM_CLOSERS = frozenset("、,;。等")


def _closed_item(text: str, end: int, mark: str) -> bool:
    """The name ending at `end` is a whole list item: its mark or another mark of a list's end (、,;。等) follows, or
    the sentence ends."""
    return end >= len(text) or text[end] == mark or text[end] in _ITEM_CLOSERS


def _item_closes_after(text: str, start: int, mark: str) -> bool:
    """A whole item of two to four characters may start at `start` (a cheap test before a name is read)."""
    return _closed_item(text, start + 2, mark) or _closed_item(text, start + 3, mark) or _closed_item(text, start + 4, mark)


_ITEM_OPENERS = frozenset("、,; :")  # 选举甲为会长，乙，丙为副会长: what stands before a whole item of a comma list
# the first characters of a surname: a cheap test before a name is read after a comma or a space
_SURNAME_STARTS = lexicons().surnames | frozenset(s[0] for s in lexicons().compound_surnames)


def _item_opens_before(text: str, end: int, verb_end: int) -> bool:
    """A whole item of two to four characters may end at `end`: a list mark or the verb stands before it."""
    return (
        verb_end in (end - 2, end - 3, end - 4)
        or text[end - 3:end - 2] in _ITEM_OPENERS
        or text[end - 4:end - 3] in _ITEM_OPENERS
        or text[end - 5:end - 4] in _ITEM_OPENERS
    )
_LIST_MARKS_BEFORE_VERB = "、, "  # 甲、乙当选为副会长; 甲，乙当选…; 甲 乙任…: a list of names before the verb
# （按姓氏笔画为序）, （排名不分先后）: a note on a list's order in brackets, as pattern text (data/lexicons/word_classes.tsv
# list_order_word; positions and tables read it after a title, before the colon of a roster line)
ORDER_NOTE_TEXT = rf"[(（][^()（）]{{0,8}}(?:{word_alternation('list_order_word')})[^()（）]{{0,4}}[)）]"
# 甲、乙（按姓氏笔画为序）当选…, 丙、丁（排名不分先后）任…: a note on the list's order in brackets right before its verb
_ORDER_NOTE = re.compile(ORDER_NOTE_TEXT + "$")
_SEX_MARKS = ("（女）", "(女)", "（男）", "(男)")  # 甲（女）、乙当选为副会长: the name's sex in brackets after it
_SHORT_NOTE = 8  # the length of a note in brackets, its brackets too, after which any list mark goes on (甲（某省）／乙)
_NAME_NOTE = re.compile(r"[(（][^()（），,。；;、]{1,12}[)）]")  # 甲（女）, 甲（某省）, 乙（某市某区慈善协会）: a note in brackets after a list's name


def longest_first(names: Iterable[str]) -> dict[str, None]:
    """The names longest first (by code point within a length), as PersonDraft.complete reads an article's known names:
    sorted once per article, not per sentence read again; a dict, for complete's `in` tests."""
    return dict.fromkeys(sorted(sorted(names), key=len, reverse=True))  # (two stable sorts by C keys: no lambda call per name)


class PersonDraft:
    """The names a sentence's readings find before known names and 、-lists are added (`complete`).

    analyse reads every sentence once with no known names and again, where one is written free, with the
    article's known names: both passes are the same up to the known names, so the second starts from the
    first's draft instead of reading the sentence again."""

    def __init__(self, text: str, offset: int, tokens: list[Token], found: dict[int, Mention], taken: bytearray, left_edges: set[int], edges: set[int], verb_found) -> None:
        self.text, self.offset, self.tokens = text, offset, tokens
        self.found, self.taken = found, taken
        self.left_edges, self.edges, self.verb_found = left_edges, edges, verb_found

    def complete(self, known: Collection[str]) -> list[Mention]:
        """The sentence's persons with these known names (longest first: `longest_first`): the draft's, known names where
        free, then 、-lists."""
        if not self.found and not known:
            return []  # a list continues a name found before it: nothing to continue (the first pass, some four sentences in ten)
        text, offset, tokens, left_edges, edges, verb_found = self.text, self.offset, self.tokens, self.left_edges, self.edges, self.verb_found
        found = dict(self.found)
        taken = bytearray(self.taken)
        add = partial(_add_name, text, offset, found, taken, tokens)
        for start, mention in list(found.items()) if known else ():
            end = mention.end - offset
            if end < len(text) and text[end] in _JOINING_WORDS and text[start:end + 1] in known and _boundary_at(text, end + 1):
                # 甲和在会上讲话: the page names 甲和 in full elsewhere, so 和 ends the name here, no list of two
                del found[start]
                taken[start:end] = bytes(end - start)
                add(start, end + 1, "known_name")
        for name in known:
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                token = tokens.starting(offset + start)
                if _boundary_at(text, end) or text[end:end + 1] == "说" or (token is not None and token.end == offset + end and token.pos.startswith("nr")):
                    add(start, end, "known_name")  # (覃某某出生在…: the segmenter reads the known name as a name of its own)
                start = text.find(name, start + 1)
        # 、-lists continue a titled name: 副会长张三、李四、王五
        changed = True
        while changed:
            changed = False
            for mention in list(found.values()):
                local = mention.end - offset
                if text[local:local + 1] in "（(" and (note := _NAME_NOTE.match(text, local)) and ((close := note.end()) - local <= _SHORT_NOTE or text[close:close + 1] == "、"):
                    local = close  # 甲（女）、乙、丙当选…, 甲（某省）、乙（某省）出席: the list goes on after a short note in brackets
                    # (a longer one, a body's full name, before 、 only: 甲（某市某区慈善协会）、乙; 参演队伍：甲（某救援队）／乙 lists teams)
                mark = text[local:local + 1]
                if (mark in _JOINING_MARKS or (mark in _LIST_MARKS_AFTER_NAME and text[local + 1:local + 2] in _SURNAME_STARTS and _item_closes_after(text, local + 1, mark))) and (local + 1) not in found:
                    end = name_after(text, local + 1, tokens, offset)
                    if end is not None and (offset + local + 1) not in left_edges and (mark in _JOINING_MARKS or _closed_item(text, end, mark)):
                        changed = add(local + 1, end, "list_name") or changed
                    elif (end is None and mark == "、" and text[local + 1:local + 2] in _SURNAME_STARTS and "、" in text[local + 3:local + 6]
                          and (item := _LIST_ITEM.match(text, local + 1)) is not None):  # (slices first: no call for most items)
                        # 甲、方某、乙: an item between two names of a 、-list is a name too, though the dictionary knows it as
                        # a word (a given name that is an everyday word: 马力, 海川); not a title, a group or a body
                        after = item.end()
                        if (after + 1) in found and _sandwiched_name(text, local + 1, after):
                            changed = add(local + 1, after, "list_name") or changed
                    elif (end is None and mark == "、" and text[local + 3:local + 4] in _SURNAMELESS_ITEM_CLOSERS and _unlisted_half(text, local + 1)
                          and text[local + 1:local + 3] not in lexicons().places):
                        # 甲、某玛、乙: a two-character item of a list of names with no Han surname, no word the dictionary
                        # knows (a Tibetan or Mongolian name of one half the class lacks)
                        changed = add(local + 1, local + 3, "list_name") or changed
                elif mark in _JOINING_WORDS and text[local + 1:local + 2] in _SURNAME_STARTS and (local + 1) not in found:
                    # 会长甲与乙共同揭牌, 甲和乙为获奖者颁奖: a bare name joined to a found one by 与, 和 or 及, closed by a cue
                    # word or an adverb of names (共同, 分别) or a mark (not 甲与会员代表, 甲和大家: no name after the word)
                    end = name_after(text, local + 1, tokens, offset)
                    if (end is not None and (offset + local + 1) not in left_edges and (_cue_at(text, end) or text[end:end + 2] in _ADVERBS_NO_JOIN or text[end:end + 1] in _JOINED_NAME_CLOSERS)
                            and plain_name(text, local + 1, end, tokens, offset) and not _common_word(text[local + 1:end])):
                        changed = add(local + 1, end, "list_name") or changed
                local = mention.start - offset
                mark = text[local - 1:local]
                if verb_found and (mark == "、" or (mark in _LIST_MARKS_AFTER_NAME and _item_opens_before(text, local - 1, verb_found.end()))) and mention.start > offset + verb_found.end():
                    end = local - 4 if text[local - 2:local - 1] in ")）" and text.endswith(_SEX_MARKS, 0, local - 1) else local - 1  # 增补甲、乙（女）、丙为…
                    start = name_before(text, end, tokens, offset, edges)  # 选举甲、乙为…: the first name starts at the verb
                    if start is None and mark == "、" and text[end - 2:end - 1] in _PADDING:
                        start = _padded_item(text, end)  # 增补甲、甲　某（女）、乙为…
                    if start is not None and (mark == "、" or start == verb_found.end() or text[start - 1:start] in _ITEM_OPENERS):
                        rule = mention.info["rule"] if mention.info.get("rule") in ("appointed_name", "elected_name") else "list_name"  # 选举甲、乙为…
                        changed = add(start, end, rule) or changed
        return sorted(found.values(), key=by_start)


_SURNAMELESS_ITEM_CLOSERS = frozenset("、等")  # 甲、某玛、乙, 甲、某玛等: what closes a list's item of two characters with no surname
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=、)")
_PLACE_ENDING_CHARS = frozenset("镇乡村区县市省路街")  # 唐镇, 某村, 某区, 某路: a place's last character, no name's (plain_name, _sandwiched_name)


def _sandwiched_name(text: str, start: int, end: int) -> bool:
    """text[start:end], an item between two names of a 、-list, opens with a surname (a compound one for four
    characters) and is no title and no body (a group of people, 宣讲团, 师生代表: _add_name turns it away)."""
    lex = lexicons()
    item = text[start:end]
    if len(item) == 4:
        surname_ok = item[:2] in lex.compound_surnames
    else:
        surname_ok = item[0] in lex.surnames or item[:2] in lex.compound_surnames
    return (
        surname_ok
        and item not in lex.roles
        and not _has_title_edge(item)
        and not item.endswith(ORG_ENDINGS_BY_LAST_TWO.get(item[-2:], ()))
        and item[-1] not in _PLACE_ENDING_CHARS
    )


def known_over_joining_word(text: str, start: int, stop: int, persons: list[Mention], offset: int) -> bool:
    """A known name at text[start:stop] is a name the first pass read one character short, before 和, 与 or 及 taken
    as joining a list (甲和|在会上讲话: PersonDraft.complete reads the known name there instead)."""
    if text[stop - 1] in _JOINING_WORDS:
        for p in persons:  # (a loop, not any() over a generator: no cells made for every known name)
            if p.start - offset == start and p.end - offset == stop - 1:
                return True
    return False


def _titled_body_at(text: str, offset: int, orgs: list[Mention], local: int) -> bool:
    """Whether a body named right at local is followed at once by a title (甲任办公室主任)."""
    for o in orgs:
        if o.start - offset == local and _role_pattern().match(text, o.end - offset):
            return True
    return False


def _local_ends(mentions: list[Mention], offset: int) -> set[int]:
    """Where the mentions end, counted in the sentence."""
    ends = set()
    for m in mentions:
        ends.add(m.end - offset)
    return ends


def _has_clause_break(piece: str) -> bool:
    """A full-width or half-width comma, a full stop or a semicolon in piece."""
    for mark in "，,。；;":
        if mark in piece:
            return True
    return False


def _mention_starts_at(mentions: list[Mention], position: int) -> bool:
    """Whether a mention starts at position (a loop, not any() over a generator)."""
    for m in mentions:
        if m.start == position:
            return True
    return False


def _mention_ends_at(mentions: list[Mention], position: int) -> bool:
    """Whether a mention ends at position (a loop, not any() over a generator)."""
    for m in mentions:
        if m.end == position:
            return True
    return False


def read_persons(text: str, offset: int, tokens: list[Token], roles: list[Mention], orgs: list[Mention], words: int) -> PersonDraft:
    """A sentence's names by every reading but known names and 、-lists (PersonDraft.complete adds those);
    `words`: the sentence's lexicon.sentence_scan bits, which skips the verb scans of classes it does not hold. `text` is
    the normalized sentence, where ：（｜ and the ideographic space are half-width: the gates below test those only."""
    left_edges = {m.end for m in roles + orgs} if roles or orgs else set()
    edges: set[int] = set()
    found: dict[int, Mention] = {}
    taken = bytearray(len(text) + 1)  # characters already in a title, an organization or a name
    for mention in roles + orgs:
        a, b = mention.start - offset, mention.end - offset  # clamped at 0 by a comparison, not a max() call per mention
        taken[a if a > 0 else 0:b if b > 0 else 0] = b"\x01" * (mention.end - mention.start)
    add = partial(_add_name, text, offset, found, taken, tokens)

    # Appointments first: in 张伟为秘书长 the 为 belongs to the verb, not the name.
    verb_found = appointing().search(text) if words & _APPOINTMENT_VERB else None
    if verb_found:
        # 选举甲为会长，乙、丙为副会长, 增补丁为第二届某协会副会长: a name right after the verb, a comma
        # or a 、, and before 为 + title (or 为 + the organization that holds the title)
        edges = set(left_edges)  # (loops, not comprehensions: no cells made for every sentence)
        for appointed in appointing().finditer(text):
            edges.add(offset + appointed.end())  # 聘任甲为…；聘任乙为…
        org_at_end = {}
        for o in orgs:
            org_at_end[o.end - offset] = o.start - offset
        for role in roles:
            local = role.start - offset
            if role.start <= offset + verb_found.end():
                continue
            if text[local - 2:local] == "代理":
                local -= 2  # 聘任甲为某中心代理主任: an acting post is the post
            link = link_before_title().search(text, 0, local)
            if link is None and local in org_at_end:
                link = link_before_title().search(text, 0, org_at_end[local])
            if link is None and "届" in text:
                # 选举甲为某会第二届理事会会长: the body and its council between 为 and the title
                holder = None
                for o in orgs:
                    if o.end - offset < local and local - (o.end - offset) <= 12 and term_body().fullmatch(text[o.end - offset:local]):
                        holder = o
                        break
                if holder is not None:
                    link = link_before_title().search(text, 0, holder.start - offset)
            if link is None:
                continue
            name_end = link.start()
            romanized = _ROMANIZED_BEFORE.search(text, 0, name_end) if text[name_end - 1:name_end] in ")）" else None
            if romanized is not None:
                name_end = romanized.start()  # 委任甲（Karen Ho）为…: the name's own spelling in brackets
            if text[link.start():link.start() + 1] == "任" and text[name_end - 1:name_end + 1] in _REN_VERBS:
                name_end -= 1  # 甲连任秘书长, 乙继任会长: the verb's first character is no part of the name
            if text.endswith("同志", 0, name_end):
                name_end -= 2  # 任命甲同志为…
            count = _count_before(text, name_end)
            start = name_before(text, count if count is not None else name_end, tokens, offset, edges)
            if start is not None and start >= verb_found.end():
                add(start, count if count is not None else name_end, "appointed_name")
    for verb in elected_after_name().finditer(text) if words & _APPOINTMENT_VERB else ():
        # 张三当选为会长；李四、王五增补为副会长: the names come before the verb
        cursor = verb.start()
        if verb.group() == "任" and not _role_pattern().match(text, verb.end()) and not _titled_body_at(text, offset, orgs, verb.end()):
            continue  # 任 links a name to a title only where the title (or a body and its title: 甲任办公室主任) follows at once
        if verb.group() == "任" and text[cursor - 1:cursor + 1] in _REN_VERBS and _verb_word(tokens, offset + cursor - 1, offset + cursor + 1):
            cursor -= 1  # 甲曾任副厅长, 乙接任会长: the verb's first character is no part of the name (甲新|任 keeps it)
        if text[cursor - 1:cursor] in _NEWLY and (cursor < 2 or text[cursor - 2] in _PREPOSITION_SURNAMES or not "\u3400" <= text[cursor - 2] <= "\u9fff"):
            continue  # 向新当选的领导班子表示祝贺, 对新任会长: 新 (newly) before the verb, a preposition before it, no name
        count = _count_before(text, cursor)  # 姜某等27人当选…副会长
        if count is not None:
            cursor = count
        while cursor > 0 and text[cursor - 1] in "…⋯.":
            cursor -= 1  # 甲、乙、丙……任副会长: a list closed by an ellipsis
        if text[cursor - 1:cursor] in ")）" and (note := _ORDER_NOTE.search(text, 0, cursor)) is not None:
            cursor = note.start()  # 甲、乙、丙（按姓氏笔画为序）当选为副会长: the list's note on its order closes it
        while cursor > 0:
            if text[cursor - 1:cursor] in ")）" and text.endswith(_SEX_MARKS, 0, cursor):
                cursor -= 3
            start = name_before(text, cursor, tokens, offset, left_edges | {offset + cursor})
            if start is None or not add(start, cursor, "elected_name"):
                break
            cursor = start - 1 if start > 0 and text[start - 1] in _LIST_MARKS_BEFORE_VERB else 0
    for respective in RESPECTIVELY.finditer(text) if "分别" in text else ():  # every match opens with 分别
        # 聘任甲、乙、丙分别为A站、B站、C站站长: the 、-list of names right before 分别
        cursor = respective.start()
        clause_end = min((i for i in map(text.find, "，,。；;", [respective.end()] * 5) if i >= 0), default=len(text))
        for r in roles:
            if respective.end() < r.start - offset and r.end - offset <= clause_end:
                break
        else:
            continue  # 分别为获奖单位颁奖: for, not as; no title follows in the clause
        while cursor > 0:
            start = name_before(text, cursor, tokens, offset, left_edges | {offset + cursor})
            if start is None or not add(start, cursor, "elected_name"):
                break
            cursor = start - 1 if start > 0 and text[start - 1] == "、" else 0
    role_ends = _local_ends(roles, offset) if "(" in text else ()  # where a title closes a bracketed note
    for role in roles:
        local_end = role.end - offset
        noted = 0  # the end of the title whose bracketed note the name after it follows
        aside = _ASIDE.match(text, local_end)
        if aside:
            local_end = aside.end()  # 副部长（正厅级）甲, 秘书长 甲 就…, 会长：甲, 会长拿督甲: a rank in brackets, a space, a colon or an honour before the name
        elif text[local_end:local_end + 1] == "(" and (close := text.find(")", local_end, local_end + _TITLED_NOTE_LENGTH)) > 0 and close in role_ends:
            local_end, noted = close + 1, role.end  # 局长（某会副会长）甲, 理事长（法定代表人）乙: a note closed by a title of the person's own
        end = name_after(text, local_end, tokens, offset)
        if end is None and (text[local_end:local_end + 1] in _ANY_SURNAMES or text[local_end:local_end + 2] in _COMPOUND_SURNAMES) and role.info["scope"] != "none":
            # 副市长钟声，; 常务副会长甲乙牵头: a post's holder the readings above miss (a chain of posts: a body or a title before
            # it); not after a word for people or a rotating chair (scope none)
            before = role.start - offset
            if before > 0 and text[before - 1] in FORMER_CHARS:
                before -= 1  # 某政协原副主席甲: the former post's mark between the body and the title
            chained = before > 0 and text[before - 1] in "、兼"
            for org in orgs if not chained else ():  # (a loop: no set of ends made for every sentence)
                if org.end - offset == before:
                    chained = True
                    break
            end = post_holder_name(text, local_end, tokens, offset, chained)
        if end is None and text[local_end + 2:local_end + 3] in _GIVEN_NAME_CHARS and text[local_end + 1:local_end + 2] in _GIVEN_NAME_CHARS and text[local_end:local_end + 1] in _ANY_SURNAMES:
            end = _typical_name_in_title_frame(text, local_end, tokens, offset)  # 会长钦慕某主讲, 副处长户长某回答
        if end is not None and text[local_end] in _PREPOSITION_SURNAMES and text[local_end + 1:local_end + 3] in _COMPOUND_SURNAMES and (
                compound := name_after(text, local_end + 1, tokens, offset)) is not None:
            local_end, end = local_end + 1, compound  # 法定代表人由万俟某变更为…: 由 the preposition before a compound surname
        if end is not None and text[local_end] == "由" and (taking := _taken_by_after_you(text, local_end + 1, tokens, offset)) is not None:
            local_end, end = local_end + 1, taking  # 队长由甲（某公司员工）担任: 由 the preposition, the name after it takes the post
        if end is not None and text[local_end] in _PREPOSITION_SURNAMES and _named_before_title(text, role.start - offset, tokens, offset, left_edges):
            end = None  # 钟离岚副校长向捐赠企业颁发, 鲜于秘书长向学校赠送: the title has its person; 向 is the preposition
        elif end == local_end + 3 and text[local_end] in _PREPOSITION_SURNAMES and role.info.get("scope") == "none" and not _given_name_word(text[local_end + 1:end]):
            end = None  # 全体学员向学院赠送, 学员由四方推荐: after a word for people, 向 or 由 before an everyday word is the preposition
        if end is not None and role.info.get("rotating") and not _cue_at(text, end) and _REPORT_MADE.match(text, end) is None:
            end = None  # 轮值主席那一年, 轮值主席按…: a rotating chair's name is taken only before a cue word (轮值主席甲主持会议)
        # (a rotating chair is a post, though its title holds no body: 轮值主席郏某某主持, a name the segmenter reads as a verb)
        if end is not None and not (((role.info.get("scope") == "none" and not role.info.get("rotating")) or role.info.get("deputy")) and _verb_after_bare_surname(tokens, offset + local_end, offset + end)):
            add(local_end, end, "label_name" if role.info.get("padded") else "title_name")  # 会　长：甲: a list's label
        if noted and local_end in found:
            found[local_end].info["titled_note"] = noted  # positions.read_chains reads the titles around the note as the name's
        if role.text in _NAME_AFTER_ONLY or role.info.get("rotating"):
            continue  # 村民甲, 白内障患者, 轮值主席甲: a word for people that a name follows, never one it follows
        if text[role.end - offset:role.end - offset + 1] in _COUNT_DIGITS and _COUNTED_TITLE.match(text, role.end - offset):
            continue  # 应到理事9人，实到8人; 常务理事27名: a title counted is a group, the word before it no name
        start = name_before(text, role.start - offset, tokens, offset, left_edges)
        if start is not None and role.info.get("scope") == "none" and _glued_to(tokens, offset + start, role.start):
            continue  # 全体同学: the segmenter reads the words before the title and the title as one word
        if start is not None and role.start - offset - start == 3 and text[role.start - offset - 1] in _JOINING_CHARS and text[start - 1:start] == "、" and role.info.get("scope") == "none":
            add(start, role.start - offset - 1, "name_title")  # 甲、乙丙和志愿者代表丁先后发言: 和 closes the list, a group's word follows
            continue
        if start is not None:
            add(start, role.start - offset, "name_title")
    for role in roles if "位" in text and "、" in text else ():
        count = role.start - offset - 2  # 江苏省慈善总会甲、上海市慈善基金会乙三位秘书长: a count of the title after a list
        if count > 0 and text[count + 1] == "位" and text[count] in _COUNT_DIGITS:
            for start, end in _names_after_bodies(text, offset, orgs, count, tokens):
                add(start, end, COUNTED_TITLE_NAME)
    for change in _HOLDER_CHANGE.finditer(text) if "由" in text and "为" in text else ():
        # 法定代表人由甲变更为乙: the post's former holder and its holder now (positions.read_holder_change)
        for group in (1, 2):
            start, end = change.span(group)
            if opens_with_surname(text, start) and not _has_title_edge(text[start:end]):
                add(start, end, "changed_name")
    for removal in _REMOVAL.finditer(text) if words & _REMOVAL_WORDS else ():
        # 免去甲的…职务: the name between the verb and 的; 乙不再兼任…: the name before it
        if removal.group() in _NO_LONGER:
            end = removal.start()
            reason = text.find("因", max(0, end - 11), end)
            if reason > 0 and not _has_clause_break(text[reason:end]):
                end = reason  # 丙因工作调整辞去…: a reason between the name and the verb
            start = name_before(text, end, tokens, offset, left_edges | {offset + end})
            if start is None and ("同意" in text or "批准" in text or "接受" in text):
                for length in (3, 2, 4):  # 表决同意甲因工作变动辞去…: the consenting verb opens the name's clause (甲 read as no name by the segmenter)
                    if text.endswith(_CONSENTING, 0, end - length):
                        start = name_before(text, end, tokens, offset, left_edges | {offset + end, offset + end - length})
                        break
            if start is not None and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff" or text.endswith(_CONSENTING, 0, start)):
                add(start, end, "removed_name")
            continue
        de = text.find("的", removal.end(), removal.end() + 5)
        if de - removal.end() in (2, 3, 4) and opens_with_surname(text, removal.end()):
            add(removal.end(), de, "removed_name")
    opening = _BIOGRAPHY_OPENING.match(text) if "男" in text or "女" in text or "生" in text else None
    if opening:
        # 甲，男，1968年5月出生，…; 乙，1961年生，…; 丙　丁，女，… (a padded name): a short biography opens with its subject's name
        start = name_before(text, opening.end(1), tokens, offset, left_edges | {offset + opening.end(1)})
        if start == opening.start(1):
            add(start, opening.end(1), "biography_name")
    for verb in _BIOGRAPHY_VERB.finditer(text) if "任" in text else ():
        # 甲现任某局局长, 乙曾任…: a name opening its clause right before a biography's verb
        start = name_before(text, verb.start(), tokens, offset, left_edges | {offset + verb.start()})
        if start is not None and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff"):
            add(start, verb.start(), "biography_name")
    for org in orgs if "为" in text or "系" in text or "身份" in text else ():  # (作为, 身为 hold 为; 以 needs 身份)
        # （注：甲为某公司总经理，乙系某银行副行长）: a name opening its clause before 为 or 系, a body and its title (also 以,
        # 作为, 身为: 丙作为某会副会长出席, 丁以某公司董事长的身份致辞)
        link = org.start - offset - 1
        if link > 2 and text[link - 1:link + 1] in AS_LINKS:
            link -= 1
        elif link < 2 or text[link] not in _COPULA_CHARS:
            continue
        if not _role_pattern().match(text, org.end - offset):
            continue
        start = name_before(text, link, tokens, offset, left_edges | {offset + link})
        if start is not None and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff"):
            add(start, link, "copula_name")
    for org in orgs if "是" in text else ():
        # 甲是某公司董事长，多年来…: a plain name opening its clause, 是, a body and its titles closing the clause (not 甲是某公司
        # 董事长的女儿, 乙是某会会长候选人: the titles do not close it)
        link = org.start - offset - 1
        if link < 2 or text[link] != "是" or not _role_pattern().match(text, org.end - offset):
            continue
        start = name_before(text, link, tokens, offset, left_edges | {offset + link})
        if start is not None and (start == 0 or text[start - 1] in _APPOSITION_OPENERS) and plain_name(text, start, link, tokens, offset) and _appositive_closes(text, offset, org, roles, orgs):
            add(start, link, "copula_name")
    if orgs and 3 <= orgs[0].start - offset <= 5 and text[orgs[0].start - offset - 1] in _APPOSITION_MARKS and _role_pattern().match(text, orgs[0].end - offset):
        # 甲，某公司董事长。 / 乙：某大学教授 (a line of a guest list or a caption): the name opening the sentence, set off by a
        # comma or a colon from the body and its title
        link = orgs[0].start - offset - 1
        if name_before(text, link, tokens, offset, left_edges | {offset + link}) == 0:
            add(0, link, "copula_name")
    for org in orgs if "," in text else ():
        # 甲，某公司董事长，向大会作报告; 会上，乙，某大学教授、某会理事，介绍了…: a name set off by commas before a body and
        # its titles, the titles closing the clause (an appositive); the name opens the sentence or a clause, is a plain
        # surname and given name, and nothing but titles (and bodies with titles) stands between the comma and the clause end
        link = org.start - offset - 1
        if link < 2 or text[link] != ",":
            continue
        for length in _NAME_LENGTHS:  # (indexing only: most commas before a body follow no name opening its clause)
            if link == length or (link > length and text[link - length - 1] in _APPOSITION_OPENERS):
                break
        else:
            continue
        if not _role_pattern().match(text, org.end - offset):
            continue
        start = name_before(text, link, tokens, offset, left_edges | {offset + link})
        if start is None or (start > 0 and text[start - 1] != ",") or not plain_name(text, start, link, tokens, offset) or not _appositive_closes(text, offset, org, roles, orgs):
            continue
        add(start, link, "copula_name")
    for honorific in _HONORIFIC.finditer(text) if words & _HONORIFIC_WORD else ():
        # 甲同志因到龄…: a name before 同志, 先生 or 女士 that starts a clause
        start = name_before(text, honorific.start(), tokens, offset, left_edges)
        if start is None and ("推" in text or "提" in text):
            for n in (3, 2, 4):  # 同意推荐甲同志为…人选: the nominating verb opens the name
                if text.endswith(_NOMINATING, 0, honorific.start() - n):
                    start = name_before(text, honorific.start(), tokens, offset, left_edges | {offset + honorific.start() - n})
                    break
        if start is None:
            start = _everyday_surname_before(text, honorific.start())  # 沃某同志, 和某某先生 opening the clause
        if start is not None and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff" or _REMOVING_BEFORE.search(text, max(0, start - 3), start)
                                  or text.endswith(_CONSENTING, 0, start) or text.endswith(_NOMINATING, 0, start) or (text[start - 1] in _LEFT_OF_NAME and _preposition_opens(tokens, offset + start - 1, offset + honorific.start()))
                                  or (text[start - 1] == "的" and honorific.start() - start == 3 and _read_whole_as_name(tokens, offset + start, offset + honorific.start()))):
            # (免去甲同志的…职务, 同意乙同志因年龄原因辞去…, 由丙同志代理: the removal or consenting verb or the
            # preposition opens the name's clause; 已故的甲乙丙先生: a description closed by 的 before a name of three the
            # segmenter reads whole)
            add(start, honorific.start(), "honorific_name")
    bracketed = "(" in text
    role_ends = _local_ends(roles, offset) if bracketed else set()
    for bracket in _BRACKETED_ASIDE.finditer(text) if bracketed else ():
        # 获奖者：甲（某公司董事长）、乙（退休教师）; 区民政局 丙（局长）: a list item's name before its description;
        # 甲（某会会长）主持会议: a clause's subject whose bracket closes on a title
        turn = not _ASIDE_END.match(text, bracket.end()) and bracket.end() - 1 not in role_ends
        if turn and text[bracket.end():bracket.end() + 1] != ":":
            continue
        start = name_before(text, bracket.start(), tokens, offset, left_edges)
        if turn and start != TURN_LEAD.match(text).end():
            continue  # 甲（某公司副总裁，合肥连线）：…: only a transcript turn's label, opening the line, names its speaker so
        verb = appointing().search(text, max(0, (start or 0) - 4), start or 0)
        if start is not None and (start == 0 or text[start - 1] in _ITEM_START or start + offset in left_edges or (verb is not None and verb.end() == start)):
            add(start, bracket.start(), "bracketed_name")
        elif start is not None and _read_whole_as_name(tokens, offset + start, offset + bracket.start()):
            add(start, bracket.start(), "bracketed_subject")  # 委托人甲（某公司董事长）出席: the segmenter reads the name whole
    for listed in _COLON_LIST.finditer(text) if ":" in text else ():
        # 获得“优秀志愿者”称号的是：甲、乙、丙、丁: a bare list of three or more names after a colon
        items, cursor = [], listed.start(1)
        for item in listed.group(1).split("、"):
            items.append((cursor, cursor + len(item)))
            cursor += len(item) + 1
        for a, b in _roster_of_names(text, items, tokens, offset) if len(items) >= 3 else ():
            add(a, b, "colon_list_name")
    for a, b in _names_in_gapped_colon_list(text, tokens, offset) if ":" in text and " " in text else ():
        add(a, b, "colon_list_name")
    for start, end in _names_in_mixed_colon_list(text, tokens, offset, orgs) if "、" in text and ":" in text else ():
        add(start, end, "colon_list_name")
    for start, end in _names_under_presence_label(text, tokens, offset, orgs) if ":" in text or "有" in text else ():
        add(start, end, "label_list_name")
    for start, end in _names_before_cue(text, tokens, offset, words & _PEOPLE_WORD_BIT):
        add(start, end, "cue_name")
    for start, end in _described_names(text, tokens, offset) if words & _PEOPLE_WORD_BIT or "岁的" in text or "旬的" in text else ():
        add(start, end, "described_name")  # 校友甲专门发来贺信, 创办人乙从报纸上看到, 89岁的丙三年前…
    home = _HOME_AFTER_NAME.search(text) if "家" in text and ("家中" in text or "家里" in text or words & _HOME_VISIT_BIT) else None
    for start, end in _visited_home_names(text, tokens, offset, home) if home is not None else ():
        add(start, end, "home_name")  # 来到甲家中, 走访了独居老人乙家, 在94岁的丙老人家中: the person whose home is visited
    recipient = _RECIPIENT_FRAME.search(text) if words & _GIVING_WORD and ("向" in text or "为" in text or "给" in text or "授予" in text) else None
    for start, end in _recipient_names(text, tokens, offset, recipient) if recipient is not None else ():
        add(start, end, "recipient_name")  # 向甲颁发证书, 为乙佩戴奖章, 给丙送上慰问金, 授予丁“某某”称号
    line = _LINE_NAME.match(text) if " " in text else None
    if line is None and ":" in text[1:8] and (labelled := PRESENCE_LINE_LABEL.match(text)) is not None:
        line = _LINE_NAME.match(text, labelled.end())  # 出　席：甲　常务副会长 (minutes): the label, then the line's name
    if line and line.end(1) - line.start(1) >= 2 and (_mention_starts_at(roles + orgs, offset + line.end()) or _place_at(text, line.end()) or _DATED_AFTER.match(text, line.end())) and _line_name(text, line.start(1), line.end(1), tokens, offset):
        # 甲　某市民政局某处处长: a list line that opens with the name, its posts after a space; 乙　1985年7月参加工作，历任…
        # and 丙　1997.07—2009.12　某局某科副科长: a résumé's block that opens with the name, its dated lines after it
        add(line.start(1), line.end(1), "line_name")
    for org in orgs if "在" in text else ():
        # 甲在某局任副局长, 乙曾在某公司担任总经理: a name (an adverb between) before 在, the body, then a verb and a title
        lead = org.start - offset - 1
        if lead < 2 or text[lead] != "在" or text[org.end - offset:org.end - offset + 1] not in WORKPLACE_FIRST:
            continue  # (indexing first: most bodies after 在 are a venue, 在某酒店召开)
        if not _role_pattern().match(text, _workplace_title_at(text, org.end - offset)):
            continue
        end = lead
        for adverb in _WORKPLACE_NAME_ADVERBS:
            if text.endswith(adverb, 0, lead):
                end = lead - len(adverb)
                break
        start = name_before(text, end, tokens, offset, left_edges | {offset + end})
        if start is not None and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff"):
            add(start, end, "workplace_name")
    caption = CAPTION_NAME.match(text) if (text[:1] in CAPTION_MARKS or text[:2] in CAPTION_HEADS) and (" " in text or "," in text) else None
    if caption and plain_name(text, caption.start(1), caption.end(1), tokens, offset):
        at = offset + caption.end()
        if caption.group("gap") == ",":  # ▲乙（右二），某会会长，…: the body and its titles close the clause
            titled = any(o.start == at and _appositive_closes(text, offset, o, roles, orgs) for o in orgs)
        else:  # 图为 甲 某公司总经理: a body or a title right after the space
            titled = _mention_starts_at(roles + orgs, at)
        if titled:
            add(caption.start(1), caption.end(1), "caption_name")
    colon = _COLON_PROFILE_NAME.match(text) if ":" in text[2:6] else None
    if colon and plain_name(text, 0, colon.end(1), tokens, offset) and not _opens_with_word(colon.group(1)):
        add(0, colon.end(1), "colon_profile_name")  # (公示期：2026年起…: a label that opens with a word, no name)
    item = NUMBERED_ITEM_NAME.match(text) if text[:1] in ITEM_LEADS else None
    if item and _mention_starts_at(roles + orgs, offset + item.end()) and plain_name(text, item.start(1), item.end(1), tokens, offset):
        add(item.start(1), item.end(1), "numbered_item_name")  # 1. 甲，某公司董事长: a numbered item opens with the name, its posts after a comma
    last = _LINE_NAME_LAST.search(text) if line is None and "  " in text else None
    if last and _mention_ends_at(roles, offset + last.start()) and plain_name(text, last.start(1), last.end(1), tokens, offset):
        add(last.start(1), last.end(1), "line_end_name")  # 某市民政局　党组成员、副局长　甲: the unit, the posts, then the name
    for start, end in _spaced_cell_names(text, tokens, offset, roles + orgs) if "  " in text else ():
        add(start, end, "cell_name")  # 严 杰  某市慈善总会会长; 甲  乙 丙  丁(女,挂职): names in cells kept apart by spaces
    for start, end in _single_spaced_names(text, tokens, offset) if " " in text and "  " not in text else ():
        add(start, end, "cell_name")  # 甲　乙　丙丁　戊: a row of names alone, one space apart, two-character ones padded
    for start, end in _labelled_roster(text, tokens, offset) if ":" in text else ():
        add(start, end, "roster_name")  # 某学院：甲、乙　丙、丁; 当选副会长的是：甲/乙: names alone after a label's colon
    for start, end in _table_names(text, tokens, offset) if "|" in text else ():
        add(start, end, "table_name")  # 1 | 甲 | 会长 | 某市政协原副主席: a table row's name cell
    for start, end in _donor_row_names(text) if ("." in text or text[-1:] in DIGITS) and text.lstrip(" \u3000\n")[:1] in DIGITS else ():
        add(start, end, "donor_row_name")  # 7　甲　30,000.00; 11　乙、丙　2,000.00; 4　丁　100: a numbered donation row's donors
    for start, end in _donor_row_names(text, _AMOUNT_ROW) if text[-1:] == "元" else ():
        add(start, end, "donor_row_name")  # 甲　　30000元; 乙、丙　　10000元; 丁（女）　　12000元: a donation list's line
    for reporter in _REPORTER.finditer(text) if "记者" in text else ():
        # 某日报记者甲：…, 记者乙问及…, 某台记者丙就…提问, 记者丁向局长发问: a reporter named where the reporter asks (a press
        # conference's or an interview's questions) is a person; 记者 alone is no title (docs/gold-conventions.md)
        end = name_after(text, reporter.end(), tokens, offset)
        if end is not None and _REPORTER_ASKS.match(text, end):
            add(reporter.end(), end, "reporter_name")
            if reporter.end() in found and found[reporter.end()].end - offset == end:
                found[reporter.end()].info["asks"] = True  # (某台首席记者甲：…, read first after its title: asks too)
    for count in COUNT.finditer(text) if "等" in text else ():
        # 授予甲等10名同志…称号, 乙等20名个人受到表彰, 丙、丁、戊等41人: the names of a counted list of people
        for start, end in _counted_list(text, count.start(), tokens, offset):
            add(start, end, "counted_name")
    return PersonDraft(text, offset, tokens, found, taken, left_edges, edges, verb_found)


_WORKPLACE_NAME_ADVERBS = word_class("workplace_name_adverb")  # 现, 曾, 一直 between a name and 在 (word_classes.tsv)
# 工作，任 / 曾任 / 担任: the verb of holding a post after the body in 甲在某局任副局长 (positions.py reads the titles after it)
WORKPLACE_POST = re.compile(
    rf"(?:{word_alternation('workplace_verb')})?[,，]?(?P<when>{word_alternation('workplace_post_adverb')})?(?:{word_alternation('workplace_post_verb')})"
)


WORKPLACE_FIRST = frozenset(word[0] for name in ("workplace_verb", "workplace_post_adverb", "workplace_post_verb") for word in word_class(name)) | frozenset(",，")


def _workplace_title_at(text: str, index: int) -> int:
    """Where a title would stand after a body at `index` in 甲在某局任副局长 (the verb's end), or len(text) (where no
    title can match) where no verb follows."""
    verb = WORKPLACE_POST.match(text, index)
    return verb.end() if verb is not None else len(text)


_NAME_LENGTHS = (2, 3, 4)
_APPOSITION_OPENERS = frozenset(",;:")  # what opens the clause of a name set off by a comma (normalized text)
_APPOSITIVE_GAPS = "、兼"  # 某公司董事长、某会副会长; 副会长兼秘书长: what joins the titles of an appositive
_APPOSITIVE_ENDS = frozenset(",;。")  # (normalized text: ，；are , ;)


def _appositive_closes(text: str, offset: int, org: Mention, roles: list[Mention], orgs: list[Mention]) -> bool:
    """Whether a body's titles, and any further bodies and titles joined by 、 or 兼, run from `org` to a clause end
    (甲，某公司董事长，…: the appositive stands alone; not 甲，某公司董事长乙…, where the title is the next name's)."""
    at = {m.start: m for m in orgs}
    for role in roles:
        at.setdefault(role.start, role)
    cursor, need_title = org.end, True
    while True:
        mention = at.get(cursor)
        if mention is not None and mention.kind == "role":
            cursor, need_title = mention.end, False
            continue
        local = cursor - offset
        if need_title:
            return False
        if local >= len(text) or text[local] in _APPOSITIVE_ENDS:
            return True
        if text[local] not in _APPOSITIVE_GAPS:
            return False
        mention = at.get(cursor + 1)
        if mention is None:
            return False
        cursor, need_title = (mention.end if mention.kind == "org" else cursor + 1), True


COUNTED_TITLE_NAME = "counted_title_name"  # the rule of a name in a list of bodies and names before a counted title


def _names_after_bodies(text: str, offset: int, orgs: list[Mention], end: int, tokens: Tokens) -> list[tuple[int, int]]:
    """某会甲、某基金会乙、某总会丙三位秘书长: the items of a list before a count of one title, each a body and a name right
    after it (two items at least); [] where an item is anything else."""
    found: list[tuple[int, int]] = []
    for org in reversed(orgs):
        local = org.end - offset
        if local >= end:
            continue
        if not 2 <= end - local <= 4 or not plain_name(text, local, end, tokens, offset):
            return []
        found.append((local, end))
        before = org.start - offset
        if before < 1 or text[before - 1] != "、":
            break
        end = before - 1
    return found if len(found) >= 2 else []


_COUNTED_TITLE = re.compile(r"[0-9０-９一二三四五六七八九十百]+[人名位]")
_COUNT_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十百"  # a cheap test before the regex


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: runs of text kept apart by two spaces or more
_CELL_LABEL = re.compile(r"^[\u4e00-\u9fff ]{1,6}[:：]")  # 监 事:甲: a title's label before the cell's name
_CELL_NOTE = re.compile(r"[(（][^)）]{1,10}[)）]$")  # 甲(女), 乙(女,挂职), 丙(兼)


def _spaced_cell_names(text: str, tokens: Tokens, offset: int, mentions: list) -> list[tuple[int, int]]:
    """A list line laid out in cells kept apart by runs of spaces: a name padded to three characters (严 杰) that opens
    it before its posts (a title or a body opens the next cell), or every cell where each holds a name alone (甲  乙 丙  丁(女,挂职);
    beside a padded name a surname that is an everyday character will do: the padding shows the row lists people)."""
    surnames = lexicons().surnames
    names: list[tuple[int, int] | None] = []
    cells = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(text)]
    plain: list[tuple[int, int, int]] = []  # the cells that are no padded name (place in the row, start, end), read once the row is known
    for position, (a, b) in enumerate(cells):
        label = _CELL_LABEL.match(text, a, b)
        if label is not None:
            a = label.end()
        note = _CELL_NOTE.search(text, a, b)
        if note is not None:
            b = note.start()
        padded = (b - a == 3 and text[a + 1] == " " and text[a] in surnames and "\u3400" <= text[a + 2] <= "\u9fff") or _padded_compound(text, a, b)
        names.append((a, b) if padded else None)
        if not padded:
            plain.append((position, a, b))
    rare = len(plain) < len(cells)
    for position, a, b in plain:
        if 2 <= b - a <= 4 and plain_name(text, a, b, tokens, offset, rare=rare):
            names[position] = (a, b)
    if len(cells) >= 2 and all(names):
        return [n for n in names if n]
    first = names[0] if names else None
    if len(cells) >= 2 and first is not None and ((first[1] - first[0] == 3 and text[first[0] + 1] == " ") or _padded_compound(text, *first)):
        second = cells[1][0] + offset
        if any(m.start == second for m in mentions):
            return [first]  # its posts follow: a title or a body opens the next cell (not 簡 訊  ……10, a heading)
    return []


_SPACED_ROW = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4}){3,}")  # a line of short words one space apart
# (more than one only where _single_spaced_names blanked a note: its caller reads no line with two spaces running)
_ROW_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[男女]|\d{1,3}岁)\)")  # 甲(女), 乙(4岁): a roster name's sex or age note


def _blanked(note: re.Match[str]) -> str:
    """The note as spaces of its length (offsets kept)."""
    return " " * (note.end() - note.start())

_HAN_CHARS = re.compile(r"[\u4e00-\u9fff]+")  # a run of Han characters, no mark (not _HAN_RUN, capped at four)


_ROSTER_REST = re.compile(r"[\u4e00-\u9fff、,;/ ]+")  # (normalized text: 、 stays, ，；／ and 　 are , ; / and a space)
_ROSTER_GAP = re.compile(r" *[、,;/] *| ")


def _labelled_roster(text: str, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """物理学院：甲、乙　丙、丁, 入党积极分子4名：甲；乙, 当选副会长的是：甲/乙: after the sentence's last colon, names
    alone up to its end, kept apart by 、 , ; / or a space, a two-character one maybe padded to three (乙　丙): every
    item must be a name (a surname that is an everyday character will do: the label lists people), two or more."""
    colon = text.rfind(":")
    rest = _ROSTER_REST.match(text, colon + 1)
    if rest is None or text[rest.end():].strip(" 。"):
        return []
    start, stop = rest.start() + len(rest.group()) - len(rest.group().lstrip()), rest.start() + len(rest.group().rstrip())
    lex = lexicons()
    names: list[tuple[int, int]] = []
    words = 0
    cursor = start
    while cursor < stop:
        gap = _ROSTER_GAP.search(text, cursor, stop)
        end = gap.start() if gap else stop
        if end - cursor == 2 and gap is not None and gap.group() == " " and _padded_compound(text, cursor, gap.end() + 1):
            following = _ROSTER_GAP.match(text, gap.end() + 1)  # 东方　某: a compound surname and its one-character given name, padded
            if following is not None or gap.end() + 1 == stop:
                names.append((cursor, gap.end() + 1))
                cursor = following.end() if following else stop
                continue
        if end - cursor == 1 and gap is not None and gap.group() == " ":
            second = gap.end() + 1  # 乙　丙: a two-character name padded to three
            following = _ROSTER_GAP.match(text, second) if second < stop else None
            if second > stop or (second < stop and following is None) or text[cursor] not in lex.any_surnames:
                return []
            names.append((cursor, second))
            cursor = following.end() if following else stop
            continue
        if not 2 <= end - cursor <= 4:
            return []
        if not plain_name(text, cursor, end, tokens, offset, rare=True):
            if not roster_word_name(text, cursor, end, tokens, offset):
                return []
            words += 1  # 理事：甲　江河　乙: a name that is an everyday word, where the other items are plain names
        names.append((cursor, end))
        cursor = gap.end() if gap else stop
    return names if len(names) >= 2 and len(names) - words >= max(2, words) else []


def _single_spaced_names(text: str, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """A line of names alone kept one space apart (甲　乙　丙丁　戊), where a two-character name padded to the width of
    three (甲　某) shows as two one-character runs: every run must belong to a name, three names or more; a padded
    name's surname may be an everyday character (the row lists people)."""
    line = text.strip(" \u3000\n")
    if "女)" in line or "男)" in line or "岁)" in line:
        line = _ROW_NOTE.sub(_blanked, line)  # 甲(女)　乙　丙(4岁): a name's short note in brackets, blanked to keep the offsets
    row = _SPACED_ROW.fullmatch(line)
    if row is None:
        return []
    lead = len(text) - len(text.lstrip(" \u3000\n"))
    runs = [(m.start() + lead, m.end() + lead) for m in _HAN_CHARS.finditer(row.group())]
    lex = lexicons()
    names: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        a, b = runs[index]
        if b - a == 1:
            if index + 1 >= len(runs) or runs[index + 1][1] - runs[index + 1][0] != 1 or runs[index + 1][0] != b + 1:
                return []
            if text[a] not in lex.any_surnames:
                return []
            names.append((a, runs[index + 1][1]))  # 甲　某: padded, written closed by the name's reader
            index += 2
            continue
        if index + 1 < len(runs) and runs[index + 1][0] == b + 1 and _padded_compound(text, a, runs[index + 1][1]):
            names.append((a, runs[index + 1][1]))  # 东方　某: a compound surname padded before its one-character given name
            index += 2
            continue
        if not plain_name(text, a, b, tokens, offset):
            return []
        names.append((a, b))
        index += 1
    return names if len(names) >= 3 else []


def _padded_compound(text: str, start: int, end: int) -> bool:
    """text[start:end] is a compound surname, one space and a one-character given name (东方　某, 欧阳　某: a roster
    pads the compound surname apart from the given name as it pads a two-character name to three)."""
    return end - start == 4 and text[start + 2] == " " and text[start:start + 2] in _COMPOUND_SURNAMES and "\u3400" <= text[start + 3] <= "\u9fff"


_CELL = re.compile(r"[^|｜]+")


def _table_names(text: str, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """A table row written with bars (序号 | 姓名 | 职务 | 单位及职务): a cell that holds a plain name alone, or a
    name padded to three characters, in a row of three cells or more."""
    cells = [(m.start(), m.end()) for m in _CELL.finditer(text)]
    if len(cells) < 3:
        return []
    found = []
    for a, b in cells:
        while a < b and text[a] in " \u3000":
            a += 1
        while b > a and text[b - 1] in " \u3000":
            b -= 1
        if (b - a == 3 and text[a + 1] in _PADDING and text[a] in lexicons().surnames and "\u3400" <= text[b - 1] <= "\u9fff") or _padded_compound(text, a, b):
            found.append((a, b))  # 丙　某, 东方　某
        elif 2 <= b - a <= 4 and plain_name(text, a, b, tokens, offset):
            found.append((a, b))
    return found if len(found) == 1 else []


# 7　甲　30,000.00　定向某县, 4　丁　100 (an amount closing the line): a numbered row of a donation list, the donor's
# cell between the number and the amount
_DONOR_ROW = re.compile(r"[ \u3000\n]*[0-9]{1,3}[ \u3000]+(?P<cell>[\u4e00-\u9fff][\u4e00-\u9fff \u3000、]{0,10}?)[ \u3000]+[0-9][0-9,]*(?:\.[0-9]{2}(?![0-9])|(?:万?元)?[ \u3000]*$)")
# 甲　　30000元, 乙、丙　　10000元, 丁（女）　　1.2万元: a donation list's line of people alone (a short note in brackets) and
# the amount, kept apart by a space or more
_AMOUNT_ROW = re.compile(r"[ \u3000\n]*(?P<cell>[\u4e00-\u9fff][\u4e00-\u9fff \u3000、]{0,10}?)(?:[(（][^()（）]{1,10}[)）])?[ \u3000]+[0-9][0-9,]*(?:\.[0-9]{1,2})?万?元$")


def _donor_row_names(text: str, pattern: re.Pattern[str] = _DONOR_ROW) -> list[tuple[int, int]]:
    """The donors of a numbered donation row, or of a donation list's line of names and an amount, whose cell holds
    people alone (甲; 甲　某, padded to three; 乙、丙): a cell of a surname and one or two characters is a person, where a
    body's cell is longer (某某有限公司) and an unnamed donor (匿名, 无名氏) opens with no surname."""
    row = pattern.match(text)
    if row is None:
        return []
    lex = lexicons()
    found: list[tuple[int, int]] = []
    cursor = row.start("cell")
    for item in row.group("cell").split("、"):
        a, b = cursor, cursor + len(item)
        cursor = b + 1
        padded = b - a == 3 and text[a + 1] in _PADDING and "\u4e00" <= text[a + 2] <= "\u9fff"
        if text[a] not in lex.any_surnames or not (padded or (2 <= b - a <= 3 and _HAN_CHARS.fullmatch(text, a, b))) or item in lex.places:
            return []  # (a surname that is an everyday character will do: the row lists donors and their amounts)
        if (text[a] not in lex.surnames or pattern is _AMOUNT_ROW) and (_common_word(item) or (text[a] not in lex.surnames and text[a + 1] in lex.surnames)):
            return []  # 多名, 单价　30元, 经王: an everyday word (a label of an unnumbered line), or the character before a person's surname
        found.append((a, b))
    return found


def _counted_list(text: str, end: int, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """The names of a 、-list closed by 等N人 at `end` (甲、乙、丁　某等41人; 甲 乙 丙等3人, one space apart), last first:
    each a plain name or a name padded to three characters; the list's first name must open a clause or follow a verb
    or a list mark (a space after words that are no name opens it too)."""
    items: list[tuple[int, int]] = []
    spaced = False
    while end > 0:
        padded = end >= 3 and text[end - 2] in _PADDING and _PADDED_NAME.fullmatch(text, end - 3, end) and text[end - 3] in lexicons().surnames
        # (a surname that is also an everyday character will do: the count says the list is of people, 甲、滑某等6人)
        start = end - 3 if padded else next((end - n for n in (3, 2, 4) if end - n >= 0 and plain_name(text, end - n, end, tokens, offset, rare=True)), None)
        if start is None:
            return items if spaced else []
        items.append((start, end))
        if start == 0 or text[start - 1] not in "、 ":
            return items if start == 0 or text[start - 1] in _COUNT_LEFT or not "\u3400" <= text[start - 1] <= "\u9fff" else []
        spaced = text[start - 1] == " "
        end = start - 1
    return []


def _names_in_mixed_colon_list(text: str, tokens: Tokens, offset: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """慈善之星：某村股份经济合作社、甲、某镇慈善工作站、乙: after a colon, a 、-list whose every item is a body
    (an organization mention, whole) or reads as a name, with at least one of each, names people."""
    found: list[tuple[int, int]] = []
    for colon in _COLON.finditer(text):
        end = next((i for i in map(text.find, "。；;\n", [colon.end()] * 4) if i >= 0), len(text))
        end = min([end] + [i for i in [text.find("（", colon.end(), end), text.find("(", colon.end(), end)] if i >= 0])
        if "、" not in text[colon.end():end]:
            continue
        spans = {(o.start - offset, o.end - offset) for o in orgs}
        cursor, names, bodies = colon.end(), [], 0
        for item in text[colon.end():end].split("、"):
            a, b = cursor, cursor + len(item)
            cursor = b + 1
            if (a, b) in spans:
                bodies += 1
            elif 2 <= len(item) <= 4:
                names.append((a, b))
            else:
                break
        else:
            if bodies and names and all(plain_name(text, a, b, tokens, offset) for a, b in names):
                found += names
    return found


_COLON = re.compile("[:：]")


# 慈善楷模：甲　乙　　丙　丁　　戊己庚: three or more names after a colon, set apart by wide gaps (names padded to the
# width of three by a single space) or, with no wide gap, by single spaces
_COLON_GAPPED = re.compile(r"[:：][ \u3000]*([\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff])+)[ \u3000]*$")
_WIDE_GAP = re.compile(r"[ \u3000]{2,}")
_ONE_GAP = re.compile(r"[ \u3000]")


def _names_in_gapped_colon_list(text: str, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """The names of a list after a colon written with gaps for 、 (an award list's cells), padded names kept whole."""
    listed = _COLON_GAPPED.search(text)
    if listed is None:
        return []
    gaps = _WIDE_GAP if _WIDE_GAP.search(listed.group(1)) else _ONE_GAP
    items, cursor = [], listed.start(1)
    for gap in gaps.finditer(text, listed.start(1), listed.end(1)):
        items.append((cursor, gap.start()))
        cursor = gap.end()
    items.append((cursor, listed.end(1)))
    closed = ["".join(text[a:b].split()) for a, b in items]
    if len(items) < 3 or not all(2 <= len(c) <= 4 and (c == text[a:b] or len(c) == 2) for c, (a, b) in zip(closed, items)):
        return []
    if not all(plain_name(text, a, b, tokens, offset) for c, (a, b) in zip(closed, items) if c == text[a:b]):
        return []
    lex = lexicons()
    return [(a, b) for c, (a, b) in zip(closed, items) if c == text[a:b] or c[0] in lex.surnames]


_COLON_LIST = re.compile(r"[:：]((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4})(?=[。;；]|$)")
# 记录：, 列席人员：, 参会单位及人员：, 出席会议的有: a label of the people present (a presence word in it) that opens
# its line or sentence, and the items after its colon (or 的有) up to the sentence's end
# 主　　持：甲, 记　　录：乙 (minutes): a two-character label padded to the width of a four-character one (参加人员)
_PADDED_PRESENCE_LABEL = "|".join(f"{w[0]} +{w[1]}" for w in word_class("presence_label") if len(w) == 2)
_PRESENCE_LABEL_LIST = re.compile(
    rf"(?:^|(?<=[\s。;；,]))(?:[^\s,，。;；:：]{{0,6}}(?:{word_alternation('presence_label')})[^\s,，。;；:：]{{0,6}}|{_PADDED_PRESENCE_LABEL})"
    rf"(?:[:：]|(?<=[的们])(?:{word_alternation('present_group')})?还?有[:：]?)(?P<items>[^。]+)"
)
_LABEL_ITEM = re.compile(r"[^、,，;；]+")


def _names_under_presence_label(text: str, tokens: Tokens, offset: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """记录：甲; 出席：乙、丙; 参会单位及人员：县民政局 丁，县财政局 戊: the names of a list of those present, one
    per item, alone or after the unit they come from (the unit's title in brackets is read elsewhere)."""
    found: list[tuple[int, int]] = []
    words: list[tuple[int, int]] = []  # items no plain name, perhaps names that are everyday words (江河)
    for listed in _PRESENCE_LABEL_LIST.finditer(text):
        for item in _LABEL_ITEM.finditer(text, listed.start("items"), listed.end("items")):
            start, end = item.start(), item.end()
            unit_end = max((o.end - offset for o in orgs if start <= o.start - offset < o.end - offset <= end), default=start)
            space = max(text.rfind(" ", unit_end, end), text.rfind("\u3000", unit_end, end))
            start = space + 1 if space >= 0 else unit_end  # 记录：区慈善联合会办公室科员 甲: the name after the last space
            if ":" in text[start:end]:
                start = text.index(":", start, end) + 1  # 演唱：某合唱团　领唱：甲 (normalized ：): a second label on the line
            while start < end and text[start] in " \u3000":
                start += 1
            padded = _padded_name_before(text, start, max(unit_end, item.start()))
            if padded is not None:
                found.append((padded, start + 1))  # 记录：戊　某, 某科　己　某: a padded name
                continue
            bracket = text.find("（", start, end)
            end = bracket if bracket >= 0 else end
            if text.startswith("等", end - 1) and item.end() == listed.end("items"):
                end -= 1  # 出席会议的有甲、乙、丙等: the list's closing 等
            while end > start and text[end - 1] in " \u3000":
                end -= 1
            if 2 <= end - start <= 4 and plain_name(text, start, end, tokens, offset):
                found.append((start, end))
            elif 2 <= end - start <= 4:
                words.append((start, end))
    if words and len(found) >= 2 and len(found) >= len(words):
        # 出席：甲、江河、乙: the list names people, a name that is an everyday word (江河, 高峰) too
        found = sorted(found + [(a, b) for a, b in words if roster_word_name(text, a, b, tokens, offset)])
    return found


def _roster_of_names(text: str, items: list[tuple[int, int]], tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """The names of a list: every item where all are plain names, or where plain names are at least half of the list
    and two or more and the other items names though everyday words (江河, 高峰, 常青: a surname and a word the segmenter
    reads whole; the list names people); else none."""
    plain = 0
    words = []
    for a, b in items:
        if plain_name(text, a, b, tokens, offset):
            plain += 1
        else:
            words.append((a, b))
    if not words:
        return items
    if plain < 2 or plain < len(words) or not all(roster_word_name(text, a, b, tokens, offset) for a, b in words):
        return []  # (试点街镇：张江、唐镇、周浦: an item that is no name, a place, makes the list no list of names)
    return items


def roster_word_name(text: str, start: int, end: int, tokens: Tokens, offset: int) -> bool:
    """A list item that is a name in a list of names, though the segmenter reads it as an everyday word (江河, 高峰, 常青,
    常乐): a surname (an everyday character too) and one or two characters, or a compound surname and one or two; no place,
    title, body's ending, particle or word of saying."""
    lex = lexicons()
    item = text[start:end]
    if _HAN_CHARS.fullmatch(item) is None:
        return False
    if len(item) == 4:
        surname_ok = item[:2] in lex.compound_surnames
    else:
        surname_ok = item[0] in lex.any_surnames or (len(item) == 3 and item[:2] in lex.compound_surnames)
    token = tokens.starting(offset + start)
    return (
        surname_ok
        and not (token is not None and token.end == offset + end and token.pos in ("ns", "nt", "t"))
        and item[-1] not in _PLACE_ENDING_CHARS
        and item[-1] not in _PARTICLES
        and item not in lex.places
        and not item.endswith(ORG_ENDINGS_BY_LAST_TWO.get(item[-2:], ()))
        and item not in lex.roles
        and item[1:] not in lex.roles
        and item not in _COLLECTIVE_WORDS
    )


def _padded_name_before(text: str, start: int, item_start: int) -> int | None:
    """Where the item's last character at `start` is the second half of a padded name (戊　某), the name's start: a
    surname alone after the item's start or a space, then one or two spaces; None where no padded name ends there."""
    gap = start
    while gap > item_start and text[gap - 1] in " \u3000":
        gap -= 1
    if gap == start or start - gap > 2 or gap - 1 < item_start or text[gap - 1] not in lexicons().surnames:
        return None
    if gap - 1 > item_start and text[gap - 2] not in " \u3000":
        return None
    end = start + 1
    return gap - 1 if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" else None

# a clause opens after a mark, 由/据/请, or an adverb of sequence or invitation (随后乙介绍…, 特邀丙作讲座); not after a
# digit (100余人出席)
# what may stand right before a clause's first character (each of one width: a lookbehind of its own)
_OPENING_MARKS = r"\s,，、;；:：。!！?？”“\"）)由据请"  # the characters that open a clause after them
_OPENING_ADVERBS = word_class("clause_opening_adverb")
_AFTER_OPENING = "(?<=[" + _OPENING_MARKS + "])|" + after_any(_OPENING_ADVERBS)
_CLAUSE_OPENING = re.compile("(?:^|" + _AFTER_OPENING + r")[\u3400-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[,，。;；:：!！?？]")


# a clause opening (_CLAUSE_OPENING) at a character that a surname, single or compound, starts with (_SURNAME_STARTS):
# where a bare name before a cue may start. The scan matches the last character of what opens the clause (a mark,
# 由/据/请, an adverb's last character), then looks ahead for a surname character and behind for the whole opening:
# it opens with a character class, so the regex engine scans in C for those characters (far rarer than surname
# characters), and each match is one character, so no opening is skipped; the head is the match's end
_OPENING_THEN_SURNAME = re.compile(
    "[" + _OPENING_MARKS + re.escape("".join(sorted({w[-1] for w in _OPENING_ADVERBS}))) + "]"
    + "(?=[" + re.escape("".join(sorted(c for c in _SURNAME_STARTS if "\u3400" <= c <= "\u9fff"))) + "])"
    + "(?:" + _AFTER_OPENING + ")"
)


def clause_openings_at_surnames(text: str, end: int) -> list[int]:
    """Where a clause opens (after a mark, 由/据/请, an adverb, or at the start) at a surname's first character
    before `end`, in order: the positions _CLAUSE_OPENING finds there at characters of _SURNAME_STARTS."""
    heads = []
    for m in _OPENING_THEN_SURNAME.finditer(text, 0, end):  # (a loop, not a comprehension)
        heads.append(m.end())
    if end > 0 and text[:1] in _SURNAME_STARTS and "\u3400" <= text[0] <= "\u9fff":
        heads.insert(0, 0)
    return heads


_PREPOSITIONS = frozenset("在于对向就从为")
_BEFORE_CUE_WORDS = word_class("before_cue_word")  # 在, 就, 先后, 通过 …: what leads from a name to its cue
_PERSON_CUES = frozenset(("attend", "chair", "speaker", "quote", "witness"))
_PERSON_ROLES = frozenset(("attendee", "chair", "speaker", "witness"))


def _names_before_cue(text: str, tokens: Tokens, offset: int, people: int) -> list[tuple[int, int]]:
    """甲主持会议; 乙、丙等出席; 由丁主持: bare names (no title) that open a clause and run up to a participation
    cue word, alone or as a 、-list; each must read as a plain name (a surname, no ordinary word)."""
    lex = lexicons()
    found: list[tuple[int, int]] = []
    written = _person_cue_patterns()[2].spans(text)
    if not written:
        return found  # most sentences have no such cue: no clause to read
    cues = [start for _, start, _ in written]
    for index in clause_openings_at_surnames(text, cues[-1]):
        # a clause opening where a surname's first character is written; now whether a surname starts there
        if text[index] not in lex.surnames and text[index:index + 2] not in lex.compound_surnames:
            continue  # (opens_with_surname written out: this loop is hot, a call per clause opening)
        if text[index:index + 2] in _PARTY_COMMITTEE_WORDS or text[index:index + 3] in _PARTY_COMMITTEE_WORDS:
            continue  # 支部应到会党员19名: the branch opens the clause, not 支 the surname
        if text[index] in _LEFT_OF_NAME and _preposition_before_name(tokens, offset + index):
            continue  # 由甲同志主持: the name opens after the preposition (its own turn of this loop)
        clause_end = _CLAUSE_BREAK.search(text, index)
        last = clause_end.start() if clause_end else len(text)
        for cue in cues:
            if index < cue <= last:
                break
        else:
            continue  # no cue in the name's clause
        if index >= 2 and text[index - 2:index] in _OPENING_ADVERBS and _word_at(tokens, offset + index):
            continue  # 随后召开的座谈会上: after an adverb, a word the segmenter reads as one (召开) is no surname and name
        names = _bare_names_to_cue(text, index, tokens, offset, _LIST_MARKS)
        if names is None and _JOINING_WORD.search(text, index):  # else 、 alone reads the same
            names = _bare_names_to_cue(text, index, tokens, offset, "、")  # 甲与某公司签约: 与 joins no second name
        found += names or []
    # (people: sentence_scan's bit of people_word_before_speaker, a word like 市民 written in the sentence)
    return found + _described_names_at_cue(text, tokens, offset, cues, people) if people or "的" in text else found


_GIVING_VERBS = tuple(word_class("giving_verb"))  # 颁发, 授予, 赠送 … (word_classes.tsv)
_FAMILY_CHARS = frozenset("家氏府")  # 鲍家, 王氏: a surname and a family's word, no person
# what opens the recipient's name before a verb of giving (or after 授予, before a quoted honour): one search per sentence
# finds whether the sentence has the frame at all
_RECIPIENT_FRAME = re.compile(
    rf"[向为给](?=[\u4e00-\u9fff{NAME_DOTS}]{{2,12}}?(?:{word_alternation('giving_verb')}))|授予(?=[\u4e00-\u9fff{NAME_DOTS}]{{2,12}}?[“\"「《])"
)
_GIVING_WORD = word_bit("giving_verb")  # sentence_scan: _RECIPIENT_FRAME can match
_RECIPIENT_STARTS = lexicons().any_surnames | frozenset(s[0] for s in lexicons().compound_surnames)
_HONOUR_AFTER = ("“", '"', "「", "《")  # 授予甲“优秀志愿者”称号: the quoted honour that follows the recipient after 授予


def _recipient_names(text: str, tokens: Tokens, offset: int, first: re.Match[str]) -> list[tuple[int, int]]:
    """向甲颁发证书, 为乙佩戴奖章, 给丙送上慰问金 (giving_verb in word_classes.tsv), 授予丁“某某”称号: a bare name between the
    preposition and a verb of giving (or after 授予, before the honour) is the recipient's, a person's name read as any
    name after a title is (name_after), no everyday word (向大家颁发, 为学生送上). `first`: _RECIPIENT_FRAME's first match."""
    found: list[tuple[int, int]] = []
    lead: re.Match[str] | None = first
    while lead is not None:
        start = lead.end()
        lead = _RECIPIENT_FRAME.search(text, start)
        if text[start:start + 1] not in _RECIPIENT_STARTS:
            continue
        end = name_after(text, start, tokens, offset)
        if end is None or (end - start == 2 and text[end - 1] in _FAMILY_CHARS):
            continue  # 向鲍家颁发牌匾: a family (a surname and 家), no person
        closes = text.startswith(_HONOUR_AFTER, end) if text[start - 2:start] == "授予" else text.startswith(_GIVING_VERBS, end)
        if closes and plain_name(text, start, end, tokens, offset) and not _common_word(text[start:end]):
            found.append((start, end))
    return found


_PEOPLE_WORDS = frozenset(word_class("people_word_before_speaker"))  # 市民, 队员, 学员 … (word_classes.tsv)
_PEOPLE_WORD_LENGTHS = sorted({len(w) for w in _PEOPLE_WORDS}, reverse=True)
_PEOPLE_WORD_BIT = word_bit("people_word_before_speaker")
_HOME_VISIT_BIT = word_bit("home_visit_verb")


def _people_word_before(text: str, start: int, tokens: Tokens, offset: int) -> bool:
    """A word for who a person is (市民, 队员, 学员: people_word_before_speaker) ends right before start, and the segmenter
    reads it as one word there (某市|民政局 is no 市民)."""
    for length in _PEOPLE_WORD_LENGTHS:
        if start >= length and text[start - length:start] in _PEOPLE_WORDS:
            token = tokens.starting(offset + start - length)
            return token is not None and token.end == offset + start
    return False


_GIVEN_NAME_POS = frozenset(("nr", "nrfg", "nrt", "nz", "ng", "n", "ns", "a"))  # a given name after a surname the segmenter reads alone: 苟|某妹, 荆|天某, 李|长河
_AGE_ENDS = frozenset("岁旬")
_SURNAMES = lexicons().surnames  # 89岁的, 年过七旬的: an age before 的 describes the person named after it
# what follows a name the segmenter reads whole after a word for people: a verb, a preposition, an adverb, a time, a count, a
# locality or a place word (当场), a conjunction, a pronoun (每天) or a mark; not the middle dot (营员某某·某某: the name goes on)
_AFTER_DESCRIBED_NAME = ("v", "p", "d", "t", "m", "f", "c", "r", "s", "x")
# 89岁的甲老人, 捐献者乙老人, 75岁的丙阿姨: an elder's or a polite word right after the name (address_term) says who they are
_APPOSITIVE_AFTER_NAME = _ADDRESS_TERMS | frozenset(("老人",))


def _described_names(text: str, tokens: Tokens, offset: int) -> list[tuple[int, int]]:
    """校友甲专门发来贺信, 创办人乙从报纸上看到, 儿子丙去年离世, 89岁的丁三年前…, 年过七旬的戊每天…: a word for who a person is
    (people_word_before_speaker) or an age and 的, read as a word of its own, then a name the segmenter reads whole (or a
    surname and a given name of one or two characters), then a verb, an adverb, a preposition, a time or a mark: the person,
    though no cue word follows. (A loop with its own counter and slices: no enumerate, len or next call per sentence.)"""
    found: list[tuple[int, int]] = []
    i = 0
    before = ""  # the word before the token, for an age before 的
    for token in tokens:
        i += 1  # the index of the token after this one
        word, previous, before = token.word, before, token.word
        if word not in _PEOPLE_WORDS and not (word == "的" and previous[-1:] in _AGE_ENDS):
            continue
        rest = tokens[i:i + 3]  # the name, perhaps its given name, and what follows
        if not rest:
            break
        name = rest[0]
        after = 1
        if name.pos[:2] == "nr" and (name.end - name.start == 3 or (name.end - name.start == 2 and not rjieba.has_word(name.word))):
            pass  # 校友|甲|专门: the name whole (not 队员|齐声|说: a word the dictionary knows, though tagged a name)
        elif (name.end - name.start == 1 and name.word in _SURNAMES and name.pos[:1] == "n" and len(rest) == 3 and rest[1].end - rest[1].start <= 2
              and rest[1].pos in _GIVEN_NAME_POS):  # (not 干部|常|上门: an adverb before a verb)
            after = 2  # 学员|苟|某妹|说, 队员|荆|天某|带领: the surname, then the given name
        elif name.word in _COMPOUND_SURNAMES and len(rest) >= 2 and rest[1].end - rest[1].start <= 2 and rest[1].pos[:1] in "na":
            after = 2  # 学员|长孙|某梅|代表, 村民|欧阳|某|说: a compound surname the segmenter reads as a word (a place), then the given name
        else:
            continue
        start, end = name.start - offset, rest[after - 1].end - offset
        if end - start == 3 and after == 1 and text[end - 1] in _SAID_THIRD and text[end:end + 1] in _SAID_CLOSERS:
            end -= 1  # 工作人员|甲乙说|，: no given name ends in 说 or 讲 (as after a title)
            if plain_name(text, start, end, tokens, offset) and not _common_word(text[start:end]):
                found.append((start, end))
            continue
        follower = rest[after:after + 1] or tokens[i + after:i + after + 1]
        if follower and follower[0].word not in _APPOSITIVE_AFTER_NAME and (not follower[0].pos.startswith(_AFTER_DESCRIBED_NAME) or follower[0].word in NAME_DOTS) and not (name.word in _COMPOUND_SURNAMES and _cue_at(text, end)) and not (
                after == 1 and end - start == 3 and _HAN_CHARS.match(follower[0].word) is not None and follower[0].end - follower[0].start == 2 and rjieba.has_word(follower[0].word)):
            continue  # (校友|甲乙丙|专门|发来: a three-character name read whole, then a word of two the segmenter mistags, 专门 as a noun)
        if 2 <= end - start <= 3 + (name.word in _COMPOUND_SURNAMES) and plain_name(text, start, end, tokens, offset) and not _common_word(text[start:end]):
            found.append((start, end))
    return found


_HOME_VISIT_VERBS = tuple(word_class("home_visit_verb"))  # 来到, 走进, 走访, 看望 … (word_classes.tsv)
_HOME_VISIT = re.compile(word_alternation("home_visit_verb"))
# 甲家中, 乙家里 (not 家中学: home_word_after), 丙家， closing its clause, 丁老人家中: a person's home right after the name
_HOME_AFTER_NAME = re.compile(rf"(?<=[\u4e00-\u9fff])(?:老人)?家(?:(?P<inside>[中里])(?![{''.join(word_class('home_word_after'))}])|(?=[,;。:、)]|$))")


def _visited_home_names(text: str, tokens: Tokens, offset: int, first: re.Match[str]) -> list[tuple[int, int]]:
    """来到甲家中, 走访了独居老人乙家。, 在94岁的丙老人家中: a name right before 家中 or 家里 (or 家 that closes its clause, where
    a verb of visiting opens the clause), the segmenter starting a word where the name starts: the person whose home it is,
    whom the visit shows (a compound surname's name of four first, then three characters, then two)."""
    found: list[tuple[int, int]] = []
    for home in _HOME_AFTER_NAME.finditer(text, first.start()):  # (from the first, which read_persons found)
        j = home.start()
        if j < 2 or tokens.starting(offset + j) is None:
            continue  # 大家|中午, 专家, 国家: the segmenter reads 家 inside a word, no home after a name
        if home.lastindex is None and _HOME_VISIT.search(text, max(text.rfind(",", 0, j), text.rfind("。", 0, j), text.rfind(";", 0, j)) + 1, j) is None:
            continue  # 甲家 alone (no 中, 里) only where a verb of visiting opens the clause (走访了甲家。)
        for n in ((4, 3, 2) if text[j - 4:j - 2] in _COMPOUND_SURNAMES else (3, 2)):
            start = j - n
            token = tokens.starting(offset + start) if start >= 0 else None
            if token is None or text[j - 2:j] in _ADDRESS_TERMS or text[start:start + 2] in _HOME_VISIT_VERBS:
                continue  # (来到刘家: the verb, then a surname alone)
            if n < 4 and token.end - token.start >= 2 and token.end < offset + j and token.pos[:1] == "n" and not token.pos.startswith("nr"):
                continue  # 司机之家: a noun the segmenter reads at the would-be name's start (a place's name, no home)
            if _HAN_CHARS.fullmatch(text, start, j) and plain_name(text, start, j, tokens, offset, rare=True) and not _common_word(text[start:j]):
                found.append((start, j))
                break
    return found


def _described_names_at_cue(text: str, tokens: Tokens, offset: int, cues: list[int], people: int) -> list[tuple[int, int]]:
    """受助学生代表、今年考入某大学的甲发言; 来自某村的乙表示: a bare name between the 的 that closes its description and a
    cue written right after it (the description, not a mark or an adverb, opens the name's clause); 市民丙说, 队员丁表示:
    so does a word for who the person is (people_word_before_speaker), where the segmenter reads the name whole."""
    found: list[tuple[int, int]] = []
    for cue in cues:
        for n in (3, 2):
            start = cue - n
            if (
                start > 0 and (text[start - 1] == "的" or (
                    people and (text[start - 2:start] in _PEOPLE_WORDS or text[start - 3:start] in _PEOPLE_WORDS)  # (slices: no call)
                    and _people_word_before(text, start, tokens, offset) and _read_whole_as_name(tokens, offset + start, offset + cue)
                    and (n == 3 or not rjieba.has_word(text[start:cue]))  # 队员齐声说: a word the dictionary knows, though tagged a name
                ))
                and _HAN_CHARS.fullmatch(text, start, cue)  # (的支持，表示: a name holds no mark)
                and plain_name(text, start, cue, tokens, offset) and not _word_across(tokens, offset + start, offset + cue)
                and not _common_word(text[start:cue])  # 用流利的普通话致辞: a word the description closes on
            ):
                found.append((start, cue))
                break
    return found


_OPENING_ADVERBS = frozenset(word_class("clause_opening_adverb"))


def _word_at(tokens: Tokens, start: int) -> bool:
    """The segmenter reads a word of two characters or more at start that is no person's name (召开, 举行)."""
    token = tokens.starting(start)
    return token is not None and token.end - token.start > 1 and not token.pos.startswith("nr")
_LIST_MARKS = "、与和及"  # 甲、乙致辞; 丙与丁共同揭牌: what joins the names of a list before a cue
_JOINING_WORDS = _LIST_MARKS.replace("、", "")
_JOINING_WORD = re.compile(f"[{_JOINING_WORDS}]")  # one written after a name (a search: no generator and cells per sentence)


_DOTTED_ITEM = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_DOT}[\u4e00-\u9fff]{{1,8}}?(?=[、,;/等]|$)")  # 某某·某某 up to a list's mark or 等


def _surnameless_length(text: str, index: int) -> int:
    """The length of a name with no Han surname at index, as a list's item: a dotted name up to the list's next mark
    (努尔兰·某某、), or two or one halves of a Tibetan, Yi or Mongolian name (扎西顿珠、, 次仁等; minority_name_part);
    0 for none."""
    if text[index:index + 2] not in _MINORITY_NAME_PARTS:
        dotted = _DOTTED_ITEM.match(text, index) if "·" in text or "•" in text or "・" in text or "." in text else None
        return dotted.end() - index if dotted else 0
    return 4 if text[index + 2:index + 4] in _MINORITY_NAME_PARTS else 2


def _bare_names_to_cue(text: str, index: int, tokens: Tokens, offset: int, marks: str) -> list[tuple[int, int]] | None:
    """The bare names of a list opening at index, joined by one of `marks`, when the list runs up to a cue."""
    items: list[tuple[int, int]] = []
    cue_at, cue_later, _ = _person_cue_patterns()
    cursor = index
    dotted = "·" in text or "•" in text or "・" in text or "." in text  # (operators, no call: _surnameless_length's gate)
    # (loops that break, not next() over generators: no function objects and cells made for every name tried)
    while True:
        rare = cursor > index  # 甲、沃某、乙出席, 甲和沃某出席: after a list's first name a surname that is an everyday character will do
        listed = _surnameless_length(text, cursor) if rare and (dotted or text[cursor:cursor + 2] in _MINORITY_NAME_PARTS) else 0
        if listed and text[cursor + listed:cursor + listed + 1] in marks and cursor + listed < len(text):
            items.append((cursor, cursor + listed))  # 甲、某某·某某、乙出席, 甲、扎西某某等出席: a name with no Han surname
            cursor += listed + 1
            continue
        for listed in (3, 2, 4):
            if text[cursor + listed:cursor + listed + 1] in marks and cursor + listed < len(text) and "\u3400" <= text[cursor + listed - 1] <= "\u9fff" and plain_name(text, cursor, cursor + listed, tokens, offset, rare=rare):
                break
        else:
            break
        items.append((cursor, cursor + listed))
        cursor += listed + 1
    last = None
    surnameless = _surnameless_length(text, cursor) if items and (dotted or text[cursor:cursor + 2] in _MINORITY_NAME_PARTS) else 0
    if surnameless and (cue_at.match(text, cursor + surnameless) is not None or text.startswith("等", cursor + surnameless)):
        return items + [(cursor, cursor + surnameless)]  # 甲、某某·某某等出席, 甲、扎西某某出席: the list's last name, no Han surname
    for n in (3, 2, 4):
        if (
            text[cursor + n - 1:cursor + n] not in _PREPOSITIONS  # 甲在讲话中: 在 opens a phrase, ends no name
            and "\u3400" <= text[cursor + n - 1:cursor + n] <= "\u9fff"  # 各县（市、区）参加, “阿杰”说: a closing mark ends no name
            and cue_at.match(text, cursor + n) is not None  # a cue that gives people a role follows (出席, 主持, 致辞, 表示)
            and plain_name(text, cursor, cursor + n, tokens, offset, rare=bool(items))
            and not _word_across(tokens, offset + cursor, offset + cursor + n)
        ):
            last = n
            break
    if last is None:
        # 甲在会上表示, 乙就…作了辅导: a name followed by what leads to the cue; 在 or 和 ends no such name, and
        # the name reads as one to the segmenter (那时谁也说不准: 那时 is a word, not a surname and a name)
        for n in (3, 2, 4):
            if (
                text[cursor + n - 1:cursor + n] not in _SINGLE_CHAR_FOLLOWERS
                and "\u3400" <= text[cursor + n - 1:cursor + n] <= "\u9fff"
                and cue_later.match(text, cursor + n) is not None  # such a cue follows later in the clause, after a word leading to it
                and plain_name(text, cursor, cursor + n, tokens, offset)
                and _segmented_as_name(tokens, offset + cursor, offset + cursor + n)
            ):
                last = n
                break
    return items + [(cursor, cursor + last)] if last is not None else None


@lru_cache(maxsize=1)
def _person_cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], WordScanner]:
    """A cue that gives people a role right after a name (甲出席, 乙等领导出席, 丙同志致辞), one that follows
    what leads to it in the name's clause (丁在会上表示, 戊作为代表发言, 己就…作了辅导, 庚、辛一同参加: a word of
    _BEFORE_CUE_WORDS first, then at most 16 characters, then a cue of two characters or more), and where such cues
    are written."""
    cues = lexicons().cues
    roles = lexicons().participation_cues
    # a cue of a person's class, or one of another class that gives a person's role (甲传达了…精神: a speaker)
    words = sorted((w for w, c in cues.items() if c in _PERSON_CUES or roles[w].role in _PERSON_ROLES), key=len, reverse=True)
    direct = re.compile(rf"(?:等[^,，。;；:：]{{0,4}}?|同志)?(?:{alternation(words)})")
    # 甲、乙等5位理事先后作交流发言: a list's closing 等 and count may stand before the leading word
    later = re.compile(rf"(?:等[^,，。;；:：]{{0,6}}?)?(?:{alternation(_BEFORE_CUE_WORDS)})[^,，。;；:：]{{0,16}}?(?:{alternation(w for w in words if len(w) > 1)})")
    return direct, later, WordScanner(words)  # and where such cues are written (one Aho–Corasick scan)


def _word_across(tokens: Tokens, start: int, end: int) -> bool:
    """信托|名称|：: a word of two or more characters that starts inside the name and runs past its end (the cue 称 is
    the end of 名称): the name is no name."""
    index = tokens.index_at(end)
    token = tokens[index] if index is not None else None
    return token is not None and start <= token.start < end < token.end and not token.pos.startswith(("nr", "x"))


def _read_whole_as_name(tokens: Tokens, start: int, end: int) -> bool:
    """The segmenter reads exactly start..end as one person's name (委托人|甲|（): a word boundary on its left."""
    token = tokens.starting(start)
    return token is not None and token.end == end and token.pos.startswith("nr")


def _segmented_as_name(tokens: Tokens, start: int, end: int) -> bool:
    """The segmenter's token at the name's start is the surname alone, a person's name, or the whole name."""
    token = tokens.starting(start)
    return token is None or token.end - token.start == 1 or token.pos.startswith("nr") or token.end == end


def _place_at(text: str, index: int) -> bool:
    """A place's name starts at index (冉某　　某县民营企业家: the line's description opens with the place)."""
    places = lexicons().places
    return any(text[index:index + n] in places for n in range(2, 8))  # 北川羌族自治县: a long short form


def _common_word(item: str) -> bool:
    """A word jieba knows and tags as no name (单位, 公示期): no person's name."""
    return rjieba.has_word(item) and not any(pos.startswith("nr") for _, pos in rjieba.tag(item))


def _opens_with_word(item: str) -> bool:
    """`item` opens with a word of two characters or more that jieba tags as no name (公示|期): a label, no name."""
    word, pos = rjieba.tag(item)[0]
    return len(word) >= 2 and not pos.startswith("nr")


def _line_name(text: str, start: int, end: int, tokens: Tokens, offset: int) -> bool:
    """The first column of a list line reads as a name, padded to three (乐　某) or not; a padded word (单　位) is none."""
    if text[start + 1] in _PADDING and _common_word(text[start] + text[start + 2]):
        return False
    # 占某某　　某镇党委书记: a column kept apart by two spaces or more shows the line lists people, so a surname that is an
    # everyday character will do (not a dictionary word: plain_name)
    return plain_name(text, start, end, tokens, offset, rare=text[end:end + 2] in ("  ", "\u3000\u3000", " \u3000", "\u3000 "))


def plain_name(text: str, start: int, end: int, tokens: Tokens, offset: int, rare: bool = False) -> bool:
    """A list item that reads as a person's name: a surname first, no place, title or ordinary word; `rare`: a
    surname that is also an everyday character (糜, 沃) will do, where the list's heading says it lists people; without
    it, where the segmenter reads the whole item as one person's name (_rare_read_whole)."""
    lex = lexicons()
    item = text[start:end]
    if len(item) == 4:
        surname_ok = item[:2] in lex.compound_surnames
    else:  # 东方某, 上官某: a compound surname and a one-character given name (东 and 上 start no name alone)
        surname_ok = item[0] in lex.surnames or (rare and item[0] in lex.rare_surnames) or (len(item) == 3 and item[:2] in lex.compound_surnames and _compound_and_one(item)) or (
            item[0] in lex.rare_surnames and _rare_read_whole(item, tokens, offset + start, offset + end)
        )  # (来自某村的籍某某表示, 市民糜某某说: a surname that is an everyday character where the segmenter reads the name whole)
    token = tokens.starting(offset + start)
    if token is not None and token.end == offset + end and token.pos == "ns":
        return False  # 张江、唐镇、周浦: places jieba knows
    return (
        surname_ok
        and item[-1] not in _PLACE_ENDING_CHARS
        and item[-1] not in _PARTICLES
        and item not in lex.places
        and not item.endswith(ORG_ENDINGS_BY_LAST_TWO.get(item[-2:], ()))
        and item not in lex.roles
        and _is_name_token_word(tokens, offset + start, offset + end)
    )


def _count_before(text: str, end: int) -> int | None:
    """Where 等N人 ends at `end` (程某等6人为荣誉会长), its start: the name stands before it."""
    for match in COUNT.finditer(text, max(0, end - 12), end):
        if match.end() == end:
            return match.start()
    for match in _MIXED_COUNT.finditer(text, max(0, end - 72), end):
        if match.end() == end:
            return match.start()  # 甲等27名个人和乙公司等4家单位有关负责人当选…: the people before the bodies
    return None


# 等27名个人和某公司等4家单位(的)有关负责人: a list of people and one of bodies, elected together
_MIXED_COUNT = re.compile(COUNT.pattern + r"[和及与、][^,，。;；]{1,48}?等[0-9一二三四五六七八九十百两]+(?:家|个)(?:单位|企业|机构)(?:的)?(?:有关)?(?:负责人|代表)?")


_NO_LONGER = frozenset(word_class("no_longer_holds"))  # data/lexicons/word_classes.tsv


_REMOVAL = re.compile("|".join(sorted(set(word_class("removal_verb")) | _NO_LONGER, key=len, reverse=True)))
_REMOVAL_WORDS = word_bit("removal_verb") | word_bit("no_longer_holds")  # sentence_scan: _REMOVAL can match


# 免去甲同志的…, 免除乙同志…: a removal verb right before a name before 同志
_REMOVING_BEFORE = re.compile("(?:" + "|".join(word_class("removal_verb")) + ")$")


_CONSENTING = word_class("consenting_verb")  # data/lexicons/word_classes.tsv: 同意甲辞去…
_NOMINATING = tuple(word_class("nominating_verb"))  # data/lexicons/word_classes.tsv: 推荐甲同志为…人选


_TITLED_NOTE_LENGTH = 16  # 局长（市慈善总会副会长）甲: how far a title's bracketed note may run before the name
# 副部长（正厅级）甲, 副局长（主持工作）乙, 首席执行官（CEO）丁: a rank, a note or the title's Latin initials in brackets
# between a title and its name (positions.py reads the same asides in a title's gap)
BRACKETED_TITLE_ASIDE = rf"[(（](?:[正副]?[省部厅局县处科]级|{word_alternation('title_aside')}|[A-Z]{{2,5}})[)）]"
# what may stand between a title and its name: spaces, a colon, such a bracketed aside, an honour before a name
_ASIDE = re.compile(rf"[ \u3000]{{1,8}}|[:：][ \u3000]?|{BRACKETED_TITLE_ASIDE}|(?:{word_alternation('prenominal_honour')})")


# （…）after a name: a description with no digit (not a date or an amount), closed before the next item
_BRACKETED_ASIDE = re.compile(r"[(（](?:[^()（）0-9０-９]|[(（][^()（）]{1,6}[)）]){1,40}[)）]")
_ASIDE_END = re.compile(r"[、,，;；。\s为]|$")
_ITEM_START = frozenset("：:、,，;； \u3000")


# 甲，男，…; 乙，1961年生，… / 丙，1975年8月出生: a short biography opens with its subject's name and sex or birth
# (after its label in brackets: 【人物简介】甲，…, or its number in a 公示's list: 1．甲，女，…; a profile line may keep
# the name apart by a space: 甲　男，1962年生，…)
_BIOGRAPHY_OPENING = re.compile(
    rf"(?:【[^】]{{1,6}}】|{NUMBERED_LEAD})?([\u4e00-\u9fff][ \u3000]{{1,2}}[\u4e00-\u9fff]|[\u4e00-\u9fff·]{{2,6}})(?:[,，](?:(?:{word_alternation('biography_gender')})[,，]|\d{{4}}年(?:\d{{1,2}}月)?出?生)"
    rf"|[ \u3000]{{1,2}}(?:{word_alternation('biography_gender')})[,，]\d{{4}}年)"
)
_BIOGRAPHY_VERB = re.compile(word_alternation("biography_post_verb"))  # data/lexicons/word_classes.tsv
_REPORTER = re.compile("记者 ?")  # 某日报记者甲, 记者 乙 (a space kept in the normalized text)
# what follows the reporter's name (word_classes.tsv): a colon, a question word (问, 提问, 问及, 追问), or 就, 向, 针对 and
# the question word later in the clause (记者甲就善款去向提问, 记者乙向局长发问; not 记者丙就此采访了…)
_REPORTER_ASKS = re.compile(
    rf":|(?:{word_alternation('reporter_asking')})|(?:{word_alternation('reporter_asking_lead')})[^,，。;；:：]{{0,30}}?(?:{word_alternation('reporter_asking')})"
)
_HONORIFIC = re.compile("|".join(word_class("honorific")))  # data/lexicons/word_classes.tsv
_HONORIFIC_WORD = word_bit("honorific")
_APPOINTMENT_VERB = word_bit("appointment_verb")  # appointing() and elected_after_name() can match
