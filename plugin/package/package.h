/* package.h - the OPC package layer: a DOCX opened with libzip, its parts, content types and
 * relationships, read under size/ratio caps. Knows nothing of WordprocessingML. */
#ifndef NT_PACKAGE_H
#define NT_PACKAGE_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

typedef struct nt_limits {
    uint64_t file_bytes;  /* max input size */
    uint64_t part_bytes;  /* max inflated size of one part */
    uint64_t total_bytes; /* max inflated bytes read from one package */
    double ratio;         /* max compressed->inflated ratio for parts above 1 MiB */
    int xml_depth;        /* max element nesting */
    uint32_t max_entries; /* max zip entries */
} nt_limits;

/* The ratio cap applies to parts above this size (writers check their output against it too). */
#define NT_RATIO_FLOOR (1u << 20)

/* Defaults documented in netral.h. */
void nt_limits_default(nt_limits *l);

typedef struct nt_rel {
    char *id;     /* rId */
    char *type;   /* full relationship type URI */
    char *target; /* resolved part name without leading '/', e.g. "word/header1.xml";
                     for external targets the raw target (URL) */
    int external; /* TargetMode="External" */
} nt_rel;

typedef struct nt_package nt_package;

/* Open from a path or from memory (the buffer is copied). On failure returns a status and
 * fills err: NOT_FOUND, IO, NOT_A_ZIP, ENCRYPTED (OLE2 + EncryptedPackage), LEGACY_DOC (OLE2 Word
 * 97-2003), TOO_LARGE, LIMIT_EXCEEDED, NOT_A_DOCX (zip but no officeDocument relationship / main part). */
int nt_package_open_path(const char *path, const nt_limits *lim, nt_package **out, nt_err *err);
int nt_package_open_mem(const void *data, size_t len, const nt_limits *lim, nt_package **out,
                        nt_err *err);
void nt_package_close(nt_package *pkg);

/* Part name of the main document found through _rels/.rels (e.g. "word/document.xml"). */
const char *nt_package_main_part(const nt_package *pkg);
/* Content type of a part from [Content_Types].xml (Override, then Default by extension); NULL if none. */
const char *nt_package_content_type(const nt_package *pkg, const char *part);
/* Relationships whose source is `part` ("" for the package root). Owned by the package. */
int nt_package_rels(nt_package *pkg, const char *part, const nt_rel **rels, size_t *n, nt_err *err);
/* First relationship target of `part` whose type ends with type_suffix (e.g. "/header"); NULL if none. */
const char *nt_package_rel_target(nt_package *pkg, const char *part, const char *type_suffix);
/* 1 if the package has this part. */
int nt_package_has_part(const nt_package *pkg, const char *part);
/* Inflate a whole part into a malloc'd NUL-terminated buffer under the caps. */
int nt_package_read(nt_package *pkg, const char *part, char **data, size_t *len, nt_err *err);

/* For writers that copy unchanged entries raw: number of entries, their names, and the zip
 * source bytes (the whole original file, kept in memory by the package). */
size_t nt_package_entry_count(const nt_package *pkg);
const char *nt_package_entry_name(const nt_package *pkg, size_t i);
const void *nt_package_bytes(const nt_package *pkg, size_t *len);

#endif
