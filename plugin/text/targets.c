/* targets.c - partisan targets and document frames: finds people (titled names, name pairs) made
 * candidates by their context, remembers them per memo, resolves later mentions, sets frames. */
#include "targets.h"
#include "targets_int.h"

#include <stdlib.h>
#include <string.h>

nt_targets *nt_targets_new(void) {
    nt_targets *t = calloc(1, sizeof *t);
    if (t) nt_targets_reset(t);
    return t;
}

void nt_targets_free(nt_targets *t) {
    if (!t) return;
    free(t->mask);
    free(t->bits);
    free(t);
}

void nt_targets_begin_part(nt_targets *t, nt_part_kind kind) {
    t->kind = kind;
    memset(&t->doc, 0, sizeof t->doc);
    memset(&t->table, 0, sizeof t->table);
    memset(&t->leadin, 0, sizeof t->leadin);
    memset(&t->cur, 0, sizeof t->cur);
    memset(&t->row, 0, sizeof t->row);
    t->table_no = t->row_table = t->row_no = -1;
    t->subj_table = t->subj_row = -1;
    t->office_doc = t->office_leadin = t->office_table = t->office_cur = 0;
    t->leadin_on = 0;
    t->leadin_blocked = 0;
    t->subject_person = -1;
    t->body_seen = 0;
    t->opening_done = 0;
}

void nt_targets_reset(nt_targets *t) {
    t->npersons = 0;
    t->salient = t->prev_salient = -1;
    t->strong_seen = 0;
    t->elect_before = 0;
    t->event_seen = 0;
    nt_targets_begin_part(t, NT_PART_BODY);
}

/* Someone the memo named or pointed at before it showed they run ("tim Ibu Ratna ..." in item 1,
 * "... suara buat beliau" in item 5): those earlier mentions were read as nobody's. */
int nt_targets_late(const nt_targets *t) {
    for (size_t i = 0; i < t->npersons; i++)
        if (t->persons[i].candidate && t->persons[i].plain) return 1;
    return 0;
}

void nt_targets_rewind(nt_targets *t) {
    for (size_t i = 0; i < t->npersons; i++) t->persons[i].plain = 0;
    t->salient = t->prev_salient = -1;
    t->strong_seen = 0;
    t->elect_before = 0;
    t->event_seen = 0;
    nt_targets_begin_part(t, NT_PART_BODY);
}

const nt_frame *nt_targets_frame(const nt_targets *t) { return &t->cur; }
size_t nt_targets_known(const nt_targets *t) {
    size_t n = 0;
    for (size_t i = 0; i < t->npersons; i++) n += t->persons[i].candidate;
    return n;
}

/* ---- Helpers over the analysis ---------------------------------------------------------------- */
/* "satu partai beras", "dua partai pupuk": "partai" as a consignment of goods, not a party. */
static int consignment(const nt_analysis *a, size_t k) {
    static const char *const counts[] = {"satu", "dua",    "tiga",     "se",       "sebuah", "per",
                                         "tiap", "setiap", "beberapa", "sejumlah", "sisa",   NULL};
    static const char *const goods[] = {"beras", "gula",    "semen",   "pupuk", "barang",  "obat",
                                        "kayu",  "minyak",  "bibit",   "benih", "kiriman", "muatan",
                                        "kain",  "pakaian", "sembako", NULL};
    if (k > 0 && (a->toks[k - 1].flags & NT_TOK_NUMBER)) return 1;
    for (size_t i = 0; k > 0 && counts[i]; i++)
        if (norm_is(a, k - 1, counts[i])) return 1;
    for (size_t i = 0; k + 1 < a->ntoks && goods[i]; i++)
        if (norm_is(a, k + 1, goods[i])) return 1;
    return 0;
}

/* An en or em dash (UTF-8) between tokens k and k+1. */
static int gap_dash(const nt_para *p, const nt_analysis *a, size_t k) {
    if (k + 1 >= a->ntoks) return 0;
    uint32_t s = a->toks[k].end, e = a->toks[k + 1].start;
    for (uint32_t i = s; i < e && i < p->len; i++) {
        if (p->text[i] == '-' || p->text[i] == '/' || p->text[i] == '&') return 1;
        if ((unsigned char)p->text[i] == 0xE2 && i + 2 < p->len &&
            (unsigned char)p->text[i + 1] == 0x80 &&
            ((unsigned char)p->text[i + 2] == 0x93 || (unsigned char)p->text[i + 2] == 0x94))
            return 1;
    }
    return 0;
}

