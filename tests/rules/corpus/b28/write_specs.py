#!/usr/bin/env python3
"""Write specs/b28_NNN.json and labels.json for batch b28.

Memo wording lives in memos_part*.py (each memo written by hand as a dict).
Helpers here only lay out naskah dinas furniture: kop, nomor block,
signature block and tembusan.
"""
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b28"


# --------------------------------------------------------------- furniture
def kop(placement, *lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        k["logo"] = logo
    return k


def title(text, nomor=None, sub=None):
    out = [{"p": "__%s__" % text, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": nomor, "align": "center", "after": 0})
    if sub:
        for s in (sub if isinstance(sub, list) else [sub]):
            out.append({"p": s, "align": "center", "bold": True, "after": 0})
    out.append({"p": "", "after": 0})
    return out


def fields(rows, widths=(1800, 300, 6970)):
    """Nomor / Sifat / Lampiran / Hal block as a borderless table."""
    return {"table": [[a, ":", b] for a, b in rows], "widths": list(widths), "borders": False}


def fields_tab(rows, pos=1700):
    return [{"p": "%s\t: %s" % (a, b), "tabs": [[pos, "left"]], "after": 0} for a, b in rows]


def sign(place_date, jabatan, name, nip=None, indent=5103, an=None, pangkat=None):
    def line(t):
        return {"p": t, "indent": indent, "after": 0, "align": "left"}
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append(line(place_date))
    if an:
        out.append(line(an))
    for j in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append(line(j))
    out += [line("") for _ in range(3)]
    out.append(line("**__%s__**" % name))
    if pangkat:
        out.append(line(pangkat))
    if nip:
        out.append(line("NIP. %s" % nip))
    return out


def tembusan(items, head="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": head, "after": 0}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d.\t%s" % (i, t), "indent": 360, "hanging": 360,
                    "tabs": [[360, "left"]], "after": 0, "size": 20})
    return out


def para(text, first=709, **kw):
    d = {"p": text, "first": first, "align": "both"}
    d.update(kw)
    return d


def item(n, text, indent=567, hang=567, **kw):
    d = {"p": "%s\t%s" % (n, text), "indent": indent, "hanging": hang,
         "tabs": [[indent, "left"]], "align": "both", "after": 80}
    d.update(kw)
    return d


BLANK = {"p": "", "after": 0}

HELPERS = dict(kop=kop, title=title, fields=fields, fields_tab=fields_tab, sign=sign,
               tembusan=tembusan, para=para, item=item, BLANK=BLANK)


# --------------------------------------------------------------- driver
def load_memos():
    memos = []
    for path in sorted(glob.glob(os.path.join(HERE, "memos_part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        for k, v in HELPERS.items():
            setattr(mod, k, v)
        spec.loader.exec_module(mod)
        memos += mod.MEMOS
    return memos


CATS = {"endorsement", "campaign-activity", "social-media", "state-facility",
        "inducement", "letterhead-misuse"}


def main():
    memos = load_memos()
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for old in glob.glob(os.path.join(HERE, "specs", "*.json")):
        os.remove(old)
    labels = {}
    seen = set()
    for m in memos:
        n = m["n"]
        assert n not in seen, n
        seen.add(n)
        name = "%s_%03d" % (BATCH, n)
        lab = m["label"]
        assert set(lab["categories"]) <= CATS, lab
        if lab["violation"]:
            assert lab["categories"], name
            has_kop = bool(m["spec"].get("kop"))
            assert ("letterhead-misuse" in lab["categories"]) == has_kop, name
            assert 14 not in lab["classes"]
        else:
            assert not lab["categories"] and 14 in lab["classes"], name
        spec = dict(m["spec"])
        spec["output"] = name + ".docx"
        with open(os.path.join(HERE, "specs", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = {"violation": lab["violation"],
                                  "categories": sorted(lab["categories"]),
                                  "classes": sorted(lab["classes"]),
                                  "note": lab["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
