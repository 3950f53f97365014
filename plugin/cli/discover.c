/* discover.c - finds the documents of `netral scan`: named files always ("-" and FIFOs as streams),
 * folders walked recursively for .docx/.docm, symlinks followed with a (dev, ino) set so loops end,
 * unreadable folders reported as io-error entries, non-DOCX memo files (.doc .odt .rtf .pdf)
 * counted or listed; items are streamed to the workers as they are found. After Ctrl-C the walk
 * goes on counting (for the report's done/total) until told to abandon. */
#include "cli.h"

#include "vocab.h" /* nt_skip_kind (base: the shared utility layer) */

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
    free(w->rel);
    free(w->message);
    free(w);
}

int cli_is_docx_name(const char *name) {
    size_t n = strlen(name);
    return n > 5 && (!strcasecmp(name + n - 5, ".docx") || !strcasecmp(name + n - 5, ".docm"));
}

/* ---- Folders already entered: open addressing on (dev, ino) --------------------------------- */

typedef struct dev_ino {
    uint64_t dev, ino;
} dev_ino;
typedef struct visited {
    dev_ino *slot;
    size_t cap, n;
} visited;

static size_t vhash(dev_ino k, size_t cap) {
    uint64_t h =
        k.dev * 0x9E3779B97F4A7C15ull ^ (k.ino + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
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
    int stopped;       /* walk no further (out of memory, or abandoned after Ctrl-C) */
    int counting;      /* Ctrl-C: documents are counted, no longer queued */
    const char *root;  /* the folder being walked, as named on the command line */
    const char *label; /* its name in rel paths ("" when it is the only folder named) */
    char **names;
    size_t nnames; /* top-level rel names taken (labels and named files) */
} walker;

static int stopped(walker *w) {
    if (!w->stopped && atomic_load(&w->d->abandon)) w->stopped = 1;
    if (!w->counting && *w->d->stop) w->counting = 1;
    return w->stopped;
}

static void emit_item(walker *w, const char *path, char *rel, int status, const char *msg,
                      int stream) {
    if (stopped(w)) {
        free(rel);
        return;
    }
    if (w->counting) { /* after Ctrl-C: only how many there were */
        free(rel);
        atomic_fetch_add(&w->d->found, 1);
        return;
    }
    cli_work *it = calloc(1, sizeof *it);
    if (!it || !rel || !(it->path = strdup(path)) || (msg && !(it->message = strdup(msg)))) {
        if (it)
            it->rel = rel;
        else
            free(rel);
        cli_work_free(it);
        w->stopped = 1; /* out of memory: stop walking rather than silently skip */
        return;
    }
    it->rel = rel;
    it->status = status;
    it->stream = stream;
    if (cli_queue_push(w->d->out, it) != 0) {
        cli_work_free(it);
        w->counting = 1; /* aborted: Ctrl-C; this one still counts */
    }
    atomic_fetch_add(&w->d->found, 1);
}

/* The rel path of a document found under the current root folder. */
static char *rel_in_root(const walker *w, const char *path) {
    size_t n = strlen(w->root);
    const char *sub = strncmp(path, w->root, n) ? path : path + n;
    while (*sub == '/') sub++;
    size_t ln = strlen(w->label);
    char *r = malloc(ln + 1 + strlen(sub) + 1);
    if (!r) return NULL;
    if (ln)
        sprintf(r, "%s/%s", w->label, sub);
    else
        strcpy(r, sub);
    return r;
}

static void emit(walker *w, const char *path, int status, const char *msg) {
    emit_item(w, path, rel_in_root(w, path), status, msg, 0);
}

static int status_of_errno(int e) {
    return e == ENOENT || e == ENOTDIR ? NETRAL_E_NOT_FOUND : NETRAL_E_IO;
}

static const char *reason(int e) {
    switch (e) {
    case ENOENT:
    case ENOTDIR: return L("berkas tidak ditemukan", "no such file");
    case EACCES:
    case EPERM: return L("izin ditolak", "permission denied");
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
            if (!nv) {
                *err = ENOMEM;
                break;
            }
            v = nv;
            cap = nc;
        }
        if (!(v[*n] = strdup(e->d_name))) {
            *err = ENOMEM;
            break;
        }
        (*n)++;
    }
    if (!*err && errno) *err = errno;
    closedir(d);
    if (*err && *err != ENOMEM && *n == 0) {
        free(v);
        return NULL;
    }
    if (*n) qsort(v, *n, sizeof *v, cmp_names);
    if (!v) v = calloc(1, sizeof *v);
    return v;
}

