/* The watch daemon (see watch.h).
 *
 * The life of a file: the scanner finds it ready -> a threadpool job reads it
 * (decompressing), hashes its content and splits it into documents -> its
 * documents go through the worker pool in batches -> when every batch is
 * back, one commit holds its output -> the committer appends, fsyncs,
 * journals and moves the input.  Files are identified by device, inode,
 * size and mtime; the journal keeps the final ones, so a restart skips what
 * was committed and redoes what was not.
 */
#include "watch/watch.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <uthash.h>
#include <uv.h>
#include <xxhash.h>

#include "batch.h"
#include "error.h"
#include "input.h"
#include "jsonw.h"
#include "log.h"
#include "pool.h"
#include "script.h"
#include "stream.h"
#include "summary.h"
#include "watch/http.h"
#include "watch/scanner.h"

#define BATCH_DOCS 64
static const double BUCKETS[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
#define NBUCKETS (sizeof BUCKETS / sizeof BUCKETS[0])

typedef struct wd wd;

typedef struct wfile {
  sr_file_id id;            /* hash key */
  char *rel, *abs;
  uint64_t ready_ns;
  double ready_wall;
  char hash[33];
  sr_format format;
  uv_work_t req;
  sr_doc *docs;
  size_t ndocs;
  char *read_error;
  int vanished;
  size_t nbatches, nback;
  sr_batch **results;
  wd *w;
  UT_hash_handle hh;
} wfile;

typedef struct known {
  sr_file_id id;
  sr_file_state st;
  UT_hash_handle hh;
} known;

typedef struct hashent {
  char hash[33];
  UT_hash_handle hh;
} hashent;

struct wd {
  const sr_watch_opts *o;
  uv_loop_t *loop;
  sr_journal *journal;
  sr_committer *committer;
  sr_scanner *scanner;
  sr_pool *pool;
  sr_http *http;
  sr_summary sum;
  wfile *inflight;
  known *known;
  hashent *hashes;
  sr_commit *retry;         /* commits waiting to be retried */
  uint64_t backoff_ms;
  int paused_disk, paused_full, stopping, shut;
  int lock_fd;
  uv_signal_t sigint, sigterm, sighup;
  uv_timer_t retry_timer, drain_timer, reload_timer, trim_timer;
  uv_fs_event_t script_ev;
  /* metrics */
  uint64_t files_ready, files_committed, files_failed, files_duplicate, files_vanished;
  uint64_t bytes_in, commit_errors, reloads, reload_failures;
  uint64_t hist[NBUCKETS + 1];
  double hist_sum;
  uint64_t hist_count;
};

static double wall_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void sr_watch_opts_init(sr_watch_opts *o) {
  memset(o, 0, sizeof *o);
  o->after = SR_INPUT_MOVE;
  o->duplicates = SR_DUP_SKIP;
  o->settle_ms = 1000;
  o->quiet_ms = 20;
  o->reconcile_ms = 2000;
  o->drain_ms = 30000;
  o->text_field = "text";
  o->id_field = "id";
  o->max_doc_bytes = (size_t)1 << 30;
  o->max_inflight_files = 256;
  o->limits.instructions = SR_LIMIT_DEFAULT_INSTRUCTIONS;
  o->limits.memory = SR_LIMIT_DEFAULT_MEMORY;
  o->limits.time_ms = SR_LIMIT_DEFAULT_TIME_MS;
  o->state_memory = (size_t)4 << 30;
}

/* ---- intake ----------------------------------------------------------- */

static void update_pause(wd *w) {
  /* Pause at the cap, resume only once half of it is free: resuming
   * rescans the folder, and resuming after every commit made a backlog of
   * N files cost about N full scans. */
  size_t n = HASH_COUNT(w->inflight);
  if (n >= w->o->max_inflight_files) w->paused_full = 1;
  else if (n <= w->o->max_inflight_files / 2) w->paused_full = 0;
  if (w->scanner) sr_scanner_pause(w->scanner, w->paused_disk || w->paused_full || w->stopping);
}

/* A marker has done its work once its file is final in the journal: left
 * behind, it would announce the next file of the same name while that one
 * is still being written. */
static void remove_marker(wd *w, const char *rel) {
  if (!w->o->marker || !*w->o->marker) return;
  char p[8400];
  if (snprintf(p, sizeof p, "%s/%s%s", w->o->dir, rel, w->o->marker) >= (int)sizeof p) return;
  if (unlink(p) != 0 && errno != ENOENT)
    sr_log_kv(SR_LOG_WARN, "cannot remove the marker", "file", p, "error", strerror(errno), (const char *)NULL);
}

static int known_cb(sr_scanner *s, const char *rel, const sr_file_id *id, void *arg) {
  (void)s;
  wd *w = arg;
  wfile *f;
  HASH_FIND(hh, w->inflight, id, sizeof *id, f);
  if (f) return 1;
  known *k;
  HASH_FIND(hh, w->known, id, sizeof *id, k);
  if (!k) return 0;
  /* Final in the journal but still here: the daemon stopped between the
   * commit and the move.  Finish the move now. */
  if (w->o->after != SR_INPUT_LEAVE) {
    sr_log_kv(SR_LOG_INFO, "recovery: moving an input committed before a restart", "file", rel,
              (const char *)NULL);
    sr_committer_move_input(w->committer, rel, k->st, w->o->after);
  }
  remove_marker(w, rel);
  return 1;
}

static void read_work_cb(uv_work_t *req);
static void read_after_cb(uv_work_t *req, int status);

static void ready_cb(sr_scanner *s, const char *rel, const sr_file_id *id, void *arg) {
  (void)s;
  wd *w = arg;
  if (w->stopping) return;
  wfile *f = calloc(1, sizeof *f);
  if (!f) return;
  f->id = *id;
  f->rel = strdup(rel);
  size_t n = strlen(w->o->dir) + strlen(rel) + 2;
  f->abs = malloc(n);
  snprintf(f->abs, n, "%s/%s", w->o->dir, rel);
  f->ready_ns = uv_hrtime();
  f->ready_wall = wall_now();
  f->format = w->o->format ? w->o->format : sr_format_from_path(rel);
  f->w = w;
  f->req.data = f;
  HASH_ADD(hh, w->inflight, id, sizeof f->id, f);
  w->files_ready++;
  update_pause(w);
  uv_queue_work(w->loop, &f->req, read_work_cb, read_after_cb);
}

/* Threadpool: read the whole file, hash it, split it into documents. */
static void read_work_cb(uv_work_t *req) {
  wfile *f = req->data;
  wd *w = f->w;
  char msg[512];
  int fd = open(f->abs, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) f->vanished = 1;
    snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
    f->read_error = strdup(msg);
    return;
  }
  sr_stream *st;
  int rc = sr_stream_open(&st, fd);
  if (rc) {
    close(fd);
    snprintf(msg, sizeof msg, "cannot read: %s", sr_strerror(rc));
    f->read_error = strdup(msg);
    return;
  }
  sr_buf b = SR_BUF_INIT;
  XXH3_state_t *hs = XXH3_createState();
  XXH3_128bits_reset(hs);
  /* Line-based files: the bytes of a line over --max-doc-bytes are not
   * kept (its newline is, so line numbers hold), and the line is remembered
   * to fail with the reason.  Without this a compressed line of zeros would
   * be decompressed whole into memory. */
  size_t line_start = 0;
  uint64_t lines = 0;
  int damage = 0;
  int skipping = 0;
  uint64_t *over = NULL;
  size_t nover = 0;
  for (;;) {
    /* Steps that grow with the file: a fixed 1 MB step gave each small
     * file a 1 MB buffer, held until its documents were processed. */
    if (sr_buf_reserve(&b, b.len < 16384 ? 16384 : b.len)) {
      rc = SR_ENOMEM;
      break;
    }
    ssize_t n = sr_stream_read(st, b.data + b.len, b.cap - b.len - 1);
    if (n < 0) {
      /* Damage in a line-based file (a truncated or corrupt stream): the
       * complete lines before it go on, as in `saring run`, and the rest
       * fails with one record; a text document cannot be half read. */
      if (f->format != SR_FORMAT_TEXT && n != SR_ENOMEM) {
        damage = (int)n;
        b.len = line_start;
        break;
      }
      rc = (int)n;
      break;
    }
    if (n == 0) break;
    XXH3_128bits_update(hs, b.data + b.len, (size_t)n);
    if (f->format != SR_FORMAT_TEXT) {
      char *p = b.data + b.len, *end = p + n;
      if (skipping) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) continue;
        memmove(p, nl, (size_t)(end - nl));
        end -= nl - p;
        skipping = 0;
      }
      for (char *nl; (nl = memchr(p, '\n', (size_t)(end - p))); p = nl + 1) {
        lines++;
        line_start = (size_t)(nl + 1 - b.data);
      }
      b.len = (size_t)(end - b.data);
      if (b.len - line_start > w->o->max_doc_bytes) {
        uint64_t *v = realloc(over, (nover + 1) * sizeof *over);
        if (!v) {
          rc = SR_ENOMEM;
          break;
        }
        over = v;
        over[nover++] = lines + 1;
        b.len = line_start;
        skipping = 1;
      }
      continue;
    }
    b.len += (size_t)n;
    if (f->format == SR_FORMAT_TEXT && b.len > w->o->max_doc_bytes) {
      rc = SR_ETOOBIG;
      break;
    }
  }
  if (skipping && b.len == line_start && sr_buf_putc(&b, '\n')) rc = SR_ENOMEM;
  XXH128_hash_t h = XXH3_128bits_digest(hs);
  XXH3_freeState(hs);
  sr_stream_close(st);
  snprintf(f->hash, sizeof f->hash, "%016llx%016llx", (unsigned long long)h.high64,
           (unsigned long long)h.low64);
  if (rc) {
    snprintf(msg, sizeof msg, "cannot read: %s", rc < 0 && rc > -1000 ? strerror(-rc) : sr_strerror(rc));
    f->read_error = strdup(msg);
    sr_buf_free(&b);
    free(over);
    return;
  }
  sr_doc *head = NULL, *tail = NULL;
  size_t nd = 0;
  if (f->format == SR_FORMAT_TEXT) {
    if (b.cap > b.len + 4096) {
      char *d = realloc(b.data, b.len + 1);
      if (d) {
        b.data = d;
        b.cap = b.len + 1;
      }
    }
    size_t len;
    char *data = sr_buf_detach(&b, &len);
    if (!data) data = calloc(1, 1);
    head = tail = sr_doc_new(f->rel, 0, f->format, data, len);
    nd = 1;
  } else {
    const char *p = b.data ? b.data : "", *end = p + b.len;
    uint64_t line = 0;
    size_t kover = 0;
    while (p < end) {
      const char *nl = memchr(p, '\n', (size_t)(end - p));
      const char *e = nl ? nl : end;
      sr_doc *d;
      line++;
      if (kover < nover && over[kover] == line) {
        snprintf(msg, sizeof msg, "line longer than the limit of %zu bytes (--max-doc-bytes)", w->o->max_doc_bytes);
        d = sr_doc_error(f->rel, line, f->format, msg);
        kover++;
      } else {
        d = sr_doc_from_line(f->rel, line, f->format, p, (size_t)(e - p), w->o->max_doc_bytes);
      }
      if (d) {
        if (tail) tail->next = d;
        else head = d;
        tail = d;
        nd++;
      }
      p = nl ? nl + 1 : end;
    }
    sr_buf_free(&b);
    if (damage) {
      snprintf(msg, sizeof msg, "cannot read past line %llu: %s", (unsigned long long)line,
               damage < 0 && damage > -1000 ? strerror(-damage) : sr_strerror(damage));
      sr_doc *d = sr_doc_error(f->rel, line + 1, f->format, msg);
      if (d) {
        if (tail) tail->next = d;
        else head = d;
        tail = d;
        nd++;
      }
    }
  }
  free(over);
  f->docs = head;
  f->ndocs = nd;
}

