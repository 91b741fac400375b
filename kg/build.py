"""The main job: articles in, every export out, written atomically.

Exports go to a temporary folder beside the target and replace it only when
all files are complete, so a failed or interrupted build leaves the previous
exports as they were.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import queue
import resource
import shutil
import tempfile
import threading
import time
from array import array
from contextlib import contextmanager
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice, repeat
from operator import itemgetter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
from tqdm import tqdm

from .cache import ExtractionCache
from .curate import Curation, curate_article, curated_facts, load_curation
from .errors import ExportError, KGError
from .exporters import EXPORTERS, Bundle, get_exporter
from .exporters.base import ArticlesOnDisk, EvidenceIndex, FactsTable, evidence_line
from .exporters.graphs import export_tables
from .exporters.store import FedLoader, compact, widen_loaders
from .extract import collector_paused, extract_article
from .loaders import ArticleMerger, LoadResult, discover, load_file
from .model import KIND_ORDER, Article, ArticleFacts, Fact, in_kind_order
from .derive import Deriver
from .network import NetworkFiles, encode_json, network_from_parts, part_lines
from .processes import kill_me_with_parent
from .paths import DEFAULT_CURATED
from .quads import QuadWriter, RestPieces, SortedQuads, append_file, in_background, link_or_copy, sort_lines, sorted_away
from .rdf import ENTITY_GRAPH, ArticleOutput, DerivedLines, article_output
from .resolve import PEOPLE_FILE, RESOLUTION_TABLES_FILE, PeopleOnDisk, resolve
from .store import published_in
from .validate import Violation, validate_union

log = logging.getLogger("kg.build")
LOW_CONFIDENCE = 0.5


@dataclass
class BuildReport:
    """What a build did: counts for the summary, problems, written files."""

    articles: int = 0
    extracted: int = 0
    facts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unhandled: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    low_confidence: int = 0
    files: list[Path] = field(default_factory=list)
    out_dir: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (benchmarks, `-v`)

    def summary(self) -> str:
        lines = [f"articles: {self.articles} (extracted {self.extracted}, the rest unchanged and taken from the cache)" if self.extracted < self.articles else f"articles: {self.articles}"]
        lines += [f"  {kind}: {self.facts[kind]}" for kind in KIND_ORDER if self.facts[kind]]
        if self.low_confidence:
            lines.append(f"low-confidence facts (flagged): {self.low_confidence}")
        if self.unhandled:
            lines.append(f"titles no rule tied to a name (see `charity-kg review`): {len(self.unhandled)}")
        if self.violations:
            lines.append(f"SHACL violations: {len(self.violations)} (see `charity-kg validate`)")
        if self.warnings:
            lines.append(f"loaded with warnings: {len(self.warnings)}")
            lines += [f"  {w}" for w in self.warnings]
        if self.problems:
            lines.append(f"skipped: {len(self.problems)}")
            lines += [f"  {p}" for p in self.problems]
        if self.out_dir is not None:
            lines.append(f"wrote {len(self.files)} files to {self.out_dir}: " + ", ".join(p.name for p in self.files))
        return "\n".join(lines)


def facts_lines(item: ArticleFacts, explain: bool = False, min_confidence: float | None = None) -> tuple[str, Counter, int]:
    """One article's rows of the facts table (JSON lines, facts in kind order, low ones flagged or
    dropped), the count of each kind and of low-confidence facts among them."""
    lines, kinds, low = [], Counter(), 0
    for fact in in_kind_order(item.facts):
        if min_confidence is not None and fact.confidence < min_confidence:
            continue
        record = fact.to_record(explain=explain)
        record["article"] = item.article.article_id
        if fact.kind != "source":
            record["confidence"] = round(fact.confidence, 2)
            if fact.confidence < LOW_CONFIDENCE:
                record["low_confidence"] = True
                low += 1
        kinds[fact.kind] += 1
        lines.append(encode_json(record) + "\n")
    return "".join(lines), kinds, low


def _extract_one(article: Article, cache: ExtractionCache | None) -> ArticleFacts | str:
    """The article's facts (from the cache when unchanged), or why extraction failed."""
    cached = cache.get(article) if cache is not None else None
    if cached is not None:
        return cached
    try:
        item = extract_article(article)
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not cost the other articles
        return f"{article.source_file or article.article_id}: extraction failed ({type(exc).__name__}: {exc}); please report it"
    if cache is not None:
        cache.put(item)
    return item


def extract_corpus(loaded: LoadResult, cache: ExtractionCache | None = None) -> tuple[list[ArticleFacts], list[str]]:
    """Extract every article (from the cache when unchanged); one that fails is reported, the others kept."""
    corpus, problems = [], []
    for article in loaded.articles:
        item = _extract_one(article, cache)
        if isinstance(item, str):
            problems.append(item)
        else:
            corpus.append(item)
    return corpus, problems


@dataclass
class _FileWork:
    """One file loaded and extracted in a worker process: its articles, their facts, what went wrong."""

    loaded: list[Any]
    result: LoadResult
    items: list[ArticleFacts | bytes | str]  # bytes: a light article packed (PackedCorpus)
    hits: int = 0
    misses: int = 0
    spilled: list[Spilled | None] = field(default_factory=list)


