"""The views for policy staff (index.html): offline, deterministic, untrusted text stays text.

The static tests read the generated page; the tests marked ``browser`` open it
in headless Debian Chromium through selenium and chromedriver and go through
every view by its URL: the overview ``#/`` (filters, legend, search), a node
``#/node/<IRI>`` and the connections ``#/path/<IRI>/<IRI>``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator
from urllib.parse import quote

import networkx as nx
import pytest

from kg.build import BuildReport, build, make_bundle
from kg.exporters.html import COLORS, HTMLExporter, render, script_json, view_data
from kg.extract import extract_article
from kg.loaders import article_from_text
from tests.conftest import MULTI

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ID = "https://w3id.org/charity-kg/id/"

browser = pytest.mark.browser
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="headless browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver",
)

PAYLOADS = (
    "<script>alert(1)</script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
)
EVIL_ARTICLE = """《</script><script>alert(1)</script>》会议

2024年5月9日17:07 来源:<script>alert(1)</script>基金会

  5月8日,《</script><script>alert(1)</script>》会议在上海召开。江苏省慈善总会会长李小敏<img src=x onerror=alert(1)>出席。上海市慈善基金会理事长钟燕群</script><script>alert(2)</script>主持。
"""
# Nodes and edges added by hand, so every payload is in a label, a role and an evidence sentence whatever the extractor keeps.
EVIL_NODES = {
    f"{ID}person/evil-img": ("李<img src=x onerror=alert(1)>", "person"),
    f"{ID}org/evil-script": ("<script>alert(1)</script>慈善总会", "organization"),
    f"{ID}document/evil-close": ("《</script><script>alert(1)</script>》", "document"),
}
EVIL_EVIDENCE = "会长李<img src=x onerror=alert(1)>出席</script><script>alert(1)</script>会议。"
EVIL_URL = "javascript:alert(1)"
PAGE_SCRIPTS = 2  # the data, then the page's own script


# ---------------------------------------------------------------- helpers


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def page_data(page: str) -> dict[str, Any]:
    script = elements(page).scripts[0]
    prefix = "var KG_DATA = "
    assert script.startswith(prefix) and script.endswith(";")
    return json.loads(script[len(prefix) : -1])


def png_pixels(data: bytes) -> set[bytes]:
    """The distinct RGB colours of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    assert header is not None, "PNG without IHDR"
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, f"unexpected PNG layout {header}"
    bpp = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        start = y * (stride + 1)
        method = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        if method == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif method == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif method == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif method == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp))
        previous = line
    return colours


