/* saring.lang: which language a text is written in.
 *
 *   local lang = require "saring.lang"
 *   local code, confidence, scores = lang.detect(doc)
 *   -- "id", 0.998, {id = 0.998, ms = 0.002, en = 0, jv = 0, su = 0}
 *   lang.detect(s, {candidates = {"id", "ms"}})
 *
 * The model is in core/text/langid.c; only the first 8 KB of a text are read.
 */
#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/langid.h"

/* The candidate mask from opts.candidates (argument `arg`), 0 for all. */
static unsigned opt_candidates(lua_State *L, int arg) {
  unsigned mask = 0;
  if (lua_isnoneornil(L, arg)) return 0;
  luaL_checktype(L, arg, LUA_TTABLE);
  if (lua_getfield(L, arg, "candidates") != LUA_TNIL) {
    luaL_argexpected(L, lua_istable(L, -1), arg, "table of language codes as candidates");
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
      lua_geti(L, -1, i);
      const char *code = lua_tostring(L, -1);
      int l = code ? sr_lang_from_code(code) : -1;
      if (l < 0)
        return (unsigned)luaL_argerror(L, arg,
                                       lua_pushfstring(L, "unknown candidate language '%s'",
                                                       code ? code : luaL_typename(L, -1)));
      mask |= 1u << l;
      lua_pop(L, 1);
    }
    if (mask == 0) luaL_argerror(L, arg, "candidates is empty");
  }
  lua_pop(L, 1);
  return mask;
}

/* lang.detect(s[, {candidates = {...}}]) -> code, confidence, scores */
static int lang_detect(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  unsigned mask = opt_candidates(L, 2);
  sr_lang_result r;
  sr_lang_detect(s, len, mask, &r);
  lua_pushstring(L, sr_lang_code(r.best));
  lua_pushnumber(L, r.confidence);
  lua_createtable(L, 0, SR_LANG_N);
  for (int l = 0; l < SR_LANG_N; l++) {
    if (mask && !(mask & (1u << l))) continue;
    lua_pushnumber(L, r.scores[l]);
    lua_setfield(L, -2, sr_lang_code(l));
  }
  return 3;
}

static const luaL_Reg lang_funcs[] = {
  {"detect", lang_detect},
  {NULL, NULL},
};

int luaopen_saring_lang(lua_State *L) {
  luaL_newlib(L, lang_funcs);
  return 1;
}
