/* gazetteer: tags the names of a large list (hundreds of thousands of
 * entries) in documents, in C.
 *
 * The list is a TSV file: name, type, canonical id (id defaults to the
 * name, type to the `type` option).  Names and texts are folded the same
 * way — Unicode case folding, accents stripped (utf8proc), runs of white
 * space made one space — and the folded names go into one Aho-Corasick
 * automaton, so a text is scanned once whatever the size of the list.  Of
 * the matches, those that start and end on word boundaries are kept, and
 * of overlapping ones the leftmost, then the longest, wins.  Each becomes a
 * tag over the original text's bytes: type from the list, value the
 * canonical id.
 *
 * The automaton is built once per file and process (the stage's shared
 * state; workers only read it); each worker keeps its own scratch buffers.
 *
 *   stage  tag     saring.plugin("gazetteer", {file = "names.tsv"}).stage
 *   lua            local g = require("plugin.gazetteer").load("names.tsv")
 *                  g:find(text) -> {{start =, stop =, type =, id =}, ...}
 *                  g:lookup(name) -> type, id    g:size() -> entries
 */
#include <lauxlib.h>
#include <lua.h>
#include <pthread.h>
#include <saring/plugin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

SR_PLUGIN_DECLARE("gazetteer", "1.0.0",
                  "fast entity tagging over large name lists (Aho-Corasick, case and accent folding)");

static const sr_host_api *host;
static sr_plugin *self;

#define NONE UINT32_MAX

/* ---- folding --------------------------------------------------------- */

typedef struct fbuf {
  char *s;          /* folded bytes */
  uint32_t *from;   /* per folded byte: start of its original character */
  uint32_t *to;     /* per folded byte: end of its original character */
  size_t len, cap;
} fbuf;

static int fb_reserve(fbuf *b, size_t more) {
  if (b->len + more <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + more) cap *= 2;
  char *s = realloc(b->s, cap);
  if (!s) return -1;
  b->s = s;
  uint32_t *f = realloc(b->from, cap * sizeof *f);
  if (!f) return -1;
  b->from = f;
  uint32_t *t = realloc(b->to, cap * sizeof *t);
  if (!t) return -1;
  b->to = t;
  b->cap = cap;
  return 0;
}

static void fb_free(fbuf *b) {
  free(b->s);
  free(b->from);
  free(b->to);
  memset(b, 0, sizeof *b);
}

static int is_space_cp(utf8proc_int32_t c) {
  if (c == ' ' || (c >= 9 && c <= 13)) return 1;
  if (c < 128) return 0;
  utf8proc_category_t k = utf8proc_category(c);
  return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}

static int is_word_cp(utf8proc_int32_t c) {
  if (c < 128)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  utf8proc_category_t k = utf8proc_category(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

/* Folds s into b (emptied first).  Leading white space is dropped; a run of
 * white space becomes one space. */
static int fold(const char *s, size_t len, fbuf *b, int accents) {
  b->len = 0;
  int space = 1;
  utf8proc_option_t opts = UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | (accents ? UTF8PROC_STRIPMARK : 0);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 128) {
      if (c == ' ' || (c >= 9 && c <= 13)) {
        if (!space) {
          if (fb_reserve(b, 1)) return -1;
          b->s[b->len] = ' ';
          b->from[b->len] = (uint32_t)i;
          b->to[b->len] = (uint32_t)i + 1;
          b->len++;
          space = 1;
        }
      } else {
        if (fb_reserve(b, 1)) return -1;
        b->s[b->len] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        b->from[b->len] = (uint32_t)i;
        b->to[b->len] = (uint32_t)i + 1;
        b->len++;
        space = 0;
      }
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) {
      /* An invalid byte separates words and matches nothing. */
      i++;
      space = 0;
      if (fb_reserve(b, 1)) return -1;
      b->s[b->len] = '\x01';
      b->from[b->len] = (uint32_t)i - 1;
      b->to[b->len] = (uint32_t)i;
      b->len++;
      continue;
    }
    if (is_space_cp(cp)) {
      if (!space) {
        if (fb_reserve(b, 1)) return -1;
        b->s[b->len] = ' ';
        b->from[b->len] = (uint32_t)i;
        b->to[b->len] = (uint32_t)(i + (size_t)n);
        b->len++;
        space = 1;
      }
      i += (size_t)n;
      continue;
    }
    utf8proc_int32_t out[32];
    int bound = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(cp, out, 32, opts, &bound);
    if (m < 0 || m > 32) {
      out[0] = cp;
      m = 1;
    }
    for (utf8proc_ssize_t k = 0; k < m; k++) {
      if (fb_reserve(b, 4)) return -1;
      utf8proc_ssize_t e = utf8proc_encode_char(out[k], (utf8proc_uint8_t *)b->s + b->len);
      for (utf8proc_ssize_t q = 0; q < e; q++) {
        b->from[b->len + (size_t)q] = (uint32_t)i;
        b->to[b->len + (size_t)q] = (uint32_t)(i + (size_t)n);
      }
      b->len += (size_t)e;
    }
    space = 0;
    i += (size_t)n;
  }
  while (b->len && b->s[b->len - 1] == ' ') b->len--;
  return 0;
}

