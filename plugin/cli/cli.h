/* cli.h - the netral command's internal interfaces: subcommands, language of messages, queues,
 * discovery, the result cache, SHA-256, progress and the atomic report output. */
#ifndef NT_CLI_H
#define NT_CLI_H

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "netral.h"

/* Exit statuses of the contract (130 for an interrupted scan, as shells expect). */
enum { EXIT_CLEAN = 0, EXIT_FLAGGED = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };

/* ---- Subcommands (one file each) ------------------------------------------------------------ */
int cli_scan(int argc, char **argv);
int cli_text(int argc, char **argv);
int cli_annotate(int argc, char **argv);
int cli_rules(int argc, char **argv);
int cli_version(void);
int cli_explain(int argc, char **argv);     /* cmd_explain.c */
int cli_lists(int argc, char **argv);       /* cmd_lists.c */
int cli_rules_stats(int argc, char **argv); /* cmd_stats.c: `rules stats`, argv[0] = "stats" */
/* An engine over the built-ins and dirs[0..n) in the message language (cli_engine.c); merge 0
 * keeps overlapping findings apart. NULL with *rc = EXIT_USAGE and the reason printed. */
netral_engine *cli_engine_for(const char *const *dirs, size_t n, int merge,
                              const char *min_severity, int *rc);
int serve_main(int argc, char **argv); /* `netral serve`, plugin/serve/serve_main.c */

/* ---- Messages and small helpers (cli_util.c) ------------------------------------------------- */
/* Language of messages: --lang wins over NETRAL_LANG; Indonesian by default. */
void cli_set_lang(const char *lang);
int cli_en(void);
const char *cli_lang(void);
/* Picks the message in the current language. */
#define L(id, en) (cli_en() ? (en) : (id))
/* "netral: " + message + newline on stderr. */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Usage problem: one line on stderr; returns EXIT_USAGE for `return cli_usage(...)`. */
int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
double cli_now(void);
/* mkdir -p of the folder part of path (not the last component). 0 or errno. */
int cli_mkdir_parents(const char *path);
int cli_mkdir_p(const char *dir);
/* Option "--name VALUE" / "--name=VALUE" / "-xVALUE": returns the value and advances *i, or NULL
 * when arg is not this option; *missing is set when the value is absent. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *lng, const char *shrt,
                          int *missing);
int cli_parse_int(const char *s, long lo, long hi, long *out);
/* strerror in the run's language for the failures a user can act on. */
const char *cli_strerror(int e);
/* path made absolute (cwd prepended) and cleaned lexically ("." and ".." resolved, no symlink
 * followed). malloc'd; NULL when out of memory or the cwd is unknown. */
char *cli_abspath(const char *path);
/* The relative path from folder base to target (both absolute and clean): "../x/a.docx".
 * malloc'd; NULL when out of memory. */
char *cli_relpath(const char *target, const char *base);
/* Reads a whole stream (standard input, a FIFO) into memory, at most max bytes: 0, EFBIG when
 * longer, or an errno. *data is malloc'd. CLI_STREAM_MAX is the library's default file limit:
 * a longer document would be too-large anyway. */
#define CLI_STREAM_MAX ((size_t)256 << 20)
int cli_read_fd(int fd, size_t max, char **data, size_t *len);
/* Where an interrupted run's report goes instead of path: "out/report.html" ->
 * "out/report.partial.html". malloc'd; NULL when out of memory. */
char *cli_partial_name(const char *path);

/* ---- A report written through a temporary file and renamed into place (output.c) ------------ */
typedef struct cli_output {
    FILE *f;
    char *path;    /* final path; NULL for standard output */
    char *tmp;     /* temporary sibling */
    char *partial; /* where an interrupted run's report goes (cli_partial_name) */
    int direct;    /* f is a device or FIFO opened by path: closed, never renamed */
} cli_output;
/* path NULL or "-": standard output. Returns 0 or an errno (EISDIR for a folder). */
int cli_output_open(cli_output *o, const char *path);
enum { CLI_OUT_DISCARD = 0, CLI_OUT_COMPLETE = 1, CLI_OUT_PARTIAL = 2 };
/* Flush, fsync and rename: a complete report into place, a partial one (an interrupted run) to
 * o->partial so a complete report already at the path is never replaced by it; or discard.
 * Returns 0 or an errno. */
int cli_output_close(cli_output *o, int how);

/* ---- A bounded blocking queue of pointers (queue.c) ----------------------------------------- */
typedef struct cli_queue {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    void **items;
    size_t cap, head, n;
    size_t wake; /* items waiting before a push wakes a popper (1 unless set) */
    int closed, aborted;
} cli_queue;
int cli_queue_init(cli_queue *q, size_t cap);
/* Wake a sleeping popper only once n items wait (a popper using pop_timed picks up fewer when
 * its timeout ends): one wake-up per batch instead of per item. */
