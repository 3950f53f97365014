#!/usr/bin/env python3
"""Sanity check: every label has spec and docx; every docx XML part parses; show text."""
import json, os, re, sys, zipfile
import xml.dom.minidom
labels = json.load(open("labels.json"))
specs = {f[:-5] for f in os.listdir("specs")}
docx = {f[:-5] for f in os.listdir("docx") if f.endswith(".docx")}
lab = {k[:-5] for k in labels}
assert lab == specs == docx, (lab ^ specs, lab ^ docx)
show = "-v" in sys.argv
for name in sorted(labels):
    z = zipfile.ZipFile(os.path.join("docx", name))
    txt = []
    for n in z.namelist():
        data = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            xml.dom.minidom.parseString(data)
        if n.startswith("word/") and n.endswith(".xml"):
            t = re.sub(r"<w:tab/>", " ", data.decode("utf-8"))
            t = re.sub(r"</w:p>", "\n", t)
            t = re.sub(r"<[^>]+>", "", t)
            txt.append(t)
    full = "".join(txt)
    print("OK", name, len(full), "chars", labels[name]["violation"])
    if show:
        print(full[:1500]); print("-----")
print("total", len(labels), "violating", sum(v["violation"] for v in labels.values()))
