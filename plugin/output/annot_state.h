/* annot_state.h - private to the annotator's two halves (annotate.c: comments, parts, properties;
 * annot_zip.c: the output archive): the state of one annotation run. */
#ifndef NT_ANNOT_STATE_H
#define NT_ANNOT_STATE_H

#include "annotate.h"
#include "annot_int.h"

/* One comment: the findings whose words overlap in one paragraph, of any category. */
typedef struct item {
    const netral_finding **fs; /* strongest first */
    size_t nf;
    int id;
    int anchored;      /* on its own words; else a note at the start of the body */
    uint32_t para;     /* index into the part's paras (the main part's when anchorable) */
    const nt_para *p;  /* the findings' paragraph, NULL when its part has none such */
    size_t start, end; /* the words of all its findings */
} item;

/* A part of the output that differs from the input. */
typedef struct newpart {
    char *name;
    char *data;
    size_t len;
    int store; /* written uncompressed (see check_output) */
} newpart;

/* Bounds on the comments we add, so that the copy always reads back: the reader refuses a part
 * over 128 MiB, or one above 1 MiB deflating better than 200:1 (its ZIP-bomb guard), and a
 * rule's long text repeated over thousands of findings trips either (a 50 MB message did).
 * Reports already cap their strings (engine.h); these hold for any report handed to us. Each
 * paragraph of a comment is cut at COMMENT_TEXT_MAX bytes; past COMMENTS_BUDGET bytes of comment
 * XML the remaining ones are cut at COMMENT_BRIEF_MAX (longer than any built-in rule's text, so
 * only an outsized rule text is ever shortened): at most 10,000-odd findings reach a report, so
 * comments.xml stays within some 40 MiB. */
#define COMMENT_TEXT_MAX  4096u
#define COMMENT_BRIEF_MAX 1024u
#define COMMENTS_BUDGET   (4u << 20)

typedef struct annot {
    const nt_doc *doc;
    nt_package *pkg;
    const netral_report *rep;
    const nt_part *main;
    const nt_annot_opts *opts;
    int en;
    char date[32];
    char wp[64]; /* WordprocessingML prefix in the main part */
    char *cname; /* comments part name */
    int crel;    /* the main part already has a comments relationship */
    char *cold;  /* existing comments part, or NULL */
    size_t cold_len;
    int cold_owned;
    nt_comment_range *ours; /* comments a previous run wrote */
    size_t nours;
    long max_other;
    item *items;
    size_t nitems;
    const netral_finding **group_store; /* the items' fs arrays */
    newpart parts[6];
    size_t nparts;
    size_t comment_bytes; /* comment XML written so far, against COMMENTS_BUDGET */
    nt_err *err;
} annot;

static inline int oom(annot *a) {
    nt_err_set(
        a->err, NETRAL_E_NOMEM,
        NT_L("memori habis saat menulis anotasi", "out of memory while writing annotations"));
    return NETRAL_E_NOMEM;
}

/* Write the output archive: unchanged entries copied raw, ours staged (annot_zip.c). */
int nt_annot_write_zip(annot *a, void **out, size_t *out_len);

#endif
