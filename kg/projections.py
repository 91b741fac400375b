"""Projections of the network that researchers compute first: who meets whom, which organizations share people.

Each projection is a graph of the same shape as the main network (node
attributes copied, edges with relation, role, weight, start, end, articles),
so the same writers turn it into GEXF, GraphML or CSV. An edge's time spans
the dates of the facts it was made from (open when none is dated), so
Gephi's timeline plays projections too. A window (`since`/`until`, years)
keeps only the facts dated inside it; undated facts cannot be placed in a
window and are left out when one is given.

- org-org: organizations linked by the events they attended (themselves or
  through a person holding a post there at the time); weight = shared events.
  `by="people"`: linked by the people holding posts in both; weight = shared people.
- person-person: people linked by the events both attended; weight = shared events.
- person-org: the bipartite graph of posts; weight = posts, label = the roles.
- org-network: organizations and the networks they belong to or chair a term of; weight = facts
  (a term and the membership it shows count once), label = the terms chaired.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .errors import ExportError
from .exporters.graphs import atomic_output, edge_interval, gexf_text, graph_tables, graphml_text, read_network, write_edges_csv, write_nodes_csv
from .layout import layout

PROJECTIONS = ("network", "org-org", "person-person", "person-org", "org-network")
ORG_ORG_BY = ("events", "people")


@dataclass(slots=True)
class _Link:
    """What one projected edge gathers: the facts behind it, their roles, dates and articles.

    Kept small (a co-attendance projection of a big corpus has about a million
    pairs): the articles are references to the source edges' lists, merged
    only when the edge is written.
    """

    items: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    article_lists: list[list[str]] = field(default_factory=list)
    start: str | None = None  # None: no fact seen yet; "": a fact open at the start
    end: str | None = None

    def add(self, item: str, attrs: dict[str, Any], role: str = "") -> None:
        self.add_dated(item, edge_interval(attrs), attrs.get("articles") or [], role)

    def add_dated(self, item: str, interval: tuple[str, str], articles: list[str], role: str = "") -> None:
        self.items.add(item)
        if role:
            self.roles.add(role)
        self.article_lists.append(articles)
        start, end = interval
        self.start = start if self.start is None else ("" if not start or not self.start else min(self.start, start))
        self.end = end if self.end is None else ("" if not end or not self.end else max(self.end, end))

    @property
    def articles(self) -> list[str]:
        if len(self.article_lists) == 1:
            return sorted(self.article_lists[0])
        return sorted(set().union(*self.article_lists))


def _in_window(attrs: dict[str, Any], since: int | None, until: int | None) -> bool:
    """Whether an edge's dates overlap the years since..until (always, when no window is given)."""
    if since is None and until is None:
        return True
    start, end = edge_interval(attrs)
    if not start and not end:
        return False
    # A side left open (a post held "since 2021") reaches as far as the window does.
    return (since is None or not end or int(end[:4]) >= since) and (until is None or not start or int(start[:4]) <= until)


def _edges(network: nx.MultiDiGraph, relations: Iterable[str], since: int | None, until: int | None) -> list[tuple[str, str, str, dict[str, Any]]]:
    wanted = set(relations)
    return sorted(
        (str(s), str(t), str(k), a)
        for s, t, k, a in network.edges(keys=True, data=True)
        if a.get("relation") in wanted and _in_window(a, since, until)
    )


def _kind(network: nx.MultiDiGraph, node: str) -> str:
    return str(network.nodes[node].get("kind", ""))


