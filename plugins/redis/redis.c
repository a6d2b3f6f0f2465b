/* redis: a source and a sink on Redis Streams, so that several saring
 * processes, on one machine or many, share one stream of documents.
 *
 *   saring run SCRIPT --source redis:stream=docs,group=saring \
 *                     --sink redis:stream=docs.out
 *
 * The source reads with a consumer group (XREADGROUP): each entry goes to
 * one consumer.  An entry is acknowledged (XACK) only when the host says
 * its output is committed.  Entries a consumer read and never acknowledged
 * (it died) stay pending in the group; every consumer periodically claims
 * those idle for longer than claim_idle milliseconds (XAUTOCLAIM) and
 * processes them again.  A restarted consumer with the same name first
 * re-reads its own pending entries.  So delivery is at least once.
 *
 * The sink makes the output effectively once: it adds a document to the
 * output stream only if its id is not yet in a hash of written ids
 * (HSETNX then XADD, in one server-side script, atomically), so a document
 * processed twice — by a consumer that died after writing and before
 * acknowledging, and by the one that claimed it — is written once.
 *
 * An entry is a document in one of two shapes: a field `doc` holding a JSON
 * object (what this sink writes, so streams chain), or fields `id`, `text`
 * and any others, which become string metadata.  The entry id names a
 * document that has no `id` field.
 *
 * Source options: host=127.0.0.1, port=6379, stream (required), group=saring,
 *   consumer=<hostname>-<pid>, count=64, block=500 (ms), claim_idle=30000
 *   (ms), start=0 (where a new group starts: 0 or $), exit_idle=0 (seconds
 *   with nothing to read and nothing pending in the group after which the
 *   source ends; 0 runs until stopped).
 * Sink options: host, port, stream (required), dedupe=<stream>:ids (the hash
 *   of written ids; dedupe= turns it off), maxlen=0 (approximate trim).
 */
#include <hiredis/hiredis.h>
#include <saring/plugin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

SR_PLUGIN_DECLARE("redis", "1.0.0", "Redis Streams: consumer-group source (XREADGROUP/XACK/XAUTOCLAIM), deduplicating sink");

static const sr_host_api *host;
static sr_plugin *self;

