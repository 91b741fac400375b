"""The build's RDF as one sorted N-Quads file: what every RDF exporter, the store and the validator read.

Graphs are written as they are built (any order, each already sorted) and the
file is put in graph order once at the end (a rename when they came in graph
order, as the build writes them), so a corpus streams through without its
quads ever being held in memory.

No triple is in two graphs: a triple several graphs state (a post's
organization, a stated status or an alias that several articles give) is taken
out of them and stated once, in the shared graph of exactly those graphs,
<id/graph/shared/HASH>, which <id/graph/shared> says it was derived from
(prov:wasDerivedFrom each of them: for an article graph, the article). So the
union of the named graphs, which the store answers as its default graph and any
SPARQL store can, has each triple once, without a second copy of the data.
Only the statements the writer marks as shareable are looked at for that (an
article's evidence, sentences and own statements name nodes of that article
alone, about 70 % of the quads): they are written a second time, keyed by
triple, and GNU sort puts them together, so settling the file costs a sort of a
third of it and the store can load it early; the articles' part of them is sorted in
the background as soon as the articles are written (`sort_shareable_early`), while
the build derives the corpus-wide statements on one core, and only merged with the
rest when the file is settled. The union of the graphs (each
triple once, sorted, for Turtle, JSON-LD and validation) is a second external
sort, made on first use: perl (or Python) drops each line's graph and GNU sort
-u sorts in the C locale (byte order of UTF-8 is code point order, so the same
file as Python's sort); without them, in Python. Memory stays bounded however
large the corpus (the shared triples are held, about 1.5 % of them).
"""

from __future__ import annotations

import heapq
import io
import mmap
import os
import queue
import shutil
import signal
import subprocess
import threading
from contextlib import contextmanager
from itertools import groupby, islice
from operator import itemgetter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

import pyoxigraph as ox

from .errors import ExportError
from .ids import digest
from .namespaces import SHARED_GRAPH, SHARED_GRAPHS

WAS_DERIVED_FROM = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_WAS_DERIVED_FROM, _SHARED_GRAPH = WAS_DERIVED_FROM.encode("utf-8"), SHARED_GRAPH.encode("utf-8")
SETTLE_BLOCK = 1 << 23  # bytes of the quads settling copies at a time
RUN_LINES = 400_000  # triples sorted in memory at a time when making the union
Inputs = Path | Sequence[Path]  # a file of lines, or several read as one (a sort needs no copy of them in one file)


class LineSink(Protocol):
    """Where settling writes the store's rest: a binary file, or RestPieces."""

    def writelines(self, lines: Iterable[bytes], /) -> None: ...


