/* bench_matcher.c - scan-time benchmark of the text layer: ~5 MB of generated memo-like paragraphs
 * analysed against N and 2N phrases; per-token cost must not depend on the phrase count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text.h"

/* ---- Deterministic generator ---------------------------------------------------------------- */

static uint64_t rng_state = 0x853c49e6748fea9bull;
static uint32_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 11);
}
static uint32_t pick(uint32_t n) { return rnd() % n; }

/* Domain vocabulary: verbs take affixes, the rest appear as they are. */
static const char *const verbs[] = {
    "dukung",  "pilih",  "coblos",  "menang",   "sukses",      "ajak",       "hadir",
    "ikut",    "pasang", "sebar",   "bagi",     "guna",        "kumpul",     "minta",
    "laksana", "tetap",  "tugas",   "kerja",    "layan",       "bantu",      "atur",
    "ingat",   "larang", "langgar", "awas",     "periksa",     "lapor",      "terima",
    "kirim",   "tulis",  "baca",    "isi",      "tanda",       "undang",     "datang",
    "jalan",   "pakai",  "beri",    "bayar",    "jual",        "beli",       "ambil",
    "simpan",  "catat",  "hitung",  "salin",    "tempel",      "cetak",      "copot",
    "siap",    "susun",  "bahas",   "putus",    "tentu",       "tunjuk",     "angkat",
    "ganti",   "pindah", "tolak",   "setuju",   "jaga",        "lindung",    "tindak",
    "urus",    "daftar", "gerak",   "kampanye", "sosialisasi", "koordinasi", "mobilisasi",
    "unggah",  "suka",   "komentar"};
static const char *const words[] = {
    "pegawai",    "aparatur",  "sipil",     "negara",     "asn",        "kepala",      "dinas",
    "kantor",     "bupati",    "gubernur",  "walikota",   "camat",      "lurah",       "desa",
    "kecamatan",  "kabupaten", "provinsi",  "pemerintah", "daerah",     "sekretariat", "bagian",
    "bidang",     "seksi",     "surat",     "edaran",     "nomor",      "tanggal",     "perihal",
    "lampiran",   "sifat",     "penting",   "segera",     "biasa",      "hormat",      "kami",
    "bapak",      "ibu",       "saudara",   "seluruh",    "jajaran",    "staf",        "honorer",
    "tenaga",     "kontrak",   "guru",      "sekolah",    "puskesmas",  "rumah",       "sakit",
    "anggaran",   "belanja",   "kendaraan", "mobil",      "motor",      "gedung",      "aula",
    "ruang",      "fasilitas", "jam",       "hari",       "minggu",     "senin",       "selasa",
    "rabu",       "kamis",     "jumat",     "sabtu",      "januari",    "februari",    "maret",
    "tahun",      "pemilu",    "umum",      "pilkada",    "presiden",   "wakil",       "calon",
    "pasangan",   "partai",    "politik",   "tim",        "relawan",    "spanduk",     "baliho",
    "stiker",     "kaos",      "atribut",   "alat",       "peraga",     "media",       "sosial",
    "akun",       "grup",      "whatsapp",  "instagram",  "facebook",   "tiktok",      "foto",
    "profil",     "twibbon",   "uang",      "transport",  "amplop",     "sembako",     "hadiah",
    "kupon",      "ktp",       "fotokopi",  "suara",      "tps",        "kpps",        "panwas",
    "bawaslu",    "kpu",       "saksi",     "petugas",    "logistik",   "cuti",        "libur",
    "hak",        "bilik",     "rahasia",   "jujur",      "adil",       "langsung",    "bebas",
    "netralitas", "paslon",    "rakyat",    "warga",      "masyarakat", "kegiatan",    "acara",
    "rapat",      "apel",      "pagi",      "siang",      "sore",       "malam",       "lokasi",
    "lapangan",   "balai",     "kota",      "jalan",      "raya",       "program",     "bantuan",
    "sosial",     "keluarga",  "anak"};
static const char *const glue[] = {
    "dan",     "atau",  "yang",     "di",      "ke",     "dari",     "untuk",    "dengan",
    "pada",    "dalam", "oleh",     "agar",    "supaya", "karena",   "sebagai",  "bahwa",
    "ini",     "itu",   "tersebut", "serta",   "juga",   "akan",     "telah",    "sudah",
    "belum",   "tidak", "bukan",    "harus",   "wajib",  "dapat",    "boleh",    "perlu",
    "mohon",   "kita",  "para",     "semua",   "setiap", "tersebut", "demikian", "sehingga",
    "apabila", "jika",  "kepada",   "terhadap"};
#define COUNT(x) (sizeof(x) / sizeof((x)[0]))

static void put(char **p, const char *s) {
    size_t n = strlen(s);
    memcpy(*p, s, n);
    *p += n;
}

