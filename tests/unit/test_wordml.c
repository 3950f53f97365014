/* test_wordml.c - the WordprocessingML layer on hand-written parts (the XML files in tests/fixtures/reader):
 * the text rules see, and the span map the annotator relies on to split runs. */
#include "document.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = malloc((size_t)n + 1);
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    if (d) {
        d[n] = 0;
        *len = (size_t)n;
    }
    return d;
}

static char *xml; /* the fixture being looked at, for range checks */
static size_t xml_len;

static int parse_fixture(const char *name, nt_part_kind kind, nt_part *part, nt_err *err) {
    char path[256];
    snprintf(path, sizeof path, "tests/fixtures/reader/%s", name);
    free(xml);
    xml = slurp(path, &xml_len);
    if (!xml) {
        printf("# cannot read %s (run from the source tree)\n", path);
        memset(part, 0, sizeof *part);
        return -1;
    }
    return nt_wordml_parse(path + strlen("tests/fixtures/reader/"), kind, xml, xml_len, NULL, part,
                           err);
}

static int starts(uint32_t off, const char *s) {
    return off + strlen(s) <= xml_len && !memcmp(xml + off, s, strlen(s));
}
static int ends(uint32_t end, const char *s) {
    size_t n = strlen(s);
    return end >= n && end <= xml_len && !memcmp(xml + end - n, s, n);
}

/* Every w:t span's bytes equal its w:t content (the fixtures only escape &amp;). */
static int spans_exact(const nt_part *pt, const nt_para *p) {
    for (size_t i = 0; i < p->nspans; i++) {
        const nt_span *s = &p->spans[i];
        if (s->wt < 0) continue;
        const nt_wt *w = &pt->wts[s->wt];
        char dec[512];
        size_t k = 0;
        for (uint32_t j = w->content_start; j < w->content_end && k < sizeof dec; j++) {
            dec[k++] = xml[j];
            if (xml[j] == '&') j += 4; /* &amp; */
        }
        if (s->wt_off + s->len > k || memcmp(dec + s->wt_off, p->text + s->off, s->len)) return 0;
        if (w->run != s->run) return 0;
    }
    return 1;
}

