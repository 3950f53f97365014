/* scan.c - `netral scan`: a discovery thread feeds N workers (one engine each) through a bounded
 * queue; the main thread writes each report as it arrives, keeps the cache, draws progress and
 * stops cleanly on Ctrl-C: the report says it is incomplete (done/total), goes beside a complete
 * one rather than over it, and the cache stays valid. */
#include "scan.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"   /* nt_write_atomic (base) */
#include "findings.h" /* the report struct (base) */

#define WORK_QUEUE       1024
#define RESULT_QUEUE     256
#define RESULT_WAKE      32
#define CACHE_SAVE_EVERY 500
#define COUNT_WAIT_MS    3000 /* after Ctrl-C, how long the walk may go on counting for done/total */

static volatile sig_atomic_t g_stop;
static char g_tmp[PATH_MAX + 64]; /* the temporary report: removed when a second Ctrl-C kills us */

/* The first Ctrl-C asks for a clean stop; a second one removes the temporary report and dies of
 * the signal at once (the complete report at -o, if any, is untouched either way). */
static void on_signal(int sig) {
    if (g_stop) {
        if (g_tmp[0]) unlink(g_tmp);
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    g_stop = 1;
}

typedef struct scan_ctx {
    const scan_opts *o;
    netral_options *nopts;
    cli_queue work, results;
    cli_cache *cache;
    atomic_int workers_left;
} scan_ctx;

typedef struct worker {
    scan_ctx *ctx;
    netral_engine *engine;
    pthread_t th;
    int started;
} worker;

typedef struct result {
    netral_report *r;
    int from_cache, annotated, annotate_failed, copy; /* copy: its annotated copy exists */
    char *annotate_msg;
    char *rel; /* the document's path relative to its root (from discovery) */
    int stream;
} result;

static void result_free(void *p) {
    result *res = p;
    if (!res) return;
    netral_report_free(res->r);
    free(res->annotate_msg);
    free(res->rel);
    free(res);
}

/* ---- Worker side ------------------------------------------------------------------------------ */

static netral_report *error_report(const char *path, int status, const char *msg) {
    netral_report *r = nt_report_new(path);
    if (r) nt_report_set_error(r, status, msg ? msg : netral_strerror(status));
    return r;
}

/* A copy is made of memos with findings (at or above --min-severity), or of all with --annotate-all. */
static int wants_copy(const scan_ctx *c, const netral_report *r) {
    return c->o->annotate_dir && r && r->status == NETRAL_OK &&
           (c->o->annotate_all || r->nfindings > 0);
}

static void copy_failed(result *res, const char *out, const char *why) {
    res->annotate_failed = 1;
    char msg[PATH_MAX + 256];
    snprintf(msg, sizeof msg, "%s: %s", out, why);
    res->annotate_msg = strdup(msg);
}

/* Scan and write the annotated copy in one pass (the document is read once); the report of that
 * pass replaces res->r. */
static void annotate_file(worker *wk, const cli_work *it, result *res) {
    char *out = nt_mirror_path(wk->ctx->o->annotate_dir, it->rel);
    if (!out) return;
    int e = cli_mkdir_parents(out);
    netral_report *r = NULL;
    if (e) {
        if (!res->r) netral_scan_file(wk->engine, it->path, &res->r);
        copy_failed(res, out, cli_strerror(e));
        free(out);
        return;
    }
    int rc = netral_annotate_file(wk->engine, it->path, out, &r);
    if (rc == NETRAL_OK) {
        res->annotated = res->copy = 1;
    } else if (r && r->status == NETRAL_OK) {
        res->annotate_failed = 1;
        res->annotate_msg = strdup(netral_last_error());
    }
    if (r) {
        netral_report_free(res->r);
        res->r = r;
    }
    free(out);
}

/* A memo read from standard input or a FIFO: scanned (and annotated) in memory. */
static void process_stream(worker *wk, const cli_work *it, result *res) {
    int own = it->stream != CLI_STREAM_STDIN;
    int fd = own ? open(it->path, O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
    char *data = NULL;
    size_t len = 0;
    int e = fd < 0 ? errno : cli_read_fd(fd, CLI_STREAM_MAX, &data, &len);
    if (own && fd >= 0) close(fd);
    if (e) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s: %s", L("tidak dapat dibaca", "cannot read"),
                 cli_strerror(e));
        res->r = error_report(it->path,
                              e == EFBIG    ? NETRAL_E_TOO_LARGE
                              : e == ENOENT ? NETRAL_E_NOT_FOUND
                                            : NETRAL_E_IO,
                              msg);
        return;
    }
    netral_scan_memory(wk->engine, data, len, it->path, &res->r);
    if (wants_copy(wk->ctx, res->r)) {
        char *out = nt_mirror_path(wk->ctx->o->annotate_dir, it->rel);
        void *copy = NULL;
        size_t clen = 0;
        int me = out ? cli_mkdir_parents(out) : ENOMEM;
        if (me) {
            copy_failed(res, out ? out : "?", cli_strerror(me));
        } else if (netral_annotate_memory(wk->engine, data, len, &copy, &clen, NULL) != NETRAL_OK) {
            copy_failed(res, out, netral_last_error());
        } else {
            nt_err err = {0};
            if (nt_write_atomic(out, copy, clen, &err) == NETRAL_OK)
                res->annotated = res->copy = 1;
            else
                copy_failed(res, out, err.msg);
        }
        netral_free(copy);
        free(out);
    }
    free(data);
}

