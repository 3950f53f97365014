#!/usr/bin/env python3
"""Write specs/b32_NNN.json and labels.json from the individually written memos."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import memos_a  # noqa: E402
MEMOS = dict(memos_a.MEMOS)
for modname in ("memos_b", "memos_c"):
    try:
        mod = __import__(modname)
        MEMOS.update(mod.MEMOS)
    except ImportError:
        pass

BATCH = "b32"


def fix_multiline(body):
    """Signature/place blocks given with newlines become separate paragraphs."""
    out = []
    for b in body:
        if isinstance(b, dict) and "p" in b and "\n" in b["p"] and b.get("indent") == 5103:
            for line in b["p"].split("\n"):
                nb = dict(b)
                nb["p"] = line
                out.append(nb)
        else:
            out.append(b)
    return out


def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for num in sorted(MEMOS):
        spec, lab = MEMOS[num]()
        name = "%s_%03d" % (BATCH, num)
        spec["output"] = name + ".docx"
        spec["body"] = fix_multiline(spec["body"])
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
