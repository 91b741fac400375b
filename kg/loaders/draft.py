"""From the fields a format gives to one Article in the layout extraction expects.

Every format but .txt (whose text is kept as the file has it) fills a Draft:
a title, a date, a publisher, a URL and the body paragraphs. ``finish``
tidies the top of the body and lays the Article text out as the seed's
layout does::

    <title>
    <date> 来源:<publisher>         <- only what is known; no line when neither is

    <paragraph 1>

    <paragraph 2>

``body_start`` points at the first paragraph. Where the date comes from, in
order: the format's own field (record ``date``, page meta, ...), a header line
at the top of the body (发布时间:..., 来源:...), a date in the URL
(/2023/0418/, /2023-04/18/, t20230418_, 20230418), a date in the file name,
and last a format's weak guess (htmldate's, for pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.dates import BRACKETED_DAY_LINE, parse_date
from ..extract.text import normalize
from ..model import Article
from .text import clean_text, header_fields, is_meta_line, is_nav_line, is_title_like
from .wrapped_lines import unwrap_lines

_URL_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-/_.]?(?P<m>0[1-9]|1[0-2])[-/_.]?(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_SPACES = re.compile(r"\s+")
_ID_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass
class Draft:
    """What a format found; ``finish`` turns it into an Article."""

    paragraphs: list[str] = field(default_factory=list)
    title: str = ""
    date: str = ""
    publisher: str = ""
    url: str = ""
    date_from: str = ""
    bad_date: str = ""
    fallback_date: str = ""


def one_line(text: str) -> str:
    """Whitespace runs (newlines too) as one space, ends stripped."""
    return _SPACES.sub(" ", text).strip()


def date_in_url(url: str) -> str:
    """The first calendar date in a URL or file name (/2023/0418/, t20230418_, 2023-04-18), or ""."""
    for match in _URL_DATE.finditer(url):
        value = parse_date(f"{match['y']}-{match['m']}-{match['d']}")
        if value:
            return value
    return ""


def safe_id(value: str) -> str:
    """An article id from a file stem or a record id: letters, digits, _ . - only."""
    cleaned = _ID_UNSAFE.sub("-", str(value)).strip("-.")
    return cleaned[:120] or "article"


def _same(a: str, b: str) -> bool:
    return bool(a) and "".join(normalize(a).split()) == "".join(normalize(b).split())


def trim_head(draft: Draft) -> None:
    """Drop what repeats the title and the page chrome before it; read header lines at the top of the body."""
    paragraphs = [line.strip() for p in draft.paragraphs for line in clean_text(p).split("\n")]
    paragraphs = [p for p in unwrap_lines(paragraphs) if p]
    if draft.title:
        for index, paragraph in enumerate(paragraphs[:6]):
            if _same(paragraph, draft.title):
                paragraphs = paragraphs[index + 1:]
                break
    elif len(paragraphs) >= 2 and is_title_like(paragraphs[0]) and header_fields(paragraphs[1]) is not None:
        draft.title = paragraphs.pop(0)
    dropped = 0
    while paragraphs and dropped < 6:
        header = header_fields(paragraphs[0])
        if header is not None and draft.date and BRACKETED_DAY_LINE.fullmatch(paragraphs[0]):
            break  # （2026年3月27日） under a speech's or a script's title: the day it was given, body text
        if header is not None:
            if header[0] and not draft.date:
                draft.date, draft.date_from = header[0], "header line"
            draft.publisher = draft.publisher or header[1]
        elif not (is_meta_line(paragraphs[0]) or is_nav_line(paragraphs[0])):
            break
        paragraphs.pop(0)
        dropped += 1
    draft.paragraphs = paragraphs


def fill_date(draft: Draft, file_name: str) -> None:
    """The date from the URL, then the file name, then a format's weak guess, when nothing better gave one."""
    if not draft.date and draft.url:
        draft.date = date_in_url(draft.url)
        draft.date_from = "URL" if draft.date else ""
    if not draft.date and file_name:
        draft.date = date_in_url(file_name)
        draft.date_from = "file name" if draft.date else ""
    if not draft.date and draft.fallback_date:
        draft.date, draft.date_from = draft.fallback_date, "htmldate's guess"


def compose(draft: Draft, article_id: str, source_file: str) -> Article:
    """The Article: title line, date and source line, blank line, paragraphs."""
    title = one_line(clean_text(draft.title))
    publisher = one_line(clean_text(draft.publisher))
    head_lines = [title] if title else []
    header = " ".join(part for part in (draft.date, f"来源:{publisher}" if publisher else "") if part)
    if header:
        head_lines.append(header)
    head = "\n".join(head_lines)
    body = "\n\n".join(draft.paragraphs)
    text = f"{head}\n\n{body}" if head else body
    return Article(
        article_id=article_id,
        text=text,
        title=title,
        date=draft.date,
        publisher=publisher,
        url=one_line(clean_text(draft.url)),
        source_file=source_file,
        body_start=len(head) + 2 if head else 0,
    )
