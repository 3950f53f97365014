/* test_text.c - what the rules see of a paragraph: normalised words (case, accents, Unicode
 * punctuation, obfuscation, spaced letters, joins), byte offsets, flags, sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text.h"

static nt_analysis a;
static const char *cur;

static void norm_is(const char *text, const char *want) {
    char *got = nt_normalize(text, strlen(text));
    if (!got || strcmp(got, want) != 0) fprintf(stderr, "# input: %s\n", text);
    CHECK_STR(got ? got : "(null)", want);
    free(got);
}

static void run(const nt_lexicon *lx, const char *text) {
    cur = text;
    CHECK_INT(nt_analyze(lx, text, strlen(text), &a), 0);
}

static char sbuf[256];
static const char *surface(size_t k) {
    size_t n = a.toks[k].end - a.toks[k].start;
    if (n >= sizeof sbuf) n = sizeof sbuf - 1;
    memcpy(sbuf, cur + a.toks[k].start, n);
    sbuf[n] = 0;
    return sbuf;
}

static char nbuf[256];
static const char *norm(size_t k) {
    snprintf(nbuf, sizeof nbuf, "%.*s", (int)a.toks[k].norm_len, a.strings + a.toks[k].norm);
    return nbuf;
}

static const char *sentence_text(size_t s) {
    snprintf(sbuf, sizeof sbuf, "%.*s", (int)(a.sents[s].end - a.sents[s].start),
             cur + a.sents[s].start);
    return sbuf;
}

static void test_case_and_unicode(void) {
    norm_is("MARI Dukung Paslon", "mari dukung paslon");
    norm_is("Ségolène ÇAMLIBEL Şükrü Łódź ÆSIR straße",
            "segolene camlibel sukru lodz aesir strasse");
    /* NBSP, thin/ideographic spaces, em/en dashes and curly quotes separate words. */
    norm_is("pasangan\xC2\xA0"
            "calon\xE2\x80\x89nomor\xE3\x80\x80urut",
            "pasangan calon nomor urut");
    norm_is("kampanye\xE2\x80\x94"
            "akbar\xE2\x80\x93"
            "besok",
            "kampanye akbar besok");
    norm_is("\xE2\x80\x9C"
            "Dukung\xE2\x80\x9D kami",
            "dukung kami");
    /* Zero-width characters and soft hyphens inside a word are removed; the word stays one token. */
    norm_is("kam\xE2\x80\x8Bpa\xC2\xADnye dukung\xEF\xBB\xBFlah", "kampanye dukunglah");
    /* Fullwidth letters and Cyrillic look-alikes. */
    norm_is("\xEF\xBC\xA3oblos c\xD0\xBE"
            "blos",
            "coblos coblos");
    /* Invalid UTF-8 is a separator, never a crash. */
    norm_is("dukung\xFF\xFEpaslon\xC3", "dukung paslon");
    norm_is("", "");
}

static void test_obfuscation(void) {
    norm_is("c0blos p1lih p!lih k4mpanye dukun9", "coblos pilih pilih kampanye dukun9");
    norm_is("pem1lu s3rentak m@ri ka$us p|lih", "pemilu serentak mari kasus pilih");
    /* Real numbers and codes are not touched. */
    norm_is("nomor urut 02 tahun 2024 ruang 20A model B2B pukul 14.00",
            "nomor urut 02 tahun 2024 ruang 20a model b2b pukul 14 00");
    norm_is("paslon01 no1 Rp500", "paslon01 no1 rp500");
    run(NULL, "Ayo c0blos 02!");
    CHECK_INT(a.ntoks, 3);
    CHECK_STR(norm(1), "coblos");
    CHECK(a.toks[1].flags & NT_TOK_OBFUSCATED);
    CHECK_STR(surface(1), "c0blos");
    CHECK(a.toks[2].flags & NT_TOK_NUMBER);
    CHECK(!(a.toks[2].flags & NT_TOK_OBFUSCATED));
    /* Digits at a word's edge are letters only when that makes a known word. */
    nt_lexicon *lx = nt_lexicon_new();
    nt_lexicon_add_root(lx, "kampanye");
    nt_lexicon_add_root(lx, "ajak");
    nt_lexicon_compile(lx);
    run(lx, "kampany3 4jakan no1");
    CHECK_STR(norm(0), "kampanye");
    CHECK_STR(norm(1), "ajakan");
    CHECK_STR(norm(2), "no1");
    nt_lexicon_free(lx);
    /* An e-mail address is not an obfuscated word. */
    norm_is("surel: setda@kab.go.id", "surel setda kab go id");
}

