/* Date expressions to ISO 8601 (see dates.h).
 *
 * The scanner visits each word start once.  A word that begins with a digit
 * may open a numeric date ("17/6/2025", "2025-06-17") or a day-first textual
 * one ("30 April 2025"); a word of letters may be a day name ("Rabu, ...") or
 * open a month-first date ("Jun 17, 2025").  Names are looked up only when a
 * digit follows the word, so ordinary prose costs a few byte tests per word.
 * After the date an optional clock time and zone are read ("| 12:30 WIB",
 * "@ 10:12am", "T10:00:00+07:00"); when no valid time follows, the span ends
 * with the date. */
#include "text/dates.h"

#include <stdio.h>
#include <string.h>

#include "text/scan.h"

typedef struct name_entry {
  const char *name;
  unsigned char len;
  signed char value;
} name_entry;

#define N(s, v) {s, sizeof(s) - 1, v}

/* Month names and abbreviations of Indonesian, Malay and English, including
 * older Indonesian spellings (Pebruari, Nopember).  No name means two
 * different months across the languages, so one table serves all three. */
static const name_entry month_names[] = {
  N("januari", 1), N("january", 1), N("jan", 1),
  N("februari", 2), N("pebruari", 2), N("february", 2), N("feb", 2), N("peb", 2),
  N("maret", 3), N("mac", 3), N("march", 3), N("mar", 3),
  N("april", 4), N("apr", 4),
  N("mei", 5), N("may", 5),
  N("juni", 6), N("june", 6), N("jun", 6),
  N("juli", 7), N("julai", 7), N("july", 7), N("jul", 7),
  N("agustus", 8), N("ogos", 8), N("august", 8), N("agu", 8), N("agt", 8),
  N("ags", 8), N("agst", 8), N("aug", 8), N("ogo", 8),
  N("september", 9), N("sept", 9), N("sep", 9),
  N("oktober", 10), N("october", 10), N("okt", 10), N("oct", 10),
  N("november", 11), N("nopember", 11), N("nov", 11), N("nop", 11),
  N("desember", 12), N("disember", 12), N("december", 12), N("des", 12),
  N("dec", 12), N("dis", 12),
};

/* Day names (value unused beyond "is a day name"). */
static const name_entry day_names[] = {
  N("senin", 1), N("isnin", 1), N("monday", 1), N("mon", 1),
  N("selasa", 2), N("tuesday", 2), N("tue", 2), N("tues", 2),
  N("rabu", 3), N("wednesday", 3), N("wed", 3),
  N("kamis", 4), N("khamis", 4), N("thursday", 4), N("thu", 4), N("thur", 4), N("thurs", 4),
  N("jumat", 5), N("jum'at", 5), N("jumaat", 5), N("friday", 5), N("fri", 5),
  N("sabtu", 6), N("saturday", 6), N("sat", 6),
  N("minggu", 7), N("ahad", 7), N("sunday", 7), N("sun", 7),
};

typedef struct tz_entry {
  const char *name;
  unsigned char len;
  short offset; /* minutes east of UTC */
} tz_entry;

static const tz_entry tz_names[] = {
  {"wib", 3, 420}, {"wita", 4, 480}, {"wit", 3, 540}, {"myt", 3, 480},
  {"sgt", 3, 480}, {"gmt", 3, 0},   {"utc", 3, 0},
};

#undef N

/* Looks the word s[i..i+n) up in a name table, case-insensitively. */
static int lookup(const name_entry *t, size_t count, const char *s, size_t i, size_t n) {
  if (n < 3 || n > 9) return 0;
  int c0 = sr_scan_lower((unsigned char)s[i]);
  for (size_t k = 0; k < count; k++) {
    if (t[k].len == n && t[k].name[0] == c0 && sr_scan_eq_word(s, i, n, t[k].name))
      return t[k].value;
  }
  return 0;
}