/* A cached report is only enough when the annotated copy it implies is already there. */
static netral_report *cached_report(worker *wk, const cli_work *it, const char *sha, int *copy) {
    netral_report *r = cli_cache_get(wk->ctx->cache, sha, it->path);
    *copy = 0;
    if (!r || !wants_copy(wk->ctx, r)) return r;
    char *out = nt_mirror_path(wk->ctx->o->annotate_dir, it->rel);
    int have = out && access(out, F_OK) == 0;
    free(out);
    if (have) {
        *copy = 1;
        return r;
    }
    netral_report_free(r);
    return NULL;
}

static result *process(worker *wk, cli_work *it) {
    result *res = calloc(1, sizeof *res);
    if (!res) return NULL;
    res->rel = it->rel;
    it->rel = NULL; /* the result owns it now */
    res->stream = it->stream;
    cli_work view = *it;
    view.rel = res->rel;
    if (it->status) {
        res->r = error_report(it->path, it->status, it->message);
        return res;
    }
    if (it->stream) {
        process_stream(wk, &view, res);
        if (!res->r) res->r = error_report(it->path, NETRAL_E_NOMEM, NULL);
        return res;
    }
    char sha[65] = "";
    if (wk->ctx->cache && cli_sha256_file(it->path, sha) != 0) sha[0] = 0;
    if (sha[0] && (res->r = cached_report(wk, &view, sha, &res->copy))) {
        res->from_cache = 1;
        return res;
    }
    if (wk->ctx->o->annotate_dir && wk->ctx->o->annotate_all)
        annotate_file(wk, &view, res);
    else {
        netral_scan_file(wk->engine, it->path, &res->r);
        if (wants_copy(wk->ctx, res->r)) annotate_file(wk, &view, res); /* flagged: scanned again */
    }
    if (!res->r) res->r = error_report(it->path, NETRAL_E_NOMEM, NULL);
    if (res->r && sha[0]) memcpy(res->r->sha256, sha, sizeof sha);
    return res;
}

static void *worker_run(void *arg) {
    worker *wk = arg;
    scan_ctx *c = wk->ctx;
    if (!wk->engine && netral_engine_new(c->nopts, &wk->engine) != NETRAL_OK)
        cli_err(L("pekerja tanpa mesin aturan: %s", "worker without a rule engine: %s"),
                netral_last_error());
    void *p;
    while (wk->engine && !g_stop && cli_queue_pop(&c->work, &p)) {
        result *res = process(wk, p);
        cli_work_free(p);
        if (!res || !res->r) {
            result_free(res);
            continue;
        }
        if (cli_queue_push(&c->results, res) != 0) result_free(res);
    }
    if (atomic_fetch_sub(&c->workers_left, 1) == 1) cli_queue_close(&c->results);
    return NULL;
}

/* ---- Main side -------------------------------------------------------------------------------- */

