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

import heapq
import math
import random
import tempfile
from array import array
from functools import partial
from pathlib import Path

import igraph
import networkx as nx

from .network import SORT_BUFFER, NetworkFiles, network_source
from .quads import sort_lines

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


class Positions:
    """Every node's (x, y) by its number in the network's sorted node ids, in two arrays of floats: the layout of a
    build, read by number by the views page and the network files (a dict of points by IRI held some 150 bytes a
    node and every node's IRI besides: about 1 M nodes at 100,000 articles)."""

    __slots__ = ("xs", "ys")

    def __init__(self, xs: array, ys: array) -> None:
        self.xs, self.ys = xs, ys

    def __len__(self) -> int:
        return len(self.xs)

    def at(self, number: int) -> Point:
        return self.xs[number], self.ys[number]


def neighbours(network: nx.Graph | NetworkFiles) -> tuple[list[str], set[int]]:
    """Every node id of network (sorted) and each pair of neighbours once, as one number a * count + b of their
    numbers in that list (a <= b; a loop a * (count + 1)), the whole network held: for graphs held whole (a build's
    network is numbered on disk: numbered_links)."""
    source = network_source(network)
    nodes = list(source.node_ids())
    index = {node: number for number, node in enumerate(nodes)}
    count = len(nodes)
    links = set()
    for u, v in source.edge_ends():
        a, b = index[u], index[v]
        links.add(a * count + b if a <= b else b * count + a)
    return nodes, links


def numbered_links(network: nx.Graph | NetworkFiles) -> tuple[int, array]:
    """How many nodes network has, and each pair of neighbours once as one number a * count + b of their numbers in
    the sorted node ids (a <= b; a loop a * (count + 1)), ascending, in an array: what the layout and the views page
    both read from the network's edges, so a build reads them once. A build's network (NetworkFiles) is numbered
    on disk, no node's IRI held (NetworkFiles.numbered_ends); a graph held whole, in memory (neighbours)."""
    if isinstance(network, NetworkFiles) and network.streamed:
        count, codes = network.number_of_nodes(), array("q")
        for a, b in network.numbered_ends():
            codes.append(a * count + b if a <= b else b * count + a)
        return count, _sorted_once(codes, network.folder)
    nodes, links = neighbours(network)
    return len(nodes), array("q", sorted(links))


def _sorted_once(codes: array, folder: Path) -> array:
    """The numbers of codes ascending, each once, sorted on disk in pieces (a list of a million Python ints is some
    40 MB; the array is 8 bytes a number)."""
    with tempfile.TemporaryDirectory(prefix="charity-kg-links-", dir=folder) as scratch:
        path = Path(scratch) / "codes.txt"
        with path.open("w", encoding="ascii", newline="\n") as out:
            for start in range(0, len(codes), 100_000):
                out.write("".join(f"{code:020d}\n" for code in codes[start:start + 100_000]))  # fixed width: text order is number order
        del codes[:]
        ordered = Path(scratch) / "codes.sorted"
        sort_lines(path, ordered, Path(scratch), unique=True, buffer=SORT_BUFFER)
        path.unlink()
        result = array("q")
        with ordered.open("r", encoding="ascii", newline="\n") as lines:
            for block in iter(partial(lines.readlines, 1 << 20), []):
                result.extend(map(int, block))
    return result


def layout(network: nx.Graph | NetworkFiles, links: tuple[int, array] | None = None) -> dict[str, Point]:
    """(x, y) for every node id of network (a NetworkX graph or a build's NetworkFiles, streamed);
    deterministic and fast enough for 10,000 nodes. links: its `numbered_links`, when the caller has them."""
    positions = layout_positions(network, links)
    return {node: positions.at(number) for number, node in enumerate(network_source(network).node_ids())}


def layout_positions(network: nx.Graph | NetworkFiles, links: tuple[int, array] | None = None) -> Positions:
    """`layout`'s points by node number (see Positions); links: the network's `numbered_links`, when the caller has
    them."""
    count, codes = numbered_links(network) if links is None else links
    if not count:
        return Positions(array("d"), array("d"))
    graph = igraph.Graph(n=count)
    batch: list[tuple[int, int]] = []
    for code in codes:  # ascending: the edges in the order sorted() gave them
        if code % (count + 1):  # loops left out
            batch.append(divmod(code, count))
            if len(batch) == 100_000:
                graph.add_edges(batch)
                batch = []
    graph.add_edges(batch)
    del batch
    components = sorted((array("l", sorted(members)) for members in graph.connected_components()), key=lambda m: (-len(m), m[0]))
    # igraph draws from Python's random module by default; a seeded generator for this call, then the default again.
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        # each component's points in two arrays beside its members (a dict of points a component held some 150
        # bytes a node until all were packed)
        pieces = []
        for number, members in enumerate(components):
            components[number] = None  # type: ignore[call-overload]
            pieces.append((members, *(_component(graph.induced_subgraph(members)) if len(members) <= CORE else _cored(graph, members))))
    finally:
        igraph.set_random_number_generator(random)
    del components, graph
    xs, ys = _pack(pieces, count)  # every node is in one component: placed once
    for number in range(count):
        xs[number] = round(xs[number], DIGITS) + 0.0
        ys[number] = round(ys[number], DIGITS) + 0.0
    return Positions(xs, ys)