static long long now_ms(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  return (long long)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static long opt_long(const sr_opts *o, const char *k, long def) {
  const char *v = host->opt(o, k);
  return v && *v ? atol(v) : def;
}

static redisContext *connect_to(const sr_opts *o, char *err, size_t errlen) {
  const char *h = host->opt(o, "host");
  int port = (int)opt_long(o, "port", 6379);
  struct timeval tv = {5, 0};
  redisContext *c = redisConnectWithTimeout(h ? h : "127.0.0.1", port, tv);
  if (!c || c->err) {
    snprintf(err, errlen, "cannot connect to redis at %s:%d: %s", h ? h : "127.0.0.1", port,
             c ? c->errstr : "out of memory");
    if (c) redisFree(c);
    return NULL;
  }
  return c;
}

/* Runs a command from an argument vector; returns the reply (free it) or
 * NULL with a message. */
static redisReply *run(redisContext *c, int argc, const char **argv, const size_t *lens, char *err, size_t errlen) {
  redisReply *r = redisCommandArgv(c, argc, argv, lens);
  if (!r) {
    snprintf(err, errlen, "%s: %s", argv[0], c->errstr);
    return NULL;
  }
  if (r->type == REDIS_REPLY_ERROR) {
    snprintf(err, errlen, "%s: %s", argv[0], r->str);
    freeReplyObject(r);
    return NULL;
  }
  return r;
}

/* ---- JSON for entries in the fields shape ---------------------------- */

typedef struct sbuf {
  char *s;
  size_t len, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    b->s = realloc(b->s, cap);
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void sb_json_string(sbuf *b, const char *s, size_t n) {
  sb_put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char esc[8];
    if (c == '"' || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      sb_put(b, esc, 2);
    } else if (c < 0x20) {
      snprintf(esc, sizeof esc, "\\u%04x", c);
      sb_put(b, esc, 6);
    } else {
      sb_put(b, (const char *)&c, 1);
    }
  }
  sb_put(b, "\"", 1);
}

/* ---- the source ------------------------------------------------------ */

typedef struct rsrc {
  redisContext *c;
  char *stream, *group, *consumer;
  char count[24], block[24], idle[24];
  long claim_idle;
  long long exit_idle_ms, idle_since, last_claim;
  int history_done;
  char cursor[64];
} rsrc;

static void rsrc_free(rsrc *s) {
  if (s->c) redisFree(s->c);
  free(s->stream);
  free(s->group);
  free(s->consumer);
  free(s);
}

static int src_open(const sr_opts *o, void **state, char *err, size_t errlen) {
  const char *stream = host->opt(o, "stream");
  if (!stream || !*stream) {
    snprintf(err, errlen, "option stream is required (--source redis:stream=NAME)");
    return SR_PLUGIN_ERROR;
  }
  rsrc *s = calloc(1, sizeof *s);
  s->stream = strdup(stream);
  const char *g = host->opt(o, "group");
  s->group = strdup(g && *g ? g : "saring");
  const char *cn = host->opt(o, "consumer");
  if (cn && *cn) {
    s->consumer = strdup(cn);
  } else {
    char hn[200] = "host", buf[256];
    gethostname(hn, sizeof hn - 1);
    snprintf(buf, sizeof buf, "%s-%ld", hn, (long)getpid());
    s->consumer = strdup(buf);
  }
  snprintf(s->count, sizeof s->count, "%ld", opt_long(o, "count", 64));
  snprintf(s->block, sizeof s->block, "%ld", opt_long(o, "block", 500));
  s->claim_idle = opt_long(o, "claim_idle", 30000);
  snprintf(s->idle, sizeof s->idle, "%ld", s->claim_idle);
  s->exit_idle_ms = (long long)(opt_long(o, "exit_idle", 0) * 1000);
  strcpy(s->cursor, "0-0");
  if (!(s->c = connect_to(o, err, errlen))) {
    rsrc_free(s);
    return SR_PLUGIN_ERROR;
  }
  /* Name the connection after the consumer so that CLIENT LIST tells an
   * operator which process is which; client names cannot hold spaces. */
  char cname[128];
  snprintf(cname, sizeof cname, "saring-%s", s->consumer);
  for (char *p = cname; *p; p++)
    if (*p == ' ' || *p == '\n' || *p == '\r') *p = '_';
  const char *nargv[] = {"CLIENT", "SETNAME", cname};
  redisReply *nr = redisCommandArgv(s->c, 3, nargv, NULL);
  if (nr) freeReplyObject(nr);
  const char *start = host->opt(o, "start");
  const char *argv[] = {"XGROUP", "CREATE", s->stream, s->group, start && *start ? start : "0", "MKSTREAM"};
  redisReply *r = redisCommandArgv(s->c, 6, argv, NULL);
  if (!r || (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "BUSYGROUP", 9))) {
    snprintf(err, errlen, "XGROUP CREATE %s %s: %s", s->stream, s->group, r ? r->str : s->c->errstr);
    if (r) freeReplyObject(r);
    rsrc_free(s);
    return SR_PLUGIN_ERROR;
  }
  freeReplyObject(r);
  host->log(self, SR_PLUGIN_LOG_INFO, "reading stream %s as %s in group %s", s->stream, s->consumer, s->group);
  *state = s;
  return 0;
}

/* Emits one stream entry [id, [field, value, ...]]; returns 1, 0 (a
 * deleted entry, nil fields: acknowledged at once) or -1. */
