"""The one quad stream: N-Triples text as oxigraph writes it, sorted, evidence stored once per sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import make_bundle
from kg.extract import extract_article
from kg.loaders import read_article
from kg.quads import QuadWriter, RestPieces, _external_sort, gnu_sort, in_background, sort_lines, union_lines
from kg.rdf import literal
from tests.conftest import SEED_ARTICLES

TRICKY = ["plain", 'quote " and \\ backslash', "tab\tnew\nline\rcr", "".join(chr(i) for i in range(32)) + "\x7f", "中文\u2028\ufeff末"]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("lang, datatype", [("", ""), ("zh", ""), ("", "http://www.w3.org/2001/XMLSchema#integer")])
def test_literals_are_written_as_oxigraph_writes_them(text: str, lang: str, datatype: str) -> None:
    term = ox.Literal(text, language=lang) if lang else ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text)
    expected = ox.serialize([ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), term)], format=ox.RdfFormat.N_TRIPLES)
    assert f"<http://a/s> <http://a/p> {literal(text, lang, datatype)} .\n".encode("utf-8") == expected


def test_quad_file_is_sorted_and_parses(tmp_path: Path) -> None:
    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    quads = list(bundle.quads.quads())
    assert len(quads) == bundle.quads.count
    keys = [(str(q.graph_name), q.subject.value, str(q.predicate), str(q.object)) for q in quads]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    triples = list(bundle.quads.triples())
    assert len(triples) == len(set(triples)) and len(triples) <= len(quads)
    union = bundle.quads.union_path()
    assert union.suffix == (".lz4" if shutil.which("lz4") else ".nt")
    with union_lines(union) as handle:
        lines = handle.read().splitlines()
    assert lines == sorted(lines) and len(lines) == len(triples)


@pytest.mark.skipif(not shutil.which("lz4"), reason="no lz4 here")
def test_a_damaged_compressed_union_is_an_export_error(tmp_path: Path) -> None:
    """The union is read through lz4 as a stream: a file cut short is an ExportError once read, not fewer triples."""
    from kg.errors import ExportError

    plain = tmp_path / "union.nt"
    plain.write_text("".join(f"<http://s/{n}> <http://p> \"{n}\" .\n" for n in range(50_000)), encoding="utf-8")
    subprocess.run(["lz4", "-q", str(plain), str(tmp_path / "union.nt.lz4")], check=True)
    whole = (tmp_path / "union.nt.lz4").read_bytes()
    with union_lines(tmp_path / "union.nt.lz4") as handle:
        assert handle.read() == plain.read_text(encoding="utf-8")
    (tmp_path / "cut.nt.lz4").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ExportError, match="cut.nt.lz4"):
        with union_lines(tmp_path / "cut.nt.lz4") as handle:
            handle.read()


@pytest.mark.parametrize("signal_name, failed", [("KILL", True), ("PIPE", False)])
def test_an_lz4_killed_mid_stream_is_an_export_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signal_name: str, failed: bool) -> None:
    """An lz4 ended by a signal other than SIGPIPE (the out-of-memory killer's SIGKILL) cut the union short: an
    ExportError, never fewer triples read as if whole; SIGPIPE is the reader done early. The lz4 on PATH here is a
    script that writes one line and then takes the signal."""
    from kg.errors import ExportError

    (tmp_path / "bin").mkdir()
    script = tmp_path / "bin" / "lz4"
    script.write_text(f"#!/bin/sh\nprintf '<http://s> <http://p> \"o\" .\\n'\nkill -{signal_name} $$\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    union = tmp_path / "union.nt.lz4"
    union.write_bytes(b"")
    if failed:
        with pytest.raises(ExportError, match="lz4 exit -9"):
            with union_lines(union) as handle:
                handle.read()
    else:
        with union_lines(union) as handle:
            assert handle.read() == '<http://s> <http://p> "o" .\n'


def test_each_sentence_is_stored_once() -> None:
    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    sentence = ox.NamedNode("https://w3id.org/charity-kg/ontology#sentence")
    texts = [q.object.value for q in bundle.quads.quads() if q.predicate == sentence]
    assert texts and len(texts) == len(set(texts))
    facts_with_evidence = sum(1 for entries in bundle.evidence.values() for _ in entries)
    assert facts_with_evidence > len(texts)  # several facts share one sentence node


def test_external_sort_merges_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.quads.RUN_LINES", 3)
    lines = [f"line {n % 7}\n" for n in range(50)]
    _external_sort(iter(lines), tmp_path / "out", tmp_path)
    assert (tmp_path / "out").read_text(encoding="utf-8").splitlines() == [f"line {n}" for n in range(7)]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("gnu", [True, False])
def test_sort_lines_keeps_duplicates_unless_asked_for_each_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gnu: bool) -> None:
    """The network's parts count duplicates (two like parts of one article); the quads' sorts keep each line once."""
    if not gnu:
        monkeypatch.setattr("kg.quads.shutil.which", lambda name: None)
        monkeypatch.setattr("kg.quads.RUN_LINES", 3)
    source = tmp_path / "in.txt"
    source.write_text("".join(f"节点 {n % 4}\n" for n in range(10)), encoding="utf-8")
    sort_lines(source, tmp_path / "all", tmp_path)
    sort_lines(source, tmp_path / "once", tmp_path, unique=True)
    assert (tmp_path / "all").read_text(encoding="utf-8").splitlines() == [f"节点 {n}" for n in range(4) for _ in range(3 if n < 2 else 2)]
    assert (tmp_path / "once").read_text(encoding="utf-8").splitlines() == [f"节点 {n}" for n in range(4)]


@pytest.mark.skipif(not shutil.which("sort") or not shutil.which("lz4"), reason="no GNU sort or no lz4 here")
def test_gnu_sort_spills_its_runs_compressed_and_sorts_the_same(tmp_path: Path) -> None:
    """A sort larger than its buffer spills its runs to disk, compressed by lz4 (the union's runs some six times
    smaller), and merges them into the same lines as Python's sort; no run is left behind."""
    command = gnu_sort("-u", "-S", "64K", "-T", str(tmp_path))
    assert "--compress-program=lz4" in command
    lines = "".join(f"<http://s/{n * 7919 % 20011}> <http://p> \"节点 {n % 97}\" .\n" for n in range(40_000)).encode("utf-8")
    done = subprocess.run(command, input=lines, capture_output=True, env=dict(os.environ, LC_ALL="C"), check=True)
    assert done.stdout == b"".join(sorted(set(lines.splitlines(keepends=True))))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("gnu", [True, False])
def test_sort_lines_reads_several_files_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gnu: bool) -> None:
    """The walk's chunk files are sorted as they are, not copied into one file first: the same lines out."""
    if not gnu:
        monkeypatch.setattr("kg.quads.shutil.which", lambda name: None)
        monkeypatch.setattr("kg.quads.RUN_LINES", 3)
    parts = []
    for number in range(3):
        parts.append(tmp_path / f"part-{number}.txt")
        parts[-1].write_text("".join(f"节点 {(n * 7 + number) % 5}\n" for n in range(4)), encoding="utf-8")
    together = tmp_path / "together.txt"
    together.write_text("".join(p.read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    sort_lines(parts, tmp_path / "parts", tmp_path)
    sort_lines(together, tmp_path / "one", tmp_path)
    assert (tmp_path / "parts").read_bytes() == (tmp_path / "one").read_bytes()
    assert len((tmp_path / "parts").read_text(encoding="utf-8").splitlines()) == 12
    sort_lines(parts, tmp_path / "once", tmp_path, unique=True)
    assert (tmp_path / "once").read_text(encoding="utf-8").splitlines() == [f"节点 {n}" for n in range(5)]
    sort_lines([], tmp_path / "none", tmp_path)
    assert (tmp_path / "none").read_bytes() == b""


def test_graphs_are_written_in_graph_order(tmp_path: Path) -> None:
    writer = QuadWriter(tmp_path)
    writer.add("http://g/b", "<http://s> <http://p> <http://o2> <http://g/b> .\n", 1)
    writer.add("http://g/a", "<http://s> <http://p> <http://o> <http://g/a> .\n", 1)
    quads = writer.close()
    assert [str(q.graph_name) for q in quads.quads()] == ["<http://g/a>", "<http://g/b>"]


def test_a_graph_written_in_consecutive_pieces_is_one_graph(tmp_path: Path) -> None:
    """The derived graphs come in pieces (one of them holds every basis's derivation): pieces of one graph
    written one after the other join, in order or not among the other graphs."""
    writer = QuadWriter(tmp_path)
    writer.add("http://g/b", "<http://s> <http://p> <http://o1> <http://g/b> .\n", 1)
    writer.add("http://g/b", "<http://s> <http://p> <http://o2> <http://g/b> .\n", 1)
    writer.add("http://g/a", "<http://s> <http://p> <http://o> <http://g/a> .\n", 1)
    quads = writer.close()
    assert quads.count == 3
    assert [(str(q.graph_name), str(q.object)) for q in quads.quads()] == [
        ("<http://g/a>", "<http://o>"), ("<http://g/b>", "<http://o1>"), ("<http://g/b>", "<http://o2>")]


@pytest.mark.parametrize("block", [None, 1, 60])
@pytest.mark.parametrize("early", [None, 1, 2])
@pytest.mark.parametrize("gnu", [True, False])
def test_a_triple_several_graphs_state_is_kept_once_in_their_shared_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gnu: bool,
                                                                          early: int | None, block: int | None) -> None:
    """So the union of the named graphs (the store's default graph) holds it once; the shared graph says
    which graphs stated it, and the graphs stay in order (shared graphs sort between others here). The same
    when the shareable statements of the first graphs were sorted early (as the build does after the walk),
    and whatever the blocks settling copies the quads in (a line or less each, a few lines each, all)."""
    if not gnu:
        monkeypatch.setattr("kg.quads.shutil.which", lambda name: None)
    if block is not None:
        monkeypatch.setattr("kg.quads.SETTLE_BLOCK", block)
    shared = "https://w3id.org/charity-kg/id/graph/shared"
    writer = QuadWriter(tmp_path)
    graphs = {"http://g/a": ["<http://s> <http://p> <http://o>", "<http://s> <http://p> \"a\\tb\"@zh",
                             "<http://s> <http://r> \"x <http://y> .\"@zh"],  # the union cuts the graph, not what looks like one
              "http://g/b": ["<http://s> <http://p> <http://o>", "<http://s> <http://p> \"a\\tb\"@zh", "<http://s> <http://q> <http://o>"],
              "https://w3id.org/charity-kg/id/graph/z": ["<http://s> <http://p> <http://o>", "<http://t> <http://p> <http://o>"]}
    for number, (graph, triples) in enumerate(graphs.items()):
        if number == early:
            writer.sort_shareable_early()
        writer.add(graph, "".join(f"{t} <{graph}> .\n" for t in sorted(triples)), len(triples))
    quads = writer.close()
    assert quads.as_written["sorted_shareable"] == (None if early is None else tmp_path / "shareable.sorted")
    found = [(q.graph_name.value, str(q.subject), str(q.predicate), str(q.object)) for q in quads.quads()]
    assert [g for g, *_ in found] == sorted((g for g, *_ in found), key=lambda g: f"<{g}>"), "graph order (as written: <iri>)"
    by_triple: dict[tuple, list[str]] = {}
    for graph, *triple in found:
        by_triple.setdefault(tuple(triple), []).append(graph)
    assert all(len(where) == 1 for where in by_triple.values()), "no triple in two graphs"
    everywhere = by_triple[("<http://s>", "<http://p>", "<http://o>")][0]
    two = by_triple[("<http://s>", "<http://p>", '"a\\tb"@zh')][0]
    assert everywhere.startswith(shared + "/") and two.startswith(shared + "/") and everywhere != two
    provenance = {(s, o) for g, s, _, o in found if g == shared}
    assert provenance == {(f"<{everywhere}>", f"<{g}>") for g in graphs} | {(f"<{two}>", "<http://g/a>"), (f"<{two}>", "<http://g/b>")}
    assert by_triple[("<http://s>", "<http://q>", "<http://o>")] == ["http://g/b"]
    assert quads.count == len(found)
    with union_lines(quads.union_path()) as handle:
        union = handle.read().splitlines()
    assert union == sorted({f"{t} ." for triples in graphs.values() for t in triples} | {f"<{everywhere}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{g}> ." for g in graphs}
                           | {f"<{two}> <http://www.w3.org/ns/prov#wasDerivedFrom> <http://g/{x}> ." for x in "ab"})


def test_the_store_rest_in_pieces_is_the_file_written_whole(tmp_path: Path) -> None:
    """What settling writes for the store's loader, handed over piece by piece as it is written (RestPieces: each
    piece whole lines, read and removed by another thread while settling goes on), is the file written whole."""
    graphs = {f"http://g/{n:02d}": [f"<http://s{n % 3}> <http://p> <http://o{k}>" for k in range(n % 4 + 2)] for n in range(30)}
    written: dict[str, bytes] = {}
    pieces: list[bytes] = []
    for how in ("whole", "pieces"):
        folder = tmp_path / how
        folder.mkdir()
        writer = QuadWriter(folder)
        for graph, triples in graphs.items():
            writer.add(graph, "".join(f"{t} <{graph}> .\n" for t in sorted(set(triples))), len(set(triples)))
        quads = writer.close()
        if how == "whole":
            quads.store_rest = folder / "store-rest.nq"
            quads.path  # noqa: B018 - settled
            written[how] = quads.store_rest.read_bytes()
            continue
        rest = quads.store_rest = RestPieces(folder, size=200)

        def read() -> None:
            for piece in rest.pieces():
                pieces.append(piece.read_bytes())
                piece.unlink()

        reader = threading.Thread(target=read)
        reader.start()
        quads.path  # noqa: B018 - settled, writing the pieces
        reader.join(timeout=60)
        written[how] = b"".join(pieces)
        assert not list(folder.glob("store-rest-*"))
    assert written["pieces"] == written["whole"] and written["whole"].count(b"\n") > 60
    assert len(pieces) > 3 and all(piece.endswith(b" .\n") for piece in pieces)


def test_jsonld_text_is_json_dumps_of_each_node_object() -> None:
    """The streamed JSON-LD writer gives, per subject of each graph, exactly json.dumps(node, sort_keys=True),
    values sorted by their JSON text, and reads back (with its @context) as the same quads."""
    import json

    from rdflib import Dataset

    from kg.exporters.jsonld import graph_node_texts
    from kg.namespaces import PREFIXES

    s, p = ox.NamedNode("https://w3id.org/charity-kg/id/s"), ox.NamedNode("https://w3id.org/charity-kg/ontology#p")
    objects = [ox.Literal(text, language=lang) if lang else ox.Literal(text) for text in TRICKY for lang in ("", "zh-Hans")]
    objects += [ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode("http://a/x#y"),
                ox.NamedNode("https://w3id.org/charity-kg/id/o"), ox.NamedNode("https://w3id.org/charity-kg/id/o#x"),
                ox.NamedNode("https://w3id.org/charity-kg/id/"), ox.BlankNode("b1")]
    triples = [ox.Triple(s, p, o) for o in objects]
    triples += [ox.Triple(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), c)
                for c in (ox.NamedNode("https://w3id.org/charity-kg/ontology#B"), ox.NamedNode("http://xmlns.com/foaf/0.1/A"))]
    triples += [ox.Triple(ox.BlankNode("b1"), p, ox.Literal("x"))]
    graphs = [ox.NamedNode("https://w3id.org/charity-kg/id/graph/a"), ox.NamedNode("https://w3id.org/charity-kg/id/graph/b")]
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g in graphs for t in (triples if g == graphs[0] else triples[:3])]
    lines = sorted((line + "\n" for line in ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8").split("\n") if line),
                   key=lambda line: (line.rsplit(" ", 2)[1], line))  # as the build's file: graph by graph, sorted within
    found = list(graph_node_texts(lines))
    assert [graph for graph, _ in found] == [str(graphs[0]), str(graphs[0]), str(graphs[1])]
    texts = [text for _, text in found]
    for text in texts:
        node = json.loads(text)
        assert text == json.dumps(node, ensure_ascii=False, sort_keys=True)
        for value in node.values():
            if isinstance(value, list):
                assert value == sorted(value, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    assert json.loads(texts[0])["@type"] == ["ck:B", "foaf:A"]
    assert "@type" not in json.loads(texts[2]) and len(json.loads(texts[2])["ck:p"]) == 3
    document = json.dumps({"@context": PREFIXES, "@graph": [
        {"@id": "id:graph/a", "@graph": [json.loads(text) for text in texts[:2]]}, {"@id": "id:graph/b", "@graph": [json.loads(texts[2])]}]},
        ensure_ascii=False)
    expected = Dataset()
    expected.parse(data="".join(lines), format="nquads")
    read = Dataset()
    read.parse(data=document, format="json-ld")
    from rdflib import BNode

    def plain(dataset: Dataset) -> set[tuple]:  # blank nodes get new labels when parsed: compared as one
        return {tuple("_" if isinstance(t, BNode) else t for t in (s, p, o)) + (str(g),) for s, p, o, g in dataset.quads()}

    assert plain(read) == plain(expected) and len(plain(read)) == len(quads)


def test_store_loaded_by_oxigraph_load_holds_every_quad(tmp_path: Path) -> None:
    """The store is bulk-loaded from the quad file by `oxigraph load` (one pass, its own process): it holds the
    file's quads, no more, no fewer, and the ontology graph; a file the loader refuses is an ExportError naming it."""
    from kg.errors import ExportError
    from kg.exporters import store as store_exporter
    import networkx as nx

    from kg.exporters.base import Bundle

    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    store_exporter.StoreExporter().write(Bundle([], bundle.quads, nx.MultiDiGraph()), tmp_path / "store")
    store = ox.Store.read_only(str(tmp_path / "store"))
    ontology = ox.NamedNode(store_exporter.ONTOLOGY_GRAPH)
    loaded = {q for q in store if q.graph_name != ontology}
    assert loaded == set(bundle.quads.quads()) and len(loaded) == bundle.quads.count
    assert len(list(store.quads_for_pattern(None, None, None, ontology))) == len(store_exporter.ontology_quads()) > 100
    broken = tmp_path / "broken.nq"
    broken.write_text("<http://s> <http://p> .\n", encoding="utf-8")
    with pytest.raises(ExportError, match="broken.nq"):
        store_exporter.load_with_cli(broken, tmp_path / "other")


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity on this platform")
def test_the_store_loader_keeps_to_half_the_cpus():
    """`oxigraph load` holds a batch of quads per CPU it sees: it is started on half of the build's CPUs."""
    from kg.exporters import store as store_exporter

    mine = os.sched_getaffinity(0)
    cpus = store_exporter.loader_cpus()
    assert cpus and cpus <= mine and len(cpus) == max(1, len(mine) // 2)
    seen = subprocess.run([sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"],
                          preexec_fn=store_exporter.start_loader, capture_output=True, text=True, check=True)
    assert seen.stdout.strip() == str(sorted(cpus))


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2, reason="one CPU, or no CPU affinity")
def test_a_running_loader_is_widened_to_every_cpu_once_the_rest_is_done():
    """widen_loaders lets every thread of a loader started on half the CPUs run on all of this process's."""
    from kg.exporters import store as store_exporter

    child = subprocess.Popen([sys.executable, "-c", "import threading, time; threading.Thread(target=time.sleep, args=(60,)).start(); "
                              "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True,
                             preexec_fn=store_exporter.start_loader)
    try:
        assert child.stdout.readline().strip() == "ready"
        threads = [int(task.name) for task in Path(f"/proc/{child.pid}/task").iterdir()]
        assert len(threads) == 2 and all(os.sched_getaffinity(t) == store_exporter.loader_cpus() for t in threads)
        store_exporter._RUNNING.add(child)
        store_exporter.widen_loaders()
        assert all(os.sched_getaffinity(t) == os.sched_getaffinity(0) for t in threads)
    finally:
        store_exporter._RUNNING.discard(child)
        child.kill()
        child.wait()


def test_the_built_store_is_compacted_holding_the_same_quads(tmp_path: Path) -> None:
    """The build ends its store with `oxigraph optimize` (compact): the overlapping files of two bulk loads
    become fewer, the store holds the same quads and opens as `query` opens it; a folder that is no store is an
    ExportError naming the command."""
    from kg.errors import ExportError
    from kg.exporters import store as store_exporter

    bundle = make_bundle([extract_article(read_article(SEED_ARTICLES / "seed-2024-yrd-joint-meeting.txt"))])
    lines = bundle.quads.path.read_bytes().splitlines(keepends=True)
    store = tmp_path / "store"
    for part, chunk in enumerate((lines[::2], lines[1::2])):
        (tmp_path / f"{part}.nq").write_bytes(b"".join(chunk))
        store_exporter.load_with_cli(tmp_path / f"{part}.nq", store)
    before = len(list(store.glob("*.sst")))
    store_exporter.compact(store)
    assert len(list(store.glob("*.sst"))) < before
    loaded = {q for q in ox.Store.read_only(str(store)) if q.graph_name != ox.NamedNode(store_exporter.ONTOLOGY_GRAPH)}
    assert loaded == set(bundle.quads.quads()) and len(loaded) == bundle.quads.count
    (tmp_path / "file").write_text("not a store", encoding="utf-8")
    with pytest.raises(ExportError, match="oxigraph optimize"):
        store_exporter.compact(tmp_path / "file")


def test_background_work_waits_for_the_one_before_it() -> None:
    """The build's sorts after the walk run one after another (in_background's after), not side by side."""
    release, order = threading.Event(), []
    first = in_background(lambda: (release.wait(), order.append("first")))
    second = in_background(order.append, "second", after=first)
    assert not release.wait(0.2) and order == []  # the second has not run while the first waits
    release.set()
    second()
    assert order == ["first", "second"]


def test_background_work_reports_the_failure_of_the_one_before_it() -> None:
    def fails() -> None:
        raise ValueError("the first sort failed")

    done: list[str] = []
    second = in_background(done.append, "second", after=in_background(fails))
    with pytest.raises(ValueError, match="first sort failed"):
        second()
    assert done == []
