/* scan.c - one document through the rules: analyse each paragraph in C, call Lua only where a
 * rule's trigger list was hit, run document rules, then sort, deduplicate and filter the findings. */
#include "engine_int.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Paragraphs with more list hits than this are not given to the rules (about 50,000 words of
 * election vocabulary; ordinary memos have a few dozen hits per paragraph). */
#define NT_LUA_MAX_HITS 100000u

/* ---- Lead-in lists ("ASN dilarang:" followed by items) ---------------------------------------- */
/* A clause break between byte offsets a and b of the paragraph text (',' ';' or a sentence end). */
static int clause_break(const char *t, uint32_t a, uint32_t b) {
    for (uint32_t k = a; k < b; k++)
        if (t[k] == ',' || t[k] == ';' || t[k] == '.' || t[k] == '!' || t[k] == '?') return 1;
    return 0;
}

/* The hit stands in a subordinate clause that opens with a hit of list `sub` ("agar guru mengenal
 * visi setiap pasangan tanpa memihak, dengan ini disampaikan pengaturan berikut:") and another
 * clause follows it: that clause, not the subordinate one, is what governs the items. */
static int in_subordinate(const netral_engine *e, const char *t, const nt_hit *h, uint32_t sub) {
    const nt_token *tk = e->an.toks;
    size_t n = e->an.ntoks;
    size_t last = h->last;
    while (last + 1 < n && !clause_break(t, tk[last].end, tk[last + 1].start)) last++;
    if (last + 1 >= n) return 0; /* the hit's clause is the lead-in's last */
    size_t first = h->first;
    while (first > 0 && !clause_break(t, tk[first - 1].end, tk[first].start)) first--;
    for (size_t i = 0; i < e->an.nhits; i++) {
        const nt_hit *x = &e->an.hits[i];
        if (x->list == sub && x->first >= first && x->first < h->first) return 1;
    }
    return 0;
}

/* The sentence that governs a lead-in's items: its last, when that sentence gives an order
 * ("Capaian ini tidak boleh berhenti di tengah jalan. Oleh karena itu kami minta Saudara:"), else
 * -1 (the whole paragraph: "ASN dilarang berpolitik praktis. Bentuknya antara lain:"). */
static int64_t leadin_sentence(const netral_engine *e) {
    if (!e->leadin_dir || !e->an.ntoks) return -1;
    uint32_t last = e->an.toks[e->an.ntoks - 1].sentence;
    if (last == 0) return -1;
    for (size_t i = 0; i < e->an.nhits; i++)
        if (e->an.hits[i].list == e->leadin_dir && e->an.toks[e->an.hits[i].first].sentence == last)
            return last;
    return -1;
}

/* A lead-in hit of `list`: not covered by `except`, not in a subordinate clause, and for the
 * prohibitions in the governing sentence (sent >= 0). */
static int leadin_hit(const netral_engine *e, const char *t, uint32_t list, uint32_t except,
                      int64_t sent) {
    for (size_t i = 0; i < e->an.nhits; i++) {
        const nt_hit *h = &e->an.hits[i];
        if (h->list != list) continue;
        if (sent >= 0 && list == e->leadin_proh && e->an.toks[h->first].sentence != (uint32_t)sent)
            continue;
        int covered = 0;
        for (size_t k = 0; except && k < e->an.nhits && !covered; k++) {
            const nt_hit *x = &e->an.hits[k];
            covered = x->list == except && x->first <= h->first && x->last >= h->last;
        }
        if (covered) continue;
        if (e->leadin_sub && in_subordinate(e, t, h, e->leadin_sub)) continue;
        return 1;
    }
    return 0;
}

/* This paragraph's lead-in flags (leadin_cur), then the state carried to the next paragraph.
 * Under a lead-in: its list items, and the one paragraph right after it even when it is not typed
 * as an item ("Contoh muatan yang DILARANG:" then a line of examples). */
