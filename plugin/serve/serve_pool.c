/* serve_pool.c - the engine pool: worker threads that each own their engines (one per message
 * language, the C ABI's thread model), a FIFO of jobs with deadlines, and SIGHUP reloads that swap
 * in a new rule configuration only when it loads (each worker rebuilds before its next job). */
#include "serve.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One loaded rule configuration; workers build their engines from its options. */
typedef struct gen {
    atomic_int refs;
    netral_options *opts[2]; /* Indonesian, English */
    char *rules_json[2];
    size_t rules_len[2];
    char ruleset[2][80]; /* the id depends on the language too */
    size_t nrules;
} gen;

typedef struct worker {
    serve_pool *pool;
    pthread_t th;
    int started;
    netral_engine *eng[2];
    gen *eng_gen[2]; /* the configuration each engine was built from (a reference) */
} worker;

struct serve_pool {
    const serve_config *cfg; /* the caller's, kept for the life of the pool (reloads read it) */
    int nworkers, inline_mode, en;
    worker *w;
    pthread_mutex_t mu;
    pthread_cond_t cv, ready_cv;
    serve_job *qhead, *qtail;
    int qlen, closing, ready, failed;
    serve_job *live; /* unfinished jobs (queued or running), for deadlines */
    gen *cur;
    atomic_int busy;
    char err[512];
};

static void gen_release(gen *g) {
    if (!g || atomic_fetch_sub(&g->refs, 1) != 1) return;
    for (int l = 0; l < 2; l++) {
        netral_options_free(g->opts[l]);
        free(g->rules_json[l]);
    }
    free(g);
}

/* Options for both languages and one engine of each, compiled here to prove the folders load
 * (and to take the rules listing from). NULL with a message on failure. */
static gen *gen_make(const serve_config *cfg, char *err, size_t errlen) {
    gen *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "%s", SL("memori tidak cukup", "out of memory"));
        return NULL;
    }
    atomic_init(&g->refs, 1);
    for (size_t i = 0; i < cfg->nrules; i++) {
        struct stat st;
        if (stat(cfg->rules[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, SL("folder aturan tidak ada: %s", "rule folder not found: %s"),
                     cfg->rules[i]);
            gen_release(g);
            return NULL;
        }
    }
    for (int l = 0; l < 2; l++) {
        netral_options *o = g->opts[l] = netral_options_new();
        int bad = !o;
        for (size_t i = 0; !bad && i < cfg->nrules; i++)
            bad = netral_options_add_rules_dir(o, cfg->rules[i]) != NETRAL_OK;
        if (!bad) bad = netral_options_set_language(o, l ? "en" : "id") != NETRAL_OK;
        if (!bad && cfg->min_severity)
            bad = netral_options_set_min_severity(o, cfg->min_severity) != NETRAL_OK;
        netral_engine *e = NULL;
        if (!bad && netral_engine_new(o, &e) != NETRAL_OK) bad = 1;
        if (bad) {
            snprintf(err, errlen, SL("aturan gagal dimuat: %s", "rules failed to load: %s"),
                     netral_last_error()[0] ? netral_last_error()
                                            : SL("memori tidak cukup", "out of memory"));
            netral_engine_free(e);
            gen_release(g);
            return NULL;
        }
        g->rules_json[l] = serve_rules_json(e, &g->rules_len[l], &g->nrules);
        snprintf(g->ruleset[l], sizeof g->ruleset[l], "%s", netral_engine_ruleset_id(e));
        netral_engine_free(e);
        if (!g->rules_json[l]) {
            snprintf(err, errlen, "%s", SL("memori tidak cukup", "out of memory"));
            gen_release(g);
            return NULL;
        }
    }
    return g;
}

static gen *gen_current(serve_pool *p) {
    pthread_mutex_lock(&p->mu);
    gen *g = p->cur;
    atomic_fetch_add(&g->refs, 1);
    pthread_mutex_unlock(&p->mu);
    return g;
}

/* The worker's engine for a language, rebuilt when the configuration changed since it was built.
 * A rebuild that fails keeps the previous engine (and says so); NULL only when there is none. */
