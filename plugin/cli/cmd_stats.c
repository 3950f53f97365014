/* cmd_stats.c - `netral rules stats --labels LABELS.json DIR...`: scans a labelled set and prints,
 * per rule, the violating and compliant memos it hit; per category and per document, precision,
 * recall and F1 exactly as ../shared/eval/score.py counts them; the memos missed and falsely flagged. */
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "json_read.h"
#include "stats.h"

/* ---- Scanning ------------------------------------------------------------------------------ */
static int scan_one(netral_engine *e, set *s, const char *path) {
    netral_report *r = NULL;
    if (netral_scan_file(e, path, &r) != NETRAL_OK || !r) return -1;
    doc *d = cli_stats_find(s, cli_stats_base_name(path), 1);
    if (!d) {
        netral_report_free(r);
        return -1;
    }
    if (d->scanned) s->duplicates++; /* the last one wins, as in score.py */
    for (size_t i = 0; i < d->nhits; i++) {
        free(d->hits[i].rule);
        free(d->hits[i].category);
    }
    free(d->hits);
    free(d->error);
    d->hits = NULL;
    d->nhits = 0;
    d->error = NULL;
    d->scanned = 1;
    d->status = netral_report_status(r);
    if (d->status != NETRAL_OK) d->error = strdup(netral_report_error(r));
    size_t n = netral_report_count(r);
    d->hits = calloc(n ? n : 1, sizeof *d->hits);
    for (size_t i = 0; d->hits && i < n; i++) {
        const netral_finding *f = netral_report_finding(r, i);
        d->hits[d->nhits++] =
            (hit){strdup(f->rule), strdup(f->category ? f->category : ""), sev_rank(f->severity)};
    }
    netral_report_free(r);
    return 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .docx/.docm under path (sorted, recursive); a file named explicitly counts whatever its name. */
static void walk(netral_engine *e, set *s, const char *path, int top, size_t *scanned) {
    struct stat st;
    if (stat(path, &st) != 0) {
        if (top) cli_err(L("%s: tidak ditemukan", "%s: not found"), path);
        return;
    }
    if (S_ISREG(st.st_mode)) {
        if ((top || cli_is_docx_name(path)) && scan_one(e, s, path) == 0) (*scanned)++;
        return;
    }
    if (!S_ISDIR(st.st_mode)) return;
    DIR *dir = opendir(path);
    if (!dir) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir))) {
        if (de->d_name[0] == '.') continue;
        if (n == cap) {
            char **nn = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *nn);
            if (!nn) break;
            names = nn;
        }
        if (!(names[n] = malloc(strlen(path) + strlen(de->d_name) + 2))) break;
        sprintf(names[n++], "%s/%s", path, de->d_name);
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        walk(e, s, names[i], 0, scanned);
        free(names[i]);
    }
    free(names);
}

/* ---- Scoring, as score.py ------------------------------------------------------------------ */
typedef struct prf {
    size_t tp, fp, fn, tn;
    double p, r, f;
} prf;

static void compute(prf *x) {
    x->p = x->tp + x->fp ? (double)x->tp / (double)(x->tp + x->fp) : (x->fn == 0 ? 1.0 : 0.0);
    x->r = x->tp + x->fn ? (double)x->tp / (double)(x->tp + x->fn) : (x->fp == 0 ? 1.0 : 0.0);
    x->f = x->p + x->r > 0 ? 2 * x->p * x->r / (x->p + x->r) : 0.0;
}

static int has_cat(char **cats, size_t n, const char *c) {
    for (size_t i = 0; i < n; i++)
        if (!strcmp(cats[i], c)) return 1;
    return 0;
}

/* The document's predicted verdict and whether category c is predicted (findings >= min). */
static int predicted(const doc *d, int min) {
    if (!d->scanned || d->status != NETRAL_OK) return 0;
    for (size_t i = 0; i < d->nhits; i++)
        if (d->hits[i].sev >= min) return 1;
    return 0;
}

