/* serve_metrics.c - the server's counters (lock-free atomics) and their Prometheus text rendering:
 * requests by endpoint and status, documents by verdict, errors by code, a latency histogram per
 * endpoint, engines busy, connections, slow clients cut off and rule reloads. */
#include "serve.h"

#include <string.h>

static const char *const EP_PATH[EP_COUNT] = {
    "/", "/v1/scan", "/v1/annotate", "/v1/rules", "/v1/version", "/healthz", "/metrics", "other"};

const char *serve_endpoint_path(int ep) { return ep >= 0 && ep < EP_COUNT ? EP_PATH[ep] : "other"; }

/* Status codes the server answers with; anything else lands in "other". 0: closed, no answer. */
static const int STATUS[] = {0, 200, 400, 401, 404, 405, 408, 413, 415, 422, 431, 500, 503};
#define NSTATUS (sizeof STATUS / sizeof STATUS[0])

static const double BUCKETS[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                 0.25,  0.5,    1,     2.5,  5,     10,   30};
#define NBUCKETS (sizeof BUCKETS / sizeof BUCKETS[0])

static const char *const VERDICTS[] = {"violation", "review", "clean", "error"};
#define NVERDICTS 4

/* Error codes: the contract's document codes, then the server's own answers. */
static const char *const CODES[] = {"not-found",          "io-error",
                                    "not-a-zip",          "not-a-docx",
                                    "encrypted",          "legacy-doc",
                                    "too-large",          "malformed-xml",
                                    "limit-exceeded",     "no-such-endpoint",
                                    "method-not-allowed", "unauthorized",
                                    "body-too-large",     "empty-body",
                                    "bad-multipart",      "no-file-field",
                                    "bad-parameter",      "unsupported-media-type",
                                    "time-budget",        "shutting-down",
                                    "internal",           "other"};
#define NCODES (sizeof CODES / sizeof CODES[0])

static struct {
    atomic_ullong requests[EP_COUNT][NSTATUS + 1];
    atomic_ullong hist[EP_COUNT][NBUCKETS + 1]; /* per bucket (not cumulative); last: +Inf */
    atomic_ullong hist_sum_us[EP_COUNT];
    atomic_ullong docs[NVERDICTS];
    atomic_ullong errors[NCODES];
    atomic_ullong cut, reload_ok, reload_failed;
    atomic_llong connections;
} M;

void serve_metrics_request(int ep, int status, double seconds) {
    if (ep < 0 || ep >= EP_COUNT) ep = EP_OTHER;
    size_t s = NSTATUS;
    for (size_t i = 0; i < NSTATUS; i++)
        if (STATUS[i] == status) s = i;
    atomic_fetch_add(&M.requests[ep][s], 1);
    size_t b = NBUCKETS;
    for (size_t i = 0; i < NBUCKETS; i++)
        if (seconds <= BUCKETS[i]) {
            b = i;
            break;
        }
    atomic_fetch_add(&M.hist[ep][b], 1);
    if (seconds < 0) seconds = 0;
    atomic_fetch_add(&M.hist_sum_us[ep], (unsigned long long)(seconds * 1e6));
}

void serve_metrics_document(const char *verdict, int doc_status) {
    for (size_t i = 0; i < NVERDICTS; i++)
        if (verdict && !strcmp(verdict, VERDICTS[i])) atomic_fetch_add(&M.docs[i], 1);
    if (doc_status != NETRAL_OK) serve_metrics_error(netral_status_name(doc_status));
}

void serve_metrics_error(const char *code) {
    size_t k = NCODES - 1;
    for (size_t i = 0; code && i < NCODES; i++)
        if (!strcmp(code, CODES[i])) {
            k = i;
            break;
        }
    atomic_fetch_add(&M.errors[k], 1);
}

void serve_metrics_cut(void) { atomic_fetch_add(&M.cut, 1); }
void serve_metrics_reload(int ok) { atomic_fetch_add(ok ? &M.reload_ok : &M.reload_failed, 1); }
void serve_metrics_connections(int delta) { atomic_fetch_add(&M.connections, delta); }

