#!/usr/bin/env python3
"""Check batch consistency: labels <-> specs <-> docx, XML well-formed, text extractable."""
import glob, json, os, re, sys, zipfile
import xml.dom.minidom
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json")))
specs = {os.path.basename(p)[:-5] + ".docx" for p in glob.glob(os.path.join(HERE, "specs", "*.json"))}
docx = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "docx", "*.docx"))}
ok = set(labels) == specs == docx
print("labels=%d specs=%d docx=%d consistent=%s" % (len(labels), len(specs), len(docx), ok))
show = "-v" in sys.argv
for name in sorted(docx):
    z = zipfile.ZipFile(os.path.join(HERE, "docx", name))
    parts = [n for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")]
    text = {}
    for n in parts:
        data = z.read(n)
        xml.dom.minidom.parseString(data)  # raises if malformed
        if n.startswith("word/") and not n.startswith("word/_rels"):
            t = "".join(re.findall(r"<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>", data.decode("utf-8")))
            if t:
                text[n] = t
    total = sum(len(v) for v in text.values())
    print("%s ok parts=%s chars=%d" % (name, ",".join(sorted(k[5:] for k in text)), total))
    if show:
        for k, v in text.items():
            print("   [%s] %s" % (k, v[:3000]))
sys.exit(0 if ok else 1)
