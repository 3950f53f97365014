/* test_document.c - the document model: parts loaded through relationships in the agreed order,
 * letterhead facts, resolved hyperlinks, the `netral text` view, and errors from any part. */
#include "document.h"
#include "tap.h"
#include "../fixtures/reader/zipfix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CT_PART(part, kind)                                                                        \
    "<Override PartName=\"/" part                                                                  \
    "\" ContentType=\"application/vnd.openxmlformats-officedocument." kind "\"/>"

static const char *MEMO = BODY(
    "<w:p><w:r><w:t>PEMERINTAH KABUPATEN SUNGAI PINANG</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\"/></w:pBdr></w:pPr><w:r><w:t>DINAS "
    "PENDIDIKAN</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Nomor: 800/123/2024</w:t></w:r></w:p>"
    "<w:p/>"
    "<w:p><w:r><w:t xml:space=\"preserve\">Lihat </w:t></w:r><w:hyperlink "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId9\">"
    "<w:r><w:t>situs</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>");

static nt_doc *load_zip(const zentry *e, size_t n, unsigned flags, int *rc, nt_err *err) {
    size_t len;
    unsigned char *zip = zip_build(e, n, &len);
    nt_package *pkg;
    nt_doc *doc = NULL;
    memset(err, 0, sizeof *err);
    *rc = zip ? nt_package_open_mem(zip, len, NULL, &pkg, err) : -1;
    if (!*rc) *rc = nt_doc_load(pkg, NULL, flags, &doc, err);
    free(zip);
    return doc;
}

