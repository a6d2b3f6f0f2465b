/* Unit tests for core/jsonw.c, the JSON writer behind every output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jsonw.h"
#include "text/utf8.h"

static char *str_n(const char *s, size_t len) {
  static char out[1024];
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_string(&b, s, len), 0);
  assert_true(b.len < sizeof out);
  memcpy(out, b.data, b.len);
  out[b.len] = '\0';
  sr_buf_free(&b);
  return out;
}
#define STR(s) str_n((s), sizeof(s) - 1)

static char *num(double v) {
  static char out[64];
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_number(&b, v), 0);
  memcpy(out, b.data, b.len);
  out[b.len] = '\0';
  sr_buf_free(&b);
  return out;
}

static void test_string_escapes(void **state) {
  (void)state;
  assert_string_equal(STR(""), "\"\"");
  assert_string_equal(STR("plain"), "\"plain\"");
  assert_string_equal(STR("q\"b\\s/"), "\"q\\\"b\\\\s/\"");
  assert_string_equal(STR("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
  assert_string_equal(STR("\x01\x1f\x7f"), "\"\\u0001\\u001f\x7f\"");
  assert_string_equal(STR("a\0b"), "\"a\\u0000b\"");
  /* Valid UTF-8 is copied as is. */
  assert_string_equal(STR("caf\xC3\xA9 \xF0\x9F\x98\x80"), "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
}

/* The word-at-a-time scan finds every byte that needs care, wherever it
 * sits in a word: random strings against a byte-by-byte reference. */
static size_t ref_string(const unsigned char *s, size_t len, char *out) {
  size_t o = 0;
  out[o++] = '"';
  for (size_t i = 0; i < len;) {
    unsigned c = s[i];
    if (c >= 0x80) {
      int cp;
      size_t n = sr_utf8_decode(s + i, len - i, &cp);
      if (!n) {
        memcpy(out + o, "\xEF\xBF\xBD", 3);
        o += 3;
        i++;
      } else {
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
      }
      continue;
    }
    if (c == '"' || c == '\\') {
      out[o++] = '\\';
      out[o++] = (char)c;
    } else if (c < 0x20) {
      o += (size_t)sprintf(out + o, c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                                    : c == '\b' ? "\\b" : c == '\f' ? "\\f" : "\\u%04x", c);
    } else {
      out[o++] = (char)c;
    }
    i++;
  }
  out[o++] = '"';
  return o;
}

static void test_string_random(void **state) {
  (void)state;
  static const unsigned char alphabet[] = {'a', 'b', ' ', '!', '#', '[', ']', '~', 0x7f, '"', '\\',
                                           '\n', 0, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0xC3, 0xA9, 0xE2,
                                           0x82, 0xAC, 0xFF, 0x80};
  uint64_t rng = 0x9E3779B97F4A7C15ull;
  unsigned char in[64];
  char want[64 * 6 + 8];
  for (int iter = 0; iter < 50000; iter++) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    size_t len = (size_t)(rng % 40);
    uint64_t r = rng;
    for (size_t i = 0; i < len; i++) {
      /* Mostly plain bytes, so whole plain words occur. */
      r = r * 6364136223846793005ull + 1442695040888963407ull;
      unsigned pick = (unsigned)(r >> 33);
      in[i] = pick % 4 ? (unsigned char)('a' + pick % 26) : alphabet[(pick >> 8) % sizeof alphabet];
    }
    size_t wl = ref_string(in, len, want);
    sr_buf b = SR_BUF_INIT;
    assert_int_equal(sr_jsonw_string(&b, (const char *)in, len), 0);
    assert_int_equal(b.len, wl);
    assert_memory_equal(b.data, want, wl);
    assert_int_equal(b.data[b.len], '\0');
    sr_buf_free(&b);
  }
}

static void test_string_invalid_utf8(void **state) {
  (void)state;
  assert_string_equal(STR("a\xFF" "b"), "\"a\xEF\xBF\xBD" "b\"");
  assert_string_equal(STR("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  assert_string_equal(STR("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  assert_string_equal(STR("end\xE2\x82"), "\"end\xEF\xBF\xBD\xEF\xBF\xBD\"");
  /* Whatever the bytes, the result parses as JSON. */
  char all[256];
  for (int i = 0; i < 256; i++) all[i] = (char)i;
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_string(&b, all, sizeof all), 0);
  json_error_t err;
  json_t *v = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
  if (!v) fail_msg("not JSON: %s", err.text);
  assert_int_equal(json_string_length(v), 128 + 128 * 3);
  json_decref(v);
  sr_buf_free(&b);
}

static void test_numbers(void **state) {
  (void)state;
  assert_string_equal(num(0), "0");
  assert_string_equal(num(-0.0), "0");
  assert_string_equal(num(42), "42");
  assert_string_equal(num(-7), "-7");
  assert_string_equal(num(0.5), "0.5");
  assert_string_equal(num(0.1), "0.1");
  assert_string_equal(num(1.0 / 3), "0.3333333333333333");
  assert_string_equal(num(9007199254740992.0), "9007199254740992");
  assert_string_equal(num(1e300), "1e+300");
  assert_string_equal(num(NAN), "null");
  assert_string_equal(num(INFINITY), "null");
  assert_string_equal(num(-INFINITY), "null");
  /* Every finite value reads back the same. */
  double vals[] = {0.1, 1.0 / 3, 2.5e-308, 1.7976931348623157e308, 123456.789, -1e-7};
  for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) assert_true(strtod(num(vals[i]), NULL) == vals[i]);
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_integer(&b, INT64_MIN), 0);
  assert_string_equal(b.data, "-9223372036854775808");
  sr_buf_free(&b);
}

