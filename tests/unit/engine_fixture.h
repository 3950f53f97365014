/* engine_fixture.h - helpers for the engine unit tests: engines over fixture rule folders and
 * small in-memory documents (one paragraph per line), plus lookups in the resulting reports. */
#ifndef NT_ENGINE_FIXTURE_H
#define NT_ENGINE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define FIX "tests/rules/fixtures/"

/* An engine over the built-ins plus up to four fixture folders, keeping overlapping findings
 * apart; NULL on failure with err set. */
static inline netral_engine *fx_engine_opts(struct netral_options *o, nt_err *err, const char *d1,
                                            const char *d2, const char *d3, const char *d4) {
    const char *dirs[] = {d1, d2, d3, d4};
    char *copies[4];
    size_t n = 0;
    for (int i = 0; i < 4; i++)
        if (dirs[i]) copies[n++] = (char *)dirs[i];
    o->rule_dirs = copies;
    o->nrule_dirs = n;
    o->keep_overlaps = 1; /* the tests count each rule's findings; test_engine checks the merge */
    netral_engine *e = NULL;
    memset(err, 0, sizeof *err);
    nt_engine_new(o, &e, err);
    o->rule_dirs = NULL;
    o->nrule_dirs = 0;
    return e;
}

static inline netral_engine *fx_engine(nt_err *err, const char *d1, const char *d2) {
    struct netral_options o;
    nt_options_init(&o);
    netral_engine *e = fx_engine_opts(&o, err, d1, d2, NULL, NULL);
    nt_options_clear(&o);
    return e;
}

/* A document: body lines separated by '\n'; header may be NULL. */
typedef struct fx_doc {
    nt_doc doc;
    nt_part parts[2];
} fx_doc;

static inline void fx_part(nt_part *p, const char *name, nt_part_kind kind, nt_where where,
                           const char *text) {
    memset(p, 0, sizeof *p);
    p->name = (char *)name;
    p->kind = kind;
    size_t n = 1;
    for (const char *s = text; *s; s++) n += *s == '\n';
    p->paras = calloc(n, sizeof *p->paras);
    const char *s = text;
    for (size_t i = 0; i < n; i++) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        nt_para *q = &p->paras[i];
        q->index = (uint32_t)i;
        q->where = where;
        q->list_level = -1;
        q->table = q->row = q->col = -1;
        q->text = nt_strndup(s, len);
        q->len = len;
        s = nl ? nl + 1 : s + len;
    }
    p->nparas = n;
}

static inline void fx_doc_init(fx_doc *d, const char *header, const char *body) {
    memset(d, 0, sizeof *d);
    d->doc.parts = d->parts;
    fx_part(&d->parts[0], "word/document.xml", NT_PART_BODY, NT_WHERE_BODY, body);
    d->doc.nparts = 1;
    if (header) {
        fx_part(&d->parts[1], "word/header1.xml", NT_PART_HEADER, NT_WHERE_HEADER, header);
        d->doc.nparts = 2;
        d->doc.lh.header_text = (char *)header;
    }
}

static inline void fx_doc_free(fx_doc *d) {
    for (size_t k = 0; k < d->doc.nparts; k++) {
        for (size_t i = 0; i < d->parts[k].nparas; i++) free(d->parts[k].paras[i].text);
        free(d->parts[k].paras);
    }
}

/* Scan a body (and optional header); the caller frees the report. */
static inline netral_report *fx_scan2(netral_engine *e, const char *header, const char *body) {
    fx_doc d;
    fx_doc_init(&d, header, body);
    netral_report *r = nt_report_new("fixture");
    nt_engine_scan(e, &d.doc, r);
    fx_doc_free(&d);
    return r;
}

static inline netral_report *fx_scan(netral_engine *e, const char *body) {
    return fx_scan2(e, NULL, body);
}

/* The n-th finding (0-based) of rule id, or NULL. */
static inline const netral_finding *fx_find_nth(const netral_report *r, const char *id, int nth) {
    for (size_t i = 0; r && i < r->nfindings; i++)
        if (strcmp(r->findings[i].rule, id) == 0 && nth-- == 0) return &r->findings[i];
    return NULL;
}

static inline const netral_finding *fx_find(const netral_report *r, const char *id) {
    return fx_find_nth(r, id, 0);
}

static inline int fx_count(const netral_report *r, const char *id) {
    int n = 0;
    for (size_t i = 0; r && i < r->nfindings; i++) n += strcmp(r->findings[i].rule, id) == 0;
    return n;
}

/* The rule error mentioning `needle`, or NULL. */
static inline const char *fx_rule_error(const netral_report *r, const char *needle) {
    for (size_t i = 0; r && i < r->nrule_errors; i++)
        if (strstr(r->rule_errors[i], needle)) return r->rule_errors[i];
    return NULL;
}

/* 1 when a rule with this id is loaded; its info in *out. */
static inline int fx_rule_info(const netral_engine *e, const char *id, netral_rule_info *out,
                               size_t *index) {
    for (size_t i = 0; i < netral_engine_rule_count(e); i++) {
        netral_rule_info info;
        if (netral_engine_rule(e, i, &info) == NETRAL_OK && strcmp(info.id, id) == 0) {
            if (out) *out = info;
            if (index) *index = i;
            return 1;
        }
    }
    return 0;
}

static inline void fx_dump(const netral_report *r) {
    for (size_t i = 0; r && i < r->nfindings; i++)
        fprintf(stderr, "  finding %s %s p%d [%zu,%zu) \"%s\"\n", r->findings[i].rule,
                r->findings[i].severity, r->findings[i].paragraph, r->findings[i].start,
                r->findings[i].end, r->findings[i].excerpt);
    for (size_t i = 0; r && i < r->nrule_errors; i++)
        fprintf(stderr, "  rule error %s\n", r->rule_errors[i]);
}

#endif
