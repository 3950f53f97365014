#!/usr/bin/python3
"""check_annotated.py - annotates DOCX files and checks the copies with real readers.

For every input: the annotated copy opens in python-docx; the findings whose words overlap in a
paragraph (any category) share exactly one Netral comment, no two of which cover the same words;
its header names each category in words with its severity, then come each finding's message and
legal basis, the rule ids last; its words are the union of the findings' excerpts (or, for places
Word cannot hold comments, a note at the start of the body quoting them); a comment for one
finding of the built-in rules stays near 400 characters; the document's own
comments are kept; unchanged zip entries are byte-identical (compressed bytes and CRC); the input
is untouched; docProps/custom.xml carries the verdict; annotating the copy again gives the same
comments (and, with SOURCE_DATE_EPOCH set, the same parts); LibreOffice converts every copy to
PDF and ODF and keeps the comments.

usage: check_annotated.py (--synthetic EXE [--highlight] | --netral EXE) --work DIR [--no-soffice] PATH...
Exit: 0 ok, 1 failures, 77 when no input path exists (shared data absent).
"""
import argparse
import hashlib
import json
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from xml.etree import ElementTree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARK = "Netral \u00b7 ["
SEV = {"high": "tingkat tinggi", "medium": "tingkat sedang", "low": "tingkat rendah", "info": "informasi"}
CATS = {"endorsement": "Dukungan kepada calon", "campaign-activity": "Kegiatan kampanye",
        "social-media": "Kampanye di media sosial", "state-facility": "Pemakaian fasilitas negara",
        "inducement": "Pemberian atau pengumpulan KTP untuk calon",
        "letterhead-misuse": "Kop surat resmi untuk konten partisan"}
ONE_FINDING_MAX = 420  # characters of a comment for one built-in finding ("about 400")
CHANGEABLE_FIXED = {"[Content_Types].xml", "_rels/.rels", "docProps/custom.xml"}


def q(tag):
    return "{%s}%s" % (W, tag)


