"""kg.layout: precomputed positions shared by the HTML view and the GEXF export."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from kg.layout import UNIT, layout


def _sample(seed: int = 3, stars: int = 40) -> nx.MultiDiGraph:
    """Stars (an article's event and its people) joined through a few shared organizations, plus islands."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    orgs = [f"https://example.org/org/{i}" for i in range(8)]
    for star in range(stars):
        event = f"https://example.org/event/{star}"
        for person in range(rng.randint(2, 9)):
            graph.add_edge(f"https://example.org/person/{star}-{person}", event, key="participation")
        graph.add_edge(rng.choice(orgs), event, key="host")
    for island in range(5):
        graph.add_edge(f"https://example.org/island/{island}a", f"https://example.org/island/{island}b", key="x")
    graph.add_node("https://example.org/alone")
    return graph


def _boxes(graph: nx.MultiDiGraph, positions: dict) -> list[tuple[float, float, float, float]]:
    boxes = []
    for component in nx.connected_components(graph.to_undirected()):
        xs = [positions[n][0] for n in component]
        ys = [positions[n][1] for n in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def test_every_node_has_a_finite_position() -> None:
    graph = _sample()
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    for x, y in positions.values():
        assert math.isfinite(x) and math.isfinite(y)
    assert len(set(positions.values())) == len(positions), "two nodes share a position"


def test_same_graph_in_any_order_gives_the_same_positions() -> None:
    graph = _sample()
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes)
    random.Random(1).shuffle(nodes)
    shuffled.add_nodes_from(nodes)
    edges = list(graph.edges(keys=True))
    random.Random(2).shuffle(edges)
    shuffled.add_edges_from(edges)
    first = layout(graph)
    assert layout(graph) == first
    assert layout(shuffled) == first
    assert repr(sorted(first.items())) == repr(sorted(layout(graph.copy()).items()))


def test_layout_leaves_the_global_random_generator_alone() -> None:
    random.seed(11)
    expected = [random.random() for _ in range(3)]
    random.seed(11)
    layout(_sample())
    assert [random.random() for _ in range(3)] == expected


def test_components_do_not_overlap() -> None:
    graph = _sample()
    boxes = _boxes(graph, layout(graph))
    assert len(boxes) >= 7  # groups of stars, five islands, one lone node
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart, f"components overlap: {a} {b}"


def test_neighbours_sit_closer_than_strangers() -> None:
    graph = _sample()
    positions = layout(graph)
    linked = [math.dist(positions[u], positions[v]) for u, v in graph.edges()]
    nodes = sorted(graph.nodes)
    rng = random.Random(5)
    pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(500)]
    strangers = [math.dist(positions[u], positions[v]) for u, v in pairs if u != v and not graph.has_edge(u, v) and not graph.has_edge(v, u)]
    median = sorted(linked)[len(linked) // 2]
    assert 0.5 * UNIT < median < 2 * UNIT
    assert median < sorted(strangers)[len(strangers) // 2] / 2


def test_tiny_graphs() -> None:
    assert layout(nx.MultiDiGraph()) == {}
    single = nx.MultiDiGraph()
    single.add_node("a")
    assert layout(single) == {"a": (0.0, 0.0)}
    loop = nx.MultiDiGraph()
    loop.add_edge("a", "a")
    loop.add_edge("a", "b")
    loop.add_edge("a", "b")
    positions = layout(loop)
    assert math.isclose(math.dist(positions["a"], positions["b"]), UNIT)


def test_ten_thousand_nodes_are_laid_out() -> None:
    """The size the view must handle (timings are in benchmarks/, not here)."""
    graph = _sample(seed=4, stars=1500)
    assert graph.number_of_nodes() > 7000
    positions = layout(graph)
    assert len(positions) == graph.number_of_nodes()
    assert len(set(positions.values())) == len(positions)


def test_a_component_past_the_core_is_placed_round_its_best_connected_nodes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past CORE nodes only the best-connected ones go through Fruchterman-Reingold (its work grew faster than the
    nodes); every other node sits beside a neighbour, deterministically."""
    import kg.layout as module

    graph = _sample(stars=60)
    monkeypatch.setattr(module, "CORE", 40)
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert layout(graph) == positions
    undirected = nx.Graph(graph.to_undirected())
    main = max(nx.connected_components(undirected), key=len)
    assert len(main) > 40
    for node in main:
        nearest = min(math.dist(positions[node], positions[other]) for other in undirected[node])
        assert nearest <= 6 * UNIT, f"{node} far from every neighbour"
