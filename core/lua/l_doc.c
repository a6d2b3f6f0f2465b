/* The Lua view of a document (see l_doc.h). */
#include "lua/l_doc.h"

#include <lauxlib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "jsonw.h"
#include "lua/l_json.h"
#include "lua/textarg.h"

enum { UV_TEXT = 1, UV_META = 2, UV_KEYS = 3, N_UV = 3 };

sr_ldoc *sr_ldoc_push(lua_State *L, char *id, const char *source, uint64_t line, char *text,
                      size_t len, json_t *meta) {
  sr_ldoc *d = lua_newuserdatauv(L, sizeof *d, N_UV);
  memset(d, 0, sizeof *d);
  luaL_setmetatable(L, SR_DOC_MT);
  d->id = id;
  d->source = source;
  d->line = line;
  d->meta_json = meta;
  if (text) {
    d->text = text;
    d->len = len;
  } else {
    /* An empty text is an empty Lua string, so every document has a text. */
    lua_pushliteral(L, "");
    lua_setiuservalue(L, -2, UV_TEXT);
  }
  return d;
}

/* The metatable is also kept in the registry under this address:
 * luaL_testudata finds it by name, which makes Lua look the C string up
 * (a strcmp) on every method call and every stage result. */
static const char DOC_MT_KEY = 0;

sr_ldoc *sr_ldoc_test(lua_State *L, int idx) {
  void *p = lua_touserdata(L, idx);
  if (!p || !lua_getmetatable(L, idx)) return NULL;
  lua_rawgetp(L, LUA_REGISTRYINDEX, &DOC_MT_KEY);
  int ok = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return ok ? p : NULL;
}

sr_ldoc *sr_ldoc_check(lua_State *L, int idx) {
  sr_ldoc *d = sr_ldoc_test(L, idx);
  /* luaL_checkudata raises the usual message. */
  return d ? d : luaL_checkudata(L, idx, SR_DOC_MT);
}

const char *sr_ldoc_text(lua_State *L, int idx, size_t *len) {
  sr_ldoc *d = lua_touserdata(L, idx);
  if (d->text) {
    *len = d->len;
    return d->text;
  }
  lua_getiuservalue(L, idx, UV_TEXT);
  /* The string stays anchored by the uservalue, so the pointer outlives the
   * pop for as long as the text is not replaced. */
  const char *s = lua_tolstring(L, -1, len);
  lua_pop(L, 1);
  if (!s) {
    *len = 0;
    return "";
  }
  return s;
}

void sr_ldoc_set_text(lua_State *L, int idx, char *text, size_t len) {
  idx = lua_absindex(L, idx);
  sr_ldoc *d = lua_touserdata(L, idx);
  free(d->text);
  d->text = text;
  d->len = len;
  lua_pushnil(L);
  lua_setiuservalue(L, idx, UV_TEXT);
}

const char *sr_lua_opttext(lua_State *L, int arg, size_t *len) {
  if (lua_isnoneornil(L, arg)) {
    *len = 0;
    return NULL;
  }
  return sr_lua_checktext(L, arg, len);
}

const char *sr_lua_checktext(lua_State *L, int arg, size_t *len) {
  if (lua_type(L, arg) == LUA_TSTRING) return lua_tolstring(L, arg, len);
  if (sr_ldoc_test(L, arg)) return sr_ldoc_text(L, arg, len);
  /* Numbers are accepted as strings, as luaL_checklstring does. */
  if (lua_type(L, arg) == LUA_TNUMBER) return lua_tolstring(L, arg, len);
  luaL_typeerror(L, arg, "string");
  return NULL;
}

/* Makes the meta table from the parsed JSON on first use and leaves it on the
 * stack top. */
