/* test_cli_units.c - unit tests of the CLI's own pieces: SHA-256 against the FIPS 180-4 vectors,
 * the cache file round trip (every field, NULLs, escapes, key mismatch, damage), annotated-copy
 * paths, document names and the bounded queue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "engine.h"
#include "report.h"
#include "tap.h"

static void hex(const unsigned char d[32], char out[65]) {
    for (int i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

static void sha_of(const char *s, size_t len, char out[65]) {
    cli_sha256 c;
    unsigned char d[32];
    cli_sha256_init(&c);
    cli_sha256_update(&c, s, len);
    cli_sha256_final(&c, d);
    hex(d, out);
}

static void test_sha256(void) {
    char h[65];
    sha_of("", 0, h);
    CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha_of("abc", 3, h);
    CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha_of(m, strlen(m), h);
    CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* one million 'a', fed in uneven pieces to exercise the block buffer */
    cli_sha256 c;
    unsigned char d[32];
    char buf[997];
    memset(buf, 'a', sizeof buf);
    cli_sha256_init(&c);
    size_t left = 1000000;
    while (left) {
        size_t n = left < sizeof buf ? left : sizeof buf;
        cli_sha256_update(&c, buf, n);
        left -= n;
    }
    cli_sha256_final(&c, d);
    hex(d, h);
    CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    char path[] = "/tmp/netral-sha-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0 && write(fd, "abc", 3) == 3);
    close(fd);
    CHECK_INT(cli_sha256_file(path, h), 0);
    CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    unlink(path);
    CHECK(cli_sha256_file("/nonexistent/netral", h) != 0);
}

static netral_report *sample_report(const char *sha) {
    netral_report *r = nt_report_new("a/b.docx");
    netral_finding f = {0};
    f.rule = "endorsement.vote-call";
    f.category = "endorsement";
    f.severity = "high";
    f.confidence = 0.85;
    f.part = "word/document.xml";
    f.where = "body";
    f.paragraph = 7;
    f.start = 12;
    f.end = 40;
    f.excerpt = "tab\there, newline\nback\\slash \\N";
    f.message = "Ajakan memilih.";
    f.basis = "PP 94/2021";
    f.suggestion = NULL;
    nt_report_add(r, &f);
    nt_memo m = {0};
    m.number = "800/1/2024";
    m.subject = "tab\tand\nnewline";
    m.office = "PEMERINTAH KOTA X / DINAS Y";
    nt_report_set_memo(r, &m);
    memcpy(r->sha256, sha, 65);
    return r;
}

