#!/usr/bin/env python3
"""gen_hostile.py - writes the hostile input files (zip bombs, lying and overlapping archives, DTD
attacks, deep nesting, huge paragraph, bad encodings, OLE2 files) into a folder; used by the suite."""

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_zip as hz  # noqa: E402

VIOLATING = ("Seluruh ASN agar memberikan dukungan dan memenangkan pasangan calon Bupati nomor urut 2, "
             "Bapak Hendra Wijaya dan Ibu Sri Lestari, pada hari pemungutan suara.")
NEUTRAL = "Rapat koordinasi kebersihan kantor diadakan pada hari Senin pukul 09.00 WIB."
MIB = 1 << 20


def write(d, name, data):
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def open_paragraph():
    """document.xml cut around the text of its one w:t: (before, after)."""
    before, after = hz.document_xml("@@").split("@@")
    return before + '<w:p><w:r><w:t xml:space="preserve">', "</w:t></w:r></w:p>" + after


def zero_byte(d):
    return write(d, "zero-byte.docx", b"")


def text_as_docx(d):
    return write(d, "plain-text.docx", "Ini hanya teks biasa, bukan dokumen Word.\n")


def truncated(d, sample):
    with open(sample, "rb") as f:
        data = f.read()
    cuts = [1, 4, 30, len(data) // 2, len(data) - 23, len(data) - 1]
    return [write(d, "truncated-%d.docx" % c, data[:c]) for c in cuts]


def _bomb_zip(name, comp, crc, size, declared_size=None, extra_valid=False):
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types())
    z.add("_rels/.rels", hz.root_rels())
    if extra_valid:
        z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([VIOLATING])))
    z.add_compressed(name, comp, crc, size, declared_size=declared_size)
    return z.finish()


def zip_bomb_4g(d):
    """word/document.xml inflates to 4095 MiB of zeros; the archive is about 4 MiB."""
    comp, crc, size = hz.deflate_repeat(b"", b"\0" * MIB, 4095)
    return write(d, "zip-bomb-4g.docx", _bomb_zip("word/document.xml", comp, crc, size))


def zip_bomb_lying(d):
    """The same bomb, but both headers claim the part is 2,000 bytes."""
    comp, crc, size = hz.deflate_repeat(b"", b"\0" * MIB, 4095)
    return write(d, "zip-bomb-lying-size.docx",
                 _bomb_zip("word/document.xml", comp, crc, size, declared_size=2000))


def zip_bomb_ratio(d):
    """A well-formed 100 MiB document.xml (one paragraph of spaces) at a ratio near 1000:1: under
    the part size cap, over the ratio cap."""
    prefix, suffix = open_paragraph()
    comp, crc, size = hz.deflate_repeat(prefix.encode(), b" " * MIB, 100, suffix.encode())
    return write(d, "zip-bomb-ratio.docx", _bomb_zip("word/document.xml", comp, crc, size))


def zip_bomb_unread(d):
    """A valid memo plus an entry nothing refers to that would inflate to 4095 MiB."""
    comp, crc, size = hz.deflate_repeat(b"", b"\0" * MIB, 4095)
    return write(d, "zip-bomb-unread-entry.docx",
                 _bomb_zip("word/media/bomb.bin", comp, crc, size, extra_valid=True))


def too_many_entries(d, n=10001):
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types())
    z.add("_rels/.rels", hz.root_rels())
    z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([NEUTRAL])))
    for i in range(n):
        z.add("customXml/item%d.xml" % i, b"<a/>", method=0)
    return write(d, "too-many-entries.docx", z.finish())


def duplicate_entries(d):
    """Two entries named word/document.xml: a harmless one first, a violating one second (and the
    mirror image), so a reader that picks one silently can be evaded."""
    paths = []
    for order, (first, second) in (("neutral-first", (NEUTRAL, VIOLATING)),
                                   ("violating-first", (VIOLATING, NEUTRAL))):
        z = hz.RawZip()
        z.add("[Content_Types].xml", hz.content_types())
        z.add("_rels/.rels", hz.root_rels())
        z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([first])))
        z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([second])))
        paths.append(write(d, "duplicate-entries-%s.docx" % order, z.finish()))
    return paths


