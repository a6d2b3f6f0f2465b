/* Unit tests for core/text/utf8.c: validation, repair (one U+FFFD per
 * maximal subpart) and decoding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/utf8.h"

#define FFFD "\xEF\xBF\xBD"

static size_t validate(const char *s) { return sr_utf8_validate(s, strlen(s)); }

/* Repairs s (len bytes) and checks the result against want. */
static void check_repair(const char *s, size_t len, const char *want, size_t wlen) {
  size_t n = 12345;
  char *out = sr_utf8_repair(s, len, &n);
  assert_non_null(out);
  assert_int_equal(n, wlen);
  assert_memory_equal(out, want, n);
  assert_int_equal(out[n], '\0');
  /* The result is always valid. */
  assert_int_equal(sr_utf8_validate(out, n), n);
  free(out);
}
#define REPAIR(s, want) check_repair((s), sizeof(s) - 1, (want), sizeof(want) - 1)

static void test_validate_valid(void **state) {
  (void)state;
  assert_int_equal(sr_utf8_validate("", 0), 0);
  assert_int_equal(validate("plain ascii text, long enough for the 8-byte path"), 49);
  assert_int_equal(validate("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), 14);
  /* The extremes of each length. */
  assert_int_equal(validate("\xC2\x80"), 2);
  assert_int_equal(validate("\xDF\xBF"), 2);
  assert_int_equal(validate("\xE0\xA0\x80"), 3);
  assert_int_equal(validate("\xEF\xBF\xBF"), 3);
  assert_int_equal(validate("\xED\x9F\xBF"), 3);  /* U+D7FF, just below the surrogates */
  assert_int_equal(validate("\xEE\x80\x80"), 3);  /* U+E000, just above */
  assert_int_equal(validate("\xF0\x90\x80\x80"), 4);
  assert_int_equal(validate("\xF4\x8F\xBF\xBF"), 4); /* U+10FFFF */
}

static void test_validate_nul(void **state) {
  (void)state;
  /* NUL is a valid character; the length, not a terminator, ends the text. */
  assert_int_equal(sr_utf8_validate("a\0b\0", 4), 4);
  assert_int_equal(sr_utf8_validate("\0\0\0\0\0\0\0\0\0\xFF", 10), 9);
}

static void test_validate_invalid(void **state) {
  (void)state;
  assert_int_equal(validate("\x80"), 0);                 /* lone continuation */
  assert_int_equal(validate("abc\xBF"), 3);
  assert_int_equal(validate("\xC0\x80"), 0);             /* overlong NUL */
  assert_int_equal(validate("\xC1\xBF"), 0);             /* overlong */
  assert_int_equal(validate("\xE0\x80\x80"), 0);         /* overlong 3 */
  assert_int_equal(validate("\xE0\x9F\xBF"), 0);
  assert_int_equal(validate("\xF0\x80\x80\x80"), 0);     /* overlong 4 */
  assert_int_equal(validate("\xF0\x8F\xBF\xBF"), 0);
  assert_int_equal(validate("ok\xED\xA0\x80"), 2);       /* surrogate U+D800 */
  assert_int_equal(validate("\xED\xBF\xBF"), 0);         /* U+DFFF */
  assert_int_equal(validate("\xF4\x90\x80\x80"), 0);     /* U+110000 */
  assert_int_equal(validate("\xF5\x80\x80\x80"), 0);
  assert_int_equal(validate("\xFE"), 0);
  assert_int_equal(validate("\xFF"), 0);
  /* Truncated at the end of the buffer. */
  assert_int_equal(validate("abcdefgh\xC3"), 8);
  assert_int_equal(validate("\xE2\x82"), 0);
  assert_int_equal(validate("\xF0\x9F\x98"), 0);
  /* An invalid byte after a long ASCII run (the 8-byte fast path). */
  assert_int_equal(validate("0123456789abcdef0123456789abcdef\xFF"), 32);
  assert_int_equal(validate("01234567\x80" "01234567"), 8);
}

static void test_repair_maximal_subparts(void **state) {
  (void)state;
  REPAIR("", "");
  REPAIR("valid \xC3\xA9", "valid \xC3\xA9");
  REPAIR("a\xFF" "b", "a" FFFD "b");
  /* A truncated sequence is one subpart. */
  REPAIR("\xE2\x82" "x", FFFD "x");
  REPAIR("\xF0\x9F\x98", FFFD);
  REPAIR("end\xC3", "end" FFFD);
  /* Overlong and surrogate first bytes cannot start a valid sequence with
   * their second byte, so each byte is its own subpart. */
  REPAIR("\xC0\xAF", FFFD FFFD);
  REPAIR("\xE0\x80\xAF", FFFD FFFD FFFD);
  REPAIR("\xED\xA0\x80", FFFD FFFD FFFD);
  REPAIR("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD);
  REPAIR("\xF8\x88\x80\x80\x80", FFFD FFFD FFFD FFFD FFFD);
  /* The Unicode standard's example (section 3.9, table 3-8). */
  REPAIR("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
         "a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d");
  /* A valid sequence right after a broken one is kept. */
  REPAIR("\xE2\x82\xE2\x82\xAC", FFFD "\xE2\x82\xAC");
  REPAIR("x\0\xFFy", "x\0" FFFD "y");
}

static void test_repair_worst_case_growth(void **state) {
  (void)state;
  size_t len = 1000;
  char *s = malloc(len);
  memset(s, 0x80, len);
  size_t n;
  char *out = sr_utf8_repair(s, len, &n);
  assert_non_null(out);
  assert_int_equal(n, 3 * len);
  for (size_t i = 0; i < n; i += 3) assert_memory_equal(out + i, FFFD, 3);
  free(out);
  free(s);
}

static void test_decode(void **state) {
  (void)state;
  int cp = -1;
  assert_int_equal(sr_utf8_decode((const unsigned char *)"A", 1, &cp), 1);
  assert_int_equal(cp, 'A');
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\0", 1, &cp), 1);
  assert_int_equal(cp, 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
  assert_int_equal(cp, 0xE9);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xE2\x82\xAC", 3, &cp), 3);
  assert_int_equal(cp, 0x20AC);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xF4\x8F\xBF\xBF", 4, &cp), 4);
  assert_int_equal(cp, 0x10FFFF);
  /* Invalid or truncated: 0, including when len cuts a valid sequence. */
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xE2\x82\xAC", 2, &cp), 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xC0\x80", 2, &cp), 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\xF4\x90\x80\x80", 4, &cp), 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"\x80", 1, &cp), 0);
  assert_int_equal(sr_utf8_decode((const unsigned char *)"x", 0, &cp), 0);
}

/* Every code point round-trips through an encoder and the decoder; every
 * surrogate is refused. */
static void test_decode_all_code_points(void **state) {
  (void)state;
  for (int c = 0; c <= 0x10FFFF; c++) {
    unsigned char b[4];
    size_t n;
    if (c < 0x80) { b[0] = (unsigned char)c; n = 1; }
    else if (c < 0x800) { b[0] = (unsigned char)(0xC0 | c >> 6); b[1] = (unsigned char)(0x80 | (c & 63)); n = 2; }
    else if (c < 0x10000) {
      b[0] = (unsigned char)(0xE0 | c >> 12); b[1] = (unsigned char)(0x80 | ((c >> 6) & 63));
      b[2] = (unsigned char)(0x80 | (c & 63)); n = 3;
    } else {
      b[0] = (unsigned char)(0xF0 | c >> 18); b[1] = (unsigned char)(0x80 | ((c >> 12) & 63));
      b[2] = (unsigned char)(0x80 | ((c >> 6) & 63)); b[3] = (unsigned char)(0x80 | (c & 63)); n = 4;
    }
    int cp = -1;
    size_t got = sr_utf8_decode(b, n, &cp);
    if (c >= 0xD800 && c <= 0xDFFF) {
      assert_int_equal(got, 0);
      assert_int_equal(sr_utf8_validate((const char *)b, n), 0);
    } else {
      if (got != n || cp != c) fail_msg("U+%04X decoded as %zu bytes, U+%04X", c, got, cp);
      assert_int_equal(sr_utf8_validate((const char *)b, n), n);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_validate_valid),
    cmocka_unit_test(test_validate_nul),
    cmocka_unit_test(test_validate_invalid),
    cmocka_unit_test(test_repair_maximal_subparts),
    cmocka_unit_test(test_repair_worst_case_growth),
    cmocka_unit_test(test_decode),
    cmocka_unit_test(test_decode_all_code_points),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
