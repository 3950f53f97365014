#!/usr/bin/env python3
"""Counts per category / class and structure features, from labels.json and specs/."""
import json, os, re, collections
labels = json.load(open("labels.json"))
cat = collections.Counter(); cls = collections.Counter(); clsv = collections.Counter()
feat = collections.defaultdict(list)
for name, lab in sorted(labels.items()):
    for c in lab["categories"]: cat[c] += 1
    for c in lab["classes"]:
        cls[c] += 1
        if lab["violation"]: clsv[c] += 1
    spec = json.load(open(os.path.join("specs", name[:-5] + ".json")))
    raw = json.dumps(spec, ensure_ascii=False)
    n = name[4:7]
    kop = spec.get("kop")
    feat["kop:" + (kop["placement"] if kop else "none")].append(n)
    if '"table"' in raw: feat["table"].append(n)
    if '"num"' in raw: feat["numbered list"].append(n)
    if '"textbox"' in raw: feat["text box"].append(n)
    if spec.get("footnotes"): feat["footnotes"].append(n)
    if "{ins:" in raw or "{del:" in raw: feat["tracked changes"].append(n)
    if "{split:" in raw: feat["split runs"].append(n)
    if "{link:" in raw: feat["hyperlink"].append(n)
    if spec.get("footer"): feat["footer"].append(n)
    if spec.get("engine") == "libreoffice": feat["engine libreoffice"].append(n)
v = sum(l["violation"] for l in labels.values())
print("memos %d, violating %d, compliant %d" % (len(labels), v, len(labels) - v))
print("categories:", dict(sorted(cat.items())))
print("classes (all):", dict(sorted(cls.items())))
print("classes (violating only):", dict(sorted(clsv.items())))
for k in sorted(feat): print("%-20s %2d  %s" % (k, len(feat[k]), " ".join(feat[k])))
