#!/usr/bin/env python3
"""html_check.py - the HTML report as an inspector uses it, in headless Chromium driven through the
DevTools protocol (cdp.py): the page paints, works offline (no request but the page itself), its
filters by verdict, severity, category and office show exactly the memos the JSON Lines report says
they should, a memo with many findings expands on a real click to every one of them, links to the
copies and originals are relative and open, and the URL fragment presets a view. The screenshot of
the expanded memo is kept as a test artefact. Skips (77) when Chromium is absent.

Usage: html_check.py --netral BUILD/netral [--keep DIR]   (--keep saves report.html and the PNGs)
"""
import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cdp  # noqa: E402
import mkdocx  # noqa: E402
from cli_e2e import VIOLATION, CLEAN, REVIEW, E2E_RULES  # noqa: E402

FAILED = []
KOP_A = "PEMERINTAH KOTA TELUK BIRU\nDINAS SOSIAL\nJl. Balai Kota No. 1"
KOP_B = "PEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PERIKANAN\nJl. Dermaga Lama No. 21"


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILED.append(what)
    return cond


def png_pixels(data):
    """Decode an 8-bit RGB/RGBA PNG with the standard library: (width, height, bpp, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = {2: 3, 6: 4}[ctype]
    raw, rows, prev = zlib.decompress(idat), [], bytearray(w * bpp)
    stride = w * bpp + 1
    for y in range(h):
        ft, line = raw[y * stride], bytearray(raw[y * stride + 1:(y + 1) * stride])
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ft == 1: line[i] = (line[i] + a) & 255
            elif ft == 2: line[i] = (line[i] + b) & 255
            elif ft == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def colours(png):
    w, h, bpp, rows = png_pixels(png)
    return w, h, {row[i:i + 3] for row in rows[::6] for i in range(0, len(row), bpp * 6)}


def build(root):
    """An archive with two offices, a memo with many findings, a review memo, clean memos and a
    broken file; folder and file names that need escaping."""
    P = mkdocx.para_xml
    a = os.path.join(root, "dinsos")
    b = os.path.join(root, "diskan", "2024")
    os.makedirs(a)
    os.makedirs(b)

    def memo(path, kop, paras, number):
        body = P("SURAT EDARAN") + P(f"Nomor : {number}") + "".join(P(x) for x in paras)
        mkdocx.write_docx_xml(path, body, P(kop) if kop else None)

    memo(os.path.join(a, "se-01.docx"), KOP_A, VIOLATION, "400/1/Dinsos/2024")
    memo(os.path.join(a, "se-02.docx"), KOP_A, VIOLATION + REVIEW, "400/2/Dinsos/2024")
    memo(os.path.join(a, "bersih.docx"), KOP_A, CLEAN, "400/3/Dinsos/2024")
    many = [f"Butir {i}: mohon zorbaflux pada kegiatan ke-{i}." for i in range(1, 10)]
    memo(os.path.join(b, "nota banyak & <temuan>.docx"), KOP_B, many, "523/9/Diskan/2024")
    memo(os.path.join(b, "bersih.docx"), KOP_B, CLEAN, "523/10/Diskan/2024")
    memo(os.path.join(root, "catatan.docx"), None, REVIEW, "1/2024")
    with open(os.path.join(root, "rusak.docx"), "wb") as f:
        f.write(b"bukan zip")


def visible(page):
    """data-path of each memo row shown, in page order."""
    return page.eval("Array.prototype.filter.call(document.querySelectorAll('tbody.m'),"
                     "function(m){return m.style.display!=='none';}).map(function(m){"
                     "return m.getAttribute('data-path');})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("--keep")
    a = ap.parse_args()
    exe = cdp.find_chromium()
    if not exe:
        print("SKIPPED: chromium is not installed (apt-get install chromium)")
        return 77
    tmp = tempfile.mkdtemp(prefix="netral-html-")
    try:
        arch = os.path.join(tmp, "arsip")
        build(arch)
        outdir = os.path.join(tmp, "laporan")
        os.makedirs(outdir)
        report = os.path.join(outdir, "report.html")
        ann = os.path.join(tmp, "beranotasi")
        netral = os.path.abspath(a.netral)
        base = [netral, "scan", "--rules", E2E_RULES, "--no-progress", "--sort"]
        p = subprocess.run(base + ["--format", "html", "-o", report, "--annotate-dir", ann, arch], capture_output=True)
        check(p.returncode == 1 and os.path.exists(report), f"html report written (rc={p.returncode})")
        p = subprocess.run(base + ["--format", "jsonl", arch], capture_output=True)
        docs = [json.loads(x) for x in p.stdout.decode().splitlines() if x.strip()]
        rel = {d["path"]: os.path.relpath(d["path"], arch) for d in docs}
        by = {rel[d["path"]]: d for d in docs}
        sev = {"info": 0, "low": 1, "medium": 2, "high": 3}

        def expect(pred):
            return sorted(r for r, d in by.items() if pred(d))

        attention = expect(lambda d: d["verdict"] != "clean")
        with open(report, encoding="utf-8") as f:
            html = f.read()
        check("http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html and
              "<script src" not in html and "<link" not in html, "html: one self-contained file")
        with cdp.Browser(exe, tmp) as b:
            page = b.open("file://" + urllib.parse.quote(report))
            check(page.wait("document.getElementById('shown').textContent.length > 0"), "the page's script ran")
            requests = [e["params"]["request"]["url"] for e in page.events if e["method"] == "Network.requestWillBeSent"]
            check(requests and all(u.startswith("file://") and u.endswith("report.html") for u in requests),
                  f"offline: the only request is the page itself ({requests})")
            shown = page.eval("document.getElementById('shown').textContent")
            check(sorted(visible(page)) == attention and shown == f"{len(attention)} / {len(docs)}",
                  f"default view: the memos needing attention ({shown}, {len(attention)} of {len(docs)})")
            # verdict
            page.select("#v", "violation")
            check(sorted(visible(page)) == expect(lambda d: d["verdict"] == "violation"), "verdict filter: violations")
            page.select("#v", "clean")
            check(sorted(visible(page)) == expect(lambda d: d["verdict"] == "clean"), "verdict filter: clean memos")
            page.select("#v", "error")
            check(visible(page) == ["rusak.docx"], "verdict filter: the unreadable file")
            page.select("#v", "")
            check(len(visible(page)) == len(docs), "verdict filter: all memos")
            # severity (at least)
            for level, label in ((3, "high"), (1, "low")):
                page.select("#sev", str(level))
                want = expect(lambda d: max([sev[f["severity"]] for f in d["findings"]] or [-1]) >= level)
                check(sorted(visible(page)) == want, f"severity filter: {label} and above ({len(want)})")
            page.select("#sev", "")
            # category
            opts = page.eval("Array.prototype.map.call(document.querySelectorAll('#cat option'),"
                             "function(o){return o.value;})")
            cats = sorted({f["category"] for d in docs for f in d["findings"]})
            check(opts[1:] == cats, f"category filter offers the categories found ({opts[1:]})")
            page.select("#cat", "social-media")
            check(sorted(visible(page)) == expect(lambda d: any(f["category"] == "social-media" for f in d["findings"])),
                  "category filter: social-media")
            page.select("#cat", "")
            # office
            offices = page.eval("Array.prototype.map.call(document.querySelectorAll('#office option'),"
                                "function(o){return o.value;})")[1:]
            want_offices = sorted({(d.get("memo") or {}).get("office") for d in docs} - {None})
            check(offices == want_offices and len(offices) == 2, f"office filter offers each issuing office ({offices})")
            page.select("#office", "PEMERINTAH KABUPATEN SUNGAI PINANG / DINAS PERIKANAN")
            check(sorted(visible(page)) == expect(lambda d: (d.get("memo") or {}).get("office", "").endswith("PERIKANAN")),
                  "office filter: the memos of one office")
            page.select("#office", "")
            page.select("#v", "attention")
            # expand the memo with many findings with a real click on its row
            many = "diskan/2024/nota banyak & <temuan>.docx"
            nfind = len(by[many]["findings"])
            check(nfind >= 9, f"the memo has many findings ({nfind})")
            sel = "tbody.m:nth-of-type(%d) tr.row td:nth-child(3)" % (page.eval(
                "Array.prototype.map.call(document.querySelectorAll('tbody.m'),function(m){"
                "return m.getAttribute('data-path');})").index(many) + 1)
            hidden_before = page.eval("document.querySelectorAll('tr.detail')[0].offsetHeight")
            page.click(sel)
            opened = page.eval("(function(){var m=Array.prototype.filter.call(document.querySelectorAll('tbody.m'),"
                               f"function(m){{return m.getAttribute('data-path')==={json.dumps(many)};}})[0];"
                               "var d=m.querySelector('tr.detail');return [d.offsetHeight>0,"
                               "d.querySelectorAll('ol.f li').length,m.className,"
                               "m.querySelector('button').getAttribute('aria-expanded')];})()")
            check(hidden_before == 0 and opened[0] and opened[1] == nfind and opened[3] == "true",
                  f"a click on the row expands it to every finding ({opened[1]} of {nfind})")
            others = page.eval("Array.prototype.filter.call(document.querySelectorAll('tr.detail'),"
                               "function(d){return d.offsetHeight>0;}).length")
            check(others == 1, "the other memos stay folded")
            page.eval("Array.prototype.filter.call(document.querySelectorAll('tbody.m'),function(m){"
                      f"return m.getAttribute('data-path')==={json.dumps(many)};}})[0].scrollIntoView({{block:'start'}});"
                      "window.scrollBy(0,-160)")
            png = page.screenshot()
            w, h, cols = colours(png)
            check(w == 1366 and len(cols) > 20, f"the screenshot is not blank ({len(cols)} colours)")
            full = page.screenshot(full=True)
            if a.keep:
                os.makedirs(a.keep, exist_ok=True)
                for name, data in (("html-inspector-expanded.png", png), ("html-inspector-full.png", full)):
                    with open(os.path.join(a.keep, name), "wb") as f:
                        f.write(data)
                shutil.copy(report, os.path.join(a.keep, "html-inspector-report.html"))
            # the links of that memo: relative, to its annotated copy and its original
            links = page.eval("Array.prototype.map.call(Array.prototype.filter.call(document.querySelectorAll('tbody.m'),"
                              f"function(m){{return m.getAttribute('data-path')==={json.dumps(many)};}})[0]"
                              ".querySelectorAll('tr.row a'),function(a){return [a.className,a.getAttribute('href'),a.href];})")
            kinds = {k: (h, absu) for k, h, absu in links}
            check(set(kinds) == {"orig", "ann"} and all(not h.startswith(("/", "file:")) for h, _ in kinds.values()),
                  f"the row links its original and its annotated copy, relative to the report ({links})")
            check(all(os.path.exists(urllib.parse.unquote(u[len("file://"):])) for _, u in kinds.values()),
                  "both links open existing files")
            # the fragment presets a view (a fresh load: a new fragment alone does not reload the page)
            page.navigate("about:blank")
            page.navigate("file://" + urllib.parse.quote(report) + "#v=all&sev=2&cat=endorsement&sort=-1&open=1")
            page.wait("document.getElementById('shown').textContent.length > 0")
            want = expect(lambda d: any(f["category"] == "endorsement" for f in d["findings"]) and
                          max([sev[f["severity"]] for f in d["findings"]] or [-1]) >= 2)
            order = visible(page)
            check(sorted(order) == want and order == sorted(order, reverse=True),
                  f"#v=all&sev=2&cat=endorsement&sort=-1: filtered and sorted by path, descending ({order})")
            check(page.eval("document.querySelectorAll('tbody.m.open').length") == 1, "#open=1 expands the first memo")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("html: all passed" if not FAILED else f"html: {len(FAILED)} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
