/* discover.c - finds the documents of `netral scan`: named files always, folders walked
 * recursively for .docx/.docm, symlinks followed with a (dev, ino) set so loops end, unreadable
 * folders reported as io-error entries; items are streamed to the workers as they are found. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_DEPTH 512

void cli_work_free(void *p) {
    cli_work *w = p;
    if (!w) return;
    free(w->path);
    free(w->message);
    free(w);
}

int cli_is_docx_name(const char *name) {
    size_t n = strlen(name);
    return n > 5 && (!strcasecmp(name + n - 5, ".docx") || !strcasecmp(name + n - 5, ".docm"));
}

/* ---- Folders already entered: open addressing on (dev, ino) --------------------------------- */

typedef struct dev_ino { uint64_t dev, ino; } dev_ino;
typedef struct visited { dev_ino *slot; size_t cap, n; } visited;

static size_t vhash(dev_ino k, size_t cap) {
    uint64_t h = k.dev * 0x9E3779B97F4A7C15ull ^ (k.ino + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(h ^ (h >> 29)) & (cap - 1);
}

/* 1 when newly added, 0 when already there, -1 on OOM. Slot {0,0} means empty (inode 0 is
 * never a real folder). */
static int visited_add(visited *v, uint64_t dev, uint64_t ino) {
    if ((v->n + 1) * 2 > v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        dev_ino *s = calloc(cap, sizeof *s);
        if (!s) return -1;
        for (size_t i = 0; i < v->cap; i++) {
            if (!v->slot[i].ino) continue;
            size_t j = vhash(v->slot[i], cap);
            while (s[j].ino) j = (j + 1) & (cap - 1);
            s[j] = v->slot[i];
        }
        free(v->slot);
        v->slot = s;
        v->cap = cap;
    }
    dev_ino k = {dev, ino ? ino : 1};
    size_t j = vhash(k, v->cap);
    while (v->slot[j].ino) {
        if (v->slot[j].dev == k.dev && v->slot[j].ino == k.ino) return 0;
        j = (j + 1) & (v->cap - 1);
    }
    v->slot[j] = k;
    v->n++;
    return 1;
}

/* ---- Emitting work ---------------------------------------------------------------------------- */

typedef struct walker {
    cli_discovery *d;
    visited seen;
    int stopped;
} walker;

static int stopped(walker *w) {
    if (!w->stopped && *w->d->stop) w->stopped = 1;
    return w->stopped;
}

static void emit(walker *w, const char *path, int status, const char *msg) {
    if (stopped(w)) return;
    cli_work *it = calloc(1, sizeof *it);
    if (!it || !(it->path = strdup(path)) || (msg && !(it->message = strdup(msg)))) {
        cli_work_free(it);
        w->stopped = 1; /* out of memory: stop walking rather than silently skip */
        return;
    }
    it->status = status;
    if (cli_queue_push(w->d->out, it) != 0) {
        cli_work_free(it);
        w->stopped = 1;
        return;
    }
    atomic_fetch_add(&w->d->found, 1);
}

static int status_of_errno(int e) { return e == ENOENT || e == ENOTDIR ? NETRAL_E_NOT_FOUND : NETRAL_E_IO; }

static const char *reason(int e) {
    switch (e) {
    case ENOENT: case ENOTDIR: return L("berkas tidak ditemukan", "no such file");
    case EACCES: case EPERM: return L("izin ditolak", "permission denied");
    case ELOOP: return L("terlalu banyak tautan simbolik", "too many symbolic links");
    case ENAMETOOLONG: return L("jalur terlalu panjang", "path too long");
    default: return strerror(e);
    }
}

static void emit_errno(walker *w, const char *path, int e, const char *what) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s", what, reason(e));
    emit(w, path, status_of_errno(e), msg);
}

/* ---- Walking ----------------------------------------------------------------------------------- */

