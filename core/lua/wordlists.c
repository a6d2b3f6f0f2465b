/* Reading word lists from Lua (see wordlists.h). */
#include "lua/wordlists.h"

#include <lauxlib.h>
#include <string.h>

void sr_lua_read_wordlists(lua_State *L, const char *const *names, int n, sr_lua_word_fn add, void *arg) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
    int list = -1;
    for (int i = 0; name && i < n; i++)
      if (names[i] && strcmp(names[i], name) == 0) list = i;
    if (list < 0)
      luaL_argerror(L, 1, lua_pushfstring(L, "unknown word list '%s'", name ? name : luaL_typename(L, -2)));
    if (!lua_istable(L, -1))
      luaL_argerror(L, 1, lua_pushfstring(L, "'%s' must be a table, got %s", name, luaL_typename(L, -1)));
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      if (lua_type(L, -2) != LUA_TSTRING)
        luaL_argerror(L, 1, lua_pushfstring(L, "'%s': words must be strings, got %s", name,
                                            luaL_typename(L, -2)));
      size_t len;
      const char *w = lua_tolstring(L, -2, &len);
      if (lua_toboolean(L, -1)) {
        if (len == 0) luaL_argerror(L, 1, lua_pushfstring(L, "'%s': empty word", name));
        add(L, arg, list, w, len);
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
}
