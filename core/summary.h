/* Run totals: documents, bytes, drops per stage with their top reasons; and
 * their two renderings, the summary on stderr and the --stats JSON. */
#ifndef SARING_SUMMARY_H
#define SARING_SUMMARY_H

#include <stdint.h>
#include <stdio.h>

#include "batch.h"
#include "buf.h"

typedef struct sr_reason {
  char *text;
  uint64_t count;
} sr_reason;

typedef struct sr_stage_stats {
  char *name;
  uint64_t dropped;
  sr_reason *reasons;
  size_t nreasons, capreasons;
  uint64_t other;  /* drops past the cap of distinct reasons */
} sr_stage_stats;

typedef struct sr_summary {
  sr_counts counts;
  sr_stage_stats *stages;
  size_t nstages;
  uint64_t inputs, inputs_failed;
  double seconds;
  uint64_t bytes_read;   /* from disk */
  char *first_failure;   /* owned: "ID in stage STAGE: ERROR" of the run's first dead letter, or NULL */
} sr_summary;

/* names: the pipeline's stage names (copied). */
int sr_summary_init(sr_summary *s, const char *const *names, size_t n);
/* Adds a finished batch's counts and drops. */
void sr_summary_add(sr_summary *s, const sr_batch *b);
void sr_summary_print(const sr_summary *s, FILE *f, const char *out_name, const char *failed_name);
int sr_summary_json(const sr_summary *s, sr_buf *b);
void sr_summary_free(sr_summary *s);

#endif
