/* frames.c - document frames: the subject line, title, opening paragraph, table headers and list
 * lead-ins that name a partisan event or target frame the paragraphs under them. */
#include <string.h>

#include "shapes.h"
#include "targets_int.h"

/* ---- Frames ----------------------------------------------------------------------------------- */
/* Nonzero when p is a subject line: 1 + the index of its head word ("Hal", "Perihal"). */
static size_t subject_line(const nt_analysis *a, const nt_para *p) {
    static const char *const heads[] = {"hal",      "perihal", "tentang", "acara",
                                        "kegiatan", "agenda",  "judul",   "subjek",
                                        "perkara",  "re",      NULL};
    if (!a->ntoks) return 0;
    for (size_t i = 0; heads[i]; i++)
        if (norm_is(a, 0, heads[i])) {
            /* "Hal : ...", "Perihal ...", or a short line starting with the word */
            return gap_has(p, a, 0, ":") || a->ntoks <= 16 ? 1 : 0;
        }
    /* "Nomor : 600/15/2024 <tab> Lampiran : - <tab> Perihal : ...": the head's fields in one
     * paragraph, the subject a field of its own after a tab or a line break */
    for (size_t k = 1; k + 1 < a->ntoks && k < 40; k++)
        if (gap_has(p, a, k - 1, "\t\n") && gap_has(p, a, k, ":"))
            for (size_t i = 0; i < 2 && heads[i]; i++)
                if (norm_is(a, k, heads[i])) return k + 1;
    return 0;
}

static int title_line(const nt_analysis *a) {
    if (!a->ntoks || a->ntoks > 14) return 0;
    size_t caps = 0;
    for (size_t k = 0; k < a->ntoks; k++) caps += (a->toks[k].flags & NT_TOK_ALLCAPS) != 0;
    return caps * 10 >= a->ntoks * 7;
}

/* What a framing paragraph names: an event, a target; blocked by prohibitions, reports, policing. */
static int frame_content(const nt_targets *t, const nt_target_lists *ls, const nt_analysis *a,
                         int named_here, int *event, int *target, size_t *first_event,
                         size_t first_off[2]) {
    *event = *target = 0;
    *first_event = first_off[0] = first_off[1] = a->ntoks;
    for (size_t k = 0; k < a->ntoks; k++) {
        if (t->mask[k] & B_BLOCK) {
            *event = *target = 0;
            first_off[0] = first_off[1] = a->ntoks;
            return 1;
        }
        if ((t->mask[k] & B_PROG) && first_off[0] == a->ntoks) first_off[0] = k;
        if ((t->mask[k] & B_CHAN) && first_off[1] == a->ntoks) first_off[1] = k;
        /* "selama masa kampanye pasangan calon": the period, not an event of the pair's */
        if ((t->mask[k] & B_PERIOD) && (t->mask[k] & B_EVENT) &&
            (k == 0 || !(t->mask[k - 1] & B_EVENT))) {
            while (k + 1 < a->ntoks && (t->mask[k + 1] & B_EVENT)) k++;
            continue;
        }
        /* a campaign team named as such is partisan, but names no candidate */
        if (t->mask[k] & (B_EVENT | B_TEAM)) {
            if (!*event) *first_event = k;
            *event = 1;
        }
        if (t->mask[k] & B_STRONG) *target = 1;
    }
    for (size_t i = 0; i < a->nhits && !*target; i++)
        *target = a->hits[i].list &&
                  (a->hits[i].list == ls->out_person || a->hits[i].list == ls->out_slogan);
    if (named_here) *target = 1;
    return 0;
}

/* The framing paragraph names every pair alike ("rapat umum ketiga pasangan calon", "nomor urut
 * 1, 2 dan 3"): its acts mobilise, but support no one. A bare "tertentu" is no such phrase. */
