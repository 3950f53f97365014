/* report.h - renders reports into the contract's formats (jsonl, json, csv, sarif, html, text),
 * either all at once or streamed document by document for large batches. */
#ifndef NT_REPORT_H
#define NT_REPORT_H

#include <stdio.h>
#include "findings.h"

const char *nt_verdict(const netral_report *r); /* violation | review | clean | error */

/* Streaming writer: begin, add each report as it finishes, end with totals. The types are the
 * public ABI's (netral.h); api.c adds the argument checks. */
typedef netral_writer nt_writer;
typedef netral_writer_meta nt_writer_meta;
typedef netral_doc_links nt_doc_links;

nt_writer *nt_writer_new(int format, FILE *out, const nt_writer_meta *meta);
int nt_writer_add(nt_writer *w, const netral_report *r);
int nt_writer_add_linked(nt_writer *w, const netral_report *r, const nt_doc_links *links);
int nt_writer_end(nt_writer *w, const nt_writer_meta *meta); /* flushes and frees w */
void nt_writer_discard(
    nt_writer *w); /* frees w without writing what is pending (a run that never began) */

/* The JSON Lines object of one document (the contract's record, memo facts included), without a
 * newline: the one writer every front end (CLI, server, bindings through netral_render) uses. */
void nt_report_put_json(nt_buf *b, const netral_report *r);

/* One-shot render used by netral_render. */
int nt_render(const netral_report *const *reports, size_t n, int format, nt_buf *out);

#endif
