/* serve_multipart.c - finds one field of a multipart/form-data body (RFC 7578 / RFC 2046) held in
 * memory: strict delimiters, bounded part headers, a closing delimiter required (so a truncated
 * upload is refused), the field's filename parameter (quoted, plain or RFC 5987 filename*). */
#include "serve.h"

#include <string.h>
#include <strings.h>

#define MP_MAX_BOUNDARY 200   /* RFC 2046 allows 70; be lenient, not unbounded */
#define MP_MAX_HEADERS  16384 /* bytes of one part's header block */

int serve_is_multipart(const char *ct) {
    if (!ct) return 0;
    while (*ct == ' ' || *ct == '\t') ct++;
    static const char mt[] = "multipart/form-data";
    if (strncasecmp(ct, mt, sizeof mt - 1)) return 0;
    char c = ct[sizeof mt - 1];
    return c == 0 || c == ';' || c == ' ' || c == '\t';
}

const char *serve_mp_error_name(int rc) {
    switch (rc) {
    case SERVE_MP_OK: return "ok";
    case SERVE_MP_NO_BOUNDARY: return "no-boundary";
    case SERVE_MP_NO_FIELD: return "no-file-field";
    default: return "malformed";
    }
}

static int is_tchar(unsigned char c) {
    return c > 0x20 && c < 0x7F && !strchr("()<>@,;:\\\"/[]?={}", c);
}

/* Parameter `name` of a header value "type; a=b; c=\"d\"" (s[0..n)). Copies its value into out
 * (NUL-terminated). 1 found, 0 absent, -1 malformed or longer than outlen - 1. */
