"""The flat facts table (docs/FACTS.md), one JSON object per line, Chinese as-is."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..errors import ExportError
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
        try:
            os.link(source, path)  # the build wrote the table article by article: a hard link, not a copy
        except OSError:
            shutil.copyfile(source, path)
