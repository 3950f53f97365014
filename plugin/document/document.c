/* document.c - the document model: loads every text-bearing part of a package through its
 * relationships, gathers letterhead facts, and prints the text/JSON views. */
#include "document.h"
#include "xml.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *kind_name(nt_part_kind k) {
    static const char *names[] = {"body", "header", "footer", "footnotes", "endnotes", "comments"};
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "body";
}

/* ---- UTF-16 parts --------------------------------------------------------------------------- */

/* Expat reads UTF-16, but the annotator edits part XML by byte offsets and writes UTF-8: so a
 * UTF-16 part is turned into UTF-8 first (declaration included) and offsets refer to that. */
static int utf16_kind(const unsigned char *d, size_t n) {
    if (n >= 2 && d[0] == 0xFF && d[1] == 0xFE) return 1;
    if (n >= 2 && d[0] == 0xFE && d[1] == 0xFF) return 2;
    if (n >= 4 && d[0] == '<' && d[1] == 0 && d[2] == '?' && d[3] == 0) return 1;
    if (n >= 4 && d[0] == 0 && d[1] == '<' && d[2] == 0 && d[3] == '?') return 2;
    return 0;
}

/* The XML declaration still names UTF-16 (or UCS-2...): make it say what the bytes now are. */
static void fix_declaration(nt_buf *b) {
    if (b->n < 6 || memcmp(b->p, "<?xml", 5)) return;
    char *end = strstr(b->p, "?>");
    char *enc = strstr(b->p, "encoding");
    if (!end || !enc || enc > end) return;
    char *q = enc + 8;
    while (q < end && *q != '"' && *q != '\'') q++;
    if (q >= end) return;
    char *q2 = memchr(q + 1, *q, (size_t)(end - q - 1));
    if (!q2) return;
    nt_buf out;
    nt_buf_init(&out);
    nt_buf_put(&out, b->p, (size_t)(q + 1 - b->p));
    nt_buf_puts(&out, "UTF-8");
    nt_buf_put(&out, q2, b->n - (size_t)(q2 - b->p));
    if (out.oom) {
        nt_buf_free(&out);
        b->oom = 1;
        return;
    }
    nt_buf_free(b);
    *b = out;
}

static int utf16_to_utf8(const char *part, char **data, size_t *len, nt_err *err) {
    const unsigned char *d = (const unsigned char *)*data;
    int kind = utf16_kind(d, *len);
    if (!kind) return 0;
    size_t i = (d[0] == 0xFF || d[0] == 0xFE) ? 2 : 0;
    nt_buf b;
    nt_buf_init(&b);
    while (i + 1 < *len) {
        uint32_t u =
            kind == 1 ? (uint32_t)(d[i] | d[i + 1] << 8) : (uint32_t)(d[i] << 8 | d[i + 1]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < *len) {
            uint32_t lo =
                kind == 1 ? (uint32_t)(d[i] | d[i + 1] << 8) : (uint32_t)(d[i] << 8 | d[i + 1]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            nt_buf_free(&b);
            nt_err_set(err, NETRAL_E_MALFORMED_XML,
                       NT_L("%s: UTF-16 tidak valid (surrogate tanpa pasangan)",
                            "%s: invalid UTF-16 (unpaired surrogate)"),
                       part);
            return NETRAL_E_MALFORMED_XML;
        }
        char enc[4];
        nt_buf_put(&b, enc, nt_utf8_encode(u, enc));
    }
    fix_declaration(&b);
    if (b.oom) {
        nt_buf_free(&b);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("%s: memori habis", "%s: out of memory"), part);
        return NETRAL_E_NOMEM;
    }
    free(*data);
    *data = nt_buf_take(&b, len);
    return 0;
}

/* ---- Loading parts ------------------------------------------------------------------------- */

static int cmp_rel_id(const void *a, const void *b) {
    return strcmp((*(const nt_rel *const *)a)->id, (*(const nt_rel *const *)b)->id);
}

