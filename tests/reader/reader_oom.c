/* reader_oom.c - allocation-failure sweep of the DOCX reader: fails each allocation of its own code
 * in turn (-Wl,--wrap) while loading a document; each must end in a clean out-of-memory error. */
#include "document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Leaks on these error paths are left to AddressSanitizer (build with -DNETRAL_SANITIZE=ON). */
void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);

static long countdown = -1; /* allocations left before the failing one; -1: never fail */
static long seen;

static int fail_now(void) {
    seen++;
    if (countdown < 0) return 0;
    return countdown-- == 0;
}

void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) { return fail_now() ? NULL : __real_calloc(n, m); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }

/* Loads the file; *json gets the model as JSON (malloc'd by the real allocator), or NULL when
 * writing it ran out of memory. */
static int load(const char *path, char **json) {
    nt_package *pkg;
    nt_doc *doc;
    nt_err err = {0};
    *json = NULL;
    int rc = nt_package_open_path(path, NULL, &pkg, &err);
    if (!rc) rc = nt_doc_load(pkg, NULL, NT_DOC_KEEP_XML, &doc, &err);
    if (rc) return rc;
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_text(doc, &b);
    nt_doc_write_json(doc, &b);
    if (!b.oom && b.p) {
        *json = __real_malloc(b.n + 1);
        if (*json) memcpy(*json, b.p, b.n + 1);
    }
    nt_buf_free(&b);
    nt_doc_free(doc);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: reader_oom FILE.docx...\n");
        return 2;
    }
    int bad = 0;
    for (int a = 1; a < argc; a++) {
        countdown = -1;
        seen = 0;
        char *want;
        if (load(argv[a], &want) || !want) {
            printf("FAIL %s: does not load even without failures\n", argv[a]);
            bad++;
            continue;
        }
        long total = seen, errors = 0, views = 0, props = 0;
        for (long k = 0; k < total; k++) {
            char *got;
            countdown = k;
            int rc = load(argv[a], &got);
            countdown = -1;
            /* a failed allocation surfaces as NOMEM, or an out-of-memory mark on the output
             * buffer, or (document properties being optional facts) a missing property */
            if (rc == NETRAL_E_NOMEM)
                errors++;
            else if (rc == NETRAL_OK && !got)
                views++;
            else if (rc == NETRAL_OK && strcmp(got, want)) {
                const char *p = got, *q = want;
                while (*p && *p == *q) p++, q++;
                const char *lh = strstr(got, "\"letterhead\"");
                int prop_only = lh && lh < p; /* the difference is among the letterhead facts */
                if (prop_only && getenv("OOM_VERBOSE")) printf("# %ld: %.70s\n", k, p);
                if (prop_only)
                    props++;
                else {
                    printf("FAIL %s: allocation %ld failed silently, output differs at: %.60s\n",
                           argv[a], k, p);
                    bad++;
                }
            } else if (rc != NETRAL_OK) {
                printf("FAIL %s: allocation %ld failed -> status %d instead of out-of-memory\n",
                       argv[a], k, rc);
                bad++;
            }
            free(got);
        }
        free(want);
        printf("%s: %ld allocations, each failed once: %ld out-of-memory errors, %ld outputs "
               "marked out of "
               "memory, %ld loads without an optional property\n",
               argv[a], total, errors, views, props);
    }
    return bad ? 1 : 0;
}
