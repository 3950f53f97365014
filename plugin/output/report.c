/* report.c - renders reports into jsonl, json, csv, sarif (2.1.0), html and text, streamed one
 * document at a time (only summary counters are kept), plus the one-shot nt_render. */
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- Small vocabulary ------------------------------------------------------------------------ */

static int sev_rank(const char *s) {
    if (!s) return -1;
    if (!strcmp(s, "high")) return 3;
    if (!strcmp(s, "medium")) return 2;
    if (!strcmp(s, "low")) return 1;
    if (!strcmp(s, "info")) return 0;
    return -1;
}

static const char *const SEV_NAMES[4] = {"info", "low", "medium", "high"};

static int report_worst(const netral_report *r) {
    int worst = -1;
    for (size_t i = 0; i < r->nfindings; i++) {
        int s = sev_rank(r->findings[i].severity);
        if (s > worst) worst = s;
    }
    return worst;
}

const char *nt_verdict(const netral_report *r) {
    if (!r) return "error";
    if (r->status != NETRAL_OK) return "error";
    int w = report_worst(r);
    if (w >= 2) return "violation";
    if (w == 1) return "review";
    return "clean";
}

static int is_en(const nt_writer_meta *m) { return m && m->lang && !strcmp(m->lang, "en"); }

static const char *verdict_label(const char *v, int en) {
    if (!strcmp(v, "violation")) return en ? "violation" : "pelanggaran";
    if (!strcmp(v, "review")) return en ? "needs review" : "perlu ditinjau";
    if (!strcmp(v, "clean")) return en ? "clean" : "bersih";
    return en ? "error" : "galat";
}

static const char *sev_label(const char *s, int en) {
    switch (sev_rank(s)) {
    case 3: return en ? "high" : "tinggi";
    case 2: return en ? "medium" : "sedang";
    case 1: return en ? "low" : "rendah";
    case 0: return "info";
    default: return s ? s : "?";
    }
}

/* The contract categories in display order, with labels for people. */
static const char *const CATS[] = {"endorsement", "campaign-activity", "social-media",
                                   "state-facility", "inducement", "letterhead-misuse"};
static const char *const CAT_ID[] = {"Dukungan", "Kegiatan kampanye", "Media sosial",
                                     "Fasilitas negara", "Imbalan", "Penyalahgunaan kop surat"};
static const char *const CAT_EN[] = {"Endorsement", "Campaign activity", "Social media",
                                     "State facility", "Inducement", "Letterhead misuse"};
#define NCATS (sizeof CATS / sizeof CATS[0])

static int cat_index(const char *c) {
    for (size_t i = 0; c && i < NCATS; i++)
        if (!strcmp(c, CATS[i])) return (int)i;
    return -1;
}

static const char *cat_label(const char *c, int en) {
    int i = cat_index(c);
    if (i < 0) return c ? c : "?";
    return en ? CAT_EN[i] : CAT_ID[i];
}

static const char *str_or(const char *s, const char *dflt) { return s ? s : dflt; }

/* ---- Summary counters (the only state that grows with the batch, and it does not) ----------- */

#define NCODES 10 /* per-document status codes 1..9 */

typedef struct counts {
    size_t docs, findings, rule_errors;
    size_t verdict[4];          /* violation, review, clean, error */
    size_t sev[4];              /* findings per severity */
    size_t cat_docs[NCATS + 1]; /* documents flagged per category; last: other categories */
    size_t cat_findings[NCATS + 1];
    size_t code[NCODES + 1];    /* errors per status code; last: other codes */
} counts;

static int verdict_slot(const char *v) {
    if (!strcmp(v, "violation")) return 0;
    if (!strcmp(v, "review")) return 1;
    if (!strcmp(v, "clean")) return 2;
    return 3;
}

static void counts_add(counts *c, const netral_report *r) {
    c->docs++;
    c->verdict[verdict_slot(nt_verdict(r))]++;
    c->rule_errors += r->nrule_errors;
    if (r->status != NETRAL_OK) {
        c->code[(r->status > 0 && r->status < NCODES) ? r->status : NCODES]++;
        return;
    }
    int seen[NCATS + 1] = {0};
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        int s = sev_rank(f->severity), k = cat_index(f->category);
        size_t slot = k < 0 ? NCATS : (size_t)k;
        c->findings++;
        if (s >= 0) c->sev[s]++;
        c->cat_findings[slot]++;
        if (!seen[slot] && s >= 1) { seen[slot] = 1; c->cat_docs[slot]++; }
    }
}

/* ---- The writer ------------------------------------------------------------------------------ */

