/* sandbox.c - the Lua state rules run in: capped allocator, instruction budget (count hook that
 * keeps raising once spent), the safe standard library, and require limited to rule folders. */
#include "engine_int.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "embedded.h"

#define HOOK_EVERY       1000
#define MODULE_MAX_BYTES (16u * 1024u * 1024u)

/* ---- Memory cap ------------------------------------------------------------------------------
 * Lua assumes shrinking never fails, so only growth is refused; Lua then runs an emergency GC and
 * raises a memory error in whatever code asked. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    netral_engine *e = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        e->mem_used -= old;
        return NULL;
    }
    if (nsize > old && e->mem_used + (nsize - old) > e->mem_limit) return NULL;
    void *p = realloc(ptr, nsize);
    if (!p) return nsize <= old ? ptr : NULL;
    e->mem_used = e->mem_used - old + nsize;
    return p;
}

/* ---- Instruction budget ---------------------------------------------------------------------- */
static int is_framework_src(const char *src) {
    return strncmp(src, "@netral/", 8) == 0 || src[0] == '=';
}

/* First stack level running rule code (not the framework, not C): "file:line". */
static int rule_position(lua_State *L, char *out, size_t cap) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline < 0) continue;
        if (is_framework_src(ar.source)) continue;
        snprintf(out, cap, "%s:%d", ar.short_src, ar.currentline);
        return 1;
    }
    return 0;
}

static void count_hook(lua_State *L, lua_Debug *ar) {
    netral_engine *e = nt_engine_of(L);
    size_t slot = e->cur_slot;
    e->used[slot] += HOOK_EVERY;
    /* Remember where the rule was, so a later memory error can name a line. */
    if (lua_getinfo(L, "S", ar) && !is_framework_src(ar->source)) {
        if (ar->source != e->pos_src) { /* copy only when the chunk changes: this runs often */
            snprintf(e->pos, sizeof e->pos, "%s", ar->short_src);
            e->pos_src = ar->source;
        }
        e->pos_line = lua_getinfo(L, "l", ar) ? ar->currentline : 0;
    }
    uint64_t limit = slot ? e->budget : e->slot0_budget;
    if (e->used[slot] <= limit) return;
    /* Keeps firing every HOOK_EVERY instructions until the slot changes: pcall cannot swallow it. */
    char where[200];
    if (!rule_position(L, where, sizeof where)) snprintf(where, sizeof where, "?");
    if (strcmp(e->opts.lang, "en") == 0)
        lua_pushfstring(L, "%s: instruction budget exceeded (%I instructions per document)", where,
                        (lua_Integer)limit);
    else
        lua_pushfstring(L, "%s: batas instruksi terlampaui (%I instruksi per dokumen)", where,
                        (lua_Integer)limit);
    lua_error(L);
}

void nt_sandbox_reset(netral_engine *e, int loading) {
    memset(e->used, 0, e->nslots * sizeof *e->used);
    memset(e->disabled, NT_SLOT_ON, e->nslots);
    for (size_t s = 1; s < e->nslots && s <= e->nrules; s++)
        if (e->rules[s - 1].asleep) e->disabled[s] = NT_SLOT_ASLEEP;
    e->cur_slot = 0;
    uint64_t b = e->budget;
    /* The framework's own work grows with the document; give it a generous, finite budget. */
    e->slot0_budget = loading ? b : (b > UINT64_MAX / 20 ? UINT64_MAX : b * 20);
}

void nt_sandbox_where(const netral_engine *e, const char *fallback, char *out, size_t cap) {
    if (e->pos[0])
        snprintf(out, cap, "%s:%d", e->pos, e->pos_line);
    else
        snprintf(out, cap, "%s", fallback);
}

int nt_sandbox_call(netral_engine *e, size_t slot, int nargs, int nresults) {
    size_t saved = e->cur_slot;
    e->cur_slot = slot;
    e->pos[0] = 0;
    e->pos_src = NULL;
    int rc = lua_pcall(e->L, nargs, nresults, 0);
    e->cur_slot = saved;
    return rc;
}

/* ---- Error text ------------------------------------------------------------------------------ */
/* Lua shortens long chunk names to "...tail"; put the full path back when we know it. */
static void restore_path(netral_engine *e, char *msg, size_t cap) {
    if (strncmp(msg, "...", 3) != 0) return;
    const char *colon = strchr(msg + 3, ':');
    if (!colon) return;
    size_t tail = (size_t)(colon - (msg + 3));
    for (size_t i = 0; i < e->nfiles; i++) {
        const char *f = e->files[i];
        size_t n = strlen(f);
        if (n < tail || memcmp(f + n - tail, msg + 3, tail) != 0) continue;
        char rest[1024];
        snprintf(rest, sizeof rest, "%s", colon);
        snprintf(msg, cap, "%s%s", f, rest);
        return;
    }
}