def _work_on_file(path: Path, cache_dir: Path | None, spill_dir: Path | None = None) -> _FileWork:
    """Load and extract one file; what goes back to the main process holds no article text
    (the main process keeps only headers and facts, and sending texts back cost time).

    With a spill folder, each article's facts are written there and only the few that
    resolution reads go back (`light`), packed (PackedCorpus), so the main process never
    holds the corpus's facts, nor what resolution reads as objects.
    """
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    loaded, result = load_file(path)
    items = [_slim(_extract_one(entry.article, cache)) for entry in loaded]
    loaded = [entry.without_text() for entry in loaded]
    spilled: list[Spilled | None] = []
    if spill_dir is not None:
        spill = _Spill(spill_dir)
        spilled = [None if isinstance(item, str) else spill.put(item) for item in items]
        spill.close()
        items = [item if isinstance(item, str) else _pack(light(item)) for item in items]
    hits, misses = (cache.hits, cache.misses) if cache is not None else (0, len(items))
    return _FileWork(loaded, result, items, hits, misses, spilled)


def _slim(item: ArticleFacts | str) -> ArticleFacts | str:
    return item if isinstance(item, str) else ArticleFacts(item.article.without_text(), item.facts, item.unhandled)


@dataclass(frozen=True, slots=True)
class Spilled:
    """Where an article's facts wait on disk between extraction and the walk (a pickle in a spill file)."""

    path: str
    offset: int
    length: int


class _Spill:
    """Appends articles' facts to this process's file of a spill folder (one writer per file)."""

    def __init__(self, folder: Path) -> None:
        self._file = (folder / f"facts-{os.getpid()}.pickle").open("ab")

    def put(self, item: ArticleFacts) -> Spilled:
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.tell()
        self._file.write(data)
        return Spilled(self._file.name, offset, len(data))

    def close(self) -> None:
        self._file.close()


class _Unspill:
    """Reads spilled articles back, one open file per spill file."""

    def __init__(self) -> None:
        self._files: dict[str, Any] = {}

    def get(self, where: Spilled) -> ArticleFacts:
        handle = self._files.get(where.path)
        if handle is None:
            handle = self._files[where.path] = open(where.path, "rb")
        handle.seek(where.offset)
        return pickle.loads(handle.read(where.length))


# What resolution reads (kg/resolve.py): names of organizations and people, posts, chair terms, networks.
RESOLUTION_KINDS = frozenset({"organization", "person", "position", "chair_term"})


def _pack(item: ArticleFacts) -> bytes:
    return pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


class PackedCorpus(Sequence):
    """The light corpus (what resolution reads, `light`) as one pickle per article in a file of the build's spill
    folder, unpickled as it is read.

    Held as objects, it grew by some 19 KB an article (1.9 GB at 100,000 articles) and stayed in the build
    process's memory through resolution; held as pickled bytes, still 3.6 KB an article (2,000 articles), some
    0.35 GB at 100,000. In the file only each article's offset is held (8 bytes), and resolution's few passes read
    the pickles back in order."""

    def __init__(self, folder: Path) -> None:
        self._path = _scratch_file(folder)
        self._offsets = array("Q")  # where each article's pickle starts in the file (then its end)
        self._file: Any = self._path.open("r+b")
        self._end = 0

    def append(self, item: ArticleFacts | bytes) -> None:
        data = item if isinstance(item, bytes) else _pack(item)
        self._file.seek(self._end)
        self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index: int) -> ArticleFacts:  # type: ignore[override]
        index = range(len(self._offsets))[index]
        start = self._offsets[index]
        end = self._offsets[index + 1] if index + 1 < len(self._offsets) else self._end
        self._file.seek(start)
        return pickle.loads(self._file.read(end - start))

    def __iter__(self) -> Iterator[ArticleFacts]:
        return self._read(self._path, len(self._offsets))

    def _read(self, path: Path, count: int) -> Iterator[ArticleFacts]:
        if not count:  # also once closed
            return
        self._file.flush()
        with open(path, "rb") as stream:  # a handle of its own: passes may interleave with a look-up
            for _ in range(count):
                yield pickle.load(stream)

    def curate(self, curation: Curation) -> None:
        """Each article replaced by its curated facts, packed again: curated once here, not on each of resolution's
        passes over the corpus (nine: curating was half of resolution's time, on one core while the other idled)."""
        old, count = self._path, len(self._offsets)
        self._path = _scratch_file(old.parent)
        self._file.close()
        self._file, self._offsets, self._end = self._path.open("r+b"), array("Q"), 0
        for item in self._read(old, count):
            self.append(curate_article(item, curation))
        old.unlink()

    def close(self) -> None:
        """Its file removed (the corpus is empty from then on)."""
        if not self._file.closed:
            self._file.close()
            self._path.unlink(missing_ok=True)
        self._offsets, self._end = array("Q"), 0


def _scratch_file(folder: Path) -> Path:
    """A new empty file of the light corpus in folder."""
    handle, name = tempfile.mkstemp(prefix="light-", suffix=".pickle", dir=folder)
    os.close(handle)
    return Path(name)


class _Curated:
    """A corpus curated as it is read (every pass the same), then the curated layer's own article: resolution
    reads it a few times, and a list of it would hold the whole light corpus again as objects. A PackedCorpus
    is curated once, in place, before the first pass."""

    def __init__(self, corpus: Iterable[ArticleFacts], curation: Curation, extra: ArticleFacts | None) -> None:
        self.corpus, self.curation, self.extra = corpus, curation, extra
        self.curated = isinstance(corpus, PackedCorpus)
        if isinstance(corpus, PackedCorpus):
            corpus.curate(curation)

    def __iter__(self) -> Iterator[ArticleFacts]:
        for item in self.corpus:
            yield item if self.curated else curate_article(item, self.curation)
        if self.extra is not None:
            yield self.extra