/* ---- the automaton --------------------------------------------------- */

typedef struct node {
  uint32_t child;    /* first child */
  uint32_t sibling;  /* next sibling */
  uint32_t fail;
  uint32_t dict;     /* nearest node on the fail chain that ends an entry */
  uint32_t entry;    /* entry ending here, or NONE */
  uint32_t depth;
  unsigned char label;
} node;

typedef struct entry {
  uint32_t name, type, id;  /* offsets into the string pool */
} entry;

typedef struct gaz {
  char *path;
  int accents;
  node *nodes;
  size_t nnodes, capnodes;
  uint32_t root_next[256];
  entry *entries;
  size_t nentries, capentries;
  char *pool;
  size_t poollen, poolcap;
  size_t duplicates;
  int refs;
} gaz;

static uint32_t new_node(gaz *g, unsigned char label, uint32_t depth) {
  if (g->nnodes == g->capnodes) {
    size_t cap = g->capnodes ? 2 * g->capnodes : 4096;
    node *n = realloc(g->nodes, cap * sizeof *n);
    if (!n) return NONE;
    g->nodes = n;
    g->capnodes = cap;
  }
  node *n = &g->nodes[g->nnodes];
  memset(n, 0, sizeof *n);
  n->child = n->sibling = NONE;
  n->entry = n->dict = NONE;
  n->label = label;
  n->depth = depth;
  return (uint32_t)g->nnodes++;
}

static inline uint32_t child_of(const gaz *g, uint32_t s, unsigned char c) {
  if (s == 0) return g->root_next[c];
  for (uint32_t k = g->nodes[s].child; k != NONE; k = g->nodes[k].sibling)
    if (g->nodes[k].label == c) return k;
  return NONE;
}

static uint32_t pool_add(gaz *g, const char *s, size_t n) {
  if (g->poollen + n + 1 > g->poolcap) {
    size_t cap = g->poolcap ? g->poolcap : 1 << 16;
    while (cap < g->poollen + n + 1) cap *= 2;
    char *p = realloc(g->pool, cap);
    if (!p) return NONE;
    g->pool = p;
    g->poolcap = cap;
  }
  uint32_t off = (uint32_t)g->poollen;
  memcpy(g->pool + off, s, n);
  g->pool[off + n] = '\0';
  g->poollen += n + 1;
  return off;
}

static int insert(gaz *g, const char *key, size_t klen, uint32_t e) {
  uint32_t s = 0;
  for (size_t i = 0; i < klen; i++) {
    unsigned char c = (unsigned char)key[i];
    uint32_t k = child_of(g, s, c);
    if (k == NONE) {
      k = new_node(g, c, (uint32_t)i + 1);
      if (k == NONE) return -1;
      if (s == 0) {
        g->root_next[c] = k;
      } else {
        g->nodes[k].sibling = g->nodes[s].child;
        g->nodes[s].child = k;
      }
    }
    s = k;
  }
  if (g->nodes[s].entry != NONE) {
    g->duplicates++;
    return 0;
  }
  g->nodes[s].entry = e;
  return 1;
}