static void commit_file(wd *w, wfile *f, sr_file_state state, char *out, size_t out_len, char *failed,
                        size_t failed_len, char *error_json, const sr_counts *c);

static char *error_json_of(const char *rel, const char *stage, const char *error, const char *tb, uint64_t nfailed) {
  json_t *o = json_object();
  json_object_set_new(o, "file", json_string(rel));
  json_object_set_new(o, "stage", json_string(stage ? stage : "read"));
  json_object_set_new(o, "error", json_string(error ? error : "error"));
  if (tb) json_object_set_new(o, "traceback", json_string(tb));
  char ts[32];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
  json_object_set_new(o, "time", json_string(ts));
  json_object_set_new(o, "documents_failed", json_integer((json_int_t)nfailed));
  char *s = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  return s;
}

static void read_after_cb(uv_work_t *req, int status) {
  (void)status;
  wfile *f = req->data;
  wd *w = f->w;
  if (f->read_error) {
    sr_log_kv(SR_LOG_WARN, f->vanished ? "file deleted before it was read" : "cannot read file", "file", f->rel,
              "error", f->read_error, (const char *)NULL);
    char *ej = error_json_of(f->rel, "read", f->read_error, NULL, 0);
    sr_counts c = {0};
    commit_file(w, f, SR_FILE_FAILED, NULL, 0, NULL, 0, ej, &c);
    return;
  }
  if (w->o->duplicates == SR_DUP_SKIP) {
    hashent *h;
    HASH_FIND_STR(w->hashes, f->hash, h);
    if (h) {
      sr_log_kv(SR_LOG_INFO, "duplicate content; skipped", "file", f->rel, "hash", f->hash, (const char *)NULL);
      sr_doc_list_free(f->docs);
      f->docs = NULL;
      sr_counts c = {0};
      commit_file(w, f, SR_FILE_DUPLICATE, NULL, 0, NULL, 0, NULL, &c);
      return;
    }
    h = calloc(1, sizeof *h);
    memcpy(h->hash, f->hash, sizeof h->hash);
    HASH_ADD_STR(w->hashes, hash, h);
  }
  /* Batches of this file's documents; seq is the index within the file. */
  f->nbatches = f->ndocs ? (f->ndocs + BATCH_DOCS - 1) / BATCH_DOCS : 0;
  if (!f->nbatches) {
    sr_counts c = {0};
    commit_file(w, f, SR_FILE_COMMITTED, NULL, 0, NULL, 0, NULL, &c);
    return;
  }
  f->results = calloc(f->nbatches, sizeof *f->results);
  sr_doc *d = f->docs;
  f->docs = NULL;
  for (size_t i = 0; i < f->nbatches; i++) {
    sr_batch *b = sr_batch_new(i);
    b->user = f;
    while (d && b->ndocs < BATCH_DOCS) {
      sr_doc *next = d->next;
      w->bytes_in += d->raw_len;
      sr_batch_add(b, d);
      d = next;
    }
    sr_pool_submit(w->pool, b);
  }
}

