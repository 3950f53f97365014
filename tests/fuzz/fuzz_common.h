/* fuzz_common.h - helpers shared by the libFuzzer targets: invariant checks that abort loudly so
 * the fuzzer (or the standalone regression driver) records the input that broke them. */
#ifndef NT_FUZZ_COMMON_H
#define NT_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral.h"

/* libFuzzer's entry points, defined by each target. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant is a bug even when nothing crashed: make it a crash the fuzzer keeps. */
#define NT_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);    \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Contract strings a report may carry. */
static inline int nt_fuzz_is_category(const char *c) {
    static const char *const cats[] = {"endorsement",    "campaign-activity", "social-media",
                                       "state-facility", "inducement",        "letterhead-misuse"};
    for (size_t i = 0; c && i < sizeof cats / sizeof cats[0]; i++)
        if (!strcmp(c, cats[i])) return 1;
    return 0;
}

static inline int nt_fuzz_is_severity(const char *s) {
    return s &&
           (!strcmp(s, "high") || !strcmp(s, "medium") || !strcmp(s, "low") || !strcmp(s, "info"));
}

/* Every report, whatever the input: a known status, a consistent verdict, sane findings. */
static inline void nt_fuzz_check_report(const netral_report *r) {
    int st = netral_report_status(r);
    NT_FUZZ_CHECK(st == NETRAL_OK || (st >= NETRAL_E_NOT_FOUND && st <= NETRAL_E_LIMIT_EXCEEDED) ||
                  st == NETRAL_E_NOMEM || st == NETRAL_E_INTERNAL);
    const char *verdict = netral_report_verdict(r);
    NT_FUZZ_CHECK(verdict != NULL);
    if (st != NETRAL_OK) {
        NT_FUZZ_CHECK(!strcmp(verdict, "error"));
        NT_FUZZ_CHECK(netral_report_error(r)[0] != 0);
        return;
    }
    int worst = -1;
    for (size_t i = 0; i < netral_report_count(r); i++) {
        const netral_finding *f = netral_report_finding(r, i);
        NT_FUZZ_CHECK(f && f->rule && f->part && f->message);
        NT_FUZZ_CHECK(nt_fuzz_is_category(f->category));
        NT_FUZZ_CHECK(nt_fuzz_is_severity(f->severity));
        NT_FUZZ_CHECK(f->start <= f->end);
        NT_FUZZ_CHECK(f->confidence >= 0.0 && f->confidence <= 1.0);
        int sev = !strcmp(f->severity, "high")     ? 3
                  : !strcmp(f->severity, "medium") ? 2
                  : !strcmp(f->severity, "low")    ? 1
                                                   : 0;
        if (sev > worst) worst = sev;
    }
    const char *want = worst >= 2 ? "violation" : worst == 1 ? "review" : "clean";
    NT_FUZZ_CHECK(!strcmp(verdict, want));
}

/* ---- XML mode: a fuzz input that is not a zip is WordprocessingML, wrapped into a DOCX ----------
 * Mutating a real .docx mostly breaks its deflate streams and CRCs, so the XML layers behind the
 * zip would rarely see a mutated byte. An input that does not start with "PK" is therefore split
 * on NT_FUZZ_SEP into document.xml, header1.xml, footnotes.xml and comments.xml, stored (not
 * deflated) in a minimal package with correct CRCs. */
#define NT_FUZZ_SEP "\n--NETRAL-PART--\n"