static void update_leadin(netral_engine *e, const nt_para *p) {
    if (!e->nleadin) return;
    int blank = nt_para_blank(p);
    int item = !blank && nt_para_item(p);
    int colon = !blank && nt_para_ends_colon(p);
    int next = e->leadin_next && !blank;
    if (!blank) e->leadin_next = colon;
    int64_t sent = colon ? leadin_sentence(e) : -1;
    for (size_t i = 0; i < e->nleadin; i++) {
        e->leadin_cur[i] = (item || blank || next) ? e->leadin_active[i] : 0;
        if (colon) {
            int on = leadin_hit(e, p->text, e->leadin[i], e->leadin_x[i], sent);
            for (int k = 0; on && k < 4 && e->leadin_v[i][k]; k++)
                on = !leadin_hit(e, p->text, e->leadin_v[i][k], 0, sent);
            e->leadin_active[i] = (unsigned char)on;
        } else if (!item && !blank) {
            e->leadin_active[i] = 0;
        }
    }
}

/* ---- Which rules to run on this paragraph ----------------------------------------------------- */
/* Two hits of lists la and lb among hits [from, to) within d words of each other (d < 0: any
 * distance; ordered: la's hit ends before lb's starts), as near() and before() measure it. Long
 * stretches say yes: this is only a filter, and it must stay linear on hostile paragraphs. */
static int pair_near(const netral_engine *e, size_t from, size_t to, int32_t la, int32_t lb,
                     int32_t d, int ordered) {
    if (to - from > 256) return 1;
    const nt_hit *h = e->an.hits;
    for (size_t i = from; i < to; i++) {
        if ((int32_t)h[i].list != la) continue;
        for (size_t j = from; j < to; j++) {
            if ((int32_t)h[j].list != lb) continue;
            if (ordered && h[i].last >= h[j].first) continue;
            int64_t maxfirst = h[i].first > h[j].first ? h[i].first : h[j].first;
            int64_t minlast = h[i].last < h[j].last ? h[i].last : h[j].last;
            if (d < 0 || maxfirst - minlast <= d) return 1;
        }
    }
    return 0;
}

/* Does rule r's `need` program hold for the lists stamped `gen` (hits [from, to))? Malformed
 * programs say yes. */
static int need_holds(const netral_engine *e, const nt_rule_rec *r, uint32_t gen, size_t from,
                      size_t to) {
    for (int q = 0; q < 4 && r->req[q]; q++)
        if (r->req[q] > e->nlists || e->lstamp[r->req[q]] != gen) return 0;
    int32_t *st = e->need_stack;
    size_t sp = 0;
    for (size_t i = 0; i < r->nneed;) {
        int32_t op = r->need[i++];
        if (op == 1 && i < r->nneed) {
            int32_t l = r->need[i++];
            st[sp++] = l > 0 && (size_t)l <= e->nlists && e->lstamp[l] == gen;
        } else if ((op == 2 || op == 3) && i + (op == 3) < r->nneed) {
            int32_t n = r->need[i++], k = op == 3 ? r->need[i++] : n;
            if (n < 0 || (size_t)n > sp) return 1;
            int32_t c = 0;
            for (int32_t j = 0; j < n; j++) c += st[--sp];
            st[sp++] = c >= k;
        } else if (op == 4 && i + 4 <= r->nneed) {
            const int32_t *a = &r->need[i];
            i += 4;
            st[sp++] = pair_near(e, from, to, a[2], a[3], a[1], a[0] == 1);
        } else {
            return 1;
        }
    }
    return sp == 1 ? st[0] : 1;
}

static uint32_t next_lgen(netral_engine *e) {
    if (++e->lgen == 0) {
        memset(e->lstamp, 0, (e->nlists + 1) * sizeof *e->lstamp);
        e->lgen = 1;
    }
    return e->lgen;
}

static void stamp_lists(netral_engine *e, size_t from, size_t to, uint32_t gen) {
    for (size_t i = from; i < to; i++) {
        uint32_t l = e->an.hits[i].list;
        if (l && l <= e->nlists) e->lstamp[l] = gen;
    }
}

