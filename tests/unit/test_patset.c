/* Unit tests of core/text/patset.c: both engines against a naive reference,
 * edge cases (empty, NUL bytes, invalid UTF-8, huge input, 10,000 entries). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "error.h"
#include "text/patset.h"

/* The engines to try: the default one (Hyperscan when built with it) and
 * the fallback. */
static const unsigned engines[] = {0, SR_PATSET_FALLBACK};

static sr_patset *make(const char *const *pats, size_t n, unsigned flags) {
  sr_patset_entry *e = calloc(n ? n : 1, sizeof *e);
  for (size_t i = 0; i < n; i++) {
    e[i].pattern = pats[i];
    e[i].len = strlen(pats[i]);
    e[i].regex = pats[i][0] == '~'; /* test convention: "~re" is a regex */
    if (e[i].regex) {
      e[i].pattern++;
      e[i].len--;
    }
  }
  sr_patset *set = NULL;
  char msg[256] = "";
  long bad;
  int rc = sr_patset_compile(e, n, flags, &set, msg, sizeof msg, &bad);
  if (rc < 0) fprintf(stderr, "compile: %s\n", msg);
  assert_int_equal(rc, 0);
  free(e);
  return set;
}

/* Formats the matches as "index:start-end," (0-based, end exclusive). */
static void fmt(const sr_patmatch *m, long n, char *buf, size_t cap) {
  buf[0] = 0;
  for (long i = 0; i < n; i++) {
    size_t l = strlen(buf);
    snprintf(buf + l, cap - l, "%u:%zu-%zu,", m[i].index, m[i].start, m[i].end);
  }
}

static void expect_scan(const char *const *pats, size_t n, unsigned flags, const char *text,
                        int mode, const char *want) {
  for (size_t k = 0; k < 2; k++) {
    sr_patset *set = make(pats, n, flags | engines[k]);
    sr_patset_scratch *sc = sr_patset_scratch_new();
    const sr_patmatch *m;
    long got = sr_patset_scan(set, sc, text, strlen(text), mode, &m, NULL);
    assert_true(got >= 0);
    char buf[1024];
    fmt(m, got, buf, sizeof buf);
    if (strcmp(buf, want) != 0)
      fprintf(stderr, "engine %s, text \"%s\": got %s want %s\n", sr_patset_engine(set), text, buf,
              want);
    assert_string_equal(buf, want);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
  }
}

static void test_longest(void **state) {
  (void)state;
  const char *p[] = {"Jawa", "Jawa Barat", "Barat Daya", "a"};
  /* "Jawa Barat" wins over "Jawa" (longest at the leftmost start); "Barat
   * Daya" overlaps it and is dropped; "a"s inside it are dropped too. */
  expect_scan(p, 4, 0, "Jawa Barat Daya", SR_PATSET_LONGEST, "1:0-10,3:12-13,3:14-15,");
  expect_scan(p, 4, 0, "Jawa Barat Daya", SR_PATSET_OVERLAP,
              "1:0-10,0:0-4,3:1-2,3:3-4,2:5-15,3:6-7,3:8-9,3:12-13,3:14-15,");
  /* Same text twice with different ids: the lower index wins the tie. */
  const char *d[] = {"ab", "ab"};
  expect_scan(d, 2, 0, "xaby", SR_PATSET_LONGEST, "0:1-3,");
  expect_scan(d, 2, 0, "xaby", SR_PATSET_OVERLAP, "0:1-3,1:1-3,");
  /* Overlapping occurrences of one literal. */
  const char *aa[] = {"aa"};
  expect_scan(aa, 1, 0, "aaaa", SR_PATSET_LONGEST, "0:0-2,0:2-4,");
  expect_scan(aa, 1, 0, "aaaa", SR_PATSET_OVERLAP, "0:0-2,0:1-3,0:2-4,");
}

static void test_words(void **state) {
  (void)state;
  const char *p[] = {"bank", "Bank Indonesia", "in"};
  expect_scan(p, 3, SR_PATSET_WORDS, "banks bank, Bank Indonesia; ingin in",
              SR_PATSET_LONGEST, "0:6-10,1:12-26,2:34-36,");
  /* Unicode letters count as word characters on either side. */
  const char *u[] = {"ber"};
  expect_scan(u, 1, SR_PATSET_WORDS, "\xc3\xbc" "ber ber", SR_PATSET_LONGEST, "0:6-9,");
  /* A pattern that begins with punctuation is not constrained on that side. */
  const char *q[] = {"#tag"};
  expect_scan(q, 1, SR_PATSET_WORDS, "a#tag #tags", SR_PATSET_LONGEST, "0:1-5,");
}

