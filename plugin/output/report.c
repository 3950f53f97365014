/* report.c - renders reports into jsonl, json, csv and sarif (2.1.0), streamed one document at a
 * time (only summary counters are kept); the shared vocabulary and the writer's entry points, plus
 * the one-shot nt_render. html and text live in report_html.c and report_text.c. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- Small vocabulary ------------------------------------------------------------------------ */

int nt_rep_worst(const netral_report *r) {
    int worst = -1;
    for (size_t i = 0; i < r->nfindings; i++) {
        int s = nt_severity_from_name(r->findings[i].severity);
        if (s > worst) worst = s;
    }
    return worst;
}

const char *nt_verdict(const netral_report *r) {
    if (!r) return "error";
    if (r->status != NETRAL_OK) return "error";
    int w = nt_rep_worst(r);
    if (w >= 2) return "violation";
    if (w == 1) return "review";
    return "clean";
}

static int is_en(const nt_writer_meta *m) { return m && m->lang && !strcmp(m->lang, "en"); }

const char *nt_rep_verdict_label(const char *v, int en) {
    if (!strcmp(v, "violation")) return en ? "violation" : "pelanggaran";
    if (!strcmp(v, "review")) return en ? "needs review" : "perlu ditinjau";
    if (!strcmp(v, "clean")) return en ? "clean" : "bersih";
    return en ? "error" : "galat";
}

const char *nt_rep_sev_label(const char *s, int en) {
    int r = nt_severity_from_name(s);
    return r >= 0 ? nt_severity_label(r, en) : s ? s : "?";
}

const char *const nt_rep_cat_id[NT_NCATS] = {"Dukungan",     "Kegiatan kampanye",
                                             "Media sosial", "Fasilitas negara",
                                             "Imbalan",      "Penyalahgunaan kop surat"};
const char *const nt_rep_cat_en[NT_NCATS] = {"Endorsement",  "Campaign activity",
                                             "Social media", "State facility",
                                             "Inducement",   "Letterhead misuse"};

int nt_rep_cat_index(const char *c) {
    for (size_t i = 0; c && i < NT_NCATS; i++)
        if (!strcmp(c, nt_rep_cats[i])) return (int)i;
    return -1;
}

const char *nt_rep_cat_label(const char *c, int en) {
    int i = nt_rep_cat_index(c);
    if (i < 0) return c ? c : "?";
    return en ? nt_rep_cat_en[i] : nt_rep_cat_id[i];
}

const char *nt_rep_memo_label(size_t i, int en) {
    static const char *const id[NT_MEMO_NFIELDS] = {"Nomor",          "Hal",    "Tanggal",
                                                    "Tanggal (ISO)",  "Sifat",  "Instansi",
                                                    "Penanda tangan", "Jabatan"};
    static const char *const eng[NT_MEMO_NFIELDS] = {"Number",     "Subject",        "Date",
                                                     "Date (ISO)", "Classification", "Office",
                                                     "Signer",     "Position"};
    return i < NT_MEMO_NFIELDS ? (en ? eng[i] : id[i]) : "?";
}

void nt_rep_count(nt_buf *b, size_t n, int en) {
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    for (int i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0) nt_buf_putc(b, en ? ',' : '.');
        nt_buf_putc(b, digits[i]);
    }
}

/* "15 files (12 .doc, 3 .pdf) in the scanned folders are not DOCX and were not checked" */
void nt_rep_skipped_text(nt_buf *b, const size_t *skipped, int en) {
    size_t total = 0;
    for (int k = 0; k < NT_SKIP_KINDS; k++) total += skipped[k];
    nt_buf_printf(b, en ? "%zu %s (" : "%zu %s (", total,
                  en ? (total == 1 ? "file" : "files") : "berkas");
    for (int k = 0, first = 1; k < NT_SKIP_KINDS; k++) {
        if (!skipped[k]) continue;
        nt_buf_printf(b, "%s%zu .%s", first ? "" : ", ", skipped[k], nt_skip_kinds[k]);
        first = 0;
    }
    nt_buf_puts(b, en ? (total == 1 ? ") in the scanned folders is not DOCX and was not checked"
                                    : ") in the scanned folders are not DOCX and were not checked")
                      : ") di folder yang dipindai bukan DOCX dan tidak diperiksa");
}