static int add_hit(nt_analysis *a, uint32_t list, uint32_t first, uint32_t last) {
    if (!list) return 0;
    if (a->nhits == a->hcap) {
        size_t c = a->hcap ? a->hcap * 2 : 64;
        nt_hit *h = realloc(a->hits, c * sizeof *h);
        if (!h) return -1;
        a->hits = h;
        a->hcap = c;
    }
    nt_hit *h = &a->hits[a->nhits++];
    h->phrase = 0xFFFFFFFFu; /* synthetic: no phrase of the lexicon */
    h->list = list;
    h->first = first;
    h->last = last;
    return 0;
}

static int cmp_hit(const void *x, const void *y) {
    const nt_hit *a = x, *b = y;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    if (a->last != b->last) return a->last > b->last ? -1 : 1;
    if (a->phrase != b->phrase) return a->phrase < b->phrase ? -1 : 1;
    return a->list < b->list ? -1 : a->list > b->list;
}

/* The mask bits of every list id, computed once per engine (nt_targets_prepare). */
static uint32_t list_bits(const nt_target_lists *ls, uint32_t l) {
    uint32_t b = 0;
    if (!l) return 0;
    if (l == ls->titles) b |= B_TITLE;
    if (l == ls->offices) b |= B_OFFICE;
    if (l == ls->not_names) b |= B_NOTNAME;
    if (l == ls->staff) b |= B_STAFF;
    if (l == ls->predicates) b |= B_PRED;
    if (l == ls->terms) b |= B_TERM;
    if (l == ls->refs) b |= B_REF;
    if (l == ls->neutral) b |= B_NEUTRAL;
    if (l == ls->slogan_words) b |= B_SLOGAN;
    if (l == ls->events) b |= B_EVENT;
    if (l == ls->blockers) b |= B_BLOCK;
    if (l == ls->periods) b |= B_PERIOD;
    if (l == ls->pair_heads) b |= B_PAIRHEAD;
    if (l == ls->votes[0] || l == ls->votes[1]) b |= B_VOTE;
    if (l == ls->supporters) b |= B_SUPP;
    if (l == ls->election) b |= B_ELECT;
    if (l == ls->directives) b |= B_DIR;
    for (size_t s = 0; s < ls->nstrong; s++)
        if (l == ls->strong[s]) b |= B_STRONG;
    if (l == ls->teams) b |= B_TEAM | B_TEAMREF;
    if (l == ls->team_refs) b |= B_TEAMREF;
    if (l == ls->programmes) b |= B_PROG;
    if (l == ls->channels) b |= B_CHAN;
    return b;
}

int nt_targets_prepare(nt_targets *t, const nt_target_lists *ls, size_t nlists) {
    free(t->bits);
    t->bits = calloc(nlists + 1, sizeof *t->bits);
    if (!t->bits) {
        t->nbits = 0;
        return -1;
    }
    t->nbits = nlists + 1;
    for (size_t l = 1; l <= nlists; l++) t->bits[l] = list_bits(ls, (uint32_t)l);
    return 0;
}

/* Returns the union of the paragraph's bits (0: nothing the recogniser reads), or -1 (memory). */
static int64_t build_mask(nt_targets *t, const nt_target_lists *ls, nt_analysis *a) {
    if (a->ntoks > t->mcap) {
        size_t c = a->ntoks + 64;
        uint32_t *m = realloc(t->mask, c * sizeof *m);
        if (!m) return -1;
        t->mask = m;
        t->mcap = c;
    }
    if (a->ntoks) memset(t->mask, 0, a->ntoks * sizeof *t->mask);
    uint32_t all = 0;
    for (size_t i = 0; i < a->nhits; i++) {
        const nt_hit *h = &a->hits[i];
        uint32_t l = h->list;
        uint32_t b = l < t->nbits ? t->bits[l] : list_bits(ls, l);
        if (!b) continue;
        all |= b;
        for (uint32_t k = h->first; k <= h->last && k < a->ntoks; k++) t->mask[k] |= b;
    }
    return all;
}

/* ---- People ----------------------------------------------------------------------------------- */
/* A word that can be part of a name: capitalised, not a number, not an office or staff word. */
static int name_word(const nt_targets *t, const nt_analysis *a, size_t k) {
    const nt_token *tk = &a->toks[k];
    if (!(tk->flags & NT_TOK_CAPITAL) ||
        (tk->flags & (NT_TOK_NUMBER | NT_TOK_HASHTAG | NT_TOK_MENTION)))
        return 0;
    if (t->mask[k] & (B_NOTNAME | B_STAFF | B_OFFICE | B_TITLE | B_PAIRHEAD | B_REF | B_EVENT))
        return 0;
    return tk->norm_len >= 2;
}

