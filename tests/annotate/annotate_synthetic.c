/* annotate_synthetic.c - annotates a DOCX with made-up findings at awkward places, independent of
 * the rules, and prints them as a JSON Lines report for check_annotated.py to verify. */
/* Findings: first word, last word, mid-word to mid-word across runs, whole paragraphs, one per
 * non-body part. Exit: 0 written, 1 annotation failed, 2 usage, 3 the input cannot be read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "engine.h"

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/* Start of the UTF-8 character holding byte i. */
static size_t char_start(const char *s, size_t i) {
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

/* Word bounds: first word [*a, *b), last word [*c, *d); 0 when the text has no word. */
static int words(const nt_para *p, size_t *a, size_t *b, size_t *c, size_t *d) {
    size_t i = 0, n = p->len;
    while (i < n && is_space(p->text[i])) i++;
    if (i == n) return 0;
    *a = i;
    while (i < n && !is_space(p->text[i])) i++;
    *b = i;
    size_t j = n;
    while (j > 0 && is_space(p->text[j - 1])) j--;
    *d = j;
    while (j > 0 && !is_space(p->text[j - 1])) j--;
    *c = j;
    return 1;
}

static void add(netral_report *rep, const nt_part *pt, const nt_para *p, size_t s, size_t e,
                int k) {
    static const char *sev[] = {"high", "medium", "low"};
    char rule[64], msg[96], *excerpt = nt_strndup(p->text + s, e - s);
    snprintf(rule, sizeof rule, "test.synthetic-%d", k % 3);
    snprintf(msg, sizeof msg, "Temuan uji %s#%u/%d & <anotasi> \"sintetis\".", pt->name,
             (unsigned)p->index, k);
    netral_finding f = {rule,
                        "endorsement",
                        sev[k % 3],
                        0.5,
                        pt->name,
                        nt_where_name(p->where),
                        (int)p->index,
                        s,
                        e,
                        excerpt,
                        msg,
                        "Pasal 1",
                        "Tidak ada.",
                        NULL,
                        0};
    nt_report_add(rep, &f);
    free(excerpt);
}

/* Findings for one part: body parts get one per paragraph (rotating shapes); other parts one. */
static void findings(netral_report *rep, const nt_part *pt) {
    int k = 0;
    for (size_t i = 0; i < pt->nparas; i++) {
        const nt_para *p = &pt->paras[i];
        size_t a, b, c, d;
        if (!words(p, &a, &b, &c, &d)) continue;
        int shape = (int)(i % 4);
        if (shape == 0)
            add(rep, pt, p, a, b, k++);
        else if (shape == 1)
            add(rep, pt, p, c, d, k++);
        else if (shape == 2 && c > a) {
            size_t s = char_start(p->text, a + (b - a) / 2),
                   e = char_start(p->text, c + (d - c + 1) / 2);
            if (e > s) add(rep, pt, p, s, e, k++);
        } else if (shape == 3) {
            add(rep, pt, p, a, d, k++); /* the whole paragraph's words */
        }
        if (pt->kind != NT_PART_BODY && k) return;
    }
}

/* The part of the finding's text that comes from w:t elements (no tabs, breaks, symbols). */
static void put_wt_text(nt_buf *b, const nt_doc *doc, const netral_finding *f) {
    const nt_part *pt = nt_doc_part(doc, f->part);
    nt_buf t;
    nt_buf_init(&t);
    for (size_t i = 0; pt && i < pt->nparas; i++) {
        const nt_para *p = &pt->paras[i];
        if (p->index != (uint32_t)f->paragraph) continue;
        for (size_t k = 0; k < p->nspans; k++) {
            const nt_span *sp = &p->spans[k];
            size_t s = sp->off > f->start ? sp->off : f->start;
            size_t e = sp->off + sp->len < f->end ? sp->off + sp->len : f->end;
            if (sp->wt >= 0 && s < e) nt_buf_put(&t, p->text + s, e - s);
        }
    }
    nt_json_str(b, t.p ? t.p : "", t.n);
    nt_buf_free(&t);
}

static void put_report(const netral_report *rep, const nt_doc *doc, const char *path) {
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_puts(&b, "{\"path\": ");
    nt_json_cstr(&b, path);
    nt_buf_puts(&b, ", \"status\": \"ok\", \"findings\": [");
    for (size_t i = 0; i < rep->nfindings; i++) {
        const netral_finding *f = &rep->findings[i];
        nt_buf_puts(&b, i ? ", {\"rule\": " : "{\"rule\": ");
        nt_json_cstr(&b, f->rule);
        nt_buf_puts(&b, ", \"category\": ");
        nt_json_cstr(&b, f->category);
        nt_buf_puts(&b, ", \"severity\": ");
        nt_json_cstr(&b, f->severity);
        nt_buf_puts(&b, ", \"part\": ");
        nt_json_cstr(&b, f->part);
        nt_buf_puts(&b, ", \"where\": ");
        nt_json_cstr(&b, f->where);
        nt_buf_printf(&b, ", \"paragraph\": %d, \"start\": %zu, \"end\": %zu, \"excerpt\": ",
                      f->paragraph, f->start, f->end);
        nt_json_cstr(&b, f->excerpt);
        nt_buf_puts(&b, ", \"excerpt_wt\": ");
        put_wt_text(&b, doc, f);
        nt_buf_puts(&b, ", \"message\": ");
        nt_json_cstr(&b, f->message);
        nt_buf_puts(&b, ", \"basis\": ");
        nt_json_cstr(&b, f->basis);
        nt_buf_puts(&b, "}");
    }
    nt_buf_puts(&b, "]}\n");
    fwrite(b.p, 1, b.n, stdout);
    nt_buf_free(&b);
}

int main(int argc, char **argv) {
    int highlight = argc > 1 && !strcmp(argv[1], "--highlight");
    if (argc != 3 + highlight) {
        fprintf(stderr, "usage: annotate_synthetic [--highlight] IN.docx OUT.docx\n");
        return 2;
    }
    const char *in = argv[1 + highlight], *out = argv[2 + highlight];
    nt_package *pkg;
    nt_doc *doc;
    nt_err err = {0};
    int rc = nt_package_open_path(in, NULL, &pkg, &err);
    if (!rc) rc = nt_doc_load(pkg, NULL, NT_DOC_KEEP_XML, &doc, &err);
    if (rc) {
        fprintf(stderr, "%s: %s\n", in, err.msg);
        return 3; /* unreadable input */
    }
    netral_report *rep = nt_report_new(in);
    for (size_t i = 0; rep && i < doc->nparts; i++)
        if (doc->parts[i].kind != NT_PART_COMMENTS) findings(rep, &doc->parts[i]);
    void *bytes = NULL;
    size_t len = 0;
    nt_annot_opts o = {NULL, NULL, highlight, "id"};
    rc = rep ? nt_annotate(doc, rep, &o, &bytes, &len, &err) : NETRAL_E_NOMEM;
    if (!rc) rc = nt_write_atomic(out, bytes, len, &err);
    if (rc)
        fprintf(stderr, "%s: %s\n", in, err.msg);
    else
        put_report(rep, doc, in);
    free(bytes);
    nt_report_free(rep);
    nt_doc_free(doc);
    return rc ? 1 : 0;
}
