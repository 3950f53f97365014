/* test_package.c - the OPC package layer: relationships and content types on archives built in
 * memory, and every kind of bad input getting its contract error code and a useful message. */
#include "package.h"
#include "tap.h"
#include "../fixtures/reader/zipfix.h"

#include <stdlib.h>
#include <string.h>

static int open_mem(const unsigned char *d, size_t n, const nt_limits *lim, nt_package **pkg,
                    nt_err *err) {
    memset(err, 0, sizeof *err);
    return nt_package_open_mem(d, n, lim, pkg, err);
}

static void test_relationships(void) {
    zentry e[] = {
        {"[Content_Types].xml",
         CT_HEAD CT_MAIN(
             "word/main-doc.xml") "<Override PartName=\"/word/header1.xml\" "
                                  "ContentType=\"application/"
                                  "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/"
                                  ">"
                                  "<Default Extension=\"PNG\" ContentType=\"image/png\"/>" CT_TAIL,
         0},
        /* absolute target, and a main part not called document.xml */
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "/word/main-doc.xml") RELS_TAIL, 0},
        {"word/_rels/main-doc.xml.rels",
         RELS_HEAD REL("rId1", "header", "header1.xml")
             REL("rId2", "customXml", "../customXml/item1.xml")
                 REL("rId3", "image",
                     "media/image%201.png") "<Relationship Id=\"rId4\" "
                                            "Type=\"http://schemas.openxmlformats.org/"
                                            "officeDocument/2006/relationships/hyperlink\" "
                                            "Target=\"https://contoh.id/a?b=1&amp;c=2\" "
                                            "TargetMode=\"External\"/>" REL(
                                                "rId5", "footer", "./sub/../Footer1.XML") RELS_TAIL,
         0},
        {"word/main-doc.xml", BODY("<w:p><w:r><w:t>isi</w:t></w:r></w:p>"), 0},
        {"word/header1.xml", "<w:hdr " W_NS "/>", 0},
        {"word/footer1.xml", "<w:ftr " W_NS "/>", 0},
        {"customXml/item1.xml", "<x/>", 0},
        {"word/media/image 1.png", "PNG", 0},
    };
    size_t n;
    unsigned char *zip = zip_build(e, sizeof e / sizeof e[0], &n);
    CHECK(zip != NULL);
    nt_package *pkg;
    nt_err err;
    CHECK_INT(open_mem(zip, n, NULL, &pkg, &err), NETRAL_OK);
    if (!pkg) {
        free(zip);
        return;
    }
    CHECK_STR(nt_package_main_part(pkg), "word/main-doc.xml");
    CHECK_STR(nt_package_content_type(pkg, "word/main-doc.xml"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    CHECK_STR(nt_package_content_type(pkg, "/word/header1.xml"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    CHECK_STR(nt_package_content_type(pkg, "word/media/x.png"),
              "image/png"); /* extension case-insensitive */
    CHECK(nt_package_content_type(pkg, "word/media/x.gif") == NULL);

    const nt_rel *rels;
    size_t nrels;
    CHECK_INT(nt_package_rels(pkg, "word/main-doc.xml", &rels, &nrels, &err), NETRAL_OK);
    CHECK_INT(nrels, 5);
    if (nrels == 5) {
        CHECK_STR(rels[0].id, "rId1");
        CHECK_STR(rels[0].target, "word/header1.xml");
        CHECK_STR(rels[1].target, "customXml/item1.xml");
        CHECK_STR(rels[2].target,
                  "word/media/image 1.png"); /* %-escape decoded to the entry's name */
        CHECK_STR(rels[3].target, "https://contoh.id/a?b=1&c=2");
        CHECK_INT(rels[3].external, 1);
        CHECK_INT(rels[0].external, 0);
        CHECK_STR(rels[4].target,
                  "word/footer1.xml"); /* "." and ".." folded, case of the zip kept */
    }
    CHECK_STR(nt_package_rel_target(pkg, "word/main-doc.xml", "/header"), "word/header1.xml");
    CHECK(nt_package_rel_target(pkg, "word/main-doc.xml", "/footnotes") == NULL);
    CHECK(nt_package_rel_target(pkg, "word/main-doc.xml", "/hyperlink") == NULL); /* external */
    CHECK_INT(nt_package_rels(pkg, "word/header1.xml", &rels, &nrels, &err), NETRAL_OK);
    CHECK_INT(nrels, 0);

    CHECK(nt_package_has_part(pkg, "WORD/HEADER1.XML")); /* part names are case-insensitive */
    CHECK(!nt_package_has_part(pkg, "word/header2.xml"));
    char *data;
    size_t len;
    CHECK_INT(nt_package_read(pkg, "/customXml/item1.xml", &data, &len, &err), NETRAL_OK);
    CHECK(len == 4 && data && !strcmp(data, "<x/>"));
    free(data);
    CHECK_INT(nt_package_read(pkg, "word/none.xml", &data, &len, &err), NETRAL_E_NOT_A_DOCX);
    CHECK(data == NULL);

    size_t blen;
    const void *bytes = nt_package_bytes(pkg, &blen);
    CHECK(blen == n && !memcmp(bytes, zip, n)); /* the annotator copies raw entries from these */
    CHECK_INT(nt_package_entry_count(pkg), sizeof e / sizeof e[0]);
    CHECK_STR(nt_package_entry_name(pkg, 0), "[Content_Types].xml");
    CHECK(nt_package_entry_name(pkg, 99) == NULL);
    nt_package_close(pkg);
    free(zip);
}

static void expect(const unsigned char *d, size_t n, const nt_limits *lim, int code,
                   const char *msg_part, const char *what) {
    nt_package *pkg = (nt_package *)1;
    nt_err err;
    int rc = open_mem(d, n, lim, &pkg, &err);
    if (rc != code || pkg != NULL || (msg_part && !strstr(err.msg, msg_part)))
        printf("# %s: got %d \"%s\"\n", what, rc, err.msg);
    CHECK_INT(rc, code);
    CHECK(pkg == NULL);
    CHECK(err.msg[0] != 0);
    if (msg_part) CHECK(strstr(err.msg, msg_part) != NULL);
}

static void test_not_docx(void) {
    expect((const unsigned char *)"hello, world", 12, NULL, NETRAL_E_NOT_A_ZIP, "bukan arsip ZIP",
           "text");
    expect((const unsigned char *)"", 0, NULL, NETRAL_E_NOT_A_ZIP, "kosong", "empty");

    size_t n;
    unsigned char *zip = docx_simple(BODY("<w:p><w:r><w:t>isi</w:t></w:r></w:p>"), &n);
    expect(zip, n / 2, NULL, NETRAL_E_NOT_A_ZIP, "terpotong", "truncated");
    expect(zip, n - 10, NULL, NETRAL_E_NOT_A_ZIP, NULL, "end record cut");
    free(zip);

    zentry no_ct[] = {
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "word/document.xml") RELS_TAIL, 0},
        {"word/document.xml", BODY(""), 0}};
    zip = zip_build(no_ct, 2, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_DOCX, "[Content_Types].xml", "no content types");
    free(zip);

    zentry no_main[] = {{"[Content_Types].xml", CT_HEAD CT_TAIL, 0},
                        {"_rels/.rels",
                         RELS_HEAD REL("rId1", "extended-properties", "docProps/app.xml") RELS_TAIL,
                         0}};
    zip = zip_build(no_main, 2, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_DOCX, "officeDocument", "no main relationship");
    free(zip);

    zentry missing[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "word/document.xml") RELS_TAIL, 0}};
    zip = zip_build(missing, 2, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_DOCX, "word/document.xml", "main part missing");
    free(zip);

    zentry theme[] = {
        {"[Content_Types].xml",
         CT_HEAD
         "<Override PartName=\"/theme/theme.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.themeManager+xml\"/>" CT_TAIL,
         0},
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "theme/theme.xml") RELS_TAIL, 0},
        {"theme/theme.xml", "<a:themeManager xmlns:a=\"x\"/>", 0}};
    zip = zip_build(theme, 3, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_DOCX, "bukan dokumen Word", "theme package");
    free(zip);

    zentry odt[] = {{"mimetype", "application/vnd.oasis.opendocument.text", 0},
                    {"content.xml", "<office:document-content xmlns:office=\"o\"/>", 0}};
    zip = zip_build(odt, 2, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_DOCX, "OpenDocument", "odt");
    free(zip);

    /* one part name twice (names compare case-insensitively): which copy would Word show? */
    zentry dup[] = {
        {"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
        {"_rels/.rels", RELS_HEAD REL("rId1", "officeDocument", "word/document.xml") RELS_TAIL, 0},
        {"word/document.xml", BODY(""), 0},
        {"Word/Document.xml", BODY("<w:p><w:r><w:t>lain</w:t></w:r></w:p>"), 0}};
    zip = zip_build(dup, 4, &n);
    expect(zip, n, NULL, NETRAL_E_NOT_A_ZIP, "lebih dari sekali", "duplicate entries");
    free(zip);

    zentry dtd[] = {{"[Content_Types].xml", CT_HEAD CT_MAIN("word/document.xml") CT_TAIL, 0},
                    {"_rels/.rels",
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaa\">]><Relationships/>",
                     0},
                    {"word/document.xml", BODY(""), 0}};
    zip = zip_build(dtd, 3, &n);
    expect(zip, n, NULL, NETRAL_E_MALFORMED_XML, "_rels/.rels baris 2", "DTD in rels");
    free(zip);
}

