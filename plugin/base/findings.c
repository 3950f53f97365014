/* findings.c - the per-document report object: findings and rule errors, owned strings,
 * worst severity. Renderers (output/report.c) read it; the engine and the API fill it. */
#include "findings.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

netral_report *nt_report_new(const char *path) {
    netral_report *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    if (path && !(r->path = nt_strdup(path))) {
        free(r);
        return NULL;
    }
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
    free((char *)f->rule);
    free((char *)f->category);
    free((char *)f->severity);
    free((char *)f->part);
    free((char *)f->where);
    free((char *)f->excerpt);
    free((char *)f->message);
    free((char *)f->basis);
    free((char *)f->suggestion);
    for (size_t i = 0; i < f->nalso; i++) free((char *)f->also[i]);
    free((void *)f->also);
}

/* Copies a possibly-NULL string cut to max bytes; *ok drops to 0 when a copy fails. */
static const char *dup_capped(const char *s, size_t max, int *ok) {
    if (!s) return NULL;
    char *d = nt_strdup_capped(s, max);
    if (!d) *ok = 0;
    return d;
}

/* ---- Caps on the number of findings ------------------------------------------------------ */

/* Findings kept per rule id; rule points into a kept finding (owned by the report). */
struct nt_rule_count {
    const char *rule;
    uint32_t kept, dropped;
};

static size_t count_slot(const netral_report *r, const char *rule) {
    size_t mask = r->capcounts - 1, i = (size_t)nt_hash64(rule, strlen(rule), 0) & mask;
    while (r->counts[i].rule && strcmp(r->counts[i].rule, rule)) i = (i + 1) & mask;
    return i;
}

/* Room for one more rule id at load <= 1/2. */
static int counts_reserve(netral_report *r) {
    if ((r->ncounts + 1) * 2 <= r->capcounts) return 0;
    size_t cap = r->capcounts ? r->capcounts * 2 : 64;
    struct nt_rule_count *old = r->counts, *nc = calloc(cap, sizeof *nc);
    if (!nc) return -1;
    size_t oldcap = r->capcounts;
    r->counts = nc;
    r->capcounts = cap;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].rule) r->counts[count_slot(r, old[i].rule)] = old[i];
    free(old);
    return 0;
}

static void note_drop(netral_report *r, const char *who, unsigned cap, const char *scope) {
    char msg[NT_REPORT_ID_MAX + 160];
    snprintf(
        msg, sizeof msg,
        NT_L("%s: lebih dari %u temuan %s; sisanya tidak dicatat (kecuali yang lebih berat)",
             "%s: more than %u findings %s; the rest are not recorded (except more severe ones)"),
        who, cap, scope);
    nt_report_add_rule_error(r, msg);
}

/* Whether a finding of severity sev (NT_SEV_* + 1) from the rule counted at slot is dropped:
 * only past a cap, and never when it is worse than everything kept. */
static int over_cap(netral_report *r, size_t slot, const char *rule, int sev) {
    struct nt_rule_count *c = &r->counts[slot];
    int total = r->nfindings >= NT_REPORT_MAX_FINDINGS, mine = c->kept >= NT_REPORT_MAX_PER_RULE;
    if (!(total || mine) || sev > r->worst_kept) return 0;
    r->dropped_findings++;
    if (mine && c->dropped++ == 0)
        note_drop(r, rule, NT_REPORT_MAX_PER_RULE, NT_L("dari aturan ini", "from this rule"));
    else if (!mine && !r->full_noted) {
        r->full_noted = 1;
        note_drop(r, "netral", NT_REPORT_MAX_FINDINGS,
                  NT_L("dalam dokumen ini", "in this document"));
    }
    return 1;
}

/* Appends a copy of f whose rule id is `rule` (already copied; taken, also on failure). */
static int add_copy(netral_report *r, const netral_finding *f, char *rule) {
    if ((r->nfindings & (r->nfindings - 1)) == 0) { /* grow at powers of two */
        size_t cap = r->nfindings ? r->nfindings * 2 : 4;
        netral_finding *nf = realloc(r->findings, cap * sizeof *nf);
        if (!nf) {
            free(rule);
            return NETRAL_E_NOMEM;
        }
        r->findings = nf;
    }
    netral_finding c = *f;
    int ok = 1;
    c.rule = rule;
    c.category = dup_capped(f->category, NT_REPORT_ID_MAX, &ok);
    c.severity = dup_capped(f->severity, NT_REPORT_ID_MAX, &ok);
    c.part = dup_capped(f->part, NT_REPORT_ID_MAX, &ok);
    c.where = dup_capped(f->where, NT_REPORT_ID_MAX, &ok);
    c.excerpt = dup_capped(f->excerpt, NT_REPORT_EXCERPT_MAX, &ok);
    c.message = dup_capped(f->message, NT_REPORT_TEXT_MAX, &ok);
    c.basis = dup_capped(f->basis, NT_REPORT_TEXT_MAX, &ok);
    c.suggestion = dup_capped(f->suggestion, NT_REPORT_TEXT_MAX, &ok);
    c.also = NULL;
    c.nalso = 0;
    size_t na = f->also ? (f->nalso < NT_REPORT_MAX_ALSO ? f->nalso : NT_REPORT_MAX_ALSO) : 0;
    const char **also = na ? calloc(na, sizeof *also) : NULL;
    if (na && !also) ok = 0;
    for (size_t i = 0; also && i < na; i++) {
        if (!f->also[i] || !*f->also[i]) continue;
        if ((also[c.nalso] = dup_capped(f->also[i], NT_REPORT_ID_MAX, &ok))) c.nalso++;
    }
    c.also = also;
    if (also && !c.nalso) {
        free(also);
        c.also = NULL;
    }
    if (!ok) {
        finding_free(&c);
        return NETRAL_E_NOMEM;
    }
    r->findings[r->nfindings++] = c;
    return NETRAL_OK;
}

