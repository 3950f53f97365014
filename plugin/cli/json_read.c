/* json_read.c - a small strict JSON reader for the netral command's inputs (the labels file of
 * `rules stats`): objects, arrays, strings with escapes, numbers, true/false/null; depth-capped. */
#include "json_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct parser {
    const char *s, *end;
    char *err;
    size_t errcap;
} parser;

static void *fail(parser *p, const char *what) {
    if (p->err && !p->err[0])
        snprintf(p->err, p->errcap, "%s (byte %ld)", what, (long)(p->end - p->s));
    return NULL;
}

static void skip_ws(parser *p) {
    while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
        p->s++;
}

static void put_utf8(char *o, size_t *n, unsigned long c) {
    if (c < 0x80)
        o[(*n)++] = (char)c;
    else if (c < 0x800) {
        o[(*n)++] = (char)(0xC0 | (c >> 6));
        o[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        o[(*n)++] = (char)(0xE0 | (c >> 12));
        o[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else {
        o[(*n)++] = (char)(0xF0 | (c >> 18));
        o[(*n)++] = (char)(0x80 | ((c >> 12) & 0x3F));
        o[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[(*n)++] = (char)(0x80 | (c & 0x3F));
    }
}

static int hex4(const char *s, unsigned long *v) {
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        *v = *v * 16 + (unsigned long)d;
    }
    return 0;
}

static char *parse_string(parser *p) {
    p->s++; /* the opening quote */
    const char *start = p->s;
    size_t cap = 0;
    for (const char *q = start; q < p->end && *q != '"'; q++) cap += *q == '\\' ? 2 : 1;
    char *o = malloc(cap * 2 + 8);
    if (!o) return fail(p, "out of memory");
    size_t n = 0;
    while (p->s < p->end && *p->s != '"') {
        unsigned char c = (unsigned char)*p->s++;
        if (c < 0x20) {
            free(o);
            return fail(p, "control character in a string");
        }
        if (c != '\\') {
            o[n++] = (char)c;
            continue;
        }
        if (p->s >= p->end) break;
        char e = *p->s++;
        switch (e) {
        case '"': o[n++] = '"'; break;
        case '\\': o[n++] = '\\'; break;
        case '/': o[n++] = '/'; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            unsigned long v, lo;
            if (p->end - p->s < 4 || hex4(p->s, &v)) {
                free(o);
                return fail(p, "bad \\u escape");
            }
            p->s += 4;
            if (v >= 0xD800 && v < 0xDC00 && p->end - p->s >= 6 && p->s[0] == '\\' &&
                p->s[1] == 'u' && !hex4(p->s + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                p->s += 6;
            }
            if (v >= 0xD800 && v < 0xE000) v = 0xFFFD;
            put_utf8(o, &n, v);
            break;
        }
        default: free(o); return fail(p, "bad escape in a string");
        }
    }
    if (p->s >= p->end) {
        free(o);
        return fail(p, "unterminated string");
    }
    p->s++;
    o[n] = 0;
    return o;
}

static cli_json *node(int type) {
    cli_json *j = calloc(1, sizeof *j);
    if (j) j->type = type;
    return j;
}

static int push(cli_json *j, cli_json *item, char *key) {
    if ((j->n & (j->n + 1)) == 0 || !j->items) { /* grow at 1, 2, 4, ... - 1 */
        size_t cap = (j->n + 1) * 2;
        cli_json **ni = realloc(j->items, cap * sizeof *ni);
        if (!ni) return -1;
        j->items = ni;
        if (j->type == 'o') {
            char **nk = realloc(j->keys, cap * sizeof *nk);
            if (!nk) return -1;
            j->keys = nk;
        }
    }
    j->items[j->n] = item;
    if (j->type == 'o') j->keys[j->n] = key;
    j->n++;
    return 0;
}

static cli_json *parse_value(parser *p, int depth) {
    skip_ws(p);
    if (p->s >= p->end) return fail(p, "unexpected end");
    if (depth > MAX_DEPTH) return fail(p, "nested too deeply");
    char c = *p->s;
    if (c == '"') {
        cli_json *j = node('s');
        if (!j || !(j->str = parse_string(p))) {
            free(j);
            return NULL;
        }
        return j;
    }
    if (c == '{' || c == '[') {
        cli_json *j = node(c == '{' ? 'o' : 'a');
        if (!j) return fail(p, "out of memory");
        p->s++;
        skip_ws(p);
        char close = c == '{' ? '}' : ']';
        if (p->s < p->end && *p->s == close) {
            p->s++;
            return j;
        }
        for (;;) {
            char *key = NULL;
            if (c == '{') {
                skip_ws(p);
                if (p->s >= p->end || *p->s != '"') {
                    cli_json_free(j);
                    return fail(p, "object key expected");
                }
                if (!(key = parse_string(p))) {
                    cli_json_free(j);
                    return NULL;
                }
                skip_ws(p);
                if (p->s >= p->end || *p->s != ':') {
                    free(key);
                    cli_json_free(j);
                    return fail(p, "':' expected");
                }
                p->s++;
            }
            cli_json *v = parse_value(p, depth + 1);
            if (!v || push(j, v, key)) {
                free(key);
                cli_json_free(v);
                cli_json_free(j);
                return v ? fail(p, "out of memory") : NULL;
            }
            skip_ws(p);
            if (p->s < p->end && *p->s == ',') {
                p->s++;
                continue;
            }
            if (p->s < p->end && *p->s == close) {
                p->s++;
                return j;
            }
            cli_json_free(j);
            return fail(p, c == '{' ? "',' or '}' expected" : "',' or ']' expected");
        }
    }
    static const struct {
        const char *word;
        int type;
    } words[] = {{"true", 't'}, {"false", 'f'}, {"null", 'z'}};
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(words[i].word);
        if ((size_t)(p->end - p->s) >= n && !memcmp(p->s, words[i].word, n)) {
            p->s += n;
            return node(words[i].type);
        }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char buf[64];
        size_t n = 0;
        while (p->s < p->end && n < sizeof buf - 1 && strchr("+-0123456789.eE", *p->s))
            buf[n++] = *p->s++;
        buf[n] = 0;
        char *e = NULL;
        cli_json *j = node('n');
        if (!j) return fail(p, "out of memory");
        j->num = strtod(buf, &e);
        if (!e || *e) {
            free(j);
            return fail(p, "bad number");
        }
        return j;
    }
    return fail(p, "unexpected character");
}

cli_json *cli_json_parse(const char *text, size_t len, char *err, size_t errcap) {
    parser p = {text, text + len, err, errcap};
    if (err && errcap) err[0] = 0;
    cli_json *j = parse_value(&p, 0);
    if (!j) return NULL;
    skip_ws(&p);
    if (p.s != p.end) {
        cli_json_free(j);
        return fail(&p, "text after the JSON value");
    }
    return j;
}

void cli_json_free(cli_json *j) {
    if (!j) return;
    for (size_t i = 0; i < j->n; i++) {
        cli_json_free(j->items[i]);
        if (j->keys) free(j->keys[i]);
    }
    free(j->items);
    free(j->keys);
    free(j->str);
    free(j);
}

const cli_json *cli_json_get(const cli_json *obj, const char *key) {
    if (!obj || obj->type != 'o') return NULL;
    const cli_json *found = NULL; /* the last one wins, as in Python's json */
    for (size_t i = 0; i < obj->n; i++)
        if (!strcmp(obj->keys[i], key)) found = obj->items[i];
    return found;
}
