/* Finding ready files in a watched folder (see scanner.h). */
#include "watch/scanner.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uthash.h>

#include "log.h"

/* A file seen but not yet ready. */
typedef struct cand {
  char *rel;
  sr_file_id id;
  int64_t ctime_ns;
  int have_stat;
  uint64_t stable_since;  /* ms: when id last changed */
  int saw_rename, saw_change;
  int queued;             /* its name is in the scanner's pending list */
  uint64_t seen_scan;     /* the full-scan number that last saw it */
  UT_hash_handle hh;
} cand;

/* A folder being watched. */
typedef struct watch_dir {
  char *rel;              /* "" for the top */
  uv_fs_event_t ev;
  sr_scanner *s;
  int dirty;
  uint64_t seen_scan;
  UT_hash_handle hh;
} watch_dir;

struct sr_scanner {
  uv_loop_t *loop;
  sr_scanner_config cfg;
  char *dir;
  char **exclude;
  cand *cands;
  watch_dir *dirs;
  uv_timer_t soon;        /* scan dirty folders shortly after events */
  uv_timer_t recheck;     /* re-examine candidates waiting to settle */
  uv_timer_t reconcile;   /* full scans */
  char **pend;            /* names events pointed at, to look at soon */
  size_t npend, cappend;
  int paused;
  int stopping;
  int open_handles;
  uint64_t scan_no;
  uint64_t full_scans;
};

static uint64_t now_ms(sr_scanner *s) { return uv_now(s->loop); }

int sr_scanner_ignored_name(const char *name, const char *marker) {
  size_t n = strlen(name);
  if (n == 0 || name[0] == '.') return 1;
  if (name[n - 1] == '~') return 1;
  if (n >= 4 && !strcmp(name + n - 4, ".tmp")) return 1;
  if (n >= 5 && !strcmp(name + n - 5, ".part")) return 1;
  if (n >= 11 && !strcmp(name + n - 11, ".error.json")) return 1;
  if (marker && *marker) {
    size_t m = strlen(marker);
    if (n >= m && !strcmp(name + n - m, marker)) return 1;
  }
  /* A name with a newline cannot be logged or journaled unambiguously;
   * it is reported by the scan instead of taken. */
  return 0;
}

static void join(char *out, size_t cap, const char *a, const char *b) {
  if (!*a) snprintf(out, cap, "%s", b);
  else snprintf(out, cap, "%s/%s", a, b);
}

static int excluded(sr_scanner *s, const char *abs) {
  for (char **e = s->exclude; e && *e; e++)
    if (!strcmp(*e, abs)) return 1;
  return 0;
}

static void schedule_soon(sr_scanner *s);

static cand *cand_get(sr_scanner *s, const char *rel, int create) {
  cand *c;
  HASH_FIND_STR(s->cands, rel, c);
  if (c || !create) return c;
  c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->rel = strdup(rel);
  if (!c->rel) {
    free(c);
    return NULL;
  }
  c->stable_since = now_ms(s);
  HASH_ADD_KEYPTR(hh, s->cands, c->rel, strlen(c->rel), c);
  return c;
}

static void cand_del(sr_scanner *s, cand *c) {
  HASH_DEL(s->cands, c);
  free(c->rel);
  free(c);
}

static void maybe_free(sr_scanner *s) {
  if (!s->stopping || s->open_handles > 0) return;
  cand *c, *tmp;
  HASH_ITER(hh, s->cands, c, tmp) cand_del(s, c);
  for (char **e = s->exclude; e && *e; e++) free(*e);
  free(s->exclude);
  for (size_t i = 0; i < s->npend; i++) free(s->pend[i]);
  free(s->pend);
  free(s->dir);
  free(s);
}

static void timer_closed_cb(uv_handle_t *h) {
  sr_scanner *s = h->data;
  s->open_handles--;
  maybe_free(s);
}

static void dir_closed_cb(uv_handle_t *h) {
  watch_dir *w = h->data;
  sr_scanner *s = w->s;
  free(w->rel);
  free(w);
  s->open_handles--;
  maybe_free(s);
}

