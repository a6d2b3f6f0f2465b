/* saring.patterns: many literals or regexes matched in one pass.
 *
 *   local patterns = require "saring.patterns"
 *   local places = patterns.new({"Jakarta", "Jawa Barat", {"Kab(upaten)?\\. \\w+", regex = true,
 *                                id = "kab"}}, {caseless = true, words = true})
 *   for _, m in ipairs(places:scan(doc)) do doc:tag(m.start, m.stop, "place", m.id) end
 *
 * A set is compiled once (at script load) in each worker.  Hyperscan needs
 * scratch space to scan; each lua_State keeps one scratch in its registry,
 * grown for every set made in that state, so sets cost no scratch of their
 * own and a worker never shares one with another thread.
 */
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "error.h"
#include "lua/l_doc.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/patset.h"

#define PATSET_MT "saring.patternset"
#define SCRATCH_MT "saring.patscratch"

typedef struct patset_ud {
  sr_patset *set;
  int has_ids; /* the uservalue holds an ids table */
} patset_ud;

typedef struct scratch_ud {
  sr_patset_scratch *sc;
} scratch_ud;

static const char scratch_key = 's'; /* its address keys the registry entry */

static int scratch_gc(lua_State *L) {
  scratch_ud *ud = luaL_checkudata(L, 1, SCRATCH_MT);
  sr_patset_scratch_free(ud->sc);
  ud->sc = NULL;
  return 0;
}

/* This lua_State's scratch (made on first use). */
static sr_patset_scratch *get_scratch(lua_State *L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &scratch_key) == LUA_TUSERDATA) {
    sr_patset_scratch *sc = ((scratch_ud *)lua_touserdata(L, -1))->sc;
    lua_pop(L, 1);
    return sc;
  }
  lua_pop(L, 1);
  scratch_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0);
  ud->sc = NULL;
  if (luaL_newmetatable(L, SCRATCH_MT)) {
    lua_pushcfunction(L, scratch_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  ud->sc = sr_patset_scratch_new();
  if (!ud->sc) luaL_error(L, "not enough memory");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &scratch_key);
  return ud->sc;
}

static patset_ud *check_set(lua_State *L, int arg) {
  patset_ud *ud = luaL_checkudata(L, arg, PATSET_MT);
  if (!ud->set) luaL_argerror(L, arg, "pattern set already freed");
  return ud;
}

static int opt_bool(lua_State *L, int t, const char *field) {
  if (lua_type(L, t) != LUA_TTABLE) return 0;
  lua_getfield(L, t, field);
  int v = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return v;
}

/* patterns.new(list[, opts]) */
static int patterns_new(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  unsigned flags = 0;
  if (opt_bool(L, 2, "caseless")) flags |= SR_PATSET_CASELESS;
  if (opt_bool(L, 2, "words")) flags |= SR_PATSET_WORDS;
  if (opt_bool(L, 2, "tokens")) flags |= SR_PATSET_TOKENS;
  int all_regex = opt_bool(L, 2, "regex");
  int all_literal = opt_bool(L, 2, "literal");
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_getfield(L, 2, "engine");
    const char *eng = luaL_optstring(L, -1, "auto");
    if (strcmp(eng, "aho-corasick") == 0 || strcmp(eng, "ac") == 0)
      flags |= SR_PATSET_FALLBACK;
    else if (strcmp(eng, "auto") != 0 && strcmp(eng, "hyperscan") != 0)
      luaL_argerror(L, 2, lua_pushfstring(L, "unknown engine '%s'", eng));
#ifndef SARING_HAVE_HYPERSCAN
    if (strcmp(eng, "hyperscan") == 0) luaL_argerror(L, 2, "this build has no Hyperscan");
#endif
    lua_pop(L, 1);
  }

  lua_Integer n = luaL_len(L, 1);
  if (n < 0 || (lua_Unsigned)n > 0x7fffffff) luaL_argerror(L, 1, "too many patterns");
  /* Scratch arrays as userdata so an error cannot leak them. */
  sr_patset_entry *e = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *e, 0); /* index 3 */
  lua_createtable(L, (int)n, 0); /* index 4: the ids */
  int has_ids = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    int t = lua_rawgeti(L, 1, i);
    int regex = all_regex;
    if (t == LUA_TSTRING) {
      e[i - 1].pattern = lua_tolstring(L, -1, &e[i - 1].len);
      lua_pushinteger(L, i);
    } else if (t == LUA_TTABLE) {
      if (lua_rawgeti(L, -1, 1) != LUA_TSTRING)
        luaL_argerror(L, 1, lua_pushfstring(L, "item %d: pattern string expected at [1]", (int)i));
      e[i - 1].pattern = lua_tolstring(L, -1, &e[i - 1].len);
      lua_pop(L, 1);
      if (lua_getfield(L, -1, "regex") != LUA_TNIL) regex = lua_toboolean(L, -1);
      lua_pop(L, 1);
      if (lua_getfield(L, -1, "id") == LUA_TNIL) {
        lua_pop(L, 1);
        lua_pushinteger(L, i);
      } else {
        has_ids = 1;
      }
    } else {
      return luaL_argerror(L, 1, lua_pushfstring(L, "item %d: string or table expected, got %s",
                                                 (int)i, luaL_typename(L, -1)));
    }
    lua_rawseti(L, 4, i);
    lua_pop(L, 1);
    e[i - 1].regex = all_literal ? 0 : regex;
  }

  patset_ud *ud = lua_newuserdatauv(L, sizeof *ud, 1); /* index 5 */
  ud->set = NULL;
  ud->has_ids = has_ids;
  luaL_setmetatable(L, PATSET_MT);
  char msg[512];
  long bad = -1;
  int rc = sr_patset_compile(e, (size_t)n, flags, &ud->set, msg, sizeof msg, &bad);
  if (rc == SR_ENOMEM) return luaL_error(L, "not enough memory");
  if (rc < 0) return luaL_argerror(L, 1, lua_pushstring(L, msg));
  if (has_ids) {
    lua_pushvalue(L, 4);
    lua_setiuservalue(L, 5, 1);
  }
  if (sr_patset_scratch_prepare(get_scratch(L), ud->set) < 0) return luaL_error(L, "not enough memory");
  return 1;
}