static void test_spaced_and_joins(void) {
    norm_is("ayo k a m p a n y e bersama", "ayo kampanye bersama");
    norm_is("d-u-k-u-n-g paslon", "dukung paslon");
    norm_is("c.o.b.l.o.s nomor 2", "coblos nomor 2");
    norm_is("K A M P A N Y E", "kampanye");
    /* Disguised letters inside a spaced word; digits outside letters stay numbers. */
    norm_is("w-a-j-i-b c-0-b-l-o-s pasangan nomor 3", "wajib coblos pasangan nomor 3");
    norm_is("p 1 l i h", "pilih");
    norm_is("kelas 1 a b c", "kelas 1 abc");
    run(NULL, "wajib c-0-b-l-o-s");
    CHECK(a.toks[1].flags & NT_TOK_SPACED);
    CHECK(a.toks[1].flags & NT_TOK_OBFUSCATED);
    CHECK_STR(surface(1), "c-0-b-l-o-s");
    /* Two single letters are not a spaced word; initials keep their dots. */
    norm_is("a b dukung", "a b dukung");
    /* A hyphen at a line break joins the halves; a plain hyphen does not. */
    norm_is("ikut kam-\npanye", "ikut kampanye");
    norm_is("ikut kam- \r\n panye", "ikut kampanye");
    norm_is("pro-rakyat e-mail", "pro rakyat e mail");
    /* Reduplication stays one word. */
    norm_is("anak-anak dukung-mendukung", "anak-anak dukung-mendukung");
    run(NULL, "ikut kam-\npanye");
    CHECK_INT(a.ntoks, 2);
    CHECK_STR(surface(1), "kam-\npanye");
    run(NULL, "mari k a m p a n y e");
    CHECK_INT(a.ntoks, 2);
    CHECK(a.toks[1].flags & NT_TOK_SPACED);
    CHECK_STR(surface(1), "k a m p a n y e");
}

static void test_numbers(void) {
    /* "p!lih 0 2": spaced digits after a word are one number; real sequences are left alone. */
    run(NULL, "p!lih 0 2 sekarang");
    CHECK_INT(a.ntoks, 3);
    CHECK_STR(norm(1), "02");
    CHECK(a.toks[1].flags & NT_TOK_NUMBER);
    CHECK_STR(surface(1), "0 2");
    norm_is("nomor urut 3", "nomor urut 3");
    norm_is("angka 0 2 3", "angka 0 2 3");
    norm_is("angka 1 2", "angka 1 2");
    norm_is("02 dan 2", "02 dan 2");
    run(NULL, "nomor urut 02 dan 2");
    CHECK(a.toks[2].flags & NT_TOK_NUMBER);
    CHECK_STR(norm(2), "02");
    CHECK_STR(norm(4), "2");
}

static void test_flags_and_offsets(void) {
    const char *t = "Pak KADES: \xE2\x80\x9C"
                    "dukung #AMINajaDulu\xE2\x80\x9D lalu follow @akun_resmi.";
    run(NULL, t);
    CHECK_INT(a.ntoks, 8);
    CHECK(a.toks[0].flags & NT_TOK_CAPITAL);
    CHECK(!(a.toks[0].flags & NT_TOK_ALLCAPS));
    CHECK(a.toks[1].flags & NT_TOK_ALLCAPS);
    CHECK(a.toks[2].flags & NT_TOK_QUOTED);
    CHECK_STR(norm(3), "aminajadulu");
    CHECK(a.toks[3].flags & NT_TOK_HASHTAG);
    CHECK(a.toks[3].flags & NT_TOK_QUOTED);
    CHECK_STR(surface(3), "#AMINajaDulu");
    CHECK(!(a.toks[4].flags & NT_TOK_QUOTED));
    CHECK(a.toks[6].flags & NT_TOK_MENTION);
    CHECK_STR(surface(6), "@akun");
    /* Offsets are bytes into the original text, multibyte characters included. */
    run(NULL, "Ségolène mendukung");
    CHECK_INT(a.toks[0].start, 0);
    CHECK_INT(a.toks[0].end, 10);
    CHECK_INT(a.toks[1].start, 11);
    CHECK_STR(surface(1), "mendukung");
}

