/* serve_http.c - the HTTP front end on libmicrohttpd: routes and methods, bearer tokens, bodies
 * collected in memory under --max-bytes, multipart uploads, jobs handed to the pool while the
 * connection is suspended, answers with headers, slow clients cut off, logs and metrics. */
#include "serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <microhttpd.h>

#define HEADER_MEMORY (128u * 1024u) /* per connection: request line, headers, read buffer */

/* A client connection (one TCP stream, any number of requests): its deadline for the watchdog. */
typedef struct conn {
    struct conn *prev, *next;
    int fd;
    atomic_llong deadline_ms; /* 0: none (a worker has the request) */
    int cut;
} conn;

struct serve_server {
    const serve_config *cfg;
    serve_pool *pool;
    struct MHD_Daemon *d;
    int port, external;
    atomic_int inflight, draining, stop;
    atomic_ullong next_id;
    pthread_t ticker;
    int ticker_started;
    pthread_mutex_t conn_mu;
    conn *conns;
};

enum { PH_DEFER = 1, PH_BODY, PH_WAIT, PH_ANSWERED };

typedef struct req {
    serve_server *s;
    struct MHD_Connection *mc;
    conn *c;
    unsigned long long id;
    int ep, phase, en, kind;
    unsigned flags;
    char method[12];
    double t0;
    const char *ctype; /* the request's Content-Type (MHD's storage) */
    unsigned char *body;
    size_t len, cap;
    uint64_t declared; /* Content-Length, when given */
    char name[256];
    serve_job *job;
    int reject;    /* the pool refused the job (closing) */
    int status;    /* answered HTTP status */
    char code[32]; /* error code answered, "" when none */
} req;

static const char JSON_TYPE[] = "application/json; charset=utf-8";

static long long now_ms(void) { return (long long)(serve_now() * 1000.0); }

static const char *msg(int en, const char *id, const char *english) { return en ? english : id; }

/* ---- Answers ---------------------------------------------------------------------------------- */

static void common_headers(req *r, struct MHD_Response *resp) {
    char id[32];
    snprintf(id, sizeof id, "%llu", r->id);
    MHD_add_response_header(resp, "X-Request-Id", id);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    if (atomic_load(&r->s->draining))
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
}

/* Queue resp with status; takes resp. After this the request only waits to be completed. */
static enum MHD_Result send_response(req *r, int status, struct MHD_Response *resp) {
    if (!resp) return MHD_NO;
    common_headers(r, resp);
    enum MHD_Result ok = MHD_queue_response(r->mc, (unsigned)status, resp);
    MHD_destroy_response(resp);
    r->status = status;
    r->phase = PH_ANSWERED;
    if (r->c) atomic_store(&r->c->deadline_ms, now_ms() + (long long)(r->s->cfg->timeout * 1000.0));
    return ok;
}

static enum MHD_Result send_owned(req *r, int status, const char *ctype, char *data, size_t len) {
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback(len, data, free);
    if (!resp) {
        free(data);
        return MHD_NO;
    }
    if (ctype) MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    return send_response(r, status, resp);
}

/* {"error":{"code":..., "message":...}} with the status; extra header (name, value) optional. */
static enum MHD_Result send_error(req *r, int status, const char *code, const char *message,
                                  const char *hname, const char *hvalue) {
    nt_buf b = {0};
    nt_buf_puts(&b, "{\"error\":{\"code\":");
    nt_json_cstr(&b, code);
    nt_buf_puts(&b, ",\"message\":");
    nt_json_cstr(&b, message);
    nt_buf_puts(&b, "}}\n");
    snprintf(r->code, sizeof r->code, "%s", code);
    serve_metrics_error(code);
    size_t n = 0;
    char *s = serve_buf_take(&b, &n);
    if (!s) return MHD_NO;
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback(n, s, free);
    if (!resp) {
        free(s);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, JSON_TYPE);
    if (hname) MHD_add_response_header(resp, hname, hvalue);
    return send_response(r, status, resp);
}

/* ---- Routes ----------------------------------------------------------------------------------- */