/* me-/pe- with the nasal that Indonesian puts before the root's first letter. */
static void put_nasal(char **p, const char *pre, const char *root) {
    char c = root[0];
    put(p, pre);
    if (c == 'p') {
        put(p, "m");
        put(p, root + 1);
    } else if (c == 't') {
        put(p, "n");
        put(p, root + 1);
    } else if (c == 'k') {
        put(p, "ng");
        put(p, root + 1);
    } else if (c == 's') {
        put(p, "ny");
        put(p, root + 1);
    } else if (strchr("bfv", c)) {
        put(p, "m");
        put(p, root);
    } else if (strchr("cdjz", c)) {
        put(p, "n");
        put(p, root);
    } else if (strchr("ghaeiou", c)) {
        put(p, "ng");
        put(p, root);
    } else
        put(p, root);
}

static void put_verb(char **p) {
    const char *v = verbs[pick(COUNT(verbs))];
    switch (pick(9)) {
    case 0: put(p, v); break;
    case 1:
        put(p, "di");
        put(p, v);
        break;
    case 2: put_nasal(p, "me", v); break;
    case 3:
        put_nasal(p, "me", v);
        put(p, "kan");
        break;
    case 4:
        put(p, "di");
        put(p, v);
        put(p, "kan");
        break;
    case 5:
        put_nasal(p, "pe", v);
        put(p, "an");
        break;
    case 6:
        put(p, v);
        put(p, "an");
        put(p, pick(2) ? "nya" : "");
        break;
    case 7:
        put(p, "ber");
        put(p, v);
        break;
    default:
        put(p, "ter");
        put(p, v);
        break;
    }
}

/* Things memos contain besides plain words: numbers, money, times, titles, disguises. */
static void put_special(char **p) {
    char tmp[64];
    switch (pick(10)) {
    case 0:
        snprintf(tmp, sizeof tmp, "nomor urut 0%u", 1 + pick(3));
        put(p, tmp);
        break;
    case 1:
        snprintf(tmp, sizeof tmp, "Rp%u.000", 50 + pick(900));
        put(p, tmp);
        break;
    case 2:
        snprintf(tmp, sizeof tmp, "pukul %02u.%02u WIB", 7 + pick(12), pick(4) * 15);
        put(p, tmp);
        break;
    case 3: put(p, "Drs. H. Ahmad Fauzi, S.Pd., M.Si."); break;
    case 4: put(p, pick(2) ? "c0blos" : "p!lih"); break;
    case 5: put(p, "k a m p a n y e"); break;
    case 6:
        put(p, "\xE2\x80\x9C"
               "sukseskan\xE2\x80\x9D");
        break;
    case 7: put(p, "#AyoMenang2024"); break;
    case 8: put(p, "anak-anak"); break;
    default:
        snprintf(tmp, sizeof tmp, "tahun %u", 2019 + pick(6));
        put(p, tmp);
        break;
    }
}

static void put_word(char **p) {
    uint32_t r = pick(100);
    if (r < 35)
        put(p, glue[pick(COUNT(glue))]);
    else if (r < 70)
        put(p, words[pick(COUNT(words))]);
    else if (r < 96)
        put_verb(p);
    else
        put_special(p);
}

static void put_sentence(char **p) {
    char *start = *p;
    size_t n = 6 + pick(14);
    for (size_t i = 0; i < n; i++) {
        if (i) put(p, pick(12) ? " " : ", ");
        put_word(p);
    }
    if (*start >= 'a' && *start <= 'z') *start = (char)(*start - 32);
    put(p, pick(10) ? ". " : "! ");
}

typedef struct corpus {
    char *text;
    size_t *off, *len, n;
    size_t bytes;
} corpus;

static int make_corpus(corpus *c, size_t target) {
    c->text = malloc(target + 8192);
    c->off = malloc((target / 64 + 16) * sizeof *c->off);
    c->len = malloc((target / 64 + 16) * sizeof *c->len);
    if (!c->text || !c->off || !c->len) return -1;
    char *p = c->text;
    c->n = 0;
    while ((size_t)(p - c->text) < target) {
        char *start = p;
        size_t ns = 1 + pick(5);
        for (size_t s = 0; s < ns; s++) put_sentence(&p);
        c->off[c->n] = (size_t)(start - c->text);
        c->len[c->n++] = (size_t)(p - start - 1);
    }
    c->bytes = (size_t)(p - c->text);
    return 0;
}

/* ---- Lexicons --------------------------------------------------------------------------------- */

static void pseudo_word(char *out) {
    static const char *const cons[] = {"b", "d", "g", "h", "j", "k", "l",  "m",
                                       "n", "p", "r", "s", "t", "w", "ng", "ny"};
    static const char *const vow[] = {"a", "i", "u", "e", "o"};
    size_t syl = 2 + pick(3);
    out[0] = 0;
    for (size_t i = 0; i < syl; i++) {
        strcat(out, cons[pick(COUNT(cons))]);
        strcat(out, vow[pick(COUNT(vow))]);
    }
    if (pick(3) == 0) strcat(out, pick(2) ? "n" : "k");
}