static const nt_rel *find_rel(const nt_rel **sorted, size_t n, const char *id) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(sorted[mid]->id, id);
        if (!c) return sorted[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Relationships sorted by id, built on the first link that needs one (parts may hold thousands
 * of links and of relationships). */
static int sorted_rels(nt_package *pkg, const char *part, const nt_rel ***out, size_t *n,
                       nt_err *err) {
    const nt_rel *rels;
    int rc = nt_package_rels(pkg, part, &rels, n, err);
    if (rc) return rc;
    *out = malloc((*n ? *n : 1) * sizeof **out);
    if (!*out) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    for (size_t i = 0; i < *n; i++) (*out)[i] = &rels[i];
    qsort(*out, *n, sizeof **out, cmp_rel_id);
    return NETRAL_OK;
}

/* Hyperlinks were recorded by relationship id; swap in the target (URL or part name). A
 * relationships part that cannot be read is an error like any other part's. */
static int resolve_links(nt_package *pkg, nt_part *part, nt_err *err) {
    const nt_rel **sorted = NULL;
    size_t nrels = 0;
    int rc = NETRAL_OK;
    for (size_t i = 0; !rc && i < part->nparas; i++) {
        nt_para *p = &part->paras[i];
        for (size_t j = 0; !rc && j < p->nlinks; j++) {
            if (p->links[j][0] == '#') continue;
            if (!sorted && (rc = sorted_rels(pkg, part->name, &sorted, &nrels, err))) break;
            const nt_rel *r = find_rel(sorted, nrels, p->links[j]);
            if (!r) continue;
            char *t = nt_strdup(r->target);
            if (!t) {
                nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
                rc = NETRAL_E_NOMEM;
                break;
            }
            free(p->links[j]);
            p->links[j] = t;
        }
    }
    free(sorted);
    return rc;
}

static int load_part(nt_doc *doc, const char *name, nt_part_kind kind, const nt_limits *lim,
                     unsigned flags, nt_err *err) {
    char *data;
    size_t len;
    int rc = nt_package_read(doc->pkg, name, &data, &len, err);
    if (!rc) rc = utf16_to_utf8(name, &data, &len, err);
    if (rc) {
        free(data);
        return rc;
    }
    nt_part *np = realloc(doc->parts, (doc->nparts + 1) * sizeof *np);
    if (!np) {
        free(data);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    doc->parts = np;
    nt_part *part = &np[doc->nparts];
    rc = nt_wordml_parse(name, kind, data, len, lim, part, err);
    if (rc) {
        free(data);
        return rc;
    }
    doc->nparts++;
    if (flags & NT_DOC_KEEP_XML) {
        part->xml = data;
        part->xml_len = len;
    } else {
        free(data);
    }
    return resolve_links(doc->pkg, part, err);
}

static int already_loaded(const nt_doc *doc, const char *name) {
    for (size_t i = 0; i < doc->nparts; i++)
        if (!strcasecmp(doc->parts[i].name, name)) return 1;
    return 0;
}

/* Headers, footers, notes and comments, in that order, as the main part's relationships name
 * them; a relationship to a part missing from the zip is skipped (Word does the same). */
static int load_related(nt_doc *doc, const nt_limits *lim, unsigned flags, nt_err *err) {
    static const struct {
        const char *suffix;
        nt_part_kind kind;
    } order[] = {{"/header", NT_PART_HEADER},
                 {"/footer", NT_PART_FOOTER},
                 {"/footnotes", NT_PART_FOOTNOTES},
                 {"/endnotes", NT_PART_ENDNOTES},
                 {"/comments", NT_PART_COMMENTS}};
    const nt_rel *rels;
    size_t n;
    int rc = nt_package_rels(doc->pkg, nt_package_main_part(doc->pkg), &rels, &n, err);
    for (size_t k = 0; !rc && k < sizeof order / sizeof order[0]; k++)
        for (size_t i = 0; !rc && i < n; i++) {
            const nt_rel *r = &rels[i];
            if (r->external || !nt_ends_with(r->type, order[k].suffix)) continue;
            if (!nt_package_has_part(doc->pkg, r->target) || already_loaded(doc, r->target))
                continue;
            rc = load_part(doc, r->target, order[k].kind, lim, flags, err);
        }
    return rc;
}

/* ---- Document properties ------------------------------------------------------------------ */

typedef struct props_parse {
    nt_xml x;                /* first member (opc.h) */
    const char *const *want; /* local names to capture at depth 2 */
    char **slots;
    int cur; /* index into want, -1 when not capturing */
    nt_buf text;
} props_parse;

static void XMLCALL props_start(void *ud, const XML_Char *name, const XML_Char **atts) {
    (void)atts;
    props_parse *c = ud;
    if (!nt_xml_enter(&c->x)) return;
    c->cur = -1;
    if (c->x.depth != 2) return;
    const char *local = nt_xml_local(name);
    for (int i = 0; c->want[i]; i++)
        if (!strcmp(local, c->want[i]) && !c->slots[i]) {
            c->cur = i;
            c->text.n = 0;
        }
}

static void XMLCALL props_end(void *ud, const XML_Char *name) {
    (void)name;
    props_parse *c = ud;
    if (c->cur >= 0 && c->x.depth == 2 && c->text.n && !c->text.oom)
        c->slots[c->cur] = nt_strndup(c->text.p, c->text.n);
    c->cur = -1;
    nt_xml_leave(&c->x);
}

static void XMLCALL props_text(void *ud, const XML_Char *s, int len) {
    props_parse *c = ud;
    if (c->cur >= 0 && len > 0 && c->text.n < 4096) nt_buf_put(&c->text, s, (size_t)len);
}

/* Properties are facts for rules, not text: a damaged properties part is ignored. */
static void read_props(nt_doc *doc, const char *type_suffix, const nt_limits *lim,
                       const char *const *want, char **slots) {
    const char *part = nt_package_rel_target(doc->pkg, "", type_suffix);
    char *data;
    size_t len;
    nt_err err;
    if (!part || !nt_package_has_part(doc->pkg, part)) return;
    if (nt_package_read(doc->pkg, part, &data, &len, &err)) return;
    if (utf16_to_utf8(part, &data, &len, &err)) {
        free(data);
        return;
    }
    props_parse c;
    memset(&c, 0, sizeof c);
    c.want = want;
    c.slots = slots;
    c.cur = -1;
    if (!nt_xml_init(&c.x, lim, &c)) {
        XML_SetElementHandler(c.x.p, props_start, props_end);
        XML_SetCharacterDataHandler(c.x.p, props_text);
        nt_xml_parse(&c.x, part, data, len, &err);
    }
    nt_xml_fini(&c.x);
    nt_buf_free(&c.text);
    free(data);
}

/* ---- Letterhead facts ---------------------------------------------------------------------- */

static int blank(const nt_para *p) {
    for (size_t i = 0; i < p->len; i++)
        if (p->text[i] != ' ' && p->text[i] != '\t' && p->text[i] != '\n') return 0;
    return 1;
}

/* Leading body paragraphs that form the letterhead block: the first lines up to an empty line
 * or a horizontal rule, or the first table when the body starts with one; at most 8 lines. */
static int kop_paras(const nt_part *body) {
    const int max_lines = 8;
    size_t i = 0, n = body->nparas;
    const nt_para *p = body->paras;
    while (i < n && blank(&p[i])) i++;
    if (i == n) return 0;
    int lines = 0;
    if (p[i].table >= 0) {
        for (; i < n && (p[i].table >= 0 || p[i].where == NT_WHERE_TEXTBOX) && lines < max_lines;
             i++)
            if (!blank(&p[i])) lines++;
        return (int)i;
    }
    for (; i < n && lines < max_lines; i++) {
        if (blank(&p[i])) break;
        lines++;
        if (p[i].rule_below) {
            i++;
            break;
        }
    }
    return (int)i;
}

/* Copies of every header part's image alt texts, in one array sized up front. */
static int header_alts(nt_doc *doc, nt_letterhead *lh) {
    size_t total = 0;
    for (size_t i = 0; i < doc->nparts; i++)
        if (doc->parts[i].kind == NT_PART_HEADER) total += doc->parts[i].nimage_alts;
    if (!total) return 0;
    lh->header_image_alts = calloc(total, sizeof *lh->header_image_alts);
    if (!lh->header_image_alts) return -1;
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *pt = &doc->parts[i];
        for (size_t j = 0; pt->kind == NT_PART_HEADER && j < pt->nimage_alts; j++) {
            char *a = nt_strdup(pt->image_alts[j]);
            if (!a) return -1;
            lh->header_image_alts[lh->nheader_image_alts++] = a;
        }
    }
    return 0;
}

/* ---- Letterhead lines ------------------------------------------------------------------------ */

static size_t line_break_len(const unsigned char *s, size_t n);

const char *nt_kop_source_name(int source) {
    static const char *const names[] = {"header", "body", "table", "textbox", "alt"};
    return source >= 0 && source < 5 ? names[source] : "body";
}

#define KOP_MAX_LINES     32  /* a kop has a handful; a hostile header may have a million */
#define KOP_LINE_MAX      512 /* longer lines are prose, not a letterhead, but are kept cut */
#define KOP_TEXTBOX_PARAS 16  /* text boxes among the body's first paragraphs count as kop lines */

void nt_kop_lines_free(nt_letterhead *lh) {
    for (size_t i = 0; i < lh->nlines; i++) free(lh->lines[i].text);
    free(lh->lines);
    lh->lines = NULL;
    lh->nlines = 0;
}

static int is_trim(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* One line [start, end) of a paragraph's text (or of an alt text, with start = end = 0 kept). */
static int kop_add(nt_letterhead *lh, size_t *cap, const char *text, size_t start, size_t end,
                   uint32_t part, uint32_t para, int source) {
    while (start < end && is_trim((unsigned char)text[start])) start++;
    while (end > start && is_trim((unsigned char)text[end - 1])) end--;
    if (end == start || lh->nlines >= KOP_MAX_LINES) return 0;
    if (lh->nlines == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        nt_kop_line *nl = realloc(lh->lines, nc * sizeof *nl);
        if (!nl) return NETRAL_E_NOMEM;
        lh->lines = nl;
        *cap = nc;
    }
    size_t len = nt_utf8_cut(text + start, end - start, KOP_LINE_MAX);
    nt_kop_line *l = &lh->lines[lh->nlines];
    if (!(l->text = nt_strndup(text + start, len))) return NETRAL_E_NOMEM;
    l->part = part;
    l->para = para;
    l->start = source == NT_KOP_ALT ? 0 : (uint32_t)start;
    l->end = source == NT_KOP_ALT ? 0 : (uint32_t)(start + len);
    l->source = source;
    lh->nlines++;
    return 0;
}

/* Each line of a text split at its line breaks (Shift+Enter, CR, LF, U+2028 ...). */
static int kop_split(nt_letterhead *lh, size_t *cap, const char *text, size_t len, uint32_t part,
                     uint32_t para, int source) {
    const unsigned char *s = (const unsigned char *)text;
    size_t from = 0;
    for (size_t i = 0; i < len && lh->nlines < KOP_MAX_LINES;) {
        size_t k = line_break_len(s + i, len - i);
        if (!k) {
            i++;
            continue;
        }
        if (kop_add(lh, cap, text, from, i, part, para, source)) return NETRAL_E_NOMEM;
        i += k;
        from = i;
    }
    return kop_add(lh, cap, text, from, len, part, para, source);
}

static int para_source(const nt_para *p, int dflt) {
    if (p->where == NT_WHERE_TEXTBOX) return NT_KOP_TEXTBOX;
    if (p->table >= 0) return NT_KOP_TABLE;
    return dflt;
}

/* Alt texts of the images held by paragraphs [from, to) of a part. */
static int kop_alts(nt_letterhead *lh, size_t *cap, const nt_part *pt, uint32_t part, uint32_t from,
                    uint32_t to) {
    for (size_t i = 0; i < pt->nimage_alts && lh->nlines < KOP_MAX_LINES; i++) {
        uint32_t para = pt->image_alt_para ? pt->image_alt_para[i] : UINT32_MAX;
        if (para == UINT32_MAX) para = 0; /* outside any paragraph: the part's first one */
        if (para < from || para >= to || para >= pt->nparas) continue;
        const char *a = pt->image_alts[i];
        if (kop_split(lh, cap, a, strlen(a), part, para, NT_KOP_ALT)) return NETRAL_E_NOMEM;
    }
    return 0;
}

int nt_kop_collect(nt_doc *doc) {
    nt_letterhead *lh = &doc->lh;
    nt_kop_lines_free(lh);
    size_t cap = 0;
    for (size_t i = 0; i < doc->nparts && lh->nlines < KOP_MAX_LINES; i++) {
        const nt_part *pt = &doc->parts[i];
        if (pt->kind != NT_PART_HEADER) continue;
        for (size_t j = 0; j < pt->nparas && lh->nlines < KOP_MAX_LINES; j++) {
            const nt_para *p = &pt->paras[j];
            if (kop_split(lh, &cap, p->text ? p->text : "", p->len, (uint32_t)i, p->index,
                          para_source(p, NT_KOP_HEADER)))
                return NETRAL_E_NOMEM;
        }
        if (kop_alts(lh, &cap, pt, (uint32_t)i, 0, (uint32_t)pt->nparas)) return NETRAL_E_NOMEM;
    }
    if (!doc->nparts || doc->parts[0].kind != NT_PART_BODY) return 0;
    const nt_part *body = &doc->parts[0];
    size_t kop = lh->body_kop_paras > 0 ? (size_t)lh->body_kop_paras : 0;
    if (kop > body->nparas) kop = body->nparas;
    for (size_t j = 0;
         j < body->nparas && j < (kop > KOP_TEXTBOX_PARAS ? kop : KOP_TEXTBOX_PARAS) &&
         lh->nlines < KOP_MAX_LINES;
         j++) {
        const nt_para *p = &body->paras[j];
        if (j >= kop && p->where != NT_WHERE_TEXTBOX) continue;
        if (kop_split(lh, &cap, p->text ? p->text : "", p->len, 0, p->index,
                      para_source(p, NT_KOP_BODY)))
            return NETRAL_E_NOMEM;
    }
    return kop_alts(lh, &cap, body, 0, 0, (uint32_t)(kop ? kop : 1));
}

static int letterhead(nt_doc *doc, const nt_limits *lim) {
    nt_letterhead *lh = &doc->lh;
    nt_buf b;
    nt_buf_init(&b);
    if (header_alts(doc, lh)) return NETRAL_E_NOMEM;
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *pt = &doc->parts[i];
        if (pt->kind != NT_PART_HEADER) continue;
        lh->header_images += pt->images;
        for (size_t j = 0; j < pt->nparas; j++) {
            if (blank(&pt->paras[j])) continue;
            if (b.n) nt_buf_putc(&b, '\n');
            nt_buf_put(&b, pt->paras[j].text, pt->paras[j].len);
        }
    }
    if (b.oom) {
        nt_buf_free(&b);
        return NETRAL_E_NOMEM;
    }
    lh->header_text = nt_buf_take(&b, NULL);
    if (!lh->header_text) return NETRAL_E_NOMEM;
    if (doc->nparts) lh->body_kop_paras = kop_paras(&doc->parts[0]);
    static const char *const core[] = {"title", "subject", "creator", "lastModifiedBy", NULL};
    char *core_slots[4] = {0};
    read_props(doc, "/core-properties", lim, core, core_slots);
    lh->title = core_slots[0];
    lh->subject = core_slots[1];
    lh->author = core_slots[2];
    lh->last_modified_by = core_slots[3];
    static const char *const app[] = {"Company", NULL};
    read_props(doc, "/extended-properties", lim, app, &lh->company);
    return nt_kop_collect(doc);
}

/* ---- Public entry points ------------------------------------------------------------------- */

void nt_doc_free(nt_doc *doc) {
    if (!doc) return;
    for (size_t i = 0; i < doc->nparts; i++) nt_part_free(&doc->parts[i]);
    free(doc->parts);
    nt_letterhead *lh = &doc->lh;
    free(lh->header_text);
    for (size_t i = 0; i < lh->nheader_image_alts; i++) free(lh->header_image_alts[i]);
    free(lh->header_image_alts);
    free(lh->title);
    free(lh->subject);
    free(lh->author);
    free(lh->company);
    free(lh->last_modified_by);
    nt_kop_lines_free(lh);
    nt_memo_clear(&doc->memo);
    nt_package_close(doc->pkg);
    free(doc);
}

int nt_doc_load(nt_package *pkg, const nt_limits *lim, unsigned flags, nt_doc **out, nt_err *err) {
    *out = NULL;
    if (!pkg) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    nt_limits def;
    if (!lim) {
        nt_limits_default(&def);
        lim = &def;
    }
    nt_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        nt_package_close(pkg);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    doc->pkg = pkg;
    int rc = load_part(doc, nt_package_main_part(pkg), NT_PART_BODY, lim, flags, err);
    if (!rc) rc = load_related(doc, lim, flags, err);
    if (!rc && (letterhead(doc, lim) || nt_memo_extract(doc))) {
        rc = NETRAL_E_NOMEM;
        nt_err_set(err, rc, NT_L("memori habis", "out of memory"));
    }
    if (rc) {
        nt_doc_free(doc);
        return rc;
    }
    *out = doc;
    return NETRAL_OK;
}

const nt_part *nt_doc_part(const nt_doc *doc, const char *name) {
    if (!doc || !name) return NULL;
    for (size_t i = 0; i < doc->nparts; i++)
        if (!strcasecmp(doc->parts[i].name, name)) return &doc->parts[i];
    return NULL;
}

/* ---- Views --------------------------------------------------------------------------------- */

/* Bytes of a line break starting at s[0..n): CR, LF (w:br and w:cr are '\n' in the model), NEL
 * U+0085, LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029; 0 when s starts with none. */
static size_t line_break_len(const unsigned char *s, size_t n) {
    if (s[0] == '\n' || s[0] == '\r') return 1;
    if (s[0] == 0xC2 && n >= 2 && s[1] == 0x85) return 2;
    if (s[0] == 0xE2 && n >= 3 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) return 3;
    return 0;
}

/* One paragraph on one line, as the contract wants. The model keeps its breaks (the matcher
 * treats them as line ends: sentence bounds, "kam-<br>panye"), so they are spelled out here:
 * every byte of a break becomes one space. The line has the paragraph's length, and finding
 * offsets (bytes into the paragraph's text) stay byte offsets into the printed line. */
static void put_para_line(nt_buf *out, const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    size_t done = 0;
    for (size_t i = 0; i < len;) {
        size_t k = s[i] == '\n' || s[i] == '\r' || s[i] == 0xC2 || s[i] == 0xE2
                       ? line_break_len(s + i, len - i)
                       : 0;
        if (!k) {
            i++;
            continue;
        }
        nt_buf_put(out, text + done, i - done);
        nt_buf_put(out, "   ", k);
        i += k;
        done = i;
    }
    nt_buf_put(out, text + done, len - done);
    nt_buf_putc(out, '\n');
}

void nt_doc_write_text(const nt_doc *doc, nt_buf *out) {
    if (!doc) return;
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *pt = &doc->parts[i];
        nt_buf_printf(out, "== %s ==\n", pt->name);
        for (size_t j = 0; j < pt->nparas; j++)
            put_para_line(out, pt->paras[j].text, pt->paras[j].len);
    }
}

