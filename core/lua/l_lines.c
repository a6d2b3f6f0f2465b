/* saring.lines: a text's lines and per-line features in one C pass, and its
 * capitalised words (lines.capwords, for name taggers).
 *
 *   local n, t = lines.split(doc [, t])
 *   for i = 1, n do ... t.line[i], t.start[i], t.stop[i], t.words[i],
 *                       t.caps[i], t.digits[i] ... end
 *
 * The result is a table of parallel arrays rather than one table per line,
 * so a page costs six array stores per line and no allocation but the line
 * strings.  Passing the table of the previous call reuses its arrays (the
 * entries past the new count are cleared), which is what a stage that runs
 * once per document wants.  The counting is done by core/text/lines.c.
 */
#include <lauxlib.h>

#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/capwords.h"
#include "text/lines.h"

static const char *const FIELDS[] = {"line", "start", "stop", "words", "caps", "digits"};
#define NFIELDS 6

static int lines_split(lua_State *L) {
  size_t len;
  sr_lua_checktext(L, 1, &len);
  if (lua_isnoneornil(L, 2)) {
    lua_settop(L, 1);
    lua_createtable(L, 0, NFIELDS + 1);
  } else {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
  }
  /* Stack: 1 text, 2 result, 3..8 the arrays. */
  for (int f = 0; f < NFIELDS; f++) {
    if (lua_getfield(L, 2, FIELDS[f]) != LUA_TTABLE) {
      lua_pop(L, 1);
      lua_newtable(L);
      lua_pushvalue(L, -1);
      lua_setfield(L, 2, FIELDS[f]);
    }
  }
  lua_Integer old = 0;
  if (lua_getfield(L, 2, "n") == LUA_TNUMBER) old = lua_tointeger(L, -1);
  lua_pop(L, 1);

  lua_Integer n = 0;
  sr_line_info ln;
  size_t pos = 0;
  for (;;) {
    /* Re-read the text each line: pushing a string may run the collector,
     * which must not leave us with a stale pointer into a document. */
    const char *s = sr_lua_checktext(L, 1, &len);
    if (!sr_lines_next(s, len, pos, &ln)) break;
    n++;
    lua_pushlstring(L, s + ln.start, ln.end - ln.start);
    lua_rawseti(L, 3, n);
    lua_pushinteger(L, (lua_Integer)ln.start + 1);
    lua_rawseti(L, 4, n);
    lua_pushinteger(L, (lua_Integer)ln.end);
    lua_rawseti(L, 5, n);
    lua_pushinteger(L, (lua_Integer)ln.words);
    lua_rawseti(L, 6, n);
    lua_pushinteger(L, (lua_Integer)ln.caps);
    lua_rawseti(L, 7, n);
    lua_pushinteger(L, (lua_Integer)ln.digits);
    lua_rawseti(L, 8, n);
    pos = ln.next;
  }
  for (lua_Integer i = n + 1; i <= old; i++) {
    for (int f = 0; f < NFIELDS; f++) {
      lua_pushnil(L);
      lua_rawseti(L, 3 + f, i);
    }
  }
  lua_pushinteger(L, n);
  lua_setfield(L, 2, "n");
  lua_pushinteger(L, n);
  lua_pushvalue(L, 2);
  return 2;
}

/* Gets or makes the array t[name] at the top of the stack. */
static void field_array(lua_State *L, int t, const char *name) {
  if (lua_getfield(L, t, name) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, t, name);
  }
}

static const char *const CW_FIELDS[] = {"word", "lower", "start", "stop", "hyphen", "initial"};
#define CW_NFIELDS 6

/* lines.capwords(s [, init [, t]]) -> n, t */
static int lines_capwords(lua_State *L) {
  size_t len;
  sr_lua_checktext(L, 1, &len);
  lua_Integer init = luaL_optinteger(L, 2, 1);
  luaL_argcheck(L, init >= 1, 2, "initial position must be positive");
  if (lua_isnoneornil(L, 3)) {
    lua_settop(L, 2);
    lua_createtable(L, 0, CW_NFIELDS + 1);
  } else {
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
  }
  /* Stack: 1 text, 2 init, 3 result, 4..9 the arrays. */
  for (int f = 0; f < CW_NFIELDS; f++) field_array(L, 3, CW_FIELDS[f]);
  lua_Integer old = 0;
  if (lua_getfield(L, 3, "n") == LUA_TNUMBER) old = lua_tointeger(L, -1);
  lua_pop(L, 1);

  char small[64];
  luaL_Buffer b;
  lua_Integer n = 0, nhyphen = 0;
  size_t pos = (size_t)init - 1, next;
  sr_capword w;
  for (;;) {
    const char *s = sr_lua_checktext(L, 1, &len); /* see lines_split */
    if (!sr_capword_next(s, len, pos, &w, &next)) break;
    n++;
    size_t wl = w.end - w.start;
    lua_pushlstring(L, s + w.start, wl);
    lua_rawseti(L, 4, n);
    /* ASCII lower case, as string.lower in the C locale */
    char *low = small;
    if (wl > sizeof small) low = luaL_buffinitsize(L, &b, wl);
    for (size_t i = 0; i < wl; i++) {
      char c = s[w.start + i];
      low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    if (low == small) lua_pushlstring(L, small, wl);
    else luaL_pushresultsize(&b, wl);
    lua_rawseti(L, 5, n);
    lua_pushinteger(L, (lua_Integer)w.start + 1);
    lua_rawseti(L, 6, n);
    lua_pushinteger(L, (lua_Integer)w.end);
    lua_rawseti(L, 7, n);
    lua_pushboolean(L, w.hyphen);
    lua_rawseti(L, 8, n);
    nhyphen += w.hyphen;
    lua_pushboolean(L, w.initial);
    lua_rawseti(L, 9, n);
    pos = next;
  }
  for (lua_Integer i = n + 1; i <= old; i++) {
    for (int f = 0; f < CW_NFIELDS; f++) {
      lua_pushnil(L);
      lua_rawseti(L, 4 + f, i);
    }
  }
  lua_pushinteger(L, n);
  lua_setfield(L, 3, "n");
  lua_pushinteger(L, nhyphen);
  lua_setfield(L, 3, "nhyphen");
  lua_pushinteger(L, n);
  lua_pushvalue(L, 3);
  return 2;
}

static const luaL_Reg lines_funcs[] = {
  {"split", lines_split},
  {"capwords", lines_capwords},
  {NULL, NULL},
};

int luaopen_saring_lines(lua_State *L) {
  luaL_newlib(L, lines_funcs);
  return 1;
}
