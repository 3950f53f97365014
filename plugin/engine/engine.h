/* engine.h - the rule engine: one sandboxed Lua 5.4 state per engine holding the framework, the
 * word lists (compiled into an nt_lexicon) and the rules; scans a document model into findings. */
#ifndef NT_ENGINE_H
#define NT_ENGINE_H

#include "document.h"
#include "findings.h"
#include "netral.h"
#include "text.h"
#include "util.h"

struct netral_options {
    char **rule_dirs;
    size_t nrule_dirs;
    char lang[4]; /* "id" | "en" */
    nt_limits lim;
    uint64_t rule_instructions; /* per rule invocation budget, per document */
    uint64_t lua_memory;        /* Lua heap cap */
    int min_severity;           /* NT_SEV_* */
    char *author, *initials;    /* comment author */
    int highlight;
    int keep_overlaps; /* 1: no merging of overlapping same-category findings */
};
void nt_options_init(struct netral_options *o); /* defaults; NETRAL_RULES env dirs are added by
                                                   nt_engine_new, before the options' own dirs */
void nt_options_clear(struct netral_options *o);
int nt_options_copy(struct netral_options *dst, const struct netral_options *src);

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