static void json_strs(nt_buf *b, char *const *s, size_t n) {
    nt_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) nt_buf_putc(b, ',');
        nt_json_cstr(b, s[i]);
    }
    nt_buf_putc(b, ']');
}

static void json_span_flags(nt_buf *b, uint32_t f) {
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = {{NT_SPAN_HIDDEN, "hidden"},
                 {NT_SPAN_INSERTED, "inserted"},
                 {NT_SPAN_SYNTHETIC, "synthetic"},
                 {NT_SPAN_FIELD, "field"},
                 {NT_SPAN_HYPERLINK, "hyperlink"}};
    nt_buf_putc(b, '[');
    int first = 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (f & names[i].bit) {
            nt_buf_printf(b, "%s\"%s\"", first ? "" : ",", names[i].name);
            first = 0;
        }
    nt_buf_putc(b, ']');
}

static void json_para(nt_buf *b, const nt_para *p) {
    nt_buf_printf(b, "{\"index\":%u,\"where\":\"%s\",\"style\":", p->index,
                  nt_where_name(p->where));
    nt_json_cstr(b, p->style);
    nt_buf_printf(b,
                  ",\"list_level\":%d,\"table\":%d,\"row\":%d,\"col\":%d,\"text\":", p->list_level,
                  p->table, p->row, p->col);
    nt_json_str(b, p->text, p->len);
    nt_buf_puts(b, ",\"deleted\":");
    nt_json_cstr(b, p->deleted);
    nt_buf_puts(b, ",\"links\":");
    json_strs(b, p->links, p->nlinks);
    nt_buf_printf(b,
                  ",\"hidden\":%s,\"inserted\":%s,\"in_body_flow\":%s,\"rule_below\":%s,"
                  "\"xml\":[%u,%u],\"ppr_end\":%u,\"spans\":[",
                  p->hidden ? "true" : "false", p->inserted ? "true" : "false",
                  p->in_body_flow ? "true" : "false", p->rule_below ? "true" : "false",
                  p->xml_start, p->xml_end, p->ppr_end);
    for (size_t k = 0; k < p->nspans; k++) {
        const nt_span *s = &p->spans[k];
        nt_buf_printf(b, "%s{\"off\":%u,\"len\":%u,\"wt\":%d,\"run\":", k ? "," : "", s->off,
                      s->len, (int)s->wt);
        if (s->run == UINT32_MAX)
            nt_buf_puts(b, "null");
        else
            nt_buf_printf(b, "%u", s->run);
        nt_buf_printf(b, ",\"wt_off\":%u,\"flags\":", s->wt_off);
        json_span_flags(b, s->flags);
        nt_buf_putc(b, '}');
    }
    nt_buf_puts(b, "]}");
}

