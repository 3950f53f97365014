/* normalize.h - private to the text layer: turns raw paragraph text into tokens with normalised
 * forms (case/accent folding, Unicode punctuation, joins, de-obfuscation, spaced letters). */
#ifndef NT_NORMALIZE_H
#define NT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/* Internal token flag bits, above the public NT_TOK_* ones; cleared before nt_analyze returns. */
#define NT_TOKI_LINK  0x10000u /* joined to the next token by exactly one hyphen (anak-anak) */
#define NT_TOKI_BREAK 0x20000u /* a sentence boundary lies before this token */
#define NT_TOKI_MASK  0xFFFF0000u

/* Longest word whose edge digits may be read as letters (see nt_known_fn). */
#define NT_OBF_MAXWORD 48

/* Answers whether a de-obfuscated word is known (its stem is a root). Used only for ambiguous
 * forms whose digits sit at the edges ("4jak", "kampany3"); may be NULL. */
typedef int (*nt_known_fn)(const void *ctx, const char *w, size_t n);

/* Tokenise text into a->toks (ntoks reset first); norms go to a->strings. stem/stem_len are left
 * equal to the norm. Spaced letters and "0 2" are already merged; hyphen links are marked with
 * NT_TOKI_LINK. Returns 0, or -1 on out of memory. */
int nt_tokenize(const char *text, size_t len, nt_analysis *a, nt_known_fn known, const void *ctx);

/* Make room for n more bytes in a->strings; returns 0 or -1. */
int nt_strings_reserve(nt_analysis *a, size_t n);
/* Make room for one more token; returns 0 or -1. */
int nt_toks_reserve(nt_analysis *a, size_t n);

#endif