static void test_cache(void) {
    const char *sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const char *sha2 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    char path[] = "/tmp/netral-cache-XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    unlink(path);
    int discarded = 0;
    cli_cache *c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
    CHECK(c && !discarded && cli_cache_size(c) == 0);
    netral_report *r = sample_report(sha);
    cli_cache_put(c, r);
    netral_report *e = nt_report_new("broken.docx");
    nt_report_set_error(e, NETRAL_E_NOT_A_ZIP, "bukan zip");
    memcpy(e->sha256, sha2, 65);
    cli_cache_put(c, e);
    netral_report *nf = nt_report_new("gone.docx"); /* not-found: never cached */
    nt_report_set_error(nf, NETRAL_E_NOT_FOUND, "hilang");
    memcpy(nf->sha256, sha2, 65);
    nf->sha256[0] = 'f';
    cli_cache_put(c, nf);
    CHECK_INT(cli_cache_size(c), 2);
    const char *msg;
    CHECK_INT(cli_cache_save(c, &msg), NETRAL_OK);
    cli_cache_free(c);

    c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
    CHECK(c && !discarded && cli_cache_size(c) == 2);
    netral_report *g = cli_cache_get(c, sha, "copy/elsewhere.docx");
    CHECK(g != NULL);
    if (g) {
        CHECK_STR(g->path, "copy/elsewhere.docx");
        CHECK_INT(g->status, NETRAL_OK);
        CHECK_INT(g->nfindings, 1);
        const netral_finding *f = &g->findings[0];
        CHECK_STR(f->rule, "endorsement.vote-call");
        CHECK_STR(f->excerpt, "tab\there, newline\nback\\slash \\N");
        CHECK(f->suggestion == NULL);
        CHECK(f->confidence == 0.85);
        CHECK(f->paragraph == 7 && f->start == 12 && f->end == 40);
        CHECK_STR(f->where, "body");
        CHECK_STR(g->memo.number, "800/1/2024"); /* the memo facts come back, NULLs too */
        CHECK_STR(g->memo.subject, "tab\tand\nnewline");
        CHECK(g->memo.date == NULL && g->memo.signer == NULL);
        /* re-rendered, it is the same JSON as the original */
        nt_buf a, b;
        nt_buf_init(&a);
        nt_buf_init(&b);
        const netral_report *ra[1] = {r}, *rb[1] = {g};
        free(r->path);
        r->path = strdup("copy/elsewhere.docx");
        nt_render(ra, 1, NETRAL_FORMAT_JSONL, &a);
        nt_render(rb, 1, NETRAL_FORMAT_JSONL, &b);
        CHECK_STR(nt_buf_cstr(&b), nt_buf_cstr(&a));
        nt_buf_free(&a);
        nt_buf_free(&b);
        nt_report_free(g);
    }
    g = cli_cache_get(c, sha2, "x.docx");
    CHECK(g && g->status == NETRAL_E_NOT_A_ZIP && !strcmp(g->error, "bukan zip"));
    nt_report_free(g);
    CHECK(cli_cache_get(c, "0000000000000000000000000000000000000000000000000000000000000000",
                        "x") == NULL);
    CHECK(cli_cache_get(c, "not-a-hash", "x") == NULL);
    cli_cache_free(c);

    c = cli_cache_open(path, "ruleset=2 lang=id min-severity=low", &discarded);
    CHECK(c && discarded && cli_cache_size(c) == 0); /* other rules: nothing reused */
    cli_cache_free(c);

    FILE *f = fopen(path, "w");
    fputs("netral-cache\t2\truleset=1 lang=id min-severity=low\nD\tzz\t0\t\nF\tbad\n\xff\xfe\n", f);
    fclose(f);
    c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
    CHECK(c && cli_cache_size(c) == 0); /* damaged entries are dropped, not trusted */
    cli_cache_free(c);

    /* a good file, then damage to one entry: only that entry is dropped (issue 9, corrupt-cache) */
    c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
    cli_cache_put(c, r);
    cli_cache_put(c, e);
    CHECK_INT(cli_cache_save(c, &msg), NETRAL_OK);
    cli_cache_free(c);
    f = fopen(path, "r");
    char good[4096];
    size_t gl = f ? fread(good, 1, sizeof good - 1, f) : 0;
    if (f) fclose(f);
    good[gl] = 0;
    static const struct {
        const char *from, *to;
    } damage[] = {
        {"\t12\t40\t", "\t40\t12\t"},    /* start after end */
        {"\t0.84999", "\tnan\t0.84999"}, /* an extra field */
        {"endorsement\t", "bogus\t"},    /* category outside the contract (and checksum) */
        {"\t7\t12", "\t8\t12"},          /* paragraph moved: only the checksum shows it */
        {"\n"
         "F\t",
         "\nX\t"}, /* unknown record */
    };
    for (size_t k = 0; k < sizeof damage / sizeof damage[0]; k++) {
        char bad[4200];
        const char *at = strstr(good, damage[k].from);
        CHECK(at != NULL);
        if (!at) continue;
        snprintf(bad, sizeof bad, "%.*s%s%s", (int)(at - good), good, damage[k].to,
                 at + strlen(damage[k].from));
        f = fopen(path, "w");
        fputs(bad, f);
        fclose(f);
        c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
        CHECK(c && !discarded && cli_cache_size(c) == 1 && cli_cache_damaged(c) == 1);
        CHECK(c && cli_cache_get(c, sha, "x") == NULL);
        netral_report *kept = c ? cli_cache_get(c, sha2, "x") : NULL;
        CHECK(kept && kept->status == NETRAL_E_NOT_A_ZIP);
        nt_report_free(kept);
        cli_cache_free(c);
    }
    /* the file cut at any byte never yields a report that differs from the original */
    for (size_t cut = 0; cut < gl; cut++) {
        f = fopen(path, "w");
        fwrite(good, 1, cut, f);
        fclose(f);
        c = cli_cache_open(path, "ruleset=1 lang=id min-severity=low", &discarded);
        netral_report *g2 = c ? cli_cache_get(c, sha, "copy/elsewhere.docx") : NULL;
        CHECK(!g2 ||
              (g2->nfindings == 1 && !strcmp(g2->findings[0].excerpt, r->findings[0].excerpt)));
        nt_report_free(g2);
        cli_cache_free(c);
    }
    unlink(path);
    nt_report_free(r);
    nt_report_free(e);
    nt_report_free(nf);
}

