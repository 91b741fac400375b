"""The views for policy staff: one self-contained, offline HTML page (index.html).

The page holds the whole network as data (nodes with the positions of
kg/layout.py, edges, the evidence of every fact as numbers into one table of
the sentences, each stated once, and the articles) and one
script (view/app.js) that draws it on a 2D canvas and builds the views from
the URL hash: the overview ``#/``, a node ``#/node/<IRI>`` and the connections
between two nodes ``#/path/<IRI>/<IRI>``. Nothing is fetched; no physics runs
in the browser.

A network of more than VIEW_NODES nodes (20,000: some 3,000 articles' worth;
about 700,000 at 100,000 articles) is drawn by its VIEW_NODES most important
nodes: every network, chair term and organization (what policy staff look
for), then the people and events with the most neighbours. The page says how
many nodes and links it leaves out and which files of the same build hold
them all (nodes.csv, edges.csv, network.json, GEXF, GraphML), and each node's
view how many of its neighbours are not drawn: a page that opens in seconds
with the best-connected part, instead of 900 MB no browser opens well.

Why our own canvas drawing instead of vis-network or sigma.js: measured in
headless Chromium on this machine with the 1,000-article network (8,789
nodes), vis-network with fixed positions and physics off pans at about 9
frames/s, sigma.js (WebGL, software-rendered by SwiftShader where there is no
GPU) at about 3, and one batched canvas path per colour at about 43
(benchmarks/bench_html_view.py; docs/BENCHMARKS.md).

Article text is untrusted, so every label and sentence is data, never markup:

* the data is JSON with ``<``, ``>``, ``&``, ``'``, ``=`` and the JavaScript
  line separators escaped, so a ``</script>`` in a name cannot end the script
  block;
* the script puts text into the page with ``textContent`` only and draws
  labels on the canvas; links to articles are made only for http(s) URLs.

The same bundle gives a byte-identical page: sorted nodes and edges, sorted
JSON keys, a seeded layout, no timestamps.
"""

from __future__ import annotations

import heapq
import json
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from ..errors import ExportError
from ..layout import Positions, layout_positions, numbered_links
from ..network import network_source
from .base import Bundle, Exporter, attr_list, attr_text, evidence_pairs

#: Kind -> (colour, Chinese name, English name), in legend order.
KINDS: dict[str, tuple[str, str, str]] = {
    "organization": ("#1f77b4", "组织", "organization"),
    "person": ("#ff7f0e", "人物", "person"),
    "event": ("#2ca02c", "活动", "event"),
    "network": ("#d62728", "网络", "network"),
    "chair_term": ("#8c564b", "轮值任期", "chair term"),
    "document": ("#9467bd", "文件", "document"),
    "project": ("#e377c2", "项目", "project"),
    "other": ("#7f7f7f", "其他", "other"),
}
COLORS = {kind: spec[0] for kind, spec in KINDS.items()}

NODE_TEXT = ("label", "kind", "type", "region", "network", "date", "place", "year", "start", "end")
EDGE_TEXT = ("relation", "role", "status", "start", "end", "fact")

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


