/* cmd_annotate.c - `netral annotate IN.docx OUT.docx`: scan one memo, write the copy with Word
 * comments, print a short summary; exits like scan does for that document. IN "-" reads standard
 * input, OUT "-" writes the copy to standard output (the summary then goes to standard error). */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"   /* nt_write_atomic (base: the shared utility layer) */
#include "findings.h" /* the report struct (base) */

typedef struct ann_opts {
    const char *in, *out, *author, *min_sev, *stdin_name;
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
            if (!a->in)
                a->in = s;
            else if (!a->out)
                a->out = s;
            else
                return cli_usage(L("terlalu banyak argumen: %s", "too many arguments: %s"), s);
        } else if (!strcmp(s, "--"))
            only = 1;
        else if (!strcmp(s, "--highlight"))
            a->highlight = 1;
        else if (!strcmp(s, "-h") || !strcmp(s, "--help"))
            return -1;
        else if ((v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            if (a->nrules == 64)
                return cli_usage("%s", L("terlalu banyak --rules", "too many --rules"));
            a->rules[a->nrules++] = v;
        } else if ((v = cli_opt_value(argc, argv, &i, "--author", NULL, &missing)))
            a->author = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--stdin-name", NULL, &missing)))
            a->stdin_name = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--min-severity", NULL, &missing)))
            a->min_sev = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--lang", NULL, &missing))) {
            if (strcmp(v, "id") && strcmp(v, "en"))
                return cli_usage(L("nilai --lang tidak valid: '%s' (pilihan: id|en)",
                                   "invalid value for --lang: '%s' (expected id|en)"),
                                 v);
            cli_set_lang(v);
        } else if (missing)
            return cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), s);
        else
            return cli_usage(L("opsi tidak dikenal: %s", "unknown option: %s"), s);
    }
    if (!a->in || !a->out)
        return cli_usage("%s", L("pemakaian: netral annotate IN.docx OUT.docx",
                                 "usage: netral annotate IN.docx OUT.docx"));
    return 0;
}

static int same_path(const char *a, const char *b) {
    struct stat sa, sb;
    if (!strcmp(a, "-") || !strcmp(b, "-")) return 0; /* streams */
    if (!strcmp(a, b)) return 1;
    char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
    int same = ra && rb && !strcmp(ra, rb);
    free(ra);
    free(rb);
    if (same) return 1;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static netral_options *options(const ann_opts *a, int *rc) {
    netral_options *o = netral_options_new();
    *rc = 0;
    if (!o) {
        *rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
        return NULL;
    }
    for (int i = 0; i < a->nrules && !*rc; i++)
        if (netral_options_add_rules_dir(o, a->rules[i]))
            *rc = cli_usage("%s", netral_last_error());
    netral_options_set_language(o, cli_lang());
    if (!*rc && a->min_sev && netral_options_set_min_severity(o, a->min_sev))
        *rc = cli_usage(L("nilai --min-severity tidak valid: '%s' (pilihan: info|low|medium|high)",
                          "invalid value for --min-severity: '%s' (expected info|low|medium|high)"),
                        a->min_sev);
    if (!*rc && a->author) netral_options_set_comment_author(o, a->author, NULL);
    if (!*rc && a->highlight) netral_options_set_highlight(o, 1);
    if (*rc) {
        netral_options_free(o);
        return NULL;
    }
    return o;
}

static const char *sev_word(const char *s) {
    if (!s) return "?";
    int r = nt_severity_from_name(s);
    return r > 0 ? nt_severity_label(r, cli_en()) : s;
}

/* The short summary: on standard output, or standard error when the copy itself goes there. */
static void summary(FILE *f, const netral_report *r, const char *name, const char *out) {
    const char *v = netral_report_verdict(r);
    const char *vl = !strcmp(v, "violation") ? L("pelanggaran", "violation")
                     : !strcmp(v, "review")  ? L("perlu ditinjau", "needs review")
                                             : L("bersih", "clean");
    fprintf(f, L("%s: %s, %zu temuan\n", "%s: %s, %zu findings\n"), name, vl, r->nfindings);
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *fi = &r->findings[i];
        fprintf(f, "  %-7s %s  %s \xC2\xB6%d: \"%s\"\n", sev_word(fi->severity),
                fi->rule ? fi->rule : "?", fi->part ? fi->part : "?", fi->paragraph + 1,
                fi->excerpt ? fi->excerpt : "");
    }
    if (strcmp(out, "-")) fprintf(f, L("salinan beranotasi: %s\n", "annotated copy: %s\n"), out);
}

/* IN or OUT is a stream: the document is read into memory and annotated there. Returns the
 * library status; *read_err is an errno when IN could not be read at all, *write_err one when the
 * copy could not be written to standard output. */