/* Rule descriptions outlive the engine handed to a worker: copy them for the SARIF header. */
typedef struct rules_copy {
    netral_rule_info *v;
    size_t n;
} rules_copy;

static void rules_copy_free(rules_copy *rc) {
    for (size_t i = 0; i < rc->n; i++) {
        free((char *)rc->v[i].id);
        free((char *)rc->v[i].category);
        free((char *)rc->v[i].severity);
        free((char *)rc->v[i].source);
        free((char *)rc->v[i].basis);
        free((char *)rc->v[i].message);
    }
    free(rc->v);
}

static char *dup0(const char *s) { return s ? strdup(s) : NULL; }

static void rules_copy_make(rules_copy *rc, const netral_engine *e) {
    size_t n = netral_engine_rule_count(e);
    rc->v = calloc(n ? n : 1, sizeof *rc->v);
    rc->n = 0;
    for (size_t i = 0; rc->v && i < n; i++) {
        netral_rule_info ri;
        if (netral_engine_rule(e, i, &ri) != NETRAL_OK) continue;
        netral_rule_info *d = &rc->v[rc->n++];
        d->id = dup0(ri.id);
        d->category = dup0(ri.category);
        d->severity = dup0(ri.severity);
        d->source = dup0(ri.source);
        d->basis = dup0(ri.basis);
        d->message = dup0(ri.message);
    }
}

typedef struct batch {
    scan_opts *o;
    scan_ctx ctx;
    worker *workers;
    cli_discovery disc;
    pthread_t disc_th;
    int disc_started;
    netral_writer *writer;
    netral_writer_meta meta;
    cli_output out;
    cli_stats stats;
    result **sorted;
    size_t nsorted, capsorted;
    size_t since_save;
    int exit_code, write_error, show_progress, cut_short;
    char *annot_abs;  /* --annotate-dir made absolute, for links */
    char *report_dir; /* the folder links in the report are relative to (the report's, or cwd) */
    char *ruleset_id; /* copied: engine 0 is freed with its worker before the report ends */
    rules_copy rules;
} batch;

static int cmp_results(const void *a, const void *b) {
    const result *x = *(result *const *)a, *y = *(result *const *)b;
    return strcmp(x->r->path ? x->r->path : "", y->r->path ? y->r->path : "");
}

/* A link from the report to a file: relative to the report's folder, so a report mailed or moved
 * together with its folder still opens the memos. malloc'd; NULL when out of memory. */
static char *href(const batch *b, const char *path) {
    char *abs = cli_abspath(path);
    char *rel = abs && b->report_dir ? cli_relpath(abs, b->report_dir) : NULL;
    free(abs);
    return rel;
}

static void emit(batch *b, result *res) {
    netral_doc_links l = {res->rel && *res->rel ? res->rel : NULL, NULL, NULL};
    char *ann = NULL, *orig = NULL, *copy = NULL;
    if (b->o->format == NETRAL_FORMAT_HTML) {
        if (!res->stream && res->r->path) l.original = orig = href(b, res->r->path);
        if (res->copy && b->annot_abs && (copy = nt_mirror_path(b->annot_abs, res->rel)))
            l.annotated = ann = href(b, copy);
    }
    if (b->writer && netral_writer_add(b->writer, res->r, &l) != NETRAL_OK) b->write_error = 1;
    free(ann);
    free(orig);
    free(copy);
    result_free(res);
}

static void note_exit(batch *b, const netral_report *r, const result *res) {
    const char *v = netral_report_verdict(r);
    if (!strcmp(v, "violation") || !strcmp(v, "error") || res->annotate_failed)
        b->exit_code = EXIT_FLAGGED;
}

