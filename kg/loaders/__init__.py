"""Loaders: files and folders in, Articles out; every problem names the file and what to do.

Formats, by suffix (``SUFFIXES``):

- ``.txt``: the seed's layout (title line, then a date and source line) or bare
  text; the text is kept as the file has it (see text.py). A .txt that is a
  saved page's HTML source is read as a page.
- ``.html``, ``.htm``, ``.shtml``, ``.xhtml``: a saved web page (html.py).
- ``.mht``, ``.mhtml``: a page a browser saved as one file (mhtml.py), then
  read as a page.
- ``.json`` (one record, a list, or a wrapped list) and ``.jsonl`` (one record
  a line, article id ``<stem>-<line>`` or the record's ``id``) (records.py).
- ``.md``, ``.markdown``: Markdown (markdown.py).

Every format but .txt lays out the Article text as the seed does: the title,
a ``<date> 来源:<publisher>`` line, a blank line, then the body paragraphs,
with ``body_start`` at the first paragraph (draft.py).

Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK and
Big5, found as encoding.py says, each decision logged on the ``kg.loaders``
logger. Line endings become ``\\n``; control characters are dropped.

Limits: an article file may hold at most ``MAX_FILE_BYTES`` (20 MB), a
.json/.jsonl file of records at most ``MAX_RECORDS_FILE_BYTES`` (200 MB).

``load_articles`` never raises for a bad file: ``LoadResult.problems`` has one
InputError per file (or record line) that could not be loaded, and
``LoadResult.warnings`` the articles that loaded with a flaw (no date, an
unreadable date field, a few undecodable bytes, a duplicate, a renamed id).
The same article (the same text, whitespace aside) found twice is loaded
once: ``LoadResult.duplicates`` maps the kept article's id to the other
places it was found.

Folders are searched recursively, in sorted order; hidden files and folders
(names starting with ``.``), README files and files of other suffixes are
skipped silently there. A file named explicitly must have a known suffix.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, MissingDependency
from ..model import Article
from .draft import Draft, compose, date_in_url, fill_date, safe_id, trim_head
from .encoding import DecodeProblem, decode_bytes
from .html import NoArticle, declared_charset, looks_like_html, parse_html
from .markdown import parse_markdown
from .mhtml import NoPage, mhtml_page
from .records import FIELDS, Record, RecordProblem, json_document, json_lines, record_draft
from .text import PINYIN_ARTEFACT, clean_text, parse_text
from .wrapped_lines import unwrap_lines

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_RECORDS_FILE_BYTES",
    "SUFFIXES",
    "LoadResult",
    "article_from_text",
    "discover",
    "load_articles",
    "load_bytes",
    "load_file",
    "ArticleMerger",
    "read_article",
]

log = logging.getLogger("kg.loaders")

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
MHTML_SUFFIXES = (".mht", ".mhtml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + MHTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

MAX_FILE_BYTES = 20 * 1024 * 1024
"""The largest article file read (.txt, .md, .html...); larger ones are refused, unread."""

MAX_RECORDS_FILE_BYTES = 200 * 1024 * 1024
"""The largest .json/.jsonl file of records read."""

_KNOWN = ", ".join(SUFFIXES)
_NO_DATE_ADVICE = {
    "text": "add a line such as '2024年5月9日 来源:...' under the title",
    "markdown": "add a line such as '2024年5月9日 来源:...' under the title, or 'date: 2024-05-09' in front matter",
    "html": "put the date in the file name (e.g. 20240509-page.html), or save the page with its date line",
    "json": 'add a "date" field (YYYY-MM-DD)',
}


@dataclass
class LoadResult:
    """Articles loaded, and what went wrong: problems (not loaded) and warnings (loaded, with a flaw)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)

    @property
    def skipped(self) -> list[str]:
        """The files (sorted) of which something could not be loaded."""
        return sorted({problem.path for problem in self.problems})

    def _sort(self) -> None:
        key = lambda e: (e.path, e.line or 0, e.problem)  # noqa: E731
        self.problems.sort(key=key)
        self.warnings.sort(key=key)


@dataclass
class _Loaded:
    """An article and where in its file it was (the line of a .jsonl record).

    dedupe_key is the article's duplicate-detection key when it was computed where the text
    was at hand (a worker process sends the article on without its text)."""

    article: Article
    line: int | None = None
    dedupe_key: str = ""

    def without_text(self) -> _Loaded:
        """The same, with the article's header and hashes only: light to send between processes."""
        return _Loaded(self.article.without_text(), self.line, self.dedupe_key or _dedupe_key(self.article))