static void test_full_memo(void) {
    char *header = fixture("header_kop.xml", NULL);
    if (!header) {
        CHECK(header != NULL);
        return;
    }
    zentry e[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels",
         RELS_HEAD REL("rId1", "officeDocument",
                       "word/document.xml") "<Relationship Id=\"rId2\" "
                                            "Type=\"http://schemas.openxmlformats.org/package/2006/"
                                            "relationships/metadata/core-properties\" "
                                            "Target=\"docProps/core.xml\"/>" REL(
                                                "rId3", "extended-properties", "docProps/app.xml")
                                                RELS_TAIL,
         0},
        /* relationship order is not load order: comments are listed first here */
        {"word/_rels/document.xml.rels",
         RELS_HEAD REL("rId5", "comments", "comments.xml") REL("rId2", "footer", "footer1.xml")
             REL("rId1", "header", "header1.xml")
                 REL("rId8", "header", "header9.xml") /* missing: skipped */
         REL("rId3", "footnotes", "footnotes.xml") REL(
             "rId4", "endnotes", "endnotes.xml") "<Relationship Id=\"rId9\" "
                                                 "Type=\"http://schemas.openxmlformats.org/"
                                                 "officeDocument/2006/relationships/hyperlink\" "
                                                 "Target=\"https://contoh.id/paslon\" "
                                                 "TargetMode=\"External\"/>" RELS_TAIL,
         0},
        {"word/document.xml", MEMO, 0},
        {"word/header1.xml", header, 0},
        {"word/footer1.xml", "<w:ftr " W_NS "><w:p><w:r><w:t>Halaman 1</w:t></w:r></w:p></w:ftr>",
         0},
        {"word/footnotes.xml",
         "<w:footnotes " W_NS "><w:footnote w:type=\"separator\" "
         "w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
         "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Catatan "
         "kaki</w:t></w:r></w:p></w:footnote></w:footnotes>",
         0},
        {"word/endnotes.xml",
         "<w:endnotes " W_NS "><w:endnote w:id=\"1\"><w:p><w:r><w:t>Catatan "
         "akhir</w:t></w:r></w:p></w:endnote></w:endnotes>",
         0},
        {"word/comments.xml",
         "<w:comments " W_NS "><w:comment w:id=\"0\" "
         "w:author=\"A\"><w:p><w:r><w:t>Periksa</w:t></w:r></w:p></w:comment></w:comments>",
         0},
        {"docProps/core.xml",
         "<?xml version=\"1.0\"?><cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Surat "
         "Edaran</dc:title><dc:subject>Netralitas</dc:subject>"
         "<dc:creator>Budi</dc:creator><cp:lastModifiedBy>Sari</cp:lastModifiedBy></"
         "cp:coreProperties>",
         0},
        {"docProps/app.xml",
         "<Properties "
         "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Company>Pemkab Sungai Pinang</Company></Properties>",
         0},
    };
    int rc;
    nt_err err;
    nt_doc *doc = load_zip(e, sizeof e / sizeof e[0], NT_DOC_KEEP_XML, &rc, &err);
    CHECK_INT(rc, NETRAL_OK);
    if (!doc) {
        printf("# %s\n", err.msg);
        free(header);
        return;
    }
    /* main first, then headers, footers, footnotes, endnotes, comments */
    CHECK_INT(doc->nparts, 6);
    static const char *names[] = {"word/document.xml",  "word/header1.xml",  "word/footer1.xml",
                                  "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"};
    static const nt_part_kind kinds[] = {NT_PART_BODY,      NT_PART_HEADER,   NT_PART_FOOTER,
                                         NT_PART_FOOTNOTES, NT_PART_ENDNOTES, NT_PART_COMMENTS};
    for (size_t i = 0; i < doc->nparts && i < 6; i++) {
        CHECK_STR(doc->parts[i].name, names[i]);
        CHECK_INT(doc->parts[i].kind, kinds[i]);
    }
    if (doc->nparts == 6) {
        CHECK_INT(doc->parts[5].paras[0].where, NT_WHERE_COMMENT);
        CHECK_INT(doc->parts[5].paras[0].in_body_flow, 0);
        CHECK_INT(doc->parts[3].paras[1].where, NT_WHERE_FOOTNOTE);
        CHECK_INT(doc->parts[4].paras[0].where, NT_WHERE_ENDNOTE);
        CHECK_INT(doc->parts[2].paras[0].where, NT_WHERE_FOOTER);
    }
    CHECK(nt_doc_part(doc, "WORD/Header1.xml") == &doc->parts[1]);
    CHECK(nt_doc_part(doc, "word/header9.xml") == NULL);

    /* hyperlink relationship ids become their targets */
    const nt_para *p = &doc->parts[0].paras[4];
    CHECK_STR(p->text, "Lihat situs");
    CHECK(p->nlinks == 1 && !strcmp(p->links[0], "https://contoh.id/paslon"));

    /* letterhead facts */
    const nt_letterhead *lh = &doc->lh;
    CHECK_STR(lh->header_text, "PEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PENDIDIKAN");
    CHECK_INT(lh->header_images, 1);
    CHECK(lh->nheader_image_alts == 1 &&
          !strcmp(lh->header_image_alts[0], "Logo Kabupaten Sungai Pinang"));
    CHECK_INT(lh->body_kop_paras, 2); /* up to and including the ruled line */
    CHECK_STR(lh->title, "Surat Edaran");
    CHECK_STR(lh->subject, "Netralitas");
    CHECK_STR(lh->author, "Budi");
    CHECK_STR(lh->last_modified_by, "Sari");
    CHECK_STR(lh->company, "Pemkab Sungai Pinang");

    /* what `netral text` prints: one line per paragraph, empty ones included */
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_text(doc, &b);
    CHECK_STR(
        nt_buf_cstr(&b),
        "== word/document.xml ==\n"
        "PEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PENDIDIKAN\nNomor: 800/123/2024\n\nLihat situs\n"
        "== word/header1.xml ==\nPEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PENDIDIKAN\n"
        "== word/footer1.xml ==\nHalaman 1\n"
        "== word/footnotes.xml ==\n\nCatatan kaki\n"
        "== word/endnotes.xml ==\nCatatan akhir\n"
        "== word/comments.xml ==\nPeriksa\n");
    nt_buf_free(&b);
    nt_doc_write_json(doc, &b);
    const char *j = nt_buf_cstr(&b);
    CHECK(strstr(j, "\"body_kop_paras\":2") != NULL);
    CHECK(strstr(j, "\"company\":\"Pemkab Sungai Pinang\"") != NULL);
    CHECK(strstr(j, "\"links\":[\"https://contoh.id/paslon\"]") != NULL);
    CHECK(strstr(j, "\"where\":\"comment\"") != NULL);
    CHECK(
        strstr(j,
               "\"spans\":[{\"off\":0,\"len\":34,\"wt\":0,\"run\":0,\"wt_off\":0,\"flags\":[]}]") !=
        NULL);
    nt_buf_free(&b);

    /* kept XML: ranges point at the right elements */
    const nt_part *main = &doc->parts[0];
    CHECK(main->xml != NULL && main->xml_len == strlen(MEMO));
    if (main->xml) {
        CHECK(!strncmp(main->xml + main->runs[1].xml_start, "<w:r>", 5));
        CHECK(!strncmp(main->xml + main->wts[1].content_start, "DINAS PENDIDIKAN</w:t>", 22));
        CHECK(!strncmp(main->xml + main->paras[1].ppr_end, "<w:r>", 5));
    }
    nt_doc_free(doc);
    free(header);
}

