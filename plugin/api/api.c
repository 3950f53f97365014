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
#include "textpart.h"

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
    if (!o || !dir || !*dir)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("rules dir: argumen kosong", "rules dir: empty argument"));
    char **v = realloc(o->rule_dirs, (o->nrule_dirs + 1) * sizeof *v);
    if (!v) return fail(NETRAL_E_NOMEM, "out of memory");
    o->rule_dirs = v;
    if (!(v[o->nrule_dirs] = nt_strdup(dir))) return fail(NETRAL_E_NOMEM, "out of memory");
    o->nrule_dirs++;
    return ok();
}

NETRAL_API int netral_options_set_language(netral_options *o, const char *lang) {
    if (!o || !lang || (strcmp(lang, "id") && strcmp(lang, "en")))
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("bahasa harus \"id\" atau \"en\"", "language must be \"id\" or \"en\""));
    snprintf(o->lang, sizeof o->lang, "%s", lang);
    return ok();
}

NETRAL_API int netral_options_set_limit(netral_options *o, netral_limit which, uint64_t v) {
    if (!o || v == 0) return fail(NETRAL_E_INVALID_ARG, NT_L("batas tidak valid", "invalid limit"));
    switch (which) {
    case NETRAL_LIMIT_FILE_BYTES: o->lim.file_bytes = v; break;
    case NETRAL_LIMIT_PART_BYTES: o->lim.part_bytes = v; break;
    case NETRAL_LIMIT_TOTAL_BYTES: o->lim.total_bytes = v; break;
    case NETRAL_LIMIT_RATIO: o->lim.ratio = (double)v; break;
    case NETRAL_LIMIT_XML_DEPTH: o->lim.xml_depth = v > 100000 ? 100000 : (int)v; break;
    case NETRAL_LIMIT_RULE_INSTRUCTIONS: o->rule_instructions = v; break;
    case NETRAL_LIMIT_LUA_MEMORY: o->lua_memory = v; break;
    default:
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("jenis batas tidak dikenal: %d", "unknown limit kind: %d"), (int)which);
    }
    return ok();
}

NETRAL_API int netral_options_set_min_severity(netral_options *o, const char *sev) {
    int s = sev ? nt_severity_from_name(sev) : -1;
    if (!o || s < 0)
        return fail(NETRAL_E_INVALID_ARG, NT_L("tingkat tidak dikenal: %s", "unknown severity: %s"),
                    sev ? sev : "(null)");
    o->min_severity = s;
    return ok();
}

NETRAL_API int netral_options_set_comment_author(netral_options *o, const char *author,
                                                 const char *initials) {
    if (!o || !author || !*author)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("nama penulis komentar kosong", "empty comment author name"));
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

NETRAL_API int netral_options_set_merge(netral_options *o, int on) {
    if (!o) return fail(NETRAL_E_INVALID_ARG, "options NULL");
    o->keep_overlaps = on == 0;
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
    int lang = nt_lang_enter(strcmp(opts->lang, "en") == 0);
    int rc = nt_engine_new(opts, out, &err);
    if (opts == &defaults) nt_options_clear(&defaults);
    if (rc != NETRAL_OK)
        rc = fail(rc, "%s", err.msg[0] ? err.msg : netral_strerror(rc));
    else
        ok();
    nt_lang_leave(lang);
    return rc;
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
    if (nt_report_set_memo(rep, &doc->memo) != NETRAL_OK) {
        nt_report_set_error(rep, NETRAL_E_NOMEM, netral_strerror(NETRAL_E_NOMEM));
        nt_doc_free(doc);
        return;
    }
    nt_engine_scan(e, doc, rep);
    if (keep)
        *keep = doc;
    else
        nt_doc_free(doc);
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

static int do_scan_file(netral_engine *e, const char *path, netral_report **out) {
    if (out) *out = NULL;
    if (!e || !path || !out)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("scan_file: argumen NULL", "scan_file: NULL argument"));
    return scan_common(e, path, NULL, 0, NULL, 0, out, NULL);
}

static int do_scan_memory(netral_engine *e, const void *data, size_t len, const char *name,
                          netral_report **out) {
    if (out) *out = NULL;
    if (!e || (!data && len) || !out)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("scan_memory: argumen NULL", "scan_memory: NULL argument"));
    static const char empty = 0;
    return scan_common(e, NULL, data ? data : &empty, len, name, 0, out, NULL);
}

