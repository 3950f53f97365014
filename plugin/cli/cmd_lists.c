/* cmd_lists.c - `netral lists` (every named word list: entries, defining files, users) and
 * `netral lists show NAME` (its entries, by the file that added them). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fputs(L("Pemakaian: netral lists [--rules DIR]...\n"
            "           netral lists show NAMA [--rules DIR]...\n",
            "Usage: netral lists [--rules DIR]...\n"
            "       netral lists show NAME [--rules DIR]...\n"),
          f);
}

static int find_list(const netral_engine *e, const char *name) {
    for (size_t i = 0; i < netral_engine_list_count(e); i++) {
        netral_list_info li = {.size = sizeof li};
        if (netral_engine_list(e, i, &li) == NETRAL_OK && !strcmp(li.name, name)) return (int)i;
    }
    return -1;
}

static void table(const netral_engine *e) {
    size_t n = netral_engine_list_count(e);
    int w = 4;
    for (size_t i = 0; i < n; i++) {
        netral_list_info li = {.size = sizeof li};
        if (netral_engine_list(e, i, &li) == NETRAL_OK && (int)strlen(li.name) > w)
            w = (int)strlen(li.name);
    }
    printf("%-*s  %6s  %s\n", w, L("NAMA", "NAME"), L("ENTRI", "ENTRIES"),
           L("DIDEFINISIKAN DI", "DEFINED IN"));
    for (size_t i = 0; i < n; i++) {
        netral_list_info li = {.size = sizeof li};
        if (netral_engine_list(e, i, &li) != NETRAL_OK) continue;
        printf("%-*s  %6zu  %s\n", w, li.name, li.entries, li.files);
    }
    printf(L("%zu daftar kata\n", "%zu word lists\n"), n);
}

static void show(const netral_engine *e, int k) {
    netral_list_info li = {.size = sizeof li};
    netral_engine_list(e, (size_t)k, &li);
    printf(L("daftar \"%s\": %zu entri\n", "list \"%s\": %zu entries\n"), li.name, li.entries);
    printf(L("dipakai oleh: %s\n", "used by: %s\n"),
           *li.used_by ? li.used_by : L("(tidak ada aturan atau isyarat)", "(no rule or cue)"));
    const char *last = NULL;
    for (size_t j = 0; j < li.entries; j++) {
        const char *src = NULL;
        const char *entry = netral_engine_list_entry(e, (size_t)k, j, &src);
        if (!entry) break;
        if (!last || !src || strcmp(last, src)) printf("  %s:\n", src ? src : "?");
        last = src;
        printf("    %s\n", entry);
    }
}

int cli_lists(int argc, char **argv) {
    const char **dirs = calloc((size_t)argc + 1, sizeof *dirs);
    size_t ndirs = 0;
    const char *name = NULL;
    int want_show = 0;
    if (!dirs) return cli_usage("%s", L("memori tidak cukup", "out of memory"));
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *v = cli_opt_value(argc, argv, &i, "--rules", NULL, &missing);
        if (missing) {
            free(dirs);
            return cli_usage(L("opsi %s memerlukan nilai", "option %s needs a value"), argv[i]);
        }
        if (v) {
            dirs[ndirs++] = v;
            continue;
        }
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(dirs);
            return 0;
        }
        if (!strncmp(a, "--lang=", 7)) {
            cli_set_lang(a + 7);
            continue;
        }
        if (!strcmp(a, "show") && !want_show && !name) {
            want_show = 1;
            continue;
        }
        if (want_show && !name && a[0] != '-') {
            name = a;
            continue;
        }
        free(dirs);
        return cli_usage(L("argumen tidak dikenal: %s", "unknown argument: %s"), a);
    }
    if (want_show && !name) {
        free(dirs);
        usage(stderr);
        return EXIT_USAGE;
    }
    setenv("NETRAL_LANG", cli_lang(), 1);
    int rc;
    netral_engine *e = cli_engine_for(dirs, ndirs, 1, "low", &rc);
    free(dirs);
    if (!e) return rc;
    if (!want_show) {
        table(e);
    } else {
        int k = find_list(e, name);
        if (k < 0) {
            /* name the lists there are, so a typo is easy to fix */
            fprintf(stderr,
                    L("netral: tidak ada daftar kata \"%s\"; yang ada:",
                      "netral: no word list \"%s\"; there are:"),
                    name);
            for (size_t i = 0; i < netral_engine_list_count(e); i++) {
                netral_list_info li = {.size = sizeof li};
                if (netral_engine_list(e, i, &li) == NETRAL_OK)
                    fprintf(stderr, "%s%s", i ? ", " : " ", li.name);
            }
            fputc('\n', stderr);
            netral_engine_free(e);
            return EXIT_USAGE;
        }
        show(e, k);
    }
    netral_engine_free(e);
    return fflush(stdout) ? EXIT_USAGE : 0;
}
