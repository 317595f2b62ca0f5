#!/usr/bin/env bash
# Installs the Debian packages backprop-site needs, only those that are missing.
# Usage: scripts/install-dependencies.sh [build|check]
#   build (default): Cairo, FreeType and poppler-utils (the deck tests read its PDF with pdftotext), enough
#                    to build the site and run the Swift tests. The figures' font is inside the program.
#   check:           also what the site checks need (Java for the Nu HTML checker, Chromium, its driver and
#                    the DejaVu fonts the pages fall back on, TeX Live for the LaTeX export test; man, curl,
#                    zsh and fish for the install check).
set -euo pipefail

packages=(libcairo2-dev libfreetype-dev zlib1g-dev pkg-config poppler-utils)
if [ "${1:-build}" = "check" ]; then
    # TeX Live: the LaTeX export is compiled with pdflatex in a Beamer deck (Beamer needs pgf, in texlive-pictures).
    packages+=(default-jre-headless chromium chromium-driver fonts-dejavu-core python3-venv texlive-latex-base texlive-latex-recommended texlive-pictures
        man-db curl zsh fish)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
run_as_root=()
[ "$(id -u)" -eq 0 ] || run_as_root=(sudo)
"${run_as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
