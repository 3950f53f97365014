/* test_serve_units.c - the server's pure pieces tested directly: the multipart/form-data parser
 * (fields, file names, preambles, truncation, duplicates, header limits), base64 and helpers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"
#include "tap.h"

#define CT "multipart/form-data; boundary=XyZ"

static int find(const char *ct, const char *body, serve_part *p) {
    return serve_multipart_find(ct, (const unsigned char *)body, strlen(body), "file", p);
}

static void multipart_ok(void) {
    serve_part p;
    const char *b =
        "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.docx\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\nPK\x03\x04"
        "data\r\n--XyZ--\r\n";
    CHECK_INT(find(CT, b, &p), SERVE_MP_OK);
    CHECK_INT((int)p.len, 8);
    CHECK(p.data && !memcmp(p.data,
                            "PK\x03\x04"
                            "data",
                            8));
    CHECK_STR(p.filename, "a b.docx");
    /* quoted boundary, a preamble, LWS after the delimiter, case-insensitive names */
    const char *b2 = "preamble text\r\n--q=1\t \r\ncontent-disposition: FORM-DATA; NAME=file; "
                     "filename=x.docx\r\n\r\n"
                     "abc\r\n--q=1--";
    CHECK_INT(find("Multipart/Form-Data; charset=utf-8; boundary=\"q=1\"", b2, &p), SERVE_MP_OK);
    CHECK_INT((int)p.len, 3);
    CHECK_STR(p.filename, "x.docx");
    /* RFC 5987 filename* wins over filename */
    const char *b3 =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.docx\"; "
        "filename*=UTF-8''Surat%20Edaran%20%E2%84%96%201.docx\r\n\r\nx\r\n--XyZ--\r\n";
    CHECK_INT(find(CT, b3, &p), SERVE_MP_OK);
    CHECK_STR(p.filename, "Surat Edaran \xE2\x84\x96 1.docx");
    /* escaped quotes in a quoted file name */
    const char *b4 =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\\\"b.docx\"\r\n\r\n"
        "x\r\n--XyZ--\r\n";
    CHECK_INT(find(CT, b4, &p), SERVE_MP_OK);
    CHECK_STR(p.filename, "a\"b.docx");
    /* an empty file field is well formed (the server refuses it as empty) */
    CHECK_INT(find(CT,
                   "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\r\n--XyZ--\r\n",
                   &p),
              SERVE_MP_OK);
    CHECK_INT((int)p.len, 0);
    /* content that contains the boundary text without the CRLF-- delimiter */
    const char *b5 =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nXyZ --XyZ\n--XyZ\r\n--XyZ--";
    CHECK_INT(find(CT, b5, &p), SERVE_MP_OK);
    CHECK_INT((int)p.len, 15);
}

static void multipart_bad(void) {
    serve_part p;
    const char *good =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--XyZ--\r\n";
    CHECK_INT(find("application/octet-stream", good, &p), SERVE_MP_NO_BOUNDARY);
    CHECK_INT(find("multipart/form-data", good, &p), SERVE_MP_NO_BOUNDARY);
    CHECK_INT(find("multipart/form-data; boundary=", good, &p), SERVE_MP_NO_BOUNDARY);
    CHECK_INT(find("multipart/form-data; boundary=\"XyZ", good, &p), SERVE_MP_NO_BOUNDARY);
    CHECK_INT(find(NULL, good, &p), SERVE_MP_NO_BOUNDARY);
    /* every cut of a good body is refused: truncated uploads never pass */
    size_t n = strlen(good);
    int all = 1;
    for (size_t cut = 0; cut + 2 < n; cut++) /* "--XyZ--" complete at n - 2 */
        if (serve_multipart_find(CT, (const unsigned char *)good, cut, "file", &p) == SERVE_MP_OK)
            all = 0;
    CHECK(all);
    CHECK_INT(find(CT,
                   "--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--XyZ--",
                   &p),
              SERVE_MP_NO_FIELD);
    CHECK_INT(find(CT,
                   "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\na\r\n--XyZ\r\n"
                   "Content-Disposition: form-data; name=\"file\"\r\n\r\nb\r\n--XyZ--",
                   &p),
              SERVE_MP_MALFORMED);
    CHECK_INT(find(CT, "--XyZ\r\nContent-Type: text/plain\r\n\r\nabc\r\n--XyZ--", &p),
              SERVE_MP_MALFORMED);
    CHECK_INT(find(CT,
                   "--XyZ\r\nContent-Disposition: attachment; name=\"file\"\r\n\r\nabc\r\n--XyZ--",
                   &p),
              SERVE_MP_MALFORMED);
    CHECK_INT(find(CT, "--XyZ\r\nno colon here\r\n\r\nabc\r\n--XyZ--", &p), SERVE_MP_MALFORMED);
    CHECK_INT(
        find(CT, "--XyZ\r\nContent-Disposition: form-data; name=\"file\r\n\r\nabc\r\n--XyZ--", &p),
        SERVE_MP_MALFORMED);
    CHECK_INT(
        find(CT, "--XyZjunk\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--XyZ--",
             &p),
        SERVE_MP_MALFORMED);
    CHECK_INT(find(CT, "", &p), SERVE_MP_MALFORMED);
    /* a part header block past the bound */
    size_t big = 40000;
    char *h = malloc(big + 200);
    if (h) {
        int k = snprintf(h, big + 200,
                         "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\nX-Pad: ");
        memset(h + k, 'a', big);
        strcpy(h + k + big, "\r\n\r\nabc\r\n--XyZ--");
        CHECK_INT(find(CT, h, &p), SERVE_MP_MALFORMED);
        free(h);
    }
    CHECK(serve_is_multipart(" multipart/form-data;boundary=a"));
    CHECK(!serve_is_multipart("multipart/form-dataX"));
    CHECK(!serve_is_multipart("multipart/mixed; boundary=a"));
    CHECK_STR(serve_mp_error_name(SERVE_MP_NO_FIELD), "no-file-field");
}

static void base64_and_helpers(void) {
    nt_buf b = {0};
    const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *want[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; i++) {
        serve_base64(&b, in[i], strlen(in[i]));
        char *s = serve_buf_take(&b, NULL);
        CHECK_STR(s, want[i]);
        free(s);
    }
    /* longer than the encoder's chunk: the same as encoding in one go */
    size_t n = 10000;
    unsigned char *raw = malloc(n);
    if (raw) {
        for (size_t i = 0; i < n; i++) raw[i] = (unsigned char)(i * 7 + 3);
        serve_base64(&b, raw, n);
        size_t len = 0;
        char *s = serve_buf_take(&b, &len);
        CHECK_INT((int)len, (int)((n + 2) / 3 * 4));
        CHECK(s && s[len - 1] == '=' && s[len - 2] == '=' &&
              s[len - 3] != '='); /* 10000 = 3 * 3333 + 1 */
        free(s);
        free(raw);
    }
    nt_buf_printf(&b, "%0600d|%s", 7, "end");
    size_t len = 0;
    char *s = serve_buf_take(&b, &len);
    CHECK(len == 604 && !strcmp(s + 600, "|end"));
    free(s);
    s = serve_buf_take(&b, &len); /* an empty buffer: an empty string */
    CHECK(s && len == 0 && !*s);
    free(s);
    CHECK(serve_secret_equal("abc", 3, "abc", 3));
    CHECK(!serve_secret_equal("abc", 3, "abd", 3));
    CHECK(!serve_secret_equal("abc", 3, "abcd", 4));
}

int main(void) {
    multipart_ok();
    multipart_bad();
    base64_and_helpers();
    return tap_done();
}