static int predicts_cat(const doc *d, int min, const char *c) {
    if (!d->scanned || d->status != NETRAL_OK) return 0;
    for (size_t i = 0; i < d->nhits; i++)
        if (d->hits[i].sev >= min && !strcmp(d->hits[i].category, c)) return 1;
    return 0;
}

/* Rules of category c that fired (>= min) in d, "a, b". */
static void rules_for(const doc *d, int min, const char *c, char *out, size_t cap) {
    size_t used = 0;
    out[0] = 0;
    for (size_t i = 0; i < d->nhits; i++) {
        const hit *h = &d->hits[i];
        if (h->sev < min || (c && strcmp(h->category, c)) || strstr(out, h->rule)) continue;
        int w = snprintf(out + used, cap - used, "%s%s", used ? ", " : "", h->rule);
        if (w < 0 || (size_t)w >= cap - used) break;
        used += (size_t)w;
    }
}

typedef struct rule_row {
    const char *id, *category;
    size_t violating, compliant, wrong_cat, only, below;
} rule_row;

/* ---- Output -------------------------------------------------------------------------------- */
static void jstr(const char *s) {
    putchar('"');
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        if (*c == '"' || *c == '\\')
            printf("\\%c", *c);
        else if (*c < 0x20)
            printf("\\u%04x", *c);
        else
            putchar(*c);
    }
    putchar('"');
}

static void jprf(const char *key, const prf *x, int tn) {
    printf("\"%s\":{\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,", key, x->tp, x->fp, x->fn);
    if (tn) printf("\"tn\":%zu,", x->tn);
    printf("\"precision\":%.6f,\"recall\":%.6f,\"f1\":%.6f}", x->p, x->r, x->f);
}

static void usage(FILE *f) {
    fputs(L("Pemakaian: netral rules stats --labels LABELS.json [OPSI] DIR...\n"
            "  --labels BERKAS        label seperti ../shared/eval/dev/labels.json\n"
            "  --rules DIR            folder aturan tambahan (boleh berulang)\n"
            "  --min-severity TINGKAT dokumen melanggar bila ada temuan setingkat ini (bawaan "
            "medium)\n"
            "  --json                 keluaran JSON\n"
            "  --check-doc-f1 X       keluar 1 bila F1 dokumen < X\n"
            "  --check-category-f1 Y  keluar 1 bila F1 suatu kategori < Y\n"
            "  --summary              hanya angka dokumen, kategori, alarm palsu dan kelas\n"
            "  --corpus DIR           setiap subfolder DIR yang berisi labels.json (dan docx/) "
            "satu set;\n"
            "                         angka per set lalu gabungannya (tests/rules/corpus; dengan "
            "--json\n"
            "                         satu objek per baris, gabungannya terakhir)\n",
            "Usage: netral rules stats --labels LABELS.json [OPTIONS] DIR...\n"
            "  --labels FILE          labels as in ../shared/eval/dev/labels.json\n"
            "  --rules DIR            extra rule folder (repeatable)\n"
            "  --min-severity SEV     a document violates with a finding at this severity (default "
            "medium)\n"
            "  --json                 JSON output\n"
            "  --check-doc-f1 X       exit 1 when the document F1 < X\n"
            "  --check-category-f1 Y  exit 1 when some category's F1 < Y\n"
            "  --summary              document, category, false-alarm and class figures only\n"
            "  --corpus DIR           each subfolder of DIR with a labels.json (and docx/) is one "
            "set;\n"
            "                         figures per set, then all of them together "
            "(tests/rules/corpus;\n"
            "                         with --json one object per line, the total last)\n"),
          f);
}

/* --corpus DIR: every subfolder with a labels.json is a set (its docx/ folder, or the subfolder, is
 * scanned); one summary per set, then one over all sets, each a run of this command. */
