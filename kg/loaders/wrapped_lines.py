"""Paragraphs of a converted document whose lines the conversion broke mid-sentence, joined back.

A Word or PDF file saved as text keeps the page's line breaks: a paragraph opens with its indent (　　) and runs on
over lines of the page's width, so a sentence, a date or a name is cut at the line's end (`…春节期间共发放慰问` /
`金2310万元。`, `会长严` / `国强同志`). Like the broken cells of a name table (table_cells.py), this is the
conversion's noise, not the text: where the document's paragraphs open with an indent, a line with none that follows a
paragraph's line left open (no closing punctuation) continues it and is joined back before anything reads the text.
"""

from __future__ import annotations

import re

_INDENT = re.compile(r"[ \u3000]{2,}\S")  # a paragraph's first line: two spaces or more (　　)
_CLOSED = tuple("。！？!?；;：:…”」』)）】")  # a line that ends a sentence, a label or a bracket leaves nothing open
_COLUMNS = re.compile(r"\S[ \t\u3000]{2,}\S")  # a table's row, columns kept apart by runs of spaces (table_cells.py)
_PAGE_MARK = re.compile(r"[-—–·\s]*[0-9]{1,3}[-—–·\s]*|第\s*[0-9]+\s*页.*|[·•]?[0-9]{1,4}[·•]?")  # — 1 —, ·286·, 第1页 共2页
_CONTINUES = re.compile(r"[\u3400-\u9fff0-9A-Za-z“《（(]")  # what a continued line starts with
_MIN_INDENTED = 3  # paragraphs opened by an indent before the document counts as one that does


def rejoin_wrapped_lines(text: str) -> str:
    """The text with every paragraph's lines that a conversion broke joined back; other text as it was."""
    if text.count("\n\u3000\u3000") + text.count("\n  ") < _MIN_INDENTED:
        return text  # no document of indented paragraphs: most articles
    lines = text.split("\n")
    if sum(1 for line in lines if _INDENT.match(line)) < _MIN_INDENTED:
        return text
    out: list[str] = []
    open_line = False  # the last line kept is a paragraph's line left open at its end
    changed = False
    for line in lines:
        stripped = line.rstrip()
        if (open_line and stripped and not line[0].isspace() and _CONTINUES.match(line)
                and not _COLUMNS.search(stripped) and not _PAGE_MARK.fullmatch(stripped)):
            out[-1] += stripped
            changed = True
        else:
            out.append(line)
            if not stripped or not (_INDENT.match(line) or open_line):
                open_line = False
                continue
        last = out[-1].rstrip()
        open_line = len(last.strip()) >= 12 and not last.endswith(_CLOSED) and not _COLUMNS.search(last.strip())
    return "\n".join(out) if changed else text
