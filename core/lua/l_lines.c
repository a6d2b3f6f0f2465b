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
#include <stdlib.h>
#include <string.h>

#include "lua/l_doc.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/capwords.h"
#include "text/lines.h"
#include "text/teasers.h"

static const char *const FIELDS[] = {"line", "start", "stop", "words", "caps", "digits",
                                     "runs", "ends", "low", "first", "again", "shape"};
#define NFIELDS 12

/* Is opts.name true?  (opts at index idx, a table or nil) */
static int opt_flag(lua_State *L, int idx, const char *name) {
  if (lua_isnoneornil(L, idx)) return 0;
  lua_getfield(L, idx, name);
  int on = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return on;
}

/* Pushes the ASCII lower case of len bytes at s, as string.lower in the C
 * locale (no colon rule). */
static void push_lower(lua_State *L, const char *s, size_t len) {
  char small[64];
  luaL_Buffer b;
  char *low = len <= sizeof small ? small : luaL_buffinitsize(L, &b, len);
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  if (low == small) lua_pushlstring(L, small, len);
  else luaL_pushresultsize(&b, len);
}

/* A scratch buffer of at least size bytes, pushed on the stack: the
 * userdata kept in the registry under key when it is large enough, else a
 * new one (stored there instead). */
static char *scratch_buffer(lua_State *L, const char *key, size_t size) {
  if (size == 0) size = 1;
  if (lua_getfield(L, LUA_REGISTRYINDEX, key) == LUA_TUSERDATA && lua_rawlen(L, -1) >= size)
    return lua_touserdata(L, -1);
  lua_pop(L, 1);
  char *buf = lua_newuserdatauv(L, size < 4096 ? 4096 : size + size / 2, 0);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, key);
  return buf;
}

/* lines.split(s [, t [, opts]]) -> n, t */
/* The optional result table at idx (the caller's, to reuse, or a new one),
 * left on top of the stack at idx: the stack is cut to idx. */
static void opt_out_table(lua_State *L, int idx) {
  if (lua_isnoneornil(L, idx)) {
    lua_settop(L, idx - 1);
    lua_newtable(L);
  } else {
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_settop(L, idx);
  }
}

