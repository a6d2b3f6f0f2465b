/* Unit tests for core/text/capwords.c: capitalised words for name taggers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/capwords.h"

/* The words of s joined with '|' (hyphen-flagged words get a '*'). */
static const char *words(const char *s, size_t len, size_t init) {
  static char buf[4096];
  size_t o = 0, pos = init, next;
  sr_capword w;
  buf[0] = '\0';
  while (sr_capword_next(s, len, pos, &w, &next)) {
    assert_true(w.start >= pos);
    assert_true(w.start < w.end);
    assert_true(w.end <= next);
    assert_true(next <= len);
    if (o) buf[o++] = '|';
    assert_true(o + (w.end - w.start) + 3 < sizeof buf);
    memcpy(buf + o, s + w.start, w.end - w.start);
    o += w.end - w.start;
    if (w.hyphen) buf[o++] = '*';
    buf[o] = '\0';
    pos = next;
  }
  assert_int_equal(next, len);
  return buf;
}
#define W(s) words(s, strlen(s), 0)

static void test_basic(void **state) {
  (void)state;
  assert_string_equal(W(""), "");
  assert_string_equal(W("tidak ada nama di sini"), "");
  assert_string_equal(W("Presiden Joko Widodo ke Jakarta."), "Presiden|Joko|Widodo|Jakarta");
  assert_string_equal(W("A"), "A");
  assert_string_equal(words("x Budi", 6, 2), "Budi");    /* init */
  assert_string_equal(words("x Budi", 6, 6), "");
}

static void test_boundaries(void **state) {
  (void)state;
  /* glued to a letter or digit: no word, and the run is skipped whole */
  assert_string_equal(W("iPhone 5G COVID-19"), "COVID-19");
  assert_string_equal(W("(AS) \"Kami\" 'Dia'"), "AS|Kami|Dia");
  /* after a curly quote or a dash (E2 80 xx) it is a word; after é not */
  assert_string_equal(W("\xE2\x80\x9CKami\xE2\x80\x94" "Dia"), "Kami|Dia");
  assert_string_equal(W("caf\xC3\xA9Noir"), "");
}

static void test_joiners(void **state) {
  (void)state;
  assert_string_equal(W("Jong-un Ma'ruf U.S. Korea Utara-Rusia."),
                      "Jong-un|Ma'ruf|U.S|Korea|Utara-Rusia*");
  assert_string_equal(W("Amin-- Budi'"), "Amin|Budi");
  assert_string_equal(W("Timor-Leste"), "Timor-Leste*");
  /* Latin-1 letters start and continue words */
  assert_string_equal(W("\xC3\x89ric Mu\xC3\xB1oz"), "\xC3\x89ric|Mu\xC3\xB1oz");
  /* capitals of Latin Extended-A and Additional start words ("Đỗ Việt",
   * "Łukasz"); their small letters do not ("ở", "ł") */
  assert_string_equal(W("\xC4\x90\xE1\xBB\x97 Vi\xE1\xBB\x87t \xE1\xBB\x9F \xC5\x81ukasz \xC5\x82" "a"),
                      "\xC4\x90\xE1\xBB\x97|Vi\xE1\xBB\x87t|\xC5\x81ukasz");
}

static void test_nul_and_invalid(void **state) {
  (void)state;
  const char s[] = "Ab\0Cd \xFF" "Ef \xC3";
  const char *r = words(s, sizeof s - 1, 0);
  /* NUL is a boundary; 0xFF is not ASCII punctuation, so Ef is glued */
  assert_string_equal(r, "Ab|Cd|\xC3");
}

/* The initial flag of the first word found at or after pos. */
static int initial_at(const char *s, size_t pos) {
  sr_capword w;
  size_t next;
  assert_true(sr_capword_next(s, strlen(s), pos, &w, &next));
  return w.initial;
}

static void test_initial(void **state) {
  (void)state;
  assert_true(initial_at("Budi", 0));
  assert_true(initial_at("  (\"Budi", 0));
  assert_false(initial_at("kata Budi", 0));
  assert_true(initial_at("pergi. Budi", 0));
  assert_true(initial_at("pergi?\n Budi", 0));
  assert_true(initial_at("x \xE2\x80\x94 Budi", 0));      /* em dash */
  assert_true(initial_at("x\xE2\x80\x9D Budi", 0));       /* closing quote */
  assert_false(initial_at("kata \xE2\x80\x9C" "Budi", 0)); /* opening quote after a word */
  assert_true(initial_at("\xE2\x80\x9C" "Budi", 0));       /* opening quote at the start */
  assert_false(initial_at("x \xE2\x82\xAC Budi", 0));      /* euro sign: not a dash */
  assert_true(initial_at("\xE2\x80\x98" "Budi", 0));       /* opening single quote at the start */
  assert_true(initial_at("a. \xE2\x80\x98" "Budi", 0));    /* ... after a full stop */
}

static void test_big(void **state) {
  (void)state;
  size_t n = 200000, len = n * 5;
  char *s = malloc(len + 1);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++) memcpy(s + i * 5, "Kata ", 5);
  s[len] = '\0';
  size_t pos = 0, next, count = 0;
  sr_capword w;
  while (sr_capword_next(s, len, pos, &w, &next)) {
    count++;
    pos = next;
  }
  assert_int_equal(count, n);
  free(s);
}

/* The rule of capwords.h written out byte by byte, as the scanner was before
 * it skipped 16 bytes at a time and read its classes from a table: the
 * reference for test_same_as_reference. */
