/* test_report.c - the bounds a report keeps whatever rules hand it (engine.h): strings cut at a
 * UTF-8 boundary with "…", findings capped per rule and per document without a milder verdict,
 * rule errors capped with one closing line. Issue 9 (a 50 MB rule message). */
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

static const char ELL[] = "\xE2\x80\xA6";

static int ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && !memcmp(s + n - t, tail, t);
}

static void test_utf8_cut(void) {
    const char *s = "ab\xC3\xA9"
                    "cd\xE2\x82\xAC"
                    "e"; /* a b é c d € e */
    size_t n = strlen(s);
    CHECK_INT(nt_utf8_cut(s, n, 100), n);
    CHECK_INT(nt_utf8_cut(s, n, 3), 2); /* inside é: back to its start */
    CHECK_INT(nt_utf8_cut(s, n, 4), 4);
    CHECK_INT(nt_utf8_cut(s, n, 7), 6); /* inside €: back to its start */
    CHECK_INT(nt_utf8_cut(s, n, 8), 6);
    CHECK_INT(nt_utf8_cut(s, n, 0), 0);
    char *c = nt_strdup_capped(s, 7); /* 4 bytes fit, then the ellipsis */
    CHECK_STR(c, "ab\xC3\xA9\xE2\x80\xA6");
    free(c);
    c = nt_strdup_capped(s, n);
    CHECK_STR(c, s);
    free(c);
}

static netral_finding finding(const char *rule, const char *sev) {
    return (netral_finding){
        rule,    "endorsement", sev,  0.9, "word/document.xml", "body", 0, 0, 3, "abc", "pesan",
        "dasar", "saran",       NULL, 0};
}

static void test_strings_capped(void) {
    size_t big = 50u << 20; /* the hostile case's 50 MB message */
    char *huge = malloc(big + 1);
    if (!huge) {
        CHECK(!"memory for the test");
        return;
    }
    memset(huge, 'x', big);
    memcpy(huge + NT_REPORT_TEXT_MAX - 4, "\xE2\x82\xAC", 3); /* a € across the cut */
    huge[big] = 0;
    netral_report *r = nt_report_new("x.docx");
    netral_finding f = finding("uji.panjang", "high");
    f.message = f.suggestion = f.basis = f.excerpt = huge;
    char id[1000];
    memset(id, 'r', sizeof id - 1);
    id[sizeof id - 1] = 0;
    f.where = id;
    CHECK_INT(nt_report_add(r, &f), NETRAL_OK);
    const netral_finding *g = &r->findings[0];
    CHECK(strlen(g->message) <= NT_REPORT_TEXT_MAX && ends_with(g->message, ELL));
    CHECK(nt_utf8_valid(g->message, strlen(g->message)));
    CHECK(strlen(g->message) ==
          NT_REPORT_TEXT_MAX - 4 + 3); /* the € did not fit whole: cut before it */
    CHECK(strlen(g->basis) <= NT_REPORT_TEXT_MAX && strlen(g->suggestion) <= NT_REPORT_TEXT_MAX);
    CHECK(strlen(g->excerpt) <= NT_REPORT_EXCERPT_MAX && ends_with(g->excerpt, ELL));
    CHECK(strlen(g->where) <= NT_REPORT_ID_MAX && ends_with(g->where, ELL));
    CHECK_STR(g->rule, "uji.panjang");
    CHECK_INT(g->start, 0);
    CHECK_INT(g->end, 3);
    huge[NT_REPORT_ERROR_MAX * 3] = 0;
    CHECK_INT(nt_report_add_rule_error(r, huge), NETRAL_OK);
    CHECK(strlen(r->rule_errors[0]) <= NT_REPORT_ERROR_MAX);
    nt_report_free(r);
    free(huge);
}

static size_t count_rule(const netral_report *r, const char *rule) {
    size_t n = 0;
    for (size_t i = 0; i < r->nfindings; i++) n += !strcmp(r->findings[i].rule, rule);
    return n;
}

