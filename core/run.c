/* `saring run` (see run.h).
 *
 * The loop thread owns everything but the Lua states: it reads inputs
 * (through threadpool work), groups documents into batches, submits them to
 * the worker pool, puts finished batches back in input order and queues
 * their output on the sinks.  Memory stays bounded because reading pauses
 * while too many documents or bytes are in flight.
 */
#include "run.h"

#include <lauxlib.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "error.h"
#include "executor.h"
#include "pathsafe.h"
#include "input.h"
#include "log.h"
#include "plugin/runner.h"
#include "pool.h"
#include "reader.h"
#include "script.h"
#include "sink.h"
#include "summary.h"

typedef struct run_ctx {
  const sr_run_opts *o;
  lua_State *loaded;    /* the validating load's state until the pool takes it */
  uv_loop_t *loop;
  sr_inputs inputs;
  sr_pool *pool;
  sr_reader *reader;
  sr_sink *out, *failed;
  char *failed_path;
  sr_summary sum;
  int prepass_phase;    /* 1 while the prepass runs over the corpus */
  int has_prepass;

  sr_batch *cur;        /* the batch being filled */
  uint64_t next_seq;    /* seq of the next batch to submit */
  uint64_t write_seq;   /* seq of the next batch to write (ordered mode) */
  sr_batch **ring;      /* finished batches waiting for their turn */
  size_t ring_cap;
  size_t inflight_docs, inflight_bytes;
  int reading_done;
  int finishing;
  int stopping;         /* a signal asked us to stop */
  int exit_code;

  sr_psource *psrc;     /* --source: a plugin instead of inputs */
  sr_psink *psink;      /* --sink */

  uv_check_t check;
  uv_signal_t sigint, sigterm;
  uv_timer_t progress;
  int show_progress;
  uint64_t start_ns;
  int sinks_open;
  sr_sink *csv;          /* --csv */
  char *csv_header;
  uint64_t mirror_errors;
  uint64_t consecutive_failed;
  char *last_error;     /* the last dead-letter error, for the stop message */
} run_ctx;

void sr_run_opts_init(sr_run_opts *o) {
  memset(o, 0, sizeof *o);
  o->progress = -1;
  o->text_field = "text";
  o->id_field = "id";
  o->max_doc_bytes = (size_t)1 << 30;
  o->batch_docs = 64;
  o->max_inflight_docs = 4096;
  o->max_inflight_bytes = (size_t)64 << 20;
  o->limits.instructions = SR_LIMIT_DEFAULT_INSTRUCTIONS;
  o->limits.memory = SR_LIMIT_DEFAULT_MEMORY;
  o->limits.time_ms = SR_LIMIT_DEFAULT_TIME_MS;
  o->state_memory = (size_t)4 << 30;
  o->max_failures = 1000;
}

static void maybe_finish(run_ctx *c);

/* ---- the document supply: input files or a plugin source ------------- */

/* Acknowledgement tokens of a plugin source's documents, carried by their
 * batch (b->user) until its output is committed. */
typedef struct ack_tokens {
  char **v;
  size_t n, cap;
} ack_tokens;

static void pump_input(run_ctx *c) {
  if (c->psrc) sr_psource_pump(c->psrc);
  else if (c->reader) sr_reader_pump(c->reader);
}
static void stop_input(run_ctx *c) {
  if (c->psrc) sr_psource_stop(c->psrc);
  else if (c->reader) sr_reader_stop(c->reader);
}
static int input_busy(run_ctx *c) {
  return c->psrc ? sr_psource_busy(c->psrc) : c->reader && sr_reader_busy(c->reader);
}
static size_t input_bytes(run_ctx *c) {
  return c->psrc ? sr_psource_bytes(c->psrc) : c->reader ? sr_reader_bytes(c->reader) : 0;
}

/* ---- backpressure ---------------------------------------------------- */

static int room_cb(sr_reader *r, void *arg) {
  (void)r;
  run_ctx *c = arg;
  if (c->stopping) return 0;
  if (c->inflight_docs >= c->o->max_inflight_docs) return 0;
  /* One large document may exceed the byte budget alone; let it through
   * when nothing else is in flight. */
  if (c->inflight_bytes >= c->o->max_inflight_bytes && c->inflight_docs > 0) return 0;
  if (sr_sink_pending(c->out) > ((size_t)64 << 20)) return 0;
  if (c->psink && sr_psink_pending(c->psink) > ((size_t)64 << 20)) return 0;
  return 1;
}