void nt_sandbox_error_text(netral_engine *e, int idx, char *out, size_t cap) {
    lua_State *L = e->L;
    int t = lua_type(L, idx);
    if (t == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        if (n >= cap) n = cap - 1;
        memcpy(out, s, n);
        out[n] = 0;
    } else if (t == LUA_TNUMBER) {
        snprintf(out, cap, "%g", (double)lua_tonumber(L, idx));
    } else {
        snprintf(out, cap, "(objek galat bertipe %s)", lua_typename(L, t));
    }
    restore_path(e, out, cap);
}

/* ---- priv.run(slot, fn, ...): one rule evaluation under its budget ---------------------------- */
static void rule_error(netral_engine *e, size_t slot, int rc) {
    char msg[900], line[1200];
    const nt_rule_rec *r = slot && slot <= e->nrules ? &e->rules[slot - 1] : NULL;
    const char *id = r ? r->id : "netral";
    int en = strcmp(e->opts.lang, "en") == 0;
    if (rc == LUA_ERRMEM) {
        char where[200];
        nt_sandbox_where(e, r ? r->source : "?", where, sizeof where);
        snprintf(msg, sizeof msg,
                 en ? "%s: Lua memory limit reached (%zu MiB)"
                    : "%s: batas memori Lua tercapai (%zu MiB)",
                 where, e->mem_limit >> 20);
    } else {
        nt_sandbox_error_text(e, -1, msg, sizeof msg);
    }
    snprintf(line, sizeof line, "%s: %s", id, msg);
    if (e->rep) nt_report_add_rule_error(e->rep, line);
}

