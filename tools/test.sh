#!/usr/bin/env bash
# test.sh - the README's second command: install what is missing (build + test tools), build,
# and run the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
tools/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" --timeout 1200
