#!/usr/bin/env python3
"""Write batch b9: specs/b9_NNN.json and labels.json.

Helpers below only lay out naskah dinas furniture (kop, nomor block, addressee,
signature, tembusan).  Every memo body is written individually in memos_g*.py.
Run:  /usr/bin/python3 write_specs.py   (then make_docx.py specs docx)
"""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b9"
MEMOS = []   # (number, spec, label)

CATS = {"endorsement", "campaign-activity", "social-media", "state-facility",
        "inducement", "letterhead-misuse"}


# ------------------------------------------------------------------ furniture helpers
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        k["logo"] = logo
    return k


def field_rows(rows, label_w=1418, colon=1702):
    """Nomor / Sifat / Lampiran / Hal lines laid out with tabs."""
    out = []
    for lab, val in rows:
        out.append({"p": "%s\t:\t%s" % (lab, val), "tabs": [[label_w, "left"], [colon, "left"]],
                    "hanging": colon, "indent": colon, "after": 0, "align": "left"})
    return out


def field_table(rows, widths=(1900, 300, 6870)):
    """Nota dinas style Kepada/Dari/Tanggal block as a borderless table."""
    return {"table": [[lab, ":", val] for lab, val in rows], "widths": list(widths), "borders": False}


def addressee(lines, indent=0, di=True, after=240):
    out = [{"p": "Yth.", "indent": indent, "after": 0, "align": "left"}]
    for ln in lines:
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    if di:
        out.append({"p": "di", "indent": indent, "after": 0, "align": "left"})
        out.append({"p": "\tTempat", "indent": indent, "tabs": [[indent + 567, "left"]], "after": after,
                    "align": "left"})
    else:
        out[-1]["after"] = after
    return out


def signature(jabatan, nama, nip=None, place_date=None, indent=5103, gap=3, pangkat=None, an=None):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    if an:
        out.append({"p": an, "indent": indent, "after": 0, "align": "left"})
    for j in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. %s" % nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": title, "after": 0, "align": "left", "size": 20}]
    for i, it in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, it), "after": 0, "align": "left", "size": 20, "indent": 284})
    return out


def title(text, nomor=None, underline=True):
    out = [{"p": ("__%s__" % text) if underline else text, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": nomor, "align": "center", "after": 240})
    return out


def P(text, **kw):
    b = {"p": text, "first": 709}
    b.update(kw)
    return b


def add(num, spec, violation, categories, classes, note):
    assert all(c in CATS for c in categories), categories
    if not violation:
        assert categories == [] and 14 in classes
    else:
        assert categories and 14 not in classes
    MEMOS.append((num, spec, {"violation": violation, "categories": sorted(categories),
                              "classes": sorted(classes), "note": note}))


# ------------------------------------------------------------------ main
def main():
    sys.path.insert(0, HERE)
    for mod in sorted(glob.glob(os.path.join(HERE, "memos_g*.py"))):
        m = importlib.import_module(os.path.splitext(os.path.basename(mod))[0])
        m.build(sys.modules[__name__])
    nums = [n for n, _, _ in MEMOS]
    assert len(nums) == len(set(nums)), "duplicate memo numbers"
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for old in glob.glob(os.path.join(spec_dir, "*.json")):
        os.remove(old)
    labels = {}
    for num, spec, label in sorted(MEMOS, key=lambda t: t[0]):
        name = "%s_%03d" % (BATCH, num)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs, %d labels (%d violating)" % (
        len(MEMOS), len(labels), sum(1 for v in labels.values() if v["violation"])))


if __name__ == "__main__":
    main()
