/* saring.hash: hashes, near-duplicate sketches, and sets and counters shared
 * by all workers.
 *
 *   local hash = require "saring.hash"
 *   local seen = hash.set("exact")             -- the same set in every worker
 *   if not seen:add(hash.xxh128(doc)) then return nil, "duplicate" end
 *   local sig = hash.minhash(doc, {shingle = 5, k = 64})
 *
 * Shared objects live in C (core/text/shared.c) for the life of the process;
 * a handle is a userdata holding a pointer to them, so a handle made in one
 * worker and the handle of the same name made in another reach one object.
 */
#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdint.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/hash.h"
#include "text/shared.h"

#define SET_MT "saring.sharedset"
#define COUNTER_MT "saring.sharedcounter"
#define MAX_K 4096

/* hash.xxh64(s[, seed]) -> integer (XXH3_64bits) */
static int hash_xxh64(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  uint64_t seed = (uint64_t)luaL_optinteger(L, 2, 0);
  lua_pushinteger(L, (lua_Integer)sr_hash64(s, len, seed));
  return 1;
}

/* hash.xxh128(s) -> 32 hex digits (XXH3_128bits) */
static int hash_xxh128(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  char hex[33];
  sr_hash128_hex(s, len, hex);
  lua_pushlstring(L, hex, 32);
  return 1;
}

static unsigned opt_field(lua_State *L, int arg, const char *field, lua_Integer def,
                          lua_Integer max) {
  if (lua_isnoneornil(L, arg)) return (unsigned)def;
  luaL_checktype(L, arg, LUA_TTABLE);
  lua_getfield(L, arg, field);
  int isnum;
  lua_Integer v = lua_tointegerx(L, -1, &isnum);
  if (lua_isnil(L, -1)) v = def;
  else if (!isnum) luaL_argerror(L, arg, lua_pushfstring(L, "'%s' must be an integer", field));
  lua_pop(L, 1);
  if (v < 1 || v > max)
    luaL_argerror(L, arg, lua_pushfstring(L, "'%s' must be in 1..%d", field, (int)max));
  return (unsigned)v;
}

/* hash.simhash(s[, {shingle = 3}]) -> integer */
static int hash_simhash(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  unsigned shingle = opt_field(L, 2, "shingle", 3, SR_SHINGLE_MAX);
  uint64_t h;
  if (sr_simhash(s, len, shingle, &h) < 0) return luaL_error(L, "not enough memory");
  lua_pushinteger(L, (lua_Integer)h);
  return 1;
}

/* hash.minhash(s[, {shingle = 5, k = 64, seed = 0}]) -> {k integers} */
static int hash_minhash(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  unsigned shingle = opt_field(L, 2, "shingle", 5, SR_SHINGLE_MAX);
  unsigned k = opt_field(L, 2, "k", 64, MAX_K);
  uint64_t seed = 0;
  if (lua_istable(L, 2)) {
    lua_getfield(L, 2, "seed");
    seed = (uint64_t)luaL_optinteger(L, -1, 0);
    lua_pop(L, 1);
  }
  uint64_t *sig = lua_newuserdatauv(L, k * sizeof *sig, 0); /* freed by the GC */
  long n = sr_minhash(s, len, shingle, k, seed, sig);
  if (n < 0) return luaL_error(L, "not enough memory");
  lua_createtable(L, (int)k, 0);
  for (unsigned i = 0; i < k; i++) {
    lua_pushinteger(L, (lua_Integer)sig[i]);
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

/* hash.jaccard(sig1, sig2) -> fraction of equal entries */
static int hash_jaccard(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer n = luaL_len(L, 1);
  if (n != luaL_len(L, 2)) return luaL_argerror(L, 2, "signatures differ in length");
  if (n == 0) return luaL_argerror(L, 1, "empty signature");
  lua_Integer eq = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 1, i);
    lua_rawgeti(L, 2, i);
    eq += lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
  }
  lua_pushnumber(L, (lua_Number)eq / (lua_Number)n);
  return 1;
}

/* hash.hamming(a, b) -> number of differing bits of two integers */
static int hash_hamming(lua_State *L) {
  uint64_t a = (uint64_t)luaL_checkinteger(L, 1);
  uint64_t b = (uint64_t)luaL_checkinteger(L, 2);
  lua_pushinteger(L, sr_hamming64(a, b));
  return 1;
}

/* A key argument: a string (or document) or an integer. */
static uint64_t check_key(lua_State *L, int arg) {
  int t = lua_type(L, arg);
  if (t == LUA_TNUMBER) {
    int isint;
    lua_Integer v = lua_tointegerx(L, arg, &isint);
    if (!isint) luaL_argerror(L, arg, "number has no integer representation");
    return sr_shared_key_int(v);
  }
  if (t == LUA_TSTRING || t == LUA_TUSERDATA) {
    size_t len;
    const char *s = sr_lua_checktext(L, arg, &len);
    return sr_shared_key_str(s, len);
  }
  luaL_typeerror(L, arg, "string or integer");
  return 0;
}

