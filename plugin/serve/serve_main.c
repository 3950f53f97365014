/* serve_main.c - the `netral serve` command: options, the bearer token, start-up (pool, then the
 * HTTP server), and the signal loop: SIGHUP reloads the rule folders, SIGTERM/SIGINT drain. */
#include "serve.h"
#include "vocab.h" /* severity names (base: the shared utility layer) */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EXIT_USAGE 2

static void help(FILE *f) {
    if (serve_en())
        fputs("Usage: netral serve [OPTIONS]\n"
              "  --listen ADDR:PORT    address to listen on (default 127.0.0.1:8080; [::1]:8080 "
              "for IPv6;\n"
              "                        port 0 picks a free one)\n"
              "  -j, --jobs N          worker threads, one engine each (default: number of CPUs)\n"
              "  --rules DIR           extra rule folder (repeatable); SIGHUP reloads them\n"
              "  --lang id|en          language of messages and findings (default id; ?lang= per "
              "request)\n"
              "  --min-severity S      drop findings below info|low|medium|high (default low)\n"
              "  --max-bytes N         largest upload, bytes or with K/M/G (default 50M); larger: "
              "413\n"
              "  --timeout S           time budget of one request in seconds (default 60)\n"
              "  --idle-timeout S      close a connection silent this long (default 15)\n"
              "  --max-connections N   concurrent connections (default 64)\n"
              "  --token-file FILE     require 'Authorization: Bearer <token>' (token read from "
              "FILE)\n"
              "  --port-file FILE      write the port listened on to FILE once ready\n"
              "  --quiet               no log line per request\n"
              "API and examples: docs/serve.md. SIGHUP reloads the rules, SIGTERM finishes the "
              "requests\n"
              "in flight and exits.\n",
              f);
    else
        fputs(
            "Pemakaian: netral serve [OPSI]\n"
            "  --listen ALAMAT:PORT  alamat yang didengarkan (bawaan 127.0.0.1:8080; [::1]:8080 "
            "untuk IPv6;\n"
            "                        port 0 memilih port yang bebas)\n"
            "  -j, --jobs N          jumlah thread pekerja, masing-masing satu mesin (bawaan: "
            "jumlah CPU)\n"
            "  --rules DIR           folder aturan tambahan (boleh berulang); SIGHUP memuat ulang\n"
            "  --lang id|en          bahasa pesan dan temuan (bawaan id; ?lang= per permintaan)\n"
            "  --min-severity S      buang temuan di bawah info|low|medium|high (bawaan low)\n"
            "  --max-bytes N         unggahan terbesar, bait atau dengan K/M/G (bawaan 50M); "
            "lebih: 413\n"
            "  --timeout S           batas waktu satu permintaan dalam detik (bawaan 60)\n"
            "  --idle-timeout S      tutup koneksi yang diam selama ini (bawaan 15)\n"
            "  --max-connections N   koneksi bersamaan (bawaan 64)\n"
            "  --token-file BERKAS   wajibkan 'Authorization: Bearer <token>' (token dari BERKAS)\n"
            "  --port-file BERKAS    tulis port yang didengarkan ke BERKAS setelah siap\n"
            "  --quiet               tanpa baris log per permintaan\n"
            "API dan contoh: docs/serve.md. SIGHUP memuat ulang aturan, SIGTERM menyelesaikan "
            "permintaan\n"
            "yang sedang berjalan lalu berhenti.\n",
            f);
}

