/* wordml.c - the WordprocessingML reader: one part's XML (Expat, streaming) -> paragraphs with
 * text, a span map back to runs and w:t elements, tables, text boxes, fields, tracked changes. */
#include "wordml.h"
#include "wordml_int.h"
#include "xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *nt_where_name(nt_where w) {
    static const char *names[] = {"body",   "table",    "textbox", "header",
                                  "footer", "footnote", "endnote", "comment"};
    return (unsigned)w < sizeof names / sizeof names[0] ? names[w] : "body";
}

/* ---- Parser state ------------------------------------------------------------------------------ */

/* What an element did on entry, undone on exit. */
#define F_INS      0x01u
#define F_DEL      0x02u
#define F_LINK     0x04u
#define F_FLDSIMP  0x08u
#define F_TXBX     0x10u
#define F_TBL      0x20u
#define F_PROPS    0x40u
#define F_AC       0x80u
#define F_BINDINGS 0x100u

typedef struct elem {
    uint8_t ns, id;
    uint16_t flags;
    uint32_t start, tag_end; /* '<' of the start tag, one past its '>' (tracked elements only) */
    uint32_t aux;            /* run / para index for E_R / E_P */
} elem;

typedef struct binding {
    char prefix[16];
    size_t len;
    int ns;
    int depth;
} binding;

typedef struct pframe {
    uint32_t para;
    uint32_t run; /* current run index or UINT32_MAX */
    int run_hidden;
    int numpr, ilvl, numid_zero;
    nt_buf text, del;
    nt_span *spans;
    size_t nspans, capspans;
} pframe;

#define MAX_FIELDS 32
#define INSTR_CAP  1024

typedef struct field {
    int in_result, is_link;
    size_t ninstr;
    char instr[INSTR_CAP];
} field;

enum { TM_NONE = 0, TM_T, TM_DEL, TM_INSTR };

typedef struct wp {
    nt_xml x; /* first member (opc.h) */
    nt_part_kind kind;
    nt_part *out;
    size_t caprun, capwt, cappara, capalt;
    elem *stack;
    size_t capstack;
    binding bind[32];
    int nbind;
    pframe *frames;
    size_t nframes, capframes;
    int skip; /* > 0: inside an ignored subtree (depth where it began) */
    int props, ins, del, link, fldsimple, txbx;
    struct {
        int table, row, col;
    } * tables;
    size_t ntables_open, captables;
    int ntables;
    uint8_t ac_taken[64];
    int nac;
    field *fields; /* MAX_FIELDS, allocated at the part's first field (32 KiB) */
    int nfields, fields_over, fields_instr, fields_link;
    int text_mode;
    int32_t cur_wt;
    uint32_t cur_wt_off;
} wp;