static int build_links(gaz *g) {
  uint32_t *queue = malloc(g->nnodes * sizeof *queue);
  if (!queue) return -1;
  size_t qh = 0, qt = 0;
  for (int c = 0; c < 256; c++) {
    uint32_t k = g->root_next[c];
    if (k == NONE) continue;
    g->nodes[k].fail = 0;
    queue[qt++] = k;
  }
  while (qh < qt) {
    uint32_t u = queue[qh++];
    for (uint32_t v = g->nodes[u].child; v != NONE; v = g->nodes[v].sibling) {
      unsigned char c = g->nodes[v].label;
      uint32_t f = g->nodes[u].fail, t;
      while ((t = child_of(g, f, c)) == NONE && f != 0) f = g->nodes[f].fail;
      if (t == NONE || t == v) t = 0;
      g->nodes[v].fail = t;
      g->nodes[v].dict = g->nodes[t].entry != NONE ? t : g->nodes[t].dict;
      queue[qt++] = v;
    }
  }
  free(queue);
  return 0;
}

static void gaz_free(gaz *g) {
  if (!g) return;
  free(g->path);
  free(g->nodes);
  free(g->entries);
  free(g->pool);
  free(g);
}

static gaz *gaz_load(const char *path, int accents, const char *deftype, char *err, size_t errlen) {
  FILE *f = fopen(path, "r");
  if (!f) {
    snprintf(err, errlen, "cannot open %s", path);
    return NULL;
  }
  gaz *g = calloc(1, sizeof *g);
  g->path = strdup(path);
  g->accents = accents;
  memset(g->root_next, 0xff, sizeof g->root_next);
  new_node(g, 0, 0);
  fbuf fb = {0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  size_t lineno = 0;
  while ((n = getline(&line, &cap, f)) > 0) {
    lineno++;
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
    if (!n || line[0] == '#') continue;
    char *name = line, *type = NULL, *id = NULL;
    char *tab = strchr(name, '\t');
    if (tab) {
      *tab = '\0';
      type = tab + 1;
      tab = strchr(type, '\t');
      if (tab) {
        *tab = '\0';
        id = tab + 1;
        tab = strchr(id, '\t');
        if (tab) *tab = '\0';
      }
    }
    if (!type || !*type) type = (char *)deftype;
    if (!id || !*id) id = name;
    if (fold(name, strlen(name), &fb, accents)) goto nomem;
    if (!fb.len) continue;
    if (g->nentries == g->capentries) {
      size_t c2 = g->capentries ? 2 * g->capentries : 1024;
      entry *e = realloc(g->entries, c2 * sizeof *e);
      if (!e) goto nomem;
      g->entries = e;
      g->capentries = c2;
    }
    int rc = insert(g, fb.s, fb.len, (uint32_t)g->nentries);
    if (rc < 0) goto nomem;
    if (rc == 0) continue;
    entry *e = &g->entries[g->nentries++];
    e->name = pool_add(g, name, strlen(name));
    e->type = pool_add(g, type, strlen(type));
    e->id = pool_add(g, id, strlen(id));
    if (e->name == NONE || e->type == NONE || e->id == NONE) goto nomem;
  }
  free(line);
  fclose(f);
  fb_free(&fb);
  if (build_links(g)) {
    gaz_free(g);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  return g;
nomem:
  free(line);
  fclose(f);
  fb_free(&fb);
  gaz_free(g);
  snprintf(err, errlen, "out of memory loading %s (line %zu)", path, lineno);
  return NULL;
}

/* Loaded lists are shared by path: the stage of every worker and the Lua
 * helper reuse one automaton.  Freed at exit. */
static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static gaz **cache;
static size_t ncache;

static gaz *gaz_get(const char *path, int accents, const char *deftype, char *err, size_t errlen) {
  pthread_mutex_lock(&cache_mu);
  for (size_t i = 0; i < ncache; i++)
    if (!strcmp(cache[i]->path, path) && cache[i]->accents == accents) {
      pthread_mutex_unlock(&cache_mu);
      return cache[i];
    }
  gaz *g = gaz_load(path, accents, deftype, err, errlen);
  if (g) {
    gaz **v = realloc(cache, (ncache + 1) * sizeof *v);
    if (v) {
      cache = v;
      cache[ncache++] = g;
      host->log(self, SR_PLUGIN_LOG_DEBUG, "%s: %zu entries (%zu duplicates), %zu states", path, g->nentries,
                g->duplicates, g->nnodes);
    }
  }
  pthread_mutex_unlock(&cache_mu);
  return g;
}

static void unload(void *arg) {
  (void)arg;
  for (size_t i = 0; i < ncache; i++) gaz_free(cache[i]);
  free(cache);
  cache = NULL;
  ncache = 0;
}

/* ---- matching -------------------------------------------------------- */

typedef struct match {
  uint32_t start, end;  /* folded offsets */
  uint32_t entry;
} match;

typedef struct scratch {
  fbuf fb;
  match *m;
  size_t nm, capm;
} scratch;

static utf8proc_int32_t cp_before(const fbuf *b, size_t pos) {
  if (pos == 0) return ' ';
  size_t i = pos - 1;
  while (i > 0 && ((unsigned char)b->s[i] & 0xC0) == 0x80) i--;
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)b->s + i, (utf8proc_ssize_t)(pos - i), &cp) <= 0) return ' ';
  return cp;
}

