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
 * loc_tails, company_heads, connect, connect_org, place_heads,
 * descriptor_heads, org_nouns, given_names, person_cues) holds the words whose value
 * is true: a word mapped to false is not in the list, as in a Lua test
 * `if LIST[w]`.  A missing list is empty.  ner.h says what each list is for.
 *
 * A tagger is built once (when a worker loads the stage) and does not change,
 * so one tagger serves every document of the worker; its userdata also keeps
 * the scratch memory that tagging needs, reused from call to call.
 */
#include <lauxlib.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <lua.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "error.h"
#include "lua/l_doc.h"
#include "lua/modules.h"
#include "lua/textarg.h"
#include "lua/wordlists.h"
#include "text/forms.h"
#include "text/keywords.h"
#include "text/ner.h"

#define TAGGER_MT "saring.ner.tagger"

typedef struct shared_tagger shared_tagger;

typedef struct tagger_ud {
  sr_ner *t;         /* owned, unless sh is set */
  shared_tagger *sh; /* the registry entry t belongs to (ner.shared), or NULL */
  sr_ner_work *w;    /* owned */
  /* Scratch of tagger:tag, made on its first call and reused (owned). */
  sr_forms *forms;
  sr_ner_span *spans;
  size_t capspans;
  size_t *top;
  size_t captop;
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
  [SR_NER_GIVEN_NAMES] = "given_names",
  [SR_NER_PERSON_CUES] = "person_cues",
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

/* ------------------------------------------------------------------------
 * Taggers shared by the workers of a process (ner.shared).  A tagger does
 * not change once built (ner.h), so the worker states of a run can all
 * read one instead of each building its own from the same lists (some
 * 15 ms per worker for the news pipeline's).  Entries are counted by the
 * userdata that use them and freed with the last one.
 * ---------------------------------------------------------------------- */

struct shared_tagger {
  char *key;   /* owned */
  sr_ner *t;   /* owned; NULL while being built */
  int refs;    /* userdata using t */
  int waiting; /* states waiting for t */
  int dead;    /* its build failed: unlinked, freed by the last waiting state */
  shared_tagger *next;
};

static pthread_mutex_t shared_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t shared_cv = PTHREAD_COND_INITIALIZER;
static shared_tagger *shared_list; /* guarded by shared_mu */

/* Unlinks an entry from the list (shared_mu held). */
static void shared_unlink(shared_tagger *e) {
  for (shared_tagger **p = &shared_list; *p; p = &(*p)->next) {
    if (*p == e) {
      *p = e->next;
      break;
    }
  }
  e->next = NULL;
}

static void shared_free(shared_tagger *e) {
  sr_ner_free(e->t);
  free(e->key);
  free(e);
}

static void shared_release(shared_tagger *e) {
  pthread_mutex_lock(&shared_mu);
  if (--e->refs == 0 && !e->waiting) {
    shared_unlink(e);
    shared_free(e);
  }
  pthread_mutex_unlock(&shared_mu);
}

static int tagger_gc(lua_State *L) {
  tagger_ud *ud = luaL_checkudata(L, 1, TAGGER_MT);
  if (ud->sh) shared_release(ud->sh);
  else sr_ner_free(ud->t);
  ud->sh = NULL;
  sr_ner_work_free(ud->w);
  sr_forms_free(ud->forms);
  free(ud->spans);
  free(ud->top);
  ud->t = NULL;
  ud->w = NULL;
  ud->forms = NULL;
  ud->spans = NULL;
  ud->top = NULL;
  ud->capspans = ud->captop = 0;
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
  memset(ud, 0, sizeof *ud);
  luaL_setmetatable(L, TAGGER_MT);
  ud->t = sr_ner_new();
  ud->w = sr_ner_work_new();
  if (!ud->t || !ud->w) return luaL_error(L, "not enough memory");
  sr_lua_read_wordlists(L, LISTS, SR_NER_NLISTS, add_word, ud);
  lua_settop(L, 2);
  return 1;
}

/* ner.shared(key, build) -> tagger
 *
 * The tagger of this process registered under key, made when there is none
 * from the lists that build() returns (as ner.new takes them).  The first
 * state to ask builds it while the others wait, so a run builds it once;
 * each state gets its own userdata (with its own scratch) over the one
 * read-only tagger.  build must not call ner.shared itself. */
static int ner_shared(lua_State *L) {
  size_t klen;
  const char *key = luaL_checklstring(L, 1, &klen);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  tagger_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0); /* index 3 */
  memset(ud, 0, sizeof *ud);
  luaL_setmetatable(L, TAGGER_MT);
  ud->w = sr_ner_work_new();
  if (!ud->w) return luaL_error(L, "not enough memory");

  pthread_mutex_lock(&shared_mu);
  shared_tagger *e;
  for (;;) {
    for (e = shared_list; e; e = e->next)
      if (strlen(e->key) == klen && memcmp(e->key, key, klen) == 0) break;
    if (!e || e->t) break;
    /* another state is building it: wait, then look again (it may have
     * failed, and then this state builds it) */
    e->waiting++;
    pthread_cond_wait(&shared_cv, &shared_mu);
    if (--e->waiting == 0 && e->dead) shared_free(e);
  }
  if (e) {
    e->refs++;
    ud->t = e->t;
    ud->sh = e;
    pthread_mutex_unlock(&shared_mu);
    return 1;
  }
  e = calloc(1, sizeof *e);
  char *k = malloc(klen + 1);
  if (!e || !k) {
    free(e);
    free(k);
    pthread_mutex_unlock(&shared_mu);
    return luaL_error(L, "not enough memory");
  }
  memcpy(k, key, klen + 1);
  e->key = k;
  e->next = shared_list;
  shared_list = e;
  pthread_mutex_unlock(&shared_mu);

  /* Built without the lock held; an error gives the key up. */
  lua_pushcfunction(L, ner_new);
  lua_pushvalue(L, 2);
  int rc = lua_pcall(L, 0, 1, 0);    /* build() */
  if (rc == LUA_OK) rc = lua_pcall(L, 1, 1, 0); /* ner.new(lists) */
  pthread_mutex_lock(&shared_mu);
  if (rc != LUA_OK) {
    shared_unlink(e);
    if (e->waiting) e->dead = 1;
    else shared_free(e);
    pthread_cond_broadcast(&shared_cv);
    pthread_mutex_unlock(&shared_mu);
    return lua_error(L);
  }
  /* take the tagger over from the userdata ner.new made (its __gc then
   * frees only its scratch) */
  tagger_ud *built = lua_touserdata(L, -1);
  e->t = built->t;
  built->t = NULL;
  e->refs = 1;
  ud->t = e->t;
  ud->sh = e;
  pthread_cond_broadcast(&shared_cv);
  pthread_mutex_unlock(&shared_mu);
  lua_settop(L, 3);
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

/* Room for n spans in ud->spans; raises when out of memory. */
static void reserve_spans(lua_State *L, tagger_ud *ud, size_t n) {
  if (n <= ud->capspans) return;
  size_t cap = ud->capspans ? ud->capspans : 64;
  while (cap < n) cap *= 2;
  sr_ner_span *ns = realloc(ud->spans, cap * sizeof *ns);
  if (!ns) luaL_error(L, "not enough memory");
  ud->spans = ns;
  ud->capspans = cap;
}

/* Reads the spans {start, stop, kind} of the table at `arg` (1-based,
 * inclusive, as doc:tag takes them) into ud->spans; returns their number. */
static size_t read_spans(lua_State *L, tagger_ud *ud, int arg, size_t len) {
  if (lua_isnoneornil(L, arg)) return 0;
  luaL_checktype(L, arg, LUA_TTABLE);
  size_t n = (size_t)lua_rawlen(L, arg);
  reserve_spans(L, ud, n);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, arg, (lua_Integer)i + 1) != LUA_TTABLE)
      luaL_argerror(L, arg, lua_pushfstring(L, "span %d is not a table", (int)i + 1));
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    lua_rawgeti(L, -3, 3);
    int ok1, ok2;
    lua_Integer a = lua_tointegerx(L, -3, &ok1), b = lua_tointegerx(L, -2, &ok2);
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    sr_ner_kind kind = k ? kind_of(k) : SR_NER_NONE;
    if (!ok1 || !ok2 || !kind)
      luaL_argerror(L, arg, lua_pushfstring(L, "span %d must be {start, stop, kind} with a kind "
                                            "person, location or organization", (int)i + 1));
    if (a < 1 || (size_t)a > len + 1 || b < a - 1 || (size_t)b > len)
      luaL_argerror(L, arg, lua_pushfstring(L, "span %d is out of the text", (int)i + 1));
    ud->spans[i] = (sr_ner_span){(size_t)a, (size_t)b, kind};
    lua_pop(L, 4);
  }
  return n;
}

