/* luamod.c - the `require "netral"` Lua 5.4 module (luaopen_netral): engines as userdata, scans
 * returned as plain Lua tables, annotation to a path or to a string, rendering of those tables. */
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "netral.h"

#define ENGINE_MT "netral.engine"
#define REPORT_MT "netral.report"
#define BUFFER_MT "netral.buffer"

/* Registry key of the weak-keyed table: report table -> report box, so that netral.render can
 * find the C report behind a table the user got from scan (and a table alone keeps it alive). */
static const char REPORTS_KEY = 0;

typedef struct engine_box {
    netral_engine *e;
} engine_box;
typedef struct report_box {
    netral_report *r;
} report_box;
typedef struct buffer_box {
    void *p;
} buffer_box;

/* Lua's idiom for an expected failure: nil, message, code. */
static int push_failure(lua_State *L, int status, const char *msg) {
    lua_pushnil(L);
    lua_pushstring(L, msg && *msg ? msg : netral_strerror(status));
    lua_pushstring(L, netral_status_name(status));
    return 3;
}

/* ---- Boxes: every C resource is owned by a userdata first, so a Lua error (out of memory while
 * building a table) cannot leak it. ---------------------------------------------------------- */

static int report_gc(lua_State *L) {
    report_box *b = luaL_checkudata(L, 1, REPORT_MT);
    netral_report_free(b->r);
    b->r = NULL;
    return 0;
}

static int buffer_gc(lua_State *L) {
    buffer_box *b = luaL_checkudata(L, 1, BUFFER_MT);
    netral_free(b->p);
    b->p = NULL;
    return 0;
}

static report_box *new_report_box(lua_State *L) {
    report_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->r = NULL;
    luaL_setmetatable(L, REPORT_MT);
    return b;
}

static buffer_box *new_buffer_box(lua_State *L) {
    buffer_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->p = NULL;
    luaL_setmetatable(L, BUFFER_MT);
    return b;
}

static netral_engine *check_engine(lua_State *L) {
    engine_box *b = luaL_checkudata(L, 1, ENGINE_MT);
    if (!b->e) luaL_error(L, "netral: engine is closed");
    return b->e;
}

/* ---- Report -> table ------------------------------------------------------------------------ */

static void set_str(lua_State *L, const char *k, const char *v) {
    if (!v) return; /* absent fields stay nil */
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, lua_Integer v) {
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void push_finding(lua_State *L, const netral_finding *f) {
    lua_createtable(L, 0, 13);
    set_str(L, "rule", f->rule);
    set_str(L, "category", f->category);
    set_str(L, "severity", f->severity);
    lua_pushnumber(L, f->confidence);
    lua_setfield(L, -2, "confidence");
    set_str(L, "part", f->part);
    set_str(L, "where", f->where);
    set_int(L, "paragraph", f->paragraph);
    set_int(L, "start", (lua_Integer)f->start);
    set_int(L, "end", (lua_Integer)f->end);
    set_str(L, "excerpt", f->excerpt);
    set_str(L, "message", f->message);
    set_str(L, "basis", f->basis);
    set_str(L, "suggestion", f->suggestion);
    if (f->nalso && f->also) { /* rules merged into this finding, as in the JSON Lines report */
        lua_createtable(L, (int)f->nalso, 0);
        for (size_t i = 0; i < f->nalso; i++) {
            lua_pushstring(L, f->also[i]);
            lua_rawseti(L, -2, (lua_Integer)i + 1);
        }
        lua_setfield(L, -2, "also");
    }
}

static void push_findings(lua_State *L, const netral_report *r) {
    size_t n = netral_report_count(r);
    lua_createtable(L, (int)(n > 1000000 ? 0 : n), 0);
    for (size_t i = 0; i < n; i++) {
        const netral_finding *f = netral_report_finding(r, i);
        if (!f) continue;
        push_finding(L, f);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "findings");
}

static void push_rule_errors(lua_State *L, const netral_report *r) {
    size_t n = netral_report_rule_error_count(r);
    lua_createtable(L, 0, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushstring(L, netral_report_rule_error(r, i));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "rule_errors");
}

/* The box at the stack top becomes a table with the same shape as a JSON Lines record; the
 * table replaces the box on the stack and is registered for netral.render. */
static void box_to_table(lua_State *L) {
    report_box *b = luaL_checkudata(L, -1, REPORT_MT);
    const netral_report *r = b->r;
    int status = netral_report_status(r);
    lua_createtable(L, 0, 6);
    set_str(L, "path", netral_report_path(r));
    set_str(L, "status", status == NETRAL_OK ? "ok" : "error");
    set_str(L, "verdict", netral_report_verdict(r));
    if (status != NETRAL_OK) {
        lua_createtable(L, 0, 2);
        set_str(L, "code", netral_status_name(status)); /* as in the JSON Lines report */
        set_str(L, "message", netral_report_error(r));
        lua_setfield(L, -2, "error");
    }
    if (status == NETRAL_OK) { /* the memo's facts as a letter, as in the JSON Lines report */
        int any = 0;
        for (size_t i = 0; netral_memo_key(i); i++) {
            const char *v = netral_report_memo(r, netral_memo_key(i));
            if (!v) continue;
            if (!any) lua_createtable(L, 0, 8);
            any = 1;
            set_str(L, netral_memo_key(i), v);
        }
        if (any) lua_setfield(L, -2, "memo");
    }
    push_findings(L, r);
    push_rule_errors(L, r);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &REPORTS_KEY);
    lua_pushvalue(L, -2); /* table */
    lua_pushvalue(L, -4); /* box */
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_remove(L, -2); /* drop the box; the weak table keeps it while the table lives */
}

