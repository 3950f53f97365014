/* slogans.c - campaign-slogan shapes for the target recogniser: hashtags, handles and short
 * quotations scored by their words (an appeal and an object: a title, periode, a person named). */
#include <string.h>

#include "targets_int.h"

static int slogan_stem(const char *w) {
    /* "bareng": the spoken "bersama" ("#KlatenBangkitBarengMasBagus") */
    static const char *const stems[] = {"lanjut", "terus", "menang", "dukung",  "pilih",
                                        "coblos", "kawal", "ayo",    "bersama", "bareng",
                                        "jilid",  "lagi",  "sukses", "kembali", NULL};
    for (size_t i = 0; stems[i]; i++)
        if (strncmp(w, stems[i], strlen(stems[i])) == 0) return 1;
    return 0;
}

static int slogan_object(const char *w) {
    /* titles of address a candidate's slogan names them by ("#LanjutkanAmbuRina") */
    static const char *const objs[] = {
        "periode", "putaran", "pak",   "bu",    "bang",   "mas",  "kak",   "uda",
        "abah",    "umi",     "buya",  "daeng", "paslon", "ambu", "bunda", "mamiq",
        "kang",    "akang",   "teteh", "mbak",  "cak",    "ning", "bli",   "gus",
        "uni",     "datuk",   "puang", "mama",  "bapa",   "tgh",  NULL};
    for (size_t i = 0; objs[i]; i++)
        if (strcmp(w, objs[i]) == 0) return 1;
    return 0;
}

/* Appeal words that only an election uses ("#SehatBersamaBuAni" is a health slogan, "#AniMenang"
 * is not): with a person's name they show that person runs. */
static int election_stem(const char *w) {
    static const char *const stems[] = {"lanjut", "menang", "coblos",  "pilih",   "dukung",
                                        "kawal",  "jilid",  "periode", "putaran", NULL};
    for (size_t i = 0; stems[i]; i++)
        if (strncmp(w, stems[i], strlen(stems[i])) == 0) return 1;
    return 0;
}

/* What the words of a hashtag, handle or quotation add up to: an appeal (any slogan stem), an
 * election appeal, a re-election word (lagi, kembali), an object (a title, periode, putaran, or
 * the name of someone the memo names: *who, the first such person, -1 none). */
typedef struct slogan_score {
    int appeal, elect, reelect, object, who;
} slogan_score;

/* Score one word; exact: a name must match whole, else the word may be a name's short form
 * ("#MenangBersamaZul" for Pak Zulkifli). */
static void score_word(const nt_targets *t, const char *w, int exact, slogan_score *s) {
    size_t wl = strlen(w);
    s->appeal |= slogan_stem(w);
    s->elect |= election_stem(w);
    s->reelect |= strcmp(w, "lagi") == 0 || strcmp(w, "kembali") == 0;
    s->object |= slogan_object(w);
    for (size_t q = 0; q < t->npersons && s->who < 0 && wl >= 3; q++)
        for (size_t m = 0; m < t->persons[q].n; m++)
            if (exact ? strcmp(w, t->persons[q].name[m]) == 0
                      : strncmp(w, t->persons[q].name[m], wl) == 0)
                s->who = (int)q;
    if (s->who >= 0) s->object = 1;
}

/* Token i's normalised text as a C string (cut to NAME_LEN - 1 bytes). */
static void tok_word(const nt_analysis *a, size_t i, char w[NAME_LEN]) {
    size_t wl = a->toks[i].norm_len < NAME_LEN ? a->toks[i].norm_len : NAME_LEN - 1;
    memcpy(w, norm_of(a, i), wl);
    w[wl] = 0;
}

/* The score of tokens [k, j] as one slogan (exact: names must match whole). */
static slogan_score score_run(const nt_targets *t, const nt_analysis *a, size_t k, size_t j,
                              int exact) {
    slogan_score sc = {0, 0, 0, 0, -1};
    char w[NAME_LEN];
    for (size_t i = k; i <= j; i++) {
        tok_word(a, i, w);
        score_word(t, w, exact, &sc);
    }
    return sc;
}

