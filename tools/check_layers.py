#!/usr/bin/env python3
"""check_layers.py - prints the include graph between the layer folders of plugin/ and fails on
an arrow that points up or sideways, on a circle between files, or on a front end that reaches
past the public header and the shared base layer, and on a C file over MAX_LINES lines (a file
that big has seams: split it along them, HACKING.md).

Layers, bottom to top (HACKING.md): base package wordml document text engine output api luamod;
front ends cli and serve sit on top and may include only plugin/include/netral.h, plugin/base and
their own folder. Usage: tools/check_layers.py [--quiet]   (exit 1 on a violation)"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugin")
LAYERS = ["base", "package", "wordml", "document", "text", "engine", "output", "api", "luamod"]
FRONT_ENDS = ["cli", "serve"]
MAX_LINES = 800
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources():
    for folder in LAYERS + FRONT_ENDS + ["include"]:
        d = os.path.join(ROOT, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith((".c", ".h")):
                yield folder, name, os.path.join(d, name)


def main(argv):
    quiet = "--quiet" in argv
    files = list(sources())
    home = {}  # header name -> folder
    for folder, name, _ in files:
        if name.endswith(".h"):
            if name in home:
                print("duplicate header name %s in %s and %s" % (name, home[name], folder))
                return 1
            home[name] = folder
    rank = {l: i for i, l in enumerate(LAYERS)}
    rank.update({f: len(LAYERS) for f in FRONT_ENDS})
    rank["include"] = -1
    bad, arrows, edges = [], {}, {}
    for folder, name, path in files:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if name.endswith(".c") and text.count("\n") > MAX_LINES:
            bad.append("%s/%s has %d lines: over %d, split it along its seams"
                       % (folder, name, text.count("\n"), MAX_LINES))
        for inc in INCLUDE.findall(text):
            target = home.get(os.path.basename(inc))
            if target is None:
                continue  # generated or system-style header
            edges.setdefault((folder, name), set()).add((target, os.path.basename(inc)))
            if target == folder:
                continue
            arrows[(folder, target)] = arrows.get((folder, target), 0) + 1
            if folder in FRONT_ENDS:
                if target not in ("include", "base"):
                    bad.append("%s/%s includes %s/%s: a front end uses only netral.h and base/"
                               % (folder, name, target, inc))
            elif rank[target] > rank[folder]:
                bad.append("%s/%s includes %s/%s: an upward arrow" % (folder, name, target, inc))
    # circles between files (a header including, through others, the file itself)
    def visit(node, stack, seen):
        if node in stack:
            cyc = stack[stack.index(node):] + [node]
            bad.append("circle: " + " -> ".join("%s/%s" % n for n in cyc))
            return
        if node in seen:
            return
        seen.add(node)
        for nxt in sorted(edges.get(node, ())):
            visit(nxt, stack + [node], seen)
    seen = set()
    for node in sorted(edges):
        visit(node, [], seen)
    if not quiet:
        print("include graph between layer folders (from -> to: includes):")
        order = LAYERS + FRONT_ENDS + ["include"]
        for (a, b), n in sorted(arrows.items(), key=lambda kv: (order.index(kv[0][0]), order.index(kv[0][1]))):
            print("  %-9s -> %-9s %3d" % (a, b, n))
    for b in sorted(set(bad)):
        print("LAYER VIOLATION: " + b)
    print("%d passed, %d failed" % (0 if bad else 1, 1 if bad else 0))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
