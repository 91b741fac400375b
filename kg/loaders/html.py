"""Saved web pages: the title, date, source and text of the article; navigation and footers dropped.

Where each field comes from, first found wins:

- text: a known article container of the common Chinese site systems
  (``CONTENT_SELECTORS``: WeChat's ``#js_content``, TRS's ``#zoom`` and
  ``.TRS_Editor``, WebPlus and VSB university sites, ...); else trafilatura's
  main-text extraction, paragraph by paragraph (widened to the container of an
  e-paper's items where it took only some of them); else the element holding the
  most paragraph text (lxml). A result counts only if it looks like an
  article (``looks_like_article``): a page of links and short lines has none.
- title: ``<meta name="ArticleTitle">``, WeChat's ``#activity-name``,
  trafilatura's title, ``og:title``, the first ``<h1>``, ``<title>`` with
  the site name cut off (``标题_栏目_站名``, ``标题 - 站名``).
- date: a publication-date ``<meta>`` (``PubDate``, ``publishdate``,
  ``article:published_time``, ... ``DATE_META``) or JSON-LD ``datePublished``;
  a header line near the title (``发布时间:``, ``日期:``, ``2023-04-18 来源:...``);
  an e-paper's edition line (``2026年05月12日　星期二`` on a page that names its ``第A05版``);
  an HTML5 ``<time datetime>`` (not in an ``<aside>``, ``<nav>`` or
  ``<footer>``); WeChat's ``var ct`` timestamp; then (see draft.py) the URL
  and the file name; trafilatura's (htmldate's) guess last.
- publisher: a ``来源:`` line near the title, ``<meta name="ContentSource">``
  and the like, WeChat's account name, ``SiteName``/``og:site_name``.
- tables: a row of short cells (a 名单) is one line, cells apart; rows that
  trafilatura drops as layout come back when they hold sentences.
- URL: the ``<!-- saved from url=(...)... -->`` comment browsers write,
  ``<link rel="canonical">``, ``og:url``, ``<base href>``.
"""

from __future__ import annotations

import contextlib
import functools
import datetime as dt
import logging
import re
from collections.abc import Iterator
from itertools import takewhile

import lxml.html
from lxml import etree

from ..errors import MissingDependency
from ..extract.bylines import find_bylines
from ..extract.dates import parse_date
from ..extract.lexicon import lexicons
from ..extract.mentions import opens_with_surname
from ..extract.text import normalize, related_action
from .draft import Draft, one_line
from .text import header_fields

CONTENT_SELECTORS = (
    '//*[@id="js_content"]',
    '//*[@id="zoom" or @id="Zoom" or @id="fontzoom" or @id="UCAP-CONTENT" or @id="vsb_content" or @id="artibody"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " TRS_Editor ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " rich_media_content ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " wp_articlecontent ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " v_news_content ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " pages_content ")]',
    '//*[@id="article-content" or @id="article_content" or @id="news_content" or @id="newsContent"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " article-content ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " article_content ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " news_content ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " news-content ")]',
    # a document page (讲话稿, 纪要) whose text sits in a <pre> block as typed: its lines and columns as written
    "//pre",
)

TITLE_META = ("articletitle", "og:title", "twitter:title", "dc.title")
DATE_META = (
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "firstpublishedtime",
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "og:release_date",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "weibo:article:create_at",
    "releasedate",
    "date",
)
SOURCE_META = ("contentsource", "source", "publisher", "dc.publisher", "og:article:author")
SITE_META = ("sitename", "og:site_name", "application-name")
GENERIC_SITES = {"微信公众平台", "weixin", "wechat"}