/* ---- Summary counters ------------------------------------------------------------------------- */

int nt_rep_verdict_slot(const char *v) {
    if (!strcmp(v, "violation")) return 0;
    if (!strcmp(v, "review")) return 1;
    if (!strcmp(v, "clean")) return 2;
    return 3;
}

static void counts_add(nt_counts *c, const netral_report *r) {
    c->docs++;
    c->verdict[nt_rep_verdict_slot(nt_verdict(r))]++;
    c->rule_errors += r->nrule_errors;
    if (r->status != NETRAL_OK) {
        c->code[(r->status > 0 && r->status < NT_NCODES) ? r->status : NT_NCODES]++;
        return;
    }
    int seen[NT_NCATS + 1] = {0};
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        int s = nt_severity_from_name(f->severity), k = nt_rep_cat_index(f->category);
        size_t slot = k < 0 ? NT_NCATS : (size_t)k;
        c->findings++;
        if (s >= 0) c->sev[s]++;
        c->cat_findings[slot]++;
        if (!seen[slot] && s >= 1) {
            seen[slot] = 1;
            c->cat_docs[slot]++;
        }
    }
}

/* ---- The writer ------------------------------------------------------------------------------ */

/* Pushes pending output to the stream; keeps memory flat during long batches. */
static int writer_flush(nt_writer *w) {
    if (w->buf.oom) return NETRAL_E_NOMEM;
    if (!w->out) return NETRAL_OK;
    if (w->buf.n && fwrite(w->buf.p, 1, w->buf.n, w->out) != w->buf.n) w->io_error = 1;
    w->buf.n = 0;
    if (w->buf.cap > (1u << 20)) nt_buf_free(&w->buf); /* one huge document must not pin memory */
    return w->io_error ? NETRAL_E_IO : NETRAL_OK;
}

/* ---- jsonl / json ----------------------------------------------------------------------------- */

/* ,"also":["rule", ...]: the rules merged into this finding (absent when none). */
static void put_also_json(nt_buf *b, const netral_finding *f) {
    if (!f->nalso || !f->also) return;
    nt_buf_puts(b, ",\"also\":[");
    for (size_t i = 0; i < f->nalso; i++) {
        if (i) nt_buf_putc(b, ',');
        nt_json_cstr(b, f->also[i]);
    }
    nt_buf_putc(b, ']');
}

static void put_finding_json(nt_buf *b, const netral_finding *f) {
    nt_buf_puts(b, "{\"rule\":");
    nt_json_cstr(b, f->rule);
    nt_buf_puts(b, ",\"category\":");
    nt_json_cstr(b, f->category);
    nt_buf_puts(b, ",\"severity\":");
    nt_json_cstr(b, f->severity);
    double conf = f->confidence;
    if (!(conf >= 0.0)) conf = 0.0; /* also catches NaN, which JSON cannot carry */
    if (conf > 1.0) conf = 1.0;
    nt_buf_printf(b, ",\"confidence\":%.3g,\"part\":", conf);
    nt_json_cstr(b, f->part);
    nt_buf_puts(b, ",\"where\":");
    nt_json_cstr(b, f->where);
    nt_buf_printf(b, ",\"paragraph\":%d,\"start\":%zu,\"end\":%zu,\"excerpt\":", f->paragraph,
                  f->start, f->end);
    nt_json_cstr(b, nt_rep_or(f->excerpt, ""));
    nt_buf_puts(b, ",\"message\":");
    nt_json_cstr(b, nt_rep_or(f->message, ""));
    nt_buf_puts(b, ",\"basis\":");
    nt_json_cstr(b, nt_rep_or(f->basis, ""));
    nt_buf_puts(b, ",\"suggestion\":");
    nt_json_cstr(b, f->suggestion);
    put_also_json(b, f);
    nt_buf_putc(b, '}');
}

