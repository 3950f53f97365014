/* floor.c - the throughput floor of the batch benchmark: for every .docx under the given folders,
 * open it with libzip, inflate the parts Netral reads, and run Expat over them with empty handlers.
 * Nothing else (no text, no rules): the cost no DOCX scanner can avoid. Same threads as netral -j N.
 *
 * Build: cc -O2 floor.c $(pkg-config --cflags --libs libzip expat) -lpthread -o floor
 * Usage: floor [-j N] DIR...   prints "docs seconds docs_per_second" on stdout. */
#define _GNU_SOURCE
#include <dirent.h>
#include <expat.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <zip.h>

static char **paths;
static size_t npaths, cap, next_doc, parsed_bytes;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void add_path(const char *p) {
    if (npaths == cap) {
        cap = cap ? cap * 2 : 1024;
        paths = realloc(paths, cap * sizeof *paths);
        if (!paths) exit(2);
    }
    paths[npaths++] = strdup(p);
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(p, &st) != 0) continue;
        size_t n = strlen(e->d_name);
        if (S_ISDIR(st.st_mode))
            walk(p);
        else if (n > 5 && !strcasecmp(e->d_name + n - 5, ".docx"))
            add_path(p);
    }
    closedir(d);
}

/* The parts Netral reads: package plumbing, the main document, headers, footers, notes,
 * comments and document properties. */
static int wanted(const char *name) {
    static const char *const exact[] = {"[Content_Types].xml", "_rels/.rels",
                                        "word/document.xml",   "word/_rels/document.xml.rels",
                                        "word/footnotes.xml",  "word/endnotes.xml",
                                        "word/comments.xml",   "docProps/core.xml",
                                        "docProps/app.xml"};
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (!strcmp(name, exact[i])) return 1;
    return (!strncmp(name, "word/header", 11) || !strncmp(name, "word/footer", 11)) &&
           strstr(name, ".xml") && !strstr(name, "_rels");
}

static void XMLCALL on_start(void *u, const XML_Char *n, const XML_Char **a) {
    (void)u;
    (void)n;
    (void)a;
}
static void XMLCALL on_end(void *u, const XML_Char *n) {
    (void)u;
    (void)n;
}
static void XMLCALL on_text(void *u, const XML_Char *s, int len) {
    (void)u;
    (void)s;
    (void)len;
}

static size_t scan_doc(const char *path) {
    int err;
    zip_t *z = zip_open(path, ZIP_RDONLY, &err);
    if (!z) return 0;
    size_t bytes = 0;
    zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = zip_get_name(z, (zip_uint64_t)i, 0);
        zip_stat_t st;
        if (!name || !wanted(name) || zip_stat_index(z, (zip_uint64_t)i, 0, &st) != 0) continue;
        zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)i, 0);
        if (!f) continue;
        char *buf = malloc(st.size + 1);
        zip_int64_t got = buf ? zip_fread(f, buf, st.size) : -1;
        zip_fclose(f);
        if (got > 0) {
            XML_Parser p = XML_ParserCreate(NULL);
            XML_SetElementHandler(p, on_start, on_end);
            XML_SetCharacterDataHandler(p, on_text);
            XML_Parse(p, buf, (int)got, 1);
            XML_ParserFree(p);
            bytes += (size_t)got;
        }
        free(buf);
    }
    zip_close(z);
    return bytes;
}

static void *worker(void *arg) {
    (void)arg;
    size_t mine = 0;
    for (;;) {
        pthread_mutex_lock(&mu);
        size_t i = next_doc++;
        pthread_mutex_unlock(&mu);
        if (i >= npaths) break;
        mine += scan_doc(paths[i]);
    }
    pthread_mutex_lock(&mu);
    parsed_bytes += mine;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(int argc, char **argv) {
    int jobs = 1, i = 1;
    if (argc > 2 && !strcmp(argv[1], "-j")) {
        jobs = atoi(argv[2]);
        i = 3;
    }
    if (jobs < 1 || jobs > 256 || i >= argc) {
        fprintf(stderr, "usage: floor [-j N] DIR...\n");
        return 2;
    }
    for (; i < argc; i++) walk(argv[i]);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_t th[256];
    for (int k = 0; k < jobs; k++) pthread_create(&th[k], NULL, worker, NULL);
    for (int k = 0; k < jobs; k++) pthread_join(th[k], NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%zu %.4f %.1f %zu\n", npaths, s, s > 0 ? (double)npaths / s : 0.0, parsed_bytes);
    return 0;
}
