/* Running a batch of documents through the pipeline in a worker's
 * lua_State (see executor.c). */
#ifndef SARING_EXECUTOR_H
#define SARING_EXECUTOR_H

#include <lua.h>

#include "batch.h"
#include "stage_limits.h"

typedef struct sr_exec_opts {
  const char *text_field;  /* JSONL field holding the text ("text") */
  const char *id_field;    /* JSONL field holding the id ("id") */
  int utf8_strict;         /* fail documents with invalid UTF-8 instead of repairing */
  sr_limits limits;        /* per stage call, unless the pipeline says otherwise */
} sr_exec_opts;

/* Runs every document of b through the pipeline loaded in L (by
 * sr_script_load), fills b's output, dead-letter records, drops and counts,
 * and frees b's input documents. */
void sr_exec_batch(lua_State *L, const sr_exec_opts *o, sr_batch *b);

#endif