/* A title word, or a capital initial followed by '.' (H., R., M.). */
static int title_at(const nt_targets *t, const nt_para *p, const nt_analysis *a, size_t k) {
    if (t->mask[k] & (B_TITLE | B_PAIRHEAD)) return 1;
    const nt_token *tk = &a->toks[k];
    return tk->norm_len == 1 && (tk->flags & NT_TOK_CAPITAL) && gap_has(p, a, k, ".");
}

/* Parses a name at token k (after any titles when titled = 1). Returns the number of name words
 * and sets *end to the last one; 0 when none. Name words stop at punctuation. */
static size_t parse_name(const nt_targets *t, const nt_para *p, const nt_analysis *a, size_t k,
                         size_t *end) {
    size_t n = 0;
    while (k < a->ntoks && n < MAX_NAME && name_word(t, a, k)) {
        *end = k;
        n++;
        if (k + 1 >= a->ntoks || !same_sentence(a, k, k + 1) || gap_has(p, a, k, ",.;:()\"'!?\t\n"))
            break;
        if (gap_dash(p, a, k)) break;
        k++;
    }
    return n;
}

/* Skip a chain of titles starting at k ("Bapak H. Ir."); returns the first token after them. */
static size_t skip_titles(const nt_targets *t, const nt_para *p, const nt_analysis *a, size_t k) {
    while (k < a->ntoks && title_at(t, p, a, k)) k++;
    return k;
}

static int person_find(const nt_targets *t, const nt_analysis *a, size_t k, size_t n) {
    for (size_t i = 0; i < t->npersons; i++) {
        const person *ps = &t->persons[i];
        if (ps->n != n) continue;
        size_t m = 0;
        while (m < n && norm_is(a, k + m, ps->name[m])) m++;
        if (m == n) return (int)i;
    }
    return -1;
}

static int person_add(nt_targets *t, const nt_analysis *a, size_t k, size_t n) {
    int i = person_find(t, a, k, n);
    if (i >= 0) return i;
    /* "Abah Rusdi" after "H. Rusdiansyah": one name word of four letters or more that begins a
     * name word of someone already named is that person, called short */
    size_t wl = a->toks[k].norm_len;
    for (size_t q = 0; n == 1 && wl >= 4 && q < t->npersons; q++)
        for (size_t m = 0; m < t->persons[q].n; m++)
            if (strlen(t->persons[q].name[m]) > wl &&
                memcmp(t->persons[q].name[m], norm_of(a, k), wl) == 0)
                return (int)q;
    if (t->npersons >= MAX_PERSONS) return -1;
    person *ps = &t->persons[t->npersons];
    memset(ps, 0, sizeof *ps);
    for (size_t m = 0; m < n; m++) {
        size_t len = a->toks[k + m].norm_len;
        if (len >= NAME_LEN) len = NAME_LEN - 1;
        memcpy(ps->name[m], norm_of(a, k + m), len);
    }
    ps->n = (uint8_t)n;
    return (int)t->npersons++;
}

/* A known candidate one of whose name words (3+ letters) is token k; with short = 1 also a short
 * form of 4+ letters that begins one of them ("Pak Sarif" for Sarifuddin), asked only after a title. */
static int candidate_word_x(const nt_targets *t, const nt_analysis *a, size_t k, int shortform) {
    size_t n = a->toks[k].norm_len;
    if (n < 3) return -1;
    for (size_t i = 0; i < t->npersons; i++) {
        const person *ps = &t->persons[i];
        if (!ps->candidate) continue;
        for (size_t m = 0; m < ps->n; m++) {
            if (norm_is(a, k, ps->name[m])) return (int)i;
            if (shortform && n >= 4 && strlen(ps->name[m]) > n &&
                memcmp(ps->name[m], norm_of(a, k), n) == 0)
                return (int)i;
        }
    }
    return -1;
}

static int candidate_word(const nt_targets *t, const nt_analysis *a, size_t k) {
    return candidate_word_x(t, a, k, 0);
}

/* Candidacy in the context of the span [s, e]: a candidacy predicate or a generic candidate
 * reference close before or after it, or a term of office later in its sentence; no directive
 * between them (the speaker "Pak X meminta staf memilih calon ..." is not the candidate). */