/* "memo":{...} with the facts the memo shows; nothing when it shows none. */
static void put_memo_json(nt_buf *b, const netral_report *r) {
    if (r->status != NETRAL_OK || nt_memo_empty(&r->memo)) return;
    nt_buf_puts(b, ",\"memo\":{");
    int first = 1;
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++) {
        const char *v = nt_memo_field(&r->memo, i);
        if (!v) continue;
        nt_buf_printf(b, "%s\"%s\":", first ? "" : ",", nt_memo_keys[i]);
        nt_json_cstr(b, v);
        first = 0;
    }
    nt_buf_putc(b, '}');
}

void nt_report_put_json(nt_buf *b, const netral_report *r) {
    nt_buf_puts(b, "{\"path\":");
    nt_json_cstr(b, nt_rep_or(r->path, ""));
    nt_buf_puts(b, r->status == NETRAL_OK ? ",\"status\":\"ok\"" : ",\"status\":\"error\"");
    nt_buf_puts(b, ",\"verdict\":");
    nt_json_cstr(b, nt_verdict(r));
    put_memo_json(b, r);
    nt_buf_puts(b, ",\"findings\":[");
    for (size_t i = 0; r->status == NETRAL_OK && i < r->nfindings; i++) {
        if (i) nt_buf_putc(b, ',');
        put_finding_json(b, &r->findings[i]);
    }
    nt_buf_putc(b, ']');
    if (r->status != NETRAL_OK) {
        nt_buf_puts(b, ",\"error\":{\"code\":");
        nt_json_cstr(b, nt_report_code(r->status));
        nt_buf_puts(b, ",\"message\":");
        nt_json_cstr(b, nt_rep_or(r->error, ""));
        nt_buf_putc(b, '}');
    }
    if (r->nrule_errors) {
        nt_buf_puts(b, ",\"rule_errors\":[");
        for (size_t i = 0; i < r->nrule_errors; i++) {
            if (i) nt_buf_putc(b, ',');
            nt_json_cstr(b, r->rule_errors[i]);
        }
        nt_buf_putc(b, ']');
    }
    nt_buf_putc(b, '}');
}

static void put_count_obj(nt_buf *b, const char *const *names, const size_t *v, size_t n) {
    nt_buf_putc(b, '{');
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        if (!v[i]) continue;
        nt_buf_printf(b, "%s\"%s\":%zu", first ? "" : ",", names[i], v[i]);
        first = 0;
    }
    nt_buf_putc(b, '}');
}

/* A summary's completeness: an interrupted run says how far it got. */
static void put_progress_json(nt_buf *b, const nt_counts *c, const nt_writer_meta *m) {
    if (!m || !m->interrupted) {
        nt_buf_puts(b, ",\"complete\":true");
        return;
    }
    size_t total = m->total > c->docs ? m->total : c->docs;
    nt_buf_printf(b, ",\"complete\":false,\"interrupted\":true,\"done\":%zu,\"total\":%zu", c->docs,
                  total);
    if (!m->total_exact) nt_buf_puts(b, ",\"total_exact\":false");
}

static void put_summary_json(nt_buf *b, const nt_counts *c, const nt_writer_meta *m) {
    static const char *const verdicts[4] = {"violation", "review", "clean", "error"};
    const char *cats[NT_NCATS + 1], *codes[NT_NCODES + 1];
    for (size_t i = 0; i < NT_NCATS; i++) cats[i] = nt_rep_cats[i];
    cats[NT_NCATS] = "other";
    for (int i = 0; i <= NT_NCODES; i++)
        codes[i] = nt_report_code(i < NT_NCODES ? i : NETRAL_E_INTERNAL);
    nt_buf_printf(b,
                  "{\"documents\":%zu,\"findings\":%zu,\"rule_errors\":%zu,\"verdicts\":", c->docs,
                  c->findings, c->rule_errors);
    put_count_obj(b, verdicts, c->verdict, 4);
    nt_buf_puts(b, ",\"severities\":");
    const char *sevs[4];
    for (int i = 0; i < 4; i++) sevs[i] = nt_severity_name(i);
    put_count_obj(b, sevs, c->sev, 4);
    nt_buf_puts(b, ",\"categories\":");
    put_count_obj(b, cats, c->cat_docs, NT_NCATS + 1);
    nt_buf_puts(b, ",\"errors\":");
    put_count_obj(b, codes, c->code, NT_NCODES + 1);
    nt_buf_puts(b, ",\"skipped\":");
    static const size_t none[NT_SKIP_KINDS];
    put_count_obj(b, nt_skip_kinds, m ? m->skipped : none, NT_SKIP_KINDS);
    put_progress_json(b, c, m);
    nt_buf_putc(b, '}'); /* no timings: two runs over the same files give the same bytes */
}

