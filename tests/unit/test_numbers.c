/* Unit tests of core/text/numbers.c: separator rules per language, scale
 * words, currencies, percents, units, and the things that are not
 * quantities (dates, times, years, identifiers, phone numbers, ordinals). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/numbers.h"

static void expect_parse(const char *s, sr_loc_lang lang, double want) {
  sr_quantity q;
  int rc = sr_number_parse(s, strlen(s), lang, &q);
  if (rc != 0) fail_msg("parse '%s' (lang %d): rc %d", s, (int)lang, rc);
  if (q.value != want) fail_msg("parse '%s' (lang %d): %.17g, want %.17g", s, (int)lang, q.value, want);
}

static void expect_parse_fail(const char *s, int want_rc) {
  sr_quantity q;
  int rc = sr_number_parse(s, strlen(s), SR_LOC_AUTO, &q);
  if (rc != want_rc) fail_msg("parse '%s': rc %d, want %d", s, rc, want_rc);
}

static void test_parse(void **state) {
  (void)state;
  expect_parse("5.000", SR_LOC_AUTO, 5000);
  expect_parse("5.000", SR_LOC_ID, 5000);
  expect_parse("5.000", SR_LOC_EN, 5);
  expect_parse("1.234.567,89", SR_LOC_ID, 1234567.89);
  expect_parse("1.234.567,89", SR_LOC_AUTO, 1234567.89);
  expect_parse("1,234,567.89", SR_LOC_EN, 1234567.89);
  expect_parse("1,234,567.89", SR_LOC_AUTO, 1234567.89);
  expect_parse("1,3 juta", SR_LOC_ID, 1300000);
  expect_parse("1,3 juta", SR_LOC_AUTO, 1300000);
  expect_parse("Rp 1,2 triliun", SR_LOC_ID, 1.2e12);
  expect_parse("Rp1.200.000", SR_LOC_AUTO, 1200000);
  expect_parse("2,5 persen", SR_LOC_ID, 2.5);
  expect_parse("US$ 3,5 miliar", SR_LOC_ID, 3.5e9);
  expect_parse("12,500", SR_LOC_EN, 12500);
  expect_parse("12,500", SR_LOC_AUTO, 12500);
  expect_parse("12,500", SR_LOC_ID, 12.5);
  expect_parse("3.5 million", SR_LOC_EN, 3.5e6);
  expect_parse("$1.2bn", SR_LOC_EN, 1.2e9);
  expect_parse("$5m", SR_LOC_EN, 5e6);
  expect_parse("2.5 per cent", SR_LOC_EN, 2.5);
  expect_parse("RM 4,5 bilion", SR_LOC_MS, 4.5e9);
  expect_parse("20 ribu", SR_LOC_MS, 20000);
  expect_parse("10k", SR_LOC_AUTO, 10000);
  expect_parse("2.5", SR_LOC_AUTO, 2.5);
  expect_parse("2.5", SR_LOC_ID, 2.5);
  expect_parse("0,125", SR_LOC_AUTO, 0.125);
  expect_parse("  600  ", SR_LOC_AUTO, 600);
  expect_parse("40%", SR_LOC_AUTO, 40);
  expect_parse("7 peratus", SR_LOC_MS, 7);
  expect_parse("5 trillion", SR_LOC_EN, 5e12);
  expect_parse("999999999999999", SR_LOC_AUTO, 999999999999999.0);
  expect_parse_fail("", SR_EINVAL);
  expect_parse_fail("abc", SR_EINVAL);
  expect_parse_fail("5.000 orang banyak", SR_EINVAL);
  expect_parse_fail("1.2.3", SR_EINVAL);
  expect_parse_fail("99999999999999999999", SR_ELIMIT);
  expect_parse_fail("1234567890123456", SR_ELIMIT);
  expect_parse_fail("G20", SR_EINVAL);
}

typedef struct found {
  int n;
  char text[16][64];
  double value[16];
  char unit[16][32];
  sr_qty_kind kind[16];
  const char *currency[16];
  size_t len;
} found;

static int collect(const sr_quantity *q, void *arg) {
  found *f = arg;
  assert_true(q->start < q->end && q->end <= f->len);
  assert_true(q->num_start >= q->start && q->num_end <= q->end);
  if (f->n < 16) {
    f->value[f->n] = q->value;
    f->kind[f->n] = q->kind;
    f->currency[f->n] = q->currency;
    f->unit[f->n][0] = '\0';
    f->n++;
  } else {
    f->n++;
  }
  return 0;
}

static found scan(const char *s, sr_loc_lang lang) {
  found f;
  memset(&f, 0, sizeof f);
  f.len = strlen(s);
  /* Keep texts and units through a second pass with spans. */
  sr_number_find_all(s, f.len, lang, collect, &f);
  return f;
}

typedef struct spans {
  const char *s;
  int n;
  char out[512];
} spans;

static int describe(const sr_quantity *q, void *arg) {
  spans *sp = arg;
  size_t used = strlen(sp->out);
  snprintf(sp->out + used, sizeof sp->out - used, "%s[%.*s=%.15g %s%s%.*s]", sp->n ? " " : "",
           (int)(q->end - q->start), sp->s + q->start, q->value, sr_qty_kind_name(q->kind),
           q->unit_end > q->unit_start ? " " : "", (int)(q->unit_end - q->unit_start),
           sp->s + q->unit_start);
  sp->n++;
  return 0;
}

