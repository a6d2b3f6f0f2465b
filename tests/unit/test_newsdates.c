/* Unit tests for core/text/newsdates.c: the four date shapes of the news
 * pipeline's date finder, read as its Lua patterns read them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "text/newsdates.h"

static size_t scan(const char *s, sr_nd_match *out, size_t max) {
  return sr_nd_scan(s, strlen(s), out, max);
}

static void test_forms_in_order(void **state) {
  (void)state;
  const char *s = "Rabu, 30 April 2025 lalu; April 30, 2025; 17/6/2025; 2025-06-17.";
  sr_nd_match m[8];
  assert_int_equal(scan(s, m, 8), 4);
  assert_int_equal(m[0].form, SR_ND_DMY_TEXT);
  assert_int_equal(m[0].start, 6);
  assert_int_equal(m[0].end, 19);
  assert_int_equal(m[0].day, 30);
  assert_int_equal(m[0].year, 2025);
  assert_memory_equal(s + m[0].word, "April", 5);
  assert_int_equal(m[0].word_len, 5);
  assert_int_equal(m[1].form, SR_ND_MDY_TEXT);
  assert_int_equal(m[1].day, 30);
  assert_int_equal(m[2].form, SR_ND_DMY_NUM);
  assert_int_equal(m[2].day, 17);
  assert_int_equal(m[2].month, 6);
  assert_int_equal(m[3].form, SR_ND_YMD);
  assert_int_equal(m[3].month, 6);
  assert_int_equal(m[3].day, 17);
  assert_int_equal(m[3].end, strlen(s) - 1);
}

static void test_pattern_edges(void **state) {
  (void)state;
  sr_nd_match m[8];
  /* "%d%d?" starts inside a longer number: the match starts at its last
   * two digits (the caller rejects it for the digit before) */
  assert_int_equal(scan("123 Mei 2025", m, 8), 1);
  assert_int_equal(m[0].start, 1);
  assert_int_equal(m[0].day, 23);
  /* "%.?,?" and a year glued to more digits */
  assert_int_equal(scan("6 Nov., 20251", m, 8), 1);
  assert_int_equal(m[0].end, 12);
  /* no day before the comma, no year: nothing */
  assert_int_equal(scan("April 123, 2025", m, 8), 0);
  /* a raw shape with no month word is still reported ("25 dan 2025"):
   * the caller looks the word up */
  assert_int_equal(scan("2025 dan 2025", m, 8), 1);
  assert_int_equal(m[0].start, 2);
  assert_int_equal(scan("17/6/25", m, 8), 0);
  /* a month-first match right after another one */
  assert_int_equal(scan("May 6, 2025May 7, 2025", m, 8), 2);
  assert_int_equal(m[1].start, 11);
}

static void test_overflow(void **state) {
  (void)state;
  sr_nd_match m[2];
  assert_int_equal(scan("1/1/2020 2/2/2020 3/3/2020", m, 2), 3);
}

static void test_word_before_and_valid(void **state) {
  (void)state;
  char w[16], iso[11];
  const char *s = "Jum'at, (6 Nov";
  assert_int_equal(sr_nd_word_before(s, 9, w, sizeof w), 6);
  assert_string_equal(w, "jum'at");
  assert_int_equal(sr_nd_word_before("12 6 Nov", 3, w, sizeof w), 0);
  /* only the 14 bytes before pos are read */
  assert_int_equal(sr_nd_word_before("Wednesdayyyyyyy 6", 16, w, sizeof w), 13);
  assert_string_equal(w, "dnesdayyyyyyy");
  assert_int_equal(sr_nd_valid(2024, 2, 29, iso), 1);
  assert_string_equal(iso, "2024-02-29");
  assert_int_equal(sr_nd_valid(2025, 2, 29, iso), 0);
  assert_int_equal(sr_nd_valid(1989, 1, 1, iso), 0);
  assert_int_equal(sr_nd_valid(2025, 4, 31, iso), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_forms_in_order),
    cmocka_unit_test(test_pattern_edges),
    cmocka_unit_test(test_overflow),
    cmocka_unit_test(test_word_before_and_valid),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
