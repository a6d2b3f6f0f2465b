/* Stage limits (see stage_limits.h). */
#include "stage_limits.h"

#include <lauxlib.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uv.h>

#include "slab.h"

/* Instructions between two calls of the counting hook. */
#define HOOK_EVERY 1000
/* How often the watchdog looks at the deadlines. */
#define WATCH_EVERY_MS 10
/* The signal that interrupts a worker past its deadline. */
#define LIMIT_SIGNAL SIGUSR2

typedef struct accounting {
  sr_slab slab;         /* the state's small blocks */
  size_t used;          /* bytes allocated by the state */
  size_t state_cap;     /* 0 = none */
  size_t stage_cap;     /* absolute: used may not pass it during a stage; 0 = none */
  uint64_t budget;      /* instructions left in this call */
  int counting;
  uint64_t deadline_ns; /* 0 = none */
  sr_limit_hit hit;
  sr_limits_slot *slot; /* the worker's, or NULL */
} accounting;

/* The state running a stage on this thread, for the signal handler. */
static __thread lua_State *volatile tl_running;

static uint64_t mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* Lua gives the size of every block it frees or resizes (osize, when ptr is
 * set), so blocks up to SR_SLAB_MAX come from the state's slab and larger
 * ones from malloc, each told apart by that size alone. */
static void *alloc_cb(void *ud, void *ptr, size_t osize, size_t nsize) {
  accounting *a = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    if (ptr) {
      a->used -= osize;
      if (osize <= SR_SLAB_MAX) sr_slab_free(&a->slab, ptr, osize);
      else free(ptr);
    }
    return NULL;
  }
  if (nsize > old) {
    size_t grow = nsize - old;
    if ((a->state_cap && a->used + grow > a->state_cap) || (a->stage_cap && a->used + grow > a->stage_cap)) {
      /* Lua turns NULL into a memory error, which unwinds the stage. */
      a->hit = SR_LIMIT_MEMORY;
      return NULL;
    }
  }
  void *p;
  if (old > SR_SLAB_MAX && nsize > SR_SLAB_MAX) {
    p = realloc(ptr, nsize);
  } else if (old && (old - 1) / SR_SLAB_STEP == (nsize - 1) / SR_SLAB_STEP) {
    p = ptr; /* the same class: the block already fits */
  } else {
    p = nsize <= SR_SLAB_MAX ? sr_slab_alloc(&a->slab, nsize) : malloc(nsize);
    if (p && ptr) {
      memcpy(p, ptr, old < nsize ? old : nsize);
      if (old <= SR_SLAB_MAX) sr_slab_free(&a->slab, ptr, old);
      else free(ptr);
    }
  }
  if (!p) return NULL;
  a->used = a->used - old + nsize;
  return p;
}

