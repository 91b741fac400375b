"""The NetworkX graph of the resolved facts: who holds posts where, who met at which event, who chaired what.

Built from the per-article outputs of kg/rdf.py (the same walk that writes the
quads), never read back from RDF. Node ids are IRIs; every node and edge
carries the fact ids (`fact`, `facts`) that index bundle.evidence. The
attributes are those of /docs CONTRACT (see `build_network`): plain strings,
numbers and lists of strings; kg/exporters/graphs.py flattens the lists for
GEXF and GraphML.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from json import dumps, loads
from operator import itemgetter
from pathlib import Path
from sys import intern
from typing import Any

import networkx as nx

from .derive import Bag, Derived
from .derive import items as _items
from .derive import put as _put
from .rdf import ArticleOutput, EdgePart, NodePart

NODE_FIELDS = ("type", "region", "network", "date", "place", "year")


def _pick(counts: dict[str, int]) -> str:
    """The value most articles give; ties go to the smallest, so the choice never depends on order."""
    if not counts:
        return ""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _count(counts: dict[str, int], value: str, weight: int = 1) -> None:
    counts[value] = counts.get(value, 0) + weight


# A node or edge of a large corpus is stated by one or two articles: a set per attribute (216 bytes
# empty) cost most of the network's memory; its few values are kept in a bag (kg.derive.put).


class _Node:
    """What all articles say about one node (plain dicts: a large corpus has a million of these)."""

    __slots__ = ("kind", "own_labels", "labels", "values", "aliases", "articles", "dates", "own_facts", "facts")

    def __init__(self) -> None:
        self.kind: dict[str, int] = {}
        self.own_labels: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.values: dict[str, dict[str, int]] = {}
        self.aliases: Bag = None
        self.articles: Bag = None
        self.dates: Bag = None
        self.own_facts: Bag = None
        self.facts: Bag = None

    def add(self, part: NodePart, article: str, date: str) -> None:
        own = part.fact == part.iri
        _count(self.kind, part.kind)
        _count(self.own_labels if own else self.labels, part.label)
        for name in NODE_FIELDS:
            value = getattr(part, name)
            if value:
                _count(self.values.setdefault(name, {}), value, 2 if own else 1)  # a node's own fact outweighs a mention
        for alias in part.aliases:
            self.aliases = _put(self.aliases, alias)
        self.articles = _put(self.articles, article)
        if date:
            self.dates = _put(self.dates, date)
        if part.fact:
            if own:
                self.own_facts = _put(self.own_facts, part.fact)
            else:
                self.facts = _put(self.facts, part.fact)

    def attributes(self) -> dict[str, object]:
        kind = _pick(self.kind)
        values = {name: _pick(self.values.get(name, {})) for name in NODE_FIELDS}
        dates = _items(self.dates)
        if kind == "event" and values["date"]:
            start = end = values["date"]
        elif kind == "chair_term" and values["year"]:
            start = end = values["year"]
        else:
            start, end = (min(dates)[:4], max(dates)[:4]) if dates else ("", "")
        return {
            "label": _pick(self.own_labels or self.labels),
            "kind": kind,
            **values,
            "type": values["type"] or kind,
            "aliases": sorted(_items(self.aliases)),
            "start": start,
            "end": end,
            "articles": sorted(_items(self.articles)),
            "facts": sorted(_items(self.own_facts) or _items(self.facts)),
        }


class _Edge:
    __slots__ = ("statuses", "starts", "ends", "dates", "articles")

    def __init__(self) -> None:
        self.statuses: Bag = None  # (article date, status)
        self.starts: Bag = None
        self.ends: Bag = None
        self.dates: Bag = None
        self.articles: Bag = None

    def add(self, part: EdgePart, article: str, date: str) -> None:
        if part.status:
            self.statuses = _put(self.statuses, (date, part.status))
        if part.start:
            self.starts = _put(self.starts, part.start)
        if part.end:
            self.ends = _put(self.ends, part.end)
        if date:
            self.dates = _put(self.dates, date)
        self.articles = _put(self.articles, article)

    def start(self) -> str:
        """Without a since/until, an article attests the fact in its year (not from its day on)."""
        return min(_items(self.starts)) if self.starts is not None else min(_items(self.dates), default="")[:4]

    def end(self) -> str:
        return max(_items(self.ends)) if self.ends is not None else max(_items(self.dates), default="")[:4]


class NetworkBuilder:
    """Merges article outputs one at a time (a corpus streams through), then adds the derived edges."""

    def __init__(self) -> None:
        self.nodes: dict[str, _Node] = defaultdict(_Node)
        self.edges: dict[tuple[str, str, str, str, str], _Edge] = defaultdict(_Edge)

    def add(self, output: ArticleOutput) -> None:
        # Each article's parts arrive unpickled with their own copies of every IRI, relation and role:
        # interned, a node's IRI is one string wherever it is a key (its node, its edges', the graph's
        # adjacency) instead of one copy per article and edge.
        for part in output.nodes:
            if part.fact:
                part.fact = intern(part.fact)
            self.nodes[intern(part.iri)].add(part, output.article_id, output.date)
        for edge in output.edges:
            key = (intern(edge.source), intern(edge.target), intern(edge.relation), intern(edge.fact), intern(edge.role))
            self.edges[key].add(edge, output.article_id, output.date)

    def graph(self, derived: Derived) -> nx.MultiDiGraph:
        """The network, nodes and edges in sorted order so every export of it is byte-stable.

        What the builder gathered is dropped as it goes into the graph (never both for the whole
        corpus): the builder is spent afterwards."""
        nodes = ((node, self.nodes.pop(node).attributes()) for node in sorted(self.nodes))
        edges = ((key, self.edges.pop(key)) for key in list(self.edges))
        return _network(nodes, edges, derived)


def _network(nodes: Iterable[tuple[str, dict[str, object]]], edges: Iterable[tuple[tuple[str, str, str, str, str], _Edge]],
             derived: Derived) -> nx.MultiDiGraph:
    """The graph of merged nodes (their attributes, in IRI order) and edges (any order), with the derived edges."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    # The position edges successors are drawn between (derived.successors names them by their facts).
    wanted = {fact for after, before, _ in derived.successors for fact in (after, before)}
    positions: dict[str, tuple[str, _Edge]] = {}
    rows = []
    for key, acc in edges:
        source, target, relation, fact, role = key
        if relation == "position" and fact in wanted:
            positions[fact] = (source, acc)
        status = max(_items(acc.statuses))[1] if acc.statuses is not None else ""  # what the latest article says
        articles = sorted(_items(acc.articles))
        rows.append((source, target, relation, fact, role, status, acc.start(), acc.end(), [fact], articles, len(articles)))
    rows += _derived_edges(graph, derived, positions)
    graph.add_edges_from(
        (source, target, f"{relation}|{fact}|{role}", {
            "relation": relation, "role": role, "status": status, "start": start, "end": end,
            "weight": weight, "fact": fact, "facts": facts, "articles": articles,
        })
        for source, target, relation, fact, role, status, start, end, facts, articles, weight in sorted(rows)
    )
    return graph