static uint32_t hit_sentence(const netral_engine *e, size_t i) {
    uint32_t t = e->an.hits[i].first;
    return t < e->an.ntoks ? e->an.toks[t].sentence : 0;
}

/* Keep the candidates whose lists can all occur together: in the paragraph for paragraph-scope
 * rules, in one sentence for the others. */
static size_t filter_by_need(netral_engine *e, size_t n) {
    uint32_t gen = next_lgen(e);
    stamp_lists(e, 0, e->an.nhits, gen);
    int pending = 0;
    for (size_t k = 0; k < n; k++) {
        const nt_rule_rec *r = &e->rules[e->seq[k] - 1];
        int ok = need_holds(e, r, gen, 0, e->an.nhits);
        e->keep[e->seq[k]] = ok && r->para_scope;
        if (ok && !r->para_scope) {
            e->keep[e->seq[k]] = 2; /* decided per sentence below */
            pending++;
        }
    }
    for (size_t i = 0; pending && i < e->an.nhits;) {
        uint32_t s = hit_sentence(e, i);
        size_t j = i;
        while (j < e->an.nhits && hit_sentence(e, j) == s) j++;
        gen = next_lgen(e);
        stamp_lists(e, i, j, gen);
        for (size_t k = 0; k < n; k++) {
            uint32_t slot = e->seq[k];
            if (e->keep[slot] == 2 && need_holds(e, &e->rules[slot - 1], gen, i, j)) {
                e->keep[slot] = 1;
                pending--;
            }
        }
        i = j;
    }
    size_t m = 0;
    for (size_t k = 0; k < n; k++)
        if (e->keep[e->seq[k]] == 1) e->seq[m++] = e->seq[k];
    return m;
}

