"""Makes Templates/fonts/Asana-Math.woff2: the math font cut down to the characters the site's
equations use, compressed as WOFF2, so every page loads tens of kilobytes of font instead of 400.

Usage: subset-math-font.py SITE_DIR   (a freshly built site; scripts/subset-math-font.sh runs it)
The characters are those inside <math> on every page of SITE_DIR, plus the ASCII letters and digits,
the Greek alphabet and the common operators, so a new example rarely needs a new subset. The MATH
table and the size variants of the stretchy brackets, roots and sums are kept (fontTools' closure).
"""
import html
import pathlib
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

TEMPLATES = pathlib.Path(__file__).resolve().parent.parent / "Templates" / "fonts"
SOURCE = TEMPLATES / "Asana-Math.otf"
TARGET = TEMPLATES / "Asana-Math.woff2"

BASE = (
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩϵϑϕ"
    "+−-×·⋅∘⊙⊗=≈≠≤≥<>←→↦∂∇∑∏∫√∞()[]{}|‖,.;:!'′″ ^_/∗*…⋯⋮⋱ⁱ⊤ᵀ"
)


def characters_in_math(site: pathlib.Path) -> set[str]:
    found: set[str] = set()
    for page in site.rglob("*.html"):
        for formula in re.findall(r"<math\b.*?</math>", page.read_text(encoding="utf-8"), flags=re.S):
            found |= set(html.unescape(re.sub(r"<[^>]*>", "", formula)))
    return found


def main() -> int:
    site = pathlib.Path(sys.argv[1])
    characters = {c for c in characters_in_math(site) | set(BASE) if not c.isspace() or c == " "}
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables = [t for t in options.drop_tables if t != "MATH"]
    font = TTFont(SOURCE)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(TARGET)
    print(f"{TARGET.name}: {len(characters)} characters, {len(font.getGlyphOrder())} glyphs, "
          f"{TARGET.stat().st_size} bytes (from {SOURCE.stat().st_size})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