static void push_meta(lua_State *L, int idx) {
  sr_ldoc *d = lua_touserdata(L, idx);
  if (lua_getiuservalue(L, idx, UV_META) == LUA_TTABLE) return;
  lua_pop(L, 1);
  if (d->meta_json && json_is_object(d->meta_json)) {
    sr_lua_push_json(L, d->meta_json);
    /* Remember the input's key order so the output keeps it. */
    lua_createtable(L, (int)json_object_size(d->meta_json), 0);
    const char *key;
    json_t *val;
    lua_Integer i = 0;
    json_object_foreach(d->meta_json, key, val) {
      (void)val;
      lua_pushstring(L, key);
      lua_rawseti(L, -2, ++i);
    }
    lua_setiuservalue(L, idx, UV_KEYS);
  } else {
    lua_newtable(L);
  }
  json_decref(d->meta_json);
  d->meta_json = NULL;
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, idx, UV_META);
}

static sr_ldoc *checkdoc(lua_State *L) { return sr_ldoc_check(L, 1); }

static int doc_len(lua_State *L) {
  checkdoc(L);
  size_t len;
  sr_ldoc_text(L, 1, &len);
  lua_pushinteger(L, (lua_Integer)len);
  return 1;
}

static char *dupstr(lua_State *L, const char *s, size_t len) {
  char *p = malloc(len + 1);
  if (!p) luaL_error(L, "out of memory");
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

struct sr_tagpool {
  sr_tagpool *next;
  size_t used, cap;
  char data[];
};

/* n bytes of the document's tag pool, or NULL when out of memory.  Chunks
 * are never moved, so the strings stay put. */
static char *pool_alloc(sr_ldoc *d, size_t n) {
  sr_tagpool *p = d->pool;
  if (!p || p->cap - p->used < n) {
    size_t cap = n > 4000 ? n : 4000;
    sr_tagpool *np = malloc(sizeof *np + cap);
    if (!np) return NULL;
    np->next = p;
    np->used = 0;
    np->cap = cap;
    d->pool = p = np;
  }
  char *out = p->data + p->used;
  p->used += n;
  return out;
}

static char *pool_str(sr_ldoc *d, const char *s, size_t len) {
  char *p = pool_alloc(d, len + 1);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

int sr_ldoc_reserve_tags(sr_ldoc *d, size_t more) {
  if (more <= d->captags - d->ntags) return 0;
  size_t cap = d->captags ? 2 * d->captags : 8;
  if (cap < d->ntags + more) cap = d->ntags + more;
  sr_tag *nt = realloc(d->tags, cap * sizeof *nt);
  if (!nt) return SR_ENOMEM;
  d->tags = nt;
  d->captags = cap;
  return 0;
}

int sr_ldoc_add_tag(sr_ldoc *d, size_t start, size_t stop, const char *type, size_t tlen,
                    const char *str, size_t slen) {
  if (sr_ldoc_reserve_tags(d, 1) < 0) return SR_ENOMEM;
  sr_tag *g = &d->tags[d->ntags];
  memset(g, 0, sizeof *g);
  g->start = start;
  g->stop = stop;
  g->pooled = 1;
  /* A failed allocation leaves unused bytes in the pool, nothing else. */
  if (!(g->type = pool_str(d, type, tlen))) return SR_ENOMEM;
  if (str) {
    if (!(g->str = pool_str(d, str, slen))) return SR_ENOMEM;
    g->kind = 2;
  }
  d->ntags++;
  return 0;
}

static int doc_tag(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  lua_Integer start = luaL_checkinteger(L, 2);
  lua_Integer stop = luaL_checkinteger(L, 3);
  size_t tlen;
  const char *type = luaL_checklstring(L, 4, &tlen);
  size_t len;
  sr_ldoc_text(L, 1, &len);
  luaL_argcheck(L, start >= 1 && (size_t)start <= len + 1, 2, "start out of the text");
  luaL_argcheck(L, stop >= start - 1 && (size_t)stop <= len, 3, "stop out of the text");
  int t = lua_type(L, 5);
  luaL_argexpected(L, t == LUA_TNONE || t == LUA_TNIL || t == LUA_TNUMBER || t == LUA_TSTRING, 5,
                   "string or number");
  /* The strings go to the document's tag pool, as for tags made in C: two
   * mallocs and frees per tag were most of doc:tag's time. */
  size_t vl = 0;
  const char *v = t == LUA_TSTRING ? lua_tolstring(L, 5, &vl) : NULL;
  if (sr_ldoc_add_tag(d, (size_t)start, (size_t)stop, type, tlen, v, vl))
    return luaL_error(L, "out of memory");
  if (t == LUA_TNUMBER) {
    sr_tag *g = &d->tags[d->ntags - 1];
    g->kind = 1;
    g->num = lua_tonumber(L, 5);
  }
  lua_settop(L, 1);
  return 1;
}

static int doc_tags(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  const char *type = luaL_optstring(L, 2, NULL);
  lua_newtable(L);
  lua_Integer n = 0;
  for (size_t i = 0; i < d->ntags; i++) {
    sr_tag *g = &d->tags[i];
    if (type && strcmp(type, g->type)) continue;
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, (lua_Integer)g->start);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)g->stop);
    lua_setfield(L, -2, "stop");
    lua_pushstring(L, g->type);
    lua_setfield(L, -2, "type");
    if (g->kind == 1) lua_pushnumber(L, g->num);
    else if (g->kind == 2) lua_pushstring(L, g->str);
    else lua_pushnil(L);
    lua_setfield(L, -2, "value");
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

static void free_tag(sr_tag *g) {
  if (g->pooled) return;
  free(g->type);
  free(g->str);
}

static int doc_clear_tags(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  const char *type = luaL_optstring(L, 2, NULL);
  size_t k = 0;
  for (size_t i = 0; i < d->ntags; i++) {
    if (!type || !strcmp(type, d->tags[i].type)) free_tag(&d->tags[i]);
    else d->tags[k++] = d->tags[i];
  }
  d->ntags = k;
  lua_settop(L, 1);
  return 1;
}

static int doc_gc(lua_State *L) {
  sr_ldoc *d = lua_touserdata(L, 1);
  free(d->id);
  d->id = NULL;
  free(d->text);
  d->text = NULL;
  json_decref(d->meta_json);
  d->meta_json = NULL;
  for (size_t i = 0; i < d->ntags; i++) free_tag(&d->tags[i]);
  free(d->tags);
  d->tags = NULL;
  d->ntags = d->captags = 0;
  while (d->pool) {
    sr_tagpool *next = d->pool->next;
    free(d->pool);
    d->pool = next;
  }
  return 0;
}

static int doc_tostring(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  size_t len;
  sr_ldoc_text(L, 1, &len);
  lua_pushfstring(L, "saring.doc(%s, %d bytes)", d->id ? d->id : "?", (int)len);
  return 1;
}

static const luaL_Reg doc_methods[] = {
  {"tag", doc_tag},
  {"tags", doc_tags},
  {"clear_tags", doc_clear_tags},
  {"len", doc_len},
  {NULL, NULL},
};

static int doc_index(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  size_t klen;
  const char *k = luaL_checklstring(L, 2, &klen);
  /* Methods first, from the table kept as an upvalue: doc:tag() and the
   * like are the most frequent lookups. */
  lua_pushvalue(L, 2); /* k stays anchored at 2 */
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (klen == 4 && !memcmp(k, "text", 4)) {
    if (d->text) {
      /* Materialize once; the C buffer is freed so the text is held once. */
      lua_pushlstring(L, d->text, d->len);
      lua_pushvalue(L, -1);
      lua_setiuservalue(L, 1, UV_TEXT);
      free(d->text);
      d->text = NULL;
      d->len = 0;
      return 1;
    }
    lua_getiuservalue(L, 1, UV_TEXT);
    return 1;
  }
  if (klen == 4 && !memcmp(k, "meta", 4)) {
    push_meta(L, 1);
    return 1;
  }
  if (klen == 2 && !memcmp(k, "id", 2)) {
    if (d->id) lua_pushstring(L, d->id);
    else lua_pushnil(L);
    return 1;
  }
  if (klen == 6 && !memcmp(k, "source", 6)) {
    if (d->source) lua_pushstring(L, d->source);
    else lua_pushnil(L);
    return 1;
  }
  if (klen == 4 && !memcmp(k, "line", 4)) {
    if (d->line) lua_pushinteger(L, (lua_Integer)d->line);
    else lua_pushnil(L);
    return 1;
  }
  lua_pushnil(L);
  return 1;
}

static int doc_newindex(lua_State *L) {
  sr_ldoc *d = checkdoc(L);
  const char *k = luaL_checkstring(L, 2);
  if (!strcmp(k, "text")) {
    luaL_checktype(L, 3, LUA_TSTRING);
    free(d->text);
    d->text = NULL;
    d->len = 0;
    lua_settop(L, 3);
    lua_setiuservalue(L, 1, UV_TEXT);
    return 0;
  }
  if (!strcmp(k, "meta")) {
    luaL_checktype(L, 3, LUA_TTABLE);
    json_decref(d->meta_json);
    d->meta_json = NULL;
    lua_settop(L, 3);
    lua_setiuservalue(L, 1, UV_META);
    return 0;
  }
  if (!strcmp(k, "id")) {
    size_t len;
    const char *s = luaL_checklstring(L, 3, &len);
    char *p = dupstr(L, s, len);
    free(d->id);
    d->id = p;
    return 0;
  }
  return luaL_error(L, "cannot set field '%s' of a document (use doc.meta.%s)", k, k);
}

void sr_ldoc_open(lua_State *L) {
  if (luaL_newmetatable(L, SR_DOC_MT)) {
    static const luaL_Reg meta[] = {
      {"__newindex", doc_newindex},
      {"__len", doc_len},
      {"__gc", doc_gc},
      {"__close", doc_gc},
      {"__tostring", doc_tostring},
      {NULL, NULL},
    };
    luaL_setfuncs(L, meta, 0);
    luaL_newlib(L, doc_methods);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "__methods");
    lua_pushcclosure(L, doc_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &DOC_MT_KEY);
  }
  lua_pop(L, 1);
}

