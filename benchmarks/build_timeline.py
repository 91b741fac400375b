"""Timeline of a build: every process's CPU and runnable threads over time, and where a core idles.

Run:  python benchmarks/build_timeline.py CORPUS OUT [--code DIR] [--jobs 2] [--every 0.1] [--window 1.0] [--json FILE]

Runs `charity-kg -v build CORPUS -o OUT --no-cache --jobs N` (`--cache DIR`: through that extraction cache instead) with DIR's code (default: this tree) and samples
/proc every `--every` seconds: for each process of the build's tree, which it is (the build process, an
extraction or walk worker, the second process, `oxigraph load`, GNU sort, perl), its CPU seconds and how many
of its threads are runnable (state R). The build process's stage is read from its `-v` log (a stage's line
comes when it ends, with its length); the second process's from the file of the staging folder that grows.

What a core idling means on a shared machine: the CPU seconds a process gets depend on the other users, but
the number of the build's runnable threads does not. "Idle core-seconds" are the sum over samples of
max(0, cores - runnable threads) × interval (they grow with the load, as the wall time does); the "quiet
estimate" is what they would be on an idle machine: each sample's CPU seconds spread over min(runnable,
cores) cores, the other cores idle meanwhile.
With --files, also the largest size seen of every file of the build's folders beside OUT (staging, quads,
facts, the union's), its name's numbers folded (chunk-000012.nq -> chunk-N.nq): about the bytes written to
each (a file written once; a hard link shows twice), the map of where the build's writes go.
Prints a table per window (CPU per kind of process, runnable threads, stages) and one per stage of the
build process (wall, CPU by kind, idle core-seconds), user and system CPU by kind of process, and the totals
(the whole tree's user and system CPU, page faults and bytes written, from getrusage once it ended).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

from kg.resolve import RESOLUTION_TABLES_FILE

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
STAGE = re.compile(r"INFO kg\.build: (.+?): ([\d.]+) s")


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def _kind(pid: int, root: int, parent_kind: str) -> str:
    """What a process of the build's tree is, by its command line and its parent."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "gone"
    text = b" ".join(command).decode("utf-8", "replace")
    if pid == root:
        return "build"
    if "oxigraph" in text and " load" in text:
        return "oxigraph load"
    if command and command[0].endswith(b"sort"):
        return "sort"
    if command and command[0].endswith(b"perl"):
        return "perl"
    if "multiprocessing.spawn" in text or "spawn_main" in text:
        return "worker" if _reads_resolution(pid) else "second"  # the walk's spawned workers read the resolution's file
    if parent_kind == "build":
        return "worker"
    return f"other ({parent_kind})"


def _reads_resolution(pid: int) -> bool:
    """Whether a process has the resolution's tables open (kg.resolve.Resolution.on_disk): a walk worker."""
    try:
        return any(os.readlink(fd).endswith(RESOLUTION_TABLES_FILE) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


def _threads(pid: int) -> tuple[int, int, int]:
    """CPU ticks (user, system) of a process (its ended threads included), and how many of its threads are runnable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return 0, 0, 0
    runnable = 0
    for task in tasks:
        try:
            runnable += (task / "stat").read_text().rsplit(")", 1)[1].split()[0] == "R"
        except OSError:
            continue
    return int(fields[11]), int(fields[12]), runnable


def _resident(pid: int) -> int:
    """A process's resident bytes."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def sample_tree(root: int) -> dict[int, tuple[str, int, int, int, int]]:
    """pid -> (kind, user ticks, runnable threads, resident bytes, system ticks) for every process of the tree now."""
    out: dict[int, tuple[str, int, int, int, int]] = {}
    todo = [(root, "")]
    while todo:
        pid, parent_kind = todo.pop()
        kind = _kind(pid, root, parent_kind)  # each time: a child seen between its fork and its exec is seen again
        user, system, runnable = _threads(pid)
        out[pid] = (kind, user, runnable, _resident(pid), system)
        todo += [(child, kind) for child in _children(pid)]
    return out


def _growing(staging_parent: Path, name: str, sizes: dict[str, int]) -> str:
    """The file of the build's staging folder that grew since the last sample (the second process's stage)."""
    grown = []
    for folder in staging_parent.glob(f".{name}.building-*"):
        if not folder.is_dir() or "facts" in folder.name or "quads" in folder.name:
            continue
        for path in folder.iterdir():
            try:
                size = path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.iterdir())
            except OSError:
                continue
            key = path.name
            if size != sizes.get(key):
                grown.append(key)
            sizes[key] = size
    return ",".join(sorted(grown))


