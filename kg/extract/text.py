"""Text normalization and sentence splitting that keep character offsets into the article.

Matching runs on a normalized copy of the text (full-width ASCII folded to
half-width, traditional characters mapped to simplified) in which every
character stands where it stood in the original, so names are always cut from
the original text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import opencc

from .lexicon import lexicons, word_alternation

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})
# ；joins list items of one sentence, except before a clause that opens with a day or a month of its own (12日在甲地，…；
# 13日在乙地，调研组考察了…; a work summary's 3月，召开…；5月，举办…): what follows it happened on another day, a sentence of
# its own for dating. (Each branch opens with its one character, [。!?！？]+ written as 。[。!?！？]*|!…: a pattern whose
# branches all open with a character is scanned by the regex engine in C for those characters, where a branch that
# opens with a repeat made it try every branch at every character: eight times as fast.)
_ENDING_MARKS = "。!?！？"
_CLOSING_QUOTES = "”’」』"  # “…保重身体！”甲说。: the marks closing the quoted words end their sentence, not open the next
_SENTENCE_END = re.compile(
    "|".join(re.escape(mark) + f"[{_ENDING_MARKS}]*[{_CLOSING_QUOTES}]*" for mark in _ENDING_MARKS)
    + r"|\n\n*|;(?=\s*(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:" + word_alternation("day_part") + r")?|[0-9]{1,2}月(?:份|上旬|中旬|下旬|初|底)?)\s*(?:[,，]|在))"
)


def traditional_to_simplified() -> dict[int, str]:
    """OpenCC's one-to-one traditional-to-simplified table, so normalization never moves an offset."""
    return opencc_characters("TSCharacters")


@lru_cache(maxsize=2)
def opencc_characters(dictionary: str) -> dict[int, str]:
    """One of OpenCC's character tables (TSCharacters, STCharacters): each character's first choice, one for one."""
    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / f"{dictionary}.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            source, _, targets = line.rstrip("\n").partition("\t")
            target = targets.split(" ")[0] if targets else ""
            if len(source) == 1 and len(target) == 1:
                table[ord(source)] = target
    return table


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table = {k: chr(v) for k, v in _FULLWIDTH.items()}
    table.update(traditional_to_simplified())
    return table


@lru_cache(maxsize=1)
def _changes() -> dict[str, str]:
    """What each character normalization changes becomes."""
    return {chr(code): target for code, target in _table().items() if chr(code) != target}


@lru_cache(maxsize=1)
def _plane_changed() -> re.Pattern[str]:
    """The characters of the Basic Multilingual Plane that normalization changes, as one character class.

    Most characters of a simplified-Chinese page stay as they are (some 15 in 600 change: full-width
    punctuation, a traditional character): the regex engine skips the rest in C and a replacement is
    looked up only where one is needed, where str.translate looked every character up in a Python
    mapping. The class is a bitmap the engine tests in a few steps; characters beyond the plane would
    make it a list tried item by item, so they have a class of their own (_every_changed)."""
    return re.compile("[" + "".join(re.escape(char) for char in sorted(_changes()) if char <= "\uffff") + "]")


@lru_cache(maxsize=1)
def _every_changed() -> re.Pattern[str]:
    """Every character normalization changes, beyond the plane too: for the rare text that holds one."""
    return re.compile("[" + "".join(map(re.escape, sorted(_changes()))) + "]")


# 6月18曰: 曰 garbled for 日 after a day's digits (a slip of input or OCR); no word writes 曰 right after a digit
_GARBLED_DAY = re.compile(r"(?<=[0-9０-９])曰")
# 2O25年8月6日, 1O月: a letter O typed or scanned for a zero inside a number that a date word closes (OCR, typing slips);
# no word writes a Latin O between digits there
_LETTER_ZERO = re.compile(r"(?<=[0-9])[Oo](?=[0-9]*[年月日号])|(?<![A-Za-z])[Oo](?=[0-9]+[年月日号])")


def normalize(text: str) -> str:
    """Same length as text: half-width ASCII, simplified characters, 日 for a 曰 written after a day's digits."""
    return _normalize(text) if text[_SHORT:] else _normalize_short(text)  # (a slice: no len() call, some 30 an article)


# A title, a publisher, an organization's name: the rules of one article normalize each again and again (some 14
# of 20 calls an article); the cache holds a few articles' worth, not a corpus.
_SHORT = 200


@lru_cache(maxsize=64)
def _normalize_short(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    table = _changes()
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):  # a character beyond the plane (rare CJK extensions)
        text = _every_changed().sub(lambda found, table=table: table[found[0]], text)  # (a default, not a cell)
    else:
        text = _plane_changed().sub(lambda found, table=table: table[found[0]], text)
    text = _GARBLED_DAY.sub("日", text) if "曰" in text else text
    return _LETTER_ZERO.sub("0", text) if "O" in text or "o" in text else text


