/* wordml_int.h - private to the WordprocessingML reader (wordml.c, wordml_names.c): namespace and
 * element ids, and the name lookups that produce them. */
#ifndef NT_WORDML_INT_H
#define NT_WORDML_INT_H

enum { NS_OTHER = 0, NS_W, NS_MC, NS_WP, NS_V, NS_PIC, NS_A };

enum {
    E_OTHER = 0,
    E_PROPS, /* any other W element ending in "Pr"/"PrEx"/"Change": properties */
    E_P,
    E_R,
    E_T,
    E_DELTEXT,
    E_INSTRTEXT,
    E_TAB,
    E_PTAB,
    E_BR,
    E_CR,
    E_NBHYPHEN,
    E_SOFTHYPHEN,
    E_SYM,
    E_FLDCHAR,
    E_FLDSIMPLE,
    E_HYPERLINK,
    E_INS,
    E_DEL,
    E_MOVEFROM,
    E_MOVETO,
    E_RPR,
    E_PPR,
    E_PSTYLE,
    E_NUMPR,
    E_ILVL,
    E_NUMID,
    E_VANISH,
    E_TBL,
    E_TR,
    E_TC,
    E_TXBX,
    E_PBDR,
    E_TOP,
    E_BOTTOM,
    /* other namespaces */
    E_ALTCONTENT,
    E_CHOICE,
    E_FALLBACK,
    E_DOCPR,
    E_VSHAPE,
    E_VIMAGEDATA,
    E_VLINE,
    E_VRECT,
    E_PICPIC,
    E_PRSTGEOM
};

/* NS_* of a namespace URI (NS_OTHER when unknown). */
int nt_wml_ns_of_uri(const char *uri);
/* E_* of a local element name in namespace ns (E_OTHER when not one the reader handles). */
int nt_wml_element_id(int ns, const char *local);

#endif
