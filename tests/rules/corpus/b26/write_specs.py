#!/usr/bin/env python3
"""Batch b26: writes specs/b26_NNN.json and labels.json.

Every memo's wording is written by hand in memos_*.py (one function per memo).
The helpers below only lay out standard naskah dinas furniture: kop, nomor block,
addressee, signature, tembusan.  Run from this folder:

    /usr/bin/python3 write_specs.py
    /usr/bin/python3 /work/shared/eval/make_docx.py specs docx
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b26"
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility",
        "inducement", "letterhead-misuse"}


# ----------------------------------------------------------------- furniture
def P(text="", **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        k["logo"] = logo
    return k


def nomor_block(nomor, sifat, lampiran, hal, place_date=None, indent_date=5103):
    """Nomor/Sifat/Lampiran/Hal as tab-aligned lines (optionally date on the right)."""
    out = []
    if place_date:
        out.append(P(place_date, align="right", after=120))
    for lab, val in (("Nomor", nomor), ("Sifat", sifat), ("Lampiran", lampiran), ("Hal", hal)):
        if val is None:
            continue
        out.append(P("%s\t: %s" % (lab, val), align="left", after=0, tabs=[[1418, "left"]],
                     indent=1560, hanging=1560))
    out.append(blank())
    return out


def kepada(lines, prefix="Yth."):
    out = []
    for i, line in enumerate(lines):
        out.append(P(("%s " % prefix if i == 0 and prefix else "") + line, align="left", after=0))
    out.append(blank())
    return out


def ttd(place_date, jabatan, nama, nip=None, indent=5103, extra=None):
    """Signature block. jabatan may be a list of lines."""
    out = [blank()]
    if place_date:
        out.append(P(place_date, indent=indent, align="left", after=0))
    for j in ([jabatan] if isinstance(jabatan, str) else jabatan):
        out.append(P(j, indent=indent, align="left", after=0))
    for _ in range(3):
        out.append(P("", indent=indent, align="left", after=0))
    out.append(P("**__%s__**" % nama, indent=indent, align="left", after=0))
    for e in (extra or []):
        out.append(P(e, indent=indent, align="left", after=0))
    if nip:
        out.append(P("NIP. %s" % nip, indent=indent, align="left", after=0))
    return out


def tembusan(items, title="Tembusan:"):
    out = [blank(), P(title, align="left", after=0, size=20)]
    for i, it in enumerate(items, 1):
        out.append(P("%d.\t%s" % (i, it), align="left", after=0, size=20, indent=360,
                     hanging=360, tabs=[[360, "left"]]))
    return out


def item(n, text, indent=567, hanging=567, after=60):
    """Manually numbered paragraph (n may be '1.' / 'a.' / '-')."""
    return P("%s\t%s" % (n, text), indent=indent, hanging=hanging, tabs=[[indent, "left"]], after=after)


def field_rows(rows, indent=567, tab=2835):
    """'Hari/tanggal : ...' style lines."""
    return [P("%s\t: %s" % (a, b), align="left", after=0, indent=tab, hanging=tab - indent,
              tabs=[[tab, "left"]]) for a, b in rows]


def title(text, nomor=None, underline=True):
    out = [P(("__%s__" % text) if underline else text, align="center", bold=True, after=0)]
    if nomor:
        out.append(P(nomor, align="center", after=0))
    out.append(blank())
    return out


# ----------------------------------------------------------------- registry
MEMOS = []


def memo(num, spec, violation, categories, classes, note):
    name = "%s_%03d" % (BATCH, num)
    spec = dict(spec)
    kop_in_body = spec.pop("_kop_in_body", False)  # kop written by hand as the first body lines
    spec["output"] = name + ".docx"
    cats = list(categories)
    assert set(cats) <= CATS, (name, cats)
    assert violation == bool(cats), name
    if not violation:
        assert 14 in classes, name
    if "letterhead-misuse" in cats:
        assert spec.get("kop") or kop_in_body, name
    if violation and (spec.get("kop") or kop_in_body):
        assert "letterhead-misuse" in cats, name
    MEMOS.append((num, name, spec, {"violation": violation, "categories": cats,
                                     "classes": list(classes), "note": note}))


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "memos_*.py"))):
        modname = os.path.splitext(os.path.basename(path))[0]
        s = importlib.util.spec_from_file_location(modname, path)
        mod = importlib.util.module_from_spec(s)
        sys.modules[modname] = mod
        s.loader.exec_module(mod)
        mod.build(sys.modules[__name__])
    nums = [m[0] for m in MEMOS]
    assert len(nums) == len(set(nums)), "duplicate numbers"
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for old in glob.glob(os.path.join(spec_dir, "*.json")):
        os.remove(old)
    labels = {}
    for num, name, spec, lab in sorted(MEMOS):
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    v = sum(1 for l in labels.values() if l["violation"])
    print("wrote %d specs (%d violating, %d compliant)" % (len(labels), v, len(labels) - v))


if __name__ == "__main__":
    sys.modules.setdefault("write_specs", sys.modules[__name__])
    main()
