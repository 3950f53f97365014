/* rules.c - loads the rule set into an engine: the embedded framework, built-in lists and rules,
 * then each rule folder; compiles every list into the lexicon and indexes rules by trigger list. */
#include "engine_int.h"

#include <dirent.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "embedded.h"

#define RULE_FILE_MAX_BYTES (16u * 1024u * 1024u)

/* Raise a load error (inside the protected loader). */
static int load_fail(lua_State *L, const char *msg) {
    lua_pushstring(L, msg);
    return lua_error(L);
}

/* Run one rule or list file in a fresh environment from the framework. */
static void run_file(lua_State *L, netral_engine *e, const char *display, const char *folder,
                     const char *data, size_t len) {
    char chunk[1100], msg[1200];
    snprintf(chunk, sizeof chunk, "@%s", display);
    if (nt_engine_note_file(e, display, data, len) != NETRAL_OK)
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
    lua_getfield(L, -1, "begin_file");
    lua_pushstring(L, display);
    lua_pushstring(L, folder);
    lua_pushlstring(L, data, len);
    lua_call(L, 3, 1);
    lua_remove(L, -2);
    if (len >= 1 && data[0] == LUA_SIGNATURE[0]) {
        snprintf(msg, sizeof msg,
                 NT_L("%s: berkas biner (bytecode) tidak diizinkan; muat sumber teks",
                      "%s: binary (bytecode) files are not allowed; load the source text"),
                 display);
        load_fail(L, msg);
    }
    if (nt_sandbox_load(e, data, len, chunk, msg, sizeof msg) != LUA_OK) load_fail(L, msg);
    e->used[0] = 0;
    int rc = nt_sandbox_call(e, 0, 0, 0);
    e->used[0] = 0;
    if (rc == LUA_OK) return;
    if (rc == LUA_ERRMEM) {
        char where[200];
        nt_sandbox_where(e, display, where, sizeof where);
        snprintf(msg, sizeof msg,
                 NT_L("%s: batas memori Lua tercapai saat memuat (%zu MiB)",
                      "%s: Lua memory limit reached while loading (%zu MiB)"),
                 where, e->mem_limit >> 20);
    } else {
        nt_sandbox_error_text(e, -1, msg, sizeof msg);
    }
    load_fail(L, msg);
}

static void load_embedded_dir(lua_State *L, netral_engine *e, const char *prefix) {
    size_t n = strlen(prefix);
    for (const nt_embedded_file *f = nt_embedded_files; f->path; f++) {
        const char *rest = f->path + n;
        if (strncmp(f->path, prefix, n) != 0 || strchr(rest, '/')) continue;
        run_file(L, e, f->path, "", f->data, f->len);
    }
}

/* ---- Rule folders ---------------------------------------------------------------------------- */
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Sorted *.lua regular files of dir (not recursive); NULL list when the folder is absent. */
static int list_lua(const char *dir, char ***out, size_t *n) {
    *out = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return 0;
    size_t cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len < 5 || strcmp(de->d_name + len - 4, ".lua") != 0) continue;
        char path[4096];
        if (snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= (int)sizeof path) continue;
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nl = realloc(*out, cap * sizeof *nl);
            if (!nl) {
                rc = -1;
                break;
            }
            *out = nl;
        }
        if (!((*out)[*n] = nt_strdup(path))) {
            rc = -1;
            break;
        }
        (*n)++;
    }
    closedir(d);
    if (*n) qsort(*out, *n, sizeof **out, cmp_str);
    return rc;
}

static void free_list(char **l, size_t n) {
    for (size_t i = 0; i < n; i++) free(l[i]);
    free(l);
}

static void load_user_file(lua_State *L, netral_engine *e, const char *path, const char *folder) {
    FILE *f = fopen(path, "rb");
    char msg[1200];
    if (!f) {
        snprintf(msg, sizeof msg, NT_L("%s: tidak dapat dibaca", "%s: cannot be read"), path);
        load_fail(L, msg);
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || (uint64_t)st.st_size > RULE_FILE_MAX_BYTES) {
        fclose(f);
        snprintf(msg, sizeof msg,
                 NT_L("%s: berkas aturan terlalu besar (maks 16 MiB)",
                      "%s: rule file too large (max 16 MiB)"),
                 path);
        load_fail(L, msg);
    }
    /* The buffer lives in Lua so a load error cannot leak it. */
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, (size_t)st.st_size + 1);
    size_t got = fread(p, 1, (size_t)st.st_size, f);
    fclose(f);
    luaL_pushresultsize(&b, got);
    size_t len;
    const char *data = lua_tolstring(L, -1, &len);
    run_file(L, e, path, folder, data, len);
    lua_pop(L, 1);
}