static void test_paths(void) {
    char *p = nt_mirror_path("/out", "samples/se-01.docx");
    CHECK_STR(p, "/out/samples/se-01.docx");
    free(p);
    p = nt_mirror_path("/out/", "/home/u/./a.docx");
    CHECK_STR(p, "/out/home/u/a.docx");
    free(p);
    p = nt_mirror_path("out", "../../etc/x.docx");
    CHECK_STR(p, "out/__/__/etc/x.docx");
    free(p);
    CHECK(cli_is_docx_name("a.docx") && cli_is_docx_name("B.DOCX") && cli_is_docx_name("m.DocM"));
    CHECK(!cli_is_docx_name("a.doc") && !cli_is_docx_name(".docx") && !cli_is_docx_name("docx"));
}

static void test_links(void) {
    char *p = cli_relpath("/srv/arsip/2024/se.docx", "/home/u/laporan");
    CHECK_STR(p, "../../../srv/arsip/2024/se.docx");
    free(p);
    p = cli_relpath("/a/b/out/x.docx", "/a/b");
    CHECK_STR(p, "out/x.docx");
    free(p);
    p = cli_relpath("/a/bc/x", "/a/b"); /* a shared prefix that is not a whole component */
    CHECK_STR(p, "../bc/x");
    free(p);
    p = cli_relpath("/a/b", "/a/b");
    CHECK_STR(p, ".");
    free(p);
    p = cli_relpath("/x/y.docx", "/");
    CHECK_STR(p, "x/y.docx");
    free(p);
    p = cli_abspath("/a/./b/../c//d/");
    CHECK_STR(p, "/a/c/d");
    free(p);
    p = cli_abspath("/../..");
    CHECK_STR(p, "/");
    free(p);
    char *cwd = getcwd(NULL, 0), want[4096];
    snprintf(want, sizeof want, "%s/x/y", cwd);
    p = cli_abspath("./x/z/../y");
    CHECK_STR(p, want);
    free(p);
    free(cwd);
    p = cli_partial_name("out/laporan.html");
    CHECK_STR(p, "out/laporan.partial.html");
    free(p);
    p = cli_partial_name("scan.jsonl");
    CHECK_STR(p, "scan.partial.jsonl");
    free(p);
    p = cli_partial_name("dir.v2/report");
    CHECK_STR(p, "dir.v2/report.partial");
    free(p);
    p = cli_partial_name(".hidden");
    CHECK_STR(p, ".hidden.partial");
    free(p);
    CHECK(nt_skip_kind("a.DOC") == NT_SKIP_DOC && nt_skip_kind("b.Pdf") == NT_SKIP_PDF &&
          nt_skip_kind("c.odt") == NT_SKIP_ODT && nt_skip_kind("d.rtf") == NT_SKIP_RTF);
    CHECK(nt_skip_kind("a.docx") < 0 && nt_skip_kind("doc") < 0 && nt_skip_kind("a.txt") < 0);
}

static void test_queue(void) {
    cli_queue q;
    CHECK_INT(cli_queue_init(&q, 2), 0);
    int a = 1, b = 2;
    void *p;
    CHECK_INT(cli_queue_push(&q, &a), 0);
    CHECK_INT(cli_queue_push(&q, &b), 0);
    CHECK_INT(cli_queue_pop_timed(&q, &p, 10), 1);
    CHECK(p == &a);
    cli_queue_close(&q);
    CHECK_INT(cli_queue_push(&q, &a), -1);
    CHECK_INT(cli_queue_pop(&q, &p), 1); /* closed queues still drain */
    CHECK(p == &b);
    CHECK_INT(cli_queue_pop(&q, &p), 0);
    CHECK_INT(cli_queue_pop_timed(&q, &p, 10), 0);
    cli_queue_destroy(&q, NULL);
    CHECK_INT(cli_queue_init(&q, 4), 0);
    CHECK_INT(cli_queue_pop_timed(&q, &p, 10), -1); /* timeout */
    cli_queue_abort(&q);
    CHECK_INT(cli_queue_push(&q, &a), -1);
    cli_queue_destroy(&q, NULL);
}

int main(void) {
    test_sha256();
    test_cache();
    test_paths();
    test_links();
    test_queue();
    return tap_done();
}