static void json_part(nt_buf *b, const nt_part *pt) {
    nt_buf_puts(b, "{\"name\":");
    nt_json_cstr(b, pt->name);
    nt_buf_printf(b, ",\"kind\":\"%s\",\"images\":%d,\"image_alts\":", kind_name(pt->kind),
                  pt->images);
    json_strs(b, pt->image_alts, pt->nimage_alts);
    nt_buf_puts(b, ",\"runs\":[");
    for (size_t i = 0; i < pt->nruns; i++) {
        const nt_run *r = &pt->runs[i];
        nt_buf_printf(b, "%s[%u,%u,%u,%u]", i ? "," : "", r->xml_start, r->xml_end, r->rpr_start,
                      r->rpr_end);
    }
    nt_buf_puts(b, "],\"wts\":[");
    for (size_t i = 0; i < pt->nwts; i++) {
        const nt_wt *w = &pt->wts[i];
        nt_buf_printf(b, "%s[%u,%u,%u]", i ? "," : "", w->run, w->content_start, w->content_end);
    }
    nt_buf_puts(b, "],\"paragraphs\":[");
    for (size_t i = 0; i < pt->nparas; i++) {
        if (i) nt_buf_putc(b, ',');
        json_para(b, &pt->paras[i]);
    }
    nt_buf_puts(b, "]}");
}

