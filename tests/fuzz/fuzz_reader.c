/* fuzz_reader.c - libFuzzer target for the DOCX reader: bytes -> package -> document model ->
 * the `netral text` and JSON views, checking the model's offsets stay inside their buffers and
 * the text view prints one line per paragraph. */
#include "document.h"
#include "fuzz_common.h"
#include "package.h"

/* Spans, runs and w:t ranges are what the annotator edits the XML with: out-of-range offsets
 * there would corrupt a user's document, so they are checked as hard invariants. */
static void check_part(const nt_part *p) {
    NT_FUZZ_CHECK(p->name != NULL);
    for (size_t i = 0; i < p->nruns; i++) {
        NT_FUZZ_CHECK(p->runs[i].xml_start < p->runs[i].xml_end);
        NT_FUZZ_CHECK(p->runs[i].xml_end <= p->xml_len);
        NT_FUZZ_CHECK(p->runs[i].rpr_start <= p->runs[i].rpr_end);
    }
    for (size_t i = 0; i < p->nwts; i++) {
        NT_FUZZ_CHECK(p->wts[i].run < p->nruns);
        NT_FUZZ_CHECK(p->wts[i].content_start <= p->wts[i].content_end);
        NT_FUZZ_CHECK(p->wts[i].content_end <= p->xml_len);
    }
    for (size_t i = 0; i < p->nparas; i++) {
        const nt_para *q = &p->paras[i];
        NT_FUZZ_CHECK(q->text != NULL && strlen(q->text) == q->len);
        NT_FUZZ_CHECK(q->xml_start <= q->xml_end && q->xml_end <= p->xml_len);
        uint32_t prev = 0;
        for (size_t s = 0; s < q->nspans; s++) {
            const nt_span *sp = &q->spans[s];
            NT_FUZZ_CHECK(sp->off >= prev && (size_t)sp->off + sp->len <= q->len);
            NT_FUZZ_CHECK(sp->wt == -1 || (size_t)sp->wt < p->nwts);
            NT_FUZZ_CHECK(sp->run == UINT32_MAX || sp->run < p->nruns);
            prev = sp->off + sp->len;
        }
    }
}

/* The `netral text` view: per part a "== name ==" line, then exactly one line per paragraph of
 * the paragraph's length (the contract; breaks inside a paragraph print as spaces). */
static void check_text_view(const nt_doc *doc, const nt_buf *b) {
    const char *s = b->p, *end = b->p + b->n;
    for (size_t i = 0; i < doc->nparts; i++) {
        const nt_part *p = &doc->parts[i];
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        NT_FUZZ_CHECK(nl && !strncmp(s, "== ", 3));
        s = nl + 1;
        for (size_t k = 0; k < p->nparas; k++) {
            NT_FUZZ_CHECK((size_t)(end - s) > p->paras[k].len && s[p->paras[k].len] == '\n');
            NT_FUZZ_CHECK(!memchr(s, '\n', p->paras[k].len) && !memchr(s, '\r', p->paras[k].len));
            s += p->paras[k].len + 1;
        }
    }
    NT_FUZZ_CHECK(s == end);
}

static void read_one(const uint8_t *data, size_t size) {
    nt_limits lim;
    nt_limits_default(&lim);
    nt_package *pkg = NULL;
    nt_err err = {0};
    int rc = nt_package_open_mem(data, size, &lim, &pkg, &err);
    if (rc != NETRAL_OK) {
        NT_FUZZ_CHECK(pkg == NULL && err.code == rc && err.msg[0]);
        return;
    }
    nt_doc *doc = NULL;
    rc = nt_doc_load(pkg, &lim, NT_DOC_KEEP_XML, &doc, &err);
    if (rc != NETRAL_OK) {
        NT_FUZZ_CHECK(doc == NULL && err.msg[0]);
        return;
    }
    for (size_t i = 0; i < doc->nparts; i++) check_part(&doc->parts[i]);
    nt_buf b;
    nt_buf_init(&b);
    nt_doc_write_text(doc, &b);
    if (!b.oom) check_text_view(doc, &b);
    nt_doc_write_json(doc, &b);
    nt_buf_free(&b);
    nt_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *owned;
    size_t len;
    const uint8_t *in = nt_fuzz_input(data, size, &len, &owned);
    if (in) read_one(in, len);
    free(owned);
    return 0;
}
