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
            if (nt_wml_link_from_instr(w, fl->instr, fl->ninstr)) {
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
        nt_wml_add_link(w, id, strlen(id));
    } else if (anchor && *anchor) {
        nt_buf b;
        nt_buf_init(&b);
        nt_buf_putc(&b, '#');
        nt_buf_puts(&b, anchor);
        if (b.oom)
            oom(w);
        else
            nt_wml_add_link(w, b.p, b.n);
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
        nt_wml_para_start(w, e);
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
        if (parent == E_R) nt_wml_add_synthetic(w, "\t", 1);
        break;
    case E_BR:
    case E_CR:
        if (parent == E_R) nt_wml_add_synthetic(w, "\n", 1);
        break;
    case E_NBHYPHEN:
        if (parent == E_R) nt_wml_add_synthetic(w, "-", 1);
        break;
    case E_SYM:
        if (parent == E_R) nt_wml_on_sym(w, atts);
        break;
    case E_FLDCHAR:
        if (!w->props) field_char(w, nt_xml_attr(atts, "fldCharType"));
        break;
    case E_FLDSIMPLE: {
        const char *in = nt_xml_attr(atts, "instr");
        if (in && nt_wml_link_from_instr(w, in, strlen(in))) {
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
    const char *colon = NULL, *end = name; /* one pass finds the prefix and the name's length */
    for (; *end; end++)
        if (*end == ':' && !colon) colon = end;
    const char *local = colon ? colon + 1 : name;
    e->ns = (uint8_t)prefix_ns(w, name, colon ? (size_t)(colon - name) : 0);
    e->id = (uint8_t)nt_wml_element_id(e->ns, local, (size_t)(end - local));
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
    case E_P: nt_wml_para_end(w, e, end); break;
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
    if (nt_wml_field_excluded(w)) return;
    uint32_t fl = text_flags(w, f);
    nt_wml_add_span(w, f, s, (size_t)len, w->cur_wt, off, fl);
    nt_wml_mark_para(w, f, fl);
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
