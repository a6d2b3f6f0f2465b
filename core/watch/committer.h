/* The committer: the one place where the watch daemon makes results
 * durable.  Commits queue up on the loop thread; a single threadpool work
 * item at a time takes all that are queued and, in this order,
 *   1. appends their output to documents.jsonl and failed.jsonl and fsyncs,
 *   2. records them and the new output lengths in the journal (one
 *      transaction, synchronous=FULL),
 *   3. moves each input to processed/ or failed/ (or deletes it).
 * A crash before 2 leaves bytes past the committed length, which recovery
 * cuts off; a crash between 2 and 3 leaves a committed input in place, which
 * the next scan recognises and moves.  So each input's output is in the
 * files exactly once.  If 1 or 2 fails (a full disk), the outputs are cut
 * back and the commits come back with the error, to be retried. */
#ifndef SARING_WATCH_COMMITTER_H
#define SARING_WATCH_COMMITTER_H

#include <stddef.h>
#include <uv.h>

#include "watch/journal.h"

typedef enum sr_after_commit { SR_INPUT_MOVE, SR_INPUT_DELETE, SR_INPUT_LEAVE } sr_after_commit;

typedef struct sr_commit {
  struct sr_commit *next;
  sr_journal_op op;        /* op.path, op.hash and op.error point into the fields below */
  char *rel_path;          /* owned: input path relative to the watched folder */
  char *hash;              /* owned */
  char *error;             /* owned: JSON of the error for failed inputs */
  char *out;               /* owned: documents JSONL */
  size_t out_len;
  char *failed;            /* owned: dead-letter JSONL */
  size_t failed_len;
  sr_after_commit after;
  int status;              /* set when it comes back: 0 or an SR_E* / -errno code */
  void *user;
} sr_commit;

typedef struct sr_committer sr_committer;
typedef void (*sr_commit_cb)(sr_committer *c, sr_commit *commit, void *arg);

typedef struct sr_committer_config {
  const char *watch_dir;
  const char *out_dir;
  const char *processed_dir;
  const char *failed_dir;
  sr_journal *journal;
  sr_commit_cb done_cb;    /* each commit comes back once, with status */
  void *arg;
} sr_committer_config;

/* Cuts the outputs back to their committed lengths (recovery) and opens
 * them.  Returns 0 or an error with a message in *err. */
int sr_committer_new(sr_committer **out, uv_loop_t *loop, const sr_committer_config *cfg, char **err);
void sr_committer_submit(sr_committer *c, sr_commit *commit);
int sr_committer_busy(const sr_committer *c);
size_t sr_committer_queued(const sr_committer *c);
/* Moves an input that the journal already has as final (after a crash). */
int sr_committer_move_input(sr_committer *c, const char *rel_path, sr_file_state st, sr_after_commit after);
void sr_committer_free(sr_committer *c);
void sr_commit_free(sr_commit *commit);

#endif
