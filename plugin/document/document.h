/* document.h - the document model: parts -> paragraphs -> UTF-8 text with a span map back to the
 * runs of the part's XML (the part types are in wordml.h), plus letterhead facts (document.c). */
#ifndef NT_DOCUMENT_H
#define NT_DOCUMENT_H

#include <stddef.h>
#include <stdint.h>
#include "package.h"
#include "wordml.h"


/* Facts about the official letterhead (kop surat) for document-level rules. */
typedef struct nt_letterhead {
    char *header_text;     /* text of the default/first header parts, paragraphs joined by '\n' */
    int header_images;     /* images in header parts */
    char **header_image_alts; size_t nheader_image_alts;
    int body_kop_paras;    /* number of leading body paragraphs considered the letterhead block
                              (first lines up to the first empty line or horizontal rule, max 8,
                              or the first table when the body starts with one) */
    char *title, *subject, *author, *company, *last_modified_by; /* docProps core/app */
} nt_letterhead;

typedef struct nt_doc {
    nt_package *pkg;       /* owned */
    nt_part *parts;        /* main document first, then headers, footers, footnotes, endnotes, comments */
    size_t nparts;
    nt_letterhead lh;
} nt_doc;

#define NT_DOC_KEEP_XML 0x1u /* keep each part's XML (needed by the annotator) */

/* Load every text-bearing part reachable from the main document's relationships (document.c).
 * Takes ownership of pkg (closed on failure too). */
int nt_doc_load(nt_package *pkg, const nt_limits *lim, unsigned flags, nt_doc **out, nt_err *err);
void nt_doc_free(nt_doc *doc);
const nt_part *nt_doc_part(const nt_doc *doc, const char *name);

/* `netral text`: "== part ==" then one paragraph per line, each byte of a line break inside a
 * paragraph (w:br, w:cr, CR, LF, U+0085, U+2028, U+2029) printed as a space, so offsets into the
 * paragraph's text are offsets into its line. json: the model with spans, breaks as they are. */
void nt_doc_write_text(const nt_doc *doc, nt_buf *out);
void nt_doc_write_json(const nt_doc *doc, nt_buf *out);
/* netral_text_memory's JSON: {"parts":[{"name":..,"paragraphs":[{"where":..,"text":..},..]},..]},
 * the paragraphs of each part in the numbering findings use, texts as they are (breaks kept). */
void nt_doc_write_paragraphs_json(const nt_doc *doc, nt_buf *out);

#endif
