/* saring.re: PCRE2 regular expressions for scripts.
 *
 *   local re = require "saring.re"
 *   local r = re.compile([[(\d+)\s*(persen|%)]], "i")
 *   local s, e, num = r:find(text)
 *   for word in re.gmatch(text, [[\p{Lu}\w+]]) do ... end
 *
 * Compiled regexes are kept in a cache in the registry of each lua_State (so
 * one per worker): a pattern used in a stage is compiled once per worker, not
 * once per document.  The cache has two generations of CACHE_GEN entries: a
 * hit in the old generation moves the entry to the young one and, when the
 * young one is full, the old one is dropped (an approximate LRU in O(1)).
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/regex.h"
#include "text/utf8.h"

#define REGEX_MT "saring.regex"
#define CACHE_GEN 256

typedef struct regex_ud {
  sr_regex *re;
} regex_ud;

static const char cache_key = 'c'; /* its address keys the registry entry */

static sr_regex *check_regex(lua_State *L, int arg) {
  regex_ud *ud = luaL_checkudata(L, arg, REGEX_MT);
  if (!ud->re) luaL_argerror(L, arg, "regex already freed");
  return ud->re;
}

static unsigned check_flags(lua_State *L, int arg) {
  const char *f = luaL_optstring(L, arg, "");
  unsigned flags;
  int bad = sr_regex_flags_parse(f, &flags);
  if (bad) luaL_argerror(L, arg, lua_pushfstring(L, "unknown flag '%c'", bad));
  return flags;
}

/* Gets the cache table {young, old, n} onto the stack. */
static void push_cache(lua_State *L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &cache_key) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_createtable(L, 0, 3);
  lua_newtable(L);
  lua_setfield(L, -2, "young");
  lua_newtable(L);
  lua_setfield(L, -2, "old");
  lua_pushinteger(L, 0);
  lua_setfield(L, -2, "n");
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &cache_key);
}

/* Stores the value on top under the key at index key in the young
 * generation, rotating generations when it is full.  Pops nothing. */
static void cache_put(lua_State *L, int cache, int key, int val) {
  lua_getfield(L, cache, "n");
  lua_Integer n = lua_tointeger(L, -1) + 1;
  lua_pop(L, 1);
  if (n > CACHE_GEN) {
    lua_getfield(L, cache, "young");
    lua_setfield(L, cache, "old");
    lua_newtable(L);
    lua_setfield(L, cache, "young");
    n = 1;
  }
  lua_pushinteger(L, n);
  lua_setfield(L, cache, "n");
  lua_getfield(L, cache, "young");
  lua_pushvalue(L, key);
  lua_pushvalue(L, val);
  lua_rawset(L, -3);
  lua_pop(L, 1);
}

/* Compiles (or finds in the cache) the pattern at patarg with the flags at
 * flagarg (0: none) and pushes the regex userdata.  A bad pattern raises
 * "bad argument #patarg to 'fn' (missing closing parenthesis at offset 3)". */
static sr_regex *push_regex(lua_State *L, int patarg, int flagarg) {
  size_t plen;
  const char *pat = luaL_checklstring(L, patarg, &plen);
  unsigned flags = flagarg ? check_flags(L, flagarg) : 0;
  luaL_checkstack(L, 8, NULL);

  push_cache(L);
  int cache = lua_gettop(L);
  /* The key is one flag byte then the pattern: patterns may hold NULs. */
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addchar(&b, (char)('@' + flags));
  luaL_addlstring(&b, pat, plen);
  luaL_pushresult(&b);
  int key = lua_gettop(L);

  lua_getfield(L, cache, "young");
  lua_pushvalue(L, key);
  if (lua_rawget(L, -2) == LUA_TUSERDATA) {
    lua_replace(L, cache);
    lua_settop(L, cache);
    return ((regex_ud *)lua_touserdata(L, -1))->re;
  }
  lua_pop(L, 2);
  lua_getfield(L, cache, "old");
  lua_pushvalue(L, key);
  if (lua_rawget(L, -2) == LUA_TUSERDATA) {
    int val = lua_gettop(L);
    cache_put(L, cache, key, val);
    lua_replace(L, cache);
    lua_settop(L, cache);
    return ((regex_ud *)lua_touserdata(L, -1))->re;
  }
  lua_pop(L, 2);

  regex_ud *ud = lua_newuserdatauv(L, sizeof *ud, 1);
  ud->re = NULL;
  luaL_setmetatable(L, REGEX_MT);
  int val = lua_gettop(L);
  char msg[256];
  size_t off = 0;
  ud->re = sr_regex_compile(pat, plen, flags, msg, sizeof msg, &off);
  if (!ud->re) {
    luaL_argerror(L, patarg, lua_pushfstring(L, "%s at offset %d", msg, (int)off));
  }
  lua_pushvalue(L, patarg);
  lua_setiuservalue(L, val, 1);
  cache_put(L, cache, key, val);
  lua_replace(L, cache);
  lua_settop(L, cache);
  return ud->re;
}

