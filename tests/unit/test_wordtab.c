/* Unit tests for core/text/wordtab.c: the word table under the entity
 * tagger and the quantity finder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "text/wordtab.h"

typedef struct item {
  sr_wordtab_key k;
  uint32_t flags;
  double value;
} item;

/* Words interned past many grows are all found, with their payloads, and
 * an interned word comes back as the same entry. */
static void test_intern_get_grow(void **state) {
  (void)state;
  sr_wordtab t;
  assert_int_equal(sr_wordtab_init(&t, sizeof(item), 2), 0);
  char w[32];
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(w, sizeof w, "word%d", i);
    item *e = sr_wordtab_intern(&t, w, (size_t)n);
    assert_non_null(e);
    assert_int_equal(e->flags, 0); /* a new entry's payload is zero */
    assert_true(e->value == 0.0);
    e->flags = (uint32_t)i | 1u;
    e->value = i * 0.5;
  }
  assert_int_equal(t.n, 5000);
  assert_true(t.n * 2 <= t.cap);
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(w, sizeof w, "word%d", i);
    const item *e = sr_wordtab_get(&t, w, (size_t)n);
    assert_non_null(e);
    assert_int_equal(e->flags, (uint32_t)i | 1u);
    assert_true(e->value == i * 0.5);
    assert_ptr_equal(sr_wordtab_intern(&t, w, (size_t)n), e);
  }
  assert_int_equal(t.n, 5000);
  assert_null(sr_wordtab_get(&t, "word5000", 8));
  assert_null(sr_wordtab_get(&t, "word1", 4)); /* a prefix is another word */
  sr_wordtab_free(&t);
  sr_wordtab_free(&t); /* freeing twice is harmless */
}

/* The empty word and words with NUL bytes are words like any other. */
static void test_empty_and_binary_words(void **state) {
  (void)state;
  sr_wordtab t;
  assert_int_equal(sr_wordtab_init(&t, sizeof(item), 16), 0);
  assert_null(sr_wordtab_get(&t, "", 0));
  item *e = sr_wordtab_intern(&t, "", 0);
  assert_non_null(e);
  e->flags = 7;
  item *b = sr_wordtab_intern(&t, "a\0b", 3);
  assert_non_null(b);
  b->flags = 9;
  assert_int_equal(((const item *)sr_wordtab_get(&t, "", 0))->flags, 7);
  assert_int_equal(((const item *)sr_wordtab_get(&t, "a\0b", 3))->flags, 9);
  assert_null(sr_wordtab_get(&t, "a", 1));
  sr_wordtab_free(&t);
}

/* Words of every length up to 40 bytes (the hash and the comparison read
 * short keys in overlapping 4- and 8-byte pieces) are found, and a word of
 * the same length that differs in any one byte is not; the inline lookup
 * agrees with sr_wordtab_get. */
static void test_lengths_and_one_byte_differences(void **state) {
  (void)state;
  sr_wordtab t;
  assert_int_equal(sr_wordtab_init(&t, sizeof(item), 16), 0);
  unsigned char w[41];
  for (size_t n = 0; n <= 40; n++) {
    for (size_t i = 0; i < n; i++) w[i] = (unsigned char)('a' + (i * 7 + n) % 26);
    item *e = sr_wordtab_intern(&t, w, n);
    assert_non_null(e);
    e->flags = (uint32_t)n + 1;
  }
  for (size_t n = 0; n <= 40; n++) {
    for (size_t i = 0; i < n; i++) w[i] = (unsigned char)('a' + (i * 7 + n) % 26);
    const item *e = sr_wordtab_get(&t, w, n);
    assert_non_null(e);
    assert_int_equal(e->flags, n + 1);
    assert_ptr_equal(sr_wordtab_get_sized(&t, w, n, sizeof(item)), e);
    for (size_t i = 0; i < n; i++) {
      unsigned char keep = w[i];
      w[i] = (unsigned char)(keep ^ 0x20);
      assert_null(sr_wordtab_get(&t, w, n));
      assert_null(sr_wordtab_get_sized(&t, w, n, sizeof(item)));
      w[i] = keep;
    }
  }
  sr_wordtab_free(&t);
}

/* Long words that share their first 16 bytes (the part kept inline next to
 * the slots) are told apart by the rest. */
static void test_shared_prefix(void **state) {
  (void)state;
  sr_wordtab t;
  assert_int_equal(sr_wordtab_init(&t, sizeof(item), 4), 0);
  const char *words[] = {"kementerianluarnegeri", "kementerianluarbiasa", "kementerianluar",
                         "kementerianluarn", "kementerianluarne"};
  size_t nw = sizeof words / sizeof *words;
  for (size_t i = 0; i < nw; i++) {
    item *e = sr_wordtab_intern(&t, words[i], strlen(words[i]));
    assert_non_null(e);
    e->flags = (uint32_t)i + 1;
  }
  assert_int_equal(t.n, nw);
  for (size_t i = 0; i < nw; i++) {
    size_t n = strlen(words[i]);
    const item *e = sr_wordtab_get_sized(&t, words[i], n, sizeof(item));
    assert_non_null(e);
    assert_int_equal(e->flags, i + 1);
    assert_ptr_equal(sr_wordtab_get(&t, words[i], n), e);
  }
  /* same first 16 bytes and length, a different last byte */
  assert_null(sr_wordtab_get(&t, "kementerianluarnegerx", 21));
  assert_null(sr_wordtab_get(&t, "kementerianluarnx", 17));
  sr_wordtab_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_intern_get_grow),
    cmocka_unit_test(test_empty_and_binary_words),
    cmocka_unit_test(test_lengths_and_one_byte_differences),
    cmocka_unit_test(test_shared_prefix),
  };
  return cmocka_run_group_tests_name("wordtab", tests, NULL, NULL);
}
