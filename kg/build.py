"""The main job: articles in, every export out, written atomically.

Exports go to a temporary folder beside the target and replace it only when
all files are complete, so a failed or interrupted build leaves the previous
exports as they were.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from .cache import ExtractionCache
from .curate import Curation, apply_curation, load_curation
from .errors import ExportError, KGError
from .exporters import EXPORTERS, Bundle, get_exporter
from .extract import extract_article
from .loaders import ArticleMerger, LoadResult, discover, load_file
from .model import KIND_ORDER, Article, ArticleFacts, in_kind_order
from .derive import derive
from .network import NetworkBuilder
from .paths import DEFAULT_CURATED
from .quads import QuadWriter
from .rdf import DERIVED_GRAPH, EVIDENCE_FIELDS, ArticleOutput, article_output, derived_nquads
from .resolve import resolve
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


def records_of(corpus: list[ArticleFacts], explain: bool = False, min_confidence: float | None = None) -> list[dict[str, Any]]:
    """The facts table: every fact with its article and confidence, sorted; low ones flagged or dropped."""
    records = []
    for item in sorted(corpus, key=lambda i: i.article.article_id):
        for fact in in_kind_order(item.facts):
            if min_confidence is not None and fact.confidence < min_confidence:
                continue
            record = fact.to_record(explain=explain)
            record["article"] = item.article.article_id
            if fact.kind != "source":
                record["confidence"] = round(fact.confidence, 2)
                if fact.confidence < LOW_CONFIDENCE:
                    record["low_confidence"] = True
            records.append(record)
    return records


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
    items: list[ArticleFacts | str]
    hits: int = 0
    misses: int = 0


def _work_on_file(path: Path, cache_dir: Path | None) -> _FileWork:
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    loaded, result = load_file(path)
    items = [_extract_one(entry.article, cache) for entry in loaded]
    if cache is None:
        return _FileWork(loaded, result, items, 0, len(items))
    return _FileWork(loaded, result, items, cache.hits, cache.misses)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _pool(workers: int, initializer: Any = None, initargs: tuple = ()) -> ProcessPoolExecutor:
    """Worker processes that end with the build: a killed build (even SIGKILL) leaves none running.

    A worker of a pool blocks on its task queue forever once its parent is gone,
    because it holds both ends of the queue's pipe; so each worker asks the kernel
    to kill it when the parent dies (Linux), or watches its parent (elsewhere).
    """
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(), initializer, initargs))


def _start_worker(parent: int, initializer: Any, initargs: tuple) -> None:
    _die_with(parent)
    if initializer is not None:
        initializer(*initargs)


def _die_with(parent: int) -> None:
    """End this process as soon as the process parent ends."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _each_file(files: list[Path], cache_dir: Path | None, jobs: int) -> Iterator[tuple[Path, _FileWork]]:
    """Every file's work, in file order; with jobs > 1 done by that many worker processes."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield path, _work_on_file(path, cache_dir)
        return
    pool = _pool(min(jobs, len(files)))
    try:
        chunk = max(1, min(64, len(files) // (jobs * 16)))
        yield from zip(files, pool.map(_work_on_file, files, repeat(cache_dir), chunksize=chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _progress(total: int, description: str, show: bool) -> Any:
    return tqdm(total=total, desc=description, unit=" files" if "read" in description else " articles", disable=not show, leave=False, dynamic_ncols=True)


def make_bundle(
    corpus: list[ArticleFacts],
    explain: bool = False,
    min_confidence: float | None = None,
    curation: Curation | None = None,
    duplicates: dict[str, list[str]] | None = None,
    jobs: int = 1,
) -> Bundle:
    """Curate, resolve, then one pass over the resolved facts: quads, network, evidence, articles.

    The per-article walk runs in jobs worker processes; its outputs are taken in
    article order, so the bundle is the same for any jobs.
    """
    curation = curation or load_curation(None)
    corpus = apply_curation(corpus, curation)
    resolution = resolve(corpus, curation)
    workdir = tempfile.TemporaryDirectory(prefix="charity-kg-quads-")
    writer = QuadWriter(Path(workdir.name), owner=workdir)
    network = NetworkBuilder()
    articles: dict[str, dict[str, str]] = {}
    evidence: dict[str, set[tuple]] = defaultdict(set)
    slim: list[ArticleOutput] = []
    for output in _walk(sorted(corpus, key=lambda i: i.article.article_id), resolution, duplicates or {}, jobs):
        writer.add(output.graph, output.nquads, output.statements)
        network.add(output)
        articles[output.article_id] = output.info
        for fact, items in output.evidence.items():
            evidence[fact].update(items)
        slim.append(ArticleOutput(output.article_id, output.graph, output.date, "", positions=output.positions,
                                  chair_terms=output.chair_terms, network_events=output.network_events,
                                  participations=output.participations))
    derived = derive(slim, resolution)
    text, count = derived_nquads(derived)
    writer.add(DERIVED_GRAPH, text, count)
    return Bundle(
        records_of(corpus, explain, min_confidence),
        writer.close(),
        network.graph(derived),
        resolution=resolution,
        corpus=corpus,
        articles=articles,
        evidence={fact: [dict(zip(EVIDENCE_FIELDS, entry)) for entry in sorted(entries)] for fact, entries in sorted(evidence.items())},
        workdir=workdir,
    )


_WALK_CONTEXT: tuple[Any, dict[str, list[str]]] | None = None


def _start_walker(resolution: Any, duplicates: dict[str, list[str]]) -> None:
    global _WALK_CONTEXT
    _WALK_CONTEXT = (resolution, duplicates)


def _walk_one(item: ArticleFacts) -> ArticleOutput:
    assert _WALK_CONTEXT is not None
    return article_output(item, *_WALK_CONTEXT)


def _walk(items: list[ArticleFacts], resolution: Any, duplicates: dict[str, list[str]], jobs: int) -> Iterator[ArticleOutput]:
    """Each article's output in order; with jobs > 1 made by worker processes that hold the resolution."""
    if jobs <= 1 or len(items) < 200:
        for item in items:
            yield article_output(item, resolution, duplicates)
        return
    pool = _pool(jobs, _start_walker, (resolution, duplicates))
    try:
        yield from pool.map(_walk_one, items, chunksize=max(1, min(64, len(items) // (jobs * 16))))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class Prepared:
    """The corpus every later stage works on, and what loading it found."""

    corpus: list[ArticleFacts]
    curation: Curation
    problems: list[str]
    warnings: list[str]
    duplicates: dict[str, list[str]]
    extracted: int


def prepare(
    inputs: list[Path],
    curated: Path | None = DEFAULT_CURATED,
    cache_dir: Path | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> Prepared:
    """Load and extract (through the cache, in jobs worker processes) and read the curated layer.

    Files stream through: each is loaded and extracted in a worker, and the
    main process keeps only the facts and the article headers, never the texts.
    The result is the same whatever jobs is: files are taken in order, copies
    and id clashes decided as a one-process load decides them.
    """
    curation = load_curation(curated)
    files, problems = discover(inputs)
    merger = ArticleMerger(problems, keep_articles=False)
    main_cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    corpus: list[ArticleFacts] = []
    failures: list[str] = []
    extracted = 0
    with _progress(len(files), "reading and extracting", progress) as bar:
        for path, work in _each_file(files, cache_dir, jobs):
            extracted += work.misses
            for index, article in merger.add(path, work.loaded, work.result):
                item = work.items[index]
                if article.article_id != work.loaded[index].article.article_id:
                    item = _extract_one(article, main_cache)  # its id was taken: facts under the new id
                    extracted += 1
                if isinstance(item, str):
                    failures.append(item)
                else:
                    corpus.append(ArticleFacts(item.article.without_text(), item.facts, item.unhandled))
            bar.update(1)
    loaded = merger.finish()
    return Prepared(
        corpus,
        curation,
        [str(p) for p in loaded.problems] + failures,
        [str(w) for w in loaded.warnings],
        loaded.duplicates,
        extracted if cache_dir is not None else len(corpus),
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
    start = time.perf_counter()
    yield
    seconds = time.perf_counter() - start
    if timings is not None:
        timings[stage] = seconds
    log.info("%s: %.2f s", stage, seconds)


def write_exports(bundle: Bundle, out_dir: Path, formats: list[str] | None = None, timings: dict[str, float] | None = None) -> list[Path]:
    """Write the chosen exports (default all) into out_dir, replacing it only once all are written."""
    exporters = [get_exporter(name) for name in (formats or sorted(EXPORTERS))]
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        written = []
        for exporter in exporters:
            with _timed(timings, f"export {exporter.name}"):
                written.append(exporter.export(bundle, staging))
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
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out_dir / path.name for path in written)


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
    with _timed(timings, "read and extract"):
        prepared = prepare(inputs, curated, cache_dir, jobs or default_jobs(), progress)
    corpus = prepared.corpus
    report = BuildReport(len(corpus), prepared.extracted, problems=prepared.problems, warnings=prepared.warnings)
    if not corpus:
        raise KGError("no article could be read; nothing was written:\n  " + "\n  ".join(report.problems or ["no input files found"]))
    with _timed(timings, "resolve, quads, network"):
        bundle = make_bundle(corpus, explain, min_confidence, prepared.curation, prepared.duplicates, jobs or default_jobs())
    report.facts = Counter(record["kind"] for record in bundle.records)
    report.low_confidence = sum(1 for record in bundle.records if record.get("low_confidence"))
    report.unhandled = [note for item in corpus for note in item.unhandled]
    try:
        report.files = write_exports(bundle, out_dir, formats, timings)
        if validate:
            with _timed(timings, "validate"):
                report.violations = _validate(bundle)
    finally:
        if bundle.workdir is not None:
            bundle.workdir.cleanup()
    report.out_dir = out_dir
    report.timings = timings
    return report


def _validate(bundle: Bundle) -> list[Violation]:
    """SHACL over the union of the build's graphs (sorted by subject, one linear pass)."""
    return validate_union(bundle.quads.union_path())
