#!/usr/bin/env python3
"""test_copy_rules.py - the documented ways of changing a built-in rule work.

1. Every built-in rule file (lua/rules/*.lua), copied alone into a fresh folder: it loads with
   --rules, `netral rules test` passes, `netral rules list` shows its rules as replacing the
   built-ins, and the findings on samples/ and the shared dev set are identical to the built-ins'.
2. A copied rule whose severity is edited reports it in scans and in `rules list`.
3. `override "id" { severity = ..., message = ... }` does the same without copying code.

Usage: test_copy_rules.py NETRAL REPO_ROOT [SHARED_DIR]   (the dev set is skipped, and says so,
when SHARED_DIR/eval/dev is absent)."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import mkdocx  # noqa: E402

netral, repo = sys.argv[1], sys.argv[2]
shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(repo, "..", "shared")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(args, **kw):
    p = subprocess.run([netral] + args, capture_output=True, text=True, env=dict(os.environ, NETRAL_LANG="id"), **kw)
    return p.returncode, p.stdout, p.stderr


def scan(paths, rules=None):
    """Findings per file name, as the JSON Lines report gives them (every severity)."""
    args = ["scan", "--no-progress", "--format", "jsonl", "--min-severity", "info"]
    for r in rules or []:
        args += ["--rules", r]
    rc, out, err = run(args + paths)
    if rc > 1:
        raise SystemExit("scan failed (%d): %s" % (rc, err))
    docs = {}
    for line in out.splitlines():
        obj = json.loads(line)
        docs[os.path.basename(obj["path"])] = obj
    return docs


def rule_ids(path):
    text = open(path, encoding="utf-8").read()
    return re.findall(r'^(?:rule|document_rule) \{\n  id = "([^"]+)"', text, re.M)


corpora = [os.path.join(repo, "samples")]
dev = os.path.join(shared, "eval", "dev")
if os.path.isdir(dev):
    corpora.append(dev)
else:
    print("SKIPPED the dev set part: no %s (needs ../shared)" % dev)
builtin = scan(corpora)
check(sum(len(d["findings"]) for d in builtin.values()) > 0, "the built-ins find something to compare")

rule_files = sorted(f for f in os.listdir(os.path.join(repo, "lua", "rules")) if f.endswith(".lua"))
check(len(rule_files) >= 7, "built-in rule files found (%d)" % len(rule_files))

with tempfile.TemporaryDirectory() as tmp:
    # 1. Each built-in rule file alone in a fresh folder.
    for name in rule_files:
        folder = os.path.join(tmp, "copy-" + name[:-4])
        os.makedirs(os.path.join(folder, "rules"))
        src = os.path.join(repo, "lua", "rules", name)
        shutil.copy(src, os.path.join(folder, "rules", name))
        rc, out, err = run(["rules", "test", folder])
        check(rc == 0 and re.search(r"rules test: \d+ passed, 0 failed", out) is not None,
              "%s copied: loads and `rules test` passes (rc=%d) %s" % (name, rc, (err + out)[-300:] if rc else ""))
        rc, out, err = run(["rules", "list", "--rules", folder])
        ids = rule_ids(src)
        rows = {line.split()[0]: line for line in out.splitlines() if line.split()}
        shown = [i for i in ids if i in rows and ("rules/" + name) in rows[i] and "menimpa bawaan" in rows[i]]
        check(rc == 0 and ids and len(shown) == len(ids),
              "%s copied: `rules list` shows its %d rules replacing the built-ins" % (name, len(ids)))
        copied = scan(corpora, [folder])
        same = copied == builtin
        if not same:
            for k in sorted(builtin):
                if copied.get(k) != builtin[k]:
                    print("  differs: %s" % k)
        check(same, "%s copied: findings on samples/%s identical to the built-ins'" %
              (name, " and the dev set" if len(corpora) > 1 else ""))

    # 2. A copied rule with another severity.
    memo = os.path.join(tmp, "memo", "ajakan.docx")
    os.makedirs(os.path.dirname(memo))
    mkdocx.write_docx(memo, ["SURAT EDARAN",
                             "Kami minta seluruh pegawai memilih pasangan calon nomor urut 2 pada 27 November."])
    before = [f for f in scan([memo])["ajakan.docx"]["findings"] if f["rule"] == "endorsement.vote-call"]
    check([f["severity"] for f in before] == ["high"], "the built-in vote-call reports high (%s)" %
          [f["severity"] for f in before])
    folder = os.path.join(tmp, "severity")
    os.makedirs(os.path.join(folder, "rules"))
    text = open(os.path.join(repo, "lua", "rules", "endorsement.lua"), encoding="utf-8").read()
    start = text.index('id = "endorsement.vote-call"')
    at = text.index('severity = "high"', start)
    text = text[:at] + 'severity = "medium"' + text[at + len('severity = "high"'):]
    with open(os.path.join(folder, "rules", "endorsement.lua"), "w", encoding="utf-8") as f:
        f.write(text)
    rc, out, err = run(["rules", "list", "--rules", folder])
    row = [line for line in out.splitlines() if line.startswith("endorsement.vote-call ")]
    check(rc == 0 and row and row[0].split()[2] == "<=medium" and "menimpa bawaan" in row[0],
          "edited copy: `rules list` shows vote-call at <=medium (%s)" % row)
    after = [f for f in scan([memo], [folder])["ajakan.docx"]["findings"] if f["rule"] == "endorsement.vote-call"]
    check([f["severity"] for f in after] == ["medium"], "edited copy: the scan reports vote-call medium (%s)" %
          [f["severity"] for f in after])
    rc, out, err = run(["rules", "test", folder])
    check(rc == 0, "edited copy: `rules test` still passes")

    # 3. The override form, no code copied.
    folder = os.path.join(tmp, "override")
    os.makedirs(folder)
    with open(os.path.join(folder, "overrides.lua"), "w", encoding="utf-8") as f:
        f.write('override "endorsement.vote-call" {\n  severity = "low",\n'
                '  message = { id = "Ajakan memilih calon (diubah).", en = "Vote call (changed)." },\n}\n')
    rc, out, err = run(["rules", "list", "--rules", folder])
    row = [line for line in out.splitlines() if line.startswith("endorsement.vote-call ")]
    check(rc == 0 and row and row[0].split()[2] == "<=low" and "overrides.lua:1" in row[0],
          "override: `rules list` shows vote-call at <=low, changed by overrides.lua:1 (%s)" % row)
    after = [f for f in scan([memo], [folder])["ajakan.docx"]["findings"] if f["rule"] == "endorsement.vote-call"]
    check([(f["severity"], f["message"]) for f in after] == [("low", "Ajakan memilih calon (diubah).")],
          "override: the scan reports vote-call low with the new message (%s)" %
          [(f["severity"], f["message"]) for f in after])
    with open(os.path.join(folder, "overrides.lua"), "w", encoding="utf-8") as f:
        f.write('override "endorsement.vote-cal" { severity = "low" }\n')
    rc, out, err = run(["rules", "list", "--rules", folder])
    check(rc == 2 and "overrides.lua:1" in err and "endorsement.vote-call" in err,
          "override of an unknown id: load error naming the file and the closest id (%s)" % err.strip())

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all checks passed")
