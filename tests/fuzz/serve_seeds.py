#!/usr/bin/env python3
"""serve_seeds.py - raw client byte streams for fuzz_serve: first byte 0 (no token) or 1 (the
server that wants "Bearer fuzz-token"), then what a client sends on one connection. Used by
seed_corpus.py for the serve target; `serve_seeds.py DIR` writes them (tests/fuzz/regressions/serve)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SAMPLE = os.path.join(ROOT, "samples", "se-dukungan-paslon.docx")
CLEAN = os.path.join(ROOT, "samples", "se-netralitas-asn.docx")


def req(method, path, body=b"", headers=(), length=True):
    h = ["%s %s HTTP/1.1" % (method, path), "Host: 127.0.0.1"] + list(headers)
    if length and (body or method == "POST"):
        h.append("Content-Length: %d" % len(body))
    return ("\r\n".join(h) + "\r\n\r\n").encode() + body


def multipart(data, name="file", filename="memo.docx", boundary="XyZ"):
    return (b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"" + name.encode() +
            b"\"; filename=\"" + filename.encode() + b"\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
            data + b"\r\n--" + boundary.encode() + b"--\r\n")


def chunked(data, size=1000):
    out = b""
    for i in range(0, len(data), size):
        c = data[i:i + size]
        out += b"%x\r\n" % len(c) + c + b"\r\n"
    return out + b"0\r\n\r\n"


def seeds():
    memo = open(SAMPLE, "rb").read()
    clean = open(CLEAN, "rb").read()
    mp = multipart(memo)
    ct = "Content-Type: multipart/form-data; boundary=XyZ"
    yield "get-endpoints", b"\0" + b"".join(req(m, p) for m, p in [
        ("GET", "/"), ("GET", "/v1/version"), ("GET", "/v1/rules?lang=en"), ("HEAD", "/healthz"),
        ("GET", "/metrics"), ("GET", "/nope"), ("DELETE", "/v1/scan"), ("GET", "/v1/scan")])
    yield "scan-raw-text", b"\0" + req("POST", "/v1/scan?text=1&name=se.docx", memo,
                                        ["Content-Type: application/octet-stream"])
    yield "scan-multipart", b"\0" + req("POST", "/v1/scan?lang=en", mp, [ct])
    yield "annotate-report", b"\0" + req("POST", "/v1/annotate?report=1&name=x.docm", memo)
    yield "annotate-clean-pipelined", b"\0" + req("POST", "/v1/annotate", clean) + req("POST", "/v1/scan", clean)
    yield "scan-chunked", b"\0" + req("POST", "/v1/scan", chunked(memo), ["Transfer-Encoding: chunked"], length=False)
    yield "bad-requests", b"\0" + req("POST", "/v1/scan", b"") + req("POST", "/v1/scan?text=maybe", memo) + \
        req("POST", "/v1/scan", mp[:len(mp) // 2], [ct]) + req("POST", "/v1/scan", mp, ["Content-Type: multipart/form-data"]) + \
        req("POST", "/v1/scan", multipart(memo, name="other"), [ct]) + req("POST", "/v1/scan", b"plain text, no zip")
    yield "bad-length", b"\0" + b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\nxxxx"
    yield "over-limit", b"\0" + b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n" \
        b"Content-Length: 99999999\r\n\r\n" + memo[:100]
    yield "token", b"\1" + req("POST", "/v1/scan", memo, ["Authorization: Bearer fuzz-token"]) + \
        req("GET", "/v1/rules", headers=["Authorization: Bearer wrong"]) + req("GET", "/healthz") + req("GET", "/")
    yield "half-upload", b"\0" + b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 5497\r\n\r\n" + memo[:1000]


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(HERE, "regressions", "serve")
    os.makedirs(out, exist_ok=True)
    for name, data in seeds():
        with open(os.path.join(out, name + ".http"), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
