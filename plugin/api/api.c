/* api.c - the public C ABI of netral.h: options, engines, scans, report accessors, rendering and
 * annotation, with argument checks so that a host program gets codes, never crashes. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "annotate.h"
#include "document.h"
#include "engine.h"
#include "netral.h"
#include "package.h"
#include "report.h"

/* ---- Per-thread last error ----------------------------------------------------------------- */

static _Thread_local char last_error[1024];

static int fail(int code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return code;
}

static int ok(void) {
    last_error[0] = 0;
    return NETRAL_OK;
}

NETRAL_API const char *netral_last_error(void) { return last_error; }

/* ---- Options ------------------------------------------------------------------------------- */

NETRAL_API netral_options *netral_options_new(void) {
    netral_options *o = calloc(1, sizeof *o);
    if (o) nt_options_init(o);
    return o;
}

NETRAL_API void netral_options_free(netral_options *o) {
    if (!o) return;
    nt_options_clear(o);
    free(o);
}

NETRAL_API int netral_options_add_rules_dir(netral_options *o, const char *dir) {
    if (!o || !dir || !*dir) return fail(NETRAL_E_INVALID_ARG, "rules dir: argumen kosong");
    char **v = realloc(o->rule_dirs, (o->nrule_dirs + 1) * sizeof *v);
    if (!v) return fail(NETRAL_E_NOMEM, "out of memory");
    o->rule_dirs = v;
    if (!(v[o->nrule_dirs] = nt_strdup(dir))) return fail(NETRAL_E_NOMEM, "out of memory");
    o->nrule_dirs++;
    return ok();
}

NETRAL_API int netral_options_set_language(netral_options *o, const char *lang) {
    if (!o || !lang || (strcmp(lang, "id") && strcmp(lang, "en")))
        return fail(NETRAL_E_INVALID_ARG, "bahasa harus \"id\" atau \"en\"");
    snprintf(o->lang, sizeof o->lang, "%s", lang);
    return ok();
}

NETRAL_API int netral_options_set_limit(netral_options *o, netral_limit which, uint64_t v) {
    if (!o || v == 0) return fail(NETRAL_E_INVALID_ARG, "batas tidak valid");
    switch (which) {
    case NETRAL_LIMIT_FILE_BYTES: o->lim.file_bytes = v; break;
    case NETRAL_LIMIT_PART_BYTES: o->lim.part_bytes = v; break;
    case NETRAL_LIMIT_TOTAL_BYTES: o->lim.total_bytes = v; break;
    case NETRAL_LIMIT_RATIO: o->lim.ratio = (double)v; break;
    case NETRAL_LIMIT_XML_DEPTH: o->lim.xml_depth = v > 100000 ? 100000 : (int)v; break;
    case NETRAL_LIMIT_RULE_INSTRUCTIONS: o->rule_instructions = v; break;
    case NETRAL_LIMIT_LUA_MEMORY: o->lua_memory = v; break;
    default: return fail(NETRAL_E_INVALID_ARG, "jenis batas tidak dikenal: %d", (int)which);
    }
    return ok();
}

NETRAL_API int netral_options_set_min_severity(netral_options *o, const char *sev) {
    int s = sev ? nt_severity_from_name(sev) : -1;
    if (!o || s < 0) return fail(NETRAL_E_INVALID_ARG, "tingkat tidak dikenal: %s", sev ? sev : "(null)");
    o->min_severity = s;
    return ok();
}

NETRAL_API int netral_options_set_comment_author(netral_options *o, const char *author,
                                                 const char *initials) {
    if (!o || !author || !*author) return fail(NETRAL_E_INVALID_ARG, "nama penulis komentar kosong");
    char *a = nt_strdup(author), *i = nt_strdup(initials && *initials ? initials : author);
    if (!a || !i) {
        free(a);
        free(i);
        return fail(NETRAL_E_NOMEM, "out of memory");
    }
    free(o->author);
    free(o->initials);
    o->author = a;
    o->initials = i;
    return ok();
}

NETRAL_API int netral_options_set_highlight(netral_options *o, int on) {
    if (!o) return fail(NETRAL_E_INVALID_ARG, "options NULL");
    o->highlight = on != 0;
    return ok();
}

