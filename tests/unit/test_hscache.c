/* Unit tests of core/text/hscache.c, the persistent cache of compiled
 * Hyperscan databases: hit, miss, refused files (corrupt, truncated,
 * foreign), folders that cannot be written, the key's inputs, the default
 * folder, and pattern sets compiled through it giving the same matches. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "text/hscache.h"
#include "text/patset.h"

/* A fresh folder per test, removed (with its entries) afterwards. */
static char dir[64];

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/saring-hscache-XXXXXX");
  if (!mkdtemp(dir)) return -1;
  sr_hscache_set_dir(dir);
  sr_hscache_reset_stats();
  return 0;
}

static int teardown(void **state) {
  (void)state;
  sr_hscache_set_dir(NULL);
  char cmd[200];
  snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' && rm -rf '%s'", dir, dir);
  return system(cmd) == 0 ? 0 : -1;
}

static void test_default_dir(void **state) {
  (void)state;
  char *saved_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
  setenv("SARING_CACHE_DIR", "/x/y", 1);
  char *d = sr_hscache_default_dir();
  assert_string_equal(d, "/x/y");
  free(d);
  setenv("SARING_CACHE_DIR", "", 1);
  assert_null(sr_hscache_default_dir());
  unsetenv("SARING_CACHE_DIR");
  setenv("XDG_CACHE_HOME", "/xdg", 1);
  d = sr_hscache_default_dir();
  assert_string_equal(d, "/xdg/saring");
  free(d);
  setenv("XDG_CACHE_HOME", "relative", 1); /* invalid per the XDG spec */
  setenv("HOME", "/home/u", 1);
  d = sr_hscache_default_dir();
  assert_string_equal(d, "/home/u/.cache/saring");
  free(d);
  unsetenv("XDG_CACHE_HOME");
  unsetenv("HOME");
  assert_null(sr_hscache_default_dir());
  if (saved_home) setenv("HOME", saved_home, 1);
  free(saved_home);
}

static void test_configure(void **state) {
  (void)state;
  sr_hscache_configure(1, "/somewhere");
  assert_null(sr_hscache_dir());
  sr_hscache_configure(0, "");
  assert_null(sr_hscache_dir());
  sr_hscache_configure(0, "/somewhere");
  assert_string_equal(sr_hscache_dir(), "/somewhere");
  setenv("SARING_CACHE_DIR", "/from/env", 1);
  sr_hscache_configure(0, NULL);
  assert_string_equal(sr_hscache_dir(), "/from/env");
  unsetenv("SARING_CACHE_DIR");
}

#ifdef SARING_HAVE_HYPERSCAN

static const char *const EXPRS[] = {"foo", "ba[rz]", "\\x{e9}t\\x{e9}"};
static const unsigned FLAGS[] = {HS_FLAG_CASELESS, HS_FLAG_SOM_LEFTMOST, HS_FLAG_UTF8 | HS_FLAG_UCP};
static const unsigned IDS[] = {0, 1, 2};

static hs_database_t *compile(void) {
  hs_database_t *db = NULL;
  hs_compile_error_t *err = NULL;
  assert_int_equal(hs_compile_multi(EXPRS, FLAGS, IDS, 3, HS_MODE_BLOCK, NULL, &db, &err), HS_SUCCESS);
  return db;
}

static void key(sr_hscache_key *k) { assert_int_equal(sr_hscache_key_of(EXPRS, FLAGS, IDS, 3, HS_MODE_BLOCK, k), 0); }

static char *entry_file(const sr_hscache_key *k) {
  static char path[160];
  snprintf(path, sizeof path, "%s/hs-%s.db", dir, k->hex);
  return path;
}

/* Matches of db on s as "id:from-to," (from is 0 without SOM). */
static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *ctx) {
  (void)flags;
  char *out = ctx;
  snprintf(out + strlen(out), 256 - strlen(out), "%u:%llu-%llu,", id, from, to);
  return 0;
}

static void matches(const hs_database_t *db, const char *s, char out[256]) {
  hs_scratch_t *sc = NULL;
  assert_int_equal(hs_alloc_scratch(db, &sc), HS_SUCCESS);
  out[0] = 0;
  assert_int_equal(hs_scan(db, s, (unsigned)strlen(s), 0, sc, on_match, out), HS_SUCCESS);
  hs_free_scratch(sc);
}

