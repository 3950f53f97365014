/* annot_anchor.c - XML surgery in the main part: comment markers and reference runs around a
 * finding's exact words (runs split, properties kept), highlight, removal of our old markers. */
#include "annot_int.h"

#include <stdlib.h>
#include <string.h>

/* A marker to place: at `off` in the part's XML, either between elements (boundary) or inside a
 * w:t's content (split: the run is closed and reopened around the marker). */
typedef struct event {
    size_t off;
    int split;
    int32_t wt;   /* split only */
    uint32_t run; /* split only */
    size_t poff;  /* paragraph text offset the point stands for (split only) */
    int is_end;
    int id;
    int hl_after;  /* split only: the reopened run is highlighted */
    int zero;      /* end of an empty range: must follow its own start */
    size_t expand; /* self-closing paragraph: offset of its '<' + 1; "/>" becomes ">...</w:p>" */
} event;

typedef struct plan {
    const nt_part *part;
    const char *wp;
    const nt_para *para;
    event *ev;
    size_t nev, cap;
    int oom;
} plan;

static event boundary(size_t off, int is_end) {
    return (event){.off = off, .wt = -1, .is_end = is_end};
}

static int push_event(plan *p, event e) {
    if (p->nev == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        event *v = realloc(p->ev, cap * sizeof *v);
        if (!v) {
            p->oom = 1;
            return -1;
        }
        p->ev = v;
        p->cap = cap;
    }
    p->ev[p->nev++] = e;
    return 0;
}

static int run_ok(const nt_part *part, uint32_t r) {
    if (r >= part->nruns) return 0;
    const nt_run *run = &part->runs[r];
    return run->xml_start < run->xml_end && run->xml_end <= part->xml_len &&
           run->rpr_start <= run->rpr_end && run->rpr_end <= run->xml_end;
}

static int wt_ok(const nt_part *part, int32_t w) {
    if (w < 0 || (size_t)w >= part->nwts) return 0;
    const nt_wt *t = &part->wts[w];
    if (!run_ok(part, t->run)) return 0;
    const nt_run *run = &part->runs[t->run];
    if (!(t->content_start > run->xml_start && t->content_start <= t->content_end &&
          t->content_end < run->xml_end && part->xml[t->content_start - 1] == '>'))
        return 0;
    /* Only character data and references can be split: a w:t holding markup (an element, a
     * comment, CDATA: invalid OOXML, but well-formed) is anchored around its paragraph instead.
     * Found by fuzz_annotate: a split landed inside a child tag and the copy was not XML. */
    return memchr(part->xml + t->content_start, '<', t->content_end - t->content_start) == NULL;
}

/* End of the run's own start tag. */
static size_t run_open_end(const nt_part *part, const nt_run *run) {
    size_t pos = run->xml_start;
    nt_tag t;
    if (nt_xml_next_tag(part->xml, run->xml_end, &pos, &t)) return run->xml_start;
    return t.end;
}

static int only_space(const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return 0;
    return 1;
}

/* Start of the w:t start tag whose content begins at cs. */
static size_t wt_tag_start(const char *x, size_t floor, size_t cs) {
    size_t i = cs - 1;
    while (i > floor && x[i] != '<') i--;
    return i;
}

/* Where a comment boundary at decoded offset d of w:t `w` goes: between runs when d is at the
 * edge of a run's text, otherwise a split inside the content. */
static event point_in_wt(const nt_part *part, int32_t w, size_t d, int is_end) {
    const nt_wt *t = &part->wts[w];
    const nt_run *run = &part->runs[t->run];
    const char *x = part->xml;
    size_t raw = t->content_start +
                 nt_xml_raw_offset(x + t->content_start, t->content_end - t->content_start, d);
    event e = {.off = raw, .split = 1, .wt = w, .run = t->run, .is_end = is_end};
    if (!is_end && raw == t->content_start) {
        size_t head = run->rpr_end ? run->rpr_end : run_open_end(part, run);
        if (head <= t->content_start &&
            only_space(x, head, wt_tag_start(x, head, t->content_start)))
            e = boundary(run->xml_start, is_end);
    } else if (is_end && raw == t->content_end) {
        size_t close = t->content_end;
        while (close < run->xml_end && x[close] != '>') close++;
        size_t tail = run->xml_end;
        while (tail > close && x[tail - 1] != '<') tail--;
        if (tail > close && only_space(x, close + 1, tail - 1)) e = boundary(run->xml_end, is_end);
    }
    return e;
}