_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "select", "button", "textarea", "title"}
_CHROME = {"nav", "header", "footer", "aside", "form", "menu"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    # trafilatura's output elements
    "head", "item", "list", "row", "cell", "quote", "lb", "code", "doc", "main",
}
_ROWS = {"tr", "row"}
_CELLS = {"td", "th", "cell"}
_MAX_CELL = 40  # a cell longer than this holds text, not a name, a post or a unit
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["'](?P<charset>[A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(?P<date>[^"]{6,40})"')
# var ct = "1716170400", oriCreateTime = '1716170400', publish_time: "2024-05-20" (script variables and object fields)
_WECHAT_TIME = re.compile(
    r"""(?<![A-Za-z0-9_])(?:ct|publish_time|createTime|create_time|oriCreateTime|ori_create_time)\s*[=:]\s*"""
    r"""["'](?P<value>[0-9]{10}|[0-9][0-9:\- ]{7,20})["']"""
)
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|—|－|--|\s-\s)\s*")
_LABELLED = re.compile(r"(?:发布时间|发布日期|发表时间|发布於|发布于|来源|來源|日期|时间|時間)\s*[:：]")
_SITE_SEPARATOR = re.compile(r"\s*(?:[-_|｜—－–·]|--)\s*")
# an e-paper's edition line: the day with its weekday (2026年05月12日　星期二), on a page naming its 版 (第A05版)
_EDITION_DAY = re.compile(r"(?P<day>\d{4}年\d{1,2}月\d{1,2}日)\s*(?:星期|周)[一二三四五六日天]")
_PRINTED_PAGE = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版")
_HOSTNAME = re.compile(r"^[A-Za-z0-9\-.]+\.[A-Za-z]{2,}$")
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
_PADDED_NAME = re.compile(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}")  # 王某, 王 某, 欧阳某某: a name cell
_MIN_PARAGRAPH = 15
_MIN_LONG_PARAGRAPH = 50
_CHINA = dt.timezone(dt.timedelta(hours=8))


class NoArticle(Exception):
    """The page holds no article text."""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML file declares in its first bytes (<meta charset>, <?xml encoding?>), if any."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    return match["charset"].decode("ascii", "replace") if match else None


def looks_like_html(text: str) -> bool:
    """Text that is an HTML page rather than an article (a .txt saved as page source)."""
    start = text.lstrip()[:200].lower()
    return start.startswith(("<!doctype html", "<html", "<?xml")) and "<body" in text[:200000].lower()


def looks_like_article(paragraphs: list[str]) -> bool:
    """At least one sentence-like paragraph: a page of links and short lines is no article."""
    for paragraph in paragraphs:
        size = len("".join(paragraph.split()))
        if size >= _MIN_LONG_PARAGRAPH or (size >= _MIN_PARAGRAPH and _SENTENCE_MARK.search(paragraph)):
            return True
    return False


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def block_lines(root: etree._Element, skip_chrome: bool = False, split_newlines: bool = False) -> list[str]:
    """The text of an element as paragraphs: a new line at every block element and <br>.

    In a page, a newline is white space; in trafilatura's output (split_newlines)
    it is a line break. Iterative, so deeply nested pages cannot exhaust the stack.
    """
    lines: list[str] = []
    current: list[str] = []
    in_pre = 0  # open <pre> elements: their white space is text as the reader sees it

    def flush() -> None:
        joined = "".join(current)
        for part in _PRE_BREAK.split(joined) if not split_newlines else _PRE_BREAK.sub("\n", joined).split("\n"):
            line = rendered_line(part)
            if line:
                lines.append(line)
        current.clear()

    def add(text: str) -> None:
        current.append(text.translate(_PRE_SPACE) if in_pre else text)

    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = _tag(element)
        if closing:
            if tag in _BLOCKS:
                flush()
            in_pre -= tag in _PRE
            if element.tail and element is not root:
                add(element.tail)
            continue
        if not tag or tag in _SKIP or (skip_chrome and tag in _CHROME):
            # comments, processing instructions and skipped elements keep only their tail
            if element.tail and element is not root:
                add(element.tail)
            continue
        if tag in _BLOCKS:
            flush()
        if tag in _ROWS:
            row = _short_row(element, split_newlines)
            if row:
                lines.append(row)
                if element.tail and element is not root:
                    add(element.tail)
                continue
        in_pre += tag in _PRE
        if element.text:
            add(element.text)
        stack.append((element, True))
        for child in reversed(element):
            stack.append((child, False))
    flush()
    return lines


