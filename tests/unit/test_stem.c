/* test_stem.c - the Indonesian affix stripper as a rule author sees it: inflected forms of a list
 * word reduce to that word, and words that are not roots come out untouched. */
#include <stdio.h>
#include <string.h>

#include "tap.h"
#include "text.h"

static nt_lexicon *lx;

static const char *stem(const char *w) {
    static char out[128];
    size_t n = nt_stem(lx, w, strlen(w), out, sizeof out - 1);
    out[n] = 0;
    return out;
}

static void stems_to(const char *root, const char *const *words) {
    for (; *words; words++) {
        const char *got = stem(*words);
        if (strcmp(got, root) != 0) fprintf(stderr, "# %s -> %s (want %s)\n", *words, got, root);
        CHECK_STR(got, root);
    }
}

int main(void) {
    lx = nt_lexicon_new();
    CHECK(lx != NULL);
    static const char *const roots[] = {
        "dukung", "sukses", "pilih",  "menang", "kampanye", "coblos", "bagi",  "ajak",   "sebar",
        "ikut",   "hadir",  "pasang", "guna",   "anak",     "juang",  "baik",  "tolong", "pakai",
        "kirim",  "cat",    "satu",   "ajar",   "kerja",    "hasil",  "punya", "daya",   NULL};
    for (size_t i = 0; roots[i]; i++) CHECK_INT(nt_lexicon_add_root(lx, roots[i]), 0);

    /* The examples. */
    stems_to("dukung",
             (const char *const[]){"dukung", "mendukung", "didukung", "dukungan", "pendukung",
                                   "dukungannya", "dukunglah", "pendukungnya", NULL});
    stems_to("sukses", (const char *const[]){"menyukseskan", "kesuksesan", "sukseskan", NULL});
    stems_to("pilih", (const char *const[]){"memilih", "pemilih", "dipilih", "terpilih", "pilihan",
                                            "pilihlah", "pilihannya", "pemilihan", NULL});
    stems_to("menang",
             (const char *const[]){"memenangkan", "kemenangan", "pemenangan", "pemenang", NULL});
    stems_to("kampanye", (const char *const[]){"berkampanye", "kampanyenya", "kampanyekan", NULL});
    stems_to("coblos", (const char *const[]){"mencoblos", "dicoblos", "coblosan", NULL});
    stems_to("bagi", (const char *const[]){"membagikan", "dibagikan", "pembagian", NULL});
    stems_to("ajak", (const char *const[]){"mengajak", "ajakan", "diajak", NULL});
    stems_to("sebar", (const char *const[]){"menyebarkan", "penyebaran", "disebarkan", NULL});
    stems_to("ikut", (const char *const[]){"mengikuti", "diikuti", "pengikut", NULL});
    stems_to("hadir", (const char *const[]){"menghadiri", "kehadiran", "dihadiri", NULL});
    stems_to("pasang", (const char *const[]){"memasang", "pemasangan", "dipasang", NULL});
    stems_to("guna", (const char *const[]){"menggunakan", "penggunaan", "digunakan", NULL});
    /* Two prefix layers and the remaining nasal/prefix forms. */
    stems_to("juang", (const char *const[]){"memperjuangkan", "diperjuangkan", "perjuangan", NULL});
    stems_to("baik", (const char *const[]){"memperbaiki", "diperbaiki", "perbaikan", NULL});
    stems_to("tolong", (const char *const[]){"menolong", "pertolongan", NULL});
    stems_to("pakai", (const char *const[]){"memakai", "pemakaian", NULL});
    stems_to("kirim", (const char *const[]){"mengirim", "pengiriman", NULL});
    stems_to("cat", (const char *const[]){"mengecat", NULL});
    stems_to("satu", (const char *const[]){"mempersatukan", "bersatu", "persatuan", NULL});
    stems_to("ajar", (const char *const[]){"belajar", "pelajaran", NULL});
    stems_to("kerja", (const char *const[]){"bekerja", "pekerjaan", NULL});
    stems_to("hasil", (const char *const[]){"keberhasilan", "berhasil", NULL});
    stems_to("punya", (const char *const[]){"mempunyai", NULL});
    stems_to("daya", (const char *const[]){"pemberdayaan", NULL});
    /* Reduplication. */
    stems_to("anak", (const char *const[]){"anak-anak", "anak2", "anak-anaknya", NULL});
    stems_to("dukung", (const char *const[]){"dukung-mendukung", NULL});
    stems_to("pilih", (const char *const[]){"memilih-milih", "pilih-pilih", NULL});
    stems_to("tolong", (const char *const[]){"tolong-menolong", NULL});

    /* Seen in real memos with a large vocabulary: a look-alike affix over another list word. */
    static const char *const traps[] = {"anggaran", "serta", "kas",   "pada",  "aja",    "tangan",
                                        "bus",      "sebut", "hadap", "gawai", "angkat", "belum",
                                        "ikut",     "tas",   "tetap", "janji", NULL};
    for (size_t i = 0; traps[i]; i++) CHECK_INT(nt_lexicon_add_root(lx, traps[i]), 0);
    stems_to("pelanggaran", (const char *const[]){"pelanggaran", NULL}); /* violation, not budget */
    stems_to("peserta", (const char *const[]){"peserta", NULL});
    stems_to("beserta", (const char *const[]){"beserta", NULL});
    stems_to("berkas", (const char *const[]){"berkas", NULL});
    stems_to("kepada", (const char *const[]){"kepada", NULL});
    stems_to("tersebut", (const char *const[]){"tersebut", NULL});
    stems_to("terhadap", (const char *const[]){"terhadap", NULL});
    stems_to("pegawai", (const char *const[]){"pegawai", NULL});
    stems_to("perangkat", (const char *const[]){"perangkat", NULL});
    stems_to("sebelum", (const char *const[]){"sebelum", NULL});
    /* "sebagai berikut" is no "ikut" (to join), a "pentas" no bag, "tetapi" no "tetap" */
    stems_to("berikut", (const char *const[]){"berikut", NULL});
    stems_to("pentas", (const char *const[]){"pentas", NULL});
    stems_to("tetapi", (const char *const[]){"tetapi", NULL});
    stems_to("perjanjian", (const char *const[]){"perjanjian", NULL});
    stems_to("menebus", (const char *const[]){"menebus", NULL});
    stems_to("ajak", (const char *const[]){"ajakan", "ajakannya", NULL});        /* not aja+kan */
    stems_to("menang", (const char *const[]){"pemenangan", "kemenangan", NULL}); /* not tangan */
    stems_to("pasang", (const char *const[]){"pemasangan", NULL});
    stems_to("sebar", (const char *const[]){"disebarkan", "menyebarkan", NULL});
    stems_to("anggaran", (const char *const[]){"anggarannya", NULL});

    /* Words that are not roots are not mangled. */
    stems_to("pemilu", (const char *const[]){"pemilu", NULL});
    stems_to("makan", (const char *const[]){"makan", NULL});
    stems_to("akan", (const char *const[]){"akan", NULL});
    stems_to("ikan", (const char *const[]){"ikan", NULL});
    stems_to("kegiatan", (const char *const[]){"kegiatan", NULL});
    stems_to("pro-rakyat", (const char *const[]){"pro-rakyat", NULL});
    /* ...unless "milu" were a root: the rule is "shortest root reachable", nothing else. */
    CHECK_STR(stem("pembagian"), "bagi");
    /* The shortest root wins when a derived form is itself a root (both sides agree). */
    nt_lexicon *l2 = nt_lexicon_new();
    nt_lexicon_add_root(l2, "pilihan");
    nt_lexicon_add_root(l2, "pilih");
    char out[32];
    size_t n = nt_stem(l2, "pilihan", 7, out, sizeof out);
    CHECK_INT(n, 5);
    CHECK(memcmp(out, "pilih", 5) == 0);
    /* Without roots every word is its own stem; the output never exceeds its capacity. */
    n = nt_stem(NULL, "mendukung", 9, out, sizeof out);
    CHECK_INT(n, 9);
    n = nt_stem(l2, "pilihanmu", 9, out, 3);
    CHECK(n <= 3);
    nt_lexicon_free(l2);
    /* Phrase words become roots: "mendukung" alone as a list entry makes "mendukung" a root. */
    nt_lexicon *l3 = nt_lexicon_new();
    CHECK(nt_lexicon_add_phrase(l3, "sukseskan", 0, 0) >= 0);
    n = nt_stem(l3, "menyukseskan", 12, out, sizeof out);
    out[n] = 0;
    CHECK_STR(out, "sukseskan");
    CHECK(nt_lexicon_add_phrase(l3, "sukses", 0, 0) >= 0);
    n = nt_stem(l3, "menyukseskan", 12, out, sizeof out);
    out[n] = 0;
    CHECK_STR(out, "sukses");
    nt_lexicon_free(l3);

    nt_lexicon_free(lx);
    return tap_done();
}
