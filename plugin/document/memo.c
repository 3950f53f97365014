/* memo.c - extracts the memo's facts as a letter (naskah dinas): nomor, hal/perihal, sifat and
 * tanggal from its labelled lines, the place-and-date line, the issuing office from the kop, the
 * signer from the signature block. Document layer: reads the model only, knows nothing of rules. */
#include "document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- The body as lines ------------------------------------------------------------------------ */

#define HEAD_LINES 80 /* labels (Nomor, Hal ...) sit at the top of a letter */
#define TAIL_LINES 60 /* the signature block near the end */
#define LINE_MAX   600
#define VALUE_MAX  300

typedef struct lines {
    char *head[HEAD_LINES];
    size_t nhead;
    char *tail[TAIL_LINES]; /* a ring of the lines after the head */
    size_t ntail, tail_at;
    int oom;
} lines;

static void lines_free(lines *l) {
    for (size_t i = 0; i < l->nhead; i++) free(l->head[i]);
    for (size_t i = 0; i < l->ntail; i++) free(l->tail[i]);
}

static int space_at(const char *s) { return *s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'; }

/* s[0..n) trimmed, inner runs of spaces and tabs made one space. */
static char *clean_copy(const char *s, size_t n) {
    while (n && space_at(s)) {
        s++;
        n--;
    }
    while (n && space_at(s + n - 1)) n--;
    if (n > LINE_MAX) n = nt_utf8_cut(s, n, LINE_MAX);
    char *out = malloc(n + 1), *o = out;
    if (!out) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (space_at(s + i)) {
            if (o > out && o[-1] != ' ') *o++ = ' ';
        } else {
            *o++ = s[i];
        }
    }
    *o = 0;
    return out;
}

static void lines_push(lines *l, const char *s, size_t n) {
    char *c = clean_copy(s, n);
    if (!c) {
        l->oom = 1;
        return;
    }
    if (l->nhead < HEAD_LINES) {
        l->head[l->nhead++] = c;
        return;
    }
    if (l->ntail < TAIL_LINES) {
        l->tail[l->ntail++] = c;
        return;
    }
    free(l->tail[l->tail_at]);
    l->tail[l->tail_at] = c;
    l->tail_at = (l->tail_at + 1) % TAIL_LINES;
}

/* Line i of the kept lines (head, then the tail in order); n = nhead + ntail. */
static const char *line_at(const lines *l, size_t i) {
    if (i < l->nhead) return l->head[i];
    i -= l->nhead;
    return l->tail[(l->tail_at + i) % TAIL_LINES];
}

static size_t break_len(const unsigned char *s, size_t n) {
    if (s[0] == '\n' || s[0] == '\r') return 1;
    if (s[0] == 0xC2 && n >= 2 && s[1] == 0x85) return 2;
    if (s[0] == 0xE2 && n >= 3 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) return 3;
    return 0;
}

static void push_split(lines *l, const char *text, size_t len) {
    size_t from = 0;
    for (size_t i = 0; i < len;) {
        size_t k = break_len((const unsigned char *)text + i, len - i);
        if (!k) {
            i++;
            continue;
        }
        lines_push(l, text + from, i - from);
        i += k;
        from = i;
    }
    lines_push(l, text + from, len - from);
}

/* A table row becomes one line, its cells joined by tabs ("Nomor | : | 800/..." is a label line). */
static size_t push_row(lines *l, const nt_part *body, size_t i) {
    const nt_para *p = &body->paras[i];
    nt_buf b;
    nt_buf_init(&b);
    int col = p->col;
    size_t j = i;
    for (; j < body->nparas; j++) {
        const nt_para *q = &body->paras[j];
        if (q->table != p->table || q->row != p->row || q->where == NT_WHERE_TEXTBOX) break;
        if (j > i) nt_buf_putc(&b, q->col != col ? '\t' : ' ');
        col = q->col;
        if (b.n < LINE_MAX) nt_buf_put(&b, q->text ? q->text : "", q->len);
    }
    if (b.oom)
        l->oom = 1;
    else
        push_split(l, b.p ? b.p : "", b.n);
    nt_buf_free(&b);
    return j;
}