class Failures:
    def __init__(self):
        self.items = []

    def add(self, doc, msg):
        self.items.append("%s: %s" % (doc, msg))
        print("FAIL %s: %s" % (doc, msg), flush=True)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def inputs(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.lower().endswith((".docx", ".docm")):
                        yield os.path.join(root, f)
        elif os.path.isfile(p):
            yield p


# ---- Running the annotator ------------------------------------------------------------------

class Unreadable(Exception):
    """The reader refuses the input: there must be no output file."""


def run_synthetic(exe, src, dst, highlight=False):
    r = subprocess.run([exe] + (["--highlight"] if highlight else []) + [src, dst], capture_output=True, text=True, errors="replace", timeout=120)
    if r.returncode == 3:
        if os.path.exists(dst):
            return None, "an output was written for an unreadable input"
        raise Unreadable(r.stderr.strip())
    if r.returncode != 0:
        return None, r.stderr.strip()
    return json.loads(r.stdout), None


def run_cli(exe, src, dst):
    """`netral scan` gives the findings; `netral annotate IN OUT` writes the copy."""
    s = subprocess.run([exe, "scan", "--format", "jsonl", "--no-progress", src],
                       capture_output=True, text=True, errors="replace", timeout=120)
    lines = [l for l in s.stdout.splitlines() if l.strip()]
    if len(lines) != 1:
        return None, "netral scan printed %d lines: %s" % (len(lines), s.stderr.strip())
    report = json.loads(lines[0])
    r = subprocess.run([exe, "annotate", src, dst], capture_output=True, text=True,
                       errors="replace", timeout=120)
    if report.get("status") == "error":
        if r.returncode == 0 or os.path.exists(dst):
            return None, "unreadable input (%s) but annotate exit %d, output %s" % (
                report["error"]["code"], r.returncode, os.path.exists(dst))
        raise Unreadable("%s: %s" % (report["error"]["code"], r.stderr.strip()))
    if r.returncode not in (0, 1) or not os.path.exists(dst):
        return None, "netral annotate exit %d: %s" % (r.returncode, r.stderr.strip())
    return report, None


# ---- Reading an annotated copy with python-docx ---------------------------------------------

def text_of(el):
    """Text as netral sees it in a run: w:t, tabs and breaks; nothing from text boxes."""
    out = []
    for node in el.iter():
        tag = node.tag
        if tag == q("t"):
            out.append(node.text or "")
        elif tag == q("tab") and node.getparent().tag == q("r"):
            out.append("\t")
        elif tag in (q("br"), q("cr")):
            out.append("\n")
    return "".join(out)


def highlighted(t):
    """python-docx's view of the highlight of the run holding w:t element t: ours is yellow; a
    highlight the author already gave the words (any colour) is kept."""
    from docx.text.run import Run
    run = t.getparent()
    if run.tag != q("r") or Run(run, None).font.highlight_color is None:
        return False
    return run.find(q("rPr")).find(q("highlight")).get(q("val")) != "none"


def walk(el, skip):
    """Document-order elements, not descending into skipped subtrees."""
    yield el
    if el.tag in skip:
        return
    for child in el:
        yield from walk(child, skip)


def read_copy(path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    d = docx.Document(path)
    comments = {}
    for rel in d.part.rels.values():
        if rel.reltype == RT.COMMENTS and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            for c in root.iter(q("comment")):
                paras = ["".join(t.text or "" for t in p.iter(q("t"))) for p in c.iter(q("p"))]
                comments[int(c.get(q("id")))] = {
                    "author": c.get(q("author")), "initials": c.get(q("initials")),
                    "date": c.get(q("date")), "paras": paras}
    anchored, wt_only, starts, ends, refs = {}, {}, {}, {}, {}
    open_ids, fields, in_field, plain, together = [], [], set(), set(), set()
    skip = {q("txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
            q("del"), q("instrText")}
    for el in walk(d.element, skip):
        tag = el.tag
        if tag == q("fldChar"):
            kind = el.get(q("fldCharType"))
            if kind == "begin":
                fields.append("code")
            elif kind == "separate" and fields:
                fields[-1] = "result"
            elif kind == "end" and fields:
                fields.pop()
        elif tag == q("commentRangeStart"):
            i = int(el.get(q("id")))
            if "result" in fields or any(a.tag == q("fldSimple") for a in el.iterancestors()):
                in_field.add(i)
            starts[i] = starts.get(i, 0) + 1
            open_ids.append(i)
            anchored.setdefault(i, "")
            wt_only.setdefault(i, "")
        elif tag == q("commentRangeEnd"):
            i = int(el.get(q("id")))
            if "result" in fields or any(a.tag == q("fldSimple") for a in el.iterancestors()):
                in_field.add(i)
            ends[i] = ends.get(i, 0) + 1
            if i in open_ids:
                open_ids.remove(i)
        elif tag == q("commentReference"):
            i = int(el.get(q("id")))
            refs[i] = refs.get(i, 0) + 1
        elif tag == q("t") or (tag == q("tab") and el.getparent().tag == q("r")) or tag in (q("br"), q("cr")):
            piece = text_of(el) if tag != q("t") else (el.text or "")
            if piece.strip() and len(open_ids) > 1:
                together.add(tuple(sorted(open_ids)))
            for i in open_ids:
                anchored[i] += piece
                if tag == q("t"):
                    wt_only[i] += piece
                    if piece and not highlighted(el):
                        plain.add(i)
    # plain: comments some of whose words are not highlighted; together: comments sharing words
    return comments, (anchored, wt_only, in_field, plain, together), starts, ends, refs


def ours(comments):
    return {i: c for i, c in comments.items() if c["paras"] and c["paras"][0].startswith(MARK)}


def is_note(c):
    """A comment at the start of the body standing for words elsewhere."""
    return len(c["paras"]) > 1 and c["paras"][1].startswith(("Ditemukan di ", "Found in the "))


def squash(s):
    return re.sub(r"\s+", "", s)


def alnum(s):
    """Letters and digits only: symbols (w:sym), no-break hyphens and math the reader turns into
    text are not w:t text for python-docx."""
    return re.sub(r"[\W_]+", "", s)


def verdict(findings):
    sev = {f["severity"] for f in findings}
    return "violation" if sev & {"high", "medium"} else "review" if "low" in sev else "clean"


def groups_of(findings):
    """The comments the findings should get: per part and paragraph, runs of overlapping ranges
    (an empty range counts as its first byte), in report order of their first finding."""
    by_para = {}
    for i, f in enumerate(findings):
        by_para.setdefault((f["part"], f["paragraph"]), []).append((f["start"], i, f))
    out = []
    for items in by_para.values():
        items.sort(key=lambda t: (t[0], t[1]))
        cur, hi = [], -1
        for start, i, f in items:
            end = max(f["end"], f["start"] + 1)
            if cur and start >= hi:
                out.append(cur)
                cur, hi = [], -1
            cur.append((i, f))
            hi = max(hi, end)
        if cur:
            out.append(cur)
    out.sort(key=lambda g: min(i for i, _ in g))
    return [[f for _, f in g] for g in out]


def union_excerpt(group, key="excerpt"):
    """The words of all the group's findings: their excerpts laid over their byte offsets."""
    lo = min(f["start"] for f in group)
    hi = max(f["end"] for f in group)
    buf = bytearray(hi - lo)
    for f in group:
        if key not in f:
            return None
        b = f[key].encode("utf-8")
        if key == "excerpt":
            buf[f["start"] - lo:f["start"] - lo + len(b)] = b
    if key != "excerpt":
        return "".join(f[key] for f in group) if len(group) == 1 else None
    return buf.decode("utf-8", "replace")


def check_comments(name, report, copy, fails, highlight=False, builtin=False):
    comments, (anchored, wt_only, _, plain, together), starts, ends, refs = copy
    mine = ours(comments)
    findings = report.get("findings", [])
    groups = groups_of(findings)
    stats = {"anchored": 0, "notes": 0, "loose": 0}
    if len(mine) != len(groups):
        fails.add(name, "%d findings on %d spans but %d Netral comments" % (len(findings), len(groups), len(mine)))
    for ids in together:
        # notes for words elsewhere all stand on the body's first paragraph
        both = [i for i in ids if i in mine and not is_note(mine[i])]
        if len(both) > 1:
            fails.add(name, "Netral comments %s cover the same words" % both)
    for i, c in mine.items():
        if starts.get(i) != 1 or ends.get(i) != 1 or refs.get(i) != 1:
            fails.add(name, "comment %d: start/end/reference counts %s/%s/%s"
                      % (i, starts.get(i), ends.get(i), refs.get(i)))
        if c["author"] != "Netral" or c["initials"] != "N" or not c["date"]:
            fails.add(name, "comment %d: author/initials/date %r" % (i, c))
    used = set()
    # comments that should sit on their words pick first, so a note with the same words cannot
    # take their comment
    order = sorted(groups, key=lambda g: not (g[0]["part"] == "word/document.xml"
                                              and g[0].get("where") in ("body", "table")))
    for g in order:
        strongest = max(g, key=lambda f: ["info", "low", "medium", "high"].index(f["severity"]))
        head = MARK + CATS.get(strongest["category"], strongest["category"]) + " \u2014 "
        ids_line = lambda c: c["paras"][-1]
        cands = [i for i, c in mine.items() if i not in used and c["paras"][0].startswith(MARK)
                 and all(CATS.get(f["category"], f["category"]) + " \u2014 " + SEV.get(f["severity"], "") in c["paras"][0]
                         or CATS.get(f["category"], f["category"]) + " \u2014 " in c["paras"][0] for f in g)
                 and all(f["rule"] in ids_line(c) for f in g[:12])]
        excerpt = union_excerpt(g)
        excerpt_wt = union_excerpt(g, "excerpt_wt")
        on_words = [i for i in cands if not is_note(mine[i])]
        exact = [i for i in on_words if anchored.get(i) == excerpt
                 or (excerpt_wt is not None and wt_only.get(i) == excerpt_wt)]
        loose = [i for i in on_words if alnum(anchored.get(i, "")) == alnum(excerpt) and alnum(excerpt)]
        quote = squash(excerpt[:60])
        notes = [i for i in cands if is_note(mine[i]) and quote in squash(mine[i]["paras"][1])]
        pick = (exact or loose or notes or [None])[0]
        f0 = g[0]
        where = "%s #%d [%d:%d] %r" % (f0["part"], f0["paragraph"], f0["start"], f0["end"], excerpt[:50])
        if pick is None:
            fails.add(name, "no comment for %s %s (anchored: %r)" % ([f["rule"] for f in g], where,
                      [anchored.get(i, "")[:60] for i in cands][:3]))
            continue
        used.add(pick)
        c = mine[pick]
        kind = "anchored" if pick in exact else "loose" if pick in loose else "notes"
        stats[kind] += 1
        if not c["paras"][0].startswith(head + SEV.get(strongest["severity"], "")):
            fails.add(name, "comment %d does not lead with the strongest category and severity: %r"
                      % (pick, c["paras"][0]))
        for f in g[:12]:
            if f.get("message") and not any(p == f["message"] or p.endswith(": " + f["message"])
                                            for p in c["paras"]):
                fails.add(name, "comment %d lacks the message %r" % (pick, f["message"]))
        if any(f.get("basis") for f in g) and not any(p.startswith("Dasar hukum: ") for p in c["paras"]):
            fails.add(name, "comment %d lacks the legal basis" % pick)
        if not c["paras"][-1].startswith("Aturan: "):
            fails.add(name, "comment %d does not end with the rule ids: %r" % (pick, c["paras"][-1]))
        text = "\n".join(c["paras"])
        if builtin and len(g) == 1 and not g[0].get("also") and kind != "notes" and len(text) > ONE_FINDING_MAX:
            fails.add(name, "comment %d for one finding has %d characters (> %d): %r"
                      % (pick, len(text), ONE_FINDING_MAX, text))
        if kind == "notes" and f0["part"] == "word/document.xml" and f0.get("where") in ("body", "table"):
            fails.add(name, "body finding became a note instead of being anchored: %s" % where)
        if highlight and kind != "notes" and pick in plain:
            fails.add(name, "words of comment %d are not all highlighted: %s" % (pick, where))
        if kind == "notes" and (starts.get(pick) != 1):
            fails.add(name, "note %d not anchored at the start of the body" % pick)
    return stats


# ---- Package-level checks -------------------------------------------------------------------

def unicode_path(info):
    """The name libzip (and so netral) uses: the Info-ZIP Unicode Path extra field when its CRC
    matches the stored name, else the stored name."""
    extra, i = info.extra, 0
    while i + 4 <= len(extra):
        hid, size = struct.unpack("<HH", extra[i:i + 4])
        body = extra[i + 4:i + 4 + size]
        if hid == 0x7075 and size >= 5 and body[0] == 1:
            raw = info.orig_filename.encode("cp437" if not info.flag_bits & 0x800 else "utf-8",
                                            errors="replace")
            if struct.unpack("<I", body[1:5])[0] == zlib.crc32(raw):
                return body[5:].decode("utf-8", errors="replace")
        i += 4 + size
    return info.filename


def raw_entries(path):
    """name -> (crc, compressed bytes) read through the local headers."""
    out = {}
    with zipfile.ZipFile(path) as z, open(path, "rb") as f:
        for info in z.infolist():
            name = unicode_path(info)
            f.seek(info.header_offset)
            hdr = f.read(30)
            nlen, xlen = struct.unpack("<HH", hdr[26:30])
            f.seek(info.header_offset + 30 + nlen + xlen)
            out[name] = (info.CRC, info.compress_type, f.read(info.compress_size))
        first = z.infolist()[0].filename if z.infolist() else None
    return out, first


def main_part_names(path):
    """Main document part, its .rels and its comments part, from the package relationships."""
    import docx
    d = docx.Document(path)
    main = d.part.partname.lstrip("/")
    rels = os.path.dirname(main) + "/_rels/" + os.path.basename(main) + ".rels"
    comments = None
    for rel in d.part.rels.values():
        if rel.reltype.endswith("/comments") and not rel.is_external:
            comments = rel.target_part.partname.lstrip("/")
    return main, rels.lstrip("/"), comments


def check_package(name, src, dst, report, fails):
    a, first_a = raw_entries(src)
    b, first_b = raw_entries(dst)
    main, rels, comments = main_part_names(dst)
    changeable = CHANGEABLE_FIXED | {main, rels} | ({comments} if comments else set())
    for n, raw in a.items():
        if n not in b:
            fails.add(name, "entry %s missing from the copy" % n)
        elif n not in changeable and b[n] != raw:
            fails.add(name, "unchanged entry %s differs (raw bytes or CRC)" % n)
    for n in b:
        if n not in a and n not in changeable:
            fails.add(name, "unexpected new entry %s" % n)
    if first_a != first_b:
        fails.add(name, "first entry %s became %s" % (first_a, first_b))
    with zipfile.ZipFile(dst) as z:
        for n in changeable:
            if n in b:
                try:
                    ElementTree.fromstring(z.read(n))
                except ElementTree.ParseError as e:
                    fails.add(name, "%s is not well-formed: %s" % (n, e))
        custom = z.read("docProps/custom.xml").decode("utf-8")
    props = dict(re.findall(r'name="(Netral\w+)"><vt:\w+>([^<]*)<', custom))
    want = verdict(report.get("findings", []))
    if props.get("NetralVerdict") != want or props.get("NetralFindings") != str(len(report.get("findings", []))):
        fails.add(name, "custom properties %r, want verdict %s" % (props, want))


def same_parts(a, b):
    """True when both packages hold the same parts in the same order with the same content
    (libzip may still frame unchanged entries differently); else the first differing name."""
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        na, nb = za.namelist(), zb.namelist()
        if na != nb:
            return "list"
        for n in na:
            if za.read(n) != zb.read(n):
                return n
    return True


def theirs(copy):
    comments, (anchored, *_), *_ = copy
    return sorted((c["author"], tuple(c["paras"]), anchored.get(i))
                  for i, c in comments.items() if i not in ours(comments))


def check_theirs(name, src, copy, fails):
    """Comments the document already had are all still there, on the same words."""
    try:
        before = theirs(read_copy(src))
    except Exception:
        return
    if theirs(copy) != before:
        fails.add(name, "the document's own comments changed: %r -> %r" % (before[:3], theirs(copy)[:3]))


def signature(copy):
    comments, (anchored, *_), *_ = copy
    return sorted((tuple(c["paras"]), anchored.get(i)) for i, c in ours(comments).items())


# ---- LibreOffice ----------------------------------------------------------------------------

def soffice_convert(files, outdir, fmt, profile):
    os.makedirs(outdir, exist_ok=True)
    # as_uri() percent-encodes the path: a clone under "a b/" must not hang LibreOffice
    cmd = ["soffice", "-env:UserInstallation=" + pathlib.Path(profile).absolute().as_uri(), "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", outdir] + files
    return subprocess.run(cmd, capture_output=True, text=True, timeout=1800)


def odf_comments(path):
    """Netral comments LibreOffice kept: office:annotation elements with our mark or author."""
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"
    creator = "{http://purl.org/dc/elements/1.1/}creator"
    n = 0
    for _, el in ElementTree.iterparse(path):
        if el.tag == office:
            # LibreOffice sometimes loses a comment's first paragraph inside data-bound content
            # controls; the author still tells it is ours
            n += MARK in "".join(el.itertext()) or el.findtext(creator) == "Netral"
            el.clear()
    return n


def check_libreoffice(copies, work, fails):
    """Every copy converts to PDF and to ODF with its comments, unless LibreOffice cannot convert
    the original either (then there is nothing to compare)."""
    profile = os.path.join(work, "lo-profile")
    names = [c[2] for c in copies]
    r = soffice_convert(names, os.path.join(work, "pdf"), "pdf", profile)
    if r.returncode != 0:
        fails.add("soffice", "exit %d: %s" % (r.returncode, r.stderr.strip()[-500:]))
    soffice_convert(names, os.path.join(work, "fodt"), "fodt", profile)
    for name, src, path, visible in copies:
        stem = os.path.splitext(os.path.basename(path))[0]
        for fmt in ("pdf", "fodt"):
            out = os.path.join(work, fmt, stem + "." + fmt)
            if os.path.exists(out) and os.path.getsize(out) > 500:
                continue
            orig_dir = os.path.join(work, "orig-" + fmt)
            soffice_convert([src], orig_dir, fmt, profile)
            orig = os.path.join(orig_dir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
            if os.path.exists(orig):
                fails.add(name, "LibreOffice converts the original to %s but not the copy" % fmt)
            else:
                print("skip %s: LibreOffice cannot convert the original to %s either" % (name, fmt))
        pdf = os.path.join(work, "pdf", stem + ".pdf")
        if os.path.exists(pdf):
            with open(pdf, "rb") as f:
                if f.read(5) != b"%PDF-":
                    fails.add(name, "LibreOffice output is not a PDF")
        fodt = os.path.join(work, "fodt", stem + ".fodt")
        if os.path.exists(fodt):
            seen = odf_comments(fodt)
            if seen < visible:
                fails.add(name, "LibreOffice sees %d of %d Netral comments" % (seen, visible))


# ---- Main -----------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic")
    ap.add_argument("--netral")
    ap.add_argument("--work", required=True)
    ap.add_argument("--no-soffice", action="store_true")
    ap.add_argument("--highlight", action="store_true", help="synthetic driver: highlight the words")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    try:
        import docx  # noqa: F401
    except ImportError:
        print("FAIL: python-docx is not installed (apt-get install python3-docx; tools/deps.sh test)")
        return 1
    if not args.no_soffice and not shutil.which("soffice"):
        print("FAIL: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
        return 1
    files = list(inputs(args.paths))
    if not files:
        print("SKIP: no input documents under %s" % " ".join(args.paths))
        return 77
    run = (lambda s, d: run_synthetic(args.synthetic, s, d, args.highlight)) if args.synthetic else \
          (lambda s, d: run_cli(args.netral, s, d))
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    fails = Failures()
    copies, totals = [], {"anchored": 0, "loose": 0, "notes": 0, "docs": 0}
    for n, src in enumerate(files):
        name = os.path.basename(src)
        before = sha256(src)
        dst = os.path.join(args.work, "%03d-%s" % (n, name))
        try:
            report, err = run(src, dst)
        except Unreadable as e:
            print("skip %s: unreadable, no output written (%s)" % (name, str(e)[:150]))
            continue
        if report is None:
            fails.add(name, "annotation failed: %s" % err)
            continue
        if sha256(src) != before:
            fails.add(name, "the input was modified")
        try:
            copy = read_copy(dst)
        except Exception as e:  # python-docx refusing the file is the failure we look for
            try:
                read_copy(src)
            except Exception:
                print("skip %s: python-docx cannot open the input either (%r)" % (name, e))
                continue
            fails.add(name, "python-docx cannot open the copy: %r" % e)
            continue
        stats = check_comments(name, report, copy, fails, args.highlight, builtin=bool(args.netral))
        check_theirs(name, src, copy, fails)
        check_package(name, src, dst, report, fails)
        dst2 = os.path.join(args.work, "%03d-again-%s" % (n, name))
        report2, err = run(dst, dst2)
        if report2 is None:
            fails.add(name, "annotating the annotated copy failed: %s" % err)
        else:
            copy2 = read_copy(dst2)
            if os.environ.get("SOURCE_DATE_EPOCH") and same_parts(dst, dst2) is not True:
                fails.add(name, "annotating the annotated copy changed part %s" % same_parts(dst, dst2))
            if signature(copy2) != signature(copy):
                fails.add(name, "annotating twice changed the comments (%d vs %d)"
                          % (len(ours(copy2[0])), len(ours(copy[0]))))
        # LibreOffice rebuilds some field results (tables of contents, cross-references) and
        # drops comments that start or end inside them; Word keeps them
        lo_visible = len([i for i in ours(copy[0]) if i not in copy[1][2]])
        copies.append((name, src, dst, lo_visible))
        for k in stats:
            totals[k] += stats[k]
        totals["docs"] += 1
        print("ok   %s: %d findings (%d on their words, %d on words modulo spacing, %d notes)"
              % (name, len(report.get("findings", [])), stats["anchored"], stats["loose"],
                 stats["notes"]), flush=True)
    if copies and not args.no_soffice:
        check_libreoffice(copies, args.work, fails)
    print("%d documents, %d comments on their words, %d modulo spacing, %d notes; %d failures"
          % (totals["docs"], totals["anchored"], totals["loose"], totals["notes"], len(fails.items)))
    return 1 if fails.items else 0


if __name__ == "__main__":
    sys.exit(main())