# Inside <pre> a newline is a line break and every space shows (a name list keeps its columns apart with them):
# while the element's text is gathered they stand as private-use marks, which the white space that collapses
# in running HTML leaves alone.
_PRE = {"pre"}
_PRE_BREAK = re.compile("\ue002")
_PRE_SPACE = str.maketrans({"\n": "\ue002", " ": "\ue000", "\xa0": "\ue000", "\t": "\ue001", "\u3000": "\ue003"})
_PRE_RESTORE = str.maketrans({"\ue000": " ", "\ue001": "\t", "\ue003": "\u3000"})


def rendered_line(text: str) -> str:
    """A line as a browser shows it: white space one space, but a <pre> block's spaces and tabs as written."""
    return one_line(text).translate(_PRE_RESTORE).strip()


def _duties_row(texts: list[str]) -> bool:
    """A leadership row with a duties column (甲 | 副会长 | 协助会长负责日常工作。): three cells or more, none empty, a
    person's name first and the one long cell last."""
    return len(texts) >= 3 and all(texts) and _long_cell(texts[-1]) and _person_name(texts[0])


def _short_row(row: etree._Element, split_newlines: bool) -> str:
    """A table row of short cells (a 名单 row: 副会长 | 李某某 | 某市民政局原局长) as one line, cells apart.

    Each cell on a line of its own would part a post from its holder; glued
    together the names would run into each other. A row with a long or
    sentence-like cell, or a nested table, is layout: its cells stay blocks.
    """
    cells = [cell for cell in row if _tag(cell) in _CELLS]
    if len(cells) < 2 or any(_tag(e) in _ROWS for cell in cells for e in cell.iterdescendants()):
        return ""
    texts: list[str] = []
    long_cells = broken_cells = 0
    named = False  # a cell that is a person's name: a row of a name list
    for cell in cells:
        parts = block_lines(cell, split_newlines=split_newlines)
        broken_cells += len(parts) > 1
        long_cells += any(map(_long_cell, parts))
        # (a name cell unbroken but for a note in brackets under the name: 甲<br>（女）)
        named = named or bool(parts) and _person_name(parts[0]) and all(p[:1] in "(（" and p[-1:] in ")）" for p in parts[1:])
        texts.append(_letter_spaced_closed("".join(parts)))
    if long_cells:
        # 甲 | 副会长<br>（某市政协原副主席） | 协助会长负责日常工作。: a leadership row with a duties column, a person's name
        # first, keeps its row as a bar row (tables.py), a cell's lines one; other rows with a sentence in a cell are layout
        return " | ".join(texts) if long_cells == 1 and _duties_row(texts) else ""
    # 甲 | 副会长 | 某市政协<br>原副主席: a name list's row whose unit cell the page broke over two lines is one row, each
    # cell's lines one; a row of short cells broken so with no name in it is layout
    return "" if broken_cells and not named else " ".join(text for text in texts if text)


_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,5}")


def _letter_spaced_closed(cell: str) -> str:
    """钱 立 德, 工 作 单 位, 会 长: a cell of single characters spaced to its column's width, closed up (its spaces are
    no gaps between cells once the row is one line); any other cell as it is."""
    return cell.replace(" ", "") if _LETTER_SPACED.fullmatch(cell) else cell


def _long_cell(text: str) -> bool:
    """A cell's text too long or sentence-like for a name, a post or a unit."""
    return len(text) > _MAX_CELL or _SENTENCE_MARK.search(text) is not None


def _person_name(cell: str) -> bool:
    """王某, 王　某, 欧阳某某: a cell that is a person's name (two to four characters, a surname first)."""
    if _PADDED_NAME.fullmatch(cell) is None:
        return False
    return opens_with_surname("".join(cell.split()))  # the padding may be a full-width space (王　某)


def drop_page_noise(paragraphs: list[str]) -> list[str]:
    """Lines the noise lexicon (data/lexicons/noise.tsv) names as page chrome: dropped, or the end of the text.

    An end marker (版权所有, 上一篇...) counts only once the article has begun. A credit line the lexicon drops
    (编辑：甲, 【责任编辑：乙】) stays in the text: the extractor reads its names as bylines (docs/FACTS.md) and,
    by the same lexicon, never as a sentence.
    """
    lex = lexicons()
    kept: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        normalized = normalize(paragraph).strip()
        action = lex.noise_action(normalized)
        if action == "related":
            action = related_action(normalize(line) for line in paragraphs[number + 1:])  # lazily: up to the first line with text
        if action == "stop" and looks_like_article(kept):
            break
        if action == "drop" and _is_credit(normalized):
            kept.append(paragraph)
            continue
        if action in ("drop", "stop"):
            continue
        kept.append(paragraph)
    return kept


