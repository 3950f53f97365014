#!/usr/bin/env python3
"""reports_e2e.py - end-to-end tests of what a `netral scan` leaves behind for an inspector: reports
that say when a run was interrupted (a real SIGINT at several points) and never replace a complete
one, annotated copies and links that travel, the memo facts, letterheads of every shape, skipped
non-DOCX files, one language per run, standard-input pipes, the text report's modes and unwritable
outputs. One case per ctest entry.

Usage: reports_e2e.py --netral BUILD/netral CASE      (reports_e2e.py --list prints the cases)
Exit 0 pass, 1 fail, 77 skipped (with the reason printed).
"""
import argparse
import csv
import html.parser
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mkdocx  # noqa: E402
from cli_e2e import VIOLATION, CLEAN, REVIEW, E2E_RULES  # noqa: E402

SKIP = 77
NETRAL = None
SLOW_RULES = os.path.join(HERE, "rules_slow")  # a few ms per memo: time to press Ctrl-C
FAILURES = []

# A memo as an inspector meets it: kop, labels, place and date, signature block.
LETTER_BODY = [
    "SURAT EDARAN",
    "Nomor : 800/217/Disdik/2024",
    "Sifat : Penting",
    "Hal : Dukungan pada Pemilihan Bupati",
    "Kami minta seluruh pegawai memenangkan pasangan calon Bupati nomor urut 2 pada pemilihan.",
    "Sungai Pinang, 8 Oktober 2024",
    "Kepala Dinas Pendidikan,",
    "",
    "ttd",
    "",
    "Dr. H. AHMAD FAUZI, M.Si.",
    "Pembina Utama Muda",
    "NIP. 19700101 199503 1 001",
    "Tembusan:",
    "1. Bupati Sungai Pinang",
]
LETTER_KOP = "PEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PENDIDIKAN\nJl. Merdeka No. 14, Telp. (0751) 445566"
LETTER_MEMO = {"number": "800/217/Disdik/2024", "subject": "Dukungan pada Pemilihan Bupati",
               "date": "8 Oktober 2024", "date_iso": "2024-10-08", "classification": "Penting",
               "office": "PEMERINTAH KABUPATEN SUNGAI PINANG / DINAS PENDIDIKAN",
               "signer": "Dr. H. AHMAD FAUZI, M.Si.", "signer_title": "Kepala Dinas Pendidikan"}
BLATANT = "Kami minta seluruh pegawai memenangkan pasangan calon Bupati nomor urut 2 pada pemilihan."


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILURES.append(what)
    return cond


def env(extra=None):
    e = dict(os.environ)
    e.pop("NETRAL_LANG", None)
    e.pop("NETRAL_RULES", None)
    e.update(extra or {})
    return e


def run(args, timeout=600, **kw):
    p = subprocess.run([NETRAL] + args, capture_output=True, env=env(), timeout=timeout, **kw)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def run_bytes(args, stdin=None, timeout=300):
    p = subprocess.run([NETRAL] + args, input=stdin, capture_output=True, env=env(), timeout=timeout)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def scan(args, **kw):
    return run(["scan", "--rules", E2E_RULES, "--no-progress"] + args, **kw)


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def files_under(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)


def letter(path, body=LETTER_BODY, kop=LETTER_KOP):
    """A memo with its kop in the page header (one paragraph, Shift+Enter between the lines)."""
    mkdocx.write_docx_xml(path, "".join(mkdocx.para_xml(p) for p in body), mkdocx.para_xml(kop))


def many(folder, n, violation_every=4):
    """n memos with distinct bytes (a number line each) in folder."""
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        mkdocx.write_docx(os.path.join(folder, f"m{i:05d}.docx"),
                          (VIOLATION if i % violation_every == 0 else CLEAN) + [f"Nomor urut arsip {i}."])


class Tags(html.parser.HTMLParser):
    """Counts start/end tags so a cut-off page shows (tables, bodies and scripts must close)."""

    def __init__(self):
        super().__init__()
        self.open = {}
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.open[tag] = self.open.get(tag, 0) + 1
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])

    def handle_endtag(self, tag):
        self.open[tag] = self.open.get(tag, 0) - 1


def parse_html(text):
    p = Tags()
    p.feed(text)
    p.close()
    return p


# ---- Interrupted runs: a real SIGINT at several points ---------------------------------------

FORMATS = ("json", "html", "sarif", "text", "jsonl", "csv")


