/* stem.c - the string table behind roots and automaton symbols, and our own Indonesian affix
 * stripper (particles, possessives, -kan/-an/-i, two prefix layers with nasal recoding, reduplication). */
#include "stem.h"

#include <stdlib.h>
#include <string.h>

/* ---- String table ---------------------------------------------------------------------- */

struct nt_strslot {
    uint32_t hash;     /* low bits of the full hash; compared before touching the pool */
    uint32_t id1;      /* id + 1; 0 = empty */
    uint32_t off, len; /* copies of offs/lens, so a probe touches one line before the pool */
};

/* 2^18 bits = 32 KiB whatever the lexicon size, so the per-token cost does not grow with it. */
#define BLOOM_BITS (1u << 18)

uint64_t nt_strhash(const char *s, size_t n) {
    uint64_t x = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, s, 8);
        x = (x ^ v) * 0xff51afd7ed558ccdull;
        x ^= x >> 32;
        s += 8;
        n -= 8;
    }
    /* the last 0-7 bytes, little-endian (unrolled: most words end here) */
    const unsigned char *u = (const unsigned char *)s;
    uint64_t v = 0;
    switch (n) {
    case 7: v |= (uint64_t)u[6] << 48; /* fall through */
    case 6: v |= (uint64_t)u[5] << 40; /* fall through */
    case 5: v |= (uint64_t)u[4] << 32; /* fall through */
    case 4: v |= (uint64_t)u[3] << 24; /* fall through */
    case 3: v |= (uint64_t)u[2] << 16; /* fall through */
    case 2: v |= (uint64_t)u[1] << 8;  /* fall through */
    case 1: v |= (uint64_t)u[0]; break;
    default: break;
    }
    x = (x ^ v) * 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 29;
    x *= 0xff51afd7ed558ccdull;
    return x ^ (x >> 32);
}

void nt_strtab_init(nt_strtab *t) { memset(t, 0, sizeof *t); }

void nt_strtab_free(nt_strtab *t) {
    free(t->bloom);
    free(t->slots);
    free(t->offs);
    free(t->lens);
    free(t->pool);
    memset(t, 0, sizeof *t);
}

static int strtab_rehash(nt_strtab *t, size_t nslots) {
    struct nt_strslot *s = calloc(nslots, sizeof *s);
    if (!s) return -1;
    for (size_t id = 0; id < t->n; id++) {
        uint32_t h = (uint32_t)nt_strhash(t->pool + t->offs[id], t->lens[id]);
        size_t i = h & (nslots - 1);
        while (s[i].id1) i = (i + 1) & (nslots - 1);
        s[i] = (struct nt_strslot){h, (uint32_t)id + 1, t->offs[id], t->lens[id]};
    }
    free(t->slots);
    t->slots = s;
    t->mask = nslots - 1;
    return 0;
}

static int strtab_grow(nt_strtab *t, size_t n) {
    if (t->n + 1 > t->ecap) {
        size_t cap = t->ecap ? t->ecap * 2 : 64;
        if (cap > UINT32_MAX / 2) return -1;
        uint32_t *o = realloc(t->offs, cap * sizeof *o);
        if (!o) return -1;
        t->offs = o;
        uint32_t *l = realloc(t->lens, cap * sizeof *l);
        if (!l) return -1;
        t->lens = l;
        t->ecap = cap;
    }
    if (t->plen + n + 1 > t->pcap) {
        size_t cap = t->pcap ? t->pcap : 1024;
        while (cap < t->plen + n + 1) cap *= 2;
        if (cap > UINT32_MAX) return -1;
        char *p = realloc(t->pool, cap);
        if (!p) return -1;
        t->pool = p;
        t->pcap = cap;
    }
    if (!t->bloom) {
        t->bloom = calloc(BLOOM_BITS / 64, sizeof *t->bloom);
        if (!t->bloom) return -1;
        t->bloom_mask = BLOOM_BITS - 1;
    }
    if (!t->slots || (t->n + 1) * 2 > t->mask + 1)
        return strtab_rehash(t, t->slots ? (t->mask + 1) * 2 : 128);
    return 0;
}