/* Validates the subject for a UTF-mode regex.  Returns 1 when it may be
 * matched; otherwise pushes nil and a message and returns 0. */
static int check_subject(lua_State *L, sr_regex *re, const char *s, size_t len) {
  if (sr_regex_flags(re) & SR_RE_BYTES) return 1;
  size_t bad = sr_utf8_validate(s, len);
  if (bad >= len) return 1;
  luaL_pushfail(L);
  lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)(bad + 1));
  return 0;
}

static int push_match_error(lua_State *L, int rc) {
  char msg[256];
  sr_regex_error_message(rc, msg, sizeof msg);
  luaL_pushfail(L);
  lua_pushstring(L, msg);
  return 2;
}

/* Pushes capture i of the last match (false when it did not take part). */
static void push_group(lua_State *L, sr_regex *re, const char *s, unsigned i) {
  size_t a, b;
  if (sr_regex_group(re, i, &a, &b))
    lua_pushlstring(L, s + a, b - a);
  else
    lua_pushboolean(L, 0);
}

/* Pushes the captures of the last match, or the whole match when the regex
 * has none; returns how many values were pushed. */
static int push_captures(lua_State *L, sr_regex *re, const char *s, int whole_if_none) {
  unsigned n = sr_regex_ngroups(re);
  if (n == 0) {
    if (!whole_if_none) return 0;
    push_group(L, re, s, 0);
    return 1;
  }
  luaL_checkstack(L, (int)n, "too many captures");
  for (unsigned i = 1; i <= n; i++) push_group(L, re, s, i);
  return (int)n;
}

/* Turns a 1-based, possibly negative init into a 0-based start (may be len+1
 * or more, meaning "past the end"). */
static size_t start_pos(lua_State *L, int arg, size_t len) {
  lua_Integer init = luaL_optinteger(L, arg, 1);
  if (init > 0) return (size_t)init - 1;
  if (init == 0) return 0;
  if ((size_t)-init > len) return 0;
  return len - (size_t)-init;
}

/* Moves a 0-based start off UTF-8 continuation bytes. */
static size_t char_boundary(sr_regex *re, const char *s, size_t len, size_t pos) {
  if (sr_regex_flags(re) & SR_RE_BYTES) return pos;
  while (pos < len && ((unsigned char)s[pos] & 0xC0) == 0x80) pos++;
  return pos;
}

static int find_aux(lua_State *L, sr_regex *re, int sarg, int initarg, int find) {
  size_t len;
  const char *s = sr_lua_checktext(L, sarg, &len);
  size_t start = start_pos(L, initarg, len);
  if (start > len) {
    luaL_pushfail(L);
    return 1;
  }
  if (!check_subject(L, re, s, len)) return 2;
  start = char_boundary(re, s, len, start);
  int rc = sr_regex_exec(re, s, len, start, SR_RE_VALID_UTF);
  if (rc < 0) return push_match_error(L, rc);
  if (rc == 0) {
    luaL_pushfail(L);
    return 1;
  }
  if (find) {
    size_t a, b;
    sr_regex_group(re, 0, &a, &b);
    lua_pushinteger(L, (lua_Integer)a + 1);
    lua_pushinteger(L, (lua_Integer)b);
    return 2 + push_captures(L, re, s, 0);
  }
  return push_captures(L, re, s, 1);
}

