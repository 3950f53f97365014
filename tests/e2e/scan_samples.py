#!/usr/bin/env python3
"""scan_samples.py - the README's first command, tools/scan-samples.sh, as a newcomer sees it: quiet
when the build works (no build log, one summary, the reports written), the whole build log when it
fails.

Usage: scan_samples.py BUILD_DIR   (an existing build folder: nothing is rebuilt)
"""
import os
import subprocess
import sys
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FAILED = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILED.append(what)


def run(build, out):
    env = dict(os.environ, NETRAL_BUILD_DIR=build, NETRAL_OUT_DIR=out)
    env.pop("NETRAL_LANG", None)
    p = subprocess.run([os.path.join(REPO, "tools", "scan-samples.sh")], capture_output=True, env=env,
                       timeout=1200)
    return p.returncode, (p.stdout + p.stderr).decode("utf-8", "replace")


def main():
    build = os.path.abspath(sys.argv[1])
    if subprocess.run([os.path.join(REPO, "tools", "deps.sh"), "build"], capture_output=True).returncode != 0:
        print("SKIPPED: tools/deps.sh build cannot install the build packages here")
        return 77
    with tempfile.TemporaryDirectory(prefix="netral-samples-") as tmp:
        out = os.path.join(tmp, "out")
        rc, text = run(build, out)
        lines = [x for x in text.splitlines() if x.strip()]
        print("\n".join("  | " + x for x in lines))
        check(rc == 0, f"exit 0 (got {rc})")
        check(len(lines) <= 10, f"a few lines, not a build log ({len(lines)} lines)")
        check(sum("dokumen dalam" in x for x in lines) == 1, "one summary")
        check(not any("%]" in x or "Building C" in x or "Linking" in x for x in lines), "no build output")
        check(all(os.path.exists(os.path.join(out, f)) for f in ("report.html", "report.jsonl")) and
              len(os.listdir(os.path.join(out, "annotated"))) == 4,
              "out/report.html, out/report.jsonl and the 4 flagged memos' copies are written")
        notdir = os.path.join(tmp, "bukan-folder")
        with open(notdir, "w") as f:
            f.write("x")
        rc, text = run(notdir, out)
        check(rc != 0 and "CMake Error" in text and "the build failed (log above)" in text,
              f"a failing build shows its log and says so (rc={rc})")
    print("scan-samples: all passed" if not FAILED else f"scan-samples: {len(FAILED)} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
