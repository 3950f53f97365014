/* atomic.h - whole-file writes that are never seen half done: a temporary sibling, fsync, rename
 * (atomic.c). Used by the annotator, the API and the front ends. */
#ifndef NT_ATOMIC_H
#define NT_ATOMIC_H

#include <stddef.h>

#include "util.h"

/* Write data to path atomically (temp file in the same folder, fsync, rename). */
int nt_write_atomic(const char *path, const void *data, size_t len, nt_err *err);

#endif
