/* The plugin API of saring: everything a plugin needs, in one header.
 *
 * A plugin is a shared object that exports two symbols:
 *
 *   SR_PLUGIN_DECLARE("name", "1.0.0", "what it does");
 *   int saring_plugin_init(const sr_host_api *host, sr_plugin *self) { ... }
 *
 * saring reads `saring_plugin_info` before it calls anything, and refuses a
 * plugin built for another plugin API (api_version) or for a host table it
 * does not provide (host_api_size larger than its own).  Then it calls
 * saring_plugin_init once per process (the global init), in which the plugin
 * registers what it offers: C stages, sources, sinks and Lua modules.
 *
 * The plugin never links against saring: every call into the host goes
 * through the table of function pointers `sr_host_api`, the pattern of
 * SQLite's sqlite3_api_routines.  The table is append-only: a new saring may
 * add members at its end, never change or remove one, so a plugin built
 * against an older header keeps working.  A plugin that wants a member added
 * after its minimum saring version checks `host->struct_size` first.
 * Plugins that register Lua functions link liblua5.4 themselves; it is the
 * same shared library the saring binary uses.
 *
 * Threads: stages run on worker threads, several at once; a stage's shared
 * state (create) is read by all workers, its local state (worker_init)
 * belongs to one worker.  A source's read and ack run on one thread of its
 * own; a sink's write and close run on one thread at a time.  The host
 * functions are thread-safe.
 */
#ifndef SARING_PLUGIN_H
#define SARING_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped only for an incompatible change (which the append-only table
 * exists to avoid). */
#define SR_PLUGIN_API_VERSION 1

#if defined(__GNUC__)
#define SR_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define SR_PLUGIN_EXPORT
#endif

/* Results of stage, source and sink callbacks.  Negative is an error; the
 * callback then writes a message into its err buffer. */
enum {
  SR_PLUGIN_OK = 0,     /* stage: keep the document */
  SR_PLUGIN_DROP = 1,   /* stage: drop the document (err holds the reason) */
  SR_PLUGIN_EOF = 2,    /* source: there will be no more documents */
  SR_PLUGIN_ERROR = -1,
};

enum { SR_PLUGIN_LOG_DEBUG = 0, SR_PLUGIN_LOG_INFO, SR_PLUGIN_LOG_WARN, SR_PLUGIN_LOG_ERROR };

typedef struct sr_plugin sr_plugin;    /* the host's record of a loaded plugin */
typedef struct sr_pdoc sr_pdoc;        /* a document, while a stage sees it */
typedef struct sr_opts sr_opts;        /* options: string keys and values */
typedef struct sr_emitter sr_emitter;  /* where a source puts its documents */
struct lua_State;

/* A kept document as a sink receives it: one JSON object (the same object
 * `saring run` writes as a JSONL line, without the newline), and its id. */
typedef struct sr_record {
  const char *id;      /* NUL-terminated; "" when the document had none */
  const char *json;
  size_t len;
} sr_record;

typedef struct sr_host_api sr_host_api;

/* A C stage: `saring.plugin("name", options).stage` in a script.
 * create/destroy run once per distinct set of options in the process and
 * make the state every worker shares (a compiled dictionary, say);
 * worker_init/worker_fini make and free one worker's own state (scratch
 * space).  process returns SR_PLUGIN_OK to keep the document, SR_PLUGIN_DROP
 * to drop it with err as the reason, or a negative value with a message in
 * err: the document then fails alone (a dead-letter record) and the run
 * goes on.  Every callback but process may be NULL. */
typedef struct sr_stage_def {
  uint32_t struct_size;  /* sizeof(sr_stage_def) */
  const char *name;
  const char *description;
  int (*create)(const sr_opts *opts, void **shared, char *err, size_t errlen);
  void (*destroy)(void *shared);
  int (*worker_init)(void *shared, int worker, void **local, char *err, size_t errlen);
  void (*worker_fini)(void *shared, void *local);
  int (*process)(void *shared, void *local, sr_pdoc *doc, char *err, size_t errlen);
} sr_stage_def;

/* A source: `saring run SCRIPT --source name[:key=value,...]`.
 * read emits up to max documents with host->emit or host->emit_json and
 * returns how many it emitted (0 is fine: nothing yet), SR_PLUGIN_EOF when
 * the source is exhausted, or a negative error, which ends the run.  It may
 * block, but should return within about a second so that acknowledgements
 * and a stop request are served.  ack receives the tokens given to emit once
 * the documents' output has been committed by the sink (or written to the
 * output file); a failed or dropped document is acknowledged too, since its
 * outcome is recorded.  read and ack run on the source's own thread. */
typedef struct sr_source_def {
  uint32_t struct_size;  /* sizeof(sr_source_def) */
  const char *name;
  const char *description;
  int (*open)(const sr_opts *opts, void **state, char *err, size_t errlen);
  int (*read)(void *state, sr_emitter *em, size_t max, char *err, size_t errlen);
  int (*ack)(void *state, const char *const *tokens, size_t n, char *err, size_t errlen);
  void (*close)(void *state);
} sr_source_def;

/* A sink: `saring run ... --sink name[:key=value,...]`.  write receives the
 * kept documents of one or more batches, in output order, and returns 0
 * only once they are committed: that is when the source acknowledges them. */
