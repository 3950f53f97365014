#!/usr/bin/env bash
# build.sh - configures and builds Netral into build/ (or $NETRAL_BUILD_DIR) with CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${NETRAL_BUILD_DIR:-build}
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
