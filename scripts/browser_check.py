"""Opens every page of the built site in headless Chromium (Debian's chromium and chromium-driver,
driven by selenium) as its readers meet it: on a laptop (1280 px), on a phone (390 px) and printed.
Fails on what a reader would notice:
  - a console error, a broken image or a broken link (a file or an #anchor that does not exist);
  - a displayed fraction set smaller than the body text (script style instead of display style);
  - an equation or table box that overflows vertically (a stray scrollbar);
  - a box that scrolls sideways without a scroll cue, or that cannot be reached from the keyboard;
  - a page or a table wider than the screen, or, in print, an equation wider than the paper;
  - figure text under 11 CSS px on the phone, or a figure there not laid out for the phone;
  - a character in an equation that the math font subset does not have, or in a figure's text that
    the font the figure embeds does not have;
  - any serious or critical axe-core 4.x violation (laptop and phone);
  - on example pages, linked numbers that do not link: pointing at a weight's gradient in BP4 must
    light up its edge in the backward figure, and pointing at the edge its numbers.

The site is served over HTTP from a local port, as a static host would serve it.

Usage: browser_check.py SITE_DIR [PAGE ...]   (pages relative to SITE_DIR; all pages when none given)
Prints one line per failed check, a line per page and mode, and 'N passed, M failed'; exits 1 on any
failure.
"""
import concurrent.futures
import functools
import html
import http.server
import pathlib
import re
import sys
import threading
import time
from urllib.parse import unquote, urlparse

import axe_playwright_python
from fontTools.ttLib import TTFont
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

AXE = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
MODES = {"laptop": 1280, "phone": 390, "print": 720}
MIN_FIGURE_TEXT = 11.0

# Figures load lazily: make them load now, wait for every one to settle, then list the broken ones.
BROKEN_IMAGES = """
const done = arguments[arguments.length - 1];
const images = [...document.images];
images.forEach(i => { i.loading = 'eager'; });
Promise.all(images.map(i => i.decode().catch(() => null))).then(() =>
  done(images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src)));
"""

LAYOUT = """
const [mode] = arguments;
const problems = [];
const viewport = document.documentElement.clientWidth;
const where = e => {
  const box = e.closest('.math-scroll, .table-scroll, figure, section');
  const heading = box && box.closest('section') && box.closest('section').querySelector('h2');
  return (heading ? heading.textContent.replace('#', '').trim() : '') + ': ' + e.textContent.trim().slice(0, 50);
};
const px = v => parseFloat(v);
const bodySize = px(getComputedStyle(document.querySelector('main p') || document.body).fontSize);
// Displayed fractions at the top level of their equation line (not inside a script or another
// fraction) must have a numerator at least as large as the body text.
let fractions = 0;
for (const frac of document.querySelectorAll('math[display="block"] mfrac')) {
  if (getComputedStyle(frac).mathDepth !== '0' && getComputedStyle(frac).mathDepth !== '') continue;
  if (frac.parentElement.closest('mfrac, msub, msup, msubsup, munder, mover, munderover')) continue;
  fractions++;
  const size = px(getComputedStyle(frac.firstElementChild).fontSize);
  if (size < bodySize - 0.5) problems.push(`fraction at ${size.toFixed(1)} px < body ${bodySize.toFixed(1)} px (${where(frac)})`);
}
for (const box of document.querySelectorAll('.math-scroll, .table-scroll')) {
  // scrollHeight rounds a sub-pixel layout up: 1 px more is rounding, not a clipped line.
  if (box.scrollHeight > box.clientHeight + 1 && mode !== 'print')
    problems.push(`vertical overflow ${box.scrollHeight - box.clientHeight} px (${where(box)})`);
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (mode === 'print') {
    if (scrolls) problems.push(`cut at the paper's edge: ${box.scrollWidth} > ${box.clientWidth} px (${where(box)})`);
  } else if (scrolls) {
    const cue = getComputedStyle(box).backgroundImage.includes('gradient');
    if (!cue || box.tabIndex !== 0 || !box.getAttribute('aria-label'))
      problems.push(`scrolls without cue, focus or name (${where(box)})`);
  }
}
for (const table of document.querySelectorAll('table')) {
  if (table.getBoundingClientRect().width > viewport + 1)
    problems.push(`table ${Math.round(table.getBoundingClientRect().width)} px wider than the screen ${viewport} px (${where(table)})`);
}
if (document.documentElement.scrollWidth > viewport + 1)
  problems.push(`page ${document.documentElement.scrollWidth} px wider than the screen ${viewport} px`);
// Figures: as images (the SVG's smallest text is read by the caller), or inlined by the page script
// (glyph runs are groups scaled by size/1000).
const figures = [...document.querySelectorAll('.lesson-figure img')].map(i => ({
  src: i.currentSrc, shown: i.getBoundingClientRect().width, natural: i.naturalWidth, title: i.alt.slice(0, 50)}));
for (const svg of document.querySelectorAll('.lesson-figure svg.figure-svg')) {
  if (!svg.getClientRects().length) continue;
  const sizes = [...svg.querySelectorAll('g[transform*="scale("]')].map(g => parseFloat(g.getAttribute('transform').split('scale(')[1]) * 1000)
    .concat([...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize)));
  const natural = parseFloat(svg.getAttribute('width'));
  if (sizes.length) figures.push({inlineText: Math.min(...sizes), shown: svg.getBoundingClientRect().width, natural,
                                   src: svg.dataset.src, title: svg.getAttribute('aria-label').slice(0, 50)});
}
// On a phone every figure is the one laid out for its column.
for (const figure of figures) {
  if (mode === 'phone' && !/-narrow(-dark)?\.svg/.test(figure.src ?? ''))
    problems.push(`figure not laid out for the phone: ${figure.src} (${figure.title})`);
}
return {problems, fractions, figures};
"""


