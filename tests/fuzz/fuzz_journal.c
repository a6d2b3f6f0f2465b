/* Fuzz target: the watch journal's recovery (core/watch/journal.c).
 *
 * The input drives a random sequence of transactions on a fresh journal:
 * files seen, processing, committed, failed, duplicate, with output ends
 * that only grow.  At a crash point taken from the input the journal is
 * closed without any clean-up (as a crash would leave it), reopened, and
 * the recovery invariants are checked:
 *  - every file last applied in a final state is reported final, once, with
 *    its state and hash;
 *  - forgetting unfinished rows removes exactly the files last left in
 *    seen/processing, and they are not reported final;
 *  - the committed output ends are those of the last transaction.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "watch/journal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

#define NFILES 8

typedef struct model {
  int state[NFILES];  /* -1 never applied, else sr_file_state */
  char hash[NFILES][33];
  int seen_final[NFILES];
} model;

static void final_cb(void *arg, const sr_file_id *id, const char *path, sr_file_state st, const char *hash) {
  model *m = arg;
  int i = (int)id->ino;
  CHECK(i >= 0 && i < NFILES);
  char name[16];
  snprintf(name, sizeof name, "f%d.txt", i);
  CHECK(!strcmp(path, name));
  CHECK((int)st == m->state[i]);
  CHECK(!m->seen_final[i]);
  m->seen_final[i] = 1;
  if (m->hash[i][0]) CHECK(hash && !strcmp(hash, m->hash[i]));
}

static int is_final(int st) {
  return st == SR_FILE_COMMITTED || st == SR_FILE_FAILED || st == SR_FILE_DUPLICATE;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char dir[] = "/tmp/saring-fuzz-journal-XXXXXX";
  if (!mkdtemp(dir)) return 0;
  sr_journal *j;
  char *err = NULL;
  if (sr_journal_open(&j, dir, &err)) {
    free(err);
    rmdir(dir);
    return 0;
  }
  model m;
  memset(&m, 0, sizeof m);
  for (int i = 0; i < NFILES; i++) m.state[i] = -1;
  uint64_t ends[2] = {0, 0};
  const char *names[2] = {"documents", "failed"};
  size_t crash = size ? data[0] : 0;
  size_t ntx = 0;
  for (size_t k = 1; k + 1 < size && ntx < 64 && ntx < crash; k += 2, ntx++) {
    int file = data[k] % NFILES;
    int st = data[k + 1] % 5; /* seen, processing, committed, failed, duplicate */
    /* An already final file keeps its state: the daemon never reopens it. */
    if (m.state[file] >= 0 && is_final(m.state[file])) continue;
    char path[16], hash[33];
    snprintf(path, sizeof path, "f%d.txt", file);
    snprintf(hash, sizeof hash, "%032x", (unsigned)(data[k] * 2654435761u));
    sr_journal_op op;
    memset(&op, 0, sizeof op);
    op.id.ino = (uint64_t)file;
    op.id.size = 100;
    op.path = path;
    op.state = (sr_file_state)st;
    op.hash = st >= 2 ? hash : NULL;
    uint64_t add = data[k + 1];
    uint64_t new_ends[2] = {ends[0] + (st == SR_FILE_COMMITTED ? add : 0), ends[1] + (st == SR_FILE_FAILED ? add : 0)};
    op.out_offset = ends[0];
    op.out_len = new_ends[0] - ends[0];
    if (sr_journal_apply(j, &op, 1, names, new_ends, 2) == 0) {
      m.state[file] = st;
      if (op.hash) memcpy(m.hash[file], hash, 33);
      else m.hash[file][0] = '\0';
      ends[0] = new_ends[0];
      ends[1] = new_ends[1];
    }
  }
  /* The crash: no clean-up beyond closing the handle. */
  sr_journal_close(j);
  CHECK(sr_journal_open(&j, dir, &err) == 0);
  CHECK(sr_journal_output_end(j, "documents") == ends[0]);
  CHECK(sr_journal_output_end(j, "failed") == ends[1]);
  int unfinished = 0;
  for (int i = 0; i < NFILES; i++) unfinished += m.state[i] >= 0 && !is_final(m.state[i]);
  CHECK(sr_journal_forget_unfinished(j) == unfinished);
  CHECK(sr_journal_each_final(j, final_cb, &m) == 0);
  for (int i = 0; i < NFILES; i++) CHECK(m.seen_final[i] == (m.state[i] >= 0 && is_final(m.state[i])));
  sr_journal_close(j);
  char p[128];
  const char *files[] = {"journal.db", "journal.db-wal", "journal.db-shm", "lock"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    snprintf(p, sizeof p, "%s/%s", dir, files[i]);
    unlink(p);
  }
  rmdir(dir);
  return 0;
}
