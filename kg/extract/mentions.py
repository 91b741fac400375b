"""Mentions in a sentence: organizations, role titles and person names, found with lexicons and rjieba.

No segmenter returns whole organization names, so an organization is found
from its ending (慈善总会, 民政厅, 代表处) and extended leftwards over the
tokens that can belong to a name (places, proper nouns, nouns, some verbs),
stopping at prepositions, particles, punctuation, titles and names. A person
name is a surname from the lexicon plus one or two characters, accepted only
where something that can follow a name comes next (a title, a cue word,
punctuation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import rjieba

from .appointments import COUNT, appointing, elected_after_name, link_before_title
from .lexicon import lexicons, word_class

HAN = re.compile(r"[\u3400-\u9fff]")
# POS tags of rjieba/jieba that never belong inside an organization name.
_STOP_POS = word_class("org_stop_pos")  # data/lexicons/word_classes.tsv
_STOP_WORDS = frozenset(word_class("org_stop_word"))  # data/lexicons/word_classes.tsv
# Particles that jieba may glue to the first word of a name (向上海 -> 向|上海).
_LEADING_PARTICLES = "".join(word_class("leading_particle"))  # data/lexicons/word_classes.tsv
_WEAK_SUFFIXES = frozenset(word_class("weak_org_suffix"))  # data/lexicons/word_classes.tsv
_NOT_ORG_WORDS = frozenset(word_class("not_org_word"))  # data/lexicons/word_classes.tsv
# 困难家庭大学新生: a stage of schooling after 大学, not a university (data/lexicons/word_classes.tsv)
_STUDENT = re.compile("|".join(map(re.escape, word_class("schooling_word"))))
# 一市三省, 全省, 各级, 两级 …: a group of bodies; the fixed words in data/lexicons/word_classes.tsv
_COLLECTIVE = re.compile(
    r"[一二三四五六七八九十两几各][省市区县家]|^全[省市区县]|[两二三四五]级|委[省市区县]?(?:人民)?政府|"
    + "|".join(map(re.escape, word_class("collective_bodies_word")))
)
_LEVEL_CHARS = "".join(word_class("level_char"))  # data/lexicons/word_classes.tsv
_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]+")
_GLUED_ENDINGS = word_class("glued_name_ending")  # data/lexicons/word_classes.tsv
_ROLE_BLOCKERS = word_class("role_blocker")  # data/lexicons/word_classes.tsv
_COLLECTIVE_NOUNS = word_class("collective_noun")  # data/lexicons/word_classes.tsv
_GENERIC_CORES = frozenset(word_class("generic_org_core"))  # data/lexicons/word_classes.tsv
_COMPANY_TITLES = word_class("company_title")  # data/lexicons/word_classes.tsv
# Endings of short names that hold no ending of org_suffixes.tsv (恒通机电, 小寨路街道), with their type.
_SHORT_ENDINGS = {**{w: "company" for w in word_class("company_trade_word")}, **{w: "government" for w in word_class("locality_unit")}}


@dataclass
class Mention:
    """A span of the normalized sentence: offsets are into the article text."""

    kind: str  # org | role | person | pronoun
    start: int
    end: int
    text: str
    info: dict[str, object] = field(default_factory=dict)


class Token(NamedTuple):
    """A rjieba token with offsets into the article (a tuple: millions are made per corpus)."""

    word: str
    pos: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _setup_segmenter() -> bool:
    """Teach rjieba the lexicon words so its token edges fall where titles and endings do."""
    lex = lexicons()
    for word in lex.roles:
        rjieba.add_word(word, 100000, "nrole")
    for word in lex.org_suffixes:
        if len(word) > 1:
            rjieba.add_word(word, 50000, "n")
    for name, place in lex.places.items():
        if place.name == name and len(name) >= 2:
            rjieba.add_word(name, 20000, "ns")
    for word in lex.known_bodies:
        rjieba.add_word(word, 50000, "nt")  # 中石油|辽河油田…: a well-known body stays one word inside a longer name
    for word in word_class("company_trade_word"):
        rjieba.add_word(word, 20000, "n")  # 远帆|新材料: a trade word stays one word, never 新|材料
    return True


class Tokens(list):
    """A sentence's tokens, with constant-time lookup by character offset (rules ask it a lot)."""

    def __init__(self, tokens: list[Token], offset: int, owner: list[int], starting_at: dict[int, Token]) -> None:
        super().__init__(tokens)
        self.offset = offset
        self.owner = owner  # index of the token holding each character
        self.starting_at = starting_at

    def index_at(self, position: int) -> int | None:
        """Index of the token that holds the character at this article offset."""
        local = position - self.offset
        return self.owner[local] if 0 <= local < len(self.owner) else None

    def starting(self, position: int) -> Token | None:
        return self.starting_at.get(position)