static void fs_event_cb(uv_fs_event_t *h, const char *filename, int events, int status) {
  watch_dir *w = h->data;
  sr_scanner *s = w->s;
  if (status < 0) {
    sr_log_kv(SR_LOG_WARN, "folder watch failed; relying on scans", "folder", *w->rel ? w->rel : ".",
              "error", uv_strerror(status), (const char *)NULL);
    return;
  }
  /* An event names a file: only that name is looked at, not its whole
   * folder (our own moves to processed/ are events too, and rescanning a
   * folder of N files for each made a backlog cost N squared).  A marker
   * points at its file.  An event without a name rescans the folder. */
  char name[256]; /* NAME_MAX + 1 */
  const char *m = s->cfg.marker;
  size_t fl = filename ? strlen(filename) : 0, ml = m ? strlen(m) : 0;
  if (filename && ml && fl > ml && !strcmp(filename + fl - ml, m) && fl - ml < sizeof name) {
    memcpy(name, filename, fl - ml);
    name[fl - ml] = '\0';
    filename = name;
    events = 0;
  }
  if (!filename) {
    w->dirty = 1;
  } else if (!sr_scanner_ignored_name(filename, s->cfg.marker)) {
    char rel[4096];
    join(rel, sizeof rel, w->rel, filename);
    cand *c = cand_get(s, rel, 1);
    char *copy = c && !c->queued ? strdup(rel) : NULL;
    if (copy && s->npend == s->cappend) {
      size_t cap = s->cappend ? s->cappend * 2 : 64;
      char **np = realloc(s->pend, cap * sizeof *np);
      if (np) {
        s->pend = np;
        s->cappend = cap;
      }
    }
    if (copy && s->npend < s->cappend) {
      s->pend[s->npend++] = copy;
      c->queued = 1;
    } else if (!c || !c->queued) {
      free(copy);
      w->dirty = 1;
    }
    if (c) {
      if (events & UV_CHANGE) c->saw_change = 1;
      if (events & UV_RENAME) c->saw_rename = 1;
    }
  }
  schedule_soon(s);
}

static void watch_add(sr_scanner *s, const char *rel, const char *abs) {
  watch_dir *w;
  HASH_FIND_STR(s->dirs, rel, w);
  if (w) {
    w->seen_scan = s->scan_no;
    return;
  }
  w = calloc(1, sizeof *w);
  if (!w) return;
  w->rel = strdup(rel);
  w->s = s;
  w->seen_scan = s->scan_no;
  w->dirty = 1;
  uv_fs_event_init(s->loop, &w->ev);
  w->ev.data = w;
  s->open_handles++;
  int rc = uv_fs_event_start(&w->ev, fs_event_cb, abs, 0);
  if (rc)
    sr_log_kv(SR_LOG_WARN, "cannot watch folder; it is still scanned", "folder", abs, "error",
              uv_strerror(rc), (const char *)NULL);
  HASH_ADD_KEYPTR(hh, s->dirs, w->rel, strlen(w->rel), w);
}

