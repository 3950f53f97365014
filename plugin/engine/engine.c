/* engine.c - engine options and the engine object's lifetime (Lua state, lexicon, rule records),
 * the rule-set id, and the public rule-information functions. */
#include "engine_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nt_options_init(struct netral_options *o) {
    memset(o, 0, sizeof *o);
    strcpy(o->lang, "id");
    nt_limits_default(&o->lim);
    o->rule_instructions = 50000000u;
    o->lua_memory = 256u * 1024u * 1024u;
    o->min_severity = NT_SEV_LOW;
    /* On allocation failure these stay NULL, which the annotator also reads as the defaults. */
    o->author = nt_strdup("Netral");
    o->initials = nt_strdup("N");
}

void nt_options_clear(struct netral_options *o) {
    for (size_t i = 0; i < o->nrule_dirs; i++) free(o->rule_dirs[i]);
    free(o->rule_dirs);
    free(o->author);
    free(o->initials);
    memset(o, 0, sizeof *o);
}

int nt_options_copy(struct netral_options *dst, const struct netral_options *src) {
    *dst = *src;
    dst->rule_dirs = NULL;
    dst->nrule_dirs = 0;
    dst->author = dst->initials = NULL;
    if (src->nrule_dirs) {
        dst->rule_dirs = calloc(src->nrule_dirs, sizeof *dst->rule_dirs);
        if (!dst->rule_dirs) goto oom;
        for (size_t i = 0; i < src->nrule_dirs; i++) {
            dst->rule_dirs[i] = nt_strdup(src->rule_dirs[i]);
            if (!dst->rule_dirs[i]) goto oom;
            dst->nrule_dirs = i + 1;
        }
    }
    if (src->author && !(dst->author = nt_strdup(src->author))) goto oom;
    if (src->initials && !(dst->initials = nt_strdup(src->initials))) goto oom;
    return NETRAL_OK;
oom:
    nt_options_clear(dst);
    return NETRAL_E_NOMEM;
}

/* ---- Engine lifecycle ------------------------------------------------------------------------ */
int nt_engine_note_file(netral_engine *e, const char *name, const char *data, size_t len) {
    char **nf = realloc(e->files, (e->nfiles + 1) * sizeof *nf);
    if (!nf) return NETRAL_E_NOMEM;
    e->files = nf;
    if (!(nf[e->nfiles] = nt_strdup(name))) return NETRAL_E_NOMEM;
    e->nfiles++;
    size_t nlen = strlen(name) + 1; /* the NUL separates name from content */
    e->h1 = nt_hash64(data, len, nt_hash64(name, nlen, e->h1));
    e->h2 = nt_hash64(data, len, nt_hash64(name, nlen, e->h2 ^ 0x9e3779b97f4a7c15ull));
    return NETRAL_OK;
}

static void rule_rec_free(nt_rule_rec *r) {
    free(r->id);
    free(r->category);
    free(r->severity);
    free(r->source);
    free(r->basis);
    free(r->message);
    free(r->overrides);
    free(r->need);
    free(r->changed);
    free(r->suggestion);
}

static void list_rec_free(nt_list_rec *l) {
    for (size_t i = 0; i < l->nentries; i++) free(l->entries[i]);
    for (size_t i = 0; i < l->nsrcs; i++) free(l->srcs[i]);
    free(l->entries);
    free(l->srcs);
    free(l->entry_src);
    free(l->name);
    free(l->files);
    free(l->used_by);
}

void nt_engine_free(netral_engine *e) {
    if (!e) return;
    for (size_t i = 0; i < e->nlistrecs; i++) list_rec_free(&e->lists[i]);
    free(e->lists);
    if (e->L) lua_close(e->L);
    nt_lexicon_free(e->lx);
    nt_analysis_free(&e->an);
    nt_analysis_free(&e->an_facts);
    nt_targets_free(e->tg);
    for (size_t i = 0; i < e->nrules; i++) rule_rec_free(&e->rules[i]);
    free(e->rules);
    free(e->lr_off);
    free(e->lr_idx);
    free(e->stamp);
    free(e->seq);
    free(e->lcount);
    free(e->lstamp);
    free(e->keep);
    free(e->need_stack);
    free(e->leadin);
    nt_vocab_free(e);
    free(e->leadin_x);
    free(e->leadin_v);
    free(e->leadin_active);
    free(e->leadin_cur);
    free(e->used);
    free(e->disabled);
    free(e->rlog);
    free(e->rpend);
    for (size_t i = 0; i < e->nfiles; i++) free(e->files[i]);
    free(e->files);
    nt_options_clear(&e->opts);
    free(e);
}

static void finish_ruleset_id(netral_engine *e) {
    const char *tail = NETRAL_VERSION_STRING;
    e->h1 = nt_hash64(tail, strlen(tail), e->h1);
    e->h2 = nt_hash64(e->opts.lang, strlen(e->opts.lang), nt_hash64(tail, strlen(tail), e->h2));
    snprintf(e->ruleset_id, sizeof e->ruleset_id, "%016llx%016llx", (unsigned long long)e->h1,
             (unsigned long long)e->h2);
}