static int test_aux(lua_State *L, sr_regex *re, int sarg) {
  size_t len;
  const char *s = sr_lua_checktext(L, sarg, &len);
  if (!check_subject(L, re, s, len)) return 2;
  int rc = sr_regex_exec(re, s, len, 0, SR_RE_VALID_UTF);
  if (rc < 0) return push_match_error(L, rc);
  lua_pushboolean(L, rc == 1);
  return 1;
}

/* gmatch: the iterator's upvalues are the regex, the subject (always a Lua
 * string: a document's text is copied, since the loop body may replace it)
 * and a userdata holding the sr_regex_iter. */
static int gmatch_next(lua_State *L) {
  sr_regex *re = ((regex_ud *)lua_touserdata(L, lua_upvalueindex(1)))->re;
  sr_regex_iter *it = lua_touserdata(L, lua_upvalueindex(3));
  int rc = sr_regex_next(it);
  if (rc < 0) {
    char msg[256];
    sr_regex_error_message(rc, msg, sizeof msg);
    return luaL_error(L, "gmatch: %s", msg);
  }
  if (rc == 0) return 0;
  return push_captures(L, re, it->s, 1);
}

static int gmatch_aux(lua_State *L, int rearg, int sarg, int initarg) {
  sr_regex *re = ((regex_ud *)lua_touserdata(L, rearg))->re;
  size_t len;
  const char *s = sr_lua_checktext(L, sarg, &len);
  size_t start = initarg ? start_pos(L, initarg, len) : 0;
  lua_pushvalue(L, rearg);
  if (lua_type(L, sarg) == LUA_TSTRING)
    lua_pushvalue(L, sarg);
  else
    s = lua_pushlstring(L, s, len);
  sr_regex_iter *it = lua_newuserdatauv(L, sizeof *it, 0);
  size_t bad = 0;
  if (sr_regex_iter_init(it, re, s, len, start > len ? len + 1 : start, &bad) < 0)
    return luaL_error(L, "gmatch: invalid UTF-8 at byte %d", (int)(bad + 1));
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

/* Appends the replacement for the current match to b.  The match is
 * [ms, me) of s; the regex's match data still holds its groups. */
static void add_string_repl(lua_State *L, luaL_Buffer *b, sr_regex *re, const char *s,
                            const char *r, size_t rlen) {
  unsigned n = sr_regex_ngroups(re);
  for (size_t i = 0; i < rlen; i++) {
    char c = r[i];
    if (c != '%' && c != '$') {
      luaL_addchar(b, c);
      continue;
    }
    if (i + 1 >= rlen) {
      if (c == '%') luaL_error(L, "invalid use of '%%' in replacement string");
      luaL_addchar(b, c);
      continue;
    }
    char d = r[i + 1];
    long g = -1;
    if (d == c) { /* %% or $$ */
      luaL_addchar(b, c);
      i++;
      continue;
    }
    if (d >= '0' && d <= '9') {
      g = d - '0';
      i++;
    } else if (c == '$' && d == '{') {
      size_t j = i + 2;
      while (j < rlen && r[j] != '}') j++;
      if (j >= rlen) luaL_error(L, "unterminated ${ in replacement string");
      char name[64];
      size_t nl = j - (i + 2);
      if (nl == 0 || nl >= sizeof name) luaL_error(L, "invalid group name in replacement string");
      memcpy(name, r + i + 2, nl);
      name[nl] = 0;
      char *end;
      g = strtol(name, &end, 10);
      if (*end) {
        g = sr_regex_group_number(re, name);
        if (g < 0) luaL_error(L, "unknown group '%s' in replacement string", name);
      }
      i = j;
    } else if (c == '%') {
      luaL_error(L, "invalid use of '%%' in replacement string");
    } else { /* a lone $ is literal text ("US$ 5") */
      luaL_addchar(b, c);
      continue;
    }
    if (g > (long)n) luaL_error(L, "invalid capture index %c%d in replacement string", c, (int)g);
    size_t a, e;
    if (sr_regex_group(re, (unsigned)g, &a, &e)) luaL_addlstring(b, s + a, e - a);
  }
}

static int gsub_aux(lua_State *L, int rearg, int sarg, int rarg, int narg) {
  sr_regex *re = ((regex_ud *)lua_touserdata(L, rearg))->re;
  size_t len;
  const char *s = sr_lua_checktext(L, sarg, &len);
  int rt = lua_type(L, rarg);
  luaL_argexpected(L, rt == LUA_TNUMBER || rt == LUA_TSTRING || rt == LUA_TFUNCTION ||
                       rt == LUA_TTABLE,
                   rarg, "string/function/table");
  lua_Integer maxn = luaL_optinteger(L, narg, LUA_MAXINTEGER);
  size_t rlen = 0;
  const char *r = NULL;
  if (rt == LUA_TSTRING || rt == LUA_TNUMBER) {
    r = lua_tolstring(L, rarg, &rlen);
  } else if (lua_type(L, sarg) != LUA_TSTRING) {
    /* Lua code runs for each match and might replace the document's text:
     * work on a string copy so s stays valid. */
    s = lua_pushlstring(L, s, len);
    lua_replace(L, sarg);
  }
  sr_regex_iter it;
  size_t bad = 0;
  if (sr_regex_iter_init(&it, re, s, len, 0, &bad) < 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)(bad + 1));
    return 2;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t last = 0;
  lua_Integer count = 0;
  int rc = 0;
  while (count < maxn && (rc = sr_regex_next(&it)) == 1) {
    size_t ms, me;
    sr_regex_group(re, 0, &ms, &me);
    luaL_addlstring(&b, s + last, ms - last);
    count++;
    if (r) {
      add_string_repl(L, &b, re, s, r, rlen);
    } else {
      /* Push the lookup value; the call below may reuse this regex (and
       * its match data), so only ms/me are used afterwards. */
      if (rt == LUA_TFUNCTION) {
        lua_pushvalue(L, rarg);
        int nc = push_captures(L, re, s, 1);
        lua_call(L, nc, 1);
      } else {
        push_group(L, re, s, sr_regex_ngroups(re) ? 1 : 0); /* the first capture */
        lua_gettable(L, rarg);
      }
      if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(&b, s + ms, me - ms);
      } else if (!lua_isstring(L, -1)) {
        return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
      } else {
        luaL_addvalue(&b);
      }
    }
    last = me;
  }
  if (rc < 0) return push_match_error(L, rc);
  luaL_addlstring(&b, s + last, len - last);
  luaL_pushresult(&b);
  lua_pushinteger(L, count);
  return 2;
}