def overlapping_entries(d, headers=600):
    """600 header parts whose central-directory entries all point at ONE local entry: a 1 MiB
    header (under the 1 MiB ratio floor) compressed to about 1 KiB. Each part passes the per-part
    caps; only the per-document total cap stops 600 MiB of inflation."""
    body = '<w:p><w:r><w:t xml:space="preserve">'
    hdr_prefix = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="%s">%s'
                  % (hz.W_NS, body)).encode()
    hdr_suffix = b"</w:t></w:r></w:p></w:hdr>"
    chunk = b" " * (MIB - len(hdr_prefix) - len(hdr_suffix) - 16)
    comp, crc, size = hz.deflate_repeat(hdr_prefix, chunk, 1, hdr_suffix)
    rels = [("rId%d" % (i + 10), "header", "header%d.xml" % i) for i in range(headers)]
    sects = []
    for i in range(0, headers, 3):
        refs = "".join('<w:headerReference w:type="%s" r:id="rId%d"/>' % (t, i + k + 10)
                       for k, t in enumerate(("default", "first", "even")) if i + k < headers)
        sects.append('<w:p><w:pPr><w:sectPr>%s</w:sectPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>'
                     % (refs, NEUTRAL))
    hdr_ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types([("word/header%d.xml" % i, hdr_ct)
                                                   for i in range(headers)]))
    z.add("_rels/.rels", hz.root_rels())
    z.add("word/document.xml", hz.document_xml("".join(sects)))
    z.add("word/_rels/document.xml.rels", hz.doc_rels(rels))
    off = z.add_compressed("word/header0.xml", comp, crc, size)
    like = z.central[-1]
    for i in range(1, headers):
        z.alias("word/header%d.xml" % i, off, like)
    return write(d, "overlapping-entries.docx", z.finish())


def traversal(d):
    """Entry names and relationship targets that climb out of the archive. Nothing is ever
    extracted, so they must simply be harmless."""
    rels = [("rId5", "header", "../../../../../../etc/passwd"),
            ("rId6", "footer", "/../../x"),
            ("rId7", "hyperlink", "file:///etc/passwd")]
    doc = hz.document_xml(hz.paragraphs_xml([VIOLATING]) +
                          '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/>'
                          '<w:footerReference w:type="default" r:id="rId6"/></w:sectPr>')
    extra = [("../x", "escape"), ("../../tmp/netral-escape.txt", "escape"),
             ("/abs-netral-escape.txt", "escape"), ("word/../../netral-escape2.txt", "escape"),
             ("..\\..\\netral-escape3.txt", "escape")]
    return write(d, "path-traversal.docx", hz.docx_bytes(doc, extra=extra, rels=rels))


def billion_laughs(d):
    dtd = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    for i in range(1, 10):
        dtd.append('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10))
    prolog = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [%s]>' % "".join(dtd))
    doc = hz.document_xml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', prolog=prolog)
    return write(d, "billion-laughs.docx", hz.docx_bytes(doc))


def external_entity(d, secret_path):
    """External entities in the main part, in [Content_Types].xml and in the part's rels."""
    url = "file://" + os.path.abspath(secret_path)
    dtd = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "%s">]>' % url
    prolog = '<?xml version="1.0" encoding="UTF-8"?>' + dtd
    paths = []
    doc = hz.document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog=prolog)
    paths.append(write(d, "xxe-document.docx", hz.docx_bytes(doc)))
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types().replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', prolog).replace(
        'ContentType="application/xml"/>', 'ContentType="application/xml"/><!-- &xxe; -->'))
    z.add("_rels/.rels", hz.root_rels())
    z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([NEUTRAL])))
    paths.append(write(d, "xxe-content-types.docx", z.finish()))
    rels = hz.doc_rels([("rId5", "header", "header1.xml")]).replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', prolog).replace(
        'Target="header1.xml"', 'Target="&xxe;"')
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types())
    z.add("_rels/.rels", hz.root_rels())
    z.add("word/document.xml", hz.document_xml(hz.paragraphs_xml([NEUTRAL])))
    z.add("word/_rels/document.xml.rels", rels)
    paths.append(write(d, "xxe-rels.docx", z.finish()))
    return paths