static void test_findings_capped(void) {
    netral_report *r = nt_report_new("x.docx");
    /* one rule floods: capped, noted once, the other rules still get in */
    for (unsigned i = 0; i < NT_REPORT_MAX_PER_RULE * 3; i++) {
        netral_finding f = finding("uji.banjir", "low");
        nt_report_add(r, &f);
    }
    CHECK_INT(count_rule(r, "uji.banjir"), NT_REPORT_MAX_PER_RULE);
    netral_finding other = finding("uji.lain", "low");
    CHECK_INT(nt_report_add(r, &other), NETRAL_OK);
    CHECK_INT(count_rule(r, "uji.lain"), 1);
    /* a more severe finding of the flooding rule is still kept: the verdict must not soften */
    netral_finding worse = finding("uji.banjir", "high");
    nt_report_add(r, &worse);
    CHECK_INT(count_rule(r, "uji.banjir"), NT_REPORT_MAX_PER_RULE + 1);
    CHECK_INT(nt_report_worst(r), NT_SEV_HIGH);
    nt_report_add(r, &worse); /* no longer worse than everything kept */
    CHECK_INT(count_rule(r, "uji.banjir"), NT_REPORT_MAX_PER_RULE + 1);
    CHECK_INT(r->nrule_errors, 1);
    CHECK(r->nrule_errors && strstr(r->rule_errors[0], "uji.banjir") != NULL);
    CHECK_INT(r->dropped_findings, NT_REPORT_MAX_PER_RULE * 2 + 1);

    /* many rules, a few findings each: the per-document cap */
    char id[32];
    for (unsigned i = 0; i < NT_REPORT_MAX_FINDINGS; i++) {
        snprintf(id, sizeof id, "uji.r%u", i);
        netral_finding f = finding(id, "medium");
        nt_report_add(r, &f);
    }
    CHECK_INT(r->nfindings, NT_REPORT_MAX_FINDINGS);
    CHECK_INT(r->nrule_errors, 2);
    nt_report_free(r);
}

/* Strings outside the contract (a document rule may return or edit anything; so may a damaged
 * cache): the finding is refused and the refusal noted. */
static void test_contract_strings(void) {
    netral_report *r = nt_report_new("x.docx");
    netral_finding f = finding("uji.kategori", "high");
    f.category = "bogus";
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f.category = "";
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f.category = NULL;
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f = finding("uji.tingkat", "bogus");
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f = finding(NULL, "high");
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f = finding("", "high");
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    f = finding("uji.bagian", "high");
    f.part = NULL;
    CHECK_INT(nt_report_add(r, &f), NETRAL_E_INVALID_ARG);
    CHECK_INT(r->nfindings, 0);
    CHECK_INT(r->nrule_errors, 7);
    CHECK(r->nrule_errors && strstr(r->rule_errors[0], "uji.kategori") &&
          strstr(r->rule_errors[0], "bogus"));
    f = finding("uji.baik", "info");
    f.category = "letterhead-misuse";
    CHECK_INT(nt_report_add(r, &f), NETRAL_OK);
    CHECK_INT(r->nfindings, 1);
    nt_report_free(r);
}

static void test_rule_errors_capped(void) {
    netral_report *r = nt_report_new("x.docx");
    for (unsigned i = 0; i < NT_REPORT_MAX_RULE_ERRORS * 5; i++) {
        char msg[64];
        snprintf(msg, sizeof msg, "uji.r%u: hostile.lua:9: gagal", i);
        CHECK_INT(nt_report_add_rule_error(r, msg), NETRAL_OK);
    }
    CHECK_INT(r->nrule_errors, NT_REPORT_MAX_RULE_ERRORS + 1);
    CHECK(strstr(r->rule_errors[NT_REPORT_MAX_RULE_ERRORS], "sisanya tidak dicatat") != NULL);
    nt_report_free(r);
}

/* A hostile memo's file name or text must not become a spreadsheet formula in the CSV. */
static void test_csv_formulas(void) {
    netral_report *r = nt_report_new("=cmd|' /C calc'!A0.docx");
    netral_finding f = finding("uji.rumus", "high");
    f.excerpt = "=HYPERLINK(\"http://x.example\",\"klik\")";
    f.message = "+62 812";
    f.basis = "@SUM(1)";
    f.suggestion = "-1";
    CHECK_INT(nt_report_add(r, &f), NETRAL_OK);
    const netral_report *rs[] = {r};
    char *out = NULL;
    size_t len = 0;
    CHECK_INT(netral_render(rs, 1, NETRAL_FORMAT_CSV, &out, &len), NETRAL_OK);
    CHECK(out && strstr(out, "\n'=cmd|' /C calc'!A0.docx,"));
    CHECK(out && strstr(out, ",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\","));
    CHECK(out && strstr(out, ",'+62 812,'@SUM(1),'-1,,,,,,,,\r\n")); /* then the 8 memo columns */
    /* nothing else starts a cell with a formula character */
    for (const char *p = out; p && *p; p++)
        if (p == out || p[-1] == ',' || p[-1] == '\n') CHECK(!strchr("=+@", *p));
    netral_free(out);
    netral_report_free(r);
}

int main(void) {
    test_utf8_cut();
    test_csv_formulas();
    test_strings_capped();
    test_findings_capped();
    test_contract_strings();
    test_rule_errors_capped();
    return tap_done();
}
