/* normalize.c - the tokenizer: Unicode classes, case/accent folding, hyphen and line-break joins,
 * de-obfuscation (c0blos, p!lih), spaced letters (k a m p a n y e), hashtags, mentions and quotes. */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

enum cls {
    CL_SEP,
    CL_SPACE,
    CL_NL,
    CL_LETTER,
    CL_DIGIT,
    CL_IGNORE,
    CL_HYPHEN,
    CL_OBF, /* ! $ | : a letter in disguise when inside a word */
    CL_AT,  /* @ : mention at word start, 'a' inside a word */
    CL_HASH,
    CL_APOS,
    CL_QOPEN,
    CL_QCLOSE,
    CL_QTOGGLE
};

typedef struct ch {
    uint32_t cp;
    unsigned len, cls;
    unsigned nfold; /* bytes in fold */
    char fold[4];   /* lowercase ASCII (or the original bytes for other scripts) */
    unsigned upper : 1, cased : 1, homoglyph : 1;
} ch;

/* Latin-1 U+00C0..U+00FF and Latin Extended-A U+0100..U+017F folded to a base letter;
 * '*' marks two-letter folds, '#' the two symbols (multiplication and division signs). */
static const char latin1_fold[] =
    "aaaaaa*ceeeeiiiidnooooo#ouuuuy**aaaaaa*ceeeeiiiidnooooo#ouuuuy*y";