static void oom(wp *w) {
    nt_xml_fail(&w->x, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
}

static int grow(void **arr, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need) nc *= 2;
    void *na = realloc(*arr, nc * size);
    if (!na) return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static uint32_t pos_now(wp *w) { return (uint32_t)XML_GetCurrentByteIndex(w->x.p); }
static uint32_t pos_after(wp *w) {
    return (uint32_t)(XML_GetCurrentByteIndex(w->x.p) + XML_GetCurrentByteCount(w->x.p));
}

static pframe *top_frame(wp *w) { return w->nframes ? &w->frames[w->nframes - 1] : NULL; }
static nt_para *frame_para(wp *w, pframe *f) { return &w->out->paras[f->para]; }

static int parent_id(wp *w, int up) {
    int d = w->x.depth - 1 - up;
    return d >= 0 ? w->stack[d].id : -1;
}

/* ---- Namespace bindings ------------------------------------------------------------------------ */

static int prefix_ns(wp *w, const char *prefix, size_t plen) {
    for (int i = w->nbind - 1; i >= 0; i--)
        if (w->bind[i].len == plen && w->bind[i].prefix[0] == (plen ? prefix[0] : 0) &&
            (plen < 2 || !memcmp(w->bind[i].prefix, prefix, plen)))
            return w->bind[i].ns;
    return NS_OTHER;
}

/* Record declarations of known namespaces, and rebindings of prefixes that were known, so the
 * lookup list stays a handful of entries long. */
static int scan_bindings(wp *w, const char **atts) {
    int added = 0;
    for (size_t i = 0; atts[i]; i += 2) {
        const char *a = atts[i];
        if (a[0] != 'x' || strncmp(a, "xmlns", 5) || (a[5] && a[5] != ':')) continue;
        const char *prefix = a[5] ? a + 6 : "";
        size_t plen = strlen(prefix);
        int ns = nt_wml_ns_of_uri(atts[i + 1]);
        if (plen >= sizeof w->bind[0].prefix) continue;
        if (ns == NS_OTHER && prefix_ns(w, prefix, plen) == NS_OTHER) continue;
        if (w->nbind == (int)(sizeof w->bind / sizeof w->bind[0])) continue;
        binding *b = &w->bind[w->nbind++];
        memcpy(b->prefix, prefix, plen + 1);
        b->len = plen;
        b->ns = ns;
        b->depth = w->x.depth;
        added = 1;
    }
    return added;
}

/* ---- Paragraph text ---------------------------------------------------------------------------- */

static void add_span(wp *w, pframe *f, const char *s, size_t len, int32_t wt, uint32_t wt_off,
                     uint32_t flags) {
    if (!len) return;
    uint32_t off = (uint32_t)f->text.n;
    if (nt_buf_put(&f->text, s, len)) {
        oom(w);
        return;
    }
    if (f->nspans) {
        nt_span *l = &f->spans[f->nspans - 1];
        int contiguous = l->off + l->len == off && l->run == f->run && l->flags == flags &&
                         l->wt == wt && (wt < 0 || l->wt_off + l->len == wt_off);
        if (contiguous) {
            l->len += (uint32_t)len;
            return;
        }
    }
    if (grow((void **)&f->spans, &f->capspans, f->nspans + 1, sizeof *f->spans)) {
        oom(w);
        return;
    }
    f->spans[f->nspans++] = (nt_span){off, (uint32_t)len, wt, f->run, wt < 0 ? 0 : wt_off, flags};
}

static int field_excluded(wp *w) { return w->fields_instr > 0; }

static uint32_t text_flags(wp *w, pframe *f) {
    uint32_t fl = 0;
    if (f->run_hidden) fl |= NT_SPAN_HIDDEN;
    if (w->ins) fl |= NT_SPAN_INSERTED;
    if (w->nfields || w->fldsimple) fl |= NT_SPAN_FIELD;
    if (w->link || w->fields_link) fl |= NT_SPAN_HYPERLINK;
    return fl;
}

static void mark_para(wp *w, pframe *f, uint32_t flags) {
    nt_para *p = frame_para(w, f);
    if (flags & NT_SPAN_HIDDEN) p->hidden = 1;
    if (flags & NT_SPAN_INSERTED) p->inserted = 1;
}

/* Text produced by an element rather than a w:t (tab, break, symbol). */
static void add_synthetic(wp *w, const char *s, size_t len) {
    pframe *f = top_frame(w);
    if (!f || field_excluded(w)) return;
    if (w->del) {
        if (nt_buf_put(&f->del, s, len)) oom(w);
        return;
    }
    uint32_t fl = text_flags(w, f) | NT_SPAN_SYNTHETIC;
    add_span(w, f, s, len, -1, 0, fl);
    mark_para(w, f, fl);
}

#define MAX_LINKS 64 /* distinct targets kept per paragraph: facts for rules, bounded work */

static void add_link(wp *w, const char *target, size_t len) {
    pframe *f = top_frame(w);
    if (!f || !len) return;
    nt_para *p = frame_para(w, f);
    if (p->nlinks >= MAX_LINKS) return;
    for (size_t i = 0; i < p->nlinks; i++)
        if (strlen(p->links[i]) == len && !memcmp(p->links[i], target, len)) return;
    char **nl = realloc(p->links, (p->nlinks + 1) * sizeof *nl);
    if (!nl) {
        oom(w);
        return;
    }
    p->links = nl;
    if (!(nl[p->nlinks] = nt_strndup(target, len))) {
        oom(w);
        return;
    }
    p->nlinks++;
}

/* HYPERLINK "url" [\l "anchor"] in a field instruction. */
static int link_from_instr(wp *w, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (n - i < 9 || strncasecmp(s + i, "HYPERLINK", 9)) return 0;
    i += 9;
    int anchor = 0;
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        if (i + 1 < n && s[i] == '\\') {
            anchor = s[i + 1] == 'l';
            i += 2;
            continue;
        }
        size_t b = i, e;
        if (i < n && s[i] == '"') {
            b = ++i;
            while (i < n && s[i] != '"') i++;
            e = i++;
        } else {
            while (i < n && s[i] != ' ') i++;
            e = i;
        }
        if (e > b) {
            if (e - b > INSTR_CAP) e = b + INSTR_CAP; /* w:fldSimple's instr has no length cap */
            if (anchor) {
                char tmp[INSTR_CAP + 2];
                tmp[0] = '#';
                memcpy(tmp + 1, s + b, e - b);
                add_link(w, tmp, e - b + 1);
            } else {
                add_link(w, s + b, e - b);
            }
            return 1;
        }
        anchor = 0;
    }
    return 1;
}

