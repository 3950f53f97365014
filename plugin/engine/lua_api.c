/* lua_api.c - the C functions the Lua framework calls about the paragraph being scanned: the
 * paragraph userdata (text, tokens, sentences), token spans, lead-in state and document paragraphs. */
#include "engine_int.h"

#include <lauxlib.h>
#include <string.h>

static const nt_para *current(lua_State *L, netral_engine *e) {
    if (!e->para)
        luaL_error(L, NT_L("paragraf tidak lagi tersedia (hanya berlaku selama pemindaian)",
                           "paragraph no longer available (valid only during the scan)"));
    return e->para;
}

/* 1-based token number from Lua -> 0-based index, checked. */
static uint32_t tok_arg(lua_State *L, netral_engine *e, int idx) {
    lua_Integer t = luaL_checkinteger(L, idx);
    if (t < 1 || (uint64_t)t > e->an.ntoks)
        luaL_error(L, "nomor token %d di luar 1..%d", (int)t, (int)e->an.ntoks);
    return (uint32_t)(t - 1);
}

/* priv.span(first, last) -> start, stop: byte offsets (0-based, stop exclusive). */
static int l_span(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    current(L, e);
    uint32_t a = tok_arg(L, e, 1), b = tok_arg(L, e, 2);
    if (b < a) b = a;
    lua_pushinteger(L, e->an.toks[a].start);
    lua_pushinteger(L, e->an.toks[b].end);
    return 2;
}

/* priv.leadin(list): the paragraph is an item under a lead-in ending in ':' with a hit of list. */
static int l_leadin(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    lua_Integer list = luaL_checkinteger(L, 1);
    for (size_t i = 0; i < e->nleadin; i++)
        if (e->leadin[i] == (uint32_t)list) {
            lua_pushboolean(L, e->leadin_cur[i]);
            return 1;
        }
    lua_pushboolean(L, 0);
    return 1;
}

/* ---- The paragraph userdata ------------------------------------------------------------------ */
static void push_token(lua_State *L, netral_engine *e, uint32_t i) {
    const nt_token *t = &e->an.toks[i];
    lua_createtable(L, 0, 8);
    lua_pushinteger(L, t->start);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, t->end);
    lua_setfield(L, -2, "stop");
    lua_pushlstring(L, e->an.strings + t->norm, t->norm_len);
    lua_setfield(L, -2, "norm");
    lua_pushlstring(L, e->an.strings + t->stem, t->stem_len);
    lua_setfield(L, -2, "stem");
    lua_pushlstring(L, e->para->text + t->start, t->end - t->start);
    lua_setfield(L, -2, "text");
    lua_pushinteger(L, (lua_Integer)t->sentence + 1);
    lua_setfield(L, -2, "sentence");
    lua_pushinteger(L, t->flags);
    lua_setfield(L, -2, "flags");
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = {{NT_TOK_NUMBER, "number"},   {NT_TOK_CAPITAL, "capital"},
                 {NT_TOK_ALLCAPS, "allcaps"}, {NT_TOK_OBFUSCATED, "obfuscated"},
                 {NT_TOK_SPACED, "spaced"},   {NT_TOK_HASHTAG, "hashtag"},
                 {NT_TOK_QUOTED, "quoted"},   {NT_TOK_MENTION, "mention"}};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (t->flags & names[k].bit) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, names[k].name);
        }
}

/* p:token(i) -> {start, stop, text, norm, stem, sentence, flags, <flag names> = true} */
static int m_token(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    current(L, e);
    push_token(L, e, tok_arg(L, e, 2));
    return 1;
}

/* p:sentence(tok) -> sentence number, its first and last token, its byte start and stop */
static int m_sentence(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    current(L, e);
    uint32_t s = e->an.toks[tok_arg(L, e, 2)].sentence;
    if (s >= e->an.nsents) {
        lua_pushinteger(L, (lua_Integer)s + 1);
        return 1;
    }
    const nt_sentence *st = &e->an.sents[s];
    lua_pushinteger(L, (lua_Integer)s + 1);
    lua_pushinteger(L, (lua_Integer)st->first_tok + 1);
    lua_pushinteger(L, (lua_Integer)st->end_tok);
    lua_pushinteger(L, st->start);
    lua_pushinteger(L, st->end);
    return 5;
}

/* p:span(first, last) -> start, stop */
static int m_span(lua_State *L) {
    lua_remove(L, 1);
    return l_span(L);
}

