"""JSON and JSON Lines records: one article per object.

A ``.jsonl`` file holds one JSON object per line (blank lines are skipped; a
line that is not a JSON object is a problem for that line, and the other
lines still load). A ``.json`` file holds one object, a list of objects, or an
object that wraps the list under one of ``WRAPPERS`` (``{"articles": [...]}``);
a ``.json`` file that is really JSON Lines is read as such.

Field names (matched ignoring case, ``_``, ``-`` and spaces, so ``pubDate``,
``pub_date`` and ``pub-date`` are one name); the first present wins:

=========== ==============================================================
Article     record fields
=========== ==============================================================
text        text, content, body, article, main_text, full_text, html,
            content_html, article_content, content_text, detail, 正文, 内容
title       title, headline, article_title, news_title, 标题, 题目
date        date, pub_date, publish_date, publish_time, pub_time,
            published, published_at, release_date, release_time,
            issue_date, post_time, time, datetime, date_published,
            发布时间, 发布日期, 日期, 时间; last create_time, created_at,
            ctime (a date string, or a Unix timestamp in seconds or
            milliseconds, read in China time)
url         url, link, href, source_url, 原文链接, 链接, 网址
publisher   publisher, source, source_name, site, site_name, media,
            media_name, author_org, nickname, account_name (a WeChat
            dump's account), 来源, 发布单位, 发布机构 (a string, or an
            object with a ``name``); ``author`` instead where it names a
            body (某市慈善总会) and those name none (a WeChat account's
            short name, 某市慈善)
id          id, article_id (becomes the article id, made safe)
=========== ==============================================================

A text that is a list of strings is one paragraph per string; a text that
still holds HTML tags (``<p>``, ``<br>``...) is read as an HTML fragment.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from ..extract.dates import parse_date
from ..extract.lexicon import ends_in_org_suffix
from ..extract.text import normalize
from .draft import Draft
from .html import fragment_paragraphs

FIELDS: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "content", "body", "article", "main_text", "full_text", "html", "content_html", "article_content",
        "content_text", "detail", "正文", "内容",
    ),
    "title": ("title", "headline", "article_title", "news_title", "标题", "题目"),
    "date": (
        "date", "pub_date", "publish_date", "publish_time", "pub_time", "published", "published_at", "release_date",
        "release_time", "issue_date", "post_time", "time", "datetime", "date_published", "发布时间", "发布日期",
        "日期", "时间",
        # when the record was made: the publication date only when no field above gives one
        "create_time", "created_at", "ctime",
    ),
    "url": ("url", "link", "href", "source_url", "原文链接", "链接", "网址"),
    "publisher": (
        "publisher", "source", "source_name", "site", "site_name", "media", "media_name", "author_org",
        # a WeChat dump's account name
        "nickname", "account_name", "来源", "发布单位", "发布机构",
    ),
    "id": ("id", "article_id"),
}
WRAPPERS = ("articles", "data", "items", "records", "results", "rows", "list", "docs")

_HTML_TAG = re.compile(r"<(?:p|br|div|span|section|img|a|strong|b|font|table|li)\b[^>]{0,500}>", re.IGNORECASE)
_CHINA = dt.timezone(dt.timedelta(hours=8))


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).lower()


_ALIASES = {field: tuple(_key(name) for name in names) for field, names in FIELDS.items()}


class RecordProblem(Exception):
    """A record cannot be an article; the message says why and what to do."""

    def __init__(self, message: str, no_text: bool = False) -> None:
        super().__init__(message)
        self.no_text = no_text


@dataclass
class Record:
    """One object of a JSON file and where it is: the line of a .jsonl file, or its place in a list."""

    data: Any
    line: int | None = None
    index: int | None = None


def _keys(record: dict[str, Any]) -> dict[str, Any]:
    """The record's fields under their matching names; the first of two names that match wins."""
    return {_key(str(k)): v for k, v in reversed(list(record.items()))}


def _lookup(keys: dict[str, Any], field: str) -> Any:
    for alias in _ALIASES[field]:
        value = keys.get(alias)
        if value not in (None, "", [], {}):
            return value
    return None


