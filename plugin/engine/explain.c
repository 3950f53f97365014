/* explain.c - `netral explain`: one document scanned with the trace on, then the trace as JSON (a
 * Lua table serialised here) or as text (netral/explain.lua). The public ABI is in api.c. */
#include "engine_int.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSON_MAX_DEPTH 32

/* ---- A Lua table as JSON ------------------------------------------------------------------- */
/* A table whose keys are exactly 1..n is an array (an empty table too); any other table is an
 * object with its string keys sorted, so the output is stable. */
static int is_array(lua_State *L, int t) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, t), count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            lua_pop(L, 1);
            return 0;
        }
        count++;
    }
    return count == n;
}

static int cmp_key(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void json_value(lua_State *L, int idx, nt_buf *b, int depth);

static void json_table(lua_State *L, int t, nt_buf *b, int depth) {
    if (depth > JSON_MAX_DEPTH) {
        nt_buf_puts(b, "null");
        return;
    }
    if (is_array(L, t)) {
        nt_buf_putc(b, '[');
        lua_Integer n = (lua_Integer)lua_rawlen(L, t);
        for (lua_Integer i = 1; i <= n; i++) {
            if (i > 1) nt_buf_putc(b, ',');
            lua_rawgeti(L, t, i);
            json_value(L, lua_gettop(L), b, depth + 1);
            lua_pop(L, 1);
        }
        nt_buf_putc(b, ']');
        return;
    }
    size_t n = 0, cap = 16;
    const char **keys = malloc(cap * sizeof *keys);
    lua_pushnil(L);
    while (keys && lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue; /* the trace has string keys only */
        if (n == cap) {
            const char **nk = realloc(keys, (cap *= 2) * sizeof *keys);
            if (!nk) {
                free(keys);
                keys = NULL;
                lua_pop(L, 1);
                break;
            }
            keys = nk;
        }
        keys[n++] = lua_tostring(L, -1); /* the key stays alive: it is in the table */
    }
    if (!keys) {
        b->oom = 1;
        return;
    }
    qsort(keys, n, sizeof *keys, cmp_key);
    nt_buf_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        if (i) nt_buf_putc(b, ',');
        nt_json_cstr(b, keys[i]);
        nt_buf_putc(b, ':');
        lua_getfield(L, t, keys[i]);
        json_value(L, lua_gettop(L), b, depth + 1);
        lua_pop(L, 1);
    }
    nt_buf_putc(b, '}');
    free(keys);
}

static void json_value(lua_State *L, int idx, nt_buf *b, int depth) {
    switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        nt_json_str(b, s, len);
        break;
    }
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx))
            nt_buf_printf(b, "%lld", (long long)lua_tointeger(L, idx));
        else {
            double v = (double)lua_tonumber(L, idx);
            if (v != v || v > 1e300 || v < -1e300)
                nt_buf_puts(b, "null");
            else
                nt_buf_printf(b, "%.6g", v);
        }
        break;
    case LUA_TBOOLEAN: nt_buf_puts(b, lua_toboolean(L, idx) ? "true" : "false"); break;
    case LUA_TTABLE: json_table(L, lua_absindex(L, idx), b, depth); break;
    default: nt_buf_puts(b, "null");
    }
}

