/* comments.c - the package parts the annotator writes besides the body: word/comments.xml (new or
 * merged, recognising Netral's own comments), relationships, content-type overrides, custom.xml. */
#include "annot_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char XML_DECL[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

/* 1 when the comment element [s, e) starts with our mark: its first w:t texts, decoded. */
static int is_ours(const char *x, size_t s, size_t e) {
    nt_buf text;
    nt_buf_init(&text);
    size_t pos = s;
    nt_tag t;
    size_t want = strlen(NT_ANNOT_MARK);
    while (text.n < want && !nt_xml_next_tag(x, e, &pos, &t)) {
        if (t.kind != NT_TAG_OPEN || !nt_tag_is(&t, "t")) continue;
        size_t cs = t.end, ce = cs;
        while (ce < e && x[ce] != '<') ce++;
        nt_xml_unescape(&text, x + cs, ce - cs);
        pos = ce;
    }
    int ours = !text.oom && text.n >= want && !memcmp(text.p, NT_ANNOT_MARK, want);
    nt_buf_free(&text);
    return ours;
}

int nt_comments_scan(const char *x, size_t len, nt_comment_range **ours, size_t *nours,
                     long *max_other) {
    size_t pos = 0, n = 0;
    nt_tag t;
    nt_comment_range *v = NULL;
    *ours = NULL;
    *nours = 0;
    *max_other = -1;
    while (!nt_xml_next_tag(x, len, &pos, &t)) {
        if (t.kind == NT_TAG_CLOSE || !nt_tag_is(&t, "comment")) continue;
        size_t vs, vl, end = nt_xml_element_end(x, len, &t);
        long id = nt_tag_attr_local(x, &t, "id", &vs, &vl) ? -1 : nt_xml_long(x + vs, vl);
        if (is_ours(x, t.start, end)) {
            nt_comment_range *nv = realloc(v, (n + 1) * sizeof *nv);
            if (!nv) {
                free(v);
                return -1;
            }
            v = nv;
            v[n++] = (nt_comment_range){id, t.start, end};
        } else if (id > *max_other) {
            *max_other = id;
        }
        pos = end;
    }
    *ours = v;
    *nours = n;
    return 0;
}

void nt_comment_xml(nt_buf *b, const char *wp, int id, const char *author, const char *initials,
                    const char *date, const char *const *paras, size_t n) {
    const char *c = *wp ? ":" : "";
    nt_buf_printf(b, "<%s%scomment %s%sid=\"%d\" %s%sauthor=\"", wp, c, wp, c, id, wp, c);
    nt_xml_escape(b, author, strlen(author));
    nt_buf_printf(b, "\" %s%sdate=\"%s\" %s%sinitials=\"", wp, c, date, wp, c);
    nt_xml_escape(b, initials, strlen(initials));
    nt_buf_puts(b, "\">");
    for (size_t i = 0; i < n; i++) {
        nt_buf_printf(b, "<%s%sp><%s%spPr><%s%spStyle %s%sval=\"CommentText\"/></%s%spPr>", wp, c,
                      wp, c, wp, c, wp, c, wp, c);
        /* Word shows the comment mark from this run; only the first paragraph carries it. */
        if (i == 0)
            nt_buf_printf(b,
                          "<%s%sr><%s%srPr><%s%srStyle %s%sval=\"CommentReference\"/></%s%srPr>"
                          "<%s%sannotationRef/></%s%sr>",
                          wp, c, wp, c, wp, c, wp, c, wp, c, wp, c, wp, c);
        nt_buf_printf(b, "<%s%sr>", wp, c);
        if (i == 0) nt_buf_printf(b, "<%s%srPr><%s%sb/></%s%srPr>", wp, c, wp, c, wp, c);
        nt_buf_printf(b, "<%s%st xml:space=\"preserve\">", wp, c);
        nt_xml_escape(b, paras[i], strlen(paras[i]));
        nt_buf_printf(b, "</%s%st></%s%sr></%s%sp>", wp, c, wp, c, wp, c);
    }
    nt_buf_printf(b, "</%s%scomment>", wp, c);
}

/* Where to append children of the root element: before its end tag. A self-closing root is
 * opened first (the edit replaces its "/>"). */