static void handle(batch *b, result *res) {
    cli_stats_add(&b->stats, res->r, res->from_cache);
    note_exit(b, res->r, res);
    if (res->annotated) b->stats.annotated++;
    if (res->annotate_failed) {
        b->stats.annotate_failed++;
        if (b->show_progress) cli_progress_clear();
        cli_err(L("%s: salinan beranotasi gagal: %s", "%s: annotated copy failed: %s"),
                res->r->path, res->annotate_msg ? res->annotate_msg : "?");
    }
    if (b->ctx.cache && !res->from_cache) {
        cli_cache_put(b->ctx.cache, res->r);
        if (++b->since_save >= CACHE_SAVE_EVERY) {
            const char *msg;
            if (cli_cache_save(b->ctx.cache, &msg) != NETRAL_OK) cli_err("cache: %s", msg);
            b->since_save = 0;
        }
    }
    if (!b->o->sort) {
        /* report and bar on the same terminal: lift the bar, print, put it back */
        int share = b->show_progress && !b->out.path && isatty(STDOUT_FILENO);
        if (share) cli_progress_clear();
        emit(b, res);
        if (share) {
            fflush(stdout);
            cli_progress_draw(&b->stats, atomic_load(&b->disc.found), atomic_load(&b->disc.done),
                              1);
        }
        return;
    }
    if (b->nsorted == b->capsorted) {
        size_t cap = b->capsorted ? b->capsorted * 2 : 256;
        result **v = realloc(b->sorted, cap * sizeof *v);
        if (!v) {
            emit(b, res);
            return;
        } /* out of memory: unsorted beats lost */
        b->sorted = v;
        b->capsorted = cap;
    }
    b->sorted[b->nsorted++] = res;
}

static void main_loop(batch *b) {
    int aborted = 0;
    for (;;) {
        void *p;
        int got = cli_queue_pop_timed(&b->ctx.results, &p, 100);
        if (g_stop && !aborted) {
            aborted = 1;
            cli_queue_abort(&b->ctx.work); /* discovery and workers stop; results still drain */
        }
        if (got == 1) handle(b, p);
        if (got == 0) break;
        if (b->show_progress)
            cli_progress_draw(&b->stats, atomic_load(&b->disc.found), atomic_load(&b->disc.done),
                              0);
    }
    if (b->show_progress) { /* the last frame stays on screen above the summary */
        cli_progress_draw(&b->stats, atomic_load(&b->disc.found), atomic_load(&b->disc.done), 1);
        fputc('\n', stderr);
    }
}

static int start_threads(batch *b) {
    sigset_t all, old;
    sigemptyset(&all);
    sigaddset(&all, SIGINT);
    sigaddset(&all, SIGTERM);
    /* only the main thread sees Ctrl-C, so no worker's read() is cut short by EINTR */
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int ok = 1;
    if (pthread_create(&b->disc_th, NULL, cli_discover_run, &b->disc) == 0)
        b->disc_started = 1;
    else
        ok = 0;
    for (long i = 0; ok && i < b->o->jobs; i++) {
        if (pthread_create(&b->workers[i].th, NULL, worker_run, &b->workers[i]) == 0)
            b->workers[i].started = 1;
        else if (i == 0)
            ok = 0;
        else
            atomic_fetch_sub(&b->ctx.workers_left, 1);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return ok ? 0 : -1;
}

static void join_threads(batch *b) {
    /* after Ctrl-C the walk only counts; give it a moment to tell how many there were */
    for (int waited = 0;
         g_stop && b->disc_started && !atomic_load(&b->disc.done) && waited < COUNT_WAIT_MS;
         waited += 10)
        usleep(10000);
    if (!atomic_load(&b->disc.done)) atomic_store(&b->disc.abandon, 1);
    if (b->disc_started) pthread_join(b->disc_th, NULL);
    for (long i = 0; i < b->o->jobs; i++) {
        if (b->workers[i].started) pthread_join(b->workers[i].th, NULL);
        netral_engine_free(b->workers[i].engine);
        b->workers[i].engine = NULL;
    }
}

static void install_signals(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* a second Ctrl-C kills at once */
    sa.sa_flags = SA_RESTART;  /* a report written to a pipe is not cut by EINTR */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* ---- Setup ------------------------------------------------------------------------------------ */

static int make_options(batch *b) {
    scan_opts *o = b->o;
    netral_options *n = netral_options_new();
    if (!n) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    b->ctx.nopts = n;
    for (size_t i = 0; i < o->nrules; i++) {
        struct stat st;
        if (stat(o->rules[i], &st) != 0 || !S_ISDIR(st.st_mode))
            return cli_usage(L("folder aturan tidak ada: %s", "rule folder not found: %s"),
                             o->rules[i]);
        if (netral_options_add_rules_dir(n, o->rules[i]) != NETRAL_OK)
            return cli_usage("%s", netral_last_error());
    }
    netral_options_set_language(n, cli_lang());
    if (netral_options_set_min_severity(n, o->min_sev) != NETRAL_OK)
        return cli_usage("%s", netral_last_error());
    return 0;
}

static int make_engine0(batch *b) {
    b->workers = calloc((size_t)b->o->jobs, sizeof *b->workers);
    if (!b->workers) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    for (long i = 0; i < b->o->jobs; i++) b->workers[i].ctx = &b->ctx;
    if (netral_engine_new(b->ctx.nopts, &b->workers[0].engine) != NETRAL_OK)
        return cli_usage(L("aturan gagal dimuat: %s", "rules failed to load: %s"),
                         netral_last_error());
    rules_copy_make(&b->rules, b->workers[0].engine);
    return 0;
}

static int prepare_annotate_dir(batch *b) {
    const char *d = b->o->annotate_dir;
    if (!d) return 0;
    int e = cli_mkdir_p(d);
    if (e)
        return cli_usage(
            L("folder anotasi tidak dapat dibuat: %s: %s", "cannot create annotate folder: %s: %s"),
            d, cli_strerror(e));
    if (access(d, W_OK | X_OK) != 0)
        return cli_usage(
            L("folder anotasi tidak dapat ditulis: %s: %s", "annotate folder not writable: %s: %s"),
            d, cli_strerror(errno));
    struct stat st;
    if (stat(d, &st) == 0) {
        b->disc.skip_dev = (uint64_t)st.st_dev;
        b->disc.skip_ino = (uint64_t)st.st_ino;
    }
    if (!(b->annot_abs = cli_abspath(d)))
        return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    return 0;
}

/* A cache that cannot be written is a usage error now, not after an hour of scanning. */
static int cache_writable(const char *path) {
    const char *slash = strrchr(path, '/');
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) + (slash == path) : 1,
             slash ? path : ".");
    return access(dir, W_OK) == 0 && (access(path, F_OK) != 0 || access(path, R_OK | W_OK) == 0);
}