static void body_lines(const nt_doc *doc, lines *l) {
    if (!doc->nparts || doc->parts[0].kind != NT_PART_BODY) return;
    const nt_part *body = &doc->parts[0];
    for (size_t i = 0; i < body->nparas && !l->oom;) {
        const nt_para *p = &body->paras[i];
        if (p->table >= 0 && p->where != NT_WHERE_TEXTBOX) {
            i = push_row(l, body, i);
            continue;
        }
        push_split(l, p->text ? p->text : "", p->len);
        i++;
    }
}

/* Every value copy goes through here, so a failed allocation fails the whole extraction. */
static _Thread_local int copy_failed;

static char *mdup(const char *s, size_t n) {
    char *d = nt_strndup(s, n);
    if (!d) copy_failed = 1;
    return d;
}

/* ---- Small text tests ------------------------------------------------------------------------- */

static int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int starts_word(const char *s, const char *w) {
    size_t n = strlen(w);
    return !strncasecmp(s, w, n) && !is_alpha((unsigned char)s[n]);
}

static int has_digit(const char *s) {
    for (; *s; s++)
        if (is_digit((unsigned char)*s)) return 1;
    return 0;
}

static int mostly_upper(const char *s) {
    int up = 0, letters = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (!is_alpha(c)) continue;
        letters++;
        up += c >= 'A' && c <= 'Z';
    }
    return letters >= 3 && up * 10 >= letters * 6;
}

static char *dup_value(const char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == ';')) n--;
    if (!n || (n == 1 && (s[0] == '-' || s[0] == '.'))) return NULL;
    return mdup(s, nt_utf8_cut(s, n, VALUE_MAX));
}

/* ---- Labelled lines: "Nomor : 800/...", "Hal : ...", "Sifat : ...", "Tanggal : ..." --------- */

/* The value after one of labels at the start of line, or NULL. *colon tells whether a ':'
 * separated them (a line "Hal ini ..." is prose, "Hal : ..." is a label). */
static const char *label_value(const char *line, const char *const *labels, int *colon) {
    for (size_t k = 0; labels[k]; k++) {
        size_t n = strlen(labels[k]);
        if (strncasecmp(line, labels[k], n) || is_alpha((unsigned char)line[n])) continue;
        const char *p = line + n;
        while (*p == ' ') p++;
        *colon = *p == ':';
        if (*colon) p++;
        while (*p == ' ') p++;
        return p;
    }
    return NULL;
}

/* "Nomor 800/217/Disdik/2024" without a colon: the first word, when it looks like a number. */
static char *bare_number(const char *v) {
    size_t n = strcspn(v, " ");
    int slash = memchr(v, '/', n) != NULL;
    if (!n || !slash || !is_digit((unsigned char)v[0])) {
        /* "NOMOR 5 TAHUN 2024" (regulation-style numbering) */
        size_t d = 0;
        while (is_digit((unsigned char)v[d])) d++;
        if (d && v[d] == ' ' && starts_word(v + d + 1, "tahun") &&
            is_digit((unsigned char)v[d + 7]) && is_digit((unsigned char)v[d + 10]))
            return mdup(v, d + 11);
        return NULL;
    }
    return mdup(v, n);
}

static int labels(nt_memo *m, const char *line) {
    static const char *const number[] = {"nomor surat", "nomor", "nomer", "no.", "no", NULL};
    static const char *const subject[] = {"perihal", "hal", NULL};
    static const char *const sifat[] = {"sifat", NULL};
    static const char *const date[] = {"tanggal", "tgl.", "tgl", NULL};
    int colon = 0;
    const char *v;
    if (!m->number && (v = label_value(line, number, &colon))) {
        m->number = colon ? (has_digit(v) ? dup_value(v) : NULL) : bare_number(v);
        return 0;
    }
    if (!m->subject && (v = label_value(line, subject, &colon)) && colon)
        m->subject = dup_value(v);
    else if (!m->classification && (v = label_value(line, sifat, &colon)) && colon)
        m->classification = dup_value(v);
    else if (!m->date && (v = label_value(line, date, &colon)) && colon && has_digit(v))
        m->date = dup_value(v);
    return 0;
}

/* ---- Dates ------------------------------------------------------------------------------------ */

