#!/usr/bin/python3
"""special_outputs.py - an output path that is a FIFO (or a device such as /dev/null) is written
to as it is: `netral scan -o FIFO` and `netral annotate IN FIFO` deliver their bytes through the
pipe and leave it a pipe (a temporary file renamed over it would replace it with a regular file).
usage: special_outputs.py NETRAL SAMPLES_DIR"""
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
import zipfile

FAILS = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        FAILS.append(what)


def through_fifo(fifo, args):
    got = {}

    def reader():
        with open(fifo, "rb") as f:
            got["data"] = f.read()
    t = threading.Thread(target=reader)
    t.start()
    r = subprocess.run(args, capture_output=True, timeout=120)
    t.join(60)
    return r, got.get("data", b"")


def main():
    netral, samples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "pipa")
        os.mkfifo(fifo)
        r, data = through_fifo(fifo, [netral, "scan", "--no-progress", "--format", "jsonl", "-o", fifo, samples])
        lines = [json.loads(l) for l in data.decode().splitlines() if l.strip()]
        check(r.returncode in (0, 1) and len(lines) == 8, "scan -o FIFO: 8 reports through the pipe (%d)" % len(lines))
        check(stat.S_ISFIFO(os.stat(fifo).st_mode), "scan -o FIFO: still a FIFO")
        r, data = through_fifo(fifo, [netral, "annotate", os.path.join(samples, "se-dukungan-paslon.docx"), fifo])
        names = zipfile.ZipFile(__import__("io").BytesIO(data)).namelist() if data[:2] == b"PK" else []
        check(r.returncode in (0, 1) and "word/comments.xml" in names, "annotate IN FIFO: the copy through the pipe")
        check(stat.S_ISFIFO(os.stat(fifo).st_mode), "annotate IN FIFO: still a FIFO")
        check(os.listdir(tmp) == ["pipa"], "no temporary file left beside it (%r)" % os.listdir(tmp))
    r = subprocess.run([netral, "scan", "--no-progress", "-o", "/dev/null", samples], capture_output=True, timeout=120)
    check(stat.S_ISCHR(os.stat("/dev/null").st_mode), "scan -o /dev/null: /dev/null is still a device")
    print("%d passed, %d failed" % (6 - len(FAILS), len(FAILS)))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
