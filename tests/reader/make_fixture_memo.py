#!/usr/bin/env python3
"""make_fixture_memo.py - rebuilds tests/fixtures/reader/memo.docx from the hand-written parts.

One small DOCX that reaches every path of the reader: main part made of the wordml fixtures
(split runs, tracked changes, text box in AlternateContent, fields, hyperlinks, symbols, tables),
a header letterhead with a logo, a UTF-16 footer, footnotes, endnotes, comments, core and app
properties, an external hyperlink, and a %-escaped relationship target. Fixed timestamps: the
output is byte-identical on every run. Used by the reader.oom allocation-failure sweep.
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures", "reader")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def body_of(name):
    xml = open(os.path.join(FIX, name), encoding="utf-8").read()
    return re.search(r"<w:body>(.*)</w:body>", xml, re.S).group(1)


def main():
    root = open(os.path.join(FIX, "textbox.xml"), encoding="utf-8").read()
    open_tag = re.search(r"<w:document[^>]*>", root).group(0)
    inner = "".join(body_of(n) for n in ("split_word.xml", "tracked.xml", "textbox.xml", "field.xml",
                                          "hyperlink.xml", "misc.xml"))
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n%s<w:body>%s</w:body></w:document>' % (open_tag, inner)
    rel = '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"%s/>'
    doc_rels = "".join([
        rel % ("rId1", "header", "header1.xml", ""), rel % ("rId2", "footer", "footer1.xml", ""),
        rel % ("rId3", "footnotes", "footnotes.xml", ""), rel % ("rId4", "endnotes", "endnotes.xml", ""),
        rel % ("rId5", "comments", "comments.xml", ""), rel % ("rId6", "image", "media/logo%20kab.png", ""),
        rel % ("rId7", "hyperlink", "https://contoh.id/paslon", ' TargetMode="External"')])
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + rel % ("rId1", "officeDocument", "word/document.xml", "")
         + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         + rel % ("rId3", "extended-properties", "docProps/app.xml", "") + "</Relationships>"),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + doc_rels + "</Relationships>"),
        ("word/header1.xml", open(os.path.join(FIX, "header_kop.xml"), encoding="utf-8").read()),
        ("word/footer1.xml", ('<?xml version="1.0" encoding="UTF-16"?><w:ftr %s><w:p><w:r><w:t>Halaman \u2022 1</w:t></w:r></w:p></w:ftr>' % W).encode("utf-16")),
        ("word/footnotes.xml", '<w:footnotes %s><w:footnote w:id="1"><w:p><w:r><w:t>Catatan kaki</w:t></w:r></w:p></w:footnote></w:footnotes>' % W),
        ("word/endnotes.xml", '<w:endnotes %s><w:endnote w:id="1"><w:p><w:r><w:t>Catatan akhir</w:t></w:r></w:p></w:endnote></w:endnotes>' % W),
        ("word/comments.xml", '<w:comments %s><w:comment w:id="0"><w:p><w:r><w:t>Periksa</w:t></w:r></w:p></w:comment></w:comments>' % W),
        ("word/media/logo kab.png", b"\x89PNG\r\n\x1a\n"),
        ("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Surat Edaran</dc:title><dc:creator>Budi</dc:creator>'
         '<cp:lastModifiedBy>Sari</cp:lastModifiedBy></cp:coreProperties>'),
        ("docProps/app.xml", '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Pemkab</Company></Properties>'),
    ]
    out = os.path.join(FIX, "memo.docx")
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    print("wrote", out)


if __name__ == "__main__":
    main()
