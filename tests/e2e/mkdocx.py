#!/usr/bin/env python3
"""mkdocx.py - makes small, valid DOCX files for the end-to-end tests (standard library only).

A memo is a list of paragraphs (strings); optionally a header paragraph (kop surat). Output is
reproducible (fixed zip timestamps), so the same text always gives the same bytes and hash.
"""
import zipfile
from xml.sax.saxutils import escape

FIXED_TIME = (2024, 1, 15, 8, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml"
CT_HDR = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


def _para(text):
    return ('<w:p><w:r><w:rPr><w:lang w:val="id-ID"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def docx_bytes_parts(paragraphs, header=None, macro=False):
    """The parts of a minimal WordprocessingML package, as (name, bytes) pairs."""
    hdr_ref = '<w:headerReference w:type="default" r:id="rId1"/>' if header else ""
    body = "".join(_para(p) for p in paragraphs)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           f'{body}<w:sectPr>{hdr_ref}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_MACRO if macro else CT_MAIN}"/>'
          + (f'<Override PartName="/word/header1.xml" ContentType="{CT_HDR}"/>' if header else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if header:
        parts.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      f'<Relationship Id="rId1" Type="{REL}/header" Target="header1.xml"/>'
                      '</Relationships>'))
        parts.append(("word/header1.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>'
                      f'{_para(header)}</w:hdr>'))
    return [(n, d.encode("utf-8")) for n, d in parts]


def para_xml(text, breaks=True):
    """One w:p; with breaks, each "\n" in text becomes a w:br (Shift+Enter in Word)."""
    pieces = text.split("\n") if breaks else [text]
    runs = '<w:r><w:br/></w:r>'.join(
        f'<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r>' for p in pieces)
    return f"<w:p>{runs}</w:p>"


def table_xml(rows):
    """A w:tbl from a list of rows, each a list of cell texts."""
    trs = "".join("<w:tr>" + "".join(f"<w:tc>{para_xml(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{trs}</w:tbl>"


WP = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def textbox_xml(lines):
    """A paragraph anchoring a DrawingML text box holding one paragraph per line."""
    inner = "".join(para_xml(l) for l in lines)
    return ('<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="1" name="Kotak Teks 1"/><a:graphic><a:graphicData>'
            f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>')


def image_xml(alt):
    """A paragraph holding an inline picture whose alt text (wp:docPr descr) is alt."""
    return ('<w:p><w:r><w:drawing><wp:inline>'
            f'<wp:docPr id="2" name="Gambar 2" descr="{escape(alt, {chr(34): "&quot;", chr(10): "&#10;"})}"/>'
            '<a:graphic><a:graphicData/></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def write_docx_xml(path, body_xml, header_xml=None):
    """A package from raw body XML (w:p, w:tbl ... inside w:body) and optional raw header XML."""
    parts = dict(docx_bytes_parts([], header="x" if header_xml is not None else None))
    hdr = '<w:headerReference w:type="default" r:id="rId1"/>' if header_xml is not None else ""
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {WP}><w:body>'
        f'{body_xml}<w:sectPr>{hdr}</w:sectPr></w:body></w:document>').encode("utf-8")
    if header_xml is not None:
        parts["word/header1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W} {WP}>{header_xml}</w:hdr>'
        ).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_docx(path, paragraphs, header=None, macro=False):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in docx_bytes_parts(paragraphs, header, macro):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_big_docx(path, size):
    """A document whose main part is `size` bytes of stored (uncompressed) XML: a file that big
    on disk, and a part above the reader's size cap."""
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}><w:body>'.encode()
    tail = b"</w:body></w:document>"
    unit = _para("Rapat koordinasi persiapan kegiatan rutin kantor. ").encode()
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        for name, data in docx_bytes_parts([]):
            if name != "word/document.xml":
                z.writestr(zipfile.ZipInfo(name, FIXED_TIME), data)
        info = zipfile.ZipInfo("word/document.xml", FIXED_TIME)
        info.file_size = len(head) + len(tail) + n * len(unit)
        with z.open(info, "w", force_zip64=True) as f:
            f.write(head)
            chunk = unit * 4096
            left = n
            while left:
                k = min(left, 4096)
                f.write(chunk if k == 4096 else unit * k)
                left -= k
            f.write(tail)
