/* saring: the core module every pipeline script requires.
 *
 * It builds the pipeline a script returns, offers the built-in C stages,
 * makes new documents for stages that split, and logs through the core's
 * logger.  The host sets the worker's index, the number of workers and the
 * run's options in the registry before the script is loaded.
 */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "lua/modules.h"
#include "log.h"
#include "lua/l_doc.h"
#include "lua/saring_lua.h"
#include "plugin/plugin_lua.h"
#include "text/normalize.h"

#define STAGE_NAMES "saring.stage_names"

/* Remembers a display name for a built-in stage function at the top. */
static void name_stage(lua_State *L, const char *name) {
  if (luaL_getsubtable(L, LUA_REGISTRYINDEX, STAGE_NAMES) == 0) {
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
  }
  lua_pushvalue(L, -2);
  lua_pushstring(L, name);
  lua_rawset(L, -3);
  lua_pop(L, 1);
}

/* ---- built-in stages ------------------------------------------------- */

static int stage_normalize_run(lua_State *L) {
  sr_ldoc_check(L, 1);
  sr_norm_form form = (sr_norm_form)lua_tointeger(L, lua_upvalueindex(1));
  size_t len;
  const char *s = sr_ldoc_text(L, 1, &len);
  char *out;
  size_t outlen;
  int rc = sr_normalize(s, len, form, &out, &outlen);
  if (rc < 0) return luaL_error(L, "normalize: %s", sr_strerror(rc));
  if (out) sr_ldoc_set_text(L, 1, out, outlen);
  lua_settop(L, 1);
  return 1;
}

static int stage_normalize(lua_State *L) {
  const char *name = luaL_optstring(L, 1, "NFC");
  int form = sr_norm_form_parse(name);
  luaL_argcheck(L, form >= 0, 1, "expected \"NFC\", \"NFD\", \"NFKC\" or \"NFKD\"");
  lua_pushinteger(L, form);
  lua_pushcclosure(L, stage_normalize_run, 1);
  char label[32];
  snprintf(label, sizeof label, "normalize(%s)", name);
  for (char *p = label + 10; *p && *p != ')'; p++)
    if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
  name_stage(L, label);
  return 1;
}

static int stage_named(lua_State *L) {
  luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  if (!lua_isnoneornil(L, 3)) luaL_checktype(L, 3, LUA_TTABLE);
  lua_createtable(L, 0, 3);
  lua_pushvalue(L, 1);
  lua_setfield(L, -2, "name");
  lua_pushvalue(L, 2);
  lua_setfield(L, -2, "fn");
  if (lua_istable(L, 3)) {
    lua_pushvalue(L, 3);
    lua_setfield(L, -2, "limits");
  }
  return 1;
}

static const luaL_Reg stage_funcs[] = {
  {"normalize", stage_normalize},
  {"named", stage_named},
  {NULL, NULL},
};

/* ---- pipeline -------------------------------------------------------- */

