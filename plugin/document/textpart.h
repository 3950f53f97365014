/* textpart.h - a part made from plain text, for rule examples and `netral explain --text`: one
 * paragraph per line, and lines written as "| cell | cell |" rows of a table. */
#ifndef NT_TEXTPART_H
#define NT_TEXTPART_H

#include "wordml.h"

/* Fills part->paras and part->nparas from text (name and kind are the caller's). Lines starting
 * with '|' are table rows, cells split at '|': consecutive rows make one table, and each cell is
 * a paragraph with table, row and col set (where NT_WHERE_TABLE when where is the body). Returns
 * 0, or -1 on out of memory (the paragraphs made so far stay in part, for the caller to free). */
int nt_part_from_text(nt_part *part, nt_where where, const char *text);

#endif
