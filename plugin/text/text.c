/* text.c - the text layer's public face (text.h): lexicon building and compilation, per-paragraph
 * analysis (tokens, stems, reduplication, sentences, automaton hits) and the context cue helpers. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "matcher.h"
#include "normalize.h"
#include "stem.h"
#include "util.h"

/* Automaton symbols: 1 = any number, even = a stem, odd >= 3 = an exact (unstemmed) form. */
#define SYM_NUM       1u
#define SYM_STEM(id)  (2u * (uint32_t)(id) + 2u)
#define SYM_EXACT(id) (2u * (uint32_t)(id) + 3u)

typedef struct lx_phrase {
    uint32_t list, flags;
    uint32_t text, text_len; /* the phrase as given (minus a leading '='), in lx->texts */
    uint32_t words;          /* token count: as added, then as compiled */
} lx_phrase;

struct nt_lexicon {
    nt_strtab roots;
    nt_strtab stems, exacts; /* symbol tables of the automaton */
    nt_strtab keys;          /* one normalised key per phrase id, to fold exact duplicates */
    lx_phrase *ph;
    size_t nph, cph;
    nt_buf texts;
    nt_matcher *m;
    nt_analysis scratch; /* building only; analysis never touches the lexicon's memory */
    int compiled, has_exact;
    uint64_t
        serial; /* unique per compiled lexicon: analyses cache stems per serial, not per address */
};

static int known_word(const void *ctx, const char *w, size_t n);

nt_lexicon *nt_lexicon_new(void) {
    nt_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) return NULL;
    nt_strtab_init(&lx->roots);
    nt_strtab_init(&lx->stems);
    nt_strtab_init(&lx->exacts);
    nt_strtab_init(&lx->keys);
    nt_buf_init(&lx->texts);
    nt_analysis_init(&lx->scratch);
    lx->m = nt_matcher_new();
    if (!lx->m) {
        free(lx);
        return NULL;
    }
    return lx;
}

void nt_lexicon_free(nt_lexicon *lx) {
    if (!lx) return;
    nt_strtab_free(&lx->roots);
    nt_strtab_free(&lx->stems);
    nt_strtab_free(&lx->exacts);
    nt_strtab_free(&lx->keys);
    nt_buf_free(&lx->texts);
    nt_analysis_free(&lx->scratch);
    nt_matcher_free(lx->m);
    free(lx->ph);
    free(lx);
}

static const char *tok_norm(const nt_analysis *a, const nt_token *t) {
    return a->strings + t->norm;
}

static int add_roots_of(nt_lexicon *lx, const nt_analysis *a) {
    for (size_t i = 0; i < a->ntoks; i++) {
        const nt_token *t = &a->toks[i];
        if (t->flags & (NT_TOK_NUMBER | NT_TOK_HASHTAG)) continue;
        if (nt_strtab_intern(&lx->roots, tok_norm(a, t), t->norm_len, NULL) < 0) return -1;
    }
    return 0;
}

int nt_lexicon_add_root(nt_lexicon *lx, const char *word) {
    if (!lx || !word || lx->compiled) return -1;
    if (nt_tokenize(word, strlen(word), &lx->scratch, NULL, NULL)) return -1;
    return add_roots_of(lx, &lx->scratch);
}

/* list, flags, then each word with the separator the automaton will see. */
static int phrase_key(const nt_analysis *a, uint32_t list, unsigned flags, nt_buf *key) {
    nt_buf_put(key, &list, sizeof list);
    nt_buf_putc(key, (char)(flags & 0xFF));
    for (size_t i = 0; i < a->ntoks; i++) {
        const nt_token *t = &a->toks[i];
        if (t->flags & NT_TOK_HASHTAG) nt_buf_putc(key, '#');
        nt_buf_put(key, tok_norm(a, t), t->norm_len);
        nt_buf_putc(key, (t->flags & NT_TOKI_LINK) ? '-' : ' ');
    }
    return key->oom ? -1 : 0;
}

