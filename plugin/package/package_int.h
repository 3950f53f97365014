/* package_int.h - private to the package layer (package.c, opc.c): the package object and the few
 * calls its two halves make of each other. */
#ifndef NT_PACKAGE_INT_H
#define NT_PACKAGE_INT_H

#include <stdint.h>
#include <zip.h>

#include "package.h"

typedef struct ct_entry {
    char *key; /* extension (Default) or part name without '/' (Override) */
    char *type;
} ct_entry;

typedef struct rel_set {
    char *source;
    nt_rel *rels;
    size_t n, cap;
} rel_set;

struct nt_package {
    unsigned char *bytes;
    size_t len;
    zip_t *za;
    nt_limits lim;
    uint64_t total_read;
    char **names; /* zip index -> normalised entry name ("" when unusable) */
    size_t nnames;
    uint32_t *sorted; /* indices sorted by case-insensitive name */
    ct_entry *defaults, *overrides;
    size_t ndefaults, noverrides, capdefaults, capoverrides;
    char *main;
    rel_set *relsets;
    size_t nrelsets;
};

/* zip index of an entry by OPC part name (case-insensitive, %-decoded), -1 when absent. */
long nt_pkg_find_entry(const nt_package *pkg, const char *name);
/* Parse [Content_Types].xml into pkg->defaults/overrides (opc.c). */
int nt_pkg_read_content_types(nt_package *pkg, nt_err *err);
void nt_pkg_free_relset(rel_set *s);

#endif
