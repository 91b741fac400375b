"""The main job: articles in, every export out, written atomically.

Exports go to a temporary folder beside the target and replace it only when
all files are complete, so a failed or interrupted build leaves the previous
exports as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import ExtractionCache
from .curate import Curation, apply_curation, load_curation
from .errors import ExportError, KGError
from .exporters import EXPORTERS, Bundle, get_exporter
from .extract import extract_article
from .loaders import LoadResult, load_articles
from .model import KIND_ORDER, ArticleFacts, in_kind_order
from .derive import derive
from .network import NetworkBuilder
from .paths import DEFAULT_CURATED
from .quads import QuadWriter
from .rdf import DERIVED_GRAPH, EVIDENCE_FIELDS, ArticleOutput, article_output, derived_nquads
from .resolve import resolve
from .validate import Violation, validate_quads

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


def extract_corpus(loaded: LoadResult, cache: ExtractionCache | None = None) -> tuple[list[ArticleFacts], list[str]]:
    """Extract every article (from the cache when unchanged); one that fails is reported, the others kept."""
    corpus, problems = [], []
    for article in loaded.articles:
        cached = cache.get(article) if cache is not None else None
        if cached is not None:
            corpus.append(cached)
            continue
        try:
            item = extract_article(article)
            corpus.append(item)
            if cache is not None:
                cache.put(item)
        except Exception as exc:  # noqa: BLE001 - an extractor bug must not cost the other articles
            problems.append(f"{article.source_file or article.article_id}: extraction failed ({type(exc).__name__}: {exc}); please report it")
    return corpus, problems


def make_bundle(
    corpus: list[ArticleFacts],
    explain: bool = False,
    min_confidence: float | None = None,
    curation: Curation | None = None,
    duplicates: dict[str, list[str]] | None = None,
) -> Bundle:
    """Curate, resolve, then one pass over the resolved facts: quads, network, evidence, articles."""
    curation = curation or load_curation(None)
    corpus = apply_curation(corpus, curation)
    resolution = resolve(corpus, curation)
    workdir = tempfile.TemporaryDirectory(prefix="charity-kg-quads-")
    writer = QuadWriter(Path(workdir.name))
    network = NetworkBuilder()
    articles: dict[str, dict[str, str]] = {}
    evidence: dict[str, set[tuple]] = defaultdict(set)
    slim: list[ArticleOutput] = []
    for item in sorted(corpus, key=lambda i: i.article.article_id):
        output = article_output(item, resolution, duplicates)
        writer.add(output.graph, output.nquads, output.statements)
        network.add(output)
        articles[output.article_id] = output.info
        for fact, items in output.evidence.items():
            evidence[fact].update(items)
        slim.append(ArticleOutput(output.article_id, output.graph, output.date, "", positions=output.positions,
                                  chair_terms=output.chair_terms, network_events=output.network_events))
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


@dataclass
class Prepared:
    """The corpus every later stage works on, and what loading it found."""

    corpus: list[ArticleFacts]
    curation: Curation
    problems: list[str]
    warnings: list[str]
    duplicates: dict[str, list[str]]
    extracted: int


def prepare(inputs: list[Path], curated: Path | None = DEFAULT_CURATED, cache_dir: Path | None = None) -> Prepared:
    """Load, extract (through the cache) and read the curated layer."""
    curation = load_curation(curated)
    loaded = load_articles(inputs)
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    corpus, failures = extract_corpus(loaded, cache)
    return Prepared(
        corpus,
        curation,
        [str(p) for p in loaded.problems] + failures,
        [str(w) for w in loaded.warnings],
        loaded.duplicates,
        cache.misses if cache is not None else len(corpus),
    )


def recover_interrupted(out_dir: Path) -> None:
    """Undo what a killed build left: restore exports moved aside, drop half-written staging folders."""
    for retired in sorted(out_dir.parent.glob(f".{out_dir.name}.previous-*")):
        if (retired / out_dir.name).is_dir() and not out_dir.exists():
            os.rename(retired / out_dir.name, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    for staging in out_dir.parent.glob(f".{out_dir.name}.building-*"):
        shutil.rmtree(staging, ignore_errors=True)


def write_exports(bundle: Bundle, out_dir: Path, formats: list[str] | None = None) -> list[Path]:
    """Write the chosen exports (default all) into out_dir, replacing it only once all are written."""
    exporters = [get_exporter(name) for name in (formats or sorted(EXPORTERS))]
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        written = [exporter.export(bundle, staging) for exporter in exporters]
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
) -> BuildReport:
    """Read, extract (cached), curate, resolve, build and export; returns the report for the summary."""
    prepared = prepare(inputs, curated, cache_dir)
    corpus = prepared.corpus
    report = BuildReport(len(corpus), prepared.extracted, problems=prepared.problems, warnings=prepared.warnings)
    if not corpus:
        raise KGError("no article could be read; nothing was written:\n  " + "\n  ".join(report.problems or ["no input files found"]))
    bundle = make_bundle(corpus, explain, min_confidence, prepared.curation, prepared.duplicates)
    report.facts = Counter(record["kind"] for record in bundle.records)
    report.low_confidence = sum(1 for record in bundle.records if record.get("low_confidence"))
    report.unhandled = [note for item in corpus for note in item.unhandled]
    if validate:
        report.violations = validate_quads(bundle.quads)
    report.files = write_exports(bundle, out_dir, formats)
    report.out_dir = out_dir
    return report