def light(item: ArticleFacts) -> ArticleFacts:
    """The article with only the facts resolution reads, without their evidence."""
    facts = [Fact(f.kind, f.fields, []) for f in item.facts if f.kind in RESOLUTION_KINDS or f.fields.get("network")]
    return ArticleFacts(item.article, facts, item.unhandled)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _pool(workers: int, initializer: Any = None, initargs: tuple = (), start: str | None = None) -> ProcessPoolExecutor:
    """Worker processes that end with the build: a killed build (even SIGKILL) leaves none running.

    A worker of a pool blocks on its task queue forever once its parent is gone,
    because it holds both ends of the queue's pipe; so each worker asks the kernel
    to kill it when the parent dies (Linux), or watches its parent (elsewhere).
    start names the start method ("spawn": a worker that inherits nothing of this process's memory).
    """
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(), initializer, initargs),
                               mp_context=multiprocessing.get_context(start) if start else None)


def _start_worker(parent: int, initializer: Any, initargs: tuple) -> None:
    _die_with(parent)
    if initializer is not None:
        initializer(*initargs)


def _die_with(parent: int) -> None:
    """End this process as soon as the process parent ends."""
    if not kill_me_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _each_file(files: list[Path], cache_dir: Path | None, jobs: int, spill_dir: Path | None = None) -> Iterator[tuple[Path, _FileWork]]:
    """Every file's work, in file order; with jobs > 1 done by that many worker processes."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield path, _work_on_file(path, cache_dir, spill_dir)
        return
    pool = _pool(min(jobs, len(files)))
    try:
        chunk = max(1, min(64, len(files) // (jobs * 16)))
        yield from zip(files, pool.map(_work_on_file, files, repeat(cache_dir), repeat(spill_dir), chunksize=chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _progress(total: int, description: str, show: bool) -> Any:
    return tqdm(total=total, desc=description, unit=" files" if "read" in description else " articles", disable=not show, leave=False, dynamic_ncols=True)


def make_bundle(
    corpus: Iterable[ArticleFacts],
    explain: bool = False,
    min_confidence: float | None = None,
    curation: Curation | None = None,
    duplicates: dict[str, list[str]] | None = None,
    jobs: int = 1,
    published: Callable[[Any], set[str]] | None = None,
    spilled: dict[str, Spilled] | None = None,
    scratch: Path | None = None,
    quads_ready: Callable[[SortedQuads], None] | None = None,
    store_feed: Callable[[Path, int], None] | None = None,
) -> Bundle:
    """Curate, resolve, then one pass over the resolved facts: quads, network, evidence, articles, facts table.

    With `spilled` (article id -> where its facts wait on disk; see prepare), corpus
    holds only what resolution reads (`light`) and each article's facts are read back
    and curated in the walk, one article at a time, so the build process never holds
    the corpus's facts. The per-article walk runs in jobs worker processes; its outputs
    are taken in article order, so the bundle is the same for any jobs. The quads wait in a
    folder named by `scratch` (folder/prefix; default: the system's temporary folder).
    quads_ready(quads) is called once the sorted quads are final, before the network graph is
    built: the build starts its second process there, so the two overlap. store_feed(path, quads so far), if
    given, is called with files of N-Quads lines that are final before the quads are settled (the articles'
    own statements after the walk, the entity graph after its sort; it owns the files): the store's loader
    takes them while derive runs on one core, and settling writes it the rest (SortedQuads.store_rest).
    """
    curation = curation or load_curation(None)
    spilled = spilled or {}
    extra = curated_facts(curation)
    curated = _Curated(corpus if isinstance(corpus, (list, PackedCorpus)) else list(corpus), curation, extra)
    scratch = scratch or Path(tempfile.gettempdir()) / "charity-kg-quads-"
    workdir = tempfile.TemporaryDirectory(prefix=scratch.name, dir=scratch.parent)
    with _timed(None, "· resolve"):
        # published: the previous build's IRIs stay with their people; each person's articles and aliases (what
        # derive reads) go to a file in the walk's folder as resolution finds them, not into this process's memory
        resolution = resolve(curated, curation, published, Path(workdir.name) / PEOPLE_FILE)
    # The walk's work, in article order: a spilled article by its place on disk (curated in the walk), others as they are.
    refs: list[ArticleFacts | Spilled] = [ref for _, ref in sorted(
        ((item.article.article_id, spilled.get(item.article.article_id, item) if item is not extra else item) for item in curated),
        key=itemgetter(0))]
    if isinstance(corpus, PackedCorpus):
        corpus.close()
    del corpus, curated  # light: resolution has what it needed from it
    spilled = {}  # refs holds where each article waits (a build hands its table over: Prepared.take_spilled)
    writer = QuadWriter(Path(workdir.name), owner=workdir)
    # The network's parts wait on disk, a line each keyed by node or edge (kg.network.part_lines), not in a builder:
    # at 100,000 articles the builder's tables were gigabytes through the walk and derive.
    node_sorted, edge_sorted = Path(workdir.name) / "nodes.sorted", Path(workdir.name) / "edges.sorted"
    articles = ArticlesOnDisk(Path(workdir.name) / ARTICLES_FILE)  # every article's header, read by the views page for a few
    evidence_sorted = Path(workdir.name) / "evidence.sorted"
    deriver = Deriver(Path(workdir.name))  # its rows in a file of the walk's folder, not in this process's memory
    entity_sorted_path, entity_feed = Path(workdir.name) / "entities.sorted", Path(workdir.name) / "entities.feed"
    table = FactsTable(Path(workdir.name) / "facts.jsonl")
    table_file = table.path.open("wb")
    # The walk's files of what is only sorted (or loaded by the store) next stay as the chunks wrote them, to be read
    # as one: copied into one file first, they were written twice (2,000 articles: 0.28 of the build's 2.9 GB).
    parts: dict[str, list[Path]] = {"entities": [], "evidence": [], "nodes": [], "edges": [], "own": []}
    context = _WalkContext(resolution, duplicates or {}, curation, explain, min_confidence, Path(workdir.name), store_feed is not None)
    derive_tables = resolution.for_derive()  # the walk's tables are the context's (on disk, with workers: _walk)
    del resolution
    with _timed(None, "· walk (in workers) and merge"):
        for chunk in _walk(refs, context, jobs):
            # The chunk's facts-table rows are copied in order here; its quads go to the writer as they are (settling
            # reads them in order), its other files stay as parts (`parts`).
            writer.add_file(chunk.quads, [(output.graph, length, output.statements) for (output, _, _), length in zip(chunk.outputs, chunk.lengths)],
                            chunk.shareable)
            append_file(table_file, chunk.facts)
            for name, path in (("entities", chunk.entities), ("evidence", chunk.evidence), ("nodes", chunk.nodes), ("edges", chunk.edges)):
                parts[name].append(path)
            if store_feed is not None:
                parts["own"].append(chunk.own)
            else:
                chunk.own.unlink()
            chunk.facts.unlink()
            for output, kinds, low in chunk.outputs:
                table.kinds.update(kinds)
                table.low_confidence += low
                deriver.add(output)  # while the workers walk the next articles
                articles.put(output.article_id, output.info)
    table_file.close()
    del refs  # walked
    if store_feed is not None:
        for path in parts["own"]:  # the articles' statements no other graph states: loaded on the core derive leaves idle
            store_feed(path, writer.statements)
    # What the walk wrote is sorted in the background while derive runs on one core, one sort after another in the
    # order the build reads them (in_background's after): the entity graph's lines, the shareable statements
    # (settling merges them with the derived graphs'), the network's parts (merged into the graph after the derived
    # graphs), the evidence (grouped by fact; the views page waits for it).
    entity_sorted = in_background(sorted_away, parts["entities"], entity_sorted_path, Path(workdir.name))
    previous = writer.sort_shareable_early(after=entity_sorted)
    parts_sorted = []
    for name, path in (("nodes", node_sorted), ("edges", edge_sorted)):
        previous = in_background(sorted_away, parts[name], path, Path(workdir.name), sort_lines, after=previous)
        parts_sorted.append(previous)
    evidence = EvidenceIndex(evidence_sorted, in_background(sorted_away, parts["evidence"], evidence_sorted, Path(workdir.name), after=previous))
    derived_lines = DerivedLines(Path(workdir.name))
    with _timed(None, "· derive"):
        derived = deriver.result(derive_tables, derived_lines)  # its statements on disk; derived keeps what the network reads
    # Nothing reads the resolution after derive: let go before the derived graphs and the network graph, which hold
    # the process's peak (its IRIs and tables were some 10 KB an article, 2,000 articles, tracemalloc).
    if isinstance(derive_tables.same_as, PeopleOnDisk):
        derive_tables.same_as.close()
        derive_tables.same_as.path.unlink()
    deriver.close()
    del deriver, context, derive_tables
    with _timed(None, "· derived graphs"):
        for graph, text, count in derived_lines.graphs():
            writer.add(graph, text, count)
    with _timed(None, "· entity graph"):
        entity_sorted()
        if store_feed is not None:
            link_or_copy(entity_sorted_path, entity_feed)
            store_feed(entity_feed, writer.statements)
        writer.add_sorted_lines(ENTITY_GRAPH, entity_sorted_path)
    quads = writer.close()
    if quads_ready is not None:
        quads_ready(quads)
    with _timed(None, "· network graph"):
        for wait in parts_sorted:
            wait()
        graph = network_from_parts(node_sorted, edge_sorted, derived)
        node_sorted.unlink()
        edge_sorted.unlink()
    return Bundle(
        table,
        quads,
        graph,
        articles=articles,
        evidence=evidence,
        workdir=workdir,
    )


@dataclass
class _Chunk:
    """A run of articles walked together: their outputs, and the files holding their text, in article order
    (the text never travels between processes as Python strings: pickling it cost the build process most of its time)."""

    outputs: list[tuple[ArticleOutput, Counter, int]]  # (output without its text, kinds of its facts, low-confidence facts)
    quads: Path  # the articles' sorted named graphs, one after another
    lengths: list[int]  # bytes of each article's graph in quads
    entities: Path  # their entity-graph lines
    facts: Path  # their rows of the facts table
    evidence: Path  # their facts' evidence, a line each (kg.exporters.base.evidence_line)
    shareable: Path  # their statements another graph may state too (ArticleOutput.shareable)
    nodes: Path  # their network nodes' parts, a line each (kg.network.part_lines)
    edges: Path  # their network edges' parts
    own: Path  # their statements no other graph states, as N-Quads (ArticleOutput.own): the store's, early


@dataclass
class _WalkContext:
    """What every article's walk needs besides the article: the same in every worker."""

    resolution: Any
    duplicates: dict[str, list[str]]
    curation: Curation
    explain: bool
    min_confidence: float | None
    folder: Path  # where each chunk's files are written
    feed_store: bool = False  # write the articles' own statements (ArticleOutput.own) too: the store is fed early
    unspill: _Unspill = field(default_factory=_Unspill)

    def walk(self, ref: ArticleFacts | Spilled) -> tuple[ArticleOutput, tuple[str, Counter, int]]:
        """One article's output and facts-table rows; a spilled article is read back and curated first."""
        item = curate_article(self.unspill.get(ref), self.curation) if isinstance(ref, Spilled) else ref
        item = replace(item, facts=in_kind_order(item.facts))  # ordered once for the graph and the table
        return article_output(item, self.resolution, self.duplicates), facts_lines(item, self.explain, self.min_confidence)

    def walk_chunk(self, number: int, refs: list[ArticleFacts | Spilled]) -> _Chunk:
        """The chunk's articles walked, their text written to the chunk's files."""
        name = self.folder / f"chunk-{number:06d}"
        chunk = _Chunk([], name.with_suffix(".nq"), [], name.with_suffix(".entities.nq"), name.with_suffix(".jsonl"), name.with_suffix(".evidence"),
                       name.with_suffix(".shareable"), name.with_suffix(".nodes"), name.with_suffix(".edges"), name.with_suffix(".own"))
        with chunk.quads.open("wb") as quads, chunk.entities.open("wb") as entities, chunk.facts.open("wb") as facts, \
                chunk.evidence.open("wb") as evidence, chunk.shareable.open("wb") as shareable, \
                chunk.nodes.open("wb") as nodes, chunk.edges.open("wb") as edges, chunk.own.open("wb") as own:
            for ref in refs:
                output, (lines, kinds, low) = self.walk(ref)
                data = output.nquads.encode("utf-8")
                quads.write(data)
                chunk.lengths.append(len(data))
                entities.write(output.entity_lines.encode("utf-8"))
                shareable.write(output.shareable.encode("utf-8"))
                if self.feed_store:
                    own.write(output.own.encode("utf-8"))
                facts.write(lines.encode("utf-8"))
                evidence.write("".join(evidence_line(fact, entry) for fact, entries in output.evidence.items() for entry in entries).encode("utf-8"))
                node_text, edge_text = part_lines(output)
                nodes.write(node_text.encode("utf-8"))
                edges.write(edge_text.encode("utf-8"))
                output.nquads = output.entity_lines = output.shareable = output.own = ""
                output.evidence = {}
                # the network's parts are in the files: derive reads only dated events and the units of organizations
                output.nodes = [node for node in output.nodes if node.kind == "event" and node.date]
                output.edges = [edge for edge in output.edges if edge.relation == "sub_unit"]
                chunk.outputs.append((output, kinds, low))
        return chunk


_WALK_CONTEXT: _WalkContext | None = None


def _start_walker(context: _WalkContext) -> None:
    global _WALK_CONTEXT
    context.unspill = _Unspill()  # files of its own: a forked worker must not share the parent's file offsets
    _WALK_CONTEXT = context


def _walk_chunk(number: int, refs: list[ArticleFacts | Spilled]) -> _Chunk:
    assert _WALK_CONTEXT is not None
    return _WALK_CONTEXT.walk_chunk(number, refs)


def _walk(refs: list[ArticleFacts | Spilled], context: _WalkContext, jobs: int) -> Iterator[_Chunk]:
    """The articles walked in chunks, in order; with jobs > 1 by worker processes that read the resolution from disk."""
    size = max(1, min(64, len(refs) // (max(jobs, 1) * 16)))
    chunks = enumerate(refs[start:start + size] for start in range(0, len(refs), size))
    if jobs <= 1 or len(refs) < 200:
        for number, chunk in chunks:
            yield context.walk_chunk(number, chunk)
        return
    # Spawned workers reading the resolution's tables from one file: forked, each inherited this process's whole
    # memory and, touching the tables, copied them (at 20,000 articles the two held 1,114 MiB beside its 825).
    tables = context.folder / RESOLUTION_TABLES_FILE
    # The build process keeps the walk's tables on disk too, as the workers read them: its own copies (a mention's
    # person and an organization's IRI; derive reads other tables, Resolution.for_derive) were let go.
    context.resolution = context.resolution.on_disk(tables)
    pool = _pool(jobs, _start_walker, (context,), start="spawn")
    # A few chunks in flight per worker, not the whole corpus: Executor.map would submit every chunk at
    # once and keep each finished output (its network parts, its evidence) until its turn came.
    pending: deque = deque(pool.submit(_walk_chunk, *chunk) for chunk in islice(chunks, 3 * jobs))
    try:
        while pending:
            done = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_walk_chunk, *following))
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        tables.unlink()


@dataclass
class Prepared:
    """The corpus every later stage works on, and what loading it found."""

    corpus: list[ArticleFacts] | PackedCorpus  # packed when the facts were spilled
    curation: Curation
    problems: list[str]
    warnings: list[str]
    duplicates: dict[str, list[str]]
    extracted: int
    spilled: dict[str, Spilled] = field(default_factory=dict)  # article id -> its facts on disk (corpus is light then)

    def hand_over(self) -> list[ArticleFacts] | PackedCorpus:
        """The corpus, no longer held here: the callee's reference is the last, so it can free it early."""
        corpus, self.corpus = self.corpus, []
        return corpus

    def take_spilled(self) -> dict[str, Spilled]:
        """Where each article's facts wait, no longer held here (a callee's reference is then the last)."""
        spilled, self.spilled = self.spilled, {}
        return spilled


def prepare(
    inputs: list[Path],
    curated: Path | None = DEFAULT_CURATED,
    cache_dir: Path | None = None,
    jobs: int = 1,
    progress: bool = False,
    spill_dir: Path | None = None,
) -> Prepared:
    """Load and extract (through the cache, in jobs worker processes) and read the curated layer.

    Files stream through: each is loaded and extracted in a worker, and the
    main process keeps only the facts and the article headers, never the texts;
    with spill_dir, the facts go to files there and the main process keeps only
    what resolution reads (`light`; make_bundle reads the rest back).
    The result is the same whatever jobs is: files are taken in order, copies
    and id clashes decided as a one-process load decides them.
    """
    curation = load_curation(curated)
    files, problems = discover(inputs)
    merger = ArticleMerger(problems, keep_articles=False)
    main_cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    corpus: list[ArticleFacts] | PackedCorpus = PackedCorpus(spill_dir) if spill_dir is not None else []
    spilled: dict[str, Spilled] = {}
    failures: list[str] = []
    extracted = 0
    with _progress(len(files), "reading and extracting", progress) as bar, collector_paused():
        for path, work in _each_file(files, cache_dir, jobs, spill_dir):
            extracted += work.misses
            for index, article in merger.add(path, work.loaded, work.result):
                item = work.items[index]
                where = work.spilled[index] if work.spilled else None
                if article.article_id != work.loaded[index].article.article_id:
                    # its id was taken: facts under the new id, from the text read again (rare)
                    text = load_file(path)[0][index].article.text
                    item = _slim(_extract_one(replace(article, text=text, text_sha256=""), main_cache))
                    extracted += 1
                    if spill_dir is not None and not isinstance(item, str):
                        spill = _Spill(spill_dir)
                        where = spill.put(item)
                        spill.close()
                        item = light(item)
                if isinstance(item, str):
                    failures.append(item)
                else:
                    corpus.append(item)  # type: ignore[arg-type]  # packed (bytes) only into a PackedCorpus
                    if where is not None:
                        spilled[article.article_id] = where
            bar.update(1)
    loaded = merger.finish()
    return Prepared(
        corpus,
        curation,
        [str(p) for p in loaded.problems] + failures,
        [str(w) for w in loaded.warnings],
        loaded.duplicates,
        extracted if cache_dir is not None else len(corpus),
        spilled,
    )


def recover_interrupted(out_dir: Path) -> None:
    """Undo what a killed build left: restore exports moved aside, drop half-written staging folders."""
    for retired in sorted(out_dir.parent.glob(f".{out_dir.name}.previous-*")):
        if (retired / out_dir.name).is_dir() and not out_dir.exists():
            os.rename(retired / out_dir.name, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    for staging in out_dir.parent.glob(f".{out_dir.name}.building-*"):
        shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    start, cpu = time.perf_counter(), _cpu()
    yield
    seconds = time.perf_counter() - start
    if timings is not None:
        timings[stage] = seconds
    used = [after - before for before, after in zip(cpu, _cpu())]
    log.info("%s: %.2f s (resident %s MiB; CPU s: this thread %.2f, process %.2f, ended workers %.2f)", stage, seconds, _resident_mib(), *used)


def _cpu() -> tuple[float, float, float]:
    """CPU seconds of this thread, this process and its ended child processes: what a stage cost, whatever the load."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.thread_time(), time.process_time(), children.ru_utime + children.ru_stime


def _resident_mib() -> str:
    """This process's resident memory now and its peak (Linux; '?' elsewhere), for the stage log."""
    try:
        status = Path("/proc/self/status").read_text(encoding="utf-8")
        now, peak = (int(status.split(key)[1].split()[0]) // 1024 for key in ("VmRSS:", "VmHWM:"))
        return f"{now}, peak {peak}"
    except (OSError, ValueError, IndexError):
        return "?"


ARTICLES_FILE = "articles.sqlite"  # the articles' headers, in the walk's folder (ArticlesOnDisk)
BACKGROUND_QUADS = 100_000  # from this many quads on, the files read from the quads are written by a second process


class _EarlyExports:
    """The second process started as soon as the quads are final (make_bundle's quads_ready), into the
    staging folder the exports are then written to, so that it overlaps the network graph and files; when it
    loads the store, it is started earlier, after the walk (make_bundle's store_feed), and its loader is fed
    the quads that are final then (the articles' own statements, then the entity graph) on the core derive
    leaves idle, and what settling adds after."""

    def __init__(self, out_dir: Path, formats: list[str] | None, validate: bool, jobs: int) -> None:
        self.out_dir = out_dir.resolve()
        self.names = [name for name in (formats or sorted(EXPORTERS)) if get_exporter(name).from_quads]
        self.validate = validate
        self.jobs = jobs
        self.staging: Path | None = None
        self.background: _Background | None = None
        self.declined = False  # the first file for the store came with too few quads for a second process

    @property
    def feeds_store(self) -> bool:
        """Whether a second process may load the store early (two or more jobs, the store among the exports)."""
        return self.jobs > 1 and "store" in self.names

    def feed(self, path: Path, count: int) -> None:
        """A file of final quads for the store (make_bundle's store_feed; removed once read): the second process
        started with the first, if the build has one and it loads the store; else the file removed (and so are the
        later ones: the store is then loaded from the settled file, as it must hold the first file's quads too)."""
        if self.background is None and self.feeds_store and count >= BACKGROUND_QUADS and not self.declined:
            self._start_process()
        self.declined = self.background is None
        if self.background is not None:
            self.background.feed(path)
        else:
            path.unlink()

    def start(self, quads: SortedQuads) -> None:
        if self.background is None and self.jobs > 1 and quads.count >= BACKGROUND_QUADS:
            self._start_process()
        if self.background is not None:
            self.background.quads(quads)

    def _start_process(self) -> None:
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}.building-", dir=self.out_dir.parent))
        self.background = _Background(self.names, self.staging, self.validate)

    def abandon(self) -> None:
        """After a failure: the second process stopped, its staging folder removed."""
        if self.background is not None:
            self.background.stop()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)


def _write_exports(
    bundle: Bundle, out_dir: Path, formats: list[str] | None = None, timings: dict[str, float] | None = None,
    validate: bool = False, early: _EarlyExports | None = None,
) -> tuple[list[Path], list[Violation]]:
    """Write the exports into a staging folder that replaces out_dir once all are written; validate if asked.

    With jobs > 1 and a large graph, what reads only the sorted quads (the store, the RDF files,
    validation) runs in a second process started by `early` as soon as the quads were final, itself
    loading the store in a thread (Oxigraph's loader releases the GIL), into its own staging folder,
    while this process writes the network files and the facts table there too. The bundle's evidence
    index is let go once no exporter left reads it.
    """
    exporters = [get_exporter(name) for name in (formats or sorted(EXPORTERS))]
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    background = early.background if early is not None else None
    if early is not None and early.background is not None and early.staging is not None:
        staging = early.staging
        exporters = [e for e in exporters if not e.from_quads]
        validate = False
    else:
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        written: list[Path] = []
        violations: list[Violation] = []
        # What reads the evidence index first, the shared network tables last (together, from one pass over the
        # rows): the build process never holds the evidence, the views page's data and the tables at once.
        tables = [e for e in exporters if e.reads_tables]
        exporters = sorted((e for e in exporters if not e.reads_tables), key=lambda e: not e.reads_evidence)
        for number, exporter in enumerate(exporters):
            with _timed(timings, f"export {exporter.name}"):
                written.append(exporter.export(bundle, staging))
            if not any(e.reads_evidence for e in exporters[number + 1:]):
                _let_go_evidence(bundle)
        if tables:
            _let_go_evidence(bundle)  # the tables never read it
            with _timed(timings, f"export {'+'.join(e.name for e in tables)}"):
                written += export_tables(bundle, staging, tables)
        if isinstance(bundle.network, NetworkFiles):
            bundle.network.discard()  # no reader is left in this process, which may still wait long for the second one
        if validate:
            with _timed(timings, "validate"):
                violations = validate_union(bundle.quads.union_path())
        if background is not None:
            with _timed(timings, "wait for the second process"):
                paths, seconds, found = background.result()
            written += paths
            violations = violations or found
            for stage, value in seconds.items():
                log.info("%s: %.2f s (second process)", stage, value)
                if timings is not None:
                    timings[stage] = value
        if out_dir.exists() and not out_dir.is_dir():
            raise ExportError(f"{out_dir}: exists and is not a folder; choose another -o")
        retired = None
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.previous-", dir=out_dir.parent))
            os.rename(out_dir, retired / out_dir.name)
        os.rename(staging, out_dir)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    except BaseException:
        if background is not None:
            background.stop()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out_dir / path.name for path in written), violations


