/* `saring watch`: a daemon that processes every file dropped into a folder
 * exactly once, and `saring status`, which reads its journal. */
#ifndef SARING_WATCH_WATCH_H
#define SARING_WATCH_WATCH_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "stage_limits.h"
#include "watch/committer.h"

typedef enum sr_dup_policy { SR_DUP_SKIP, SR_DUP_PROCESS } sr_dup_policy;

typedef struct sr_watch_opts {
  const char *script;
  const char *dir;
  const char *state_dir;       /* default DIR/.saring */
  const char *out_dir;         /* default DIR/out */
  const char *processed_dir;   /* default DIR/processed */
  const char *failed_dir;      /* default DIR/failed */
  sr_after_commit after;
  sr_dup_policy duplicates;
  int workers;
  uint64_t settle_ms, quiet_ms, reconcile_ms, drain_ms;
  const char *marker;
  int follow_symlinks;
  const char *metrics;         /* ADDR:PORT, or NULL */
  sr_format format;
  const char *text_field, *id_field;
  int utf8_strict;
  size_t max_doc_bytes;
  size_t max_inflight_files;
  const char *const *set;
  int trusted;
  int explain;
  sr_limits limits;            /* per stage call */
  size_t state_memory;         /* cap per lua_State */
} sr_watch_opts;

void sr_watch_opts_init(sr_watch_opts *o);
/* Runs the daemon until a signal; returns the exit code. */
int sr_watch(const sr_watch_opts *o);

/* The command lines. */
int sr_cmd_watch(int argc, char **argv);
int sr_cmd_status(int argc, char **argv);

#endif