/* Pushes the display name of the stage function at idx. */
static void push_stage_name(lua_State *L, int idx, lua_Integer i) {
  idx = lua_absindex(L, idx);
  if (lua_getfield(L, LUA_REGISTRYINDEX, STAGE_NAMES) == LUA_TTABLE) {
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TSTRING) {
      lua_remove(L, -2);
      return;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  lua_Debug ar;
  lua_pushvalue(L, idx);
  lua_getinfo(L, ">S", &ar);
  if (ar.linedefined > 0)
    lua_pushfstring(L, "%s:%d", ar.short_src, ar.linedefined);
  else
    lua_pushfstring(L, "stage %d", (int)i);
}

static int saring_pipeline(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_newtable(L); /* 2: pipeline */
  lua_newtable(L); /* 3: stages */
  lua_newtable(L); /* 4: names */
  lua_newtable(L); /* 5: limits per stage */
  lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
  luaL_argcheck(L, n > 0, 1, "a pipeline needs at least one stage");
  for (lua_Integer i = 1; i <= n; i++) {
    int t = lua_rawgeti(L, 1, i);
    if (t == LUA_TFUNCTION) {
      push_stage_name(L, -1, i);
    } else if (t == LUA_TTABLE) {
      int item = lua_gettop(L);
      if (lua_getfield(L, item, "fn") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        lua_rawgeti(L, item, 1);
      }
      if (lua_type(L, -1) != LUA_TFUNCTION)
        return luaL_error(L, "bad argument #1 to 'pipeline' (stage #%d has no function)", (int)i);
      if (lua_getfield(L, item, "name") != LUA_TSTRING) {
        lua_pop(L, 1);
        push_stage_name(L, -1, i);
      }
      if (lua_getfield(L, item, "limits") == LUA_TTABLE) lua_rawseti(L, 5, i);
      else if (!lua_isnil(L, -1))
        return luaL_error(L, "bad argument #1 to 'pipeline' (stage #%d: 'limits' must be a table)", (int)i);
      else lua_pop(L, 1);
      lua_remove(L, item);
    } else {
      return luaL_error(L, "bad argument #1 to 'pipeline' (stage #%d is a %s, expected a function)",
                        (int)i, luaL_typename(L, -1));
    }
    lua_rawseti(L, 4, i);
    lua_rawseti(L, 3, i);
  }
  lua_setfield(L, 2, "stage_limits");
  lua_setfield(L, 2, "names");
  lua_setfield(L, 2, "stages");
  static const char *const opts[] = {"fields", "prepass", "name", "finish", "limits", "csv", NULL};
  static const int types[] = {LUA_TTABLE, LUA_TFUNCTION, LUA_TSTRING, LUA_TFUNCTION, LUA_TTABLE, LUA_TTABLE};
  for (int k = 0; opts[k]; k++) {
    int t = lua_getfield(L, 1, opts[k]);
    if (t != LUA_TNIL && t != types[k])
      return luaL_error(L, "bad argument #1 to 'pipeline' (field '%s' must be a %s)", opts[k],
                        lua_typename(L, types[k]));
    lua_setfield(L, 2, opts[k]);
  }
  luaL_setmetatable(L, SR_PIPELINE_MT);
  return 1;
}

/* ---- documents and logging ------------------------------------------- */

static int saring_doc(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_getfield(L, 1, "text");
  size_t len = 0;
  /* Not luaL_checklstring: on a field it would blame "argument #-1". */
  if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
    return luaL_error(L, "bad argument #1 to 'doc' (field 'text' must be a string, not a %s)",
                      luaL_typename(L, -1));
  const char *s = lua_isnil(L, -1) ? "" : lua_tolstring(L, -1, &len);
  char *text = malloc(len + 1);
  if (!text) return luaL_error(L, "out of memory");
  memcpy(text, s, len);
  text[len] = '\0';
  char *id = NULL;
  if (lua_getfield(L, 1, "id") == LUA_TSTRING) id = strdup(lua_tostring(L, -1));
  lua_pop(L, 2);
  sr_ldoc_push(L, id, NULL, 0, text, len, NULL);
  if (lua_getfield(L, 1, "meta") == LUA_TTABLE) {
    lua_setfield(L, -2, "meta");
  } else {
    lua_pop(L, 1);
  }
  return 1;
}

static int log_at(lua_State *L, sr_log_level level) {
  if (!sr_log_enabled(level)) return 0;
  int n = lua_gettop(L);
  lua_getglobal(L, "string");
  lua_getfield(L, -1, "format");
  lua_remove(L, -2);
  lua_insert(L, 1);
  lua_call(L, n, 1);
  lua_Debug ar;
  char where[128] = "";
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
    snprintf(where, sizeof where, "%s:%d", ar.short_src, ar.currentline);
  lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_WORKER);
  char worker[24];
  snprintf(worker, sizeof worker, "%d", (int)lua_tointeger(L, -1));
  lua_pop(L, 1);
  sr_log_kv(level, lua_tostring(L, -1), "script", where, "worker", worker, (const char *)NULL);
  return 0;
}
static int log_debug(lua_State *L) { return log_at(L, SR_LOG_DEBUG); }
static int log_info(lua_State *L) { return log_at(L, SR_LOG_INFO); }
static int log_warn(lua_State *L) { return log_at(L, SR_LOG_WARN); }
static int log_error(lua_State *L) { return log_at(L, SR_LOG_ERROR); }

static const luaL_Reg log_funcs[] = {
  {"debug", log_debug},
  {"info", log_info},
  {"warn", log_warn},
  {"error", log_error},
  {NULL, NULL},
};

static const luaL_Reg saring_funcs[] = {
  {"pipeline", saring_pipeline},
  {"doc", saring_doc},
  {"plugin", sr_plugin_lua},
  {"stage", NULL},
  {"log", NULL},
  {"worker", NULL},
  {"workers", NULL},
  {"options", NULL},
  {"version", NULL},
  {NULL, NULL},
};

int luaopen_saring(lua_State *L) {
  sr_ldoc_open(L);
  sr_plugin_lua_install(L);
  luaL_newmetatable(L, SR_PIPELINE_MT);
  lua_pop(L, 1);
  luaL_newlib(L, saring_funcs);
  luaL_newlib(L, stage_funcs);
  lua_setfield(L, -2, "stage");
  luaL_newlib(L, log_funcs);
  lua_setfield(L, -2, "log");
  lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_WORKER);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushinteger(L, 1);
  }
  lua_setfield(L, -2, "worker");
  lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_WORKERS);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushinteger(L, 1);
  }
  lua_setfield(L, -2, "workers");
  if (lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_OPTIONS) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
  }
  lua_setfield(L, -2, "options");
  lua_pushstring(L, SARING_VERSION);
  lua_setfield(L, -2, "version");
  return 1;
}