static void json_begin(nt_writer *w) {
    nt_buf_puts(&w->buf, "{\"tool\":\"netral\",\"version\":");
    nt_json_cstr(&w->buf, nt_rep_or(w->meta.tool_version, netral_version()));
    nt_buf_puts(&w->buf, ",\"ruleset\":");
    nt_json_cstr(&w->buf, w->meta.ruleset_id);
    nt_buf_puts(&w->buf, ",\"documents\":[");
}

static void json_end(nt_writer *w, const nt_writer_meta *m) {
    nt_buf_puts(&w->buf, w->c.docs ? "\n],\"summary\":" : "],\"summary\":");
    put_summary_json(&w->buf, &w->c, m);
    nt_buf_puts(&w->buf, "}\n");
}

/* ---- csv: one row per finding; documents without findings get one row ------------------------ */

/* Copy of s with invalid UTF-8 replaced by U+FFFD (hostile documents, odd file names), so
 * every reader decodes the report; NULL when s is already valid. */
char *nt_rep_utf8_clean(const char *s) {
    size_t len = strlen(s);
    if (nt_utf8_valid(s, len)) return NULL;
    nt_buf clean;
    nt_buf_init(&clean);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = nt_utf8_decode(p + i, len - i, &cp);
        if (!n) {
            nt_buf_puts(&clean, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        nt_buf_put(&clean, p + i, n);
        i += n;
    }
    if (clean.oom) {
        nt_buf_free(&clean);
        return NULL;
    }
    return nt_buf_take(&clean, NULL);
}

/* One cell. guard: free text from documents or rules, where a leading = + - @ (or tab, CR) is a
 * formula to Excel and LibreOffice Calc and a memo is hostile input ("=HYPERLINK(...)" as a file
 * name or excerpt): such a cell gets a leading apostrophe, as OWASP advises for CSV exports. */
static void csv_cell(nt_buf *b, const char *s, int last, int guard) {
    if (!s) s = "";
    char *clean = nt_rep_utf8_clean(s);
    if (clean) s = clean;
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote) nt_buf_putc(b, '"');
    if (guard && *s && strchr("=+-@\t\r", *s)) nt_buf_putc(b, '\'');
    if (quote) {
        for (const char *p = s; *p; p++) {
            if (*p == '"') nt_buf_putc(b, '"');
            nt_buf_putc(b, *p);
        }
        nt_buf_putc(b, '"');
    } else {
        nt_buf_puts(b, s);
    }
    nt_buf_puts(b, last ? "\r\n" : ",");
    free(clean);
}

static void csv_field(nt_buf *b, const char *s, int last) { csv_cell(b, s, last, 0); }
static void csv_text(nt_buf *b, const char *s, int last) { csv_cell(b, s, last, 1); }

static const char CSV_HEADER[] =
    "path,status,verdict,error_code,error_message,rule,category,severity,confidence,part,where,"
    "paragraph,start,end,excerpt,message,basis,suggestion,memo_number,memo_subject,memo_date,"
    "memo_date_iso,memo_classification,memo_office,memo_signer,memo_signer_title\r\n";

/* The memo facts close every row of their document (the same on each of its rows). */
static void csv_memo(nt_buf *b, const netral_report *r) {
    for (size_t i = 0; i < NT_MEMO_NFIELDS; i++)
        csv_text(b, r->status == NETRAL_OK ? nt_memo_field(&r->memo, i) : NULL,
                 i + 1 == NT_MEMO_NFIELDS);
}