/* 1 when run r carries no w:t text in this paragraph (only tabs, breaks, symbols). */
static int run_without_text(const nt_para *para, uint32_t r) {
    for (size_t i = 0; i < para->nspans; i++)
        if (para->spans[i].run == r && para->spans[i].wt >= 0) return 0;
    return 1;
}

/* The boundary event for [s, e) of the paragraph; 0 when found. Text spans decide; a match that
 * holds no text at all may still be anchored around runs made only of tabs or breaks. */
static int find_point(const plan *p, size_t s, size_t e, int is_end, event *out) {
    const nt_para *para = p->para;
    const nt_part *part = p->part;
    for (size_t k = 0; k < para->nspans; k++) {
        size_t i = is_end ? para->nspans - 1 - k : k;
        const nt_span *sp = &para->spans[i];
        if (!sp->len || sp->off >= e || sp->off + sp->len <= s) continue;
        if (sp->wt >= 0) {
            if (!wt_ok(part, sp->wt)) return -1;
            size_t d = is_end ? (e < sp->off + sp->len ? e : sp->off + sp->len) - sp->off
                              : (s > sp->off ? s - sp->off : 0);
            *out = point_in_wt(part, sp->wt, sp->wt_off + d, is_end);
            out->poff = sp->off + d;
            return 0;
        }
    }
    for (size_t k = 0; k < para->nspans; k++) {
        size_t i = is_end ? para->nspans - 1 - k : k;
        const nt_span *sp = &para->spans[i];
        if (!sp->len || sp->off >= e || sp->off + sp->len <= s) continue;
        if (!run_ok(part, sp->run) || !run_without_text(para, sp->run)) return -1;
        const nt_run *run = &part->runs[sp->run];
        *out = boundary(is_end ? run->xml_end : run->xml_start, is_end);
        return 0;
    }
    return -1;
}

/* Whole-paragraph anchor: from after the pPr to just before </w:p>. */
static int para_points(const plan *p, event *st, event *en) {
    const nt_para *para = p->para;
    const char *x = p->part->xml;
    if (para->xml_end > p->part->xml_len || para->xml_start + 4 > para->xml_end) return -1;
    if (x[para->xml_end - 2] == '/') {
        /* an empty <w:p/>: opened up around the markers (see emit_group) */
        *st = boundary(para->xml_end - 2, 0);
        *en = boundary(para->xml_end - 2, 1);
        st->expand = en->expand = para->xml_start + 1;
        return 0;
    }
    if (para->ppr_end <= para->xml_start || para->ppr_end > para->xml_end) return -1;
    size_t close = para->xml_end - 1;
    while (close > para->ppr_end && x[close] != '<') close--;
    if (close < para->ppr_end || x[close] != '<') return -1;
    *st = boundary(para->ppr_end, 0);
    *en = boundary(close, 1);
    return 0;
}

/* Offsets from rules are trusted only this far: a split inside a UTF-8 sequence would write
 * invalid XML, so both ends move out to character boundaries. */
static void char_bounds(const nt_para *para, size_t *s, size_t *e) {
    const unsigned char *t = (const unsigned char *)para->text;
    while (*s > 0 && (t[*s] & 0xC0) == 0x80) (*s)--;
    while (*e < para->len && (t[*e] & 0xC0) == 0x80) (*e)++;
}

static int plan_anchor(plan *p, nt_anchor *a) {
    event st, en;
    if (a->start == a->end) {
        if (para_points(p, &st, &en)) return 0;
    } else {
        if (a->end > p->para->len || a->start > a->end || !p->para->text) return 0;
        size_t s = a->start, e = a->end;
        char_bounds(p->para, &s, &e);
        if (find_point(p, s, e, 0, &st) || find_point(p, s, e, 1, &en)) return 0;
        a->start = s; /* highlight decisions use the same bounds */
        a->end = e;
        if (st.off > en.off) return 0;
    }
    st.id = en.id = a->id;
    en.zero = st.off == en.off;
    if (push_event(p, st) || push_event(p, en)) return -1;
    a->placed = 1;
    return 0;
}

/* At one offset: close earlier ranges, then open new ones, then close empty ones. */
static int event_rank(const event *e) { return e->is_end ? (e->zero ? 2 : 0) : 1; }