/* ---- The report into the trace --------------------------------------------------------------- */
static void set_s(lua_State *L, const char *k, const char *v) {
    if (!v) return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_i(lua_State *L, const char *k, lua_Integer v) {
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void push_report(lua_State *L, const netral_report *rep) {
    lua_createtable(L, 0, 5);
    set_s(L, "path", rep->path);
    int worst = nt_report_worst(rep); /* as the contract defines the verdict */
    set_s(L, "verdict",
          rep->status != NETRAL_OK ? "error"
          : worst >= NT_SEV_MEDIUM ? "violation"
          : worst == NT_SEV_LOW    ? "review"
                                   : "clean");
    lua_createtable(L, (int)rep->nfindings, 0);
    for (size_t i = 0; i < rep->nfindings; i++) {
        const netral_finding *f = &rep->findings[i];
        lua_createtable(L, 0, 14);
        set_s(L, "rule", f->rule);
        set_s(L, "category", f->category);
        set_s(L, "severity", f->severity);
        lua_pushnumber(L, f->confidence);
        lua_setfield(L, -2, "confidence");
        set_s(L, "part", f->part);
        set_s(L, "where", f->where);
        set_i(L, "paragraph", f->paragraph);
        set_i(L, "start", (lua_Integer)f->start);
        set_i(L, "end", (lua_Integer)f->end);
        set_s(L, "excerpt", f->excerpt);
        set_s(L, "message", f->message);
        if (f->nalso) {
            lua_createtable(L, (int)f->nalso, 0);
            for (size_t k = 0; k < f->nalso; k++) {
                lua_pushstring(L, f->also[k]);
                lua_rawseti(L, -2, (lua_Integer)k + 1);
            }
            lua_setfield(L, -2, "also");
        }
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "findings");
    lua_createtable(L, (int)rep->nrule_errors, 0);
    for (size_t i = 0; i < rep->nrule_errors; i++) {
        lua_pushstring(L, rep->rule_errors[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "rule_errors");
}

typedef struct render_job {
    netral_engine *e;
    const netral_report *rep;
    const nt_explain_req *req;
    nt_buf *out;
} render_job;

/* Protected: the trace plus the report, then JSON here or text from netral/explain.lua. */
static int render_protected(lua_State *L) {
    render_job *j = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, j->e->trace_ref);
    int t = lua_gettop(L);
    push_report(L, j->rep);
    lua_setfield(L, t, "report");
    set_s(L, "ruleset", j->e->ruleset_id);
    set_s(L, "lang", j->e->opts.lang);
    if (j->req->part) set_s(L, "part", j->req->part);
    if (j->req->paragraph >= 0) set_i(L, "paragraph", j->req->paragraph);
    if (j->req->json) {
        json_table(L, t, j->out, 0);
        nt_buf_putc(j->out, '\n');
        return 0;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, j->e->api_ref);
    lua_getfield(L, -1, "explain_text");
    lua_pushvalue(L, t);
    lua_call(L, 1, 1);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (s) nt_buf_put(j->out, s, len);
    return 0;
}

/* ---- Requests ------------------------------------------------------------------------------- */
/* "a, b, c" of at most ~40 names into msg. */
static void name_list(char *out, size_t cap, const char *const *names, size_t n) {
    size_t used = 0, i = 0;
    out[0] = 0;
    for (; i < n && used + 8 < cap; i++) {
        int w = snprintf(out + used, cap - used, "%s%s", i ? ", " : "", names[i]);
        if (w < 0 || (size_t)w >= cap - 8 - used) {
            out[used] = 0;
            break;
        }
        used += (size_t)w;
    }
    if (i < n) snprintf(out + used, cap - used, ", \xE2\x80\xA6"); /* ", …": more than fit */
}

static size_t common_prefix(const char *a, const char *b) {
    size_t n = 0;
    while (a[n] && a[n] == b[n]) n++;
    return n;
}

static int check_request(netral_engine *e, const nt_doc *doc, nt_explain_req *req, nt_err *err) {
    int en = strcmp(e->opts.lang, "en") == 0;
    char list[1800];
    if (req->rule) {
        int found = 0;
        for (size_t i = 0; i < e->nrules && !found; i++) found = !strcmp(e->rules[i].id, req->rule);
        if (!found) {
            const char **ids = malloc((e->nrules + 1) * sizeof *ids);
            for (size_t i = 0; ids && i < e->nrules; i++) ids[i] = e->rules[i].id;
            /* the closest first (longest common prefix with what was asked, a typo's neighbours),
             * so a cut list still names them; stable, otherwise load order */
            for (size_t i = 1; ids && i < e->nrules; i++) {
                const char *v = ids[i];
                size_t pv = common_prefix(v, req->rule), j = i;
                while (j && common_prefix(ids[j - 1], req->rule) < pv) {
                    ids[j] = ids[j - 1];
                    j--;
                }
                ids[j] = v;
            }
            /* the message holds 512 bytes: the closest ids, then where to see them all */
            if (ids)
                name_list(list, 360, ids, e->nrules);
            else
                list[0] = 0;
            free(ids);
            nt_err_set(err, NETRAL_E_INVALID_ARG,
                       en ? "no rule '%s' (closest: %s; all: netral rules list)"
                          : "tidak ada aturan '%s' (yang mirip: %s; semua: netral rules list)",
                       req->rule, list);
            return NETRAL_E_INVALID_ARG;
        }
    }
    const nt_part *part = NULL;
    if (req->part) {
        for (size_t i = 0; i < doc->nparts && !part; i++)
            if (doc->parts[i].name && !strcmp(doc->parts[i].name, req->part)) part = &doc->parts[i];
        if (!part) {
            const char *names[64];
            size_t n = 0;
            for (size_t i = 0; i < doc->nparts && n < 64; i++)
                if (doc->parts[i].name) names[n++] = doc->parts[i].name;
            name_list(list, sizeof list, names, n);
            nt_err_set(err, NETRAL_E_INVALID_ARG,
                       en ? "the document has no part '%s' (parts: %s)"
                          : "dokumen tidak punya bagian '%s' (bagian: %s)",
                       req->part, list);
            return NETRAL_E_INVALID_ARG;
        }
    }
    if (req->paragraph >= 0) {
        if (!part) { /* a paragraph number alone means the main document's */
            part = &doc->parts[0];
            req->part = part->name;
        }
        int found = 0;
        for (size_t i = 0; i < part->nparas && !found; i++)
            found = (long)part->paras[i].index == req->paragraph;
        if (!found) {
            nt_err_set(err, NETRAL_E_INVALID_ARG,
                       en ? "%s has no paragraph %ld (paragraphs 1 to %zu)"
                          : "%s tidak punya paragraf %ld (paragraf 1 sampai %zu)",
                       part->name, req->paragraph + 1, part->nparas);
            return NETRAL_E_INVALID_ARG;
        }
    }
    return NETRAL_OK;
}

int nt_engine_explain(netral_engine *e, const nt_doc *doc, const nt_explain_req *req0,
                      netral_report *rep, char **out, size_t *out_len, nt_err *err) {
    *out = NULL;
    *out_len = 0;
    if (!doc->nparts) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, "dokumen kosong");
        return NETRAL_E_INVALID_ARG;
    }
    nt_explain_req req = *req0;
    int rc = check_request(e, doc, &req, err);
    if (rc) return rc;
    lua_State *L = e->L;
    e->trace = &req;
    e->trace_ref = LUA_NOREF;
    nt_scan_doc(e, doc, rep);
    e->trace = NULL;
    if (e->trace_ref == LUA_NOREF) { /* the scan stopped short: take what was traced */
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
        lua_getfield(L, -1, "end_trace");
        if (lua_pcall(L, 0, 1, 0) == LUA_OK && lua_istable(L, -1))
            e->trace_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        lua_settop(L, 0);
        if (e->trace_ref == LUA_NOREF) {
            nt_err_set(err, NETRAL_E_INTERNAL, "jejak explain tidak tersedia");
            return NETRAL_E_INTERNAL;
        }
    }
    nt_buf b;
    nt_buf_init(&b);
    render_job job = {e, rep, &req, &b};
    nt_sandbox_reset(e, 0);
    lua_pushcfunction(L, render_protected);
    lua_pushlightuserdata(L, &job);
    rc = nt_sandbox_call(e, 0, 1, 0);
    if (rc != LUA_OK) {
        char msg[900];
        nt_sandbox_error_text(e, -1, msg, sizeof msg);
        nt_err_set(err, rc == LUA_ERRMEM ? NETRAL_E_NOMEM : NETRAL_E_INTERNAL, "explain: %s", msg);
        rc = rc == LUA_ERRMEM ? NETRAL_E_NOMEM : NETRAL_E_INTERNAL;
    } else {
        rc = b.oom ? NETRAL_E_NOMEM : NETRAL_OK;
    }
    luaL_unref(L, LUA_REGISTRYINDEX, e->trace_ref);
    e->trace_ref = LUA_NOREF;
    lua_settop(L, 0);
    lua_gc(L, LUA_GCCOLLECT);
    if (rc) {
        if (rc == NETRAL_E_NOMEM) nt_err_set(err, rc, "kehabisan memori");
        nt_buf_free(&b);
        return rc;
    }
    *out = nt_buf_take(&b, out_len);
    return *out ? NETRAL_OK : NETRAL_E_NOMEM;
}
