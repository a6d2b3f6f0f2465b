/* saring.json: JSON encode/decode for scripts.
 *
 * Decoding goes through jansson.  Encoding is our own (jsonw.c) because it
 * must be deterministic: Lua's table order varies from run to run, so object
 * keys are written sorted, and tables marked with json.array / json.object
 * keep their type when empty.
 */
#include "lua/l_json.h"

#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "jsonw.h"
#include "stream.h"
#include "lua/modules.h"

#define ARRAY_MT "saring.json.array"
#define OBJECT_MT "saring.json.object"
#define MAX_DEPTH 200

/* json.null is a unique light userdata: the address of this variable. */
static const char null_sentinel = 0;

int sr_lua_json_isnull(lua_State *L, int idx) {
  return lua_islightuserdata(L, idx) && lua_touserdata(L, idx) == (void *)&null_sentinel;
}

void sr_lua_push_json(lua_State *L, const json_t *v) {
  luaL_checkstack(L, 4, "JSON too deeply nested");
  switch (json_typeof(v)) {
    case JSON_OBJECT: {
      lua_createtable(L, 0, (int)json_object_size(v));
      const char *key;
      json_t *val;
      json_object_foreach((json_t *)v, key, val) {
        sr_lua_push_json(L, val);
        lua_setfield(L, -2, key);
      }
      if (json_object_size(v) == 0) luaL_setmetatable(L, OBJECT_MT);
      break;
    }
    case JSON_ARRAY: {
      size_t n = json_array_size(v);
      lua_createtable(L, (int)n, 0);
      for (size_t i = 0; i < n; i++) {
        sr_lua_push_json(L, json_array_get(v, i));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
      }
      if (n == 0) luaL_setmetatable(L, ARRAY_MT);
      break;
    }
    case JSON_STRING: lua_pushlstring(L, json_string_value(v), json_string_length(v)); break;
    case JSON_INTEGER: lua_pushinteger(L, (lua_Integer)json_integer_value(v)); break;
    case JSON_REAL: lua_pushnumber(L, json_real_value(v)); break;
    case JSON_TRUE: lua_pushboolean(L, 1); break;
    case JSON_FALSE: lua_pushboolean(L, 0); break;
    default: lua_pushlightuserdata(L, (void *)&null_sentinel); break;
  }
}

static int has_mt(lua_State *L, int idx, const char *name) {
  if (!lua_getmetatable(L, idx)) return 0;
  luaL_getmetatable(L, name);
  int eq = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return eq;
}

typedef struct key_ref {
  const char *s;
  size_t len;
} key_ref;

static int key_cmp(const void *a, const void *b) {
  const key_ref *x = a, *y = b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  if (c) return c;
  return (x->len > y->len) - (x->len < y->len);
}

static int write_value(lua_State *L, int idx, sr_buf *b, int depth);

/* 1 when the table at idx is a sequence 1..n (n may be 0). */
static int is_array(lua_State *L, int idx, lua_Integer *n_out) {
  lua_Integer n = 0, max = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (!lua_isinteger(L, -1)) {
      lua_pop(L, 1);
      return 0;
    }
    lua_Integer k = lua_tointeger(L, -1);
    if (k < 1) {
      lua_pop(L, 1);
      return 0;
    }
    if (k > max) max = k;
    n++;
  }
  *n_out = n;
  return max == n;
}

