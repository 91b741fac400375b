"""SHACL validation of a built graph; each violation is reported with the article and sentence behind it."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace, URIRef

from .errors import KGError
from .paths import ontology_file
from .quads import SortedQuads
from .vocab import vocabulary

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    article: str
    sentence: str


def validate_graph(data: Graph) -> list[Violation]:
    """Every SHACL violation of a graph (the union of the article graphs), sorted."""
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
        sentence = data.value(evidence, ck("inSentence")) if evidence is not None else None
        article = data.value(sentence, ck("inArticle")) if sentence is not None else None
        text = data.value(sentence, ck("sentence")) if sentence is not None else None
        violations.append(Violation(str(focus), str(path or ""), str(message or ""), str(article or ""), str(text or "")))
    return sorted(violations, key=lambda v: (v.article, v.focus, v.path, v.message))


def validate_quads(quads: SortedQuads) -> list[Violation]:
    """Validate the union of a build's graphs."""
    return validate_graph(Graph().parse(quads.union_path(), format="nt"))


def validate_folder(data_dir: Path) -> list[Violation]:
    """Validate the graph.nq of a build folder."""
    path = data_dir / "graph.nq"
    if not path.is_file():
        raise KGError(f"{path}: no built graph here; run `charity-kg build -o {data_dir}` first")
    with tempfile.TemporaryDirectory(prefix="charity-kg-validate-") as folder:
        return validate_quads(SortedQuads(path, 0, Path(folder)))
