/* shapes.h - paragraph shapes shared by the frames (text layer) and the engine's lead-ins: one
 * definition of a blank paragraph, a lead-in ending in ':' and a list item. */
#ifndef NT_SHAPES_H
#define NT_SHAPES_H

#include "wordml.h"

int nt_para_blank(const nt_para *p);      /* only spaces, tabs and line breaks */
int nt_para_ends_colon(const nt_para *p); /* "... sebagai berikut:" */
/* Typed enumerators at the start of s: "1.", "a)", "(iv)", "-", "\u2022" ... then a space. */
int nt_text_enumerated(const char *s);
/* A list item: numbered by Word, a table cell, or typed with an enumerator. */
int nt_para_item(const nt_para *p);

#endif
