/* serve_util.c - the server's small shared utility layer: a growable buffer, JSON strings, base64,
 * UTF-8 checks, constant-time comparison, clocks, the message language and the log. */
#include "serve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- Buffer ----------------------------------------------------------------------------------- */

static int reserve(sbuf *b, size_t extra) {
    if (b->oom) return -1;
    if (b->n + extra + 1 <= b->cap) return 0;
    size_t nc = b->cap ? b->cap : 256;
    while (nc < b->n + extra + 1) {
        if (nc > SIZE_MAX / 2) { b->oom = 1; return -1; }
        nc *= 2;
    }
    char *np = realloc(b->p, nc);
    if (!np) { b->oom = 1; return -1; }
    b->p = np;
    b->cap = nc;
    return 0;
}

void sbuf_put(sbuf *b, const void *d, size_t n) {
    if (!n || reserve(b, n)) return;
    memcpy(b->p + b->n, d, n);
    b->n += n;
    b->p[b->n] = 0;
}

void sbuf_puts(sbuf *b, const char *s) { sbuf_put(b, s, strlen(s)); }

void sbuf_printf(sbuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { sbuf_put(b, tmp, (size_t)n); return; }
    if (reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when it is not one. */
static size_t utf8_seq(const unsigned char *s, size_t left) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t n;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
    else return 0;
    if (left < n) return 0;
    unsigned v = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    return n;
}

int serve_utf8_valid(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq(u + i, n - i);
        if (!k) return 0;
        i += k;
    }
    return 1;
}

void sbuf_json(sbuf *b, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    sbuf_put(b, "\"", 1);
    size_t done = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        const char *esc = NULL;
        char tmp[8];
        size_t k = 1;
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\r') esc = "\\r";
        else if (c == '\t') esc = "\\t";
        else if (c < 0x20 || c == 0x7F) { snprintf(tmp, sizeof tmp, "\\u%04x", c); esc = tmp; }
        else if (c >= 0x80) {
            k = utf8_seq(u + i, n - i);
            if (!k) { esc = "\xEF\xBF\xBD"; k = 1; }
            /* U+2028/2029 are valid JSON but break JavaScript string literals: escape them. */
            else if (k == 3 && c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))
                esc = u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
        }
        if (esc) {
            sbuf_put(b, s + done, i - done);
            sbuf_puts(b, esc);
            done = i + k;
        }
        i += k;
    }
    sbuf_put(b, s + done, n - done);
    sbuf_put(b, "\"", 1);
}

void sbuf_jsonz(sbuf *b, const char *s) {
    if (!s) sbuf_puts(b, "null");
    else sbuf_json(b, s, strlen(s));
}

void sbuf_base64(sbuf *b, const void *d, size_t n) {
    static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *u = d;
    if (n > (SIZE_MAX / 4) * 3 - 3 || reserve(b, (n + 2) / 3 * 4)) { b->oom = 1; return; }
    char *o = b->p + b->n;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)u[i] << 16 | (unsigned)u[i + 1] << 8 | u[i + 2];
        *o++ = A[v >> 18]; *o++ = A[(v >> 12) & 63]; *o++ = A[(v >> 6) & 63]; *o++ = A[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)u[i] << 16;
        *o++ = A[v >> 18]; *o++ = A[(v >> 12) & 63]; *o++ = '='; *o++ = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)u[i] << 16 | (unsigned)u[i + 1] << 8;
        *o++ = A[v >> 18]; *o++ = A[(v >> 12) & 63]; *o++ = A[(v >> 6) & 63]; *o++ = '=';
    }
    b->n = (size_t)(o - b->p);
    b->p[b->n] = 0;
}

char *sbuf_take(sbuf *b, size_t *len) {
    if (b->oom || (!b->p && reserve(b, 0))) {
        sbuf_free(b);
        if (len) *len = 0;
        return NULL;
    }
    char *p = b->p;
    if (len) *len = b->n;
    memset(b, 0, sizeof *b);
    return p;
}

void sbuf_free(sbuf *b) {
    free(b->p);
    memset(b, 0, sizeof *b);
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
    n += (size_t)snprintf(line + n, sizeof line - n, ".%03ldZ netral serve: ", ts.tv_nsec / 1000000);
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
