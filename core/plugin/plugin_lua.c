/* Plugins seen from scripts: saring.plugin, require "plugin.<name>", plugin
 * stages as Lua functions, and the document accessors of the host table
 * (see plugin_lua.h and internal.h). */
#include "plugin/plugin_lua.h"

#include <jansson.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lua/l_doc.h"
#include "lua/l_json.h"
#include "lua/saring_lua.h"
#include "lua/textarg.h"
#include "plugin/host.h"
#include "plugin/internal.h"

#define STAGE_MT "saring.plugin_stage"
#define STAGE_NAMES "saring.stage_names" /* shared with l_saring.c */

/* ---- document accessors ---------------------------------------------- */

static sr_ldoc *ldoc(sr_pdoc *d) { return lua_touserdata(d->L, d->idx); }

const char *sr_pdoc_id(sr_pdoc *d) { return ldoc(d)->id; }
const char *sr_pdoc_source(sr_pdoc *d) { return ldoc(d)->source; }
const char *sr_pdoc_text(sr_pdoc *d, size_t *len) { return sr_ldoc_text(d->L, d->idx, len); }

int sr_pdoc_set_text(sr_pdoc *d, const char *text, size_t len) {
  char *copy = malloc(len + 1);
  if (!copy) return SR_PLUGIN_ERROR;
  memcpy(copy, text, len);
  copy[len] = '\0';
  sr_ldoc_set_text(d->L, d->idx, copy, len);
  return 0;
}

char *sr_pdoc_meta_get(sr_pdoc *d, const char *key) {
  lua_State *L = d->L;
  int top = lua_gettop(L);
  lua_getfield(L, d->idx, "meta");
  if (!lua_istable(L, -1) || lua_getfield(L, -1, key) == LUA_TNIL) {
    lua_settop(L, top);
    return NULL;
  }
  sr_buf b = SR_BUF_INIT;
  char *out = NULL;
  if (sr_lua_write_json(L, -1, &b) == 0 && sr_buf_putc(&b, '\0') == 0) {
    size_t len;
    out = sr_buf_detach(&b, &len);
  }
  sr_buf_free(&b);
  lua_settop(L, top);
  return out;
}

int sr_pdoc_meta_set(sr_pdoc *d, const char *key, const char *json) {
  lua_State *L = d->L;
  int top = lua_gettop(L);
  json_t *v = NULL;
  if (json) {
    json_error_t e;
    v = json_loads(json, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    if (!v) return SR_PLUGIN_ERROR;
  }
  lua_getfield(L, d->idx, "meta");
  if (!lua_istable(L, -1)) {
    json_decref(v);
    lua_settop(L, top);
    return SR_PLUGIN_ERROR;
  }
  if (v) sr_lua_push_json(L, v);
  else lua_pushnil(L);
  json_decref(v);
  lua_setfield(L, -2, key);
  lua_settop(L, top);
  return 0;
}

int sr_pdoc_tag(sr_pdoc *d, size_t start, size_t end, const char *type, const char *value) {
  sr_ldoc *x = ldoc(d);
  size_t len;
  sr_ldoc_text(d->L, d->idx, &len);
  if (!type || end < start || end > len) return SR_PLUGIN_ERROR;
  /* Tags are stored 1-based and inclusive, as Lua sees them. */
  if (sr_ldoc_add_tag(x, start + 1, end, type, strlen(type), value, value ? strlen(value) : 0))
    return SR_PLUGIN_ERROR;
  return 0;
}

size_t sr_pdoc_tag_count(sr_pdoc *d) { return ldoc(d)->ntags; }

int sr_pdoc_tag_get(sr_pdoc *d, size_t i, size_t *start, size_t *end, const char **type, const char **value) {
  sr_ldoc *x = ldoc(d);
  if (i >= x->ntags) return SR_PLUGIN_ERROR;
  sr_tag *g = &x->tags[i];
  if (start) *start = g->start - 1;
  if (end) *end = g->stop;
  if (type) *type = g->type;
  if (value) {
    if (g->kind == 2) *value = g->str;
    else if (g->kind == 1) {
      snprintf(d->num, sizeof d->num, "%.17g", g->num);
      *value = d->num;
    } else *value = NULL;
  }
  return 0;
}

const char *sr_plugin_lua_checktext(struct lua_State *L, int arg, size_t *len) {
  return sr_lua_checktext(L, arg, len);
}

int sr_plugin_lua_worker(struct lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, SR_REG_WORKER);
  int w = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  return w;
}

/* ---- stages ---------------------------------------------------------- */

/* One worker's handle on a shared stage instance. */
typedef struct lstage {
  sr_stage_inst *inst;
  void *local;
  int inited;
} lstage;

static int lstage_gc(lua_State *L) {
  lstage *s = lua_touserdata(L, 1);
  if (s->inited && s->inst->def->worker_fini) s->inst->def->worker_fini(s->inst->shared, s->local);
  s->inited = 0;
  s->local = NULL;
  return 0;
}

static int stage_run(lua_State *L) {
  sr_ldoc_check(L, 1);
  lua_settop(L, 1);
  lstage *s = lua_touserdata(L, lua_upvalueindex(1));
  const sr_stage_def *def = s->inst->def;
  char err[1024] = "";
  if (!s->inited) {
    /* Per-worker init happens on the first document, so the validating
     * load of the script makes no per-worker state. */
    if (def->worker_init && def->worker_init(s->inst->shared, sr_plugin_lua_worker(L), &s->local, err, sizeof err) < 0)
      return luaL_error(L, "%s: worker init failed: %s", s->inst->label, err);
    s->inited = 1;
  }
  sr_pdoc d = {.L = L, .idx = 1};
  int rc = def->process(s->inst->shared, s->local, &d, err, sizeof err);
  lua_settop(L, 1);
  if (rc == SR_PLUGIN_OK) return 1;
  if (rc == SR_PLUGIN_DROP) {
    lua_pushnil(L);
    lua_pushstring(L, err[0] ? err : "dropped");
    return 2;
  }
  return luaL_error(L, "%s: %s", s->inst->label, err[0] ? err : "error");
}

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