/* Every call with an engine writes its messages (errors, rule errors) in the engine's language. */
static int engine_lang(const netral_engine *e) {
    return nt_lang_enter(e && strcmp(nt_engine_options(e)->lang, "en") == 0);
}

NETRAL_API int netral_scan_file(netral_engine *e, const char *path, netral_report **out) {
    int lang = engine_lang(e), rc = do_scan_file(e, path, out);
    nt_lang_leave(lang);
    return rc;
}

NETRAL_API int netral_scan_memory(netral_engine *e, const void *data, size_t len, const char *name,
                                  netral_report **out) {
    int lang = engine_lang(e), rc = do_scan_memory(e, data, len, name, out);
    nt_lang_leave(lang);
    return rc;
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

NETRAL_API const char *netral_report_memo(const netral_report *r, const char *key) {
    if (!r || !key) return NULL;
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++)
        if (!strcmp(key, nt_memo_keys[i])) return nt_memo_field(&r->memo, i);
    return NULL;
}

NETRAL_API const char *netral_memo_key(size_t i) {
    return i < NT_MEMO_NFIELDS ? nt_memo_keys[i] : NULL;
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
    if (!out || (n && !reports))
        return fail(NETRAL_E_INVALID_ARG, NT_L("render: argumen NULL", "render: NULL argument"));
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT)
        return fail(NETRAL_E_FORMAT,
                    NT_L("format laporan tidak dikenal: %d", "unknown report format: %d"), format);
    for (size_t i = 0; i < n; i++)
        if (!reports[i]) return fail(NETRAL_E_INVALID_ARG, "render: laporan ke-%zu NULL", i);
    nt_buf b;
    nt_buf_init(&b);
    int rc = nt_render(reports, n, format, &b);
    if (rc != NETRAL_OK || b.oom) {
        nt_buf_free(&b);
        return fail(rc != NETRAL_OK ? rc : NETRAL_E_NOMEM, NT_L("render gagal", "render failed"));
    }
    *out = nt_buf_take(&b, out_len);
    return ok();
}

NETRAL_API void netral_free(void *p) { free(p); }

/* ---- Streaming reports ---------------------------------------------------------------------- */

/* A caller's meta, read only as far as its size says (an older caller's struct is shorter). */
static int meta_copy(netral_writer_meta *dst, const netral_writer_meta *src) {
    memset(dst, 0, sizeof *dst);
    dst->size = sizeof *dst;
    if (!src) return 0;
    if (src->size < offsetof(netral_writer_meta, tool_version) + sizeof src->tool_version)
        return -1;
    memcpy(dst, src, src->size < sizeof *dst ? src->size : sizeof *dst);
    dst->size = sizeof *dst;
    return 0;
}

NETRAL_API int netral_writer_new(int format, FILE *out, const netral_writer_meta *meta,
                                 netral_writer **w) {
    if (w) *w = NULL;
    if (!w || !out) return fail(NETRAL_E_INVALID_ARG, "writer_new: argumen NULL");
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT)
        return fail(NETRAL_E_FORMAT, "format laporan tidak dikenal: %d", format);
    netral_writer_meta m;
    if (meta_copy(&m, meta))
        return fail(NETRAL_E_INVALID_ARG, "writer_new: meta.size terlalu kecil");
    if (!(*w = nt_writer_new(format, out, &m)))
        return fail(NETRAL_E_NOMEM, "writer_new: memori habis");
    return ok();
}

NETRAL_API int netral_writer_add(netral_writer *w, const netral_report *r,
                                 const netral_doc_links *links) {
    if (!w || !r) return fail(NETRAL_E_INVALID_ARG, "writer_add: argumen NULL");
    int rc = nt_writer_add_linked(w, r, links);
    return rc == NETRAL_OK ? ok() : fail(rc, "writer_add: menulis laporan gagal");
}

NETRAL_API int netral_writer_end(netral_writer *w, const netral_writer_meta *meta) {
    if (!w) return fail(NETRAL_E_INVALID_ARG, "writer_end: argumen NULL");
    netral_writer_meta m;
    if (meta && meta_copy(&m, meta)) {
        nt_writer_discard(w);
        return fail(NETRAL_E_INVALID_ARG, "writer_end: meta.size terlalu kecil");
    }
    int rc = nt_writer_end(w, meta ? &m : NULL);
    return rc == NETRAL_OK ? ok() : fail(rc, "writer_end: menulis laporan gagal");
}

