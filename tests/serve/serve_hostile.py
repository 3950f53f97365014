#!/usr/bin/env python3
"""serve_hostile.py - the hostile documents of the hardening suite (tests/hostile/gen_hostile.py)
sent to `netral serve` over HTTP: /v1/scan answers each with the contract's error code (200 and
status "error", the same record `netral scan` writes), /v1/annotate with 422 and the same code;
readable ones scan and annotate, their copies reading back. Nothing escapes, no secret leaks, and
the server keeps serving. The path and rule cases of that suite do not apply: the server opens no
path named in a request and takes no rules from one. An empty body is a request error (400).

Usage: serve_hostile.py --netral BUILD/netral CASE   (serve_hostile.py --list)
"""
import argparse
import io
import json
import os
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "hostile"))
import gen_hostile as gen  # noqa: E402
from serve_common import SAMPLES, VIOLATING, Server, check, cli_reports, finish, read, same_report  # noqa: E402

OCTET = {"Content-Type": "application/octet-stream"}
SECRET = "NETRAL-SECRET-4f1c9a"


def finding_keys(rec):
    return sorted((f["rule"], f["part"], f["paragraph"], f["start"], f["end"]) for f in rec.get("findings", []))


def expect_error(srv, a, path, code, forbidden=()):
    name = os.path.basename(path)
    data = read(path)
    cli = cli_reports(a.netral, [path])[path]
    st, h, body = srv.request("POST", "/v1/scan?name=" + name, data, OCTET)
    j = json.loads(body)
    check(st == 200 and j["status"] == "error" and j["error"]["code"] == code and j["error"]["message"],
          "%s: /v1/scan -> 200, status error, code %s (got %s %s)" % (name, code, st, j.get("error")))
    check(same_report(j, cli), "%s: the same record as `netral scan`" % name)
    st, h, body2 = srv.request("POST", "/v1/annotate?name=" + name, data, OCTET)
    j2 = json.loads(body2)
    check(st == 422 and j2["error"]["code"] == code and h.get("x-netral-error") == code,
          "%s: /v1/annotate -> 422 with code %s" % (name, code))
    for s in forbidden:
        check(s.encode() not in body and s.encode() not in body2 and s not in srv.log(),
              "%s: no answer and no log line shows %r" % (name, s[:30]))


def expect_ok(srv, a, path, words=()):
    name = os.path.basename(path)
    data = read(path)
    cli = cli_reports(a.netral, [path])[path]
    st, _, j = srv.json("POST", "/v1/scan?text=1&name=" + name, data, OCTET)
    check(st == 200 and j["status"] == "ok" and same_report(j, cli), "%s: scans like `netral scan`" % name)
    texts = json.dumps(j.get("text", {}), ensure_ascii=False)
    for w in words:
        check(w in texts, "%s: the text shows %r" % (name, w))
    st, h, doc = srv.request("POST", "/v1/annotate", data, OCTET)
    ok = st == 200
    if ok:
        try:
            with zipfile.ZipFile(io.BytesIO(doc)) as z:
                ok = z.testzip() is None
        except zipfile.BadZipFile:
            ok = False
    check(ok, "%s: the annotated copy is a valid zip" % name)
    if ok:
        st, _, again = srv.json("POST", "/v1/scan", doc, OCTET)
        check(st == 200 and again["status"] == "ok" and set(finding_keys(j)) <= set(finding_keys(again)),
              "%s: the copy reads back with its findings" % name)
    return j


def indir(tmp):
    d = os.path.join(tmp, "in")
    os.makedirs(d, exist_ok=True)
    return d


def errors(code, make, forbidden=()):
    def run(srv, a, tmp):
        made = make(indir(tmp))
        for p in made if isinstance(made, list) else [made]:
            expect_error(srv, a, p, code, forbidden)
    return run


def oks(make, words=()):
    def run(srv, a, tmp):
        made = make(indir(tmp))
        for p in made if isinstance(made, list) else [made]:
            expect_ok(srv, a, p, words)
    return run


def case_zero_byte(srv, a, tmp):
    st, _, body = srv.request("POST", "/v1/scan", read(gen.zero_byte(indir(tmp))), OCTET)
    check(st == 400 and json.loads(body)["error"]["code"] == "empty-body", "zero bytes: 400 empty-body")
    st, _, body = srv.request("POST", "/v1/annotate", b"", OCTET)
    check(st == 400, "zero bytes to /v1/annotate: 400")