def _file_sizes(parent: Path, name: str, largest: dict[str, int]) -> dict[str, int]:
    """The largest size seen so far of each file under the build's folders beside OUT (see --files); returns the
    bytes each of those files holds now (allocated blocks, a hard-linked file once: the disk a build needs)."""
    seen: set[tuple[int, int]] = set()
    held: dict[str, int] = {}
    for folder in parent.glob(f".{name}.building-*"):
        for root, _, files in os.walk(folder):
            for file in files:
                path = os.path.join(root, file)
                try:
                    found = os.stat(path)
                except OSError:
                    continue
                largest[path] = max(largest.get(path, 0), found.st_size)
                if (found.st_dev, found.st_ino) not in seen:
                    seen.add((found.st_dev, found.st_ino))
                    held[path] = found.st_blocks * 512
    return held


def _folded(path: str, parent: Path) -> str:
    """A file's name with its folder's random part and its numbers folded (chunk-000012.nq -> chunk-N.nq)."""
    name = os.path.relpath(path, parent)
    name = re.sub(r"building-([a-z]+-)?[a-z0-9_]{8}", lambda m: "building-" + (m.group(1) or ""), name)
    name = re.sub(r"-union-[a-z0-9_]{8}", "-union", name)
    return re.sub(r"\d{4,}", "N", re.sub(r"/store/.*", "/store/*", name))