@dataclass(slots=True)
class Sentence:
    """A sentence of the article body: normalized text and its offsets into the article.

    A slotted dataclass, no tuple subclass: the rules read its fields some hundred times a sentence, and a slot is read
    in some 95 instructions where a NamedTuple's getter on a tuple took some 240 (callgrind); making one costs some 780
    more, once a sentence."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    paragraph_start: bool


_PARAGRAPH = 80  # characters: a line this long with a sentence ended inside it is a paragraph, whatever it opens with


# 1. 甲，某公司董事长 / 2、乙（女），某会副会长 / （三）丙，… / ④丁，…: a numbered list item (a 公示's candidates) that
# opens with a name, a note in brackets maybe, then a comma before the name's posts; group 1 is the name
NUMBERED_LEAD = r"(?:[0-9０-９]{1,3}[.、．]|[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473])[ \u3000]*"  # 1. / 2、 / （三） / ④
NUMBERED_ITEM_NAME = re.compile(NUMBERED_LEAD + r"([\u4e00-\u9fff]{2,4})(?:[(（][^()（）0-9０-９]{1,10}[)）])?[,，]")
DIGITS = "0123456789"  # the digits of the normalized text (０ is 0): a cheap test on one character before a regex
ITEM_LEADS = DIGITS + "０１２３４５６７８９(（" + "".join(chr(c) for c in range(0x2460, 0x2474))  # a cheap test before the regex
# [00:01:10] 甲（某会副会长，南京连线）：…: a transcript's turn may open with its time before the speaker's label
CLAUSE_MARKS = ",，;；。"  # what ends a clause: a comma, a semicolon or a full stop
INNER_CLAUSE_MARKS = ",，;；"  # what ends a clause inside a sentence: a comma or a semicolon


def clause_start(text: str, local: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding `local` starts: just after the last of `marks` before it (by default a comma, semicolon
    or full stop; a rule may end its clauses at other marks). map, not a generator: no frame made for each mark."""
    return max(map(text.rfind, marks, repeat(0), repeat(local))) + 1


TURN_LEAD = re.compile(r"[ \u3000]*(?:\[[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\][ \u3000]*)?")


def body_lines(text: str, body_start: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines that are article text: noise dropped, footer cut."""
    lex = lexicons()
    spans: list[tuple[int, int]] = []
    offset = body_start
    begun = False  # a line of running text seen (page chrome above the headline is not text)
    lines = text[body_start:].split("\n")
    for number, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        action = lex.noise_action(stripped)
        if action == "related":
            action = related_action(lines[number + 1:])
        if action and stripped[_PARAGRAPH - 1:] and "。" in stripped[:-1]:  # no calls: the budget counts them
            action = None  # a paragraph that opens like chrome (记者 某某 …, a page copied as one line): text
        if action == "stop" and begun:
            break  # a footer ends the text once the text has begun (a share bar may sit above it)
        if action in ("drop", "stop"):
            continue
        lead = line.find(stripped)  # (the whitespace before it cannot hold it: one call, not lstrip, rstrip and lens)
        spans.append((start + lead, start + lead + len(stripped)))
        begun = begun or len(stripped) >= 30 or "。" in stripped
    return spans


def related_action(following: Iterable[str]) -> str:
    """What a 相关阅读 heading does, given the lines after it: over a paragraph (long, a sentence ended inside it) it
    heads a box of the page's own text (a related meeting told in full), "drop" (the heading alone) and read on; over a
    list of other pages' titles it ends the text, "stop"."""
    paragraph = next((line.strip() for line in following if line.strip()), "")
    return "drop" if paragraph[_PARAGRAPH - 1:] and "。" in paragraph[:-1] else "stop"


# 甲　某　乙　某某　丙某某　等: a line of nothing but names, padded to the width of three or gapped, that a sentence
# ending in a colon after another sentence of the line above introduces (…举行。出席仪式的还有市慈善总会副会长：); a label
# alone on its line (出席：) opens a presence block of cells instead
_NAME_ROW = re.compile(r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}(?: {1,4}[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3})+(?: +等)?")


def split_sentences(normalized: str, body_start: int) -> list[Sentence]:
    """Sentences of the body lines, each with its paragraph (line) number."""
    sentences: list[Sentence] = []
    for paragraph, (line_start, line_end) in enumerate(body_lines(normalized, body_start)):
        if sentences and not sentences[-1].paragraph_start and normalized[sentences[-1].end - 1] in ":：" and _NAME_ROW.fullmatch(normalized, line_start, line_end):
            last = sentences[-1]  # 出席的还有某会副会长： then 甲　某　乙　某 on a line of its own: the names end the sentence
            sentences[-1] = Sentence(last.index, last.start, line_end, normalized[last.start:line_end].replace("\n", " "), last.paragraph, last.paragraph_start)
            continue
        cursor = line_start
        first = True
        for match in _SENTENCE_END.finditer(normalized, line_start, line_end):
            _add(sentences, normalized, cursor, match.end(), paragraph, first)
            first = False
            cursor = match.end()
        if cursor < line_end:
            _add(sentences, normalized, cursor, line_end, paragraph, first)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int, first: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph, first))