static int month_of(const char *s, size_t *len) {
    static const struct {
        const char *name;
        int m;
    } months[] = {
        {"januari", 1},  {"februari", 2},  {"pebruari", 2},  {"maret", 3},     {"april", 4},
        {"mei", 5},      {"juni", 6},      {"juli", 7},      {"agustus", 8},   {"september", 9},
        {"oktober", 10}, {"november", 11}, {"nopember", 11}, {"desember", 12}, {"january", 1},
        {"february", 2}, {"march", 3},     {"may", 5},       {"june", 6},      {"july", 7},
        {"august", 8},   {"october", 10},  {"december", 12}, {"jan", 1},       {"feb", 2},
        {"mar", 3},      {"apr", 4},       {"jun", 6},       {"jul", 7},       {"agu", 8},
        {"agt", 8},      {"agus", 8},      {"aug", 8},       {"sep", 9},       {"sept", 9},
        {"okt", 10},     {"oct", 10},      {"nov", 11},      {"nop", 11},      {"des", 12},
        {"dec", 12}};
    size_t n = 0;
    while (is_alpha((unsigned char)s[n])) n++;
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++)
        if (strlen(months[i].name) == n && !strncasecmp(s, months[i].name, n)) {
            *len = n + (s[n] == '.');
            return months[i].m;
        }
    return 0;
}

static int valid_day(int d, int m, int y) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return 0;
    return !(m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

/* A date at s: "8 Oktober 2024", "08 Okt. 2024", "08-10-2024", "08/10/2024". Returns its byte
 * length (0: none) and the day, month and year. */
static size_t parse_date(const char *s, int *d, int *m, int *y) {
    size_t i = 0;
    int day = 0, nd = 0;
    while (is_digit((unsigned char)s[i]) && nd < 2) {
        day = day * 10 + (s[i++] - '0');
        nd++;
    }
    if (!nd || is_digit((unsigned char)s[i])) return 0;
    int month = 0;
    if ((s[i] == '-' || s[i] == '/' || s[i] == '.') && is_digit((unsigned char)s[i + 1])) {
        char sep = s[i++];
        int nm = 0;
        while (is_digit((unsigned char)s[i]) && nm < 2) {
            month = month * 10 + (s[i++] - '0');
            nm++;
        }
        if (s[i++] != sep) return 0;
    } else {
        if (s[i] != ' ') return 0;
        while (s[i] == ' ') i++;
        size_t ml;
        if (!(month = month_of(s + i, &ml))) return 0;
        i += ml;
        if (s[i] != ' ') return 0;
        while (s[i] == ' ') i++;
    }
    int year = 0, ny = 0;
    while (is_digit((unsigned char)s[i]) && ny < 4) {
        year = year * 10 + (s[i++] - '0');
        ny++;
    }
    if (ny != 4 || is_digit((unsigned char)s[i]) || !valid_day(day, month, year)) return 0;
    *d = day;
    *m = month;
    *y = year;
    return i;
}

static int weekday(const char *s, size_t n) {
    static const char *const days[] = {"senin",  "selasa", "rabu",   "kamis", "jumat",
                                       "jum'at", "sabtu",  "minggu", "ahad"};
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
        if (strlen(days[i]) == n && !strncasecmp(s, days[i], n)) return 1;
    return 0;
}

/* "Sungai Pinang, 8 Oktober 2024" (a place, then the date, nothing after): the date's offset. */
static const char *place_date(const char *line, size_t *len, int *d, int *m, int *y) {
    const char *comma = strchr(line, ',');
    if (!comma || comma == line || comma - line > 40) return NULL;
    /* a place name: at most four words, each capitalised ("Sungai Pinang", "Kota Baru") */
    int words = 0;
    for (const char *p = line; p < comma; p++) {
        if (!is_alpha((unsigned char)*p) && !strchr(" .-'", *p) && (unsigned char)*p < 0x80)
            return NULL;
        if (p == line || p[-1] == ' ') {
            if (*p == ' ') continue;
            if (++words > 4 || (*p >= 'a' && *p <= 'z')) return NULL;
        }
    }
    const char *last = comma;
    while (last > line && last[-1] != ' ') last--;
    if (weekday(last, (size_t)(comma - last))) return NULL; /* "Senin, 5 Februari 2024": an event */
    const char *s = comma + 1;
    while (*s == ' ') s++;
    size_t n = parse_date(s, d, m, y);
    if (!n) return NULL;
    const char *rest = s + n;
    while (*rest == ' ' || *rest == '.') rest++;
    if (*rest) return NULL;
    *len = n;
    return s;
}

/* "... pada tanggal 5 Maret 2024" inside a line. */
static const char *phrase_date(const char *line, size_t *len, int *d, int *m, int *y) {
    for (const char *p = line; (p = strcasestr(p, "tanggal ")); p += 8) {
        if (p > line && is_alpha((unsigned char)p[-1])) continue;
        size_t n = parse_date(p + 8, d, m, y);
        if (n) {
            *len = n;
            return p + 8;
        }
    }
    return NULL;
}

static void set_date_iso(nt_memo *m, int d, int mo, int y, int ok) {
    if (!ok || m->date_iso) return;
    char iso[16];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, d);
    m->date_iso = mdup(iso, strlen(iso));
}

