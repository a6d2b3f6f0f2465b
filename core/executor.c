/* Running documents through a pipeline inside one worker's lua_State.
 *
 * For each input document: parse it (JSONL), check and repair its UTF-8,
 * wrap it in a Lua document view, call the stages in order (following
 * splits), and append what comes out to the batch's output, its dead-letter
 * records or its drop counts.  Nothing here touches the loop thread's state.
 */
#include "executor.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "jsonw.h"
#include "lua/l_json.h"
#include "stage_limits.h"
#include "lua/l_doc.h"
#include "script.h"
#include "text/utf8.h"

/* Stack slots used while a batch runs. */
typedef struct exec_ctx {
  lua_State *L;
  const sr_exec_opts *o;
  sr_batch *b;
  const sr_doc *in;  /* the input document, for dead-letter records */
  const char *id;    /* its id, once known */
  int msgh, stages, names, fields;
  lua_Integer nstages;
  sr_limits *limits;  /* per stage, from 1 (index 0 unused) */
  int csv_cols;       /* stack index of the CSV column names, or 0 */
} exec_ctx;

/* The message handler: turns an error into {error = msg, traceback = tb}. */
static int msgh_cb(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (!msg) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) msg = lua_tostring(L, -1);
    else msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  lua_createtable(L, 0, 2);
  lua_pushstring(L, msg);
  lua_setfield(L, -2, "error");
  luaL_traceback(L, L, NULL, 1);
  lua_setfield(L, -2, "traceback");
  return 1;
}

static void base_name(const char *path, const char **start, size_t *len) {
  const char *s = strrchr(path, '/');
  s = s ? s + 1 : path;
  size_t n = strlen(s);
  /* Strip compression and then format extensions: a.txt.gz -> a. */
  for (int k = 0; k < 2; k++) {
    const char *dot = memrchr(s, '.', n);
    if (!dot || dot == s) break;
    n = (size_t)(dot - s);
  }
  *start = s;
  *len = n;
}

static char *make_id(const sr_doc *d) {
  const char *s;
  size_t n;
  if (!strcmp(d->source, "-")) {
    s = "stdin";
    n = 5;
  } else {
    base_name(d->source, &s, &n);
  }
  char tmp[64];
  int t = d->line ? snprintf(tmp, sizeof tmp, ":%llu", (unsigned long long)d->line) : 0;
  char *id = malloc(n + (size_t)t + 1);
  if (!id) return NULL;
  memcpy(id, s, n);
  memcpy(id + n, tmp, (size_t)t);
  id[n + (size_t)t] = '\0';
  return id;
}

/* Appends a dead-letter record.  The input is written as it came (a JSONL
 * line as a string, since it may not be valid JSON). */
static void fail(exec_ctx *c, const char *stage, const char *error, const char *traceback) {
  sr_buf *f = &c->b->failed;
  const sr_doc *d = c->in;
  sr_buf_putc(f, '{');
  sr_buf_append_str(f, "\"id\":");
  if (c->id) sr_jsonw_string(f, c->id, strlen(c->id));
  else sr_buf_append_str(f, "null");
  sr_buf_append_str(f, ",\"source\":");
  sr_jsonw_string(f, d->source, strlen(d->source));
  if (d->line) sr_buf_printf(f, ",\"line\":%llu", (unsigned long long)d->line);
  sr_buf_append_str(f, ",\"stage\":");
  sr_jsonw_string(f, stage, strlen(stage));
  sr_buf_append_str(f, ",\"error\":");
  sr_jsonw_string(f, error, strlen(error));
  if (traceback) {
    sr_buf_append_str(f, ",\"traceback\":");
    sr_jsonw_string(f, traceback, strlen(traceback));
  }
  if (d->raw) {
    sr_buf_append_str(f, ",\"input\":");
    sr_jsonw_string(f, d->raw, d->raw_len);
  }
  sr_buf_append_str(f, "}\n");
  c->b->counts.failed++;
}

