/* matcher.c - the multi-phrase automaton: a trie over symbols with Aho-Corasick failure and
 * dictionary links; transitions in one open-addressing table, so a step costs O(1) whatever the size. */
#include "matcher.h"

#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX

typedef struct ac_state {
    uint32_t fail, dict; /* failure link; nearest state on the fail chain with outputs (0: none) */
    uint32_t out, nout;  /* outputs: out[..nout) in m->outs */
    uint32_t first_edge; /* children, as a linked list of edges (build time, BFS) */
} ac_state;

typedef struct ac_edge {
    uint32_t sym, to, next;
} ac_edge;

typedef struct ac_out {
    uint32_t phrase, list, len;
} ac_out;

typedef struct ac_slot {
    uint64_t key; /* (state << 32 | sym) + 1; 0 = empty */
    uint32_t to;
} ac_slot;

typedef struct pending_out {
    uint32_t state, phrase, list, len;
} pending_out;

struct nt_matcher {
    ac_state *st;
    size_t nst, cst;
    ac_edge *edges;
    size_t nedges, cedges;
    ac_slot *slots; /* non-root transitions */
    size_t mask;
    uint32_t *root_next; /* root transitions, indexed by symbol */
    size_t nroot;
    ac_out *outs;
    size_t nouts;
    pending_out *pend;
    size_t npend, cpend;
    int compiled;
};

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        if (c > SIZE_MAX / 2 / elem) return -1;
        c *= 2;
    }
    void *q = realloc(*p, c * elem);
    if (!q) return -1;
    *p = q;
    *cap = c;
    return 0;
}

static uint64_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

static uint32_t slot_get(const nt_matcher *m, uint32_t s, uint32_t sym) {
    if (s == 0) return sym < m->nroot ? m->root_next[sym] : NONE;
    if (!m->slots) return NONE;
    uint64_t key = (((uint64_t)s << 32) | sym) + 1;
    for (size_t i = mix(key) & m->mask;; i = (i + 1) & m->mask) {
        if (m->slots[i].key == key) return m->slots[i].to;
        if (!m->slots[i].key) return NONE;
    }
}

static void slot_put(ac_slot *slots, size_t mask, uint64_t key, uint32_t to) {
    size_t i = mix(key) & mask;
    while (slots[i].key) i = (i + 1) & mask;
    slots[i].key = key;
    slots[i].to = to;
}

static int slots_rehash(nt_matcher *m, size_t nslots) {
    ac_slot *s = calloc(nslots, sizeof *s);
    if (!s) return -1;
    for (size_t i = 0; m->slots && i <= m->mask; i++)
        if (m->slots[i].key) slot_put(s, nslots - 1, m->slots[i].key, m->slots[i].to);
    free(m->slots);
    m->slots = s;
    m->mask = nslots - 1;
    return 0;
}

nt_matcher *nt_matcher_new(void) {
    nt_matcher *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    if (grow((void **)&m->st, &m->cst, 1, sizeof *m->st)) {
        free(m);
        return NULL;
    }
    memset(&m->st[0], 0, sizeof m->st[0]);
    m->st[0].first_edge = NONE;
    m->nst = 1;
    return m;
}

void nt_matcher_free(nt_matcher *m) {
    if (!m) return;
    free(m->st);
    free(m->edges);
    free(m->slots);
    free(m->root_next);
    free(m->outs);
    free(m->pend);
    free(m);
}

static int root_put(nt_matcher *m, uint32_t sym, uint32_t to) {
    if (sym >= m->nroot) {
        size_t n = m->nroot ? m->nroot : 64;
        while (n <= sym) n *= 2;
        uint32_t *r = realloc(m->root_next, n * sizeof *r);
        if (!r) return -1;
        for (size_t i = m->nroot; i < n; i++) r[i] = NONE;
        m->root_next = r;
        m->nroot = n;
    }
    m->root_next[sym] = to;
    return 0;
}

static uint32_t new_child(nt_matcher *m, uint32_t from, uint32_t sym) {
    if (m->nst >= UINT32_MAX - 1) return NONE;
    if (grow((void **)&m->st, &m->cst, m->nst + 1, sizeof *m->st)) return NONE;
    if (grow((void **)&m->edges, &m->cedges, m->nedges + 1, sizeof *m->edges)) return NONE;
    if (!m->slots || (m->nedges + 1) * 2 > m->mask + 1)
        if (slots_rehash(m, m->slots ? (m->mask + 1) * 2 : 256)) return NONE;
    uint32_t to = (uint32_t)m->nst++;
    memset(&m->st[to], 0, sizeof m->st[to]);
    m->st[to].first_edge = NONE;
    ac_edge *e = &m->edges[m->nedges];
    e->sym = sym;
    e->to = to;
    e->next = m->st[from].first_edge;
    m->st[from].first_edge = (uint32_t)m->nedges++;
    if (from == 0) {
        if (root_put(m, sym, to)) return NONE;
    } else {
        slot_put(m->slots, m->mask, (((uint64_t)from << 32) | sym) + 1, to);
    }
    return to;
}