/* ---- shared sets ---- */

static sr_shared_set *check_set(lua_State *L) {
  return *(sr_shared_set **)luaL_checkudata(L, 1, SET_MT);
}

static int set_add(lua_State *L) {
  sr_shared_set *set = check_set(L);
  int r = sr_shared_set_add(set, check_key(L, 2));
  if (r < 0) return luaL_error(L, "not enough memory");
  lua_pushboolean(L, r);
  return 1;
}

static int set_has(lua_State *L) {
  sr_shared_set *set = check_set(L);
  lua_pushboolean(L, sr_shared_set_has(set, check_key(L, 2)));
  return 1;
}

static int set_size(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)sr_shared_set_size(check_set(L)));
  return 1;
}

static int set_tostring(lua_State *L) {
  sr_shared_set *set = check_set(L);
  lua_pushfstring(L, "shared set '%s' (%d keys)", sr_shared_set_name(set),
                  (int)sr_shared_set_size(set));
  return 1;
}

/* hash.set(name) */
static int hash_set(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  sr_shared_set **ud = lua_newuserdatauv(L, sizeof *ud, 0);
  *ud = sr_shared_set_get(name);
  if (!*ud) return luaL_error(L, "not enough memory");
  luaL_setmetatable(L, SET_MT);
  return 1;
}

/* ---- shared counters ---- */

static sr_shared_counter *check_counter(lua_State *L) {
  return *(sr_shared_counter **)luaL_checkudata(L, 1, COUNTER_MT);
}

static int counter_incr(lua_State *L) {
  sr_shared_counter *c = check_counter(L);
  uint64_t key = check_key(L, 2);
  int64_t n = (int64_t)luaL_optinteger(L, 3, 1);
  int64_t v;
  if (sr_shared_counter_incr(c, key, n, &v) < 0) return luaL_error(L, "not enough memory");
  lua_pushinteger(L, (lua_Integer)v);
  return 1;
}

static int counter_get(lua_State *L) {
  sr_shared_counter *c = check_counter(L);
  lua_pushinteger(L, (lua_Integer)sr_shared_counter_value(c, check_key(L, 2)));
  return 1;
}

static int counter_size(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)sr_shared_counter_size(check_counter(L)));
  return 1;
}

static int counter_tostring(lua_State *L) {
  sr_shared_counter *c = check_counter(L);
  lua_pushfstring(L, "shared counter '%s' (%d keys)", sr_shared_counter_name(c),
                  (int)sr_shared_counter_size(c));
  return 1;
}

/* hash.counter(name) */
static int hash_counter(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  sr_shared_counter **ud = lua_newuserdatauv(L, sizeof *ud, 0);
  *ud = sr_shared_counter_get(name);
  if (!*ud) return luaL_error(L, "not enough memory");
  luaL_setmetatable(L, COUNTER_MT);
  return 1;
}

/* Handles of one name are equal even when made in different calls. */
static int shared_eq(lua_State *L) {
  void **a = lua_touserdata(L, 1), **b = lua_touserdata(L, 2);
  lua_pushboolean(L, a && b && *a == *b);
  return 1;
}

static const luaL_Reg set_methods[] = {
  {"add", set_add}, {"has", set_has}, {"size", set_size}, {NULL, NULL},
};

static const luaL_Reg counter_methods[] = {
  {"incr", counter_incr}, {"get", counter_get}, {"size", counter_size}, {NULL, NULL},
};

static const luaL_Reg hash_funcs[] = {
  {"xxh64", hash_xxh64},     {"xxh128", hash_xxh128},   {"simhash", hash_simhash},
  {"minhash", hash_minhash}, {"jaccard", hash_jaccard}, {"hamming", hash_hamming},
  {"set", hash_set},         {"counter", hash_counter}, {NULL, NULL},
};

static void new_meta(lua_State *L, const char *name, const luaL_Reg *methods,
                     lua_CFunction tostring, lua_CFunction len) {
  if (luaL_newmetatable(L, name)) {
    lua_newtable(L);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, shared_eq);
    lua_setfield(L, -2, "__eq");
  }
  lua_pop(L, 1);
}

int luaopen_saring_hash(lua_State *L) {
  new_meta(L, SET_MT, set_methods, set_tostring, set_size);
  new_meta(L, COUNTER_MT, counter_methods, counter_tostring, counter_size);
  luaL_newlib(L, hash_funcs);
  return 1;
}
