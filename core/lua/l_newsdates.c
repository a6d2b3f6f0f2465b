/* saring.newsdates: the date finder of the news pipeline
 * (scripts/stages/dates.lua) in one C pass per line.
 *
 *   local nd = require "saring.newsdates"
 *   local all = nd.find_all(line, MONTHS, DAYS)   -- as dates.find_all
 *   local iso, d = nd.first(line, MONTHS, DAYS)   -- as dates.first
 *   local iso = nd.first_iso(line, MONTHS, DAYS)  -- the same without d
 *   local any, wd = nd.latest(line, MONTHS, DAYS) -- the latest dates
 *
 * The shapes are scanned by core/text/newsdates.c; the month and weekday
 * names stay data in the script: MONTHS maps a lower-case month word to its
 * number, DAYS a lower-case weekday word to true.
 */
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "lua/modules.h"
#include "text/newsdates.h"

/* Enough for any news line; a line with more matches makes both functions
 * return nothing at all, and the script falls back to its patterns. */
#define ND_MAX 64

static const char *const FORM_NAMES[4] = {"text", "text", "num", "iso"};

/* The value of MONTHS (at index mt) for the lower-cased word w[0..n), as an
 * integer, or 0. */
static int month_of(lua_State *L, int mt, const char *w, size_t n) {
  char buf[64];
  if (n >= sizeof buf) return 0;     /* (no month name is that long) */
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)w[k];
    buf[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  lua_pushlstring(L, buf, n);
  lua_rawget(L, mt);
  int ok;
  lua_Integer m = lua_tointegerx(L, -1, &ok);
  lua_pop(L, 1);
  return ok && m >= 1 && m <= 12 ? (int)m : 0;
}

/* Whether the word before byte pos is a weekday of DAYS (at index dt). */
static int weekday_before(lua_State *L, int dt, const char *s, size_t pos) {
  char buf[16];
  size_t n = sr_nd_word_before(s, pos, buf, sizeof buf);
  if (n == 0) return 0;
  lua_pushlstring(L, buf, n);
  int yes = lua_rawget(L, dt) == LUA_TBOOLEAN && lua_toboolean(L, -1);
  lua_pop(L, 1);
  return yes;
}

/* The dates of s in order, each checked as dates.lua checks it: a valid
 * day, a known month word, no digit (and for numeric dates no "/") right
 * before it.  Fills iso[k] and wd[k] for the kept matches, compacting
 * ms[]; returns their number, or -1 when the scan overflowed. */
static int kept_dates(lua_State *L, const char *s, size_t len, sr_nd_match *ms,
                      char (*iso)[11], int *wd) {
  size_t n = sr_nd_scan(s, len, ms, ND_MAX);
  if (n > ND_MAX) return -1;
  int k = 0;
  for (size_t x = 0; x < n; x++) {
    sr_nd_match m = ms[x];
    char prev = m.start > 0 ? s[m.start - 1] : '\0';
    int month = m.month;
    if (m.form == SR_ND_DMY_TEXT || m.form == SR_ND_MDY_TEXT)
      month = month_of(L, 2, s + m.word, m.word_len);
    if (!month || !sr_nd_valid(m.year, month, m.day, iso[k])) continue;
    if (m.form == SR_ND_DMY_TEXT && prev >= '0' && prev <= '9') continue;
    if (m.form == SR_ND_DMY_NUM && ((prev >= '0' && prev <= '9') || prev == '/')) continue;
    wd[k] = m.form == SR_ND_YMD ? 0 : weekday_before(L, 3, s, m.start);
    ms[k++] = m;
  }
  return k;
}

/* Pushes {iso, start, stop, form, weekday} of one date. */
static void push_date(lua_State *L, const sr_nd_match *m, const char *iso, int wd) {
  lua_createtable(L, 0, 5);
  lua_pushlstring(L, iso, 10);
  lua_setfield(L, -2, "iso");
  lua_pushinteger(L, (lua_Integer)m->start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)m->end);
  lua_setfield(L, -2, "stop");
  lua_pushstring(L, FORM_NAMES[m->form]);
  lua_setfield(L, -2, "form");
  lua_pushboolean(L, wd);
  lua_setfield(L, -2, "weekday");
}

