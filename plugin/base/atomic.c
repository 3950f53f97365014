/* atomic.c - nt_write_atomic: write a whole file through a temporary sibling and rename it into
 * place, so a reader never sees a half-written output and a failure leaves nothing behind. */
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Indonesian wording for the failures a user can act on; strerror for the rest. */
static const char *io_reason(int e, char *buf, size_t cap) {
    switch (e) {
    case ENOSPC: return NT_L("disk penuh", "disk full");
    case EDQUOT: return NT_L("kuota disk habis", "disk quota exceeded");
    case EFBIG:
        return NT_L("berkas melebihi batas ukuran yang diizinkan", "file larger than allowed");
    case EACCES:
    case EPERM: return NT_L("izin ditolak", "permission denied");
    case EROFS: return NT_L("sistem berkas hanya-baca", "read-only file system");
    case ENOENT: return NT_L("folder tujuan tidak ada", "destination folder does not exist");
    case ENOTDIR: return NT_L("sebagian jalur bukan folder", "part of the path is not a folder");
    case EISDIR: return NT_L("tujuan adalah folder", "destination is a folder");
    default: break;
    }
    /* GNU strerror_r (we build with _GNU_SOURCE) may return a static string instead of buf. */
    const char *s = strerror_r(e, buf, cap);
    return s ? s : NT_L("galat I/O", "I/O error");
}

static int fail(nt_err *err, const char *path, int e) {
    char tmp[128];
    nt_err_set(err, NETRAL_E_IO, NT_L("gagal menulis '%s': %s", "cannot write '%s': %s"), path,
               io_reason(e, tmp, sizeof tmp));
    return NETRAL_E_IO;
}

/* Split path into its folder ("." when none) and the temp name ".<base>.netral-XXXXXX". */
static int temp_name(const char *path, char **dir_out, char **tmp_out) {
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t dlen = slash ? (size_t)(slash - path) : 0;
    char *dir = slash ? (dlen ? nt_strndup(path, dlen) : nt_strdup("/")) : nt_strdup(".");
    size_t cap = dlen + strlen(base) + 32;
    char *tmp = malloc(cap);
    if (!dir || !tmp) {
        free(dir);
        free(tmp);
        return -1;
    }
    snprintf(tmp, cap, "%.*s%s.%s.netral-XXXXXX", (int)dlen, path, slash ? "/" : "", base);
    *dir_out = dir;
    *tmp_out = tmp;
    return 0;
}

/* Like mkstemp, but opened with mode 0666 so the process umask decides the final permissions,
 * exactly as for a file the user would create (mkstemp forces 0600). */
static int open_unique(char *tmpl) {
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    size_t n = strlen(tmpl);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t seed = nt_hash64(
        tmpl, n, (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)&ts);
    for (int attempt = 0; attempt < 100; attempt++) {
        uint64_t r = seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        for (size_t i = n - 6; i < n; i++) {
            tmpl[i] = alnum[(r >> 16) % (sizeof alnum - 1)];
            r = r * 6364136223846793005ULL + 1;
        }
        int fd = open(tmpl, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

static int write_all(int fd, const unsigned char *p, size_t len) {
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Make the rename itself durable; a failure here does not undo a complete write. */
static void sync_dir(const char *dir) {
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}

int nt_write_atomic(const char *path, const void *data, size_t len, nt_err *err) {
    if (!path || !*path || (!data && len)) {
        nt_err_set(err, NETRAL_E_INVALID_ARG,
                   NT_L("jalur keluaran tidak valid", "invalid output path"));
        return NETRAL_E_INVALID_ARG;
    }
    /* A device, FIFO or socket (/dev/null, a pipe named on the command line) is written to as it
     * is: renaming a temporary file over it would replace it with a regular file. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        int dfd = open(path, O_WRONLY | O_CLOEXEC);
        if (dfd < 0) return fail(err, path, errno);
        const char *p = data;
        size_t left = len;
        while (left) {
            ssize_t w = write(dfd, p, left);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) {
                int e = w < 0 ? errno : EIO;
                close(dfd);
                return fail(err, path, e);
            }
            p += w;
            left -= (size_t)w;
        }
        return close(dfd) == 0 ? NETRAL_OK : fail(err, path, errno);
    }
    char *dir = NULL, *tmp = NULL;
    if (temp_name(path, &dir, &tmp)) {
        nt_err_set(err, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return NETRAL_E_NOMEM;
    }
    int rc = NETRAL_OK;
    int fd = open_unique(tmp);
    if (fd < 0) {
        rc = fail(err, path, errno);
        goto done;
    }
    if (write_all(fd, data, len) || fsync(fd)) {
        int e = errno;
        close(fd);
        unlink(tmp);
        rc = fail(err, path, e);
        goto done;
    }
    if (close(fd) || rename(tmp, path)) {
        int e = errno;
        unlink(tmp);
        rc = fail(err, path, e);
        goto done;
    }
    sync_dir(dir);
done:
    free(dir);
    free(tmp);
    return rc;
}
