/* cmd_text.c - `netral text [--json] FILE`: the text rules see, "== part ==" then one paragraph
 * per line (or the document model with spans as JSON), through netral_document_text. */
#include "cli.h"

#include <string.h>

int cli_text(int argc, char **argv) {
    int json = 0;
    const char *file = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--json"))
            json = 1;
        else if (!strncmp(a, "--lang=", 7))
            cli_set_lang(a + 7);
        else if (!strcmp(a, "--lang") && i + 1 < argc)
            cli_set_lang(argv[++i]);
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(
                L("Pemakaian: netral text [--json] BERKAS\n", "Usage: netral text [--json] FILE\n"),
                stdout);
            return 0;
        } else if (a[0] == '-' && a[1] && strcmp(a, "--"))
            return cli_usage(L("opsi tidak dikenal: %s", "unknown option: %s"), a);
        else if (!strcmp(a, "--") && i + 1 < argc && !file)
            file = argv[++i];
        else if (file)
            return cli_usage("%s",
                             L("netral text menerima satu BERKAS", "netral text takes one FILE"));
        else
            file = a;
    }
    if (!file)
        return cli_usage("%s", L("BERKAS belum disebut (netral text [--json] BERKAS)",
                                 "no FILE given (netral text [--json] FILE)"));
    char *text = NULL;
    size_t len = 0;
    int rc = netral_document_text(file, json, &text, &len);
    if (rc != NETRAL_OK) {
        cli_err("%s: %s: %s", file, netral_status_name(rc), netral_last_error());
        return EXIT_FLAGGED;
    }
    int bad = (len && fwrite(text, 1, len, stdout) != len) || fflush(stdout) != 0;
    netral_free(text);
    if (bad) {
        cli_err("%s", L("gagal menulis keluaran", "writing the output failed"));
        return EXIT_USAGE;
    }
    return 0;
}
