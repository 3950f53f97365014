#!/usr/bin/env python3
"""gen_archive.py - a reproducible archive of Word-like Indonesian memos for the batch benchmark.

Each memo is what Word writes: [Content_Types].xml, relationships, styles, settings, font table,
theme, numbering, core/app properties, a header with the kop surat and a logo, a footer, and a body
of 25-70 paragraphs whose text is split into runs with rsids, with a table now and then. About one
in eight memos carries a breach of neutrality (a call to vote, a campaign event, a twibbon, ...).
The same seed always gives byte-identical files (fixed timestamps, seeded choices).

Usage: gen_archive.py OUTDIR [--docs 5000] [--seed 2024]
"""
import argparse
import os
import random
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

FIXED = (2024, 2, 1, 7, 30, 0)
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

INSTANSI = ["DINAS PENDIDIKAN", "DINAS KESEHATAN", "BADAN KEPEGAWAIAN DAERAH", "DINAS PERHUBUNGAN",
            "SEKRETARIAT DAERAH", "DINAS SOSIAL", "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
            "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KECAMATAN SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA"]
DAERAH = ["KABUPATEN SUNGAI PINANG", "KOTA BUKIT ASRI", "KABUPATEN LEMBAH HIJAU", "KOTA TELUK BIRU"]
TOPIK = ["rapat koordinasi penyusunan anggaran tahun 2025", "pelaksanaan apel pagi gabungan",
         "penyampaian laporan kinerja triwulan", "pemeliharaan kendaraan dinas operasional",
         "pengisian sasaran kinerja pegawai", "sosialisasi aplikasi kepegawaian daring",
         "kegiatan bakti sosial hari jadi daerah", "pengamanan aset dan barang milik daerah",
         "pelatihan penyusunan naskah dinas", "penertiban kehadiran dan jam kerja pegawai"]
KALIMAT = [
    "Sehubungan dengan {t}, bersama ini kami sampaikan hal-hal sebagai berikut.",
    "Kegiatan dilaksanakan di Aula Kantor pada pukul 08.00 WIB sampai dengan selesai.",
    "Setiap kepala bidang diminta menugaskan paling sedikit dua orang staf untuk hadir tepat waktu.",
    "Bahan paparan agar disampaikan kepada Sekretariat paling lambat tiga hari kerja sebelumnya.",
    "Pegawai yang berhalangan hadir wajib menyampaikan pemberitahuan tertulis kepada atasan langsung.",
    "Biaya kegiatan dibebankan pada Dokumen Pelaksanaan Anggaran tahun berjalan sesuai ketentuan.",
    "Laporan hasil kegiatan disusun oleh panitia dan disampaikan kepada pimpinan secara berjenjang.",
    "Dalam rangka tertib administrasi, seluruh surat masuk dicatat dalam agenda elektronik.",
    "Pakaian yang dikenakan adalah pakaian dinas harian sesuai peraturan yang berlaku.",
    "Demikian disampaikan untuk menjadi perhatian dan dilaksanakan dengan penuh tanggung jawab.",
    "Pemutakhiran data pegawai dilakukan melalui aplikasi kepegawaian paling lambat akhir bulan.",
    "Penggunaan ruang rapat dijadwalkan melalui bagian umum untuk menghindari bentrokan kegiatan.",
    "Kendaraan dinas hanya digunakan untuk kepentingan kedinasan dan wajib kembali ke garasi kantor.",
    "ASN wajib menjaga netralitas dan dilarang ikut kampanye atau memberikan dukungan kepada calon.",
    "Pada hari pemungutan suara, pegawai diberikan kesempatan menggunakan hak pilihnya di TPS.",
]
PELANGGARAN = [
    "Seluruh pegawai diminta memberikan dukungan dan memenangkan pasangan calon Bupati nomor urut 2.",
    "Staf diwajibkan menghadiri kampanye akbar pasangan calon nomor urut 1 dengan mengenakan kaos calon.",
    "Setiap ASN agar memasang twibbon pasangan calon nomor urut 3 sebagai foto profil media sosial.",
    "Mohon seluruh pegawai mengumpulkan fotokopi KTP keluarga sebagai surat dukungan untuk calon Gubernur.",
    "Kendaraan dinas dan Aula Kantor disiapkan untuk kegiatan tim pemenangan calon Wali Kota nomor urut 1.",
    "Ajak keluarga dan tetangga untuk mencoblos nomor 2 pada hari pemungutan suara demi kelanjutan program.",
    "Pegawai diminta menyukai dan membagikan setiap unggahan kampanye pasangan calon nomor urut 1.",
    "Uang transport Rp100.000 diberikan kepada pegawai yang hadir pada deklarasi relawan calon Bupati.",
]
RSIDS = ["00A41C2E", "00B7D3F1", "00C95E07", "01D2A4B8", "02E6F1C3", "03F0A9D4", "04A1B2C3"]


