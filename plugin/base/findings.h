/* findings.h - the report object every layer shares: one document's findings, rule errors and
 * status, with the caps that bound what rules may put in it (findings.c). */
#ifndef NT_FINDINGS_H
#define NT_FINDINGS_H

#include <stddef.h>

#include "memo_facts.h"
#include "netral.h"
#include "util.h"
#include "vocab.h"

/* The report of one document. Strings are owned by the report. */
struct netral_report {
    char *path;
    int status;  /* NETRAL_OK or a document error code */
    char *error; /* message when status != OK */
    netral_finding *findings;
    size_t nfindings;
    char **rule_errors; /* "rule-id: file:line: message" */
    size_t nrule_errors;
    char sha256[65];         /* reserved for caches: content hash (hex), "" when unknown */
    double seconds;          /* time spent on this document */
    int worst_kept;          /* worst severity kept + 1 (0: none), for the caps' severity test */
    size_t dropped_findings; /* over the caps, not kept */
    int full_noted;          /* the per-document cap's drop is in rule_errors */
    size_t dropped_errors;   /* over NT_REPORT_MAX_RULE_ERRORS, not kept */
    struct nt_rule_count *counts; /* findings kept per rule id (open addressing, engine_report.c) */
    size_t ncounts, capcounts;
    nt_memo memo; /* the memo's facts as a letter (document layer), when it shows them */
};

/* What one report holds at most. Findings come from rules, which are user code: one may return
 * a 50 MB message or a million findings, and every report format, the --cache file and the
 * annotated copy's comments would repeat them (a 50 MB comment no longer reads back: the reader's
 * ZIP-bomb ratio cap refuses it). nt_report_add cuts longer strings at a UTF-8 boundary and ends
 * them with U+2026. Past NT_REPORT_MAX_PER_RULE findings of one rule, or NT_REPORT_MAX_FINDINGS
 * in all, a finding is kept only when it is more severe than every kept one (so the verdict is
 * never milder than the full list's); each drop is noted once in rule_errors. The per-rule cap
 * keeps one flooding rule from crowding out the others' findings. */
#define NT_REPORT_ID_MAX          256u   /* rule, category, severity, part, where */
#define NT_REPORT_TEXT_MAX        4096u  /* message, basis, suggestion */
#define NT_REPORT_EXCERPT_MAX     16384u /* excerpt (a quote; offsets still give the exact range) */
#define NT_REPORT_MAX_FINDINGS    10000u
#define NT_REPORT_MAX_PER_RULE    2000u
#define NT_REPORT_ERROR_MAX       1024u /* one rule error line */
#define NT_REPORT_MAX_RULE_ERRORS 200u  /* then one line says how many more were left out */
#define NT_REPORT_MAX_ALSO        64u   /* rule ids listed in one finding's `also` */

netral_report *nt_report_new(const char *path);
/* Worst severity among findings (NT_SEV_*), -1 when none. */
int nt_report_worst(const netral_report *r);
/* Add a finding (all strings copied, capped as above). A finding without rule or part, or with
 * a category or severity outside the contract, is not kept: NETRAL_E_INVALID_ARG, and a line in
 * rule_errors. */
int nt_report_add(netral_report *r, const netral_finding *f);
/* 1 when c is one of the six contract categories. */
int nt_report_category_known(const char *c);
int nt_report_add_rule_error(netral_report *r, const char *msg);
void nt_report_set_error(netral_report *r, int status, const char *msg);
/* Copies the memo facts (each capped at NT_REPORT_TEXT_MAX). 0 or NETRAL_E_NOMEM. */
int nt_report_set_memo(netral_report *r, const nt_memo *m);
/* Frees the report and every string it owns (NULL is fine). */
void nt_report_free(netral_report *r);

#endif