static int split_aux(lua_State *L, int rearg, int sarg, int narg) {
  sr_regex *re = ((regex_ud *)lua_touserdata(L, rearg))->re;
  size_t len;
  const char *s = sr_lua_checktext(L, sarg, &len);
  lua_Integer maxn = luaL_optinteger(L, narg, LUA_MAXINTEGER);
  sr_regex_iter it;
  size_t bad = 0;
  if (sr_regex_iter_init(&it, re, s, len, 0, &bad) < 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)(bad + 1));
    return 2;
  }
  lua_newtable(L);
  lua_Integer k = 0, nsplit = 0;
  size_t last = 0;
  int rc = 0;
  while (nsplit < maxn && (rc = sr_regex_next(&it)) == 1) {
    size_t ms, me;
    sr_regex_group(re, 0, &ms, &me);
    /* As in JavaScript, an empty match right after the previous split (or
     * at either end) splits nothing off: "a b" on \s* gives {"a", "b"}. */
    if (ms == me && (ms == last || ms == len)) continue;
    lua_pushlstring(L, s + last, ms - last);
    lua_rawseti(L, -2, ++k);
    nsplit++;
    last = me;
  }
  if (rc < 0) return push_match_error(L, rc);
  lua_pushlstring(L, s + last, len - last);
  lua_rawseti(L, -2, ++k);
  return 1;
}

/* ---- regex methods ---- */

static int regex_find(lua_State *L) { return find_aux(L, check_regex(L, 1), 2, 3, 1); }
static int regex_match(lua_State *L) { return find_aux(L, check_regex(L, 1), 2, 3, 0); }
static int regex_test(lua_State *L) { return test_aux(L, check_regex(L, 1), 2); }
static int regex_gmatch(lua_State *L) {
  check_regex(L, 1);
  return gmatch_aux(L, 1, 2, 3);
}
static int regex_gsub(lua_State *L) {
  check_regex(L, 1);
  return gsub_aux(L, 1, 2, 3, 4);
}
static int regex_split(lua_State *L) {
  check_regex(L, 1);
  return split_aux(L, 1, 2, 3);
}