def _credits_after(page_lines: list[str], paragraphs: list[str]) -> list[str]:
    """<div class="editor">【责任编辑：甲】</div> under the text: the credit lines of the few lines after the article's
    last paragraph on the page, which the text's element or trafilatura left out."""
    last = next((i for i in range(len(page_lines) - 1, -1, -1) if page_lines[i] == paragraphs[-1]), None)
    if last is None:
        return []
    return [line for line in page_lines[last + 1:last + 6] if _is_credit(normalize(line).strip()) and line not in paragraphs]


def _is_credit(normalized: str) -> bool:
    """A line that credits a person: it opens with a byline label, or the byline rules read a name in it
    ((融媒记者　甲　通讯员　乙), (某会办公室　丙　文/图), 文/图：某会　丁)."""
    return _credit_line().match(normalized) is not None or bool(find_bylines(normalized))


@functools.lru_cache(maxsize=1)
def _credit_line() -> re.Pattern[str]:
    """编辑：甲, 【责任编辑：乙】, 审核｜丙, （文/丁 图/戊）: a line that opens with a byline label (byline_labels.txt)."""
    labels = sorted(lexicons().byline_labels, key=len, reverse=True)
    # (文/甲 图/乙): a label that ends in a slash needs no colon
    return re.compile(r"[【\[(（]?\s*(?:" + "|".join(map(re.escape, labels)) + r")(?:\s*[:：|｜丨]|(?<=/))\s*[\u4e00-\u9fff]")


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (the text field of a scraped record that kept its tags)."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return [line for line in fragment.split("\n") if line.strip()]
    return block_lines(root)


def _parse(text: str) -> etree._Element:
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise NoArticle
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise NoArticle from exc
    return root


def _meta(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("name", "property", "itemprop", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, content.strip())
    return found


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str:
    return next((meta[name] for name in names if meta.get(name)), "")


def _xpath_text(root: etree._Element, path: str) -> str:
    for element in root.xpath(path):
        text = one_line(element.text_content())
        if text:
            return text
    return ""


def _title_parts(page_title: str) -> list[str]:
    """标题_栏目_站名 -> its non-empty parts, split at the separators a <title> uses."""
    return [p for p in _TITLE_SEPARATORS.split(page_title) if p.strip()]


def _clean_page_title(title: str) -> str:
    """标题_栏目_站名 -> 标题: the first part long enough to be a title."""
    parts = _title_parts(title)
    if len(parts) < 2:
        return title
    return next((p for p in parts if len(p) >= 6), max(parts, key=len))


@contextlib.contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """trafilatura logs every page it discards; the loader reports those itself."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


_TRAFILATURA_CONFIG = None


def _trafilatura(text: str, url: str):
    """trafilatura's Document for the page, or None; tuned for Chinese pages (short in characters)."""
    global _TRAFILATURA_CONFIG
    try:
        import trafilatura
        from trafilatura.settings import use_config
    except ImportError as exc:  # e.g. lxml 6 without lxml_html_clean: no page could be read
        raise MissingDependency("trafilatura", exc) from exc

    if _TRAFILATURA_CONFIG is None:
        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
        config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
        config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
        _TRAFILATURA_CONFIG = config
    with _quiet("trafilatura", "htmldate", "courlan"):
        try:
            return trafilatura.bare_extraction(
                text,
                url=url or None,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                config=_TRAFILATURA_CONFIG,
            )
        except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError):
            return None