def _let_go_evidence(bundle: Bundle) -> None:
    """The evidence index let go once no exporter left reads it, and its file removed: kept to the build's end, it
    sat on disk beside the store's load and its compaction (10,000 articles: 210 MB; some 2 GB at 100,000)."""
    if isinstance(bundle.evidence, EvidenceIndex):
        bundle.evidence.discard()
    bundle.evidence = {}


class _Background:
    """A spawned process (small: it holds nothing of the build) writing the exports that read only the quads.

    It is told what to read through a pipe: files of final quads for the store's loader (feed), then the
    quads as written (quads), with which it settles them and writes every file."""

    def __init__(self, names: list[str], staging: Path, validate: bool) -> None:
        context = multiprocessing.get_context("spawn")
        self._receive, send = context.Pipe(duplex=False)
        orders, self._orders = context.Pipe(duplex=False)
        self._process = context.Process(target=_background_exports, args=(os.getpid(), names, staging, validate, orders, send), daemon=True)
        self._process.start()
        send.close()
        orders.close()

    def feed(self, path: Path) -> None:
        self._orders.send(("feed", path))

    def quads(self, quads: SortedQuads) -> None:
        self._orders.send(("quads", quads.as_written, quads.count))

    def result(self) -> tuple[list[Path], dict[str, float], list[Violation]]:
        try:
            outcome = self._receive.recv()
        except EOFError:
            self._process.join()
            raise ExportError(f"the process writing the RDF files and the store ended unexpectedly (exit code {self._process.exitcode})") from None
        self._process.join()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def _background_exports(parent: int, names: list[str], staging: Path, validate: bool, orders: Any, send: Any) -> None:
    """Runs in the second process: the store in a thread (fed the files of final quads it is sent, if any, while
    the build derives), the RDF files and validation here once the quads are sent; sends the outcome."""
    _die_with(parent)
    try:
        folder = Path(staging)
        scratch = Path(tempfile.mkdtemp(prefix=f"{folder.name}-union-", dir=folder.parent))  # a killed build's is recovered
        try:
            seconds: dict[str, float] = {}
            store_items: queue.SimpleQueue = queue.SimpleQueue()  # files of final quads, then the SortedQuads
            threads: list[tuple[threading.Thread, list]] = []
            if "store" in names:
                failure: list = []
                thread = threading.Thread(target=_store_thread, args=(store_items, folder, seconds, failure), daemon=True)
                thread.start()
                threads.append((thread, failure))
            fed = False
            while True:
                order = orders.recv()
                if order[0] != "feed":
                    break
                store_items.put(order[1])
                fed = True
            _, written, count = order
            quads = SortedQuads(count=count, scratch=scratch, **written)
            if fed:  # what settling writes for the loader, handed to it piece by piece as it is written
                quads.store_rest = RestPieces(scratch)
            store_items.put(quads)
            bundle = Bundle([], quads, nx.MultiDiGraph())
            if validate or "turtle" in names:  # the union's external sort runs beside JSON-LD and TriG, which read the quads
                threading.Thread(target=quads.union_path, daemon=True).start()
            failures: list = []
            for name in [n for n in names if n != "store"]:
                _timed_export(get_exporter(name), bundle, folder, seconds, failures)
                if failures:
                    break
            found: list[Violation] = []
            if validate and not failures:
                start = time.perf_counter()
                found = validate_union(quads.union_path())
                seconds["validate"] = time.perf_counter() - start
            quads.drop_union()  # Turtle and validation are done with it; the store's load may go on a long while
            widen_loaders()  # nothing else of this process runs now: the loader may take every CPU it was kept off
            for thread, failure in threads:
                thread.join()
                failures += failure
            if failures:
                raise failures[0]
            send.send(([folder / get_exporter(name).filename for name in names], seconds, found))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except BaseException as exc:  # noqa: BLE001 - sent to the build, which raises it
        send.send(exc if isinstance(exc, KGError) else ExportError(f"writing the RDF files and the store failed: {type(exc).__name__}: {exc}"))
    finally:
        send.close()