static int annotate_stream(netral_engine *e, const ann_opts *a, size_t max, netral_report **r,
                           int *read_err, int *write_err) {
    int own = strcmp(a->in, "-") != 0;
    int fd = own ? open(a->in, O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
    char *data = NULL;
    size_t len = 0;
    *read_err = fd < 0 ? errno : cli_read_fd(fd, max, &data, &len);
    if (own && fd >= 0) close(fd);
    if (*read_err) return NETRAL_E_IO;
    void *copy = NULL;
    size_t clen = 0;
    int st = netral_annotate_memory(e, data, len, &copy, &clen, r);
    free(data);
    if (st == NETRAL_OK) {
        if (!strcmp(a->out, "-")) {
            if (fwrite(copy, 1, clen, stdout) != clen || fflush(stdout) != 0) {
                *write_err = errno ? errno : EIO;
                st = NETRAL_E_IO;
            }
        } else {
            nt_err err = {0};
            st = nt_write_atomic(a->out, copy, clen, &err);
            if (st != NETRAL_OK)
                cli_err(L("salinan beranotasi gagal: %s", "annotated copy failed: %s"), err.msg);
        }
    }
    netral_free(copy);
    return st;
}

int cli_annotate(int argc, char **argv) {
    ann_opts a;
    int rc = parse(&a, argc, argv);
    if (rc < 0) {
        fputs(L("Pemakaian: netral annotate [--rules DIR] [--min-severity TKT] [--author NAMA] "
                "[--highlight] [--lang id|en] [--stdin-name NAMA] IN.docx OUT.docx\n"
                "IN \"-\" membaca masukan standar; OUT \"-\" menulis salinan ke keluaran standar "
                "(ringkasan ke stderr).\n",
                "Usage: netral annotate [--rules DIR] [--min-severity SEV] [--author NAME] "
                "[--highlight] [--lang id|en] [--stdin-name NAME] IN.docx OUT.docx\n"
                "IN \"-\" reads standard input; OUT \"-\" writes the copy to standard output "
                "(the summary to stderr).\n"),
              stdout);
        return 0;
    }
    if (rc) return rc;
    if (same_path(a.in, a.out))
        return cli_usage(
            L("menolak menimpa berkas masukan: %s", "refusing to overwrite the input: %s"), a.out);
    if (!strcmp(a.out, "-") && isatty(STDOUT_FILENO))
        return cli_usage(
            "%s", L("menolak menulis DOCX biner ke terminal; alihkan keluaran (> salinan.docx)",
                    "refusing to write a binary DOCX to a terminal; redirect it (> copy.docx)"));
    if (a.stdin_name && strcmp(a.in, "-"))
        return cli_usage("%s", L("--stdin-name hanya berlaku dengan IN \"-\"",
                                 "--stdin-name only applies with IN \"-\""));
    setenv("NETRAL_LANG", cli_lang(), 1);
    netral_options *o = options(&a, &rc);
    if (!o) return rc;
    netral_engine *e = NULL;
    if (netral_engine_new(o, &e) != NETRAL_OK) {
        rc = cli_usage(L("aturan gagal dimuat: %s", "rules failed to load: %s"),
                       netral_last_error());
        netral_options_free(o);
        return rc;
    }
    netral_report *r = NULL;
    const char *name = !strcmp(a.in, "-") ? (a.stdin_name ? a.stdin_name : "-") : a.in;
    int stream = !strcmp(a.in, "-") || !strcmp(a.out, "-"), read_err = 0, write_err = 0;
    int st = stream ? annotate_stream(e, &a, CLI_STREAM_MAX, &r, &read_err, &write_err)
                    : netral_annotate_file(e, a.in, a.out, &r);
    if (read_err) { /* like an unreadable document: the contract's code, exit 1 */
        int code = read_err == EFBIG    ? NETRAL_E_TOO_LARGE
                   : read_err == ENOENT ? NETRAL_E_NOT_FOUND
                                        : NETRAL_E_IO;
        cli_err("%s: %s: %s", name, netral_status_name(code), cli_strerror(read_err));
        rc = EXIT_FLAGGED;
    } else if (write_err) {
        cli_err(L("salinan beranotasi gagal: keluaran standar: %s",
                  "annotated copy failed: standard output: %s"),
                cli_strerror(write_err));
        rc = EXIT_USAGE;
    } else if (r && r->status != NETRAL_OK) {
        cli_err("%s: %s: %s", name, netral_status_name(r->status), r->error ? r->error : "");
        rc = EXIT_FLAGGED;
    } else if (st == NETRAL_E_SAME_FILE) {
        rc = cli_usage(
            L("menolak menimpa berkas masukan: %s", "refusing to overwrite the input: %s"), a.out);
    } else if (st >= NETRAL_E_NOT_A_ZIP && st <= NETRAL_E_LIMIT_EXCEEDED) {
        /* it reads, but no readable copy can be made of it (a damaged entry the scan never
         * reads, a copy over the reader's limits): the document's fault, like an unreadable one */
        cli_err("%s: %s: %s", name, netral_status_name(st), netral_last_error());
        rc = EXIT_FLAGGED;
    } else if (st != NETRAL_OK || !r) {
        cli_err(L("salinan beranotasi gagal: %s", "annotated copy failed: %s"),
                netral_last_error());
        rc = EXIT_USAGE;
    } else {
        summary(strcmp(a.out, "-") ? stdout : stderr, r, name, a.out);
        rc = strcmp(netral_report_verdict(r), "violation") ? 0 : EXIT_FLAGGED;
    }
    netral_report_free(r);
    netral_engine_free(e);
    netral_options_free(o);
    return rc;
}
