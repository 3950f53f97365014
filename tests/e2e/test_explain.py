#!/usr/bin/env python3
"""test_explain.py - `netral explain` and `netral lists`, as a rule author uses them.

- explain --text on sentences a rule drops names the rule and the reason, for the three kinds of
  rejection: a matcher part with no hit, a cue (with its word), a check (with the kit's reason);
  the same in English and in --json;
- explain FILE reports exactly the findings `netral scan` reports, for every sample memo and dev
  memo; --part/--paragraph/--rule narrow the trace; a genre downgrade shows its words;
- bad input: an unreadable file gives the contract error (exit 1, the jsonl error record with
  --json); an unknown rule, part or paragraph is a usage error naming the valid ones;
- the same trace through the C ABI from the Python binding and the Lua module;
- a rule declared asleep is reported asleep until another rule wakes it, then judged;
- lists: names with entry counts and files, `lists show NAME`, an unknown name lists the names.

Usage: test_explain.py NETRAL REPO_ROOT [SHARED_DIR] (the dev-set part says when it is skipped)."""
import json
import os
import subprocess
import sys

netral, repo = sys.argv[1], sys.argv[2]
shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(repo, "..", "shared")
build = os.path.dirname(os.path.abspath(netral))
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(args, lang="id"):
    p = subprocess.run([netral] + args, capture_output=True, text=True, env=dict(os.environ, NETRAL_LANG=lang))
    return p.returncode, p.stdout, p.stderr


# ---- three kinds of rejection --------------------------------------------------------------
MISSING = "Mari sukseskan acara ini."                                   # support verb, no candidate
CUE = "ASN dilarang mengajak keluarga memilih pasangan calon tertentu."  # prohibition before the act
CHECK = "Gunakan hak pilih Anda di TPS; pilih sesuai hati nurani, jangan terpengaruh paslon mana pun."

rc, out, err = run(["explain", "--rule", "endorsement.support", "--text", MISSING])
check(rc == 0 and "endorsement.support: " in out and "tidak cocok" in out and 'any "candidate_refs"' in out
      and "tidak ada" in out, "missing matcher part: the rule, 'tidak cocok' and the list with no hit")
rc, out, err = run(["explain", "--rule", "endorsement.vote-call", "--text", CUE])
check(rc == 0 and "endorsement.vote-call" in out and "DITOLAK oleh isyarat prohibition" in out
      and "\u201Cdilarang\u201D [2]" in out, "cue: the rule, the cue and its word with its token")
rc, out, err = run(["explain", "--rule", "endorsement.vote-call", "--text", CHECK])
check(rc == 0 and "DITOLAK oleh check" in out and "larangan atau laporan di kalimatnya" in out
      and '"jangan"' in out, "check: the rule, 'check' and the kit's reason")
rc, out, err = run(["explain", "--rule", "endorsement.vote-call", "--text", CUE], lang="en")
check(rc == 0 and "DROPPED by cue prohibition" in out, "English: DROPPED by cue")

rc, out, err = run(["explain", "--json", "--text", MISSING + "\n" + CUE + "\n" + CHECK])
j = json.loads(out) if rc == 0 else {}
paras = j.get("paragraphs", [])
check(len(paras) == 3 and [p["index"] for p in paras] == [0, 1, 2], "--json: one entry per paragraph")


def rule_trace(p, rid):
    return next((r for r in p["rules"] if r["rule"] == rid), None)


if len(paras) == 3:
    sup = rule_trace(paras[0], "endorsement.support")
    check(sup and sup["nomatch"]["what"] in ("too_few", "no_hit") and "candidate_refs" in json.dumps(sup["nomatch"]),
          "--json: the missing part as nomatch (%s)" % (sup and sup.get("nomatch")))
    vc = rule_trace(paras[1], "endorsement.vote-call")
    c = vc and vc["candidates"][0]
    check(c and c["fate"] == "cue" and c["cue"]["name"] == "prohibition" and c["cue"]["text"] == "dilarang"
          and c["distance"] >= 1 and c["hits"], "--json: fate cue with the cue word, distance and hits")
    vc = rule_trace(paras[2], "endorsement.vote-call")
    c = vc and vc["candidates"][0]
    check(c and c["fate"] == "check" and any("larangan" in n for n in c["notes"]), "--json: fate check with notes")
    toks = paras[1]["tokens"]
    check(any(t["norm"] == "mengajak" and t["stem"] == "ajak" for t in toks), "--json: tokens with norm and stem")
    check(any(h["list"] == "cue_prohibition" and h["text"] == "dilarang" for h in paras[1]["hits"]),
          "--json: list hits with their words")
    check(any(cue["name"] == "prohibition" for cue in paras[1]["cues"]), "--json: cues with their words")

