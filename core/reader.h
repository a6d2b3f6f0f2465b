/* Reading the inputs of a run into documents, off the loop thread.
 *
 * Reads run as libuv threadpool work; the loop thread only receives finished
 * documents, in input order.  Whole-file (text) inputs are read several at a
 * time; a line-based input (JSONL, lines) is read one chunk at a time while
 * it is the head of the queue.  The reader asks before each read whether the
 * run has room for more documents, which is how the run applies
 * backpressure: a full pipeline stops the reading.
 */
#ifndef SARING_READER_H
#define SARING_READER_H

#include <stddef.h>
#include <uv.h>

#include "doc.h"
#include "input.h"

typedef struct sr_reader sr_reader;

typedef struct sr_reader_config {
  size_t chunk_bytes;     /* read size for line-based inputs */
  size_t max_doc_bytes;   /* larger documents fail with a clear reason */
  int readahead;          /* whole-file reads in flight at once */
  size_t job_docs;        /* line documents one read job may deliver (0: no cap) */
  /* Delivers documents in input order (loop thread); takes ownership. */
  void (*docs_cb)(sr_reader *r, sr_doc *docs, size_t n, void *arg);
  /* Whether the run can take more documents now. */
  int (*room_cb)(sr_reader *r, void *arg);
  /* Called once, after the last input is delivered. */
  void (*end_cb)(sr_reader *r, void *arg);
  void *arg;
} sr_reader_config;

/* The reader keeps a pointer to inputs, which must outlive it. */
sr_reader *sr_reader_new(uv_loop_t *loop, const sr_inputs *inputs, const sr_reader_config *cfg);
/* Starts reads while there is room; call again when room frees up. */
void sr_reader_pump(sr_reader *r);
/* Stops starting new reads (in-flight ones still deliver). */
void sr_reader_stop(sr_reader *r);
int sr_reader_busy(const sr_reader *r);
/* Bytes read from disk so far (compressed sizes), for progress. */
size_t sr_reader_bytes(const sr_reader *r);
void sr_reader_free(sr_reader *r);

#endif
