"""The built graph conforms to ontology/shapes.ttl, and violations name their article and sentence."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner
import pyshacl
import pytest
from rdflib import Graph, URIRef

from kg.build import BuildReport, make_bundle
from kg.cli import main
from kg.extract import extract_article
from kg.loaders import read_article
from kg.paths import ontology_file
from kg.quads import union_lines
from kg.validate import compiled_shapes, validate_folder, validate_union
from tests.conftest import SEED_ARTICLES


def test_seed_graph_conforms(seed_build: tuple[Path, BuildReport]) -> None:
    out, report = seed_build
    assert report.violations == []
    assert validate_folder(out) == []
    result = CliRunner().invoke(main, ["validate", "--data", str(out)])
    assert result.exit_code == 0 and "conforms" in result.output


def _corrupted(tmp_path: Path) -> Path:
    """The seed's union with five kinds of damage: a value outside sh:in, a missing and a doubled value,
    a wrong datatype, a value of the wrong class."""
    item = extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))
    quads = make_bundle([item]).quads  # holds the temporary folder the union is written to
    with union_lines(quads.union_path()) as handle:
        lines = handle.readlines()
    ck = "https://w3id.org/charity-kg/ontology#"
    status = next(i for i, line in enumerate(lines) if f"<{ck}status> \"current\"" in line)
    lines[status] = lines[status].replace('"current"', '"retired"')
    in_sentence = next(i for i, line in enumerate(lines) if f"<{ck}inSentence>" in line)
    del lines[in_sentence]
    year = next(line for line in lines if f"<{ck}termYear>" in line)
    lines.append(year.replace('"20', '"19'))
    confidence = next(i for i, line in enumerate(lines) if f"<{ck}confidence>" in line)
    lines[confidence] = lines[confidence].split('"^^')[0] + '" .\n'
    member = next(i for i, line in enumerate(lines) if "<http://www.w3.org/ns/org#member>" in line)
    organization = next(line.split()[0] for line in lines if f"<{ck}Organization>" in line)
    lines[member] = " ".join(lines[member].split()[:2] + [organization, ".\n"])
    path = tmp_path / "corrupted.nt"
    path.write_text("".join(sorted(lines)), encoding="utf-8")  # a build's union is sorted by subject
    return path


@pytest.mark.parametrize("compressed", [False, True])
def test_violations_name_article_and_sentence(tmp_path: Path, compressed: bool) -> None:
    """The same violations, with their articles and sentences, from the union as a file or compressed by lz4 (as the
    build keeps it)."""
    union = _corrupted(tmp_path)
    if compressed:
        if not shutil.which("lz4"):
            pytest.skip("no lz4 here")
        subprocess.run(["lz4", "-q", str(union), str(union) + ".lz4"], check=True)
        union = Path(str(union) + ".lz4")
    violations = validate_union(union)
    assert not compressed or violations == validate_union(_corrupted(tmp_path))
    messages = {v.message for v in violations}
    assert "Position status is current or former." in messages
    assert "Evidence points to exactly one sentence." in messages
    assert "A chair term has one year (xsd:gYear)." in messages
    assert "A reading rule has one confidence (xsd:decimal)." in messages
    assert "A position has exactly one person (org:member)." in messages
    status = next(v for v in violations if "current or former" in v.message)
    assert status.article.endswith("seed-2024-yrd-joint-meeting") and status.sentence


def test_compiled_shapes_find_what_pyshacl_finds(tmp_path: Path) -> None:
    path = _corrupted(tmp_path)
    ours = {(v.focus, v.path) for v in validate_union(path)}
    data = Graph().parse(path, format="nt")
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    sh = "http://www.w3.org/ns/shacl#"
    theirs = {
        (str(report.value(r, URIRef(f"{sh}focusNode"))), str(report.value(r, URIRef(f"{sh}resultPath"))))
        for r in report.subjects(URIRef(f"{sh}resultSeverity"), URIRef(f"{sh}Violation"))
    }
    assert not conforms and len(ours) >= 5
    assert ours == theirs


def test_every_shape_constraint_is_compiled() -> None:
    constraints = compiled_shapes()
    shapes = ontology_file("shapes.ttl").read_text(encoding="utf-8")
    assert len(constraints) == shapes.count("sh:path")
    assert sum(c.min_count is not None for c in constraints) == shapes.count("sh:minCount")
    assert sum(c.cls is not None for c in constraints) + sum(1 for c in constraints for k, _ in c.alternatives or () if k == "class") == shapes.count("sh:class")
