#!/usr/bin/env python3
"""serve_api.py - `netral serve` through Python's http.client and raw sockets: every endpoint, the
bad-input answers of issue 17, bearer tokens, the connection cap, slow clients, the time budget,
SIGHUP reloads, SIGTERM draining and what the log may say. One case per ctest.

Usage: serve_api.py --netral BUILD/netral CASE      (serve_api.py --list prints the cases)
"""
import argparse
import base64
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_common import (VIOLATING, Server, check, finish, multipart, raw_exchange, read, samples,  # noqa: E402
                          status_of)

OCTET = {"Content-Type": "application/octet-stream"}
CATEGORIES = {"endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
              "letterhead-misuse"}
# Rules that loop until the engine's instruction budget (50M per rule per document) stops them:
# four of them make each scan cost about two seconds of Lua, for the time budget and the drain.
SLOW_TEMPLATE = '''rule {
  id = "endorsement.test-slow-%d",
  category = "endorsement",
  severity = "low",
  basis = "uji",
  message = "aturan uji yang lambat",
  match = any { "surat edaran" },
  check = function(m, p, doc)
    local x = 0
    for i = 1, 1e12 do x = x + i %% 7 end
    return false
  end,
}
'''


def slow_rules(n):
    return "".join(SLOW_TEMPLATE % i for i in range(n))


SLOW_RULE = slow_rules(4)


def rules_dir(tmp, name, text):
    d = os.path.join(tmp, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "test.lua"), "w") as f:
        f.write(text)
    return d


def error_of(body):
    try:
        j = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    return (j.get("error") or {}).get("code")


def still_serving(srv, what):
    st, _, j = srv.json("POST", "/v1/scan", read(VIOLATING), OCTET)
    check(st == 200 and j and j["verdict"] == "violation", "still serving other clients after " + what)


# ---- Cases ------------------------------------------------------------------------------------------

