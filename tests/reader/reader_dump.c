/* reader_dump.c - a small front end to the DOCX reader for tests and scripts, until/besides the
 * CLI: prints what `netral text` prints, the JSON model, or only the body-flow parts. */
#include "document.h"

#include <stdio.h>
#include <string.h>

/* Contract codes of the document errors; kept here so the tool links with the reader alone. */
static const char *code_name(int rc) {
    static const char *names[] = {
        "ok",        "not-found",  "io-error",  "not-a-zip",     "not-a-docx",
        "encrypted", "legacy-doc", "too-large", "malformed-xml", "limit-exceeded"};
    return rc >= 0 && rc < 10 ? names[rc] : "error";
}

static int usage(void) {
    fprintf(stderr,
            "usage: reader_dump [--json | --body] FILE\n"
            "  (default) every part, as `netral text` prints it\n"
            "  --json    the document model with spans\n"
            "  --body    what pandoc prints: main document (without text boxes), footnotes and\n"
            "            endnotes, no part headers\n");
    return 2;
}

/* What pandoc 2.17 prints for a DOCX: the body and the notes; not headers, footers, comments, or
 * text boxes (it does not read them). */
static void write_body(const nt_doc *d, nt_buf *b) {
    for (size_t i = 0; i < d->nparts; i++) {
        const nt_part *pt = &d->parts[i];
        if (pt->kind != NT_PART_BODY && pt->kind != NT_PART_FOOTNOTES &&
            pt->kind != NT_PART_ENDNOTES)
            continue;
        for (size_t j = 0; j < pt->nparas; j++) {
            if (pt->paras[j].where == NT_WHERE_TEXTBOX) continue;
            nt_buf_put(b, pt->paras[j].text, pt->paras[j].len);
            nt_buf_putc(b, '\n');
        }
    }
}

int main(int argc, char **argv) {
    const char *mode = argc == 3 ? argv[1] : "";
    if (argc < 2 || argc > 3 || (argc == 3 && strcmp(mode, "--json") && strcmp(mode, "--body")))
        return usage();
    nt_package *pkg;
    nt_doc *doc;
    nt_err err = {0};
    int rc = nt_package_open_path(argv[argc - 1], NULL, &pkg, &err);
    if (!rc) rc = nt_doc_load(pkg, NULL, 0, &doc, &err);
    if (rc) {
        fprintf(stderr, "%s: %s: %s\n", argv[argc - 1], code_name(rc), err.msg);
        return rc < 10 ? 10 + rc : 1;
    }
    nt_buf b;
    nt_buf_init(&b);
    if (!strcmp(mode, "--json"))
        nt_doc_write_json(doc, &b);
    else if (!strcmp(mode, "--body"))
        write_body(doc, &b);
    else
        nt_doc_write_text(doc, &b);
    int bad = b.oom || fwrite(b.p, 1, b.n, stdout) != b.n;
    nt_buf_free(&b);
    nt_doc_free(doc);
    return bad ? 1 : 0;
}