int sr_date_valid(int y, int m, int d) {
  static const unsigned char mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return 0;
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = mdays[m - 1] + (m == 2 && leap);
  return d <= max;
}

/* Reads 1..maxd digits at i into *val; fails (returns 0) when there is no
 * digit or when more than maxd digits follow.  Stores the digit count. */
static int read_num(const char *s, size_t len, size_t i, int maxd, int *val, int *ndig) {
  int v = 0, n = 0;
  while (i + n < len && sr_scan_is_digit((unsigned char)s[i + n])) {
    if (n == maxd) return 0;
    v = v * 10 + (s[i + n] - '0');
    n++;
  }
  if (n == 0) return 0;
  *val = v;
  *ndig = n;
  return 1;
}

static int two_digit_year(int y) { return y < 70 ? 2000 + y : 1900 + y; }

/* Word of ASCII letters (and, for day names, one apostrophe) at i. */
static size_t name_run(const char *s, size_t len, size_t i, int apostrophe) {
  size_t j = i + sr_scan_alpha_run(s, len, i);
  if (apostrophe && j + 1 < len && s[j] == '\'' && sr_scan_is_alpha((unsigned char)s[j + 1]))
    j += 1 + sr_scan_alpha_run(s, len, j + 1);
  return j - i;
}

/* An offset at k: "+07:00" or "+0700"; with short_ok (after "GMT") also
 * "+7" and "+07".  Stores minutes east of UTC; returns the end or 0. */
static size_t read_offset(const char *s, size_t len, size_t k, int short_ok, int *mins) {
  if (k >= len || (s[k] != '+' && s[k] != '-')) return 0;
  int sign = s[k] == '-' ? -1 : 1;
  int hh, nd, mm = 0;
  size_t p = k + 1;
  if (!read_num(s, len, p, 4, &hh, &nd)) return 0;
  if (nd == 4) {
    mm = hh % 100;
    hh /= 100;
    p += 4;
  } else if (nd == 3) {
    return 0;
  } else {
    if (nd == 1 && !short_ok) return 0;
    p += nd;
    if (p < len && s[p] == ':') {
      int nd2;
      if (read_num(s, len, p + 1, 2, &mm, &nd2) && nd2 == 2) p += 3;
      else if (!short_ok) return 0;
    } else if (!short_ok) {
      return 0;
    }
  }
  if (hh > 14 || mm > 59 || hh * 60 + mm > 14 * 60) return 0; /* UTC-12:00 .. UTC+14:00 */
  if (p < len && sr_scan_is_wordbyte(s, len, p)) return 0;
  *mins = sign * (hh * 60 + mm);
  return p;
}

static void set_offset_name(sr_date *d, int mins) {
  int a = mins < 0 ? -mins : mins;
  snprintf(d->tz, sizeof d->tz, "%c%02d:%02d", mins < 0 ? '-' : '+', (a / 60) % 100, a % 60);
  d->has_tz = 1;
  d->tz_offset = mins;
}

/* A zone at k: a name ("WIB", "GMT+7") or an offset; `glued` (right after
 * the time) also allows "Z".  Returns the end or 0. */