/* ---- Module functions ----------------------------------------------------------------------- */

static const struct {
    const char *name;
    netral_limit which;
} LIMITS[] = {
    {"file_bytes", NETRAL_LIMIT_FILE_BYTES},
    {"part_bytes", NETRAL_LIMIT_PART_BYTES},
    {"total_bytes", NETRAL_LIMIT_TOTAL_BYTES},
    {"ratio", NETRAL_LIMIT_RATIO},
    {"xml_depth", NETRAL_LIMIT_XML_DEPTH},
    {"rule_instructions", NETRAL_LIMIT_RULE_INSTRUCTIONS},
    {"lua_memory", NETRAL_LIMIT_LUA_MEMORY},
};

/* Raises a Lua error naming the option when the library refused it. */
static void check_opt(lua_State *L, int rc, const char *what) {
    if (rc != NETRAL_OK) luaL_error(L, "netral.engine: %s: %s", what, netral_last_error());
}

static void opt_rules(lua_State *L, int t, netral_options *o) {
    if (lua_getfield(L, t, "rules") == LUA_TSTRING) {
        check_opt(L, netral_options_add_rules_dir(o, lua_tostring(L, -1)), "rules");
    } else if (lua_istable(L, -1)) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            if (lua_geti(L, -1, i) != LUA_TSTRING)
                luaL_error(L, "netral.engine: rules[%d] is not a string", (int)i);
            check_opt(L, netral_options_add_rules_dir(o, lua_tostring(L, -1)), "rules");
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1)) {
        luaL_error(L, "netral.engine: rules must be a folder or a list of folders");
    }
    lua_pop(L, 1);
}

/* Raw access, so the string popped here stays alive: the options table itself holds it. */
static const char *opt_string(lua_State *L, int t, const char *k) {
    lua_pushstring(L, k);
    int ty = lua_rawget(L, t);
    const char *s = ty == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (ty != LUA_TNIL && !s) luaL_error(L, "netral.engine: %s must be a string", k);
    lua_pop(L, 1);
    return s;
}