/* A minimal Compound File: header magic, then a directory entry in the sector after the header. */
static unsigned char *ole2(const char *stream, size_t *n) {
    unsigned char *d = calloc(1, 1536);
    static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    memcpy(d, magic, 8);
    d[0x1E] = 9; /* 512-byte sectors */
    unsigned char *root = d + 512, *ent = d + 512 + 128;
    const char *rn = "Root Entry";
    for (size_t i = 0; rn[i]; i++) root[2 * i] = (unsigned char)rn[i];
    root[0x40] = (unsigned char)((strlen(rn) + 1) * 2);
    root[0x42] = 5;
    for (size_t i = 0; stream[i]; i++) ent[2 * i] = (unsigned char)stream[i];
    ent[0x40] = (unsigned char)((strlen(stream) + 1) * 2);
    ent[0x42] = 2;
    *n = 1536;
    return d;
}

static void test_ole2(void) {
    size_t n;
    unsigned char *d = ole2("EncryptedPackage", &n);
    expect(d, n, NULL, NETRAL_E_ENCRYPTED, "kata sandi", "encrypted");
    free(d);
    d = ole2("WordDocument", &n);
    expect(d, n, NULL, NETRAL_E_LEGACY_DOC, "libreoffice --headless --convert-to docx",
           "legacy doc");
    free(d);
    d = ole2("Workbook", &n);
    expect(d, n, NULL, NETRAL_E_NOT_A_DOCX, "OLE2", "other OLE2");
    free(d);
}

