/* memo_facts.c - the memo facts every layer passes along (extracted by document/memo.c, carried by
 * the report, written by the outputs): field names in report order, access, copy and release. */
#include "memo_facts.h"

#include <stdlib.h>
#include <string.h>

const char *const nt_memo_keys[NT_MEMO_NFIELDS] = {
    "number", "subject", "date", "date_iso", "classification", "office", "signer", "signer_title"};

char **nt_memo_slot(nt_memo *m, size_t i) {
    switch (i) {
    case 0: return &m->number;
    case 1: return &m->subject;
    case 2: return &m->date;
    case 3: return &m->date_iso;
    case 4: return &m->classification;
    case 5: return &m->office;
    case 6: return &m->signer;
    case 7: return &m->signer_title;
    default: return NULL;
    }
}

const char *nt_memo_field(const nt_memo *m, size_t i) {
    char **s = m ? nt_memo_slot((nt_memo *)m, i) : NULL;
    return s ? *s : NULL;
}

int nt_memo_empty(const nt_memo *m) {
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++)
        if (nt_memo_field(m, i)) return 0;
    return 1;
}

void nt_memo_clear(nt_memo *m) {
    if (!m) return;
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++) free(*nt_memo_slot(m, i));
    memset(m, 0, sizeof *m);
}

int nt_memo_copy(nt_memo *dst, const nt_memo *src, size_t max) {
    memset(dst, 0, sizeof *dst);
    for (size_t i = 0; src && i < NT_MEMO_NFIELDS; i++) {
        const char *v = nt_memo_field(src, i);
        if (!v) continue;
        if (!(*nt_memo_slot(dst, i) = nt_strdup_capped(v, max))) {
            nt_memo_clear(dst);
            return NETRAL_E_NOMEM;
        }
    }
    return 0;
}
