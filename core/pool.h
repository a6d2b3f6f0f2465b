/* The worker pool: N threads, each with its own lua_State running the
 * pipeline, fed with batches through a FIFO and handing results back to the
 * loop thread through uv_async_send.  Workers never touch loop state. */
#ifndef SARING_POOL_H
#define SARING_POOL_H

#include <uv.h>

#include "batch.h"
#include "executor.h"
#include "script.h"

#include <lua.h>

typedef struct sr_pool sr_pool;

/* Called on the loop thread for each finished batch; takes ownership. */
typedef void (*sr_pool_done_cb)(sr_pool *pool, sr_batch *b, void *arg);

typedef struct sr_pool_config {
  int workers;
  sr_script_env env;      /* env.worker is set per worker */
  sr_exec_opts exec;
  sr_pool_done_cb done_cb;
  void *arg;
  /* A state already loaded from env as worker 1's would be (the run's
   * validating load), which worker 1 then uses instead of loading the
   * script a second time; the pool takes it over, and closes it if the
   * pool cannot start.  NULL: every worker loads its own. */
  lua_State *first_state;
} sr_pool_config;

/* Starts the workers; each loads the script.  Returns 0, or an SR_E* code
 * with a malloc'd message in *err when a worker cannot load it. */
int sr_pool_start(sr_pool **out, uv_loop_t *loop, const sr_pool_config *cfg, char **err);
/* Queues a batch (loop thread). */
void sr_pool_submit(sr_pool *p, sr_batch *b);
/* Number of batches submitted and not yet returned. */
size_t sr_pool_pending(const sr_pool *p);
/* Asks every worker to load `source` (the script's bytes, validated by the
 * caller; the pool takes ownership) at its next batch boundary.  A worker
 * that still fails keeps its old state. */
void sr_pool_reload(sr_pool *p, char *source, size_t len);
/* Stops the workers after the queued batches and joins them; then closes
 * the async handle (the pool is freed in its close callback). */
void sr_pool_stop(sr_pool *p);
/* Lua memory in use per worker, in bytes (approximate). */
size_t sr_pool_lua_memory(sr_pool *p, int worker);
int sr_pool_size(const sr_pool *p);

#endif