def contract_bundle(groups: int = 4) -> SimpleNamespace:
    """A bundle shaped as CONTRACT.md describes (chair-term nodes, dated edges, fact ids, evidence), made by hand.

    One network whose chair rotates yearly from 2021 among four regional
    organizations, with a handover event each year; then ``groups`` events,
    each with its host organization and a few people holding posts there.
    """
    g = nx.MultiDiGraph()
    evidence: dict[str, list[dict[str, Any]]] = {}
    articles: dict[str, dict[str, str]] = {}

    def fact(fact_id: str, article: str, sentence: str) -> str:
        evidence.setdefault(fact_id, []).append({"article": article, "sentence": sentence, "start": 0, "end": len(sentence), "rule": "test", "confidence": 1.0})
        return fact_id

    def node(iri: str, label: str, kind: str, article: str, **attrs: Any) -> None:
        base = {"label": label, "kind": kind, "type": kind, "region": "", "aliases": [], "network": "", "date": "", "place": "",
                "year": "", "start": "", "end": "", "articles": [article], "facts": [fact(iri, article, f"{label}见于{article}。")]}
        g.add_node(iri, **(base | attrs))

    def edge(source: str, target: str, relation: str, fact_id: str, article: str, role: str = "", start: str = "", end: str = "", status: str = "") -> None:
        fact(fact_id, article, f"{g.nodes[source]['label']}{role or relation}{g.nodes[target]['label']}。")
        g.add_edge(source, target, key=f"{relation}|{fact_id}|{role}", relation=relation, role=role, status=status, start=start,
                   end=end or start, weight=1, fact=fact_id, facts=[fact_id], articles=[article])

    regions = ["上海市", "江苏省", "浙江省", "安徽省"]
    network = f"{ID}network/示范慈善联席会议"
    node(network, "示范慈善联席会议", "network", "a0000")
    orgs = [f"{ID}org/{region}示范慈善总会" for region in regions]
    for org, region in zip(orgs, regions):
        node(org, f"{region}示范慈善总会", "organization", "a0000", region=region, network=network, start="2021-01-01", end="2024-12-31")
    previous = ""
    # Chair terms listed out of year order on purpose: the page must sort them.
    for number, year in sorted(enumerate(range(2021, 2025)), key=lambda item: -item[1]):
        article = f"a{year}"
        articles[article] = {"title": f"{year}年示范联席会议", "date": f"{year}-03-01", "url": f"https://example.org/news/{year}", "publisher": "", "source_file": "", "iri": ""}
        term = f"{ID}chair-term/示范-{year}"
        node(term, f"{year} 示范慈善联席会议 轮值主席 {regions[number]}示范慈善总会", "chair_term", article, network=network, year=str(year), start=str(year), end=str(year))
        chair = f"{ID}person/chair-{year}"
        node(chair, f"主席{'甲乙丙丁'[number]}", "person", article, start=f"{year}-03-01", end=f"{year}-03-01")
        handover = f"{ID}event/{year}-03-01-交接仪式"
        node(handover, f"{year}年轮值主席交接仪式", "event", article, date=f"{year}-03-01", place=regions[number], region=regions[number], network=network, start=f"{year}-03-01", end=f"{year}-03-01")
        edge(orgs[number], term, "chair_term", term, article, "轮值主席", str(year))
        edge(orgs[number], network, "network_member", f"{term}#member", article, "", str(year))
        edge(chair, term, "chair_person", f"{term}#person", article, "轮值主席", str(year))
        edge(handover, term, "handover", handover + "#handover", article, "", f"{year}-03-01")
        edge(handover, network, "network_event", handover + "#network", article, "", f"{year}-03-01")
        edge(chair, orgs[number], "position", f"{chair}#post", article, "会长", f"{year}-01-01", "", "current")
    for year in range(2021, 2024):
        edge(f"{ID}chair-term/示范-{year}", f"{ID}chair-term/示范-{year + 1}", "next_term", f"{ID}chair-term/示范-{year}#next", f"a{year + 1}", "", str(year), str(year + 1))
    # A second network with its own member, event and person: the network filter must leave them out.
    articles["b0000"] = {"title": "另一联席会议报道", "date": "2023-05-01", "url": "", "publisher": "", "source_file": "", "iri": ""}
    other_network, other_org, other_event, other_person = f"{ID}network/另一联席会议", f"{ID}org/福建省另一慈善总会", f"{ID}event/2023-05-01-另一会议", f"{ID}person/other"
    node(other_network, "另一联席会议", "network", "b0000")
    node(other_org, "福建省另一慈善总会", "organization", "b0000", region="福建省", network=other_network, start="2023-05-01", end="2023-05-01")
    node(other_event, "另一联席会议年会", "event", "b0000", date="2023-05-01", region="福建省", network=other_network, start="2023-05-01", end="2023-05-01")
    node(other_person, "另一会长", "person", "b0000", start="2023-05-01", end="2023-05-01")
    edge(other_org, other_network, "network_member", f"{other_org}#member", "b0000", "", "2023")
    edge(other_event, other_network, "network_event", f"{other_event}#network", "b0000", "", "2023-05-01")
    edge(other_org, other_event, "participation", f"{other_event}#host", "b0000", "主办", "2023-05-01")
    edge(other_person, other_org, "position", f"{other_person}#post", "b0000", "会长", "2023-01-01", "", "current")
    for group in range(groups):
        year = 2015 + group % 10
        article = f"g{group:05d}"
        articles[article] = {"title": f"第{group}次活动报道", "date": f"{year}-06-0{1 + group % 9}", "url": "", "publisher": "", "source_file": "", "iri": ""}
        org = orgs[group % 4]
        event = f"{ID}event/{year}-06-{group:05d}"
        node(event, f"第{group}次公益活动", "event", article, date=f"{year}-06-01", place=regions[group % 4], region=regions[group % 4], start=f"{year}-06-01", end=f"{year}-06-01")
        edge(org, event, "participation", f"{event}#host", article, "主办", f"{year}-06-01")
        for person in range(5):
            iri = f"{ID}person/g{group}-{person}"
            node(iri, f"人员{group}-{person}", "person", article, start=f"{year}-06-01", end=f"{year}-06-01")
            edge(iri, event, "participation", f"{iri}#at", article, "出席", f"{year}-06-01")
            if person < 2:
                edge(iri, org, "position", f"{iri}#post", article, "副会长" if person else "秘书长", f"{year}-01-01", "", "former" if person else "current")
    return SimpleNamespace(records=[], network=g, evidence=evidence, articles=articles, derived={}, corpus=[])