def _unwrapped_with_header(text: str) -> tuple[str, dict[str, object]]:
    """The text with its body's hard-wrapped lines joined (unwrap_lines), and its header (parse_text)."""
    header = parse_text(text)
    body_start = int(header["body_start"])
    body = text[body_start:].split("\n")
    unwrapped = unwrap_lines(body)
    if unwrapped is not body:
        text = text[:body_start] + "\n".join(unwrapped)
    return text, header


def article_from_text(text: str, article_id: str, source_file: str = "") -> Article:
    """An Article from the text of a file in the seed's layout (or bare text)."""
    text, header = _unwrapped_with_header(clean_text(text, artefacts=False))
    if PINYIN_ARTEFACT.search(text):
        # a page with pinyin artefacts (會(huì)): its hard wrap joined with them, as the page was wrapped; then the
        # text read as every page is, without them
        text, header = _unwrapped_with_header(clean_text(text))
    date = str(header["date"]) or date_in_url(str(header["url"])) or date_in_url(source_file)
    return Article(
        article_id=article_id,
        text=text,
        title=str(header["title"]),
        date=date,
        publisher=str(header["publisher"]),
        url=str(header["url"]),
        source_file=source_file,
        body_start=int(header["body_start"]),
    )


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MHTML_SUFFIXES:
        return "mhtml"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _no_body(kind: str) -> str:
    return {
        "html": "no article text found in this page (only navigation, link lists or scripts); "
        "save the article's own page, or paste its text into a .txt file",
    }.get(kind, "no article text after the title and date lines; add the text or remove the file")