def case_traversal(srv, a, tmp):
    p = gen.traversal(indir(tmp))
    names = ["x", "netral-escape.txt", "abs-netral-escape.txt", "netral-escape2.txt", "netral-escape3.txt",
             "..\\..\\netral-escape3.txt"]
    places = {"/", "/tmp", os.getcwd(), srv.tmp}
    d = tmp
    while d != "/":
        places.add(d)
        d = os.path.dirname(d)
    before = {os.path.join(pl, n) for pl in places for n in names if os.path.lexists(os.path.join(pl, n))}
    j = expect_ok(srv, a, p, words=["Hendra Wijaya"])
    check("root:x:0:0" not in json.dumps(j), "no /etc/passwd in the answer")
    after = {os.path.join(pl, n) for pl in places for n in names if os.path.lexists(os.path.join(pl, n))}
    check(after == before, "no entry escaped the archive: %s" % sorted(after - before))


def case_external_entity(srv, a, tmp):
    secret = os.path.join(tmp, "secret.txt")
    with open(secret, "w") as f:
        f.write(SECRET + "\n")
    for p in gen.external_entity(indir(tmp), secret):
        expect_error(srv, a, p, "malformed-xml", forbidden=[SECRET])


def case_utf16(srv, a, tmp):
    paras = [gen.VIOLATING, "Kop: Dinas Pendidikan — ümlaut, 中文, emoji \U0001F600."]
    le, be, ref = gen.utf16_document(indir(tmp), paras)
    r = expect_ok(srv, a, ref, words=["Hendra Wijaya", "中文"])
    for p in (le, be):
        j = expect_ok(srv, a, p, words=["Hendra Wijaya", "中文", "\U0001F600"])
        check(finding_keys(j) == finding_keys(r), "%s: the findings of the UTF-8 twin" % os.path.basename(p))


CASES = {
    "zero-byte": case_zero_byte,
    "truncated": errors("not-a-zip", lambda d: gen.truncated(d, VIOLATING)),
    "not-a-zip-text": errors("not-a-zip", gen.text_as_docx),
    "zip-bomb-4g": errors("too-large", gen.zip_bomb_4g),
    "zip-bomb-lying-size": errors("too-large", gen.zip_bomb_lying),
    "zip-bomb-ratio": errors("limit-exceeded", gen.zip_bomb_ratio),
    "zip-bomb-unread-entry": oks(gen.zip_bomb_unread, ["Hendra Wijaya"]),
    "too-many-entries": errors("limit-exceeded", gen.too_many_entries),
    "duplicate-entries": errors("not-a-zip", gen.duplicate_entries),
    "overlapping-entries": errors("too-large", gen.overlapping_entries),
    "path-traversal-names": case_traversal,
    "doctype-billion-laughs": errors("malformed-xml", gen.billion_laughs, ["lollollol"]),
    "doctype-external-entity": case_external_entity,
    "deep-nesting": errors("limit-exceeded", gen.deep_nesting),
    "huge-paragraph": oks(gen.huge_paragraph, ["narasumber"]),
    "invalid-utf8": errors("malformed-xml", gen.invalid_utf8),
    "utf16-document": case_utf16,
    "encrypted-docx": errors("encrypted", gen.encrypted),
    "word97-doc": errors("legacy-doc", gen.word97),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check-list", nargs="*", metavar="CASE",
                    help="exit 1 unless these are exactly the cases (ctest registers each)")
    ap.add_argument("case", nargs="?")
    a = ap.parse_args()
    if a.check_list is not None:
        missing, extra = set(CASES) - set(a.check_list), set(a.check_list) - set(CASES)
        print("cases not registered with ctest: %s; registered but unknown: %s" % (sorted(missing), sorted(extra)))
        sys.exit(1 if missing or extra else 0)
    if a.list:
        print("\n".join(CASES))
        return
    if a.case not in CASES or not a.netral:
        ap.error("give --netral and one of: " + ", ".join(CASES))
    a.netral = os.path.abspath(a.netral)
    with tempfile.TemporaryDirectory(prefix="netral-serve-hostile-") as tmp:
        with Server(a.netral, ["-j", "2", "--timeout", "600"], tmp=tmp) as srv:
            try:
                CASES[a.case](srv, a, tmp)
            except Exception as e:  # noqa: BLE001
                import traceback
                traceback.print_exc()
                check(False, "case %s raised %r" % (a.case, e))
            st, _, j = srv.json("POST", "/v1/scan", read(os.path.join(SAMPLES, "se-dukungan-paslon.docx")), OCTET)
            check(st == 200 and j["verdict"] == "violation", "the server still serves after the case")
            check(srv.stop() == 0, "SIGTERM: exit status 0")
    finish()


if __name__ == "__main__":
    main()
