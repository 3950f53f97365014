/* stem.h - private to the text layer: an open-addressing string table (roots, symbols) and the
 * Indonesian affix stripper that maps a normalised word to the shortest known root. */
#ifndef NT_STEM_H
#define NT_STEM_H

#include <stddef.h>
#include <stdint.h>

/* Interned strings with dense ids 0..n-1 in insertion order; read-only lookups are thread-safe. */
typedef struct nt_strtab {
    struct nt_strslot *slots; /* open addressing, power-of-two size, load <= 1/2 */
    uint32_t *offs, *lens;    /* per id: bytes in pool */
    char *pool;
    size_t plen, pcap, n, ecap, mask;
    uint64_t *bloom;   /* one bit per hash: most stemming candidates are not roots */
    size_t bloom_mask; /* in bits */
} nt_strtab;

void nt_strtab_init(nt_strtab *t);
void nt_strtab_free(nt_strtab *t);
/* Id of s (added when new; *isnew tells which), or -1 on out of memory. */
int32_t nt_strtab_intern(nt_strtab *t, const char *s, size_t n, int *isnew);
/* Id of s, or -1 when absent. */
int32_t nt_strtab_find(const nt_strtab *t, const char *s, size_t n);

uint64_t nt_strhash(const char *s, size_t n);

/* Words longer than this are never stemmed (no Indonesian word is; hostile input can be). */
#define NT_STEM_MAXWORD 48

/* Stem a lowercase word against roots (may be NULL): writes at most cap bytes to out and returns
 * the length. *found (may be NULL) is set to 1 when the result is a known root. */
size_t nt_stem_word(const nt_strtab *roots, const char *w, size_t n, char *out, size_t cap,
                    int *found);

/* Whether two hyphen-joined words a-b are one reduplicated word (anak-anak, dukung-mendukung,
 * memilih-milih, tolong-menolong). sa/sb are their stems. Returns 0, or 1 with *pick_b telling
 * which stem the whole word takes (0: sa, 1: sb). */
int nt_redup(const nt_strtab *roots, const char *a, size_t na, const char *sa, size_t nsa,
             const char *b, size_t nb, const char *sb, size_t nsb, int *pick_b);

#endif