/* Words are short: a byte loop beats a call into memcmp here. */
static int same_bytes(const char *x, const char *y, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i]) return 0;
    return 1;
}

static size_t strtab_probe(const nt_strtab *t, const char *s, size_t n, uint32_t h, int32_t *id) {
    size_t i = h & t->mask;
    *id = -1;
    for (; t->slots[i].id1; i = (i + 1) & t->mask) {
        const struct nt_strslot *sl = &t->slots[i];
        if (sl->hash == h && sl->len == n && same_bytes(t->pool + sl->off, s, n)) {
            *id = (int32_t)(sl->id1 - 1);
            break;
        }
    }
    return i;
}

/* The Bloom bit uses the hash's high half; the table index uses the low half. */
static size_t bloom_bit(const nt_strtab *t, uint64_t h) {
    return (size_t)(h >> 40) & t->bloom_mask;
}

int32_t nt_strtab_find(const nt_strtab *t, const char *s, size_t n) {
    if (!t || !t->slots) return -1;
    uint64_t h = nt_strhash(s, n);
    size_t b = bloom_bit(t, h);
    if (!(t->bloom[b >> 6] & (1ull << (b & 63)))) return -1;
    int32_t id;
    strtab_probe(t, s, n, (uint32_t)h, &id);
    return id;
}

int32_t nt_strtab_intern(nt_strtab *t, const char *s, size_t n, int *isnew) {
    if (isnew) *isnew = 0;
    int32_t id = nt_strtab_find(t, s, n);
    if (id >= 0) return id;
    if (n > UINT32_MAX / 4 || strtab_grow(t, n)) return -1;
    uint64_t h64 = nt_strhash(s, n);
    uint32_t h = (uint32_t)h64;
    size_t i = strtab_probe(t, s, n, h, &id), b = bloom_bit(t, h64);
    memcpy(t->pool + t->plen, s, n);
    t->pool[t->plen + n] = 0;
    t->offs[t->n] = (uint32_t)t->plen;
    t->lens[t->n] = (uint32_t)n;
    t->slots[i] = (struct nt_strslot){h, (uint32_t)t->n + 1, (uint32_t)t->plen, (uint32_t)n};
    t->bloom[b >> 6] |= 1ull << (b & 63);
    t->plen += n + 1;
    if (isnew) *isnew = 1;
    return (int32_t)t->n++;
}

/* ---- Stemmer ----------------------------------------------------------------------------- */

/* Shortest candidate a stripped word may leave: Indonesian roots have at least three letters,
 * and allowing two would let "akan" or "ikan" collapse into nonsense. */
#define MIN_STRIPPED 3

enum prefix_family { F_DI, F_KE, F_SE, F_BE, F_TE, F_PER, F_ME, F_PE };
enum deriv_suffix { D_NONE, D_KAN, D_AN, D_I };

typedef struct stem_ctx {
    const nt_strtab *roots;
    char best[NT_STEM_MAXWORD + 1];
    size_t best_len;    /* SIZE_MAX until a root is found */
    int deriv;          /* derivational suffix removed at the current end */
    const char *anc[2]; /* the strings prefixes are being stripped from */
    size_t anc_len[2], nanc;
} stem_ctx;

/* An affix or word with its length, so hot loops never call strlen. */
typedef struct affix {
    const char *s;
    size_t n;
} affix;

#define AFFIX(lit)                                                                                 \
    { lit, sizeof(lit) - 1 }

/* Common words whose look-alike prefix is not one (kepada is not ke+pada, peserta is not
 * pe+serta, tersebut is not ter+sebut): they are never taken apart. */
