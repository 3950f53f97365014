/* cmd_annotate.c - `netral annotate IN.docx OUT.docx`: scan one memo, write the copy with Word
 * comments, print a short summary; exits like scan does for that document. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "findings.h" /* the report struct (base) */

typedef struct ann_opts {
    const char *in, *out, *author, *min_sev;
    const char *rules[64];
    int nrules, highlight;
} ann_opts;

static int parse(ann_opts *a, int argc, char **argv) {
    memset(a, 0, sizeof *a);
    int only = 0;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i], *v;
        int missing = 0;
        if (only || s[0] != '-' || !s[1]) {
            if (!a->in) a->in = s;
            else if (!a->out) a->out = s;
            else return cli_usage(L("terlalu banyak argumen: %s", "too many arguments: %s"), s);
        } else if (!strcmp(s, "--")) only = 1;
        else if (!strcmp(s, "--highlight")) a->highlight = 1;
        else if (!strcmp(s, "-h") || !strcmp(s, "--help")) return -1;
        else if ((v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            if (a->nrules == 64) return cli_usage("%s", L("terlalu banyak --rules", "too many --rules"));
            a->rules[a->nrules++] = v;
        } else if ((v = cli_opt_value(argc, argv, &i, "--author", NULL, &missing))) a->author = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--min-severity", NULL, &missing))) a->min_sev = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--lang", NULL, &missing))) {
            if (strcmp(v, "id") && strcmp(v, "en"))
                return cli_usage(L("nilai --lang tidak valid: '%s' (pilihan: id|en)",
                                   "invalid value for --lang: '%s' (expected id|en)"), v);
            cli_set_lang(v);
        } else if (missing) return cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), s);
        else return cli_usage(L("opsi tidak dikenal: %s", "unknown option: %s"), s);
    }
    if (!a->in || !a->out)
        return cli_usage("%s", L("pemakaian: netral annotate IN.docx OUT.docx",
                                 "usage: netral annotate IN.docx OUT.docx"));
    return 0;
}

static int same_path(const char *a, const char *b) {
    struct stat sa, sb;
    if (!strcmp(a, b)) return 1;
    char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
    int same = ra && rb && !strcmp(ra, rb);
    free(ra);
    free(rb);
    if (same) return 1;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static netral_options *options(const ann_opts *a, int *rc) {
    netral_options *o = netral_options_new();
    *rc = 0;
    if (!o) { *rc = cli_usage("%s", L("memori tidak cukup", "out of memory")); return NULL; }
    for (int i = 0; i < a->nrules && !*rc; i++)
        if (netral_options_add_rules_dir(o, a->rules[i])) *rc = cli_usage("%s", netral_last_error());
    netral_options_set_language(o, cli_lang());
    if (!*rc && a->min_sev && netral_options_set_min_severity(o, a->min_sev))
        *rc = cli_usage(L("nilai --min-severity tidak valid: '%s' (pilihan: info|low|medium|high)",
                          "invalid value for --min-severity: '%s' (expected info|low|medium|high)"), a->min_sev);
    if (!*rc && a->author) netral_options_set_comment_author(o, a->author, NULL);
    if (!*rc && a->highlight) netral_options_set_highlight(o, 1);
    if (*rc) { netral_options_free(o); return NULL; }
    return o;
}

static void summary(const netral_report *r, const char *out) {
    const char *v = netral_report_verdict(r);
    const char *vl = !strcmp(v, "violation") ? L("pelanggaran", "violation")
                   : !strcmp(v, "review") ? L("perlu ditinjau", "needs review") : L("bersih", "clean");
    printf(L("%s: %s, %zu temuan\n", "%s: %s, %zu findings\n"), r->path, vl, r->nfindings);
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        printf("  %-6s %s  %s ¶%d: \"%s\"\n", f->severity ? f->severity : "?", f->rule ? f->rule : "?",
               f->part ? f->part : "?", f->paragraph, f->excerpt ? f->excerpt : "");
    }
    printf(L("salinan beranotasi: %s\n", "annotated copy: %s\n"), out);
}

int cli_annotate(int argc, char **argv) {
    ann_opts a;
    int rc = parse(&a, argc, argv);
    if (rc < 0) {
        fputs(L("Pemakaian: netral annotate [--rules DIR] [--min-severity TKT] [--author NAMA] "
                "[--highlight] [--lang id|en] IN.docx OUT.docx\n",
                "Usage: netral annotate [--rules DIR] [--min-severity SEV] [--author NAME] "
                "[--highlight] [--lang id|en] IN.docx OUT.docx\n"), stdout);
        return 0;
    }
    if (rc) return rc;
    if (same_path(a.in, a.out))
        return cli_usage(L("menolak menimpa berkas masukan: %s", "refusing to overwrite the input: %s"), a.out);
    setenv("NETRAL_LANG", cli_lang(), 1);
    netral_options *o = options(&a, &rc);
    if (!o) return rc;
    netral_engine *e = NULL;
    if (netral_engine_new(o, &e) != NETRAL_OK) {
        rc = cli_usage(L("aturan gagal dimuat: %s", "rules failed to load: %s"), netral_last_error());
        netral_options_free(o);
        return rc;
    }
    netral_report *r = NULL;
    int st = netral_annotate_file(e, a.in, a.out, &r);
    if (r && r->status != NETRAL_OK) {
        cli_err("%s: %s: %s", a.in, netral_status_name(r->status), r->error ? r->error : "");
        rc = EXIT_FLAGGED;
    } else if (st == NETRAL_E_SAME_FILE) {
        rc = cli_usage(L("menolak menimpa berkas masukan: %s", "refusing to overwrite the input: %s"), a.out);
    } else if (st >= NETRAL_E_NOT_A_ZIP && st <= NETRAL_E_LIMIT_EXCEEDED) {
        /* it reads, but no readable copy can be made of it (a damaged entry the scan never
         * reads, a copy over the reader's limits): the document's fault, like an unreadable one */
        cli_err("%s: %s: %s", a.in, netral_status_name(st), netral_last_error());
        rc = EXIT_FLAGGED;
    } else if (st != NETRAL_OK || !r) {
        cli_err(L("salinan beranotasi gagal: %s", "annotated copy failed: %s"), netral_last_error());
        rc = EXIT_USAGE;
    } else {
        summary(r, a.out);
        rc = strcmp(netral_report_verdict(r), "violation") ? 0 : EXIT_FLAGGED;
    }
    netral_report_free(r);
    netral_engine_free(e);
    netral_options_free(o);
    return rc;
}