static void test_caseless(void **state) {
  (void)state;
  const char *p[] = {"jakarta", "\xc3\xa9" "cole"}; /* école */
  expect_scan(p, 2, SR_PATSET_CASELESS, "JAKARTA Jakarta \xc3\x89" "COLE", SR_PATSET_LONGEST,
              "0:0-7,0:8-15,1:16-22,");
  /* ASCII-only caseless sets take any bytes. */
  const char *a[] = {"abc"};
  expect_scan(a, 1, SR_PATSET_CASELESS, "\xff" "ABC", SR_PATSET_LONGEST, "0:1-4,");
}

static void test_regex_entries(void **state) {
  (void)state;
  const char *p[] = {"~\\d+ persen", "Rp", "~Rp ?\\d+"};
  expect_scan(p, 3, 0, "naik 12 persen, Rp 500", SR_PATSET_LONGEST, "0:5-14,2:16-22,");
}

static void test_nul_and_empty(void **state) {
  (void)state;
  const char *p[] = {"b"};
  /* NUL bytes in the text. */
  for (size_t k = 0; k < 2; k++) {
    sr_patset *set = make(p, 1, engines[k]);
    sr_patset_scratch *sc = sr_patset_scratch_new();
    const sr_patmatch *m;
    assert_int_equal(sr_patset_scan(set, sc, "a\0b\0b", 5, 0, &m, NULL), 2);
    assert_int_equal(m[0].start, 2);
    assert_int_equal(m[1].start, 4);
    assert_int_equal(sr_patset_scan(set, sc, "", 0, 0, &m, NULL), 0);
    assert_int_equal(sr_patset_scan(set, sc, NULL, 0, 0, &m, NULL), 0);
    assert_int_equal(sr_patset_test(set, sc, "", 0, NULL), 0);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);

    /* NUL bytes in a literal. */
    sr_patset_entry e = {"x\0y", 3, 0};
    assert_int_equal(sr_patset_compile(&e, 1, engines[k], &set, NULL, 0, NULL), 0);
    sc = sr_patset_scratch_new();
    assert_int_equal(sr_patset_scan(set, sc, "xy x\0y", 6, 0, &m, NULL), 1);
    assert_int_equal(m[0].start, 3);
    assert_int_equal(m[0].end, 6);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);

    /* An empty set matches nothing; an empty entry is refused. */
    assert_int_equal(sr_patset_compile(NULL, 0, engines[k], &set, NULL, 0, NULL), 0);
    sc = sr_patset_scratch_new();
    assert_int_equal(sr_patset_scan(set, sc, "abc", 3, 0, &m, NULL), 0);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
    sr_patset_entry empty[2] = {{"a", 1, 0}, {"", 0, 0}};
    char msg[128];
    long bad = -1;
    assert_int_equal(sr_patset_compile(empty, 2, engines[k], &set, msg, sizeof msg, &bad), SR_EINVAL);
    assert_int_equal(bad, 1);
    assert_string_equal(msg, "pattern 2: empty pattern");
  }
}

static void test_bad_regex(void **state) {
  (void)state;
  for (size_t k = 0; k < 2; k++) {
    sr_patset_entry e[2] = {{"ok", 2, 0}, {"(ab", 3, 1}};
    sr_patset *set = NULL;
    char msg[256];
    long bad = -1;
    assert_int_equal(sr_patset_compile(e, 2, engines[k], &set, msg, sizeof msg, &bad), SR_EINVAL);
    assert_null(set);
    assert_int_equal(bad, 1);
    assert_true(strncmp(msg, "pattern 2: ", 11) == 0);
  }
}