/* ---- results and commits --------------------------------------------- */

static void done_cb(sr_pool *p, sr_batch *b, void *arg) {
  (void)p;
  wd *w = arg;
  wfile *f = b->user;
  f->results[b->seq] = b;
  sr_summary_add(&w->sum, b);
  if (++f->nback < f->nbatches) return;
  sr_buf out = SR_BUF_INIT, failed = SR_BUF_INIT;
  sr_counts c = {0};
  for (size_t i = 0; i < f->nbatches; i++) {
    sr_batch *r = f->results[i];
    if (r->out.len) sr_buf_append(&out, r->out.data, r->out.len);
    if (r->failed.len) sr_buf_append(&failed, r->failed.data, r->failed.len);
    c.docs_in += r->counts.docs_in;
    c.docs_out += r->counts.docs_out;
    c.dropped += r->counts.dropped;
    c.failed += r->counts.failed;
    sr_batch_free(r);
  }
  free(f->results);
  f->results = NULL;
  sr_file_state state = SR_FILE_COMMITTED;
  char *ej = NULL;
  if (c.failed && c.failed == c.docs_in) {
    /* Nothing of the file could be processed: it goes to failed/. */
    state = SR_FILE_FAILED;
    json_error_t je;
    const char *nl = memchr(failed.data, '\n', failed.len);
    json_t *rec = json_loadb(failed.data, nl ? (size_t)(nl - failed.data) : failed.len, 0, &je);
    ej = error_json_of(f->rel, rec ? json_string_value(json_object_get(rec, "stage")) : NULL,
                       rec ? json_string_value(json_object_get(rec, "error")) : NULL,
                       rec ? json_string_value(json_object_get(rec, "traceback")) : NULL, c.failed);
    json_decref(rec);
  }
  size_t ol, fl;
  char *od = sr_buf_detach(&out, &ol), *fd = sr_buf_detach(&failed, &fl);
  commit_file(w, f, state, od, ol, fd, fl, ej, &c);
}