def _store_thread(items: queue.SimpleQueue, folder: Path, seconds: dict[str, float], failures: list) -> None:
    """The store, in a thread of the second process: loaded from the settled file, or, when files of final
    quads come first, by one loader fed those as they come and then what settling writes for it
    (SortedQuads.store_rest), piece by piece as settling writes it: the same quads, each once."""
    exporter = get_exporter("store")
    first = items.get()
    if isinstance(first, SortedQuads):
        _timed_export(exporter, Bundle([], first, nx.MultiDiGraph()), folder, seconds, failures)
        return
    start = time.perf_counter()
    path = folder / exporter.filename
    loader = None
    try:
        loader = FedLoader(path)
        item = first
        while not isinstance(item, SortedQuads):
            loader.feed(item)
            item = items.get()
        rest = item.store_rest
        assert isinstance(rest, RestPieces)
        # Settled by a thread of its own (or waited for there, when an exporter asked first) while this one feeds
        # the loader each piece of the rest as settling completes it.
        settling: list[BaseException] = []
        settler = threading.Thread(target=_settle, args=(item, settling), daemon=True)
        settler.start()
        for piece in rest.pieces():
            loader.feed(piece)
        settler.join()
        if settling:
            raise settling[0]
        loader.finish()
        loader = None
        compact(path)
    except BaseException as exc:  # noqa: BLE001 - reported by _background_exports
        failures.append(exc)
        if loader is not None:
            loader.stop()
    seconds[f"export {exporter.name}"] = time.perf_counter() - start


