/* util.h - small shared helpers: growable byte buffers, JSON escaping, UTF-8 checks, error slots.
 * Lowest layer: includes nothing of Netral but the public status codes. */
#ifndef NT_UTIL_H
#define NT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "netral.h"

/* A growable byte buffer; p is always NUL-terminated when n > 0 or after nt_buf_cstr. */
typedef struct nt_buf {
    char *p;
    size_t n, cap;
    int oom; /* sticky: set when a growth failed; further writes are dropped */
} nt_buf;

void nt_buf_init(nt_buf *b);
void nt_buf_free(nt_buf *b);
int nt_buf_put(nt_buf *b, const void *data, size_t len);
int nt_buf_puts(nt_buf *b, const char *s);
int nt_buf_putc(nt_buf *b, char c);
int nt_buf_printf(nt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *nt_buf_cstr(nt_buf *b);
/* Hand the storage to the caller (malloc'd, NUL-terminated) and reset the buffer. */
char *nt_buf_take(nt_buf *b, size_t *len);

/* Append s[0..len) as a JSON string literal, quotes included. Invalid UTF-8 becomes U+FFFD. */
void nt_json_str(nt_buf *b, const char *s, size_t len);
void nt_json_cstr(nt_buf *b, const char *s); /* NULL -> null */

/* 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int nt_utf8_valid(const char *s, size_t len);
/* Decode one code point at s (len > 0); returns its byte length, or 0 and *cp = 0xFFFD on error. */
size_t nt_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* Encode cp into out (>= 4 bytes); returns the byte count. */
size_t nt_utf8_encode(uint32_t cp, char *out);
/* Where to cut s[0..len) so that at most max bytes remain without splitting a UTF-8 sequence:
 * len when it already fits, else the last character boundary at or before max. */
size_t nt_utf8_cut(const char *s, size_t len, size_t max);
/* A malloc'd copy of s holding at most max bytes (max >= 4): a longer s is cut at a character
 * boundary and ends in U+2026 "…", so the copy is never longer than max. NULL when out of memory. */
char *nt_strdup_capped(const char *s, size_t max);

/* An error slot filled by lower layers: a status and a message naming part/line where relevant. */
typedef struct nt_err {
    int code;
    char msg[512];
} nt_err;
void nt_err_set(nt_err *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Language of the messages the library writes in this thread (errors, rule errors, notes): one
 * language per run. Each public entry point that has an engine sets it from the engine's options
 * (nt_lang_enter ... nt_lang_leave); elsewhere it follows NETRAL_LANG (Indonesian by default). */
int nt_lang_en(void);
int nt_lang_enter(int en); /* returns the previous setting, for nt_lang_leave */
void nt_lang_leave(int prev);
/* Picks the message in the thread's language: NT_L("memori habis", "out of memory"). */
#define NT_L(id, en) (nt_lang_en() ? (en) : (id))

char *nt_strdup(const char *s);
char *nt_strndup(const char *s, size_t n);

/* FNV-1a 64-bit, used for hash tables and content hashes. */
uint64_t nt_hash64(const void *data, size_t len, uint64_t seed);

/* Where the annotated copy of a document goes: dir + the document path made relative
 * ("/" and "./" dropped, ".." renamed "__"), so a copy never lands outside dir. malloc'd; NULL on
 * OOM. The CLI passes the path relative to the folder named on the command line. */
char *nt_mirror_path(const char *dir, const char *path);

#endif