/* Slots in load order: few rules per paragraph, insertion sort. */
static void sort_slots(uint32_t *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        size_t j = i;
        while (j && v[j - 1] > x) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

static size_t triggered_rules(netral_engine *e) {
    if (++e->gen == 0) {
        memset(e->stamp, 0, (e->nrules + 1) * sizeof *e->stamp);
        e->gen = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < e->an.nhits; i++) {
        uint32_t l = e->an.hits[i].list;
        if (l == 0 || l > e->nlists) continue;
        for (uint32_t k = e->lr_off[l]; k < e->lr_off[l + 1]; k++) {
            uint32_t s = e->lr_idx[k];
            if (e->disabled[s] == NT_SLOT_ASLEEP && e->rules[s - 1].replay) e->rseen = 1;
            if (e->disabled[s] || e->stamp[s] == e->gen) continue;
            e->stamp[s] = e->gen;
            e->seq[n++] = s;
        }
    }
    if (!n) return 0;
    sort_slots(e->seq, n);
    return filter_by_need(e, n);
}

/* H[list] = { first, last, sentence, ... } (1-based), one array per list with hits. */
static void push_hits(lua_State *L, netral_engine *e) {
    const uint32_t made = 0x80000000u;
    lua_createtable(L, 0, 8);
    for (size_t i = 0; i < e->an.nhits; i++) {
        uint32_t l = e->an.hits[i].list;
        if (l && l <= e->nlists) e->lcount[l]++;
    }
    for (size_t i = 0; i < e->an.nhits; i++) {
        const nt_hit *h = &e->an.hits[i];
        uint32_t l = h->list;
        if (l == 0 || l > e->nlists) continue;
        if (!(e->lcount[l] & made)) {
            lua_createtable(L, (int)(e->lcount[l] * 3), 0);
            lua_rawseti(L, -2, l);
            e->lcount[l] = made;
        }
        lua_rawgeti(L, -1, l);
        lua_Integer at = (lua_Integer)(e->lcount[l] & ~made) * 3;
        uint32_t sent = h->first < e->an.ntoks ? e->an.toks[h->first].sentence : 0;
        lua_pushinteger(L, (lua_Integer)h->first + 1);
        lua_rawseti(L, -2, at + 1);
        lua_pushinteger(L, (lua_Integer)h->last + 1);
        lua_rawseti(L, -2, at + 2);
        lua_pushinteger(L, (lua_Integer)sent + 1);
        lua_rawseti(L, -2, at + 3);
        lua_pop(L, 1);
        e->lcount[l]++;
    }
    for (size_t i = 0; i < e->an.nhits; i++) {
        uint32_t l = e->an.hits[i].list;
        if (l && l <= e->nlists) e->lcount[l] = 0;
    }
}

/* ---- Document facts for document rules -------------------------------------------------------- */
static void set_str(lua_State *L, const char *k, const char *v) {
    if (!v) return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static const char *kind_name(nt_part_kind k) {
    static const char *const names[] = {"body",      "header",   "footer",
                                        "footnotes", "endnotes", "comments"};
    return (unsigned)k < 6 ? names[k] : "other";
}

/* A kop line as the rules' tokens read it: normalised words joined by spaces ("D1NAS
 * PEMBERDAYAAN" -> "dinas pemberdayaan"), so OCR damage reads through as in the body. */
static void push_words(lua_State *L, netral_engine *e, const char *text) {
    size_t len = text ? strlen(text) : 0, cap = 2 * len + 16, n = 0;
    char *out = lua_newuserdatauv(L, cap, 0);
    /* the facts are built on a rule's first read, in the middle of a paragraph whose analysis
     * (e->an) it is reading: a second analysis of the engine's own, kept (a fresh one would
     * clear its stem cache for every kop line) */
    nt_analysis *a = &e->an_facts;
    if (len && nt_analyze(e->lx, text, len, a) == 0)
        for (size_t k = 0; k < a->ntoks; k++) {
            size_t w = a->toks[k].norm_len;
            if (n + w + 1 > cap) break;
            if (k) out[n++] = ' ';
            memcpy(out + n, a->strings + a->toks[k].norm, w);
            n += w;
        }
    lua_pushlstring(L, out, n);
    lua_setfield(L, -3, "words");
    lua_pop(L, 1);
}

static void push_facts(lua_State *L, netral_engine *e, const nt_doc *doc) {
    const nt_letterhead *lh = &doc->lh;
    lua_createtable(L, 0, 3);
    lua_createtable(L, 0, 10);
    lua_pushstring(L, lh->header_text ? lh->header_text : "");
    lua_setfield(L, -2, "header_text");
    lua_pushinteger(L, lh->header_images);
    lua_setfield(L, -2, "header_images");
    lua_createtable(L, (int)lh->nheader_image_alts, 0);
    for (size_t i = 0; i < lh->nheader_image_alts; i++) {
        lua_pushstring(L, lh->header_image_alts[i] ? lh->header_image_alts[i] : "");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "header_image_alts");
    lua_pushinteger(L, lh->body_kop_paras);
    lua_setfield(L, -2, "body_kop_paras");
    set_str(L, "title", lh->title);
    set_str(L, "subject", lh->subject);
    set_str(L, "author", lh->author);
    set_str(L, "company", lh->company);
    set_str(L, "last_modified_by", lh->last_modified_by);
    lua_createtable(L, (int)lh->nlines, 0); /* the kop's lines, whatever its shape (document.c) */
    for (size_t i = 0; i < lh->nlines; i++) {
        const nt_kop_line *l = &lh->lines[i];
        lua_createtable(L, 0, 6);
        set_str(L, "text", l->text);
        push_words(L, e, l->text);
        set_str(L, "part", l->part < doc->nparts ? doc->parts[l->part].name : "");
        lua_pushinteger(L, l->para);
        lua_setfield(L, -2, "paragraph");
        lua_pushinteger(L, l->start);
        lua_setfield(L, -2, "start");
        lua_pushinteger(L, l->end);
        lua_setfield(L, -2, "stop");
        set_str(L, "source", nt_kop_source_name(l->source));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "lines");
    lua_setfield(L, -2, "letterhead");
    lua_createtable(L, 0, NT_MEMO_NFIELDS); /* the memo's facts as a letter (memo.c) */
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++)
        set_str(L, nt_memo_keys[i], nt_memo_field(&doc->memo, i));
    lua_setfield(L, -2, "memo");
    lua_createtable(L, (int)doc->nparts, 0);
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *p = &doc->parts[i];
        lua_createtable(L, 0, 4);
        set_str(L, "name", p->name ? p->name : "");
        set_str(L, "kind", kind_name(p->kind));
        lua_pushinteger(L, (lua_Integer)p->nparas);
        lua_setfield(L, -2, "paragraphs");
        lua_pushinteger(L, p->images);
        lua_setfield(L, -2, "images");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "parts");
}

