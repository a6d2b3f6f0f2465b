/* The watch daemon's journal on SQLite (see journal.h). */
#include "watch/journal.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

struct sr_journal {
  sqlite3 *db;
  sqlite3_stmt *upsert, *set_end;
};

static const char *STATE_NAMES[] = {"seen", "processing", "committed", "failed", "duplicate"};

const char *sr_file_state_name(sr_file_state s) {
  return (unsigned)s < 5 ? STATE_NAMES[s] : "unknown";
}

static const char SCHEMA[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=FULL;"
    "CREATE TABLE IF NOT EXISTS files ("
    "  dev INTEGER NOT NULL, ino INTEGER NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    "  path TEXT NOT NULL, state TEXT NOT NULL, hash TEXT,"
    "  out_offset INTEGER, out_len INTEGER,"
    "  docs_out INTEGER DEFAULT 0, docs_failed INTEGER DEFAULT 0, docs_dropped INTEGER DEFAULT 0,"
    "  error TEXT, ready_at REAL, done_at REAL,"
    "  PRIMARY KEY (dev, ino, size, mtime_ns));"
    "CREATE INDEX IF NOT EXISTS files_hash ON files(hash);"
    "CREATE INDEX IF NOT EXISTS files_state ON files(state);"
    "CREATE TABLE IF NOT EXISTS outputs (name TEXT PRIMARY KEY, committed_end INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);"
    "INSERT OR IGNORE INTO meta VALUES ('schema', '1');";

static char *fmt_err(const char *what, sqlite3 *db) {
  char msg[4700];
  snprintf(msg, sizeof msg, "%s: %s", what, db ? sqlite3_errmsg(db) : "cannot open");
  return strdup(msg);
}

int sr_journal_open(sr_journal **out, const char *state_dir, char **err) {
  *err = NULL;
  sr_journal *j = calloc(1, sizeof *j);
  if (!j) return SR_ENOMEM;
  char path[4096];
  snprintf(path, sizeof path, "%s/journal.db", state_dir);
  /* The connection is used by one thread at a time (the committer's work
   * item, or the loop before the loop runs); FULLMUTEX guards the rest. */
  if (sqlite3_open_v2(path, &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      NULL) != SQLITE_OK) {
    *err = fmt_err(path, j->db);
    sqlite3_close(j->db);
    free(j);
    return SR_EIO;
  }
  sqlite3_busy_timeout(j->db, 10000);
  char *e = NULL;
  if (sqlite3_exec(j->db, SCHEMA, NULL, NULL, &e) != SQLITE_OK) {
    char msg[4700];
    snprintf(msg, sizeof msg, "%s: %s", path, e ? e : "schema");
    sqlite3_free(e);
    *err = strdup(msg);
    sqlite3_close(j->db);
    free(j);
    return SR_EIO;
  }
  if (sqlite3_prepare_v2(j->db,
                         "INSERT INTO files(dev,ino,size,mtime_ns,path,state,hash,out_offset,out_len,"
                         "docs_out,docs_failed,docs_dropped,error,ready_at,done_at) "
                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                         "ON CONFLICT(dev,ino,size,mtime_ns) DO UPDATE SET path=excluded.path,"
                         "state=excluded.state,hash=coalesce(excluded.hash,hash),"
                         "out_offset=excluded.out_offset,out_len=excluded.out_len,"
                         "docs_out=excluded.docs_out,docs_failed=excluded.docs_failed,"
                         "docs_dropped=excluded.docs_dropped,error=excluded.error,"
                         "ready_at=coalesce(excluded.ready_at,ready_at),done_at=excluded.done_at",
                         -1, &j->upsert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(j->db,
                         "INSERT INTO outputs(name, committed_end) VALUES(?,?) "
                         "ON CONFLICT(name) DO UPDATE SET committed_end=excluded.committed_end",
                         -1, &j->set_end, NULL) != SQLITE_OK) {
    *err = fmt_err("journal", j->db);
    sr_journal_close(j);
    return SR_EIO;
  }
  *out = j;
  return 0;
}

void sr_journal_close(sr_journal *j) {
  if (!j) return;
  sqlite3_finalize(j->upsert);
  sqlite3_finalize(j->set_end);
  sqlite3_close(j->db);
  free(j);
}

uint64_t sr_journal_output_end(sr_journal *j, const char *name) {
  sqlite3_stmt *st;
  uint64_t v = 0;
  if (sqlite3_prepare_v2(j->db, "SELECT committed_end FROM outputs WHERE name=?", -1, &st, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW) v = (uint64_t)sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

int sr_journal_apply(sr_journal *j, const sr_journal_op *ops, size_t n, const char *const *out_names,
                     const uint64_t *out_ends, size_t nout) {
  if (sqlite3_exec(j->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) return SR_EIO;
  for (size_t i = 0; i < n; i++) {
    const sr_journal_op *o = &ops[i];
    sqlite3_stmt *s = j->upsert;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, (sqlite3_int64)o->id.dev);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)o->id.ino);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)o->id.size);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)o->id.mtime_ns);
    sqlite3_bind_text(s, 5, o->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, sr_file_state_name(o->state), -1, SQLITE_STATIC);
    if (o->hash) sqlite3_bind_text(s, 7, o->hash, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, 7);
    sqlite3_bind_int64(s, 8, (sqlite3_int64)o->out_offset);
    sqlite3_bind_int64(s, 9, (sqlite3_int64)o->out_len);
    sqlite3_bind_int64(s, 10, (sqlite3_int64)o->docs_out);
    sqlite3_bind_int64(s, 11, (sqlite3_int64)o->docs_failed);
    sqlite3_bind_int64(s, 12, (sqlite3_int64)o->docs_dropped);
    if (o->error) sqlite3_bind_text(s, 13, o->error, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, 13);
    if (o->ready_at > 0) sqlite3_bind_double(s, 14, o->ready_at);
    else sqlite3_bind_null(s, 14);
    if (o->done_at > 0) sqlite3_bind_double(s, 15, o->done_at);
    else sqlite3_bind_null(s, 15);
    if (sqlite3_step(s) != SQLITE_DONE) goto fail;
  }
  for (size_t i = 0; i < nout; i++) {
    sqlite3_stmt *s = j->set_end;
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, out_names[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)out_ends[i]);
    if (sqlite3_step(s) != SQLITE_DONE) goto fail;
  }
  if (sqlite3_exec(j->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) goto fail;
  return 0;
fail:
  sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
  return SR_EIO;
}