/* ---- output ---------------------------------------------------------- */

static int write_key(sr_buf *out, int *first, const char *k, size_t klen) {
  if (!*first && sr_buf_putc(out, ',')) return -1;
  *first = 0;
  if (sr_jsonw_string(out, k, klen) || sr_buf_putc(out, ':')) return -1;
  return 0;
}

/* Copies the n bytes at s to p and returns the end.  Tag strings are a few
 * bytes: up to 16 are moved with two overlapping loads and stores (reading
 * only s[0, n)) instead of a call to memcpy. */
static inline char *put_bytes(char *p, const char *s, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a, b;
    memcpy(&a, s, 8);
    memcpy(&b, s + n - 8, 8);
    memcpy(p, &a, 8);
    memcpy(p + n - 8, &b, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    memcpy(p, &a, 4);
    memcpy(p + n - 4, &b, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; i++) p[i] = s[i];
  } else {
    memcpy(p, s, n);
  }
  return p + n;
}

/* Appends the literal lit (a string constant) at p. */
#define PUT_LIT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) += sizeof(lit) - 1)

/* Writes tag g as write_tags does below, into room reserved at once (but
 * for a number value), when its type and string value need no escaping
 * (nearly every tag: the types are words, the values short ASCII names or
 * numbers); returns 1 when written, 0 when
 * the general path must do it, -1 when out of memory.  A tag through
 * sr_buf_append piece by piece cost a dozen calls and as many capacity
 * checks, most of the JSONL output's time on a page of many tags. */
