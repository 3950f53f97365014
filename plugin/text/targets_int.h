/* targets_int.h - private to targets.c and frames.c: the recogniser's state (people seen, frames
 * per part, scratch masks), the bits of its token mask and small helpers over an analysis. */
#ifndef NT_TARGETS_INT_H
#define NT_TARGETS_INT_H

#include <string.h>

#include "targets.h"

#define MAX_PERSONS 32
#define MAX_NAME    4
#define NAME_LEN    32

/* Bits of the per-token mask: which input lists cover the token. */
enum {
    B_TITLE = 1u << 0,
    B_OFFICE = 1u << 1,
    B_NOTNAME = 1u << 2,
    B_STAFF = 1u << 3,
    B_PRED = 1u << 4,
    B_TERM = 1u << 5,
    B_REF = 1u << 6,
    B_NEUTRAL = 1u << 7,
    B_SLOGAN = 1u << 8,
    B_EVENT = 1u << 9,
    B_BLOCK = 1u << 10,
    B_STRONG = 1u << 11,
    B_PAIRHEAD = 1u << 12,
    B_VOTE = 1u << 13,
    B_SUPP = 1u << 14,
    B_ELECT = 1u << 15,
    B_DIR = 1u << 16,
    B_TEAM = 1u << 17,
    B_TEAMREF = 1u << 18,
    B_PERIOD = 1u << 19,
    B_PROG = 1u << 20,
    B_CHAN = 1u << 21
};

enum { OF_PROG = 1, OF_CHAN = 2 }; /* office frame kinds */

typedef struct person {
    char name[MAX_NAME][NAME_LEN]; /* normalised name words (titles left out) */
    uint8_t n;
    uint8_t candidate;
    uint8_t plain; /* mentioned (by name or "beliau") before the memo showed they run */
} person;

struct nt_targets {
    person persons[MAX_PERSONS];
    size_t npersons;
    int salient;      /* last person mentioned (index), -1 none */
    int prev_salient; /* the one mentioned before it */
    int strong_seen;  /* a particular candidate, party or team named somewhere before */
    int elect_before; /* the paragraph just before spoke of the election */
    int event_seen;   /* a campaign event named before (not forbidden, reported or policed) */
    /* frames, per part */
    nt_part_kind kind;
    nt_frame doc, table, leadin, cur;
    int table_no; /* table the table frame belongs to */
    nt_frame row; /* the frame of a table row, set by its first cell */
    int row_table, row_no;
    /* office frames, apart from the partisan ones, as bit sets of OF_*: an office programme ("Hal:
     * Penyaluran Bansos Tahap III") or an official channel or occasion ("Hal: Kalender Konten
     * Media Sosial Resmi ..."); the memo's, the running lead-in's, a table's (its header row) */
    unsigned office_doc, office_leadin, office_table, office_cur;
    int subj_table, subj_row; /* a head table's "Hal | : | ..." row, its subject in a later cell */
    int leadin_on;
    int leadin_blocked; /* the running lead-in forbids or reports: its items frame nothing */
    int subject_person; /* a person the subject line names before the memo says they run */
    uint32_t subject_para;
    unsigned body_seen; /* non-blank body paragraphs so far in this part */
    int opening_done;
    /* scratch */
    uint32_t *mask;
    size_t mcap;
    uint32_t *bits; /* list id -> mask bits */
    size_t nbits;
};

/* ---- Helpers over the analysis ---- */
static inline const char *norm_of(const nt_analysis *a, size_t k) {
    return a->strings + a->toks[k].norm;
}

static inline int norm_is(const nt_analysis *a, size_t k, const char *w) {
    size_t n = strlen(w);
    return a->toks[k].norm_len == n && memcmp(norm_of(a, k), w, n) == 0;
}

/* The surface text between tokens k and k+1 contains one of the bytes in set. */
static inline int gap_has(const nt_para *p, const nt_analysis *a, size_t k, const char *set) {
    if (k + 1 >= a->ntoks) return 0;
    for (uint32_t i = a->toks[k].end; i < a->toks[k + 1].start && i < p->len; i++)
        if (strchr(set, p->text[i])) return 1;
    return 0;
}

static inline int same_sentence(const nt_analysis *a, size_t i, size_t j) {
    return a->toks[i].sentence == a->toks[j].sentence;
}

/* Campaign-slogan shapes (slogans.c). *who: the person whose name the slogan carries with an
 * election appeal, or -1. A hashtag: 1 when campaign-shaped. A handle or a quotation starting at
 * token k: its last token when campaign-shaped, else k. */
int nt_slogan_hashtag(const nt_targets *t, const nt_para *p, const nt_token *tk, int *who);
size_t nt_slogan_handle(const nt_targets *t, const nt_para *p, const nt_analysis *a, size_t k,
                        int *who);
size_t nt_slogan_quoted(const nt_targets *t, const nt_analysis *a, size_t k, int *who);

/* Sets the frame paragraph p lies under (t->cur) and the frames p opens for those after it. */
void nt_frames_update(nt_targets *t, const nt_target_lists *ls, const nt_para *p,
                      const nt_analysis *a, int named_here, uint32_t all);

#endif