void nt_doc_write_json(const nt_doc *doc, nt_buf *out) {
    if (!doc) return;
    nt_buf_puts(out, "{\"main\":");
    nt_json_cstr(out, nt_package_main_part(doc->pkg));
    nt_buf_puts(out, ",\"parts\":[");
    for (size_t i = 0; i < doc->nparts; i++) {
        if (i) nt_buf_putc(out, ',');
        json_part(out, &doc->parts[i]);
    }
    const nt_letterhead *lh = &doc->lh;
    nt_buf_puts(out, "],\"letterhead\":{\"header_text\":");
    nt_json_cstr(out, lh->header_text);
    nt_buf_printf(out, ",\"header_images\":%d,\"header_image_alts\":", lh->header_images);
    json_strs(out, lh->header_image_alts, lh->nheader_image_alts);
    nt_buf_printf(out, ",\"body_kop_paras\":%d,\"title\":", lh->body_kop_paras);
    nt_json_cstr(out, lh->title);
    nt_buf_puts(out, ",\"subject\":");
    nt_json_cstr(out, lh->subject);
    nt_buf_puts(out, ",\"author\":");
    nt_json_cstr(out, lh->author);
    nt_buf_puts(out, ",\"company\":");
    nt_json_cstr(out, lh->company);
    nt_buf_puts(out, ",\"last_modified_by\":");
    nt_json_cstr(out, lh->last_modified_by);
    nt_buf_puts(out, ",\"lines\":[");
    for (size_t i = 0; i < lh->nlines; i++) {
        const nt_kop_line *l = &lh->lines[i];
        nt_buf_puts(out, i ? ",{\"text\":" : "{\"text\":");
        nt_json_cstr(out, l->text);
        nt_buf_puts(out, ",\"part\":");
        nt_json_cstr(out, l->part < doc->nparts ? doc->parts[l->part].name : "");
        nt_buf_printf(out, ",\"paragraph\":%u,\"start\":%u,\"end\":%u,\"source\":\"%s\"}", l->para,
                      l->start, l->end, nt_kop_source_name(l->source));
    }
    nt_buf_puts(out, "]},\"memo\":{");
    int first = 1;
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++) {
        const char *v = nt_memo_field(&doc->memo, i);
        if (!v) continue;
        nt_buf_printf(out, "%s\"%s\":", first ? "" : ",", nt_memo_keys[i]);
        nt_json_cstr(out, v);
        first = 0;
    }
    nt_buf_puts(out, "}}\n");
}

void nt_doc_write_paragraphs_json(const nt_doc *doc, nt_buf *out) {
    if (!doc) return;
    nt_buf_puts(out, "{\"parts\":[");
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *pt = &doc->parts[i];
        nt_buf_puts(out, i ? ",{\"name\":" : "{\"name\":");
        nt_json_cstr(out, pt->name);
        nt_buf_puts(out, ",\"paragraphs\":[");
        for (size_t j = 0; j < pt->nparas; j++) {
            nt_buf_printf(out, "%s{\"where\":\"%s\",\"text\":", j ? "," : "",
                          nt_where_name(pt->paras[j].where));
            nt_json_str(out, pt->paras[j].text, pt->paras[j].len);
            nt_buf_putc(out, '}');
        }
        nt_buf_puts(out, "]}");
    }
    nt_buf_puts(out, "]}");
}
