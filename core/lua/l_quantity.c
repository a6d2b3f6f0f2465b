/* saring.quantity: the news pipeline's quantity finder (core/text/quantity.c).
 *
 *   local quantity = require "saring.quantity"
 *   local finder = quantity.new{scale = {juta = 1e6, ...}, glued = {kg = 1, bn = 1e9},
 *                               percent = {persen = true}, currency = {IDR = true}, ...}
 *   for _, q in ipairs(finder:find_all(doc.text, "id")) do
 *     -- q.text, q.value, q.start, q.stop, q.unit (a string or nil)
 *   end
 *
 * quantity.new takes a table of word lists, each a table whose keys are
 * words: `scale` and `glued` map words to their factor (a number; an integer
 * factor multiplies with integer arithmetic, as in Lua); every other list
 * (scale_glued, time_units, prev_excl, count_nouns, percent, function_words,
 * months, currency, currency_dot, bare_currency, size_nouns, multiples, people,
 * age_bounds) holds the words whose value
 * is true, or any value but false (month names may map to their number).  A
 * missing list is empty.  quantity.h says what each list is for.
 *
 * find_all(text [, lang]) returns the quantities in reading order (lang
 * nil or false reads as Indonesian for the separators), each a
 * table {text =, value =, start =, stop =, unit =} with 1-based inclusive
 * byte offsets; value is an integer when integral, else a float.
 *
 * A finder is built once (when a worker loads the stage) and does not change,
 * so one finder serves every document of the worker; its userdata also keeps
 * the memory for the spans, reused from call to call.
 */
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <string.h>

#include "error.h"
#include "lua/l_doc.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "lua/wordlists.h"
#include "text/quantity.h"

#define FINDER_MT "saring.quantity.finder"

typedef struct finder_ud {
  sr_qty *q;       /* owned */
  sr_qty_work *w;  /* owned */
} finder_ud;

static const char *const LISTS[SR_QTY_NLISTS] = {
  [SR_QTY_SCALE] = "scale",
  [SR_QTY_GLUED] = "glued",
  [SR_QTY_SCALE_GLUED] = "scale_glued",
  [SR_QTY_TIME_UNITS] = "time_units",
  [SR_QTY_PREV_EXCL] = "prev_excl",
  [SR_QTY_COUNT_NOUNS] = "count_nouns",
  [SR_QTY_PERCENT] = "percent",
  [SR_QTY_FUNCTION] = "function_words",
  [SR_QTY_MONTHS] = "months",
  [SR_QTY_CURRENCY] = "currency",
  [SR_QTY_CURRENCY_DOT] = "currency_dot",
  [SR_QTY_BARE_CURRENCY] = "bare_currency",
  [SR_QTY_SIZE_NOUNS] = "size_nouns",
  [SR_QTY_MULTIPLES] = "multiples",
  [SR_QTY_PEOPLE] = "people",
  [SR_QTY_AGE_BOUNDS] = "age_bounds",
};

static finder_ud *check_finder(lua_State *L) {
  finder_ud *ud = luaL_checkudata(L, 1, FINDER_MT);
  if (!ud->q) luaL_argerror(L, 1, "finder is closed");
  return ud;
}

static int finder_gc(lua_State *L) {
  finder_ud *ud = luaL_checkudata(L, 1, FINDER_MT);
  sr_qty_free(ud->q);
  sr_qty_work_free(ud->w);
  ud->q = NULL;
  ud->w = NULL;
  return 0;
}

/* Adds one word of a list (sr_lua_read_wordlists); its value is on top:
 * true, or the factor of a scale or a glued unit. */
static void add_word(lua_State *L, void *arg, int list, const char *w, size_t len) {
  finder_ud *ud = arg;
  const char *lname = LISTS[list];
  sr_qty_num f = {0, 0, 0};
  if (list == SR_QTY_SCALE || list == SR_QTY_GLUED) {
    if (lua_type(L, -1) != LUA_TNUMBER)
      luaL_argerror(L, 1, lua_pushfstring(L, "'%s': the factor of '%s' must be a number, "
                                          "got %s", lname, w, luaL_typename(L, -1)));
    if (lua_isinteger(L, -1)) {
      f.is_int = 1;
      f.i = (int64_t)lua_tointeger(L, -1);
    } else {
      f.d = (double)lua_tonumber(L, -1);
    }
  }
  if (len > SR_QTY_WORD_MAX)
    luaL_argerror(L, 1, lua_pushfstring(L, "'%s': word longer than %d bytes", lname, SR_QTY_WORD_MAX));
  if (sr_qty_add(ud->q, (sr_qty_list)list, w, len, &f) < 0) luaL_error(L, "not enough memory");
}

/* quantity.new(lists) -> finder */
static int quantity_new(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  finder_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0); /* index 2 */
  ud->q = NULL;
  ud->w = NULL;
  luaL_setmetatable(L, FINDER_MT);
  ud->q = sr_qty_new();
  ud->w = sr_qty_work_new();
  if (!ud->q || !ud->w) return luaL_error(L, "not enough memory");
  sr_lua_read_wordlists(L, LISTS, SR_QTY_NLISTS, add_word, ud);
  lua_settop(L, 2);
  return 1;
}

