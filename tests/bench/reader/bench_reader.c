/* bench_reader.c - benchmark of the DOCX reader against a floor: docs/s and peak RSS for text
 * extraction, and for merely inflating the same parts and running Expat with empty handlers. */
#include "document.h"

#include <dirent.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zip.h>

typedef struct result {
    double seconds;
    long peak_kib, rss_early_kib, rss_end_kib;
    int docs, failed;
    long long text_bytes;
} result;

static char **files;
static size_t nfiles, capfiles, nrun; /* nrun: how many of the files a run reads (--limit) */

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            collect(path);
            continue;
        }
        size_t n = strlen(path);
        if (n < 5 || strcmp(path + n - 5, ".docx")) continue;
        if (nfiles == capfiles) {
            capfiles = capfiles ? capfiles * 2 : 1024;
            files = realloc(files, capfiles * sizeof *files);
            if (!files) exit(1);
        }
        files[nfiles++] = strdup(path);
    }
    closedir(d);
}

static long rss_now_kib(void) {
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* ---- The reader ------------------------------------------------------------------------------ */

static int extract_one(const char *path, nt_buf *out, long long *bytes) {
    nt_package *pkg;
    nt_doc *doc;
    nt_err err;
    int rc = nt_package_open_path(path, NULL, &pkg, &err);
    if (!rc) rc = nt_doc_load(pkg, NULL, 0, &doc, &err);
    if (rc) return rc;
    out->n = 0;
    nt_doc_write_text(doc, out);
    *bytes += (long long)out->n;
    nt_doc_free(doc);
    return 0;
}

/* ---- The floor: same file read, same parts inflated, Expat with empty handlers ----------------- */

/* The parts the reader reads for these memos (content types, relationships, main part, headers,
 * footers, notes, comments, properties); styles, settings, fonts, theme and media are not read. */
static int floor_wants(const char *n) {
    static const char *exact[] = {
        "[Content_Types].xml", "_rels/.rels",        "word/_rels/document.xml.rels",
        "word/document.xml",   "word/footnotes.xml", "word/endnotes.xml",
        "word/comments.xml",   "docProps/core.xml",  "docProps/app.xml"};
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (!strcmp(n, exact[i])) return 1;
    return (!strncmp(n, "word/header", 11) || !strncmp(n, "word/footer", 11)) &&
           strchr(n + 5, '/') == NULL;
}

/* Empty handlers, as the floor is defined: Expat then does the same per-element work (names,
 * attribute arrays, text runs) as for the reader, which registers these three. */
static void XMLCALL empty_start(void *ud, const XML_Char *name, const XML_Char **atts) {
    (void)ud;
    (void)name;
    (void)atts;
}
static void XMLCALL empty_end(void *ud, const XML_Char *name) {
    (void)ud;
    (void)name;
}
static void XMLCALL empty_text(void *ud, const XML_Char *s, int len) {
    (void)ud;
    (void)s;
    (void)len;
}

static int floor_one(const char *path, nt_buf *buf) {
    FILE *f = fopen(path, "rb");
    if (!f) return 1;
    struct stat st;
    if (fstat(fileno(f), &st) != 0) {
        fclose(f);
        return 1;
    }
    size_t len = (size_t)st.st_size;
    unsigned char *bytes = malloc(len ? len : 1);
    int bad = !bytes || fread(bytes, 1, len, f) != len;
    fclose(f);
    if (bad) {
        free(bytes);
        return 1;
    }
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!za) {
        if (src) zip_source_free(src);
        free(bytes);
        return 1;
    }
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n && !bad; i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        if (!name || !floor_wants(name)) continue;
        zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
        if (!zf) {
            bad = 1;
            break;
        }
        buf->n = 0;
        char chunk[16384];
        zip_int64_t got;
        while ((got = zip_fread(zf, chunk, sizeof chunk)) > 0) nt_buf_put(buf, chunk, (size_t)got);
        zip_fclose(zf);
        XML_Parser p = XML_ParserCreate(NULL);
        if (p) {
            XML_SetElementHandler(p, empty_start, empty_end);
            XML_SetCharacterDataHandler(p, empty_text);
        }
        if (!p || XML_Parse(p, buf->p, (int)buf->n, 1) != XML_STATUS_OK) bad = 1;
        if (p) XML_ParserFree(p);
    }
    zip_discard(za);
    free(bytes);
    return bad;
}

