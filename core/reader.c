/* Reading inputs into documents (see reader.h). */
#include "reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "stream.h"

/* The state of one input being read; lives across chunk jobs of a
 * line-based input. */
typedef struct in_state {
  const sr_input *in;
  sr_stream *stream;
  sr_buf carry;        /* the incomplete last line */
  uint64_t line;       /* lines consumed so far */
  int skipping;        /* inside an over-long line: drop until newline */
  int eof;
  size_t counted;      /* raw bytes already added to the reader's total */
  char *chunk;         /* the last chunk read, split up to chunk_pos */
  size_t chunk_pos, chunk_len;
} in_state;

typedef struct read_job {
  uv_work_t req;
  struct sr_reader *r;
  struct read_job *next;
  in_state *st;
  int whole;           /* whole-file job */
  int done;            /* work finished */
  sr_doc *docs, *tail;
  size_t ndocs;
} read_job;

struct sr_reader {
  uv_loop_t *loop;
  const sr_inputs *inputs;
  sr_reader_config cfg;
  size_t next_input;
  read_job *head, *tail;  /* jobs in input order */
  int njobs;
  in_state *stream_head;  /* the line-based input being read, if any */
  int stopped;
  int ended;
  size_t bytes;           /* raw bytes read; updated on the loop thread */
  int freeing;
};

static void job_add_doc(read_job *j, sr_doc *d) {
  if (!d) return;
  if (j->tail) j->tail->next = d;
  else j->docs = d;
  j->tail = d;
  j->ndocs++;
}

static sr_doc *error_doc(const sr_input *in, uint64_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static sr_doc *error_doc(const sr_input *in, uint64_t line, const char *fmt, ...) {
  sr_doc *d = sr_doc_new(in->path, line, in->format, NULL, 0);
  if (!d) return NULL;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  d->error = strdup(msg);
  return d;
}

static const char *errtext(int rc) { return rc < 0 && rc > -1000 ? strerror(-rc) : sr_strerror(rc); }

static int open_input(read_job *j) {
  in_state *st = j->st;
  int fd;
  if (!strcmp(st->in->path, "-")) {
    fd = dup(0);
  } else {
    do fd = open(st->in->path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
  }
  if (fd < 0) {
    job_add_doc(j, error_doc(st->in, 0, "cannot open: %s", strerror(errno)));
    return -1;
  }
  int rc = sr_stream_open(&st->stream, fd);
  if (rc) {
    close(fd);
    job_add_doc(j, error_doc(st->in, 0, "cannot read: %s", errtext(rc)));
    return -1;
  }
  return 0;
}

static void read_whole(read_job *j, size_t max) {
  in_state *st = j->st;
  if (open_input(j)) return;
  sr_buf b = SR_BUF_INIT;
  for (;;) {
    /* Read in steps that grow with the document.  A fixed 256 KB step gave
     * every document a 512 KB buffer (most pages are a few KB), held until
     * the document was written; with thousands in flight the partly touched
     * buffers made RSS grow with the corpus. */
    if (sr_buf_reserve(&b, b.len < 16384 ? 16384 : b.len)) {
      job_add_doc(j, error_doc(st->in, 0, "out of memory"));
      sr_buf_free(&b);
      return;
    }
    ssize_t n = sr_stream_read(st->stream, b.data + b.len, b.cap - b.len - 1);
    if (n < 0) {
      job_add_doc(j, error_doc(st->in, 0, "cannot read: %s", errtext((int)n)));
      sr_buf_free(&b);
      return;
    }
    if (n == 0) break;
    b.len += (size_t)n;
    if (b.len > max) {
      job_add_doc(j, error_doc(st->in, 0, "document larger than the limit of %zu bytes (--max-doc-bytes)", max));
      sr_buf_free(&b);
      return;
    }
  }
  if (b.cap > b.len + 4096) {
    /* Give back the unused tail of the last step. */
    char *d = realloc(b.data, b.len + 1);
    if (d) {
      b.data = d;
      b.cap = b.len + 1;
    }
  }
  size_t len;
  char *data = sr_buf_detach(&b, &len);
  if (!data) {
    data = calloc(1, 1);
    len = 0;
  }
  job_add_doc(j, sr_doc_new(st->in->path, 0, st->in->format, data, len));
}

/* Makes a document of one line (without its newline). */
static void line_doc(read_job *j, const char *s, size_t n, size_t max) {
  in_state *st = j->st;
  st->line++;
  job_add_doc(j, sr_doc_from_line(st->in->path, st->line, st->in->format, s, n, max));
}

/* Splits the chunk held in the state into line documents, from where the
 * previous job stopped, and stops after max_docs documents so that a chunk
 * of many short lines does not put more than the run's budget in flight;
 * the rest waits in the state for the next job. */
static void split_chunk(read_job *j, size_t max, size_t max_docs) {
  in_state *st = j->st;
  const char *p = st->chunk + st->chunk_pos, *end = st->chunk + st->chunk_len;
  while (p < end && j->ndocs < max_docs) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
      /* An incomplete line waits for the next chunk, unless it is already
       * over the limit, in which case its bytes are skipped. */
      if (!st->skipping) {
        if (st->carry.len + (size_t)(end - p) > max || sr_buf_append(&st->carry, p, (size_t)(end - p))) {
          st->skipping = 1;
          st->carry.len = 0;
        }
      }
      p = end;
      break;
    }
    if (st->skipping) {
      st->skipping = 0;
      st->line++;
      job_add_doc(j, error_doc(st->in, st->line, "line longer than the limit of %zu bytes (--max-doc-bytes)", max));
    } else if (st->carry.len) {
      if (st->carry.len + (size_t)(nl - p) > max) {
        st->line++;
        job_add_doc(j, error_doc(st->in, st->line, "line longer than the limit of %zu bytes (--max-doc-bytes)", max));
      } else if (sr_buf_append(&st->carry, p, (size_t)(nl - p)) == 0) {
        line_doc(j, st->carry.data, st->carry.len, max);
      }
      st->carry.len = 0;
    } else {
      line_doc(j, p, (size_t)(nl - p), max);
    }
    p = nl + 1;
  }
  st->chunk_pos = (size_t)(p - st->chunk);
}