static int l_run(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    lua_Integer slot = luaL_checkinteger(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (slot < 1 || (size_t)slot >= e->nslots)
        return luaL_error(L, NT_L("run: slot %d di luar batas", "run: slot %d out of range"),
                          (int)slot);
    if (e->disabled[slot]) {
        lua_pushboolean(L, 0);
        return 1;
    }
    lua_remove(L, 1);
    int rc = nt_sandbox_call(e, (size_t)slot, lua_gettop(L) - 1, 0);
    if (rc == LUA_OK) {
        lua_pushboolean(L, 1);
        return 1;
    }
    rule_error(e, (size_t)slot, rc);
    e->disabled[slot] = NT_SLOT_FAILED;
    lua_pop(L, 1);
    if (rc == LUA_ERRMEM) lua_gc(L, LUA_GCCOLLECT);
    lua_pushboolean(L, 0);
    return 1;
}

/* The state of the slot given as argument 1 (NT_SLOT_*), or -1 when it is out of range. */
static int slot_state(lua_State *L, netral_engine *e, lua_Integer *slot) {
    *slot = luaL_checkinteger(L, 1);
    return *slot >= 1 && (size_t)*slot < e->nslots ? e->disabled[*slot] : -1;
}

/* priv.rule_failed(slot): the rule failed in this document and sits out the rest of it. */
static int l_rule_failed(lua_State *L) {
    lua_Integer slot;
    lua_pushboolean(L, slot_state(L, nt_engine_of(L), &slot) == NT_SLOT_FAILED);
    return 1;
}

/* priv.wake(slot): an asleep rule runs from the next paragraph on, in this document only; a
 * replay rule is also run, before that paragraph, over the earlier ones its lists occurred in. */
static int l_wake(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    lua_Integer slot;
    if (slot_state(L, e, &slot) != NT_SLOT_ASLEEP) return 0;
    e->disabled[slot] = NT_SLOT_ON;
    if (e->rules[slot - 1].replay && e->rpend && e->nrpend < e->nrules)
        e->rpend[e->nrpend++] = (uint32_t)slot;
    return 0;
}

/* priv.asleep(slot): the rule is declared asleep and nothing woke it yet in this document. */
static int l_asleep(lua_State *L) {
    lua_Integer slot;
    lua_pushboolean(L, slot_state(L, nt_engine_of(L), &slot) == NT_SLOT_ASLEEP);
    return 1;
}

/* ---- pcall/xpcall for rules: once the budget is spent, errors go through them ---------------- */
static int budget_spent(const netral_engine *e) {
    size_t s = e->cur_slot;
    return e->used[s] > (s ? e->budget : e->slot0_budget);
}

static int l_pcall(lua_State *L) {
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status != LUA_OK && budget_spent(nt_engine_of(L))) return lua_error(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

static int l_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_insert(L, 1); /* msgh f msgh args... */
    lua_remove(L, 3); /* msgh f args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    if (status != LUA_OK && budget_spent(nt_engine_of(L))) return lua_error(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 1);
    return lua_gettop(L);
}

/* ---- Loading chunks -------------------------------------------------------------------------- */
int nt_sandbox_load(netral_engine *e, const char *data, size_t len, const char *chunkname,
                    char *msg, size_t cap) {
    lua_State *L = e->L;
    int rc = luaL_loadbufferx(L, data, len, chunkname, "t");
    if (rc != LUA_OK) {
        if (rc == LUA_ERRMEM)
            snprintf(msg, cap,
                     NT_L("%s: batas memori Lua tercapai", "%s: Lua memory limit reached"),
                     chunkname + 1);
        else
            nt_sandbox_error_text(e, -1, msg, cap);
        lua_pop(L, 2);
        return rc;
    }
    lua_insert(L, -2);                            /* fn env */
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1); /* _ENV is the first upvalue of a main chunk */
    return LUA_OK;
}

static int valid_module_name(const char *s) {
    if (!*s || *s == '.' || strstr(s, "..")) return 0;
    for (const char *p = s; *p; p++)
        if (!(*p == '_' || *p == '-' || *p == '.' || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return 0;
    return s[strlen(s) - 1] != '.';
}

static char *read_small_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
        (uint64_t)st.st_size <= MODULE_MAX_BYTES) {
        buf = malloc((size_t)st.st_size + 1);
        if (buf) {
            *len = fread(buf, 1, (size_t)st.st_size, f);
            buf[*len] = 0;
        }
    }
    fclose(f);
    return buf;
}

static int push_loaded(lua_State *L, netral_engine *e, const char *data, size_t len,
                       const char *chunk) {
    char msg[900];
    lua_pushvalue(L, 3);
    if (nt_sandbox_load(e, data, len, chunk, msg, sizeof msg) != LUA_OK) {
        lua_pushnil(L);
        lua_pushstring(L, msg);
        return 2;
    }
    return 1;
}

/* priv.load_module(folder, name, env) -> function | nil, message. "a.b" is looked up as a/b.lua,
 * rules/a/b.lua and lib/a/b.lua inside the rule folder ("" = the built-in lua/ tree). */
static int l_load_module(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    const char *folder = luaL_checkstring(L, 1);
    const char *name = luaL_checkstring(L, 2);
    luaL_checktype(L, 3, LUA_TTABLE);
    int en = strcmp(e->opts.lang, "en") == 0;
    /* "netral.x" names the framework's netral/x.lua; init.lua asks for it (with folder "") only
     * for the modules written for rules (netral.kit). */
    if (valid_module_name(name) && (strncmp(name, "netral.", 7) != 0 || !*folder) &&
        strlen(name) < 200) {
        char rel[256];
        snprintf(rel, sizeof rel, "%s", name);
        for (char *p = rel; *p; p++)
            if (*p == '.') *p = '/';
        static const char *const dirs[] = {"", "rules/", "lib/"};
        for (int d = 0; d < 3; d++) {
            char path[1400], chunk[1500];
            if (!*folder) {
                snprintf(path, sizeof path, "%s%s.lua", dirs[d], rel);
                for (const nt_embedded_file *f = nt_embedded_files; f->path; f++) {
                    if (strcmp(f->path, path) != 0) continue;
                    snprintf(chunk, sizeof chunk, "@%s", f->path);
                    return push_loaded(L, e, f->data, f->len, chunk);
                }
                continue;
            }
            snprintf(path, sizeof path, "%s/%s%s.lua", folder, dirs[d], rel);
            size_t len = 0;
            char *data = read_small_file(path, &len);
            if (!data) continue;
            snprintf(chunk, sizeof chunk, "@%s", path);
            if (nt_engine_note_file(e, path, data, len) != NETRAL_OK) {
                free(data);
                return luaL_error(L, NT_L("kehabisan memori", "out of memory"));
            }
            /* Copy into Lua first so a load error cannot leak the buffer. */
            lua_pushlstring(L, data, len);
            free(data);
            size_t n;
            const char *s = lua_tolstring(L, -1, &n);
            return push_loaded(L, e, s, n, chunk);
        }
    }
    lua_pushnil(L);
    lua_pushfstring(L,
                    en ? "module '%s' not found (rules may require \"netral\", \"netral.kit\" or "
                         "modules of their own rule folder)"
                       : "modul '%s' tidak ditemukan (aturan boleh me-require \"netral\", "
                         "\"netral.kit\", atau modul di folder aturannya sendiri)",
                    name);
    return 2;
}

/* Rules may print while debugging; standard output belongs to the reports, so use stderr. */
static int l_print(lua_State *L) {
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (i > 1) fputc('\t', stderr);
        fwrite(s, 1, len, stderr);
        lua_pop(L, 1);
    }
    fputc('\n', stderr);
    return 0;
}

