/* test_engine.c - the rule engine as a rule author sees it: stems, obfuscation, proximity,
 * cues (prohibition, lead-in lists, negation, reported speech), overrides, document rules, rules test. */
#include "tap.h"

#include "engine_fixture.h"
#include "engine_int.h" /* counters: which paragraphs reached Lua */

static netral_engine *basic;

/* Expect exactly `want` findings of rule `id` for `body`; dump on mismatch. */
static const netral_finding *expect(const char *body, const char *id, int want,
                                    netral_report **keep) {
    netral_report *r = fx_scan(basic, body);
    int n = fx_count(r, id);
    CHECK_INT(n, want);
    if (n != want) {
        fprintf(stderr, "  for %s on \"%s\":\n", id, body);
        fx_dump(r);
    }
    CHECK_INT(r->nrule_errors, 0);
    if (r->nrule_errors) fx_dump(r);
    const netral_finding *f = fx_find(r, id);
    if (keep)
        *keep = r;
    else
        nt_report_free(r);
    return keep ? f : NULL;
}

static void test_loading(void) {
    netral_rule_info info;
    size_t idx;
    CHECK(fx_rule_info(basic, "fx.support", &info, &idx));
    CHECK_STR(info.source, FIX "basic/rules/fx.lua:5");
    CHECK_STR(info.category, "endorsement");
    CHECK_STR(info.severity, "high");
    CHECK_STR(info.message, "Dukungan kepada paslon.");
    CHECK_STR(info.basis, "fixture");
    CHECK(nt_engine_rule_overrides(basic, idx) == NULL);
    CHECK(netral_engine_rule(basic, netral_engine_rule_count(basic), &info) ==
          NETRAL_E_INVALID_ARG);
    const char *id = netral_engine_ruleset_id(basic);
    CHECK_INT(strlen(id), 32);

    nt_err err;
    netral_engine *plain = fx_engine(&err, NULL, NULL);
    CHECK(plain != NULL);
    CHECK(!fx_rule_info(plain, "fx.support", NULL, NULL));
    CHECK(strcmp(netral_engine_ruleset_id(plain), id) != 0);
    netral_engine *again = fx_engine(&err, FIX "basic", NULL);
    CHECK_STR(netral_engine_ruleset_id(again), id);
    nt_engine_free(again);
    nt_engine_free(plain);
}

static void test_matching(void) {
    netral_report *r;
    const char *body = "Seluruh staf mendukung pasangan calon nomor urut 02.";
    const netral_finding *f = expect(body, "fx.support", 1, &r);
    if (f) {
        /* Anchored from the first to the last word of the match: the stemmed verb to the pair. */
        CHECK_STR(f->excerpt, "mendukung pasangan calon");
        CHECK_INT(f->start, 13);
        CHECK_INT(f->end, 37);
        CHECK_STR(f->severity, "high");
        CHECK_STR(f->category, "endorsement");
        CHECK_STR(f->part, "word/document.xml");
        CHECK_STR(f->where, "body");
        CHECK_INT(f->paragraph, 0);
        CHECK_STR(f->message, "Dukungan kepada paslon.");
        CHECK_STR(f->suggestion, "Hapus.");
        CHECK(f->confidence > 0.79 && f->confidence < 0.81);
    }
    nt_report_free(r);

    expect("Pegawai didukung paslon nomor 2 agar menang.", "fx.support", 1, NULL); /* di- prefix */
    expect("Dukungannya untuk paslon jelas.", "fx.support", 1, NULL);              /* -an-nya */
    f = expect("Ayo c0blos paslon 1!", "fx.vote", 1, &r);                          /* obfuscated */
    if (f) {
        CHECK_STR(f->excerpt, "c0blos paslon");
        CHECK_STR(f->severity, "medium");
        CHECK(f->confidence > 0.69 && f->confidence < 0.71);
    }
    nt_report_free(r);
    expect("Ayo c-o-b-l-o-s paslon 1!", "fx.vote", 1, NULL);                  /* spaced out */
    expect("Pilihlah paslon 3.", "fx.vote", 1, NULL);                         /* =exact entry */
    expect("Pilih paslon 3.", "fx.vote", 0, NULL);                            /* exact: no stem */
    expect("Paslon 1, coblos!", "fx.vote", 0, NULL);                          /* before(): order */
    expect("Kami mendukung program. Paslon 2 hadir.", "fx.support", 0, NULL); /* other sentence */
    expect("Kami mendukung satu dua tiga empat lima paslon 2.", "fx.support", 0,
           NULL); /* beyond near(4) */
    /* near()/before() over two plain lists are decided in C: too far apart, fx.vote is not even
     * sent to Lua (a built-in rule runs on both texts alike; the near one runs fx.vote too). */
    unsigned long long runs0 = (unsigned long long)basic->n_rule_runs;
    expect("Pilihlah bahan rapat hari Senin sesuai daftar nomor urut 5.", "fx.vote", 0, NULL);
    unsigned long long far = (unsigned long long)basic->n_rule_runs - runs0;
    runs0 = (unsigned long long)basic->n_rule_runs;
    expect("Pilihlah nomor urut 5.", "fx.vote", 1, NULL);
    unsigned long long close = (unsigned long long)basic->n_rule_runs - runs0;
    CHECK_INT((long long)(close - far), 1);
    expect("Kami mendukung satu dua tiga paslon 2.", "fx.support", 1, NULL); /* within near(4) */
}

