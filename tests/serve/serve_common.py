"""serve_common.py - shared by the `netral serve` tests: starts the server on a free loopback port
(--listen 127.0.0.1:0 --port-file), talks to it with http.client, reads its memory, stops it with
SIGTERM and checks that it exited cleanly (a sanitizer report in its log is a failure)."""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid

SKIP = 77
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
DEV = os.path.join(SHARED, "eval", "dev")
VIOLATING = os.path.join(SAMPLES, "se-dukungan-paslon.docx")
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "SUMMARY: UndefinedBehavior")

FAILED = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        FAILED.append(what)
    return cond


def finish():
    if FAILED:
        print("%d check(s) failed" % len(FAILED))
        sys.exit(1)
    print("all checks passed")
    sys.exit(0)


def skip(why):
    print("skipped: " + why)
    sys.exit(SKIP)


def samples():
    return sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES) if f.endswith(".docx"))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def sanitized(netral):
    """True when the binary was built with AddressSanitizer (slower: bounds are widened)."""
    try:
        out = subprocess.run(["nm", "-D", netral], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "__asan_init" in out or "__asan_report" in out


class Server:
    """`netral serve` on 127.0.0.1 with a port the kernel picked; a context manager."""

    def __init__(self, netral, args=(), env=None, tmp=None, wait=True):
        self.netral = os.path.abspath(netral)
        self.tmp = tmp or tempfile.mkdtemp(prefix="netral-serve-")
        self.own_tmp = tmp is None
        self.port_file = os.path.join(self.tmp, "port-%s" % uuid.uuid4().hex[:8])
        self.log_path = os.path.join(self.tmp, "serve-%s.log" % uuid.uuid4().hex[:8])
        e = dict(os.environ)
        e.pop("NETRAL_RULES", None)
        e["NETRAL_LANG"] = "id"
        e.setdefault("ASAN_OPTIONS", "detect_leaks=1")
        e.setdefault("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1")
        if env:
            e.update(env)
        self.args = ["serve", "--listen", "127.0.0.1:0", "--port-file", self.port_file] + list(args)
        self.logf = open(self.log_path, "wb")
        self.proc = subprocess.Popen([self.netral] + self.args, stdout=self.logf, stderr=subprocess.STDOUT,
                                     env=e, cwd=self.tmp)
        self.port = None
        self.rc = None
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout=120):
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if os.path.exists(self.port_file):
                with open(self.port_file) as f:
                    txt = f.read().strip()
                if txt:
                    self.port = int(txt)
                    return
            if self.proc.poll() is not None:
                raise RuntimeError("netral serve exited with %s before listening:\n%s" % (self.proc.returncode, self.log()))
            time.sleep(0.05)
        raise RuntimeError("netral serve did not start within %d s:\n%s" % (timeout, self.log()))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.stop()
        if self.own_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)

    @property
    def pid(self):
        return self.proc.pid

    def log(self):
        if not self.logf.closed:
            self.logf.flush()
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def conn(self, timeout=120):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, timeout=120, conn=None):
        """(status, headers with lower-case names, body bytes); a new connection unless given."""
        c = conn or self.conn(timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            if conn is None:
                c.close()

    def json(self, method, path, body=None, headers=None, **kw):
        st, h, data = self.request(method, path, body, headers, **kw)
        try:
            return st, h, json.loads(data.decode("utf-8"))
        except ValueError:
            return st, h, None

    def rss_kb(self):
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def send_signal(self, sig):
        os.kill(self.pid, sig)

    def stop(self, sig=signal.SIGTERM, timeout=180):
        """SIGTERM (sig None: none, it was sent already) and wait; returns the exit status. A
        sanitizer report in the log fails."""
        if sig is not None and self.proc.poll() is None:
            os.kill(self.pid, sig)
        try:
            self.rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.rc = self.proc.wait()
            check(False, "netral serve did not stop within %d s after %s" % (timeout, sig))
        self.logf.close()
        log = self.log()
        bad = [m for m in SANITIZER_MARKS if m in log]
        check(not bad, "no sanitizer report in the server log" + (": " + log[-3000:] if bad else ""))
        return self.rc


def multipart(fields, boundary=None):
    """(body, content type) of a multipart/form-data form; fields: (name, filename or None, bytes)."""
    b = boundary or "----netral" + uuid.uuid4().hex
    out = []
    for name, filename, data in fields:
        disp = 'form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out.append(b"--" + b.encode() + b"\r\nContent-Disposition: " + disp.encode("utf-8") +
                   b"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + b"\r\n")
    out.append(b"--" + b.encode() + b"--\r\n")
    return b"".join(out), "multipart/form-data; boundary=" + b


def raw_exchange(port, data, timeout=10, shut_write=False):
    """Send raw bytes on a fresh connection and read until the server closes or timeout."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    out = b""
    try:
        s.sendall(data)
        if shut_write:
            s.shutdown(socket.SHUT_WR)
        while True:
            b = s.recv(65536)
            if not b:
                break
            out += b
    except (socket.timeout, ConnectionResetError, BrokenPipeError):
        pass
    finally:
        s.close()
    return out


def status_of(raw):
    m = re.match(rb"HTTP/1\.[01] (\d{3})", raw)
    return int(m.group(1)) if m else None


def cli_reports(netral, paths, extra=(), env=None):
    """`netral scan --format jsonl` over paths: {path: record}."""
    e = dict(os.environ)
    e.pop("NETRAL_RULES", None)
    e["NETRAL_LANG"] = "id"
    if env:
        e.update(env)
    res = subprocess.run([netral, "scan", "--no-progress", "--format", "jsonl", "-j", "2"] + list(extra) + list(paths),
                         capture_output=True, text=True, env=e, timeout=900)
    if res.returncode not in (0, 1):
        raise RuntimeError("netral scan failed (%d): %s" % (res.returncode, res.stderr))
    out = {}
    for line in res.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["path"]] = rec
    return out


def finding_key(f):
    return (f["rule"], f["category"], f["severity"], f["confidence"], f["part"], f.get("where"), f["paragraph"],
            f["start"], f["end"], f["excerpt"], f["message"], f["basis"], f.get("suggestion"))


def same_report(http_rec, cli_rec):
    """The HTTP answer and the CLI record agree on everything but the path (and the text option)."""
    a = {k: v for k, v in http_rec.items() if k not in ("path", "text")}
    b = {k: v for k, v in cli_rec.items() if k != "path"}
    return a == b