int nt_report_category_known(const char *c) {
    for (size_t i = 0; c && i < NT_NCATEGORIES; i++)
        if (!strcmp(c, nt_categories[i])) return 1;
    return 0;
}

/* A finding must name its rule and part and carry a contract category and severity. Rules are
 * checked when they load, but a document rule may return or edit findings with any strings, and
 * so may a damaged --cache file: such a finding is refused here, where every finding enters a
 * report, and noted in rule_errors. */
static int contract_ok(netral_report *r, const netral_finding *f) {
    if (f->rule && *f->rule && f->part && nt_report_category_known(f->category) &&
        nt_severity_from_name(f->severity) >= 0)
        return 1;
    char msg[NT_REPORT_ID_MAX + 300];
    snprintf(msg, sizeof msg,
             NT_L("%.*s: temuan diabaikan: rule, part, kategori (%.40s) atau tingkat (%.20s) di "
                  "luar kontrak",
                  "%.*s: finding ignored: rule, part, category (%.40s) or severity (%.20s) outside "
                  "the contract"),
             (int)NT_REPORT_ID_MAX, f->rule && *f->rule ? f->rule : "netral",
             f->category ? f->category : "-", f->severity ? f->severity : "-");
    nt_report_add_rule_error(r, msg);
    return 0;
}

int nt_report_add(netral_report *r, const netral_finding *f) {
    if (!r || !f) return NETRAL_E_INVALID_ARG;
    if (!contract_ok(r, f)) return NETRAL_E_INVALID_ARG;
    int ok = 1;
    char *rule = (char *)dup_capped(f->rule, NT_REPORT_ID_MAX, &ok);
    if (!ok || counts_reserve(r)) {
        free(rule);
        return NETRAL_E_NOMEM;
    }
    const char *key = rule ? rule : "";
    size_t slot = count_slot(r, key);
    int sev = nt_severity_from_name(f->severity) + 1;
    if (over_cap(r, slot, key, sev)) {
        free(rule);
        return NETRAL_OK;
    }
    int rc = add_copy(r, f, rule);
    if (rc) return rc;
    struct nt_rule_count *c = &r->counts[slot];
    if (!c->rule) {
        c->rule = key;
        r->ncounts++;
    }
    c->kept++;
    if (sev > r->worst_kept) r->worst_kept = sev;
    return NETRAL_OK;
}

/* One more line of rule errors; past NT_REPORT_MAX_RULE_ERRORS only a count is kept, shown by
 * a single closing line, so a rule failing on each of a million paragraphs cannot flood the
 * report. */
int nt_report_add_rule_error(netral_report *r, const char *msg) {
    if (!r || !msg) return NETRAL_E_INVALID_ARG;
    char note[160];
    if (r->nrule_errors > NT_REPORT_MAX_RULE_ERRORS) {
        r->dropped_errors++;
        return NETRAL_OK;
    }
    if (r->nrule_errors == NT_REPORT_MAX_RULE_ERRORS) {
        snprintf(note, sizeof note,
                 NT_L("netral: lebih dari %u galat aturan; sisanya tidak dicatat",
                      "netral: more than %u rule errors; the rest are not recorded"),
                 NT_REPORT_MAX_RULE_ERRORS);
        msg = note;
        r->dropped_errors++;
    }
    char **ne = realloc(r->rule_errors, (r->nrule_errors + 1) * sizeof *ne);
    if (!ne) return NETRAL_E_NOMEM;
    r->rule_errors = ne;
    if (!(ne[r->nrule_errors] = nt_strdup_capped(msg, NT_REPORT_ERROR_MAX))) return NETRAL_E_NOMEM;
    r->nrule_errors++;
    return NETRAL_OK;
}

void nt_report_set_error(netral_report *r, int status, const char *msg) {
    if (!r) return;
    r->status = status;
    free(r->error);
    r->error = nt_strdup(msg ? msg : "");
}

int nt_report_set_memo(netral_report *r, const nt_memo *m) {
    if (!r) return NETRAL_E_INVALID_ARG;
    nt_memo_clear(&r->memo);
    return nt_memo_copy(&r->memo, m, NT_REPORT_TEXT_MAX);
}

void nt_report_free(netral_report *r) {
    if (!r) return;
    nt_memo_clear(&r->memo);
    for (size_t i = 0; i < r->nfindings; i++) finding_free(&r->findings[i]);
    free(r->findings);
    for (size_t i = 0; i < r->nrule_errors; i++) free(r->rule_errors[i]);
    free(r->rule_errors);
    free(r->counts);
    free(r->path);
    free(r->error);
    free(r);
}
