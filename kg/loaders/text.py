"""Plain-text articles: the seed's layout (title, then a date and source line) or bare text.

The seed's layout::

    2024年长三角慈善一体化联席会议在上海闵行召开      <- title: the first line
                                                    <- (blank lines anywhere are fine)
    2024年5月9日17:07 来源:上海市慈善基金会           <- date and source line(s)

      上海慈善网讯  5月8日,2024年...                 <- body

Up to ``_HEADER_LINES`` non-blank lines are read as the header: a breadcrumb
(当前位置...) may come before the title, and the date and the source may
share a line or sit on lines of their own (发布时间:..., 来源:..., 日期:...,
``宁波市慈善总会 发布于 2023-12-08``, or a date then the source body with no label:
``2026-06-12　某市慈善总会``); a line that is a URL (链接: https://...)
is a header line too. Text without that header is read as
all body: a first line that is long, or that holds a 。, is not a title.

This module also holds the line-level helpers the other formats use to
recognise header lines at the top of a body (``header_fields``).
"""

from __future__ import annotations

import re

from ..extract.dates import parse_date
from ..extract.lexicon import ends_in_org_suffix
from ..extract.text import normalize
from .table_cells import rejoin_broken_cells
from .wrapped_lines import MINUTES_LABEL, rejoin_listed_names, rejoin_open_clauses, rejoin_wrapped_lines

# Patterns run on normalize()d text: half-width punctuation, simplified characters.
# 浏览次数/阅读次数/点击数: a counter glued after the source where the page's spans join without a space, labelled
# (阅读次数：734) or with its number alone (阅读 734)
_COUNTER = r"(?:浏览|点击|阅读)(?:次数|数|量)?"
_LABELS_AFTER = rf"作者|编辑|责任编辑|记者|通讯员|摄影|发布时间|发布日期|发表时间|更新时间|时间|日期|{_COUNTER}|字号|字体"
_SOURCE = re.compile(
    rf"(?:信息来源|文章来源|消息来源|来源|來源|稿源|出处)\s*[:]\s*(?P<publisher>[^\s|【\[]+?)"
    rf"(?=$|\s|[|【\[]|(?:{_LABELS_AFTER})\s*[:]|{_COUNTER}\s*[0-9])"
)
_PUBLISHED_BY = re.compile(r"^(?P<publisher>[^\s:|]{2,40})\s+发布于")
_DATE_LABEL = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|发布于)\s*[:]?\s*[0-9〇零一二]")
_META_LABEL = re.compile(rf"^(?:{_LABELS_AFTER})\s*[:]")
_TIME = r"(?:\s*[0-9]{1,2}[:时][0-9]{2}(?:[:分][0-9]{2}秒?)?)?"
_YMD = r"[0-9]{4}\s*(?:年|-|/|\.)\s*[0-9]{1,2}\s*(?:月|-|/|\.)\s*[0-9]{1,2}\s*日?"  # 2026年6月12日, 2026-06-12, 2026/6/12
_PURE_DATE = re.compile(rf"^[\[(【]?\s*(?:{_YMD}|[0-9]{{8}}){_TIME}\s*[\])】]?$")
# 2026-06-12　某市慈善总会: a date, then the source body alone (or before a byline), no 来源 label
_DATED_BODY = re.compile(rf"^(?:{_YMD}){_TIME}\s+(?P<publisher>[^\s:|0-9]{{3,40}})(?:$|\s+(?:{_LABELS_AFTER}|本报记者)(?:\s|:|$))")
_URL = re.compile(r"https?://[^\s\"'<>]+")
_URL_LINE = re.compile(r"^(?:(?:原文)?链接|网址|原文地址|原文|url|URL|Url)?\s*[:]?\s*https?://\S+$")
_NAV = ("当前位置", "您现在的位置", "你现在的位置", "您的位置", "您所在的位置", "你所在的位置", "所在位置", "首页")
_BREADCRUMB = re.compile(r"首页\s*[>›»/]")
_SECTION_PATH = re.compile(r"[^\s。,!?>]{2,15}(?:\s*[>›»]\s*[^\s。,!?>]{2,15})+")  # 善行周报>图说新闻
_HEADER_LINES = 6
_MAX_TITLE = 80
_MAX_HEADER = 100
_SECTION_LABEL = 6  # a column name over a page's title: 通知公告, 工作动态, 慈善要闻

# Control characters other than tab and newline; form feeds and other line separators become newlines.
# and the invisible characters of a WeChat or CMS copy (zero-width space, non-joiner, joiner, word joiner, a byte-order
# mark inside the text, a soft hyphen): they sit inside names and words (王\u200b强, 慈善\u00ad总会) and mean nothing.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


# 會(huì), 發（fā）: pinyin with a tone mark in brackets right after a Han character, left by a
# bad script conversion. Page noise: removed, so names, titles and organizations read as written; a run of them
# (會(huì)(huì)) goes at once.
PINYIN_ARTEFACT = re.compile(
    r"(?<=[\u3400-\u9fff])(?:[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]*\s*[)）])+"
)