/* priv.para_hits(): the current paragraph's hits table, built only when a rule gets past its
 * `when` (campaign-logistics alone sends thousands of paragraphs a batch that it then skips). */
int nt_scan_l_hits(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    if (!e->para)
        return luaL_error(L, NT_L("para_hits: tidak ada paragraf yang sedang dipindai",
                                  "para_hits: no paragraph is being scanned"));
    e->n_hit_tables++;
    push_hits(L, e);
    return 1;
}

/* ---- The protected scan ----------------------------------------------------------------------- */
/* Under explain: is paragraph p of part traced? (The empty ones only when asked for by number.) */
static int traced(const netral_engine *e, const nt_part *part, const nt_para *p) {
    const nt_explain_req *t = e->trace;
    if (!t || (t->part && (!part->name || strcmp(t->part, part->name)))) return 0;
    if (t->paragraph >= 0) return (long)p->index == t->paragraph;
    return !nt_para_blank(p);
}

/* Remember paragraph p of part: a sleeping replay rule's list occurred in it. Past the cap (a
 * hostile document of millions of paragraphs), later ones are not replayed. */
#define NT_REPLAY_MAX 65536
static void replay_note(netral_engine *e, const nt_part *part, const nt_para *p) {
    if (e->nrlog == e->caprlog) {
        size_t cap = e->caprlog ? e->caprlog * 2 : 64;
        if (cap > NT_REPLAY_MAX) return;
        struct nt_replay_at *r = realloc(e->rlog, cap * sizeof *r);
        if (!r) return; /* replay is an extra look; without memory the rule just runs on */
        e->rlog = r;
        e->caprlog = cap;
    }
    e->rlog[e->nrlog].part = part;
    e->rlog[e->nrlog++].para = p;
}

/* Calls the paragraph function for paragraph p with the n rules of e->seq. */
static void call_rules(lua_State *L, netral_engine *e, const nt_part *part, const nt_para *p,
                       size_t n, int fn, int seq, int pud) {
    e->n_lua_paras++;
    e->n_rule_runs += n;
    e->para = p;
    for (size_t k = 0; k < n; k++) {
        lua_pushinteger(L, e->seq[k]);
        lua_rawseti(L, seq, (lua_Integer)k + 1);
    }
    lua_pushvalue(L, fn);
    lua_pushvalue(L, pud);
    lua_pushvalue(L, seq);
    lua_pushinteger(L, (lua_Integer)n);
    lua_pushstring(L, part->name ? part->name : "");
    lua_pushstring(L, nt_where_name(p->where));
    lua_pushinteger(L, p->index);
    lua_call(L, 6, 0); /* the hits come later, on demand: priv.para_hits */
}

/* The replay rules woken since the last paragraph judge the earlier paragraphs their lists
 * occurred in (words and cues only: partisan targets and list lead-ins are the current ones).
 * Then the paragraph being scanned is analysed afresh by the caller. */
