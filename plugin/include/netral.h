/* netral.h - the public C ABI of the Netral plugin: engines, scans, reports, annotation.
 * The only header a host program needs; every symbol is prefixed netral_, every handle is opaque. */
#ifndef NETRAL_H
#define NETRAL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(NETRAL_BUILDING)
#define NETRAL_API __attribute__((visibility("default")))
#else
#define NETRAL_API
#endif

/* ---- Version -------------------------------------------------------------------------------
 * The soname carries the major version; minor versions only add functions and append fields. */
#define NETRAL_VERSION_MAJOR 0
#define NETRAL_VERSION_MINOR 1
#define NETRAL_VERSION_PATCH 0
#define NETRAL_VERSION_STRING "0.1.0"

/* Version of the loaded library, e.g. "0.1.0" (compare with NETRAL_VERSION_STRING). */
NETRAL_API const char *netral_version(void);

/* ---- Status codes --------------------------------------------------------------------------
 * Every function returning int returns one of these. Codes 1..9 are per-document errors and map
 * to the contract's error.code strings (netral_status_name); the rest are API/engine errors. */
typedef enum netral_status {
    NETRAL_OK = 0,
    NETRAL_E_NOT_FOUND = 1,      /* "not-found": no such file */
    NETRAL_E_IO = 2,             /* "io-error": read/write failed, permission denied, disk full */
    NETRAL_E_NOT_A_ZIP = 3,      /* "not-a-zip" */
    NETRAL_E_NOT_A_DOCX = 4,     /* "not-a-docx": zip without a main WordprocessingML part */
    NETRAL_E_ENCRYPTED = 5,      /* "encrypted": OLE2 container with an EncryptedPackage */
    NETRAL_E_LEGACY_DOC = 6,     /* "legacy-doc": Word 97-2003 binary .doc */
    NETRAL_E_TOO_LARGE = 7,      /* "too-large": file or part above the size caps */
    NETRAL_E_MALFORMED_XML = 8,  /* "malformed-xml": not well-formed, DTD, invalid UTF-8 */
    NETRAL_E_LIMIT_EXCEEDED = 9, /* "limit-exceeded": ratio, depth, entry count caps */
    NETRAL_E_INVALID_ARG = 20,   /* NULL or invalid handle/argument */
    NETRAL_E_NOMEM = 21,         /* out of memory */
    NETRAL_E_RULES = 22,         /* a rule folder or rule file failed to load */
    NETRAL_E_FORMAT = 23,        /* unknown report format */
    NETRAL_E_SAME_FILE = 24,     /* refusing to write an output over its input */
    NETRAL_E_INTERNAL = 25
} netral_status;

/* Human-readable message for a status, in the library's default language (Indonesian). */
NETRAL_API const char *netral_strerror(int status);
/* The code string for a status: the contract's error.code for document errors ("not-a-zip", ...),
 * a short name for the others ("invalid-argument", "out-of-memory", "rules", "format",
 * "same-file", "internal"); "error" for a number that is no status. The Lua module and the Python
 * binding take their names from here. Reports still write "error" for a non-document code. */
NETRAL_API const char *netral_status_name(int status);

/* ---- Options ------------------------------------------------------------------------------- */
typedef struct netral_options netral_options;

typedef enum netral_limit {
    NETRAL_LIMIT_FILE_BYTES = 1,      /* largest input file accepted (default 256 MiB) */
    NETRAL_LIMIT_PART_BYTES = 2,      /* largest inflated XML part (default 128 MiB) */
    NETRAL_LIMIT_TOTAL_BYTES = 3,     /* all inflated parts of one document (default 512 MiB) */
    NETRAL_LIMIT_RATIO = 4,           /* max inflate ratio of a part larger than 1 MiB (default 200) */
    NETRAL_LIMIT_XML_DEPTH = 5,       /* max XML element nesting (default 256) */
    NETRAL_LIMIT_RULE_INSTRUCTIONS = 6, /* Lua instruction budget per rule per document (default 50M) */
    NETRAL_LIMIT_LUA_MEMORY = 7       /* Lua heap cap per engine in bytes (default 256 MiB) */
} netral_limit;