static void test_when(void) {
    /* `when` runs before matching: false skips the rule for that paragraph. */
    uint64_t t0 = basic->n_hit_tables;
    expect("Apel siaga pagi ini.", "fx.when", 1, NULL);
    CHECK(basic->n_hit_tables > t0); /* matching needed the paragraph's hits */
    t0 = basic->n_hit_tables;
    expect("LEWATI apel siaga pagi ini.", "fx.when", 0, NULL);
    /* ... a paragraph whose only rule stops at `when` builds none */
    CHECK_INT(basic->n_hit_tables - t0, 0);
}

static void test_cues(void) {
    /* The issue's own example, with a fixture rule and with the whole built-in rule set. */
    expect("Mari mengajak keluarga memilih pasangan calon nomor urut 2.", "fx.invite", 1, NULL);
    netral_report *all = fx_scan(basic, "ASN dilarang mengajak memilih pasangan calon.");
    /* fx.staff-call has no cues on purpose: it is the only one allowed to fire. */
    CHECK_INT(all->nfindings, fx_count(all, "fx.staff-call"));
    CHECK_INT(all->nrule_errors, 0);
    if (all->nfindings != (size_t)fx_count(all, "fx.staff-call")) fx_dump(all);
    nt_report_free(all);
    /* Prohibition before the match in the same sentence. */
    expect("ASN dilarang mendukung pasangan calon.", "fx.support", 0, NULL);
    expect("ASN tidak diperkenankan mendukung pasangan calon.", "fx.support", 0, NULL);
    expect("Hindari mendukung paslon mana pun.", "fx.support", 0, NULL);
    /* ... but not when it is in another sentence, or part of an appeal. */
    expect("ASN dilarang berbohong. Kami mendukung paslon 2.", "fx.support", 1, NULL);
    expect("Jangan lupa dukung paslon 2!", "fx.support", 1, NULL);
    /* Items under a lead-in that ends with ':' and carries a prohibition. */
    netral_report *r;
    expect("Pegawai ASN dilarang:\n1. mendukung pasangan calon;\n2. memakai atribut partai.",
           "fx.support", 0, NULL);
    expect("Pegawai ASN dilarang:\na) menghadiri apel;\n- mendukung pasangan calon.", "fx.support",
           0, NULL);
    const netral_finding *f =
        expect("Pegawai ASN diminta:\n1. mendukung pasangan calon;", "fx.support", 1, &r);
    if (f) CHECK_INT(f->paragraph, 1);
    nt_report_free(r);
    /* The lead-in stops at the first paragraph that is not an item. */
    f = expect("ASN dilarang:\n1. berbohong;\nDemikian.\nKami mendukung paslon 2.", "fx.support", 1,
               &r);
    if (f) CHECK_INT(f->paragraph, 3);
    nt_report_free(r);
    /* Negation close before the first hit; "tidak lupa" is not a negation. */
    expect("Kami tidak mendukung paslon mana pun.", "fx.support", 0, NULL);
    expect("Kami tidak lupa mendukung paslon 2.", "fx.support", 1, NULL);
    /* Reported speech anywhere in the sentence. */
    expect("Kepala dinas diduga mendukung paslon 2.", "fx.support", 0, NULL);
    expect("Mendukung paslon 2, kata terlapor.", "fx.support", 0, NULL);
}

