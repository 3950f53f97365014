#!/usr/bin/env python3
"""Check the batch: labels one-to-one with specs and docx; each DOCX opens and has its text."""
import json, os, re, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
specs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".json"))
docx = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "docx")) if f.endswith(".docx"))
lab = sorted(k[:-5] for k in labels)
assert specs == docx == lab, (specs, docx, lab)
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"}
def text_of(path):
    z = zipfile.ZipFile(path)
    out = {}
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and any(k in n for k in ("document", "header", "footer", "footnotes")):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
            x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
            x = re.sub(r"<wp:posOffset>.*?</wp:posOffset>", "", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", " ", x)
            x = re.sub(r"<[^>]+>", "", x)
            out[n] = x
    return out
for k in lab:
    L = labels[k + ".docx"]
    assert set(L["categories"]) <= CATS, k
    assert L["violation"] == bool(L["categories"]), k
    spec = json.load(open(os.path.join(HERE, "specs", k + ".json"), encoding="utf-8"))
    if L["violation"]:
        assert ("letterhead-misuse" in L["categories"]) == bool(spec.get("kop")), ("kop/letterhead mismatch", k)
    else:
        assert 14 in L["classes"], k
    t = text_of(os.path.join(HERE, "docx", k + ".docx"))
    n = sum(len(v) for v in t.values())
    print(k, "V" if L["violation"] else "C", ",".join(L["categories"]) or "-", L["classes"], "chars=%d" % n, sorted(t))
    if "-v" in sys.argv:
        for part, v in t.items():
            print("  --", part)
            print("   ", re.sub(r"\n+", "\n    ", v.strip())[:6000])
print("OK", len(lab))
