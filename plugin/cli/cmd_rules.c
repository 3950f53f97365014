/* cmd_rules.c - `netral rules list` (an aligned table of the loaded rules and where each comes
 * from, overrides marked), `netral rules test` (every rule's own examples) and `--version`. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static netral_engine *load(const char *const *dirs, size_t n, int *rc) {
    netral_options *o = netral_options_new();
    netral_engine *e = NULL;
    *rc = 0;
    if (!o) {
        *rc = cli_usage("%s", L("memori tidak cukup", "out of memory"));
        return NULL;
    }
    for (size_t i = 0; i < n && !*rc; i++) {
        struct stat st;
        if (stat(dirs[i], &st) != 0 || !S_ISDIR(st.st_mode))
            *rc = cli_usage(L("folder aturan tidak ada: %s", "rule folder not found: %s"), dirs[i]);
        else if (netral_options_add_rules_dir(o, dirs[i]) != NETRAL_OK)
            *rc = cli_usage("%s", netral_last_error());
    }
    netral_options_set_language(o, cli_lang());
    if (!*rc && netral_engine_new(o, &e) != NETRAL_OK)
        *rc = cli_usage(L("aturan gagal dimuat: %s", "rules failed to load: %s"),
                        netral_last_error());
    netral_options_free(o);
    return e;
}

/* Folders from "--rules DIR" / "--rules=DIR" (list) or plain arguments (test). */
static int collect_dirs(int argc, char **argv, int plain, const char ***dirs, size_t *n) {
    *dirs = calloc((size_t)argc + 1, sizeof **dirs);
    *n = 0;
    if (!*dirs) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    for (int i = 2; i < argc; i++) {
        int missing = 0;
        const char *v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing);
        if (missing)
            return cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), argv[i]);
        if (v) {
            (*dirs)[(*n)++] = v;
            continue;
        }
        if (!strncmp(argv[i], "--lang=", 7)) {
            cli_set_lang(argv[i] + 7);
            continue;
        }
        if (!strcmp(argv[i], "--lang") && i + 1 < argc) {
            cli_set_lang(argv[++i]);
            continue;
        }
        if (plain && argv[i][0] != '-') {
            (*dirs)[(*n)++] = argv[i];
            continue;
        }
        return cli_usage(L("argumen tidak dikenal: %s", "unknown argument: %s"), argv[i]);
    }
    return 0;
}

static int builtin_has(const netral_engine *b, const char *id, const char *source) {
    for (size_t i = 0; b && i < netral_engine_rule_count(b); i++) {
        netral_rule_info ri;
        if (netral_engine_rule(b, i, &ri) == NETRAL_OK && ri.id && !strcmp(ri.id, id))
            return ri.source && source && strcmp(ri.source, source) ? 2 : 1;
    }
    return 0;
}

/* The severity column: what scans report. "<=high" for a graded rule (at most high). */
static void severity_cell(const netral_engine *e, size_t i, const netral_rule_info *ri, char *out,
                          size_t cap) {
    netral_rule_detail d = {.size = sizeof d};
    int graded = netral_engine_rule_detail(e, i, &d) == NETRAL_OK && d.graded;
    snprintf(out, cap, "%s%s", graded ? "<=" : "", ri->severity ? ri->severity : "?");
}