void nt_sandbox_register(lua_State *L, int t) {
    t = lua_absindex(L, t);
    lua_pushcfunction(L, l_run);
    lua_setfield(L, t, "run");
    lua_pushcfunction(L, l_load_module);
    lua_setfield(L, t, "load_module");
    lua_pushcfunction(L, l_rule_failed);
    lua_setfield(L, t, "rule_failed");
    lua_pushcfunction(L, l_wake);
    lua_setfield(L, t, "wake");
    lua_pushcfunction(L, l_asleep);
    lua_setfield(L, t, "asleep");
    lua_pushcfunction(L, l_print);
    lua_setfield(L, t, "print");
    lua_pushcfunction(L, l_pcall);
    lua_setfield(L, t, "pcall");
    lua_pushcfunction(L, l_xpcall);
    lua_setfield(L, t, "xpcall");
    lua_getfield(L, LUA_REGISTRYINDEX, "netral.getinfo");
    lua_setfield(L, t, "getinfo");
    lua_getfield(L, LUA_REGISTRYINDEX, "netral.load");
    lua_setfield(L, t, "load");
}

/* ---- The state ------------------------------------------------------------------------------- */
/* Framework-level require: only the embedded netral/ modules. */
static int l_framework_require(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    const char *name = luaL_checkstring(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "netral.modules");
    if (lua_getfield(L, -1, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    char rel[256];
    if (strncmp(name, "netral.", 7) != 0 || !valid_module_name(name) || strlen(name) > 200)
        return luaL_error(
            L, NT_L("modul kerangka '%s' tidak ada", "framework module '%s' does not exist"), name);
    snprintf(rel, sizeof rel, "netral/%s.lua", name + 7);
    for (const nt_embedded_file *f = nt_embedded_files; f->path; f++) {
        if (strcmp(f->path, rel) != 0) continue;
        char chunk[300], msg[900];
        snprintf(chunk, sizeof chunk, "@%s", f->path);
        lua_pushglobaltable(L);
        if (nt_sandbox_load(e, f->data, f->len, chunk, msg, sizeof msg) != LUA_OK)
            return luaL_error(L, "%s", msg);
        lua_pushstring(L, name);
        lua_call(L, 1, 1);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_pushboolean(L, 1);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, name);
        return 1;
    }
    return luaL_error(
        L, NT_L("modul kerangka '%s' tidak ada", "framework module '%s' does not exist"), name);
}

static int l_gc_count(lua_State *L) {
    const char *opt = luaL_optstring(L, 1, "count");
    if (strcmp(opt, "count") != 0)
        return luaL_error(L, "collectgarbage hanya mendukung \"count\" dalam aturan");
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT) +
                          (lua_Number)lua_gc(L, LUA_GCCOUNTB) / 1024.0);
    return 1;
}

static void keep_private(lua_State *L, const char *global, const char *key) {
    lua_getglobal(L, global);
    lua_setfield(L, LUA_REGISTRYINDEX, key);
    lua_pushnil(L);
    lua_setglobal(L, global);
}

/* Opens the safe subset of the standard library (inside a protected call). */
static int open_safe(lua_State *L) {
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);    /* only time/clock/date are kept */
    luaL_requiref(L, LUA_DBLIBNAME, luaopen_debug, 0); /* only getinfo, kept private */
    lua_getfield(L, -1, "getinfo");
    lua_setfield(L, LUA_REGISTRYINDEX, "netral.getinfo");
    lua_pop(L, 1);

    lua_createtable(L, 0, 3);
    static const char *const os_keep[] = {"time", "clock", "date"};
    for (int i = 0; i < 3; i++) {
        lua_getfield(L, -2, os_keep[i]);
        lua_setfield(L, -2, os_keep[i]);
    }
    lua_setglobal(L, "os");
    lua_settop(L, 0);

    keep_private(L, "load", "netral.load");
    static const char *const drop[] = {"dofile", "loadfile", "print", "collectgarbage"};
    for (int i = 0; i < 4; i++) {
        lua_pushnil(L);
        lua_setglobal(L, drop[i]);
    }
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* The string metatable is shared by every string: hide it from rules. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "netral.modules");
    lua_pushcfunction(L, l_framework_require);
    lua_setglobal(L, "require");
    lua_pushcfunction(L, l_gc_count);
    lua_setglobal(L, "collectgarbage");
    return 0;
}

lua_State *nt_sandbox_new(netral_engine *e) {
    lua_State *L = lua_newstate(sandbox_alloc, e);
    if (!L) return NULL;
    *(netral_engine **)lua_getextraspace(L) = e;
    e->L = L;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    /* Per-document tables die young: the generational collector suits that. */
    lua_gc(L, LUA_GCGEN, 0, 0);
    lua_pushcfunction(L, open_safe);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        lua_close(L);
        e->L = NULL;
        return NULL;
    }
    return L;
}