static void test_invalid_utf8(void **state) {
  (void)state;
  for (size_t k = 0; k < 2; k++) {
    /* A regex entry makes the set need UTF-8. */
    const char *p[] = {"~a+"};
    sr_patset *set = make(p, 1, engines[k]);
    assert_true(sr_patset_needs_utf8(set));
    sr_patset_scratch *sc = sr_patset_scratch_new();
    const sr_patmatch *m;
    size_t bad = 0;
    assert_int_equal(sr_patset_scan(set, sc, "aa\xc3", 3, 0, &m, &bad), SR_EUTF8);
    assert_int_equal(bad, 2);
    assert_int_equal(sr_patset_test(set, sc, "\xff", 1, &bad), SR_EUTF8);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
    /* Plain literals match bytes and need no valid UTF-8. */
    const char *l[] = {"a"};
    set = make(l, 1, engines[k]);
    assert_false(sr_patset_needs_utf8(set));
    sc = sr_patset_scratch_new();
    assert_int_equal(sr_patset_scan(set, sc, "\xff" "a\xc3", 3, 0, &m, NULL), 1);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
  }
}

/* ---- randomized comparison with a naive reference ---- */

static uint64_t rng = 88172645463325252ULL;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* Pieces the random texts and patterns are made of: a small alphabet so
 * matches are frequent, with a multi-byte letter and a NUL. */
static const char *const pieces[] = {"a", "b", "A", " ", "\xc3\xa9", "c", "B"};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static size_t rand_text(char *buf, size_t maxpieces) {
  size_t n = 1 + next_rand() % maxpieces, o = 0;
  for (size_t i = 0; i < n; i++) {
    const char *p = pieces[next_rand() % NPIECES];
    memcpy(buf + o, p, strlen(p));
    o += strlen(p);
  }
  buf[o] = 0;
  return o;
}

