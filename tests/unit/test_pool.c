/* Unit tests for core/pool.c: a pool of workers on a tiny script inside a
 * uv loop; every batch submitted comes back, processed by the script; a
 * broken script is refused with its message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <lua.h>

#include "pool.h"
#include "script.h"

static char tmpdir[] = "/tmp/saring-test-pool-XXXXXX";

static int setup(void **state) {
  (void)state;
  return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
  return system(cmd) == 0 ? 0 : -1;
}

static const char *write_script(const char *name, const char *body) {
  static char path[256];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(body, f);
  fclose(f);
  return path;
}

typedef struct results {
  sr_pool *pool;
  int batches, docs_out, dropped, failed;
  uint64_t seen;     /* bit per batch seq */
  int workers_seen;  /* bit per worker index found in the output */
  size_t out_bytes;
} results;

static void done_cb(sr_pool *p, sr_batch *b, void *arg) {
  results *r = arg;
  (void)p;
  assert_null(b->docs);  /* the worker consumed the documents */
  r->batches++;
  r->seen |= (uint64_t)1 << b->seq;
  r->docs_out += (int)b->counts.docs_out;
  r->dropped += (int)b->counts.dropped;
  r->failed += (int)b->counts.failed;
  r->out_bytes += b->out.len;
  for (const char *s = b->out.data; s && (s = strstr(s, "\"w\":")); s += 4) r->workers_seen |= 1 << (s[4] - '0');
  sr_batch_free(b);
  if (sr_pool_pending(r->pool) == 0) sr_pool_stop(r->pool);
}

static sr_batch *make_batch(uint64_t seq, int ndocs) {
  sr_batch *b = sr_batch_new(seq);
  for (int i = 0; i < ndocs; i++) {
    char *raw = malloc(64);
    int n = snprintf(raw, 64, "{\"id\":\"d%d_%d\",\"text\":\"%s\"}", (int)seq, i, i % 5 == 0 ? "drop" : "keep me");
    sr_batch_add(b, sr_doc_new("mem.jsonl", (uint64_t)i + 1, SR_FORMAT_JSONL, raw, (size_t)n));
  }
  return b;
}