static void load_folder(lua_State *L, netral_engine *e, const char *dir) {
    char msg[1200];
    if (!is_dir(dir)) {
        snprintf(msg, sizeof msg,
                 NT_L("%s: folder aturan tidak ditemukan", "%s: rule folder not found"), dir);
        load_fail(L, msg);
    }
    static const char *const subs[] = {"lists", "rules", ""};
    for (int s = 0; s < 3; s++) {
        char sub[4096];
        snprintf(sub, sizeof sub, "%s%s%s", dir, *subs[s] ? "/" : "", subs[s]);
        char **files;
        size_t n;
        if (list_lua(sub, &files, &n) != 0) {
            free_list(files, n);
            luaL_error(L, NT_L("kehabisan memori", "out of memory"));
        }
        /* Keep the names in a Lua-owned userdata-free way: copy each into a Lua string first. */
        for (size_t i = 0; i < n; i++) lua_pushstring(L, files[i]);
        free_list(files, n);
        int base = lua_gettop(L) - (int)n;
        for (size_t i = 0; i < n; i++)
            load_user_file(L, e, lua_tostring(L, base + 1 + (int)i), dir);
        lua_settop(L, base);
    }
}

/* ---- After loading: rule records, lexicon, trigger index -------------------------------------- */
static char *field_dup(lua_State *L, int t, const char *k) {
    lua_getfield(L, t, k);
    char *s = lua_type(L, -1) == LUA_TSTRING ? nt_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

static char *text_dup(lua_State *L, int t, const char *k, const char *lang) {
    lua_getfield(L, t, k);
    char *s = NULL;
    if (lua_istable(L, -1)) {
        if (lua_getfield(L, -1, lang) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_getfield(L, -1, "id");
        }
        if (lua_type(L, -1) == LUA_TSTRING) s = nt_strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return s;
}

/* The lists every way of satisfying a need program requires (need_holds in scan.c reads it):
 * a list is required by all(...) if any operand requires it, by at_least(k, ...) if every
 * operand does; a near() pair requires nothing (long stretches say yes without looking). At most
 * 4 are kept; a malformed program requires nothing. */
#define REQ_MAX 8
typedef struct req_set {
    int32_t l[REQ_MAX];
    int n;
} req_set;

static int req_has(const req_set *s, int32_t l) {
    for (int i = 0; i < s->n; i++)
        if (s->l[i] == l) return 1;
    return 0;
}

static void need_required(nt_rule_rec *rec) {
    memset(rec->req, 0, sizeof rec->req);
    req_set st[64];
    size_t sp = 0;
    const int32_t *p = rec->need;
    for (size_t i = 0; i < rec->nneed;) {
        int32_t op = p[i++];
        if (op == 1 && i < rec->nneed && sp < 64) {
            st[sp].n = 0;
            if (p[i] > 0) st[sp].l[st[sp].n++] = p[i];
            i++;
            sp++;
        } else if ((op == 2 || op == 3) && i + (op == 3) < rec->nneed) {
            int32_t n = p[i++], k = op == 3 ? p[i++] : n;
            if (n <= 0 || (size_t)n > sp) return;
            req_set out = {{0}, 0};
            const req_set *ops = &st[sp - (size_t)n];
            if (k >= n) { /* all of them: the union */
                for (int32_t j = 0; j < n; j++)
                    for (int x = 0; x < ops[j].n; x++)
                        if (out.n < REQ_MAX && !req_has(&out, ops[j].l[x]))
                            out.l[out.n++] = ops[j].l[x];
            } else if (k >= 1) { /* some of them: what every operand requires */
                for (int x = 0; x < ops[0].n; x++) {
                    int all = 1;
                    for (int32_t j = 1; j < n && all; j++) all = req_has(&ops[j], ops[0].l[x]);
                    if (all) out.l[out.n++] = ops[0].l[x];
                }
            }
            sp -= (size_t)n;
            st[sp++] = out;
        } else if (op == 4 && i + 4 <= rec->nneed && sp < 64) {
            i += 4;
            st[sp++].n = 0;
        } else {
            return;
        }
    }
    if (sp != 1) return;
    for (int x = 0; x < st[0].n && x < 4; x++) rec->req[x] = (uint32_t)st[0].l[x];
}

static void read_need(lua_State *L, int r, nt_rule_rec *rec) {
    lua_getfield(L, r, "need");
    size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
    if (n) {
        if (!(rec->need = malloc(n * sizeof *rec->need)))
            luaL_error(L, NT_L("kehabisan memori", "out of memory"));
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i + 1);
            rec->need[i] = (int32_t)lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
        rec->nneed = n;
        need_required(rec);
    }
    lua_pop(L, 1);
}

static void read_rules(lua_State *L, netral_engine *e, int api) {
    lua_getfield(L, api, "rules");
    int t = lua_gettop(L);
    size_t n = (size_t)luaL_len(L, t);
    e->rules = calloc(n ? n : 1, sizeof *e->rules);
    if (!e->rules) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, t, (lua_Integer)i + 1);
        int r = lua_gettop(L);
        nt_rule_rec *rec = &e->rules[i];
        e->nrules = i + 1;
        rec->id = field_dup(L, r, "id");
        rec->category = field_dup(L, r, "category");
        rec->severity = field_dup(L, r, "severity");
        rec->source = field_dup(L, r, "pos");
        rec->basis = field_dup(L, r, "basis");
        rec->message = text_dup(L, r, "message", e->opts.lang);
        rec->overrides = field_dup(L, r, "overrides");
        rec->changed = field_dup(L, r, "override_pos");
        rec->suggestion = text_dup(L, r, "suggest", e->opts.lang);
        lua_getfield(L, r, "confidence");
        rec->confidence = lua_type(L, -1) == LUA_TNUMBER ? (double)lua_tonumber(L, -1) : 0.8;
        lua_getfield(L, r, "graded");
        rec->graded = lua_toboolean(L, -1);
        lua_getfield(L, r, "asleep");
        rec->asleep = lua_toboolean(L, -1);
        lua_getfield(L, r, "replay");
        rec->replay = rec->asleep && lua_toboolean(L, -1);
        lua_pop(L, 4);
        rec->sev = nt_severity_from_name(rec->severity);
        lua_getfield(L, r, "kind");
        rec->is_doc = strcmp(lua_tostring(L, -1), "document") == 0;
        lua_pop(L, 1);
        lua_getfield(L, r, "scope");
        rec->para_scope =
            lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "paragraph") == 0;
        lua_pop(L, 1);
        read_need(L, r, rec);
        if (!rec->id || !rec->category || !rec->severity || !rec->source || !rec->basis ||
            !rec->message)
            luaL_error(L, NT_L("kehabisan memori", "out of memory"));
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