def valid_partial(fmt, text, n):
    """(valid, done, total) of an interrupted run's report, checked with real parsers."""
    if fmt == "json":
        s = json.loads(text)["summary"]
        return s.get("complete") is False and s.get("interrupted") is True, s.get("done"), s.get("total")
    if fmt == "sarif":
        run0 = json.loads(text)["runs"][0]
        inv = run0["invocations"][0]
        s = run0["properties"]["summary"]
        notes = [x for x in inv["toolExecutionNotifications"] if x["descriptor"]["id"] == "interrupted"]
        ok = inv["executionSuccessful"] is False and len(notes) == 1 and s["complete"] is False
        ok = ok and f"{s['done']} " in notes[0]["message"]["text"] and f" {s['total']} " in notes[0]["message"]["text"]
        return ok, s.get("done"), s.get("total")
    if fmt == "html":
        p = parse_html(text)
        closed = all(v == 0 for k, v in p.open.items() if k in ("table", "tbody", "html", "body", "script", "section"))
        m = re.search(r'<div class="warn" id="incomplete">[^<]*?setelah ([\d.]+) dari ([\d.]+) dokumen', text)
        rows = text.count('<tbody class="m"')
        done = int(m.group(1).replace(".", "")) if m else None
        return closed and m is not None and rows == done, done, int(m.group(2).replace(".", "")) if m else None
    if fmt == "text":
        m = re.search(r"TIDAK LENGKAP: pemindaian dihentikan setelah (\d+) dari (\d+) dokumen\.\n$", text)
        return m is not None, int(m.group(1)) if m else None, int(m.group(2)) if m else None
    if fmt == "jsonl":
        docs = jsonl(text)  # raises on a line cut in half
        return True, len(docs), None
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    whole = text.endswith("\r\n") and all(None not in r and None not in r.values() for r in rows)
    return whole, len({r["path"] for r in rows}), None


