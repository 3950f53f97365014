/* comment_text.c - what a Netral Word comment says: for the findings that share one span, the
 * categories in words and their severity first, then each message, legal basis and suggestion, rule ids last. */
#include "annot_int.h"
#include "vocab.h" /* severity names (base) */

#include <stdlib.h>
#include <string.h>

/* One finding's comment aims at this many characters; the suggestion gives way first. */
#define COMMENT_TARGET_CHARS 400u
#define CITE_MAX             120u
/* A comment spells out this many of its findings (the strongest), then counts the rest. */
#define COMMENT_MAX_DETAILED 12u
#define COMMENT_MAX_IDS      24u

static const struct {
    const char *key, *id, *en;
} CATS[] = {
    {"endorsement", "Dukungan kepada calon", "Support for a candidate"},
    {"campaign-activity", "Kegiatan kampanye", "Campaign activity"},
    {"social-media", "Kampanye di media sosial", "Social-media campaigning"},
    {"state-facility", "Pemakaian fasilitas negara", "Use of state facilities"},
    {"inducement", "Pemberian atau pengumpulan KTP untuk calon",
     "Gifts or ID collection for a candidate"},
    {"letterhead-misuse", "Kop surat resmi untuk konten partisan",
     "Official letterhead on partisan content"},
};

const char *nt_comment_category_words(const char *cat, int en) {
    for (size_t i = 0; cat && i < sizeof CATS / sizeof CATS[0]; i++)
        if (!strcmp(cat, CATS[i].key)) return en ? CATS[i].en : CATS[i].id;
    return cat ? cat : "?";
}

static const char *sev_words(const char *sev, int en) {
    /* the comment's phrasing of each severity, indexed like base/vocab.h (info .. high) */
    static const char *const id[] = {"informasi", "tingkat rendah", "tingkat sedang",
                                     "tingkat tinggi"};
    static const char *const eng[] = {"information", "low severity", "medium severity",
                                      "high severity"};
    int r = nt_severity_from_name(sev);
    if (r >= 0) return en ? eng[r] : id[r];
    return sev ? sev : "?";
}

static size_t chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* s cut to at most max bytes at a character boundary, with "…" when something was cut. */
static void put_cut(nt_buf *b, const char *s, size_t max) {
    size_t n = strlen(s), cut = nt_utf8_cut(s, n, max);
    nt_buf_put(b, s, cut);
    if (cut < n) nt_buf_puts(b, "\xE2\x80\xA6");
}

/* ---- Legal basis: the citations without their quoted text ------------------------------------ */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void trim(const char **s, size_t *n) {
    while (*n && is_space(**s)) (*s)++, (*n)--;
    while (*n && is_space((*s)[*n - 1])) (*n)--;
}

static const char *find_in(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (!memcmp(s + i, needle, k)) return s + i;
    return NULL;
}

/* One citation of a basis ("UU 7/2017 Pasal 283: pejabat negara ... (pidana: Pasal 494)"):
 * up to its first ':', without parentheses that start with a lower-case word ("(dukungan ...)",
 * "(pidana ...)"), without " tentang ..." up to the next " Pasal", and for a long one with a
 * " Nomor " its first word and number ("SKB Menteri ..., dan Ketua Bawaslu Nomor 2 Tahun 2022"
 * -> "SKB Nomor 2 Tahun 2022"). */
static void cite_of(const char *s, size_t n, nt_buf *out) {
    const char *colon = memchr(s, ':', n);
    if (colon) n = (size_t)(colon - s);
    trim(&s, &n);
    nt_buf b;
    nt_buf_init(&b);
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' && i + 2 < n && s[i + 1] == '(' && s[i + 2] >= 'a' && s[i + 2] <= 'z') {
            const char *close = memchr(s + i, ')', n - i);
            if (close) {
                i = (size_t)(close - s) + 1;
                continue;
            }
        }
        const char *t = n - i >= 9 && !memcmp(s + i, " tentang ", 9) ? s + i : NULL;
        if (t) {
            const char *pasal = find_in(t + 1, (size_t)(s + n - (t + 1)), " Pasal ");
            i = pasal ? (size_t)(pasal - s) : n;
            continue;
        }
        nt_buf_putc(&b, s[i++]);
    }
    const char *c = b.n ? nt_buf_cstr(&b) : "";
    const char *nomor = strstr(c, " Nomor ");
    if (b.n > 60 && nomor) {
        const char *sp = strchr(c, ' ');
        nt_buf_put(out, c, (size_t)(sp - c));
        put_cut(out, nomor, CITE_MAX);
    } else {
        put_cut(out, c, CITE_MAX);
    }
    nt_buf_free(&b);
}

