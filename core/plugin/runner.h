/* Running a plugin source and a plugin sink inside `saring run`.
 *
 * A source reads on a thread of its own (a plugin may block on a network
 * read), one read call at a time and only when the run has room; documents
 * come back to the loop thread with their acknowledgement tokens.  Tokens
 * go back to the source's thread for its ack callback once the output of
 * their batch is committed.
 *
 * A sink writes on the libuv threadpool, one work item at a time so the
 * order holds; when a write has returned (committed), the tokens of the
 * batches it held are handed to the committed callback.
 */
#ifndef SARING_PLUGIN_RUNNER_H
#define SARING_PLUGIN_RUNNER_H

#include <stddef.h>
#include <uv.h>

#include "doc.h"
#include "plugin/host.h"

/* ---- sources --------------------------------------------------------- */

typedef struct sr_psource sr_psource;

typedef struct sr_psource_config {
  /* Loop thread; takes ownership of the documents and of tokens (an array
   * of n malloc'd strings, entries may be NULL). */
  void (*docs_cb)(sr_psource *s, sr_doc *docs, char **tokens, size_t n, void *arg);
  int (*room_cb)(sr_psource *s, void *arg);
  void (*end_cb)(sr_psource *s, void *arg);  /* once: exhausted, stopped or failed */
  void *arg;
  size_t max_docs;  /* per read call */
} sr_psource_config;

/* spec is NAME[.ITEM][:key=value,...]. */
sr_psource *sr_psource_open(uv_loop_t *loop, const char *spec, const sr_psource_config *cfg, char **err);
void sr_psource_pump(sr_psource *s);
void sr_psource_stop(sr_psource *s);
/* A read is in flight or documents wait for delivery. */
int sr_psource_busy(const sr_psource *s);
size_t sr_psource_bytes(const sr_psource *s);
/* 0, or nonzero when the source failed (the run should exit 1). */
int sr_psource_failed(const sr_psource *s);
const char *sr_psource_name(const sr_psource *s);
/* Queues tokens for the plugin's ack; takes ownership of the array and its
 * strings. */
void sr_psource_ack(sr_psource *s, char **tokens, size_t n);
/* Acks what is queued, closes the plugin's source, joins its thread, calls
 * cb on the loop thread and frees the source after cb returns... except the
 * name, which documents may still point to: it lives until exit. */
void sr_psource_close(sr_psource *s, void (*cb)(sr_psource *s, void *arg), void *arg);

/* ---- sinks ----------------------------------------------------------- */

typedef struct sr_psink sr_psink;

typedef struct sr_psink_config {
  /* Loop thread: the tokens of committed output (ownership passes). */
  void (*committed_cb)(sr_psink *k, char **tokens, size_t n, void *arg);
  void *arg;
} sr_psink_config;

sr_psink *sr_psink_open(uv_loop_t *loop, const char *spec, const sr_psink_config *cfg, char **err);
/* Queues JSONL (takes ownership of data, may be NULL) and the tokens of the
 * documents it accounts for (ownership passes). */
void sr_psink_write(sr_psink *k, char *data, size_t len, char **tokens, size_t ntokens);
size_t sr_psink_pending(const sr_psink *k);
/* 0, or nonzero after a failed write (with the message logged). */
int sr_psink_error(const sr_psink *k);
const char *sr_psink_name(const sr_psink *k);
void sr_psink_close(sr_psink *k, void (*cb)(sr_psink *k, void *arg), void *arg);

#endif
