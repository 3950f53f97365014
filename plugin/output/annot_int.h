/* annot_int.h - internals shared by the annotator's files (annot_xml.c, annot_anchor.c,
 * comments.c, annotate.c): a tolerant tag scanner, XML escaping, batched edits, anchoring. */
#ifndef NT_ANNOT_INT_H
#define NT_ANNOT_INT_H

#include <stddef.h>
#include <stdint.h>
#include "document.h"
#include "util.h"

#define NT_NS_W        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NT_NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NT_REL_COMMENTS                                                                            \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
#define NT_REL_OFFICE                                                                              \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
#define NT_REL_CUSTOM                                                                              \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
#define NT_CT_COMMENTS "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
#define NT_CT_CUSTOM   "application/vnd.openxmlformats-officedocument.custom-properties+xml"
/* Every comment Netral writes starts with this text; it is how a later run recognises them. */
#define NT_ANNOT_MARK "Netral \xC2\xB7 ["

/* ---- Tag scanner (annot_xml.c) ----------------------------------------------------------- */
enum { NT_TAG_OPEN = 1, NT_TAG_CLOSE = 2, NT_TAG_EMPTY = 3 };
typedef struct nt_tag {
    size_t start, end; /* '<' and one past '>' */
    const char *name;  /* qualified name, not NUL-terminated */
    size_t name_len;
    int kind; /* NT_TAG_* */
} nt_tag;

/* Next element tag at or after *pos, skipping comments, PIs, CDATA and DOCTYPE. 0 when found. */
int nt_xml_next_tag(const char *x, size_t len, size_t *pos, nt_tag *t);
/* 1 when the tag's local name (after any prefix) equals local. */
int nt_tag_is(const nt_tag *t, const char *local);
/* Raw attribute value range of qualified name qname (e.g. "w:id"); 0 when found. */
int nt_tag_attr(const char *x, const nt_tag *t, const char *qname, size_t *vstart, size_t *vlen);
/* Same, matching any prefix before ':' (or none); for attributes written by unknown producers. */
int nt_tag_attr_local(const char *x, const nt_tag *t, const char *local, size_t *vs, size_t *vl);
/* End of the element opened by tag t (one past its end tag's '>'), or t->end for an empty tag. */
size_t nt_xml_element_end(const char *x, size_t len, const nt_tag *t);
/* Prefix ("w", "ns0" or "" for a default namespace) bound to uri on the first element; returns 0
 * when found. out gets at most cap-1 characters. */
int nt_xml_root_prefix(const char *x, size_t len, const char *uri, char *out, size_t cap);

/* Append s[0..len) escaped for element text or attribute values; invalid UTF-8 becomes U+FFFD,
 * characters XML 1.0 forbids are dropped, tabs and newlines become spaces. */
void nt_xml_escape(nt_buf *b, const char *s, size_t len);
/* Decode entity and character references of raw text into out (appended). */
void nt_xml_unescape(nt_buf *out, const char *s, size_t len);
/* Raw offset inside escaped content s[0..len) where the decoded byte offset `dec` falls. */
size_t nt_xml_raw_offset(const char *s, size_t len, size_t dec);
/* Parse a non-negative decimal attribute value; -1 when not a number. */
long nt_xml_long(const char *s, size_t len);

/* ---- Batched edits: replace [off, off+del) by ins, applied in one pass -------------------- */
typedef struct nt_edit {
    size_t off, del;
    char *ins;
    size_t ins_len;
    int prio;   /* order among edits at the same offset (lower first) */
    size_t seq; /* insertion order, for a stable sort */
} nt_edit;
typedef struct nt_edits {
    nt_edit *v;
    size_t n, cap;
    int oom;
} nt_edits;
int nt_edits_add(nt_edits *e, size_t off, size_t del, const char *ins, size_t len, int prio);
/* Sorts the edits and writes the result; an edit that starts inside an earlier deletion is
 * dropped. Returns 0, or -1 when out of memory. */
int nt_edits_apply(nt_edits *e, const char *src, size_t len, nt_buf *out);
void nt_edits_free(nt_edits *e);

/* ---- Anchoring in a body part (annot_anchor.c) ------------------------------------------- */
typedef struct nt_anchor {
    uint32_t para;     /* index into part->paras */
    size_t start, end; /* byte offsets into that paragraph's text (start == end: whole para);
                             widened to UTF-8 character boundaries when placed */
    int id;            /* comment id */
    int placed;        /* out: 1 when the comment markers were planned */
} nt_anchor;

/* Plan the edits that put commentRangeStart/End and the reference run around each anchor (and
 * optionally highlight the words). wp is the WordprocessingML prefix to write ("w"). Anchors that
 * cannot be placed safely keep placed = 0. Returns 0, -1 on out of memory. */