/* ---- Symbols (w:sym): Symbol and a few Wingdings glyphs in the private-use range ------------- */

static uint32_t sym_symbol(unsigned c) {
    static const uint16_t lo[95] = {
        /* 0x20..0x7E */
        0x20,   0x21,   0x2200, 0x23,  0x2203, 0x25,  0x26,  0x220B, 0x28,   0x29,  0x2217, 0x2B,
        0x2C,   0x2212, 0x2E,   0x2F,  0x30,   0x31,  0x32,  0x33,   0x34,   0x35,  0x36,   0x37,
        0x38,   0x39,   0x3A,   0x3B,  0x3C,   0x3D,  0x3E,  0x3F,   0x2245, 0x391, 0x392,  0x3A7,
        0x394,  0x395,  0x3A6,  0x393, 0x397,  0x399, 0x3D1, 0x39A,  0x39B,  0x39C, 0x39D,  0x39F,
        0x3A0,  0x398,  0x3A1,  0x3A3, 0x3A4,  0x3A5, 0x3C2, 0x3A9,  0x39E,  0x3A8, 0x396,  0x5B,
        0x2234, 0x5D,   0x22A5, 0x5F,  0x203E, 0x3B1, 0x3B2, 0x3C7,  0x3B4,  0x3B5, 0x3C6,  0x3B3,
        0x3B7,  0x3B9,  0x3D5,  0x3BA, 0x3BB,  0x3BC, 0x3BD, 0x3BF,  0x3C0,  0x3B8, 0x3C1,  0x3C3,
        0x3C4,  0x3C5,  0x3D6,  0x3C9, 0x3BE,  0x3C8, 0x3B6, 0x7B,   0x7C,   0x7D,  0x223C};
    static const uint16_t hi[64] = {
        /* 0xA0..0xDF */
        0x20AC, 0x3D2,  0x2032, 0x2264, 0x2044, 0x221E, 0x192,  0x2663, 0x2666, 0x2665, 0x2660,
        0x2194, 0x2190, 0x2191, 0x2192, 0x2193, 0xB0,   0xB1,   0x2033, 0x2265, 0xD7,   0x221D,
        0x2202, 0x2022, 0xF7,   0x2260, 0x2261, 0x2248, 0x2026, 0x23D0, 0x23AF, 0x21B5, 0x2135,
        0x2111, 0x211C, 0x2118, 0x2297, 0x2295, 0x2205, 0x2229, 0x222A, 0x2283, 0x2287, 0x2284,
        0x2282, 0x2286, 0x2208, 0x2209, 0x2220, 0x2207, 0xAE,   0xA9,   0x2122, 0x220F, 0x221A,
        0x22C5, 0xAC,   0x2227, 0x2228, 0x21D4, 0x21D0, 0x21D1, 0x21D2, 0x21D3};
    if (c >= 0x20 && c <= 0x7E) return lo[c - 0x20];
    if (c >= 0xA0 && c <= 0xDF) return hi[c - 0xA0];
    if (c == 0xE0) return 0x25CA;
    if (c == 0xE5) return 0x2211;
    if (c == 0xF2) return 0x222B;
    return 0;
}

static uint32_t sym_wingdings(unsigned c) {
    static const struct {
        uint8_t c;
        uint16_t u;
    } map[] = {{0x4A, 0x263A}, {0x4C, 0x2639}, {0x6C, 0x25CF}, {0x6E, 0x25A0}, {0x6F, 0x25A1},
               {0x71, 0x2751}, {0x75, 0x25C6}, {0x76, 0x2756}, {0xA1, 0x25CB}, {0xA7, 0x25AA},
               {0xA8, 0x25FB}, {0xD8, 0x27A2}, {0xE8, 0x2794}, {0xFB, 0x2717}, {0xFC, 0x2713},
               {0xFD, 0x2612}, {0xFE, 0x2611}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].c == c) return map[i].u;
    return 0;
}

