/* report_text.c - the text report for terminals: memos that need attention (all with text_all),
 * each finding once with its words, the legal basis and suggestion of each rule once in a closing
 * legend, or one line per finding (text_brief); colour only on a terminal. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>

#define NT_TEXT_MAX_NOTES 2000 /* rules in the legend; past it, bases are printed in place */

static const char *col(const nt_writer *w, const char *code) { return w->color ? code : ""; }

static const char *sev_color(int s) {
    return s >= 3 ? "\033[1;31m" : s == 2 ? "\033[33m" : s == 1 ? "\033[36m" : "\033[2m";
}

static const char *verdict_color(const char *v) {
    return !strcmp(v, "violation") ? "\033[1;31m"
           : !strcmp(v, "review")  ? "\033[33m"
           : !strcmp(v, "clean")   ? "\033[32m"
                                   : "\033[1;35m";
}

static int same(const char *a, const char *b) { return !strcmp(a ? a : "", b ? b : ""); }

/* The legend entry of a rule: 1 when the finding's basis and suggestion are the rule's (printed
 * once at the end), 0 when they differ from it and must be printed with the finding. */
static int legend_has(nt_writer *w, const netral_finding *f) {
    for (size_t i = 0; i < w->nnotes; i++)
        if (same(w->notes[i].rule, f->rule))
            return same(w->notes[i].basis, f->basis) && same(w->notes[i].suggestion, f->suggestion);
    if (w->nnotes >= NT_TEXT_MAX_NOTES) return 0;
    if (w->nnotes == w->capnotes) {
        size_t cap = w->capnotes ? w->capnotes * 2 : 16;
        nt_rule_note *v = realloc(w->notes, cap * sizeof *v);
        if (!v) return 0;
        w->notes = v;
        w->capnotes = cap;
    }
    nt_rule_note *n = &w->notes[w->nnotes];
    n->rule = nt_strdup(nt_rep_or(f->rule, "?"));
    n->basis = f->basis && *f->basis ? nt_strdup(f->basis) : NULL;
    n->suggestion = f->suggestion && *f->suggestion ? nt_strdup(f->suggestion) : NULL;
    if (!n->rule || (f->basis && *f->basis && !n->basis) ||
        (f->suggestion && *f->suggestion && !n->suggestion)) {
        free(n->rule);
        free(n->basis);
        free(n->suggestion);
        return 0;
    }
    w->nnotes++;
    return 1;
}

void nt_text_free(nt_writer *w) {
    for (size_t i = 0; i < w->nnotes; i++) {
        free(w->notes[i].rule);
        free(w->notes[i].basis);
        free(w->notes[i].suggestion);
    }
    free(w->notes);
    w->notes = NULL;
    w->nnotes = w->capnotes = 0;
}

/* "Nomor 800/217/2024 · Hal: ... · 8 Oktober 2024 · PEMERINTAH ... / DINAS ..." */
static void memo_line(nt_writer *w, const netral_report *r) {
    if (r->status != NETRAL_OK || nt_memo_empty(&r->memo)) return;
    static const size_t order[] = {0, 1, 2, 4, 5, 6};
    nt_buf *b = &w->buf;
    int first = 1;
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        const char *v = nt_memo_field(&r->memo, order[k]);
        if (!v) continue;
        nt_buf_puts(b, first ? "  " : " · ");
        if (order[k] != 2 && order[k] != 5)
            nt_buf_printf(b, "%s: ", nt_rep_memo_label(order[k], w->en));
        nt_buf_puts(b, v);
        first = 0;
    }
    if (!first) nt_buf_putc(b, '\n');
}

static void brief_doc(nt_writer *w, const netral_report *r, const char *path, const char *v) {
    nt_buf *b = &w->buf;
    int en = w->en;
    if (r->status != NETRAL_OK) {
        nt_buf_printf(b, "%s: %s%s%s %s: %s\n", path, col(w, "\033[1;35m"), en ? "error" : "galat",
                      col(w, "\033[0m"), nt_report_code(r->status), nt_rep_or(r->error, ""));
        return;
    }
    if (!r->nfindings) {
        nt_buf_printf(b, "%s: %s%s%s\n", path, col(w, verdict_color(v)),
                      nt_rep_verdict_label(v, en), col(w, "\033[0m"));
        return;
    }
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        int s = nt_severity_from_name(f->severity);
        nt_buf_printf(b, "%s:¶%d: %s%s%s: \"%s\" %s [%s]\n", path, f->paragraph + 1,
                      col(w, sev_color(s)), nt_rep_sev_label(f->severity, en), col(w, "\033[0m"),
                      nt_rep_or(f->excerpt, ""), nt_rep_or(f->message, ""),
                      nt_rep_or(f->rule, "?"));
    }
}

