/* engine_int.h - private to the engine's files (engine.c, sandbox.c, rules.c, lua_api.c, scan.c,
 * ruletest.c): the engine object and the helpers they share. Not for other layers. */
#ifndef NT_ENGINE_INT_H
#define NT_ENGINE_INT_H

#include <lua.h>

#include "engine.h"
#include "shapes.h"
#include "targets.h"

/* What `netral rules list` shows about one loaded rule (strings owned by the engine). */
/* A rule slot's state in the document being scanned. */
enum {
    NT_SLOT_ON = 0,     /* runs when its lists occur */
    NT_SLOT_FAILED = 1, /* failed (error, budget): sits out the rest of the document */
    NT_SLOT_ASLEEP = 2  /* declared asleep: runs once doc.wake(id) woke it in this document */
};

typedef struct nt_rule_rec {
    char *id, *category, *severity, *source, *basis, *message;
    char *overrides; /* "file:line" of the definition it replaced, or NULL */
    char *changed;   /* "file:line" of the last override "id" {...} applied to it, or NULL */
    char *suggestion;
    double confidence;
    int graded;     /* its check may report below `severity` (declared with graded = true) */
    int sev;        /* NT_SEV_* */
    int is_doc;     /* document rule */
    int para_scope; /* matches over the whole paragraph (else within one sentence) */
    int asleep;     /* declared asleep = true: sleeps each document until a rule wakes it */
    int replay;     /* declared replay = true: once woken, also judges the paragraphs before */
    int32_t *need;  /* lists that must occur for the match to be possible (postfix, see init.lua) */
    size_t nneed;
    uint32_t req[4]; /* lists the need program cannot hold without (0 = none): checked first */
} nt_rule_rec;

/* What `netral lists` shows about one named list (strings owned by the engine). */
typedef struct nt_list_rec {
    char *name, *files, *used_by;
    char **entries;
    uint32_t *entry_src; /* index into srcs of the list "name" {...} call that added entry i */
    char **srcs;
    size_t nentries, nsrcs;
} nt_list_rec;

struct netral_engine {
    struct netral_options opts;
    lua_State *L;

    /* Memory cap (custom allocator). */
    size_t mem_used, mem_limit;

    /* Instruction budgets: slot 0 is the framework (and file loading), slot i the i-th rule. */
    uint64_t *used;
    unsigned char *disabled; /* per slot, this document: NT_SLOT_* (a rule that is not on is
                              * skipped until the next document or until it is woken) */
    size_t nslots;
    size_t cur_slot;
    uint64_t budget;       /* per rule per document */
    uint64_t slot0_budget; /* framework work per document, or per file while loading */
    const void *pos_src;   /* last non-framework chunk the count hook saw in this run ... */
    char pos[160];         /* ... its name ("" when none) */
    int pos_line;          /* ... and the line it was at */

    /* Registry references to framework objects. */
    int api_ref, para_ref, seq_ref;

    /* Lexicon and the per-paragraph analysis buffers. */
    nt_lexicon *lx;
    nt_analysis an;
    nt_analysis an_facts; /* the kop lines' words, built while a rule reads its paragraph's an */
    size_t nlists;

    /* Partisan targets and frames of the document being scanned (targets.c). */
    nt_targets *tg;
    nt_target_lists tl;

    /* Rules and which rules each list can trigger (CSR: lr_idx[lr_off[l] .. lr_off[l+1]]). */
    nt_rule_rec *rules;
    size_t nrules;
    nt_list_rec *lists; /* named lists, by name */
    size_t nlistrecs;
    uint32_t *lr_off, *lr_idx;
    uint32_t *stamp, gen, *seq; /* per paragraph: rules to run, deduplicated */
    uint32_t *lcount;           /* per paragraph: hits per list */
    uint32_t *lstamp, lgen;     /* per paragraph or sentence: which lists occur */
    unsigned char *keep;        /* per paragraph: candidate rules whose lists all occur */
    int32_t *need_stack;        /* evaluation stack for the `need` programs */
    uint32_t *leadin;           /* lists of cues that also cover items under a lead-in */
    uint32_t *leadin_x;         /* each one's exception list (0 = none) */
    uint32_t (*leadin_v)[4];    /* each one's veto lists (0 = none): a hit turns the lead-in off */
    size_t nleadin;
    uint32_t leadin_sub;  /* list opening a subordinate clause, whose cues leave the items be */
    uint32_t leadin_dir;  /* the directives: an order in the lead-in's last sentence ... */
    uint32_t leadin_proh; /* ... leaves this list (prohibitions) only that sentence's hits */
    unsigned char *leadin_active, *leadin_cur;
    int leadin_next; /* the last paragraph with text ended in a colon (a lead-in) */