static int emit_entry(rsrc *s, sr_emitter *em, redisReply *e) {
  if (e->type != REDIS_REPLY_ARRAY || e->elements < 2 || e->element[0]->type != REDIS_REPLY_STRING) return 0;
  const char *eid = e->element[0]->str;
  redisReply *f = e->element[1];
  if (f->type != REDIS_REPLY_ARRAY) {
    const char *argv[] = {"XACK", s->stream, s->group, eid};
    redisReply *r = redisCommandArgv(s->c, 4, argv, NULL);
    if (r) freeReplyObject(r);
    return 0;
  }
  const char *id = NULL, *text = NULL;
  size_t textlen = 0;
  for (size_t i = 0; i + 1 < f->elements; i += 2) {
    const char *k = f->element[i]->str;
    redisReply *v = f->element[i + 1];
    if (!k || v->type != REDIS_REPLY_STRING) continue;
    if (!strcmp(k, "doc")) return host->emit_json(em, v->str, v->len, eid) < 0 ? -1 : 1;
    if (!strcmp(k, "id")) id = v->str;
    if (!strcmp(k, "text")) {
      text = v->str;
      textlen = v->len;
    }
  }
  sbuf meta = {0};
  sb_put(&meta, "{", 1);
  int first = 1;
  for (size_t i = 0; i + 1 < f->elements; i += 2) {
    const char *k = f->element[i]->str;
    redisReply *v = f->element[i + 1];
    if (!k || v->type != REDIS_REPLY_STRING || !strcmp(k, "id") || !strcmp(k, "text")) continue;
    if (!first) sb_put(&meta, ",", 1);
    first = 0;
    sb_json_string(&meta, k, f->element[i]->len);
    sb_put(&meta, ":", 1);
    sb_json_string(&meta, v->str, v->len);
  }
  sb_put(&meta, "}", 1);
  int rc = host->emit(em, id ? id : eid, text ? text : "", textlen, meta.s, eid);
  free(meta.s);
  return rc < 0 ? -1 : 1;
}

/* Emits the entries of a list; returns how many, or -1. */
static int emit_list(rsrc *s, sr_emitter *em, redisReply *list) {
  int n = 0;
  if (!list || list->type != REDIS_REPLY_ARRAY) return 0;
  for (size_t i = 0; i < list->elements; i++) {
    int rc = emit_entry(s, em, list->element[i]);
    if (rc < 0) return -1;
    n += rc;
  }
  return n;
}

/* XREADGROUP's reply: [[stream, [entries]]] or nil. */
static int emit_read(rsrc *s, sr_emitter *em, redisReply *r) {
  if (r->type != REDIS_REPLY_ARRAY || !r->elements) return 0;
  redisReply *st = r->element[0];
  if (st->type != REDIS_REPLY_ARRAY || st->elements < 2) return 0;
  return emit_list(s, em, st->element[1]);
}

static long long group_pending(rsrc *s, char *err, size_t errlen) {
  const char *argv[] = {"XPENDING", s->stream, s->group};
  redisReply *r = run(s->c, 3, argv, NULL, err, errlen);
  if (!r) return -1;
  long long n = r->type == REDIS_REPLY_ARRAY && r->elements && r->element[0]->type == REDIS_REPLY_INTEGER
                    ? r->element[0]->integer : 0;
  freeReplyObject(r);
  return n;
}

