/* The watch daemon's committer (see committer.h). */
#include "watch/committer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "log.h"

enum { OUT_DOCS, OUT_FAILED, N_OUT };
static const char *const OUT_NAMES[N_OUT] = {"documents", "failed"};

struct sr_committer {
  uv_loop_t *loop;
  sr_committer_config cfg;
  int fd[N_OUT];
  uint64_t end[N_OUT];     /* committed lengths; touched by the work item only while busy */
  sr_commit *head, *tail;  /* queued (loop thread) */
  size_t queued;
  sr_commit *work;         /* being committed (work item) */
  uv_work_t req;
  int busy;
};

void sr_commit_free(sr_commit *c) {
  if (!c) return;
  free(c->rel_path);
  free(c->hash);
  free(c->error);
  free(c->out);
  free(c->failed);
  free(c);
}

/* mkdir -p for the folder part of path. */
static int make_parents(const char *path) {
  char tmp[4096];
  /* A longer path could not be made anyway (PATH_MAX); cutting it would
   * make the wrong folders. */
  if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp) return -ENAMETOOLONG;
  for (char *p = tmp + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST) return -errno;
    *p = '/';
  }
  return 0;
}

static int write_at(int fd, const char *p, size_t n, uint64_t off) {
  while (n) {
    ssize_t w = pwrite(fd, p, n, (off_t)off);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    p += w;
    n -= (size_t)w;
    off += (uint64_t)w;
  }
  return 0;
}

/* Moves (or deletes) one input after its commit.  A name already taken in
 * the destination gets a numbered suffix, so nothing is overwritten. */
static int move_input(sr_committer *c, const char *rel, sr_file_state st, sr_after_commit after,
                      const char *error_json) {
  char src[4096], dst[4096];
  snprintf(src, sizeof src, "%s/%s", c->cfg.watch_dir, rel);
  if (after == SR_INPUT_LEAVE) return 0;
  if (after == SR_INPUT_DELETE && st != SR_FILE_FAILED) {
    if (unlink(src) != 0 && errno != ENOENT) return -errno;
    return 0;
  }
  const char *base = st == SR_FILE_FAILED ? c->cfg.failed_dir : c->cfg.processed_dir;
  snprintf(dst, sizeof dst, "%s/%s", base, rel);
  int rc = make_parents(dst);
  if (rc) return rc;
  size_t n = strlen(dst);
  for (int k = 1; access(dst, F_OK) == 0 && k < 10000; k++) snprintf(dst + n, sizeof dst - n, ".%d", k);
  if (error_json) {
    /* The reason goes beside the input, before the input moves, so a failed
     * input is never found without its reason. */
    char ep[4200];
    snprintf(ep, sizeof ep, "%s.error.json", dst);
    FILE *f = fopen(ep, "w");
    if (f) {
      fputs(error_json, f);
      fputc('\n', f);
      fclose(f);
    }
  }
  if (rename(src, dst) != 0) return errno == ENOENT ? 0 : -errno;
  return 0;
}

int sr_committer_move_input(sr_committer *c, const char *rel_path, sr_file_state st, sr_after_commit after) {
  return move_input(c, rel_path, st, after, NULL);
}

static void work_cb(uv_work_t *req) {
  sr_committer *c = req->data;
  uint64_t start[N_OUT] = {c->end[OUT_DOCS], c->end[OUT_FAILED]};
  uint64_t pos[N_OUT] = {start[0], start[1]};
  int rc = 0;
  size_t nops = 0;
  for (sr_commit *m = c->work; m; m = m->next) nops++;
  sr_journal_op *ops = calloc(nops ? nops : 1, sizeof *ops);
  if (!ops) rc = SR_ENOMEM;
  size_t i = 0;
  for (sr_commit *m = c->work; m && !rc; m = m->next, i++) {
    m->op.out_offset = pos[OUT_DOCS];
    m->op.out_len = m->out_len;
    if (m->out_len) rc = write_at(c->fd[OUT_DOCS], m->out, m->out_len, pos[OUT_DOCS]);
    pos[OUT_DOCS] += m->out_len;
    if (!rc && m->failed_len) rc = write_at(c->fd[OUT_FAILED], m->failed, m->failed_len, pos[OUT_FAILED]);
    pos[OUT_FAILED] += m->failed_len;
    m->op.path = m->rel_path;
    m->op.hash = m->hash;
    m->op.error = m->error;
    ops[i] = m->op;
  }
  for (int k = 0; k < N_OUT && !rc; k++)
    if (pos[k] != start[k] && fdatasync(c->fd[k]) != 0) rc = -errno;
  /* The output is durable now: that is the moment the journal keeps as
   * done_at (latency ready -> committed in `saring status` and benchmarks). */
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  for (size_t k = 0; k < nops; k++) ops[k].done_at = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
  if (!rc) rc = sr_journal_apply(c->cfg.journal, ops, nops, OUT_NAMES, pos, N_OUT);
  free(ops);
  if (rc) {
    /* Nothing of this group is committed: cut the outputs back so that the
     * retry (or a restart) finds them as the journal says. */
    for (int k = 0; k < N_OUT; k++)
      if (ftruncate(c->fd[k], (off_t)start[k]) != 0) { /* recovery cuts it at start */ }
    for (sr_commit *m = c->work; m; m = m->next) m->status = rc;
    return;
  }
  c->end[OUT_DOCS] = pos[OUT_DOCS];
  c->end[OUT_FAILED] = pos[OUT_FAILED];
  for (sr_commit *m = c->work; m; m = m->next) {
    m->status = 0;
    int mr = move_input(c, m->rel_path, m->op.state, m->after,
                        m->op.state == SR_FILE_FAILED ? m->error : NULL);
    if (mr) sr_log_kv(SR_LOG_WARN, "committed, but the input could not be moved", "file", m->rel_path,
                      "error", sr_strerror(mr), (const char *)NULL);
  }
}

