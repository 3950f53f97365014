/* targets.h - partisan targets and document frames: candidates and pairs recognised from their
 * shape and context, remembered per memo, later mentions resolved; frames set by subject lines. */
#ifndef NT_TARGETS_H
#define NT_TARGETS_H

#include <stdint.h>

#include "document.h"
#include "text.h"

/* List ids (0 = list not defined by the rule set) the recogniser reads and writes. Input lists
 * are ordinary word lists (lists/targets.lua); output lists get synthetic hits. */
typedef struct nt_target_lists {
    /* inputs */
    uint32_t titles;     /* name_titles: Bapak, Ibu, H., dr. ... before a name */
    uint32_t offices;    /* official_titles: Bupati, Gubernur ... (a name may follow) */
    uint32_t not_names;  /* capitalised words that are never part of a person's name */
    uint32_t staff;      /* staff_refs */
    uint32_t predicates; /* candidacy_predicates: calon, maju, nomor urut, petahana ... */
    uint32_t terms;      /* term_of_office: kembali memimpin, periode berikutnya, dua periode ... */
    uint32_t refs;       /* candidate_refs (calon bupati, caleg, paslon ...) */
    uint32_t votes[2];   /* vote_verbs, support_verbs: "memilih Pak X" in an election context */
    uint32_t supporters; /* supporter_refs: "yang memilih", "pendukung" right before a name */
    uint32_t election;   /* election_words: pemilu, pilkada, TPS ... */
    uint32_t directives; /* directives: diminta, agar, mengajak ... (a speaker's order) */
    uint32_t neutral;    /* neutral_refs: semua pasangan calon, mana pun ... */
    uint32_t anaphora;   /* target_anaphora: beliau, yang bersangkutan (the person last named) */
    uint32_t
        pair_anaphora;     /* pair_anaphora: pasangan tersebut, calon tersebut (any named before) */
    uint32_t pair_heads;   /* pair_heads: "pasangan", "duet" before two names */
    uint32_t slogan_words; /* slogan_words: lanjutkan, dua periode, satu putaran, menang ... */
    uint32_t events;       /* frame_events: named campaign events */
    uint32_t blockers;     /* frame_blockers: a subject line that forbids, reports or polices */
    uint32_t periods;      /* frame_periods: the campaign period, which is no event */
    uint32_t strong[8];    /* lists whose hits name a particular candidate or party */
    uint32_t teams;        /* partisan_teams: a campaign team named as such (frames an event) */
    uint32_t team_refs;  /* team_refs: relawan, tim sukses ... right before a name: a candidate's */
    uint32_t programmes; /* office_programmes: bansos, pasar murah ... (a programme frame) */
    uint32_t channels;   /* official_channels: akun resmi, upacara HUT ... (a channel frame) */
    uint32_t event_anaphora; /* event_anaphora: deklarasi tersebut, acara dimaksud ... */
    size_t nstrong;
    /* outputs */
    uint32_t out_person;  /* target_person: a candidate named (introduced here or earlier) */
    uint32_t out_anaphor; /* target_anaphor: beliau / pasangan tersebut resolved to a candidate */
    uint32_t out_slogan;  /* target_slogan: a hashtag or slogan shaped as a campaign slogan */
    uint32_t out_fevent;  /* frame_event: the paragraph lies under a campaign-event frame */
    uint32_t out_ftarget; /* frame_target: the paragraph lies under a candidate or team frame */
    uint32_t out_fprog;   /* frame_programme: the paragraph lies under an office-programme frame */
    uint32_t out_fchan;   /* frame_channel: ... under an official channel or occasion's frame */
} nt_target_lists;

/* Where a frame was set. */
typedef enum nt_frame_src {
    NT_FRAME_NONE = 0,
    NT_FRAME_SUBJECT,
    NT_FRAME_TITLE,
    NT_FRAME_OPENING,
    NT_FRAME_TABLE,
    NT_FRAME_LEADIN,
    NT_FRAME_ROW /* a table row whose first cell names the event: its other cells */
} nt_frame_src;

typedef struct nt_frame {
    nt_frame_src src;
    int event, target;  /* what the framing paragraph named */
    int all_pairs;      /* ... for every pair alike ("kampanye terbuka ketiga paslon") */
    uint32_t paragraph; /* its index in the part */
} nt_frame;

typedef struct nt_targets nt_targets;

nt_targets *nt_targets_new(void);
void nt_targets_free(nt_targets *t);
/* The list ids once the rule set is loaded (nlists: the largest id); -1 on out of memory. */
int nt_targets_prepare(nt_targets *t, const nt_target_lists *ls, size_t nlists);
/* Forget everything: call at the start of each document. */
void nt_targets_reset(nt_targets *t);
/* Call at the start of each part (frames and lead-ins stay within a part; candidates known from
 * earlier parts stay known). */
void nt_targets_begin_part(nt_targets *t, nt_part_kind kind);
/* One paragraph, after nt_analyze: recognises and remembers targets, resolves mentions, updates
 * the frames, and appends synthetic hits of the output lists to a->hits (kept sorted).
 * Returns 0, or -1 on out of memory. */
int nt_targets_paragraph(nt_targets *t, const nt_target_lists *ls, const nt_para *p,
                         nt_analysis *a);
/* The frame the last paragraph given lies under (src NT_FRAME_NONE when none). */
const nt_frame *nt_targets_frame(const nt_targets *t);
/* After a document: did it show someone runs only after naming them? Then nt_targets_rewind
 * keeps who runs, forgets the rest, and the document can be read again knowing it. */
int nt_targets_late(const nt_targets *t);
void nt_targets_rewind(nt_targets *t);
/* Candidates the memo has introduced so far. */
size_t nt_targets_known(const nt_targets *t);

#endif