/* The output has written what was queued: reading held back by a full
 * output queue (room_cb) may go on.  Without this, a run whose last batch
 * left more than the limit queued (one huge document) waited forever. */
static void out_drained_cb(sr_sink *s, void *arg) {
  (void)s;
  run_ctx *c = arg;
  if (!c->finishing) pump_input(c);
}

static void submit_current(run_ctx *c) {
  sr_batch *b = c->cur;
  if (!b || !b->ndocs) return;
  c->cur = NULL;
  b->prepass = c->prepass_phase;
  /* Prepass batches are never written, so they take no sequence number:
   * otherwise the reorder buffer would wait for them forever and the real
   * pass would write nothing. */
  if (!b->prepass) b->seq = c->next_seq++;
  sr_pool_submit(c->pool, b);
}

static void add_docs(run_ctx *c, sr_doc *docs, char **tokens) {
  for (size_t k = 0; docs; k++) {
    sr_doc *d = docs;
    docs = d->next;
    if (!c->cur) c->cur = sr_batch_new(0);
    if (tokens) {
      ack_tokens *t = c->cur->user;
      if (!t) c->cur->user = t = calloc(1, sizeof *t);
      if (t && t->n == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 64;
        char **v = realloc(t->v, cap * sizeof *v);
        if (v) {
          t->v = v;
          t->cap = cap;
        }
      }
      if (t && t->n < t->cap) t->v[t->n++] = tokens[k];
      else free(tokens[k]);
    }
    if (d->error && !c->prepass_phase) c->sum.inputs_failed += d->line == 0;
    if (d->error && c->prepass_phase) {
      sr_doc_free(d);
      continue;
    }
    c->inflight_docs++;
    c->inflight_bytes += d->raw_len;
    sr_batch_add(c->cur, d);
    if (c->cur->ndocs >= c->o->batch_docs || c->cur->bytes >= ((size_t)1 << 20)) submit_current(c);
  }
}

static void docs_cb(sr_reader *r, sr_doc *docs, size_t n, void *arg) {
  (void)r;
  (void)n;
  add_docs(arg, docs, NULL);
}

static void psrc_docs_cb(sr_psource *s, sr_doc *docs, char **tokens, size_t n, void *arg) {
  (void)s;
  (void)n;
  add_docs(arg, docs, tokens);
  free(tokens);
}

static int psrc_room_cb(sr_psource *s, void *arg) {
  (void)s;
  return room_cb(NULL, arg);
}

/* After each loop iteration: send a partial batch when workers are idle, so
 * a slow trickle of input (a pipe) is not held back. */
static void check_cb(uv_check_t *h) {
  run_ctx *c = h->data;
  if (c->cur && c->cur->ndocs && sr_pool_pending(c->pool) < (size_t)sr_pool_size(c->pool))
    submit_current(c);
}

static void end_cb(sr_reader *r, void *arg) {
  (void)r;
  run_ctx *c = arg;
  submit_current(c);
  c->reading_done = 1;
  maybe_finish(c);
}

static void psrc_end_cb(sr_psource *s, void *arg) {
  (void)s;
  end_cb(NULL, arg);
}

/* ---- results --------------------------------------------------------- */

/* A script that fails every document would fill the dead-letter file with
 * copies of one error: after max_failures failures in a row, stop. */
static void count_failures(run_ctx *c, sr_batch *b) {
  if (b->any_ok) c->consecutive_failed = b->trailing_failed;
  else c->consecutive_failed += b->trailing_failed;
  if (!c->o->max_failures || c->consecutive_failed < c->o->max_failures || c->stopping) return;
  char last[512] = "";
  if (b->failed.len) {
    /* The last record's error, for the message. */
    const char *e = strstr(b->failed.data, "\"error\":\"");
    const char *next;
    while (e && (next = strstr(e + 1, "\"error\":\""))) e = next;
    if (e) {
      e += 9;
      size_t n = strcspn(e, "\"");
      snprintf(last, sizeof last, "%.*s", (int)(n < 400 ? n : 400), e);
    }
  }
  sr_log(SR_LOG_ERROR, "stopping: %llu documents in a row failed (--max-failures); the last error: %s",
         (unsigned long long)c->consecutive_failed, last);
  c->exit_code = 1;
  c->stopping = 1;
  sr_reader_stop(c->reader);
}