static const char latinA_fold[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**"
    "rrrrrrsssssssstttttuuuuuuuuuuuuwwyyyzzzzzzs";

static int latinA_upper(uint32_t cp) {
    if (cp < 0x138) return !(cp & 1);
    if (cp <= 0x148) return cp & 1;
    if (cp == 0x149) return 0;
    if (cp <= 0x177) return !(cp & 1);
    if (cp == 0x178) return 1;
    if (cp <= 0x17E) return cp & 1;
    return 0;
}

static const char *two_letter_fold(uint32_t cp) {
    switch (cp) {
    case 0xC6:
    case 0xE6: return "ae";
    case 0xDE:
    case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x132:
    case 0x133: return "ij";
    case 0x152:
    case 0x153: return "oe";
    default: return "??"; /* not reached: only the table's '*' entries come here */
    }
}

/* Cyrillic and Greek letters that look Latin: a common way to slip a word past a filter. */
static const struct {
    uint16_t cp;
    char ascii;
    char upper;
} homoglyphs[] = {
    {0x0391, 'a', 1}, {0x0392, 'b', 1}, {0x0395, 'e', 1}, {0x0396, 'z', 1}, {0x0397, 'h', 1},
    {0x0399, 'i', 1}, {0x039A, 'k', 1}, {0x039C, 'm', 1}, {0x039D, 'n', 1}, {0x039F, 'o', 1},
    {0x03A1, 'p', 1}, {0x03A4, 't', 1}, {0x03A5, 'y', 1}, {0x03A7, 'x', 1}, {0x03B1, 'a', 0},
    {0x03B9, 'i', 0}, {0x03BF, 'o', 0}, {0x0405, 's', 1}, {0x0406, 'i', 1}, {0x0408, 'j', 1},
    {0x0410, 'a', 1}, {0x0412, 'b', 1}, {0x0415, 'e', 1}, {0x041A, 'k', 1}, {0x041C, 'm', 1},
    {0x041D, 'h', 1}, {0x041E, 'o', 1}, {0x0420, 'p', 1}, {0x0421, 'c', 1}, {0x0422, 't', 1},
    {0x0423, 'y', 1}, {0x0425, 'x', 1}, {0x0430, 'a', 0}, {0x0435, 'e', 0}, {0x043E, 'o', 0},
    {0x0440, 'p', 0}, {0x0441, 'c', 0}, {0x0443, 'y', 0}, {0x0445, 'x', 0}, {0x0455, 's', 0},
    {0x0456, 'i', 0}, {0x0458, 'j', 0},
};

static void set_fold1(ch *c, char a, int upper) {
    c->cls = CL_LETTER;
    c->fold[0] = a;
    c->nfold = 1;
    c->upper = upper ? 1 : 0;
    c->cased = 1;
}

static int fold_latin(ch *c) {
    uint32_t cp = c->cp;
    char f;
    if (cp >= 0xC0 && cp <= 0xFF)
        f = latin1_fold[cp - 0xC0];
    else if (cp >= 0x100 && cp <= 0x17F)
        f = latinA_fold[cp - 0x100];
    else
        return 0;
    if (f == '#') return 0;
    int upper = cp <= 0xFF ? (cp <= 0xDE) : latinA_upper(cp);
    set_fold1(c, f, upper);
    if (f == '*') {
        memcpy(c->fold, two_letter_fold(cp), 2);
        c->nfold = 2;
    }
    return 1;
}

static int fold_homoglyph(ch *c) {
    size_t lo = 0, hi = sizeof homoglyphs / sizeof homoglyphs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (homoglyphs[mid].cp == c->cp) {
            set_fold1(c, homoglyphs[mid].ascii, homoglyphs[mid].upper);
            c->homoglyph = 1;
            return 1;
        }
        if (homoglyphs[mid].cp < c->cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static unsigned class_of_special(uint32_t cp) {
    switch (cp) {
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000: return CL_SPACE;
    case 0x85:
    case 0x2028:
    case 0x2029: return CL_NL;
    case 0xAD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2060:
    case 0xFEFF: return CL_IGNORE;
    case 0x2010:
    case 0x2011: return CL_HYPHEN;
    case 0x2019:
    case 0x02BC: return CL_APOS;
    case 0x201C:
    case 0x201E:
    case 0x201F:
    case 0xAB:
    case 0x2039:
    case 0x2018:
    case 0x201A:
    case 0x201B: return CL_QOPEN;
    case 0x201D:
    case 0xBB:
    case 0x203A: return CL_QCLOSE;
    default: break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return CL_SPACE;
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F))
        return CL_IGNORE; /* combining marks, bidi controls, variation selectors */
    return CL_SEP;
}

/* Scripts we do not fold are still words: their bytes are kept as they are. */
static int other_letter(uint32_t cp) {
    return (cp >= 0x180 && cp <= 0x2AF) ||
           (cp >= 0x370 && cp <= 0x1FFF && cp != 0x37E && cp != 0x387) ||
           (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

static void classify_wide(ch *c, const unsigned char *s) {
    uint32_t cp = c->cp;
    if (fold_latin(c) || fold_homoglyph(c)) return;
    if (cp >= 0xFF21 && cp <= 0xFF3A) {
        set_fold1(c, (char)('a' + cp - 0xFF21), 1);
        return;
    }
    if (cp >= 0xFF41 && cp <= 0xFF5A) {
        set_fold1(c, (char)('a' + cp - 0xFF41), 0);
        return;
    }
    if (cp >= 0xFF10 && cp <= 0xFF19) {
        c->cls = CL_DIGIT;
        c->fold[0] = (char)('0' + cp - 0xFF10);
        c->nfold = 1;
        return;
    }
    unsigned k = class_of_special(cp);
    if (k == CL_SEP && other_letter(cp)) {
        c->cls = CL_LETTER;
        memcpy(c->fold, s, c->len);
        c->nfold = c->len;
        return;
    }
    c->cls = k;
}

static unsigned class_of_ascii(unsigned char b) {
    if (b == ' ' || b == '\t') return CL_SPACE;
    if (b == '\n' || b == '\r' || b == '\v' || b == '\f') return CL_NL;
    if (b >= '0' && b <= '9') return CL_DIGIT;
    switch (b) {
    case '-': return CL_HYPHEN;
    case '!':
    case '$':
    case '|': return CL_OBF;
    case '@': return CL_AT;
    case '#': return CL_HASH;
    case '\'': return CL_APOS;
    case '"': return CL_QTOGGLE;
    default: return CL_SEP;
    }
}

static void read_ch(const unsigned char *s, size_t len, size_t i, ch *c) {
    unsigned char b = s[i];
    c->upper = c->cased = c->homoglyph = 0;
    c->nfold = 0;
    if (b < 0x80) {
        c->cp = b;
        c->len = 1;
        if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
            set_fold1(c, (char)(b | 0x20), b < 'a');
            return;
        }
        c->cls = class_of_ascii(b);
        if (c->cls == CL_DIGIT) {
            c->fold[0] = (char)b;
            c->nfold = 1;
        }
        return;
    }
    size_t n = nt_utf8_decode(s + i, len - i, &c->cp);
    if (!n) {
        c->len = 1;
        c->cls = CL_SEP;
        return;
    } /* invalid byte: a separator, never a crash */
    c->len = (unsigned)n;
    classify_wide(c, s + i);
}

/* ---- Buffers ------------------------------------------------------------------------------ */

int nt_strings_reserve(nt_analysis *a, size_t n) {
    if (a->slen + n + 1 <= a->scap2) return 0;
    size_t c = a->scap2 ? a->scap2 : 4096;
    while (c < a->slen + n + 1) {
        if (c > UINT32_MAX) return -1; /* offsets are 32-bit */
        c *= 2;
    }
    char *p = realloc(a->strings, c);
    if (!p) return -1;
    a->strings = p;
    a->scap2 = c;
    return 0;
}

int nt_toks_reserve(nt_analysis *a, size_t n) {
    if (a->ntoks + n <= a->tcap) return 0;
    size_t c = a->tcap ? a->tcap : 256;
    while (c < a->ntoks + n) c *= 2;
    nt_token *t = realloc(a->toks, c * sizeof *t);
    if (!t) return -1;
    a->toks = t;
    a->tcap = c;
    return 0;
}

/* ---- Words -------------------------------------------------------------------------------- */

typedef struct tk {
    const unsigned char *s;
    size_t len;
    nt_analysis *a;
    nt_known_fn known;
    const void *kctx;
    int quoted, oom;
} tk;

typedef struct wstat {
    unsigned cased, upper, homoglyphs;
    unsigned others; /* digits and disguise symbols kept in the word (none: no deobfuscation) */
    int first_upper, last_letter;
    size_t norm0;   /* where the word's folded text starts in a->strings */
    unsigned low_l; /* lowercase 'l' letters, and where (lmask, first 64 positions) */
    uint64_t lmask;
} wstat;

static int word_cls(unsigned k) { return k == CL_LETTER || k == CL_DIGIT; }

static unsigned cls_at(const tk *t, size_t i) {
    ch c;
    if (i >= t->len) return CL_SEP;
    read_ch(t->s, t->len, i, &c);
    return c.cls;
}

/* After a hyphen or soft hyphen at a line end ("kam-\npanye"): where the word continues, or 0. */
static size_t line_join(const tk *t, size_t i) {
    int nl = 0;
    while (i < t->len) {
        unsigned char b = t->s[i];
        if (b == ' ' || b == '\t') {
            i++;
            continue;
        }
        if (b == '\r' && !nl) {
            i++;
            if (i < t->len && t->s[i] == '\n') i++;
            nl = 1;
            continue;
        }
        if (b == '\n' && !nl) {
            i++;
            nl = 1;
            continue;
        }
        break;
    }
    return nl && cls_at(t, i) == CL_LETTER ? i : 0;
}

/* Skips invisible characters inside a word; returns where the word goes on, or 0 if it ends. */
static size_t skip_invisible(const tk *t, size_t i, int last_letter) {
    while (i < t->len) {
        ch c;
        read_ch(t->s, t->len, i, &c);
        if (c.cls == CL_IGNORE) {
            if (c.cp == 0xAD && last_letter) {
                size_t j = line_join(t, i + c.len);
                if (j) return j;
            }
            i += c.len;
            continue;
        }
        return word_cls(c.cls) ? i : 0;
    }
    return 0;
}

static void put_bytes(tk *t, const char *b, size_t n) {
    memcpy(t->a->strings + t->a->slen, b, n);
    t->a->slen += n;
}

static void note_letter(wstat *w, const ch *c, int first) {
    if (c->homoglyph) w->homoglyphs++;
    if (c->upper) w->upper++;
    if (c->cased) w->cased++;
    if (first) w->first_upper = c->upper;
}

/* "name@kab.go.id": an address, not a disguised 'a' (the word ends before the @). */
static int email_domain(const tk *t, size_t i) {
    while (i < t->len && (word_cls(cls_at(t, i)) || t->s[i] == '-' || t->s[i] == '_')) i++;
    return i + 1 < t->len && t->s[i] == '.' && cls_at(t, i + 1) == CL_LETTER;
}

/* Decides what a non-letter char inside a word does: 1 consumed (kept or dropped), 0 word ends. */
static int word_inner(tk *t, const ch *c, size_t *i, wstat *w) {
    size_t next = *i + c->len;
    switch (c->cls) {
    case CL_IGNORE: {
        size_t j = skip_invisible(t, *i, w->last_letter);
        if (!j) return 0;
        *i = j;
        return 1;
    }
    case CL_HYPHEN: {
        size_t j = w->last_letter ? line_join(t, next) : 0;
        if (!j) return 0;
        *i = j;
        return 1;
    }
    case CL_OBF:
    case CL_AT:
        if (!word_cls(cls_at(t, next)) || (c->cls == CL_AT && email_domain(t, next))) return 0;
        put_bytes(t, (const char *)t->s + *i, 1);
        w->others++;
        w->last_letter = 0;
        *i = next;
        return 1;
    case CL_APOS:
        if (!w->last_letter || cls_at(t, next) != CL_LETTER) return 0;
        *i = next; /* Jum'at, do'a: the apostrophe is dropped */
        return 1;
    default: return 0;
    }
}

static int is_digitb(char b) { return b >= '0' && b <= '9'; }
static int is_symb(char b) { return b == '!' || b == '@' || b == '$' || b == '|'; }

static char deobf_char(char b) {
    switch (b) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '!': return 'i';
    case '$': return 's';
    case '|': return 'i';
    default: return 0;
    }
}

/* c0blos -> coblos, p!lih -> pilih; "2024", "20A", "B2B", "paslon01" stay as they are. A digit
 * at the word's edge ("kampany3", "4jak") is only read as a letter when that makes a known word. */
static int deobfuscate(const tk *t, char *w, size_t n) {
    size_t letters = 0, others = 0, lead = 0, trail = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_digitb(w[i]) || is_symb(w[i])) {
            if (!deobf_char(w[i])) return 0;
            others++;
            if (letters == 0) lead++;
            trail++;
        } else {
            letters++;
            trail = 0;
        }
    }
    if (!others || letters < 2) return 0;
    if (lead || trail) {
        char buf[NT_OBF_MAXWORD];
        if (lead > 1 || trail > 1 || !t->known || n > sizeof buf) return 0;
        for (size_t i = 0; i < n; i++) buf[i] = deobf_char(w[i]) ? deobf_char(w[i]) : w[i];
        if (!t->known(t->kctx, buf, n)) {
            /* OCR's l at the edge: "1uar", "1okasi" */
            for (size_t i = 0; i < n; i++)
                if (w[i] == '1' || w[i] == '|') buf[i] = 'l';
            if (!t->known(t->kctx, buf, n)) return 0;
            memcpy(w, buf, n);
            return 1;
        }
    }
    /* OCR reads l as 1 ("memi1ih", "Pi1kada"), a writer dodging filters writes 1 for i
     * ("p1lih"): the l reading is taken when it makes a known word and the i reading does not */
    if (t->known && n <= NT_OBF_MAXWORD && (memchr(w, '1', n) || memchr(w, '|', n))) {
        char as_i[NT_OBF_MAXWORD], as_l[NT_OBF_MAXWORD];
        for (size_t i = 0; i < n; i++) {
            char c = deobf_char(w[i]);
            as_i[i] = c ? c : w[i];
            as_l[i] = (w[i] == '1' || w[i] == '|') ? 'l' : as_i[i];
        }
        if (!t->known(t->kctx, as_i, n) && t->known(t->kctx, as_l, n)) {
            memcpy(w, as_l, n);
            return 1;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (deobf_char(w[i])) w[i] = deobf_char(w[i]);
    return 1;
}

static int all_digits(const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!is_digitb(w[i])) return 0;
    return n > 0;
}

static uint32_t word_flags(tk *t, nt_token *tok, const wstat *w) {
    char *norm = t->a->strings + tok->norm;
    uint32_t f = t->quoted ? NT_TOK_QUOTED : 0;
    if (w->others && all_digits(norm, tok->norm_len)) return f | NT_TOK_NUMBER;
    if (w->first_upper) f |= NT_TOK_CAPITAL;
    if (w->cased >= 2 && w->upper == w->cased) f |= NT_TOK_ALLCAPS;
    /* OCR reads I as l in capitals ("PEMERlNTAH", "DlNAS", "SUNGAl"): a lowercase l among
     * capitals only is an I */
    if (w->low_l && w->upper >= 2 && w->upper + w->low_l == w->cased && tok->norm_len <= 64) {
        for (size_t i = 0; i < tok->norm_len; i++)
            if ((w->lmask >> i) & 1) norm[i] = 'i';
        f |= NT_TOK_ALLCAPS | NT_TOK_OBFUSCATED;
    }
    if (w->homoglyphs || (w->others && deobfuscate(t, norm, tok->norm_len))) f |= NT_TOK_OBFUSCATED;
    return f;
}

/* Plain ASCII letters are nearly all the text: a run of them is folded in one tight loop, without
 * decoding. Returns where the run ends (i when there is none), or SIZE_MAX on out of memory. */
static size_t ascii_letters(nt_analysis *a, const unsigned char *s, size_t i, size_t len, wstat *w,
                            int *first) {
    size_t j = i;
    while (j < len && (unsigned)((s[j] | 0x20) - 'a') < 26u) j++;
    if (j == i) return i;
    if (nt_strings_reserve(a, j - i + 8)) return SIZE_MAX;
    char *out = a->strings + a->slen;
    unsigned up = 0;
    for (size_t k = i; k < j; k++) {
        up += s[k] < 'a';
        if (s[k] == 'l') {
            size_t pos = a->slen - w->norm0 + (k - i);
            w->low_l++;
            if (pos < 64) w->lmask |= (uint64_t)1 << pos;
        }
        *out++ = (char)(s[k] | 0x20);
    }
    if (*first) w->first_upper = s[i] < 'a';
    *first = 0;
    w->cased += (unsigned)(j - i);
    w->upper += up;
    w->last_letter = 1;
    a->slen += j - i;
    return j;
}

/* Reads the word starting at i (its surface starts at `start`, which covers a leading # or @). */
static size_t scan_word(tk *t, size_t i, size_t start, uint32_t pre) {
    nt_analysis *a = t->a;
    if (nt_toks_reserve(a, 1)) {
        t->oom = 1;
        return t->len;
    }
    size_t norm = a->slen, end = i;
    wstat w = {0, 0, 0, 0, 0, 0, a->slen, 0, 0};
    int first = 1;
    while (i < t->len) {
        ch c;
        size_t j = ascii_letters(a, t->s, i, t->len, &w, &first);
        if (j == SIZE_MAX || (a->slen + 8 >= a->scap2 && nt_strings_reserve(a, 64))) {
            t->oom = 1;
            return t->len;
        }
        if (j != i) {
            end = i = j;
            continue;
        }
        read_ch(t->s, t->len, i, &c);
        if (word_cls(c.cls)) {
            if (c.cls == CL_DIGIT) w.others++;
            if (c.cls == CL_LETTER) note_letter(&w, &c, first);
            w.last_letter = c.cls == CL_LETTER;
            first = 0;
            put_bytes(t, c.fold, c.nfold);
            i += c.len;
            end = i;
            continue;
        }
        if (!word_inner(t, &c, &i, &w)) break;
    }
    nt_token *tok = &a->toks[a->ntoks++];
    tok->start = (uint32_t)start;
    tok->end = (uint32_t)end;
    tok->norm = tok->stem = (uint32_t)norm;
    tok->norm_len = tok->stem_len = (uint32_t)(a->slen - norm);
    tok->sentence = 0;
    tok->flags = pre | word_flags(t, tok, &w);
    a->strings[a->slen] = 0;
    return end;
}

/* ---- The paragraph loop ------------------------------------------------------------------- */

static int ascii_alnum_before(const tk *t, size_t i) {
    if (i == 0) return 0;
    unsigned char b = t->s[i - 1];
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

static size_t gap_char(tk *t, size_t i, const ch *c) {
    switch (c->cls) {
    case CL_HASH:
    case CL_AT:
        if (!ascii_alnum_before(t, i) && word_cls(cls_at(t, i + 1)))
            return scan_word(t, i + 1, i, c->cls == CL_HASH ? NT_TOK_HASHTAG : NT_TOK_MENTION);
        break;
    case CL_QOPEN: t->quoted = 1; break;
    case CL_QCLOSE: t->quoted = 0; break;
    case CL_QTOGGLE: t->quoted = !t->quoted; break;
    case CL_APOS: t->quoted = c->cp == '\'' ? !t->quoted : 0; break;
    case CL_NL: t->quoted = 0; break; /* an unclosed quote should not colour the next line */
    default: break;
    }
    return i + c->len;
}

static void tokenize_raw(tk *t) {
    size_t i = 0;
    while (i < t->len && !t->oom) {
        ch c;
        read_ch(t->s, t->len, i, &c);
        if (word_cls(c.cls))
            i = scan_word(t, i, i, 0);
        else
            i = gap_char(t, i, &c);
    }
}

/* ---- Merges: spaced letters, "0 2", hyphen links -------------------------------------------- */

static int single_letter(const nt_analysis *a, const nt_token *k) {
    char b = a->strings[k->norm];
    return k->norm_len == 1 && b >= 'a' && b <= 'z' &&
           !(k->flags & (NT_TOK_HASHTAG | NT_TOK_MENTION));
}

static int single_digit(const nt_analysis *a, const nt_token *k) {
    return k->norm_len == 1 && (k->flags & NT_TOK_NUMBER) && !(k->flags & NT_TOK_HASHTAG) &&
           is_digitb(a->strings[k->norm]);
}

/* The one separator byte between two tokens, or 0 when the gap is anything else. */
static char gap1(const tk *t, const nt_token *x, const nt_token *y) {
    return y->start == x->end + 1 ? (char)t->s[x->end] : 0;
}

/* A lone digit that stands for a letter inside a spaced word (c-0-b-l-o-s). */
static int single_disguise(const nt_analysis *a, const nt_token *k) {
    return single_digit(a, k) && deobf_char(a->strings[k->norm]);
}

/* Length of the spaced word starting at token r (0 if none): at least three single letters
 * apart by the same one-byte separator, disguised digits allowed between letters. */
static size_t spaced_run(const tk *t, size_t r) {
    const nt_analysis *a = t->a;
    if (r + 2 >= a->ntoks || !single_letter(a, &a->toks[r])) return 0;
    char sep = gap1(t, &a->toks[r], &a->toks[r + 1]);
    if (sep != ' ' && sep != '-' && sep != '.') return 0;
    size_t k = r + 1, letters = 1, end = r + 1;
    while (k < a->ntoks && gap1(t, &a->toks[k - 1], &a->toks[k]) == sep) {
        if (single_letter(a, &a->toks[k])) {
            letters++;
            end = k + 1; /* the word ends on a letter */
        } else if (!single_disguise(a, &a->toks[k])) {
            break;
        }
        k++;
    }
    return letters >= 3 ? end - r : 0;
}

static int merge_run(tk *t, size_t r, size_t n, nt_token *out) {
    nt_analysis *a = t->a;
    if (nt_strings_reserve(a, n)) return -1;
    nt_token m = a->toks[r];
    uint32_t all = NT_TOK_ALLCAPS | NT_TOK_CAPITAL;
    m.norm = m.stem = (uint32_t)a->slen;
    uint32_t obf = 0;
    for (size_t k = r; k < r + n; k++) {
        char lc = a->strings[a->toks[k].norm];
        if (is_digitb(lc)) {
            lc = deobf_char(lc);
            obf = NT_TOK_OBFUSCATED;
        } else {
            all &= a->toks[k].flags & NT_TOK_CAPITAL ? NT_TOK_ALLCAPS | NT_TOK_CAPITAL : 0;
        }
        a->strings[a->slen++] = lc;
    }
    a->strings[a->slen] = 0;
    m.norm_len = m.stem_len = (uint32_t)n;
    m.end = a->toks[r + n - 1].end;
    m.flags = (m.flags & (NT_TOK_QUOTED | NT_TOK_CAPITAL)) | all | obf | NT_TOK_SPACED;
    *out = m;
    return 0;
}

static int only_space_between(const tk *t, const nt_token *x, const nt_token *y) {
    for (size_t i = x->end; i < y->start; i++)
        if (t->s[i] != ' ' && t->s[i] != '\t') return 0;
    return y->start > x->end;
}

/* "p!lih 0 2": two single digits after a word, the first a zero, read as one number. */
static int zero_pair(const tk *t, size_t r, const nt_token *prev) {
    const nt_analysis *a = t->a;
    const nt_token *x = &a->toks[r], *y = x + 1;
    if (!prev || r + 1 >= a->ntoks || (prev->flags & NT_TOK_NUMBER)) return 0;
    if (!single_digit(a, x) || a->strings[x->norm] != '0' || !single_digit(a, y)) return 0;
    if (gap1(t, x, y) != ' ' || !only_space_between(t, prev, x)) return 0;
    return !(r + 2 < a->ntoks && single_digit(a, y + 1) && gap1(t, y, y + 1) == ' ');
}

static int merge_zero_pair(tk *t, size_t r, nt_token *out) {
    nt_analysis *a = t->a;
    if (nt_strings_reserve(a, 2)) return -1;
    nt_token m = a->toks[r];
    m.norm = m.stem = (uint32_t)a->slen;
    a->strings[a->slen++] = '0';
    a->strings[a->slen++] = a->strings[a->toks[r + 1].norm];
    a->strings[a->slen] = 0;
    m.norm_len = m.stem_len = 2;
    m.end = a->toks[r + 1].end;
    m.flags |= NT_TOK_SPACED;
    *out = m;
    return 0;
}

static int merge_spaced(tk *t) {
    nt_analysis *a = t->a;
    size_t w = 0, r = 0;
    while (r < a->ntoks) {
        size_t run = spaced_run(t, r);
        nt_token m;
        if (run) {
            if (merge_run(t, r, run, &m)) return -1;
            r += run;
        } else if (zero_pair(t, r, w ? &a->toks[w - 1] : NULL)) {
            if (merge_zero_pair(t, r, &m)) return -1;
            r += 2;
        } else {
            m = a->toks[r++];
        }
        a->toks[w++] = m;
    }
    a->ntoks = w;
    return 0;
}

static int hyphen_gap(const tk *t, const nt_token *x, const nt_token *y) {
    size_t g = y->start - x->end;
    const unsigned char *p = t->s + x->end;
    if (g == 1) return p[0] == '-';
    return g == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91);
}

static void mark_links(tk *t) {
    nt_analysis *a = t->a;
    for (size_t k = 0; k + 1 < a->ntoks; k++)
        if (hyphen_gap(t, &a->toks[k], &a->toks[k + 1])) a->toks[k].flags |= NT_TOKI_LINK;
}

int nt_tokenize(const char *text, size_t len, nt_analysis *a, nt_known_fn known, const void *ctx) {
    tk t = {(const unsigned char *)text, len, a, known, ctx, 0, 0};
    a->ntoks = 0;
    if (len >= UINT32_MAX) return -1;
    tokenize_raw(&t);
    if (t.oom || merge_spaced(&t)) return -1;
    mark_links(&t);
    return 0;
}