NETRAL_API void netral_writer_discard(netral_writer *w) {
    if (w) nt_writer_discard(w);
}

/* ---- Document text -------------------------------------------------------------------------- */

NETRAL_API int netral_document_text(const char *path, int json, char **out, size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!path || !out)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("document_text: argumen NULL", "document_text: NULL argument"));
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
    if (json)
        nt_doc_write_json(doc, &b);
    else
        nt_doc_write_text(doc, &b);
    nt_doc_free(doc);
    if (b.oom) {
        nt_buf_free(&b);
        return fail(NETRAL_E_NOMEM,
                    NT_L("document_text: memori habis", "document_text: out of memory"));
    }
    *out = nt_buf_take(&b, out_len);
    if (!*out && (*out = malloc(1))) **out = 0; /* an empty document is an empty text */
    return *out ? ok()
                : fail(NETRAL_E_NOMEM,
                       NT_L("document_text: memori habis", "document_text: out of memory"));
}

NETRAL_API int netral_text_memory(netral_engine *e, const void *data, size_t len, char **out,
                                  size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || (!data && len) || !out)
        return fail(NETRAL_E_INVALID_ARG, "text_memory: argumen NULL");
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
    if (report_out)
        *report_out = rep;
    else
        nt_report_free(rep);
}

static int do_annotate_file(netral_engine *e, const char *in_path, const char *out_path,
                            netral_report **report_out) {
    if (report_out) *report_out = NULL;
    if (!e || !in_path || !out_path)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("annotate_file: argumen NULL", "annotate_file: NULL argument"));
    if (same_file(in_path, out_path))
        return fail(
            NETRAL_E_SAME_FILE,
            NT_L("%s: menolak menimpa berkas masukan", "%s: refusing to overwrite the input"),
            out_path);
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
        if (rc != NETRAL_OK)
            fail(rc, "%s", err.msg);
        else
            ok();
    }
    free(bytes);
    give_report(rep, report_out);
    return rc;
}

static int do_annotate_memory(netral_engine *e, const void *data, size_t len, void **out,
                              size_t *out_len, netral_report **report_out) {
    if (report_out) *report_out = NULL;
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || !data || !out || !out_len)
        return fail(NETRAL_E_INVALID_ARG,
                    NT_L("annotate_memory: argumen NULL", "annotate_memory: NULL argument"));
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

NETRAL_API int netral_annotate_file(netral_engine *e, const char *in_path, const char *out_path,
                                    netral_report **report_out) {
    int lang = engine_lang(e), rc = do_annotate_file(e, in_path, out_path, report_out);
    nt_lang_leave(lang);
    return rc;
}

NETRAL_API int netral_annotate_memory(netral_engine *e, const void *data, size_t len, void **out,
                                      size_t *out_len, netral_report **report_out) {
    int lang = engine_lang(e), rc = do_annotate_memory(e, data, len, out, out_len, report_out);
    nt_lang_leave(lang);
    return rc;
}

/* ---- Explain (engine/explain.c) ----------------------------------------------------------- */
static int failed(int rc, const char *msg) { return fail(rc, "%s", msg ? msg : ""); }

static int options_of(const netral_explain_options *o, nt_explain_req *req) {
    memset(req, 0, sizeof *req);
    req->paragraph = -1;
    if (!o) return NETRAL_OK;
    if (o->size < sizeof(size_t)) return NETRAL_E_INVALID_ARG;
    netral_explain_options full = {0};
    memcpy(&full, o, o->size < sizeof full ? o->size : sizeof full);
    req->part = full.part && *full.part ? full.part : NULL;
    req->rule = full.rule && *full.rule ? full.rule : NULL;
    if (full.paragraph < 0) return NETRAL_E_INVALID_ARG;
    req->paragraph = full.paragraph > 0 ? (long)full.paragraph - 1 : -1;
    req->json = full.json != 0;
    return NETRAL_OK;
}

