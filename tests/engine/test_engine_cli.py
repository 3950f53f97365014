#!/usr/bin/env python3
"""test_engine_cli.py - the rule engine seen through the CLI: a rule folder with a typo exits 2
naming the file and line; the fixture rules' own examples pass; an endless rule is reported in the
document's result while the other rules' findings still arrive.
Usage: test_engine_cli.py NETRAL CASE   (CASE: load-error | fixture-examples | endless-rule; run
from the repository root)"""
import re
import subprocess
import sys


def run(cli, *args):
    p = subprocess.run([cli] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def load_error(cli):
    rc, out, err = run(cli, "rules", "test", "tests/rules/fixtures/typo")
    text = out + err
    print(text.strip())
    if rc != 2:
        return "expected exit 2, got %d" % rc
    if not re.search(r"tests/rules/fixtures/typo/rules/typo\.lua:3: .*severty", text):
        return "the error does not name typo.lua:3 and the misspelt field"
    return None


def fixture_examples(cli):
    rc, out, err = run(cli, "rules", "test", "tests/rules/fixtures/basic",
                       "tests/rules/fixtures/docrule")
    text = out + err
    for line in text.splitlines():
        if line.startswith("FAIL fx.") or "rules test:" in line:
            print(line)
    if "rules test: " not in text:
        return "no 'rules test:' summary"
    if re.search(r"^FAIL fx\.", text, re.M):
        return "a fixture rule's example failed"
    return None


def endless_rule(cli):
    rc, out, _ = run(cli, "scan", "--format", "jsonl", "--no-progress",
                     "--rules", "tests/rules/fixtures/basic", "--rules", "tests/rules/fixtures/loop",
                     "samples/se-dukungan-paslon.docx")
    print(out[:400])
    if rc != 1:
        return "expected exit 1, got %d" % rc
    if not re.search(r"fx\.loop: tests/rules/fixtures/loop/rules/loop\.lua:[0-9]*: batas instruksi",
                     out):
        return "the endless rule is not reported with its file, line and the instruction limit"
    if '"rule":"fx.after-loop"' not in out:
        return "the rule after the endless one reported nothing"
    return None


CASES = {"load-error": load_error, "fixture-examples": fixture_examples,
         "endless-rule": endless_rule}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        sys.exit("usage: test_engine_cli.py NETRAL " + "|".join(CASES))
    why = CASES[sys.argv[2]](sys.argv[1])
    if why:
        print("FAIL: " + why)
        sys.exit(1)
    print("ok")