static size_t read_zone(const char *s, size_t len, size_t k, int glued, sr_date *d) {
  if (k >= len) return 0;
  if (glued && (s[k] == 'Z' || s[k] == 'z') && sr_scan_word_end(s, len, k + 1)) {
    memcpy(d->tz, "UTC", 4);
    d->has_tz = 1;
    d->tz_offset = 0;
    return k + 1;
  }
  int mins;
  size_t e = read_offset(s, len, k, 0, &mins);
  if (e) {
    set_offset_name(d, mins);
    return e;
  }
  size_t n = sr_scan_alpha_run(s, len, k);
  for (size_t t = 0; t < sizeof tz_names / sizeof tz_names[0]; t++) {
    if (tz_names[t].len == n && sr_scan_eq_word(s, k, n, tz_names[t].name)) {
      size_t e2 = k + n;
      if (!sr_scan_word_end(s, len, e2) && s[e2] != '+' && s[e2] != '-') return 0;
      /* "GMT+7", "UTC+07:00", "WIB+7" are offsets written after a name. */
      if (e2 < len && (s[e2] == '+' || s[e2] == '-')) {
        size_t e3 = read_offset(s, len, e2, 1, &mins);
        if (e3) {
          set_offset_name(d, tz_names[t].offset == 0 ? mins : tz_names[t].offset);
          return e3;
        }
        return 0;
      }
      for (size_t c = 0; c < n; c++) d->tz[c] = (char)(s[k + c] & ~0x20);
      d->tz[n] = '\0';
      d->has_tz = 1;
      d->tz_offset = tz_names[t].offset;
      return e2;
    }
  }
  return 0;
}

/* Reads an optional clock time (and am/pm and zone) after a date ending at j.
 * Returns the new end, or j when no valid time follows. */
static size_t read_time_tail(const char *s, size_t len, size_t j, sr_date *d) {
  size_t k = j;
  const unsigned char *u = (const unsigned char *)s;
  if (k < len && (s[k] == 'T' || s[k] == 't') && k + 1 < len && sr_scan_is_digit(u[k + 1])) {
    k++;
  } else {
    /* Up to three connectors: ", ", " | ", " - ", " @ ", "pukul", "at" ... */
    for (int step = 0; step < 3; step++) {
      size_t k2 = sr_scan_skip_spaces(s, len, k);
      if (k2 >= len) return j;
      unsigned char c = u[k2];
      if (c == ',' || c == '|' || c == '@' || c == '-' || c == '/') {
        k = k2 + 1;
        continue;
      }
      if (c == 0xE2 && k2 + 2 < len && u[k2 + 1] == 0x80 && (u[k2 + 2] == 0x93 || u[k2 + 2] == 0x94)) {
        k = k2 + 3; /* en dash, em dash */
        continue;
      }
      size_t n = sr_scan_alpha_run(s, len, k2);
      if (n && sr_scan_word_end(s, len, k2 + n) &&
          (sr_scan_eq_word(s, k2, n, "pukul") || sr_scan_eq_word(s, k2, n, "pkl") ||
           sr_scan_eq_word(s, k2, n, "jam") || sr_scan_eq_word(s, k2, n, "at") ||
           sr_scan_eq_word(s, k2, n, "on"))) {
        k = k2 + n;
        if (k < len && s[k] == '.') k++;
        continue;
      }
      break;
    }
    k = sr_scan_skip_spaces(s, len, k);
  }
  int hh, mm = 0, ss = -1, nd;
  if (!read_num(s, len, k, 2, &hh, &nd)) return j;
  k += nd;
  char sep = k < len ? s[k] : 0;
  int hour_only = 0;
  if (sep != ':' && sep != '.') {
    /* "9pm", "9 a.m.": an hour alone only with am/pm (checked below). */
    hour_only = 1;
    sep = 0;
  } else if (read_num(s, len, k + 1, 2, &mm, &nd) && nd == 2) {
    k += 3;
  } else {
    return j;
  }
  if (!hour_only && k < len && s[k] == sep) {
    int nd2;
    if (read_num(s, len, k + 1, 2, &ss, &nd2) && nd2 == 2) {
      k += 3;
      /* Fractions of a second in ISO stamps: ".123". */
      if (k + 1 < len && s[k] == '.' && sr_scan_is_digit(u[k + 1])) {
        k++;
        while (k < len && sr_scan_is_digit(u[k])) k++;
      }
    } else {
      ss = -1;
    }
  }
  if (k < len && (sr_scan_is_digit(u[k]) ||
                  (!hour_only && u[k] == sep && k + 1 < len && sr_scan_is_digit(u[k + 1]))))
    return j;
  if (hh > 23 || mm > 59 || ss > 60) return j;
  /* am / pm / a.m. / p.m., glued or after a space. */
  size_t a = sr_scan_skip_spaces(s, len, k);
  if (a + 1 < len) {
    int c = sr_scan_lower(u[a]);
    if (c == 'a' || c == 'p') {
      size_t e = 0;
      if (sr_scan_lower(u[a + 1]) == 'm' && sr_scan_word_end(s, len, a + 2)) e = a + 2;
      else if (u[a + 1] == '.' && a + 3 < len && sr_scan_lower(u[a + 2]) == 'm' && u[a + 3] == '.')
        e = a + 4;
      if (e) {
        if (hh < 1 || hh > 12) return j;
        if (c == 'a') hh = hh == 12 ? 0 : hh;
        else hh = hh == 12 ? 12 : hh + 12;
        k = e;
        hour_only = 0;
      }
    }
  }
  if (hour_only) return j;
  d->hour = hh;
  d->min = mm;
  d->sec = ss;
  /* A zone glued to the time ("Z", "+07:00") or after one space ("WIB"). */
  size_t z = read_zone(s, len, k, 1, d);
  if (!z) {
    size_t sp = sr_scan_space_len(s, len, k);
    if (sp) z = read_zone(s, len, k + sp, 0, d);
  }
  return z ? z : k;
}