static int explain_doc(netral_engine *e, nt_doc *doc, const char *path,
                       const netral_explain_options *o, char **out, size_t *out_len) {
    nt_explain_req req;
    if (options_of(o, &req)) {
        nt_doc_free(doc);
        return failed(NETRAL_E_INVALID_ARG, NT_L("explain: opsi tidak valid (size atau paragraph)",
                                                 "explain: invalid options (size or paragraph)"));
    }
    netral_report *rep = nt_report_new(path);
    if (!rep) {
        nt_doc_free(doc);
        return failed(NETRAL_E_NOMEM, NT_L("kehabisan memori", "out of memory"));
    }
    nt_err err = {0};
    size_t len = 0;
    int rc = nt_engine_explain(e, doc, &req, rep, out, &len, &err);
    nt_report_free(rep);
    nt_doc_free(doc);
    if (rc) return failed(rc, err.msg);
    if (out_len) *out_len = len;
    return ok();
}

static int load_and_explain(netral_engine *e, const char *path, const void *data, size_t len,
                            const char *name, const netral_explain_options *o, char **out,
                            size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || !out || (!path && !data && len))
        return failed(NETRAL_E_INVALID_ARG,
                      NT_L("explain: argumen NULL", "explain: NULL argument"));
    nt_err err = {0};
    nt_package *pkg = NULL;
    static const char empty = 0;
    const nt_limits *lim = &nt_engine_options(e)->lim;
    int rc = path ? nt_package_open_path(path, lim, &pkg, &err)
                  : nt_package_open_mem(data ? data : &empty, len, lim, &pkg, &err);
    nt_doc *doc = NULL;
    if (!rc) rc = nt_doc_load(pkg, lim, 0, &doc, &err);
    if (rc) return failed(rc, err.msg[0] ? err.msg : netral_strerror(rc));
    return explain_doc(e, doc, path ? path : (name ? name : "<memory>"), o, out, out_len);
}

static int do_explain_file(netral_engine *e, const char *path, const netral_explain_options *o,
                           char **out, size_t *out_len) {
    if (!path)
        return failed(NETRAL_E_INVALID_ARG,
                      NT_L("explain_file: path NULL", "explain_file: NULL path"));
    return load_and_explain(e, path, NULL, 0, NULL, o, out, out_len);
}

static int do_explain_memory(netral_engine *e, const void *data, size_t len, const char *name,
                             const netral_explain_options *o, char **out, size_t *out_len) {
    return load_and_explain(e, NULL, data, len, name, o, out, out_len);
}

/* A bare text: a document whose body has one paragraph per line. */
static int do_explain_text(netral_engine *e, const char *text, const netral_explain_options *o,
                           char **out, size_t *out_len) {
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (!e || !text || !out)
        return failed(NETRAL_E_INVALID_ARG,
                      NT_L("explain_text: argumen NULL", "explain_text: NULL argument"));
    nt_doc *doc = calloc(1, sizeof *doc);
    nt_part *part = doc ? calloc(1, sizeof *part) : NULL;
    if (!doc || !part || !(part->name = nt_strdup("word/document.xml"))) {
        free(part);
        free(doc);
        return failed(NETRAL_E_NOMEM, NT_L("kehabisan memori", "out of memory"));
    }
    doc->parts = part;
    doc->nparts = 1;
    part->kind = NT_PART_BODY;
    if (nt_part_from_text(part, NT_WHERE_BODY, text) != 0) {
        nt_doc_free(doc);
        return failed(NETRAL_E_NOMEM, NT_L("kehabisan memori", "out of memory"));
    }
    return explain_doc(e, doc, "<text>", o, out, out_len);
}

NETRAL_API int netral_explain_file(netral_engine *e, const char *path,
                                   const netral_explain_options *o, char **out, size_t *out_len) {
    int lang = engine_lang(e), rc = do_explain_file(e, path, o, out, out_len);
    nt_lang_leave(lang);
    return rc;
}

NETRAL_API int netral_explain_memory(netral_engine *e, const void *data, size_t len,
                                     const char *name, const netral_explain_options *o, char **out,
                                     size_t *out_len) {
    int lang = engine_lang(e), rc = do_explain_memory(e, data, len, name, o, out, out_len);
    nt_lang_leave(lang);
    return rc;
}

NETRAL_API int netral_explain_text(netral_engine *e, const char *text,
                                   const netral_explain_options *o, char **out, size_t *out_len) {
    int lang = engine_lang(e), rc = do_explain_text(e, text, o, out, out_len);
    nt_lang_leave(lang);
    return rc;
}
