/* cache.c - the result cache of `netral scan --cache FILE`: content hash (SHA-256) -> the report
 * fields needed to re-emit every format, for one rule set and one set of report options. A text
 * file of tab-separated escaped fields, rewritten atomically; a worker thread reads it under a lock.
 * The file is outside our control between runs (cut by a full disk, edited, merged), so every
 * entry is checked on load and a damaged one is dropped: its document is simply scanned again. */
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"   /* nt_write_atomic (base: the shared utility layer) */
#include "findings.h" /* the report struct and nt_report_* builders (base) */

/* Version 2: the "D" line ends in the entry's number of "F" lines and a checksum of the entry
 * (version 1 had neither, so a file cut or reordered at a line boundary still parsed, and
 * findings could move from one document to another). Version 3: an optional "M" line with the
 * memo facts follows the "D" line (inside the checksum). Version 4: "F" lines end in the rule ids
 * merged into the finding ("also", joined by the unit separator). An older file is discarded whole. */
#define MAGIC    "netral-cache	4	"
#define D_FIELDS 6                     /* D sha status error-message nfindings checksum */
#define M_FIELDS (1 + NT_MEMO_NFIELDS) /* M number subject date date_iso classification ... */
#define F_FIELDS                                                                                   \
    15 /* F rule category severity confidence part where paragraph start end
                       excerpt message basis suggestion also */

typedef struct entry {
    char sha[65];
    char *blob; /* the "D" line and its "F"/"E" lines, each ending in '\n' */
} entry;

struct cli_cache {
    pthread_mutex_t mu;
    char *path, *key;
    entry **v; /* insertion order, for stable files */
    size_t n, cap;
    size_t *slot; /* open addressing on sha: index+1 into v, 0 = empty */
    size_t nslot;
    size_t damaged; /* entries dropped on load */
};

/* ---- Escaping: one record per line, fields separated by tabs ---------------------------------- */

static void put_field(nt_buf *b, const char *s) {
    nt_buf_putc(b, '\t');
    if (!s) {
        nt_buf_puts(b, "\\N");
        return;
    }
    for (; *s; s++) {
        switch (*s) {
        case '\\': nt_buf_puts(b, "\\\\"); break;
        case '\t': nt_buf_puts(b, "\\t"); break;
        case '\n': nt_buf_puts(b, "\\n"); break;
        case '\r': nt_buf_puts(b, "\\r"); break;
        default: nt_buf_putc(b, *s);
        }
    }
}

/* Splits a line (modified in place) into at most max unescaped fields; NULL for "\N". */
static size_t split(char *line, char **f, size_t max) {
    size_t n = 0;
    char *p = line;
    while (n < max) {
        char *start = p, *o = p;
        if (p[0] == '\\' && p[1] == 'N' && (p[2] == '\t' || p[2] == 0)) {
            f[n++] = NULL;
            p += 2;
        } else {
            while (*p && *p != '\t') {
                if (*p == '\\' && p[1]) {
                    p++;
                    *o++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p;
                    p++;
                } else {
                    *o++ = *p++;
                }
            }
            char end = *p;
            *o = 0;
            f[n++] = start;
            if (!end) break;
            p++;
            continue;
        }
        if (!*p) break;
        p++;
    }
    return n;
}

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int valid_sha(const char *s) {
    if (!s || strlen(s) != 64) return 0;
    for (int i = 0; i < 64; i++)
        if (hexval(s[i]) < 0) return 0;
    return 1;
}

/* ---- The table ------------------------------------------------------------------------------- */

static size_t sha_slot(const char *sha, size_t nslot) {
    uint64_t h = 0;
    for (int i = 0; i < 16; i++) h = h << 4 | (uint64_t)hexval(sha[i]);
    return (size_t)h & (nslot - 1);
}

static entry *find(const cli_cache *c, const char *sha) {
    if (!c->nslot) return NULL;
    for (size_t j = sha_slot(sha, c->nslot); c->slot[j]; j = (j + 1) & (c->nslot - 1))
        if (!strcmp(c->v[c->slot[j] - 1]->sha, sha)) return c->v[c->slot[j] - 1];
    return NULL;
}

static int rehash(cli_cache *c, size_t nslot) {
    size_t *s = calloc(nslot, sizeof *s);
    if (!s) return -1;
    for (size_t i = 0; i < c->n; i++) {
        size_t j = sha_slot(c->v[i]->sha, nslot);
        while (s[j]) j = (j + 1) & (nslot - 1);
        s[j] = i + 1;
    }
    free(c->slot);
    c->slot = s;
    c->nslot = nslot;
    return 0;
}