static int route(const char *url) {
    static const struct {
        const char *path;
        int ep;
    } R[] = {{"/", EP_PAGE},          {"/index.html", EP_PAGE},
             {"/v1/scan", EP_SCAN},   {"/v1/annotate", EP_ANNOTATE},
             {"/v1/rules", EP_RULES}, {"/v1/version", EP_VERSION},
             {"/healthz", EP_HEALTH}, {"/metrics", EP_METRICS}};
    for (size_t i = 0; i < sizeof R / sizeof R[0]; i++)
        if (!strcmp(url, R[i].path)) return R[i].ep;
    return EP_OTHER;
}

static int is_post_endpoint(int ep) { return ep == EP_SCAN || ep == EP_ANNOTATE; }

/* "1"/"true"/"yes" -> 1, "0"/"false"/"no"/absent -> 0, anything else -1. */
static int bool_arg(struct MHD_Connection *mc, const char *key) {
    const char *v = MHD_lookup_connection_value(mc, MHD_GET_ARGUMENT_KIND, key);
    if (!v) return 0;
    if (!strcmp(v, "1") || !strcasecmp(v, "true") || !strcasecmp(v, "yes") || !*v) return 1;
    if (!strcmp(v, "0") || !strcasecmp(v, "false") || !strcasecmp(v, "no")) return 0;
    return -1;
}

/* A document name for reports: the last path component of what the client said, printable
 * UTF-8, at most 200 bytes; never used to open anything. */
static void clean_name(const char *in, char *out, size_t outlen) {
    const char *base = in ? in : "";
    for (const char *p = base; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)base; *p && o + 1 < outlen && o < 200; p++)
        if (*p >= 0x20 && *p != 0x7F) out[o++] = (char)*p;
    out[o] = 0;
    while (o && ((unsigned char)out[o - 1] & 0x80) && !nt_utf8_valid(out, o)) out[--o] = 0;
    if (!nt_utf8_valid(out, o) || !strcmp(out, ".") || !strcmp(out, "..")) o = 0;
    if (!o) snprintf(out, outlen, "%s", "upload.docx");
}

static int authorized(req *r) {
    const char *tok = r->s->cfg->token;
    if (!tok || r->ep == EP_PAGE || r->ep == EP_HEALTH) return 1;
    const char *h =
        MHD_lookup_connection_value(r->mc, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!h || strncasecmp(h, "Bearer ", 7)) return 0;
    h += 7;
    while (*h == ' ') h++;
    size_t n = strlen(h);
    while (n && (h[n - 1] == ' ' || h[n - 1] == '\t')) n--;
    return serve_secret_equal(h, n, tok, strlen(tok));
}

static enum MHD_Result answer_get(req *r) {
    serve_server *s = r->s;
    nt_buf b = {0};
    switch (r->ep) {
    case EP_PAGE: {
        struct MHD_Response *resp = MHD_create_response_from_buffer(
            serve_page_html_len, (void *)serve_page_html, MHD_RESPMEM_PERSISTENT);
        if (!resp) return MHD_NO;
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/html; charset=utf-8");
        MHD_add_response_header(
            resp, "Content-Security-Policy",
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; img-src data:; form-action 'none'; "
            "frame-ancestors 'none'; base-uri 'none'");
        MHD_add_response_header(resp, "X-Frame-Options", "DENY");
        return send_response(r, 200, resp);
    }
    case EP_RULES: {
        size_t n = 0;
        char *js = serve_pool_rules_json(s->pool, r->en, &n);
        if (!js) return send_error(r, 500, "internal", "out of memory", NULL, NULL);
        return send_owned(r, 200, JSON_TYPE, js, n);
    }
    case EP_VERSION: {
        char rs[80];
        size_t nrules = 0;
        serve_pool_ruleset(s->pool, rs, sizeof rs, &nrules);
        nt_buf_puts(&b, "{\"netral\":");
        nt_json_cstr(&b, netral_version());
        nt_buf_puts(&b, ",\"api\":\"v1\",\"ruleset\":");
        nt_json_cstr(&b, rs);
        nt_buf_printf(&b,
                      ",\"rules\":%zu,\"lang\":\"%s\",\"workers\":%d,\"max_bytes\":%llu,"
                      "\"timeout\":%g,\"auth\":%s,\"libmicrohttpd\":",
                      nrules, s->cfg->en ? "en" : "id", serve_pool_workers(s->pool),
                      (unsigned long long)s->cfg->max_bytes, s->cfg->timeout,
                      s->cfg->token ? "true" : "false");
        nt_json_cstr(&b, MHD_get_version());
        nt_buf_puts(&b, "}\n");
        break;
    }
    case EP_HEALTH:
        if (atomic_load(&s->draining)) {
            nt_buf_free(&b);
            return send_error(r, 503, "shutting-down",
                              msg(r->en, "server sedang berhenti", "the server is shutting down"),
                              NULL, NULL);
        }
        nt_buf_puts(&b, "{\"status\":\"ok\"}\n");
        break;
    case EP_METRICS: {
        serve_metrics_render(&b, s->pool);
        size_t n = 0;
        char *t = serve_buf_take(&b, &n);
        if (!t) return send_error(r, 500, "internal", "out of memory", NULL, NULL);
        return send_owned(r, 200, "text/plain; version=0.0.4; charset=utf-8", t, n);
    }
    default: break;
    }
    size_t n = 0;
    char *js = serve_buf_take(&b, &n);
    if (!js) return send_error(r, 500, "internal", "out of memory", NULL, NULL);
    return send_owned(r, 200, JSON_TYPE, js, n);
}

