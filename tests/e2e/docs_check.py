#!/usr/bin/env python3
"""docs_check.py - a clone documents itself: docs/cli.md names every option `netral scan --help` and
`netral annotate --help` list (in both languages), every report format, error code, category,
summary field, CSV column and memo key the program writes; the README points to docs/cli.md and to
nothing outside the repository.

Usage: docs_check.py --netral BUILD/netral
"""
import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import mkdocx  # noqa: E402

FAILED = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILED.append(what)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    netral = os.path.abspath(ap.parse_args().netral)
    with open(os.path.join(REPO, "docs", "cli.md"), encoding="utf-8") as f:
        doc = f.read()
    with open(os.path.join(REPO, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    check("docs/cli.md" in readme, "the README points to docs/cli.md")
    check("CONTRACT.md" not in readme and "../shared/CONTRACT" not in readme,
          "the README does not send readers to a file outside the clone")
    for link in re.findall(r"`((?:docs|tests|tools|examples|samples|plugin)/[^`\s]+)`", readme):
        check(os.path.exists(os.path.join(REPO, link.rstrip("/"))), f"README: {link} exists in the repository")
    for cmd in (["scan", "--help"], ["annotate", "--help"]):
        for lang in ("id", "en"):
            out = subprocess.run([netral, "--lang", lang] + cmd, capture_output=True, text=True).stdout
            opts = sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", out)))
            missing = [o for o in opts if f"`{o}" not in doc and f"{o} " not in doc]
            check(opts and not missing, f"netral {' '.join(cmd)} ({lang}): every option documented ({missing})")
    for word in ("jsonl", "json", "csv", "sarif", "html", "text"):
        check(f"`{word}`" in doc, f"format {word} documented")
    for code in ("not-found", "io-error", "not-a-zip", "not-a-docx", "encrypted", "legacy-doc", "too-large",
                 "malformed-xml", "limit-exceeded"):
        check(f"`{code}`" in doc, f"error code {code} documented")
    # what the program writes: summary fields, CSV columns, memo keys
    with tempfile.TemporaryDirectory() as tmp:
        memo = os.path.join(tmp, "m.docx")
        body = "".join(mkdocx.para_xml(x) for x in (
            "Nomor : 1/2/2024", "Sifat : Biasa", "Hal : Uji", "Tanggal : 1 Maret 2024",
            "Kepala Dinas,", "BUDI", "NIP. 1970"))
        mkdocx.write_docx_xml(memo, body, mkdocx.para_xml("PEMERINTAH KOTA X\nDINAS Y\nJl. Z 1"))
        with open(os.path.join(tmp, "old.doc"), "wb") as f:
            f.write(b"x")
        s = json.loads(subprocess.run([netral, "scan", "--format", "json", "--no-progress", tmp],
                                      capture_output=True, text=True).stdout)
        for key in s["summary"]:
            check(f'"{key}"' in doc, f"json summary field {key} documented")
        memo_keys = list(s["documents"][0].get("memo", {}))
        check(len(memo_keys) == 8, f"the test memo shows all eight memo facts ({memo_keys})")
        for key in memo_keys:
            check(f"`{key}`" in doc, f"memo key {key} documented")
        out = subprocess.run([netral, "scan", "--format", "csv", "--no-progress", memo], capture_output=True,
                             text=True).stdout
        cols = next(csv.reader(io.StringIO(out)))
        check(all(c in doc for c in cols), f"every CSV column documented ({[c for c in cols if c not in doc]})")
    print("docs: all passed" if not FAILED else f"docs: {len(FAILED)} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
