/* Unit tests of core/text/regex.c (PCRE2 wrapper). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/regex.h"

static sr_regex *compile(const char *p, unsigned flags) {
  char msg[128];
  size_t off;
  sr_regex *re = sr_regex_compile(p, strlen(p), flags, msg, sizeof msg, &off);
  assert_non_null(re);
  return re;
}

static void test_flags(void **state) {
  (void)state;
  unsigned f = 99;
  assert_int_equal(sr_regex_flags_parse("imsxu", &f), 0);
  assert_int_equal(f, SR_RE_CASELESS | SR_RE_MULTILINE | SR_RE_DOTALL | SR_RE_EXTENDED);
  assert_int_equal(sr_regex_flags_parse("", &f), 0);
  assert_int_equal(f, 0);
  assert_int_equal(sr_regex_flags_parse("iq", &f), 'q');
}

static void test_compile_error(void **state) {
  (void)state;
  char msg[128];
  size_t off = 0;
  assert_null(sr_regex_compile("(ab", 3, 0, msg, sizeof msg, &off));
  assert_string_equal(msg, "missing closing parenthesis");
  assert_int_equal(off, 3);
  /* Invalid UTF-8 in a pattern is a compile error in UTF mode only. */
  assert_null(sr_regex_compile("a\xff", 2, 0, msg, sizeof msg, &off));
  sr_regex *re = sr_regex_compile("a\xff", 2, SR_RE_BYTES, msg, sizeof msg, &off);
  assert_non_null(re);
  sr_regex_free(re);
}

static void test_exec_groups(void **state) {
  (void)state;
  sr_regex *re = compile("(\\d+)(x)?", 0);
  assert_int_equal(sr_regex_ngroups(re), 2);
  const char *s = "ab 123 c";
  assert_int_equal(sr_regex_exec(re, s, strlen(s), 0, 0), 1);
  size_t a = 0, b = 0;
  assert_int_equal(sr_regex_group(re, 0, &a, &b), 1);
  assert_int_equal(a, 3);
  assert_int_equal(b, 6);
  assert_int_equal(sr_regex_group(re, 2, &a, &b), 0); /* unset group */
  assert_int_equal(sr_regex_group(re, 7, &a, &b), 0); /* no such group */
  assert_int_equal(sr_regex_exec(re, s, strlen(s), 7, 0), 0);
  assert_int_equal(sr_regex_exec(re, s, strlen(s), 100, 0), 0);
  sr_regex_free(re);
}

static void test_nul_bytes(void **state) {
  (void)state;
  char msg[64];
  size_t off;
  sr_regex *re = sr_regex_compile("b\0c", 3, 0, msg, sizeof msg, &off);
  assert_non_null(re);
  assert_int_equal(sr_regex_exec(re, "a\0b\0c", 5, 0, 0), 1);
  size_t a, b;
  sr_regex_group(re, 0, &a, &b);
  assert_int_equal(a, 2);
  assert_int_equal(b, 5);
  sr_regex_free(re);
}

static void test_invalid_utf8(void **state) {
  (void)state;
  sr_regex *re = compile("c", 0);
  /* PCRE2's own check reports a negative code... */
  int rc = sr_regex_exec(re, "ab\xff" "c", 4, 0, 0);
  assert_true(rc < 0);
  char msg[128];
  sr_regex_error_message(rc, msg, sizeof msg);
  assert_true(strlen(msg) > 0);
  /* ...and the iterator checks once and reports the offset. */
  sr_regex_iter it;
  size_t bad = 0;
  assert_int_equal(sr_regex_iter_init(&it, re, "ab\xff" "c", 4, 0, &bad), SR_EUTF8);
  assert_int_equal(bad, 2);
  assert_int_equal(sr_regex_next(&it), 0);
  sr_regex_free(re);
}

/* Collects the spans of all matches as "s-e," into buf. */
static void spans(sr_regex *re, const char *s, char *buf, size_t n) {
  sr_regex_iter it;
  buf[0] = 0;
  assert_int_equal(sr_regex_iter_init(&it, re, s, strlen(s), 0, NULL), 0);
  int rc;
  while ((rc = sr_regex_next(&it)) == 1) {
    size_t a, b;
    sr_regex_group(re, 0, &a, &b);
    size_t l = strlen(buf);
    snprintf(buf + l, n - l, "%zu-%zu,", a, b);
  }
  assert_int_equal(rc, 0);
}

static void test_iter_empty_matches(void **state) {
  (void)state;
  char buf[256];
  sr_regex *re = compile("\\w*", 0);
  spans(re, "abc", buf, sizeof buf);
  assert_string_equal(buf, "0-3,3-3,");
  spans(re, "", buf, sizeof buf);
  assert_string_equal(buf, "0-0,");
  spans(re, "a b", buf, sizeof buf);
  assert_string_equal(buf, "0-1,1-1,2-3,3-3,");
  sr_regex_free(re);
  /* An empty pattern steps over whole characters, never inside one. */
  re = compile("", 0);
  spans(re, "\xc3\xa9x", buf, sizeof buf);
  assert_string_equal(buf, "0-0,2-2,3-3,");
  sr_regex_free(re);
  re = compile("", SR_RE_BYTES);
  spans(re, "\xc3\xa9", buf, sizeof buf);
  assert_string_equal(buf, "0-0,1-1,2-2,");
  sr_regex_free(re);
}

static void test_huge(void **state) {
  (void)state;
  size_t n = 40u << 20;
  char *s = malloc(n + 1);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++) s[i] = "abcdefgh \n"[i % 10];
  memcpy(s + n - 6, "kunci!", 6);
  s[n] = 0;
  sr_regex *re = compile("k\\w+!", 0);
  sr_regex_iter it;
  assert_int_equal(sr_regex_iter_init(&it, re, s, n, 0, NULL), 0);
  assert_int_equal(sr_regex_next(&it), 1);
  size_t a, b;
  sr_regex_group(re, 0, &a, &b);
  assert_int_equal(a, n - 6);
  assert_int_equal(b, n);
  assert_int_equal(sr_regex_next(&it), 0);
  sr_regex_free(re);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_flags),        cmocka_unit_test(test_compile_error),
    cmocka_unit_test(test_exec_groups),  cmocka_unit_test(test_nul_bytes),
    cmocka_unit_test(test_invalid_utf8), cmocka_unit_test(test_iter_empty_matches),
    cmocka_unit_test(test_huge),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
