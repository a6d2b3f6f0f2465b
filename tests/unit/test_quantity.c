/* Unit tests for core/text/quantity.c: the quantity finder, on a small word
 * list built by hand (the news pipeline's tables are tested through
 * tests/lua/test_news_stages.lua and the quality gate). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/quantity.h"

static sr_qty *finder;
static sr_qty_work *work;

static void add(sr_qty_list list, const char *w) {
  assert_int_equal(sr_qty_add(finder, list, w, strlen(w), NULL), 0);
}

static void add_factor(sr_qty_list list, const char *w, int is_int, double f) {
  sr_qty_num n = {is_int, (int64_t)f, is_int ? 0 : f};
  assert_int_equal(sr_qty_add(finder, list, w, strlen(w), &n), 0);
}

static int setup(void **state) {
  (void)state;
  finder = sr_qty_new();
  work = sr_qty_work_new();
  if (!finder || !work) return -1;
  add_factor(SR_QTY_SCALE, "juta", 0, 1e6);
  add_factor(SR_QTY_SCALE, "billion", 0, 1e9);
  add_factor(SR_QTY_SCALE, "ribu", 0, 1e3);
  add_factor(SR_QTY_GLUED, "mw", 1, 1);
  add_factor(SR_QTY_GLUED, "kg", 1, 1);
  add_factor(SR_QTY_GLUED, "bil", 0, 1e9);
  add_factor(SR_QTY_GLUED, "m", 0, 1e6);
  add(SR_QTY_SCALE_GLUED, "m");
  add(SR_QTY_TIME_UNITS, "tahun");
  add(SR_QTY_TIME_UNITS, "year");
  add(SR_QTY_PREV_EXCL, "tanggal");
  add(SR_QTY_PREV_EXCL, "aged");
  add(SR_QTY_COUNT_NOUNS, "orang");
  add(SR_QTY_PERCENT, "persen");
  add(SR_QTY_FUNCTION, "di");
  add(SR_QTY_FUNCTION, "the");
  add(SR_QTY_MONTHS, "april");
  add(SR_QTY_CURRENCY, "US$");
  add(SR_QTY_CURRENCY, "RM");
  add(SR_QTY_CURRENCY, "\xE2\x82\xAC");
  add(SR_QTY_CURRENCY_DOT, "Rp");
  add(SR_QTY_BARE_CURRENCY, "P");
  add(SR_QTY_SIZE_NOUNS, "container");
  return 0;
}

static int teardown(void **state) {
  (void)state;
  sr_qty_free(finder);
  sr_qty_work_free(work);
  return 0;
}

/* "start-stop=value[unit]" of each quantity, joined with '|' (values as %g
 * with an "i" for integers); checks that spans lie in the text, in order. */
static const char *find(const char *s, const char *lang) {
  static char buf[4096];
  const sr_qty_span *sp;
  size_t len = strlen(s);
  long n = sr_qty_find_all(finder, work, s, len, lang, &sp);
  assert_true(n >= 0);
  size_t o = 0, last = 0;
  buf[0] = '\0';
  for (long i = 0; i < n; i++) {
    assert_true(sp[i].start > last);
    assert_true(sp[i].start <= sp[i].stop && sp[i].stop <= len);
    last = sp[i].stop;
    char val[64], unit[64] = "";
    if (sp[i].value.is_int)
      snprintf(val, sizeof val, "%lldi", (long long)sp[i].value.i);
    else
      snprintf(val, sizeof val, "%.17g", sp[i].value.d);
    if (sp[i].unit_start) {
      assert_true(sp[i].unit_start <= sp[i].unit_stop && sp[i].unit_stop <= sp[i].stop);
      snprintf(unit, sizeof unit, "[%.*s]", (int)(sp[i].unit_stop - sp[i].unit_start + 1),
               s + sp[i].unit_start - 1);
    }
    int w = snprintf(buf + o, sizeof buf - o, "%s%zu-%zu=%s%s", i ? "|" : "", sp[i].start,
                     sp[i].stop, val, unit);
    assert_true(w > 0 && (size_t)w < sizeof buf - o);
    o += (size_t)w;
  }
  return buf;
}

static void test_add_errors(void **state) {
  (void)state;
  sr_qty_num one = {1, 1, 0};
  assert_int_equal(sr_qty_add(finder, SR_QTY_PERCENT, "", 0, NULL), SR_EINVAL);
  assert_int_equal(sr_qty_add(finder, SR_QTY_SCALE, "x", 1, NULL), SR_EINVAL);
  assert_int_equal(sr_qty_add(finder, SR_QTY_GLUED, "x", 1, NULL), SR_EINVAL);
  assert_int_equal(sr_qty_add(finder, SR_QTY_NLISTS, "x", 1, &one), SR_EINVAL);
  char longw[SR_QTY_WORD_MAX + 2];
  memset(longw, 'a', sizeof longw);
  assert_int_equal(sr_qty_add(finder, SR_QTY_PERCENT, longw, sizeof longw, NULL), SR_EINVAL);
  assert_string_equal(find("", "id"), "");
  assert_string_equal(find("tanpa angka", NULL), "");
}