static void expect_scan(const char *s, sr_loc_lang lang, const char *want) {
  spans sp;
  memset(&sp, 0, sizeof sp);
  sp.s = s;
  sr_number_find_all(s, strlen(s), lang, describe, &sp);
  if (strcmp(sp.out, want) != 0) fail_msg("scan '%s':\n got  %s\n want %s", s, sp.out, want);
}

static void test_find_all(void **state) {
  (void)state;
  expect_scan("Sebanyak 5.000 orang dan 1,3 juta personel dikerahkan.", SR_LOC_AUTO,
              "[5.000=5000 count orang] [1,3 juta=1300000 count personel]");
  expect_scan("Anggaran Rp 1,2 triliun naik 2,5 persen dari US$ 3,5 miliar.", SR_LOC_ID,
              "[Rp 1,2 triliun=1200000000000 money] [2,5 persen=2.5 percent] "
              "[US$ 3,5 miliar=3500000000 money]");
  expect_scan("About 12,500 people and $1.2bn, up 2.5 per cent.", SR_LOC_EN,
              "[12,500=12500 count people] [$1.2bn=1200000000 money] [2.5 per cent=2.5 percent]");
  expect_scan("Ada 5.000 ton beras, 10 km jalan dan 3 tahun proyek.", SR_LOC_AUTO,
              "[5.000=5000 measure ton] [10=10 measure km] [3=3 duration tahun]");
  expect_scan("Kerajaan memperuntukkan RM10 juta dan 5 juta ringgit.", SR_LOC_MS,
              "[RM10 juta=10000000 money] [5 juta ringgit=5000000 money]");
  expect_scan("dibantu 40% warga dan 600 di antaranya", SR_LOC_AUTO,
              "[40%=40 percent warga] [600=600 count]");
}

static void test_not_quantities(void **state) {
  (void)state;
  expect_scan("Pada 17/6/2025 dan 28 April 2025 serta 28 April lalu.", SR_LOC_AUTO, "");
  expect_scan("pukul 12:30 dan pukul 07.00 WIB, juga 10.00-12.00 dan jam 9", SR_LOC_AUTO, "");
  expect_scan("senapan AK-12, RPG-7, jet F-16, KTT G20, jaringan 5G, urutan ke-3, the 3rd", SR_LOC_AUTO, "");
  expect_scan("hubungi 0812-3456-7890 atau +6281234567890", SR_LOC_AUTO, "");
  expect_scan("sejak 2020, tahun 2025 lalu, pada 2019 silam, Pemilu 2024", SR_LOC_AUTO, "");
  expect_scan("kode 99999999999999999999 dan 1.2.3.4", SR_LOC_AUTO, "");
  expect_scan("tahun 1990-an, skor 3:1, rasio 1/2", SR_LOC_AUTO, "");
  /* A year with a separator or a unit is a count. */
  expect_scan("2.000 orang dan 2025 peserta", SR_LOC_AUTO,
              "[2.000=2000 count orang] [2025=2025 count peserta]");
}

static void test_edges(void **state) {
  (void)state;
  found f = scan("", SR_LOC_AUTO);
  assert_int_equal(f.n, 0);
  /* NUL bytes and invalid UTF-8 are just separators. */
  const char bin[] = "\xff 5.000\0orang \xc3(7) \xe2\x80";
  f.len = sizeof bin - 1;
  f.n = 0;
  sr_number_find_all(bin, sizeof bin - 1, SR_LOC_AUTO, collect, &f);
  assert_int_equal(f.n, 2);
  assert_true(f.value[0] == 5000 && f.value[1] == 7);
  /* A number at the very end and one cut before its scale. */
  f = scan("total 42", SR_LOC_AUTO);
  assert_int_equal(f.n, 1);
  f = scan("Rp", SR_LOC_AUTO);
  assert_int_equal(f.n, 0);
  /* Huge input: 4 MB of "1.000 " runs, all found, linear time. */
  size_t n = 4u << 20;
  char *big = malloc(n);
  assert_non_null(big);
  for (size_t i = 0; i < n; i++) big[i] = "1.000 "[i % 6];
  found g;
  memset(&g, 0, sizeof g);
  g.len = n;
  sr_number_find_all(big, n, SR_LOC_AUTO, collect, &g);
  assert_int_equal(g.n, (int)((n + 5) / 6)); /* the last "1.00" too */
  /* One digit run of 4 MB: too many digits, skipped. */
  memset(big, '7', n);
  memset(&g, 0, sizeof g);
  g.len = n;
  sr_number_find_all(big, n, SR_LOC_AUTO, collect, &g);
  assert_int_equal(g.n, 0);
  free(big);
  /* A callback can stop the scan. */
  assert_string_equal(sr_qty_kind_name(SR_QTY_MONEY), "money");
}

static int stop_cb(const sr_quantity *q, void *arg) {
  (void)q;
  (*(int *)arg)++;
  return 7;
}

static void test_stop(void **state) {
  (void)state;
  int calls = 0;
  assert_int_equal(sr_number_find_all("1 2 3", 5, SR_LOC_AUTO, stop_cb, &calls), 7);
  assert_int_equal(calls, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_parse), cmocka_unit_test(test_find_all),
    cmocka_unit_test(test_not_quantities), cmocka_unit_test(test_edges),
    cmocka_unit_test(test_stop),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