static void test_sentences(void) {
    run(NULL, "Ir. H. Joko Widodo, S.Pd., M.Si. hadir. Dr. Budi dan dr. Ani datang pukul 14.00 "
              "membawa Rp200.000. Kami pulang!");
    CHECK_INT(a.nsents, 3);
    CHECK_STR(sentence_text(0), "Ir. H. Joko Widodo, S.Pd., M.Si. hadir.");
    CHECK_STR(sentence_text(1), "Dr. Budi dan dr. Ani datang pukul 14.00 membawa Rp200.000.");
    CHECK_STR(sentence_text(2), "Kami pulang!");
    CHECK_INT(a.sents[2].first_tok, a.sents[1].end_tok);
    CHECK_INT(a.sents[2].end_tok, a.ntoks);
    run(NULL, "Kantor di Jl. Merdeka No. 5 Kec. Sukajadi Kab. Bandung Prov. Jawa Barat; buka: "
              "pagi. Sdr. Ahmad hadir?ya");
    CHECK_INT(a.nsents, 3);
    CHECK_STR(
        sentence_text(0),
        "Kantor di Jl. Merdeka No. 5 Kec. Sukajadi Kab. Bandung Prov. Jawa Barat; buka: pagi.");
    CHECK_STR(sentence_text(1), "Sdr. Ahmad hadir?");
    /* Line breaks end sentences; acronyms at a sentence end do not glue sentences together. */
    run(NULL, "Rapat dengan ASN. Mari dukung\nPaslon nomor 2");
    CHECK_INT(a.nsents, 3);
    CHECK_INT(a.toks[2].sentence, 0);
    CHECK_INT(a.toks[3].sentence, 1);
    CHECK_INT(a.toks[5].sentence, 2);
    /* Letter signatures and lists: "NIP. 1977...", "Km. 3", "1. Bulan ..." stay whole. */
    run(NULL, "NIP. 19770309 200312 1 005");
    CHECK_INT(a.nsents, 1);
    run(NULL, "Jl. Ilalang Raya Km. 3 Padang Ilalang");
    CHECK_INT(a.nsents, 1);
    run(NULL, "1. Bulan Juni ditetapkan sebagai bulan kampanye gizi. 2. Desa memasang baliho.");
    CHECK_INT(a.nsents, 2);
    CHECK_STR(sentence_text(0), "1. Bulan Juni ditetapkan sebagai bulan kampanye gizi.");
    /* A quoted exclamation inside a running sentence does not end it. */
    run(NULL, "Ia menulis \xE2\x80\x9CPilih 01, dukung AMIN!\xE2\x80\x9D dan mengajak murid. Lalu "
              "pulang.");
    CHECK_INT(a.nsents, 2);
    run(NULL, "Ia berkata \"Coblos 02!\" Kemudian pergi.");
    CHECK_INT(a.nsents, 2);
    /* ... and one inside a short quotation is the quotation's: the slogan is one sentence with
     * the words around it */
    run(NULL,
        "Masih terpasang stiker bertuliskan \"Lanjutkan! Dua Periode Bersama Pak Harun\" pada "
        "mobil dinas. Stiker dicopot.");
    CHECK_INT(a.nsents, 2);
    run(NULL, "Jum'at ada rapat! Semua hadir.");
    CHECK_INT(a.nsents, 2);
    run(NULL, "   ...   ");
    CHECK_INT(a.ntoks, 0);
    CHECK_INT(a.nsents, 0);
}

