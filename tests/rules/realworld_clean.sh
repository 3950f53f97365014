#!/usr/bin/env bash
# realworld_clean.sh - scans the shared real-world corpus (../shared/corpus/realworld: published
# circulars, news articles and documents of other projects) and fails on any finding at medium or
# above: none of those files is partisan. Exit 77 (ctest "skipped") when the corpus is absent.
# Usage: realworld_clean.sh NETRAL_BINARY [CORPUS_DIR]
set -euo pipefail
netral="$1"
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${2:-${NETRAL_SHARED_DIR:-$here/../../../shared}/corpus/realworld}"
python="${NETRAL_PYTHON:-/usr/bin/python3}"
if [ ! -d "$corpus" ]; then
  echo "realworld_clean: SKIPPED - no corpus at $corpus (needs ../shared/corpus/realworld)"
  exit 77
fi
out="$(mktemp -t netral-realworld.XXXXXX.jsonl)"
trap 'rm -f "$out"' EXIT
set +e
"$netral" scan --no-progress --format jsonl -o "$out" "$corpus" >/dev/null 2>&1
rc=$?
set -e
if [ "$rc" -gt 1 ]; then echo "realworld_clean: netral scan failed ($rc)" >&2; exit 2; fi
"$python" - "$out" <<'PY'
import json, sys
docs = alarms = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    o = json.loads(line)
    docs += 1
    hits = [f for f in o.get("findings") or [] if f.get("severity") in ("medium", "high")]
    if hits:
        alarms += 1
        print("ALARM %s: %s" % (o["path"], "; ".join(
            "%s %r" % (f["rule"], f.get("excerpt", "")[:80]) for f in hits[:3])))
print("realworld_clean: %d documents, %d with an alarm" % (docs, alarms))
sys.exit(1 if alarms else 0)
PY
