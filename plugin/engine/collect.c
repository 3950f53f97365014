/* collect.c - findings back from Lua to the report: read the framework's table, sort, merge
 * overlapping findings of one category, drop duplicates, then emit in document order. */
#include "engine_int.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Findings back to C ----------------------------------------------------------------------- */
typedef struct pend {
    const char *rule, *category, *severity, *message, *basis, *suggestion, *part, *where;
    double confidence;
    lua_Integer paragraph, start, stop;
    size_t part_order, seq;
    const nt_para *para;
    int sev;     /* NT_SEV_*, -1: not reported (duplicate or below the minimum) */
    size_t into; /* merged into finding `into` (index), or SIZE_MAX: reported itself */
} pend;

static const char *raw_str(lua_State *L, int t, const char *k) {
    lua_pushstring(L, k);
    lua_rawget(L, t);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1); /* still referenced by the finding table */
    return s;
}

static lua_Integer raw_int(lua_State *L, int t, const char *k) {
    lua_pushstring(L, k);
    lua_rawget(L, t);
    lua_Integer v = 0;
    if (lua_type(L, -1) == LUA_TNUMBER) {
        lua_Number n = lua_tonumber(L, -1);
        v = (n >= 0 && n < 2147483647.0) ? (lua_Integer)n : 0;
    }
    lua_pop(L, 1);
    return v;
}

static const nt_para *find_para(const nt_doc *doc, const char *part, lua_Integer idx,
                                size_t *order) {
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *p = &doc->parts[i];
        if (!p->name || strcmp(p->name, part) != 0) continue;
        *order = i;
        if (idx >= 0 && (size_t)idx < p->nparas && p->paras[idx].index == (uint32_t)idx)
            return &p->paras[idx];
        for (size_t k = 0; k < p->nparas; k++)
            if (p->paras[k].index == (uint32_t)idx) return &p->paras[k];
        return NULL;
    }
    *order = doc->nparts;
    return NULL;
}

static int pend_cmp(const void *a, const void *b) {
    const pend *x = a, *y = b;
    if (x->part_order != y->part_order) return x->part_order < y->part_order ? -1 : 1;
    if (x->paragraph != y->paragraph) return x->paragraph < y->paragraph ? -1 : 1;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->stop != y->stop) return x->stop < y->stop ? -1 : 1;
    int c = strcmp(x->rule, y->rule);
    if (c) return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int same_place(const pend *x, const pend *y) {
    return x->part_order == y->part_order && x->paragraph == y->paragraph && x->start == y->start &&
           x->stop == y->stop && strcmp(x->rule, y->rule) == 0 && strcmp(x->part, y->part) == 0;
}

