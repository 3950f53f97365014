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