def evil_bundle() -> Any:
    article = article_from_text(EVIL_ARTICLE, "evil")
    bundle = make_bundle([extract_article(article)], explain=True)
    graph = bundle.network
    person, org, document = EVIL_NODES
    for node, (label, kind) in EVIL_NODES.items():
        graph.add_node(node, label=label, kind=kind, type=kind, facts=[node], articles=["evil"], aliases=["<b>x</b>"], region="<i>r</i>")
    graph.add_edge(person, org, key="position:evil", relation="position", role="<script>alert(3)</script>会长", status="current", fact=f"{person}#post")
    graph.add_edge(person, document, key="presented", relation="presented", role="", status="", fact=f"{person}#presented")
    # The hand-made nodes and edges get evidence (with a javascript: link that must never become a link).
    evidence = dict(getattr(bundle, "evidence", None) or {})
    for fact in [*EVIL_NODES, f"{person}#post", f"{person}#presented"]:
        evidence[fact] = [{"article": "evil", "sentence": EVIL_EVIDENCE, "start": 0, "end": 1, "rule": "test", "confidence": 1.0}]
    bundle.evidence = evidence
    bundle.articles = {"evil": {"title": "《</script><script>alert(1)</script>》会议", "date": "2024-05-09", "url": EVIL_URL}}
    return bundle


def node_hash(iri: str) -> str:
    return "#/node/" + quote(iri, safe="")


def path_hash(a: str, b: str) -> str:
    return f"#/path/{quote(a, safe='')}/{quote(b, safe='')}"


# ---------------------------------------------------------------- pages


@pytest.fixture(scope="module")
def seed_page(seed_build: tuple[Path, BuildReport]) -> Path:
    out, _ = seed_build
    return out / "index.html"


@pytest.fixture(scope="module")
def evil_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evil") / "index.html"
    HTMLExporter().write(evil_bundle(), path)
    return path


@pytest.fixture(scope="module")
def multi_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("multi-html") / "out"
    build([MULTI / "articles"], out, formats=["html"], validate=False, curated=None)
    return out / "index.html"


@pytest.fixture(scope="module")
def contract_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contract") / "index.html"
    path.write_text(render(contract_bundle()), encoding="utf-8")
    return path


# ---------------------------------------------------------------- static checks


def test_page_is_self_contained(seed_page: Path) -> None:
    page = seed_page.read_text(encoding="utf-8")
    found = elements(page)
    for tag, attrs in found.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed"), f"<{tag}> in the page"
        for name in ("src", "href", "action", "data", "srcset", "poster"):
            value = attrs.get(name)
            assert value is None, f"<{tag} {name}={value!r}>: the page must load nothing"
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert "url(http" not in page.replace(" ", "").lower()
    assert len(found.scripts) == PAGE_SCRIPTS
    assert '<html lang="zh" data-state="loading">' in page


