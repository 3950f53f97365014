/* output.c - the report file of `netral scan -o`: written to a temporary sibling and renamed into
 * place at the end, so a failed run never leaves a half report under that name, and an interrupted
 * run's report goes beside it (report.partial.html): a complete report there is never replaced. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_output_open(cli_output *o, const char *path) {
    memset(o, 0, sizeof *o);
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return EISDIR;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device or FIFO (/dev/null, a pipe): written as it is, never replaced by a rename */
        o->f = fopen(path, "w");
        if (!o->f) return errno;
        o->direct = 1;
        return 0;
    }
    size_t n = strlen(path);
    o->path = malloc(n + 1);
    o->tmp = malloc(n + 32);
    o->partial = cli_partial_name(path);
    if (!o->path || !o->tmp || !o->partial) {
        free(o->path);
        free(o->tmp);
        free(o->partial);
        memset(o, 0, sizeof *o);
        return ENOMEM;
    }
    memcpy(o->path, path, n + 1);
    const char *slash = strrchr(path, '/');
    int dlen = slash ? (int)(slash - path + 1) : 0;
    snprintf(o->tmp, n + 32, "%.*s.%s.tmp-XXXXXX", dlen, path, path + dlen);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        free(o->path);
        free(o->tmp);
        free(o->partial);
        memset(o, 0, sizeof *o);
        return e;
    }
    /* mkstemp makes 0600; a report should get the permissions of any file the user creates */
    mode_t um = umask(0);
    umask(um);
    if (fchmod(fd, 0666 & ~um) != 0) { /* not fatal: the report is still private */
    }
    o->f = fdopen(fd, "w");
    if (!o->f) {
        int e = errno;
        close(fd);
        unlink(o->tmp);
        free(o->path);
        free(o->tmp);
        free(o->partial);
        memset(o, 0, sizeof *o);
        return e;
    }
    return 0;
}

int cli_output_close(cli_output *o, int how) {
    int rc = 0, keep = how != CLI_OUT_DISCARD;
    if (!o->f) return 0;
    if (fflush(o->f) != 0) rc = errno ? errno : EIO;
    if (!o->path) { /* standard output, or a device/FIFO written directly */
        if (ferror(o->f) && !rc) rc = EIO;
        if (o->direct && fclose(o->f) != 0 && !rc) rc = errno;
        o->direct = 0;
        o->f = NULL;
        return rc;
    }
    if (!rc && keep && fsync(fileno(o->f)) != 0) rc = errno;
    if (ferror(o->f) && !rc) rc = EIO;
    if (fclose(o->f) != 0 && !rc) rc = errno;
    o->f = NULL;
    const char *dest = how == CLI_OUT_PARTIAL ? o->partial : o->path;
    if (keep && !rc && rename(o->tmp, dest) != 0) rc = errno;
    if (!keep || rc) unlink(o->tmp);
    free(o->path);
    free(o->tmp);
    free(o->partial);
    o->path = o->tmp = o->partial = NULL;
    return rc;
}