static void test_paragraph_scope_and_check(void) {
    /* all() over the whole paragraph, with without(). */
    expect("Pegawai hadir. Paslon 2 datang.", "fx.staff-call", 1, NULL);
    expect("Pegawai cuti. Paslon 2 datang.", "fx.staff-call", 0, NULL);
    netral_report *r;
    const netral_finding *f = expect("Pegawai RAHASIA paslon 2.", "fx.staff-call", 1, &r);
    if (f) {
        CHECK_STR(f->severity, "high"); /* the declared severity: the check lowered nothing */
        CHECK_STR(f->message, "rahasia");
    }
    nt_report_free(r);
    f = expect("Pegawai bertemu paslon 2.", "fx.staff-call", 1, &r);
    if (f) CHECK_STR(f->severity, "low");
    nt_report_free(r);
}

static void test_min_severity_and_at_least(void) {
    /* at_least(2, ...) is an info rule: dropped at the default minimum (low)... */
    expect("Silakan unggah dan bagikan.", "fx.two-of-three", 0, NULL);
    /* ... and reported with min_severity info; one of three is not enough. */
    struct netral_options o;
    nt_options_init(&o);
    o.min_severity = NT_SEV_INFO;
    nt_err err;
    netral_engine *e = fx_engine_opts(&o, &err, FIX "basic", NULL, NULL, NULL);
    CHECK(e != NULL);
    netral_report *r = fx_scan(e, "Silakan unggah dan bagikan.");
    CHECK_INT(fx_count(r, "fx.two-of-three"), 1);
    nt_report_free(r);
    r = fx_scan(e, "Silakan unggah saja.");
    CHECK_INT(fx_count(r, "fx.two-of-three"), 0);
    nt_report_free(r);
    nt_engine_free(e);
    nt_options_clear(&o);
}

static void test_language(void) {
    struct netral_options o;
    nt_options_init(&o);
    strcpy(o.lang, "en");
    nt_err err;
    netral_engine *e = fx_engine_opts(&o, &err, FIX "basic", NULL, NULL, NULL);
    CHECK(e != NULL);
    netral_report *r = fx_scan(e, "Kami mendukung paslon 2.");
    const netral_finding *f = fx_find(r, "fx.support");
    CHECK(f && strcmp(f->message, "Support for a candidate.") == 0);
    nt_report_free(r);
    /* A rule without an English message falls back to Indonesian. */
    r = fx_scan(e, "Ayo coblos paslon 1!");
    f = fx_find(r, "fx.vote");
    CHECK(f && strcmp(f->message, "Ajakan mencoblos.") == 0);
    nt_report_free(r);
    nt_engine_free(e);
    nt_options_clear(&o);
}

static void test_override(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", FIX "override");
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "  %s\n", err.msg);
        return;
    }
    CHECK_INT(netral_engine_rule_count(e), netral_engine_rule_count(basic));
    netral_rule_info info;
    size_t idx;
    CHECK(fx_rule_info(e, "fx.support", &info, &idx));
    CHECK_STR(info.source, FIX "override/rules/fx_override.lua:2");
    CHECK_STR(info.severity, "low");
    CHECK_STR(nt_engine_rule_overrides(e, idx), FIX "basic/rules/fx.lua:5");
    /* The replacement's own match: the verb alone, even under a prohibition (no cues). */
    netral_report *r = fx_scan(e, "ASN dilarang mendukung siapa pun.");
    const netral_finding *f = fx_find(r, "fx.support");
    CHECK(f && strcmp(f->severity, "low") == 0 && strcmp(f->excerpt, "mendukung") == 0);
    nt_report_free(r);
    nt_engine_free(e);
}