static int event_cmp(const void *a, const void *b) {
    const event *x = a, *y = b;
    if (x->off != y->off) return x->off < y->off ? -1 : 1;
    if (event_rank(x) != event_rank(y)) return event_rank(x) < event_rank(y) ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* ---- Highlight --------------------------------------------------------------------------- */

/* Child elements of w:rPr that come after w:highlight in the CT_RPr sequence. */
static int after_highlight(const nt_tag *t) {
    static const char *after[] = {
        "u",     "effect",   "bdr", "shd",  "fitText",         "vertAlign",
        "rtl",   "cs",       "em",  "lang", "eastAsianLayout", "specVanish",
        "oMath", "rPrChange"};
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++)
        if (nt_tag_is(t, after[i])) return 1;
    return 0;
}

static int same_prefix(const nt_tag *a, const nt_tag *b) {
    const char *ca = memchr(a->name, ':', a->name_len), *cb = memchr(b->name, ':', b->name_len);
    size_t la = ca ? (size_t)(ca - a->name) : 0, lb = cb ? (size_t)(cb - b->name) : 0;
    return la == lb && !memcmp(a->name, b->name, la);
}

/* Where to insert <w:highlight/> inside the rPr at [rs, re): before the first later sibling or
 * extension element, else before </w:rPr>. Returns 0 with *at, 1 when it already has one. */
static int highlight_slot(const char *x, size_t rs, size_t re, size_t *at) {
    size_t pos = rs;
    nt_tag root, t;
    if (nt_xml_next_tag(x, re, &pos, &root) || root.kind != NT_TAG_OPEN) return -1;
    int depth = 0;
    while (!nt_xml_next_tag(x, re, &pos, &t)) {
        if (t.kind == NT_TAG_CLOSE) {
            if (depth-- == 0) {
                *at = t.start;
                return 0;
            }
            continue;
        }
        if (depth == 0) {
            if (nt_tag_is(&t, "highlight") && same_prefix(&t, &root)) return 1;
            if (after_highlight(&t) || !same_prefix(&t, &root)) {
                *at = t.start;
                /* a later sibling found; still make sure no highlight follows it */
                size_t p2 = pos;
                nt_tag u;
                int d2 = t.kind == NT_TAG_OPEN;
                while (!nt_xml_next_tag(x, re, &p2, &u)) {
                    if (u.kind == NT_TAG_CLOSE) {
                        if (d2-- == 0) break;
                        continue;
                    }
                    if (d2 == 0 && nt_tag_is(&u, "highlight") && same_prefix(&u, &root)) return 1;
                    if (u.kind == NT_TAG_OPEN) d2++;
                }
                return 0;
            }
        }
        if (t.kind == NT_TAG_OPEN) depth++;
    }
    return -1;
}

static void put_highlight(nt_buf *b, const char *wp) {
    nt_buf_printf(b, "<%s%shighlight %s%sval=\"yellow\"/>", wp, *wp ? ":" : "", wp, *wp ? ":" : "");
}

/* The run properties for a run piece: a copy of the run's rPr, with highlight when asked. */
static void put_rpr(nt_buf *b, const nt_part *part, const nt_run *run, int hl, const char *wp) {
    const char *x = part->xml;
    size_t rs = run->rpr_start, re = run->rpr_end;
    if (re <= rs) {
        if (!hl) return;
        nt_buf_printf(b, "<%s%srPr>", wp, *wp ? ":" : "");
        put_highlight(b, wp);
        nt_buf_printf(b, "</%s%srPr>", wp, *wp ? ":" : "");
        return;
    }
    size_t at;
    if (!hl || highlight_slot(x, rs, re, &at)) {
        if (hl && x[re - 2] == '/') {
            put_rpr(b, part, &(nt_run){0, 0, 0, 0}, hl, wp);
            return;
        }
        nt_buf_put(b, x + rs, re - rs);
        return;
    }
    nt_buf_put(b, x + rs, at - rs);
    put_highlight(b, wp);
    nt_buf_put(b, x + at, re - at);
}