static void read_chunk(read_job *j, size_t chunk, size_t max, size_t max_docs) {
  in_state *st = j->st;
  if (!st->stream && open_input(j)) {
    st->eof = 1;
    return;
  }
  if (st->chunk_pos < st->chunk_len) {
    split_chunk(j, max, max_docs);
    return;
  }
  if (!st->chunk) st->chunk = malloc(chunk);
  if (!st->chunk) {
    job_add_doc(j, error_doc(st->in, st->line, "out of memory"));
    st->eof = 1;
    return;
  }
  ssize_t n = sr_stream_read(st->stream, st->chunk, chunk);
  st->chunk_pos = st->chunk_len = 0;
  if (n < 0) {
    /* What was read before the error has been delivered; the rest of the
     * input is lost, and the record says from which line. */
    job_add_doc(j, error_doc(st->in, st->line + 1, "cannot read past line %llu: %s",
                             (unsigned long long)st->line, errtext((int)n)));
    st->eof = 1;
    return;
  }
  if (n == 0) {
    if (st->skipping) {
      /* An over-long last line with no newline still gets its record. */
      st->skipping = 0;
      st->line++;
      job_add_doc(j, error_doc(st->in, st->line, "line longer than the limit of %zu bytes (--max-doc-bytes)", max));
    } else if (st->carry.len) {
      line_doc(j, st->carry.data, st->carry.len, max);
    }
    st->carry.len = 0;
    st->eof = 1;
    return;
  }
  st->chunk_len = (size_t)n;
  split_chunk(j, max, max_docs);
}

static void job_work_cb(uv_work_t *req) {
  read_job *j = req->data;
  sr_reader *r = j->r;
  if (j->whole) read_whole(j, r->cfg.max_doc_bytes);
  else read_chunk(j, r->cfg.chunk_bytes, r->cfg.max_doc_bytes, r->cfg.job_docs);
}

static void state_free(in_state *st) {
  if (!st) return;
  free(st->chunk);
  sr_stream_close(st->stream);
  sr_buf_free(&st->carry);
  free(st);
}

static void deliver(sr_reader *r);

static void job_after_cb(uv_work_t *req, int status) {
  read_job *j = req->data;
  sr_reader *r = j->r;
  j->done = 1;
  (void)status;
  deliver(r);
  if (!r->freeing) sr_reader_pump(r);
}