static int push_scan_error(lua_State *L, long rc, size_t bad) {
  luaL_pushfail(L);
  if (rc == SR_EUTF8)
    lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)(bad + 1));
  else
    lua_pushstring(L, sr_strerror((int)rc));
  return 2;
}

static void push_id(lua_State *L, patset_ud *ud, int self, unsigned index) {
  if (ud->has_ids) {
    lua_getiuservalue(L, self, 1);
    lua_rawgeti(L, -1, (lua_Integer)index + 1);
    lua_remove(L, -2);
  } else {
    lua_pushinteger(L, (lua_Integer)index + 1);
  }
}

/* set:scan(s[, {overlap = true}]) -> {{id =, start =, stop =}, ...} */
static int set_scan(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  int mode = opt_bool(L, 3, "overlap") ? SR_PATSET_OVERLAP : SR_PATSET_LONGEST;
  const sr_patmatch *m;
  size_t bad = 0;
  long n = sr_patset_scan(ud->set, get_scratch(L), s, len, mode, &m, &bad);
  if (n < 0) return push_scan_error(L, n, bad);
  lua_createtable(L, (int)(n < 0x7fffffff ? n : 0), 0);
  if (ud->has_ids) lua_getiuservalue(L, 1, 1);
  int ids = lua_gettop(L);
  int out = ud->has_ids ? ids - 1 : ids;
  for (long i = 0; i < n; i++) {
    lua_createtable(L, 0, 3);
    if (ud->has_ids)
      lua_rawgeti(L, ids, (lua_Integer)m[i].index + 1);
    else
      lua_pushinteger(L, (lua_Integer)m[i].index + 1);
    lua_setfield(L, -2, "id");
    lua_pushinteger(L, (lua_Integer)m[i].start + 1);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)m[i].end);
    lua_setfield(L, -2, "stop");
    lua_rawseti(L, out, (lua_Integer)i + 1);
  }
  lua_settop(L, out);
  return 1;
}

/* The optional result table of set:ids and set:lines, argument 3: the
 * caller's table to fill again, or a new one; either way at index 3, the
 * top of the stack. */
static void reuse_table_arg(lua_State *L) {
  if (lua_isnoneornil(L, 3)) {
    lua_settop(L, 2);
    lua_newtable(L);
  } else {
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
  }
}

/* set:ids(s[, t]) -> n, t: the ids of the entries among the leftmost-longest
 * matches, each once, in the order of its first match; no table per match
 * (a gazetteer's "which names occur, in order").  t is reused. */
static int set_ids(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  reuse_table_arg(L);
  /* One flag per entry: returned already.  A userdata (index 4), so that an
   * error in a table store cannot leak it. */
  size_t ne = sr_patset_count(ud->set);
  unsigned char *seen = lua_newuserdatauv(L, ne ? ne : 1, 0);
  memset(seen, 0, ne ? ne : 1);
  if (ud->has_ids) lua_getiuservalue(L, 1, 1); /* index 5 */
  const sr_patmatch *m;
  size_t bad = 0;
  long nm = sr_patset_scan(ud->set, get_scratch(L), s, len, SR_PATSET_LONGEST, &m, &bad);
  if (nm < 0) return push_scan_error(L, nm, bad);
  lua_Integer old = (lua_Integer)lua_rawlen(L, 3), n = 0;
  /* The matches live in the scratch, which only a scan changes; table
   * stores do not scan. */
  for (long i = 0; i < nm; i++) {
    unsigned idx = m[i].index;
    if (seen[idx]) continue;
    seen[idx] = 1;
    if (ud->has_ids)
      lua_rawgeti(L, 5, (lua_Integer)idx + 1);
    else
      lua_pushinteger(L, (lua_Integer)idx + 1);
    lua_rawseti(L, 3, ++n);
  }
  for (lua_Integer i = old; i > n; i--) {
    lua_pushnil(L);
    lua_rawseti(L, 3, i);
  }
  lua_pushinteger(L, n);
  lua_pushvalue(L, 3);
  return 2;
}

