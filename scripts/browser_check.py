"""Opens example pages of the built site in headless Chromium (Debian's chromium and
chromium-driver, driven by selenium) and checks what a reader would notice: console errors,
broken images, and MathML that did not lay out as mathematics.

Usage: browser_check.py SITE_DIR PAGE [PAGE ...]   (pages relative to SITE_DIR)
Prints one line per check and a closing 'N passed, M failed' line; exits 1 on any failure.
"""
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MATH_LAYOUT = """
const fraction = document.querySelector('math mfrac');
const matrix = document.querySelector('math mtable');
const lineHeight = parseFloat(getComputedStyle(document.body).fontSize) * 1.25;
const rowTops = matrix ? [...matrix.querySelectorAll('mtr')].map(r => Math.round(r.getBoundingClientRect().top)) : [];
return {
  fractionHeight: fraction ? fraction.getBoundingClientRect().height : 0,
  lineHeight: lineHeight,
  matrixRows: new Set(rowTops).size,
  mtrCount: rowTops.length,
  mathCount: document.querySelectorAll('math').length,
};
"""

# Figures load lazily: make them load now, wait for every one to settle, then list the broken ones.
BROKEN_IMAGES = """
const done = arguments[arguments.length - 1];
const images = [...document.images];
images.forEach(i => { i.loading = 'eager'; });
Promise.all(images.map(i => i.decode().catch(() => null))).then(() =>
  done(images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src'))));
"""


def main() -> int:
    site = pathlib.Path(sys.argv[1]).resolve()
    pages = sys.argv[2:]
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(30)
    passed = failed = 0

    def report(ok: bool, what: str) -> None:
        nonlocal passed, failed
        print(("ok    " if ok else "FAIL  ") + what)
        passed, failed = passed + ok, failed + (not ok)

    try:
        for page in pages:
            driver.get((site / page).as_uri())
            severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            report(not severe, f"{page}: no console errors {severe}")
            broken = driver.execute_async_script(BROKEN_IMAGES)
            report(not broken, f"{page}: no broken images {broken}")
            math = driver.execute_script(MATH_LAYOUT)
            report(math["mathCount"] > 0, f"{page}: has MathML ({math['mathCount']} formulas)")
            report(math["fractionHeight"] > math["lineHeight"],
                   f"{page}: a fraction is taller than a line ({math['fractionHeight']:.1f} > {math['lineHeight']:.1f} px)")
            report(math["matrixRows"] > 1 and math["matrixRows"] == math["mtrCount"],
                   f"{page}: a matrix lays out its {math['mtrCount']} rows one under another ({math['matrixRows']} distinct rows)")
    finally:
        driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
