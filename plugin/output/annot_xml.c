/* annot_xml.c - the annotator's small XML toolkit: a quote-aware tag scanner over already
 * well-formed parts, escaping/unescaping, raw<->decoded offsets, and batched one-pass edits. */
#include "annot_int.h"

#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static const char *find_str(const char *x, size_t len, size_t from, const char *needle) {
    size_t nl = strlen(needle);
    for (size_t i = from; i + nl <= len; i++)
        if (x[i] == needle[0] && !memcmp(x + i, needle, nl)) return x + i;
    return NULL;
}

/* Skip a markup declaration, comment, CDATA or PI that starts at x[i] == '<'; returns the offset
 * after it, or 0 when unterminated. */
static size_t skip_special(const char *x, size_t len, size_t i) {
    const char *end;
    size_t extra;
    if (i + 4 <= len && !memcmp(x + i, "<!--", 4)) {
        end = find_str(x, len, i + 4, "-->");
        extra = 3;
    } else if (i + 9 <= len && !memcmp(x + i, "<![CDATA[", 9)) {
        end = find_str(x, len, i + 9, "]]>");
        extra = 3;
    } else if (x[i + 1] == '?') {
        end = find_str(x, len, i + 2, "?>");
        extra = 2;
    } else {
        end = find_str(x, len, i + 2, ">");
        extra = 1;
    }
    return end ? (size_t)(end - x) + extra : 0;
}

int nt_xml_next_tag(const char *x, size_t len, size_t *pos, nt_tag *t) {
    size_t i = *pos;
    for (;;) {
        while (i < len && x[i] != '<') i++;
        if (i + 1 >= len) return -1;
        if (x[i + 1] != '!' && x[i + 1] != '?') break;
        i = skip_special(x, len, i);
        if (!i) return -1;
    }
    t->start = i;
    size_t j = i + 1;
    t->kind = NT_TAG_OPEN;
    if (x[j] == '/') {
        t->kind = NT_TAG_CLOSE;
        j++;
    }
    t->name = x + j;
    while (j < len && !is_space(x[j]) && x[j] != '>' && x[j] != '/') j++;
    t->name_len = (size_t)(x + j - t->name);
    char q = 0;
    for (; j < len; j++) {
        if (q) {
            if (x[j] == q) q = 0;
            continue;
        }
        if (x[j] == '"' || x[j] == '\'')
            q = x[j];
        else if (x[j] == '>')
            break;
    }
    if (j >= len || !t->name_len) return -1;
    if (t->kind == NT_TAG_OPEN && x[j - 1] == '/') t->kind = NT_TAG_EMPTY;
    t->end = j + 1;
    *pos = t->end;
    return 0;
}

int nt_tag_is(const nt_tag *t, const char *local) {
    const char *colon = memchr(t->name, ':', t->name_len);
    const char *n = colon ? colon + 1 : t->name;
    size_t nl = t->name_len - (size_t)(n - t->name);
    return nl == strlen(local) && !memcmp(n, local, nl);
}

/* Walk the attributes of a start tag; calls back with name and raw value ranges. */
typedef int (*attr_fn)(const char *name, size_t nlen, size_t vs, size_t vl, void *ctx);

static int each_attr(const char *x, const nt_tag *t, attr_fn fn, void *ctx) {
    if (t->kind == NT_TAG_CLOSE) return -1;
    size_t j = (size_t)(t->name - x) + t->name_len, end = t->end - 1;
    while (j < end) {
        while (j < end && (is_space(x[j]) || x[j] == '/')) j++;
        size_t ns = j;
        while (j < end && !is_space(x[j]) && x[j] != '=') j++;
        size_t nl = j - ns;
        while (j < end && is_space(x[j])) j++;
        if (j >= end || x[j] != '=') return -1;
        j++;
        while (j < end && is_space(x[j])) j++;
        if (j >= end || (x[j] != '"' && x[j] != '\'')) return -1;
        char q = x[j++];
        size_t vs = j;
        while (j < end && x[j] != q) j++;
        if (j >= end) return -1;
        if (fn(x + ns, nl, vs, j - vs, ctx)) return 0;
        j++;
    }
    return -1;
}

