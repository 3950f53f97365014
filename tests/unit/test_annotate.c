/* test_annotate.c - the annotator's XML surgery and package writing, checked on hand-written
 * paragraphs and small in-memory DOCX files: anchored words, kept run properties, merged comments,
 * raw-copied entries, idempotence, and atomic writes that leave nothing behind on failure. */
#include "tap.h"

#include <errno.h>
#include <expat.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>
#include <zip.h>

#include "annot_int.h"
#include "annotate.h"
#include "document.h"
#include "engine.h"
#include "package.h"

#define W_NS                                                                                       \
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "                    \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

/* ---- A miniature reader: enough of wordml.c to model hand-written paragraphs ---------------- */

static void push(void **v, size_t *n, size_t size, const void *item) {
    *v = realloc(*v, (*n + 1) * size);
    memcpy((char *)*v + *n * size, item, size);
    (*n)++;
}

static void add_span(nt_para *p, const char *txt, size_t len, int32_t wt, uint32_t run) {
    nt_span sp = {(uint32_t)p->len, (uint32_t)len, wt, run, 0, wt < 0 ? NT_SPAN_SYNTHETIC : 0};
    p->text = realloc(p->text, p->len + len + 1);
    memcpy(p->text + p->len, txt, len);
    p->len += len;
    p->text[p->len] = 0;
    push((void **)&p->spans, &p->nspans, sizeof sp, &sp);
}

/* Models every top-level w:p of xml: runs, w:t contents, tabs, spans. */
static void model_part(nt_part *part, const char *name, nt_part_kind kind, const char *xml) {
    memset(part, 0, sizeof *part);
    part->name = strdup(name);
    part->kind = kind;
    part->xml = strdup(xml);
    part->xml_len = strlen(xml);
    const char *x = part->xml;
    size_t pos = 0, len = part->xml_len;
    nt_tag t;
    nt_para *p = NULL;
    nt_run *r = NULL;
    int depth_p = 0;
    while (!nt_xml_next_tag(x, len, &pos, &t)) {
        int is_p = t.name_len == 3 && !memcmp(t.name, "w:p", 3);
        int is_r = t.name_len == 3 && !memcmp(t.name, "w:r", 3);
        if (is_p && t.kind == NT_TAG_OPEN && depth_p++ == 0) {
            nt_para np = {0};
            np.index = (uint32_t)part->nparas;
            np.xml_start = (uint32_t)t.start;
            np.ppr_end = (uint32_t)t.end;
            np.in_body_flow = kind == NT_PART_BODY;
            np.text = strdup("");
            np.list_level = np.table = np.row = np.col = -1;
            push((void **)&part->paras, &part->nparas, sizeof np, &np);
            p = &part->paras[part->nparas - 1];
        } else if (is_p && t.kind == NT_TAG_CLOSE && --depth_p == 0) {
            p->xml_end = (uint32_t)t.end;
        } else if (nt_tag_is(&t, "pPr") && t.kind == NT_TAG_CLOSE && p) {
            p->ppr_end = (uint32_t)t.end;
        } else if (is_r && t.kind == NT_TAG_OPEN) {
            nt_run nr = {(uint32_t)t.start, 0, 0, 0};
            push((void **)&part->runs, &part->nruns, sizeof nr, &nr);
            r = &part->runs[part->nruns - 1];
        } else if (is_r && t.kind == NT_TAG_CLOSE) {
            r->xml_end = (uint32_t)t.end;
        } else if (nt_tag_is(&t, "rPr") && r && !r->rpr_start) {
            r->rpr_start = (uint32_t)t.start;
            r->rpr_end = (uint32_t)nt_xml_element_end(x, len, &t);
        } else if (t.name_len == 3 && !memcmp(t.name, "w:t", 3) && t.kind == NT_TAG_OPEN) {
            size_t ce = t.end;
            while (x[ce] != '<') ce++;
            nt_wt w = {(uint32_t)(part->nruns - 1), (uint32_t)t.end, (uint32_t)ce};
            push((void **)&part->wts, &part->nwts, sizeof w, &w);
            nt_buf dec;
            nt_buf_init(&dec);
            nt_xml_unescape(&dec, x + t.end, ce - t.end);
            add_span(p, dec.p ? dec.p : "", dec.n, (int32_t)(part->nwts - 1),
                     (uint32_t)(part->nruns - 1));
            nt_buf_free(&dec);
        } else if (nt_tag_is(&t, "tab") && r && t.kind == NT_TAG_EMPTY) {
            add_span(p, "\t", 1, -1, (uint32_t)(part->nruns - 1));
        }
    }
}

static void free_part(nt_part *p) {
    for (size_t i = 0; i < p->nparas; i++) {
        free(p->paras[i].text);
        free(p->paras[i].spans);
    }
    free(p->paras);
    free(p->runs);
    free(p->wts);
    free(p->xml);
    free(p->name);
}

/* ---- Reading results back ---------------------------------------------------------------- */

static void on_start(void *ud, const char *n, const char **a) {
    (void)ud;
    (void)n;
    (void)a;
}

/* 1 when xml is well-formed (namespaces checked). */
static int well_formed(const char *xml, size_t len) {
    XML_Parser p = XML_ParserCreateNS(NULL, '|');
    XML_SetStartElementHandler(p, on_start);
    int ok = XML_Parse(p, xml, (int)len, 1) == XML_STATUS_OK;
    if (!ok)
        fprintf(stderr, "# XML error: %s at %lu\n", XML_ErrorString(XML_GetErrorCode(p)),
                (unsigned long)XML_GetCurrentByteIndex(p));
    XML_ParserFree(p);
    return ok;
}

static int tag_id(const char *x, const nt_tag *t) {
    size_t vs, vl;
    return nt_tag_attr_local(x, t, "id", &vs, &vl) ? -1 : (int)nt_xml_long(x + vs, vl);
}

