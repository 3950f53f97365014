/* scan.h - `netral scan` internals shared by its option parser (scan_args.c) and the batch
 * runner (scan.c). */
#ifndef NT_CLI_SCAN_H
#define NT_CLI_SCAN_H

#include "cli.h"

typedef struct scan_opts {
    int format;         /* netral_format, -1 until decided */
    const char *output; /* NULL or "-": standard output */
    long jobs;
    const char **rules;
    size_t nrules;
    const char *annotate_dir;
    const char *min_sev;
    const char *cache;
    const char *lang;
    const char *stdin_name; /* report path of "-" */
    int no_progress, sort, quiet, help;
    int annotate_all, include_legacy, text_all, brief;
    char **paths;
    size_t npaths;
} scan_opts;

/* 0 when the run may go on (check o->help), else the exit status after a one-line error. */
int scan_parse(scan_opts *o, int argc, char **argv);
void scan_opts_free(scan_opts *o);
void scan_help(FILE *f);

#endif
