/* Unit tests for core/text/wordclass.c: word-class counts, which must be
 * those of caseless whole-word pattern sets of the same words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/patset.h"
#include "text/wordclass.h"

static const char *const EN[] = {"the", "of", "and", "said", "a"};
static const char *const ID[] = {"yang", "dan", "di", "bahwa", "a"};
static const char *const LONG[] = {"pertanggungjawabannya", "bagaimanapun"};

static sr_wordclass *build(void) {
  sr_wordclass *wc = sr_wordclass_new();
  assert_non_null(wc);
  for (size_t i = 0; i < sizeof EN / sizeof *EN; i++)
    assert_int_equal(sr_wordclass_add(wc, EN[i], strlen(EN[i]), 0), 0);
  for (size_t i = 0; i < sizeof ID / sizeof *ID; i++)
    assert_int_equal(sr_wordclass_add(wc, ID[i], strlen(ID[i]), 1), 0);
  for (size_t i = 0; i < sizeof LONG / sizeof *LONG; i++)
    assert_int_equal(sr_wordclass_add(wc, LONG[i], strlen(LONG[i]), 2), 0);
  return wc;
}

static void counts_of(const sr_wordclass *wc, const char *s, size_t out[3]) {
  memset(out, 0, 3 * sizeof *out);
  sr_wordclass_count(wc, s, strlen(s), out, 3);
}

static void test_counts(void **state) {
  (void)state;
  sr_wordclass *wc = build();
  size_t c[3];
  counts_of(wc, "The cat and THE dog said yang Dan di-sana, bahwa.", c);
  assert_int_equal(c[0], 4); /* The, and, THE, said */
  assert_int_equal(c[1], 4); /* yang, Dan, di, bahwa */
  assert_int_equal(c[2], 0);
  /* a word in two lists counts in both; one letter is a word too */
  counts_of(wc, "a A b", c);
  assert_int_equal(c[0], 2);
  assert_int_equal(c[1], 2);
  /* whole words only: digits, letters and marks (non-ASCII too) join */
  counts_of(wc, "the1 2the thex xthe the_ _the caf\xC3\xA9the the\xCC\x81 \xC3\xA9the", c);
  assert_int_equal(c[0], 2); /* "the_" and "_the": '_' is no word character here */
  /* a non-letter neighbour that is no word character does not join, nor
   * does invalid UTF-8 */
  counts_of(wc, "\xE2\x80\x9Cthe\xE2\x80\x9D \xFFthe\xC3", c);
  assert_int_equal(c[0], 2);
  /* long words go through the word table */
  counts_of(wc, "Pertanggungjawabannya, bagaimanapun BAGAIMANAPUN", c);
  assert_int_equal(c[2], 3);
  /* fewer classes asked than there are: the others are not touched */
  size_t one[1] = {0};
  sr_wordclass_count(wc, "the yang", 8, one, 1);
  assert_int_equal(one[0], 1);
  counts_of(wc, "", c);
  assert_int_equal(c[0] + c[1] + c[2], 0);
  sr_wordclass_free(wc);
}

static void test_bad_words(void **state) {
  (void)state;
  sr_wordclass *wc = sr_wordclass_new();
  assert_non_null(wc);
  assert_int_equal(sr_wordclass_add(wc, "kira-kira", 9, 0), SR_EINVAL);
  assert_int_equal(sr_wordclass_add(wc, "caf\xC3\xA9", 5, 0), SR_EINVAL);
  assert_int_equal(sr_wordclass_add(wc, "", 0, 0), SR_EINVAL);
  assert_int_equal(sr_wordclass_add(wc, "the", 3, SR_WORDCLASS_MAX), SR_EINVAL);
  char big[70];
  memset(big, 'a', sizeof big);
  assert_int_equal(sr_wordclass_add(wc, big, sizeof big, 0), SR_EINVAL);
  assert_int_equal(sr_wordclass_add(wc, "The", 3, 31), 0); /* any case, any class */
  size_t c[32] = {0};
  sr_wordclass_count(wc, "the", 3, c, 32);
  assert_int_equal(c[31], 1);
  sr_wordclass_free(wc);
  sr_wordclass_free(NULL);
}

/* Random texts from pieces near the boundary rules: the counts equal the
 * match counts of caseless whole-word pattern sets, list by list. */
