/* Per-document, per-stage limits on what a script may spend, in the manner
 * of lua_sandbox: an instruction budget (a count hook), a memory cap (a
 * custom allocator that fails allocations past it) and a wall-clock limit
 * (checked by the same hook).  A stage that exceeds one fails its document
 * with the reason "limit: instructions", "limit: memory" or "limit: time";
 * the worker goes on.
 *
 * Each lua_State made by sr_limits_newstate carries its own accounting, so
 * workers never share it. */
#ifndef SARING_STAGE_LIMITS_H
#define SARING_STAGE_LIMITS_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_limits {
  uint64_t instructions;  /* per stage call; 0 = none */
  size_t memory;          /* bytes a stage call may add to the state; 0 = none */
  uint64_t time_ms;       /* per stage call; 0 = none */
} sr_limits;

typedef enum sr_limit_hit { SR_LIMIT_NONE = 0, SR_LIMIT_INSTRUCTIONS, SR_LIMIT_MEMORY, SR_LIMIT_TIME } sr_limit_hit;

/* The defaults: generous enough for any sane stage on a large document. */
#define SR_LIMIT_DEFAULT_INSTRUCTIONS 2000000000ULL
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

#endif
