/* package.c - the ZIP side of the package layer: opens a DOCX with libzip, tells OLE2 files apart,
 * indexes entry names and inflates parts under size and ratio caps (OPC naming is in opc.c). */
#include "package_int.h"
#include "xml.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <zip.h>

void nt_limits_default(nt_limits *l) {
    l->file_bytes = 256ull << 20;
    l->part_bytes = 128ull << 20;
    l->total_bytes = 512ull << 20;
    l->ratio = 200.0;
    l->xml_depth = 256;
    l->max_entries = 10000;
}

/* ---- Entry names ----------------------------------------------------------------------------- */

/* qsort has no context argument; thread-local because engines open packages in parallel. */
static _Thread_local const nt_package *sort_pkg;

static int cmp_entry(const void *a, const void *b) {
    uint32_t ia = *(const uint32_t *)a, ib = *(const uint32_t *)b;
    int c = strcasecmp(sort_pkg->names[ia], sort_pkg->names[ib]);
    return c ? c : (ia < ib ? -1 : ia > ib);
}

/* Part names are case-insensitive; zip names sometimes carry a leading '/' or backslashes. */
static char *normalise_name(const char *raw) {
    while (*raw == '/' || *raw == '\\') raw++;
    char *s = nt_strdup(raw);
    if (s)
        for (char *c = s; *c; c++)
            if (*c == '\\') *c = '/';
    return s;
}

static int build_index(nt_package *pkg) {
    zip_int64_t n = zip_get_num_entries(pkg->za, 0);
    size_t count = n > 0 ? (size_t)n : 0;
    pkg->names = calloc(count ? count : 1, sizeof *pkg->names);
    pkg->sorted = malloc((count ? count : 1) * sizeof *pkg->sorted);
    if (!pkg->names || !pkg->sorted) return NETRAL_E_NOMEM;
    pkg->nnames = count; /* only now: close() walks names[0..nnames) */
    for (size_t i = 0; i < pkg->nnames; i++) {
        const char *raw = zip_get_name(pkg->za, (zip_uint64_t)i, 0);
        pkg->names[i] = normalise_name(raw ? raw : "");
        if (!pkg->names[i]) return NETRAL_E_NOMEM;
        pkg->sorted[i] = (uint32_t)i;
    }
    sort_pkg = pkg;
    qsort(pkg->sorted, pkg->nnames, sizeof *pkg->sorted, cmp_entry);
    sort_pkg = NULL;
    return 0;
}

/* Two entries with one part name (OPC names are case-insensitive) let different readers see
 * different documents: a harmless copy could hide the one Word shows. Refuse the archive. */
static int check_duplicates(nt_package *pkg, nt_err *err) {
    for (size_t i = 1; i < pkg->nnames; i++) {
        const char *a = pkg->names[pkg->sorted[i - 1]], *b = pkg->names[pkg->sorted[i]];
        if (*b && !strcasecmp(a, b)) {
            nt_err_set(err, NETRAL_E_NOT_A_ZIP,
                       NT_L("arsip ZIP rusak: entri %s muncul lebih dari sekali (isi bisa berbeda "
                            "antar-aplikasi)",
                            "damaged ZIP archive: entry %s appears more than once (readers may see "
                            "different content)"),
                       b);
            return NETRAL_E_NOT_A_ZIP;
        }
    }
    return 0;
}