static void commit_file(wd *w, wfile *f, sr_file_state state, char *out, size_t out_len, char *failed,
                        size_t failed_len, char *error_json, const sr_counts *c) {
  sr_commit *m = calloc(1, sizeof *m);
  m->rel_path = strdup(f->rel);
  m->hash = f->hash[0] ? strdup(f->hash) : NULL;
  m->error = error_json;
  m->out = out;
  m->out_len = out_len;
  m->failed = failed;
  m->failed_len = failed_len;
  m->after = w->o->after;
  m->op.id = f->id;
  m->op.state = state;
  m->op.docs_out = c->docs_out;
  m->op.docs_failed = c->failed;
  m->op.docs_dropped = c->dropped;
  m->op.ready_at = f->ready_wall;
  m->user = f;
  sr_committer_submit(w->committer, m);
}

static void maybe_shutdown(wd *w);

/* A daemon frees memory in many threads' arenas; give what is free back to
 * the system now and then, so RSS follows what is in use. */
static void trim_cb(uv_timer_t *t) {
  (void)t;
  malloc_trim(0);
}

static void retry_cb(uv_timer_t *t) {
  wd *w = t->data;
  sr_commit *m = w->retry;
  w->retry = NULL;
  sr_log_kv(SR_LOG_INFO, "retrying commits", (const char *)NULL);
  while (m) {
    sr_commit *n = m->next;
    sr_committer_submit(w->committer, m);
    m = n;
  }
}

static void observe_latency(wd *w, double s) {
  size_t i = 0;
  while (i < NBUCKETS && s > BUCKETS[i]) i++;
  w->hist[i]++;
  w->hist_sum += s;
  w->hist_count++;
}

static void commit_done_cb(sr_committer *c, sr_commit *m, void *arg) {
  (void)c;
  wd *w = arg;
  wfile *f = m->user;
  if (m->status) {
    w->commit_errors++;
    if (!w->paused_disk)
      sr_log_kv(SR_LOG_ERROR, "cannot commit output; intake paused, retrying", "error", sr_strerror(m->status),
                (const char *)NULL);
    w->paused_disk = 1;
    update_pause(w);
    m->status = 0;
    m->next = w->retry;
    w->retry = m;
    if (!uv_is_active((uv_handle_t *)&w->retry_timer)) {
      /* One backoff step per failed attempt, not per commit that failed in
       * it: a group of 20 failing commits would otherwise reach the cap at
       * once. */
      w->backoff_ms = w->backoff_ms ? w->backoff_ms * 2 : 250;
      if (w->backoff_ms > 10000) w->backoff_ms = 10000;
      uv_timer_start(&w->retry_timer, retry_cb, w->backoff_ms, 0);
    }
    return;
  }
  if (w->paused_disk && !w->retry) {
    sr_log_kv(SR_LOG_INFO, "commits succeed again; intake resumed", (const char *)NULL);
    w->paused_disk = 0;
    w->backoff_ms = 0;
  }
  double lat = (double)(uv_hrtime() - f->ready_ns) / 1e9;
  observe_latency(w, lat);
  switch (m->op.state) {
    case SR_FILE_FAILED: w->files_failed++; break;
    case SR_FILE_DUPLICATE: w->files_duplicate++; break;
    default: w->files_committed++; break;
  }
  if (sr_log_enabled(SR_LOG_DEBUG)) {
    char ms[32];
    snprintf(ms, sizeof ms, "%.1f", lat * 1000);
    sr_log_kv(SR_LOG_DEBUG, "committed", "file", f->rel, "state", sr_file_state_name(m->op.state), "latency_ms", ms,
              (const char *)NULL);
  }
  known *k = calloc(1, sizeof *k);
  k->id = f->id;
  k->st = m->op.state;
  known *old;
  HASH_REPLACE(hh, w->known, id, sizeof k->id, k, old);
  free(old);
  remove_marker(w, f->rel);
  HASH_DEL(w->inflight, f);
  free(f->rel);
  free(f->abs);
  free(f->read_error);
  free(f);
  sr_commit_free(m);
  update_pause(w);
  maybe_shutdown(w);
}