def clean_text(text: str, artefacts: bool = True) -> str:
    """Newlines as \\n, no byte-order mark, no control characters but tab and newline, no pinyin artefacts, and
    the cells of a converted name table that broke onto the next line joined back to their rows (table_cells.py), and
    so are a converted document's paragraph lines broken mid-sentence (wrapped_lines.py).

    artefacts=False keeps the pinyin artefacts: a hard-wrapped text is measured with them (the wrap counted them, and
    cut some in two: 發(f / ā)), and they go once its lines are joined (article_from_text)."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    if artefacts:
        text = PINYIN_ARTEFACT.sub("", text)
    text = rejoin_listed_names(rejoin_wrapped_lines(rejoin_broken_cells(text)))
    # a line left open at a comma (the test inline: most texts have none, and a call per paragraph counts)
    return rejoin_open_clauses(text) if "，\n" in text or ",\n" in text or "、\n" in text else text


def header_fields(line: str, strict: bool = True) -> tuple[str, str] | None:
    """(date, publisher) of a header line (either may be empty), or None when the line is not one.

    A header line is short and holds a labelled source (来源:...), a labelled
    date (发布时间:...), ``X 发布于 <date>``, or a date on its own. With
    strict=False any short line with a date and no sentence punctuation counts
    too (what follows a title in the seed's layout).
    """
    normalized = normalize(line)
    stripped = normalized.strip()
    if not stripped or len(stripped) > _MAX_HEADER:
        return None
    source = _SOURCE.search(stripped)
    published_by = _PUBLISHED_BY.search(stripped) or _dated_body(stripped)
    marked = source or published_by or _DATE_LABEL.search(stripped) or _PURE_DATE.match(stripped)
    if not marked and (strict or len(stripped) > 60 or not _mostly_header(stripped)):
        return None
    date = parse_date(stripped) or ""
    if not (source or published_by or date):
        return None
    publisher = ""
    match = source or published_by
    if match:
        offset = len(normalized) - len(normalized.lstrip())
        publisher = line[offset + match.start("publisher"):offset + match.end("publisher")].strip()
    return date, publisher


def _dated_body(stripped: str) -> re.Match[str] | None:
    """The source of a ``<date>　<body>`` line: a name with an organization's ending (某市慈善总会, 某区民政局), so that
    a place (浙江), a weekday (星期日), a byline or a column's name after the date is no publisher."""
    if not stripped[:1].isdigit():
        return None
    found = _DATED_BODY.match(stripped)
    return found if found is not None and ends_in_org_suffix(found.group("publisher")) else None


def _mostly_header(stripped: str) -> bool:
    """A short line with a date that is not a sentence: no 。, no comma-separated clauses."""
    return not re.search(r"[。,，;；!?]", stripped)


def is_meta_line(line: str) -> bool:
    """A byline or counter line that sits between a page's title and its text (作者:..., 浏览次数:...)."""
    stripped = normalize(line).strip()
    return len(stripped) <= _MAX_HEADER and bool(_META_LABEL.match(stripped))


def is_nav_line(line: str) -> bool:
    """A breadcrumb: 当前位置/您所在的位置…, or any short line with 首页 > …."""
    stripped = normalize(line).strip()
    return stripped.startswith(_NAV) or (len(stripped) <= _MAX_HEADER and bool(_BREADCRUMB.search(stripped))) or bool(_SECTION_PATH.fullmatch(stripped))


def is_title_like(line: str) -> bool:
    """Short, and not a sentence of the body."""
    stripped = normalize(line).strip()
    return bool(stripped) and len(stripped) <= _MAX_TITLE and "。" not in stripped and not is_nav_line(stripped)


def _header_follows(lines: list[str], index: int) -> bool:
    """Whether the next non-empty line after lines[index] is a date/source line."""
    for line in lines[index + 1:]:
        if line.strip():
            return header_fields(line, strict=False) is not None
    return False


def parse_text(text: str) -> dict[str, object]:
    """Title, date, publisher, url and where the body starts, read from the first lines."""
    offset = 0
    title = ""
    date = ""
    publisher = ""
    body_start = 0
    seen = 0
    header_seen = False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        line_end = offset + len(line) + 1
        if line.strip():
            seen += 1
            if seen > _HEADER_LINES:
                break
            if date and MINUTES_LABEL.match(normalize(line).strip()):
                break  # the minutes begin: their time line is the body's, not a second date line of the page
            header = header_fields(line, strict=not title)
            if _URL_LINE.match(normalize(line).strip()):
                body_start = line_end
                header_seen = True
            elif header is not None:
                date = date or header[0]
                publisher = publisher or header[1]
                body_start = line_end
                header_seen = True
            elif not title and not header_seen and seen <= 3 and is_title_like(line):
                title = line.strip()
                body_start = line_end
            elif title and not header_seen and seen <= 3 and is_title_like(line) and _header_follows(lines, index):
                # a second short line before the date line: a subtitle under the title, or the title
                # itself under a bare section label (通知公告) taken for the title
                if len(title) <= _SECTION_LABEL and len(line.strip()) > len(title):
                    title = line.strip()
                body_start = line_end
            elif is_nav_line(line) or is_meta_line(line):
                # a breadcrumb or a byline/counter line may sit before or after the title
                body_start = line_end if title else body_start
            else:
                break
        offset = line_end
    found_url = _URL.search(text[:body_start])
    url = found_url.group() if found_url else ""
    return {"title": title, "date": date, "publisher": publisher, "url": url, "body_start": min(body_start, len(text))}
