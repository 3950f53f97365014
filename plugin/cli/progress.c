/* progress.c - what a person watching `netral scan` sees on standard error: a progress line
 * (done/total, docs/s, ETA, flagged so far) redrawn on a terminal, and the final summary. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "findings.h" /* the report struct (base) */

static int sev_index(const char *s) { return nt_severity_from_name(s); }

static void count_category(cli_stats *s, const char *cat) {
    for (size_t i = 0; i < s->by_cat_n; i++)
        if (!strcmp(s->cat_name[i], cat)) {
            s->cat_docs[i]++;
            return;
        }
    if (s->by_cat_n == sizeof s->cat_name / sizeof s->cat_name[0]) return;
    char *d = strdup(cat);
    if (!d) return;
    s->cat_name[s->by_cat_n] = d;
    s->cat_docs[s->by_cat_n++] = 1;
}

void cli_stats_add(cli_stats *s, const netral_report *r, int from_cache) {
    s->done++;
    if (from_cache)
        s->from_cache++;
    else
        s->scanned++;
    s->rule_errors += r->nrule_errors;
    if (r->status != NETRAL_OK) {
        s->errors++;
        s->by_code[r->status > 0 && r->status < 32 ? r->status : 0]++;
        return;
    }
    int worst = -1;
    for (size_t i = 0; i < r->nfindings; i++) {
        int sv = sev_index(r->findings[i].severity);
        if (sv >= 0) s->by_sev[sv]++;
        if (sv > worst) worst = sv;
        int first = 1; /* count a category once per document */
        for (size_t j = 0; j < i && first; j++)
            if (r->findings[j].category && r->findings[i].category &&
                !strcmp(r->findings[j].category, r->findings[i].category) &&
                sev_index(r->findings[j].severity) >= 1)
                first = 0;
        if (first && sv >= 1 && r->findings[i].category) count_category(s, r->findings[i].category);
    }
    s->findings += r->nfindings;
    if (worst >= 2)
        s->violation++;
    else if (worst == 1)
        s->review++;
    else
        s->clean++;
    if (worst >= 1) s->flagged++;
}

void cli_stats_free(cli_stats *s) {
    for (size_t i = 0; i < s->by_cat_n; i++) free(s->cat_name[i]);
    s->by_cat_n = 0;
}

/* ---- The progress line ---------------------------------------------------------------------- */

static double last_draw;

