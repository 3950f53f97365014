/* annotate.c - nt_annotate: turns a scanned document and its report into the bytes of an annotated
 * copy (comments anchored on findings, comments.xml, custom properties), unchanged entries raw. */
#include "annotate.h"

int nt_annotate(const nt_doc *doc, const netral_report *rep, const nt_annot_opts *opts,
                void **out, size_t *out_len, nt_err *err) {
    (void)doc; (void)rep; (void)opts;
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    nt_err_set(err, NETRAL_E_INTERNAL, "anotasi belum tersedia pada versi ini");
    return NETRAL_E_INTERNAL;
}