static void find_date(nt_memo *m, const lines *l) {
    int d = 0, mo = 0, y = 0;
    size_t n = l->nhead + l->ntail, len = 0;
    if (m->date) { /* labelled: keep it as written; ISO when it parses */
        set_date_iso(m, d, mo, y, parse_date(m->date, &d, &mo, &y) > 0);
        return;
    }
    const char *at = NULL;
    for (size_t i = 0; i < n && !at; i++) at = place_date(line_at(l, i), &len, &d, &mo, &y);
    for (size_t i = 0; i < n && !at; i++) at = phrase_date(line_at(l, i), &len, &d, &mo, &y);
    if (!at) return;
    m->date = mdup(at, len);
    set_date_iso(m, d, mo, y, 1);
}

/* ---- The issuing office, from the kop -------------------------------------------------------- */

static int contact_line(const char *s) {
    static const char *const starts[] = {"jl", "jln", "jalan", "alamat", "kode pos", NULL};
    static const char *const inside[] = {
        "telp",  "telepon", "tlp",  "fax",  "faks", "e-mail",   "email",  "surel",    "pos-el",
        "laman", "website", "www.", "http", "@",    "kode pos", "po box", "p.o. box", NULL};
    for (size_t i = 0; starts[i]; i++)
        if (starts_word(s, starts[i])) return 1;
    for (size_t i = 0; inside[i]; i++)
        if (strcasestr(s, inside[i])) return 1;
    return 0;
}

/* The first line of the letter itself (its kind, its number), which ends a kop block. */
static int letter_line(const char *s) {
    static const char *const words[] = {"surat",         "nota",      "undangan", "pengumuman",
                                        "edaran",        "instruksi", "memo",     "memorandum",
                                        "pemberitahuan", "keputusan", "laporan",  "telaahan",
                                        "nomor",         "yth",       NULL};
    for (size_t i = 0; words[i]; i++)
        if (starts_word(s, words[i])) return 1;
    return 0;
}

/* The kop's institution lines (upper case, not an address), at most three, joined by " / ": from
 * the page header when the kop is there, else from the body's first lines, else from the alt text
 * of a letterhead picture. */
static void find_office(nt_memo *m, const nt_letterhead *lh) {
    for (int g = 0; g < 3 && !m->office; g++) {
        nt_buf b;
        nt_buf_init(&b);
        int taken = 0;
        for (size_t i = 0; i < lh->nlines && taken < 3; i++) {
            const nt_kop_line *k = &lh->lines[i];
            int group = k->source == NT_KOP_ALT ? 2 : k->part == 0 ? 1 : 0;
            if (group != g) continue;
            char *t = clean_copy(k->text, strlen(k->text));
            if (!t) {
                copy_failed = 1;
                break;
            }
            int contact = contact_line(t), stop = (taken && contact) || letter_line(t);
            if (!stop && !contact && mostly_upper(t) && strlen(t) <= 120 &&
                !starts_word(t, "logo") && !starts_word(t, "lambang") && !starts_word(t, "kop")) {
                if (taken++) nt_buf_puts(&b, " / ");
                nt_buf_puts(&b, t);
            }
            free(t);
            if (stop) break;
        }
        if (b.oom) copy_failed = 1;
        if (taken && !b.oom) m->office = mdup(b.p, nt_utf8_cut(b.p, b.n, VALUE_MAX));
        nt_buf_free(&b);
    }
}

/* ---- The signer ------------------------------------------------------------------------------- */

