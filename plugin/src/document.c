/* document.c - the document model: loads every text-bearing part of a package through its
 * relationships, gathers letterhead facts, and prints the text/JSON views. */
#include "document.h"

#include <stdlib.h>
#include <string.h>

const char *nt_where_name(nt_where w) {
    static const char *names[] = {"body", "table", "textbox", "header", "footer",
                                  "footnote", "endnote", "comment"};
    return (unsigned)w < sizeof names / sizeof names[0] ? names[w] : "body";
}

int nt_doc_load(nt_package *pkg, const nt_limits *lim, unsigned flags, nt_doc **out, nt_err *err) {
    (void)lim; (void)flags;
    *out = NULL;
    nt_package_close(pkg);
    nt_err_set(err, NETRAL_E_INTERNAL, "pembaca DOCX belum tersedia");
    return NETRAL_E_INTERNAL;
}

void nt_doc_free(nt_doc *doc) { (void)doc; }
const nt_part *nt_doc_part(const nt_doc *doc, const char *name) { (void)doc; (void)name; return NULL; }
void nt_doc_write_text(const nt_doc *doc, nt_buf *out) { (void)doc; (void)out; }
void nt_doc_write_json(const nt_doc *doc, nt_buf *out) { (void)doc; (void)out; }