void nt_text_doc(nt_writer *w, const netral_report *r, const nt_doc_links *links) {
    nt_buf *b = &w->buf;
    const char *v = nt_verdict(r);
    const char *path = links && links->display ? links->display : nt_rep_or(r->path, "");
    int en = w->en;
    if (!strcmp(v, "clean") && !w->meta.text_all) return; /* counted; --all lists them */
    if (w->meta.text_brief) {
        brief_doc(w, r, path, v);
        return;
    }
    nt_buf_printf(b, "%s%s%s  %s%s%s", col(w, "\033[1m"), path, col(w, "\033[0m"),
                  col(w, verdict_color(v)), nt_rep_verdict_label(v, en), col(w, "\033[0m"));
    if (r->status != NETRAL_OK) {
        nt_buf_printf(b, "  [%s] %s\n", nt_report_code(r->status), nt_rep_or(r->error, ""));
        return;
    }
    if (r->nfindings) nt_buf_printf(b, "  (%zu %s)", r->nfindings, en ? "findings" : "temuan");
    nt_buf_putc(b, '\n');
    memo_line(w, r);
    for (size_t i = 0; i < r->nfindings; i++) {
        const netral_finding *f = &r->findings[i];
        int s = nt_severity_from_name(f->severity);
        nt_buf_printf(b, "  %s%-7s%s %s  %s ¶%d\n", col(w, sev_color(s)),
                      nt_rep_sev_label(f->severity, en), col(w, "\033[0m"), nt_rep_or(f->rule, "?"),
                      nt_rep_or(f->part, "?"), f->paragraph + 1);
        nt_buf_printf(b, "          \"%s\"\n          %s\n", nt_rep_or(f->excerpt, ""),
                      nt_rep_or(f->message, ""));
        for (size_t k = 0; k < f->nalso; k++) /* rules merged into this finding */
            nt_buf_printf(b, k ? ", %s" : "          %s: %s",
                          k ? f->also[k] : (en ? "Also" : "Juga"), f->also[k]);
        if (f->nalso) nt_buf_putc(b, '\n');
        if (legend_has(w, f)) continue;
        if (f->basis && *f->basis)
            nt_buf_printf(b, "          %s: %s\n", en ? "Basis" : "Dasar", f->basis);
        if (f->suggestion && *f->suggestion)
            nt_buf_printf(b, "          %s: %s\n", en ? "Suggestion" : "Saran", f->suggestion);
    }
    for (size_t i = 0; i < r->nrule_errors; i++)
        nt_buf_printf(b, "  %s%s%s: %s\n", col(w, "\033[35m"), en ? "rule error" : "galat aturan",
                      col(w, "\033[0m"), r->rule_errors[i]);
}

static void legend(nt_writer *w) {
    if (!w->nnotes || w->meta.text_brief) return;
    nt_buf *b = &w->buf;
    int en = w->en;
    nt_buf_printf(b, "\n%s%s%s\n", col(w, "\033[1m"),
                  en ? "Legal basis and suggestion per rule:" : "Dasar hukum dan saran per aturan:",
                  col(w, "\033[0m"));
    for (size_t i = 0; i < w->nnotes; i++) {
        const nt_rule_note *n = &w->notes[i];
        nt_buf_printf(b, "  %s\n", n->rule);
        if (n->basis) nt_buf_printf(b, "      %s: %s\n", en ? "Basis" : "Dasar", n->basis);
        if (n->suggestion)
            nt_buf_printf(b, "      %s: %s\n", en ? "Suggestion" : "Saran", n->suggestion);
    }
}

void nt_text_end(nt_writer *w, const nt_writer_meta *m) {
    const nt_counts *c = &w->c;
    nt_buf *b = &w->buf;
    int en = w->en;
    size_t hidden = w->meta.text_all ? 0 : c->verdict[2], skipped = 0;
    for (int k = 0; k < NT_SKIP_KINDS; k++) skipped += m->skipped[k];
    legend(w);
    if (c->docs != 1 || hidden || m->interrupted || skipped) {
        if (en)
            nt_buf_printf(
                b, "\n%zu documents: %zu violation, %zu need review, %zu clean, %zu unreadable.",
                c->docs, c->verdict[0], c->verdict[1], c->verdict[2], c->verdict[3]);
        else
            nt_buf_printf(b,
                          "\n%zu dokumen: %zu pelanggaran, %zu perlu ditinjau, %zu bersih, "
                          "%zu tidak terbaca.",
                          c->docs, c->verdict[0], c->verdict[1], c->verdict[2], c->verdict[3]);
        if (hidden)
            nt_buf_printf(b,
                          en ? " %zu clean not listed (--all lists them)."
                             : " %zu yang bersih tidak dicantumkan (--all untuk mencantumkannya).",
                          hidden);
        nt_buf_putc(b, '\n');
    }
    if (skipped) {
        nt_rep_skipped_text(b, m->skipped, en);
        nt_buf_puts(
            b, en ? ": convert them to .docx, or --include-legacy to list each.\n"
                  : ": ubah ke .docx, atau --include-legacy untuk mencantumkan masing-masing.\n");
    }
    if (m->interrupted) {
        size_t total = m->total > c->docs ? m->total : c->docs;
        nt_buf_printf(
            b,
            en ? "%sINCOMPLETE%s: the scan was interrupted after %zu of %s%zu documents.\n"
               : "%sTIDAK LENGKAP%s: pemindaian dihentikan setelah %zu dari %s%zu dokumen.\n",
            col(w, "\033[1;33m"), col(w, "\033[0m"), c->docs,
            m->total_exact ? "" : (en ? "at least " : "sedikitnya "), total);
    }
}
