/* serve.h - `netral serve`'s internal interfaces: configuration, the engine pool and its jobs, the
 * HTTP front end on libmicrohttpd, multipart parsing, metrics, the embedded page, small utilities.
 * The server is a front end: it uses the public ABI of netral.h and, for buffers and JSON strings,
 * plugin/base/util.h (the one named shared utility layer), nothing else of the plugin. */
#ifndef NT_SERVE_H
#define NT_SERVE_H

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "netral.h"
#include "util.h" /* plugin/base: the shared utility layer front ends may use */

/* ---- Configuration (serve_main.c parses it) ------------------------------------------------- */
typedef struct serve_config {
    char host[64];      /* numeric address to listen on ("127.0.0.1", "::1", "0.0.0.0") */
    int port;           /* 0: any free port (the chosen one is logged and --port-file'd) */
    int jobs;           /* worker threads, one engine per language each; 0: run inline */
    const char **rules; /* extra rule folders, in order */
    size_t nrules;
    int en;                   /* default message language: 0 Indonesian, 1 English */
    const char *min_severity; /* NULL: the library default ("low"), as `netral scan` */
    uint64_t max_bytes;       /* largest request body (413 above) */
    double timeout;           /* per-request budget in seconds (receive, queue, scan, answer) */
    unsigned idle_timeout;    /* seconds a connection may stay silent */
    unsigned max_connections; /* concurrent connections accepted */
    char *token;              /* bearer token (malloc'd) or NULL: no authentication */
    int quiet;                /* 1: no line per request in the log; 2: nor libmicrohttpd's */
} serve_config;

/* ---- Utilities (serve_util.c; buffers and JSON strings come from plugin/base/util.h) --------- */
/* The buffer's storage, NUL-terminated; NULL (and the buffer freed) when a growth failed. */
char *serve_buf_take(nt_buf *b, size_t *len);
/* d[0..n) in base64 (RFC 4648, padded). */
void serve_base64(nt_buf *b, const void *d, size_t n);
double serve_now(void); /* monotonic seconds */
/* Messages: Indonesian unless the server runs with --lang en. */
void serve_set_en(int en);
int serve_en(void);
#define SL(id, en) (serve_en() ? (en) : (id))
/* One log line on stderr: "<UTC time> netral serve: <message>" (thread-safe, one write). */
void serve_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Constant-time equality of two strings (length leaks, content does not). */
int serve_secret_equal(const char *a, size_t alen, const char *b, size_t blen);

/* ---- Multipart (serve_multipart.c) ------------------------------------------------------------ */
typedef struct serve_part {
    const unsigned char *data; /* into the body, not copied */
    size_t len;
    char filename[256]; /* the part's filename parameter ("" when none), UTF-8 */
} serve_part;
enum {
    SERVE_MP_OK = 0,
    SERVE_MP_NO_BOUNDARY, /* Content-Type without a usable boundary */
    SERVE_MP_MALFORMED,   /* delimiters, part headers or the closing delimiter wrong */
    SERVE_MP_NO_FIELD     /* well formed, but no part with the field's name */
};
/* Finds the form field `field` in a multipart/form-data body; content_type is the request's
 * Content-Type value. Returns SERVE_MP_*. */
int serve_multipart_find(const char *content_type, const unsigned char *body, size_t len,
                         const char *field, serve_part *out);
/* 1 when content_type's media type is multipart/form-data (parameters ignored, any case). */
int serve_is_multipart(const char *content_type);
const char *serve_mp_error_name(int rc);

/* ---- Metrics (serve_metrics.c) ---------------------------------------------------------------- */
enum serve_endpoint {
    EP_PAGE = 0,
    EP_SCAN,
    EP_ANNOTATE,
    EP_RULES,
    EP_VERSION,
    EP_HEALTH,
    EP_METRICS,
    EP_OTHER,
    EP_COUNT
};
const char *serve_endpoint_path(int ep);
void serve_metrics_request(int ep, int status, double seconds);   /* status 0: connection closed */
void serve_metrics_document(const char *verdict, int doc_status); /* after a scan or annotation */
void serve_metrics_error(const char *code);                       /* an HTTP error answer's code */
void serve_metrics_cut(void);                                     /* a slow client cut off */
void serve_metrics_reload(int ok);
void serve_metrics_connections(int delta);
struct serve_pool;
/* Prometheus text exposition format 0.0.4. */
void serve_metrics_render(nt_buf *b, struct serve_pool *pool);

/* ---- The page (serve_page.c, from plugin/serve/review.html) ---------------------------------- */
extern const char serve_page_html[];
extern const size_t serve_page_html_len;

