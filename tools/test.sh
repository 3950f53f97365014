#!/usr/bin/env bash
# test.sh - the README's second command: install what is missing (build + test tools), build,
# and run the whole test suite with ctest. With NETRAL_HARDENING=1 it then also runs the suite in an
# ASan+UBSan build with a valgrind pass over the samples (tools/sanitize.sh) and each fuzz target
# briefly (tools/fuzz.sh 60). That pass is not yet on by default in CI: it must first be seen green
# in a fresh clone (see docs/hardening.md).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
tools/build.sh
(cd build && ctest --output-on-failure -j "$(nproc)" --timeout 1200)
if [ "${NETRAL_HARDENING:-}" = 1 ]; then
  tools/sanitize.sh
  tools/fuzz.sh "${NETRAL_FUZZ_SECONDS:-60}"
fi