static void on_sym(wp *w, const char **atts) {
    const char *ch = nt_xml_attr(atts, "char"), *font = nt_xml_attr(atts, "font");
    if (!ch) return;
    unsigned long code = strtoul(ch, NULL, 16);
    uint32_t cp = 0;
    int symbol = font && !strcasecmp(font, "Symbol"),
        wingdings = font && !strcasecmp(font, "Wingdings");
    /* symbol fonts are addressed by glyph code, written either F0xx or plain 00xx */
    if ((symbol || wingdings) && (code <= 0xFF || (code >= 0xF000 && code <= 0xF0FF))) {
        unsigned c = (unsigned)(code & 0xFF);
        cp = symbol ? sym_symbol(c) : sym_wingdings(c);
    } else if (code >= 0x20 && code < 0xE000 && !(code >= 0xD800 && code <= 0xDFFF)) {
        cp = (uint32_t)code;
    }
    if (!cp) return;
    char buf[4];
    add_synthetic(w, buf, nt_utf8_encode(cp, buf));
}

/* ---- Paragraphs -------------------------------------------------------------------------------- */

static nt_where where_now(wp *w) {
    switch (w->kind) {
    case NT_PART_HEADER: return NT_WHERE_HEADER;
    case NT_PART_FOOTER: return NT_WHERE_FOOTER;
    case NT_PART_FOOTNOTES: return NT_WHERE_FOOTNOTE;
    case NT_PART_ENDNOTES: return NT_WHERE_ENDNOTE;
    case NT_PART_COMMENTS: return NT_WHERE_COMMENT;
    default: break;
    }
    if (w->txbx) return NT_WHERE_TEXTBOX;
    return w->ntables_open ? NT_WHERE_TABLE : NT_WHERE_BODY;
}

/* Frames keep their buffers between paragraphs (fewer allocations); new slots start zeroed. */
static pframe *push_frame(wp *w) {
    if (w->nframes == w->capframes) {
        size_t nc = w->capframes ? w->capframes * 2 : 8;
        pframe *nf = realloc(w->frames, nc * sizeof *nf);
        if (!nf) return NULL;
        memset(nf + w->capframes, 0, (nc - w->capframes) * sizeof *nf);
        w->frames = nf;
        w->capframes = nc;
    }
    pframe *f = &w->frames[w->nframes++];
    f->run = UINT32_MAX;
    f->run_hidden = f->numpr = f->ilvl = f->numid_zero = 0;
    f->text.n = f->del.n = 0;
    f->nspans = 0;
    return f;
}

static void para_start(wp *w, elem *e) {
    nt_part *o = w->out;
    pframe *f;
    if (grow((void **)&o->paras, &w->cappara, o->nparas + 1, sizeof *o->paras) ||
        !(f = push_frame(w))) {
        oom(w);
        return;
    }
    nt_para *p = &o->paras[o->nparas];
    memset(p, 0, sizeof *p);
    p->index = (uint32_t)o->nparas;
    p->where = where_now(w);
    p->list_level = -1;
    p->table = p->row = p->col = -1;
    if (w->ntables_open) {
        p->table = w->tables[w->ntables_open - 1].table;
        p->row = w->tables[w->ntables_open - 1].row;
        p->col = w->tables[w->ntables_open - 1].col;
    }
    p->xml_start = e->start;
    p->xml_end = p->ppr_end = e->tag_end;
    p->in_body_flow = w->kind == NT_PART_BODY && !w->txbx;
    e->aux = (uint32_t)o->nparas++;
    f->para = e->aux;
}

static void para_end(wp *w, elem *e, uint32_t end) {
    pframe *f = top_frame(w);
    if (!f || f->para != e->aux) return;
    nt_para *p = frame_para(w, f);
    p->xml_end = end;
    p->text = nt_strndup(f->text.n ? f->text.p : "", f->text.n);
    p->len = f->text.n;
    if (!p->text) {
        oom(w);
        return;
    }
    if (f->nspans) {
        p->spans = malloc(f->nspans * sizeof *p->spans);
        if (!p->spans) {
            oom(w);
            return;
        }
        memcpy(p->spans, f->spans, f->nspans * sizeof *p->spans);
        p->nspans = f->nspans;
    }
    if (f->del.n && !(p->deleted = nt_strndup(f->del.p, f->del.n))) {
        oom(w);
        return;
    }
    w->nframes--;
}

/* ---- Element handlers -------------------------------------------------------------------------- */

static int truthy(const char *v) {
    return !v || !(!strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "off"));
}

static uint32_t *realloc_array(uint32_t *v, size_t n) {
    uint32_t *nv = realloc(v, n * sizeof *nv);
    if (!nv) free(v);
    return nv;
}

