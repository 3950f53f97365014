/* util.c - growable buffers, JSON string escaping, UTF-8 decoding/validation, error slots.
 * Everything here is allocation-checked: a failed growth marks the buffer instead of crashing. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nt_buf_init(nt_buf *b) { memset(b, 0, sizeof *b); }

void nt_buf_free(nt_buf *b) {
    free(b->p);
    memset(b, 0, sizeof *b);
}

static int buf_reserve(nt_buf *b, size_t extra) {
    if (b->oom) return -1;
    if (b->n + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

int nt_buf_put(nt_buf *b, const void *data, size_t len) {
    if (buf_reserve(b, len)) return -1;
    if (len) memcpy(b->p + b->n, data, len);
    b->n += len;
    b->p[b->n] = 0;
    return 0;
}

int nt_buf_puts(nt_buf *b, const char *s) { return nt_buf_put(b, s, strlen(s)); }

int nt_buf_putc(nt_buf *b, char c) { return nt_buf_put(b, &c, 1); }

int nt_buf_printf(nt_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof tmp) return nt_buf_put(b, tmp, (size_t)n);
    if (buf_reserve(b, (size_t)n)) return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
    return 0;
}

const char *nt_buf_cstr(nt_buf *b) {
    if (!b->p && buf_reserve(b, 0)) return "";
    b->p[b->n] = 0;
    return b->p;
}

char *nt_buf_take(nt_buf *b, size_t *len) {
    nt_buf_cstr(b);
    char *p = b->p;
    if (len) *len = b->n;
    memset(b, 0, sizeof *b);
    return p;
}

size_t nt_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
    unsigned c = s[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        min = 0x10000;
    } else
        goto bad;
    if (len < n) goto bad;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) goto bad;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) goto bad;
    *cp = v;
    return n;
bad:
    *cp = 0xFFFD;
    return 0;
}

size_t nt_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = 0xC0 | (cp >> 6);
        o[1] = 0x80 | (cp & 0x3F);
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12);
        o[1] = 0x80 | ((cp >> 6) & 0x3F);
        o[2] = 0x80 | (cp & 0x3F);
        return 3;
    }
    o[0] = 0xF0 | (cp >> 18);
    o[1] = 0x80 | ((cp >> 12) & 0x3F);
    o[2] = 0x80 | ((cp >> 6) & 0x3F);
    o[3] = 0x80 | (cp & 0x3F);
    return 4;
}

size_t nt_utf8_cut(const char *s, size_t len, size_t max) {
    if (len <= max) return len;
    size_t cut = max;
    /* back off over continuation bytes: at most 3 in valid UTF-8 (past that the input is not
     * UTF-8 here anyway, and the escapers turn it into U+FFFD) */
    for (int k = 0; k < 3 && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80; k++) cut--;
    return cut;
}

char *nt_strdup_capped(const char *s, size_t max) {
    size_t len = strlen(s);
    if (len <= max) return nt_strndup(s, len);
    static const char ell[] = "\xE2\x80\xA6"; /* the cut shows: "…" */
    size_t cut = nt_utf8_cut(s, len, max - (sizeof ell - 1));
    char *d = malloc(cut + sizeof ell);
    if (!d) return NULL;
    memcpy(d, s, cut);
    memcpy(d + cut, ell, sizeof ell);
    return d;
}

int nt_utf8_valid(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = nt_utf8_decode(p + i, len - i, &cp);
        if (!n) return 0;
        i += n;
    }
    return 1;
}

void nt_json_str(nt_buf *b, const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    nt_buf_putc(b, '"');
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t n = nt_utf8_decode(p + i, len - i, &cp);
            if (!n) {
                nt_buf_puts(b, "\xEF\xBF\xBD");
                i++;
                continue;
            }
            /* U+2028/2029 are valid JSON but break JavaScript embedding (HTML report). */
            if (cp == 0x2028 || cp == 0x2029)
                nt_buf_printf(b, "\\u%04x", (unsigned)cp);
            else
                nt_buf_put(b, p + i, n);
            i += n;
            continue;
        }
        switch (c) {
        case '"': nt_buf_puts(b, "\\\""); break;
        case '\\': nt_buf_puts(b, "\\\\"); break;
        case '\n': nt_buf_puts(b, "\\n"); break;
        case '\r': nt_buf_puts(b, "\\r"); break;
        case '\t': nt_buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                nt_buf_printf(b, "\\u%04x", c);
            else
                nt_buf_putc(b, (char)c);
        }
        i++;
    }
    nt_buf_putc(b, '"');
}

void nt_json_cstr(nt_buf *b, const char *s) {
    if (!s)
        nt_buf_puts(b, "null");
    else
        nt_json_str(b, s, strlen(s));
}

void nt_err_set(nt_err *e, int code, const char *fmt, ...) {
    if (!e) return;
    e->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

static _Thread_local int tl_lang = -1; /* -1: not set by an entry point, 0 id, 1 en */

int nt_lang_en(void) {
    if (tl_lang >= 0) return tl_lang;
    const char *l = getenv("NETRAL_LANG");
    return l && strncmp(l, "en", 2) == 0;
}

int nt_lang_enter(int en) {
    int prev = tl_lang;
    tl_lang = en ? 1 : 0;
    return prev;
}

void nt_lang_leave(int prev) { tl_lang = prev; }

char *nt_strdup(const char *s) { return s ? nt_strndup(s, strlen(s)) : NULL; }

char *nt_strndup(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

uint64_t nt_hash64(const void *data, size_t len, uint64_t seed) {
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* ---- Annotated-copy paths -------------------------------------------------------------------- */

/* DIR + the input path made relative: leading '/' and "./" dropped, ".." components renamed
 * so a copy can never land outside DIR. */
char *nt_mirror_path(const char *dir, const char *path) {
    if (!dir || !path) return NULL;
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_puts(&b, dir);
    while (b.n > 1 && b.p[b.n - 1] == '/') b.p[--b.n] = 0;
    const char *p = path;
    while (*p) {
        while (*p == '/') p++;
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0) break;
        if (!(len == 1 && p[0] == '.')) {
            nt_buf_putc(&b, '/');
            if (len == 2 && p[0] == '.' && p[1] == '.')
                nt_buf_puts(&b, "__");
            else
                nt_buf_put(&b, p, len);
        }
        p += len;
    }
    if (b.oom) {
        nt_buf_free(&b);
        return NULL;
    }
    return nt_buf_take(&b, NULL);
}
