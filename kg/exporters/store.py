"""The build's SPARQL store: DIR/store/, an on-disk Oxigraph store that `query`, `serve` and `publish` open.

Bulk-loaded once from the build's sorted quads by Oxigraph's own `oxigraph load` command (one pass over
the file, in its own process; no per-triple transactions), with the ontology as its own named graph; no
triple is in two graphs, so the union of the graphs is the default graph `query` and `serve` answer, and
the data is stored once (see kg/store.py). Then it is compacted once (`compact`), for the scans of
every `query` and `serve`. The folder is RocksDB's, so its bytes are not stable between builds; its content
is (the determinism test compares the quads).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from ..errors import ExportError
from ..namespaces import ONTOLOGY_GRAPH
from ..paths import ontology_file
from ..processes import kill_me_with_parent
from ..server import oxigraph_binary
from ..store import STORE_DIR
from .base import Bundle, Exporter


def loader_cpus() -> set[int] | None:
    """The CPUs `oxigraph load` may use: half of this process's, at least one; None where the platform cannot
    say. Its bulk loader runs a thread with a batch of quads in memory per CPU it sees (10,000 articles: 2.0 GB
    on two CPUs, 1.3 GB on one, the same CPU seconds), and while it loads the build's other process writes
    the network files on the remaining CPUs, so more threads cost memory without shortening the build."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    cpus = sorted(os.sched_getaffinity(0))
    return set(cpus[: max(1, len(cpus) // 2)])


def start_loader() -> None:
    """In the loader between fork and exec: die with the build, keep to `loader_cpus()`."""
    kill_me_with_parent()
    cpus = loader_cpus()
    if cpus:
        os.sched_setaffinity(0, cpus)


_RUNNING: set[subprocess.Popen] = set()  # the loaders running now (in the second process, its store thread's)


def widen_loaders() -> None:
    """Let the running loaders use every CPU of this process from now on: called once the rest of the second
    process is done, when a loader kept to `loader_cpus()` would leave a CPU idle while the build waits for it
    (100,000 articles: the build process waited 359 s for the store). The loader sized its batches in flight by
    the CPUs it saw when it started, so its memory stays; its parser and the thread writing the previous batch
    now run side by side. Affinity is per thread on Linux: every thread of the loader is widened, and the
    threads it starts later inherit its main thread's."""
    if sys.platform != "linux":
        return
    cpus = os.sched_getaffinity(0)
    for process in list(_RUNNING):
        try:
            threads = [int(task.name) for task in Path(f"/proc/{process.pid}/task").iterdir()]
        except OSError:  # it has just ended
            continue
        for thread in threads:
            try:
                os.sched_setaffinity(thread, cpus)
            except OSError:
                pass


def load_with_cli(nquads: Path, store: Path, *more: Path) -> None:
    """N-Quads files bulk-loaded into the store folder by `oxigraph load`: one pass, atomic (the files it writes
    are added to RocksDB once, at the end, so nothing is compacted while it loads), in a process of its own (its
    memory is given back when it ends). Lenient (the build wrote and checked every term, so IRIs are not
    validated again); the lenient loader reports a line it cannot parse and goes on, so such a report is an error
    here as well."""
    command = [oxigraph_binary(), "load", "--location", str(store), "--format", "application/n-quads", "--lenient", "--file", str(nquads), *map(str, more)]
    _run_oxigraph(command, f"{store}: `oxigraph load` of {nquads}")


def compact(store: Path) -> None:
    """The loaded store compacted by `oxigraph optimize`, once, as the build's last step on it: the bulk load
    leaves each batch's files side by side, and a scan over one sorted file per index is cheaper (10,000
    articles: the cold count 0.98 -> 0.81 s of CPU for about 11 s of CPU here and a folder 60 % larger;
    BENCHMARKS.md), so every `query` and `serve` of the build reads the faster store."""
    _run_oxigraph([oxigraph_binary(), "optimize", "--location", str(store)], f"{store}: `oxigraph optimize`")


def _run_oxigraph(command: list[str], what: str) -> None:
    """An `oxigraph` command in a process of its own, kept to `loader_cpus()` until widened; an exit code or a
    parsing error in its report is an ExportError."""
    # A killed build leaves no such process running (the kernel ends it with the thread that started it).
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=start_loader if sys.platform == "linux" else None)
    _RUNNING.add(process)
    try:
        _, errors = process.communicate()
    except BaseException:
        process.kill()
        process.wait()
        raise
    finally:
        _RUNNING.discard(process)
    _check_report(process.returncode, errors.decode("utf-8", "replace"), what)


def _check_report(returncode: int, report: str, what: str) -> None:
    """An `oxigraph` process's end: an exit code or a parsing error in its report (the lenient loader goes on past
    a line it cannot parse) is an ExportError naming its first error lines."""
    if returncode or "Parsing error" in report:
        lines = [line for line in report.splitlines() if "error" in line.lower()][:3] or report.strip().splitlines()[-3:]
        raise ExportError(f"{what} failed (exit {returncode}): {' / '.join(lines)}")


class FedLoader:
    """`oxigraph load` reading N-Quads from a pipe, fed file by file as each becomes final: one bulk load (one set
    of files per index, as `load_with_cli` writes), started while the build still derives and settles instead of
    after. A store is a set of quads, so the order of the files does not matter, only that together they hold the
    settled file's quads, each once (kg.build feeds the articles' own statements after the walk, the entity graph
    after its sort, and what settling writes to `SortedQuads.store_rest`, piece by piece as settling writes it:
    kg.quads.RestPieces)."""

    def __init__(self, store: Path) -> None:
        self.store = store
        command = [oxigraph_binary(), "load", "--location", str(store), "--format", "application/n-quads", "--lenient"]
        self._errors = tempfile.TemporaryFile()  # not a pipe: a loader writing much to it would block while fed
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._errors,
                                         preexec_fn=start_loader if sys.platform == "linux" else None)
        _RUNNING.add(self._process)

    def feed(self, path: Path) -> None:
        """The file's lines into the loader (the kernel copies), then the file removed."""
        assert self._process.stdin is not None
        pipe = self._process.stdin
        try:
            with path.open("rb") as source:
                size, sent = os.fstat(source.fileno()).st_size, 0
                try:
                    while sent < size:
                        step = os.sendfile(pipe.fileno(), source.fileno(), sent, size - sent)
                        if step == 0:
                            break
                        sent += step
                except OSError as exc:
                    if exc.errno == errno.EPIPE:
                        raise
                if sent < size:  # no sendfile into a pipe here
                    source.seek(sent)
                    shutil.copyfileobj(source, pipe, 1 << 20)
                    pipe.flush()
        except BrokenPipeError:
            self._check()
            raise ExportError(f"{self.store}: `oxigraph load` ended while it was fed {path.name}") from None
        path.unlink()

    def finish(self) -> None:
        """No more files: the ontology graph written to the loader last (ontology_nquads), then the loader ends its
        load; its report checked (see load_with_cli)."""
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(ontology_nquads())
            self._process.stdin.close()
        except BrokenPipeError:
            self._check()
            raise ExportError(f"{self.store}: `oxigraph load` ended while it was fed the ontology graph") from None
        self._process.wait()
        _RUNNING.discard(self._process)
        self._check()

    def stop(self) -> None:
        """After a failure: the loader killed."""
        self._process.kill()
        self._process.wait()
        _RUNNING.discard(self._process)

    def _check(self) -> None:
        self._errors.seek(0)
        report = self._errors.read().decode("utf-8", "replace")
        if self._process.poll() is None:
            return
        _check_report(self._process.returncode, report, f"{self.store}: `oxigraph load` of the build's quads")


def ontology_quads() -> list[ox.Quad]:
    """ontology/charity.ttl as quads of the ontology graph."""
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    with ontology_file("charity.ttl").open("rb") as source:
        return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(source, format=ox.RdfFormat.TURTLE)]


def ontology_nquads() -> bytes:
    """The ontology graph as N-Quads, for the store's loader: loaded with the build's quads in the same bulk load,
    not written afterwards by a store opened here. Opening the loaded store in this process started RocksDB's
    compaction of the load's files in its background threads, and the write waited for it once a large load had
    left many overlapping files (100,000 articles: some 5 minutes, before `oxigraph optimize` compacted the
    store again)."""
    return ox.serialize(ontology_quads(), format=ox.RdfFormat.N_QUADS)


class StoreExporter(Exporter):
    """The named graphs and the ontology graph, in one on-disk store."""

    from_quads = True
    name = "store"
    filename = STORE_DIR
    media_type = "inode/directory"
    description = "Oxigraph store folder for `charity-kg query`, `serve` and `publish`"

    def write(self, bundle: Bundle, path: Path) -> None:
        # The build's one sorted quad stream and the ontology graph, loaded by Oxigraph's own loader while Python
        # writes other files, then compacted.
        with tempfile.TemporaryDirectory(prefix="ontology-", dir=path.parent) as folder:
            ontology = Path(folder) / "ontology.nq"
            ontology.write_bytes(ontology_nquads())
            load_with_cli(bundle.quads.path, path, ontology)
        compact(path)
