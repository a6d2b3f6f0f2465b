/* saring.patterns (being written; see docs/lua-api.md). */
#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"

static const luaL_Reg funcs[] = {{NULL, NULL}};

int luaopen_saring_patterns(lua_State *L) {
  luaL_newlib(L, funcs);
  return 1;
}
