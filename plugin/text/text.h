/* text.h - Indonesian-aware text analysis: normalisation (case, Unicode punctuation/spaces,
 * obfuscation), tokenisation, affix stemming, sentence splitting, and one multi-phrase automaton. */
#ifndef NT_TEXT_H
#define NT_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* ---- Lexicon: roots, stems, phrases; built once per engine, then read-only (thread-safe) ---- */
typedef struct nt_lexicon nt_lexicon;

#define NT_PHRASE_EXACT 0x1u /* match the normalised surface form of each word, no stemming */

nt_lexicon *nt_lexicon_new(void);
void nt_lexicon_free(nt_lexicon *lx);
/* A root word for the stemmer (the domain vocabulary). Every word of every phrase added later is
 * also a root, so list entries are their own roots. Must be called before nt_lexicon_compile. */
int nt_lexicon_add_root(nt_lexicon *lx, const char *word);
/* Add a phrase ("pasangan calon", "coblos", "#num" = any number token) to list `list`
 * (caller-chosen small integer, e.g. a Lua list index). Returns the phrase id (>= 0) or -1 when
 * the phrase has no word tokens. The same phrase may be in several lists. */
int nt_lexicon_add_phrase(nt_lexicon *lx, const char *phrase, uint32_t list, unsigned flags);
/* Build the automaton over stems; call once after all roots and phrases. */
int nt_lexicon_compile(nt_lexicon *lx);
size_t nt_lexicon_phrase_count(const nt_lexicon *lx);
uint32_t nt_lexicon_phrase_list(const nt_lexicon *lx, uint32_t phrase);
uint32_t nt_lexicon_phrase_words(const nt_lexicon *lx, uint32_t phrase); /* token length */

/* Stem one normalised (lowercase) word into out; returns the stem length (<= len). Prefers the
 * shortest root reachable by valid Indonesian affix removal; without a root, the word itself
 * (minus particles -lah/-kah/-pun when what remains is a root). */
size_t nt_stem(const nt_lexicon *lx, const char *word, size_t len, char *out, size_t cap);

/* Normalise a whole string for display/debugging (what the tokenizer sees, tokens joined by
 * single spaces). Returns malloc'd text. */
char *nt_normalize(const char *text, size_t len);

/* ---- Analysis of one paragraph ---- */
#define NT_TOK_NUMBER     0x01u /* all digits (e.g. "02", "2024") */
#define NT_TOK_CAPITAL    0x02u /* surface starts with an uppercase letter */
#define NT_TOK_ALLCAPS    0x04u
#define NT_TOK_OBFUSCATED 0x08u /* digits/symbols for letters (c0blos, p!lih) */
#define NT_TOK_SPACED     0x10u /* letters spaced or hyphenated apart (k a m p a n y e, d-u-k-u-n-g) */
#define NT_TOK_HASHTAG    0x20u /* preceded by '#' */
#define NT_TOK_QUOTED     0x40u /* inside quotation marks */
#define NT_TOK_MENTION    0x80u /* preceded by '@' */

typedef struct nt_token {
    uint32_t start, end;         /* byte range in the paragraph text (surface, may span joins) */
    uint32_t norm, norm_len;     /* normalised form: offset/length in nt_analysis.strings */
    uint32_t stem, stem_len;     /* stem: offset/length in nt_analysis.strings */
    uint32_t sentence;           /* 0-based sentence number within the paragraph */
    uint32_t flags;              /* NT_TOK_* */
    int32_t sym_stem, sym_exact; /* private: automaton symbols when known (see text.c) */
} nt_token;

typedef struct nt_hit {
    uint32_t phrase, list; /* phrase id and its list */
    uint32_t first, last;  /* token indices, inclusive */
} nt_hit;

typedef struct nt_sentence {
    uint32_t start, end;         /* byte range in the paragraph */
    uint32_t first_tok, end_tok; /* token range [first_tok, end_tok) */
} nt_sentence;

/* Reusable buffers: initialise with nt_analysis_init, reuse for many paragraphs, then free. */
typedef struct nt_analysis {
    nt_token *toks;
    size_t ntoks, tcap;
    nt_hit *hits;
    size_t nhits, hcap; /* sorted by first token, then by length descending */
    nt_sentence *sents;
    size_t nsents, scap;
    char *strings;
    size_t slen, scap2;         /* arena for norm and stem strings */
    struct nt_stemcache *cache; /* private: word -> stem and symbols, per lexicon */
} nt_analysis;

void nt_analysis_init(nt_analysis *a);
void nt_analysis_free(nt_analysis *a);
/* Tokenise, stem and run the automaton over text. Returns 0, or -1 on out of memory. */
int nt_analyze(const nt_lexicon *lx, const char *text, size_t len, nt_analysis *a);

/* Context helpers for rules (all O(hits)). */
/* 1 when a hit of `list` lies in the same sentence as token `tok`, ending before it, at most
 * `window` tokens away (window 0 = anywhere before it in the sentence). */
int nt_cue_before(const nt_analysis *a, uint32_t list, uint32_t tok, uint32_t window);
/* 1 when a hit of `list` lies anywhere in sentence `s`. */
int nt_cue_in_sentence(const nt_analysis *a, uint32_t list, uint32_t s);

#endif
