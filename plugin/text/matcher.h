/* matcher.h - private to the text layer: one Aho-Corasick automaton over word symbols (stem ids,
 * exact-form ids, "any number") holding every phrase of every list; scanned once per paragraph. */
#ifndef NT_MATCHER_H
#define NT_MATCHER_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef struct nt_matcher nt_matcher;

nt_matcher *nt_matcher_new(void);
void nt_matcher_free(nt_matcher *m);
/* Add a phrase as a sequence of symbols; phrase/list are reported back in hits. 0 or -1 (OOM). */
int nt_matcher_add(nt_matcher *m, const uint32_t *syms, size_t n, uint32_t phrase, uint32_t list);
/* Failure and output links; after this the matcher is read-only. 0 or -1 (OOM). */
int nt_matcher_compile(nt_matcher *m);

/* A token may stand for up to three symbols (its stem, its exact form, "a number"), so a scan
 * follows a small set of automaton states, one per distinct path. */
#define NT_AC_MAXSET 16
typedef struct nt_acset {
    uint32_t n;
    uint32_t s[NT_AC_MAXSET];
} nt_acset;

void nt_acset_reset(nt_acset *set);
/* Feed one token's symbols (nsyms may be 0: a word no phrase uses). */
void nt_matcher_step(const nt_matcher *m, nt_acset *set, const uint32_t *syms, size_t nsyms);
/* Append to a->hits every phrase ending at token `tok` in the current states. 0 or -1 (OOM). */
int nt_matcher_emit(const nt_matcher *m, const nt_acset *set, uint32_t tok, nt_analysis *a);

#endif
