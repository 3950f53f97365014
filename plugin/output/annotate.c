/* annotate.c - nt_annotate: turns a scanned document and its report into the bytes of an annotated
 * copy (comments anchored on findings, comments.xml, custom properties), unchanged entries raw. */
#include "annotate.h"
#include "annot_int.h"
#include "annot_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <zip.h>

static int add_part(annot *a, const char *name, nt_buf *b) {
    if (b->oom || a->nparts == sizeof a->parts / sizeof a->parts[0]) {
        nt_buf_free(b);
        return oom(a);
    }
    char *n = nt_strdup(name);
    if (!n) {
        nt_buf_free(b);
        return oom(a);
    }
    newpart *p = &a->parts[a->nparts++];
    p->name = n;
    p->data = nt_buf_take(b, &p->len);
    return NETRAL_OK;
}

static const newpart *find_new(const annot *a, const char *name) {
    for (size_t i = 0; i < a->nparts; i++)
        if (!strcasecmp(a->parts[i].name, name)) return &a->parts[i];
    return NULL;
}

/* A part as it will be written: our new version if we made one, else the package's. */
static int current_part(annot *a, const char *name, char **data, size_t *len, int *owned) {
    const newpart *np = find_new(a, name);
    *owned = 0;
    if (np) {
        *data = np->data;
        *len = np->len;
        return NETRAL_OK;
    }
    if (!nt_package_has_part(a->pkg, name)) {
        *data = NULL;
        *len = 0;
        return NETRAL_OK;
    }
    *owned = 1;
    return nt_package_read(a->pkg, name, data, len, a->err);
}

/* Replace (or add) a part in the list of changed parts. */
static int set_part(annot *a, const char *name, nt_buf *b) {
    for (size_t i = 0; i < a->nparts; i++)
        if (!strcasecmp(a->parts[i].name, name)) {
            if (b->oom) {
                nt_buf_free(b);
                return oom(a);
            }
            free(a->parts[i].data);
            a->parts[i].data = nt_buf_take(b, &a->parts[i].len);
            return NETRAL_OK;
        }
    return add_part(a, name, b);
}

/* ---- Comment text ------------------------------------------------------------------------ */

static const char *where_label(const char *where, int en) {
    static const struct {
        const char *key, *id, *en;
    } w[] = {{"body", "badan dokumen", "document body"},  {"table", "tabel", "table"},
             {"textbox", "kotak teks", "text box"},       {"header", "kop/header", "header"},
             {"footer", "kaki halaman/footer", "footer"}, {"footnote", "catatan kaki", "footnote"},
             {"endnote", "catatan akhir", "endnote"},     {"comment", "komentar", "comment"}};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (where && !strcmp(where, w[i].key)) return en ? w[i].en : w[i].id;
    return where ? where : (en ? "document" : "dokumen");
}

static int build_comment(annot *a, const item *it, nt_buf *out, const char *cp) {
    const netral_finding *f = it->fs[0];
    nt_comment_note note = {where_label(f->where, a->en), f->part ? f->part : "?", f->paragraph,
                            f->excerpt ? f->excerpt : "", f->excerpt ? strlen(f->excerpt) : 0};
    if (it->p && it->end <= it->p->len) { /* the words of every finding of the comment */
        note.excerpt = it->p->text + it->start;
        note.excerpt_len = it->end - it->start;
    }
    size_t cap = a->comment_bytes > COMMENTS_BUDGET ? COMMENT_BRIEF_MAX : COMMENT_TEXT_MAX;
    char **paras = NULL;
    size_t n = 0;
    if (nt_comment_text(it->fs, it->nf, a->en, it->anchored ? NULL : &note, cap, &paras, &n))
        return oom(a);
    size_t before = out->n;
    nt_comment_xml(out, cp, it->id, a->opts->author, a->opts->initials, a->date,
                   (const char *const *)paras, n);
    a->comment_bytes += out->n - before;
    nt_comment_text_free(paras, n);
    return out->oom ? oom(a) : NETRAL_OK;
}

/* Comment date: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
static void set_date(annot *a) {
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long v = sde ? strtoll(sde, &end, 10) : 0;
    time_t t = sde && end && !*end && v >= 0 ? (time_t)v : time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(a->date, sizeof a->date, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(a->date, sizeof a->date, "1980-01-01T00:00:00Z");
}

/* ---- Findings ---------------------------------------------------------------------------- */