static int store_phrase(nt_lexicon *lx, const char *text, size_t len, uint32_t list,
                        unsigned flags) {
    if (lx->nph == lx->cph) {
        size_t c = lx->cph ? lx->cph * 2 : 64;
        lx_phrase *p = realloc(lx->ph, c * sizeof *p);
        if (!p) return -1;
        lx->ph = p;
        lx->cph = c;
    }
    size_t off = lx->texts.n;
    if (nt_buf_put(&lx->texts, text, len) || nt_buf_putc(&lx->texts, 0)) return -1;
    lx->ph[lx->nph] =
        (lx_phrase){list, flags, (uint32_t)off, (uint32_t)len, (uint32_t)lx->scratch.ntoks};
    return (int)lx->nph++;
}

int nt_lexicon_add_phrase(nt_lexicon *lx, const char *phrase, uint32_t list, unsigned flags) {
    if (!lx || !phrase || lx->compiled || lx->nph >= INT32_MAX) return -1;
    while (*phrase == ' ' || *phrase == '\t') phrase++;
    if (*phrase == '=') { /* the list syntax for an unstemmed entry */
        flags |= NT_PHRASE_EXACT;
        phrase++;
    }
    size_t len = strlen(phrase);
    if (nt_tokenize(phrase, len, &lx->scratch, NULL, NULL) || lx->scratch.ntoks == 0) return -1;
    nt_buf key;
    nt_buf_init(&key);
    int isnew = 0, id = -1;
    if (phrase_key(&lx->scratch, list, flags, &key) == 0) {
        int32_t k = nt_strtab_intern(&lx->keys, key.p, key.n, &isnew);
        if (k >= 0 && !isnew)
            id = k;
        else if (k >= 0 && add_roots_of(lx, &lx->scratch) == 0)
            id = store_phrase(lx, phrase, len, list, flags);
    }
    nt_buf_free(&key);
    return id; /* key ids and phrase ids advance together, so an old key's id is its phrase */
}

size_t nt_lexicon_phrase_count(const nt_lexicon *lx) { return lx ? lx->nph : 0; }

uint32_t nt_lexicon_phrase_list(const nt_lexicon *lx, uint32_t phrase) {
    return lx && phrase < lx->nph ? lx->ph[phrase].list : 0;
}

uint32_t nt_lexicon_phrase_words(const nt_lexicon *lx, uint32_t phrase) {
    return lx && phrase < lx->nph ? lx->ph[phrase].words : 0;
}

size_t nt_stem(const nt_lexicon *lx, const char *word, size_t len, char *out, size_t cap) {
    if (!word || !out) return 0;
    return nt_stem_word(lx ? &lx->roots : NULL, word, len, out, cap, NULL);
}

/* ---- Analysis steps ------------------------------------------------------------------------ */

static int known_word(const void *ctx, const char *w, size_t n) {
    const nt_lexicon *lx = ctx;
    char buf[NT_STEM_MAXWORD + 1];
    int found = 0;
    nt_stem_word(&lx->roots, w, n, buf, sizeof buf, &found);
    return found;
}

/* ---- Stem cache ------------------------------------------------------------------------------
 * A memo archive reuses a few thousand words; stemming and the two symbol lookups are pure
 * functions of the word and the compiled lexicon, so each analysis keeps them per distinct word in
 * a direct-mapped table of one cache line per word (256 KiB: stays in L2). A colliding word simply
 * replaces the old one; words longer than SC_WORD bytes are not cached. */
#define STEMCACHE_SLOTS 4096u /* power of two */
#define SC_WORD         22
#define SYM_UNKNOWN     INT32_MIN

typedef struct sc_entry {
    uint64_t hash;
    int32_t sym_stem, sym_exact;
    uint8_t len, stem_len; /* len 0: empty slot; the stem may equal the word */
    char word[SC_WORD], stem[SC_WORD];
} sc_entry;

typedef struct nt_stemcache {
    uint64_t serial;
    sc_entry e[STEMCACHE_SLOTS];
} nt_stemcache;

