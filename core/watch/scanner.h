/* Finding files that are ready in a watched folder.
 *
 * libuv fs events (one watcher per folder, since Linux has no recursive
 * watch) are only hints: an event makes the scanner look at the file it
 * names (or its folder, when it names none) soon.  A periodic full scan catches what events missed (an overflowing
 * inotify queue, which libuv drops silently, or a network filesystem).
 *
 * A file is ready when it is complete:
 *   - renamed into place: its only events were renames (no writes), or its
 *     ctime is later than its mtime, and it stayed unchanged for a short quiet
 *     window; or
 *   - unchanged in size and mtime for the settle time; or
 *   - in marker mode, when NAME + marker suffix exists.
 * Hidden and temporary names (.*, *.tmp, *.part, *~) are never taken, nor
 * symbolic links unless asked.
 */
#ifndef SARING_WATCH_SCANNER_H
#define SARING_WATCH_SCANNER_H

#include <stdint.h>
#include <uv.h>

#include "watch/journal.h"

typedef struct sr_scanner sr_scanner;

typedef struct sr_scanner_config {
  const char *dir;               /* the watched folder */
  const char *const *exclude;    /* folders inside it never scanned (NULL-terminated) */
  uint64_t settle_ms;
  uint64_t quiet_ms;
  uint64_t reconcile_ms;
  const char *marker;            /* marker suffix (".done"), or NULL */
  int follow_symlinks;
  /* Returns 1 when the daemon already has this file version (in flight or
   * done); the scanner then leaves it alone. */
  int (*known_cb)(sr_scanner *s, const char *rel, const sr_file_id *id, void *arg);
  /* A file is ready (rel is only valid during the call). */
  void (*ready_cb)(sr_scanner *s, const char *rel, const sr_file_id *id, void *arg);
  void *arg;
} sr_scanner_config;

int sr_scanner_start(sr_scanner **out, uv_loop_t *loop, const sr_scanner_config *cfg);
/* Pauses or resumes handing out ready files (they wait as candidates). */
void sr_scanner_pause(sr_scanner *s, int paused);
/* Schedules a full scan now. */
void sr_scanner_reconcile(sr_scanner *s);
uint64_t sr_scanner_candidates(const sr_scanner *s);
uint64_t sr_scanner_full_scans(const sr_scanner *s);
/* Closes every handle; the scanner is freed when they are closed. */
void sr_scanner_stop(sr_scanner *s);

/* Whether a file name is one the daemon never takes. */
int sr_scanner_ignored_name(const char *name, const char *marker);

#endif
