/* annotate.h - writes an annotated copy of a DOCX: Word comments anchored on each finding's words,
 * comments.xml created or merged, a custom property with the verdict; unchanged entries copied raw. */
#ifndef NT_ANNOTATE_H
#define NT_ANNOTATE_H

#include "atomic.h"
#include "document.h"
#include "findings.h"

typedef struct nt_annot_opts {
    const char *author;   /* default "Netral" */
    const char *initials; /* default "N" */
    int highlight;
    const char *lang; /* "id" | "en": labels in comment text */
} nt_annot_opts;

/* doc must have been loaded with NT_DOC_KEEP_XML. Produces the new .docx bytes (malloc'd). */
int nt_annotate(const nt_doc *doc, const netral_report *rep, const nt_annot_opts *opts, void **out,
                size_t *out_len, nt_err *err);

#endif