/* The named lists for `netral lists`, sorted by name (inline lists "~file:line#n" left out). */
static char *joined(lua_State *L, int t, const char *field, int dedupe) {
    nt_buf b;
    nt_buf_init(&b);
    lua_getfield(L, t, field);
    int n = 0;
    lua_Integer len = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    for (lua_Integer i = 1; i <= len; i++) {
        lua_rawgeti(L, -1, i);
        if (lua_istable(L, -1))
            lua_getfield(L, -1, "pos");
        else
            lua_pushvalue(L, -1);
        const char *s = lua_tostring(L, -1);
        if (s && (!dedupe || !b.n || !strstr(nt_buf_cstr(&b), s)))
            nt_buf_printf(&b, "%s%s", n++ ? ", " : "", s);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    char *out = b.n ? nt_buf_take(&b, NULL) : nt_strdup("");
    if (b.oom || !out) {
        nt_buf_free(&b);
        free(out);
        luaL_error(L, "kehabisan memori");
    }
    return out;
}

static int cmp_list(const void *a, const void *b) {
    return strcmp(((const nt_list_rec *)a)->name, ((const nt_list_rec *)b)->name);
}

static void read_lists(lua_State *L, netral_engine *e, int api) {
    lua_getfield(L, api, "list_order");
    int t = lua_gettop(L);
    size_t n = (size_t)luaL_len(L, t);
    if (!(e->lists = calloc(n ? n : 1, sizeof *e->lists))) luaL_error(L, "kehabisan memori");
    for (size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, t, (lua_Integer)i);
        int l = lua_gettop(L);
        lua_getfield(L, l, "name");
        const char *name = lua_tostring(L, -1);
        if (!name || name[0] == '~') {
            lua_settop(L, t);
            continue;
        }
        nt_list_rec *r = &e->lists[e->nlistrecs++];
        if (!(r->name = nt_strdup(name))) luaL_error(L, "kehabisan memori");
        lua_pop(L, 1);
        r->files = joined(L, l, "chunks", 1);
        r->used_by = joined(L, l, "used_by", 0);
        lua_getfield(L, l, "entries");
        r->nentries = (size_t)lua_rawlen(L, -1);
        lua_getfield(L, l, "chunks");
        r->nsrcs = (size_t)lua_rawlen(L, -1);
        r->entries = calloc(r->nentries ? r->nentries : 1, sizeof *r->entries);
        r->entry_src = calloc(r->nentries ? r->nentries : 1, sizeof *r->entry_src);
        r->srcs = calloc(r->nsrcs ? r->nsrcs : 1, sizeof *r->srcs);
        if (!r->entries || !r->entry_src || !r->srcs) luaL_error(L, "kehabisan memori");
        size_t upto = 0, k = 0;
        for (size_t c = 0; c < r->nsrcs; c++) {
            lua_rawgeti(L, -1, (lua_Integer)c + 1);
            lua_getfield(L, -1, "pos");
            if (!(r->srcs[c] = nt_strdup(lua_tostring(L, -1) ? lua_tostring(L, -1) : "?")))
                luaL_error(L, "kehabisan memori");
            lua_getfield(L, -2, "n");
            upto = (size_t)lua_tointeger(L, -1);
            lua_pop(L, 3);
            for (; k < upto && k < r->nentries; k++) r->entry_src[k] = (uint32_t)c;
        }
        lua_pop(L, 1); /* chunks */
        for (size_t j = 0; j < r->nentries; j++) {
            lua_rawgeti(L, -1, (lua_Integer)j + 1);
            if (!(r->entries[j] = nt_strdup(lua_tostring(L, -1) ? lua_tostring(L, -1) : "")))
                luaL_error(L, "kehabisan memori");
            lua_pop(L, 1);
        }
        lua_settop(L, t);
    }
    lua_pop(L, 1);
    if (e->nlistrecs) qsort(e->lists, e->nlistrecs, sizeof *e->lists, cmp_list);
}