static void test_miss_then_hit(void **state) {
  (void)state;
  sr_hscache_key k;
  key(&k);
  assert_null(sr_hscache_load(&k));
  sr_hscache_stats st;
  sr_hscache_get_stats(&st);
  assert_int_equal(st.misses, 1);
  assert_int_equal(st.rejected, 0); /* no file is a plain miss */

  hs_database_t *db = compile();
  assert_int_equal(sr_hscache_store(&k, db), 0);
  hs_database_t *back = sr_hscache_load(&k);
  assert_non_null(back);
  sr_hscache_get_stats(&st);
  assert_int_equal(st.hits, 1);
  assert_int_equal(st.stores, 1);

  char a[256], b[256];
  const char *text = "FOO bar baz \xC3\xA9t\xC3\xA9 foo";
  matches(db, text, a);
  matches(back, text, b);
  assert_string_equal(a, b);
  assert_true(strlen(a) > 0);
  hs_free_database(db);
  hs_free_database(back);

  /* No temporary file is left behind. */
  char cmd[160];
  snprintf(cmd, sizeof cmd, "test $(ls -A '%s' | wc -l) -eq 1", dir);
  assert_int_equal(system(cmd), 0);
}

/* Writes bytes over the entry at offset (or truncates it to len when
 * bytes is NULL). */
static void damage(const sr_hscache_key *k, long offset, const char *bytes, long len) {
  const char *p = entry_file(k);
  if (!bytes) {
    assert_int_equal(truncate(p, len), 0);
    return;
  }
  FILE *f = fopen(p, "r+b");
  assert_non_null(f);
  assert_int_equal(fseek(f, offset, SEEK_SET), 0);
  assert_int_equal(fwrite(bytes, 1, (size_t)len, f), (size_t)len);
  fclose(f);
}

static void stored(sr_hscache_key *k) {
  key(k);
  hs_database_t *db = compile();
  assert_int_equal(sr_hscache_store(k, db), 0);
  hs_free_database(db);
}

static void expect_refused(const sr_hscache_key *k) {
  sr_hscache_stats before, after;
  sr_hscache_get_stats(&before);
  assert_null(sr_hscache_load(k));
  sr_hscache_get_stats(&after);
  assert_int_equal(after.rejected, before.rejected + 1);
  assert_int_equal(after.misses, before.misses + 1);
}

static void test_corrupt_payload(void **state) {
  (void)state;
  sr_hscache_key k;
  stored(&k);
  damage(&k, 200, "\xFF\x00\xFF\x00", 4);
  expect_refused(&k);
}

static void test_truncated(void **state) {
  (void)state;
  sr_hscache_key k;
  stored(&k);
  damage(&k, 0, NULL, 100);
  expect_refused(&k);
  damage(&k, 0, NULL, 10); /* not even a header */
  expect_refused(&k);
  damage(&k, 0, NULL, 0);
  expect_refused(&k);
}

static void test_foreign(void **state) {
  (void)state;
  sr_hscache_key k;
  stored(&k);
  /* Not ours at all. */
  damage(&k, 0, "GIF89a", 6);
  expect_refused(&k);
  /* Ours, but stored under another key (a copied or renamed entry). */
  stored(&k);
  sr_hscache_key other = k;
  other.lo ^= 1;
  snprintf(other.hex, sizeof other.hex, "%016llx%016llx", (unsigned long long)other.hi,
           (unsigned long long)other.lo);
  char from[160];
  snprintf(from, sizeof from, "%s", entry_file(&k));
  assert_int_equal(rename(from, entry_file(&other)), 0);
  expect_refused(&other);
  /* Ours, but writable by others: anyone could have written it. */
  stored(&k);
  assert_int_equal(chmod(entry_file(&k), 0666), 0);
  expect_refused(&k);
  assert_int_equal(unlink(entry_file(&k)), 0);
  /* A folder where the entry should be. */
  assert_int_equal(mkdir(entry_file(&k), 0700), 0);
  expect_refused(&k);
}

/* A folder that cannot be created or written: nothing is stored, nothing
 * fails, and pattern sets still compile. */
static void test_unwritable(void **state) {
  (void)state;
  char sub[128];
  /* Under a regular file: mkdir fails even for root. */
  snprintf(sub, sizeof sub, "%s/file", dir);
  FILE *f = fopen(sub, "w");
  assert_non_null(f);
  fclose(f);
  snprintf(sub, sizeof sub, "%s/file/cache", dir);
  sr_hscache_set_dir(sub);
  sr_hscache_key k;
  key(&k);
  hs_database_t *db = compile();
  assert_int_equal(sr_hscache_store(&k, db), -1);
  assert_null(sr_hscache_load(&k));
  sr_hscache_stats st;
  sr_hscache_get_stats(&st);
  assert_int_equal(st.store_failures, 1);
  hs_free_database(db);

  /* A read-only folder (not read-only for root, who may write anyway). */
  snprintf(sub, sizeof sub, "%s/ro", dir);
  assert_int_equal(mkdir(sub, 0500), 0);
  sr_hscache_set_dir(sub);
  db = compile();
  int rc = sr_hscache_store(&k, db);
  if (geteuid() != 0) assert_int_equal(rc, -1);
  hs_free_database(db);

  sr_patset_entry e[] = {{"alpha", 5, 0}, {"beta", 4, 0}};
  sr_patset *set = NULL;
  char msg[128];
  assert_int_equal(sr_patset_compile(e, 2, 0, &set, msg, sizeof msg, NULL), 0);
  assert_int_equal(sr_patset_count(set), 2);
  sr_patset_free(set);
}