static void csv_doc_prefix(nt_buf *b, const netral_report *r) {
    int ok = r->status == NETRAL_OK;
    csv_text(b, r->path, 0);
    csv_field(b, ok ? "ok" : "error", 0);
    csv_field(b, nt_verdict(r), 0);
    csv_field(b, ok ? "" : nt_report_code(r->status), 0);
    csv_text(b, ok ? "" : r->error, 0);
}

static void put_doc_csv(nt_buf *b, const netral_report *r) {
    if (r->status != NETRAL_OK || !r->nfindings) {
        csv_doc_prefix(b, r);
        nt_buf_puts(b, ",,,,,,,,,,,,,");
        csv_memo(b, r);
        return;
    }
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        char num[4][32];
        snprintf(num[0], sizeof num[0], "%.3g", f->confidence);
        snprintf(num[1], sizeof num[1], "%d", f->paragraph);
        snprintf(num[2], sizeof num[2], "%zu", f->start);
        snprintf(num[3], sizeof num[3], "%zu", f->end);
        csv_doc_prefix(b, r);
        csv_text(b, f->rule, 0);
        csv_field(b, f->category, 0);
        csv_field(b, f->severity, 0);
        csv_field(b, num[0], 0);
        csv_text(b, f->part, 0);
        csv_text(b, f->where, 0);
        csv_field(b, num[1], 0);
        csv_field(b, num[2], 0);
        csv_field(b, num[3], 0);
        csv_text(b, f->excerpt, 0);
        csv_text(b, f->message, 0);
        csv_text(b, f->basis, 0);
        csv_text(b, f->suggestion, 0);
        csv_memo(b, r);
    }
}

/* ---- sarif 2.1.0 ------------------------------------------------------------------------------ */

static const char *sarif_level(const char *sev) {
    int s = nt_severity_from_name(sev);
    return s >= 3 ? "error" : s == 2 ? "warning" : "note";
}

/* artifactLocation.uri must be a URI reference: percent-encode all but unreserved and '/'. */
void nt_rep_uri(nt_buf *b, const char *path) {
    static const char hex[] = "0123456789ABCDEF";
    if (path[0] == '/') nt_buf_puts(b, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/", (int)c)) {
            nt_buf_putc(b, (char)c);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            nt_buf_put(b, e, 3);
        }
    }
}

static void put_uri(nt_buf *b, const char *path) {
    nt_buf_putc(b, '"');
    nt_rep_uri(b, path);
    nt_buf_putc(b, '"');
}

static void sarif_rule(nt_buf *b, const netral_rule_info *ri, int en) {
    const char *name = ri->id ? strchr(ri->id, '.') : NULL;
    nt_buf_puts(b, "{\"id\":");
    nt_json_cstr(b, nt_rep_or(ri->id, "?"));
    nt_buf_puts(b, ",\"name\":");
    nt_json_cstr(b, name ? name + 1 : nt_rep_or(ri->id, "?"));
    nt_buf_puts(b, ",\"shortDescription\":{\"text\":");
    nt_json_cstr(b, nt_rep_or(ri->message, nt_rep_or(ri->id, "?")));
    nt_buf_puts(b, "},\"fullDescription\":{\"text\":");
    nt_buf t;
    nt_buf_init(&t);
    nt_buf_printf(&t, "%s (%s: %s)", nt_rep_or(ri->message, ""), en ? "basis" : "dasar",
                  nt_rep_or(ri->basis, "-"));
    nt_json_str(b, t.p ? t.p : "", t.n);
    nt_buf_puts(b, "},\"help\":{\"text\":");
    t.n = 0;
    nt_buf_printf(&t, "%s: %s", en ? "Legal basis" : "Dasar hukum", nt_rep_or(ri->basis, "-"));
    nt_json_str(b, t.p ? t.p : "", t.n);
    nt_buf_free(&t);
    nt_buf_puts(b, "},\"defaultConfiguration\":{\"level\":\"");
    nt_buf_puts(b, sarif_level(ri->severity));
    nt_buf_puts(b, "\"},\"properties\":{\"category\":");
    nt_json_cstr(b, nt_rep_or(ri->category, ""));
    nt_buf_puts(b, ",\"severity\":");
    nt_json_cstr(b, nt_rep_or(ri->severity, ""));
    nt_buf_puts(b, ",\"source\":");
    nt_json_cstr(b, nt_rep_or(ri->source, ""));
    nt_buf_puts(b, "}}");
}