def _derived_edges(graph: nx.MultiDiGraph, derived: Derived, positions: dict[str, tuple[str, _Edge]]) -> list[tuple]:
    nodes = graph.nodes
    edges: list[tuple] = []
    for earlier, later in derived.next_terms:
        articles = sorted(set(nodes[earlier]["articles"]) | set(nodes[later]["articles"]))
        edges.append((earlier, later, "next_term", earlier, "", "", nodes[earlier]["year"], nodes[later]["year"], sorted({earlier, later}), articles, 1))
    for term, event in derived.handovers:
        date = nodes[event]["date"]
        edges.append((event, term, "handover", event, "", "", date, date, [event], nodes[event]["articles"], 1))
    for after, before, role in derived.successors:
        later_person, later = positions[after]
        earlier_person, earlier = positions[before]
        articles = sorted(set(_items(later.articles)) | set(_items(earlier.articles)))
        edges.append((later_person, earlier_person, "successor", after, role, "", later.start(), "", sorted({after, before}), articles, 1))
    return edges


def part_lines(output: ArticleOutput) -> tuple[str, str]:
    """An article's network parts as lines (its nodes', its edges'), each keyed by its node or edge as JSON text
    (no raw tab or line break) and a tab: sorted on disk, a node's or edge's lines come together (network_from_parts)."""
    article, date = output.article_id, output.date
    nodes = "".join(
        f"{dumps(part.iri, ensure_ascii=False)}\t"
        f"{dumps([article, date, part.kind, part.label, part.type, part.region, part.aliases, part.network, part.date, part.place, part.year, part.fact], ensure_ascii=False)}\n"
        for part in output.nodes)
    edges = "".join(
        f"{dumps([edge.source, edge.target, edge.relation, edge.fact, edge.role], ensure_ascii=False)}\t"
        f"{dumps([article, date, edge.status, edge.start, edge.end], ensure_ascii=False)}\n"
        for edge in output.edges)
    return nodes, edges