/* tagger:tag(doc [, skip_to [, spans [, ntop]]]) -> entities, top
 *
 * Tags the document with the spans given (the caller's own, e.g. a
 * dateline's) and then those of find_all(doc, skip_to), each as
 * doc:tag(start, stop, kind, surface) would; returns the entity lists
 * {person = {...}, location = {...}, organization = {...}} (each distinct
 * lower-cased surface once, under the kind of its first occurrence, in text
 * order) and the ntop (default 0) most frequent surfaces, ties in byte
 * order.  No Lua value is made per span. */
static int tagger_tag(lua_State *L) {
  tagger_ud *ud = check_tagger(L);
  sr_ldoc *d = sr_ldoc_check(L, 2);
  lua_Integer skip = luaL_optinteger(L, 3, 0);
  luaL_argcheck(L, skip >= 0, 3, "skip_to must not be negative");
  lua_Integer ntop = luaL_optinteger(L, 5, 0);
  luaL_argcheck(L, ntop >= 0 && ntop <= INT_MAX, 5, "ntop out of range");
  size_t len;
  const char *text = sr_ldoc_text(L, 2, &len);
  if (!ud->forms && !(ud->forms = sr_forms_new())) return luaL_error(L, "not enough memory");
  size_t npre = read_spans(L, ud, 4, len);
  /* The text stays where it is to the end: it belongs to the document at
   * argument 2, which nothing here replaces. */
  const sr_ner_span *found;
  long nf = sr_ner_find_all(ud->t, ud->w, text, len, (size_t)skip, &found);
  if (nf < 0) return luaL_error(L, "not enough memory");
  reserve_spans(L, ud, npre + (size_t)nf);
  /* A span found that overlaps one given is left out: the caller's spans
   * (an outlet naming itself, "Myanmar Now") take precedence over the
   * tagger's ("Myanmar"). */
  size_t n = npre;
  for (long i = 0; i < nf; i++) {
    int over = 0;
    for (size_t j = 0; j < npre && !over; j++)
      over = found[i].start <= ud->spans[j].stop && ud->spans[j].start <= found[i].stop;
    if (!over) ud->spans[n++] = found[i];
  }
  sr_forms_reset(ud->forms, text, len);
  if (sr_ldoc_reserve_tags(d, n) < 0) return luaL_error(L, "not enough memory");
  /* the kinds' names and lengths, once per call rather than per span */
  const char *kname[SR_NER_ORGANIZATION + 1] = {0};
  size_t klen[SR_NER_ORGANIZATION + 1] = {0};
  for (int k = SR_NER_PERSON; k <= SR_NER_ORGANIZATION; k++) {
    kname[k] = sr_ner_kind_name((sr_ner_kind)k);
    klen[k] = strlen(kname[k]);
  }
  for (size_t i = 0; i < n; i++) {
    const sr_ner_span *sp = &ud->spans[i];
    size_t slen = sp->stop + 1 - sp->start;
    if (sr_forms_add(ud->forms, sp->start - 1, slen, (int)sp->kind) < 0 ||
        sr_ldoc_add_tag(d, sp->start, sp->stop, kname[sp->kind], klen[sp->kind], text + sp->start - 1,
                        slen) < 0)
      return luaL_error(L, "not enough memory");
  }

  /* The entity lists: the listed forms, by the kind of their first
   * occurrence. */
  size_t nforms;
  const sr_form *forms = sr_forms_list(ud->forms, &nforms);
  lua_createtable(L, 0, 3);
  int ents = lua_gettop(L);
  int lists[SR_NER_ORGANIZATION + 1] = {0};
  lua_Integer counts[SR_NER_ORGANIZATION + 1] = {0};
  /* each list made at its final size (appending grew it step by step) */
  for (size_t i = 0; i < nforms; i++)
    if (forms[i].listed) counts[forms[i].kind]++;
  for (int k = SR_NER_PERSON; k <= SR_NER_ORGANIZATION; k++) {
    lua_createtable(L, counts[k] <= INT_MAX ? (int)counts[k] : 0, 0);
    lists[k] = lua_gettop(L);
    counts[k] = 0;
  }
  for (size_t i = 0; i < nforms; i++) {
    if (!forms[i].listed) continue;
    lua_pushlstring(L, text + forms[i].start, forms[i].len);
    lua_rawseti(L, lists[forms[i].kind], ++counts[forms[i].kind]);
  }
  for (int k = SR_NER_ORGANIZATION; k >= SR_NER_PERSON; k--) /* pops the lists */
    lua_setfield(L, ents, sr_ner_kind_name((sr_ner_kind)k));

  /* The most frequent forms. */
  size_t want = (size_t)ntop < nforms ? (size_t)ntop : nforms;
  if (want > ud->captop) {
    size_t *nt = realloc(ud->top, want * sizeof *nt);
    if (!nt) return luaL_error(L, "not enough memory");
    ud->top = nt;
    ud->captop = want;
  }
  long nt = sr_forms_top(ud->forms, want, ud->top);
  if (nt < 0) return luaL_error(L, "not enough memory");
  lua_createtable(L, (int)nt, 0);
  for (long i = 0; i < nt; i++) {
    lua_pushlstring(L, text + forms[ud->top[i]].start, forms[ud->top[i]].len);
    lua_rawseti(L, -2, i + 1);
  }
  return 2;
}

