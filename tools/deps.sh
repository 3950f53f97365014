#!/usr/bin/env bash
# deps.sh - installs the Debian packages Netral needs and that are missing (build, or build+test).
# The `netral serve` browser test's puppeteer-core comes from npm: tests/serve/serve_browser.py runs
# `npm ci` (tests/serve/browser/package-lock.json) into the build folder when it is missing.
# Usage: tools/deps.sh [build|test]. Uses apt-get (as root, or through sudo when available).
set -euo pipefail
mode=${1:-build}
build_pkgs=(build-essential cmake pkg-config liblua5.4-dev lua5.4 libzip-dev libexpat1-dev libmicrohttpd-dev)
test_pkgs=(pandoc python3 python3-docx python3-jsonschema python3-distributed libreoffice-writer-nogui
           poppler-utils chromium valgrind clang libclang-rt-14-dev zip unzip clang-format lua-check
           curl php-cli php-curl nodejs)
pkgs=("${build_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm comes with Node.js from some sources (NodeSource) and as its own package in Debian.
[ "$mode" = test ] && ! command -v npm >/dev/null && missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
