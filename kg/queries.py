"""The query library: queries/*.rq, each opening with its research question in Chinese and English.

A library query is a plain SPARQL file that declares its prefixes, so it runs
unchanged in `charity-kg query NAME`, on the endpoint of `charity-kg serve`, or
in any other SPARQL store the graph was published to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError
from .paths import QUERY_DIR
from .store import query_text


_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)+")


@dataclass(frozen=True)
class LibraryQuery:
    """One .rq file of the library."""

    name: str
    question_zh: str
    question_en: str
    text: str


def _question(text: str, marker: str) -> str:
    for line in text.splitlines():
        if line.startswith(f"# {marker}"):
            return line.split(":", 1)[1].strip() if ":" in line else line.split("：", 1)[-1].strip()
    return ""


def library(folder: Path = QUERY_DIR) -> dict[str, LibraryQuery]:
    """Every query of the library by name (the file name without .rq), sorted."""
    queries = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        queries[path.stem] = LibraryQuery(path.stem, _question(text, "问题"), _question(text, "Question"), text)
    return queries


def library_listing() -> str:
    """The library as `query --list` prints it: name, then the question in both languages."""
    lines = []
    for query in library().values():
        lines += [query.name, f"    {query.question_zh}", f"    {query.question_en}"]
    return "\n".join(lines)


def resolve_query(argument: str) -> str:
    """The SPARQL text of a library name, a .rq file, or the argument itself."""
    queries = library()
    if argument in queries:
        return queries[argument].text
    if _NAME.fullmatch(argument):
        raise QueryError(f"no library query named {argument!r}; `charity-kg query --list` shows them")
    return query_text(argument)
