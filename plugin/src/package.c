/* package.c - the OPC package layer: opens a DOCX with libzip, reads [Content_Types].xml and
 * relationships, and inflates parts under size and ratio caps. */
#include "package.h"

#include <stdlib.h>

void nt_limits_default(nt_limits *l) {
    l->file_bytes = 256ull << 20;
    l->part_bytes = 128ull << 20;
    l->total_bytes = 512ull << 20;
    l->ratio = 200.0;
    l->xml_depth = 256;
    l->max_entries = 10000;
}

int nt_package_open_path(const char *path, const nt_limits *lim, nt_package **out, nt_err *err) {
    (void)path; (void)lim; *out = NULL;
    nt_err_set(err, NETRAL_E_INTERNAL, "pembaca DOCX belum tersedia");
    return NETRAL_E_INTERNAL;
}
int nt_package_open_mem(const void *data, size_t len, const nt_limits *lim, nt_package **out,
                        nt_err *err) {
    (void)data; (void)len; (void)lim; *out = NULL;
    nt_err_set(err, NETRAL_E_INTERNAL, "pembaca DOCX belum tersedia");
    return NETRAL_E_INTERNAL;
}
void nt_package_close(nt_package *pkg) { (void)pkg; }
const char *nt_package_main_part(const nt_package *pkg) { (void)pkg; return NULL; }
const char *nt_package_content_type(const nt_package *pkg, const char *part) { (void)pkg; (void)part; return NULL; }
int nt_package_rels(nt_package *pkg, const char *part, const nt_rel **rels, size_t *n, nt_err *err) {
    (void)pkg; (void)part; (void)err; *rels = NULL; *n = 0; return NETRAL_OK;
}
const char *nt_package_rel_target(nt_package *pkg, const char *part, const char *type_suffix) {
    (void)pkg; (void)part; (void)type_suffix; return NULL;
}
int nt_package_has_part(const nt_package *pkg, const char *part) { (void)pkg; (void)part; return 0; }
int nt_package_read(nt_package *pkg, const char *part, char **data, size_t *len, nt_err *err) {
    (void)pkg; (void)part; *data = NULL; *len = 0;
    nt_err_set(err, NETRAL_E_INTERNAL, "pembaca DOCX belum tersedia");
    return NETRAL_E_INTERNAL;
}
size_t nt_package_entry_count(const nt_package *pkg) { (void)pkg; return 0; }
const char *nt_package_entry_name(const nt_package *pkg, size_t i) { (void)pkg; (void)i; return NULL; }
const void *nt_package_bytes(const nt_package *pkg, size_t *len) { (void)pkg; *len = 0; return NULL; }