NETRAL_API netral_options *netral_options_new(void);
NETRAL_API void netral_options_free(netral_options *opts);
/* Extra rule folder; later folders override earlier ones (and the built-ins) by rule id. */
NETRAL_API int netral_options_add_rules_dir(netral_options *opts, const char *dir);
/* Message language: "id" (default) or "en". */
NETRAL_API int netral_options_set_language(netral_options *opts, const char *lang);
NETRAL_API int netral_options_set_limit(netral_options *opts, netral_limit which, uint64_t value);
/* Findings below this severity are dropped: "info", "low" (default), "medium", "high". */
NETRAL_API int netral_options_set_min_severity(netral_options *opts, const char *severity);
/* Author and initials of the Word comments written by annotation (default "Netral", "N"). */
NETRAL_API int netral_options_set_comment_author(netral_options *opts, const char *author,
                                                 const char *initials);
/* Non-zero: annotation also highlights the matched words (default off). */
NETRAL_API int netral_options_set_highlight(netral_options *opts, int on);

/* ---- Engine ---------------------------------------------------------------------------------
 * Thread model: an engine owns one Lua state and is NOT thread-safe. Use one engine per thread
 * (each compiles the rules once, then scans any number of documents). Reports are independent
 * objects and may be read or freed from any thread. */
typedef struct netral_engine netral_engine;

/* opts may be NULL (defaults). On NETRAL_E_RULES, *out is still NULL and netral_last_error()
 * in the same thread names the file and line. */
NETRAL_API int netral_engine_new(const netral_options *opts, netral_engine **out);
NETRAL_API void netral_engine_free(netral_engine *engine);
/* Message of the last failed call in this thread ("" when none). */
NETRAL_API const char *netral_last_error(void);
/* Identifier of the loaded rule set (hash of all rule sources and lists); changes when rules do. */
NETRAL_API const char *netral_engine_ruleset_id(const netral_engine *engine);

/* Rules as loaded (after overrides). */
typedef struct netral_rule_info {
    const char *id, *category, *severity, *source; /* source: "file:line" of its definition */
    const char *basis, *message;
} netral_rule_info;
NETRAL_API size_t netral_engine_rule_count(const netral_engine *engine);
NETRAL_API int netral_engine_rule(const netral_engine *engine, size_t i, netral_rule_info *info);
/* Run every rule's own examples; *failures gets the count, *log a malloc'd text (netral_free). */
NETRAL_API int netral_engine_test_rules(netral_engine *engine, int *failures, char **log);

/* ---- Scanning -------------------------------------------------------------------------------
 * Both return NETRAL_OK when a report was produced: a document that could not be read still gets
 * a report whose status says why. Other codes mean no report (bad arguments, out of memory). */
typedef struct netral_report netral_report;

NETRAL_API int netral_scan_file(netral_engine *engine, const char *path, netral_report **out);
/* name is only used as the report's path (may be NULL). data is not retained. */
NETRAL_API int netral_scan_memory(netral_engine *engine, const void *data, size_t len,
                                  const char *name, netral_report **out);

/* ---- Reports and findings ------------------------------------------------------------------- */
typedef struct netral_finding {
    const char *rule;       /* "endorsement.vote-call" */
    const char *category;   /* contract category string */
    const char *severity;   /* "high" | "medium" | "low" | "info" */
    double confidence;      /* 0..1 */
    const char *part;       /* "word/document.xml" */
    const char *where;      /* "body", "table", "textbox", "header", "footer", "footnote", ... */
    int paragraph;          /* 0-based paragraph index in the part, as `netral text` prints it */
    size_t start, end;      /* byte offsets into that paragraph's text */
    const char *excerpt;    /* the matched words: text[start:end] */
    const char *message;    /* in the engine's language */
    const char *basis;      /* legal basis */
    const char *suggestion; /* what to do instead */
} netral_finding;