/* The language argument at idx: NULL (nil, false or none: Indonesian
 * separators, as in the Lua finder's `lang or "id"`), else the string. */
static const char *opt_lang(lua_State *L, int idx) {
  if (lua_isnoneornil(L, idx) || (lua_isboolean(L, idx) && !lua_toboolean(L, idx))) return NULL;
  size_t llen;
  const char *l = luaL_checklstring(L, idx, &llen);
  /* A language with a NUL inside is neither "id" nor "en", as in Lua's
   * string comparison. */
  return strlen(l) == llen ? l : "";
}

static void push_value(lua_State *L, const sr_qty_span *q) {
  if (q->value.is_int)
    lua_pushinteger(L, (lua_Integer)q->value.i);
  else
    lua_pushnumber(L, (lua_Number)q->value.d);
}

/* finder:find_all(text [, lang]) -> {{text =, value =, start =, stop =, unit =}, ...} */
/* Pushes a new table {text =, value =} for the quantity q of the text s,
 * sized for `fields` members (the callers add the rest). */
static void push_quantity(lua_State *L, const char *s, const sr_qty_span *q, int fields) {
  lua_createtable(L, 0, fields);
  lua_pushlstring(L, s + q->start - 1, q->stop - q->start + 1);
  lua_setfield(L, -2, "text");
  push_value(L, q);
  lua_setfield(L, -2, "value");
}

static int finder_find_all(lua_State *L) {
  finder_ud *ud = check_finder(L);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  const char *lang = opt_lang(L, 3);
  const sr_qty_span *sp;
  /* No Lua call until the spans are read, except pushing strings cut from
   * the text, which does not move it. */
  long n = sr_qty_find_all(ud->q, ud->w, s, len, lang, &sp);
  if (n < 0) return luaL_error(L, "not enough memory");
  lua_createtable(L, n <= INT_MAX ? (int)n : 0, 0);
  for (long i = 0; i < n; i++) {
    const sr_qty_span *q = &sp[i];
    push_quantity(L, s, q, 5);
    lua_pushinteger(L, (lua_Integer)q->start);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)q->stop);
    lua_setfield(L, -2, "stop");
    if (q->unit_start) {
      lua_pushlstring(L, s + q->unit_start - 1, q->unit_stop - q->unit_start + 1);
      lua_setfield(L, -2, "unit");
    }
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

/* finder:tag(doc [, lang]) -> {{text =, value =, unit =}, ...}
 *
 * What the news stage did with find_all's list, in one call: each quantity
 * becomes a tag "quantity" of the document with its value (as
 * doc:tag(start, stop, "quantity", value)), and the list returned holds its
 * text, value and unit ("" when it has none).  The stage ran a Lua loop
 * over a table per quantity to make another; now neither the first table
 * nor the loop is made. */
static int finder_tag(lua_State *L) {
  finder_ud *ud = check_finder(L);
  sr_ldoc *d = sr_ldoc_check(L, 2);
  const char *lang = opt_lang(L, 3);
  size_t len;
  /* The text belongs to the document at argument 2 and stays where it is
   * to the end: nothing here replaces it. */
  const char *s = sr_ldoc_text(L, 2, &len);
  const sr_qty_span *sp;
  long n = sr_qty_find_all(ud->q, ud->w, s, len, lang, &sp);
  if (n < 0) return luaL_error(L, "not enough memory");
  /* The spans stay valid until the finder's next call: the tags first, in
   * C only, then the Lua tables. */
  if (sr_ldoc_reserve_tags(d, (size_t)n) < 0) return luaL_error(L, "not enough memory");
  for (long i = 0; i < n; i++) {
    const sr_qty_span *q = &sp[i];
    if (sr_ldoc_add_tag(d, q->start, q->stop, "quantity", 8, NULL, 0) < 0)
      return luaL_error(L, "not enough memory");
    sr_tag *g = &d->tags[d->ntags - 1];
    g->kind = 1;
    g->num = q->value.is_int ? (double)q->value.i : q->value.d;
  }
  lua_createtable(L, n <= INT_MAX ? (int)n : 0, 0);
  for (long i = 0; i < n; i++) {
    const sr_qty_span *q = &sp[i];
    push_quantity(L, s, q, 3);
    if (q->unit_start)
      lua_pushlstring(L, s + q->unit_start - 1, q->unit_stop - q->unit_start + 1);
    else
      lua_pushliteral(L, "");
    lua_setfield(L, -2, "unit");
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

static int finder_tostring(lua_State *L) {
  finder_ud *ud = luaL_checkudata(L, 1, FINDER_MT);
  lua_pushfstring(L, "saring.quantity finder (%p)", (void *)ud);
  return 1;
}

static const luaL_Reg finder_methods[] = {
  {"find_all", finder_find_all},
  {"tag", finder_tag},
  {NULL, NULL},
};

static const luaL_Reg quantity_funcs[] = {
  {"new", quantity_new},
  {NULL, NULL},
};

int luaopen_saring_quantity(lua_State *L) {
  if (luaL_newmetatable(L, FINDER_MT)) {
    lua_pushcfunction(L, finder_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, finder_tostring);
    lua_setfield(L, -2, "__tostring");
    luaL_newlib(L, finder_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, quantity_funcs);
  return 1;
}