static void push_stage(lua_State *L, sr_stage_inst *inst) {
  lstage *s = lua_newuserdatauv(L, sizeof *s, 0);
  memset(s, 0, sizeof *s);
  s->inst = inst;
  if (luaL_newmetatable(L, STAGE_MT)) {
    lua_pushcfunction(L, lstage_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_pushcclosure(L, stage_run, 1);
  name_stage(L, inst->label);
}

/* ---- saring.plugin --------------------------------------------------- */

static sr_opts *check_opts(lua_State *L, int arg) {
  sr_opts *o = sr_opts_new();
  if (!o) luaL_error(L, "out of memory");
  if (lua_isnoneornil(L, arg)) return o;
  if (!lua_istable(L, arg)) {
    sr_opts_free(o);
    luaL_typeerror(L, arg, "table of options");
  }
  lua_pushnil(L);
  while (lua_next(L, arg)) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      sr_opts_free(o);
      luaL_error(L, "bad argument #%d to 'plugin' (option keys must be strings)", arg);
    }
    int t = lua_type(L, -1);
    if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN) {
      sr_opts_free(o);
      luaL_error(L, "bad argument #%d to 'plugin' (option '%s' must be a string, number or boolean)", arg,
                 lua_tostring(L, -2));
    }
    const char *v = luaL_tolstring(L, -1, NULL);
    sr_opts_set(o, lua_tostring(L, -3), v);
    lua_pop(L, 2);
  }
  return o;
}

static sr_plugin *check_plugin(lua_State *L, const char *name) {
  char *err = NULL;
  sr_plugin *p = sr_plugin_load(name, &err);
  if (!p) {
    lua_pushstring(L, err ? err : "cannot load plugin");
    free(err);
    lua_error(L);
  }
  return p;
}

/* Pushes the plugin's Lua module for this state (made once, cached in the
 * registry), or nil. */
static void push_module(lua_State *L, sr_plugin *p) {
  if (!p->lua_open) {
    lua_pushnil(L);
    return;
  }
  luaL_getsubtable(L, LUA_REGISTRYINDEX, "saring.plugin_modules");
  if (lua_getfield(L, -1, p->info->name) == LUA_TNIL) {
    lua_pop(L, 1);
    lua_pushcfunction(L, (lua_CFunction)p->lua_open);
    lua_pushstring(L, p->info->name);
    lua_call(L, 1, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, p->info->name);
  }
  lua_remove(L, -2);
}

int sr_plugin_lua(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  sr_plugin *p = check_plugin(L, name);
  sr_opts *o = check_opts(L, 2);
  lua_newtable(L);
  int res = lua_gettop(L);
  push_module(L, p);
  if (lua_istable(L, -1)) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, res);
    }
  }
  lua_pop(L, 1);
  lua_pushstring(L, p->info->name);
  lua_setfield(L, res, "name");
  lua_pushstring(L, p->info->version ? p->info->version : "");
  lua_setfield(L, res, "version");
  lua_newtable(L);
  for (size_t i = 0; i < p->nstages; i++) {
    char *err = NULL;
    sr_stage_inst *inst = sr_stage_instance(p, p->stages[i], o, &err);
    if (!inst) {
      sr_opts_free(o);
      lua_pushstring(L, err ? err : "cannot create stage");
      free(err);
      return lua_error(L);
    }
    push_stage(L, inst);
    if (i == 0) {
      lua_pushvalue(L, -1);
      lua_setfield(L, res, "stage");
    }
    lua_setfield(L, -2, p->stages[i]->name);
  }
  lua_setfield(L, res, "stages");
  sr_opts_free(o);
  return 1;
}

/* The package searcher: "plugin.<name>" loads the plugin and returns its
 * module (or the table saring.plugin(name) makes, when it has none). */
static int plugin_loader(lua_State *L) {
  const char *name = lua_tostring(L, lua_upvalueindex(1));
  sr_plugin *p = check_plugin(L, name);
  push_module(L, p);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushcfunction(L, sr_plugin_lua);
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
  }
  return 1;
}

static int plugin_searcher(lua_State *L) {
  const char *mod = luaL_checkstring(L, 1);
  if (strncmp(mod, "plugin.", 7) || !mod[7]) {
    lua_pushstring(L, "not a plugin.<name> module");
    return 1;
  }
  const char *name = mod + 7;
  char *err = NULL;
  if (!sr_plugin_load(name, &err)) {
    lua_pushfstring(L, "%s", err ? err : "cannot load plugin");
    free(err);
    return 1;
  }
  lua_pushstring(L, name);
  lua_pushcclosure(L, plugin_loader, 1);
  lua_pushstring(L, name);
  return 2;
}

void sr_plugin_lua_install(lua_State *L) {
  int top = lua_gettop(L);
  if (lua_getglobal(L, "package") != LUA_TTABLE || lua_getfield(L, -1, "searchers") != LUA_TTABLE) {
    lua_settop(L, top);
    return;
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    int same = lua_tocfunction(L, -1) == plugin_searcher;
    lua_pop(L, 1);
    if (same) {
      lua_pop(L, 2);
      return;
    }
  }
  lua_pushcfunction(L, plugin_searcher);
  lua_rawseti(L, -2, n + 1);
  lua_pop(L, 2);
}
