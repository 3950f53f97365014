/* workflow_check.c - an example host program embedding libnetral the way a workflow tool would:
 * take an upload held in memory, scan it, list the findings, keep a JSON report, annotate a copy.
 *
 * Build against an installed Netral:
 *     cc workflow_check.c $(pkg-config --cflags --libs netral) -o workflow_check
 * Run:
 *     ./workflow_check [--rules DIR]... [--lang id|en] [--min-severity S] IN.docx OUT.docx [REPORT.json]
 * Exit status: 0 no finding at medium or above, 1 a violation or an unreadable document,
 * 2 usage or configuration error (as `netral scan`). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netral.h>

typedef struct args {
    const char *in, *out, *report;
    const char *lang, *min_severity;
    const char *rules[16];
    int nrules;
} args;

static int usage(void) {
    fprintf(stderr, "usage: workflow_check [--rules DIR]... [--lang id|en] [--min-severity S] "
                    "IN.docx OUT.docx [REPORT.json]\n");
    return 2;
}

static int parse_args(int argc, char **argv, args *a) {
    int positional = 0;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        int has_value = i + 1 < argc;
        if (!strcmp(s, "--rules") && has_value && a->nrules < 16)
            a->rules[a->nrules++] = argv[++i];
        else if (!strcmp(s, "--lang") && has_value)
            a->lang = argv[++i];
        else if (!strcmp(s, "--min-severity") && has_value)
            a->min_severity = argv[++i];
        else if (s[0] == '-' && s[1])
            return -1;
        else if (positional == 0)
            a->in = s, positional++;
        else if (positional == 1)
            a->out = s, positional++;
        else if (positional == 2)
            a->report = s, positional++;
        else
            return -1;
    }
    return a->in && a->out ? 0 : -1;
}

/* The upload: a whole file in one malloc'd buffer, as a web form or queue would hand it over. */
static unsigned char *read_upload(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return NULL;
    }
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0;
    int oom = 0;
    for (;;) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            unsigned char *p = realloc(buf, ncap);
            if (!p) {
                oom = 1;
                break;
            }
            buf = p, cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    int bad = oom || ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: %s\n", path, oom ? "out of memory" : "read failed");
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static int write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    int bad = fwrite(data, 1, len, f) != len;
    bad |= fclose(f) != 0;
    if (bad) fprintf(stderr, "%s: write failed\n", path);
    return bad ? -1 : 0;
}

/* Every netral_ call returns a status; this prints the library's message for a failed one. */
static int check(int rc, const char *what) {
    if (rc != NETRAL_OK)
        fprintf(stderr, "%s: %s (%s): %s\n", what, netral_strerror(rc), netral_status_name(rc),
                netral_last_error());
    return rc;
}

static netral_engine *make_engine(const args *a) {
    netral_options *opts = netral_options_new();
    if (!opts) {
        fprintf(stderr, "out of memory\n");
        return NULL;
    }
    int rc = NETRAL_OK;
    for (int i = 0; i < a->nrules && rc == NETRAL_OK; i++)
        rc = check(netral_options_add_rules_dir(opts, a->rules[i]), "--rules");
    if (rc == NETRAL_OK && a->lang)
        rc = check(netral_options_set_language(opts, a->lang), "--lang");
    if (rc == NETRAL_OK && a->min_severity)
        rc = check(netral_options_set_min_severity(opts, a->min_severity), "--min-severity");
    if (rc == NETRAL_OK)
        rc = check(netral_options_set_comment_author(opts, "Workflow", "WF"), "author");
    if (rc == NETRAL_OK)
        rc = check(netral_options_set_limit(opts, NETRAL_LIMIT_FILE_BYTES, 64u << 20), "limit");
    netral_engine *engine = NULL;
    if (rc == NETRAL_OK) check(netral_engine_new(opts, &engine), "engine");
    netral_options_free(opts);
    return engine;
}

static void print_findings(const netral_report *r) {
    printf("%s: %s, %zu finding(s)\n", netral_report_path(r), netral_report_verdict(r),
           netral_report_count(r));
    if (netral_report_status(r) != NETRAL_OK)
        printf("  error %s: %s\n", netral_status_name(netral_report_status(r)),
               netral_report_error(r));
    for (size_t i = 0; i < netral_report_count(r); i++) {
        const netral_finding *f = netral_report_finding(r, i);
        printf("  [%s] %s %s #%d %zu..%zu \"%s\"\n", f->severity, f->rule, f->part, f->paragraph,
               f->start, f->end, f->excerpt ? f->excerpt : "");
    }
    for (size_t i = 0; i < netral_report_rule_error_count(r); i++)
        printf("  rule error: %s\n", netral_report_rule_error(r, i));
}

static int save_json(const netral_report *r, const char *path) {
    char *json = NULL;
    size_t len = 0;
    if (check(netral_render(&r, 1, NETRAL_FORMAT_JSON, &json, &len), "render") != NETRAL_OK)
        return -1;
    int rc = write_file(path, json, len);
    netral_free(json);
    return rc;
}

/* Scan the upload, report, annotate. Returns the exit status. */
static int process(netral_engine *engine, const args *a, const unsigned char *data, size_t len) {
    netral_report *report = NULL;
    if (check(netral_scan_memory(engine, data, len, a->in, &report), "scan") != NETRAL_OK) return 2;
    print_findings(report);
    int status = strcmp(netral_report_verdict(report), "violation") == 0 ||
                 netral_report_status(report) != NETRAL_OK;
    if (a->report && save_json(report, a->report) != 0) status = 2;
    int readable = netral_report_status(report) == NETRAL_OK;
    netral_report_free(report);
    if (!readable) return 1; /* nothing to annotate; the report already says why */

    void *annotated = NULL;
    size_t annotated_len = 0;
    if (check(netral_annotate_memory(engine, data, len, &annotated, &annotated_len, NULL),
              "annotate") != NETRAL_OK)
        return 2;
    if (write_file(a->out, annotated, annotated_len) != 0)
        status = 2;
    else
        printf("annotated copy: %s (%zu bytes)\n", a->out, annotated_len);
    netral_free(annotated);
    return status;
}

int main(int argc, char **argv) {
    args a = {0};
    if (parse_args(argc, argv, &a) != 0) return usage();
    if (strcmp(netral_version(), NETRAL_VERSION_STRING) != 0)
        fprintf(stderr, "note: built with netral %s, running %s\n", NETRAL_VERSION_STRING,
                netral_version());
    size_t len = 0;
    unsigned char *upload = read_upload(a.in, &len);
    if (!upload) return 1;
    netral_engine *engine = make_engine(&a);
    int status = engine ? process(engine, &a, upload, len) : 2;
    netral_engine_free(engine);
    free(upload);
    return status;
}