/* ---- Jobs ------------------------------------------------------------------------------------- */

/* Called by a worker (or the watchdog) once the job is DONE or EXPIRED: the connection runs again
 * and on_request answers. The request cannot go away meanwhile: its connection is suspended. */
static void on_wake(serve_job *j) {
    req *r = j->owner;
    MHD_resume_connection(r->mc);
}

static void add_counts(struct MHD_Response *resp, const serve_job *j) {
    char v[64];
    if (j->verdict[0]) MHD_add_response_header(resp, "X-Netral-Verdict", j->verdict);
    snprintf(v, sizeof v, "%zu", j->findings);
    MHD_add_response_header(resp, "X-Netral-Findings", v);
    snprintf(v, sizeof v, "high=%zu;medium=%zu;low=%zu;info=%zu", j->sev[3], j->sev[2], j->sev[1],
             j->sev[0]);
    MHD_add_response_header(resp, "X-Netral-Severities", v);
    if (j->categories[0]) MHD_add_response_header(resp, "X-Netral-Categories", j->categories);
    if (j->error_code[0]) MHD_add_response_header(resp, "X-Netral-Error", j->error_code);
    if (j->ruleset[0]) MHD_add_response_header(resp, "X-Netral-Ruleset", j->ruleset);
}

static enum MHD_Result answer_job(req *r) {
    serve_job *j = r->job;
    if (r->reject || !j)
        return send_error(r, 503, "shutting-down",
                          msg(r->en, "server sedang berhenti", "the server is shutting down"),
                          "Retry-After", "5");
    int st = atomic_load(&j->state);
    if (st == JOB_EXPIRED)
        return send_error(r, 503, "time-budget",
                          msg(r->en, "batas waktu permintaan terlampaui (--timeout)",
                              "the request's time budget (--timeout) ran out"),
                          "Retry-After", "5");
    if (st != JOB_DONE) return MHD_NO; /* cannot happen: we are woken only in those two states */
    char *out = j->out;
    j->out = NULL;
    struct MHD_Response *resp =
        MHD_create_response_from_buffer_with_free_callback(j->out_len, out, free);
    if (!resp) {
        free(out);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, j->ctype ? j->ctype : JSON_TYPE);
    if (j->disposition[0])
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_DISPOSITION, j->disposition);
    add_counts(resp, j);
    if (j->http_status >= 400 && j->error_code[0])
        snprintf(r->code, sizeof r->code, "%s", j->error_code);
    return send_response(r, j->http_status, resp);
}

