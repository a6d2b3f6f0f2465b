/* saring.date: date expressions in Indonesian, Malay and English to ISO 8601.
 *
 *   local date = require "saring.date"
 *   local ymd, info = date.parse("Rabu, 30 April 2025 | 12:30 WIB")
 *   -- "2025-04-30", {year = 2025, month = 4, day = 30, hour = 12, min = 30,
 *   --   tz = "WIB", iso_time = "2025-04-30T12:30+07:00", start = 1, stop = 31, ...}
 *   for _, d in ipairs(date.find_all(doc, {lang = "id"})) do print(d.date, d.text) end
 *
 * The scanner is in core/text/dates.c.
 */
#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "lua/l_locale.h"
#include "lua/textarg.h"
#include "text/dates.h"


/* Pushes the info table of d found in s. */
static void push_info(lua_State *L, const char *s, const sr_date *d) {
  char ymd[11], iso[32];
  sr_date_format(d, ymd);
  lua_createtable(L, 0, 13);
  lua_pushstring(L, ymd);
  lua_setfield(L, -2, "date");
  lua_pushinteger(L, d->year);
  lua_setfield(L, -2, "year");
  lua_pushinteger(L, d->month);
  lua_setfield(L, -2, "month");
  lua_pushinteger(L, d->day);
  lua_setfield(L, -2, "day");
  if (d->hour >= 0) {
    lua_pushinteger(L, d->hour);
    lua_setfield(L, -2, "hour");
    lua_pushinteger(L, d->min);
    lua_setfield(L, -2, "min");
    if (d->sec >= 0) {
      lua_pushinteger(L, d->sec);
      lua_setfield(L, -2, "sec");
    }
    sr_date_format_time(d, iso, sizeof iso);
    lua_pushstring(L, iso);
    lua_setfield(L, -2, "iso_time");
  }
  if (d->has_tz) {
    lua_pushstring(L, d->tz);
    lua_setfield(L, -2, "tz");
    lua_pushinteger(L, d->tz_offset);
    lua_setfield(L, -2, "tz_offset");
  }
  lua_pushinteger(L, (lua_Integer)d->start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)d->end);
  lua_setfield(L, -2, "stop");
  lua_pushlstring(L, s + d->start, d->end - d->start);
  lua_setfield(L, -2, "text");
}

/* date.parse(s[, {lang =}]) -> "YYYY-MM-DD", info | nil */
static int date_parse(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  sr_loc_lang lang = sr_lua_optlang(L, 2);
  sr_date d;
  if (!sr_date_find(s, len, 0, lang, &d)) {
    lua_pushnil(L);
    return 1;
  }
  char ymd[11];
  sr_date_format(&d, ymd);
  lua_pushstring(L, ymd);
  push_info(L, s, &d);
  return 2;
}

/* date.find_all(s[, {lang =}]) -> array of info tables */
static int date_find_all(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  sr_loc_lang lang = sr_lua_optlang(L, 2);
  lua_newtable(L);
  sr_date d;
  size_t from = 0;
  lua_Integer n = 0;
  while (from < len && sr_date_find(s, len, from, lang, &d)) {
    push_info(L, s, &d);
    lua_rawseti(L, -2, ++n);
    from = d.end > from ? d.end : from + 1;
  }
  return 1;
}

static const luaL_Reg date_funcs[] = {
  {"parse", date_parse},
  {"find_all", date_find_all},
  {NULL, NULL},
};

int luaopen_saring_date(lua_State *L) {
  luaL_newlib(L, date_funcs);
  return 1;
}