/* Decoded w:t text between commentRangeStart and commentRangeEnd of comment id (id < 0: all
 * text of the part). Static buffer: one result at a time. */
static const char *anchored(const char *x, int id) {
    static char out[4096];
    size_t pos = 0, len = strlen(x), n = 0;
    int in = id < 0;
    nt_tag t;
    while (!nt_xml_next_tag(x, len, &pos, &t)) {
        if (nt_tag_is(&t, "commentRangeStart") && tag_id(x, &t) == id) in = 1;
        if (nt_tag_is(&t, "commentRangeEnd") && tag_id(x, &t) == id) in = 0;
        if (in && t.kind == NT_TAG_EMPTY && nt_tag_is(&t, "tab") && n + 1 < sizeof out)
            out[n++] = '\t';
        if (in && t.kind == NT_TAG_OPEN && nt_tag_is(&t, "t")) {
            size_t ce = t.end;
            while (x[ce] != '<') ce++;
            nt_buf b;
            nt_buf_init(&b);
            nt_xml_unescape(&b, x + t.end, ce - t.end);
            if (n + b.n < sizeof out) {
                memcpy(out + n, b.p ? b.p : "", b.n);
                n += b.n;
            }
            nt_buf_free(&b);
        }
    }
    out[n] = 0;
    return out;
}

