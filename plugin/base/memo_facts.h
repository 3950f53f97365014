/* memo_facts.h - the memo's facts as a letter (naskah dinas): nomor, hal, tanggal, sifat, issuing
 * office, signer. A plain record of strings, in base so the report object can carry it. */
#ifndef NT_MEMO_FACTS_H
#define NT_MEMO_FACTS_H

#include <stddef.h>

#include "util.h"

/* Read by document/memo.c from the memo's labelled lines (Nomor, Sifat, Hal/Perihal, Tanggal), its
 * place-and-date line, the kop and the signature block. Each is NULL when the memo does not show it. */
typedef struct nt_memo {
    char *number;         /* nomor surat: "800/217/Disdik/2024" */
    char *subject;        /* hal / perihal */
    char *date;           /* as written: "8 Oktober 2024" */
    char *date_iso;       /* "2024-10-08" when the written date is a valid day */
    char *classification; /* sifat: Biasa, Penting, Segera, Rahasia ... */
    char *office;         /* issuing office from the kop: "PEMERINTAH KABUPATEN X / DINAS Y" */
    char *signer;         /* name in the signature block */
    char *signer_title;   /* the position above it: "Kepala Dinas Perikanan" */
} nt_memo;

/* The fields in report order, with their JSON names; nt_memo_field(m, i) is field i's value. */
#define NT_MEMO_NFIELDS 8
extern const char *const nt_memo_keys[NT_MEMO_NFIELDS];
const char *nt_memo_field(const nt_memo *m, size_t i);
char **nt_memo_slot(nt_memo *m, size_t i);
int nt_memo_empty(const nt_memo *m);
void nt_memo_clear(nt_memo *m);
/* Copy with every string capped at max bytes; 0 or NETRAL_E_NOMEM (dst cleared on failure). */
int nt_memo_copy(nt_memo *dst, const nt_memo *src, size_t max);

#endif