/* Reads an optional English ordinal suffix ("17th") at k. */
static size_t skip_ordinal(const char *s, size_t len, size_t k) {
  if (k + 1 < len) {
    int a = sr_scan_lower((unsigned char)s[k]), b = sr_scan_lower((unsigned char)s[k + 1]);
    if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h')) &&
        sr_scan_word_end(s, len, k + 2))
      return k + 2;
  }
  return k;
}

/* A month name at k (optional trailing dot).  Returns the month or 0, and the
 * end in *end. */
static int read_month(const char *s, size_t len, size_t k, size_t *end) {
  size_t n = sr_scan_alpha_run(s, len, k);
  if (n < 3 || !sr_scan_word_end(s, len, k + n)) return 0;
  int m = lookup(month_names, sizeof month_names / sizeof month_names[0], s, k, n);
  if (!m) return 0;
  k += n;
  if (k < len && s[k] == '.') k++;
  *end = k;
  return m;
}

/* Day-first textual date at i: "30 April 2025", "6 Nov. 2025", "17-Jun-25",
 * "17th June, 2025". */
static int try_day_month(const char *s, size_t len, size_t i, sr_date *d) {
  int day, nd;
  if (!read_num(s, len, i, 2, &day, &nd)) return 0;
  size_t k = skip_ordinal(s, len, i + nd);
  int dash = 0;
  size_t k2 = sr_scan_skip_spaces(s, len, k);
  if (k2 == k) {
    if (k < len && s[k] == '-') {
      dash = 1;
      k2 = k + 1;
    } else {
      return 0;
    }
  }
  size_t e;
  int month = read_month(s, len, k2, &e);
  if (!month) return 0;
  k = e;
  int year;
  if (dash) {
    if (k >= len || s[k] != '-') return 0;
    k++;
    if (!read_num(s, len, k, 4, &year, &nd) || (nd != 2 && nd != 4)) return 0;
    if (nd == 2) year = two_digit_year(year);
  } else {
    if (k < len && s[k] == ',') k++;
    size_t k3 = sr_scan_skip_spaces(s, len, k);
    if (k3 == k) return 0;
    k = k3;
    if (!read_num(s, len, k, 4, &year, &nd) || nd != 4) return 0;
  }
  k += nd;
  if (!sr_scan_word_end(s, len, k)) return 0;
  if (year < 1800 || year > 2199 || !sr_date_valid(year, month, day)) return 0;
  d->year = year;
  d->month = month;
  d->day = day;
  d->end = k;
  return 1;
}

