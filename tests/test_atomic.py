"""A failed or killed build never leaves a half-written export behind, and never writes outside DIR."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build import build, recover_interrupted
from kg.errors import KGError
from kg.exporters import EXPORTERS
from kg.exporters.graphs import GraphMLWriter
from tests.conftest import DEV, SEED_ARTICLES, export_bytes


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(export_bytes(p)).hexdigest() for p in sorted(folder.iterdir())}


def _complete(folder: Path) -> bool:
    names = {p.name for p in folder.iterdir()}
    if names != {e.filename for e in EXPORTERS.values()}:
        return False
    for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    return True


@pytest.mark.slow
def test_killing_a_build_midway_keeps_the_previous_exports(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    build([SEED_ARTICLES], out, validate=False, curated=None)
    before = _digest(out)
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(12):
        for article in (DEV / "articles").iterdir():
            shutil.copy(article, big / f"{copy:02d}-{article.name}")
    outcomes = []
    system_temp = tmp_path.parent / f"{tmp_path.name}-tmp"  # the killed builds' own temporary folder
    system_temp.mkdir()
    for delay in (1.0, 2.5, 4.0, 6.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(big), "-o", str(out), "--no-cache", "--curated", str(tmp_path / "none")],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "TMPDIR": str(system_temp)},
        )
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert out.is_dir(), "the export folder vanished"
        if _digest(out) == before:
            outcomes.append("old")
        else:
            assert _complete(out), "a half-written export was left in place"
            outcomes.append("new")
            build([SEED_ARTICLES], out, validate=False, curated=None)
            before = _digest(out)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".exports.")]
        recover_interrupted(out.resolve())
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".exports.")], leftovers
        # what a killed build works in sits beside the exports (recovered above), never in the system's temporary folder
        assert not [p.name for p in system_temp.iterdir() if p.name.startswith("charity-kg")], list(system_temp.iterdir())
    assert "old" in outcomes, "no kill landed midway; make the corpus bigger"


def test_failing_exporter_leaves_previous_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "exports"
    build([SEED_ARTICLES], out, validate=False, curated=None)
    before = _digest(out)

    def broken(self, row):  # the GraphML file half-written: a build writes the table files together, row by row
        self.stream.write("half")
        raise OSError("disk full")

    monkeypatch.setattr(GraphMLWriter, "node", broken)
    with pytest.raises(OSError):
        build([SEED_ARTICLES], out, validate=False, curated=None)
    assert _digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


@pytest.mark.slow
@pytest.mark.parametrize("fails", ["network graph", "network file"])
def test_failure_after_the_second_process_started_leaves_previous_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: str,
) -> None:
    """The second process starts once the quads are final, before the network graph: a failure after
    that (in the network graph, or a network file) stops it and removes its staging folder."""
    import kg.build

    out = tmp_path / "exports"
    build([SEED_ARTICLES], out, validate=False, curated=None, jobs=1)
    before = _digest(out)
    monkeypatch.setattr(kg.build, "BACKGROUND_QUADS", 0)  # the seed's few quads go to the second process too
    started: list[Path] = []
    real_start = kg.build._EarlyExports.start

    def start(self, quads):
        real_start(self, quads)
        started.append(self.staging)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(kg.build._EarlyExports, "start", start)
    if fails == "network graph":
        monkeypatch.setattr(kg.build, "network_from_parts", broken)  # the graph merged from its parts on disk
    else:
        monkeypatch.setattr(GraphMLWriter, "node", broken)
    with pytest.raises(OSError):
        build([SEED_ARTICLES], out, validate=False, curated=None, jobs=2)
    assert started and started[0] is not None  # the second process had started
    assert _digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_titles_and_file_names_never_write_outside_the_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "x..%2F..%2Fescape<script>.txt").write_text(
        "../../../etc/evil 《../x》\n\n2024年5月9日 来源:../../上海市慈善基金会\n\n会议由上海市慈善基金会理事长钟燕群主持。\n", encoding="utf-8"
    )
    out = tmp_path / "work" / "exports"
    build([inputs], out, curated=None)
    written = {"/".join(p.relative_to(tmp_path).parts[:3]) for p in tmp_path.rglob("*") if p.is_file() and "in" != p.relative_to(tmp_path).parts[0]}
    assert written == {f"work/exports/{e.filename}" for e in EXPORTERS.values()}  # the store folder's files stay inside it


def test_strict_fails_when_a_file_was_skipped(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    args = ["build", str(SEED_ARTICLES), str(empty), "-o", str(tmp_path / "out"), "--no-cache"]
    relaxed = CliRunner().invoke(main, args)
    assert relaxed.exit_code == 0 and "skipped: 1" in relaxed.output and "empty.txt" in relaxed.output
    strict = CliRunner().invoke(main, args + ["--strict"])
    assert strict.exit_code == 1 and "--strict" in strict.output


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="nothing was written"):
        build([tmp_path / "nowhere"], tmp_path / "out")


def _children(pid: int) -> dict[int, str]:
    """Child process id -> its start time (field 22 of /proc/PID/stat), so a reused id is not mistaken for it."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found[int(entry.name)] = fields[19]
    return found


def _running(pid: int, started: str) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[19] == started and fields[0] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see child processes")
def test_killing_a_build_kills_its_worker_processes(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(12):
        for article in (DEV / "articles").iterdir():
            shutil.copy(article, big / f"{copy:02d}-{article.name}")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(big), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "2",
         "--curated", str(tmp_path / "none")],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    workers: dict[int, str] = {}
    deadline = time.monotonic() + 120
    while len(workers) < 2 and process.poll() is None and time.monotonic() < deadline:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) == 2, f"the build never started two workers: {workers}"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid, started) for pid, started in workers.items()) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid, started in workers.items() if _running(pid, started)]
    assert not survivors, f"worker processes outlived the killed build: {survivors}"