def test_page_data_matches_the_network(seed_page: Path) -> None:
    data = page_data(seed_page.read_text(encoding="utf-8"))
    with open(seed_page.parent / "nodes.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    nodes = data["nodes"]
    assert nodes["id"] == sorted(row["Id"] for row in rows)
    assert dict(zip(nodes["id"], nodes["label"])) == {row["Id"]: row["Label"] for row in rows}
    assert all(isinstance(x, float) for x in nodes["x"] + nodes["y"]), "every node has a precomputed position"
    assert len(set(zip(nodes["x"], nodes["y"]))) == len(nodes["id"])
    assert {kind for kind, *_ in data["kinds"]} >= {"organization", "person", "event", "network", "document"}
    assert dict((kind, colour) for kind, colour, *_ in data["kinds"]) == COLORS
    edges = data["edges"]
    assert len(edges["source"]) > 0 and all(0 <= i < len(nodes["id"]) for i in edges["source"] + edges["target"])
    assert "理事长" in edges["role"]


def test_the_layout_is_the_shared_one() -> None:
    """The page draws kg.layout's positions (as Gephi's viz:position does), y turned for the screen."""
    from kg.layout import layout

    bundle = contract_bundle(6)
    positions = layout(bundle.network)
    data = view_data(bundle)
    for iri, x, y in zip(data["nodes"]["id"], data["nodes"]["x"], data["nodes"]["y"]):
        assert (x, -y) == positions[iri]


def test_a_network_past_the_cap_draws_its_best_connected_part() -> None:
    """Past `limit` nodes the page keeps networks, chair terms and organizations first, then the nodes with the
    most neighbours; it draws only links between those, carries only their evidence, and says what it left out."""
    bundle = contract_bundle(40)
    graph = bundle.network
    total = graph.number_of_nodes()
    limit = 60
    data = view_data(bundle, limit)
    nodes = data["nodes"]
    assert len(nodes["id"]) == limit and nodes["id"] == sorted(nodes["id"])
    kept = set(nodes["id"])
    first = {n for n, a in graph.nodes(data=True) if a["kind"] in ("network", "chair_term", "organization")}
    assert first <= kept
    degree = {n: len(set(graph.predecessors(n)) | set(graph.successors(n))) for n in graph}
    assert min(degree[n] for n in kept - first) >= max(degree[n] for n in set(graph) - kept)
    drawn = sum(1 for s, t in graph.edges() if s in kept and t in kept)
    assert len(data["edges"]["source"]) == drawn
    assert data["omitted"] == {"nodes": total - limit, "edges": graph.number_of_edges() - drawn,
                               "files": ["nodes.csv", "edges.csv", "network.json", "graph.gexf", "graph.graphml"], "evidence": {}}
    for name, hidden in zip(nodes["id"], nodes["hidden"]):
        assert hidden == len({m for m in set(graph.predecessors(name)) | set(graph.successors(name)) if m not in kept})
    facts = {f for listed in nodes["facts"] for f in listed} | set(data["edges"]["fact"])
    assert set(data["evidence"]) <= facts
    assert "omitted" not in view_data(bundle) and "hidden" not in view_data(bundle)["nodes"], "under the cap nothing changes"


def test_a_capped_page_shows_a_few_sentences_per_fact_and_counts_the_rest() -> None:
    """A hub is stated by a share of every article: on a capped page its evidence and articles are cut to a few
    (in article order) and counted, or the page would grow with the corpus again."""
    from kg.exporters.html import ARTICLES_PER_NODE, EVIDENCE_PER_FACT

    bundle = contract_bundle(40)
    hub = f"{ID}org/浙江省示范慈善总会"
    fact = bundle.network.nodes[hub]["facts"][0]
    many = [f"a{number:03d}" for number in range(30)]
    bundle.evidence[fact] = [{"article": a, "sentence": f"第{a}句", "start": 0, "end": 3, "rule": "test", "confidence": 1.0} for a in many]
    bundle.network.nodes[hub]["articles"] = many
    data = view_data(bundle, 60)
    assert [data["sentences"][number][0] for number in data["evidence"][fact]] == many[:EVIDENCE_PER_FACT]
    assert data["omitted"]["evidence"] == {fact: 30 - EVIDENCE_PER_FACT}
    at = data["nodes"]["id"].index(hub)
    assert data["nodes"]["articles"][at] == many[:ARTICLES_PER_NODE] and data["nodes"]["articles_more"][at] == 30 - ARTICLES_PER_NODE
    full = view_data(bundle)
    assert len(full["evidence"][fact]) == 30 and "articles_more" not in full["nodes"], "under the cap every sentence is shown"


def test_evidence_is_looked_up_by_fact_id() -> None:
    """A fact's evidence is numbers into the table of sentences, each (article, sentence) stated once."""
    bundle = contract_bundle(2)
    data = view_data(bundle)
    nodes = data["nodes"]
    first = nodes["id"].index(f"{ID}person/g0-0")
    assert nodes["facts"][first] == [f"{ID}person/g0-0"]
    assert [data["sentences"][number] for number in data["evidence"][f"{ID}person/g0-0"]] == [["g00000", "人员0-0见于g00000。"]]
    assert data["articles"]["g00000"]["title"] == "第0次活动报道"
    post = data["edges"]["fact"].index(f"{ID}person/g0-0#post")
    assert data["edges"]["role"][post] == "秘书长" and data["edges"]["status"][post] == "current"


def test_a_sentence_shared_by_facts_is_stated_once() -> None:
    """Two facts read in one sentence point to one entry of the sentence table; its words are joined by single spaces."""
    bundle = contract_bundle(2)
    shared = {"article": "g00000", "sentence": "人员0-0  与\n人员0-1 同场。", "start": 0, "end": 9, "rule": "test", "confidence": 1.0}
    for fact in (f"{ID}person/g0-0", f"{ID}person/g0-1"):
        bundle.evidence[fact] = [*bundle.evidence[fact], dict(shared)]
    data = view_data(bundle)
    first, second = data["evidence"][f"{ID}person/g0-0"], data["evidence"][f"{ID}person/g0-1"]
    common = set(first) & set(second)
    assert len(common) == 1 and data["sentences"][common.pop()] == ["g00000", "人员0-0 与 人员0-1 同场。"]
    assert len({tuple(pair) for pair in data["sentences"]}) == len(data["sentences"])
    assert all(0 <= number < len(data["sentences"]) for numbers in data["evidence"].values() for number in numbers)


def test_same_input_gives_byte_identical_page(tmp_path: Path) -> None:
    """Two builds in two processes with different hash seeds write the same bytes."""
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"build-{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(ROOT / "data" / "articles"), "-o", str(out), "-f", "html", "--no-validate"],
            check=True, env=env, cwd=tmp_path, capture_output=True,
        )
        pages.append((out / "index.html").read_bytes())
    assert pages[0] == pages[1]
    assert render(evil_bundle()) == render(evil_bundle())


