/* The worker pool (see pool.h). */
#include "pool.h"

#include "stage_limits.h"

#include <lauxlib.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "log.h"

typedef struct sr_worker {
  sr_pool *pool;
  sr_limits_slot *slot;  /* the watchdog's view of this worker */
  uv_thread_t thread;
  int index;          /* from 1 */
  lua_State *L;
  unsigned generation;  /* the script generation loaded in L */
  _Atomic size_t lua_bytes; /* updated after every batch, read by the loop for metrics */
} sr_worker;

struct sr_pool {
  uv_loop_t *loop;
  uv_async_t async;
  sr_pool_config cfg;
  sr_worker *workers;
  int n;
  sr_limits_slot *slots;
  sr_limits_watchdog *watchdog;

  uv_mutex_t in_mu;
  uv_cond_t in_cv;
  sr_batch *in_head, *in_tail;
  int stopping;
  unsigned generation;  /* bumped by sr_pool_reload */
  char **sources;       /* every source handed to sr_pool_reload, freed at stop */
  size_t nsources;

  uv_mutex_t out_mu;
  sr_batch *out_head, *out_tail;

  size_t pending;  /* loop thread only */
};

static void reload_worker(sr_worker *w) {
  sr_pool *p = w->pool;
  /* The environment (and the source it points to) changes under in_mu;
   * old sources are kept until the pool stops, so a copy stays valid. */
  uv_mutex_lock(&p->in_mu);
  sr_script_env env = p->cfg.env;
  uv_mutex_unlock(&p->in_mu);
  env.worker = w->index;
  char *err = NULL;
  lua_State *L = sr_script_load(&env, &err);
  if (!L) {
    sr_log_kv(SR_LOG_ERROR, "reload failed; keeping the running script", "error", err,
              (const char *)NULL);
    free(err);
    return;
  }
  sr_script_close(w->L);
  w->L = L;
  sr_limits_attach(L, w->slot);
}

