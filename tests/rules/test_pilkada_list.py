#!/usr/bin/env python3
# test_pilkada_list.py - a Pilkada's candidates added as one list file (tests/rules/pilkada_fixture)
# turn a memo that names them into a violation, with no rule changed; without the file the same
# memo, which names nobody the built-in lists know, stays clean. Standard library only.
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "heldout"))
import make_heldout  # noqa: E402


def scan(netral, path, *extra):
    out = subprocess.run([netral, "scan", "--no-progress", "--format", "jsonl", *extra, path],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    if out.returncode not in (0, 1):
        sys.exit("netral scan failed with status %d" % out.returncode)
    return json.loads(out.stdout.decode("utf-8").splitlines()[0])


def main():
    netral = sys.argv[1]
    memo = {"body": ["NOTA DINAS",
                     "Kami minta seluruh staf memenangkan Syahrial Effendi dan Marlina Sari pada "
                     "tanggal 27 November.",
                     "Sebarkan tagar #LanjutkanSyahrial di status WhatsApp masing-masing."]}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "memo.docx")
        make_heldout.build(memo, path)
        plain = scan(netral, path)
        with_list = scan(netral, path, "--rules", os.path.join(HERE, "pilkada_fixture"))
    failures = []
    if plain["verdict"] != "clean":
        failures.append("without the list the memo should be clean, got %s" % plain["verdict"])
    if with_list["verdict"] != "violation":
        failures.append("with the Pilkada list the memo should be a violation, got %s" % with_list["verdict"])
    cats = {f["category"] for f in with_list.get("findings", [])
            if f["severity"] in ("medium", "high")}
    if "endorsement" not in cats:
        failures.append("with the Pilkada list an endorsement finding is expected, got %s" % sorted(cats))
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("ok: candidate names added in one list file are picked up by the existing rules")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