static enum MHD_Result body_complete(req *r) {
    serve_server *s = r->s;
    const unsigned char *data = r->body;
    size_t len = r->len;
    char fname[256] = "";
    if (!len)
        return send_error(r, 400, "empty-body",
                          msg(r->en, "badan permintaan kosong: kirim isi berkas DOCX",
                              "the request body is empty: send the DOCX file's bytes"),
                          NULL, NULL);
    if (r->ctype && serve_is_multipart(r->ctype)) {
        serve_part part;
        int rc = serve_multipart_find(r->ctype, r->body, r->len, "file", &part);
        if (rc == SERVE_MP_NO_FIELD)
            return send_error(r, 400, "no-file-field",
                              msg(r->en, "formulir multipart tanpa kolom 'file'",
                                  "multipart form without a 'file' field"),
                              NULL, NULL);
        if (rc != SERVE_MP_OK)
            return send_error(r, 400, "bad-multipart",
                              rc == SERVE_MP_NO_BOUNDARY
                                  ? msg(r->en, "Content-Type multipart tanpa boundary yang sah",
                                        "multipart Content-Type without a valid boundary")
                                  : msg(r->en, "formulir multipart rusak atau terpotong",
                                        "malformed or truncated multipart form"),
                              NULL, NULL);
        if (!part.len)
            return send_error(r, 400, "empty-body",
                              msg(r->en, "kolom 'file' kosong", "the 'file' field is empty"), NULL,
                              NULL);
        data = part.data;
        len = part.len;
        snprintf(fname, sizeof fname, "%s", part.filename);
    }
    const char *qname = MHD_lookup_connection_value(r->mc, MHD_GET_ARGUMENT_KIND, "name");
    clean_name(qname ? qname : fname, r->name, sizeof r->name);

    serve_job *j = serve_job_new();
    if (!j) return send_error(r, 500, "internal", "out of memory", NULL, NULL);
    j->kind = r->kind;
    j->flags = r->flags;
    j->en = r->en;
    j->body = r->body; /* the job owns the bytes now: a worker may outlive this request */
    j->data = data;
    j->len = len;
    r->body = NULL;
    snprintf(j->name, sizeof j->name, "%s", r->name);
    j->deadline = r->t0 + s->cfg->timeout;
    j->wake = on_wake;
    j->owner = r;
    r->job = j;
    if (r->c) atomic_store(&r->c->deadline_ms, 0); /* the job's deadline governs from here */
    /* Suspend first: a fast worker may finish (and resume us) before submit even returns. An
     * inline pool (the fuzz target) has finished the job when submit returns: resume at once, so
     * the answer takes the same path as a worker's. */
    r->phase = PH_WAIT;
    MHD_suspend_connection(r->mc);
    if (serve_pool_submit(s->pool, j) != 0) {
        r->reject = 1;
        MHD_resume_connection(r->mc);
    } else if (s->external)
        MHD_resume_connection(r->mc);
    return MHD_YES;
}

/* ---- The access handler ----------------------------------------------------------------------- */

static enum MHD_Result first_call(req *r, const char *url, const char *method) {
    serve_server *s = r->s;
    r->ep = route(url);
    int lang = -1;
    const char *l = MHD_lookup_connection_value(r->mc, MHD_GET_ARGUMENT_KIND, "lang");
    r->en = s->cfg->en;
    if (l && !strcmp(l, "en"))
        r->en = 1;
    else if (l && !strcmp(l, "id"))
        r->en = 0;
    else if (l)
        lang = -2;
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    int post = !strcmp(method, "POST");
    if (atomic_load(&s->draining))
        return send_error(r, 503, "shutting-down",
                          msg(r->en, "server sedang berhenti", "the server is shutting down"),
                          "Retry-After", "5");
    if (r->ep == EP_OTHER)
        return send_error(r, 404, "no-such-endpoint",
                          msg(r->en, "alamat tidak dikenal (lihat docs/serve.md)",
                              "no such endpoint (see docs/serve.md)"),
                          NULL, NULL);
    int want_post = is_post_endpoint(r->ep);
    if ((want_post && !post) || (!want_post && !get))
        return send_error(
            r, 405, "method-not-allowed",
            msg(r->en, "metode tidak diizinkan untuk alamat ini", "method not allowed here"),
            MHD_HTTP_HEADER_ALLOW, want_post ? "POST" : "GET, HEAD");
    if (!authorized(r))
        return send_error(r, 401, "unauthorized",
                          msg(r->en, "token tidak ada atau salah (Authorization: Bearer ...)",
                              "missing or wrong token (Authorization: Bearer ...)"),
                          MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer realm=\"netral\"");
    if (lang == -2)
        return send_error(r, 400, "bad-parameter",
                          msg(r->en, "lang harus id atau en", "lang must be id or en"), NULL, NULL);
    if (!want_post) return answer_get(r);