struct attr_find {
    const char *want;
    int local;
    size_t vs, vl;
};

static int attr_match(const char *name, size_t nlen, size_t vs, size_t vl, void *ctx) {
    struct attr_find *f = ctx;
    if (f->local) {
        const char *colon = memchr(name, ':', nlen);
        if (colon) {
            nlen -= (size_t)(colon + 1 - name);
            name = colon + 1;
        }
    }
    if (nlen != strlen(f->want) || memcmp(name, f->want, nlen)) return 0;
    f->vs = vs;
    f->vl = vl;
    return 1;
}

int nt_tag_attr(const char *x, const nt_tag *t, const char *qname, size_t *vs, size_t *vl) {
    struct attr_find f = {qname, 0, 0, 0};
    if (each_attr(x, t, attr_match, &f)) return -1;
    *vs = f.vs;
    *vl = f.vl;
    return 0;
}

int nt_tag_attr_local(const char *x, const nt_tag *t, const char *local, size_t *vs, size_t *vl) {
    struct attr_find f = {local, 1, 0, 0};
    if (each_attr(x, t, attr_match, &f)) return -1;
    *vs = f.vs;
    *vl = f.vl;
    return 0;
}

size_t nt_xml_element_end(const char *x, size_t len, const nt_tag *t) {
    if (t->kind != NT_TAG_OPEN) return t->end;
    size_t pos = t->end;
    int depth = 1;
    nt_tag u;
    while (!nt_xml_next_tag(x, len, &pos, &u)) {
        if (u.kind == NT_TAG_OPEN)
            depth++;
        else if (u.kind == NT_TAG_CLOSE && --depth == 0)
            return u.end;
    }
    return len;
}

struct ns_find {
    const char *x, *uri;
    char *out;
    size_t cap;
    int found;
};

/* Can p start element names we write? Without namespace processing Expat accepts
 * xmlns:0w="..." (a valid attribute name), but <0w:p> is not XML (fuzz_annotate). ASCII is
 * judged by the NCName rules; other bytes are accepted as the name characters they start. */
static int usable_prefix(const char *p, size_t n) {
    if (!n) return 0;
    unsigned char c = (unsigned char)p[0];
    if (!(c >= 0x80 || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return 0;
    for (size_t i = 1; i < n; i++) {
        c = (unsigned char)p[i];
        if (!(c >= 0x80 || c == '_' || c == '-' || c == '.' || (c >= '0' && c <= '9') ||
              ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
            return 0;
    }
    return 1;
}

static int ns_match(const char *name, size_t nlen, size_t vs, size_t vl, void *ctx) {
    struct ns_find *f = ctx;
    if (vl != strlen(f->uri) || memcmp(f->x + vs, f->uri, vl)) return 0;
    if (nlen == 5 && !memcmp(name, "xmlns", 5)) {
        f->out[0] = 0;
        f->found = 1;
        return 1;
    }
    if (nlen > 6 && !memcmp(name, "xmlns:", 6) && nlen - 6 < f->cap &&
        usable_prefix(name + 6, nlen - 6)) {
        memcpy(f->out, name + 6, nlen - 6);
        f->out[nlen - 6] = 0;
        f->found = 1;
        /* Keep looking only if this is not the conventional "w": prefer it when declared twice. */
        return nlen - 6 == 1 && name[6] == 'w';
    }
    return 0;
}

int nt_xml_root_prefix(const char *x, size_t len, const char *uri, char *out, size_t cap) {
    size_t pos = 0;
    nt_tag t;
    if (!cap || nt_xml_next_tag(x, len, &pos, &t) || t.kind == NT_TAG_CLOSE) return -1;
    struct ns_find f = {x, uri, out, cap, 0};
    each_attr(x, &t, ns_match, &f);
    return f.found ? 0 : -1;
}

void nt_xml_escape(nt_buf *b, const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
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
            if (cp != 0xFFFE && cp != 0xFFFF) nt_buf_put(b, p + i, n);
            i += n;
            continue;
        }
        switch (c) {
        case '&': nt_buf_puts(b, "&amp;"); break;
        case '<': nt_buf_puts(b, "&lt;"); break;
        case '>': nt_buf_puts(b, "&gt;"); break;
        case '"': nt_buf_puts(b, "&quot;"); break;
        case '\t':
        case '\n':
        case '\r': nt_buf_putc(b, ' '); break;
        default:
            if (c >= 0x20) nt_buf_putc(b, (char)c);
        }
        i++;
    }
}

/* Decode the reference at s[0] == '&'; returns its raw length and fills the decoded bytes, or 0
 * when it is not a reference we know (then the '&' stands for itself). */
static size_t decode_ref(const char *s, size_t len, char out[4], size_t *olen) {
    const char *semi = memchr(s, ';', len < 12 ? len : 12);
    if (!semi) return 0;
    size_t rl = (size_t)(semi - s) + 1;
    static const struct {
        const char *name;
        char c;
    } named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
        if (rl == strlen(named[k].name) && !memcmp(s, named[k].name, rl)) {
            out[0] = named[k].c;
            *olen = 1;
            return rl;
        }
    if (rl < 4 || s[1] != '#') return 0;
    int hex = s[2] == 'x';
    uint32_t cp = 0;
    for (size_t k = hex ? 3 : 2; k + 1 < rl; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0 || cp > 0x10FFFF) return 0;
        cp = cp * (hex ? 16 : 10) + (uint32_t)d;
    }
    if (cp > 0x10FFFF) return 0;
    *olen = nt_utf8_encode(cp, out);
    return rl;
}

void nt_xml_unescape(nt_buf *out, const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        char tmp[4];
        size_t ol, rl;
        if (s[i] == '&' && (rl = decode_ref(s + i, len - i, tmp, &ol))) {
            nt_buf_put(out, tmp, ol);
            i += rl;
        } else {
            nt_buf_putc(out, s[i++]);
        }
    }
}

