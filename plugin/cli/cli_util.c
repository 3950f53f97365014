/* cli_util.c - the netral command's shared helpers: message language, error lines, option
 * values, integers, clocks and folder creation. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

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

const char *cli_strerror(int e) {
    switch (e) {
    case ENOENT: return L("berkas atau folder tidak ada", "no such file or folder");
    case ENOTDIR: return L("sebagian jalur bukan folder", "part of the path is not a folder");
    case EISDIR: return L("itu sebuah folder", "it is a folder");
    case EACCES:
    case EPERM: return L("izin ditolak", "permission denied");
    case EROFS: return L("sistem berkas hanya-baca", "read-only file system");
    case ENOSPC: return L("disk penuh", "disk full");
    case EDQUOT: return L("kuota disk habis", "disk quota exceeded");
    case ENAMETOOLONG: return L("jalur terlalu panjang", "path too long");
    case ELOOP: return L("terlalu banyak tautan simbolik", "too many symbolic links");
    case EFBIG: return L("terlalu besar", "too large");
    case ENOMEM: return L("memori tidak cukup", "out of memory");
    case EEXIST: return L("sudah ada", "already exists");
    default: return cli_en() ? strerror(e) : L("galat I/O", "I/O error");
    }
}

/* Appends the components of p to the clean absolute path in b ("." dropped, ".." pops). */
static void clean_append(nt_buf *b, const char *p) {
    while (*p) {
        while (*p == '/') p++;
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (!len) break;
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (b->n > 1 && b->p[b->n - 1] != '/') b->n--;
            if (b->n > 1) b->n--; /* the slash, unless it is the root */
            b->p[b->n] = 0;
        } else if (!(len == 1 && p[0] == '.')) {
            if (b->n > 1 || (b->n == 1 && b->p[0] != '/')) nt_buf_putc(b, '/');
            nt_buf_put(b, p, len);
        }
        p += len;
    }
}

char *cli_abspath(const char *path) {
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_putc(&b, '/');
    if (path[0] != '/') {
        char *cwd = getcwd(NULL, 0);
        if (!cwd) {
            nt_buf_free(&b);
            return NULL;
        }
        clean_append(&b, cwd);
        free(cwd);
    }
    clean_append(&b, path);
    if (b.oom) {
        nt_buf_free(&b);
        return NULL;
    }
    return nt_buf_take(&b, NULL);
}

char *cli_relpath(const char *target, const char *base) {
    /* the longest common prefix of whole components */
    size_t common = 0, i = 0;
    for (;; i++) {
        char a = target[i], c = base[i];
        if ((a == '/' || !a) && (c == '/' || !c)) common = i;
        if (!a || !c || a != c) break;
    }
    if (!strcmp(base, "/")) common = 0;
    nt_buf b;
    nt_buf_init(&b);
    const char *rest = base + common;
    while (*rest) { /* one ".." per component of base left after the common part */
        while (*rest == '/') rest++;
        if (!*rest) break;
        nt_buf_puts(&b, "../");
        while (*rest && *rest != '/') rest++;
    }
    const char *t = target + common;
    while (*t == '/') t++;
    nt_buf_puts(&b, *t ? t : (b.n ? "" : "."));
    if (b.n && b.p[b.n - 1] == '/' && *t) b.p[--b.n] = 0;
    if (b.oom) {
        nt_buf_free(&b);
        return NULL;
    }
    return nt_buf_take(&b, NULL);
}

int cli_read_fd(int fd, size_t max, char **data, size_t *len) {
    nt_buf b;
    nt_buf_init(&b);
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int e = errno;
            nt_buf_free(&b);
            return e;
        }
        if (n == 0) break;
        if (b.n + (size_t)n > max) {
            nt_buf_free(&b);
            return EFBIG;
        }
        nt_buf_put(&b, chunk, (size_t)n);
        if (b.oom) {
            nt_buf_free(&b);
            return ENOMEM;
        }
    }
    if (!b.p && !(b.p = malloc(1))) return ENOMEM;
    *len = b.n;
    *data = b.p;
    return 0;
}

char *cli_partial_name(const char *path) {
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base) dot = base + strlen(base);
    size_t n = strlen(path), at = (size_t)(dot - path);
    char *out = malloc(n + sizeof ".partial");
    if (!out) return NULL;
    memcpy(out, path, at);
    memcpy(out + at, ".partial", 8);
    memcpy(out + at + 8, path + at, n - at + 1);
    return out;
}
