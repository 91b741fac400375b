"""Where the bundled ontology and lexicons live, in a source tree and in an installed package alike.

In a checkout (or an editable install) they are the top-level ontology/,
data/lexicons/ and queries/ folders; a regular install copies them into the package as
kg/ontology, kg/lexicons and kg/queries (see [tool.setuptools.package-dir] in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_TREE = _PACKAGE.parent


def _first_existing(*folders: Path) -> Path:
    for folder in folders:
        if folder.is_dir():
            return folder
    return folders[0]


ONTOLOGY_DIR = _first_existing(_SOURCE_TREE / "ontology", _PACKAGE / "ontology")
LEXICON_DIR = _first_existing(_SOURCE_TREE / "data" / "lexicons", _PACKAGE / "lexicons")
QUERY_DIR = _first_existing(_SOURCE_TREE / "queries", _PACKAGE / "queries")


def ontology_file(name: str) -> Path:
    """A file of the ontology folder."""
    return ONTOLOGY_DIR / name


def lexicon_file(name: str) -> Path:
    """A file of the lexicon folder."""
    return LEXICON_DIR / name


DEFAULT_CURATED = Path("data/curated")  # the curated corrections of `build` and `review`, relative to the working folder