def test_untrusted_text_is_escaped_in_the_page(evil_page: Path) -> None:
    page = evil_page.read_text(encoding="utf-8")
    lowered = page.lower()
    # The payloads reached the page data (escaped), so the checks below are not vacuous.
    for label, _ in EVIL_NODES.values():
        assert str(script_json(label)) in page
    assert str(script_json(EVIL_EVIDENCE))[1:-1] in page
    for raw in (*PAYLOADS[::2], "<script>", "<img", "alert(1)</script>", "<script>alert", "</script><script>"):
        assert raw not in lowered, f"{raw!r} appears raw in the page"
    assert not re.search(r"onerror\s*=", lowered), "onerror= in the page"
    # "</script>" (PAYLOADS[1]) closes the page's own scripts: it must appear only there.
    found = elements(page)
    assert len(found.scripts) == PAGE_SCRIPTS
    assert lowered.count("</script") == PAGE_SCRIPTS
    assert lowered.count("<script") == PAGE_SCRIPTS
    assert "<!--" not in page
    for tag, attrs in found.tags:
        assert tag != "img"
        assert not any(name.startswith("on") for name in attrs), f"event handler attribute on <{tag}>"


# ---------------------------------------------------------------- browser checks


def _chrome(tmp_path: Path) -> Any:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--force-device-scale-factor=1", f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(60)
    # Record every dialog the page would open (an injected alert(1) would show up here).
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.__dialogs = []; ['alert', 'confirm', 'prompt'].forEach(function (name) {"
                   " window[name] = function (message) { window.__dialogs.push(name + ':' + String(message)); }; });"},
    )
    return driver


def _ready(driver: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 120, poll_frequency=0.05).until(
        lambda d: d.execute_script("return document.documentElement.getAttribute('data-state') === 'ready'")
    )


def _open(driver: Any, path: Path, hash_: str = "#/") -> None:
    """Open the page at a view, as a shared link would."""
    driver.get(path.resolve().as_uri() + hash_)
    _ready(driver)


def _visit(driver: Any, hash_: str) -> None:
    """Move to another view inside the open page."""
    driver.execute_script(
        "document.documentElement.setAttribute('data-state', 'moving');"
        "if (location.hash === arguments[0]) { window.dispatchEvent(new HashChangeEvent('hashchange')); } else { location.hash = arguments[0]; }",
        hash_,
    )
    _ready(driver)


def _act(driver: Any, action: Any) -> None:
    """Do something that changes the view (a click, a choice), then wait until the new view is ready."""
    driver.execute_script("document.documentElement.setAttribute('data-state', 'moving');")
    action()
    _ready(driver)


def _panel(driver: Any) -> str:
    return driver.execute_script("return document.getElementById('panel').textContent;")