class _FileLoader:
    """One file's articles, problems and warnings."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.data = data
        self.result = LoadResult()
        self.kind = _kind(path)
        self.loaded: list[_Loaded] = []
        self.url = ""

    def problem(self, message: str, line: int | None = None) -> None:
        self.result.problems.append(InputError(self.path, message, line=line))

    def warning(self, message: str, line: int | None = None) -> None:
        self.result.warnings.append(InputError(self.path, message, line=line))

    def run(self) -> LoadResult:
        if not self.data.strip():
            self.problem("the file is empty; remove it or add the article text")
            return self.result
        data = self.data
        declared = declared_charset(data) if self.kind in ("html", "text") else None
        if self.kind == "mhtml":
            try:
                data, declared, self.url = mhtml_page(data)
            except NoPage:
                self.problem("no web page inside this .mht/.mhtml file; save the page again, or as .html")
                return self.result
            declared = declared or declared_charset(data)
            self.kind = "html"
        try:
            decoded = decode_bytes(data, str(self.path), declared)
        except DecodeProblem as exc:
            self.problem(str(exc))
            return self.result
        if decoded.bad_bytes:
            self.warning(
                f"{decoded.bad_bytes} bytes could not be decoded as {decoded.encoding} and were replaced by U+FFFD; "
                "check the text, or save the file as UTF-8"
            )
        if self.kind in ("json", "jsonl"):
            # only real line ends split records: U+2028 or NEL inside a JSON string are not line breaks
            text = decoded.text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        else:
            # a .txt keeps its pinyin artefacts until its hard wrap is read (article_from_text)
            text = clean_text(decoded.text, artefacts=self.kind != "text")
        if not text.strip():
            self.problem("the file is empty; remove it or add the article text")
            return self.result
        if self.kind == "text" and looks_like_html(text):
            log.info("%s: a page's HTML source saved as text; reading it as HTML", self.path)
            self.kind = "html"
        getattr(self, f"_{self.kind}")(text)
        return self.result

    # formats

    def _text(self, text: str) -> None:
        article = article_from_text(text, safe_id(self.path.stem), self.path.name)
        if not article.text[article.body_start:].strip():
            self.problem(_no_body("text"))
            return
        self._keep(article, None, "text", date_given=bool(article.date))

    def _markdown(self, text: str) -> None:
        self._finish(parse_markdown(text), safe_id(self.path.stem), None)

    def _html(self, text: str) -> None:
        try:
            draft = parse_html(text, self.url)
        except NoArticle:
            self.problem(_no_body("html"))
            return
        self._finish(draft, safe_id(self.path.stem), None)

    def _json(self, text: str) -> None:
        records, problems = json_document(text)
        for line, message in problems:
            self.problem(message, line)
        single = len(records) == 1 and records[0].index is None and records[0].line is None
        self._records(records, single)

    def _jsonl(self, text: str) -> None:
        records, problems = json_lines(text)
        for line, message in problems:
            self.problem(message, line)
        if not records and not problems:
            self.problem("the file holds no records; remove it or add one JSON object per line")
        self._records(records, False)

    def _records(self, records: list[Record], single: bool) -> None:
        drafts: list[tuple[Record, Draft, str]] = []
        failed: list[tuple[Record, RecordProblem]] = []
        for record in records:
            try:
                draft, record_id = record_draft(record.data)
            except RecordProblem as exc:
                failed.append((record, exc))
            else:
                drafts.append((record, draft, record_id))
        if len(failed) > 1 and not drafts and all(exc.no_text for _, exc in failed):
            names = ", ".join(FIELDS["text"][:4])
            self.problem(
                f"none of its {len(failed)} records has article text (no field {names}, ...); if it is a facts or "
                "gold file, keep it out of the folders you load articles from"
            )
            return
        for record, exc in failed:
            where = f"record {record.index}: " if record.index is not None else ""
            self.problem(f"{where}{exc}", record.line)
        stem = safe_id(self.path.stem)
        for record, draft, record_id in drafts:
            where = f"record {record.index}: " if record.index is not None else ""
            if record_id:
                article_id = safe_id(record_id)
            elif single:
                article_id = stem
            else:
                article_id = f"{stem}-{record.line if record.line is not None else record.index}"
            self._finish(draft, article_id, record.line, where)

    def _finish(self, draft: Draft, article_id: str, line: int | None, where: str = "") -> None:
        trim_head(draft)
        if not draft.paragraphs:
            self.problem(where + _no_body(self.kind), line)
            return
        fill_date(draft, self.path.name)
        article = compose(draft, article_id, self.path.name)
        if draft.date:
            log.debug("%s: date %s from the %s", self.path, draft.date, draft.date_from)
        if draft.bad_date:
            if draft.date:
                outcome = f"used {draft.date} from the {draft.date_from}"
            else:
                outcome = "no other date was found, so the article loads without one"
            self.warning(f"{where}the date {draft.bad_date!r} is not a date I can read; {outcome}; write it as YYYY-MM-DD", line)
        self._keep(article, line, self.kind, date_given=bool(draft.date or draft.bad_date), where=where)

    def _keep(self, article: Article, line: int | None, kind: str, date_given: bool, where: str = "") -> None:
        if not date_given:
            advice = _NO_DATE_ADVICE["json" if kind == "jsonl" else kind]
            self.warning(
                f"{where}no publication date found; the article loads without one, so dates written without a "
                f"year (5月8日) cannot be placed; {advice}",
                line,
            )
        self.loaded.append(_Loaded(article, line))



def _limit(path: Path) -> int:
    return MAX_RECORDS_FILE_BYTES if path.suffix.lower() in JSON_SUFFIXES + JSONL_SUFFIXES else MAX_FILE_BYTES


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _read(path: Path) -> tuple[bytes | None, InputError | None]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, InputError(path, "no such file or folder; check the path")
    except OSError as exc:
        return None, InputError(path, f"cannot read it ({exc.strerror}); check the path and its permissions")
    limit = _limit(path)
    if size > limit:
        advice = (
            "split it into smaller .jsonl files"
            if limit == MAX_RECORDS_FILE_BYTES
            else "split it into one file per article"
        )
        return None, InputError(
            path, f"the file is {_megabytes(size)}, over the {_megabytes(limit)} limit for one file; {advice}"
        )
    try:
        return path.read_bytes(), None
    except FileNotFoundError:
        return None, InputError(path, "no such file or folder; check the path")
    except IsADirectoryError:
        return None, InputError(path, "this is a folder; name the folder itself to load the articles in it")
    except OSError as exc:
        return None, InputError(path, f"cannot read it ({exc.strerror}); check the file's permissions")


def load_bytes(data: bytes, path: Path | str) -> LoadResult:
    """The articles of a file's bytes, read as the file at path would be (the path is not opened)."""
    loader = _FileLoader(Path(path), data)
    result = loader.run()
    result.articles = [loaded.article for loaded in loader.loaded]
    return result


def _load_file(path: Path) -> tuple[list[_Loaded], LoadResult]:
    data, problem = _read(path)
    if problem is not None:
        return [], LoadResult(problems=[problem])
    loader = _FileLoader(path, data or b"")
    result = loader.run()
    return loader.loaded, result


def read_article(path: Path) -> Article:
    """One file as an Article; raises InputError naming the file and the problem.

    Warnings (no date...) are logged. A file of several records is an error
    here: load it with load_articles.
    """
    path = Path(path)
    loaded, result = _load_file(path)
    if result.problems:
        raise result.problems[0]
    for warning in result.warnings:
        log.warning("%s", warning)
    if len(loaded) != 1:
        raise InputError(path, f"holds {len(loaded)} articles; load it with load_articles")
    return loaded[0].article


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _skipped_in_folder(name: str) -> bool:
    stem = name.rsplit(".", 1)[0].lower()
    return _hidden(name) or stem.startswith(("readme", "license", "changelog"))


