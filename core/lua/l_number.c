/* saring.number: locale-aware numbers and the quantities written in a text.
 *
 *   local number = require "saring.number"
 *   number.parse("1,3 juta")            --> 1300000
 *   number.parse("12,500", "en")        --> 12500
 *   for _, q in ipairs(number.find_all(doc, {lang = "id"})) do
 *     print(q.text, q.value, q.unit, q.kind)   -- "5.000" 5000 "orang" "count"
 *   end
 *
 * The scanner and the separator rules are in core/text/numbers.c.
 */
#include <lauxlib.h>
#include <lua.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/l_locale.h"
#include "lua/textarg.h"
#include "text/numbers.h"


/* An integer when the value is one (so 5000 prints and exports as 5000). */
static void push_value(lua_State *L, const sr_quantity *q) {
  if (q->exact_integer) lua_pushinteger(L, (lua_Integer)q->value);
  else lua_pushnumber(L, q->value);
}

static void set_span_text(lua_State *L, const char *s, size_t a, size_t b, const char *field) {
  if (b <= a) return;
  lua_pushlstring(L, s + a, b - a);
  lua_setfield(L, -2, field);
}

static void push_quantity(lua_State *L, const char *s, const sr_quantity *q) {
  lua_createtable(L, 0, 12);
  set_span_text(L, s, q->start, q->end, "text");
  push_value(L, q);
  lua_setfield(L, -2, "value");
  lua_pushinteger(L, (lua_Integer)q->start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)q->end);
  lua_setfield(L, -2, "stop");
  set_span_text(L, s, q->num_start, q->num_end, "number");
  set_span_text(L, s, q->scale_start, q->scale_end, "scale");
  if (q->unit_end > q->unit_start) {
    set_span_text(L, s, q->unit_start, q->unit_end, "unit");
    lua_pushinteger(L, (lua_Integer)q->unit_start + 1);
    lua_setfield(L, -2, "unit_start");
    lua_pushinteger(L, (lua_Integer)q->unit_end);
    lua_setfield(L, -2, "unit_stop");
  }
  if (q->currency) {
    lua_pushstring(L, q->currency);
    lua_setfield(L, -2, "currency");
  }
  if (q->percent) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "percent");
  }
  lua_pushstring(L, sr_qty_kind_name(q->kind));
  lua_setfield(L, -2, "kind");
}

/* number.parse(s[, lang]) -> value, info | nil, message */
static int number_parse(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  sr_loc_lang lang = sr_lua_optlang(L, 2);
  sr_quantity q;
  int rc = sr_number_parse(s, len, lang, &q);
  if (rc == SR_ELIMIT) {
    lua_pushnil(L);
    lua_pushliteral(L, "number has more than 15 significant digits");
    return 2;
  }
  if (rc < 0) {
    lua_pushnil(L);
    lua_pushliteral(L, "not a number expression");
    return 2;
  }
  push_value(L, &q);
  push_quantity(L, s, &q);
  return 2;
}

typedef struct find_ctx {
  lua_State *L;
  const char *s;
  lua_Integer n;
} find_ctx;

static int find_cb(const sr_quantity *q, void *arg) {
  find_ctx *c = arg;
  push_quantity(c->L, c->s, q);
  lua_rawseti(c->L, -2, ++c->n);
  return 0;
}

/* number.find_all(s[, {lang =}]) -> array of quantities */
static int number_find_all(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  sr_loc_lang lang = sr_lua_optlang(L, 2);
  lua_newtable(L);
  find_ctx c = {L, s, 0};
  sr_number_find_all(s, len, lang, find_cb, &c);
  return 1;
}

static const luaL_Reg number_funcs[] = {
  {"parse", number_parse},
  {"find_all", number_find_all},
  {NULL, NULL},
};

int luaopen_saring_number(lua_State *L) {
  luaL_newlib(L, number_funcs);
  return 1;
}
