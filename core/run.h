/* `saring run`: stream inputs through a pipeline script to JSONL. */
#ifndef SARING_RUN_H
#define SARING_RUN_H

#include <stddef.h>

#include "doc.h"
#include "stage_limits.h"

typedef struct sr_run_opts {
  const char *script;
  const char *const *inputs;
  int ninputs;
  const char *out;            /* NULL or "-" for standard output */
  const char *failed;         /* dead-letter file; NULL: next to the output */
  const char *stats;          /* JSON summary file, or NULL */
  int workers;                /* 0: the number of cores */
  int unordered;
  int quiet;
  int progress;               /* -1 auto (a terminal), 0 off, 1 on */
  sr_format format;           /* SR_FORMAT_AUTO: from each file's name */
  const char *text_field;
  const char *id_field;
  int utf8_strict;
  size_t max_doc_bytes;
  size_t batch_docs;
  size_t max_inflight_docs;
  size_t max_inflight_bytes;
  const char *const *set;     /* script options "k=v", NULL-terminated */
  int explain;
  int trusted;
  /* Plugins (docs/plugins.md): documents from a plugin source instead of
   * inputs, kept documents to a plugin sink (as well as to `out` when it is
   * set, else only there); both are NAME[.ITEM][:key=value,...]. */
  const char *source;
  const char *sink;
  const char *csv;            /* a CSV summary, one row per kept document, or NULL */
  const char *mirror;         /* a folder for the kept texts as ID.txt, or NULL */
  sr_limits limits;           /* per stage call */
  size_t state_memory;        /* cap per lua_State */
  uint64_t max_failures;      /* stop after this many failed documents in a row; 0 = never */
} sr_run_opts;

void sr_run_opts_init(sr_run_opts *o);
/* Runs and returns the process exit code: 0, 1 (documents failed or an
 * output could not be written), 2 (script or usage error). */
int sr_run(const sr_run_opts *o);

#endif
