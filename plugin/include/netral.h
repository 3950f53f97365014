/* netral.h - the public C ABI of the Netral plugin: engines, scans, reports, annotation.
 * The only header a host program needs; every symbol is prefixed netral_, every handle is opaque. */
#ifndef NETRAL_H
#define NETRAL_H

#include <stddef.h>
#include <stdio.h>
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
#define NETRAL_VERSION_MAJOR  0
#define NETRAL_VERSION_MINOR  1
#define NETRAL_VERSION_PATCH  0
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
    NETRAL_LIMIT_FILE_BYTES = 1,  /* largest input file accepted (default 256 MiB) */
    NETRAL_LIMIT_PART_BYTES = 2,  /* largest inflated XML part (default 128 MiB) */
    NETRAL_LIMIT_TOTAL_BYTES = 3, /* all inflated parts of one document (default 512 MiB) */
    NETRAL_LIMIT_RATIO = 4,       /* max inflate ratio of a part larger than 1 MiB (default 200) */
    NETRAL_LIMIT_XML_DEPTH = 5,   /* max XML element nesting (default 256) */
    NETRAL_LIMIT_RULE_INSTRUCTIONS =
        6,                      /* Lua instruction budget per rule per document (default 50M) */
    NETRAL_LIMIT_LUA_MEMORY = 7 /* Lua heap cap per engine in bytes (default 256 MiB) */
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
/* Non-zero (the default): overlapping findings of one category in a paragraph become one, the
 * strongest (severity, then confidence, then the longer span), listing the others' rule ids in
 * `also`. Zero keeps every finding (corpus statistics per rule, explain). */
NETRAL_API int netral_options_set_merge(netral_options *opts, int on);

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

/* More about rule i. Set size = sizeof(netral_rule_detail) first: the library fills only the
 * fields of that size, so later versions may append fields. `severity` (netral_rule_info) is the
 * most the rule reports; a graded rule reports lower when the evidence is weaker. */
typedef struct netral_rule_detail {
    size_t size;
    int graded;        /* declared graded = true: may report below its severity */
    int document;      /* a document rule */
    double confidence; /* declared confidence (a check may report another) */
    const char *scope; /* "sentence" | "paragraph" | "document" */
    const char *
        replaces; /* "file:line" of the definition it replaced (same id, earlier folder), or NULL */
    const char *changed_by; /* "file:line" of the override "id" { ... } applied to it, or NULL */
    const char *suggestion; /* in the engine's language, or NULL */
} netral_rule_detail;
NETRAL_API int netral_engine_rule_detail(const netral_engine *engine, size_t i,
                                         netral_rule_detail *d);
/* The named word lists as loaded (every folder's entries together). files: the "file:line" of
 * each list "name" { ... } that added entries, comma-separated; used_by: the rules whose matchers
 * and the cues whose words name it, comma-separated ("" when none). Set size first. */
typedef struct netral_list_info {
    size_t size;
    const char *name;
    size_t entries;
    const char *files;
    const char *used_by;
} netral_list_info;
NETRAL_API size_t netral_engine_list_count(const netral_engine *engine);
NETRAL_API int netral_engine_list(const netral_engine *engine, size_t i, netral_list_info *info);
/* Entry j of list i as written ("=pilihan", "nomor urut #num"), NULL past the end; *source (may
 * be NULL) gets the "file:line" that added it. */
NETRAL_API const char *netral_engine_list_entry(const netral_engine *engine, size_t i, size_t j,
                                                const char **source);

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
    /* Rules whose findings of the same category overlapped this one in its paragraph and were
     * merged into it (this one is the strongest); nalso == 0 when none. */
    const char *const *also;
    size_t nalso;
} netral_finding;

NETRAL_API int netral_report_status(const netral_report *r);        /* NETRAL_OK or a doc error */
NETRAL_API const char *netral_report_error(const netral_report *r); /* message, "" when ok */
NETRAL_API const char *netral_report_path(const netral_report *r);
/* Rename the document in this report (its "path" in every format), e.g. to the upload's file name
 * after netral_annotate_memory, whose reports are named "<memory>". Added in 0.1. */
NETRAL_API int netral_report_set_path(netral_report *r, const char *path);
NETRAL_API const char *
netral_report_verdict(const netral_report *r); /* violation|review|clean|error */
NETRAL_API size_t netral_report_count(const netral_report *r);
NETRAL_API const netral_finding *netral_report_finding(const netral_report *r, size_t i);
/* The memo's facts as a letter, read from the document itself (not from rules): key is one of
 * "number" (nomor surat), "subject" (hal/perihal), "date" (as written), "date_iso" (YYYY-MM-DD),
 * "classification" (sifat), "office" (issuing office, from the kop), "signer", "signer_title".
 * NULL when the memo does not show it (or for an unknown key). netral_memo_key(i) names key i
 * (0, 1, ...; NULL past the last), in the order reports print them. */
NETRAL_API const char *netral_report_memo(const netral_report *r, const char *key);
NETRAL_API const char *netral_memo_key(size_t i);
/* Rule failures during this scan (runtime error, budget or memory exceeded); scanning went on. */
NETRAL_API size_t netral_report_rule_error_count(const netral_report *r);
NETRAL_API const char *netral_report_rule_error(const netral_report *r, size_t i);
NETRAL_API void netral_report_free(netral_report *r);