static void opt_limits(lua_State *L, int t, netral_options *o) {
    int ty = lua_getfield(L, t, "limits");
    if (ty == LUA_TTABLE) {
        for (size_t i = 0; i < sizeof LIMITS / sizeof LIMITS[0]; i++) {
            if (lua_getfield(L, -1, LIMITS[i].name) != LUA_TNIL) {
                int isnum = 0;
                lua_Integer v = lua_tointegerx(L, -1, &isnum);
                if (!isnum || v <= 0)
                    luaL_error(L, "netral.engine: limits.%s must be a positive integer",
                               LIMITS[i].name);
                check_opt(L, netral_options_set_limit(o, LIMITS[i].which, (uint64_t)v),
                          LIMITS[i].name);
            }
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        luaL_error(L, "netral.engine: limits must be a table");
    }
    lua_pop(L, 1);
}

/* Fills o from the options table at index t; raises on a bad option (o is freed by the caller's
 * box, see engine_new). */
static void read_options(lua_State *L, int t, netral_options *o) {
    opt_rules(L, t, o);
    const char *s;
    if ((s = opt_string(L, t, "lang"))) check_opt(L, netral_options_set_language(o, s), "lang");
    if ((s = opt_string(L, t, "min_severity")))
        check_opt(L, netral_options_set_min_severity(o, s), "min_severity");
    if ((s = opt_string(L, t, "comment_author")))
        check_opt(L, netral_options_set_comment_author(o, s, opt_string(L, t, "comment_initials")),
                  "comment_author");
    lua_getfield(L, t, "highlight");
    check_opt(L, netral_options_set_highlight(o, lua_toboolean(L, -1)), "highlight");
    lua_pop(L, 1);
    lua_getfield(L, t, "merge"); /* default true: overlapping same-category findings become one */
    check_opt(L, netral_options_set_merge(o, lua_isnil(L, -1) || lua_toboolean(L, -1)), "merge");
    lua_pop(L, 1);
    opt_limits(L, t, o);
}

typedef struct options_box {
    netral_options *o;
} options_box;

static int options_gc(lua_State *L) {
    options_box *b = lua_touserdata(L, 1);
    if (b) {
        netral_options_free(b->o);
        b->o = NULL;
    }
    return 0;
}

/* netral.engine{rules=..., lang=..., min_severity=..., limits={...}} -> engine | nil, msg, code */
static int l_engine(lua_State *L) {
    if (!lua_isnoneornil(L, 1)) luaL_checktype(L, 1, LUA_TTABLE);
    /* The options live in a temporary box so that a raised option error frees them. */
    options_box *ob = lua_newuserdatauv(L, sizeof *ob, 0);
    ob->o = NULL;
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, options_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    if (!(ob->o = netral_options_new())) return luaL_error(L, "netral.engine: out of memory");
    if (lua_istable(L, 1)) read_options(L, 1, ob->o);
    engine_box *eb = lua_newuserdatauv(L, sizeof *eb, 0);
    eb->e = NULL;
    luaL_setmetatable(L, ENGINE_MT);
    int rc = netral_engine_new(ob->o, &eb->e);
    netral_options_free(ob->o);
    ob->o = NULL;
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    return 1;
}

/* Collects report tables (or one table) from index 1 into boxes for netral_render. */
static const netral_report **collect_reports(lua_State *L, size_t *n) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &REPORTS_KEY);
    int reg = lua_gettop(L);
    lua_pushvalue(L, 1);
    int single = lua_rawget(L, reg) == LUA_TUSERDATA;
    lua_pop(L, 1);
    lua_Integer len = single ? 1 : luaL_len(L, 1);
    if (len < 0 || (lua_Unsigned)len > ((size_t)-1) / sizeof(void *))
        luaL_error(L, "netral.render: too many reports");
    const netral_report **v = lua_newuserdatauv(L, (size_t)len * sizeof *v + 1, 0);
    for (lua_Integer i = 1; i <= len; i++) {
        if (single)
            lua_pushvalue(L, 1);
        else
            lua_geti(L, 1, i);
        if (lua_rawget(L, reg) != LUA_TUSERDATA)
            luaL_error(L, "netral.render: item %d is not a report returned by scan", (int)i);
        v[i - 1] = ((report_box *)lua_touserdata(L, -1))->r;
        lua_pop(L, 1);
    }
    *n = (size_t)len;
    return v;
}

/* netral.render(report | {report, ...}, format) -> string | nil, msg, code */
static int l_render(lua_State *L) {
    const char *fmt = luaL_optstring(L, 2, "jsonl");
    int format = netral_format_from_name(fmt);
    if (format < 0) return luaL_error(L, "netral.render: unknown format '%s'", fmt);
    size_t n = 0;
    const netral_report **v = collect_reports(L, &n);
    buffer_box *bb = new_buffer_box(L);
    char *text = NULL;
    size_t len = 0;
    int rc = netral_render(v, n, format, &text, &len);
    bb->p = text;
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    lua_pushlstring(L, bb->p, len);
    return 1;
}

static int l_strerror(lua_State *L) {
    int code = (int)luaL_checkinteger(L, 1);
    lua_pushstring(L, netral_strerror(code));
    lua_pushstring(L, netral_status_name(code));
    return 2;
}

/* ---- Engine methods ------------------------------------------------------------------------- */

/* e:scan(path) -> report table; a document that cannot be read gives status "error". */
static int e_scan(lua_State *L) {
    netral_engine *e = check_engine(L);
    const char *path = luaL_checkstring(L, 2);
    report_box *b = new_report_box(L);
    int rc = netral_scan_file(e, path, &b->r);
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    box_to_table(L);
    return 1;
}