static int append_to_root(const char *x, size_t len, const char *add, size_t alen, nt_edits *ed) {
    size_t pos = 0;
    nt_tag root;
    if (nt_xml_next_tag(x, len, &pos, &root) || root.kind == NT_TAG_CLOSE) return -1;
    if (root.kind == NT_TAG_EMPTY) {
        nt_buf b;
        nt_buf_init(&b);
        nt_buf_putc(&b, '>');
        nt_buf_put(&b, add, alen);
        nt_buf_printf(&b, "</%.*s>", (int)root.name_len, root.name);
        size_t slash = root.end - 2;
        int rc = b.oom ? -1 : nt_edits_add(ed, slash, 2, b.p, b.n, 5);
        nt_buf_free(&b);
        return rc;
    }
    size_t end = nt_xml_element_end(x, len, &root);
    size_t close = end;
    while (close > root.end && x[close - 1] != '<') close--;
    if (close <= root.end) return -1;
    return nt_edits_add(ed, close - 1, 0, add, alen, 5);
}

int nt_comments_part(const char *old, size_t old_len, const nt_comment_range *drop, size_t ndrop,
                     const char *decl, const char *add, size_t alen, nt_buf *out) {
    if (!old) {
        nt_buf_puts(out, XML_DECL);
        nt_buf_puts(out, "<w:comments xmlns:w=\"" NT_NS_W "\">");
        nt_buf_put(out, add, alen);
        nt_buf_puts(out, "</w:comments>");
        return out->oom ? -1 : 0;
    }
    nt_edits ed = {0};
    int rc = 0;
    for (size_t i = 0; i < ndrop && !rc; i++)
        rc = nt_edits_add(&ed, drop[i].start, drop[i].end - drop[i].start, NULL, 0, 3);
    if (!rc && decl) rc = nt_xml_declare_on_root(old, old_len, decl, &ed);
    if (!rc && alen) rc = append_to_root(old, old_len, add, alen, &ed);
    if (!rc) rc = nt_edits_apply(&ed, old, old_len, out);
    nt_edits_free(&ed);
    return rc;
}

int nt_xml_declare_on_root(const char *x, size_t len, const char *decl, nt_edits *ed) {
    size_t pos = 0;
    nt_tag root;
    if (nt_xml_next_tag(x, len, &pos, &root) || root.kind == NT_TAG_CLOSE) return -1;
    size_t at = root.end - (root.kind == NT_TAG_EMPTY ? 2 : 1);
    return nt_edits_add(ed, at, 0, decl, strlen(decl), 4);
}

/* ---- Relationships ----------------------------------------------------------------------- */

static int attr_eq(const char *x, const nt_tag *t, const char *name, const char *want) {
    size_t vs, vl;
    return !nt_tag_attr_local(x, t, name, &vs, &vl) && vl == strlen(want) &&
           !strncasecmp(x + vs, want, vl);
}

int nt_rels_add(const char *old, size_t len, const char *type, const char *target, nt_buf *out,
                char *rid, size_t ridcap) {
    /* "rId" + (largest numeric suffix + 1) cannot equal any existing Id. */
    long max = 0;
    size_t pos = 0;
    nt_tag t;
    while (old && !nt_xml_next_tag(old, len, &pos, &t)) {
        size_t vs, vl;
        if (t.kind == NT_TAG_CLOSE || !nt_tag_is(&t, "Relationship") ||
            nt_tag_attr_local(old, &t, "Id", &vs, &vl))
            continue;
        long n = vl > 3 && !memcmp(old + vs, "rId", 3) ? nt_xml_long(old + vs + 3, vl - 3) : -1;
        if (n > max) max = n;
    }
    snprintf(rid, ridcap, "rId%ld", max + 1);
    nt_buf add;
    nt_buf_init(&add);
    nt_buf_printf(&add, "<Relationship Id=\"%s\" Type=\"%s\" Target=\"", rid, type);
    nt_xml_escape(&add, target, strlen(target));
    nt_buf_puts(&add, "\"/>");
    int rc = add.oom ? -1 : 0;
    if (!rc && !old) {
        nt_buf_puts(out, XML_DECL);
        nt_buf_puts(out, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships\">");
        nt_buf_put(out, add.p, add.n);
        nt_buf_puts(out, "</Relationships>");
        rc = out->oom ? -1 : 0;
    } else if (!rc) {
        nt_edits ed = {0};
        rc = append_to_root(old, len, add.p, add.n, &ed);
        if (!rc) rc = nt_edits_apply(&ed, old, len, out);
        nt_edits_free(&ed);
    }
    nt_buf_free(&add);
    return rc;
}

/* ---- [Content_Types].xml ----------------------------------------------------------------- */