int nt_anchor_plan(const nt_part *part, const char *wp, nt_anchor *a, size_t n, int highlight,
                   nt_edits *ed);
/* Plan the removal of comment markers and reference runs whose id is in ids[0..nids). */
int nt_anchor_plan_removal(const char *xml, size_t len, const long *ids, size_t nids, nt_edits *ed);
/* Insert a new paragraph holding comment anchors ids[0..n) (ascending) right after <w:body>,
 * for a body with no paragraph a comment can hold. Returns 0 when planned, 1 without a body. */
int nt_anchor_plan_new_para(const char *xml, size_t len, const char *wp, const int *ids, size_t n,
                            nt_edits *ed);

/* ---- Package parts (comments.c) --------------------------------------------------------- */
typedef struct nt_comment_range {
    long id;
    size_t start, end; /* the <w:comment> element in comments.xml */
} nt_comment_range;

/* Find the comments a previous Netral run wrote (text starts with NT_ANNOT_MARK) and the largest
 * id of the others (-1 when none). *ours is malloc'd. Returns 0, -1 on out of memory. */
int nt_comments_scan(const char *xml, size_t len, nt_comment_range **ours, size_t *nours,
                     long *max_other);
/* Append one <w:comment> whose paragraphs are paras[0..n) (plain UTF-8, escaped here). */
void nt_comment_xml(nt_buf *b, const char *wp, int id, const char *author, const char *initials,
                    const char *date, const char *const *paras, size_t n);
/* The comments part: a new one (old == NULL) or the old one without `drop`, plus `add` (comment
 * elements). decl, when not NULL, is a namespace declaration to add to the root. */
int nt_comments_part(const char *old, size_t old_len, const nt_comment_range *drop, size_t ndrop,
                     const char *decl, const char *add, size_t alen, nt_buf *out);
/* Plan adding an attribute text (" xmlns:w=\"...\"") to the root element's start tag. */
int nt_xml_declare_on_root(const char *x, size_t len, const char *decl, nt_edits *ed);
/* A .rels part (old may be NULL: a new one) with one more relationship; rid gets its Id. */
int nt_rels_add(const char *old, size_t len, const char *type, const char *target, nt_buf *out,
                char *rid, size_t ridcap);
/* [Content_Types].xml with exactly one Override for partname ("/word/comments.xml"). */
int nt_ct_override(const char *old, size_t len, const char *partname, const char *ctype,
                   nt_buf *out);

/* ---- Comment text (comment_text.c) ------------------------------------------------------ */
#include "netral.h"

/* Where the words of a comment placed at the start of the body really are. */
typedef struct nt_comment_note {
    const char *where, *part; /* "header" (in words, the message language), part name */
    int paragraph;            /* 0-based; shown 1-based */
    const char *excerpt;      /* the words (not NUL-terminated) */
    size_t excerpt_len;
} nt_comment_note;

/* The paragraphs of one Netral comment for the findings fs[0..n) that share a span, strongest
 * first: NT_ANNOT_MARK, the categories in words with their severity; for a note, where the words
 * are; each finding's message, legal citations and suggestion (a single finding aims at 400
 * characters: the suggestion keeps the sentences that fit); the rule ids last. Texts are cut at
 * cap bytes. *paras is malloc'd (nt_comment_text_free). Returns 0, -1 when out of memory. */
int nt_comment_text(const netral_finding *const *fs, size_t n, int en, const nt_comment_note *note,
                    size_t cap, char ***paras, size_t *nparas);
void nt_comment_text_free(char **paras, size_t n);
/* Group fs[0..n) into comments: runs of overlapping ranges in one part and paragraph (an empty
 * range counts as its first byte), whatever their categories. fs is reordered group by group,
 * each strongest first, the groups in the order of their earliest finding; group g is
 * fs[starts[g] .. starts[g + 1]) (starts has room for n + 1). Returns 0, -1 out of memory. */
int nt_comment_groups(const netral_finding **fs, size_t n, size_t *starts, size_t *ngroups);
/* A category in words ("Dukungan kepada calon"); unknown ones as they are. */
const char *nt_comment_category_words(const char *cat, int en);
/* The citations of a legal basis without their quoted text, appended to out. */
void nt_comment_short_basis(const char *basis, nt_buf *out);

typedef struct nt_prop {
    const char *name, *type, *value; /* type: "lpwstr" | "i4" */
} nt_prop;
/* docProps/custom.xml (old may be NULL) with props set: same-named properties are replaced,
 * the others kept; new pids above every existing one. */
int nt_custom_props(const char *old, size_t len, const nt_prop *props, size_t n, nt_buf *out);

#endif
