/* wordml_para.c - the text side of the WordprocessingML reader: paragraph text with its span map,
 * synthetic characters (tabs, breaks, w:sym glyphs), hyperlinks and paragraph frames. */
#include "wordml_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- Paragraph text ---------------------------------------------------------------------------- */

void nt_wml_add_span(wp *w, pframe *f, const char *s, size_t len, int32_t wt, uint32_t wt_off,
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

int nt_wml_field_excluded(wp *w) { return w->fields_instr > 0; }

void nt_wml_mark_para(wp *w, pframe *f, uint32_t flags) {
    nt_para *p = frame_para(w, f);
    if (flags & NT_SPAN_HIDDEN) p->hidden = 1;
    if (flags & NT_SPAN_INSERTED) p->inserted = 1;
}

/* Text produced by an element rather than a w:t (tab, break, symbol). */
void nt_wml_add_synthetic(wp *w, const char *s, size_t len) {
    pframe *f = top_frame(w);
    if (!f || nt_wml_field_excluded(w)) return;
    if (w->del) {
        if (nt_buf_put(&f->del, s, len)) oom(w);
        return;
    }
    uint32_t fl = text_flags(w, f) | NT_SPAN_SYNTHETIC;
    nt_wml_add_span(w, f, s, len, -1, 0, fl);
    nt_wml_mark_para(w, f, fl);
}

#define MAX_LINKS 64 /* distinct targets kept per paragraph: facts for rules, bounded work */

void nt_wml_add_link(wp *w, const char *target, size_t len) {
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
int nt_wml_link_from_instr(wp *w, const char *s, size_t n) {
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
                nt_wml_add_link(w, tmp, e - b + 1);
            } else {
                nt_wml_add_link(w, s + b, e - b);
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

void nt_wml_on_sym(wp *w, const char **atts) {
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
    nt_wml_add_synthetic(w, buf, nt_utf8_encode(cp, buf));
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

void nt_wml_para_start(wp *w, elem *e) {
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

void nt_wml_para_end(wp *w, elem *e, uint32_t end) {
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
