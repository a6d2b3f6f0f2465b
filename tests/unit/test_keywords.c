/* Unit tests for core/text/keywords.c: headline words and the search for
 * them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "text/keywords.h"

/* The words of s joined with '|'. */
static const char *words(const char *s) {
  static char buf[512];
  size_t o = 0, pos = 0, a, b, len = strlen(s);
  buf[0] = '\0';
  while (sr_kw_word_next(s, len, &pos, &a, &b)) {
    assert_true(a < b && b <= len && pos == b);
    if (o) buf[o++] = '|';
    memcpy(buf + o, s + a, b - a);
    o += b - a;
    buf[o] = '\0';
  }
  assert_int_equal(pos, len);
  return buf;
}

/* What Lua's gmatch("[%a][%a%-]+") gives (checked with lua5.4). */
static void test_word_next(void **state) {
  (void)state;
  assert_string_equal(words(""), "");
  assert_string_equal(words("a"), "");
  assert_string_equal(words("ab"), "ab");
  assert_string_equal(words("Korea Utara, 2025: a b-c"), "Korea|Utara|b-c");
  assert_string_equal(words("--a -ab a- x--y"), "ab|a-|x--y");
  assert_string_equal(words("caf\xC3\xA9 na\xC3\xAFve"), "caf|na|ve");
  assert_string_equal(words("r2d2 x_y"), "");
  assert_string_equal(words("Jong-un's"), "Jong-un");
}

static void test_lower_same(void **state) {
  (void)state;
  char out[16];
  sr_kw_lower(out, "AbZ-\xC3\x89@[", 8);
  assert_memory_equal(out, "abz-\xC3\x89@[", 8);
  assert_true(sr_kw_same_lower("Jakarta", 7, "jAKARTA", 7));
  assert_false(sr_kw_same_lower("Jakarta", 7, "Jakart", 6));
  assert_false(sr_kw_same_lower("@", 1, "`", 1)); /* only A-Z fold */
  assert_true(sr_kw_same_lower("", 0, "", 0));
}

static const char *naive(const char *s, size_t len, const char *w, size_t wl) {
  if (wl > len) return NULL;
  for (size_t i = 0; i + wl <= len; i++) {
    size_t k = 0;
    while (k < wl && ((s[i + k] >= 'A' && s[i + k] <= 'Z') ? s[i + k] + 32 : s[i + k]) == w[k]) k++;
    if (k == wl) return s + i;
  }
  return NULL;
}

/* sr_kw_find_lower agrees with a plain search of the lower-cased text, for
 * words and texts of every length around the sixteen-byte blocks, hits at
 * every place; bytes that only look alike once their 0x20 bit is set ('\r'
 * and '-', '@' and '`') are no match. */
static void test_find(void **state) {
  (void)state;
  assert_ptr_equal(sr_kw_find_lower("abc", 3, "", 0), "abc");
  assert_null(sr_kw_find_lower("ab", 2, "abc", 3));
  const char *t = "xx\r-Ab-@`JALAN jalan";
  assert_ptr_equal(sr_kw_find_lower(t, strlen(t), "-ab-", 4), t + 3);
  assert_ptr_equal(sr_kw_find_lower(t, strlen(t), "jalan", 5), t + 9);
  assert_null(sr_kw_find_lower(t, strlen(t), "``", 2));
  assert_null(sr_kw_find_lower(t, strlen(t), "JALAN", 5)); /* a word with capitals never */
  unsigned seed = 4242;
  char text[80], w[24];
  static const char alpha[] = "aAb-\r@`\0";
  for (int round = 0; round < 300000; round++) {
    seed = seed * 1103515245u + 12345u;
    size_t len = (seed >> 8) % sizeof text;
    seed = seed * 1103515245u + 12345u;
    size_t wl = 1 + (seed >> 8) % 8;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      text[i] = alpha[(seed >> 12) % 8];
    }
    for (size_t i = 0; i < wl; i++) {
      seed = seed * 1103515245u + 12345u;
      w[i] = alpha[(seed >> 12) % 8];
    }
    assert_ptr_equal(sr_kw_find_lower(text, len, w, wl), naive(text, len, w, wl));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_word_next),
    cmocka_unit_test(test_lower_same),
    cmocka_unit_test(test_find),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