def tokenize(text: str, offset: int) -> Tokens:
    """rjieba's part-of-speech tokens with offsets into the article."""
    _setup_segmenter()
    tokens: list[Token] = []
    owner: list[int] = []
    starting_at: dict[int, Token] = {}
    cursor = offset
    for index, (word, pos) in enumerate(rjieba.tag(text)):
        end = cursor + len(word)
        token = _new_token(Token, (word, pos, cursor, end))  # Token(...) without NamedTuple's Python-level __new__
        tokens.append(token)
        starting_at[cursor] = token
        owner.extend([index] * len(word))
        cursor = end
    return Tokens(tokens, offset, owner, starting_at)


_new_token = tuple.__new__


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    words = sorted(set(lexicons().org_suffixes) | set(lexicons().titled_org_suffixes) | set(_SHORT_ENDINGS), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    words = sorted(lexicons().roles, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern[str]:
    """Words that can follow a name: cue words and titles."""
    lex = lexicons()
    return re.compile("|".join(map(re.escape, sorted(set(lex.cues) | set(lex.roles), key=len, reverse=True))))


@lru_cache(maxsize=1)
def _role_edge_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title at the start, and a title at the end, of a candidate name."""
    words = "|".join(map(re.escape, sorted(lexicons().roles, key=len, reverse=True)))
    return re.compile(f"(?:{words})"), re.compile(f"(?:{words})$")


def _has_title_edge(candidate: str) -> bool:
    starts, ends = _role_edge_patterns()
    return bool(starts.match(candidate) or ends.search(candidate))


def find_roles(text: str, offset: int) -> list[Mention]:
    """Role titles, longest first; 原/前 right before a title marks it former."""
    found: list[Mention] = []
    roles = lexicons().roles
    for match in _role_pattern().finditer(text):
        if text.startswith(_ROLE_BLOCKERS, match.end()) and match.group() not in ("主任委员", "副主任委员"):
            continue
        if text[max(0, match.start() - 2):match.start()] == "轮值":
            continue  # 轮值主席 is a chair term, read by chair_terms, not a post
        former = (match.start() > 0 and text[match.start() - 1] in "原前") or text[max(0, match.start() - 2):match.start()] in ("前任", "时任")
        scope = roles[match.group()]
        found.append(
            Mention("role", offset + match.start(), offset + match.end(), match.group(), {"scope": scope, "former": former})
        )
    return found


def find_orgs(text: str, offset: int, tokens: list[Token], blocked: list[tuple[int, int]]) -> list[Mention]:
    """Organization names: a lexicon ending extended leftwards over name-like tokens."""
    lex = lexicons()
    found: list[Mention] = []
    for match in _suffix_pattern().finditer(text):
        suffix = match.group()
        trade = suffix not in lex.org_suffixes and suffix in _SHORT_ENDINGS
        if trade and not _short_name_title_after(suffix, text, match.end()):
            continue  # 恒通机电董事长, 小寨路街道党工委书记: a short name's ending counts only before its kind of title
        if suffix not in lex.org_suffixes and not trade and not _role_pattern().match(text, match.end()):
            continue  # 此处, 内部: a sub-unit ending counts only before a title (管理处处长)
        end = offset + match.end()
        start = offset + match.start()
        if _inside(start, end, blocked):
            continue
        index = tokens.index_at(start)
        if index is None:
            continue
        token = tokens[index]
        last = tokens[tokens.index_at(end - 1)]
        if last.end > end or text[match.end():match.end() + 1] == "议" or (suffix == "大学" and _STUDENT.match(text, match.end())):
            # The ending sits inside a longer word (中心思想, 慈善会议): not an organization.
            continue
        if token.word in _NOT_ORG_WORDS and token.start == start - (len(token.word) - len(suffix)):
            continue
        start = token.start
        index -= 1
        while index >= 0:
            token = tokens[index]
            if token.word == ")" and index >= 3 and tokens[index - 2].word == "(" and _place_at(tokens[index - 1].word, 0) and HAN.match(tokens[index - 3].word):
                start = tokens[index - 3].start  # 华澜电气(无锡)有限公司: a company's place in brackets
                index -= 4
                continue
            if _glued_level(token):
                start = token.end - 1  # 由省慈善总会 / 原省民政厅 / 人由省: jieba glued a particle to 省
                break
            if token.word in _LEVEL_CHARS and len(token.word) == 1:
                start = token.start  # 县民政局: the level word of a short form, whatever jieba tags it
                if index > 0 and (tokens[index - 1].word + token.word in lex.places or tokens[index - 1].word in lex.places):
                    start = tokens[index - 1].start  # 广德|市|慈善总会: the place jieba split from its level word
                break
            if token.word in ("和", "与") and index > 0 and _joins_inside_a_name(tokens, index):
                joined = _joined_start(tokens, index, blocked, end)
                if joined is not None:
                    start = joined  # 社会与政治学院, 卫生和计划生育局: one name around 和/与
                break
            trade_name = len(token.word) == 2 and tokens[index + 1].word in _SHORT_ENDINGS and HAN.match(token.word) and token.word not in _STOP_WORDS
            if end - token.start > 30 or (not trade_name and _stops_name(token, blocked, tokens[index - 1] if index else None)):
                parent = _parent_before_qualifier(tokens, index, blocked, lex, suffix in lex.titled_org_suffixes)
                if parent is None:
                    break
                index = parent  # 红十字会救护培训中心: a sub-unit's qualifying verb right after its parent's ending
                continue
            start = token.start
            index -= 1
        name = text[start - offset:end - offset]
        first = tokens[tokens.index_at(start)]
        if name[0] in _LEADING_PARTICLES and first.word not in lex.places and _place_at(name, 1):
            name, start = name[1:], start + 1  # 向上海市… glued as one token
        cut = _clause_before_place(name)
        if cut:
            name, start = name[cut:], start + cut  # 紧要关头金州区慈善总会: a name starts at its place
        if _COLLECTIVE.search(name) or _after_level_list(text, start - offset, name):
            continue  # 沪苏浙皖一市三省慈善会, 全省慈善会, 市、县慈善会: a group of bodies, not one organization
        core = len(name) - len(suffix)
        committee = _committee_before(found, text, offset, start) if core == 0 else None
        if committee is not None:
            # 市委常委、统战部部长: the department of the committee just named, written without it
            found.append(Mention("org", start, end, committee.text + name, {"type": lex.org_suffixes.get(suffix, "government"), "suffix": suffix, "joined_to": committee.start}))
            continue
        level_only = core == 1 and name[0] in _LEVEL_CHARS  # 市政府, 县民政局: the level's own body, a short form
        if core == 0 and suffix[0] in _LEVEL_CHARS and _role_pattern().match(text, match.end()):
            core, level_only = 1, True  # 市委书记: the level's party committee, holding a post, is a short form too
        if core < 1 or (suffix in _WEAK_SUFFIXES and core < 2 and not level_only) or name in _NOT_ORG_WORDS:
            continue
        if name[:core] in _GENERIC_CORES:
            continue  # 社区服务中心, 乡镇敬老院: a kind of body everywhere, not one organization
        listed = _list_parent(found, text, offset, start) if suffix not in lex.org_suffixes and not trade else None
        if listed is not None and not _place_at(name, 0):
            # 某会秘书长甲、项目部部长乙: a sub-unit in a list, its parent written once for the list
            found.append(Mention("org", start, end, listed.text + name, {"type": lex.titled_org_suffixes[suffix], "suffix": suffix, "joined_to": listed.start}))
            continue
        if first.start == start and first.end == end and first.pos == "n" and not level_only:
            continue  # 信托公司, 养老机构: one common noun of the dictionary names a kind of body, not a body
        if trade and (core < 2 or first.word in lex.places or not HAN.match(name[0])):
            continue  # a short name needs a proper name before its trade word (not 上海科技董事长)
        if suffix not in lex.org_suffixes and not trade and not (_place_at(name, 0) or any(s in name[: -len(suffix)] for s in lex.org_suffixes if len(s) >= 2)):
            continue  # 财务部部长: a department with neither a place nor a parent body is no organization of its own
        kind = lex.org_suffixes.get(suffix) or lex.titled_org_suffixes.get(suffix) or _SHORT_ENDINGS[suffix]
        found.append(Mention("org", start, end, name, {"type": kind, "suffix": suffix}))
    return _outermost(found)


_SUBUNIT_QUALIFIERS = frozenset(word_class("subunit_qualifier"))  # data/lexicons/word_classes.tsv


def _list_parent(found: list[Mention], text: str, offset: int, start: int) -> Mention | None:
    """The organization of the list item before a bare sub-unit (甲会秘书长张三、项目部部长李四)."""
    local = start - offset
    if local < 1 or text[local - 1] != "、" or not found:
        return None
    parent = max(found, key=lambda m: m.end)
    between = text[parent.end - offset:local - 1]
    if parent.end > start or any(ch in between for ch in "，,。；;：:") or len(between) > 12 or "joined_to" in parent.info:
        return None
    return parent if _role_pattern().match(between) else None


def _committee_before(found: list[Mention], text: str, offset: int, start: int) -> Mention | None:
    """The party committee of `委常委、` right before a bare department ending (市委常委、宣传部部长)."""
    local = start - offset
    if text[max(0, local - 3):local] != "常委、":
        return None
    return next((m for m in found if m.end == start - 3 and m.text.endswith("委")), None)


def _after_level_list(text: str, local: int, name: str) -> bool:
    """市、县慈善会, 各县、区慈善协会: a short name whose level word closes a list of level words."""
    return name[:1] in _LEVEL_CHARS and local >= 2 and text[local - 1] in "、和及" and text[local - 2] in _LEVEL_CHARS


def _short_name_title_after(ending: str, text: str, index: int) -> bool:
    """A company title after a trade word (机电董事长); a title held in an organization after a
    locality unit (街道党工委书记, 社区主任)."""
    if _SHORT_ENDINGS[ending] == "company":
        return text.startswith(_COMPANY_TITLES, index)
    title = _role_pattern().match(text, index)
    return title is not None and lexicons().roles[title.group()] == "org"


def _parent_before_qualifier(tokens: list[Token], index: int, blocked: list[tuple[int, int]], lex, sub_unit: bool = False) -> int | None:
    """The index of a parent body's ending (…红十字会) right before one or two words that say what a
    sub-unit does (救护, 应急 救护 培训中心), or None: such verbs stop a name elsewhere (接收, 共建).
    Before a department ending (处, 部: 省委社会工作部社会组织工作处) any three plain words may stand there."""
    cursor = index
    while cursor >= 0 and index - cursor < (3 if sub_unit else 2):
        token = tokens[cursor]
        plain = sub_unit and HAN.match(token.word) and token.word not in _STOP_WORDS and token.word not in lex.cues and token.word not in lex.roles and not token.pos.startswith(_STOP_POS)
        if token.word not in _SUBUNIT_QUALIFIERS and not plain:
            return None
        if _inside(token.start, token.end, blocked):
            return None
        left = tokens[cursor - 1] if cursor else None
        if left is not None and len(left.word) >= 2 and any(left.word.endswith(s) for s in lex.org_suffixes if len(s) >= 2):
            return cursor - 1
        cursor -= 1
    return None


def _joins_inside_a_name(tokens: list[Token], index: int) -> bool:
    """和/与 inside one name joins two plain words (社会与政治); between two names it follows a
    name's ending or comes before a place (…代表处与上海…集团, 湖南师范大学与湖南省…)."""
    lex = lexicons()
    left, right = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
    if right is None or right.pos == "ns" or right.word in lex.places:
        return False
    return not any(left.word.endswith(suffix) for suffix in lex.org_suffixes)


def _joined_start(tokens: list[Token], index: int, blocked: list[tuple[int, int]], end: int) -> int | None:
    """Where a name that has 和/与 inside it starts: the words left of the conjunction must
    lead back to a place or an institution (安徽大学社会与政治学院); otherwise the 和 joins
    two separate things (省民政厅和市慈善总会) and the name starts after it."""
    lex = lexicons()
    start = None
    cursor = index - 1
    while cursor >= 0:
        token = tokens[cursor]
        if end - token.start > 30 or _stops_name(token, blocked, tokens[cursor - 1] if cursor else None):
            break
        start = token.start
        if token.word in lex.places or token.pos == "ns" or any(len(s) >= 2 and token.word.endswith(s) for s in lex.org_suffixes):
            return start
        cursor -= 1
    return None


def _stops_name(token: Token, blocked: list[tuple[int, int]], left: Token | None) -> bool:
    """Whether a token (with `left` the token before it) cannot belong to an organization name."""
    lex = lexicons()
    if not HAN.search(token.word):
        return True
    if token.word in _STOP_WORDS or token.word in lex.cues or lex.roles.get(token.word, "none") != "none":
        return True
    if token.word[1:].endswith(_GLUED_ENDINGS):  # ends with one of them and is longer than it
        return True  # 张三代表南昌市…, 李四为…: jieba glued the end of a name to 代表 or 为
    after_place = left is not None and (left.pos == "ns" or left.word in lex.places)
    if token.pos.startswith(("v", "d", "a")) and token.word not in lex.org_name_verbs and len(token.word) == 2:
        # A trade name read as a verb, adverb or adjective stands right after a place
        # (上海汇申置业集团, 江苏鼎新信托有限责任公司): keep it.
        return not after_place
    if token.pos.startswith(_STOP_POS) and token.word not in lex.places and not _ORDINAL.fullmatch(token.word):
        return True  # but 南昌市第一医院 keeps its ordinal
    if token.pos == "v" and token.word not in lex.org_name_verbs:
        return not after_place
    return _inside(token.start, token.end, blocked)


def _glued_level(token: Token) -> bool:
    """由省, 原省, 兼市, 年市, 人由省: jieba glued a particle (or the 年 of a year) to the level word that starts a short name."""
    word = token.word
    return len(word) >= 2 and word[-2] in _LEADING_PARTICLES + "原前年兼" and word[-1] in _LEVEL_CHARS


_FORMAL_ENDINGS = word_class("formal_place_ending")  # data/lexicons/word_classes.tsv


def _clause_before_place(name: str) -> int:
    """Where a name really starts when words of the sentence precede a formal place name in it
    (意味着南关区慈善总会 -> 南关区慈善总会); 0 when what precedes is a place, an organization or a
    word that belongs to names (中共贵阳市委, 广东省佛山市…, 北京师范大学…)."""
    lex = lexicons()
    if any(name[:n] in lex.places for n in (2, 3, 4)):
        return 0
    for index in range(2, min(len(name) - 2, 8)):
        for length in (4, 3, 2):
            word = name[index:index + length]
            place = lex.places.get(word)
            if place is None or place.name != word or not word.endswith(_FORMAL_ENDINGS) or name[index - 1] in "(（":
                continue  # 某某(苏州)有限公司: a place in brackets starts no name
            prefix = name[:index]
            if prefix in lex.places or prefix in lex.org_name_prefixes or place_of_prefix(prefix):
                return 0
            if any(prefix.endswith(s) for s in lex.org_suffixes):
                return 0
            return index
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


def _place_at(text: str, index: int) -> bool:
    lex = lexicons()
    return text[index:index + 1] in _LEVEL_CHARS or any(text[index:index + n] in lex.places for n in (2, 3, 4))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and end > a for a, b in spans)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping candidates keep the longest; nested names (parent of a sub-unit) stay inner info."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
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


def _is_name_token_word(tokens: Tokens, start: int, end: int) -> bool:
    """False where rjieba reads the span as one ordinary dictionary word (单位, 代表)."""
    token = tokens.starting(start)
    if token is not None and len(token.word) == 1 and token.pos == "c" and token.end < end:
        return False  # 和|会员: a conjunction before a word (向 and 于 are prepositions and common surnames)
    if token is None or token.end != end:
        return True
    if end - start == 3 and not token.pos.startswith(("v", "a", "d", "p", "c", "u", "f")):
        return True  # a three-character word after a title is a name even where the dictionary knows it (张立群/m)
    return token.pos.startswith("nr") or token.pos in ("x", "nz", "j", "ns") or not rjieba.has_word(token.word)


def _boundary_at(text: str, index: int) -> bool:
    if index >= len(text):
        return True
    if not HAN.match(text[index]):
        return True
    return bool(_boundary_pattern().match(text, index)) or _suffix_start(text, index)


def _suffix_start(text: str, index: int) -> bool:
    """A place name starts here (张三、上海市…), so a name may end right before it."""
    lex = lexicons()
    places = lex.places
    return any(places[p].level != "county" for p in (text[index:index + 2], text[index:index + 3], text[index:index + 4]) if p in places)


_SINGLE_CHAR_FOLLOWERS = frozenset(word_class("single_char_follower"))  # data/lexicons/word_classes.tsv


_PADDED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8}")  # 阿卜杜·热合曼
_LEFT_OF_NAME = "".join(word_class("char_left_of_name"))  # data/lexicons/word_classes.tsv
_ORDINAL_START = re.compile(r"第[一二三四五六七八九十百0-9]")
_DOTTED_NAME_END = re.compile(r"[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8}$")


