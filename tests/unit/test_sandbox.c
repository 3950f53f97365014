/* test_sandbox.c - hostile and broken rules: endless loops (even under pcall), memory hogs,
 * attempts to run commands or open files, typos and bad files at load time, rule folders. */
#include "tap.h"

#include <unistd.h>

#include "engine_fixture.h"

#define ESCAPED "/tmp/netral-sandbox-escaped"

static netral_engine *limited(const char *dir, uint64_t instructions, uint64_t memory) {
    struct netral_options o;
    nt_options_init(&o);
    if (instructions) o.rule_instructions = instructions;
    if (memory) o.lua_memory = memory;
    nt_err err;
    netral_engine *e = fx_engine_opts(&o, &err, FIX "basic", dir, NULL, NULL);
    if (!e) fprintf(stderr, "  engine: %s\n", err.msg);
    nt_options_clear(&o);
    return e;
}

static void test_endless_loop(void) {
    netral_engine *e = limited(FIX "loop", 2000000, 0);
    CHECK(e != NULL);
    if (!e) return;
    for (int round = 0; round < 2; round++) { /* the budget is per document: both are stopped */
        netral_report *r = fx_scan(e, "Kami mendukung paslon 2.\nPaslon 3 juga.");
        const char *err = fx_rule_error(r, "fx.loop: ");
        CHECK(err != NULL);
        CHECK(err && strstr(err, FIX "loop/rules/loop.lua:") != NULL);
        CHECK(err && strstr(err, "batas instruksi terlampaui") != NULL);
        CHECK_INT(r->nrule_errors, 1); /* reported once, then the rule sits out this document */
        /* The other rules still ran, on both paragraphs. */
        CHECK_INT(fx_count(r, "fx.after-loop"), 2);
        CHECK_INT(fx_count(r, "fx.support"), 1);
        if (r->nrule_errors != 1) fx_dump(r);
        nt_report_free(r);
    }
    nt_engine_free(e);
}

static void test_memory_hog(void) {
    netral_engine *e = limited(FIX "memhog", 0, 64u << 20);
    CHECK(e != NULL);
    if (!e) return;
    for (int round = 0; round < 2; round++) {
        netral_report *r = fx_scan(e, "Kami mendukung paslon 2.");
        const char *err = fx_rule_error(r, "fx.memhog: ");
        CHECK(err != NULL);
        CHECK(err && strstr(err, FIX "memhog/rules/memhog.lua:") != NULL);
        CHECK(err && strstr(err, "memori") != NULL);
        CHECK_INT(fx_count(r, "fx.after-hog"), 1);
        CHECK_INT(fx_count(r, "fx.support"), 1);
        if (!err) fx_dump(r);
        nt_report_free(r);
    }
    nt_engine_free(e);
}

static void test_escapes_at_scan_time(void) {
    unlink(ESCAPED);
    netral_engine *e = limited(FIX "escape", 2000000, 0);
    CHECK(e != NULL);
    if (!e) return;
    netral_report *r = fx_scan(e, "Kami mendukung paslon 2.");
    static const char *const ids[] = {"fx.os-execute", "fx.io-open",    "fx.require-ffi",
                                      "fx.require-io", "fx.bytecode",   "fx.string-dump",
                                      "fx.gc",         "fx.debug",      "fx.loadlib",
                                      "fx.dofile",     "fx.string-meta"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        char needle[64];
        snprintf(needle, sizeof needle, "%s: ", ids[i]);
        const char *err = fx_rule_error(r, needle);
        CHECK(err != NULL);
        if (!err) fprintf(stderr, "  no rule error for %s\n", ids[i]);
        CHECK_INT(fx_count(r, ids[i]), 0);
        CHECK(err && strstr(err, FIX "escape/rules/escape.lua:") != NULL);
    }
    CHECK(fx_rule_error(r, "modul 'ffi' tidak ditemukan") != NULL);
    CHECK(fx_rule_error(r, "__gc tidak diizinkan") != NULL);
    CHECK(fx_rule_error(r, "mode \"t\"") != NULL);
    CHECK(access(ESCAPED, F_OK) != 0);
    CHECK_INT(fx_count(r, "fx.support"), 1);
    nt_report_free(r);
    nt_engine_free(e);
}

