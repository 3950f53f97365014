/* tap.c - the unit tests' assertion counters and summary line. */
#include "tap.h"
#include <stdio.h>

int tap_passed, tap_failed;

void tap_check(int ok, const char *expr, const char *file, int line) {
    if (ok) {
        tap_passed++;
        return;
    }
    tap_failed++;
    fprintf(stderr, "FAIL %s:%d: %s\n", file, line, expr);
}

void tap_check_str(const char *got, const char *want, const char *expr, const char *file,
                   int line) {
    int ok = got && want ? strcmp(got, want) == 0 : got == want;
    if (ok) {
        tap_passed++;
        return;
    }
    tap_failed++;
    fprintf(stderr, "FAIL %s:%d: %s\n  got:  %s\n  want: %s\n", file, line, expr,
            got ? got : "(null)", want ? want : "(null)");
}

int tap_done(void) {
    printf("%d passed, %d failed\n", tap_passed, tap_failed);
    return tap_failed ? 1 : 0;
}