static void test_split_word(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("split_word.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 2);
    if (pt.nparas < 2) return;
    nt_para *p = &pt.paras[0];
    CHECK_STR(p->text, "Sukseskan Paslon 01 & kawan ");
    CHECK_STR(p->style, "Judul");
    CHECK_INT(p->where, NT_WHERE_BODY);
    CHECK_INT(p->in_body_flow, 1);
    CHECK_INT(p->list_level, -1);
    CHECK_INT(pt.nruns, 4);
    CHECK_INT(pt.nwts, 4);
    /* "Paslon" is split over three runs: "Pa" | "sl" | "on" */
    CHECK_INT(p->nspans, 4);
    if (p->nspans == 4) {
        CHECK_INT(p->spans[1].run, 1);
        CHECK_INT(p->spans[2].run, 2);
        CHECK_INT(p->spans[3].run, 3);
        CHECK_INT(p->spans[2].off, strlen("Sukseskan Pa"));
        CHECK_INT(p->spans[2].len, 2);
        CHECK_INT(p->spans[1].wt_off, 0);
    }
    CHECK(spans_exact(&pt, p));
    /* byte ranges the annotator edits by */
    for (size_t i = 0; i < pt.nruns; i++) {
        CHECK(starts(pt.runs[i].xml_start, "<w:r"));
        CHECK(ends(pt.runs[i].xml_end, "</w:r>"));
    }
    CHECK_INT(pt.runs[0].rpr_start, 0);
    CHECK(starts(pt.runs[1].rpr_start, "<w:rPr>") && ends(pt.runs[1].rpr_end, "</w:rPr>"));
    CHECK(starts(pt.wts[3].content_start, "on 01 &amp; kawan </w:t>"));
    CHECK(starts(pt.wts[3].content_end, "</w:t>"));
    CHECK(starts(p->xml_start, "<w:p w:rsidR") && ends(p->xml_end, "</w:p>"));
    CHECK(ends(p->ppr_end, "</w:pPr>"));
    /* the empty paragraph is still a line */
    CHECK_STR(pt.paras[1].text, "");
    CHECK(starts(pt.paras[1].xml_start, "<w:p/>") &&
          pt.paras[1].xml_end == pt.paras[1].xml_start + 6);
    CHECK_INT(pt.paras[1].ppr_end, pt.paras[1].xml_end);
    nt_part_free(&pt);
}

static void test_tracked(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("tracked.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    if (pt.nparas != 1) {
        CHECK_INT(pt.nparas, 1);
        nt_part_free(&pt);
        return;
    }
    nt_para *p = &pt.paras[0];
    /* insertions and moves-to are read, deletions and moves-from are not */
    CHECK_STR(p->text, "Pilih yang terbaik ke sini");
    CHECK_STR(p->deleted, "nomor 2 dipindah");
    CHECK_INT(p->inserted, 1);
    int ins_flagged = 0, plain_flagged = 0;
    for (size_t i = 0; i < p->nspans; i++) {
        if (p->spans[i].off == 0) plain_flagged = (p->spans[i].flags & NT_SPAN_INSERTED) != 0;
        if (p->spans[i].off == 6) ins_flagged = (p->spans[i].flags & NT_SPAN_INSERTED) != 0;
    }
    CHECK(ins_flagged);
    CHECK(!plain_flagged); /* a w:ins in the paragraph mark's rPr marks nothing */
    CHECK(spans_exact(&pt, p));
    nt_part_free(&pt);
}

static void test_textbox(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("textbox.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 5);
    if (pt.nparas != 5) {
        nt_part_free(&pt);
        return;
    }
    /* the Choice is read once, the VML Fallback copy is not; the box comes after its paragraph */
    CHECK_STR(pt.paras[0].text, "Sebelum sesudah");
    CHECK_STR(pt.paras[1].text, "Coblos nomor 1");
    CHECK_INT(pt.paras[1].where, NT_WHERE_TEXTBOX);
    CHECK_INT(pt.paras[1].in_body_flow, 0);
    CHECK_INT(pt.paras[1].index, 1);
    CHECK_INT(pt.paras[0].in_body_flow, 1);
    /* an AlternateContent with only a Fallback is read from the Fallback */
    CHECK_STR(pt.paras[2].text, "");
    CHECK_STR(pt.paras[3].text, "Hanya fallback");
    CHECK_STR(pt.paras[4].text, "Akhir");
    CHECK(spans_exact(&pt, &pt.paras[0]) && spans_exact(&pt, &pt.paras[1]));
    /* the outer paragraph's spans still point at its own runs */
    CHECK_INT(pt.paras[0].nspans, 2);
    if (pt.paras[0].nspans == 2)
        CHECK(starts(pt.wts[pt.paras[0].spans[1].wt].content_start, "sesudah"));
    nt_part_free(&pt);
}

static void test_fields(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("field.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 5);
    if (pt.nparas != 5) {
        nt_part_free(&pt);
        return;
    }
    CHECK_STR(pt.paras[0].text, "Tanggal: 1 Februari 2024");
    const nt_span *last = &pt.paras[0].spans[pt.paras[0].nspans - 1];
    CHECK(last->flags & NT_SPAN_FIELD);
    CHECK(!(pt.paras[0].spans[0].flags & NT_SPAN_FIELD));
    CHECK_STR(pt.paras[1].text, "Halaman 3");
    /* a nested field's result inside the outer instruction is instruction, not text */
    CHECK_STR(pt.paras[2].text, "ya");
    /* a field may span paragraphs (TOC) */
    CHECK_STR(pt.paras[3].text, "Bab 1");
    CHECK_STR(pt.paras[4].text, "Bab 2 selesai");
    nt_part_free(&pt);
}

static void test_hyperlinks(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("hyperlink.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    if (pt.nparas != 2) {
        CHECK_INT(pt.nparas, 2);
        nt_part_free(&pt);
        return;
    }
    nt_para *p = &pt.paras[0];
    CHECK_STR(p->text, "Kunjungi situs paslon atau lampiran");
    /* relationship ids are resolved by document.c; anchors are kept as "#name" */
    CHECK_INT(p->nlinks, 2);
    if (p->nlinks == 2) {
        CHECK_STR(p->links[0], "rId7");
        CHECK_STR(p->links[1], "#lampiran");
    }
    CHECK(p->nspans > 1 && (p->spans[1].flags & NT_SPAN_HYPERLINK));
    CHECK(!(p->spans[0].flags & NT_SPAN_HYPERLINK));
    p = &pt.paras[1];
    CHECK_STR(p->text, "tautan dukungan");
    CHECK(p->nlinks == 1 && !strcmp(p->links[0], "https://contoh.id/dukung"));
    CHECK(p->nspans == 1 && (p->spans[0].flags & (NT_SPAN_HYPERLINK | NT_SPAN_FIELD)) ==
                                (NT_SPAN_HYPERLINK | NT_SPAN_FIELD));
    nt_part_free(&pt);
}

/* A w:fldSimple instruction is an attribute of any length: a huge anchor must not overflow. */
static void test_long_field_anchor(void) {
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_puts(&b,
                "<w:document "
                "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                "<w:p><w:fldSimple w:instr=\"HYPERLINK \\l &quot;");
    for (int i = 0; i < 5000; i++) nt_buf_putc(&b, 'a');
    nt_buf_puts(&b,
                "&quot;\"><w:r><w:t>lihat</w:t></w:r></w:fldSimple></w:p></w:body></w:document>");
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, b.p, b.n, NULL, &pt, &err),
              NETRAL_OK);
    if (pt.nparas == 1) {
        CHECK_STR(pt.paras[0].text, "lihat");
        CHECK(pt.paras[0].nlinks == 1 && pt.paras[0].links[0][0] == '#' &&
              strlen(pt.paras[0].links[0]) > 1000);
    }
    nt_part_free(&pt);
    nt_buf_free(&b);
}

static void test_header(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("header_kop.xml", NT_PART_HEADER, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 2);
    if (pt.nparas != 2) {
        nt_part_free(&pt);
        return;
    }
    CHECK_STR(pt.paras[0].text, "PEMERINTAH KABUPATEN SUNGAI PINANG");
    CHECK_INT(pt.paras[0].where, NT_WHERE_HEADER);
    CHECK_INT(pt.paras[0].in_body_flow, 0);
    CHECK_INT(pt.images, 1);
    CHECK(pt.nimage_alts == 1 && !strcmp(pt.image_alts[0], "Logo Kabupaten Sungai Pinang"));
    CHECK_INT(pt.paras[1].rule_below, 1);
    CHECK_INT(pt.paras[0].rule_below, 0);
    nt_part_free(&pt);
}

static void test_misc(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("misc.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 11);
    if (pt.nparas != 11) {
        nt_part_free(&pt);
        return;
    }
    /* tab stops in pPr are not tabs; a hidden paragraph mark does not hide the text */
    CHECK_STR(pt.paras[0].text, "Nama\t: Budi\nbaris\ndua");
    CHECK_INT(pt.paras[0].hidden, 0);
    int synthetic = 0;
    for (size_t i = 0; i < pt.paras[0].nspans; i++)
        if (pt.paras[0].spans[i].flags & NT_SPAN_SYNTHETIC) {
            synthetic++;
            CHECK_INT(pt.paras[0].spans[i].wt, -1);
            CHECK_INT(pt.paras[0].spans[i].run, 1);
        }
    CHECK_INT(synthetic, 3);
    CHECK(spans_exact(&pt, &pt.paras[0]));
    /* non-breaking hyphen, soft hyphen dropped, Symbol bullet, Wingdings check mark */
    CHECK_STR(pt.paras[1].text, "e-KTP pemilu \xE2\x80\xA2\xE2\x9C\x93");
    /* hidden text is read and flagged; vanish="0" and an old rPr in rPrChange are not hidden */
    CHECK_STR(pt.paras[2].text, "tersembunyi tampak juga");
    CHECK_INT(pt.paras[2].hidden, 1);
    CHECK(pt.paras[2].spans[0].flags & NT_SPAN_HIDDEN);
    CHECK(pt.paras[2].nspans == 3 && !(pt.paras[2].spans[1].flags & NT_SPAN_HIDDEN) &&
          !(pt.paras[2].spans[2].flags & NT_SPAN_HIDDEN));
    /* smartTag, customXml and sdt contents are text; list level and style */
    CHECK_STR(pt.paras[3].text, "Jakarta Pusat Raya");
    CHECK_INT(pt.paras[3].list_level, 1);
    CHECK_STR(pt.paras[3].style, "DaftarPoin");
    CHECK_INT(pt.paras[4].list_level, -1); /* numId 0 means "no numbering" */
    /* tables: coordinates, nested table numbered after its parent */
    CHECK_STR(pt.paras[5].text, "A1");
    CHECK(pt.paras[5].table == 0 && pt.paras[5].row == 0 && pt.paras[5].col == 0);
    CHECK_INT(pt.paras[5].where, NT_WHERE_TABLE);
    CHECK(pt.paras[6].row == 0 && pt.paras[6].col == 1);
    CHECK(pt.paras[7].row == 1 && pt.paras[7].col == 0);
    CHECK_STR(pt.paras[8].text, "dalam");
    CHECK(pt.paras[8].table == 1 && pt.paras[8].row == 0 && pt.paras[8].col == 0);
    CHECK_STR(pt.paras[9].text, "B2");
    CHECK(pt.paras[9].table == 0 && pt.paras[9].row == 1 && pt.paras[9].col == 1);
    CHECK(pt.paras[10].table == -1 && pt.paras[10].where == NT_WHERE_BODY);
    nt_part_free(&pt);
}

static void test_namespaces(void) {
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(parse_fixture("namespaces.xml", NT_PART_BODY, &pt, &err), NETRAL_OK);
    CHECK_INT(pt.nparas, 3);
    if (pt.nparas == 3) {
        CHECK_STR(pt.paras[0].text, "Strict tanpa prefiks");
        CHECK_STR(pt.paras[1].text, "cukup"); /* a:t is DrawingML, not WordprocessingML */
        CHECK_STR(pt.paras[2].text, "prefiks lain");
    }
    nt_part_free(&pt);
}

static void test_bad_xml(void) {
    nt_part pt;
    nt_err err = {0};
    /* DTDs are refused before any entity is expanded */
    CHECK_INT(parse_fixture("doctype.xml", NT_PART_BODY, &pt, &err), NETRAL_E_MALFORMED_XML);
    CHECK(strstr(err.msg, "doctype.xml baris 2") != NULL);
    CHECK(strstr(err.msg, "DOCTYPE") != NULL);
    CHECK(pt.name == NULL && pt.paras == NULL);

    const char *bad_utf8 =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>caf\xC3(</w:t></w:r></w:p></w:body></w:document>";
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, bad_utf8, strlen(bad_utf8), NULL,
                              &pt, &err),
              NETRAL_E_MALFORMED_XML);
    CHECK(strstr(err.msg, "word/document.xml baris 1: XML tidak valid") != NULL);

    const char *mismatch = "<w:document xmlns:w=\"x\">\n<w:body>\n</w:document>";
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, mismatch, strlen(mismatch), NULL,
                              &pt, &err),
              NETRAL_E_MALFORMED_XML);
    CHECK(strstr(err.msg, "baris 3") != NULL);

    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, "", 0, NULL, &pt, &err),
              NETRAL_E_MALFORMED_XML);

    /* nesting deeper than the cap */
    nt_buf b;
    nt_buf_init(&b);
    for (int i = 0; i < 300; i++) nt_buf_puts(&b, "<x>");
    for (int i = 0; i < 300; i++) nt_buf_puts(&b, "</x>");
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, b.p, b.n, NULL, &pt, &err),
              NETRAL_E_LIMIT_EXCEEDED);
    CHECK(strstr(err.msg, "bersarang") != NULL);
    nt_limits lim;
    nt_limits_default(&lim);
    lim.xml_depth = 400;
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, b.p, b.n, &lim, &pt, &err),
              NETRAL_OK);
    nt_part_free(&pt);
    nt_buf_free(&b);
}

