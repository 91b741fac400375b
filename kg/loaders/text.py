"""Plain-text articles: the seed's layout (title, then a date and source line) or bare text."""

from __future__ import annotations

import re

from ..extract.dates import parse_date
from ..extract.text import normalize

_SOURCE = re.compile(r"(?:来源|來源|稿源|信息来源)\s*[::]\s*(?P<publisher>[^\s|]+)")
_URL = re.compile(r"https?://\S+")
_HEADER_LINES = 6


def parse_text(text: str) -> dict[str, object]:
    """Title, date, publisher, url and where the body starts, read from the first lines."""
    lines = text.split("\n")
    offset = 0
    title = ""
    date = ""
    publisher = ""
    url = ""
    body_start = 0
    seen = 0
    for line in lines:
        stripped = normalize(line).strip()
        line_end = offset + len(line) + 1
        if stripped:
            seen += 1
            header_like = bool(_SOURCE.search(stripped)) or (parse_date(stripped) and len(stripped) <= 60)
            if not title and not header_like and len(stripped) <= 80 and seen <= 3 and not stripped.startswith(("当前位置", "您现在的位置", "首页")):
                title = line.strip()
                body_start = line_end
            elif header_like and seen <= _HEADER_LINES:
                date = date or (parse_date(stripped) or "")
                match = _SOURCE.search(stripped)
                if match:
                    publisher = publisher or line.strip()[match.start("publisher"):match.end("publisher")]
                body_start = line_end
            elif seen > _HEADER_LINES or title:
                if not title or seen > 2:
                    break
        offset = line_end
        if seen > _HEADER_LINES:
            break
    found_url = _URL.search(text[:body_start])
    if found_url:
        url = found_url.group()
    return {"title": title, "date": date, "publisher": publisher, "url": url, "body_start": min(body_start, len(text))}
