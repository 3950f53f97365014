#!/usr/bin/env bash
# test.sh - the README's second command: install what is missing (build + test tools), build,
# and run the whole test suite with ctest; then the hardening pass: the suite again in an ASan+UBSan
# build with a valgrind pass over the samples (tools/sanitize.sh) and each fuzz target briefly
# (tools/fuzz.sh, 60 s each). CI runs exactly this (.ci/run), about 10 minutes on 2 cores.
#   env NETRAL_HARDENING=0      skip the hardening pass (a quicker local loop)
#   env NETRAL_FUZZ_SECONDS=N   fuzz each target N seconds (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
tools/build.sh -DNETRAL_WERROR=ON   # CI builds: warnings are errors
(cd build && ctest --output-on-failure -j "$(nproc)" --timeout 1200)
[ "${NETRAL_HARDENING:-1}" = 0 ] && exit 0
# Both halves run even when the first fails, so one CI log shows everything that broke.
status=0
tools/sanitize.sh || status=1
# A fixed seed makes a red CI run reproducible (same corpus, same mutations); long local runs
# (tools/fuzz.sh 1800) use random seeds.
NETRAL_FUZZ_ARGS="${NETRAL_FUZZ_ARGS:--seed=1}" tools/fuzz.sh "${NETRAL_FUZZ_SECONDS:-60}" || status=1
exit $status
