/* Plugin sources and sinks inside `saring run` (see runner.h). */
#include "plugin/runner.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "jsonw.h"
#include "log.h"
#include "plugin/internal.h"

/* Splits NAME[.ITEM][:options] into its parts. */
static int split_spec(const char *spec, char **name, sr_opts **opts, char **err) {
  const char *colon = strchr(spec, ':');
  *name = colon ? strndup(spec, (size_t)(colon - spec)) : strdup(spec);
  *opts = sr_opts_parse(colon ? colon + 1 : "", err);
  if (!*opts) {
    free(*name);
    return -1;
  }
  return 0;
}

/* ---- the emitter ----------------------------------------------------- */

static int em_push(sr_emitter *em, char *raw, size_t len, const char *token) {
  if (em->n == em->cap) {
    size_t cap = em->cap ? 2 * em->cap : 64;
    char **t = realloc(em->tokens, cap * sizeof *t);
    if (!t) {
      free(raw);
      return SR_PLUGIN_ERROR;
    }
    em->tokens = t;
    em->cap = cap;
  }
  (*em->counter)++;
  sr_doc *d = sr_doc_new(em->source, *em->counter, SR_FORMAT_JSONL, raw, len);
  if (!d) {
    free(raw);
    return SR_PLUGIN_ERROR;
  }
  em->tokens[em->n++] = token ? strdup(token) : NULL;
  if (em->tail) em->tail->next = d;
  else em->head = d;
  em->tail = d;
  em->bytes += len;
  return 0;
}

int sr_emitter_emit_json(sr_emitter *em, const char *json, size_t len, const char *ack_token) {
  char *raw = malloc(len + 1);
  if (!raw) return SR_PLUGIN_ERROR;
  memcpy(raw, json, len);
  raw[len] = '\0';
  return em_push(em, raw, len, ack_token);
}

int sr_emitter_emit(sr_emitter *em, const char *id, const char *text, size_t len, const char *meta_json,
                    const char *ack_token) {
  sr_buf b = SR_BUF_INIT;
  sr_buf_putc(&b, '{');
  if (id) {
    sr_buf_append_str(&b, "\"id\":");
    sr_jsonw_string(&b, id, strlen(id));
    sr_buf_putc(&b, ',');
  }
  sr_buf_append_str(&b, "\"text\":");
  sr_jsonw_string(&b, text ? text : "", text ? len : 0);
  if (meta_json) {
    json_error_t e;
    json_t *m = json_loads(meta_json, 0, &e);
    if (!json_is_object(m)) {
      json_decref(m);
      sr_buf_free(&b);
      return SR_PLUGIN_ERROR;
    }
    const char *k;
    json_t *v;
    json_object_foreach(m, k, v) {
      if (!strcmp(k, "id") || !strcmp(k, "text")) continue;
      sr_buf_putc(&b, ',');
      sr_jsonw_string(&b, k, strlen(k));
      sr_buf_putc(&b, ':');
      sr_jsonw_jansson(&b, v);
    }
    json_decref(m);
  }
  if (sr_buf_putc(&b, '}')) {
    sr_buf_free(&b);
    return SR_PLUGIN_ERROR;
  }
  size_t n;
  char *raw = sr_buf_detach(&b, &n);
  return em_push(em, raw, n, ack_token);
}

/* ---- sources --------------------------------------------------------- */

typedef struct ackq {
  struct ackq *next;
  char **tokens;
  size_t n;
} ackq;

struct sr_psource {
  uv_loop_t *loop;
  sr_psource_config cfg;
  sr_plugin *plugin;
  const sr_source_def *def;
  void *state;
  char *name;           /* "plugin:item", documents' source; never freed */
  uv_thread_t thread;
  uv_async_t async;
  uv_mutex_t mu;
  uv_cond_t cv;
  /* Under mu. */
  int want;             /* the loop has room: do one read */
  int reading;          /* a read call is running */
  int stop, eof, failed, closing, thread_done;
  sr_emitter ready;     /* documents waiting for the loop */
  ackq *acks, *acks_tail;
  /* Loop thread only. */
  int ended;
  int joined;
  size_t bytes;
  uint64_t counter;
  void (*close_cb)(sr_psource *, void *);
  void *close_arg;
};

static void em_reset(sr_emitter *em, const char *source, uint64_t *counter) {
  memset(em, 0, sizeof *em);
  em->source = source;
  em->counter = counter;
}

