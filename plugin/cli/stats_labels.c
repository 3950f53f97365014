/* stats_labels.c - the labelled set of `netral rules stats`: labels.json in the shared format
 * (violation, categories, note, classes) read into memos matched to scans by file name. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "json_read.h"
#include "stats.h"

const char *cli_stats_base_name(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

doc *cli_stats_find(set *s, const char *name, int add) {
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->v[i].name, name)) return &s->v[i];
    if (!add) return NULL;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        doc *nv = realloc(s->v, cap * sizeof *nv);
        if (!nv) return NULL;
        s->v = nv;
        s->cap = cap;
    }
    doc *d = &s->v[s->n++];
    memset(d, 0, sizeof *d);
    if (!(d->name = strdup(name))) {
        s->n--;
        return NULL;
    }
    return d;
}

void cli_stats_note_cat(set *s, const char *c) {
    for (size_t i = 0; i < s->ncat; i++)
        if (!strcmp(s->cat[i], c)) return;
    if (s->ncat < MAX_CATS) s->cat[s->ncat++] = c;
}

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 65536 > cap) {
            char *nb = realloc(buf, cap = cap ? cap * 2 : 131072);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (!got) break;
        if (n > (64u << 20)) {
            free(buf);
            fclose(f);
            return NULL;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* labels.json: {"file.docx": {"violation": bool, "categories": [...], "note": "..."}, ...} */
int cli_stats_load_labels(set *s, const char *path) {
    size_t len = 0;
    char *text = read_all(path, &len);
    if (!text)
        return cli_usage(L("label tidak dapat dibaca: %s", "cannot read the labels: %s"), path);
    char err[200];
    cli_json *j = cli_json_parse(text, len, err, sizeof err);
    free(text);
    if (!j || j->type != 'o') {
        cli_json_free(j);
        return cli_usage(
            L("%s: bukan JSON objek label (%s)", "%s: not a JSON object of labels (%s)"), path,
            j ? L("bukan objek", "not an object") : err);
    }
    int rc = 0;
    for (size_t i = 0; i < j->n && !rc; i++) {
        const cli_json *lab = j->items[i];
        doc *d = cli_stats_find(s, cli_stats_base_name(j->keys[i]), 1);
        if (!d) {
            rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
            break;
        }
        if (lab->type != 'o') {
            rc = cli_usage(L("%s: label \"%s\" bukan objek", "%s: label \"%s\" is not an object"),
                           path, j->keys[i]);
            break;
        }
        const cli_json *v = cli_json_get(lab, "violation"), *c = cli_json_get(lab, "categories"),
                       *note = cli_json_get(lab, "note"), *cl = cli_json_get(lab, "classes");
        for (size_t k = 0; cl && cl->type == 'a' && k < cl->n && d->nclasses < 16; k++)
            if (cl->items[k]->type == 'n' && cl->items[k]->num >= 0 && cl->items[k]->num < 100)
                d->classes[d->nclasses++] = (int)cl->items[k]->num;
        d->labelled = 1;
        d->violation = v && (v->type == 't' || (v->type == 'n' && v->num != 0));
        if (note && note->type == 's') d->note = strdup(note->str);
        for (size_t k = 0; c && c->type == 'a' && k < c->n; k++) {
            if (c->items[k]->type != 's') continue;
            char **nc = realloc(d->cats, (d->ncats + 1) * sizeof *nc);
            if (!nc || !(nc[d->ncats] = strdup(c->items[k]->str))) {
                free(nc);
                rc = cli_usage("%s", "out of memory");
                break;
            }
            d->cats = nc;
            d->ncats++;
        }
    }
    cli_json_free(j);
    return rc;
}

void cli_stats_free_set(set *s) {
    for (size_t i = 0; i < s->n; i++) {
        doc *d = &s->v[i];
        for (size_t k = 0; k < d->ncats; k++) free(d->cats[k]);
        for (size_t k = 0; k < d->nhits; k++) {
            free(d->hits[k].rule);
            free(d->hits[k].category);
        }
        free(d->cats);
        free(d->hits);
        free(d->name);
        free(d->note);
        free(d->error);
    }
    free(s->v);
}
