"""Naskah dinas furniture only (nomor block, addressee, signature, tembusan).
Memo wording lives in memos_*.py, written one by one."""

SIG_INDENT = 5103


def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def nomor(rows, place_date=None):
    """rows: list of (label, value). Classic Nomor/Sifat/Lampiran/Hal block with tabs."""
    out = []
    if place_date:
        out.append({"p": "\t\t" + place_date, "tabs": [[1418, "left"], [5670, "left"]],
                    "after": 120, "align": "left"})
    for lab, val in rows:
        out.append({"p": "%s\t:\t%s" % (lab, val), "tabs": [[1418, "left"], [1702, "left"]],
                    "hanging": 1702, "indent": 1702, "after": 0, "align": "left"})
    out.append(blank())
    return out


def nomor_table(rows):
    """Same block laid out as a borderless table."""
    return [{"table": [[lab, ":", val] for lab, val in rows], "widths": [1500, 300, 7270],
             "borders": False}, blank()]


def yth(lines, indent=SIG_INDENT):
    out = []
    for k, line in enumerate(lines):
        out.append({"p": line, "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "", "after": 120})
    return out


def sign(jabatan, name, extra=(), place_date=None, indent=SIG_INDENT, gap=3):
    out = [blank()]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for j in ([jabatan] if isinstance(jabatan, str) else jabatan):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    for e in extra:
        out.append({"p": e, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, label="Tembusan:"):
    out = [blank(), {"p": label, "after": 0, "align": "left", "size": 20}]
    for k, it in enumerate(items, 1):
        out.append({"p": "%d. %s" % (k, it), "after": 0, "align": "left", "size": 20})
    return out


def title(text, nomor_line=None, underline=True):
    out = [{"p": ("__%s__" % text) if underline else text, "align": "center", "bold": True, "after": 0}]
    if nomor_line:
        out.append({"p": nomor_line, "align": "center", "after": 0})
    out.append(blank())
    return out
