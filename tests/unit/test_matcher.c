/* test_matcher.c - list entries found in paragraphs the way a rule author expects: stemmed,
 * de-obfuscated, every occurrence, overlapping, in several lists, plus the context cues. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text.h"

enum { L_VOTE, L_CAND, L_PROHIB, L_NUMREF, L_EXACT, L_SUPPORT, L_NEG };

static nt_lexicon *lx;
static nt_analysis a;
static const char *cur;

static void run(const char *text) {
    cur = text;
    CHECK_INT(nt_analyze(lx, text, strlen(text), &a), 0);
}

static int hits_of(uint32_t list) {
    int n = 0;
    for (size_t i = 0; i < a.nhits; i++) n += a.hits[i].list == list;
    return n;
}

static const nt_hit *first_hit(uint32_t list) {
    for (size_t i = 0; i < a.nhits; i++)
        if (a.hits[i].list == list) return &a.hits[i];
    return NULL;
}

static const nt_hit *hit_of_phrase(uint32_t phrase) {
    for (size_t i = 0; i < a.nhits; i++)
        if (a.hits[i].phrase == phrase) return &a.hits[i];
    return NULL;
}

/* The paragraph text a hit covers, from its first token's start to its last token's end. */
static const char *hit_text(const nt_hit *h) {
    static char buf[256];
    if (!h) return "(no hit)";
    uint32_t s = a.toks[h->first].start, e = a.toks[h->last].end;
    snprintf(buf, sizeof buf, "%.*s", (int)(e - s), cur + s);
    return buf;
}

static void build(void) {
    lx = nt_lexicon_new();
    CHECK_INT(nt_lexicon_add_root(lx, "menang"), 0);
    CHECK(nt_lexicon_add_phrase(lx, "pilih", L_VOTE, 0) == 0);
    CHECK(nt_lexicon_add_phrase(lx, "coblos", L_VOTE, 0) == 1);
    CHECK(nt_lexicon_add_phrase(lx, "sukses", L_VOTE, 0) == 2);
    CHECK(nt_lexicon_add_phrase(lx, "pasangan calon", L_CAND, 0) == 3);
    CHECK(nt_lexicon_add_phrase(lx, "paslon", L_CAND, 0) == 4);
    CHECK(nt_lexicon_add_phrase(lx, "dilarang", L_PROHIB, 0) == 5);
    CHECK(nt_lexicon_add_phrase(lx, "tidak boleh", L_PROHIB, 0) == 6);
    CHECK(nt_lexicon_add_phrase(lx, "nomor urut #num", L_NUMREF, 0) == 7);
    CHECK(nt_lexicon_add_phrase(lx, "paslon #num", L_NUMREF, 0) == 8);
    CHECK(nt_lexicon_add_phrase(lx, "=pilihan", L_EXACT, 0) == 9);
    CHECK(nt_lexicon_add_phrase(lx, "dukung", L_SUPPORT, 0) == 10);
    CHECK(nt_lexicon_add_phrase(lx, "kampanye", L_SUPPORT, 0) == 11);
    CHECK(nt_lexicon_add_phrase(lx, "menang", L_SUPPORT, 0) == 12);
    CHECK(nt_lexicon_add_phrase(lx, "pasangan calon nomor urut 02", L_SUPPORT, 0) == 13);
    CHECK(nt_lexicon_add_phrase(lx, "coblos", L_SUPPORT, 0) == 14); /* same phrase, second list */
    CHECK(nt_lexicon_add_phrase(lx, "tidak", L_NEG, 0) == 15);
    CHECK(nt_lexicon_add_phrase(lx, "pilih", L_VOTE, 0) == 0);   /* a repeat is the same phrase */
    CHECK(nt_lexicon_add_phrase(lx, " ...  ", L_VOTE, 0) == -1); /* no words */
    CHECK(nt_lexicon_add_phrase(lx, "pasangan calon", L_CAND, NT_PHRASE_EXACT) == 16);
    CHECK_INT(nt_lexicon_phrase_count(lx), 17);
    CHECK_INT(nt_lexicon_phrase_list(lx, 13), L_SUPPORT);
    CHECK_INT(nt_lexicon_compile(lx), 0);
    CHECK_INT(nt_lexicon_phrase_words(lx, 13), 5);
    CHECK_INT(nt_lexicon_phrase_words(lx, 7), 3);
    CHECK(nt_lexicon_add_phrase(lx, "terlambat", L_VOTE, 0) == -1); /* compiled: read-only */
}