/* Is the lower-case word w one of the strings of the list at `list`, once
 * they are lower-cased? */
static int in_list_lower(lua_State *L, int list, const char *w, size_t wl) {
  lua_Integer n = (lua_Integer)lua_rawlen(L, list);
  for (lua_Integer i = 1; i <= n; i++) {
    size_t fl;
    const char *f = lua_rawgeti(L, list, i) == LUA_TSTRING ? lua_tolstring(L, -1, &fl) : NULL;
    int same = f && sr_kw_same_lower(f, fl, w, wl);
    lua_pop(L, 1);
    if (same) return 1;
  }
  return 0;
}

/* ner.keywords(text, title, first, stop [, max]) -> list
 *
 * The news pipeline's keywords: the strings of `first` (the frequent entity
 * forms), then the words of `title` as title:lower():gmatch("[%a][%a%-]+")
 * gives them, of at least 4 bytes, that are no key of `stop`, not yet in the
 * list (in lower case) and that `text` holds in any ASCII case, until the
 * list has `max` (default 10) entries.  title may be nil.  The text is not
 * copied: each word is looked for in it ignoring ASCII case. */
static int ner_keywords(lua_State *L) {
  size_t len, tlen = 0;
  const char *text = sr_lua_checktext(L, 1, &len);
  const char *title = luaL_optlstring(L, 2, NULL, &tlen);
  luaL_checktype(L, 3, LUA_TTABLE);
  luaL_checktype(L, 4, LUA_TTABLE);
  lua_Integer max = luaL_optinteger(L, 5, 10);
  lua_settop(L, 5);
  lua_Integer nfirst = (lua_Integer)lua_rawlen(L, 3);
  lua_createtable(L, nfirst < INT_MAX - 8 ? (int)nfirst + 8 : 0, 0); /* 6: the list */
  lua_Integer n = 0;
  for (lua_Integer i = 1; i <= nfirst; i++) {
    lua_rawgeti(L, 3, i);
    lua_rawseti(L, 6, ++n);
  }
  if (!title || tlen < 4) return 1;
  /* The lower-cased title, on the C stack when short, else in a userdata
   * collected with the call.  The text is searched as it is, ignoring its
   * case. */
  char buf[256];
  char *lt = tlen <= sizeof buf ? buf : lua_newuserdatauv(L, tlen, 0);
  sr_kw_lower(lt, title, tlen);
  size_t pos = 0, a, b;
  while (n < max && sr_kw_word_next(lt, tlen, &pos, &a, &b)) {
    const char *w = lt + a;
    size_t wl = b - a;
    if (wl < 4) continue;
    lua_pushlstring(L, w, wl);
    int stop = lua_rawget(L, 4) != LUA_TNIL && lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (stop || in_list_lower(L, 3, w, wl)) continue;
    int dup = 0;
    for (lua_Integer i = nfirst + 1; i <= n && !dup; i++) {
      size_t fl;
      lua_rawgeti(L, 6, i);
      const char *f = lua_tolstring(L, -1, &fl);
      dup = fl == wl && memcmp(f, w, wl) == 0;
      lua_pop(L, 1);
    }
    if (dup) continue;
    if (!sr_kw_find_lower(text, len, w, wl)) continue;
    lua_pushlstring(L, w, wl);
    lua_rawseti(L, 6, ++n);
  }
  lua_settop(L, 6);
  return 1;
}

