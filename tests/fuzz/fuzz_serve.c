/* fuzz_serve.c - libFuzzer target for `netral serve`'s request handler: an input is what a client
 * sends on one connection (request lines, headers, bodies: plain, chunked or multipart, several
 * pipelined), fed through libmicrohttpd into the server's handler, the engine pool run inline. The
 * first byte picks a server with or without a bearer token; the multipart parser also sees the
 * rest directly. Each input gets its own loopback TCP connection. Answers must be HTTP/1.x status
 * lines; the server must end every connection. NETRAL_FUZZ_SERVE_ECHO=1 prints the answers. */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <microhttpd.h>

#include "fuzz_common.h"
#include "serve.h"

static serve_config cfg[2];
static serve_pool *pool[2];
static serve_server *srv[2];
static int listener = -1; /* loopback TCP: each input gets a real connection pair */
static struct sockaddr_in laddr;

static void cleanup(void) {
    for (int i = 0; i < 2; i++) {
        serve_server_free(srv[i]);
        if (listener >= 0) close(listener);
        listener = -1;
        serve_pool_free(pool[i]);
        free(cfg[i].token);
        srv[i] = NULL;
        pool[i] = NULL;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    for (int i = 0; i < 2; i++) {
        serve_config *c = &cfg[i];
        snprintf(c->host, sizeof c->host, "%s", "127.0.0.1");
        c->jobs = 0;               /* inline: each job runs in the handler, deterministic */
        c->max_bytes = 256 * 1024; /* small, so the limit itself gets exercised */
        c->timeout = 600;
        c->idle_timeout = 600;
        c->max_connections = 4;
        c->quiet = 2; /* libmicrohttpd's complaints about fuzzed requests are expected */
        if (i) c->token = strdup("fuzz-token");
        char err[512];
        pool[i] = serve_pool_new(c, err, sizeof err);
        srv[i] = pool[i] ? serve_server_new(c, pool[i], 1, err, sizeof err) : NULL;
        if (!srv[i]) {
            fprintf(stderr, "fuzz_serve: cannot start the server: %s\n", err);
            exit(2);
        }
    }
    listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    memset(&laddr, 0, sizeof laddr);
    laddr.sin_family = AF_INET;
    laddr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t alen = sizeof laddr;
    if (listener < 0 || bind(listener, (struct sockaddr *)&laddr, sizeof laddr) != 0 ||
        listen(listener, 4) != 0 || getsockname(listener, (struct sockaddr *)&laddr, &alen) != 0) {
        fprintf(stderr, "fuzz_serve: no loopback socket: %s\n", strerror(errno));
        exit(2);
    }
    atexit(cleanup);
    return 0;
}

/* A connected loopback TCP pair: *client for the fuzzer, *server for libmicrohttpd. */
static int tcp_pair(int *client, int *server, struct sockaddr_in *peer) {
    *client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (*client < 0) return -1;
    if (connect(*client, (struct sockaddr *)&laddr, sizeof laddr) != 0) {
        close(*client);
        return -1;
    }
    socklen_t plen = sizeof *peer;
    *server = accept4(listener, (struct sockaddr *)peer, &plen, SOCK_CLOEXEC);
    if (*server < 0) {
        close(*client);
        return -1;
    }
    fcntl(*client, F_SETFL, fcntl(*client, F_GETFL) | O_NONBLOCK);
    return 0;
}

static unsigned connections(struct MHD_Daemon *d) {
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    return di ? di->num_connections : 0;
}

/* Every answer starts with a status line; look at the first one. */
static void check_answer(const unsigned char *out, size_t n) {
    if (n < 12) return; /* closed without an answer, or still partial: both allowed */
    NT_FUZZ_CHECK(!memcmp(out, "HTTP/1.1 ", 9) || !memcmp(out, "HTTP/1.0 ", 9));
    NT_FUZZ_CHECK(out[9] >= '1' && out[9] <= '5');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    int which = data[0] & 1;
    data++;
    size--;

    serve_part part;
    if (serve_multipart_find("multipart/form-data; boundary=XyZ", data, size, "file", &part) ==
        SERVE_MP_OK)
        NT_FUZZ_CHECK(part.data >= data && part.data + part.len <= data + size);

    struct MHD_Daemon *d = serve_server_daemon(srv[which]);
    int sv[2];
    struct sockaddr_in peer;
    if (tcp_pair(&sv[0], &sv[1], &peer) != 0) return 0;
    if (MHD_add_connection(d, sv[1], (struct sockaddr *)&peer, sizeof peer) != MHD_YES) {
        close(sv[0]);
        return 0;
    }
    static unsigned char out[1 << 16], sink[1 << 16];
    size_t sent = 0, got = 0;
    int idle = 0, closed_write = 0;
    for (int round = 0; round < 20000 && idle < 6; round++) {
        int progress = 0;
        if (sent < size) {
            ssize_t w = send(sv[0], data + sent, size - sent, MSG_NOSIGNAL);
            if (w > 0) {
                sent += (size_t)w;
                progress = 1;
            } else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                break; /* the server closed */
        } else if (!closed_write && idle >= 3) {
            shutdown(sv[0], SHUT_WR); /* all sent: the client is done talking */
            closed_write = 1;
            progress = 1;
        }
        MHD_run(d);
        for (;;) { /* keep the first 64 KiB of the answers, drain the rest */
            int keep = got < sizeof out;
            ssize_t r =
                recv(sv[0], keep ? out + got : sink, keep ? sizeof out - got : sizeof sink, 0);
            if (r <= 0) break;
            if (keep) got += (size_t)r;
            progress = 1;
        }
        idle = progress ? 0 : idle + 1;
    }
    if (getenv("NETRAL_FUZZ_SERVE_ECHO")) fwrite(out, 1, got, stderr); /* see what was answered */
    check_answer(out, got);
    close(sv[0]);
    /* The server notices the closed peer and lets the connection go. */
    for (int round = 0; round < 1000 && connections(d) > 0; round++) MHD_run(d);
    NT_FUZZ_CHECK(connections(d) == 0);
    NT_FUZZ_CHECK(serve_server_inflight(srv[which]) == 0);
    return 0;
}
