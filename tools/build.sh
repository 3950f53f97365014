#!/usr/bin/env bash
# build.sh - configures and builds Netral into build/ (or $NETRAL_BUILD_DIR) with CMake. A build
# folder that exists keeps its own settings (build type, options).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${NETRAL_BUILD_DIR:-build}
if [ -f "$dir/CMakeCache.txt" ]; then
  cmake -S . -B "$dir" "$@" >/dev/null
else
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
cmake --build "$dir" -j "$(nproc)"