static void add_alt(wp *w, const char *alt) {
    if (!alt || !*alt) return;
    nt_part *o = w->out;
    size_t cap = w->capalt;
    if (grow((void **)&o->image_alts, &w->capalt, o->nimage_alts + 1, sizeof *o->image_alts) ||
        (w->capalt != cap && !(o->image_alt_para = realloc_array(o->image_alt_para, w->capalt)))) {
        oom(w);
        return;
    }
    if (!(o->image_alts[o->nimage_alts] = nt_strdup(alt))) {
        oom(w);
        return;
    }
    pframe *f = top_frame(w);
    o->image_alt_para[o->nimage_alts] = f ? f->para : UINT32_MAX; /* the paragraph holding it */
    o->nimage_alts++;
}

static void rule_in_para(wp *w) {
    pframe *f = top_frame(w);
    if (f) frame_para(w, f)->rule_below = 1;
}

static void field_char(wp *w, const char *type) {
    if (!type) return;
    if (!strcmp(type, "begin")) {
        if (!w->fields && !(w->fields = malloc(MAX_FIELDS * sizeof *w->fields))) {
            oom(w);
            return;
        }
        if (w->nfields == MAX_FIELDS) {
            w->fields_over++;
            return;
        }
        field *fl = &w->fields[w->nfields++];
        fl->in_result = fl->is_link = 0;
        fl->ninstr = 0;
        w->fields_instr++;
    } else if (!strcmp(type, "separate") || !strcmp(type, "end")) {
        if (w->fields_over) {
            if (type[0] == 'e') w->fields_over--;
            return;
        }
        if (!w->nfields) return;
        field *fl = &w->fields[w->nfields - 1];
        if (!fl->in_result) {
            fl->in_result = 1;
            w->fields_instr--;
            if (link_from_instr(w, fl->instr, fl->ninstr)) {
                fl->is_link = 1;
                w->fields_link++;
            }
        }
        if (type[0] == 'e') {
            if (fl->is_link) w->fields_link--;
            w->nfields--;
        }
    }
}

static void start_run(wp *w, elem *e) {
    nt_part *o = w->out;
    e->start = pos_now(w);
    e->tag_end = pos_after(w);
    if (grow((void **)&o->runs, &w->caprun, o->nruns + 1, sizeof *o->runs)) {
        oom(w);
        return;
    }
    o->runs[o->nruns] = (nt_run){e->start, e->tag_end, 0, 0};
    e->aux = (uint32_t)o->nruns++;
    pframe *f = top_frame(w);
    if (f) {
        f->run = e->aux;
        f->run_hidden = 0;
    }
}

/* A w:t in a run is recorded with its content range; its text arrives in on_text. */
static void start_wt(wp *w, int parent) {
    w->text_mode = TM_T;
    w->cur_wt = -1;
    w->cur_wt_off = 0;
    pframe *f = top_frame(w);
    if (!f || f->run == UINT32_MAX || parent != E_R) return;
    nt_part *o = w->out;
    if (grow((void **)&o->wts, &w->capwt, o->nwts + 1, sizeof *o->wts)) {
        oom(w);
        return;
    }
    uint32_t cs = pos_after(w);
    o->wts[o->nwts] = (nt_wt){f->run, cs, cs};
    w->cur_wt = (int32_t)o->nwts++;
}

static void start_table(wp *w, elem *e) {
    if (e->id == E_TBL) {
        if (grow((void **)&w->tables, &w->captables, w->ntables_open + 1, sizeof *w->tables)) {
            oom(w);
            return;
        }
        w->tables[w->ntables_open].table = w->ntables++;
        w->tables[w->ntables_open].row = w->tables[w->ntables_open].col = -1;
        w->ntables_open++;
        e->flags |= F_TBL;
        return;
    }
    if (!w->ntables_open) return;
    if (e->id == E_TR) {
        w->tables[w->ntables_open - 1].row++;
        w->tables[w->ntables_open - 1].col = -1;
    } else {
        w->tables[w->ntables_open - 1].col++;
    }
}

static void start_hyperlink(wp *w, elem *e, const char **atts) {
    const char *id = nt_xml_attr(atts, "id"), *anchor = nt_xml_attr(atts, "anchor");
    if (id && *id) {
        add_link(w, id, strlen(id));
    } else if (anchor && *anchor) {
        nt_buf b;
        nt_buf_init(&b);
        nt_buf_putc(&b, '#');
        nt_buf_puts(&b, anchor);
        if (b.oom)
            oom(w);
        else
            add_link(w, b.p, b.n);
        nt_buf_free(&b);
    }
    e->flags |= F_LINK;
    w->link++;
}