/* Month-first textual date at i: "Jun 17, 2025", "June 17th 2025". */
static int try_month_day(const char *s, size_t len, size_t i, sr_date *d) {
  size_t k;
  int month = read_month(s, len, i, &k);
  if (!month) return 0;
  size_t k2 = sr_scan_skip_spaces(s, len, k);
  if (k2 == k) return 0;
  int day, year, nd;
  if (!read_num(s, len, k2, 2, &day, &nd)) return 0;
  k = skip_ordinal(s, len, k2 + nd);
  if (k < len && s[k] == ',') k++;
  k2 = sr_scan_skip_spaces(s, len, k);
  if (k2 == k) return 0;
  if (!read_num(s, len, k2, 4, &year, &nd) || nd != 4) return 0;
  k = k2 + 4;
  if (!sr_scan_word_end(s, len, k)) return 0;
  if (year < 1800 || year > 2199 || !sr_date_valid(year, month, day)) return 0;
  d->year = year;
  d->month = month;
  d->day = day;
  d->end = k;
  return 1;
}

/* Numeric date at i: "2025-06-17", "2025/6/17", "17/6/2025", "17-06-25",
 * "17.06.2025". */
static int try_numeric(const char *s, size_t len, size_t i, sr_loc_lang lang, sr_date *d) {
  const unsigned char *u = (const unsigned char *)s;
  /* Not the tail of a longer numeric run such as "1/17/6/2025" or "0812-17-6-2025". */
  if (i >= 2 && (s[i - 1] == '/' || s[i - 1] == '-' || s[i - 1] == '.' || s[i - 1] == ',') &&
      sr_scan_is_digit(u[i - 2]))
    return 0;
  int a, b, c, na, nb, nc;
  if (!read_num(s, len, i, 4, &a, &na) || na == 3) return 0;
  size_t k = i + na;
  if (k >= len) return 0;
  char sep = s[k];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  if (!read_num(s, len, k + 1, 2, &b, &nb)) return 0;
  k += 1 + nb;
  if (k >= len || s[k] != sep) return 0;
  if (!read_num(s, len, k + 1, 4, &c, &nc)) return 0;
  k += 1 + nc;
  /* Not followed by another separator and digit ("1.234.567.890"). */
  if (k + 1 < len && (s[k] == '/' || s[k] == '-' || s[k] == '.' || s[k] == ',') &&
      sr_scan_is_digit(u[k + 1]))
    return 0;
  /* "2025-06-17T10:00" glues the time to an ISO date. */
  int iso_t = na == 4 && k + 1 < len && (s[k] == 'T' || s[k] == 't') && sr_scan_is_digit(u[k + 1]);
  if (!iso_t && !sr_scan_word_end(s, len, k)) return 0;
  int y, m, dd;
  if (na == 4) {
    if (nc > 2 || sep == '.') return 0;
    y = a, m = b, dd = c;
  } else {
    if (nc == 2) {
      if (sep == '.') return 0;
      y = two_digit_year(c);
    } else if (nc == 4) {
      y = c;
    } else {
      return 0;
    }
    if (lang == SR_LOC_EN) {
      if (a <= 12 && sr_date_valid(y, a, b)) m = a, dd = b;
      else m = b, dd = a;
    } else {
      if (b > 12 && a <= 12) m = a, dd = b;
      else m = b, dd = a;
    }
  }
  if (y < 1800 || y > 2199 || !sr_date_valid(y, m, dd)) return 0;
  d->year = y;
  d->month = m;
  d->day = dd;
  d->end = k;
  return 1;
}

static int try_core(const char *s, size_t len, size_t i, sr_loc_lang lang, sr_date *d) {
  if (i >= len) return 0;
  if (sr_scan_is_digit((unsigned char)s[i]))
    return try_numeric(s, len, i, lang, d) || try_day_month(s, len, i, d);
  if (sr_scan_is_alpha((unsigned char)s[i])) return try_month_day(s, len, i, d);
  return 0;
}

