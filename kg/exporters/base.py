"""The exporter base class and the bundle of built data every exporter reads."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..network import NetworkFiles, decode_json, encode_json
from ..quads import SortedQuads
from ..rdf import EVIDENCE_FIELDS


@dataclass
class FactsTable:
    """facts.jsonl as the build wrote it, one article at a time (never held as records in memory),
    with the count of each kind of fact and of low-confidence facts for the build's summary."""

    path: Path | None = None
    kinds: Counter = field(default_factory=Counter)
    low_confidence: int = 0


@dataclass
class Bundle:
    """Everything a build produced, from one pass over the resolved facts.

    facts: the facts table (a file); quads: the sorted N-Quads file every RDF
    export and the store read; network: the NetworkX graph (attributes in
    kg/network.py), or in a build the same network in sorted files (kg.network.NetworkFiles:
    the exporters stream it, and it reads as the NetworkX graph where asked); articles: article id -> iri, title, date, url, publisher,
    source_file; evidence: fact id (the IRI of a fact's RDF node, as network
    nodes and edges list it) -> its evidence (article, sentence, start, end,
    rule, confidence).
    """

    facts: FactsTable
    quads: SortedQuads
    network: nx.MultiDiGraph | NetworkFiles
    articles: Mapping[str, dict[str, str]] = field(default_factory=dict)  # an ArticlesOnDisk in a build
    evidence: Mapping[str, Any] = field(default_factory=dict)  # an EvidenceIndex in a build
    derived: dict[str, Any] = field(default_factory=dict)  # forms several exporters share, computed once
    workdir: tempfile.TemporaryDirectory | None = None  # holds the quads file; removed with the bundle