def _restore_table_rows(root: etree._Element, paragraphs: list[str]) -> list[str]:
    """trafilatura's text with the sentences of its tables that it dropped put back, in the table's order.

    trafilatura drops a table row it takes for layout (one whose cells do not
    match the first row's, say), and old CMS pages lay the article out in
    tables: a lost row is a lost paragraph. For each innermost table of the
    page that gave trafilatura's text, sentence-like lines of the table that
    are not link text come back; tables that mix with other text are left alone.
    """
    for table in root.iter("table"):
        if next(table.iterdescendants("table"), None) is not None:
            continue
        lines = block_lines(table, skip_chrome=True)
        in_table = set(lines)
        found = [i for i, paragraph in enumerate(paragraphs) if paragraph in in_table]
        if not found or any(p not in in_table for p in paragraphs[found[0]:found[-1] + 1]):
            continue
        have = set(paragraphs)
        links = {one_line(a.text_content()) for a in table.iter("a")}
        restored = [
            line for line in lines
            if line in have or (line not in links and looks_like_article([line]))
        ]
        if all(line in have for line in restored):
            continue
        kept = set(restored)
        paragraphs = (
            paragraphs[:found[0]] + restored + [p for p in paragraphs[found[-1] + 1:] if p not in kept]
        )
    return paragraphs


_LIST_LEAD = re.compile(r"(?:名单|如下)\s*[:：]?$")  # 附：某会领导成员名单, …名单如下：: a line that heads the list under it


def _lists_under_their_heading(root: etree._Element, paragraphs: list[str]) -> list[str]:
    """trafilatura's text with a name list's table right after the line that heads it.

    附：某会第六届理事会领导成员名单 or …领导班子名单如下：, then a table of the list (姓名 | 单位 | 职务 rows): trafilatura
    may drop the table or put its rows at the end of the page's text, after a 相关链接 line that ends the article. The
    rows of the innermost table right after a kept paragraph that ends so come back right after it, one line a row."""
    for table in root.iter("table"):
        if next(table.iterdescendants("table"), None) is not None:
            continue
        lead = table.getprevious()
        while lead is not None and (not isinstance(lead.tag, str) or not one_line(lead.text_content())):
            lead = lead.getprevious()  # comments and processing instructions have no text content to head a list
        heading = one_line(lead.text_content()) if lead is not None else ""
        if not _LIST_LEAD.search(heading) or heading not in paragraphs:
            continue
        lines = block_lines(table, skip_chrome=True)
        at = paragraphs.index(heading) + 1
        if len(lines) < 2 or paragraphs[at:at + len(lines)] == lines:
            continue
        rows = set(lines)
        kept = [p for p in paragraphs if p not in rows]
        at = kept.index(heading) + 1
        paragraphs = kept[:at] + lines + kept[at:]
    return paragraphs


def _printed_page_items(body: etree._Element, paragraphs: list[str]) -> list[str]:
    """An e-paper page's items (several ``<div class="item">`` of one printed page, each with its own 本报讯) where the
    main-text pick kept only some of them: the whole of the element that holds the items, if that says more."""
    picked = {"".join(paragraph.split()) for paragraph in paragraphs}
    for element in body.iter():
        items: dict[tuple[str, str], list[etree._Element]] = {}
        for child in element:
            if isinstance(child.tag, str) and (kind := child.get("class")):
                items.setdefault((child.tag, kind), []).append(child)
        for group in items.values():
            if len(group) < 2:
                continue
            texts = list(takewhile(looks_like_article, map(block_lines, group)))  # read no child after one that is no article
            if len(texts) == len(group) and any("".join(line.split()) in picked for text in texts for line in text):
                whole = drop_page_noise(block_lines(element, skip_chrome=True))
                return whole if sum(map(len, whole)) > sum(map(len, paragraphs)) else paragraphs
    return paragraphs


def _edition_date(lines: list[str]) -> str:
    """The day of an e-paper page's edition line (2026年05月12日　星期二 in its header), where the page names its 版:
    a saved 数字报 page often has no date meta, and its header, not an item's day, dates the edition."""
    if not any(_PRINTED_PAGE.search(line) for line in lines if len(line) <= 100):
        return ""
    day = next((match["day"] for line in lines if len(line) <= 100 for match in [_EDITION_DAY.search(line)] if match), "")
    return (parse_date(day) or "") if day else ""