/* Takes ownership of blob (freed on failure). */
static int insert(cli_cache *c, const char *sha, char *blob) {
    entry *old = find(c, sha);
    if (old) {
        free(old->blob);
        old->blob = blob;
        return 0;
    }
    if ((c->n + 1) * 2 > c->nslot && rehash(c, c->nslot ? c->nslot * 2 : 256)) goto oom;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        entry **v = realloc(c->v, cap * sizeof *v);
        if (!v) goto oom;
        c->v = v;
        c->cap = cap;
    }
    entry *e = malloc(sizeof *e);
    if (!e) goto oom;
    memcpy(e->sha, sha, 65);
    e->blob = blob;
    c->v[c->n++] = e;
    size_t j = sha_slot(sha, c->nslot);
    while (c->slot[j]) j = (j + 1) & (c->nslot - 1);
    c->slot[j] = c->n;
    return 0;
oom:
    free(blob);
    return -1;
}

/* ---- Records ----------------------------------------------------------------------------------- */

/* The checksum of an entry: its "D" line without the checksum field, then its "F" lines. */
static uint64_t entry_check(const char *dline, size_t dlen, const char *flines, size_t flen) {
    return nt_hash64(flines, flen, nt_hash64(dline, dlen, 0));
}

/* The blob's last "D" field is the checksum of all the rest: any cut, edit or move shows. */
static int checksum_ok(const char *blob) {
    const char *eol = strchr(blob, '\n'), *tab = NULL;
    for (const char *p = blob; eol && p < eol; p++)
        if (*p == '\t') tab = p;
    if (!eol || !tab || eol - tab != 17) return 0;
    uint64_t want = 0;
    for (const char *p = tab + 1; p < eol; p++) {
        int v = hexval(*p);
        if (v < 0) return 0;
        want = want << 4 | (uint64_t)v;
    }
    return entry_check(blob, (size_t)(tab - blob), eol + 1, strlen(eol + 1)) == want;
}

/* A document outcome the cache keeps (see cacheable): ok, or an error decided by the bytes. */
static int cached_status(const char *s, long *st) {
    return !cli_parse_int(s, 0, NETRAL_E_LIMIT_EXCEEDED, st) &&
           (*st == NETRAL_OK || *st > NETRAL_E_IO);
}

/* Confidence as written by encode: a finite number in 0..1, nothing after it. */
static int parse_confidence(const char *s, double *out) {
    if (!s || !*s) return -1;
    char *end;
    double v = strtod(s, &end);
    if (*end || !isfinite(v) || v < 0 || v > 1) return -1;
    *out = v;
    return 0;
}

/* One "F" line's fields into r. Every string but the suggestion must be there, numbers in range,
 * start <= end; nt_report_add refuses categories and severities outside the contract. */
static int decode_finding(netral_report *r, char **f) {
    for (int i = 1; i < 13; i++)
        if (i != 4 && i != 7 && i != 8 && i != 9 && !f[i]) return -1;
    if (!f[14]) return -1;
    const char *also[NT_REPORT_MAX_ALSO];
    size_t nalso = 0;
    for (char *save = NULL, *id = strtok_r(f[14], "\x1f", &save); id && nalso < NT_REPORT_MAX_ALSO;
         id = strtok_r(NULL, "\x1f", &save))
        also[nalso++] = id;
    long para, start, end;
    netral_finding fi = {0};
    if (parse_confidence(f[4], &fi.confidence) || cli_parse_int(f[7], -1, 1L << 30, &para) ||
        cli_parse_int(f[8], 0, 1L << 30, &start) || cli_parse_int(f[9], 0, 1L << 30, &end) ||
        start > end)
        return -1;
    fi.rule = f[1];
    fi.category = f[2];
    fi.severity = f[3];
    fi.part = f[5];
    fi.where = f[6];
    fi.paragraph = (int)para;
    fi.start = (size_t)start;
    fi.end = (size_t)end;
    fi.excerpt = f[10];
    fi.message = f[11];
    fi.basis = f[12];
    fi.suggestion = f[13];
    fi.also = nalso ? also : NULL;
    fi.nalso = nalso;
    return nt_report_add(r, &fi) == NETRAL_OK ? 0 : -1;
}

/* The "D" line: this entry's own hash, a cached status, its message and the F-line count. */
static int decode_head(netral_report *r, char **f, size_t n, const char *sha, long *nfind) {
    long st;
    if (n != D_FIELDS || !f[0] || strcmp(f[0], "D") || !f[1] || strcmp(f[1], sha) ||
        !cached_status(f[2], &st) || !f[3] ||
        cli_parse_int(f[4], 0, NT_REPORT_MAX_FINDINGS * 2, nfind) || (st != NETRAL_OK && *nfind))
        return -1;
    if (st) nt_report_set_error(r, (int)st, f[3]);
    return 0;
}