static int candidacy(const nt_targets *t, const nt_analysis *a, size_t s, size_t e, int pair) {
    size_t span = pair ? 24 : 14;
    size_t lo = s >= 6 ? s - 6 : 0, hi = e + span < a->ntoks ? e + span : a->ntoks - 1;
    for (size_t k = lo; k <= hi; k++) {
        if (k >= s && k <= e) continue;
        if (!same_sentence(a, k, s)) continue;
        uint32_t m = t->mask[k];
        /* a predicate may follow an apposition ("Ir. X, M.T., mantan Kepala Bappeda yang maju
         * sebagai calon ..."); a bare reference must stand close */
        int before = k < s;
        /* "..., telah ditetapkan KPU sebagai calon Bupati": a reference further on, introduced
         * by "sebagai", "selaku", "menjadi", "adalah" */
        int introduced = k > 0 && (norm_is(a, k - 1, "sebagai") || norm_is(a, k - 1, "selaku") ||
                                   norm_is(a, k - 1, "menjadi") || norm_is(a, k - 1, "adalah"));
        int pred = ((m & B_PRED) && k <= e + 12) ||
                   ((m & B_REF) && !(m & B_NEUTRAL) &&
                    (before || k <= e + 6 || (introduced && k <= e + 14)));
        int near_after = k > e;
        int term = (m & B_TERM) != 0;
        if (!((pred && (near_after || before)) || (term && (k > e || pair)))) continue;
        /* a term of office ahead ("... agar terpilih kembali") is the named person's, whoever
         * speaks; a pair with one is a ticket */
        if (term && k > e) return 1;
        /* an order between them: "Pak X meminta seluruh staf memilih calon ..." makes X the
         * speaker, not the candidate (an apposition "mantan Kepala Instalasi Kebidanan" does not) */
        size_t from = k < s ? k : e, to = k < s ? s : k;
        int blocked = 0;
        for (size_t j = from + 1; j < to && !blocked; j++) blocked = (t->mask[j] & B_DIR) != 0;
        if (!blocked) return 1;
    }
    return 0;
}

/* "Pak Harun dan Pak Zulfikar, nomor dua": a ballot number right after a name pair makes it a
 * ticket ("nomor 2", "no. urut 3", "nomor dua"). */
static int ballot_word(const nt_analysis *a, size_t n) {
    static const char *const words[] = {"satu", "dua",   "tiga",    "empat",    "lima",
                                        "enam", "tujuh", "delapan", "sembilan", NULL};
    for (size_t i = 0; words[i]; i++)
        if (norm_is(a, n, words[i])) return 1;
    return 0;
}

static int ballot_after(const nt_analysis *a, size_t e) {
    for (size_t k = e + 1; k < a->ntoks && k <= e + 2; k++) {
        if (!same_sentence(a, k, e)) return 0;
        if (!(norm_is(a, k, "nomor") || norm_is(a, k, "no") || norm_is(a, k, "nomer"))) continue;
        size_t n = k + 1;
        if (n < a->ntoks && norm_is(a, n, "urut")) n++;
        if (n >= a->ntoks || !same_sentence(a, n, e)) return 0;
        if ((a->toks[n].flags & NT_TOK_NUMBER) && a->toks[n].norm_len <= 2) return 1;
        return ballot_word(a, n);
    }
    return 0;
}

/* "dr. Hotman Sinaga, no 5 DPRD Provsu dapil Sumut 4": one titled name, a ballot number right
 * after it and a legislature or electoral district right after the number: a legislative
 * candidate (a member named with his office has no ballot number). */
static int ballot_seat_after(const nt_analysis *a, size_t e) {
    static const char *const seats[] = {"dprd", "dpr", "dpd", "dapil", "dprk", "caleg", NULL};
    if (!ballot_after(a, e)) return 0;
    size_t k = e + 1;
    while (k < a->ntoks && !(a->toks[k].flags & NT_TOK_NUMBER) && !ballot_word(a, k)) k++;
    for (size_t j = k + 1; j < a->ntoks && j <= k + 3 && same_sentence(a, j, e); j++)
        for (size_t i = 0; seats[i]; i++)
            if (norm_is(a, j, seats[i])) return 1;
    return 0;
}

/* "pilihan kita nomor tiga, Bapa Hengky Rumbiak", "nomor urut 2 Ibu Wa Ode": a ballot number
 * (with "nomor", "no" or "nomer") right before a titled name, in the same sentence. */
static int ballot_before(const nt_analysis *a, size_t s) {
    for (size_t k = s >= 4 ? s - 4 : 0; k + 1 < s; k++) {
        if (!same_sentence(a, k, s)) continue;
        if (!(norm_is(a, k, "nomor") || norm_is(a, k, "no") || norm_is(a, k, "nomer"))) continue;
        size_t n = k + 1;
        if (n < s && norm_is(a, n, "urut")) n++;
        if (n + 1 == s) {
            if ((a->toks[n].flags & NT_TOK_NUMBER) && a->toks[n].norm_len <= 2) return 1;
            if (ballot_word(a, n)) return 1;
        }
    }
    return 0;
}

/* "yang memilih Pak X", "pendukung Bu Y": supporters of a person presuppose a candidate; "memilih
 * Pak X", "dukung Bu Y" do in an election context (the paragraph speaks of the election, or the
 * memo named a candidate before), unless a role follows ("memilih Ibu Ani sebagai ketua"). */