static int lines_split(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  /* A Lua string on the stack stays where it is; only a document's buffer
   * must be read again after anything that may run the collector (a
   * finalizer could replace its text).  A number was made a string in place
   * by sr_lua_checktext, so anything else is a document, read again through
   * sr_ldoc_text: not through sr_lua_checktext, whose metatable test per
   * read cost more than the rest of a short line's work. */
  int stable = lua_type(L, 1) == LUA_TSTRING;
#define TEXT() (stable ? s : sr_ldoc_text(L, 1, &len))
  if (!lua_isnoneornil(L, 3)) luaL_checktype(L, 3, LUA_TTABLE);
  /* opts.low: true, or the most words a line may have to get its lower
   * case (longer lines get nil, for a caller that makes them on demand). */
  int want_low = 0;
  lua_Integer low_words = 0;
  if (!lua_isnoneornil(L, 3)) {
    int t = lua_getfield(L, 3, "low");
    if (t == LUA_TNUMBER) {
      want_low = 1;
      low_words = lua_tointeger(L, -1);
    } else {
      want_low = lua_toboolean(L, -1);
      low_words = LUA_MAXINTEGER;
    }
    lua_pop(L, 1);
  }
  int want_first = opt_flag(L, 3, "first");
  int want_shape = opt_flag(L, 3, "shape");
  /* opts.spans = false: no start and stop arrays (a caller that never
   * reads them saves two stores per line). */
  int want_spans = 1;
  if (!lua_isnoneornil(L, 3)) {
    if (lua_getfield(L, 3, "spans") != LUA_TNIL) want_spans = lua_toboolean(L, -1);
    lua_pop(L, 1);
  }
  /* opts.again = n (and opts.again_from, 1-based, default 2): where each
   * line's first n bytes occur again (sr_lines_again). */
  lua_Integer again_n = 0, again_from = 2;
  if (!lua_isnoneornil(L, 3)) {
    if (lua_getfield(L, 3, "again") != LUA_TNIL) {
      again_n = luaL_checkinteger(L, -1);
      luaL_argcheck(L, again_n >= 1, 3, "opts.again must be positive");
    }
    if (lua_getfield(L, 3, "again_from") != LUA_TNIL) {
      again_from = luaL_checkinteger(L, -1);
      luaL_argcheck(L, again_from >= 1, 3, "opts.again_from must be positive");
    }
    lua_pop(L, 2);
  }
  if (lua_isnoneornil(L, 2)) {
    lua_settop(L, 1);
    lua_createtable(L, 0, NFIELDS + 1);
  } else {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
  }
  /* Stack: 1 text, 2 result, 3..14 the arrays (the optional ones nil when
   * not asked for), 15 the lower-case scratch buffer. */
  for (int f = 0; f < NFIELDS; f++) {
    if ((f == 8 && !want_low) || (f == 9 && !want_first) || (f == 10 && !again_n) ||
        ((f == 1 || f == 2) && !want_spans) || (f == 11 && !want_shape)) {
      lua_pushnil(L);
      continue;
    }
    if (lua_getfield(L, 2, FIELDS[f]) != LUA_TTABLE) {
      lua_pop(L, 1);
      lua_newtable(L);
      lua_pushvalue(L, -1);
      lua_setfield(L, 2, FIELDS[f]);
    }
  }
  /* One buffer for every line's lower case: a line is never longer than
   * the text.  Kept in the registry for the next page (a userdata, so the
   * collector owns it). */
  char *lowbuf = want_low ? scratch_buffer(L, "saring.lines.lowbuf", len) : NULL;
  if (!want_low) lua_pushnil(L);
  lua_Integer old = 0;
  if (lua_getfield(L, 2, "n") == LUA_TNUMBER) old = lua_tointeger(L, -1);
  lua_pop(L, 1);

  lua_Integer n = 0;
  sr_line_info ln;
  size_t pos = 0;
  for (;;) {
    /* Re-read the text each line: pushing a string may run the collector,
     * which must not leave us with a stale pointer into a document. */
    s = TEXT();
    if (!sr_lines_next(s, len, pos, &ln)) break;
    n++;
    size_t ll = ln.end - ln.start;
    lua_pushlstring(L, s + ln.start, ll);
    lua_rawseti(L, 3, n);
    if (want_spans) {
      lua_pushinteger(L, (lua_Integer)ln.start + 1);
      lua_rawseti(L, 4, n);
      lua_pushinteger(L, (lua_Integer)ln.end);
      lua_rawseti(L, 5, n);
    }
    lua_pushinteger(L, (lua_Integer)ln.words);
    lua_rawseti(L, 6, n);
    lua_pushinteger(L, (lua_Integer)ln.caps);
    lua_rawseti(L, 7, n);
    lua_pushinteger(L, (lua_Integer)ln.digits);
    lua_rawseti(L, 8, n);
    lua_pushinteger(L, (lua_Integer)ln.runs);
    lua_rawseti(L, 9, n);
    lua_pushboolean(L, ln.ends);
    lua_rawseti(L, 10, n);
    if (want_low) {
      if ((lua_Integer)ln.words <= low_words) {
        s = TEXT();
        lua_pushlstring(L, lowbuf, sr_lines_lower(s + ln.start, ll, lowbuf));
      } else {
        lua_pushnil(L);
      }
      lua_rawseti(L, 11, n);
    }
    if (want_first) {
      if (ln.first_end > ln.first) {
        s = TEXT();
        push_lower(L, s + ln.first, ln.first_end - ln.first);
      } else {
        lua_pushboolean(L, 0);
      }
      lua_rawseti(L, 12, n);
    }
    if (again_n) {
      s = TEXT();
      long k = sr_lines_again(s + ln.start, ll, (size_t)again_n, (size_t)again_from - 1);
      if (k >= 0) lua_pushinteger(L, (lua_Integer)k + 1);
      else lua_pushboolean(L, 0);
      lua_rawseti(L, 13, n);
    }
    if (want_shape) {
      s = TEXT();
      lua_pushinteger(L, (lua_Integer)sr_lines_shape_of(s, &ln));
      lua_rawseti(L, 14, n);
    }
    pos = ln.next;
  }
  for (lua_Integer i = n + 1; i <= old; i++) {
    for (int f = 0; f < NFIELDS; f++) {
      if (lua_isnil(L, 3 + f)) continue;
      lua_pushnil(L);
      lua_rawseti(L, 3 + f, i);
    }
  }
  lua_pushinteger(L, n);
  lua_setfield(L, 2, "n");
  lua_pushinteger(L, n);
  lua_pushvalue(L, 2);
  return 2;
#undef TEXT
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
    s = sr_lua_checktext(L, 1, &len);
    push_lower(L, s + w.start, wl);
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

/* lines.key(s) -> the comparison key of s */
static int lines_key(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  char small[256];
  luaL_Buffer b;
  char *out = len <= sizeof small ? small : luaL_buffinitsize(L, &b, len);
  /* Re-read: luaL_buffinitsize may have run the collector. */
  s = sr_lua_checktext(L, 1, &len);
  size_t n = sr_lines_key(s, len, out);
  if (out == small) lua_pushlstring(L, small, n);
  else luaL_pushresultsize(&b, n);
  return 1;
}

/* lines.head(s [, init [, nwords]]) -> the lower-cased head, or nil */
static int lines_head(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  lua_Integer init = luaL_optinteger(L, 2, 1);
  lua_Integer nwords = luaL_optinteger(L, 3, 5);
  luaL_argcheck(L, init >= 1, 2, "initial position must be positive");
  luaL_argcheck(L, nwords >= 1 && nwords <= 1000, 3, "number of words out of range");
  size_t a, b;
  if ((size_t)init - 1 > len || !sr_lines_head(s, len, (size_t)init - 1, (unsigned)nwords, &a, &b)) {
    luaL_pushfail(L);
    return 1;
  }
  push_lower(L, s + a, b - a);
  return 1;
}

/* lines.heads(s [, init [, nwords [, t]]]) -> n, t */
static int lines_heads(lua_State *L) {
  size_t len;
  sr_lua_checktext(L, 1, &len);
  lua_Integer init = luaL_optinteger(L, 2, 1);
  lua_Integer nwords = luaL_optinteger(L, 3, 5);
  luaL_argcheck(L, init >= 1, 2, "initial position must be positive");
  luaL_argcheck(L, nwords >= 1 && nwords <= 1000, 3, "number of words out of range");
  opt_out_table(L, 4);
  lua_Integer old = (lua_Integer)lua_rawlen(L, 4);
  lua_Integer n = 0;
  size_t pos = (size_t)init - 1, a, b;
  int first = 1;
  for (;;) {
    const char *s = sr_lua_checktext(L, 1, &len); /* see lines_split */
    if (pos > len) break;
    if (!first) {
      size_t cap;
      if (!sr_lines_sentence_next(s, len, pos, &cap)) break;
      pos = cap;
    }
    n++;
    if (sr_lines_head(s, len, pos, (unsigned)nwords, &a, &b)) push_lower(L, s + a, b - a);
    else lua_pushboolean(L, 0);
    lua_rawseti(L, 4, n);
    if (!first) pos++;
    first = 0;
  }
  for (lua_Integer i = old; i > n; i--) {
    lua_pushnil(L);
    lua_rawseti(L, 4, i);
  }
  lua_pushinteger(L, n);
  lua_pushvalue(L, 4);
  return 2;
}

/* Buffers of lines.teasers, kept per Lua state (in the registry) so that a
 * stage calling it once per page does not allocate each time.  Freed by
 * the collector (__gc). */
typedef struct teasers_scratch {
  sr_teasers_ws ws;
  sr_teaser_line *ls;  /* the prose and short lines of the page */
  size_t *line_no;     /* their 1-based line numbers */
  size_t *match;       /* sr_teasers' result */
  size_t cap;          /* room of the three arrays */
} teasers_scratch;

/* Registry keys: the scratch itself, and its metatable. */
#define TEASERS_SCRATCH "saring.lines.teasers_scratch"
#define TEASERS_SCRATCH_MT "saring.lines.teasers_scratch_mt"

static int teasers_scratch_gc(lua_State *L) {
  teasers_scratch *sc = luaL_checkudata(L, 1, TEASERS_SCRATCH_MT);
  sr_teasers_ws_free(&sc->ws);
  free(sc->ls);
  free(sc->line_no);
  free(sc->match);
  memset(sc, 0, sizeof *sc);
  return 0;
}

/* The state's scratch with room for cnt lines, pushed on the stack. */
static teasers_scratch *get_teasers_scratch(lua_State *L, size_t cnt) {
  teasers_scratch *sc;
  if (lua_getfield(L, LUA_REGISTRYINDEX, TEASERS_SCRATCH) == LUA_TUSERDATA) {
    sc = lua_touserdata(L, -1);
  } else {
    lua_pop(L, 1);
    sc = lua_newuserdatauv(L, sizeof *sc, 0);
    memset(sc, 0, sizeof *sc);
    if (luaL_newmetatable(L, TEASERS_SCRATCH_MT)) {
      lua_pushcfunction(L, teasers_scratch_gc);
      lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, TEASERS_SCRATCH);
  }
  if (cnt > sc->cap) {
    size_t cap = cnt < 256 ? 256 : cnt + cnt / 2;
    /* Each array is stored as soon as it grows, so a failure leaves the
     * scratch consistent (cap is raised only when all three have room). */
    sr_teaser_line *ls = realloc(sc->ls, cap * sizeof *ls);
    if (ls) sc->ls = ls;
    size_t *no = ls ? realloc(sc->line_no, cap * sizeof *no) : NULL;
    if (no) sc->line_no = no;
    size_t *m = no ? realloc(sc->match, cap * sizeof *m) : NULL;
    if (!m) luaL_error(L, "not enough memory");
    sc->match = m;
    sc->cap = cap;
  }
  return sc;
}

/* lines.teasers(S, KIND, n [, init [, nwords [, t]]]) -> m, t
 *
 * The step of the news clean stage that finds teasers and pull-quotes, on
 * its arrays: S the lines, KIND their kinds ("P" prose: indexed and looked
 * up, "S" short: looked up, anything else: neither), init the 1-based byte
 * where a prose line's heads start when not at 1 (after a dateline).  Fills
 * t[2k - 1], t[2k] (k = 1..m) with the pairs i, j where the head of line i
 * is a sentence head of another line j, the first of the longest such (see
 * core/text/teasers.h). */
static int lines_teasers(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer n = luaL_checkinteger(L, 3);
  luaL_argcheck(L, n >= 0 && (lua_Unsigned)n < ((size_t)-1) / (4 * sizeof(sr_teaser_line)), 3,
                "number of lines out of range");
  int has_init = !lua_isnoneornil(L, 4);
  if (has_init) luaL_checktype(L, 4, LUA_TTABLE);
  lua_Integer nwords = luaL_optinteger(L, 5, 5);
  luaL_argcheck(L, nwords >= 1 && nwords <= 1000, 5, "number of words out of range");
  opt_out_table(L, 6);
  teasers_scratch *sc = get_teasers_scratch(L, (size_t)n);
  /* The records of the prose and short lines point into the strings of S,
   * which S keeps alive and the collector does not move. */
  size_t cnt = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    size_t kl;
    const char *k = lua_rawgeti(L, 2, i) == LUA_TSTRING ? lua_tolstring(L, -1, &kl) : NULL;
    lua_pop(L, 1);
    if (!k || kl != 1 || (k[0] != 'P' && k[0] != 'S')) continue;
    sr_teaser_line *ln = &sc->ls[cnt];
    if (lua_rawgeti(L, 1, i) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'teasers' (line %d is not a string)", (int)i);
    ln->s = lua_tolstring(L, -1, &ln->len);
    lua_pop(L, 1);
    ln->init = 0;
    ln->probe = 1;
    ln->indexed = k[0] == 'P';
    if (ln->indexed && has_init) {
      if (lua_rawgeti(L, 4, i) != LUA_TNIL) {
        int ok;
        lua_Integer at = lua_tointegerx(L, -1, &ok);
        if (!ok || at < 1)
          return luaL_error(L, "bad argument #4 to 'teasers' (init[%d] must be a positive integer)",
                            (int)i);
        ln->init = (size_t)at - 1;
      }
      lua_pop(L, 1);
    }
    sc->line_no[cnt++] = (size_t)i;
  }
  if (sr_teasers(sc->ls, cnt, (unsigned)nwords, sc->match, &sc->ws) < 0)
    return luaL_error(L, "not enough memory");
  lua_Integer old = (lua_Integer)lua_rawlen(L, 6), m = 0;
  for (size_t x = 0; x < cnt; x++) {
    size_t j = sc->match[x];
    if (j == SR_TEASER_NONE || j == x) continue;
    lua_pushinteger(L, (lua_Integer)sc->line_no[x]);
    lua_rawseti(L, 6, ++m);
    lua_pushinteger(L, (lua_Integer)sc->line_no[j]);
    lua_rawseti(L, 6, ++m);
  }
  for (lua_Integer i = old; i > m; i--) {
    lua_pushnil(L);
    lua_rawseti(L, 6, i);
  }
  lua_pushinteger(L, m / 2);
  lua_pushvalue(L, 6);
  return 2;
}

/* The kind of line i in the KIND table at index kt, when it is a
 * one-letter string listed in keep; else 0. */
static int kept_kind(lua_State *L, int kt, lua_Integer i, const char *keep) {
  int c = 0;
  if (lua_rawgeti(L, kt, i) == LUA_TSTRING) {
    size_t kl;
    const char *k = lua_tolstring(L, -1, &kl);
    if (kl == 1 && k[0] != '\0' && strchr(keep, k[0])) c = k[0];
  }
  lua_pop(L, 1);
  return c;
}

/* lines.join(S, KIND, n, keep [, sep]) -> s, m
 *
 * The lines i = 1..n whose KIND[i] is one of the letters of keep, joined
 * with sep (default "\n"), and their number: what table.concat of the kept
 * lines gives, assembled in a buffer kept per Lua state (a page's text
 * would otherwise be copied each time concat's buffer doubles). */
static int lines_join(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer n = luaL_checkinteger(L, 3);
  const char *keep = luaL_checkstring(L, 4);
  size_t seplen;
  const char *sep = luaL_optlstring(L, 5, "\n", &seplen);
  size_t total = 0;
  lua_Integer m = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    if (!kept_kind(L, 2, i, keep)) continue;
    if (lua_rawgeti(L, 1, i) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'join' (line %d is not a string)", (int)i);
    size_t len;
    lua_tolstring(L, -1, &len);
    lua_pop(L, 1);
    if (m > 0) total += seplen;
    total += len;
    m++;
  }
  /* The text is assembled in the state's scratch buffer (kept for the next
   * page), then copied once into the result string. */
  char *out = scratch_buffer(L, "saring.lines.joinbuf", total);
  size_t o = 0;
  lua_Integer k = 0;
  for (lua_Integer i = 1; i <= n && k < m; i++) {
    if (!kept_kind(L, 2, i, keep)) continue;
    /* The strings stay in S while we copy (nothing here changes S). */
    lua_rawgeti(L, 1, i);
    size_t len;
    const char *line = lua_tolstring(L, -1, &len);
    if (k > 0) {
      memcpy(out + o, sep, seplen);
      o += seplen;
    }
    memcpy(out + o, line, len);
    o += len;
    lua_pop(L, 1);
    k++;
  }
  lua_pushlstring(L, out, o);
  lua_pushinteger(L, m);
  return 2;
}

/* lines.repeats(S, KIND, n [, t]) -> m, t
 *
 * The lines that repeat an earlier line of the page word for word, for the
 * news clean stage's duplicate step: among the non-empty lines i = 1..n
 * whose kind is "P" or "S", each one whose text equals an earlier such line
 * j (the first
 * of that text) gives t[3k - 2], t[3k - 1], t[3k] = i, j, adjacent, where
 * adjacent is true when j is the nearest line before i whose kind is "P",
 * "S" or "B" (so other kinds, blank lines, lie between them). */
static int lines_repeats(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer n = luaL_checkinteger(L, 3);
  luaL_argcheck(L, n >= 0 && (lua_Unsigned)n < ((size_t)-1) / (8 * sizeof(sr_teaser_line)), 3,
                "number of lines out of range");
  opt_out_table(L, 4);
  size_t cnt = (size_t)n, slots = 16;
  while (slots < 2 * cnt) slots *= 2;
  /* Records, results and the hash table in the state's scratch buffer (a
   * userdata, so an error below frees nothing by hand).  Records point into
   * the strings of S, which S keeps alive. */
  char *buf = scratch_buffer(L, "saring.lines.repeatsbuf",
                             cnt * (sizeof(sr_teaser_line) + sizeof(size_t)) + slots * sizeof(size_t));
  sr_teaser_line *ls = (sr_teaser_line *)(void *)buf;
  size_t *first = (size_t *)(void *)(ls + cnt);
  size_t *table = first + cnt;
  for (size_t i = 0; i < cnt; i++) {
    sr_teaser_line *ln = &ls[i];
    ln->s = "";
    ln->len = ln->init = 0;
    ln->indexed = ln->probe = 0;
    size_t kl;
    const char *k = lua_rawgeti(L, 2, (lua_Integer)i + 1) == LUA_TSTRING ? lua_tolstring(L, -1, &kl)
                                                                          : NULL;
    lua_pop(L, 1);
    if (!k || kl != 1) continue;
    /* indexed marks the lines that separate two copies (P, S and B) */
    ln->indexed = k[0] == 'P' || k[0] == 'S' || k[0] == 'B';
    if (k[0] != 'P' && k[0] != 'S') continue;
    if (lua_rawgeti(L, 1, (lua_Integer)i + 1) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'repeats' (line %d is not a string)", (int)i + 1);
    ln->s = lua_tolstring(L, -1, &ln->len);
    lua_pop(L, 1);
    ln->probe = ln->len > 0;
  }
  sr_repeats(ls, cnt, first, table, slots);
  lua_Integer old = (lua_Integer)lua_rawlen(L, 4), m = 0;
  size_t last = SR_TEASER_NONE;
  for (size_t i = 0; i < cnt; i++) {
    if (first[i] != SR_TEASER_NONE) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, 4, ++m);
      lua_pushinteger(L, (lua_Integer)first[i] + 1);
      lua_rawseti(L, 4, ++m);
      lua_pushboolean(L, first[i] == last);
      lua_rawseti(L, 4, ++m);
    }
    if (ls[i].indexed) last = i;
  }
  for (lua_Integer i = old; i > m; i--) {
    lua_pushnil(L);
    lua_rawseti(L, 4, i);
  }
  lua_pushinteger(L, m / 3);
  lua_pushvalue(L, 4);
  return 2;
}