    /* Document vocabularies (vocab.c): the lists counted per document, their entries bucketed
     * by first byte, and this document's result (computed on the first doc.vocab call). */
    struct nt_vocab *vocab;

    /* Replay (rules declared asleep and replay): the paragraphs, this document, where a sleeping
     * replay rule's lists occurred, and the woken replay rules not yet run over them. */
    struct nt_replay_at {
        const nt_part *part;
        const nt_para *para;
    } * rlog;
    size_t nrlog, caprlog;
    uint32_t *rpend; /* slots, in wake order; as many as rules */
    size_t nrpend;
    int rseen; /* set by triggered_rules: a sleeping replay rule's list occurred */

    /* Under explain: which paragraphs and rules to trace (NULL in scans), and the trace (a Lua
     * registry reference, LUA_NOREF when none). */
    const struct nt_explain_req *trace;
    int trace_ref;

    /* The document being scanned (NULL outside nt_engine_scan). */
    const nt_doc *doc;
    netral_report *rep;
    const nt_part *part;
    const nt_para *para;

    /* Counters for benchmarks: paragraphs analysed, paragraphs sent to Lua, rule evaluations. */
    uint64_t n_paras, n_lua_paras, n_rule_runs;
    uint64_t n_hit_tables; /* paragraphs whose hits table Lua asked for (priv.para_hits) */

    /* Every source file loaded, for the rule-set id and for repairing truncated error paths. */
    char **files;
    size_t nfiles;
    uint64_t h1, h2;
    char ruleset_id[40];
};

/* The engine that owns L (stored in the state's extra space). */
static inline netral_engine *nt_engine_of(lua_State *L) {
    return *(netral_engine **)lua_getextraspace(L);
}

/* collect.c: the finished document's findings table (on the Lua stack top) into e->rep. */
void nt_collect_findings(lua_State *L, netral_engine *e);

/* sandbox.c */
lua_State *nt_sandbox_new(netral_engine *e);
void nt_sandbox_reset(netral_engine *e, int slot0_budget_is_load);
/* Call the function below nargs arguments under `slot`'s budget (lua_pcall semantics). */
int nt_sandbox_call(netral_engine *e, size_t slot, int nargs, int nresults);
/* The error object at idx as text, without running metamethods; full paths restored. */
void nt_sandbox_error_text(netral_engine *e, int idx, char *out, size_t cap);
/* "file:line" where the running rule last was (for memory errors), else fallback. */
void nt_sandbox_where(const netral_engine *e, const char *fallback, char *out, size_t cap);
/* Registers the sandbox's private functions (run, load_module, print, getinfo) in the table at t. */
void nt_sandbox_register(lua_State *L, int t);
/* Load one text chunk with env (the table on top of the stack, popped); pushes the function. */
int nt_sandbox_load(netral_engine *e, const char *data, size_t len, const char *chunkname,
                    char *msg, size_t cap);
/* Remember a loaded source for the rule-set id. */
int nt_engine_note_file(netral_engine *e, const char *name, const char *data, size_t len);

/* rules.c */
int nt_rules_load(netral_engine *e, nt_err *err);

/* lua_api.c */
void nt_api_register(lua_State *L, int t);
int nt_scan_l_hits(lua_State *L);  /* priv.para_hits (scan.c) */
int nt_scan_l_facts(lua_State *L); /* priv.doc_facts (scan.c) */

/* Document vocabularies (vocab.c): the regions of a memo a counted list's entries occur in. */
enum {
    NT_VOCAB_ALL = 1,     /* body, page headers and footnotes (not comments, footers, endnotes) */
    NT_VOCAB_HEAD = 2,    /* the title area: page header, short opening lines, the subject field */
    NT_VOCAB_OPENING = 4, /* the first long paragraph of the main part */
    NT_VOCAB_LINE = 8     /* the start of a title-area line */
};
void nt_vocab_add_list(lua_State *L, netral_engine *e, uint32_t list, int entries);
void nt_vocab_begin(netral_engine *e);
void nt_vocab_free(netral_engine *e);
int nt_vocab_l_count(lua_State *L);  /* priv.doc_vocab */
void nt_api_push_para(lua_State *L); /* the paragraph userdata */

/* scan.c / ruletest.c */
int nt_scan_doc(netral_engine *e, const nt_doc *doc, netral_report *rep);

#endif
