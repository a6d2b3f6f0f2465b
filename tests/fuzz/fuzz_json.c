/* Fuzz target: meta read by jansson, turned into Lua values, written back
 * as JSON by the Lua-side writer (core/lua/l_json.c), then parsed again.
 *
 * Invariants: no crash; the round trip of an object whose numbers are
 * integers or finite reals gives a value jansson reads back; and a value
 * that cannot be written (too deep) is refused with a message, not a crash.
 */
#include <jansson.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lua/l_json.h"
#include "lua/modules.h"
#include "lua/saring_lua.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static lua_State *state(void) {
  static lua_State *L;
  if (!L) {
    L = luaL_newstate();
    luaL_openlibs(L);
    sr_lua_preload(L);
    luaL_requiref(L, "saring.json", luaopen_saring_json, 0);
    lua_pop(L, 1);
  }
  return L;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  json_error_t err;
  json_t *v = json_loadb((const char *)data, size, JSON_DECODE_ANY, &err);
  if (!v) return 0;
  lua_State *L = state();
  lua_settop(L, 0);
  sr_lua_push_json(L, v);
  sr_buf b = SR_BUF_INIT;
  if (sr_lua_write_json(L, 1, &b) == 0) {
    json_t *back = json_loadb(b.data ? b.data : "", b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    CHECK(back);
    /* Strings, booleans, null and nesting survive; numbers may change form
     * (1.0 -> 1), so only the types of scalars are compared at the top. */
    CHECK(json_typeof(back) == json_typeof(v) || (json_is_number(back) && json_is_number(v)) ||
          (json_is_array(v) && json_array_size(v) == 0) || (json_is_object(v) && json_object_size(v) == 0));
    json_decref(back);
  } else {
    CHECK(lua_isstring(L, -1));
  }
  lua_settop(L, 0);
  lua_gc(L, LUA_GCCOLLECT);
  sr_buf_free(&b);
  json_decref(v);
  return 0;
}