struct nt_writer {
    int format;
    FILE *out;         /* NULL: accumulate everything in buf (nt_render) */
    nt_buf buf;        /* pending output */
    nt_buf side;       /* SARIF: tool execution notifications, emitted at the end */
    nt_writer_meta meta;
    counts c;
    int color, en, io_error;
    size_t side_n;     /* SARIF notifications written */
    size_t results;    /* SARIF results written */
};

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
    nt_json_cstr(b, str_or(f->excerpt, ""));
    nt_buf_puts(b, ",\"message\":");
    nt_json_cstr(b, str_or(f->message, ""));
    nt_buf_puts(b, ",\"basis\":");
    nt_json_cstr(b, str_or(f->basis, ""));
    nt_buf_puts(b, ",\"suggestion\":");
    nt_json_cstr(b, f->suggestion);
    nt_buf_putc(b, '}');
}

static void put_doc_json(nt_buf *b, const netral_report *r) {
    nt_buf_puts(b, "{\"path\":");
    nt_json_cstr(b, str_or(r->path, ""));
    nt_buf_puts(b, r->status == NETRAL_OK ? ",\"status\":\"ok\"" : ",\"status\":\"error\"");
    nt_buf_puts(b, ",\"verdict\":");
    nt_json_cstr(b, nt_verdict(r));
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
        nt_json_cstr(b, str_or(r->error, ""));
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

static void put_summary_json(nt_buf *b, const counts *c) {
    static const char *const verdicts[4] = {"violation", "review", "clean", "error"};
    const char *cats[NCATS + 1], *codes[NCODES + 1];
    for (size_t i = 0; i < NCATS; i++) cats[i] = CATS[i];
    cats[NCATS] = "other";
    for (int i = 0; i <= NCODES; i++) codes[i] = nt_report_code(i < NCODES ? i : NETRAL_E_INTERNAL);
    nt_buf_printf(b, "{\"documents\":%zu,\"findings\":%zu,\"rule_errors\":%zu,\"verdicts\":",
                  c->docs, c->findings, c->rule_errors);
    put_count_obj(b, verdicts, c->verdict, 4);
    nt_buf_puts(b, ",\"severities\":");
    put_count_obj(b, SEV_NAMES, c->sev, 4);
    nt_buf_puts(b, ",\"categories\":");
    put_count_obj(b, cats, c->cat_docs, NCATS + 1);
    nt_buf_puts(b, ",\"errors\":");
    put_count_obj(b, codes, c->code, NCODES + 1);
    nt_buf_putc(b, '}'); /* no timings: two runs over the same files give the same bytes */
}

static void json_begin(nt_writer *w) {
    nt_buf_puts(&w->buf, "{\"tool\":\"netral\",\"version\":");
    nt_json_cstr(&w->buf, str_or(w->meta.tool_version, netral_version()));
    nt_buf_puts(&w->buf, ",\"ruleset\":");
    nt_json_cstr(&w->buf, w->meta.ruleset_id);
    nt_buf_puts(&w->buf, ",\"documents\":[");
}

static void json_end(nt_writer *w) {
    nt_buf_puts(&w->buf, w->c.docs ? "\n],\"summary\":" : "],\"summary\":");
    put_summary_json(&w->buf, &w->c);
    nt_buf_puts(&w->buf, "}\n");
}

/* ---- csv: one row per finding; documents without findings get one row ------------------------ */

/* Copy of s with invalid UTF-8 replaced by U+FFFD (hostile documents, odd file names), so
 * every reader decodes the report; NULL when s is already valid. */
static char *utf8_clean(const char *s) {
    size_t len = strlen(s);
    if (nt_utf8_valid(s, len)) return NULL;
    nt_buf clean;
    nt_buf_init(&clean);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = nt_utf8_decode(p + i, len - i, &cp);
        if (!n) { nt_buf_puts(&clean, "\xEF\xBF\xBD"); i++; continue; }
        nt_buf_put(&clean, p + i, n);
        i += n;
    }
    if (clean.oom) { nt_buf_free(&clean); return NULL; }
    return nt_buf_take(&clean, NULL);
}

/* One cell. guard: free text from documents or rules, where a leading = + - @ (or tab, CR) is a
 * formula to Excel and LibreOffice Calc and a memo is hostile input ("=HYPERLINK(...)" as a file
 * name or excerpt): such a cell gets a leading apostrophe, as OWASP advises for CSV exports. */
static void csv_cell(nt_buf *b, const char *s, int last, int guard) {
    if (!s) s = "";
    char *clean = utf8_clean(s);
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
    "paragraph,start,end,excerpt,message,basis,suggestion\r\n";

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
        nt_buf_puts(b, ",,,,,,,,,,,,\r\n");
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
        csv_text(b, f->suggestion, 1);
    }
}