static int src_read(void *state, sr_emitter *em, size_t max, char *err, size_t errlen) {
  rsrc *s = state;
  char count[24];
  snprintf(count, sizeof count, "%zu", max < (size_t)atol(s->count) ? max : (size_t)atol(s->count));
  int n = 0;
  if (!s->history_done) {
    /* Our own pending entries, from a previous run under this name. */
    const char *argv[] = {"XREADGROUP", "GROUP", s->group, s->consumer, "COUNT", count, "STREAMS", s->stream, "0"};
    redisReply *r = run(s->c, 9, argv, NULL, err, errlen);
    if (!r) return SR_PLUGIN_ERROR;
    n = emit_read(s, em, r);
    freeReplyObject(r);
    if (n < 0) return SR_PLUGIN_ERROR;
    if (n == 0) s->history_done = 1;
    /* Reading from 0 again would return the same entries until they are
     * acknowledged, so it is done once. */
    s->history_done = 1;
    if (n) return n;
  }
  long long t = now_ms();
  long interval = s->claim_idle / 2 < 200 ? 200 : s->claim_idle / 2;
  if (t - s->last_claim >= interval) {
    s->last_claim = t;
    const char *argv[] = {"XAUTOCLAIM", s->stream, s->group, s->consumer, s->idle, s->cursor, "COUNT", count};
    redisReply *r = run(s->c, 8, argv, NULL, err, errlen);
    if (!r) return SR_PLUGIN_ERROR;
    if (r->type == REDIS_REPLY_ARRAY && r->elements >= 2) {
      if (r->element[0]->type == REDIS_REPLY_STRING) {
        snprintf(s->cursor, sizeof s->cursor, "%s", r->element[0]->str);
        /* More to claim: come back at once. */
        if (strcmp(s->cursor, "0-0")) s->last_claim = 0;
      }
      n = emit_list(s, em, r->element[1]);
      if (n > 0) host->log(self, SR_PLUGIN_LOG_INFO, "claimed %d entries idle for over %ld ms", n, s->claim_idle);
      host->counter_add(self, "claimed", n > 0 ? n : 0);
    }
    freeReplyObject(r);
    if (n < 0) return SR_PLUGIN_ERROR;
    if (n) {
      s->idle_since = 0;
      return n;
    }
  }
  const char *argv[] = {"XREADGROUP", "GROUP", s->group, s->consumer, "COUNT", count, "BLOCK", s->block,
                        "STREAMS", s->stream, ">"};
  redisReply *r = run(s->c, 11, argv, NULL, err, errlen);
  if (!r) return SR_PLUGIN_ERROR;
  n = emit_read(s, em, r);
  freeReplyObject(r);
  if (n < 0) return SR_PLUGIN_ERROR;
  if (n) {
    s->idle_since = 0;
    return n;
  }
  if (s->exit_idle_ms > 0) {
    long long pending = group_pending(s, err, errlen);
    if (pending < 0) return SR_PLUGIN_ERROR;
    t = now_ms();
    if (pending > 0) {
      s->idle_since = 0;
    } else if (!s->idle_since) {
      s->idle_since = t;
    } else if (t - s->idle_since >= s->exit_idle_ms) {
      host->log(self, SR_PLUGIN_LOG_INFO, "stream %s: nothing new and nothing pending for %lld s: done", s->stream,
                s->exit_idle_ms / 1000);
      return SR_PLUGIN_EOF;
    }
  }
  return 0;
}

static int src_ack(void *state, const char *const *tokens, size_t n, char *err, size_t errlen) {
  rsrc *s = state;
  for (size_t off = 0; off < n; off += 1000) {
    size_t k = n - off < 1000 ? n - off : 1000;
    const char **argv = malloc((k + 3) * sizeof *argv);
    argv[0] = "XACK";
    argv[1] = s->stream;
    argv[2] = s->group;
    memcpy(argv + 3, tokens + off, k * sizeof *argv);
    redisReply *r = run(s->c, (int)k + 3, argv, NULL, err, errlen);
    free(argv);
    if (!r) return SR_PLUGIN_ERROR;
    host->counter_add(self, "acked", r->type == REDIS_REPLY_INTEGER ? r->integer : 0);
    freeReplyObject(r);
  }
  return 0;
}

static void src_close(void *state) { rsrc_free(state); }

static const sr_source_def redis_source = {
  .struct_size = sizeof(sr_source_def),
  .name = "stream",
  .description = "XREADGROUP on a stream (stream=, group=saring, consumer=, claim_idle=30000, exit_idle=0)",
  .open = src_open,
  .read = src_read,
  .ack = src_ack,
  .close = src_close,
};

/* ---- the sink -------------------------------------------------------- */

static const char DEDUPE_ADD[] =
    "if KEYS[1] ~= '' and redis.call('HSETNX', KEYS[1], ARGV[1], '1') == 0 then return 0 end\n"
    "if ARGV[3] ~= '0' then\n"
    "  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', 'id', ARGV[1], 'doc', ARGV[2])\n"
    "else\n"
    "  redis.call('XADD', KEYS[2], '*', 'id', ARGV[1], 'doc', ARGV[2])\n"
    "end\n"
    "return 1\n";

