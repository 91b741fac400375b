"""Paragraphs of a converted document whose lines the conversion broke mid-sentence, joined back.

Two signals tell such a document, and each has its reader here: paragraphs opened by an indent (rejoin_wrapped_lines,
on the whole text in clean_text) and lines that all end at one width (unwrap_lines, on a page's body lines once its
header is read, with page numbers and running heads between pages dropped).

A Word or PDF file saved as text keeps the page's line breaks: a paragraph opens with its indent (　　) and runs on
over lines of the page's width, so a sentence, a date or a name is cut at the line's end (`…春节期间共发放慰问` /
`金2310万元。`, `会长严` / `国强同志`). Like the broken cells of a name table (table_cells.py), this is the
conversion's noise, not the text: where the document's paragraphs open with an indent, a line with none that follows a
paragraph's line left open (no closing punctuation) continues it and is joined back before anything reads the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..extract.lexicon import lexicons, word_class
from ..extract.text import normalize

_INDENT = re.compile(r"[ \u3000]{2,}\S")  # a paragraph's first line: two spaces or more (　　)
_CLOSED = tuple("。！？!?；;：:…”」』)）】")  # a line that ends a sentence, a label or a bracket leaves nothing open
_COLUMNS = re.compile(r"\S[ \t\u3000]{2,}\S")  # a table's row, columns kept apart by runs of spaces (table_cells.py)
_PAGE_MARK = re.compile(r"[-—–·\s]*[0-9]{1,3}[-—–·\s]*|第\s*[0-9]+\s*页.*|[·•]?[0-9]{1,4}[·•]?")  # — 1 —, ·286·, 第1页 共2页
_CONTINUES = re.compile(r"[\u3400-\u9fff0-9A-Za-z“《（(]")  # what a continued line starts with
_MIN_INDENTED = 3  # paragraphs opened by an indent before the document counts as one that does
# 时　　间：…, 地　　点：…, 主 持 人：…, 记　录：…: a labelled line of meeting minutes, which opens a line of its own
MINUTES_LABEL = re.compile(r"^(?:时\s*间|地\s*点|主\s*持(?:\s*人)?|出\s*席(?:\s*人\s*员)?|参\s*会(?:\s*人\s*员)?|列\s*席|记\s*录(?:\s*人)?)\s*[:：]")


_NAME_ALONE = re.compile(r"[\u3400-\u9fff]{2,4}")  # a line of two to four Han characters and nothing else: a name
# 成　员：, 副组长：, 监 事 长：: a roster line's lead, a title (padded to its column's width, or a chain joined by 兼 or 、)
_LABEL_LEAD = re.compile(r"([\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff、]){1,9})[ \u3000]*[:：]")


def _roster_label(stripped: str) -> bool:
    """A roster's line that opens with its title and a colon (成　员：甲　某局局长 under 　　　　乙　某院院长, the line of
    the row above continued): it opens a line of its own, as a label of minutes does; a line of a sentence's wrap
    never opens with a post's title and a colon."""
    lead = _LABEL_LEAD.match(stripped)
    if lead is None:
        return False
    roles = lexicons().roles
    closed = normalize("".join(lead.group(1).split()))
    return all(roles.get(title) == "org" or title in word_class("roster_member_title") for title in re.split("[兼、]", closed))


def _goes_on(line: str, stripped: str) -> bool:
    """A line that goes on with an open paragraph line above it: text, unindented, no table row, page mark or label."""
    return (bool(stripped) and not line[0].isspace() and _CONTINUES.match(line) is not None
            and not _COLUMNS.search(stripped) and not _PAGE_MARK.fullmatch(stripped) and not MINUTES_LABEL.match(stripped)
            and not _roster_label(stripped))


def rejoin_wrapped_lines(text: str) -> str:
    """The text with every paragraph's lines that a conversion broke joined back; other text as it was."""
    if text.count("\n\u3000\u3000") + text.count("\n  ") < _MIN_INDENTED:
        return text  # no document of indented paragraphs: most articles
    lines = text.split("\n")
    if sum(1 for line in lines if _INDENT.match(line)) < _MIN_INDENTED:
        return text
    out: list[str] = []
    open_line = False  # the last line kept is a paragraph's line left open at its end
    listing = False  # the last line joined was a name standing alone between two lines of its paragraph
    changed = False
    for i, line in enumerate(lines):
        stripped = line.rstrip()
        if open_line and _goes_on(line, stripped):
            # a wrap never leaves a line of a name alone inside a paragraph (会上，甲 / 乙 / 丙作交流发言。):
            # there the line breaks stand for the list's 、, which goes back between the names
            alone = _NAME_ALONE.fullmatch(stripped) is not None and i + 1 < len(lines) and _goes_on(lines[i + 1], lines[i + 1].rstrip())
            out[-1] += ("、" if alone or listing else "") + stripped
            listing = alone
            changed = True
        else:
            listing = False
            out.append(line)
            if not stripped or not (_INDENT.match(line) or open_line):
                open_line = False
                continue
        last = out[-1].rstrip()
        open_line = len(last.strip()) >= 12 and not last.endswith(_CLOSED) and not _COLUMNS.search(last.strip())
    return "\n".join(out) if changed else text