static void test_hostile(void) {
    /* Long words, long runs of punctuation and random bytes: no crash, offsets stay in range. */
    size_t n = 200000;
    char *big = malloc(n + 1);
    CHECK(big != NULL);
    for (size_t i = 0; i < n; i++) big[i] = (char)("ab-\xE2\x80 .0@!#\n"[(i * 7919) % 13]);
    big[n] = 0;
    nt_lexicon *lx = nt_lexicon_new();
    nt_lexicon_add_phrase(lx, "ab", 0, 0);
    nt_lexicon_compile(lx);
    CHECK_INT(nt_analyze(lx, big, n, &a), 0);
    int ok = 1;
    for (size_t k = 0; k < a.ntoks; k++)
        if (a.toks[k].start >= a.toks[k].end || a.toks[k].end > n) ok = 0;
    CHECK(ok);
    memset(big, 'a', n);
    CHECK_INT(nt_analyze(lx, big, n, &a), 0);
    CHECK_INT(a.ntoks, 1);
    free(big);
    nt_lexicon_free(lx);
}

/* The per-analysis stem cache must be invisible: an analysis reused over many paragraphs (more
 * distinct words than the cache holds, so entries collide and are replaced) gives the same tokens,
 * stems and hits as a fresh analysis; and a second lexicon never sees the first one's stems. */
static int same_analysis(const nt_analysis *x, const nt_analysis *y) {
    if (x->ntoks != y->ntoks || x->nhits != y->nhits) return 0;
    for (size_t k = 0; k < x->ntoks; k++) {
        const nt_token *p = &x->toks[k], *q = &y->toks[k];
        if (p->stem_len != q->stem_len ||
            memcmp(x->strings + p->stem, y->strings + q->stem, p->stem_len) != 0)
            return 0;
    }
    for (size_t k = 0; k < x->nhits; k++)
        if (x->hits[k].phrase != y->hits[k].phrase || x->hits[k].first != y->hits[k].first)
            return 0;
    return 1;
}

static nt_lexicon *small_lexicon(const char *phrase) {
    nt_lexicon *lx = nt_lexicon_new();
    nt_lexicon_add_root(lx, "pilih");
    nt_lexicon_add_phrase(lx, phrase, 1, 0);
    nt_lexicon_add_phrase(lx, "=pilihan", 2, 0);
    nt_lexicon_compile(lx);
    return lx;
}

static void test_stem_cache(void) {
    nt_lexicon *lx = small_lexicon("dukung");
    nt_analysis warm;
    nt_analysis_init(&warm);
    char text[512];
    int same = 1, hits = 0;
    for (int i = 0; i < 3000 && same; i++) {
        snprintf(text, sizeof text,
                 "Mendukung pilihan kata%dx dukungan%dx memilih didukung ke%dan pendukungnya %d.",
                 i, i % 97, i * 7, i);
        nt_analysis fresh;
        nt_analysis_init(&fresh);
        CHECK_INT(nt_analyze(lx, text, strlen(text), &warm), 0);
        CHECK_INT(nt_analyze(lx, text, strlen(text), &fresh), 0);
        same = same_analysis(&warm, &fresh);
        hits += (int)warm.nhits;
        nt_analysis_free(&fresh);
    }
    CHECK(same);
    CHECK_INT(hits, 3000 * 4); /* mendukung, pilihan (exact), didukung, pendukungnya */
    /* A new lexicon where "dukung" is not a phrase: the warm cache must not keep the old symbols. */
    nt_lexicon_free(lx);
    lx = small_lexicon("coblos");
    CHECK_INT(nt_analyze(lx, "Mendukung pilihan.", 18, &warm), 0);
    CHECK_INT(warm.nhits, 1);
    nt_analysis_free(&warm);
    nt_lexicon_free(lx);
}

int main(void) {
    nt_analysis_init(&a);
    test_case_and_unicode();
    test_obfuscation();
    test_spaced_and_joins();
    test_numbers();
    test_flags_and_offsets();
    test_sentences();
    test_hostile();
    test_stem_cache();
    nt_analysis_free(&a);
    return tap_done();
}