static void walk_dir(walker *w, const char *dir, const struct stat *st, int depth);

/* A memo in a format we do not read: counted by kind, or (--include-legacy) listed. */
static void legacy(walker *w, const char *path, const char *name) {
    int k = nt_skip_kind(name);
    if (k < 0 || w->counting) return;
    if (!w->d->include_legacy) {
        atomic_fetch_add(&w->d->skipped[k], 1);
        return;
    }
    static const char *const id[] = {
        "dokumen Word 97-2003 (.doc), bukan DOCX: tidak diperiksa; ubah dulu ke .docx, misalnya "
        "`libreoffice --headless --convert-to docx BERKAS`",
        "dokumen OpenDocument (.odt), bukan DOCX: tidak diperiksa; simpan ulang sebagai .docx",
        "dokumen RTF, bukan DOCX: tidak diperiksa; simpan ulang sebagai .docx",
        "dokumen PDF, bukan DOCX: tidak diperiksa; periksa naskah aslinya dalam .docx"};
    static const char *const en[] = {
        "Word 97-2003 document (.doc), not DOCX: not checked; convert it to .docx first, e.g. "
        "`libreoffice --headless --convert-to docx FILE`",
        "OpenDocument (.odt), not DOCX: not checked; save it again as .docx",
        "RTF document, not DOCX: not checked; save it again as .docx",
        "PDF document, not DOCX: not checked; check the original .docx instead"};
    emit(w, path, NETRAL_E_LEGACY_DOC, cli_en() ? en[k] : id[k]);
}

/* One entry found inside a folder. */
static void visit_entry(walker *w, const char *path, const char *name, int depth) {
    if (name[0] == '~' && name[1] == '$') return; /* Word's lock files, never documents */
    struct stat st;
    if (stat(path, &st) != 0) {
        /* a dangling link or a file that vanished: only worth a line when it looked like a memo */
        if (cli_is_docx_name(name))
            emit_errno(w, path, errno, L("tidak dapat dibuka", "cannot open"));
        return;
    }
    if (S_ISDIR(st.st_mode))
        walk_dir(w, path, &st, depth + 1);
    else if (S_ISREG(st.st_mode) && cli_is_docx_name(name))
        emit(w, path, 0, NULL);
    else if (S_ISREG(st.st_mode))
        legacy(w, path, name);
}

