"""hostile_zip.py - byte-level builders for hostile inputs: a raw ZIP writer that can lie, streamed
deflate bombs, minimal DOCX packages and OLE2 compound files (Python standard library only)."""

import struct
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_DOC = R_NS + "/officeDocument"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# ---- CRC-32 of long runs without touching every byte (zlib's crc32_combine, in Python) ----------


def _gf2_times(mat, vec):
    out, i = 0, 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec >>= 1
        i += 1
    return out


def _gf2_square(mat):
    return [_gf2_times(mat, mat[n]) for n in range(32)]


def crc32_combine(crc1, crc2, len2):
    """CRC of A+B from crc(A), crc(B) and len(B) - as zlib's crc32_combine."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def crc32_repeat(chunk, times):
    """CRC of chunk * times in O(log times) combines."""
    crc, have = 0, 0
    unit, unit_len = zlib.crc32(chunk), len(chunk)
    n = times
    while n:
        if n & 1:
            crc = crc32_combine(crc, unit, unit_len) if have else unit
            have = 1
        unit = crc32_combine(unit, unit, unit_len)
        unit_len *= 2
        n >>= 1
    return crc


def deflate_repeat(prefix, chunk, times, suffix=b""):
    """Raw deflate of prefix + chunk*times + suffix, built without inflating the whole thing: after
    a full flush the compressor has no history, so every further copy of chunk compresses to the
    same bytes and is simply repeated. Returns (compressed, crc32, size)."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    first = co.compress(prefix + chunk) + co.flush(zlib.Z_FULL_FLUSH)
    body = b""
    if times > 1:
        second = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
        third = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
        assert second == third, "deflate output of a repeated block after a full flush must repeat"
        body = second * (times - 1)
    tail = co.compress(suffix) + co.flush(zlib.Z_FINISH)
    size = len(prefix) + len(chunk) * times + len(suffix)
    crc = zlib.crc32(prefix)
    crc = crc32_combine(crc, crc32_repeat(chunk, times), len(chunk) * times)
    crc = crc32_combine(crc, zlib.crc32(suffix), len(suffix))
    return first + body + tail, crc, size


def deflate(data, level=6):
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


# ---- A ZIP writer that writes exactly what it is told (including lies) ------------------------


class RawZip:
    """Entries are appended in order; sizes in the headers may be overridden to lie."""

    def __init__(self):
        self.out = bytearray()
        self.central = []

    def add_compressed(self, name, comp, crc, size, method=8, declared_size=None,
                       declared_comp=None, flags=0):
        raw_name = name.encode("utf-8") if isinstance(name, str) else name
        dsize = size if declared_size is None else declared_size
        dcomp = len(comp) if declared_comp is None else declared_comp
        offset = len(self.out)
        self.out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21,
                                crc, dcomp, dsize, len(raw_name), 0)
        self.out += raw_name + comp
        self.central.append((raw_name, method, crc, dcomp, dsize, offset, flags))
        return offset

    def add(self, name, data, method=8):
        if isinstance(data, str):
            data = data.encode("utf-8")
        comp = deflate(data) if method == 8 else data
        return self.add_compressed(name, comp, zlib.crc32(data), len(data), method)

    def alias(self, name, offset, like):
        """A central-directory entry named `name` whose data is the local entry at `offset`
        (entries overlap: one compressed body, several names)."""
        _, method, crc, dcomp, dsize, _, flags = like
        self.central.append((name.encode("utf-8"), method, crc, dcomp, dsize, offset, flags))

    def finish(self):
        cd_start = len(self.out)
        for raw_name, method, crc, comp, size, offset, flags in self.central:
            self.out += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21,
                                    crc, comp, size, len(raw_name), 0, 0, 0, 0, 0, offset)
            self.out += raw_name
        cd_len = len(self.out) - cd_start
        n = len(self.central)
        self.out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, cd_len, cd_start, 0)
        return bytes(self.out)


# ---- Minimal DOCX packages --------------------------------------------------------------------


def content_types(extra_overrides=()):
    overrides = "".join('<Override PartName="/%s" ContentType="%s"/>' % (p, t)
                        for p, t in extra_overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="%s"/>%s</Types>' % (MAIN_CT, overrides))


def root_rels(main="word/document.xml"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s" Target="%s"/></Relationships>' % (REL_DOC, main))


def doc_rels(rels):
    """rels: list of (id, type-suffix, target)."""
    body = "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, R_NS, t, tgt)
                   for i, t, tgt in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + body + '</Relationships>')


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraphs_xml(paras):
    return "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_escape(p)
                   for p in paras)


def document_xml(body_inner, prolog='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'):
    return '%s<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s</w:body></w:document>' % (
        prolog, W_NS, R_NS, body_inner)


def docx_bytes(document, extra=(), overrides=(), rels=None):
    """A minimal DOCX: document is the bytes/str of word/document.xml; extra: (name, data)."""
    z = RawZip()
    z.add("[Content_Types].xml", content_types(overrides))
    z.add("_rels/.rels", root_rels())
    z.add("word/document.xml", document)
    if rels:
        z.add("word/_rels/document.xml.rels", doc_rels(rels))
    for name, data in extra:
        z.add(name, data)
    return z.finish()


def simple_docx(paras):
    return docx_bytes(document_xml(paragraphs_xml(paras)))


# ---- OLE2 compound files (encrypted OOXML, Word 97 .doc) ---------------------------------------

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name, kind, start, size, child=NOSTREAM, right=NOSTREAM):
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    entry = raw.ljust(64, b"\0")
    entry += struct.pack("<HBBIII", len(raw), kind, 1, NOSTREAM, right, child)
    entry += b"\0" * 16 + b"\0" * 4 + b"\0" * 16
    entry += struct.pack("<IQ", start, size)
    assert len(entry) == 128
    return entry


def cfb_bytes(streams):
    """A valid version-3 compound file holding the given (name, data) streams, each padded to at
    least 4096 bytes so they live in regular sectors (no mini stream needed)."""
    streams = [(n, d.ljust(4096, b"\0")) for n, d in streams]
    assert len(streams) <= 3
    fat = [FATSECT, ENDOFCHAIN]
    data = b""
    entries = []
    next_sector = 2
    for i, (name, payload) in enumerate(streams):
        nsec = (len(payload) + 511) // 512
        chain = list(range(next_sector + 1, next_sector + nsec)) + [ENDOFCHAIN]
        fat += chain
        right = i + 2 if i + 1 < len(streams) else NOSTREAM
        entries.append(_dir_entry(name, 2, next_sector, len(payload), right=right))
        data += payload.ljust(nsec * 512, b"\0")
        next_sector += nsec
    assert len(fat) <= 128
    fat_sector = b"".join(struct.pack("<I", v) for v in fat + [FREESECT] * (128 - len(fat)))
    root = _dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=1)
    directory = (root + b"".join(entries)).ljust(512, b"\0")
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16,
                         0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 4096, ENDOFCHAIN, 0,
                         ENDOFCHAIN, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREESECT) * 108
    assert len(header) == 512
    return header + fat_sector + directory + data


def encrypted_docx_bytes():
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version=\"1.0\"?><encryption/>"
    return cfb_bytes([("EncryptionInfo", info), ("EncryptedPackage", b"\x00" * 8 + bytes(range(256)) * 20)])


def word97_doc_bytes():
    fib = struct.pack("<HH", 0xA5EC, 0xC1) + b"\0" * 1020
    return cfb_bytes([("WordDocument", fib), ("1Table", b"\0" * 4096)])
