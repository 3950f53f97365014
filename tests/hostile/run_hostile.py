#!/usr/bin/env python3
"""run_hostile.py - the hostile-input suite: each case generates its files in a temp folder, runs
`netral scan/text/annotate` under CPU and memory bounds and asserts the exact contract outcome."""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_hostile as gen  # noqa: E402
import harness as h  # noqa: E402
from harness import Fail, Skip, expect  # noqa: E402

VIOLATING_SAMPLE = os.path.join(h.SAMPLES, "se-dukungan-paslon.docx")
SECRET = "NETRAL-SECRET-4f1c9a"


# ---- Shared assertions ---------------------------------------------------------------------------

def expect_error(ctx, path, code, forbidden=()):
    """scan reports exactly `code` for path (exit 1); text and annotate fail cleanly and leave no
    output; the input is byte-identical afterwards; no output shows a forbidden string."""
    before = h.sha256(path)
    res, reps = h.scan(ctx, [path])
    expect(len(reps) == 1, "expected one report for %s, got %d" % (path, len(reps)), res)
    rep = reps[0]
    got = (rep.get("error") or {}).get("code")
    expect(rep.get("status") == "error" and got == code,
           "%s: expected error.code %r, got status %r code %r (%s)" % (
               os.path.basename(path), code, rep.get("status"), got,
               (rep.get("error") or {}).get("message")), res)
    expect(bool((rep.get("error") or {}).get("message")), "error without a message", res)
    expect(res.rc == 1, "a document that cannot be read must give exit status 1", res)
    outs = [res]
    res = h.run(ctx, ["text", path])
    expect(res.rc != 0, "`netral text` of an unreadable document must fail", res)
    expect(res.err.strip() != "", "`netral text` failed without saying why", res)
    outs.append(res)
    outs.append(expect_annotate_fails(ctx, path))
    expect(h.sha256(path) == before, "the input %s was modified" % path)
    for res in outs:
        for s in forbidden:
            expect(s not in res.out and s not in res.err, "output contains %r" % s[:40], res)


def expect_annotate_fails(ctx, path):
    outdir = tempfile.mkdtemp(dir=ctx.tmp, prefix="annot-")
    out = os.path.join(outdir, "annotated.docx")
    res = h.run(ctx, ["annotate", path, out])
    expect(res.rc != 0, "annotate of an unreadable document must fail", res)
    expect(res.err.strip() != "", "annotate failed without saying why", res)
    left = os.listdir(outdir)
    expect(left == [], "annotate left files behind: %s" % left, res)
    return res


def expect_ok(ctx, path, words=(), forbidden=()):
    """scan reads the document; text shows `words`; annotate writes a valid copy that reads back
    with the same findings; the input is byte-identical afterwards."""
    before = h.sha256(path)
    res, reps = h.scan(ctx, [path])
    expect(len(reps) == 1 and reps[0].get("status") == "ok",
           "%s: expected status ok, got %s" % (os.path.basename(path),
                                                [(r.get("status"), r.get("error")) for r in reps]), res)
    expect(res.rc in (0, 1), "scan exit status must be 0 or 1", res)
    outs = [res]
    text = h.run(ctx, ["text", path])
    expect(text.rc == 0, "`netral text` failed on a readable document", text)
    for w in words:
        expect(w in text.out, "`netral text` does not show %r" % w, text)
    outs.append(text)
    outdir = tempfile.mkdtemp(dir=ctx.tmp, prefix="annot-")
    out = os.path.join(outdir, "annotated.docx")
    ann = h.run(ctx, ["annotate", path, out])
    expect(os.path.isfile(out), "annotate wrote no output", ann)
    expect(os.listdir(outdir) == ["annotated.docx"], "annotate left temp files: %s" % os.listdir(outdir), ann)
    try:
        with zipfile.ZipFile(out) as z:
            bad = z.testzip()
    except zipfile.BadZipFile as e:
        bad = str(e)
    expect(bad is None, "annotated copy is not a valid zip (%s)" % bad, ann)
    again, reps2 = h.scan(ctx, [out])
    expect(len(reps2) == 1 and reps2[0].get("status") == "ok", "annotated copy does not read back", again)
    expect(set(h.finding_keys(reps[0])) <= set(h.finding_keys(reps2[0])),
           "annotated copy lost findings: %s vs %s" % (h.finding_keys(reps[0]), h.finding_keys(reps2[0])))
    outs += [ann, again]
    expect(h.sha256(path) == before, "the input %s was modified" % path)
    for r in outs:
        for s in forbidden:
            expect(s not in r.out, "output contains %r" % s, r)
    return reps[0], text


