#!/usr/bin/env python3
"""serve_load.py - a bounded load test of `netral serve` on loopback: CLIENTS concurrent keep-alive
clients send REQUESTS requests that mix scans (raw and multipart), annotations and broken files
(truncated, plain text, empty, malformed multipart). Every answer is checked against what the CLI
says for that memo (findings, the annotated copy byte for byte), so 0 failed requests means 0 wrong
answers too. The server's resident memory is sampled throughout and must stay flat after warm-up
(not checked in a sanitizer build, whose allocator keeps freed memory in quarantine; there the
leak checker at exit does that job). Never asserts wall-clock time; prints the rate for reference.

The run of issue 17 (ctest serve.load runs exactly this):
    serve_load.py --netral build/netral --requests 5000 --clients 16
"""
import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_common import Server, check, cli_reports, finish, multipart, read, samples, same_report, sanitized  # noqa: E402

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
OCTET = {"Content-Type": "application/octet-stream"}


def expected(netral, tmp):
    """Per sample: its bytes, the CLI record and the CLI's annotated copy."""
    paths = samples()
    recs = cli_reports(netral, paths)
    out = []
    for p in paths:
        dst = os.path.join(tmp, os.path.basename(p) + ".ref.docx")
        e = dict(os.environ, **EPOCH)
        e["NETRAL_LANG"] = "id"
        e.pop("NETRAL_RULES", None)
        subprocess.run([netral, "annotate", p, dst], capture_output=True, env=e, timeout=300, check=False)
        out.append({"name": os.path.basename(p), "data": read(p), "rec": recs[p], "annotated": read(dst)})
    return out


def plan(n, docs, seed):
    """The request mix, decided up front so a run is reproducible: 55% scans (half multipart),
    25% annotations, 20% broken inputs of four kinds."""
    rnd = random.Random(seed)
    kinds = ["scan"] * 6 + ["scan-mp"] * 5 + ["annotate"] * 5 + ["truncated", "text", "empty", "bad-mp"]
    return [(rnd.choice(kinds), rnd.randrange(len(docs))) for _ in range(n)]


def one(conn, kind, doc):
    """Send one request; returns None when the answer is right, else what was wrong."""
    data, name = doc["data"], doc["name"]
    if kind == "scan":
        conn.request("POST", "/v1/scan?name=" + name, body=data, headers=OCTET)
    elif kind == "scan-mp":
        body, ctype = multipart([("file", name, data)])
        conn.request("POST", "/v1/scan", body=body, headers={"Content-Type": ctype})
    elif kind == "annotate":
        conn.request("POST", "/v1/annotate", body=data, headers=OCTET)
    elif kind == "truncated":
        conn.request("POST", "/v1/scan", body=data[:len(data) // 3], headers=OCTET)
    elif kind == "text":
        conn.request("POST", "/v1/annotate", body=b"bukan dokumen Word", headers=OCTET)
    elif kind == "empty":
        conn.request("POST", "/v1/scan", body=b"", headers=OCTET)
    else:
        body, ctype = multipart([("file", name, data)])
        conn.request("POST", "/v1/scan", body=body[:-40], headers={"Content-Type": ctype})
    r = conn.getresponse()
    got = r.read()
    st = r.status
    if kind in ("scan", "scan-mp"):
        j = json.loads(got)
        return None if st == 200 and same_report(j, doc["rec"]) else "%s %s: %d, other findings" % (kind, name, st)
    if kind == "annotate":
        return None if st == 200 and got == doc["annotated"] else "annotate %s: %d, other bytes" % (name, st)
    if kind == "truncated":
        j = json.loads(got)
        return None if st == 200 and j["error"]["code"] == "not-a-zip" else "truncated: %d %s" % (st, got[:100])
    if kind == "text":
        return None if st == 422 and json.loads(got)["error"]["code"] == "not-a-zip" else "text: %d" % st
    if kind == "empty":
        return None if st == 400 and json.loads(got)["error"]["code"] == "empty-body" else "empty: %d" % st
    return None if st == 400 and json.loads(got)["error"]["code"] == "bad-multipart" else "bad-mp: %d" % st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    netral = os.path.abspath(a.netral)
    san = sanitized(netral)
    with tempfile.TemporaryDirectory(prefix="netral-serve-load-") as tmp:
        docs = expected(netral, tmp)
        work = plan(a.requests, docs, a.seed)
        with Server(netral, ["-j", str(a.jobs), "--quiet", "--max-connections", str(a.clients + 8)], env=EPOCH,
                    tmp=tmp) as srv:
            lock = threading.Lock()
            state = {"next": 0, "done": 0, "fail": [], "rss": []}
            marks = {}

            def client():
                conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=300)
                while True:
                    with lock:
                        i = state["next"]
                        if i >= len(work):
                            break
                        state["next"] = i + 1
                    kind, d = work[i]
                    try:
                        err = one(conn, kind, docs[d])
                    except Exception as e:  # noqa: BLE001 - a broken connection is a failed request
                        err = "%s: %r" % (kind, e)
                        conn.close()
                        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=300)
                    with lock:
                        state["done"] += 1
                        if err:
                            state["fail"].append(err)
                conn.close()

            stop = threading.Event()

            def sampler():
                while not stop.is_set():
                    rss = srv.rss_kb()
                    with lock:
                        done = state["done"]
                    state["rss"].append((done, rss))
                    for frac in (0.1, 0.5, 1.0):
                        if frac not in marks and done >= frac * len(work):
                            marks[frac] = rss
                    stop.wait(0.1)

            t0 = time.monotonic()
            mon = threading.Thread(target=sampler)
            mon.start()
            threads = [threading.Thread(target=client) for _ in range(a.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - t0
            marks[1.0] = srv.rss_kb()
            stop.set()
            mon.join()
            peak = max(r for _, r in state["rss"]) if state["rss"] else marks[1.0]
            fails = state["fail"]
            print("requests: %d by %d clients, %d workers; %.0f req/s (for reference, not asserted)" %
                  (len(work), a.clients, a.jobs, len(work) / wall))
            print("server RSS: after 10%% %.1f MiB, half-way %.1f MiB, at the end %.1f MiB, peak %.1f MiB" %
                  (marks.get(0.1, 0) / 1024, marks.get(0.5, 0) / 1024, marks[1.0] / 1024, peak / 1024))
            check(not fails, "0 failed requests out of %d%s" % (len(work), (": " + "; ".join(fails[:5])) if fails else ""))
            if san:
                print("note: sanitizer build: memory flatness left to the leak checker at exit")
            else:
                base = marks.get(0.1, marks[1.0])
                growth = marks[1.0] - base
                check(growth <= max(8 * 1024, base // 5),
                      "memory flat: %+.1f MiB from 10%% of the run to its end" % (growth / 1024))
            _, _, m = srv.request("GET", "/metrics")
            text = m.decode()
            check("netral_engines_busy 0" in text and "netral_queue_length 0" in text, "idle again after the run")
            rc = srv.stop()
            check(rc == 0, "SIGTERM: exit status 0" + (" (and no leak at exit)" if san else ""))
    finish()


if __name__ == "__main__":
    main()