typedef struct rsink {
  redisContext *c;
  char *stream, *dedupe;
  char maxlen[24];
  char sha[48];
} rsink;

static void rsink_free(rsink *k) {
  if (k->c) redisFree(k->c);
  free(k->stream);
  free(k->dedupe);
  free(k);
}

static int sink_open(const sr_opts *o, void **state, char *err, size_t errlen) {
  const char *stream = host->opt(o, "stream");
  if (!stream || !*stream) {
    snprintf(err, errlen, "option stream is required (--sink redis:stream=NAME)");
    return SR_PLUGIN_ERROR;
  }
  rsink *k = calloc(1, sizeof *k);
  k->stream = strdup(stream);
  const char *d = host->opt(o, "dedupe");
  if (d) {
    k->dedupe = strdup(d);
  } else {
    size_t n = strlen(stream) + 8;
    k->dedupe = malloc(n);
    snprintf(k->dedupe, n, "%s:ids", stream);
  }
  snprintf(k->maxlen, sizeof k->maxlen, "%ld", opt_long(o, "maxlen", 0));
  if (!(k->c = connect_to(o, err, errlen))) {
    rsink_free(k);
    return SR_PLUGIN_ERROR;
  }
  const char *argv[] = {"SCRIPT", "LOAD", DEDUPE_ADD};
  redisReply *r = run(k->c, 3, argv, NULL, err, errlen);
  if (!r || r->type != REDIS_REPLY_STRING) {
    if (r) freeReplyObject(r);
    rsink_free(k);
    return SR_PLUGIN_ERROR;
  }
  snprintf(k->sha, sizeof k->sha, "%s", r->str);
  freeReplyObject(r);
  *state = k;
  return 0;
}

static int sink_write(void *state, const sr_record *recs, size_t n, char *err, size_t errlen) {
  rsink *k = state;
  /* Pipelined: every command is sent, then every reply read. */
  for (size_t i = 0; i < n; i++) {
    const char *argv[] = {"EVALSHA", k->sha, "2", k->dedupe, k->stream, recs[i].id, recs[i].json, k->maxlen};
    size_t lens[] = {7, strlen(k->sha), 1, strlen(k->dedupe), strlen(k->stream), strlen(recs[i].id), recs[i].len,
                     strlen(k->maxlen)};
    if (redisAppendCommandArgv(k->c, 8, argv, lens) != REDIS_OK) {
      snprintf(err, errlen, "cannot send: %s", k->c->errstr);
      return SR_PLUGIN_ERROR;
    }
  }
  int64_t written = 0, dup = 0;
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    redisReply *r = NULL;
    if (redisGetReply(k->c, (void **)&r) != REDIS_OK || !r) {
      snprintf(err, errlen, "no reply: %s", k->c->errstr);
      return SR_PLUGIN_ERROR;
    }
    if (r->type == REDIS_REPLY_ERROR && !rc) {
      snprintf(err, errlen, "EVALSHA: %s", r->str);
      rc = SR_PLUGIN_ERROR;
    } else if (r->type == REDIS_REPLY_INTEGER) {
      if (r->integer) written++;
      else dup++;
    }
    freeReplyObject(r);
  }
  host->counter_add(self, "written", written);
  if (dup) host->counter_add(self, "duplicates", dup);
  return rc;
}

static int sink_close(void *state, char *err, size_t errlen) {
  (void)err;
  (void)errlen;
  rsink_free(state);
  return 0;
}

static const sr_sink_def redis_sink = {
  .struct_size = sizeof(sr_sink_def),
  .name = "stream",
  .description = "XADD to a stream, once per document id (stream=, dedupe=<stream>:ids, maxlen=0)",
  .open = sink_open,
  .write = sink_write,
  .close = sink_close,
};

int saring_plugin_init(const sr_host_api *h, sr_plugin *p) {
  host = h;
  self = p;
  if (host->register_source(p, &redis_source) || host->register_sink(p, &redis_sink)) return SR_PLUGIN_ERROR;
  return 0;
}