def name_after(text: str, index: int, tokens: list[Token], offset: int) -> int | None:
    """The end of a person name starting at text[index], or None."""
    lex = lexicons()
    padded = _PADDED_NAME.match(text, index)
    if padded and text[index] in lex.surnames and _boundary_at(text, padded.end()):
        return padded.end()  # 会长王　某: a two-character name padded to the width of three
    dotted = _DOTTED_NAME.match(text, index)
    if dotted:
        # Uyghur, Mongolian and foreign names are written with a middle dot and no Han surname:
        # the shortest second part that a boundary follows.
        dot = max(text.find(mark, index, dotted.end()) for mark in "·•・")
        for end in range(dot + 3, dotted.end() + 1):
            if _boundary_at(text, end):
                return end
    if _ORDINAL_START.match(text, index):
        return None  # 代表第五届理事会: an ordinal, not 第 the surname
    if text[index:index + 2] in lex.compound_surnames:
        lengths = (3, 4)
    elif index < len(text) and text[index] in lex.surnames:
        lengths = (2, 3)
    else:
        return _name_without_surname(text, index)
    valid = [
        n
        for n in lengths
        if index + n <= len(text)
        and all(HAN.match(ch) for ch in text[index:index + n])
        and _boundary_at(text, index + n)
        and (_is_name_token_word(tokens, offset + index, offset + index + n) or _cue_at(text, index + n))
        and not _has_title_edge(text[index:index + n])
        and text[index:index + n] not in lex.places
    ]
    if not valid:
        by_tokens = _name_by_tokens(text, index, lengths[-1], tokens, offset)
        return by_tokens if by_tokens is not None else _name_without_surname(text, index)
    if len(valid) == 2:
        short_end = index + valid[0]
        if text[short_end] in "为任" and _role_pattern().match(text, short_end + 1):
            return short_end  # 选举张伟为秘书长: 为 links a name to its new title
        if text[short_end] in "以在向对从作":
            return short_end  # 张敏以《…》为题: a name seldom ends in a preposition
        closed = text[index + valid[1]:index + valid[1] + 1] in ("，", ",", "、", "。", "；", ";")
        if closed or (_cue_at(text, index + valid[1]) and text[index + valid[0]] not in "等率携及到在向对为于从"):
            return index + valid[1]  # 秘书长程某和，: a conjunction never stands before a comma
        token = tokens.starting(offset + index)
        if token is not None and token.end - token.start in valid:
            return index + token.end - token.start
        if text[index + valid[0]] in _SINGLE_CHAR_FOLLOWERS:
            return index + valid[0]
        return index + valid[1]
    return index + valid[0]