static void sarif_begin(nt_writer *w) {
    nt_buf *b = &w->buf;
    nt_buf_puts(b, "{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
                   "schemas/sarif-schema-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":"
                   "{\"driver\":{\"name\":\"netral\",\"version\":");
    nt_json_cstr(b, nt_rep_or(w->meta.tool_version, netral_version()));
    nt_buf_puts(b, ",\"informationUri\":\"https://github.com/netral/netral\",\"rules\":[");
    for (size_t i = 0; w->meta.rules && i < w->meta.nrules; i++) {
        nt_buf_puts(b, i ? ",\n" : "\n");
        sarif_rule(b, &w->meta.rules[i], w->en);
    }
    nt_buf_puts(b, "]}},\"results\":[");
}

static int rule_index(const nt_writer *w, const char *id) {
    for (size_t i = 0; id && w->meta.rules && i < w->meta.nrules; i++)
        if (w->meta.rules[i].id && !strcmp(w->meta.rules[i].id, id)) return (int)i;
    return -1;
}

static void sarif_result(nt_writer *w, const netral_report *r, const netral_finding *f) {
    nt_buf *b = &w->buf;
    int idx = rule_index(w, f->rule);
    nt_buf_puts(b, w->results++ ? ",\n{\"ruleId\":" : "\n{\"ruleId\":");
    nt_json_cstr(b, nt_rep_or(f->rule, "?"));
    if (idx >= 0) nt_buf_printf(b, ",\"ruleIndex\":%d", idx);
    nt_buf_printf(b, ",\"level\":\"%s\",\"message\":{\"text\":", sarif_level(f->severity));
    nt_json_cstr(b, nt_rep_or(f->message, nt_rep_or(f->rule, "?")));
    nt_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    put_uri(b, nt_rep_or(r->path, ""));
    nt_buf_printf(b, "},\"region\":{\"startLine\":%d,\"snippet\":{\"text\":",
                  f->paragraph >= 0 ? f->paragraph + 1 : 1);
    nt_json_cstr(b, nt_rep_or(f->excerpt, ""));
    nt_buf_puts(b, "}}},\"logicalLocations\":[{\"name\":");
    nt_json_cstr(b, nt_rep_or(f->part, ""));
    nt_buf_puts(b, ",\"kind\":\"module\"}]}],\"properties\":{\"category\":");
    nt_json_cstr(b, nt_rep_or(f->category, ""));
    nt_buf_puts(b, ",\"severity\":");
    nt_json_cstr(b, nt_rep_or(f->severity, ""));
    nt_buf_printf(b, ",\"confidence\":%.3g,\"part\":", f->confidence >= 0 ? f->confidence : 0.0);
    nt_json_cstr(b, nt_rep_or(f->part, ""));
    nt_buf_puts(b, ",\"where\":");
    nt_json_cstr(b, nt_rep_or(f->where, ""));
    nt_buf_printf(b, ",\"paragraph\":%d,\"start\":%zu,\"end\":%zu,\"basis\":", f->paragraph,
                  f->start, f->end);
    nt_json_cstr(b, nt_rep_or(f->basis, ""));
    nt_buf_puts(b, ",\"suggestion\":");
    nt_json_cstr(b, nt_rep_or(f->suggestion, ""));
    put_also_json(b, f);
    nt_buf_puts(b, "}}");
}

/* The start of one error notification, up to its message text. */
static void sarif_note_open(nt_buf *b, int first) {
    nt_buf_puts(b, first ? "\n{\"level\":\"error\",\"message\":{\"text\":"
                         : ",\n{\"level\":\"error\",\"message\":{\"text\":");
}