static void worker_main(void *arg) {
  sr_worker *w = arg;
  sr_pool *p = w->pool;
  sr_limits_slot_init(w->slot);
  for (;;) {
    uv_mutex_lock(&p->in_mu);
    while (!p->in_head && !p->stopping) uv_cond_wait(&p->in_cv, &p->in_mu);
    sr_batch *b = p->in_head;
    if (b) {
      p->in_head = b->next;
      if (!p->in_head) p->in_tail = NULL;
    }
    unsigned gen = p->generation;
    uv_mutex_unlock(&p->in_mu);
    if (!b) break; /* stopping and drained */
    if (gen != w->generation) {
      reload_worker(w);
      w->generation = gen;
    }
    b->next = NULL;
    sr_exec_batch(w->L, &p->cfg.exec, b);
    if (b->reset_state) {
      /* After a memory limit the state may hold half-built structures:
       * start afresh from the script. */
      reload_worker(w);
    }
    w->lua_bytes = (size_t)lua_gc(w->L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(w->L, LUA_GCCOUNTB, 0);
    uv_mutex_lock(&p->out_mu);
    if (p->out_tail) p->out_tail->next = b;
    else p->out_head = b;
    p->out_tail = b;
    uv_mutex_unlock(&p->out_mu);
    uv_async_send(&p->async);
  }
}

static void async_cb(uv_async_t *h) {
  sr_pool *p = h->data;
  uv_mutex_lock(&p->out_mu);
  sr_batch *b = p->out_head;
  p->out_head = p->out_tail = NULL;
  uv_mutex_unlock(&p->out_mu);
  while (b) {
    sr_batch *next = b->next;
    b->next = NULL;
    p->pending--;
    p->cfg.done_cb(p, b, p->cfg.arg);
    b = next;
  }
}

int sr_pool_start(sr_pool **out, uv_loop_t *loop, const sr_pool_config *cfg, char **err) {
  *err = NULL;
  sr_pool *p = calloc(1, sizeof *p);
  if (!p) {
    sr_script_close(cfg->first_state);
    return SR_ENOMEM;
  }
  p->loop = loop;
  p->cfg = *cfg;
  p->n = cfg->workers > 0 ? cfg->workers : 1;
  p->workers = calloc((size_t)p->n, sizeof *p->workers);
  p->slots = calloc((size_t)p->n, sizeof *p->slots);
  if (!p->workers || !p->slots) {
    sr_script_close(cfg->first_state);
    free(p->workers);
    free(p->slots);
    free(p);
    return SR_ENOMEM;
  }
  uv_mutex_init(&p->in_mu);
  uv_cond_init(&p->in_cv);
  uv_mutex_init(&p->out_mu);
  /* Load every state before starting any thread, so a broken script is
   * reported once and nothing runs. */
  for (int i = 0; i < p->n; i++) {
    sr_worker *w = &p->workers[i];
    w->pool = p;
    w->index = i + 1;
    w->slot = &p->slots[i];
    sr_script_env env = cfg->env;
    env.worker = w->index;
    if (i == 0 && cfg->first_state) {
      w->L = cfg->first_state;
      p->cfg.first_state = NULL;
    } else {
      w->L = sr_script_load(&env, err);
    }
    if (!w->L) {
      for (int k = 0; k < i; k++) sr_script_close(p->workers[k].L);
      free(p->workers);
      free(p->slots);
      free(p);
      return SR_ESCRIPT;
    }
    sr_limits_attach(w->L, w->slot);
    w->lua_bytes = sr_limits_used(w->L);
  }
  uv_async_init(loop, &p->async, async_cb);
  p->async.data = p;
  for (int i = 0; i < p->n; i++) uv_thread_create(&p->workers[i].thread, worker_main, &p->workers[i]);
  /* Time limits are enforced from outside the workers (stage_limits.h). */
  p->watchdog = sr_limits_watchdog_start(p->slots, p->n);
  *out = p;
  return 0;
}

void sr_pool_submit(sr_pool *p, sr_batch *b) {
  b->next = NULL;
  p->pending++;
  uv_mutex_lock(&p->in_mu);
  if (p->in_tail) p->in_tail->next = b;
  else p->in_head = b;
  p->in_tail = b;
  uv_cond_signal(&p->in_cv);
  uv_mutex_unlock(&p->in_mu);
}

size_t sr_pool_pending(const sr_pool *p) { return p->pending; }
int sr_pool_size(const sr_pool *p) { return p->n; }
size_t sr_pool_lua_memory(sr_pool *p, int worker) {
  return worker >= 0 && worker < p->n ? p->workers[worker].lua_bytes : 0;
}

void sr_pool_reload(sr_pool *p, char *source, size_t len) {
  char **ns = realloc(p->sources, (p->nsources + 1) * sizeof *ns);
  if (!ns) {
    free(source);
    return;
  }
  p->sources = ns;
  p->sources[p->nsources++] = source;
  uv_mutex_lock(&p->in_mu);
  p->cfg.env.source = source;
  p->cfg.env.source_len = len;
  p->generation++;
  uv_mutex_unlock(&p->in_mu);
}

static void pool_close_cb(uv_handle_t *h) {
  sr_pool *p = h->data;
  for (size_t i = 0; i < p->nsources; i++) free(p->sources[i]);
  free(p->sources);
  uv_mutex_destroy(&p->in_mu);
  uv_cond_destroy(&p->in_cv);
  uv_mutex_destroy(&p->out_mu);
  free(p->workers);
  free(p->slots);
  free(p);
}

void sr_pool_stop(sr_pool *p) {
  uv_mutex_lock(&p->in_mu);
  p->stopping = 1;
  uv_cond_broadcast(&p->in_cv);
  uv_mutex_unlock(&p->in_mu);
  for (int i = 0; i < p->n; i++) {
    uv_thread_join(&p->workers[i].thread);
    if (i == p->n - 1) {
      sr_limits_watchdog_stop(p->watchdog);
      p->watchdog = NULL;
    }
    sr_script_close(p->workers[i].L);
    p->workers[i].L = NULL;
  }
  /* Deliver what the workers finished after the last async callback. */
  async_cb(&p->async);
  uv_close((uv_handle_t *)&p->async, pool_close_cb);
}