_Static_assert(sizeof(sc_entry) == 64, "one cache line per entry");

static void stemcache_free(nt_stemcache *c) { free(c); }

static nt_stemcache *stemcache_for(const nt_lexicon *lx, nt_analysis *a) {
    nt_stemcache *c = a->cache;
    if (c && c->serial == lx->serial) return c;
    if (!c && !(c = malloc(sizeof *c))) return NULL;
    memset(c, 0, sizeof *c); /* another lexicon: every entry is stale */
    c->serial = lx->serial;
    a->cache = c;
    return c;
}

/* OCR damage: scanned letters read "rn" as "m" ("Gubemur"), "l" as "I" (so "i" once lowercased:
 * "caIon"), "i" as "l" ("Bupatl"), "y" as "v" ("kampanve"). A word with no root that reaches a
 * root of the domain vocabulary by one such repair is stemmed as the repaired word; nothing else
 * changes. The root must have four letters or more: "terbit" is no "ter-blt" (BLT, KIP, TPS are
 * acronyms, too short to be guessed at). Returns the stem length written to out, or 0. */
static size_t ocr_stem(const nt_strtab *roots, const char *w, size_t n, char *out, size_t cap) {
    if (n < 5 || n + 1 > NT_STEM_MAXWORD) return 0;
    static const char swaps[][2] = {{'i', 'l'}, {'l', 'i'}, {'v', 'y'}};
    char v[NT_STEM_MAXWORD + 2];
    for (size_t i = 1; i < n; i++) {
        int found = 0;
        size_t sn;
        if (w[i] == 'm' && i + 1 < n) {
            memcpy(v, w, i);
            v[i] = 'r';
            v[i + 1] = 'n';
            memcpy(v + i + 2, w + i + 1, n - i - 1);
            sn = nt_stem_word(roots, v, n + 1, out, cap, &found);
            if (found && sn >= 4) return sn;
        }
        for (size_t k = 0; k < sizeof swaps / sizeof swaps[0]; k++) {
            if (w[i] != swaps[k][0]) continue;
            memcpy(v, w, n);
            v[i] = swaps[k][1];
            found = 0;
            sn = nt_stem_word(roots, v, n, out, cap, &found);
            if (found && sn >= 4) return sn;
        }
    }
    return 0;
}

/* Fill entry ce for word w (0 < n <= SC_WORD): its stem and automaton symbols (-1: none). */
static void stemcache_fill(const nt_lexicon *lx, sc_entry *ce, uint64_t h, const char *w,
                           size_t n) {
    int found = 0;
    size_t sn = nt_stem_word(&lx->roots, w, n, ce->stem, SC_WORD, &found);
    if (!found) {
        size_t on = ocr_stem(&lx->roots, w, n, ce->stem, SC_WORD);
        if (on)
            sn = on;
        else
            sn = nt_stem_word(&lx->roots, w, n, ce->stem, SC_WORD, NULL);
    }
    ce->hash = h;
    ce->len = (uint8_t)n;
    ce->stem_len = (uint8_t)sn;
    memcpy(ce->word, w, n);
    ce->sym_stem = nt_strtab_find(&lx->stems, ce->stem, sn);
    ce->sym_exact = lx->has_exact ? nt_strtab_find(&lx->exacts, w, n) : -1;
}

static const sc_entry *stemcache_get(const nt_lexicon *lx, nt_analysis *a, const char *w,
                                     size_t n) {
    nt_stemcache *c = stemcache_for(lx, a);
    if (!c) return NULL;
    uint64_t h = nt_strhash(w, n);
    sc_entry *ce = &c->e[(h ^ (h >> 29)) & (STEMCACHE_SLOTS - 1)];
    if (ce->hash != h || ce->len != n || memcmp(ce->word, w, n) != 0)
        stemcache_fill(lx, ce, h, w, n);
    return ce;
}