/* ---- Measuring ------------------------------------------------------------------------------- */

static result run_mode(int floor) {
    result r = {0};
    nt_buf buf;
    nt_buf_init(&buf);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t i = 0; i < nrun; i++) {
        int rc = floor ? floor_one(files[i], &buf) : extract_one(files[i], &buf, &r.text_bytes);
        if (rc) r.failed++;
        r.docs++;
        if (i == nrun / 10) r.rss_early_kib = rss_now_kib();
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    r.seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    r.rss_end_kib = rss_now_kib();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    r.peak_kib = ru.ru_maxrss;
    nt_buf_free(&buf);
    return r;
}

/* Each measurement runs in a fresh child, so peak RSS belongs to that mode alone. */
static result run_child(int floor) {
    int fd[2];
    result r = {0};
    if (pipe(fd) != 0) return r;
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        result c = run_mode(floor);
        ssize_t w = write(fd[1], &c, sizeof c);
        _exit(w == (ssize_t)sizeof c ? 0 : 1);
    }
    close(fd[1]);
    if (pid < 0 || read(fd[0], &r, sizeof r) != (ssize_t)sizeof r) r.docs = 0;
    close(fd[0]);
    if (pid > 0) waitpid(pid, NULL, 0);
    return r;
}

static void print(const char *what, const result *r) {
    printf("%-10s %5d docs  %7.3f s  %8.1f docs/s  peak RSS %6.1f MiB  RSS after 10%% %6.1f MiB, "
           "at end %6.1f MiB%s\n",
           what, r->docs, r->seconds, r->docs / r->seconds, r->peak_kib / 1024.0,
           r->rss_early_kib / 1024.0, r->rss_end_kib / 1024.0, r->failed ? "  (FAILURES)" : "");
}

int main(int argc, char **argv) {
    int rounds = 3;
    long limit = 0;
    const char *dir = NULL, *only = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc)
            limit = atol(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc)
            only = argv[++i];
        else
            dir = argv[i];
    }
    if (!dir || rounds < 1 || (only && strcmp(only, "floor") && strcmp(only, "extract"))) {
        fprintf(
            stderr,
            "usage: bench_reader [--rounds N] [--limit FILES] [--only floor|extract] DIR\n"
            "  --only runs one mode once in this process (e.g. under valgrind --tool=callgrind)\n");
        return 2;
    }
    collect(dir);
    if (!nfiles) {
        fprintf(stderr, "no .docx under %s\n", dir);
        return 2;
    }
    qsort(files, nfiles, sizeof *files, cmp_str);
    nrun = limit > 0 && (size_t)limit < nfiles ? (size_t)limit : nfiles;
    if (only) {
        result r = run_mode(!strcmp(only, "floor"));
        print(only, &r);
        for (size_t i = 0; i < nfiles; i++) free(files[i]);
        free(files);
        return r.failed != 0;
    }
    result warm = run_child(1); /* page cache */
    (void)warm;
    result best_floor = {0}, best_extract = {0};
    for (int i = 0; i < rounds; i++) {
        result f = run_child(1), e = run_child(0);
        print("floor", &f);
        print("extract", &e);
        if (!best_floor.docs || f.seconds < best_floor.seconds) best_floor = f;
        if (!best_extract.docs || e.seconds < best_extract.seconds) best_extract = e;
    }
    printf("\nbest of %d rounds over %zu memos:\n", rounds, nrun);
    print("floor", &best_floor);
    print("extract", &best_extract);
    printf("extracted text: %.1f KiB per memo\n",
           best_extract.text_bytes / 1024.0 / best_extract.docs);
    printf("ratio extract/floor: %.2fx (target <= 1.30x)\n",
           best_extract.seconds / best_floor.seconds);
    for (size_t i = 0; i < nfiles; i++) free(files[i]);
    free(files);
    return best_floor.failed || best_extract.failed || !best_floor.docs || !best_extract.docs;
}
