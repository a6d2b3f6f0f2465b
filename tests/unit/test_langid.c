/* Unit tests of core/text/langid.c on sentences written for these tests
 * (tests/unit/data/langid_sentences.tsv): every sentence must get its
 * language, including short ones and Indonesian text quoting English. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include <cmocka.h>

#include "text/langid.h"

static const char *source_dir(void) {
  const char *d = getenv("SARING_SOURCE_DIR");
#ifdef SARING_SOURCE_DIR
  if (d == NULL || d[0] == '\0') d = SARING_SOURCE_DIR;
#endif
  return d ? d : ".";
}

/* Whether `code` is one of the comma-separated codes in `want`. */
static int accepted(const char *want, const char *code) {
  size_t n = strlen(code);
  for (const char *p = want; *p;) {
    const char *e = strchr(p, ',');
    size_t m = e ? (size_t)(e - p) : strlen(p);
    if (m == n && memcmp(p, code, n) == 0) return 1;
    if (!e) break;
    p = e + 1;
  }
  return 0;
}

static void test_sentences(void **state) {
  (void)state;
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/unit/data/langid_sentences.tsv", source_dir());
  FILE *f = fopen(path, "r");
  if (f == NULL) fail_msg("cannot open %s", path);
  char line[8192];
  int total = 0, wrong = 0, per_lang[SR_LANG_N] = {0};
  while (fgets(line, sizeof line, f)) {
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
    if (n == 0 || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    assert_non_null(tab);
    *tab = '\0';
    const char *text = tab + 1;
    sr_lang_result r;
    sr_lang_detect(text, strlen(text), 0, &r);
    const char *got = sr_lang_code(r.best);
    total++;
    int l = sr_lang_from_code(line);
    if (l >= 0) per_lang[l]++;
    if (!accepted(line, got)) {
      wrong++;
      print_message("wrong: want %s got %s (%.2f): %s\n", line, got, r.confidence, text);
    }
    /* Scores are probabilities. */
    double sum = 0;
    for (int k = 0; k < SR_LANG_N; k++) {
      assert_true(r.scores[k] >= 0 && r.scores[k] <= 1);
      sum += r.scores[k];
    }
    assert_true(sum > 0.999 && sum < 1.001);
  }
  fclose(f);
  for (int k = 0; k < SR_LANG_N; k++) assert_true(per_lang[k] >= 20);
  print_message("%d sentences, %d wrong\n", total, wrong);
  assert_int_equal(wrong, 0);
}

static void test_candidates(void **state) {
  (void)state;
  const char *s = "Kerajaan berkata bahawa wang itu sahaja tidak mencukupi kerana kos meningkat.";
  sr_lang_result r;
  sr_lang_detect(s, strlen(s), 0, &r);
  assert_string_equal(sr_lang_code(r.best), "ms");
  /* Without Malay among the candidates, Indonesian is the closest. */
  sr_lang_detect(s, strlen(s), (1u << SR_LANG_ID) | (1u << SR_LANG_EN), &r);
  assert_string_equal(sr_lang_code(r.best), "id");
  assert_true(r.scores[SR_LANG_MS] == 0);
  assert_true(r.scores[SR_LANG_JV] == 0);
  assert_int_equal(sr_lang_from_code("su"), SR_LANG_SU);
  assert_int_equal(sr_lang_from_code("fr"), -1);
  assert_string_equal(sr_lang_code(-1), "und");
}

static void test_edges(void **state) {
  (void)state;
  sr_lang_result r;
  sr_lang_detect("", 0, 0, &r);
  assert_int_equal(r.best, -1);
  assert_int_equal(r.tokens, 0);
  sr_lang_detect(NULL, 0, 0, &r);
  assert_int_equal(r.best, -1);
  /* NUL bytes and invalid UTF-8 separate words. */
  const char bin[] = "the\0government\xffsaid\xc3 that\x80it would";
  sr_lang_detect(bin, sizeof bin - 1, 0, &r);
  assert_string_equal(sr_lang_code(r.best), "en");
  /* Upper case and NFD accents fold: Sundanese "ÉTA" + combining acute. */
  const char *su = "IEU T\xc3\x89H BUKU ANU PANG ALUSNA, JEUNG E\xcc\x81TA OGE";
  sr_lang_detect(su, strlen(su), 0, &r);
  assert_string_equal(sr_lang_code(r.best), "su");
  /* A word longer than the buffer is counted, not looked up. */
  char longw[200];
  memset(longw, 'a', sizeof longw - 1);
  longw[sizeof longw - 1] = '\0';
  sr_lang_detect(longw, strlen(longw), 0, &r);
  assert_int_equal(r.tokens, 1);
  assert_int_equal(r.best, -1);
}

static void test_huge(void **state) {
  (void)state;
  /* 8 MB: only the sample is read, so this is instant; the cut lands in the
   * middle of a multibyte character and must not split it. */
  size_t n = 8u << 20;
  char *big = malloc(n);
  assert_non_null(big);
  const char *unit = "pemerintah bilang karena \xc3\xa9 ";
  size_t ul = strlen(unit);
  for (size_t i = 0; i < n; i++) big[i] = unit[i % ul];
  sr_lang_result r;
  sr_lang_detect(big, n, 0, &r);
  assert_string_equal(sr_lang_code(r.best), "id");
  assert_true(r.tokens < SR_LANG_SAMPLE);
  free(big);
}

static void *worker(void *arg) {
  const char *s = arg;
  for (int i = 0; i < 2000; i++) {
    sr_lang_result r;
    sr_lang_detect(s, strlen(s), 0, &r);
    if (r.best != SR_LANG_EN) return (void *)1;
  }
  return NULL;
}

static void test_threads(void **state) {
  (void)state;
  /* The table is built once by whichever thread comes first. */
  pthread_t t[4];
  char *s = "The government said it would respond firmly together with its partners.";
  for (int i = 0; i < 4; i++) assert_int_equal(pthread_create(&t[i], NULL, worker, s), 0);
  for (int i = 0; i < 4; i++) {
    void *rv;
    pthread_join(t[i], &rv);
    assert_null(rv);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_threads), cmocka_unit_test(test_sentences),
    cmocka_unit_test(test_candidates), cmocka_unit_test(test_edges), cmocka_unit_test(test_huge),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