static int write_tag_plain(const sr_tag *g, sr_buf *out, int comma) {
  size_t tl = strlen(g->type), sl = g->kind == 2 ? strlen(g->str) : 0;
  if (sr_jsonw_plain_len(g->type, tl) != tl ||
      (g->kind == 2 && sr_jsonw_plain_len(g->str, sl) != sl))
    return 0;
  /* ,{"start":N,"end":N,"type":"T","value":"S"} with N at most 20 digits */
  size_t need = 1 + 9 + 20 + 7 + 20 + 8 + tl + 2 + 9 + sl + 2 + 1;
  if (sr_buf_reserve(out, need + 1)) return -1;
  char *p = out->data + out->len;
  if (comma) *p++ = ',';
  /* Output offsets are 0-based and end-exclusive, like dolma's. */
  PUT_LIT(p, "{\"start\":");
  p = sr_jsonw_put_uinteger(p, g->start - 1);
  PUT_LIT(p, ",\"end\":");
  p = sr_jsonw_put_uinteger(p, g->stop);
  PUT_LIT(p, ",\"type\":\"");
  p = put_bytes(p, g->type, tl);
  *p++ = '"';
  if (g->kind == 2) {
    PUT_LIT(p, ",\"value\":\"");
    p = put_bytes(p, g->str, sl);
    *p++ = '"';
  } else if (g->kind == 1) {
    /* a number: its general writer, after what is written so far */
    PUT_LIT(p, ",\"value\":");
    out->len = (size_t)(p - out->data);
    if (sr_jsonw_number(out, g->num) || sr_buf_putc(out, '}')) return -1;
    return 1;
  }
  *p++ = '}';
  out->len = (size_t)(p - out->data);
  out->data[out->len] = '\0';
  return 1;
}

