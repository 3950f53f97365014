"""harness.py - shared by the hostile and data-safety suites: runs `netral` under CPU, memory and
wall-clock bounds, parses its JSON Lines, and turns sanitizer reports and crashes into failures."""

import hashlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback

SKIP = 77
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")
GIB = 1 << 30


class Fail(Exception):
    """A broken expectation: the message says what a user would have seen go wrong."""


class Skip(Exception):
    """The case cannot run here (missing tool or data); reported plainly, exit 77."""


class Result:
    def __init__(self, args, rc, out, err, cpu, rss_mb, timed_out):
        self.args, self.rc, self.out, self.err = args, rc, out, err
        self.cpu, self.rss_mb, self.timed_out = cpu, rss_mb, timed_out

    def describe(self):
        return "netral %s -> exit %s, %.1f s CPU, %d MiB peak\nstderr: %s" % (
            " ".join(self.args), self.rc, self.cpu, self.rss_mb, self.err[-2000:])


class Ctx:
    """Bounds are generous for sanitizer builds (ASan costs 2-3x CPU and memory)."""

    def __init__(self, netral, sanitized, tmp):
        self.netral = os.path.abspath(netral)
        self.sanitized = sanitized
        self.tmp = tmp
        self.cpu_limit = 180 if sanitized else 60
        self.rss_limit_mb = 3072 if sanitized else 2048
        self.wall_limit = 900 if sanitized else 300
        self.env = dict(os.environ)
        self.env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
        self.env.setdefault("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1")
        self.env.pop("NETRAL_RULES", None)
        self.env["NETRAL_LANG"] = "id"

    def path(self, *parts):
        p = os.path.join(self.tmp, *parts)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p


SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "ERROR: UndefinedBehaviorSanitizer", "==ERROR==")


def run(ctx, args, cpu_limit=None, fsize=None, check=True, env=None):
    """Run netral with args; CPU time, address space (non-sanitizer builds) and optionally file
    size are capped by rlimits, wall-clock only as a last-resort kill for a sleeping hang."""
    cpu_limit = cpu_limit or ctx.cpu_limit

    def limits():
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit, cpu_limit + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if not ctx.sanitized:
            cap = 2 * ctx.rss_limit_mb << 20
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        if fsize is not None:
            # EFBIG instead of death by SIGXFSZ: the program must report it like a full disk.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        p = subprocess.Popen([ctx.netral] + args, stdin=subprocess.DEVNULL, stdout=out_f,
                             stderr=err_f, preexec_fn=limits, env=env or ctx.env)
        deadline = time.monotonic() + ctx.wall_limit
        timed_out = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                timed_out = True
                break
            time.sleep(0.01)
        p.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out = out_f.read().decode("utf-8", "replace")
        err = err_f.read().decode("utf-8", "replace")
    res = Result(args, p.returncode, out, err, ru.ru_utime + ru.ru_stime, ru.ru_maxrss // 1024,
                 timed_out)
    if getattr(ctx, "verbose", False):
        print("  %-9s exit %3s  %6.2f s CPU  %5d MiB  %s" % (args[0], res.rc, res.cpu, res.rss_mb,
                                                          os.path.basename(args[-1])))
    if check:
        check_sane(ctx, res)
    return res


def check_sane(ctx, res):
    """No crash, no sanitizer report, inside the time and memory bounds."""
    if res.timed_out:
        raise Fail("hung (killed after %d s of wall-clock time): %s" % (ctx.wall_limit, res.describe()))
    if res.rc == -signal.SIGXCPU or (res.rc == -signal.SIGKILL and res.cpu >= ctx.cpu_limit):
        raise Fail("ran out of its %d s CPU budget: %s" % (ctx.cpu_limit, res.describe()))
    if res.rc < 0:
        raise Fail("crashed with signal %d: %s" % (-res.rc, res.describe()))
    for mark in SANITIZER_MARKS:
        if mark in res.err:
            raise Fail("sanitizer report (%s): %s" % (mark, res.describe()))
    if res.cpu > ctx.cpu_limit:
        raise Fail("used %.1f s CPU, bound is %d s: %s" % (res.cpu, ctx.cpu_limit, res.describe()))
    if res.rss_mb > ctx.rss_limit_mb:
        raise Fail("peak memory %d MiB, bound is %d MiB: %s" % (res.rss_mb, ctx.rss_limit_mb,
                                                               res.describe()))


def reports(res):
    """The JSON Lines of a scan, one object per document."""
    out = []
    for line in res.out.splitlines():
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError as e:
            raise Fail("scan output is not JSON Lines (%s): %r" % (e, line[:300]))
    return out


def scan(ctx, paths, extra=(), **kw):
    res = run(ctx, ["scan", "--format", "jsonl", "--no-progress", "-j", "1"] + list(extra) +
              list(paths), **kw)
    return res, reports(res)


def sha256(path):
    """Content hash; for something that cannot be read, the reason (so it still compares)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError as e:
        return "unreadable: %s" % e.strerror
    return h.hexdigest()


def tree_state(top):
    """{relative path: sha256 or 'dir'/'link->target'} of everything under top."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, top)
            if os.path.islink(p):
                state[rel] = "link->" + os.readlink(p)
            elif os.path.isdir(p):
                state[rel] = "dir"
            else:
                state[rel] = sha256(p)
    return state


def expect(cond, msg, res=None):
    if not cond:
        raise Fail(msg + ("\n" + res.describe() if res is not None else ""))


def finding_keys(rep, skip_rules=()):
    return sorted((f["rule"], f["part"], f["paragraph"], f["start"], f["end"])
                  for f in rep.get("findings", []) if f["rule"] not in skip_rules)


def main_wrapper(run_cases, argv_cases):
    """Run named cases, print one plain line each; exit 0 / 1 / 77 (all skipped)."""
    failed = skipped = 0
    for name in argv_cases:
        try:
            run_cases[name]()
            print("ok   %s" % name)
        except Skip as e:
            skipped += 1
            print("SKIP %s: %s" % (name, e))
        except Fail as e:
            failed += 1
            print("FAIL %s: %s" % (name, e))
        except Exception:  # a bug in the suite itself is still a failure, with its traceback
            failed += 1
            print("FAIL %s: the test itself broke:\n%s" % (name, traceback.format_exc()))
    sys.stdout.flush()
    if failed:
        return 1
    if skipped and skipped == len(argv_cases):
        return SKIP
    return 0


def rule_error_lines(res):
    """Rule errors as the CLI shows them: a rule_errors array in the report or stderr lines."""
    found = []
    for rep in reports(res):
        for key in ("rule_errors", "ruleErrors", "errors"):
            v = rep.get(key)
            if isinstance(v, list):
                found += [json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else x for x in v]
    found += [l for l in res.err.splitlines() if re.search(r"\.lua:\d+", l)]
    return found