/* e:scan_bytes(data [, name]) -> report table */
static int e_scan_bytes(lua_State *L) {
    netral_engine *e = check_engine(L);
    size_t len = 0;
    const char *data = luaL_checklstring(L, 2, &len);
    const char *name = luaL_optstring(L, 3, NULL);
    report_box *b = new_report_box(L);
    int rc = netral_scan_memory(e, data, len, name, &b->r);
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    box_to_table(L);
    return 1;
}

/* After a failed annotation: nil, msg, code [, report table when the scan produced one]. */
static int annotate_failure(lua_State *L, int rc, report_box *b) {
    lua_pushnil(L);
    lua_pushstring(L, *netral_last_error() ? netral_last_error() : netral_strerror(rc));
    lua_pushstring(L, netral_status_name(rc));
    if (!b->r) return 3;
    lua_pushvalue(L, -4); /* the box, below the three results */
    box_to_table(L);
    return 4;
}

/* e:annotate(in_path, out_path) -> report table | nil, msg, code [, report] */
static int e_annotate(lua_State *L) {
    netral_engine *e = check_engine(L);
    const char *in = luaL_checkstring(L, 2), *out = luaL_checkstring(L, 3);
    report_box *b = new_report_box(L);
    int rc = netral_annotate_file(e, in, out, &b->r);
    if (rc != NETRAL_OK) return annotate_failure(L, rc, b);
    box_to_table(L);
    return 1;
}

/* e:annotate_bytes(data) -> annotated bytes, report table | nil, msg, code [, report] */
static int e_annotate_bytes(lua_State *L) {
    netral_engine *e = check_engine(L);
    size_t len = 0, out_len = 0;
    const char *data = luaL_checklstring(L, 2, &len);
    report_box *b = new_report_box(L);
    buffer_box *bb = new_buffer_box(L);
    int rc = netral_annotate_memory(e, data, len, &bb->p, &out_len, &b->r);
    if (rc != NETRAL_OK) {
        lua_pop(L, 1); /* buffer box */
        return annotate_failure(L, rc, b);
    }
    lua_pushlstring(L, bb->p, out_len);
    lua_pushvalue(L, -3); /* report box */
    box_to_table(L);
    return 2;
}

/* e:rules() -> { {id, category, severity, source, basis, message, graded, scope, replaces,
 * changed_by}, ... } */
