/* Unit tests for core/text/teasers.c: the head index of teasers and
 * pull-quotes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/teasers.h"

static sr_teaser_line line(const char *s, int indexed, int probe) {
  sr_teaser_line ln = {s, strlen(s), 0, (unsigned char)indexed, (unsigned char)probe};
  return ln;
}

static void test_teaser_found(void **state) {
  (void)state;
  sr_teaser_line ls[4] = {
    line("Presiden bertemu para menteri di istana", 0, 1),  /* a short teaser */
    line("", 0, 0),
    line("JAKARTA - Hari ini ada kabar. Presiden bertemu para menteri di istana negara pagi ini.", 1, 1),
    line("Presiden bertemu para menteri di istana negara pagi ini.", 1, 1),
  };
  size_t m[4];
  assert_int_equal(sr_teasers(ls, 4, 5, m, NULL), 0);
  /* The teaser's head is the head of the second sentence of line 2, the
   * longest line that has it. */
  assert_int_equal(m[0], 2);
  assert_int_equal(m[1], SR_TEASER_NONE);
  assert_true(m[2] == SR_TEASER_NONE || m[2] == 2);  /* "JAKARTA - Hari ini ada" */
  assert_int_equal(m[3], 2);
}

static void test_case_and_longest(void **state) {
  (void)state;
  sr_teaser_line ls[4] = {
    line("SATU DUA TIGA EMPAT LIMA", 0, 1),
    line("Satu dua tiga empat lima enam.", 1, 1),
    line("Satu dua tiga empat lima enam tujuh delapan.", 1, 1),
    line("Satu dua tiga empat lima enam tujuh.", 1, 1),  /* shorter: the index stays */
  };
  size_t m[4];
  assert_int_equal(sr_teasers(ls, 4, 5, m, NULL), 0);
  assert_int_equal(m[0], 2);
  assert_int_equal(m[1], 2);
  assert_int_equal(m[2], 2);
  assert_int_equal(m[3], 2);
  /* equal lengths: the first line keeps the head */
  sr_teaser_line eq[2] = {line("Satu dua tiga empat lima a.", 1, 1),
                          line("Satu dua tiga empat lima b.", 1, 1)};
  assert_int_equal(sr_teasers(eq, 2, 5, m, NULL), 0);
  assert_int_equal(m[0], 0);
  assert_int_equal(m[1], 0);
}

static void test_init_and_none(void **state) {
  (void)state;
  /* The heads of a line start at init (after a dateline): its own head at 0
   * is then not in the index. */
  sr_teaser_line ls[3] = {
    line("JAKARTA - Polisi menangkap tiga orang tersangka kemarin.", 1, 1),
    line("JAKARTA - Polisi menangkap tiga orang", 0, 1),
    line("Polisi menangkap tiga orang tersangka", 0, 1),
  };
  ls[0].init = 10;
  size_t m[3];
  assert_int_equal(sr_teasers(ls, 3, 5, m, NULL), 0);
  assert_int_equal(m[0], SR_TEASER_NONE);
  assert_int_equal(m[1], SR_TEASER_NONE);
  assert_int_equal(m[2], 0);
  /* init past the end, fewer than five words, no lines */
  ls[0].init = ls[0].len + 1;
  assert_int_equal(sr_teasers(ls, 3, 5, m, NULL), 0);
  assert_int_equal(m[2], SR_TEASER_NONE);
  sr_teaser_line few[2] = {line("Satu dua tiga empat.", 1, 1), line("Satu dua tiga empat", 0, 1)};
  assert_int_equal(sr_teasers(few, 2, 5, m, NULL), 0);
  assert_int_equal(m[0], SR_TEASER_NONE);
  assert_int_equal(m[1], SR_TEASER_NONE);
  assert_int_equal(sr_teasers(NULL, 0, 5, m, NULL), 0);
}

static void test_many_heads(void **state) {
  (void)state;
  /* Enough sentences to grow the head array and the table several times;
   * every head maps to the one line that has it. */
  enum { N = 400 };
  static char buf[N][64];
  sr_teaser_line ls[N];
  size_t m[N];
  for (int i = 0; i < N; i++) {
    snprintf(buf[i], sizeof buf[i], "Kata%d satu dua tiga empat. Lain%d satu dua tiga empat.", i, i);
    ls[i] = line(buf[i], 1, 1);
  }
  assert_int_equal(sr_teasers(ls, N, 5, m, NULL), 0);
  for (int i = 0; i < N; i++) assert_int_equal(m[i], (size_t)i);
}

static void test_workspace_reuse(void **state) {
  (void)state;
  /* One workspace over pages of different sizes gives what fresh buffers
   * give. */
  sr_teasers_ws ws = {0};
  static char buf[300][64];
  sr_teaser_line ls[300];
  size_t m[300], fresh[300];
  for (int round = 0; round < 4; round++) {
    int n = round % 2 ? 300 : 3;
    for (int i = 0; i < n; i++) {
      snprintf(buf[i], sizeof buf[i], "Kata%d satu dua tiga empat. Lain%d satu dua tiga empat.",
               i % 7, i % 5);
      ls[i] = line(buf[i], i % 3 != 0, 1);
    }
    assert_int_equal(sr_teasers(ls, (size_t)n, 5, m, &ws), 0);
    assert_int_equal(sr_teasers(ls, (size_t)n, 5, fresh, NULL), 0);
    assert_memory_equal(m, fresh, (size_t)n * sizeof m[0]);
  }
  sr_teasers_ws_free(&ws);
  assert_null(ws.heads);
}

static void test_repeats(void **state) {
  (void)state;
  sr_teaser_line ls[6] = {
    line("Foto: kapal di pelabuhan", 0, 1), line("", 0, 0),
    line("Foto: kapal di pelabuhan", 0, 1), line("Paragraf satu.", 0, 1),
    line("Foto: kapal di pelabuhan", 0, 1), line("foto: kapal di pelabuhan", 0, 1),
  };
  size_t first[6], table[16];
  assert_int_equal(sr_repeats(ls, 6, first, table, 16), 0);
  assert_int_equal(first[0], SR_TEASER_NONE);
  assert_int_equal(first[1], SR_TEASER_NONE);
  assert_int_equal(first[2], 0);
  assert_int_equal(first[3], SR_TEASER_NONE);
  assert_int_equal(first[4], 0);               /* the first copy, not the nearest */
  assert_int_equal(first[5], SR_TEASER_NONE);  /* case counts */
  ls[0].probe = 0;                             /* not compared: line 2 comes first */
  assert_int_equal(sr_repeats(ls, 6, first, table, 16), 0);
  assert_int_equal(first[2], SR_TEASER_NONE);
  assert_int_equal(first[4], 2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_teaser_found),
    cmocka_unit_test(test_case_and_longest),
    cmocka_unit_test(test_init_and_none),
    cmocka_unit_test(test_many_heads),
    cmocka_unit_test(test_workspace_reuse),
    cmocka_unit_test(test_repeats),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