# ---- whole memos: the findings a scan reports ------------------------------------------------
memos = sorted(os.path.join(repo, "samples", f) for f in os.listdir(os.path.join(repo, "samples")) if f.endswith(".docx"))
dev = os.path.join(shared, "eval", "dev")
if os.path.isdir(dev):
    memos += sorted(os.path.join(dev, f) for f in os.listdir(dev) if f.endswith(".docx"))
else:
    print("SKIPPED the dev-set memos: no %s (needs ../shared)" % dev)
same, total, with_findings = 0, 0, 0
for m in memos:
    rc, out, err = run(["scan", "--no-progress", "--format", "jsonl", m])
    scanned = json.loads(out)["findings"]
    rc, out, err = run(["explain", "--json", m])
    if rc != 0:
        check(False, "explain %s exits 0 (%s)" % (m, err))
        continue
    got = json.loads(out)["report"]["findings"]
    keys = ("rule", "category", "severity", "part", "paragraph", "start", "end", "excerpt", "message")
    total += 1
    with_findings += bool(scanned)
    same += [{k: f.get(k) for k in keys} | {"also": f.get("also")} for f in scanned] == \
        [{k: f.get(k) for k in keys} | {"also": f.get("also")} for f in got]
check(total == len(memos) and same == total and with_findings >= 5,
      "explain FILE reports exactly the scan's findings (%d of %d memos, %d with findings)" % (same, total, with_findings))

sample = os.path.join(repo, "samples", "se-dukungan-paslon.docx")
rc, out, err = run(["scan", "--no-progress", "--format", "jsonl", sample])
scanned = json.loads(out)["findings"]
for narrow in (["--rule", "endorsement.vote-call"], ["--rule", "letterhead-misuse.kop-surat"], ["--paragraph", "5"],
               ["--part", "word/header1.xml"]):
    rc, out, err = run(["explain", "--json"] + narrow + [sample])
    got = json.loads(out)["report"]["findings"] if rc == 0 else None
    check(got is not None and [(f["rule"], f["start"], f["severity"]) for f in got] ==
          [(f["rule"], f["start"], f["severity"]) for f in scanned], "explain %s: still the scan's findings" % " ".join(narrow))
rc, out, err = run(["explain", "--json", "--paragraph", "5", sample])
j = json.loads(out)
check(rc == 0 and [p["index"] for p in j["paragraphs"]] == [4] and j["paragraphs"][0]["part"] == "word/document.xml",
      "--paragraph 5: only the fifth paragraph of the body (index 4)")
rc, out, err = run(["explain", "--json", "--part", "word/header1.xml", sample])
j = json.loads(out)
check(rc == 0 and j["paragraphs"] and all(p["part"] == "word/header1.xml" for p in j["paragraphs"]),
      "--part word/header1.xml: only the header's paragraphs")
rc, out, err = run(["explain", "--json", "--rule", "letterhead-misuse.kop-surat", sample])
j = json.loads(out)
check(rc == 0 and [d["rule"] for d in j["document_rules"]] == ["letterhead-misuse.kop-surat"]
      and j["document_rules"][0]["added"] and all(not p["rules"] for p in j["paragraphs"]),
      "--rule (a document rule): only its changes, here the finding it adds")
rc, out, err = run(["explain", "--text", "FORMULIR LAPORAN\nTerlapor: guru ASN SD Negeri 3\n"
                    "Isi unggahan: Ayo coblos paslon nomor 2, dukung terus!"])
check(rc == 0 and "endorsement.compliant-genre:" in out and "(sebelumnya high)" in out and "terlapor" in out
      and "formulir laporan" in out, "a genre downgrade shows the changes and the words that caused it")

# ---- bad input ------------------------------------------------------------------------------
notdocx = os.path.join(repo, "README.md")
rc, out, err = run(["explain", notdocx])
check(rc == 1 and "not-a-zip" in err, "unreadable file: exit 1 with the contract code (%s)" % err.strip())
rc, out, err = run(["explain", "--json", notdocx])
rec = json.loads(out) if out.strip() else {}
check(rc == 1 and rec.get("status") == "error" and rec.get("error", {}).get("code") == "not-a-zip",
      "unreadable file with --json: the contract's error record")
rc, out, err = run(["explain", "--rule", "endorsement.vote-cal", sample])
check(rc == 2 and "endorsement.vote-call" in err and "rules list" in err,
      "unknown rule: exit 2 naming the closest valid ids first, and netral rules list")
rc, out, err = run(["explain", "--part", "word/nope.xml", sample])
check(rc == 2 and "word/document.xml" in err and "word/header1.xml" in err, "unknown part: exit 2 naming the parts")
rc, out, err = run(["explain", "--paragraph", "999", sample])
check(rc == 2 and "paragraf 1 sampai" in err, "paragraph out of range: exit 2 naming the range (%s)" % err.strip())
rc, out, err = run(["explain", "--paragraph", "0", sample])
check(rc == 2, "paragraph 0: usage error (numbers start at 1)")