/* Rebuilds the report of entry sha from its blob; NULL when the blob is damaged in any way. */
static netral_report *decode(const char *blob, const char *sha, const char *path) {
    if (!checksum_ok(blob)) return NULL;
    char *copy = strdup(blob);
    netral_report *r = copy ? nt_report_new(path) : NULL;
    if (!r) {
        free(copy);
        return NULL;
    }
    int bad = 0, memo_seen = 0;
    long want = -1, got = 0;
    char *save = NULL;
    for (char *line = strtok_r(copy, "\n", &save); line && !bad;
         line = strtok_r(NULL, "\n", &save)) {
        char *f[F_FIELDS + 1];
        size_t n = split(line, f, F_FIELDS + 1);
        if (want < 0) {
            bad = decode_head(r, f, n, sha, &want);
        } else if (n == M_FIELDS && f[0] && !strcmp(f[0], "M") && !got && !memo_seen) {
            memo_seen = 1;
            nt_memo m = {0};
            for (size_t k = 0; k < NT_MEMO_NFIELDS; k++) *nt_memo_slot(&m, k) = f[k + 1];
            bad = r->status != NETRAL_OK || nt_report_set_memo(r, &m) != NETRAL_OK;
        } else if (n == F_FIELDS && f[0] && !strcmp(f[0], "F") && got < want) {
            bad = decode_finding(r, f);
            got++;
        } else {
            bad = 1;
        }
    }
    free(copy);
    if (bad || want < 0 || got != want || r->nrule_errors) {
        nt_report_free(r);
        return NULL;
    }
    return r;
}

static char *encode(const netral_report *r) {
    nt_buf b, fl;
    nt_buf_init(&b);
    nt_buf_init(&fl);
    size_t nf = r->status == NETRAL_OK ? r->nfindings : 0;
    if (r->status == NETRAL_OK && !nt_memo_empty(&r->memo)) {
        nt_buf_puts(&fl, "M");
        for (size_t i = 0; i < NT_MEMO_NFIELDS; i++) put_field(&fl, nt_memo_field(&r->memo, i));
        nt_buf_putc(&fl, '\n');
    }
    for (size_t i = 0; i < nf; i++) {
        const netral_finding *f = &r->findings[i];
        nt_buf_puts(&fl, "F");
        put_field(&fl, f->rule);
        put_field(&fl, f->category);
        put_field(&fl, f->severity);
        nt_buf_printf(&fl, "\t%.17g", f->confidence);
        put_field(&fl, f->part);
        put_field(&fl, f->where);
        nt_buf_printf(&fl, "\t%d\t%zu\t%zu", f->paragraph, f->start, f->end);
        put_field(&fl, f->excerpt);
        put_field(&fl, f->message);
        put_field(&fl, f->basis);
        put_field(&fl, f->suggestion);
        nt_buf also;
        nt_buf_init(&also); /* the ids joined by the unit separator, escaped as one field */
        for (size_t k = 0; k < f->nalso; k++) {
            if (k) nt_buf_putc(&also, '\x1f');
            nt_buf_puts(&also, f->also[k]);
        }
        put_field(&fl, also.n ? nt_buf_cstr(&also) : "");
        fl.oom |= also.oom;
        nt_buf_free(&also);
        nt_buf_putc(&fl, '\n');
    }
    nt_buf_puts(&b, "D");
    put_field(&b, r->sha256);
    nt_buf_printf(&b, "\t%d", r->status);
    put_field(&b, r->status ? (r->error ? r->error : "") : "");
    nt_buf_printf(&b, "\t%zu", nf);
    uint64_t check = entry_check(b.p, b.n, fl.n ? fl.p : "", fl.n);
    nt_buf_printf(&b, "\t%016" PRIx64 "\n", check);
    nt_buf_put(&b, fl.p, fl.n);
    int oom = b.oom || fl.oom;
    nt_buf_free(&fl);
    if (oom) {
        nt_buf_free(&b);
        return NULL;
    }
    return nt_buf_take(&b, NULL);
}

/* ---- Loading ----------------------------------------------------------------------------------- */

/* Keeps one assembled entry when it decodes cleanly, else counts it as damaged. A line that is
 * cut (no newline at the end of the file) or holds a NUL byte spoils its entry. */
