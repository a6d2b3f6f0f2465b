/* The host side of the plugin API (see include/saring/plugin.h): loading
 * plugins, the process-wide registry of what they offer, and the host
 * function table.
 *
 * The registry is global to the process and guarded by a mutex, because a
 * worker that reloads its script may load a plugin from its own thread.
 * Loaded plugins stay loaded until the process exits.
 */
#ifndef SARING_PLUGIN_HOST_H
#define SARING_PLUGIN_HOST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "saring/plugin.h"

/* Options as the host keeps them: parallel arrays of owned strings. */
struct sr_opts {
  char **keys, **values;
  size_t n;
};

sr_opts *sr_opts_new(void);
int sr_opts_set(sr_opts *o, const char *key, const char *value);
/* Parses "key=value,key=value" (a value may not contain a comma). */
sr_opts *sr_opts_parse(const char *spec, char **err);
void sr_opts_free(sr_opts *o);
/* A canonical text of the options (sorted), for caching instances. */
char *sr_opts_canonical(const sr_opts *o);

struct sr_plugin {
  struct sr_plugin *next;
  char *path;
  const sr_plugin_info *info;
  void *lib;                      /* uv_lib_t */
  const sr_stage_def **stages;
  size_t nstages;
  const sr_source_def **sources;
  size_t nsources;
  const sr_sink_def **sinks;
  size_t nsinks;
  int (*lua_open)(struct lua_State *L);
  void (*unload_fn)(void *);
  void *unload_arg;
  int initializing;
};

extern const sr_host_api sr_host;

/* Adds a folder to the plugin search path (front of the list: --plugin-path
 * comes before SARING_PLUGIN_PATH and the defaults). */
void sr_plugin_path_add(const char *dir);

/* Loads a plugin by name (searched on the path) or by a path to a .so file;
 * returns the already loaded plugin when the name is known.  On failure
 * returns NULL and a malloc'd message in *err. */
sr_plugin *sr_plugin_load(const char *name_or_path, char **err);
sr_plugin *sr_plugin_find(const char *name);

/* Finds what a NAME or NAME.ITEM specification names: the plugin is loaded
 * if needed; ITEM defaults to the plugin's only (or first) one. */
const sr_source_def *sr_plugin_source(const char *spec, sr_plugin **p, char **err);
const sr_sink_def *sr_plugin_sink(const char *spec, sr_plugin **p, char **err);

/* A stage instance shared by every worker: made once per plugin, stage and
 * options, kept until exit. */
typedef struct sr_stage_inst {
  struct sr_stage_inst *next;
  sr_plugin *plugin;
  const sr_stage_def *def;
  char *key;
  void *shared;
  char *label;  /* "plugin.stage" for the summary */
} sr_stage_inst;

sr_stage_inst *sr_stage_instance(sr_plugin *p, const sr_stage_def *def, const sr_opts *opts,
                                 char **err);

/* Counters added by plugins, as "plugin.name" = value lines appended to
 * out (a malloc'd string, or NULL when there are none). */
char *sr_plugin_counters_text(void);

/* `saring plugins`: lists the plugins found on the path and what each
 * registers; returns the exit code. */
int sr_plugin_list(FILE *out);

#endif