static void run_acks(sr_psource *s) {
  /* Called with mu held; unlocks around the plugin's call. */
  while (s->acks) {
    ackq *a = s->acks;
    s->acks = a->next;
    if (!s->acks) s->acks_tail = NULL;
    uv_mutex_unlock(&s->mu);
    size_t k = 0;
    for (size_t i = 0; i < a->n; i++)
      if (a->tokens[i]) a->tokens[k++] = a->tokens[i];
    if (k && s->def->ack) {
      char err[1024] = "";
      if (s->def->ack(s->state, (const char *const *)a->tokens, k, err, sizeof err) < 0)
        sr_log(SR_LOG_ERROR, "source %s: acknowledgement failed: %s", s->name, err);
    }
    for (size_t i = 0; i < k; i++) free(a->tokens[i]);
    free(a->tokens);
    free(a);
    uv_mutex_lock(&s->mu);
  }
}

static void source_main(void *arg) {
  sr_psource *s = arg;
  uint64_t counter = 0;
  uv_mutex_lock(&s->mu);
  for (;;) {
    run_acks(s);
    if (s->closing && !s->acks) break;
    if (s->want && !s->stop && !s->eof) {
      s->want = 0;
      s->reading = 1;
      uv_mutex_unlock(&s->mu);
      sr_emitter em;
      em_reset(&em, s->name, &counter);
      char err[1024] = "";
      int rc = s->def->read(s->state, &em, s->cfg.max_docs, err, sizeof err);
      if (rc < 0 && rc != SR_PLUGIN_EOF)
        sr_log(SR_LOG_ERROR, "source %s: %s", s->name, err[0] ? err : "read failed");
      uv_mutex_lock(&s->mu);
      s->reading = 0;
      if (rc < 0) s->failed = 1;
      if (rc < 0 || rc == SR_PLUGIN_EOF) s->eof = 1;
      /* Append what was emitted to what waits for the loop. */
      if (em.n) {
        sr_emitter *r = &s->ready;
        size_t need = r->n + em.n;
        if (need > r->cap) {
          char **t = realloc(r->tokens, need * sizeof *t);
          if (t) {
            r->tokens = t;
            r->cap = need;
          }
        }
        if (need <= r->cap) {
          memcpy(r->tokens + r->n, em.tokens, em.n * sizeof *em.tokens);
          r->n = need;
          if (r->tail) r->tail->next = em.head;
          else r->head = em.head;
          r->tail = em.tail;
          r->bytes += em.bytes;
        } else {
          sr_doc_list_free(em.head);
          for (size_t i = 0; i < em.n; i++) free(em.tokens[i]);
          s->failed = s->eof = 1;
        }
      }
      free(em.tokens);
      uv_async_send(&s->async);
      continue;
    }
    uv_cond_wait(&s->cv, &s->mu);
  }
  uv_mutex_unlock(&s->mu);
  if (s->def->close) s->def->close(s->state);
  uv_mutex_lock(&s->mu);
  s->thread_done = 1;
  uv_mutex_unlock(&s->mu);
  uv_async_send(&s->async);
}

static void source_closed_cb(uv_handle_t *h) {
  sr_psource *s = h->data;
  if (s->close_cb) s->close_cb(s, s->close_arg);
  uv_mutex_destroy(&s->mu);
  uv_cond_destroy(&s->cv);
  free(s->ready.tokens);
  free(s->name);
  free(s);
}

static void source_async_cb(uv_async_t *h) {
  sr_psource *s = h->data;
  uv_mutex_lock(&s->mu);
  sr_emitter r = s->ready;
  em_reset(&s->ready, s->name, NULL);
  int eof = s->eof, busy = s->reading, done = s->thread_done;
  uv_mutex_unlock(&s->mu);
  if (r.n) {
    s->bytes += r.bytes;
    s->cfg.docs_cb(s, r.head, r.tokens, r.n, s->cfg.arg);
  } else {
    free(r.tokens);
  }
  if (eof && !busy && !s->ended) {
    s->ended = 1;
    s->cfg.end_cb(s, s->cfg.arg);
  }
  if (done && !s->joined) {
    s->joined = 1;
    uv_thread_join(&s->thread);
    uv_close((uv_handle_t *)&s->async, source_closed_cb);
    return;
  }
  if (!s->ended) sr_psource_pump(s);
}

