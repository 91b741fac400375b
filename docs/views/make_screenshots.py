"""Screenshots of every view for the README: python docs/views/make_screenshots.py [--scale 1000]

Builds the seed (data/articles) and the invented multi-article corpus
(tests/corpus/multi), opens their index.html in headless Debian Chromium at
1400x900 and saves one PNG per view in docs/views/. The nodes shown are chosen
from the data (the network with the most chair terms, the best-connected
organization and person), not by name. --scale N adds the overview of an
N-article scale corpus (make_scale_corpus.py).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402

PICK = """
var n = KG.nodes, best = {}, degree = n.degree;
function top(kind, score) { var b = -1; n.id.forEach(function (id, i) { if (n.kind[i] === kind && (b < 0 || score(i) > score(b))) { b = i; } }); return b; }
var terms = {}; n.id.forEach(function (id, i) { if (n.kind[i] === 'chair_term') { terms[n.network[i]] = (terms[n.network[i]] || 0) + 1; } });
var network = top('network', function (i) { return terms[n.id[i]] || 0; });
var org = top('organization', function (i) { return degree[i]; });
var person = top('person', function (i) { return degree[i]; });
var far = top('person', function (i) { return (n.kind[i] === 'person' && n.id[i] !== n.id[person]) ? Math.abs(n.x[i] - n.x[org]) < 400 ? degree[i] : 0 : -1; });
return {network: n.id[network], org: n.id[org], person: n.id[person], far: n.id[far]};
"""


def driver():  # noqa: ANN201
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shoot(browser, page: Path, views: list[tuple[str, str]]) -> None:  # noqa: ANN001
    from selenium.webdriver.support.ui import WebDriverWait

    for name, hash_ in views:
        browser.get("about:blank")
        browser.get(page.as_uri() + hash_)
        WebDriverWait(browser, 120, 0.05).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-state') === 'ready'"))
        browser.save_screenshot(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")


def node(iri: str) -> str:
    return "#/node/" + quote(iri, safe="")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=0)
    args = parser.parse_args()
    browser = driver()
    try:
        with tempfile.TemporaryDirectory() as folder:
            seed = Path(folder) / "seed"
            build([ROOT / "data" / "articles"], seed, formats=["html"], validate=False)
            multi = Path(folder) / "multi"
            build([ROOT / "tests" / "corpus" / "multi" / "articles"], multi, formats=["html"], validate=False, curated=None)
            for out, prefix in ((seed, "seed"), (multi, "multi")):
                page = out / "index.html"
                browser.get(page.as_uri() + "#/")
                picked = browser.execute_script(PICK)
                views = [
                    (f"{prefix}-overview", "#/"),
                    (f"{prefix}-network", node(picked["network"])),
                    (f"{prefix}-organization", node(picked["org"])),
                    (f"{prefix}-person", node(picked["person"])),
                    (f"{prefix}-path", f"#/path/{quote(picked['person'], safe='')}/{quote(picked['far'], safe='')}"),
                ]
                if prefix == "multi":
                    views.append(("multi-overview-filtered", "#/?hide=document,person&years=2022-2023"))
                shoot(browser, page, views)
            if args.scale:
                corpus = Path(folder) / "scale"
                tool = next(p for p in (ROOT / "benchmarks" / "make_scale_corpus.py", ROOT.parent / "shared" / "tools" / "make_scale_corpus.py") if p.exists())
                subprocess.run([sys.executable, str(tool), str(ROOT), str(args.scale), str(corpus)], check=True, capture_output=True)
                out = Path(folder) / "scale-out"
                build([corpus], out, formats=["html"], validate=False, curated=None)
                shoot(browser, out / "index.html", [(f"scale-{args.scale}-overview", "#/")])
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
