/* sqlite: a sink writing documents into a SQLite database.
 *
 *   saring run SCRIPT INPUT... --sink sqlite:db=out.db
 *
 * Tables (created when missing):
 *   documents(rowid, id UNIQUE, source, text, meta JSON, updated_at)
 *   doc_meta(doc -> documents, key, value)         one row per metadata field
 *   entities(entity, type, value) UNIQUE(type, value)
 *   tags(doc -> documents, start, end, entity -> entities)
 *                                                  byte offsets, 0-based, end exclusive
 *   documents_fts                                  FTS5 over documents.text, kept in
 *                                                  step by triggers
 * Each write call is one transaction (the host hands over everything that
 * queued up meanwhile), so a crash leaves whole batches or nothing.  A
 * document is upserted by id: a re-run replaces its row, metadata and tags
 * and leaves one copy.  The records are taken apart by SQLite's own JSON
 * functions, so the plugin needs no JSON library.
 *
 * Options: db (required), fts=1, synchronous=normal (off, normal, full).
 */
#include <saring/plugin.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

SR_PLUGIN_DECLARE("sqlite", "1.0.0", "a sink into SQLite: normalized tables for metadata, tags and entities, FTS5");

static const sr_host_api *host;
static sr_plugin *self;

static const char SCHEMA[] =
    "PRAGMA foreign_keys=ON;"
    "CREATE TABLE IF NOT EXISTS documents("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT, text TEXT NOT NULL,"
    "  meta TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);"
    "CREATE TABLE IF NOT EXISTS doc_meta("
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  key TEXT NOT NULL, value, PRIMARY KEY(doc, key));"
    "CREATE TABLE IF NOT EXISTS entities("
    "  entity INTEGER PRIMARY KEY, type TEXT NOT NULL, value TEXT NOT NULL, UNIQUE(type, value));"
    "CREATE TABLE IF NOT EXISTS tags("
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
    "  entity INTEGER NOT NULL REFERENCES entities(entity));"
    "CREATE INDEX IF NOT EXISTS tags_doc ON tags(doc);"
    "CREATE INDEX IF NOT EXISTS tags_entity ON tags(entity);";

static const char FTS_SCHEMA[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "  text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN"
    "  INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END;"
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END;"
    "CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE OF text ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);"
    "  INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END;";

enum { S_UPSERT, S_ROWID, S_DEL_TAGS, S_DEL_META, S_META, S_ENTITIES, S_TAGS, S_BEGIN, S_COMMIT, S_ROLLBACK, NSTMT };

static const char *const SQL[NSTMT] = {
  /* ?1 record, ?2 id.  The text is only rewritten when it changed, so the
   * FTS index is not churned by a re-run. */
  "INSERT INTO documents(id, source, text, meta) VALUES (?2, json_extract(?1, '$.source'),"
  "  coalesce(json_extract(?1, '$.text'), ''), json_remove(?1, '$.id', '$.source', '$.text', '$.tags'))"
  " ON CONFLICT(id) DO UPDATE SET source = excluded.source, meta = excluded.meta,"
  "  text = CASE WHEN text = excluded.text THEN text ELSE excluded.text END,"
  "  updated_at = CURRENT_TIMESTAMP",
  "SELECT rowid, meta FROM documents WHERE id = ?1",
  "DELETE FROM tags WHERE doc = ?1",
  "DELETE FROM doc_meta WHERE doc = ?1",
  "INSERT INTO doc_meta(doc, key, value) SELECT ?1, key, value FROM json_each(?2)",
  "INSERT OR IGNORE INTO entities(type, value)"
  " SELECT json_extract(value, '$.type'), coalesce(json_extract(value, '$.value'), '')"
  " FROM json_each(?1, '$.tags')",
  "INSERT INTO tags(doc, start, \"end\", entity)"
  " SELECT ?2, json_extract(j.value, '$.start'), json_extract(j.value, '$.end'), e.entity"
  " FROM json_each(?1, '$.tags') AS j JOIN entities AS e"
  "  ON e.type = json_extract(j.value, '$.type') AND e.value = coalesce(json_extract(j.value, '$.value'), '')",
  "BEGIN IMMEDIATE",
  "COMMIT",
  "ROLLBACK",
};

typedef struct db {
  sqlite3 *h;
  sqlite3_stmt *st[NSTMT];
} db;

static void close_db(db *d) {
  for (int i = 0; i < NSTMT; i++) sqlite3_finalize(d->st[i]);
  sqlite3_close(d->h);
  free(d);
}

static int fail(db *d, const char *what, char *err, size_t errlen) {
  snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(d->h));
  return SR_PLUGIN_ERROR;
}

