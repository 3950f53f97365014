#!/usr/bin/env python3
"""Write specs/b31_NNN.json and labels.json from the hand-written memos in memos_part*.py."""
import importlib, json, os, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
BATCH = "b31"

def main():
    memos = []
    for f in sorted(glob.glob(os.path.join(HERE, "memos_part*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        memos += mod.MEMOS
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for old in glob.glob(os.path.join(HERE, "specs", "*.json")):
        os.remove(old)
    labels = {}
    for i, (spec, lab) in enumerate(memos, 1):
        name = "%s_%03d" % (BATCH, i)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(HERE, "specs", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(memos))

if __name__ == "__main__":
    main()