/* Properties of the paragraph itself (w:p/w:pPr/...), not of older revisions in *PrChange. */
static void start_para_prop(wp *w, elem *e, const char **atts, int parent) {
    pframe *f = top_frame(w);
    if (!f) return;
    const char *v = nt_xml_attr(atts, "val");
    switch (e->id) {
    case E_PSTYLE:
        if (parent == E_PPR && parent_id(w, 2) == E_P && v && !frame_para(w, f)->style &&
            !(frame_para(w, f)->style = nt_strdup(v)))
            oom(w);
        break;
    case E_NUMPR:
        if (parent == E_PPR && parent_id(w, 2) == E_P) f->numpr = 1;
        break;
    case E_ILVL:
    case E_NUMID:
        if (parent != E_NUMPR || parent_id(w, 2) != E_PPR || !v) break;
        if (e->id == E_ILVL)
            f->ilvl = atoi(v);
        else
            f->numid_zero = atoi(v) == 0;
        break;
    case E_TOP:
    case E_BOTTOM:
        /* a border line under this paragraph, or over the next one: the letterhead rule */
        if (parent != E_PBDR || parent_id(w, 2) != E_PPR || parent_id(w, 3) != E_P) break;
        if (v && (!strcmp(v, "nil") || !strcmp(v, "none"))) break;
        if (e->id == E_BOTTOM)
            frame_para(w, f)->rule_below = 1;
        else if (f->para > 0)
            w->out->paras[f->para - 1].rule_below = 1;
        break;
    }
}

static void start_w(wp *w, elem *e, const char **atts) {
    int parent = parent_id(w, 1);
    pframe *f;
    switch (e->id) {
    case E_P:
        e->start = pos_now(w);
        e->tag_end = pos_after(w);
        para_start(w, e);
        break;
    case E_R: start_run(w, e); break;
    case E_RPR:
        if (parent == E_R) {
            e->start = pos_now(w);
            e->tag_end = pos_after(w);
        }
        break;
    case E_PPR:
        if (parent == E_P) e->tag_end = pos_after(w);
        break;
    case E_T: start_wt(w, parent); break;
    case E_DELTEXT: w->text_mode = TM_DEL; break;
    case E_INSTRTEXT: w->text_mode = TM_INSTR; break;
    case E_TAB:
    case E_PTAB:
        if (parent == E_R) add_synthetic(w, "\t", 1);
        break;
    case E_BR:
    case E_CR:
        if (parent == E_R) add_synthetic(w, "\n", 1);
        break;
    case E_NBHYPHEN:
        if (parent == E_R) add_synthetic(w, "-", 1);
        break;
    case E_SYM:
        if (parent == E_R) on_sym(w, atts);
        break;
    case E_FLDCHAR:
        if (!w->props) field_char(w, nt_xml_attr(atts, "fldCharType"));
        break;
    case E_FLDSIMPLE: {
        const char *in = nt_xml_attr(atts, "instr");
        if (in && link_from_instr(w, in, strlen(in))) {
            e->flags |= F_LINK;
            w->link++;
        }
        e->flags |= F_FLDSIMP;
        w->fldsimple++;
        break;
    }
    case E_HYPERLINK: start_hyperlink(w, e, atts); break;
    case E_INS:
    case E_MOVETO:
        if (!w->props) {
            e->flags |= F_INS;
            w->ins++;
        }
        break;
    case E_DEL:
    case E_MOVEFROM:
        if (!w->props) {
            e->flags |= F_DEL;
            w->del++;
        }
        break;
    case E_PSTYLE:
    case E_NUMPR:
    case E_ILVL:
    case E_NUMID:
    case E_TOP:
    case E_BOTTOM: start_para_prop(w, e, atts, parent); break;
    case E_VANISH:
        /* only the run's own rPr: an rPr inside rPrChange is an older revision */
        if (parent == E_RPR && parent_id(w, 2) == E_R && (f = top_frame(w)))
            f->run_hidden = truthy(nt_xml_attr(atts, "val"));
        break;
    case E_TBL:
    case E_TR:
    case E_TC: start_table(w, e); break;
    case E_TXBX:
        e->flags |= F_TXBX;
        w->txbx++;
        break;
    default: break;
    }
    if (e->id == E_PROPS || e->id == E_RPR || e->id == E_PPR) {
        e->flags |= F_PROPS;
        w->props++;
    }
}