/* --mirror: the kept texts as files, written on the threadpool. */
typedef struct mirror_job {
  uv_work_t req;
  run_ctx *c;
  char *data;
  size_t len;
  int errors;
} mirror_job;

static void mirror_work_cb(uv_work_t *req) {
  mirror_job *j = req->data;
  const char *p = j->data, *end = j->data + j->len;
  while (p < end) {
    const char *name, *text;
    size_t nl, tl;
    p += sr_mirror_next(p, &name, &nl, &text, &tl);
    /* The name comes from the document: it is made safe, so no id can
     * write outside the mirror folder. */
    char safe[256], path[4400];
    sr_path_component(name, nl, safe, sizeof safe);
    if (snprintf(path, sizeof path, "%s/%s.txt", j->c->o->mirror, safe) >= (int)sizeof path) {
      j->errors++;
      continue;
    }
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(text, 1, tl, f) != tl) j->errors++;
    if (f && fclose(f) != 0) j->errors++;
  }
}

static void mirror_after_cb(uv_work_t *req, int status) {
  (void)status;
  mirror_job *j = req->data;
  if (j->errors && !j->c->mirror_errors)
    sr_log(SR_LOG_ERROR, "cannot write some files in %s: %s", j->c->o->mirror, strerror(errno));
  j->c->mirror_errors += (uint64_t)j->errors;
  free(j->data);
  free(j);
}

static void write_extras(run_ctx *c, sr_batch *b) {
  size_t len;
  char *data = sr_buf_detach(&b->csv, &len);
  if (data && c->csv) sr_sink_write(c->csv, data, len);
  else free(data);
  data = sr_buf_detach(&b->mirror, &len);
  if (data && c->o->mirror) {
    mirror_job *j = calloc(1, sizeof *j);
    if (!j) {
      free(data);
      return;
    }
    j->c = c;
    j->data = data;
    j->len = len;
    j->req.data = j;
    uv_queue_work(c->loop, &j->req, mirror_work_cb, mirror_after_cb);
  } else {
    free(data);
  }
}

static void write_batch(run_ctx *c, sr_batch *b) {
  count_failures(c, b);
  write_extras(c, b);
  size_t len;
  char *data = sr_buf_detach(&b->out, &len);
  ack_tokens *t = b->user;
  b->user = NULL;
  if (c->psink) {
    /* The plugin sink commits, then the source acknowledges (psink's
     * committed callback); the output file, when asked for, gets a copy. */
    if (data && c->o->out) {
      char *copy = malloc(len);
      if (copy) {
        memcpy(copy, data, len);
        sr_sink_write(c->out, copy, len);
      }
    }
    sr_psink_write(c->psink, data, len, t ? t->v : NULL, t ? t->n : 0);
  } else {
    if (data) sr_sink_write(c->out, data, len);
    /* With a file output, documents are acknowledged once their output is
     * handed to the writer (see docs/plugins.md for the guarantees). */
    if (t && c->psrc) sr_psource_ack(c->psrc, t->v, t->n);
    else if (t) {
      for (size_t i = 0; i < t->n; i++) free(t->v[i]);
      free(t->v);
    }
  }
  free(t);
  /* The summary reads the batch's dead letters (its first failure) before
   * they go to the writer. */
  sr_summary_add(&c->sum, b);
  data = sr_buf_detach(&b->failed, &len);
  if (data) sr_sink_write(c->failed, data, len);
  c->inflight_docs -= b->ndocs;
  c->inflight_bytes -= b->bytes;
  sr_batch_free(b);
}

/* The ring holds finished batches by seq modulo its size.  The budget of
 * documents in flight bounds it only loosely (one read can deliver more
 * lines than the budget), so it grows when a batch would not fit. */
static int ring_grow(run_ctx *c, uint64_t need) {
  size_t cap = c->ring_cap;
  while (cap < need) cap *= 2;
  sr_batch **nr = calloc(cap, sizeof *nr);
  if (!nr) return -1;
  for (size_t i = 0; i < c->ring_cap; i++)
    if (c->ring[i]) nr[c->ring[i]->seq % cap] = c->ring[i];
  free(c->ring);
  c->ring = nr;
  c->ring_cap = cap;
  return 0;
}

