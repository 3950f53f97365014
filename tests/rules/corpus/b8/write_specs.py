#!/usr/bin/env python3
"""Write specs/b8_NNN.json and labels.json for batch b8.

Each memo is written individually in memos/part*.py as a dict:
  {"spec": {...make_docx spec without output...}, "label": {violation, categories, classes, note}}
"""
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b8"
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"}


def load_parts():
    memos = []
    for path in sorted(glob.glob(os.path.join(HERE, "memos", "part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        memos.extend(mod.MEMOS)
    return memos


def main():
    import sys
    sys.path.insert(0, HERE)
    memos = load_parts()
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for old in glob.glob(os.path.join(HERE, "specs", "*.json")):
        os.remove(old)
    labels = {}
    for i, m in enumerate(memos, 1):
        name = "%s_%03d" % (BATCH, i)
        spec = dict(m["spec"])
        spec["output"] = name + ".docx"
        lab = m["label"]
        assert set(lab["categories"]) <= CATS, (name, lab["categories"])
        assert lab["violation"] == bool(lab["categories"]), name
        has_kop = "kop" in spec or m.get("kop_in_body", False)
        if lab["violation"]:
            assert ("letterhead-misuse" in lab["categories"]) == has_kop, (name, "letterhead vs kop")
            assert 14 not in lab["classes"]
        else:
            assert 14 in lab["classes"], name
        with open(os.path.join(HERE, "specs", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = {"violation": lab["violation"], "categories": sorted(lab["categories"]),
                                  "classes": lab["classes"], "note": lab["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    v = sum(1 for x in labels.values() if x["violation"])
    print("%d memos, %d violating, %d compliant" % (len(labels), v, len(labels) - v))


if __name__ == "__main__":
    main()