static int voted_for(const nt_targets *t, const nt_analysis *a, size_t s, size_t e, int elect,
                     int pair) {
    /* a ticket may follow its own label: "mendukung paket Y0MAN — Bapak X dan Ibu Y" */
    size_t back = pair ? 4 : 2;
    for (size_t k = s >= back ? s - back : 0; k < s; k++) {
        if (!same_sentence(a, k, s)) continue;
        if (t->mask[k] & (B_SUPP | B_TEAMREF)) return 1; /* "tim Pak Jufri", "relawan Bu Ani" */
        if ((t->mask[k] & B_VOTE) && (elect || t->strong_seen)) {
            for (size_t j = e + 1; j < a->ntoks && j <= e + 3; j++)
                if (norm_is(a, j, "sebagai") || norm_is(a, j, "menjadi")) return 0;
            return 1;
        }
    }
    return 0;
}

/* Token k alone is a word of `list` (a one-word entry: "sahabat", "pendukung", "relawan"), not
 * the end of a longer phrase of it ("sukses" of "Tim Sukses Adipura"). */
static int single_word_hit(const nt_analysis *a, uint32_t list, size_t k) {
    for (size_t i = 0; list && i < a->nhits && a->hits[i].first <= k; i++)
        if (a->hits[i].list == list && a->hits[i].first == k && a->hits[i].last == k) return 1;
    return 0;
}

/* Two dash-joined words of different shapes, one in capitals and one not ("Sub-PIN",
 * "Non-ASN", "Pra-KPPS"): a term with an acronym, not a pair of names ("Dahlan–Fitri",
 * "HARTONO-LAILA" in a capitals line). */
static int mixed_caps(const nt_analysis *a, size_t i, size_t j) {
    return ((a->toks[i].flags ^ a->toks[j].flags) & NT_TOK_ALLCAPS) != 0;
}

