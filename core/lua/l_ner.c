/* saring.ner: the news pipeline's named-entity tagger (core/text/ner.c).
 *
 *   local ner = require "saring.ner"
 *   local tagger = ner.new{names = {jakarta = "location", ...},
 *                          titles = {presiden = true}, common = {Sementara = true}, ...}
 *   for _, sp in ipairs(tagger:find_all(doc.text, skip_to)) do
 *     local start, stop, kind = sp[1], sp[2], sp[3]     -- kind: "person", ...
 *   end
 *
 * ner.new takes a table of word lists, each a table whose keys are words:
 * `names` maps lower-cased names to "person", "location" or "organization";
 * every other list (acro, titles, surnames, org_heads, org_words, loc_heads,
 * generic_loc_head, common, speech, event, org_tails, direction, loc_preps,
 * loc_tails, company_heads, connect, connect_org) holds the words whose value
 * is true: a word mapped to false is not in the list, as in a Lua test
 * `if LIST[w]`.  A missing list is empty.  ner.h says what each list is for.
 *
 * A tagger is built once (when a worker loads the stage) and does not change,
 * so one tagger serves every document of the worker; its userdata also keeps
 * the scratch memory that tagging needs, reused from call to call.
 */
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <string.h>

#include "error.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "lua/wordlists.h"
#include "text/ner.h"

#define TAGGER_MT "saring.ner.tagger"

typedef struct tagger_ud {
  sr_ner *t;      /* owned */
  sr_ner_work *w; /* owned */
} tagger_ud;

static const char *const LISTS[SR_NER_NLISTS] = {
  [SR_NER_NAMES] = "names",
  [SR_NER_ACRO] = "acro",
  [SR_NER_TITLES] = "titles",
  [SR_NER_SURNAMES] = "surnames",
  [SR_NER_ORG_HEADS] = "org_heads",
  [SR_NER_ORG_WORDS] = "org_words",
  [SR_NER_LOC_HEADS] = "loc_heads",
  [SR_NER_GENERIC_LOC_HEAD] = "generic_loc_head",
  [SR_NER_COMMON] = "common",
  [SR_NER_SPEECH] = "speech",
  [SR_NER_EVENT] = "event",
  [SR_NER_ORG_TAILS] = "org_tails",
  [SR_NER_DIRECTION] = "direction",
  [SR_NER_LOC_PREPS] = "loc_preps",
  [SR_NER_LOC_TAILS] = "loc_tails",
  [SR_NER_COMPANY_HEADS] = "company_heads",
  [SR_NER_CONNECT] = "connect",
  [SR_NER_CONNECT_ORG] = "connect_org",
  [SR_NER_PLACE_HEADS] = "place_heads",
  [SR_NER_DESCRIPTOR_HEADS] = "descriptor_heads",
  [SR_NER_ORG_NOUNS] = "org_nouns",
};

static sr_ner_kind kind_of(const char *s) {
  for (int k = SR_NER_PERSON; k <= SR_NER_ORGANIZATION; k++)
    if (strcmp(sr_ner_kind_name((sr_ner_kind)k), s) == 0) return (sr_ner_kind)k;
  return SR_NER_NONE;
}

static tagger_ud *check_tagger(lua_State *L) {
  tagger_ud *ud = luaL_checkudata(L, 1, TAGGER_MT);
  if (!ud->t) luaL_argerror(L, 1, "tagger is closed");
  return ud;
}

static int tagger_gc(lua_State *L) {
  tagger_ud *ud = luaL_checkudata(L, 1, TAGGER_MT);
  sr_ner_free(ud->t);
  sr_ner_work_free(ud->w);
  ud->t = NULL;
  ud->w = NULL;
  return 0;
}

/* Adds one word of a list (sr_lua_read_wordlists); its value is on top. */
static void add_word(lua_State *L, void *arg, int list, const char *w, size_t len) {
  tagger_ud *ud = arg;
  sr_ner_kind kind = SR_NER_NONE;
  if (list == SR_NER_NAMES) {
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    kind = k ? kind_of(k) : SR_NER_NONE;
    if (!kind)
      luaL_argerror(L, 1, lua_pushfstring(L, "'names': the kind of '%s' must be person, "
                                          "location or organization", w));
  }
  if (sr_ner_add(ud->t, (sr_ner_list)list, w, len, kind) < 0) luaL_error(L, "not enough memory");
}

/* ner.new(lists) -> tagger */
static int ner_new(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  tagger_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0); /* index 2 */
  ud->t = NULL;
  ud->w = NULL;
  luaL_setmetatable(L, TAGGER_MT);
  ud->t = sr_ner_new();
  ud->w = sr_ner_work_new();
  if (!ud->t || !ud->w) return luaL_error(L, "not enough memory");
  sr_lua_read_wordlists(L, LISTS, SR_NER_NLISTS, add_word, ud);
  lua_settop(L, 2);
  return 1;
}

/* tagger:find_all(text [, skip_to]) -> {{start, stop, kind}, ...} */
static int tagger_find_all(lua_State *L) {
  tagger_ud *ud = check_tagger(L);
  size_t len;
  const char *s = sr_lua_checktext(L, 2, &len);
  lua_Integer skip = luaL_optinteger(L, 3, 0);
  luaL_argcheck(L, skip >= 0, 3, "skip_to must not be negative");
  const sr_ner_span *sp;
  /* No Lua call until the spans are read: the text cannot move meanwhile. */
  long n = sr_ner_find_all(ud->t, ud->w, s, len, (size_t)skip, &sp);
  if (n < 0) return luaL_error(L, "not enough memory");
  lua_createtable(L, n <= INT_MAX ? (int)n : 0, 0);
  for (long i = 0; i < n; i++) {
    lua_createtable(L, 3, 0);
    lua_pushinteger(L, (lua_Integer)sp[i].start);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, (lua_Integer)sp[i].stop);
    lua_rawseti(L, -2, 2);
    lua_pushstring(L, sr_ner_kind_name(sp[i].kind));
    lua_rawseti(L, -2, 3);
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

static int tagger_tostring(lua_State *L) {
  tagger_ud *ud = luaL_checkudata(L, 1, TAGGER_MT);
  lua_pushfstring(L, "saring.ner tagger (%p)", (void *)ud);
  return 1;
}

static const luaL_Reg tagger_methods[] = {
  {"find_all", tagger_find_all},
  {NULL, NULL},
};

static const luaL_Reg ner_funcs[] = {
  {"new", ner_new},
  {NULL, NULL},
};

int luaopen_saring_ner(lua_State *L) {
  if (luaL_newmetatable(L, TAGGER_MT)) {
    lua_pushcfunction(L, tagger_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, tagger_tostring);
    lua_setfield(L, -2, "__tostring");
    luaL_newlib(L, tagger_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, ner_funcs);
  return 1;
}