static void fmt_eta(char *out, size_t cap, double sec) {
    if (sec < 0 || sec > 359999) {
        snprintf(out, cap, "?");
        return;
    }
    long s = (long)(sec + 0.5);
    if (s >= 3600)
        snprintf(out, cap, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(out, cap, "%ld:%02ld", s / 60, s % 60);
}

void cli_progress_draw(const cli_stats *s, size_t total, int total_final, int force) {
    double now = cli_now();
    if (!force && now - last_draw < 0.2) return;
    last_draw = now;
    double el = now - s->t0, rate = el > 0 ? (double)s->done / el : 0;
    char eta[32] = "?";
    if (rate > 0 && total >= s->done) fmt_eta(eta, sizeof eta, (double)(total - s->done) / rate);
    int pct = total ? (int)(100.0 * (double)s->done / (double)total) : 0;
    char bar[21];
    int fill = total_final ? pct / 5 : 0;
    for (int i = 0; i < 20; i++) bar[i] = i < fill ? '#' : '.';
    bar[20] = 0;
    fprintf(stderr, "\r\033[K[%s] %zu/%zu%s %3d%%  %.0f %s  %s %s%s  %s %zu  %s %zu", bar, s->done,
            total, total_final ? "" : "+", pct, rate, L("dok/d", "docs/s"), L("sisa", "ETA"),
            total_final ? "" : "≥", eta, L("ditandai", "flagged"), s->flagged, L("galat", "errors"),
            s->errors);
    fflush(stderr);
}

void cli_progress_clear(void) {
    fputs("\r\033[K", stderr);
    fflush(stderr);
}

/* ---- The summary ------------------------------------------------------------------------------ */

static const char *sev_word(int i) { return nt_severity_label(i, cli_en()); }

void cli_skipped_warn(const cli_stats *s) {
    size_t total = 0;
    for (int k = 0; k < 4; k++) total += s->skipped[k];
    if (!total) return;
    static const char *const kinds[4] = {"doc", "odt", "rtf", "pdf"};
    fprintf(stderr, L("netral: peringatan: %zu berkas (", "netral: warning: %zu %s ("), total,
            total == 1 ? "file" : "files");
    for (int k = 0, first = 1; k < 4; k++) {
        if (!s->skipped[k]) continue;
        fprintf(stderr, "%s%zu .%s", first ? "" : ", ", s->skipped[k], kinds[k]);
        first = 0;
    }
    fputs(L(") di folder yang dipindai bukan DOCX dan tidak diperiksa; ubah ke .docx "
            "(libreoffice --headless --convert-to docx), atau --include-legacy untuk "
            "mencantumkannya\n",
            ") in the scanned folders not DOCX and not checked; convert to .docx "
            "(libreoffice --headless --convert-to docx), or --include-legacy to list each\n"),
          stderr);
}

void cli_summary_print(const cli_stats *s, int interrupted, int cache_on, const char *partial_of) {
    double el = cli_now() - s->t0;
    double rate = el > 0 ? (double)s->done / el : 0;
    if (interrupted) {
        fprintf(
            stderr,
            L("netral: dihentikan (Ctrl-C) setelah %zu dari %s%zu dokumen; laporan TIDAK LENGKAP",
              "netral: interrupted (Ctrl-C) after %zu of %s%zu documents; the report is "
              "INCOMPLETE"),
            s->done, s->total_exact ? "" : L("sedikitnya ", "at least "), s->total);
        if (partial_of) {
            char *partial = cli_partial_name(partial_of);
            fprintf(stderr,
                    L(" dan ditulis ke %s (%s tidak diubah)",
                      " and was written to %s (%s is unchanged)"),
                    partial ? partial : "?", partial_of);
            free(partial);
        }
        fputs(L("; cache berisi dokumen yang sudah selesai.\n",
                "; the cache holds the documents finished.\n"),
              stderr);
    }
    char secs[32];
    snprintf(secs, sizeof secs, "%.2f", el);
    if (!cli_en()) { /* Indonesian writes a decimal comma */
        char *dot = strchr(secs, '.');
        if (dot) *dot = ',';
    }
    fprintf(stderr,
            L("netral: %zu dokumen dalam %s detik (%.0f dok/detik)",
              "netral: %zu documents in %s s (%.0f docs/s)"),
            s->done, secs, rate);
    size_t skipped = 0;
    for (int k = 0; k < 4; k++) skipped += s->skipped[k];
    if (skipped) fprintf(stderr, L("; %zu bukan DOCX dilewati", "; %zu non-DOCX skipped"), skipped);
    if (cache_on)
        fprintf(stderr, L("; %zu dari cache, %zu dipindai", "; %zu from cache, %zu scanned"),
                s->from_cache, s->scanned);
    fputs(".\n", stderr);
    fprintf(stderr,
            L("  ditandai: %zu (pelanggaran %zu, perlu ditinjau %zu); bersih: %zu; galat: %zu\n",
              "  flagged: %zu (violation %zu, needs review %zu); clean: %zu; errors: %zu\n"),
            s->flagged, s->violation, s->review, s->clean, s->errors);
    if (s->by_cat_n) {
        /* most frequent first, then by name: the same line whatever order workers finished in */
        size_t ord[16];
        for (size_t i = 0; i < s->by_cat_n; i++) {
            size_t j = i;
            for (; j > 0; j--) {
                size_t p = ord[j - 1];
                if (s->cat_docs[p] > s->cat_docs[i] || (s->cat_docs[p] == s->cat_docs[i] &&
                                                        strcmp(s->cat_name[p], s->cat_name[i]) < 0))
                    break;
                ord[j] = p;
            }
            ord[j] = i;
        }
        fputs(L("  per kategori:", "  by category:"), stderr);
        for (size_t i = 0; i < s->by_cat_n; i++)
            fprintf(stderr, "%s %s %zu", i ? "," : "", s->cat_name[ord[i]], s->cat_docs[ord[i]]);
        fputc('\n', stderr);
    }
    if (s->findings) {
        fprintf(stderr, L("  temuan: %zu (", "  findings: %zu ("), s->findings);
        int first = 1;
        for (int i = 3; i >= 0; i--) {
            if (!s->by_sev[i]) continue;
            fprintf(stderr, "%s%s %zu", first ? "" : ", ", sev_word(i), s->by_sev[i]);
            first = 0;
        }
        fputs(")\n", stderr);
    }
    if (s->errors) {
        fputs(L("  galat per kode:", "  errors by code:"), stderr);
        int first = 1;
        for (int i = 0; i < 32; i++) {
            if (!s->by_code[i]) continue;
            fprintf(stderr, "%s %s %zu", first ? "" : ",",
                    netral_status_name(i ? i : NETRAL_E_INTERNAL), s->by_code[i]);
            first = 0;
        }
        fputc('\n', stderr);
    }
    if (s->rule_errors)
        fprintf(stderr,
                L("  galat aturan saat memindai: %zu (lihat laporan)\n",
                  "  rule errors while scanning: %zu (see the report)\n"),
                s->rule_errors);
    if (s->annotated || s->annotate_failed)
        fprintf(stderr,
                L("  salinan beranotasi: %zu ditulis, %zu gagal\n",
                  "  annotated copies: %zu written, %zu failed\n"),
                s->annotated, s->annotate_failed);
}
