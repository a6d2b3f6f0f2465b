/* Unit tests for core/text/forms.c: the surface forms of tagged spans. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/forms.h"

static void test_forms_counts_listed(void **state) {
  (void)state;
  const char *text = "Jakarta JAKARTA Jokowi jakarta Bandung Jokowi";
  sr_forms *f = sr_forms_new();
  assert_non_null(f);
  sr_forms_reset(f, text, strlen(text));
  /* in text order, as a tagger gives them */
  size_t starts[] = {0, 8, 16, 23, 31, 39};
  size_t lens[] = {7, 7, 6, 7, 7, 6};
  int kinds[] = {2, 3, 1, 2, 2, 1};
  for (int i = 0; i < 6; i++) assert_int_equal(sr_forms_add(f, starts[i], lens[i], kinds[i]), 0);
  size_t n;
  const sr_form *fm = sr_forms_list(f, &n);
  assert_int_equal(n, 5); /* Jakarta JAKARTA Jokowi jakarta Bandung */
  assert_int_equal(fm[0].count, 1);
  assert_int_equal(fm[0].listed, 1);
  assert_int_equal(fm[1].listed, 0); /* same lower case as Jakarta */
  assert_int_equal(fm[1].kind, 3);   /* the kind of its own first occurrence */
  assert_int_equal(fm[2].count, 2);
  assert_int_equal(fm[2].listed, 1);
  assert_int_equal(fm[3].listed, 0);
  assert_int_equal(fm[4].start, 31);
  assert_int_equal(fm[4].listed, 1);
  size_t top[5];
  long k = sr_forms_top(f, 5, top);
  assert_int_equal(k, 5);
  /* Jokowi (2), then the rest in byte order: Bandung JAKARTA Jakarta jakarta */
  assert_int_equal(top[0], 2);
  assert_int_equal(top[1], 4);
  assert_int_equal(top[2], 1);
  assert_int_equal(top[3], 0);
  assert_int_equal(top[4], 3);
  assert_int_equal(sr_forms_top(f, 2, top), 2);
  assert_int_equal(top[1], 4);
  assert_int_equal(sr_forms_top(f, 0, top), 0);
  /* out of the text */
  assert_int_equal(sr_forms_add(f, 40, 10, 1), SR_EINVAL);
  /* reset forgets */
  sr_forms_reset(f, text, strlen(text));
  sr_forms_list(f, &n);
  assert_int_equal(n, 0);
  sr_forms_free(f);
  sr_forms_free(NULL);
}

/* A prefix comes first among forms of equal count; an empty form is a form. */
static void test_forms_prefix_empty(void **state) {
  (void)state;
  const char *text = "Asia Asian As";
  sr_forms *f = sr_forms_new();
  sr_forms_reset(f, text, strlen(text));
  assert_int_equal(sr_forms_add(f, 5, 5, 1), 0); /* Asian */
  assert_int_equal(sr_forms_add(f, 0, 4, 1), 0); /* Asia */
  assert_int_equal(sr_forms_add(f, 11, 2, 1), 0); /* As */
  assert_int_equal(sr_forms_add(f, 3, 0, 1), 0);  /* "" */
  size_t top[4];
  assert_int_equal(sr_forms_top(f, 4, top), 4);
  assert_int_equal(top[0], 3);
  assert_int_equal(top[1], 2);
  assert_int_equal(top[2], 1);
  assert_int_equal(top[3], 0);
  sr_forms_free(f);
}

/* Many forms (past every grow) keep their counts; the sorted top (k > 16)
 * and the one-pass top (k <= 16) agree. */
static void test_forms_many(void **state) {
  (void)state;
  static char text[200000];
  size_t len = 0;
  for (int i = 0; i < 3000; i++) len += (size_t)snprintf(text + len, sizeof text - len, "W%d ", i % 1000);
  sr_forms *f = sr_forms_new();
  sr_forms_reset(f, text, len);
  size_t a = 0;
  for (size_t i = 0; i < len; i++) {
    if (text[i] == ' ') {
      assert_int_equal(sr_forms_add(f, a, i - a, 1), 0);
      a = i + 1;
    }
  }
  size_t n;
  const sr_form *fm = sr_forms_list(f, &n);
  assert_int_equal(n, 1000);
  for (size_t i = 0; i < n; i++) assert_int_equal(fm[i].count, 3);
  size_t all[1000], few[16];
  assert_int_equal(sr_forms_top(f, 1000, all), 1000);
  assert_int_equal(sr_forms_top(f, 16, few), 16);
  assert_memory_equal(all, few, sizeof few);
  /* byte order: W0 W1 W10 W100 ... */
  assert_int_equal(all[0], 0);
  assert_int_equal(all[1], 1);
  assert_int_equal(all[2], 10);
  assert_int_equal(all[3], 100);
  sr_forms_free(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_forms_counts_listed),
    cmocka_unit_test(test_forms_prefix_empty),
    cmocka_unit_test(test_forms_many),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
