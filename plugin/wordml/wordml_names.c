/* wordml_names.c - the names the WordprocessingML reader knows: namespace URIs (prefixes vary
 * from file to file) and the local element names it handles, mapped to small ids. */
#include "wordml_int.h"

#include <string.h>

/* ---- Namespaces, resolved from the document's own xmlns declarations (prefixes vary) -------- */

int nt_wml_ns_of_uri(const char *u) {
    static const struct {
        const char *uri;
        int ns;
    } known[] = {
        {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", NS_W},
        {"http://purl.oclc.org/ooxml/wordprocessingml/main", NS_W},
        {"http://schemas.openxmlformats.org/markup-compatibility/2006", NS_MC},
        {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", NS_WP},
        {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", NS_WP},
        {"urn:schemas-microsoft-com:vml", NS_V},
        {"http://schemas.openxmlformats.org/drawingml/2006/picture", NS_PIC},
        {"http://purl.oclc.org/ooxml/drawingml/picture", NS_PIC},
        {"http://schemas.openxmlformats.org/drawingml/2006/main", NS_A},
        {"http://purl.oclc.org/ooxml/drawingml/main", NS_A},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (!strcmp(u, known[i].uri)) return known[i].ns;
    return NS_OTHER;
}

/* ---- Element ids ------------------------------------------------------------------------------ */

static int is(const char *l, const char *name) { return !strcmp(l, name); }

/* Dispatch on the first letter: this runs for every element of every part. */
static int w_id(const char *l) {
    switch (l[0]) {
    case 'b':
        if (is(l, "br")) return E_BR;
        if (is(l, "bottom")) return E_BOTTOM;
        break;
    case 'c':
        if (is(l, "cr")) return E_CR;
        break;
    case 'd':
        if (is(l, "delText")) return E_DELTEXT;
        if (is(l, "del")) return E_DEL;
        break;
    case 'f':
        if (is(l, "fldChar")) return E_FLDCHAR;
        if (is(l, "fldSimple")) return E_FLDSIMPLE;
        break;
    case 'h':
        if (is(l, "hyperlink")) return E_HYPERLINK;
        break;
    case 'i':
        if (is(l, "instrText")) return E_INSTRTEXT;
        if (is(l, "ins")) return E_INS;
        if (is(l, "ilvl")) return E_ILVL;
        break;
    case 'm':
        if (is(l, "moveFrom")) return E_MOVEFROM;
        if (is(l, "moveTo")) return E_MOVETO;
        break;
    case 'n':
        if (is(l, "noBreakHyphen")) return E_NBHYPHEN;
        if (is(l, "numPr")) return E_NUMPR;
        if (is(l, "numId")) return E_NUMID;
        break;
    case 'p':
        if (!l[1]) return E_P;
        if (is(l, "pPr")) return E_PPR;
        if (is(l, "pStyle")) return E_PSTYLE;
        if (is(l, "ptab")) return E_PTAB;
        if (is(l, "pBdr")) return E_PBDR;
        break;
    case 'r':
        if (!l[1]) return E_R;
        if (is(l, "rPr")) return E_RPR;
        break;
    case 's':
        if (is(l, "sym")) return E_SYM;
        if (is(l, "softHyphen")) return E_SOFTHYPHEN;
        break;
    case 't':
        if (!l[1]) return E_T;
        if (is(l, "tab")) return E_TAB;
        if (is(l, "tbl")) return E_TBL;
        if (is(l, "tr")) return E_TR;
        if (is(l, "tc")) return E_TC;
        if (is(l, "txbxContent")) return E_TXBX;
        if (is(l, "top")) return E_TOP;
        break;
    case 'v':
        if (is(l, "vanish")) return E_VANISH;
        break;
    }
    size_t n = strlen(l);
    if ((n > 2 && !strcmp(l + n - 2, "Pr")) || (n > 4 && !strcmp(l + n - 4, "PrEx")) ||
        (n > 6 && !strcmp(l + n - 6, "Change")))
        return E_PROPS;
    return E_OTHER;
}

static int other_id(int ns, const char *l) {
    switch (ns) {
    case NS_MC:
        if (!strcmp(l, "AlternateContent")) return E_ALTCONTENT;
        if (!strcmp(l, "Choice")) return E_CHOICE;
        if (!strcmp(l, "Fallback")) return E_FALLBACK;
        break;
    case NS_WP:
        if (!strcmp(l, "docPr")) return E_DOCPR;
        break;
    case NS_V:
        if (!strcmp(l, "shape")) return E_VSHAPE;
        if (!strcmp(l, "imagedata")) return E_VIMAGEDATA;
        if (!strcmp(l, "line")) return E_VLINE;
        if (!strcmp(l, "rect")) return E_VRECT;
        break;
    case NS_PIC:
        if (!strcmp(l, "pic")) return E_PICPIC;
        break;
    case NS_A:
        if (!strcmp(l, "prstGeom")) return E_PRSTGEOM;
        break;
    }
    return E_OTHER;
}

int nt_wml_element_id(int ns, const char *local) {
    return ns == NS_W ? w_id(local) : ns ? other_id(ns, local) : E_OTHER;
}
