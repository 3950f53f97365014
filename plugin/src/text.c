/* text.c - the text layer's public face: lexicon building, per-paragraph analysis, context cues.
 * Placeholder bodies so the rest of the plugin links; the full analyser replaces them. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

struct nt_lexicon {
    size_t nphrases;
};

nt_lexicon *nt_lexicon_new(void) { return calloc(1, sizeof(nt_lexicon)); }
void nt_lexicon_free(nt_lexicon *lx) { free(lx); }
int nt_lexicon_add_root(nt_lexicon *lx, const char *word) { (void)lx; (void)word; return 0; }
int nt_lexicon_add_phrase(nt_lexicon *lx, const char *phrase, uint32_t list, unsigned flags) {
    (void)lx; (void)phrase; (void)list; (void)flags;
    return -1;
}
int nt_lexicon_compile(nt_lexicon *lx) { (void)lx; return 0; }
size_t nt_lexicon_phrase_count(const nt_lexicon *lx) { return lx ? lx->nphrases : 0; }
uint32_t nt_lexicon_phrase_list(const nt_lexicon *lx, uint32_t phrase) { (void)lx; (void)phrase; return 0; }
uint32_t nt_lexicon_phrase_words(const nt_lexicon *lx, uint32_t phrase) { (void)lx; (void)phrase; return 0; }

size_t nt_stem(const nt_lexicon *lx, const char *word, size_t len, char *out, size_t cap) {
    (void)lx;
    size_t n = len < cap ? len : cap;
    memcpy(out, word, n);
    return n;
}

char *nt_normalize(const char *text, size_t len) { return nt_strndup(text, len); }

void nt_analysis_init(nt_analysis *a) { memset(a, 0, sizeof *a); }
void nt_analysis_free(nt_analysis *a) {
    free(a->toks); free(a->hits); free(a->sents); free(a->strings);
    memset(a, 0, sizeof *a);
}
int nt_analyze(const nt_lexicon *lx, const char *text, size_t len, nt_analysis *a) {
    (void)lx; (void)text; (void)len;
    a->ntoks = a->nhits = a->nsents = a->slen = 0;
    return 0;
}
int nt_cue_before(const nt_analysis *a, uint32_t list, uint32_t tok, uint32_t window) {
    (void)a; (void)list; (void)tok; (void)window;
    return 0;
}
int nt_cue_in_sentence(const nt_analysis *a, uint32_t list, uint32_t s) {
    (void)a; (void)list; (void)s;
    return 0;
}
