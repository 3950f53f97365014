/* textpart.c - a part made from plain text: a paragraph per line, "| a | b |" lines as table
 * rows (rule examples and `netral explain --text` read tables the way a loaded memo has them). */
#include "textpart.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static nt_para *next_para(nt_part *part, size_t *cap) {
    if (part->nparas == *cap) {
        size_t n = *cap ? 2 * *cap : 8;
        nt_para *p = realloc(part->paras, n * sizeof *p);
        if (!p) return NULL;
        part->paras = p;
        *cap = n;
    }
    nt_para *p = &part->paras[part->nparas];
    memset(p, 0, sizeof *p);
    p->index = (uint32_t)part->nparas;
    p->list_level = -1;
    p->table = p->row = p->col = -1;
    return p;
}

static int add_para(nt_part *part, size_t *cap, nt_where where, const char *s, size_t len) {
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\r')) len--;
    nt_para *p = next_para(part, cap);
    if (!p || !(p->text = nt_strndup(s, len))) return -1;
    p->len = len;
    p->where = where;
    p->in_body_flow = where == NT_WHERE_BODY;
    part->nparas++;
    return 0;
}

int nt_part_from_text(nt_part *part, nt_where where, const char *text) {
    size_t cap = 0;
    int table = -1, row = -1, in_table = 0;
    part->paras = NULL;
    part->nparas = 0;
    for (const char *s = text ? text : "";;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len && s[0] == '|') {
            if (!in_table) table++, row = -1;
            in_table = 1;
            row++;
            int col = 0;
            const char *c = s + 1, *end = s + len;
            while (c < end) {
                const char *bar = memchr(c, '|', (size_t)(end - c));
                const char *ce = bar ? bar : end;
                while (c < ce && *c == ' ') c++;
                if (bar || ce > c) { /* "| a | b |": the last bar closes the row */
                    nt_where w = where == NT_WHERE_BODY ? NT_WHERE_TABLE : where;
                    if (add_para(part, &cap, w, c, (size_t)(ce - c)) != 0) return -1;
                    nt_para *p = &part->paras[part->nparas - 1];
                    p->table = table;
                    p->row = row;
                    p->col = col++;
                    p->in_body_flow = where == NT_WHERE_BODY;
                }
                if (!bar) break;
                c = bar + 1;
                if (c >= end) break;
            }
        } else {
            in_table = 0;
            if (add_para(part, &cap, where, s, len) != 0) return -1;
        }
        if (!nl) break;
        s = nl + 1;
    }
    return 0;
}
