#!/usr/bin/env python3
"""Write specs/b29_NNN.json and labels.json from the hand-written memos in memos_*.py."""
import glob, importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
BATCH = "b29"
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"}


def main():
    memos = []
    for f in sorted(glob.glob(os.path.join(HERE, "memos_*.py"))):
        mod = importlib.import_module(os.path.splitext(os.path.basename(f))[0])
        memos.extend(mod.MEMOS)
    memos.sort(key=lambda m: m[0])
    nums = [m[0] for m in memos]
    assert len(nums) == len(set(nums)), "duplicate memo numbers"
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for old in glob.glob(os.path.join(spec_dir, "*.json")):
        os.remove(old)
    labels = {}
    for num, spec, label in memos:
        name = "%s_%03d" % (BATCH, num)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        assert set(label["categories"]) <= CATS, label
        if label["violation"]:
            assert label["categories"], name
            assert 14 not in label["classes"], name
            if "kop" in spec:
                assert "letterhead-misuse" in label["categories"], name
            else:
                assert "letterhead-misuse" not in label["categories"], name
        else:
            assert not label["categories"] and 14 in label["classes"], name
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = {"violation": label["violation"], "categories": sorted(label["categories"]),
                                  "classes": sorted(label["classes"]), "note": label["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(memos))


if __name__ == "__main__":
    main()
