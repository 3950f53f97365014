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

/* Length first, then the bytes: the names are literals, so the compares are inlined. */
#define IS(lit)   (n == sizeof(lit) - 1 && !memcmp(l, lit, sizeof(lit) - 1))
#define ENDS(lit) (n > sizeof(lit) - 1 && !memcmp(l + n - (sizeof(lit) - 1), lit, sizeof(lit) - 1))

/* Dispatch on the first letter: this runs for every element of every part. */
static int w_id(const char *l, size_t n) {
    switch (l[0]) {
    case 'b':
        if (IS("br")) return E_BR;
        if (IS("bottom")) return E_BOTTOM;
        break;
    case 'c':
        if (IS("cr")) return E_CR;
        break;
    case 'd':
        if (IS("delText")) return E_DELTEXT;
        if (IS("del")) return E_DEL;
        break;
    case 'f':
        if (IS("fldChar")) return E_FLDCHAR;
        if (IS("fldSimple")) return E_FLDSIMPLE;
        break;
    case 'h':
        if (IS("hyperlink")) return E_HYPERLINK;
        break;
    case 'i':
        if (IS("instrText")) return E_INSTRTEXT;
        if (IS("ins")) return E_INS;
        if (IS("ilvl")) return E_ILVL;
        break;
    case 'm':
        if (IS("moveFrom")) return E_MOVEFROM;
        if (IS("moveTo")) return E_MOVETO;
        break;
    case 'n':
        if (IS("noBreakHyphen")) return E_NBHYPHEN;
        if (IS("numPr")) return E_NUMPR;
        if (IS("numId")) return E_NUMID;
        break;
    case 'p':
        if (n == 1) return E_P;
        if (IS("pPr")) return E_PPR;
        if (IS("pStyle")) return E_PSTYLE;
        if (IS("ptab")) return E_PTAB;
        if (IS("pBdr")) return E_PBDR;
        break;
    case 'r':
        if (n == 1) return E_R;
        if (IS("rPr")) return E_RPR;
        break;
    case 's':
        if (IS("sym")) return E_SYM;
        if (IS("softHyphen")) return E_SOFTHYPHEN;
        break;
    case 't':
        if (n == 1) return E_T;
        if (IS("tab")) return E_TAB;
        if (IS("tbl")) return E_TBL;
        if (IS("tr")) return E_TR;
        if (IS("tc")) return E_TC;
        if (IS("txbxContent")) return E_TXBX;
        if (IS("top")) return E_TOP;
        break;
    case 'v':
        if (IS("vanish")) return E_VANISH;
        break;
    }
    if (ENDS("Pr") || ENDS("PrEx") || ENDS("Change")) return E_PROPS;
    return E_OTHER;
}

static int other_id(int ns, const char *l, size_t n) {
    switch (ns) {
    case NS_MC:
        if (IS("AlternateContent")) return E_ALTCONTENT;
        if (IS("Choice")) return E_CHOICE;
        if (IS("Fallback")) return E_FALLBACK;
        break;
    case NS_WP:
        if (IS("docPr")) return E_DOCPR;
        break;
    case NS_V:
        if (IS("shape")) return E_VSHAPE;
        if (IS("imagedata")) return E_VIMAGEDATA;
        if (IS("line")) return E_VLINE;
        if (IS("rect")) return E_VRECT;
        break;
    case NS_PIC:
        if (IS("pic")) return E_PICPIC;
        break;
    case NS_A:
        if (IS("prstGeom")) return E_PRSTGEOM;
        break;
    }
    return E_OTHER;
}

int nt_wml_element_id(int ns, const char *local, size_t n) {
    return ns == NS_W ? w_id(local, n) : ns ? other_id(ns, local, n) : E_OTHER;
}
