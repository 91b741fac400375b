"""Exporters, registered by name in one dict; the CLI's --format choices are sorted(EXPORTERS).

Each exporter writes one file of the build into a folder. Every output is
deterministic: sorted, no timestamps, stable IRIs, so that the same input
gives byte-identical files.
"""

from __future__ import annotations

from .base import Bundle, Exporter
from .graphs import CSVEdgesExporter, CSVNodesExporter, GEXFExporter, GraphMLExporter, NetworkJSONExporter
from .html import HTMLExporter
from .rdf import RDF_EXPORTERS
from .store import StoreExporter
from .table import FactsExporter
from ..errors import ExportError

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        FactsExporter(),
        *RDF_EXPORTERS,
        GEXFExporter(),
        GraphMLExporter(),
        CSVNodesExporter(),
        CSVEdgesExporter(),
        NetworkJSONExporter(),
        HTMLExporter(),
        StoreExporter(),
    )
}


def get_exporter(name: str) -> Exporter:
    """The exporter of that name; an unknown name lists the known ones."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; choose one of: {', '.join(sorted(EXPORTERS))}") from None


__all__ = ["EXPORTERS", "Bundle", "Exporter", "get_exporter"]
