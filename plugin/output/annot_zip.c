/* annot_zip.c - the annotated copy's archive: unchanged entries copied raw from the input, the
 * changed parts staged under the reader's limits, libzip failures blamed on the input or on us. */
#include "annot_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

/* ---- The zip ----------------------------------------------------------------------------- */

static zip_int64_t locate(zip_t *za, const char *name) {
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *e = zip_get_name(za, (zip_uint64_t)i, 0);
        while (e && (*e == '/' || *e == '\\')) e++;
        if (e && !strcasecmp(e, name)) return i;
    }
    return -1;
}

/* libzip's error as a status. The output is built in memory from the input's own bytes, so a
 * seek, read, CRC or consistency error while copying means an entry of the input is damaged (a
 * local header claiming data past the end of the file, say) that the reader never met because
 * it does not read that entry: the document's fault, not ours (found by fuzz_annotate). */
static int zip_status(zip_error_t *ze) {
    switch (ze ? zip_error_code_zip(ze) : ZIP_ER_OK) {
    case ZIP_ER_MEMORY: return NETRAL_E_NOMEM;
    case ZIP_ER_SEEK:
    case ZIP_ER_READ:
    case ZIP_ER_EOF:
    case ZIP_ER_CRC:
    case ZIP_ER_INCONS:
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPNOTSUPP:
    case ZIP_ER_NOZIP:
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD: return NETRAL_E_NOT_A_ZIP;
    default: return NETRAL_E_INTERNAL;
    }
}

/* zip_close failing with "invalid argument": every source it reads at that point is a memory
 * buffer, ours fully written, so this is a seek outside the input's bytes: an unchanged entry
 * whose local header, name or data lies past the end of the file (fuzz_annotate found a 64 KB
 * local name, and empty folder entries whose offset or name runs past the end). */
static int close_seek_error(const char *what, zip_error_t *ze) {
    return ze && !strcmp(what, "tutup") && zip_error_code_zip(ze) == ZIP_ER_INVAL;
}

static int zip_fail(annot *a, const char *what, zip_error_t *ze) {
    int rc = zip_status(ze);
    if (rc == NETRAL_E_INTERNAL && close_seek_error(what, ze)) rc = NETRAL_E_NOT_A_ZIP;
    if (rc == NETRAL_E_NOT_A_ZIP)
        nt_err_set(a->err, rc,
                   NT_L("arsip ZIP rusak: entri yang tidak dibaca pemindai tidak dapat disalin "
                        "ke salinan beranotasi (%s)",
                        "damaged ZIP archive: an entry the scan does not read cannot be copied "
                        "into the annotated copy (%s)"),
                   zip_error_strerror(ze));
    else
        nt_err_set(a->err, rc,
                   NT_L("gagal menyusun arsip keluaran (%s): %s",
                        "cannot build the output archive (%s): %s"),
                   what, ze ? zip_error_strerror(ze) : "?");
    return rc;
}

/* Put the changed parts into the archive; libzip copies every other entry raw on close. */
static int stage_parts(annot *a, zip_t *za) {
    zip_stat_t st;
    time_t base = 315532800; /* 1980-01-01, the DOS epoch */
    zip_int64_t mi = locate(za, a->main->name);
    if (mi >= 0 && !zip_stat_index(za, (zip_uint64_t)mi, 0, &st) && (st.valid & ZIP_STAT_MTIME))
        base = st.mtime; /* new parts look as old as the document they annotate */
    for (size_t i = 0; i < a->nparts; i++) {
        newpart *p = &a->parts[i];
        zip_source_t *s = zip_source_buffer(za, p->data, p->len, 0);
        if (!s) return zip_fail(a, p->name, zip_get_error(za));
        zip_int64_t idx = locate(za, p->name);
        time_t mtime = base;
        if (idx >= 0) {
            if (!zip_stat_index(za, (zip_uint64_t)idx, 0, &st) && (st.valid & ZIP_STAT_MTIME))
                mtime = st.mtime;
            if (zip_file_replace(za, (zip_uint64_t)idx, s, 0)) {
                zip_source_free(s);
                return zip_fail(a, p->name, zip_get_error(za));
            }
        } else if ((idx = zip_file_add(za, p->name, s, ZIP_FL_ENC_UTF_8)) < 0) {
            zip_source_free(s);
            return zip_fail(a, p->name, zip_get_error(za));
        }
        zip_set_file_compression(za, (zip_uint64_t)idx, p->store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 0);
        zip_file_set_mtime(za, (zip_uint64_t)idx, mtime, 0);
    }
    return NETRAL_OK;
}

