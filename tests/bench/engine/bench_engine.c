/* bench_engine.c - what the rules cost: CPU time to extract text only vs extract + full rule set,
 * and the full rule set with twice as many list phrases (padding lists of phrases that never occur). */
#include "engine_int.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct blob {
    char *data;
    size_t len;
} blob;

static blob *docs;
static size_t ndocs, capdocs;

static void collect(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            collect(path);
            continue;
        }
        size_t n = strlen(path);
        if (n < 5 || strcmp(path + n - 5, ".docx") != 0) continue;
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        if (ndocs == capdocs) {
            capdocs = capdocs ? capdocs * 2 : 1024;
            docs = realloc(docs, capdocs * sizeof *docs);
            if (!docs) exit(1);
        }
        blob *b = &docs[ndocs];
        b->data = malloc((size_t)st.st_size + 1);
        if (!b->data) exit(1);
        b->len = fread(b->data, 1, (size_t)st.st_size, f);
        fclose(f);
        ndocs++;
    }
    closedir(d);
}

static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass over every document: load it, and scan it when e is given (analyse only: the text
 * layer's work on every paragraph, no rules). */
__attribute__((noinline)) static double run(netral_engine *e, int analyse_only, size_t *findings,
                                            size_t *errors) {
    nt_limits lim;
    nt_limits_default(&lim);
    double t0 = cpu_now();
    *findings = *errors = 0;
    for (size_t i = 0; i < ndocs; i++) {
        nt_package *pkg = NULL;
        nt_doc *doc = NULL;
        nt_err err;
        if (nt_package_open_mem(docs[i].data, docs[i].len, &lim, &pkg, &err) != NETRAL_OK) continue;
        if (nt_doc_load(pkg, &lim, 0, &doc, &err) != NETRAL_OK) continue;
        if (e && analyse_only) {
            for (size_t k = 0; k < doc->nparts; k++)
                for (size_t j = 0; j < doc->parts[k].nparas; j++) {
                    const nt_para *p = &doc->parts[k].paras[j];
                    if (p->text) nt_analyze(e->lx, p->text, p->len, &e->an);
                }
        } else if (e) {
            netral_report *r = nt_report_new("bench");
            nt_engine_scan(e, doc, r);
            *findings += r->nfindings;
            *errors += r->nrule_errors;
            nt_report_free(r);
        }
        nt_doc_free(doc);
    }
    return cpu_now() - t0;
}

/* A rule folder whose lists add `n` phrases (one to three made-up words) that never occur. */
static int write_padding(const char *dir, size_t n) {
    char path[4096];
    snprintf(path, sizeof path, "%s/lists", dir);
    if (mkdir(path, 0700) != 0) return -1;
    snprintf(path, sizeof path, "%s/lists/padding.lua", dir);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    static const char *const syl[] = {"ka",  "lu", "mi",  "sor", "tep", "ba",  "ngu", "ri",
                                      "dak", "vo", "zel", "qui", "fam", "hox", "wen", "jur"};
    unsigned long long x = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i < n; i++) {
        if (i % 500 == 0) fprintf(f, "%slist \"bench_padding_%zu\" {\n", i ? "}\n" : "", i / 500);
        fputs("  \"", f);
        int words = 1 + (int)(i % 3);
        for (int w = 0; w < words; w++) {
            if (w) fputc(' ', f);
            for (int s = 0; s < 3; s++) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                fputs(syl[x % 16], f);
            }
            fputs("xq", f); /* keeps every word out of real Indonesian text */
        }
        fputs("\",\n", f);
    }
    if (n) fputs("}\n", f);
    fclose(f);
    return 0;
}

static void cleanup_padding(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/lists/padding.lua", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lists", dir);
    rmdir(path);
    rmdir(dir);
}

static netral_engine *engine_with(const char *dir) {
    struct netral_options o;
    nt_options_init(&o);
    char *dirs[1] = {(char *)dir};
    if (dir) {
        o.rule_dirs = dirs;
        o.nrule_dirs = 1;
    }
    netral_engine *e = NULL;
    nt_err err;
    if (nt_engine_new(&o, &e, &err) != NETRAL_OK) fprintf(stderr, "engine: %s\n", err.msg);
    o.rule_dirs = NULL;
    o.nrule_dirs = 0;
    nt_options_clear(&o);
    return e;
}

int main(int argc, char **argv) {
    int rounds = 3, only = -1;
    size_t limit = 0;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = atoi(argv[++i]);
        else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc)
            limit = (size_t)atol(argv[++i]);
        else
            dir = argv[i];
    }
    if (!dir || rounds < 1) {
        fprintf(stderr,
                "usage: bench_engine [--rounds N] [--only MODE] [--limit N] DIR\n"
                "  MODE: 0 extract, 1 extract + rules, 2 doubled phrases, 3 extract + analyse\n"
                "  (--only is for valgrind --tool=callgrind --toggle-collect=run)\n");
        return 2;
    }
    collect(dir);
    if (limit && ndocs > limit) {
        for (size_t i = limit; i < ndocs; i++) free(docs[i].data);
        ndocs = limit;
    }
    if (!ndocs) {
        fprintf(stderr, "no .docx under %s\n", dir);
        return 2;
    }
    netral_engine *full = engine_with(NULL);
    if (!full) return 1;
    size_t phrases = nt_lexicon_phrase_count(full->lx);
    char tmp[] = "/tmp/netral-bench-XXXXXX";
    if (!mkdtemp(tmp) || write_padding(tmp, phrases) != 0) return 1;
    netral_engine *doubled = engine_with(tmp);
    if (!doubled) return 1;
    size_t phrases2 = nt_lexicon_phrase_count(doubled->lx);

    double best[4] = {1e300, 1e300, 1e300, 1e300};
    size_t fnd[4] = {0}, errs[4] = {0};
    netral_engine *modes[4] = {NULL, full, doubled, full};
    for (int r = 0; r < rounds; r++)
        for (int m = 0; m < 4; m++) {
            if (only >= 0 && m != only) continue;
            double t = run(modes[m], m == 3, &fnd[m], &errs[m]);
            if (t < best[m]) best[m] = t;
        }
    printf("documents: %zu, rules: %zu, phrases: %zu (doubled: %zu)\n", ndocs,
           netral_engine_rule_count(full), phrases, phrases2);
    static const char *const label[4] = {"extract only     ", "extract + rules  ",
                                         "doubled phrases  ", "extract + analyse"};
    for (int m = 0; m < 4; m++) {
        if (only >= 0 && m != only) continue;
        printf("%s %8.3f s CPU  %7.1f docs/s", label[m], best[m], ndocs / best[m]);
        if (m == 3) printf("  (text layer only, no Lua)");
        if (m == 1 || m == 2) printf("  findings %zu, rule errors %zu", fnd[m], errs[m]);
        printf("\n");
    }
    printf("per pass: %llu paragraphs, %llu sent to Lua, %llu rule evaluations\n",
           (unsigned long long)full->n_paras / rounds,
           (unsigned long long)full->n_lua_paras / rounds,
           (unsigned long long)full->n_rule_runs / rounds);
    if (only < 0)
        printf("rules add %.1f%% to extraction; doubling the phrases changes the scan by %+.1f%%\n",
               100.0 * (best[1] - best[0]) / best[0], 100.0 * (best[2] - best[1]) / best[1]);
    nt_engine_free(doubled);
    nt_engine_free(full);
    cleanup_padding(tmp);
    for (size_t i = 0; i < ndocs; i++) free(docs[i].data);
    free(docs);
    return 0;
}