static int header_param(const char *s, size_t n, const char *name, char *out, size_t outlen) {
    size_t i = 0, nl = strlen(name);
    while (i < n && s[i] != ';') {
        if (s[i] == '"') return -1; /* a quote in the media type itself */
        i++;
    }
    while (i < n) {
        i++; /* the ';' */
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        if (i == n) return 0; /* trailing ';' */
        size_t k0 = i;
        while (i < n && is_tchar((unsigned char)s[i])) i++;
        size_t klen = i - k0;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        if (!klen || i == n || s[i] != '=') return -1;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        size_t o = 0;
        int want = klen == nl && !strncasecmp(s + k0, name, nl);
        if (i < n && s[i] == '"') {
            i++;
            for (;;) {
                if (i == n) return -1; /* unterminated */
                char c = s[i++];
                if (c == '"') break;
                if (c == '\\') {
                    if (i == n) return -1;
                    c = s[i++];
                }
                if (want) {
                    if (o + 1 >= outlen) return -1;
                    out[o++] = c;
                }
            }
        } else {
            size_t v0 = i;
            while (i < n && s[i] != ';' && s[i] != ' ' && s[i] != '\t') {
                if (s[i] == '"') return -1;
                i++;
            }
            if (want) {
                if (i - v0 + 1 > outlen) return -1;
                memcpy(out, s + v0, i - v0);
                o = i - v0;
            }
        }
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        if (i < n && s[i] != ';') return -1;
        if (want) {
            out[o] = 0;
            return 1;
        }
    }
    return 0;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* RFC 5987 ext-value "UTF-8'lang'pct-encoded" into out; 0 when it is not usable. */
static int ext_value(const char *v, char *out, size_t outlen) {
    if (strncasecmp(v, "UTF-8'", 6)) return 0;
    const char *p = strchr(v + 6, '\'');
    if (!p) return 0;
    size_t o = 0;
    for (p++; *p; p++) {
        int c = (unsigned char)*p;
        if (c == '%') {
            int h = hexval(p[1]), l = h < 0 ? -1 : hexval(p[2]);
            if (l < 0) return 0;
            c = h * 16 + l;
            p += 2;
        }
        if (o + 1 >= outlen || c == 0) return 0;
        out[o++] = (char)c;
    }
    out[o] = 0;
    return 1;
}

static const unsigned char *find(const unsigned char *hay, size_t n, const char *needle, size_t m) {
    return m <= n ? memmem(hay, n, needle, m) : NULL;
}

int serve_multipart_find(const char *content_type, const unsigned char *body, size_t len,
                         const char *field, serve_part *out) {
    memset(out, 0, sizeof *out);
    if (!serve_is_multipart(content_type)) return SERVE_MP_NO_BOUNDARY;
    char boundary[MP_MAX_BOUNDARY + 1];
    if (header_param(content_type, strlen(content_type), "boundary", boundary, sizeof boundary) !=
            1 ||
        !boundary[0])
        return SERVE_MP_NO_BOUNDARY;
    /* "\r\n--" + boundary: every delimiter but the first, which may open the body. */
    char delim[MP_MAX_BOUNDARY + 5];
    size_t blen = strlen(boundary), dlen = blen + 4;
    memcpy(delim, "\r\n--", 4);
    memcpy(delim + 4, boundary, blen);

    size_t pos;
    if (len >= dlen - 2 && !memcmp(body, delim + 2, dlen - 2))
        pos = dlen - 2;
    else {
        const unsigned char *d = find(body, len, delim, dlen); /* after a preamble */
        if (!d) return SERVE_MP_MALFORMED;
        pos = (size_t)(d - body) + dlen;
    }
    int found = 0;
    for (;;) {
        /* After a delimiter: "--" closes the body; else optional padding, then CRLF. */
        if (len - pos >= 2 && body[pos] == '-' && body[pos + 1] == '-') break;
        while (pos < len && (body[pos] == ' ' || body[pos] == '\t')) pos++;
        if (len - pos < 2 || body[pos] != '\r' || body[pos + 1] != '\n') return SERVE_MP_MALFORMED;
        pos += 2;
        /* Part headers up to the empty line. */
        size_t hmax = len - pos < MP_MAX_HEADERS ? len - pos : MP_MAX_HEADERS;
        const unsigned char *hend;
        if (hmax >= 2 && body[pos] == '\r' && body[pos + 1] == '\n')
            hend = body + pos; /* none */
        else {
            hend = find(body + pos, hmax, "\r\n\r\n", 4);
            if (!hend) return SERVE_MP_MALFORMED;
            hend += 2; /* keep the last header's CRLF inside the block */
        }
        const char *h = (const char *)body + pos;
        size_t hn = (size_t)((const char *)hend - h);
        size_t cstart = pos + hn + 2;
        const unsigned char *dnext = find(body + cstart, len - cstart, delim, dlen);
        if (!dnext) return SERVE_MP_MALFORMED; /* truncated: no delimiter after the content */
        size_t cend = (size_t)(dnext - body);
        /* Each header line "Name: value\r\n"; only Content-Disposition matters. */
        int is_field = 0, has_cd = 0;
        char fname[sizeof out->filename] = "";
        for (size_t i = 0; i < hn;) {
            const char *eol = memchr(h + i, '\r', hn - i);
            if (!eol || (size_t)(eol - h) + 1 >= hn || eol[1] != '\n') return SERVE_MP_MALFORMED;
            size_t ln = (size_t)(eol - (h + i));
            const char *colon = memchr(h + i, ':', ln);
            if (!colon || colon == h + i) return SERVE_MP_MALFORMED;
            size_t nlen = (size_t)(colon - (h + i));
            for (size_t k = 0; k < nlen; k++)
                if (!is_tchar((unsigned char)h[i + k])) return SERVE_MP_MALFORMED;
            if (nlen == 19 && !strncasecmp(h + i, "Content-Disposition", 19)) {
                if (has_cd) return SERVE_MP_MALFORMED;
                has_cd = 1;
                const char *v = colon + 1;
                size_t vn = ln - nlen - 1;
                while (vn && (*v == ' ' || *v == '\t')) {
                    v++;
                    vn--;
                }
                if (vn < 9 || strncasecmp(v, "form-data", 9) ||
                    (vn > 9 && v[9] != ';' && v[9] != ' ' && v[9] != '\t'))
                    return SERVE_MP_MALFORMED;
                char name[256], ext[sizeof out->filename * 3];
                int r = header_param(v, vn, "name", name, sizeof name);
                if (r < 0) return SERVE_MP_MALFORMED;
                is_field = r == 1 && !strcmp(name, field);
                if (is_field) {
                    int fr = header_param(v, vn, "filename", fname, sizeof fname);
                    if (fr < 0) fname[0] = 0; /* an unusable name is not fatal: the bytes are */
                    if (header_param(v, vn, "filename*", ext, sizeof ext) == 1) {
                        char dec[sizeof out->filename];
                        if (ext_value(ext, dec, sizeof dec)) memcpy(fname, dec, sizeof dec);
                    }
                }
            }
            i += ln + 2;
        }
        if (!has_cd) return SERVE_MP_MALFORMED; /* RFC 7578: every part names its field */
        if (is_field) {
            if (found) return SERVE_MP_MALFORMED; /* two file fields: which one was meant? */
            found = 1;
            out->data = body + cstart;
            out->len = cend - cstart;
            memcpy(out->filename, fname, sizeof fname);
        }
        pos = cend + dlen;
    }
    return found ? SERVE_MP_OK : SERVE_MP_NO_FIELD;
}
