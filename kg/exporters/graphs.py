"""Files for Gephi and scripts: GEXF, GraphML, and node/edge CSV tables."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pandas as pd

from .base import Bundle, Exporter


class GEXFExporter(Exporter):
    name = "gexf"
    filename = "graph.gexf"
    media_type = "application/gexf+xml"
    description = "network for Gephi"

    def write(self, bundle: Bundle, path: Path) -> None:
        text = "\n".join(nx.generate_gexf(bundle.network, encoding="utf-8", prettyprint=True))
        # The GEXF writer stamps today's date (optional in GEXF); drop it for byte-stable output.
        text = re.sub(r' lastmodifieddate="[^"]*"', "", text)
        path.write_text(text + "\n", encoding="utf-8")


class GraphMLExporter(Exporter):
    name = "graphml"
    filename = "graph.graphml"
    media_type = "application/graphml+xml"
    description = "network as GraphML"

    def write(self, bundle: Bundle, path: Path) -> None:
        text = "\n".join(nx.generate_graphml(bundle.network, encoding="utf-8", prettyprint=True))
        path.write_text(text + "\n", encoding="utf-8")


class CSVNodesExporter(Exporter):
    name = "nodes-csv"
    filename = "nodes.csv"
    media_type = "text/csv"
    description = "one row per node: id, label, kind, type"

    def write(self, bundle: Bundle, path: Path) -> None:
        rows = [{"id": n, **attrs} for n, attrs in bundle.network.nodes(data=True)]
        frame = pd.DataFrame(rows, columns=["id", "label", "kind", "type"]).sort_values("id")
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


class CSVEdgesExporter(Exporter):
    name = "edges-csv"
    filename = "edges.csv"
    media_type = "text/csv"
    description = "one row per edge: source, target, relation, role, status"

    def write(self, bundle: Bundle, path: Path) -> None:
        rows = [{"source": s, "target": t, **attrs} for s, t, attrs in bundle.network.edges(data=True)]
        frame = pd.DataFrame(rows, columns=["source", "target", "relation", "role", "status"])
        frame = frame.sort_values(["source", "target", "relation", "role", "status"])
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