typedef enum netral_format {
    NETRAL_FORMAT_JSONL = 0,
    NETRAL_FORMAT_JSON,
    NETRAL_FORMAT_CSV,
    NETRAL_FORMAT_SARIF,
    NETRAL_FORMAT_HTML,
    NETRAL_FORMAT_TEXT
} netral_format;
/* Parse "jsonl", "json", ... ; returns -1 when unknown. */
NETRAL_API int netral_format_from_name(const char *name);
/* Render n reports into one malloc'd buffer (free with netral_free). */
NETRAL_API int netral_render(const netral_report *const *reports, size_t n, int format, char **out,
                             size_t *out_len);
NETRAL_API void netral_free(void *p);

/* ---- Streaming reports -----------------------------------------------------------------------
 * For batches too large to hold in memory: open a writer on a stdio stream, add each report as
 * it finishes (any order), end it with the run's totals. Every format with a summary says when
 * the run was interrupted and counts the memo files that were left out. */
typedef struct netral_writer netral_writer;
#define NETRAL_SKIP_KINDS 4 /* skipped[]: .doc, .odt, .rtf and .pdf files left out, in that order */
typedef struct netral_writer_meta {
    size_t size;              /* sizeof(netral_writer_meta): fields may be added at the end */
    const char *tool_version; /* NULL: netral_version() */
    const char *ruleset_id;   /* netral_engine_ruleset_id(), or NULL */
    const netral_rule_info *rules;
    size_t nrules;    /* SARIF reportingDescriptors, or NULL/0 */
    double seconds;   /* wall time of the run (given to netral_writer_end) */
    const char *lang; /* "id" (NULL) or "en": labels and summaries */
    int interrupted;  /* the run stopped early: every summary says it is incomplete */
    size_t total;     /* documents found, when interrupted */
    int total_exact;  /* total is exact, not a lower bound */
    size_t skipped[NETRAL_SKIP_KINDS];
    int text_all;   /* text format: clean memos too */
    int text_brief; /* text format: one line per finding */
} netral_writer_meta;
/* What a front end knows of one document beyond its report; any field may be NULL. */
typedef struct netral_doc_links {
    const char *display;   /* the path people see (e.g. relative to the scanned folder) */
    const char *annotated; /* URI reference of its annotated copy, relative to the report */
    const char *original;  /* URI reference of the document itself, relative to the report */
} netral_doc_links;
/* meta may be NULL (defaults); it is copied. out must stay open until netral_writer_end. */
NETRAL_API int netral_writer_new(int format, FILE *out, const netral_writer_meta *meta,
                                 netral_writer **w);
NETRAL_API int netral_writer_add(netral_writer *w, const netral_report *r,
                                 const netral_doc_links *links); /* links may be NULL */
/* Writes the summary with meta's totals (NULL: those given to netral_writer_new), flushes, frees w. */
NETRAL_API int netral_writer_end(netral_writer *w, const netral_writer_meta *meta);
/* Frees w without writing what is pending (a run that never began). */
NETRAL_API void netral_writer_discard(netral_writer *w);

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
 * Texts are as the rules see them: a line break inside a paragraph stays "\n" (`netral text`
 * prints it as a space of the same length). The document is read with the engine's limits; the
 * engine's rules are not run. Returns NETRAL_OK, the document's error (1..9, message in
 * netral_last_error) when it cannot be read, or an API error. */
NETRAL_API int netral_text_memory(netral_engine *engine, const void *data, size_t len, char **out,
                                  size_t *out_len);

/* ---- Explain --------------------------------------------------------------------------------
 * How the rules read one document: per paragraph the normalised tokens and stems, every list hit,
 * every cue with its scope, and for each rule every candidate with the reason it was kept or
 * dropped (which part of the matcher had no hit, which cue or check rejected it, the distance);
 * then each document rule's changes with their evidence, and the findings a scan reports (the
 * findings are exactly a scan's). *out is malloc'd (netral_free): text in the engine's language,
 * or one JSON object. A document that cannot be read returns its status (NETRAL_E_NOT_A_ZIP, ...)
 * with the message in netral_last_error(); a part, paragraph or rule that does not exist is
 * NETRAL_E_INVALID_ARG, and netral_last_error() names the valid ones. */
typedef struct netral_explain_options {
    size_t size;      /* sizeof(netral_explain_options) */
    const char *part; /* only this part ("word/document.xml"); NULL: every part */
    int paragraph;    /* only this paragraph, numbered from 1 as shown to people (0: all) */
    const char *rule; /* only this rule; NULL: every rule */
    int json;         /* non-zero: JSON instead of text */
} netral_explain_options;
NETRAL_API int netral_explain_file(netral_engine *engine, const char *path,
                                   const netral_explain_options *opts, char **out, size_t *out_len);
NETRAL_API int netral_explain_memory(netral_engine *engine, const void *data, size_t len,
                                     const char *name, const netral_explain_options *opts,
                                     char **out, size_t *out_len);
/* text: a bare sentence (or several lines: one body paragraph each) instead of a document. */
NETRAL_API int netral_explain_text(netral_engine *engine, const char *text,
                                   const netral_explain_options *opts, char **out, size_t *out_len);

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
