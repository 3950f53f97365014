/* reader_corpus.c - walks a corpus folder and loads every document with the DOCX reader: each must
 * load or fail with a contract error code, and every loaded part's span map must match its XML. */
#include "document.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Files in malformed/ that load anyway, with the reason (the damage is in a part never read). */
static const struct {
    const char *name;
    const char *why;
} tolerated[] = {
    {"POIXWPFFuzzer-6733884933668864",
     "CRC error only in word/theme/theme1.xml, which text extraction does not read"},
};

/* Contract codes of the document errors; kept here so the tool links with the reader alone. */
static const char *code_name(int rc) {
    static const char *names[] = {
        "ok",        "not-found",  "io-error",  "not-a-zip",     "not-a-docx",
        "encrypted", "legacy-doc", "too-large", "malformed-xml", "limit-exceeded"};
    return rc >= 0 && rc < 10 ? names[rc] : "error";
}

static int files, loaded, failures, by_code[10];
static long paras, spans_checked;

static void fail(const char *path, const char *fmt, const char *a, long b) {
    if (failures++ < 40) {
        printf("FAIL %s: ", path);
        printf(fmt, a, b);
        printf("\n");
    }
}

/* Local name of the tag starting at x[i] ('<' or '</'), compared with want. */
static int tag_is(const char *x, size_t n, size_t i, const char *want, int closing) {
    if (i >= n || x[i] != '<') return 0;
    i++;
    if (closing) {
        if (i >= n || x[i] != '/') return 0;
        i++;
    }
    size_t s = i;
    while (i < n && x[i] != ' ' && x[i] != '>' && x[i] != '/' && x[i] != '\t' && x[i] != '\n' &&
           x[i] != '\r')
        i++;
    const char *name = x + s;
    size_t len = i - s;
    const char *colon = memchr(name, ':', len);
    if (colon) {
        len -= (size_t)(colon + 1 - name);
        name = colon + 1;
    }
    return len == strlen(want) && !memcmp(name, want, len);
}

/* End of an element at [start, end): either "<...x .../>" or ends with "</...x>". */
static int element_ok(const char *x, size_t n, uint32_t start, uint32_t end, const char *name) {
    if (end <= start || end > n || !tag_is(x, n, start, name, 0) || x[end - 1] != '>') return 0;
    if (end >= 2 && x[end - 2] == '/') {
        const char *gt = memchr(x + start, '>', end - start);
        if (gt == x + end - 1) return 1; /* the start tag itself is empty-element */
    }
    size_t i = end - 1;
    while (i > start && x[i] != '<') i--;
    return tag_is(x, n, i, name, 1);
}

