"""The interactive view for policy staff: one self-contained HTML page that works offline.

pyvis builds the node and edge lists (``cdn_resources="in_line"``); the page is
rendered from this module's own template rather than pyvis's, because pyvis's
template always links Bootstrap from a CDN. vis-network's script and stylesheet,
shipped inside the pyvis package, are inlined, so the page makes no request
beyond its own file.

Article text is untrusted, so every label, title and evidence sentence is
treated as data, never as markup:

* the data the script reads is JSON with ``<``, ``>``, ``&``, ``'`` and the
  JavaScript line separators escaped, so a ``</script>`` in a name cannot end
  the script block;
* labels are drawn on the canvas and tooltips are strings, which
  vis-network 9 shows as plain text (``innerText``); the details panel uses
  ``textContent``; neither is ever HTML-escaped (that would show ``&lt;``);
* the HTML around the canvas is rendered with Jinja autoescaping.

The page is deterministic: the same bundle gives a byte-identical file (no
timestamps, no random ids; vis-network's layout uses a fixed random seed and
physics stops once the layout is stable).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment
from markupsafe import Markup
from pyvis.network import Network

from ..errors import ExportError
from .base import Bundle, Exporter

VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"

#: Kind -> (colour, vis-network shape, legend glyph). The five kinds always appear in the legend.
KINDS: dict[str, tuple[str, str, str]] = {
    "organization": ("#1f77b4", "square", "\u25a0"),
    "person": ("#ff7f0e", "dot", "\u25cf"),
    "event": ("#2ca02c", "diamond", "\u25c6"),
    "network": ("#d62728", "hexagon", "\u2b22"),
    "document": ("#9467bd", "triangle", "\u25b2"),
}
OTHER = ("#7f7f7f", "dot", "\u25cf")
COLORS = {kind: spec[0] for kind, spec in KINDS.items()} | {"other": OTHER[0]}

#: Edge label for relations that carry no role.
RELATION_LABELS = {
    "sub_unit": "sub-unit of",
    "presented": "presented",
    "network_event": "part of",
    "chair_term": "chair",
}

LAYOUT_SEED = 20240508
IMPROVED_LAYOUT_MAX = 100  # nodes
MAX_ITERATIONS, MIN_ITERATIONS, ITERATION_BUDGET = 600, 150, 90_000  # physics steps before the layout is frozen
MAX_LIST = 12  # lines per section of a tooltip before "… and N more"
MAX_EVIDENCE = 2
MAX_SENTENCE = 160

OPTIONS: dict[str, Any] = {
    "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": True},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 140, "springConstant": 0.06, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": MAX_ITERATIONS, "updateInterval": 25, "fit": True},
        "minVelocity": 0.75,
    },
    "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "scaling": {"min": 10, "max": 32}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "color": {"color": "#b0b0b0", "highlight": "#333333", "hover": "#666666"},
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
        "width": 1,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False, "multiselect": False},
}

# The script's data: JSON that is safe inside <script> and inside a JS string.
# "=" only occurs inside JSON strings; escaping it keeps "onerror=" and the like out of the file's raw text.
_SCRIPT_ESCAPES = {c: f"\\u{ord(c):04x}" for c in "<>&'=\u2028\u2029"}
_SCRIPT_ESCAPE_RE = re.compile("[<>&'=\u2028\u2029]")


def script_json(value: Any) -> Markup:
    """value as JSON that cannot end a <script> block, open a comment or break a JS string.

    It is still JSON: the characters escaped (< > & ' = and the line separators
    U+2028, U+2029) only ever occur inside strings.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(_SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text))


def _inline(text: str, closing: str) -> Markup:
    """A bundled library's text made safe to inline in a <script> or <style> element.

    vis-network builds one "<script>" string (core-js's IE fallback); it becomes
    "\\x3cscript>", the same string to JavaScript. Anything else that could end the
    element or start an HTML comment stops the export rather than break the page.
    """
    text = text.replace('"<script>"', '"\\x3cscript>"')
    text = re.sub(r"/[/*]# sourceMappingURL=\S*?( \*/)?\s*$", "", text)  # no source map to look for
    lowered = text.lower()
    for bad in (f"</{closing}", "<script", "<!--"):
        if bad in lowered:
            raise ExportError(f"the bundled vis-network {closing} contains {bad!r} and cannot be inlined; check the pyvis version")
    return Markup(text)