/* p.frame: the document frame the paragraph lies under (targets.c), or nil. */
static void push_frame(lua_State *L, netral_engine *e) {
    static const char *const src[] = {"none",  "subject", "title", "opening",
                                      "table", "leadin",  "row"};
    const nt_frame *f = e->tg ? nt_targets_frame(e->tg) : NULL;
    if (!f || f->src == NT_FRAME_NONE || (unsigned)f->src >= sizeof src / sizeof src[0]) {
        lua_pushnil(L);
        return;
    }
    lua_createtable(L, 0, 5);
    lua_pushstring(L, src[f->src]);
    lua_setfield(L, -2, "source");
    lua_pushboolean(L, f->event);
    lua_setfield(L, -2, "event");
    lua_pushboolean(L, f->target);
    lua_setfield(L, -2, "target");
    lua_pushboolean(L, f->all_pairs);
    lua_setfield(L, -2, "all_pairs");
    lua_pushinteger(L, f->paragraph);
    lua_setfield(L, -2, "paragraph");
}

static int para_index(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    const char *k = lua_tostring(L, 2);
    if (k) {
        const nt_para *p = current(L, e);
        if (strcmp(k, "text") == 0) {
            lua_pushlstring(L, p->text, p->len);
            return 1;
        }
        if (strcmp(k, "part") == 0) {
            lua_pushstring(L, e->part->name);
            return 1;
        }
        if (strcmp(k, "where") == 0) {
            lua_pushstring(L, nt_where_name(p->where));
            return 1;
        }
        if (strcmp(k, "index") == 0) {
            lua_pushinteger(L, p->index);
            return 1;
        }
        if (strcmp(k, "style") == 0) {
            lua_pushstring(L, p->style);
            return 1;
        }
        if (strcmp(k, "list_level") == 0) {
            lua_pushinteger(L, p->list_level);
            return 1;
        }
        if (strcmp(k, "ntokens") == 0) {
            lua_pushinteger(L, (lua_Integer)e->an.ntoks);
            return 1;
        }
        if (strcmp(k, "nsentences") == 0) {
            lua_pushinteger(L, (lua_Integer)e->an.nsents);
            return 1;
        }
        if (strcmp(k, "frame") == 0) {
            push_frame(L, e);
            return 1;
        }
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    return 1;
}

static int para_newindex(lua_State *L) {
    return luaL_error(L, NT_L("paragraf hanya-baca", "paragraph is read-only"));
}

void nt_api_push_para(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->para_ref);
}

/* ---- Document paragraphs for document rules ------------------------------------------------ */
static void push_para_table(lua_State *L, const nt_para *p) {
    lua_createtable(L, 0, 8);
    lua_pushinteger(L, p->index);
    lua_setfield(L, -2, "index");
    lua_pushlstring(L, p->text, p->len);
    lua_setfield(L, -2, "text");
    lua_pushstring(L, nt_where_name(p->where));
    lua_setfield(L, -2, "where");
    if (p->style) {
        lua_pushstring(L, p->style);
        lua_setfield(L, -2, "style");
    }
    lua_pushinteger(L, p->list_level);
    lua_setfield(L, -2, "list_level");
    lua_pushinteger(L, p->table);
    lua_setfield(L, -2, "table");
    lua_pushboolean(L, p->hidden);
    lua_setfield(L, -2, "hidden");
}

/* doc.paragraphs(part) -> { {index, text, where, style, list_level, table, hidden}, ... } */
static int l_doc_paragraphs(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    if (!e->doc)
        return luaL_error(L, NT_L("dokumen tidak lagi tersedia", "document no longer available"));
    const char *name = luaL_optstring(L, 1, NULL);
    const nt_part *part = NULL;
    for (size_t i = 0; i < e->doc->nparts; i++)
        if (!name || strcmp(e->doc->parts[i].name, name) == 0) {
            part = &e->doc->parts[i];
            break;
        }
    lua_createtable(L, part ? (int)part->nparas : 0, 0);
    for (size_t i = 0; part && i < part->nparas; i++) {
        push_para_table(L, &part->paras[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

void nt_api_register(lua_State *L, int t) {
    netral_engine *e = nt_engine_of(L);
    t = lua_absindex(L, t);
    static const luaL_Reg fns[] = {{"span", l_span},
                                   {"leadin", l_leadin},
                                   {"doc_paragraphs", l_doc_paragraphs},
                                   {"para_hits", nt_scan_l_hits},
                                   {"doc_vocab", nt_vocab_l_count},
                                   {"doc_facts", nt_scan_l_facts},
                                   {NULL, NULL}};
    for (const luaL_Reg *f = fns; f->name; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, t, f->name);
    }
    /* Methods table (the framework adds hits and cue in Lua), then the userdata itself. */
    lua_createtable(L, 0, 8);
    static const luaL_Reg methods[] = {
        {"token", m_token}, {"sentence", m_sentence}, {"span", m_span}, {NULL, NULL}};
    for (const luaL_Reg *f = methods; f->name; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, -2, f->name);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, t, "methods");
    lua_newuserdatauv(L, 1, 0);
    lua_createtable(L, 0, 4);
    lua_pushvalue(L, -3);
    lua_pushcclosure(L, para_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, para_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    e->para_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pop(L, 1);
}
