/* Unit tests for core/text/lines.c: line splitting and per-line features. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/lines.h"

/* Splits s and checks the number of lines; fills up to 8 infos. */
static size_t split(const char *s, size_t len, sr_line_info *out, size_t max) {
  size_t n = 0, pos = 0;
  sr_line_info ln;
  while (sr_lines_next(s, len, pos, &ln)) {
    assert_true(ln.start <= ln.end);
    assert_true(ln.end <= ln.next);
    assert_true(ln.next <= len);
    assert_true(ln.next > pos || ln.next == len);
    if (n < max) out[n] = ln;
    n++;
    pos = ln.next;
    assert_true(n < 1000000);
  }
  return n;
}

static void test_empty(void **state) {
  (void)state;
  sr_line_info ln[8];
  assert_int_equal(split("", 0, ln, 8), 0);
  sr_line_info one;
  assert_int_equal(sr_lines_next("abc", 3, 3, &one), 0);
  assert_int_equal(sr_lines_next("abc", 3, 7, &one), 0);
}

static void test_breaks(void **state) {
  (void)state;
  sr_line_info ln[8];
  assert_int_equal(split("a", 1, ln, 8), 1);
  assert_int_equal(split("a\n", 2, ln, 8), 1);           /* no extra empty line */
  assert_int_equal(split("a\n\n", 3, ln, 8), 2);
  assert_int_equal(ln[1].start, 2);
  assert_int_equal(ln[1].end, 2);
  assert_int_equal(split("\n", 1, ln, 8), 1);
  assert_int_equal(ln[0].end, 0);
  assert_int_equal(split("ab\r\ncd", 6, ln, 8), 2);      /* CR LF: the CR is not in the line */
  assert_int_equal(ln[0].end, 2);
  assert_int_equal(ln[1].start, 4);
  assert_int_equal(ln[1].end, 6);
  assert_int_equal(split("a\rb", 3, ln, 8), 1);          /* a lone CR is no break */
  assert_int_equal(ln[0].end, 3);
}

static void test_words(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char *s = "  Satu dua\ttiga  \nempat,lima  enam\n";
  assert_int_equal(split(s, strlen(s), ln, 8), 2);
  assert_int_equal(ln[0].words, 3);
  assert_int_equal(ln[1].words, 2);                       /* runs of non-space bytes */
  assert_int_equal(split("   ", 3, ln, 8), 1);
  assert_int_equal(ln[0].words, 0);
}

static void test_caps_digits(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char *s = "Presiden Joko (JAKARTA) 5.000 orang di Éire dan école";
  assert_int_equal(split(s, strlen(s), ln, 8), 1);
  /* Presiden, Joko, JAKARTA, Éire (Lu); école is lower case */
  assert_int_equal(ln[0].caps, 4);
  assert_int_equal(ln[0].digits, 2);                      /* "5" and "000" */
  /* after a curly quote the run starts at the quote: not capitalised */
  const char *q = "\xE2\x80\x9CKami siap\xE2\x80\x9D kata Budi";
  assert_int_equal(split(q, strlen(q), ln, 8), 1);
  assert_int_equal(ln[0].caps, 1);
  assert_int_equal(ln[0].words, 4);
}

static void test_invalid_and_nul(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char s[] = "A\xC3 B\0C\n\xFF\xFE D";
  size_t len = sizeof s - 1;
  assert_int_equal(split(s, len, ln, 8), 2);
  assert_int_equal(ln[0].end, 6);                         /* the NUL is inside the line */
  assert_int_equal(ln[0].words, 2);
  assert_int_equal(ln[0].caps, 3);                        /* "A\xC3", "B" and, after the NUL, "C" */
  assert_int_equal(ln[1].caps, 1);                        /* invalid bytes are not letters */
}

static void test_long(void **state) {
  (void)state;
  size_t len = 1 << 20;
  char *s = malloc(len);
  assert_non_null(s);
  for (size_t i = 0; i < len; i++) s[i] = (i % 100 == 99) ? '\n' : (i % 10 == 0 ? ' ' : 'x');
  sr_line_info ln[1];
  assert_int_equal(split(s, len, ln, 1), len / 100 + 1);  /* and a last partial line */
  assert_int_equal(ln[0].words, 10);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_empty),         cmocka_unit_test(test_breaks),
    cmocka_unit_test(test_words),         cmocka_unit_test(test_caps_digits),
    cmocka_unit_test(test_invalid_and_nul), cmocka_unit_test(test_long),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