static void run_replays(lua_State *L, netral_engine *e, int fpara, int seq, int pud) {
    size_t npend = e->nrpend;
    e->nrpend = 0;
    sort_slots(e->rpend, npend);
    const nt_part *keep_part = e->part;
    for (size_t i = 0; i < e->nrlog; i++) {
        const nt_part *part = e->rlog[i].part;
        const nt_para *p = e->rlog[i].para;
        e->para = NULL;
        if (nt_analyze(e->lx, p->text, p->len, &e->an) != 0)
            luaL_error(L,
                       NT_L("kehabisan memori (analisis teks)", "out of memory (text analysis)"));
        if (e->an.nhits > NT_LUA_MAX_HITS) continue;
        size_t n = 0; /* filter_by_need narrows e->seq: refill it from the pending slots */
        for (size_t k = 0; k < npend; k++)
            if (e->disabled[e->rpend[k]] == NT_SLOT_ON) e->seq[n++] = e->rpend[k];
        if (n) n = filter_by_need(e, n);
        if (!n) continue;
        e->part = part;
        call_rules(L, e, part, p, n, fpara, seq, pud);
    }
    e->part = keep_part;
    e->para = NULL;
}

static void scan_part(lua_State *L, netral_engine *e, const nt_part *part, int fpara, int seq,
                      int pud) {
    e->part = part;
    if (e->tg) nt_targets_begin_part(e->tg, part->kind);
    if (e->nleadin) memset(e->leadin_active, 0, e->nleadin);
    e->leadin_next = 0;
    int ftrace = 0;
    if (e->trace) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
        lua_getfield(L, -1, "trace_paragraph");
        lua_remove(L, -2);
        ftrace = lua_gettop(L);
    }
    for (size_t i = 0; i < part->nparas; i++) {
        const nt_para *p = &part->paras[i];
        e->para = NULL;
        if (e->nrpend) run_replays(L, e, fpara, seq, pud);
        if (!p->text) continue;
        if (nt_analyze(e->lx, p->text, p->len, &e->an) != 0)
            luaL_error(L,
                       NT_L("kehabisan memori (analisis teks)", "out of memory (text analysis)"));
        if (e->tg && nt_targets_paragraph(e->tg, &e->tl, p, &e->an) != 0)
            luaL_error(
                L, NT_L("kehabisan memori (sasaran partisan)", "out of memory (partisan targets)"));
        update_leadin(e, p);
        e->rseen = 0;
        size_t n = triggered_rules(e);
        if (e->rseen) replay_note(e, part, p);
        e->n_paras++;
        int tr = ftrace && traced(e, part, p);
        if (!n && !tr) continue; /* the common case: no Lua at all */
        if (e->an.nhits > NT_LUA_MAX_HITS) {
            /* A paragraph of millions of words (hostile, or a dump pasted into a memo): its hits
             * would cost Lua hundreds of MiB and minutes. Rules skip it, and the report says so. */
            char msg[300];
            snprintf(msg, sizeof msg,
                     strcmp(e->opts.lang, "en") == 0
                         ? "netral: %s paragraph %u has %zu list hits (over %u): rules skipped it"
                         : "netral: %s paragraf %u memiliki %zu kecocokan daftar (lebih dari %u): "
                           "aturan "
                           "melewatinya",
                     part->name ? part->name : "", (unsigned)p->index, e->an.nhits,
                     (unsigned)NT_LUA_MAX_HITS);
            nt_report_add_rule_error(e->rep, msg);
            continue;
        }
        call_rules(L, e, part, p, n, tr ? ftrace : fpara, seq, pud);
    }
    e->para = NULL;
    if (e->nrpend) run_replays(L, e, fpara, seq, pud);
    if (ftrace) lua_settop(L, ftrace - 1);
}

/* priv.doc_facts() -> { letterhead, parts, memo } of the document being scanned; read by the
 * framework on a rule's first doc.letterhead, doc.parts or doc.memo (most memos: never). */
int nt_scan_l_facts(lua_State *L) {
    netral_engine *e = nt_engine_of(L);
    if (!e->doc)
        return luaL_error(L, NT_L("dokumen tidak lagi tersedia", "document no longer available"));
    push_facts(L, e, e->doc);
    return 1;
}

