/* queue.c - a bounded blocking queue of pointers between the discovery thread, the workers and
 * the main thread; bounded so memory stays flat however many documents a batch holds. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

int cli_queue_init(cli_queue *q, size_t cap) {
    q->items = calloc(cap ? cap : 1, sizeof *q->items);
    if (!q->items) return -1;
    q->cap = cap ? cap : 1;
    q->head = q->n = 0;
    q->wake = 1;
    q->closed = q->aborted = 0;
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->not_empty, NULL);
    pthread_cond_init(&q->not_full, NULL);
    return 0;
}

void cli_queue_set_wake(cli_queue *q, size_t n) { q->wake = n < 1 ? 1 : n > q->cap ? q->cap : n; }

void cli_queue_destroy(cli_queue *q, void (*free_item)(void *)) {
    if (!q->items) return;
    for (size_t i = 0; i < q->n; i++) {
        void *it = q->items[(q->head + i) % q->cap];
        if (free_item) free_item(it);
    }
    free(q->items);
    q->items = NULL;
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->not_empty);
    pthread_cond_destroy(&q->not_full);
}

int cli_queue_push(cli_queue *q, void *item) {
    pthread_mutex_lock(&q->mu);
    while (q->n == q->cap && !q->aborted && !q->closed) pthread_cond_wait(&q->not_full, &q->mu);
    if (q->aborted || q->closed) {
        pthread_mutex_unlock(&q->mu);
        return -1;
    }
    q->items[(q->head + q->n) % q->cap] = item;
    q->n++;
    if (q->n >= q->wake) pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
    return 0;
}

static void take(cli_queue *q, void **item) {
    *item = q->items[q->head];
    q->head = (q->head + 1) % q->cap;
    q->n--;
    /* Pushers blocked on a full queue wake when it is half empty, not at every pop: n falls by
     * one at a time, so it always passes cap/2 on its way down from cap. */
    if (q->n == q->cap / 2) pthread_cond_broadcast(&q->not_full);
}

int cli_queue_pop(cli_queue *q, void **item) {
    pthread_mutex_lock(&q->mu);
    while (q->n == 0 && !q->closed && !q->aborted) pthread_cond_wait(&q->not_empty, &q->mu);
    int got = 0;
    if (!q->aborted && q->n) {
        take(q, item);
        got = 1;
    }
    pthread_mutex_unlock(&q->mu);
    return got;
}

int cli_queue_pop_timed(cli_queue *q, void **item, int ms) {
    struct timespec dl;
    clock_gettime(CLOCK_REALTIME, &dl);
    dl.tv_sec += ms / 1000;
    dl.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (dl.tv_nsec >= 1000000000L) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&q->mu);
    int rc = 0;
    while (q->n == 0 && !q->closed && !q->aborted && rc != ETIMEDOUT)
        rc = pthread_cond_timedwait(&q->not_empty, &q->mu, &dl);
    int got;
    if (q->n && !q->aborted) {
        take(q, item);
        got = 1;
    } else {
        got = (q->closed || q->aborted) ? 0 : -1;
    }
    pthread_mutex_unlock(&q->mu);
    return got;
}

void cli_queue_close(cli_queue *q) {
    pthread_mutex_lock(&q->mu);
    q->closed = 1;
    pthread_cond_broadcast(&q->not_empty);
    pthread_cond_broadcast(&q->not_full);
    pthread_mutex_unlock(&q->mu);
}

void cli_queue_abort(cli_queue *q) {
    pthread_mutex_lock(&q->mu);
    q->aborted = 1;
    pthread_cond_broadcast(&q->not_empty);
    pthread_cond_broadcast(&q->not_full);
    pthread_mutex_unlock(&q->mu);
}
