#!/usr/bin/env python3
"""make_samples.py - builds the sample memos in samples/ reproducibly (standard library only).

Each sample is a realistic Indonesian naskah dinas written the way Word writes it: a kop surat
(letterhead) in the page header or as the first table of the body, a logo image, runs split
mid-word with rsids, numbering, and here and there a tracked insertion, a footnote or a text box.
The memos and every name in them are fictional. Run:  python3 samples/make_samples.py [OUTDIR]
"""
import os
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'mc:Ignorable="wps"')
FIXED_TIME = (2024, 1, 15, 8, 0, 0)  # zip timestamps: reproducible output
RSIDS = ["00A41C2E", "00B7D3F1", "00C95E07", "01D2A4B8", "02E6F1C3"]


def png_logo():
    """A small 24x24 two-colour PNG (a shield-like block) so headers carry a real image."""
    rows = []
    for y in range(24):
        row = b"\x00"
        for x in range(24):
            inside = 3 <= x <= 20 and 2 <= y <= 21 and abs(x - 11.5) < 9 - max(0, y - 14)
            row += bytes((20, 60, 140) if inside else (255, 255, 255))
        rows.append(row)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 24, 24, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def runs(text, bold=False, size=None, split=True, seed=0):
    """Word-like runs: text split at a few places (mid-word too), each run with its rsid."""
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if size:
        rpr += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}<w:lang w:val=\"id-ID\"/></w:rPr>"
    pieces = [text]
    if split and len(text) > 12:
        cuts = sorted({(len(text) * k) // 5 + (seed % 3) for k in (1, 3)})
        pieces, last = [], 0
        for c in cuts:
            pieces.append(text[last:c])
            last = c
        pieces.append(text[last:])
    out = []
    for i, piece in enumerate(p for p in pieces if p):
        rsid = RSIDS[(seed + i) % len(RSIDS)]
        out.append(f'<w:r w:rsidRPr="{rsid}">{rpr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def para(text, align=None, bold=False, size=None, num=False, seed=0, extra=""):
    ppr = ""
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f'<w:p w:rsidR="{RSIDS[seed % 5]}">{ppr}{runs(text, bold, size, seed=seed)}{extra}</w:p>'


def logo_drawing(rid):
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="685800" cy="685800"/><wp:docPr id="1" name="Logo" descr="Logo Pemerintah Daerah"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="685800" cy="685800"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r>')


def kop_paragraphs(lines, with_logo):
    out = []
    for i, line in enumerate(lines):
        extra = logo_drawing("rIdLogo") if (with_logo and i == 0) else ""
        out.append(para(line, align="center", bold=i < 2, size=28 if i < 2 else 20, seed=i, extra=extra)
                   if not extra else
                   f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{extra}{runs(line, True, 28, seed=i)}</w:p>')
    out.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="double" w:sz="6" w:space="1" w:color="auto"/>'
               '</w:pBdr></w:pPr></w:p>')
    return "".join(out)


def kop_table(lines):
    cell = "".join(para(l, align="center", bold=i < 2, seed=i) for i, l in enumerate(lines))
    return ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/>'
            f'</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>{cell}</w:tc></w:tr></w:tbl>')


def body_xml(spec):
    parts = []
    if spec.get("kop_in_body"):
        parts.append(kop_table(spec["kop"]))
        parts.append("<w:p/>")
    for i, item in enumerate(spec["body"]):
        if isinstance(item, dict) and "ins" in item:
            before, inserted, after = item["ins"]
            parts.append(f'<w:p>{runs(before, split=False)}<w:ins w:id="90{i}" w:author="Sekretariat" '
                         f'w:date="2024-01-10T09:00:00Z">{runs(inserted, seed=i)}</w:ins>'
                         f'{runs(after, split=False)}</w:p>')
        elif isinstance(item, dict) and "footnote" in item:
            parts.append(f'<w:p>{runs(item["text"], seed=i)}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                         '</w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>')
        elif isinstance(item, dict) and "center" in item:
            parts.append(para(item["center"], align="center", bold=True, seed=i))
        elif isinstance(item, dict) and "item" in item:
            parts.append(para(item["item"], num=True, align="both", seed=i))
        else:
            parts.append(para(item, align="both", seed=i))
    sect = ('<w:sectPr>' + ('<w:headerReference w:type="default" r:id="rIdHeader1"/>' if not spec.get("kop_in_body") else "")
            + '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
            + "".join(parts) + sect + "</w:body></w:document>")


def header_xml(spec):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
            + kop_paragraphs(spec["kop"], with_logo=True) + "</w:hdr>")


def footnotes_xml(text):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
           '</w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{sep}'
            f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteRef/></w:r>{runs(" " + text, split=True)}</w:p></w:footnote></w:footnotes>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
          '<w:sz w:val="24"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '<w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>')

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def content_types(spec):
    over = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/>',
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.styles+xml"/>',
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.numbering+xml"/>',
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
            'package.core-properties+xml"/>',
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.extended-properties+xml"/>']
    if not spec.get("kop_in_body"):
        over.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.header+xml"/>')
    if spec.get("footnote"):
        over.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.footnotes+xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>' + "".join(over) + "</Types>")


def document_rels(spec):
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/>']
    if not spec.get("kop_in_body"):
        rels.append('<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/header" Target="header1.xml"/>')
    if spec.get("footnote"):
        rels.append('<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/footnotes" Target="footnotes.xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>")


HEADER_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/image" Target="media/logo.png"/></Relationships>')

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
             'metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'extended-properties" Target="docProps/app.xml"/></Relationships>')


def core_xml(spec):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(spec["title"])}</dc:title><dc:creator>{escape(spec["author"])}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')


def app_xml(spec):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>Microsoft Office Word</Application><Company>{escape(spec["company"])}</Company>'
            '</Properties>')


def write_docx(path, spec):
    entries = [("[Content_Types].xml", content_types(spec)), ("_rels/.rels", ROOT_RELS),
               ("word/document.xml", body_xml(spec)), ("word/_rels/document.xml.rels", document_rels(spec)),
               ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING),
               ("docProps/core.xml", core_xml(spec)), ("docProps/app.xml", app_xml(spec))]
    if not spec.get("kop_in_body"):
        entries += [("word/header1.xml", header_xml(spec)), ("word/_rels/header1.xml.rels", HEADER_RELS)]
    if spec.get("footnote"):
        entries.append(("word/footnotes.xml", footnotes_xml(spec["footnote"])))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, FIXED_TIME), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
        if not spec.get("kop_in_body"):
            z.writestr(zipfile.ZipInfo("word/media/logo.png", FIXED_TIME), png_logo(), zipfile.ZIP_STORED)
    os.replace(tmp, path)