NETRAL_API int netral_report_status(const netral_report *r);      /* NETRAL_OK or a doc error */
NETRAL_API const char *netral_report_error(const netral_report *r); /* message, "" when ok */
NETRAL_API const char *netral_report_path(const netral_report *r);
/* Rename the document in this report (its "path" in every format), e.g. to the upload's file name
 * after netral_annotate_memory, whose reports are named "<memory>". Added in 0.1. */
NETRAL_API int netral_report_set_path(netral_report *r, const char *path);
NETRAL_API const char *netral_report_verdict(const netral_report *r); /* violation|review|clean|error */
NETRAL_API size_t netral_report_count(const netral_report *r);
NETRAL_API const netral_finding *netral_report_finding(const netral_report *r, size_t i);
/* Rule failures during this scan (runtime error, budget or memory exceeded); scanning went on. */
NETRAL_API size_t netral_report_rule_error_count(const netral_report *r);
NETRAL_API const char *netral_report_rule_error(const netral_report *r, size_t i);
NETRAL_API void netral_report_free(netral_report *r);

typedef enum netral_format {
    NETRAL_FORMAT_JSONL = 0, NETRAL_FORMAT_JSON, NETRAL_FORMAT_CSV, NETRAL_FORMAT_SARIF,
    NETRAL_FORMAT_HTML, NETRAL_FORMAT_TEXT
} netral_format;
/* Parse "jsonl", "json", ... ; returns -1 when unknown. */
NETRAL_API int netral_format_from_name(const char *name);
/* Render n reports into one malloc'd buffer (free with netral_free). */
NETRAL_API int netral_render(const netral_report *const *reports, size_t n, int format,
                             char **out, size_t *out_len);
NETRAL_API void netral_free(void *p);

/* ---- Document text ---------------------------------------------------------------------------
 * What rules see, as `netral text` prints it: "== part ==" then one paragraph per line (json = 0),
 * or the document model with its span map as JSON (json = 1). *out is malloc'd (netral_free).
 * A document that cannot be read returns its status (NETRAL_E_NOT_A_ZIP, ...) with the reason in
 * netral_last_error(). */
NETRAL_API int netral_document_text(const char *path, int json, char **out, size_t *out_len);

/* The paragraphs the rules see, for showing findings on their words (a review page, an editor),
 * from a document in memory: one malloc'd JSON object (netral_free), UTF-8, NUL-terminated:
 *   {"parts":[{"name":"word/document.xml",
 *              "paragraphs":[{"where":"body","text":"SURAT EDARAN"}, ...]}, ...]}
 * Parts and paragraphs come in the order and numbering of netral_finding's part and paragraph, so
 * a finding's start/end are byte offsets into the UTF-8 of parts[k].paragraphs[paragraph].text.
 * Texts are as the rules see them: a line break inside a paragraph stays "
" (`netral text`
 * prints it as a space of the same length). The document is read with the engine's limits; the
 * engine's rules are not run. Returns NETRAL_OK, the document's error (1..9, message in
 * netral_last_error) when it cannot be read, or an API error. */
NETRAL_API int netral_text_memory(netral_engine *engine, const void *data, size_t len, char **out,
                                  size_t *out_len);

/* ---- Annotation -----------------------------------------------------------------------------
 * Scan the input and write a copy with Word comments on the matched words. The input is never
 * modified; the output is written to a temporary file and renamed into place, and writing over
 * the input is refused (NETRAL_E_SAME_FILE). report_out may be NULL. */
NETRAL_API int netral_annotate_file(netral_engine *engine, const char *in_path,
                                    const char *out_path, netral_report **report_out);
/* Same from and to memory; *out is malloc'd (netral_free). */
NETRAL_API int netral_annotate_memory(netral_engine *engine, const void *data, size_t len,
                                      void **out, size_t *out_len, netral_report **report_out);

#ifdef __cplusplus
}
#endif
#endif