def _errors(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE" or "Uncaught" in e.get("message", "")]


def _id_of(driver: Any, label: str) -> str:
    ids = driver.execute_script("var l = arguments[0], n = KG.nodes; return n.id.filter(function (id, i) { return n.label[i] === l; });", label)
    assert len(ids) == 1, f"expected one node labelled {label!r}, found {ids}"
    return ids[0]


@pytest.fixture(scope="module")
def chrome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("no chromium")
    driver = _chrome(tmp_path_factory.mktemp("chrome"))
    try:
        yield driver
    finally:
        driver.quit()


@browser
@needs_chromium
def test_overview_draws_every_node_offline(chrome: Any, seed_page: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(chrome, seed_page)
    with open(seed_page.parent / "nodes.csv", encoding="utf-8-sig", newline="") as handle:
        expected = sum(1 for _ in csv.DictReader(handle))
    assert chrome.execute_script("return KG.visibleCount();") == expected
    assert chrome.execute_script("return document.documentElement.lang;") == "zh"
    assert "总览" in _panel(chrome) and "图例" in _panel(chrome)
    colours = png_pixels(chrome.find_element(By.ID, "graph").screenshot_as_png)
    for kind in ("organization", "person", "event", "network"):
        assert bytes.fromhex(COLORS[kind][1:]) in colours, f"no {kind} node drawn in {COLORS[kind]}"
    urls = chrome.execute_script("return performance.getEntries().map(function (e) { return e.name; }).filter(function (n) { return /^[a-z][a-z0-9+.-]*:/i.test(n); })")
    assert any(url.startswith("file:") for url in urls), urls
    assert not [url for url in urls if not url.startswith(("file:", "data:"))], urls
    assert not _errors(chrome)


@browser
@needs_chromium
def test_clicking_a_node_opens_its_view(chrome: Any, seed_page: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(chrome, seed_page)
    zhong = _id_of(chrome, "钟燕群")
    camera = chrome.execute_script("var i = KG.index.get(arguments[0]); return [KG.nodes.x[i], KG.nodes.y[i]];", zhong)
    chrome.execute_script("KG.setCamera(arguments[0], arguments[1], 6);", *camera)
    canvas = chrome.find_element(By.ID, "graph")
    _act(chrome, ActionChains(chrome).move_to_element(canvas).click().perform)  # the centre of the canvas
    assert chrome.execute_script("return decodeURIComponent(location.hash);") == "#/node/" + zhong
    assert chrome.find_element(By.ID, "node-title").text == "钟燕群"
    assert "上海市慈善基金会" in _panel(chrome) and "理事长" in _panel(chrome)


@browser
@needs_chromium
def test_seed_chair_rotation_in_year_order(chrome: Any, seed_page: Path) -> None:
    _open(chrome, seed_page)
    network = _id_of(chrome, "长三角慈善一体化联席会议")
    _visit(chrome, node_hash(network))
    rows = chrome.execute_script(
        "return Array.from(document.querySelectorAll('#rotation > li')).map(function (li) {"
        " return [li.getAttribute('data-year'), li.querySelector('.chair-org').textContent]; });"
    )
    assert rows == [["2023", "安徽省慈善总会"], ["2024", "上海市慈善基金会"]]
    members = chrome.execute_script("return Array.from(document.querySelectorAll('#members > li')).map(function (li) { return li.textContent; });")
    assert any("安徽省慈善总会" in m for m in members) and any("上海市慈善基金会" in m for m in members)


@browser
@needs_chromium
def test_rotation_timeline_with_chair_person_handover_and_evidence(chrome: Any, contract_page: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(chrome, contract_page)
    listed = chrome.execute_script("return Array.from(document.querySelectorAll('#networks li')).map(function (li) { return li.textContent; });")
    assert listed == ["另一联席会议 · 0 个轮值任期", "示范慈善联席会议 · 4 个轮值任期"]
    _act(chrome, chrome.find_element(By.CSS_SELECTOR, "#networks li:nth-child(2) a").click)
    assert chrome.execute_script("return decodeURIComponent(location.hash);") == "#/node/" + f"{ID}network/示范慈善联席会议"
    rows = chrome.execute_script(
        "return Array.from(document.querySelectorAll('#rotation > li')).map(function (li) {"
        " return {year: li.getAttribute('data-year'), org: li.querySelector('.chair-org').textContent,"
        " person: li.querySelector('.chair-person').textContent, text: li.textContent,"
        " quotes: Array.from(li.querySelectorAll('q')).map(function (q) { return q.textContent; }),"
        " links: Array.from(li.querySelectorAll('.source a')).map(function (a) { return a.getAttribute('href'); })}; });"
    )
    assert [row["year"] for row in rows] == ["2021", "2022", "2023", "2024"]
    assert [row["org"] for row in rows] == ["上海市示范慈善总会", "江苏省示范慈善总会", "浙江省示范慈善总会", "安徽省示范慈善总会"]
    assert [row["person"] for row in rows] == ["主席甲", "主席乙", "主席丙", "主席丁"]
    for row in rows:
        year = row["year"]
        assert f"{year}年轮值主席交接仪式" in row["text"] and f"{year}-03-01" in row["text"]
        assert any("轮值主席" in quote_ for quote_ in row["quotes"]), "the evidence sentence is shown by default"
        assert f"{year}年示范联席会议" in row["text"] and f"https://example.org/news/{year}" in row["links"]


@browser
@needs_chromium
def test_organization_and_person_views(chrome: Any, contract_page: Path) -> None:
    _open(chrome, contract_page, node_hash(f"{ID}org/上海市示范慈善总会"))
    text = _panel(chrome)
    for expected in ("人员与职务", "主席甲", "会长", "秘书长", "活动（按年份）", "主办", "轮值主席任期", "2021", "来源"):
        assert expected in text, expected
    years = chrome.execute_script("return Array.from(document.querySelectorAll('.fact .year')).map(function (s) { return s.textContent; });")
    assert years == sorted(years) and len(years) >= 1
    _visit(chrome, node_hash(f"{ID}person/g1-1"))
    text = _panel(chrome)
    assert "职务 · 原任" in text and "副会长" in text and "出席" in text and "第1次公益活动" in text
    assert "人员1-1见于g00001。" in text and "第1次活动报道" in text
    rows = list(csv.reader(io.StringIO(chrome.execute_script("return KG.csv();"))))
    assert rows[0][:5] == ["section", "subject", "relation", "role", "object"]
    assert any(row[3] == "副会长" and row[4] == "江苏省示范慈善总会" and row[7] for row in rows[1:])


@browser
@needs_chromium
def test_homonyms_show_only_their_own_sources(chrome: Any, multi_page: Path) -> None:
    """The two 王伟 of the multi corpus: search lists both, each view lists only its own articles."""
    data = page_data(multi_page.read_text(encoding="utf-8"))
    wang = [iri for iri, label in zip(data["nodes"]["id"], data["nodes"]["label"]) if label == "王伟"]
    assert len(wang) == 2
    _open(chrome, multi_page)
    chrome.find_element("id", "search-input").send_keys("王伟")
    listed = chrome.execute_script("return Array.from(document.querySelectorAll('#search-results li')).map(function (li) { return li.getAttribute('data-node'); });")
    assert sorted(listed) == sorted(wang)
    titles = {article: info["title"] for article, info in data["articles"].items()}
    shown = {}
    for iri in wang:
        _visit(chrome, node_hash(iri))
        sources = chrome.execute_script("return document.getElementById('sources').textContent;")
        shown[iri] = {article for article, title in titles.items() if title and title in sources}
        assert shown[iri], f"no source shown for {iri}"
    first, second = shown.values()
    assert not first & second, f"the two 王伟 share sources: {first & second}"
    by_article = {"m04-2022-changsha-joint-meeting", "m06-2022-guangshan-project-launch"}, {"m05-2022-hunan-donation"}
    assert sorted(map(sorted, shown.values())) == sorted(map(sorted, by_article))


@browser
@needs_chromium
def test_path_view_lists_the_facts_on_each_link(chrome: Any, contract_page: Path) -> None:
    from selenium.webdriver.common.by import By

    a, b = f"{ID}person/chair-2021", f"{ID}person/chair-2022"
    _open(chrome, contract_page, path_hash(a, b))
    assert chrome.execute_script("return document.documentElement.getAttribute('data-view');") == "path"
    hops = chrome.execute_script(
        "return Array.from(document.querySelectorAll('[data-path=\"0\"] .hop')).map(function (h) {"
        " return {links: Array.from(h.querySelectorAll(':scope > a')).map(function (a) { return a.getAttribute('data-node'); }),"
        " facts: h.querySelectorAll('.fact').length, quotes: h.querySelectorAll('q').length}; });"
    )
    assert hops, "no path shown"
    assert hops[0]["links"][0] == a and hops[-1]["links"][1] == b
    for earlier, later in zip(hops, hops[1:]):
        assert earlier["links"][1] == later["links"][0]
    assert all(hop["facts"] >= 1 and hop["quotes"] >= 1 for hop in hops)
    assert len(hops) == 3  # chair -> term -> next term <- chair
    png = chrome.execute_script("return KG.png();")
    assert png.startswith("data:image/png;base64,")
    rows = list(csv.reader(io.StringIO(chrome.execute_script("return KG.csv();"))))
    assert len(rows) > 3 and any("next" in row[11] for row in rows[1:])
    # From a node view: type a name in "find the connection", pick the match, get the path view.
    _visit(chrome, node_hash(a))
    chrome.find_element(By.ID, "path-input").send_keys("主席乙")
    _act(chrome, chrome.find_element(By.CSS_SELECTOR, "#path-matches li a").click)
    assert chrome.execute_script("return decodeURIComponent(location.hash);") == f"#/path/{a}/{b}"
    _visit(chrome, path_hash(a, f"{ID}person/nobody"))
    assert "未找到该节点" in _panel(chrome)


@browser
@needs_chromium
def test_filters_legend_and_years(chrome: Any, contract_page: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(chrome, contract_page)
    total = chrome.execute_script("return KG.nodes.id.length;")
    assert chrome.execute_script("return KG.visibleCount();") == total
    people = sum(1 for kind in page_data(contract_page.read_text(encoding="utf-8"))["nodes"]["kind"] if kind == "person")
    _act(chrome, chrome.find_element(By.CSS_SELECTOR, ".legend li[data-kind='person']").click)
    assert "hide=person" in chrome.execute_script("return location.hash;")
    assert chrome.execute_script("return KG.visibleCount();") == total - people
    assert chrome.find_element(By.CSS_SELECTOR, ".legend li[data-kind='person']").get_attribute("class") == "off"
    _act(chrome, chrome.find_element(By.CSS_SELECTOR, ".legend li[data-kind='person']").click)
    assert chrome.execute_script("return KG.visibleCount();") == total
    _act(chrome, lambda: Select(chrome.find_element(By.ID, "filter-region")).select_by_value("安徽省"))
    in_region = chrome.execute_script("return KG.visibleCount();")
    assert 0 < in_region < total
    _act(chrome, lambda: Select(chrome.find_element(By.ID, "filter-region")).select_by_value(""))
    _act(chrome, lambda: Select(chrome.find_element(By.ID, "filter-network")).select_by_value(f"{ID}network/示范慈善联席会议"))
    in_network = set(chrome.execute_script("return KG.visibleIds();"))
    assert f"{ID}org/安徽省示范慈善总会" in in_network and f"{ID}chair-term/示范-2023" in in_network
    assert not in_network & {f"{ID}network/另一联席会议", f"{ID}org/福建省另一慈善总会", f"{ID}person/other", f"{ID}event/2023-05-01-另一会议"}
    # A shared link reproduces the filtered view.
    _visit(chrome, "#/?years=2022-2022&undated=0")
    assert chrome.find_element(By.ID, "year-from").get_attribute("value") == "2022"
    data = page_data(contract_page.read_text(encoding="utf-8"))["nodes"]
    expected = sorted(
        iri for iri, start, end, date, year in zip(data["id"], data["start"], data["end"], data["date"], data["year"])
        if (start or date or year)[:4] <= "2022" <= (end or start or date or year)[:4] and (start or date or year)
    )
    shown = sorted(chrome.execute_script("return KG.visibleIds();"))
    assert shown == expected and f"{ID}chair-term/示范-2022" in shown and f"{ID}chair-term/示范-2023" not in shown
    events = chrome.execute_script("return KG.matches('公益活动').length;")
    assert events == 4
    assert not _errors(chrome)


@browser
@needs_chromium
def test_english_switch_keeps_the_view(chrome: Any, contract_page: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(chrome, contract_page, node_hash(f"{ID}network/示范慈善联席会议"))
    assert "轮值主席（按年份）" in _panel(chrome)
    _act(chrome, chrome.find_element(By.ID, "lang").click)
    assert "Chair rotation (by year)" in _panel(chrome) and chrome.execute_script("return document.documentElement.lang;") == "en"
    assert chrome.execute_script("return decodeURIComponent(location.hash);") == "#/node/" + f"{ID}network/示范慈善联席会议"
    _act(chrome, chrome.find_element(By.ID, "lang").click)
    assert "轮值主席（按年份）" in _panel(chrome)


@browser
@needs_chromium
def test_untrusted_text_stays_text_in_every_view(chrome: Any, evil_page: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    person, org, document = EVIL_NODES
    views = ["#/", node_hash(person), node_hash(org), node_hash(document), path_hash(org, document), "#/?region=" + quote("<i>r</i>", safe="")]
    _open(chrome, evil_page)
    assert chrome.execute_script("return Array.isArray(window.__dialogs);"), "the dialog recorder did not run"
    chrome.find_element("id", "search-input").send_keys("<")
    listed = chrome.execute_script("return document.getElementById('search-results').textContent;")
    assert EVIL_NODES[person][0] in listed and EVIL_NODES[org][0] in listed
    for hash_ in views:
        _visit(chrome, hash_)
        text = _panel(chrome)
        if hash_ != "#/" and not hash_.startswith("#/?"):
            assert EVIL_EVIDENCE in text, f"{hash_}: the evidence sentence is not shown as text"
        if hash_ == node_hash(person):
            assert "<script>alert(3)</script>会长" in text and EVIL_NODES[org][0] in text
        links = chrome.execute_script("return Array.from(document.querySelectorAll('#panel a')).map(function (a) { return a.getAttribute('href'); });")
        assert not [href for href in links if not href.startswith(("#/", "http://", "https://"))], links
        injected = chrome.execute_script(
            "return {dialogs: window.__dialogs, images: document.images.length, scripts: document.scripts.length,"
            " handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,"
            " tags: document.querySelectorAll('#panel script, #panel img, #panel b, #panel i').length}"
        )
        assert injected == {"dialogs": [], "images": 0, "scripts": PAGE_SCRIPTS, "handlers": 0, "tags": 0}, hash_
    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.text  # noqa: B018 - reading it is the check
    rows = list(csv.reader(io.StringIO(chrome.execute_script("return KG.csv();"))))
    assert rows and not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    assert not _errors(chrome)


@browser
@needs_chromium
def test_a_capped_page_says_what_it_left_out(chrome: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.exporters.html as html

    bundle = contract_bundle(40)
    monkeypatch.setattr(html, "VIEW_NODES", 60)
    path = tmp_path / "index.html"
    path.write_text(render(bundle), encoding="utf-8")
    _open(chrome, path)
    assert chrome.execute_script("return KG.visibleCount();") == 60
    note = chrome.find_element("id", "omitted").text
    left = bundle.network.number_of_nodes() - 60
    assert f"{left} 个节点" in note and "nodes.csv" in note
    _visit(chrome, node_hash(f"{ID}org/浙江省示范慈善总会"))
    assert "未在本页绘制" in chrome.find_element("id", "hidden").text
    assert "另有" not in chrome.find_element("id", "sources").text or "facts.jsonl" in chrome.find_element("id", "sources").text
    assert not _errors(chrome)


@browser
@needs_chromium
def test_a_few_thousand_nodes_become_ready(chrome: Any, tmp_path: Path) -> None:
    """No timing here (benchmarks/bench_html_view.py measures); the page must get there and draw."""
    bundle = contract_bundle(500)
    assert bundle.network.number_of_nodes() > 3000
    path = tmp_path / "index.html"
    path.write_text(render(bundle), encoding="utf-8")
    _open(chrome, path)
    assert chrome.execute_script("return KG.visibleCount();") == bundle.network.number_of_nodes()
    _visit(chrome, node_hash(f"{ID}org/浙江省示范慈善总会"))
    assert chrome.execute_script("return document.querySelectorAll('#panel .fact').length;") > 300
    assert not _errors(chrome)