static int cmp_ref(const void *x, const void *y) {
  const sr_patmatch *a = x, *b = y;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end > b->end ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

static int is_wordish(unsigned char c) { return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Naive matcher: every occurrence of every literal (ASCII-caseless when
 * asked), words as \b over this alphabet, then the same selection rule. */
static long reference(char **pats, size_t np, const char *t, size_t tl, int caseless, int words,
                      int mode, sr_patmatch *out) {
  long n = 0;
  for (size_t i = 0; i < np; i++) {
    size_t pl = strlen(pats[i]);
    for (size_t s = 0; s + pl <= tl; s++) {
      int ok = 1;
      for (size_t j = 0; j < pl && ok; j++) {
        unsigned char a = (unsigned char)t[s + j], b = (unsigned char)pats[i][j];
        if (caseless && a < 0x80 && b < 0x80) {
          if (a >= 'A' && a <= 'Z') a += 32;
          if (b >= 'A' && b <= 'Z') b += 32;
        }
        ok = a == b;
      }
      if (!ok) continue;
      if (words) {
        if (is_wordish((unsigned char)pats[i][0]) && s > 0 && is_wordish((unsigned char)t[s - 1])) continue;
        if (is_wordish((unsigned char)pats[i][pl - 1]) && s + pl < tl && is_wordish((unsigned char)t[s + pl]))
          continue;
      }
      out[n++] = (sr_patmatch){s, s + pl, (unsigned)i};
    }
  }
  qsort(out, (size_t)n, sizeof *out, cmp_ref);
  if (mode == SR_PATSET_OVERLAP) return n;
  long k = 0;
  size_t pos = 0;
  for (long i = 0; i < n; i++) {
    if (out[i].start < pos) continue;
    out[k++] = out[i];
    pos = out[i].end;
  }
  return k;
}

static void test_random_vs_reference(void **state) {
  (void)state;
  char text[512];
  char *pats[40];
  for (size_t i = 0; i < 40; i++) pats[i] = malloc(64);
  sr_patmatch *ref = malloc(40 * 512 * sizeof *ref);
  sr_patset_scratch *sc = sr_patset_scratch_new();
  for (int round = 0; round < 400; round++) {
    size_t np = 1 + next_rand() % 40;
    sr_patset_entry e[40];
    for (size_t i = 0; i < np; i++) {
      rand_text(pats[i], 4);
      e[i] = (sr_patset_entry){pats[i], strlen(pats[i]), 0};
    }
    unsigned flags = (unsigned)(next_rand() % 4); /* caseless and/or words */
    for (size_t k = 0; k < 2; k++) {
      sr_patset *set = NULL;
      assert_int_equal(sr_patset_compile(e, np, flags | engines[k], &set, NULL, 0, NULL), 0);
      for (int t = 0; t < 5; t++) {
        size_t tl = rand_text(text, 60);
        for (int mode = 0; mode < 2; mode++) {
          const sr_patmatch *m;
          long got = sr_patset_scan(set, sc, text, tl, mode, &m, NULL);
          long want = reference(pats, np, text, tl, flags & SR_PATSET_CASELESS,
                                flags & SR_PATSET_WORDS, mode, ref);
          char a[8192], b[8192];
          fmt(m, got, a, sizeof a);
          fmt(ref, want, b, sizeof b);
          if (strcmp(a, b) != 0) {
            fprintf(stderr, "round %d engine %s flags %u mode %d text [%s]\n", round,
                    sr_patset_engine(set), flags, mode, text);
            for (size_t i = 0; i < np; i++) fprintf(stderr, "  pat %zu [%s]\n", i, pats[i]);
          }
          assert_string_equal(a, b);
        }
      }
      sr_patset_free(set);
    }
  }
  sr_patset_scratch_free(sc);
  free(ref);
  for (size_t i = 0; i < 40; i++) free(pats[i]);
}

/* 10,000 entries and a text of tens of MB. */
static void test_big(void **state) {
  (void)state;
  size_t np = 10000;
  char **pats = malloc(np * sizeof *pats);
  sr_patset_entry *e = malloc(np * sizeof *e);
  for (size_t i = 0; i < np; i++) {
    pats[i] = malloc(32);
    snprintf(pats[i], 32, "kata%zuz", i * 7919 % 100000);
    e[i] = (sr_patset_entry){pats[i], strlen(pats[i]), 0};
  }
  size_t tl = 32u << 20;
  char *text = malloc(tl);
  for (size_t i = 0; i < tl; i++) text[i] = "lorem ipsum dolor sit amet, "[i % 28];
  /* Plant three known entries at known places. */
  size_t at[3] = {100, tl / 2, tl - 20};
  size_t which[3] = {0, 5000, 9999};
  for (int j = 0; j < 3; j++) memcpy(text + at[j], pats[which[j]], strlen(pats[which[j]]));
  for (size_t k = 0; k < 2; k++) {
    sr_patset *set = NULL;
    assert_int_equal(sr_patset_compile(e, np, engines[k], &set, NULL, 0, NULL), 0);
    sr_patset_scratch *sc = sr_patset_scratch_new();
    const sr_patmatch *m;
    long n = sr_patset_scan(set, sc, text, tl, SR_PATSET_LONGEST, &m, NULL);
    assert_int_equal(n, 3);
    for (int j = 0; j < 3; j++) {
      assert_int_equal(m[j].start, at[j]);
      assert_int_equal(m[j].index, which[j]);
    }
    assert_int_equal(sr_patset_test(set, sc, text, tl, NULL), 1);
    sr_patset_scratch_free(sc);
    sr_patset_free(set);
  }
  for (size_t i = 0; i < np; i++) free(pats[i]);
  free(pats);
  free(e);
  free(text);
}

/* Sets compiled from the same entries and flags share one compiled
 * database (core/text/patset.c): each must scan right whichever of them is
 * freed first, and a set with other flags must not get the shared one. */
static void scan_fmt(const sr_patset *set, const char *text, char *buf, size_t cap) {
  sr_patset_scratch *sc = sr_patset_scratch_new();
  const sr_patmatch *m;
  long got = sr_patset_scan(set, sc, text, strlen(text), SR_PATSET_LONGEST, &m, NULL);
  assert_true(got >= 0);
  fmt(m, got, buf, cap);
  sr_patset_scratch_free(sc);
}

/* One scratch used with a small set, then with larger ones and back: each
 * database gets a scratch prepared for it (release Hyperscan checks only
 * part of a scratch's sizes; a fuzzer found a read out of bounds when a
 * scratch made for one word set was used with another). */
static void test_scratch_many_sets(void **state) {
  (void)state;
  const char *small[] = {"a"};
  const char *words[] = {"the", "of", "said", "bagaimanapun", "pertanggungjawabannya", "~[0-9]+ km",
                         "~(ab|cd)+ef", "yang", "dan"};
  sr_patset *sets[3];
  sets[0] = make(small, 1, SR_PATSET_CASELESS | SR_PATSET_WORDS);
  sets[1] = make(words, 9, SR_PATSET_CASELESS | SR_PATSET_WORDS);
  sets[2] = make(words, 9, 0);
  sr_patset_scratch *sc = sr_patset_scratch_new();
  assert_non_null(sc);
  const char *text = "A said the 12 km of yang dan ababef Bagaimanapun a";
  long want[3];
  for (int i = 0; i < 3; i++) {
    sr_patset_scratch *own = sr_patset_scratch_new();
    const sr_patmatch *m;
    want[i] = sr_patset_scan(sets[i], own, text, strlen(text), SR_PATSET_LONGEST, &m, NULL);
    sr_patset_scratch_free(own);
  }
  for (int round = 0; round < 50; round++)
    for (int i = 0; i < 3; i++) {
      const sr_patmatch *m;
      long got = sr_patset_scan(sets[i], sc, text, strlen(text), SR_PATSET_LONGEST, &m, NULL);
      assert_int_equal(got, want[i]);
    }
  sr_patset_scratch_free(sc);
  for (int i = 0; i < 3; i++) sr_patset_free(sets[i]);
}

/* A text that ends on the last byte of a page followed by an unreadable
 * page: Hyperscan 5.4's AVX512VBMI literal matcher reads past the end of
 * the text, so patset scans a padded copy of such texts (on CPUs without
 * AVX512VBMI the test passes either way). */
static void test_text_at_page_end(void **state) {
  (void)state;
  const char *words[] = {"bat", "cat", "mat", "rat", "fat", "sat", "pat", "hat", "vat", "the", "di"};
  sr_patset *set = make(words, 11, SR_PATSET_CASELESS | SR_PATSET_WORDS);
  sr_patset_scratch *sc = sr_patset_scratch_new();
  long page = sysconf(_SC_PAGESIZE);
  char *map = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(map != MAP_FAILED);
  assert_int_equal(mprotect(map + page, (size_t)page, PROT_NONE), 0);
  const char *text = "VAt hat pat sat fat rat mat ca the di";
  for (size_t len = 1; len <= strlen(text); len++) {
    char *at = map + page - len;
    memcpy(at, text, len);
    const sr_patmatch *m;
    long got = sr_patset_scan(set, sc, at, len, SR_PATSET_LONGEST, &m, NULL);
    assert_true(got >= 0);
  }
  const sr_patmatch *m;
  size_t len = strlen(text);
  long got = sr_patset_scan(set, sc, map + page - len, len, SR_PATSET_LONGEST, &m, NULL);
  assert_int_equal(got, 9);
  munmap(map, (size_t)page * 2);
  sr_patset_scratch_free(sc);
  sr_patset_free(set);
}

static void test_shared_compiles(void **state) {
  (void)state;
  const char *pats[] = {"new york", "york", "~[0-9]+ km"};
  const char *text = "New York is 12 km from new york";
  char b1[256], b2[256], b3[256];
  for (int order = 0; order < 2; order++) {
    sr_patset *a = make(pats, 3, 0);
    sr_patset *b = make(pats, 3, 0);
    sr_patset *c = make(pats, 3, SR_PATSET_CASELESS);
    scan_fmt(a, text, b1, sizeof b1);
    scan_fmt(c, text, b3, sizeof b3);
    assert_string_equal(b1, "2:12-17,0:23-31,");
    assert_string_equal(b3, "0:0-8,2:12-17,0:23-31,");
    if (order == 0) {
      sr_patset_free(a);
      scan_fmt(b, text, b2, sizeof b2);
      sr_patset_free(b);
    } else {
      sr_patset_free(b);
      scan_fmt(a, text, b2, sizeof b2);
      sr_patset_free(a);
    }
    assert_string_equal(b1, b2);
    /* After the last reference is gone, a new compile works again. */
    sr_patset *d = make(pats, 3, 0);
    scan_fmt(d, text, b2, sizeof b2);
    assert_string_equal(b1, b2);
    sr_patset_free(d);
    sr_patset_free(c);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_longest),       cmocka_unit_test(test_words),
    cmocka_unit_test(test_caseless),      cmocka_unit_test(test_regex_entries),
    cmocka_unit_test(test_nul_and_empty), cmocka_unit_test(test_bad_regex),
    cmocka_unit_test(test_invalid_utf8),  cmocka_unit_test(test_random_vs_reference),
    cmocka_unit_test(test_big),           cmocka_unit_test(test_shared_compiles),
    cmocka_unit_test(test_scratch_many_sets),
    cmocka_unit_test(test_text_at_page_end),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
