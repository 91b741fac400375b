"""The build's SPARQL store: DIR/store/, an on-disk Oxigraph store that `query`, `serve` and `publish` open.

Bulk-loaded once from the build's sorted quads (no per-triple transactions),
with the ontology as its own named graph; no triple is in two graphs, so the
union of the graphs is the default graph `query` and `serve` answer, and the
data is stored once (see kg/store.py). The folder is
RocksDB's, so its bytes are not stable between builds; its content is (the
determinism test compares the quads).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import ONTOLOGY_GRAPH
from ..paths import ontology_file
from ..store import STORE_DIR
from .base import Bundle, Exporter

# Oxigraph's bulk loader parses a million quads per batch and keeps up to three batches (parsed, encoded and
# sorted for its six indexes) in memory: 2.0 GB at 10,000 articles, the largest part of a build's peak. Fed
# pieces of this many bytes of N-Quads (about 520,000 quads) it holds one small batch at a time.
PIECE_BYTES = 128 << 20


def nquads_pieces(path: Path, size: int) -> Iterator[bytes]:
    """The file's bytes in pieces of about size bytes, each ending at a line's end."""
    with path.open("rb") as source:
        while block := source.read(size):
            if not block.endswith(b"\n"):
                block += source.readline()
            yield block


def ontology_quads() -> list[ox.Quad]:
    """ontology/charity.ttl as quads of the ontology graph."""
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    with ontology_file("charity.ttl").open("rb") as source:
        return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(source, format=ox.RdfFormat.TURTLE)]


class StoreExporter(Exporter):
    """The named graphs and the ontology graph, in one on-disk store."""

    from_quads = True
    name = "store"
    filename = STORE_DIR
    media_type = "inode/directory"
    description = "Oxigraph store folder for `charity-kg query`, `serve` and `publish`"

    def write(self, bundle: Bundle, path: Path) -> None:
        store = ox.Store(str(path))
        # The build's one sorted quad stream, parsed and loaded by Oxigraph itself in pieces (bounded memory;
        # lenient: the build wrote and checked every term, so the loader skips validating IRIs again).
        # Oxigraph's loader runs without the GIL: the build loads the store while Python writes other files.
        for piece in nquads_pieces(bundle.quads.path, PIECE_BYTES):
            store.bulk_load(piece, format=ox.RdfFormat.N_QUADS, lenient=True)
        store.bulk_extend(ontology_quads())
        store.flush()
        del store  # closes RocksDB before the build folder is moved into place
