/* cmd_explain.c - `netral explain [OPTIONS] FILE` and `netral explain --text "..."`: how the rules
 * read a memo, paragraph by paragraph and rule by rule (text, or --json for tools). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fputs(L("Pemakaian: netral explain [OPSI] BERKAS\n"
            "           netral explain [OPSI] --text \"kalimat ...\"\n"
            "  --part NAMA        hanya bagian ini (mis. word/document.xml, word/header1.xml)\n"
            "  --paragraph N      hanya paragraf ke-N (mulai dari 1; tanpa --part: badan dokumen)\n"
            "  --rule ID          hanya aturan ini\n"
            "  --rules DIR        folder aturan tambahan (boleh berulang)\n"
            "  --json             keluaran JSON untuk alat lain\n"
            "  --lang en          pesan dalam bahasa Inggris\n",
            "Usage: netral explain [OPTIONS] FILE\n"
            "       netral explain [OPTIONS] --text \"sentence ...\"\n"
            "  --part NAME        only this part (e.g. word/document.xml, word/header1.xml)\n"
            "  --paragraph N      only paragraph N (from 1; without --part: the document body)\n"
            "  --rule ID          only this rule\n"
            "  --rules DIR        extra rule folder (repeatable)\n"
            "  --json             JSON output for tools\n"
            "  --lang en          messages in English\n"),
          f);
}

static void json_string(const char *s) {
    putchar('"');
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        if (*c == '"' || *c == '\\')
            printf("\\%c", *c);
        else if (*c < 0x20)
            printf("\\u%04x", *c);
        else
            putchar(*c);
    }
    putchar('"');
}

/* The contract's record for a document that cannot be read (as one line of jsonl). */
static void print_error_json(const char *path, int rc, const char *msg) {
    fputs("{\"path\":", stdout);
    json_string(path);
    fputs(",\"status\":\"error\",\"verdict\":\"error\",\"findings\":[],\"error\":{\"code\":",
          stdout);
    json_string(netral_status_name(rc));
    fputs(",\"message\":", stdout);
    json_string(msg);
    fputs("}}\n", stdout);
}

int cli_explain(int argc, char **argv) {
    const char **dirs = calloc((size_t)argc + 1, sizeof *dirs);
    size_t ndirs = 0;
    const char *file = NULL, *text = NULL, *part = NULL, *rule = NULL;
    long paragraph = 0;
    int json = 0;
    if (!dirs) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *v;
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(dirs);
            return 0;
        }
        if (!strcmp(a, "--json")) {
            json = 1;
            continue;
        }
        if ((v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            dirs[ndirs++] = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--text", NULL, &missing))) {
            text = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--part", NULL, &missing))) {
            part = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--rule", NULL, &missing))) {
            rule = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--lang", NULL, &missing))) {
            cli_set_lang(v);
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--paragraph", NULL, &missing))) {
            if (cli_parse_int(v, 1, 1L << 30, &paragraph)) {
                free(dirs);
                return cli_usage(L("--paragraph memerlukan nomor paragraf mulai dari 1, bukan '%s'",
                                   "--paragraph needs a paragraph number from 1, not '%s'"),
                                 v);
            }
            continue;
        }
        if (missing) {
            free(dirs);
            return cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), a);
        }
        if (a[0] == '-' && a[1]) {
            free(dirs);
            return cli_usage(L("opsi tidak dikenal: %s", "unknown option: %s"), a);
        }
        if (file) {
            free(dirs);
            return cli_usage(
                "%s", L("netral explain menerima satu BERKAS", "netral explain takes one FILE"));
        }
        file = a;
    }
    if (!file == !text) {
        free(dirs);
        usage(stderr);
        return cli_usage(
            "%s",
            file ? L("BERKAS dan --text tidak bisa bersamaan", "FILE and --text cannot go together")
                 : L("sebutkan BERKAS atau --text \"...\"", "give a FILE or --text \"...\""));
    }
    if (text && (part || paragraph > 1)) {
        free(dirs);
        return cli_usage("%s", L("--text hanya satu paragraf per baris; --part tidak berlaku",
                                 "--text has one paragraph per line; --part does not apply"));
    }
    setenv("NETRAL_LANG", cli_lang(), 1);
    int rc;
    netral_engine *e = cli_engine_for(dirs, ndirs, 1, "low", &rc);
    free(dirs);
    if (!e) return rc;
    /* findings as a scan with the default minimum severity reports them */
    netral_explain_options o = {
        .size = sizeof o, .part = part, .paragraph = (int)paragraph, .rule = rule, .json = json};
    char *out = NULL;
    size_t len = 0;
    int st = text ? netral_explain_text(e, text, &o, &out, &len)
                  : netral_explain_file(e, file, &o, &out, &len);
    netral_engine_free(e);
    if (st >= NETRAL_E_NOT_FOUND && st <= NETRAL_E_LIMIT_EXCEEDED) {
        if (json) print_error_json(file, st, netral_last_error());
        cli_err("%s: %s: %s", file, netral_status_name(st), netral_last_error());
        return EXIT_FLAGGED;
    }
    if (st == NETRAL_E_INVALID_ARG) return cli_usage("%s", netral_last_error());
    if (st != NETRAL_OK) {
        cli_err(L("explain gagal: %s", "explain failed: %s"), netral_last_error());
        return EXIT_USAGE;
    }
    int bad = len && fwrite(out, 1, len, stdout) != len;
    netral_free(out);
    if (bad || fflush(stdout) != 0) {
        cli_err("%s", L("gagal menulis keluaran", "writing the output failed"));
        return EXIT_USAGE;
    }
    return 0;
}
