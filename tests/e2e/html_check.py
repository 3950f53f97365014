#!/usr/bin/env python3
"""html_check.py - renders `netral scan --format html` in headless Chromium: the page must paint
(a non-blank screenshot), its script must run (category filter filled, rows present in the DOM),
and the filter/sort given in the URL fragment must apply. Skips (77) when Chromium is absent.

Usage: html_check.py --netral BUILD/netral [--keep DIR]   (--keep saves report.html and the PNG)
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mkdocx  # noqa: E402
from cli_e2e import VIOLATION, CLEAN, REVIEW, E2E_RULES  # noqa: E402

FAILED = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILED.append(what)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def browser(exe, args, url, tmp):
    prof = tempfile.mkdtemp(dir=tmp)
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={prof}", "--window-size=1280,900"] + args + [url]
    return subprocess.run(cmd, capture_output=True, timeout=180)


def png_pixels(path):
    """Decode an 8-bit RGB/RGBA PNG with the standard library: (width, height, rows of bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", None
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("--keep")
    a = ap.parse_args()
    exe = chromium()
    if not exe:
        print("SKIPPED: chromium is not installed (apt-get install chromium)")
        return 77
    tmp = tempfile.mkdtemp(prefix="netral-html-")
    try:
        t = os.path.join(tmp, "arsip")
        os.makedirs(os.path.join(t, "2024", "01"))
        for i in range(6):
            mkdocx.write_docx(os.path.join(t, "2024", "01", f"se-{i:02d}.docx"),
                              VIOLATION if i % 2 == 0 else CLEAN)
        mkdocx.write_docx(os.path.join(t, "2024", "nota <review> & co.docx"), REVIEW)
        with open(os.path.join(t, "rusak.docx"), "wb") as f:
            f.write(b"bukan zip")
        report = os.path.join(tmp, "report.html")
        ann = os.path.join(tmp, "beranotasi")
        p = subprocess.run([os.path.abspath(a.netral), "scan", "--rules", E2E_RULES, "--no-progress", "--sort",
                            "--format", "html", "-o", report, "--annotate-dir", ann, t], capture_output=True)
        check(p.returncode == 1 and os.path.exists(report), f"html report written (rc={p.returncode})")
        url = "file://" + report
        png = os.path.join(tmp, "shot.png")
        r = browser(exe, [f"--screenshot={png}"], url, tmp)
        check(os.path.exists(png), f"chromium wrote a screenshot (rc={r.returncode})")
        if os.path.exists(png):
            w, h, bpp, rows = png_pixels(png)
            colours = {row[i:i + 3] for row in rows[::8] for i in range(0, len(row), bpp * 8)}
            check(w == 1280 and len(colours) > 20, f"screenshot is not blank ({len(colours)} colours)")
            # the summary (order:-1) is painted at the top: the first rows are not all background
            top = {row[i:i + 3] for row in rows[10:200:4] for i in range(0, len(row), bpp * 4)}
            check(len(top) > 5, "something is drawn in the top 200 pixels (title, cards)")
        r = browser(exe, ["--dump-dom"], url, tmp)
        dom = r.stdout.decode("utf-8", "replace")
        rows = re.findall(r"<tr data-cats=", dom)
        check(len(rows) == 3 + 1 + 1, f"table rows: 3 violations, 1 review, 1 unreadable ({len(rows)})")
        check('<option value="endorsement">Dukungan</option>' in dom, "script ran: category filter filled")
        check("file://" + ann in dom, "rows link to the annotated copies")
        check("nota &lt;review&gt; &amp; co.docx" in dom, "paths escaped as text")
        check('id="shown">5 / 5<' in dom, "row counter shows 5 / 5")
        r = browser(exe, ["--dump-dom"], url + "#q=se-02", tmp)
        dom = r.stdout.decode("utf-8", "replace")
        check('id="shown">1 / 5<' in dom, "filter from the URL (#q=se-02) leaves one row")
        r = browser(exe, ["--dump-dom"], url + "#cat=social-media", tmp)
        dom = r.stdout.decode("utf-8", "replace")
        check('id="shown">1 / 5<' in dom, "category filter (#cat=social-media) leaves the review memo")
        r = browser(exe, ["--dump-dom"], url + "#sort=-0", tmp)
        dom = r.stdout.decode("utf-8", "replace")
        order = re.findall(r'<td class="path">(?:<a [^>]*>)?([^<]+)', dom)
        check(order == sorted(order, reverse=True) and len(order) == 5, "sort by path descending (#sort=-0)")
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
            shutil.copy(report, a.keep)
            if os.path.exists(png):
                shutil.copy(png, a.keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("html: all passed" if not FAILED else f"html: {len(FAILED)} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
