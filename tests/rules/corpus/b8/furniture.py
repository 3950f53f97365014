"""Naskah dinas furniture only: kop, nomor block, Yth block, signature, tembusan.
Memo wording itself is written by hand in memos/*.py."""

NB_TABS = [[1418, "left"], [1702, "left"]]
SIG_IND = 5103


def kop(placement, *lines, logo=None):
    d = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        d["logo"] = logo
    return d


def kop_lines(*lines):
    """Kop typed as ordinary first body lines (no kop object)."""
    out = []
    for i, ln in enumerate(lines):
        b = {"p": ln, "align": "center", "after": 0, "bold": i < 2}
        if i == len(lines) - 1:
            b["border_bottom"] = True
        out.append(b)
    out.append({"p": "", "after": 0})
    return out


def nomor(nomor=None, hal=None, sifat="Biasa", lampiran="-", label_hal="Hal"):
    rows = [("Nomor", nomor), ("Sifat", sifat), ("Lampiran", lampiran), (label_hal, hal)]
    return [{"p": "%s\t:\t%s" % (k, v), "tabs": NB_TABS, "hanging": 1702, "indent": 1702,
             "after": 0, "align": "left"} for k, v in rows if v is not None]


def tgl_kanan(s):
    return {"p": s, "align": "right", "after": 120}


def judul(title, no=None, sub=None):
    out = [{"p": "__%s__" % title, "align": "center", "bold": True, "after": 0}]
    if no:
        out.append({"p": no, "align": "center", "after": 0})
    if sub:
        out.append({"p": sub, "align": "center", "bold": True, "after": 0})
    out.append({"p": "", "after": 0})
    return out


def yth(*lines, indent=None):
    out = []
    for i, ln in enumerate(lines):
        b = {"p": ln, "after": 0, "align": "left"}
        if indent is not None:
            b["indent"] = indent
        out.append(b)
    out.append({"p": "", "after": 0})
    return out


def ttd(jabatan, nama, nip=None, tempat=None, indent=SIG_IND, gap=3, pre=None):
    out = [{"p": "", "after": 0}]
    if tempat:
        out.append({"p": tempat, "indent": indent, "after": 0, "align": "left"})
    for ln in (pre or []):
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    for ln in jabatan.split("\n"):
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(*items, label="Tembusan"):
    out = [{"p": "", "after": 0}, {"p": "%s:" % label, "after": 0, "align": "left", "size": 20}]
    for i, it in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, it), "after": 0, "align": "left", "size": 20})
    return out


def P(text, **kw):
    d = {"p": text, "first": 709}
    d.update(kw)
    return d


def L(text, lvl=0, **kw):
    d = {"p": text, "num": lvl, "after": 60}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}