/* Put a stem into the token: shared with the norm when it is the whole word, else copied. */
static int set_stem(nt_analysis *a, nt_token *t, const char *stem, size_t n) {
    /* same length and bytes: the stem is the word (an OCR repair keeps the length, not the bytes) */
    if (n == t->norm_len && memcmp(stem, a->strings + t->norm, n) == 0) return 0;
    if (nt_strings_reserve(a, n + 1)) return -1;
    memcpy(a->strings + a->slen, stem, n);
    t->stem = (uint32_t)a->slen;
    t->stem_len = (uint32_t)n;
    a->slen += n;
    a->strings[a->slen++] = 0;
    return 0;
}

static int stem_tokens(const nt_lexicon *lx, nt_analysis *a) {
    const nt_strtab *roots = lx ? &lx->roots : NULL;
    int cached = lx && lx->compiled; /* while building, roots still grow */
    for (size_t i = 0; i < a->ntoks; i++) {
        nt_token *t = &a->toks[i];
        t->sym_stem = t->sym_exact = SYM_UNKNOWN;
        if (!roots || !roots->n || (t->flags & NT_TOK_NUMBER) || t->norm_len > NT_STEM_MAXWORD)
            continue;
        const char *w = a->strings + t->norm;
        if (cached && t->norm_len && t->norm_len <= SC_WORD) {
            const sc_entry *ce = stemcache_get(lx, a, w, t->norm_len);
            if (!ce) return -1;
            t->sym_stem = ce->sym_stem;
            t->sym_exact = ce->sym_exact;
            if (set_stem(a, t, ce->stem, ce->stem_len)) return -1;
            continue;
        }
        char out[NT_STEM_MAXWORD + 1];
        size_t n = nt_stem_word(roots, w, t->norm_len, out, NT_STEM_MAXWORD, NULL);
        if (set_stem(a, t, out, n)) return -1;
    }
    return 0;
}

/* cur becomes "cur-nxt" with the stem nt_redup picked. */
static int join_redup(nt_analysis *a, nt_token *cur, const nt_token *nxt, int pick_b) {
    size_t n = (size_t)cur->norm_len + 1 + nxt->norm_len;
    if (nt_strings_reserve(a, n + 1)) return -1;
    char *p = a->strings + a->slen;
    memcpy(p, a->strings + cur->norm, cur->norm_len);
    p[cur->norm_len] = '-';
    memcpy(p + cur->norm_len + 1, a->strings + nxt->norm, nxt->norm_len);
    p[n] = 0;
    cur->norm = (uint32_t)a->slen;
    cur->norm_len = (uint32_t)n;
    a->slen += n + 1;
    if (pick_b) {
        cur->stem = nxt->stem;
        cur->stem_len = nxt->stem_len;
    }
    cur->end = nxt->end;
    cur->flags = (cur->flags & ~NT_TOKI_LINK) | (nxt->flags & NT_TOKI_LINK);
    cur->sym_stem = cur->sym_exact = SYM_UNKNOWN; /* a new word: look it up afresh */
    return 0;
}

static int redup_pair(const nt_strtab *roots, const nt_analysis *a, const nt_token *x,
                      const nt_token *y, int *pick_b) {
    if ((x->flags | y->flags) & NT_TOK_NUMBER) return 0;
    const char *s = a->strings;
    return nt_redup(roots, s + x->norm, x->norm_len, s + x->stem, x->stem_len, s + y->norm,
                    y->norm_len, s + y->stem, y->stem_len, pick_b);
}

/* anak-anak, dukung-mendukung, memilih-milih become one token; other hyphen pairs stay apart. */
static int merge_redup(const nt_strtab *roots, nt_analysis *a) {
    size_t w = 0, r = 0;
    while (r < a->ntoks) {
        nt_token cur = a->toks[r++];
        int pick_b;
        while ((cur.flags & NT_TOKI_LINK) && r < a->ntoks &&
               redup_pair(roots, a, &cur, &a->toks[r], &pick_b)) {
            if (join_redup(a, &cur, &a->toks[r], pick_b)) return -1;
            r++;
        }
        a->toks[w++] = cur;
    }
    a->ntoks = w;
    return 0;
}