static const nt_part *part_by_name(const nt_doc *doc, const char *name) {
    for (size_t i = 0; name && i < doc->nparts; i++)
        if (doc->parts[i].name && !strcasecmp(doc->parts[i].name, name)) return &doc->parts[i];
    return NULL;
}

static const nt_para *para_by_index(const nt_part *p, int index, uint32_t *pos) {
    if (!p || index < 0) return NULL;
    if ((size_t)index < p->nparas && p->paras[index].index == (uint32_t)index) {
        *pos = (uint32_t)index;
        return &p->paras[index];
    }
    for (size_t i = 0; i < p->nparas; i++)
        if (p->paras[i].index == (uint32_t)index) {
            *pos = (uint32_t)i;
            return &p->paras[i];
        }
    return NULL;
}

/* A finding inside one of our own earlier comments (the engine reads comments.xml too). */
static int in_our_comment(const annot *a, const nt_part *p, const nt_para *para) {
    if (!a->nours || p->kind != NT_PART_COMMENTS || strcasecmp(p->name, a->cname)) return 0;
    for (size_t i = 0; i < a->nours; i++)
        if (para->xml_start >= a->ours[i].start && para->xml_start < a->ours[i].end) return 1;
    return 0;
}

/* One comment per group of findings whose words overlap in a paragraph (nt_comment_groups). */
static int classify(annot *a) {
    size_t nf = a->rep->nfindings;
    a->items = calloc(nf ? nf : 1, sizeof *a->items);
    a->group_store = calloc(nf ? nf : 1, sizeof *a->group_store);
    size_t *starts = calloc(nf + 1, sizeof *starts), m = 0, ng = 0;
    if (!a->items || !a->group_store || !starts) {
        free(starts);
        return oom(a);
    }
    for (size_t i = 0; i < nf; i++) {
        const netral_finding *f = &a->rep->findings[i];
        const nt_part *p = part_by_name(a->doc, f->part);
        uint32_t pi = 0;
        const nt_para *para = para_by_index(p, f->paragraph, &pi);
        if (!(para && in_our_comment(a, p, para))) a->group_store[m++] = f;
    }
    if (nt_comment_groups(a->group_store, m, starts, &ng)) {
        free(starts);
        return oom(a);
    }
    int next = a->max_other + 1 > 0 ? (int)(a->max_other + 1) : 0;
    for (size_t g = 0; g < ng; g++) {
        item *it = &a->items[a->nitems++];
        it->fs = a->group_store + starts[g];
        it->nf = starts[g + 1] - starts[g];
        it->start = it->fs[0]->start;
        it->end = it->fs[0]->end;
        for (size_t x = 1; x < it->nf; x++) {
            if (it->fs[x]->start < it->start) it->start = it->fs[x]->start;
            if (it->fs[x]->end > it->end) it->end = it->fs[x]->end;
        }
        const netral_finding *f = it->fs[0];
        const nt_part *p = part_by_name(a->doc, f->part);
        uint32_t pi = 0;
        const nt_para *para = para_by_index(p, f->paragraph, &pi);
        it->para = pi;
        it->p = para;
        it->anchored = p == a->main && para && para->in_body_flow && it->start < it->end &&
                       !(f->where && !strcmp(f->where, "textbox"));
        it->id = next++;
    }
    free(starts);
    return NETRAL_OK;
}

/* ---- The main part ----------------------------------------------------------------------- */

/* Dry run: which findings can sit on their own words in `t`. */
static int try_anchors(annot *a, const nt_part *t) {
    nt_anchor *an = calloc(a->nitems ? a->nitems : 1, sizeof *an);
    nt_edits scratch = {0};
    if (!an) return oom(a);
    size_t n = 0;
    for (size_t i = 0; i < a->nitems; i++)
        if (a->items[i].anchored)
            an[n++] = (nt_anchor){a->items[i].para, a->items[i].start, a->items[i].end,
                                  a->items[i].id, 0};
    int rc = nt_anchor_plan(t, a->wp, an, n, a->opts->highlight, &scratch) ? oom(a) : NETRAL_OK;
    /* what cannot be anchored safely becomes a note at the start of the body */
    for (size_t i = 0, k = 0; !rc && i < a->nitems; i++)
        if (a->items[i].anchored) a->items[i].anchored = an[k++].placed;
    nt_edits_free(&scratch);
    free(an);
    return rc;
}