/* Edit that highlights the first piece of a run in place (its own rPr). */
static int highlight_run_head(const plan *p, const nt_run *run, nt_edits *ed) {
    const char *x = p->part->xml;
    nt_buf b;
    nt_buf_init(&b);
    size_t at;
    int rc = 0;
    if (run->rpr_end <= run->rpr_start || x[run->rpr_end - 2] == '/') {
        put_rpr(&b, p->part, &(nt_run){0, 0, 0, 0}, 1, p->wp);
        size_t off = run->rpr_end > run->rpr_start ? run->rpr_start : run_open_end(p->part, run);
        size_t del = run->rpr_end > run->rpr_start ? run->rpr_end - run->rpr_start : 0;
        if (off <= run->xml_start) {
            nt_buf_free(&b);
            return 0;
        }
        rc = nt_edits_add(ed, off, del, b.p, b.n, 1);
    } else if (!highlight_slot(x, run->rpr_start, run->rpr_end, &at)) {
        put_highlight(&b, p->wp);
        rc = nt_edits_add(ed, at, 0, b.p, b.n, 1);
    }
    rc = b.oom ? -1 : rc;
    nt_buf_free(&b);
    return rc;
}

/* g: the anchors of one paragraph. */
static int covered(nt_anchor *const *g, size_t n, size_t at) {
    for (size_t i = 0; i < n; i++)
        if (g[i]->placed && g[i]->start < g[i]->end && g[i]->start <= at && at < g[i]->end)
            return 1;
    return 0;
}

/* Text range of run r inside this paragraph. */
static int run_text_range(const nt_para *para, uint32_t r, size_t *lo, size_t *hi) {
    int found = 0;
    for (size_t i = 0; i < para->nspans; i++) {
        const nt_span *sp = &para->spans[i];
        if (sp->run != r || !sp->len) continue;
        if (!found || sp->off < *lo) *lo = sp->off;
        if (!found || sp->off + sp->len > *hi) *hi = sp->off + sp->len;
        found = 1;
    }
    return found;
}

/* Decide which run pieces are highlighted: each piece lies wholly inside or outside every
 * range, because every range edge is a cut or a run edge. */
static int plan_highlight(plan *p, nt_anchor *const *g, size_t n, nt_edits *ed) {
    for (size_t i = 0; i < p->nev; i++) {
        event *e = &p->ev[i];
        if (!e->split) continue;
        size_t hi = 0, lo0 = 0;
        size_t j = i + 1;
        while (j < p->nev && (!p->ev[j].split || p->ev[j].off == e->off)) j++;
        if (j < p->nev && p->ev[j].run == e->run)
            hi = p->ev[j].poff;
        else if (!run_text_range(p->para, e->run, &lo0, &hi))
            continue;
        e->hl_after = e->poff < hi && covered(g, n, e->poff);
    }
    const nt_para *para = p->para;
    for (size_t s = 0; s < para->nspans; s++) {
        uint32_t r = para->spans[s].run;
        int seen = !run_ok(p->part, r);
        for (size_t k = 0; k < s && !seen; k++) seen = para->spans[k].run == r;
        size_t lo = 0, hi = 0;
        if (seen || !run_text_range(para, r, &lo, &hi)) continue;
        for (size_t i = 0; i < p->nev; i++)
            if (p->ev[i].split && p->ev[i].run == r) {
                hi = p->ev[i].poff;
                break;
            }
        if (lo < hi && covered(g, n, lo) && highlight_run_head(p, &p->part->runs[r], ed)) return -1;
    }
    return 0;
}

/* ---- Emitting edits ---------------------------------------------------------------------- */

static void put_marker(nt_buf *b, const char *wp, const event *e) {
    const char *c = *wp ? ":" : "";
    if (!e->is_end) {
        nt_buf_printf(b, "<%s%scommentRangeStart %s%sid=\"%d\"/>", wp, c, wp, c, e->id);
        return;
    }
    nt_buf_printf(b, "<%s%scommentRangeEnd %s%sid=\"%d\"/>", wp, c, wp, c, e->id);
    nt_buf_printf(b,
                  "<%s%sr><%s%srPr><%s%srStyle %s%sval=\"CommentReference\"/></%s%srPr>"
                  "<%s%scommentReference %s%sid=\"%d\"/></%s%sr>",
                  wp, c, wp, c, wp, c, wp, c, wp, c, wp, c, wp, c, e->id, wp, c);
}

/* Qualified name of the element whose start tag begins at `at` ("w:t", "w:r"). */
static void tag_name(const char *x, size_t len, size_t at, char *out, size_t cap) {
    size_t pos = at;
    nt_tag t;
    out[0] = 0;
    if (nt_xml_next_tag(x, len, &pos, &t) || t.name_len >= cap) return;
    memcpy(out, t.name, t.name_len);
    out[t.name_len] = 0;
}