static void test_stemmed_entries(void) {
    run("Mendukung, didukung, dukungan, pendukung dan dukungannya.");
    CHECK_INT(hits_of(L_SUPPORT), 5);
    run("Mari kita menyukseskan dan memenangkan pasangan calon ini.");
    CHECK_INT(hits_of(L_VOTE), 1);
    CHECK_STR(hit_text(first_hit(L_VOTE)), "menyukseskan");
    CHECK_INT(hits_of(L_SUPPORT), 1);
    CHECK_STR(hit_text(first_hit(L_SUPPORT)), "memenangkan");
    CHECK_STR(hit_text(first_hit(L_CAND)), "pasangan calon");
    run("Pemilu serentak diselenggarakan KPU.");
    CHECK_INT(a.nhits, 0);
}

static void test_obfuscated_and_spaced(void) {
    run("Ayo c0blos dan p!lih, k a m p a n y e bersama, d-u-k-u-n-g PASLON 0 2!");
    CHECK_INT(hits_of(L_VOTE), 2);
    CHECK_STR(hit_text(first_hit(L_VOTE)), "c0blos");
    CHECK_INT(hits_of(L_SUPPORT), 3); /* coblos (second list), kampanye, dukung */
    CHECK_STR(hit_text(first_hit(L_NUMREF)), "PASLON 0 2");
    run("Ikut kam-\npanye akbar pasangan ca-\nlon nomor urut 02.");
    CHECK_STR(hit_text(first_hit(L_SUPPORT)), "kam-\npanye");
    CHECK_STR(hit_text(hit_of_phrase(13)), "pasangan ca-\nlon nomor urut 02");
    CHECK_INT(hits_of(L_SUPPORT), 2);
    CHECK_STR(hit_text(first_hit(L_CAND)), "pasangan ca-\nlon");
}

static void test_numbers_and_exact(void) {
    run("Pasangan calon nomor urut 02 dan nomor urut 3.");
    CHECK_INT(hits_of(L_NUMREF), 2);
    CHECK_INT(hits_of(L_SUPPORT), 1); /* "02" is not "2" or "3" */
    run("Pasangan calon nomor urut 2.");
    CHECK_INT(hits_of(L_SUPPORT), 0);
    run("Nomor urut dua.");
    CHECK_INT(hits_of(L_NUMREF), 0);
    /* "=pilihan" matches the surface form only. */
    run("Pilihan kita jelas, jangan memilih yang lain.");
    CHECK_INT(hits_of(L_EXACT), 1);
    CHECK_INT(hits_of(L_VOTE), 2); /* pilihan and memilih both stem to pilih */
    run("Dipilih rakyat.");
    CHECK_INT(hits_of(L_EXACT), 0);
}

