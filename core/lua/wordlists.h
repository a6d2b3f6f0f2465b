/* Reading word lists from Lua: the shape both saring.ner.new and
 * saring.quantity.new take, {listname = {word = value, ...}, ...}. */
#ifndef SARING_LUA_WORDLISTS_H
#define SARING_LUA_WORDLISTS_H

#include <lua.h>
#include <stddef.h>

/* Takes one word of list number `list`; the word's value is at the top of
 * the stack (true, or what the list maps words to).  Raises on a bad value. */
typedef void (*sr_lua_word_fn)(lua_State *L, void *arg, int list, const char *word, size_t len);

/* Reads the table of word lists at argument 1: each key names one of
 * `names[0..n-1]`, each value is a table keyed by words.  Calls `add` for
 * every word whose value is neither false nor nil.  Raises "bad argument #1"
 * errors naming the list for an unknown list, a list that is not a table, a
 * word that is not a string and an empty word. */
void sr_lua_read_wordlists(lua_State *L, const char *const *names, int n, sr_lua_word_fn add, void *arg);

#endif
