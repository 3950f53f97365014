/* vocab.h - one source for each vocabulary: status names and messages, report error codes,
 * severity names; the public netral_status_name/netral_strerror/netral_version are defined here. */
#ifndef NT_VOCAB_H
#define NT_VOCAB_H

#include "netral.h"

/* Severities, lowest first; their names are "info", "low", "medium", "high". */
enum { NT_SEV_INFO = 0, NT_SEV_LOW = 1, NT_SEV_MEDIUM = 2, NT_SEV_HIGH = 3 };
int nt_severity_from_name(const char *s); /* -1 when unknown */
const char *nt_severity_name(int sev);
/* The word for a severity in reports and messages: "tinggi" / "high", ... ("info" both). */
const char *nt_severity_label(int sev, int en);

/* Files under scanned folders that look like memos but are not DOCX, counted by kind. */
enum { NT_SKIP_DOC = 0, NT_SKIP_ODT, NT_SKIP_RTF, NT_SKIP_PDF, NT_SKIP_KINDS };
extern const char *const nt_skip_kinds[NT_SKIP_KINDS]; /* "doc" "odt" "rtf" "pdf" */
/* The kind of a file name (by extension, any case), or -1 when it is none of them. */
int nt_skip_kind(const char *name);

/* The six contract categories, in the order reports list them. */
#define NT_NCATEGORIES 6
extern const char *const nt_categories[NT_NCATEGORIES];

/* error.code in reports: the status name for the contract's document errors, else "error". */
const char *nt_report_code(int status);

#endif