static void test_order_and_overlap(void) {
    run("Pasangan calon nomor urut 02 menang.");
    /* Sorted by first token, longest first; one hit per list; overlapping hits all reported. */
    CHECK_INT(a.nhits, 5);
    CHECK_INT(a.hits[0].first, 0);
    CHECK_INT(a.hits[0].last, 4);
    CHECK_INT(a.hits[0].list, L_SUPPORT);
    CHECK_INT(a.hits[1].first, 0);
    CHECK_INT(a.hits[1].last, 1);
    CHECK_INT(a.hits[2].first, 0);
    CHECK_INT(a.hits[2].last, 1);
    CHECK(a.hits[1].list == L_CAND && a.hits[2].list == L_CAND);
    CHECK(a.hits[1].phrase != a.hits[2].phrase); /* stemmed and exact entries both hit */
    CHECK_INT(a.hits[3].first, 2);
    CHECK_INT(a.hits[3].list, L_NUMREF);
    CHECK_INT(a.hits[4].first, 5);
    int sorted = 1;
    for (size_t i = 1; i < a.nhits; i++)
        if (a.hits[i].first < a.hits[i - 1].first ||
            (a.hits[i].first == a.hits[i - 1].first && a.hits[i].last > a.hits[i - 1].last))
            sorted = 0;
    CHECK(sorted);
    /* A phrase does not run across a sentence boundary. */
    run("Kami pasangan. Calon lain.");
    CHECK_INT(hits_of(L_CAND), 0);
}

static void test_cues(void) {
    run("ASN dilarang mencoblos pasangan calon tertentu. Ayo coblos pasangan calon kita!");
    const nt_hit *v = first_hit(L_VOTE);
    CHECK(v != NULL);
    CHECK(nt_cue_before(&a, L_PROHIB, v->first, 0));
    CHECK(nt_cue_before(&a, L_PROHIB, v->first, 1));
    CHECK(!nt_cue_before(&a, L_PROHIB, v->first + 1, 1)); /* window of one token */
    CHECK(nt_cue_in_sentence(&a, L_PROHIB, 0));
    /* The second call to vote, in the next sentence, has no prohibition before it. */
    uint32_t second = 0;
    for (size_t i = 0; i < a.nhits; i++)
        if (a.hits[i].list == L_VOTE && a.toks[a.hits[i].first].sentence == 1)
            second = a.hits[i].first;
    CHECK(second > 0);
    CHECK(!nt_cue_before(&a, L_PROHIB, second, 0));
    CHECK(!nt_cue_in_sentence(&a, L_PROHIB, 1));
    run("Pegawai tidak boleh memilih pasangan calon saat jam kerja.");
    v = first_hit(L_VOTE);
    CHECK(nt_cue_before(&a, L_PROHIB, v->first, 3));
    CHECK(nt_cue_before(&a, L_NEG, v->first, 3));
    /* A cue after the hit does not count; out-of-range arguments are harmless. */
    run("Coblos paslon, itu dilarang.");
    CHECK(!nt_cue_before(&a, L_PROHIB, first_hit(L_VOTE)->first, 0));
    CHECK(nt_cue_in_sentence(&a, L_PROHIB, 0));
    CHECK(!nt_cue_before(&a, L_PROHIB, 9999, 0));
    CHECK(!nt_cue_in_sentence(&a, L_PROHIB, 9999));
}

static void test_reuse_and_empty(void) {
    /* One nt_analysis serves many paragraphs; an empty lexicon finds nothing. */
    nt_lexicon *empty = nt_lexicon_new();
    CHECK_INT(nt_lexicon_compile(empty), 0);
    run("Coblos paslon 02.");
    CHECK(a.nhits > 0);
    CHECK_INT(nt_analyze(empty, "Coblos paslon 02.", 17, &a), 0);
    CHECK_INT(a.nhits, 0);
    CHECK_INT(a.ntoks, 3);
    CHECK_INT(nt_analyze(lx, "", 0, &a), 0);
    CHECK_INT(a.ntoks + a.nhits + a.nsents, 0);
    nt_lexicon_free(empty);
}

int main(void) {
    nt_analysis_init(&a);
    build();
    test_stemmed_entries();
    test_obfuscated_and_spaced();
    test_numbers_and_exact();
    test_order_and_overlap();
    test_cues();
    test_reuse_and_empty();
    nt_analysis_free(&a);
    nt_lexicon_free(lx);
    return tap_done();
}