/* Unreadable documents become tool execution notifications, kept aside until the end. */
static void sarif_notification(nt_writer *w, const netral_report *r) {
    nt_buf *b = &w->side;
    sarif_note_open(b, w->side_n++ == 0);
    nt_json_cstr(b, nt_rep_or(r->error, nt_report_code(r->status)));
    nt_buf_puts(b, "},\"descriptor\":{\"id\":");
    nt_json_cstr(b, nt_report_code(r->status));
    nt_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    put_uri(b, nt_rep_or(r->path, ""));
    nt_buf_puts(b, "}}}]}");
}

static void sarif_doc(nt_writer *w, const netral_report *r) {
    if (r->status != NETRAL_OK) {
        sarif_notification(w, r);
        return;
    }
    for (size_t i = 0; i < r->nfindings; i++) sarif_result(w, r, &r->findings[i]);
}

/* Unreadable documents do not make a run unsuccessful (they are notifications); a batch stopped
 * before every document was scanned does (SARIF 2.1.0, 3.20.14). */
static void sarif_end(nt_writer *w, const nt_writer_meta *m) {
    nt_buf *b = &w->buf;
    int interrupted = m && m->interrupted;
    nt_buf_puts(b, interrupted ? "],\"invocations\":[{\"executionSuccessful\":false,"
                               : "],\"invocations\":[{\"executionSuccessful\":true,");
    nt_buf_puts(b, "\"toolExecutionNotifications\":[");
    if (w->side.n) nt_buf_put(b, w->side.p, w->side.n);
    size_t nskip = 0;
    for (int k = 0; m && k < NT_SKIP_KINDS; k++) nskip += m->skipped[k];
    int first = w->side_n == 0;
    if (nskip) {
        nt_buf t;
        nt_buf_init(&t);
        nt_rep_skipped_text(&t, m->skipped, w->en);
        nt_buf_puts(b, first ? "\n{\"level\":\"warning\",\"message\":{\"text\":"
                             : ",\n{\"level\":\"warning\",\"message\":{\"text\":");
        nt_json_str(b, t.p ? t.p : "", t.n);
        nt_buf_puts(b, "},\"descriptor\":{\"id\":\"skipped\"}}");
        nt_buf_free(&t);
        first = 0;
    }
    if (interrupted) {
        size_t total = m->total > w->c.docs ? m->total : w->c.docs;
        sarif_note_open(b, first);
        nt_buf t;
        nt_buf_init(&t);
        if (w->en)
            nt_buf_printf(
                &t, "scan interrupted after %zu of %s%zu documents: this report is incomplete",
                w->c.docs, m->total_exact ? "" : "at least ", total);
        else
            nt_buf_printf(
                &t,
                "pemindaian dihentikan setelah %zu dari %s%zu dokumen: laporan ini tidak lengkap",
                w->c.docs, m->total_exact ? "" : "sedikitnya ", total);
        nt_json_str(b, t.p ? t.p : "", t.n);
        nt_buf_free(&t);
        nt_buf_puts(b, "},\"descriptor\":{\"id\":\"interrupted\"}}");
    }
    nt_buf_puts(b, "]}],\"properties\":{\"ruleset\":");
    nt_json_cstr(b, w->meta.ruleset_id);
    nt_buf_puts(b, ",\"summary\":");
    put_summary_json(b, &w->c, m);
    nt_buf_puts(b, "}}]}\n");
}

/* ---- Writer entry points --------------------------------------------------------------------- */

nt_writer *nt_writer_new(int format, FILE *out, const nt_writer_meta *meta) {
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT) return NULL;
    nt_writer *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->format = format;
    w->out = out;
    if (meta) w->meta = *meta;
    w->en = is_en(meta);
    w->color = format == NETRAL_FORMAT_TEXT && out && isatty(fileno(out)) && !getenv("NO_COLOR");
    nt_buf_init(&w->buf);
    nt_buf_init(&w->side);
    switch (format) {
    case NETRAL_FORMAT_JSON: json_begin(w); break;
    case NETRAL_FORMAT_CSV: nt_buf_puts(&w->buf, CSV_HEADER); break;
    case NETRAL_FORMAT_SARIF: sarif_begin(w); break;
    case NETRAL_FORMAT_HTML: nt_html_begin(w); break;
    default: break;
    }
    if (w->buf.oom) {
        nt_buf_free(&w->buf);
        free(w);
        return NULL;
    }
    return w;
}