static int ref_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5) || c == 0xE1; }
static int ref_body(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (c >= 0x80 && c <= 0xBF) || (c >= 0xC3 && c <= 0xC9) || c == 0xE1;
}
/* A start byte opens a run when it is ASCII, 0xC3, or the first byte of a
 * capital of U+0100-U+017F or U+1E00-U+1EFF (decoded here, listed as the
 * Unicode charts pair small and capital letters). */
static int ref_upper_cp(unsigned cp) {
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return 1;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  if (cp >= 0x1E00 && cp <= 0x1E95) return cp % 2 == 0;
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return cp % 2 == 0;
  return 0;
}
static int ref_opens(const unsigned char *u, size_t len, size_t i) {
  unsigned char c = u[i];
  if (c < 0x80 || c == 0xC3) return 1;
  if (c == 0xC4 || c == 0xC5) {
    if (i + 1 >= len || (u[i + 1] & 0xC0) != 0x80) return 0;
    return ref_upper_cp(((unsigned)(c & 0x1F) << 6) | (u[i + 1] & 0x3F));
  }
  if (i + 2 >= len || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80) return 0;
  unsigned cp = ((unsigned)(c & 0x0F) << 12) | ((unsigned)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
  return cp >= 0x1E00 && ref_upper_cp(cp);
}
static int ref_join(unsigned char c) { return c == '-' || c == '\'' || c == '.'; }

static int ref_next(const unsigned char *u, size_t len, size_t pos, sr_capword *out, size_t *next) {
  while (pos < len) {
    while (pos < len && !ref_start(u[pos])) pos++;
    if (pos >= len) break;
    if (!ref_opens(u, len, pos)) {
      pos++;
      while (pos < len && ref_body(u[pos])) pos++;
      continue;
    }
    size_t start = pos, e = pos + 1;
    while (e < len && ref_body(u[e])) e++;
    if (e < len && ref_join(u[e]))
      while (e < len && (ref_body(u[e]) || ref_join(u[e]))) e++;
    pos = e;
    int boundary = start == 0;
    if (start > 0) {
      unsigned char pb = u[start - 1];
      boundary = pb < 128 ? !((pb >= '0' && pb <= '9') || (pb >= 'A' && pb <= 'Z') ||
                              (pb >= 'a' && pb <= 'z'))
                          : pb <= 0xBF && start >= 3 && u[start - 3] == 0xE2;
    }
    if (!boundary) continue;
    size_t end = e;
    while (end > start + 1 && ref_join(u[end - 1])) end--;
    int hyphen = 0;
    for (size_t i = start; i + 1 < end; i++)
      if (u[i] == '-' && ref_start(u[i + 1]) && ref_opens(u, len, i + 1)) hyphen = 1;
    out->start = start;
    out->end = end;
    out->hyphen = hyphen;
    out->initial = sr_capword_initial((const char *)u, start);
    *next = pos;
    return 1;
  }
  *next = len;
  return 0;
}

/* Random texts over the bytes the rule tells apart, long enough for the
 * 16-byte skip and its tail, give the words of the reference. */
static void same_as_reference(unsigned space_every, int any_byte) {
  static const unsigned char alpha[] = {'A', 'Z', 'a', 'z', '0', '9', ' ', ' ', ' ', '-', '\'', '.',
                                        '\n', 0xC3, 0x89, 0xBF, 0xC9, 0xCA, 0xE2, 0x80, 0x94, 0x9C,
                                        '(', '"', 'M', 'x', 0xFF, 0x00, 0xC4, 0x90, 0xC5, 0x81,
                                        0xE1, 0xBB, 0x87, 0x86, 0xBA, 0xA4};
  unsigned char buf[300];
  uint32_t seed = 12345;
  for (int round = 0; round < 4000; round++) {
    size_t len = (size_t)(round % 150) + 1;
    /* mostly lower case with a capital now and then, as in prose */
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 16) & 0x7fff;
      buf[i] = r % 3 ? (unsigned char)('a' + r % 26) : alpha[r % sizeof alpha];
      /* every byte value now and then, for the ranges the word body is
       * tested with sixteen bytes at a time */
      if (any_byte && r % 5 == 0) buf[i] = (unsigned char)(seed >> 8);
      if (r % space_every == 0) buf[i] = ' ';
    }
    size_t pos = 0, next = 0, rpos = 0, rnext = 0;
    for (;;) {
      sr_capword w, rw;
      int got = sr_capword_next((const char *)buf, len, pos, &w, &next);
      int want = ref_next(buf, len, rpos, &rw, &rnext);
      assert_int_equal(got, want);
      assert_int_equal(next, rnext);
      if (!got) break;
      assert_int_equal(w.start, rw.start);
      assert_int_equal(w.end, rw.end);
      assert_int_equal(w.hyphen, rw.hyphen);
      assert_int_equal(w.initial, rw.initial);
      pos = next;
      rpos = rnext;
    }
  }
}

static void test_same_as_reference(void **state) {
  (void)state;
  same_as_reference(7, 0);
}

/* Long words (spaces rarely) with any byte inside: words that run past
 * sixteen bytes and end at every kind of byte. */
static void test_same_as_reference_long_words(void **state) {
  (void)state;
  same_as_reference(31, 0);
  same_as_reference(31, 1);
  same_as_reference(11, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_basic),   cmocka_unit_test(test_boundaries),
    cmocka_unit_test(test_joiners), cmocka_unit_test(test_nul_and_invalid),
    cmocka_unit_test(test_initial), cmocka_unit_test(test_big),
    cmocka_unit_test(test_same_as_reference),
    cmocka_unit_test(test_same_as_reference_long_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
