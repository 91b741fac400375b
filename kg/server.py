"""`charity-kg serve`: Oxigraph's own SPARQL 1.1 server over the build's store, started and stopped here.

We run `oxigraph serve-read-only` (the `oxigraph` package, the same engine as
pyoxigraph) on DIR/store/ behind a small supervising proxy (kg/proxy.py, its
own process): read-only, bound to 127.0.0.1 by default, CORS open, and a
per-query timeout that really ends the query (Oxigraph's cancellation, and
where a plan outlives it, a restart of the Oxigraph process at timeout + grace).
It answers the SPARQL 1.1 Protocol at http://HOST:PORT/sparql (also /query),
the Graph Store Protocol (read) at /store, and the query page of the library
at /. The default graph is the union of all graphs (Oxigraph's
--union-default-graph; no triple is in two graphs, see kg/store.py), as for
`charity-kg query`. Queries must declare their prefixes, as with any endpoint.

The proxy's PID and URL are recorded in DIR/serve.pid while it runs, so that
`charity-kg serve --stop` (or another shell) can end it; Oxigraph ends with it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError
from .store import DEFAULT_PORT, DEFAULT_TIMEOUT, store_path

PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # so that `python -m kg.proxy` finds this very package

DEFAULT_HOST = "127.0.0.1"
DEFAULT_GRACE = 2.0  # seconds past the timeout before the proxy restarts Oxigraph
ENDPOINT_PATH = "/sparql"
PID_FILE = "serve.pid"
START_WAIT = 20.0


class ServerError(KGError):
    """The SPARQL server could not be started, found or stopped."""


def oxigraph_binary() -> str:
    """The `oxigraph` executable installed with this package (beside the Python running us, or on PATH)."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` server is not installed; run `pip install -e .` (it pulls the oxigraph package)")
    return found


@dataclass
class Server:
    """A running Oxigraph server process and where it answers."""

    process: subprocess.Popen
    host: str
    port: int
    pid_file: Path

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{ENDPOINT_PATH}"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self, grace: float = 10.0) -> None:
        """End the server (SIGTERM, then SIGKILL after the grace period) and forget its PID file."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        _forget(self.pid_file, self.process.pid)


def _forget(pid_file: Path, pid: int) -> None:
    try:
        if json.loads(pid_file.read_text(encoding="utf-8")).get("pid") == pid:
            pid_file.unlink()
    except (OSError, ValueError):
        pass


def _is_server(pid: int) -> bool:
    """Whether pid is (still) our proxy process (and not a reused PID)."""
    try:
        return b"kg.proxy" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def running(data_dir: Path) -> dict | None:
    """The recorded server of a build folder ({"pid", "url"}) if it still runs."""
    pid_file = Path(data_dir) / PID_FILE
    try:
        record = json.loads(pid_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if _is_server(int(record.get("pid", 0))) else None


def _wait_until_listening(process: subprocess.Popen, host: str, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_WAIT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = log.read_text(encoding="utf-8", errors="replace").strip() if log.is_file() else ""
            raise ServerError(f"the SPARQL server on {host}:{port} exited at start: {message or 'no message'}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise ServerError(f"the SPARQL server did not listen on {host}:{port} within {START_WAIT:.0f} s")


def start_server(data_dir: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
                 grace: float = DEFAULT_GRACE, backend_timeout: float | None = None) -> Server:
    """Start the proxy and Oxigraph's read-only server on the build in data_dir; returns once it accepts connections.

    A query still running timeout + grace seconds after it arrived is ended by restarting Oxigraph.
    `backend_timeout` (default: timeout) is Oxigraph's own cancellation; tests set it high to see the proxy act alone.
    """
    data_dir = Path(data_dir)
    location = store_path(data_dir)
    if not location.is_dir():
        raise ServerError(f"{location}: no built store here; run `charity-kg build -o {data_dir}` first")
    if timeout <= 0 or grace < 0:
        raise ServerError("--timeout must be a positive number of seconds")
    other = running(data_dir)
    if other is not None:
        raise ServerError(f"{data_dir} is already served at {other['url']} (pid {other['pid']}); stop it with `charity-kg serve --stop --data {data_dir}`")
    oxigraph_binary()  # a clear error here rather than in the proxy's log
    log = data_dir / "serve.log"
    command = [
        sys.executable, "-m", "kg.proxy", "--location", str(location.resolve()), "--host", host, "--port", str(port),
        "--timeout", str(timeout), "--grace", str(grace), "--log", str(log.resolve()),
    ]
    if backend_timeout is not None:
        command += ["--backend-timeout", str(backend_timeout)]
    with log.open("wb") as log_file:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file, start_new_session=True,
                                   env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))})
    server = Server(process, host, port, data_dir / PID_FILE)
    try:
        _wait_until_listening(process, host, port, log)
    except BaseException:
        server.stop()
        raise
    server.pid_file.write_text(json.dumps({"pid": process.pid, "url": server.url}) + "\n", encoding="utf-8")
    return server


def stop_recorded(data_dir: Path, grace: float = 10.0) -> int:
    """Stop the server recorded for data_dir (by `serve --detach` or another shell); returns its PID."""
    record = running(data_dir)
    if record is None:
        (Path(data_dir) / PID_FILE).unlink(missing_ok=True)
        raise ServerError(f"no SPARQL server is running for {data_dir}")
    pid = int(record["pid"])
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while _is_server(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _is_server(pid):
        os.kill(pid, signal.SIGKILL)
    _forget(Path(data_dir) / PID_FILE, pid)
    return pid


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve_forever(server: Server, ready: Callable[[], None] = lambda: None) -> None:
    """Wait on the server until it ends or we are interrupted (Ctrl-C, SIGTERM); then stop it.

    `ready` runs once SIGTERM is handled, so whoever reads its announcement may stop us cleanly.
    """
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        ready()
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
