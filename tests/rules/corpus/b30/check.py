#!/usr/bin/env python3
"""Consistency check for batch b30: labels <-> specs <-> docx, kop vs letterhead-misuse, text dump."""
import json, os, re, sys, zipfile, collections
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
specs = sorted(f for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".json"))
docx = sorted(f for f in os.listdir(os.path.join(HERE, "docx")) if f.endswith(".docx"))
assert [s[:-5] for s in specs] == [d[:-5] for d in docx] == sorted(k[:-5] for k in labels), "mismatch"
cats = collections.Counter(); classes = collections.Counter(); v = 0
for name, lab in labels.items():
    spec = json.load(open(os.path.join(HERE, "specs", name[:-5] + ".json"), encoding="utf-8"))
    haskop = bool(spec.get("kop"))
    if lab["violation"]:
        v += 1
        assert ("letterhead-misuse" in lab["categories"]) == haskop, name
    z = zipfile.ZipFile(os.path.join(HERE, "docx", name))
    txt = ""
    for part in z.namelist():
        if part.startswith("word/") and part.endswith(".xml") and any(k in part for k in ("document", "header", "footer", "footnotes")):
            x = z.read(part).decode("utf-8")
            txt += re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", x))
    cats.update(lab["categories"]); classes.update(lab["classes"])
    if len(sys.argv) > 1 and name[:-5].endswith(sys.argv[1]):
        print(txt)
print("memos", len(labels), "violating", v, "compliant", len(labels) - v)
print("categories", dict(sorted(cats.items())))
print("classes", dict(sorted(classes.items())))
