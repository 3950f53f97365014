#!/usr/bin/env python3
"""Write specs/b27_NNN.json and labels.json for batch b27."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import memos_1  # noqa: E402

MODULES = [memos_1]
for extra in ("memos_2", "memos_3"):
    if os.path.exists(os.path.join(HERE, extra + ".py")):
        MODULES.append(__import__(extra))


def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for mod in MODULES:
        for fn in mod.MEMOS:
            spec, lab = fn()
            name = spec["output"]
            assert name not in labels, name
            with open(os.path.join(spec_dir, name.replace(".docx", ".json")), "w", encoding="utf-8") as fh:
                json.dump(spec, fh, ensure_ascii=False, indent=1)
            labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
