/* loadgen.c - a small closed-loop HTTP load generator for the `netral serve` benchmark (in the spirit
 * of wrk): C threads, one keep-alive connection each, POST every file of a list once in total,
 * latency of each request recorded. Prints one JSON line: requests, errors, wall seconds, req/s,
 * p50/p90/p99/max latency in milliseconds. Loopback only.
 * Usage: serve_loadgen PORT PATH CONNECTIONS FILE_LIST   (FILE_LIST: one path per line) */
#define _GNU_SOURCE /* strcasestr */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct doc {
    char *data;
    size_t len;
} doc;

static doc *docs;
static size_t ndocs;
static atomic_size_t next_doc;
static atomic_size_t errors;
static double *lat; /* per request, seconds */
static int port;
static const char *path;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int dial(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static int send_all(int fd, const char *p, size_t n) {
    while (n) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w <= 0) {
            if (w < 0 && errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads one response; 0 when its status is 200. The buffer is reused across calls. */
static int read_response(int fd, char **buf, size_t *cap) {
    size_t have = 0;
    char *end = NULL;
    for (;;) {
        if (have + 4096 > *cap) {
            *cap = *cap ? *cap * 2 : 65536;
            *buf = realloc(*buf, *cap);
            if (!*buf) return -1;
        }
        ssize_t r = recv(fd, *buf + have, *cap - have - 1, 0);
        if (r <= 0) return -1;
        have += (size_t)r;
        (*buf)[have] = 0;
        if ((end = strstr(*buf, "\r\n\r\n"))) break;
    }
    int status = atoi(*buf + 9);
    char *cl = strcasestr(*buf, "\r\nContent-Length:");
    if (!cl || cl > end) return -1;
    size_t body = strtoull(cl + 17, NULL, 10), head = (size_t)(end + 4 - *buf);
    while (have < head + body) {
        if (head + body + 1 > *cap) {
            *cap = head + body + 1;
            *buf = realloc(*buf, *cap);
            if (!*buf) return -1;
        }
        ssize_t r = recv(fd, *buf + have, *cap - have - 1, 0);
        if (r <= 0) return -1;
        have += (size_t)r;
    }
    return status == 200 ? 0 : -1;
}

static void *client(void *arg) {
    (void)arg;
    int fd = dial();
    char *buf = NULL;
    size_t cap = 0;
    char head[512];
    for (;;) {
        size_t i = atomic_fetch_add(&next_doc, 1);
        if (i >= ndocs) break;
        if (fd < 0 && (fd = dial()) < 0) {
            atomic_fetch_add(&errors, 1);
            continue;
        }
        int hl = snprintf(
            head, sizeof head,
            "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            "Content-Length: %zu\r\n\r\n",
            path, docs[i].len);
        double t0 = now();
        int bad = send_all(fd, head, (size_t)hl) || send_all(fd, docs[i].data, docs[i].len) ||
                  read_response(fd, &buf, &cap);
        lat[i] = now() - t0;
        if (bad) {
            atomic_fetch_add(&errors, 1);
            close(fd);
            fd = -1;
        }
    }
    if (fd >= 0) close(fd);
    free(buf);
    return NULL;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static char *slurp(const char *p, size_t *len) {
    FILE *f = fopen(p, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return d;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: serve_loadgen PORT PATH CONNECTIONS FILE_LIST\n");
        return 2;
    }
    port = atoi(argv[1]);
    path = argv[2];
    int conns = atoi(argv[3]);
    FILE *l = fopen(argv[4], "r");
    if (!l || conns < 1) return 2;
    char line[4096];
    size_t cap = 0;
    while (fgets(line, sizeof line, l)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!*line) continue;
        if (ndocs == cap) {
            cap = cap ? cap * 2 : 1024;
            docs = realloc(docs, cap * sizeof *docs);
        }
        docs[ndocs].data = slurp(line, &docs[ndocs].len);
        if (!docs[ndocs].data) {
            fprintf(stderr, "cannot read %s\n", line);
            return 2;
        }
        ndocs++;
    }
    fclose(l);
    lat = calloc(ndocs ? ndocs : 1, sizeof *lat);
    pthread_t *th = calloc((size_t)conns, sizeof *th);
    double t0 = now();
    for (int i = 0; i < conns; i++) pthread_create(&th[i], NULL, client, NULL);
    for (int i = 0; i < conns; i++) pthread_join(th[i], NULL);
    double wall = now() - t0;
    qsort(lat, ndocs, sizeof *lat, cmp);
#define PCT(p) (ndocs ? lat[(size_t)((ndocs - 1) * (p))] * 1000.0 : 0.0)
    printf("{\"requests\":%zu,\"errors\":%zu,\"wall\":%.4f,\"rps\":%.1f,\"p50_ms\":%.3f,\"p90_ms\":"
           "%.3f,"
           "\"p99_ms\":%.3f,\"max_ms\":%.3f}\n",
           ndocs, (size_t)atomic_load(&errors), wall, ndocs / wall, PCT(0.50), PCT(0.90), PCT(0.99),
           ndocs ? lat[ndocs - 1] * 1000.0 : 0.0);
    for (size_t i = 0; i < ndocs; i++) free(docs[i].data);
    free(docs);
    free(lat);
    free(th);
    return 0;
}
