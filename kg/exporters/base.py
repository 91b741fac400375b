"""The exporter base class and the bundle of built data every exporter reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset


@dataclass
class Bundle:
    """Everything a build produced: facts records, the RDF dataset and its NetworkX projection."""

    records: list[dict[str, Any]]
    dataset: Dataset
    network: nx.MultiDiGraph
    resolution: Any = None
    corpus: list[Any] = field(default_factory=list)
    derived: dict[str, Any] = field(default_factory=dict)  # forms several exporters share, computed once


class Exporter:
    """One output file of a build. Subclasses set the class attributes and write()."""

    name: str = ""
    filename: str = ""
    media_type: str = ""
    description: str = ""

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