/* ---- Engine -------------------------------------------------------------------------------- */

NETRAL_API int netral_engine_new(const netral_options *opts, netral_engine **out) {
    if (!out) return fail(NETRAL_E_INVALID_ARG, "engine_new: out NULL");
    *out = NULL;
    netral_options defaults;
    if (!opts) {
        nt_options_init(&defaults);
        opts = &defaults;
    }
    nt_err err = {0};
    int rc = nt_engine_new(opts, out, &err);
    if (opts == &defaults) nt_options_clear(&defaults);
    if (rc != NETRAL_OK) return fail(rc, "%s", err.msg[0] ? err.msg : netral_strerror(rc));
    return ok();
}

NETRAL_API void netral_engine_free(netral_engine *e) {
    if (e) nt_engine_free(e);
}

/* ---- Scanning ------------------------------------------------------------------------------- */

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Load the document (pkg already open) and run the rules; keeps the doc when keep != NULL. */
static void scan_package(netral_engine *e, nt_package *pkg, unsigned flags, netral_report *rep,
                         nt_doc **keep) {
    nt_err err = {0};
    nt_doc *doc = NULL;
    int rc = nt_doc_load(pkg, &nt_engine_options(e)->lim, flags, &doc, &err);
    if (rc != NETRAL_OK) {
        nt_report_set_error(rep, rc, err.msg[0] ? err.msg : netral_strerror(rc));
        return;
    }
    nt_engine_scan(e, doc, rep);
    if (keep) *keep = doc;
    else nt_doc_free(doc);
}

static int open_path(netral_engine *e, const char *path, nt_package **pkg, netral_report *rep) {
    nt_err err = {0};
    int rc = nt_package_open_path(path, &nt_engine_options(e)->lim, pkg, &err);
    if (rc != NETRAL_OK) nt_report_set_error(rep, rc, err.msg[0] ? err.msg : netral_strerror(rc));
    return rc;
}

static int open_mem(netral_engine *e, const void *data, size_t len, nt_package **pkg,
                    netral_report *rep) {
    nt_err err = {0};
    int rc = nt_package_open_mem(data, len, &nt_engine_options(e)->lim, pkg, &err);
    if (rc != NETRAL_OK) nt_report_set_error(rep, rc, err.msg[0] ? err.msg : netral_strerror(rc));
    return rc;
}

/* Shared by every scan/annotate entry point: open, load, scan; the doc is kept when asked. */
static int scan_common(netral_engine *e, const char *path, const void *data, size_t len,
                       const char *name, unsigned flags, netral_report **out, nt_doc **keep) {
    if (keep) *keep = NULL;
    double t0 = now_seconds();
    netral_report *rep = nt_report_new(path ? path : (name ? name : "<memory>"));
    if (!rep) return fail(NETRAL_E_NOMEM, "out of memory");
    nt_package *pkg = NULL;
    int rc = path ? open_path(e, path, &pkg, rep) : open_mem(e, data, len, &pkg, rep);
    if (rc == NETRAL_OK) scan_package(e, pkg, flags, rep, keep);
    rep->seconds = now_seconds() - t0;
    *out = rep;
    return ok();
}

NETRAL_API int netral_scan_file(netral_engine *e, const char *path, netral_report **out) {
    if (out) *out = NULL;
    if (!e || !path || !out) return fail(NETRAL_E_INVALID_ARG, "scan_file: argumen NULL");
    return scan_common(e, path, NULL, 0, NULL, 0, out, NULL);
}

NETRAL_API int netral_scan_memory(netral_engine *e, const void *data, size_t len, const char *name,
                                  netral_report **out) {
    if (out) *out = NULL;
    if (!e || (!data && len) || !out) return fail(NETRAL_E_INVALID_ARG, "scan_memory: argumen NULL");
    static const char empty = 0;
    return scan_common(e, NULL, data ? data : &empty, len, name, 0, out, NULL);
}

/* ---- Reports ------------------------------------------------------------------------------- */

NETRAL_API int netral_report_status(const netral_report *r) {
    return r ? r->status : NETRAL_E_INVALID_ARG;
}

