"""Time and memory of the network files and projections on a built graph.

Run:  python benchmarks/bench_gephi.py DIR
DIR is a build folder holding network.json (`charity-kg build ... -o DIR -f network`);
for a big one: python /path/to/make_scale_corpus.py . 3000 /tmp/scale && charity-kg build /tmp/scale -o /tmp/scale-out -f network --no-validate.
Prints seconds per step, nodes/edges per projection and the peak resident memory; numbers go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.exporters.graphs import gexf_text, graph_tables, graphml_text, read_network, write_edges_csv, write_nodes_csv  # noqa: E402
from kg.layout import layout  # noqa: E402
from kg.projections import PROJECTIONS, project  # noqa: E402


def timed(label: str, step, *args):
    started = time.perf_counter()
    result = step(*args)
    print(f"{label:<28} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    network = timed("read network.json", read_network, args.folder)
    print(f"network: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges")
    positions = timed("layout (kg/layout.py)", layout, network)
    tables = timed("tables", graph_tables, network, positions)
    gexf = timed("GEXF text", gexf_text, tables)
    print(f"GEXF: {len(gexf.encode('utf-8')) / 2**20:.1f} MiB")
    timed("GraphML text", graphml_text, tables)
    timed("CSV nodes + edges", lambda: (write_nodes_csv(tables, io.StringIO()), write_edges_csv(tables, io.StringIO())))
    for name in PROJECTIONS[1:]:
        graph = timed(f"projection {name}", project, network, name)
        print(f"  {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    graph = timed("projection org-org by people", project, network, "org-org", "people")
    print(f"  {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