/* A hashtag split at its capitals and digits: "#TerusBersamaPakHarun" -> terus bersama pak harun.
 * Campaign-shaped when it has an appeal word (lanjutkan, menang, pilih ...) and an object (a
 * title, the name of a person the memo names, a ballot number, periode, putaran). *who: the person
 * whose name the slogan carries with an election appeal, or -1. */
int nt_slogan_hashtag(const nt_targets *t, const nt_para *p, const nt_token *tk, int *who) {
    char words[8][NAME_LEN];
    size_t nw = 0, len = 0;
    const char *s = p->text + tk->start, *e = p->text + tk->end;
    if (s < e && *s == '#') s++;
    int digits = 0;
    for (const char *c = s; c < e && nw < 8; c++) {
        unsigned char ch = (unsigned char)*c;
        int up = ch >= 'A' && ch <= 'Z', dig = ch >= '0' && ch <= '9';
        int alpha = up || (ch >= 'a' && ch <= 'z');
        if (!alpha && !dig) {
            if (len) {
                words[nw++][len] = 0;
                len = 0;
            }
            continue;
        }
        if (dig) digits = 1;
        if (len && (up || (dig && !(c[-1] >= '0' && c[-1] <= '9')))) {
            words[nw++][len] = 0;
            len = 0;
            if (nw >= 8) break;
        }
        if (len < NAME_LEN - 1) words[nw][len++] = (char)(up ? ch + 32 : ch);
    }
    if (len && nw < 8) words[nw++][len] = 0;
    slogan_score sc = {0, 0, 0, digits, -1};
    for (size_t i = 0; i < nw; i++) score_word(t, words[i], 0, &sc);
    for (size_t i = 0; i < nw; i++)
        if (strcmp(words[i], "periode") == 0 || strcmp(words[i], "putaran") == 0)
            sc.appeal = sc.object = 1;
    int ok = sc.appeal && sc.object && nw >= 2;
    *who = ok && sc.elect ? sc.who : -1;
    return ok;
}

/* An account handle shaped as a slogan: "@widya.lanjutkan", "@menang_bersama_arif" (the tokens a
 * handle's '.' and '_' split, glued); an appeal word and an object as in hashtags. Returns the
 * handle's last token, or k when it is no slogan. */
size_t nt_slogan_handle(const nt_targets *t, const nt_para *p, const nt_analysis *a, size_t k,
                        int *who) {
    size_t j = k;
    while (j + 1 < a->ntoks && j < k + 4 && a->toks[j + 1].start == a->toks[j].end + 1 &&
           a->toks[j].end < p->len &&
           (p->text[a->toks[j].end] == '.' || p->text[a->toks[j].end] == '_'))
        j++;
    *who = -1;
    if (j == k) return k;
    slogan_score sc = score_run(t, a, k, j, 0);
    int ok = sc.appeal && sc.object;
    *who = ok && sc.elect ? sc.who : -1;
    return ok ? j : k;
}

/* A short quotation shaped as a campaign slogan: kaos "Buya Syahrial Pimpin Sumbar Lagi" (2 to 8
 * quoted words, a re-election or election appeal and an object: a title, the name of someone the
 * memo names, "periode"). "Bersama" alone is no appeal here: "Ngopi Bareng Pak Camat" names an
 * event. Returns the run's last token, or k; *who as in hashtags (a re-election appeal counts). */
size_t nt_slogan_quoted(const nt_targets *t, const nt_analysis *a, size_t k, int *who) {
    size_t j = k;
    *who = -1;
    while (j + 1 < a->ntoks && j < k + 7 && (a->toks[j + 1].flags & NT_TOK_QUOTED) &&
           same_sentence(a, k, j + 1))
        j++;
    if (j == k) return k;
    slogan_score sc = score_run(t, a, k, j, 1);
    int ok = (sc.elect || sc.reelect) && sc.object;
    *who = ok ? sc.who : -1;
    return ok ? j : k;
}
