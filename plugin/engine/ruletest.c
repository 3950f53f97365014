/* ruletest.c - `netral rules test`: every rule's own flag/pass examples, each scanned as a small
 * synthetic document (one paragraph per line), with a log of failures and a summary line. */
#include "engine_int.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textpart.h"

typedef struct example {
    size_t slot;
    int flag;
    char *body, *header, *footer, *title, *author, *company;
    int header_images, kop;
} example;

typedef struct examples {
    example *v;
    size_t n;
} examples;

static void examples_free(examples *x) {
    for (size_t i = 0; i < x->n; i++) {
        example *t = &x->v[i];
        free(t->body);
        free(t->header);
        free(t->footer);
        free(t->title);
        free(t->author);
        free(t->company);
    }
    free(x->v);
    x->v = NULL;
    x->n = 0;
}

static char *opt_field(lua_State *L, int t, const char *k, int *ok) {
    lua_getfield(L, t, k);
    char *s = NULL;
    if (lua_type(L, -1) == LUA_TSTRING && !(s = nt_strdup(lua_tostring(L, -1)))) *ok = 0;
    lua_pop(L, 1);
    return s;
}

static int int_field(lua_State *L, int t, const char *k) {
    lua_getfield(L, t, k);
    int v = lua_type(L, -1) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    return v;
}

/* Copies api.examples() into C (protected: the Lua side may run out of memory). */
static int read_examples(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    examples *x = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
    lua_getfield(L, -1, "examples");
    lua_call(L, 0, 1);
    int t = lua_gettop(L);
    size_t n = (size_t)luaL_len(L, t);
    if (!(x->v = calloc(n ? n : 1, sizeof *x->v)))
        return luaL_error(L, "%s", NT_L("kehabisan memori", "out of memory"));
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, t, (lua_Integer)i + 1);
        int r = lua_gettop(L);
        example *ex = &x->v[i];
        x->n = i + 1;
        ex->slot = (size_t)int_field(L, r, "slot");
        lua_getfield(L, r, "kind");
        ex->flag = strcmp(lua_tostring(L, -1), "flag") == 0;
        lua_getfield(L, r, "example");
        int ok = 1;
        if (lua_type(L, -1) == LUA_TSTRING) {
            ok = (ex->body = nt_strdup(lua_tostring(L, -1))) != NULL;
        } else {
            int d = lua_gettop(L);
            ex->body = opt_field(L, d, "body", &ok);
            ex->header = opt_field(L, d, "header", &ok);
            ex->footer = opt_field(L, d, "footer", &ok);
            ex->title = opt_field(L, d, "title", &ok);
            ex->author = opt_field(L, d, "author", &ok);
            ex->company = opt_field(L, d, "company", &ok);
            ex->header_images = int_field(L, d, "header_images");
            ex->kop = int_field(L, d, "kop");
        }
        if (!ok) return luaL_error(L, "%s", NT_L("kehabisan memori", "out of memory"));
        lua_settop(L, t);
    }
    return 0;
}

/* ---- Synthetic documents -------------------------------------------------------------------- */
static int fill_part(nt_part *part, const char *name, nt_part_kind kind, nt_where where,
                     const char *text) {
    memset(part, 0, sizeof *part);
    part->name = (char *)name;
    part->kind = kind;
    return nt_part_from_text(part, where, text);
}

static void free_part(nt_part *part) {
    for (size_t i = 0; i < part->nparas; i++) free(part->paras[i].text);
    free(part->paras);
}

static int build_doc(const example *ex, nt_doc *doc, nt_part parts[3]) {
    memset(doc, 0, sizeof *doc);
    memset(parts, 0, 3 * sizeof *parts);
    doc->parts = parts;
    if (fill_part(&parts[0], "word/document.xml", NT_PART_BODY, NT_WHERE_BODY,
                  ex->body ? ex->body : "") != 0)
        return -1;
    doc->nparts = 1;
    if (ex->header) {
        if (fill_part(&parts[doc->nparts], "word/header1.xml", NT_PART_HEADER, NT_WHERE_HEADER,
                      ex->header) != 0)
            return -1;
        doc->nparts++;
    }
    if (ex->footer) {
        if (fill_part(&parts[doc->nparts], "word/footer1.xml", NT_PART_FOOTER, NT_WHERE_FOOTER,
                      ex->footer) != 0)
            return -1;
        doc->nparts++;
    }
    doc->lh.header_text = ex->header;
    doc->lh.header_images = ex->header_images;
    doc->lh.body_kop_paras = ex->kop;
    doc->lh.title = ex->title;
    doc->lh.author = ex->author;
    doc->lh.company = ex->company;
    return nt_kop_collect(doc) == 0 ? 0 : -1; /* the kop's lines, as the loader makes them */
}

