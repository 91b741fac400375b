"""A fresh machine: every library the code imports is declared, and a broken optional parser is one clear error."""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KGError, MissingDependency
from kg.loaders import load_articles

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "loaders"


def _declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [d for group in project["optional-dependencies"].values() for d in group]
    return {re.split(r"[<>=!\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-"): spec for spec in specs}


@pytest.mark.parametrize("package", ["lxml-html-clean", "jinja2", "markupsafe", "trafilatura", "tqdm"])
def test_imported_libraries_are_declared_with_an_upper_bound(package: str) -> None:
    spec = _declared()[package]
    assert "<" in spec, spec


def test_trafilatura_floor_has_the_document_api() -> None:
    # The loader reads bare_extraction(...).body / .title / .date: a Document object, trafilatura 2.0 on.
    floor = re.search(r">=\s*(\d+)", _declared()["trafilatura"])
    assert floor is not None and int(floor.group(1)) >= 2


def test_lxml_html_clean_imports() -> None:
    import lxml.html.clean  # noqa: F401 - lxml 6 moved it to lxml_html_clean; trafilatura needs it

    import trafilatura

    document = trafilatura.bare_extraction("<html><body><article><p>" + "上海市慈善基金会召开理事会。" * 5 + "</p></article></body></html>", with_metadata=True)
    assert document is not None and document.body is not None


def _pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("wechat.html", "big5-news.html", "gov-zoom-gbk.html"):
        shutil.copy(PAGES / name, folder / name)
    return folder


def test_missing_parser_stops_loading_with_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` now raises ImportError
    with pytest.raises(MissingDependency) as caught:
        load_articles([_pages(tmp_path)])
    assert isinstance(caught.value, KGError)
    assert "trafilatura" in str(caught.value) and "pip install" in str(caught.value)


def test_missing_parser_is_one_line_from_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    out = tmp_path / "exports"
    result = CliRunner().invoke(main, ["build", str(_pages(tmp_path)), "-o", str(out), "--no-cache"])
    assert result.exit_code == 1
    assert result.output.count("error:") == 1 and "trafilatura" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