static int prepare_cache(batch *b) {
    if (!b->o->cache) return 0;
    if (!cache_writable(b->o->cache))
        return cli_usage(
            L("berkas cache tidak dapat ditulis: %s: %s", "cache file not writable: %s: %s"),
            b->o->cache, cli_strerror(errno));
    char key[512];
    snprintf(key, sizeof key, "ruleset=%s lang=%s min-severity=%s",
             netral_engine_ruleset_id(b->workers[0].engine), cli_lang(), b->o->min_sev);
    int discarded = 0;
    b->ctx.cache = cli_cache_open(b->o->cache, key, &discarded);
    if (!b->ctx.cache) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    if (discarded && !b->o->quiet)
        cli_err(L("cache %s dibuat untuk aturan atau opsi lain: semua dokumen dipindai ulang",
                  "cache %s was made for other rules or options: every document is rescanned"),
                b->o->cache);
    else if (cli_cache_damaged(b->ctx.cache) && !b->o->quiet)
        cli_err(L("cache %s: %zu entri rusak diabaikan; dokumennya dipindai ulang",
                  "cache %s: %zu damaged entries ignored; their documents are rescanned"),
                b->o->cache, cli_cache_damaged(b->ctx.cache));
    return 0;
}

static int prepare_output(batch *b) {
    sigset_t sig, old;
    sigemptyset(&sig);
    sigaddset(&sig, SIGINT);
    sigaddset(&sig, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sig,
                    &old); /* the temporary file and its name for on_signal, together */
    int e = cli_output_open(&b->out, b->o->output);
    if (!e && b->out.tmp && strlen(b->out.tmp) < sizeof g_tmp) strcpy(g_tmp, b->out.tmp);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (e)
        return cli_usage(L("tidak dapat menulis laporan %s: %s", "cannot write report %s: %s"),
                         b->o->output, cli_strerror(e));
    /* links in the report are relative to its folder (the current one for standard output) */
    const char *slash = b->out.path ? strrchr(b->out.path, '/') : NULL;
    char *dir = slash ? strndup(b->out.path, (size_t)(slash - b->out.path) + (slash == b->out.path))
                      : strdup(".");
    b->report_dir = dir ? cli_abspath(dir) : NULL;
    free(dir);
    if (!b->report_dir) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    /* jsonl into a pipe: one line per document as it finishes, for consumers reading live */
    struct stat st;
    if (!b->out.path && b->o->format == NETRAL_FORMAT_JSONL && fstat(STDOUT_FILENO, &st) == 0 &&
        !S_ISREG(st.st_mode))
        setvbuf(stdout, NULL, _IOLBF, 0);
    b->meta.size = sizeof b->meta;
    b->meta.tool_version = netral_version();
    b->ruleset_id = strdup(netral_engine_ruleset_id(b->workers[0].engine));
    b->meta.ruleset_id = b->ruleset_id;
    b->meta.rules = b->rules.v;
    b->meta.nrules = b->rules.n;
    b->meta.lang = cli_lang();
    b->meta.text_all = b->o->text_all;
    b->meta.text_brief = b->o->brief;
    if (netral_writer_new(b->o->format, b->out.f, &b->meta, &b->writer) != NETRAL_OK)
        return cli_usage("%s", netral_last_error());
    return 0;
}

