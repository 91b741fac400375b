"""The flat facts table (docs/FACTS.md), one JSON object per line, Chinese as-is."""

from __future__ import annotations

from pathlib import Path

from ..errors import ExportError
from ..quads import link_or_copy
from .base import Bundle, Exporter


class FactsExporter(Exporter):
    name = "facts"
    filename = "facts.jsonl"
    media_type = "application/jsonl"
    description = "the flat facts table of docs/FACTS.md, each fact with its article"

    def write(self, bundle: Bundle, path: Path) -> None:
        source = bundle.facts.path
        if source is None:
            raise ExportError("this bundle has no facts table to export")
        link_or_copy(source, path)  # the build wrote the table article by article: a hard link, not a copy