static long find_exact(const nt_package *pkg, const char *name) {
    size_t lo = 0, hi = pkg->nnames;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcasecmp(pkg->names[pkg->sorted[mid]], name);
        if (c == 0) { return (long)pkg->sorted[mid]; }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Relationship targets are URIs: "media/image%201.png" names the entry "media/image 1.png".
 * Decoded on the stack: a lookup never fails for want of memory (which would hide a part). */
long nt_pkg_find_entry(const nt_package *pkg, const char *name) {
    while (*name == '/') name++;
    long i = find_exact(pkg, name);
    if (i >= 0 || !strchr(name, '%')) return i;
    char dec[1024];
    size_t o = 0;
    for (const char *s = name; *s; s++) {
        int h, l;
        if (o + 1 >= sizeof dec) return -1; /* no real part name is this long */
        if (*s == '%' && (h = hexval(s[1])) >= 0 && (l = hexval(s[2])) >= 0) {
            dec[o++] = (char)(h * 16 + l);
            s += 2;
        } else {
            dec[o++] = *s;
        }
    }
    dec[o] = 0;
    return find_exact(pkg, dec);
}

int nt_package_has_part(const nt_package *pkg, const char *part) {
    return pkg && part && nt_pkg_find_entry(pkg, part) >= 0;
}

size_t nt_package_entry_count(const nt_package *pkg) { return pkg ? pkg->nnames : 0; }

const char *nt_package_entry_name(const nt_package *pkg, size_t i) {
    if (!pkg || i >= pkg->nnames) return NULL;
    const char *raw = zip_get_name(pkg->za, (zip_uint64_t)i, 0);
    return raw ? raw : pkg->names[i];
}

const void *nt_package_bytes(const nt_package *pkg, size_t *len) {
    if (len) *len = pkg ? pkg->len : 0;
    return pkg ? pkg->bytes : NULL;
}

const char *nt_package_main_part(const nt_package *pkg) { return pkg ? pkg->main : NULL; }

/* ---- Inflating under caps -------------------------------------------------------------------- */

static int zip_failure(int ze, const char *part, nt_err *err) {
    switch (ze) {
    case ZIP_ER_MEMORY:
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("%s: memori habis", "%s: out of memory"), part);
        return NETRAL_E_NOMEM;
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        nt_err_set(err, NETRAL_E_ENCRYPTED,
                   NT_L("%s: entri ZIP terenkripsi", "%s: encrypted ZIP entry"), part);
        return NETRAL_E_ENCRYPTED;
    case ZIP_ER_COMPNOTSUPP:
        nt_err_set(err, NETRAL_E_NOT_A_ZIP,
                   NT_L("%s: metode kompresi ZIP tidak didukung",
                        "%s: unsupported ZIP compression method"),
                   part);
        return NETRAL_E_NOT_A_ZIP;
    case ZIP_ER_CRC:
        nt_err_set(
            err, NETRAL_E_NOT_A_ZIP,
            NT_L("%s: arsip ZIP rusak (CRC tidak cocok)", "%s: damaged ZIP archive (CRC mismatch)"),
            part);
        return NETRAL_E_NOT_A_ZIP;
    default: {
        zip_error_t e;
        zip_error_init_with_code(&e, ze);
        nt_err_set(err, NETRAL_E_NOT_A_ZIP,
                   NT_L("%s: arsip ZIP rusak atau terpotong (%s)",
                        "%s: damaged or truncated ZIP archive (%s)"),
                   part, zip_error_strerror(&e));
        zip_error_fini(&e);
        return NETRAL_E_NOT_A_ZIP;
    }
    }
}

static int check_size(nt_package *pkg, const char *part, uint64_t size, uint64_t comp,
                      nt_err *err) {
    if (size > pkg->lim.part_bytes) {
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("%s: %llu bait setelah dekompresi, melebihi batas %llu",
                        "%s: %llu bytes inflated, over the limit of %llu"),
                   part, (unsigned long long)size, (unsigned long long)pkg->lim.part_bytes);
        return NETRAL_E_TOO_LARGE;
    }
    if (pkg->total_read + size > pkg->lim.total_bytes) {
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("%s: total dekompresi dokumen melebihi batas %llu bait",
                        "%s: the document inflates to more than the limit of %llu bytes"),
                   part, (unsigned long long)pkg->lim.total_bytes);
        return NETRAL_E_TOO_LARGE;
    }
    if (size > NT_RATIO_FLOOR && (double)size > (double)comp * pkg->lim.ratio) {
        nt_err_set(
            err, NETRAL_E_LIMIT_EXCEEDED,
            NT_L("%s: rasio kompresi %.0f:1 melebihi batas %.0f:1 (kemungkinan bom ZIP)",
                 "%s: compression ratio %.0f:1 over the limit of %.0f:1 (probably a ZIP bomb)"),
            part, comp ? (double)size / (double)comp : (double)size, pkg->lim.ratio);
        return NETRAL_E_LIMIT_EXCEEDED;
    }
    return 0;
}