static void head(nt_buf *b, const char *name, const char *type, const char *help) {
    nt_buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

void serve_metrics_render(nt_buf *b, serve_pool *pool) {
    head(
        b, "netral_http_requests_total", "counter",
        "HTTP requests by endpoint and status (status 0: the connection closed before an answer).");
    for (int e = 0; e < EP_COUNT; e++)
        for (size_t s = 0; s <= NSTATUS; s++) {
            unsigned long long v = atomic_load(&M.requests[e][s]);
            if (!v) continue;
            if (s < NSTATUS)
                nt_buf_printf(b, "netral_http_requests_total{endpoint=\"%s\",status=\"%d\"} %llu\n",
                              EP_PATH[e], STATUS[s], v);
            else
                nt_buf_printf(b,
                              "netral_http_requests_total{endpoint=\"%s\",status=\"other\"} %llu\n",
                              EP_PATH[e], v);
        }
    head(b, "netral_http_request_duration_seconds", "histogram",
         "Time from a request's headers to its completion, by endpoint.");
    for (int e = 0; e < EP_COUNT; e++) {
        unsigned long long cum = 0;
        for (size_t i = 0; i <= NBUCKETS; i++) cum += atomic_load(&M.hist[e][i]);
        if (!cum) continue;
        unsigned long long total = cum;
        cum = 0;
        for (size_t i = 0; i < NBUCKETS; i++) {
            cum += atomic_load(&M.hist[e][i]);
            nt_buf_printf(
                b, "netral_http_request_duration_seconds_bucket{endpoint=\"%s\",le=\"%g\"} %llu\n",
                EP_PATH[e], BUCKETS[i], cum);
        }
        nt_buf_printf(
            b, "netral_http_request_duration_seconds_bucket{endpoint=\"%s\",le=\"+Inf\"} %llu\n",
            EP_PATH[e], total);
        nt_buf_printf(b, "netral_http_request_duration_seconds_sum{endpoint=\"%s\"} %.6f\n",
                      EP_PATH[e], (double)atomic_load(&M.hist_sum_us[e]) / 1e6);
        nt_buf_printf(b, "netral_http_request_duration_seconds_count{endpoint=\"%s\"} %llu\n",
                      EP_PATH[e], total);
    }
    head(b, "netral_documents_total", "counter", "Documents scanned or annotated, by verdict.");
    for (size_t i = 0; i < NVERDICTS; i++)
        nt_buf_printf(b, "netral_documents_total{verdict=\"%s\"} %llu\n", VERDICTS[i],
                      atomic_load(&M.docs[i]));
    head(b, "netral_errors_total", "counter",
         "Errors by code: unreadable documents (the contract's error.code) and refused requests.");
    for (size_t i = 0; i < NCODES; i++) {
        unsigned long long v = atomic_load(&M.errors[i]);
        if (v || i < 9) nt_buf_printf(b, "netral_errors_total{code=\"%s\"} %llu\n", CODES[i], v);
    }
    head(b, "netral_engines", "gauge", "Engines (worker threads) of the default language.");
    nt_buf_printf(b, "netral_engines %d\n", serve_pool_workers(pool));
    head(b, "netral_engines_busy", "gauge", "Workers scanning or annotating right now.");
    nt_buf_printf(b, "netral_engines_busy %d\n", serve_pool_busy(pool));
    head(b, "netral_queue_length", "gauge", "Documents waiting for a worker.");
    nt_buf_printf(b, "netral_queue_length %d\n", serve_pool_queued(pool));
    head(b, "netral_connections_open", "gauge", "Open client connections.");
    nt_buf_printf(b, "netral_connections_open %lld\n", atomic_load(&M.connections));
    head(b, "netral_slow_clients_cut_total", "counter",
         "Connections closed because a request did not arrive within --timeout.");
    nt_buf_printf(b, "netral_slow_clients_cut_total %llu\n", atomic_load(&M.cut));
    head(b, "netral_rule_reloads_total", "counter", "SIGHUP rule reloads by result.");
    nt_buf_printf(b, "netral_rule_reloads_total{result=\"ok\"} %llu\n", atomic_load(&M.reload_ok));
    nt_buf_printf(b, "netral_rule_reloads_total{result=\"failed\"} %llu\n",
                  atomic_load(&M.reload_failed));
    char rs[80];
    size_t nrules = 0;
    serve_pool_ruleset(pool, rs, sizeof rs, &nrules);
    head(b, "netral_ruleset_info", "gauge",
         "The loaded rule set (its id as a label) and its rule count.");
    nt_buf_printf(b, "netral_ruleset_info{ruleset=\"%s\",version=\"%s\"} %zu\n", rs,
                  netral_version(), nrules);
}
