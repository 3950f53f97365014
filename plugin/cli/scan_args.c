/* scan_args.c - the options of `netral scan`: parsing with one-line errors (exit 2) and the help
 * text. GNU style: options and paths in any order, "--" ends the options. */
#include "scan.h"
#include "vocab.h" /* severity names (base: the shared utility layer) */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void scan_help(FILE *f) {
    if (cli_en()) {
        fputs(
            "Usage: netral scan [OPTIONS] PATH...\n"
            "Scan Word memos (.docx/.docm) for breaches of civil-service election neutrality.\n"
            "Folders are searched recursively; a file named explicitly is always scanned.\n\n"
            "  --format FMT         jsonl|json|csv|sarif|html|text (default: text on a terminal,\n"
            "                       jsonl otherwise)\n"
            "  -o, --output FILE    write the report to FILE (atomically: temp file + rename)\n"
            "  -j, --jobs N         parallel workers (default: number of CPUs)\n"
            "  --rules DIR          extra rule folder (repeatable); same id overrides a built-in\n"
            "  --annotate-dir DIR   also write annotated copies of flagged memos under DIR, at\n"
            "                       their paths relative to the folder named here\n"
            "  --annotate-all       with --annotate-dir: a copy of every memo, clean ones too\n"
            "  --min-severity SEV   info|low|medium|high: drop findings below (default low)\n"
            "  --include-legacy     list .doc/.odt/.rtf/.pdf files under folders as legacy-doc\n"
            "                       entries (default: counted in the summary, with a warning)\n"
            "  --cache FILE         reuse results of unchanged documents (content hash + rule "
            "set)\n"
            "  --sort               order the report by path (holds all reports in memory)\n"
            "  --all                text: list clean memos too (default: only those flagged)\n"
            "  --brief              text: one line per finding\n"
            "  --stdin-name NAME    the report path of PATH \"-\" (a memo read from standard "
            "input)\n"
            "  --lang id|en         language of messages (also NETRAL_LANG)\n"
            "  --no-progress        no progress bar (it is only drawn when stderr is a terminal)\n"
            "  -q, --quiet          no progress bar and no summary on standard error\n"
            "  -h, --help           this help\n\n"
            "PATH \"-\" reads one memo from standard input. Ctrl-C stops the scan: the report "
            "then\n"
            "says it is incomplete, and with -o FILE it goes to FILE's .partial name (FILE is "
            "kept).\n"
            "Exit status: 0 nothing at medium or above and all documents read; 1 a document has a\n"
            "finding at medium or above, could not be read, or no memo was found; 2 usage or rule\n"
            "errors (also an -o or --annotate-dir that cannot be written); 130 Ctrl-C.\n"
            "Full reference: docs/cli.md.\n",
            f);
        return;
    }
    fputs(
        "Pemakaian: netral scan [OPSI] JALUR...\n"
        "Memindai memo Word (.docx/.docm) untuk pelanggaran netralitas ASN dalam pemilu.\n"
        "Folder ditelusuri secara rekursif; berkas yang disebut langsung selalu dipindai.\n\n"
        "  --format FMT         jsonl|json|csv|sarif|html|text (bawaan: text di terminal,\n"
        "                       jsonl selain itu)\n"
        "  -o, --output BERKAS  tulis laporan ke BERKAS (atomik: berkas sementara + rename)\n"
        "  -j, --jobs N         jumlah pekerja paralel (bawaan: jumlah CPU)\n"
        "  --rules FOLDER       folder aturan tambahan (boleh berulang); id yang sama menimpa\n"
        "  --annotate-dir DIR   tulis juga salinan beranotasi memo yang ditandai di DIR, pada\n"
        "                       jalurnya relatif terhadap folder yang disebut di sini\n"
        "  --annotate-all       dengan --annotate-dir: salinan setiap memo, yang bersih juga\n"
        "  --min-severity TKT   info|low|medium|high: buang temuan di bawahnya (bawaan low)\n"
        "  --include-legacy     cantumkan berkas .doc/.odt/.rtf/.pdf di folder sebagai entri\n"
        "                       legacy-doc (bawaan: dihitung di ringkasan, dengan peringatan)\n"
        "  --cache BERKAS       pakai ulang hasil dokumen yang tidak berubah (hash isi + set "
        "aturan)\n"
        "  --sort               urutkan laporan menurut jalur (semua laporan ditahan di memori)\n"
        "  --all                text: cantumkan juga memo yang bersih (bawaan: hanya yang "
        "ditandai)\n"
        "  --brief              text: satu baris per temuan\n"
        "  --stdin-name NAMA    jalur laporan untuk JALUR \"-\" (memo dibaca dari masukan "
        "standar)\n"
        "  --lang id|en         bahasa pesan (juga NETRAL_LANG)\n"
        "  --no-progress        tanpa bilah kemajuan (hanya tampil bila stderr adalah terminal)\n"
        "  -q, --quiet          tanpa bilah kemajuan dan tanpa ringkasan di stderr\n"
        "  -h, --help           bantuan ini\n\n"
        "JALUR \"-\" membaca satu memo dari masukan standar. Ctrl-C menghentikan pemindaian:\n"
        "laporan lalu menyatakan dirinya tidak lengkap, dan dengan -o BERKAS ditulis ke nama\n"
        ".partial dari BERKAS (BERKAS tidak diubah).\n"
        "Status keluar: 0 tidak ada temuan sedang ke atas dan semua dokumen terbaca; 1 ada temuan\n"
        "sedang ke atas, dokumen tak terbaca, atau tidak ada memo ditemukan; 2 galat pemakaian\n"
        "atau aturan (juga -o atau --annotate-dir yang tidak dapat ditulis); 130 Ctrl-C.\n"
        "Rujukan lengkap: docs/cli.md.\n",
        f);
}

