/* wordml.h - one WordprocessingML part as the reader sees it: paragraphs of UTF-8 text with a
 * span map back to the runs of the part's XML (wordml.c parses a part into this). */
#ifndef NT_WORDML_H
#define NT_WORDML_H

#include <stddef.h>
#include <stdint.h>

#include "package.h"

typedef enum nt_part_kind {
    NT_PART_BODY = 0,
    NT_PART_HEADER,
    NT_PART_FOOTER,
    NT_PART_FOOTNOTES,
    NT_PART_ENDNOTES,
    NT_PART_COMMENTS
} nt_part_kind;

/* Where a paragraph lives; names used in reports: body table textbox header footer footnote
 * endnote comment. */
typedef enum nt_where {
    NT_WHERE_BODY = 0,
    NT_WHERE_TABLE,
    NT_WHERE_TEXTBOX,
    NT_WHERE_HEADER,
    NT_WHERE_FOOTER,
    NT_WHERE_FOOTNOTE,
    NT_WHERE_ENDNOTE,
    NT_WHERE_COMMENT
} nt_where;
const char *nt_where_name(nt_where w);

/* Span flags */
#define NT_SPAN_HIDDEN    0x01u /* w:vanish on the run */
#define NT_SPAN_INSERTED  0x02u /* inside w:ins / w:moveTo */
#define NT_SPAN_SYNTHETIC 0x04u /* not from w:t text: tab, break, sym, noBreakHyphen */
#define NT_SPAN_FIELD     0x08u /* field result text */
#define NT_SPAN_HYPERLINK 0x10u

/* A w:r element: byte ranges in the part's XML (offsets of '<' and one past '>'). */
typedef struct nt_run {
    uint32_t xml_start,
        xml_end; /* <w:r ...> ... </w:r> ; for a self-closing run xml_end is after '/>' */
    uint32_t rpr_start, rpr_end; /* <w:rPr>...</w:rPr> inside it; both 0 when absent */
} nt_run;

/* A w:t (or w:delText / w:instrText are NOT recorded) element's escaped content range in the XML. */
typedef struct nt_wt {
    uint32_t run;                        /* index into part->runs */
    uint32_t content_start, content_end; /* raw (still escaped) text between <w:t ...> and </w:t> */
} nt_wt;

/* Maps paragraph text bytes [off, off+len) to their source. For a w:t span, the bytes are the
 * decoded w:t content bytes [wt_off, wt_off+len). Synthetic spans (tab, br, sym) have wt = -1. */
typedef struct nt_span {
    uint32_t off, len;
    int32_t wt;      /* index into part->wts, or -1 */
    uint32_t run;    /* index into part->runs (UINT32_MAX when not inside a run, e.g. fldSimple) */
    uint32_t wt_off; /* decoded byte offset inside the w:t's text */
    uint32_t flags;  /* NT_SPAN_* */
} nt_span;

typedef struct nt_para {
    uint32_t index; /* 0-based, order of appearance in `netral text` for this part */
    nt_where where;
    char *style;         /* w:pStyle value or NULL */
    int list_level;      /* w:numPr/w:ilvl, -1 when not a list item */
    int table, row, col; /* table number in the part (0-based) and cell; -1 outside tables */
    char *text;          /* UTF-8, NUL-terminated; tabs '\t', breaks '\n' */
    size_t len;
    nt_span *spans;
    size_t nspans;
    char *deleted; /* text of tracked deletions in this paragraph (w:delText), or NULL */
    char **links;  /* hyperlink targets used in the paragraph */
    size_t nlinks;
    int hidden;                  /* some text is hidden (w:vanish) */
    int inserted;                /* some text is a tracked insertion */
    uint32_t xml_start, xml_end; /* the <w:p> element in the part's XML */
    uint32_t ppr_end; /* offset just after </w:pPr> (or after the <w:p ...> tag when no pPr) */
    int in_body_flow; /* 1 when a comment can be anchored in it (main document, not textbox) */
    int rule_below;   /* a horizontal rule follows it: bottom border, next paragraph's top
                             border, or a drawn line inside it (letterhead separator) */
} nt_para;

typedef struct nt_part {
    char *name; /* "word/document.xml" */
    nt_part_kind kind;
    char *xml; /* the part's XML, kept only when the document was loaded with NT_DOC_KEEP_XML */
    size_t xml_len;
    nt_run *runs;
    size_t nruns;
    nt_wt *wts;
    size_t nwts;
    nt_para *paras;
    size_t nparas;
    int images; /* drawings/pictures in the part */
    char **image_alts;
    size_t nimage_alts;       /* wp:docPr descr/title, v:shape alt */
    uint32_t *image_alt_para; /* paragraph holding each alt text (UINT32_MAX: none) */
} nt_part;

/* Parse one WordprocessingML part (wordml.c). xml is not retained unless the caller stores it. */
int nt_wordml_parse(const char *name, nt_part_kind kind, const char *xml, size_t len,
                    const nt_limits *lim, nt_part *out, nt_err *err);
void nt_part_free(nt_part *p);

#endif
