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
    const char *annotate_dir;                     /* for links in html; may be NULL */
    double seconds;                               /* filled before nt_writer_end */
    const char *lang;                             /* "id" (default, NULL) or "en": labels */
    int interrupted;                              /* the batch stopped early (Ctrl-C): SARIF says so */
} nt_writer_meta;

nt_writer *nt_writer_new(int format, FILE *out, const nt_writer_meta *meta);
int nt_writer_add(nt_writer *w, const netral_report *r);
int nt_writer_end(nt_writer *w, const nt_writer_meta *meta); /* flushes and frees w */

/* Where the annotated copy of a document goes: dir + the document path made relative
 * ("/" and "./" dropped, ".." renamed "__"). malloc'd; NULL on OOM. Shared by the CLI and html. */
char *nt_mirror_path(const char *dir, const char *path);

/* One-shot render used by netral_render. */
int nt_render(const netral_report *const *reports, size_t n, int format, nt_buf *out);

#endif