def _densest(body: etree._Element) -> list[str]:
    """The paragraphs of the element that holds the most paragraph text outside links."""
    scores: dict[etree._Element, float] = {}
    for element in body.iter("p", "br", "span", "font"):
        parent = element.getparent()
        if parent is None:
            continue
        if _tag(element) == "br":
            size = len((element.tail or "").strip())
        else:
            size = len("".join(t for t in element.xpath("text()|.//*[not(self::a)]/text()") if isinstance(t, str)).strip())
        if size < 5:
            continue
        scores[parent] = scores.get(parent, 0) + size
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + size / 2
    if not scores:
        return []
    best = max(scores, key=lambda e: scores[e])
    return block_lines(best, skip_chrome=True)


def _placed(publisher: str, site: str) -> str:
    """来源:市民政局 on the site 某某市民政局 -> the site's name: a body's own page writes its source by
    level alone (市…, 省…, 区…, 县…) and only its site name says which city that is."""
    if publisher[:1] in "省市区县" and len(site) > len(publisher) and site.endswith(publisher):
        return site
    return publisher


def _header_near_title(lines: list[str], title: str) -> tuple[str, str]:
    """The date and source of the header lines just after the title line in the page text."""
    date = publisher = ""
    compact = "".join(title.split())
    start = next((i for i, line in enumerate(lines) if compact and compact in "".join(line.split())), None)
    window = lines[start + 1:start + 7] if start is not None else []
    labelled = [line for line in lines if len(line) <= 100 and _LABELLED.search(line)]
    for line in window + labelled[:3]:
        header = header_fields(line)
        if header is None:
            continue
        date = date or header[0]
        publisher = publisher or header[1]
        if date and publisher:
            break
    return date, publisher


_HEADER_READ = 8  # the first lines of a text, where trim_head reads header lines (the title and up to six after it)


def _header_credits(lines: list[str], title: str, paragraphs: list[str]) -> list[str]:
    """<div class="info">来源：某会　　作者：甲　　浏览次数：…</div> under the title: the credit field of a header line
    (作者：甲, 文/图：本网记者 乙), which the text's element leaves out, as a credit line of its own."""
    compact = "".join(title.split())
    start = next((i for i, line in enumerate(lines) if compact and compact in "".join(line.split())), None)
    credits = []
    for line in lines[start + 1:start + 7] if start is not None else ():
        normalized = normalize(line)
        if len(normalized) > 200 or header_fields(line) is None or line in paragraphs[_HEADER_READ:]:
            continue  # (a header line at the text's top is read as the header and dropped: its credit is kept here)
        names = find_bylines(normalized)
        if names:
            field = max((label.start() for label in _credit_line().finditer(normalized, 0, names[0][0] + 1)), default=0)
            credits.append(line[field:names[-1][1]].strip())
    return credits


def _without_site(title: str, page_lines: list[str]) -> str:
    """标题-站名 -> 标题 when the page shows 标题 as a line of its own and not the whole title.

    A <title> joins the site name with any separator, even a bare hyphen that
    titles also use (2024-2025年度...): a cut counts only where the page confirms it.
    """
    lines = {"".join(line.split()) for line in page_lines if len(line) <= 2 * len(title)}
    if "".join(title.split()) in lines:
        return title
    for match in reversed(list(_SITE_SEPARATOR.finditer(title))):
        head = title[:match.start()].strip()
        if len(head) >= 6 and "".join(head.split()) in lines:
            return head
    return title


def _site_names(meta: dict[str, str], page_title: str) -> set[str]:
    """The names the page gives its site: SiteName-like metas and the last part of a split <title>."""
    names = {one_line(meta[name]) for name in SITE_META if meta.get(name)}
    parts = _title_parts(page_title)
    if len(parts) >= 2:
        names.add(one_line(parts[-1]))
    return names


def _site_in_title(page_title: str, title: str) -> str:
    """The site name a page title ends with (标题 - 站名, 标题_栏目_站名), when it is not the title itself."""
    parts = _title_parts(page_title)
    if len(parts) < 2:
        return ""
    last = one_line(parts[-1])
    return last if last and len(last) <= 30 and last != title else ""


def _time_element_date(root: etree._Element) -> str:
    """The day of an HTML5 page's first ``<time datetime>`` outside its sidebars, navigation and footer (the
    article's own date line): before a date read from an image's /uploads/2026/12/ path."""
    for element in root.xpath("//time[@datetime][not(ancestor::aside or ancestor::nav or ancestor::footer)]"):
        return parse_date(element.get("datetime", "")[:40]) or ""
    return ""