int nt_ct_override(const char *old, size_t len, const char *partname, const char *ctype,
                   nt_buf *out) {
    nt_edits ed = {0};
    size_t pos = 0;
    nt_tag t;
    int rc = 0;
    while (!rc && !nt_xml_next_tag(old, len, &pos, &t)) {
        if (t.kind == NT_TAG_CLOSE || !nt_tag_is(&t, "Override") ||
            !attr_eq(old, &t, "PartName", partname))
            continue;
        size_t end = nt_xml_element_end(old, len, &t);
        rc = nt_edits_add(&ed, t.start, end - t.start, NULL, 0, 3);
        pos = end;
    }
    nt_buf add;
    nt_buf_init(&add);
    nt_buf_puts(&add, "<Override PartName=\"");
    nt_xml_escape(&add, partname, strlen(partname));
    nt_buf_printf(&add, "\" ContentType=\"%s\"/>", ctype);
    if (!rc) rc = add.oom ? -1 : append_to_root(old, len, add.p, add.n, &ed);
    if (!rc) rc = nt_edits_apply(&ed, old, len, out);
    nt_buf_free(&add);
    nt_edits_free(&ed);
    return rc;
}

/* ---- docProps/custom.xml ----------------------------------------------------------------- */

#define NT_NS_CUSTOM "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
#define NT_NS_VT     "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#define NT_FMTID     "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

/* ep: element prefix with its colon ("" or "op:"); vt: the docPropsVTypes prefix, or NULL to
 * declare "vt" on each value. */
static void put_props(nt_buf *b, const char *ep, const char *vt, const nt_prop *props, size_t n,
                      long pid) {
    const char *v = vt ? vt : "vt", *c = *v ? ":" : "";
    for (size_t i = 0; i < n; i++) {
        nt_buf_printf(b, "<%sproperty fmtid=\"" NT_FMTID "\" pid=\"%ld\" name=\"", ep,
                      pid + (long)i);
        nt_xml_escape(b, props[i].name, strlen(props[i].name));
        nt_buf_printf(b, "\"><%s%s%s%s>", v, c, props[i].type,
                      vt ? "" : " xmlns:vt=\"" NT_NS_VT "\"");
        nt_xml_escape(b, props[i].value, strlen(props[i].value));
        nt_buf_printf(b, "</%s%s%s></%sproperty>", v, c, props[i].type, ep);
    }
}

int nt_custom_props(const char *old, size_t len, const nt_prop *props, size_t n, nt_buf *out) {
    if (!old) {
        nt_buf_puts(out, XML_DECL);
        nt_buf_puts(out, "<Properties xmlns=\"" NT_NS_CUSTOM "\" xmlns:vt=\"" NT_NS_VT "\">");
        put_props(out, "", "vt", props, n, 2);
        nt_buf_puts(out, "</Properties>");
        return out->oom ? -1 : 0;
    }
    nt_edits ed = {0};
    size_t pos = 0;
    long max_pid = 1;
    nt_tag t, root = {0};
    int rc = nt_xml_next_tag(old, len, &pos, &root) ? -1 : 0;
    while (!rc && !nt_xml_next_tag(old, len, &pos, &t)) {
        if (t.kind == NT_TAG_CLOSE || !nt_tag_is(&t, "property")) continue;
        size_t end = nt_xml_element_end(old, len, &t), vs, vl;
        int mine = 0;
        for (size_t i = 0; i < n && !mine; i++) mine = attr_eq(old, &t, "name", props[i].name);
        if (mine)
            rc = nt_edits_add(&ed, t.start, end - t.start, NULL, 0, 3);
        else if (!nt_tag_attr_local(old, &t, "pid", &vs, &vl) &&
                 nt_xml_long(old + vs, vl) > max_pid)
            max_pid = nt_xml_long(old + vs, vl);
        pos = end;
    }
    /* Our property elements take the prefix of the existing root element, if any. */
    char ep[64] = "";
    /* a part without a root element has no prefix to read (rc says so) */
    const char *colon = rc ? NULL : memchr(root.name, ':', root.name_len);
    if (!rc && colon && (size_t)(colon - root.name) + 2 < sizeof ep)
        memcpy(ep, root.name, (size_t)(colon - root.name) + 1);
    char vt[64];
    int have_vt = !nt_xml_root_prefix(old, len, NT_NS_VT, vt, sizeof vt);
    nt_buf add;
    nt_buf_init(&add);
    put_props(&add, ep, have_vt ? vt : NULL, props, n, max_pid + 1);
    if (!rc) rc = add.oom ? -1 : append_to_root(old, len, add.p, add.n, &ed);
    if (!rc) rc = nt_edits_apply(&ed, old, len, out);
    nt_buf_free(&add);
    nt_edits_free(&ed);
    return rc;
}