/* Text up to the last space before its last word ("PP 94/2021 Pasal 5 huruf n angka"). */
static size_t stem_len(const char *s, size_t n) {
    while (n && s[n - 1] != ' ') n--;
    return n ? n - 1 : 0;
}

/* The citations of a basis joined by "; ": a "Pasal ..." that names no law joins the one before
 * ("UU 20/2023 Pasal 9 ayat (2), Pasal 24 ayat (1) huruf d"), a citation that the next one
 * narrows is left to it ("Pasal 5 huruf n" before "Pasal 5 huruf n angka 6"), and citations that
 * differ only in their last number share the rest ("Pasal 5 huruf n angka 1, 3"). */
void nt_comment_short_basis(const char *basis, nt_buf *out) {
    nt_buf c[16];
    size_t nc = 0;
    for (const char *s = basis; s && *s && nc < 16;) {
        const char *semi = strchr(s, ';');
        size_t n = semi ? (size_t)(semi - s) : strlen(s);
        nt_buf one;
        nt_buf_init(&one);
        cite_of(s, n, &one);
        s += n + (semi ? 1 : 0);
        if (!one.n) {
            nt_buf_free(&one);
            continue;
        }
        const char *t = nt_buf_cstr(&one);
        if (!strncmp(t, "Pasal ", 6) && nc) {
            nt_buf_puts(&c[nc - 1], ", ");
            nt_buf_put(&c[nc - 1], t, one.n);
            nt_buf_free(&one);
            continue;
        }
        if (nc && one.n > c[nc - 1].n && !memcmp(t, c[nc - 1].p, c[nc - 1].n) &&
            t[c[nc - 1].n] == ' ') {
            nt_buf_free(&c[nc - 1]); /* narrowed by this one */
            c[nc - 1] = one;
            continue;
        }
        size_t k = stem_len(t, one.n);
        if (nc && k && c[nc - 1].n > k && !memcmp(c[nc - 1].p, t, k) && c[nc - 1].p[k] == ' ' &&
            !memchr(c[nc - 1].p + k + 1, ' ', c[nc - 1].n - k - 1)) {
            nt_buf_puts(&c[nc - 1], ", "); /* "... angka 1" + "... angka 3" */
            nt_buf_put(&c[nc - 1], t + k + 1, one.n - k - 1);
            nt_buf_free(&one);
            continue;
        }
        c[nc++] = one;
    }
    for (size_t i = 0; i < nc; i++) {
        if (i) nt_buf_puts(out, "; ");
        nt_buf_put(out, c[i].p, c[i].n);
        nt_buf_free(&c[i]);
    }
}

/* The first sentences of s that fit in budget characters (at least the first one, cut). */
static void put_sentences(nt_buf *b, const char *s, size_t budget, size_t cap) {
    size_t n = strlen(s), take = 0;
    if (chars(s, n) <= budget) {
        put_cut(b, s, cap);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int end = (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';') &&
                  (i + 1 == n || s[i + 1] == ' ');
        if (!end) continue;
        if (take && chars(s, i + 1) > budget) break;
        take = i + 1;
        if (chars(s, take) >= budget) break;
    }
    if (!take) { /* no sentence end: the words that fit */
        size_t want = budget > 80 ? budget : 80;
        for (size_t c = 0; take < n; take++)
            if (((unsigned char)s[take] & 0xC0) != 0x80 && c++ == want) break;
    }
    if (take > cap) take = cap;
    size_t cut = nt_utf8_cut(s, n, take);
    if (cut && cut < n && s[cut - 1] == ';') { /* "...kampanyenya; fasilitas ..." ends there */
        nt_buf_put(b, s, cut - 1);
        nt_buf_putc(b, '.');
        return;
    }
    nt_buf_put(b, s, cut);
    if (cut < n && s[cut - 1] != '.' && s[cut - 1] != '!' && s[cut - 1] != '?')
        nt_buf_puts(b, "\xE2\x80\xA6");
}

/* ---- Which findings share a comment ------------------------------------------------------- */

static int sev_rank(const char *s) {
    int r = nt_severity_from_name(s);
    return s && r < 0 ? 0 : r;
}

/* A finding's range as grouping sees it: an empty one counts as its first byte. */
static size_t range_end(const netral_finding *f) {
    return f->end > f->start ? f->end : f->start + 1;
}