def _name_without_surname(text: str, index: int) -> int | None:
    """副会长巴特尔，: a Mongolian or other name with no Han surname, right after a title and
    closed by punctuation: three to five characters that hold no title, cue, place or ending."""
    end = index
    while end < len(text) and end - index <= 5 and HAN.match(text[end]):
        end += 1
    closed_by_cue = not (3 <= end - index <= 5 and end < len(text) and text[end] in "，、。；,;")
    if closed_by_cue:
        # 县长次仁旺堆出席: a four-character name closed by a cue word (出席, 主持, 讲话)
        end = index + 4
        if end >= len(text) or not all(HAN.match(ch) for ch in text[index:end]) or not _cue_at(text, end):
            return None
    run = text[index:end]
    lex = lexicons()
    if _boundary_pattern().search(run) or run in lex.places or rjieba.has_word(run):
        return None
    if any(suffix in run for suffix in lex.org_suffixes if len(suffix) >= 2):
        return None
    parts = rjieba.tag(run)
    if all(rjieba.has_word(word) and not pos.startswith("nr") for word, pos in parts):
        return None  # 专业优势, 变更事项: ordinary words, not a name
    if len(parts) > 1 and rjieba.has_word(parts[-1][0]) and not closed_by_cue:
        return None  # 张文琪手中: a name and then an ordinary word
    return end