static utf8proc_int32_t cp_at(const fbuf *b, size_t pos) {
  if (pos >= b->len) return ' ';
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)b->s + pos, (utf8proc_ssize_t)(b->len - pos), &cp) <= 0)
    return ' ';
  return cp;
}

/* A match is kept when it covers whole original characters and does not
 * cut a word: a word character at its edge must not continue outside. */
static int on_boundaries(const fbuf *b, size_t start, size_t end) {
  if (start > 0 && b->from[start] == b->from[start - 1]) return 0;
  if (end < b->len && b->from[end] == b->from[end - 1]) return 0;
  if (is_word_cp(cp_at(b, start)) && is_word_cp(cp_before(b, start))) return 0;
  if (is_word_cp(cp_before(b, end)) && is_word_cp(cp_at(b, end))) return 0;
  return 1;
}

static int cmp_match(const void *a, const void *b) {
  const match *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return (x->end < y->end) - (x->end > y->end);
}

/* Finds the leftmost-longest, non-overlapping matches of text; they are in
 * sc->m[0..return value). */
static long gaz_scan(const gaz *g, scratch *sc, const char *text, size_t len) {
  if (fold(text, len, &sc->fb, g->accents)) return -1;
  const fbuf *b = &sc->fb;
  sc->nm = 0;
  uint32_t s = 0;
  const node *nodes = g->nodes;
  for (size_t i = 0; i < b->len; i++) {
    unsigned char c = (unsigned char)b->s[i];
    uint32_t t;
    while ((t = child_of(g, s, c)) == NONE && s != 0) s = nodes[s].fail;
    s = t == NONE ? 0 : t;
    for (uint32_t k = nodes[s].entry != NONE ? s : nodes[s].dict; k != NONE; k = nodes[k].dict) {
      size_t end = i + 1, start = end - nodes[k].depth;
      if (!on_boundaries(b, start, end)) continue;
      if (sc->nm == sc->capm) {
        size_t cap = sc->capm ? 2 * sc->capm : 64;
        match *m = realloc(sc->m, cap * sizeof *m);
        if (!m) return -1;
        sc->m = m;
        sc->capm = cap;
      }
      sc->m[sc->nm++] = (match){(uint32_t)start, (uint32_t)end, nodes[k].entry};
    }
  }
  qsort(sc->m, sc->nm, sizeof *sc->m, cmp_match);
  size_t k = 0;
  uint32_t covered = 0;
  for (size_t i = 0; i < sc->nm; i++) {
    if (k && sc->m[i].start < covered) continue;
    sc->m[k++] = sc->m[i];
    covered = sc->m[i].end;
  }
  return (long)k;
}

