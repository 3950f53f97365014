#!/usr/bin/env python3
"""Check every built DOCX: zip opens, XML parses, text of all parts non-empty; labels 1:1 with specs/docx."""
import json, os, re, sys, zipfile
import xml.dom.minidom as md
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json")))
specs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".json"))
docx = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "docx")) if f.endswith(".docx"))
lab = sorted(k[:-5] for k in labels)
assert specs == docx == lab, (specs, docx, lab)
bad = 0
for name in docx:
    p = os.path.join(HERE, "docx", name + ".docx")
    z = zipfile.ZipFile(p)
    parts = {}
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            data = z.read(n)
            try:
                md.parseString(data)
            except Exception as e:
                print("XML ERROR", name, n, e); bad += 1
            if n.startswith("word/") and n.endswith(".xml"):
                t = "".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)</w:(?:t|delText)>", data.decode("utf-8")))
                if t.strip():
                    parts[n] = len(t)
    if "word/document.xml" not in parts:
        print("NO BODY TEXT", name); bad += 1
    if "-v" in sys.argv:
        print(name, labels[name + ".docx"]["violation"], parts)
print("checked %d docx, %d problems" % (len(docx), bad))
