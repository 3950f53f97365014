/* vocab.h - one source for each vocabulary: status names and messages, report error codes,
 * severity names; the public netral_status_name/netral_strerror/netral_version are defined here. */
#ifndef NT_VOCAB_H
#define NT_VOCAB_H

#include "netral.h"

/* Severities, lowest first; their names are "info", "low", "medium", "high". */
enum { NT_SEV_INFO = 0, NT_SEV_LOW = 1, NT_SEV_MEDIUM = 2, NT_SEV_HIGH = 3 };
int nt_severity_from_name(const char *s); /* -1 when unknown */
const char *nt_severity_name(int sev);

/* error.code in reports: the status name for the contract's document errors, else "error". */
const char *nt_report_code(int status);

#endif