static int write_tags(sr_ldoc *d, sr_buf *out) {
  if (sr_buf_putc(out, '[')) return -1;
  for (size_t i = 0; i < d->ntags; i++) {
    sr_tag *g = &d->tags[i];
    int fast = write_tag_plain(g, out, i != 0);
    if (fast < 0) return -1;
    if (fast) continue;
    if (i && sr_buf_putc(out, ',')) return -1;
    /* Output offsets are 0-based and end-exclusive, like dolma's. */
    if (sr_buf_append(out, "{\"start\":", 9) || sr_jsonw_uinteger(out, g->start - 1) ||
        sr_buf_append(out, ",\"end\":", 7) || sr_jsonw_uinteger(out, g->stop) ||
        sr_buf_append(out, ",\"type\":", 8))
      return -1;
    if (sr_jsonw_string(out, g->type, strlen(g->type))) return -1;
    if (g->kind) {
      if (sr_buf_append(out, ",\"value\":", 9)) return -1;
      if (g->kind == 1 ? sr_jsonw_number(out, g->num) : sr_jsonw_string(out, g->str, strlen(g->str)))
        return -1;
    }
    if (sr_buf_putc(out, '}')) return -1;
  }
  return sr_buf_putc(out, ']');
}

typedef struct kref {
  const char *s;
  size_t len;
} kref;

