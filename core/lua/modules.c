/* The registry of built-in Lua modules (see modules.h). */
#include "lua/modules.h"

#include <lauxlib.h>

const sr_lua_module sr_lua_modules[] = {
  {"saring", luaopen_saring},
  {"saring.json", luaopen_saring_json},
  {"saring.text", luaopen_saring_text},
  /* Helpers' modules go here, one line each. */
  {"saring.re", luaopen_saring_re},
  {"saring.patterns", luaopen_saring_patterns},
  {"saring.hash", luaopen_saring_hash},
  {"saring.lang", luaopen_saring_lang},
  {"saring.date", luaopen_saring_date},
  {"saring.number", luaopen_saring_number},
  {"saring.lines", luaopen_saring_lines},
  {"saring.ner", luaopen_saring_ner},
  {"saring.quantity", luaopen_saring_quantity},
  {"saring.newsdates", luaopen_saring_newsdates},
  {NULL, NULL},
};

void sr_lua_preload(lua_State *L) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  for (const sr_lua_module *m = sr_lua_modules; m->name; m++) {
    lua_pushcfunction(L, m->open);
    lua_setfield(L, -2, m->name);
  }
  lua_pop(L, 1);
}