static void scratch_free(scratch *sc) {
  if (!sc) return;
  fb_free(&sc->fb);
  free(sc->m);
  free(sc);
}

/* ---- the stage ------------------------------------------------------- */

static int opt_bool(const sr_opts *o, const char *key, int def) {
  const char *v = host->opt(o, key);
  if (!v) return def;
  return !(!strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no"));
}

typedef struct stage_cfg {
  const gaz *g;
  char *prefix;  /* prepended to tag types, e.g. "gaz." */
  int count_meta;
} stage_cfg;

static int tag_create(const sr_opts *o, void **shared, char *err, size_t errlen) {
  const char *file = host->opt(o, "file");
  if (!file) {
    snprintf(err, errlen, "option 'file' (a TSV of name, type, id) is required");
    return SR_PLUGIN_ERROR;
  }
  const char *type = host->opt(o, "type");
  gaz *g = gaz_get(file, opt_bool(o, "accents", 1), type ? type : "entity", err, errlen);
  if (!g) return SR_PLUGIN_ERROR;
  stage_cfg *c = calloc(1, sizeof *c);
  c->g = g;
  const char *p = host->opt(o, "prefix");
  c->prefix = strdup(p ? p : "");
  c->count_meta = opt_bool(o, "count", 0);
  *shared = c;
  return 0;
}

static void tag_destroy(void *shared) {
  stage_cfg *c = shared;
  free(c->prefix);
  free(c);
}

static int tag_worker_init(void *shared, int worker, void **local, char *err, size_t errlen) {
  (void)shared;
  (void)worker;
  (void)err;
  (void)errlen;
  *local = calloc(1, sizeof(scratch));
  return *local ? 0 : SR_PLUGIN_ERROR;
}

static void tag_worker_fini(void *shared, void *local) {
  (void)shared;
  scratch_free(local);
}

static int tag_process(void *shared, void *local, sr_pdoc *doc, char *err, size_t errlen) {
  stage_cfg *c = shared;
  scratch *sc = local;
  size_t len;
  const char *text = host->doc_text(doc, &len);
  if (len >= UINT32_MAX) {
    snprintf(err, errlen, "text too large for the gazetteer (4 GB)");
    return SR_PLUGIN_ERROR;
  }
  long n = gaz_scan(c->g, sc, text, len);
  if (n < 0) {
    snprintf(err, errlen, "out of memory");
    return SR_PLUGIN_ERROR;
  }
  char type[256];
  for (long i = 0; i < n; i++) {
    const match *m = &sc->m[i];
    const entry *e = &c->g->entries[m->entry];
    snprintf(type, sizeof type, "%s%s", c->prefix, c->g->pool + e->type);
    if (host->doc_tag(doc, sc->fb.from[m->start], sc->fb.to[m->end - 1], type, c->g->pool + e->id) < 0) {
      snprintf(err, errlen, "cannot tag");
      return SR_PLUGIN_ERROR;
    }
  }
  if (c->count_meta) {
    char num[32];
    snprintf(num, sizeof num, "%ld", n);
    host->doc_meta_set(doc, "gazetteer_matches", num);
  }
  host->counter_add(self, "matches", n);
  return SR_PLUGIN_OK;
}

static const sr_stage_def tag_stage = {
  .struct_size = sizeof(sr_stage_def),
  .name = "tag",
  .description = "tags names of a TSV list (file=, type=entity, prefix=, accents=1, count=0)",
  .create = tag_create,
  .destroy = tag_destroy,
  .worker_init = tag_worker_init,
  .worker_fini = tag_worker_fini,
  .process = tag_process,
};

/* ---- the Lua module -------------------------------------------------- */

#define MATCHER_MT "gazetteer.matcher"

typedef struct lmatcher {
  const gaz *g;
  scratch *sc;
} lmatcher;

static lmatcher *check_matcher(lua_State *L) { return luaL_checkudata(L, 1, MATCHER_MT); }

static int l_load(lua_State *L) {
  const char *file = luaL_checkstring(L, 1);
  int accents = lua_isnoneornil(L, 2) ? 1 : lua_toboolean(L, 2);
  char err[512] = "";
  const gaz *g = gaz_get(file, accents, "entity", err, sizeof err);
  if (!g) {
    lua_pushnil(L);
    lua_pushstring(L, err);
    return 2;
  }
  lmatcher *m = lua_newuserdatauv(L, sizeof *m, 0);
  m->g = g;
  m->sc = calloc(1, sizeof(scratch));
  luaL_setmetatable(L, MATCHER_MT);
  return 1;
}

static int l_find(lua_State *L) {
  lmatcher *m = check_matcher(L);
  size_t len;
  const char *s = host->lua_checktext(L, 2, &len);
  long n = gaz_scan(m->g, m->sc, s, len);
  if (n < 0) return luaL_error(L, "out of memory");
  lua_createtable(L, (int)n, 0);
  for (long i = 0; i < n; i++) {
    const match *x = &m->sc->m[i];
    const entry *e = &m->g->entries[x->entry];
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, (lua_Integer)m->sc->fb.from[x->start] + 1);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)m->sc->fb.to[x->end - 1]);
    lua_setfield(L, -2, "stop");
    lua_pushstring(L, m->g->pool + e->type);
    lua_setfield(L, -2, "type");
    lua_pushstring(L, m->g->pool + e->id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, m->g->pool + e->name);
    lua_setfield(L, -2, "name");
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

