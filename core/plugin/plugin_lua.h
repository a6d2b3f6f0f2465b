/* The script side of plugins: saring.plugin(name [, options]) and
 * require "plugin.<name>". */
#ifndef SARING_PLUGIN_LUA_H
#define SARING_PLUGIN_LUA_H

#include <lua.h>

/* saring.plugin(name [, options]): loads the plugin and returns a table with
 * its Lua module's functions, `stage` (its first stage, made with the
 * options), `stages` (every stage by name), `name` and `version`. */
int sr_plugin_lua(lua_State *L);

/* Adds the package searcher for "plugin.<name>" to L. */
void sr_plugin_lua_install(lua_State *L);

#endif
