/* The locale argument shared by saring.date and saring.number. */
#ifndef SARING_LUA_LOCALE_H
#define SARING_LUA_LOCALE_H

#include <lua.h>

#include "text/locale.h"

/* The locale from argument `arg`: nil (guess), a code string ("id", "ms",
 * "en"), or a table {lang = code}.  Raises in the Lua style otherwise. */
sr_loc_lang sr_lua_optlang(lua_State *L, int arg);

#endif
