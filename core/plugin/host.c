/* Loading plugins, their registry and the host function table (see host.h). */
#include "plugin/host.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <uv.h>

#include "log.h"
#include "plugin/internal.h"

/* ---- the registry ---------------------------------------------------- */

typedef struct counter {
  struct counter *next;
  char *name;  /* plugin.name */
  int64_t value;
} counter;

static uv_once_t once = UV_ONCE_INIT;
static uv_mutex_t mu;
static sr_plugin *plugins;
static sr_stage_inst *instances;
static counter *counters;
static char **paths;
static size_t npaths;
static int exit_hooked;

static void init_once(void) { uv_mutex_init_recursive(&mu); }
static void lock(void) {
  uv_once(&once, init_once);
  uv_mutex_lock(&mu);
}
static void unlock(void) { uv_mutex_unlock(&mu); }

static char *fmt_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *fmt_err(const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return strdup(buf);
}

/* ---- options --------------------------------------------------------- */

sr_opts *sr_opts_new(void) { return calloc(1, sizeof(sr_opts)); }

int sr_opts_set(sr_opts *o, const char *key, const char *value) {
  for (size_t i = 0; i < o->n; i++)
    if (!strcmp(o->keys[i], key)) {
      char *v = strdup(value);
      if (!v) return -1;
      free(o->values[i]);
      o->values[i] = v;
      return 0;
    }
  char **k = realloc(o->keys, (o->n + 1) * sizeof *k);
  if (!k) return -1;
  o->keys = k;
  char **v = realloc(o->values, (o->n + 1) * sizeof *v);
  if (!v) return -1;
  o->values = v;
  o->keys[o->n] = strdup(key);
  o->values[o->n] = strdup(value);
  if (!o->keys[o->n] || !o->values[o->n]) return -1;
  o->n++;
  return 0;
}

sr_opts *sr_opts_parse(const char *spec, char **err) {
  sr_opts *o = sr_opts_new();
  if (!o) return NULL;
  const char *p = spec ? spec : "";
  while (*p) {
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n) {
      char *item = strndup(p, n);
      char *eq = strchr(item, '=');
      if (!eq || eq == item) {
        *err = fmt_err("option '%s' is not key=value", item);
        free(item);
        sr_opts_free(o);
        return NULL;
      }
      *eq = '\0';
      sr_opts_set(o, item, eq + 1);
      free(item);
    }
    p += n;
    if (*p == ',') p++;
  }
  return o;
}

void sr_opts_free(sr_opts *o) {
  if (!o) return;
  for (size_t i = 0; i < o->n; i++) {
    free(o->keys[i]);
    free(o->values[i]);
  }
  free(o->keys);
  free(o->values);
  free(o);
}

static int cmp_idx(const void *a, const void *b, void *arg) {
  const sr_opts *o = arg;
  return strcmp(o->keys[*(const size_t *)a], o->keys[*(const size_t *)b]);
}

char *sr_opts_canonical(const sr_opts *o) {
  size_t *idx = calloc(o->n + 1, sizeof *idx), len = 1;
  if (!idx) return NULL;
  for (size_t i = 0; i < o->n; i++) {
    idx[i] = i;
    len += strlen(o->keys[i]) + strlen(o->values[i]) + 2;
  }
  qsort_r(idx, o->n, sizeof *idx, cmp_idx, (void *)o);
  char *s = malloc(len), *p = s;
  if (!s) {
    free(idx);
    return NULL;
  }
  for (size_t i = 0; i < o->n; i++)
    p += sprintf(p, "%s=%s%c", o->keys[idx[i]], o->values[idx[i]], '\x1f');
  *p = '\0';
  free(idx);
  return s;
}

static const char *h_opt(const sr_opts *o, const char *key) {
  if (!o) return NULL;
  for (size_t i = 0; i < o->n; i++)
    if (!strcmp(o->keys[i], key)) return o->values[i];
  return NULL;
}
static size_t h_opt_count(const sr_opts *o) { return o ? o->n : 0; }
static const char *h_opt_key(const sr_opts *o, size_t i) { return o && i < o->n ? o->keys[i] : NULL; }
static const char *h_opt_value(const sr_opts *o, size_t i) { return o && i < o->n ? o->values[i] : NULL; }