SIGN = ["", "Ditetapkan di tempat pada tanggal surat ini.", "KEPALA,", "", "(tanda tangan)", "NIP. 19730512 199803 1 004"]

SAMPLES = {
    # Violations -------------------------------------------------------------------------------
    "se-dukungan-paslon.docx": dict(
        title="Surat Edaran Kepala Dinas", author="Sekretariat Dinas", company="Dinas Pendidikan Kabupaten Lembah Hijau",
        kop=["PEMERINTAH KABUPATEN LEMBAH HIJAU", "DINAS PENDIDIKAN",
             "Jalan Merdeka Nomor 14, Telepon (0751) 445566, Laman disdik.lembahhijau.go.id"],
        body=[{"center": "SURAT EDARAN"}, {"center": "Nomor 800/217/Disdik/2024"},
              "Yth. Kepala Sekolah dan seluruh Guru ASN di lingkungan Dinas Pendidikan Kabupaten Lembah Hijau.",
              "Dalam rangka menyongsong Pemilihan Bupati dan Wakil Bupati tahun 2024, dengan ini kami minta:",
              {"item": "seluruh ASN agar memberikan dukungan dan memenangkan pasangan calon Bupati nomor urut 2, "
                       "Bapak Hendra Wijaya dan Ibu Sri Lestari, pada hari pemungutan suara;"},
              {"item": "para guru wajib menghadiri kampanye akbar pasangan calon nomor urut 2 di Lapangan "
                       "Merdeka pada Sabtu, 16 November 2024 pukul 08.00 WIB dengan mengenakan kaos pasangan calon;"},
              {"item": "kepala sekolah mengajak orang tua murid untuk mencoblos nomor 2."},
              "Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab."] + SIGN),
    "nota-dinas-media-sosial.docx": dict(
        title="Nota Dinas", author="Subbag Umum", company="Badan Kepegawaian dan Pengembangan SDM Kota Tanjung Seri",
        kop=["PEMERINTAH KOTA TANJUNG SERI", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
             "Jl. Pahlawan No. 3, Tanjung Seri, Telp. (0761) 22114, bkpsdm.tanjungseri.go.id"],
        body=[{"center": "NOTA DINAS"}, "Kepada: Seluruh Pegawai BKPSDM",
              "Dari: Sekretaris BKPSDM", "Hal: Partisipasi di media sosial",
              "Sehubungan dengan masa kampanye Pemilihan Wali Kota, setiap pegawai diminta mengikuti akun Instagram "
              "@bersama.rudi.nurul, lalu menyukai, mengomentari dan membagikan setiap unggahan pasangan calon "
              "nomor urut 1 ke status WhatsApp masing-masing.",
              "Pegawai juga diharapkan memasang twibbon pasangan calon nomor urut 1 sebagai foto profil paling "
              "lambat tanggal 5 November 2024 dan bergabung dalam grup WhatsApp relawan.",
              "Atas perhatian Saudara diucapkan terima kasih."] + SIGN),
    "undangan-fasilitas-kantor.docx": dict(
        title="Undangan Rapat", author="Camat", company="Kecamatan Sukamaju",
        kop_in_body=True,
        kop=["PEMERINTAH KABUPATEN SUKAMAJU", "KECAMATAN BATU GADING",
             "Jalan Raya Batu Gading Km 3, Telepon (0721) 778899, Pos-el kec.batugading@sukamaju.go.id"],
        body=[{"center": "UNDANGAN"}, "Nomor 005/118/Kec-BG/2024",
              "Yth. Para Kepala Desa dan Staf Kecamatan Batu Gading",
              "Dengan hormat, kami mengundang Saudara hadir pada rapat koordinasi tim pemenangan calon Gubernur "
              "nomor urut 3 yang akan dilaksanakan di Aula Kantor Kecamatan Batu Gading pada jam kerja, Rabu, "
              "23 Oktober 2024 pukul 10.00 WIB.",
              "Kendaraan dinas kecamatan disiapkan untuk menjemput relawan, dan biaya konsumsi dibebankan pada "
              "anggaran kecamatan.",
              {"ins": ("Mohon setiap desa ", "mengirimkan sepuluh orang warga untuk mengikuti kampanye dialogis "
                       "pasangan calon tersebut", ".")},
              "Demikian undangan ini, atas kehadiran Saudara kami ucapkan terima kasih."] + SIGN),
    "pengumpulan-ktp.docx": dict(
        title="Pemberitahuan", author="Kepala Bagian Umum", company="Sekretariat Daerah Kabupaten Lembah Hijau",
        kop=["PEMERINTAH KABUPATEN LEMBAH HIJAU", "SEKRETARIAT DAERAH",
             "Jalan Sudirman Nomor 1, Telepon (0751) 441100, Laman setda.lembahhijau.go.id"],
        footnote="Uang transport sebesar Rp150.000 diberikan kepada pegawai yang menyerahkan fotokopi KTP "
                 "keluarganya sebagai dukungan bagi calon Bupati petahana.",
        body=[{"center": "PEMBERITAHUAN"}, "Kepada Yth. Seluruh Kepala Subbagian dan Staf Sekretariat Daerah",
              "Dalam rangka pendataan, setiap pegawai diminta mengumpulkan fotokopi KTP dan Kartu Keluarga "
              "seluruh anggota keluarga yang sudah memiliki hak pilih sebagai surat dukungan untuk calon Bupati "
              "nomor urut 1 paling lambat Jumat minggu ini.",
              {"footnote": True, "text": "Pegawai yang menyerahkan akan menerima paket sembako dan uang transport "
                                         "sesuai ketentuan pada catatan kaki."},
              "Demikian disampaikan untuk dilaksanakan."] + SIGN),
    # Compliant --------------------------------------------------------------------------------
    "se-netralitas-asn.docx": dict(
        title="Surat Edaran Netralitas ASN", author="BKPSDM", company="Pemerintah Kabupaten Lembah Hijau",
        kop=["PEMERINTAH KABUPATEN LEMBAH HIJAU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
             "Jalan Pemuda Nomor 7, Telepon (0751) 443322"],
        body=[{"center": "SURAT EDARAN"}, {"center": "Nomor 800/55/BKPSDM/2024"},
              {"center": "TENTANG NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN KEPALA DAERAH TAHUN 2024"},
              "Berdasarkan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara dan Peraturan "
              "Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, setiap ASN wajib menjaga "
              "netralitas. ASN dilarang:",
              {"item": "memberikan dukungan kepada calon Bupati dan Wakil Bupati atau mengajak memilih pasangan calon tertentu;"},
              {"item": "ikut kampanye, menghadiri deklarasi pasangan calon, atau memakai atribut partai politik;"},
              {"item": "menyukai, mengomentari, atau membagikan unggahan kampanye pasangan calon di media sosial;"},
              {"item": "menggunakan kendaraan dinas, gedung kantor, atau anggaran untuk kegiatan kampanye;"},
              {"item": "mengumpulkan fotokopi KTP sebagai dukungan bagi calon atau membagikan uang kepada pemilih."},
              "Pelanggaran atas ketentuan tersebut dikenai sanksi disiplin sesuai peraturan perundang-undangan. "
              "ASN tetap diimbau menggunakan hak pilihnya di TPS pada 27 November 2024."] + SIGN),
    "pengumuman-libur-pemungutan-suara.docx": dict(
        title="Pengumuman", author="Bagian Umum", company="Dinas Kesehatan Kota Tanjung Seri",
        kop=["PEMERINTAH KOTA TANJUNG SERI", "DINAS KESEHATAN", "Jl. Kesehatan No. 2, Telp. (0761) 20011"],
        body=[{"center": "PENGUMUMAN"}, "Sehubungan dengan penetapan hari pemungutan suara Pemilihan Wali Kota "
              "dan Wakil Wali Kota sebagai hari libur nasional, pelayanan administrasi ditutup pada Rabu, "
              "27 November 2024.",
              "Pegawai yang ditugaskan sebagai anggota KPPS atau PPK diberikan dispensasi dan diminta melapor "
              "kepada atasan langsung. Seluruh pegawai diimbau menggunakan hak pilih di TPS masing-masing.",
              "Pelayanan gawat darurat puskesmas tetap buka 24 jam."] + SIGN),
    "kampanye-imunisasi.docx": dict(
        title="Surat Edaran Kampanye Imunisasi", author="Bidang P2P", company="Dinas Kesehatan Kabupaten Sukamaju",
        kop=["PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KESEHATAN", "Jalan Veteran 12, Telepon (0721) 771234"],
        body=[{"center": "SURAT EDARAN"}, "Dalam rangka kampanye imunisasi campak dan polio, seluruh puskesmas "
              "diminta mendukung pelaksanaan kegiatan dengan membentuk tim sukses program vaksinasi di setiap desa.",
              "Kepala puskesmas diharapkan membagikan poster kampanye imunisasi melalui media sosial resmi puskesmas "
              "dan memasang spanduk di balai desa. Dukungan anggaran disediakan melalui dana BOK.",
              "Calon peserta pelatihan kader imunisasi agar mendaftar paling lambat 30 Oktober 2024."] + SIGN),
    "laporan-dugaan-pelanggaran.docx": dict(
        title="Laporan Hasil Pemeriksaan", author="Inspektorat", company="Inspektorat Kabupaten Lembah Hijau",
        kop=["PEMERINTAH KABUPATEN LEMBAH HIJAU", "INSPEKTORAT DAERAH", "Jalan Diponegoro 9, Telepon (0751) 440099"],
        body=[{"center": "LAPORAN HASIL KLARIFIKASI"}, "Berdasarkan penerusan laporan dari Bawaslu Kabupaten, "
              "terlapor saudara AS, ASN pada Dinas Perhubungan, diduga mengunggah ajakan \u201cAyo coblos nomor 2, "
              "dukung Hendra–Sri!\u201d di akun Facebook pribadinya dan diduga menggunakan mobil dinas untuk "
              "mengangkut atribut kampanye.",
              "Hasil klarifikasi: terlapor mengakui unggahan tersebut. Inspektorat merekomendasikan penjatuhan "
              "hukuman disiplin sedang sesuai Peraturan Pemerintah Nomor 94 Tahun 2021."] + SIGN),
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, spec in SAMPLES.items():
        write_docx(os.path.join(out, name), spec)
    print(f"{len(SAMPLES)} samples written to {out}")


if __name__ == "__main__":
    main()