/* The first paragraph that can hold a whole-paragraph comment, or -1. */
static long note_para(annot *a, const nt_part *t) {
    for (size_t pi = 0; pi < t->nparas; pi++) {
        if (!t->paras[pi].in_body_flow) continue;
        nt_anchor an = {(uint32_t)pi, 0, 0, 0, 0};
        nt_edits scratch = {0};
        int rc = nt_anchor_plan(t, a->wp, &an, 1, 0, &scratch);
        nt_edits_free(&scratch);
        if (rc) return -2;
        if (an.placed) return (long)pi;
    }
    return -1;
}

/* All comment markers in one plan, so markers sharing a spot are always written in the same
 * order (a second run over our own output then reproduces it byte for byte). */
static int plan_markers(annot *a, const nt_part *t, nt_edits *ed) {
    int rc = try_anchors(a, t);
    size_t notes = 0;
    for (size_t i = 0; i < a->nitems; i++) notes += !a->items[i].anchored;
    long np = notes ? note_para(a, t) : -1;
    if (rc || np == -2) return rc ? rc : oom(a);
    nt_anchor *an = calloc(a->nitems ? a->nitems : 1, sizeof *an);
    if (!an) return oom(a);
    size_t n = 0;
    for (size_t i = 0; i < a->nitems; i++) {
        const item *it = &a->items[i];
        if (it->anchored)
            an[n++] = (nt_anchor){it->para, it->start, it->end, it->id, 0};
        else if (np >= 0)
            an[n++] = (nt_anchor){(uint32_t)np, 0, 0, it->id, 0};
    }
    if (nt_anchor_plan(t, a->wp, an, n, a->opts->highlight, ed)) rc = oom(a);
    free(an);
    if (rc || !notes || np >= 0) return rc;
    /* a body without any paragraph that can hold a comment gets a new first one */
    int *ids = malloc(notes * sizeof *ids);
    if (!ids) return oom(a);
    n = 0;
    for (size_t i = 0; i < a->nitems; i++)
        if (!a->items[i].anchored) ids[n++] = a->items[i].id;
    if (nt_anchor_plan_new_para(t->xml, t->xml_len, a->wp, ids, n, ed) < 0) rc = oom(a);
    free(ids);
    return rc;
}

/* The main part without the markers of our earlier comments, parsed again so anchoring works on
 * it exactly as on a document that never had them. Returns 0 and fills *clean when it applies. */
static int clean_main(annot *a, nt_part *clean, int *have) {
    *have = 0;
    long *ids = malloc((a->nours ? a->nours : 1) * sizeof *ids);
    if (!ids) return oom(a);
    for (size_t i = 0; i < a->nours; i++) ids[i] = a->ours[i].id;
    nt_edits ed = {0};
    nt_buf b;
    nt_buf_init(&b);
    int rc = nt_anchor_plan_removal(a->main->xml, a->main->xml_len, ids, a->nours, &ed) ||
                     nt_edits_apply(&ed, a->main->xml, a->main->xml_len, &b)
                 ? oom(a)
                 : NETRAL_OK;
    free(ids);
    size_t removed = ed.n;
    nt_edits_free(&ed);
    if (rc || !removed) {
        nt_buf_free(&b);
        return rc;
    }
    size_t len;
    char *xml = nt_buf_take(&b, &len);
    nt_limits lim;
    nt_limits_default(&lim);
    nt_err perr;
    if (nt_wordml_parse(a->main->name, a->main->kind, xml, len, &lim, clean, &perr)) {
        free(xml);
        return NETRAL_OK; /* keep working on the original, removing markers as edits */
    }
    clean->xml = xml;
    clean->xml_len = len;
    if (clean->nparas != a->main->nparas) {
        nt_part_free(clean);
        return NETRAL_OK;
    }
    *have = 1;
    return NETRAL_OK;
}

