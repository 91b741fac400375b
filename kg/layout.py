"""Node positions computed once at build time, so views and Gephi open on a settled drawing.

The HTML view draws these positions as they are (no physics in the browser) and
the GEXF export writes them as viz:position, so both show the same picture.

How: the graph is taken as undirected and simple, split into connected
components; each component is laid out by igraph's Fruchterman-Reingold (its
grid variant on big components, so 10,000 nodes take seconds, not minutes;
past WORK // GRID_ITERATIONS nodes fewer iterations, so that the main network
of a 10,000-article corpus, some 70,000 nodes, costs seconds too, at the price
of a less settled drawing), started from a fixed circle and driven by a seeded
random generator. A component of more than CORE nodes (the main network of a
corpus of tens of thousands of articles: 70,000 nodes at 10,000 articles,
some 700,000 at 100,000) is drawn by its CORE best-connected nodes alone; every
other node is then put beside the neighbour that reached it first (a
breadth-first walk out of that core), on a small spiral round it: the work is
bounded by the core plus a linear walk, where Fruchterman-Reingold's grid
variant grew faster than the nodes (10,000 -> 100,000 articles: the layout and
views page 29 -> 1,073 s), and the many people and events met through one
organization sit round it. The components are then packed in rows, biggest first, so the many small
article-sized islands of a corpus sit beside the main network instead of
being flung to its rim. Same graph -> same coordinates, byte for byte: node
order is sorted by IRI and coordinates are rounded.
"""

from __future__ import annotations

import math
import random
from array import array
from functools import partial

import igraph
import networkx as nx

from .network import NetworkFiles, network_source

SEED = 20240508
UNIT = 10.0  # median distance between neighbours, in layout units
AREA = (1.2 * UNIT) ** 2  # least area a node of a big component gets, so dense cores spread out
GAP = 2.0  # space between packed components, in UNITs
GRID_ABOVE = 1000  # nodes: igraph's grid approximation of repulsion above this size
ITERATIONS = 500  # for components up to GRID_ABOVE nodes
GRID_ITERATIONS = 300  # for bigger ones, while the work below allows
WORK = 3_000_000  # node-iterations one component may take: each grid iteration costs time linear in its nodes
LEAST_ITERATIONS = 60
CORE = 20_000  # nodes of a component laid out by Fruchterman-Reingold; the rest placed round them
DIGITS = 2

Point = tuple[float, float]


def neighbours(network: nx.Graph | NetworkFiles) -> tuple[list[str], set[int]]:
    """Every node id of network (sorted) and each pair of neighbours once, as one number a * count + b of their
    numbers in that list (a <= b; a loop a * (count + 1)): what the layout and the views page both read from the
    network's edges, so a build reads them once (a pair as a tuple cost four times the memory)."""
    source = network_source(network)
    nodes = list(source.node_ids())
    index = {node: number for number, node in enumerate(nodes)}
    count = len(nodes)
    links = set()
    for u, v in source.edge_ends():
        a, b = index[u], index[v]
        links.add(a * count + b if a <= b else b * count + a)
    return nodes, links


def layout(network: nx.Graph | NetworkFiles, links: tuple[list[str], set[int]] | None = None) -> dict[str, Point]:
    """(x, y) for every node id of network (a NetworkX graph or a build's NetworkFiles, streamed);
    deterministic and fast enough for 10,000 nodes. links: its `neighbours`, when the caller has them."""
    nodes, codes = neighbours(network) if links is None else links
    if not nodes:
        return {}
    count = len(nodes)
    graph = igraph.Graph(n=count)
    ordered = sorted(code for code in codes if code % (count + 1))  # loops left out
    del codes
    for start in range(0, len(ordered), 100_000):
        graph.add_edges([divmod(code, count) for code in ordered[start:start + 100_000]])
    del ordered
    components = sorted((sorted(members) for members in graph.connected_components()), key=lambda m: (-len(m), m[0]))
    # igraph draws from Python's random module by default; a seeded generator for this call, then the default again.
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        pieces = [_component(graph.induced_subgraph(members), members) if len(members) <= CORE else _cored(graph.induced_subgraph(members), members)
                  for members in components]
    finally:
        igraph.set_random_number_generator(random)
    del components
    xs, ys = _pack(pieces, count)  # every node is in one component: placed once
    return {nodes[number]: (round(xs[number], DIGITS) + 0.0, round(ys[number], DIGITS) + 0.0) for number in range(count)}


