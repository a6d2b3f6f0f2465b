/* The locale argument of the date and number helpers (see l_locale.h). */
#include "lua/l_locale.h"

#include <lauxlib.h>

sr_loc_lang sr_lua_optlang(lua_State *L, int arg) {
  int lang;
  if (lua_isnoneornil(L, arg)) return SR_LOC_AUTO;
  if (lua_type(L, arg) == LUA_TSTRING) {
    lang = sr_loc_lang_parse(lua_tostring(L, arg));
  } else {
    luaL_checktype(L, arg, LUA_TTABLE);
    int t = lua_getfield(L, arg, "lang");
    if (t != LUA_TNIL && t != LUA_TSTRING) luaL_argerror(L, arg, "field 'lang' must be a string");
    lang = sr_loc_lang_parse(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  if (lang < 0) luaL_argerror(L, arg, "unknown language (expected \"id\", \"ms\" or \"en\")");
  return (sr_loc_lang)lang;
}