static void consider(sr_scanner *s, const char *rel, const char *abs, const struct stat *st) {
  sr_file_id id = {(uint64_t)st->st_dev, (uint64_t)st->st_ino, (uint64_t)st->st_size,
                   (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec};
  int64_t ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000LL + st->st_ctim.tv_nsec;
  if (s->cfg.known_cb(s, rel, &id, s->cfg.arg)) {
    cand *old = cand_get(s, rel, 0);
    if (old) cand_del(s, old);
    return;
  }
  cand *c = cand_get(s, rel, 1);
  if (!c) return;
  c->seen_scan = s->scan_no;
  uint64_t now = now_ms(s);
  if (!c->have_stat || memcmp(&c->id, &id, sizeof id) != 0) {
    if (c->have_stat) c->saw_change = 1;
    c->id = id;
    c->ctime_ns = ctime_ns;
    c->have_stat = 1;
    c->stable_since = now;
  }
  if (s->paused) return;
  int ready;
  if (s->cfg.marker && *s->cfg.marker) {
    char mk[8400];
    ready = snprintf(mk, sizeof mk, "%s%s", abs, s->cfg.marker) < (int)sizeof mk && access(mk, F_OK) == 0;
  } else {
    uint64_t stable = now - c->stable_since;
    int renamed = id.size > 0 && !c->saw_change && (c->saw_rename || ctime_ns > id.mtime_ns);
    ready = (renamed && stable >= s->cfg.quiet_ms) || stable >= s->cfg.settle_ms;
  }
  if (!ready) return;
  char relcopy[4096];
  snprintf(relcopy, sizeof relcopy, "%s", rel);
  cand_del(s, c);
  s->cfg.ready_cb(s, relcopy, &id, s->cfg.arg);
}

/* Scans one folder; recurses into subfolders on full scans and into folders
 * not watched yet (new ones). */
static void scan_dir(sr_scanner *s, const char *rel, int full, int depth) {
  char abs[8192];
  if (*rel) snprintf(abs, sizeof abs, "%s/%s", s->dir, rel);
  else snprintf(abs, sizeof abs, "%s", s->dir);
  if (depth > 32) return;
  DIR *d = opendir(abs);
  if (!d) return;
  watch_add(s, rel, abs);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char crel[4096], cabs[8192];
    join(crel, sizeof crel, rel, e->d_name);
    if (snprintf(cabs, sizeof cabs, "%s/%s", abs, e->d_name) >= (int)sizeof cabs) continue;
    struct stat lst;
    if (lstat(cabs, &lst) != 0) continue;
    if (S_ISDIR(lst.st_mode)) {
      if (excluded(s, cabs)) continue;
      watch_dir *w;
      HASH_FIND_STR(s->dirs, crel, w);
      if (full || !w) scan_dir(s, crel, full, depth + 1);
      continue;
    }
    if (sr_scanner_ignored_name(e->d_name, s->cfg.marker)) continue;
    struct stat st = lst;
    if (S_ISLNK(lst.st_mode)) {
      /* Links are not followed by default: one could point anywhere,
       * outside the folder included. */
      if (!s->cfg.follow_symlinks || stat(cabs, &st) != 0) continue;
    }
    if (!S_ISREG(st.st_mode)) continue;
    consider(s, crel, cabs, &st);
  }
  closedir(d);
}

static void recheck_cb(uv_timer_t *t);

/* Earliest moment a waiting candidate may become ready. */
static void arm_recheck(sr_scanner *s) {
  /* While paused nothing becomes ready; resuming makes a full scan. */
  if (s->stopping || s->paused || !s->cands) return;
  uint64_t now = now_ms(s), best = UINT64_MAX;
  cand *c, *tmp;
  HASH_ITER(hh, s->cands, c, tmp) {
    uint64_t wait = s->cfg.settle_ms;
    if (c->have_stat && c->id.size > 0 && !c->saw_change) wait = s->cfg.quiet_ms;
    uint64_t due = c->stable_since + wait;
    if (due < best) best = due;
  }
  if (s->cfg.marker && *s->cfg.marker) best = now + 200; /* markers have no event of their own here */
  if (best == UINT64_MAX) return;
  uv_timer_start(&s->recheck, recheck_cb, best > now ? best - now + 1 : 1, 0);
}

static void scan_dirty(sr_scanner *s) {
  watch_dir *w, *tmp;
  HASH_ITER(hh, s->dirs, w, tmp) {
    if (!w->dirty) continue;
    w->dirty = 0;
    scan_dir(s, w->rel, 0, 0);
  }
}

/* Looks at one name: a file is considered, a new folder scanned (and so
 * watched), and a name that is gone (moved away, deleted, or only ever seen
 * in an event, like our own moves to processed/) or that is no file to take
 * (an unfollowed link) is forgotten, or it would stay overdue forever. */
static void look_at(sr_scanner *s, const char *rel) {
  char abs[8192];
  if (snprintf(abs, sizeof abs, "%s/%s", s->dir, rel) >= (int)sizeof abs) return;
  cand *c = cand_get(s, rel, 0);
  struct stat st;
  int ok = lstat(abs, &st) == 0;
  if (ok && S_ISDIR(st.st_mode)) {
    if (c) cand_del(s, c);
    if (!excluded(s, abs)) scan_dir(s, rel, 0, 0);
    return;
  }
  if (ok && S_ISLNK(st.st_mode)) ok = s->cfg.follow_symlinks && stat(abs, &st) == 0;
  if (!ok || !S_ISREG(st.st_mode)) {
    if (c) cand_del(s, c);
    return;
  }
  consider(s, rel, abs, &st);
}

/* Looks at each name in a list taken from the scanner first: looking may
 * add and remove candidates. */
static void look_at_all(sr_scanner *s, char **names, size_t n) {
  for (size_t i = 0; i < n; i++) {
    /* While paused the names stay candidates, looked at on resuming. */
    if (!s->stopping && !s->paused) look_at(s, names[i]);
    free(names[i]);
  }
  free(names);
}