static void walk_dir(walker *w, const char *dir, const struct stat *st, int depth) {
    if (stopped(w)) return;
    int fresh = visited_add(&w->seen, (uint64_t)st->st_dev, (uint64_t)st->st_ino);
    if (fresh == 0) return; /* a symlink loop or a folder reached twice */
    if (fresh < 0 || depth > MAX_DEPTH) {
        emit(w, dir, NETRAL_E_IO,
             fresh < 0 ? L("memori tidak cukup", "out of memory")
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
    if (err)
        emit_errno(w, dir, err, L("folder tidak terbaca seluruhnya", "folder partly unreadable"));
    for (size_t i = 0; i < n; i++) {
        char *path = join(dir, names[i]);
        if (path && !stopped(w)) visit_entry(w, path, names[i], depth);
        free(path);
        free(names[i]);
    }
    free(names);
}

/* ---- Roots -------------------------------------------------------------------------------- */

/* A top-level name for rel paths, made unique ("memo.docx", "memo-2.docx"). malloc'd. */
static char *unique_name(walker *w, const char *base) {
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot != base ? (size_t)(dot - base) : n;
    char *name = strdup(base);
    for (int k = 2; name; k++) {
        int taken = 0;
        for (size_t i = 0; i < w->nnames && !taken; i++) taken = !strcmp(w->names[i], name);
        if (!taken) break;
        free(name);
        name = malloc(n + 16);
        if (name) snprintf(name, n + 16, "%.*s-%d%s", (int)stem, base, k, base + stem);
    }
    char **v = name ? realloc(w->names, (w->nnames + 1) * sizeof *v) : NULL;
    if (!v) {
        free(name);
        return NULL;
    }
    w->names = v;
    v[w->nnames++] = name;
    return strdup(name);
}

/* The last component of a path ("archive/" -> "archive"; "." -> the folder's own name). */
static char *base_name(const char *path) {
    char *abs = cli_abspath(path);
    if (!abs) return NULL;
    const char *slash = strrchr(abs, '/');
    char *b = strdup(slash && slash[1] ? slash + 1 : "root");
    free(abs);
    return b;
}

/* A path named on the command line: a file is always scanned, a folder is walked, "-" and FIFOs
 * are read as streams. */
static void visit_root(walker *w, const char *root, int label_folders) {
    struct stat st;
    if (!strcmp(root, "-")) {
        const char *name = w->d->stdin_name ? w->d->stdin_name : "-";
        char *b = strcmp(name, "-") ? base_name(name) : strdup("stdin.docx");
        char *rel = b ? unique_name(w, b) : NULL;
        free(b);
        emit_item(w, name, rel, 0, NULL, CLI_STREAM_STDIN);
        return;
    }
    char *b = base_name(root);
    if (stat(root, &st) != 0) {
        int e = errno;
        char msg[256];
        snprintf(msg, sizeof msg, "%s: %s", L("tidak dapat dibuka", "cannot open"), reason(e));
        emit_item(w, root, b ? unique_name(w, b) : NULL, status_of_errno(e), msg, 0);
    } else if (S_ISDIR(st.st_mode)) {
        char *label = label_folders && b ? unique_name(w, b) : strdup("");
        w->root = root;
        w->label = label ? label : "";
        if (label) walk_dir(w, root, &st, 0);
        free(label);
        w->root = w->label = "";
    } else if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
        emit_item(w, root, b ? unique_name(w, b) : NULL, 0, NULL,
                  S_ISREG(st.st_mode) ? CLI_STREAM_NONE : CLI_STREAM_FILE);
    } else {
        emit_item(w, root, b ? unique_name(w, b) : NULL, NETRAL_E_IO,
                  L("bukan berkas biasa", "not a regular file"), 0);
    }
    free(b);
}

void *cli_discover_run(void *arg) {
    walker w = {.d = arg, .root = "", .label = ""};
    if (w.d->skip_ino) visited_add(&w.seen, w.d->skip_dev, w.d->skip_ino);
    /* one folder named alone: rel paths inside it; several roots: each under its own name */
    size_t folders = 0;
    for (size_t i = 0; i < w.d->nroots; i++) {
        struct stat st;
        if (strcmp(w.d->roots[i], "-") && stat(w.d->roots[i], &st) == 0 && S_ISDIR(st.st_mode))
            folders++;
    }
    int label_folders = !(folders == 1 && w.d->nroots == 1);
    for (size_t i = 0; i < w.d->nroots && !stopped(&w); i++)
        visit_root(&w, w.d->roots[i], label_folders);
    free(w.seen.slot);
    for (size_t i = 0; i < w.nnames; i++) free(w.names[i]);
    free(w.names);
    atomic_store(&w.d->done, 1);
    cli_queue_close(w.d->out);
    return NULL;
}