static int count(const char *hay, const char *needle) {
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

/* The rPr of the run holding a w:t whose decoded text is `text` ("" when none). */
static const char *rpr_of(const char *x, const char *text) {
    static char out[1024];
    size_t pos = 0, len = strlen(x), rstart = 0;
    nt_tag t;
    out[0] = 0;
    while (!nt_xml_next_tag(x, len, &pos, &t)) {
        if (t.kind == NT_TAG_OPEN && t.name_len == 3 && !memcmp(t.name, "w:r", 3)) rstart = t.start;
        if (t.kind != NT_TAG_OPEN || !nt_tag_is(&t, "t")) continue;
        size_t ce = t.end;
        while (x[ce] != '<') ce++;
        nt_buf b;
        nt_buf_init(&b);
        nt_xml_unescape(&b, x + t.end, ce - t.end);
        int hit = b.n == strlen(text) && !memcmp(b.p, text, b.n);
        nt_buf_free(&b);
        if (!hit) continue;
        const char *rs = strstr(x + rstart, "<w:rPr>");
        if (!rs || rs > x + t.start) return out;
        const char *re = strstr(rs, "</w:rPr>");
        snprintf(out, sizeof out, "%.*s", (int)(re - rs - 7), rs + 7);
        return out;
    }
    return out;
}

/* ---- Planning helpers -------------------------------------------------------------------- */

typedef struct {
    size_t para, start, end;
} rng;

/* Anchor ranges (ids 0..n-1) in a one-part body and return the new XML (malloc'd). */
static char *surgery(const char *body, const rng *r, size_t n, int highlight, nt_part *part,
                     int *placed) {
    char *xml = malloc(strlen(body) + 256);
    sprintf(xml, "<w:document " W_NS "><w:body>%s</w:body></w:document>", body);
    model_part(part, "word/document.xml", NT_PART_BODY, xml);
    free(xml);
    nt_anchor a[16];
    for (size_t i = 0; i < n; i++)
        a[i] = (nt_anchor){(uint32_t)r[i].para, r[i].start, r[i].end, (int)i, 0};
    nt_edits ed = {0};
    CHECK(nt_anchor_plan(part, "w", a, n, highlight, &ed) == 0);
    *placed = 0;
    for (size_t i = 0; i < n; i++) *placed += a[i].placed;
    nt_buf out;
    nt_buf_init(&out);
    nt_edits_apply(&ed, part->xml, part->xml_len, &out);
    nt_edits_free(&ed);
    CHECK(well_formed(out.p, out.n));
    return nt_buf_take(&out, NULL);
}

/* Offsets of `words` in paragraph 0's text. */
static rng find(const nt_part *p, size_t para, const char *words) {
    const char *at = strstr(p->paras[para].text, words);
    if (!at) {
        fprintf(stderr, "# '%s' not in '%s'\n", words, p->paras[para].text);
        return (rng){para, 0, 0};
    }
    return (rng){para, (size_t)(at - p->paras[para].text),
                 (size_t)(at - p->paras[para].text) + strlen(words)};
}

static void check_split(const char *title, const char *body, const char *words,
                        const char *bold_word) {
    nt_part part;
    char *xml = malloc(strlen(body) + 256);
    sprintf(xml, "<w:document " W_NS "><w:body>%s</w:body></w:document>", body);
    model_part(&part, "word/document.xml", NT_PART_BODY, xml);
    free(xml);
    rng r = find(&part, 0, words);
    char *before = strdup(part.paras[0].text);
    free_part(&part);
    int placed;
    char *out = surgery(body, &r, 1, 0, &part, &placed);
    printf("# %s\n", title);
    CHECK_INT(placed, 1);
    CHECK_STR(anchored(out, 0), words);
    CHECK_STR(anchored(out, -1), before); /* the paragraph reads exactly as before */
    CHECK_INT(count(out, "<w:commentReference w:id=\"0\"/>"), 1);
    if (bold_word) CHECK(strstr(rpr_of(out, bold_word), "<w:b/>") != NULL);
    free(before);
    free(out);
    free_part(&part);
}

static void test_splits(void) {
    check_split("match starts and ends inside runs",
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Mari kita pilih</w:t></w:r>"
                "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> pasangan nomor 02 "
                "sekarang</w:t></w:r></w:p>",
                "pilih pasangan nomor 02", "pilih");
    check_split(
        "match spans three runs",
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ayo sukseskan </w:t></w:r><w:r><w:t>paslon</w:t></w:r>"
        "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\"> nomor urut 02 "
        "ya</w:t></w:r></w:p>",
        "sukseskan paslon nomor", "sukseskan ");
    check_split("match crosses a hyperlink",
                "<w:p><w:r><w:t xml:space=\"preserve\">Silakan ikuti </w:t></w:r><w:hyperlink "
                "r:id=\"rId9\">"
                "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/></w:rPr><w:t>akun resmi "
                "paslon</w:t></w:r></w:hyperlink>"
                "<w:r><w:t xml:space=\"preserve\"> dan bagikan</w:t></w:r></w:p>",
                "ikuti akun resmi", "akun resmi");
    check_split("match crosses a tracked insertion",
                "<w:p><w:r><w:t xml:space=\"preserve\">Mohon dukung </w:t></w:r><w:ins w:id=\"7\" "
                "w:author=\"A\" "
                "w:date=\"2024-01-01T00:00:00Z\"><w:r><w:rPr><w:b/></w:rPr><w:t>calon nomor "
                "1</w:t></w:r></w:ins>"
                "<w:r><w:t xml:space=\"preserve\"> di TPS</w:t></w:r></w:p>",
                "dukung calon nomor 1 di", "calon nomor 1");
    check_split("entities before the split point",
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>A &amp; B &lt;pilih&gt; nomor &#48;2 &#x2014; "
                "ok</w:t></w:r></w:p>",
                "pilih> nomor 02", NULL);
    check_split(
        "match is a whole run",
        "<w:p><w:r><w:t xml:space=\"preserve\">Hari ini </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
        "<w:t>coblos 02</w:t></w:r><w:r><w:t xml:space=\"preserve\"> saja</w:t></w:r></w:p>",
        "coblos 02", "coblos 02");
    check_split("match after a tab inside the same run",
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t>pilih 02</w:t></w:r></w:p>", "pilih",
                "pilih");
}

static void test_split_keeps_spaces(void) {
    nt_part part;
    rng r = {0, 5, 10};
    int placed;
    char *out =
        surgery("<w:p><w:r><w:t>Mari pilih nomor 02</w:t></w:r></w:p>", &r, 1, 0, &part, &placed);
    /* the original w:t now ends with a space: it must preserve it */
    CHECK(strstr(out, "<w:t xml:space=\"preserve\">Mari </w:t>") != NULL);
    CHECK(strstr(out, "<w:t xml:space=\"preserve\"> nomor 02</w:t>") != NULL);
    free(out);
    free_part(&part);
}

static void test_many_in_one_paragraph(void) {
    const char *body = "<w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>Ayo coblos paslon 02 dan "
                       "ajak keluarga coblos 02</w:t></w:r></w:p>";
    nt_part part;
    char *xml = malloc(strlen(body) + 256);
    sprintf(xml, "<w:document " W_NS "><w:body>%s</w:body></w:document>", body);
    model_part(&part, "word/document.xml", NT_PART_BODY, xml);
    free(xml);
    rng r[3] = {find(&part, 0, "coblos paslon 02"), find(&part, 0, "paslon 02 dan ajak"),
                find(&part, 0, "keluarga coblos 02")};
    free_part(&part);
    int placed;
    char *out = surgery(body, r, 3, 1, &part, &placed);
    CHECK_INT(placed, 3);
    CHECK_STR(anchored(out, 0), "coblos paslon 02");
    CHECK_STR(anchored(out, 1), "paslon 02 dan ajak");
    CHECK_STR(anchored(out, 2), "keluarga coblos 02");
    CHECK_STR(anchored(out, -1), "Ayo coblos paslon 02 dan ajak keluarga coblos 02");
    /* highlight only on the matched pieces, in schema order after w:sz */
    CHECK_STR(rpr_of(out, "Ayo "), "<w:sz w:val=\"24\"/>");
    CHECK_STR(rpr_of(out, "coblos "), "<w:sz w:val=\"24\"/><w:highlight w:val=\"yellow\"/>");
    CHECK_STR(rpr_of(out, "paslon 02"), "<w:sz w:val=\"24\"/><w:highlight w:val=\"yellow\"/>");
    CHECK_STR(rpr_of(out, " "), "<w:sz w:val=\"24\"/>"); /* between two matches */
    free(out);
    free_part(&part);
}

static void test_highlight_order(void) {
    nt_part part;
    rng r = {0, 0, 5};
    int placed;
    char *out = surgery(
        "<w:p><w:r><w:rPr><w:b/><w:color w:val=\"FF0000\"/><w:lang w:val=\"id-ID\"/></w:rPr>"
        "<w:t>pilih dia</w:t></w:r><w:r><w:t xml:space=\"preserve\"> lagi</w:t></w:r></w:p>",
        &r, 1, 1, &part, &placed);
    CHECK_STR(rpr_of(out, "pilih"), "<w:b/><w:color w:val=\"FF0000\"/><w:highlight "
                                    "w:val=\"yellow\"/><w:lang w:val=\"id-ID\"/>");
    CHECK_STR(rpr_of(out, " dia"), "<w:b/><w:color w:val=\"FF0000\"/><w:lang w:val=\"id-ID\"/>");
    free(out);
    free_part(&part);
    /* a run without rPr gets one; an existing highlight is not doubled */
    rng r2[2] = {{0, 0, 5}, {0, 6, 9}};
    out = surgery("<w:p><w:r><w:t>pilih </w:t></w:r><w:r><w:rPr><w:highlight "
                  "w:val=\"green\"/></w:rPr><w:t>dia</w:t></w:r></w:p>",
                  r2, 2, 1, &part, &placed);
    CHECK_STR(rpr_of(out, "pilih"), "<w:highlight w:val=\"yellow\"/>");
    CHECK_INT(count(out, "w:highlight"), 2);
    free(out);
    free_part(&part);
}

static void test_whole_para_and_removal(void) {
    nt_part part;
    rng r[2] = {{0, 0, 0}, {1, 0, 4}};
    int placed;
    char *out =
        surgery("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>KOP</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>Teks biasa</w:t></w:r></w:p>",
                r, 2, 0, &part, &placed);
    CHECK_INT(placed, 2);
    CHECK_STR(anchored(out, 0), "KOP");
    CHECK(strstr(out, "</w:pPr><w:commentRangeStart w:id=\"0\"/>") != NULL);
    CHECK_STR(anchored(out, 1), "Teks");
    /* removing comment 0 leaves comment 1 and the text intact */
    long ids[1] = {0};
    nt_edits ed = {0};
    CHECK(nt_anchor_plan_removal(out, strlen(out), ids, 1, &ed) == 0);
    nt_buf b;
    nt_buf_init(&b);
    nt_edits_apply(&ed, out, strlen(out), &b);
    nt_edits_free(&ed);
    CHECK(well_formed(b.p, b.n));
    CHECK_INT(count(b.p, "w:id=\"0\""), 0);
    CHECK_INT(count(b.p, "w:id=\"1\""), 3);
    CHECK_INT(count(b.p, "CommentReference"), 1);
    CHECK_STR(anchored(b.p, -1), "KOPTeks biasa");
    nt_buf_free(&b);
    free(out);
    free_part(&part);
}

static void test_unsafe_is_refused(void) {
    nt_part part;
    rng r = {0, 0, 3};
    int placed;
    /* a paragraph that is not in the body flow (text box) is not anchored */
    char *xml = strdup("<w:document " W_NS
                       "><w:body><w:p><w:r><w:t>abc</w:t></w:r></w:p></w:body></w:document>");
    model_part(&part, "word/document.xml", NT_PART_BODY, xml);
    free(xml);
    part.paras[0].in_body_flow = 0;
    nt_anchor a = {0, 0, 3, 0, 0};
    nt_edits ed = {0};
    CHECK(nt_anchor_plan(&part, "w", &a, 1, 0, &ed) == 0);
    CHECK_INT(a.placed, 0);
    CHECK_INT(ed.n, 0);
    nt_edits_free(&ed);
    free_part(&part);
    /* offsets past the paragraph end are refused, not trusted */
    r = (rng){0, 1, 99};
    char *out = surgery("<w:p><w:r><w:t>abc</w:t></w:r></w:p>", &r, 1, 0, &part, &placed);
    CHECK_INT(placed, 0);
    free(out);
    free_part(&part);
}

/* ---- Whole packages ---------------------------------------------------------------------- */

typedef struct {
    const char *name, *data;
} entry;

static void *make_zip(const entry *e, size_t n, size_t *len) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_source_keep(src);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    for (size_t i = 0; i < n; i++)
        zip_file_add(za, e[i].name, zip_source_buffer(za, e[i].data, strlen(e[i].data), 0), 0);
    zip_close(za);
    zip_stat_t st;
    zip_source_open(src);
    zip_source_stat(src, &st);
    void *buf = malloc(st.size);
    zip_source_read(src, buf, st.size);
    zip_source_close(src);
    zip_source_free(src);
    *len = st.size;
    return buf;
}