static void same_as_patset(int maxpieces) {
  sr_wordclass *wc = build();
  const char *const *lists[3] = {EN, ID, LONG};
  size_t sizes[3] = {sizeof EN / sizeof *EN, sizeof ID / sizeof *ID, sizeof LONG / sizeof *LONG};
  sr_patset *sets[3];
  for (int l = 0; l < 3; l++) {
    sr_patset_entry e[8];
    for (size_t i = 0; i < sizes[l]; i++) e[i] = (sr_patset_entry){lists[l][i], strlen(lists[l][i]), 0};
    char msg[128];
    long bad;
    assert_int_equal(sr_patset_compile(e, sizes[l], SR_PATSET_CASELESS | SR_PATSET_WORDS, &sets[l],
                                       msg, sizeof msg, &bad),
                     0);
  }
  sr_patset_scratch *sc = sr_patset_scratch_new();
  assert_non_null(sc);
  static const char *const pieces[] = {
    "the", "THE", "The", "yang", "Dan", "di", "a", "said", "bahwa", "bagaimanapun",
    " ", ",", "-", "_", "1", "x", "\xC3\xA9", "\xCC\x81", "\xE2\x80\x9C", "\xC2\xA0",
    "\xD9\xA3", "\xE4\xB8\xAD", "\xC3", "\xFF", "\x80", "\xE2\x80",
    /* runs of letters that carry a word across the 64-byte blocks the
     * counter reads its text in */
    "pertanggungjawabannya", "abcdefghijabcdefghijabcdefghijabcdefghij",
    "  ", "Yangdi", "saidthe",
  };
  size_t np = sizeof pieces / sizeof *pieces;
  unsigned seed = 777;
  char buf[64 * 45];
  for (int round = 0; round < 20000; round++) {
    size_t len = 0;
    seed = seed * 1103515245u + 12345u;
    int n = (int)((seed >> 16) % (unsigned)(maxpieces + 1));
    for (int k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 8) % np];
      size_t pl = strlen(p);
      memcpy(buf + len, p, pl);
      len += pl;
    }
    size_t c[3] = {0};
    sr_wordclass_count(wc, buf, len, c, 3);
    for (int l = 0; l < 3; l++) {
      const sr_patmatch *m;
      long want = sr_patset_scan(sets[l], sc, buf, len, SR_PATSET_LONGEST, &m, NULL);
      assert_true(want >= 0);
      if ((long)c[l] != want) {
        fprintf(stderr, "list %d: %zu, pattern set %ld on: ", l, c[l], want);
        for (size_t i = 0; i < len; i++) fprintf(stderr, "\\x%02X", (unsigned char)buf[i]);
        fprintf(stderr, "\n");
        fail();
      }
    }
  }
  sr_patset_scratch_free(sc);
  for (int l = 0; l < 3; l++) sr_patset_free(sets[l]);
  sr_wordclass_free(wc);
}

static void test_same_as_patset(void **state) {
  (void)state;
  same_as_patset(13);
}

/* Texts of up to a few hundred bytes: runs of letters and words across and
 * at the ends of the 64-byte blocks. */
static void test_same_as_patset_long(void **state) {
  (void)state;
  same_as_patset(60);
}

/* A list word at every offset around the first block ends, after spaces or
 * after a run of letters it then belongs to, and a text ending in it. */
static void test_block_edges(void **state) {
  (void)state;
  sr_wordclass *wc = build();
  char buf[300];
  for (size_t off = 0; off < 200; off++) {
    for (int glued = 0; glued < 2; glued++) {
      memset(buf, glued ? 'x' : ' ', off);
      memcpy(buf + off, "the", 3);
      size_t len = off + 3;
      for (int tail = 0; tail < 2; tail++) {
        if (tail) buf[len++] = ' ';
        size_t c[3] = {0};
        sr_wordclass_count(wc, buf, len, c, 3);
        assert_int_equal(c[0], glued && off > 0 ? 0 : 1);
      }
    }
  }
  /* a long run of letters (longer than any list word) never counts */
  memset(buf, 'a', 150);
  size_t c[3] = {0};
  sr_wordclass_count(wc, buf, 150, c, 3);
  assert_int_equal(c[0] + c[1], 0);
  memcpy(buf + 150, " said", 5);
  sr_wordclass_count(wc, buf, 155, c, 3);
  assert_int_equal(c[0], 1);
  sr_wordclass_free(wc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_counts),
    cmocka_unit_test(test_bad_words),
    cmocka_unit_test(test_same_as_patset),
    cmocka_unit_test(test_same_as_patset_long),
    cmocka_unit_test(test_block_edges),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