static int frame_all_pairs(const nt_target_lists *ls, const nt_analysis *a) {
    if (!ls->neutral) return 0;
    for (size_t i = 0; i < a->nhits; i++)
        if (a->hits[i].list == ls->neutral &&
            (a->hits[i].last > a->hits[i].first || !norm_is(a, a->hits[i].first, "tertentu")))
            return 1;
    return 0;
}

/* A line of the memo's head, not its opening: number, nature, attachment, addressee, sender, date
 * and place fields ("Nomor : ...", "Kepada Yth. ...", "Hari/Tanggal : ..."), the kop's address. */
static int head_line(const nt_para *p, const nt_analysis *a) {
    /* (and a pasted chat's forwarding line: "Diteruskan dari grup ...", "Salinan pesan ...") */
    static const char *const heads[] = {
        "nomor",     "no",      "sifat",  "lampiran", "lamp",    "kepada", "kpd",      "yth",
        "tanggal",   "tgl",     "jl",     "jalan",    "telepon", "telp",   "tembusan", "diteruskan",
        "forwarded", "salinan", "sumber", "teruskan", "fwd",     NULL};
    if (!a->ntoks) return 1;
    for (size_t i = 0; heads[i]; i++)
        if (norm_is(a, 0, heads[i])) return 1;
    /* "Hari/Tanggal : ...", "Titik kumpul : ...": a field label */
    for (size_t k = 0; k < 3 && k + 1 < a->ntoks; k++)
        if (gap_has(p, a, k, ":\t")) return 1;
    return 0;
}

/* A pasted message's greeting ("Assalamualaikum. Bapak-bapak Geuchik ...", "Selamat sore bapa
 * mama samua"): it opens the message, but what the memo is for comes after it. */
static int greeting(const nt_analysis *a) {
    static const char *const heads[] = {"assalamualaikum", "assalamu", "asalamualaikum", "salam",
                                        "shalom",          "syalom",   "halo",           "hallo",
                                        "horas",           NULL};
    static const char *const times[] = {"pagi", "siang", "sore", "malam", NULL};
    if (!a->ntoks) return 0;
    for (size_t i = 0; heads[i]; i++)
        if (norm_is(a, 0, heads[i])) return 1;
    if ((norm_is(a, 0, "selamat") || norm_is(a, 0, "slmt") || norm_is(a, 0, "met")) && a->ntoks > 1)
        for (size_t i = 0; times[i]; i++)
            if (norm_is(a, 1, times[i])) return 1;
    return norm_is(a, 0, "om") && a->ntoks > 1 && norm_is(a, 1, "swastyastu");
}

/* The purpose field of a surat tugas or an invitation: "Untuk : ...", "Keperluan : ...". */
static int purpose_field(const nt_para *p, const nt_analysis *a) {
    static const char *const heads[] = {"untuk", "keperluan", "maksud", "tujuan",
                                        "guna",  "dasar",     NULL};
    if (a->ntoks < 4 || !gap_has(p, a, 0, ":")) return 0;
    for (size_t i = 0; heads[i]; i++)
        if (norm_is(a, 0, heads[i])) return 1;
    return 0;
}