static int usage(const char *fmt, const char *arg) {
    fputs("netral serve: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

/* "--name VALUE" or "--name=VALUE" (or the short form): the value, advancing *i. */
static const char *opt(int argc, char **argv, int *i, const char *lng, const char *shrt,
                       int *missing) {
    const char *a = argv[*i];
    size_t n = strlen(lng);
    if (!strcmp(a, lng) || (shrt && !strcmp(a, shrt))) {
        if (*i + 1 >= argc) {
            *missing = 1;
            return NULL;
        }
        return argv[++*i];
    }
    if (!strncmp(a, lng, n) && a[n] == '=') return a + n + 1;
    return NULL;
}

static int parse_u64(const char *s, uint64_t lo, uint64_t hi, int suffix, uint64_t *out) {
    char *end = NULL;
    errno = 0;
    if (!s || !*s || *s == '-' || *s == '+') return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return -1;
    uint64_t mul = 1;
    if (suffix && *end) {
        switch (*end) {
        case 'k':
        case 'K': mul = 1024; break;
        case 'm':
        case 'M': mul = 1024 * 1024; break;
        case 'g':
        case 'G': mul = 1024ull * 1024 * 1024; break;
        default: return -1;
        }
        end++;
        if (*end == 'B' || *end == 'b') end++;
    }
    if (*end || (mul > 1 && v > hi / mul)) return -1;
    v *= mul;
    if (v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int parse_seconds(const char *s, double lo, double hi, double *out) {
    char *end = NULL;
    errno = 0;
    if (!s || !*s) return -1;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi)) return -1;
    *out = v;
    return 0;
}

/* "HOST:PORT", "[V6]:PORT"; "localhost" means 127.0.0.1. */
static int parse_listen(const char *s, serve_config *c) {
    const char *colon;
    size_t hl;
    const char *h = s;
    if (s[0] == '[') {
        const char *close = strchr(s, ']');
        if (!close || close[1] != ':') return -1;
        h = s + 1;
        hl = (size_t)(close - h);
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon) return -1;
        hl = (size_t)(colon - s);
    }
    if (!hl || hl >= sizeof c->host) return -1;
    memcpy(c->host, h, hl);
    c->host[hl] = 0;
    if (!strcmp(c->host, "localhost")) snprintf(c->host, sizeof c->host, "%s", "127.0.0.1");
    uint64_t port;
    if (parse_u64(colon + 1, 0, 65535, 0, &port)) return -1;
    c->port = (int)port;
    return 0;
}

static char *read_token(const char *path, const char **why) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *why = strerror(errno);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && (st.st_mode & S_IROTH))
        serve_log(SL("peringatan: %s dapat dibaca semua pengguna (chmod 600)",
                     "warning: %s is readable by every user (chmod 600)"),
                  path);
    char buf[4097];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n < 0) {
        *why = strerror(errno);
        return NULL;
    }
    if (n == (ssize_t)sizeof buf - 1) {
        *why = SL("token terlalu panjang", "token too long");
        return NULL;
    }
    size_t a = 0, b = (size_t)n;
    while (a < b && (buf[a] == ' ' || buf[a] == '\t' || buf[a] == '\n' || buf[a] == '\r')) a++;
    while (b > a &&
           (buf[b - 1] == ' ' || buf[b - 1] == '\t' || buf[b - 1] == '\n' || buf[b - 1] == '\r'))
        b--;
    for (size_t i = a; i < b; i++)
        if ((unsigned char)buf[i] <= 0x20 || (unsigned char)buf[i] >= 0x7F) {
            *why = SL("token hanya boleh berisi karakter ASCII tampak",
                      "the token must be visible ASCII");
            return NULL;
        }
    if (b == a) {
        *why = SL("berkas token kosong", "the token file is empty");
        return NULL;
    }
    char *t = malloc(b - a + 1);
    if (!t) {
        *why = "out of memory";
        return NULL;
    }
    memcpy(t, buf + a, b - a);
    t[b - a] = 0;
    return t;
}

static int write_port_file(const char *path, int port) {
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid()) >= (int)sizeof tmp) return -1;
    FILE *f = fopen(tmp, "w");
    if (!f) return -1;
    int bad = fprintf(f, "%d\n", port) < 0;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path) != 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