/* ---- Sentences ------------------------------------------------------------------------------ */

static int nl_cp(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

static int space_cp(uint32_t cp) {
    return cp == ' ' || cp == '\t' || nl_cp(cp) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static int closer_cp(uint32_t cp) {
    return cp == '.' || cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
           cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x2026;
}

static int term_cp(uint32_t cp) {
    return cp == '!' || cp == '?' || cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049) ||
           cp == 0xFF01 || cp == 0xFF1F;
}

static size_t cp_at(const char *text, size_t len, size_t i, uint32_t *cp) {
    size_t n = nt_utf8_decode((const unsigned char *)text + i, len - i, cp);
    return n ? n : 1;
}

typedef struct gapinfo {
    int nl, term, dot_end, quote_close; /* quote_close: a closing quote after the terminator */
} gapinfo;

static int close_quote_cp(uint32_t cp) {
    return cp == '"' || cp == 0x201D || cp == 0x2019 || cp == 0xBB;
}

/* A full stop ends a sentence only when space follows it (after closing quotes/brackets), so
 * Rp200.000, 14.00, S.Pd and kpu.go.id never split. */
static int dot_then_space(const char *text, size_t len, size_t i, size_t g1) {
    uint32_t cp;
    while (i < g1) {
        size_t n = cp_at(text, len, i, &cp);
        if (space_cp(cp)) return 1;
        if (!closer_cp(cp)) return 0;
        i += n;
    }
    return 0;
}

static void scan_gap(const char *text, size_t len, size_t g0, size_t g1, gapinfo *g) {
    memset(g, 0, sizeof *g);
    for (size_t i = g0; i < g1;) {
        uint32_t cp;
        size_t n = cp_at(text, len, i, &cp);
        if (nl_cp(cp))
            g->nl = 1;
        else if (term_cp(cp))
            g->term = 1;
        else if ((cp == '.' || cp == 0x2026) && dot_then_space(text, len, i + n, g1))
            g->dot_end = 1;
        else if (close_quote_cp(cp) && (g->term || g->dot_end))
            g->quote_close = 1;
        i += n;
    }
}

static int in_list(const char *s, size_t n, const char *const *set) {
    for (; *set; set++)
        if (strlen(*set) == n && memcmp(*set, s, n) == 0) return 1;
    return 0;
}

static const char *const abbreviations[] = {
    "ir",   "hj",  "dr",  "drs",  "dra", "prof", "no",  "nmr", "jl",  "jln", "kec", "kab",
    "prov", "kel", "ds",  "pd",   "si",  "sos",  "kom", "ag",  "ip",  "kes", "ked", "sc",
    "tbk",  "bpk", "sdr", "sdri", "yth", "tgl",  "rp",  "kh",  "ust", "ttd", "pt",  "cv",
    "ny",   "tn",  "nip", "nrp",  "nik", "telp", "hp",  "km",  NULL};

/* Titles and initials: "Ir. Joko", "H. Ahmad", "S.Pd. Kepala", "Bpk. Joko", "No. 12"; and list
 * numbering: "1. Bulan Juni ..." (a number that alone opens the sentence). */
static int abbreviation(const char *text, const nt_analysis *a, const nt_token *prev,
                        const nt_token *next, int prev_opens) {
    const char *w = tok_norm(a, prev);
    size_t n = prev->norm_len;
    if (prev->flags & NT_TOK_NUMBER) return prev_opens && n <= 3;
    if (n == 1 || in_list(w, n, abbreviations)) return 1;
    if (n <= 3 && prev->start > 0 && text[prev->start - 1] == '.') return 1; /* M.Si., S.Sos. */
    return n <= 3 && (prev->flags & NT_TOK_CAPITAL) && !(prev->flags & NT_TOK_ALLCAPS) &&
           (next->flags & NT_TOK_CAPITAL);
}

/* A quotation closes within the next 80 bytes of the line from byte i. */
static int quote_closes(const char *text, size_t len, size_t i) {
    for (size_t end = i + 80 < len ? i + 80 : len; i < end;) {
        uint32_t cp;
        size_t n = cp_at(text, len, i, &cp);
        if (nl_cp(cp)) return 0;
        if (close_quote_cp(cp)) return 1;
        i += n;
    }
    return 0;
}

static int breaks_before(const char *text, size_t len, const nt_analysis *a, size_t k) {
    const nt_token *prev = &a->toks[k - 1], *next = &a->toks[k];
    gapinfo g;
    scan_gap(text, len, prev->end, next->start, &g);
    if (g.nl) return 1;
    /* «... dukung AMIN!” dan mengajak ...»: a quoted exclamation inside a running sentence. */
    if (g.quote_close && !(next->flags & (NT_TOK_CAPITAL | NT_TOK_NUMBER))) return 0;
    /* «stiker bertuliskan "Lanjutkan! Dua Periode Bersama Wan Harun" dan ...»: an exclamation
     * inside a short quotation is the quoted slogan's, not the end of the memo's sentence */
    if (g.term && !g.quote_close && (prev->flags & next->flags & NT_TOK_QUOTED) &&
        quote_closes(text, len, next->start))
        return 0;
    if (g.term) return 1;
    if (!g.dot_end) return 0;
    /* "(BB 1174 F). Kehadiran ...": a bracket or quote closed before the stop; no title or
     * initial is written so */
    if (prev->end < len && text[prev->end] != '.') return 1;
    int prev_opens = a->nsents && a->sents[a->nsents - 1].first_tok == k - 1;
    return !abbreviation(text, a, prev, next, prev_opens);
}

/* The sentence's byte range takes in its closing punctuation and quotes. */
static uint32_t sentence_end(const char *text, size_t len, size_t e, size_t limit) {
    while (e < limit) {
        uint32_t cp;
        size_t n = cp_at(text, len, e, &cp);
        if (!closer_cp(cp) && !term_cp(cp)) break;
        e += n;
    }
    return (uint32_t)e;
}

static int push_sentence(nt_analysis *a, uint32_t first_tok) {
    if (a->nsents == a->scap) {
        size_t c = a->scap ? a->scap * 2 : 32;
        nt_sentence *s = realloc(a->sents, c * sizeof *s);
        if (!s) return -1;
        a->sents = s;
        a->scap = c;
    }
    nt_sentence *s = &a->sents[a->nsents++];
    s->first_tok = first_tok;
    s->start = a->toks[first_tok].start;
    return 0;
}

static int split_sentences(const char *text, size_t len, nt_analysis *a) {
    for (size_t k = 0; k < a->ntoks; k++) {
        if ((k == 0 || breaks_before(text, len, a, k)) && push_sentence(a, (uint32_t)k)) return -1;
        a->toks[k].sentence = (uint32_t)a->nsents - 1;
    }
    for (size_t s = 0; s < a->nsents; s++) {
        nt_sentence *st = &a->sents[s];
        st->end_tok = s + 1 < a->nsents ? a->sents[s + 1].first_tok : (uint32_t)a->ntoks;
        size_t limit = st->end_tok < a->ntoks ? a->toks[st->end_tok].start : len;
        st->end = sentence_end(text, len, a->toks[st->end_tok - 1].end, limit);
    }
    return 0;
}

/* ---- Matching -------------------------------------------------------------------------------- */

static size_t token_syms(const nt_lexicon *lx, const nt_analysis *a, const nt_token *t,
                         uint32_t *syms) {
    size_t k = 0;
    int32_t id = t->sym_stem != SYM_UNKNOWN
                     ? t->sym_stem
                     : nt_strtab_find(&lx->stems, a->strings + t->stem, t->stem_len);
    if (id >= 0) syms[k++] = SYM_STEM(id);
    if (lx->has_exact) {
        id = t->sym_exact != SYM_UNKNOWN ? t->sym_exact
                                         : nt_strtab_find(&lx->exacts, tok_norm(a, t), t->norm_len);
        if (id >= 0) syms[k++] = SYM_EXACT(id);
    }
    if (t->flags & NT_TOK_NUMBER) syms[k++] = SYM_NUM;
    return k;
}

static int cmp_hit(const void *x, const void *y) {
    const nt_hit *a = x, *b = y;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    if (a->last != b->last) return a->last > b->last ? -1 : 1;
    if (a->phrase != b->phrase) return a->phrase < b->phrase ? -1 : 1;
    return a->list < b->list ? -1 : a->list > b->list;
}

/* Hits arrive ordered by last token, which for the common one-word hit is already the wanted
 * order; insertion sort is linear then. Too much shifting (hostile input) falls back to qsort. */
static void order_hits(nt_analysis *a) {
    size_t budget = 8 * a->nhits + 64;
    for (size_t i = 1; i < a->nhits; i++) {
        nt_hit h = a->hits[i];
        size_t j = i;
        while (j > 0 && cmp_hit(&a->hits[j - 1], &h) > 0) {
            if (budget-- == 0) {
                qsort(a->hits, a->nhits, sizeof *a->hits, cmp_hit);
                return;
            }
            a->hits[j] = a->hits[j - 1];
            j--;
        }
        a->hits[j] = h;
    }
}

static void sort_hits(nt_analysis *a) {
    if (a->nhits < 2) return;
    order_hits(a);
    size_t w = 1;
    for (size_t r = 1; r < a->nhits; r++)
        if (cmp_hit(&a->hits[r], &a->hits[w - 1]) != 0) a->hits[w++] = a->hits[r];
    a->nhits = w;
}

/* One pass over the paragraph; the automaton restarts at each sentence. */
static int match_tokens(const nt_lexicon *lx, nt_analysis *a) {
    nt_acset set;
    nt_acset_reset(&set);
    for (size_t k = 0; k < a->ntoks; k++) {
        uint32_t syms[3];
        if (k && a->toks[k].sentence != a->toks[k - 1].sentence) nt_acset_reset(&set);
        nt_matcher_step(lx->m, &set, syms, token_syms(lx, a, &a->toks[k], syms));
        if (nt_matcher_emit(lx->m, &set, (uint32_t)k, a)) return -1;
    }
    sort_hits(a);
    return 0;
}

void nt_analysis_init(nt_analysis *a) { memset(a, 0, sizeof *a); }

void nt_analysis_free(nt_analysis *a) {
    if (!a) return;
    free(a->toks);
    free(a->hits);
    free(a->sents);
    free(a->strings);
    stemcache_free(a->cache);
    memset(a, 0, sizeof *a);
}

/* Tokens, stems and reduplication merges: the same for paragraphs and for phrases. */
static int analyze_words(const nt_lexicon *lx, const char *text, size_t len, nt_analysis *a) {
    a->slen = 0;
    if (nt_strings_reserve(a, 0)) return -1;
    a->strings[0] = 0;
    if (nt_tokenize(text, len, a, lx ? known_word : NULL, lx)) return -1;
    if (stem_tokens(lx, a)) return -1;
    return merge_redup(lx ? &lx->roots : NULL, a);
}

int nt_analyze(const nt_lexicon *lx, const char *text, size_t len, nt_analysis *a) {
    if (!a) return -1;
    a->ntoks = a->nhits = a->nsents = 0;
    if (!text) len = 0;
    if (analyze_words(lx, text ? text : "", len, a)) return -1;
    if (split_sentences(text, len, a)) return -1;
    if (lx && lx->compiled && match_tokens(lx, a)) return -1;
    for (size_t k = 0; k < a->ntoks; k++) a->toks[k].flags &= ~NT_TOKI_MASK;
    return 0;
}

/* ---- Compilation ----------------------------------------------------------------------------- */

static int phrase_sym(nt_lexicon *lx, const nt_analysis *a, const nt_token *t, unsigned flags,
                      uint32_t *sym) {
    int32_t id;
    if ((t->flags & NT_TOK_HASHTAG) && t->norm_len == 3 && memcmp(tok_norm(a, t), "num", 3) == 0) {
        *sym = SYM_NUM;
        return 0;
    }
    if (flags & NT_PHRASE_EXACT) {
        lx->has_exact = 1;
        id = nt_strtab_intern(&lx->exacts, tok_norm(a, t), t->norm_len, NULL);
        *sym = SYM_EXACT(id);
    } else {
        id = nt_strtab_intern(&lx->stems, a->strings + t->stem, t->stem_len, NULL);
        *sym = SYM_STEM(id);
    }
    return id < 0 ? -1 : 0;
}

/* Each phrase goes through exactly the pipeline a paragraph does, so both sides agree. */
static int compile_phrase(nt_lexicon *lx, uint32_t p, uint32_t **syms, size_t *cap) {
    lx_phrase *ph = &lx->ph[p];
    nt_analysis *a = &lx->scratch;
    if (analyze_words(lx, lx->texts.p + ph->text, ph->text_len, a)) return -1;
    if (a->ntoks > *cap) {
        uint32_t *s = realloc(*syms, a->ntoks * sizeof *s);
        if (!s) return -1;
        *syms = s;
        *cap = a->ntoks;
    }
    for (size_t k = 0; k < a->ntoks; k++)
        if (phrase_sym(lx, a, &a->toks[k], ph->flags, &(*syms)[k])) return -1;
    ph->words = (uint32_t)a->ntoks;
    return nt_matcher_add(lx->m, *syms, a->ntoks, p, ph->list);
}

int nt_lexicon_compile(nt_lexicon *lx) {
    if (!lx) return -1;
    if (lx->compiled) return 0;
    uint32_t *syms = NULL;
    size_t cap = 0;
    int rc = 0;
    for (size_t p = 0; p < lx->nph && rc == 0; p++)
        rc = compile_phrase(lx, (uint32_t)p, &syms, &cap);
    free(syms);
    if (rc == 0) rc = nt_matcher_compile(lx->m);
    nt_analysis_free(&lx->scratch);
    if (rc == 0) {
        static _Atomic uint64_t serials;
        lx->serial = ++serials;
        lx->compiled = 1;
    }
    return rc;
}

/* ---- Debug view and context cues ------------------------------------------------------------- */

char *nt_normalize(const char *text, size_t len) {
    nt_analysis a;
    nt_buf out;
    nt_analysis_init(&a);
    nt_buf_init(&out);
    if (analyze_words(NULL, text ? text : "", text ? len : 0, &a)) {
        nt_analysis_free(&a);
        return NULL;
    }
    for (size_t k = 0; k < a.ntoks; k++) {
        if (k) nt_buf_putc(&out, ' ');
        nt_buf_put(&out, tok_norm(&a, &a.toks[k]), a.toks[k].norm_len);
    }
    nt_analysis_free(&a);
    if (out.oom) {
        nt_buf_free(&out);
        return NULL;
    }
    return nt_buf_take(&out, NULL);
}

int nt_cue_before(const nt_analysis *a, uint32_t list, uint32_t tok, uint32_t window) {
    if (!a || tok >= a->ntoks) return 0;
    uint32_t s = a->toks[tok].sentence;
    for (size_t i = 0; i < a->nhits && a->hits[i].first < tok; i++) {
        const nt_hit *h = &a->hits[i];
        if (h->list != list || h->last >= tok || a->toks[h->first].sentence != s) continue;
        if (window == 0 || tok - h->last <= window) return 1;
    }
    return 0;
}

int nt_cue_in_sentence(const nt_analysis *a, uint32_t list, uint32_t s) {
    if (!a || s >= a->nsents) return 0;
    for (size_t i = 0; i < a->nhits; i++) {
        const nt_hit *h = &a->hits[i];
        if (h->list == list && a->toks[h->first].sentence == s) return 1;
    }
    return 0;
}
