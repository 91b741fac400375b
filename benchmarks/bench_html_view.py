"""The views page at scale: build time, page size, time to ready and pan/zoom frames per second.

Run:  python benchmarks/bench_html_view.py [--articles 1000 550] [--runs 3]
For each size, a scale corpus of that many articles is generated
(make_scale_corpus.py: benchmarks/ if present, else ../shared/tools/), built
without the cache, and its index.html opened in headless Debian Chromium
(/usr/bin/chromium) at 1280x900: time from navigation start to
<html data-state="ready"> (the page's performance mark kg-ready; median of --runs fresh loads), then 3 s of panning
and zooming driven by requestAnimationFrame, one full redraw per frame
(frames/s, and the mean time one redraw takes). Numbers go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import make_bundle, prepare  # noqa: E402
from kg.exporters.html import render, shared_layout  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PAN_ZOOM = """
var done = arguments[0], start = KG.camera(), frames = 0, drawing = 0, t0 = performance.now();
function step() {
  var now = performance.now();
  if (now - t0 >= 3000) { KG.setCamera(start.x, start.y, start.k); done([frames / ((now - t0) / 1000), drawing / frames]); return; }
  var phase = (now - t0) / 3000 * 2 * Math.PI;
  var before = performance.now();
  KG.setCamera(start.x + 200 * Math.sin(phase), start.y + 120 * Math.cos(phase), start.k * (1 + 1.5 * Math.abs(Math.sin(phase))));
  drawing += performance.now() - before;
  frames++;
  requestAnimationFrame(step);
}
requestAnimationFrame(step);
"""


def scale_tool() -> Path:
    for candidate in (ROOT / "benchmarks" / "make_scale_corpus.py", ROOT.parent / "shared" / "tools" / "make_scale_corpus.py", Path("/work/shared/tools/make_scale_corpus.py")):
        if candidate.exists():
            return candidate
    raise SystemExit("make_scale_corpus.py not found (benchmarks/ or ../shared/tools/)")


def browser():  # noqa: ANN201 - selenium is a test dependency
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(120)
    return driver


def measure_page(page: Path, runs: int) -> tuple[list[float], float, float]:
    from selenium.webdriver.support.ui import WebDriverWait

    loads = []
    fps = redraw = 0.0
    for run in range(runs):
        driver = browser()
        try:
            driver.get(page.as_uri() + "#/")
            WebDriverWait(driver, 300, poll_frequency=0.05).until(lambda d: d.execute_script("return performance.getEntriesByName('kg-ready').length > 0"))
            # The page marks its first ready moment; its startTime counts from navigation start.
            loads.append(driver.execute_script("return performance.getEntriesByName('kg-ready')[0].startTime;") / 1000)
            if run == 0:
                fps, redraw = driver.execute_async_script(PAN_ZOOM)
        finally:
            driver.quit()
    return loads, fps, redraw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 550])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'articles':>8} {'nodes':>6} {'edges':>6} {'bundle s':>8} {'layout s':>8} {'render s':>8} {'page MB':>7} {'ready s (median, all)':>24} {'fps':>5} {'redraw ms':>9}")
    for count in args.articles:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "articles"
            subprocess.run([sys.executable, str(scale_tool()), str(ROOT), str(count), str(corpus)], check=True, capture_output=True)
            started = time.perf_counter()
            prepared = prepare([corpus], curated=None)
            bundle = make_bundle(prepared.corpus, curation=prepared.curation, duplicates=prepared.duplicates)
            built = time.perf_counter()
            shared_layout(bundle)
            laid = time.perf_counter()
            page = Path(folder) / "index.html"
            page.write_bytes(render(bundle).encode("utf-8"))
            rendered = time.perf_counter()
            loads, fps, redraw = measure_page(page, args.runs)
            graph = bundle.network
            print(
                f"{count:>8} {graph.number_of_nodes():>6} {graph.number_of_edges():>6} {built - started:>8.1f} {laid - built:>8.1f} "
                f"{rendered - laid:>8.1f} {page.stat().st_size / 1e6:>7.1f} {statistics.median(loads):>6.2f} ({', '.join(f'{t:.2f}' for t in loads)}) "
                f"{fps:>5.0f} {redraw:>9.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