static accounting *acct_of(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

static void hook_cb(lua_State *L, lua_Debug *ar) {
  (void)ar;
  accounting *a = acct_of(L);
  if (a->counting) {
    if (a->budget <= HOOK_EVERY) {
      a->hit = SR_LIMIT_INSTRUCTIONS;
      luaL_error(L, "limit: instructions");
    }
    a->budget -= HOOK_EVERY;
  }
  if (a->deadline_ns && mono_ns() > a->deadline_ns) {
    a->hit = SR_LIMIT_TIME;
    luaL_error(L, "limit: time");
  }
  /* A watchdog hook that arrived late (the deadline moved on) goes away. */
  if (!a->counting) lua_sethook(L, NULL, 0, 0);
}

/* Runs on the worker's own thread, interrupting it; only sets a hook, as
 * lua.c's SIGINT handler does. */
static void limit_signal_cb(int sig) {
  (void)sig;
  lua_State *L = tl_running;
  if (!L) return;
  accounting *a = acct_of(L);
  if (a->deadline_ns && mono_ns() > a->deadline_ns)
    lua_sethook(L, hook_cb, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

lua_State *sr_limits_newstate(size_t state_cap) {
  accounting *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  sr_slab_init(&a->slab);
  a->state_cap = state_cap;
  lua_State *L = lua_newstate(alloc_cb, a);
  if (!L) {
    sr_slab_destroy(&a->slab);
    free(a);
    return NULL;
  }
  return L;
}

void sr_limits_close(lua_State *L) {
  if (!L) return;
  accounting *a = acct_of(L);
  lua_close(L);
  sr_slab_destroy(&a->slab);
  free(a);
}

void sr_limits_attach(lua_State *L, sr_limits_slot *slot) { acct_of(L)->slot = slot; }

static void install_handler(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = limit_signal_cb;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(LIMIT_SIGNAL, &sa, NULL);
}

void sr_limits_slot_init(sr_limits_slot *slot) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, install_handler);
  slot->thread = pthread_self();
  atomic_store(&slot->deadline_ns, 0);
  atomic_store(&slot->signalled, 0);
  atomic_store(&slot->ready, 1);
}

void sr_limits_begin(lua_State *L, const sr_limits *l) {
  accounting *a = acct_of(L);
  a->hit = SR_LIMIT_NONE;
  a->counting = l->instructions > 0;
  a->budget = l->instructions;
  a->deadline_ns = l->time_ms ? mono_ns() + l->time_ms * 1000000ULL : 0;
  a->stage_cap = l->memory ? a->used + l->memory : 0;
  if (a->counting) lua_sethook(L, hook_cb, LUA_MASKCOUNT, HOOK_EVERY);
  tl_running = L;
  if (a->slot) atomic_store(&a->slot->deadline_ns, a->deadline_ns);
}

sr_limit_hit sr_limits_end(lua_State *L) {
  accounting *a = acct_of(L);
  /* In this order, so that a signal arriving now finds nothing to do. */
  tl_running = NULL;
  if (a->slot) atomic_store(&a->slot->deadline_ns, 0);
  lua_sethook(L, NULL, 0, 0);
  a->counting = 0;
  a->deadline_ns = 0;
  a->stage_cap = 0;
  sr_limit_hit h = a->hit;
  a->hit = SR_LIMIT_NONE;
  return h;
}

const char *sr_limit_name(sr_limit_hit h) {
  switch (h) {
    case SR_LIMIT_INSTRUCTIONS: return "limit: instructions";
    case SR_LIMIT_MEMORY: return "limit: memory";
    case SR_LIMIT_TIME: return "limit: time";
    default: return NULL;
  }
}

size_t sr_limits_used(lua_State *L) { return acct_of(L)->used; }

/* ---- the watchdog ------------------------------------------------------ */

struct sr_limits_watchdog {
  uv_thread_t thread;
  sr_limits_slot *slots;
  int n;
  uv_mutex_t mu;
  uv_cond_t cv;
  int stop;
};

static void watchdog_main(void *arg) {
  sr_limits_watchdog *w = arg;
  uv_mutex_lock(&w->mu);
  while (!w->stop) {
    uv_cond_timedwait(&w->cv, &w->mu, (uint64_t)WATCH_EVERY_MS * 1000000ULL);
    if (w->stop) break;
    uint64_t now = mono_ns();
    for (int i = 0; i < w->n; i++) {
      sr_limits_slot *s = &w->slots[i];
      if (!atomic_load(&s->ready)) continue;
      uint64_t d = atomic_load(&s->deadline_ns);
      if (!d || now <= d || atomic_load(&s->signalled) == d) continue;
      atomic_store(&s->signalled, d);
      pthread_kill(s->thread, LIMIT_SIGNAL);
    }
  }
  uv_mutex_unlock(&w->mu);
}

sr_limits_watchdog *sr_limits_watchdog_start(sr_limits_slot *slots, int n) {
  sr_limits_watchdog *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->slots = slots;
  w->n = n;
  uv_mutex_init(&w->mu);
  uv_cond_init(&w->cv);
  if (uv_thread_create(&w->thread, watchdog_main, w)) {
    uv_mutex_destroy(&w->mu);
    uv_cond_destroy(&w->cv);
    free(w);
    return NULL;
  }
  return w;
}

void sr_limits_watchdog_stop(sr_limits_watchdog *w) {
  if (!w) return;
  uv_mutex_lock(&w->mu);
  w->stop = 1;
  uv_cond_signal(&w->cv);
  uv_mutex_unlock(&w->mu);
  uv_thread_join(&w->thread);
  uv_mutex_destroy(&w->mu);
  uv_cond_destroy(&w->cv);
  free(w);
}