/* ---- metrics ----------------------------------------------------------- */

static int http_cb(const char *path, sr_buf *b, void *arg) {
  wd *w = arg;
  if (!strcmp(path, "/health")) {
    if (w->paused_disk) {
      sr_buf_append_str(b, "paused: output cannot be committed (disk full or I/O error); retrying\n");
      return 503;
    }
    sr_buf_append_str(b, w->stopping ? "stopping\n" : "ok\n");
    return 200;
  }
  if (strcmp(path, "/metrics")) {
    sr_buf_append_str(b, "not found: try /metrics or /health\n");
    return 404;
  }
  const sr_counts *c = &w->sum.counts;
  sr_buf_printf(b,
                "# HELP saring_files_total Input files by outcome.\n# TYPE saring_files_total counter\n"
                "saring_files_total{state=\"seen\"} %llu\nsaring_files_total{state=\"committed\"} %llu\n"
                "saring_files_total{state=\"failed\"} %llu\nsaring_files_total{state=\"duplicate\"} %llu\n",
                (unsigned long long)w->files_ready, (unsigned long long)w->files_committed,
                (unsigned long long)w->files_failed, (unsigned long long)w->files_duplicate);
  sr_buf_printf(b,
                "# HELP saring_documents_total Documents by outcome.\n# TYPE saring_documents_total counter\n"
                "saring_documents_total{outcome=\"read\"} %llu\nsaring_documents_total{outcome=\"written\"} %llu\n"
                "saring_documents_total{outcome=\"dropped\"} %llu\nsaring_documents_total{outcome=\"failed\"} %llu\n",
                (unsigned long long)c->docs_in, (unsigned long long)c->docs_out, (unsigned long long)c->dropped,
                (unsigned long long)c->failed);
  sr_buf_append_str(b, "# HELP saring_stage_dropped_total Documents dropped, per stage.\n# TYPE saring_stage_dropped_total counter\n");
  for (size_t i = 0; i < w->sum.nstages; i++) {
    sr_buf_append_str(b, "saring_stage_dropped_total{stage=");
    sr_jsonw_string(b, w->sum.stages[i].name, strlen(w->sum.stages[i].name));
    sr_buf_printf(b, "} %llu\n", (unsigned long long)w->sum.stages[i].dropped);
  }
  sr_buf_printf(b,
                "# TYPE saring_bytes_total counter\nsaring_bytes_total{direction=\"in\"} %llu\n"
                "saring_bytes_total{direction=\"out\"} %llu\n"
                "# TYPE saring_queue_depth gauge\nsaring_queue_depth %zu\n"
                "# TYPE saring_files_in_flight gauge\nsaring_files_in_flight %u\n"
                "# TYPE saring_files_waiting gauge\nsaring_files_waiting %llu\n"
                "# TYPE saring_paused gauge\nsaring_paused %d\n"
                "# TYPE saring_commit_errors_total counter\nsaring_commit_errors_total %llu\n"
                "# TYPE saring_reloads_total counter\nsaring_reloads_total{result=\"ok\"} %llu\n"
                "saring_reloads_total{result=\"failed\"} %llu\n"
                "# TYPE saring_full_scans_total counter\nsaring_full_scans_total %llu\n",
                (unsigned long long)c->bytes_in, (unsigned long long)c->bytes_out, sr_pool_pending(w->pool),
                HASH_COUNT(w->inflight), (unsigned long long)sr_scanner_candidates(w->scanner),
                w->paused_disk, (unsigned long long)w->commit_errors, (unsigned long long)w->reloads,
                (unsigned long long)w->reload_failures, (unsigned long long)sr_scanner_full_scans(w->scanner));
  sr_buf_append_str(b, "# HELP saring_lua_memory_bytes Lua memory in use per worker.\n# TYPE saring_lua_memory_bytes gauge\n");
  for (int i = 0; i < sr_pool_size(w->pool); i++)
    sr_buf_printf(b, "saring_lua_memory_bytes{worker=\"%d\"} %zu\n", i + 1, sr_pool_lua_memory(w->pool, i));
  sr_buf_append_str(b, "# HELP saring_commit_latency_seconds From a file being ready to its output committed.\n"
                       "# TYPE saring_commit_latency_seconds histogram\n");
  uint64_t cum = 0;
  for (size_t i = 0; i < NBUCKETS; i++) {
    cum += w->hist[i];
    sr_buf_printf(b, "saring_commit_latency_seconds_bucket{le=\"%g\"} %llu\n", BUCKETS[i], (unsigned long long)cum);
  }
  cum += w->hist[NBUCKETS];
  sr_buf_printf(b, "saring_commit_latency_seconds_bucket{le=\"+Inf\"} %llu\nsaring_commit_latency_seconds_sum %.6f\n"
                   "saring_commit_latency_seconds_count %llu\n",
                (unsigned long long)cum, w->hist_sum, (unsigned long long)w->hist_count);
  return 200;
}