static int l_lookup(lua_State *L) {
  lmatcher *m = check_matcher(L);
  size_t len;
  const char *s = luaL_checklstring(L, 2, &len);
  if (fold(s, len, &m->sc->fb, m->g->accents)) return luaL_error(L, "out of memory");
  uint32_t st = 0;
  for (size_t i = 0; i < m->sc->fb.len && st != NONE; i++) st = child_of(m->g, st, (unsigned char)m->sc->fb.s[i]);
  if (st == NONE || st == 0 || m->g->nodes[st].entry == NONE) {
    lua_pushnil(L);
    return 1;
  }
  const entry *e = &m->g->entries[m->g->nodes[st].entry];
  lua_pushstring(L, m->g->pool + e->type);
  lua_pushstring(L, m->g->pool + e->id);
  return 2;
}

static int l_size(lua_State *L) {
  lmatcher *m = check_matcher(L);
  lua_pushinteger(L, (lua_Integer)m->g->nentries);
  return 1;
}

static int l_gc(lua_State *L) {
  lmatcher *m = check_matcher(L);
  scratch_free(m->sc);
  m->sc = NULL;
  return 0;
}

static const luaL_Reg matcher_methods[] = {
  {"find", l_find},
  {"lookup", l_lookup},
  {"size", l_size},
  {NULL, NULL},
};

static const luaL_Reg gazetteer_funcs[] = {
  {"load", l_load},
  {NULL, NULL},
};

static int luaopen_gazetteer(lua_State *L) {
  if (luaL_newmetatable(L, MATCHER_MT)) {
    luaL_newlib(L, matcher_methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  luaL_newlib(L, gazetteer_funcs);
  return 1;
}

int saring_plugin_init(const sr_host_api *h, sr_plugin *p) {
  host = h;
  self = p;
  host->on_unload(p, unload, NULL);
  if (host->register_stage(p, &tag_stage) || host->register_lua_module(p, luaopen_gazetteer))
    return SR_PLUGIN_ERROR;
  return 0;
}
