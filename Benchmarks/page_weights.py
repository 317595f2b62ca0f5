"""What a reader downloads per page, and how soon the heaviest page paints on a phone.

Usage: page_weights.py SITE_DIR [--paint]
For every page: its HTML, the figures it shows (the light SVGs), the math font, the stylesheet and the
script, in KB as stored and gzip-compressed (as static hosts such as GitHub Pages serve them), and the
heaviest page part by part.
On a phone the figures are the ones laid out for its column. Every figure of the page counts, although its image loads lazily (as it comes near the screen): a
reader who reads the page to its end downloads them all. The dark variants (a dark-mode reader gets
those instead, of the same size) and the downloads (PNG, PDF, the deck) do not count.
With --paint, also the first contentful paint of the heaviest page in headless Chromium's phone
emulation (390 px, 4x CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency), served over
local HTTP with gzip as a static host would, median of 3 loads. Goals (issue 12): heaviest page under 450 KB, first paint under 1.5 s.
"""
import functools
import gzip
import http.server
import pathlib
import re
import statistics
import sys
import threading


def parts(page: pathlib.Path, phone: bool = False) -> dict[str, list[pathlib.Path]]:
    """The files a reader of `page` downloads, by kind: on a laptop, or with `phone` on a phone (the
    figures laid out for its column)."""
    text = page.read_text(encoding="utf-8")
    figures = (r'<source srcset="([^"]+)" media="screen and \(max-width: 40rem\)"' if phone
               else r'<img\b[^>]*?\ssrc="([^"]+)"')
    return {
        "HTML": [page],
        "figures": [(page.parent / src).resolve() for src in re.findall(figures, text)],
        "font": [(page.parent / href).resolve() for href in re.findall(r'<link rel="preload" href="([^"]+)"', text)],
        "CSS": [(page.parent / href).resolve() for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', text)],
        "script": [(page.parent / src).resolve() for src in re.findall(r'<script src="([^"]+)"', text)],
    }


def size(files: list[pathlib.Path]) -> tuple[int, int]:
    raw = sum(f.stat().st_size for f in files)
    # Fonts are served as they are (WOFF2 is compressed already).
    packed = sum(f.stat().st_size if f.suffix == ".woff2" else len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return raw, packed


def weight(site: pathlib.Path, page: pathlib.Path, phone: bool = False) -> tuple[int, int]:
    return size([f for files in parts(page, phone).values() for f in files])


def first_paint(site: pathlib.Path, page: str) -> float:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    class Gzipping(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *arguments) -> None:
            pass

        def do_GET(self) -> None:
            path = pathlib.Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if not path.is_file():
                self.send_error(404)
                return
            body, encoded = path.read_bytes(), path.suffix in (".html", ".css", ".js", ".svg")
            if encoded:
                body = gzip.compress(body, 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            if encoded:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Gzipping, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    times = []
    try:
        for _ in range(3):
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
            driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
                "offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8})
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True})
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/{page}")
            paint = driver.execute_async_script("""
                const done = arguments[0];
                new PerformanceObserver((list, observer) => {
                  const entry = list.getEntriesByName('first-contentful-paint')[0];
                  if (entry) { observer.disconnect(); done(entry.startTime); }
                }).observe({type: 'paint', buffered: true});""")
            times.append(paint / 1000)
    finally:
        driver.quit()
        server.shutdown()
    return statistics.median(times)


def main() -> int:
    site = pathlib.Path(sys.argv[1]).resolve()
    pages = sorted(site.rglob("*.html"))
    weights = {str(p.relative_to(site)): weight(site, p) for p in pages}
    phone = {str(p.relative_to(site)): weight(site, p, phone=True) for p in pages}
    print("Page weights (HTML + figures shown + font + CSS + script), KB stored / gzip, on a laptop and on a phone")
    for page, (raw, packed) in sorted(weights.items(), key=lambda item: -item[1][0]):
        print(f"  {page:40} {raw / 1000:7.1f} {packed / 1000:7.1f}   {phone[page][0] / 1000:7.1f} {phone[page][1] / 1000:7.1f}")
    heaviest = max(weights, key=lambda page: weights[page][0])
    print(f"{heaviest} by part, KB stored / gzip")
    for kind, files in parts(site / heaviest).items():
        raw, packed = size(files)
        print(f"  {kind + f' ({len(files)} files)':40} {raw / 1000:7.1f} {packed / 1000:7.1f}")
    heaviest_phone = max(phone, key=lambda page: phone[page][0])
    print(f"Heaviest on a phone: {heaviest_phone}, {phone[heaviest_phone][0] / 1000:.1f} KB stored")
    if "--paint" in sys.argv:
        print(f"First contentful paint of {heaviest} on an emulated phone: {first_paint(site, heaviest):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