/* The first occurrence of w (wl >= 2 bytes) in s (len bytes), or NULL; what
 * memmem finds.  Sixteen positions at a time, a candidate is a position
 * holding w's first byte with w's last byte where it must end (SSE2): a
 * word is rarely in a page (the site's own name), and candidates are
 * rarer than copies of its first letter, at which string.find stopped, or
 * than the steps memmem takes. */
static const char *find_bytes(const char *s, size_t len, const char *w, size_t wl) {
  if (wl > len) return NULL;
  size_t i = 0, last = len - wl; /* the last start */
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(w[0]), final = _mm_set1_epi8(w[wl - 1]);
  for (; i + 16 <= last + 1; i += 16) {
    __m128i a = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(s + i + wl - 1));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final)));
    for (; m; m &= m - 1) {
      size_t at = i + (size_t)__builtin_ctz(m);
      if (memcmp(s + at + 1, w + 1, wl - 2) == 0) return s + at;
    }
  }
#endif
  for (; i <= last; i++)
    if (s[i] == w[0] && s[i + wl - 1] == w[wl - 1] && memcmp(s + i + 1, w + 1, wl - 2) == 0) return s + i;
  return NULL;
}

/* ner.find(text, word [, init]) -> start, stop | nil
 *
 * text:find(word, init, true) for a text (a string or a document) and a
 * word: the first occurrence of word's bytes at or after byte init
 * (default 1; 1-based, inclusive positions), found with find_bytes. */