void nt_frames_update(nt_targets *t, const nt_target_lists *ls, const nt_para *p,
                      const nt_analysis *a, int named_here, uint32_t all) {
    int blank = nt_para_blank(p);
    /* "Hal: Penyambutan Kedatangan Bapak Martinus Apui", then "Bapak Martinus Apui, calon
     * Gubernur ...": the subject line frames the memo once its person turns out to run */
    if (!t->doc.src && t->subject_person >= 0 && t->persons[t->subject_person].candidate) {
        nt_frame f = {NT_FRAME_SUBJECT, 0, 1, 0, t->subject_para};
        t->doc = f;
        t->subject_person = -1;
    }
    /* the frame this paragraph lies under, set by paragraphs before it */
    memset(&t->cur, 0, sizeof t->cur);
    int item = !blank && nt_para_item(p);
    t->office_cur = 0;
    if (t->leadin_on && (item || blank)) {
        t->cur = t->leadin;
        t->office_cur = t->office_leadin;
    } else if (!blank)
        t->leadin_on = 0;
    if (p->table >= 0 && p->table == t->table_no && p->row > 0) t->office_cur |= t->office_table;
    t->office_cur |= t->office_doc;
    if (!t->cur.src && p->table >= 0 && p->row > 0 && t->row.src && p->table == t->row_table &&
        p->row == t->row_no && p->col > 0)
        t->cur = t->row;
    if (!t->cur.src && p->table >= 0 && p->table == t->table_no && p->row > 0) t->cur = t->table;
    if (!t->cur.src && t->doc.src) t->cur = t->doc;
    if (blank || t->kind != NT_PART_BODY) return;
    int ev = 0, tg = 0, blocked = 0;
    size_t first_ev = a->ntoks, first_off[2] = {a->ntoks, a->ntoks};
    /* nothing that could frame: positions are still counted below */
    if ((all & (B_EVENT | B_TEAM | B_STRONG | B_BLOCK | B_PROG | B_CHAN)) || named_here)
        blocked = frame_content(t, ls, a, named_here, &ev, &tg, &first_ev, first_off);
    /* an office programme or channel named in the framing line's first words ("Penyaluran
     * Bantuan Pangan Tahap IV", "Bantuan permakanan lansia ... disalurkan dengan ketentuan
     * berikut:", "Kalender Konten Media Sosial Resmi ...") */
    unsigned office = (first_off[0] < a->ntoks && first_off[0] < 20 ? OF_PROG : 0u) |
                      (first_off[1] < a->ntoks && first_off[1] < 20 ? OF_CHAN : 0u);
    if (ev && !blocked) t->event_seen = 1; /* for event anaphora in later paragraphs */
    nt_frame f = {NT_FRAME_NONE, ev, tg, 0, p->index};
    if (ev || tg) f.all_pairs = frame_all_pairs(ls, a);
    t->body_seen++;
    if (p->table >= 0 && p->row > 0 && p->col == 0) {
        /* "Konsolidasi Relawan ... | Sabtu, Gedung Serbaguna | Penyuluh membawa 10 pengurus": a
         * schedule's row is one event, named in its first cell */
        if (t->row_table != p->table || t->row_no != p->row) {
            memset(&t->row, 0, sizeof t->row);
            t->row_table = p->table;
            t->row_no = p->row;
        }
        /* an event, not a bare pair: "Nomor urut 2 | 29 Oktober | Aula" in a schedule of every
         * pair's rallies names whose turn it is, the frame is the table's */
        if (ev && !blocked && first_ev < 12) {
            f.src = NT_FRAME_ROW;
            t->row = f;
        }
    }
    if (p->table >= 0 && p->row == 0) {
        if (p->col == 0 || t->table_no != p->table) {
            memset(&t->table, 0, sizeof t->table);
            t->table_no = p->table;
            t->office_table = 0;
        }
        t->office_table |= office;
        if (ev || tg) {
            f.src = NT_FRAME_TABLE;
            t->table = f;
        }
    } else if (p->table < 0 && nt_para_ends_colon(p)) {
        /* any lead-in opens a list; a partisan one frames its items at once */
        memset(&t->leadin, 0, sizeof t->leadin);
        t->leadin_on = 1;
        t->leadin_blocked = blocked;
        t->office_leadin = office;
        if (ev || tg) {
            f.src = NT_FRAME_LEADIN;
            t->leadin = f;
        }
    } else if (item && p->table < 0 && t->leadin_on && !t->leadin_blocked && !t->leadin.src &&
               (ev || tg) && first_ev < 12) {
        /* "... memerintahkan seluruh pegawai untuk: 1. mengikuti rapat umum ...; 2. mobil
         * puskesmas keliling dipakai ...": an item that opens with the event frames the items
         * after it, as the lead-in would have */
        f.src = NT_FRAME_LEADIN;
        t->leadin = f;
    }
    if (p->table >= 0 && p->where == NT_WHERE_TABLE) {
        /* "Hal | : | Kehadiran Pegawai pada Kampanye Akbar ...": a memo head laid out as a table
         * names its subject in a later cell of the row the head word opens */
        if (p->col == 0) {
            t->subj_table = t->subj_row = -1;
            if (a->ntoks <= 2 && (norm_is(a, 0, "hal") || norm_is(a, 0, "perihal"))) {
                t->subj_table = p->table;
                t->subj_row = p->row;
            }
        } else if (t->subj_table == p->table && t->subj_row == p->row && !t->doc.src &&
                   t->body_seen <= 40 && !blocked) {
            if (ev || tg) {
                f.src = NT_FRAME_SUBJECT;
                t->doc = f;
            }
            t->office_doc |= office;
        }
    }
    /* a subject line set in a text box at the head ("Hal : Pelantikan Tim Pemenangan ...") frames
     * the memo as one in the body does; a text box sets no other frame */
    int box = p->where == NT_WHERE_TEXTBOX;
    if (p->table >= 0 || (p->where != NT_WHERE_BODY && !box)) return;
    size_t subj = subject_line(a, p);
    if (box) {
        if (!t->doc.src && t->body_seen <= 30 && subj && (ev || tg) && !blocked) {
            f.src = NT_FRAME_SUBJECT;
            t->doc = f;
        }
        return;
    }
    /* the memo's subject or title names a programme: its paragraphs deliver it (an opening's
     * programme is often only the occasion: "sembako titipan Ibu X") */
    if (t->body_seen <= 30 && !blocked) {
        /* "Kepada : ... Hal : Penyaluran Bantuan ...": a programme in the subject's own field */
        if (subj)
            for (size_t k = subj - 1; k < a->ntoks; k++)
                t->office_doc |=
                    ((t->mask[k] & B_PROG) ? OF_PROG : 0u) | ((t->mask[k] & B_CHAN) ? OF_CHAN : 0u);
        if (office && title_line(a)) t->office_doc |= office;
    }
    if (!t->doc.src && t->body_seen <= 30 && subj && !(ev || tg) && t->salient >= 0 &&
        (all & (B_TITLE | B_PAIRHEAD)) && !(all & B_BLOCK)) {
        t->subject_person = t->salient;
        t->subject_para = p->index;
    } else if (!t->doc.src && t->body_seen <= 30 && subj && (ev || tg)) {
        f.src = NT_FRAME_SUBJECT;
        t->doc = f;
    } else if (!t->doc.src && t->body_seen <= 12 && title_line(a) && ev) {
        f.src = NT_FRAME_TITLE;
        t->doc = f;
    } else if (!t->doc.src && t->body_seen <= 30 && purpose_field(p, a) && ev && first_ev < 22) {
        /* a surat tugas's "Untuk : Hadir dan mengikuti rapat umum ...": the assignment's purpose
         * frames the memo as its opening would; so does its basis ("Dasar : Permintaan Ketua
         * Fraksi ... perihal Pelantikan Tim Pemenangan ...", then "Untuk : persiapan dan
         * pelayanan kegiatan"): the order serves the event its basis names */
        f.src = NT_FRAME_OPENING;
        t->doc = f;
    } else if (!t->opening_done && a->ntoks >= 8 && !subj && !head_line(p, a) &&
               !(greeting(a) && !ev && !tg && a->ntoks <= 30)) {
        t->opening_done = 1;
        /* "Dalam rangka kampanye akbar ..., kami sampaikan": the opening says what the memo is
         * for in its first words; an event named deep in a long paragraph frames nothing */
        if (!t->doc.src && ev && first_ev < 20) {
            f.src = NT_FRAME_OPENING;
            t->doc = f;
        }
    }
}