/* ---- sarif 2.1.0 ------------------------------------------------------------------------------ */

static const char *sarif_level(const char *sev) {
    int s = sev_rank(sev);
    return s >= 3 ? "error" : s == 2 ? "warning" : "note";
}

/* artifactLocation.uri must be a URI reference: percent-encode all but unreserved and '/'. */
static void put_uri_raw(nt_buf *b, const char *path) {
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
    put_uri_raw(b, path);
    nt_buf_putc(b, '"');
}

static void sarif_rule(nt_buf *b, const netral_rule_info *ri, int en) {
    const char *name = ri->id ? strchr(ri->id, '.') : NULL;
    nt_buf_puts(b, "{\"id\":");
    nt_json_cstr(b, str_or(ri->id, "?"));
    nt_buf_puts(b, ",\"name\":");
    nt_json_cstr(b, name ? name + 1 : str_or(ri->id, "?"));
    nt_buf_puts(b, ",\"shortDescription\":{\"text\":");
    nt_json_cstr(b, str_or(ri->message, str_or(ri->id, "?")));
    nt_buf_puts(b, "},\"fullDescription\":{\"text\":");
    nt_buf t;
    nt_buf_init(&t);
    nt_buf_printf(&t, "%s (%s: %s)", str_or(ri->message, ""), en ? "basis" : "dasar",
                  str_or(ri->basis, "-"));
    nt_json_str(b, t.p ? t.p : "", t.n);
    nt_buf_puts(b, "},\"help\":{\"text\":");
    t.n = 0;
    nt_buf_printf(&t, "%s: %s", en ? "Legal basis" : "Dasar hukum", str_or(ri->basis, "-"));
    nt_json_str(b, t.p ? t.p : "", t.n);
    nt_buf_free(&t);
    nt_buf_puts(b, "},\"defaultConfiguration\":{\"level\":\"");
    nt_buf_puts(b, sarif_level(ri->severity));
    nt_buf_puts(b, "\"},\"properties\":{\"category\":");
    nt_json_cstr(b, str_or(ri->category, ""));
    nt_buf_puts(b, ",\"severity\":");
    nt_json_cstr(b, str_or(ri->severity, ""));
    nt_buf_puts(b, ",\"source\":");
    nt_json_cstr(b, str_or(ri->source, ""));
    nt_buf_puts(b, "}}");
}

static void sarif_begin(nt_writer *w) {
    nt_buf *b = &w->buf;
    nt_buf_puts(b, "{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
                   "schemas/sarif-schema-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":"
                   "{\"driver\":{\"name\":\"netral\",\"version\":");
    nt_json_cstr(b, str_or(w->meta.tool_version, netral_version()));
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
    nt_json_cstr(b, str_or(f->rule, "?"));
    if (idx >= 0) nt_buf_printf(b, ",\"ruleIndex\":%d", idx);
    nt_buf_printf(b, ",\"level\":\"%s\",\"message\":{\"text\":", sarif_level(f->severity));
    nt_json_cstr(b, str_or(f->message, str_or(f->rule, "?")));
    nt_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    put_uri(b, str_or(r->path, ""));
    nt_buf_printf(b, "},\"region\":{\"startLine\":%d,\"snippet\":{\"text\":",
                  f->paragraph >= 0 ? f->paragraph + 1 : 1);
    nt_json_cstr(b, str_or(f->excerpt, ""));
    nt_buf_puts(b, "}}},\"logicalLocations\":[{\"name\":");
    nt_json_cstr(b, str_or(f->part, ""));
    nt_buf_puts(b, ",\"kind\":\"module\"}]}],\"properties\":{\"category\":");
    nt_json_cstr(b, str_or(f->category, ""));
    nt_buf_puts(b, ",\"severity\":");
    nt_json_cstr(b, str_or(f->severity, ""));
    nt_buf_printf(b, ",\"confidence\":%.3g,\"part\":", f->confidence >= 0 ? f->confidence : 0.0);
    nt_json_cstr(b, str_or(f->part, ""));
    nt_buf_puts(b, ",\"where\":");
    nt_json_cstr(b, str_or(f->where, ""));
    nt_buf_printf(b, ",\"paragraph\":%d,\"start\":%zu,\"end\":%zu,\"basis\":", f->paragraph,
                  f->start, f->end);
    nt_json_cstr(b, str_or(f->basis, ""));
    nt_buf_puts(b, ",\"suggestion\":");
    nt_json_cstr(b, str_or(f->suggestion, ""));
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
    nt_json_cstr(b, str_or(r->error, nt_report_code(r->status)));
    nt_buf_puts(b, "},\"descriptor\":{\"id\":");
    nt_json_cstr(b, nt_report_code(r->status));
    nt_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    put_uri(b, str_or(r->path, ""));
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
static void sarif_end(nt_writer *w, int interrupted) {
    nt_buf *b = &w->buf;
    nt_buf_puts(b, interrupted ? "],\"invocations\":[{\"executionSuccessful\":false,"
                               : "],\"invocations\":[{\"executionSuccessful\":true,");
    nt_buf_puts(b, "\"toolExecutionNotifications\":[");
    if (w->side.n) nt_buf_put(b, w->side.p, w->side.n);
    if (interrupted) {
        sarif_note_open(b, w->side_n == 0);
        nt_json_cstr(b, "scan interrupted: the report covers only the documents finished before the stop");
        nt_buf_puts(b, "},\"descriptor\":{\"id\":\"interrupted\"}}");
    }
    nt_buf_puts(b, "]}],\"properties\":{\"ruleset\":");
    nt_json_cstr(b, w->meta.ruleset_id);
    nt_buf_puts(b, ",\"summary\":");
    put_summary_json(b, &w->c);
    nt_buf_puts(b, "}}]}\n");
}

/* ---- html: one self-contained page; rows stream, the summary is placed on top by CSS order --- */

static void html_esc(nt_buf *b, const char *s) {
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '&': nt_buf_puts(b, "&amp;"); break;
        case '<': nt_buf_puts(b, "&lt;"); break;
        case '>': nt_buf_puts(b, "&gt;"); break;
        case '"': nt_buf_puts(b, "&quot;"); break;
        case '\'': nt_buf_puts(b, "&#39;"); break;
        default: nt_buf_putc(b, *p);
        }
    }
}

