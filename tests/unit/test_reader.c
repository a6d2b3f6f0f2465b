/* Unit tests for core/reader.c: whole-file inputs come out one document per
 * file, in input order, with unreadable inputs as error documents in their
 * place, whatever the mix of sizes, with and without backpressure. */
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

#include "input.h"
#include "reader.h"

static char tmpdir[] = "/tmp/saring-test-reader-XXXXXX";

typedef struct got {
  sr_doc *head, *tail;
  size_t n;
  int ended;
  int room;  /* documents the run takes before it says it is full */
  sr_reader *r;
} got;

static void docs_cb(sr_reader *r, sr_doc *docs, size_t n, void *arg) {
  (void)r;
  got *g = arg;
  while (docs) {
    sr_doc *d = docs;
    docs = d->next;
    d->next = NULL;
    if (g->tail) g->tail->next = d;
    else g->head = d;
    g->tail = d;
  }
  g->n += n;
}

static int room_cb(sr_reader *r, void *arg) {
  (void)r;
  got *g = arg;
  return g->room < 0 || (int)g->n < g->room;
}

static void end_cb(sr_reader *r, void *arg) {
  (void)r;
  ((got *)arg)->ended = 1;
}

/* The body of file i: sizes from empty to past 1 MB. */
static size_t body_len(int i) {
  if (i % 50 == 7) return (size_t)1 << 20 | 5;
  if (i % 13 == 0) return 0;
  return (size_t)(i * 37 % 3000) + 1;
}

static void fill(char *buf, size_t n, int i) {
  for (size_t k = 0; k < n; k++) buf[k] = (char)('a' + (i + k) % 26);
}

#define NFILES 230

static int setup(void **state) {
  (void)state;
  if (!mkdtemp(tmpdir)) return -1;
  char *buf = malloc(((size_t)1 << 20) + 16);
  for (int i = 0; i < NFILES; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/f%04d.txt", tmpdir, i);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    size_t n = body_len(i);
    fill(buf, n, i);
    fwrite(buf, 1, n, f);
    fclose(f);
  }
  free(buf);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
  return system(cmd) == 0 ? 0 : -1;
}

/* Reads the folder, with a missing input every 40 files, and checks every
 * document against its file. */
static void read_all(int room) {
  sr_inputs in = {0};
  for (int i = 0; i < NFILES; i++) {
    char path[512];
    if (i % 40 == 3) {
      snprintf(path, sizeof path, "%s/missing%d.txt", tmpdir, i);
      assert_int_equal(sr_inputs_add(&in, path, 0), 0);
    }
    snprintf(path, sizeof path, "%s/f%04d.txt", tmpdir, i);
    assert_int_equal(sr_inputs_add(&in, path, 0), 0);
  }
  uv_loop_t loop;
  uv_loop_init(&loop);
  got g = {.room = room};
  sr_reader_config cfg = {.max_doc_bytes = (size_t)64 << 20, .readahead = 8, .docs_cb = docs_cb,
                          .room_cb = room_cb, .end_cb = end_cb, .arg = &g};
  g.r = sr_reader_new(&loop, &in, &cfg);
  assert_non_null(g.r);
  sr_reader_pump(g.r);
  /* With a small room the run drains documents and pumps again, as
   * run.c does when batches come back. */
  while (!g.ended) {
    uv_run(&loop, UV_RUN_ONCE);
    if (room > 0 && (int)g.n >= g.room) g.room += room;
    sr_reader_pump(g.r);
  }
  assert_int_equal(g.n, in.n);
  char *want = malloc(((size_t)1 << 20) + 16);
  sr_doc *d = g.head;
  for (size_t k = 0; k < in.n; k++, d = d->next) {
    assert_non_null(d);
    assert_string_equal(d->source, in.v[k].path);
    if (strstr(in.v[k].path, "missing")) {
      assert_non_null(d->error);
      continue;
    }
    int i = atoi(strrchr(in.v[k].path, 'f') + 1);
    size_t n = body_len(i);
    assert_null(d->error);
    assert_int_equal(d->raw_len, n);
    fill(want, n, i);
    assert_memory_equal(d->raw, want, n);
  }
  assert_null(d);
  free(want);
  sr_doc_list_free(g.head);
  sr_reader_free(g.r);
  uv_loop_close(&loop);
  sr_inputs_free(&in);
}

static void test_order_and_content(void **state) {
  (void)state;
  read_all(-1);
}

static void test_order_with_backpressure(void **state) {
  (void)state;
  read_all(5);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_order_and_content),
    cmocka_unit_test(test_order_with_backpressure),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
