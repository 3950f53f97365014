/* xml.h - private to the DOCX reader (package.c, wordml.c, document.c): the hardened Expat setup
 * every XML part goes through (no DTDs, depth cap, amplification cap) and parser errors -> nt_err. */
#ifndef NT_XML_H
#define NT_XML_H

/* Debian's libexpat is built with DTD support; declaring XML_DTD exposes its amplification cap. */
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>
#include <string.h>
#include "package.h"

/* Must be the FIRST member of the user-data struct given to nt_xml_init, so the shared
 * handlers (DOCTYPE rejection) can find it. */
typedef struct nt_xml {
    XML_Parser p;
    int depth, max_depth;
    int code;           /* status set by a handler that stopped the parser, 0 otherwise */
    unsigned long line; /* line where it stopped */
    char why[200];
} nt_xml;

/* 0 on success, NETRAL_E_NOMEM when the parser cannot be created. */
int nt_xml_init(nt_xml *x, const nt_limits *lim, void *user);
void nt_xml_fini(nt_xml *x);
/* Stop the parser with a status and a reason (Indonesian, without part/line: added later). */
void nt_xml_fail(nt_xml *x, int code, const char *why);
/* Parse a whole buffer. On failure fills err as "<part> baris N: ..." and returns its code. */
int nt_xml_parse(nt_xml *x, const char *part, const char *data, size_t len, nt_err *err);

/* Depth accounting for start handlers: 0 when the cap was hit (the parser is then stopped). */
static inline int nt_xml_enter(nt_xml *x) {
    if (++x->depth <= x->max_depth) return 1;
    if (!x->code) nt_xml_fail(x, NETRAL_E_LIMIT_EXCEEDED, "elemen XML bersarang terlalu dalam");
    return 0;
}
static inline void nt_xml_leave(nt_xml *x) { x->depth--; }

/* Local part of a qualified name ("w:t" -> "t"). */
static inline const char *nt_xml_local(const char *name) {
    const char *c = strrchr(name, ':');
    return c ? c + 1 : name;
}
/* Attribute value by local name, NULL when absent. */
const char *nt_xml_attr(const char **atts, const char *local);

/* 1 when s ends with suffix. */
int nt_ends_with(const char *s, const char *suffix);

#endif