def gen_dir(ctx):
    d = os.path.join(ctx.tmp, "in")
    os.makedirs(d, exist_ok=True)
    return d


# ---- Archive cases ---------------------------------------------------------------------------------

def case_zero_byte(ctx):
    expect_error(ctx, gen.zero_byte(gen_dir(ctx)), "not-a-zip")


def case_truncated(ctx):
    for p in gen.truncated(gen_dir(ctx), VIOLATING_SAMPLE):
        expect_error(ctx, p, "not-a-zip")


def case_not_a_zip_text(ctx):
    expect_error(ctx, gen.text_as_docx(gen_dir(ctx)), "not-a-zip")


def case_zip_bomb_4g(ctx):
    expect_error(ctx, gen.zip_bomb_4g(gen_dir(ctx)), "too-large")


def case_zip_bomb_lying_size(ctx):
    # The headers say 2,000 bytes; the reader counts what it inflates and stops at the part cap.
    expect_error(ctx, gen.zip_bomb_lying(gen_dir(ctx)), "too-large")


def case_zip_bomb_ratio(ctx):
    expect_error(ctx, gen.zip_bomb_ratio(gen_dir(ctx)), "limit-exceeded")


def case_zip_bomb_unread_entry(ctx):
    # Nothing reads an unreferenced entry and annotation copies it raw: the memo scans normally.
    expect_ok(ctx, gen.zip_bomb_unread(gen_dir(ctx)), words=["Hendra Wijaya"])


def case_too_many_entries(ctx):
    expect_error(ctx, gen.too_many_entries(gen_dir(ctx)), "limit-exceeded")


def case_duplicate_entries(ctx):
    # Two entries with one name are ambiguous (readers disagree on which wins), so a scan of one
    # copy says nothing about what Word shows: the archive is refused as malformed.
    for p in gen.duplicate_entries(gen_dir(ctx)):
        expect_error(ctx, p, "not-a-zip")


def case_overlapping_entries(ctx):
    # 600 names share one compressed body; only the per-document inflation cap stops it.
    expect_error(ctx, gen.overlapping_entries(gen_dir(ctx)), "too-large")


def case_path_traversal_names(ctx):
    p = gen.traversal(gen_dir(ctx))
    names = ["x", "netral-escape.txt", "abs-netral-escape.txt", "netral-escape2.txt",
             "netral-escape3.txt", "..\\..\\netral-escape3.txt"]
    places = {"/", "/tmp", os.getcwd()}
    d = ctx.tmp
    while d != "/":
        places.add(d)
        d = os.path.dirname(d)
    before = {os.path.join(pl, n) for pl in places for n in names if os.path.lexists(os.path.join(pl, n))}
    rep, text = expect_ok(ctx, p, words=["Hendra Wijaya"], forbidden=["root:x:0:0"])
    expect("root:x:0:0" not in text.out, "text shows /etc/passwd")
    after = {os.path.join(pl, n) for pl in places for n in names if os.path.lexists(os.path.join(pl, n))}
    expect(after == before, "entries escaped the archive: %s" % sorted(after - before))


# ---- Paths on disk -----------------------------------------------------------------------------------

