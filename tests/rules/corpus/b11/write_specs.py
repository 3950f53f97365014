#!/usr/bin/env python3
"""Batch b11: writes specs/b11_NNN.json and labels.json.

Every memo's wording is written by hand below (memos_g1 / memos_g2 / memos_g3).
The helpers only lay out naskah-dinas furniture: nomor block, addressee, signature, tembusan.
"""
import json
import os

BATCH = "b11"
HERE = os.path.dirname(os.path.abspath(__file__))
TAB2 = [[1418, "left"], [1702, "left"]]


# ----------------------------------------------------------------- furniture helpers
def nomor_block(rows, place_date=None):
    out = []
    if place_date:
        out.append({"p": "\t\t" + place_date, "tabs": [[1418, "left"], [5670, "left"]], "after": 120, "align": "left"})
    for k, v in rows:
        out.append({"p": "%s\t:\t%s" % (k, v), "tabs": TAB2, "indent": 1702, "hanging": 1702,
                    "after": 0, "align": "left"})
    out.append({"p": "", "after": 0})
    return out


def nota_block(rows):
    """Nota dinas header (Kepada/Dari/Tanggal/...) followed by a rule."""
    out = []
    for k, v in rows:
        out.append({"p": "%s\t:\t%s" % (k, v), "tabs": TAB2, "indent": 1702, "hanging": 1702,
                    "after": 0, "align": "left"})
    out.append({"p": "", "after": 60, "border_bottom": True})
    return out


def yth(lines, indent=5103):
    out = [{"p": "Yth.", "indent": indent, "after": 0, "align": "left"}]
    for ln in lines:
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "di", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "\tTempat", "indent": indent, "tabs": [[indent + 567, "left"]], "after": 240, "align": "left"})
    return out


def title(lines, underline_first=True):
    out = []
    for i, ln in enumerate(lines):
        t = ("__%s__" % ln) if (i == 0 and underline_first) else ln
        out.append({"p": t, "align": "center", "bold": i == 0, "after": 0})
    out.append({"p": "", "after": 0})
    return out


def sig(jabatan, name, nip=None, place_date=None, indent=5103, pangkat=None):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for ln in jabatan.split("\n"):
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    for _ in range(3):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items):
    out = [{"p": "", "after": 0}, {"p": "Tembusan:", "after": 0, "align": "left"}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "align": "left", "indent": 284})
    return out


def P(text, **kw):
    d = {"p": text, "first": 709}
    d.update(kw)
    return d


def LI(text, **kw):
    d = {"p": text, "num": 0, "after": 60}
    d.update(kw)
    return d


MEMOS = []  # list of (number, spec, label)
MEMO_KOP_BODY = set()  # memos whose kop is typed as the first body lines


def memo(num, spec, violation, categories, classes, note):
    MEMOS.append((num, spec, {"violation": violation, "categories": categories,
                              "classes": classes, "note": note}))


from memos_g1 import add as add_g1  # noqa: E402

add_g1(memo, globals())
try:
    from memos_g2 import add as add_g2  # noqa: E402
    add_g2(memo, globals())
except ImportError:
    pass
try:
    from memos_g3 import add as add_g3  # noqa: E402
    add_g3(memo, globals())
except ImportError:
    pass


def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "specs")):
        if f.endswith(".json"):
            os.remove(os.path.join(HERE, "specs", f))
    labels = {}
    seen = set()
    for num, spec, label in sorted(MEMOS, key=lambda x: x[0]):
        assert num not in seen, num
        seen.add(num)
        name = "%s_%03d" % (BATCH, num)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        if label["violation"]:
            assert label["categories"], name
            if spec.get("kop"):
                assert "letterhead-misuse" in label["categories"], name
            else:
                assert ("letterhead-misuse" in label["categories"]) == (num in MEMO_KOP_BODY), name
        else:
            assert label["categories"] == [] and 14 in label["classes"], name
        with open(os.path.join(HERE, "specs", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
