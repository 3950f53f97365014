/* xml.c - the hardened Expat setup every XML part of the reader goes through: no DTDs, a depth
 * cap, the amplification cap, and parser errors turned into the contract's codes (xml.h). */
#include "xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void XMLCALL reject_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                                   const XML_Char *pubid, int has_internal) {
    (void)name;
    (void)sysid;
    (void)pubid;
    (void)has_internal;
    /* OOXML forbids DTDs; refusing them shuts out entity expansion and external entities. */
    nt_xml_fail((nt_xml *)ud, NETRAL_E_MALFORMED_XML,
                NT_L("DTD (<!DOCTYPE) tidak diizinkan dalam OOXML",
                     "DTD (<!DOCTYPE) not allowed in OOXML"));
}

int nt_xml_init(nt_xml *x, const nt_limits *lim, void *user) {
    memset(x, 0, sizeof *x);
    x->max_depth = lim && lim->xml_depth > 0 ? lim->xml_depth : 256;
    x->p = XML_ParserCreate(NULL);
    if (!x->p) return NETRAL_E_NOMEM;
    XML_SetUserData(x->p, user);
    XML_SetStartDoctypeDeclHandler(x->p, reject_doctype);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(x->p, 20.0f);
#endif
    return 0;
}

void nt_xml_fini(nt_xml *x) {
    if (x->p) XML_ParserFree(x->p);
    x->p = NULL;
}

void nt_xml_fail(nt_xml *x, int code, const char *why) {
    if (x->code) return;
    x->code = code;
    x->line = (unsigned long)XML_GetCurrentLineNumber(x->p);
    snprintf(x->why, sizeof x->why, "%s", why);
    XML_StopParser(x->p, XML_FALSE);
}

int nt_xml_parse(nt_xml *x, const char *part, const char *data, size_t len, nt_err *err) {
    /* Expat takes an int length: feed big parts in slices. */
    const size_t slice = 1u << 30;
    size_t off = 0;
    do {
        size_t n = len - off < slice ? len - off : slice;
        int last = off + n == len;
        if (XML_Parse(x->p, data + off, (int)n, last) != XML_STATUS_OK) {
            if (x->code) {
                nt_err_set(err, x->code, NT_L("%s baris %lu: %s", "%s line %lu: %s"), part, x->line,
                           x->why);
                return x->code;
            }
            enum XML_Error e = XML_GetErrorCode(x->p);
            unsigned long line = (unsigned long)XML_GetCurrentLineNumber(x->p);
            if (e == XML_ERROR_NO_MEMORY) {
                nt_err_set(err, NETRAL_E_NOMEM, NT_L("%s: memori habis", "%s: out of memory"),
                           part);
                return NETRAL_E_NOMEM;
            }
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
            if (e == XML_ERROR_AMPLIFICATION_LIMIT_BREACH) {
                nt_err_set(err, NETRAL_E_LIMIT_EXCEEDED,
                           NT_L("%s baris %lu: ekspansi entitas XML berlebihan",
                                "%s line %lu: excessive XML entity expansion"),
                           part, line);
                return NETRAL_E_LIMIT_EXCEEDED;
            }
#endif
            nt_err_set(err, NETRAL_E_MALFORMED_XML,
                       NT_L("%s baris %lu: XML tidak valid (%s)", "%s line %lu: invalid XML (%s)"),
                       part, line, XML_ErrorString(e));
            return NETRAL_E_MALFORMED_XML;
        }
        off += n;
    } while (off < len);
    return NETRAL_OK;
}

const char *nt_xml_attr(const char **atts, const char *local) {
    for (size_t i = 0; atts[i]; i += 2)
        if (!strcmp(nt_xml_local(atts[i]), local)) return atts[i + 1];
    return NULL;
}

int nt_ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !memcmp(s + a - b, suffix, b);
}