def _wechat_date(root: etree._Element, text: str, url: str) -> str:
    """A WeChat article's publication time: the ``var ct = "<unix time>"`` of its script, in China time."""
    if "mp.weixin.qq.com" not in url and not root.xpath('//*[@id="js_content" or @id="activity-name"]'):
        return ""
    match = _WECHAT_TIME.search(text)
    if not match:
        return ""
    value = match["value"]
    if value.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(value), _CHINA).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    return parse_date(value) or ""


def parse_html(text: str, url: str = "") -> Draft:
    """The article of a page as a Draft; raises NoArticle when the page holds none."""
    root = _parse(text)
    body = root.find("body")
    if body is None:
        body = root
    meta = _meta(root)
    saved_from = _SAVED_FROM.search(text[:2000])
    canonical = next((link.get("href", "") for link in root.iter("link") if (link.get("rel") or "").lower() == "canonical"), "")
    base = next((b.get("href", "") for b in root.iter("base") if b.get("href")), "")
    url = url or (saved_from["url"] if saved_from else "") or canonical or meta.get("og:url", "") or base
    url = url if url.startswith(("http://", "https://")) else ""

    paragraphs: list[str] = []
    for selector in CONTENT_SELECTORS:
        for element in root.xpath(selector):
            candidate = drop_page_noise(block_lines(element))
            if looks_like_article(candidate):
                paragraphs = candidate
                break
        if paragraphs:
            break
    doc = _trafilatura(text, url)
    if not paragraphs and doc is not None and doc.body is not None:
        candidate = drop_page_noise(_lists_under_their_heading(root, _restore_table_rows(root, block_lines(doc.body, split_newlines=True))))
        if looks_like_article(candidate):
            paragraphs = _printed_page_items(body, candidate)
    if not paragraphs:
        candidate = drop_page_noise(_densest(body))
        if looks_like_article(candidate):
            paragraphs = candidate
    if not paragraphs:
        raise NoArticle
    paragraphs += _credits_after(block_lines(body), paragraphs)

    page_title = _xpath_text(root, "//head/title") or _xpath_text(root, "//title")
    title = (
        meta.get("articletitle")
        or _xpath_text(root, '//*[@id="activity-name"]')
        or (doc.title if doc is not None and doc.title else "")
        or _first(meta, TITLE_META)
        or _xpath_text(root, "//h1")
        or _clean_page_title(page_title)
    )
    page_lines = block_lines(body, skip_chrome=False)
    title = _without_site(one_line(title), page_lines)
    if title and title in _site_names(meta, page_title):
        # the site's logo in an <h1> taken for the title: the page title without the site name
        title = _without_site(one_line(_clean_page_title(page_title)), page_lines)
    near_date, near_publisher = _header_near_title(page_lines, title)
    paragraphs += _header_credits(page_lines, title, paragraphs)

    draft = Draft(paragraphs=paragraphs, title=title, url=url)
    meta_date = next((parse_date(meta[name]) for name in DATE_META if meta.get(name) and parse_date(meta[name])), None)
    json_ld = _JSON_LD_DATE.search(text)
    for find, origin in (  # each read only where the ones before it found no date
        (lambda: meta_date, "page meta"),
        (lambda: parse_date(json_ld["date"]) if json_ld else None, "JSON-LD"),
        (lambda: near_date, "header line"),
        (lambda: _edition_date(page_lines), "edition line"),
        (lambda: _time_element_date(root), "<time> element"),
        (lambda: _wechat_date(root, text, url), "WeChat timestamp"),
    ):
        if value := find():
            draft.date, draft.date_from = value, origin
            break
    site = _first(meta, SITE_META) or _site_in_title(page_title, title)
    if not site and doc is not None and doc.sitename and not _HOSTNAME.match(doc.sitename):
        site = doc.sitename
    if site.strip().lower() in GENERIC_SITES:
        site = ""
    draft.publisher = _placed(one_line(
        near_publisher or _first(meta, SOURCE_META) or _xpath_text(root, '//*[@id="js_name"]') or site
    ), one_line(site))
    draft.fallback_date = (parse_date(doc.date) or "") if doc is not None and doc.date else ""
    return draft