/* ---- Running and logging ---------------------------------------------------------------------- */
static void put_example(nt_buf *log, const example *ex) {
    nt_buf_putc(log, '"');
    if (ex->header) {
        nt_buf_puts(log, "[header: ");
        for (const char *s = ex->header; *s; s++)
            *s == '\n' ? nt_buf_puts(log, "\\n") : nt_buf_putc(log, *s);
        nt_buf_puts(log, "] ");
    }
    for (const char *s = ex->body ? ex->body : ""; *s; s++)
        *s == '\n' ? nt_buf_puts(log, "\\n") : nt_buf_putc(log, *s);
    if (ex->footer) {
        nt_buf_puts(log, " [footer: ");
        for (const char *s = ex->footer; *s; s++)
            *s == '\n' ? nt_buf_puts(log, "\\n") : nt_buf_putc(log, *s);
        nt_buf_puts(log, "]");
    }
    nt_buf_putc(log, '"');
}

/* What the scan found, for a failure line. */
static void describe(nt_buf *log, const netral_report *rep, const nt_rule_rec *r, int flag,
                     int en) {
    if (rep->nrule_errors) {
        nt_buf_printf(log, "%s%s", en ? "rule error: " : "galat aturan: ", rep->rule_errors[0]);
        return;
    }
    int own = 0;
    for (size_t i = 0; i < rep->nfindings; i++) {
        const netral_finding *f = &rep->findings[i];
        if (strcmp(f->rule, r->id) != 0) continue;
        nt_buf_printf(log, "%s%s \"%s\"", own++ ? ", " : (en ? "found " : "ditemukan "),
                      f->severity, f->excerpt);
    }
    if (!own) nt_buf_puts(log, en ? "no finding of this rule" : "tidak ada temuan aturan ini");
    if (flag && !own) {
        int other = 0;
        for (size_t i = 0; i < rep->nfindings; i++)
            nt_buf_printf(log, "%s%s (%s)",
                          other++ ? ", " : (en ? "; other rules: " : "; aturan lain: "),
                          rep->findings[i].rule, rep->findings[i].severity);
    }
}

static int judge(const netral_report *rep, const nt_rule_rec *r, int flag) {
    if (rep->nrule_errors) return 0;
    int need = r->sev < NT_SEV_MEDIUM ? r->sev : NT_SEV_MEDIUM;
    for (size_t i = 0; i < rep->nfindings; i++) {
        const netral_finding *f = &rep->findings[i];
        if (strcmp(f->rule, r->id) != 0) continue;
        int sev = nt_severity_from_name(f->severity);
        if (flag && sev >= need) return 1;
        if (!flag && sev > NT_SEV_INFO) return 0;
    }
    return !flag;
}

/* A rule that reports below its declared severity without declaring graded = true: what
 * `rules list` shows would not be what scans report. */
static void warn_ungraded(nt_buf *log, const netral_report *rep, const nt_rule_rec *r,
                          const example *ex, int en) {
    if (r->graded || !ex->flag) return;
    for (size_t i = 0; i < rep->nfindings; i++) {
        const netral_finding *f = &rep->findings[i];
        if (strcmp(f->rule, r->id) != 0 || nt_severity_from_name(f->severity) >= r->sev) continue;
        nt_buf_printf(log,
                      en ? "WARN %s (%s): reports %s below its severity %s without graded = true: "
                         : "WARN %s (%s): melaporkan %s di bawah severity %s tanpa graded = true: ",
                      r->id, r->source, f->severity, r->severity);
        put_example(log, ex);
        nt_buf_putc(log, '\n');
        return;
    }
}