/* Every input of the compile changes the key; the same input gives the
 * same key. */
static void test_key_inputs(void **state) {
  (void)state;
  sr_hscache_key base, k;
  key(&base);
  key(&k);
  assert_string_equal(base.hex, k.hex);
  assert_int_equal(strlen(base.hex), 32);

  const char *ex2[] = {"foo", "ba[rz]", "\\x{e9}t\\x{e8}"};
  assert_int_equal(sr_hscache_key_of(ex2, FLAGS, IDS, 3, HS_MODE_BLOCK, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
  /* The same bytes split differently between expressions. */
  const char *ex3[] = {"foob", "a[rz]", "\\x{e9}t\\x{e9}"};
  assert_int_equal(sr_hscache_key_of(ex3, FLAGS, IDS, 3, HS_MODE_BLOCK, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
  unsigned fl2[] = {HS_FLAG_CASELESS, HS_FLAG_SOM_LEFTMOST | HS_FLAG_CASELESS, HS_FLAG_UTF8 | HS_FLAG_UCP};
  assert_int_equal(sr_hscache_key_of(EXPRS, fl2, IDS, 3, HS_MODE_BLOCK, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
  unsigned ids2[] = {0, 2, 1};
  assert_int_equal(sr_hscache_key_of(EXPRS, FLAGS, ids2, 3, HS_MODE_BLOCK, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
  assert_int_equal(sr_hscache_key_of(EXPRS, FLAGS, IDS, 3, HS_MODE_STREAM, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
  assert_int_equal(sr_hscache_key_of(EXPRS, FLAGS, IDS, 2, HS_MODE_BLOCK, &k), 0);
  assert_string_not_equal(base.hex, k.hex);
}

/* Pattern sets compiled through the cache: the second compile of the same
 * set (after the first is freed, so the in-process sharing does not apply)
 * is a hit and scans the same. */
static void test_patset_through_cache(void **state) {
  (void)state;
  sr_patset_entry e[] = {{"Jakarta", 7, 0}, {"jawa barat", 10, 0}, {"Kab(upaten)?\\. \\w+", 18, 1},
                         {"\xC3\xA9t\xC3\xA9", 5, 0}};
  const char *text = "Di JAKARTA dan Jawa Barat, Kab. Bogor, l'\xC3\x89T\xC3\x89.";
  char out[2][512];
  for (int round = 0; round < 2; round++) {
    sr_patset *set = NULL;
    char msg[128];
    int rc = sr_patset_compile(e, 4, SR_PATSET_CASELESS, &set, msg, sizeof msg, NULL);
    if (rc) fprintf(stderr, "compile: %s\n", msg);
    assert_int_equal(rc, 0);
    sr_patset_scratch *sc = sr_patset_scratch_new();
    const sr_patmatch *m = NULL;
    long n = sr_patset_scan(set, sc, text, strlen(text), SR_PATSET_LONGEST, &m, NULL);
    assert_true(n >= 3);
    out[round][0] = 0;
    for (long i = 0; i < n; i++)
      snprintf(out[round] + strlen(out[round]), 512 - strlen(out[round]), "%u:%zu-%zu,", m[i].index,
               m[i].start, m[i].end);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
  }
  assert_string_equal(out[0], out[1]);
  sr_hscache_stats st;
  sr_hscache_get_stats(&st);
  assert_int_equal(st.misses, 1);
  assert_int_equal(st.stores, 1);
  assert_int_equal(st.hits, 1);

  /* With the cache disabled nothing is looked up. */
  sr_hscache_set_dir(NULL);
  sr_patset *set = NULL;
  assert_int_equal(sr_patset_compile(e, 4, SR_PATSET_CASELESS, &set, NULL, 0, NULL), 0);
  sr_patset_free(set);
  sr_hscache_stats st2;
  sr_hscache_get_stats(&st2);
  assert_memory_equal(&st, &st2, sizeof st);
}
#endif

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_default_dir, setup, teardown),
    cmocka_unit_test_setup_teardown(test_configure, setup, teardown),
#ifdef SARING_HAVE_HYPERSCAN
    cmocka_unit_test_setup_teardown(test_miss_then_hit, setup, teardown),
    cmocka_unit_test_setup_teardown(test_corrupt_payload, setup, teardown),
    cmocka_unit_test_setup_teardown(test_truncated, setup, teardown),
    cmocka_unit_test_setup_teardown(test_foreign, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unwritable, setup, teardown),
    cmocka_unit_test_setup_teardown(test_key_inputs, setup, teardown),
    cmocka_unit_test_setup_teardown(test_patset_through_cache, setup, teardown),
#endif
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
