/* vocab.c - document vocabularies: the lists a rule set names with document_words{}, searched as
 * whole words in the memo's text on demand, by region (all text, title area, opening, line starts). */
#include "engine_int.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* The title area: the page header, the short lines among the first eight paragraphs of the main
 * part, and the subject field of an address block ("Hal : Pencopotan Stiker ...") in its first
 * twelve (or its own table cell in the first sixty); the opening: the main part's first long
 * paragraph that is not a cited legal basis. */
#define VOCAB_HEAD_PARAS    8
#define VOCAB_SUBJECT_PARAS 12
#define VOCAB_SUBJECT_CELLS 60 /* a head laid out as a table spends three paragraphs a field */
#define VOCAB_SHORT_BYTES   60
#define VOCAB_SHORT_WORDS   12

typedef struct vocab_entry {
    char *text; /* lower-case ASCII */
    size_t len;
    uint32_t list;
    uint32_t next; /* next entry with the same first byte, + 1 (0 = none) */
} vocab_entry;

struct nt_vocab {
    vocab_entry *ent;
    size_t n, cap;
    uint32_t first[256];  /* first entry (+ 1) per first byte */
    unsigned char *found; /* per entry: the NT_VOCAB_* regions it occurs in, this document */
    int done;             /* found is computed for this document */
};

static unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void nt_vocab_add_list(lua_State *L, netral_engine *e, uint32_t list, int entries) {
    if (!e->vocab && !(e->vocab = calloc(1, sizeof *e->vocab)))
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    struct nt_vocab *v = e->vocab;
    for (lua_Integer i = 1; lua_rawgeti(L, entries, i) == LUA_TSTRING; i++) {
        size_t len;
        const char *w = lua_tolstring(L, -1, &len);
        if (*w == '=') w++, len--; /* entries match as written anyway */
        if (len == 0) {
            lua_pop(L, 1);
            continue;
        }
        if (v->n == v->cap) {
            size_t cap = v->cap ? 2 * v->cap : 64;
            void *p = realloc(v->ent, cap * sizeof *v->ent);
            if (!p) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
            v->ent = p;
            v->cap = cap;
        }
        vocab_entry *x = &v->ent[v->n];
        if (!(x->text = malloc(len + 1))) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
        for (size_t k = 0; k < len; k++) x->text[k] = (char)lower((unsigned char)w[k]);
        x->text[len] = 0;
        x->len = len;
        x->list = list;
        unsigned char b = (unsigned char)x->text[0];
        x->next = v->first[b];
        v->first[b] = (uint32_t)++v->n;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    free(v->found);
    if (!(v->found = calloc(v->n + 1, 1))) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
}

void nt_vocab_free(netral_engine *e) {
    struct nt_vocab *v = e->vocab;
    if (!v) return;
    for (size_t i = 0; i < v->n; i++) free(v->ent[i].text);
    free(v->ent);
    free(v->found);
    free(v);
    e->vocab = NULL;
}

void nt_vocab_begin(netral_engine *e) {
    if (e->vocab) e->vocab->done = 0;
}

/* Every whole-word occurrence ("pelapor" is not in "pelaporan") of an entry in t[0..n), marked
 * with `regions`; `line` is added for one at the start of the text or of a line in it. */
static void search(struct nt_vocab *v, const char *t, size_t n, unsigned regions, unsigned line) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (!alnum(c) || (i && alnum((unsigned char)t[i - 1]))) continue;
        for (uint32_t k = v->first[lower(c)]; k; k = v->ent[k - 1].next) {
            const vocab_entry *x = &v->ent[k - 1];
            if (x->len > n - i || (i + x->len < n && alnum((unsigned char)t[i + x->len]))) continue;
            size_t j = 1;
            while (j < x->len && lower((unsigned char)t[i + j]) == (unsigned char)x->text[j]) j++;
            if (j < x->len) continue;
            unsigned r = regions;
            if (line && (i == 0 || t[i - 1] == '\n')) r |= line;
            v->found[k - 1] |= (unsigned char)r;
        }
    }
}

