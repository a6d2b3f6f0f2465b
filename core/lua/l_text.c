/* saring.text: Unicode and text helpers for scripts.
 *
 * Every function takes its text through sr_lua_checktext, so a document can
 * be passed instead of a string and is then read without a copy.  The work
 * is done by the pure C code of core/text/ (utf8, normalize, unicode, spaces,
 * segment); this file only converts arguments and results.  Byte positions
 * are 1-based and inclusive, as in string.find.
 */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/spaces.h"
#include "text/unicode.h"
#include "text/utf8.h"

/* Pushes the result of a normalize-like call: the new buffer, or the input
 * itself when nothing changed (the same string, without a copy). */
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

/* A whole-text transform of the C helpers: same contract for all of them
 * (a new buffer, or NULL when nothing changed). */
typedef int (*text_map_fn)(const char *s, size_t len, char **out, size_t *outlen);

static int map_text(lua_State *L, text_map_fn fn) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  char *out;
  size_t outlen;
  int rc = fn(s, len, &out, &outlen);
  return push_mapped(L, 1, s, len, rc, out, outlen);
}

static int text_casefold(lua_State *L) { return map_text(L, sr_casefold); }
static int text_strip_accents(lua_State *L) { return map_text(L, sr_strip_accents); }
static int text_clean_spaces(lua_State *L) { return map_text(L, sr_clean_spaces); }

/* A code point given as an integer, or as a string whose first character is
 * taken.  Raises on anything else, on an empty or invalid string and on an
 * integer outside 0..0x10FFFF. */
static int check_codepoint(lua_State *L, int arg) {
  if (lua_type(L, arg) == LUA_TNUMBER) {
    lua_Integer cp = luaL_checkinteger(L, arg);
    luaL_argcheck(L, cp >= 0 && cp <= 0x10FFFF, arg, "code point out of range");
    return (int)cp;
  }
  if (lua_type(L, arg) != LUA_TSTRING) luaL_typeerror(L, arg, "string or integer");
  size_t len;
  const char *s = lua_tolstring(L, arg, &len);
  luaL_argcheck(L, len > 0, arg, "empty string");
  int cp;
  size_t n = sr_utf8_decode((const unsigned char *)s, len, &cp);
  luaL_argcheck(L, n > 0, arg, "invalid UTF-8");
  return cp;
}

static int text_category(lua_State *L) {
  lua_pushstring(L, sr_unicode_category(check_codepoint(L, 1)));
  return 1;
}

static int text_script(lua_State *L) {
  lua_pushstring(L, sr_unicode_script(check_codepoint(L, 1)));
  return 1;
}

static int text_graphemes(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  lua_pushinteger(L, (lua_Integer)sr_grapheme_count(s, len));
  return 1;
}

static int text_truncate(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_argcheck(L, n >= 0, 2, "negative length");
  size_t keep = sr_grapheme_prefix(s, len, (size_t)n);
  if (keep == len && lua_type(L, 1) == LUA_TSTRING)
    lua_pushvalue(L, 1);
  else
    lua_pushlstring(L, s, keep);
  return 1;
}

static int text_validate(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  size_t bad = sr_utf8_validate(s, len);
  if (bad == len) {
    lua_pushboolean(L, 1);
    return 1;
  }
  lua_pushboolean(L, 0);
  lua_pushinteger(L, (lua_Integer)bad + 1);
  return 2;
}

/* Occurrences of U+FFFD in s. */
static size_t count_replacements(const char *s, size_t len) {
  size_t n = 0;
  const char *p = s, *end = s + len;
  while (p + 3 <= end && (p = memmem(p, (size_t)(end - p), "\xEF\xBF\xBD", 3)) != NULL) {
    n++;
    p += 3;
  }
  return n;
}

static int text_repair(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  if (sr_utf8_validate(s, len) == len) {
    if (lua_type(L, 1) == LUA_TSTRING)
      lua_pushvalue(L, 1);
    else
      lua_pushlstring(L, s, len);
    lua_pushinteger(L, 0);
    return 2;
  }
  size_t outlen;
  char *out = sr_utf8_repair(s, len, &outlen);
  if (!out) return luaL_error(L, "%s", sr_strerror(SR_ENOMEM));
  /* Each replacement adds one U+FFFD; the input had its own before. */
  size_t n = count_replacements(out, outlen) - count_replacements(s, len);
  lua_pushlstring(L, out, outlen);
  free(out);
  lua_pushinteger(L, (lua_Integer)n);
  return 2;
}

