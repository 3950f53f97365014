/* tap.h - a tiny assertion helper for the C unit tests: counts checks, prints failures with
 * file:line, and ends with the "N passed, N failed" line. */
#ifndef NT_TAP_H
#define NT_TAP_H
#include <string.h>

extern int tap_passed, tap_failed;
void tap_check(int ok, const char *expr, const char *file, int line);
void tap_check_str(const char *got, const char *want, const char *expr, const char *file, int line);
int tap_done(void); /* prints the summary, returns the exit status */

#define CHECK(e)             tap_check(!!(e), #e, __FILE__, __LINE__)
#define CHECK_STR(got, want) tap_check_str((got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(got, want)                                                                       \
    tap_check((long long)(got) == (long long)(want), #got " == " #want, __FILE__, __LINE__)

#endif
