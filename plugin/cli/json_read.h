/* json_read.h - the netral command's small JSON reader (json_read.c): a parsed value tree. */
#ifndef NT_CLI_JSON_READ_H
#define NT_CLI_JSON_READ_H

#include <stddef.h>

/* type: 'o' object, 'a' array, 's' string, 'n' number, 't' true, 'f' false, 'z' null. */
typedef struct cli_json {
    int type;
    char *str;               /* 's' */
    double num;              /* 'n' */
    struct cli_json **items; /* 'o', 'a' */
    char **keys;             /* 'o' */
    size_t n;
} cli_json;

/* NULL on a syntax error, with a message in err. */
cli_json *cli_json_parse(const char *text, size_t len, char *err, size_t errcap);
void cli_json_free(cli_json *j);
/* The member `key` of an object (the last one when repeated), NULL when absent. */
const cli_json *cli_json_get(const cli_json *obj, const char *key);

#endif
