#!/usr/bin/env python3
"""gen_memos.py - writes a reproducible archive of Word-like Indonesian memos for the reader benchmark.

Every file is a real DOCX as Word writes it: runs split mid-word with rsid attributes and
proofing marks, bookmarks, a numbered list, a table, a header letterhead (logo drawing, ruled
line), a footer with a PAGE field, styles/settings/fonts/theme parts, core and app properties.
Same seed and count -> byte-identical files (fixed timestamps, fixed entry order).

usage: gen_memos.py OUTDIR [--count 3000] [--seed 2024]
"""
import argparse
import os
import random
import zipfile

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')

WORDS = ("dalam rangka pelaksanaan pemilihan umum tahun 2024 bersama ini kami sampaikan kepada seluruh "
         "aparatur sipil negara di lingkungan pemerintah kabupaten agar menjaga netralitas tidak terlibat "
         "kegiatan kampanye menggunakan fasilitas negara untuk kepentingan peserta pemilu serta melaporkan "
         "setiap dugaan pelanggaran kepada atasan langsung dan badan pengawas pemilihan umum setempat "
         "demikian surat edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab kepala dinas "
         "pendidikan kesehatan perhubungan sekretaris daerah camat lurah kepala sekolah guru tenaga "
         "kependidikan pegawai honorer kendaraan dinas gedung kantor anggaran jam kerja rapat koordinasi "
         "tempat pemungutan suara hak pilih cuti bersama libur nasional sosialisasi peraturan pemerintah "
         "nomor tentang disiplin pegawai negeri sipil pembinaan jiwa korps kode etik").split()

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>"""

HEADER_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"""


def rsid(rng):
    return "%08X" % rng.getrandbits(32)


def runs(rng, text, rsids):
    """Split text into 1..6 runs at arbitrary byte positions (mid-word), as editing history does."""
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 5)))) if len(text) > 1 else []
    out, prev = [], 0
    for c in cuts + [len(text)]:
        piece = text[prev:c]
        prev = c
        rpr = ""
        roll = rng.random()
        if roll < 0.2:
            rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>'
        elif roll < 0.5:
            rpr = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID"/></w:rPr>'
        space = ' xml:space="preserve"' if piece != piece.strip() else ""
        piece = piece.replace("&", "&amp;").replace("<", "&lt;")
        if rng.random() < 0.1:
            out.append('<w:proofErr w:type="spellStart"/>')
        out.append('<w:r w:rsidR="%s" w:rsidRPr="%s">%s<w:t%s>%s</w:t></w:r>' % (rng.choice(rsids), rng.choice(rsids), rpr, space, piece))
    return "".join(out)


def sentence(rng, lo=6, hi=24):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def para(rng, rsids, text, ppr=""):
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w14:paraId="%s" w14:textId="77777777">%s%s</w:p>' % (
        rng.choice(rsids), rng.choice(rsids), rsid(rng), ppr, runs(rng, text, rsids))


def document(rng, n):
    rsids = [rsid(rng) for _ in range(8)]
    body = []
    body.append(para(rng, rsids, "SURAT EDARAN", '<w:pPr><w:pStyle w:val="Title"/><w:jc w:val="center"/></w:pPr>'))
    body.append(para(rng, rsids, "Nomor: 800/%d/BKPSDM/2024" % n, '<w:pPr><w:jc w:val="center"/></w:pPr>'))
    body.append('<w:p/>')
    body.append(para(rng, rsids, "Yth. Seluruh Kepala Perangkat Daerah"))
    body.append('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
    for _ in range(rng.randint(8, 20)):
        body.append(para(rng, rsids, " ".join(sentence(rng) for _ in range(rng.randint(1, 4))),
                         '<w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>'))
    for i in range(rng.randint(3, 7)):
        body.append(para(rng, rsids, sentence(rng, 4, 14),
                         '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'))
    rows = []
    for r in range(rng.randint(2, 5)):
        cells = []
        for c in range(3):
            cells.append('<w:tc><w:tcPr><w:tcW w:w="3005" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(rng, rsids, sentence(rng, 1, 5)))
        rows.append('<w:tr w:rsidR="%s">%s</w:tr>' % (rng.choice(rsids), "".join(cells)))
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="3005"/><w:gridCol w:w="3005"/><w:gridCol w:w="3006"/></w:tblGrid>%s</w:tbl>' % "".join(rows))
    body.append(para(rng, rsids, "Demikian untuk menjadi perhatian dan dilaksanakan."))
    body.append(para(rng, rsids, "Kepala Badan Kepegawaian", '<w:pPr><w:ind w:left="5040"/></w:pPr>'))
    body.append('<w:sectPr w:rsidR="%s"><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % rng.choice(rsids))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))


def header(rng):
    rsids = [rsid(rng) for _ in range(3)]
    logo = ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="720000" cy="720000"/>'
            '<wp:docPr id="1" name="Gambar 1" descr="Logo Pemerintah Kabupaten"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/>'
            '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="720000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    lines = ["PEMERINTAH KABUPATEN %s" % rng.choice(["SUNGAI PINANG", "BATU MERAH", "TELUK INDAH"]),
             "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
             "Jalan Merdeka Nomor %d Telepon (0711) %d" % (rng.randint(1, 200), rng.randint(300000, 399999))]
    ps = ['<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s%s</w:p>' % (logo, runs(rng, lines[0], rsids))]
    ps.append(para(rng, rsids, lines[1], '<w:pPr><w:jc w:val="center"/></w:pPr>'))
    ps.append(para(rng, rsids, lines[2], '<w:pPr><w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>'))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W, "".join(ps))


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
          '<w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % W


def styles(rng):
    st = []
    for i in range(60):
        st.append('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Gaya%d"><w:name w:val="Gaya %d"/><w:basedOn w:val="Normal"/>'
                  '<w:qFormat/><w:pPr><w:spacing w:after="%d" w:line="276" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
                  '<w:sz w:val="%d"/></w:rPr></w:style>' % (i, i, rng.randint(0, 240), rng.choice([20, 22, 24])))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="id-ID"/></w:rPr>'
            '</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>%s</w:styles>') % (W, "".join(st))


SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>') % W
FONTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts %s><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/></w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/></w:font><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/></w:font></w:fonts>') % W
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme>'
         '</a:themeElements></a:theme>')


def core(rng, n):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Surat Edaran %d</dc:title><dc:creator>Pegawai %d</dc:creator><cp:lastModifiedBy>Operator</cp:lastModifiedBy>'
            '<cp:revision>%d</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created></cp:coreProperties>') % (n, rng.randint(1, 500), rng.randint(1, 30))


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><Company>Pemerintah Kabupaten</Company></Properties>')


def write_memo(path, rng, n):
    logo = bytes(rng.getrandbits(8) for _ in range(600))
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document(rng, n)), ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/header1.xml", header(rng)), ("word/_rels/header1.xml.rels", HEADER_RELS),
        ("word/footer1.xml", FOOTER), ("word/styles.xml", styles(rng)), ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS), ("word/theme/theme1.xml", THEME), ("word/media/image1.png", logo),
        ("docProps/core.xml", core(rng, n)), ("docProps/app.xml", APP),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    for n in range(a.count):
        rng = random.Random(a.seed * 1000003 + n)  # per file: any file can be regenerated alone
        sub = os.path.join(a.outdir, "%02d" % (n % 30))
        os.makedirs(sub, exist_ok=True)
        write_memo(os.path.join(sub, "memo-%05d.docx" % n), rng, n)
    print("wrote %d memos to %s" % (a.count, a.outdir))


if __name__ == "__main__":
    main()