int nt_engine_new(const struct netral_options *opts, netral_engine **out, nt_err *err) {
    *out = NULL;
    netral_engine *e = calloc(1, sizeof *e);
    if (!e) goto oom;
    if (opts) {
        if (nt_options_copy(&e->opts, opts) != NETRAL_OK) {
            free(e);
            goto oom;
        }
    } else {
        nt_options_init(&e->opts);
    }
    if (strcmp(e->opts.lang, "en") != 0) strcpy(e->opts.lang, "id");
    e->budget = e->opts.rule_instructions ? e->opts.rule_instructions : 50000000u;
    e->mem_limit = e->opts.lua_memory ? (size_t)e->opts.lua_memory : (size_t)256 << 20;
    e->h1 = 0xcbf29ce484222325ull;
    e->h2 = 0x84222325cbf29ce4ull;
    e->nslots = 1;
    e->used = calloc(1, sizeof *e->used);
    e->disabled = calloc(1, 1);
    nt_analysis_init(&e->an);
    nt_analysis_init(&e->an_facts);
    if (!e->used || !e->disabled) {
        nt_engine_free(e);
        goto oom;
    }
    nt_sandbox_reset(e, 1);
    if (!nt_sandbox_new(e)) {
        nt_engine_free(e);
        goto oom;
    }
    int rc = nt_rules_load(e, err);
    if (rc != NETRAL_OK) {
        nt_engine_free(e);
        return rc;
    }
    finish_ruleset_id(e);
    lua_gc(e->L, LUA_GCCOLLECT);
    *out = e;
    return NETRAL_OK;
oom:
    nt_err_set(err, NETRAL_E_NOMEM, NT_L("kehabisan memori", "out of memory"));
    return NETRAL_E_NOMEM;
}

const struct netral_options *nt_engine_options(const netral_engine *e) { return &e->opts; }

int nt_engine_scan(netral_engine *e, const nt_doc *doc, netral_report *rep) {
    if (!e || !doc || !rep) return NETRAL_E_INVALID_ARG;
    return nt_scan_doc(e, doc, rep);
}

const char *nt_engine_rule_overrides(const netral_engine *e, size_t i) {
    return e && i < e->nrules ? e->rules[i].overrides : NULL;
}

/* ---- Public rule information ------------------------------------------------------------------ */
NETRAL_API const char *netral_engine_ruleset_id(const netral_engine *e) {
    return e ? e->ruleset_id : "";
}

NETRAL_API size_t netral_engine_rule_count(const netral_engine *e) { return e ? e->nrules : 0; }

NETRAL_API int netral_engine_rule(const netral_engine *e, size_t i, netral_rule_info *info) {
    if (!e || !info || i >= e->nrules) return NETRAL_E_INVALID_ARG;
    const nt_rule_rec *r = &e->rules[i];
    info->id = r->id;
    info->category = r->category;
    info->severity = r->severity;
    info->source = r->source;
    info->basis = r->basis;
    info->message = r->message;
    return NETRAL_OK;
}

NETRAL_API size_t netral_engine_list_count(const netral_engine *e) { return e ? e->nlistrecs : 0; }

NETRAL_API int netral_engine_list(const netral_engine *e, size_t i, netral_list_info *info) {
    if (!e || !info || i >= e->nlistrecs || info->size < sizeof(size_t))
        return NETRAL_E_INVALID_ARG;
    const nt_list_rec *l = &e->lists[i];
    netral_list_info full = {.size = info->size < sizeof full ? info->size : sizeof full,
                             .name = l->name,
                             .entries = l->nentries,
                             .files = l->files,
                             .used_by = l->used_by};
    memcpy(info, &full, full.size);
    return NETRAL_OK;
}

NETRAL_API const char *netral_engine_list_entry(const netral_engine *e, size_t i, size_t j,
                                                const char **source) {
    if (source) *source = NULL;
    if (!e || i >= e->nlistrecs || j >= e->lists[i].nentries) return NULL;
    const nt_list_rec *l = &e->lists[i];
    if (source && l->entry_src[j] < l->nsrcs) *source = l->srcs[l->entry_src[j]];
    return l->entries[j];
}

NETRAL_API int netral_engine_rule_detail(const netral_engine *e, size_t i, netral_rule_detail *d) {
    if (!e || !d || i >= e->nrules || d->size < sizeof(size_t)) return NETRAL_E_INVALID_ARG;
    const nt_rule_rec *r = &e->rules[i];
    netral_rule_detail full = {
        .size = d->size < sizeof full ? d->size : sizeof full,
        .graded = r->graded,
        .document = r->is_doc,
        .confidence = r->confidence,
        .scope = r->is_doc       ? "document"
                 : r->para_scope ? "paragraph"
                                 : "sentence",
        .replaces = r->overrides,
        .changed_by = r->changed,
        .suggestion = r->suggestion,
    };
    /* Only the fields the caller's version of the struct has. */
    memcpy(d, &full, full.size);
    return NETRAL_OK;
}
