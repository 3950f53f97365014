/* cli_util.c - the netral command's shared helpers: message language, error lines, option
 * values, integers, clocks and folder creation. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static int g_en = -1; /* -1: not decided yet, read NETRAL_LANG */

void cli_set_lang(const char *lang) { g_en = lang && !strncmp(lang, "en", 2); }

int cli_en(void) {
    if (g_en < 0) {
        const char *l = getenv("NETRAL_LANG");
        g_en = l && !strncmp(l, "en", 2);
    }
    return g_en;
}

const char *cli_lang(void) { return cli_en() ? "en" : "id"; }

void cli_err(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("netral: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("netral: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return EXIT_USAGE;
}

double cli_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cli_mkdir_p(const char *dir) {
    size_t n = strlen(dir);
    char *p = malloc(n + 1);
    if (!p) return ENOMEM;
    memcpy(p, dir, n + 1);
    int rc = 0;
    /* create each prefix in turn; existing folders are fine */
    for (size_t i = 1; i <= n && !rc; i++) {
        if (p[i] != '/' && p[i] != 0) continue;
        char c = p[i];
        p[i] = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) rc = errno;
        p[i] = c;
    }
    struct stat st;
    if (!rc && (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))) rc = ENOTDIR;
    free(p);
    return rc;
}

int cli_mkdir_parents(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) return 0;
    size_t n = (size_t)(slash - path);
    char *d = malloc(n + 1);
    if (!d) return ENOMEM;
    memcpy(d, path, n);
    d[n] = 0;
    int rc = cli_mkdir_p(d);
    free(d);
    return rc;
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *lng, const char *shrt,
                          int *missing) {
    const char *a = argv[*i];
    *missing = 0;
    size_t ln = lng ? strlen(lng) : 0;
    if (lng && !strncmp(a, lng, ln) && a[ln] == '=') return a + ln + 1;
    int exact = (lng && !strcmp(a, lng)) || (shrt && !strcmp(a, shrt));
    if (!exact && shrt && !strncmp(a, shrt, strlen(shrt)) && strlen(shrt) == 2)
        return a + 2; /* -j4 */
    if (!exact) return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

int cli_parse_int(const char *s, long lo, long hi, long *out) {
    if (!s || !*s) return -1;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}
