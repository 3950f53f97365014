#!/usr/bin/env python3
"""Batch b22: writes specs/b22_NNN.json and labels.json.

Casebook framing: each memo is a reconstruction, written by hand, of the office memo that
started a published ASN-neutrality case (violating), or of a lawful memo that offices wrote
in the same period (compliant). Every memo's wording lives in parts/*.py and is written
individually; the helpers below only lay out naskah dinas furniture (kop, nomor block,
addressee block, signature, tembusan).
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b22"
MEMOS = []  # (number, spec, label)


# ------------------------------------------------------------------ furniture helpers
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo:
        k["logo"] = logo
    return k


def blank(after=0):
    return {"p": "", "after": after}


def title(text, under=True, size=None):
    b = {"p": ("__%s__" % text) if under else text, "align": "center", "bold": True, "after": 0}
    if size:
        b["size"] = size
    return b


def centre(text, bold=False, after=0):
    return {"p": text, "align": "center", "bold": bold, "after": after}


def nomor(rows, label_tab=1418, colon_tab=1702):
    """rows: [(label, value), ...] -> 'Nomor : ...' lines with hanging indent."""
    out = []
    for lab, val in rows:
        out.append({"p": "%s\t:\t%s" % (lab, val), "tabs": [[label_tab, "left"], [colon_tab, "left"]],
                    "hanging": colon_tab, "indent": colon_tab, "after": 0, "align": "left"})
    return out


def yth(lines, indent=5103, after=240):
    out = []
    for i, ln in enumerate(lines):
        out.append({"p": ln, "indent": indent, "after": after if i == len(lines) - 1 else 0, "align": "left"})
    return out


def ttd(jabatan, name, nip=None, place_date=None, indent=5103, gap=3, extra=None):
    out = [blank()]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for j in ([jabatan] if isinstance(jabatan, str) else jabatan):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    for e in (extra or []):
        out.append({"p": e, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. %s" % nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, head="Tembusan Yth.:"):
    out = [blank(), {"p": head, "after": 0, "align": "left", "size": 20}]
    for i, it in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, it), "after": 0, "align": "left", "size": 20, "indent": 284})
    return out


def add(num, spec, label):
    MEMOS.append((num, spec, label))


# ------------------------------------------------------------------ main
def main():
    env = {k: v for k, v in globals().items()}
    for part in sorted(glob.glob(os.path.join(HERE, "parts", "part*.py"))):
        with open(part, encoding="utf-8") as fh:
            exec(compile(fh.read(), part, "exec"), env)
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for old in glob.glob(os.path.join(spec_dir, "*.json")):
        os.remove(old)
    labels = {}
    seen = set()
    for num, spec, label in sorted(MEMOS, key=lambda m: m[0]):
        assert num not in seen, num
        seen.add(num)
        name = "%s_%03d" % (BATCH, num)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        v = bool(label["violation"])
        cats = sorted(label.get("categories", []))
        assert v == bool(cats), name
        if not v:
            assert 14 in label["classes"], name
        labels[name + ".docx"] = {"violation": v, "categories": cats,
                                  "classes": sorted(label["classes"]), "note": label["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