def figure_text_sizes(svg: pathlib.Path) -> float:
    """The smallest text in an SVG drawn by backprop-site: <text> takes its font-size, or the root's;
    glyph outlines (`render --svg-text outlines`) are groups scaled by size/1000."""
    source = svg.read_text()
    sizes = [float(s) * 1000 for s in re.findall(r'<g transform="translate\([^)]*\) scale\(([0-9.]+)\)"', source)]
    root = re.search(r'<svg [^>]*font-size="([0-9.]+)"', source)
    for attributes in re.findall(r"<text([^>]*)>", source):
        size = re.search(r'font-size="([0-9.]+)"', attributes) or root
        sizes.append(float(size.group(1)))
    return min(sizes) if sizes else float("inf")


LINKED = """
const [section, selector] = arguments;
const number = document.querySelector(`#${section} ${selector}`);
if (!number) return null;
const key = number.getAttribute('data-q');
const figureElements = document.querySelectorAll(`svg.figure-svg [data-q="${key}"]`);
return {key, figureElements: figureElements.length};
"""


ON_THE_LINE = """
const line = arguments[0], box = line.getBoundingClientRect(), matrix = line.getScreenCTM();
const centre = [Math.floor(box.left + box.width / 2), Math.floor(box.top + box.height / 2)];
for (let i = 1; i < 40; i++) {
  const p = line.getPointAtLength(line.getTotalLength() * (0.1 + 0.3 * i / 40));
  const x = Math.round(matrix.a * p.x + matrix.c * p.y + matrix.e), y = Math.round(matrix.b * p.x + matrix.d * p.y + matrix.f);
  if (document.elementFromPoint(x, y) === line) return [x - centre[0], y - centre[1]];
}
return null;
"""


