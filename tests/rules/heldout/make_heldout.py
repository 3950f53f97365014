#!/usr/bin/env python3
# make_heldout.py - builds the rule set's own held-out memos (specs/*.json -> DOCX) and labels.json.
# Standard library only. Written apart from the shared dev set: other offices, names and phrasing.
"""Usage: make_heldout.py SPEC_DIR OUT_DIR

Spec (JSON): {"kop": {"placement": "header|body|table", "lines": [...], "logo": true},
              "body": [TEXT | {"table": [[TEXT, ...], ...]} | {"textbox": [TEXT, ...]}],
              "footer": [TEXT], "footnotes": {"1": TEXT},
              "label": {"violation": bool, "categories": [...], "note": "..."}}
Inline markup in TEXT: {ins:inserted text}  {fn:ID}  {split:ab|cd} (run boundaries at '|').
"""
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
# A 1x1 transparent PNG used as the logo of a letterhead.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def run(text, ins=False):
    t = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)
    if ins:
        t = '<w:ins w:id="%d" w:author="Staf" w:date="2024-01-05T08:00:00Z">%s</w:ins>' % (
            abs(hash(text)) % 10000, t)
    return t


def runs(text):
    out = []
    for m in re.finditer(r"\{(ins|fn|split):([^}]*)\}|([^{]+)", text):
        kind, arg, plain = m.group(1), m.group(2), m.group(3)
        if plain:
            out.append(run(plain))
        elif kind == "ins":
            out.append(run(arg, ins=True))
        elif kind == "fn":
            out.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % escape(arg))
        else:
            out.extend(run(piece) for piece in arg.split("|"))
    return "".join(out)


def para(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    if bold:
        return '<w:p>%s<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            ppr, escape(text))
    return "<w:p>%s%s</w:p>" % (ppr, runs(text))


def logo_drawing():
    return ('<w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="720000"/>'
            '<wp:docPr id="1" name="Logo" descr="Logo instansi"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill><pic:spPr/></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            out.append("<w:tc>%s</w:tc>" % para(cell))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox(paras):
    inner = "".join(para(p) for p in paras)
    return ('<w:p><w:r><w:drawing><wp:anchor><wp:extent cx="5400000" cy="1000000"/>'
            '<wp:docPr id="2" name="Kotak Teks"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></w:r></w:p>' % inner)


def block(b):
    if isinstance(b, str):
        return para(b)
    if "table" in b:
        return table(b["table"])
    if "textbox" in b:
        return textbox(b["textbox"])
    return para(b.get("p", ""), bold=b.get("bold", False), center=b.get("center", False))


def kop_xml(kop, in_header):
    lines = kop.get("lines", [])
    if kop.get("placement") == "table":
        logo = "<w:p>%s</w:p>" % logo_drawing() if kop.get("logo") else "<w:p/>"
        text = "".join(para(l, bold=True, center=True) for l in lines)
        return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>'
                '<w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr></w:tbl><w:p/>' % (logo, text))
    out = []
    if kop.get("logo"):
        out.append("<w:p>%s</w:p>" % logo_drawing())
    out.extend(para(l, bold=True, center=True) for l in lines)
    if not in_header:
        out.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="double" w:sz="6" w:space="1" '
                   'w:color="auto"/></w:pBdr></w:pPr></w:p>')
    return "".join(out)


def build(spec, path):
    kop = spec.get("kop")
    placement = kop.get("placement") if kop else None
    body = []
    if kop and placement in ("body", "table"):
        body.append(kop_xml(kop, False))
    body.extend(block(b) for b in spec.get("body", []))
    rels = ['<Relationship Id="rIdStyles" Type="%s/styles" Target="styles.xml"/>' % REL]
    ctypes = ['<Override PartName="/word/document.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
    sect = []
    files = {}
    if placement == "header":
        files["word/header1.xml"] = '<w:hdr %s>%s</w:hdr>' % (W, kop_xml(kop, True))
        rels.append('<Relationship Id="rIdH1" Type="%s/header" Target="header1.xml"/>' % REL)
        ctypes.append('<Override PartName="/word/header1.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect.append('<w:headerReference w:type="default" r:id="rIdH1"/>')
        if kop.get("logo"):
            files["word/_rels/header1.xml.rels"] = (
                '<Relationships xmlns="%s"><Relationship Id="rIdLogo" Type="%s/image" '
                'Target="media/logo.png"/></Relationships>' % (PKG_REL, REL))
    if kop and kop.get("logo"):
        files["word/media/logo.png"] = PNG
        rels.append('<Relationship Id="rIdLogo" Type="%s/image" Target="media/logo.png"/>' % REL)
    if spec.get("footer"):
        files["word/footer1.xml"] = '<w:ftr %s>%s</w:ftr>' % (
            W, "".join(para(p) for p in spec["footer"]))
        rels.append('<Relationship Id="rIdF1" Type="%s/footer" Target="footer1.xml"/>' % REL)
        ctypes.append('<Override PartName="/word/footer1.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect.append('<w:footerReference w:type="default" r:id="rIdF1"/>')
    if spec.get("footnotes"):
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                 '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                 '<w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in spec["footnotes"].items():
            notes.append('<w:footnote w:id="%s">%s</w:footnote>' % (escape(fid), para(text)))
        files["word/footnotes.xml"] = '<w:footnotes %s>%s</w:footnotes>' % (W, "".join(notes))
        rels.append('<Relationship Id="rIdFn" Type="%s/footnotes" Target="footnotes.xml"/>' % REL)
        ctypes.append('<Override PartName="/word/footnotes.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    files["word/document.xml"] = '<w:document %s><w:body>%s<w:sectPr>%s</w:sectPr></w:body></w:document>' % (
        W, "".join(body), "".join(sect))
    files["word/styles.xml"] = '<w:styles %s/>' % W
    files["word/_rels/document.xml.rels"] = '<Relationships xmlns="%s">%s</Relationships>' % (
        PKG_REL, "".join(rels))
    files["_rels/.rels"] = ('<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
                            'Target="word/document.xml"/></Relationships>' % (PKG_REL, REL))
    files["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>%s</Types>' % "".join(ctypes))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"),
                       zipfile.ZIP_DEFLATED)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    labels = {}
    for name in sorted(os.listdir(src)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            spec = json.load(f)
        docx = name[:-5] + ".docx"
        build(spec, os.path.join(out, docx))
        labels[docx] = spec["label"]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
    print("built %d memos in %s" % (len(labels), out))


if __name__ == "__main__":
    main()