/* A split closes the w:t and its run with the names the source used, then reopens both. */
static int emit_group(const plan *p, size_t i, size_t j, nt_edits *ed) {
    const event *e0 = &p->ev[i];
    const char *x = p->part->xml;
    nt_buf b;
    nt_buf_init(&b);
    char tname[64], rname[64];
    if (e0->split) {
        const nt_wt *t = &p->part->wts[e0->wt];
        const nt_run *run = &p->part->runs[e0->run];
        tag_name(x, p->part->xml_len, wt_tag_start(x, run->xml_start, t->content_start), tname,
                 sizeof tname);
        tag_name(x, p->part->xml_len, run->xml_start, rname, sizeof rname);
        if (!*tname || !*rname) {
            nt_buf_free(&b);
            return 0;
        }
        nt_buf_printf(&b, "</%s></%s>", tname, rname);
    }
    if (e0->expand) {
        tag_name(x, p->part->xml_len, e0->expand - 1, tname, sizeof tname);
        if (!*tname) {
            nt_buf_free(&b);
            return 0;
        }
        nt_buf_putc(&b, '>');
    }
    for (size_t k = i; k < j; k++) put_marker(&b, p->wp, &p->ev[k]);
    if (e0->expand) nt_buf_printf(&b, "</%s>", tname);
    if (e0->split) {
        const nt_run *run = &p->part->runs[e0->run];
        nt_buf_printf(&b, "<%s>", rname);
        put_rpr(&b, p->part, run, e0->hl_after, p->wp);
        nt_buf_printf(&b, "<%s xml:space=\"preserve\">", tname);
    }
    int rc = b.oom ? -1 : nt_edits_add(ed, e0->off, e0->expand ? 2 : 0, b.p, b.n, 2);
    nt_buf_free(&b);
    return rc;
}

/* A split w:t keeps its edge spaces only with xml:space="preserve". */
static int preserve_space(const plan *p, int32_t w, nt_edits *ed) {
    const nt_wt *t = &p->part->wts[w];
    const nt_run *run = &p->part->runs[t->run];
    const char *x = p->part->xml;
    size_t pos = wt_tag_start(x, run->xml_start, t->content_start), vs, vl;
    nt_tag tag;
    if (nt_xml_next_tag(x, t->content_start, &pos, &tag) || tag.end != t->content_start) return 0;
    if (!nt_tag_attr(x, &tag, "xml:space", &vs, &vl)) return 0;
    static const char attr[] = " xml:space=\"preserve\"";
    return nt_edits_add(ed, t->content_start - 1, 0, attr, sizeof attr - 1, 0);
}

static int emit_events(plan *p, nt_edits *ed) {
    size_t i = 0;
    while (i < p->nev) {
        size_t j = i + 1;
        while (j < p->nev && p->ev[j].off == p->ev[i].off) j++;
        if (p->ev[i].split) {
            int seen = 0;
            for (size_t k = 0; k < i && !seen; k++)
                seen = p->ev[k].split && p->ev[k].wt == p->ev[i].wt;
            if (!seen && preserve_space(p, p->ev[i].wt, ed)) return -1;
        }
        if (emit_group(p, i, j, ed)) return -1;
        i = j;
    }
    return 0;
}

/* g[0..n): the anchors of one paragraph. */
static int plan_para(plan *p, nt_anchor *const *g, size_t n, int highlight, nt_edits *ed) {
    p->nev = 0;
    p->para = &p->part->paras[g[0]->para];
    if (!p->para->in_body_flow) return 0;
    for (size_t i = 0; i < n; i++)
        if (plan_anchor(p, g[i])) return -1;
    if (!p->nev) return 0;
    qsort(p->ev, p->nev, sizeof *p->ev, event_cmp);
    if (highlight && plan_highlight(p, g, n, ed)) return -1;
    return emit_events(p, ed);
}

static int by_para(const void *x, const void *y) {
    const nt_anchor *a = *(nt_anchor *const *)x, *b = *(nt_anchor *const *)y;
    if (a->para != b->para) return a->para < b->para ? -1 : 1;
    return a < b ? -1 : a > b; /* keep the caller's order within a paragraph */
}