static void real_word(char *out) {
    uint32_t r = pick(10);
    if (r < 5)
        strcpy(out, verbs[pick(COUNT(verbs))]);
    else if (r < 9)
        strcpy(out, words[pick(COUNT(words))]);
    else
        strcpy(out, "#num");
}

/* Phrase i is the same in every lexicon, so the 2N lexicon holds the N lexicon plus N more. */
static void make_phrase(size_t i, char *out) {
    uint64_t saved = rng_state;
    rng_state = 0x9E3779B97F4A7C15ull * (i + 1) ^ 0xD1B54A32D192ED03ull;
    for (int k = 0; k < 4; k++) rnd();
    int real = pick(10) < 4; /* 40% domain phrases, 60% pseudo-words */
    size_t words_n = 1 + pick(3);
    out[0] = 0;
    for (size_t w = 0; w < words_n; w++) {
        char tmp[64];
        if (real)
            real_word(tmp);
        else
            pseudo_word(tmp);
        if (w) strcat(out, " ");
        strcat(out, tmp);
    }
    rng_state = saved;
}

static nt_lexicon *make_lexicon(size_t n) {
    nt_lexicon *lx = nt_lexicon_new();
    if (!lx) return NULL;
    for (size_t i = 0; i < n; i++) {
        char ph[256];
        make_phrase(i, ph);
        /* A word goes to one list, as in real rule lists; repeats fold into one phrase. */
        uint32_t list = 0;
        for (const char *q = ph; *q; q++) list = list * 31u + (unsigned char)*q;
        nt_lexicon_add_phrase(lx, ph, list % 32u, 0);
    }
    if (nt_lexicon_compile(lx)) {
        nt_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

/* ---- Timing ---------------------------------------------------------------------------------- */

/* CPU time of this thread: on a shared machine, time spent descheduled is not scan time. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct result {
    double best;
    size_t tokens, hits;
} result;

static int scan(const nt_lexicon *lx, const corpus *c, nt_analysis *a, result *r) {
    double t0 = now();
    size_t tokens = 0, hits = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (nt_analyze(lx, c->text + c->off[i], c->len[i], a)) return -1;
        tokens += a->ntoks;
        hits += a->nhits;
    }
    double t = now() - t0;
    if (r->best == 0 || t < r->best) r->best = t;
    r->tokens = tokens;
    r->hits = hits;
    return 0;
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 5000;
    double mb = argc > 2 ? atof(argv[2]) : 5.0;
    int rounds = argc > 3 ? atoi(argv[3]) : 5;
    if (n == 0 || mb <= 0 || rounds <= 0) {
        fprintf(stderr, "usage: bench_matcher [N phrases] [MB of text] [rounds]\n");
        return 2;
    }
    corpus c;
    if (make_corpus(&c, (size_t)(mb * 1e6))) return 1;
    double t0 = now();
    nt_lexicon *l1 = make_lexicon(n);
    double tb1 = now() - t0;
    t0 = now();
    nt_lexicon *l2 = make_lexicon(2 * n);
    double tb2 = now() - t0;
    if (!l1 || !l2) return 1;
    nt_analysis a;
    nt_analysis_init(&a);
    result r1 = {0, 0, 0}, r2 = {0, 0, 0};
    if (scan(l1, &c, &a, &r1) || scan(l2, &c, &a, &r2)) return 1; /* warm-up */
    r1.best = r2.best = 0;
    for (int i = 0; i < rounds; i++) /* interleaved, best of `rounds`, so drift hits both alike */
        if (scan(l1, &c, &a, &r1) || scan(l2, &c, &a, &r2)) return 1;
    printf("text: %.2f MB, %zu paragraphs, %zu tokens; thread CPU time, best of %d rounds\n",
           c.bytes / 1e6, c.n, r1.tokens, rounds);
    printf("N  = %6zu phrases: compile %.3f s, scan %.3f s, %.2f M tokens/s, %.1f ns/token, %zu "
           "hits\n",
           n, tb1, r1.best, r1.tokens / r1.best / 1e6, r1.best * 1e9 / r1.tokens, r1.hits);
    printf("2N = %6zu phrases: compile %.3f s, scan %.3f s, %.2f M tokens/s, %.1f ns/token, %zu "
           "hits\n",
           2 * n, tb2, r2.best, r2.tokens / r2.best / 1e6, r2.best * 1e9 / r2.tokens, r2.hits);
    double ratio = r2.best / r1.best;
    printf("scan time ratio 2N/N = %.3f (target < 1.10): %s\n", ratio,
           ratio < 1.10 ? "ok" : "over target");
    nt_analysis_free(&a);
    nt_lexicon_free(l1);
    nt_lexicon_free(l2);
    free(c.text);
    free(c.off);
    free(c.len);
    return r1.hits && r2.hits >= r1.hits ? 0 : 1;
}