size_t nt_xml_raw_offset(const char *s, size_t len, size_t dec) {
    size_t i = 0, d = 0;
    while (i < len && d < dec) {
        char tmp[4];
        size_t ol, rl;
        if (s[i] == '&' && (rl = decode_ref(s + i, len - i, tmp, &ol))) {
            i += rl;
            d += ol;
        } else {
            i++;
            d++;
        }
    }
    return i;
}

long nt_xml_long(const char *s, size_t len) {
    long v = 0;
    if (!len || len > 9) return -1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int nt_edits_add(nt_edits *e, size_t off, size_t del, const char *ins, size_t len, int prio) {
    if (e->oom) return -1;
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 16;
        nt_edit *v = realloc(e->v, cap * sizeof *v);
        if (!v) {
            e->oom = 1;
            return -1;
        }
        e->v = v;
        e->cap = cap;
    }
    char *copy = NULL;
    if (len) {
        copy = malloc(len);
        if (!copy) {
            e->oom = 1;
            return -1;
        }
        memcpy(copy, ins, len);
    }
    e->v[e->n] = (nt_edit){off, del, copy, len, prio, e->n};
    e->n++;
    return 0;
}

static int edit_cmp(const void *a, const void *b) {
    const nt_edit *x = a, *y = b;
    if (x->off != y->off) return x->off < y->off ? -1 : 1;
    if (x->prio != y->prio) return x->prio < y->prio ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int nt_edits_apply(nt_edits *e, const char *src, size_t len, nt_buf *out) {
    if (e->oom) return -1;
    if (e->n) qsort(e->v, e->n, sizeof *e->v, edit_cmp);
    size_t cur = 0;
    for (size_t i = 0; i < e->n; i++) {
        const nt_edit *ed = &e->v[i];
        if (ed->off < cur || ed->off > len || ed->del > len - ed->off) continue;
        nt_buf_put(out, src + cur, ed->off - cur);
        nt_buf_put(out, ed->ins, ed->ins_len);
        cur = ed->off + ed->del;
    }
    nt_buf_put(out, src + cur, len - cur);
    return out->oom ? -1 : 0;
}

void nt_edits_free(nt_edits *e) {
    for (size_t i = 0; i < e->n; i++) free(e->v[i].ins);
    free(e->v);
    memset(e, 0, sizeof *e);
}