static const char *stage_name(exec_ctx *c, lua_Integer i) {
  lua_rawgeti(c->L, c->names, i);
  const char *s = lua_tostring(c->L, -1);
  lua_pop(c->L, 1); /* the names table anchors the string */
  return s ? s : "?";
}

/* Frees what a finished document holds in C, so memory does not wait for
 * Lua's collector, which does not see those buffers. */
static void release_doc(lua_State *L, int idx) {
  if (luaL_getmetafield(L, idx, "__gc") == LUA_TFUNCTION) {
    lua_pushvalue(L, idx);
    lua_call(L, 1, 0);
  }
}

void sr_csv_field(sr_buf *b, const char *s, size_t len) {
  int quote = 0;
  for (size_t i = 0; i < len && !quote; i++)
    if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') quote = 1;
  if (!quote) {
    sr_buf_append(b, s, len);
    return;
  }
  sr_buf_putc(b, '"');
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"') sr_buf_putc(b, '"');
    sr_buf_putc(b, s[i]);
  }
  sr_buf_putc(b, '"');
}

void sr_exec_push_csv_columns(lua_State *L, int pipeline) {
  pipeline = lua_absindex(L, pipeline);
  if (lua_getfield(L, pipeline, "csv") == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_newtable(L);
  lua_Integer n = 0;
  if (lua_getfield(L, pipeline, "fields") == LUA_TTABLE) {
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
      lua_rawgeti(L, -1, i);
      const char *k = lua_tostring(L, -1);
      if (k && strcmp(k, "text") && strcmp(k, "tags")) lua_rawseti(L, -3, ++n);
      else lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  if (n == 0) {
    lua_pushliteral(L, "id");
    lua_rawseti(L, -2, 1);
    lua_pushliteral(L, "source");
    lua_rawseti(L, -2, 2);
  }
}

/* A cell: scalars as they are, a list of scalars joined with "; ", other
 * tables as JSON, nil and null empty. */
static void csv_value(lua_State *L, int idx, sr_buf *cell) {
  idx = lua_absindex(L, idx);
  switch (lua_type(L, idx)) {
    case LUA_TSTRING:
    case LUA_TNUMBER: {
      size_t n;
      const char *v = lua_tolstring(L, idx, &n);
      sr_buf_append(cell, v, n);
      return;
    }
    case LUA_TBOOLEAN: sr_buf_append_str(cell, lua_toboolean(L, idx) ? "true" : "false"); return;
    case LUA_TTABLE: {
      lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
      int scalars = n > 0;
      for (lua_Integer i = 1; i <= n && scalars; i++) {
        int t = lua_rawgeti(L, idx, i);
        scalars = t == LUA_TSTRING || t == LUA_TNUMBER;
        lua_pop(L, 1);
      }
      if (scalars) {
        for (lua_Integer i = 1; i <= n; i++) {
          lua_rawgeti(L, idx, i);
          size_t len;
          const char *v = lua_tolstring(L, -1, &len);
          if (i > 1) sr_buf_append(cell, "; ", 2);
          sr_buf_append(cell, v, len);
          lua_pop(L, 1);
        }
      } else if (sr_lua_write_json(L, idx, cell)) {
        lua_pop(L, 1);
      }
      return;
    }
    default: return;
  }
}

static void write_csv(exec_ctx *c, int docidx) {
  lua_State *L = c->L;
  sr_ldoc *d = lua_touserdata(L, docidx);
  sr_buf *b = &c->b->csv;
  sr_buf cell = SR_BUF_INIT;
  lua_Integer n = (lua_Integer)lua_rawlen(L, c->csv_cols);
  lua_getfield(L, docidx, "meta");
  int meta = lua_gettop(L);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, c->csv_cols, i);
    const char *k = lua_tostring(L, -1);
    cell.len = 0;
    if (!k) {
    } else if (!strcmp(k, "id")) {
      if (d->id) sr_buf_append_str(&cell, d->id);
    } else if (!strcmp(k, "source")) {
      if (d->source) sr_buf_append_str(&cell, d->source);
    } else if (!strcmp(k, "text")) {
      size_t tl;
      const char *t = sr_ldoc_text(L, docidx, &tl);
      sr_buf_append(&cell, t, tl);
    } else {
      lua_getfield(L, meta, k);
      csv_value(L, -1, &cell);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (i > 1) sr_buf_putc(b, ',');
    sr_csv_field(b, cell.data ? cell.data : "", cell.len);
  }
  sr_buf_append(b, "\r\n", 2);
  sr_buf_free(&cell);
  lua_settop(L, meta - 1);
}

size_t sr_mirror_next(const char *p, const char **name, size_t *nlen, const char **text, size_t *tlen) {
  uint32_t nl;
  uint64_t tl;
  memcpy(&nl, p, 4);
  *name = p + 4;
  *nlen = nl;
  memcpy(&tl, p + 4 + nl, 8);
  *text = p + 12 + nl;
  *tlen = (size_t)tl;
  return 12 + nl + (size_t)tl;
}

static void write_mirror(exec_ctx *c, int docidx) {
  sr_ldoc *d = lua_touserdata(c->L, docidx);
  const char *id = d->id ? d->id : "document";
  uint32_t nl = (uint32_t)strlen(id);
  size_t tl;
  const char *t = sr_ldoc_text(c->L, docidx, &tl);
  uint64_t tl64 = tl;
  sr_buf *b = &c->b->mirror;
  sr_buf_append(b, &nl, 4);
  sr_buf_append(b, id, nl);
  sr_buf_append(b, &tl64, 8);
  sr_buf_append(b, t, tl);
}

static void emit(exec_ctx *c, int docidx) {
  lua_State *L = c->L;
  size_t before = c->b->out.len;
  if (sr_ldoc_write_json(L, docidx, c->fields, &c->b->out)) {
    c->b->out.len = before;
    fail(c, "export", lua_tostring(L, -1), NULL);
    lua_pop(L, 1);
    return;
  }
  c->b->counts.docs_out++;
  c->b->counts.bytes_out += c->b->out.len - before;
  if (c->csv_cols) write_csv(c, docidx);
  if (c->o->mirror) write_mirror(c, docidx);
}

/* Runs stages from..n on the document at docidx; returns nothing: every
 * outcome is recorded in the batch. */
static void run_from(exec_ctx *c, lua_Integer from, int docidx) {
  lua_State *L = c->L;
  luaL_checkstack(L, 8, "pipeline too deeply split");
  for (lua_Integer i = from; i <= c->nstages; i++) {
    int base = lua_gettop(L);
    lua_rawgeti(L, c->stages, i);
    lua_pushvalue(L, docidx);
    sr_limits_begin(L, &c->limits[i]);
    int status = lua_pcall(L, 1, LUA_MULTRET, c->msgh);
    sr_limit_hit hit = sr_limits_end(L);
    if (hit) {
      /* A limit fails the document even if the stage caught the error. */
      char msg[160];
      const sr_limits *lim = &c->limits[i];
      if (hit == SR_LIMIT_INSTRUCTIONS)
        snprintf(msg, sizeof msg, "limit: instructions (more than %llu in one stage call)", (unsigned long long)lim->instructions);
      else if (hit == SR_LIMIT_TIME)
        snprintf(msg, sizeof msg, "limit: time (more than %llu ms in one stage call)", (unsigned long long)lim->time_ms);
      else
        snprintf(msg, sizeof msg, "limit: memory (more than %zu bytes in one stage call, or the state's cap)", lim->memory);
      c->b->counts.limit_hits++;
      if (hit == SR_LIMIT_MEMORY) {
        lua_settop(L, base);
        lua_gc(L, LUA_GCCOLLECT);
        c->b->reset_state = 1;
      }
      fail(c, stage_name(c, i), msg, NULL);
      lua_settop(L, base);
      return;
    }
    if (status != LUA_OK) {
      const char *err = "error", *tb = NULL;
      if (lua_istable(L, -1)) {
        lua_getfield(L, -1, "error");
        lua_getfield(L, -2, "traceback");
        err = lua_tostring(L, -2);
        tb = lua_tostring(L, -1);
      } else {
        err = lua_tostring(L, -1);
      }
      fail(c, stage_name(c, i), err ? err : "error", tb);
      lua_settop(L, base);
      return;
    }
    int nres = lua_gettop(L) - base;
    if (nres == 0) {
      fail(c, stage_name(c, i), "stage returned nothing (return the document to keep it, or nil and a reason to drop it)", NULL);
      return;
    }
    int r1 = base + 1;
    if (sr_ldoc_test(L, r1)) {
      lua_settop(L, r1);
      lua_replace(L, docidx);
      continue;
    }
    if (lua_isnil(L, r1)) {
      size_t rl = 7;
      const char *reason = nres >= 2 ? lua_tolstring(L, r1 + 1, &rl) : NULL;
      if (!reason) {
        reason = "dropped";
        rl = 7;
      }
      sr_batch_drop(c->b, (uint32_t)i, reason, rl);
      c->b->counts.dropped++;
      lua_settop(L, base);
      return;
    }
    if (lua_istable(L, r1)) {
      lua_settop(L, r1);
      lua_Integer n = (lua_Integer)lua_rawlen(L, r1);
      sr_ldoc *parent = lua_touserdata(L, docidx);
      for (lua_Integer k = 1; k <= n; k++) {
        lua_rawgeti(L, r1, k);
        sr_ldoc *child = sr_ldoc_test(L, -1);
        if (!child) {
          fail(c, stage_name(c, i), "stage returned a table whose items are not all documents", NULL);
          lua_settop(L, base);
          return;
        }
        if (!child->source) {
          child->source = parent->source;
          child->line = parent->line;
        }
        if (!child->id && parent->id) {
          size_t pl = strlen(parent->id);
          child->id = malloc(pl + 24);
          if (child->id) snprintf(child->id, pl + 24, "%s#%lld", parent->id, (long long)k);
        }
        if (k > 1) c->b->counts.split_extra++;
        run_from(c, i + 1, lua_gettop(L));
        lua_settop(L, r1);
      }
      if (n == 0) {
        sr_batch_drop(c->b, (uint32_t)i, "split into nothing", 18);
        c->b->counts.dropped++;
      }
      lua_settop(L, base);
      return;
    }
    char msg[160];
    snprintf(msg, sizeof msg, "stage returned a %s (return the document, nil and a reason, or a list of documents)",
             luaL_typename(L, r1));
    fail(c, stage_name(c, i), msg, NULL);
    lua_settop(L, base);
    return;
  }
  emit(c, docidx);
  release_doc(L, docidx);
}

/* Turns the input into id, text and meta; returns 0 or fails the document. */
static int prepare(exec_ctx *c, sr_doc *d, char **id, char **text, size_t *len, json_t **meta) {
  *id = NULL;
  *text = NULL;
  *meta = NULL;
  int text_valid = 0;
  if (d->format == SR_FORMAT_JSONL) {
    const char *raw = d->raw;
    size_t rawlen = d->raw_len;
    /* A byte order mark before a line's JSON is an encoding artifact. */
    if (rawlen >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) {
      raw += 3;
      rawlen -= 3;
    }
    /* jansson refuses a line with invalid UTF-8 anywhere in it, so the line
     * is checked, and repaired unless --utf8 strict, before it is parsed,
     * as a text input is. */
    char *fixed = NULL;
    size_t bad = sr_utf8_validate(raw, rawlen);
    if (bad != rawlen) {
      if (c->o->utf8_strict) {
        *id = make_id(d);
        c->id = *id;
        char msg[96];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu of the line", bad);
        fail(c, "read", msg, NULL);
        return -1;
      }
      fixed = sr_utf8_repair(raw, rawlen, &rawlen);
      if (!fixed) {
        fail(c, "read", "out of memory", NULL);
        return -1;
      }
      raw = fixed;
      c->b->counts.repaired_utf8++;
    }
    /* The text is taken out of the line while it is parsed, unless the
     * fast reader declines the line or the id is the text field itself;
     * json_loadb then reads it as it always has. */
    json_error_t err;
    json_t *obj = NULL;
    char *taken = NULL;
    size_t taken_len = 0;
    int fast = strcmp(c->o->id_field, c->o->text_field)
                   ? sr_jsonl_take_text(raw, rawlen, c->o->text_field, &obj, &taken, &taken_len)
                   : 0;
    if (fast < 0) {
      free(fixed);
      fail(c, "read", "out of memory", NULL);
      return -1;
    }
    if (!fast) obj = json_loadb(raw, rawlen, JSON_ALLOW_NUL, &err);
    free(fixed);
    if (!obj || !json_is_object(obj)) {
      /* Name the record by its place in the input, as no id could be read. */
      *id = make_id(d);
      c->id = *id;
    }
    if (!obj) {
      char msg[256];
      snprintf(msg, sizeof msg, "not JSON: %s at column %d", err.text, err.column);
      fail(c, "read", msg, NULL);
      return -1;
    }
    if (!json_is_object(obj)) {
      json_decref(obj);
      fail(c, "read", "not a JSON object", NULL);
      return -1;
    }
    json_t *idv = json_object_get(obj, c->o->id_field);
    if (json_is_string(idv)) *id = strdup(json_string_value(idv));
    else if (json_is_integer(idv)) {
      char tmp[32];
      snprintf(tmp, sizeof tmp, "%lld", (long long)json_integer_value(idv));
      *id = strdup(tmp);
    }
    if (!*id) *id = make_id(d);
    c->id = *id;
    if (fast) {
      *text = taken;
      *len = taken_len;
      text_valid = 1;
    } else {
      json_t *tv = json_object_get(obj, c->o->text_field);
      if (!json_is_string(tv)) {
        char msg[200];
        snprintf(msg, sizeof msg, "no string field \"%s\" holding the text", c->o->text_field);
        json_decref(obj);
        fail(c, "read", msg, NULL);
        return -1;
      }
      *len = json_string_length(tv);
      *text = malloc(*len + 1);
      if (*text) {
        memcpy(*text, json_string_value(tv), *len);
        (*text)[*len] = '\0';
      }
      json_object_del(obj, c->o->text_field);
    }
    json_object_del(obj, c->o->id_field);
    *meta = obj;
  } else {
    *id = make_id(d);
    c->id = *id;
    const char *s = d->raw ? d->raw : "";
    size_t n = d->raw_len;
    /* A byte order mark is an encoding artifact, not text. */
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
      s += 3;
      n -= 3;
    }
    *text = malloc(n + 1);
    if (*text) {
      memcpy(*text, s, n);
      (*text)[n] = '\0';
    }
    *len = n;
  }
  if (!*text) {
    fail(c, "read", "out of memory", NULL);
    return -1;
  }
  /* A text the fast reader took is valid already: the line was, and its
   * escapes decode to scalar values only. */
  size_t bad = text_valid ? *len : sr_utf8_validate(*text, *len);
  if (bad != *len) {
    if (c->o->utf8_strict) {
      char msg[96];
      snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu", bad);
      fail(c, "read", msg, NULL);
      goto failed;
    }
    size_t nl;
    char *fixed = sr_utf8_repair(*text, *len, &nl);
    if (!fixed) {
      fail(c, "read", "out of memory", NULL);
      goto failed;
    }
    free(*text);
    *text = fixed;
    *len = nl;
    c->b->counts.repaired_utf8++;
  }
  return 0;
failed:
  /* The caller frees the id; the text and meta are ours to drop. */
  free(*text);
  *text = NULL;
  json_decref(*meta);
  *meta = NULL;
  return -1;
}