static int rewrite_main(annot *a) {
    nt_part clean;
    int have_clean = 0;
    int rc = a->nours ? clean_main(a, &clean, &have_clean) : NETRAL_OK;
    if (rc) return rc;
    const nt_part *t = have_clean ? &clean : a->main;
    nt_edits ed = {0};
    if (!have_clean && a->nours) {
        long *ids = malloc(a->nours * sizeof *ids);
        if (!ids) rc = oom(a);
        for (size_t i = 0; !rc && i < a->nours; i++) ids[i] = a->ours[i].id;
        if (!rc && nt_anchor_plan_removal(t->xml, t->xml_len, ids, a->nours, &ed)) rc = oom(a);
        free(ids);
    }
    if (!rc && a->nitems && nt_xml_root_prefix(t->xml, t->xml_len, NT_NS_W, a->wp, sizeof a->wp)) {
        /* no prefix bound to WordprocessingML on the root: bind one for our markers */
        snprintf(a->wp, sizeof a->wp, "netralw");
        if (nt_xml_declare_on_root(t->xml, t->xml_len, " xmlns:netralw=\"" NT_NS_W "\"", &ed))
            rc = oom(a);
    }
    if (!rc) rc = plan_markers(a, t, &ed);
    if (!rc && (ed.n || have_clean)) {
        nt_buf b;
        nt_buf_init(&b);
        rc = nt_edits_apply(&ed, t->xml, t->xml_len, &b) ? (nt_buf_free(&b), oom(a))
                                                         : add_part(a, a->main->name, &b);
    }
    nt_edits_free(&ed);
    if (have_clean) nt_part_free(&clean);
    return rc;
}

/* ---- Comments part, relationships, content types, custom properties ---------------------- */

static char *sibling_name(const char *part, const char *file) {
    const char *slash = strrchr(part, '/');
    size_t dir = slash ? (size_t)(slash - part + 1) : 0;
    size_t n = dir + strlen(file) + 1;
    char *s = malloc(n);
    if (s) snprintf(s, n, "%.*s%s", (int)dir, part, file);
    return s;
}

static int find_comments(annot *a) {
    const char *target = nt_package_rel_target(a->pkg, a->main->name, "/comments");
    a->crel = target != NULL;
    if (target) {
        a->cname = nt_strdup(target);
    } else {
        a->cname = sibling_name(a->main->name, "comments.xml");
        for (int i = 1; a->cname && nt_package_has_part(a->pkg, a->cname) && i < 1000; i++) {
            char file[32];
            snprintf(file, sizeof file, "comments%d.xml", i);
            free(a->cname);
            a->cname = sibling_name(a->main->name, file);
        }
    }
    if (!a->cname) return oom(a);
    if (!a->crel || !nt_package_has_part(a->pkg, a->cname)) return NETRAL_OK;
    const nt_part *cp = part_by_name(a->doc, a->cname);
    if (cp && cp->xml) {
        a->cold = cp->xml;
        a->cold_len = cp->xml_len;
    } else {
        int rc = nt_package_read(a->pkg, a->cname, &a->cold, &a->cold_len, a->err);
        if (rc) return rc;
        a->cold_owned = 1;
    }
    if (nt_comments_scan(a->cold, a->cold_len, &a->ours, &a->nours, &a->max_other)) return oom(a);
    return NETRAL_OK;
}

static int write_comments(annot *a) {
    if (!a->nitems && !a->nours) return NETRAL_OK;
    char cp[64] = "w";
    const char *decl = NULL;
    if (a->cold && nt_xml_root_prefix(a->cold, a->cold_len, NT_NS_W, cp, sizeof cp)) {
        snprintf(cp, sizeof cp, "netralw");
        decl = " xmlns:netralw=\"" NT_NS_W "\"";
    }
    nt_buf add, out;
    nt_buf_init(&add);
    nt_buf_init(&out);
    int rc = NETRAL_OK;
    for (size_t i = 0; i < a->nitems && !rc; i++) rc = build_comment(a, &a->items[i], &add, cp);
    if (!rc && nt_comments_part(a->cold, a->cold_len, a->ours, a->nours, decl, add.p, add.n, &out))
        rc = oom(a);
    nt_buf_free(&add);
    if (rc) {
        nt_buf_free(&out);
        return rc;
    }
    return add_part(a, a->cname, &out);
}