static int run_example(netral_engine *e, const example *ex, nt_buf *log, int *passed) {
    const nt_rule_rec *r = &e->rules[ex->slot - 1];
    int en = strcmp(e->opts.lang, "en") == 0;
    nt_doc doc;
    nt_part parts[3];
    memset(&doc, 0, sizeof doc);
    memset(parts, 0, sizeof parts);
    netral_report *rep = nt_report_new("<example>");
    int rc = NETRAL_E_NOMEM;
    if (rep && build_doc(ex, &doc, parts) == 0) {
        nt_scan_doc(e, &doc, rep);
        if (judge(rep, r, ex->flag)) {
            (*passed)++;
            rc = NETRAL_OK;
            warn_ungraded(log, rep, r, ex, en);
        } else {
            nt_buf_printf(log, "FAIL %s (%s) %s: ", r->id, r->source, ex->flag ? "flag" : "pass");
            put_example(log, ex);
            nt_buf_puts(log, " \xE2\x80\x94 ");
            describe(log, rep, r, ex->flag, en);
            nt_buf_putc(log, '\n');
            rc = 1;
        }
    }
    nt_kop_lines_free(&doc.lh);
    for (size_t i = 0; i < doc.nparts; i++) free_part(&parts[i]);
    nt_report_free(rep);
    return rc;
}

static void warn_counts(netral_engine *e, const examples *x, nt_buf *log) {
    int en = strcmp(e->opts.lang, "en") == 0;
    for (size_t s = 1; s <= e->nrules; s++) {
        int nf = 0, np = 0;
        for (size_t i = 0; i < x->n; i++)
            if (x->v[i].slot == s) x->v[i].flag ? nf++ : np++;
        if (nf >= 5 && np >= 5) continue;
        nt_buf_printf(
            log,
            en ? "WARN %s (%s): %d flag and %d pass examples (at least 5 of each recommended)\n"
               : "WARN %s (%s): %d contoh flag dan %d contoh pass (disarankan sedikitnya 5 "
                 "masing-masing)\n",
            e->rules[s - 1].id, e->rules[s - 1].source, nf, np);
    }
}

static int test_rules(netral_engine *e, int *failures, char **log) {
    if (!e || !failures || !log) return NETRAL_E_INVALID_ARG;
    *failures = 0;
    *log = NULL;
    examples x = {0};
    lua_pushcfunction(e->L, read_examples);
    lua_pushlightuserdata(e->L, &x);
    if (nt_sandbox_call(e, 0, 1, 0) != LUA_OK) {
        lua_pop(e->L, 1);
        examples_free(&x);
        return NETRAL_E_NOMEM;
    }
    nt_buf b;
    nt_buf_init(&b);
    /* Every finding of every rule counts: nothing below a minimum, nothing merged away. */
    int saved = e->opts.min_severity, saved_keep = e->opts.keep_overlaps, passed = 0,
        rc = NETRAL_OK;
    e->opts.min_severity = NT_SEV_INFO;
    e->opts.keep_overlaps = 1;
    for (size_t i = 0; i < x.n && rc == NETRAL_OK; i++) {
        if (x.v[i].slot < 1 || x.v[i].slot > e->nrules) continue;
        int r = run_example(e, &x.v[i], &b, &passed);
        if (r == 1)
            (*failures)++;
        else if (r != NETRAL_OK)
            rc = r;
    }
    e->opts.min_severity = saved;
    e->opts.keep_overlaps = saved_keep;
    warn_counts(e, &x, &b);
    nt_buf_printf(&b, "rules test: %d passed, %d failed\n", passed, *failures);
    examples_free(&x);
    if (rc != NETRAL_OK || b.oom) {
        nt_buf_free(&b);
        return NETRAL_E_NOMEM;
    }
    *log = nt_buf_take(&b, NULL);
    return *log ? NETRAL_OK : NETRAL_E_NOMEM;
}

NETRAL_API int netral_engine_test_rules(netral_engine *e, int *failures, char **log) {
    int lang = nt_lang_enter(e && strcmp(e->opts.lang, "en") == 0);
    int rc = test_rules(e, failures, log);
    nt_lang_leave(lang);
    return rc;
}