/* ---- Engine pool and jobs (serve_pool.c) ------------------------------------------------------ */
enum serve_job_kind { JOB_SCAN = 0, JOB_ANNOTATE };
enum { JOB_WANT_TEXT = 1, JOB_WANT_REPORT = 2 };
enum { JOB_QUEUED = 0, JOB_RUNNING, JOB_DONE, JOB_EXPIRED };

typedef struct serve_job serve_job;
struct serve_job {
    /* in */
    int kind;
    unsigned flags;
    int en;                    /* message language of this request */
    unsigned char *body;       /* owned: the request body */
    const unsigned char *data; /* the document: all of body, or a multipart field inside it */
    size_t len;
    char name[256];             /* the document's name in the report */
    double deadline;            /* serve_now() by which an answer is due */
    void (*wake)(serve_job *j); /* called once, from any thread, when DONE or EXPIRED */
    void *owner;                /* for wake: the HTTP request */
    /* out (valid once DONE) */
    int http_status;
    const char *ctype;
    char *out; /* response body, malloc'd */
    size_t out_len;
    char disposition[1024]; /* Content-Disposition of an annotated copy, or "" */
    char verdict[16];       /* violation review clean error; "" when no report */
    char error_code[32];    /* the document's error code when unreadable */
    size_t findings;
    size_t sev[4];        /* info low medium high */
    char categories[256]; /* "endorsement=2;inducement=1" */
    char ruleset[80];     /* rule set of the engine that answered */
    /* state */
    _Atomic int state;
    _Atomic int refs;
    serve_job *next;                  /* pool queue */
    serve_job *live_prev, *live_next; /* pool's list of unfinished jobs, for deadlines */
};
serve_job *serve_job_new(void);
void serve_job_release(serve_job *j); /* drops one reference; frees at zero */
/* serve_jobs.c: run the job with an engine of the calling thread, filling the "out" fields. */
void serve_job_run(serve_job *j, netral_engine *e);
/* The /v1/rules document of an engine (malloc'd JSON); *count gets the number of rules. */
char *serve_rules_json(const netral_engine *e, size_t *len, size_t *count);

typedef struct serve_pool serve_pool;
/* Starts cfg->jobs workers, each compiling the rules once in its own thread; returns NULL with
 * a message in err when the rules do not load. jobs == 0: one engine, jobs run in the caller.
 * cfg must outlive the pool (reloads read its folders again). */
serve_pool *serve_pool_new(const serve_config *cfg, char *err, size_t errlen);
/* Queue a job (takes a reference). Returns 0, or -1 when the pool is closing. Inline pools run the
 * job before returning (state DONE, wake not called). */
int serve_pool_submit(serve_pool *p, serve_job *j);
/* SIGHUP: reload the rule folders. On failure the old rules stay and msg says why. 0 on success. */
int serve_pool_reload(serve_pool *p, char *msg, size_t msglen);
/* Expire jobs whose deadline passed (their wake is called); returns how many. */
int serve_pool_expire(serve_pool *p, double now);
int serve_pool_workers(const serve_pool *p);
int serve_pool_busy(const serve_pool *p);
int serve_pool_queued(serve_pool *p);
/* A copy of the current rules snapshot: the /v1/rules JSON in a language, and the rule set id. */
char *serve_pool_rules_json(serve_pool *p, int en, size_t *len);
void serve_pool_ruleset(serve_pool *p, char *out, size_t outlen, size_t *nrules);
/* Stop the workers (queued jobs are expired first) and free everything. */
void serve_pool_free(serve_pool *p);

/* ---- The HTTP server (serve_http.c) ----------------------------------------------------------- */
typedef struct serve_server serve_server;
/* Listens and serves on an internal polling thread. external != 0 (the fuzz target): no listening
 * socket and no threads; the caller adds connections (serve_server_daemon) and runs MHD_run. */
serve_server *serve_server_new(const serve_config *cfg, serve_pool *pool, int external, char *err,
                               size_t errlen);
int serve_server_port(const serve_server *s);
void *serve_server_daemon(serve_server *s); /* struct MHD_Daemon * */
/* SIGTERM: stop accepting; requests already started are answered (new ones on open connections
 * get 503 with Connection: close). */
void serve_server_drain(serve_server *s);
int serve_server_inflight(const serve_server *s); /* requests started and not yet completed */
void serve_server_free(serve_server *s);

/* The `netral serve` command (serve_main.c). */
int serve_main(int argc, char **argv);

#endif