class ArticlesOnDisk(Mapping):
    """Every article's header (Bundle.articles: article id -> iri, title, date, url, publisher, source file) in an
    SQLite file, read by id like a dict: a build keeps them from its walk to its end for the few the views page
    lists (some 0.8 KB an article held as dicts: 80 MB at 100,000 articles)."""

    FIELDS = ("iri", "title", "date", "url", "publisher", "source_file")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute(f"CREATE TABLE header (id TEXT PRIMARY KEY, {', '.join(f'{name} TEXT' for name in self.FIELDS)}, more TEXT)")
        self._pending: list[tuple] = []
        self._count = 0

    def put(self, article: str, info: dict[str, str]) -> None:
        """An article's header (its fields besides FIELDS kept as JSON)."""
        more = {key: value for key, value in info.items() if key not in self.FIELDS}
        self._pending.append((article, *(info.get(name) for name in self.FIELDS), json.dumps(more, ensure_ascii=False) if more else None))
        if len(self._pending) >= 4096:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany("INSERT OR REPLACE INTO header VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending)
            self._db.commit()
            self._pending = []
            self._count = self._db.execute("SELECT count(*) FROM header").fetchone()[0]

    def __getitem__(self, article: str) -> dict[str, str]:
        self._flush()
        row = self._db.execute("SELECT * FROM header WHERE id = ?", (article,)).fetchone()
        if row is None:
            raise KeyError(article)
        info = dict(zip(self.FIELDS, row[1:-1]))
        if row[-1]:
            info.update(json.loads(row[-1]))
        return info

    def __iter__(self) -> Iterator[str]:
        self._flush()
        return (article for (article,) in self._db.execute("SELECT id FROM header ORDER BY rowid").fetchall())

    def __len__(self) -> int:
        self._flush()
        return self._count

    def close(self) -> None:
        self._db.close()


_EVIDENCE_INDEX = {key: number for number, key in enumerate(EVIDENCE_FIELDS)}


class EvidenceEntry(Mapping):
    """One evidence of a fact in bundle.evidence, read like a dict (entry["sentence"], .get, set(entry)) but
    stored as one tuple: a large corpus has millions of them, and a dict each cost three times the memory."""

    __slots__ = ("_values",)

    def __init__(self, values: tuple) -> None:
        self._values = values

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[_EVIDENCE_INDEX[key]]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(EVIDENCE_FIELDS)

    def __len__(self) -> int:
        return len(EVIDENCE_FIELDS)

    def __repr__(self) -> str:
        return repr(dict(self))




def evidence_line(fact: str, entry: tuple) -> str:
    """One evidence of a fact as a line of the evidence file: the fact, a tab, the entry as JSON (which
    escapes tabs and line breaks), so the file sorted in the C locale groups each fact's lines, facts in order."""
    return f"{fact}\t{encode_json(entry)}\n"


class EvidenceIndex(Mapping):
    """bundle.evidence of a build: fact -> its evidence entries (sorted), read from the sorted evidence file.

    The exporters read it in fact order, streaming (`groups`); looking a fact up (tests, small
    corpora) reads the whole file into memory once. The file is sorted by a background job
    (`ready`, a callable that waits for it) while the build goes on; at 10,000 articles the index
    held in memory was about 37 KB per article.
    """

    def __init__(self, path: Path, ready: Callable[[], None] | None = None) -> None:
        self.path = path
        self._ready = ready
        self._loaded: dict[str, list[EvidenceEntry]] | None = None

    def groups(self, wanted: Container[str] | None = None) -> Iterator[tuple[str, list[EvidenceEntry]]]:
        """Each fact (in order) with its entries; only facts in wanted if given."""
        if self._ready is not None:
            self._ready()
            self._ready = None
        with self.path.open("r", encoding="utf-8", newline="\n") as lines:
            fact, entries = None, []
            for line in lines:
                key, _, value = line.partition("\t")
                if key != fact:
                    if entries:
                        yield fact, [EvidenceEntry(entry) for entry in sorted(entries)]
                    fact, entries = key, []
                if wanted is None or key in wanted:
                    entries.append(tuple(decode_json(value)))
            if entries:
                yield fact, [EvidenceEntry(entry) for entry in sorted(entries)]

    def raw_groups(self, wanted: Container[str]) -> Iterator[tuple[str, list[str]]]:
        """Each wanted fact (in order) with its entries' JSON texts, undecoded."""
        if self._ready is not None:
            self._ready()
            self._ready = None
        with self.path.open("r", encoding="utf-8", newline="\n") as lines:
            fact, values = None, []
            for line in lines:
                key, _, value = line.partition("\t")
                if key != fact:
                    if values:
                        yield fact, values
                    fact, values = key, []
                    keep = key in wanted
                if keep:
                    values.append(value)
            if values:
                yield fact, values

    def settle(self) -> None:
        """Wait for the background sort, if it still runs (before its folder is removed); its errors are for readers."""
        if self._ready is not None:
            try:
                self._ready()
            except Exception:  # noqa: BLE001 - raised again to whoever reads the index
                return
            self._ready = None

    def discard(self) -> None:
        """Its file removed, once no reader is left (after the background sort, if it still runs)."""
        self.settle()
        self.path.unlink(missing_ok=True)

    def _all(self) -> dict[str, list[EvidenceEntry]]:
        if self._loaded is None:
            self._loaded = dict(self.groups())
        return self._loaded

    def __getitem__(self, fact: str) -> list[EvidenceEntry]:
        return self._all()[fact]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


_ARTICLE, _SENTENCE = EVIDENCE_FIELDS.index("article"), EVIDENCE_FIELDS.index("sentence")


def evidence_pairs(evidence: Mapping[str, Any], wanted: set[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(article, sentence) of each evidence of the wanted facts, in fact order: streamed from a build's
    index (each fact's lines decoded at once), looked up in a plain dict."""
    if isinstance(evidence, EvidenceIndex):
        for fact, values in evidence.raw_groups(wanted):
            yield fact, [(str(entry[_ARTICLE] or ""), str(entry[_SENTENCE] or "")) for entry in decode_json(f"[{','.join(values)}]")]
        return
    for fact in sorted(wanted):
        if fact in evidence:
            yield fact, [(attr_text(item.get("article")), attr_text(item.get("sentence"))) for item in evidence[fact]]


class Exporter:
    """One output file of a build. Subclasses set the class attributes and write()."""

    name: str = ""
    filename: str = ""
    media_type: str = ""
    description: str = ""
    from_quads: bool = False  # reads only bundle.quads (the sorted N-Quads file): may run in another process
    reads_evidence: bool = False  # reads bundle.evidence (a build runs these first, then lets the evidence go)
    reads_tables: bool = False  # reads the network tables several exporters share (a build runs these last)

    @property
    def extension(self) -> str:
        return Path(self.filename).suffix

    def export(self, bundle: Bundle, folder: Path) -> Path:
        """Write the file into folder and return its path."""
        path = folder / self.filename
        self.write(bundle, path)
        return path

    def write(self, bundle: Bundle, path: Path) -> None:
        raise NotImplementedError


def attr_text(value: Any) -> str:
    """A network attribute as text: absent is empty, never the string 'None'."""
    return "" if value is None else str(value)


def attr_list(value: Any) -> list[str]:
    """A network attribute as a sorted list of distinct non-empty strings (one value is a list of one)."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, set)):
        try:
            "".join(value)  # all strings (the usual case): no item needs converting
        except TypeError:
            return sorted({str(item) for item in value if str(item)})
        items = set(value)
        items.discard("")
        return sorted(items)
    return [str(value)]
