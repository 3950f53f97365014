/* report.h - renders reports into the contract's formats (jsonl, json, csv, sarif, html, text),
 * either all at once or streamed document by document for large batches. */
#ifndef NT_REPORT_H
#define NT_REPORT_H

#include <stdio.h>
#include "findings.h"

const char *nt_verdict(const netral_report *r); /* violation | review | clean | error */

/* Streaming writer: begin, add each report as it finishes, end with totals. */
typedef struct nt_writer nt_writer;
typedef struct nt_writer_meta {
    const char *tool_version;
    const char *ruleset_id;
    const netral_rule_info *rules; size_t nrules; /* for SARIF reportingDescriptors */
    double seconds;                               /* filled before nt_writer_end */
    const char *lang;                             /* "id" (default, NULL) or "en": labels */
    /* filled before nt_writer_end: */
    int interrupted;           /* the batch stopped early (Ctrl-C): every summary says so */
    size_t total;              /* documents found, when interrupted (a lower bound unless total_exact) */
    int total_exact;
    size_t skipped[NT_SKIP_KINDS]; /* non-DOCX memo files left out */
    /* text format: */
    int text_all;              /* clean memos too (default: only what needs attention) */
    int text_brief;            /* one line per finding */
} nt_writer_meta;

/* What a front end knows of one document beyond its report. Any field may be NULL. */
typedef struct nt_doc_links {
    const char *display;   /* the path people see (relative to the scanned folder); NULL: r->path */
    const char *annotated; /* URI reference of its annotated copy, relative to the report */
    const char *original;  /* URI reference of the document itself, relative to the report */
} nt_doc_links;

nt_writer *nt_writer_new(int format, FILE *out, const nt_writer_meta *meta);
int nt_writer_add(nt_writer *w, const netral_report *r);
int nt_writer_add_linked(nt_writer *w, const netral_report *r, const nt_doc_links *links);
int nt_writer_end(nt_writer *w, const nt_writer_meta *meta); /* flushes and frees w */
void nt_writer_discard(nt_writer *w); /* frees w without writing what is pending (a run that never began) */

/* The JSON Lines object of one document (the contract's record, memo facts included), without a
 * newline: the one writer every front end (CLI, server, bindings through netral_render) uses. */
void nt_report_put_json(nt_buf *b, const netral_report *r);

/* Where the annotated copy of a document goes: dir + the document path made relative
 * ("/" and "./" dropped, ".." renamed "__"). malloc'd; NULL on OOM. The CLI passes the path
 * relative to the folder named on the command line. */
char *nt_mirror_path(const char *dir, const char *path);

/* One-shot render used by netral_render. */
int nt_render(const netral_report *const *reports, size_t n, int format, nt_buf *out);

#endif