/* ---- reload, signals, shutdown ---------------------------------------- */

static void do_reload(wd *w, const char *why) {
  sr_script_env env = {.path = w->o->script, .workers = sr_pool_size(w->pool), .options = w->o->set,
                       .trusted = w->o->trusted, .explain = w->o->explain, .state_memory = w->o->state_memory};
  char *err = NULL;
  /* Validate the bytes the workers will run, not the file they would
   * re-read later: it may change again in between. */
  size_t len = 0;
  char *source = sr_script_read(w->o->script, &len, &err);
  lua_State *L = NULL;
  if (source) {
    env.source = source;
    env.source_len = len;
    L = sr_script_load(&env, &err);
  }
  if (!L) {
    w->reload_failures++;
    sr_log_kv(SR_LOG_ERROR, "reload rejected; the running script stays", "reason", why, "error", err,
              (const char *)NULL);
    free(err);
    free(source);
    return;
  }
  sr_script_close(L);
  sr_pool_reload(w->pool, source, len);
  w->reloads++;
  sr_log_kv(SR_LOG_INFO, "script reloaded; workers switch at their next batch", "reason", why, (const char *)NULL);
}

static void script_event_cb(uv_fs_event_t *h, const char *filename, int events, int status);

/* An fs event watch follows an inode: once the script is replaced by a
 * rename (editors, deploy tools) or deleted and written anew, later changes
 * would go unseen.  So the path is watched afresh before each reload. */
static void rewatch_script(wd *w) {
  if (w->stopping) return;
  uv_fs_event_stop(&w->script_ev);
  int rc = uv_fs_event_start(&w->script_ev, script_event_cb, w->o->script, 0);
  if (rc)
    sr_log_kv(SR_LOG_WARN, "cannot watch the script for changes; SIGHUP still reloads", "script", w->o->script,
              "error", uv_strerror(rc), (const char *)NULL);
}

static void reload_timer_cb(uv_timer_t *t) {
  rewatch_script(t->data);
  do_reload(t->data, "script changed");
}

static void script_event_cb(uv_fs_event_t *h, const char *filename, int events, int status) {
  (void)filename;
  (void)events;
  wd *w = h->data;
  if (status < 0 || w->stopping) return;
  /* Editors write in several steps: wait for the writes to settle. */
  uv_timer_start(&w->reload_timer, reload_timer_cb, 200, 0);
}

static void close_cb_noop(uv_handle_t *h) { (void)h; }

static void shutdown_now(wd *w) {
  if (w->shut) return;
  w->shut = 1;
  sr_pool_stop(w->pool);
  uv_close((uv_handle_t *)&w->sigint, close_cb_noop);
  uv_close((uv_handle_t *)&w->sigterm, close_cb_noop);
  uv_close((uv_handle_t *)&w->sighup, close_cb_noop);
  uv_close((uv_handle_t *)&w->retry_timer, close_cb_noop);
  uv_close((uv_handle_t *)&w->drain_timer, close_cb_noop);
  uv_close((uv_handle_t *)&w->reload_timer, close_cb_noop);
  uv_close((uv_handle_t *)&w->trim_timer, close_cb_noop);
  if (!uv_is_closing((uv_handle_t *)&w->script_ev)) uv_close((uv_handle_t *)&w->script_ev, close_cb_noop);
  if (w->http) sr_http_stop(w->http);
  w->http = NULL;
}

static void maybe_shutdown(wd *w) {
  if (!w->stopping || HASH_COUNT(w->inflight) || sr_committer_busy(w->committer) || w->retry) return;
  sr_log_kv(SR_LOG_INFO, "stopped: everything in flight is committed", (const char *)NULL);
  shutdown_now(w);
}

static void drain_cb(uv_timer_t *t) {
  wd *w = t->data;
  char n[32];
  snprintf(n, sizeof n, "%u", HASH_COUNT(w->inflight));
  sr_log_kv(SR_LOG_WARN, "drain deadline passed; unfinished files are redone at the next start", "files", n,
            (const char *)NULL);
  /* Safe: nothing uncommitted is marked done, so leaving now is like a
   * crash, which recovery handles. */
  fflush(NULL);
  _exit(0);
}