def start_and_interrupt(cmd, out, when, full_size=0):
    """Start a scan, send SIGINT at `when` ("start": as soon as its temporary report exists, "middle":
    once it holds a third of a complete report, "late": 85% of it), return (rc, stderr); rc None
    when the scan ended before the signal could be sent."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    folder, prefix = os.path.dirname(out), "." + os.path.basename(out) + ".tmp-"
    need = {"start": 0, "middle": full_size // 3, "late": full_size * 85 // 100}[when]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and p.poll() is None:
        tmps = [x for x in os.listdir(folder) if x.startswith(prefix)]
        if tmps:
            try:
                if os.path.getsize(os.path.join(folder, tmps[0])) >= need:
                    break
            except OSError:
                pass
        time.sleep(0.002)
    finished = p.poll() is not None
    if not finished:
        p.send_signal(signal.SIGINT)
    so, se = p.communicate(timeout=300)
    return (None if finished else p.returncode), se.decode("utf-8", "replace")


def case_interrupt(tmp):
    n = 600
    arch = os.path.join(tmp, "arsip")
    many(arch, n)
    outdir = os.path.join(tmp, "laporan")
    os.makedirs(outdir)
    complete = {}
    slow = ["--rules", SLOW_RULES]
    for fmt in FORMATS:  # a complete report first, at each -o path
        path = os.path.join(outdir, f"report.{fmt}")
        rc, _, _ = scan(slow + ["-j", "2", "--format", fmt, "-o", path, arch])
        with open(path, "rb") as f:
            complete[fmt] = f.read()
        check(rc == 1 and complete[fmt], f"{fmt}: a complete report to start with (rc={rc})")
    s = json.loads(complete["json"])["summary"]
    check(s["complete"] is True and s["documents"] == n, "a complete json report says complete: true")
    checked = 0
    for when in ("start", "middle", "late"):
        for fmt in FORMATS:
            path = os.path.join(outdir, f"report.{fmt}")
            partial = os.path.join(outdir, f"report.partial.{fmt}")
            if os.path.exists(partial):
                os.unlink(partial)
            rc, err = start_and_interrupt([NETRAL, "scan", "--rules", E2E_RULES, "--rules", SLOW_RULES,
                                           "--no-progress", "-j", "1", "--format", fmt, "-o", path, arch],
                                          path, when, len(complete[fmt]))
            if rc is None:
                print(f"note: {fmt}/{when}: the scan finished before the signal; nothing to check")
                continue
            checked += 1
            with open(path, "rb") as f:
                check(f.read() == complete[fmt], f"{fmt}/{when}: the complete report at -o is untouched")
            check(rc == 130, f"{fmt}/{when}: exit 130 (got {rc})")
            if not check(os.path.exists(partial), f"{fmt}/{when}: the partial report is at {os.path.basename(partial)}"):
                continue
            with open(partial, encoding="utf-8", newline="") as f:
                text = f.read()
            try:
                ok, done, total = valid_partial(fmt, text, n)
            except (ValueError, KeyError, IndexError) as e:
                ok, done, total = False, None, None
                print("  parse error:", e)
            check(ok, f"{fmt}/{when}: the partial report is valid {fmt} and marked incomplete")
            if total is not None:
                check(done is not None and done < n and total == n,
                      f"{fmt}/{when}: done/total {done}/{total} (total = every memo found, {n})")
            check(partial in err and "TIDAK LENGKAP" in err and path in err,
                  f"{fmt}/{when}: the message names the partial report and the kept one")
            check(not [x for x in os.listdir(outdir) if ".tmp-" in x], f"{fmt}/{when}: no temporary file left")
    check(checked >= 12, f"interrupted at least 12 of 18 format/moment runs ({checked})")
    # no earlier report: the partial one still goes beside, -o stays absent (only complete reports there)
    fresh = os.path.join(outdir, "baru.json")
    rc, err = start_and_interrupt([NETRAL, "scan", "--rules", E2E_RULES, "--rules", SLOW_RULES, "--no-progress",
                                   "-j", "1", "--format", "json", "-o", fresh, arch], fresh, "middle",
                                  len(complete["json"]))
    if rc is not None:
        check(not os.path.exists(fresh) and os.path.exists(os.path.join(outdir, "baru.partial.json")),
              "interrupted with no earlier report: only baru.partial.json is written")
    # to standard output: the report itself says it is incomplete
    p = subprocess.Popen([NETRAL, "scan", "--rules", E2E_RULES, "--rules", SLOW_RULES, "--no-progress", "-j", "1",
                          "--format", "json", arch], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    time.sleep(0.4)
    p.send_signal(signal.SIGINT)
    so, se = p.communicate(timeout=300)
    s = json.loads(so)["summary"]
    if p.returncode == 130:
        check(s["complete"] is False and 0 <= s["done"] < s["total"] == n,
              f"json on stdout, interrupted: complete false, done {s.get('done')} of total {s.get('total')}")
    else:
        print("note: the stdout scan finished before the signal")
    # a second Ctrl-C ends at once and leaves neither a temporary file nor a changed report
    path = os.path.join(outdir, "report.html")
    p = subprocess.Popen([NETRAL, "scan", "--rules", E2E_RULES, "--rules", SLOW_RULES, "--no-progress", "-j", "1",
                          "--format", "html", "-o", path, arch], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not [x for x in os.listdir(outdir) if ".tmp-" in x]:
        time.sleep(0.002)
    if p.poll() is None:
        p.send_signal(signal.SIGINT)
        p.send_signal(signal.SIGINT)
        p.communicate(timeout=120)
        with open(path, "rb") as f:
            check(f.read() == complete["html"], "two Ctrl-C: the complete report is untouched")
        check(not [x for x in os.listdir(outdir) if ".tmp-" in x], "two Ctrl-C: no temporary file left")


# ---- Annotated copies and links that travel ---------------------------------------------------

def href_targets(report):
    with open(report, encoding="utf-8") as f:
        p = parse_html(f.read())
    base = os.path.dirname(report)
    return [(h, os.path.normpath(os.path.join(base, urllib.parse.unquote(h)))) for h in p.hrefs]


def case_annotate_paths(tmp):
    # an archive inside a hidden folder, named by an absolute path
    arch = os.path.join(tmp, ".cache", "kantor", "arsip")
    os.makedirs(os.path.join(arch, "2024", "01"))
    mkdocx.write_docx(os.path.join(arch, "2024", "01", "se-langgar.docx"), VIOLATION)
    mkdocx.write_docx(os.path.join(arch, "2024", "01", "bersih.docx"), CLEAN)
    mkdocx.write_docx(os.path.join(arch, "2024", "catatan.docx"), REVIEW)
    with open(os.path.join(arch, "rusak.docx"), "wb") as f:
        f.write(b"bukan zip")
    work = os.path.join(tmp, "kerja")
    os.makedirs(os.path.join(work, "laporan"))
    ann = os.path.join(work, "beranotasi")
    report = os.path.join(work, "laporan", "laporan.html")
    rc, out, err = scan(["--format", "html", "-o", report, "--annotate-dir", ann, arch])
    made = files_under(ann)
    check(made == ["2024/01/se-langgar.docx", "2024/catatan.docx"],
          f"copies mirror the input relative to the folder named, only memos with findings: {made}")
    check(not any(".cache" in m or m.startswith("tmp") for m in made), "no absolute or hidden path inside the copies")
    targets = href_targets(report)
    check(targets and all(not h.startswith(("/", "file:")) for h, _ in targets),
          f"report links are relative ({[h for h, _ in targets][:3]})")
    check(all(os.path.exists(t) for _, t in targets), "every link opens a file next to the report")
    origs = [t for h, t in targets if "arsip" in t]
    check(os.path.join(arch, "2024", "01", "se-langgar.docx") in origs, "a flagged memo links its original too")
    with open(report, encoding="utf-8") as f:
        page = f.read()
    check('data-path="2024/01/se-langgar.docx"' in page and arch not in page.replace("%2F", "/"),
          "paths shown relative to the scanned folder, no absolute path in the page")
    # the report, the copies and the archive travel together: links still open
    moved = os.path.join(tmp, "dipindah")
    shutil.copytree(work, os.path.join(moved, "kerja"))
    shutil.copytree(os.path.join(tmp, ".cache"), os.path.join(moved, ".cache"))
    targets2 = href_targets(os.path.join(moved, "kerja", "laporan", "laporan.html"))
    check(targets2 and all(os.path.exists(t) and t.startswith(moved) for _, t in targets2),
          "after moving the folders together every link still opens (inside the new place)")
    # --annotate-all: every readable memo
    shutil.rmtree(ann)
    rc, out, err = scan(["--annotate-all", "--annotate-dir", ann, arch])
    check(files_under(ann) == ["2024/01/bersih.docx", "2024/01/se-langgar.docx", "2024/catatan.docx"],
          f"--annotate-all: a copy of every readable memo ({files_under(ann)})")
    # several roots: each under its own name; files named directly: their name, made unique
    other = os.path.join(tmp, "lain", "arsip")
    os.makedirs(other)
    mkdocx.write_docx(os.path.join(other, "x.docx"), VIOLATION)
    one, two = os.path.join(tmp, "a", "memo.docx"), os.path.join(tmp, "b", "memo.docx")
    for p in (one, two):
        os.makedirs(os.path.dirname(p))
        mkdocx.write_docx(p, VIOLATION)
    ann2 = os.path.join(tmp, "ann2")
    rc, out, err = scan(["--annotate-dir", ann2, arch, other, one, two])
    check(files_under(ann2) == ["arsip-2/x.docx", "arsip/2024/01/se-langgar.docx", "arsip/2024/catatan.docx",
                                "memo-2.docx", "memo.docx"],
          f"several roots and named files: one name each, never two copies on one path ({files_under(ann2)})")
    rc, out, err = scan(["--annotate-all", arch])
    check(rc == 2 and "--annotate-dir" in err, "--annotate-all without --annotate-dir: usage error")


# ---- Memo facts -------------------------------------------------------------------------------

def case_memo(tmp):
    a = os.path.join(tmp, "surat.docx")
    letter(a)
    # labels in a table (as Word templates do), signer without NIP
    b = os.path.join(tmp, "tabel.docx")
    body = (mkdocx.para_xml("Padang Ilalang, 21 Oktober 2024")
            + mkdocx.table_xml([["Nomor", ":", "700.1.2/611/Insp"], ["Sifat", ":", "Rahasia"],
                                ["Lampiran", ":", "-"], ["Hal", ":", "Permintaan Klarifikasi"]])
            + mkdocx.para_xml("Yth. Sdr. AR di Tempat")
            + mkdocx.para_xml("Hal ini kami sampaikan untuk menjadi perhatian.")
            + mkdocx.para_xml("BUPATI PADANG ILALANG,") + mkdocx.para_xml("")
            + mkdocx.para_xml("H. ABDUL RAHMAN"))
    mkdocx.write_docx_xml(b, body, mkdocx.para_xml("PEMERINTAH KABUPATEN PADANG ILALANG") +
                          mkdocx.para_xml("INSPEKTORAT DAERAH") + mkdocx.para_xml("Jl. Veteran No. 3"))
    c = os.path.join(tmp, "polos.docx")
    mkdocx.write_docx(c, CLEAN)
    rc, out, err = run(["scan", "--format", "jsonl", "--no-progress", "--sort", a, b, c])
    docs = {os.path.basename(d["path"]): d for d in jsonl(out)}
    check(docs["surat.docx"].get("memo") == LETTER_MEMO, f"memo facts of a letter: {docs['surat.docx'].get('memo')}")
    want_b = {"number": "700.1.2/611/Insp", "subject": "Permintaan Klarifikasi", "date": "21 Oktober 2024",
              "date_iso": "2024-10-21", "classification": "Rahasia",
              "office": "PEMERINTAH KABUPATEN PADANG ILALANG / INSPEKTORAT DAERAH", "signer": "H. ABDUL RAHMAN",
              "signer_title": "BUPATI PADANG ILALANG"}
    check(docs["tabel.docx"].get("memo") == want_b, f"labels in a table, signer without NIP: {docs['tabel.docx'].get('memo')}")
    check("memo" not in docs["polos.docx"], "a memo without letter facts has no memo object")
    keys = list(docs["surat.docx"])
    check(keys[:3] == ["path", "status", "verdict"] and "findings" in keys,
          "the contract's fields are all still there, in their order")
    # CSV columns, text, HTML columns, text --json
    rc, out, err = run(["scan", "--format", "csv", "--no-progress", a])
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    check(rows and all(r["memo_number"] == LETTER_MEMO["number"] and r["memo_office"] == LETTER_MEMO["office"]
                       and r["memo_signer"] == LETTER_MEMO["signer"] for r in rows),
          "csv: memo_* columns on every row of the memo")
    rc, out, err = run(["scan", "--format", "text", "--no-progress", a])
    check("Nomor: 800/217/Disdik/2024" in out and "Hal: Dukungan pada Pemilihan Bupati" in out and
          "8 Oktober 2024" in out, "text: the memo's number, subject and date under its path")
    rc, out, err = run(["scan", "--format", "html", "--no-progress", a])
    check('<td>800/217/Disdik/2024</td><td>Dukungan pada Pemilihan Bupati</td><td data-v="2024-10-08">'
          '8 Oktober 2024</td><td class="office">PEMERINTAH KABUPATEN SUNGAI PINANG / DINAS PENDIDIKAN</td>' in out,
          "html: nomor, hal, tanggal and instansi columns")
    rc, out, err = run(["text", "--json", a])
    check(json.loads(out).get("memo") == LETTER_MEMO, "netral text --json shows the same memo facts")
    # the facts come with the cache too
    cache = os.path.join(tmp, "c.cache")
    first = run(["scan", "--format", "jsonl", "--no-progress", "--cache", cache, a])[1]
    second = run(["scan", "--format", "jsonl", "--no-progress", "--cache", cache, a])
    check(first == second[1] and "1 dari cache" in second[2], "memo facts survive the cache")


# ---- Letterheads of every shape ---------------------------------------------------------------

def case_letterhead(tmp):
    kop3 = "PEMERINTAH KOTA TELUK BIRU\nDINAS SOSIAL\nJl. Balai Kota No. 1, Teluk Biru"
    P = mkdocx.para_xml
    shapes = {
        "header-paragraphs": ("".join(P(BLATANT) for _ in range(1)), "".join(P(x) for x in kop3.split("\n"))),
        "header-line-breaks": (P(BLATANT), P(kop3)),
        "body-line-breaks": (P(kop3) + P("") + P(BLATANT), None),
        "body-table": (mkdocx.table_xml([["LOGO", kop3]]) + P(BLATANT), None),
        "header-table": (P(BLATANT), mkdocx.table_xml([["PEMERINTAH KOTA TELUK BIRU", "DINAS SOSIAL"]])),
        "text-box": (mkdocx.textbox_xml(kop3.split("\n")) + P(BLATANT), None),
        "image-alt-text": (P(BLATANT), mkdocx.image_xml("Kop surat Pemerintah Kota Teluk Biru, Dinas Sosial")),
    }
    for name, (body, header) in shapes.items():
        path = os.path.join(tmp, f"{name}.docx")
        mkdocx.write_docx_xml(path, body, header)
        rc, out, err = run(["scan", "--format", "jsonl", "--no-progress", path])
        d = jsonl(out)[0]
        kop = [f for f in d["findings"] if f["category"] == "letterhead-misuse"]
        check(d["verdict"] == "violation" and len(kop) == 1,
              f"{name}: the kop is recognised (letterhead-misuse: {[f['excerpt'] for f in kop]})")
        if kop and name != "image-alt-text":
            check(kop[0]["excerpt"] == "PEMERINTAH KOTA TELUK BIRU",
                  f"{name}: the finding sits on the institution line ({kop[0]['excerpt']!r})")
    # no kop at all: no letterhead finding, and no office
    path = os.path.join(tmp, "tanpa-kop.docx")
    mkdocx.write_docx_xml(path, P("SURAT EDARAN") + P(BLATANT))
    d = jsonl(run(["scan", "--format", "jsonl", "--no-progress", path])[1])[0]
    check(not [f for f in d["findings"] if f["category"] == "letterhead-misuse"] and
          "office" not in (d.get("memo") or {}), "without a kop: no letterhead finding, no office")
    # the annotated copy of a kop typed with line breaks still opens and carries the comment
    path = os.path.join(tmp, "header-line-breaks.docx")
    out_docx = os.path.join(tmp, "hlb-annotated.docx")
    rc, out, err = run(["annotate", path, out_docx])
    with zipfile.ZipFile(out_docx) as z:
        check(rc == 1 and "word/comments.xml" in z.namelist(), "annotate: the copy has its comments")


# ---- Skipped files ----------------------------------------------------------------------------

def case_skipped(tmp):
    only = os.path.join(tmp, "lama")
    os.makedirs(os.path.join(only, "2019"))
    for i in range(3):
        with open(os.path.join(only, "2019", f"se-{i}.doc"), "wb") as f:
            f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    for name in ("nota.PDF", "undangan.odt", "catatan.rtf", "bacaan.txt"):
        with open(os.path.join(only, name), "wb") as f:
            f.write(b"x")
    rc, out, err = scan([only])
    check(rc == 1, f"a folder of .doc/.pdf/.odt/.rtf files only: exit 1 (got {rc})")
    check("tidak ada memo DOCX yang ditemukan" in err and only in err, "it says no memo was found, and where")
    check("6 berkas (3 .doc, 1 .odt, 1 .rtf, 1 .pdf)" in err, f"the warning counts them by kind ({err.strip()[-200:]!r})")
    for fmt in ("json", "sarif", "html", "text"):
        rc, out, err = scan(["--format", fmt, only])
        if fmt == "json":
            s = json.loads(out)["summary"]
            check(s["skipped"] == {"doc": 3, "odt": 1, "rtf": 1, "pdf": 1} and s["documents"] == 0,
                  f"json: summary.skipped by kind ({s['skipped']})")
        elif fmt == "sarif":
            run0 = json.loads(out)["runs"][0]
            notes = [n for n in run0["invocations"][0]["toolExecutionNotifications"] if n["descriptor"]["id"] == "skipped"]
            check(notes and notes[0]["level"] == "warning" and "3 .doc" in notes[0]["message"]["text"] and
                  run0["properties"]["summary"]["skipped"]["pdf"] == 1, "sarif: a warning notification and the counts")
        elif fmt == "html":
            check('id="skipped"' in out and "6 berkas (3 .doc, 1 .odt, 1 .rtf, 1 .pdf)" in out and 'id="c-skipped"' in out,
                  "html: a notice and a card with the skipped files")
        else:
            check("6 berkas (3 .doc, 1 .odt, 1 .rtf, 1 .pdf)" in out, "text: a closing line with the skipped files")
    rc, out, err = scan(["--include-legacy", "--format", "jsonl", only])
    docs = jsonl(out)
    check(len(docs) == 6 and all(d["error"]["code"] == "legacy-doc" for d in docs) and rc == 1,
          f"--include-legacy: each is a legacy-doc entry ({len(docs)})")
    check(any(".odt" in d["error"]["message"] or "OpenDocument" in d["error"]["message"] for d in docs),
          "--include-legacy: the message says what kind of file it is")
    # a folder with memos and old files: scanned, and the warning still counts the rest
    mkdocx.write_docx(os.path.join(only, "baru.docx"), CLEAN)
    rc, out, err = scan([only])
    check(rc == 0 and "6 berkas" in err and "tidak ada memo" not in err, "memos found: exit by findings, warning kept")
    empty = os.path.join(tmp, "kosong")
    os.makedirs(empty)
    rc, out, err = scan([empty])
    check(rc == 1 and "tidak ada memo DOCX" in err, "an empty folder: no memo found, exit 1")


# ---- One language per run ---------------------------------------------------------------------

INDONESIAN = re.compile(r"\b(tidak|bukan|berkas|dokumen|temuan|tinggi|sedang|rendah|pelanggaran|galat|"
                        r"memori|arsip|gagal|dipindai|bersih|ditinjau|dihentikan|salinan)\b", re.I)


def case_language(tmp):
    t = os.path.join(tmp, "archive")  # a folder name in neither language's word list
    os.makedirs(t)
    letter(os.path.join(t, "surat.docx"))
    with open(os.path.join(t, "rusak.docx"), "wb") as f:
        f.write(b"bukan zip")
    with open(os.path.join(t, "kosong.docx"), "wb") as f:
        pass
    with zipfile.ZipFile(os.path.join(t, "zip.docx"), "w") as z:
        z.writestr("a.txt", "x")
    with open(os.path.join(t, "lama.doc"), "wb") as f:
        f.write(b"x")
    with open(os.path.join(t, "ole.docx"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    for fmt in ("jsonl", "text", "html", "sarif", "csv"):
        rc, out, err = run(["scan", "--lang", "en", "--format", fmt, "--no-progress", t])
        errors = [d.get("error", {}).get("message", "") for d in jsonl(out)] if fmt == "jsonl" else []
        visible = out if fmt != "jsonl" else " ".join(errors)
        if fmt == "html":  # the words people read (rule texts are per language too)
            visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", out, flags=re.S))
        if fmt in ("sarif", "csv"):  # the document texts come from the memo itself; check our own words
            visible = " ".join(re.findall(r'"text":"([^"]*)"', out)) if fmt == "sarif" else out
            visible = visible.replace("Kami minta seluruh pegawai memenangkan pasangan calon Bupati", "")
        visible = visible.replace("Dukungan pada Pemilihan Bupati", "").replace("PEMERINTAH KABUPATEN SUNGAI PINANG", "")
        bad = sorted(set(m.group(0).lower() for m in INDONESIAN.finditer(visible + " " + err)))
        check(not bad, f"--lang en, {fmt}: no Indonesian word in the report or on stderr ({bad})")
    rc, out, err = run(["scan", "--format", "jsonl", "--no-progress", t])
    msgs = {os.path.basename(d["path"]): d.get("error", {}).get("message", "") for d in jsonl(out)}
    check("bukan" in msgs["rusak.docx"] and "kosong" in msgs["kosong.docx"],
          f"Indonesian by default for document errors ({msgs['rusak.docx']!r})")
    rc, out, err = run(["scan", "--format", "jsonl", "--no-progress", t], timeout=60)
    os.environ_backup = None
    p = subprocess.run([NETRAL, "scan", "--format", "jsonl", "--no-progress", t], capture_output=True,
                       env=env({"NETRAL_LANG": "en"}))
    check("not a ZIP" in p.stdout.decode(), "NETRAL_LANG=en: document errors in English")
    # annotate: the severity words and paragraph numbers of the run's language, 1-based
    doc = os.path.join(t, "surat.docx")
    rc, out, err = run(["annotate", doc, os.path.join(tmp, "a.docx")])
    check(re.search(r"^  tinggi ", out, re.M) and not re.search(r"^  high ", out, re.M),
          f"annotate (id): severity words in Indonesian ({out.splitlines()[1:2]})")
    rc, out_en, err = run(["annotate", "--lang", "en", doc, os.path.join(tmp, "b.docx")])
    check(re.search(r"^  high ", out_en, re.M) and "violation" in out_en, "annotate --lang en: in English")
    rc, js, _ = run(["scan", "--format", "jsonl", "--no-progress", doc])
    f0 = jsonl(js)[0]["findings"][0]
    rc, txt, _ = run(["scan", "--format", "text", "--no-progress", doc])
    rc, hb, _ = run(["scan", "--format", "html", "--no-progress", doc])
    para = f0["paragraph"]
    check(f"{f0['part']} ¶{para + 1}" in txt and f"{f0['part']} ¶{para + 1}" in out and f" ¶{para + 1}</small>" in hb,
          f"paragraphs shown to people are 1-based (JSON {para}, text/annotate/html ¶{para + 1})")


# ---- Standard input ---------------------------------------------------------------------------

def case_stdin(tmp):
    doc = os.path.join(tmp, "surat.docx")
    letter(doc)
    with open(doc, "rb") as f:
        data = f.read()
    rc, out, err = run_bytes(["scan", "--format", "jsonl", "--no-progress", "-"], stdin=data)
    d = json.loads(out)
    check(rc == 1 and d["path"] == "-" and d["verdict"] == "violation" and d.get("memo") == LETTER_MEMO,
          f"scan - reads one memo from standard input (path '-', rc={rc})")
    rc, out, err = run_bytes(["scan", "--format", "jsonl", "--no-progress", "--stdin-name", "arsip/se-12.docx", "-"],
                             stdin=data)
    check(json.loads(out)["path"] == "arsip/se-12.docx", "--stdin-name names it in the report")
    rc, out, err = run_bytes(["scan", "--format", "jsonl", "--no-progress", "/dev/stdin"], stdin=data)
    check(rc == 1 and json.loads(out)["verdict"] == "violation", "/dev/stdin from a pipe is read too")
    rc, out, err = run_bytes(["scan", "--format", "jsonl", "--no-progress", "-"], stdin=b"bukan zip")
    check(rc == 1 and json.loads(out)["error"]["code"] == "not-a-zip", "a broken document on stdin: its contract code")
    fifo = os.path.join(tmp, "pipa.docx")
    os.mkfifo(fifo)
    p = subprocess.Popen([NETRAL, "scan", "--format", "jsonl", "--no-progress", fifo], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env())
    with open(fifo, "wb") as f:
        f.write(data)
    out, err = p.communicate(timeout=120)
    check(p.returncode == 1 and json.loads(out)["path"] == fifo, "a FIFO named on the command line is read as a stream")
    ann = os.path.join(tmp, "ann")
    rc, out, err = run_bytes(["scan", "--format", "jsonl", "--no-progress", "--stdin-name", "masuk/surat.docx",
                              "--annotate-dir", ann, "-"], stdin=data)
    check(files_under(ann) == ["surat.docx"], f"scan - with --annotate-dir: the copy takes the stdin name ({files_under(ann)})")
    rc, out, err = run_bytes(["scan", "-", "-"], stdin=data)
    check(rc == 2 and "-" in err, "'-' twice: usage error")
    # annotate - OUT, annotate IN -, annotate - -
    outp = os.path.join(tmp, "o1.docx")
    rc, out, err = run_bytes(["annotate", "-", outp], stdin=data)
    with zipfile.ZipFile(outp) as z:
        check(rc == 1 and "word/comments.xml" in z.namelist() and b"pelanggaran" in out,
              "annotate - OUT: the copy is written, the summary on stdout")
    rc, out, err = run_bytes(["annotate", doc, "-"])
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        check(rc == 1 and "word/comments.xml" in z.namelist() and "pelanggaran" in err,
              "annotate IN -: the copy on stdout, the summary on stderr")
    rc, out, err = run_bytes(["annotate", "--stdin-name", "x.docx", "-", "-"], stdin=data)
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        check(rc == 1 and "word/comments.xml" in z.namelist() and err.startswith("x.docx: pelanggaran"),
              "annotate - -: both ends are pipes")
    rc, out, err = run_bytes(["annotate", "-", os.path.join(tmp, "o2.docx")], stdin=b"bukan zip")
    check(rc == 1 and "not-a-zip" in err and not os.path.exists(os.path.join(tmp, "o2.docx")),
          "annotate - OUT of a broken document: its code, nothing written")


# ---- The text report for terminals ------------------------------------------------------------

def case_text(tmp):
    t = os.path.join(tmp, "arsip")
    os.makedirs(t)
    for i in range(5):
        mkdocx.write_docx(os.path.join(t, f"bersih-{i}.docx"), CLEAN + [f"Nomor {i}."])
    mkdocx.write_docx(os.path.join(t, "langgar.docx"), VIOLATION + ["Sekali lagi: zorbaflux bersama."])
    mkdocx.write_docx(os.path.join(t, "tinjau.docx"), REVIEW)
    rc, out, err = scan(["--format", "text", t])
    check("langgar.docx" in out and "tinjau.docx" in out and "bersih-0.docx" not in out,
          "text: flagged memos listed, clean ones not")
    check("5 yang bersih tidak dicantumkan (--all" in out, "text: says how many clean memos are not listed")
    rc, out_all, err = scan(["--format", "text", "--all", t])
    check(all(f"bersih-{i}.docx" in out_all for i in range(5)), "text --all: clean memos too")
    rc, js, _ = scan(["--format", "jsonl", t])
    found = [f for d in jsonl(js) for f in d["findings"]]
    nfind = len(found)
    zorb = [f for f in found if f["rule"] == "endorsement.e2e-zorbaflux"]
    check(len(zorb) >= 2, f"the test memo has two findings of one rule ({len(zorb)})")
    for b in {f["basis"] for f in found if f["basis"]}:
        rules = {f["rule"] for f in found if f["basis"] == b}
        check(out.count(b) == len(rules),
              f"text: the legal basis {b[:30]!r} is printed once per rule ({out.count(b)} for {len(rules)} rules)")
    check("Dasar hukum dan saran per aturan:" in out and out.index("Dasar hukum") > out.index("tinjau.docx"),
          "text: the legend closes the report")
    rc, brief, err = scan(["--brief", t])
    lines = [x for x in brief.splitlines() if x.strip()]
    finding_lines = [x for x in lines if re.match(r"^\S+\.docx:¶\d+: ", x)]
    check(len(finding_lines) == nfind and len(lines) == nfind + 1,
          f"--brief: one line per finding and one summary line ({len(finding_lines)} of {nfind}, {len(lines)} lines)")
    check("Dasar" not in brief, "--brief: no legend")
    rc, out, err = scan(["--brief", "--format", "json", t])
    check(rc == 2 and "--brief" in err, "--brief with another format: usage error")


# ---- Unwritable outputs -----------------------------------------------------------------------

def case_unwritable(tmp):
    t = os.path.join(tmp, "arsip")
    many(t, 5)
    ro = os.path.join(tmp, "ro")
    os.makedirs(ro)
    cases = [
        (["-o", os.path.join(tmp, "tidak-ada", "r.json")], "r.json"),
        (["-o", ro + "/"], ro),
        (["-o", t], t),
        (["--annotate-dir", os.path.join(t, "m00000.docx", "x")], "m00000.docx"),
    ]
    if os.geteuid() != 0:
        os.chmod(ro, 0o555)
        cases.append((["-o", os.path.join(ro, "r.json")], "r.json"))
        cases.append((["--annotate-dir", ro], ro))
    for args, needle in cases:
        rc, out, err = scan(["--format", "json"] + args + [t])
        check(rc == 2 and out == "" and needle in err and len(err.strip().splitlines()) == 1,
              f"{' '.join(args)}: exit 2 before scanning, one line naming it ({err.strip()!r})")
    os.chmod(ro, 0o755)


CASES = {
    "interrupt": case_interrupt, "annotate-paths": case_annotate_paths, "memo": case_memo,
    "letterhead": case_letterhead, "skipped": case_skipped, "language": case_language,
    "stdin": case_stdin, "text": case_text, "unwritable": case_unwritable,
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
    tmp = tempfile.mkdtemp(prefix=f"netral-reports-{a.case}-")
    try:
        rc = CASES[a.case](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if rc == SKIP:
        return SKIP
    print(f"{a.case}: {len(FAILURES)} failed" if FAILURES else f"{a.case}: all passed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