/* Patch the declared inflated size of an entry in both its local and central headers. */
static void lie_about_size(unsigned char *z, size_t n, const char *name, uint32_t size) {
    size_t nl = strlen(name);
    for (size_t i = 0; i + 46 + nl <= n; i++) {
        int local = !memcmp(z + i, "PK\3\4", 4), central = !memcmp(z + i, "PK\1\2", 4);
        size_t name_at = local ? 30 : 46, size_at = local ? 22 : 24;
        if ((!local && !central) || memcmp(z + i + name_at, name, nl)) continue;
        for (int b = 0; b < 4; b++) z[i + size_at + (size_t)b] = (unsigned char)(size >> (8 * b));
    }
}

static void test_caps(void) {
    /* 4 MiB of spaces deflate about 1000:1: a small zip bomb */
    size_t big = 4u << 20;
    char *doc = malloc(big + 200);
    strcpy(doc, BODY(""));
    size_t head = strlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W_NS "><w:body>");
    memmove(doc + head + big, doc + head, strlen(doc + head) + 1);
    memset(doc + head, ' ', big);
    size_t n;
    unsigned char *zip = docx_simple(doc, &n);
    CHECK(zip != NULL && n < big / 100);
    nt_package *pkg;
    nt_err err;
    char *data;
    size_t len;
    CHECK_INT(open_mem(zip, n, NULL, &pkg, &err), NETRAL_OK); /* opening reads no big part */
    CHECK_INT(nt_package_read(pkg, "word/document.xml", &data, &len, &err),
              NETRAL_E_LIMIT_EXCEEDED);
    CHECK(strstr(err.msg, "word/document.xml") && strstr(err.msg, "rasio"));
    nt_package_close(pkg);

    nt_limits lim;
    nt_limits_default(&lim);
    lim.ratio = 1e9;
    lim.part_bytes = 1u << 20;
    CHECK_INT(open_mem(zip, n, &lim, &pkg, &err), NETRAL_OK);
    CHECK_INT(nt_package_read(pkg, "word/document.xml", &data, &len, &err), NETRAL_E_TOO_LARGE);
    CHECK(strstr(err.msg, "word/document.xml") != NULL);
    nt_package_close(pkg);

    /* declared sizes lie: the bytes actually inflated are counted */
    lie_about_size(zip, n, "word/document.xml", 100);
    CHECK_INT(open_mem(zip, n, &lim, &pkg, &err), NETRAL_OK);
    int rc = nt_package_read(pkg, "word/document.xml", &data, &len, &err);
    CHECK(rc == NETRAL_E_TOO_LARGE || rc == NETRAL_E_NOT_A_ZIP);
    CHECK(data == NULL);
    nt_package_close(pkg);
    free(zip);
    free(doc);

    zip = docx_simple(BODY("<w:p><w:r><w:t>isi</w:t></w:r></w:p>"), &n);
    nt_limits_default(&lim);
    lim.total_bytes = 700; /* enough for [Content_Types].xml and _rels/.rels only */
    CHECK_INT(open_mem(zip, n, &lim, &pkg, &err), NETRAL_OK);
    CHECK_INT(nt_package_read(pkg, "word/document.xml", &data, &len, &err), NETRAL_E_TOO_LARGE);
    CHECK(strstr(err.msg, "total") != NULL);
    nt_package_close(pkg);

    nt_limits_default(&lim);
    lim.max_entries = 2;
    expect(zip, n, &lim, NETRAL_E_LIMIT_EXCEEDED, "entri", "too many entries");
    nt_limits_default(&lim);
    lim.file_bytes = 100;
    expect(zip, n, &lim, NETRAL_E_TOO_LARGE, "batas", "file too big");

    /* a damaged deflate stream or CRC: a typed error, never garbage */
    size_t at = 0;
    for (size_t i = 0; i + 30 < n; i++)
        if (!memcmp(zip + i, "PK\3\4", 4) && !memcmp(zip + i + 30, "word/document.xml", 17)) at = i;
    if (at) zip[at + 30 + 17 + (zip[at + 28] | zip[at + 29] << 8) + 5] ^= 0x55;
    CHECK_INT(open_mem(zip, n, NULL, &pkg, &err), NETRAL_OK);
    CHECK_INT(nt_package_read(pkg, "word/document.xml", &data, &len, &err), NETRAL_E_NOT_A_ZIP);
    CHECK(strstr(err.msg, "word/document.xml") != NULL);
    nt_package_close(pkg);
    free(zip);
}

static void test_paths(void) {
    nt_package *pkg;
    nt_err err;
    CHECK_INT(nt_package_open_path("tests/fixtures/reader/no-such-file.docx", NULL, &pkg, &err),
              NETRAL_E_NOT_FOUND);
    CHECK(strstr(err.msg, "no-such-file.docx") != NULL);
    CHECK_INT(nt_package_open_path("tests", NULL, &pkg, &err), NETRAL_E_IO);
    CHECK_INT(nt_package_open_path("tests/fixtures/reader/misc.xml", NULL, &pkg, &err),
              NETRAL_E_NOT_A_ZIP);
    CHECK(pkg == NULL);
}

int main(void) {
    test_relationships();
    test_not_docx();
    test_ole2();
    test_caps();
    test_paths();
    return tap_done();
}
