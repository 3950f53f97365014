/* vocab.c - the library's one source for the names people and programs read: status codes (names
 * and messages in both languages), severities, and the version string. Every layer and binding reads them here. */
#include "vocab.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- Version and status --------------------------------------------------------------------- */

NETRAL_API const char *netral_version(void) { return NETRAL_VERSION_STRING; }

typedef struct status_text {
    int code;
    const char *name, *id, *en;
} status_text;

static const status_text STATUS[] = {
    {NETRAL_OK, "ok", "berhasil", "success"},
    {NETRAL_E_NOT_FOUND, "not-found", "berkas tidak ditemukan", "file not found"},
    {NETRAL_E_IO, "io-error", "gagal membaca atau menulis berkas", "read or write error"},
    {NETRAL_E_NOT_A_ZIP, "not-a-zip", "bukan berkas ZIP/DOCX", "not a zip archive"},
    {NETRAL_E_NOT_A_DOCX, "not-a-docx", "arsip ZIP tanpa dokumen Word utama",
     "zip archive without a main Word document"},
    {NETRAL_E_ENCRYPTED, "encrypted", "dokumen dilindungi kata sandi (terenkripsi)",
     "password-protected (encrypted) document"},
    {NETRAL_E_LEGACY_DOC, "legacy-doc",
     "format Word 97-2003 (.doc); ubah ke .docx, mis. soffice --headless --convert-to docx",
     "Word 97-2003 .doc; convert to .docx, e.g. soffice --headless --convert-to docx"},
    {NETRAL_E_TOO_LARGE, "too-large", "berkas atau bagian dokumen terlalu besar",
     "file or document part too large"},
    {NETRAL_E_MALFORMED_XML, "malformed-xml", "XML dokumen rusak atau tidak diizinkan",
     "malformed or forbidden XML"},
    {NETRAL_E_LIMIT_EXCEEDED, "limit-exceeded",
     "batas keamanan terlampaui (rasio kompresi, kedalaman, jumlah entri)",
     "safety limit exceeded (compression ratio, depth, entries)"},
    {NETRAL_E_INVALID_ARG, "invalid-argument", "argumen tidak valid", "invalid argument"},
    {NETRAL_E_NOMEM, "out-of-memory", "memori tidak cukup", "out of memory"},
    {NETRAL_E_RULES, "rules", "aturan gagal dimuat", "rules failed to load"},
    {NETRAL_E_FORMAT, "format", "format laporan tidak dikenal", "unknown report format"},
    {NETRAL_E_SAME_FILE, "same-file", "menolak menimpa berkas masukan",
     "refusing to overwrite the input"},
    {NETRAL_E_INTERNAL, "internal", "kesalahan internal", "internal error"},
};

static const status_text *status_find(int code) {
    for (size_t i = 0; i < sizeof STATUS / sizeof STATUS[0]; i++)
        if (STATUS[i].code == code) return &STATUS[i];
    return NULL;
}

/* The thread's message language: the engine's during a call, else NETRAL_LANG (util.c). */
static int english(void) { return nt_lang_en(); }

NETRAL_API const char *netral_strerror(int status) {
    const status_text *s = status_find(status);
    if (!s) return english() ? "unknown status" : "status tidak dikenal";
    return english() ? s->en : s->id;
}

NETRAL_API const char *netral_status_name(int status) {
    const status_text *s = status_find(status);
    return s ? s->name : "error";
}

/* Reports speak the contract: a document error is one of its nine codes, anything else "error". */
const char *nt_report_code(int status) {
    return status >= NETRAL_OK && status <= NETRAL_E_LIMIT_EXCEEDED ? netral_status_name(status)
                                                                    : "error";
}

/* ---- Categories ----------------------------------------------------------------------------- */

const char *const nt_categories[NT_NCATEGORIES] = {"endorsement",  "campaign-activity",
                                                   "social-media", "state-facility",
                                                   "inducement",   "letterhead-misuse"};

/* ---- Severities ----------------------------------------------------------------------------- */

static const char *const sev_names[] = {"info", "low", "medium", "high"};

int nt_severity_from_name(const char *s) {
    if (!s) return -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(s, sev_names[i]) == 0) return i;
    return -1;
}

const char *nt_severity_name(int sev) { return (sev >= 0 && sev < 4) ? sev_names[sev] : "info"; }

const char *nt_severity_label(int sev, int en) {
    static const char *const id[] = {"info", "rendah", "sedang", "tinggi"};
    return (sev >= 0 && sev < 4) ? (en ? sev_names[sev] : id[sev]) : "?";
}

/* ---- Skipped file kinds --------------------------------------------------------------------- */

_Static_assert(NT_SKIP_KINDS == NETRAL_SKIP_KINDS,
               "netral.h's NETRAL_SKIP_KINDS names these kinds");
const char *const nt_skip_kinds[NT_SKIP_KINDS] = {"doc", "odt", "rtf", "pdf"};

int nt_skip_kind(const char *name) {
    const char *dot = name ? strrchr(name, '.') : NULL;
    for (int k = 0; dot && k < NT_SKIP_KINDS; k++)
        if (!strcasecmp(dot + 1, nt_skip_kinds[k])) return k;
    return -1;
}
