#!/usr/bin/python3
"""test_vocab.py - one source for each vocabulary: every status code has the same name in the C
ABI (netral_status_name), the Python binding (netral.STATUS_CODES, error classes) and the Lua
module (netral.strerror), and the report's error.code is the contract's name.

usage: test_vocab.py BUILD_DIR   (PYTHONPATH=plugin/python, NETRAL_LIBRARY=libnetral.so)"""
import ctypes
import os
import subprocess
import sys

import netral

FAILS = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        FAILS.append(what)


def main():
    build = os.path.abspath(sys.argv[1])
    lib = ctypes.CDLL(os.environ.get("NETRAL_LIBRARY") or os.path.join(build, "libnetral.so"))
    lib.netral_status_name.restype = ctypes.c_char_p
    codes = list(range(-1, 31))
    c_names = {s: lib.netral_status_name(s).decode() for s in codes}
    lua = ("package.cpath = arg[1] .. '/?.so;' .. package.cpath\n"
           "local n = require 'netral'\n"
           "for s = -1, 30 do local _, name = n.strerror(s); print(s, name) end\n")
    out = subprocess.run(["lua5.4", "-", build], input=lua, capture_output=True, text=True, timeout=60)
    check(out.returncode == 0, "lua5.4 loads the module (%r)" % out.stderr[-200:])
    lua_names = dict((int(a), b) for a, b in (l.split("\t") for l in out.stdout.splitlines() if "\t" in l))
    for s in codes:
        check(lua_names.get(s) == c_names[s], "status %d: Lua says %r, C says %r" % (s, lua_names.get(s), c_names[s]))
        if s in netral.STATUS_CODES:
            check(netral.STATUS_CODES[s] == c_names[s],
                  "status %d: Python says %r, C says %r" % (s, netral.STATUS_CODES[s], c_names[s]))
    # every named status of the ABI is known to Python, and the two API-error names agree
    named = {s for s in codes if c_names[s] != "error"} - {0}
    check(named == set(netral.STATUS_CODES), "Python knows exactly the ABI's named statuses")
    check(c_names[20] == "invalid-argument" and c_names[25] == "internal", "API errors have their own names")
    # a document error reported by the binding carries the contract code
    eng = netral.Engine()
    rep = eng.scan(b"bukan zip", "x.docx")
    check(rep.error_code == "not-a-zip", "a broken document's error_code is 'not-a-zip' (%r)" % rep.error_code)
    print("%d passed, %d failed" % (len(codes) * 2 + 4 - len(FAILS), len(FAILS)))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
