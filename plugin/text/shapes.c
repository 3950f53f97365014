/* shapes.c - the shapes of a paragraph every layer above reads the same way: blank, ending in a
 * colon (a lead-in), typed as a list item ("1.", "a)", "(iv)", "-", "\u2022"), an item of any kind. */
#include "shapes.h"

#include <string.h>

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int nt_para_blank(const nt_para *p) {
    for (size_t i = 0; i < p->len; i++)
        if (!is_space((unsigned char)p->text[i])) return 0;
    return 1;
}

int nt_para_ends_colon(const nt_para *p) {
    size_t n = p->len;
    while (n && is_space((unsigned char)p->text[n - 1])) n--;
    return n && p->text[n - 1] == ':';
}

/* Typed enumerators: "1.", "a)", "(iv)", "-", "•" ... followed by a space. */
int nt_text_enumerated(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    static const char *const bullets[] = {"-",
                                          "*",
                                          "\xE2\x80\xA2",
                                          "\xE2\x80\x93",
                                          "\xE2\x80\x94",
                                          "\xC2\xB7",
                                          "\xE2\x96\xAA",
                                          "\xE2\x97\xA6",
                                          "\xE2\x97\x8F",
                                          "\xE2\x97\x8B",
                                          "\xE2\x96\xA0",
                                          "\xE2\x96\xA1",
                                          "\xE2\x9E\xA2",
                                          "\xE2\x9C\x93",
                                          "\xEF\x82\xB7",
                                          "\xEF\x82\xA7"};
    unsigned char c0 = (unsigned char)*s;
    for (size_t i = 0;
         (c0 == '-' || c0 == '*' || c0 >= 0xC2) && i < sizeof bullets / sizeof bullets[0]; i++) {
        size_t n = strlen(bullets[i]);
        if (strncmp(s, bullets[i], n) == 0 && (s[n] == ' ' || s[n] == '\t')) return 1;
    }
    if (*s == '(') s++;
    const char *start = s;
    if (*s >= '0' && *s <= '9') {
        while (*s >= '0' && *s <= '9' && s - start < 3) s++;
    } else if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) {
        s++;
        while (strchr("ivxIVX", *s) && *s && strchr("ivxIVX", *start) && s - start < 5) s++;
    } else {
        return 0;
    }
    return (*s == '.' || *s == ')') && (s[1] == ' ' || s[1] == '\t');
}

int nt_para_item(const nt_para *p) {
    return p->list_level >= 0 || p->table >= 0 || nt_text_enumerated(p->text);
}