def _grouped(path: Path) -> Iterator[tuple[str, list[str]]]:
    """The lines of a key-sorted parts file, as (key, the values of its lines)."""
    with path.open("r", encoding="utf-8", newline="\n") as lines:
        key, values = None, []
        for line in lines:
            head, _, value = line.partition("\t")
            if head != key:
                if values:
                    yield key, values
                key, values = head, []
            values.append(value)
        if values:
            yield key, values


def _merged_nodes(path: Path) -> Iterator[tuple[str, dict[str, object]]]:
    for key, values in _grouped(path):
        iri = intern(loads(key))
        node = _Node()
        for value in values:
            article, date, kind, label, type_, region, aliases, network, day, place, year, fact = loads(value)
            node.add(NodePart(iri, kind, label, type_, region, tuple(aliases), network, day, place, year, intern(fact) if fact else fact),
                     intern(article), intern(date))
        yield iri, node.attributes()


def _merged_edges(path: Path) -> Iterator[tuple[tuple[str, str, str, str, str], _Edge]]:
    for key, values in _grouped(path):
        source, target, relation, fact, role = (intern(field) for field in loads(key))
        edge = _Edge()
        for value in values:
            article, date, status, start, end = loads(value)
            edge.add(EdgePart(source, target, relation, fact, role, status, start, end), intern(article), intern(date))
        yield (source, target, relation, fact, role), edge


def network_from_parts(nodes: Path, edges: Path, derived: Derived) -> nx.MultiDiGraph:
    """The network of a build from its parts on disk (part_lines, each file sorted so a key's lines are together):
    the same graph NetworkBuilder gives, without holding every node's and edge's parts while the corpus is walked.

    Merging is independent of the order of a key's lines (counts, sets, the latest status), and the nodes are
    taken in IRI order whatever order the file's keys come in."""
    merged = sorted(_merged_nodes(nodes), key=itemgetter(0))
    return _network(merged, _merged_edges(edges), derived)


def build_network(outputs: list[ArticleOutput], derived: Derived) -> nx.MultiDiGraph:
    """The network of a corpus's article outputs.

    Nodes (id = IRI): label, kind (organization | person | event | network | document |
    chair_term), type, region, aliases, network, date, place, year, start, end,
    articles, facts. Edges (key = relation|fact|role): relation, role, status,
    start, end, weight, fact, facts, articles.

    Dates: events carry their date, chair terms their year; a position's
    start/end are its since/until where the text gives them, otherwise the
    years of the first and last article stating it (an article attests a post
    in its year, not from its publication day on); other nodes and edges span
    the years of the articles stating them.
    """
    builder = NetworkBuilder()
    for output in outputs:
        builder.add(output)
    return builder.graph(derived)