def _string(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _timestamp(value: float) -> str:
    seconds = value / 1000 if value > 1e11 else value
    try:
        return dt.datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return ""


def read_date(value: Any) -> str:
    """An ISO date from a record's date value, or ""."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return _timestamp(value) if value > 0 else ""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isdigit() and len(stripped) in (10, 13):
            return _timestamp(int(stripped))
        return parse_date(stripped[:200]) or ""
    return ""


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, list):
        parts = [item for item in value if isinstance(item, str)]
        return [line for part in parts for line in part.split("\n")]
    if not isinstance(value, str):
        return []
    if (_HTML_TAG.search(value) and "</" in value) or re.search(r"<br\s*/?>", value, re.IGNORECASE):
        return fragment_paragraphs(value)
    return value.split("\n")


def _names_body(name: str) -> bool:
    """Whether a name ends in an organization's ending (某市慈善总会, 某局): a body's name, not an account's or a person's."""
    return ends_in_org_suffix(normalize(name.strip()))


def _publisher(keys: dict[str, Any]) -> str:
    """The publisher field; the author field where it names a body and the publisher field names none: a WeChat
    dump's account is the body's short name (某市慈善), its author the body that wrote the page (某市慈善总会); an account
    named by the body's name without its place (某某医院 of 某市某区某某医院) gives the name in full too."""
    publisher = _string(_lookup(keys, "publisher"))
    author = _string(keys.get("author")).strip()
    if not author or not _names_body(author):
        return publisher
    account = publisher.strip()
    return author if not _names_body(publisher) or (len(author) > len(account) and author.endswith(account)) else publisher


def record_draft(record: Any) -> tuple[Draft, str]:
    """The Draft of one record and its id field ("" when none); raises RecordProblem."""
    if not isinstance(record, dict):
        kind = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true/false"}.get(
            type(record), "null"
        )
        raise RecordProblem(f"expected a JSON object with the article's fields, found {kind}")
    keys = _keys(record)
    paragraphs = _paragraphs(_lookup(keys, "text"))
    if not any(p.strip() for p in paragraphs):
        names = ", ".join(FIELDS["text"][:4])
        raise RecordProblem(
            f'the record has no article text (no field {names}, ...); add the text as a "text" field', no_text=True
        )
    draft = Draft(paragraphs=paragraphs)
    draft.title = _string(_lookup(keys, "title"))
    draft.url = _string(_lookup(keys, "url")).strip()
    draft.publisher = _publisher(keys)
    raw_date = _lookup(keys, "date")
    if raw_date is not None:
        draft.date = read_date(raw_date)
        if draft.date:
            draft.date_from = "record date field"
        else:
            draft.bad_date = str(raw_date)[:40]
    record_id = _lookup(keys, "id")
    return draft, _string(record_id) if not isinstance(record_id, bool) else ""


def json_lines(text: str) -> tuple[list[Record], list[tuple[int, str]]]:
    """The objects of a JSON Lines text, and (line, problem) for each line that is not JSON."""
    records: list[Record] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append(Record(json.loads(line), line=number))
        except json.JSONDecodeError as exc:
            problems.append((number, f"not valid JSON (column {exc.colno}: {exc.msg}); fix or remove this line"))
        except RecursionError:
            problems.append((number, "JSON nested too deeply to read; fix or remove this line"))
    return records, problems


def json_document(text: str) -> tuple[list[Record], list[tuple[int | None, str]]]:
    """The objects of a .json file: one, a list, or a wrapped list; JSON Lines saved as .json too."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            records, problems = json_lines(text)
            if records and not problems:
                return records, []
        return [], [(exc.lineno, f"not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}); fix the file "
                     "(one record per line belongs in a .jsonl file)")]
    except RecursionError:
        return [], [(None, "JSON nested too deeply to read; fix the file")]
    if isinstance(data, dict) and _lookup(_keys(data), "text") is None:
        for name in WRAPPERS:
            inner = next((v for k, v in data.items() if _key(str(k)) == name), None)
            if isinstance(inner, list):
                data = inner
                break
    if isinstance(data, list):
        if not data:
            return [], [(None, "the file holds an empty list; add article records or remove the file")]
        return [Record(item, index=i) for i, item in enumerate(data, start=1)], []
    return [Record(data)], []