static void test_batches_come_back(void **state) {
  (void)state;
  const char *path = write_script("ok.lua",
      "local saring = require 'saring'\n"
      "local n = 0\n"
      "return saring.pipeline { function(doc)\n"
      "  n = n + 1\n"
      "  if doc.text == 'drop' then return nil, 'dropped' end\n"
      "  local x = 0\n"
      "  for i = 1, 20000 do x = x + i end\n"
      "  doc.meta.w = saring.worker\n"
      "  doc.meta.workers = saring.workers\n"
      "  return doc\n"
      "end }\n");
  uv_loop_t loop;
  assert_int_equal(uv_loop_init(&loop), 0);
  results r;
  memset(&r, 0, sizeof r);
  sr_pool_config cfg = {
    .workers = 3,
    .env = {.path = path, .workers = 3},
    .exec = {.text_field = "text", .id_field = "id"},
    .done_cb = done_cb,
    .arg = &r,
  };
  char *err = NULL;
  assert_int_equal(sr_pool_start(&r.pool, &loop, &cfg, &err), 0);
  assert_null(err);
  assert_int_equal(sr_pool_size(r.pool), 3);
  const int nb = 40, per = 25;
  for (int i = 0; i < nb; i++) sr_pool_submit(r.pool, make_batch((uint64_t)i, per));
  assert_int_equal(sr_pool_pending(r.pool), nb);
  assert_int_equal(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_int_equal(r.batches, nb);
  assert_int_equal(r.seen, ((uint64_t)1 << nb) - 1);
  assert_int_equal(r.dropped, nb * per / 5);
  assert_int_equal(r.docs_out, nb * per - nb * per / 5);
  assert_int_equal(r.failed, 0);
  /* With 40 batches of real work on 3 workers, more than one took part. */
  assert_true(r.workers_seen != 0);
  assert_int_equal(r.workers_seen & ~0xE, 0);
  assert_int_equal(uv_loop_close(&loop), 0);
}

static void test_broken_script_refused(void **state) {
  (void)state;
  uv_loop_t loop;
  assert_int_equal(uv_loop_init(&loop), 0);
  results r;
  memset(&r, 0, sizeof r);
  sr_pool_config cfg = {
    .workers = 2,
    .env = {.path = write_script("broken.lua", "local saring = require 'saring'\nreturn saring.pipeline {\n  function(d) return d end\n  oops\n}\n"), .workers = 2},
    .exec = {.text_field = "text", .id_field = "id"},
    .done_cb = done_cb,
    .arg = &r,
  };
  char *err = NULL;
  sr_pool *p = NULL;
  assert_true(sr_pool_start(&p, &loop, &cfg, &err) < 0);
  assert_null(p);
  assert_non_null(err);
  if (!strstr(err, "broken.lua:4:")) fail_msg("message without file:line: %s", err);
  free(err);

  /* A script that returns no pipeline. */
  cfg.env.path = write_script("nopipe.lua", "return 42\n");
  err = NULL;
  assert_true(sr_pool_start(&p, &loop, &cfg, &err) < 0);
  assert_non_null(err);
  if (!strstr(err, "must return a pipeline")) fail_msg("unexpected message: %s", err);
  free(err);
  assert_int_equal(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_int_equal(uv_loop_close(&loop), 0);
}

/* A state loaded beforehand (the run's validating load) becomes worker 1's:
 * a mark left in it shows in worker 1's output only.  When the pool cannot
 * start, it closes that state too (LeakSanitizer would see it otherwise). */
typedef struct marks {
  sr_pool *pool;
  int by_worker[3][2]; /* [worker][marked] */
} marks;

static void marks_cb(sr_pool *p, sr_batch *b, void *arg) {
  marks *m = arg;
  (void)p;
  for (const char *line = b->out.data; line && *line;) {
    const char *end = strchr(line, '\n');
    assert_non_null(end);
    char buf[512];
    size_t n = (size_t)(end - line) < sizeof buf - 1 ? (size_t)(end - line) : sizeof buf - 1;
    memcpy(buf, line, n);
    buf[n] = '\0';
    const char *w = strstr(buf, "\"w\":");
    assert_non_null(w);
    int wi = w[4] - '0';
    assert_true(wi >= 1 && wi <= 2);
    m->by_worker[wi][strstr(buf, "\"pre\":true") != NULL]++;
    line = end + 1;
  }
  sr_batch_free(b);
  if (sr_pool_pending(m->pool) == 0) sr_pool_stop(m->pool);
}

static void test_first_state(void **state) {
  (void)state;
  const char *path = write_script("first.lua",
      "local saring = require 'saring'\n"
      "return saring.pipeline { function(doc)\n"
      "  local x = 0\n"
      "  for i = 1, 20000 do x = x + i end\n"
      "  doc.meta.w = saring.worker\n"
      "  doc.meta.pre = rawget(_G, 'preloaded') == true\n"
      "  return doc\n"
      "end }\n");
  sr_script_env env = {.path = path, .workers = 2};
  char *err = NULL;
  lua_State *L = sr_script_load(&env, &err);
  assert_non_null(L);
  lua_pushboolean(L, 1);
  lua_setglobal(L, "preloaded");
  uv_loop_t loop;
  assert_int_equal(uv_loop_init(&loop), 0);
  marks m;
  memset(&m, 0, sizeof m);
  sr_pool_config cfg = {
    .workers = 2,
    .env = env,
    .exec = {.text_field = "text", .id_field = "id"},
    .done_cb = marks_cb,
    .arg = &m,
    .first_state = L,
  };
  assert_int_equal(sr_pool_start(&m.pool, &loop, &cfg, &err), 0);
  for (int i = 0; i < 40; i++) sr_pool_submit(m.pool, make_batch((uint64_t)i, 25));
  assert_int_equal(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_int_equal(m.by_worker[1][0], 0);
  assert_int_equal(m.by_worker[2][1], 0);
  assert_int_equal(m.by_worker[1][1] + m.by_worker[2][0], 40 * 25);
  assert_int_equal(uv_loop_close(&loop), 0);

  /* Worker 2 cannot load: the pool refuses to start and closes worker 1's
   * state, the one it was given. */
  path = write_script("second_fails.lua",
      "local saring = require 'saring'\n"
      "if saring.worker == 2 then error('worker 2 says no') end\n"
      "return saring.pipeline { function(doc) return doc end }\n");
  env.path = path;
  L = sr_script_load(&env, &err);
  assert_non_null(L);
  assert_int_equal(uv_loop_init(&loop), 0);
  cfg.env = env;
  cfg.first_state = L;
  sr_pool *p = NULL;
  assert_true(sr_pool_start(&p, &loop, &cfg, &err) < 0);
  assert_null(p);
  if (!err || !strstr(err, "worker 2 says no")) fail_msg("unexpected message: %s", err ? err : "(none)");
  free(err);
  assert_int_equal(uv_loop_close(&loop), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_batches_come_back),
    cmocka_unit_test(test_broken_script_refused),
    cmocka_unit_test(test_first_state),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
