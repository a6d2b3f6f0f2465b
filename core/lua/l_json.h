/* Conversions between Lua values and JSON, shared by `saring.json`, the
 * document view and the worker's output. */
#ifndef SARING_LUA_JSON_H
#define SARING_LUA_JSON_H

#include <jansson.h>
#include <lua.h>

#include "buf.h"

/* Pushes v as a Lua value (objects and arrays become tables; null becomes
 * json.null). */
void sr_lua_push_json(lua_State *L, const json_t *v);

/* Appends the value at idx as JSON.  Returns 0, or -1 with an error message
 * pushed on the stack (a value JSON cannot hold, a cycle, non-string keys). */
int sr_lua_write_json(lua_State *L, int idx, sr_buf *b);

/* 1 when the value at idx is json.null. */
int sr_lua_json_isnull(lua_State *L, int idx);

#endif
