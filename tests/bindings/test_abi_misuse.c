/* test_abi_misuse.c - calls every public netral_ function with NULLs and bogus values, through the
 * shared library as a host program would, and checks that each returns a code instead of crashing
 * (plus the good path of the newest ones: netral_text_memory, netral_report_set_path). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral.h"
#include "tap.h"

static void version_and_status(void) {
    CHECK_STR(netral_version(), NETRAL_VERSION_STRING);
    CHECK_STR(netral_status_name(NETRAL_E_NOT_A_ZIP), "not-a-zip");
    CHECK_STR(netral_status_name(NETRAL_E_LIMIT_EXCEEDED), "limit-exceeded");
    CHECK_STR(netral_status_name(NETRAL_E_INVALID_ARG), "invalid-argument");
    CHECK_STR(netral_status_name(NETRAL_E_INTERNAL), "internal");
    CHECK_STR(netral_status_name(-7), "error");
    CHECK(netral_strerror(12345) && *netral_strerror(12345));
    CHECK(netral_strerror(-1) && *netral_strerror(-1));
    for (int s = 0; s <= 30; s++)
        CHECK(netral_strerror(s) != NULL && netral_status_name(s) != NULL);
    CHECK(netral_last_error() != NULL);
}

static void options(void) {
    netral_options_free(NULL);
    CHECK_INT(netral_options_add_rules_dir(NULL, "x"), NETRAL_E_INVALID_ARG);
    CHECK(*netral_last_error() != 0); /* a failed call leaves a message */
    CHECK_INT(netral_options_set_language(NULL, "id"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_limit(NULL, NETRAL_LIMIT_FILE_BYTES, 1), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_min_severity(NULL, "low"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_comment_author(NULL, "a", "b"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_highlight(NULL, 1), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_merge(NULL, 0), NETRAL_E_INVALID_ARG);

    netral_options *o = netral_options_new();
    CHECK(o != NULL);
    if (!o) return;
    CHECK_INT(netral_options_add_rules_dir(o, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_add_rules_dir(o, ""), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_language(o, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_language(o, "klingon"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_language(o, "en"), NETRAL_OK);
    CHECK_STR(netral_last_error(), ""); /* a successful call clears it */
    CHECK_INT(netral_options_set_limit(o, (netral_limit)999, 5), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_limit(o, (netral_limit)-1, 5), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_limit(o, NETRAL_LIMIT_XML_DEPTH, 0), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_limit(o, NETRAL_LIMIT_XML_DEPTH, UINT64_MAX), NETRAL_OK);
    CHECK_INT(netral_options_set_min_severity(o, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_min_severity(o, "catastrophic"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_comment_author(o, NULL, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_comment_author(o, "", "x"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_options_set_comment_author(o, "Pemeriksa", NULL), NETRAL_OK);
    CHECK_INT(netral_options_set_highlight(o, -3), NETRAL_OK);
    netral_options_free(o);
}

static void engine_nulls(void) {
    CHECK_INT(netral_engine_new(NULL, NULL), NETRAL_E_INVALID_ARG);
    netral_engine_free(NULL);
    (void)netral_engine_ruleset_id(NULL); /* must not crash; NULL or "" are both fine */
    CHECK_INT((int)netral_engine_rule_count(NULL), 0);
    netral_rule_info info;
    CHECK_INT(netral_engine_rule(NULL, 0, &info), NETRAL_E_INVALID_ARG);
    int failures = -1;
    char *log = NULL;
    CHECK_INT(netral_engine_test_rules(NULL, &failures, &log), NETRAL_E_INVALID_ARG);
    netral_rule_detail d = {.size = sizeof d};
    CHECK_INT(netral_engine_rule_detail(NULL, 0, &d), NETRAL_E_INVALID_ARG);
    CHECK_INT((int)netral_engine_list_count(NULL), 0);
    netral_list_info li = {.size = sizeof li};
    CHECK_INT(netral_engine_list(NULL, 0, &li), NETRAL_E_INVALID_ARG);
    const char *src = (const char *)0x1;
    CHECK(netral_engine_list_entry(NULL, 0, 0, &src) == NULL && src == NULL);
    char *text = (char *)0x1;
    size_t tlen = 9;
    CHECK_INT(netral_explain_file(NULL, "x.docx", NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    CHECK(text == NULL && tlen == 0); /* out is cleared even on failure */
    CHECK_INT(netral_explain_memory(NULL, "x", 1, NULL, NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_explain_text(NULL, "x", NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    netral_report *r = (netral_report *)0x1;
    CHECK_INT(netral_scan_file(NULL, "x.docx", &r), NETRAL_E_INVALID_ARG);
    CHECK(r == NULL); /* out is cleared even on failure */
    CHECK_INT(netral_scan_memory(NULL, "x", 1, NULL, &r), NETRAL_E_INVALID_ARG);
    void *out = NULL;
    size_t len = 0;
    CHECK_INT(netral_annotate_file(NULL, "a", "b", NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_annotate_memory(NULL, "x", 1, &out, &len, NULL), NETRAL_E_INVALID_ARG);
    char *mtext = (char *)0x1;
    CHECK_INT(netral_text_memory(NULL, "x", 1, &mtext, &len), NETRAL_E_INVALID_ARG);
    CHECK(mtext == NULL);
}

static void report_nulls(void) {
    CHECK_INT(netral_report_status(NULL), NETRAL_E_INVALID_ARG);
    CHECK_STR(netral_report_error(NULL), "");
    CHECK_STR(netral_report_path(NULL), "");
    CHECK_STR(netral_report_verdict(NULL), "error");
    CHECK_INT((int)netral_report_count(NULL), 0);
    CHECK(netral_report_finding(NULL, 0) == NULL);
    CHECK_INT((int)netral_report_rule_error_count(NULL), 0);
    CHECK(netral_report_rule_error(NULL, 0) == NULL);
    netral_report_free(NULL);
    netral_free(NULL);
    CHECK_INT(netral_report_set_path(NULL, "x"), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_format_from_name(NULL), -1);
    CHECK_INT(netral_format_from_name("docx"), -1);
    CHECK_INT(netral_format_from_name("sarif"), NETRAL_FORMAT_SARIF);
    char *s = (char *)0x1;
    size_t n = 99;
    CHECK_INT(netral_render(NULL, 0, NETRAL_FORMAT_JSONL, NULL, &n), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_render(NULL, 3, NETRAL_FORMAT_JSONL, &s, &n), NETRAL_E_INVALID_ARG);
    CHECK(s == NULL && n == 0);
    const netral_report *holes[2] = {NULL, NULL};
    CHECK_INT(netral_render(holes, 2, NETRAL_FORMAT_JSON, &s, &n), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_render(NULL, 0, 77, &s, &n), NETRAL_E_FORMAT);
    CHECK_INT(netral_render(NULL, 0, -1, &s, &n), NETRAL_E_FORMAT);
    /* streaming writer: NULL arguments, an unknown format, a too-short meta; a real run */
    netral_writer *wr = (netral_writer *)0x1;
    CHECK_INT(netral_writer_new(NETRAL_FORMAT_JSON, NULL, NULL, &wr), NETRAL_E_INVALID_ARG);
    CHECK(wr == NULL);
    CHECK_INT(netral_writer_new(NETRAL_FORMAT_JSON, stdout, NULL, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_writer_new(99, stdout, NULL, &wr), NETRAL_E_FORMAT);
    netral_writer_meta short_meta = {0};
    short_meta.size = 1;
    CHECK_INT(netral_writer_new(NETRAL_FORMAT_JSON, stdout, &short_meta, &wr),
              NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_writer_add(NULL, NULL, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_writer_end(NULL, NULL), NETRAL_E_INVALID_ARG);
    netral_writer_discard(NULL);
    {
        char *mem = NULL;
        size_t memlen = 0;
        FILE *f = open_memstream(&mem, &memlen);
        netral_writer_meta wm = {0};
        wm.size = sizeof wm;
        wm.interrupted = 1;
        wm.total = 7;
        CHECK_INT(netral_writer_new(NETRAL_FORMAT_JSON, f, &wm, &wr), NETRAL_OK);
        CHECK_INT(netral_writer_add(wr, NULL, NULL), NETRAL_E_INVALID_ARG);
        CHECK_INT(netral_writer_end(wr, &wm), NETRAL_OK);
        fclose(f);
        CHECK(mem && strstr(mem, "\"interrupted\":true") != NULL);
        free(mem);
    }
    /* document text: NULL arguments, a missing file, a file that is no zip */
    CHECK_INT(netral_document_text(NULL, 0, &s, &n), NETRAL_E_INVALID_ARG);
    CHECK(s == NULL && n == 0);
    CHECK_INT(netral_document_text("samples/se-netralitas-asn.docx", 0, NULL, &n),
              NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_document_text("tidak/ada.docx", 1, &s, &n), NETRAL_E_NOT_FOUND);
    CHECK(s == NULL && *netral_last_error());
    CHECK_INT(netral_document_text("README.md", 0, &s, &n), NETRAL_E_NOT_A_ZIP);
    CHECK_INT(netral_document_text("samples/se-netralitas-asn.docx", 0, &s, &n), NETRAL_OK);
    CHECK(s != NULL && n > 0 && strncmp(s, "== word/document.xml ==", 23) == 0);
    netral_free(s);
    s = NULL;
    /* zero reports is a valid, empty report */
    CHECK_INT(netral_render(NULL, 0, NETRAL_FORMAT_JSON, &s, &n), NETRAL_OK);
    CHECK(s != NULL);
    netral_free(s);
}

/* With a real engine: bad arguments and hostile bytes still give codes or error reports. */
static void engine_bogus(netral_engine *e) {
    netral_report *r = NULL;
    CHECK_INT(netral_scan_file(e, NULL, &r), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_scan_file(e, "x.docx", NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_scan_memory(e, NULL, 10, NULL, &r), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_scan_memory(e, "PK", 2, NULL, NULL), NETRAL_E_INVALID_ARG);
    netral_rule_info info;
    CHECK_INT(netral_engine_rule(e, (size_t)-1, &info), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_engine_rule(e, 0, NULL), NETRAL_E_INVALID_ARG);
    CHECK(netral_engine_ruleset_id(e) != NULL);

    CHECK_INT(netral_scan_file(e, "/nonexistent/netral/memo.docx", &r), NETRAL_OK);
    CHECK_INT(netral_report_status(r), NETRAL_E_NOT_FOUND);
    CHECK_STR(netral_report_verdict(r), "error");
    CHECK(netral_report_finding(r, 0) == NULL && netral_report_finding(r, (size_t)-1) == NULL);
    CHECK(netral_report_rule_error(r, 5) == NULL);
    netral_report_free(r);

    CHECK_INT(netral_scan_memory(e, NULL, 0, NULL, &r), NETRAL_OK); /* empty upload */
    CHECK(netral_report_status(r) != NETRAL_OK);
    CHECK_STR(netral_report_path(r), "<memory>");
    netral_report_free(r);

    static const char junk[] = "PK\x03\x04 this is not really a zip archive";
    CHECK_INT(netral_scan_memory(e, junk, sizeof junk, "junk.docx", &r), NETRAL_OK);
    CHECK_INT(netral_report_status(r), NETRAL_E_NOT_A_ZIP);
    CHECK_STR(netral_report_path(r), "junk.docx");
    netral_report_free(r);

    void *out = (void *)0x1;
    size_t len = 7;
    CHECK_INT(netral_annotate_memory(e, NULL, 0, &out, &len, NULL), NETRAL_E_INVALID_ARG);
    CHECK(out == NULL && len == 0);
    CHECK_INT(netral_annotate_memory(e, junk, sizeof junk, NULL, &len, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_annotate_memory(e, junk, sizeof junk, &out, NULL, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_annotate_memory(e, junk, sizeof junk, &out, &len, &r), NETRAL_E_NOT_A_ZIP);
    CHECK(out == NULL);
    CHECK(r != NULL && netral_report_status(r) == NETRAL_E_NOT_A_ZIP);
    netral_report_free(r);
    CHECK_INT(netral_annotate_file(e, NULL, "b.docx", NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_annotate_file(e, "a.docx", NULL, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_annotate_file(e, "/nonexistent/a.docx", "/nonexistent/a.docx", NULL),
              NETRAL_E_SAME_FILE);
    CHECK_INT(netral_annotate_file(e, "/nonexistent/a.docx", "/nonexistent/b.docx", NULL),
              NETRAL_E_NOT_FOUND);

    netral_rule_detail d = {.size = sizeof d};
    CHECK_INT(netral_engine_rule_detail(e, (size_t)-1, &d), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_engine_rule_detail(e, 0, NULL), NETRAL_E_INVALID_ARG);
    d.size = 1; /* smaller than any version of the struct */
    CHECK_INT(netral_engine_rule_detail(e, 0, &d), NETRAL_E_INVALID_ARG);
    netral_list_info li = {.size = sizeof li};
    CHECK_INT(netral_engine_list(e, (size_t)-1, &li), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_engine_list(e, 0, NULL), NETRAL_E_INVALID_ARG);
    CHECK(netral_engine_list_entry(e, 0, (size_t)-1, NULL) == NULL);
    CHECK(netral_engine_list_entry(e, (size_t)-1, 0, NULL) == NULL);
    char *text = NULL;
    size_t tlen = 0;
    CHECK_INT(netral_explain_file(e, NULL, NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_explain_text(e, NULL, NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_explain_text(e, "Mari coblos paslon 2.", NULL, NULL, &tlen),
              NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_explain_memory(e, NULL, 5, NULL, NULL, &text, &tlen), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_explain_memory(e, junk, sizeof junk, NULL, NULL, &text, &tlen),
              NETRAL_E_NOT_A_ZIP);
    CHECK(text == NULL && *netral_last_error());
    netral_explain_options eo = {.size = 0};
    CHECK_INT(netral_explain_text(e, "Mari coblos paslon 2.", &eo, &text, &tlen),
              NETRAL_E_INVALID_ARG);
    eo = (netral_explain_options){.size = sizeof eo, .paragraph = -2};
    CHECK_INT(netral_explain_text(e, "Mari coblos paslon 2.", &eo, &text, &tlen),
              NETRAL_E_INVALID_ARG);
    eo = (netral_explain_options){.size = sizeof eo, .rule = "endorsement.vote"};
    CHECK_INT(netral_explain_text(e, "Mari coblos paslon 2.", &eo, &text, &tlen),
              NETRAL_E_INVALID_ARG);
    /* names the closest valid ids, and where to see them all */
    CHECK(strstr(netral_last_error(), "endorsement.vote-call") != NULL);
    CHECK(strstr(netral_last_error(), "rules list") != NULL);
    eo = (netral_explain_options){.size = sizeof eo, .paragraph = 3};
    CHECK_INT(netral_explain_text(e, "Satu.\nDua.", &eo, &text, &tlen), NETRAL_E_INVALID_ARG);
    eo = (netral_explain_options){.size = sizeof eo, .paragraph = 2, .json = 1};
    CHECK_INT(netral_explain_text(e, "Satu.\nMari coblos paslon 2.", &eo, &text, &tlen), NETRAL_OK);
    CHECK(text && tlen == strlen(text) && text[0] == '{' && strstr(text, "\"index\":1"));
    netral_free(text);

    /* netral_text_memory: bad arguments, unreadable bytes (the document's code), then a real memo */
    char *ptext = (char *)0x1;
    CHECK_INT(netral_text_memory(e, NULL, 3, &ptext, &len), NETRAL_E_INVALID_ARG);
    CHECK(ptext == NULL);
    CHECK_INT(netral_text_memory(e, junk, sizeof junk, NULL, &len), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_text_memory(e, junk, sizeof junk, &ptext, &len), NETRAL_E_NOT_A_ZIP);
    CHECK(ptext == NULL && *netral_last_error() != 0);
    CHECK_INT(netral_text_memory(e, NULL, 0, &ptext, NULL), NETRAL_E_NOT_A_ZIP);
    FILE *f = fopen("samples/se-dukungan-paslon.docx", "rb");
    static char memo[1 << 16];
    size_t mlen = f ? fread(memo, 1, sizeof memo, f) : 0;
    if (f) fclose(f);
    CHECK(mlen > 0);
    CHECK_INT(netral_text_memory(e, memo, mlen, &ptext, &len), NETRAL_OK);
    CHECK(ptext && strlen(ptext) == len &&
          !strncmp(ptext, "{\"parts\":[{\"name\":\"word/document.xml\"", 36));
    CHECK(ptext && strstr(ptext, "{\"where\":\"body\",\"text\":\"SURAT EDARAN\"}") != NULL);
    CHECK(ptext && strstr(ptext, "\"name\":\"word/header1.xml\"") != NULL);
    netral_free(ptext);
    /* netral_report_set_path renames what every format prints */
    CHECK_INT(netral_scan_memory(e, memo, mlen, NULL, &r), NETRAL_OK);
    CHECK_STR(netral_report_path(r), "<memory>");
    CHECK_INT(netral_report_set_path(r, NULL), NETRAL_E_INVALID_ARG);
    CHECK_INT(netral_report_set_path(r, "Surat Edaran 12.docx"), NETRAL_OK);
    CHECK_STR(netral_report_path(r), "Surat Edaran 12.docx");
    const netral_report *one[1] = {r};
    char *js = NULL;
    CHECK_INT(netral_render(one, 1, NETRAL_FORMAT_JSONL, &js, &len), NETRAL_OK);
    CHECK(js && !strncmp(js, "{\"path\":\"Surat Edaran 12.docx\"", 30));
    netral_free(js);
    netral_report_free(r);

    int rc = netral_engine_test_rules(e, NULL, NULL); /* optional outputs or refused, no crash */
    CHECK(rc == NETRAL_OK || rc == NETRAL_E_INVALID_ARG);
}

static void engine_bad_rules(void) {
    netral_options *o = netral_options_new();
    if (!o) return;
    netral_options_add_rules_dir(o, "/nonexistent/netral-rules");
    netral_engine *e = (netral_engine *)0x1;
    int rc = netral_engine_new(o, &e);
    CHECK_INT(rc, NETRAL_E_RULES);
    CHECK(e == NULL);
    CHECK(strstr(netral_last_error(), "/nonexistent/netral-rules") != NULL);
    netral_options_free(o);
}

int main(void) {
    version_and_status();
    options();
    engine_nulls();
    report_nulls();
    engine_bad_rules();
    netral_engine *e = NULL;
    CHECK_INT(netral_engine_new(NULL, &e), NETRAL_OK);
    if (e) engine_bogus(e);
    netral_engine_free(e);
    return tap_done();
}