class QuadWriter:
    """Collects each graph's sorted N-Quads text, then gives them in graph order as one file (when it is settled).

    The graphs stay in the files they came in (add_file's, add_sorted_lines') or that add wrote, one after
    another: settling reads them in order and writes the one file anyway, so they are not copied into one
    first (2,000 articles: 204 MB written and a kernel copy less)."""

    def __init__(self, folder: Path, owner: object = None) -> None:
        self.folder = folder
        self.owner = owner
        self._segments: list[Path] = []  # the files whose lines, one file after another, are every graph as written
        self._handle: BinaryIO | None = None  # add's file, the last segment while it is open
        self._size = 0  # bytes in all segments
        self.shareable = folder / "shareable.keyed"  # "triple .\tgraph" lines that another graph may state too
        self._shareable = self.shareable.open("wb")
        self._shareable_parts: list[Path] = []  # add_file's files of shareable statements, kept as they are until sorted
        self._early: tuple[Path, Callable[[], None]] | None = None  # the shareable lines sorted early, and its wait
        self._index: dict[str, list[tuple[int, int]]] = {}
        self._in_order = True
        self._last = ""
        self.statements = 0

    def add(self, graph: str, nquads: str, statements: int, shareable: str | None = None) -> None:
        """A graph's sorted N-Quads text; shareable: its statements that another graph may state too, as
        "triple .\tgraph" lines (see ArticleOutput.shareable); None: all of them may."""
        if shareable is None:
            shareable = nquads.replace(f" <{graph}> .\n", f" .\t<{graph}>\n")  # a literal's newline is escaped
        self._shareable.write(shareable.encode("utf-8"))
        data = nquads.encode("utf-8")
        if self._handle is None:
            self._segments.append(self.folder / f"graphs-{len(self._segments):06d}.chunk")
            self._handle = self._segments[-1].open("wb")
        self._handle.write(data)
        self._note(graph, self._size, len(data), statements)
        self._size += len(data)

    def _take(self, source: Path) -> int:
        """source's file the next segment (the writer owns it from now on); its size."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._segments.append(source)
        offset = self._size
        self._size += source.stat().st_size
        return offset

    def add_file(self, source: Path, graphs: list[tuple[str, int, int]], shareable: Path) -> None:
        """Graphs whose sorted N-Quads lie one after another in a file, as (graph, bytes, statements), and the
        file of their shareable statements (see add): both files kept as they are (the writer owns them), never
        read into Python nor copied; the shareable file sorted with the others, not copied into one first."""
        offset = self._take(source)
        self._shareable_parts.append(shareable)
        for graph, length, statements in graphs:
            self._note(graph, offset, length, statements)
            offset += length

    def _note(self, graph: str, offset: int, length: int, statements: int) -> None:
        pieces = self._index.get(graph)
        if f"<{graph}>" == self._last and pieces and sum(pieces[-1]) == offset:
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + length)  # the graph just written, continued
        else:
            self._in_order = self._in_order and f"<{graph}>" > self._last
            self._last = f"<{graph}>"
            self._index.setdefault(graph, []).append((offset, length))
        self.statements += statements

    def sort_shareable_early(self, after: Callable[[], None] | None = None) -> Callable[[], None]:
        """The shareable statements written so far sorted (each once) in the background from now on (once after()
        returned; see in_background); those added later go to a file of their own, merged with these when the quads
        are settled (SortedQuads). Returns the wait of the sort."""
        self._shareable.close()
        written = self.folder / "shareable.early"
        os.replace(self.shareable, written)
        done = written.with_suffix(".sorted")
        self._early = (done, in_background(sorted_away, [written, *self._shareable_parts], done, self.folder, after=after))
        self._shareable_parts = []
        self._shareable = self.shareable.open("wb")
        return self._early[1]

    def add_lines(self, graph: str, lines: Path) -> None:
        """A graph whose N-Quads lines are in a file, in any order and repeated: written sorted, each once."""
        unique = lines.with_suffix(".sorted")
        sort_unique(lines, unique, self.folder)
        self.add_sorted_lines(graph, unique)

    def add_sorted_lines(self, graph: str, unique: Path) -> None:
        """A graph whose N-Quads lines are in a file, sorted and each once (the writer owns the file from now on)."""
        count = 0
        with unique.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                count += block.count(b"\n")
        offset = self._take(unique)
        self._in_order = self._in_order and f"<{graph}>" > self._last
        self._last = f"<{graph}>"
        self._index.setdefault(graph, []).append((offset, self._size - offset))
        self.statements += count

    def close(self) -> SortedQuads:
        """The quads in graph order, settled on first use; a graph written twice (never by the build) would be an error."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        for part in self._shareable_parts:  # not sorted early: into the one file settling sorts
            append_file(self._shareable, part)
            part.unlink()
        self._shareable.close()
        early = None
        if self._early is not None:
            early, wait = self._early
            wait()
        path = self.folder / "graph.nq"
        if self._in_order:  # written in graph order: the segments, one after another, are the sorted file
            return SortedQuads(path, self.statements, owner=self.owner, settled=False, shareable=self.shareable, sorted_shareable=early,
                               parts=self._segments)
        chunks = self.folder / "graphs.chunks"
        with chunks.open("wb") as joined:
            for segment in self._segments:
                append_file(joined, segment)
                segment.unlink()
        with chunks.open("rb") as source, path.open("wb") as out:
            for graph in sorted(self._index, key=lambda name: f"<{name}>"):  # the order of the lines
                pieces = self._index[graph]
                if len(pieces) > 1:
                    raise ExportError(f"graph {graph} was written twice; please report this as a bug")
                offset, length = pieces[0]
                source.seek(offset)
                out.write(source.read(length))
        chunks.unlink()
        return SortedQuads(path, self.statements, owner=self.owner, settled=False, shareable=self.shareable, sorted_shareable=early)