static void kick(sr_committer *c);

static void after_cb(uv_work_t *req, int status) {
  sr_committer *c = req->data;
  (void)status;
  sr_commit *m = c->work;
  c->work = NULL;
  c->busy = 0;
  while (m) {
    sr_commit *next = m->next;
    m->next = NULL;
    c->cfg.done_cb(c, m, c->cfg.arg);
    m = next;
  }
  kick(c);
}

static void kick(sr_committer *c) {
  if (c->busy || !c->head) return;
  c->work = c->head;
  c->head = c->tail = NULL;
  c->queued = 0;
  c->busy = 1;
  uv_queue_work(c->loop, &c->req, work_cb, after_cb);
}

void sr_committer_submit(sr_committer *c, sr_commit *m) {
  m->next = NULL;
  if (c->tail) c->tail->next = m;
  else c->head = m;
  c->tail = m;
  c->queued++;
  kick(c);
}

int sr_committer_busy(const sr_committer *c) { return c->busy || c->head; }
size_t sr_committer_queued(const sr_committer *c) { return c->queued + (c->busy ? 1 : 0); }

int sr_committer_new(sr_committer **out, uv_loop_t *loop, const sr_committer_config *cfg, char **err) {
  *err = NULL;
  sr_committer *c = calloc(1, sizeof *c);
  if (!c) return SR_ENOMEM;
  c->loop = loop;
  c->cfg = *cfg;
  c->req.data = c;
  c->fd[0] = c->fd[1] = -1;
  char msg[4400];
  for (int k = 0; k < N_OUT; k++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.jsonl", cfg->out_dir, OUT_NAMES[k]);
    make_parents(path);
    c->fd[k] = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (c->fd[k] < 0) {
      snprintf(msg, sizeof msg, "cannot open %s: %s", path, strerror(errno));
      goto fail;
    }
    uint64_t committed = sr_journal_output_end(cfg->journal, OUT_NAMES[k]);
    struct stat st;
    fstat(c->fd[k], &st);
    if ((uint64_t)st.st_size > committed) {
      /* Bytes past the committed length belong to a commit that never
       * finished: cut them off, or they would be written twice. */
      sr_log_kv(SR_LOG_INFO, "recovery: cutting uncommitted output", "file", path, (const char *)NULL);
      if (ftruncate(c->fd[k], (off_t)committed) != 0) {
        snprintf(msg, sizeof msg, "cannot truncate %s: %s", path, strerror(errno));
        goto fail;
      }
    } else if ((uint64_t)st.st_size < committed) {
      sr_log_kv(SR_LOG_WARN, "output is shorter than the journal says; continuing from its end", "file",
                path, (const char *)NULL);
      committed = (uint64_t)st.st_size;
    }
    c->end[k] = committed;
  }
  *out = c;
  return 0;
fail:
  *err = strdup(msg);
  for (int k = 0; k < N_OUT; k++)
    if (c->fd[k] >= 0) close(c->fd[k]);
  free(c);
  return SR_EIO;
}

void sr_committer_free(sr_committer *c) {
  if (!c) return;
  for (int k = 0; k < N_OUT; k++)
    if (c->fd[k] >= 0) close(c->fd[k]);
  sr_commit *m = c->head;
  while (m) {
    sr_commit *n = m->next;
    sr_commit_free(m);
    m = n;
  }
  free(c);
}