static void signal_cb(uv_signal_t *h, int signum) {
  wd *w = h->data;
  if (signum == SIGHUP) {
    rewatch_script(w);
    do_reload(w, "SIGHUP");
    return;
  }
  if (w->stopping) {
    sr_log_kv(SR_LOG_WARN, "second signal: exiting now", (const char *)NULL);
    fflush(NULL);
    _exit(128 + signum);
  }
  w->stopping = 1;
  sr_log_kv(SR_LOG_INFO, "stopping: no new files; finishing those in flight", (const char *)NULL);
  sr_scanner_stop(w->scanner);
  w->scanner = NULL;
  uv_timer_start(&w->drain_timer, drain_cb, w->o->drain_ms, 0);
  maybe_shutdown(w);
}

/* ---- start ------------------------------------------------------------ */

static void load_known_cb(void *arg, const sr_file_id *id, const char *path, sr_file_state st, const char *hash) {
  (void)path;
  wd *w = arg;
  known *k = calloc(1, sizeof *k);
  k->id = *id;
  k->st = st;
  known *old;
  HASH_REPLACE(hh, w->known, id, sizeof k->id, k, old);
  free(old);
  if (hash && strlen(hash) == 32 && (st == SR_FILE_COMMITTED || st == SR_FILE_DUPLICATE)) {
    hashent *h;
    HASH_FIND_STR(w->hashes, hash, h);
    if (!h) {
      h = calloc(1, sizeof *h);
      memcpy(h->hash, hash, 33);
      HASH_ADD_STR(w->hashes, hash, h);
    }
  }
}

static char *absolute(const char *p) {
  char *r = realpath(p, NULL);
  return r ? r : strdup(p);
}

static int make_dir(const char *p) {
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s/", p);
  for (char *s = tmp + 1; *s; s++) {
    if (*s != '/') continue;
    *s = '\0';
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST) return -errno;
    *s = '/';
  }
  return 0;
}

