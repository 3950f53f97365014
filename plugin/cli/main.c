/* main.c - the netral command: dispatches to the subcommands (scan, text, annotate, rules, serve),
 * prints the version and the overall help. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void help(FILE *f) {
    if (cli_en())
        fputs("Usage: netral COMMAND ...\n"
              "  netral scan [OPTIONS] PATH...      scan memos and folders (netral scan --help)\n"
              "  netral text [--json] FILE          the text that rules see, part by part\n"
              "  netral annotate IN.docx OUT.docx   write a copy with Word comments on findings\n"
              "  netral rules list [--rules DIR]... list the rules and where they come from\n"
              "  netral rules test [DIR...]         run every rule's own examples\n"
              "  netral rules stats --labels L DIR  per-rule and per-category figures on a "
              "labelled set\n"
              "  netral explain FILE | --text \"..\"  how the rules read a memo, rule by rule\n"
              "  netral lists [show NAME]           the word lists: names, entries, files\n"
              "  netral serve [OPTIONS]             HTTP service and review page (netral serve "
              "--help)\n"
              "  netral --version                   version and rule set\n",
              f);
    else
        fputs(
            "Pemakaian: netral PERINTAH ...\n"
            "  netral scan [OPSI] JALUR...        pindai memo dan folder (netral scan --help)\n"
            "  netral text [--json] BERKAS        teks yang dilihat aturan, per bagian dokumen\n"
            "  netral annotate IN.docx OUT.docx   tulis salinan dengan komentar Word pada temuan\n"
            "  netral rules list [--rules DIR]... daftar aturan dan asal berkasnya\n"
            "  netral rules test [DIR...]         jalankan contoh milik setiap aturan\n"
            "  netral rules stats --labels L DIR  angka per aturan dan kategori pada set berlabel\n"
            "  netral explain BERKAS | --text \"..\" cara aturan membaca memo, aturan demi aturan\n"
            "  netral lists [show NAMA]           daftar kata: nama, jumlah entri, berkas\n"
            "  netral serve [OPSI]                layanan HTTP dan halaman tinjauan (netral serve "
            "--help)\n"
            "  netral --version                   versi dan set aturan\n",
            f);
}

int main(int argc, char **argv) {
    /* libzip turns each entry's DOS time into a time_t with mktime(), and glibc re-reads
     * /etc/localtime (a stat per call) when TZ is unset: about 15 system calls per memo. Naming the
     * same zone explicitly lets glibc keep it. */
    if (!getenv("TZ")) setenv("TZ", ":/etc/localtime", 0);
    /* one language per run: --lang anywhere on the line decides every message, the library's
     * (which read NETRAL_LANG) included, even a usage error before the option */
    for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        const char *v = !strncmp(argv[i], "--lang=", 7)              ? argv[i] + 7
                        : !strcmp(argv[i], "--lang") && i + 1 < argc ? argv[i + 1]
                                                                     : NULL;
        if (v && (!strcmp(v, "id") || !strcmp(v, "en"))) cli_set_lang(v);
    }
    setenv("NETRAL_LANG", cli_lang(), 1);
    if (argc > 2 && (!strcmp(argv[1], "--lang") || !strncmp(argv[1], "--lang=", 7))) {
        int skip = strcmp(argv[1], "--lang") ? 1 : 2; /* `netral --lang en scan ...` */
        argc -= skip;
        argv += skip;
        argv[0] = "netral";
    }
    if (argc < 2) {
        help(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "scan")) return cli_scan(argc - 1, argv + 1);
    if (!strcmp(cmd, "text")) return cli_text(argc - 1, argv + 1);
    if (!strcmp(cmd, "annotate")) return cli_annotate(argc - 1, argv + 1);
    if (!strcmp(cmd, "rules")) return cli_rules(argc - 1, argv + 1);
    if (!strcmp(cmd, "explain")) return cli_explain(argc - 1, argv + 1);
    if (!strcmp(cmd, "lists")) return cli_lists(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve")) return serve_main(argc - 1, argv + 1); /* plugin/serve/ */
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V") || !strcmp(cmd, "version"))
        return cli_version();
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        help(stdout);
        return 0;
    }
    return cli_usage(L("perintah tidak dikenal: %s (lihat: netral --help)",
                       "unknown command: %s (see: netral --help)"),
                     cmd);
}
