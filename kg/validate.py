"""SHACL validation of a built graph; each violation is reported with the article and sentence behind it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Namespace, URIRef

from .errors import KGError
from .paths import ontology_file
from .vocab import vocabulary

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    article: str
    sentence: str


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def validate_dataset(dataset: Dataset) -> list[Violation]:
    """Every SHACL violation of the dataset's union graph, sorted."""
    data = _union(dataset)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    ck = vocabulary().term
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        evidence = data.value(focus, ck("evidence")) if isinstance(focus, URIRef) else None
        article = data.value(evidence, ck("inArticle")) if evidence is not None else None
        sentence = data.value(evidence, ck("sentence")) if evidence is not None else None
        violations.append(Violation(str(focus), str(path or ""), str(message or ""), str(article or ""), str(sentence or "")))
    return sorted(violations, key=lambda v: (v.article, v.focus, v.path, v.message))


def validate_folder(data_dir: Path) -> list[Violation]:
    """Validate the graph.trig of a build folder."""
    path = data_dir / "graph.trig"
    if not path.is_file():
        raise KGError(f"{path}: no built graph here; run `charity-kg build -o {data_dir}` first")
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    return validate_dataset(dataset)
