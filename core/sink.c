/* Output files written off the loop thread (see sink.h). */
#include "sink.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "error.h"
#include "stream.h"

typedef struct chunk {
  struct chunk *next;
  char *data;
  size_t len;
} chunk;

struct sr_sink {
  uv_loop_t *loop;
  char *path;
  int lazy, do_fsync;
  sr_compression comp;
  int fd;
  int opened;
  /* Loop-thread queue. */
  chunk *head, *tail;
  size_t pending;
  /* Handed to the work item in flight; the loop does not touch these. */
  chunk *work;
  int finishing;
  uv_work_t req;
  int busy;
  int error;          /* loop thread's view */
  /* The work item's own copies: set before it starts and read after it
   * ends (uv_queue_work orders both), so the two threads never share a
   * field while it runs. */
  int werror;
  int wopened;
  size_t wwritten;
  size_t written;
  z_stream z;
  int z_init;
  ZSTD_CStream *zs;
  sr_sink_close_cb close_cb;
  void *close_arg;
  void (*drained_cb)(sr_sink *s, void *arg);
  void *drained_arg;
  int closing;
};

static int write_all(sr_sink *s, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t w = write(s->fd, c, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    c += w;
    n -= (size_t)w;
    s->wwritten += (size_t)w;
  }
  return 0;
}

static int open_file(sr_sink *s) {
  if (!strcmp(s->path, "-")) {
    s->fd = 1;
  } else {
    s->fd = open(s->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (s->fd < 0) return -errno;
  }
  s->wopened = 1;
  return 0;
}

static int put(sr_sink *s, const char *data, size_t len, int finish) {
  static const size_t OUT = 256 * 1024;
  if (s->comp == SR_COMP_NONE) return len ? write_all(s, data, len) : 0;
  char *out = malloc(OUT);
  if (!out) return SR_ENOMEM;
  int rc = 0;
  if (s->comp == SR_COMP_GZIP) {
    s->z.next_in = (Bytef *)data;
    s->z.avail_in = (uInt)len;
    int zr;
    do {
      s->z.next_out = (Bytef *)out;
      s->z.avail_out = (uInt)OUT;
      zr = deflate(&s->z, finish ? Z_FINISH : Z_NO_FLUSH);
      if (zr == Z_STREAM_ERROR) {
        rc = SR_EIO;
        break;
      }
      rc = write_all(s, out, OUT - s->z.avail_out);
    } while (!rc && (s->z.avail_out == 0 || (finish && zr != Z_STREAM_END)));
  } else {
    ZSTD_inBuffer ib = {data, len, 0};
    for (;;) {
      ZSTD_outBuffer ob = {out, OUT, 0};
      size_t r = ZSTD_compressStream2(s->zs, &ob, &ib, finish ? ZSTD_e_end : ZSTD_e_continue);
      if (ZSTD_isError(r)) {
        rc = SR_EIO;
        break;
      }
      rc = write_all(s, out, ob.pos);
      if (rc) break;
      if (finish ? r == 0 : ib.pos == ib.size) break;
    }
  }
  free(out);
  return rc;
}

static void work_cb(uv_work_t *req) {
  sr_sink *s = req->data;
  if (s->werror) return;
  if (!s->wopened && (s->work || !s->lazy)) {
    int rc = open_file(s);
    if (rc) {
      s->werror = rc;
      return;
    }
  }
  for (chunk *c = s->work; c && !s->werror; c = c->next) s->werror = put(s, c->data, c->len, 0);
  if (s->finishing && s->wopened) {
    if (!s->werror) s->werror = put(s, NULL, 0, 1);
    if (!s->werror && s->do_fsync && s->fd > 2 && fsync(s->fd) != 0) s->werror = -errno;
    if (s->fd > 2 && close(s->fd) != 0 && !s->werror) s->werror = -errno;
    s->fd = -1;
  }
}

static void kick(sr_sink *s);

static void free_sink(sr_sink *s) {
  if (s->z_init) deflateEnd(&s->z);
  if (s->zs) ZSTD_freeCStream(s->zs);
  free(s->path);
  free(s);
}

static void after_cb(uv_work_t *req, int status) {
  sr_sink *s = req->data;
  (void)status;
  s->busy = 0;
  if (s->werror && !s->error) s->error = s->werror;
  s->opened = s->wopened;
  s->written = s->wwritten;
  for (chunk *c = s->work; c;) {
    chunk *n = c->next;
    s->pending -= c->len;
    free(c->data);
    free(c);
    c = n;
  }
  s->work = NULL;
  if (s->finishing) {
    sr_sink_close_cb cb = s->close_cb;
    void *arg = s->close_arg;
    if (cb) cb(s, arg);
    free_sink(s);
    return;
  }
  kick(s);
  if (s->drained_cb) s->drained_cb(s, s->drained_arg);
}

/* Starts a work item with everything queued, if none is in flight. */
static void kick(sr_sink *s) {
  if (s->busy) return;
  if (!s->head && !s->closing) return;
  s->work = s->head;
  s->head = s->tail = NULL;
  s->werror = s->error;
  if (s->closing && !s->work) s->finishing = 1;
  s->busy = 1;
  uv_queue_work(s->loop, &s->req, work_cb, after_cb);
}

sr_sink *sr_sink_new(uv_loop_t *loop, const sr_sink_config *cfg) {
  sr_sink *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->loop = loop;
  s->path = strdup(cfg->path);
  s->lazy = cfg->lazy;
  s->do_fsync = cfg->fsync;
  s->drained_cb = cfg->drained_cb;
  s->drained_arg = cfg->arg;
  s->fd = -1;
  s->req.data = s;
  size_t n = strlen(s->path);
  if (n > 3 && !strcasecmp(s->path + n - 3, ".gz")) {
    s->comp = SR_COMP_GZIP;
    if (deflateInit2(&s->z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK) s->z_init = 1;
    else s->error = SR_ENOMEM;
  } else if (n > 4 && !strcasecmp(s->path + n - 4, ".zst")) {
    s->comp = SR_COMP_ZSTD;
    s->zs = ZSTD_createCStream();
    if (s->zs) ZSTD_CCtx_setParameter(s->zs, ZSTD_c_compressionLevel, 3);
    else s->error = SR_ENOMEM;
  }
  if (!s->lazy) kick(s);
  return s;
}

void sr_sink_write(sr_sink *s, char *data, size_t len) {
  if (!len || s->error) {
    free(data);
    return;
  }
  chunk *c = malloc(sizeof *c);
  if (!c) {
    free(data);
    s->error = SR_ENOMEM;
    return;
  }
  c->next = NULL;
  c->data = data;
  c->len = len;
  if (s->tail) s->tail->next = c;
  else s->head = c;
  s->tail = c;
  s->pending += len;
  kick(s);
}

size_t sr_sink_pending(const sr_sink *s) { return s->pending; }
int sr_sink_error(const sr_sink *s) { return s->error; }
const char *sr_sink_path(const sr_sink *s) { return s->path; }
size_t sr_sink_written(const sr_sink *s) { return s->written; }
int sr_sink_opened(const sr_sink *s) { return s->opened; }

void sr_sink_close(sr_sink *s, sr_sink_close_cb cb, void *arg) {
  s->closing = 1;
  s->close_cb = cb;
  s->close_arg = arg;
  kick(s);
}
