#!/usr/bin/env python3
"""data_safety.py - "no data lost": inputs stay byte-identical after every command, an annotation
killed mid-write leaves the old output or none (never a partial one), and a full disk is reported."""

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_hostile as gen  # noqa: E402
import harness as h  # noqa: E402
import hostile_zip as hz  # noqa: E402
from harness import Fail, Skip, expect  # noqa: E402

TEMP_RE = re.compile(r"^\..+\.netral-[A-Za-z0-9]{6}$")


def zip_ok(path):
    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None
    except (zipfile.BadZipFile, OSError):
        return False


# ---- Inputs are never modified ------------------------------------------------------------------

def build_inputs(ctx):
    """A tree of readable memos, unreadable files, a symlink and a rule folder."""
    top = os.path.join(ctx.tmp, "in")
    docs = os.path.join(top, "docs")
    os.makedirs(docs)
    for n in sorted(os.listdir(h.SAMPLES)):
        if n.endswith(".docx"):
            shutil.copy(os.path.join(h.SAMPLES, n), docs)
    bad = os.path.join(top, "bad")
    os.makedirs(bad)
    for fn in (gen.zero_byte, gen.text_as_docx, gen.billion_laughs, gen.invalid_utf8, gen.encrypted,
               gen.word97, gen.duplicate_entries):
        fn(bad)
    rw = os.path.join(ctx.shared, "corpus", "realworld")
    if os.path.isdir(rw):
        picked = []
        for dirpath, _, names in os.walk(rw):
            picked += [os.path.join(dirpath, n) for n in names if n.lower().endswith(".docx")]
        picked.sort()
        os.makedirs(os.path.join(top, "realworld"))
        for i, p in enumerate(picked[::max(1, len(picked) // 40)]):
            shutil.copy(p, os.path.join(top, "realworld", "%03d-%s" % (i, os.path.basename(p))))
    else:
        print("note: %s not found, realworld inputs skipped" % rw)
    os.symlink(os.path.join("docs", "se-dukungan-paslon.docx"), os.path.join(top, "link.docx"))
    rules = os.path.join(top, "rules")
    os.makedirs(rules)
    with open(os.path.join(rules, "local.lua"), "w") as f:
        f.write('rule {\n  id = "local.rapat",\n  category = "campaign-activity",\n  severity = "low",\n'
                '  basis = "uji",\n  message = "uji",\n  match = any { "rapat koordinasi" },\n}\n')
    return top


def all_docs(top):
    out = []
    for dirpath, _, names in os.walk(top):
        out += [os.path.join(dirpath, n) for n in sorted(names) if not n.endswith(".lua")]
    return sorted(out)


def case_inputs_unchanged(ctx):
    top = build_inputs(ctx)
    state = h.tree_state(top)
    out = os.path.join(ctx.tmp, "out")
    os.makedirs(out)
    steps = []

    def step(args, **kw):
        res = h.run(ctx, args, **kw)
        after = h.tree_state(top)
        changed = sorted(k for k in set(state) | set(after) if state.get(k) != after.get(k))
        expect(not changed, "`netral %s` changed the inputs: %s" % (" ".join(args), changed[:10]), res)
        steps.append(args[0])
        return res

    for fmt in ("jsonl", "json", "csv", "sarif", "html", "text"):
        step(["scan", "--no-progress", "--format", fmt, "-o", os.path.join(out, "r." + fmt), top])
    step(["scan", "--no-progress", "--format", "jsonl", "--rules", os.path.join(top, "rules"), top])
    step(["scan", "--no-progress", "--annotate-dir", os.path.join(out, "annotated"), top])
    step(["scan", "--no-progress", "--cache", os.path.join(out, "cache.tsv"), top])
    step(["scan", "--no-progress", "--cache", os.path.join(out, "cache.tsv"), top])
    for p in all_docs(top):
        step(["text", p])
        step(["annotate", p, os.path.join(out, "a-" + os.path.basename(p))])
    step(["rules", "list"])
    step(["rules", "list", "--rules", os.path.join(top, "rules")])
    step(["rules", "test", os.path.join(top, "rules")])

    # Outputs aimed at the inputs themselves must be refused, whatever the spelling.
    doc = os.path.join(top, "docs", "se-dukungan-paslon.docx")
    os.link(doc, os.path.join(out, "hardlink.docx"))
    for target in (doc, os.path.join(top, "docs", ".", "se-dukungan-paslon.docx"),
                   os.path.join(top, "link.docx"), os.path.join(out, "hardlink.docx")):
        res = step(["annotate", doc, target])
        expect(res.rc != 0, "annotate over its own input (%s) must be refused" % target, res)
    res = step(["scan", "--no-progress", "--annotate-dir", top, top])
    print("ok   %d commands left every input byte-identical (%s)" % (len(steps), ", ".join(sorted(set(steps)))))


# ---- kill -9 during annotation ---------------------------------------------------------------------

def big_memo(ctx, paras=4000, padding_mb=48):
    """Thousands of violating paragraphs (thousands of comments to write) and a large stored media
    entry copied raw, so that producing and writing the copy takes a while."""
    body = hz.paragraphs_xml([gen.VIOLATING] * paras)
    media = os.urandom(padding_mb << 20)
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types())
    z.add("_rels/.rels", hz.root_rels())
    z.add("word/document.xml", hz.document_xml(body))
    z.add("word/media/padding.bin", media, method=0)
    path = os.path.join(ctx.tmp, "big.docx")
    with open(path, "wb") as f:
        f.write(z.finish())
    return path


def annotate_killed(ctx, src, dst, when):
    """Start `netral annotate src dst` and SIGKILL it: at `when` seconds, or (when == 'temp') as
    soon as its temp file appears. Returns True when the temp file existed at the kill."""
    folder = os.path.dirname(dst)
    p = subprocess.Popen([ctx.netral, "annotate", src, dst], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=ctx.env)
    t0 = time.monotonic()
    saw_temp = False
    while p.poll() is None:
        temps = [n for n in os.listdir(folder) if n.startswith("." + os.path.basename(dst))]
        if when == "temp" and temps:
            saw_temp = True
            break
        if when != "temp" and time.monotonic() - t0 >= when:
            saw_temp = bool(temps)
            break
        if time.monotonic() - t0 > ctx.wall_limit:
            break
        time.sleep(0.0005)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    p.wait()
    return saw_temp, p.returncode


def check_destination(ctx, dst, old_sha):
    """Old complete file, or a new complete one, or (when there was none) nothing."""
    if not os.path.exists(dst):
        expect(old_sha is None, "the old output %s vanished" % dst)
        return "absent"
    if old_sha is not None and h.sha256(dst) == old_sha:
        return "old"
    expect(zip_ok(dst), "PARTIAL OUTPUT: %s is neither the old file nor a complete zip" % dst)
    res, reps = h.scan(ctx, [dst])
    expect(len(reps) == 1 and reps[0]["status"] == "ok", "the new output does not read back", res)
    return "new"


def case_kill_mid_write(ctx):
    src = big_memo(ctx)
    folder = os.path.join(ctx.tmp, "out")
    os.makedirs(folder)
    dst = os.path.join(folder, "memo.docx")
    t0 = time.monotonic()
    res = h.run(ctx, ["annotate", src, dst])
    full = time.monotonic() - t0
    expect(os.path.exists(dst) and zip_ok(dst), "annotate of the big memo failed", res)
    os.remove(dst)
    old = os.path.join(h.SAMPLES, "se-netralitas-asn.docx")
    plan = ["temp"] * 4 + [full * f for f in (0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99)]
    outcomes, temps_left, hit_write = {}, [], 0
    rnd = random.Random(5)
    for i, when in enumerate(plan):
        with_old = i % 2 == 0
        if with_old:
            shutil.copy(old, dst)
        old_sha = h.sha256(dst) if with_old else None
        saw_temp, rc = annotate_killed(ctx, src, dst, when if when == "temp" else when * rnd.uniform(0.9, 1.1))
        hit_write += saw_temp
        outcome = check_destination(ctx, dst, old_sha)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        for n in os.listdir(folder):
            if n == "memo.docx":
                continue
            expect(TEMP_RE.match(n) is not None, "an unrecognisable file was left behind: %s" % n)
            temps_left.append(n)
            os.remove(os.path.join(folder, n))
        if os.path.exists(dst):
            os.remove(dst)
    print("ok   %d kills (full run %.1f s; %d while the temp file was being written): outcomes %s; "
          "%d clearly named temp file(s) left by SIGKILL (%s)" % (
              len(plan), full, hit_write, outcomes, len(temps_left), ", ".join(temps_left[:3])))
    expect(hit_write >= 1, "no kill landed while the output was being written; the test proved nothing")


# ---- Full disk --------------------------------------------------------------------------------------

def expect_write_refused(ctx, res, dst, old_sha, what):
    expect(res.rc != 0, "%s on a full disk must fail" % what, res)
    expect(re.search(r"penuh|ukuran|io-error|No space|too large|disk", res.err, re.I) is not None,
           "%s: the message must say the disk is full / the file too large" % what, res)
    folder = os.path.dirname(dst)
    if old_sha is None:
        expect(not os.path.exists(dst), "%s left a half-written %s" % (what, dst), res)
    else:
        expect(h.sha256(dst) == old_sha, "%s damaged the old %s" % (what, dst), res)
    left = [n for n in os.listdir(folder) if TEMP_RE.match(n)]
    expect(not left, "%s left temp files: %s" % (what, left), res)


def full_disk_checks(ctx, folder, src, run_kw):
    old = os.path.join(folder, "old.docx")
    shutil.copy(os.path.join(h.SAMPLES, "se-netralitas-asn.docx"), old)
    old_sha = h.sha256(old)
    res = h.run(ctx, ["annotate", src, old], **run_kw)
    expect_write_refused(ctx, res, old, old_sha, "annotate over an existing file")
    new = os.path.join(folder, "new.docx")
    res = h.run(ctx, ["annotate", src, new], **run_kw)
    expect_write_refused(ctx, res, new, None, "annotate to a new file")
    report = os.path.join(folder, "report.jsonl")
    res = h.run(ctx, ["scan", "--no-progress", "--format", "json", "-o", report,
                      src, h.SAMPLES], **run_kw)
    expect_write_refused(ctx, res, report, None, "scan -o")
    ann = os.path.join(folder, "annotated")
    res = h.run(ctx, ["scan", "--no-progress", "--annotate-dir", ann, src], **run_kw)
    expect(res.rc != 0, "scan --annotate-dir on a full disk must fail", res)
    for dirpath, _, names in os.walk(ann) if os.path.isdir(ann) else []:
        for n in names:
            expect(zip_ok(os.path.join(dirpath, n)), "half-written annotated copy %s" % n, res)


def case_full_disk(ctx):
    src = big_memo(ctx, paras=400, padding_mb=1)
    # 1. A file-size limit (works everywhere): writes fail with EFBIG past 64 KiB.
    folder = os.path.join(ctx.tmp, "fsize")
    os.makedirs(folder)
    full_disk_checks(ctx, folder, src, {"fsize": 64 << 10})
    print("ok   RLIMIT_FSIZE 64 KiB: clear error, old outputs intact, nothing half-written")
    # 2. A really full file system, when this sandbox lets us mount a small tmpfs.
    mnt = os.path.join(ctx.tmp, "tmpfs")
    os.makedirs(mnt)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
        print("note: cannot mount a tmpfs here; the ENOSPC variant was skipped")
        return
    try:
        full_disk_checks(ctx, mnt, src, {})
        print("ok   256 KiB tmpfs: clear error, old outputs intact, nothing half-written")
    finally:
        subprocess.run(["umount", mnt])


CASES = {"inputs-unchanged": case_inputs_unchanged, "kill-mid-write": case_kill_mid_write,
         "full-disk": case_full_disk}


def main():
    ap = argparse.ArgumentParser(description="Netral no-data-lost checks")
    ap.add_argument("--netral", default=os.path.join(h.ROOT, "build", "netral"))
    ap.add_argument("--shared", default=os.path.join(h.ROOT, "..", "shared"))
    ap.add_argument("--sanitized", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="print CPU time and peak memory of every command")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    if not os.access(a.netral, os.X_OK):
        print("SKIP: %s is not built" % a.netral)
        return h.SKIP
    names = a.cases or list(CASES)

    def runner(name):
        def go():
            tmp = tempfile.mkdtemp(prefix="netral-data-%s-" % name)
            try:
                ctx = h.Ctx(a.netral, a.sanitized, tmp)
                ctx.shared = a.shared
                ctx.verbose = a.verbose
                CASES[name](ctx)
            finally:
                if not a.keep:
                    shutil.rmtree(tmp, ignore_errors=True)
        return go

    return h.main_wrapper({n: runner(n) for n in names}, names)


if __name__ == "__main__":
    sys.exit(main())