/* Add a relationship from `source` ("" for the package) to `target_part` unless one exists. */
static int ensure_rel(annot *a, const char *source, const char *type, const char *target_part) {
    const nt_rel *rels;
    size_t n;
    if (!nt_package_rels(a->pkg, source, &rels, &n, a->err))
        for (size_t i = 0; i < n; i++)
            if (!rels[i].external && !strcmp(rels[i].type, type) &&
                !strcasecmp(rels[i].target, target_part))
                return NETRAL_OK;
    nt_buf name;
    nt_buf_init(&name);
    const char *slash = strrchr(source, '/');
    size_t dir = slash ? (size_t)(slash - source + 1) : 0;
    nt_buf_printf(&name, "%.*s_rels/%s.rels", (int)dir, source, source + dir);
    if (name.oom) {
        nt_buf_free(&name);
        return oom(a);
    }
    /* targets are relative to the source's folder; ours always live in it or below the root */
    const char *target = !strncasecmp(target_part, source, dir) ? target_part + dir : target_part;
    char *old = NULL, rid[32];
    size_t len = 0;
    int owned = 0;
    int rc = current_part(a, nt_buf_cstr(&name), &old, &len, &owned);
    nt_buf out;
    nt_buf_init(&out);
    if (!rc && nt_rels_add(old, len, type, target, &out, rid, sizeof rid)) rc = oom(a);
    if (owned) free(old);
    if (!rc)
        rc = set_part(a, nt_buf_cstr(&name), &out);
    else
        nt_buf_free(&out);
    nt_buf_free(&name);
    return rc;
}

static int ensure_content_type(annot *a, const char *part, const char *ctype) {
    const char *have = nt_package_content_type(a->pkg, part);
    if (have && !strcmp(have, ctype)) return NETRAL_OK;
    char *old = NULL;
    size_t len = 0;
    int owned = 0;
    int rc = current_part(a, "[Content_Types].xml", &old, &len, &owned);
    if (rc || !old) {
        if (owned) free(old);
        if (!rc)
            nt_err_set(a->err, NETRAL_E_NOT_A_DOCX,
                       NT_L("[Content_Types].xml tidak ada", "[Content_Types].xml is missing"));
        return rc ? rc : NETRAL_E_NOT_A_DOCX;
    }
    char pname[1100];
    snprintf(pname, sizeof pname, "/%s", part);
    nt_buf out;
    nt_buf_init(&out);
    if (nt_ct_override(old, len, pname, ctype, &out)) rc = oom(a);
    if (owned) free(old);
    if (!rc)
        rc = set_part(a, "[Content_Types].xml", &out);
    else
        nt_buf_free(&out);
    return rc;
}

/* A package without relationships is read through its content types (package.c find_main); the
 * custom-properties relationship we add must not hide the main part, so the officeDocument one
 * comes first. Found by fuzz_annotate: the copy of such a memo no longer opened. */
static int keep_main_findable(annot *a) {
    const nt_rel *rels;
    size_t n = 0;
    if (nt_package_rels(a->pkg, "", &rels, &n, a->err) == NETRAL_OK && n > 0) return NETRAL_OK;
    return ensure_rel(a, "", NT_REL_OFFICE, a->main->name);
}