/* Declared severity is the most a rule reports; override "id" { ... } changes it without code. */
static void test_severity_and_override_form(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", FIX "severity");
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "  %s\n", err.msg);
        return;
    }
    netral_report *r = fx_scan(e, "Pegawai memuji paslon 2.");
    const netral_finding *f = fx_find(r, "fx.raises");
    CHECK(f && strcmp(f->severity, "medium") == 0); /* its check said high */
    f = fx_find(r, "fx.doc-raises");
    CHECK(f && strcmp(f->severity, "low") == 0); /* its document rule said high */
    nt_report_free(r);
    /* An override's message wins over the one a check returns. */
    r = fx_scan(e, "Pegawai RAHASIA paslon 2.");
    f = fx_find(r, "fx.staff-call");
    CHECK(f && strcmp(f->message, "Diganti.") == 0 && strcmp(f->severity, "high") == 0);
    nt_report_free(r);
    /* The override lowered fx.support to low and gave it another message. */
    r = fx_scan(e, "Seluruh staf mendukung pasangan calon nomor urut 02.");
    f = fx_find(r, "fx.support");
    CHECK(f && strcmp(f->severity, "low") == 0 && strcmp(f->message, "Diubah.") == 0);
    nt_report_free(r);
    netral_rule_info info;
    size_t idx;
    CHECK(fx_rule_info(e, "fx.support", &info, &idx));
    CHECK_STR(info.severity, "low");
    CHECK_STR(info.message, "Diubah.");
    CHECK_STR(info.source, FIX "basic/rules/fx.lua:5"); /* still the original definition */
    netral_rule_detail d = {.size = sizeof d};
    CHECK_INT(netral_engine_rule_detail(e, idx, &d), NETRAL_OK);
    CHECK_STR(d.changed_by, FIX "severity/overrides.lua:3");
    CHECK(d.replaces == NULL && !d.graded && !d.document);
    CHECK_STR(d.scope, "sentence");
    CHECK(fx_rule_info(e, "fx.staff-call", &info, &idx));
    CHECK_INT(netral_engine_rule_detail(e, idx, &d), NETRAL_OK);
    CHECK(d.graded);
    CHECK_STR(d.changed_by, FIX "severity/overrides.lua:4");
    CHECK_STR(d.scope, "paragraph");
    /* An older caller's smaller struct gets only its own fields. */
    struct {
        size_t size;
        int graded;
    } old = {sizeof old, 7};
    CHECK_INT(netral_engine_rule_detail(e, idx, (netral_rule_detail *)&old), NETRAL_OK);
    CHECK_INT(old.graded, 1);
    nt_engine_free(e);
    /* Bad overrides fail the load with file:line. */
    static const struct {
        const char *dir, *want;
    } bad[] = {
        {FIX "override_unknown", "override_unknown/o.lua:1: override \"fx.suport\""},
        {FIX "override_field",
         "override_field/o.lua:2: override \"fx.support\": field tidak dikenal 'severty'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        netral_engine *x = fx_engine(&err, FIX "basic", bad[i].dir);
        CHECK(x == NULL);
        CHECK(strstr(err.msg, bad[i].want) != NULL);
        if (!strstr(err.msg, bad[i].want)) fprintf(stderr, "  got: %s\n", err.msg);
        nt_engine_free(x);
    }
}

/* One finding per category per span: overlapping same-category findings merge into the
 * strongest, which lists the others in `also`; keep_overlaps (netral_options_set_merge(0)) and
 * the unit tests' fixture engines keep them apart. */
static void test_merge_overlaps(void) {
    const char *text = "Mari ajak mendukung paslon 2.";
    netral_report *r = fx_scan(basic, text);
    CHECK_INT(fx_count(r, "fx.invite"), 1);
    CHECK_INT(fx_count(r, "fx.support"), 1);
    nt_report_free(r);
    basic->opts.keep_overlaps = 0;
    r = fx_scan(basic, text);
    /* fx.invite, fx.support and the built-in endorsement.support (0.9, the most confident)
     * overlap: one endorsement finding is left, naming the other two. */
    const netral_finding *f = NULL;
    int n = 0;
    for (size_t i = 0; i < r->nfindings; i++)
        if (!strcmp(r->findings[i].category, "endorsement")) {
            f = &r->findings[i];
            n++;
        }
    CHECK_INT(n, 1);
    CHECK(f && !strcmp(f->rule, "endorsement.support") && f->nalso == 2);
    if (f && f->nalso == 2) {
        CHECK_STR(f->also[0], "fx.invite"); /* in report order */
        CHECK_STR(f->also[1], "fx.support");
    }
    char *json = NULL;
    size_t len = 0;
    const netral_report *one = r;
    CHECK_INT(netral_render(&one, 1, NETRAL_FORMAT_JSONL, &json, &len), NETRAL_OK);
    CHECK(json && strstr(json, "\"also\":[\"fx.invite\",\"fx.support\"]"));
    netral_free(json);
    nt_report_free(r);
    /* Another category on the same words stays its own finding. */
    r = fx_scan(basic, "Pegawai diajak mendukung paslon 2.");
    int cats = 0;
    for (size_t i = 0; i < r->nfindings; i++)
        cats += strcmp(r->findings[i].category, "endorsement") != 0;
    CHECK(cats >= 1);
    for (size_t i = 0; i < r->nfindings; i++)
        for (size_t k = i + 1; k < r->nfindings; k++) {
            const netral_finding *a = &r->findings[i], *b = &r->findings[k];
            CHECK(!(a->paragraph == b->paragraph && !strcmp(a->category, b->category) &&
                    a->start < b->end && b->start < a->end));
        }
    nt_report_free(r);
    basic->opts.keep_overlaps = 1;
}