static int emit_people(nt_targets *t, const nt_target_lists *ls, const nt_para *p, nt_analysis *a,
                       int *named_here) {
    /* the election in this paragraph, or in the heading or paragraph just before ("C. Lain-lain:
     * Pilkada Kab. Sikka 27 Nov 2024" then "... mendukung paket Y0MAN — Bapak X dan Ibu Y") */
    int elect = t->elect_before;
    for (size_t k = 0; k < a->ntoks && !elect; k++) elect = (t->mask[k] & B_ELECT) != 0;
    for (size_t k = 0; k < a->ntoks;) {
        size_t start = k, nstart, end = 0, n = 0;
        /* titles, then the name ("Bapak H. Rusdi Halim"); office words after the titles are
         * skipped ("Ibu Bupati Marlina"), but an office alone starts no name: "Bupati Lembah
         * Hijau" names a region */
        int titled = title_at(t, p, a, k);
        if (titled) {
            nstart = skip_titles(t, p, a, k);
            while (nstart < a->ntoks && (t->mask[nstart] & B_OFFICE)) nstart++;
            if (nstart < a->ntoks && same_sentence(a, start, nstart))
                n = parse_name(t, p, a, nstart, &end);
        } else if (name_word(t, a, k) && k + 1 < a->ntoks && gap_dash(p, a, k) &&
                   name_word(t, a, k + 1) && same_sentence(a, k, k + 1) &&
                   !mixed_caps(a, k, k + 1)) {
            /* "Dahlan–Fitri": two capitalised words joined by a dash; a pair only with context */
            /* place pairs are written the same way ("jalan Lengkeka–Sawidago"): only close
             * context counts */
            /* "PILIH 01 – HARTONO-LAILA": a ballot number or a vote right before the pair; a team
             * ("Relawan Yulia–Darmawan") */
            int ballot =
                k > 0 && (a->toks[k - 1].flags & NT_TOK_NUMBER) && a->toks[k - 1].norm_len <= 2;
            if (candidacy(t, a, k, k + 1, 0) || ballot ||
                (k > 0 && (t->mask[k - 1] &
                           (B_PRED | B_REF | B_STRONG | B_PAIRHEAD | B_VOTE | B_TEAMREF)))) {
                int i = person_add(t, a, k, 1), j = person_add(t, a, k + 1, 1);
                if (i >= 0) t->persons[i].candidate = 1;
                if (j >= 0) t->persons[j].candidate = 1;
                if (add_hit(a, ls->out_person, (uint32_t)k, (uint32_t)(k + 1))) return -1;
                *named_here = 1;
                t->salient = j >= 0 ? j : i;
                k += 2;
                continue;
            }
        }
        if (!n && !titled && k >= 2 && (t->mask[k - 1] & B_TEAMREF) &&
            (t->mask[k - 2] & B_TEAMREF) && single_word_hit(a, ls->team_refs, k - 1) &&
            same_sentence(a, k - 2, k) && !gap_has(p, a, k - 2, ",.;:()") &&
            !gap_has(p, a, k - 1, ",.;:()")) {
            /* a volunteer group named after its candidate ("Relawan Sahabat Syamsul Rijal",
             * "Barisan Pendukung Arman"); one team word alone is not enough ("Relawan Tagana") */
            size_t ne = 0, nn = parse_name(t, p, a, k, &ne);
            if (nn) {
                int i = person_add(t, a, k, nn);
                if (i >= 0) t->persons[i].candidate = 1;
                if (add_hit(a, ls->out_person, (uint32_t)k, (uint32_t)ne)) return -1;
                /* ... and the group is a campaign team ("wajib masuk relawan Sahabat Umbu Data") */
                if (ls->teams && add_hit(a, ls->teams, (uint32_t)(k - 2), (uint32_t)ne)) return -1;
                *named_here = 1;
                if (i >= 0 && i != t->salient) t->prev_salient = t->salient;
                if (i >= 0) t->salient = i;
                k = ne + 1;
                continue;
            }
        }
        if (!n && norm_is(a, k, "partai") && k + 1 < a->ntoks && same_sentence(a, k, k + 1) &&
            !gap_has(p, a, k, ",.;:()") && !consignment(a, k)) {
            /* a party by its shape: "Partai" and a capitalised name ("Partai Karya Bangsa") */
            size_t pe = 0, pn = parse_name(t, p, a, k + 1, &pe);
            if (pn) {
                if (add_hit(a, ls->out_person, (uint32_t)k, (uint32_t)pe)) return -1;
                *named_here = 1;
                k = pe + 1;
                continue;
            }
        }
        if (!n) {
            /* a bare later mention of a known candidate's name word */
            int c = !titled ? candidate_word(t, a, k) : -1;
            if (c >= 0 && (a->toks[k].flags & NT_TOK_CAPITAL) &&
                !(t->mask[k] & (B_STAFF | B_NOTNAME))) {
                size_t e2 = k;
                while (e2 + 1 < a->ntoks && candidate_word(t, a, e2 + 1) == c &&
                       same_sentence(a, k, e2 + 1))
                    e2++;
                if (add_hit(a, ls->out_person, (uint32_t)k, (uint32_t)e2)) return -1;
                *named_here = 1;
                t->salient = c;
                k = e2 + 1;
                continue;
            }
            k++;
            continue;
        }
        /* a second name joined by "dan" (spoken: "sama"), "&", "-" or "/": a pair; academic
         * degrees after a comma come between ("Ibu dr. Hj. Rina Marlina, Sp.A. dan Bapak ...") */
        size_t pend = end, p2 = 0, e2 = 0, je = end;
        if (gap_has(p, a, end, ","))
            for (size_t k2 = end + 1; k2 < a->ntoks && k2 <= end + 6 && a->toks[k2].norm_len <= 4 &&
                                      gap_has(p, a, k2, ".");
                 k2++)
                je = k2;
        int joined = je + 1 < a->ntoks && (norm_is(a, je + 1, "dan") || norm_is(a, je + 1, "sama"));
        if (je + 1 < a->ntoks && same_sentence(a, je, je + 1) && (joined || gap_dash(p, a, je))) {
            size_t b = joined ? je + 2 : je + 1;
            if (b < a->ntoks) {
                size_t bn = skip_titles(t, p, a, b);
                if (bn < a->ntoks && same_sentence(a, start, bn)) p2 = parse_name(t, p, a, bn, &e2);
                if (p2) pend = e2;
            }
        }
        int pi = person_add(t, a, nstart, n);
        int qi = p2 ? person_add(t, a, e2 + 1 - p2, p2) : -1;
        /* "pasangan Yudi dan Maria", "duet Dahlan-Fitri": a pair named as such */
        int cand = candidacy(t, a, start, pend, p2 > 0) || ((t->mask[start] & B_PAIRHEAD) && p2) ||
                   voted_for(t, a, start, pend, elect, p2 > 0) || (p2 && ballot_after(a, pend)) ||
                   (titled && (ballot_before(a, start) || (!p2 && ballot_seat_after(a, pend))));
        int known = (pi >= 0 && t->persons[pi].candidate) || (qi >= 0 && t->persons[qi].candidate);
        if (cand) {
            if (pi >= 0) t->persons[pi].candidate = 1;
            if (qi >= 0) t->persons[qi].candidate = 1;
        }
        if (!cand && !known) {
            /* "Ibu Dewi" after "Ibu Dewi Anggraini, calon ...": a known candidate's first or last name */
            int c = candidate_word_x(t, a, nstart, 1);
            if (c < 0 && n > 1) c = candidate_word(t, a, end);
            if (c >= 0) {
                known = 1;
                pi = c;
            }
        }
        if (cand || known) {
            if (add_hit(a, ls->out_person, (uint32_t)start, (uint32_t)pend)) return -1;
            *named_here = 1;
        } else {
            if (pi >= 0) t->persons[pi].plain = 1;
            if (qi >= 0) t->persons[qi].plain = 1;
        }
        /* the last person mentioned: a candidate or not ("beliau" then points at them) */
        int ns = qi >= 0 ? qi : pi;
        if (qi >= 0 && pi >= 0)
            t->prev_salient = pi;
        else if (ns != t->salient)
            t->prev_salient = t->salient;
        t->salient = ns;
        k = pend + 1;
    }
    return 0;
}