def _walk(folder: Path) -> list[Path]:
    """The article files under a folder, sorted by their path within it; hidden ones and READMEs left out."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        base = Path(root)
        for name in files:
            if _skipped_in_folder(name) or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = base / name
            found.append((path.relative_to(folder).parts, path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def discover(paths: Iterable[Path | str]) -> tuple[list[Path], list[InputError]]:
    """The article files under the given files and folders, in order; bad paths are problems.

    A folder gives its article files sorted (others skipped silently); a
    file named explicitly must exist and have a known suffix. A file reached
    twice is read once.
    """
    files: list[Path] = []
    problems: list[InputError] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path)
            if not found:
                problems.append(InputError(path, f"the folder holds no article files ({_KNOWN}); check the path"))
            for file in found:
                add(file)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                shown = path.suffix or "(none)"
                problems.append(
                    InputError(path, f"unknown file type {shown}; save the article as one of {_KNOWN}")
                )
            else:
                add(path)
        elif path.exists():
            problems.append(InputError(path, "not a regular file or folder; name an article file or a folder"))
        else:
            problems.append(InputError(path, "no such file or folder; check the path"))
    return files, problems


def _dedupe_key(article: Article) -> str:
    return hashlib.sha256("".join(article.text.split()).encode("utf-8")).hexdigest()


def _place(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def load_file(path: Path) -> tuple[list[_Loaded], LoadResult]:
    """One file's articles and problems; a loader bug becomes a problem of that file, never an abort."""
    try:
        return _load_file(path)
    except MissingDependency:
        raise  # the same for every file: one clear error, not one traceback per file
    except Exception as exc:  # a loader bug must not cost the user the other files
        log.exception("%s: unexpected error while loading", path)
        problem = InputError(path, f"could not be read ({type(exc).__name__}: {exc}); please report this file as a bug")
        return [], LoadResult(problems=[problem])


class ArticleMerger:
    """Takes each file's articles in file order: a copy is loaded once, a clashing id is renamed."""

    def __init__(self, problems: list[InputError], keep_articles: bool = True) -> None:
        self.result = LoadResult(problems=problems)
        self.keep_articles = keep_articles
        self.first_seen: dict[str, tuple[str, str]] = {}  # dedupe key -> (article id, place)
        self.used_ids: dict[str, str] = {}
        self.files = 0

    def add(self, path: Path, loaded: list[_Loaded], file_result: LoadResult) -> list[tuple[int, Article]]:
        """The file's articles that are kept: (index into loaded, the article, renamed if its id was taken)."""
        self.files += 1
        result = self.result
        result.problems.extend(file_result.problems)
        dropped: set[int | None] = set()
        kept: list[tuple[int, Article]] = []
        for index, item in enumerate(loaded):
            article, place = item.article, _place(str(path), item.line)
            key = item.dedupe_key or _dedupe_key(article)
            if key in self.first_seen:
                kept_id, kept_place = self.first_seen[key]
                result.duplicates.setdefault(kept_id, []).append(place)
                result.warnings.append(
                    InputError(
                        path,
                        f"the same article as {kept_place} (loaded once, as {kept_id!r}); remove one of the copies",
                        line=item.line,
                    )
                )
                dropped.add(item.line)
                continue
            if article.article_id in self.used_ids:
                new_id = _free_id(article.article_id, self.used_ids)
                result.warnings.append(
                    InputError(
                        path,
                        f"article id {article.article_id!r} is already used by {self.used_ids[article.article_id]}; "
                        f"loaded as {new_id!r} (rename the file to choose the id)",
                        line=item.line,
                    )
                )
                article = replace(article, article_id=new_id)
            self.used_ids[article.article_id] = place
            self.first_seen[key] = (article.article_id, place)
            kept.append((index, article))
            if self.keep_articles:
                result.articles.append(article)
        # a copy that is not loaded does not repeat the warnings of the article it copies
        result.warnings.extend(w for w in file_result.warnings if not (dropped and w.line in dropped))
        return kept

    def finish(self) -> LoadResult:
        result = self.result
        result._sort()
        for problem in result.problems:
            log.debug("problem: %s", problem)
        for warning in result.warnings:
            log.debug("warning: %s", warning)
        log.info(
            "loaded %d articles from %d files; %d problems, %d warnings",
            len(self.used_ids),
            self.files,
            len(result.problems),
            len(result.warnings),
        )
        return result


def load_articles(paths: Iterable[Path | str]) -> LoadResult:
    """Every readable article; each unreadable file becomes a problem, never an abort."""
    files, problems = discover(paths)
    merger = ArticleMerger(problems)
    for path in files:
        loaded, file_result = load_file(path)
        merger.add(path, loaded, file_result)
    return merger.finish()


def _free_id(article_id: str, used: dict[str, str]) -> str:
    number = 2
    while f"{article_id}-{number}" in used:
        number += 1
    return f"{article_id}-{number}"