static void test_separators(void **state) {
  (void)state;
  /* Indonesian: full stops group, a comma is the decimal separator */
  assert_string_equal(find("ada 5.000 warga", "id"), "5-15=5000i[warga]");
  assert_string_equal(find("naik 1,5 persen", "id"), "6-15=1.5[persen]");
  assert_string_equal(find("1,3 juta", "id"), "1-8=1300000i");
  /* English: commas group, a full stop is the decimal separator */
  assert_string_equal(find("about 5,000 people", "en"), "7-18=5000i[people]");
  assert_string_equal(find("US$2.5 billion", "en"), "1-14=2500000000i");
  /* both: the later one is the decimal separator */
  assert_string_equal(find("1.234,5 di", "id"), "1-7=1234.5");
  assert_string_equal(find("1,234.5 di", "en"), "1-7=1234.5");
  /* no language reads as Indonesian */
  assert_string_equal(find("5.000 di", NULL), "1-5=5000i");
  assert_string_equal(find("0,1 di", "en"), "1-3=0.10000000000000001");
}

static void test_exclusions(void **state) {
  (void)state;
  assert_string_equal(find("tanggal 5 x", "id"), "");        /* previous word */
  assert_string_equal(find("pada 28 April 2025", "id"), ""); /* a date */
  assert_string_equal(find("selama 3 tahun", "id"), "");     /* a duration */
  assert_string_equal(find("pada 2024 lalu", "id"), "");     /* a year */
  assert_string_equal(find("2000 orang", "id"), "1-10=2000i[orang]");
  assert_string_equal(find("at 07.00 x", "id"), ""); /* a clock time, but not in English */
  assert_string_equal(find("at 07.00 x", "en"), "4-10=7i[x]");
  assert_string_equal(find("COVID-19 x", "id"), "");          /* an identifier */
  assert_string_equal(find("skor 2-1 x", "id"), "");          /* a score */
  assert_string_equal(find("(45) x", "id"), "");
  assert_string_equal(find("1. Item", "id"), "");             /* a list number */
  assert_string_equal(find("telp (021) 555 1234", "id"), ""); /* a phone */
  assert_string_equal(find("aged 60 to 74", "en"), "");       /* a range's upper end */
  assert_string_equal(find("Maria Lamba, 41, a farmer", "en"), "");
  assert_string_equal(find("P2 x", "en"), "");                /* a bare sign without a scale */
  assert_string_equal(find("P1.2 billion", "en"), "1-12=1200000000i");
  assert_string_equal(find("5m x", "en"), "");                /* a glued scale needs a sign */
  assert_string_equal(find("RM5m x", "ms"), "1-4=5000000i[m]");
  assert_string_equal(find("FY2025 to 7 x", "en"), "11-13=7i[x]"); /* an identifier opens no range */
  assert_string_equal(find("3 to 5 April x", "en"), "");             /* a range of days */
  assert_string_equal(find("3 to 5 orang", "id"), "1-4=3i[to]|6-12=5i[orang]");
  assert_string_equal(find("2 juta tahun", "id"), "");               /* a duration */
  assert_string_equal(find("2 juta tahun lalu", "id"), "1-6=2000000i"); /* last year */
  assert_string_equal(find("a 20-megawatt container", "en"), "");    /* a size class */
}

static void test_units(void **state) {
  (void)state;
  assert_string_equal(find("1,400MW x", "en"), "1-7=1400i[MW]");
  assert_string_equal(find("RM45.6bil x", "ms"), "1-9=45600000000i[bil]");
  assert_string_equal(find("a 40-megawatt plant", "en"), "3-13=40i[megawatt]");
  assert_string_equal(find("a 5-year plan", "en"), "");
  assert_string_equal(find("5% x", "en"), "1-2=5i[%]");
  assert_string_equal(find("Rp. 5.000 di", "id"), "1-9=5000i");
  assert_string_equal(find("\xE2\x82\xAC" "5 di", "en"), "1-4=5i");
  assert_string_equal(find("2 juta persen", "id"), "1-13=2000000i[persen]");
  assert_string_equal(find("US$0.955 x", "en"), "1-10=0.95499999999999996[x]"); /* no group */
  assert_string_equal(find("2.14 juta x", "ms"), "1-11=2140000i[x]"); /* no clock */
}

static void test_hostile(void **state) {
  (void)state;
  /* text ending mid-number, lone separators, invalid UTF-8, NUL bytes */
  assert_string_equal(find("5.", "id"), ""); /* read as a list number, as in Lua */
  assert_string_equal(find("x 1.234.", "id"), "3-7=1234i");
  assert_string_equal(find("x 1.234,", "en"), "3-7=1234i");
  assert_string_equal(find("x 1.23,", "en"), "3-6=1.23");
  assert_string_equal(find("\xff" "5 \x80", "id"), "");
  assert_string_equal(find("\xE2\x80\x9C" "5 di", "id"), "4-4=5i");
  const sr_qty_span *sp;
  assert_int_equal(sr_qty_find_all(finder, work, "5\0 7", 4, "id", &sp), 2);
  /* 16 characters: no quantity; a long text of numbers */
  assert_string_equal(find("1234567890123456", "id"), "");
  size_t n = 300000;
  char *s = malloc(n + 1);
  assert_non_null(s);
  for (size_t i = 0; i < n; i += 8) memcpy(s + i, "12,5 ha ", 8);
  s[n] = '\0';
  assert_int_equal(sr_qty_find_all(finder, work, s, n, "id", &sp), (long)(n / 8));
  assert_false(sp[0].value.is_int);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_add_errors), cmocka_unit_test(test_separators),
    cmocka_unit_test(test_exclusions), cmocka_unit_test(test_units),
    cmocka_unit_test(test_hostile),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