static void done_cb(sr_pool *p, sr_batch *b, void *arg) {
  (void)p;
  run_ctx *c = arg;
  if (b->prepass) {
    c->inflight_docs -= b->ndocs;
    c->inflight_bytes -= b->bytes;
    sr_batch_free(b);
  } else if (c->o->unordered) {
    write_batch(c, b);
  } else {
    if (b->seq - c->write_seq >= c->ring_cap && ring_grow(c, b->seq - c->write_seq + 1)) {
      sr_log(SR_LOG_ERROR, "out of memory");
      c->exit_code = 1;
      sr_batch_free(b);
      return;
    }
    c->ring[b->seq % c->ring_cap] = b;
    for (;;) {
      sr_batch **slot = &c->ring[c->write_seq % c->ring_cap];
      if (!*slot || (*slot)->seq != c->write_seq) break;
      sr_batch *ready = *slot;
      *slot = NULL;
      c->write_seq++;
      write_batch(c, ready);
    }
  }
  if (sr_sink_error(c->out) && !c->stopping) {
    sr_log(SR_LOG_ERROR, "cannot write %s: %s", sr_sink_path(c->out), sr_strerror(sr_sink_error(c->out)));
    c->exit_code = 1;
    c->stopping = 1;
    stop_input(c);
  }
  if (c->psink && sr_psink_error(c->psink) && !c->stopping) {
    c->exit_code = 1;
    c->stopping = 1;
    stop_input(c);
  }
  pump_input(c);
  maybe_finish(c);
}

/* ---- progress and signals -------------------------------------------- */

static double elapsed(run_ctx *c) { return (double)(uv_hrtime() - c->start_ns) / 1e9; }

static void progress_cb(uv_timer_t *t) {
  run_ctx *c = t->data;
  double s = elapsed(c);
  double mb = (double)input_bytes(c) / 1e6;
  char eta[32] = "";
  if (c->inputs.total_bytes > 0 && mb > 0) {
    double total = (double)c->inputs.total_bytes / 1e6;
    double left = (total - mb) / (mb / s);
    if (left < 0) left = 0;
    snprintf(eta, sizeof eta, "  ETA %d:%02d", (int)left / 60, (int)left % 60);
  }
  fprintf(stderr, "\r\033[K%s %llu docs  %.1f MB  %.1f MB/s%s", c->prepass_phase ? "prepass" : "saring",
          (unsigned long long)c->sum.counts.docs_in, mb, s > 0 ? mb / s : 0.0, eta);
  fflush(stderr);
}

static void signal_cb(uv_signal_t *h, int signum) {
  run_ctx *c = h->data;
  if (c->stopping) {
    /* A second signal: leave at once. */
    fprintf(stderr, "\nsaring: interrupted\n");
    _exit(128 + signum);
  }
  c->stopping = 1;
  c->exit_code = c->exit_code ? c->exit_code : 128 + signum;
  sr_log(SR_LOG_WARN, "stopping: finishing the documents in flight (signal again to quit now)");
  stop_input(c);
}

/* ---- phases and the end ---------------------------------------------- */

static int start_reader(run_ctx *c) {
  if (c->psrc) {
    c->reading_done = 0;
    sr_psource_pump(c->psrc);
    return 0;
  }
  sr_reader_config rc = {
    .chunk_bytes = 1 << 20,
    .max_doc_bytes = c->o->max_doc_bytes,
    .readahead = 8,
    .job_docs = c->o->max_inflight_docs / 2 ? c->o->max_inflight_docs / 2 : 1,
    .docs_cb = docs_cb,
    .room_cb = room_cb,
    .end_cb = end_cb,
    .arg = c,
  };
  if (c->reader) sr_reader_free(c->reader);
  c->reader = sr_reader_new(c->loop, &c->inputs, &rc);
  if (!c->reader) return SR_ENOMEM;
  c->reading_done = 0;
  sr_reader_pump(c->reader);
  return 0;
}