static int prepare(batch *b) {
    int rc;
    if ((rc = make_options(b)) || (rc = make_engine0(b)) || (rc = prepare_output(b)) ||
        (rc = prepare_annotate_dir(b)) || (rc = prepare_cache(b)))
        return rc;
    if (cli_queue_init(&b->ctx.work, WORK_QUEUE) || cli_queue_init(&b->ctx.results, RESULT_QUEUE))
        return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    /* main_loop polls every 100 ms anyway; waking it per document cost ~5 context switches
     * per memo over a large archive. */
    cli_queue_set_wake(&b->ctx.results, RESULT_WAKE);
    b->ctx.o = b->o;
    atomic_init(&b->ctx.workers_left, (int)b->o->jobs);
    b->disc.roots = b->o->paths;
    b->disc.nroots = b->o->npaths;
    b->disc.out = &b->ctx.work;
    b->disc.stop = &g_stop;
    b->disc.include_legacy = b->o->include_legacy;
    b->disc.stdin_name = b->o->stdin_name;
    atomic_init(&b->disc.found, 0);
    atomic_init(&b->disc.done, 0);
    atomic_init(&b->disc.abandon, 0);
    for (int k = 0; k < NT_SKIP_KINDS; k++) atomic_init(&b->disc.skipped[k], 0);
    b->show_progress = !b->o->no_progress && !b->o->quiet && isatty(STDERR_FILENO);
    return 0;
}

/* ---- Finish ------------------------------------------------------------------------------------ */

/* Cut short: Ctrl-C came before every document found was reported (a signal after the last one
 * leaves a complete report). */
static void settle_totals(batch *b) {
    size_t found = atomic_load(&b->disc.found);
    int walked = atomic_load(&b->disc.done) && !atomic_load(&b->disc.abandon);
    b->cut_short = g_stop && (b->stats.done < found || !walked);
    b->stats.total = found > b->stats.done ? found : b->stats.done;
    b->stats.total_exact = walked;
    for (int k = 0; k < NT_SKIP_KINDS; k++) b->stats.skipped[k] = atomic_load(&b->disc.skipped[k]);
}

static void finish_report(batch *b) {
    if (b->o->sort && b->nsorted) qsort(b->sorted, b->nsorted, sizeof *b->sorted, cmp_results);
    for (size_t i = 0; i < b->nsorted; i++) emit(b, b->sorted[i]);
    b->nsorted = 0;
    settle_totals(b);
    b->meta.seconds = cli_now() - b->stats.t0;
    b->meta.interrupted = b->cut_short;
    b->meta.total = b->stats.total;
    b->meta.total_exact = b->stats.total_exact;
    memcpy(b->meta.skipped, b->stats.skipped, sizeof b->meta.skipped);
    if (b->writer && netral_writer_end(b->writer, &b->meta) != NETRAL_OK) b->write_error = 1;
    b->writer = NULL;
    const char *dest = b->cut_short && b->out.partial ? b->out.partial : b->o->output;
    char *dest_copy = dest ? strdup(dest) : NULL;
    int e = cli_output_close(&b->out, b->cut_short ? CLI_OUT_PARTIAL : CLI_OUT_COMPLETE);
    g_tmp[0] = 0;
    if (e || b->write_error) {
        cli_err(L("laporan gagal ditulis%s%s: %s", "writing the report failed%s%s: %s"),
                dest_copy ? " " : "", dest_copy ? dest_copy : "", cli_strerror(e ? e : EIO));
        b->exit_code = EXIT_USAGE;
    }
    free(dest_copy);
    if (b->ctx.cache) {
        const char *msg;
        if (cli_cache_save(b->ctx.cache, &msg) != NETRAL_OK) {
            cli_err("cache: %s", msg);
            b->exit_code = EXIT_USAGE;
        }
    }
}