# A run-in list of names whose 、 a copy turned into line breaks, on a page of unindented paragraphs (the indented
# ones: rejoin_wrapped_lines): a sentence's line left open at a name, names alone on lines, and a line that goes on
# with the sentence (会上，甲 / 乙 / 丙作交流发言。). The names go back into their sentence with their 、; a list's
# heading (…名单如下, no clause mark) and a roster's lines under it stay lines.
_LONE_NAME_LINE = re.compile(r"\n[\u3400-\u9fff]{2,4}\n")
_OPEN_SENTENCE = re.compile(r"[^\s].{10,}[，。；].*[\u3400-\u9fff]")
_LIST_HEAD_END = re.compile(r"(?:如下|名单|人员|成员|同志|代表|嘉宾|领导)$")


def rejoin_listed_names(text: str) -> str:
    """The text with the names a copy put on lines of their own inside a sentence joined back into it with 、."""
    if not _LONE_NAME_LINE.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and _NAME_ALONE.fullmatch(lines[j]):
            j += 1
        if j > i + 1 and j < len(lines) and _opens_a_list(line) and _goes_on_a_sentence(lines[j]):
            out.append("、".join([line.rstrip(), *lines[i + 1:j], lines[j].strip()]))
            changed = True
            i = j + 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out) if changed else text


def _opens_a_list(line: str) -> bool:
    stripped = line.strip()
    return _OPEN_SENTENCE.fullmatch(stripped) is not None and not _LIST_HEAD_END.search(stripped) and not _COLUMNS.search(stripped)


def _goes_on_a_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return (bool(stripped) and not line[0].isspace() and _CONTINUES.match(stripped) is not None and any(m in stripped for m in "。，；")
            and not _COLUMNS.search(stripped) and not MINUTES_LABEL.match(stripped))


# Hard-wrapped text (copied out of a PDF, a <pre> block, a fixed-width scan): every line of a paragraph ends at the
# same width, mid-sentence and even mid-name (市慈善总会会长严 / 国强同志), with the page's number (- 3 -, 第3页)
# and its running head between pages. Display width: a Han character or full-width form is two columns.
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,3}\s*页)?|[0-9０-９]{1,3}\s*/\s*[0-9０-９]{1,3})\s*$")
_ENDS_SENTENCE = "。！？!?；;…」』”\""
_MIN_WRAP = 30  # columns: a wrap narrower than 15 Han characters is a list, not running text
# cells apart: white space between Han characters, a bar or a tab (a row of a name list, which tables.py reads as it is);
# one space between Han characters in a line of running text (a clause mark in it) is the text's own, not a cell's:
# a slogan in quotes (“江海益市 善行同心”), a name and its title (王强 同志), a space a copy left after 。
_CELLS = re.compile(r"[\u3400-\u9fff]\s{2,}[\u3400-\u9fff]|[|｜\t]")
_ONE_SPACE = re.compile(r"[\u3400-\u9fff]\s[\u3400-\u9fff]")
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?]")


class _Row:
    """A line of a name list's row (search(line) is true): cells apart, or one space and no clause mark."""

    @staticmethod
    def search(line: str) -> bool:
        return bool(_CELLS.search(line) or (_ONE_SPACE.search(line) and not _CLAUSE_MARK.search(line)))


_ROW = _Row()
# a line that opens an item or a section: 一、 (一) 1. 1、 第一,
_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．](?![0-9])|第[一二三四五六七八九十]+[,，、])")
_RUNNING_HEAD = 40  # columns


def _width(line: str) -> int:
    """Display columns of a line: one per ASCII character, two per Han character (UTF-8 length does the count)."""
    return len(line) + (len(line.encode("utf-8")) - len(line)) // 2


def _chars(line: str) -> int:
    """Columns of a line wrapped by characters (typed or hand-wrapped text: a digit takes a Han character's place)."""
    return 2 * len(line)


def wrap_width(lines: list[str]) -> int:
    """The width (in columns) a hard-wrapped text is wrapped at, or 0 when its lines are paragraphs."""
    return _wrap(lines)[0]


