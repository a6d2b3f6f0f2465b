/* Fuzz target: the quantity finder (core/text/quantity.c).
 *
 * The finder is built once from a small word list that reaches every rule
 * (scale words, glued units and scales, durations, excluding words, count
 * nouns, percent, function words, months, currency signs with and without a
 * full stop, a bare sign); the first input byte picks the language.
 * Invariants checked, for any bytes:
 *  - quantities lie inside the text, start <= stop, and come in text order
 *    (their starts increase); a unit lies inside its quantity.  They may
 *    overlap, as they did in Lua: a hyphenated unit can run into the
 *    currency sign of the next number ("456-kkUS$2626");
 *  - a float value is finite, and integral only beyond the integers
 *    (math.tointeger made every other integral value an integer); no value
 *    is negative;
 *  - a second call with the same scratch gives the same quantities.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/quantity.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static sr_qty *finder;
static sr_qty_work *work;

static void add(sr_qty_list list, const char *w, int is_int, double f) {
  sr_qty_num n = {is_int, (int64_t)f, is_int ? 0 : f};
  CHECK(sr_qty_add(finder, list, w, strlen(w), &n) == 0);
}

static void build(void) {
  finder = sr_qty_new();
  work = sr_qty_work_new();
  CHECK(finder && work);
  add(SR_QTY_SCALE, "juta", 0, 1e6);
  add(SR_QTY_SCALE, "billion", 0, 1e9);
  add(SR_QTY_SCALE, "triliun", 0, 1e12);
  add(SR_QTY_GLUED, "mw", 1, 1);
  add(SR_QTY_GLUED, "kg", 1, 1);
  add(SR_QTY_GLUED, "bil", 0, 1e9);
  add(SR_QTY_GLUED, "m", 0, 1e6);
  add(SR_QTY_GLUED, "t", 0, 1e12);
  add(SR_QTY_SCALE_GLUED, "m", 1, 0);
  add(SR_QTY_SCALE_GLUED, "t", 1, 0);
  add(SR_QTY_TIME_UNITS, "tahun", 1, 0);
  add(SR_QTY_TIME_UNITS, "year", 1, 0);
  add(SR_QTY_PREV_EXCL, "tanggal", 1, 0);
  add(SR_QTY_PREV_EXCL, "no", 1, 0);
  add(SR_QTY_COUNT_NOUNS, "orang", 1, 0);
  add(SR_QTY_PERCENT, "persen", 1, 0);
  add(SR_QTY_FUNCTION, "di", 1, 0);
  add(SR_QTY_MONTHS, "april", 1, 0);
  add(SR_QTY_MONTHS, "mei", 1, 0);
  add(SR_QTY_CURRENCY, "US$", 1, 0);
  add(SR_QTY_CURRENCY, "$", 1, 0);
  add(SR_QTY_CURRENCY, "RM", 1, 0);
  add(SR_QTY_CURRENCY, "\xE2\x82\xAC", 1, 0);
  add(SR_QTY_CURRENCY_DOT, "Rp", 1, 0);
  add(SR_QTY_BARE_CURRENCY, "P", 1, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!finder) build();
  if (size == 0) return 0;
  static const char *const LANGS[] = {"id", "en", "ms", NULL};
  const char *lang = LANGS[data[0] & 3];
  const char *s = (const char *)data + 1;
  size_t len = size - 1;

  const sr_qty_span *sp;
  long n = sr_qty_find_all(finder, work, s, len, lang, &sp);
  CHECK(n >= 0);
  sr_qty_span *copy = malloc((size_t)n * sizeof *copy + 1);
  CHECK(copy != NULL);
  if (n) memcpy(copy, sp, (size_t)n * sizeof *copy);
  size_t last = 0; /* the previous start */
  for (long i = 0; i < n; i++) {
    const sr_qty_span *q = &copy[i];
    CHECK(q->start > last && q->start <= q->stop && q->stop <= len);
    if (q->unit_start)
      CHECK(q->unit_start >= q->start && q->unit_start <= q->unit_stop && q->unit_stop <= q->stop);
    if (q->value.is_int)
      CHECK(q->value.i >= 0);
    else
      CHECK(isfinite(q->value.d) && q->value.d >= 0 &&
            (floor(q->value.d) != q->value.d || q->value.d >= 9223372036854775808.0));
    last = q->start;
  }
  long n2 = sr_qty_find_all(finder, work, s, len, lang, &sp);
  CHECK(n2 == n);
  CHECK(n == 0 || memcmp(copy, sp, (size_t)n * sizeof *copy) == 0);
  free(copy);
  return 0;
}
