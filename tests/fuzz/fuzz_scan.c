/* fuzz_scan.c - libFuzzer target for a whole scan: bytes -> findings with the built-in rules
 * (one engine for the run), each report checked and rendered in every report format. */
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
        /* Without rules there is nothing to fuzz: fail loudly rather than pass vacuously. */
        fprintf(stderr, "fuzz_scan: engine failed to load: %s\n", netral_last_error());
        exit(2);
    }
    atexit(free_engine);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *owned;
    size_t len;
    const uint8_t *in = nt_fuzz_input(data, size, &len, &owned);
    if (!in) return 0;
    netral_report *r = NULL;
    int rc = netral_scan_memory(engine, in, len, "fuzz.docx", &r);
    free(owned);
    NT_FUZZ_CHECK(rc == NETRAL_OK && r != NULL);
    nt_fuzz_check_report(r);
    for (int fmt = NETRAL_FORMAT_JSONL; fmt <= NETRAL_FORMAT_TEXT; fmt++) {
        char *out = NULL;
        size_t out_len = 0;
        const netral_report *one[1] = {r};
        NT_FUZZ_CHECK(netral_render(one, 1, fmt, &out, &out_len) == NETRAL_OK && out);
        NT_FUZZ_CHECK(strlen(out) == out_len);
        netral_free(out);
    }
    netral_report_free(r);
    return 0;
}