static void start_other(wp *w, elem *e, const char **atts) {
    switch (e->id) {
    case E_ALTCONTENT:
        if (w->nac < (int)sizeof w->ac_taken) w->ac_taken[w->nac] = 0;
        w->nac++;
        e->flags |= F_AC;
        break;
    case E_CHOICE:
    case E_FALLBACK: {
        if (!w->nac || w->nac > (int)sizeof w->ac_taken) break;
        uint8_t *taken = &w->ac_taken[w->nac - 1];
        /* one branch only: the first Choice, else the Fallback; text boxes are not read twice */
        if (*taken)
            w->skip = w->x.depth;
        else
            *taken = 1;
        break;
    }
    case E_DOCPR: {
        const char *d = nt_xml_attr(atts, "descr");
        add_alt(w, d && *d ? d : nt_xml_attr(atts, "title"));
        break;
    }
    case E_VSHAPE: add_alt(w, nt_xml_attr(atts, "alt")); break;
    case E_PICPIC:
    case E_VIMAGEDATA: w->out->images++; break;
    case E_VLINE: rule_in_para(w); break;
    case E_VRECT: {
        const char *hr = nt_xml_attr(atts, "hr");
        if (hr && (hr[0] == 't' || hr[0] == '1')) rule_in_para(w);
        break;
    }
    case E_PRSTGEOM: {
        const char *g = nt_xml_attr(atts, "prst");
        if (g && (!strcmp(g, "line") || !strncmp(g, "straightConnector", 17))) rule_in_para(w);
        break;
    }
    default: break;
    }
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts) {
    wp *w = ud;
    if (!nt_xml_enter(&w->x)) return;
    if (w->skip) return;
    if (grow((void **)&w->stack, &w->capstack, (size_t)w->x.depth, sizeof *w->stack)) {
        oom(w);
        return;
    }
    elem *e = &w->stack[w->x.depth - 1];
    memset(e, 0, sizeof *e);
    if (scan_bindings(w, atts)) e->flags |= F_BINDINGS;
    const char *colon = strchr(name, ':');
    const char *local = colon ? colon + 1 : name;
    e->ns = (uint8_t)prefix_ns(w, name, colon ? (size_t)(colon - name) : 0);
    e->id = (uint8_t)nt_wml_element_id(e->ns, local);
    if (e->ns == NS_W)
        start_w(w, e, atts);
    else if (e->id)
        start_other(w, e, atts);
}