/* The kept dates of one line, as every function below reads them. */
typedef struct {
  sr_nd_match ms[ND_MAX];
  char iso[ND_MAX][11];
  int wd[ND_MAX];
  int k; /* how many; -1 when the scanner overflowed */
} line_dates;

/* Checks (line, months, days) and reads the line's dates into ld. */
static void read_line(lua_State *L, line_dates *ld) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  ld->k = kept_dates(L, s, len, ld->ms, ld->iso, ld->wd);
}

/* newsdates.find_all(line, months, days [, out]) -> array of dates (out,
 * filled from index 1, when given), or nil when the line has more date
 * shapes than the scanner keeps. */
static int nd_find_all(lua_State *L) {
  line_dates ld;
  read_line(L, &ld);
  if (!lua_isnoneornil(L, 4)) luaL_checktype(L, 4, LUA_TTABLE);
  int k = ld.k;
  if (k < 0) return 0;
  if (lua_isnoneornil(L, 4)) lua_createtable(L, k, 0);
  else lua_pushvalue(L, 4);
  for (int x = 0; x < k; x++) {
    push_date(L, &ld.ms[x], ld.iso[x], ld.wd[x]);
    lua_rawseti(L, -2, x + 1);
  }
  return 1;
}

/* newsdates.first(line, months, days) -> iso, date of the first date;
 * false when there is none; nothing when the scanner overflowed. */
static int nd_first(lua_State *L) {
  line_dates ld;
  read_line(L, &ld);
  int k = ld.k;
  if (k < 0) return 0;
  if (k == 0) {
    lua_pushboolean(L, 0);
    return 1;
  }
  lua_pushlstring(L, ld.iso[0], 10);
  push_date(L, &ld.ms[0], ld.iso[0], ld.wd[0]);
  return 2;
}

/* newsdates.first_iso(line, months, days) -> iso of the first date; false
 * when there is none; nothing when the scanner overflowed.  nd.first
 * without its table: most callers only ask whether and which date. */
static int nd_first_iso(lua_State *L) {
  line_dates ld;
  read_line(L, &ld);
  int k = ld.k;
  if (k < 0) return 0;
  if (k == 0) lua_pushboolean(L, 0);
  else lua_pushlstring(L, ld.iso[0], 10);
  return 1;
}

/* newsdates.latest(line, months, days) -> any, weekday: the latest iso of
 * the line's dates and the latest of those with a weekday before them
 * (each false when there is none); nothing when the scanner overflowed.
 * What a loop over find_all keeping the greatest iso strings finds,
 * without a table per date.  (ISO dates of one length order as bytes.) */
static int nd_latest(lua_State *L) {
  line_dates ld;
  read_line(L, &ld);
  int k = ld.k;
  if (k < 0) return 0;
  int any = -1, wdx = -1;
  for (int x = 0; x < k; x++) {
    if (any < 0 || memcmp(ld.iso[x], ld.iso[any], 10) > 0) any = x;
    if (ld.wd[x] && (wdx < 0 || memcmp(ld.iso[x], ld.iso[wdx], 10) > 0)) wdx = x;
  }
  if (any < 0) lua_pushboolean(L, 0);
  else lua_pushlstring(L, ld.iso[any], 10);
  if (wdx < 0) lua_pushboolean(L, 0);
  else lua_pushlstring(L, ld.iso[wdx], 10);
  return 2;
}

static const luaL_Reg newsdates_funcs[] = {
  {"find_all", nd_find_all},
  {"first", nd_first},
  {"first_iso", nd_first_iso},
  {"latest", nd_latest},
  {NULL, NULL},
};

int luaopen_saring_newsdates(lua_State *L) {
  luaL_newlib(L, newsdates_funcs);
  return 1;
}