def _component(graph: igraph.Graph, members: list[int]) -> dict[int, Point]:
    """One connected component laid out around (0, 0), scaled so neighbours are about UNIT apart."""
    count = graph.vcount()
    if count == 1:
        return {members[0]: (0.0, 0.0)}
    if count == 2:
        return {members[0]: (-UNIT / 2, 0.0), members[1]: (UNIT / 2, 0.0)}
    start = [[math.cos(2 * math.pi * i / count) * math.sqrt(count), math.sin(2 * math.pi * i / count) * math.sqrt(count)] for i in range(count)]
    coords = graph.layout_fruchterman_reingold(seed=start, niter=_iterations(count), grid=count > GRID_ABOVE).coords
    lengths = [math.dist(coords[a], coords[b]) for a, b in graph.get_edgelist()]
    lengths.sort()
    typical = lengths[len(lengths) // 2] if lengths else 1.0
    scale = UNIT / typical if typical > 0 else UNIT
    width = max(x for x, _ in coords) - min(x for x, _ in coords)
    height = max(y for _, y in coords) - min(y for _, y in coords)
    if width > 0 and height > 0:  # stars of many leaves pack tightly: give each node at least AREA
        scale = max(scale, math.sqrt(count * AREA / (width * height)))
    cx = sum(x for x, _ in coords) / count
    cy = sum(y for _, y in coords) / count
    return {member: ((x - cx) * scale, (y - cy) * scale) for member, (x, y) in zip(members, coords)}


def _cored(graph: igraph.Graph, members: list[int]) -> dict[int, Point]:
    """A huge component: its CORE best-connected nodes (by degree, ties by IRI order) laid out as a component,
    each other node beside the neighbour that reached it first from the core, on a spiral round that neighbour
    (the k-th node put round one at UNIT * sqrt(k + 1) / 2, k golden angles round), so it stays linear."""
    count = graph.vcount()
    degrees = graph.degree()
    core = sorted(sorted(range(count), key=lambda v: (-degrees[v], v))[:CORE])
    del degrees
    placed = _component(graph.induced_subgraph(core), core)
    coords: list[Point | None] = [None] * count
    for vertex in core:
        coords[vertex] = placed[vertex]
    del placed
    # Each vertex's neighbours read when the walk reaches it (what get_adjlist gives, a list a vertex, each read
    # once), not the whole adjacency list held: some 200 bytes a node of the main component (10,000 articles: 23 MB).
    adjacency = partial(graph.neighbors, mode="out", loops="twice", multiple=True)
    children = array("l", [0]) * count
    golden = math.pi * (3 - math.sqrt(5))
    frontier = core
    while frontier:
        following = []
        for vertex in frontier:
            cx, cy = coords[vertex]  # type: ignore[misc]
            for other in adjacency(vertex):
                if coords[other] is None:
                    k = children[vertex]
                    children[vertex] = k + 1
                    distance = UNIT * math.sqrt(k + 1) / 2
                    coords[other] = (cx + distance * math.cos(k * golden), cy + distance * math.sin(k * golden))
                    following.append(other)
        frontier = following
    return {member: coords[vertex] for vertex, member in enumerate(members)}  # type: ignore[misc]


def _iterations(count: int) -> int:
    """Fruchterman-Reingold iterations for a component of count nodes: the work stays bounded on huge components."""
    if count <= GRID_ABOVE:
        return ITERATIONS
    return max(LEAST_ITERATIONS, min(GRID_ITERATIONS, WORK // count))


def _pack(pieces: list[dict[int, Point]], count: int) -> tuple[array, array]:
    """The components placed in rows (shelves), biggest first at the top left, inside a roughly square area:
    each node's x and y by its number (count nodes; pieces is emptied as its components are placed, so the
    build never holds a node's point twice as objects: some 150 bytes a node, 1.2 M nodes at 100,000 articles).

    y grows upwards (as in Gephi); rows go down from y = 0.
    """
    boxes = []
    for piece in pieces:
        xs = [x for x, _ in piece.values()]
        ys = [y for _, y in piece.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + GAP * UNIT, max(ys) - min(ys) + GAP * UNIT))
    width = max(max(box[2] for box in boxes), math.sqrt(sum(box[2] * box[3] for box in boxes)) * 1.2)
    xs, ys = array("d", [0.0]) * count, array("d", [0.0]) * count
    x = y = row_height = 0.0
    for number, (left, bottom, box_width, box_height) in enumerate(boxes):
        piece, pieces[number] = pieces[number], {}
        if x > 0 and x + box_width > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        top = bottom + box_height - GAP * UNIT
        for member, (px, py) in piece.items():
            xs[member], ys[member] = px - left + x, py - top - y
        x += box_width
        row_height = max(row_height, box_height)
    return xs, ys