NETRAL_API const char *netral_report_error(const netral_report *r) {
    return r && r->error ? r->error : "";
}

NETRAL_API const char *netral_report_path(const netral_report *r) {
    return r && r->path ? r->path : "";
}

NETRAL_API int netral_report_set_path(netral_report *r, const char *path) {
    if (!r || !path) return fail(NETRAL_E_INVALID_ARG, "report_set_path: argumen NULL");
    char *p = nt_strdup(path);
    if (!p) return fail(NETRAL_E_NOMEM, "out of memory");
    free(r->path);
    r->path = p;
    return ok();
}

NETRAL_API const char *netral_report_verdict(const netral_report *r) {
    return r ? nt_verdict(r) : "error";
}

NETRAL_API size_t netral_report_count(const netral_report *r) { return r ? r->nfindings : 0; }

NETRAL_API const netral_finding *netral_report_finding(const netral_report *r, size_t i) {
    return r && i < r->nfindings ? &r->findings[i] : NULL;
}

NETRAL_API size_t netral_report_rule_error_count(const netral_report *r) {
    return r ? r->nrule_errors : 0;
}

NETRAL_API const char *netral_report_rule_error(const netral_report *r, size_t i) {
    return r && i < r->nrule_errors ? r->rule_errors[i] : NULL;
}

NETRAL_API void netral_report_free(netral_report *r) {
    if (r) nt_report_free(r);
}

static const char *const FORMAT_NAMES[] = {"jsonl", "json", "csv", "sarif", "html", "text"};

NETRAL_API int netral_format_from_name(const char *name) {
    if (!name) return -1;
    for (int i = 0; i < (int)(sizeof FORMAT_NAMES / sizeof FORMAT_NAMES[0]); i++)
        if (strcmp(name, FORMAT_NAMES[i]) == 0) return i;
    return -1;
}

NETRAL_API int netral_render(const netral_report *const *reports, size_t n, int format, char **out,
                             size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!out || (n && !reports)) return fail(NETRAL_E_INVALID_ARG, "render: argumen NULL");
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT)
        return fail(NETRAL_E_FORMAT, "format laporan tidak dikenal: %d", format);
    for (size_t i = 0; i < n; i++)
        if (!reports[i]) return fail(NETRAL_E_INVALID_ARG, "render: laporan ke-%zu NULL", i);
    nt_buf b;
    nt_buf_init(&b);
    int rc = nt_render(reports, n, format, &b);
    if (rc != NETRAL_OK || b.oom) {
        nt_buf_free(&b);
        return fail(rc != NETRAL_OK ? rc : NETRAL_E_NOMEM, "render gagal");
    }
    *out = nt_buf_take(&b, out_len);
    return ok();
}

NETRAL_API void netral_free(void *p) { free(p); }

/* ---- Document text -------------------------------------------------------------------------- */

NETRAL_API int netral_document_text(const char *path, int json, char **out, size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!path || !out) return fail(NETRAL_E_INVALID_ARG, "document_text: argumen NULL");
    nt_limits lim;
    nt_limits_default(&lim);
    nt_err err = {0};
    nt_package *pkg = NULL;
    nt_doc *doc = NULL;
    int rc = nt_package_open_path(path, &lim, &pkg, &err);
    if (rc == NETRAL_OK) rc = nt_doc_load(pkg, &lim, 0, &doc, &err); /* takes pkg */
    if (rc != NETRAL_OK) return fail(rc, "%s", err.msg[0] ? err.msg : netral_strerror(rc));
    nt_buf b;
    nt_buf_init(&b);
    if (json) nt_doc_write_json(doc, &b);
    else nt_doc_write_text(doc, &b);
    nt_doc_free(doc);
    if (b.oom) {
        nt_buf_free(&b);
        return fail(NETRAL_E_NOMEM, "document_text: memori habis");
    }
    *out = nt_buf_take(&b, out_len);
    if (!*out && (*out = malloc(1))) **out = 0; /* an empty document is an empty text */
    return *out ? ok() : fail(NETRAL_E_NOMEM, "document_text: memori habis");
}