sr_psource *sr_psource_open(uv_loop_t *loop, const char *spec, const sr_psource_config *cfg, char **err) {
  *err = NULL;
  char *name;
  sr_opts *opts;
  if (split_spec(spec, &name, &opts, err)) return NULL;
  sr_plugin *p = NULL;
  const sr_source_def *def = sr_plugin_source(name, &p, err);
  if (!def) {
    free(name);
    sr_opts_free(opts);
    return NULL;
  }
  sr_psource *s = calloc(1, sizeof *s);
  s->loop = loop;
  s->cfg = *cfg;
  if (!s->cfg.max_docs) s->cfg.max_docs = 256;
  s->plugin = p;
  s->def = def;
  size_t nl = strlen(p->info->name) + strlen(def->name) + 2;
  s->name = malloc(nl);
  snprintf(s->name, nl, "%s:%s", p->info->name, def->name);
  char msg[1024] = "";
  if (def->open(opts, &s->state, msg, sizeof msg) < 0) {
    size_t el = strlen(msg) + strlen(s->name) + 64;
    *err = malloc(el);
    snprintf(*err, el, "source %s: %s", s->name, msg[0] ? msg : "cannot open");
    free(s->name);
    free(s);
    free(name);
    sr_opts_free(opts);
    return NULL;
  }
  free(name);
  sr_opts_free(opts);
  em_reset(&s->ready, s->name, NULL);
  uv_mutex_init(&s->mu);
  uv_cond_init(&s->cv);
  uv_async_init(loop, &s->async, source_async_cb);
  s->async.data = s;
  uv_thread_create(&s->thread, source_main, s);
  return s;
}

void sr_psource_pump(sr_psource *s) {
  if (s->ended || !s->cfg.room_cb(s, s->cfg.arg)) return;
  uv_mutex_lock(&s->mu);
  if (!s->want && !s->reading && !s->ready.n) {
    s->want = 1;
    uv_cond_signal(&s->cv);
  }
  uv_mutex_unlock(&s->mu);
}

void sr_psource_stop(sr_psource *s) {
  uv_mutex_lock(&s->mu);
  s->stop = 1;
  s->eof = 1;
  uv_mutex_unlock(&s->mu);
  uv_async_send(&s->async);
}

int sr_psource_busy(const sr_psource *s) {
  sr_psource *m = (sr_psource *)s;
  uv_mutex_lock(&m->mu);
  int busy = m->reading || m->ready.n;
  uv_mutex_unlock(&m->mu);
  return busy || !s->ended;
}

size_t sr_psource_bytes(const sr_psource *s) { return s->bytes; }
int sr_psource_failed(const sr_psource *s) { return s->failed; }
const char *sr_psource_name(const sr_psource *s) { return s->name; }

void sr_psource_ack(sr_psource *s, char **tokens, size_t n) {
  ackq *a = calloc(1, sizeof *a);
  if (!a) return;
  a->tokens = tokens;
  a->n = n;
  uv_mutex_lock(&s->mu);
  if (s->acks_tail) s->acks_tail->next = a;
  else s->acks = a;
  s->acks_tail = a;
  uv_cond_signal(&s->cv);
  uv_mutex_unlock(&s->mu);
}

void sr_psource_close(sr_psource *s, void (*cb)(sr_psource *, void *), void *arg) {
  s->close_cb = cb;
  s->close_arg = arg;
  uv_mutex_lock(&s->mu);
  s->closing = 1;
  s->stop = 1;
  uv_cond_signal(&s->cv);
  uv_mutex_unlock(&s->mu);
}

/* ---- sinks ----------------------------------------------------------- */

typedef struct sjob {
  struct sjob *next;
  char *data;
  size_t len;
  char **tokens;
  size_t ntokens;
} sjob;

struct sr_psink {
  uv_loop_t *loop;
  sr_psink_config cfg;
  const sr_sink_def *def;
  void *state;
  char *name;
  sjob *head, *tail;    /* queued, loop thread */
  sjob *work;           /* in the work item */
  uv_work_t req;
  int busy;
  int closing, closed;
  int rc;               /* of the last work item */
  int error;
  char msg[1024];
  size_t pending;
  void (*close_cb)(sr_psink *, void *);
  void *close_arg;
};

/* Reads the id at the start of a record written by the executor
 * ({"id":"..."); falls back to a full parse when it is escaped. */
static char *record_id(const char *json, size_t len) {
  static const char pre[] = "{\"id\":\"";
  if (len > sizeof pre && !memcmp(json, pre, sizeof pre - 1)) {
    const char *p = json + sizeof pre - 1, *end = json + len;
    const char *q = p;
    while (q < end && *q != '"' && *q != '\\') q++;
    if (q < end && *q == '"') return strndup(p, (size_t)(q - p));
  }
  json_error_t e;
  json_t *o = json_loadb(json, len, JSON_ALLOW_NUL, &e);
  const char *id = json_string_value(json_object_get(o, "id"));
  char *r = strdup(id ? id : "");
  json_decref(o);
  return r;
}