def _library() -> tuple[Markup, Markup]:
    try:
        script = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
        style = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot read vis-network from the pyvis package ({exc}); reinstall pyvis") from None
    return _inline(script, "script"), _inline(style, "style")


def _clip(text: str, limit: int = MAX_SENTENCE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    lines = [f"{title}:"] + [f"  \u2022 {item}" for item in items[:MAX_LIST]]
    if len(items) > MAX_LIST:
        lines.append(f"  \u2026 and {len(items) - MAX_LIST} more")
    return lines


class _Facts:
    """What the records say about a node: its articles and evidence sentences, found by name."""

    NAME_FIELD = {"organization": "name", "person": "name", "event": "name", "document": "title", "network": "name"}

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.sources: dict[str, str] = {}
        self.articles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.evidence: dict[tuple[str, str], list[str]] = defaultdict(list)
        for record in records:
            kind = str(record.get("kind", ""))
            article = str(record.get("article", ""))
            if kind == "source":
                title = _clip(record.get("title", ""), 80)
                date = str(record.get("date", "") or "")
                self.sources[article] = f"{title} ({date})" if date else title
                continue
            name = record.get(self.NAME_FIELD.get(kind, "name"))
            if not name:
                continue
            key = (kind, str(name))
            if article:
                self.articles[key].add(article)
            for item in record.get("evidence") or []:
                sentence = _clip(item.get("sentence", "")) if isinstance(item, dict) else ""
                if sentence and sentence not in self.evidence[key]:
                    self.evidence[key].append(sentence)

    def about(self, kind: str, label: str) -> tuple[list[str], list[str]]:
        key = (kind, label)
        articles = [f"{self.sources.get(a, a)} [{a}]" if a in self.sources else a for a in sorted(self.articles.get(key, ()))]
        return articles, self.evidence.get(key, [])[:MAX_EVIDENCE]


def _edge_label(attrs: dict[str, Any]) -> str:
    role = str(attrs.get("role") or "")
    relation = str(attrs.get("relation") or "")
    return role or RELATION_LABELS.get(relation, relation)


def _node_title(node: str, attrs: dict[str, Any], graph: Any, facts: _Facts) -> str:
    """The tooltip: plain text, one fact a line."""
    label = str(attrs.get("label", node))
    kind = str(attrs.get("kind", "other"))
    kind_type = str(attrs.get("type", "") or "")
    lines = [label, f"kind: {kind}" + (f" \u00b7 type: {kind_type}" if kind_type and kind_type != kind else "")]
    positions, chairs, other_links = [], [], []
    events: dict[str, list[str]] = defaultdict(list)
    for _, target, e in graph.out_edges(node, data=True):
        target_label = str(graph.nodes[target].get("label", target))
        relation = e.get("relation")
        status = str(e.get("status") or "")
        if relation == "position":
            positions.append(f"{e.get('role', '')}, {target_label}" + (f" ({status})" if status and status != "current" else ""))
        elif relation == "participation":
            roles = events[target_label]
            if e.get("role") and str(e["role"]) not in roles:
                roles.append(str(e["role"]))
        elif relation == "chair_term":
            chairs.append(f"{e.get('role', '')}, {target_label}")
        else:
            other_links.append(f"{_edge_label(e)} \u2192 {target_label}")
    holders, incoming = [], []
    for source, _, e in graph.in_edges(node, data=True):
        source_label = str(graph.nodes[source].get("label", source))
        if e.get("relation") == "position":
            status = str(e.get("status") or "")
            holders.append(f"{source_label}, {e.get('role', '')}" + (f" ({status})" if status and status != "current" else ""))
        else:
            incoming.append(f"{source_label} \u2192 {_edge_label(e)}")
    lines += _section("positions", sorted(positions))
    lines += _section("events", [f"{name} ({', '.join(sorted(roles))})" if roles else name for name, roles in sorted(events.items())])
    lines += _section("chair terms", sorted(chairs))
    lines += _section("links", sorted(other_links))
    lines += _section("people", sorted(holders))
    lines += _section("linked from", sorted(incoming))
    articles, evidence = facts.about(kind, label)
    lines += _section("articles", articles)
    lines += _section("evidence", [f"\u201c{s}\u201d" for s in evidence])
    return "\n".join(lines)


def build_view(bundle: Bundle) -> Network:
    """The pyvis network of the bundle: styled nodes with plain-text tooltips, merged parallel edges."""
    graph = bundle.network
    view = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", select_menu=False, filter_menu=False)
    facts = _Facts(bundle.records)
    for node in sorted(graph.nodes):
        attrs = graph.nodes[node]
        kind = str(attrs.get("kind", "other"))
        color, shape, _ = KINDS.get(kind, OTHER)
        view.add_node(
            node,
            label=str(attrs.get("label", node)),
            title=_node_title(node, attrs, graph, facts),
            color=color,
            shape=shape,
            kind=kind,
            value=graph.degree(node) + 1,
        )
    # Parallel edges (same people, same event, several roles) become one edge with all the labels.
    merged: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, target, attrs in graph.edges(data=True):
        label = _edge_label(attrs)
        status = str(attrs.get("status") or "")
        if attrs.get("relation") == "position" and status and status != "current":
            label = f"{label} ({status})"
        if label not in merged[(source, target)]:
            merged[(source, target)].append(label)
    for number, ((source, target), labels) in enumerate(sorted(merged.items())):
        text = " / ".join(sorted(labels))
        title = f"{graph.nodes[source].get('label', source)} \u2192 {graph.nodes[target].get('label', target)}: {text}"
        view.add_edge(source, target, id=f"e{number}", label=text, title=title)
    view.set_options(json.dumps(layout_options(graph.number_of_nodes()), sort_keys=True))
    return view


def layout_options(node_count: int) -> dict[str, Any]:
    """OPTIONS fitted to the graph's size, so a large corpus still lays out in seconds.

    vis-network's improved layout only helps small graphs; the stabilization
    budget shrinks as the graph grows (about 20 ms an iteration at 500 nodes).
    """
    options = json.loads(json.dumps(OPTIONS))
    options["layout"]["improvedLayout"] = node_count <= IMPROVED_LAYOUT_MAX
    options["physics"]["stabilization"]["iterations"] = max(MIN_ITERATIONS, min(MAX_ITERATIONS, ITERATION_BUDGET // max(node_count, 1)))
    return options


def render(bundle: Bundle) -> str:
    """The page's HTML."""
    view = build_view(bundle)
    nodes, edges, _, _, _, _ = view.get_network_data()
    script, style = _library()
    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["kind"]] += 1
    legend = [{"kind": kind, "color": spec[0], "glyph": spec[2], "count": counts.get(kind, 0)} for kind, spec in KINDS.items()]
    if counts.get("other"):
        legend.append({"kind": "other", "color": OTHER[0], "glyph": OTHER[2], "count": counts["other"]})
    env = Environment(autoescape=True, keep_trailing_newline=True)
    env.filters["script_json"] = script_json
    return env.from_string(TEMPLATE).render(
        vis_script=script,
        vis_style=style,
        legend=legend,
        node_count=len(nodes),
        edge_count=len(edges),
        data={"nodes": nodes, "edges": edges, "options": view.options},
    )


class HTMLExporter(Exporter):
    name = "html"
    filename = "index.html"
    media_type = "text/html"
    description = "interactive network view (pyvis, works offline)"

    def write(self, bundle: Bundle, path: Path) -> None:
        path.write_bytes(render(bundle).encode("utf-8"))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="charity-kg">
<title>Charity network</title>
<style type="text/css">{{ vis_style }}</style>
<style type="text/css">
html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 16px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0; }
#counts, #status { color: #666; font-size: 13px; }
#legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
#legend .glyph { font-size: 16px; margin-right: 4px; }
#find { font-size: 13px; }
#find input { font: inherit; padding: 2px 6px; width: 14em; }
main { flex: 1; display: flex; min-height: 0; }
#mynetwork { flex: 1; min-width: 0; position: relative; background: #ffffff; }
#details { width: 320px; overflow: auto; border-left: 1px solid #ddd; padding: 8px 12px; font-size: 13px; }
#details h2 { font-size: 14px; margin: 4px 0 8px; }
#details-text { white-space: pre-wrap; word-break: break-word; margin: 0; font-family: inherit; }
div.vis-tooltip { white-space: pre-wrap; max-width: 420px; font-family: inherit; font-size: 13px; }
</style>
<script type="text/javascript">{{ vis_script }}</script>
</head>
<body>
<header>
<h1>Charity network</h1>
<span id="counts">{{ node_count }} nodes, {{ edge_count }} links</span>
<span id="status" role="status">laying out…</span>
<ul id="legend">
{%- for item in legend %}
<li data-kind="{{ item.kind }}"><span class="glyph" style="color: {{ item.color }}">{{ item.glyph }}</span>{{ item.kind }} ({{ item.count }})</li>
{%- endfor %}
</ul>
<form id="find" autocomplete="off"><label>Find <input id="find-input" type="search" list="find-names" placeholder="name"></label> <datalist id="find-names"></datalist></form>
</header>
<main>
<div id="mynetwork"></div>
<aside id="details"><h2>Details</h2><pre id="details-text">Click a node or a link to see its details here; hover for a tooltip.</pre></aside>
</main>
<script type="text/javascript">
"use strict";
var DATA = {{ data|script_json }};
var nodes = new vis.DataSet(DATA.nodes);
var edges = new vis.DataSet(DATA.edges);
var container = document.getElementById("mynetwork");
var details = document.getElementById("details-text");
var hint = details.textContent;
var network = new vis.Network(container, {nodes: nodes, edges: edges}, DATA.options);

function showDetails(text) {
  details.textContent = text || hint;
}
network.on("click", function (params) {
  if (params.nodes.length) {
    showDetails(nodes.get(params.nodes[0]).title);
  } else if (params.edges.length) {
    showDetails(edges.get(params.edges[0]).title);
  } else {
    showDetails("");
  }
});
// Once the layout is stable, physics stops so nothing drifts; data-ready tells tests the page is drawn.
var progress = document.getElementById("status");
network.on("stabilizationProgress", function (params) {
  progress.textContent = "laying out\u2026 " + Math.round(100 * params.iterations / params.total) + "%";
});
function settle() {
  progress.textContent = "";
  network.setOptions({physics: {enabled: false}});
  network.fit({animation: false});
  document.body.setAttribute("data-ready", "true");
}
if (nodes.length) {
  network.once("stabilizationIterationsDone", settle);
} else {
  settle();
}

var names = document.getElementById("find-names");
nodes.get({order: "label"}).forEach(function (node) {
  var option = document.createElement("option");
  option.value = node.label;
  names.appendChild(option);
});
document.getElementById("find").addEventListener("submit", function (event) {
  event.preventDefault();
  var wanted = document.getElementById("find-input").value.trim();
  if (!wanted) { return; }
  var found = nodes.get({filter: function (node) { return node.label === wanted; }});
  if (!found.length) {
    found = nodes.get({filter: function (node) { return node.label.indexOf(wanted) !== -1; }});
  }
  if (found.length) {
    network.selectNodes([found[0].id]);
    network.focus(found[0].id, {scale: 1.2, animation: false});
    showDetails(found[0].title);
  } else {
    showDetails("No node is named like \\u201c" + wanted + "\\u201d.");
  }
});
</script>
</body>
</html>
"""
