"""The build's RDF as one sorted N-Quads file: what every RDF exporter, the store and the validator read.

Graphs are written as they are built (any order, each already sorted) and the
file is put in graph order once at the end (a rename when they came in graph
order, as the build writes them), so a corpus streams through without its
quads ever being held in memory. The union of the graphs (each triple once,
for Turtle, JSON-LD and validation) is made from it by an external merge sort:
GNU sort in a child process where there is one (C locale: byte order of UTF-8
is code point order, so the same file as Python's sort), else in Python;
memory stays bounded however large the corpus.
"""

from __future__ import annotations

import heapq
import os
import shutil
import subprocess
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import ExportError

RUN_LINES = 400_000  # triples sorted in memory at a time when making the union


class QuadWriter:
    """Collects each graph's sorted N-Quads text, then writes them in graph order to one file."""

    def __init__(self, folder: Path, owner: object = None) -> None:
        self.folder = folder
        self.owner = owner
        self.chunks = folder / "graphs.chunks"
        self._handle = self.chunks.open("wb")
        self._index: dict[str, list[tuple[int, int]]] = {}
        self._in_order = True
        self._last = ""
        self.statements = 0

    def add(self, graph: str, nquads: str, statements: int) -> None:
        data = nquads.encode("utf-8")
        self._in_order = self._in_order and f"<{graph}>" > self._last
        self._last = f"<{graph}>"
        offset = self._handle.tell()
        self._handle.write(data)
        self._index.setdefault(graph, []).append((offset, len(data)))
        self.statements += statements

    def add_lines(self, graph: str, lines: Path) -> None:
        """A graph whose N-Quads lines are in a file, in any order and repeated: written sorted, each once."""
        unique = lines.with_suffix(".sorted")
        sort_unique(lines, unique, self.folder)
        offset = self._handle.tell()
        count = 0
        with unique.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                self._handle.write(block)
                count += block.count(b"\n")
        unique.unlink()
        self._in_order = self._in_order and f"<{graph}>" > self._last
        self._last = f"<{graph}>"
        self._index.setdefault(graph, []).append((offset, self._handle.tell() - offset))
        self.statements += count

    def close(self) -> SortedQuads:
        """The sorted file; a graph written twice (never by the build) would be an error."""
        self._handle.close()
        path = self.folder / "graph.nq"
        if self._in_order:  # written in graph order: the file is already sorted
            os.replace(self.chunks, path)
            return SortedQuads(path, self.statements, owner=self.owner)
        with self.chunks.open("rb") as source, path.open("wb") as out:
            for graph in sorted(self._index, key=lambda name: f"<{name}>"):  # the order of the lines
                pieces = self._index[graph]
                if len(pieces) > 1:
                    raise ExportError(f"graph {graph} was written twice; please report this as a bug")
                offset, length = pieces[0]
                source.seek(offset)
                out.write(source.read(length))
        self.chunks.unlink()
        return SortedQuads(path, self.statements, owner=self.owner)


class SortedQuads:
    """A sorted N-Quads file (graph, subject, predicate, object) and the sorted union of its graphs."""

    def __init__(self, path: Path, count: int, scratch: Path | None = None, owner: object = None) -> None:
        self.owner = owner  # the temporary folder holding the file lives as long as this object
        self.path = path
        self.count = count
        self.scratch = scratch or path.parent  # where the union and its sorted runs are written
        self._union: Path | None = None
        self._union_lock = threading.Lock()  # the store and the file writers may ask for it from two threads

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def quads(self) -> Iterator[ox.Quad]:
        return ox.parse(path=str(self.path), format=ox.RdfFormat.N_QUADS)

    def copy_to(self, target: Path) -> None:
        """The file at target: a hard link when both are on one file system (no second copy on disk)."""
        try:
            os.link(self.path, target)
        except OSError:
            shutil.copyfile(self.path, target)

    def union_path(self) -> Path:
        """N-Triples of the union of all graphs, each triple once, sorted (made once, on first use)."""
        with self._union_lock:
            return self._make_union()

    def _make_union(self) -> Path:
        if self._union is None:
            union = self.scratch / "union.nt"
            if shutil.which("sort") and shutil.which("sed"):
                _gnu_union(self.path, union, self.scratch)
            else:
                _external_sort(_triple_lines(self.path), union, self.scratch)
            self._union = union
        return self._union

    def triples(self) -> Iterator[ox.Triple]:
        return ox.parse(path=str(self.union_path()), format=ox.RdfFormat.N_TRIPLES)


def _triple_lines(path: Path) -> Iterator[str]:
    """Each N-Quads line without its graph name (IRIs hold no spaces, so the graph is the last term)."""
    with path.open("r", encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line.rsplit(" ", 2)[0] + " .\n"


def sort_unique(path: Path, out: Path, folder: Path) -> None:
    """The lines of a file sorted (by code point) and each once, into out; bounded memory."""
    if shutil.which("sort"):
        with out.open("wb") as target:
            done = subprocess.run(["sort", "-u", "-S", "256M", "-T", str(folder), str(path)], stdout=target, env=dict(os.environ, LC_ALL="C"))
        if done.returncode:
            raise ExportError(f"{path}: sorting failed (sort exit {done.returncode})")
        return
    with path.open("r", encoding="utf-8", newline="\n") as lines:
        _external_sort(lines, out, folder)


def _gnu_union(path: Path, out: Path, folder: Path) -> None:
    """The union by sed (drop the graph, the last IRI of each line) and GNU sort -u in the C locale."""
    env = dict(os.environ, LC_ALL="C")
    with out.open("wb") as target:
        strip = subprocess.Popen(["sed", "-E", r"s/ <[^ >]*> \.$/ ./", str(path)], stdout=subprocess.PIPE, env=env)
        try:
            sort = subprocess.run(["sort", "-u", "-S", "512M", "--parallel=2", "-T", str(folder)], stdin=strip.stdout, stdout=target, env=env)
        finally:
            assert strip.stdout is not None
            strip.stdout.close()
            strip.wait()
    if strip.returncode or sort.returncode:
        raise ExportError(f"{path}: making the union of the graphs failed (sed exit {strip.returncode}, sort exit {sort.returncode})")


def _external_sort(lines: Iterable[str], out: Path, folder: Path) -> None:
    """Sorted, de-duplicated lines into out, using sorted runs on disk past RUN_LINES lines."""
    runs: list[Path] = []
    batch: set[str] = set()
    for line in lines:
        batch.add(line)
        if len(batch) >= RUN_LINES:
            runs.append(_write_run(batch, folder, len(runs)))
            batch = set()
    if not runs:
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(sorted(batch))
        return
    if batch:
        runs.append(_write_run(batch, folder, len(runs)))
    handles = [run.open("r", encoding="utf-8", newline="\n") for run in runs]
    try:
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            previous = None
            for line in heapq.merge(*handles):
                if line != previous:
                    handle.write(line)
                    previous = line
    finally:
        for run_handle in handles:
            run_handle.close()
        for run in runs:
            os.unlink(run)


def _write_run(batch: set[str], folder: Path, number: int) -> Path:
    path = folder / f"union-run-{number:05d}.nt"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(sorted(batch))
    return path
