/* Date expressions in Indonesian, Malay and English text, read to ISO 8601.
 *
 * A hand-written scanner (no regex, no allocation) finds forms such as
 * "Selasa (17/6/2025)", "17-6-2025", "2025-06-17T10:00:00+07:00",
 * "Rabu, 30 April 2025 | 12:30 WIB", "6 Nov 2025, 07:00", "Jun 17, 2025",
 * "June 17, 2025 10:21 AM" and "Khamis, 6 Mac 2025 @ 10:12am".  Month and day
 * names of all three languages are always accepted (they never conflict); the
 * language only decides the order of numeric forms.  A date needs a day, a
 * month and a year: bare years, "28 April" and clock times alone are not
 * dates, and impossible days ("31/2/2025") are rejected. */
#ifndef SARING_TEXT_DATES_H
#define SARING_TEXT_DATES_H

#include <stddef.h>

#include "text/locale.h"

typedef struct sr_date {
  int year, month, day;
  int hour, min, sec;  /* -1 when the expression has no clock time */
  int has_tz;          /* 1 when a zone name or an offset was written */
  int tz_offset;       /* minutes east of UTC, when has_tz */
  char tz[8];          /* the zone as written and upper-cased ("WIB", "UTC")
                          or the offset as "+07:00"; "" when none */
  size_t start, end;   /* byte span [start, end), 0-based */
} sr_date;

/* Finds the first date expression that starts at or after byte `from` of
 * s[0..len).  Returns 1 and fills *d, or 0 when there is none.
 *
 * Numeric forms D/M/Y, D-M-Y and D.M.Y are day-first; they are read
 * month-first when the second number cannot be a month ("6/17/2025"), and in
 * English (lang SR_LOC_EN) unless the first number cannot be a month.
 * Two-digit years (D/M/YY) mean 2000-2069 for 00-69 and 1970-1999 for 70-99.
 * Years outside 1800-2199 are not taken (such "dates" are mostly codes).
 * A leading day name ("Selasa (", "Rabu, ") is part of the span. */
int sr_date_find(const char *s, size_t len, size_t from, sr_loc_lang lang, sr_date *d);

/* 1 when y-m-d is a real calendar day (proleptic Gregorian, years 1-9999). */
int sr_date_valid(int y, int m, int d);

/* Writes "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). */
void sr_date_format(const sr_date *d, char *buf);

/* Writes "YYYY-MM-DDTHH:MM" (":SS" when seconds were written, then the
 * offset "+07:00" when a zone is known) into buf (at least 32 bytes).
 * Returns 0 and writes "" when the date has no time. */
int sr_date_format_time(const sr_date *d, char *buf, size_t size);

#endif