static int read_source(annot *a, zip_source_t *src, void **out, size_t *out_len) {
    zip_stat_t st;
    if (zip_source_open(src)) return zip_fail(a, "baca", zip_source_error(src));
    zip_stat_init(&st);
    if (zip_source_stat(src, &st) || !(st.valid & ZIP_STAT_SIZE)) {
        zip_source_close(src);
        return zip_fail(a, "stat", zip_source_error(src));
    }
    char *buf = malloc(st.size ? st.size : 1);
    if (!buf) {
        zip_source_close(src);
        return oom(a);
    }
    zip_int64_t got = zip_source_read(src, buf, st.size);
    zip_source_close(src);
    if (got < 0 || (zip_uint64_t)got != st.size) {
        free(buf);
        return zip_fail(a, "baca", NULL);
    }
    *out = buf;
    *out_len = st.size;
    return NETRAL_OK;
}

static int build_zip(annot *a, void **out, size_t *out_len) {
    size_t len;
    const void *bytes = nt_package_bytes(a->pkg, &len);
    zip_error_t ze;
    zip_error_init(&ze);
    /* libzip gets its own copy: when it keeps the unchanged head of the archive in place
     * (cloning), the result shares and later frees the source buffer. */
    void *copy = bytes ? malloc(len ? len : 1) : NULL;
    if (!copy) return oom(a);
    memcpy(copy, bytes, len);
    zip_source_t *src = zip_source_buffer_create(copy, len, 1, &ze);
    if (!src) {
        free(copy);
        int rc = zip_fail(a, "sumber", &ze);
        zip_error_fini(&ze);
        return rc;
    }
    zip_source_keep(src); /* read the result back after zip_close */
    zip_t *za = zip_open_from_source(src, 0, &ze);
    if (!za) {
        int rc = zip_fail(a, "buka", &ze);
        zip_error_fini(&ze);
        zip_source_free(src);
        zip_source_free(src);
        return rc;
    }
    int rc = stage_parts(a, za);
    if (!rc && zip_close(za)) rc = zip_fail(a, "tutup", zip_get_error(za));
    if (rc) zip_discard(za);
    if (!rc) rc = read_source(a, src, out, out_len);
    zip_source_free(src);
    zip_error_fini(&ze);
    return rc;
}

/* The copy must read back under the reader's default limits (package.c), or it is no use to
 * anyone. Checked on the central directory, nothing inflated: a part of ours that deflates better
 * than the ratio cap (a rule's text repeated thousands of times) is marked to be stored as is,
 * and *rebuild asks for the zip again; a part over the size cap or too many entries fail with
 * the reader's own code instead of writing a copy that cannot be opened. */
static int check_output(annot *a, const void *zip, size_t len, int *rebuild) {
    nt_limits lim;
    nt_limits_default(&lim);
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(zip, len, 0, &ze);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!za) {
        int rc = zip_fail(a, "periksa", &ze);
        zip_error_fini(&ze);
        if (src) zip_source_free(src);
        return rc;
    }
    int rc = NETRAL_OK;
    zip_int64_t entries = zip_get_num_entries(za, 0);
    if (entries > (zip_int64_t)lim.max_entries) {
        rc = NETRAL_E_LIMIT_EXCEEDED;
        nt_err_set(a->err, rc,
                   NT_L("salinan beranotasi akan berisi %lld entri, melebihi batas %u",
                        "the annotated copy would hold %lld entries, over the limit of %u"),
                   (long long)entries, lim.max_entries);
    }
    for (size_t i = 0; !rc && i < a->nparts; i++) {
        zip_stat_t st;
        zip_int64_t idx = locate(za, a->parts[i].name);
        if (idx < 0 || zip_stat_index(za, (zip_uint64_t)idx, 0, &st)) {
            rc = zip_fail(a, "stat", NULL);
            break;
        }
        if (st.size > lim.part_bytes) {
            rc = NETRAL_E_TOO_LARGE;
            nt_err_set(a->err, rc,
                       NT_L("%s: salinan beranotasi %llu bait, melebihi batas %llu",
                            "%s: annotated copy of %llu bytes, over the limit of %llu"),
                       a->parts[i].name, (unsigned long long)st.size,
                       (unsigned long long)lim.part_bytes);
        } else if (st.size > NT_RATIO_FLOOR && (double)st.size > (double)st.comp_size * lim.ratio) {
            a->parts[i].store = 1;
            *rebuild = 1;
        }
    }
    zip_discard(za); /* frees the archive and its source; the bytes stay the caller's */
    zip_error_fini(&ze);
    return rc;
}

/* build_zip, then check_output; once more with the flagged parts stored (ratio 1:1). */
int nt_annot_write_zip(annot *a, void **out, size_t *out_len) {
    for (int round = 0; round < 2; round++) {
        int rebuild = 0;
        int rc = build_zip(a, out, out_len);
        if (!rc) rc = check_output(a, *out, *out_len, &rebuild);
        if (!rc && !rebuild) return NETRAL_OK;
        free(*out);
        *out = NULL;
        *out_len = 0;
        if (rc) return rc;
    }
    return zip_fail(a, "rasio kompresi", NULL); /* stored parts cannot trip the ratio cap */
}
