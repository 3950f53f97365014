/* serve_jobs.c - what a worker does with its engine for one request: scan (the JSON Lines
 * contract object, optionally with the paragraph texts) or annotate (the copy with headers, or JSON
 * with the report and the copy in base64), and the /v1/rules document of an engine. */
#include "serve.h"
#include "vocab.h" /* severity names (base: the shared utility layer) */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const CATS[] = {"endorsement",    "campaign-activity", "social-media",
                                   "state-facility", "inducement",        "letterhead-misuse"};
#define NCATS (sizeof CATS / sizeof CATS[0])

static const char DOCX_TYPE[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
static const char DOCM_TYPE[] = "application/vnd.ms-word.document.macroEnabled.12";
static const char JSON_TYPE[] = "application/json; charset=utf-8";

serve_job *serve_job_new(void) {
    serve_job *j = calloc(1, sizeof *j);
    if (j) atomic_init(&j->refs, 1);
    return j;
}

void serve_job_release(serve_job *j) {
    if (!j || atomic_fetch_sub(&j->refs, 1) != 1) return;
    free(j->body);
    free(j->out);
    free(j);
}

static void set_body(serve_job *j, int status, const char *ctype, nt_buf *b) {
    j->out = serve_buf_take(b, &j->out_len);
    if (!j->out) { /* out of memory: a short static answer instead */
        static const char oom[] =
            "{\"error\":{\"code\":\"internal\",\"message\":\"out of memory\"}}\n";
        j->out = malloc(sizeof oom);
        j->out_len = j->out ? sizeof oom - 1 : 0;
        if (j->out) memcpy(j->out, oom, sizeof oom);
        status = 500;
        ctype = JSON_TYPE;
    }
    j->http_status = status;
    j->ctype = ctype;
}

static void internal_error(serve_job *j, const char *what) {
    nt_buf b = {0};
    nt_buf_puts(&b, "{\"error\":{\"code\":\"internal\",\"message\":");
    nt_json_cstr(&b, what && *what ? what : netral_strerror(NETRAL_E_INTERNAL));
    nt_buf_puts(&b, "}}\n");
    serve_metrics_error("internal");
    set_body(j, 500, JSON_TYPE, &b);
}

/* The counts a client sees in headers and the log sees in its line. */
static void summarize(serve_job *j, const netral_report *r) {
    snprintf(j->verdict, sizeof j->verdict, "%s", netral_report_verdict(r));
    int st = netral_report_status(r);
    snprintf(j->error_code, sizeof j->error_code, "%s",
             st == NETRAL_OK ? "" : netral_status_name(st));
    j->findings = netral_report_count(r);
    size_t cats[NCATS] = {0};
    for (size_t i = 0; i < j->findings; i++) {
        const netral_finding *f = netral_report_finding(r, i);
        int sv = nt_severity_from_name(f->severity);
        if (sv >= 0) j->sev[sv]++;
        for (size_t k = 0; k < NCATS; k++)
            if (f->category && !strcmp(f->category, CATS[k])) cats[k]++;
    }
    size_t o = 0;
    j->categories[0] = 0;
    for (size_t k = 0; k < NCATS; k++)
        if (cats[k] && o < sizeof j->categories)
            o += (size_t)snprintf(j->categories + o, sizeof j->categories - o, "%s%s=%zu",
                                  o ? ";" : "", CATS[k], cats[k]);
    serve_metrics_document(j->verdict, st);
}

/* The report as its JSON Lines object, without the final newline; NULL on failure. */
static char *report_json(const netral_report *r, size_t *len) {
    char *s = NULL;
    if (netral_render(&r, 1, NETRAL_FORMAT_JSONL, &s, len) != NETRAL_OK || !s) return NULL;
    while (*len && (s[*len - 1] == '\n' || s[*len - 1] == '\r')) s[--*len] = 0;
    if (!*len || s[*len - 1] != '}') {
        netral_free(s);
        return NULL;
    }
    return s;
}

static void run_scan(serve_job *j, netral_engine *e) {
    netral_report *r = NULL;
    if (netral_scan_memory(e, j->data, j->len, j->name, &r) != NETRAL_OK) {
        internal_error(j, netral_last_error());
        return;
    }
    summarize(j, r);
    size_t jl = 0;
    char *js = report_json(r, &jl);
    if (!js) {
        netral_report_free(r);
        internal_error(j, netral_last_error());
        return;
    }
    nt_buf b = {0};
    char *text = NULL;
    size_t tl = 0;
    if ((j->flags & JOB_WANT_TEXT) && netral_report_status(r) == NETRAL_OK &&
        netral_text_memory(e, j->data, j->len, &text, &tl) == NETRAL_OK) {
        /* The contract object plus one member: {...,"text":{"parts":[...]}} */
        nt_buf_put(&b, js, jl - 1);
        nt_buf_puts(&b, ",\"text\":");
        nt_buf_put(&b, text, tl);
        nt_buf_puts(&b, "}\n");
    } else {
        nt_buf_put(&b, js, jl);
        nt_buf_puts(&b, "\n");
    }
    netral_free(text);
    netral_free(js);
    netral_report_free(r);
    set_body(j, 200, JSON_TYPE, &b);
}

static int has_ext(const char *name, const char *ext) {
    size_t n = strlen(name), k = strlen(ext);
    return n >= k && !strcasecmp(name + n - k, ext);
}

/* attachment; filename="ascii"; filename*=UTF-8''percent-encoded, for "<stem>.netral.docx". */
static void make_disposition(serve_job *j, char *fname, size_t fsize) {
    const char *name = j->name[0] ? j->name : "dokumen.docx";
    const char *ext = has_ext(name, ".docm") ? ".docm" : ".docx";
    size_t stem = strlen(name);
    if (has_ext(name, ".docx") || has_ext(name, ".docm")) stem -= 5;
    if (stem > 180) stem = 180;
    while (stem && ((unsigned char)name[stem] & 0xC0) == 0x80) stem--; /* keep UTF-8 whole */
    snprintf(fname, fsize, "%.*s.netral%s", (int)stem, name, ext);
    char ascii[256], pct[600];
    size_t a = 0, p = 0;
    for (const unsigned char *c = (const unsigned char *)fname; *c && a + 1 < sizeof ascii; c++) {
        unsigned ch = *c;
        int safe = ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' && ch != '%' && ch != ';';
        ascii[a++] = safe ? (char)ch : '_';
        int plain = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                    (ch >= '0' && ch <= '9') || strchr("-._~", (int)ch);
        if (p + 4 >= sizeof pct) break;
        if (plain && ch)
            pct[p++] = (char)ch;
        else
            p += (size_t)snprintf(pct + p, sizeof pct - p, "%%%02X", ch);
    }
    ascii[a] = 0;
    pct[p] = 0;
    snprintf(j->disposition, sizeof j->disposition,
             "attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii, pct);
}

static void run_annotate(serve_job *j, netral_engine *e) {
    void *doc = NULL;
    size_t dl = 0;
    netral_report *r = NULL;
    int rc = netral_annotate_memory(e, j->data, j->len, &doc, &dl, &r);
    if (r) {
        netral_report_set_path(r, j->name);
        summarize(j, r);
    }
    char fname[300];
    make_disposition(j, fname, sizeof fname);
    const char *ctype = has_ext(fname, ".docm") ? DOCM_TYPE : DOCX_TYPE;
    if (r && netral_report_status(r) != NETRAL_OK) {
        /* Unreadable: no copy can be made. 422 with the same object /v1/scan answers. */
        size_t jl = 0;
        char *js = report_json(r, &jl);
        netral_report_free(r);
        netral_free(doc);
        if (!js) {
            internal_error(j, netral_last_error());
            return;
        }
        nt_buf b = {0};
        nt_buf_put(&b, js, jl);
        nt_buf_puts(&b, "\n");
        netral_free(js);
        j->disposition[0] = 0;
        set_body(j, 422, JSON_TYPE, &b);
        return;
    }
    if (rc != NETRAL_OK || !r || !doc) {
        internal_error(j, netral_last_error());
        netral_report_free(r);
        netral_free(doc);
        j->disposition[0] = 0;
        return;
    }
    if (j->flags & JOB_WANT_REPORT) {
        size_t jl = 0;
        char *js = report_json(r, &jl);
        netral_report_free(r);
        if (!js) {
            netral_free(doc);
            internal_error(j, netral_last_error());
            return;
        }
        nt_buf b = {0};
        nt_buf_puts(&b, "{\"report\":");
        nt_buf_put(&b, js, jl);
        nt_buf_puts(&b, ",\"annotated\":{\"filename\":");
        nt_json_cstr(&b, fname);
        nt_buf_puts(&b, ",\"content_type\":");
        nt_json_cstr(&b, ctype);
        nt_buf_printf(&b, ",\"size\":%zu,\"base64\":\"", dl);
        serve_base64(&b, doc, dl);
        nt_buf_puts(&b, "\"}}\n");
        netral_free(js);
        netral_free(doc);
        j->disposition[0] = 0;
        set_body(j, 200, JSON_TYPE, &b);
        return;
    }
    netral_report_free(r);
    j->out = doc; /* netral_free is free(): the server frees it with the response */
    j->out_len = dl;
    j->http_status = 200;
    j->ctype = ctype;
}

void serve_job_run(serve_job *j, netral_engine *e) {
    snprintf(j->ruleset, sizeof j->ruleset, "%s", netral_engine_ruleset_id(e));
    if (j->kind == JOB_ANNOTATE)
        run_annotate(j, e);
    else
        run_scan(j, e);
}

char *serve_rules_json(const netral_engine *e, size_t *len, size_t *count) {
    nt_buf b = {0};
    size_t n = netral_engine_rule_count(e);
    nt_buf_puts(&b, "{\"ruleset\":");
    nt_json_cstr(&b, netral_engine_ruleset_id(e));
    nt_buf_printf(&b, ",\"count\":%zu,\"rules\":[", n);
    for (size_t i = 0; i < n; i++) {
        netral_rule_info ri;
        if (netral_engine_rule(e, i, &ri) != NETRAL_OK) continue;
        nt_buf_puts(&b, i ? ",{\"id\":" : "{\"id\":");
        nt_json_cstr(&b, ri.id);
        nt_buf_puts(&b, ",\"category\":");
        nt_json_cstr(&b, ri.category);
        nt_buf_puts(&b, ",\"severity\":");
        nt_json_cstr(&b, ri.severity);
        nt_buf_puts(&b, ",\"source\":");
        nt_json_cstr(&b, ri.source);
        nt_buf_puts(&b, ",\"basis\":");
        nt_json_cstr(&b, ri.basis);
        nt_buf_puts(&b, ",\"message\":");
        nt_json_cstr(&b, ri.message);
        nt_buf_puts(&b, "}");
    }
    nt_buf_puts(&b, "]}\n");
    if (count) *count = n;
    return serve_buf_take(&b, len);
}