def _asset(name: str, closing: str) -> Markup:
    """A file of kg/exporters/view, checked so that it can be inlined in a <script> or <style> element."""
    try:
        text = resources.files(__package__).joinpath("view", name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot read the view's {name} ({exc}); reinstall charity-kg") from None
    lowered = text.lower()
    for bad in (f"</{closing}", "<script", "<!--"):
        if bad in lowered:
            raise ExportError(f"the view's {name} contains {bad!r} and cannot be inlined")
    return Markup(text)


def shared_layout(bundle: Bundle, links: tuple[int, array] | None = None) -> dict[str, tuple[float, float]] | Positions:
    """kg.layout's positions of the bundle's network, computed once per build for every exporter (links: the
    network's kg.layout.numbered_links, when the caller has read them): by node number (Positions), unless a
    caller put a dict by IRI there (the library's tests do)."""
    if "layout" not in bundle.derived:
        bundle.derived["layout"] = layout_positions(bundle.network, links)
    return bundle.derived["layout"]


def point(positions: dict[str, tuple[float, float]] | Positions, number: int, name: str) -> tuple[float, float]:
    """A node's position, by its number in the sorted node ids (Positions) or by its IRI (a dict)."""
    return positions.at(number) if isinstance(positions, Positions) else positions[name]


#: Nodes the page draws at most. A browser holds 20,000 nodes with their evidence in some 30 MB and draws them
#: at interactive speed; at 100,000 articles the network has some 700,000 (a 900 MB page no browser opens well).
VIEW_NODES = 20_000
#: Kinds drawn before any person or event, whatever their degree: what the page is about.
FIRST_KINDS = ("network", "chair_term", "organization")
#: Where the nodes and links the page leaves out are (all written by the same build).
FULL_FILES = ("nodes.csv", "edges.csv", "network.json", "graph.gexf", "graph.graphml")
#: On a capped page, the evidence sentences shown per fact and the articles listed per node: a hub organization
#: is stated by a share of every article, so without these its evidence made the page grow with the corpus again.
#: The rest is counted on the page and is in facts.jsonl (every fact of every article, with its sentence).
EVIDENCE_PER_FACT = 5
ARTICLES_PER_NODE = 20


def shown_nodes(items: Iterable[tuple[int, str, dict[str, Any]]], degree: Sequence[int], limit: int) -> list[tuple[int, str, dict[str, Any]]]:
    """The limit nodes a capped page draws, (number, IRI, attributes) sorted by IRI: networks, chair terms and
    organizations first, then the nodes with the most neighbours (ties by IRI), so the page shows the
    best-connected part of the network. items: every node with its number and attributes (read once, only the
    drawn nodes' kept); degree: each node's count of neighbours by number."""
    best = heapq.nsmallest(limit, ((attrs.get("kind") not in FIRST_KINDS, -degree[number], name, number, attrs) for number, name, attrs in items))
    return sorted(((number, name, attrs) for _, _, name, number, attrs in best), key=itemgetter(1))


def view_data(bundle: Bundle, limit: int | None = None) -> dict[str, Any]:
    """Everything the page shows, in columns: nodes (sorted by IRI), edges, evidence, sentences, articles, kinds.

    evidence maps a fact to numbers in sentences, whose items are [article, sentence] (each pair once).
    A network of more than `limit` nodes is drawn by its `limit` most important ones (see `shown_nodes`);
    then `omitted` says how many nodes and links are not on the page and where they are, and each node's
    `hidden` how many of its neighbours are not. The network is streamed (a build's NetworkFiles): only
    the drawn nodes' IRIs and attributes are held, every node by its number in the sorted node ids."""
    source = network_source(bundle.network)
    count, links = numbered_links(bundle.network)  # each pair of neighbours once, as one number (see kg.layout.numbered_links)
    positions = shared_layout(bundle, (count, links))
    articles = bundle.articles
    evidence = bundle.evidence

    degree = array("l", [0]) * count
    for link in links:
        a, b = divmod(link, count)
        degree[a] += 1
        if b != a:
            degree[b] += 1
    limit = VIEW_NODES if limit is None else limit
    capped = count > limit
    if capped:
        shown = shown_nodes(((number, name, attrs) for number, (name, attrs) in enumerate(source.node_items())), degree, limit)
    else:
        shown = [(number, name, attrs) for number, (name, attrs) in enumerate(source.node_items())]
    names = [name for _, name, _ in shown]
    index = {name: row for row, name in enumerate(names)}
    hidden = [0] * len(names)
    if capped:
        row_of = {number: row for row, (number, _, _) in enumerate(shown)}
        for link in links:
            a, b = divmod(link, count)
            row_a, row_b = row_of.get(a), row_of.get(b)
            if row_a is not None and row_b is None:
                hidden[row_a] += 1
            elif row_b is not None and row_a is None:
                hidden[row_b] += 1
        del row_of
    del links
    nodes: dict[str, list[Any]] = {column: [] for column in ("id", *NODE_TEXT, "aliases", "facts", "articles", "x", "y", "degree", *(("hidden", "articles_more") if capped else ()))}
    for row, (number, name, attrs) in enumerate(shown):
        shown[row] = (number, name, {})
        nodes["id"].append(name)
        for column in NODE_TEXT:
            nodes[column].append(attr_text(attrs.get(column)))
        nodes["aliases"].append(attr_list(attrs.get("aliases")))
        nodes["facts"].append(attr_list(attrs.get("facts")))
        listed = attr_list(attrs.get("articles"))
        if capped:
            nodes["articles_more"].append(max(0, len(listed) - ARTICLES_PER_NODE))
            listed = listed[:ARTICLES_PER_NODE]
        nodes["articles"].append(listed)
        x, y = point(positions, number, name)
        nodes["x"].append(x)
        nodes["y"].append(-y)  # the canvas's y grows downwards; Gephi's upwards
        nodes["degree"].append(degree[number])
        if capped:
            nodes["hidden"].append(hidden[row])
    del shown, degree
    if not nodes["label"] or not all(nodes["label"]):
        nodes["label"] = [label or name.rsplit("/", 1)[-1] for label, name in zip(nodes["label"], names)]

    edges: dict[str, list[Any]] = {column: [] for column in ("source", "target", *EDGE_TEXT)}
    for source_node, target, _, attrs in source.edge_items(index if capped else None):  # sorted by (source, target, key)
        edges["source"].append(index[source_node])
        edges["target"].append(index[target])
        for column in EDGE_TEXT:
            edges[column].append(attr_text(attrs.get(column)))

    wanted = {fact for facts in nodes["facts"] for fact in facts} | {fact for fact in edges["fact"] if fact}
    # Each (article, sentence) once, in a table the facts point into by number: at 10,000 articles the
    # sentences repeated per fact were more than half of the page's data.
    sentences: list[tuple[str, str]] = []
    numbers: dict[tuple[str, str], int] = {}
    shown: dict[str, list[int]] = {}
    more: dict[str, int] = {}  # fact -> its evidence sentences not on a capped page
    squeezed: dict[str, str] = {}  # sentence -> its words joined by single spaces; many facts share a sentence
    for fact, items in evidence_pairs(evidence, wanted):
        pairs = set()
        for article, sentence in items:
            text = squeezed.get(sentence)
            if text is None:
                text = squeezed[sentence] = " ".join(sentence.split())
            if text:
                pairs.add((article, text))
        if pairs:
            refs = []
            ordered = sorted(pairs)
            if capped and len(ordered) > EVIDENCE_PER_FACT:
                more[fact] = len(ordered) - EVIDENCE_PER_FACT
                ordered = ordered[:EVIDENCE_PER_FACT]
            for pair in ordered:
                number = numbers.get(pair)
                if number is None:
                    number = numbers[pair] = len(sentences)
                    sentences.append(pair)
                refs.append(number)
            shown[fact] = refs
    del numbers, squeezed
    used = {article for article, _ in sentences} | {a for listed in nodes["articles"] for a in listed}
    data = {
        "nodes": nodes,
        "edges": edges,
        "evidence": shown,
        "sentences": [list(pair) for pair in sentences],
        "articles": {article: {field: attr_text(articles.get(article, {}).get(field)) for field in ("title", "date", "url")} for article in sorted(used)},
        "kinds": [[kind, *spec] for kind, spec in KINDS.items()],
    }
    if capped:
        data["omitted"] = {"nodes": count - len(names), "edges": source.number_of_edges() - len(edges["source"]), "files": list(FULL_FILES),
                           "evidence": more}
    return data


def render(bundle: Bundle) -> str:
    """The page's HTML."""
    return "".join(render_pieces(bundle))


_DATA_MARK = "\x00KG_DATA\x00"  # where the data goes; NUL occurs in no template, script or style


def render_pieces(bundle: Bundle) -> Iterator[str]:
    """The page's HTML in pieces: the data is written a column at a time, never as one string
    (at 10,000 articles it is 190 MB, and the whole page, its escaped and encoded copies were
    held at once)."""
    env = Environment(autoescape=True, keep_trailing_newline=True)
    data = view_data(bundle)
    page = env.from_string(TEMPLATE).render(
        data=Markup(_DATA_MARK),
        script=_asset("app.js", "script"),
        style=_asset("app.css", "style"),
        node_count=len(data["nodes"]["id"]),
        edge_count=len(data["edges"]["source"]),
        omitted=data.get("omitted"),
    )
    head, tail = page.split(_DATA_MARK)
    yield head
    yield from _script_json_pieces(data)
    yield tail


PIECE_KEYS = 2000  # keys of a big dict (evidence, articles) dumped at once: a dump per key cost more than the rest


def _script_json_pieces(value: Any, levels: int = 2) -> Iterator[str]:
    """script_json(value) in pieces: the dict and the dicts in it key by key (the data's parts and
    the node and edge columns), a dict of many keys (evidence, articles) PIECE_KEYS keys at a time."""
    if not isinstance(value, dict) or not value or not all(isinstance(key, str) for key in value) or (levels == 0 and len(value) <= PIECE_KEYS):
        yield str(script_json(value))
        return
    keys = sorted(value)
    if len(keys) > PIECE_KEYS:
        for start in range(0, len(keys), PIECE_KEYS):
            # a dict's JSON without its braces is its members' JSON: the pieces join to the whole dict's
            text = str(script_json({key: value[key] for key in keys[start:start + PIECE_KEYS]}))
            yield ("{" if start == 0 else ",") + text[1:-1]
        yield "}"
        return
    for number, key in enumerate(keys):
        yield ("{" if number == 0 else ",") + str(script_json(key)) + ":"
        yield from _script_json_pieces(value[key], levels - 1)
    yield "}"


class HTMLExporter(Exporter):
    name = "html"
    filename = "index.html"
    media_type = "text/html"
    description = "the views for policy staff: overview, node, path (one offline page)"
    reads_evidence = True

    def write(self, bundle: Bundle, path: Path) -> None:
        with path.open("wb") as stream:
            for piece in render_pieces(bundle):
                stream.write(piece.encode("utf-8"))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh" data-state="loading">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="charity-kg">
<title>慈善网络</title>
<style type="text/css">{{ style }}</style>
</head>
<body>
<header>
<h1><a id="home" data-i18n="title">慈善网络</a></h1>
<span id="counts">{{ node_count }} · {{ edge_count }}{% if omitted %} / {{ node_count + omitted.nodes }} · {{ edge_count + omitted.edges }}{% endif %}</span>
<form id="search" autocomplete="off" role="search"><input id="search-input" type="search" data-i18n-placeholder="search"></form>
<span class="tools">
<button type="button" id="export-png" data-i18n="png">导出 PNG</button>
<button type="button" id="export-csv" data-i18n="csv">导出 CSV</button>
<button type="button" id="lang" lang="en">English</button>
</span>
</header>
<main>
<div id="stage"><canvas id="graph" role="img" aria-label="network drawing"></canvas><div id="tip" role="tooltip"></div></div>
<aside id="panel"><p id="status" role="status" data-i18n="loading">加载中…</p></aside>
</main>
<script type="text/javascript">var KG_DATA = {{ data }};</script>
<script type="text/javascript">{{ script }}</script>
</body>
</html>
"""
