#!/usr/bin/env python3
"""cli_e2e.py - end-to-end tests of the `netral` command, one case per ctest entry.

Usage: cli_e2e.py --netral BUILD/netral CASE      (cli_e2e.py --list prints the cases)
Every case builds its own documents in a temporary folder (mkdocx.py), runs the real binary and
checks what a user would see: exit status, report contents parsed back with real parsers, files
written or left alone. Exit 0 pass, 1 fail, 77 skipped (with the reason printed).
"""
import argparse
import csv
import io
import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mkdocx  # noqa: E402

E2E_RULES = os.path.join(HERE, "rules")
EXTRA_RULES = os.path.join(HERE, "rules_changed")
SKIP = 77
NETRAL = None
FAILURES = []

VIOLATION = ["Yth. seluruh pegawai dinas.", "Mohon zorbaflux pada hari Rabu depan."]
CLEAN = ["Rapat koordinasi rutin diadakan pada hari Senin pukul 09.00 di ruang rapat."]
REVIEW = ["Catatan quibbleton untuk arsip kantor."]
BLATANT = ["SURAT EDARAN", "Kami mengajak seluruh ASN di lingkungan dinas untuk memilih dan "
           "memenangkan pasangan calon nomor urut 02 pada pemilu 14 Februari 2024.",
           "Mari sukseskan dan dukung pasangan calon nomor urut 02."]


# ---- helpers --------------------------------------------------------------------------------

def check(cond, what):
    if cond:
        print(f"ok   {what}")
    else:
        print(f"FAIL {what}")
        FAILURES.append(what)
    return cond


def run(args, env=None, timeout=600, **kw):
    e = dict(os.environ)
    e.pop("NETRAL_LANG", None)
    e.pop("NETRAL_RULES", None)
    if env:
        e.update(env)
    p = subprocess.run([NETRAL] + args, capture_output=True, env=e, timeout=timeout, **kw)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def by_path(docs):
    return {d["path"]: d for d in docs}


def summary_counts(stderr):
    """(from_cache, scanned) from the summary line, or None."""
    m = re.search(r"(\d+) dari cache, (\d+) dipindai", stderr)
    return (int(m.group(1)), int(m.group(2))) if m else None