static void list_entry_pos(lua_State *L, int list, lua_Integer i, char *out, size_t cap) {
    lua_getfield(L, list, "chunks");
    snprintf(out, cap, "?");
    for (lua_Integer k = 1; lua_rawgeti(L, -1, k) == LUA_TTABLE; k++) {
        lua_getfield(L, -1, "n");
        lua_Integer upto = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (upto >= i) {
            lua_getfield(L, -1, "pos");
            snprintf(out, cap, "%s", lua_tostring(L, -1));
            lua_pop(L, 1);
            break;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

static void build_lexicon(lua_State *L, netral_engine *e, int api) {
    if (!(e->lx = nt_lexicon_new())) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    lua_getfield(L, api, "root_words");
    for (lua_Integer i = 1; lua_rawgeti(L, -1, i) == LUA_TSTRING; i++) {
        if (nt_lexicon_add_root(e->lx, lua_tostring(L, -1)) != 0)
            luaL_error(L, NT_L("kehabisan memori", "out of memory"));
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    lua_getfield(L, api, "list_order");
    int lists = lua_gettop(L);
    e->nlists = (size_t)luaL_len(L, lists);
    for (lua_Integer id = 1; id <= (lua_Integer)e->nlists; id++) {
        lua_rawgeti(L, lists, id);
        int l = lua_gettop(L);
        /* a list counted per document (document_words) is searched in the memo's text on
         * demand (vocab.c), not matched by the automaton in every paragraph */
        lua_getfield(L, l, "counted");
        int counted = lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, l, "entries");
        if (counted) {
            nt_vocab_add_list(L, e, (uint32_t)id, lua_gettop(L));
            lua_settop(L, lists);
            continue;
        }
        for (lua_Integer i = 1; lua_rawgeti(L, -1, i) == LUA_TSTRING; i++) {
            const char *w = lua_tostring(L, -1);
            unsigned flags = 0;
            if (w[0] == '=') {
                flags = NT_PHRASE_EXACT;
                w++;
            }
            if (nt_lexicon_add_phrase(e->lx, w, (uint32_t)id, flags) < 0) {
                char pos[600], msg[1200];
                list_entry_pos(L, l, i, pos, sizeof pos);
                lua_getfield(L, l, "name");
                snprintf(
                    msg, sizeof msg,
                    NT_L("%s: list \"%s\": entri \"%s\" tidak berisi kata yang dapat dicocokkan",
                         "%s: list \"%s\": entry \"%s\" holds no word that can be matched"),
                    pos, lua_tostring(L, -1), w);
                load_fail(L, msg);
            }
            lua_pop(L, 1);
        }
        lua_settop(L, lists);
    }
    lua_pop(L, 1);
    if (nt_lexicon_compile(e->lx) != 0) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
}

static uint32_t *alloc_u32(lua_State *L, size_t n) {
    uint32_t *p = calloc(n ? n : 1, sizeof *p);
    if (!p) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    return p;
}

/* lr_off/lr_idx: for each list id, the rule slots it triggers; plus the lead-in cue lists. */
static void build_index(lua_State *L, netral_engine *e, int api) {
    size_t nl = e->nlists + 1;
    e->lr_off = alloc_u32(L, nl + 1);
    lua_getfield(L, api, "rules");
    int t = lua_gettop(L);
    for (int pass = 0; pass < 2; pass++) {
        uint32_t *fill = pass ? alloc_u32(L, nl) : NULL;
        for (size_t s = 1; s <= e->nrules; s++) {
            lua_rawgeti(L, t, (lua_Integer)s);
            lua_getfield(L, -1, "triggers");
            for (lua_Integer k = 1; lua_rawgeti(L, -1, k) == LUA_TNUMBER; k++) {
                lua_Integer lid = lua_tointeger(L, -1);
                lua_pop(L, 1);
                if (lid < 1 || (size_t)lid >= nl) continue;
                if (!pass)
                    e->lr_off[lid + 1]++;
                else
                    e->lr_idx[e->lr_off[lid] + fill[lid]++] = (uint32_t)s;
            }
            lua_pop(L, 3);
        }
        if (!pass) {
            for (size_t i = 1; i <= nl; i++) e->lr_off[i] += e->lr_off[i - 1];
            e->lr_idx = alloc_u32(L, e->lr_off[nl]);
        } else {
            free(fill);
        }
    }
    lua_pop(L, 1);
    e->lcount = alloc_u32(L, nl);
    e->lstamp = alloc_u32(L, nl);
    if (!(e->keep = calloc(e->nrules + 1, 1)))
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    size_t depth = 1;
    for (size_t s = 0; s < e->nrules; s++)
        if (e->rules[s].nneed > depth) depth = e->rules[s].nneed;
    if (!(e->need_stack = malloc(depth * sizeof *e->need_stack)))
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    e->stamp = alloc_u32(L, e->nrules + 1);
    e->seq = alloc_u32(L, e->nrules + 1);

    lua_getfield(L, api, "leadin_lists");
    e->nleadin = (size_t)luaL_len(L, -1);
    e->leadin = alloc_u32(L, e->nleadin);
    e->leadin_x = alloc_u32(L, e->nleadin);
    e->leadin_v = calloc(e->nleadin + 1, sizeof *e->leadin_v);
    if (!e->leadin_v) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    e->leadin_active = calloc(e->nleadin + 1, 1);
    e->leadin_cur = calloc(e->nleadin + 1, 1);
    if (!e->leadin_active || !e->leadin_cur)
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    lua_getfield(L, api, "leadin_except");
    for (size_t i = 0; i < e->nleadin; i++) {
        lua_rawgeti(L, -2, (lua_Integer)i + 1);
        e->leadin[i] = (uint32_t)lua_tointeger(L, -1);
        lua_rawgeti(L, -2, (lua_Integer)i + 1);
        e->leadin_x[i] = (uint32_t)lua_tointeger(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 2);
    lua_getfield(L, api, "leadin_subordinate");
    e->leadin_sub = (uint32_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, api, "leadin_directives");
    e->leadin_dir = (uint32_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, api, "leadin_prohibition");
    e->leadin_proh = (uint32_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, api, "leadin_veto");
    for (size_t i = 0; i < e->nleadin; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        for (int k = 0; k < 4 && lua_istable(L, -1); k++) {
            lua_rawgeti(L, -1, k + 1);
            e->leadin_v[i][k] = (uint32_t)lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The ids of the lists the target recogniser reads and writes (targets.h); 0 when a rule set does
 * not define one, which turns that part of the recogniser off. */
static uint32_t list_id(lua_State *L, int lists, const char *name) {
    uint32_t id = 0;
    if (lua_getfield(L, lists, name) == LUA_TTABLE) {
        lua_getfield(L, -1, "id");
        id = (uint32_t)lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return id;
}

static void target_lists(lua_State *L, netral_engine *e, int api) {
    lua_getfield(L, api, "lists");
    int l = lua_gettop(L);
    nt_target_lists *t = &e->tl;
    memset(t, 0, sizeof *t);
    t->titles = list_id(L, l, "name_titles");
    t->offices = list_id(L, l, "official_titles");
    t->not_names = list_id(L, l, "not_name_words");
    t->staff = list_id(L, l, "staff_refs");
    t->predicates = list_id(L, l, "candidacy_predicates");
    t->terms = list_id(L, l, "term_of_office");
    t->refs = list_id(L, l, "candidate_refs");
    t->votes[0] = list_id(L, l, "vote_verbs");
    t->votes[1] = list_id(L, l, "support_verbs");
    t->supporters = list_id(L, l, "supporter_refs");
    t->election = list_id(L, l, "election_words");
    t->directives = list_id(L, l, "directives");
    t->neutral = list_id(L, l, "neutral_refs");
    t->anaphora = list_id(L, l, "target_anaphora");
    t->pair_anaphora = list_id(L, l, "pair_anaphora");
    t->slogan_words = list_id(L, l, "slogan_words");
    t->pair_heads = list_id(L, l, "pair_heads");
    t->events = list_id(L, l, "frame_events");
    t->blockers = list_id(L, l, "frame_blockers");
    t->periods = list_id(L, l, "frame_periods");
    static const char *const strong[] = {"candidate_names", "party_names", "number_refs_strong",
                                         "candidate_slogans"};
    t->teams = list_id(L, l, "partisan_teams");
    t->team_refs = list_id(L, l, "team_refs");
    t->programmes = list_id(L, l, "office_programmes");
    t->channels = list_id(L, l, "official_channels");
    t->event_anaphora = list_id(L, l, "event_anaphora");
    for (size_t i = 0; i < sizeof strong / sizeof strong[0]; i++) {
        uint32_t id = list_id(L, l, strong[i]);
        if (id) t->strong[t->nstrong++] = id;
    }
    t->out_person = list_id(L, l, "target_person");
    t->out_anaphor = list_id(L, l, "target_anaphor");
    t->out_slogan = list_id(L, l, "target_slogan");
    t->out_fevent = list_id(L, l, "frame_event");
    t->out_ftarget = list_id(L, l, "frame_target");
    t->out_fprog = list_id(L, l, "frame_programme");
    t->out_fchan = list_id(L, l, "frame_channel");
    lua_pop(L, 1);
    if (!(e->tg = nt_targets_new()) || nt_targets_prepare(e->tg, &e->tl, e->nlists) != 0)
        luaL_error(L, "kehabisan memori");
}

static void grow_slots(lua_State *L, netral_engine *e) {
    size_t n = e->nrules + 1;
    uint64_t *u = realloc(e->used, n * sizeof *u);
    if (!u) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    e->used = u;
    unsigned char *d = realloc(e->disabled, n);
    if (!d) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    e->disabled = d;
    uint32_t *rp = realloc(e->rpend, n * sizeof *rp);
    if (!rp) luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    e->rpend = rp;
    e->nslots = n;
    memset(e->used, 0, n * sizeof *u);
    memset(e->disabled, 0, n);
}

/* ---- The protected loader -------------------------------------------------------------------- */
static void load_framework(lua_State *L, netral_engine *e) {
    const nt_embedded_file *init = NULL;
    for (const nt_embedded_file *f = nt_embedded_files; f->path; f++)
        if (strcmp(f->path, "netral/init.lua") == 0) init = f;
    if (!init)
        luaL_error(L, NT_L("kerangka aturan netral/init.lua tidak tertanam",
                           "the rule framework netral/init.lua is not embedded"));
    char msg[1200];
    if (nt_engine_note_file(e, init->path, init->data, init->len) != NETRAL_OK)
        luaL_error(L, NT_L("kehabisan memori", "out of memory"));
    lua_pushglobaltable(L);
    if (nt_sandbox_load(e, init->data, init->len, "@netral/init.lua", msg, sizeof msg) != LUA_OK)
        load_fail(L, msg);
    lua_createtable(L, 0, 16); /* priv */
    nt_sandbox_register(L, -1);
    nt_api_register(L, -1);
    lua_pushstring(L, e->opts.lang);
    lua_setfield(L, -2, "lang");
    lua_call(L, 1, 1);
    if (!lua_istable(L, -1))
        luaL_error(L, NT_L("netral/init.lua tidak mengembalikan API",
                           "netral/init.lua did not return its API"));
    e->api_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    /* The framework's other modules count towards the rule-set id as well. */
    for (const nt_embedded_file *f = nt_embedded_files; f->path; f++)
        if (strncmp(f->path, "netral/", 7) == 0 && f != init &&
            nt_engine_note_file(e, f->path, f->data, f->len) != NETRAL_OK)
            luaL_error(L, NT_L("kehabisan memori", "out of memory"));
}

static void load_user_folders(lua_State *L, netral_engine *e) {
    const char *env = getenv("NETRAL_RULES");
    if (env && *env) {
        lua_pushstring(L, env);
        const char *s = lua_tostring(L, -1);
        while (*s) {
            const char *c = strchr(s, ':');
            size_t n = c ? (size_t)(c - s) : strlen(s);
            if (n) {
                lua_pushlstring(L, s, n);
                load_folder(L, e, lua_tostring(L, -1));
                lua_pop(L, 1);
            }
            s += n + (c ? 1 : 0);
        }
        lua_pop(L, 1);
    }
    for (size_t i = 0; i < e->opts.nrule_dirs; i++) load_folder(L, e, e->opts.rule_dirs[i]);
}

static int load_all(lua_State *L) {
    netral_engine *e = lua_touserdata(L, 1);
    load_framework(L, e);
    load_embedded_dir(L, e, "lists/");
    load_embedded_dir(L, e, "rules/");
    load_user_folders(L, e);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
    int api = lua_gettop(L);
    lua_getfield(L, api, "finalize");
    e->used[0] = 0;
    lua_call(L, 0, 0);
    read_rules(L, e, api);
    read_lists(L, e, api);
    grow_slots(L, e);
    build_lexicon(L, e, api);
    build_index(L, e, api);
    target_lists(L, e, api);
    lua_createtable(L, (int)e->nrules, 0);
    e->seq_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int nt_rules_load(netral_engine *e, nt_err *err) {
    lua_State *L = e->L;
    nt_sandbox_reset(e, 1);
    lua_pushcfunction(L, load_all);
    lua_pushlightuserdata(L, e);
    int rc = nt_sandbox_call(e, 0, 1, 0);
    if (rc == LUA_OK) {
        nt_sandbox_reset(e, 0);
        return NETRAL_OK;
    }
    char msg[sizeof err->msg];
    if (rc == LUA_ERRMEM)
        snprintf(msg, sizeof msg,
                 NT_L("batas memori Lua tercapai saat memuat aturan",
                      "Lua memory limit reached while loading the rules"));
    else
        nt_sandbox_error_text(e, -1, msg, sizeof msg);
    lua_pop(L, 1);
    nt_err_set(err, NETRAL_E_RULES, "%s", msg);
    return NETRAL_E_RULES;
}