/* A line standing for a signature or stamp, not a name: empty, "(...)", "ttd", "cap", "materai". */
static int signature_mark(const char *s) {
    size_t n = strlen(s);
    if (!n) return 1;
    if (s[0] == '(' && s[n - 1] == ')') return 1;
    static const char *const words[] = {
        "ttd",     "ttd.", "tertanda", "cap",          "materai",
        "meterai", "dto",  "dto.",     "tanda tangan", "cap dan tanda tangan",
        NULL};
    for (size_t i = 0; words[i]; i++)
        if (!strcasecmp(s, words[i])) return 1;
    for (const char *p = s; *p; p++)
        if (!strchr("_.-~ $", *p)) return 0;
    return 1; /* a line of underscores or dots to sign on */
}

static int rank_line(const char *s) {
    static const char *const words[] = {"pembina", "penata",   "pengatur", "juru",
                                        "pangkat", "golongan", NULL};
    for (size_t i = 0; words[i]; i++)
        if (starts_word(s, words[i])) return 1;
    return 0;
}

static int name_like(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 100 || signature_mark(s) || s[n - 1] == ',' || s[n - 1] == ':' ||
        strchr(s, ':'))
        return 0;
    int letters = 0;
    for (const char *p = s; *p; p++) letters += is_alpha((unsigned char)*p);
    return letters >= 3 && !starts_word(s, "nip") && !rank_line(s);
}

static char *title_of(const char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == ',' || s[n - 1] == ' ')) n--;
    if (!n) return NULL;
    if ((n == 11 && !strncasecmp(s, "hormat kami", 11)) ||
        (n == 11 && !strncasecmp(s, "hormat saya", 11)))
        return NULL;
    return mdup(s, nt_utf8_cut(s, n, VALUE_MAX));
}

static int ends_comma(const char *s) {
    size_t n = strlen(s);
    return n && n <= 120 && s[n - 1] == ',';
}

static void find_signer(nt_memo *m, const lines *l) {
    size_t n = l->nhead + l->ntail, end = n;
    for (size_t i = n / 2; i < n; i++)
        if (starts_word(line_at(l, i), "tembusan")) {
            end = i;
            break;
        }
    size_t lo = end > 30 ? end - 30 : 0;
    long nip = -1;
    for (size_t i = end; i > lo; i--)
        if (starts_word(line_at(l, i - 1), "nip")) {
            nip = (long)i - 1;
            break;
        }
    long name = -1;
    if (nip >= 0) {
        long j = nip - 1;
        for (int steps = 0; j >= 0 && steps < 5; j--, steps++) {
            const char *s = line_at(l, (size_t)j);
            if (signature_mark(s) || rank_line(s)) continue;
            if (name_like(s)) name = j;
            break;
        }
    } else {
        /* no NIP (elected officials sign without one): the name under the last "Position," line */
        long pos = -1;
        for (size_t i = end; i > lo && pos < 0; i--)
            if (ends_comma(line_at(l, i - 1))) pos = (long)i - 1;
        for (long j = pos + 1; pos >= 0 && j < (long)end && j <= pos + 6; j++) {
            const char *s = line_at(l, (size_t)j);
            if (signature_mark(s)) continue;
            if (name_like(s)) name = j;
            break;
        }
    }
    long title_from = name >= 0 ? name : nip;
    if (name >= 0) m->signer = dup_value(line_at(l, (size_t)name));
    for (long k = title_from - 1, steps = 0; title_from >= 0 && k >= 0 && steps < 6; k--, steps++) {
        const char *s = line_at(l, (size_t)k);
        if (signature_mark(s)) continue;
        if (ends_comma(s)) m->signer_title = title_of(s);
        break;
    }
}

/* ---- Entry point ------------------------------------------------------------------------------ */

int nt_memo_extract(nt_doc *doc) {
    nt_memo_clear(&doc->memo);
    lines l;
    memset(&l, 0, sizeof l);
    copy_failed = 0;
    body_lines(doc, &l);
    nt_memo *m = &doc->memo;
    for (size_t i = 0; i < l.nhead && !l.oom; i++) labels(m, l.head[i]);
    if (!l.oom) {
        find_date(m, &l);
        find_office(m, &doc->lh);
        find_signer(m, &l);
    }
    lines_free(&l);
    if (l.oom || copy_failed) {
        nt_memo_clear(m);
        return NETRAL_E_NOMEM;
    }
    return 0;
}