static void keep_entry(cli_cache *c, nt_buf *cur, const char *sha, int spoiled) {
    if (!sha[0] || !cur->n) return;
    netral_report *r = spoiled || cur->oom ? NULL : decode(nt_buf_cstr(cur), sha, "");
    if (r)
        insert(c, sha, nt_buf_take(cur, NULL));
    else
        c->damaged++;
    nt_report_free(r);
}

/* Reads the whole cache file; entries are one "D" line plus its "F" lines. */
static void load(cli_cache *c, FILE *f, int *discarded) {
    nt_buf cur;
    nt_buf_init(&cur);
    char cur_sha[65] = "";
    int spoiled = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, f);
    size_t mlen = strlen(MAGIC);
    if (len <= 0 || strncmp(line, MAGIC, mlen) || strlen(line + mlen) != strlen(c->key) + 1 ||
        strncmp(line + mlen, c->key, strlen(c->key))) {
        *discarded = len > 0;
        free(line);
        return;
    }
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[0] == 'D') {
            keep_entry(c, &cur, cur_sha, spoiled);
            nt_buf_free(&cur);
            cur_sha[0] = 0;
            spoiled = 0;
            if (len > 66 && line[1] == '\t' && line[66] == '\t') {
                memcpy(cur_sha, line + 2, 64);
                cur_sha[64] = 0;
                if (!valid_sha(cur_sha)) cur_sha[0] = 0;
            }
            if (!cur_sha[0]) c->damaged++;
        }
        if (!cur_sha[0]) continue; /* lines of no entry: nothing to keep */
        if (line[len - 1] != '\n' || memchr(line, 0, (size_t)len)) spoiled = 1;
        nt_buf_put(&cur, line, (size_t)len);
    }
    keep_entry(c, &cur, cur_sha, spoiled);
    nt_buf_free(&cur);
    free(line);
}

cli_cache *cli_cache_open(const char *path, const char *key, int *discarded) {
    *discarded = 0;
    cli_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->path = strdup(path);
    c->key = strdup(key);
    if (!c->path || !c->key) {
        cli_cache_free(c);
        return NULL;
    }
    pthread_mutex_init(&c->mu, NULL);
    FILE *f = fopen(path, "r");
    if (f) {
        load(c, f, discarded);
        fclose(f);
    }
    return c;
}

void cli_cache_free(cli_cache *c) {
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i]->blob);
        free(c->v[i]);
    }
    free(c->v);
    free(c->slot);
    free(c->path);
    free(c->key);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

size_t cli_cache_damaged(const cli_cache *c) { return c->damaged; }

size_t cli_cache_size(cli_cache *c) {
    pthread_mutex_lock(&c->mu);
    size_t n = c->n;
    pthread_mutex_unlock(&c->mu);
    return n;
}

netral_report *cli_cache_get(cli_cache *c, const char *sha, const char *path) {
    if (!valid_sha(sha)) return NULL;
    pthread_mutex_lock(&c->mu);
    entry *e = find(c, sha);
    netral_report *r = e ? decode(e->blob, sha, path) : NULL;
    pthread_mutex_unlock(&c->mu);
    if (r) memcpy(r->sha256, sha, 65);
    return r;
}

/* Only outcomes decided by the bytes alone: a missing or unreadable file may be fine next time,
 * and a rule that failed (budget, memory) deserves another try. */
static int cacheable(const netral_report *r) {
    if (!valid_sha(r->sha256) || r->nrule_errors) return 0;
    return r->status == NETRAL_OK ||
           (r->status > NETRAL_E_IO && r->status <= NETRAL_E_LIMIT_EXCEEDED);
}

void cli_cache_put(cli_cache *c, const netral_report *r) {
    if (!cacheable(r)) return;
    char *blob = encode(r);
    if (!blob) return;
    pthread_mutex_lock(&c->mu);
    insert(c, r->sha256, blob);
    pthread_mutex_unlock(&c->mu);
}

int cli_cache_save(cli_cache *c, const char **msg) {
    static _Thread_local char m[600];
    nt_buf b;
    nt_buf_init(&b);
    pthread_mutex_lock(&c->mu);
    nt_buf_printf(&b, "%s%s\n", MAGIC, c->key);
    for (size_t i = 0; i < c->n; i++) nt_buf_puts(&b, c->v[i]->blob);
    pthread_mutex_unlock(&c->mu);
    if (b.oom) {
        nt_buf_free(&b);
        *msg = L("memori tidak cukup", "out of memory");
        return NETRAL_E_NOMEM;
    }
    nt_err err = {0};
    int rc = nt_write_atomic(c->path, b.p, b.n, &err);
    nt_buf_free(&b);
    snprintf(m, sizeof m, "%s", err.msg);
    *msg = m;
    return rc;
}