def png_logo():
    raw = b"".join(b"\x00" + b"".join(bytes((20, 60, 140)) if 4 <= x <= 27 and 3 <= y <= 28
                                      else bytes((255, 255, 255)) for x in range(32)) for y in range(32))

    def chunk(k, d):
        return struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


LOGO = png_logo()


def runs(rng, text, bold=False):
    rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>' + ("<w:b/>" if bold else "")
           + '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID"/></w:rPr>')
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 4)))) if len(text) > 8 else []
    out, last = [], 0
    for c in cuts + [len(text)]:
        piece = text[last:c]
        last = c
        if piece:
            out.append(f'<w:r w:rsidRPr="{rng.choice(RSIDS)}">{rpr}<w:t xml:space="preserve">'
                       f'{escape(piece)}</w:t></w:r>')
    return "".join(out)


def para(rng, text, align=None, bold=False, num=False):
    ppr = '<w:pStyle w:val="Normal"/>'
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    ppr += '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return (f'<w:p w:rsidR="{rng.choice(RSIDS)}" w:rsidRDefault="{rng.choice(RSIDS)}" '
            f'w14:paraId="{rng.getrandbits(31):08X}"><w:pPr>{ppr}</w:pPr>{runs(rng, text, bold)}</w:p>')


def table(rng, rows):
    cells = lambda r: "".join(  # noqa: E731
        f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{para(rng, c)}</w:tc>' for c in r)
    body = "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
            f"{body}</w:tbl>")


def body(rng, i, violating):
    inst, daerah, topik = rng.choice(INSTANSI), rng.choice(DAERAH), rng.choice(TOPIK)
    ps = [para(rng, f"Nomor: 800/{i:05d}/{rng.randint(1, 12):02d}/2024", "left"),
          para(rng, "Sifat: Penting"), para(rng, f"Perihal: {topik.capitalize()}", bold=True), para(rng, ""),
          para(rng, f"Yth. Seluruh Pegawai {inst.title()}"), para(rng, f"di {daerah.title()}"), para(rng, "")]
    n = rng.randint(25, 70)
    bad_at = rng.randrange(8, n) if violating else -1
    for k in range(n):
        if k == bad_at:
            ps.append(para(rng, rng.choice(PELANGGARAN), num=rng.random() < 0.5))
        elif rng.random() < 0.06:
            ps.append(table(rng, [["No", "Uraian", "Keterangan"]] +
                            [[str(j + 1), rng.choice(TOPIK), rng.choice(["Selesai", "Proses", "-"])] for j in range(3)]))
        else:
            ps.append(para(rng, rng.choice(KALIMAT).format(t=topik), "both", num=rng.random() < 0.2))
    ps += [para(rng, ""), para(rng, f"Kepala {inst.title()}", "right"), para(rng, "ttd", "right"),
           para(rng, f"Drs. Nama Pejabat {i % 97}, M.Si.", "right", bold=True)]
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(ps) + sect + "</w:body></w:document>"), inst, daerah


def header(rng, inst, daerah):
    drawing = ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="720000" '
               'cy="720000"/><wp:docPr id="1" name="Logo" descr="Logo Pemerintah Daerah"/><a:graphic><a:graphicData '
               'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr '
               'id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/>'
               '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="720000"/></a:xfrm>'
               '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>'
               '</w:drawing></w:r>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{drawing}</w:p>'
            + para(rng, f"PEMERINTAH {daerah}", "center", True) + para(rng, inst, "center", True)
            + para(rng, "Jalan Merdeka Nomor 1, Telepon (0711) 123456, Kode Pos 30111", "center")
            + "</w:hdr>")


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ' + W + '>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
          '<w:lang w:val="id-ID"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr>'
          '</w:pPrDefault></w:docDefaults>'
          + "".join(f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{s}"/><w:basedOn w:val="Normal"/>'
                    f'<w:qFormat/><w:rPr><w:b/><w:sz w:val="{28 - 2 * k}"/></w:rPr></w:style>'
                    for k, s in enumerate(["Heading1", "Heading2", "Heading3", "Title", "Subtitle"]))
          + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + '</w:tblBorders></w:tblPr></w:style></w:styles>')
SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ' + W + '><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:rsids>'
            + "".join(f'<w:rsid w:val="{r}"/>' for r in RSIDS) + '</w:rsids><w:lang w:val="id-ID"/></w:settings>')
FONTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ' + W + '>'
         + "".join(f'<w:font w:name="{f}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
                   '</w:font>' for f in ("Calibri", "Arial", "Times New Roman", "Bookman Old Style")) + '</w:fonts>')
NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ' + W + '><w:abstractNum '
             'w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText '
             'w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
             'w:val="0"/></w:num></w:numbering>')
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.'
         'org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
         + "".join(f'<a:{c}><a:srgbClr val="{v}"/></a:{c}>' for c, v in
                   (("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"),
                    ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"),
                    ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")))
         + '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"/>'
         '</a:themeElements></a:theme>')
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" '
      'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
      'ContentType="application/xml"/>'
      + "".join(f'<Override PartName="/{p}" ContentType="application/vnd.openxmlformats-officedocument.{t}+xml"/>'
                for p, t in (("word/document.xml", "wordprocessingml.document.main"),
                             ("word/styles.xml", "wordprocessingml.styles"),
                             ("word/settings.xml", "wordprocessingml.settings"),
                             ("word/fontTable.xml", "wordprocessingml.fontTable"),
                             ("word/numbering.xml", "wordprocessingml.numbering"),
                             ("word/header1.xml", "wordprocessingml.header"),
                             ("word/footer1.xml", "wordprocessingml.footer"),
                             ("word/theme/theme1.xml", "theme"), ("docProps/app.xml", "extended-properties")))
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
             f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/>'
             f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
            + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{g}"/>' for i, t, g in
                      (("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                       ("rId3", "fontTable", "fontTable.xml"), ("rId4", "numbering", "numbering.xml"),
                       ("rId5", "theme", "theme/theme1.xml"), ("rId8", "header", "header1.xml"),
                       ("rId9", "footer", "footer1.xml"))) + '</Relationships>')
HDR_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/image" Target="media/image1.png"/></Relationships>')


def memo_parts(rng, i, violating):
    doc, inst, daerah = body(rng, i, violating)
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
              + para(rng, "Dokumen ini ditandatangani secara elektronik.", "center") + '</w:ftr>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>Surat Edaran {i}</dc:title><dc:creator>Sekretariat</dc:creator><cp:lastModifiedBy>Admin'
            '</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-01T07:30:00Z</dcterms:created>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.'
           f'org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>'
           f'{escape(inst.title())}</Company></Properties>')
    return [("[Content_Types].xml", CT), ("_rels/.rels", ROOT_RELS), ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
            ("word/fontTable.xml", FONTS), ("word/numbering.xml", NUMBERING), ("word/theme/theme1.xml", THEME),
            ("word/header1.xml", header(rng, inst, daerah)), ("word/_rels/header1.xml.rels", HDR_RELS),
            ("word/footer1.xml", footer), ("word/media/image1.png", LOGO), ("docProps/core.xml", core),
            ("docProps/app.xml", app)]


def generate(outdir, docs, seed):
    """Writes docs memos under outdir/YYYY/MM/; returns the number of violating ones."""
    rng = random.Random(seed)
    bad = 0
    for i in range(docs):
        violating = rng.random() < 0.125
        bad += violating
        d = os.path.join(outdir, "2024", f"{i % 12 + 1:02d}")
        os.makedirs(d, exist_ok=True)
        with zipfile.ZipFile(os.path.join(d, f"memo-{i:05d}.docx"), "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in memo_parts(rng, i, violating):
                info = zipfile.ZipInfo(name, FIXED)
                info.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
                z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    bad = generate(a.outdir, a.docs, a.seed)
    print(f"{a.docs} memos in {a.outdir} ({bad} violating)")


if __name__ == "__main__":
    main()