/* Reads a limits table ({instructions =, memory =, time =}) at idx over l. */
static void read_limits(lua_State *L, int idx, sr_limits *l) {
  idx = lua_absindex(L, idx); /* the getfields below push */
  if (!lua_istable(L, idx)) return;
  if (lua_getfield(L, idx, "instructions") == LUA_TNUMBER) l->instructions = (uint64_t)lua_tointeger(L, -1);
  if (lua_getfield(L, idx, "memory") == LUA_TNUMBER) l->memory = (size_t)lua_tointeger(L, -1);
  if (lua_getfield(L, idx, "time") == LUA_TNUMBER) l->time_ms = (uint64_t)lua_tointeger(L, -1);
  lua_pop(L, 3);
}

void sr_exec_batch(lua_State *L, const sr_exec_opts *o, sr_batch *b) {
  exec_ctx c = {.L = L, .o = o, .b = b};
  lua_settop(L, 0);
  lua_pushcfunction(L, msgh_cb);
  c.msgh = 1;
  sr_script_push_pipeline(L);
  int pipeline = 2;
  lua_getfield(L, pipeline, b->prepass ? "prepass" : "stages");
  c.stages = 3;
  lua_getfield(L, pipeline, "names");
  c.names = 4;
  lua_getfield(L, pipeline, "fields");
  c.fields = lua_istable(L, 5) ? 5 : 0;
  c.nstages = b->prepass ? 1 : (lua_Integer)lua_rawlen(L, c.stages);
  if (b->prepass) {
    /* The prepass is one function; wrap it as a one-stage list. */
    lua_createtable(L, 1, 0);
    lua_pushvalue(L, 3);
    lua_rawseti(L, -2, 1);
    lua_replace(L, 3);
  }
  if (o->csv && !b->prepass) {
    sr_exec_push_csv_columns(L, pipeline);
    c.csv_cols = lua_gettop(L);
  }
  /* Limits per stage: the run's, then the pipeline's, then the stage's. */
  c.limits = calloc((size_t)c.nstages + 1, sizeof *c.limits);
  lua_getfield(L, pipeline, "limits");
  lua_getfield(L, pipeline, "stage_limits");
  for (lua_Integer i = 1; i <= c.nstages; i++) {
    c.limits[i] = o->limits;
    read_limits(L, -2, &c.limits[i]);
    if (lua_istable(L, -1)) {
      lua_rawgeti(L, -1, i);
      read_limits(L, lua_gettop(L), &c.limits[i]);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 2);
  int top = lua_gettop(L);

  for (sr_doc *d = b->docs; d; d = d->next) {
    c.in = d;
    c.id = NULL;
    uint64_t failed_before = b->counts.failed;
    b->counts.docs_in++;
    b->counts.bytes_in += d->raw_len;
    if (d->error) {
      /* A record the reader could not make (a line over --max-doc-bytes,
       * an unreadable file) has no JSON id: it is named as documents
       * without one are, "name:LINE". */
      char *eid = make_id(d);
      c.id = eid;
      fail(&c, "read", d->error, NULL);
      c.id = NULL;
      free(eid);
      b->trailing_failed++;
      continue;
    }
    char *id, *text;
    size_t len;
    json_t *meta;
    if (prepare(&c, d, &id, &text, &len, &meta)) {
      free(id);
      b->trailing_failed++;
      continue;
    }
    /* The document view owns id, text and meta from here on. */
    sr_ldoc_push(L, id, d->source, d->line, text, len, meta);
    c.id = ((sr_ldoc *)lua_touserdata(L, -1))->id;
    if (b->prepass) {
      lua_rawgeti(L, c.stages, 1);
      lua_pushvalue(L, -2);
      if (lua_pcall(L, 1, 0, c.msgh) != LUA_OK) {
        const char *err = "error";
        if (lua_istable(L, -1)) {
          lua_getfield(L, -1, "error");
          err = lua_tostring(L, -1);
        }
        fail(&c, "prepass", err ? err : "error", NULL);
      }
      release_doc(L, top + 1);
    } else {
      run_from(&c, 1, top + 1);
    }
    lua_settop(L, top);
    if (b->counts.failed > failed_before) {
      b->trailing_failed++;
    } else {
      b->trailing_failed = 0;
      b->any_ok = 1;
    }
  }
  free(c.limits);
  lua_settop(L, 0);
  sr_doc_list_free(b->docs);
  b->docs = b->docs_tail = NULL;
}
