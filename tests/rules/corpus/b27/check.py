#!/usr/bin/env python3
"""Consistency check: labels <-> specs <-> docx, XML well-formed, counts."""
import collections
import json
import os
import re
import sys
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"]


def text_of(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith(".xml"):
                data = z.read(n).decode("utf-8")
                xml.dom.minidom.parseString(data)  # well-formed
                if n.startswith("word/") and any(k in n for k in ("document", "header", "footer", "footnotes")):
                    t = re.sub(r"<w:tab/>", "\t", data)
                    t = re.sub(r"</w:p>", "\n", t)
                    t = re.sub(r"<[^>]+>", "", t)
                    out.append("== %s ==\n%s" % (n, t))
    return "\n".join(out)


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    specs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".json"))
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "docx")) if f.endswith(".docx"))
    labs = sorted(k[:-5] for k in labels)
    assert specs == labs == docs, (specs, labs, docs)
    cat = collections.Counter()
    cls = collections.Counter()
    nv = 0
    for k, v in labels.items():
        if v["violation"]:
            nv += 1
            assert v["categories"], k
            assert 14 not in v["classes"], k
        else:
            assert v["categories"] == [] and 14 in v["classes"], k
        for c in v["categories"]:
            assert c in CATS, (k, c)
            cat[c] += 1
        for c in v["classes"]:
            cls[c] += 1
        t = text_of(os.path.join(HERE, "docx", k))
        assert len(t) > 200, k
        if "-v" in sys.argv:
            print("#" * 20, k, v["violation"], v["categories"], v["classes"])
            print(t)
    print("memos", len(labels), "violating", nv, "compliant", len(labels) - nv)
    print("categories", dict(cat))
    print("classes", dict(sorted(cls.items())))


if __name__ == "__main__":
    main()