static int rules_list(int argc, char **argv) {
    const char **dirs;
    size_t n;
    int rc = collect_dirs(argc, argv, 0, &dirs, &n);
    netral_engine *e = rc ? NULL : load(dirs, n, &rc);
    netral_engine *base = (!rc && n) ? load(NULL, 0, &rc) : NULL;
    free(dirs);
    if (rc) {
        netral_engine_free(e);
        return rc;
    }
    size_t cnt = netral_engine_rule_count(e);
    int w_id = 2, w_cat = 8, w_sev = 8, any_graded = 0;
    for (size_t i = 0; i < cnt; i++) {
        netral_rule_info ri;
        if (netral_engine_rule(e, i, &ri) != NETRAL_OK) continue;
        if (ri.id && (int)strlen(ri.id) > w_id) w_id = (int)strlen(ri.id);
        if (ri.category && (int)strlen(ri.category) > w_cat) w_cat = (int)strlen(ri.category);
    }
    printf("%-*s  %-*s  %-*s  %s\n", w_id, "ID", w_cat, L("KATEGORI", "CATEGORY"), w_sev,
           L("TINGKAT", "SEVERITY"), L("SUMBER", "SOURCE"));
    for (size_t i = 0; i < cnt; i++) {
        netral_rule_info ri;
        if (netral_engine_rule(e, i, &ri) != NETRAL_OK) continue;
        netral_rule_detail d = {.size = sizeof d};
        if (netral_engine_rule_detail(e, i, &d) != NETRAL_OK) memset(&d, 0, sizeof d);
        char sev[32];
        severity_cell(e, i, &ri, sev, sizeof sev);
        any_graded |= d.graded;
        int b = base ? builtin_has(base, ri.id ? ri.id : "", ri.source) : 0;
        printf("%-*s  %-*s  %-*s  %s%s", w_id, ri.id ? ri.id : "?", w_cat,
               ri.category ? ri.category : "?", w_sev, sev, ri.source ? ri.source : "?",
               b == 2       ? L("  (menimpa bawaan)", "  (overrides built-in)")
               : base && !b ? L("  (baru)", "  (new)")
                            : "");
        if (d.changed_by) printf(L("  (diubah oleh %s)", "  (changed by %s)"), d.changed_by);
        putchar('\n');
    }
    printf(L("%zu aturan\n", "%zu rules\n"), cnt);
    if (any_graded)
        printf(
            L("<=: bertingkat; temuan paling tinggi setingkat ini, lebih rendah bila buktinya "
              "lebih lemah\n",
              "<=: graded; findings at most this severity, lower when the evidence is weaker\n"));
    netral_engine_free(base);
    netral_engine_free(e);
    return 0;
}

static int rules_test(int argc, char **argv) {
    const char **dirs;
    size_t n;
    int rc = collect_dirs(argc, argv, 1, &dirs, &n);
    netral_engine *e = rc ? NULL : load(dirs, n, &rc);
    free(dirs);
    if (rc) return rc;
    int failures = 0;
    char *log = NULL;
    int st = netral_engine_test_rules(e, &failures, &log);
    if (log) fputs(log, stdout);
    if (log && *log && log[strlen(log) - 1] != '\n') fputc('\n', stdout);
    netral_free(log);
    netral_engine_free(e);
    if (st != NETRAL_OK) {
        cli_err(L("uji aturan gagal dijalankan: %s", "rule tests could not run: %s"),
                netral_last_error());
        return EXIT_USAGE;
    }
    if (failures) cli_err(L("%d contoh aturan gagal", "%d rule examples failed"), failures);
    return failures ? EXIT_FLAGGED : 0;
}

int cli_rules(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(
            L("Pemakaian: netral rules list [--rules DIR]...\n"
              "           netral rules test [DIR...]\n"
              "           netral rules stats --labels LABELS.json [--rules DIR]... [--json] "
              "DIR...\n",
              "Usage: netral rules list [--rules DIR]...\n"
              "       netral rules test [DIR...]\n"
              "       netral rules stats --labels LABELS.json [--rules DIR]... [--json] DIR...\n"),
            argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    setenv("NETRAL_LANG", cli_lang(), 1);
    if (!strcmp(argv[1], "list")) return rules_list(argc, argv);
    if (!strcmp(argv[1], "test")) return rules_test(argc, argv);
    if (!strcmp(argv[1], "stats")) return cli_rules_stats(argc - 1, argv + 1);
    return cli_usage(L("subperintah rules tidak dikenal: %s (list|test|stats)",
                       "unknown rules subcommand: %s (list|test|stats)"),
                     argv[1]);
}

int cli_version(void) {
    int rc;
    netral_engine *e = load(NULL, 0, &rc);
    printf("netral %s\n", netral_version());
    if (!e) return rc;
    printf(L("set aturan %s (%zu aturan)\n", "rule set %s (%zu rules)\n"),
           netral_engine_ruleset_id(e), netral_engine_rule_count(e));
    netral_engine_free(e);
    return 0;
}
