/* Unit tests for core/jsonl.c: the fast JSONL line reader must give what
 * json_loadb gives (with the text taken out), or decline the line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jsonl.h"
#include "text/utf8.h"

/* Same members, same values, same order. */
static int same_object(json_t *a, json_t *b) {
  if (json_object_size(a) != json_object_size(b)) return 0;
  void *ia = json_object_iter(a), *ib = json_object_iter(b);
  while (ia && ib) {
    if (strcmp(json_object_iter_key(ia), json_object_iter_key(ib))) return 0;
    if (!json_equal(json_object_iter_value(ia), json_object_iter_value(ib))) return 0;
    ia = json_object_iter_next(a, ia);
    ib = json_object_iter_next(b, ib);
  }
  return !ia && !ib;
}

/* Runs both readers on a line; returns what the fast one returned, after
 * checking that when it accepts the line jansson reads the same thing. */
static int check_line(const char *s, size_t n) {
  json_t *obj;
  char *text;
  size_t tlen;
  int rc = sr_jsonl_take_text(s, n, "text", &obj, &text, &tlen);
  assert_true(rc == 0 || rc == 1);
  if (rc == 1) {
    json_error_t err;
    json_t *ref = json_loadb(s, n, JSON_ALLOW_NUL, &err);
    if (!ref) fail_msg("fast reader took a line jansson refuses (%s): %.*s", err.text, (int)n, s);
    assert_true(json_is_object(ref));
    json_t *tv = json_object_get(ref, "text");
    assert_true(json_is_string(tv));
    assert_int_equal(json_string_length(tv), tlen);
    assert_memory_equal(json_string_value(tv), text, tlen);
    assert_int_equal(text[tlen], '\0');
    assert_int_equal(sr_utf8_validate(text, tlen), tlen);
    json_object_del(ref, "text");
    assert_true(same_object(obj, ref));
    json_decref(ref);
    json_decref(obj);
    free(text);
  } else {
    assert_null(obj);
    assert_null(text);
  }
  return rc;
}
#define CHECK(lit) check_line((lit), sizeof(lit) - 1)

static void test_plain_lines(void **state) {
  (void)state;
  assert_int_equal(CHECK("{\"id\": \"a\", \"url\": \"http://x/\", \"text\": \"Hello world\"}"), 1);
  assert_int_equal(CHECK("{\"text\":\"\"}"), 1);
  assert_int_equal(CHECK("  {\"text\" : \"x\" , \"n\" : 12 , \"r\": -1.5e3, \"b\": true, \"f\": false,"
                         " \"z\": null}\r\n\t "),
                   1);
  assert_int_equal(CHECK("{\"text\":\"x\",\"o\":{\"a\":[1,2,{\"b\":\"}]\"}]},\"e\":[],\"eo\":{}}"), 1);
  assert_int_equal(CHECK("{\"text\":\"caf\xC3\xA9 \xF0\x9F\x98\x80\",\"k\xC3\xA9y\":\"v\xC3\xA9\"}"), 1);
}

static void test_escapes(void **state) {
  (void)state;
  assert_int_equal(CHECK("{\"text\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}"), 1);
  assert_int_equal(CHECK("{\"text\":\"\\u0041\\u00e9\\u20AC\\ud83d\\ude00 \\u0000 end\"}"), 1);
  assert_int_equal(CHECK("{\"text\":\"x\",\"m\":\"\\u00e9\\n\\\"\"}"), 1);
  /* Surrogates jansson refuses are declined, so jansson reports them. */
  assert_int_equal(CHECK("{\"text\":\"\\ud83d\"}"), 0);
  assert_int_equal(CHECK("{\"text\":\"\\ud83d\\u0041\"}"), 0);
  assert_int_equal(CHECK("{\"text\":\"\\ude00\"}"), 0);
  assert_int_equal(CHECK("{\"text\":\"x\",\"m\":\"\\udc00\"}"), 0);
  assert_int_equal(CHECK("{\"text\":\"\\x\"}"), 0);
  assert_int_equal(CHECK("{\"text\":\"\\u12\"}"), 0);
  /* A key with an escape goes to jansson. */
  assert_int_equal(CHECK("{\"te\\u0078t\":\"x\"}"), 0);
}

static void test_declined(void **state) {
  (void)state;
  assert_int_equal(CHECK(""), 0);
  assert_int_equal(CHECK("[1]"), 0);
  assert_int_equal(CHECK("{}"), 0);                       /* no text */
  assert_int_equal(CHECK("{\"text\":1}"), 0);             /* not a string */
  assert_int_equal(CHECK("{\"text\":\"a\",\"text\":\"b\"}"), 0); /* twice */
  assert_int_equal(CHECK("{\"text\":\"a\"} x"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\" \"b\":1}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":tru}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":truex}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":True}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":01}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":1 2}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":99999999999999999999}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\",\"b\":[1,}"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\nb\"}"), 0);       /* control byte */
  assert_int_equal(check_line("{\"text\":\"a\0b\"}", 13), 0);
  assert_int_equal(CHECK("{\"text\":\"a"), 0);
  assert_int_equal(CHECK("{\"text\":\"a\""), 0);
}