static void sink_work_cb(uv_work_t *req) {
  sr_psink *k = req->data;
  /* All queued jobs go in one write call: one transaction for the sink. */
  size_t n = 0, cap = 0;
  sr_record *recs = NULL;
  char **ids = NULL;
  for (sjob *j = k->work; j; j = j->next) {
    const char *p = j->data, *end = j->data ? j->data + j->len : NULL;
    while (p && p < end) {
      const char *nl = memchr(p, '\n', (size_t)(end - p));
      size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
      if (l) {
        if (n == cap) {
          cap = cap ? 2 * cap : 256;
          recs = realloc(recs, cap * sizeof *recs);
          ids = realloc(ids, cap * sizeof *ids);
        }
        ids[n] = record_id(p, l);
        recs[n].id = ids[n];
        recs[n].json = p;
        recs[n].len = l;
        n++;
      }
      p += l + 1;
    }
  }
  k->rc = 0;
  k->msg[0] = '\0';
  if (k->closing && !k->work) {
    if (k->def->close) k->rc = k->def->close(k->state, k->msg, sizeof k->msg);
    k->closed = 1;
  } else if (n) {
    k->rc = k->def->write(k->state, recs, n, k->msg, sizeof k->msg);
  }
  for (size_t i = 0; i < n; i++) free(ids[i]);
  free(ids);
  free(recs);
}

static void sink_kick(sr_psink *k);

static void sink_after_cb(uv_work_t *req, int status) {
  (void)status;
  sr_psink *k = req->data;
  k->busy = 0;
  sjob *j = k->work;
  k->work = NULL;
  if (k->rc < 0 && !k->error) {
    k->error = 1;
    sr_log(SR_LOG_ERROR, "sink %s: %s", k->name, k->msg[0] ? k->msg : "write failed");
  }
  while (j) {
    sjob *next = j->next;
    k->pending -= j->len;
    if (!k->error && j->ntokens) k->cfg.committed_cb(k, j->tokens, j->ntokens, k->cfg.arg);
    else {
      for (size_t i = 0; i < j->ntokens; i++) free(j->tokens[i]);
      free(j->tokens);
    }
    free(j->data);
    free(j);
    j = next;
  }
  if (k->closed) {
    void (*cb)(sr_psink *, void *) = k->close_cb;
    void *arg = k->close_arg;
    if (cb) cb(k, arg);
    free(k->name);
    free(k);
    return;
  }
  sink_kick(k);
}

static void sink_kick(sr_psink *k) {
  if (k->busy) return;
  if (!k->head && !k->closing) return;
  k->work = k->head;
  k->head = k->tail = NULL;
  k->busy = 1;
  k->req.data = k;
  uv_queue_work(k->loop, &k->req, sink_work_cb, sink_after_cb);
}

sr_psink *sr_psink_open(uv_loop_t *loop, const char *spec, const sr_psink_config *cfg, char **err) {
  *err = NULL;
  char *name;
  sr_opts *opts;
  if (split_spec(spec, &name, &opts, err)) return NULL;
  sr_plugin *p = NULL;
  const sr_sink_def *def = sr_plugin_sink(name, &p, err);
  free(name);
  if (!def) {
    sr_opts_free(opts);
    return NULL;
  }
  sr_psink *k = calloc(1, sizeof *k);
  k->loop = loop;
  k->cfg = *cfg;
  k->def = def;
  size_t nl = strlen(p->info->name) + strlen(def->name) + 2;
  k->name = malloc(nl);
  snprintf(k->name, nl, "%s:%s", p->info->name, def->name);
  char msg[1024] = "";
  int rc = def->open(opts, &k->state, msg, sizeof msg);
  sr_opts_free(opts);
  if (rc < 0) {
    size_t el = strlen(msg) + strlen(k->name) + 64;
    *err = malloc(el);
    snprintf(*err, el, "sink %s: %s", k->name, msg[0] ? msg : "cannot open");
    free(k->name);
    free(k);
    return NULL;
  }
  return k;
}

void sr_psink_write(sr_psink *k, char *data, size_t len, char **tokens, size_t ntokens) {
  sjob *j = calloc(1, sizeof *j);
  if (!j) return;
  j->data = data;
  j->len = data ? len : 0;
  j->tokens = tokens;
  j->ntokens = ntokens;
  if (k->tail) k->tail->next = j;
  else k->head = j;
  k->tail = j;
  k->pending += j->len;
  sink_kick(k);
}

size_t sr_psink_pending(const sr_psink *k) { return k->pending; }
int sr_psink_error(const sr_psink *k) { return k->error; }
const char *sr_psink_name(const sr_psink *k) { return k->name; }

void sr_psink_close(sr_psink *k, void (*cb)(sr_psink *, void *), void *arg) {
  k->close_cb = cb;
  k->close_arg = arg;
  k->closing = 1;
  sink_kick(k);
}