typedef struct gkey {
    const netral_finding *f;
    size_t order; /* index in the input */
} gkey;

static int same_para(const netral_finding *a, const netral_finding *b) {
    return a->paragraph == b->paragraph && !strcmp(a->part ? a->part : "", b->part ? b->part : "");
}

static int gkey_cmp(const void *x, const void *y) {
    const gkey *a = x, *b = y;
    int c = strcmp(a->f->part ? a->f->part : "", b->f->part ? b->f->part : "");
    if (c) return c;
    if (a->f->paragraph != b->f->paragraph) return a->f->paragraph < b->f->paragraph ? -1 : 1;
    if (a->f->start != b->f->start) return a->f->start < b->f->start ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

typedef struct group {
    size_t first, n, order; /* into the sorted keys; earliest input index */
} group;

static int group_cmp(const void *x, const void *y) {
    const group *a = x, *b = y;
    return a->order < b->order ? -1 : a->order > b->order;
}

int nt_comment_groups(const netral_finding **fs, size_t n, size_t *starts, size_t *ngroups) {
    *ngroups = 0;
    starts[0] = 0;
    if (!n) return 0;
    gkey *k = malloc(n * sizeof *k);
    group *g = malloc(n * sizeof *g);
    if (!k || !g) {
        free(k);
        free(g);
        return -1;
    }
    for (size_t i = 0; i < n; i++) k[i] = (gkey){fs[i], i};
    qsort(k, n, sizeof *k, gkey_cmp);
    size_t ng = 0;
    for (size_t i = 0;
         i < n;) { /* sorted by start: a run ends at the first range past all before it */
        size_t hi = range_end(k[i].f), j = i + 1, order = k[i].order;
        while (j < n && same_para(k[j].f, k[i].f) && k[j].f->start < hi) {
            if (range_end(k[j].f) > hi) hi = range_end(k[j].f);
            if (k[j].order < order) order = k[j].order;
            j++;
        }
        g[ng++] = (group){i, j - i, order};
        i = j;
    }
    qsort(g, ng, sizeof *g, group_cmp); /* in the order of each group's earliest finding */
    size_t out = 0;
    for (size_t x = 0; x < ng; x++) {
        starts[x] = out;
        for (size_t y = 0; y < g[x].n; y++) { /* strongest first, input order among equals */
            const netral_finding *v = k[g[x].first + y].f;
            size_t z = out + y;
            while (z > out && sev_rank(fs[z - 1]->severity) < sev_rank(v->severity)) {
                fs[z] = fs[z - 1];
                z--;
            }
            fs[z] = v;
        }
        out += g[x].n;
    }
    starts[ng] = out;
    *ngroups = ng;
    free(k);
    free(g);
    return 0;
}

/* ---- The comment --------------------------------------------------------------------------- */

static int push_para(char ***v, size_t *n, nt_buf *b) {
    char **nv = realloc(*v, (*n + 1) * sizeof *nv);
    if (!nv || b->oom) {
        nt_buf_free(b);
        if (nv) *v = nv;
        return -1;
    }
    *v = nv;
    nt_buf_cstr(b);
    nv[(*n)++] = nt_buf_take(b, NULL);
    if (!nv[*n - 1] && !(nv[*n - 1] = calloc(1, 1))) {
        (*n)--;
        return -1;
    }
    return 0;
}

int nt_comment_text(const netral_finding *const *fs, size_t n, int en, const nt_comment_note *note,
                    size_t cap, char ***paras, size_t *nparas) {
    *paras = NULL;
    *nparas = 0;
    nt_buf b;
    int rc = 0;
    /* The categories breached, each with its worst severity (fs is strongest first). */
    nt_buf_init(&b);
    nt_buf_puts(&b, NT_ANNOT_MARK);
    size_t ncat = 0;
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = fs[k]->category && fs[i]->category && !strcmp(fs[k]->category, fs[i]->category);
        if (seen) continue;
        if (ncat++) nt_buf_puts(&b, "; ");
        nt_buf_printf(&b, "%s \xE2\x80\x94 %s", nt_comment_category_words(fs[i]->category, en),
                      sev_words(fs[i]->severity, en));
    }
    nt_buf_putc(&b, ']');
    rc |= push_para(paras, nparas, &b);
    if (note) {
        nt_buf_init(&b);
        nt_buf_printf(&b,
                      en ? "Found in the %s (%s, paragraph %d): \xE2\x80\x9C"
                         : "Ditemukan di %s (%s, paragraf %d): \xC2\xAB",
                      note->where, note->part, note->paragraph + 1);
        size_t cut = nt_utf8_cut(note->excerpt, note->excerpt_len, 200);
        nt_buf_put(&b, note->excerpt, cut);
        if (cut < note->excerpt_len) nt_buf_puts(&b, "\xE2\x80\xA6");
        nt_buf_puts(&b, en ? "\xE2\x80\x9D" : "\xC2\xBB");
        rc |= push_para(paras, nparas, &b);
    }
    /* Rule ids, for the last paragraph (and for the budget). */
    nt_buf ids;
    nt_buf_init(&ids);
    nt_buf_puts(&ids, en ? (n > 1 ? "Rules: " : "Rule: ") : "Aturan: ");
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        int seen = 0; /* the same rule twice on one span (document rules may do it): once */
        for (size_t k = 0; k < i && !seen; k++)
            seen = fs[k]->rule && fs[i]->rule && !strcmp(fs[k]->rule, fs[i]->rule);
        if (seen) continue;
        if (shown++ == COMMENT_MAX_IDS) {
            nt_buf_puts(&ids, "; \xE2\x80\xA6");
            break;
        }
        if (shown > 1) nt_buf_puts(&ids, "; ");
        put_cut(&ids, fs[i]->rule ? fs[i]->rule : "?", 256);
        for (size_t k = 0; k < fs[i]->nalso && k < COMMENT_MAX_IDS; k++)
            nt_buf_printf(&ids, "%s%s", k ? ", " : (en ? " (also " : " (juga "), fs[i]->also[k]);
        if (fs[i]->nalso) nt_buf_putc(&ids, ')');
    }
    size_t fixed = chars((*paras)[0], strlen((*paras)[0])) + (ids.n ? chars(ids.p, ids.n) : 0);
    nt_buf prev_basis;
    nt_buf_init(&prev_basis);
    size_t detailed = n < COMMENT_MAX_DETAILED ? n : COMMENT_MAX_DETAILED;
    for (size_t i = 0; i < detailed && !rc; i++) {
        const netral_finding *f = fs[i];
        size_t used = n == 1 ? fixed : 0;
        if (f->message && *f->message) {
            nt_buf_init(&b);
            if (n > 1) nt_buf_printf(&b, "%s: ", nt_comment_category_words(f->category, en));
            put_cut(&b, f->message, cap);
            used += chars(b.p, b.n);
            rc |= push_para(paras, nparas, &b);
        }
        if (f->basis && *f->basis) {
            nt_buf cite;
            nt_buf_init(&cite);
            nt_comment_short_basis(f->basis, &cite);
            if (cite.n && !(prev_basis.n == cite.n && !memcmp(prev_basis.p, cite.p, cite.n))) {
                nt_buf_init(&b);
                nt_buf_puts(&b, en ? "Legal basis: " : "Dasar hukum: ");
                nt_buf_put(&b, cite.p, cite.n);
                used += chars(b.p, b.n);
                rc |= push_para(paras, nparas, &b);
            }
            nt_buf_free(&prev_basis);
            prev_basis = cite;
        }
        if (f->suggestion && *f->suggestion) {
            nt_buf_init(&b);
            nt_buf_puts(&b, en ? "Suggestion: " : "Saran: ");
            /* several findings: the first sentence of each */
            size_t left = n == 1 && COMMENT_TARGET_CHARS > used + b.n + 8
                              ? COMMENT_TARGET_CHARS - used - b.n - 8
                              : 0;
            put_sentences(&b, f->suggestion, left, cap);
            rc |= push_para(paras, nparas, &b);
        }
    }
    nt_buf_free(&prev_basis);
    if (!rc && detailed < n) {
        nt_buf_init(&b);
        nt_buf_printf(&b,
                      en ? "\xE2\x80\xA6 and %zu more findings on these words."
                         : "\xE2\x80\xA6 dan %zu temuan lain pada kata-kata ini.",
                      n - detailed);
        rc |= push_para(paras, nparas, &b);
    }
    if (!rc)
        rc |= push_para(paras, nparas, &ids);
    else
        nt_buf_free(&ids);
    if (rc) {
        nt_comment_text_free(*paras, *nparas);
        *paras = NULL;
        *nparas = 0;
        return -1;
    }
    return 0;
}

void nt_comment_text_free(char **paras, size_t n) {
    for (size_t i = 0; i < n; i++) free(paras[i]);
    free(paras);
}