static int kop_of(const char *body) {
    size_t n;
    unsigned char *zip = docx_simple(body, &n);
    nt_package *pkg;
    nt_doc *doc;
    nt_err err;
    int kop = -1;
    if (zip && !nt_package_open_mem(zip, n, NULL, &pkg, &err) &&
        !nt_doc_load(pkg, NULL, 0, &doc, &err)) {
        kop = doc->lh.body_kop_paras;
        CHECK(doc->parts[0].xml == NULL); /* not kept without NT_DOC_KEEP_XML */
        nt_doc_free(doc);
    }
    free(zip);
    return kop;
}

static void test_kop(void) {
    /* lines up to the first empty line */
    CHECK_INT(kop_of(BODY("<w:p><w:r><w:t>KEMENTERIAN</w:t></w:r></w:p><w:p><w:r><w:t>Jalan "
                          "Merdeka 1</w:t></w:r></w:p>"
                          "<w:p/><w:p><w:r><w:t>Yth. Kepala</w:t></w:r></w:p>")),
              2);
    /* a first table is the letterhead block */
    CHECK_INT(kop_of(BODY("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>logo</w:t></w:r></w:p></"
                          "w:tc><w:tc><w:p><w:r><w:t>DINAS</w:t></w:r></w:p>"
                          "<w:p><w:r><w:t>Telp.</w:t></w:r></w:p></w:tc></w:tr></"
                          "w:tbl><w:p><w:r><w:t>Nomor</w:t></w:r></w:p>")),
              3);
    /* a rule drawn as the next paragraph's top border ends the block too */
    CHECK_INT(kop_of(BODY("<w:p/><w:p><w:r><w:t>BADAN</w:t></w:r></w:p><w:p><w:pPr><w:pBdr><w:top "
                          "w:val=\"double\"/></w:pBdr></w:pPr>"
                          "<w:r><w:t>Nomor</w:t></w:r></w:p>")),
              2);
    /* never more than 8 lines */
    CHECK_INT(kop_of(BODY("<w:p><w:r><w:t>1</w:t></w:r></w:p><w:p><w:r><w:t>2</w:t></w:r></"
                          "w:p><w:p><w:r><w:t>3</w:t></w:r></w:p>"
                          "<w:p><w:r><w:t>4</w:t></w:r></w:p><w:p><w:r><w:t>5</w:t></w:r></"
                          "w:p><w:p><w:r><w:t>6</w:t></w:r></w:p>"
                          "<w:p><w:r><w:t>7</w:t></w:r></w:p><w:p><w:r><w:t>8</w:t></w:r></"
                          "w:p><w:p><w:r><w:t>9</w:t></w:r></w:p>")),
              8);
    CHECK_INT(kop_of(BODY("")), 0);
}

/* Breaks inside a paragraph: the model keeps them (the matcher reads them as line ends), the
 * text view prints each byte of one as a space, so one paragraph stays one line of the same
 * length and finding offsets still point into it. Issue 9, hostile case text-line-breaks. */
static void test_text_line_breaks(void) {
    size_t n;
    unsigned char *zip = docx_simple(
        BODY("<w:p><w:r><w:t>satu</w:t><w:br/><w:t>dua</w:t><w:cr/><w:t>tiga</w:t></w:r></w:p>"
             "<w:p><w:r><w:t "
             "xml:space=\"preserve\">empat&#xD;lima&#xA;enam&#x85;tujuh</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>delapan\xE2\x80\xA8sembilan\xE2\x80\xA9sepuluh "
             "\xC3\xA9\xE2\x82\xAC</w:t></w:r></w:p>"),
        &n);
    nt_package *pkg;
    nt_doc *doc;
    nt_err err;
    if (!zip || nt_package_open_mem(zip, n, NULL, &pkg, &err) ||
        nt_doc_load(pkg, NULL, 0, &doc, &err)) {
        CHECK(!"the line-break memo loads");
        free(zip);
        return;
    }
    const nt_part *p = &doc->parts[0];
    CHECK_STR(p->paras[0].text, "satu\ndua\ntiga");
    CHECK_STR(p->paras[1].text, "empat\rlima\nenam\xC2\x85tujuh");
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_text(doc, &b);
    CHECK_STR(nt_buf_cstr(&b), "== word/document.xml ==\n"
                               "satu dua tiga\n"
                               "empat lima enam  tujuh\n"
                               "delapan   sembilan   sepuluh \xC3\xA9\xE2\x82\xAC\n");
    /* every printed line is as long as its paragraph's text */
    const char *line = strchr(nt_buf_cstr(&b), '\n') + 1;
    for (size_t i = 0; i < p->nparas; i++) {
        const char *end = strchr(line, '\n');
        CHECK_INT(end - line, p->paras[i].len);
        line = end + 1;
    }
    nt_buf_free(&b);
    nt_doc_free(doc);
    free(zip);
}

