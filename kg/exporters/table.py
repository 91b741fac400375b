"""The flat facts table (docs/FACTS.md), one JSON object per line, Chinese as-is."""

from __future__ import annotations

import json
from pathlib import Path

from .base import Bundle, Exporter


class FactsExporter(Exporter):
    name = "facts"
    filename = "facts.jsonl"
    media_type = "application/jsonl"
    description = "the flat facts table of docs/FACTS.md, each fact with its article"

    def write(self, bundle: Bundle, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for record in bundle.records:
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