int serve_main(int argc, char **argv) {
    serve_config cfg;
    memset(&cfg, 0, sizeof cfg);
    snprintf(cfg.host, sizeof cfg.host, "%s", "127.0.0.1");
    cfg.port = 8080;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    cfg.jobs = ncpu > 0 ? (int)(ncpu > 256 ? 256 : ncpu) : 1;
    cfg.max_bytes = 50ull * 1024 * 1024;
    cfg.timeout = 60;
    cfg.idle_timeout = 15;
    cfg.max_connections = 64;
    const char *lang = getenv("NETRAL_LANG");
    cfg.en = lang && !strncmp(lang, "en", 2);
    /* --lang first, so that every later message is in the right language */
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *v = opt(argc, argv, &i, "--lang", NULL, &missing);
        if (v) cfg.en = !strncmp(v, "en", 2);
    }
    serve_set_en(cfg.en);
    const char **rules = calloc((size_t)argc + 1, sizeof *rules);
    const char *token_file = NULL, *port_file = NULL;
    if (!rules) return usage("%s", "out of memory");
    int rc = 0;
    for (int i = 1; i < argc && !rc; i++) {
        const char *a = argv[i], *v;
        int missing = 0;
        uint64_t u;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(rules);
            return 0;
        }
        if (!strcmp(a, "--quiet")) {
            cfg.quiet = 1;
            continue;
        }
        if ((v = opt(argc, argv, &i, "--listen", NULL, &missing))) {
            if (parse_listen(v, &cfg))
                rc = usage(SL("--listen harus ALAMAT:PORT (mis. 127.0.0.1:8080): %s",
                              "--listen must be ADDR:PORT (e.g. 127.0.0.1:8080): %s"),
                           v);
        } else if ((v = opt(argc, argv, &i, "--jobs", "-j", &missing))) {
            if (parse_u64(v, 1, 256, 0, &u))
                rc = usage(SL("--jobs harus 1..256: %s", "--jobs must be 1..256: %s"), v);
            else
                cfg.jobs = (int)u;
        } else if ((v = opt(argc, argv, &i, "--rules", NULL, &missing))) {
            rules[cfg.nrules++] = v;
        } else if ((v = opt(argc, argv, &i, "--lang", NULL, &missing))) {
            if (strcmp(v, "id") && strcmp(v, "en"))
                rc = usage(SL("--lang harus id atau en: %s", "--lang must be id or en: %s"), v);
        } else if ((v = opt(argc, argv, &i, "--min-severity", NULL, &missing))) {
            if (nt_severity_from_name(v) < 0)
                rc = usage(SL("--min-severity harus info, low, medium atau high: %s",
                              "--min-severity must be info, low, medium or high: %s"),
                           v);
            cfg.min_severity = v;
        } else if ((v = opt(argc, argv, &i, "--max-bytes", NULL, &missing))) {
            if (parse_u64(v, 1, 1ull << 40, 1, &u))
                rc = usage(SL("--max-bytes tidak sah: %s", "invalid --max-bytes: %s"), v);
            else
                cfg.max_bytes = u;
        } else if ((v = opt(argc, argv, &i, "--timeout", NULL, &missing))) {
            if (parse_seconds(v, 0.05, 86400, &cfg.timeout))
                rc = usage(SL("--timeout harus detik (0.05..86400): %s",
                              "--timeout must be seconds (0.05..86400): %s"),
                           v);
        } else if ((v = opt(argc, argv, &i, "--idle-timeout", NULL, &missing))) {
            if (parse_u64(v, 1, 86400, 0, &u))
                rc = usage(SL("--idle-timeout harus detik (1..86400): %s",
                              "--idle-timeout must be seconds (1..86400): %s"),
                           v);
            else
                cfg.idle_timeout = (unsigned)u;
        } else if ((v = opt(argc, argv, &i, "--max-connections", NULL, &missing))) {
            if (parse_u64(v, 1, 100000, 0, &u))
                rc = usage(SL("--max-connections harus 1..100000: %s",
                              "--max-connections must be 1..100000: %s"),
                           v);
            else
                cfg.max_connections = (unsigned)u;
        } else if ((v = opt(argc, argv, &i, "--token-file", NULL, &missing))) {
            token_file = v;
        } else if ((v = opt(argc, argv, &i, "--port-file", NULL, &missing))) {
            port_file = v;
        } else if (missing) {
            rc = usage(SL("opsi %s memerlukan nilai", "option %s needs a value"), a);
        } else {
            rc = usage(SL("opsi tidak dikenal: %s (lihat: netral serve --help)",
                          "unknown option: %s (see: netral serve --help)"),
                       a);
        }
    }
    cfg.rules = rules;
    if (!rc && token_file) {
        const char *why = NULL;
        cfg.token = read_token(token_file, &why);
        if (!cfg.token) {
            fprintf(stderr, "netral serve: %s: %s\n", token_file, why);
            rc = EXIT_USAGE;
        }
    }
    if (rc) {
        free(rules);
        free(cfg.token);
        return rc;
    }

    /* Signals go to this thread only: block them before any thread exists, wait for them below. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    char err[1024] = "";
    serve_pool *pool = serve_pool_new(&cfg, err, sizeof err);
    if (!pool) {
        fprintf(stderr, "netral serve: %s\n", err);
        free(rules);
        free(cfg.token);
        return EXIT_USAGE;
    }
    serve_server *srv = serve_server_new(&cfg, pool, 0, err, sizeof err);
    if (!srv) {
        fprintf(stderr, "netral serve: %s\n", err);
        serve_pool_free(pool);
        free(rules);
        free(cfg.token);
        return EXIT_USAGE;
    }
    char rs[80];
    size_t nrules = 0;
    serve_pool_ruleset(pool, rs, sizeof rs, &nrules);
    int port = serve_server_port(srv);
    int v6 = strchr(cfg.host, ':') != NULL;
    serve_log(
        SL("mendengarkan di http://%s%s%s:%d/ (pekerja %d, aturan %s: %zu, batas %llu bait, %g "
           "detik%s)",
           "listening on http://%s%s%s:%d/ (workers %d, rules %s: %zu, limit %llu bytes, %g s%s)"),
        v6 ? "[" : "", cfg.host, v6 ? "]" : "", port, cfg.jobs, rs, nrules,
        (unsigned long long)cfg.max_bytes, cfg.timeout,
        cfg.token ? SL(", dengan token", ", token required") : "");
    if (strcmp(cfg.host, "127.0.0.1") && strcmp(cfg.host, "::1") && !cfg.token)
        serve_log("%s", SL("peringatan: mendengarkan di luar loopback tanpa --token-file",
                           "warning: listening beyond loopback without --token-file"));
    if (port_file && write_port_file(port_file, port))
        serve_log(SL("tidak dapat menulis %s: %s", "cannot write %s: %s"), port_file,
                  strerror(errno));

    int sig = 0;
    for (;;) {
        siginfo_t si;
        struct timespec ts = {1, 0};
        sig = sigtimedwait(&set, &si, &ts);
        if (sig < 0) continue; /* timeout or EINTR */
        if (sig == SIGHUP) {
            char m[1024];
            if (serve_pool_reload(pool, m, sizeof m) == 0)
                serve_log(SL("aturan dimuat ulang: %s", "rules reloaded: %s"), m);
            else
                serve_log(SL("muat ulang gagal, aturan lama tetap dipakai: %s",
                             "reload failed, keeping the previous rules: %s"),
                          m);
            continue;
        }
        break;
    }
    serve_log(SL("berhenti (%s): menyelesaikan %d permintaan yang berjalan",
                 "stopping (%s): finishing %d requests in flight"),
              sig == SIGINT ? "SIGINT" : "SIGTERM", serve_server_inflight(srv));
    serve_server_drain(srv);
    double until = serve_now() + cfg.timeout + 2.0; /* every job's deadline has passed by then */
    int forced = 0;
    while (serve_server_inflight(srv) > 0 && serve_now() < until) {
        siginfo_t si;
        struct timespec ts = {0, 50 * 1000 * 1000};
        int s2 = sigtimedwait(&set, &si, &ts);
        if (s2 == SIGTERM || s2 == SIGINT) {
            forced = 1;
            break;
        }
    }
    int left = serve_server_inflight(srv);
    if (forced || left > 0) {
        /* A second signal, or requests that outlived every deadline: leave without waiting.
         * (Suspended connections cannot be stopped cleanly by libmicrohttpd.) */
        serve_log(SL("berhenti paksa: %d permintaan belum selesai",
                     "forced stop: %d requests unfinished"),
                  left);
        _exit(1);
    }
    serve_server_free(srv);
    serve_pool_free(pool);
    serve_log("%s", SL("berhenti", "stopped"));
    free(rules);
    free(cfg.token);
    return 0;
}
