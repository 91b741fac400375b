"""Bylines: the reporters, correspondents, photographers and editors an article credits.

`(记者 王某)`, `本报记者 甲 通讯员 乙 丙`, `记者 王某 摄`, `[ 责任编辑:王某 ]`, `编辑｜甲　审核｜乙`: the names
after a label (data/lexicons/byline_labels.txt) are people (the article's authors) who
hold no post and take no part in the event, so other rules must not read them as present.
A notice's contact line (`联系人：甲，电话：…`, `联系人：甲　电话`) names a person the same way: whom to call,
no post and no part in anything (the label is a contact_label of word_classes.tsv).
The whole text is searched, header and footer lines included, since bylines sit there.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba


from .lexicon import lexicons, word_alternation, word_class
from .mentions import HAN_WORD, LONG_ORG_ENDING  # LONG_ORG_ENDING: 服务中心, 基金会, an ending of two or more characters inside a word
from .person_names import _DOTTED_NAME

# What may end a name in a byline: white space, a closing bracket, a list mark, 摄 or 文/图, or the counter an info bar
# glues to it (作者：甲阅读：…), or the underscore before an editor's staff code (责任编辑：甲_AB1234)
_AFTER_NAME = re.compile(r"$|[\s)）\]】、|｜丨/_]|摄|报道|文/图|文图|阅读|浏览|点击")
_SURNAMELESS = re.compile(rf"(?P<dotted>{_DOTTED_NAME.pattern})|(?P<plain>[\u4e00-\u9fff]{{4,6}})")
_SEPARATOR = re.compile(r"[\s、]*")
# 联系人:甲,电话:… / 联系人:甲  联系电话 / 联系人:甲,025-…: a contact name ends at a comma, a space, a phone or a number
_AFTER_CONTACT = re.compile(r"$|[\s,;)）、]|(?:联系)?电话|\d")
# 联系人：甲　0571-…　乙　138 …, and a second contact aligned under the first on the next line (　　　　乙　电话：…):
# a phone number ends one contact's entry and another name with its own number may follow it
_PHONE = re.compile(r"[ \t,;]*(?:(?:联系)?(?:电话|手机)\s*[:：]?\s*)?[0-9Xx*][-0-9Xx* ()]{5,}[0-9Xx*][ \t,;、]*(?:\n[ \t]{2,})?")
_ADDRESS_TERMS = frozenset(word_class("address_term"))  # 何小姐: a way of addressing someone unnamed, no name
_UNIT_ENDINGS = tuple(word_class("credit_unit_ending"))  # 宣传部, 办公室: a credited person's unit, before the name
# 文/图：某会宣传部　甲, 联系人：某会办公室　乙: the unit a credited person works in, between the label and the name
_UNIT = re.compile(r"[\u4e00-\u9fff]{2,24}?\s+")
# (某会办公室　甲　文/图), (某局 乙 供稿), (丙 摄): a credit in brackets that names its label after the name
# (某局 乙): a unit and a name alone in brackets, the credit of a county's or a body's page
# (the name may be a two-character one padded to the width of three: (某会办公室　甲　乙), (丙　丁 摄))
_TRAILING_CREDIT = re.compile(
    r"[(（](?P<unit>[\u4e00-\u9fff]{2,24}\s+)?(?P<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3})\s*(?P<label>" + word_alternation("trailing_credit_label") + r")?\s*[)）]"
)
# ▲会长向学生赠书　甲 摄, 图为签约现场　乙　摄影: a caption's credit at its line's end, the name after a gap (a space or
# more) and its label after it; not the one-character 文 (an everyday word at a line's end)
_LINE_END_CREDIT = re.compile(
    r"(?<=[ \u3000\t])(?P<name>[\u4e00-\u9fff]{2,4})[ \u3000]*(?:"
    + "|".join(re.escape(w) for w in sorted(word_class("trailing_credit_label"), key=len, reverse=True) if w != "文") + r")[ \u3000]*$",
    re.M,
)
# （某部　甲/文　乙/摄）, 丙/图: a name after a space or a bracket with its label after a slash
_SLASHED_CREDIT = re.compile(r"(?<=[\s(（])(?P<name>[\u4e00-\u9fff]{2,4})/(?:" + word_alternation("slashed_credit_label") + r")(?![\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(lexicons().byline_labels, key=len, reverse=True)
    # not the end of a title (副总编辑, 主编辑): the character before a label is none of 总副主, tested after
    # the label (a lookbehind over it and the character before), so the pattern starts with the labels
    # and the regex engine skips in C every character that starts none (a leading lookbehind made it
    # try the labels at every character of the text); every branch at the top opens with a character, the
    # one-character labels too (a branch [文图] among them made the engine try the whole pattern at every
    # character: 29 µs an article instead of 3)
    # 编辑：甲, 编辑 甲, 编辑｜甲 (a bar, as the footers of many sites write it)
    # 编辑/甲: a slash as a bar (a label of two characters or more)
    branches = [re.escape(label) + "(?<![总副主]" + "." * len(label) + r")\s*[:：|｜丨/]?\s*" for label in labels if len(label) > 1]
    # 文：甲　图：乙, 文｜甲　图｜乙: a one-character label is a label only with its colon or a bar right after it (文 and 图
    # are everyday words; a table's cell is set off by spaces around its bar)
    branches += [re.escape(label) + r"(?<![总副主].)(?:\s*[:：]|[|｜丨])\s*" for label in labels if len(label) == 1]
    return re.compile("|".join(branches))


@lru_cache(maxsize=1)
def _contact_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + word_alternation("contact_label") + r")\s*[:：]\s*")


def _name_at(text: str, index: int, after: re.Pattern[str] = _AFTER_NAME, surnameless: bool = True) -> int | None:
    """End of a byline name starting at text[index]: a surname and one to two characters, then an edge (`after`)."""
    lex = lexicons()
    if text[index:index + 2] in _NEVER_OPENS_NAME:
        return None  # 编辑：甲\n相关阅读: an everyday word opening with a surname opens no name (never_opens_name)
    surname = text[index:index + 1]
    if text[index + 1:index + 2] in (" ", "\u3000") and surname in lex.any_surnames and HAN_WORD.fullmatch(text[index + 2:index + 3]) and after.match(text, index + 3) and (
            surname in lex.surnames or not rjieba.has_word(surname + text[index + 2])):
        return index + 3  # 复核：滕　某, 责任编辑：滑　某: a two-character name padded to the width of three (a rare surname too)
    lengths = (3, 4) if text[index:index + 2] in lex.compound_surnames else (2, 3) if surname in lex.any_surnames else ()
    for length in lengths:
        end = index + length
        if end <= len(text) and HAN_WORD.fullmatch(text[index:end]) is not None and after.match(text, end):
            if text[index:end] in lex.roles or text[index:end] in lex.places or text[index + 1:end] in _ADDRESS_TERMS:
                return None
            if text[end - 1] in _UNIT_SHORT_ENDS or (length == 2 and text[index + 1] in _COURTESY_CHARS):
                return None  # 宁波台报道, 图/区青志协: a desk's or a body's short form; 联系人：戚工: a surname and a courtesy
            if text[index:end].endswith(_UNIT_ENDINGS) and rjieba.has_word(text[index:end]):
                return None  # 图/宣传部 乙: a unit the dictionary knows, not a name with the surname 宣
            if surname in lex.rare_surnames and rjieba.has_word(text[index:end]):
                return None  # 通讯员, 多媒体: a word of the dictionary, not a name with a rare surname
            return end
    return _surnameless_at(text, index, after) if surnameless else None


def _surnameless_at(text: str, index: int, after: re.Pattern[str]) -> int | None:
    """作者：某某·某某某, （记者　某某某某）: a Uyghur, Kazakh, Tibetan or Yi name credited with no Han surname, written
    with a middle dot, or four to six characters the segmenter reads (in part) as a name or as no word it knows, not
    as everyday words (来源网络, 资料图片) nor a unit (three are too few: 通讯员 锡慈宣, a desk's pen name)."""
    found = _SURNAMELESS.match(text, index)
    if found is None or not after.match(text, found.end()):
        return None
    run = found.group()
    if found.lastgroup == "dotted":
        return found.end()
    if _is_unit(run) or LONG_ORG_ENDING.search(run) or run in lexicons().places or run[-1] in _UNIT_SHORT_ENDS:
        return None
    named = any(pos.startswith(("nr", "nz")) or not rjieba.has_word(word) for word, pos in rjieba.tag(run))
    return found.end() if named else None  # 来源网络, 综合整理, 新华社发: every part an everyday word


def find_bylines(normalized: str) -> list[tuple[int, int]]:
    """(start, end) of every name credited in a byline, in text order."""
    spans: list[tuple[int, int]] = []
    labels = [(label, _AFTER_NAME) for label in _label_pattern().finditer(normalized)]
    labels += [(label, _AFTER_CONTACT) for label in _contact_pattern().finditer(normalized)]
    for label, after in labels:
        cursor = label.end()
        unit = _UNIT.match(normalized, cursor)
        if unit is not None and _name_at(normalized, cursor, after) is None and _is_unit(normalized[cursor:unit.end()].rstrip()):
            cursor = unit.end()
        last_end = None
        across_line = False  # 审核：甲\n\n往期推荐: a name on the next line needs its Han surname
        glued = cursor == label.end() and label.group()[-1:] not in _LABEL_MARKS  # 本报记者甲, 图文解读: no mark between
        while cursor < len(normalized):
            if last_end is not None and _label_pattern().match(normalized, cursor):
                break  # 编辑｜甲　初审｜乙: the next label's own credit, no second name of this one
            end = _name_at(normalized, cursor, after, not across_line)
            if end is None:
                break
            if glued and last_end is None and _everyday_word(normalized[cursor:end]):
                break  # 首页 > 政策解读 > 图文解读: a label glued to a verb or an adjective is part of a word, no credit
            spans.append((cursor, end))
            last_end = end
            following = _SEPARATOR.match(normalized, end)
            if following is None or following.end() == end or normalized[following.end():following.end() + 1] == "\n":
                break
            across_line = "\n" in normalized[end:following.end()]
            cursor = following.end()
        while after is _AFTER_CONTACT and last_end is not None and (phone := _PHONE.match(normalized, last_end)) is not None:
            following_name = _name_at(normalized, phone.end(), after)
            if following_name is None or _PHONE.match(normalized, following_name) is None:
                break
            spans.append((phone.end(), following_name))
            last_end = following_name
    for credit in _TRAILING_CREDIT.finditer(normalized):
        start = credit.start("name")
        unit = credit.group("unit")
        if (unit or credit.group("label")) and (not unit or _is_unit(unit.rstrip())) and _name_at(normalized, start) == credit.end("name"):
            spans.append((start, credit.end("name")))
    for credit in _LINE_END_CREDIT.finditer(normalized):
        name = credit.group("name")
        if rjieba.has_word(name) and not rjieba.tag(name)[0][1].startswith("nr"):
            continue  # 参观　展览 摄影: a word of the dictionary (no name) before the label
        if _name_at(normalized, credit.start("name"), surnameless=False) == credit.end("name"):
            spans.append((credit.start("name"), credit.end("name")))
    if "/" in normalized:  # (most pages write no slash: no scan)
        for credit in _SLASHED_CREDIT.finditer(normalized):
            if _name_at(normalized, credit.start("name"), surnameless=False) == credit.end("name"):
                spans.append((credit.start("name"), credit.end("name")))
    return sorted(set(spans))


# 台 (a broadcaster: 宁波台), 协 (青志协), 办, 委, 局, 站, 处: the last character of a body's short form credited as a
# byline's source, never of a person's name (word_classes.tsv: unit_short_end_char)
_UNIT_SHORT_ENDS = frozenset(word_class("unit_short_end_char"))
_COURTESY_CHARS = frozenset(word_class("courtesy_char"))  # 戚工, 王总: a surname and a courtesy, no name
_NEVER_OPENS_NAME = frozenset(word_class("never_opens_name"))  # 相关, 荣誉: everyday words opening with a surname
_LABEL_MARKS = frozenset(" \t\u3000:：|｜丨")
_NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "u")  # a verb, an adjective, an adverb, a preposition, a conjunction, a particle


def _everyday_word(run: str) -> bool:
    """解读, 报道, 精选: a word of the dictionary the segmenter reads as anything but a noun or a name."""
    return rjieba.has_word(run) and rjieba.tag(run)[0][1].startswith(_NOT_NAME_TAGS)


def _is_unit(words: str) -> bool:
    """某会办公室, 本网记者: the unit or the post a credit names before a person, no name itself."""
    return words.endswith(_UNIT_ENDINGS) or words.endswith(lexicons().byline_labels)