static int kref_cmp(const void *a, const void *b) {
  const kref *x = a, *y = b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Writes one special or meta field by name; *done tracks what was written. */
static int write_field(lua_State *L, int idx, sr_ldoc *d, int meta, const char *k, size_t klen,
                       int *first, sr_buf *out, int *wrote_text, int *wrote_tags) {
  if (klen == 4 && !memcmp(k, "text", 4)) {
    if (*wrote_text) return 0;
    *wrote_text = 1;
    size_t len;
    const char *t = sr_ldoc_text(L, idx, &len);
    if (write_key(out, first, "text", 4) || sr_jsonw_string(out, t, len)) goto nomem;
    return 0;
  }
  if (klen == 4 && !memcmp(k, "tags", 4)) {
    if (*wrote_tags || !d->ntags) return 0;
    *wrote_tags = 1;
    if (write_key(out, first, "tags", 4) || write_tags(d, out)) goto nomem;
    return 0;
  }
  if ((klen == 2 && !memcmp(k, "id", 2)) || (klen == 6 && !memcmp(k, "source", 6))) return 0;
  lua_pushlstring(L, k, klen);
  if (lua_rawget(L, meta) == LUA_TNIL) {
    lua_pop(L, 1);
    return 0;
  }
  if (write_key(out, first, k, klen)) goto nomem;
  if (sr_lua_write_json(L, -1, out)) {
    const char *msg = lua_tostring(L, -1);
    lua_pushfstring(L, "meta field '%s': %s", k, msg);
    return -1;
  }
  lua_pop(L, 1);
  return 0;
nomem:
  lua_pushstring(L, "out of memory");
  return -1;
}

int sr_ldoc_write_json(lua_State *L, int idx, int fields, sr_buf *out) {
  idx = lua_absindex(L, idx);
  if (fields) fields = lua_absindex(L, fields);
  sr_ldoc *d = lua_touserdata(L, idx);
  int first = 1, wrote_text = 0, wrote_tags = 0;
  int top = lua_gettop(L);

  if (sr_buf_putc(out, '{')) goto nomem;
  if (write_key(out, &first, "id", 2) ||
      (d->id ? sr_jsonw_string(out, d->id, strlen(d->id)) : sr_buf_append(out, "null", 4)))
    goto nomem;
  if (d->source && (write_key(out, &first, "source", 6) ||
                    sr_jsonw_string(out, d->source, strlen(d->source))))
    goto nomem;

  lua_getiuservalue(L, idx, UV_META);
  if (lua_type(L, -1) != LUA_TTABLE && d->meta_json && !fields) {
    /* Untouched JSON metadata keeps its own key order.  The keys the
     * document writes itself are skipped, as write_field does, so an object
     * never holds a key twice (an input's "id" under --id-field url). */
    const char *key;
    json_t *val;
    json_object_foreach(d->meta_json, key, val) {
      if (!strcmp(key, "text") || !strcmp(key, "tags") || !strcmp(key, "id") || !strcmp(key, "source"))
        continue;
      if (write_key(out, &first, key, strlen(key)) || sr_jsonw_jansson(out, val)) goto nomem;
    }
  } else {
    lua_pop(L, 1);
    push_meta(L, idx);
    int meta = lua_gettop(L);
    lua_newtable(L); /* keys already written */
    int seen = lua_gettop(L);
    /* 1. the pipeline's field order, 2. the input's key order. */
    int lists[2] = {fields, 0};
    lua_getiuservalue(L, idx, UV_KEYS);
    if (lua_type(L, -1) == LUA_TTABLE) lists[1] = lua_gettop(L);
    for (int li = 0; li < 2; li++) {
      if (!lists[li]) continue;
      lua_Integer n = (lua_Integer)lua_rawlen(L, lists[li]);
      for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, lists[li], i);
        size_t klen;
        const char *k = lua_tolstring(L, -1, &klen);
        if (k) {
          lua_pushvalue(L, -1);
          if (lua_rawget(L, seen) == LUA_TNIL) {
            lua_pop(L, 1);
            lua_pushvalue(L, -1);
            lua_pushboolean(L, 1);
            lua_rawset(L, seen);
            if (write_field(L, idx, d, meta, k, klen, &first, out, &wrote_text, &wrote_tags)) {
              lua_replace(L, top + 1);
              lua_settop(L, top + 1);
              return -1;
            }
          } else {
            lua_pop(L, 1);
          }
        }
        lua_pop(L, 1);
      }
    }
    /* 3. the remaining keys, sorted, so the output is the same every run. */
    size_t cap = 16, cnt = 0;
    kref *keys = malloc(cap * sizeof *keys);
    if (!keys) goto nomem;
    lua_pushnil(L);
    while (lua_next(L, meta)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) != LUA_TSTRING) continue;
      lua_pushvalue(L, -1);
      int was = lua_rawget(L, seen) != LUA_TNIL;
      lua_pop(L, 1);
      if (was) continue;
      if (cnt == cap) {
        kref *k2 = realloc(keys, 2 * cap * sizeof *keys);
        if (!k2) {
          free(keys);
          goto nomem;
        }
        keys = k2;
        cap *= 2;
      }
      keys[cnt].s = lua_tolstring(L, -1, &keys[cnt].len);
      cnt++;
    }
    qsort(keys, cnt, sizeof *keys, kref_cmp);
    for (size_t i = 0; i < cnt; i++) {
      if (write_field(L, idx, d, meta, keys[i].s, keys[i].len, &first, out, &wrote_text,
                      &wrote_tags)) {
        free(keys);
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return -1;
      }
    }
    free(keys);
  }
  lua_settop(L, top);
  if (!wrote_text) {
    size_t len;
    const char *t = sr_ldoc_text(L, idx, &len);
    if (write_key(out, &first, "text", 4) || sr_jsonw_string(out, t, len)) goto nomem;
  }
  if (!wrote_tags && d->ntags) {
    if (write_key(out, &first, "tags", 4) || write_tags(d, out)) goto nomem;
  }
  if (sr_buf_append(out, "}\n", 2)) goto nomem;
  return 0;
nomem:
  lua_settop(L, top);
  lua_pushstring(L, "out of memory");
  return -1;
}