static void recheck_cb(uv_timer_t *t) {
  sr_scanner *s = t->data;
  /* Re-stat the waiting candidates. */
  size_t n = HASH_COUNT(s->cands), k = 0;
  char **names = calloc(n ? n : 1, sizeof *names);
  cand *c, *tmp;
  HASH_ITER(hh, s->cands, c, tmp) if (names && (names[k] = strdup(c->rel))) k++;
  look_at_all(s, names, k);
  arm_recheck(s);
}

static void soon_cb(uv_timer_t *t) {
  sr_scanner *s = t->data;
  char **names = s->pend;
  size_t n = s->npend;
  s->pend = NULL;
  s->npend = s->cappend = 0;
  for (size_t i = 0; i < n; i++) {
    cand *c = cand_get(s, names[i], 0);
    if (c) c->queued = 0;
  }
  look_at_all(s, names, n);
  scan_dirty(s);
  arm_recheck(s);
}

static void schedule_soon(sr_scanner *s) {
  if (s->stopping || uv_is_active((uv_handle_t *)&s->soon)) return;
  uv_timer_start(&s->soon, soon_cb, 2, 0);
}

static void full_scan(sr_scanner *s) {
  s->scan_no++;
  s->full_scans++;
  scan_dir(s, "", 1, 0);
  /* Forget candidates and watchers whose files and folders are gone. */
  cand *c, *ctmp;
  HASH_ITER(hh, s->cands, c, ctmp)
    if (c->have_stat && c->seen_scan != s->scan_no) cand_del(s, c);
  watch_dir *w, *wtmp;
  HASH_ITER(hh, s->dirs, w, wtmp) {
    if (w->seen_scan == s->scan_no) continue;
    HASH_DEL(s->dirs, w);
    uv_close((uv_handle_t *)&w->ev, dir_closed_cb);
  }
  arm_recheck(s);
}

static void reconcile_cb(uv_timer_t *t) { full_scan(t->data); }

void sr_scanner_reconcile(sr_scanner *s) {
  if (!s->stopping) full_scan(s);
}

void sr_scanner_pause(sr_scanner *s, int paused) {
  int was = s->paused;
  s->paused = paused;
  /* Resuming looks at the waiting candidates again (events kept adding
   * them while paused), in the order they came, until intake pauses again;
   * the periodic full scan finds anything else.  A full scan here instead
   * cost a stat of every waiting file for every resume. */
  if (was && !paused && !s->stopping) uv_timer_start(&s->recheck, recheck_cb, 0, 0);
}

uint64_t sr_scanner_candidates(const sr_scanner *s) { return HASH_COUNT(s->cands); }
uint64_t sr_scanner_full_scans(const sr_scanner *s) { return s->full_scans; }

int sr_scanner_start(sr_scanner **out, uv_loop_t *loop, const sr_scanner_config *cfg) {
  sr_scanner *s = calloc(1, sizeof *s);
  if (!s) return -1;
  s->loop = loop;
  s->cfg = *cfg;
  s->dir = strdup(cfg->dir);
  size_t n = 0;
  while (cfg->exclude && cfg->exclude[n]) n++;
  s->exclude = calloc(n + 1, sizeof *s->exclude);
  for (size_t i = 0; i < n; i++) s->exclude[i] = strdup(cfg->exclude[i]);
  s->cfg.exclude = NULL;
  uv_timer_init(loop, &s->soon);
  uv_timer_init(loop, &s->recheck);
  uv_timer_init(loop, &s->reconcile);
  s->soon.data = s->recheck.data = s->reconcile.data = s;
  s->open_handles = 3;
  full_scan(s);
  uv_timer_start(&s->reconcile, reconcile_cb, cfg->reconcile_ms, cfg->reconcile_ms);
  *out = s;
  return 0;
}

void sr_scanner_stop(sr_scanner *s) {
  s->stopping = 1;
  watch_dir *w, *tmp;
  HASH_ITER(hh, s->dirs, w, tmp) {
    HASH_DEL(s->dirs, w);
    uv_close((uv_handle_t *)&w->ev, dir_closed_cb);
  }
  uv_close((uv_handle_t *)&s->soon, timer_closed_cb);
  uv_close((uv_handle_t *)&s->recheck, timer_closed_cb);
  uv_close((uv_handle_t *)&s->reconcile, timer_closed_cb);
}
