"""Markdown articles: front matter and headings read, the markup stripped to plain paragraphs.

- Front matter between ``---`` lines at the top (``key: value`` lines; the
  field names of records.py: title, date, url, publisher/source...) gives
  the fields it names.
- Otherwise the first heading (``# 标题`` or an underlined one) is the title.
- Without either, the text is read as a plain .txt article is (text.py).
- Images and link targets, emphasis, code marks, quote and list markers,
  table rules and HTML tags are dropped; the words stay.
"""

from __future__ import annotations

import re

from .draft import Draft
from .records import read_date
from .text import parse_text

_FRONT_KEYS = {
    "title": "title",
    "标题": "title",
    "date": "date",
    "pubdate": "date",
    "publishdate": "date",
    "published": "date",
    "发布时间": "date",
    "日期": "date",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "原文链接": "url",
    "publisher": "publisher",
    "source": "publisher",
    "site": "publisher",
    "来源": "publisher",
}
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]{1,200}\]:\s+\S+")
_IMAGE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,2000}\)")
_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,2000}\)")
_REF_LINK = re.compile(r"\[([^\]]{1,500})\]\[[^\]]{0,200}\]")
_AUTOLINK = re.compile(r"<(https?://[^>\s]{1,2000})>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`+([^`]*)`+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            fields: dict[str, str] = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                name = _FRONT_KEYS.get(re.sub(r"[\s\-]", "", key).lower().replace("_", "")) or _FRONT_KEYS.get(key.strip().lower())
                if sep and name and value.strip():
                    fields.setdefault(name, value.strip().strip("\"'"))
            return fields, lines[end + 1:]
    return {}, lines


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _TAG.sub("", line)
    return _ESCAPE.sub(r"\1", line)


def plain_lines(lines: list[str]) -> tuple[str, list[str]]:
    """(first heading, plain text lines) of Markdown lines."""
    heading = ""
    out: list[str] = []
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        match = _HEADING.match(line)
        if match:
            text = _inline(match["text"]).strip()
            if text and not heading and not any(o.strip() for o in out):
                heading = text
                continue
            out.append(text)
            continue
        if line.strip() and _SETEXT.match(following) and not _LIST.match(line) and not _TABLE_RULE.match(following):
            if not heading and not any(o.strip() for o in out):
                heading = _inline(line).strip()
                lines[index + 1] = ""
                continue
        if _RULE.match(line) or _TABLE_RULE.match(line) or _LINK_DEFINITION.match(line) or _SETEXT.match(line):
            out.append("")
            continue
        line = _QUOTE.sub("", line)
        line = _LIST.sub("", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline(line))
    return heading, out


def parse_markdown(text: str) -> Draft:
    """The Draft of a Markdown article."""
    fields, lines = _front_matter(text.split("\n"))
    heading, lines = plain_lines(list(lines))
    draft = Draft(
        title=fields.get("title", "") or heading,
        url=fields.get("url", ""),
        publisher=fields.get("publisher", ""),
    )
    if fields.get("date"):
        draft.date = read_date(fields["date"])
        draft.date_from = "front matter" if draft.date else ""
        draft.bad_date = "" if draft.date else fields["date"][:40]
    if draft.title:
        draft.paragraphs = lines
        return draft
    plain = "\n".join(lines)
    header = parse_text(plain)
    draft.title = str(header["title"])
    draft.date = draft.date or str(header["date"])
    draft.date_from = draft.date_from or ("header line" if header["date"] else "")
    draft.publisher = draft.publisher or str(header["publisher"])
    draft.url = draft.url or str(header["url"])
    draft.paragraphs = plain[int(header["body_start"]):].split("\n")
    return draft