static int write_custom(annot *a) {
    long n[4] = {0, 0, 0, 0};
    size_t total = 0;
    for (size_t i = 0; i < a->nitems; i++)
        for (size_t k = 0; k < a->items[i].nf; k++, total++) {
            const char *s = a->items[i].fs[k]->severity;
            int v = nt_severity_from_name(s); /* high 3 .. info 0 */
            int r = v < 1 ? 3 : 3 - v;        /* slot: high 0, medium 1, low 2, else 3 */
            n[r]++;
        }
    const char *verdict = n[0] || n[1] ? "violation" : n[2] ? "review" : "clean";
    char vals[5][24];
    snprintf(vals[0], sizeof vals[0], "%zu", total);
    for (int i = 0; i < 4; i++) snprintf(vals[i + 1], sizeof vals[i + 1], "%ld", n[i]);
    nt_prop props[] = {{"NetralVerdict", "lpwstr", verdict},
                       {"NetralFindings", "i4", vals[0]},
                       {"NetralHigh", "i4", vals[1]},
                       {"NetralMedium", "i4", vals[2]},
                       {"NetralLow", "i4", vals[3]},
                       {"NetralInfo", "i4", vals[4]},
                       {"NetralVersion", "lpwstr", NETRAL_VERSION_STRING}};
    const char *target = nt_package_rel_target(a->pkg, "", "/custom-properties");
    char *name = nt_strdup(target ? target : "docProps/custom.xml");
    if (!name) return oom(a);
    char *old = NULL;
    size_t len = 0;
    int owned = 0;
    int rc = current_part(a, name, &old, &len, &owned);
    nt_buf out;
    nt_buf_init(&out);
    if (!rc && nt_custom_props(old, len, props, sizeof props / sizeof props[0], &out)) rc = oom(a);
    if (owned) free(old);
    if (!rc)
        rc = set_part(a, name, &out);
    else
        nt_buf_free(&out);
    if (!rc && !target) rc = keep_main_findable(a);
    if (!rc && !target) rc = ensure_rel(a, "", NT_REL_CUSTOM, name);
    if (!rc) rc = ensure_content_type(a, name, NT_CT_CUSTOM);
    free(name);
    return rc;
}

/* ---- Entry point ------------------------------------------------------------------------- */

static void annot_free(annot *a) {
    free(a->cname);
    if (a->cold_owned) free(a->cold);
    free(a->ours);
    free(a->items);
    free(a->group_store);
    for (size_t i = 0; i < a->nparts; i++) {
        free(a->parts[i].name);
        free(a->parts[i].data);
    }
}

static int annot_init(annot *a, const nt_doc *doc, const netral_report *rep,
                      const nt_annot_opts *opts, nt_annot_opts *o, nt_err *err) {
    memset(a, 0, sizeof *a);
    a->err = err;
    if (!doc || !rep || !doc->pkg || !doc->nparts || !doc->parts[0].xml ||
        doc->parts[0].kind != NT_PART_BODY || (rep->nfindings && !rep->findings)) {
        nt_err_set(err, NETRAL_E_INVALID_ARG,
                   NT_L("dokumen tidak dimuat dengan XML untuk anotasi",
                        "document not loaded with its XML for annotation"));
        return NETRAL_E_INVALID_ARG;
    }
    *o = opts ? *opts : (nt_annot_opts){0};
    if (!o->author || !*o->author) o->author = "Netral";
    if (!o->initials || !*o->initials) o->initials = "N";
    a->doc = doc;
    a->pkg = doc->pkg;
    a->rep = rep;
    a->main = &doc->parts[0];
    a->opts = o;
    a->en = o->lang && !strcmp(o->lang, "en");
    a->max_other = -1;
    snprintf(a->wp, sizeof a->wp, "w");
    set_date(a);
    return NETRAL_OK;
}

int nt_annotate(const nt_doc *doc, const netral_report *rep, const nt_annot_opts *opts, void **out,
                size_t *out_len, nt_err *err) {
    nt_err scratch;
    if (!err) err = &scratch;
    if (!out || !out_len) {
        nt_err_set(err, NETRAL_E_INVALID_ARG,
                   NT_L("argumen keluaran NULL", "output argument NULL"));
        return NETRAL_E_INVALID_ARG;
    }
    *out = NULL;
    *out_len = 0;
    annot a;
    nt_annot_opts o;
    int rc = annot_init(&a, doc, rep, opts, &o, err);
    if (rc) return rc;
    rc = find_comments(&a);
    if (!rc) rc = classify(&a);
    if (!rc) rc = rewrite_main(&a);
    if (!rc) rc = write_comments(&a);
    if (!rc && a.nitems && !a.crel) rc = ensure_rel(&a, a.main->name, NT_REL_COMMENTS, a.cname);
    if (!rc && a.nitems) rc = ensure_content_type(&a, a.cname, NT_CT_COMMENTS);
    if (!rc) rc = write_custom(&a);
    if (!rc) rc = nt_annot_write_zip(&a, out, out_len);
    annot_free(&a);
    return rc;
}