void cli_queue_set_wake(cli_queue *q, size_t n);
/* Frees the remaining items with free_item (may be NULL). */
void cli_queue_destroy(cli_queue *q, void (*free_item)(void *));
/* Blocks while full. 0 on success, -1 when the queue was aborted or closed (item not taken). */
int cli_queue_push(cli_queue *q, void *item);
/* Blocks while empty. 1 with an item; 0 when closed and drained, or aborted. */
int cli_queue_pop(cli_queue *q, void **item);
/* As pop, but gives up after ms milliseconds: 1 item, 0 closed/aborted, -1 timeout. */
int cli_queue_pop_timed(cli_queue *q, void **item, int ms);
void cli_queue_close(cli_queue *q); /* no more pushes; poppers drain what is left */
void cli_queue_abort(cli_queue *q); /* pushes and pops stop now */

/* ---- Discovery (discover.c) ------------------------------------------------------------------ */
/* A document to scan, or a path that failed before scanning (status != 0: a netral_status). */
typedef struct cli_work {
    char *path;
    char *rel; /* the path relative to the folder named on the command line (for people and
                        for --annotate-dir); unique within the run */
    int status;
    char *message;
    int stream; /* read it as a stream: CLI_STREAM_* */
} cli_work;
enum {
    CLI_STREAM_NONE = 0,
    CLI_STREAM_FILE = 1 /* a FIFO or character device */,
    CLI_STREAM_STDIN = 2
};
void cli_work_free(void *w);

typedef struct cli_discovery {
    char **roots;
    size_t nroots;
    cli_queue *out;                    /* receives cli_work* */
    const volatile sig_atomic_t *stop; /* Ctrl-C: stop queueing, keep counting (for done/total) */
    atomic_int abandon;                /* stop counting too (the main thread waited long enough) */
    atomic_size_t found;               /* documents found so far (grows while walking) */
    atomic_int done;                   /* the walk is over */
    uint64_t skip_dev, skip_ino;       /* a folder never entered (the annotate dir); 0,0 = none */
    int include_legacy;                /* .doc/.odt/.rtf/.pdf under folders: legacy-doc entries */
    atomic_size_t skipped[4];          /* else counted by kind (NT_SKIP_*) */
    const char *stdin_name;            /* the report path of "-" (default "-") */
} cli_discovery;
/* Thread entry: walks every root, pushes cli_work items, closes out at the end. */
void *cli_discover_run(void *arg);
/* 1 when name ends in .docx/.docm (any case). */
int cli_is_docx_name(const char *name);

/* ---- SHA-256 (sha256.c) ---------------------------------------------------------------------- */
typedef struct cli_sha256 {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t nbuf;
} cli_sha256;
void cli_sha256_init(cli_sha256 *s);
void cli_sha256_update(cli_sha256 *s, const void *data, size_t len);
void cli_sha256_final(cli_sha256 *s, unsigned char out[32]);
/* Hash of a whole file as 64 hex digits + NUL. 0 or an errno. */
int cli_sha256_file(const char *path, char hex[65]);

/* ---- The result cache (cache.c) -------------------------------------------------------------- */
/* Maps a document's content hash to its report for one rule set and one set of report options;
 * thread-safe. A cache whose key (rule set, language, minimum severity) differs is discarded. */
typedef struct cli_cache cli_cache;
/* Loads path if it exists; *discarded tells that an existing cache was for other rules (or an
 * older format). Each entry is checked (checksum, fields, contract strings); damaged ones are
 * dropped, so their documents are scanned again. */
cli_cache *cli_cache_open(const char *path, const char *key, int *discarded);
/* Entries dropped as damaged when the cache was opened. */
size_t cli_cache_damaged(const cli_cache *c);
void cli_cache_free(cli_cache *c);
/* A new report for path rebuilt from the entry for sha (hex), or NULL on a miss. */
netral_report *cli_cache_get(cli_cache *c, const char *sha, const char *path);
/* Remember r (its sha256 field must be set) when its outcome depends only on the bytes. */
void cli_cache_put(cli_cache *c, const netral_report *r);
/* Atomic write; 0 or a netral status (message in *msg, static). */
int cli_cache_save(cli_cache *c, const char **msg);
size_t cli_cache_size(cli_cache *c);

/* ---- Progress and summary (progress.c) ------------------------------------------------------- */
typedef struct cli_stats {
    size_t done, from_cache, scanned, flagged, violation, review, clean, errors;
    size_t skipped[4]; /* non-DOCX memo files left out, by kind (NT_SKIP_*) */
    size_t total;      /* documents found (for an interrupted run) */
    int total_exact;
    size_t findings, rule_errors, annotated, annotate_failed;
    size_t by_code[32]; /* errors per netral_status (<32) */
    size_t by_sev[4];   /* findings per severity: info low medium high */
    size_t by_cat_n;    /* categories seen */
    char *cat_name[16];
    size_t cat_docs[16];
    double t0;
} cli_stats;
void cli_stats_add(cli_stats *s, const netral_report *r, int from_cache);
void cli_stats_free(cli_stats *s);
/* Redraws the progress line when at least 0.2 s passed (force: now). */
void cli_progress_draw(const cli_stats *s, size_t total, int total_final, int force);
void cli_progress_clear(void);
/* The summary on standard error; partial: where the incomplete report went (NULL: stdout). */
void cli_summary_print(const cli_stats *s, int interrupted, int cache_on, const char *partial);
/* The warning about skipped non-DOCX files (nothing when none were skipped). */
void cli_skipped_warn(const cli_stats *s);

#endif