def _cue_at(text: str, index: int) -> bool:
    cues = lexicons().cues
    return any(text[index:index + n] in cues and cues[text[index:index + n]] != "follow" for n in (2, 3, 4))


def _name_by_tokens(text: str, index: int, length: int, tokens: list[Token], offset: int) -> int | None:
    """会长张三应邀出席: no boundary word follows, but rjieba reads a surname here and a word starts after the name."""
    end = index + length
    if end > len(text) or not all(HAN.match(ch) for ch in text[index:end]):
        return None
    first = tokens.starting(offset + index)
    if first is None or first.pos == "c" or first.end > offset + end or not (first.pos.startswith("nr") or first.word in lexicons().surnames):
        return None
    if tokens.starting(offset + end) is not None and not _role_edge_patterns()[1].search(text[index:end]):
        return end
    return None


def _surname_token_at(tokens: list[Token], start: int) -> bool:
    """公益学者张三教授: rjieba starts a person-name token here, so a name may start after any word."""
    token = tokens.starting(start)
    return token is not None and token.pos.startswith("nr") and token.word != "慈善"


def name_before(text: str, index: int, tokens: list[Token], offset: int, left_edges: set[int]) -> int | None:
    dotted = _DOTTED_NAME_END.search(text, max(0, index - 16), index)
    if dotted and dotted.end() == index:
        dot = max(text.rfind(mark, dotted.start(), index) for mark in "·•・")
        for start in range(dot - 1, dotted.start() - 1, -1):  # the shortest first part with an edge before it
            if start == 0 or not HAN.match(text[start - 1]) or start + offset in left_edges or text[start - 1] in _LEFT_OF_NAME:
                return start
    return _name_before_han(text, index, tokens, offset, left_edges)


