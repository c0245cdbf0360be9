#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package RotorDeck needs to build, test and run its demo.
# Idempotent: packages already present are skipped by apt. Uses sudo when not root.
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev
  qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  libpaho-mqttpp-dev libpaho-mqtt-dev libssl-dev
  qtkeychain-qt6-dev
  clang-format
  hamradio-files
  liberfa-dev
)
test_pkgs=(
  mosquitto mosquitto-clients libhamlib-utils
  xvfb xauth fonts-dejavu-core
  chromium
)

# Only for the fuzz targets and sanitizer builds (CI, developers): --with-fuzz.
fuzz_pkgs=(clang libclang-rt-14-dev)

want=("${build_pkgs[@]}" "${test_pkgs[@]}")
case "${1:-}" in
  --build-only) want=("${build_pkgs[@]}") ;;
  --with-fuzz) want+=("${fuzz_pkgs[@]}") ;;
  "") ;;
  *) echo "usage: $0 [--build-only | --with-fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# The browser test (tests/browser) runs on Node.js and npm: Debian's unless the machine already
# has a node and npm of its own (checked by command, so another packaging is left alone).
if [[ "${1:-}" != --build-only ]]; then
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi

# The browser test's driver, pinned by its package-lock.json (no browser download: it drives
# Debian's chromium).
install_browser_test_driver() {
  [[ "${1:-}" == --build-only ]] && return 0
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
  if [[ ! -d "$dir/node_modules/puppeteer-core" || "$dir/package-lock.json" -nt "$dir/node_modules" ]]; then
    echo "rotordeck setup: npm ci in tests/browser"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

if ((${#missing[@]} == 0)); then
  echo "rotordeck setup: all ${#want[@]} packages are installed"
  install_browser_test_driver "${1:-}"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi

echo "rotordeck setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

install_browser_test_driver "${1:-}"