# ---- the C ABI through the bindings ---------------------------------------------------------
env = dict(os.environ, PYTHONPATH=os.path.join(repo, "plugin", "python"), NETRAL_LIBRARY=os.path.join(build, "libnetral.so"))
py = subprocess.run(["/usr/bin/python3", "-c", """
import json, netral
e = netral.Engine()
t = e.explain_text(%r, rule="endorsement.vote-call")
assert "DITOLAK oleh isyarat prohibition" in t, t
j = e.explain(%r, paragraph=5, format="json")
assert [p["index"] for p in j["paragraphs"]] == [4], j["paragraphs"]
j2 = e.explain(open(%r, "rb").read(), format="json")
assert j2["report"]["findings"] == e.explain(%r, format="json")["report"]["findings"]
try:
    e.explain(%r)
except netral.NotAZipError:
    pass
else:
    raise SystemExit("no NotAZipError")
try:
    e.explain(%r, rule="nope")
except netral.InvalidArgumentError as x:
    # the closest ids (none close: load order), and where to see them all
    assert "campaign-activity.attend-event" in str(x) and "rules list" in str(x), str(x)
print("python ok")
""" % (CUE, sample, sample, sample, notdocx, sample)], capture_output=True, text=True, env=env)
check(py.returncode == 0 and "python ok" in py.stdout, "Python binding: explain, explain_text, errors (%s)" % py.stderr.strip()[-300:])
lua = os.environ.get("NETRAL_LUA", "lua5.4")
try:
    lp = subprocess.run([lua, "-e", """
package.cpath = %r .. "/?.so;" .. package.cpath
local n = require "netral"
local e = assert(n.engine{})
local t = assert(e:explain_text(%r, { rule = "endorsement.vote-call" }))
assert(t:find("DITOLAK oleh isyarat prohibition", 1, true), t)
local j = assert(e:explain(%r, { json = true, paragraph = 5 }))
assert(j:find('"index":4', 1, true))
local none, msg, code = e:explain(%r)
assert(none == nil and code == "not-a-zip", tostring(code))
print("lua ok")
""" % (build, CUE, sample, notdocx)], capture_output=True, text=True)
    check(lp.returncode == 0 and "lua ok" in lp.stdout, "Lua module: e:explain, e:explain_text, errors (%s)" % lp.stderr.strip()[-300:])
except FileNotFoundError:
    print("SKIPPED the Lua module part: no %s" % lua)

# ---- asleep rules: skipped until another rule wakes them, and explain says which --------------
GATHER = "Hari Sabtu ada silaturahmi dengan Bapak Abdul Gani, caleg DPR RI nomor urut 2."
CALL = "Mohon seluruh staf hadir, pakai baju putih."
rc, out, err = run(["explain", "--rule", "campaign-activity.gathering-call", "--text", CALL])
check(rc == 0 and "campaign-activity.gathering-call: tidur" in out,
      "asleep: a call to come with no gathering announced before: the rule is reported asleep")
rc, out, err = run(["explain", "--rule", "campaign-activity.gathering-call", "--text", CALL], lang="en")
check(rc == 0 and "gathering-call: asleep: no rule woke it" in out, "asleep, in English")
rc, out, err = run(["explain", "--json", "--text", GATHER + "\n" + CALL])
j = json.loads(out) if rc == 0 else {}
gc = [rule_trace(p, "campaign-activity.gathering-call") for p in j.get("paragraphs", [])]
check(len(gc) == 2 and (gc[0] is None or gc[0].get("asleep")) and gc[1] and not gc[1].get("asleep")
      and any(c["fate"] == "kept" for c in gc[1]["candidates"]),
      "woken: after the announced gathering the call to come is judged and kept")

# ---- lists ----------------------------------------------------------------------------------
rc, out, err = run(["lists"])
rows = {line.split()[0]: line.split() for line in out.splitlines()[1:-1] if line.split()}
check(rc == 0 and "candidate_refs" in rows and rows["candidate_refs"][1].isdigit() and int(rows["candidate_refs"][1]) > 10
      and "lists/candidate_refs.lua" in " ".join(rows["candidate_refs"]), "lists: names, entry counts and files")
check(not any(n.startswith("~") for n in rows), "lists: inline lists of rules are not listed")
rc, out, err = run(["lists", "show", "cue_prohibition"])
check(rc == 0 and "dilarang" in out and "lists/cues.lua" in out and "cue prohibition" in out,
      "lists show NAME: entries by file, and who uses it")
rc, out, err = run(["lists", "show", "candidate_ref"])
check(rc == 2 and "candidate_refs" in err, "lists show of an unknown name: exit 2 naming the lists")

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all checks passed")