/* Inflate one entry of a zip in memory (NULL when absent). */
static char *zip_part(const void *z, size_t zl, const char *name) {
    zip_error_t ze;
    zip_source_t *src = zip_source_buffer_create(z, zl, 0, &ze);
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
    zip_stat_t st;
    char *out = NULL;
    if (!zip_stat(za, name, 0, &st)) {
        zip_file_t *f = zip_fopen(za, name, 0);
        out = calloc(1, st.size + 1);
        zip_fread(f, out, st.size);
        zip_fclose(f);
    }
    zip_discard(za);
    return out;
}

/* Raw compressed bytes and CRC of each entry of a, compared with b; counts unequal entries
 * and entries missing from b, except those named in skip. */
static int raw_differences(const void *a, size_t al, const void *b, size_t bl, const char **skip) {
    zip_error_t ze;
    zip_t *za = zip_open_from_source(zip_source_buffer_create(a, al, 0, &ze), ZIP_RDONLY, &ze);
    zip_t *zb = zip_open_from_source(zip_source_buffer_create(b, bl, 0, &ze), ZIP_RDONLY, &ze);
    int diffs = 0;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        int skipped = 0;
        for (const char **s = skip; *s; s++) skipped |= !strcmp(*s, name);
        if (skipped) continue;
        zip_stat_t sa, sb;
        if (zip_stat_index(za, (zip_uint64_t)i, 0, &sa) || zip_stat(zb, name, 0, &sb) ||
            sa.crc != sb.crc || sa.comp_size != sb.comp_size || sa.comp_method != sb.comp_method) {
            diffs++;
            continue;
        }
        char *ra = malloc(sa.comp_size + 1), *rb = malloc(sb.comp_size + 1);
        zip_file_t *fa = zip_fopen_index(za, (zip_uint64_t)i, ZIP_FL_COMPRESSED);
        zip_file_t *fb = zip_fopen(zb, name, ZIP_FL_COMPRESSED);
        zip_int64_t na = zip_fread(fa, ra, sa.comp_size), nb = zip_fread(fb, rb, sb.comp_size);
        diffs += na != nb || memcmp(ra, rb, (size_t)na);
        zip_fclose(fa);
        zip_fclose(fb);
        free(ra);
        free(rb);
    }
    zip_discard(za);
    zip_discard(zb);
    return diffs;
}

static const char *first_entry(const void *z, size_t zl) {
    static char name[256];
    zip_error_t ze;
    zip_t *za = zip_open_from_source(zip_source_buffer_create(z, zl, 0, &ze), ZIP_RDONLY, &ze);
    snprintf(name, sizeof name, "%s", zip_get_name(za, 0, 0));
    zip_discard(za);
    return name;
}