static int bad_value(const char *opt, const char *v, const char *allowed) {
    return cli_usage(
        L("nilai %s tidak valid: '%s' (pilihan: %s)", "invalid value for %s: '%s' (expected %s)"),
        opt, v, allowed);
}

static int add_rules(scan_opts *o, const char *dir) {
    const char **v = realloc(o->rules, (o->nrules + 1) * sizeof *v);
    if (!v) return -1;
    o->rules = v;
    v[o->nrules++] = dir;
    return 0;
}

/* The options taking a value; returns 1 when arg was one of them, -1 on a usage error. */
static int value_option(scan_opts *o, int argc, char **argv, int *i, int *rc) {
    static const struct {
        const char *lng, *shrt;
    } opts[] = {{"--format", NULL}, {"--output", "-o"},       {"--jobs", "-j"},
                {"--rules", NULL},  {"--annotate-dir", NULL}, {"--min-severity", NULL},
                {"--cache", NULL},  {"--lang", NULL},         {"--stdin-name", NULL}};
    for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) {
        int missing;
        const char *v = cli_opt_value(argc, argv, i, opts[k].lng, opts[k].shrt, &missing);
        if (missing) {
            *rc = cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), argv[*i]);
            return -1;
        }
        if (!v) continue;
        *rc = 0;
        switch (k) {
        case 0:
            if ((o->format = netral_format_from_name(v)) < 0)
                *rc = bad_value("--format", v, "jsonl|json|csv|sarif|html|text");
            break;
        case 1: o->output = v; break;
        case 2:
            if (cli_parse_int(v, 1, 1024, &o->jobs)) *rc = bad_value("--jobs", v, "1..1024");
            break;
        case 3:
            if (!*v)
                *rc = bad_value("--rules", v, L("sebuah folder", "a folder"));
            else if (add_rules(o, v))
                *rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
            break;
        case 4:
            if (!*v) *rc = bad_value("--annotate-dir", v, L("sebuah folder", "a folder"));
            o->annotate_dir = v;
            break;
        case 5:
            if (nt_severity_from_name(v) < 0)
                *rc = bad_value("--min-severity", v, "info|low|medium|high");
            o->min_sev = v;
            break;
        case 6:
            if (!*v) *rc = bad_value("--cache", v, L("sebuah berkas", "a file"));
            o->cache = v;
            break;
        case 7:
            if (strcmp(v, "id") && strcmp(v, "en")) *rc = bad_value("--lang", v, "id|en");
            o->lang = v;
            cli_set_lang(v);
            break;
        case 8:
            if (!*v) *rc = bad_value("--stdin-name", v, L("sebuah nama", "a name"));
            o->stdin_name = v;
            break;
        }
        return *rc ? -1 : 1;
    }
    return 0;
}

