#!/usr/bin/env python3
"""Sanity-check the built batch: labels <-> specs <-> docx one-to-one, every DOCX opens,
and every spec's body text survives into the DOCX (tracked deletions excluded)."""
import glob, json, os, re, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
specs = {os.path.basename(f)[:-5] + ".docx" for f in glob.glob(os.path.join(HERE, "specs", "*.json"))}
docx = {os.path.basename(f) for f in glob.glob(os.path.join(HERE, "docx", "*.docx"))}
ok = True
if not (set(labels) == specs == docx):
    print("MISMATCH", set(labels) ^ specs, specs ^ docx); ok = False

def doc_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
            x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
            x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
            x = re.sub(r"<w:tab/>|<w:br/>", " ", x)
            x = re.sub(r"</w:p>", " ", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x)
    t = " ".join(out)
    t = t.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
    return re.sub(r"\s+", " ", t)

def spec_strings(spec):
    res = []
    def walk(b):
        if isinstance(b, str):
            res.append(b)
        elif isinstance(b, list):
            for x in b: walk(x)
        elif isinstance(b, dict):
            for k in ("p", "table", "textbox", "blocks"):
                if k in b: walk(b[k])
    for k in ("body", "header", "footer"):
        walk(spec.get(k, []))
    walk(spec.get("kop", {}).get("lines", []))
    res += list(spec.get("footnotes", {}).values())
    return res

def clean(s):
    s = re.sub(r"\{del:[^}]*\}", "", s)
    s = re.sub(r"\{fn:[^}]*\}", "", s)
    s = re.sub(r"\{link:[^|}]*\|([^}]*)\}", r"\1", s)
    s = re.sub(r"\{(ins|split):([^}]*)\}", lambda m: m.group(2).replace("|", ""), s)
    s = s.replace("**", "").replace("__", "").replace("%%", "")
    return re.sub(r"\s+", " ", s.replace("\t", " ").replace("\n", " ")).strip()

for name in sorted(docx):
    path = os.path.join(HERE, "docx", name)
    try:
        t = doc_text(path)
    except Exception as e:
        print("BAD", name, e); ok = False; continue
    spec = json.load(open(os.path.join(HERE, "specs", name[:-5] + ".json"), encoding="utf-8"))
    tn = re.sub(r"\s+", "", t)
    missing = [s for s in map(clean, spec_strings(spec)) if s and re.sub(r"\s+", "", s) not in tn]
    lab = labels.get(name, {})
    print("%s %-5s %5d chars  missing=%d  %s" % (name, "VIOL" if lab.get("violation") else "ok", len(t),
                                                 len(missing), ",".join(lab.get("categories", []))))
    for m in missing[:3]:
        print("    MISSING:", m[:90]); ok = False
print("ALL OK" if ok else "PROBLEMS")
