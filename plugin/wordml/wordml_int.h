/* wordml_int.h - private to the WordprocessingML reader (wordml.c, wordml_para.c, wordml_names.c):
 * namespace and element ids, the parser state, and the calls between the three files. */
#ifndef NT_WORDML_INT_H
#define NT_WORDML_INT_H

#include <stddef.h>

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
int nt_wml_element_id(int ns, const char *local, size_t n);

#include "wordml.h"
#include "xml.h"

/* ---- Parser state ------------------------------------------------------------------------------ */

/* What an element did on entry, undone on exit. */
#define F_INS      0x01u
#define F_DEL      0x02u
#define F_LINK     0x04u
#define F_FLDSIMP  0x08u
#define F_TXBX     0x10u
#define F_TBL      0x20u
#define F_PROPS    0x40u
#define F_AC       0x80u
#define F_BINDINGS 0x100u

typedef struct elem {
    uint8_t ns, id;
    uint16_t flags;
    uint32_t start, tag_end; /* '<' of the start tag, one past its '>' (tracked elements only) */
    uint32_t aux;            /* run / para index for E_R / E_P */
} elem;

typedef struct binding {
    char prefix[16];
    size_t len;
    int ns;
    int depth;
} binding;

typedef struct pframe {
    uint32_t para;
    uint32_t run; /* current run index or UINT32_MAX */
    int run_hidden;
    int numpr, ilvl, numid_zero;
    nt_buf text, del;
    nt_span *spans;
    size_t nspans, capspans;
} pframe;

#define MAX_FIELDS 32
#define INSTR_CAP  1024

typedef struct field {
    int in_result, is_link;
    size_t ninstr;
    char instr[INSTR_CAP];
} field;

enum { TM_NONE = 0, TM_T, TM_DEL, TM_INSTR };

typedef struct wp {
    nt_xml x; /* first member (opc.h) */
    nt_part_kind kind;
    nt_part *out;
    size_t caprun, capwt, cappara, capalt;
    elem *stack;
    size_t capstack;
    binding bind[32];
    int nbind;
    pframe *frames;
    size_t nframes, capframes;
    int skip; /* > 0: inside an ignored subtree (depth where it began) */
    int props, ins, del, link, fldsimple, txbx;
    struct {
        int table, row, col;
    } * tables;
    size_t ntables_open, captables;
    int ntables;
    uint8_t ac_taken[64];
    int nac;
    field *fields; /* MAX_FIELDS, allocated at the part's first field (32 KiB) */
    int nfields, fields_over, fields_instr, fields_link;
    int text_mode;
    int32_t cur_wt;
    uint32_t cur_wt_off;
} wp;

static inline void oom(wp *w) {
    nt_xml_fail(&w->x, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
}

static inline int grow(void **arr, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need) nc *= 2;
    void *na = realloc(*arr, nc * size);
    if (!na) return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static inline uint32_t pos_now(wp *w) { return (uint32_t)XML_GetCurrentByteIndex(w->x.p); }
static inline uint32_t pos_after(wp *w) {
    return (uint32_t)(XML_GetCurrentByteIndex(w->x.p) + XML_GetCurrentByteCount(w->x.p));
}

static inline pframe *top_frame(wp *w) { return w->nframes ? &w->frames[w->nframes - 1] : NULL; }
static inline nt_para *frame_para(wp *w, pframe *f) { return &w->out->paras[f->para]; }

static inline int parent_id(wp *w, int up) {
    int d = w->x.depth - 1 - up;
    return d >= 0 ? w->stack[d].id : -1;
}

/* Span flags of text written now: hidden run, tracked insertion, field result, hyperlink. */
static inline uint32_t text_flags(wp *w, pframe *f) {
    uint32_t fl = 0;
    if (f->run_hidden) fl |= NT_SPAN_HIDDEN;
    if (w->ins) fl |= NT_SPAN_INSERTED;
    if (w->nfields || w->fldsimple) fl |= NT_SPAN_FIELD;
    if (w->link || w->fields_link) fl |= NT_SPAN_HYPERLINK;
    return fl;
}

/* ---- Paragraph text, symbols and paragraphs (wordml_para.c) --------------------------------- */
void nt_wml_add_link(wp *w, const char *target, size_t len);
void nt_wml_add_span(wp *w, pframe *f, const char *s, size_t len, int32_t wt, uint32_t wt_off,
                     uint32_t flags);
void nt_wml_add_synthetic(wp *w, const char *s, size_t len);
int nt_wml_field_excluded(wp *w);
int nt_wml_link_from_instr(wp *w, const char *s, size_t n);
void nt_wml_mark_para(wp *w, pframe *f, uint32_t flags);
void nt_wml_on_sym(wp *w, const char **atts);
void nt_wml_para_end(wp *w, elem *e, uint32_t end);
void nt_wml_para_start(wp *w, elem *e);

#endif
