#!/usr/bin/env python3
"""Write specs/b12_NNN.json and labels.json for batch b12.

Helpers here only lay out naskah dinas furniture (kop, nomor block, addressee,
signature, tembusan). Every memo's wording is written by hand in memos_g*.py.
"""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b12"
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility",
        "inducement", "letterhead-misuse"}


# ---------------------------------------------------------------- furniture
def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo:
        k["logo"] = logo
    return k


def p(text, **kw):
    b = {"p": text, "align": "both", "first": 709}
    b.update(kw)
    return b


def gap():
    return {"p": "", "after": 0}


def judul(title, nomor=None, underline=True):
    out = [{"p": ("__%s__" % title) if underline else title, "align": "center",
            "bold": True, "after": 0}]
    if nomor:
        out.append({"p": nomor, "align": "center", "after": 0})
    out.append(gap())
    return out


TABS = [[1418, "left"], [1702, "left"]]


def nomor(no, hal, sifat="Biasa", lamp="-", tempat_tgl=None):
    out = []
    if tempat_tgl:
        out.append({"p": tempat_tgl, "align": "right", "after": 120})
    for k, v in (("Nomor", no), ("Sifat", sifat), ("Lampiran", lamp), ("Hal", hal)):
        if v is None:
            continue
        out.append({"p": "%s\t:\t%s" % (k, v), "tabs": TABS, "indent": 1702,
                    "hanging": 1702, "after": 0, "align": "left"})
    out.append(gap())
    return out


def kepada(lines, indent=None, di="di"):
    out = []
    for i, l in enumerate(lines):
        b = {"p": l, "after": 0, "align": "left"}
        if indent is not None:
            b["indent"] = indent
        out.append(b)
    if di:
        out.append({"p": di, "after": 0, "align": "left", **({"indent": indent} if indent is not None else {})})
        out.append({"p": "\tTempat", "after": 240, "align": "left", "tabs": [[(indent or 0) + 567, "left"]],
                    **({"indent": indent} if indent is not None else {})})
    return out


def ttd(jabatan, nama, nip=None, tempat_tgl=None, indent=5103, pangkat=None, blank=3):
    out = []
    if tempat_tgl:
        out.append({"p": tempat_tgl, "indent": indent, "after": 0, "align": "left"})
    for j in ([jabatan] if isinstance(jabatan, str) else jabatan):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(blank):
        out.append({"p": "", "indent": indent, "after": 0})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [gap(), {"p": title, "after": 0, "align": "left", "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "align": "left", "size": 20})
    return out


# ---------------------------------------------------------------- registry
MEMOS = {}


def memo(n, spec, violation, categories, classes, note):
    name = "%s_%03d" % (BATCH, n)
    assert name not in MEMOS, name
    cats = sorted(set(categories))
    assert set(cats) <= CATS, cats
    if not violation:
        assert not cats
        assert 14 in classes
    else:
        assert cats and all(1 <= c <= 13 for c in classes)
    spec = dict(spec)
    spec["output"] = name + ".docx"
    MEMOS[name] = (spec, {"violation": bool(violation), "categories": cats,
                          "classes": sorted(classes), "note": note})


def main():
    sys.path.insert(0, HERE)
    sys.modules.setdefault("write_specs", sys.modules[__name__])
    for f in sorted(glob.glob(os.path.join(HERE, "memos_g*.py"))):
        importlib.import_module(os.path.splitext(os.path.basename(f))[0])
    sd = os.path.join(HERE, "specs")
    os.makedirs(sd, exist_ok=True)
    for old in glob.glob(os.path.join(sd, "*.json")):
        os.remove(old)
    labels = {}
    for name in sorted(MEMOS):
        spec, lab = MEMOS[name]
        with open(os.path.join(sd, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    v = sum(1 for l in labels.values() if l["violation"])
    print("wrote %d specs (%d violating, %d compliant)" % (len(labels), v, len(labels) - v))


if __name__ == "__main__":
    main()
