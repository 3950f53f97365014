"""Standard naskah dinas furniture only (kop, nomor block, addressee, signature, tembusan).
Memo wording itself is written individually in memos_*.py."""

TABS_NOMOR = [[1418, "left"], [1702, "left"]]
SIG_INDENT = 5103


def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def field(label, value, tabs=None, hang=1702, after=0):
    return {"p": "%s\t:\t%s" % (label, value), "tabs": tabs or TABS_NOMOR,
            "hanging": hang, "indent": hang, "after": after, "align": "left"}


def nomor_block(nomor, sifat, lampiran, hal, place_date=None):
    out = []
    if place_date:
        out.append({"p": "\t\t" + place_date, "tabs": [[1418, "left"], [5670, "left"]],
                    "after": 120, "align": "left"})
    out += [field("Nomor", nomor), field("Sifat", sifat), field("Lampiran", lampiran),
            field("Hal", hal), {"p": "", "after": 0}]
    return out


def yth(lines, di="Tempat"):
    out = [{"p": "Yth.", "indent": SIG_INDENT, "after": 0, "align": "left"}]
    for l in lines:
        out.append({"p": l, "indent": SIG_INDENT, "after": 0, "align": "left"})
    if di:
        out.append({"p": "di", "indent": SIG_INDENT, "after": 0, "align": "left"})
        out.append({"p": "\t" + di, "indent": SIG_INDENT, "tabs": [[5670, "left"]],
                    "after": 240, "align": "left"})
    return out


def title(text, nomor=None):
    out = [{"p": "__%s__" % text, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": "Nomor : " + nomor, "align": "center", "after": 240})
    return out


def signature(jabatan, name, nip=None, place_date=None, pangkat=None, blank=3, indent=SIG_INDENT):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for j in jabatan.split("\n"):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(blank):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, label="Tembusan"):
    out = [{"p": "", "after": 0}, {"p": "%s:" % label, "after": 0, "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "size": 20, "indent": 284})
    return out


def para(text, first=709, after=120, **kw):
    d = {"p": text, "first": first, "after": after, "align": "both"}
    d.update(kw)
    return d


def item(text, num=0, after=60, **kw):
    d = {"p": text, "num": num, "after": after, "align": "both"}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}