/* ---- Anaphora: beliau, yang bersangkutan, pasangan tersebut ------------------------------------- */
/* "beliau terpilih kembali", "dukung keduanya", "agar beliau maju lagi": an anaphor with a term of
 * office, a candidacy predicate or a vote for it makes the person it points at a candidate. */
static int anaphor_candidacy(const nt_targets *t, const nt_analysis *a, const nt_hit *h) {
    for (size_t k = h->last + 1; k < a->ntoks && k <= h->last + 6; k++) {
        if (!same_sentence(a, k, h->last)) break;
        if (t->mask[k] & (B_TERM | B_PRED)) return 1;
    }
    for (size_t k = h->first >= 3 ? h->first - 3 : 0; k < h->first; k++)
        if (same_sentence(a, k, h->first) && (t->mask[k] & (B_VOTE | B_SUPP))) return 1;
    /* "tim relawan beliau", "pendukung beliau", "kunjungan kampanye beliau": a person with a
     * campaign team or a campaign of their own runs ("sahabat beliau" is a friend) */
    if (h->first > 0 && same_sentence(a, h->first - 1, h->first) &&
        (((t->mask[h->first - 1] & B_TEAMREF) && !norm_is(a, h->first - 1, "sahabat")) ||
         norm_is(a, h->first - 1, "kampanye")))
        return 1;
    return 0;
}

static int emit_anaphora(nt_targets *t, const nt_target_lists *ls, nt_analysis *a, size_t nhits0) {
    if (!ls->out_anaphor) return 0;
    for (size_t i = 0; i < nhits0 && t->salient >= 0; i++) {
        const nt_hit *h = &a->hits[i];
        if (ls->anaphora && h->list == ls->anaphora && !t->persons[t->salient].candidate &&
            anaphor_candidacy(t, a, h)) {
            t->persons[t->salient].candidate = 1;
            /* "keduanya", "kedua beliau": the two people named last */
            if (t->prev_salient >= 0 &&
                (norm_is(a, h->first, "keduanya") || norm_is(a, h->first, "kedua")))
                t->persons[t->prev_salient].candidate = 1;
        }
    }
    int salient = t->salient >= 0 && t->persons[t->salient].candidate;
    for (size_t i = 0; i < nhits0 && t->salient >= 0 && !salient; i++)
        if (ls->anaphora && a->hits[i].list == ls->anaphora) t->persons[t->salient].plain = 1;
    int any = t->strong_seen || nt_targets_known(t) > 0;
    for (size_t i = 0; i < nhits0; i++) {
        const nt_hit *h = &a->hits[i];
        /* "beliau" points at the person last named, "pasangan tersebut" at any candidate named */
        int ok = (ls->anaphora && h->list == ls->anaphora && salient) ||
                 (ls->pair_anaphora && h->list == ls->pair_anaphora && any);
        if (ok && add_hit(a, ls->out_anaphor, h->first, h->last)) return -1;
    }
    return 0;
}