/* ---- registration ---------------------------------------------------- */

static int add_def(sr_plugin *p, const void ***list, size_t *n, const void *def, uint32_t size,
                   uint32_t min_size, const char *what, const char *name) {
  if (!p || !p->initializing) return SR_PLUGIN_ERROR;
  if (size < min_size || size > min_size * 4 || !name || !*name) {
    sr_log(SR_LOG_ERROR, "plugin %s: invalid %s definition (struct_size %u, name %s)",
           p->info->name, what, (unsigned)size, name ? name : "NULL");
    return SR_PLUGIN_ERROR;
  }
  const void **v = realloc(*list, (*n + 1) * sizeof *v);
  if (!v) return SR_PLUGIN_ERROR;
  v[(*n)++] = def;
  *list = v;
  return 0;
}

static int h_register_stage(sr_plugin *p, const sr_stage_def *d) {
  if (d && !d->process) return SR_PLUGIN_ERROR;
  return add_def(p, (const void ***)&p->stages, &p->nstages, d, d ? d->struct_size : 0,
                 (uint32_t)sizeof(sr_stage_def), "stage", d ? d->name : NULL);
}
static int h_register_source(sr_plugin *p, const sr_source_def *d) {
  if (d && (!d->open || !d->read)) return SR_PLUGIN_ERROR;
  return add_def(p, (const void ***)&p->sources, &p->nsources, d, d ? d->struct_size : 0,
                 (uint32_t)sizeof(sr_source_def), "source", d ? d->name : NULL);
}
static int h_register_sink(sr_plugin *p, const sr_sink_def *d) {
  if (d && (!d->open || !d->write)) return SR_PLUGIN_ERROR;
  return add_def(p, (const void ***)&p->sinks, &p->nsinks, d, d ? d->struct_size : 0,
                 (uint32_t)sizeof(sr_sink_def), "sink", d ? d->name : NULL);
}
static int h_register_lua_module(sr_plugin *p, int (*open)(struct lua_State *)) {
  if (!p || !p->initializing || !open) return SR_PLUGIN_ERROR;
  p->lua_open = open;
  return 0;
}
static void h_on_unload(sr_plugin *p, void (*fn)(void *), void *arg) {
  if (!p) return;
  p->unload_fn = fn;
  p->unload_arg = arg;
}

/* ---- logging and counters -------------------------------------------- */