static const affix frozen_words[] = {
    AFFIX("berapa"),     AFFIX("berikut"),   AFFIX("berita"),     AFFIX("berkas"),
    AFFIX("beserta"),    AFFIX("daripada"),  AFFIX("dinas"),      AFFIX("kepada"),
    AFFIX("kepala"),     AFFIX("ketua"),     AFFIX("pegawai"),    AFFIX("pekan"),
    AFFIX("pemerintah"), AFFIX("penduduk"),  AFFIX("pentas"),     AFFIX("penting"),
    AFFIX("perangkat"),  AFFIX("perempuan"), AFFIX("perjanjian"), AFFIX("perlu"),
    AFFIX("pertama"),    AFFIX("pesan"),     AFFIX("peserta"),    AFFIX("sebagai"),
    AFFIX("sebelum"),    AFFIX("sekarang"),  AFFIX("sekitar"),    AFFIX("selama"),
    AFFIX("seluruh"),    AFFIX("sesuai"),    AFFIX("sesudah"),    AFFIX("setelah"),
    AFFIX("terhadap"),   AFFIX("tersebut"),  AFFIX("tetapi")};

static int frozen(const char *s, size_t n) {
    if (n < 5 || n > 10) return 0;
    for (size_t i = 0; i < sizeof frozen_words / sizeof frozen_words[0]; i++) {
        const affix *f = &frozen_words[i];
        if (f->n == n && f->s[0] == s[0] && f->s[1] == s[1] && memcmp(f->s, s, n) == 0) return 1;
    }
    return 0;
}

static int is_root(const stem_ctx *c, const char *s, size_t n) {
    return nt_strtab_find(c->roots, s, n) >= 0;
}

/* "ajakan" is ajak+an rather than aja+kan when both are roots: prefer the root keeping the k. */
static int k_reading_better(const stem_ctx *c, const char *s, size_t n) {
    char buf[NT_STEM_MAXWORD + 2];
    if (c->deriv != D_KAN || n + 1 > NT_STEM_MAXWORD) return 0;
    memcpy(buf, s, n);
    buf[n] = 'k';
    return is_root(c, buf, n + 1);
}

static void consider(stem_ctx *c, const char *s, size_t n) {
    if (n >= c->best_len || !is_root(c, s, n)) return; /* only a shorter root can win */
    for (size_t i = 0; i < c->nanc; i++)
        if (frozen(c->anc[i], c->anc_len[i])) return;
    if (k_reading_better(c, s, n)) return;
    memcpy(c->best, s, n);
    c->best_len = n;
}