static void start_job(sr_reader *r, in_state *st, int whole) {
  read_job *j = calloc(1, sizeof *j);
  if (!j) return;
  j->r = r;
  j->st = st;
  j->whole = whole;
  j->req.data = j;
  if (r->tail) r->tail->next = j;
  else r->head = j;
  r->tail = j;
  r->njobs++;
  uv_queue_work(r->loop, &j->req, job_work_cb, job_after_cb);
}

/* Hands finished jobs to the run, in order. */
static void deliver(sr_reader *r) {
  while (r->head && r->head->done) {
    read_job *j = r->head;
    r->head = j->next;
    if (!r->head) r->tail = NULL;
    r->njobs--;
    in_state *st = j->st;
    /* No job of this input is in flight now, so its stream can be read. */
    size_t raw = st->stream ? sr_stream_raw_bytes(st->stream) : 0;
    r->bytes += raw - st->counted;
    st->counted = raw;
    if (j->whole) {
      state_free(st);
    } else if (st->eof) {
      if (r->stream_head == st) r->stream_head = NULL;
      state_free(st);
    }
    if (j->ndocs) r->cfg.docs_cb(r, j->docs, j->ndocs, r->cfg.arg);
    free(j);
  }
  if (r->stopped && r->stream_head && !r->head) {
    state_free(r->stream_head);
    r->stream_head = NULL;
  }
  if (!r->ended && !r->head && !r->stream_head && (r->next_input >= r->inputs->n || r->stopped)) {
    r->ended = 1;
    r->cfg.end_cb(r, r->cfg.arg);
  }
}

void sr_reader_pump(sr_reader *r) {
  if (r->ended) return;
  while (!r->stopped) {
    /* A line-based input reads one chunk at a time while it is the head. */
    if (r->stream_head) {
      if (r->head) break; /* its chunk is in flight */
      if (!r->cfg.room_cb(r, r->cfg.arg)) break;
      start_job(r, r->stream_head, 0);
      break;
    }
    if (r->next_input >= r->inputs->n) break;
    if (r->njobs >= r->cfg.readahead) break;
    if (!r->cfg.room_cb(r, r->cfg.arg)) break;
    const sr_input *in = &r->inputs->v[r->next_input];
    if (in->error) {
      /* Unusable inputs still go through in order, as a failed document. */
      r->next_input++;
      read_job *j = calloc(1, sizeof *j);
      in_state *st = calloc(1, sizeof *st);
      if (!j || !st) {
        free(j);
        free(st);
        break;
      }
      st->in = in;
      j->r = r;
      j->st = st;
      j->whole = 1;
      j->done = 1;
      job_add_doc(j, error_doc(in, 0, "%s", in->error));
      if (r->tail) r->tail->next = j;
      else r->head = j;
      r->tail = j;
      r->njobs++;
      deliver(r);
      continue;
    }
    int whole = in->format == SR_FORMAT_TEXT;
    if (!whole && r->head) break; /* wait until it can be the head */
    in_state *st = calloc(1, sizeof *st);
    if (!st) break;
    st->in = in;
    r->next_input++;
    if (!whole) r->stream_head = st;
    start_job(r, st, whole);
    if (!whole) break;
  }
  deliver(r);
}

sr_reader *sr_reader_new(uv_loop_t *loop, const sr_inputs *inputs, const sr_reader_config *cfg) {
  sr_reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->loop = loop;
  r->inputs = inputs;
  r->cfg = *cfg;
  if (r->cfg.readahead < 1) r->cfg.readahead = 1;
  if (!r->cfg.chunk_bytes) r->cfg.chunk_bytes = 1 << 20;
  if (!r->cfg.job_docs) r->cfg.job_docs = (size_t)-1;
  return r;
}

void sr_reader_stop(sr_reader *r) {
  r->stopped = 1;
  deliver(r);
}

int sr_reader_busy(const sr_reader *r) { return r->head != NULL; }
size_t sr_reader_bytes(const sr_reader *r) { return r->bytes; }

void sr_reader_free(sr_reader *r) {
  if (!r) return;
  /* Only called when no job is in flight. */
  r->freeing = 1;
  if (r->stream_head) state_free(r->stream_head);
  free(r);
}
