"""Loaders: files and folders in, Articles out; every problem names the file and what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .text import parse_text

SUFFIXES = (".txt", ".md")


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)


def article_from_text(text: str, article_id: str, source_file: str = "") -> Article:
    """An Article from the text of a file in the seed's layout (or bare text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header = parse_text(text)
    return Article(
        article_id=article_id,
        text=text,
        title=str(header["title"]),
        date=str(header["date"]),
        publisher=str(header["publisher"]),
        url=str(header["url"]),
        source_file=source_file,
        body_start=int(header["body_start"]),
    )


def read_article(path: Path) -> Article:
    """One file as an Article; raises InputError naming the file and the problem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file; check the path") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(path, "the file is empty; remove it or add the article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text; save it as UTF-8") from None
    return article_from_text(text, path.stem, path.name)


def discover(paths: list[Path]) -> tuple[list[Path], list[InputError]]:
    """The article files under the given files and folders, sorted; missing paths are problems."""
    files: list[Path] = []
    problems: list[InputError] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(InputError(path, "no such file or folder; check the path"))
    return files, problems


def load_articles(paths: list[Path]) -> LoadResult:
    """Every readable article; each unreadable file becomes a problem, never an abort."""
    files, problems = discover(paths)
    result = LoadResult(problems=problems)
    for path in files:
        try:
            result.articles.append(read_article(path))
        except InputError as problem:
            result.problems.append(problem)
    return result
