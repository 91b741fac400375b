"""Scoring a test corpus against its gold, shared by the floor tests of the real-layout corpora."""

from __future__ import annotations

from pathlib import Path

from kg.evaluate import Report, read_facts, score
from kg.extract import extract_article
from kg.loaders import read_article


def corpus_report(corpus: Path, prefixes: tuple[str, ...]) -> Report:
    """Extract every article of `corpus` whose name starts with one of `prefixes` and score it against its gold."""
    report = Report()
    for article in sorted((corpus / "articles").iterdir()):
        if article.name.startswith(prefixes):
            records = [f.to_record() for f in extract_article(read_article(article)).facts]
            report.add(score(read_facts(corpus / "gold" / f"{article.stem}.jsonl"), records, article.stem))
    return report