def _name_before_han(text: str, index: int, tokens: list[Token], offset: int, left_edges: set[int]) -> int | None:
    """The start of a person name ending at text[index] (张三会长), or None."""
    lex = lexicons()
    for length in (3, 2, 4):
        start = index - length
        if start < 0:
            continue
        candidate = text[start:index]
        surname_ok = candidate[:2] in lex.compound_surnames if length == 4 else candidate[0] in lex.surnames
        if not surname_ok or not all(HAN.match(ch) for ch in candidate) or candidate in lex.places or candidate in lex.org_suffixes:
            continue
        left_ok = (
            start == 0
            or not HAN.match(text[start - 1])
            or start + offset in left_edges
            or text[start - 1] in _LEFT_OF_NAME
            or (_surname_token_at(tokens, offset + start) and candidate[-1] not in _SINGLE_CHAR_FOLLOWERS)
        )
        if left_ok and _is_name_token_word(tokens, offset + start, offset + index):
            return start
    return None


def find_persons(text: str, offset: int, tokens: list[Token], roles: list[Mention], orgs: list[Mention], known: set[str]) -> list[Mention]:
    """Person names next to titles, continuing a 、-list of titled names, or known from earlier sentences."""
    left_edges = {m.end for m in roles + orgs}
    found: dict[int, Mention] = {}
    taken = bytearray(len(text) + 1)  # characters already in a title, an organization or a name
    for mention in roles + orgs:
        taken[max(0, mention.start - offset):max(0, mention.end - offset)] = b"\x01" * (mention.end - mention.start)

    def add(start: int, end: int, rule: str) -> bool:
        if any(taken[start:end]) or text[start:end].endswith(_COLLECTIVE_NOUNS):
            return False  # taken, or 师生代表 / 校师生代表: a group of people, not a name
        found[start] = Mention("person", offset + start, offset + end, text[start:end], {"rule": rule})
        taken[start:end] = b"\x01" * (end - start)
        return True

    # Appointments first: in 张伟为秘书长 the 为 belongs to the verb, not the name.
    verb_found = appointing().search(text)
    if verb_found:
        # 选举甲为会长，乙、丙为副会长, 增补丁为第二届某协会副会长: a name right after the verb, a comma
        # or a 、, and before 为 + title (or 为 + the organization that holds the title)
        edges = left_edges | {offset + verb_found.end()}
        org_at_end = {o.end - offset: o.start - offset for o in orgs}
        for role in roles:
            local = role.start - offset
            if role.start <= offset + verb_found.end():
                continue
            link = link_before_title().search(text, 0, local)
            if link is None and local in org_at_end:
                link = link_before_title().search(text, 0, org_at_end[local])
            if link is None:
                continue
            name_end = link.start()
            count = _count_before(text, name_end)
            start = name_before(text, count if count is not None else name_end, tokens, offset, edges)
            if start is not None and start >= verb_found.end():
                add(start, count if count is not None else name_end, "appointed_name")
    for verb in elected_after_name().finditer(text):
        # 张三当选为会长；李四、王五增补为副会长: the names come before the verb
        cursor = verb.start()
        if verb.group() == "任" and not _role_pattern().match(text, verb.end()):
            continue  # 任 links a name to a title only where the title follows at once
        count = _count_before(text, cursor)  # 姜某等27人当选…副会长
        if count is not None:
            cursor = count
        while cursor > 0 and text[cursor - 1] in "…⋯.":
            cursor -= 1  # 甲、乙、丙……任副会长: a list closed by an ellipsis
        while cursor > 0:
            start = name_before(text, cursor, tokens, offset, left_edges | {offset + cursor})
            if start is None or not add(start, cursor, "elected_name"):
                break
            cursor = start - 1 if start > 0 and text[start - 1] in "、," and (text[start - 1] == "、" or verb.group() == "任") else 0
    for role in roles:
        local_end = role.end - offset
        aside = _ASIDE.match(text, local_end)
        if aside:
            local_end = aside.end()  # 副部长（正厅级）甲, 秘书长 甲 就…, 会长：甲: a rank in brackets, a space or a colon before the name
        end = name_after(text, local_end, tokens, offset)
        if end is not None:
            add(local_end, end, "title_name")
        start = name_before(text, role.start - offset, tokens, offset, left_edges)
        if start is not None:
            add(start, role.start - offset, "name_title")
    for removal in _REMOVAL.finditer(text):
        # 免去甲的…职务: the name between the verb and 的; 乙不再兼任…: the name before it
        if removal.group() in _NO_LONGER:
            start = name_before(text, removal.start(), tokens, offset, left_edges | {offset + removal.start()})
            if start is not None and (start == 0 or not HAN.match(text[start - 1])):
                add(start, removal.start(), "removed_name")
            continue
        de = text.find("的", removal.end(), removal.end() + 5)
        if de - removal.end() in (2, 3, 4) and (text[removal.end()] in lexicons().surnames or text[removal.end():removal.end() + 2] in lexicons().compound_surnames):
            add(removal.end(), de, "removed_name")
    for honorific in _HONORIFIC.finditer(text):
        # 甲同志因到龄…: a name before 同志, 先生 or 女士 that starts a clause
        start = name_before(text, honorific.start(), tokens, offset, left_edges)
        if start is not None and (start == 0 or not HAN.match(text[start - 1])):
            add(start, honorific.start(), "honorific_name")
    for name in sorted(known, key=lambda n: (-len(n), n)):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if _boundary_at(text, end) or text[end:end + 1] == "说":
                add(start, end, "known_name")
            start = text.find(name, start + 1)
    # 、-lists continue a titled name: 副会长张三、李四、王五
    changed = True
    while changed:
        changed = False
        for mention in list(found.values()):
            local = mention.end - offset
            if text[local:local + 1] == "、" and (local + 1) not in found:
                end = name_after(text, local + 1, tokens, offset)
                if end is not None and (offset + local + 1) not in left_edges:
                    changed = add(local + 1, end, "list_name") or changed
            local = mention.start - offset
            if verb_found and text[local - 1:local] == "、" and mention.start > offset + verb_found.end():
                start = name_before(text, local - 1, tokens, offset, left_edges)
                if start is not None:
                    rule = "appointed_name" if mention.info.get("rule") == "appointed_name" else "list_name"  # 选举甲、乙为…
                    changed = add(start, local - 1, rule) or changed
    return sorted(found.values(), key=lambda m: m.start)


def _count_before(text: str, end: int) -> int | None:
    """Where 等N人 ends at `end` (程某等6人为荣誉会长), its start: the name stands before it."""
    for match in COUNT.finditer(text, max(0, end - 12), end):
        if match.end() == end:
            return match.start()
    return None


_NO_LONGER = frozenset(word_class("no_longer_holds"))  # data/lexicons/word_classes.tsv
_REMOVAL = re.compile("|".join(sorted(set(word_class("removal_verb")) | _NO_LONGER, key=len, reverse=True)))
_ASIDE = re.compile(r"[ \u3000]|[:：][ \u3000]?|[(（][正副]?[省部厅局县处科]级[)）]")
_HONORIFIC = re.compile("|".join(word_class("honorific")))  # data/lexicons/word_classes.tsv
_PRONOUN = re.compile(r"[他她](?!们|人)")


def find_pronouns(text: str, offset: int) -> list[Mention]:
    return [Mention("pronoun", offset + m.start(), offset + m.end(), m.group()) for m in _PRONOUN.finditer(text)]