def linked_numbers(driver) -> list[str]:
    """Pointing at a weight in BP4's result lights up the same edge in the figures, and pointing at
    that edge lights up the weight's numbers (the page script's linked numbers)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    # Figures are inlined as they come near the screen: bring the backward pass's into view first.
    driver.execute_script("document.querySelector('#backward .lesson-figure').scrollIntoView()")
    driver.execute_async_script("const done = arguments[0]; (function wait(n) {"
                                " document.querySelector('#backward svg.figure-svg') || n > 50 ? done() : setTimeout(() => wait(n + 1), 100); })(0)")
    found = driver.execute_script(LINKED, "backward", 'mtr.result mn[data-q^="edge-"]')
    if not found:
        return ["linked numbers: no keyed weight gradient in the backward pass"]
    if not found["figureElements"]:
        return [f"linked numbers: no figure element drawn for {found['key']} (figures not inlined?)"]
    number = driver.find_element(By.CSS_SELECTOR, f'#backward mtr.result mn[data-q="{found["key"]}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", number)
    ActionChains(driver).move_to_element(number).perform()
    lit = driver.execute_script(
        "return document.querySelectorAll(`svg.figure-svg .q-lit[data-q='${arguments[0]}']`).length", found["key"])
    problems = [] if lit else [f"linked numbers: pointing at {found['key']} in BP4 lit nothing in the figures"]
    edge = driver.find_element(By.CSS_SELECTOR, f'#backward svg.figure-svg path[data-q="{found["key"]}"]')
    # A whole pixel on the line itself (its middle is where its label sits), as an offset from the
    # centre of its box, where selenium points. The line is 1.6 px wide: a page that is still
    # settling (figures being inlined, sections laid out as they come near) can move it by a pixel
    # between finding the point and pointing at it, so that is tried up to three times.
    for _ in range(3):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", edge)
        driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))")
        offset = driver.execute_script(ON_THE_LINE, edge)
        if not offset:
            return problems + [f"linked numbers: no pixel of the edge {found['key']} is on screen"]
        ActionChains(driver).move_to_element_with_offset(edge, *offset).perform()
        lit = driver.execute_script("return document.querySelectorAll(`mn.q-lit[data-q='${arguments[0]}']`).length", found["key"])
        if lit:
            return problems
    return problems + [f"linked numbers: pointing at the edge {found['key']} lit no number"]


def step_through(driver) -> list[str]:
    """The backward pass's step-through, from the keyboard: start, then "Next step" twice; each step
    reveals one more equation, lights its quantities in the figures and is announced."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    start = driver.find_element(By.CSS_SELECTOR, ".stepper-start")
    if not start.is_displayed():
        return ["step-through: the control is not shown"]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", start)
    start.send_keys(Keys.ENTER)
    driver.find_element(By.CSS_SELECTOR, ".stepper-next").send_keys(Keys.ENTER)
    driver.find_element(By.CSS_SELECTOR, ".stepper-next").send_keys(Keys.SPACE)
    state = driver.execute_script("""
      const boxes = [...document.querySelectorAll('#backward .math-scroll')];
      return {status: document.querySelector('.stepper-status').textContent,
              current: boxes.findIndex(b => b.classList.contains('step-current')),
              shown: boxes.filter(b => !b.classList.contains('step-pending')).length,
              lit: document.querySelectorAll('svg.figure-svg .q-lit').length};""")
    driver.find_element(By.CSS_SELECTOR, ".stepper-start").send_keys(Keys.ENTER)
    problems = []
    if state["current"] != 2 or state["shown"] != 3:
        problems.append(f"step-through: after three presses step {state['current'] + 1} is current, {state['shown']} shown")
    if not state["status"].startswith(("Step 3 of", "Paso 3 de")):
        problems.append(f"step-through: announced {state['status']!r}")
    if not state["lit"]:
        problems.append("step-through: the step lit nothing in the figures")
    return problems


def static_checks(site: pathlib.Path, page: pathlib.Path, font_characters: set[int]) -> list[str]:
    """Broken links and anchors, and equation characters the math font subset lacks."""
    text = page.read_text(encoding="utf-8")
    problems = []
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    for href in re.findall(r'\s(?:href|src|srcset)="([^"]+)"', text):
        link = urlparse(html.unescape(href))
        if link.scheme or href.startswith("//"):
            continue
        target = (page.parent / unquote(link.path)).resolve() if link.path else page
        if link.path and not target.exists():
            problems.append(f"broken link {href}")
        elif link.fragment and target == page and link.fragment not in ids:
            problems.append(f"broken anchor {href}")
        elif link.fragment and target.suffix == ".html" and target != page:
            if f'id="{link.fragment}"' not in target.read_text(encoding="utf-8"):
                problems.append(f"broken anchor {href}")
    missing = set()
    for formula in re.findall(r"<math\b.*?</math>", text, flags=re.S):
        missing |= {c for c in html.unescape(re.sub(r"<[^>]*>", "", formula)) if not c.isspace() and ord(c) not in font_characters}
    if missing:
        problems.append(f"math font subset lacks {''.join(sorted(missing))} (run scripts/subset-math-font.sh)")
    return problems


def figure_font_checks(page: pathlib.Path) -> list[str]:
    """Every character of each figure's <text> is in the font the figure embeds for its style (the
    WOFF subsets of `--svg-text text`), and each font is read by fontTools."""
    import base64
    import io
    problems = []
    for svg in sorted((page.parent / "figures").glob("*.svg")):
        source = svg.read_text(encoding="utf-8")
        faces = {}
        for face in re.findall(r"@font-face\{([^}]*)\}", source):
            style = ("bold" in face, "italic" in face)
            try:
                font = TTFont(io.BytesIO(base64.b64decode(re.search(r"base64,([^)]+)\)", face).group(1))))
                faces[style] = set(font.getBestCmap())
            except Exception as error:  # any failure to read the font is the problem reported
                problems.append(f"{svg.name}: embedded font unreadable ({error})")
        for attributes, content in re.findall(r"<text([^>]*)>([^<]*)</text>", source):
            style = ('font-weight="bold"' in attributes, 'font-style="italic"' in attributes)
            lacking = {c for c in html.unescape(content) if ord(c) not in faces.get(style, set())}
            if lacking:
                problems.append(f"{svg.name}: embedded font {style} lacks {''.join(sorted(lacking))}")
    return problems


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments) -> None:
        pass