NETRAL_API int netral_text_memory(netral_engine *e, const void *data, size_t len, char **out,
                                  size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || (!data && len) || !out) return fail(NETRAL_E_INVALID_ARG, "text_memory: argumen NULL");
    static const char empty = 0;
    const nt_limits *lim = &nt_engine_options(e)->lim;
    nt_err err = {0};
    nt_package *pkg = NULL;
    nt_doc *doc = NULL;
    int rc = nt_package_open_mem(data ? data : &empty, len, lim, &pkg, &err);
    if (rc == NETRAL_OK) rc = nt_doc_load(pkg, lim, 0, &doc, &err); /* takes pkg */
    if (rc != NETRAL_OK) return fail(rc, "%s", err.msg[0] ? err.msg : netral_strerror(rc));
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_paragraphs_json(doc, &b);
    nt_doc_free(doc);
    if (b.oom) {
        nt_buf_free(&b);
        return fail(NETRAL_E_NOMEM, "out of memory");
    }
    *out = nt_buf_take(&b, out_len);
    return ok();
}

/* ---- Annotation ------------------------------------------------------------------------------ */

static int same_file(const char *a, const char *b) {
    struct stat sa, sb;
    if (strcmp(a, b) == 0) return 1;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) return 0;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Annotate a document that scan_common kept; produces the new bytes. */
static int annotate_doc(netral_engine *e, const nt_doc *doc, const netral_report *rep, void **out,
                        size_t *out_len) {
    const netral_options *o = nt_engine_options(e);
    nt_annot_opts ao = {o->author, o->initials, o->highlight, o->lang};
    nt_err err = {0};
    int rc = nt_annotate(doc, rep, &ao, out, out_len, &err);
    if (rc != NETRAL_OK) return fail(rc, "%s", err.msg[0] ? err.msg : netral_strerror(rc));
    return ok();
}

/* Hand the report to the caller or free it. */
static void give_report(netral_report *rep, netral_report **report_out) {
    if (report_out) *report_out = rep;
    else nt_report_free(rep);
}

NETRAL_API int netral_annotate_file(netral_engine *e, const char *in_path, const char *out_path,
                                    netral_report **report_out) {
    if (report_out) *report_out = NULL;
    if (!e || !in_path || !out_path) return fail(NETRAL_E_INVALID_ARG, "annotate_file: argumen NULL");
    if (same_file(in_path, out_path))
        return fail(NETRAL_E_SAME_FILE, "%s: menolak menimpa berkas masukan", out_path);
    netral_report *rep = NULL;
    nt_doc *doc = NULL;
    int rc = scan_common(e, in_path, NULL, 0, NULL, NT_DOC_KEEP_XML, &rep, &doc);
    if (rc != NETRAL_OK) return rc;
    if (rep->status != NETRAL_OK) {
        rc = fail(rep->status, "%s: %s", in_path, rep->error ? rep->error : "");
        give_report(rep, report_out);
        return rc;
    }
    void *bytes = NULL;
    size_t len = 0;
    rc = annotate_doc(e, doc, rep, &bytes, &len);
    nt_doc_free(doc);
    if (rc == NETRAL_OK) {
        nt_err err = {0};
        rc = nt_write_atomic(out_path, bytes, len, &err);
        if (rc != NETRAL_OK) fail(rc, "%s", err.msg);
        else ok();
    }
    free(bytes);
    give_report(rep, report_out);
    return rc;
}

NETRAL_API int netral_annotate_memory(netral_engine *e, const void *data, size_t len, void **out,
                                      size_t *out_len, netral_report **report_out) {
    if (report_out) *report_out = NULL;
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || !data || !out || !out_len)
        return fail(NETRAL_E_INVALID_ARG, "annotate_memory: argumen NULL");
    netral_report *rep = NULL;
    nt_doc *doc = NULL;
    int rc = scan_common(e, NULL, data, len, NULL, NT_DOC_KEEP_XML, &rep, &doc);
    if (rc != NETRAL_OK) return rc;
    if (rep->status != NETRAL_OK) {
        rc = fail(rep->status, "%s", rep->error ? rep->error : "");
        give_report(rep, report_out);
        return rc;
    }
    rc = annotate_doc(e, doc, rep, out, out_len);
    nt_doc_free(doc);
    give_report(rep, report_out);
    return rc;
}