static void test_document_rule(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", FIX "docrule");
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "  %s\n", err.msg);
        return;
    }
    netral_report *r = fx_scan2(e, "PEMERINTAH KABUPATEN CONTOH\nDINAS X",
                                "Nota dinas\nPegawai mendukung paslon 2.");
    const netral_finding *kop = fx_find(r, "fx.kop");
    CHECK_INT(fx_count(r, "fx.kop"), 1); /* returned twice, deduplicated */
    if (kop) {
        CHECK_STR(kop->category, "letterhead-misuse");
        CHECK_STR(kop->severity, "high");
        CHECK_STR(kop->message, "kop: fx.support");
        CHECK_INT(kop->paragraph, 1);
        CHECK_STR(kop->excerpt, "mendukung paslon");
    }
    CHECK_INT(fx_count(r, "fx.support"), 1);
    nt_report_free(r);
    /* Without the letterhead: no kop finding. */
    r = fx_scan(e, "Nota dinas\nPegawai mendukung paslon 2.");
    CHECK_INT(fx_count(r, "fx.kop"), 0);
    CHECK_INT(fx_count(r, "fx.support"), 1);
    nt_report_free(r);
    /* A report of an alleged violation: the document rule downgrades to info, below the minimum. */
    r = fx_scan(e, "LAPORAN HASIL PEMERIKSAAN\nPegawai mendukung paslon 2.");
    CHECK_INT(fx_count(r, "fx.support"), 0);
    nt_report_free(r);
    nt_engine_free(e);
}

static void test_bad_document_rules(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", FIX "docrule_bad");
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "  %s\n", err.msg);
        return;
    }
    netral_report *r = fx_scan(e, "Nota dinas biasa.");
    CHECK(fx_rule_error(r, "fx.bad-place: temuan diabaikan: paragraf 99") != NULL);
    const netral_finding *f = fx_find(r, "fx.bad-place");
    CHECK(f && strcmp(f->excerpt, "Nota") == 0); /* its valid finding survives */
    CHECK(fx_rule_error(r, "fx.bad-severity: " FIX "docrule_bad/fx_bad.lua:7: ") != NULL);
    CHECK(fx_rule_error(r, "hihg") != NULL);
    CHECK_INT(fx_count(r, "fx.bad-severity"), 0);
    /* Junk in doc.findings is skipped; a forged finding is clamped to its paragraph. */
    f = fx_find(r, "fx.forged");
    CHECK(f && f->start == 0 && f->end == strlen("Nota dinas biasa.") &&
          strcmp(f->where, "body") == 0);
    if (!f) fx_dump(r);
    /* ... and one without a contract category never reaches the report */
    CHECK_INT(fx_count(r, "fx.no-category"), 0);
    CHECK(fx_rule_error(r, "fx.no-category: temuan diabaikan") != NULL);
    nt_report_free(r);
    nt_engine_free(e);
}

/* document_words: C finds a list's entries in the memo as whole words, by region. */
static void test_document_vocab(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "docvocab", NULL);
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "  %s\n", err.msg);
        return;
    }
    netral_report *r =
        fx_scan(e, "Laporan Hasil Pengawasan\n"
                   "Para pelapor menyampaikan kronologi kejadian secara rinci kepada "
                   "petugas pada hari Senin pagi di kantor kecamatan.\n"
                   "Pelaporan selesai.");
    const netral_finding *f = fx_find(r, "fx.vocab");
    /* "Pelaporan" is not "pelapor"; the long second paragraph is the opening, not the title */
    CHECK(f && strcmp(f->message, "all=3 head=1 opening=2 line=1 "
                                  "words=laporan hasil,pelapor,kronologi") == 0);
    if (!f) fx_dump(r);
    nt_report_free(r);
    /* the page header is title area, and its lines start title lines */
    r = fx_scan2(e, "TERLAPOR: SDR. X", "Nota dinas biasa.");
    f = fx_find(r, "fx.vocab");
    CHECK(f && strcmp(f->message, "all=1 head=1 opening=0 line=1 words=terlapor") == 0);
    if (!f) fx_dump(r);
    nt_report_free(r);
    /* a rule reading doc.letterhead mid-paragraph builds the facts without disturbing the
     * paragraph's own analysis: its check sees its tokens, and the finding its words */
    /* (its example has a kop: the rules test builds one as the loader does) */
    int failures = -1;
    char *log = NULL;
    CHECK(netral_engine_test_rules(e, &failures, &log) == NETRAL_OK && failures == 0);
    if (failures) fputs(log ? log : "", stderr);
    free(log);
    /* a fresh document starts from nothing */
    r = fx_scan(e, "Nota dinas biasa.");
    f = fx_find(r, "fx.vocab");
    CHECK(f && strcmp(f->message, "all=0 head=0 opening=0 line=0 words=") == 0);
    nt_report_free(r);
    nt_engine_free(e);
    /* a counted list is not matched per paragraph: a rule that uses it does not load */
    e = fx_engine(&err, FIX "docvocab_bad", NULL);
    CHECK(e == NULL);
    CHECK(strstr(err.msg, "document_words: list 'fx_words'") != NULL);
    nt_engine_free(e);
}