def deep_nesting(d, depth=10000):
    inner = "<w:sdt><w:sdtContent>" * depth + hz.paragraphs_xml([VIOLATING]) + \
        "</w:sdtContent></w:sdt>" * depth
    paths = [write(d, "deep-nesting-sdt.docx", hz.docx_bytes(hz.document_xml(inner)))]
    inner = "<w:p>" + "<w:r>" * depth + "<w:t>x</w:t>" + "</w:r>" * depth + "</w:p>"
    paths.append(write(d, "deep-nesting-runs.docx", hz.docx_bytes(hz.document_xml(inner))))
    return paths


WORDS = ("rapat koordinasi dinas kantor pegawai jadwal laporan anggaran kegiatan kebersihan "
         "pelayanan masyarakat surat edaran kepala bagian umum keuangan tahun bulan minggu hari "
         "senin selasa rabu kamis jumat pagi siang sore ruang aula gedung arsip data sistem "
         "aplikasi jaringan pelatihan peserta narasumber materi evaluasi hasil tindak lanjut").split()


def huge_paragraph(d, megabytes=100):
    """One paragraph of 100 MB of ordinary words in a single w:t (deflates about 4:1, under the
    ratio cap; the part is under the 128 MiB part cap)."""
    rnd = random.Random(9)
    block = " ".join(rnd.choice(WORDS) for _ in range(150000)).encode()[:MIB - 1] + b" "
    prefix, suffix = open_paragraph()
    co = hz.zlib.compressobj(1, hz.zlib.DEFLATED, -15)
    parts, crc, size = [co.compress(prefix.encode())], hz.zlib.crc32(prefix.encode()), len(prefix)
    target = megabytes * 1000 * 1000
    while size < target:
        parts.append(co.compress(block))
        crc = hz.zlib.crc32(block, crc)
        size += len(block)
    parts.append(co.compress(suffix.encode()) + co.flush())
    crc = hz.zlib.crc32(suffix.encode(), crc)
    size += len(suffix)
    z = hz.RawZip()
    z.add("[Content_Types].xml", hz.content_types())
    z.add("_rels/.rels", hz.root_rels())
    z.add_compressed("word/document.xml", b"".join(parts), crc, size)
    return write(d, "huge-paragraph.docx", z.finish())


def invalid_utf8(d):
    doc = hz.document_xml(hz.paragraphs_xml([NEUTRAL])).encode()
    bad = doc.replace(b"Rapat", b"R\xffa\xc3\x28p\xed\xa0\x80at")
    return write(d, "invalid-utf8.docx", hz.docx_bytes(bad))


def utf16_document(d, paras):
    """document.xml in UTF-16 (little and big endian, with BOM); must read like UTF-8."""
    paths = []
    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        xml = hz.document_xml(hz.paragraphs_xml(paras),
                              prolog='<?xml version="1.0" encoding="UTF-16" standalone="yes"?>')
        paths.append(write(d, "utf16-%s.docx" % enc[-2:], hz.docx_bytes(bom + xml.encode(enc))))
    paths.append(write(d, "utf8-reference.docx", hz.simple_docx(paras)))
    return paths


def encrypted(d):
    return write(d, "encrypted.docx", hz.encrypted_docx_bytes())


def word97(d):
    data = hz.word97_doc_bytes()
    return [write(d, "memo-word97.doc", data), write(d, "memo-word97-renamed.docx", data)]


ALL = ["zero_byte", "text_as_docx", "zip_bomb_4g", "zip_bomb_lying", "zip_bomb_ratio",
       "zip_bomb_unread", "too_many_entries", "duplicate_entries", "overlapping_entries",
       "traversal", "billion_laughs", "deep_nesting", "huge_paragraph", "invalid_utf8",
       "encrypted", "word97"]


def main(argv):
    if len(argv) < 2:
        print("usage: gen_hostile.py OUTDIR [generator...]   (generators: %s)" % " ".join(ALL))
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for name in argv[2:] or ALL:
        res = globals()[name](out)
        print("\n".join(res) if isinstance(res, list) else res)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