def case_folder_named_docx(ctx):
    root = os.path.join(ctx.tmp, "root")
    os.makedirs(os.path.join(root, "x.docx"))
    os.makedirs(os.path.join(root, "empty.docx"))
    shutil.copy(VIOLATING_SAMPLE, os.path.join(root, "x.docx", "inner.docx"))
    res, reps = h.scan(ctx, [root])
    paths = sorted(r.get("path", "") for r in reps)
    expect(len(reps) == 1 and paths[0].endswith("x.docx/inner.docx") and reps[0]["status"] == "ok",
           "scanning a tree with folders named *.docx: expected just x.docx/inner.docx, got %s" %
           [(r.get("path"), r.get("status"), r.get("error")) for r in reps], res)
    res, reps = h.scan(ctx, [os.path.join(root, "x.docx")])
    expect(len(reps) == 1 and reps[0]["status"] == "ok",
           "a folder named x.docx given on the command line is searched like any folder", res)
    res, reps = h.scan(ctx, [os.path.join(root, "empty.docx")])
    expect(reps == [] and res.rc in (0, 1), "an empty folder named empty.docx has no documents", res)
    outdir = tempfile.mkdtemp(dir=ctx.tmp)
    res = h.run(ctx, ["annotate", os.path.join(root, "x.docx"), os.path.join(outdir, "o.docx")])
    expect(res.rc != 0 and os.listdir(outdir) == [], "annotate of a folder must fail and write nothing", res)


def case_symlink_loop(ctx):
    root = os.path.join(ctx.tmp, "root")
    os.makedirs(os.path.join(root, "sub"))
    shutil.copy(VIOLATING_SAMPLE, os.path.join(root, "real.docx"))
    os.symlink("..", os.path.join(root, "sub", "up"))
    os.symlink(".", os.path.join(root, "self"))
    os.symlink("b.docx", os.path.join(root, "a.docx"))
    os.symlink("a.docx", os.path.join(root, "b.docx"))
    res, reps = h.scan(ctx, [root])
    ok = [r for r in reps if r.get("status") == "ok"]
    expect(len(ok) == 1 and ok[0]["path"].endswith("real.docx"),
           "a folder with symlink loops: real.docx must be scanned exactly once, got %s" %
           [r.get("path") for r in ok], res)
    others = [r for r in reps if r.get("status") != "ok"]
    for r in others:
        expect(r["path"].endswith(("a.docx", "b.docx")) and r["error"]["code"] == "io-error",
               "unexpected report in the loop folder: %s" % r, res)
    expect_error(ctx, os.path.join(root, "a.docx"), "io-error")


# ---- XML cases ---------------------------------------------------------------------------------------

def case_doctype_billion_laughs(ctx):
    expect_error(ctx, gen.billion_laughs(gen_dir(ctx)), "malformed-xml", forbidden=["lollollol"])


def case_doctype_external_entity(ctx):
    secret = os.path.join(ctx.tmp, "secret.txt")
    with open(secret, "w") as f:
        f.write(SECRET + "\n")
    for p in gen.external_entity(gen_dir(ctx), secret):
        expect_error(ctx, p, "malformed-xml", forbidden=[SECRET])


def case_deep_nesting(ctx):
    for p in gen.deep_nesting(gen_dir(ctx)):
        expect_error(ctx, p, "limit-exceeded")


def case_huge_paragraph(ctx):
    # 100 MB in one paragraph is under the 128 MiB part cap: it must be read and scanned in bounds.
    rep, _ = expect_ok(ctx, gen.huge_paragraph(gen_dir(ctx)), words=["narasumber"])


def case_invalid_utf8(ctx):
    expect_error(ctx, gen.invalid_utf8(gen_dir(ctx)), "malformed-xml")


def case_utf16_document(ctx):
    paras = [gen.VIOLATING, "Kop: Dinas Pendidikan — ümlaut, 中文, emoji \U0001F600."]
    le, be, ref = gen.utf16_document(gen_dir(ctx), paras)
    ref_rep, ref_text = expect_ok(ctx, ref, words=["Hendra Wijaya", "中文"])
    for p in (le, be):
        rep, text = expect_ok(ctx, p, words=["Hendra Wijaya", "中文", "\U0001F600"])
        expect(h.finding_keys(rep) == h.finding_keys(ref_rep),
               "UTF-16 document gives other findings than the same text in UTF-8: %s vs %s" %
               (h.finding_keys(rep), h.finding_keys(ref_rep)))
        expect(text.out == ref_text.out, "UTF-16 text differs from UTF-8 text")


# ---- OLE2 containers -----------------------------------------------------------------------------------

