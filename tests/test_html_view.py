"""The interactive view (index.html): offline, deterministic, untrusted text stays text.

The static tests read the generated page; the tests marked ``browser`` open it
in headless Debian Chromium through selenium and chromedriver.
"""

from __future__ import annotations

import csv
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import pytest

from kg.build import BuildReport, make_bundle
from kg.exporters.base import Bundle
from kg.exporters.html import COLORS, KINDS, HTMLExporter, render, script_json
from kg.extract import extract_article
from kg.loaders import article_from_text

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

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
# Nodes and an edge added by hand, so every payload is in a label and a title whatever the extractor keeps.
EVIL_NODES = {
    "https://w3id.org/charity-kg/id/person/evil-img": ("李<img src=x onerror=alert(1)>", "person"),
    "https://w3id.org/charity-kg/id/org/evil-script": ("<script>alert(1)</script>慈善总会", "organization"),
    "https://w3id.org/charity-kg/id/document/evil-close": ("《</script><script>alert(1)</script>》", "document"),
}
EVIL_EVIDENCE = "会长李<img src=x onerror=alert(1)>出席</script><script>alert(1)</script>会议。"
PAGE_SCRIPTS = 2  # vis-network, then the page's own script


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


def evil_bundle() -> Bundle:
    article = article_from_text(EVIL_ARTICLE, "evil")
    bundle = make_bundle([extract_article(article)], explain=True)
    graph = bundle.network
    for node, (label, kind) in EVIL_NODES.items():
        graph.add_node(node, label=label, kind=kind, type=kind)
    person, org, document = EVIL_NODES
    graph.add_edge(person, org, key="position:evil", relation="position", role="<script>alert(3)</script>会长", status="current")
    graph.add_edge(person, document, key="presented", relation="presented", role="", status="")
    # An evidence sentence for the hand-made person, as an --explain build carries it into the tooltips.
    bundle.records.append({
        "kind": "person", "name": EVIL_NODES[person][0], "article": "evil",
        "evidence": [{"article": "evil", "sentence": EVIL_EVIDENCE, "start": 0, "end": len(EVIL_EVIDENCE), "rule": "test", "confidence": 1.0}],
    })
    return bundle


# ---------------------------------------------------------------- static checks


@pytest.fixture(scope="module")
def seed_page(seed_build: tuple[Path, BuildReport]) -> Path:
    out, _ = seed_build
    return out / "index.html"


@pytest.fixture(scope="module")
def evil_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evil") / "index.html"
    HTMLExporter().write(evil_bundle(), path)
    return path


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


def test_legend_names_every_kind(seed_page: Path) -> None:
    page = seed_page.read_text(encoding="utf-8")
    legend = [attrs.get("data-kind") for tag, attrs in elements(page).tags if tag == "li"]
    assert legend[:5] == ["organization", "person", "event", "network", "document"]
    for kind in legend[:5]:
        assert COLORS[kind] in page