static int inflate_entry(nt_package *pkg, zip_uint64_t idx, const char *part, char **data,
                         size_t *len, nt_err *err) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(pkg->za, idx, 0, &st) != 0)
        return zip_failure(zip_get_error(pkg->za)->zip_err, part, err);
    uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    int rc = check_size(pkg, part, declared, comp, err);
    if (rc) return rc;
    zip_file_t *zf = zip_fopen_index(pkg->za, idx, 0);
    if (!zf) return zip_failure(zip_get_error(pkg->za)->zip_err, part, err);
    /* Declared sizes lie: count the bytes actually inflated and stop at the caps. Room for the
     * declared bytes, the terminator and one more, so an honest size ends with a read of 0 bytes
     * and no regrowth (which copied every large part once). */
    size_t cap = (size_t)declared + 2, n = 0;
    if (cap < 4096) cap = 4096;
    char *buf = malloc(cap);
    rc = buf ? 0 : NETRAL_E_NOMEM;
    while (!rc) {
        if (cap - n < 2) {
            size_t ncap = cap * 2;
            if (ncap > pkg->lim.part_bytes + 2) ncap = (size_t)pkg->lim.part_bytes + 2;
            char *nb = ncap > cap ? realloc(buf, ncap) : NULL;
            if (!nb) {
                rc = ncap > cap ? NETRAL_E_NOMEM : check_size(pkg, part, n + 1, comp, err);
                break;
            }
            buf = nb;
            cap = ncap;
        }
        zip_int64_t got = zip_fread(zf, buf + n, cap - n - 1);
        if (got < 0) {
            rc = zip_failure(zip_file_get_error(zf)->zip_err, part, err);
            break;
        }
        if (got == 0) break;
        n += (size_t)got;
        rc = check_size(pkg, part, n, comp, err);
    }
    zip_fclose(zf);
    if (rc == NETRAL_E_NOMEM)
        nt_err_set(err, rc, NT_L("%s: memori habis", "%s: out of memory"), part);
    if (rc) {
        free(buf);
        return rc;
    }
    buf[n] = 0;
    pkg->total_read += n;
    *data = buf;
    *len = n;
    return NETRAL_OK;
}

int nt_package_read(nt_package *pkg, const char *part, char **data, size_t *len, nt_err *err) {
    *data = NULL;
    *len = 0;
    if (!pkg || !part) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    long i = nt_pkg_find_entry(pkg, part);
    if (i < 0) {
        nt_err_set(err, NETRAL_E_NOT_A_DOCX,
                   NT_L("bagian %s tidak ada dalam paket", "part %s is not in the package"), part);
        return NETRAL_E_NOT_A_DOCX;
    }
    return inflate_entry(pkg, (zip_uint64_t)i, part, data, len, err);
}

/* ---- OLE2 (Compound File Binary) sniffing ---------------------------------------------------- */

/* A directory entry is 128 bytes: UTF-16LE name (64 bytes), name length in bytes incl. NUL at
 * 0x40, object type at 0x42 (2 = stream). Directory sectors start on sector boundaries after the
 * 512-byte header, so every entry sits at a multiple of 128: scanning those slots for a well-formed
 * entry with the wanted name is enough to classify, and survives a damaged FAT. */
static int ole2_has_stream(const unsigned char *b, size_t len, const char *want) {
    size_t wl = strlen(want);
    for (size_t off = 512; off + 128 <= len; off += 128) {
        const unsigned char *e = b + off;
        if ((size_t)(e[0x40] | e[0x41] << 8) != (wl + 1) * 2 || e[0x42] != 2) continue;
        size_t i = 0;
        /* CFB compares names case-insensitively ("ENCRYPTEDPACKAGE" occurs in the wild) */
        while (i < wl && (e[2 * i] | 0x20) == ((unsigned char)want[i] | 0x20) && e[2 * i + 1] == 0)
            i++;
        if (i == wl && e[2 * wl] == 0 && e[2 * wl + 1] == 0) return 1;
    }
    return 0;
}

