#!/usr/bin/env python3
"""serve_clients.py - `netral serve` against the command line, through the clients an integrator
uses: Python's http.client, the curl command and PHP's curl extension. Findings over HTTP must
equal `netral scan` (samples/ and the dev set of ../shared/eval/dev), and the annotated copy must
equal `netral annotate`'s byte for byte (both with SOURCE_DATE_EPOCH, so comment dates agree).

Usage: serve_clients.py --netral BUILD/netral CASE   (cases: samples dev annotate curl php)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_common import (DEV, Server, check, cli_reports, finish, multipart, read, samples,  # noqa: E402
                          same_report, skip)

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
OCTET = {"Content-Type": "application/octet-stream"}


def docs_in(folder):
    out = []
    for root, _, files in os.walk(folder):
        out += [os.path.join(root, f) for f in files if f.lower().endswith((".docx", ".docm"))]
    return sorted(out)


def compare_scans(a, paths, label):
    cli = cli_reports(a.netral, paths)
    with Server(a.netral, ["-j", "2"]) as srv:
        bad_raw, bad_mp = [], []
        for p in paths:
            data = read(p)
            name = os.path.basename(p)
            st, _, j = srv.json("POST", "/v1/scan?name=" + urllib.parse.quote(name), data, OCTET)
            if st != 200 or not same_report(j, cli[p]) or j["path"] != name:
                bad_raw.append(name)
            body, ctype = multipart([("file", name, data)])
            st, _, j = srv.json("POST", "/v1/scan", body, {"Content-Type": ctype})
            if st != 200 or not same_report(j, cli[p]):
                bad_mp.append(name)
        n = sum(len(cli[p].get("findings", [])) for p in paths)
        check(not bad_raw, "%s: %d memos, %d findings: raw uploads equal `netral scan`%s" %
              (label, len(paths), n, (": differ " + ", ".join(bad_raw[:5])) if bad_raw else ""))
        check(not bad_mp, "%s: multipart uploads equal `netral scan`%s" %
              (label, (": differ " + ", ".join(bad_mp[:5])) if bad_mp else ""))
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_samples(a, tmp):
    compare_scans(a, samples(), "samples/")


def case_dev(a, tmp):
    if not os.path.isdir(DEV):
        skip("%s not found (the dev set lives in ../shared)" % DEV)
    compare_scans(a, docs_in(DEV), "dev set")


def cli_annotate(a, src, dst):
    e = dict(os.environ, **EPOCH)
    e.pop("NETRAL_RULES", None)
    e["NETRAL_LANG"] = "id"
    r = subprocess.run([a.netral, "annotate", src, dst], capture_output=True, env=e, timeout=300)
    return r.returncode


def case_annotate(a, tmp):
    paths = samples() + (docs_in(DEV)[:20] if os.path.isdir(DEV) else [])
    if not os.path.isdir(DEV):
        print("note: %s not found, annotating samples/ only" % DEV)
    with Server(a.netral, ["-j", "2"], env=EPOCH) as srv:
        bad = []
        for p in paths:
            ref = os.path.join(tmp, "ref.docx")
            if os.path.exists(ref):
                os.remove(ref)
            rc = cli_annotate(a, p, ref)
            st, h, body = srv.request("POST", "/v1/annotate", read(p), OCTET)
            if rc in (0, 1) and os.path.exists(ref):
                if st != 200 or body != read(ref):
                    bad.append(os.path.basename(p))
            elif st != 422:
                bad.append(os.path.basename(p) + " (status %d)" % st)
        check(not bad, "%d memos: the annotated copy over HTTP equals `netral annotate`'s byte for byte%s" %
              (len(paths), (": differ " + ", ".join(bad[:5])) if bad else ""))
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_curl(a, tmp):
    curl = shutil.which("curl")
    if not curl:
        skip("curl is not installed")
    paths = samples()
    cli = cli_reports(a.netral, paths)
    with Server(a.netral, ["-j", "2"], env=EPOCH) as srv:
        base = "http://127.0.0.1:%d" % srv.port
        bad = []
        for p in paths:
            name = os.path.basename(p)
            for args in (["--data-binary", "@" + p, "-H", "Content-Type: application/octet-stream",
                          base + "/v1/scan?name=" + name],
                         ["-F", "file=@%s;type=application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                          % p, base + "/v1/scan"],
                         ["-T", p, "-X", "POST", "-H", "Transfer-Encoding: chunked", base + "/v1/scan"]):
                r = subprocess.run([curl, "-sS", "--fail-with-body"] + args, capture_output=True, timeout=120)
                try:
                    j = json.loads(r.stdout)
                except ValueError:
                    j = None
                if r.returncode != 0 or not j or not same_report(j, cli[p]):
                    bad.append("%s (%s)" % (name, args[0]))
        check(not bad, "curl --data-binary, -F and chunked -T: findings equal `netral scan`%s" %
              ((": " + ", ".join(bad[:6])) if bad else ""))
        out = os.path.join(tmp, "curl-out")
        os.makedirs(out)
        ref = os.path.join(tmp, "ref.docx")
        cli_annotate(a, paths[0], ref)
        r = subprocess.run([curl, "-sS", "--fail", "-OJ", "--data-binary", "@" + paths[0],
                            base + "/v1/annotate?name=" + os.path.basename(paths[0])],
                           capture_output=True, timeout=120, cwd=out)
        got = os.listdir(out)
        want = os.path.basename(paths[0])[:-5] + ".netral.docx"
        check(r.returncode == 0 and got == [want] and read(os.path.join(out, want)) == read(ref),
              "curl -OJ saves %s, equal to `netral annotate`'s copy (got %s)" % (want, got))
        r = subprocess.run([curl, "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--data-binary", "@/etc/hostname",
                            base + "/v1/annotate"], capture_output=True, text=True, timeout=60)
        check(r.stdout.strip() == "422", "curl: an unreadable upload to /v1/annotate gives 422")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_php(a, tmp):
    php = shutil.which("php")
    if not php:
        skip("php-cli is not installed")
    r = subprocess.run([php, "-r", "exit(function_exists('curl_init') ? 0 : 1);"], timeout=60)
    if r.returncode != 0:
        skip("PHP's curl extension (php-curl) is not installed")
    paths = samples()
    cli = cli_reports(a.netral, paths)
    tok = os.path.join(tmp, "token")
    with open(tok, "w") as f:
        f.write("eoffice-token\n")
    os.chmod(tok, 0o600)
    out = os.path.join(tmp, "php-out")
    os.makedirs(out)
    with Server(a.netral, ["-j", "2", "--token-file", tok], env=EPOCH) as srv:
        base = "http://127.0.0.1:%d" % srv.port
        r = subprocess.run([php, os.path.join(HERE, "client.php"), base, out] + paths, capture_output=True,
                           text=True, timeout=600, env=dict(os.environ, NETRAL_TOKEN="eoffice-token"))
        check(r.returncode == 0, "client.php ran (exit %d) %s" % (r.returncode, r.stderr[-500:]))
        lines = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
        check(len(lines) == len(paths), "one answer per memo")
        bad = []
        for rec in lines:
            p = rec["file"]
            for kind in ("scan", "raw"):
                j = json.loads(rec[kind]["body"])
                if rec[kind]["status"] != 200 or not same_report(j, cli[p]) or j["path"] != os.path.basename(p):
                    bad.append("%s %s" % (os.path.basename(p), kind))
            ann = rec["annotate"]
            ref = os.path.join(tmp, "ref.docx")
            cli_annotate(a, p, ref)
            if ann["status"] != 200 or read(ann["saved"]) != read(ref) or ann["verdict"] != cli[p]["verdict"] or \
                    ann["findings"] != len(cli[p]["findings"]):
                bad.append(os.path.basename(p) + " annotate")
        check(not bad, "PHP curl (multipart, raw, annotate with a token) agrees with the CLI%s" %
              ((": " + ", ".join(bad[:6])) if bad else ""))
        r = subprocess.run([php, os.path.join(HERE, "client.php"), base, out, paths[0]], capture_output=True,
                           text=True, timeout=120)
        rec = json.loads(r.stdout.splitlines()[0])
        check(rec["scan"]["status"] == 401 and rec["annotate"]["status"] == 401, "PHP without the token: 401")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


CASES = {"samples": case_samples, "dev": case_dev, "annotate": case_annotate, "curl": case_curl, "php": case_php}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    a = ap.parse_args()
    a.netral = os.path.abspath(a.netral)
    with tempfile.TemporaryDirectory(prefix="netral-serve-") as tmp:
        try:
            CASES[a.case](a, tmp)
        except SystemExit:
            raise
        except Exception as e:  # noqa: BLE001
            import traceback
            traceback.print_exc()
            check(False, "case %s raised %r" % (a.case, e))
    finish()


if __name__ == "__main__":
    main()