static int write_table(lua_State *L, int idx, sr_buf *b, int depth) {
  if (depth > MAX_DEPTH) {
    lua_pushstring(L, "table too deeply nested (or a cycle)");
    return -1;
  }
  lua_Integer n = 0;
  int arr;
  if (has_mt(L, idx, OBJECT_MT)) arr = 0;
  else if (has_mt(L, idx, ARRAY_MT)) arr = is_array(L, idx, &n) || (n = (lua_Integer)lua_rawlen(L, idx), 1);
  else arr = is_array(L, idx, &n);
  if (arr) {
    if (sr_buf_putc(b, '[')) goto nomem;
    for (lua_Integer i = 1; i <= n; i++) {
      if (i > 1 && sr_buf_putc(b, ',')) goto nomem;
      lua_rawgeti(L, idx, i);
      int rc = write_value(L, lua_gettop(L), b, depth + 1);
      if (rc) return rc;
      lua_pop(L, 1);
    }
    return sr_buf_putc(b, ']') ? (lua_pushstring(L, "out of memory"), -1) : 0;
  }
  /* An object: collect the keys, which stay anchored by the table while we
   * write, and sort them. */
  size_t cap = 16, cnt = 0;
  key_ref *keys = malloc(cap * sizeof *keys);
  if (!keys) goto nomem;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      /* A table with number keys that is not a sequence (sparse, or mixed
       * with string keys) has no faithful JSON form: say so. */
      const char *tn = luaL_typename(L, -1);
      free(keys);
      lua_pop(L, 1);
      lua_pushfstring(L, "cannot encode a table key of type %s (not a sequence, not an object)", tn);
      return -1;
    }
    if (cnt == cap) {
      key_ref *k2 = realloc(keys, 2 * cap * sizeof *keys);
      if (!k2) { free(keys); goto nomem; }
      keys = k2;
      cap *= 2;
    }
    keys[cnt].s = lua_tolstring(L, -1, &keys[cnt].len);
    cnt++;
  }
  qsort(keys, cnt, sizeof *keys, key_cmp);
  int rc = 0;
  if (sr_buf_putc(b, '{')) { free(keys); goto nomem; }
  for (size_t i = 0; i < cnt && !rc; i++) {
    if (i && sr_buf_putc(b, ',')) { rc = -2; break; }
    if (sr_jsonw_string(b, keys[i].s, keys[i].len) || sr_buf_putc(b, ':')) { rc = -2; break; }
    lua_pushlstring(L, keys[i].s, keys[i].len);
    lua_rawget(L, idx);
    rc = write_value(L, lua_gettop(L), b, depth + 1);
    if (!rc) lua_pop(L, 1);
  }
  free(keys);
  if (rc == -2) goto nomem;
  if (rc) return rc;
  return sr_buf_putc(b, '}') ? (lua_pushstring(L, "out of memory"), -1) : 0;
nomem:
  lua_pushstring(L, "out of memory");
  return -1;
}

static int write_value(lua_State *L, int idx, sr_buf *b, int depth) {
  int rc = 0;
  switch (lua_type(L, idx)) {
    case LUA_TNIL: rc = sr_buf_append(b, "null", 4); break;
    case LUA_TBOOLEAN:
      rc = lua_toboolean(L, idx) ? sr_buf_append(b, "true", 4) : sr_buf_append(b, "false", 5);
      break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, idx)) rc = sr_jsonw_integer(b, (long long)lua_tointeger(L, idx));
      else rc = sr_jsonw_number(b, lua_tonumber(L, idx));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      rc = sr_jsonw_string(b, s, len);
      break;
    }
    case LUA_TTABLE:
      luaL_checkstack(L, 8, "table too deeply nested");
      return write_table(L, idx, b, depth);
    case LUA_TLIGHTUSERDATA:
      if (sr_lua_json_isnull(L, idx)) { rc = sr_buf_append(b, "null", 4); break; }
      /* fall through */
    default:
      lua_pushfstring(L, "cannot encode a value of type %s", luaL_typename(L, idx));
      return -1;
  }
  if (rc) {
    lua_pushstring(L, "out of memory");
    return -1;
  }
  return 0;
}

int sr_lua_write_json(lua_State *L, int idx, sr_buf *b) {
  return write_value(L, lua_absindex(L, idx), b, 0);
}

static int lj_encode(lua_State *L) {
  luaL_checkany(L, 1);
  sr_buf b = SR_BUF_INIT;
  if (sr_lua_write_json(L, 1, &b)) {
    sr_buf_free(&b);
    return luaL_argerror(L, 1, lua_tostring(L, -1));
  }
  lua_pushlstring(L, b.data ? b.data : "", b.len);
  sr_buf_free(&b);
  return 1;
}

static int lj_decode(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  json_error_t err;
  json_t *v = json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
  if (!v) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s at line %d, column %d", err.text, err.line, err.column);
    return 2;
  }
  sr_lua_push_json(L, v);
  json_decref(v);
  return 1;
}

static int mark(lua_State *L, const char *mt) {
  if (lua_isnoneornil(L, 1)) lua_newtable(L);
  else luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  luaL_setmetatable(L, mt);
  return 1;
}
static int lj_array(lua_State *L) { return mark(L, ARRAY_MT); }
static int lj_object(lua_State *L) { return mark(L, OBJECT_MT); }

/* ---- json.lines: JSONL files, through the core's reader stream -------- */

#define LINES_MT "saring.json.lines"
#define LINES_CHUNK (256 * 1024)

typedef struct jlines {
  sr_stream *st;
  char *chunk;
  size_t pos, len;
  sr_buf carry;     /* the incomplete line at the end of a chunk */
  uint64_t line;
  int eof;
} jlines;

