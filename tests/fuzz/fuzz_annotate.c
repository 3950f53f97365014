/* fuzz_annotate.c - libFuzzer target for annotation: bytes -> annotated copy -> scanned again. The
 * copy must read back cleanly and keep every original finding at the same place. */
#include "fuzz_common.h"

static netral_engine *engine;

static void free_engine(void) {
    netral_engine_free(engine);
    engine = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    if (netral_engine_new(NULL, &engine) != NETRAL_OK) {
        fprintf(stderr, "fuzz_annotate: engine failed to load: %s\n", netral_last_error());
        exit(2);
    }
    atexit(free_engine);
    return 0;
}

static int same_place(const netral_finding *a, const netral_finding *b) {
    return !strcmp(a->rule, b->rule) && !strcmp(a->part, b->part) && a->paragraph == b->paragraph &&
           a->start == b->start && a->end == b->end;
}

static int has_finding(const netral_report *r, const netral_finding *f) {
    for (size_t i = 0; i < netral_report_count(r); i++)
        if (same_place(netral_report_finding(r, i), f)) return 1;
    return 0;
}

/* Findings are compared outside the comments part: the annotator adds comments whose own
 * words may be scanned, but it must not move, drop or invent anything in the user's text. */
static void check_same_findings(const netral_report *before, const netral_report *after) {
    for (size_t i = 0; i < netral_report_count(before); i++) {
        const netral_finding *f = netral_report_finding(before, i);
        if (strstr(f->part, "comments")) continue;
        NT_FUZZ_CHECK(has_finding(after, f));
    }
    for (size_t i = 0; i < netral_report_count(after); i++) {
        const netral_finding *f = netral_report_finding(after, i);
        if (strstr(f->part, "comments")) continue;
        NT_FUZZ_CHECK(has_finding(before, f));
    }
}

static void annotate_one(const uint8_t *data, size_t size) {
    void *out = NULL;
    size_t out_len = 0;
    netral_report *before = NULL;
    int rc = netral_annotate_memory(engine, data, size, &out, &out_len, &before);
    if (rc != NETRAL_OK) {
        /* A document that cannot be read gets its report; nothing else may fail. */
        NT_FUZZ_CHECK(out == NULL);
        NT_FUZZ_CHECK(rc != NETRAL_E_INTERNAL && rc != NETRAL_E_INVALID_ARG);
        if (before) nt_fuzz_check_report(before);
        netral_report_free(before);
        return;
    }
    NT_FUZZ_CHECK(out != NULL && out_len > 0 && before != NULL);
    NT_FUZZ_CHECK(netral_report_status(before) == NETRAL_OK);
    netral_report *after = NULL;
    NT_FUZZ_CHECK(netral_scan_memory(engine, out, out_len, "annotated.docx", &after) == NETRAL_OK);
    if (netral_report_status(after) != NETRAL_OK)
        fprintf(stderr, "annotated copy does not read back: %s\n", netral_report_error(after));
    NT_FUZZ_CHECK(netral_report_status(after) == NETRAL_OK);
    nt_fuzz_check_report(after);
    check_same_findings(before, after);
    netral_report_free(after);
    netral_report_free(before);
    netral_free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *owned;
    size_t len;
    const uint8_t *in = nt_fuzz_input(data, size, &len, &owned);
    if (in) annotate_one(in, len);
    free(owned);
    return 0;
}