static int stats_corpus(const char *dir, int argc, char **argv) {
    DIR *d = opendir(dir);
    if (!d)
        return cli_usage(
            L("--corpus: folder tidak dapat dibuka: %s", "--corpus: cannot open the folder: %s"),
            dir);
    char **sets = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char *lab = malloc(strlen(dir) + strlen(de->d_name) + 16);
        if (!lab) break;
        sprintf(lab, "%s/%s/labels.json", dir, de->d_name);
        struct stat st;
        if (stat(lab, &st) == 0 && S_ISREG(st.st_mode)) {
            if (n == cap) {
                char **ns = realloc(sets, (cap = cap ? cap * 2 : 16) * sizeof *ns);
                if (!ns) {
                    free(lab);
                    break;
                }
                sets = ns;
            }
            lab[strlen(lab) - strlen("/labels.json")] = 0;
            sets[n++] = lab;
        } else {
            free(lab);
        }
    }
    closedir(d);
    if (!n) {
        free(sets);
        return cli_usage(L("--corpus: tidak ada subfolder dengan labels.json di %s",
                           "--corpus: no subfolder with a labels.json in %s"),
                         dir);
    }
    qsort(sets, n, sizeof *sets, cmp_str);
    /* argv for one run: the pass-through options, --labels per set, then the folders */
    size_t cap2 = (size_t)argc + 4 * n + 4;
    char **av = calloc(cap2, sizeof *av), **labs = calloc(n, sizeof *labs),
         **scan = calloc(n, sizeof *scan);
    int rc = 0, worst = 0;
    if (!av || !labs || !scan) {
        rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        labs[i] = malloc(strlen(sets[i]) + 16);
        scan[i] = malloc(strlen(sets[i]) + 8);
        if (!labs[i] || !scan[i]) {
            rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
            goto done;
        }
        sprintf(labs[i], "%s/labels.json", sets[i]);
        sprintf(scan[i], "%s/docx", sets[i]);
        struct stat st;
        if (stat(scan[i], &st) != 0 || !S_ISDIR(st.st_mode)) strcpy(scan[i], sets[i]);
    }
    int json = 0;
    for (int i = 1; i < argc; i++) json |= !strcmp(argv[i], "--json");
    /* text: a "== set" header before each block; JSON: one object per line, the sets in name
     * order, then the total */
    for (size_t pass = 0; pass <= n && !rc; pass++) {
        int k = 0;
        av[k++] = argv[0];
        for (int i = 1; i < argc; i++) av[k++] = argv[i];
        if (pass < n) {
            av[k++] = "--labels";
            av[k++] = labs[pass];
            av[k++] = scan[pass];
            if (!json) printf("== %s\n", cli_stats_base_name(sets[pass]));
        } else {
            for (size_t i = 0; i < n; i++) {
                av[k++] = "--labels";
                av[k++] = labs[i];
            }
            for (size_t i = 0; i < n; i++) av[k++] = scan[i];
            if (!json) printf(L("== semua set (%zu)\n", "== all sets (%zu)\n"), n);
        }
        fflush(stdout);
        int r = cli_rules_stats(k, av);
        if (r == EXIT_FLAGGED)
            worst = EXIT_FLAGGED;
        else if (r)
            rc = r;
        if (pass < n && !json) putchar('\n');
    }
done:
    for (size_t i = 0; i < n; i++) {
        free(sets[i]);
        if (labs) free(labs[i]);
        if (scan) free(scan[i]);
    }
    free(sets);
    free(labs);
    free(scan);
    free(av);
    return rc ? rc : worst;
}

