/* template: a copyable starting point for a saring plugin, with one of each
 * thing a plugin can offer.
 *
 *   stage  mark    tags each occurrence of a word ({word = "saring"}); a
 *                  document containing the `fail_on` option's text fails
 *                  (to show that an error fails only that document)
 *   lua    count   template.count(text, word) -> occurrences
 *   source count   `--source template:n=100,prefix=doc` emits n documents
 *   sink   file    `--sink template:path=out.jsonl` appends the records
 *
 * Build it in saring's tree (plugins/CMakeLists.txt) or out of it:
 *   cc -shared -fPIC -O2 $(pkg-config --cflags saring) template.c \
 *      -o template.so $(pkg-config --libs saring)
 * then `saring plugins --plugin-path .` lists it.
 */
/* memmem is a GNU extension: without this, `cc` in its default mode declares
 * it nowhere, and the implicit declaration truncates the pointer it returns.
 * saring's own build defines _GNU_SOURCE for every file already. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <lauxlib.h>
#include <lua.h>
#include <saring/plugin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

SR_PLUGIN_DECLARE("template", "1.0.0", "a starting point: a stage, a Lua helper, a source and a sink");

/* Set once in saring_plugin_init, before any other callback runs. */
static const sr_host_api *host;
static sr_plugin *self;

/* ---- the stage ------------------------------------------------------- */

typedef struct mark {
  char *word;
  size_t len;
  char *fail_on;
} mark;

static int mark_create(const sr_opts *o, void **shared, char *err, size_t errlen) {
  const char *w = host->opt(o, "word");
  if (w && !*w) {
    snprintf(err, errlen, "option 'word' must not be empty");
    return SR_PLUGIN_ERROR;
  }
  mark *m = calloc(1, sizeof *m);
  if (!m) return SR_PLUGIN_ERROR;
  m->word = strdup(w ? w : "saring");
  m->len = strlen(m->word);
  const char *f = host->opt(o, "fail_on");
  m->fail_on = f && *f ? strdup(f) : NULL;
  *shared = m;
  return 0;
}

static void mark_destroy(void *shared) {
  mark *m = shared;
  free(m->word);
  free(m->fail_on);
  free(m);
}

static int mark_process(void *shared, void *local, sr_pdoc *doc, char *err, size_t errlen) {
  (void)local;
  mark *m = shared;
  size_t len;
  const char *text = host->doc_text(doc, &len);
  if (m->fail_on && memmem(text, len, m->fail_on, strlen(m->fail_on))) {
    snprintf(err, errlen, "the text contains \"%s\"", m->fail_on);
    return SR_PLUGIN_ERROR;
  }
  int64_t n = 0;
  for (const char *p = text, *end = text + len; (p = memmem(p, (size_t)(end - p), m->word, m->len)); p += m->len) {
    host->doc_tag(doc, (size_t)(p - text), (size_t)(p - text) + m->len, "mark", m->word);
    n++;
  }
  char json[32];
  snprintf(json, sizeof json, "%lld", (long long)n);
  host->doc_meta_set(doc, "marks", json);
  host->counter_add(self, "marks", n);
  return SR_PLUGIN_OK;
}

static const sr_stage_def mark_stage = {
  .struct_size = sizeof(sr_stage_def),
  .name = "mark",
  .description = "tags each occurrence of a word (word=saring)",
  .create = mark_create,
  .destroy = mark_destroy,
  .process = mark_process,
};

/* ---- the Lua module -------------------------------------------------- */

static int l_count(lua_State *L) {
  size_t len, wl;
  const char *s = host->lua_checktext(L, 1, &len);
  const char *w = luaL_checklstring(L, 2, &wl);
  luaL_argcheck(L, wl > 0, 2, "empty word");
  lua_Integer n = 0;
  for (const char *p = s, *end = s + len; (p = memmem(p, (size_t)(end - p), w, wl)); p += wl) n++;
  lua_pushinteger(L, n);
  return 1;
}

static const luaL_Reg template_funcs[] = {
  {"count", l_count},
  {NULL, NULL},
};

static int luaopen_template(lua_State *L) {
  luaL_newlib(L, template_funcs);
  return 1;
}

/* ---- the source ------------------------------------------------------ */

typedef struct counter_src {
  long n, next, acked;
  char *prefix;
  char *ack_file;
} counter_src;