static int regex_groups(lua_State *L) {
  lua_pushinteger(L, sr_regex_ngroups(check_regex(L, 1)));
  return 1;
}

static int regex_tostring(lua_State *L) {
  luaL_checkudata(L, 1, REGEX_MT);
  lua_getiuservalue(L, 1, 1);
  lua_pushfstring(L, "regex: %s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
  return 1;
}

static int regex_gc(lua_State *L) {
  regex_ud *ud = luaL_checkudata(L, 1, REGEX_MT);
  sr_regex_free(ud->re);
  ud->re = NULL;
  return 0;
}

/* ---- module functions ---- */

static int re_compile(lua_State *L) {
  lua_settop(L, 2);
  push_regex(L, 1, 2);
  return 1;
}

/* re.find(s, pat[, init[, flags]]) and re.match likewise. */
static int re_find(lua_State *L) {
  lua_settop(L, 4);
  sr_regex *re = push_regex(L, 2, 4);
  return find_aux(L, re, 1, 3, 1);
}
static int re_match(lua_State *L) {
  lua_settop(L, 4);
  sr_regex *re = push_regex(L, 2, 4);
  return find_aux(L, re, 1, 3, 0);
}
/* re.test(s, pat[, flags]) */
static int re_test(lua_State *L) {
  lua_settop(L, 3);
  sr_regex *re = push_regex(L, 2, 3);
  return test_aux(L, re, 1);
}
/* re.gmatch(s, pat[, flags]) */
static int re_gmatch(lua_State *L) {
  lua_settop(L, 3);
  push_regex(L, 2, 3);
  return gmatch_aux(L, lua_gettop(L), 1, 0);
}
/* re.gsub(s, pat, repl[, n[, flags]]) */
static int re_gsub(lua_State *L) {
  lua_settop(L, 5);
  push_regex(L, 2, 5);
  return gsub_aux(L, 6, 1, 3, 4);
}
/* re.split(s, pat[, n[, flags]]) */
static int re_split(lua_State *L) {
  lua_settop(L, 4);
  push_regex(L, 2, 4);
  return split_aux(L, 5, 1, 3);
}

/* re.escape(s): s with every ASCII punctuation character backslashed, so it
 * matches itself (NUL becomes \x00 and other controls stay as they are). */
static int re_escape(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0) {
      luaL_addstring(&b, "\\x00");
      continue;
    }
    if (c < 0x80 && strchr("\\^$.|?*+()[]{}-/#&~ \t\n\r\f\v", c)) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        /* Escaped whitespace survives the "x" flag. */
        luaL_addchar(&b, '\\');
        if (c == '\t') c = 't';
        else if (c == '\n') c = 'n';
        else if (c == '\r') c = 'r';
        else if (c == '\f') c = 'f';
        else if (c == '\v') {
          luaL_addstring(&b, "x0b");
          continue;
        }
      } else {
        luaL_addchar(&b, '\\');
      }
    }
    luaL_addchar(&b, (char)c);
  }
  luaL_pushresult(&b);
  return 1;
}

static const luaL_Reg regex_methods[] = {
  {"find", regex_find},   {"match", regex_match}, {"gmatch", regex_gmatch},
  {"gsub", regex_gsub},   {"split", regex_split}, {"test", regex_test},
  {"groups", regex_groups}, {NULL, NULL},
};

static const luaL_Reg regex_meta[] = {
  {"__gc", regex_gc}, {"__tostring", regex_tostring}, {"__index", NULL}, {NULL, NULL},
};

static const luaL_Reg re_funcs[] = {
  {"compile", re_compile}, {"find", re_find},   {"match", re_match},
  {"gmatch", re_gmatch},   {"gsub", re_gsub},   {"split", re_split},
  {"test", re_test},       {"escape", re_escape}, {NULL, NULL},
};

int luaopen_saring_re(lua_State *L) {
  if (luaL_newmetatable(L, REGEX_MT)) {
    luaL_setfuncs(L, regex_meta, 0);
    luaL_newlib(L, regex_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, re_funcs);
  return 1;
}