static int ner_find(lua_State *L) {
  size_t len, wl;
  const char *s = sr_lua_checktext(L, 1, &len);
  const char *w = luaL_checklstring(L, 2, &wl);
  lua_Integer init = luaL_optinteger(L, 3, 1);
  luaL_argcheck(L, init >= 1, 3, "init must be positive");
  if ((lua_Unsigned)init > (lua_Unsigned)len + 1) {
    lua_pushnil(L);
    return 1;
  }
  size_t from = (size_t)init - 1;
  const char *hit = wl == 0 ? s + from
                    : wl == 1 ? memchr(s + from, w[0], len - from)
                              : find_bytes(s + from, len - from, w, wl);
  if (!hit) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
  lua_pushinteger(L, (lua_Integer)(hit - s) + (lua_Integer)wl);
  return 2;
}

static int tagger_tostring(lua_State *L) {
  tagger_ud *ud = luaL_checkudata(L, 1, TAGGER_MT);
  lua_pushfstring(L, "saring.ner tagger (%p)", (void *)ud);
  return 1;
}

static const luaL_Reg tagger_methods[] = {
  {"find_all", tagger_find_all},
  {"tag", tagger_tag},
  {NULL, NULL},
};

static const luaL_Reg ner_funcs[] = {
  {"new", ner_new},
  {"shared", ner_shared},
  {"keywords", ner_keywords},
  {"find", ner_find},
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
