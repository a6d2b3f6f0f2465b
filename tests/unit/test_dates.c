/* Unit tests of core/text/dates.c: the forms of Indonesian, Malay and English
 * news pages, validation, spans, and inputs that must not be dates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/dates.h"

/* The first date of s as "YYYY-MM-DD" (or "" when none) plus its span. */
static const char *first(const char *s, sr_loc_lang lang, sr_date *d) {
  static char buf[40];
  if (!sr_date_find(s, strlen(s), 0, lang, d)) return "";
  sr_date_format(d, buf);
  return buf;
}

static void expect(const char *s, const char *ymd, const char *span) {
  sr_date d;
  const char *got = first(s, SR_LOC_AUTO, &d);
  if (strcmp(got, ymd) != 0) fail_msg("%s: got '%s', want '%s'", s, got, ymd);
  if (span) {
    char text[128];
    snprintf(text, sizeof text, "%.*s", (int)(d.end - d.start), s + d.start);
    if (strcmp(text, span) != 0) fail_msg("%s: span '%s', want '%s'", s, text, span);
  }
}

static void expect_none(const char *s) {
  sr_date d;
  if (sr_date_find(s, strlen(s), 0, SR_LOC_AUTO, &d))
    fail_msg("%s: unexpected date at %zu..%zu", s, d.start, d.end);
}

static void expect_time(const char *s, const char *iso) {
  sr_date d;
  assert_true(sr_date_find(s, strlen(s), 0, SR_LOC_AUTO, &d));
  char buf[32];
  sr_date_format_time(&d, buf, sizeof buf);
  if (strcmp(buf, iso) != 0) fail_msg("%s: time '%s', want '%s'", s, buf, iso);
}

static void test_forms(void **state) {
  (void)state;
  expect("Selasa (17/6/2025)", "2025-06-17", "Selasa (17/6/2025)");
  expect("17/06/2025", "2025-06-17", "17/06/2025");
  expect("17-6-2025", "2025-06-17", "17-6-2025");
  expect("2025-06-17", "2025-06-17", "2025-06-17");
  expect("30 April 2025 | 12:30 WIB", "2025-04-30", "30 April 2025 | 12:30 WIB");
  expect("Rabu, 30 April 2025 12:30", "2025-04-30", "Rabu, 30 April 2025 12:30");
  expect("6 Nov 2025, 07:00", "2025-11-06", "6 Nov 2025, 07:00");
  expect("Jun 17, 2025", "2025-06-17", "Jun 17, 2025");
  expect("June 17, 2025 10:21 AM", "2025-06-17", "June 17, 2025 10:21 AM");
  expect("Khamis, 6 Mac 2025 @ 10:12am", "2025-03-06", "Khamis, 6 Mac 2025 @ 10:12am");
  expect("2025-06-17T10:00:00+07:00", "2025-06-17", "2025-06-17T10:00:00+07:00");
  expect("Isnin, 1 Ogos 2022", "2022-08-01", NULL);
  expect("25 Disember 2023", "2023-12-25", NULL);
  expect("15 Julai 2024", "2024-07-15", NULL);
  expect("6 Nov. 2025", "2025-11-06", "6 Nov. 2025");
  expect("1 Agt 2024", "2024-08-01", NULL);
  expect("1 Ags 2024", "2024-08-01", NULL);
  expect("1 Agu 2024", "2024-08-01", NULL);
  expect("3 Okt 2024", "2024-10-03", NULL);
  expect("9 Des. 2024", "2024-12-09", NULL);
  expect("12 Mei 2024", "2024-05-12", NULL);
  expect("March 3rd, 2021", "2021-03-03", NULL);
  expect("17-Jun-25", "2025-06-17", NULL);
  expect("17/06/25", "2025-06-17", NULL);
  expect("1/1/99", "1999-01-01", NULL);
  expect("17.06.2025", "2025-06-17", NULL);
  expect("Jum'at, 6 Nov 2025", "2025-11-06", "Jum'at, 6 Nov 2025");
  expect("Jumat (24/10/2024)", "2024-10-24", NULL);
  expect("DIPERBARUI: Senin, 28/04/2025 14:05 WIB", "2025-04-28", "Senin, 28/04/2025 14:05 WIB");
  expect("pada\xc2\xa0" "30\xc2\xa0" "April\xc2\xa0" "2025 lalu", "2025-04-30", NULL);
  expect("JANUARI: 1 JANUARI 2020", "2020-01-01", NULL);
}

