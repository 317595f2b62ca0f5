#!/usr/bin/env bash
# `make bench`: installs what the peers need (graphviz from Debian, numpy and PyYAML from PyPI into
# .build-bench/venv), builds backprop-site and backprop-bench in release mode, and runs every benchmark.
# Usage: Benchmarks/run.sh [backprop-bench run options, e.g. --runs 3]
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}

scripts/install-dependencies.sh build
missing=()
for package in graphviz python3-venv; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    run_as_root=()
    [ "$(id -u)" -eq 0 ] || run_as_root=(sudo)
    "${run_as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .build-bench/venv/bin/python ] || ! .build-bench/venv/bin/python -c "import numpy, selenium, yaml" 2>/dev/null; then
    /usr/bin/python3 -m venv .build-bench/venv
    .build-bench/venv/bin/pip install --quiet numpy pyyaml selenium==4.51.0
fi
# The full-batch peer reads YAML with PyYAML's C loader, as a user would; a wheel without it would
# make NumPy's side slower than it need be.
.build-bench/venv/bin/python -c "import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 'PyYAML lacks its C loader')"

$SWIFT build -c release --product backprop-site
$SWIFT build -c release --product backprop-bench
"$($SWIFT build -c release --show-bin-path)/backprop-bench" run "$@"

# Page weights, and the first paint of the heaviest page on an emulated phone (needs Chromium).
scripts/install-dependencies.sh check
rm -rf .build-bench/scratch/pages-site
"$($SWIFT build -c release --show-bin-path)/backprop-site" build --out .build-bench/scratch/pages-site >/dev/null
.build-bench/venv/bin/python Benchmarks/page_weights.py .build-bench/scratch/pages-site --paint