def _settle(quads: SortedQuads, failures: list) -> None:
    """The quads settled (or their settling waited for); a failure noted, and the store's rest closed so that its
    reader ends."""
    try:
        quads.path  # noqa: B018 - settles them, writing store_rest
    except BaseException as exc:  # noqa: BLE001 - raised by the store's thread
        failures.append(exc)
    finally:
        if isinstance(quads.store_rest, RestPieces):
            quads.store_rest.close()


def _timed_export(exporter: Any, bundle: Bundle, folder: Path, seconds: dict[str, float], failures: list) -> None:
    start = time.perf_counter()
    try:
        exporter.export(bundle, folder)
    except BaseException as exc:  # noqa: BLE001 - reported by _background_exports
        failures.append(exc)
    seconds[f"export {exporter.name}"] = time.perf_counter() - start


def build(
    inputs: list[Path],
    out_dir: Path,
    formats: list[str] | None = None,
    explain: bool = False,
    min_confidence: float | None = None,
    validate: bool = True,
    curated: Path | None = DEFAULT_CURATED,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    progress: bool = False,
) -> BuildReport:
    """Read, extract (cached, in jobs processes; default all cores), curate, resolve, build and export.

    Returns the report for the summary. The exports are byte-identical whatever jobs is.
    """
    timings: dict[str, float] = {}
    # The articles' facts wait here between extraction and the walk: the build process holds only what resolution reads.
    # Beside the exports, named like a staging folder, so that the next build removes what a killed one left
    # (so are the quads and the union's sort folder).
    target = out_dir.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(target)  # before this build's own folders beside the exports exist
    early = _EarlyExports(out_dir, formats, validate, jobs or default_jobs())  # the second process, once the quads are final
    try:
        with tempfile.TemporaryDirectory(prefix=f".{target.name}.building-facts-", dir=target.parent) as spill_dir:
            with _timed(timings, "read and extract"):
                prepared = prepare(inputs, curated, cache_dir, jobs or default_jobs(), progress, Path(spill_dir))
            report = BuildReport(len(prepared.corpus), prepared.extracted, problems=prepared.problems, warnings=prepared.warnings)
            if not prepared.corpus:
                raise KGError("no article could be read; nothing was written:\n  " + "\n  ".join(report.problems or ["no input files found"]))
            report.unhandled = [note for item in prepared.corpus for note in item.unhandled]
            with _timed(timings, "resolve, quads, network"):
                bundle = make_bundle(prepared.hand_over(), explain, min_confidence, prepared.curation,
                                     prepared.duplicates, jobs or default_jobs(), published_in(out_dir), prepared.take_spilled(),
                                     target.parent / f".{target.name}.building-quads-", early.start,
                                     early.feed if early.feeds_store else None)
    except BaseException:
        early.abandon()
        raise
    report.facts = bundle.facts.kinds
    report.low_confidence = bundle.facts.low_confidence
    gc.freeze()  # what the exports read lives to the end: the collector's passes during the exports skip it
    evidence = bundle.evidence
    try:
        # and no passes at all: the exporters' rows, columns and pieces form no cycles, and the passes over
        # them as they pile up took a third of the network tables' time (3,000 articles: 1.45 -> 0.95 s CPU)
        with collector_paused():
            report.files, report.violations = _write_exports(bundle, out_dir, formats, timings, validate, early)
    finally:
        gc.unfreeze()
        if isinstance(evidence, EvidenceIndex):
            evidence.settle()
        if bundle.workdir is not None:
            bundle.workdir.cleanup()
    report.out_dir = out_dir
    report.timings = timings
    return report