static int flag_option(scan_opts *o, const char *a) {
    if (!strcmp(a, "--no-progress"))
        o->no_progress = 1;
    else if (!strcmp(a, "--sort"))
        o->sort = 1;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet"))
        o->quiet = 1;
    else if (!strcmp(a, "--annotate-all"))
        o->annotate_all = 1;
    else if (!strcmp(a, "--include-legacy"))
        o->include_legacy = 1;
    else if (!strcmp(a, "--all"))
        o->text_all = 1;
    else if (!strcmp(a, "--brief"))
        o->brief = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help"))
        o->help = 1;
    else
        return 0;
    return 1;
}

/* A language given anywhere on the line applies to every message, even errors before it. */
static void early_lang(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--")) break;
        if (!strncmp(argv[i], "--lang=", 7))
            cli_set_lang(argv[i] + 7);
        else if (!strcmp(argv[i], "--lang") && i + 1 < argc)
            cli_set_lang(argv[i + 1]);
    }
}

int scan_parse(scan_opts *o, int argc, char **argv) {
    memset(o, 0, sizeof *o);
    o->format = -1;
    o->min_sev = "low";
    early_lang(argc, argv);
    o->paths = calloc((size_t)argc + 1, sizeof *o->paths);
    if (!o->paths) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    int only_paths = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_paths || a[0] != '-' || !a[1]) {
            o->paths[o->npaths++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            only_paths = 1;
            continue;
        }
        if (flag_option(o, a)) continue;
        int rc = 0, got = value_option(o, argc, argv, &i, &rc);
        if (got < 0) return rc;
        if (got == 0)
            return cli_usage(L("opsi tidak dikenal: %s (lihat: netral scan --help)",
                               "unknown option: %s (see: netral scan --help)"),
                             a);
    }
    if (o->help) return 0;
    if (!o->npaths)
        return cli_usage("%s", L("tidak ada JALUR untuk dipindai (lihat: netral scan --help)",
                                 "no PATH to scan (see: netral scan --help)"));
    size_t dashes = 0;
    for (size_t i = 0; i < o->npaths; i++) dashes += !strcmp(o->paths[i], "-");
    if (dashes > 1)
        return cli_usage("%s", L("JALUR \"-\" (masukan standar) hanya boleh sekali",
                                 "PATH \"-\" (standard input) may be given only once"));
    if (o->stdin_name && !dashes)
        return cli_usage("%s", L("--stdin-name hanya berlaku dengan JALUR \"-\"",
                                 "--stdin-name only applies with PATH \"-\""));
    if (o->annotate_all && !o->annotate_dir)
        return cli_usage("%s", L("--annotate-all memerlukan --annotate-dir",
                                 "--annotate-all needs --annotate-dir"));
    if (o->brief && o->format >= 0 && o->format != NETRAL_FORMAT_TEXT)
        return cli_usage(
            "%s", L("--brief hanya untuk --format text", "--brief is for --format text only"));
    if (o->brief) o->format = NETRAL_FORMAT_TEXT;
    if (o->format < 0)
        o->format = (!o->output || !strcmp(o->output, "-")) && isatty(STDOUT_FILENO)
                        ? NETRAL_FORMAT_TEXT
                        : NETRAL_FORMAT_JSONL;
    if (!o->jobs) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        o->jobs = n < 1 ? 1 : n > 64 ? 64 : n;
    }
    return 0;
}

void scan_opts_free(scan_opts *o) {
    free(o->rules);
    free(o->paths);
}