/* Text may hold invalid UTF-8 from a hostile document: bad bytes become U+FFFD first. */
static void html_text(nt_buf *b, const char *s) {
    if (!s) return;
    char *clean = utf8_clean(s);
    html_esc(b, clean ? clean : s);
    free(clean);
}

static const char HTML_CSS[] =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
    "background:#f4f5f7;color:#1d2330}main{display:flex;flex-direction:column;max-width:1200px;"
    "margin:0 auto;padding:20px}h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:18px 0 8px}"
    ".meta{color:#5b6475;font-size:12px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}"
    ".card{background:#fff;border-radius:8px;padding:10px 16px;min-width:120px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.08)}.card b{display:block;font-size:22px}"
    ".card span{color:#5b6475;font-size:12px}.panel{background:#fff;border-radius:8px;padding:12px 16px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.08)}.controls{display:flex;gap:8px;margin:0 0 10px;"
    "align-items:center}.controls input{flex:1;padding:6px 8px;border:1px solid #c8ccd4;"
    "border-radius:6px}.controls select{padding:6px;border:1px solid #c8ccd4;border-radius:6px}"
    "table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;"
    "vertical-align:top;padding:6px 8px;border-bottom:1px solid #e3e6eb}th{background:#eef0f4;"
    "cursor:pointer;user-select:none;white-space:nowrap}th:after{content:' \\2195';color:#9aa1ad}"
    "th.asc:after{content:' \\2191'}th.desc:after{content:' \\2193'}td.path{word-break:break-all;"
    "max-width:320px}ul{margin:0;padding-left:16px}li{margin:2px 0}.v{padding:1px 7px;"
    "border-radius:9px;font-size:12px;white-space:nowrap}.v-violation{background:#fde2e1;color:#a1120b}"
    ".v-review{background:#fff1cc;color:#7a5200}.v-error{background:#e4e6eb;color:#39404d}"
    ".s3{color:#a1120b;font-weight:600}.s2{color:#b45309;font-weight:600}.s1{color:#7a5200}"
    "q{background:#fff6bf}small{color:#5b6475}#summary{order:-1}.empty{color:#5b6475;padding:8px}";

/* Sorting by header click, filtering by text and category; the URL fragment may preset them
 * (#q=text&cat=endorsement&sort=-2: column 2 descending) so a link can share a view. */
static const char HTML_JS[] =
    "(function(){var t=document.getElementById('t'),tb=t.tBodies[0],q=document.getElementById('q'),"
    "sel=document.getElementById('cat'),shown=document.getElementById('shown'),"
    "hs=t.tHead.rows[0].cells;var rows=Array.prototype.slice.call(tb.rows),cats={};"
    "rows.forEach(function(r){(r.getAttribute('data-cats')||'').split(' ').forEach(function(c){"
    "if(c)cats[c]=1;});});"
    "var L=JSON.parse(document.getElementById('labels').textContent);"
    "Object.keys(cats).sort().forEach(function(c){var o=document.createElement('option');"
    "o.value=c;o.textContent=L[c]||c;sel.appendChild(o);});"
    "function apply(){var s=q.value.toLowerCase(),c=sel.value,n=0;rows.forEach(function(r){"
    "var ok=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&"
    "(!c||(' '+r.getAttribute('data-cats')+' ').indexOf(' '+c+' ')>=0);"
    "r.style.display=ok?'':'none';if(ok)n++;});shown.textContent=n+' / '+rows.length;}"
    "function sortBy(i,asc){Array.prototype.forEach.call(hs,function(h){h.className='';});"
    "hs[i].className=asc?'asc':'desc';rows.sort(function(a,b){"
    "var x=a.cells[i].getAttribute('data-v'),y=b.cells[i].getAttribute('data-v'),d;"
    "if(x!==null&&y!==null)d=parseFloat(x)-parseFloat(y);"
    "else d=a.cells[i].textContent.localeCompare(b.cells[i].textContent);"
    "return asc?d:-d;});rows.forEach(function(r){tb.appendChild(r);});}"
    "q.addEventListener('input',apply);sel.addEventListener('change',apply);"
    "Array.prototype.forEach.call(hs,function(th,i){th.addEventListener('click',function(){"
    "sortBy(i,th.className!=='asc');});});"
    "location.hash.replace(/^#/,'').split('&').forEach(function(kv){var p=kv.split('='),"
    "v=decodeURIComponent(p.slice(1).join('=')||'');if(p[0]==='q')q.value=v;"
    "else if(p[0]==='cat')sel.value=v;else if(p[0]==='sort'&&/^-?[0-9]+$/.test(v)){"
    "var i=Math.abs(parseInt(v,10));if(i<hs.length)sortBy(i,v.charAt(0)!=='-');}});"
    "apply();})();";

static void html_begin(nt_writer *w) {
    nt_buf *b = &w->buf;
    int en = w->en;
    nt_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width\">"
                     "<title>%s</title><style>%s</style></head>\n<body><main>\n",
                  en ? "en" : "id", en ? "Netral report" : "Laporan Netral", HTML_CSS);
    nt_buf_printf(b, "<section id=\"rows\"><h2>%s</h2><div class=\"controls\">"
                     "<input id=\"q\" type=\"search\" placeholder=\"%s\">"
                     "<select id=\"cat\"><option value=\"\">%s</option></select>"
                     "<small id=\"shown\"></small></div>\n<table id=\"t\"><thead><tr>"
                     "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                     "</tr></thead><tbody>\n",
                  en ? "Flagged memos" : "Memo yang ditandai",
                  en ? "Filter by path, category, excerpt…" : "Saring menurut berkas, kategori, kutipan…",
                  en ? "All categories" : "Semua kategori", en ? "Document" : "Berkas",
                  en ? "Verdict" : "Putusan", en ? "Severity" : "Tingkat",
                  en ? "Categories" : "Kategori", en ? "Excerpts" : "Kutipan");
}

/* Annotated copies mirror the input path under annotate_dir (same mapping as the CLI). */
static int html_link_open(nt_writer *w, const netral_report *r) {
    if (!w->meta.annotate_dir || r->status != NETRAL_OK) return 0;
    char *target = nt_mirror_path(w->meta.annotate_dir, str_or(r->path, ""));
    if (!target) return 0;
    nt_buf_puts(&w->buf, "<a href=\"");
    put_uri_raw(&w->buf, target); /* percent-encoded: nothing left to escape for HTML */
    nt_buf_puts(&w->buf, "\">");
    free(target);
    return 1;
}

/* Category labels for the cell (b) and codes for the row's data-cats filter attribute. */
static void html_categories(const nt_writer *w, const netral_report *r, nt_buf *b, nt_buf *attr) {
    int seen[NCATS + 1] = {0}, first = 1;
    for (size_t i = 0; i < r->nfindings; i++) {
        const char *c = r->findings[i].category;
        int k = cat_index(c);
        if (k >= 0 && seen[k]) continue;
        if (k >= 0) seen[k] = 1;
        else if (attr->n && strstr(nt_buf_cstr(attr), str_or(c, "?"))) continue;
        if (!first) { nt_buf_puts(b, ", "); nt_buf_putc(attr, ' '); }
        html_text(b, cat_label(c, w->en));
        html_text(attr, str_or(c, "?"));
        first = 0;
    }
}

#define HTML_MAX_EXCERPTS 6

static void html_excerpts(nt_writer *w, const netral_report *r) {
    nt_buf *b = &w->buf;
    if (r->status != NETRAL_OK) {
        nt_buf_puts(b, "<b>");
        html_text(b, nt_report_code(r->status));
        nt_buf_puts(b, "</b>: ");
        html_text(b, r->error);
        return;
    }
    nt_buf_puts(b, "<ul>");
    for (size_t i = 0; i < r->nfindings && i < HTML_MAX_EXCERPTS; i++) {
        const netral_finding *f = &r->findings[i];
        nt_buf_printf(b, "<li><span class=\"s%d\">", sev_rank(f->severity));
        html_text(b, sev_label(f->severity, w->en));
        nt_buf_puts(b, "</span> <q>");
        html_text(b, f->excerpt);
        nt_buf_puts(b, "</q> ");
        html_text(b, f->message);
        nt_buf_puts(b, " <small>");
        html_text(b, f->rule);
        nt_buf_puts(b, " · ");
        html_text(b, f->part);
        nt_buf_printf(b, " ¶%d</small></li>", f->paragraph); /* as in jsonl and text */
    }
    if (r->nfindings > HTML_MAX_EXCERPTS)
        nt_buf_printf(b, "<li><small>%s %zu %s</small></li>", w->en ? "and" : "dan",
                      r->nfindings - HTML_MAX_EXCERPTS, w->en ? "more" : "lainnya");
    nt_buf_puts(b, "</ul>");
}

static void html_doc(nt_writer *w, const netral_report *r) {
    const char *v = nt_verdict(r);
    if (!strcmp(v, "clean")) return; /* only counted: the table lists memos that need attention */
    nt_buf *b = &w->buf;
    nt_buf cats_html, attr;
    nt_buf_init(&attr);
    nt_buf_init(&cats_html);
    int worst = report_worst(r);
    /* built first: the data-cats attribute opens the row */
    html_categories(w, r, &cats_html, &attr);
    nt_buf_printf(b, "<tr data-cats=\"%s\"><td class=\"path\">", nt_buf_cstr(&attr));
    int linked = html_link_open(w, r);
    html_text(b, r->path);
    if (linked) nt_buf_puts(b, "</a>");
    nt_buf_printf(b, "</td><td data-v=\"%d\"><span class=\"v v-%s\">%s</span></td>",
                  3 - verdict_slot(v), v, verdict_label(v, w->en));
    nt_buf_printf(b, "<td data-v=\"%d\"><span class=\"s%d\">%s</span></td><td>", worst, worst,
                  worst >= 0 ? sev_label(SEV_NAMES[worst], w->en) : "–");
    if (cats_html.n) nt_buf_put(b, cats_html.p, cats_html.n);
    nt_buf_puts(b, "</td><td>");
    html_excerpts(w, r);
    nt_buf_puts(b, "</td></tr>\n");
    if (cats_html.oom || attr.oom) b->oom = 1;
    nt_buf_free(&cats_html);
    nt_buf_free(&attr);
}

static void html_card(nt_buf *b, size_t n, const char *label) {
    nt_buf_printf(b, "<div class=\"card\"><b>%zu</b><span>%s</span></div>", n, label);
}

/* Horizontal bars: documents flagged per category. */
static void html_chart(nt_writer *w) {
    nt_buf *b = &w->buf;
    const counts *c = &w->c;
    size_t max = 1;
    for (size_t i = 0; i <= NCATS; i++)
        if (c->cat_docs[i] > max) max = c->cat_docs[i];
    int rows = (int)NCATS + (c->cat_docs[NCATS] ? 1 : 0), bar = 28, lw = 200, width = 760;
    nt_buf_printf(b, "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" "
                     "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\" "
                     "font-family=\"sans-serif\" font-size=\"13\">",
                  w->en ? "Flagged documents by category" : "Dokumen ditandai per kategori",
                  width, rows * bar + 4, width, rows * bar + 4);
    static const char *const colors[] = {"#c0392b", "#d35400", "#8e44ad", "#2c7fb8", "#16a085",
                                         "#7f8c8d", "#95a5a6"};
    for (int i = 0; i < rows; i++) {
        int y = i * bar + 2, len = (int)((double)c->cat_docs[i] * (width - lw - 60) / (double)max);
        const char *label = i < (int)NCATS ? (w->en ? CAT_EN[i] : CAT_ID[i]) : (w->en ? "Other" : "Lainnya");
        nt_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", lw - 8,
                      y + 18, label);
        nt_buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
                      lw, y + 4, len > 0 ? len : 1, bar - 8, colors[i]);
        nt_buf_printf(b, "<text x=\"%d\" y=\"%d\">%zu</text>", lw + (len > 0 ? len : 1) + 6,
                      y + 18, c->cat_docs[i]);
    }
    nt_buf_puts(b, "</svg>");
}

static void html_end(nt_writer *w, double seconds) {
    nt_buf *b = &w->buf;
    const counts *c = &w->c;
    int en = w->en;
    nt_buf_puts(b, "</tbody></table>");
    if (!c->verdict[0] && !c->verdict[1] && !c->verdict[3])
        nt_buf_printf(b, "<p class=\"empty\">%s</p>",
                      en ? "No memo was flagged." : "Tidak ada memo yang ditandai.");
    nt_buf_puts(b, "</section>\n<section id=\"summary\">");
    nt_buf_printf(b, "<h1>%s</h1><div class=\"meta\">netral ", en ? "Netral report" : "Laporan Netral");
    html_text(b, str_or(w->meta.tool_version, netral_version()));
    if (w->meta.ruleset_id) {
        nt_buf_puts(b, en ? " · rule set " : " · set aturan ");
        html_text(b, w->meta.ruleset_id);
    }
    if (seconds > 0) {
        char secs[32];
        snprintf(secs, sizeof secs, "%.1f", seconds);
        char *dot = en ? NULL : strchr(secs, '.');
        if (dot) *dot = ','; /* Indonesian decimal comma */
        nt_buf_printf(b, " · %s %s", secs, en ? "s" : "detik");
    }
    nt_buf_puts(b, "</div><div class=\"cards\">");
    html_card(b, c->docs, en ? "documents scanned" : "dokumen dipindai");
    html_card(b, c->verdict[0], en ? "violations" : "pelanggaran");
    html_card(b, c->verdict[1], en ? "need review" : "perlu ditinjau");
    html_card(b, c->verdict[2], en ? "clean" : "bersih");
    html_card(b, c->verdict[3], en ? "unreadable" : "tidak terbaca");
    html_card(b, c->findings, en ? "findings" : "temuan");
    nt_buf_printf(b, "</div><div class=\"panel\"><h2>%s</h2>",
                  en ? "Flagged documents by category" : "Dokumen ditandai per kategori");
    html_chart(w);
    nt_buf_puts(b, "</div></section>\n</main>\n<script type=\"application/json\" id=\"labels\">{");
    for (size_t i = 0; i < NCATS; i++)
        nt_buf_printf(b, "%s\"%s\":\"%s\"", i ? "," : "", CATS[i], en ? CAT_EN[i] : CAT_ID[i]);
    nt_buf_printf(b, "}</script>\n<script>%s</script>\n</body></html>\n", HTML_JS);
}

/* ---- text: grouped by document, colour only on a terminal ------------------------------------ */

static const char *col(const nt_writer *w, const char *code) { return w->color ? code : ""; }

static const char *sev_color(int s) {
    return s >= 3 ? "\033[1;31m" : s == 2 ? "\033[33m" : s == 1 ? "\033[36m" : "\033[2m";
}

static void text_doc(nt_writer *w, const netral_report *r) {
    nt_buf *b = &w->buf;
    const char *v = nt_verdict(r);
    int en = w->en;
    const char *vc = !strcmp(v, "violation") ? "\033[1;31m" : !strcmp(v, "review") ? "\033[33m"
                     : !strcmp(v, "clean") ? "\033[32m" : "\033[1;35m";
    nt_buf_printf(b, "%s%s%s  %s%s%s", col(w, "\033[1m"), str_or(r->path, ""), col(w, "\033[0m"),
                  col(w, vc), verdict_label(v, en), col(w, "\033[0m"));
    if (r->status != NETRAL_OK) {
        nt_buf_printf(b, "  [%s] %s\n", nt_report_code(r->status), str_or(r->error, ""));
        return;
    }
    if (r->nfindings)
        nt_buf_printf(b, "  (%zu %s)", r->nfindings, en ? "findings" : "temuan");
    nt_buf_putc(b, '\n');
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        int s = sev_rank(f->severity);
        nt_buf_printf(b, "  %s%-7s%s %s  %s ¶%d [%zu-%zu]\n", col(w, sev_color(s)),
                      sev_label(f->severity, en), col(w, "\033[0m"), str_or(f->rule, "?"),
                      str_or(f->part, "?"), f->paragraph, f->start, f->end);
        nt_buf_printf(b, "          \"%s\"\n          %s\n", str_or(f->excerpt, ""),
                      str_or(f->message, ""));
        if (f->basis && *f->basis)
            nt_buf_printf(b, "          %s: %s\n", en ? "Basis" : "Dasar", f->basis);
        if (f->suggestion && *f->suggestion)
            nt_buf_printf(b, "          %s: %s\n", en ? "Suggestion" : "Saran", f->suggestion);
    }
    for (size_t i = 0; i < r->nrule_errors; i++)
        nt_buf_printf(b, "  %s%s%s: %s\n", col(w, "\033[35m"), en ? "rule error" : "galat aturan",
                      col(w, "\033[0m"), r->rule_errors[i]);
}

