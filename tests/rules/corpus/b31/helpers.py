"""Layout helpers for standard naskah dinas furniture only (kop, nomor block,
addressee, signature, tembusan). Every memo's wording is written by hand in
memos_part*.py; nothing here fills text from word lists."""

TABS_NOMOR = [[1418, "left"], [1702, "left"]]


def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def kop(placement, *lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        k["logo"] = logo
    return k


def nomor_block(nomor, sifat, lampiran, hal, place_date=None):
    out = []
    if place_date:
        out.append({"p": "\t\t" + place_date, "tabs": [[1418, "left"], [5670, "left"]],
                    "after": 120, "align": "left"})
    for label, val in (("Nomor", nomor), ("Sifat", sifat), ("Lampiran", lampiran), ("Hal", hal)):
        if val is None:
            continue
        out.append({"p": "%s\t:\t%s" % (label, val), "tabs": TABS_NOMOR, "hanging": 1702,
                    "indent": 1702, "after": 0, "align": "left"})
    out.append(blank())
    return out


def kepada(*lines, prefix="Yth."):
    out = []
    for i, l in enumerate(lines):
        out.append({"p": (prefix + " " + l) if i == 0 and prefix else l, "after": 0, "align": "left",
                    "indent": 0 if i == 0 else 426})
    out.append(blank())
    return out


def title(kind, nomor=None, about=None):
    out = [P("__%s__" % kind, align="center", bold=True, after=0)]
    if nomor:
        out.append(P("Nomor %s" % nomor, align="center", after=0))
    if about:
        out.append(P("TENTANG", align="center", after=0))
        out.append(P(about, align="center", bold=True, after=0))
    out.append(blank())
    return out


def ttd(place_date, jabatan, nama, nip=None, pangkat=None, indent=5103, an=None):
    rows = []
    if place_date:
        rows.append(place_date)
    if an:
        rows.append(an)
    rows.append(jabatan)
    out = [{"p": r, "indent": indent, "after": 0, "align": "left"} for r in rows]
    out += [{"p": "", "indent": indent, "after": 0, "align": "left"} for _ in range(3)]
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(*items, label="Tembusan"):
    out = [blank(), P("%s:" % label, after=0, align="left", size=20)]
    for i, t in enumerate(items, 1):
        out.append(P("%d. %s" % (i, t), after=0, align="left", size=20, indent=284))
    return out


def label(violation, categories, classes, note):
    return {"violation": violation, "categories": categories if violation else [],
            "classes": classes, "note": note}
