/* Per-document, per-stage limits on what a script may spend, in the manner
 * of lua_sandbox: a wall-clock limit, a memory cap (a custom allocator that
 * fails allocations past it) and an instruction budget (a count hook).  A
 * stage that exceeds one fails its document with the reason "limit: time",
 * "limit: memory" or "limit: instructions"; the worker goes on.
 *
 * The time limit costs nothing while a stage runs: a watchdog thread looks
 * at each worker's deadline and, past it, signals that worker, whose signal
 * handler installs a hook that raises the error at the next Lua instruction
 * (what lua.c does for Ctrl-C).  The instruction budget needs a count hook
 * for the whole call, and in Lua 5.4 any count hook sends every instruction
 * through the slow path (about 20% on Lua-heavy stages), so it is off unless
 * a budget is given.
 *
 * Each lua_State made by sr_limits_newstate carries its own accounting, so
 * workers never share it. */
#ifndef SARING_STAGE_LIMITS_H
#define SARING_STAGE_LIMITS_H

#include <lua.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_limits {
  uint64_t instructions;  /* per stage call; 0 = none */
  size_t memory;          /* bytes a stage call may add to the state; 0 = none */
  uint64_t time_ms;       /* per stage call; 0 = none */
} sr_limits;

typedef enum sr_limit_hit { SR_LIMIT_NONE = 0, SR_LIMIT_INSTRUCTIONS, SR_LIMIT_MEMORY, SR_LIMIT_TIME } sr_limit_hit;

/* The defaults: generous enough for any sane stage on a large document. */
#define SR_LIMIT_DEFAULT_INSTRUCTIONS 0ULL
#define SR_LIMIT_DEFAULT_MEMORY ((size_t)1 << 30)
#define SR_LIMIT_DEFAULT_TIME_MS 60000ULL

/* A new state whose allocations are counted; state_cap (0 = none) caps the
 * whole state. */
lua_State *sr_limits_newstate(size_t state_cap);
/* Closes a state made by sr_limits_newstate and frees its accounting. */
void sr_limits_close(lua_State *L);
/* Arms the limits for one stage call. */
void sr_limits_begin(lua_State *L, const sr_limits *l);
/* Disarms them; returns which limit, if any, stopped the call. */
sr_limit_hit sr_limits_end(lua_State *L);
const char *sr_limit_name(sr_limit_hit h);
size_t sr_limits_used(lua_State *L);

/* What the watchdog knows of one worker.  The worker's thread owns it; the
 * watchdog only reads the deadline and signals the thread. */
typedef struct sr_limits_slot {
  _Atomic uint64_t deadline_ns;  /* 0 while no stage runs */
  _Atomic uint64_t signalled;    /* the deadline already signalled */
  pthread_t thread;
  _Atomic int ready;
} sr_limits_slot;

/* Ties a state to its worker's slot (after each load of the state). */
void sr_limits_attach(lua_State *L, sr_limits_slot *slot);
/* Called on the worker's thread before its first stage. */
void sr_limits_slot_init(sr_limits_slot *slot);

typedef struct sr_limits_watchdog sr_limits_watchdog;
/* Watches n slots (which must outlive the watchdog).  Returns NULL on error. */
sr_limits_watchdog *sr_limits_watchdog_start(sr_limits_slot *slots, int n);
void sr_limits_watchdog_stop(sr_limits_watchdog *w);

#endif
