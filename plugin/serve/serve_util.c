/* serve_util.c - the server's own small helpers: taking a buffer, base64, constant-time comparison,
 * clocks, the message language and the log (buffers and JSON strings are plugin/base's). */
#include "serve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- Buffers ------------------------------------------------------------------------------- */

char *serve_buf_take(nt_buf *b, size_t *len) {
    if (!b->oom) nt_buf_cstr(b); /* an empty buffer gets its storage (and NUL) here */
    if (b->oom || !b->p) {
        nt_buf_free(b);
        if (len) *len = 0;
        return NULL;
    }
    return nt_buf_take(b, len);
}

void serve_base64(nt_buf *b, const void *d, size_t n) {
    static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *u = d;
    char out[4096];
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)u[i] << 16 | (unsigned)u[i + 1] << 8 | u[i + 2];
        out[o++] = A[v >> 18];
        out[o++] = A[(v >> 12) & 63];
        out[o++] = A[(v >> 6) & 63];
        out[o++] = A[v & 63];
        if (o == sizeof out) {
            nt_buf_put(b, out, o);
            o = 0;
        }
    }
    if (n - i == 1) {
        unsigned v = (unsigned)u[i] << 16;
        out[o++] = A[v >> 18];
        out[o++] = A[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)u[i] << 16 | (unsigned)u[i + 1] << 8;
        out[o++] = A[v >> 18];
        out[o++] = A[(v >> 12) & 63];
        out[o++] = A[(v >> 6) & 63];
        out[o++] = '=';
    }
    nt_buf_put(b, out, o);
}

/* ---- Comparisons, clocks, language, log ------------------------------------------------------- */

int serve_secret_equal(const char *a, size_t alen, const char *b, size_t blen) {
    if (alen != blen) return 0;
    volatile unsigned char d = 0;
    for (size_t i = 0; i < alen; i++) d |= (unsigned char)(a[i] ^ b[i]);
    return d == 0;
}

double serve_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int g_en;
void serve_set_en(int en) { g_en = en != 0; }
int serve_en(void) { return g_en; }

void serve_log(const char *fmt, ...) {
    char line[2048];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%S", &tm);
    n +=
        (size_t)snprintf(line + n, sizeof line - n, ".%03ldZ netral serve: ", ts.tv_nsec / 1000000);
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(line + n, sizeof line - n - 1, fmt, ap);
    va_end(ap);
    if (k < 0) k = 0;
    n += (size_t)k < sizeof line - n - 1 ? (size_t)k : sizeof line - n - 2;
    line[n++] = '\n';
    /* One write per line, so lines of different threads never interleave. */
    ssize_t w = write(2, line, n);
    (void)w;
}