/* The word-at-a-time skip stops at a special byte wherever it sits. */
static void test_special_positions(void **state) {
  (void)state;
  static const char *specials[] = {"\\n", "\x01", "\"", "\xC3\xA9", "\x1f", "\\u00e9", " "};
  static const int want[] = {1, 0, 0, 1, 0, 1, 1};
  for (size_t k = 0; k < sizeof specials / sizeof *specials; k++) {
    for (size_t pos = 0; pos < 20; pos++) {
      char body[64], line[128];
      memset(body, 'x', 20);
      size_t sl = strlen(specials[k]);
      memcpy(body + pos, specials[k], sl);
      memset(body + pos + sl, 'y', 20);
      body[20 + sl] = '\0'; /* the special at pos in 20 + sl bytes */
      int n = snprintf(line, sizeof line, "{\"text\":\"%s\"}", body);
      assert_int_equal(check_line(line, (size_t)n), want[k]);
    }
  }
}

/* A repeated key other than the text keeps its first place and last value,
 * as in jansson. */
static void test_duplicate_keys(void **state) {
  (void)state;
  assert_int_equal(CHECK("{\"a\":1,\"text\":\"t\",\"b\":2,\"a\":3}"), 1);
}

static void test_deep_nesting(void **state) {
  (void)state;
  /* Deeper than the skip limit: declined, and jansson decides. */
  size_t depth = 3000;
  char *s = malloc(2 * depth + 64);
  size_t n = 0;
  n += (size_t)sprintf(s, "{\"text\":\"x\",\"d\":");
  for (size_t i = 0; i < depth; i++) s[n++] = '[';
  for (size_t i = 0; i < depth; i++) s[n++] = ']';
  s[n++] = '}';
  assert_int_equal(check_line(s, n), 0);
  free(s);
}

/* Differential: random edits of valid lines never make the two readers
 * disagree. */
static void test_mutations(void **state) {
  (void)state;
  static const char *seeds[] = {
    "{\"id\": \"d1\", \"url\": \"https://a.example/x?y=1\", \"text\": \"Caf\\u00e9 \\\"q\\\" \\n end\", \"n\": [1, 2.5, -3e2, true, null, {\"k\": \"v\"}]}",
    "{\"text\":\"\\ud83d\\ude00 plain \xC3\xA9\",\"meta\":{\"a\":{\"b\":[\"c\",\"\\\\\"]}},\"z\":false}",
  };
  static const char alphabet[] = "{}[]\":,\\u0dD8eE.-+ tnfalsrx\n\x01\xC3\xA9";
  uint64_t rng = 88172645463325252ull;
  char buf[512], fixed_line[2048];
  int accepted = 0;
  for (int iter = 0; iter < 20000; iter++) {
    const char *seed = seeds[iter % 2];
    size_t n = strlen(seed);
    memcpy(buf, seed, n);
    int edits = 1 + iter % 3;
    for (int e = 0; e < edits; e++) {
      rng ^= rng << 13;
      rng ^= rng >> 7;
      rng ^= rng << 17;
      size_t pos = (size_t)(rng % n);
      char c = alphabet[(rng >> 20) % (sizeof alphabet - 1)];
      switch ((rng >> 40) % 3) {
        case 0: buf[pos] = c; break;
        case 1:
          if (n + 1 < sizeof buf) {
            memmove(buf + pos + 1, buf + pos, n - pos);
            buf[pos] = c;
            n++;
          }
          break;
        default:
          memmove(buf + pos, buf + pos + 1, n - pos - 1);
          n--;
      }
    }
    /* The reader only ever sees valid UTF-8 (the executor repairs first). */
    const char *line = buf;
    if (sr_utf8_validate(buf, n) != n) {
      size_t fl;
      char *f = sr_utf8_repair(buf, n, &fl);
      assert_non_null(f);
      if (fl < sizeof fixed_line) {
        memcpy(fixed_line, f, fl);
        line = fixed_line;
        n = fl;
      }
      free(f);
      if (line != fixed_line) continue;
    }
    accepted += check_line(line, n);
  }
  /* Enough edits leave the line valid that the fast path is exercised. */
  assert_true(accepted > 1000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_plain_lines),
    cmocka_unit_test(test_escapes),
    cmocka_unit_test(test_declined),
    cmocka_unit_test(test_special_positions),
    cmocka_unit_test(test_duplicate_keys),
    cmocka_unit_test(test_deep_nesting),
    cmocka_unit_test(test_mutations),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