static netral_engine *worker_engine(worker *w, int en) {
    gen *g = gen_current(w->pool);
    if (w->eng[en] && w->eng_gen[en] == g) {
        gen_release(g);
        return w->eng[en];
    }
    netral_engine *e = NULL;
    if (netral_engine_new(g->opts[en], &e) != NETRAL_OK) {
        serve_log(SL("aturan gagal dimuat di pekerja, aturan lama tetap dipakai: %s",
                     "rules failed to load in a worker, keeping the previous rules: %s"),
                  netral_last_error());
        gen_release(g);
        return w->eng[en];
    }
    netral_engine_free(w->eng[en]);
    gen_release(w->eng_gen[en]);
    w->eng[en] = e;
    w->eng_gen[en] = g;
    return e;
}

static void live_unlink(serve_pool *p, serve_job *j) {
    if (j->live_prev)
        j->live_prev->live_next = j->live_next;
    else if (p->live == j)
        p->live = j->live_next;
    if (j->live_next) j->live_next->live_prev = j->live_prev;
    j->live_prev = j->live_next = NULL;
}

static void run_one(worker *w, serve_job *j) {
    serve_pool *p = w->pool;
    int expected = JOB_QUEUED;
    if (atomic_compare_exchange_strong(&j->state, &expected, JOB_RUNNING)) {
        atomic_fetch_add(&p->busy, 1);
        netral_engine *e = worker_engine(w, j->en);
        if (e)
            serve_job_run(j, e);
        else {
            j->http_status = 500; /* the English engine never loaded: answer plainly */
            static const char msg[] =
                "{\"error\":{\"code\":\"internal\",\"message\":\"no engine\"}}\n";
            j->out = malloc(sizeof msg);
            if (j->out) memcpy(j->out, msg, sizeof msg);
            j->out_len = j->out ? sizeof msg - 1 : 0;
            j->ctype = "application/json; charset=utf-8";
        }
        atomic_fetch_sub(&p->busy, 1);
    }
    pthread_mutex_lock(&p->mu);
    live_unlink(p, j);
    expected = JOB_RUNNING;
    /* An expired job was answered already (503); its result is dropped. */
    if (atomic_compare_exchange_strong(&j->state, &expected, JOB_DONE) && j->wake && !p->closing)
        j->wake(j);
    pthread_mutex_unlock(&p->mu);
    serve_job_release(j);
}