static void h_log(sr_plugin *p, int level, const char *fmt, ...) {
  if (level < SR_LOG_DEBUG) level = SR_LOG_DEBUG;
  if (level > SR_LOG_ERROR) level = SR_LOG_ERROR;
  if (!sr_log_enabled((sr_log_level)level)) return;
  char buf[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  sr_log_kv((sr_log_level)level, buf, "plugin", p && p->info ? p->info->name : "?", (const char *)NULL);
}

static int h_log_enabled(int level) { return sr_log_enabled((sr_log_level)level); }

static void h_counter_add(sr_plugin *p, const char *name, int64_t delta) {
  char full[256];
  snprintf(full, sizeof full, "%s.%s", p && p->info ? p->info->name : "?", name);
  lock();
  counter *c = counters;
  while (c && strcmp(c->name, full)) c = c->next;
  if (!c && (c = calloc(1, sizeof *c))) {
    c->name = strdup(full);
    c->next = counters;
    counters = c;
  }
  if (c) c->value += delta;
  unlock();
}

char *sr_plugin_counters_text(void) {
  lock();
  size_t len = 1;
  for (counter *c = counters; c; c = c->next) len += strlen(c->name) + 32;
  char *s = counters ? malloc(len) : NULL;
  if (s) {
    char *p = s;
    *p = '\0';
    /* Newest first in the list; print oldest first. */
    size_t n = 0;
    for (counter *c = counters; c; c = c->next) n++;
    for (size_t k = n; k > 0; k--) {
      counter *c = counters;
      for (size_t i = 1; i < k; i++) c = c->next;
      p += sprintf(p, "%s%s=%lld", p == s ? "" : " ", c->name, (long long)c->value);
    }
  }
  unlock();
  return s;
}

static void h_free(void *p) { free(p); }

static int h_lua_worker(struct lua_State *L);

const sr_host_api sr_host = {
  .api_version = SR_PLUGIN_API_VERSION,
  .struct_size = (uint32_t)sizeof(sr_host_api),
  .saring_version = SARING_VERSION,
  .register_stage = h_register_stage,
  .register_source = h_register_source,
  .register_sink = h_register_sink,
  .register_lua_module = h_register_lua_module,
  .on_unload = h_on_unload,
  .log = h_log,
  .log_enabled = h_log_enabled,
  .counter_add = h_counter_add,
  .opt = h_opt,
  .opt_count = h_opt_count,
  .opt_key = h_opt_key,
  .opt_value = h_opt_value,
  .doc_id = sr_pdoc_id,
  .doc_source = sr_pdoc_source,
  .doc_text = sr_pdoc_text,
  .doc_set_text = sr_pdoc_set_text,
  .doc_meta_get = sr_pdoc_meta_get,
  .doc_meta_set = sr_pdoc_meta_set,
  .doc_tag = sr_pdoc_tag,
  .doc_tag_count = sr_pdoc_tag_count,
  .doc_tag_get = sr_pdoc_tag_get,
  .free = h_free,
  .emit = sr_emitter_emit,
  .emit_json = sr_emitter_emit_json,
  .lua_checktext = sr_plugin_lua_checktext,
  .lua_worker = h_lua_worker,
};

static int h_lua_worker(struct lua_State *L) { return sr_plugin_lua_worker(L); }

/* ---- the search path ------------------------------------------------- */

void sr_plugin_path_add(const char *dir) {
  lock();
  char **v = realloc(paths, (npaths + 1) * sizeof *v);
  if (v) {
    paths = v;
    paths[npaths++] = strdup(dir);
  }
  unlock();
}

/* The folders searched, in order: --plugin-path, SARING_PLUGIN_PATH, the
 * build tree's plugins/ next to the binary, the installed plugin folder. */
static size_t search_dirs(char ***out) {
  size_t cap = npaths + 16, n = 0;
  char **v = calloc(cap, sizeof *v);
  for (size_t i = 0; i < npaths; i++) v[n++] = strdup(paths[i]);
  const char *env = getenv("SARING_PLUGIN_PATH");
  if (env) {
    char *copy = strdup(env), *save = NULL;
    for (char *t = strtok_r(copy, ":", &save); t && n < cap - 4; t = strtok_r(NULL, ":", &save))
      if (*t) v[n++] = strdup(t);
    free(copy);
  }
  char exe[4096];
  size_t len = sizeof exe;
  if (uv_exepath(exe, &len) == 0) {
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      char buf[4200];
      snprintf(buf, sizeof buf, "%s/plugins", exe);
      v[n++] = strdup(buf);
      snprintf(buf, sizeof buf, "%s/../lib/saring/plugins", exe);
      v[n++] = strdup(buf);
    }
  }
#ifdef SARING_PLUGINDIR
  v[n++] = strdup(SARING_PLUGINDIR);
#endif
  *out = v;
  return n;
}

