/* engine.h - the rule engine: one sandboxed Lua 5.4 state per engine holding the framework, the
 * word lists (compiled into an nt_lexicon) and the rules; scans a document model into findings. */
#ifndef NT_ENGINE_H
#define NT_ENGINE_H

#include "document.h"
#include "netral.h"
#include "text.h"
#include "util.h"

enum { NT_SEV_INFO = 0, NT_SEV_LOW = 1, NT_SEV_MEDIUM = 2, NT_SEV_HIGH = 3 };
int nt_severity_from_name(const char *s); /* -1 when unknown */
const char *nt_severity_name(int sev);

struct netral_options {
    char **rule_dirs;
    size_t nrule_dirs;
    char lang[4];            /* "id" | "en" */
    nt_limits lim;
    uint64_t rule_instructions; /* per rule invocation budget, per document */
    uint64_t lua_memory;     /* Lua heap cap */
    int min_severity;        /* NT_SEV_* */
    char *author, *initials; /* comment author */
    int highlight;
    int keep_overlaps;       /* 1: no merging of overlapping same-category findings */
};
void nt_options_init(struct netral_options *o); /* defaults; NETRAL_RULES env dirs are added by
                                                   nt_engine_new, before the options' own dirs */
void nt_options_clear(struct netral_options *o);
int nt_options_copy(struct netral_options *dst, const struct netral_options *src);

/* The report of one document. Strings are owned by the report. */
struct netral_report {
    char *path;
    int status;              /* NETRAL_OK or a document error code */
    char *error;             /* message when status != OK */
    netral_finding *findings;
    size_t nfindings;
    char **rule_errors;      /* "rule-id: file:line: message" */
    size_t nrule_errors;
    char sha256[65];         /* reserved for caches: content hash (hex), "" when unknown */
    double seconds;          /* time spent on this document */
    int worst_kept;          /* worst severity kept + 1 (0: none), for the caps' severity test */
    size_t dropped_findings; /* over the caps, not kept */
    int full_noted;          /* the per-document cap's drop is in rule_errors */
    size_t dropped_errors;   /* over NT_REPORT_MAX_RULE_ERRORS, not kept */
    struct nt_rule_count *counts; /* findings kept per rule id (open addressing, engine_report.c) */
    size_t ncounts, capcounts;
};

/* What one report holds at most. Findings come from rules, which are user code: one may return
 * a 50 MB message or a million findings, and every report format, the --cache file and the
 * annotated copy's comments would repeat them (a 50 MB comment no longer reads back: the reader's
 * ZIP-bomb ratio cap refuses it). nt_report_add cuts longer strings at a UTF-8 boundary and ends
 * them with U+2026. Past NT_REPORT_MAX_PER_RULE findings of one rule, or NT_REPORT_MAX_FINDINGS
 * in all, a finding is kept only when it is more severe than every kept one (so the verdict is
 * never milder than the full list's); each drop is noted once in rule_errors. The per-rule cap
 * keeps one flooding rule from crowding out the others' findings. */
#define NT_REPORT_ID_MAX        256u   /* rule, category, severity, part, where */
#define NT_REPORT_TEXT_MAX      4096u  /* message, basis, suggestion */
#define NT_REPORT_EXCERPT_MAX   16384u /* excerpt (a quote; offsets still give the exact range) */
#define NT_REPORT_MAX_FINDINGS  10000u
#define NT_REPORT_MAX_PER_RULE  2000u
#define NT_REPORT_ERROR_MAX     1024u  /* one rule error line */
#define NT_REPORT_MAX_RULE_ERRORS 200u /* then one line says how many more were left out */
#define NT_REPORT_MAX_ALSO      64u    /* rule ids listed in one finding's `also` */

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
/* Frees the report and every string it owns (NULL is fine). */
void nt_report_free(netral_report *r);

/* Engine internals used by api.c; netral_engine is defined in engine.c. */
int nt_engine_new(const struct netral_options *opts, netral_engine **out, nt_err *err);
void nt_engine_free(netral_engine *e);
const struct netral_options *nt_engine_options(const netral_engine *e);
/* Run all rules over a loaded document, appending findings (filtered by min_severity) and rule
 * errors to rep. Returns NETRAL_OK (rule failures are not engine failures). */
int nt_engine_scan(netral_engine *e, const nt_doc *doc, netral_report *rep);
/* What `netral explain` traces: paragraphs of one part (NULL: every part), one paragraph
 * (0-based index, -1: all) and one rule (NULL: all); json 1 for JSON, else text. */
typedef struct nt_explain_req {
    const char *part;
    long paragraph;
    const char *rule;
    int json;
} nt_explain_req;
/* Scan doc as nt_engine_scan does, recording the trace, and write it to *out (malloc'd). A part,
 * paragraph or rule the document or rule set does not have is NETRAL_E_INVALID_ARG with the
 * valid ones named in err. rep gets the scan's findings. */
int nt_engine_explain(netral_engine *e, const nt_doc *doc, const nt_explain_req *req,
                      netral_report *rep, char **out, size_t *out_len, nt_err *err);

/* For `rules list`: "file:line" of the definition rule i replaced (a later rule folder
 * overrides by id), or NULL. */
const char *nt_engine_rule_overrides(const netral_engine *e, size_t i);

#endif