int nt_writer_add_linked(nt_writer *w, const netral_report *r, const nt_doc_links *links) {
    if (!w || !r) return NETRAL_E_INVALID_ARG;
    switch (w->format) {
    case NETRAL_FORMAT_JSONL:
        nt_report_put_json(&w->buf, r);
        nt_buf_putc(&w->buf, '\n');
        break;
    case NETRAL_FORMAT_JSON:
        nt_buf_puts(&w->buf, w->c.docs ? ",\n" : "\n");
        nt_report_put_json(&w->buf, r);
        break;
    case NETRAL_FORMAT_CSV: put_doc_csv(&w->buf, r); break;
    case NETRAL_FORMAT_SARIF: sarif_doc(w, r); break;
    case NETRAL_FORMAT_HTML: nt_html_doc(w, r, links); break;
    case NETRAL_FORMAT_TEXT: nt_text_doc(w, r, links); break;
    }
    counts_add(&w->c, r);
    if (w->side.oom) w->buf.oom = 1;
    return writer_flush(w);
}

int nt_writer_add(nt_writer *w, const netral_report *r) { return nt_writer_add_linked(w, r, NULL); }

/* Writes the closing part; leaves the output in w->buf when there is no stream. The end meta
 * (totals, interruption, skipped files) wins over the one given at the start. */
static int writer_close(nt_writer *w, const nt_writer_meta *meta) {
    nt_writer_meta m = w->meta;
    if (meta) {
        m.seconds = meta->seconds;
        m.interrupted = meta->interrupted;
        m.total = meta->total;
        m.total_exact = meta->total_exact;
        memcpy(m.skipped, meta->skipped, sizeof m.skipped);
    }
    switch (w->format) {
    case NETRAL_FORMAT_JSON: json_end(w, &m); break;
    case NETRAL_FORMAT_SARIF: sarif_end(w, &m); break;
    case NETRAL_FORMAT_HTML: nt_html_end(w, &m); break;
    case NETRAL_FORMAT_TEXT: nt_text_end(w, &m); break;
    default: break;
    }
    int rc = writer_flush(w);
    if (w->out && fflush(w->out) != 0) rc = NETRAL_E_IO;
    return rc;
}

static void writer_free(nt_writer *w) {
    nt_buf_free(&w->buf);
    nt_buf_free(&w->side);
    nt_text_free(w);
    free(w);
}

void nt_writer_discard(nt_writer *w) {
    if (w) writer_free(w);
}

int nt_writer_end(nt_writer *w, const nt_writer_meta *meta) {
    if (!w) return NETRAL_E_INVALID_ARG;
    int rc = writer_close(w, meta);
    writer_free(w);
    return rc;
}

int nt_render(const netral_report *const *reports, size_t n, int format, nt_buf *out) {
    if (!out || (n && !reports)) return NETRAL_E_INVALID_ARG;
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT) return NETRAL_E_FORMAT;
    nt_writer_meta meta = {0};
    meta.tool_version = netral_version();
    meta.lang = nt_lang_en() ? "en" : "id";
    meta.text_all = 1; /* a program asked for these reports: show every one */
    nt_writer *w = nt_writer_new(format, NULL, &meta);
    if (!w) return NETRAL_E_NOMEM;
    int rc = NETRAL_OK;
    for (size_t i = 0; i < n && rc == NETRAL_OK; i++)
        if (reports[i]) rc = nt_writer_add(w, reports[i]);
    if (rc == NETRAL_OK) rc = writer_close(w, &meta);
    if (rc == NETRAL_OK) {
        nt_buf_put(out, w->buf.p ? w->buf.p : "", w->buf.n);
        if (out->oom) rc = NETRAL_E_NOMEM;
    }
    writer_free(w);
    return rc;
}