static void *worker_main(void *arg) {
    worker *w = arg;
    serve_pool *p = w->pool;
    netral_engine *e = worker_engine(w, p->en); /* compile the rules once, before serving */
    pthread_mutex_lock(&p->mu);
    if (e)
        p->ready++;
    else {
        p->failed = 1;
        snprintf(p->err, sizeof p->err, "%s", netral_last_error());
    }
    pthread_cond_broadcast(&p->ready_cv);
    for (;;) {
        while (!p->qhead && !p->closing) pthread_cond_wait(&p->cv, &p->mu);
        if (p->closing) break;
        serve_job *j = p->qhead;
        p->qhead = j->next;
        if (!p->qhead) p->qtail = NULL;
        p->qlen--;
        j->next = NULL;
        pthread_mutex_unlock(&p->mu);
        run_one(w, j);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

serve_pool *serve_pool_new(const serve_config *cfg, char *err, size_t errlen) {
    serve_pool *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "%s", SL("memori tidak cukup", "out of memory"));
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    pthread_cond_init(&p->ready_cv, NULL);
    atomic_init(&p->busy, 0);
    p->cfg = cfg;
    p->en = cfg->en;
    p->inline_mode = cfg->jobs <= 0;
    p->nworkers = p->inline_mode ? 1 : cfg->jobs;
    p->cur = gen_make(cfg, err, errlen);
    p->w = calloc((size_t)p->nworkers, sizeof *p->w);
    if (!p->cur || !p->w) {
        if (p->cur && !p->w) snprintf(err, errlen, "%s", SL("memori tidak cukup", "out of memory"));
        serve_pool_free(p);
        return NULL;
    }
    for (int i = 0; i < p->nworkers; i++) p->w[i].pool = p;
    if (p->inline_mode) {
        if (!worker_engine(&p->w[0], p->en)) {
            snprintf(err, errlen, SL("aturan gagal dimuat: %s", "rules failed to load: %s"),
                     netral_last_error());
            serve_pool_free(p);
            return NULL;
        }
        return p;
    }
    int started = 0;
    for (int i = 0; i < p->nworkers; i++) {
        int rc = pthread_create(&p->w[i].th, NULL, worker_main, &p->w[i]);
        if (rc) {
            snprintf(err, errlen, "pthread_create: %s", strerror(rc));
            break;
        }
        p->w[i].started = 1;
        started++;
    }
    pthread_mutex_lock(&p->mu);
    while (p->ready < started && !p->failed) pthread_cond_wait(&p->ready_cv, &p->mu);
    int ok = !p->failed && started == p->nworkers;
    if (p->failed)
        snprintf(err, errlen, SL("aturan gagal dimuat: %s", "rules failed to load: %s"), p->err);
    pthread_mutex_unlock(&p->mu);
    if (!ok) {
        serve_pool_free(p);
        return NULL;
    }
    return p;
}

int serve_pool_submit(serve_pool *p, serve_job *j) {
    atomic_store(&j->state, JOB_QUEUED);
    if (p->inline_mode) {
        atomic_fetch_add(&j->refs, 1);
        void (*wake)(serve_job *) = j->wake;
        j->wake = NULL; /* the caller sees DONE when this returns */
        run_one(&p->w[0], j);
        j->wake = wake;
        return 0;
    }
    pthread_mutex_lock(&p->mu);
    if (p->closing) {
        pthread_mutex_unlock(&p->mu);
        return -1;
    }
    atomic_fetch_add(&j->refs, 1);
    j->next = NULL;
    if (p->qtail)
        p->qtail->next = j;
    else
        p->qhead = j;
    p->qtail = j;
    p->qlen++;
    j->live_prev = NULL;
    j->live_next = p->live;
    if (p->live) p->live->live_prev = j;
    p->live = j;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

int serve_pool_expire(serve_pool *p, double now) {
    int n = 0;
    pthread_mutex_lock(&p->mu);
    for (serve_job *j = p->live; j; j = j->live_next) {
        if (j->deadline <= 0 || now < j->deadline) continue;
        int s = atomic_load(&j->state);
        if ((s == JOB_QUEUED || s == JOB_RUNNING) &&
            atomic_compare_exchange_strong(&j->state, &s, JOB_EXPIRED)) {
            n++;
            if (j->wake && !p->closing) j->wake(j);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return n;
}

int serve_pool_reload(serve_pool *p, char *msg, size_t msglen) {
    gen *g = gen_make(p->cfg, msg, msglen); /* the same folders, read again */
    if (!g) {
        serve_metrics_reload(0);
        return -1;
    }
    pthread_mutex_lock(&p->mu);
    gen *prev = p->cur;
    p->cur = g;
    pthread_mutex_unlock(&p->mu);
    snprintf(msg, msglen, "%s, %zu", g->ruleset[p->en], g->nrules);
    gen_release(prev); /* workers still on it hold their own references */
    serve_metrics_reload(1);
    return 0;
}

int serve_pool_workers(const serve_pool *p) { return p ? p->nworkers : 0; }
int serve_pool_busy(const serve_pool *p) { return p ? atomic_load(&((serve_pool *)p)->busy) : 0; }

int serve_pool_queued(serve_pool *p) {
    if (!p) return 0;
    pthread_mutex_lock(&p->mu);
    int n = p->qlen;
    pthread_mutex_unlock(&p->mu);
    return n;
}

char *serve_pool_rules_json(serve_pool *p, int en, size_t *len) {
    gen *g = gen_current(p);
    char *s = malloc(g->rules_len[en] + 1);
    if (s) {
        memcpy(s, g->rules_json[en], g->rules_len[en] + 1);
        *len = g->rules_len[en];
    }
    gen_release(g);
    return s;
}

void serve_pool_ruleset(serve_pool *p, char *out, size_t outlen, size_t *nrules) {
    if (!p) {
        snprintf(out, outlen, "%s", "");
        *nrules = 0;
        return;
    }
    gen *g = gen_current(p);
    snprintf(out, outlen, "%s", g->ruleset[p->en]);
    *nrules = g->nrules;
    gen_release(g);
}

void serve_pool_free(serve_pool *p) {
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->closing = 1; /* from now on no wake-ups: the HTTP side is gone or going */
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; p->w && i < p->nworkers; i++)
        if (p->w[i].started) pthread_join(p->w[i].th, NULL);
    while (p->qhead) {
        serve_job *j = p->qhead;
        p->qhead = j->next;
        live_unlink(p, j);
        serve_job_release(j);
    }
    for (int i = 0; p->w && i < p->nworkers; i++)
        for (int l = 0; l < 2; l++) {
            netral_engine_free(p->w[i].eng[l]);
            gen_release(p->w[i].eng_gen[l]);
        }
    free(p->w);
    gen_release(p->cur);
    pthread_cond_destroy(&p->cv);
    pthread_cond_destroy(&p->ready_cv);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