static void test_part_errors(void) {
    zentry e[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "word/document.xml") RELS_TAIL, 0},
        {"word/_rels/document.xml.rels", RELS_HEAD REL("rId1", "header", "header1.xml") RELS_TAIL,
         0},
        {"word/document.xml", BODY("<w:p><w:r><w:t>isi</w:t></w:r></w:p>"), 0},
        {"word/header1.xml", "<w:hdr " W_NS ">\n<w:p>\n<w:r><w:t>kop</w:t></w:p></w:hdr>", 0},
    };
    int rc;
    nt_err err;
    nt_doc *doc = load_zip(e, 5, 0, &rc, &err);
    CHECK_INT(rc, NETRAL_E_MALFORMED_XML);
    CHECK(doc == NULL);
    CHECK(strstr(err.msg, "word/header1.xml baris 3: XML tidak valid") != NULL);

    /* a broken properties part is only a missing fact */
    zentry props[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels",
         RELS_HEAD REL("rId1", "officeDocument", "word/document.xml")
             REL("rId3", "extended-properties", "docProps/app.xml") RELS_TAIL,
         0},
        {"word/document.xml", BODY("<w:p><w:r><w:t>isi</w:t></w:r></w:p>"), 0},
        {"docProps/app.xml", "<Properties><Company>X</Properties>", 0},
    };
    doc = load_zip(props, 4, 0, &rc, &err);
    CHECK_INT(rc, NETRAL_OK);
    if (doc) CHECK(doc->lh.company == NULL);
    nt_doc_free(doc);
}

static void test_utf16_part(const char *declared) {
    char src[512];
    snprintf(src, sizeof src,
             "<?xml version=\"1.0\" encoding=\"%s\" standalone=\"yes\"?><w:document " W_NS
             "><w:body>"
             "<w:p><w:r><w:t>Dukung \xF0\x9F\x98\x80 calon</w:t></w:r></w:p></w:body></w:document>",
             declared);
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_put(&b, "\xFE\xFF", 2); /* big-endian, with a surrogate pair */
    for (size_t i = 0; src[i];) {
        uint32_t cp;
        size_t k = nt_utf8_decode((const unsigned char *)src + i, strlen(src + i), &cp);
        i += k ? k : 1;
        uint32_t units[2] = {cp, 0};
        int nu = 1;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int u = 0; u < nu; u++) {
            char be[2] = {(char)(units[u] >> 8), (char)(units[u] & 0xFF)};
            nt_buf_put(&b, be, 2);
        }
    }
    zentry e[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "word/document.xml") RELS_TAIL, 0},
        {"word/document.xml", b.p, b.n},
    };
    int rc;
    nt_err err;
    nt_doc *doc = load_zip(e, 3, NT_DOC_KEEP_XML, &rc, &err);
    CHECK_INT(rc, NETRAL_OK);
    if (doc) {
        const nt_part *pt = &doc->parts[0];
        CHECK(pt->nparas == 1 && !strcmp(pt->paras[0].text, "Dukung \xF0\x9F\x98\x80 calon"));
        /* the kept XML is UTF-8, declared as such, and the offsets are into it */
        CHECK(pt->xml &&
              !strncmp(pt->xml, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=", 48));
        CHECK(pt->nwts == 1 && !strncmp(pt->xml + pt->wts[0].content_start,
                                        "Dukung \xF0\x9F\x98\x80 calon</w:t>", 22));
    }
    nt_doc_free(doc);
    nt_buf_free(&b);
}

static void test_strict(void) {
    zentry e[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels",
         RELS_HEAD
         "<Relationship Id=\"rId1\" "
         "Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" "
         "Target=\"word/document.xml\"/>" RELS_TAIL,
         0},
        {"word/document.xml",
         "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
         "<w:p><w:r><w:t>ISO Strict</w:t></w:r></w:p></w:body></w:document>",
         0},
    };
    int rc;
    nt_err err;
    nt_doc *doc = load_zip(e, 3, 0, &rc, &err);
    CHECK_INT(rc, NETRAL_OK);
    if (doc) CHECK(doc->parts[0].nparas == 1 && !strcmp(doc->parts[0].paras[0].text, "ISO Strict"));
    nt_doc_free(doc);
}

int main(void) {
    test_full_memo();
    test_kop();
    test_text_line_breaks();
    test_part_errors();
    test_utf16_part("UTF-16");
    test_utf16_part("UCS2"); /* shorter than "UTF-8": the declaration grows */
    test_strict();
    CHECK_STR(nt_where_name(NT_WHERE_TEXTBOX), "textbox");
    CHECK_STR(nt_where_name(NT_WHERE_COMMENT), "comment");
    return tap_done();
}