static inline uint32_t nt_fuzz_crc32(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

typedef struct nt_fuzz_zip {
    uint8_t *p;
    size_t n, cap;
    uint8_t *cd;
    size_t cdn, cdcap;
    unsigned count;
    int oom;
} nt_fuzz_zip;

static inline void nt_fuzz_put(uint8_t **p, size_t *n, size_t *cap, int *oom, const void *d,
                               size_t len) {
    if (*oom) return;
    if (*n + len > *cap) {
        size_t nc = (*cap ? *cap : 1024);
        while (nc < *n + len) nc *= 2;
        uint8_t *np = realloc(*p, nc);
        if (!np) {
            *oom = 1;
            return;
        }
        *p = np;
        *cap = nc;
    }
    memcpy(*p + *n, d, len);
    *n += len;
}

static inline void nt_fuzz_le(uint8_t *b, uint32_t v, int bytes) {
    for (int i = 0; i < bytes; i++) b[i] = (uint8_t)(v >> (8 * i));
}

static inline void nt_fuzz_zip_add(nt_fuzz_zip *z, const char *name, const void *data, size_t len) {
    uint8_t h[30] = {0}, c[46] = {0};
    size_t nlen = strlen(name);
    uint32_t crc = nt_fuzz_crc32(data, len), off = (uint32_t)z->n;
    nt_fuzz_le(h, 0x04034B50u, 4);
    nt_fuzz_le(h + 4, 10, 2);
    nt_fuzz_le(h + 14, crc, 4);
    nt_fuzz_le(h + 18, (uint32_t)len, 4);
    nt_fuzz_le(h + 22, (uint32_t)len, 4);
    nt_fuzz_le(h + 26, (uint32_t)nlen, 2);
    nt_fuzz_put(&z->p, &z->n, &z->cap, &z->oom, h, sizeof h);
    nt_fuzz_put(&z->p, &z->n, &z->cap, &z->oom, name, nlen);
    nt_fuzz_put(&z->p, &z->n, &z->cap, &z->oom, data, len);
    nt_fuzz_le(c, 0x02014B50u, 4);
    nt_fuzz_le(c + 4, 20, 2);
    nt_fuzz_le(c + 6, 10, 2);
    nt_fuzz_le(c + 16, crc, 4);
    nt_fuzz_le(c + 20, (uint32_t)len, 4);
    nt_fuzz_le(c + 24, (uint32_t)len, 4);
    nt_fuzz_le(c + 28, (uint32_t)nlen, 2);
    nt_fuzz_le(c + 42, off, 4);
    nt_fuzz_put(&z->cd, &z->cdn, &z->cdcap, &z->oom, c, sizeof c);
    nt_fuzz_put(&z->cd, &z->cdn, &z->cdcap, &z->oom, name, nlen);
    z->count++;
}

/* The package around up to four XML chunks; returns a malloc'd zip or NULL (out of memory). */
static inline uint8_t *nt_fuzz_wrap_xml(const uint8_t *data, size_t size, size_t *out_len) {
    static const char *const parts[4] = {"word/document.xml", "word/header1.xml",
                                         "word/footnotes.xml", "word/comments.xml"};
    static const char *const types[4] = {"document.main", "header", "footnotes", "comments"};
    static const char *const rels[4] = {NULL, "header", "footnotes", "comments"};
    const uint8_t *chunk[4], *cur = data;
    size_t clen[4], left = size;
    const size_t sl = sizeof NT_FUZZ_SEP - 1;
    int nparts = 0;
    while (nparts < 3) {
        const uint8_t *hit = memmem(cur, left, NT_FUZZ_SEP, sl);
        if (!hit) break;
        chunk[nparts] = cur;
        clen[nparts++] = (size_t)(hit - cur);
        left -= (size_t)(hit - cur) + sl;
        cur = hit + sl;
    }
    chunk[nparts] = cur;
    clen[nparts++] = left;
    char ct[2048], docrels[2048];
    int ctn = snprintf(
        ct, sizeof ct,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/"
        "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/>");
    int rn =
        snprintf(docrels, sizeof docrels,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                 "openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < nparts; i++) {
        ctn += snprintf(ct + ctn, sizeof ct - (size_t)ctn,
                        "<Override PartName=\"/%s\" ContentType=\"application/vnd.openxmlformats-"
                        "officedocument.wordprocessingml.%s+xml\"/>",
                        parts[i], types[i]);
        if (rels[i])
            rn += snprintf(docrels + rn, sizeof docrels - (size_t)rn,
                           "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/"
                           "officeDocument/2006/relationships/%s\" Target=\"%s\"/>",
                           i + 1, rels[i], parts[i] + 5);
    }
    ctn += snprintf(ct + ctn, sizeof ct - (size_t)ctn, "</Types>");
    rn += snprintf(docrels + rn, sizeof docrels - (size_t)rn, "</Relationships>");
    static const char rootrels[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    nt_fuzz_zip z = {0};
    nt_fuzz_zip_add(&z, "[Content_Types].xml", ct, (size_t)ctn);
    nt_fuzz_zip_add(&z, "_rels/.rels", rootrels, sizeof rootrels - 1);
    nt_fuzz_zip_add(&z, "word/_rels/document.xml.rels", docrels, (size_t)rn);
    for (int i = 0; i < nparts; i++) nt_fuzz_zip_add(&z, parts[i], chunk[i], clen[i]);
    uint8_t eocd[22] = {0};
    nt_fuzz_le(eocd, 0x06054B50u, 4);
    nt_fuzz_le(eocd + 8, z.count, 2);
    nt_fuzz_le(eocd + 10, z.count, 2);
    nt_fuzz_le(eocd + 12, (uint32_t)z.cdn, 4);
    nt_fuzz_le(eocd + 16, (uint32_t)z.n, 4);
    nt_fuzz_put(&z.p, &z.n, &z.cap, &z.oom, z.cd, z.cdn);
    nt_fuzz_put(&z.p, &z.n, &z.cap, &z.oom, eocd, sizeof eocd);
    free(z.cd);
    if (z.oom) {
        free(z.p);
        return NULL;
    }
    *out_len = z.n;
    return z.p;
}

/* The bytes a target should read: the input itself when it looks like a zip or an OLE2 file
 * (or is empty), else the XML wrapped into a package (*owned set: free it). */
static inline const uint8_t *nt_fuzz_input(const uint8_t *data, size_t size, size_t *len,
                                           uint8_t **owned) {
    *owned = NULL;
    *len = size;
    if (size == 0 || (size >= 2 && data[0] == 'P' && data[1] == 'K') ||
        (size >= 4 && !memcmp(data, "\xD0\xCF\x11\xE0", 4)))
        return data;
    *owned = nt_fuzz_wrap_xml(data, size, len);
    return *owned;
}

#endif