def _wrap(lines: list[str]) -> tuple[int, Callable[[str], int]]:
    """(width, measure) of a hard-wrapped text, the width counted in display columns or in characters.

    Wrapped: at least three lines end within a few columns of the widest line and hardly any runs past it; a
    page of paragraphs has lines of every length, the long ones far apart."""
    for measure in (_width, _chars):
        widths = sorted(measure(line.strip()) for line in lines if line.strip() and not _ROW.search(line.strip()))
        long = [w for w in widths if w >= _MIN_WRAP]
        if len(long) < 3:
            continue
        for top in reversed(long):
            near = sum(1 for w in long if top - 3 <= w <= top)
            over = sum(1 for w in long if w > top)
            if over > max(1, len(long) // 10):
                break
            if near >= 3 and near >= 0.4 * len(long):
                return top, measure
    return 0, _width


def unwrap_lines(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined back into paragraphs; page numbers and running heads between dropped.

    A line as wide as the wrap that does not end a sentence goes on in the next line of text. Lines of a text
    that is not wrapped come back as they were (the same list)."""
    width, _ = _wrap(lines)
    if not width:
        return lines
    out: list[str] = []
    joining = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        index += 1
        if joining and not stripped:
            continue  # a page break's blank lines inside a paragraph
        if joining and _PAGE_NUMBER.match(stripped):
            # the page's number and a running head after it belong to no paragraph
            following = next((i for i in range(index, len(lines)) if lines[i].strip()), None)
            if following is not None and _is_running_head(lines[following].strip(), lines, following):
                index = following + 1
            continue
        if joining and (_ROW.search(stripped) or _ITEM.match(stripped)):
            joining = False
        if joining:
            previous = out[-1]
            # two words of Latin letters apart; a number the wrap cut (52 / 0) goes on without a space
            glue = " " if (previous[-1:].isascii() and previous[-1:].isalnum() and stripped[:1].isascii() and stripped[:1].isalnum()
                           and not (previous[-1:].isdigit() and stripped[:1].isdigit())) else ""
            out[-1] = previous + glue + stripped
        else:
            out.append(line)
        # full: within two Han characters of the wrap (a paragraph's first line is indented by two), in columns or
        # in characters (a typed wrap gives a half-width comma or digit a whole place)
        full = max(_width(stripped), _chars(stripped)) >= width - 5
        joining = full and stripped[-1:] not in _ENDS_SENTENCE and not _ROW.search(stripped)
    return out


def _is_running_head(line: str, lines: list[str], index: int) -> bool:
    """A short line without punctuation right after a page number: the document's name printed on every page."""
    if _width(line) > _RUNNING_HEAD or re.search(r"[。，,：:；;！？]", line):
        return False
    after = next((lines[i].strip() for i in range(index + 1, len(lines)) if lines[i].strip()), "")
    return bool(after) and not _PAGE_NUMBER.match(after)


# A clause broken onto lines of its own (a page copied one clause a line, a CMS that made every clause a <p>): a line
# that ends with a comma or an enumeration comma leaves its sentence open, and the next line of text goes on with it
# (no paragraph of the genre ends with ，). Blank lines between are the copy's, not the text's.
_OPEN_CLAUSE = ("，", ",", "、")


def join_open_clauses(lines: list[str]) -> list[str]:
    """Lines that end with ，/,/、 joined to the next line of text that goes on with them; other lines as they were."""
    if not any(line.rstrip().endswith(_OPEN_CLAUSE) for line in lines):
        return lines
    out: list[str] = []
    blanks: list[str] = []  # blank lines after an open clause: dropped if the clause goes on, kept if not
    open_clause = False
    for line in lines:
        stripped = line.strip()
        if open_clause and not stripped:
            blanks.append(line)
            continue
        if (open_clause and _CONTINUES.match(stripped) and not _ITEM.match(stripped) and not _COLUMNS.search(stripped)
                and not lexicons().noise_action(normalize(stripped))):  # a share bar under a text cut off at a comma
            out[-1] = out[-1].rstrip() + stripped
        else:
            out.extend(blanks)
            out.append(line)
        blanks = []
        open_clause = out[-1].rstrip().endswith(_OPEN_CLAUSE)  # 某网讯  4月16日， opens a sentence too
    return out + blanks


def rejoin_open_clauses(text: str) -> str:
    """The text with its lines that end mid-sentence at a comma joined to the lines that go on with them."""
    if "，\n" not in text and ",\n" not in text and "、\n" not in text:
        return text
    lines = text.split("\n")
    if wrap_width(lines):
        return text  # a hard-wrapped text: unwrap_lines joins its lines at the wrap, comma or not
    return "\n".join(join_open_clauses(lines))