static int text_count_words(lua_State *L) {
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  lua_pushinteger(L, (lua_Integer)sr_word_count(s, len));
  return 1;
}

/* text.count_tokens(s [, seps]): seps a string of the characters that also
 * separate tokens. */
static int text_count_tokens(lua_State *L) {
  size_t len, slen = 0;
  const char *s = sr_lua_checktext(L, 1, &len);
  const char *sep = luaL_optlstring(L, 2, "", &slen);
  /* At most one code point per byte of seps; as userdata, freed by the
   * collector even if a later check raises. */
  int *cps = lua_newuserdatauv(L, (slen ? slen : 1) * sizeof *cps, 0);
  size_t n = 0;
  for (size_t i = 0; i < slen;) {
    int cp;
    size_t k = sr_utf8_decode((const unsigned char *)sep + i, slen - i, &cp);
    if (k == 0) return luaL_argerror(L, 2, "invalid UTF-8");
    cps[n++] = cp;
    i += k;
  }
  /* s may be a document's buffer: nothing above runs the collector after
   * it was fetched except the userdata allocation, so fetch it again. */
  s = sr_lua_checktext(L, 1, &len);
  lua_pushinteger(L, (lua_Integer)sr_token_count(s, len, cps, n));
  return 1;
}

/* ---- Iterators ------------------------------------------------------------
 *
 * An iterator is a C closure over the text (string or document) and the next
 * byte offset.  Each step fetches the text pointer again (a stage may have
 * replaced a document's text in between: the offset is then clamped), finds
 * the next segment and pushes only that segment, so the whole text is never
 * copied into Lua. */

typedef int (*segment_fn)(const char *, size_t, size_t *, size_t *, size_t *);

static const segment_fn segmenters[] = {sr_word_next, sr_sentence_next, sr_line_next,
                                        sr_paragraph_next};

static int segment_step(lua_State *L) {
  lua_settop(L, 0);
  lua_pushvalue(L, lua_upvalueindex(1));
  size_t len;
  const char *s = sr_lua_checktext(L, 1, &len);
  lua_Integer pos = lua_tointeger(L, lua_upvalueindex(2));
  lua_Integer kind = lua_tointeger(L, lua_upvalueindex(3));
  if (pos < 0 || (size_t)pos >= len) return 0;
  size_t p = (size_t)pos, a, b;
  if (!segmenters[kind](s, len, &p, &a, &b)) {
    lua_pushinteger(L, (lua_Integer)len);
    lua_replace(L, lua_upvalueindex(2));
    return 0;
  }
  lua_pushinteger(L, (lua_Integer)p);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushlstring(L, s + a, b - a);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_pushinteger(L, (lua_Integer)b);
  return 3;
}

static int push_iterator(lua_State *L, int kind) {
  size_t len;
  sr_lua_checktext(L, 1, &len);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushinteger(L, kind);
  lua_pushcclosure(L, segment_step, 3);
  return 1;
}

static int text_words(lua_State *L) { return push_iterator(L, 0); }
static int text_sentences(lua_State *L) { return push_iterator(L, 1); }
static int text_lines(lua_State *L) { return push_iterator(L, 2); }
static int text_paragraphs(lua_State *L) { return push_iterator(L, 3); }

static const luaL_Reg text_funcs[] = {
  {"normalize", text_normalize},
  {"casefold", text_casefold},
  {"strip_accents", text_strip_accents},
  {"category", text_category},
  {"script", text_script},
  {"graphemes", text_graphemes},
  {"truncate", text_truncate},
  {"validate", text_validate},
  {"repair", text_repair},
  {"clean_spaces", text_clean_spaces},
  {"count_words", text_count_words},
  {"count_tokens", text_count_tokens},
  {"words", text_words},
  {"sentences", text_sentences},
  {"lines", text_lines},
  {"paragraphs", text_paragraphs},
  {NULL, NULL},
};

int luaopen_saring_text(lua_State *L) {
  luaL_newlib(L, text_funcs);
  return 1;
}