/* A folder that must not load; its error message must contain every needle. */
static void expect_load_error(const char *dir, const char *n1, const char *n2, const char *n3) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", dir);
    CHECK(e == NULL);
    CHECK_INT(err.code, NETRAL_E_RULES);
    const char *needles[] = {n1, n2, n3};
    for (int i = 0; i < 3; i++) {
        if (!needles[i]) continue;
        int ok = strstr(err.msg, needles[i]) != NULL;
        CHECK(ok);
        if (!ok) fprintf(stderr, "  %s: \"%s\" lacks \"%s\"\n", dir, err.msg, needles[i]);
    }
    nt_engine_free(e);
}

static void test_load_errors(void) {
    expect_load_error(FIX "typo", FIX "typo/rules/typo.lua:3: ", "'severty'", "'severity'");
    expect_load_error(FIX "unknown_list",
                      FIX "unknown_list/rules/unknown.lua:5: ", "'no_such_list'", NULL);
    expect_load_error(FIX "bad_category", FIX "bad_category/fx.lua:2: ", "'endorsment'",
                      "'endorsement'");
    expect_load_error(FIX "bad_syntax", FIX "bad_syntax/fx.lua:3: ", NULL, NULL);
    expect_load_error(FIX "bytecode", FIX "bytecode/fx.lua", "bytecode", NULL);
    unlink(ESCAPED);
    expect_load_error(FIX "toplevel_exec", FIX "toplevel_exec/fx.lua:2: ", "execute", NULL);
    CHECK(access(ESCAPED, F_OK) != 0);
    expect_load_error(FIX "dup_same", FIX "dup_same/rules/b.lua:2: ", "fx.dup",
                      "sudah didefinisikan di " FIX "dup_same/rules/a.lua:2");
    expect_load_error(FIX "no-such-folder", FIX "no-such-folder", "tidak ditemukan", NULL);
    { /* the same typo, for an English-speaking rule author */
        struct netral_options o;
        nt_options_init(&o);
        strcpy(o.lang, "en");
        nt_err err;
        netral_engine *e = fx_engine_opts(&o, &err, FIX "basic", FIX "typo", NULL, NULL);
        CHECK(e == NULL);
        CHECK(strstr(err.msg,
                     "typo.lua:3: rule: unknown field 'severty' (did you mean 'severity'?)") !=
              NULL);
        nt_engine_free(e);
        nt_options_clear(&o);
    }
    /* An endless loop at the top level of a rule file stops loading too. */
    char dir[] = "/tmp/netral-fx-XXXXXX";
    if (mkdtemp(dir)) {
        char path[256];
        snprintf(path, sizeof path, "%s/spin.lua", dir);
        FILE *f = fopen(path, "w");
        if (f) {
            fputs("-- spin\nwhile true do end\n", f);
            fclose(f);
        }
        struct netral_options o;
        nt_options_init(&o);
        o.rule_instructions = 1000000;
        nt_err err;
        netral_engine *e = fx_engine_opts(&o, &err, dir, NULL, NULL, NULL);
        CHECK(e == NULL);
        CHECK(strstr(err.msg, "spin.lua:2: ") != NULL);
        CHECK(strstr(err.msg, "batas instruksi") != NULL);
        nt_engine_free(e);
        nt_options_clear(&o);
        unlink(path);
        rmdir(dir);
    }
}

static void test_env_folders(void) {
    setenv("NETRAL_RULES", FIX "basic", 1);
    nt_err err;
    netral_engine *e = fx_engine(&err, NULL, NULL);
    CHECK(e != NULL);
    CHECK(e && fx_rule_info(e, "fx.support", NULL, NULL));
    nt_engine_free(e);
    /* Environment folders come first: an option folder overrides them. */
    e = fx_engine(&err, FIX "override", NULL);
    netral_rule_info info;
    CHECK(e && fx_rule_info(e, "fx.support", &info, NULL) && strcmp(info.severity, "low") == 0);
    nt_engine_free(e);
    unsetenv("NETRAL_RULES");
}

int main(void) {
    test_endless_loop();
    test_memory_hog();
    test_escapes_at_scan_time();
    test_load_errors();
    test_env_folders();
    return tap_done();
}