def test_page_data_matches_the_network(seed_page: Path) -> None:
    page = seed_page.read_text(encoding="utf-8")
    script = elements(page).scripts[-1]
    start = script.index("var DATA = ") + len("var DATA = ")
    data = json.loads(script[start : script.index(";\n", start)])
    with open(seed_page.parent / "nodes.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(node["id"] for node in data["nodes"]) == sorted(row["Id"] for row in rows)
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels == {row["Id"]: row["Label"] for row in rows}
    people = {node["label"]: node for node in data["nodes"] if node["kind"] == "person"}
    zhong = people["钟燕群"]
    assert zhong["color"] == KINDS["person"][0]
    assert "kind: person" in zhong["title"] and "positions:" in zhong["title"]
    assert "理事长, 上海市慈善基金会" in zhong["title"]
    assert data["options"]["layout"]["randomSeed"] == 20240508
    roles = {edge["label"] for edge in data["edges"]}
    assert "理事长" in roles


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
    # vis-network's own code sets image.onerror = function...; nowhere else may "onerror=" appear.
    library = elements(page).scripts[0]
    assert "vis.Network" in page and "onerror=" not in lowered.replace(library.lower(), "")
    assert not re.search(r"(?<![.\w])onerror\s*=", lowered), "an onerror= attribute in the page"
    # "</script>" (PAYLOADS[1]) closes the page's own scripts: it must appear only there,
    # so there are as many as there are script elements and nothing in them can end them early.
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
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(30)
    # Record every dialog the page would open (an injected alert(1) would show up here).
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.__dialogs = []; ['alert', 'confirm', 'prompt'].forEach(function (name) {"
                   " window[name] = function (message) { window.__dialogs.push(name + ':' + String(message)); }; });"},
    )
    return driver


def _open(driver: Any, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 30, poll_frequency=0.1).until(
        lambda d: d.execute_script("return !!document.body && document.body.getAttribute('data-ready') === 'true'")
    )


@pytest.fixture
def chrome(tmp_path: Path) -> Iterator[Any]:
    driver = _chrome(tmp_path)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def seed_browser(chrome: Any, seed_page: Path) -> Any:
    _open(chrome, seed_page)
    return chrome


def _focus_and_point(driver: Any, node_id: str) -> None:
    """Centre the view on the node, zoomed in, and move the mouse onto it."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.execute_script("network.focus(arguments[0], {scale: 1.6, animation: false}); network.redraw();", node_id)
    at_centre = driver.execute_script(
        "var box = document.getElementById('mynetwork').getBoundingClientRect();"
        "return network.getNodeAt({x: box.width / 2, y: box.height / 2});"
    )
    assert at_centre == node_id, f"{node_id} is not under the centre after focus (found {at_centre})"
    # Off the canvas first, so that moving onto it is a real mouse move even if the pointer was already there.
    heading = driver.find_element(By.TAG_NAME, "h1")
    canvas = driver.find_element(By.CSS_SELECTOR, "#mynetwork canvas")
    ActionChains(driver).move_to_element(heading).pause(0.05).move_to_element(canvas).perform()


def _node_id(driver: Any, label: str) -> str:
    ids = driver.execute_script("var wanted = arguments[0]; return nodes.getIds({filter: function (n) { return n.label === wanted; }});", label)
    assert len(ids) == 1, f"expected one node labelled {label!r}, found {ids}"
    return ids[0]


@browser
@needs_chromium
def test_browser_console_has_no_errors(seed_browser: Any) -> None:
    entries = seed_browser.get_log("browser")
    errors = [e for e in entries if e.get("level") == "SEVERE" or "Uncaught" in e.get("message", "")]
    assert not errors, f"console errors: {errors}"


@browser
@needs_chromium
def test_browser_network_has_every_node(seed_browser: Any, seed_page: Path, seed_build: tuple[Path, BuildReport]) -> None:
    with open(seed_page.parent / "nodes.csv", encoding="utf-8-sig", newline="") as handle:
        expected = sum(1 for _ in csv.DictReader(handle))
    counts = seed_browser.execute_script(
        "return {isNetwork: network instanceof vis.Network, data: network.body.data.nodes.length,"
        " drawn: Object.keys(network.body.nodes).length, edges: network.body.data.edges.length}"
    )
    assert counts["isNetwork"]
    assert counts["data"] == expected
    assert counts["drawn"] == expected
    assert counts["edges"] > 0


@browser
@needs_chromium
def test_browser_has_the_chair_with_her_label(seed_browser: Any) -> None:
    node_id = _node_id(seed_browser, "钟燕群")
    node = seed_browser.execute_script("var n = nodes.get(arguments[0]); return {label: n.label, shown: network.body.nodes[arguments[0]].options.label, kind: n.kind};", node_id)
    assert node == {"label": "钟燕群", "shown": "钟燕群", "kind": "person"}


@browser
@needs_chromium
def test_browser_loads_nothing_from_the_network(seed_browser: Any) -> None:
    urls = seed_browser.execute_script(
        "return performance.getEntries().map(function (e) { return e.name; })"
        ".filter(function (name) { return /^[a-z][a-z0-9+.-]*:/i.test(name); })"
    )
    assert any(url.startswith("file:") for url in urls), urls  # the page itself
    outside = [url for url in urls if not url.startswith(("file:", "data:"))]
    assert not outside, f"the page requested {outside}"


@browser
@needs_chromium
def test_browser_canvas_is_drawn(seed_browser: Any) -> None:
    from selenium.webdriver.common.by import By

    png = seed_browser.find_element(By.ID, "mynetwork").screenshot_as_png
    colours = png_pixels(png)
    assert len(colours) > 1, "the network area is blank"
    for kind in ("organization", "person", "event"):
        assert bytes.fromhex(KINDS[kind][0][1:]) in colours, f"no {kind} node drawn in {KINDS[kind][0]}"


@browser
@needs_chromium
def test_browser_click_shows_details_as_text(seed_browser: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    node_id = _node_id(seed_browser, "钟燕群")
    _focus_and_point(seed_browser, node_id)
    ActionChains(seed_browser).click().perform()
    details = seed_browser.find_element(By.ID, "details-text")
    assert seed_browser.execute_script("return network.getSelectedNodes();") == [node_id]
    text = details.get_attribute("textContent")
    assert text.startswith("钟燕群\nkind: person")
    assert "理事长, 上海市慈善基金会" in text
    assert seed_browser.execute_script("return document.getElementById('details-text').childElementCount;") == 0


@browser
@needs_chromium
def test_browser_untrusted_text_stays_text(chrome: Any, evil_page: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    _open(chrome, evil_page)
    assert chrome.execute_script("return Array.isArray(window.__dialogs);"), "the dialog recorder did not run"
    for node_id, (label, kind) in EVIL_NODES.items():
        assert chrome.execute_script("return nodes.get(arguments[0]).label;", node_id) == label
        # Hover: vis-network's tooltip must show the title as text.
        _focus_and_point(chrome, node_id)
        WebDriverWait(chrome, 10, poll_frequency=0.1).until(
            lambda d: d.execute_script(
                "var t = document.querySelector('div.vis-tooltip');"
                "return !!t && t.style.visibility === 'visible' && t.textContent.indexOf(arguments[0]) === 0;", label
            )
        )
        # innerText turns the title's line breaks into <br>: those are the only elements allowed in it.
        tooltip = chrome.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return [t.textContent, Array.from(t.querySelectorAll('*')).map(function (e) { return e.tagName; })];"
        )
        assert label in tooltip[0] and set(tooltip[1]) <= {"BR"}
        if kind == "person":
            assert EVIL_EVIDENCE in tooltip[0], "the evidence sentence is missing from the tooltip"
        # Click: the details panel shows the same text.
        ActionChains(chrome).click().perform()
        shown = chrome.execute_script("var d = document.getElementById('details-text'); return [d.textContent, d.childElementCount];")
        assert shown[1] == 0 and shown[0].startswith(label)
    injected = chrome.execute_script(
        "return {dialogs: window.__dialogs, images: document.images.length, scripts: document.scripts.length,"
        " handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length}"
    )
    assert injected == {"dialogs": [], "images": 0, "scripts": PAGE_SCRIPTS, "handlers": 0}
    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.text  # noqa: B018 - reading it is the check
    errors = [e for e in chrome.get_log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors
