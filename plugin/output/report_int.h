/* report_int.h - what the report writers share: vocabulary and labels, the summary counters and
 * the writer itself. report.c (jsonl, json, csv, sarif), report_html.c and report_text.c. */
#ifndef NT_REPORT_INT_H
#define NT_REPORT_INT_H

#include "report.h"

/* ---- Vocabulary ------------------------------------------------------------------------------ */
int nt_rep_worst(const netral_report *r); /* worst severity rank, -1 when none */
const char *nt_rep_verdict_label(const char *verdict, int en);
const char *nt_rep_sev_label(const char *severity, int en);
int nt_rep_verdict_slot(const char *verdict); /* violation 0, review 1, clean 2, error 3 */

#define NT_NCATS    NT_NCATEGORIES
#define nt_rep_cats nt_categories /* the contract's categories, display order (base/vocab.c) */
extern const char *const nt_rep_cat_id[NT_NCATS]; /* labels for people */
extern const char *const nt_rep_cat_en[NT_NCATS];
int nt_rep_cat_index(const char *category); /* -1 when not a contract category */
const char *nt_rep_cat_label(const char *category, int en);
/* Memo field labels for people, in nt_memo_keys order. */
const char *nt_rep_memo_label(size_t field, int en);

static inline const char *nt_rep_or(const char *s, const char *dflt) { return s ? s : dflt; }
/* Copy of s with invalid UTF-8 replaced by U+FFFD; NULL when s is already valid. */
char *nt_rep_utf8_clean(const char *s);
/* A path or URI reference, percent-encoded but for unreserved characters and '/'; an absolute
 * path becomes a file:// URI. */
void nt_rep_uri(nt_buf *b, const char *path);
/* "15 files (12 .doc, 3 .pdf) in the scanned folders are not DOCX and were not checked" */
void nt_rep_skipped_text(nt_buf *b, const size_t *skipped, int en);
/* "1.234" in Indonesian, "1,234" in English (numbers shown to people). */
void nt_rep_count(nt_buf *b, size_t n, int en);

/* ---- Counters: the only state that grows with the batch, and it does not --------------------- */
#define NT_NCODES 10 /* per-document status codes 1..9 */
typedef struct nt_counts {
    size_t docs, findings, rule_errors;
    size_t verdict[4];             /* violation, review, clean, error */
    size_t sev[4];                 /* findings per severity */
    size_t cat_docs[NT_NCATS + 1]; /* documents flagged per category; last: other categories */
    size_t cat_findings[NT_NCATS + 1];
    size_t code[NT_NCODES + 1]; /* errors per status code; last: other codes */
} nt_counts;

/* The text legend: each rule's legal basis and suggestion, printed once at the end. */
typedef struct nt_rule_note {
    char *rule, *basis, *suggestion;
} nt_rule_note;

struct netral_writer {
    int format;
    FILE *out;   /* NULL: accumulate everything in buf (nt_render) */
    nt_buf buf;  /* pending output */
    nt_buf side; /* SARIF: tool execution notifications, emitted at the end */
    nt_writer_meta meta;
    nt_counts c;
    int color, en, io_error;
    size_t side_n;       /* SARIF notifications written */
    size_t results;      /* SARIF results written */
    nt_rule_note *notes; /* text: rules seen, for the legend (at most NT_TEXT_MAX_NOTES) */
    size_t nnotes, capnotes;
};

/* ---- The html and text writers --------------------------------------------------------------- */
void nt_html_begin(nt_writer *w);
void nt_html_doc(nt_writer *w, const netral_report *r, const nt_doc_links *links);
void nt_html_end(nt_writer *w, const nt_writer_meta *end);
void nt_text_doc(nt_writer *w, const netral_report *r, const nt_doc_links *links);
void nt_text_end(nt_writer *w, const nt_writer_meta *end);
void nt_text_free(nt_writer *w);

#endif