static int classify_ole2(const unsigned char *b, size_t len, nt_err *err) {
    if (ole2_has_stream(b, len, "EncryptedPackage")) {
        nt_err_set(
            err, NETRAL_E_ENCRYPTED,
            NT_L("dokumen dilindungi kata sandi (terenkripsi); buka di Word, hapus kata sandinya, "
                 "lalu simpan ulang sebagai .docx",
                 "password-protected (encrypted) document; open it in Word, remove the password "
                 "and save it again as .docx"));
        return NETRAL_E_ENCRYPTED;
    }
    if (ole2_has_stream(b, len, "WordDocument")) {
        nt_err_set(
            err, NETRAL_E_LEGACY_DOC,
            NT_L("dokumen Word 97-2003 (.doc) tidak didukung; ubah dulu ke .docx, misalnya "
                 "`libreoffice --headless --convert-to docx BERKAS`",
                 "Word 97-2003 document (.doc) not supported; convert it to .docx first, e.g. "
                 "`libreoffice --headless --convert-to docx FILE`"));
        return NETRAL_E_LEGACY_DOC;
    }
    nt_err_set(err, NETRAL_E_NOT_A_DOCX,
               NT_L("berkas biner Office 97-2003 (OLE2) yang bukan dokumen Word; bukan DOCX",
                    "Office 97-2003 binary file (OLE2) that is not a Word document; not a DOCX"));
    return NETRAL_E_NOT_A_DOCX;
}

/* ---- Opening ----------------------------------------------------------------------------------- */

void nt_package_close(nt_package *pkg) {
    if (!pkg) return;
    if (pkg->za) zip_discard(pkg->za);
    for (size_t i = 0; i < pkg->nnames; i++) free(pkg->names[i]);
    free(pkg->names);
    free(pkg->sorted);
    for (size_t i = 0; i < pkg->ndefaults; i++) {
        free(pkg->defaults[i].key);
        free(pkg->defaults[i].type);
    }
    for (size_t i = 0; i < pkg->noverrides; i++) {
        free(pkg->overrides[i].key);
        free(pkg->overrides[i].type);
    }
    free(pkg->defaults);
    free(pkg->overrides);
    for (size_t i = 0; i < pkg->nrelsets; i++) nt_pkg_free_relset(&pkg->relsets[i]);
    free(pkg->relsets);
    free(pkg->main);
    free(pkg->bytes);
    free(pkg);
}

static int is_word_main_type(const char *ct) {
    if (!ct || !strcmp(ct, "application/xml") || !strcmp(ct, "text/xml")) return 1;
    return strstr(ct, "wordprocessingml") != NULL || strstr(ct, "ms-word") != NULL;
}

static int odt_hint(nt_package *pkg) {
    long i = find_exact(pkg, "mimetype");
    if (i < 0) return 0;
    char *d;
    size_t n;
    nt_err e;
    if (inflate_entry(pkg, (zip_uint64_t)i, "mimetype", &d, &n, &e)) return 0;
    int odf = strstr(d, "opendocument") != NULL;
    free(d);
    return odf;
}

static int not_docx(nt_package *pkg, nt_err *err, const char *why) {
    if (odt_hint(pkg))
        nt_err_set(err, NETRAL_E_NOT_A_DOCX,
                   NT_L("dokumen OpenDocument (ODT), bukan DOCX; simpan ulang sebagai .docx",
                        "OpenDocument (ODT) document, not a DOCX; save it again as .docx"));
    else
        nt_err_set(err, NETRAL_E_NOT_A_DOCX,
                   NT_L("bukan dokumen DOCX: %s", "not a DOCX document: %s"), why);
    return NETRAL_E_NOT_A_DOCX;
}