def link_or_copy(source: Path, target: Path) -> None:
    """source's file at target: a hard link when both are on one file system (no second copy on disk)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def append_file(target: BinaryIO, source: Path) -> None:
    """source's bytes appended to the open binary file target (os.copy_file_range where there is one:
    the kernel copies, nothing passes through Python)."""
    target.flush()
    with source.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        copied = 0
        try:
            while copied < size:
                step = os.copy_file_range(handle.fileno(), target.fileno(), size - copied)
                if step == 0:
                    break
                copied += step
        except (AttributeError, OSError):  # not on Linux, or not between these file systems
            pass
        target.seek(0, os.SEEK_END)
        if copied < size:
            handle.seek(copied)
            shutil.copyfileobj(handle, target, 1 << 20)


class SortedQuads:
    """A sorted N-Quads file (graph, subject, predicate, object) and the sorted union of its graphs.

    As the build writes it (settled=False, with the file of its shareable statements, and maybe a file of
    more of them sorted already, each once), triples several graphs state are moved to shared graphs on first
    use of the file (see the module's docstring); a file a build wrote is settled already. Unsettled, the file
    may not exist yet: parts are the files whose lines, one file after another, are its lines as written
    (settling writes the file at path from them and removes them).
    """

    def __init__(self, path: Path, count: int, scratch: Path | None = None, owner: object = None, settled: bool = True,
                 shareable: Path | None = None, sorted_shareable: Path | None = None, parts: Sequence[Path] | None = None) -> None:
        if not settled and shareable is None:
            raise ExportError(f"{path}: an unsettled quad file needs the file of its shareable statements; please report this as a bug")
        self.owner = owner  # the temporary folder holding the file lives as long as this object
        self._path = path
        self.count = count
        self.scratch = scratch or path.parent  # where the union and its sorted runs are written
        self._settled = settled
        self._shareable = shareable
        self._sorted_shareable = sorted_shareable
        self._parts = list(parts) if parts is not None else None
        self._union: Path | None = None
        # Where settling writes, as N-Quads, what of the settled file was not final before it: the shareable
        # statements where they end up (their one graph, or a shared graph) and the shared graphs' provenance.
        # The store's loader was fed the rest (the articles' own statements, the entity graph) while the build
        # went on (kg.build), so this is all it still needs: a file, or pieces handed to the loader as each is
        # written (RestPieces). None: not written.
        self.store_rest: Path | RestPieces | None = None
        # The store (in a thread) and the file writers ask for the file and the union at once: the store
        # waits for the settling only, not for the union's sort.
        self._settle_lock = threading.Lock()
        self._union_lock = threading.Lock()

    @property
    def path(self) -> Path:
        """The file, each triple in one graph."""
        with self._settle_lock:
            if not self._settled:
                self._settle()
        return self._path

    @property
    def as_written(self) -> dict[str, Any]:
        """The file as it is now (SortedQuads' arguments but count, scratch and owner): its path, its parts if it
        is not one file yet, whether it is settled, its shareable statements and those sorted already: for
        another process to take it over."""
        return {"path": self._path, "parts": self._parts, "settled": self._settled, "shareable": self._shareable,
                "sorted_shareable": self._sorted_shareable}

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def _settle(self) -> None:
        """Move the triples several graphs state to shared graphs (one sort of the shareable statements)."""
        assert self._shareable is not None
        sources = [self._shareable]
        if self._sorted_shareable is not None:  # most were sorted while the build went on: the rest sorted, merged with them
            sources = [self._sorted_shareable, self.scratch / "keyed.rest"]
            sort_unique(self._shareable, sources[1], self.scratch)
            self._shareable.unlink()  # a third of the quads, keyed: not kept on disk beside the sorted copy and graph.nq
        # The triples several graphs state, as lines keyed by graph, sorted on disk (not a table in memory).
        moves, shared = self.scratch / "moves.txt", self.scratch / "shared.txt"
        rest: BinaryIO | RestPieces | None = self.store_rest.open("wb") if self.store_rest is not None else None
        try:
            with _sorted_once(sources, self.scratch, merge=len(sources) > 1) as lines, moves.open("wb") as moved, shared.open("wb") as graphs:
                found = _read_keyed(lines, moved, graphs, rest)
            for source in sources:
                source.unlink(missing_ok=True)
            if found:
                sorted_moves = _sorted_beside(moves, self.scratch, sort_lines)
                sorted_shared = _sorted_beside(shared, self.scratch)  # each once: a graph's provenance is written per triple
                settled = self._path.with_name(self._path.stem + ".shared.nq")
                self.count += _move_to_shared(self._parts if self._parts is not None else [self._path], settled, sorted_moves, sorted_shared, rest)
                os.replace(settled, self._path)
                sorted_moves.unlink()
                sorted_shared.unlink()
            else:
                moves.unlink()
                shared.unlink()
                if self._parts is not None:  # nothing to move: the parts joined
                    with self._path.open("wb") as joined:
                        for part in self._parts:
                            append_file(joined, part)
            if self._parts is not None:
                for part in self._parts:
                    part.unlink()
                self._parts = None
        finally:
            if rest is not None:
                rest.close()
        self._settled = True

    def quads(self) -> Iterator[ox.Quad]:
        """The file's quads. Parsed leniently (no check of each IRI's and literal's syntax): the build wrote every
        term itself, escaped as Oxigraph writes it (a test compares), as its store's loader trusts; TriG and
        Turtle from this parse cost 40 % less CPU, byte for byte the same files (2,000 articles: 1.70 -> 1.02 s)."""
        return ox.parse(path=str(self.path), format=ox.RdfFormat.N_QUADS, lenient=True)

    def copy_to(self, target: Path) -> None:
        """The file at target: a hard link when both are on one file system (no second copy on disk)."""
        link_or_copy(self.path, target)

    def union_path(self) -> Path:
        """N-Triples of the union of all graphs, each triple once, sorted (made once, on first use); compressed by
        lz4 where GNU sort, perl and lz4 are (union.nt.lz4): read it with union_lines."""
        with self._union_lock:
            if self._union is None:
                path = self.path
                if shutil.which("sort") and shutil.which("perl"):
                    union = self.scratch / ("union.nt.lz4" if _lz4_on_path() else "union.nt")
                    _gnu_union(path, union, self.scratch)
                else:
                    union = self.scratch / "union.nt"
                    _external_sort(_triple_lines(path), union, self.scratch)
                self._union = union
            return self._union

    def drop_union(self) -> None:
        """The union's file removed once its last reader is done (the store may still be loading: at 100,000
        articles the union is some 11 GB of disk beside the loader's files)."""
        with self._union_lock:
            if self._union is not None:
                self._union.unlink(missing_ok=True)
                self._union = None

    def triples(self) -> Iterator[ox.Triple]:
        """The union's triples, parsed leniently (see quads)."""
        with union_bytes(self.union_path()) as stream:
            yield from ox.parse(input=stream, format=ox.RdfFormat.N_TRIPLES, lenient=True)


REST_PIECE = 1 << 25  # bytes of a piece of what settling writes for the store's loader (RestPieces)


class RestPieces:
    """What settling writes for the store's loader (SortedQuads.store_rest) as consecutive files of about
    REST_PIECE bytes of whole lines (folder/store-rest-NNNNNN.nq), each handed over (`pieces`) as soon as it is
    complete, the last when settling closes it: the loader reads each while settling writes the next, and each
    is removed once read (kg.exporters.store.FedLoader.feed), where one file was written whole first (at 100,000
    articles some 5 GB on disk beside graph.nq before the loader read a byte of it). Written by one thread (the
    one settling), read by another (the store's)."""

    def __init__(self, folder: Path, size: int | None = None) -> None:
        self.folder = folder
        self.size = size or REST_PIECE
        self._ready: queue.SimpleQueue = queue.SimpleQueue()  # complete pieces, then None
        self._handle: BinaryIO | None = None
        self._number = 0
        self._opened = self._closed = False

    def open(self, mode: str = "wb") -> RestPieces:
        """Written once: itself, as the binary file settling writes lines to (writelines, close)."""
        if self._opened:
            raise ExportError(f"{self.folder}: the store's rest was written once already; please report this as a bug")
        self._opened = True
        return self

    def writelines(self, lines: Iterable[bytes]) -> None:
        """Whole lines, in order; a piece handed over once it reaches the size."""
        if self._handle is None:
            self._number += 1
            self._handle = (self.folder / f"store-rest-{self._number:06d}.nq").open("wb")
        self._handle.writelines(lines)
        if self._handle.tell() >= self.size:
            self._hand_over()

    def _hand_over(self) -> None:
        assert self._handle is not None
        self._handle.close()
        self._ready.put(Path(self._handle.name))
        self._handle = None

    def close(self) -> None:
        """Written: the last piece handed over, then the end."""
        if self._closed:
            return
        self._closed = True
        if self._handle is not None:
            self._hand_over()
        self._ready.put(None)

    def pieces(self) -> Iterator[Path]:
        """The pieces as each is complete, in order, until settling closed the file (waits for them)."""
        while (piece := self._ready.get()) is not None:
            yield piece


@contextmanager
def union_bytes(union: Path) -> Iterator[BinaryIO]:
    """The union's N-Triples as a binary stream: the file, or lz4 decompressing it as it is read (union.nt.lz4,
    some six times smaller on disk: 0.75 GB of staging at 10,000 articles, 7.5 GB at 100,000, for some 0.2 s of
    CPU per 100 MB read); a damaged file is an ExportError once read."""
    if union.suffix != ".lz4":
        with union.open("rb") as handle:
            yield handle
        return
    process = subprocess.Popen(["lz4", "-dc", str(union)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    try:
        yield process.stdout
    finally:
        process.stdout.close()  # a reader done early: lz4 ends on the closed pipe
        errors = process.stderr.read()
        process.stderr.close()
        process.wait()
    if process.returncode not in (0, -signal.SIGPIPE):  # SIGPIPE: the reader done early; any other signal cut it short
        raise ExportError(f"{union}: reading the union failed (lz4 exit {process.returncode}: {errors.decode('utf-8', 'replace').strip()})")


@contextmanager
def union_lines(union: Path) -> Iterator[TextIO]:
    """The union's lines as text (see union_bytes)."""
    with union_bytes(union) as stream:
        yield io.TextIOWrapper(stream, encoding="utf-8", newline="\n")


def _read_keyed(lines: Iterable[bytes], moved: BinaryIO, shared: BinaryIO, rest: LineSink | None) -> int:
    """From the sorted "triple .\tgraph" lines (each once): the triples several graphs state, as lines to sort
    (`_share`), and the others' quads, written to rest if given; returns how many triples are shared. As bytes, the
    quads in batches: most lines are a triple one graph states, so the loop does least for them."""
    batch: list[bytes] = []
    found = 0
    previous, graph, several = b"", b"", None  # several: the graphs of previous when more than one
    for line in lines:
        triple, where = line.split(b"\t")
        if triple == previous:
            if several is None:
                several = [graph]
            several.append(where)
            continue
        if several is not None:
            _share(previous, several, moved, shared)
            found += 1
            several = None
        elif rest is not None and previous:
            batch.append(previous[:-1] + graph[:-1] + b" .\n")  # "<s> <p> <o> ." -> "<s> <p> <o> <g> .\n"
            if len(batch) >= 65536:
                rest.writelines(batch)
                batch.clear()
        previous, graph = triple, where
    if several is not None:
        _share(previous, several, moved, shared)
        found += 1
    elif rest is not None and previous:
        batch.append(previous[:-1] + graph[:-1] + b" .\n")
    if rest is not None:
        rest.writelines(batch)
    return found


def _share(triple: bytes, graphs: list[bytes], moved: BinaryIO, shared: BinaryIO) -> None:
    """A triple several graphs state ("<s> <p> <o> ." and their names, each ending in a newline), as lines keyed by
    graph ("graph\tquad"): to moved, its quad in each of those graphs; to shared, its quad in their shared graph and
    that graph's provenance. Sorted on disk (a graph name never holds a tab nor is the start of another), they come
    in the order settling reads them; held in memory, they were the second process's largest table (some 30 KB an
    article at 20,000 articles)."""
    sources = [g[:-1] for g in graphs]
    name = f"<{SHARED_GRAPHS}{digest(*(g.decode('utf-8') for g in sources))}>".encode("utf-8")
    text = triple[:-1]  # "<s> <p> <o> "
    moved.writelines(source + b"\t" + text + source + b" .\n" for source in sources)
    shared.write(name + b"\t" + text + name + b" .\n")
    shared.writelines(b"<" + _SHARED_GRAPH + b">\t" + name + b" " + _WAS_DERIVED_FROM + b" " + source + b" <" + _SHARED_GRAPH + b"> .\n"
                      for source in sources)


def _keyed_quads(path: Path) -> Iterator[tuple[bytes, bytes]]:
    """The (graph, quad) of each sorted "graph\tquad" line of a file."""
    with path.open("rb") as lines:
        for line in lines:
            graph, quad = line.split(b"\t", 1)
            yield graph, quad


def _move_to_shared(paths: Sequence[Path], out: Path, moves: Path, shared_quads: Path, rest: LineSink | None = None) -> int:
    """The quads of the files (one after another, in graph order) with each shared triple once, in the shared
    graph of the graphs stating it, graph order kept; returns the change in the number of quads. moves and
    shared_quads are the sorted lines `_share` wrote (the quads to take out; the shared graphs' quads and their
    provenance, each once), read as they come. The shared graphs' quads are also written to rest, if given.

    The files are copied as bytes in blocks of whole lines, not line by line: the lines moved out (a few per
    graph) are found in the order they come (graphs in order, each graph's lines sorted as bytes: UTF-8 byte
    order is code point order, the order the writer sorted them in) and cut out, the shared graphs put in
    before the first line of a graph that sorts after them (2,000 articles: about 1 s less CPU)."""
    to_move = (quad for _, quad in _keyed_quads(moves))
    added = _SharedGraphs(_keyed_quads(shared_quads), rest)
    current, moved = next(to_move, None), 0
    with out.open("wb") as target:
        for block in _line_blocks(paths):
            text = b"\n" + block  # a line is b"\n" + line in it: a whole line (a literal's newline is escaped)
            pieces, start = [], 0
            while current is not None:
                at = text.find(b"\n" + current, start)
                if at < 0:
                    break  # in a later block
                pieces.append(text[start + 1:at + 1])
                start = at + len(current)
                current, moved = next(to_move, None), moved + 1
            pieces.append(text[start + 1:])
            kept = b"".join(pieces)
            while added.name and kept and _graph_of(kept, kept.rfind(b"\n", 0, len(kept) - 1) + 1) > added.name:  # its last line
                cut = first_line(kept, lambda start: _graph_of(kept, start) > added.name)
                target.write(kept[:cut])
                kept = kept[cut:]
                while added.name and _graph_of(kept) > added.name:
                    added.write(target)
            target.write(kept)
        while added.name:
            added.write(target)
    if current is not None:
        raise ExportError(f"{out}: {1 + sum(1 for _ in to_move)} quads to move to shared graphs were not found in order; please report this as a bug")
    return added.quads - moved


class _SharedGraphs:
    """The shared graphs' quads from sorted (graph, quad) pairs, a graph at a time, in the order of their names."""

    def __init__(self, pairs: Iterator[tuple[bytes, bytes]], rest: LineSink | None) -> None:
        self._graphs = groupby(pairs, key=itemgetter(0))
        self._next = next(self._graphs, None)
        self._copies = (rest,) if rest is not None else ()
        self.quads = 0

    @property
    def name(self) -> bytes:
        """The name of the next graph to write (b"" when none is left)."""
        return self._next[0] if self._next is not None else b""

    def write(self, target: BinaryIO) -> None:
        """The next graph's quads (sorted) written to target, and to rest too, in batches (the provenance graph
        holds a line per graph a shared graph rests on)."""
        assert self._next is not None
        quads = map(itemgetter(1), self._next[1])
        while batch := list(islice(quads, 65536)):
            for out in (target, *self._copies):
                out.writelines(batch)
            self.quads += len(batch)
        self._next = next(self._graphs, None)


def _graph_of(text: bytes, start: int = 0) -> bytes:
    """The graph name (b"<...>") of the N-Quads line that starts at start in text."""
    end = text.index(b"\n", start)
    return text[text.rindex(b" <", start, end - 2) + 1:end - 2]


def first_line(data: bytes | mmap.mmap, reached: Callable[[int], bool]) -> int:
    """Where the first line of sorted lines in data for which reached(its start) holds starts (the end if none): found
    by halving, as reached is false for every line before it and true from it on."""
    low, high = 0, len(data)  # the line sought starts in [low, high]; lines that start before low are not reached
    while low < high:
        middle = data.rfind(b"\n", low, (low + high) // 2) + 1 or low  # the start of the line holding the middle byte
        if reached(middle):
            high = middle
        else:
            end = data.find(b"\n", middle)
            low = end + 1 if end >= 0 else len(data)
    return low


def _line_blocks(paths: Sequence[Path]) -> Iterator[bytes]:
    """The files' bytes, one file after another, in blocks of whole lines of about SETTLE_BLOCK bytes (each file
    ends with a newline)."""
    for path in paths:
        with path.open("rb") as handle:
            left = b""
            for block in iter(lambda: handle.read(SETTLE_BLOCK), b""):
                end = block.rfind(b"\n") + 1
                if end == 0:
                    left += block
                    continue
                yield left + block[:end]
                left = block[end:]
            if left:
                yield left


def _triple_lines(path: Path) -> Iterator[str]:
    """Each N-Quads line without its graph name (IRIs hold no spaces, so the graph is the last term)."""
    with path.open("r", encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line.rsplit(" ", 2)[0] + " .\n"


def _paths(inputs: Inputs) -> list[Path]:
    return [inputs] if isinstance(inputs, Path) else list(inputs)


def sort_unique(inputs: Inputs, out: Path, folder: Path) -> None:
    """The lines of a file (or of several files) sorted (by code point) and each once, into out; bounded memory."""
    sort_lines(inputs, out, folder, unique=True)


def _lz4_on_path() -> bool:
    """Whether the build compresses with lz4 (the union's file, GNU sort's spilled runs): the one place that decides,
    asked each time, since PATH may change within a process; without lz4 both are plain files."""
    return shutil.which("lz4") is not None


def gnu_sort(*arguments: str) -> list[str]:
    """GNU sort's command line, its sorted runs spilled to disk compressed by lz4 where there is one: a sort of more
    than its buffer writes its whole input once more as runs before it merges them into its output, so the union's
    sort held its input's size twice over on disk (some 7.5 GB of runs beside the union at 100,000 articles);
    lz4 makes the runs some six times smaller (the build's N-Quads: 200 MB -> 31 MB for 0.2 s of CPU), the sorted lines the same."""
    return ["sort", *(["--compress-program=lz4"] if _lz4_on_path() else []), *arguments]


def sort_lines(inputs: Inputs, out: Path, folder: Path, unique: bool = False, buffer: str = "256M") -> None:
    """The lines of a file (or of several: the build's walk leaves a file per chunk of articles, sorted as they
    are rather than copied into one first) sorted by code point into out, each once when unique, else with their
    duplicates (two like network parts of one article both count); by GNU sort where there is one (its buffer at
    most `buffer`), else by sorted runs: bounded memory."""
    paths = _paths(inputs)
    if not paths:
        out.write_bytes(b"")
        return
    if shutil.which("sort"):
        names = b"".join(os.fsencode(path) + b"\0" for path in paths)  # as a list read from stdin: any number of files
        with out.open("wb") as target:
            flags = ["-u"] if unique else []
            done = subprocess.run(gnu_sort(*flags, "-S", buffer, "-T", str(folder), "--files0-from=-"), input=names, stdout=target,
                                  env=dict(os.environ, LC_ALL="C"))
        if done.returncode:
            raise ExportError(f"{paths[0]}: sorting failed (sort exit {done.returncode})")
        return
    _external_sort(_lines_of(paths), out, folder, unique)


def _lines_of(paths: list[Path]) -> Iterator[str]:
    """The lines of the files, one file after another."""
    for path in paths:
        with path.open("r", encoding="utf-8", newline="\n") as lines:
            yield from lines


@contextmanager
def _sorted_once(paths: list[Path], folder: Path, merge: bool) -> Iterator[Iterable[bytes]]:
    """The lines of the files sorted (by code point), each once, as bytes; merge: the files are sorted already
    (each line once in each). GNU sort's output read as it comes where there is one (not written to a file and
    read back: 2,000 articles' shareable statements are 113 MB), else sorted runs in Python."""
    if not shutil.which("sort"):
        out = folder / "keyed.txt"
        if merge:
            handles = [path.open("r", encoding="utf-8", newline="\n") for path in paths]
            try:
                with out.open("w", encoding="utf-8", newline="\n") as handle:
                    _write_unique(heapq.merge(*handles), handle)
            finally:
                for opened in handles:
                    opened.close()
        else:
            sort_unique(paths, out, folder)
        try:
            with out.open("rb") as lines:
                yield lines
        finally:
            out.unlink()
        return
    flags = ["-m"] if merge else ["-S", "256M"]
    sort = subprocess.Popen(gnu_sort("-u", *flags, "-T", str(folder), *map(str, paths)), stdout=subprocess.PIPE, env=dict(os.environ, LC_ALL="C"))
    assert sort.stdout is not None
    try:
        yield sort.stdout
    except BaseException:
        sort.kill()
        raise
    finally:
        sort.stdout.close()
        sort.wait()
    if sort.returncode:
        raise ExportError(f"{paths[0]}: sorting failed (sort exit {sort.returncode})")


def sorted_away(lines: Inputs, out: Path, folder: Path, sort: Callable[[Inputs, Path, Path], None] | None = None) -> None:
    """lines (a file, or several) sorted into out (each once, unless sort says otherwise), and lines removed (at
    100,000 articles the evidence index is some 3.7 GB: its unsorted copy need not stay on disk beside the sorted
    one for the rest of the build)."""
    (sort or sort_unique)(lines, out, folder)
    for path in _paths(lines):
        path.unlink()


def _sorted_beside(lines: Path, folder: Path, sort: Callable[[Inputs, Path, Path], None] | None = None) -> Path:
    """lines sorted away (sorted_away) into the file beside it named with the suffix .sorted: that file's path, for the
    step that reads it and the one that removes it."""
    out = lines.with_suffix(".sorted")
    sorted_away(lines, out, folder, sort)
    return out


def in_background(work: Callable[..., None], *args: Any, after: Callable[[], None] | None = None) -> Callable[[], None]:
    """work(*args) started in a thread, once after() (the wait of an earlier one) returned; the returned callable
    waits for it and raises what it raised. The build's sorts after the walk run so, one after another: side by
    side, five GNU sorts held up to 256 MB each (1.0 GB at 10,000 articles) beside derive and the store's loader,
    for no gain on the one core derive leaves them."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            if after is not None:
                after()
            work(*args)
        except BaseException as exc:  # noqa: BLE001 - raised in the waiting thread
            failures.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def wait() -> None:
        thread.join()
        if failures:
            raise failures[0]
    return wait


def _gnu_union(path: Path, out: Path, folder: Path) -> None:
    """The union: perl drops each line's graph (the last IRI: IRIs hold no spaces, so it starts at the line's last
    " <"), GNU sort -u sorts in the C locale. perl cuts at that rindex instead of matching a regular expression
    anchored at the line's end, which tried every " <" of the line (2,000 articles: 0.65 -> 0.13 s of user CPU, the
    same lines; sed's regular expressions cost 5 times perl's). Its buffer is 256 MB: it runs beside the store's
    bulk load, and with 512 MB it held 513 MiB of the build's 3.6 GB peak at 10,000 articles. Into lz4 when out is
    a .lz4 file (see union_bytes)."""
    env = dict(os.environ, LC_ALL="C")
    with out.open("wb") as target:
        strip = subprocess.Popen(["perl", "-pe", 'substr($_, rindex($_, " <"), -1) = " ."', str(path)], stdout=subprocess.PIPE, env=env)
        compress = subprocess.Popen(["lz4", "-1", "-q"], stdin=subprocess.PIPE, stdout=target) if out.suffix == ".lz4" else None
        try:
            sort = subprocess.run(gnu_sort("-u", "-S", "256M", "--parallel=2", "-T", str(folder)), stdin=strip.stdout,
                                  stdout=compress.stdin if compress is not None else target, env=env)
        finally:
            assert strip.stdout is not None
            strip.stdout.close()
            strip.wait()
            if compress is not None:
                assert compress.stdin is not None
                compress.stdin.close()
                compress.wait()
    compressed = compress.returncode if compress is not None else 0
    if strip.returncode or sort.returncode or compressed:
        raise ExportError(f"{path}: making the union of the graphs failed (perl exit {strip.returncode}, sort exit {sort.returncode}, "
                          f"lz4 exit {compressed})")


def _external_sort(lines: Iterable[str], out: Path, folder: Path, unique: bool = True) -> None:
    """Sorted lines (each once when unique) into out, using sorted runs on disk past RUN_LINES lines."""
    runs: list[Path] = []
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= RUN_LINES:
            runs.append(_write_run(set(batch) if unique else batch, folder, len(runs)))
            batch = []
    if not runs:
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(sorted(set(batch) if unique else batch))
        return
    if batch:
        runs.append(_write_run(set(batch) if unique else batch, folder, len(runs)))
    handles = [run.open("r", encoding="utf-8", newline="\n") for run in runs]
    try:
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            merged = heapq.merge(*handles)
            if unique:
                _write_unique(merged, handle)
            else:
                handle.writelines(merged)
    finally:
        for run_handle in handles:
            run_handle.close()
        for run in runs:
            os.unlink(run)


def _write_unique(sorted_lines: Iterable[str], handle: TextIO) -> None:
    """Sorted lines into handle, each once."""
    previous = None
    for line in sorted_lines:
        if line != previous:
            handle.write(line)
            previous = line


def _write_run(batch: Iterable[str], folder: Path, number: int) -> Path:
    path = folder / f"union-run-{number:05d}.nt"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(sorted(batch))
    return path
