/* Loading a pipeline script into a fresh lua_State. */
#ifndef SARING_SCRIPT_H
#define SARING_SCRIPT_H

#include <lua.h>

typedef struct sr_script_env {
  const char *path;          /* the script */
  int worker;                /* index from 1; 0 for the validating load */
  int workers;
  const char *const *options; /* "key=value" strings, NULL-terminated; may be NULL */
  int explain;                /* --explain: options.explain = true */
  int trusted;                /* lift the sandbox (os.execute, io.popen) */
  size_t state_memory;        /* cap on the whole lua_State's memory; 0 = none */
  /* The script's bytes, when read once up front (sr_script_read): every
   * worker then runs exactly the code that was validated, even if the file
   * changes on disk meanwhile.  NULL: read env->path. */
  const char *source;
  size_t source_len;
} sr_script_env;

/* Reads the script file into a malloc'd buffer.  Returns NULL with a
 * malloc'd message naming the file in *err. */
char *sr_script_read(const char *path, size_t *len, char **err);

/* Creates a lua_State with the standard libraries and saring's modules,
 * runs the script and checks that it returned a pipeline, which is then kept
 * in the registry.  On failure returns NULL and stores a malloc'd message
 * naming the file and line in *err. */
lua_State *sr_script_load(const sr_script_env *env, char **err);

/* Closes a state made by sr_script_load. */
void sr_script_close(lua_State *L);

/* Pushes the loaded pipeline table. */
void sr_script_push_pipeline(lua_State *L);

#endif