/* The main part: the officeDocument relationship of the package, else (no _rels/.rels) the
 * Override whose content type is a WordprocessingML main part. */
static int find_main(nt_package *pkg, nt_err *err) {
    const nt_rel *rels;
    size_t n;
    int rc = nt_package_rels(pkg, "", &rels, &n, err);
    if (rc) return rc;
    const char *main = NULL, *other = NULL;
    int tried = 0; /* a handful of candidates is plenty; each costs a content-type lookup */
    for (size_t i = 0; i < n && !main && tried < 16; i++) {
        if (rels[i].external || !nt_ends_with(rels[i].type, "/officeDocument")) continue;
        tried++;
        if (is_word_main_type(nt_package_content_type(pkg, rels[i].target)))
            main = rels[i].target;
        else if (!other)
            other = rels[i].target;
    }
    for (size_t i = 0; !n && !main && i < pkg->noverrides; i++) {
        const char *t = pkg->overrides[i].type;
        if (nt_ends_with(t, ".main+xml") && is_word_main_type(t)) main = pkg->overrides[i].key;
    }
    if (!main) {
        if (other) {
            char why[300];
            snprintf(why, sizeof why,
                     NT_L("bagian utama %s bukan dokumen Word (%s)",
                          "main part %s is not a Word document (%s)"),
                     other, nt_package_content_type(pkg, other));
            return not_docx(pkg, err, why);
        }
        return not_docx(pkg, err,
                        NT_L("tidak ada dokumen utama (relasi officeDocument) di _rels/.rels",
                             "no main document (officeDocument relationship) in _rels/.rels"));
    }
    if (!nt_package_has_part(pkg, main)) {
        char why[300];
        snprintf(why, sizeof why,
                 NT_L("dokumen utama %s tidak ada dalam arsip",
                      "main document %s is not in the archive"),
                 main);
        return not_docx(pkg, err, why);
    }
    pkg->main = nt_strdup(main);
    if (!pkg->main) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    return NETRAL_OK;
}

static int open_zip(nt_package *pkg, nt_err *err) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(pkg->bytes, pkg->len, 0, &ze);
    if (src) {
        pkg->za = zip_open_from_source(src, ZIP_RDONLY, &ze);
        if (!pkg->za) zip_source_free(src);
    }
    int code = zip_error_code_zip(&ze);
    zip_error_fini(&ze);
    if (pkg->za) return 0;
    if (code == ZIP_ER_MEMORY) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    if (pkg->len >= 4 && !memcmp(pkg->bytes, "PK\3\4", 4))
        nt_err_set(
            err, NETRAL_E_NOT_A_ZIP,
            NT_L("arsip ZIP rusak atau terpotong (direktori pusat tidak ada atau tidak valid)",
                 "damaged or truncated ZIP archive (central directory missing or invalid)"));
    else
        nt_err_set(err, NETRAL_E_NOT_A_ZIP,
                   NT_L("bukan arsip ZIP, jadi bukan dokumen DOCX",
                        "not a ZIP archive, so not a DOCX document"));
    return NETRAL_E_NOT_A_ZIP;
}