static void text_end(nt_writer *w) {
    const counts *c = &w->c;
    if (w->en)
        nt_buf_printf(&w->buf, "\n%zu documents: %zu violation, %zu need review, %zu clean, "
                               "%zu unreadable.\n",
                      c->docs, c->verdict[0], c->verdict[1], c->verdict[2], c->verdict[3]);
    else
        nt_buf_printf(&w->buf, "\n%zu dokumen: %zu pelanggaran, %zu perlu ditinjau, %zu bersih, "
                               "%zu tidak terbaca.\n",
                      c->docs, c->verdict[0], c->verdict[1], c->verdict[2], c->verdict[3]);
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
    case NETRAL_FORMAT_HTML: html_begin(w); break;
    default: break;
    }
    if (w->buf.oom) {
        nt_buf_free(&w->buf);
        free(w);
        return NULL;
    }
    return w;
}

int nt_writer_add(nt_writer *w, const netral_report *r) {
    if (!w || !r) return NETRAL_E_INVALID_ARG;
    switch (w->format) {
    case NETRAL_FORMAT_JSONL:
        put_doc_json(&w->buf, r);
        nt_buf_putc(&w->buf, '\n');
        break;
    case NETRAL_FORMAT_JSON:
        nt_buf_puts(&w->buf, w->c.docs ? ",\n" : "\n");
        put_doc_json(&w->buf, r);
        break;
    case NETRAL_FORMAT_CSV: put_doc_csv(&w->buf, r); break;
    case NETRAL_FORMAT_SARIF: sarif_doc(w, r); break;
    case NETRAL_FORMAT_HTML: html_doc(w, r); break;
    case NETRAL_FORMAT_TEXT: text_doc(w, r); break;
    }
    counts_add(&w->c, r);
    if (w->side.oom) w->buf.oom = 1;
    return writer_flush(w);
}

/* Writes the closing part; leaves the output in w->buf when there is no stream. */
static int writer_close(nt_writer *w, const nt_writer_meta *meta) {
    double seconds = meta ? meta->seconds : 0.0;
    switch (w->format) {
    case NETRAL_FORMAT_JSON: json_end(w); break;
    case NETRAL_FORMAT_SARIF: sarif_end(w, meta ? meta->interrupted : 0); break;
    case NETRAL_FORMAT_HTML: html_end(w, seconds); break;
    case NETRAL_FORMAT_TEXT: if (w->c.docs != 1) text_end(w); break;
    default: break;
    }
    int rc = writer_flush(w);
    if (w->out && fflush(w->out) != 0) rc = NETRAL_E_IO;
    return rc;
}

int nt_writer_end(nt_writer *w, const nt_writer_meta *meta) {
    if (!w) return NETRAL_E_INVALID_ARG;
    int rc = writer_close(w, meta);
    nt_buf_free(&w->buf);
    nt_buf_free(&w->side);
    free(w);
    return rc;
}

int nt_render(const netral_report *const *reports, size_t n, int format, nt_buf *out) {
    if (!out || (n && !reports)) return NETRAL_E_INVALID_ARG;
    if (format < NETRAL_FORMAT_JSONL || format > NETRAL_FORMAT_TEXT) return NETRAL_E_FORMAT;
    nt_writer_meta meta = {0};
    meta.tool_version = netral_version();
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
    nt_buf_free(&w->buf);
    nt_buf_free(&w->side);
    free(w);
    return rc;
}

/* ---- Annotated-copy paths -------------------------------------------------------------------- */

/* DIR + the input path made relative: leading '/' and "./" dropped, ".." components renamed
 * so a copy can never land outside DIR. */
char *nt_mirror_path(const char *dir, const char *path) {
    if (!dir || !path) return NULL;
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_puts(&b, dir);
    while (b.n > 1 && b.p[b.n - 1] == '/') b.p[--b.n] = 0;
    const char *p = path;
    while (*p) {
        while (*p == '/') p++;
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0) break;
        if (!(len == 1 && p[0] == '.')) {
            nt_buf_putc(&b, '/');
            if (len == 2 && p[0] == '.' && p[1] == '.') nt_buf_puts(&b, "__");
            else nt_buf_put(&b, p, len);
        }
        p += len;
    }
    if (b.oom) { nt_buf_free(&b); return NULL; }
    return nt_buf_take(&b, NULL);
}