static int src_open(const sr_opts *o, void **state, char *err, size_t errlen) {
  counter_src *s = calloc(1, sizeof *s);
  if (!s) return SR_PLUGIN_ERROR;
  const char *n = host->opt(o, "n");
  s->n = n ? atol(n) : 10;
  if (s->n < 0) {
    snprintf(err, errlen, "option n must be 0 or more");
    free(s);
    return SR_PLUGIN_ERROR;
  }
  const char *p = host->opt(o, "prefix");
  s->prefix = strdup(p ? p : "doc");
  const char *a = host->opt(o, "ack_file");
  s->ack_file = a ? strdup(a) : NULL;
  *state = s;
  return 0;
}

static int src_read(void *state, sr_emitter *em, size_t max, char *err, size_t errlen) {
  (void)err;
  (void)errlen;
  counter_src *s = state;
  if (s->next >= s->n) return SR_PLUGIN_EOF;
  int k = 0;
  for (; (size_t)k < max && s->next < s->n; k++, s->next++) {
    char id[128], text[256], token[32];
    snprintf(id, sizeof id, "%s-%ld", s->prefix, s->next + 1);
    int len = snprintf(text, sizeof text, "Document %ld of %ld, made by saring's template source.", s->next + 1, s->n);
    snprintf(token, sizeof token, "%ld", s->next + 1);
    if (host->emit(em, id, text, (size_t)len, "{\"origin\":\"template\"}", token) < 0) return SR_PLUGIN_ERROR;
  }
  return k;
}

static int src_ack(void *state, const char *const *tokens, size_t n, char *err, size_t errlen) {
  (void)tokens;
  (void)err;
  (void)errlen;
  counter_src *s = state;
  s->acked += (long)n;
  return 0;
}

static void src_close(void *state) {
  counter_src *s = state;
  host->log(self, SR_PLUGIN_LOG_INFO, "source closed: %ld of %ld documents acknowledged", s->acked, s->n);
  if (s->ack_file) {
    FILE *f = fopen(s->ack_file, "w");
    if (f) {
      fprintf(f, "%ld\n", s->acked);
      fclose(f);
    }
  }
  free(s->prefix);
  free(s->ack_file);
  free(s);
}

static const sr_source_def count_source = {
  .struct_size = sizeof(sr_source_def),
  .name = "count",
  .description = "n documents named prefix-1..prefix-n (n=10,prefix=doc,ack_file=)",
  .open = src_open,
  .read = src_read,
  .ack = src_ack,
  .close = src_close,
};

/* ---- the sink -------------------------------------------------------- */

static int sink_open(const sr_opts *o, void **state, char *err, size_t errlen) {
  const char *path = host->opt(o, "path");
  if (!path) {
    snprintf(err, errlen, "option path is required (--sink template:path=FILE)");
    return SR_PLUGIN_ERROR;
  }
  FILE *f = fopen(path, "w");
  if (!f) {
    snprintf(err, errlen, "cannot open %s", path);
    return SR_PLUGIN_ERROR;
  }
  *state = f;
  return 0;
}

static int sink_write(void *state, const sr_record *recs, size_t n, char *err, size_t errlen) {
  FILE *f = state;
  for (size_t i = 0; i < n; i++) {
    fwrite(recs[i].json, 1, recs[i].len, f);
    fputc('\n', f);
  }
  if (fflush(f)) {
    snprintf(err, errlen, "write failed");
    return SR_PLUGIN_ERROR;
  }
  return 0;
}

static int sink_close(void *state, char *err, size_t errlen) {
  (void)err;
  (void)errlen;
  return fclose(state) ? SR_PLUGIN_ERROR : 0;
}

static const sr_sink_def file_sink = {
  .struct_size = sizeof(sr_sink_def),
  .name = "file",
  .description = "appends each record to a JSONL file (path=)",
  .open = sink_open,
  .write = sink_write,
  .close = sink_close,
};

/* ---- registration ---------------------------------------------------- */

int saring_plugin_init(const sr_host_api *h, sr_plugin *p) {
  host = h;
  self = p;
  if (host->register_stage(p, &mark_stage) || host->register_lua_module(p, luaopen_template) ||
      host->register_source(p, &count_source) || host->register_sink(p, &file_sink))
    return SR_PLUGIN_ERROR;
  return 0;
}
