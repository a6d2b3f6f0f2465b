/* saring.text: Unicode and text helpers for scripts.
 *
 * Every function takes its text through sr_lua_checktext, so a document can
 * be passed instead of a string and is then read without a copy.
 */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/normalize.h"
#include "text/utf8.h"

/* Pushes the result of a normalize-like call: the new buffer, or the input
 * itself when nothing changed. */
static int push_mapped(lua_State *L, int arg, const char *s, size_t len, int rc, char *out,
                       size_t outlen) {
  if (rc < 0) {
    luaL_pushfail(L);
    lua_pushstring(L, sr_strerror(rc));
    return 2;
  }
  if (out) {
    lua_pushlstring(L, out, outlen);
    free(out);
  } else if (lua_type(L, arg) == LUA_TSTRING) {
    lua_pushvalue(L, arg);
  } else {
    lua_pushlstring(L, s, len);
  }
  return 1;
}

static int text_normalize(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  const char *name = luaL_optstring(L, 2, "NFC");
  int form = sr_norm_form_parse(name);
  luaL_argcheck(L, form >= 0, 2, "expected \"NFC\", \"NFD\", \"NFKC\" or \"NFKD\"");
  char *out;
  size_t outlen;
  int rc = sr_normalize(s, len, (sr_norm_form)form, &out, &outlen);
  return push_mapped(L, 1, s, len, rc, out, outlen);
}

static int text_casefold(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  char *out;
  size_t outlen;
  int rc = sr_casefold(s, len, &out, &outlen);
  return push_mapped(L, 1, s, len, rc, out, outlen);
}

/* Letters, marks and digits make words; a hyphen, apostrophe, period or
 * comma between two of them joins ("Jong-un", "5.000", "1,3"). */
static int is_word_cp(int cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static int next_cp(const unsigned char *s, size_t len, size_t i, int *cp) {
  if (s[i] < 0x80) {
    *cp = s[i];
    return 1;
  }
  size_t n = sr_utf8_decode(s + i, len - i, cp);
  if (!n) {
    *cp = 0xFFFD;
    return 1;
  }
  return (int)n;
}

static int text_count_words(lua_State *L) {
  size_t len;
  const unsigned char *s = (const unsigned char *)sr_lua_checktext(L, 1, &len);
  lua_Integer count = 0;
  int in_word = 0;
  size_t i = 0;
  while (i < len) {
    int cp;
    int n = next_cp(s, len, i, &cp);
    if (is_word_cp(cp)) {
      if (!in_word) count++;
      in_word = 1;
    } else if (in_word && (cp == '-' || cp == '\'' || cp == '.' || cp == ',' || cp == 0x2019) &&
               i + (size_t)n < len) {
      int cp2;
      next_cp(s, len, i + (size_t)n, &cp2);
      in_word = is_word_cp(cp2);
    } else {
      in_word = 0;
    }
    i += (size_t)n;
  }
  lua_pushinteger(L, count);
  return 1;
}

/* The lines iterator keeps the text (string or document) and the next byte
 * position as upvalues; each step fetches the text pointer again, so nothing
 * is copied but the line itself. */
static int lines_step(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, lua_upvalueindex(1), &len);
  lua_Integer pos = lua_tointeger(L, lua_upvalueindex(2));
  if (pos < 0 || (size_t)pos > len || ((size_t)pos == len && lua_toboolean(L, lua_upvalueindex(3))))
    return 0;
  const char *p = s + pos;
  const char *nl = memchr(p, '\n', len - (size_t)pos);
  size_t end = nl ? (size_t)(nl - s) : len;
  size_t stop = end;
  if (stop > (size_t)pos && s[stop - 1] == '\r') stop--;
  lua_pushinteger(L, nl ? (lua_Integer)end + 1 : (lua_Integer)len + 1);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushboolean(L, 1);
  lua_replace(L, lua_upvalueindex(3));
  if (!nl && (size_t)pos == len) return 0; /* no empty line after a final \n */
  lua_pushlstring(L, p, stop - (size_t)pos);
  lua_pushinteger(L, pos + 1);
  lua_pushinteger(L, (lua_Integer)stop);
  return 3;
}

static int text_lines(lua_State *L) {
  size_t len;
  sr_lua_checktext(L, 1, &len);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushboolean(L, 0);
  lua_pushcclosure(L, lines_step, 3);
  return 1;
}

static const luaL_Reg text_funcs[] = {
  {"normalize", text_normalize},
  {"casefold", text_casefold},
  {"count_words", text_count_words},
  {"lines", text_lines},
  {NULL, NULL},
};

int luaopen_saring_text(lua_State *L) {
  luaL_newlib(L, text_funcs);
  return 1;
}