    r->kind = r->ep == EP_ANNOTATE ? JOB_ANNOTATE : JOB_SCAN;
    const char *flag = r->kind == JOB_SCAN ? "text" : "report";
    int v = bool_arg(r->mc, flag);
    if (v < 0)
        return send_error(
            r, 400, "bad-parameter",
            msg(r->en, "nilai parameter harus 1 atau 0", "parameter values must be 1 or 0"), NULL,
            NULL);
    if (v) r->flags |= r->kind == JOB_SCAN ? JOB_WANT_TEXT : JOB_WANT_REPORT;
    r->ctype = MHD_lookup_connection_value(r->mc, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    const char *cl =
        MHD_lookup_connection_value(r->mc, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl) {
        char *end = NULL;
        errno = 0;
        unsigned long long n = strtoull(cl, &end, 10);
        if (errno || end == cl || *end || cl[0] == '-' || cl[0] == '+')
            return send_error(
                r, 400, "bad-parameter",
                msg(r->en, "Content-Length bukan angka", "Content-Length is not a number"), NULL,
                NULL);
        r->declared = n;
        if (n > s->cfg->max_bytes) {
            char m[160];
            snprintf(m, sizeof m,
                     msg(r->en, "berkas lebih besar dari batas %llu bait (--max-bytes)",
                         "the upload is larger than the %llu byte limit (--max-bytes)"),
                     (unsigned long long)s->cfg->max_bytes);
            return send_error(r, 413, "body-too-large", m, NULL, NULL); /* not read: MHD closes */
        }
        if (n) {
            r->body = malloc((size_t)n);
            if (!r->body) return send_error(r, 500, "internal", "out of memory", NULL, NULL);
            r->cap = (size_t)n;
        }
    }
    r->phase = PH_BODY;
    return MHD_YES;
}

static enum MHD_Result on_upload(req *r, const char *data, size_t n) {
    serve_server *s = r->s;
    if (serve_now() > r->t0 + s->cfg->timeout) {
        serve_metrics_cut();
        snprintf(r->code, sizeof r->code, "%s", "slow-upload");
        return MHD_NO; /* a trickling upload: close the connection */
    }
    if (n > s->cfg->max_bytes - r->len) {
        /* Only a chunked upload without Content-Length gets here (MHD holds a declared length
         * to its word). libmicrohttpd cannot queue an answer mid-upload (tried: suspending first does
         * not help), so the connection is closed without reading the rest. */
        snprintf(r->code, sizeof r->code, "%s", "body-too-large");
        serve_metrics_error("body-too-large");
        return MHD_NO;
    }
    if (r->len + n > r->cap) {
        size_t nc = r->cap ? r->cap : 64 * 1024;
        while (nc < r->len + n) nc *= 2;
        if (nc > s->cfg->max_bytes) nc = (size_t)s->cfg->max_bytes;
        unsigned char *nb = realloc(r->body, nc);
        if (!nb) return MHD_NO;
        r->body = nb;
        r->cap = nc;
    }
    memcpy(r->body + r->len, data, n);
    r->len += n;
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *mc, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls) {
    (void)version;
    serve_server *s = cls;
    req *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r) return MHD_NO;
        *con_cls = r;
        r->s = s;
        r->mc = mc;
        r->id = atomic_fetch_add(&s->next_id, 1) + 1;
        r->t0 = serve_now();
        snprintf(r->method, sizeof r->method, "%s", method);
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(mc, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        r->c = ci ? ci->socket_context : NULL;
        atomic_fetch_add(&s->inflight, 1);
        /* libmicrohttpd closes the connection after an answer queued before the request was
         * received whole (it cannot know the body was not wanted). A request without a body is
         * therefore answered on the next call, which comes once it is complete: keep-alive holds.
         * One with a body is judged now, so a refused upload is never read. */
        const char *cl =
            MHD_lookup_connection_value(mc, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        const char *te =
            MHD_lookup_connection_value(mc, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING);
        if (!te && (!cl || !strcmp(cl, "0"))) {
            r->phase = PH_DEFER;
            return MHD_YES;
        }
        return first_call(r, url ? url : "", method ? method : "");
    }
    if (r->phase == PH_DEFER) {
        enum MHD_Result ok = first_call(r, url ? url : "", method ? method : "");
        return r->phase == PH_BODY ? body_complete(r) : ok;
    }
    if (r->phase == PH_BODY) {
        if (upload && *upload_size) {
            enum MHD_Result ok = on_upload(r, upload, *upload_size);
            *upload_size = 0;
            return ok;
        }
        return body_complete(r);
    }
    if (r->phase == PH_WAIT) return answer_job(r);
    return MHD_YES;
}

/* ---- Completion, connections, the watchdog ------------------------------------------------------ */

static void on_completed(void *cls, struct MHD_Connection *mc, void **con_cls,
                         enum MHD_RequestTerminationCode toe) {
    (void)mc;
    serve_server *s = cls;
    req *r = *con_cls;
    if (!r) return;
    *con_cls = NULL;
    double secs = serve_now() - r->t0;
    int ok = toe == MHD_REQUEST_TERMINATED_COMPLETED_OK && r->status;
    serve_metrics_request(r->ep, ok ? r->status : 0, secs);
    if (!s->cfg->quiet) {
        const serve_job *j = r->job;
        char extra[200] = "";
        if (j && (r->status == 200 || r->status == 422)) {
            if (j->verdict[0])
                snprintf(extra, sizeof extra, " verdict=%s findings=%zu%s%s", j->verdict,
                         j->findings, j->error_code[0] ? " code=" : "", j->error_code);
        } else if (r->code[0])
            snprintf(extra, sizeof extra, " code=%s", r->code);
        static const char *const why[] = {"ok",       "error",      "timeout",
                                          "shutdown", "read-error", "client-abort"};
        size_t bytes = j ? j->len : r->len;
        if (ok)
            serve_log("req=%llu %s %s -> %d in=%zuB %.1fms%s", r->id, r->method,
                      serve_endpoint_path(r->ep), r->status, bytes, secs * 1000.0, extra);
        else
            serve_log("req=%llu %s %s -> %s (%s) in=%zuB %.1fms%s", r->id, r->method,
                      serve_endpoint_path(r->ep), SL("ditutup", "closed"),
                      (unsigned)toe < 6 ? why[toe] : "?", bytes, secs * 1000.0, extra);
    }
    if (r->c) atomic_store(&r->c->deadline_ms, now_ms() + (long long)(s->cfg->timeout * 1000.0));
    serve_job_release(r->job);
    free(r->body);
    free(r);
    atomic_fetch_sub(&s->inflight, 1);
}

static void on_connection(void *cls, struct MHD_Connection *mc, void **socket_context,
                          enum MHD_ConnectionNotificationCode code) {
    serve_server *s = cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        conn *c = calloc(1, sizeof *c);
        if (!c) return;
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CONNECTION_FD);
        c->fd = ci ? ci->connect_fd : -1;
        atomic_init(&c->deadline_ms, now_ms() + (long long)(s->cfg->timeout * 1000.0));
        pthread_mutex_lock(&s->conn_mu);
        c->next = s->conns;
        if (s->conns) s->conns->prev = c;
        s->conns = c;
        pthread_mutex_unlock(&s->conn_mu);
        *socket_context = c;
        serve_metrics_connections(1);
    } else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        conn *c = *socket_context;
        if (!c) return;
        /* Unlinked under the lock the watchdog holds while it cuts: never a stale descriptor. */
        pthread_mutex_lock(&s->conn_mu);
        if (c->prev)
            c->prev->next = c->next;
        else
            s->conns = c->next;
        if (c->next) c->next->prev = c->prev;
        pthread_mutex_unlock(&s->conn_mu);
        free(c);
        *socket_context = NULL;
        serve_metrics_connections(-1);
    }
}