def case_endpoints(a, tmp):
    with Server(a.netral, ["-j", "2"], tmp=tmp) as srv:
        st, h, j = srv.json("GET", "/healthz")
        check(st == 200 and j == {"status": "ok"}, "GET /healthz answers {\"status\":\"ok\"}")
        check(h.get("content-type", "").startswith("application/json"), "JSON answers say application/json")
        st, _, v = srv.json("GET", "/v1/version")
        check(st == 200 and v["api"] == "v1" and v["netral"] and v["rules"] > 0 and v["ruleset"],
              "GET /v1/version names the version, API, rule set and rule count")
        check(v.get("libmicrohttpd", "").startswith("0."), "/v1/version names libmicrohttpd's version")
        st, _, r = srv.json("GET", "/v1/rules")
        check(st == 200 and r["count"] == len(r["rules"]) == v["rules"] and r["ruleset"] == v["ruleset"],
              "GET /v1/rules lists every rule with the same rule set id")
        check(all(x["category"] in CATEGORIES and x["id"] and x["source"] for x in r["rules"]),
              "every listed rule has an id, a contract category and a source")
        st, _, ren = srv.json("GET", "/v1/rules?lang=en")
        check(st == 200 and ren["count"] == r["count"] and ren["rules"][0]["message"] != r["rules"][0]["message"],
              "/v1/rules?lang=en gives the English messages")
        st, h, page = srv.request("GET", "/")
        html = page.decode("utf-8")
        check(st == 200 and h.get("content-type", "").startswith("text/html"), "GET / serves the review page")
        check("default-src 'none'" in h.get("content-security-policy", ""), "the page has a strict CSP")
        ext = re.findall(r'(?:src|href)\s*=\s*["\'](?:https?:)?//', html)
        check(not ext and "<script" in html and "/v1/scan" in html, "the page loads nothing from outside")
        st, h, _ = srv.request("HEAD", "/healthz")
        check(st == 200, "HEAD /healthz answers 200")
        # a scan, then the metrics
        st, h, j = srv.json("POST", "/v1/scan", read(VIOLATING), OCTET)
        srv.request("POST", "/v1/scan", b"not a zip at all", OCTET)
        srv.request("GET", "/nope")
        st, h, m = srv.request("GET", "/metrics")
        text = m.decode("utf-8")
        check(st == 200 and h.get("content-type", "").startswith("text/plain; version=0.0.4"),
              "GET /metrics is Prometheus text 0.0.4")
        for needle in ('netral_http_requests_total{endpoint="/v1/scan",status="200"} 2',
                       'netral_http_requests_total{endpoint="other",status="404"} 1',
                       'netral_documents_total{verdict="violation"} 1',
                       'netral_documents_total{verdict="error"} 1',
                       'netral_errors_total{code="not-a-zip"} 1',
                       'netral_errors_total{code="no-such-endpoint"} 1',
                       'netral_http_request_duration_seconds_bucket{endpoint="/v1/scan",le="+Inf"} 2',
                       "netral_engines 2", "netral_engines_busy 0", "# TYPE netral_http_request_duration_seconds histogram"):
            check(needle in text, "metrics show " + needle)
        for line in text.splitlines():
            if line and not line.startswith("#") and not re.match(r'^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$', line):
                check(False, "metrics line well formed: %r" % line)
                break
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_scan(a, tmp):
    with Server(a.netral, ["-j", "2"], tmp=tmp) as srv:
        data = read(VIOLATING)
        st, h, j = srv.json("POST", "/v1/scan?name=memo-12.docx", data, OCTET)
        check(st == 200 and j["status"] == "ok" and j["verdict"] == "violation" and j["path"] == "memo-12.docx",
              "raw body: the contract object, named by ?name=")
        n = len(j["findings"])
        check(h.get("x-netral-verdict") == "violation" and h.get("x-netral-findings") == str(n),
              "scan headers carry the verdict and the count")
        sev = dict(p.split("=") for p in h.get("x-netral-severities", "").split(";"))
        check(sum(int(v) for v in sev.values()) == n and set(sev) == {"high", "medium", "low", "info"},
              "X-Netral-Severities adds up")
        body, ctype = multipart([("note", None, b"ignored"), ("file", "Surat Edaran 12.docx", data)])
        st, _, jm = srv.json("POST", "/v1/scan", body, {"Content-Type": ctype})
        check(st == 200 and jm["path"] == "Surat Edaran 12.docx" and jm["findings"] == j["findings"],
              "multipart upload: the same findings, named by the file name")
        st, _, jt = srv.json("POST", "/v1/scan?text=1", data, OCTET)
        check(st == 200 and "text" in jt and jt["findings"] == j["findings"], "?text=1 adds the paragraph texts")
        parts = {p["name"]: p["paragraphs"] for p in jt["text"]["parts"]}
        ok = True
        for f in jt["findings"]:
            para = parts.get(f["part"], [])
            if f["paragraph"] >= len(para):
                ok = False
                continue
            b = para[f["paragraph"]]["text"].encode("utf-8")
            ok &= b[f["start"]:f["end"]].decode("utf-8") == f["excerpt"]
        check(ok and jt["findings"], "every finding's start/end cut its excerpt out of the paragraph text")
        st, _, je = srv.json("POST", "/v1/scan?lang=en", data, OCTET)
        check(st == 200 and je["findings"][0]["message"] != j["findings"][0]["message"] and
              [f["rule"] for f in je["findings"]] == [f["rule"] for f in j["findings"]],
              "?lang=en: the same findings with English messages")
        st, _, jn = srv.json("POST", "/v1/scan?name=../../etc/passwd", data, OCTET)
        check(st == 200 and jn["path"] == "passwd", "a name with folders is cut to its last component")
        # keep-alive: many requests on one connection
        c = srv.conn()
        ok = True
        for i in range(20):
            st, _, d = srv.request("POST", "/v1/scan", data, OCTET, conn=c)
            ok &= st == 200 and json.loads(d)["verdict"] == "violation"
        c.close()
        check(ok, "20 scans on one keep-alive connection")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_annotate(a, tmp):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    with Server(a.netral, ["-j", "2"], env=env, tmp=tmp) as srv:
        data = read(VIOLATING)
        st, h, doc = srv.request("POST", "/v1/annotate?name=se-12.docx", data, OCTET)
        check(st == 200 and h.get("content-type") ==
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "annotate: a DOCX answer")
        check('filename="se-12.netral.docx"' in h.get("content-disposition", "") and
              "attachment" in h.get("content-disposition", ""), "annotate: attachment named se-12.netral.docx")
        check(h.get("x-netral-verdict") == "violation" and int(h.get("x-netral-findings", "0")) > 0 and
              "endorsement=" in h.get("x-netral-categories", ""), "annotate: verdict and counts in headers")
        with zipfile.ZipFile(io.BytesIO(doc)) as z:
            comments = z.read("word/comments.xml").decode("utf-8")
        check(comments.count("<w:comment ") == int(h["x-netral-findings"]), "one Word comment per finding")
        st, h2, j = srv.json("POST", "/v1/annotate?report=1&name=se-12.docx", data, OCTET)
        check(st == 200 and j["report"]["path"] == "se-12.docx" and j["report"]["verdict"] == "violation",
              "?report=1: the report, named after the upload")
        check(base64.b64decode(j["annotated"]["base64"]) == doc and j["annotated"]["size"] == len(doc) and
              j["annotated"]["filename"] == "se-12.netral.docx", "?report=1: the same copy in base64")
        st, h, body = srv.request("POST", "/v1/annotate", b"PK\x03\x04broken", OCTET)
        j = json.loads(body)
        check(st == 422 and j["status"] == "error" and j["error"]["code"] == "not-a-zip" and
              h.get("x-netral-error") == "not-a-zip", "annotate of an unreadable file: 422 with the error object")
        body, ctype = multipart([("file", "nota.docm", data)])
        st, h, _ = srv.request("POST", "/v1/annotate", body, {"Content-Type": ctype})
        check(st == 200 and 'filename="nota.netral.docm"' in h.get("content-disposition", "") and
              h.get("content-type") == "application/vnd.ms-word.document.macroEnabled.12",
              "a .docm upload comes back as .netral.docm with its content type")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_bad_input(a, tmp):
    with Server(a.netral, ["-j", "2", "--max-bytes", "200K"], tmp=tmp) as srv:
        st, _, b = srv.request("GET", "/v1/nothing")
        check(st == 404 and error_of(b) == "no-such-endpoint", "unknown path: 404 with a JSON error")
        st, h, b = srv.request("GET", "/v1/scan")
        check(st == 405 and error_of(b) == "method-not-allowed" and h.get("allow") == "POST",
              "GET /v1/scan: 405, Allow: POST")
        st, h, b = srv.request("DELETE", "/healthz")
        check(st == 405 and "GET" in h.get("allow", ""), "DELETE /healthz: 405, Allow: GET, HEAD")
        st, _, b = srv.request("POST", "/v1/scan", b"", OCTET)
        check(st == 400 and error_of(b) == "empty-body", "empty body: 400 empty-body")
        st, _, j = srv.json("POST", "/v1/scan", b"just some text, no zip", OCTET)
        check(st == 200 and j["status"] == "error" and j["error"]["code"] == "not-a-zip" and j["verdict"] == "error",
              "unreadable document: 200 with the contract's status error object")
        st, _, b = srv.request("POST", "/v1/scan?text=maybe", read(VIOLATING), OCTET)
        check(st == 400 and error_of(b) == "bad-parameter", "?text=maybe: 400 bad-parameter")
        st, _, b = srv.request("POST", "/v1/scan?lang=fr", read(VIOLATING), OCTET)
        check(st == 400 and error_of(b) == "bad-parameter", "?lang=fr: 400 bad-parameter")
        data = read(VIOLATING)
        body, ctype = multipart([("file", "x.docx", data)])
        st, _, b = srv.request("POST", "/v1/scan", body[:len(body) // 2], {"Content-Type": ctype})
        check(st == 400 and error_of(b) == "bad-multipart", "truncated multipart upload: 400 bad-multipart")
        st, _, b = srv.request("POST", "/v1/scan", body, {"Content-Type": "multipart/form-data"})
        check(st == 400 and error_of(b) == "bad-multipart", "multipart without boundary: 400 bad-multipart")
        st, _, b = srv.request("POST", "/v1/scan", b"garbage\r\n\r\n", {"Content-Type": ctype})
        check(st == 400 and error_of(b) == "bad-multipart", "malformed multipart: 400 bad-multipart")
        body2, ctype2 = multipart([("other", "x.docx", data)])
        st, _, b = srv.request("POST", "/v1/scan", body2, {"Content-Type": ctype2})
        check(st == 400 and error_of(b) == "no-file-field", "multipart without a file field: 400 no-file-field")
        body3, ctype3 = multipart([("file", "a.docx", data), ("file", "b.docx", data)])
        st, _, b = srv.request("POST", "/v1/scan", body3, {"Content-Type": ctype3})
        check(st == 400 and error_of(b) == "bad-multipart", "two file fields: 400 bad-multipart")
        # Content-Length that is not a number: libmicrohttpd answers 400 and closes
        raw = raw_exchange(srv.port, b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\nxxxx")
        check(status_of(raw) == 400, "non-numeric Content-Length: 400")
        raw = raw_exchange(srv.port, b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
        check(status_of(raw) == 400, "negative Content-Length: 400")
        # too large by Content-Length: 413 before the body is read
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        s.sendall(b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n" + b"PK" * 1000)
        got = b""
        try:
            while True:
                d = s.recv(65536)
                if not d:
                    break
                got += d
        except (socket.timeout, ConnectionResetError):
            pass
        s.close()
        check(status_of(got) == 413 and b"body-too-large" in got,
              "a 50 MB upload over --max-bytes 200K: 413 after 2 KB were sent (not read whole)")
        # Expect: 100-continue with a too-large length: 413 instead of 100
        raw = raw_exchange(srv.port, b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                                     b"Content-Length: 9999999\r\n\r\n")
        check(status_of(raw) == 413, "Expect: 100-continue over the limit: 413, no 100")
        # chunked upload growing past the limit: the connection is closed
        chunk = b"x" * 65536
        req = b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        req += (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * 5 + b"0\r\n\r\n"
        raw = raw_exchange(srv.port, req)
        check(status_of(raw) in (None, 413), "chunked upload over the limit: the connection is closed")
        # a client that disconnects mid-upload
        for cut in (10, 1000, len(data) // 2):
            s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
            s.sendall(b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(data) + data[:cut])
            s.close()
        # headers only, then gone
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\n")
        s.close()
        raw = raw_exchange(srv.port, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64))
        check(status_of(raw) in (None, 400), "TLS hello on the plain port: 400 or closed")
        raw = raw_exchange(srv.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300000 + b"\r\n\r\n")
        check(status_of(raw) in (None, 400, 413, 431), "a 300 KB header: refused")
        time.sleep(0.3)
        still_serving(srv, "disconnects mid-upload, garbage and oversized headers")
        log = srv.log()
        check("closed" in log or "ditutup" in log, "the log records the connections closed mid-request")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_auth(a, tmp):
    tok = os.path.join(tmp, "token")
    with open(tok, "w") as f:
        f.write("s3cret-token-42\n")
    os.chmod(tok, 0o600)
    with Server(a.netral, ["-j", "1", "--token-file", tok], tmp=tmp) as srv:
        data = read(VIOLATING)
        st, h, b = srv.request("POST", "/v1/scan", data, OCTET)
        check(st == 401 and error_of(b) == "unauthorized" and h.get("www-authenticate", "").startswith("Bearer"),
              "no token: 401 with WWW-Authenticate: Bearer")
        st, _, _ = srv.request("POST", "/v1/scan", data, dict(OCTET, Authorization="Bearer wrong"))
        check(st == 401, "wrong token: 401")
        st, _, _ = srv.request("POST", "/v1/scan", data, dict(OCTET, Authorization="Basic czNjcmV0LXRva2VuLTQy"))
        check(st == 401, "another scheme: 401")
        st, _, j = srv.json("POST", "/v1/scan", data, dict(OCTET, Authorization="Bearer s3cret-token-42"))
        check(st == 200 and j["verdict"] == "violation", "right token: 200")
        st, _, _ = srv.request("GET", "/v1/rules")
        check(st == 401, "/v1/rules needs the token too")
        st, _, _ = srv.request("GET", "/metrics")
        check(st == 401, "/metrics needs the token too")
        st, _, _ = srv.request("GET", "/healthz")
        check(st == 200, "/healthz answers without a token (for load balancers)")
        st, _, _ = srv.request("GET", "/")
        check(st == 200, "the page itself loads without a token (it asks for one)")
        st, _, v = srv.json("GET", "/v1/version", headers={"Authorization": "bearer s3cret-token-42"})
        check(st == 200 and v["auth"] is True, "the scheme is case-insensitive; /v1/version says auth is on")
        check("s3cret-token-42" not in srv.log(), "the token never appears in the log")
        check(srv.stop() == 0, "SIGTERM: exit status 0")
    empty = os.path.join(tmp, "empty-token")
    open(empty, "w").close()
    srv = Server(a.netral, ["--token-file", empty], tmp=tmp, wait=False)
    rc = srv.proc.wait(60)
    check(rc == 2, "an empty token file: exit status 2")


def case_limits(a, tmp):
    slow = rules_dir(tmp, "slow", SLOW_RULE)
    with Server(a.netral, ["-j", "1", "--max-connections", "2", "--timeout", "1.5", "--idle-timeout", "30",
                           "--rules", slow], tmp=tmp) as srv:
        # connection cap: two idle connections fill it; a third waits until one goes
        s1 = socket.create_connection(("127.0.0.1", srv.port))
        s2 = socket.create_connection(("127.0.0.1", srv.port))
        time.sleep(0.3)
        s3 = socket.create_connection(("127.0.0.1", srv.port), timeout=0.8)
        s3.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        try:
            early = s3.recv(100)
        except socket.timeout:
            early = None
        check(early is None, "a third connection over --max-connections 2 is not served meanwhile")
        s1.close()
        s2.close()
        s3.settimeout(10)
        late = b""
        try:
            late = s3.recv(100)
        except socket.timeout:
            pass
        s3.close()
        check(status_of(late) == 200, "... and is served once the others close")
        # a slow client: one byte every 0.3 s never finishes its request within --timeout 1.5 s
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=0.2)
        s.sendall(b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
        t0, closed = time.monotonic(), False
        while time.monotonic() - t0 < 10 and not closed:
            try:
                s.sendall(b"x")
                if s.recv(100) == b"":
                    closed = True
            except socket.timeout:
                pass
            except (BrokenPipeError, ConnectionResetError):
                closed = True
            time.sleep(0.3)
        s.close()
        check(closed, "a client trickling its upload is cut off")
        # a stalled client sending its headers slowly
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        s.sendall(b"GET /hea")
        try:
            gone = s.recv(100) == b""
        except (socket.timeout, ConnectionResetError):
            gone = True
        s.close()
        check(gone, "a client stalled in its headers is cut off")
        st, _, m = srv.request("GET", "/metrics")
        cut = re.search(rb"netral_slow_clients_cut_total (\d+)", m)
        check(cut and int(cut.group(1)) >= 2, "metrics count the clients cut off")
        check(srv.stop() == 0, "SIGTERM: exit status 0")
    # the time budget: the slow rules need about two seconds, the budget is a quarter of that
    with Server(a.netral, ["-j", "1", "--timeout", "0.5", "--rules", slow], tmp=tmp) as srv:
        st, h, b = srv.request("POST", "/v1/scan", read(VIOLATING), OCTET)
        check(st == 503 and error_of(b) == "time-budget" and h.get("retry-after"),
              "a scan over the --timeout budget: 503 time-budget with Retry-After")
        st, _, _ = srv.request("GET", "/healthz")
        check(st == 200, "the server answers while the slow scan is still finishing")
        t0 = time.monotonic()
        while time.monotonic() - t0 < 60:
            _, _, m = srv.request("GET", "/metrics")
            if b"netral_engines_busy 0" in m:
                break
            time.sleep(0.1)
        check(b'netral_errors_total{code="time-budget"} 1' in m and b"netral_engines_busy 0" in m,
              "metrics count the request over budget; the worker is free again once its scan ends")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_reload(a, tmp):
    d = rules_dir(tmp, "extra", '''rule {
  id = "endorsement.test-reload-one",
  category = "endorsement",
  severity = "medium",
  basis = "uji",
  message = "aturan uji pertama",
  match = any { "surat edaran" },
}
''')
    with Server(a.netral, ["-j", "2", "--rules", d], tmp=tmp) as srv:
        _, _, r1 = srv.json("GET", "/v1/rules")
        ids1 = {x["id"] for x in r1["rules"]}
        check("endorsement.test-reload-one" in ids1, "the --rules folder is loaded at start")
        _, _, j = srv.json("POST", "/v1/scan", read(VIOLATING), OCTET)
        check("endorsement.test-reload-one" in [f["rule"] for f in j["findings"]], "and its rule finds")
        # a broken file: the reload fails and the old rules stay
        with open(os.path.join(d, "broken.lua"), "w") as f:
            f.write("rule { id = \n")
        srv.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        _, _, r2 = srv.json("GET", "/v1/rules")
        check(r2["ruleset"] == r1["ruleset"], "a folder that fails to load keeps the old rules")
        log = srv.log()
        check("broken.lua" in log and ("muat ulang gagal" in log or "reload failed" in log),
              "the log says the reload failed and names the file")
        _, _, j = srv.json("POST", "/v1/scan", read(VIOLATING), OCTET)
        check("endorsement.test-reload-one" in [f["rule"] for f in j["findings"]], "scans still use the old rules")
        # fixed: the new rule replaces the old one
        os.remove(os.path.join(d, "broken.lua"))
        with open(os.path.join(d, "test.lua"), "w") as f:
            f.write('''rule {
  id = "endorsement.test-reload-two",
  category = "endorsement",
  severity = "medium",
  basis = "uji",
  message = "aturan uji kedua",
  match = any { "surat edaran" },
}
''')
        srv.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        _, _, r3 = srv.json("GET", "/v1/rules")
        ids3 = {x["id"] for x in r3["rules"]}
        check("endorsement.test-reload-two" in ids3 and "endorsement.test-reload-one" not in ids3 and
              r3["ruleset"] != r1["ruleset"], "SIGHUP reloads the folder")
        ok = True
        for i in range(6):  # every worker picks the new rules up
            _, h, j = srv.json("POST", "/v1/scan", read(VIOLATING), OCTET)
            rules = [f["rule"] for f in j["findings"]]
            ok &= "endorsement.test-reload-two" in rules and "endorsement.test-reload-one" not in rules
            ok &= h.get("x-netral-ruleset") == r3["ruleset"]
        check(ok, "every scan after the reload uses the new rules")
        _, _, m = srv.request("GET", "/metrics")
        check(b'netral_rule_reloads_total{result="ok"} 1' in m and b'netral_rule_reloads_total{result="failed"} 1' in m,
              "metrics count one good and one failed reload")
        check(srv.stop() == 0, "SIGTERM: exit status 0")


def case_drain(a, tmp):
    # Ten slow rules (about five seconds a scan) leave a wide window in which two scans run and
    # the third waits, even on a loaded two-core machine.
    slow = rules_dir(tmp, "slow", slow_rules(10))
    with Server(a.netral, ["-j", "2", "--timeout", "120", "--rules", slow], tmp=tmp) as srv:
        data = read(VIOLATING)
        results = []

        def one():
            try:
                results.append(srv.json("POST", "/v1/scan", data, OCTET, timeout=300)[0])
            except Exception as e:  # noqa: BLE001 - recorded as a failure below
                results.append(repr(e))

        threads = [threading.Thread(target=one) for _ in range(3)]
        for t in threads:
            t.start()
        t0 = time.monotonic()
        while time.monotonic() - t0 < 60:
            _, _, m = srv.request("GET", "/metrics")
            # The third request must be queued (received, waiting for an engine) before SIGTERM:
            # one whose connection the server has not read yet is new work and is refused (503).
            if b"netral_engines_busy 2" in m and b"netral_queue_length 1" in m:
                break
            time.sleep(0.05)
        check(b"netral_engines_busy 2" in m, "two slow scans are running (metrics: engines busy 2)")
        check(b"netral_queue_length 1" in m, "the third one is queued (metrics: queue length 1)")
        srv.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        refused = False
        try:
            socket.create_connection(("127.0.0.1", srv.port), timeout=2).close()
        except OSError:
            refused = True
        check(refused, "after SIGTERM no new connection is accepted")
        for t in threads:
            t.join(300)
        check(results == [200, 200, 200], "the requests in flight (and the queued one) are answered: %s" % results)
        rc = srv.stop(sig=None)
        check(rc == 0, "exit status 0 after draining")
        log = srv.log()
        check("berhenti" in log, "the log says it stopped")


def case_log(a, tmp):
    with Server(a.netral, ["-j", "2"], tmp=tmp) as srv:
        for p in samples():
            srv.request("POST", "/v1/scan?text=1&name=" + os.path.basename(p), read(p), OCTET)
            srv.request("POST", "/v1/annotate", read(p), OCTET)
        srv.stop()
        log = srv.log()
        lines = [l for l in log.splitlines() if "req=" in l]
        check(len(lines) == 2 * len(samples()), "one log line per request")
        check(all(re.search(r"req=\d+ POST /v1/(scan|annotate) -> 200 in=\d+B [0-9.]+ms verdict=\w+ findings=\d+", l)
                  for l in lines), "each line names the request, the result and the counts")
        words = ["Hendra Wijaya", "pasangan calon", "Lembah Hijau", "KTP", "se-dukungan-paslon", "dukungan"]
        check(not [w for w in words if w in log], "the log holds no memo text and no file names")


def case_startup(a, tmp):
    def run(args):
        r = subprocess.run([a.netral, "serve"] + args, capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, NETRAL_LANG="id"))
        return r.returncode, r.stderr
    for args, what in ((["--listen", "nowhere"], "--listen without a port"), (["--jobs", "0"], "--jobs 0"),
                       (["--max-bytes", "lots"], "--max-bytes lots"), (["--lang", "fr"], "--lang fr"),
                       (["--bogus"], "an unknown option"), (["--rules", os.path.join(tmp, "none")], "a missing rule folder")):
        rc, err = run(args)
        check(rc == 2 and err.strip(), "%s: exit status 2 with a message" % what)
    bad = rules_dir(tmp, "bad", "rule { id = ")
    rc, err = run(["--rules", bad, "--listen", "127.0.0.1:0"])
    check(rc == 2 and "test.lua" in err, "a rule folder that fails to load: exit 2 naming the file")
    r = subprocess.run([a.netral, "serve", "--help"], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and "--max-bytes" in r.stdout, "netral serve --help: exit 0, the options")
    with Server(a.netral, ["-j", "1"], tmp=tmp) as srv:
        rc, err = run(["--listen", "127.0.0.1:%d" % srv.port])
        check(rc == 2 and ("Address already in use" in err or "dipakai" in err), "a port in use: exit 2 saying so")
        check(srv.stop() == 0, "SIGTERM: exit status 0")
    srv = Server(a.netral, ["-j", "1", "--listen", "[::1]:0"], tmp=tmp, wait=False)
    try:
        srv.wait_ready(60)
        c = socket.create_connection(("::1", srv.port), timeout=10)
        c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        got = c.recv(100)
        c.close()
        check(status_of(got) == 200, "--listen [::1]:0 serves over IPv6")
    except (RuntimeError, OSError) as e:
        print("note: IPv6 loopback unavailable here (%s), that check was skipped" % e)
    srv.stop()
    srv = Server(a.netral, ["-j", "1", "--listen", "0.0.0.0:0"], tmp=tmp)
    srv.stop()
    log = srv.log()
    check("peringatan" in log and "--token-file" in log, "listening beyond loopback without a token: a warning")


CASES = {"endpoints": case_endpoints, "scan": case_scan, "annotate": case_annotate, "bad-input": case_bad_input,
         "auth": case_auth, "limits": case_limits, "reload": case_reload, "drain": case_drain, "log": case_log, "startup": case_startup}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=False)
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
        return 0
    if a.case not in CASES or not a.netral:
        ap.error("give --netral and one of: " + ", ".join(CASES))
    with tempfile.TemporaryDirectory(prefix="netral-serve-") as tmp:
        try:
            CASES[a.case](a, tmp)
        except Exception as e:  # noqa: BLE001 - a crash of the test is a failure with its story
            import traceback
            traceback.print_exc()
            check(False, "case %s raised %r" % (a.case, e))
    finish()


if __name__ == "__main__":
    main()