static int is_vowel(char ch) {
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

static int starts(const char *s, size_t n, const char *p) {
    size_t k = 0;
    for (; p[k]; k++)
        if (k >= n || s[k] != p[k]) return 0;
    return 1;
}

static int ends(const char *s, size_t n, const affix *x) {
    return n >= x->n && same_bytes(s + n - x->n, x->s, x->n);
}

/* One way to remove a prefix: skip bytes, then optionally put back the nasal-dropped consonant. */
typedef struct prefix_cut {
    unsigned char skip, fam;
    char recode; /* 0: none */
} prefix_cut;

static size_t add_cut(prefix_cut *out, size_t k, unsigned skip, unsigned fam, char recode) {
    out[k].skip = (unsigned char)skip;
    out[k].fam = (unsigned char)fam;
    out[k].recode = recode;
    return k + 1;
}

/* be-/te-/pe- without their consonant only come before r-, or a root shaped CerC (bekerja,
 * peternak); me-/pe- bare only before l r w y m n (melihat, pemenang). */
static int cer_shape(const char *s, size_t n) { return n >= 5 && s[3] == 'e' && s[4] == 'r'; }
static int sonorant(char ch) { return ch && strchr("lrwymn", ch) != NULL; }

/* mem+b/p/f/v keeps the consonant, mem+vowel restores p, men+vowel restores t, meng+vowel
 * restores k (or the root starts with the vowel), meny+vowel restores s; pe- likewise. */
static size_t nasal_cuts(const char *s, size_t n, char lead, prefix_cut *out, size_t k) {
    unsigned fam = lead == 'm' ? F_ME : F_PE;
    if (n < 4 || s[0] != lead || s[1] != 'e') return k;
    char c3 = s[2], c4 = s[3], c5 = n > 4 ? s[4] : 0;
    if (sonorant(c3) || (lead == 'p' && cer_shape(s, n))) k = add_cut(out, k, 2, fam, 0);
    if (c3 == 'm') {
        if (c4 == 'b' || c4 == 'p' || c4 == 'f' || c4 == 'v')
            k = add_cut(out, k, 3, fam, 0);
        else if (is_vowel(c4))
            k = add_cut(out, k, 3, fam, 'p');
        if (lead == 'm' && starts(s, n, "memper")) k = add_cut(out, k, 6, fam, 0);
    } else if (c3 == 'n' && c4 == 'g') {
        if (c5 == 'e') k = add_cut(out, k, 5, fam, 0); /* menge-/penge- before one-syllable roots */
        if (is_vowel(c5)) {
            k = add_cut(out, k, 4, fam, 0);
            k = add_cut(out, k, 4, fam, 'k');
        } else if (c5 == 'g' || c5 == 'h' || c5 == 'k')
            k = add_cut(out, k, 4, fam, 0);
    } else if (c3 == 'n' && c4 == 'y') {
        if (is_vowel(c5)) k = add_cut(out, k, 4, fam, 's');
    } else if (c3 == 'n') {
        if (c4 == 'c' || c4 == 'd' || c4 == 'j' || c4 == 'z' || c4 == 's' || c4 == 't')
            k = add_cut(out, k, 3, fam, 0);
        else if (is_vowel(c4))
            k = add_cut(out, k, 3, fam, 't');
    } else if (lead == 'p' && c3 == 'r') {
        k = add_cut(out, k, 3, F_PER, 0);
    } else if (lead == 'p' && c3 == 'l' && starts(s + 3, n - 3, "ajar")) {
        k = add_cut(out, k, 3, F_PE, 0); /* pelajar: the only pel- */
    }
    return k;
}

static size_t prefix_cuts(const char *s, size_t n, prefix_cut *out) {
    size_t k = 0;
    if (n < 4) return 0;
    if (starts(s, n, "diper")) k = add_cut(out, k, 5, F_DI, 0);
    if (s[0] == 'd' && s[1] == 'i') k = add_cut(out, k, 2, F_DI, 0);
    if (s[0] == 'k' && s[1] == 'e') k = add_cut(out, k, 2, F_KE, 0);
    if (s[0] == 's' && s[1] == 'e') k = add_cut(out, k, 2, F_SE, 0);
    if ((s[0] == 'b' || s[0] == 't') && s[1] == 'e') {
        unsigned fam = s[0] == 'b' ? F_BE : F_TE;
        if (s[2] == 'r' || cer_shape(s, n)) k = add_cut(out, k, 2, fam, 0);
        if (s[2] == 'r') k = add_cut(out, k, 3, fam, 0);
        if (s[0] == 'b' && s[2] == 'l' && starts(s + 3, n - 3, "ajar"))
            k = add_cut(out, k, 3, fam, 0);
    }
    k = nasal_cuts(s, n, 'm', out, k);
    return nasal_cuts(s, n, 'p', out, k);
}

/* Which prefix may sit inside which: di-/me-/pe- take only ber-/per-/ter- (diperjuangkan,
 * memberdayakan, pemberdayaan); ke-/se-/ber-/ter- also take pe(N)- (kepemimpinan); per- takes
 * se-/ke- (perseorangan). me- and di- are never inner prefixes. */
static int inner_ok(unsigned outer, unsigned inner) {
    if (inner == F_ME || inner == F_DI) return 0;
    switch (outer) {
    case F_DI:
    case F_ME:
    case F_PE: return inner == F_BE || inner == F_PER || inner == F_TE;
    case F_PER: return inner == F_SE || inner == F_KE;
    default: return inner != outer;
    }
}

/* Prefix and suffix pairs Indonesian does not form (Nazief & Adriani): be-i, di-an, ke-i,
 * ke-kan, me-an, se-i, se-kan, te-an. */
static int confix_banned(unsigned fam, int deriv) {
    switch (deriv) {
    case D_I: return fam == F_BE || fam == F_KE || fam == F_SE;
    case D_AN: return fam == F_DI || fam == F_ME || fam == F_TE;
    case D_KAN: return fam == F_KE || fam == F_SE;
    default: return 0;
    }
}

static void strip_prefixes(stem_ctx *c, const char *s, size_t n, int depth, unsigned outer) {
    prefix_cut cuts[16];
    size_t k = prefix_cuts(s, n, cuts);
    if (!k || (depth == 0 && frozen(s, n))) return;
    c->anc[depth] = s;
    c->anc_len[depth] = n;
    c->nanc = (size_t)depth + 1;
    for (size_t i = 0; i < k; i++) {
        if (depth ? !inner_ok(outer, cuts[i].fam) : confix_banned(cuts[i].fam, c->deriv)) continue;
        char buf[NT_STEM_MAXWORD + 1];
        size_t rest = n - cuts[i].skip, m = 0;
        if (cuts[i].recode) buf[m++] = cuts[i].recode;
        if (m + rest < MIN_STRIPPED) continue;
        memcpy(buf + m, s + cuts[i].skip, rest);
        m += rest;
        consider(c, buf, m);
        if (depth == 0 && !cuts[i].recode) { /* a restored consonant starts the root */
            strip_prefixes(c, buf, m, 1, cuts[i].fam);
            c->nanc = 1;
        }
    }
}

typedef struct word_end {
    size_t len;
    int deriv;
} word_end;

/* The word lengths left after removing optional particle, possessive and derivational suffix,
 * in that order from the end (pilihlah, dukungannya, menyukseskan). A lexicalised word
 * (pekan, pesan) keeps its look-alike suffix. */
static size_t strip_suffixes(const char *s, const affix *set, size_t nset, int deriv0, word_end *v,
                             size_t k) {
    size_t k0 = k;
    for (size_t i = 0; i < k0; i++) {
        int fz = -1; /* looked up only when a suffix matches: most words have none */
        for (size_t p = 0; p < nset; p++) {
            if (!ends(s, v[i].len, &set[p]) || v[i].len - set[p].n < MIN_STRIPPED) continue;
            if (fz < 0) fz = frozen(s, v[i].len);
            if (fz) break;
            v[k++] = (word_end){v[i].len - set[p].n, deriv0 ? deriv0 + (int)p : D_NONE};
        }
    }
    return k;
}

static size_t suffix_ends(const char *s, size_t n, word_end *out) {
    static const affix particles[] = {{"lah", 3}, {"kah", 3}, {"tah", 3}, {"pun", 3}};
    static const affix possessives[] = {{"nya", 3}, {"ku", 2}, {"mu", 2}};
    static const affix derivs[] = {{"kan", 3}, {"an", 2}, {"i", 1}}; /* D_KAN, D_AN, D_I */
    out[0] = (word_end){n, D_NONE};
    size_t k = strip_suffixes(s, particles, 4, D_NONE, out, 1);
    k = strip_suffixes(s, possessives, 3, D_NONE, out, k);
    return strip_suffixes(s, derivs, 3, D_KAN, out, k);
}

/* Only candidates shorter than the word are tried: the word itself is the answer without one. */
static void stem_plain(stem_ctx *c, const char *w, size_t n) {
    word_end endv[16];
    size_t k = suffix_ends(w, n, endv);
    for (size_t i = 0; i < k; i++) {
        c->deriv = endv[i].deriv;
        c->nanc = 0;
        if (endv[i].len < n) consider(c, w, endv[i].len);
        strip_prefixes(c, w, endv[i].len, 0, 0);
    }
}

static size_t put_out(const char *s, size_t n, char *out, size_t cap) {
    if (n > cap) n = cap;
    if (n) memmove(out, s, n);
    return n;
}

static size_t stem_hyphenated(const nt_strtab *roots, const char *w, size_t n, const char *dash,
                              char *out, size_t cap, int *found) {
    char sa[NT_STEM_MAXWORD + 1], sb[NT_STEM_MAXWORD + 1];
    size_t na = (size_t)(dash - w), nb = n - na - 1;
    int fa = 0, fb = 0, pick = 0;
    size_t la = nt_stem_word(roots, w, na, sa, sizeof sa, &fa);
    size_t lb = nt_stem_word(roots, dash + 1, nb, sb, sizeof sb, &fb);
    if (!nt_redup(roots, w, na, sa, la, dash + 1, nb, sb, lb, &pick))
        return put_out(w, n, out, cap);
    if (found) *found = pick ? fb : fa;
    return pick ? put_out(sb, lb, out, cap) : put_out(sa, la, out, cap);
}

static int has_vowel(const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (is_vowel(w[i])) return 1;
    return 0;
}

size_t nt_stem_word(const nt_strtab *roots, const char *w, size_t n, char *out, size_t cap,
                    int *found) {
    if (found) *found = 0;
    if (!roots || !roots->n || n > NT_STEM_MAXWORD || n == 0) {
        if (found && roots && nt_strtab_find(roots, w, n) >= 0) *found = 1;
        return put_out(w, n, out, cap);
    }
    const char *dash = memchr(w, '-', n);
    if (dash && dash > w && dash < w + n - 1)
        return stem_hyphenated(roots, w, n, dash, out, cap, found);
    /* Informal reduplication: anak2 = anak-anak. */
    if (n > MIN_STRIPPED && w[n - 1] == '2' && w[n - 2] >= 'a' && w[n - 2] <= 'z' &&
        has_vowel(w, n - 1))
        return nt_stem_word(roots, w, n - 1, out, cap, found);
    stem_ctx c;
    c.roots = roots;
    c.best_len = SIZE_MAX;
    stem_plain(&c, w, n);
    if (c.best_len == SIZE_MAX) {
        if (found) *found = nt_strtab_find(roots, w, n) >= 0;
        return put_out(w, n, out, cap);
    }
    if (found) *found = 1;
    return put_out(c.best, c.best_len, out, cap);
}

/* ---- Reduplication ------------------------------------------------------------------------ */

static int in_set(const char *s, size_t n, const char *const *set) {
    for (; *set; set++)
        if (strlen(*set) == n && memcmp(*set, s, n) == 0) return 1;
    return 0;
}

static const char *const redup_prefixes[] = {"me",  "mem", "men", "meng", "meny", "ber", "be",
                                             "ter", "di",  "ke",  "se",   "pe",   "per", NULL};
static const char *const redup_nasals[] = {"mem", "men",  "meng", "meny", "pem",
                                           "pen", "peng", "peny", NULL};
static const char *const redup_suffixes[] = {"nya", "an",  "kan",   "i",      "ku",   "mu", "lah",
                                             "kah", "pun", "annya", "kannya", "inya", NULL};

/* long = affix + short (dukung-mendukung, memilih-milih), or affix + short minus its nasal-dropped
 * first consonant (tolong-menolong, pukul-memukul), or short + suffix (anak-anaknya). */
static int affixed_form(const char *lng, size_t nl, const char *sh, size_t ns) {
    if (ns < MIN_STRIPPED || nl <= ns) return 0;
    if (memcmp(lng + nl - ns, sh, ns) == 0 && in_set(lng, nl - ns, redup_prefixes)) return 1;
    if (memcmp(lng, sh, ns) == 0 && in_set(lng + ns, nl - ns, redup_suffixes)) return 1;
    if (strchr("ptks", sh[0]) && memcmp(lng + nl - (ns - 1), sh + 1, ns - 1) == 0 &&
        in_set(lng, nl - (ns - 1), redup_nasals))
        return 1;
    return 0;
}

int nt_redup(const nt_strtab *roots, const char *a, size_t na, const char *sa, size_t nsa,
             const char *b, size_t nb, const char *sb, size_t nsb, int *pick_b) {
    int same =
        (na == nb && memcmp(a, b, na) == 0) || (nsa && nsa == nsb && memcmp(sa, sb, nsa) == 0);
    if (!same && !affixed_form(a, na, b, nb) && !affixed_form(b, nb, a, na)) return 0;
    int ra = nt_strtab_find(roots, sa, nsa) >= 0, rb = nt_strtab_find(roots, sb, nsb) >= 0;
    *pick_b = (rb && (!ra || nsb < nsa)) ? 1 : 0;
    return 1;
}