/* Reads finding i of the table at t; 0 when it is unusable. */
static int read_finding(lua_State *L, netral_engine *e, int t, lua_Integer i, pend *out) {
    if (lua_rawgeti(L, t, i) != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    int f = lua_gettop(L);
    memset(out, 0, sizeof *out);
    out->rule = raw_str(L, f, "rule");
    out->category = raw_str(L, f, "category");
    out->severity = raw_str(L, f, "severity");
    out->message = raw_str(L, f, "message");
    out->basis = raw_str(L, f, "basis");
    out->suggestion = raw_str(L, f, "suggestion");
    out->part = raw_str(L, f, "part");
    out->where = raw_str(L, f, "where");
    lua_pushliteral(L, "confidence");
    lua_rawget(L, f);
    out->confidence = lua_type(L, -1) == LUA_TNUMBER ? (double)lua_tonumber(L, -1) : 0.5;
    lua_pop(L, 1);
    out->paragraph = raw_int(L, f, "paragraph");
    out->start = raw_int(L, f, "start");
    out->stop = raw_int(L, f, "stop");
    lua_pop(L, 1); /* the strings stay referenced by the findings table */
    if (!out->rule || !out->severity || !out->part || nt_severity_from_name(out->severity) < 0) {
        char msg[600];
        snprintf(msg, sizeof msg,
                 NT_L("%s: temuan tidak sah diabaikan (rule/severity/part kosong atau salah)",
                      "%s: invalid finding ignored (rule/severity/part missing or wrong)"),
                 out->rule ? out->rule : "netral");
        nt_report_add_rule_error(e->rep, msg);
        return 0;
    }
    if (!out->category) out->category = "";
    if (!(out->confidence >= 0 && out->confidence <= 1)) out->confidence = 0.5;
    out->para = find_para(e->doc, out->part, out->paragraph, &out->part_order);
    if (!out->para) { /* reports and comments must point at real text */
        char msg[700];
        snprintf(msg, sizeof msg,
                 NT_L("%s: temuan diabaikan: paragraf %d di %s tidak ada",
                      "%s: finding ignored: paragraph index %d does not exist in %s"),
                 out->rule, (int)out->paragraph, out->part);
        nt_report_add_rule_error(e->rep, msg);
        return 0;
    }
    return 1;
}

/* Byte range clamped to the paragraph and widened to whole UTF-8 characters. */
static void clamp_range(const nt_para *p, lua_Integer *start, lua_Integer *stop) {
    lua_Integer len = (lua_Integer)p->len;
    if (*start > len) *start = len;
    if (*stop > len) *stop = len;
    if (*stop < *start) *stop = *start;
    while (*start > 0 && *start < len && ((unsigned char)p->text[*start] & 0xC0) == 0x80)
        (*start)--;
    while (*stop < len && ((unsigned char)p->text[*stop] & 0xC0) == 0x80) (*stop)++;
}

/* x is stronger than y: more severe, then more confident, then the longer span, then earlier. */
static int stronger(const pend *x, const pend *y) {
    if (x->sev != y->sev) return x->sev > y->sev;
    if (x->confidence != y->confidence) return x->confidence > y->confidence;
    lua_Integer lx = x->stop - x->start, ly = y->stop - y->start;
    if (lx != ly) return lx > ly;
    return x->seq < y->seq;
}

/* One finding per category per span: in each paragraph, the findings of one category whose
 * ranges overlap (chains of overlaps included; an empty range counts as its first byte) become
 * one, the strongest; the others point at it through `into`. v is grouped by paragraph. */
static void merge_overlaps(pend *v, size_t n) {
    for (size_t i = 0; i < n; i++) v[i].into = SIZE_MAX;
    for (size_t g = 0; g < n;) {
        size_t h = g;
        while (h < n && v[h].part_order == v[g].part_order && v[h].paragraph == v[g].paragraph) h++;
        for (size_t a = g; a < h; a++) {
            if (v[a].sev < 0 || v[a].into != SIZE_MAX) continue;
            size_t best = a;
            lua_Integer lo = v[a].start, hi = v[a].stop > v[a].start ? v[a].stop : v[a].start + 1;
            v[a].into = a;
            for (int grew = 1; grew;) { /* until no finding of the category touches the group */
                grew = 0;
                for (size_t b = a + 1; b < h; b++) {
                    if (v[b].sev < 0 || v[b].into != SIZE_MAX ||
                        strcmp(v[b].category, v[a].category))
                        continue;
                    lua_Integer be = v[b].stop > v[b].start ? v[b].stop : v[b].start + 1;
                    if (v[b].start >= hi || be <= lo) continue;
                    v[b].into = a;
                    grew = 1;
                    if (v[b].start < lo) lo = v[b].start;
                    if (be > hi) hi = be;
                    if (stronger(&v[b], &v[best])) best = b;
                }
            }
            for (size_t b = a; b < h; b++)
                if (v[b].into == a) v[b].into = best;
            v[best].into = SIZE_MAX;
        }
        g = h;
    }
}

static void emit(netral_engine *e, pend *v, size_t n) {
    qsort(v, n, sizeof *v, pend_cmp);
    for (size_t i = 0; i < n; i++) {
        v[i].sev = nt_severity_from_name(v[i].severity);
        if ((i && same_place(&v[i], &v[i - 1])) || v[i].sev < e->opts.min_severity) {
            v[i].sev = -1;
            continue;
        }
        clamp_range(v[i].para, &v[i].start, &v[i].stop);
    }
    if (e->opts.keep_overlaps) {
        for (size_t i = 0; i < n; i++) v[i].into = SIZE_MAX;
    } else {
        merge_overlaps(v, n);
    }
    const char *also[NT_REPORT_MAX_ALSO];
    for (size_t i = 0; i < n; i++) {
        if (v[i].sev < 0 || v[i].into != SIZE_MAX) continue;
        size_t nalso = 0;
        for (size_t k = 0; k < n && nalso < NT_REPORT_MAX_ALSO; k++) {
            if (v[k].sev < 0 || v[k].into != i || !strcmp(v[k].rule, v[i].rule)) continue;
            int seen = 0;
            for (size_t j = 0; j < nalso && !seen; j++) seen = !strcmp(also[j], v[k].rule);
            if (!seen) also[nalso++] = v[k].rule;
        }
        lua_Integer s = v[i].start, t = v[i].stop;
        char *excerpt = nt_strndup(v[i].para->text + s, (size_t)(t - s));
        netral_finding f = {
            .rule = v[i].rule,
            .category = v[i].category,
            .severity = nt_severity_name(v[i].sev),
            .confidence = v[i].confidence,
            .part = v[i].part,
            .where =
                nt_where_name(v[i].para->where), /* a fact of the paragraph, whatever a rule said */
            .paragraph = (int)v[i].paragraph,
            .start = (size_t)s,
            .end = (size_t)t,
            .excerpt = excerpt ? excerpt : "",
            .message = v[i].message ? v[i].message : "",
            .basis = v[i].basis ? v[i].basis : "",
            .suggestion = v[i].suggestion,
            .also = nalso ? also : NULL,
            .nalso = nalso};
        nt_report_add(e->rep, &f);
        free(excerpt);
    }
}

void nt_collect_findings(lua_State *L, netral_engine *e) {
    int t = lua_gettop(L);
    lua_Integer n = (lua_Integer)lua_rawlen(L, t);
    if (n <= 0) return;
    pend *v = lua_newuserdatauv(L, (size_t)n * sizeof *v, 0); /* Lua-owned: no leak on error */
    size_t k = 0;
    for (lua_Integer i = 1; i <= n; i++)
        if (read_finding(L, e, t, i, &v[k])) {
            v[k].seq = k;
            k++;
        }
    emit(e, v, k);
    lua_pop(L, 1);
}