def _overlaps(position: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a post can have been held on the event's date (undated posts and events always can)."""
    post_start, post_end = edge_interval(position)
    event_start, event_end = edge_interval(event)
    return not (post_end and event_start and event_start > post_end) and not (post_start and event_end and event_end < post_start)


def project(network: nx.MultiDiGraph, name: str, by: str = "events", since: int | None = None, until: int | None = None) -> nx.MultiGraph:
    """The projection called name of network (see the module docstring), for the years since..until."""
    if name not in PROJECTIONS:
        raise ExportError(f"unknown projection {name!r}; choose one of: {', '.join(PROJECTIONS)}")
    if by not in ORG_ORG_BY:
        raise ExportError(f"unknown --by {by!r}; choose one of: {', '.join(ORG_ORG_BY)}")
    if since is not None and until is not None and since > until:
        raise ExportError(f"--since {since} is after --until {until}")
    if name == "network":
        return _window(network, since, until)
    if name == "org-org":
        return _org_org_by_people(network, since, until) if by == "people" else _co_attendance(network, "organization", since, until)
    if name == "person-person":
        return _co_attendance(network, "person", since, until)
    if name == "person-org":
        return _person_org(network, since, until)
    return _org_network(network, since, until)


def _window(network: nx.MultiDiGraph, since: int | None, until: int | None) -> nx.MultiDiGraph:
    """The whole network, or its dated facts inside the window and the nodes they join."""
    if since is None and until is None:
        return network
    graph = nx.MultiDiGraph()
    for source, target, key, attrs in network.edges(keys=True, data=True):
        if _in_window(attrs, since, until):
            for node in (source, target):
                graph.add_node(node, **network.nodes[node])
            graph.add_edge(source, target, key=key, **attrs)
    return graph


def _attendance(network: nx.MultiDiGraph, kind: str, since: int | None, until: int | None) -> dict[str, dict[str, dict[str, Any]]]:
    """node of kind -> event -> the participation that ties them (an organization's own, or one of its people's)."""
    attended: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    posts: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    if kind == "organization":
        for person, org, _, attrs in _edges(network, ["position"], None, None):
            if _kind(network, org) == "organization":
                posts[person].append((org, attrs))
    for who, event, _, attrs in _edges(network, ["participation"], since, until):
        if _kind(network, event) != "event":
            continue
        if _kind(network, who) == kind:
            attended[who].setdefault(event, attrs)
        for org, post in posts.get(who, []):
            if _overlaps(post, attrs):
                attended[org].setdefault(event, attrs)
    return attended


def _co_attendance(network: nx.MultiDiGraph, kind: str, since: int | None, until: int | None) -> nx.MultiGraph:
    attended = _attendance(network, kind, since, until)
    links: dict[tuple[str, str], _Link] = defaultdict(_Link)
    by_event: dict[str, list[str]] = defaultdict(list)
    for node, events in attended.items():
        for event in events:
            by_event[event].append(node)
    for event, members in sorted(by_event.items()):
        interval = edge_interval(attended[members[0]][event])  # the event's date, the same for every attendee
        for a, b in combinations(sorted(members), 2):
            links[(a, b)].add_dated(event, interval, attended[a][event].get("articles") or [])
    return _graph(network, sorted(attended), links, "co_attendance", directed=False)


def _org_org_by_people(network: nx.MultiDiGraph, since: int | None, until: int | None) -> nx.MultiGraph:
    held: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for person, org, _, attrs in _edges(network, ["position"], since, until):
        if _kind(network, person) == "person" and _kind(network, org) == "organization":
            held[person].setdefault(org, attrs)
    links: dict[tuple[str, str], _Link] = defaultdict(_Link)
    for person, orgs in sorted(held.items()):
        for a, b in combinations(sorted(orgs), 2):
            links[(a, b)].add(person, orgs[a])
            links[(a, b)].add(person, orgs[b])
    orgs = sorted({org for orgs in held.values() for org in orgs})
    return _graph(network, orgs, links, "shared_people", directed=False)


def _person_org(network: nx.MultiDiGraph, since: int | None, until: int | None) -> nx.MultiGraph:
    links: dict[tuple[str, str], _Link] = defaultdict(_Link)
    for person, org, key, attrs in _edges(network, ["position"], since, until):
        if _kind(network, person) == "person" and _kind(network, org) == "organization":
            links[(person, org)].add(key, attrs, str(attrs.get("role") or ""))
    return _graph(network, sorted({node for pair in links for node in pair}), links, "position", directed=True)


def _org_network(network: nx.MultiDiGraph, since: int | None, until: int | None) -> nx.MultiGraph:
    """Membership edges and chair terms (organization -> term, counted for the term's network); one fact counted once."""
    links: dict[tuple[str, str], _Link] = defaultdict(_Link)
    for org, target, key, attrs in _edges(network, ["network_member", "chair_term"], since, until):
        target_node = network.nodes[target]
        group = target if target_node.get("kind") == "network" else str(target_node.get("network") or "")
        if _kind(network, org) != "organization" or group not in network or _kind(network, group) != "network":
            continue
        role = f"{attrs.get('role') or '轮值主席'} {target_node.get('year', '')}".strip() if attrs.get("relation") == "chair_term" else ""
        links[(org, group)].add(str(attrs.get("fact") or key), attrs, role)
    return _graph(network, sorted({node for pair in links for node in pair}), links, "network", directed=True)


def _graph(network: nx.MultiDiGraph, nodes: list[str], links: dict[tuple[str, str], _Link], relation: str, directed: bool) -> nx.MultiGraph:
    """The projected graph: nodes with the network's attributes, one weighted, dated edge per linked pair."""
    graph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    for node in nodes:
        graph.add_node(node, **network.nodes[node])
    for (a, b), link in sorted(links.items()):
        graph.add_edge(
            a, b, key=f"{relation} {a} {b}",
            relation=relation,
            role=" / ".join(sorted(link.roles)),
            weight=len(link.items),
            start=link.start or "",
            end=link.end or "",
            articles=link.articles,
        )
    return graph


FORMATS = ("gexf", "graphml", "csv")


def export_projection(
    data_dir: Path, fmt: str, out: Path, name: str = "network", by: str = "events", since: int | None = None, until: int | None = None,
) -> list[Path]:
    """Read the network a build wrote into data_dir, project it and write it as fmt to out; the paths written.

    csv writes two files beside out: <stem>-nodes.csv and <stem>-edges.csv.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    graph = project(read_network(data_dir), name, by, since, until)
    tables = graph_tables(graph, layout(graph))
    out = Path(out)
    what = f"{name} projection" + (f" by {by}" if name == "org-org" else "") + _window_text(since, until)
    if fmt == "gexf":
        return [_write(out, lambda stream: stream.write(gexf_text(tables, f"charity network, {what}")))]
    if fmt == "graphml":
        return [_write(out, lambda stream: stream.write(graphml_text(tables)))]
    stem = out.with_suffix("") if out.suffix.lower() == ".csv" else out
    return [
        _write(stem.with_name(f"{stem.name}-nodes.csv"), lambda stream: write_nodes_csv(tables, stream)),
        _write(stem.with_name(f"{stem.name}-edges.csv"), lambda stream: write_edges_csv(tables, stream)),
    ]


def _window_text(since: int | None, until: int | None) -> str:
    if since is None and until is None:
        return ""
    return f", {since if since is not None else '…'}–{until if until is not None else '…'}"


def _write(path: Path, render: Callable[[IO[str]], Any]) -> Path:
    with atomic_output(path, newline="") as stream:
        render(stream)
    return path