static void *ticker_main(void *arg) {
    serve_server *s = arg;
    while (!atomic_load(&s->stop)) {
        struct timespec ts = {0, 100 * 1000 * 1000};
        nanosleep(&ts, NULL);
        serve_pool_expire(s->pool, serve_now());
        long long now = now_ms();
        pthread_mutex_lock(&s->conn_mu);
        for (conn *c = s->conns; c; c = c->next) {
            long long dl = atomic_load(&c->deadline_ms);
            if (dl && now > dl && !c->cut && c->fd >= 0) {
                /* The request (or the answer's delivery) did not finish within --timeout: a slow or
                 * stalled client. Shutting the socket down makes MHD close the connection. */
                shutdown(c->fd, SHUT_RDWR);
                c->cut = 1;
                serve_metrics_cut();
            }
        }
        pthread_mutex_unlock(&s->conn_mu);
    }
    return NULL;
}

static void mhd_log(void *cls, const char *fmt, va_list ap) {
    (void)cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    serve_log("libmicrohttpd: %s", line);
}

/* ---- Life cycle -------------------------------------------------------------------------------- */

serve_server *serve_server_new(const serve_config *cfg, serve_pool *pool, int external, char *err,
                               size_t errlen) {
    serve_server *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "%s", SL("memori tidak cukup", "out of memory"));
        return NULL;
    }
    s->cfg = cfg;
    s->pool = pool;
    s->external = external;
    pthread_mutex_init(&s->conn_mu, NULL);
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    unsigned flags = MHD_USE_ITC | (cfg->quiet < 2 ? MHD_USE_ERROR_LOG : 0);
    flags |= MHD_ALLOW_SUSPEND_RESUME;
    if (external)
        flags |= MHD_USE_NO_LISTEN_SOCKET;
    else
        flags |= MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, cfg->host, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)cfg->port);
    } else if (inet_pton(AF_INET6, cfg->host, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)cfg->port);
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, errlen, SL("alamat tidak sah: %s", "invalid address: %s"), cfg->host);
        serve_server_free(s);
        return NULL;
    }
    struct MHD_OptionItem opts[] = {
        {MHD_OPTION_CONNECTION_LIMIT, (intptr_t)cfg->max_connections, NULL},
        {MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)cfg->idle_timeout, NULL},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, (intptr_t)HEADER_MEMORY, NULL},
        {MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)on_completed, s},
        {MHD_OPTION_NOTIFY_CONNECTION, (intptr_t)on_connection, s},
        {MHD_OPTION_LISTEN_BACKLOG_SIZE, 128, NULL},
        {MHD_OPTION_SOCK_ADDR, 0, &ss},
        {MHD_OPTION_END, 0, NULL}};
    if (external)
        opts[5].option = MHD_OPTION_END; /* no socket of our own: no backlog, no address */
    /* The logger comes first, or MHD prints what it says about the options itself. */
    s->d = MHD_start_daemon(flags, (uint16_t)cfg->port, NULL, NULL, on_request, s,
                            MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, MHD_OPTION_ARRAY, opts,
                            MHD_OPTION_END);
    if (!s->d) {
        int e = errno;
        snprintf(err, errlen,
                 SL("tidak dapat mendengarkan di %s:%d: %s", "cannot listen on %s:%d: %s"),
                 cfg->host, cfg->port, e ? strerror(e) : "libmicrohttpd");
        serve_server_free(s);
        return NULL;
    }
    if (!external) {
        const union MHD_DaemonInfo *di = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
        s->port = di ? di->port : cfg->port;
        int rc = pthread_create(&s->ticker, NULL, ticker_main, s);
        if (rc) {
            snprintf(err, errlen, "pthread_create: %s", strerror(rc));
            serve_server_free(s);
            return NULL;
        }
        s->ticker_started = 1;
    }
    return s;
}

int serve_server_port(const serve_server *s) { return s->port; }
void *serve_server_daemon(serve_server *s) { return s->d; }
int serve_server_inflight(const serve_server *s) {
    return atomic_load(&((serve_server *)s)->inflight);
}

void serve_server_drain(serve_server *s) {
    if (atomic_exchange(&s->draining, 1)) return;
    if (s->d && !s->external) {
        MHD_socket fd = MHD_quiesce_daemon(s->d); /* no new connections; the socket is ours now */
        if (fd != MHD_INVALID_SOCKET) close(fd);
    }
}

void serve_server_free(serve_server *s) {
    if (!s) return;
    atomic_store(&s->stop, 1);
    if (s->ticker_started) pthread_join(s->ticker, NULL);
    if (s->d) MHD_stop_daemon(s->d);
    pthread_mutex_lock(&s->conn_mu);
    while (s->conns) { /* normally none: MHD reported every connection closed */
        conn *c = s->conns;
        s->conns = c->next;
        free(c);
    }
    pthread_mutex_unlock(&s->conn_mu);
    pthread_mutex_destroy(&s->conn_mu);
    free(s);
}
