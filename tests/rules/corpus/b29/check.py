#!/usr/bin/env python3
"""Sanity check: every docx opens, XML parts parse, labels match specs/docx one-to-one."""
import glob, json, os, re, sys, zipfile
import xml.dom.minidom
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json")))
docs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "docx", "*.docx")))
specs = sorted(os.path.basename(p)[:-5] + ".docx" for p in glob.glob(os.path.join(HERE, "specs", "*.json")))
assert docs == specs == sorted(labels), (len(docs), len(specs), len(labels))
for d in docs:
    with zipfile.ZipFile(os.path.join(HERE, "docx", d)) as z:
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                xml.dom.minidom.parseString(z.read(n))
        if len(sys.argv) > 1 and d in sys.argv[1:]:
            for part in ("word/header1.xml", "word/document.xml", "word/footnotes.xml"):
                if part in z.namelist():
                    t = z.read(part).decode()
                    t = re.sub(r"</w:p>", "\n", t)
                    t = re.sub(r"<w:tab/>", "\t", t)
                    t = re.sub(r"<[^>]+>", "", t)
                    print("==", d, part); print(t)
print("ok", len(docs), "docs;", sum(v["violation"] for v in labels.values()), "violating")