static char *join(const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    int slash = a && dir[a - 1] != '/';
    char *p = malloc(a + (size_t)slash + b + 1);
    if (!p) return NULL;
    memcpy(p, dir, a);
    if (slash) p[a] = '/';
    memcpy(p + a + slash, name, b + 1);
    return p;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of a folder, sorted so that runs are reproducible. NULL with *err on failure. */
static char **list_dir(const char *dir, size_t *n, int *err) {
    DIR *d = opendir(dir);
    *n = 0;
    *err = 0;
    if (!d) {
        *err = errno;
        return NULL;
    }
    char **v = NULL;
    size_t cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (*n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            char **nv = realloc(v, nc * sizeof *nv);
            if (!nv) { *err = ENOMEM; break; }
            v = nv;
            cap = nc;
        }
        if (!(v[*n] = strdup(e->d_name))) { *err = ENOMEM; break; }
        (*n)++;
    }
    if (!*err && errno) *err = errno;
    closedir(d);
    if (*err && *err != ENOMEM && *n == 0) { free(v); return NULL; }
    if (*n) qsort(v, *n, sizeof *v, cmp_names);
    if (!v) v = calloc(1, sizeof *v);
    return v;
}

static void walk_dir(walker *w, const char *dir, const struct stat *st, int depth);

/* One entry found inside a folder. */
static void visit_entry(walker *w, const char *path, const char *name, int depth) {
    if (name[0] == '~' && name[1] == '$') return; /* Word's lock files, never documents */
    struct stat st;
    if (stat(path, &st) != 0) {
        /* a dangling link or a file that vanished: only worth a line when it looked like a memo */
        if (cli_is_docx_name(name)) emit_errno(w, path, errno, L("tidak dapat dibuka", "cannot open"));
        return;
    }
    if (S_ISDIR(st.st_mode)) walk_dir(w, path, &st, depth + 1);
    else if (S_ISREG(st.st_mode) && cli_is_docx_name(name)) emit(w, path, 0, NULL);
}

static void walk_dir(walker *w, const char *dir, const struct stat *st, int depth) {
    if (stopped(w)) return;
    int fresh = visited_add(&w->seen, (uint64_t)st->st_dev, (uint64_t)st->st_ino);
    if (fresh == 0) return; /* a symlink loop or a folder reached twice */
    if (fresh < 0 || depth > MAX_DEPTH) {
        emit(w, dir, NETRAL_E_IO, fresh < 0 ? L("memori tidak cukup", "out of memory")
                                            : L("folder terlalu dalam", "folder nesting too deep"));
        return;
    }
    size_t n;
    int err;
    char **names = list_dir(dir, &n, &err);
    if (!names) {
        emit_errno(w, dir, err, L("folder tidak dapat dibaca", "cannot read folder"));
        return;
    }
    if (err) emit_errno(w, dir, err, L("folder tidak terbaca seluruhnya", "folder partly unreadable"));
    for (size_t i = 0; i < n; i++) {
        char *path = join(dir, names[i]);
        if (path && !stopped(w)) visit_entry(w, path, names[i], depth);
        free(path);
        free(names[i]);
    }
    free(names);
}

/* A path named on the command line: a file is always scanned, a folder is walked. */
static void visit_root(walker *w, const char *root) {
    struct stat st;
    if (stat(root, &st) != 0) {
        emit_errno(w, root, errno, L("tidak dapat dibuka", "cannot open"));
        return;
    }
    if (S_ISDIR(st.st_mode)) walk_dir(w, root, &st, 0);
    else if (S_ISREG(st.st_mode)) emit(w, root, 0, NULL);
    else emit(w, root, NETRAL_E_IO, L("bukan berkas biasa", "not a regular file"));
}

void *cli_discover_run(void *arg) {
    walker w = {.d = arg};
    if (w.d->skip_ino) visited_add(&w.seen, w.d->skip_dev, w.d->skip_ino);
    for (size_t i = 0; i < w.d->nroots && !stopped(&w); i++) visit_root(&w, w.d->roots[i]);
    free(w.seen.slot);
    atomic_store(&w.d->done, 1);
    cli_queue_close(w.d->out);
    return NULL;
}