static const char CT[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "%s</Types>";
static const char ROOT_RELS[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "</Relationships>";
static const char DOC[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W_NS "><w:body>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>SURAT EDARAN</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Mari kita pilih</w:t></w:r><w:r><w:t "
    "xml:space=\"preserve\"> paslon nomor 02 bersama.</w:t></w:r></w:p>"
    "<w:sectPr/></w:body></w:document>";
static const char HEADER[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " W_NS
                             "><w:p><w:r><w:t>Dukung paslon 02</w:t></w:r></w:p></w:hdr>";
static const char THEIR_COMMENTS[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments " W_NS ">"
    "<w:comment w:id=\"0\" w:author=\"Budi\" w:initials=\"B\"><w:p><w:r><w:t>Cek "
    "ulang</w:t></w:r></w:p></w:comment>"
    "<w:comment w:id=\"3\" w:author=\"Sari\" "
    "w:initials=\"S\"><w:p><w:r><w:t>OK</w:t></w:r></w:p></w:comment>"
    "</w:comments>";

typedef struct fixture {
    nt_doc doc;
    nt_part parts[3];
    netral_report *rep;
} fixture;

static void add_finding(netral_report *rep, const char *part, const char *where, int para, size_t s,
                        size_t e, const char *excerpt) {
    netral_finding f = {"endorsement.vote-call",
                        "endorsement",
                        "high",
                        0.9,
                        part,
                        where,
                        para,
                        s,
                        e,
                        excerpt,
                        "Ajakan memilih pasangan calon tertentu.",
                        "PP 94/2021 Pasal 5",
                        "Hapus ajakan ini.",
                        NULL,
                        0};
    nt_report_add(rep, &f);
}

/* Open a docx from memory and model its document (and header/comments when present). */
static int load(fixture *fx, const void *z, size_t zl) {
    memset(fx, 0, sizeof *fx);
    nt_limits lim;
    nt_limits_default(&lim);
    nt_err err = {0};
    if (nt_package_open_mem(z, zl, &lim, &fx->doc.pkg, &err)) {
        fprintf(stderr, "# open: %s\n", err.msg);
        return -1;
    }
    static const struct {
        const char *name;
        nt_part_kind kind;
    } names[] = {{"word/document.xml", NT_PART_BODY},
                 {"word/header1.xml", NT_PART_HEADER},
                 {"word/comments.xml", NT_PART_COMMENTS}};
    for (size_t i = 0; i < 3; i++) {
        char *x = zip_part(z, zl, names[i].name);
        if (!x) continue;
        model_part(&fx->parts[fx->doc.nparts++], names[i].name, names[i].kind, x);
        free(x);
    }
    fx->doc.parts = fx->parts;
    fx->rep = nt_report_new("x.docx");
    return 0;
}

static void unload(fixture *fx) {
    for (size_t i = 0; i < fx->doc.nparts; i++) free_part(&fx->parts[i]);
    nt_package_close(fx->doc.pkg);
    nt_report_free(fx->rep);
}

static void *build_docx(int with_comments, size_t *len) {
    static char ct[2048], rels[1024];
    snprintf(ct, sizeof ct, CT,
             with_comments ? "<Override PartName=\"/word/comments.xml\" "
                             "ContentType=\"application/"
                             "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                           : "");
    snprintf(rels, sizeof rels,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId7\" "
             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
             "Target=\"header1.xml\"/>%s"
             "</Relationships>",
             with_comments ? "<Relationship Id=\"rId3\" "
                             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                             "relationships/comments\" Target=\"comments.xml\"/>"
                           : "");
    entry e[] = {{"[Content_Types].xml", ct},          {"_rels/.rels", ROOT_RELS},
                 {"word/document.xml", DOC},           {"word/_rels/document.xml.rels", rels},
                 {"word/header1.xml", HEADER},         {"docProps/app.xml", "<Properties/>"},
                 {"word/comments.xml", THEIR_COMMENTS}};
    return make_zip(e, with_comments ? 7 : 6, len);
}

static const char *fixture_lang = "id";

/* Annotate once: vote call in the body, the same words in the header. */
static void *annotate_fixture(const void *z, size_t zl, int extra_own, size_t *out_len) {
    fixture fx;
    if (load(&fx, z, zl)) return NULL;
    const nt_para *p = &fx.parts[0].paras[1];
    const char *at = strstr(p->text, "pilih paslon nomor 02");
    add_finding(fx.rep, "word/document.xml", "body", 1, (size_t)(at - p->text),
                (size_t)(at - p->text) + 21, "pilih paslon nomor 02");
    add_finding(fx.rep, "word/header1.xml", "header", 0, 0, 16, "Dukung paslon 02");
    if (extra_own) {
        /* the engine also reads comments.xml: a hit inside our own earlier comment is ignored */
        const nt_part *c = &fx.parts[2];
        for (size_t i = 0; i < c->nparas; i++)
            if (strstr(c->paras[i].text, "Dukung paslon 02"))
                add_finding(fx.rep, "word/comments.xml", "comment", (int)i, 0, 6, "Dukung");
    }
    void *out = NULL;
    nt_err err = {0};
    nt_annot_opts o = {NULL, NULL, 0, fixture_lang};
    int rc = nt_annotate(&fx.doc, fx.rep, &o, &out, out_len, &err);
    if (rc) fprintf(stderr, "# annotate: %s\n", err.msg);
    CHECK_INT(rc, NETRAL_OK);
    unload(&fx);
    return out;
}

static void test_package_new_comments(void) {
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    size_t zl, ol;
    void *z = build_docx(0, &zl);
    void *o = annotate_fixture(z, zl, 0, &ol);
    CHECK(o != NULL);
    char *doc = zip_part(o, ol, "word/document.xml");
    char *com = zip_part(o, ol, "word/comments.xml");
    char *ct = zip_part(o, ol, "[Content_Types].xml");
    char *rels = zip_part(o, ol, "word/_rels/document.xml.rels");
    char *rrels = zip_part(o, ol, "_rels/.rels");
    char *custom = zip_part(o, ol, "docProps/custom.xml");
    CHECK(doc && com && ct && rels && rrels && custom);
    if (!(doc && com && ct && rels && rrels && custom)) return;
    CHECK(well_formed(doc, strlen(doc)) && well_formed(com, strlen(com)) &&
          well_formed(ct, strlen(ct)));
    CHECK(well_formed(rels, strlen(rels)) && well_formed(custom, strlen(custom)));
    CHECK_STR(anchored(doc, 0), "pilih paslon nomor 02");
    CHECK_STR(anchored(doc, 1),
              "SURAT EDARAN"); /* the header finding is noted on the first paragraph */
    CHECK(strstr(com, "<w:comment w:id=\"0\" w:author=\"Netral\" w:date=\"2023-11-14T22:13:20Z\" "
                      "w:initials=\"N\">"));
    /* category in words and severity first, rule id last */
    CHECK(strstr(com, ">Netral \xC2\xB7 [Dukungan kepada calon \xE2\x80\x94 tingkat tinggi]<"));
    CHECK(strstr(com, "Dasar hukum: PP 94/2021 Pasal 5"));
    CHECK(strstr(com, "Saran: Hapus ajakan ini."));
    CHECK(strstr(com, ">Aturan: endorsement.vote-call<"));
    CHECK(strstr(com, "Hapus ajakan ini.") < strstr(com, "Aturan: endorsement.vote-call"));
    CHECK(strstr(com, "Ditemukan di kop/header (word/header1.xml, paragraf 1): \xC2\xAB"
                      "Dukung paslon 02\xC2\xBB"));
    CHECK(strstr(rels, "Type=\"" NT_REL_COMMENTS "\" Target=\"comments.xml\""));
    CHECK(strstr(rels, "Id=\"rId8\""));
    CHECK(strstr(ct,
                 "<Override PartName=\"/word/comments.xml\" ContentType=\"" NT_CT_COMMENTS "\"/>"));
    CHECK(strstr(ct,
                 "<Override PartName=\"/docProps/custom.xml\" ContentType=\"" NT_CT_CUSTOM "\"/>"));
    CHECK(strstr(rrels, "Target=\"docProps/custom.xml\""));
    CHECK(strstr(custom, "name=\"NetralVerdict\"><vt:lpwstr>violation</vt:lpwstr>"));
    CHECK(strstr(custom, "name=\"NetralFindings\"><vt:i4>2</vt:i4>"));
    CHECK(strstr(custom, "pid=\"2\""));
    CHECK_STR(first_entry(o, ol), "[Content_Types].xml");
    const char *changed[] = {"word/document.xml", "[Content_Types].xml", "_rels/.rels",
                             "word/_rels/document.xml.rels", NULL};
    CHECK_INT(raw_differences(z, zl, o, ol, changed), 0);

    /* annotating the annotated copy gives the same comments, once */
    size_t ol2;
    void *o2 = annotate_fixture(o, ol, 1, &ol2);
    char *doc2 = zip_part(o2, ol2, "word/document.xml"),
         *com2 = zip_part(o2, ol2, "word/comments.xml");
    CHECK_STR(com2, com);
    CHECK_STR(anchored(doc2, 0), "pilih paslon nomor 02");
    CHECK_STR(anchored(doc2, 1), "SURAT EDARAN");
    CHECK_INT(count(doc2, "commentReference"), 2);
    CHECK_STR(anchored(doc2, -1), anchored(doc, -1));
    char *custom2 = zip_part(o2, ol2, "docProps/custom.xml"),
         *ct2 = zip_part(o2, ol2, "[Content_Types].xml");
    CHECK_STR(custom2, custom);
    CHECK_INT(count(ct2, "/word/comments.xml"), 1);
    const char *changed2[] = {"word/document.xml", "word/comments.xml", "docProps/custom.xml",
                              NULL};
    CHECK_INT(raw_differences(o, ol, o2, ol2, changed2), 0);
    free(doc2);
    free(com2);
    free(custom2);
    free(ct2);
    free(o2);
    free(doc);
    free(com);
    free(ct);
    free(rels);
    free(rrels);
    free(custom);
    free(o);
    free(z);
}

static void test_package_merge_comments(void) {
    size_t zl, ol;
    void *z = build_docx(1, &zl);
    void *o = annotate_fixture(z, zl, 0, &ol);
    char *com = zip_part(o, ol, "word/comments.xml"), *doc = zip_part(o, ol, "word/document.xml");
    char *rels = zip_part(o, ol, "word/_rels/document.xml.rels"),
         *ct = zip_part(o, ol, "[Content_Types].xml");
    CHECK(com && doc && rels && ct);
    if (!(com && doc && rels && ct)) return;
    CHECK(well_formed(com, strlen(com)));
    CHECK(strstr(com, "w:author=\"Budi\"") && strstr(com, "Cek ulang") &&
          strstr(com, "w:author=\"Sari\""));
    CHECK(strstr(com, "<w:comment w:id=\"4\" w:author=\"Netral\""));
    CHECK(strstr(com, "<w:comment w:id=\"5\" w:author=\"Netral\""));
    CHECK_INT(count(com, "<w:comment "), 4);
    CHECK_STR(anchored(doc, 4), "pilih paslon nomor 02");
    CHECK_INT(count(rels, "relationships/comments\""), 1);
    CHECK_INT(count(ct, "/word/comments.xml"), 1);
    const char *changed[] = {"word/document.xml", "word/comments.xml", "[Content_Types].xml",
                             "_rels/.rels", NULL};
    CHECK_INT(raw_differences(z, zl, o, ol, changed), 0);
    free(com);
    free(doc);
    free(rels);
    free(ct);
    free(o);
    free(z);
}

static void test_english_labels(void) {
    size_t zl, ol;
    void *z = build_docx(0, &zl);
    fixture_lang = "en";
    void *o = annotate_fixture(z, zl, 0, &ol);
    fixture_lang = "id";
    char *com = zip_part(o, ol, "word/comments.xml");
    CHECK(com &&
          strstr(com, ">Netral \xC2\xB7 [Support for a candidate \xE2\x80\x94 high severity]<"));
    CHECK(com && strstr(com, ">Rule: endorsement.vote-call<"));
    CHECK(com && strstr(com, "Legal basis: PP 94/2021 Pasal 5"));
    CHECK(com && strstr(com, "Suggestion: Hapus ajakan ini."));
    CHECK(com && strstr(com, "Found in the header (word/header1.xml, paragraph 1): \xE2\x80\x9C"
                             "Dukung paslon 02\xE2\x80\x9D"));
    free(com);
    free(o);
    free(z);
}

static void test_clean_document(void) {
    size_t zl, ol;
    void *z = build_docx(0, &zl);
    fixture fx;
    CHECK(load(&fx, z, zl) == 0);
    void *o = NULL;
    nt_err err = {0};
    CHECK_INT(nt_annotate(&fx.doc, fx.rep, NULL, &o, &ol, &err), NETRAL_OK);
    char *com = zip_part(o, ol, "word/comments.xml"),
         *custom = zip_part(o, ol, "docProps/custom.xml");
    CHECK(com == NULL);
    CHECK(custom && strstr(custom, "<vt:lpwstr>clean</vt:lpwstr>"));
    const char *changed[] = {"[Content_Types].xml", "_rels/.rels", NULL};
    CHECK_INT(raw_differences(z, zl, o, ol, changed), 0); /* document.xml untouched, raw */
    free(com);
    free(custom);
    free(o);
    free(z);
    unload(&fx);
}

/* ---- Findings with offsets no rule should produce ---------------------------------------- */

/* Every XML part of a zip in memory is well-formed. */
static int zip_well_formed(const void *z, size_t zl) {
    zip_error_t ze;
    zip_t *za = zip_open_from_source(zip_source_buffer_create(z, zl, 0, &ze), ZIP_RDONLY, &ze);
    int ok = za != NULL;
    for (zip_int64_t i = 0; ok && i < zip_get_num_entries(za, 0); i++) {
        const char *n = zip_get_name(za, (zip_uint64_t)i, 0);
        size_t nl = strlen(n);
        if (nl < 4 || (strcmp(n + nl - 4, ".xml") && strcmp(n + nl - 4, "rels"))) continue;
        char *x = zip_part(z, zl, n);
        ok = x && well_formed(x, strlen(x));
        if (!ok) fprintf(stderr, "# %s is not well-formed\n", n);
        free(x);
    }
    if (za) zip_discard(za);
    return ok;
}

/* Random paragraphs, offsets past the end, inside UTF-8 sequences, unknown parts, negative
 * paragraph numbers: the copy is still well-formed XML everywhere. */
static void random_findings(const char *path, unsigned seed) {
    nt_package *pkg;
    nt_doc *doc;
    nt_err err = {0};
    if (nt_package_open_path(path, NULL, &pkg, &err) ||
        nt_doc_load(pkg, NULL, NT_DOC_KEEP_XML, &doc, &err)) {
        CHECK(!"fixture loads");
        return;
    }
    netral_report *rep = nt_report_new(path);
    static const char *sev[] = {"high", "medium", "low", "info"};
    uint64_t r = seed * 2654435761u + 1;
    for (int k = 0; k < 60; k++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        const nt_part *pt = &doc->parts[(r >> 33) % doc->nparts];
        if (!pt->nparas) continue;
        const nt_para *p = &pt->paras[(r >> 20) % pt->nparas];
        size_t s = (size_t)((r >> 12) % (p->len + 3)), e = s + (size_t)((r >> 40) % 30);
        netral_finding f = {"uji.acak",
                            "endorsement",
                            sev[(r >> 8) % 4],
                            0.5,
                            (r >> 50) % 10 ? pt->name : "word/tidak-ada.xml",
                            "body",
                            (r >> 45) % 20 ? (int)p->index : -3,
                            s,
                            e,
                            "kutipan",
                            "pesan",
                            "dasar",
                            "saran",
                            NULL,
                            0};
        nt_report_add(rep, &f);
    }
    void *out = NULL;
    size_t len = 0;
    nt_annot_opts o = {NULL, NULL, (int)(seed & 1), "id"};
    CHECK_INT(nt_annotate(doc, rep, &o, &out, &len, &err), NETRAL_OK);
    CHECK(out && zip_well_formed(out, len));
    free(out);
    nt_report_free(rep);
    nt_doc_free(doc);
}

static void test_random_findings(void) {
    const char *dirs[] = {"tests/fixtures/annotate", "samples"};
    int files = 0;
    for (size_t d = 0; d < 2; d++) {
        DIR *dir = opendir(dirs[d]);
        struct dirent *e;
        while (dir && (e = readdir(dir))) {
            size_t n = strlen(e->d_name);
            if (n < 5 || strcmp(e->d_name + n - 5, ".docx")) continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dirs[d], e->d_name);
            for (unsigned seed = 1; seed <= 4; seed++) random_findings(path, seed);
            files++;
        }
        if (dir) closedir(dir);
    }
    printf("# random findings over %d documents\n", files);
    CHECK(files >= 6);
}

static void test_mid_character(void) {
    /* "café": a rule claiming to start inside the é gets the whole character */
    nt_part part;
    rng r = {0, 10, 13};
    int placed;
    char *out =
        surgery("<w:p><w:r><w:t>pilih caf\xC3\xA9 02</w:t></w:r></w:p>", &r, 1, 1, &part, &placed);
    CHECK_INT(placed, 1);
    CHECK_STR(anchored(out, 0), "\xC3\xA9 0");
    CHECK_STR(rpr_of(out, "\xC3\xA9 0"), "<w:highlight w:val=\"yellow\"/>");
    free(out);
    free_part(&part);
}

/* Thousands of findings with a rule's 4 KiB message each (the report's cap): comments.xml
 * deflates far better than the reader's 200:1 ZIP-bomb cap, so the writer must keep the copy
 * readable (comment budget, then stored instead of deflated). Issue 9, rule-bad-findings. */
static void test_flood_reads_back(void) {
    size_t zl, ol = 0;
    void *z = build_docx(0, &zl);
    fixture fx;
    if (load(&fx, z, zl)) {
        CHECK(!"fixture loads");
        free(z);
        return;
    }
    char *msg = malloc(NT_REPORT_TEXT_MAX + 1);
    memset(msg, 'z', NT_REPORT_TEXT_MAX);
    msg[NT_REPORT_TEXT_MAX] = 0;
    const nt_para *p = &fx.parts[0].paras[1];
    /* one-character findings at every offset: one comment per offset, each with 3000/len of them */
    for (size_t i = 0; i < 3000; i++) {
        netral_finding f = {i & 1 ? "uji.banjir-a" : "uji.banjir-b",
                            "endorsement",
                            "high",
                            0.9,
                            "word/document.xml",
                            "body",
                            1,
                            i % p->len,
                            i % p->len + 1,
                            "x",
                            msg,
                            msg,
                            msg,
                            NULL,
                            0};
        nt_report_add(fx.rep, &f);
    }
    void *o = NULL;
    nt_err err = {0};
    CHECK_INT(nt_annotate(&fx.doc, fx.rep, NULL, &o, &ol, &err), NETRAL_OK);
    nt_package *pkg = NULL;
    char *com = NULL;
    size_t cl = 0;
    CHECK_INT(nt_package_open_mem(o, ol, NULL, &pkg, &err), NETRAL_OK);
    if (pkg) {
        int rc = nt_package_read(pkg, "word/comments.xml", &com, &cl, &err);
        if (rc) fprintf(stderr, "# comments.xml: %s\n", err.msg);
        CHECK_INT(rc, NETRAL_OK);
        CHECK(com && well_formed(com, cl));
        CHECK_INT(count(com ? com : "", "<w:comment "), (int)p->len); /* one per span */
        CHECK(
            com &&
            strstr(com, " temuan lain pada kata-kata ini.")); /* 12 spelled out, the rest counted */
        CHECK(cl < (32u << 20)); /* the budget: full text first, then brief comments */
    }
    free(com);
    nt_package_close(pkg);
    free(o);
    free(msg);
    unload(&fx);
    free(z);
}

/* ---- Atomic writes ----------------------------------------------------------------------- */

static int dir_entries(const char *dir) {
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    if (d) closedir(d);
    return n;
}

static void test_atomic(void) {
    char dir[] = "/tmp/netral-annot-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/out.docx", dir);
    nt_err err = {0};
    CHECK_INT(nt_write_atomic(path, "hello", 5, &err), NETRAL_OK);
    struct stat st;
    CHECK(stat(path, &st) == 0 && st.st_size == 5);
    mode_t um = umask(022);
    umask(um);
    CHECK_INT(st.st_mode & 0777, 0666 & ~um);
    CHECK_INT(nt_write_atomic(path, "hi", 2, &err), NETRAL_OK); /* replaces */
    CHECK(stat(path, &st) == 0 && st.st_size == 2);
    CHECK_INT(dir_entries(dir), 1);

    /* unwritable folder: a clear error naming the path, nothing created */
    char ro[300];
    snprintf(ro, sizeof ro, "%s/ro", dir);
    mkdir(ro, 0555);
    snprintf(path, sizeof path, "%s/out.docx", ro);
    chmod(dir, 0755);
    pid_t pid = fork();
    if (pid == 0) {
        /* root may write anywhere: check as an ordinary user */
        if (geteuid() == 0 && (setgid(65534) || setuid(65534))) _exit(2);
        nt_err e2 = {0};
        int r = nt_write_atomic(path, "x", 1, &e2);
        _exit(r == NETRAL_E_IO && strstr(e2.msg, path) && strstr(e2.msg, "izin ditolak") ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_INT(dir_entries(ro), 0);
    snprintf(path, sizeof path, "%s/missing/out.docx", dir);
    CHECK_INT(nt_write_atomic(path, "x", 1, &err), NETRAL_E_IO);
    CHECK(strstr(err.msg, "folder tujuan tidak ada") != NULL);

    /* a write that fails halfway (file size limit, as when the disk fills up) leaves nothing */
    snprintf(path, sizeof path, "%s/big.docx", dir);
    pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {4096, 4096};
        setrlimit(RLIMIT_FSIZE, &rl);
        static char big[65536];
        nt_err e2 = {0};
        int r = nt_write_atomic(path, big, sizeof big, &e2);
        _exit(r == NETRAL_E_IO && strstr(e2.msg, "batas ukuran") ? 0 : 1);
    }
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_INT(dir_entries(dir), 2); /* out.docx and ro/ only */
    CHECK(access(path, F_OK) != 0);

    rmdir(ro);
    snprintf(path, sizeof path, "%s/out.docx", dir);
    unlink(path);
    rmdir(dir);
}

int main(void) {
    test_splits();
    test_split_keeps_spaces();
    test_many_in_one_paragraph();
    test_highlight_order();
    test_whole_para_and_removal();
    test_unsafe_is_refused();
    test_package_new_comments();
    test_package_merge_comments();
    test_english_labels();
    test_mid_character();
    test_random_findings();
    test_clean_document();
    test_flood_reads_back();
    test_atomic();
    return tap_done();
}