static void close_handle(uv_handle_t *h) {
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

static void output_closed(run_ctx *c);

static void sink_closed_cb(sr_sink *s, void *arg) {
  run_ctx *c = arg;
  int err = sr_sink_error(s);
  if (err) {
    sr_log(SR_LOG_ERROR, "cannot write %s: %s", sr_sink_path(s), sr_strerror(err));
    c->exit_code = 1;
  }
  output_closed(c);
}

static void psrc_closed_cb(sr_psource *s, void *arg) {
  run_ctx *c = arg;
  if (sr_psource_failed(s)) c->exit_code = 1;
  c->psrc = NULL;
  output_closed(c);
}

/* The plugin sink closes first, so that its last commits are acknowledged
 * before the source closes. */
static void psink_closed_cb(sr_psink *k, void *arg) {
  run_ctx *c = arg;
  if (sr_psink_error(k)) c->exit_code = 1;
  c->psink = NULL;
  if (c->psrc) sr_psource_close(c->psrc, psrc_closed_cb, c);
  else output_closed(c);
}

static void psink_committed_cb(sr_psink *k, char **tokens, size_t n, void *arg) {
  (void)k;
  run_ctx *c = arg;
  if (c->psrc) {
    sr_psource_ack(c->psrc, tokens, n);
    return;
  }
  for (size_t i = 0; i < n; i++) free(tokens[i]);
  free(tokens);
}

static void output_closed(run_ctx *c) {
  if (--c->sinks_open == 0) {
    close_handle((uv_handle_t *)&c->check);
    close_handle((uv_handle_t *)&c->sigint);
    close_handle((uv_handle_t *)&c->sigterm);
    close_handle((uv_handle_t *)&c->progress);
  }
}

static void maybe_finish(run_ctx *c) {
  if (c->finishing || !c->reading_done || sr_pool_pending(c->pool) || input_busy(c)) return;
  if (c->prepass_phase && !c->stopping) {
    /* The corpus has been seen once; now the real pass. */
    c->prepass_phase = 0;
    start_reader(c);
    return;
  }
  c->finishing = 1;
  c->sum.seconds = elapsed(c);
  c->sum.bytes_read = input_bytes(c);
  sr_pool_stop(c->pool);
  c->sinks_open = 2 + (c->psink || c->psrc) + (c->csv != NULL);
  if (c->csv) sr_sink_close(c->csv, sink_closed_cb, c);
  sr_sink_close(c->out, sink_closed_cb, c);
  sr_sink_close(c->failed, sink_closed_cb, c);
  if (c->psink) sr_psink_close(c->psink, psink_closed_cb, c);
  else if (c->psrc) sr_psource_close(c->psrc, psrc_closed_cb, c);
}

/* The validating load: the script must load before anything starts, and it
 * tells the stage names for the summary. */
static int load_names(run_ctx *c, const sr_script_env *env, char ***names, size_t *n) {
  char *err = NULL;
  lua_State *L = sr_script_load(env, &err);
  if (!L) {
    fprintf(stderr, "saring: %s\n", err);
    free(err);
    return -1;
  }
  sr_script_push_pipeline(L);
  lua_getfield(L, -1, "names");
  *n = (size_t)lua_rawlen(L, -1);
  *names = calloc(*n + 1, sizeof **names);
  for (size_t i = 0; i < *n; i++) {
    lua_rawgeti(L, -1, (lua_Integer)i + 1);
    (*names)[i] = strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  c->has_prepass = lua_getfield(L, -1, "prepass") == LUA_TFUNCTION;
  lua_pop(L, 1);
  if (c->o->csv) {
    sr_exec_push_csv_columns(L, -1);
    sr_buf h = SR_BUF_INIT;
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
      lua_rawgeti(L, -1, i);
      size_t kl;
      const char *k = lua_tolstring(L, -1, &kl);
      if (i > 1) sr_buf_putc(&h, ',');
      if (k) sr_csv_field(&h, k, kl);
      lua_pop(L, 1);
    }
    sr_buf_append(&h, "\r\n", 2);
    c->csv_header = sr_buf_detach(&h, NULL);
  }
  /* The state is what worker 1 would load (the validating load sees worker
   * 1 too), so it becomes worker 1's: the script runs once less. */
  lua_settop(L, 0);
  c->loaded = L;
  return 0;
}

static char *default_failed_path(const char *out) {
  if (!out || !strcmp(out, "-")) return strdup("saring.failed.jsonl");
  /* An output that is no regular file (-o /dev/null, a named pipe) has no
   * folder of its own: "/dev/null.failed.jsonl" would be a file in /dev. */
  struct stat st;
  if (stat(out, &st) == 0 && !S_ISREG(st.st_mode)) return strdup("saring.failed.jsonl");
  size_t n = strlen(out);
  const char *base = strrchr(out, '/');
  base = base ? base + 1 : out;
  const char *dot = strchr(base, '.');
  size_t stem = dot ? (size_t)(dot - out) : n;
  char *p = malloc(stem + 16);
  if (!p) return NULL;
  memcpy(p, out, stem);
  strcpy(p + stem, ".failed.jsonl");
  return p;
}

/* Checks that the output can be created before any work starts. */
static int check_writable(const char *path) {
  if (!path || !strcmp(path, "-")) return 0;
  FILE *f = fopen(path, "a");
  if (!f) {
    fprintf(stderr, "saring: cannot write %s: %s\n", path, strerror(errno));
    return -1;
  }
  fclose(f);
  return 0;
}

static int run_loaded(const sr_run_opts *o, sr_script_env env, int workers);

int sr_run(const sr_run_opts *o) {
  int workers = o->workers > 0 ? o->workers : (int)uv_available_parallelism();
  sr_script_env env = {.path = o->script, .workers = workers, .options = o->set,
                       .explain = o->explain, .trusted = o->trusted, .state_memory = o->state_memory};
  /* Read once: the validating load and every worker run the same bytes. */
  char *serr = NULL;
  char *source = sr_script_read(o->script, &env.source_len, &serr);
  if (!source) {
    fprintf(stderr, "saring: %s\n", serr);
    free(serr);
    return 2;
  }
  env.source = source;
  int rc = run_loaded(o, env, workers);
  free(source);
  return rc;
}

/* For a configuration error found before the loop starts: frees what
 * run_loaded has made so far and gives the exit code. */
static int config_error(run_ctx *c) {
  sr_script_close(c->loaded);
  c->loaded = NULL;
  sr_summary_free(&c->sum);
  sr_inputs_free(&c->inputs);
  free(c->failed_path);
  free(c->csv_header);
  return 2;
}

static int run_loaded(const sr_run_opts *o, sr_script_env env, int workers) {
  run_ctx c;
  memset(&c, 0, sizeof c);
  c.o = o;
  c.start_ns = uv_hrtime();
  char **names = NULL;
  size_t nnames = 0;
  if (load_names(&c, &env, &names, &nnames)) return 2;
  sr_summary_init(&c.sum, (const char *const *)names, nnames);
  for (size_t i = 0; i < nnames; i++) free(names[i]);
  free(names);

  for (int i = 0; i < o->ninputs; i++)
    if (sr_inputs_add(&c.inputs, o->inputs[i], o->format)) {
      fprintf(stderr, "saring: out of memory\n");
      return config_error(&c);
    }
  c.sum.inputs = c.inputs.n;
  for (size_t i = 0; i < c.inputs.n; i++)
    if (c.inputs.v[i].error) sr_log(SR_LOG_ERROR, "%s: %s", c.inputs.v[i].path, c.inputs.v[i].error);

  c.failed_path = o->failed ? strdup(o->failed) : default_failed_path(o->out);
  if (check_writable(o->out) || check_writable(o->csv)) return config_error(&c);
  if (o->mirror && mkdir(o->mirror, 0755) != 0 && errno != EEXIST) {
    fprintf(stderr, "saring: cannot create %s: %s\n", o->mirror, strerror(errno));
    return config_error(&c);
  }

  c.loop = uv_default_loop();
  if (o->sink) {
    sr_psink_config kc = {.committed_cb = psink_committed_cb, .arg = &c};
    char *perr = NULL;
    if (!(c.psink = sr_psink_open(c.loop, o->sink, &kc, &perr))) {
      fprintf(stderr, "saring: %s\n", perr ? perr : "cannot open the sink");
      free(perr);
      return config_error(&c);
    }
  }
  if (o->source) {
    sr_psource_config sc = {.docs_cb = psrc_docs_cb, .room_cb = psrc_room_cb, .end_cb = psrc_end_cb,
                            .arg = &c, .max_docs = o->batch_docs > 256 ? o->batch_docs : 256};
    char *perr = NULL;
    if (!(c.psrc = sr_psource_open(c.loop, o->source, &sc, &perr))) {
      fprintf(stderr, "saring: %s\n", perr ? perr : "cannot open the source");
      free(perr);
      return config_error(&c);
    }
  }
  sr_pool_config pc = {
    .workers = workers,
    .env = env,
    .exec = {.text_field = o->text_field, .id_field = o->id_field, .utf8_strict = o->utf8_strict,
             .limits = o->limits, .csv = o->csv != NULL, .mirror = o->mirror != NULL},
    .done_cb = done_cb,
    .arg = &c,
    .first_state = c.loaded,
  };
  c.loaded = NULL; /* the pool's now, even if it fails to start */
  char *err = NULL;
  if (sr_pool_start(&c.pool, c.loop, &pc, &err)) {
    fprintf(stderr, "saring: %s\n", err ? err : "cannot start workers");
    free(err);
    return config_error(&c);
  }
  c.ring_cap = 1;
  while (c.ring_cap <= o->max_inflight_docs + 1) c.ring_cap <<= 1;
  c.ring = calloc(c.ring_cap, sizeof *c.ring);

  /* With a plugin sink and no -o, the output file is never opened. */
  sr_sink_config oc = {.path = o->out ? o->out : "-", .lazy = o->sink && !o->out,
                       .drained_cb = out_drained_cb, .arg = &c};
  c.out = sr_sink_new(c.loop, &oc);
  sr_sink_config fc = {.path = c.failed_path, .lazy = 1};
  c.failed = sr_sink_new(c.loop, &fc);
  if (o->csv) {
    sr_sink_config cc = {.path = o->csv};
    c.csv = sr_sink_new(c.loop, &cc);
    sr_sink_write(c.csv, c.csv_header, strlen(c.csv_header));
    c.csv_header = NULL;
  }

  uv_check_init(c.loop, &c.check);
  c.check.data = &c;
  uv_check_start(&c.check, check_cb);
  uv_signal_init(c.loop, &c.sigint);
  uv_signal_init(c.loop, &c.sigterm);
  c.sigint.data = c.sigterm.data = &c;
  uv_signal_start(&c.sigint, signal_cb, SIGINT);
  uv_signal_start(&c.sigterm, signal_cb, SIGTERM);
  uv_timer_init(c.loop, &c.progress);
  c.progress.data = &c;
  c.show_progress = o->progress == 1 || (o->progress == -1 && !o->quiet && isatty(2));
  if (c.show_progress) uv_timer_start(&c.progress, progress_cb, 250, 250);

  c.prepass_phase = c.has_prepass;
  if (c.has_prepass && c.psrc) {
    sr_log(SR_LOG_WARN, "a plugin source cannot be read twice: the pipeline's prepass is skipped");
    c.prepass_phase = 0;
  }
  if (c.has_prepass) {
    for (size_t i = 0; i < c.inputs.n; i++)
      if (!strcmp(c.inputs.v[i].path, "-")) {
        sr_log(SR_LOG_WARN, "standard input cannot be read twice: the pipeline's prepass is skipped");
        c.prepass_phase = 0;
      }
  }
  start_reader(&c);
  uv_run(c.loop, UV_RUN_DEFAULT);

  if (c.show_progress) fprintf(stderr, "\r\033[K");
  char *counters = sr_plugin_counters_text();
  if (counters && !o->quiet) fprintf(stderr, "plugin counters: %s\n", counters);
  free(counters);
  if (!o->quiet)
    sr_summary_print(&c.sum, stderr, o->out && strcmp(o->out, "-") ? o->out : NULL,
                     c.sum.counts.failed ? c.failed_path : NULL);
  if (o->stats) {
    sr_buf b = SR_BUF_INIT;
    sr_summary_json(&c.sum, &b);
    FILE *f = fopen(o->stats, "w");
    if (!f || fwrite(b.data, 1, b.len, f) != b.len) {
      sr_log(SR_LOG_ERROR, "cannot write %s: %s", o->stats, strerror(errno));
      c.exit_code = c.exit_code ? c.exit_code : 1;
    }
    if (f) fclose(f);
    sr_buf_free(&b);
  }
  int code = c.exit_code;
  if (!code && (c.sum.counts.failed || c.sum.inputs_failed)) code = 1;
  sr_reader_free(c.reader);
  sr_summary_free(&c.sum);
  sr_inputs_free(&c.inputs);
  free(c.ring);
  free(c.failed_path);
  uv_loop_close(c.loop);
  return code;
}