int nt_matcher_add(nt_matcher *m, const uint32_t *syms, size_t n, uint32_t phrase, uint32_t list) {
    if (m->compiled || n == 0 || n > UINT32_MAX) return -1;
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t t = slot_get(m, s, syms[i]);
        if (t == NONE) t = new_child(m, s, syms[i]);
        if (t == NONE) return -1;
        s = t;
    }
    if (grow((void **)&m->pend, &m->cpend, m->npend + 1, sizeof *m->pend)) return -1;
    m->pend[m->npend++] = (pending_out){s, phrase, list, (uint32_t)n};
    return 0;
}

static int cmp_pending(const void *x, const void *y) {
    const pending_out *a = x, *b = y;
    if (a->state != b->state) return a->state < b->state ? -1 : 1;
    if (a->list != b->list) return a->list < b->list ? -1 : 1;
    return a->phrase < b->phrase ? -1 : a->phrase > b->phrase;
}

/* Group outputs per state; a second phrase of the same list on the same state (e.g. "dukung" and
 * "mendukung" in one list) would only repeat the hit, so the lowest phrase id stands for both. */
static int build_outputs(nt_matcher *m) {
    if (!m->npend) return 0;
    qsort(m->pend, m->npend, sizeof *m->pend, cmp_pending);
    m->outs = malloc(m->npend * sizeof *m->outs);
    if (!m->outs) return -1;
    for (size_t i = 0; i < m->npend; i++) {
        const pending_out *p = &m->pend[i];
        if (i && p->state == p[-1].state && p->list == p[-1].list) continue;
        ac_state *s = &m->st[p->state];
        if (!s->nout) s->out = (uint32_t)m->nouts;
        s->nout++;
        m->outs[m->nouts++] = (ac_out){p->phrase, p->list, p->len};
    }
    free(m->pend);
    m->pend = NULL;
    m->npend = m->cpend = 0;
    return 0;
}

static void link_child(nt_matcher *m, uint32_t parent, uint32_t sym, uint32_t child) {
    uint32_t f = NONE;
    if (parent != 0) {
        uint32_t s = m->st[parent].fail;
        for (;;) {
            f = slot_get(m, s, sym);
            if (f != NONE || s == 0) break;
            s = m->st[s].fail;
        }
    }
    if (f == NONE || f == child) f = 0;
    m->st[child].fail = f;
    m->st[child].dict = m->st[f].nout ? f : m->st[f].dict;
}

int nt_matcher_compile(nt_matcher *m) {
    if (m->compiled) return 0;
    if (build_outputs(m)) return -1;
    uint32_t *queue = malloc(m->nst * sizeof *queue);
    if (!queue) return -1;
    size_t head = 0, tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
        uint32_t s = queue[head++];
        for (uint32_t e = m->st[s].first_edge; e != NONE; e = m->edges[e].next) {
            link_child(m, s, m->edges[e].sym, m->edges[e].to);
            queue[tail++] = m->edges[e].to;
        }
    }
    free(queue);
    free(m->edges); /* children lists were only needed for the breadth-first pass */
    m->edges = NULL;
    m->nedges = m->cedges = 0;
    m->compiled = 1;
    return 0;
}

void nt_acset_reset(nt_acset *set) {
    set->n = 1;
    set->s[0] = 0;
}

static uint32_t step1(const nt_matcher *m, uint32_t s, uint32_t sym) {
    for (;;) {
        uint32_t t = slot_get(m, s, sym);
        if (t != NONE) return t;
        if (s == 0) return 0;
        s = m->st[s].fail;
    }
}

static void set_add(nt_acset *set, uint32_t s) {
    if (s == 0) return; /* the root is implied by any other state's failure chain */
    for (uint32_t i = 0; i < set->n; i++)
        if (set->s[i] == s) return;
    if (set->n < NT_AC_MAXSET) set->s[set->n++] = s;
}

void nt_matcher_step(const nt_matcher *m, nt_acset *set, const uint32_t *syms, size_t nsyms) {
    nt_acset next;
    next.n = 0;
    if (m && m->compiled)
        for (uint32_t i = 0; i < set->n; i++)
            for (size_t k = 0; k < nsyms; k++) set_add(&next, step1(m, set->s[i], syms[k]));
    if (!next.n) nt_acset_reset(&next);
    *set = next;
}

static int push_hit(nt_analysis *a, const ac_out *o, uint32_t tok) {
    if (a->nhits == a->hcap) {
        size_t c = a->hcap ? a->hcap * 2 : 64;
        nt_hit *h = realloc(a->hits, c * sizeof *h);
        if (!h) return -1;
        a->hits = h;
        a->hcap = c;
    }
    nt_hit *h = &a->hits[a->nhits++];
    h->phrase = o->phrase;
    h->list = o->list;
    h->first = tok + 1 - o->len;
    h->last = tok;
    return 0;
}

int nt_matcher_emit(const nt_matcher *m, const nt_acset *set, uint32_t tok, nt_analysis *a) {
    if (!m || !m->compiled) return 0;
    for (uint32_t i = 0; i < set->n; i++) {
        uint32_t s = set->s[i];
        if (s && !m->st[s].nout) s = m->st[s].dict;
        for (; s; s = m->st[s].dict) {
            const ac_state *st = &m->st[s];
            for (uint32_t k = 0; k < st->nout; k++)
                if (push_hit(a, &m->outs[st->out + k], tok)) return -1;
        }
    }
    return 0;
}