/* The integer writers give what printf gives, at every digit count. */
static void test_integers(void **state) {
  (void)state;
  long long vals[] = {0, 1, -1, 9, 10, 11, 99, 100, 101, 999, 1000, -1000, 65535, 123456789,
                      -987654321, 4294967296LL, 999999999999999999LL, INT64_MAX, INT64_MIN, INT64_MIN + 1};
  for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
    char want[32];
    snprintf(want, sizeof want, "%lld", vals[i]);
    sr_buf b = SR_BUF_INIT;
    assert_int_equal(sr_jsonw_integer(&b, vals[i]), 0);
    assert_int_equal(b.len, strlen(want));
    assert_memory_equal(b.data, want, b.len);
    sr_buf_free(&b);
  }
  unsigned long long u = 1;
  for (int k = 0; k < 64; k++, u = u * 3 + 1) {
    char want[32];
    snprintf(want, sizeof want, "%llu", u);
    sr_buf b = SR_BUF_INIT;
    assert_int_equal(sr_jsonw_uinteger(&b, u), 0);
    assert_int_equal(b.len, strlen(want));
    assert_memory_equal(b.data, want, b.len);
    sr_buf_free(&b);
  }
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_uinteger(&b, UINT64_MAX), 0);
  assert_int_equal(sr_buf_putc(&b, '\0'), 0);
  assert_string_equal(b.data, "18446744073709551615");
  sr_buf_free(&b);
}

static void test_jansson_order(void **state) {
  (void)state;
  const char *in = "{\"z\":1,\"a\":[true,false,null,1.5,\"s\\u0000\"],\"m\":{}}";
  json_error_t err;
  json_t *v = json_loads(in, JSON_ALLOW_NUL, &err);
  assert_non_null(v);
  sr_buf b = SR_BUF_INIT;
  assert_int_equal(sr_jsonw_jansson(&b, v), 0);
  assert_string_equal(b.data, in);
  sr_buf_free(&b);
  json_decref(v);
}

/* sr_jsonw_plain_len: a string it calls plain (all of it) is written by
 * sr_jsonw_string quoted and unchanged, and one it does not is not; the
 * digits of sr_jsonw_put_uinteger are sr_jsonw_uinteger's. */
static void test_plain_len_and_put_uinteger(void **state) {
  (void)state;
  assert_int_equal(sr_jsonw_plain_len("person", 6), 6);
  assert_int_equal(sr_jsonw_plain_len("", 0), 0);
  assert_int_equal(sr_jsonw_plain_len("a\"b", 3), 1);
  assert_int_equal(sr_jsonw_plain_len("ab\\", 3), 2);
  assert_int_equal(sr_jsonw_plain_len("Jos\xC3\xA9", 5), 3);
  assert_int_equal(sr_jsonw_plain_len("0123456789abcdef\n", 17), 16);
  unsigned seed = 99;
  for (int round = 0; round < 5000; round++) {
    unsigned char in[40];
    size_t len = (size_t)(round % 40);
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      in[i] = (unsigned char)(r % 5 ? ' ' + r % 95 : r % 256);
    }
    size_t plain = sr_jsonw_plain_len((const char *)in, len);
    assert_true(plain <= len);
    sr_buf b = SR_BUF_INIT;
    assert_int_equal(sr_jsonw_string(&b, (const char *)in, len), 0);
    int same = b.len == len + 2 && memcmp(b.data + 1, in, len) == 0;
    if (plain == len) assert_true(same);
    /* the byte that stops the prefix is one the string writer changes or
     * checks: an escape, or a byte of 0x80 and above */
    if (plain < len) assert_true(in[plain] < 0x20 || in[plain] == '"' || in[plain] == '\\' || in[plain] >= 0x80);
    sr_buf_free(&b);
  }
  static const unsigned long long vals[] = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 65535, 4294967296ULL,
                                            9999999999999999999ULL, 18446744073709551615ULL};
  for (size_t k = 0; k < sizeof vals / sizeof *vals; k++) {
    char out[32];
    memset(out, 'x', sizeof out);
    char *end = sr_jsonw_put_uinteger(out, vals[k]);
    sr_buf b = SR_BUF_INIT;
    assert_int_equal(sr_jsonw_uinteger(&b, vals[k]), 0);
    assert_int_equal((size_t)(end - out), b.len);
    assert_memory_equal(out, b.data, b.len);
    assert_int_equal(out[b.len], 'x'); /* nothing written past the digits */
    sr_buf_free(&b);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_string_escapes),
    cmocka_unit_test(test_string_invalid_utf8),
    cmocka_unit_test(test_string_random),
    cmocka_unit_test(test_numbers),
    cmocka_unit_test(test_integers),
    cmocka_unit_test(test_jansson_order),
    cmocka_unit_test(test_plain_len_and_put_uinteger),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
