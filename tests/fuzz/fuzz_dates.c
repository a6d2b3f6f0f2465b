/* Fuzz target: the date scanner (core/text/dates.c).
 *
 * Invariants checked, in each of the locales:
 *  - every date found lies inside the input, starts at or after where the
 *    search started and is not empty;
 *  - its day is a real calendar day, its time (when present) is a valid
 *    clock time, its offset is within +-14:00;
 *  - the formatted date is exactly "YYYY-MM-DD";
 *  - scanning again from a date's start finds the same date.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  for (int lang = SR_LOC_AUTO; lang <= SR_LOC_EN; lang++) {
    size_t from = 0;
    sr_date d;
    int n = 0;
    while (sr_date_find(s, size, from, (sr_loc_lang)lang, &d)) {
      CHECK(d.start >= from && d.start < d.end && d.end <= size);
      CHECK(sr_date_valid(d.year, d.month, d.day));
      CHECK(d.year >= 1800 && d.year <= 2199);
      if (d.hour >= 0) {
        CHECK(d.hour <= 23 && d.min >= 0 && d.min <= 59 && d.sec <= 60);
      } else {
        CHECK(d.min == -1 && d.sec == -1);
      }
      if (d.has_tz) CHECK(d.tz_offset >= -14 * 60 && d.tz_offset <= 14 * 60 && d.tz[0]);
      char ymd[11];
      sr_date_format(&d, ymd);
      CHECK(strlen(ymd) == 10 && ymd[4] == '-' && ymd[7] == '-');
      char iso[32];
      sr_date_format_time(&d, iso, sizeof iso);
      CHECK((d.hour >= 0) == (iso[0] != '\0'));
      sr_date again;
      CHECK(sr_date_find(s, size, d.start, (sr_loc_lang)lang, &again));
      CHECK(again.start == d.start && again.end == d.end && again.day == d.day);
      from = d.end;
      CHECK(++n <= (int)size);
    }
  }
  return 0;
}
