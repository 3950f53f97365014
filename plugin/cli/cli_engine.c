/* cli_engine.c - an engine for the authoring commands (explain, lists, rules stats): the built-in
 * rules plus --rules folders, the message language, a minimum severity, merging overlaps or not. */
#include "cli.h"

#include <stdlib.h>
#include <sys/stat.h>

netral_engine *cli_engine_for(const char *const *dirs, size_t n, int merge,
                              const char *min_severity, int *rc) {
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
    netral_options_set_merge(o, merge);
    netral_options_set_min_severity(o, min_severity);
    if (!*rc && netral_engine_new(o, &e) != NETRAL_OK)
        *rc = cli_usage(L("aturan gagal dimuat: %s", "rules failed to load: %s"),
                        netral_last_error());
    netral_options_free(o);
    return e;
}