static void jlines_close(jlines *j) {
  sr_stream_close(j->st);
  j->st = NULL;
  free(j->chunk);
  j->chunk = NULL;
  sr_buf_free(&j->carry);
  j->eof = 1;
}

static int jlines_gc(lua_State *L) {
  jlines_close(luaL_checkudata(L, 1, LINES_MT));
  return 0;
}

/* Pushes the decoded line: value, line number; or false, line, message. */
static int push_line(lua_State *L, jlines *j, const char *s, size_t n) {
  json_error_t err;
  json_t *v = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
  if (!v) {
    lua_pushboolean(L, 0);
    lua_pushinteger(L, (lua_Integer)j->line);
    lua_pushfstring(L, "%s at column %d", err.text, err.column);
    return 3;
  }
  sr_lua_push_json(L, v);
  json_decref(v);
  lua_pushinteger(L, (lua_Integer)j->line);
  return 2;
}

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
  return 1;
}

static int jlines_next(lua_State *L) {
  jlines *j = luaL_checkudata(L, lua_upvalueindex(1), LINES_MT);
  for (;;) {
    if (j->pos < j->len) {
      const char *p = j->chunk + j->pos, *nl = memchr(p, '\n', j->len - j->pos);
      if (!nl) {
        if (sr_buf_append(&j->carry, p, j->len - j->pos)) return luaL_error(L, "out of memory");
        j->pos = j->len;
        continue;
      }
      j->pos = (size_t)(nl - j->chunk) + 1;
      j->line++;
      const char *s = p;
      size_t n = (size_t)(nl - p);
      if (j->carry.len) {
        if (sr_buf_append(&j->carry, p, n)) return luaL_error(L, "out of memory");
        s = j->carry.data;
        n = j->carry.len;
      }
      int blank = is_blank(s, n);
      int r = blank ? 0 : push_line(L, j, s, n);
      j->carry.len = 0;
      if (!blank) return r;
      continue;
    }
    if (j->eof) {
      if (j->carry.len) {
        j->line++;
        int blank = is_blank(j->carry.data, j->carry.len);
        int r = blank ? 0 : push_line(L, j, j->carry.data, j->carry.len);
        j->carry.len = 0;
        if (!blank) return r;
      }
      jlines_close(j);
      return 0;
    }
    ssize_t got = sr_stream_read(j->st, j->chunk, LINES_CHUNK);
    if (got < 0) {
      jlines_close(j);
      return luaL_error(L, "cannot read past line %d: %s", (int)j->line, sr_strerror((int)got));
    }
    j->pos = 0;
    j->len = (size_t)got;
    if (got == 0) j->eof = 1;
  }
}

/* json.lines(path): for value, line in json.lines("x.jsonl.gz") do ... end.
 * A line that is not JSON gives false, its number and the message. */
static int lj_lines(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(errno));
    return 2;
  }
  jlines *j = lua_newuserdatauv(L, sizeof *j, 0);
  memset(j, 0, sizeof *j);
  luaL_setmetatable(L, LINES_MT);
  int rc = sr_stream_open(&j->st, fd);
  j->chunk = malloc(LINES_CHUNK);
  if (rc || !j->chunk) {
    if (rc) close(fd);
    jlines_close(j);
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, rc ? sr_strerror(rc) : "out of memory");
    return 2;
  }
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, jlines_next, 1);
  lua_insert(L, -2);
  lua_pushnil(L);
  lua_insert(L, -2);
  lua_pushnil(L);
  lua_insert(L, -2);
  /* The fourth value closes the file when a loop breaks early. */
  return 4;
}

static const luaL_Reg json_funcs[] = {
  {"encode", lj_encode},
  {"decode", lj_decode},
  {"lines", lj_lines},
  {"array", lj_array},
  {"object", lj_object},
  {"null", NULL},
  {NULL, NULL},
};

int luaopen_saring_json(lua_State *L) {
  luaL_newmetatable(L, ARRAY_MT);
  lua_pushliteral(L, "array");
  lua_setfield(L, -2, "__name");
  luaL_newmetatable(L, OBJECT_MT);
  lua_pushliteral(L, "object");
  lua_setfield(L, -2, "__name");
  lua_pop(L, 2);
  if (luaL_newmetatable(L, LINES_MT)) {
    lua_pushcfunction(L, jlines_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, jlines_gc);
    lua_setfield(L, -2, "__close");
  }
  lua_pop(L, 1);
  luaL_newlib(L, json_funcs);
  lua_pushlightuserdata(L, (void *)&null_sentinel);
  lua_setfield(L, -2, "null");
  return 1;
}
