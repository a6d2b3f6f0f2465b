/* The script-facing Lua modules built into saring.
 *
 * Every module is one file in core/lua/ that ends in one `static const
 * luaL_Reg` and one `luaopen_<name>`.  A worker's lua_State gets them all in
 * package.preload, so `require "saring.text"` costs nothing until it is used.
 */
#ifndef SARING_LUA_MODULES_H
#define SARING_LUA_MODULES_H

#include <lua.h>

typedef struct sr_lua_module {
  const char *name;
  lua_CFunction open;
} sr_lua_module;

/* Terminated by an entry whose name is NULL. */
extern const sr_lua_module sr_lua_modules[];

/* Put every module into package.preload of L. */
void sr_lua_preload(lua_State *L);

int luaopen_saring(lua_State *L);
int luaopen_saring_json(lua_State *L);
int luaopen_saring_text(lua_State *L);
/* Helpers' modules add their openers here and in modules.c. */
int luaopen_saring_re(lua_State *L);
int luaopen_saring_patterns(lua_State *L);
int luaopen_saring_hash(lua_State *L);
int luaopen_saring_lang(lua_State *L);
int luaopen_saring_date(lua_State *L);
int luaopen_saring_number(lua_State *L);
int luaopen_saring_lines(lua_State *L);
int luaopen_saring_newsdates(lua_State *L);
int luaopen_saring_ner(lua_State *L);
int luaopen_saring_quantity(lua_State *L);

#endif