static void cleanup(batch *b) {
    netral_writer_discard(b->writer); /* only left when the run stopped before scanning */
    if (b->out.f) cli_output_close(&b->out, CLI_OUT_DISCARD);
    g_tmp[0] = 0;
    if (b->workers) {
        for (long i = 0; i < b->o->jobs; i++) netral_engine_free(b->workers[i].engine);
        free(b->workers);
    }
    if (b->ctx.work.items) cli_queue_destroy(&b->ctx.work, cli_work_free);
    if (b->ctx.results.items) cli_queue_destroy(&b->ctx.results, result_free);
    for (size_t i = 0; i < b->nsorted; i++) result_free(b->sorted[i]);
    free(b->sorted);
    cli_cache_free(b->ctx.cache);
    netral_options_free(b->ctx.nopts);
    rules_copy_free(&b->rules);
    cli_stats_free(&b->stats);
    free(b->annot_abs);
    free(b->report_dir);
    free(b->ruleset_id);
}

/* "netral: no DOCX memo found in archive/ (12 .doc files skipped)": the archive was not checked. */
static void no_memo(const batch *b) {
    nt_buf m;
    nt_buf_init(&m);
    for (size_t i = 0; i < b->o->npaths && i < 3; i++)
        nt_buf_printf(&m, "%s%s", i ? ", " : "", b->o->paths[i]);
    if (b->o->npaths > 3) nt_buf_puts(&m, ", ...");
    cli_err(L("tidak ada memo DOCX yang ditemukan di %s; tidak ada yang diperiksa",
              "no DOCX memo found in %s; nothing was checked"),
            m.p ? m.p : "");
    nt_buf_free(&m);
}

static int run(batch *b) {
    install_signals(); /* a Ctrl-C while the rules compile still ends in a (marked) report */
    int rc = prepare(b);
    if (rc) return rc;
    b->stats.t0 = cli_now();
    if (start_threads(b) != 0) {
        g_stop = 1;
        cli_queue_abort(&b->ctx.work);
        cli_queue_close(&b->ctx.results);
        join_threads(b);
        return cli_usage("%s", L("gagal memulai thread", "cannot start threads"));
    }
    main_loop(b);
    join_threads(b);
    finish_report(b);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    if (!b->o->quiet) {
        cli_summary_print(&b->stats, b->cut_short, b->ctx.cache != NULL,
                          b->cut_short && b->o->output && strcmp(b->o->output, "-") ? b->o->output
                                                                                    : NULL);
        cli_skipped_warn(&b->stats);
    }
    if (b->cut_short && b->exit_code != EXIT_USAGE) return EXIT_INTERRUPTED;
    if (!b->stats.done && b->exit_code != EXIT_USAGE) {
        no_memo(b);
        return EXIT_FLAGGED;
    }
    return b->exit_code;
}

int cli_scan(int argc, char **argv) {
    scan_opts o;
    int rc = scan_parse(&o, argc, argv);
    if (rc || o.help) {
        if (!rc) scan_help(stdout);
        scan_opts_free(&o);
        return rc;
    }
    /* the library's own messages (netral_strerror) follow the same language */
    setenv("NETRAL_LANG", cli_lang(), 1);
    batch b;
    memset(&b, 0, sizeof b);
    b.o = &o;
    rc = run(&b);
    cleanup(&b);
    scan_opts_free(&o);
    return rc;
}
