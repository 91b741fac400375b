"""Name tables converted from PDF or Word: a cell the conversion broke onto the next line joined back to its row.

A leadership list (序号 姓名 性别 单位及职务 会内职务) loses its cell borders when a PDF or a Word file is
converted to text. A cell too long for its column wraps, and the rest comes out on a line of its own under
the row (`…温州市人大常委会原副` / `主任` / `会长`): a title cut in two (副局 / 长) and a row that lost its last
column. Like the pinyin artefacts of a bad script conversion, this is the conversion's noise, not the page's
text, so the loader repairs it before anything reads the article: each fragment goes back into the cell it
continues, and a fragment that is a whole title where the row lacks its last column is that column.

Which cell a fragment continues is read from the words: the cell whose end and the fragment's start make one
title or organization ending across the break (副局|长, 有限公|司, 副会长兼秘|书长), else the last cell.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.lexicon import lexicons, word_class

_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}|\t")  # columns kept apart by runs of spaces (a layout conversion)
_NARROW_GAP = re.compile(r"[ \t\u3000]+")  # or by one space (a plain conversion)
_FRAGMENT = re.compile(r"[\u3400-\u9fff（）()、]{1,10}")  # the rest of a cell: a few characters, no space


@lru_cache(maxsize=1)
def _headers() -> tuple[frozenset[str], frozenset[str]]:
    names = frozenset(word_class("table_name_header"))
    others = frozenset(word_class("table_post_header") + word_class("table_unit_header") + word_class("table_proposed_header"))
    return names, others


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], int]:
    """Titles and organization endings of two or more characters, the words a break may cut in two."""
    lex = lexicons()
    words = frozenset(w for w in list(lex.roles) + list(lex.org_suffixes) if len(w) >= 2)
    return words, max(map(len, words))


def _columns(line: str) -> tuple[re.Pattern[str], int] | None:
    """The gap pattern and the number of columns when `line` is a name table's header row (姓名 and a post or unit)."""
    names, others = _headers()
    for gap in (_WIDE_GAP, _NARROW_GAP):
        labels = ["".join(cell.split()) for cell in gap.split(line.strip()) if cell.strip()]
        if len(labels) >= 3 and any(label in names for label in labels) and any(label in others for label in labels):
            return gap, len(labels)
    return None


def _title_only(fragment: str) -> bool:
    """副会长, 副会长兼秘书长, 监事: the fragment is one title or titles joined by 兼 or 、 (a whole cell)."""
    roles = lexicons().roles
    return all(part in roles for part in re.split("[兼、]", fragment) if part) and bool(fragment.strip("兼、"))


def _crosses(before: str, after: str) -> bool:
    """Whether a title or an organization ending starts in `before`'s end and runs into `after` (副局|长)."""
    words, longest = _words()
    joined = before[-(longest - 1):] + after[: longest - 1]
    cut = len(before[-(longest - 1):])
    return any(joined[start:end] in words for start in range(cut) for end in range(cut + 1, min(len(joined), start + longest) + 1))


def _joined(row: str, fragments: list[str], gap: re.Pattern[str], columns: int) -> str:
    """The row with its fragments back in their cells (see the module's docstring)."""
    cells = _wide_cells(row) if gap is _WIDE_GAP else [(m.start(), m.end()) for m in re.finditer(r"\S+", row)]
    missing = columns - len(cells) + _padded_names(row, cells)
    inserts: dict[int, list[str]] = {}
    appended: list[str] = []
    for fragment in reversed(fragments):
        if missing > 0 and _title_only(fragment):
            appended.insert(0, fragment)  # the row's last column, which the conversion put under it
            missing -= 1
            continue
        target = next((i for i in range(len(cells) - 1, 0, -1) if _crosses(row[cells[i][0]:cells[i][1]] + "".join(inserts.get(i, [])), fragment)), len(cells) - 1)
        inserts.setdefault(target, []).insert(0, fragment)
    out, cursor = [], 0
    for index, (start, end) in enumerate(cells):
        out.append(row[cursor:end] + "".join(inserts.get(index, [])))
        cursor = end
    out.append(row[cursor:])
    separator = "　　" if gap is _WIDE_GAP else " "
    return "".join(out).rstrip() + "".join(separator + cell for cell in appended)


def _padded_names(row: str, cells: list[tuple[int, int]]) -> int:
    """How many names padded to three characters' width (蔡 琳) the gaps split into two cells."""
    count, index = 0, 0
    while index + 1 < len(cells):
        (a, b), (c, d) = cells[index], cells[index + 1]
        if b - a == 1 and d - c <= 2 and "\u4e00" <= row[a] <= "\u9fff" and all("\u4e00" <= ch <= "\u9fff" for ch in row[c:d]):
            count += 1
            index += 2
            continue
        index += 1
    return count


def _wide_cells(row: str) -> list[tuple[int, int]]:
    cells, cursor = [], 0
    for match in _WIDE_GAP.finditer(row):
        if match.start() > cursor and row[cursor:match.start()].strip():
            cells.append((cursor, match.start()))
        cursor = match.end()
    if row[cursor:].strip():
        cells.append((cursor, len(row.rstrip())))
    return cells


def rejoin_broken_cells(text: str) -> str:
    """The text with every name table's broken cells joined back to their rows; other text as it was."""
    if "姓" not in text or "\n" not in text:
        return text  # no name table's header: most articles
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    changed = False
    while index < len(lines):
        line = lines[index]
        found = _columns(line) if "姓" in line else None
        out.append(line)
        index += 1
        if found is None:
            continue
        gap, columns = found
        while index < len(lines) and lines[index].strip():
            row = lines[index]
            index += 1
            fragments = []
            while index < len(lines) and _FRAGMENT.fullmatch(lines[index].rstrip()):
                fragments.append(lines[index].rstrip())  # at the line's start: an indented line is a row
                index += 1
            if fragments and gap.search(row.strip()):
                out.append(_joined(row, fragments, gap, columns))
                changed = True
            else:
                out.append(row)
                out.extend(fragments)
    return "\n".join(out) if changed else text
