/* Output names made from document fields cannot leave their folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "pathsafe.h"

static const char *safe(const char *s, size_t len) {
  static char out[256];
  sr_path_component(s, len, out, sizeof out);
  return out;
}
#define SAFE(lit) safe(lit, sizeof(lit) - 1)

static void test_plain_names_pass(void **state) {
  (void)state;
  assert_string_equal(SAFE("0001_abc-DEF.txt"), "0001_abc-DEF.txt");
  assert_string_equal(SAFE("berita_2025"), "berita_2025");
}

static void test_no_escape(void **state) {
  (void)state;
  /* Separators, parent references and absolute paths lose their meaning. */
  assert_null(strchr(SAFE("../../etc/passwd"), '/'));
  assert_string_equal(SAFE(".."), "_.");
  assert_string_equal(SAFE("."), "_");
  assert_string_equal(SAFE("/etc/passwd"), "_etc_passwd");
  assert_string_equal(SAFE("a\\b"), "a_b");
  assert_int_not_equal(SAFE(".hidden")[0], '.');
}

static void test_nul_and_controls(void **state) {
  (void)state;
  assert_string_equal(SAFE("a\0b"), "a_b");
  assert_string_equal(SAFE("a\nb\tc\x7f"), "a_b_c_");
  assert_string_equal(safe("", 0), "_");
}

static void test_utf8(void **state) {
  (void)state;
  /* Letters beyond ASCII stay; invalid bytes and C1 controls do not. */
  assert_string_equal(SAFE("Jakarta_\xC3\xA9t\xC3\xA9"), "Jakarta_\xC3\xA9t\xC3\xA9");
  assert_string_equal(SAFE("a\xFF" "b"), "a_b");
  assert_string_equal(SAFE("a\xC2\x85" "b"), "a_b");
}

static void test_length_cut_at_boundary(void **state) {
  (void)state;
  char in[600];
  for (int i = 0; i < 300; i++) memcpy(in + 2 * i, "\xC3\xA9", 2);
  const char *o = safe(in, sizeof in);
  size_t n = strlen(o);
  assert_true(n <= 200);
  assert_int_equal(n % 2, 0); /* never half a character */
  char small[4];
  assert_int_equal(sr_path_component("abcdef", 6, small, sizeof small), 3);
  assert_string_equal(small, "abc");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_plain_names_pass),
    cmocka_unit_test(test_no_escape),
    cmocka_unit_test(test_nul_and_controls),
    cmocka_unit_test(test_utf8),
    cmocka_unit_test(test_length_cut_at_boundary),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