/* The __index of a table of lower-cased lines (see lines.lowindex):
 * t[i] for the line i of the table of lines in upvalue 1, made, stored in
 * t and returned; nil when that line is not a string. */
static int low_index(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  int isnum;
  lua_Integer i = lua_tointegerx(L, 2, &isnum);
  if (!isnum || lua_rawgeti(L, lua_upvalueindex(1), i) != LUA_TSTRING) {
    lua_pushnil(L);
    return 1;
  }
  size_t len;
  /* (the line stays on the stack, so s stays valid while we write) */
  const char *s = lua_tolstring(L, -1, &len);
  char small[256];
  luaL_Buffer b;
  char *out = len <= sizeof small ? small : luaL_buffinitsize(L, &b, len);
  size_t n = sr_lines_lower(s, len, out);
  if (out == small) lua_pushlstring(L, small, n);
  else luaL_pushresultsize(&b, n);
  lua_pushvalue(L, -1);
  lua_rawseti(L, 1, i);
  return 1;
}

/* lines.lowindex(S) -> f: an __index function for a table LOW of the lower
 * case of the lines in S, made when first asked for. */
static int lines_lowindex(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_pushcclosure(L, low_index, 1);
  return 1;
}

static const luaL_Reg lines_funcs[] = {
  {"split", lines_split},
  {"capwords", lines_capwords},
  {"head", lines_head},
  {"heads", lines_heads},
  {"key", lines_key},
  {"teasers", lines_teasers},
  {"join", lines_join},
  {"repeats", lines_repeats},
  {"lowindex", lines_lowindex},
  {NULL, NULL},
};

int luaopen_saring_lines(lua_State *L) {
  luaL_newlib(L, lines_funcs);
  /* The bits of split's shape array (SR_SHAPE_*), by name. */
  static const struct {
    const char *name;
    unsigned bit;
  } shape[] = {{"hash", SR_SHAPE_HASH},       {"slash", SR_SHAPE_SLASH},
               {"period", SR_SHAPE_PERIOD},   {"dotdot", SR_SHAPE_DOTDOT},
               {"mark", SR_SHAPE_MARK},       {"lowpair", SR_SHAPE_LOWPAIR},
               {"lower", SR_SHAPE_LOWER},     {"digit", SR_SHAPE_DIGIT}};
  lua_createtable(L, 0, (int)(sizeof shape / sizeof shape[0]));
  for (size_t i = 0; i < sizeof shape / sizeof shape[0]; i++) {
    lua_pushinteger(L, (lua_Integer)shape[i].bit);
    lua_setfield(L, -2, shape[i].name);
  }
  lua_setfield(L, -2, "SHAPE");
  return 1;
}