/* ---- Slogans (their shapes are scored in slogans.c) ---------------------------------------- */
static int emit_slogans(nt_targets *t, const nt_target_lists *ls, const nt_para *p, nt_analysis *a,
                        size_t nhits0) {
    if (!ls->out_slogan) return 0;
    for (size_t k = 0; k < a->ntoks; k++) {
        int who = -1;
        if ((a->toks[k].flags & NT_TOK_HASHTAG) && nt_slogan_hashtag(t, p, &a->toks[k], &who)) {
            if (add_hit(a, ls->out_slogan, (uint32_t)k, (uint32_t)k)) return -1;
        } else if (a->toks[k].flags & NT_TOK_MENTION) {
            size_t e = nt_slogan_handle(t, p, a, k, &who);
            if (e > k && add_hit(a, ls->out_slogan, (uint32_t)k, (uint32_t)e)) return -1;
        } else if ((a->toks[k].flags & NT_TOK_QUOTED) &&
                   (k == 0 || !(a->toks[k - 1].flags & NT_TOK_QUOTED))) {
            size_t e = nt_slogan_quoted(t, a, k, &who);
            if (e > k && add_hit(a, ls->out_slogan, (uint32_t)k, (uint32_t)e)) return -1;
            if (e > k) k = e;
        }
        /* "#YusranLanjut", "@widya.lanjutkan": the person the slogan is for runs */
        if (who >= 0) t->persons[who].candidate = 1;
    }
    /* a slogan word in quotes, or followed closely by a named candidate. The person hits were
     * appended after nhits0 in token order, and the lexicon's hits are sorted by first token:
     * one pass over both (a paragraph of millions of words stays linear). */
    size_t nall = a->nhits, j = nhits0;
    for (size_t i = 0; i < nhits0; i++) {
        const nt_hit *h = &a->hits[i];
        if (h->list != ls->slogan_words) continue;
        int ok = (a->toks[h->first].flags & NT_TOK_QUOTED) != 0;
        while (j < nall && (a->hits[j].list != ls->out_person || a->hits[j].first <= h->last)) j++;
        if (!ok && j < nall && a->hits[j].first <= h->last + 3) ok = 1;
        if (ok && add_hit(a, ls->out_slogan, h->first, h->last)) return -1;
    }
    return 0;
}

/* ---- The paragraph ---------------------------------------------------------------------------- */
/* One look at the tokens: hashtags, initials ("H."), "partai". */
enum { T_HASHTAG = 1, T_INITIAL = 2, T_PARTAI = 4 };
static unsigned token_traits(const nt_analysis *a) {
    unsigned r = 0;
    for (size_t k = 0; k < a->ntoks; k++) {
        const nt_token *tk = &a->toks[k];
        /* hashtags, handles and quotations: where slogans are written */
        if (tk->flags & (NT_TOK_HASHTAG | NT_TOK_MENTION | NT_TOK_QUOTED)) r |= T_HASHTAG;
        if (tk->norm_len == 1 && (tk->flags & NT_TOK_CAPITAL))
            r |= T_INITIAL;
        else if (tk->norm_len == 6 && memcmp(a->strings + tk->norm, "partai", 6) == 0)
            r |= T_PARTAI;
    }
    return r;
}

/* Anything for the people pass: a title or pair head, a known candidate, "partai", a dash pair. */
static int people_possible(const nt_targets *t, uint32_t all, unsigned traits) {
    if (all & (B_TITLE | B_PAIRHEAD)) return 1;
    if (traits & (T_INITIAL | T_PARTAI)) return 1;
    if (nt_targets_known(t)) return 1;
    /* a dash pair with its context */
    return (all & (B_PRED | B_REF | B_STRONG | B_TERM | B_TEAMREF)) != 0;
}

int nt_targets_paragraph(nt_targets *t, const nt_target_lists *ls, const nt_para *p,
                         nt_analysis *a) {
    int64_t all = build_mask(t, ls, a);
    if (all < 0) return -1;
    size_t nhits0 = a->nhits;
    int named = 0;
    unsigned traits = token_traits(a);
    if (people_possible(t, (uint32_t)all, traits) && emit_people(t, ls, p, a, &named)) return -1;
    if ((t->salient >= 0 || t->strong_seen) && emit_anaphora(t, ls, a, nhits0)) return -1;
    if (((traits & T_HASHTAG) || (all & B_SLOGAN)) && emit_slogans(t, ls, p, a, nhits0)) return -1;
    /* "hadir pada deklarasi tersebut" after "... akan menggelar deklarasi dukungan ...": the event
     * named before, as a frame_events hit */
    for (size_t i = 0; t->event_seen && ls->event_anaphora && ls->events && i < nhits0; i++)
        if (a->hits[i].list == ls->event_anaphora &&
            add_hit(a, ls->events, a->hits[i].first, a->hits[i].last))
            return -1;
    nt_frames_update(t, ls, p, a, named, (uint32_t)all);
    if ((all & B_STRONG) || named) t->strong_seen = 1;
    if (a->ntoks) t->elect_before = (all & B_ELECT) != 0;
    if (a->ntoks && t->cur.src) {
        if (t->cur.event && add_hit(a, ls->out_fevent, 0, 0)) return -1;
        if (t->cur.target && add_hit(a, ls->out_ftarget, 0, 0)) return -1;
    }
    if (a->ntoks && (t->office_cur & OF_PROG) && add_hit(a, ls->out_fprog, 0, 0)) return -1;
    if (a->ntoks && (t->office_cur & OF_CHAN) && add_hit(a, ls->out_fchan, 0, 0)) return -1;
    if (a->nhits != nhits0) qsort(a->hits, a->nhits, sizeof *a->hits, cmp_hit);
    return 0;
}