static size_t words_of(const char *t, size_t n) {
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\f' ||
                 t[i] == '\v';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* A memo head's field ("Kepada : Kepala Bidang ... dalam daftar piket.") or a legal basis cited in
 * a surat perintah's "Dasar :" list ("1. Undang-Undang Nomor 10 Tahun 2016 ...", "Peraturan KPU
 * Nomor 13 ..."): long, but not what the memo opens with. */
static int head_field(const char *t, size_t n) {
    static const char *const heads[] = {"kepada",   "yth",      "dari", "nomor",
                                        "sifat",    "lampiran", "hal",  "perihal",
                                        "tembusan", "dasar",    NULL};
    for (size_t k = 0; heads[k]; k++) {
        size_t m = strlen(heads[k]), j = 0;
        while (j < m && j < n && (t[j] | 0x20) == heads[k][j]) j++;
        if (j < m) continue;
        while (j < n && (t[j] == ' ' || t[j] == '.')) j++;
        if (j < n && (t[j] == ':' || t[j] == '\t')) return 1;
    }
    return 0;
}

static int legal_basis(const char *t, size_t n) {
    if (head_field(t, n)) return 1;
    static const char *const heads[] = {"undang-undang", "peraturan", "keputusan", "instruksi",
                                        "surat edaran",  "surat ",    NULL};
    size_t i = 0;
    while (i < n && (t[i] == ' ' || t[i] == '\t' || (t[i] >= '0' && t[i] <= '9') || t[i] == '.' ||
                     t[i] == ')' || t[i] == '('))
        i++;
    /* a lettered item ("a.\tPeraturan KPU Nomor 13 ...", "b) Surat Bawaslu ...") */
    if (i + 2 < n && is_alpha((unsigned char)t[i]) && (t[i + 1] == '.' || t[i + 1] == ')') &&
        (t[i + 2] == ' ' || t[i + 2] == '\t')) {
        i += 2;
        while (i < n && (t[i] == ' ' || t[i] == '\t')) i++;
    }
    for (size_t k = 0; heads[k]; k++) {
        size_t m = strlen(heads[k]);
        if (n - i < m) continue;
        size_t j = 0;
        while (j < m && (t[i + j] | 0x20) == heads[k][j]) j++;
        if (j == m) return 1;
    }
    return 0;
}

/* The subject field [*a, *b) after "Perihal :" or "Hal :" (the first letter in either case). */
static int subject_range(const char *t, size_t n, size_t *a, size_t *b) {
    static const char *const keys[] = {"erihal", "al"};
    static const char heads[] = {'p', 'h'};
    for (int k = 0; k < 2; k++) {
        size_t kl = strlen(keys[k]);
        for (size_t i = 0; i + kl < n; i++) {
            if ((t[i] | 0x20) != heads[k] || (i && is_alpha((unsigned char)t[i - 1]))) continue;
            if (memcmp(t + i + 1, keys[k], kl) != 0) continue;
            size_t j = i + 1 + kl;
            while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n')) j++;
            if (j >= n || t[j] != ':') continue;
            j++;
            while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n')) j++;
            size_t end = j;
            while (end < n && t[end] != '\t' && t[end] != '\n') end++;
            if (end == j) continue;
            *a = j;
            *b = end;
            return 1;
        }
    }
    return 0;
}

/* A memo head laid out as a table gives the subject its own cell: "Perihal" | ":" | "Penertiban
 * Stiker ...". 1 when p is the head word's cell ("Hal", "Perihal", maybe with its colon), 2 when
 * it is a lone colon, else 0. */
static int subject_cell(const char *t, size_t n) {
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t')) n--;
    while (n && (*t == ' ' || *t == '\t')) t++, n--;
    if (n == 1 && *t == ':') return 2;
    if (n && t[n - 1] == ':') n--;
    while (n && t[n - 1] == ' ') n--;
    if (n == 3 && (t[0] | 0x20) == 'h' && !memcmp(t + 1, "al", 2)) return 1;
    if (n == 7 && (t[0] | 0x20) == 'p' && !memcmp(t + 1, "erihal", 6)) return 1;
    return 0;
}

/* One pass over the memo: the body, the page headers and the footnotes (comments are reviewers'
 * notes, footers and endnotes carry no genre). */
static void compute(struct nt_vocab *v, const nt_doc *doc) {
    memset(v->found, 0, v->n + 1);
    v->done = 1;
    if (!doc) return;
    int opened = 0, cell = 0; /* cell: the next cell with text is the subject's (see above) */
    for (size_t pi = 0; pi < doc->nparts; pi++) {
        const nt_part *part = &doc->parts[pi];
        if (part->kind != NT_PART_BODY && part->kind != NT_PART_HEADER &&
            part->kind != NT_PART_FOOTNOTES)
            continue;
        for (size_t i = 0; i < part->nparas; i++) {
            const nt_para *p = &part->paras[i];
            if (!p->text || !p->len) continue;
            unsigned regions = NT_VOCAB_ALL;
            if (part->kind == NT_PART_HEADER) regions |= NT_VOCAB_HEAD;
            size_t sa = 0, sb = 0;
            int subject = 0;
            if (pi == 0) {
                size_t words = words_of(p->text, p->len);
                if (i < VOCAB_HEAD_PARAS &&
                    (p->len <= VOCAB_SHORT_BYTES || words <= VOCAB_SHORT_WORDS))
                    regions |= NT_VOCAB_HEAD;
                if (i < VOCAB_SUBJECT_PARAS) subject = subject_range(p->text, p->len, &sa, &sb);
                int sc =
                    i < VOCAB_SUBJECT_CELLS && p->table >= 0 ? subject_cell(p->text, p->len) : 0;
                if (!subject && cell && !sc && p->table >= 0) {
                    subject = 1;
                    sa = 0;
                    sb = p->len;
                }
                cell = sc != 0;
                if (!opened && p->len >= VOCAB_SHORT_BYTES && words >= VOCAB_SHORT_WORDS &&
                    !legal_basis(p->text, p->len)) {
                    regions |= NT_VOCAB_OPENING;
                    opened = 1;
                }
            }
            search(v, p->text, p->len, regions, (regions & NT_VOCAB_HEAD) ? NT_VOCAB_LINE : 0);
            if (subject) search(v, p->text + sa, sb - sa, NT_VOCAB_HEAD, NT_VOCAB_LINE);
        }
    }
}

/* priv.doc_vocab(list, regions [, words]) -> how many distinct entries of the list occur in any
 * of the regions (a bit set of NT_VOCAB_*); with words = true, also those entries. */
int nt_vocab_l_count(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    lua_Integer list = luaL_checkinteger(L, 1);
    unsigned regions = (unsigned)luaL_checkinteger(L, 2);
    int words = lua_toboolean(L, 3);
    struct nt_vocab *v = e->vocab;
    if (v && !v->done) compute(v, e->doc);
    if (words) lua_createtable(L, 4, 0);
    lua_Integer n = 0;
    for (size_t i = 0; v && i < v->n; i++) {
        if (v->ent[i].list != (uint32_t)list || !(v->found[i] & regions)) continue;
        n++;
        if (words) {
            lua_pushlstring(L, v->ent[i].text, v->ent[i].len);
            lua_rawseti(L, -2, n);
        }
    }
    lua_pushinteger(L, n);
    if (words) lua_insert(L, -2);
    return words ? 2 : 1;
}
