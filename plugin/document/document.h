/* document.h - the document model: parts -> paragraphs -> UTF-8 text with a span map back to the
 * runs of the part's XML (the part types are in wordml.h), plus letterhead facts (document.c). */
#ifndef NT_DOCUMENT_H
#define NT_DOCUMENT_H

#include <stddef.h>
#include <stdint.h>
#include "memo_facts.h"
#include "package.h"
#include "wordml.h"

/* One line of what may be the letterhead, whatever shape the kop was typed in: a header
 * paragraph, a line of a paragraph broken with Shift+Enter, a table cell, a text box, or an
 * image's alt text. Rules decide what the lines mean (institution, address, logo). */
typedef enum nt_kop_source {
    NT_KOP_HEADER = 0,
    NT_KOP_BODY,
    NT_KOP_TABLE,
    NT_KOP_TEXTBOX,
    NT_KOP_ALT
} nt_kop_source;
const char *nt_kop_source_name(int source); /* header body table textbox alt */

typedef struct nt_kop_line {
    char *text;          /* the line, spaces trimmed */
    uint32_t part;       /* index into doc->parts */
    uint32_t para;       /* paragraph index in that part (for alt text: the image's paragraph) */
    uint32_t start, end; /* byte range of the line in the paragraph's text; 0, 0 for alt text */
    int source;          /* nt_kop_source */
} nt_kop_line;

/* Facts about the official letterhead (kop surat) for document-level rules. */
typedef struct nt_letterhead {
    char *header_text; /* text of the default/first header parts, paragraphs joined by '\n' */
    int header_images; /* images in header parts */
    char **header_image_alts;
    size_t nheader_image_alts;
    int body_kop_paras; /* number of leading body paragraphs considered the letterhead block
                              (first lines up to the first empty line or horizontal rule, max 8,
                              or the first table when the body starts with one) */
    char *title, *subject, *author, *company, *last_modified_by; /* docProps core/app */
    nt_kop_line *lines; /* header lines, then the body's kop block lines (see nt_kop_collect) */
    size_t nlines;
} nt_letterhead;

typedef struct nt_doc {
    nt_package *pkg; /* owned */
    nt_part *parts;  /* main document first, then headers, footers, footnotes, endnotes, comments */
    size_t nparts;
    nt_letterhead lh;
    nt_memo memo; /* the memo's facts as a letter (memo.c) */
} nt_doc;

#define NT_DOC_KEEP_XML 0x1u /* keep each part's XML (needed by the annotator) */

/* Load every text-bearing part reachable from the main document's relationships (document.c).
 * Takes ownership of pkg (closed on failure too). */
int nt_doc_load(nt_package *pkg, const nt_limits *lim, unsigned flags, nt_doc **out, nt_err *err);
void nt_doc_free(nt_doc *doc);
const nt_part *nt_doc_part(const nt_doc *doc, const char *name);
/* Fills doc->lh.lines from the header parts and the body's first lines (lh.body_kop_paras must
 * be set): each paragraph split at its line breaks, table cells and text boxes as lines, image
 * alt texts as lines of their own. Used by the loader and by rule examples. 0 or NETRAL_E_NOMEM. */
int nt_kop_collect(nt_doc *doc);
void nt_kop_lines_free(nt_letterhead *lh);
/* memo.c: fills doc->memo (after the letterhead). 0 or NETRAL_E_NOMEM. */
int nt_memo_extract(nt_doc *doc);

/* `netral text`: "== part ==" then one paragraph per line, each byte of a line break inside a
 * paragraph (w:br, w:cr, CR, LF, U+0085, U+2028, U+2029) printed as a space, so offsets into the
 * paragraph's text are offsets into its line. json: the model with spans, breaks as they are. */
void nt_doc_write_text(const nt_doc *doc, nt_buf *out);
void nt_doc_write_json(const nt_doc *doc, nt_buf *out);
/* netral_text_memory's JSON: {"parts":[{"name":..,"paragraphs":[{"where":..,"text":..},..]},..]},
 * the paragraphs of each part in the numbering findings use, texts as they are (breaks kept). */
void nt_doc_write_paragraphs_json(const nt_doc *doc, nt_buf *out);

#endif
