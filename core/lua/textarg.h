/* Text arguments for script-facing helpers.
 *
 * A helper that reads text accepts either a Lua string or a document: with a
 * document it reads the document's own buffer, so a large text is not copied
 * into a Lua string just to be scanned (the idea of rspamd's text views).
 */
#ifndef SARING_LUA_TEXTARG_H
#define SARING_LUA_TEXTARG_H

#include <stddef.h>
#include <lua.h>

/* Returns the bytes of argument `arg` (a string or a saring document) and
 * stores their length in *len.  Raises "bad argument #arg to 'fn' (string
 * expected, got X)" for anything else.  The pointer is valid while the value
 * stays on the stack and the document's text is not replaced. */
const char *sr_lua_checktext(lua_State *L, int arg, size_t *len);

/* Like sr_lua_checktext, but returns NULL (and *len = 0) for none or nil. */
const char *sr_lua_opttext(lua_State *L, int arg, size_t *len);

#endif