typedef struct sr_sink_def {
  uint32_t struct_size;  /* sizeof(sr_sink_def) */
  const char *name;
  const char *description;
  int (*open)(const sr_opts *opts, void **state, char *err, size_t errlen);
  int (*write)(void *state, const sr_record *recs, size_t n, char *err, size_t errlen);
  int (*close)(void *state, char *err, size_t errlen);
} sr_sink_def;

/* The host's functions.  Append-only: see the top of this file. */
struct sr_host_api {
  uint32_t api_version;   /* SR_PLUGIN_API_VERSION of the host */
  uint32_t struct_size;   /* sizeof(sr_host_api) of the host */
  const char *saring_version;

  /* Registration: call only from saring_plugin_init.  The defs must stay
   * valid while the plugin is loaded (make them static const).  0 or
   * negative on an invalid definition. */
  int (*register_stage)(sr_plugin *self, const sr_stage_def *def);
  int (*register_source)(sr_plugin *self, const sr_source_def *def);
  int (*register_sink)(sr_plugin *self, const sr_sink_def *def);
  /* A Lua module: `require "plugin.<plugin name>"` and saring.plugin(name)
   * return what open returns (one per Lua state; a plugin registers at most
   * one module). */
  int (*register_lua_module)(sr_plugin *self, int (*open)(struct lua_State *L));
  /* The global teardown, called once at process exit. */
  void (*on_unload)(sr_plugin *self, void (*fn)(void *arg), void *arg);

  /* Logging through the core's logger (text, logfmt or json per
   * --log-format), with plugin=<name> attached. */
  void (*log)(sr_plugin *self, int level, const char *fmt, ...)
#if defined(__GNUC__)
      __attribute__((format(printf, 3, 4)))
#endif
      ;
  int (*log_enabled)(int level);
  /* Adds to a named counter; counters are summed over workers and printed
   * with the run's summary as <plugin>.<name>. */
  void (*counter_add)(sr_plugin *self, const char *name, int64_t delta);

  /* Options, from the script's table or from NAME:key=value,... */
  const char *(*opt)(const sr_opts *o, const char *key);  /* NULL when absent */
  size_t (*opt_count)(const sr_opts *o);
  const char *(*opt_key)(const sr_opts *o, size_t i);
  const char *(*opt_value)(const sr_opts *o, size_t i);

  /* Documents, inside a stage's process. */
  const char *(*doc_id)(sr_pdoc *d);      /* NULL when none */
  const char *(*doc_source)(sr_pdoc *d);  /* NULL when none */
  /* The text without a copy; valid until the text is set or process
   * returns.  UTF-8, not NUL-terminated in general. */
  const char *(*doc_text)(sr_pdoc *d, size_t *len);
  int (*doc_set_text)(sr_pdoc *d, const char *text, size_t len);  /* copies */
  /* A metadata field as JSON text (malloc'd: free it with host->free), or
   * NULL when absent. */
  char *(*doc_meta_get)(sr_pdoc *d, const char *key);
  /* Sets a metadata field from JSON text; json NULL removes the field. */
  int (*doc_meta_set)(sr_pdoc *d, const char *key, const char *json);
  /* Records a span of the text: 0-based byte offsets, end exclusive (the
   * output's convention); value may be NULL. */
  int (*doc_tag)(sr_pdoc *d, size_t start, size_t end, const char *type, const char *value);
  size_t (*doc_tag_count)(sr_pdoc *d);
  /* The i-th tag (from 0); the strings are valid until process returns. */
  int (*doc_tag_get)(sr_pdoc *d, size_t i, size_t *start, size_t *end, const char **type,
                     const char **value);
  void (*free)(void *p);

  /* Sources, inside read.  id may be NULL (the host names the document
   * after the source and a counter); meta_json is a JSON object or NULL;
   * ack_token (copied) comes back to ack, and may be NULL. */
  int (*emit)(sr_emitter *em, const char *id, const char *text, size_t len, const char *meta_json,
              const char *ack_token);
  /* A document given as one JSON object, like a JSONL input line. */
  int (*emit_json)(sr_emitter *em, const char *json, size_t len, const char *ack_token);

  /* Lua helpers: a text argument that may be a Lua string or a saring
   * document (read without a copy), as the built-in helpers take. */
  const char *(*lua_checktext)(struct lua_State *L, int arg, size_t *len);
  /* The worker's index (from 1) of a Lua state, 0 outside workers. */
  int (*lua_worker)(struct lua_State *L);
};

typedef struct sr_plugin_info {
  uint32_t api_version;    /* SR_PLUGIN_API_VERSION the plugin was built with */
  uint32_t host_api_size;  /* sizeof(sr_host_api) the plugin was built with */
  const char *name;        /* [a-z0-9_-]+; what `--source name` and saring.plugin use */
  const char *version;
  const char *description;
} sr_plugin_info;

/* The two symbols saring looks up. */
extern SR_PLUGIN_EXPORT const sr_plugin_info saring_plugin_info;
SR_PLUGIN_EXPORT int saring_plugin_init(const sr_host_api *host, sr_plugin *self);

#define SR_PLUGIN_DECLARE(name, version, description)                                      \
  SR_PLUGIN_EXPORT const sr_plugin_info saring_plugin_info = {                             \
      SR_PLUGIN_API_VERSION, (uint32_t)sizeof(sr_host_api), name, version, description}

#ifdef __cplusplus
}
#endif

#endif