def serve(site: pathlib.Path) -> str:
    """Serves `site` on a free local port in the background; returns its address."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


def format_report(ok: bool, what: str, problems: list[str]) -> str:
    """One check's line, with up to three problems of each kind under it."""
    lines = [("ok    " if ok else "FAIL  ") + what]
    kinds: dict[str, list[str]] = {}
    for problem in problems:
        kinds.setdefault(" ".join(re.findall(r"[a-z]+", problem)[:2]), []).append(problem)
    for same in kinds.values():
        lines += ["        " + problem for problem in same[:3]]
        if len(same) > 3:
            lines.append(f"        … and {len(same) - 3} more like it")
    return "\n".join(lines)


def check_pages(site: pathlib.Path, pages: list[str]) -> list[tuple[bool, str]]:
    """Every check of `pages` in one browser: (passed, report) per check, in order."""
    address = serve(site)
    font = site / "assets" / "fonts" / "Asana-Math.woff2"
    font_characters = set(TTFont(font).getBestCmap()) if font.exists() else set()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    figure_text: dict[str, float] = {}
    results = []

    def report(ok: bool, what: str, problems: list[str] = ()) -> None:
        results.append((ok, format_report(ok, what, list(problems))))

    try:
        for page in pages:
            path = site / page
            problems = static_checks(site, path, font_characters) + figure_font_checks(path)
            report(not problems, f"{page}: links, anchors and font coverage", problems)
            for mode, width in MODES.items():
                driver.set_window_size(width, 900)
                # Emulate the phone's viewport exactly (the window's chrome would eat into the width).
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mode == "phone"})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print" if mode == "print" else ""})
                driver.get(address + page)
                problems = []
                severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
                problems += [f"console: {message}" for message in severe]
                problems += [f"broken image {src}" for src in driver.execute_async_script(BROKEN_IMAGES)]
                driver.execute_async_script("document.fonts.ready.then(() => requestAnimationFrame(arguments[0]))")
                layout = driver.execute_script(LAYOUT, mode)
                problems += layout["problems"]
                if mode == "phone":
                    for figure in layout["figures"]:
                        if not figure["natural"]:
                            continue
                        if "inlineText" in figure:
                            smallest = figure["inlineText"]
                        else:
                            svg = site / unquote(urlparse(figure["src"]).path).lstrip("/")
                            if svg.suffix != ".svg":
                                continue
                            smallest = figure_text.setdefault(str(svg), figure_text_sizes(svg))
                        shown = smallest * figure["shown"] / figure["natural"]
                        if shown < MIN_FIGURE_TEXT:
                            problems.append(f"figure text {shown:.1f} px < {MIN_FIGURE_TEXT:.0f} px: ({figure['title']})")
                if mode != "print":
                    driver.execute_script(AXE)
                    result = driver.execute_async_script(
                        "axe.run(document, {resultTypes: ['violations']}).then(r => arguments[0](r.violations))")
                    problems += [f"axe {v['impact']} {v['id']}: {len(v['nodes'])}× {v['help']}"
                                 for v in result if v["impact"] in ("serious", "critical")]
                if mode == "laptop" and page.count("/") == 2:
                    problems += linked_numbers(driver)
                    problems += step_through(driver)
                report(not problems, f"{page} ({mode}, {width} px, {layout['fractions']} display fractions)", problems)
    finally:
        driver.quit()
    return results


def main() -> int:
    site = pathlib.Path(sys.argv[1]).resolve()
    pages = sys.argv[2:] or sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    started = time.monotonic()
    # Two browsers, each with every other page, the heaviest pages spread between them.
    workers = min(2, len(pages))
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        batches = pool.map(check_pages, [site] * workers, [pages[i::workers] for i in range(workers)])
        results = [result for batch in batches for result in batch]
    for _, text in results:
        print(text)
    failed = sum(not ok for ok, _ in results)
    print(f"{len(results) - failed} passed, {failed} failed in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