/* A subject line set in a text box at the memo's head frames the body as one in the body does:
 * the office car that fetches participants is for the event the subject names. */
static void test_textbox_subject(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, NULL, NULL);
    CHECK(e != NULL);
    if (!e) return;
    for (int box = 0; box < 2; box++) {
        fx_doc d;
        fx_doc_init(&d, NULL,
                    "Nomor : 400.10.2/288/Kec/2024\n"
                    "Hal : Pelantikan Tim Pemenangan Tingkat Kecamatan - Paslon Nomor Urut 2\n"
                    "Acara dilaksanakan Sabtu, 12 Oktober 2024, pukul 19.30.\n"
                    "Mobil dinas kecamatan menjemput peserta dari desa pukul 18.00.");
        if (box) d.parts[0].paras[1].where = NT_WHERE_TEXTBOX;
        netral_report *r = nt_report_new("fixture");
        nt_engine_scan(e, &d.doc, r);
        fx_doc_free(&d);
        const netral_finding *f = fx_find(r, "state-facility.framed-logistics");
        CHECK(f != NULL && f->paragraph == 3);
        if (!f) fx_dump(r);
        nt_report_free(r);
    }
    nt_engine_free(e);
}

static void test_rules_test(void) {
    nt_err err;
    netral_engine *e = fx_engine(&err, FIX "basic", FIX "docrule");
    int failures = -1;
    char *log = NULL;
    CHECK(e && netral_engine_test_rules(e, &failures, &log) == NETRAL_OK);
    CHECK(log && strstr(log, "rules test: ") != NULL);
    CHECK(log && strstr(log, "FAIL fx.") == NULL); /* the fixtures' own examples hold */
    if (log && strstr(log, "FAIL fx.")) fputs(log, stderr);
    CHECK(log && strstr(log, "WARN fx.support (" FIX
                             "basic/rules/fx.lua:5): 1 contoh flag dan 1 contoh pass"));
    free(log);
    nt_engine_free(e);

    e = fx_engine(&err, FIX "basic", FIX "failing_example");
    log = NULL;
    CHECK(e && netral_engine_test_rules(e, &failures, &log) == NETRAL_OK);
    int lines = 0;
    for (const char *s = log; s && (s = strstr(s, "FAIL ")); s++) lines++;
    CHECK_INT(failures, lines); /* one FAIL line per failed example */
    CHECK(failures >= 2);
    CHECK(log &&
          strstr(log,
                 "FAIL fx.fails (" FIX "failing_example/rules/fx.lua:2) flag: "
                 "\"Tidak ada kata pemicu di sini.\" \xE2\x80\x94 tidak ada temuan aturan ini"));
    CHECK(log &&
          strstr(log, "FAIL fx.fails (" FIX "failing_example/rules/fx.lua:2) pass: "
                      "\"Kami mendukung program ini.\" \xE2\x80\x94 ditemukan high \"mendukung\""));
    free(log);
    nt_engine_free(e);
}

int main(void) {
    nt_err err;
    basic = fx_engine(&err, FIX "basic", NULL);
    CHECK(basic != NULL);
    if (!basic) {
        fprintf(stderr, "cannot load the basic fixture: %s\n", err.msg);
        return tap_done();
    }
    test_loading();
    test_matching();
    test_when();
    test_cues();
    test_paragraph_scope_and_check();
    test_min_severity_and_at_least();
    test_language();
    test_override();
    test_severity_and_override_form();
    test_merge_overlaps();
    test_document_rule();
    test_bad_document_rules();
    test_document_vocab();
    test_textbox_subject();
    test_rules_test();
    nt_engine_free(basic);
    return tap_done();
}
