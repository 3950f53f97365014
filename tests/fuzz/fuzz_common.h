/* fuzz_common.h - helpers shared by the libFuzzer targets: invariant checks that abort loudly so
 * the fuzzer (or the standalone regression driver) records the input that broke them. */
#ifndef NT_FUZZ_COMMON_H
#define NT_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral.h"

/* A broken invariant is a bug even when nothing crashed: make it a crash the fuzzer keeps. */
#define NT_FUZZ_CHECK(cond)                                                                     \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                            \
        }                                                                                       \
    } while (0)

/* Contract strings a report may carry. */
static inline int nt_fuzz_is_category(const char *c) {
    static const char *const cats[] = {"endorsement", "campaign-activity", "social-media",
                                       "state-facility", "inducement", "letterhead-misuse"};
    for (size_t i = 0; c && i < sizeof cats / sizeof cats[0]; i++)
        if (!strcmp(c, cats[i])) return 1;
    return 0;
}

static inline int nt_fuzz_is_severity(const char *s) {
    return s && (!strcmp(s, "high") || !strcmp(s, "medium") || !strcmp(s, "low") ||
                 !strcmp(s, "info"));
}

/* Every report, whatever the input: a known status, a consistent verdict, sane findings. */
static inline void nt_fuzz_check_report(const netral_report *r) {
    int st = netral_report_status(r);
    NT_FUZZ_CHECK(st == NETRAL_OK || (st >= NETRAL_E_NOT_FOUND && st <= NETRAL_E_LIMIT_EXCEEDED) ||
                  st == NETRAL_E_NOMEM || st == NETRAL_E_INTERNAL);
    const char *verdict = netral_report_verdict(r);
    NT_FUZZ_CHECK(verdict != NULL);
    if (st != NETRAL_OK) {
        NT_FUZZ_CHECK(!strcmp(verdict, "error"));
        NT_FUZZ_CHECK(netral_report_error(r)[0] != 0);
        return;
    }
    int worst = -1;
    for (size_t i = 0; i < netral_report_count(r); i++) {
        const netral_finding *f = netral_report_finding(r, i);
        NT_FUZZ_CHECK(f && f->rule && f->part && f->message);
        NT_FUZZ_CHECK(nt_fuzz_is_category(f->category));
        NT_FUZZ_CHECK(nt_fuzz_is_severity(f->severity));
        NT_FUZZ_CHECK(f->start <= f->end);
        NT_FUZZ_CHECK(f->confidence >= 0.0 && f->confidence <= 1.0);
        int sev = !strcmp(f->severity, "high") ? 3 : !strcmp(f->severity, "medium") ? 2
                  : !strcmp(f->severity, "low") ? 1 : 0;
        if (sev > worst) worst = sev;
    }
    const char *want = worst >= 2 ? "violation" : worst == 1 ? "review" : "clean";
    NT_FUZZ_CHECK(!strcmp(verdict, want));
}

#endif