static int e_rules(lua_State *L) {
    netral_engine *e = check_engine(L);
    size_t n = netral_engine_rule_count(e);
    lua_createtable(L, n > 100000 ? 0 : (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        netral_rule_info info;
        memset(&info, 0, sizeof info);
        if (netral_engine_rule(e, i, &info) != NETRAL_OK) continue;
        lua_createtable(L, 0, 6);
        set_str(L, "id", info.id);
        set_str(L, "category", info.category);
        set_str(L, "severity", info.severity);
        set_str(L, "source", info.source);
        set_str(L, "basis", info.basis);
        set_str(L, "message", info.message);
        netral_rule_detail d = {.size = sizeof d};
        if (netral_engine_rule_detail(e, i, &d) == NETRAL_OK) {
            lua_pushboolean(L, d.graded);
            lua_setfield(L, -2, "graded");
            set_str(L, "scope", d.scope);
            set_str(L, "replaces", d.replaces);
            set_str(L, "changed_by", d.changed_by);
        }
        lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    }
    return 1;
}

static int e_ruleset_id(lua_State *L) {
    const char *id = netral_engine_ruleset_id(check_engine(L));
    lua_pushstring(L, id ? id : "");
    return 1;
}

/* e:test_rules() -> failures, log */
static int e_test_rules(lua_State *L) {
    netral_engine *e = check_engine(L);
    buffer_box *bb = new_buffer_box(L);
    int failures = 0;
    char *log = NULL;
    int rc = netral_engine_test_rules(e, &failures, &log);
    bb->p = log;
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    lua_pushinteger(L, failures);
    lua_pushstring(L, bb->p ? bb->p : "");
    return 2;
}

/* e:close(): frees the engine now (also __gc and __close); further calls raise. */
static int e_close(lua_State *L) {
    engine_box *b = luaL_checkudata(L, 1, ENGINE_MT);
    netral_engine_free(b->e);
    b->e = NULL;
    return 0;
}

static int e_tostring(lua_State *L) {
    engine_box *b = luaL_checkudata(L, 1, ENGINE_MT);
    if (b->e)
        lua_pushfstring(L, "netral.engine (%d rules)", (int)netral_engine_rule_count(b->e));
    else
        lua_pushliteral(L, "netral.engine (closed)");
    return 1;
}

/* The explain options from the table at idx (may be absent): part, paragraph (from 1), rule, json. */
static void explain_options(lua_State *L, int idx, netral_explain_options *o) {
    memset(o, 0, sizeof *o);
    o->size = sizeof *o;
    if (lua_isnoneornil(L, idx)) return;
    luaL_checktype(L, idx, LUA_TTABLE);
    if (lua_getfield(L, idx, "part") == LUA_TSTRING) o->part = lua_tostring(L, -1);
    if (lua_getfield(L, idx, "rule") == LUA_TSTRING) o->rule = lua_tostring(L, -1);
    if (lua_getfield(L, idx, "paragraph") != LUA_TNIL) {
        lua_Integer n = luaL_checkinteger(L, -1);
        if (n < 1 || n > 1 << 30) luaL_error(L, "explain: paragraph is numbered from 1");
        o->paragraph = (int)n;
    }
    lua_getfield(L, idx, "json");
    o->json = lua_toboolean(L, -1);
    lua_pop(L, 1); /* the strings stay referenced by the options table */
    lua_pop(L, 3);
}

/* e:explain(path [, {part=, paragraph=, rule=, json=}]) -> text | nil, msg, code */
static int e_explain(lua_State *L) {
    netral_engine *e = check_engine(L);
    const char *path = luaL_checkstring(L, 2);
    netral_explain_options o;
    explain_options(L, 3, &o);
    buffer_box *bb = new_buffer_box(L);
    size_t len = 0;
    int rc = netral_explain_file(e, path, &o, (char **)&bb->p, &len);
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    lua_pushlstring(L, bb->p, len);
    return 1;
}

/* e:explain_text(text [, options]) -> text | nil, msg, code: a bare sentence (one paragraph per line) */
static int e_explain_text(lua_State *L) {
    netral_engine *e = check_engine(L);
    const char *text = luaL_checkstring(L, 2);
    netral_explain_options o;
    explain_options(L, 3, &o);
    buffer_box *bb = new_buffer_box(L);
    size_t len = 0;
    int rc = netral_explain_text(e, text, &o, (char **)&bb->p, &len);
    if (rc != NETRAL_OK) return push_failure(L, rc, netral_last_error());
    lua_pushlstring(L, bb->p, len);
    return 1;
}

static const luaL_Reg ENGINE_METHODS[] = {
    {"scan", e_scan},
    {"scan_bytes", e_scan_bytes},
    {"annotate", e_annotate},
    {"explain", e_explain},
    {"explain_text", e_explain_text},
    {"annotate_bytes", e_annotate_bytes},
    {"rules", e_rules},
    {"ruleset_id", e_ruleset_id},
    {"test_rules", e_test_rules},
    {"close", e_close},
    {NULL, NULL},
};

static const luaL_Reg MODULE_FUNCS[] = {
    {"engine", l_engine},
    {"render", l_render},
    {"strerror", l_strerror},
    {NULL, NULL},
};

static void register_types(lua_State *L) {
    if (luaL_newmetatable(L, ENGINE_MT)) {
        luaL_newlib(L, ENGINE_METHODS);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, e_close);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, e_close);
        lua_setfield(L, -2, "__close");
        lua_pushcfunction(L, e_tostring);
        lua_setfield(L, -2, "__tostring");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, REPORT_MT)) {
        lua_pushcfunction(L, report_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, BUFFER_MT)) {
        lua_pushcfunction(L, buffer_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &REPORTS_KEY) != LUA_TTABLE) {
        lua_newtable(L);
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &REPORTS_KEY);
    }
    lua_pop(L, 1);
}

NETRAL_API int luaopen_netral(lua_State *L); /* what lua5.4 calls on require "netral" */

NETRAL_API int luaopen_netral(lua_State *L) {
    register_types(L);
    luaL_newlib(L, MODULE_FUNCS);
    lua_pushstring(L, netral_version());
    lua_setfield(L, -2, "version");
    lua_pushinteger(L, NETRAL_VERSION_MAJOR);
    lua_setfield(L, -2, "version_major");
    lua_pushinteger(L, NETRAL_VERSION_MINOR);
    lua_setfield(L, -2, "version_minor");
    return 1;
}