def realworld_malformed(ctx, reason_words):
    """Files of ../shared/corpus/realworld/malformed whose REASONS.tsv line has one of the words."""
    base = os.path.join(ctx.shared, "corpus", "realworld", "malformed")
    reasons = os.path.join(base, "REASONS.tsv")
    if not os.path.isfile(reasons):
        print("note: %s not found, realworld files skipped" % reasons)
        return []
    out = []
    with open(reasons, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and any(w in cols[1].lower() for w in reason_words):
                p = os.path.join(base, os.path.basename(cols[0]))
                if os.path.isfile(p):
                    dst = os.path.join(gen_dir(ctx), "rw-" + os.path.basename(p))
                    shutil.copy(p, dst)
                    out.append(dst)
    return out


def case_encrypted_docx(ctx):
    expect_error(ctx, gen.encrypted(gen_dir(ctx)), "encrypted")
    for p in realworld_malformed(ctx, ["encrypted", "password"]):
        if p.lower().endswith((".docx", ".docm", ".dotx", ".dotm")):
            expect_error(ctx, p, "encrypted")


def case_word97_doc(ctx):
    for p in gen.word97(gen_dir(ctx)):
        expect_error(ctx, p, "legacy-doc")
    soffice = shutil.which("soffice")
    if not soffice:
        print("note: soffice not installed, the LibreOffice-made .doc check was skipped")
        return
    outdir = os.path.join(ctx.tmp, "soffice")
    try:
        subprocess.run([soffice, "--headless", "-env:UserInstallation=" + pathlib.Path(outdir, "profile").absolute().as_uri(),
                        "--convert-to", "doc", "--outdir", outdir, VIOLATING_SAMPLE],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        print("note: soffice timed out, the LibreOffice-made .doc check was skipped")
        return
    made = os.path.join(outdir, "se-dukungan-paslon.doc")
    if os.path.isfile(made):
        expect_error(ctx, made, "legacy-doc")
    else:
        print("note: soffice made no .doc, that check was skipped")


# ---- Hostile rules -------------------------------------------------------------------------------------

RULE_HEAD = '''rule {
  id = "hostile.%s",
  category = "endorsement",
  severity = "low",
  basis = "uji ketahanan",
  message = "aturan uji",
  match = any { "pasangan calon", "dukungan", "surat edaran", "pemungutan suara" },
  check = function(m, p, doc)
'''
RULE_TAIL = '''  end,
}
'''
# Runtime bodies: the offending line is line 9 of the file (after the 8 head lines).
RULE_BODIES = {
    "loop": "    while true do end\n",
    "pcall-loop": "    while true do pcall(function() while true do end end) end\n",
    "alloc": "    local t = {} while true do t[#t + 1] = string.rep(\"x\", 1 << 20) .. #t end\n",
    "os-execute": "    os.execute(\"touch %(marker)s\")\n",
    "io-open": "    local f = io.open(\"%(marker)s\", \"w\") f:write(\"x\") f:close()\n",
    "require-ffi": "    local ffi = require \"ffi\" ffi.cdef(\"int system(const char *);\") ffi.C.system(\"touch %(marker)s\")\n",
    "debug-escape": ("    pcall(function() debug.sethook() end) pcall(collectgarbage, \"stop\") "
                     "pcall(load, string.dump(function() end), \"x\", \"b\") while true do end\n"),
    "error": "    error(\"sengaja gagal\")\n",
}
LOAD_BODIES = {
    "loop": "while true do end\n",
    "alloc": "local t = {} while true do t[#t + 1] = string.rep(\"x\", 1 << 20) .. #t end\n",
    "os-execute": "os.execute(\"touch %(marker)s\")\n",
    "io-open": "io.open(\"%(marker)s\", \"w\"):write(\"x\")\n",
    "require-ffi": "local ffi = require \"ffi\"\n",
}


def write_rule(ctx, name, body, load_time=False):
    d = os.path.join(ctx.tmp, "rules-%s%s" % (name, "-load" if load_time else ""))
    os.makedirs(d, exist_ok=True)
    marker = os.path.join(ctx.tmp, "PWNED-" + name)
    text = (body if load_time else RULE_HEAD % name + body + RULE_TAIL) % {"marker": marker}
    with open(os.path.join(d, "hostile.lua"), "w") as f:
        f.write(text)
    return d, marker


def baseline(ctx):
    doc = os.path.join(gen_dir(ctx), "memo.docx")
    if not os.path.exists(doc):
        shutil.copy(VIOLATING_SAMPLE, doc)
    res, reps = h.scan(ctx, [doc])
    expect(len(reps) == 1 and reps[0]["status"] == "ok", "the sample memo must scan", res)
    return doc, res, reps[0]


def expect_rule_contained(ctx, name):
    """The scan completes within bounds, the built-in rules report exactly what they report
    without the hostile rule, and the failure names hostile.lua with a line number."""
    doc, base_res, base = baseline(ctx)
    rules, marker = write_rule(ctx, name, RULE_BODIES[name])
    res, reps = h.scan(ctx, [doc], extra=["--rules", rules])
    expect(len(reps) == 1 and reps[0]["status"] == "ok", "scan with a hostile rule must complete", res)
    expect(res.rc == base_res.rc, "exit status changed from %d to %d" % (base_res.rc, res.rc), res)
    hostile = [f["rule"] for f in reps[0].get("findings", []) if f["rule"].startswith("hostile.")]
    expect(h.finding_keys(reps[0], skip_rules=hostile) == h.finding_keys(base),
           "the other rules' findings changed: %s vs %s" % (h.finding_keys(reps[0]), h.finding_keys(base)), res)
    errs = h.rule_error_lines(res)
    expect(any(re.search(r"hostile\.lua:\d+", e) for e in errs),
           "the rule failure must be reported with hostile.lua:LINE; got %s" % errs[:5], res)
    expect(not os.path.exists(marker), "the rule escaped the sandbox: %s exists" % marker)
    if name in LOAD_BODIES:
        expect_rule_load_refused(ctx, name, doc)


def expect_rule_load_refused(ctx, name, doc):
    """The same attack at load time: the folder fails to load (exit 2) naming hostile.lua:LINE."""
    rules, marker = write_rule(ctx, name, LOAD_BODIES[name], load_time=True)
    res, reps = h.scan(ctx, [doc], extra=["--rules", rules])
    expect(res.rc == 2, "a rule folder that cannot load is a configuration error (exit 2)", res)
    expect(re.search(r"hostile\.lua(:\d+)?", res.err) is not None,
           "the load failure must name hostile.lua", res)
    expect(not os.path.exists(marker), "the rule escaped the sandbox at load time: %s exists" % marker)


def rule_case(name):
    return lambda ctx: expect_rule_contained(ctx, name)


# ---- A damaged result cache ------------------------------------------------------------------------

CONTRACT_CODES = {"not-found", "io-error", "not-a-zip", "not-a-docx", "encrypted", "legacy-doc",
                  "too-large", "malformed-xml", "limit-exceeded"}
SEVERITIES = {"high", "medium", "low", "info"}
CATEGORIES = {"endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
              "letterhead-misuse"}


def cache_mutations(text):
    """Deterministic damage to a real cache file: cut, reordered, wrong numbers and strings,
    escapes at the end of a line, a 5 MB line, binary bytes, NULL markers, bad statuses."""
    lines = text.split("\n")
    head, body = lines[0], [l for l in lines[1:] if l]

    def fields(fn):
        out = []
        for l in body:
            f = l.split("\t")
            out.append("\t".join(fn(f)))
        return "\n".join([head] + out) + "\n"

    def fset(kind, idx, val):
        return fields(lambda f: f[:idx] + [val] + f[idx + 1:] if f[0] == kind and len(f) > idx else f)

    yield "half", text[:len(text) // 2]
    yield "lines-cut", "\n".join([head] + [l[:len(l) // 2] for l in body]) + "\n"
    yield "no-D-lines", "\n".join([head] + [l for l in body if not l.startswith("D")]) + "\n"
    yield "F-before-D", "\n".join([head] + sorted(body)) + "\n"
    for i, v in enumerate(("-1", "99999999999999999999", "abc", "", "\\N")):
        yield "paragraph-%d" % i, fset("F", 7, v)
        yield "end-%d" % i, fset("F", 9, v)
    yield "start-after-end", fields(lambda f: f[:8] + [f[9], f[8]] + f[10:] if f[0] == "F" and len(f) > 9 else f)
    for i, v in enumerate(("nan", "inf", "-5", "1e999", "\\N")):
        yield "confidence-%d" % i, fset("F", 4, v)
    for idx, name in ((1, "rule"), (2, "category"), (3, "severity"), (5, "part"), (10, "excerpt")):
        yield name + "-null", fset("F", idx, "\\N")
        yield name + "-bogus", fset("F", idx, "bogus\\")
        yield name + "-unknown", fset("F", idx, "bogus")
    for i, v in enumerate(("50", "99", "-3", "7", "x", "\\N")):
        yield "status-%d" % i, fset("D", 2, v)
    yield "long-line", text + "F\t" + "x" * (5 << 20) + "\n"
    yield "binary", text + "\x00\xff\xfe\x01\tD\t\x00\n"
    yield "header-only", head + "\n"
    yield "wrong-version", re.sub(r"^netral-cache\t\d+", "netral-cache\t999", text, count=1)
    yield "old-version", re.sub(r"^netral-cache\t\d+", "netral-cache\t1", text, count=1)
    yield "empty", ""


def check_report_contract(rep, res):
    expect(rep.get("status") in ("ok", "error"), "bad status %r" % rep.get("status"), res)
    if rep["status"] == "error":
        expect((rep.get("error") or {}).get("code") in CONTRACT_CODES,
               "error.code outside the contract: %r" % rep.get("error"), res)
    for f in rep.get("findings", []):
        expect(f.get("severity") in SEVERITIES and f.get("category") in CATEGORIES,
               "finding outside the contract: %s" % {k: f.get(k) for k in ("rule", "category", "severity")}, res)
        expect(isinstance(f.get("rule"), str) and isinstance(f.get("part"), str),
               "finding without rule or part: %s" % f, res)
        expect(0 <= f["start"] <= f["end"] and f["paragraph"] >= -1, "finding offsets: %s" % f, res)
        expect(isinstance(f.get("confidence"), (int, float)) and 0 <= f["confidence"] <= 1,
               "confidence outside 0..1: %r" % f.get("confidence"), res)


def case_corrupt_cache(ctx):
    """A damaged --cache file may be ignored or partly used, but the reports must still keep the
    contract, and nothing may crash. Each entry carries a checksum, so a damaged entry is dropped
    and its memo rescanned: the reports are exactly those of a fresh scan."""
    docs = os.path.join(ctx.tmp, "docs")
    shutil.copytree(h.SAMPLES, docs, ignore=shutil.ignore_patterns("*.py"))
    cache = os.path.join(ctx.tmp, "cache.tsv")
    res, fresh = h.scan(ctx, [docs], extra=["--cache", cache, "--sort"])
    with open(cache, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    expect(text.startswith("netral-cache"), "no cache file was written", res)
    problems = []
    for name, damaged in cache_mutations(text):
        with open(cache, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(damaged)
        res, reps = h.scan(ctx, [docs], extra=["--cache", cache, "--sort"])
        expect(res.rc in (0, 1, 2), "cache %s: exit status %d" % (name, res.rc), res)
        if res.rc == 2:
            continue
        expect(len(reps) == len(fresh), "cache %s: %d reports instead of %d" % (name, len(reps), len(fresh)), res)
        for rep in reps:
            try:
                check_report_contract(rep, res)
            except Fail as e:
                problems.append("cache %s: %s" % (name, str(e).split("\n")[0][:200]))
                break
        else:
            differ = [a["path"] for a, b in zip(reps, fresh) if a != b]
            if differ:
                problems.append("cache %s: reports differ from a fresh scan: %s" % (name, differ[:3]))
    expect(not problems, "a damaged cache produced reports outside the contract:\n  " + "\n  ".join(problems))


# ---- A rule that returns or edits findings with impossible anchors -------------------------------

DOC_RULE = '''document_rule {
  id = "hostile.doc-%(name)s",
  category = "endorsement",
  severity = "high",
  basis = "uji ketahanan",
  message = "aturan uji",
  check = function(doc)
%(body)s
  end,
}
'''
BAD_FINDINGS = {
    "huge-paragraph-index": "    return { { paragraph = 1000000000, start = 0, stop = 5 } }",
    "negative-offsets": "    return { { paragraph = -7, start = -5, stop = -1 } }",
    "huge-offsets": "    return { { paragraph = 0, start = 1e12, stop = 1e15 } }",
    "start-after-stop": "    return { { paragraph = 0, start = 20, stop = 3 } }",
    "nan-numbers": "    return { { paragraph = 0/0, start = 0/0, stop = 1/0, confidence = 0/0 } }",
    "unknown-part": "    return { { part = \"word/nothing.xml\", paragraph = 0, start = 0, stop = 3 },\n"
                    "             { part = \"../../etc/passwd\", paragraph = 0, start = 0, stop = 3 } }",
    "bogus-strings": "    return { { severity = \"bogus\", category = \"bogus\", confidence = 99 } }",
    "bogus-category": ("    return { { category = \"bogus\", paragraph = 0, start = 0, stop = 3 },\n"
                       "             { category = \"\", paragraph = 0, start = 0, stop = 4 } }"),
    "huge-strings": ("    local s = string.rep(\"\\u{20AC}\", 3000000) return { { rule = s, part = s, where = s,\n"
                     "             suggestion = s, basis = s, paragraph = 0, start = 0, stop = 3 } }"),
    "wrong-types": "    return { { rule = 42, message = {}, severity = 3, part = true, paragraph = \"x\" }, 17, \"x\" }",
    "million-findings": "    local t = {} for i = 1, 1000000 do t[i] = { paragraph = 0, start = 0, stop = 1 } end return t",
    "huge-message": "    return { { message = string.rep(\"x\", 50000000) } }",
    "edit-existing": ("    for _, f in ipairs(doc.findings) do f.start = -3 f.stop = 1e9 f.paragraph = 1e9 "
                      "f.severity = \"bogus\" f.part = \"zz\" end"),
    "edit-category": "    for _, f in ipairs(doc.findings) do f.category = \"zzz\" end",
    "edit-types": ("    for _, f in ipairs(doc.findings) do f.start = \"a\" f.stop = {} f.rule = nil "
                   "f.category = 5 end doc.findings[#doc.findings + 1] = 7"),
}


def case_rule_bad_findings(ctx):
    """Whatever a rule returns, reports keep the contract and annotation neither crashes nor
    writes a copy that does not read back."""
    doc, base_res, base = baseline(ctx)
    problems = []
    for name, body in BAD_FINDINGS.items():
        d = os.path.join(ctx.tmp, "rules-doc-" + name)
        os.makedirs(d)
        with open(os.path.join(d, "hostile.lua"), "w") as f:
            f.write(DOC_RULE % {"name": name, "body": body})
        res, reps = h.scan(ctx, [doc], extra=["--rules", d])
        if res.rc == 2:
            problems.append("%s: the rule folder did not load: %s" % (name, res.err.strip()[:200]))
            continue
        try:
            expect(len(reps) == 1 and reps[0]["status"] == "ok", "scan did not complete", res)
            check_report_contract(reps[0], res)
        except Fail as e:
            problems.append("%s: %s" % (name, str(e).split("\n")[0][:240]))
        outdir = tempfile.mkdtemp(dir=ctx.tmp)
        out = os.path.join(outdir, "a.docx")
        ann = h.run(ctx, ["annotate", "--rules", d, doc, out])
        if os.path.exists(out):
            again, reps2 = h.scan(ctx, [out])
            if not (reps2 and reps2[0]["status"] == "ok"):
                problems.append("%s: the annotated copy does not read back" % name)
    expect(not problems, "hostile document-rule results:\n  " + "\n  ".join(problems))


# ---- `netral text`: one paragraph per line, whatever the paragraph holds --------------------------

def case_text_line_breaks(ctx):
    """Breaks, carriage returns and line feeds inside a paragraph must not split its line in
    `netral text` (the contract: one paragraph per line; offsets count in that line)."""
    paras = [
        '<w:p><w:r><w:t>satu</w:t><w:br/><w:t>dua</w:t><w:cr/><w:t>tiga</w:t></w:r></w:p>',
        '<w:p><w:r><w:t xml:space="preserve">empat&#xD;lima&#xA;enam&#x85;tujuh</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>delapan\u2028sembilan\u2029sepuluh</w:t></w:r></w:p>',
    ]
    d = gen_dir(ctx)
    path = gen.write(d, "line-breaks.docx", gen.hz.docx_bytes(gen.hz.document_xml("".join(paras))))
    res = h.run(ctx, ["text", path])
    expect(res.rc == 0, "`netral text` failed", res)
    body = res.out.split("== word/document.xml ==\n", 1)[-1]
    lines = body.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    expect(len(lines) == 3, "3 paragraphs printed as %d lines: %r" % (len(lines), lines))
    for i, line in enumerate(lines):
        expect("\r" not in line, "paragraph %d carries a raw carriage return: %r" % (i, line))


CASES = {
    "zero-byte": case_zero_byte,
    "truncated": case_truncated,
    "not-a-zip-text": case_not_a_zip_text,
    "folder-named-docx": case_folder_named_docx,
    "symlink-loop": case_symlink_loop,
    "zip-bomb-4g": case_zip_bomb_4g,
    "zip-bomb-lying-size": case_zip_bomb_lying_size,
    "zip-bomb-ratio": case_zip_bomb_ratio,
    "zip-bomb-unread-entry": case_zip_bomb_unread_entry,
    "too-many-entries": case_too_many_entries,
    "duplicate-entries": case_duplicate_entries,
    "overlapping-entries": case_overlapping_entries,
    "path-traversal-names": case_path_traversal_names,
    "doctype-billion-laughs": case_doctype_billion_laughs,
    "doctype-external-entity": case_doctype_external_entity,
    "deep-nesting": case_deep_nesting,
    "huge-paragraph": case_huge_paragraph,
    "invalid-utf8": case_invalid_utf8,
    "utf16-document": case_utf16_document,
    "encrypted-docx": case_encrypted_docx,
    "word97-doc": case_word97_doc,
    "rule-infinite-loop": rule_case("loop"),
    "rule-pcall-loop": rule_case("pcall-loop"),
    "rule-unbounded-alloc": rule_case("alloc"),
    "rule-os-execute": rule_case("os-execute"),
    "rule-io-open": rule_case("io-open"),
    "rule-require-ffi": rule_case("require-ffi"),
    "rule-debug-escape": rule_case("debug-escape"),
    "rule-error-every-paragraph": rule_case("error"),
    "corrupt-cache": case_corrupt_cache,
    "rule-bad-findings": case_rule_bad_findings,
    "text-line-breaks": case_text_line_breaks,
}


def main():
    ap = argparse.ArgumentParser(description="Netral hostile-input suite")
    ap.add_argument("--netral", default=os.path.join(h.ROOT, "build", "netral"))
    ap.add_argument("--shared", default=os.path.join(h.ROOT, "..", "shared"))
    ap.add_argument("--sanitized", action="store_true", help="ASan build: no address-space rlimit")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check-list", action="store_true",
                    help="fail unless the given names are exactly the suite's cases")
    ap.add_argument("-v", "--verbose", action="store_true", help="print CPU time and peak memory of every command")
    ap.add_argument("--keep", action="store_true", help="keep the temp folders")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    if a.list:
        print("\n".join(CASES))
        return 0
    if a.check_list:
        missing, extra = set(CASES) - set(a.cases), set(a.cases) - set(CASES)
        if missing or extra:
            print("hardening.cmake and run_hostile.py disagree: missing %s, unknown %s" %
                  (sorted(missing), sorted(extra)))
            return 1
        print("ok   %d cases registered" % len(CASES))
        return 0
    if not os.access(a.netral, os.X_OK):
        print("SKIP: %s is not built" % a.netral)
        return h.SKIP
    names = a.cases or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        print("unknown case(s): %s (see --list)" % " ".join(unknown))
        return 2

    def runner(name):
        def go():
            tmp = tempfile.mkdtemp(prefix="netral-hostile-%s-" % name)
            try:
                ctx = h.Ctx(a.netral, a.sanitized, tmp)
                ctx.shared = a.shared
                ctx.verbose = a.verbose
                CASES[name](ctx)
            finally:
                if a.keep:
                    print("kept %s" % tmp)
                else:
                    shutil.rmtree(tmp, ignore_errors=True)
        return go

    return h.main_wrapper({n: runner(n) for n in names}, names)


if __name__ == "__main__":
    sys.exit(main())
