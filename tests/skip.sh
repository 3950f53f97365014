#!/bin/sh
# skip.sh - a test that cannot run here: prints why and exits 77, which ctest reports as skipped.
# Usage: tests/skip.sh "NAME: SKIPPED - reason"
echo "$1"
exit 77