int sr_journal_each_final(sr_journal *j,
                          void (*cb)(void *arg, const sr_file_id *id, const char *path, sr_file_state st,
                                     const char *hash),
                          void *arg) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(j->db,
                         "SELECT dev, ino, size, mtime_ns, path, state, hash FROM files "
                         "WHERE state IN ('committed','failed','duplicate')",
                         -1, &st, NULL) != SQLITE_OK)
    return SR_EIO;
  while (sqlite3_step(st) == SQLITE_ROW) {
    sr_file_id id = {(uint64_t)sqlite3_column_int64(st, 0), (uint64_t)sqlite3_column_int64(st, 1),
                     (uint64_t)sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3)};
    const char *state = (const char *)sqlite3_column_text(st, 5);
    sr_file_state fs = SR_FILE_COMMITTED;
    for (int k = 0; k < 5; k++)
      if (state && !strcmp(state, STATE_NAMES[k])) fs = (sr_file_state)k;
    cb(arg, &id, (const char *)sqlite3_column_text(st, 4), fs, (const char *)sqlite3_column_text(st, 6));
  }
  sqlite3_finalize(st);
  return 0;
}

int sr_journal_forget_unfinished(sr_journal *j) {
  if (sqlite3_exec(j->db, "DELETE FROM files WHERE state IN ('seen','processing')", NULL, NULL, NULL) != SQLITE_OK)
    return SR_EIO;
  return sqlite3_changes(j->db);
}

int sr_journal_status(sr_journal *j, char **text) {
  sr_buf b = SR_BUF_INIT;
  sqlite3_stmt *st;
  sr_buf_append_str(&b, "files by state:\n");
  if (sqlite3_prepare_v2(j->db, "SELECT state, count(*), sum(docs_out), sum(docs_failed), sum(docs_dropped) "
                                "FROM files GROUP BY state ORDER BY state", -1, &st, NULL) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW)
      sr_buf_printf(&b, "  %-10s %8lld files  %8lld documents out  %6lld failed  %6lld dropped\n",
                    (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1),
                    sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4));
    sqlite3_finalize(st);
  }
  if (sqlite3_prepare_v2(j->db, "SELECT name, committed_end FROM outputs ORDER BY name", -1, &st, NULL) == SQLITE_OK) {
    sr_buf_append_str(&b, "outputs (committed bytes):\n");
    while (sqlite3_step(st) == SQLITE_ROW)
      sr_buf_printf(&b, "  %-10s %lld\n", (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
  }
  if (sqlite3_prepare_v2(j->db, "SELECT avg(done_at-ready_at)*1000, max(done_at-ready_at)*1000, max(done_at) "
                                "FROM files WHERE state='committed' AND ready_at IS NOT NULL", -1, &st, NULL) == SQLITE_OK) {
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
      sr_buf_printf(&b, "latency ready->committed: mean %.1f ms, max %.1f ms\n", sqlite3_column_double(st, 0),
                    sqlite3_column_double(st, 1));
    sqlite3_finalize(st);
  }
  if (sqlite3_prepare_v2(j->db, "SELECT path, error FROM files WHERE state='failed' ORDER BY done_at DESC LIMIT 10",
                         -1, &st, NULL) == SQLITE_OK) {
    int first = 1;
    while (sqlite3_step(st) == SQLITE_ROW) {
      if (first) sr_buf_append_str(&b, "recent failures:\n");
      first = 0;
      sr_buf_printf(&b, "  %s: %s\n", (const char *)sqlite3_column_text(st, 0),
                    sqlite3_column_text(st, 1) ? (const char *)sqlite3_column_text(st, 1) : "");
    }
    sqlite3_finalize(st);
  }
  *text = sr_buf_detach(&b, NULL);
  return 0;
}
