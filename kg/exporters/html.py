"""The interactive view for policy staff: a pyvis page that works offline (vis-network inlined)."""

from __future__ import annotations

import html
from pathlib import Path

from pyvis.network import Network

from .base import Bundle, Exporter

COLORS = {
    "organization": "#1f77b4",
    "person": "#ff7f0e",
    "event": "#2ca02c",
    "network": "#d62728",
    "document": "#9467bd",
    "other": "#7f7f7f",
}


class HTMLExporter(Exporter):
    name = "html"
    filename = "index.html"
    media_type = "text/html"
    description = "interactive network view (pyvis, works offline)"

    def write(self, bundle: Bundle, path: Path) -> None:
        view = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", select_menu=False, filter_menu=False)
        for node, attrs in bundle.network.nodes(data=True):
            label = html.escape(str(attrs.get("label", node)))
            kind = str(attrs.get("kind", "other"))
            view.add_node(node, label=label, title=f"{label} ({html.escape(kind)})", color=COLORS.get(kind, COLORS["other"]), group=kind)
        for source, target, attrs in bundle.network.edges(data=True):
            role = html.escape(str(attrs.get("role") or attrs.get("relation", "")))
            view.add_edge(source, target, title=role, label=role)
        view.toggle_physics(True)
        path.write_text(view.generate_html(notebook=False), encoding="utf-8")
