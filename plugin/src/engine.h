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
};

netral_report *nt_report_new(const char *path);
/* Worst severity among findings (NT_SEV_*), -1 when none. */
int nt_report_worst(const netral_report *r);
/* Add a finding (all strings copied). */
int nt_report_add(netral_report *r, const netral_finding *f);
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
/* For `rules list`: "file:line" of the definition rule i replaced (a later rule folder
 * overrides by id), or NULL. */
const char *nt_engine_rule_overrides(const netral_engine *e, size_t i);

#endif
