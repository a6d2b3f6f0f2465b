/* An output file written off the loop thread: buffers are queued in order
 * and written (and compressed, for .gz and .zst names) by threadpool work,
 * one work item at a time so the order holds.  The loop never blocks on a
 * disk. */
#ifndef SARING_SINK_H
#define SARING_SINK_H

#include <stddef.h>
#include <uv.h>

typedef struct sr_sink sr_sink;
typedef void (*sr_sink_close_cb)(sr_sink *s, void *arg);

typedef struct sr_sink_config {
  const char *path;   /* "-" for standard output */
  int lazy;           /* create the file only at the first write */
  int fsync;          /* fsync before closing */
  /* Called on the loop thread each time queued data has been written, so a
   * producer held back by sr_sink_pending() can go on; may be NULL. */
  void (*drained_cb)(sr_sink *s, void *arg);
  void *arg;
} sr_sink_config;

sr_sink *sr_sink_new(uv_loop_t *loop, const sr_sink_config *cfg);
/* Queues len bytes; takes ownership of data (malloc'd). */
void sr_sink_write(sr_sink *s, char *data, size_t len);
/* Bytes queued and not yet written. */
size_t sr_sink_pending(const sr_sink *s);
/* 0, or the first error (negative errno or SR_E*). */
int sr_sink_error(const sr_sink *s);
const char *sr_sink_path(const sr_sink *s);
/* Bytes written to the file (after compression). */
size_t sr_sink_written(const sr_sink *s);
int sr_sink_opened(const sr_sink *s);
/* Writes what is queued, finishes the compressed stream, closes the file and
 * calls cb; the sink is freed after cb returns. */
void sr_sink_close(sr_sink *s, sr_sink_close_cb cb, void *arg);

#endif