/* set:count(s[, {overlap = true}]) -> number of matches, with no tables */
static int set_count(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  int mode = opt_bool(L, 3, "overlap") ? SR_PATSET_OVERLAP : SR_PATSET_LONGEST;
  const sr_patmatch *m;
  size_t bad = 0;
  long n = sr_patset_scan(ud->set, get_scratch(L), s, len, mode, &m, &bad);
  if (n < 0) return push_scan_error(L, n, bad);
  lua_pushinteger(L, n);
  return 1;
}

/* set:first(s) -> id, start, stop of the leftmost-longest match, or nil */
static int set_first(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  const sr_patmatch *m;
  size_t bad = 0;
  long n = sr_patset_scan(ud->set, get_scratch(L), s, len, SR_PATSET_LONGEST, &m, &bad);
  if (n < 0) return push_scan_error(L, n, bad);
  if (n == 0) {
    luaL_pushfail(L);
    return 1;
  }
  push_id(L, ud, 1, m[0].index);
  lua_pushinteger(L, (lua_Integer)m[0].start + 1);
  lua_pushinteger(L, (lua_Integer)m[0].end);
  return 3;
}

/* set:lines(s [, t]) -> n, t: t[i] true when a match starts on line i.
 * Lines are those of saring.lines.split (a final line break starts no
 * extra line); n is their number.  No table per match: a line-based
 * cleaner asks "which lines have one of these phrases" once per page. */
static int set_lines(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  reuse_table_arg(L);
  /* After sr_lua_checktext a number is a string; anything else is a
   * document (read again below through sr_ldoc_text). */
  int stable = lua_type(L, 2) == LUA_TSTRING;
  const sr_patmatch *m;
  size_t bad = 0;
  long nm = sr_patset_scan(ud->set, get_scratch(L), s, len, SR_PATSET_LONGEST, &m, &bad);
  if (nm < 0) return push_scan_error(L, nm, bad);
  lua_Integer old = (lua_Integer)lua_rawlen(L, 3);
  /* Walk the lines and the matches (sorted by start) together. */
  lua_Integer n = 0;
  size_t pos = 0;
  long k = 0;
  while (pos < len) {
    /* Re-read the text: a table store may run the collector (as in
     * saring.lines.split), and a document's pointer must not go stale. */
    if (!stable) s = sr_ldoc_text(L, 2, &len);
    if (pos >= len) break;
    const char *nl = memchr(s + pos, '\n', len - pos);
    size_t next = nl ? (size_t)(nl - s) + 1 : len;
    int hit = 0;
    while (k < nm && m[k].start < next) {
      hit = 1;
      k++;
    }
    lua_pushboolean(L, hit);
    lua_rawseti(L, 3, ++n);
    pos = next;
  }
  for (lua_Integer i = old; i > n; i--) {
    lua_pushnil(L);
    lua_rawseti(L, 3, i);
  }
  lua_pushinteger(L, n);
  lua_pushvalue(L, 3);
  return 2;
}

/* set:test(s) -> boolean (stops at the first match) */
static int set_test(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  size_t bad = 0;
  int rc = sr_patset_test(ud->set, get_scratch(L), s, len, &bad);
  if (rc < 0) return push_scan_error(L, rc, bad);
  lua_pushboolean(L, rc);
  return 1;
}

static int set_engine(lua_State *L) {
  lua_pushstring(L, sr_patset_engine(check_set(L, 1)->set));
  return 1;
}

static int set_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)sr_patset_count(check_set(L, 1)->set));
  return 1;
}

static int set_tostring(lua_State *L) {
  patset_ud *ud = check_set(L, 1);
  lua_pushfstring(L, "pattern set (%d patterns, %s)", (int)sr_patset_count(ud->set),
                  sr_patset_engine(ud->set));
  return 1;
}

static int set_gc(lua_State *L) {
  patset_ud *ud = luaL_checkudata(L, 1, PATSET_MT);
  sr_patset_free(ud->set);
  ud->set = NULL;
  return 0;
}

static const luaL_Reg set_methods[] = {
  {"scan", set_scan}, {"count", set_count},   {"first", set_first},
  {"test", set_test}, {"lines", set_lines},   {"engine", set_engine},
  {"ids", set_ids},
  {NULL, NULL},
};

static const luaL_Reg set_meta[] = {
  {"__gc", set_gc}, {"__len", set_len}, {"__tostring", set_tostring}, {"__index", NULL},
  {NULL, NULL},
};

static const luaL_Reg patterns_funcs[] = {
  {"new", patterns_new},
  {NULL, NULL},
};

int luaopen_saring_patterns(lua_State *L) {
  if (luaL_newmetatable(L, PATSET_MT)) {
    luaL_setfuncs(L, set_meta, 0);
    luaL_newlib(L, set_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, patterns_funcs);
#ifdef SARING_HAVE_HYPERSCAN
  lua_pushboolean(L, 1);
#else
  lua_pushboolean(L, 0);
#endif
  lua_setfield(L, -2, "hyperscan");
  return 1;
}