def build_tree(root):
    """The discovery tree: nested, duplicate, broken, symlinked (loop included), non-DOCX."""
    a, b, deep = (os.path.join(root, p) for p in ("a", "b", "b/nested/deep"))
    for d in (a, b, deep):
        os.makedirs(d, exist_ok=True)
    mkdocx.write_docx(os.path.join(a, "violation.docx"), VIOLATION)
    mkdocx.write_docx(os.path.join(a, "clean.docx"), CLEAN)
    mkdocx.write_docx(os.path.join(a, "review.docx"), REVIEW)
    shutil.copy(os.path.join(a, "violation.docx"), os.path.join(b, "dup.docx"))
    mkdocx.write_docx(os.path.join(b, "macro.docm"), CLEAN, macro=True)
    mkdocx.write_docx(os.path.join(deep, "UPPER.DOCX"), VIOLATION, header="PEMERINTAH KABUPATEN CONTOH")
    with open(os.path.join(root, "broken.docx"), "wb") as f:
        f.write(b"this is not a zip archive at all\n" * 10)
    open(os.path.join(root, "empty.docx"), "wb").close()
    with zipfile.ZipFile(os.path.join(root, "zip-not-docx.docx"), "w") as z:
        z.writestr("hello.txt", "just a zip")
    with open(os.path.join(root, "notes.txt"), "w") as f:
        f.write("catatan biasa, bukan dokumen\n")
    with open(os.path.join(root, "legacy.doc"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with open(os.path.join(root, "~$lock.docx"), "wb") as f:
        f.write(b"\x05owner")
    os.symlink("..", os.path.join(a, "loop"))                 # a loop back to the root
    os.symlink("a", os.path.join(root, "link-a"))             # a folder reached twice
    os.symlink("a/violation.docx", os.path.join(root, "link-file.docx"))
    os.symlink("missing-target.docx", os.path.join(root, "dangling.docx"))
    os.mkfifo(os.path.join(root, "fifo.docx"))                # must be skipped, never opened


def tree_expectations(t):
    ok = lambda v: ("ok", v, None)  # noqa: E731
    err = lambda c: ("error", "error", c)  # noqa: E731
    return {
        f"{t}/a/clean.docx": ok("clean"),
        f"{t}/a/review.docx": ok("review"),
        f"{t}/a/violation.docx": ok("violation"),
        f"{t}/b/dup.docx": ok("violation"),
        f"{t}/b/macro.docm": ok("clean"),
        f"{t}/b/nested/deep/UPPER.DOCX": ok("violation"),
        f"{t}/broken.docx": err("not-a-zip"),
        f"{t}/dangling.docx": err("not-found"),
        f"{t}/empty.docx": err("not-a-zip"),
        f"{t}/link-file.docx": ok("violation"),
        f"{t}/zip-not-docx.docx": err("not-a-docx"),
    }


def scan(args, **kw):
    return run(["scan", "--rules", E2E_RULES, "--no-progress"] + args, **kw)


# ---- cases ----------------------------------------------------------------------------------

def case_tree(tmp):
    t = os.path.join(tmp, "tree")
    build_tree(t)
    rc, out, err = scan(["-j", "2", "--format", "jsonl", t, f"{t}/notes.txt", f"{t}/missing.docx"])
    check(rc == 1, f"exit 1 when a document is flagged or unreadable (got {rc})")
    docs = jsonl(out)
    got = by_path(docs)
    want = tree_expectations(t)
    want[f"{t}/notes.txt"] = ("error", "error", "not-a-zip")   # named: scanned whatever its name
    want[f"{t}/missing.docx"] = ("error", "error", "not-found")
    check(len(docs) == len(got), "each document reported once")
    check(set(got) == set(want), "exactly the expected documents: " +
          f"extra {sorted(set(got) - set(want))}, missing {sorted(set(want) - set(got))}")
    for path, (status, verdict, code) in sorted(want.items()):
        d = got.get(path)
        if not check(d is not None, f"{path} reported"):
            continue
        check(d["status"] == status and d["verdict"] == verdict,
              f"{os.path.relpath(path, tmp)}: status {d['status']}/{d['verdict']} == {status}/{verdict}")
        if code:
            check(d.get("error", {}).get("code") == code and d["findings"] == [],
                  f"{os.path.relpath(path, tmp)}: error code {d.get('error')} == {code}")
    check(not any("/link-a/" in p or "/loop/" in p for p in got), "symlinked folder and loop not walked twice")
    v = got.get(f"{t}/a/violation.docx")
    if v and v["findings"]:
        f = v["findings"][0]
        keys = {"rule", "category", "severity", "confidence", "part", "paragraph", "start", "end",
                "excerpt", "message", "basis"}
        check(keys <= set(f), f"finding has the contract fields ({sorted(keys - set(f))} missing)")
        check(f["rule"] == "endorsement.e2e-zorbaflux" and f["severity"] == "high", "finding from the test rule")
        rc2, text, _ = run(["text", f"{t}/a/violation.docx"])
        lines = text.split("\n")
        para = None
        if "== word/document.xml ==" in lines:
            i = lines.index("== word/document.xml ==")
            para = lines[i + 1 + f["paragraph"]] if i + 1 + f["paragraph"] < len(lines) else None
        check(para is not None and para.encode()[f["start"]:f["end"]].decode() == f["excerpt"],
              f"start/end are byte offsets into the paragraph `netral text` prints ({para!r})")
    check("galat per kode:" in err and "not-a-zip 3" in err, "summary lists errors by code")


def case_exit_codes(tmp):
    paths = {}
    for name, paras in (("clean", CLEAN), ("violation", VIOLATION), ("review", REVIEW),
                        ("blatant", BLATANT)):
        paths[name] = os.path.join(tmp, f"{name}.docx")
        mkdocx.write_docx(paths[name], paras)
    rc, out, _ = scan([paths["clean"]])
    check(rc == 0 and jsonl(out)[0]["verdict"] == "clean", f"clean memo: exit 0 (got {rc})")
    rc, out, _ = scan([paths["review"]])
    check(rc == 0 and jsonl(out)[0]["verdict"] == "review", f"low finding only: verdict review, exit 0 (got {rc})")
    rc, out, _ = scan([paths["violation"]])
    check(rc == 1 and jsonl(out)[0]["verdict"] == "violation", f"violation: exit 1 (got {rc})")
    rc, out, _ = scan(["--min-severity", "high", paths["review"]])
    check(rc == 0 and jsonl(out)[0]["findings"] == [], "--min-severity high drops the low finding")
    rc, out, _ = scan(["--min-severity", "info", paths["violation"], os.path.join(tmp, "nope.docx")])
    check(rc == 1, "a named file that does not exist: exit 1")
    rc, out, _ = run(["scan", "--no-progress", paths["blatant"]])
    d = jsonl(out)[0] if out.strip() else {}
    check(rc == 1 and d.get("verdict") == "violation",
          f"built-in rules flag a blatant call to vote for a candidate pair (got {rc}, {d.get('verdict')})")
    check(all(f["category"] == "endorsement" for f in d.get("findings", [])[:1]),
          "the blatant memo's first finding is an endorsement")


def case_usage(tmp):
    doc = os.path.join(tmp, "x.docx")
    mkdocx.write_docx(doc, CLEAN)
    cases = [
        (["scan", "--bogus", doc], "--bogus"),
        (["scan", "--format"], "--format"),
        (["scan", "--format", "xml", doc], "xml"),
        (["scan", "-j", "0", doc], "--jobs"),
        (["scan", "-j", "lots", doc], "--jobs"),
        (["scan", "--min-severity", "critical", doc], "critical"),
        (["scan", "--lang", "fr", doc], "fr"),
        (["scan"], "JALUR"),
        (["scan", "--rules", os.path.join(tmp, "no-such-dir"), doc], "no-such-dir"),
        (["scan", "--cache", os.path.join(tmp, "no-such-dir", "c.cache"), doc], "c.cache"),
        (["scan", "-o", os.path.join(tmp, "no-such-dir", "r.jsonl"), doc], "r.jsonl"),
        (["frobnicate"], "frobnicate"),
        (["annotate", doc], "annotate"),
        (["annotate", doc, doc], doc),
        (["rules", "explode"], "explode"),
        (["text"], "BERKAS"),
    ]
    for args, needle in cases:
        rc, out, err = run(args)
        lines = [line for line in err.splitlines() if line.strip()]
        check(rc == 2 and out == "" and len(lines) == 1 and needle in lines[0],
              f"{' '.join(a if a != doc else 'x.docx' for a in args)}: exit 2, one line naming "
              f"'{os.path.basename(needle)}', nothing on stdout (rc={rc}, stderr={err.strip()!r})")
    rc, out, err = run(["scan", "--lang", "en", "--frob", doc])
    check(rc == 2 and "unknown option" in err, "--lang en: usage errors in English")
    rc, out, err = run(["scan", "--help"])
    check(rc == 0 and "--annotate-dir" in out and "--sort" in out, "scan --help on stdout, exit 0")
    rc, out, err = run(["--version"])
    check(rc == 0 and out.startswith("netral ") and re.search(r"\d+\.\d+\.\d+", out) and "aturan" in out,
          f"--version prints the version and the rule set ({out.strip()!r})")
    # a rule folder that fails to load: exit 2 naming file and line
    bad = os.path.join(tmp, "badrules")
    os.makedirs(bad)
    with open(os.path.join(bad, "broken.lua"), "w") as f:
        f.write("rule {\n  id = 'endorsement.broken',\n  category = \n}\n")
    rc, out, err = run(["scan", "--rules", bad, doc])
    check(rc == 2 and out == "" and re.search(r"broken\.lua:\d+", err),
          f"a broken rule file: exit 2 with file:line ({err.strip()!r})")


def case_formats(tmp):
    t = os.path.join(tmp, "tree")
    build_tree(t)
    want = tree_expectations(t)
    outs = {}
    for fmt in ("jsonl", "json", "csv", "sarif", "html", "text"):
        path = os.path.join(tmp, f"report.{fmt}")
        rc, out, err = scan(["--format", fmt, "-o", path, "--sort", t])
        check(rc == 1 and out == "", f"{fmt}: report goes to -o, not stdout (rc={rc})")
        with open(path, encoding="utf-8") as f:
            outs[fmt] = f.read()
    check(not [n for n in os.listdir(tmp) if ".tmp-" in n], "-o leaves no temporary files behind")
    docs = jsonl(outs["jsonl"])
    check([d["path"] for d in docs] == sorted(want), "--sort: jsonl in path order")
    j = json.loads(outs["json"])
    check([d["path"] for d in j["documents"]] == [d["path"] for d in docs], "json: same documents as jsonl")
    check(j["documents"] == docs, "json: document objects identical to the jsonl lines")
    check(j["summary"]["documents"] == len(want) and j["summary"]["verdicts"].get("violation") == 4,
          f"json: summary counts ({j['summary']})")
    rows = list(csv.DictReader(io.StringIO(outs["csv"], newline="")))
    check({r["path"] for r in rows} == set(want), "csv: every document has a row")
    nfind = sum(max(1, len(d["findings"])) for d in docs)
    check(len(rows) == nfind, f"csv: one row per finding, one per document without ({len(rows)} == {nfind})")
    vrow = [r for r in rows if r["path"].endswith("a/violation.docx")][0]
    check(vrow["rule"] == "endorsement.e2e-zorbaflux" and vrow["severity"] == "high" and
          vrow["verdict"] == "violation", "csv: finding columns")
    erow = [r for r in rows if r["path"].endswith("broken.docx")][0]
    check(erow["status"] == "error" and erow["error_code"] == "not-a-zip", "csv: error columns")
    s = json.loads(outs["sarif"])
    run0 = s["runs"][0]
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    check(s["version"] == "2.1.0" and "endorsement.e2e-zorbaflux" in ids, "sarif: rules as reportingDescriptors")
    res = run0["results"]
    check(all(ids[r["ruleIndex"]] == r["ruleId"] for r in res), "sarif: ruleIndex points at its rule")
    nviol = sum(len(d["findings"]) for d in docs)
    check(len(res) == nviol, f"sarif: one result per finding ({len(res)} == {nviol})")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res}
    check(any(u.endswith("a/violation.docx") for u in uris), "sarif: locations carry the document path")
    notes = [n for n in run0["invocations"][0]["toolExecutionNotifications"] if n["level"] == "error"]
    check(len(notes) == 4 and {n["descriptor"]["id"] for n in notes} == {"not-a-zip", "not-a-docx", "not-found"},
          "sarif: unreadable documents as tool execution notifications")
    warn = [n for n in run0["invocations"][0]["toolExecutionNotifications"] if n["level"] == "warning"]
    check([n["descriptor"]["id"] for n in warn] == ["skipped"], "sarif: the skipped legacy.doc as a warning")
    check(run0["invocations"][0]["executionSuccessful"] is True,
          "sarif: a finished run is successful even with unreadable documents")
    html = outs["html"]
    check(html.startswith("<!DOCTYPE html>") and "<script src" not in html and "http://" not in html.replace(
        "http://www.w3.org/2000/svg", ""), "html: one self-contained file, nothing fetched")
    check(html.count('<tbody class="m"') == len(want), "html: a row per memo (clean ones hidden by the filter)")
    check("Dukungan" in html and "<svg" in html, "html: Indonesian labels and the chart")
    text = outs["text"]
    check("pelanggaran" in text and "a/violation.docx" in text and "\x1b[" not in text,
          "text: grouped by document, no colour when not a terminal")


def case_sarif_schema(tmp):
    try:
        import jsonschema
    except ImportError:
        print("SKIPPED: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
        return SKIP
    t = os.path.join(tmp, "tree")
    build_tree(t)
    path = os.path.join(tmp, "r.sarif")
    scan(["--format", "sarif", "-o", path, t, os.path.join(tmp, "weird name #1 é.docx")])
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    with open(os.path.join(HERE, "sarif-2.1.0-subset.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print("  schema:", "/".join(map(str, e.path)), e.message[:200])
    check(not errors, f"SARIF output valid against the SARIF 2.1.0 schema ({len(errors)} errors)")
    # an empty run is valid too
    rc, out, _ = scan(["--format", "sarif", os.path.join(tmp, "none.docx")])
    check(not list(v.iter_errors(json.loads(out))), "SARIF of a run with only an error is valid")


def case_cache(tmp):
    t = os.path.join(tmp, "tree")
    os.makedirs(t)
    for i in range(12):  # distinct contents: identical files would (rightly) hit the cache in one run
        mkdocx.write_docx(os.path.join(t, f"m{i:02d}.docx"), (VIOLATION if i % 3 == 0 else CLEAN) + [f"Nomor {i}."])
    with open(os.path.join(t, "broken.docx"), "wb") as f:
        f.write(b"junk" * 100)
    cache = os.path.join(tmp, "scan.cache")
    rc1, out1, err1 = scan(["-j", "2", "--sort", "--cache", cache, t])
    check(summary_counts(err1) == (0, 13), f"first run: everything scanned ({summary_counts(err1)})")
    check(os.path.exists(cache), "cache file written")
    rc2, out2, err2 = scan(["-j", "2", "--sort", "--cache", cache, t])
    check(summary_counts(err2) == (13, 0), f"second run over unchanged files: zero rescans ({summary_counts(err2)})")
    check(out1 == out2 and rc1 == rc2, "report from the cache identical to the scanned one")
    for fmt in ("sarif", "csv", "json"):
        a = scan(["--sort", "--format", fmt, t])[1]
        b = scan(["--sort", "--format", fmt, "--cache", cache, t])[1]
        strip = (lambda s: re.sub(r'"seconds":[0-9.]+', "", s))  # noqa: E731
        check(strip(a) == strip(b), f"{fmt} from the cache identical to a fresh scan")
    # a renamed copy is found by content
    shutil.copy(os.path.join(t, "m00.docx"), os.path.join(t, "renamed.docx"))
    mkdocx.write_docx(os.path.join(t, "m01.docx"), CLEAN + ["Perubahan kecil."])
    rc3, out3, err3 = scan(["--sort", "--cache", cache, t])
    check(summary_counts(err3) == (13, 1), f"changed file rescanned, renamed copy from cache ({summary_counts(err3)})")
    check(by_path(jsonl(out3))[f"{t}/renamed.docx"]["verdict"] == "violation", "cached report takes the new path")
    # renamed.docx and m00.docx have the same bytes: within one run the second may come from the
    # entry the first just made, so "everything rescanned" means at least 13 of the 14
    rescanned = lambda c: c is not None and c[1] >= 13 and sum(c) == 14  # noqa: E731
    rc4, out4, err4 = scan(["--sort", "--cache", cache, "--rules", EXTRA_RULES, t])
    check(rescanned(summary_counts(err4)), f"rule set changed: everything rescanned ({summary_counts(err4)})")
    rc5, _, err5 = scan(["--sort", "--cache", cache, "--min-severity", "info", t])
    check(rescanned(summary_counts(err5)), f"report options changed: everything rescanned ({summary_counts(err5)})")
    with open(cache, "wb") as f:
        f.write(b"garbage\x00\xff\n" * 50)
    rc6, out6, err6 = scan(["--sort", "--cache", cache, t])
    check(rc6 == 1 and len(jsonl(out6)) == 14, "a damaged cache file is ignored, the scan goes on")


def case_sort(tmp):
    t = os.path.join(tmp, "tree")
    for d in range(5):
        os.makedirs(os.path.join(t, f"d{d}"))
        for i in range(15):
            mkdocx.write_docx(os.path.join(t, f"d{d}", f"{14 - i:02d}.docx"), VIOLATION if i % 4 == 0 else CLEAN)
    a = scan(["-j", "2", "--sort", t])[1]
    b = scan(["-j", "1", "--sort", t])[1]
    check(a == b, "--sort: -j2 and -j1 give byte-identical reports")
    paths = [d["path"] for d in jsonl(a)]
    check(paths == sorted(paths) and len(paths) == 75, "--sort: ordered by path")
    for fmt in ("json", "sarif", "csv", "text"):
        x = scan(["-j", "2", "--sort", "--format", fmt, t])[1]
        y = scan(["-j", "2", "--sort", "--format", fmt, t])[1]
        check(x == y and x, f"--sort: two {fmt} reports of the same files are byte-identical")


def case_text(tmp):
    doc = os.path.join(tmp, "memo.docx")
    mkdocx.write_docx(doc, ["Baris pertama.", "Baris kedua dengan é dan tab."], header="KOP SURAT DINAS")
    rc, out, err = run(["text", doc])
    lines = out.splitlines()
    check(rc == 0 and "== word/document.xml ==" in lines, f"text: part header line (rc={rc})")
    if "== word/document.xml ==" in lines:
        i = lines.index("== word/document.xml ==")
        check(lines[i + 1:i + 3] == ["Baris pertama.", "Baris kedua dengan é dan tab."], "text: one paragraph per line")
    check("== word/header1.xml ==" in lines and "KOP SURAT DINAS" in lines, "text: header part too")
    rc, out, err = run(["text", "--json", doc])
    ok = rc == 0
    try:
        json.loads(out)
    except ValueError:
        ok = False
    check(ok, "text --json: valid JSON")
    bad = os.path.join(tmp, "bad.docx")
    with open(bad, "wb") as f:
        f.write(b"not a zip")
    rc, out, err = run(["text", bad])
    check(rc == 1 and out == "" and "not-a-zip" in err and len(err.strip().splitlines()) == 1,
          f"text on a broken file: one line with the code, exit 1 ({err.strip()!r})")
    rc, out, err = run(["text", os.path.join(tmp, "missing.docx")])
    check(rc == 1 and "not-found" in err, "text on a missing file: not-found, exit 1")


def sha(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def case_annotate(tmp):
    src = os.path.join(tmp, "in")
    os.makedirs(os.path.join(src, "sub"))
    v, c = os.path.join(src, "sub", "v.docx"), os.path.join(src, "c.docx")
    mkdocx.write_docx(v, VIOLATION)
    mkdocx.write_docx(c, CLEAN)
    before = {p: sha(p) for p in (v, c)}
    out = os.path.join(tmp, "out.docx")
    rc, so, se = run(["annotate", "--rules", E2E_RULES, v, out])
    check(rc == 1 and os.path.exists(out), f"annotate: violation exits 1 and writes OUT (rc={rc}, {se.strip()!r})")
    check("pelanggaran" in so and "zorbaflux" in so, "annotate: prints a short summary")
    if os.path.exists(out):
        with zipfile.ZipFile(out) as z:
            check("word/comments.xml" in z.namelist() and b"zorbaflux" in z.read("word/comments.xml")
                  or b"Kata uji" in z.read("word/comments.xml"), "annotated copy has Word comments")
    rc, so, se = run(["annotate", v, v])
    check(rc == 2, "annotate refuses OUT == IN (exit 2)")
    rc, so, se = run(["annotate", "--rules", E2E_RULES, c, os.path.join(tmp, "c-out.docx")])
    check(rc == 0, "annotate: clean memo exits 0")
    adir = os.path.join(tmp, "annotated")
    rc, so, se = scan(["--annotate-dir", adir, src])
    check(os.path.exists(os.path.join(adir, "sub", "v.docx")) and not os.path.exists(os.path.join(adir, "c.docx")),
          "scan --annotate-dir: the flagged memo's copy at its path inside the folder scanned, none for the clean one")
    check(before == {p: sha(p) for p in (v, c)}, "inputs never modified")
    # annotate dir inside the scanned folder is not scanned again
    inner = os.path.join(src, "ann")
    rc, so, se = scan(["--annotate-dir", inner, src])
    check(len(jsonl(so)) == 2, "an annotate dir inside the scanned folder is not scanned")
    rc, so, se = scan(["--annotate-dir", inner, src])
    check(len(jsonl(so)) == 2, "... not even on the next run")


def case_rules(tmp):
    rc, out, err = run(["rules", "list"])
    lines = out.splitlines()
    check(rc == 0 and lines and lines[0].split()[:3] == ["ID", "KATEGORI", "TINGKAT"], "rules list: a table with a header")
    ids = [line.split()[0] for line in lines[1:-1] if line.strip()]
    check(len(ids) > 0, f"rules list: built-in rules listed ({len(ids)})")
    cols = [line.index(line.split()[1]) for line in lines[1:-1] if len(line.split()) > 3]
    check(len(set(cols)) <= 1, "rules list: columns aligned")
    if ids:
        over = os.path.join(tmp, "over")
        os.makedirs(over)
        with open(os.path.join(over, "override.lua"), "w") as f:
            f.write(f'rule {{ id = "{ids[0]}", category = "endorsement", severity = "low",\n'
                    '  basis = "uji", message = "ditimpa", match = any { "zorbaflux" },\n'
                    '  examples = { flag = { "ada zorbaflux" }, pass = { "biasa" } } }\n')
        rc, out, err = run(["rules", "list", "--rules", over])
        row = [line for line in out.splitlines() if line.split() and line.split()[0] == ids[0]]
        check(rc == 0 and row and "override.lua:1" in row[0] and "menimpa" in row[0],
              f"rules list --rules DIR: the override shows its file:line ({row})")
    rc, out, err = run(["rules", "test", E2E_RULES])
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    check(not [f for f in fails if "e2e-" in f], "rules test DIR: the folder's examples pass")
    check(rc == (1 if fails else 0), f"rules test: exit 0 exactly when no example fails (rc={rc}, {len(fails)} FAIL lines)")
    failing = os.path.join(tmp, "failing")
    os.makedirs(failing)
    with open(os.path.join(failing, "f.lua"), "w") as f:
        f.write('rule { id = "endorsement.e2e-fails", category = "endorsement", severity = "high",\n'
                '  basis = "uji", message = "gagal", match = any { "zorbaflux" },\n'
                '  examples = { flag = { "tidak ada kata itu" }, pass = { "biasa" } } }\n')
    rc, out, err = run(["rules", "test", failing])
    check(rc == 1 and "e2e-fails" in out + err, f"rules test: a failing example exits 1 and is named (rc={rc})")


def case_progress(tmp):
    t = os.path.join(tmp, "tree")
    os.makedirs(t)
    for i in range(40):
        mkdocx.write_docx(os.path.join(t, f"m{i}.docx"), VIOLATION if i % 5 == 0 else CLEAN)
    pid, fd = pty.fork()
    if pid == 0:  # child: stdout to a file, stderr on the terminal
        out = os.open(os.path.join(tmp, "out.jsonl"), os.O_WRONLY | os.O_CREAT, 0o644)
        os.dup2(out, 1)
        os.environ.pop("NETRAL_LANG", None)
        os.execv(NETRAL, [NETRAL, "scan", "--rules", E2E_RULES, "-j", "2", t])
    data = b""
    while True:
        r, _, _ = select.select([fd], [], [], 60)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    _, status = os.waitpid(pid, 0)
    text = data.decode("utf-8", "replace")
    if os.environ.get("NETRAL_E2E_DEBUG"):
        print(repr(text))
    check(os.waitstatus_to_exitcode(status) == 1, "exit 1 with violations")
    check("40/40" in text and "dok/d" in text and "ditandai" in text,
          "progress line on a terminal: done/total, docs/s, flagged")
    check("40 dokumen" in text and "per kategori" in text and "endorsement" in text,
          "final summary: scanned, flagged by category")
    with open(os.path.join(tmp, "out.jsonl")) as f:
        check(len(jsonl(f.read())) == 40, "report on stdout (a file): jsonl by default")
    rc, out, err = scan([t])
    check("\r" not in err and "dok/d " not in err, "no progress bar when stderr is not a terminal")
    rc, out, err = scan(["-q", t])
    check(err == "", "--quiet: nothing on stderr")


def start_until_growing(cmd, env, out, size):
    """Start a scan writing to `out` and return once its temporary report passes `size` bytes
    (results are flowing) or the scan has ended; the caller then presses Ctrl-C."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    folder, prefix = os.path.dirname(out), "." + os.path.basename(out) + ".tmp-"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and p.poll() is None:
        tmps = [x for x in os.listdir(folder) if x.startswith(prefix)]
        if tmps and os.path.getsize(os.path.join(folder, tmps[0])) > size:
            break
        time.sleep(0.01)
    return p


def case_interrupt(tmp):
    t = os.path.join(tmp, "tree")
    os.makedirs(t)
    n = 3000
    mkdocx.write_docx(os.path.join(t, "base.docx"), CLEAN)
    with open(os.path.join(t, "base.docx"), "rb") as f:
        base = f.read()
    for i in range(n):  # distinct bytes per file (a comment in the zip) so the cache has n entries
        with open(os.path.join(t, f"m{i:05d}.docx"), "wb") as f:
            f.write(base[:-2] + (len(f"{i}").to_bytes(2, "little")) + f"{i}".encode())
    out, cache = os.path.join(tmp, "out.jsonl"), os.path.join(tmp, "c.cache")
    e = dict(os.environ)
    e.pop("NETRAL_LANG", None)
    p = start_until_growing([NETRAL, "scan", "--rules", E2E_RULES, "-j", "2", "--no-progress", "-o", out,
                             "--cache", cache, t], e, out, 2000)
    if p.poll() is not None:
        print("SKIPPED: the scan finished before it could be interrupted")
        return SKIP
    p.send_signal(signal.SIGINT)
    so, se = p.communicate(timeout=120)
    se = se.decode("utf-8", "replace")
    check(p.returncode == 130, f"Ctrl-C: exit 130 (got {p.returncode})")
    check("dihentikan" in se, "Ctrl-C: the summary says the scan was interrupted")
    partial = os.path.join(tmp, "out.partial.jsonl")
    check(not os.path.exists(out) and os.path.exists(partial), "Ctrl-C: the report goes to out.partial.jsonl")
    with open(partial) as f:
        docs = jsonl(f.read())   # raises if a line is cut in half
    check(0 < len(docs) < n + 1, f"partial report with whole lines ({len(docs)} of {n + 1})")
    check(not [x for x in os.listdir(tmp) if ".tmp-" in x or ".netral-" in x], "no temporary files left")
    rc, so2, se2 = scan(["-j", "2", "--cache", cache, t])
    counts = summary_counts(se2)
    check(counts is not None and counts[0] >= len(docs) and counts[0] + counts[1] == n + 1,
          f"the cache written on Ctrl-C is valid and reused ({counts}, {len(docs)} reported)")
    # SARIF of an interrupted run says the execution did not succeed, and why
    sarif_out = os.path.join(tmp, "out.sarif")
    p = start_until_growing([NETRAL, "scan", "--rules", E2E_RULES, "-j", "1", "--no-progress",
                             "--format", "sarif", "-o", sarif_out, t], e, sarif_out, 4000)
    if p.poll() is None:
        p.send_signal(signal.SIGINT)
        p.communicate(timeout=120)
        with open(os.path.join(tmp, "out.partial.sarif")) as f:
            inv = json.load(f)["runs"][0]["invocations"][0]
        check(p.returncode == 130 and inv["executionSuccessful"] is False,
              "Ctrl-C: SARIF executionSuccessful is false")
        check(any(x.get("descriptor", {}).get("id") == "interrupted"
                  for x in inv["toolExecutionNotifications"]), "Ctrl-C: SARIF notes the interruption")
    else:
        print("note: the SARIF scan finished before it could be interrupted; not checked")


def case_bad_input(tmp):
    t = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(t, "broken"))
    for i in range(1000):
        with open(os.path.join(t, "broken", f"b{i:04d}.docx"), "wb") as f:
            f.write(b"PK\x03\x04" + os.urandom(64) if i % 2 else os.urandom(200))
    mkdocx.write_docx(os.path.join(t, "good.docx"), VIOLATION)
    big = os.path.join(t, "big.docx")
    mkdocx.write_big_docx(big, 200 * 1024 * 1024)
    rc, out, err = scan(["-j", "2", t])
    got = by_path(jsonl(out))
    check(len(got) == 1002, f"1,000 broken files + big + good all reported ({len(got)})")
    codes = {d.get("error", {}).get("code") for p, d in got.items() if "/broken/" in p}
    check(codes <= {"not-a-zip", "not-a-docx", "malformed-xml", "limit-exceeded"} and None not in codes,
          f"each broken file reported with its code ({codes})")
    check(got.get(f"{t}/good.docx", {}).get("verdict") == "violation", "the good memo is unaffected")
    bd = got.get(big, {})
    check(bd.get("status") == "error" and bd.get("error", {}).get("code") in ("too-large", "limit-exceeded"),
          f"a 200 MB document is reported with its code ({bd.get('error')})")
    os.unlink(big)
    # permission denied and an unreadable folder: only meaningful for a user without root powers
    priv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    if priv and not shutil.which("setpriv"):
        print("note: unreadable-file checks skipped (root without setpriv)")
        return
    p = os.path.join(tmp, "perm")
    os.makedirs(os.path.join(p, "locked"))
    mkdocx.write_docx(os.path.join(p, "locked", "x.docx"), CLEAN)
    mkdocx.write_docx(os.path.join(p, "secret.docx"), CLEAN)
    mkdocx.write_docx(os.path.join(p, "fine.docx"), CLEAN)
    os.chmod(os.path.join(p, "locked"), 0)
    os.chmod(os.path.join(p, "secret.docx"), 0)
    for d in (tmp, p):
        os.chmod(d, 0o755)
    cmd = priv + [NETRAL, "scan", "--no-progress", p]
    r = subprocess.run(cmd, capture_output=True)
    got = by_path(jsonl(r.stdout.decode()))
    os.chmod(os.path.join(p, "locked"), 0o755)
    check(got.get(os.path.join(p, "locked"), {}).get("error", {}).get("code") == "io-error",
          f"an unreadable folder is an io-error entry ({got.get(os.path.join(p, 'locked'))})")
    check(got.get(os.path.join(p, "secret.docx"), {}).get("error", {}).get("code") == "io-error",
          "permission denied on a file: io-error")
    check(got.get(os.path.join(p, "fine.docx"), {}).get("verdict") == "clean", "the readable memo is scanned")
    check(r.returncode == 1, "exit 1 when something could not be read")


def case_vanish(tmp):
    """Files deleted while the scan runs: each one listed is reported not-found, the rest go on."""
    t = os.path.join(tmp, "tree")
    os.makedirs(t)
    mkdocx.write_docx(os.path.join(t, "base.docx"), CLEAN)
    with open(os.path.join(t, "base.docx"), "rb") as f:
        base = f.read()
    n = 1500
    for i in range(n):
        with open(os.path.join(t, f"m{i:05d}.docx"), "wb") as f:
            f.write(base)
    e = dict(os.environ)
    e.pop("NETRAL_LANG", None)
    out = os.path.join(tmp, "out.jsonl")
    with open(out, "wb") as fo:
        p = subprocess.Popen([NETRAL, "scan", "-j", "1", "--no-progress", t], stdout=fo,
                             stderr=subprocess.PIPE, env=e)
        while p.poll() is None and os.path.getsize(out) == 0:
            time.sleep(0.002)            # scanning has started: now pull files away under it
        for i in range(n // 2, n):
            os.unlink(os.path.join(t, f"m{i:05d}.docx"))
        _, err = p.communicate(timeout=300)
    with open(out) as f:
        docs = jsonl(f.read())
    statuses = {(d["status"], d.get("error", {}).get("code")) for d in docs}
    check(p.returncode in (0, 1) and "Sanitizer" not in err.decode(), f"scan survives files vanishing (rc={p.returncode})")
    check(statuses <= {("ok", None), ("error", "not-found")}, f"vanished files are not-found, nothing else ({statuses})")
    got = by_path(docs)
    kept = [os.path.join(t, f"m{i:05d}.docx") for i in range(n // 2)] + [os.path.join(t, "base.docx")]
    check(all(got.get(k, {}).get("status") == "ok" for k in kept), "every file still there is scanned")
    gone = sum(1 for d in docs if d["status"] == "error")
    print(f"note: {gone} files reported not-found, {len(docs)} reports in all")
    check(p.returncode == (1 if gone else 0), "exit 1 exactly when some file could not be read")


CASES = {
    "tree": case_tree, "exit-codes": case_exit_codes, "usage": case_usage, "formats": case_formats,
    "sarif-schema": case_sarif_schema, "cache": case_cache, "sort": case_sort, "text": case_text,
    "annotate": case_annotate, "rules": case_rules, "progress": case_progress,
    "interrupt": case_interrupt, "bad-input": case_bad_input, "vanish": case_vanish,
}


def main():
    global NETRAL
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("case", nargs="?")
    a = ap.parse_args()
    if a.list:
        print("\n".join(CASES))
        return 0
    NETRAL = os.path.abspath(a.netral)
    tmp = tempfile.mkdtemp(prefix=f"netral-e2e-{a.case}-")
    try:
        rc = CASES[a.case](tmp)
    finally:
        for root, dirs, _ in os.walk(tmp):
            for d in dirs:
                try:
                    os.chmod(os.path.join(root, d), 0o755)
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
    if rc == SKIP:
        return SKIP
    print(f"{a.case}: {len(FAILURES)} failed" if FAILURES else f"{a.case}: all passed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