static void test_utf16(void) {
    const char *src = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document "
                      "xmlns:w=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Pilkada "
                      "\xE2\x82\xAC</w:t></w:r></w:p></w:body></w:document>";
    /* UTF-16LE with BOM, written by hand from the UTF-8 above (BMP only) */
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_put(&b, "\xFF\xFE", 2);
    for (size_t i = 0; src[i];) {
        uint32_t cp;
        size_t n = nt_utf8_decode((const unsigned char *)src + i, strlen(src + i), &cp);
        char u[2] = {(char)(cp & 0xFF), (char)(cp >> 8)};
        nt_buf_put(&b, u, 2);
        i += n ? n : 1;
    }
    nt_part pt;
    nt_err err = {0};
    CHECK_INT(nt_wordml_parse("word/document.xml", NT_PART_BODY, b.p, b.n, NULL, &pt, &err),
              NETRAL_OK);
    CHECK(pt.nparas == 1 && !strcmp(pt.paras[0].text, "Pilkada \xE2\x82\xAC"));
    nt_part_free(&pt);
    nt_buf_free(&b);
}

int main(void) {
    test_split_word();
    test_tracked();
    test_textbox();
    test_fields();
    test_hyperlinks();
    test_long_field_anchor();
    test_header();
    test_misc();
    test_namespaces();
    test_bad_xml();
    test_utf16();
    free(xml);
    return tap_done();
}
