/* A batch: the unit of work handed from the loop thread to a worker and back.
 *
 * The loop fills `docs` and `seq`; the worker consumes the documents and
 * fills the results.  Ownership moves with the batch: whoever holds it owns
 * all of it.
 */
#ifndef SARING_BATCH_H
#define SARING_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "doc.h"

typedef struct sr_drop {
  uint32_t stage;  /* index into the pipeline's stage names, from 1 */
  char *reason;    /* owned */
} sr_drop;

/* Counters a worker adds up; the loop sums them into the run's totals. */
typedef struct sr_counts {
  uint64_t docs_in, docs_out, dropped, failed, split_extra;
  uint64_t bytes_in, bytes_out;
  uint64_t repaired_utf8;
  uint64_t limit_hits;
} sr_counts;

typedef struct sr_batch {
  struct sr_batch *next;
  uint64_t seq;
  int prepass;         /* run the pipeline's prepass instead of its stages */
  sr_doc *docs;        /* input; freed by the worker */
  sr_doc *docs_tail;
  size_t ndocs;
  size_t bytes;
  sr_buf out;          /* JSONL of kept documents */
  sr_buf failed;       /* JSONL dead-letter records */
  sr_buf csv;          /* CSV rows of kept documents (--csv) */
  sr_buf mirror;       /* (name, text) records of kept documents (--mirror) */
  sr_drop *drops;
  size_t ndrops, capdrops;
  sr_counts counts;
  uint64_t trailing_failed; /* failed input documents after the last good one */
  int any_ok;               /* some input document was kept or dropped */
  int reset_state;          /* the worker must reload its lua_State (after a memory limit) */
  void *user;          /* for the caller (watch mode ties batches to files) */
} sr_batch;

sr_batch *sr_batch_new(uint64_t seq);
void sr_batch_add(sr_batch *b, sr_doc *d);
int sr_batch_drop(sr_batch *b, uint32_t stage, const char *reason, size_t len);
void sr_batch_free(sr_batch *b);

#endif
