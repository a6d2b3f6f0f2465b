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
  int csv;                 /* also make a CSV row per kept document */
  int mirror;              /* also keep (name, text) per kept document */
} sr_exec_opts;

/* The CSV columns of the pipeline at idx pushed as an array: its `csv`
 * list, else its `fields` without text and tags, else id and source. */
void sr_exec_push_csv_columns(lua_State *L, int pipeline);

/* Appends one CSV field, quoted when it needs to be (RFC 4180). */
void sr_csv_field(sr_buf *b, const char *s, size_t len);

/* A mirror record in sr_batch.mirror: a 4-byte name length, the name, an
 * 8-byte text length, the text. */
size_t sr_mirror_next(const char *p, const char **name, size_t *nlen, const char **text, size_t *tlen);

/* Runs every document of b through the pipeline loaded in L (by
 * sr_script_load), fills b's output, dead-letter records, drops and counts,
 * and frees b's input documents. */
void sr_exec_batch(lua_State *L, const sr_exec_opts *o, sr_batch *b);

#endif