static void test_times_and_zones(void **state) {
  (void)state;
  expect_time("30 April 2025 | 12:30 WIB", "2025-04-30T12:30+07:00");
  expect_time("30 April 2025 12.30 WITA", "2025-04-30T12:30+08:00");
  expect_time("30 April 2025 12:30 WIT", "2025-04-30T12:30+09:00");
  expect_time("30 April 2025 12:30 MYT", "2025-04-30T12:30+08:00");
  expect_time("30 April 2025 12:30 SGT", "2025-04-30T12:30+08:00");
  expect_time("30 April 2025 12:30 GMT", "2025-04-30T12:30+00:00");
  expect_time("30 April 2025 12:30 UTC", "2025-04-30T12:30+00:00");
  expect_time("30 April 2025 12:30 +0700", "2025-04-30T12:30+07:00");
  expect_time("30 April 2025 12:30 GMT+7", "2025-04-30T12:30+07:00");
  expect_time("2025-06-17T10:00:00Z", "2025-06-17T10:00:00+00:00");
  expect_time("2025-06-17 14:05:00", "2025-06-17T14:05:00");
  expect_time("June 17, 2025 12:05 AM", "2025-06-17T00:05");
  expect_time("June 17, 2025 12:05 PM", "2025-06-17T12:05");
  expect_time("Khamis, 6 Mac 2025 @ 10:12pm", "2025-03-06T22:12");
  expect_time("Selasa (17/6/2025) pukul 10.00 WIB", "2025-06-17T10:00+07:00");
  sr_date d;
  /* A time that is not valid leaves the date alone. */
  assert_string_equal(first("30 April 2025 25:61", SR_LOC_AUTO, &d), "2025-04-30");
  assert_int_equal(d.hour, -1);
  assert_int_equal(d.end, 13);
  /* Offsets run from -12:00 to +14:00: "-1442" is no zone (found by fuzzing). */
  expect_time("2025-06-17T10:00+14:00", "2025-06-17T10:00+14:00");
  first("2024-01-17T11:01-1442", SR_LOC_AUTO, &d);
  assert_false(d.has_tz);
  /* "10.000" after a date is a number, not a time. */
  assert_string_equal(first("28 April 2025, 10.000 orang", SR_LOC_AUTO, &d), "2025-04-28");
  assert_int_equal(d.hour, -1);
  assert_string_equal(d.tz, "");
}

static void test_order(void **state) {
  (void)state;
  sr_date d;
  assert_string_equal(first("6/7/2025", SR_LOC_AUTO, &d), "2025-07-06");
  assert_string_equal(first("6/7/2025", SR_LOC_ID, &d), "2025-07-06");
  assert_string_equal(first("6/7/2025", SR_LOC_MS, &d), "2025-07-06");
  assert_string_equal(first("6/7/2025", SR_LOC_EN, &d), "2025-06-07");
  /* The only valid reading wins in every language. */
  assert_string_equal(first("6/17/2025", SR_LOC_AUTO, &d), "2025-06-17");
  assert_string_equal(first("17/6/2025", SR_LOC_EN, &d), "2025-06-17");
}

static void test_not_dates(void **state) {
  (void)state;
  expect_none("");
  expect_none("31/2/2025");
  expect_none("29/2/2023");
  expect_none("31 April 2025");
  expect_none("0/5/2025");
  expect_none("13/13/2025 32/1/2025");
  expect_none("tahun 2025");
  expect_none("pukul 12:30 WIB");
  expect_none("5.000 orang, 1.234.567 dan 1,3 juta");
  expect_none("28 April");
  expect_none("April 2025");
  expect_none("1/2 porsi, 3/4 bagian, 24/7");
  expect_none("17/6/2025/1");
  expect_none("0812-17-6-2025");
  expect_none("1.2.2025.3");
  expect_none("x17/6/2025");
  expect_none("17 Aprilia 2025");
  expect_none("30 April 20255");
  expect_none("9999-99-99");
  assert_true(sr_date_valid(2024, 2, 29));
  assert_false(sr_date_valid(1900, 2, 29));
  assert_true(sr_date_valid(2000, 2, 29));
  assert_false(sr_date_valid(2025, 4, 31));
}

static void test_find_all_spans(void **state) {
  (void)state;
  const char *s = "Dari 17/6/2025 hingga Rabu, 30 April 2026 | 12:30 WIB dan 2027-01-02.";
  size_t len = strlen(s), from = 0;
  const char *want[] = {"2025-06-17", "2026-04-30", "2027-01-02"};
  int n = 0;
  sr_date d;
  while (sr_date_find(s, len, from, SR_LOC_AUTO, &d)) {
    char buf[11];
    assert_true(n < 3);
    sr_date_format(&d, buf);
    assert_string_equal(buf, want[n]);
    assert_true(d.start < d.end && d.end <= len);
    assert_true(d.start >= from);
    from = d.end;
    n++;
  }
  assert_int_equal(n, 3);
}

static void test_binary_and_huge(void **state) {
  (void)state;
  /* NUL bytes and invalid UTF-8 around a date. */
  const char s[] = "\xff\xfe\0 17/6/2025 \0\xc3";
  sr_date d;
  assert_true(sr_date_find(s, sizeof s - 1, 0, SR_LOC_AUTO, &d));
  assert_int_equal(d.start, 4);
  assert_int_equal(d.end, 13);
  /* A text cut inside a date or a time. */
  assert_false(sr_date_find("17/6/20", 6, 0, SR_LOC_AUTO, &d));
  assert_true(sr_date_find("30 April 2025 12:3", 18, 0, SR_LOC_AUTO, &d));
  assert_int_equal(d.end, 13);
  /* 4 MB of digits and separators: linear time, nothing found. */
  size_t n = 4u << 20;
  char *big = malloc(n);
  assert_non_null(big);
  for (size_t i = 0; i < n; i++) big[i] = "12/3-4.5 "[i % 9];
  size_t from = 0, count = 0;
  while (sr_date_find(big, n, from, SR_LOC_AUTO, &d)) {
    assert_true(d.end <= n);
    from = d.end;
    count++;
  }
  assert_int_equal(count, 0);
  /* A date at the very end. */
  memcpy(big + n - 11, " 17/06/2025", 11);
  assert_true(sr_date_find(big, n, n - 20, SR_LOC_AUTO, &d));
  assert_int_equal(d.end, n);
  free(big);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_forms),        cmocka_unit_test(test_times_and_zones),
    cmocka_unit_test(test_order),        cmocka_unit_test(test_not_dates),
    cmocka_unit_test(test_find_all_spans), cmocka_unit_test(test_binary_and_huge),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