/* XML-decode raw character content as Expat reports it: entities, char refs, CDATA, CR/LF. */
static char *decode(const char *s, size_t n, size_t *out_len) {
    char *o = malloc(n * 4 + 1);
    size_t k = 0;
    if (!o) return NULL;
    for (size_t i = 0; i < n;) {
        if (s[i] == '&') {
            const char *semi = memchr(s + i, ';', n - i);
            if (!semi) break;
            size_t len = (size_t)(semi - (s + i));
            const char *e = s + i + 1;
            if (len == 3 && !memcmp(e, "lt", 2))
                o[k++] = '<';
            else if (len == 3 && !memcmp(e, "gt", 2))
                o[k++] = '>';
            else if (len == 4 && !memcmp(e, "amp", 3))
                o[k++] = '&';
            else if (len == 5 && !memcmp(e, "quot", 4))
                o[k++] = '"';
            else if (len == 5 && !memcmp(e, "apos", 4))
                o[k++] = '\'';
            else if (e[0] == '#') {
                unsigned long cp =
                    e[1] == 'x' ? strtoul(e + 2, NULL, 16) : strtoul(e + 1, NULL, 10);
                k += nt_utf8_encode((uint32_t)cp, o + k);
            }
            i += len + 1;
        } else if (n - i >= 9 && !memcmp(s + i, "<![CDATA[", 9)) {
            i += 9;
            while (i + 3 <= n && memcmp(s + i, "]]>", 3)) o[k++] = s[i++];
            i += 3;
        } else if (s[i] == '\r') {
            o[k++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else {
            o[k++] = s[i++];
        }
    }
    o[k] = 0;
    *out_len = k;
    return o;
}

static void check_part(const char *path, const nt_part *pt) {
    const char *x = pt->xml;
    size_t n = pt->xml_len;
    for (size_t i = 0; i < pt->nruns; i++) {
        const nt_run *r = &pt->runs[i];
        if (!element_ok(x, n, r->xml_start, r->xml_end, "r"))
            fail(path, "%s run %ld range", pt->name, (long)i);
        if (r->rpr_end && (r->rpr_start < r->xml_start || r->rpr_end > r->xml_end ||
                           !element_ok(x, n, r->rpr_start, r->rpr_end, "rPr")))
            fail(path, "%s run %ld rPr range", pt->name, (long)i);
    }
    char **dec = calloc(pt->nwts + 1, sizeof *dec);
    size_t *declen = calloc(pt->nwts + 1, sizeof *declen);
    for (size_t i = 0; i < pt->nwts; i++) {
        const nt_wt *w = &pt->wts[i];
        const nt_run *r = w->run < pt->nruns ? &pt->runs[w->run] : NULL;
        if (!r || w->content_start > w->content_end || w->content_start < r->xml_start ||
            w->content_end > r->xml_end || x[w->content_start - 1] != '>' ||
            (w->content_end > w->content_start && !tag_is(x, n, w->content_end, "t", 1)))
            fail(path, "%s w:t %ld range", pt->name, (long)i);
        else if (dec)
            dec[i] = decode(x + w->content_start, w->content_end - w->content_start, &declen[i]);
    }
    for (size_t i = 0; i < pt->nparas; i++) {
        const nt_para *p = &pt->paras[i];
        paras++;
        if (p->index != i) fail(path, "%s paragraph %ld index", pt->name, (long)i);
        if (!element_ok(x, n, p->xml_start, p->xml_end, "p") || p->ppr_end <= p->xml_start ||
            p->ppr_end > p->xml_end || x[p->ppr_end - 1] != '>')
            fail(path, "%s paragraph %ld range", pt->name, (long)i);
        if (strlen(p->text) != p->len) fail(path, "%s paragraph %ld has a NUL", pt->name, (long)i);
        uint32_t at = 0;
        for (size_t k = 0; k < p->nspans; k++) {
            const nt_span *s = &p->spans[k];
            if (s->off != at || s->len == 0) {
                fail(path, "%s paragraph %ld span order", pt->name, (long)i);
                break;
            }
            at += s->len;
            if (s->run != UINT32_MAX && s->run >= pt->nruns)
                fail(path, "%s paragraph %ld span run", pt->name, (long)i);
            if (s->wt < 0) continue;
            spans_checked++;
            size_t w = (size_t)s->wt;
            if (w >= pt->nwts || pt->wts[w].run != s->run || !dec || !dec[w] ||
                s->wt_off + s->len > declen[w] || s->off + s->len > p->len ||
                memcmp(dec[w] + s->wt_off, p->text + s->off, s->len))
                fail(path, "%s paragraph %ld: span text differs from its w:t", pt->name, (long)i);
        }
        if (at != p->len)
            fail(path, "%s paragraph %ld: spans do not cover the text", pt->name, (long)i);
    }
    for (size_t i = 0; dec && i < pt->nwts; i++) free(dec[i]);
    free(dec);
    free(declen);
}

static const char *tolerated_reason(const char *path) {
    for (size_t i = 0; i < sizeof tolerated / sizeof tolerated[0]; i++)
        if (strstr(path, tolerated[i].name)) return tolerated[i].why;
    return NULL;
}

static void check_file(const char *path, int in_malformed) {
    nt_package *pkg;
    nt_doc *doc;
    nt_err err = {0};
    files++;
    int rc = nt_package_open_path(path, NULL, &pkg, &err);
    if (!rc) rc = nt_doc_load(pkg, NULL, NT_DOC_KEEP_XML, &doc, &err);
    if (rc < 0 || rc > 9) {
        fail(path, "status %s (%ld) is not a document error code", err.msg, rc);
        return;
    }
    by_code[rc]++;
    if (rc) {
        if (!err.msg[0]) fail(path, "error %s%ld without a message", "", rc);
        if (!in_malformed) printf("note: %s: %s: %s\n", path, code_name(rc), err.msg);
        return;
    }
    loaded++;
    if (in_malformed) {
        const char *why = tolerated_reason(path);
        if (why)
            printf("note: %s loads: %s\n", path, why);
        else
            fail(path, "broken file loaded without an error%s", "", 0);
    }
    for (size_t i = 0; i < doc->nparts; i++) check_part(path, &doc->parts[i]);
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_text(doc, &b);
    nt_doc_write_json(doc, &b);
    if (b.oom) fail(path, "output buffer%s failed %ld", "", 0);
    nt_buf_free(&b);
    nt_doc_free(doc);
}

static int wanted(const char *name) {
    const char *dot = strrchr(name, '.');
    static const char *ext[] = {".docx", ".docm", ".dotx", ".dotm", ".odt"};
    for (size_t i = 0; dot && i < sizeof ext / sizeof ext[0]; i++)
        if (!strcasecmp(dot, ext[i])) return 1;
    return 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, int in_malformed) {
    DIR *d = opendir(dir);
    if (!d) return;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char **nn = realloc(names, (n + 1) * sizeof *nn);
        if (!nn) break;
        names = nn;
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            walk(path, in_malformed || !strcmp(names[i], "malformed"));
        else if (in_malformed ? strcmp(names[i], "REASONS.tsv") != 0 : wanted(names[i]))
            check_file(path, in_malformed);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: reader_corpus DIR\n");
        return 2;
    }
    struct stat st;
    if (stat(argv[1], &st) != 0 || !S_ISDIR(st.st_mode)) {
        printf("SKIPPED: corpus folder %s is absent\n", argv[1]);
        return 77;
    }
    walk(argv[1], 0);
    printf("%d files: %d loaded, %ld paragraphs, %ld spans checked against their w:t\n", files,
           loaded, paras, spans_checked);
    printf("errors by code:");
    for (int i = 1; i < 10; i++)
        if (by_code[i]) printf(" %s=%d", code_name(i), by_code[i]);
    printf("\n%d failures\n", failures);
    return failures ? 1 : 0;
}