/* A fresh reading of the document: the framework's per-document state, the trace, the counts. */
static void begin_pass(lua_State *L, netral_engine *e, int api) {
    lua_getfield(L, api, "begin_doc");
    lua_call(L, 0, 0); /* the document's facts are built when a rule first reads them */
    if (e->trace) {
        lua_getfield(L, api, "begin_trace");
        lua_createtable(L, 0, 1);
        if (e->trace->rule) {
            lua_pushstring(L, e->trace->rule);
            lua_setfield(L, -2, "rule");
        }
        lua_call(L, 1, 0);
    }
    e->nrlog = e->nrpend = 0;
    nt_vocab_begin(e);
}

/* A second reading is worth it when the memo showed someone runs only after naming them, and
 * no rule failed in the first (a failure is reported once, and its rule sits the document out). */
static int read_again(const netral_engine *e) {
    if (!e->tg || !nt_targets_late(e->tg)) return 0;
    for (size_t s = 1; s < e->nslots; s++)
        if (e->disabled[s] == NT_SLOT_FAILED) return 0;
    return 1;
}

static int scan_protected(lua_State *L) {
    netral_engine *e = lua_touserdata(L, 1);
    const nt_doc *doc = e->doc;
    if (e->tg) nt_targets_reset(e->tg);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->api_ref);
    int api = lua_gettop(L);
    begin_pass(L, e, api);
    lua_getfield(L, api, "paragraph");
    int fpara = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->seq_ref);
    int seq = lua_gettop(L);
    nt_api_push_para(L);
    int pud = lua_gettop(L);
    for (size_t i = 0; i < doc->nparts; i++) scan_part(L, e, &doc->parts[i], fpara, seq, pud);
    if (read_again(e)) {
        /* "Paket diserahkan langsung sama tim Ibu Ratna ..." in item 1, "... target 60% suara
         * buat beliau" in item 5: once the memo has shown who runs, every mention of them
         * counts, the earlier ones too. The first reading's findings are dropped; the rules'
         * budgets and sleeping rules start over. */
        nt_targets_rewind(e->tg);
        nt_sandbox_reset(e, 0);
        e->cur_slot = 0;
        begin_pass(L, e, api);
        for (size_t i = 0; i < doc->nparts; i++) scan_part(L, e, &doc->parts[i], fpara, seq, pud);
    }
    lua_getfield(L, api, "end_doc");
    lua_call(L, 0, 1);
    if (lua_istable(L, -1)) nt_collect_findings(L, e);
    if (e->trace) {
        lua_getfield(L, api, "end_trace");
        lua_call(L, 0, 1);
        e->trace_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    return 0;
}

int nt_scan_doc(netral_engine *e, const nt_doc *doc, netral_report *rep) {
    if (!e->nrules) return NETRAL_OK;
    lua_State *L = e->L;
    nt_sandbox_reset(e, 0);
    e->doc = doc;
    e->rep = rep;
    lua_pushcfunction(L, scan_protected);
    lua_pushlightuserdata(L, e);
    int rc = nt_sandbox_call(e, 0, 1, 0);
    if (rc != LUA_OK) {
        char msg[900], line[1000];
        if (rc == LUA_ERRMEM)
            snprintf(
                msg, sizeof msg,
                NT_L("batas memori Lua tercapai (%zu MiB)", "Lua memory limit reached (%zu MiB)"),
                e->mem_limit >> 20);
        else
            nt_sandbox_error_text(e, -1, msg, sizeof msg);
        lua_pop(L, 1);
        snprintf(line, sizeof line, "netral: %s", msg);
        nt_report_add_rule_error(rep, line);
        e->used[0] = 0;
        lua_rawgeti(L, LUA_REGISTRYINDEX,
                    e->api_ref); /* leave the framework ready for the next document */
        lua_getfield(L, -1, "end_doc");
        if (lua_pcall(L, 0, 0, 0) != LUA_OK) lua_pop(L, 1);
        lua_pop(L, 1);
    }
    e->doc = NULL;
    e->rep = NULL;
    e->part = NULL;
    e->para = NULL;
    lua_settop(L, 0);
    return NETRAL_OK;
}