def _print_sizes(title: str, sizes: dict[str, int], parent: Path) -> None:
    """A table of MB by file, names folded (see _folded) and summed, largest first, those of 1 MB or more."""
    folded: dict[str, int] = defaultdict(int)
    for path, size in sizes.items():
        folded[_folded(path, parent)] += size
    print(f"\n{title}")
    print("| file | MB |")
    print("|---|---|")
    for name, size in sorted(folded.items(), key=lambda kv: -kv[1]):
        if size >= 1e6:
            print(f"| {name} | {size / 1e6:,.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--code", type=Path, default=ROOT, help="source tree to build with (PYTHONPATH)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.1, help="sampling interval (s)")
    parser.add_argument("--window", type=float, default=1.0, help="rows of the printed timeline (s)")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, help="write the samples and stages there")
    parser.add_argument("--quiet", action="store_true", help="print only the per-stage table and the totals")
    parser.add_argument("--files", action="store_true", help="also the largest size seen of every file the build writes beside OUT")
    parser.add_argument("--log", type=Path, help="also write the build's -v log there (the second process's stages come at its end)")
    parser.add_argument("--cache", type=Path, help="extract through this cache folder instead of --no-cache (profile what comes after)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(args.code.resolve()))
    caching = ["--cache", str(args.cache.resolve())] if args.cache else ["--no-cache"]
    command = [sys.executable, "-m", "kg", "-v", "build", str(args.corpus), "-o", str(args.out), *caching, "--jobs", str(args.jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=args.code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stages: list[tuple[str, float, float]] = []  # (stage, start, end) seconds since the start

    def read_log() -> None:
        assert process.stderr is not None
        log = args.log.open("w", encoding="utf-8") if args.log else None
        for line in process.stderr:
            if log is not None:
                log.write(line)
                log.flush()
            found = STAGE.search(line)
            if found and "(second process)" not in line:  # those come at the end, with the second process's lengths
                end = time.perf_counter() - start
                stages.append((found.group(1), end - float(found.group(2)), end))

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    last: dict[int, int] = {}
    last_user: dict[int, int] = {}
    last_system: dict[int, int] = {}
    totals: dict[str, list] = {}  # kind -> [user ticks, system ticks, pids]
    largest: dict[str, int] = {}  # file -> the largest size seen (--files)
    samples: list[dict] = []
    sizes: dict[str, int] = {}
    previous = start
    peak: tuple[int, str] = (0, "")
    kind_peaks: dict[str, int] = defaultdict(int)  # kind -> the largest resident bytes of one such process
    stage_peaks: dict[str, dict[str, int]] = {}  # stage -> kind -> the largest resident bytes of its processes together
    disk_peak: tuple[int, str] = (0, "")  # the most bytes the build's folders held at once (--files)
    held_at_peak: dict[str, int] = {}  # file -> its bytes then

    def stage_now() -> str:
        return stages[-1][0] + " (ended)" if stages else "-"

    while process.poll() is None:
        time.sleep(args.every)
        now = time.perf_counter()
        tree = sample_tree(process.pid)
        if args.files:
            held = _file_sizes(args.out.resolve().parent, args.out.name, largest)
            if (on_disk := sum(held.values())) > disk_peak[0]:
                disk_peak, held_at_peak = (on_disk, stage_now()), held
        cpu: dict[str, float] = defaultdict(float)
        runnable: dict[str, int] = defaultdict(int)
        rss = sum(entry[3] for entry in tree.values())
        peak = max(peak, (rss, stage_now()))
        together: dict[str, int] = defaultdict(int)
        for kind, _, _, resident, _ in tree.values():
            kind_peaks[kind] = max(kind_peaks[kind], resident)
            together[kind] += resident
        at_stage = stage_peaks.setdefault(stage_now(), {})
        for kind, resident in [*together.items(), ("all", rss)]:
            at_stage[kind] = max(at_stage.get(kind, 0), resident)
        for pid, (kind, user, ready, _, system) in tree.items():
            ticks = user + system
            if ticks >= last.get(pid, 0):  # 0: it ended between reading its threads and its CPU
                cpu[kind] += (ticks - last.get(pid, 0)) / TICK
                last[pid] = ticks
                split = totals.setdefault(kind, [0, 0, set()])
                split[0] += user - last_user.get(pid, 0)
                split[1] += system - last_system.get(pid, 0)
                split[2].add(pid)
                last_user[pid], last_system[pid] = user, system
            runnable[kind] += ready
        samples.append({"t": now - start, "dt": now - previous, "cpu": dict(cpu), "runnable": dict(runnable),
                        "growing": _growing(args.out.resolve().parent, args.out.name, sizes)})
        previous = now
    reader.join()
    total = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        raise SystemExit(f"the build failed (exit {process.returncode})")
    stages.sort(key=lambda s: s[1])

    def stage_at(t: float) -> str:
        """The innermost build-process stage running at t (sub-stages start with '·')."""
        running = [s for s in stages if s[1] <= t < s[2]]
        inner = [s for s in running if s[0].startswith("·")]
        return (inner or running or [("-", 0, 0)])[-1][0]

    kinds_seen = sorted({k for s in samples for k in s["cpu"]})
    if not args.quiet:
        print(f"| t (s) | runnable | {' | '.join(kinds_seen)} | build stage | second process writing |")
        print("|---|---|" + "---|" * len(kinds_seen) + "---|---|")
        window_start, rows = 0.0, []
        for s in samples:
            rows.append(s)
            if s["t"] - window_start >= args.window:
                span = sum(r["dt"] for r in rows)
                ready = sum(sum(r["runnable"].values()) * r["dt"] for r in rows) / span
                per = [sum(r["cpu"].get(k, 0) for r in rows) / span for k in kinds_seen]
                growing = ",".join(sorted({g for r in rows for g in r["growing"].split(",") if g}))
                print(f"| {window_start:.0f} | {ready:.1f} | " + " | ".join(f"{p:.2f}" for p in per) + f" | {stage_at(s['t'])} | {growing} |")
                window_start, rows = s["t"], []
    by_stage: dict[str, dict] = {}
    for s in samples:
        stage = stage_at(s["t"] - s["dt"] / 2)
        entry = by_stage.setdefault(stage, {"wall": 0.0, "idle": 0.0, "quiet": 0.0, "cpu": defaultdict(float)})
        entry["wall"] += s["dt"]
        ready = sum(s["runnable"].values())
        entry["idle"] += max(0, args.cores - ready) * s["dt"]
        # On a quiet machine the sample's CPU would take cpu / min(ready, cores) seconds, the other cores idle meanwhile.
        busy = min(ready, args.cores)
        entry["quiet"] += (args.cores - busy) * sum(s["cpu"].values()) / busy if busy else 0.0
        for kind, value in s["cpu"].items():
            entry["cpu"][kind] += value
    print(f"\nwall {total:.1f} s; stages of the build process in order (CPU s by process kind; idle core-s: {args.cores} cores minus the build's runnable threads)")
    print(f"| stage | wall s | idle core-s | idle core-s, quiet estimate | {' | '.join(kinds_seen)} |")
    print("|---|---|---|---|" + "---|" * len(kinds_seen))
    order = [s[0] for s in stages if s[0] in by_stage]
    order = list(dict.fromkeys(order + [k for k in by_stage if k not in order]))
    for stage in order:
        entry = by_stage[stage]
        print(f"| {stage} | {entry['wall']:.1f} | {entry['idle']:.1f} | {entry['quiet']:.1f} | " + " | ".join(f"{entry['cpu'].get(k, 0):.1f}" for k in kinds_seen) + " |")
    idle = sum(e["idle"] for e in by_stage.values())
    quiet = sum(e["quiet"] for e in by_stage.values())
    cpu_all = {k: sum(e["cpu"].get(k, 0) for e in by_stage.values()) for k in kinds_seen}
    print(f"| all | {total:.1f} | {idle:.1f} | {quiet:.1f} | " + " | ".join(f"{cpu_all[k]:.1f}" for k in kinds_seen) + " |")
    print(f"peak resident memory of the tree: {peak[0] / 2**20:.0f} MiB (after the build process's stage '{peak[1]}')")
    print("\npeak resident MiB by kind of process (one process: largest; by stage: its processes of a kind together)")
    print("| after stage | all | " + " | ".join(sorted(kind_peaks)) + " |")
    print("|---|---|" + "---|" * len(kind_peaks))
    print("| any (one process) | - | " + " | ".join(f"{kind_peaks[k] / 2**20:.0f}" for k in sorted(kind_peaks)) + " |")
    for stage, at_stage in stage_peaks.items():
        print(f"| {stage} | {at_stage['all'] / 2**20:.0f} | " + " | ".join(f"{at_stage.get(k, 0) / 2**20:.0f}" for k in sorted(kind_peaks)) + " |")
    if args.files:
        print(f"most on disk at once in the build's folders beside OUT: {disk_peak[0] / 2**30:.2f} GiB (after '{disk_peak[1]}')")
    print(f"CPU seconds sampled: {sum(cpu_all.values()):.1f} (short-lived processes between two samples are missed)")
    print("\nby kind of process, sampled (user and system CPU s)")
    print("| process | processes | user s | system s |")
    print("|---|---|---|---|")
    for kind, (user, system, pids) in sorted(totals.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(f"| {kind} | {len(pids)} | {user / TICK:.1f} | {system / TICK:.1f} |")
    print(f"whole tree (getrusage of the ended build): user {usage.ru_utime:.1f} s, system {usage.ru_stime:.1f} s, "
          f"{usage.ru_minflt:,} minor page faults, {usage.ru_oublock * 512 / 1e6:,.0f} MB written (oublock)")
    if args.files:
        parent = args.out.resolve().parent
        _print_sizes(f"files the build wrote beside OUT, largest size seen (MB; {sum(largest.values()) / 1e6:,.0f} in all)", largest, parent)
        _print_sizes(f"what the build's folders held at their peak (MB on disk, a hard-linked file once; {disk_peak[0] / 1e6:,.0f} in all)",
                     held_at_peak, parent)
    if args.json:
        args.json.write_text(json.dumps({"wall": total, "stages": stages, "samples": samples}), encoding="utf-8")


if __name__ == "__main__":
    main()