def _component(graph: igraph.Graph) -> tuple[array, array]:
    """One connected component laid out around (0, 0), scaled so neighbours are about UNIT apart: its vertices'
    x and y."""
    count = graph.vcount()
    if count == 1:
        return array("d", [0.0]), array("d", [0.0])
    if count == 2:
        return array("d", [-UNIT / 2, UNIT / 2]), array("d", [0.0, 0.0])
    start = [[math.cos(2 * math.pi * i / count) * math.sqrt(count), math.sin(2 * math.pi * i / count) * math.sqrt(count)] for i in range(count)]
    coords = graph.layout_fruchterman_reingold(seed=start, niter=_iterations(count), grid=count > GRID_ABOVE).coords
    del start
    lengths = [math.dist(coords[a], coords[b]) for a, b in graph.get_edgelist()]
    lengths.sort()
    typical = lengths[len(lengths) // 2] if lengths else 1.0
    del lengths
    scale = UNIT / typical if typical > 0 else UNIT
    width = max(x for x, _ in coords) - min(x for x, _ in coords)
    height = max(y for _, y in coords) - min(y for _, y in coords)
    if width > 0 and height > 0:  # stars of many leaves pack tightly: give each node at least AREA
        scale = max(scale, math.sqrt(count * AREA / (width * height)))
    cx = sum(x for x, _ in coords) / count
    cy = sum(y for _, y in coords) / count
    return array("d", [(x - cx) * scale for x, _ in coords]), array("d", [(y - cy) * scale for _, y in coords])


def _cored(graph: igraph.Graph, members: array) -> tuple[array, array]:
    """A huge component (its members, ascending, in graph): its CORE best-connected nodes (by degree, ties by IRI
    order) laid out as a component, each other node beside the neighbour that reached it first from the core, on a
    spiral round that neighbour (the k-th node put round one at UNIT * sqrt(k + 1) / 2, k golden angles round), so it
    stays linear. Its members' x and y. Read in graph itself, not in a copy of the component (a component's vertices
    have all their neighbours in it; its copy was some 30 bytes an edge of the main network)."""
    count = len(members)
    local = array("l", [0]) * graph.vcount()  # a vertex of graph -> its number among members
    for number, vertex in enumerate(members):
        local[vertex] = number
    degrees = array("l", graph.degree(members))
    core = sorted(heapq.nsmallest(CORE, range(count), key=lambda v: (-degrees[v], v)))
    del degrees
    core_xs, core_ys = _component(graph.induced_subgraph([members[v] for v in core]))
    xs, ys = array("d", [0.0]) * count, array("d", [0.0]) * count
    placed = bytearray(count)
    for number, vertex in enumerate(core):
        xs[vertex], ys[vertex] = core_xs[number], core_ys[number]
        placed[vertex] = 1
    del core_xs, core_ys
    # Each vertex's neighbours read when the walk reaches it (what get_adjlist gives, a list a vertex, each read
    # once), not the whole adjacency list held: some 200 bytes a node of the main component (10,000 articles: 23 MB).
    adjacency = partial(graph.neighbors, mode="out", loops="twice", multiple=True)
    children = array("l", [0]) * count
    golden = math.pi * (3 - math.sqrt(5))
    frontier = core
    while frontier:
        following = []
        for vertex in frontier:
            cx, cy = xs[vertex], ys[vertex]
            for other in adjacency(members[vertex]):
                other = local[other]
                if not placed[other]:
                    k = children[vertex]
                    children[vertex] = k + 1
                    distance = UNIT * math.sqrt(k + 1) / 2
                    xs[other], ys[other] = cx + distance * math.cos(k * golden), cy + distance * math.sin(k * golden)
                    placed[other] = 1
                    following.append(other)
        frontier = following
    return xs, ys


def _iterations(count: int) -> int:
    """Fruchterman-Reingold iterations for a component of count nodes: the work stays bounded on huge components."""
    if count <= GRID_ABOVE:
        return ITERATIONS
    return max(LEAST_ITERATIONS, min(GRID_ITERATIONS, WORK // count))


def _pack(pieces: list[tuple[array, array, array]], count: int) -> tuple[array, array]:
    """The components placed in rows (shelves), biggest first at the top left, inside a roughly square area:
    each node's x and y by its number (count nodes; pieces: each component's members and their x and y, emptied
    as its components are placed).

    y grows upwards (as in Gephi); rows go down from y = 0.
    """
    boxes = []
    for _, piece_xs, piece_ys in pieces:
        left, bottom = min(piece_xs), min(piece_ys)
        boxes.append((left, bottom, max(piece_xs) - left + GAP * UNIT, max(piece_ys) - bottom + GAP * UNIT))
    width = max(max(box[2] for box in boxes), math.sqrt(sum(box[2] * box[3] for box in boxes)) * 1.2)
    xs, ys = array("d", [0.0]) * count, array("d", [0.0]) * count
    x = y = row_height = 0.0
    for number, (left, bottom, box_width, box_height) in enumerate(boxes):
        members, piece_xs, piece_ys = pieces[number]
        pieces[number] = (array("l"), array("d"), array("d"))
        if x > 0 and x + box_width > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        top = bottom + box_height - GAP * UNIT
        for member, px, py in zip(members, piece_xs, piece_ys):
            xs[member], ys[member] = px - left + x, py - top - y
        x += box_width
        row_height = max(row_height, box_height)
    return xs, ys