static void end_tracked(wp *w, elem *e) {
    if (e->id != E_P && e->id != E_R && e->id != E_RPR && e->id != E_PPR && e->id != E_T &&
        e->id != E_NUMPR && e->id != E_DELTEXT && e->id != E_INSTRTEXT)
        return;
    /* an empty-element tag reports no bytes for its end event */
    int selfclosing = XML_GetCurrentByteCount(w->x.p) == 0;
    uint32_t end = selfclosing ? e->tag_end : pos_after(w);
    int parent = parent_id(w, 1);
    switch (e->id) {
    case E_P: para_end(w, e, end); break;
    case E_R: {
        w->out->runs[e->aux].xml_end = end;
        pframe *f = top_frame(w);
        if (f && f->run == e->aux) {
            f->run = UINT32_MAX;
            f->run_hidden = 0;
        }
        break;
    }
    case E_RPR:
        if (parent == E_R) {
            nt_run *r = &w->out->runs[w->stack[w->x.depth - 2].aux];
            r->rpr_start = e->start;
            r->rpr_end = end;
        }
        break;
    case E_PPR:
        if (parent == E_P) {
            pframe *f = top_frame(w);
            if (f && f->para == w->stack[w->x.depth - 2].aux) frame_para(w, f)->ppr_end = end;
        }
        break;
    case E_T:
        if (w->cur_wt >= 0 && !selfclosing) w->out->wts[w->cur_wt].content_end = pos_now(w);
        w->text_mode = TM_NONE;
        w->cur_wt = -1;
        break;
    case E_NUMPR: {
        pframe *f = top_frame(w);
        if (f && f->numpr && parent == E_PPR && parent_id(w, 2) == E_P)
            frame_para(w, f)->list_level = f->numid_zero ? -1 : (f->ilvl < 0 ? 0 : f->ilvl);
        break;
    }
    case E_DELTEXT:
    case E_INSTRTEXT: w->text_mode = TM_NONE; break;
    default: break;
    }
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
    (void)name;
    wp *w = ud;
    if (w->x.code) {
        nt_xml_leave(&w->x);
        return;
    } /* stopped: late callbacks may follow */
    if (w->skip) {
        if (w->skip == w->x.depth)
            w->skip = 0;
        else {
            nt_xml_leave(&w->x);
            return;
        }
    }
    elem *e = &w->stack[w->x.depth - 1];
    if (e->ns == NS_W) end_tracked(w, e);
    uint16_t fl = e->flags;
    if (fl & F_INS) w->ins--;
    if (fl & F_DEL) w->del--;
    if (fl & F_LINK) w->link--;
    if (fl & F_FLDSIMP) w->fldsimple--;
    if (fl & F_TXBX) w->txbx--;
    if (fl & F_TBL) w->ntables_open--;
    if (fl & F_PROPS) w->props--;
    if (fl & F_AC) w->nac--;
    if (fl & F_BINDINGS)
        while (w->nbind && w->bind[w->nbind - 1].depth == w->x.depth) w->nbind--;
    nt_xml_leave(&w->x);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len) {
    wp *w = ud;
    if (w->text_mode == TM_NONE || w->skip || len <= 0 || w->x.code) return;
    pframe *f = top_frame(w);
    if (w->text_mode == TM_INSTR) {
        if (!w->nfields || w->fields[w->nfields - 1].in_result) return;
        field *fl = &w->fields[w->nfields - 1];
        size_t n = (size_t)len < INSTR_CAP - fl->ninstr ? (size_t)len : INSTR_CAP - fl->ninstr;
        memcpy(fl->instr + fl->ninstr, s, n);
        fl->ninstr += n;
        return;
    }
    if (!f) return;
    if (w->text_mode == TM_DEL || w->del) {
        if (nt_buf_put(&f->del, s, (size_t)len)) oom(w);
        return;
    }
    uint32_t off = w->cur_wt_off;
    w->cur_wt_off += (uint32_t)len;
    if (field_excluded(w)) return;
    uint32_t fl = text_flags(w, f);
    add_span(w, f, s, (size_t)len, w->cur_wt, off, fl);
    mark_para(w, f, fl);
}

/* ---- Entry points ------------------------------------------------------------------------------ */

void nt_part_free(nt_part *p) {
    if (!p) return;
    free(p->name);
    free(p->xml);
    free(p->runs);
    free(p->wts);
    for (size_t i = 0; i < p->nparas; i++) {
        nt_para *q = &p->paras[i];
        free(q->style);
        free(q->text);
        free(q->spans);
        free(q->deleted);
        for (size_t j = 0; j < q->nlinks; j++) free(q->links[j]);
        free(q->links);
    }
    free(p->paras);
    for (size_t i = 0; i < p->nimage_alts; i++) free(p->image_alts[i]);
    free(p->image_alts);
    free(p->image_alt_para);
    memset(p, 0, sizeof *p);
}

static void wp_free(wp *w) {
    for (size_t i = 0; i < w->capframes; i++) {
        nt_buf_free(&w->frames[i].text);
        nt_buf_free(&w->frames[i].del);
        free(w->frames[i].spans);
    }
    free(w->frames);
    free(w->stack);
    free(w->tables);
    free(w->fields);
}

int nt_wordml_parse(const char *name, nt_part_kind kind, const char *xml, size_t len,
                    const nt_limits *lim, nt_part *out, nt_err *err) {
    memset(out, 0, sizeof *out);
    if (!name || (!xml && len)) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    if (len > UINT32_MAX) {
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("%s: bagian XML terlalu besar", "%s: XML part too large"), name);
        return NETRAL_E_TOO_LARGE;
    }
    out->name = nt_strdup(name);
    out->kind = kind;
    wp *w = calloc(1, sizeof *w);
    if (!out->name || !w || nt_xml_init(&w->x, lim, w)) {
        free(w);
        nt_part_free(out);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("%s: memori habis", "%s: out of memory"), name);
        return NETRAL_E_NOMEM;
    }
    w->kind = kind;
    w->out = out;
    w->cur_wt = -1;
    XML_SetElementHandler(w->x.p, on_start, on_end);
    XML_SetCharacterDataHandler(w->x.p, on_text);
    int rc = nt_xml_parse(&w->x, name, xml ? xml : "", len, err);
    /* frames left open only after a failure; their paragraphs are freed with the part */
    nt_xml_fini(&w->x);
    wp_free(w);
    free(w);
    if (rc) nt_part_free(out);
    return rc;
}
