#!/usr/bin/env python3
"""serve_browser.py - the review page of `netral serve` in headless Chromium, driven by puppeteer-core
(tests/serve/browser/review_page.js): upload a sample, see each finding highlighted on its words and
in the side panel with the counts, download the annotated copy (it must equal `netral annotate`'s),
switch to English, drop another memo. Screenshots are kept in --artefacts. puppeteer-core comes
from npm (tests/serve/browser/package-lock.json): `npm ci` runs into --node-dir when its
node_modules are missing. Skips (77) without Chromium, Node.js, or when npm cannot install.

Usage: serve_browser.py --netral BUILD/netral [--artefacts DIR] [--node-dir DIR]
"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from serve_common import SAMPLES, Server, check, cli_reports, finish, skip  # noqa: E402

BROWSER_DIR = os.path.join(HERE, "browser")
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def chromium():
    for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if p and os.access(p, os.X_OK):
            return p
    return None


def node_modules(node_dir):
    """Copy package.json and the lock into node_dir and `npm ci` there when needed."""
    os.makedirs(node_dir, exist_ok=True)
    fresh = True
    for f in ("package.json", "package-lock.json"):
        src, dst = os.path.join(BROWSER_DIR, f), os.path.join(node_dir, f)
        if not os.path.exists(dst) or not filecmp.cmp(src, dst, shallow=False):
            shutil.copy(src, dst)
            fresh = False
    mod = os.path.join(node_dir, "node_modules", "puppeteer-core")
    if fresh and os.path.isdir(mod):
        return os.path.join(node_dir, "node_modules")
    npm = shutil.which("npm")
    if not npm:
        skip("npm is not installed (apt-get install nodejs npm)")
    print("npm ci in %s" % node_dir, flush=True)
    r = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=node_dir,
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not os.path.isdir(mod):
        skip("npm ci failed (no registry?): %s" % (r.stderr or r.stdout)[-600:])
    return os.path.join(node_dir, "node_modules")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("--artefacts", default=None)
    ap.add_argument("--node-dir", default=None)
    a = ap.parse_args()
    netral = os.path.abspath(a.netral)
    exe = chromium()
    if not exe:
        skip("Chromium is not installed (apt-get install chromium)")
    node = shutil.which("node")
    if not node:
        skip("Node.js is not installed (apt-get install nodejs)")
    build = os.path.dirname(netral)
    artefacts = os.path.abspath(a.artefacts or os.path.join(build, "test-artefacts", "serve"))
    os.makedirs(artefacts, exist_ok=True)
    modules = node_modules(os.path.abspath(a.node_dir or os.path.join(build, "serve-browser-node")))
    sample = os.path.join(SAMPLES, "se-dukungan-paslon.docx")
    clean = os.path.join(SAMPLES, "se-netralitas-asn.docx")
    rec = cli_reports(netral, [sample, clean])
    check(rec[clean]["verdict"] == "clean" and rec[sample]["verdict"] == "violation", "the CLI agrees on the two memos")
    with tempfile.TemporaryDirectory(prefix="netral-serve-browser-") as tmp:
        ref = os.path.join(tmp, "ref.docx")
        subprocess.run([netral, "annotate", sample, ref], capture_output=True, timeout=120,
                       env=dict(os.environ, NETRAL_LANG="id", **EPOCH))
        downloads = os.path.join(tmp, "downloads")
        os.makedirs(downloads)
        with Server(netral, ["-j", "2"], env=EPOCH, tmp=tmp) as srv:
            conf = {"url": "http://127.0.0.1:%d/" % srv.port, "chromium": exe, "sample": sample, "clean": clean,
                    "expect": {"findings": rec[sample]["findings"], "download_name": "se-dukungan-paslon.netral.docx"},
                    "artefacts": artefacts, "downloads": downloads, "profile": os.path.join(tmp, "profile")}
            cpath = os.path.join(tmp, "config.json")
            with open(cpath, "w") as f:
                json.dump(conf, f)
            env = dict(os.environ, NODE_PATH=modules)
            r = subprocess.run([node, os.path.join(BROWSER_DIR, "review_page.js"), cpath], capture_output=True,
                               text=True, timeout=420, env=env)
            out = None
            for line in r.stdout.splitlines()[::-1]:
                try:
                    out = json.loads(line)
                    break
                except ValueError:
                    continue
            if out is None:
                check(False, "the browser script printed no result (exit %d): %s %s" %
                      (r.returncode, r.stdout[-1500:], r.stderr[-1500:]))
            else:
                for ok, what in out["checks"]:
                    check(ok, "browser: " + what)
                dl = out.get("download")
                check(dl and os.path.exists(ref) and open(dl, "rb").read() == open(ref, "rb").read(),
                      "the downloaded copy equals `netral annotate`'s byte for byte")
            shot = os.path.join(artefacts, "review-page.png")
            check(os.path.exists(shot) and os.path.getsize(shot) > 10000, "screenshot kept: " + shot)
            check(srv.stop() == 0, "SIGTERM: exit status 0")
    finish()


if __name__ == "__main__":
    main()
