/* test_memo.c - the memo facts (memo.c) on the shapes letters take and on the prose that looks
 * like them: labels with and without colons, tables, dates that are events, impossible dates,
 * signature blocks with placeholders, rank lines, Tembusan lists, and kops without an office. */
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "tap.h"

/* A document whose body has one paragraph per line of text ("\n"), cells of a row split by "|",
 * and a header part of kop lines (one paragraph each). */
typedef struct fake {
    nt_doc doc;
    nt_part parts[2];
} fake;

static void add_para(nt_part *p, const char *text, size_t len, int table, int row, int col) {
    p->paras = realloc(p->paras, (p->nparas + 1) * sizeof *p->paras);
    nt_para *q = &p->paras[p->nparas];
    memset(q, 0, sizeof *q);
    q->index = (uint32_t)p->nparas;
    q->where = p->kind == NT_PART_HEADER ? NT_WHERE_HEADER
               : table >= 0              ? NT_WHERE_TABLE
                                         : NT_WHERE_BODY;
    q->list_level = -1;
    q->table = table;
    q->row = row;
    q->col = col;
    q->text = strndup(text, len);
    q->len = len;
    p->nparas++;
}

static void fill(nt_part *p, const char *name, nt_part_kind kind, const char *text) {
    memset(p, 0, sizeof *p);
    p->name = (char *)name;
    p->kind = kind;
    int row = 0;
    for (const char *s = text; *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (memchr(s, '|', len)) { /* a table row */
            int col = 0;
            for (const char *c = s; c < s + len;) {
                const char *bar = memchr(c, '|', (size_t)(s + len - c));
                size_t cl = bar ? (size_t)(bar - c) : (size_t)(s + len - c);
                add_para(p, c, cl, 0, row, col++);
                c += cl + (bar ? 1 : 0);
            }
            row++;
        } else {
            add_para(p, s, len, -1, -1, -1);
        }
        s += len + (nl ? 1 : 0);
    }
}

static nt_memo *extract(fake *f, const char *body, const char *header, int kop) {
    memset(f, 0, sizeof *f);
    fill(&f->parts[0], "word/document.xml", NT_PART_BODY, body);
    f->doc.parts = f->parts;
    f->doc.nparts = 1;
    if (header) {
        fill(&f->parts[1], "word/header1.xml", NT_PART_HEADER, header);
        f->doc.nparts = 2;
    }
    f->doc.lh.body_kop_paras = kop;
    CHECK_INT(nt_kop_collect(&f->doc), 0);
    CHECK_INT(nt_memo_extract(&f->doc), 0);
    return &f->doc.memo;
}

static void done(fake *f) {
    for (size_t i = 0; i < f->doc.nparts; i++) {
        for (size_t j = 0; j < f->parts[i].nparas; j++) free(f->parts[i].paras[j].text);
        free(f->parts[i].paras);
    }
    nt_kop_lines_free(&f->doc.lh);
    nt_memo_clear(&f->doc.memo);
}

static void test_letter(void) {
    fake f;
    nt_memo *m = extract(&f,
                         "SURAT EDARAN\nNOMOR 5 TAHUN 2024\nTENTANG NETRALITAS\n"
                         "Hal ini disampaikan agar diketahui.\n"
                         "Rapat diadakan pada Senin, 5 Februari 2024.\n"
                         "Senin, 5 Februari 2024\n"
                         "Ditetapkan di Kota Baru pada tanggal 1 Februari 2024\n"
                         "BUPATI KOTA BARU,\n\n(tanda tangan)\n\nH. ABDUL RAHMAN\n"
                         "Tembusan:\n1. Gubernur,\n2. Arsip",
                         "PEMERINTAH KABUPATEN KOTA BARU\nJl. Merdeka 1\nTelp. 123", 0);
    CHECK_STR(m->number, "5 TAHUN 2024");
    CHECK(m->subject == NULL);             /* "Hal ini ..." is prose */
    CHECK_STR(m->date, "1 Februari 2024"); /* the event's weekday line is not the memo's date */
    CHECK_STR(m->date_iso, "2024-02-01");
    CHECK_STR(m->office, "PEMERINTAH KABUPATEN KOTA BARU"); /* the address is not the office */
    CHECK_STR(m->signer, "H. ABDUL RAHMAN"); /* past the placeholder, before Tembusan */
    CHECK_STR(m->signer_title, "BUPATI KOTA BARU");
    done(&f);
}

static void test_table_and_nip(void) {
    fake f;
    nt_memo *m = extract(
        &f,
        "PEMERINTAH KOTA TELUK BIRU\nDINAS SOSIAL\nJalan Kasih No. 2\n"
        "Teluk Biru, 31 Februari 2024\n"
        "Nomor|:|460/904/Dinsos/2024\nSifat|:|Segera\nLampiran|:|-\nPerihal|:|Undangan Rapat\n"
        "Nomor urut 2 tidak boleh disebut.\n"
        "Kepala Dinas Sosial,\n\nttd\n\nMARTHA, S.Sos.\nPembina Tk. I\nNIP. 19780321 200501 2 010",
        NULL, 3);
    CHECK_STR(m->number, "460/904/Dinsos/2024");
    CHECK_STR(m->classification, "Segera");
    CHECK_STR(m->subject, "Undangan Rapat");
    CHECK(m->date == NULL && m->date_iso == NULL); /* 31 Februari is no day */
    CHECK_STR(m->office, "PEMERINTAH KOTA TELUK BIRU / DINAS SOSIAL");
    CHECK_STR(m->signer, "MARTHA, S.Sos."); /* above the rank line */
    CHECK_STR(m->signer_title, "Kepala Dinas Sosial");
    done(&f);
}

static void test_nothing(void) {
    fake f;
    nt_memo *m = extract(&f, "Catatan rapat biasa tanpa kop.\nNomor urut arsip 12.\nNo. Telp: 0812",
                         NULL, 0);
    CHECK(nt_memo_empty(m));
    done(&f);
    m = extract(&f, "Tanggal : 05-03-2024\nNo: 12/A\nHormat kami,\n\nSITI", NULL, 0);
    CHECK_STR(m->date, "05-03-2024");
    CHECK_STR(m->date_iso, "2024-03-05");
    CHECK_STR(m->number, "12/A");
    CHECK_STR(m->signer, "SITI");
    CHECK(m->signer_title == NULL); /* a closing, not a position */
    done(&f);
}

int main(void) {
    test_letter();
    test_table_and_nip();
    test_nothing();
    return tap_done();
}