int nt_anchor_plan(const nt_part *part, const char *wp, nt_anchor *a, size_t n, int highlight,
                   nt_edits *ed) {
    if (!part || !part->xml || !wp) return 0;
    plan p = {part, wp, NULL, NULL, 0, 0, 0};
    for (size_t i = 0; i < n; i++) a[i].placed = 0;
    nt_anchor **g = malloc((n ? n : 1) * sizeof *g);
    if (!g) return -1;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i].para < part->nparas) g[m++] = &a[i];
    qsort(g, m, sizeof *g, by_para);
    int rc = 0;
    for (size_t i = 0, j; i < m && !rc; i = j) {
        for (j = i + 1; j < m && g[j]->para == g[i]->para; j++) {}
        rc = plan_para(&p, g + i, j - i, highlight, ed);
    }
    free(g);
    free(p.ev);
    return rc || p.oom ? -1 : 0;
}

/* ---- Removing our previous comments ------------------------------------------------------ */

static int id_in(const char *x, const nt_tag *t, const long *ids, size_t n) {
    size_t vs, vl;
    if (nt_tag_attr_local(x, t, "id", &vs, &vl)) return 0;
    long v = nt_xml_long(x + vs, vl);
    for (size_t i = 0; i < n; i++)
        if (ids[i] == v) return 1;
    return 0;
}

/* 1 when the run [rs, re) holds nothing but an rPr and comment references. */
static int reference_only_run(const char *x, size_t rs, size_t re) {
    size_t pos = rs;
    nt_tag t;
    int depth = -1;
    while (pos < re && !nt_xml_next_tag(x, re, &pos, &t)) {
        if (t.kind == NT_TAG_CLOSE) {
            depth--;
            continue;
        }
        if (depth == 0 && !nt_tag_is(&t, "rPr") && !nt_tag_is(&t, "commentReference")) return 0;
        if (t.kind == NT_TAG_OPEN) depth++;
    }
    return 1;
}

int nt_anchor_plan_removal(const char *xml, size_t len, const long *ids, size_t nids,
                           nt_edits *ed) {
    size_t pos = 0, run_start = 0;
    int in_run = 0;
    nt_tag t;
    if (!nids) return 0;
    while (!nt_xml_next_tag(xml, len, &pos, &t)) {
        if (nt_tag_is(&t, "r")) {
            in_run = t.kind == NT_TAG_OPEN;
            run_start = t.start;
            continue;
        }
        int marker = nt_tag_is(&t, "commentRangeStart") || nt_tag_is(&t, "commentRangeEnd");
        int ref = nt_tag_is(&t, "commentReference");
        if (t.kind == NT_TAG_CLOSE || !(marker || ref) || !id_in(xml, &t, ids, nids)) continue;
        size_t s = t.start, e = nt_xml_element_end(xml, len, &t);
        if (ref && in_run) {
            nt_tag rt;
            size_t rp = run_start;
            if (!nt_xml_next_tag(xml, len, &rp, &rt)) {
                size_t re = nt_xml_element_end(xml, len, &rt);
                if (reference_only_run(xml, run_start, re)) {
                    s = run_start;
                    e = re;
                }
            }
        }
        if (nt_edits_add(ed, s, e - s, NULL, 0, 3)) return -1;
        if (e > pos) pos = e;
        if (s == run_start) in_run = 0;
    }
    return 0;
}

int nt_anchor_plan_new_para(const char *xml, size_t len, const char *wp, const int *ids, size_t n,
                            nt_edits *ed) {
    size_t pos = 0;
    nt_tag t;
    while (!nt_xml_next_tag(xml, len, &pos, &t)) {
        if (!nt_tag_is(&t, "body") || t.kind != NT_TAG_OPEN) continue;
        const char *c = *wp ? ":" : "";
        nt_buf b;
        nt_buf_init(&b);
        /* the same order as whole-paragraph anchors on an empty paragraph: starts, then ends */
        nt_buf_printf(&b, "<%s%sp>", wp, c);
        for (int end = 0; end < 2; end++)
            for (size_t i = 0; i < n; i++) {
                event e = boundary(0, end);
                e.id = ids[i];
                put_marker(&b, wp, &e);
            }
        nt_buf_printf(&b, "</%s%sp>", wp, c);
        int rc = b.oom ? -1 : nt_edits_add(ed, t.end, 0, b.p, b.n, 2);
        nt_buf_free(&b);
        return rc;
    }
    return 1;
}