static void reset(sr_date *d, size_t start) {
  memset(d, 0, sizeof *d);
  d->hour = d->min = d->sec = -1;
  d->start = start;
}

/* A date expression starting at word start i. */
static int try_at(const char *s, size_t len, size_t i, sr_loc_lang lang, sr_date *d) {
  const unsigned char *u = (const unsigned char *)s;
  reset(d, i);
  if (sr_scan_is_digit(u[i])) {
    if (!try_core(s, len, i, lang, d)) return 0;
    d->end = read_time_tail(s, len, d->end, d);
    return 1;
  }
  /* A word of letters: only worth a look when a digit follows closely. */
  size_t n = name_run(s, len, i, 1);
  size_t k = i + n;
  size_t probe = k;
  if (probe < len && s[probe] == '.') probe++;
  probe = sr_scan_skip_spaces(s, len, probe);
  if (probe < len && (s[probe] == ',' || s[probe] == '(')) probe = sr_scan_skip_spaces(s, len, probe + 1);
  if (probe >= len || !sr_scan_is_digit(u[probe])) return 0;
  if (!sr_scan_word_end(s, len, k) && !(k < len && s[k] == '.')) return 0;
  if (lookup(day_names, sizeof day_names / sizeof day_names[0], s, i, n)) {
    /* "Rabu, 30 April 2025", "Selasa (17/6/2025)", "Thu. Jun 17, 2025". */
    if (k < len && s[k] == '.') k++;
    k = sr_scan_skip_spaces(s, len, k);
    int paren = 0;
    if (k < len && s[k] == ',') k = sr_scan_skip_spaces(s, len, k + 1);
    else if (k < len && s[k] == '(') {
      paren = 1;
      k = sr_scan_skip_spaces(s, len, k + 1);
    }
    if (!try_core(s, len, k, lang, d)) return 0;
    if (paren) {
      size_t p = sr_scan_skip_spaces(s, len, d->end);
      if (p < len && s[p] == ')') d->end = p + 1;
    }
    d->end = read_time_tail(s, len, d->end, d);
    return 1;
  }
  if (try_month_day(s, len, i, d)) {
    d->end = read_time_tail(s, len, d->end, d);
    return 1;
  }
  return 0;
}

int sr_date_find(const char *s, size_t len, size_t from, sr_loc_lang lang, sr_date *d) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = from;
  while (i < len) {
    unsigned char c = u[i];
    if (sr_scan_is_digit(c) || sr_scan_is_alpha(c)) {
      if (sr_scan_word_start(s, len, i) && try_at(s, len, i, lang, d)) return 1;
      /* Skip the rest of this word. */
      i++;
      while (i < len && (sr_scan_is_digit(u[i]) || sr_scan_is_alpha(u[i]))) i++;
    } else {
      i++;
    }
  }
  return 0;
}

void sr_date_format(const sr_date *d, char *buf) {
  snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d->year % 10000u, (unsigned)d->month % 100u,
           (unsigned)d->day % 100u);
}

int sr_date_format_time(const sr_date *d, char *buf, size_t size) {
  if (size == 0) return 0;
  buf[0] = '\0';
  if (d->hour < 0) return 0;
  char date[11];
  sr_date_format(d, date);
  int n = snprintf(buf, size, "%sT%02d:%02d", date, d->hour % 100, d->min % 100);
  if (d->sec >= 0 && n > 0 && (size_t)n < size)
    n += snprintf(buf + n, size - (size_t)n, ":%02d", d->sec % 100);
  if (d->has_tz && n > 0 && (size_t)n < size) {
    int a = d->tz_offset < 0 ? -d->tz_offset : d->tz_offset;
    snprintf(buf + n, size - (size_t)n, "%c%02d:%02d", d->tz_offset < 0 ? '-' : '+', (a / 60) % 100,
             a % 60);
  }
  return 1;
}
