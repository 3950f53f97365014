#!/usr/bin/env python3
"""Consistency check: labels <-> specs <-> docx; optional text dump of one docx."""
import glob, json, os, re, sys, zipfile
H = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(H, "labels.json")))
specs = {os.path.basename(p)[:-5] + ".docx" for p in glob.glob(os.path.join(H, "specs", "*.json"))}
docx = {os.path.basename(p) for p in glob.glob(os.path.join(H, "docx", "*.docx"))}
assert set(labels) == specs == docx, (set(labels) ^ specs, specs ^ docx)
for d in sorted(docx):
    z = zipfile.ZipFile(os.path.join(H, "docx", d)); assert "word/document.xml" in z.namelist(), d
print("ok:", len(labels), "labels/specs/docx consistent")
for d in sys.argv[1:]:
    z = zipfile.ZipFile(os.path.join(H, "docx", d))
    for n in sorted(z.namelist()):
        if re.match(r"word/(document|header\d|footer\d|footnotes)\.xml", n):
            x = z.read(n).decode()
            x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x)
            x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x)
            print("==", n); print(re.sub(r"<[^>]+>", "", x).strip())