int cli_rules_stats(int argc, char **argv) {
    const char **dirs = calloc((size_t)argc + 1, sizeof *dirs),
               **paths = calloc((size_t)argc + 1, sizeof *paths);
    const char **labelv = calloc((size_t)argc + 1, sizeof *labelv);
    size_t ndirs = 0, npaths = 0, nlabels = 0;
    const char *labels = NULL, *min_name = "medium", *corpus = NULL;
    int json = 0, summary = 0;
    double need_doc = -1, need_cat = -1;
    if (!dirs || !paths || !labelv) {
        free(dirs);
        free(paths);
        free(labelv);
        return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    }
    int rc = 0;
    for (int i = 1; i < argc && !rc; i++) {
        int missing = 0;
        const char *v, *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(dirs);
            free(paths);
            free(labelv);
            return 0;
        }
        if (!strcmp(a, "--json")) {
            json = 1;
            continue;
        }
        if (!strcmp(a, "--summary")) {
            summary = 1;
            continue;
        }
        if ((v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            dirs[ndirs++] = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--labels", NULL, &missing))) {
            labels = labelv[nlabels++] = v; /* repeatable: several sets scored as one */
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--corpus", NULL, &missing))) {
            corpus = v;
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--lang", NULL, &missing))) {
            cli_set_lang(v);
            continue;
        }
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--min-severity", NULL, &missing))) {
            if (sev_rank(v) < 0)
                rc = cli_usage(L("--min-severity: info, low, medium atau high, bukan '%s'",
                                 "--min-severity: info, low, medium or high, not '%s'"),
                               v);
            min_name = v;
            continue;
        }
        int which = 0;
        if (!missing && (v = cli_opt_value(argc, argv, &i, "--check-doc-f1", NULL, &missing)))
            which = 1;
        else if (!missing &&
                 (v = cli_opt_value(argc, argv, &i, "--check-category-f1", NULL, &missing)))
            which = 2;
        if (which) {
            char *end = NULL;
            double x = strtod(v, &end);
            if (!end || *end || x < 0 || x > 1)
                rc = cli_usage(L("%s: angka 0..1, bukan '%s'", "%s: a number 0..1, not '%s'"),
                               which == 1 ? "--check-doc-f1" : "--check-category-f1", v);
            if (which == 1)
                need_doc = x;
            else
                need_cat = x;
            continue;
        }
        if (missing)
            rc = cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), a);
        else if (a[0] == '-' && a[1])
            rc = cli_usage(L("opsi tidak dikenal: %s", "unknown option: %s"), a);
        else
            paths[npaths++] = a;
    }
    if (!rc && corpus) {
        if (labels || npaths)
            rc = cli_usage("%s", L("--corpus tidak dipakai bersama --labels atau folder",
                                   "--corpus does not go with --labels or folders"));
        free(dirs);
        free(paths);
        free(labelv);
        if (rc) return rc;
        /* the same options for every run, without --corpus and its value */
        char **av = calloc((size_t)argc + 1, sizeof *av);
        if (!av) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
        int k = 0;
        for (int i = 0; i < argc; i++) {
            if (!strcmp(argv[i], "--corpus")) {
                i++;
                continue;
            }
            if (!strncmp(argv[i], "--corpus=", 9)) continue;
            av[k++] = argv[i];
        }
        int r = stats_corpus(corpus, k, av);
        free(av);
        return r;
    }
    if (!rc && !labels) {
        usage(stderr);
        rc = cli_usage("%s", L("--labels wajib", "--labels is required"));
    }
    if (!rc && !npaths)
        rc = cli_usage("%s", L("sebutkan folder (atau berkas) yang dipindai",
                               "name the folders (or files) to scan"));
    set s = {0};
    for (int i = 0; i < NCATS; i++) s.cat[s.ncat++] = CATS[i];
    for (size_t i = 0; !rc && i < nlabels; i++) rc = cli_stats_load_labels(&s, labelv[i]);
    free(labelv);
    setenv("NETRAL_LANG", cli_lang(), 1);
    /* every finding of every rule, unmerged, at every severity: the threshold is applied here */
    netral_engine *e = rc ? NULL : cli_engine_for(dirs, ndirs, 0, "info", &rc);
    free(dirs);
    if (!e) {
        free(paths);
        cli_stats_free_set(&s);
        return rc;
    }
    size_t scanned = 0;
    for (size_t i = 0; i < npaths; i++) walk(e, &s, paths[i], 1, &scanned);
    free(paths);
    int min = sev_rank(min_name);

    /* document and category figures, over the labelled documents in name order (score.py) */
    doc **lab = calloc(s.n ? s.n : 1, sizeof *lab);
    size_t nlab = 0;
    for (size_t i = 0; lab && i < s.n; i++)
        if (s.v[i].labelled)
            lab[nlab++] = &s.v[i];
        else if (s.v[i].scanned)
            s.unlabelled++;
    for (size_t i = 1; i < nlab; i++) { /* names, sorted */
        doc *d = lab[i];
        size_t k = i;
        while (k && strcmp(lab[k - 1]->name, d->name) > 0) {
            lab[k] = lab[k - 1];
            k--;
        }
        lab[k] = d;
    }
    for (size_t i = 0; i < nlab; i++)
        for (size_t k = 0; k < lab[i]->ncats; k++) cli_stats_note_cat(&s, lab[i]->cats[k]);
    prf docp = {0}, catp[MAX_CATS] = {{0}};
    for (size_t i = 0; i < nlab; i++) {
        doc *d = lab[i];
        int pred = predicted(d, min);
        if (d->violation && pred)
            docp.tp++;
        else if (d->violation)
            docp.fn++;
        else if (pred)
            docp.fp++;
        else
            docp.tn++;
        for (size_t c = 0; c < s.ncat; c++) {
            int t = has_cat(d->cats, d->ncats, s.cat[c]), p = predicts_cat(d, min, s.cat[c]);
            if (t && p)
                catp[c].tp++;
            else if (p)
                catp[c].fp++;
            else if (t)
                catp[c].fn++;
        }
    }
    compute(&docp);
    /* issue 15: false alarms on compliant memos, violating memos with no finding at all (not even
     * info), and per class the memos with the right verdict */
    size_t silent = 0, cls_ok[100] = {0}, cls_of[100] = {0};
    for (size_t i = 0; i < nlab; i++) {
        doc *d = lab[i];
        if (d->violation && d->scanned && d->status == NETRAL_OK && d->nhits == 0) silent++;
        int right = d->violation ? predicted(d, min) : !predicted(d, min);
        for (size_t k = 0; k < d->nclasses; k++) {
            cls_of[d->classes[k]]++;
            cls_ok[d->classes[k]] += right != 0;
        }
    }
    double fa_rate = docp.fp + docp.tn ? (double)docp.fp / (double)(docp.fp + docp.tn) : 0.0;
    double macro = 0;
    for (size_t c = 0; c < s.ncat; c++) {
        compute(&catp[c]);
        if (c < NCATS) macro += catp[c].f;
    }
    macro /= NCATS;

    /* per rule */
    size_t nrules = netral_engine_rule_count(e);
    rule_row *rows = calloc(nrules ? nrules : 1, sizeof *rows);
    for (size_t r = 0; rows && r < nrules; r++) {
        netral_rule_info ri;
        if (netral_engine_rule(e, r, &ri) != NETRAL_OK) continue;
        rows[r].id = ri.id;
        rows[r].category = ri.category;
        for (size_t i = 0; i < nlab; i++) {
            doc *d = lab[i];
            int at = 0, below = 0, others = 0;
            for (size_t k = 0; k < d->nhits; k++) {
                if (d->hits[k].sev < min) {
                    below |= !strcmp(d->hits[k].rule, ri.id);
                    continue;
                }
                if (!strcmp(d->hits[k].rule, ri.id))
                    at = 1;
                else
                    others = 1;
            }
            if (d->status != NETRAL_OK) continue;
            if (at) {
                if (d->violation)
                    rows[r].violating++;
                else
                    rows[r].compliant++;
                if (!has_cat(d->cats, d->ncats, ri.category)) rows[r].wrong_cat++;
                if (!others) rows[r].only++;
            } else if (below) {
                rows[r].below++;
            }
        }
    }

    size_t nerr = 0, nmiss = 0;
    for (size_t i = 0; i < nlab; i++) {
        nerr += lab[i]->scanned && lab[i]->status != NETRAL_OK;
        nmiss += !lab[i]->scanned;
    }
    char buf[2048];
    if (json) {
        printf(
            "{\"documents\":{\"labelled\":%zu,\"scanned\":%zu,\"unlabelled\":%zu,\"min_severity\":",
            nlab, scanned, s.unlabelled);
        jstr(min_name);
        printf("},");
        jprf("document", &docp, 1);
        printf(",\"categories\":{");
        for (size_t c = 0; c < s.ncat; c++) {
            if (c) putchar(',');
            jprf(s.cat[c], &catp[c], 0);
        }
        printf("},\"macro_category_f1\":%.6f,\"rules\":[", macro);
        for (size_t r = 0; r < nrules; r++) {
            printf("%s{\"rule\":", r ? "," : "");
            jstr(rows[r].id);
            printf(",\"category\":");
            jstr(rows[r].category);
            printf(",\"violating\":%zu,\"compliant\":%zu,\"wrong_category\":%zu,\"only\":%zu,"
                   "\"below\":%zu}",
                   rows[r].violating, rows[r].compliant, rows[r].wrong_cat, rows[r].only,
                   rows[r].below);
        }
        printf("],\"errors\":[");
        for (size_t i = 0, k = 0; i < nlab; i++) {
            if (!lab[i]->scanned || lab[i]->status == NETRAL_OK) continue;
            printf("%s{\"file\":", k++ ? "," : "");
            jstr(lab[i]->name);
            printf(",\"code\":");
            jstr(netral_status_name(lab[i]->status));
            printf(",\"message\":");
            jstr(lab[i]->error);
            putchar('}');
        }
        printf("],\"missing\":[");
        for (size_t i = 0, k = 0; i < nlab; i++)
            if (!lab[i]->scanned) {
                if (k++) putchar(',');
                jstr(lab[i]->name);
            }
        printf("],\"false_positives\":[");
        for (size_t i = 0, k = 0; i < nlab; i++) {
            doc *d = lab[i];
            if (d->violation || !predicted(d, min)) continue;
            printf("%s{\"file\":", k++ ? "," : "");
            jstr(d->name);
            rules_for(d, min, NULL, buf, sizeof buf);
            printf(",\"rules\":");
            jstr(buf);
            printf(",\"note\":");
            jstr(d->note);
            putchar('}');
        }
        printf("],\"false_negatives\":[");
        for (size_t i = 0, k = 0; i < nlab; i++) {
            doc *d = lab[i];
            if (!d->violation || predicted(d, min)) continue;
            printf("%s{\"file\":", k++ ? "," : "");
            jstr(d->name);
            printf(",\"categories\":[");
            for (size_t c = 0; c < d->ncats; c++) {
                if (c) putchar(',');
                jstr(d->cats[c]);
            }
            printf("],\"note\":");
            jstr(d->note);
            putchar('}');
        }
        printf("],\"category_mistakes\":[");
        for (size_t i = 0, k = 0; i < nlab; i++) {
            doc *d = lab[i];
            int wrong = 0;
            for (size_t c = 0; c < s.ncat; c++)
                wrong |= has_cat(d->cats, d->ncats, s.cat[c]) != predicts_cat(d, min, s.cat[c]);
            if (!wrong) continue;
            printf("%s{\"file\":", k++ ? "," : "");
            jstr(d->name);
            printf(",\"extra\":{");
            for (size_t c = 0, x = 0; c < s.ncat; c++) {
                if (has_cat(d->cats, d->ncats, s.cat[c]) || !predicts_cat(d, min, s.cat[c]))
                    continue;
                rules_for(d, min, s.cat[c], buf, sizeof buf);
                printf("%s", x++ ? "," : "");
                jstr(s.cat[c]);
                putchar(':');
                jstr(buf);
            }
            printf("},\"missing\":[");
            for (size_t c = 0, x = 0; c < s.ncat; c++)
                if (has_cat(d->cats, d->ncats, s.cat[c]) && !predicts_cat(d, min, s.cat[c])) {
                    if (x++) putchar(',');
                    jstr(s.cat[c]);
                }
            printf("],\"note\":");
            jstr(d->note);
            putchar('}');
        }
        printf("],\"false_alarm_rate\":%.6f,\"silent\":%zu,\"classes\":{", fa_rate, silent);
        for (int c = 0, k = 0; c < 100; c++)
            if (cls_of[c])
                printf("%s\"%d\":{\"ok\":%zu,\"of\":%zu}", k++ ? "," : "", c, cls_ok[c], cls_of[c]);
        printf("},\"doc_f1\":%.6f,\"errors_count\":%zu}\n", docp.f, nerr);
    } else {
        printf(L("rules stats: %zu dokumen berlabel, %zu dipindai (%zu tanpa label); tingkat "
                 "minimum %s\n",
                 "rules stats: %zu labelled documents, %zu scanned (%zu without a label); min "
                 "severity %s\n"),
               nlab, scanned, s.unlabelled, min_name);
        printf(
            L("tingkat dokumen: TP=%zu FP=%zu FN=%zu TN=%zu  presisi=%.3f recall=%.3f F1=%.3f\n",
              "document level: TP=%zu FP=%zu FN=%zu TN=%zu  precision=%.3f recall=%.3f F1=%.3f\n"),
            docp.tp, docp.fp, docp.fn, docp.tn, docp.p, docp.r, docp.f);
        printf(L("alarm palsu pada memo patuh: %zu/%zu (%.1f%%); memo melanggar tanpa temuan apa "
                 "pun: %zu\n",
                 "false alarms on compliant memos: %zu/%zu (%.1f%%); violating memos with no "
                 "finding at all: %zu\n"),
               docp.fp, docp.fp + docp.tn, 100 * fa_rate, silent);
        int any_cls = 0;
        for (int c = 0; c < 100; c++)
            if (cls_of[c]) {
                if (!any_cls++)
                    printf("%s",
                           L("kelas (vonis benar / memo):", "classes (right verdict / memos):"));
                printf(" %d:%zu/%zu", c, cls_ok[c], cls_of[c]);
            }
        if (any_cls) putchar('\n');
        printf(L("\nper kategori (mikro atas dokumen):\n",
                 "\nper category (micro over documents):\n"));
        printf("  %-18s %4s %4s %4s %9s %7s %7s\n", L("kategori", "category"), "TP", "FP", "FN",
               L("presisi", "precision"), "recall", "F1");
        for (size_t c = 0; c < s.ncat; c++)
            printf("  %-18s %4zu %4zu %4zu %9.3f %7.3f %7.3f%s\n", s.cat[c], catp[c].tp, catp[c].fp,
                   catp[c].fn, catp[c].p, catp[c].r, catp[c].f,
                   c >= NCATS ? L("  (bukan kategori kontrak)", "  (not a known category)") : "");
        if (summary) goto summary_done;
        printf(L("\nper aturan (dokumen dengan temuan aturan itu pada tingkat %s ke atas):\n",
                 "\nper rule (documents with a finding of the rule at %s or above):\n"),
               min_name);
        int w = 4;
        for (size_t r = 0; r < nrules; r++)
            if (rows[r].id && (int)strlen(rows[r].id) > w) w = (int)strlen(rows[r].id);
        printf("  %-*s %9s %9s %9s %6s %6s\n", w, L("aturan", "rule"), L("melanggar", "violating"),
               L("patuh", "compliant"), L("kat-salah", "wrong-cat"), L("sendiri", "only"),
               L("di-bawah", "below"));
        for (size_t r = 0; r < nrules; r++)
            printf("  %-*s %9zu %9zu %9zu %6zu %6zu\n", w, rows[r].id ? rows[r].id : "?",
                   rows[r].violating, rows[r].compliant, rows[r].wrong_cat, rows[r].only,
                   rows[r].below);
        printf(L("  (melanggar/patuh: dokumen berlabel demikian yang dikenai; kat-salah: kategori "
                 "aturan tidak ada pada labelnya;\n"
                 "   sendiri: tidak ada aturan lain yang mengenai dokumen itu; di-bawah: hanya di "
                 "bawah tingkat minimum)\n",
                 "  (violating/compliant: documents so labelled that it hit; wrong-cat: the rule's "
                 "category is not in the label;\n"
                 "   only: no other rule hit the document; below: hit only below the minimum "
                 "severity)\n"));
        printf(L("\ngalat (status bukan ok): %zu\n", "\nerrors (status != ok): %zu\n"), nerr);
        for (size_t i = 0; i < nlab; i++)
            if (lab[i]->scanned && lab[i]->status != NETRAL_OK)
                printf("  %s: %s %s\n", lab[i]->name, netral_status_name(lab[i]->status),
                       lab[i]->error ? lab[i]->error : "");
        if (nmiss) {
            printf(L("berlabel tetapi tidak ada di folder yang dipindai (dihitung bersih, seperti "
                     "score.py): %zu\n",
                     "labelled but not found in the scanned folders (counted as clean, as score.py "
                     "does): %zu\n"),
                   nmiss);
            for (size_t i = 0; i < nlab; i++)
                if (!lab[i]->scanned) printf("  %s\n", lab[i]->name);
        }
        printf(L("\npositif palsu: %zu\n", "\nfalse positives: %zu\n"), docp.fp);
        for (size_t i = 0; i < nlab; i++) {
            doc *d = lab[i];
            if (d->violation || !predicted(d, min)) continue;
            rules_for(d, min, NULL, buf, sizeof buf);
            printf("  %s %s %s -- %s\n", d->name, L("dikenai", "hit by"), buf,
                   d->note ? d->note : "");
        }
        printf(L("negatif palsu: %zu\n", "false negatives: %zu\n"), docp.fn);
        for (size_t i = 0; i < nlab; i++) {
            doc *d = lab[i];
            if (!d->violation || predicted(d, min)) continue;
            printf("  %s %s ", d->name, L("seharusnya", "expected"));
            for (size_t c = 0; c < d->ncats; c++) printf("%s%s", c ? "," : "", d->cats[c]);
            printf(" -- %s\n", d->note ? d->note : "");
        }
        printf("%s\n", L("kategori yang salah:", "category mistakes:"));
        for (size_t i = 0; i < nlab; i++) {
            doc *d = lab[i];
            char line[4096];
            size_t used = 0;
            line[0] = 0;
            for (size_t c = 0; c < s.ncat; c++) {
                int t = has_cat(d->cats, d->ncats, s.cat[c]), p = predicts_cat(d, min, s.cat[c]);
                if (t == p) continue;
                if (p) rules_for(d, min, s.cat[c], buf, sizeof buf);
                int n = snprintf(line + used, sizeof line - used, "%s%s %s%s%s%s", used ? "; " : "",
                                 p ? L("lebih", "extra") : L("kurang", "missing"), s.cat[c],
                                 p ? " (" : "", p ? buf : "", p ? ")" : "");
                if (n < 0 || (size_t)n >= sizeof line - used) break;
                used += (size_t)n;
            }
            if (used) printf("  %s: %s -- %s\n", d->name, line, d->note ? d->note : "");
        }
    summary_done:
        printf("doc_f1=%.3f macro_cat_f1=%.3f errors=%zu\n", docp.f, macro, nerr);
    }
    int below = 0;
    if (need_doc >= 0 && docp.f < need_doc) below = 1;
    for (size_t c = 0; need_cat >= 0 && c < NCATS; c++)
        if (catp[c].f < need_cat) below = 1;
    if (below)
        cli_err(
            L("di bawah ambang: F1 dokumen %.3f (perlu %.2f), F1 kategori terendah diperiksa %.2f",
              "below the threshold: document F1 %.3f (needs %.2f), category F1 checked against "
              "%.2f"),
            docp.f, need_doc < 0 ? 0 : need_doc, need_cat < 0 ? 0 : need_cat);
    free(rows);
    free(lab);
    cli_stats_free_set(&s);
    netral_engine_free(e);
    if (fflush(stdout)) return EXIT_USAGE;
    return below ? EXIT_FLAGGED : 0;
}
