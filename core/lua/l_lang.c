/* saring.lang: which language a text is written in.
 *
 *   local lang = require "saring.lang"
 *   local code, confidence, scores = lang.detect(doc)
 *   -- "id", 0.998, {id = 0.998, ms = 0.002, en = 0, jv = 0, su = 0}
 *   lang.detect(s, {candidates = {"id", "ms"}})
 *
 * The model is in core/text/langid.c; only the first 8 KB of a text are read.
 *
 *   local counter = lang.word_counter{{the = true, of = true}, {yang = true}}
 *   local en, id = counter:count(s [, max_bytes])
 *
 * A word counter counts in one pass how many whole words of a text (or of
 * its first max_bytes bytes) are in each of its lists (core/text/wordclass.c),
 * exactly as a caseless whole-word pattern set per list would.
 */
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "lua/modules.h"
#include "lua/textarg.h"
#include "error.h"
#include "text/langid.h"
#include "text/wordclass.h"

#define COUNTER_MT "saring.lang.word_counter"

typedef struct counter_ud {
  sr_wordclass *wc; /* owned */
  unsigned n;       /* number of lists */
} counter_ud;

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

static int counter_gc(lua_State *L) {
  counter_ud *ud = luaL_checkudata(L, 1, COUNTER_MT);
  sr_wordclass_free(ud->wc);
  ud->wc = NULL;
  return 0;
}

/* lang.word_counter(lists) -> counter.  lists is an array of tables whose
 * keys are words of ASCII letters (a word mapped to false is not in the
 * list), at most 32 of them. */
static int lang_word_counter(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
  luaL_argcheck(L, n >= 1 && n <= SR_WORDCLASS_MAX, 1, "1 to 32 word lists expected");
  counter_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0); /* index 2 */
  ud->wc = NULL;
  ud->n = (unsigned)n;
  luaL_setmetatable(L, COUNTER_MT);
  if (!(ud->wc = sr_wordclass_new())) return luaL_error(L, "not enough memory");
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, 1, i) != LUA_TTABLE)
      return luaL_argerror(L, 1, lua_pushfstring(L, "list %d is not a table", (int)i));
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      if (lua_type(L, -2) != LUA_TSTRING)
        return luaL_argerror(L, 1, lua_pushfstring(L, "list %d has a key that is not a word", (int)i));
      if (lua_toboolean(L, -1)) {
        size_t len;
        const char *w = lua_tolstring(L, -2, &len);
        int rc = sr_wordclass_add(ud->wc, w, len, (unsigned)(i - 1));
        if (rc == SR_ENOMEM) return luaL_error(L, "not enough memory");
        if (rc < 0)
          return luaL_argerror(L, 1, lua_pushfstring(L, "list %d: '%s' is not a word of ASCII "
                                                     "letters (at most 64)", (int)i, w));
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_settop(L, 2);
  return 1;
}

/* counter:count(s [, max_bytes]) -> one count per list */
static int counter_count(lua_State *L) {
  counter_ud *ud = luaL_checkudata(L, 1, COUNTER_MT);
  if (!ud->wc) return luaL_argerror(L, 1, "counter is closed");
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  lua_Integer max = luaL_optinteger(L, 3, LUA_MAXINTEGER);
  luaL_argcheck(L, max >= 0, 3, "max_bytes must not be negative");
  if ((lua_Unsigned)max < len) len = (size_t)max;
  size_t counts[SR_WORDCLASS_MAX] = {0};
  sr_wordclass_count(ud->wc, s, len, counts, ud->n);
  luaL_checkstack(L, (int)ud->n, NULL);
  for (unsigned i = 0; i < ud->n; i++) lua_pushinteger(L, (lua_Integer)counts[i]);
  return (int)ud->n;
}

static int counter_tostring(lua_State *L) {
  counter_ud *ud = luaL_checkudata(L, 1, COUNTER_MT);
  lua_pushfstring(L, "saring.lang word counter (%d lists)", (int)ud->n);
  return 1;
}

static const luaL_Reg counter_methods[] = {
  {"count", counter_count},
  {NULL, NULL},
};

static const luaL_Reg lang_funcs[] = {
  {"detect", lang_detect},
  {"word_counter", lang_word_counter},
  {NULL, NULL},
};

int luaopen_saring_lang(lua_State *L) {
  if (luaL_newmetatable(L, COUNTER_MT)) {
    lua_pushcfunction(L, counter_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, counter_tostring);
    lua_setfield(L, -2, "__tostring");
    luaL_newlib(L, counter_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, lang_funcs);
  return 1;
}
