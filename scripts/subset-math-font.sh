#!/usr/bin/env bash
# Remakes Templates/fonts/Asana-Math.woff2, the math font the pages load, from the full
# Templates/fonts/Asana-Math.otf (which the figures and slides keep using): builds the site in a
# temporary folder, collects every character its equations use, and cuts the font down to them
# (fontTools and brotli from PyPI). Run it after adding symbols to the equations; the browser check
# fails when a page uses a character the subset lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-checks/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check fonttools==4.68.0 brotli==1.2.1
site=$(mktemp -d)
trap 'rm -rf "$site" "$(dirname "$site")/.$(basename "$site").backprop-site-cache.json"' EXIT
swift build --product backprop-site
"$(swift build --show-bin-path)/backprop-site" build --out "$site/site" >/dev/null
"$venv/bin/python" scripts/subset-math-font.py "$site/site"