static void free_dirs(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *find_on_path(const char *name) {
  char **dirs;
  size_t n = search_dirs(&dirs);
  char *found = NULL;
  for (size_t i = 0; i < n && !found; i++) {
    char buf[4400];
    snprintf(buf, sizeof buf, "%s/%s.so", dirs[i], name);
    if (is_file(buf)) found = strdup(buf);
    snprintf(buf, sizeof buf, "%s/%s/%s.so", dirs[i], name, name);
    if (!found && is_file(buf)) found = strdup(buf);
  }
  free_dirs(dirs, n);
  return found;
}

/* ---- loading --------------------------------------------------------- */

sr_plugin *sr_plugin_find(const char *name) {
  lock();
  sr_plugin *p = plugins;
  while (p && strcmp(p->info->name, name)) p = p->next;
  unlock();
  return p;
}

static void at_exit(void) {
  /* Shared stage states first, then each plugin's global teardown; the
   * libraries stay mapped (a plugin may have registered its own atexit). */
  lock();
  for (sr_stage_inst *s = instances; s;) {
    sr_stage_inst *next = s->next;
    if (s->def->destroy) s->def->destroy(s->shared);
    free(s->key);
    free(s->label);
    free(s);
    s = next;
  }
  instances = NULL;
  for (sr_plugin *p = plugins; p; p = p->next)
    if (p->unload_fn) p->unload_fn(p->unload_arg);
  unlock();
}

static int valid_name(const char *s) {
  if (!s || !*s) return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-')) return 0;
  return 1;
}

/* Loads the file at path; `want` is the name asked for, or NULL. */
static sr_plugin *load_path(const char *path, const char *want, char **err) {
  uv_lib_t *lib = calloc(1, sizeof *lib);
  if (!lib) return NULL;
  if (uv_dlopen(path, lib)) {
    *err = fmt_err("cannot load plugin %s: %s", path, uv_dlerror(lib));
    uv_dlclose(lib);
    free(lib);
    return NULL;
  }
  const sr_plugin_info *info = NULL;
  int (*init)(const sr_host_api *, sr_plugin *) = NULL;
  if (uv_dlsym(lib, "saring_plugin_info", (void **)&info) || !info) {
    *err = fmt_err("%s is not a saring plugin: it has no saring_plugin_info (declare it with SR_PLUGIN_DECLARE)", path);
    goto fail;
  }
  const char *pname = valid_name(info->name) ? info->name : "?";
  const char *pver = info->version ? info->version : "?";
  if (info->api_version != SR_PLUGIN_API_VERSION || info->host_api_size > sizeof(sr_host_api) ||
      info->host_api_size < SR_HOST_API_V1_SIZE) {
    *err = fmt_err("plugin %s %s (%s) was built for saring plugin API %u with a host table of %u bytes; "
                   "this saring %s provides plugin API %u with a host table of %u bytes: rebuild the plugin "
                   "against this saring's <saring/plugin.h>",
                   pname, pver, path, (unsigned)info->api_version, (unsigned)info->host_api_size,
                   SARING_VERSION, (unsigned)SR_PLUGIN_API_VERSION, (unsigned)sizeof(sr_host_api));
    goto fail;
  }
  if (!valid_name(info->name)) {
    *err = fmt_err("plugin %s: invalid name '%s' (use lowercase letters, digits, _ and -)", path,
                   info->name ? info->name : "NULL");
    goto fail;
  }
  if (want && strcmp(want, info->name)) {
    *err = fmt_err("%s holds plugin '%s', not '%s'", path, info->name, want);
    goto fail;
  }
  sr_plugin *old = sr_plugin_find(info->name);
  if (old) {
    /* The same name from another file: the first one loaded wins. */
    if (strcmp(old->path, path))
      sr_log(SR_LOG_WARN, "plugin %s: already loaded from %s; ignoring %s", info->name, old->path, path);
    uv_dlclose(lib);
    free(lib);
    return old;
  }
  if (uv_dlsym(lib, "saring_plugin_init", (void **)&init) || !init) {
    *err = fmt_err("plugin %s %s (%s) has no saring_plugin_init function", pname, pver, path);
    goto fail;
  }
  sr_plugin *p = calloc(1, sizeof *p);
  p->path = strdup(path);
  p->info = info;
  p->lib = lib;
  p->initializing = 1;
  int rc = init(&sr_host, p);
  p->initializing = 0;
  if (rc) {
    *err = fmt_err("plugin %s %s (%s) failed to initialize (%d)", pname, pver, path, rc);
    free(p->stages);
    free(p->sources);
    free(p->sinks);
    free(p->path);
    free(p);
    goto fail;
  }
  lock();
  p->next = plugins;
  plugins = p;
  if (!exit_hooked) {
    exit_hooked = 1;
    atexit(at_exit);
  }
  unlock();
  sr_log(SR_LOG_DEBUG, "loaded plugin %s %s from %s", info->name, pver, path);
  return p;
fail:
  uv_dlclose(lib);
  free(lib);
  return NULL;
}

sr_plugin *sr_plugin_load(const char *name, char **err) {
  *err = NULL;
  size_t n = strlen(name);
  lock();
  sr_plugin *p = NULL;
  if (strchr(name, '/') || (n > 3 && !strcmp(name + n - 3, ".so"))) {
    char *real = realpath(name, NULL);
    p = load_path(real ? real : name, NULL, err);
    free(real);
  } else if ((p = sr_plugin_find(name)) == NULL) {
    char *path = find_on_path(name);
    if (!path) {
      char **dirs;
      size_t nd = search_dirs(&dirs);
      size_t len = 64;
      for (size_t i = 0; i < nd; i++) len += strlen(dirs[i]) + 2;
      char *list = calloc(1, len);
      for (size_t i = 0; i < nd; i++) {
        if (i) strcat(list, ", ");
        strcat(list, dirs[i]);
      }
      *err = fmt_err("plugin '%s' not found (looked for %s.so and %s/%s.so in: %s; add a folder with --plugin-path)",
                     name, name, name, name, list);
      free(list);
      free_dirs(dirs, nd);
    } else {
      p = load_path(path, name, err);
      free(path);
    }
  }
  unlock();
  return p;
}

/* ---- lookups --------------------------------------------------------- */

static const void *find_item(const char *spec, const char *what, const void **items, size_t n,
                             sr_plugin *p, const char *item, char **err) {
  if (!n) {
    *err = fmt_err("plugin %s offers no %s", p->info->name, what);
    return NULL;
  }
  if (!item) return items[0];
  for (size_t i = 0; i < n; i++)
    if (!strcmp(((const sr_source_def *)items[i])->name, item)) return items[i];
  *err = fmt_err("plugin %s has no %s named '%s' (%s)", p->info->name, what, item, spec);
  return NULL;
}

/* Splits "plugin.item" and loads the plugin. */
static sr_plugin *spec_plugin(const char *spec, char **item, char **err) {
  char *name = strdup(spec);
  char *dot = strchr(name, '.');
  *item = NULL;
  if (dot) {
    *dot = '\0';
    *item = strdup(dot + 1);
  }
  sr_plugin *p = sr_plugin_load(name, err);
  free(name);
  return p;
}

/* Every def struct starts with struct_size then name; find_item relies on
 * reading the name through sr_source_def's layout, which they share. */
const sr_source_def *sr_plugin_source(const char *spec, sr_plugin **pp, char **err) {
  char *item;
  sr_plugin *p = spec_plugin(spec, &item, err);
  const sr_source_def *d = NULL;
  if (p) d = find_item(spec, "source", (const void **)p->sources, p->nsources, p, item, err);
  free(item);
  *pp = p;
  return d;
}

const sr_sink_def *sr_plugin_sink(const char *spec, sr_plugin **pp, char **err) {
  char *item;
  sr_plugin *p = spec_plugin(spec, &item, err);
  const sr_sink_def *d = NULL;
  if (p) d = find_item(spec, "sink", (const void **)p->sinks, p->nsinks, p, item, err);
  free(item);
  *pp = p;
  return d;
}

sr_stage_inst *sr_stage_instance(sr_plugin *p, const sr_stage_def *def, const sr_opts *opts, char **err) {
  *err = NULL;
  char *canon = sr_opts_canonical(opts);
  size_t klen = strlen(p->info->name) + strlen(def->name) + strlen(canon ? canon : "") + 4;
  char *key = malloc(klen);
  snprintf(key, klen, "%s.%s\x1e%s", p->info->name, def->name, canon ? canon : "");
  free(canon);
  lock();
  sr_stage_inst *s = instances;
  while (s && strcmp(s->key, key)) s = s->next;
  if (s) {
    free(key);
    unlock();
    return s;
  }
  /* Made under the lock: two workers asking at once get one instance. */
  void *shared = NULL;
  char msg[1024] = "";
  if (def->create && def->create(opts, &shared, msg, sizeof msg) < 0) {
    *err = fmt_err("%s.%s: %s", p->info->name, def->name, msg[0] ? msg : "cannot create the stage");
    free(key);
    unlock();
    return NULL;
  }
  s = calloc(1, sizeof *s);
  s->plugin = p;
  s->def = def;
  s->key = key;
  s->shared = shared;
  size_t ll = strlen(p->info->name) + strlen(def->name) + 2;
  s->label = malloc(ll);
  snprintf(s->label, ll, "%s.%s", p->info->name, def->name);
  s->next = instances;
  instances = s;
  unlock();
  return s;
}

/* ---- `saring plugins` ------------------------------------------------ */

static void list_one(FILE *out, sr_plugin *p) {
  fprintf(out, "%-12s %-9s API %u  %s\n", p->info->name, p->info->version ? p->info->version : "?",
          (unsigned)p->info->api_version, p->path);
  if (p->info->description && *p->info->description) fprintf(out, "    %s\n", p->info->description);
  for (size_t i = 0; i < p->nstages; i++)
    fprintf(out, "    stage  %-10s %s\n", p->stages[i]->name, p->stages[i]->description ? p->stages[i]->description : "");
  for (size_t i = 0; i < p->nsources; i++)
    fprintf(out, "    source %-10s %s\n", p->sources[i]->name, p->sources[i]->description ? p->sources[i]->description : "");
  for (size_t i = 0; i < p->nsinks; i++)
    fprintf(out, "    sink   %-10s %s\n", p->sinks[i]->name, p->sinks[i]->description ? p->sinks[i]->description : "");
  if (p->lua_open) fprintf(out, "    lua    require \"plugin.%s\"\n", p->info->name);
}

static void try_candidate(FILE *out, const char *path, int *bad) {
  char *err = NULL;
  sr_plugin *p = load_path(path, NULL, &err);
  if (!p) {
    fprintf(out, "refused      %s\n    %s\n", path, err ? err : "?");
    free(err);
    (*bad)++;
  }
}

int sr_plugin_list(FILE *out) {
  char **dirs;
  size_t nd = search_dirs(&dirs);
  int bad = 0;
  lock();
  for (size_t i = 0; i < nd; i++) {
    DIR *d = opendir(dirs[i]);
    if (!d) continue;
    struct dirent **names;
    closedir(d);
    int n = scandir(dirs[i], &names, NULL, alphasort);
    for (int k = 0; k < n; k++) {
      const char *nm = names[k]->d_name;
      size_t l = strlen(nm);
      char buf[4400];
      if (nm[0] != '.') {
        if (l > 3 && !strcmp(nm + l - 3, ".so")) {
          snprintf(buf, sizeof buf, "%s/%s", dirs[i], nm);
          char *real = realpath(buf, NULL);
          try_candidate(out, real ? real : buf, &bad);
          free(real);
        } else {
          snprintf(buf, sizeof buf, "%s/%s/%s.so", dirs[i], nm, nm);
          if (is_file(buf)) {
            char *real = realpath(buf, NULL);
            try_candidate(out, real ? real : buf, &bad);
            free(real);
          }
        }
      }
      free(names[k]);
    }
    free(names);
  }
  /* Oldest first. */
  size_t cnt = 0;
  for (sr_plugin *p = plugins; p; p = p->next) cnt++;
  for (size_t k = cnt; k > 0; k--) {
    sr_plugin *p = plugins;
    for (size_t i = 1; i < k; i++) p = p->next;
    list_one(out, p);
  }
  if (!cnt && !bad) fprintf(out, "no plugins found (searched %zu folders; see --plugin-path)\n", nd);
  unlock();
  free_dirs(dirs, nd);
  return 0;
}
