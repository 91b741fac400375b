"""The exporter base class and the bundle of built data every exporter reads."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

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
    kg/network.py); articles: article id -> iri, title, date, url, publisher,
    source_file; evidence: fact id (the IRI of a fact's RDF node, as network
    nodes and edges list it) -> its evidence (article, sentence, start, end,
    rule, confidence).
    """

    facts: FactsTable
    quads: SortedQuads
    network: nx.MultiDiGraph
    resolution: Any = None
    articles: dict[str, dict[str, str]] = field(default_factory=dict)
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    derived: dict[str, Any] = field(default_factory=dict)  # forms several exporters share, computed once
    workdir: tempfile.TemporaryDirectory | None = None  # holds the quads file; removed with the bundle


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
