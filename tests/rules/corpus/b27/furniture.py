"""Standard naskah dinas furniture only (kop, nomor block, signature, tembusan).
Memo wording lives in memos_*.py, written memo by memo."""


def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo is not None:
        k["logo"] = logo
    return k


def kop_lines_body(lines):
    """A kop typed by hand as the first body lines (no kop feature)."""
    out = []
    for i, line in enumerate(lines):
        b = {"p": line, "align": "center", "after": 0}
        if i < 2:
            b["bold"] = True
            b["size"] = 28 if i == 0 else 30
        else:
            b["size"] = 20
        if i == len(lines) - 1:
            b["border_bottom"] = True
        out.append(b)
    out.append(blank())
    return out


def nomor_block(rows, tab=1418):
    return [{"p": "%s\t: %s" % (k, v), "tabs": [[tab, "left"]], "after": 0,
             "indent": tab + 170, "hanging": tab + 170} for k, v in rows]


def nomor_table(rows, right=None):
    """Nomor/Lampiran/Perihal as a borderless table; optional right-hand date cell."""
    t = []
    for i, (k, v) in enumerate(rows):
        row = [k, ":", v]
        if right is not None:
            row.append(right if i == 0 else "")
        t.append(row)
    widths = [1300, 250, 4400, 3120] if right is not None else [1400, 250, 7420]
    return {"table": t, "widths": widths, "borders": False}


def ttd(place_date, jabatan, nama, nip=None, pangkat=None, indent=5103, gap=3, an=None):
    out = []
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    if an:
        out.append({"p": an, "indent": indent, "after": 0, "align": "left"})
    for j in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. %s" % nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [blank(), {"p": title, "after": 0, "size": 20}]
    for it in items:
        out.append({"p": it, "num": 0, "after": 0, "size": 20})
    return out


def spec(output, body, kop_=None, meta=None, font=None, size=None, footer=None, header=None,
         footnotes=None, engine=None):
    s = {"output": output}
    if engine:
        s["engine"] = engine
    if font:
        s["font"] = font
    if size:
        s["size"] = size
    if meta:
        s["meta"] = meta
    if kop_:
        s["kop"] = kop_
    if header:
        s["header"] = header
    s["body"] = body
    if footer:
        s["footer"] = footer
    if footnotes:
        s["footnotes"] = footnotes
    return s
