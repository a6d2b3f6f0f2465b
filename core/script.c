/* Loading a pipeline script (see script.h). */
#include "script.h"

#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "stage_limits.h"
#include "lua/modules.h"
#include "lua/saring_lua.h"

/* Puts the script's folder, then the installed stage library, first on
 * package.path, so `require "stages.clean"` finds scripts/stages/clean.lua. */
static void set_paths(lua_State *L, const char *script) {
  const char *slash = strrchr(script, '/');
  size_t dlen = slash ? (size_t)(slash - script) : 1;
  const char *dir = slash ? script : ".";
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "path");
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addlstring(&b, dir, dlen);
  luaL_addstring(&b, "/?.lua;");
  luaL_addlstring(&b, dir, dlen);
  luaL_addstring(&b, "/?/init.lua;");
  luaL_addstring(&b, SARING_DATADIR "/scripts/?.lua;");
  lua_pushvalue(L, -2);
  luaL_addvalue(&b);
  luaL_pushresult(&b);
  lua_setfield(L, -3, "path");
  lua_pop(L, 2);
}

static void set_options(lua_State *L, const sr_script_env *env) {
  lua_newtable(L);
  if (env->explain) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "explain");
  }
  for (const char *const *o = env->options; o && *o; o++) {
    const char *eq = strchr(*o, '=');
    if (!eq) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, *o);
      continue;
    }
    lua_pushlstring(L, *o, (size_t)(eq - *o));
    const char *v = eq + 1;
    if (!strcmp(v, "true")) lua_pushboolean(L, 1);
    else if (!strcmp(v, "false")) lua_pushboolean(L, 0);
    else {
      lua_pushstring(L, v);
      if (lua_stringtonumber(L, v)) lua_remove(L, -2);
    }
    lua_settable(L, -3);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, SR_REG_OPTIONS);
}

/* Without --trusted, scripts get no way to run programs. */
static void sandbox(lua_State *L) {
  lua_getglobal(L, "os");
  lua_pushnil(L);
  lua_setfield(L, -2, "execute");
  lua_pushnil(L);
  lua_setfield(L, -2, "exit");
  lua_pop(L, 1);
  lua_getglobal(L, "io");
  lua_pushnil(L);
  lua_setfield(L, -2, "popen");
  lua_pop(L, 1);
}

static int is_pipeline(lua_State *L, int idx) {
  if (!lua_istable(L, idx) || !lua_getmetatable(L, idx)) return 0;
  luaL_getmetatable(L, SR_PIPELINE_MT);
  int ok = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return ok;
}

static char *dupmsg(const char *s) { return strdup(s ? s : "unknown error"); }

lua_State *sr_script_load(const sr_script_env *env, char **err) {
  *err = NULL;
  lua_State *L = sr_limits_newstate(env->state_memory);
  if (!L) {
    *err = dupmsg("out of memory");
    return NULL;
  }
  luaL_openlibs(L);
  if (!env->trusted) sandbox(L);
  lua_pushinteger(L, env->worker > 0 ? env->worker : 1);
  lua_setfield(L, LUA_REGISTRYINDEX, SR_REG_WORKER);
  lua_pushinteger(L, env->workers > 0 ? env->workers : 1);
  lua_setfield(L, LUA_REGISTRYINDEX, SR_REG_WORKERS);
  set_options(L, env);
  sr_lua_preload(L);
  set_paths(L, env->path);
  /* The document view and the JSON markers must exist before any document
   * is pushed, whether or not the script requires these modules. */
  luaL_requiref(L, "saring", luaopen_saring, 0);
  luaL_requiref(L, "saring.json", luaopen_saring_json, 0);
  lua_pop(L, 2);

  lua_getglobal(L, "debug");
  lua_getfield(L, -1, "traceback");
  lua_remove(L, -2);
  int msgh = lua_gettop(L);
  int lrc;
  if (env->source) {
    /* "@path" keeps messages and tracebacks naming the file. */
    char chunk[4200];
    snprintf(chunk, sizeof chunk, "@%s", env->path);
    lrc = luaL_loadbufferx(L, env->source, env->source_len, chunk, "t");
  } else {
    lrc = luaL_loadfile(L, env->path);
  }
  if (lrc != LUA_OK) {
    *err = dupmsg(lua_tostring(L, -1));
    sr_limits_close(L);
    return NULL;
  }
  if (lua_pcall(L, 0, 1, msgh) != LUA_OK) {
    *err = dupmsg(lua_tostring(L, -1));
    sr_limits_close(L);
    return NULL;
  }
  if (!is_pipeline(L, -1)) {
    char msg[512];
    snprintf(msg, sizeof msg,
             "%s: the script must return a pipeline (return saring.pipeline { ... }), not a %s",
             env->path, luaL_typename(L, msgh + 1));
    *err = dupmsg(msg);
    sr_limits_close(L);
    return NULL;
  }
  lua_settop(L, msgh + 1);
  lua_setfield(L, LUA_REGISTRYINDEX, SR_REG_PIPELINE);
  lua_settop(L, 0);
  return L;
}

void sr_script_push_pipeline(lua_State *L) { lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_PIPELINE); }

void sr_script_close(lua_State *L) { sr_limits_close(L); }

char *sr_script_read(const char *path, size_t *len, char **err) {
  *err = NULL;
  FILE *f = fopen(path, "rb");
  char msg[4400];
  if (!f) {
    snprintf(msg, sizeof msg, "cannot open %s: %s", path, strerror(errno));
    *err = strdup(msg);
    return NULL;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  int bad = ferror(f);
  fclose(f);
  if (!buf || bad) {
    free(buf);
    snprintf(msg, sizeof msg, "cannot read %s", path);
    *err = strdup(msg);
    return NULL;
  }
  *len = n;
  return buf;
}