static int sink_open(const sr_opts *o, void **state, char *err, size_t errlen) {
  const char *path = host->opt(o, "db");
  if (!path) {
    snprintf(err, errlen, "option db is required (--sink sqlite:db=FILE)");
    return SR_PLUGIN_ERROR;
  }
  db *d = calloc(1, sizeof *d);
  if (!d) return SR_PLUGIN_ERROR;
  if (sqlite3_open_v2(path, &d->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    fail(d, path, err, errlen);
    close_db(d);
    return SR_PLUGIN_ERROR;
  }
  /* Several saring processes may share one database. */
  sqlite3_busy_timeout(d->h, 30000);
  const char *sync = host->opt(o, "synchronous");
  char pragmas[128];
  snprintf(pragmas, sizeof pragmas, "PRAGMA journal_mode=WAL; PRAGMA synchronous=%s;",
           sync && (!strcmp(sync, "off") || !strcmp(sync, "full")) ? sync : "normal");
  const char *fts = host->opt(o, "fts");
  int want_fts = !fts || strcmp(fts, "0");
  if (sqlite3_exec(d->h, pragmas, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec(d->h, SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
      (want_fts && sqlite3_exec(d->h, FTS_SCHEMA, NULL, NULL, NULL) != SQLITE_OK)) {
    fail(d, "cannot create the schema", err, errlen);
    close_db(d);
    return SR_PLUGIN_ERROR;
  }
  for (int i = 0; i < NSTMT; i++)
    if (sqlite3_prepare_v3(d->h, SQL[i], -1, SQLITE_PREPARE_PERSISTENT, &d->st[i], NULL) != SQLITE_OK) {
      fail(d, "cannot prepare", err, errlen);
      close_db(d);
      return SR_PLUGIN_ERROR;
    }
  *state = d;
  return 0;
}

static int step(db *d, int i) {
  int rc = sqlite3_step(d->st[i]);
  sqlite3_reset(d->st[i]);
  sqlite3_clear_bindings(d->st[i]);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

static int write_one(db *d, const sr_record *r) {
  sqlite3_stmt **st = d->st;
  sqlite3_bind_text(st[S_UPSERT], 1, r->json, (int)r->len, SQLITE_STATIC);
  sqlite3_bind_text(st[S_UPSERT], 2, r->id, -1, SQLITE_STATIC);
  if (step(d, S_UPSERT)) return -1;
  sqlite3_bind_text(st[S_ROWID], 1, r->id, -1, SQLITE_STATIC);
  if (sqlite3_step(st[S_ROWID]) != SQLITE_ROW) {
    sqlite3_reset(st[S_ROWID]);
    return -1;
  }
  sqlite3_int64 rowid = sqlite3_column_int64(st[S_ROWID], 0);
  /* The meta text stays valid until the statement is reset. */
  char *meta = sqlite3_mprintf("%s", (const char *)sqlite3_column_text(st[S_ROWID], 1));
  sqlite3_reset(st[S_ROWID]);
  int rc = 0;
  sqlite3_bind_int64(st[S_DEL_TAGS], 1, rowid);
  sqlite3_bind_int64(st[S_DEL_META], 1, rowid);
  sqlite3_bind_int64(st[S_META], 1, rowid);
  sqlite3_bind_text(st[S_META], 2, meta, -1, SQLITE_STATIC);
  rc = step(d, S_DEL_TAGS) || step(d, S_DEL_META) || step(d, S_META);
  sqlite3_free(meta);
  if (rc) return -1;
  if (memmem(r->json, r->len, "\"tags\":[", 8)) {
    sqlite3_bind_text(st[S_ENTITIES], 1, r->json, (int)r->len, SQLITE_STATIC);
    sqlite3_bind_text(st[S_TAGS], 1, r->json, (int)r->len, SQLITE_STATIC);
    sqlite3_bind_int64(st[S_TAGS], 2, rowid);
    if (step(d, S_ENTITIES) || step(d, S_TAGS)) return -1;
  }
  return 0;
}

static int sink_write(void *state, const sr_record *recs, size_t n, char *err, size_t errlen) {
  db *d = state;
  if (step(d, S_BEGIN)) return fail(d, "BEGIN", err, errlen);
  for (size_t i = 0; i < n; i++) {
    if (!recs[i].id[0]) continue;  /* no id to upsert by */
    if (write_one(d, &recs[i])) {
      char what[300];
      snprintf(what, sizeof what, "document %.200s", recs[i].id);
      fail(d, what, err, errlen);
      step(d, S_ROLLBACK);
      return SR_PLUGIN_ERROR;
    }
  }
  if (step(d, S_COMMIT)) {
    fail(d, "COMMIT", err, errlen);
    step(d, S_ROLLBACK);
    return SR_PLUGIN_ERROR;
  }
  host->counter_add(self, "rows", (int64_t)n);
  return 0;
}

static int sink_close(void *state, char *err, size_t errlen) {
  db *d = state;
  int rc = 0;
  /* Fold the WAL back so the file is complete on its own. */
  if (sqlite3_wal_checkpoint_v2(d->h, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) != SQLITE_OK &&
      sqlite3_errcode(d->h) != SQLITE_BUSY)
    rc = fail(d, "checkpoint", err, errlen);
  close_db(d);
  return rc;
}

static const sr_sink_def sqlite_sink = {
  .struct_size = sizeof(sr_sink_def),
  .name = "db",
  .description = "documents, metadata, tags and entities into SQLite with FTS5 (db=, fts=1, synchronous=normal)",
  .open = sink_open,
  .write = sink_write,
  .close = sink_close,
};

int saring_plugin_init(const sr_host_api *h, sr_plugin *p) {
  host = h;
  self = p;
  return host->register_sink(p, &sqlite_sink);
}