int sr_watch(const sr_watch_opts *in) {
  sr_watch_opts o = *in;
  wd w;
  memset(&w, 0, sizeof w);
  w.o = &o;
  w.lock_fd = -1;
  /* Everything below is released at `out`, whichever step failed, so an
   * error exit leaks nothing (LeakSanitizer would otherwise change the
   * exit code). */
  int rc = 2;
  char *dir = NULL, *abs_state = NULL, *abs_out = NULL, *abs_proc = NULL, *abs_failed = NULL;
  char *err = NULL, *source = NULL;
  struct stat st;
  if (stat(o.dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    fprintf(stderr, "saring: %s: not a folder\n", o.dir);
    return 2;
  }
  dir = absolute(o.dir);
  o.dir = dir;
  char state[4096], out[4096], proc[4096], failed[4096];
  snprintf(state, sizeof state, "%s", o.state_dir ? o.state_dir : "");
  if (!o.state_dir) snprintf(state, sizeof state, "%s/.saring", dir);
  if (!o.out_dir) snprintf(out, sizeof out, "%s/out", dir);
  else snprintf(out, sizeof out, "%s", o.out_dir);
  if (!o.processed_dir) snprintf(proc, sizeof proc, "%s/processed", dir);
  else snprintf(proc, sizeof proc, "%s", o.processed_dir);
  if (!o.failed_dir) snprintf(failed, sizeof failed, "%s/failed", dir);
  else snprintf(failed, sizeof failed, "%s", o.failed_dir);
  const char *dirs[] = {state, out, proc, failed};
  for (int i = 0; i < 4; i++)
    if (make_dir(dirs[i])) {
      fprintf(stderr, "saring: cannot create %s: %s\n", dirs[i], strerror(errno));
      goto out;
    }
  abs_state = absolute(state);
  abs_out = absolute(out);
  abs_proc = absolute(proc);
  abs_failed = absolute(failed);

  /* One daemon per state folder. */
  char lock[4200];
  snprintf(lock, sizeof lock, "%s/lock", abs_state);
  w.lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (w.lock_fd < 0 || flock(w.lock_fd, LOCK_EX | LOCK_NB) != 0) {
    fprintf(stderr, "saring: %s is in use by another saring watch\n", abs_state);
    goto out;
  }

  if (sr_journal_open(&w.journal, abs_state, &err)) {
    fprintf(stderr, "saring: %s\n", err);
    goto out;
  }
  int forgot = sr_journal_forget_unfinished(w.journal);
  if (forgot > 0) {
    char n[32];
    snprintf(n, sizeof n, "%d", forgot);
    sr_log_kv(SR_LOG_INFO, "recovery: files in flight at the last stop are redone", "files", n, (const char *)NULL);
  }
  sr_journal_each_final(w.journal, load_known_cb, &w);

  w.loop = uv_default_loop();
  sr_committer_config cc = {.watch_dir = dir, .out_dir = abs_out, .processed_dir = abs_proc,
                            .failed_dir = abs_failed, .journal = w.journal, .done_cb = commit_done_cb, .arg = &w};
  if (sr_committer_new(&w.committer, w.loop, &cc, &err)) {
    fprintf(stderr, "saring: %s\n", err);
    goto out;
  }

  int workers = o.workers > 0 ? o.workers : (int)uv_available_parallelism();
  sr_script_env env = {.path = o.script, .workers = workers, .options = o.set, .trusted = o.trusted,
                       .explain = o.explain, .state_memory = o.state_memory};
  /* The pool keeps this buffer (freed with it): every worker loads the
   * bytes validated here. */
  source = sr_script_read(o.script, &env.source_len, &err);
  if (!source) {
    fprintf(stderr, "saring: %s\n", err);
    goto out;
  }
  env.source = source;
  lua_State *L = sr_script_load(&env, &err);
  if (!L) {
    fprintf(stderr, "saring: %s\n", err);
    goto out;
  }
  sr_script_push_pipeline(L);
  lua_getfield(L, -1, "names");
  size_t nn = (size_t)lua_rawlen(L, -1);
  const char **names = calloc(nn + 1, sizeof *names);
  for (size_t i = 0; i < nn; i++) {
    lua_rawgeti(L, -1, (lua_Integer)i + 1);
    names[i] = lua_tostring(L, -1);
    lua_pop(L, 1);
  }
  sr_summary_init(&w.sum, names, nn);
  free(names);
  sr_script_close(L);

  sr_pool_config pc = {.workers = workers, .env = env,
                       .exec = {.text_field = o.text_field, .id_field = o.id_field, .utf8_strict = o.utf8_strict,
                                .limits = o.limits},
                       .done_cb = done_cb, .arg = &w};
  /* The metrics address is checked before any thread starts. */
  if (o.metrics) {
    int hrc = sr_http_start(&w.http, w.loop, o.metrics, http_cb, &w);
    if (hrc) {
      fprintf(stderr, "saring: cannot serve metrics on %s: %s\n", o.metrics, uv_strerror(hrc));
      goto out;
    }
    char port[16];
    snprintf(port, sizeof port, "%d", sr_http_port(w.http));
    sr_log_kv(SR_LOG_INFO, "metrics served", "addr", o.metrics, "port", port, (const char *)NULL);
  }
  if (sr_pool_start(&w.pool, w.loop, &pc, &err)) {
    fprintf(stderr, "saring: %s\n", err);
    goto out;
  }
  sr_pool_reload(w.pool, source, env.source_len); /* hands the buffer to the pool; same bytes */
  source = NULL;

  uv_signal_init(w.loop, &w.sigint);
  uv_signal_init(w.loop, &w.sigterm);
  uv_signal_init(w.loop, &w.sighup);
  w.sigint.data = w.sigterm.data = w.sighup.data = &w;
  uv_signal_start(&w.sigint, signal_cb, SIGINT);
  uv_signal_start(&w.sigterm, signal_cb, SIGTERM);
  uv_signal_start(&w.sighup, signal_cb, SIGHUP);
  uv_timer_init(w.loop, &w.retry_timer);
  uv_timer_init(w.loop, &w.drain_timer);
  uv_timer_init(w.loop, &w.reload_timer);
  w.retry_timer.data = w.drain_timer.data = w.reload_timer.data = &w;
  uv_timer_init(w.loop, &w.trim_timer);
  uv_timer_start(&w.trim_timer, trim_cb, 10000, 10000);
  uv_fs_event_init(w.loop, &w.script_ev);
  w.script_ev.data = &w;
  uv_fs_event_start(&w.script_ev, script_event_cb, o.script, 0);

  const char *exclude[] = {abs_state, abs_out, abs_proc, abs_failed, NULL};
  sr_scanner_config sc = {.dir = dir, .exclude = exclude, .settle_ms = o.settle_ms, .quiet_ms = o.quiet_ms,
                          .reconcile_ms = o.reconcile_ms, .marker = o.marker,
                          .follow_symlinks = o.follow_symlinks, .known_cb = known_cb, .ready_cb = ready_cb,
                          .arg = &w};
  char nw[16];
  snprintf(nw, sizeof nw, "%d", workers);
  sr_log_kv(SR_LOG_INFO, "watching", "dir", dir, "out", abs_out, "state", abs_state, "workers", nw,
            (const char *)NULL);
  sr_scanner_start(&w.scanner, w.loop, &sc);

  uv_run(w.loop, UV_RUN_DEFAULT);
  rc = 0;

out:
  if (w.http && !w.shut) {
    sr_http_stop(w.http);
    uv_run(w.loop, UV_RUN_DEFAULT);
  }
  sr_committer_free(w.committer);
  sr_journal_close(w.journal);
  sr_summary_free(&w.sum);
  known *k, *ktmp;
  HASH_ITER(hh, w.known, k, ktmp) {
    HASH_DEL(w.known, k);
    free(k);
  }
  hashent *h, *htmp;
  HASH_ITER(hh, w.hashes, h, htmp) {
    HASH_DEL(w.hashes, h);
    free(h);
  }
  if (w.loop) uv_loop_close(w.loop);
  if (w.lock_fd >= 0) close(w.lock_fd);
  free(source);
  free(err);
  free(dir);
  free(abs_state);
  free(abs_out);
  free(abs_proc);
  free(abs_failed);
  return rc;
}
