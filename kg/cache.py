"""The extraction cache: an article whose text, header and extractor are unchanged is not extracted again.

Entries are keyed by the SHA-256 of the extractor's code and lexicons plus the
article's text and header, so adding one article to a corpus re-extracts only
that article, and a changed rule or lexicon invalidates everything. Facts are
stored exactly (fields and evidence), so a cached build equals a full one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .model import Article, ArticleFacts, Evidence, Fact
from .paths import LEXICON_DIR

_EXTRACTOR_DIR = Path(__file__).resolve().parent / "extract"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of every extraction source file and lexicon."""
    digest = hashlib.sha256()
    for folder, pattern in ((_EXTRACTOR_DIR, "*.py"), (LEXICON_DIR, "*")):
        for path in sorted(folder.glob(pattern)):
            if path.is_file():
                digest.update(path.name.encode("utf-8"))
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(article: Article) -> str:
    header = json.dumps(
        [article.article_id, article.title, article.date, article.publisher, article.url, article.source_file, article.body_start],
        ensure_ascii=False,
    )
    return hashlib.sha256(f"{extractor_version()}\x1f{header}\x1f{article.text}".encode("utf-8")).hexdigest()


class ExtractionCache:
    """A folder of JSON entries, one per (extractor, article) key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleFacts | None:
        path = self._path(cache_key(article))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        shared: dict[tuple, Evidence] = {}  # one object per distinct evidence, as the extractor gives them

        def evidence(entry: dict) -> Evidence:
            values = tuple(entry.values())
            found = shared.get(values)
            if found is None:
                found = shared[values] = Evidence(entry[name] for name in Evidence._fields)
            return found

        facts = [Fact(f["kind"], f["fields"], [evidence(e) for e in f["evidence"]]) for f in data["facts"]]
        return ArticleFacts(article, facts, data["unhandled"])

    def put(self, item: ArticleFacts) -> None:
        path = self._path(cache_key(item.article))
        data = {
            "facts": [
                {"kind": f.kind, "fields": f.fields, "evidence": [e._asdict() for e in f.evidence]} for f in item.facts
            ],
            "unhandled": item.unhandled,
        }
        try:
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except FileNotFoundError:  # the entry's folder is made once, not asked for on every entry
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, ensure_ascii=False))  # json.dumps runs in C; json.dump to a file does not
        os.replace(temporary, path)
