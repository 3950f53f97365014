/* stats.h - private to `netral rules stats` (cmd_stats.c, stats_labels.c): the labelled set, its
 * memos with their labels and the findings a scan gave them. */
#ifndef NT_CLI_STATS_H
#define NT_CLI_STATS_H

#include <stddef.h>

#include "vocab.h"

#define CATS     nt_categories /* the six contract categories (base/vocab.c) */
#define NCATS    NT_NCATEGORIES
#define MAX_CATS 32 /* the six, then unknown ones from the labels */

#define sev_rank nt_severity_from_name /* -1 for NULL or an unknown name */

typedef struct hit {
    char *rule, *category;
    int sev;
} hit;

typedef struct doc {
    char *name; /* basename: how labels and scans are matched */
    int labelled, violation;
    char **cats;
    size_t ncats; /* labelled categories */
    char *note;
    int classes[16];
    size_t nclasses; /* issue-15 corpus labels: the classes 1-14 a memo exercises */
    int scanned, status;
    char *error;
    hit *hits;
    size_t nhits;
} doc;

typedef struct set {
    doc *v;
    size_t n, cap;
    const char *cat[MAX_CATS];
    size_t ncat; /* categories scored: the six, then unknown ones */
    size_t unlabelled, duplicates;
} set;

const char *cli_stats_base_name(const char *path);
/* The memo called name (a basename), added when add and absent; NULL when absent or on OOM. */
doc *cli_stats_find(set *s, const char *name, int add);
/* Count category c among the scored ones (the six first, then unknown ones from the labels). */
void cli_stats_note_cat(set *s, const char *c);
/* Read a labels.json in the shared format into s; 0, or non-zero after printing why. */
int cli_stats_load_labels(set *s, const char *path);
void cli_stats_free_set(set *s);

#endif