/* Takes ownership of bytes. */
static int open_owned(unsigned char *bytes, size_t len, const nt_limits *lim, nt_package **out,
                      nt_err *err) {
    nt_package *pkg = calloc(1, sizeof *pkg);
    if (!pkg) {
        free(bytes);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    pkg->bytes = bytes;
    pkg->len = len;
    if (lim)
        pkg->lim = *lim;
    else
        nt_limits_default(&pkg->lim);
    int rc = 0;
    static const unsigned char ole2[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (len == 0) {
        nt_err_set(err, NETRAL_E_NOT_A_ZIP,
                   NT_L("berkas kosong, bukan dokumen DOCX", "empty file, not a DOCX document"));
        rc = NETRAL_E_NOT_A_ZIP;
    } else if (len > pkg->lim.file_bytes) {
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("berkas %zu bait melebihi batas %llu bait",
                        "file of %zu bytes over the limit of %llu bytes"),
                   len, (unsigned long long)pkg->lim.file_bytes);
        rc = NETRAL_E_TOO_LARGE;
    } else if (len >= 512 && !memcmp(bytes, ole2, 8)) {
        rc = classify_ole2(bytes, len, err);
    } else {
        rc = open_zip(pkg, err);
    }
    if (!rc && pkg->lim.max_entries &&
        (zip_uint64_t)zip_get_num_entries(pkg->za, 0) > pkg->lim.max_entries) {
        nt_err_set(err, NETRAL_E_LIMIT_EXCEEDED,
                   NT_L("arsip berisi %lld entri, melebihi batas %u",
                        "archive holds %lld entries, over the limit of %u"),
                   (long long)zip_get_num_entries(pkg->za, 0), (unsigned)pkg->lim.max_entries);
        rc = NETRAL_E_LIMIT_EXCEEDED;
    }
    if (!rc && build_index(pkg)) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        rc = NETRAL_E_NOMEM;
    }
    if (!rc) rc = check_duplicates(pkg, err);
    if (!rc) {
        if (find_exact(pkg, "[Content_Types].xml") < 0) {
            rc = not_docx(pkg, err,
                          NT_L("[Content_Types].xml tidak ada", "[Content_Types].xml is missing"));
        } else {
            rc = nt_pkg_read_content_types(pkg, err);
        }
    }
    if (!rc) rc = find_main(pkg, err);
    if (rc) {
        nt_package_close(pkg);
        pkg = NULL;
    }
    *out = pkg;
    return rc;
}

int nt_package_open_mem(const void *data, size_t len, const nt_limits *lim, nt_package **out,
                        nt_err *err) {
    *out = NULL;
    if (!data && len) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    nt_limits def;
    if (!lim) {
        nt_limits_default(&def);
        lim = &def;
    }
    if (len > lim->file_bytes) {
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("berkas %zu bait melebihi batas %llu bait",
                        "file of %zu bytes over the limit of %llu bytes"),
                   len, (unsigned long long)lim->file_bytes);
        return NETRAL_E_TOO_LARGE;
    }
    unsigned char *copy = malloc(len ? len : 1);
    if (!copy) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    if (len) memcpy(copy, data, len);
    return open_owned(copy, len, lim, out, err);
}

int nt_package_open_path(const char *path, const nt_limits *lim, nt_package **out, nt_err *err) {
    *out = NULL;
    if (!path) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    nt_limits def;
    if (!lim) {
        nt_limits_default(&def);
        lim = &def;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        int code = e == ENOENT || e == ENOTDIR ? NETRAL_E_NOT_FOUND : NETRAL_E_IO;
        nt_err_set(err, code, "%s: %s",
                   code == NETRAL_E_NOT_FOUND
                       ? NT_L("berkas tidak ditemukan", "file not found")
                       : NT_L("berkas tidak dapat dibuka", "cannot open file"),
                   path);
        return code;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        nt_err_set(err, NETRAL_E_IO, NT_L("bukan berkas biasa: %s", "not a regular file: %s"),
                   path);
        return NETRAL_E_IO;
    }
    if ((uint64_t)st.st_size > lim->file_bytes) {
        fclose(f);
        nt_err_set(err, NETRAL_E_TOO_LARGE,
                   NT_L("berkas %lld bait melebihi batas %llu bait",
                        "file of %lld bytes over the limit of %llu bytes"),
                   (long long)st.st_size, (unsigned long long)lim->file_bytes);
        return NETRAL_E_TOO_LARGE;
    }
    size_t len = (size_t)st.st_size;
    unsigned char *bytes = malloc(len ? len : 1);
    if (!bytes) {
        fclose(f);
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    size_t got = len ? fread(bytes, 1, len, f) : 0;
    int bad = got != len || ferror(f);
    fclose(f);
    if (bad) {
        free(bytes);
        nt_err_set(err, NETRAL_E_IO, NT_L("gagal membaca berkas: %s", "cannot read file: %s"),
                   path);
        return NETRAL_E_IO;
    }
    return open_owned(bytes, len, lim, out, err);
}
