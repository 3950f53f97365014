/* engine_report.c - the per-document report object: findings and rule errors, owned strings,
 * worst severity. Renderers (report.c) read it; the engine and api.c fill it. */
#include "engine.h"

#include <stdlib.h>
#include <string.h>

netral_report *nt_report_new(const char *path) {
    netral_report *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    if (path && !(r->path = nt_strdup(path))) { free(r); return NULL; }
    return r;
}

int nt_report_worst(const netral_report *r) {
    int worst = -1;
    for (size_t i = 0; r && i < r->nfindings; i++) {
        int s = nt_severity_from_name(r->findings[i].severity);
        if (s > worst) worst = s;
    }
    return worst;
}

static void finding_free(netral_finding *f) {
    free((char *)f->rule); free((char *)f->category); free((char *)f->severity);
    free((char *)f->part); free((char *)f->where); free((char *)f->excerpt);
    free((char *)f->message); free((char *)f->basis); free((char *)f->suggestion);
}

/* Copies a possibly-NULL string; *ok drops to 0 when a copy fails. */
static const char *dup_or_null(const char *s, int *ok) {
    if (!s) return NULL;
    char *d = nt_strdup(s);
    if (!d) *ok = 0;
    return d;
}

int nt_report_add(netral_report *r, const netral_finding *f) {
    if (!r || !f) return NETRAL_E_INVALID_ARG;
    if ((r->nfindings & (r->nfindings - 1)) == 0) { /* grow at powers of two */
        size_t cap = r->nfindings ? r->nfindings * 2 : 4;
        netral_finding *nf = realloc(r->findings, cap * sizeof *nf);
        if (!nf) return NETRAL_E_NOMEM;
        r->findings = nf;
    }
    netral_finding c = *f;
    int ok = 1;
    c.rule = dup_or_null(f->rule, &ok);
    c.category = dup_or_null(f->category, &ok);
    c.severity = dup_or_null(f->severity, &ok);
    c.part = dup_or_null(f->part, &ok);
    c.where = dup_or_null(f->where, &ok);
    c.excerpt = dup_or_null(f->excerpt, &ok);
    c.message = dup_or_null(f->message, &ok);
    c.basis = dup_or_null(f->basis, &ok);
    c.suggestion = dup_or_null(f->suggestion, &ok);
    if (!ok) { finding_free(&c); return NETRAL_E_NOMEM; }
    r->findings[r->nfindings++] = c;
    return NETRAL_OK;
}

int nt_report_add_rule_error(netral_report *r, const char *msg) {
    if (!r || !msg) return NETRAL_E_INVALID_ARG;
    char **ne = realloc(r->rule_errors, (r->nrule_errors + 1) * sizeof *ne);
    if (!ne) return NETRAL_E_NOMEM;
    r->rule_errors = ne;
    if (!(ne[r->nrule_errors] = nt_strdup(msg))) return NETRAL_E_NOMEM;
    r->nrule_errors++;
    return NETRAL_OK;
}

void nt_report_set_error(netral_report *r, int status, const char *msg) {
    if (!r) return;
    r->status = status;
    free(r->error);
    r->error = nt_strdup(msg ? msg : "");
}

void nt_report_free(netral_report *r) {
    if (!r) return;
    for (size_t i = 0; i < r->nfindings; i++) finding_free(&r->findings[i]);
    free(r->findings);
    for (size_t i = 0; i < r->nrule_errors; i++) free(r->rule_errors[i]);
    free(r->rule_errors);
    free(r->path);
    free(r->error);
    free(r);
}
