"""The same input gives byte-identical exports, whatever the hash seed of the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg.build import BuildReport
from kg.exporters import EXPORTERS
from tests.conftest import export_bytes


def test_second_build_in_another_process_is_byte_identical(seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    out, _ = seed_build
    env = dict(os.environ, PYTHONHASHSEED="12345")
    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "kg", "build", str(root / "data" / "articles"), "-o", str(tmp_path / "again")],
        check=True, env=env, cwd=tmp_path, capture_output=True,
    )
    for exporter in EXPORTERS.values():
        first = export_bytes(out / exporter.filename)
        second = export_bytes(tmp_path / "again" / exporter.filename)
        assert first == second, f"{exporter.filename} differs between two builds"
