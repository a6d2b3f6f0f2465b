/* Stage limits (see limits.h). */
#include "stage_limits.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Instructions between two hook calls: small enough to stop a runaway loop
 * promptly, large enough to cost nothing measurable. */
#define HOOK_EVERY 1000

typedef struct accounting {
  size_t used;          /* bytes allocated by the state */
  size_t state_cap;     /* 0 = none */
  size_t stage_cap;     /* absolute: used may not pass it during a stage; 0 = none */
  uint64_t budget;      /* instructions left in this call */
  int counting;
  uint64_t deadline_ns; /* 0 = none */
  sr_limit_hit hit;
} accounting;

static uint64_t mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void *alloc_cb(void *ud, void *ptr, size_t osize, size_t nsize) {
  accounting *a = ud;
  if (nsize == 0) {
    if (ptr) a->used -= osize;
    free(ptr);
    return NULL;
  }
  size_t old = ptr ? osize : 0;
  if (nsize > old) {
    size_t grow = nsize - old;
    if ((a->state_cap && a->used + grow > a->state_cap) || (a->stage_cap && a->used + grow > a->stage_cap)) {
      /* Lua turns NULL into a memory error, which unwinds the stage. */
      a->hit = SR_LIMIT_MEMORY;
      return NULL;
    }
  }
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  a->used = a->used - old + nsize;
  return p;
}

static accounting *acct(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

static void hook_cb(lua_State *L, lua_Debug *ar) {
  (void)ar;
  accounting *a = acct(L);
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
}

lua_State *sr_limits_newstate(size_t state_cap) {
  accounting *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  a->state_cap = state_cap;
  lua_State *L = lua_newstate(alloc_cb, a);
  if (!L) {
    free(a);
    return NULL;
  }
  /* No panic handler is needed: everything runs under lua_pcall. */
  return L;
}

void sr_limits_close(lua_State *L) {
  if (!L) return;
  accounting *a = acct(L);
  lua_close(L);
  free(a);
}

void sr_limits_begin(lua_State *L, const sr_limits *l) {
  accounting *a = acct(L);
  a->hit = SR_LIMIT_NONE;
  a->counting = l->instructions > 0;
  a->budget = l->instructions;
  a->deadline_ns = l->time_ms ? mono_ns() + l->time_ms * 1000000ULL : 0;
  a->stage_cap = l->memory ? a->used + l->memory : 0;
  if (a->counting || a->deadline_ns) lua_sethook(L, hook_cb, LUA_MASKCOUNT, HOOK_EVERY);
}

sr_limit_hit sr_limits_end(lua_State *L) {
  accounting *a = acct(L);
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

size_t sr_limits_used(lua_State *L) { return acct(L)->used; }
