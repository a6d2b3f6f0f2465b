/* The watch daemon's durable journal: one SQLite database in WAL mode under
 * the state folder.  It records every input file version (device, inode,
 * size, mtime, content hash) with its state, and the committed length of
 * each output file, which is what makes recovery exact: output past the
 * committed length was never acknowledged and is cut off at start.
 *
 * Only the committer's thread writes through sr_journal_apply; the loop
 * thread reads what it needs once, at start.
 */
#ifndef SARING_WATCH_JOURNAL_H
#define SARING_WATCH_JOURNAL_H

#include <stddef.h>
#include <stdint.h>

typedef struct sr_journal sr_journal;

typedef enum sr_file_state {
  SR_FILE_SEEN = 0,
  SR_FILE_PROCESSING,
  SR_FILE_COMMITTED,
  SR_FILE_FAILED,
  SR_FILE_DUPLICATE,
} sr_file_state;

const char *sr_file_state_name(sr_file_state s);

typedef struct sr_file_id {
  uint64_t dev, ino, size;
  int64_t mtime_ns;
} sr_file_id;

/* One change to apply in a transaction. */
typedef struct sr_journal_op {
  sr_file_id id;
  const char *path;         /* relative to the watched folder */
  sr_file_state state;
  const char *hash;         /* 32 hex chars or NULL */
  uint64_t out_offset, out_len;
  uint64_t docs_out, docs_failed, docs_dropped;
  const char *error;        /* JSON text or NULL */
  double ready_at, done_at; /* seconds since the epoch */
} sr_journal_op;

/* Opens (creating) STATE/journal.db.  Returns 0 or an SR_E* code; on error
 * *err holds a malloc'd message. */
int sr_journal_open(sr_journal **out, const char *state_dir, char **err);
void sr_journal_close(sr_journal *j);

/* Committed length of a named output ("documents", "failed"); 0 if none. */
uint64_t sr_journal_output_end(sr_journal *j, const char *name);

/* Applies ops and sets the output ends in one durable transaction.  Returns
 * 0 or an SR_E* code (then nothing was applied). */
int sr_journal_apply(sr_journal *j, const sr_journal_op *ops, size_t n, const char *const *out_names,
                     const uint64_t *out_ends, size_t nout);

/* Calls cb for every file in a final state (committed, failed, duplicate):
 * the daemon keeps their identities and hashes in memory to skip them. */
int sr_journal_each_final(sr_journal *j,
                          void (*cb)(void *arg, const sr_file_id *id, const char *path, sr_file_state st,
                                     const char *hash),
                          void *arg);

/* Drops rows left in seen/processing by a crash; their files are found
 * again by the scan and processed from the start. Returns how many. */
int sr_journal_forget_unfinished(sr_journal *j);

/* For `saring status`: counts per state and recent failures. */
int sr_journal_status(sr_journal *j, char **text);

#endif
