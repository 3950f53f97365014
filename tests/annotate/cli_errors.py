#!/usr/bin/python3
"""cli_errors.py - `netral annotate` and `netral scan --annotate-dir` when things go wrong: an
unreadable input, the output path equal to the input, a missing or read-only folder, a write cut
short (file size limit, as with a full disk), and the mirrored layout of --annotate-dir.
In every failure: a clear message, a non-zero exit, no output and no temporary file left behind.

usage: cli_errors.py NETRAL SAMPLES_DIR
"""
import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

FAILS = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        FAILS.append(what)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, errors="replace", timeout=120, **kw)


def listing(d):
    return sorted(os.listdir(d))


def main():
    netral, samples = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    sample = os.path.join(samples, "se-dukungan-paslon.docx")
    work = tempfile.mkdtemp(prefix="netral-annot-cli-")
    os.chmod(work, 0o755)
    try:
        src = os.path.join(work, "memo.docx")
        shutil.copy(sample, src)
        before = sha(src)

        # an unreadable input: the contract error, no output file
        bad = os.path.join(work, "rusak.docx")
        with open(bad, "wb") as f:
            f.write(b"bukan zip sama sekali\n" * 10)
        out = os.path.join(work, "out", "rusak.docx")
        os.mkdir(os.path.join(work, "out"))
        r = run([netral, "annotate", bad, out])
        check(r.returncode == 1 and "not-a-zip" in r.stderr,
              "unreadable input: exit 1 naming not-a-zip (%d, %r)" % (r.returncode, r.stderr[:120]))
        check(listing(os.path.join(work, "out")) == [], "unreadable input: nothing written")

        # the output path is the input (directly, or through a link): refused, input untouched
        link = os.path.join(work, "tautan.docx")
        os.symlink(src, link)
        for target in (src, link):
            r = run([netral, "annotate", src, target])
            check(r.returncode == 2 and sha(src) == before,
                  "output %s over the input refused with exit 2, input unchanged (%d)"
                  % (os.path.basename(target), r.returncode))

        # a folder that does not exist
        r = run([netral, "annotate", src, os.path.join(work, "tidak-ada", "x.docx")])
        check(r.returncode != 0 and "tidak-ada" in r.stderr,
              "missing folder: clear error (%d, %r)" % (r.returncode, r.stderr[:160]))

        # a read-only folder (checked as an ordinary user when running as root)
        ro = os.path.join(work, "ro")
        os.mkdir(ro, 0o555)
        os.chmod(ro, 0o555)

        def as_user():
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
        shutil.copy(sample, os.path.join(work, "umum.docx"))
        os.chmod(os.path.join(work, "umum.docx"), 0o644)
        # The build may live in a folder only root can enter (a clone under /root): run a copy
        # of the binary from the world-readable work folder, so the check runs wherever it is.
        user_netral = os.path.join(work, "netral")
        shutil.copy(netral, user_netral)
        os.chmod(user_netral, 0o755)
        try:
            r = run([user_netral, "annotate", os.path.join(work, "umum.docx"), os.path.join(ro, "x.docx")],
                    preexec_fn=as_user)
        except OSError as e:  # the copy could not be run as that user at all
            r = subprocess.CompletedProcess([], 126, "", "netral: %s" % e)
        if r.returncode == 126 or "Permission denied" in r.stderr and "netral" in r.stderr[:40]:
            print("skip read-only folder: the netral binary is not executable by an ordinary user")
        else:
            check(r.returncode != 0 and "izin ditolak" in r.stderr and listing(ro) == [],
                  "read-only folder: 'izin ditolak', nothing left (%d, %r)" % (r.returncode, r.stderr[:160]))

        # a write cut short, as when the disk fills up: no partial file, no temporary file
        full = os.path.join(work, "penuh")
        os.mkdir(full)

        def small_files():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
        r = run([netral, "annotate", src, os.path.join(full, "x.docx")], preexec_fn=small_files)
        check(r.returncode != 0 and listing(full) == [],
              "write cut short: error and nothing left (%d, %r, %r)" % (r.returncode, r.stderr[:160], listing(full)))

        # a good run writes the copy and leaves the input as it was
        good = os.path.join(work, "out", "memo.docx")
        r = run([netral, "annotate", src, good])
        check(r.returncode in (0, 1) and os.path.exists(good) and sha(src) == before,
              "annotate writes the copy, input unchanged (%d)" % r.returncode)
        check(listing(os.path.join(work, "out")) == ["memo.docx"], "no temporary files beside the copy")

        # scan --annotate-dir mirrors the input paths; an unreadable file gets no copy
        tree = os.path.join(work, "arsip")
        os.makedirs(os.path.join(tree, "2024", "01"))
        shutil.copy(sample, os.path.join(tree, "2024", "01", "se.docx"))
        shutil.copy(os.path.join(samples, "se-netralitas-asn.docx"), os.path.join(tree, "bersih.docx"))
        shutil.copy(bad, os.path.join(tree, "2024", "rusak.docx"))
        ann = os.path.join(work, "beranotasi")
        r = run([netral, "scan", "--format", "jsonl", "--no-progress", "--annotate-dir", ann, "arsip"],
                cwd=work)
        reports = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
        check(r.returncode == 1 and len(reports) == 3, "scan --annotate-dir: exit 1, 3 reports (%d)" % r.returncode)
        made = sorted(os.path.relpath(os.path.join(d, f), ann) for d, _, fs in os.walk(ann) for f in fs)
        check(made == ["2024/01/se.docx"],
              "scan --annotate-dir: a copy of the flagged memo at its path inside the folder named, "
              "none for the clean or the unreadable one: %r" % made)
        shutil.rmtree(ann)
        r = run([netral, "scan", "--format", "jsonl", "--no-progress", "--annotate-all", "--annotate-dir", ann,
                 os.path.join(work, "arsip")], cwd=work)
        made = sorted(os.path.relpath(os.path.join(d, f), ann) for d, _, fs in os.walk(ann) for f in fs)
        check(made == ["2024/01/se.docx", "bersih.docx"],
              "scan --annotate-all (absolute input path): every readable memo, relative to the folder: %r" % made)
    finally:
        os.chmod(os.path.join(work, "ro"), 0o755) if os.path.isdir(os.path.join(work, "ro")) else None
        shutil.rmtree(work, ignore_errors=True)
    print("%d failures" % len(FAILS))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
