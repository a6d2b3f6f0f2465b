/* The four date shapes of scripts/stages/dates.lua in C (see newsdates.h):
 * day-month-year in words ("30 April 2025", "23rd Sep 2025"), month-day-year
 * ("April 30, 2025", "Sep 23rd, 2025"), numeric day-month-year ("17/6/2025")
 * and year-month-day ("2025-06-17", "2025/06/17", "2025.06.17").
 *
 * Every pattern is deterministic once its start is fixed: each greedy run
 * ("%d%d?", "%s+", "%a+") can only end where the next element's class
 * begins, so giving bytes back never lets a failed match succeed.  A match
 * is therefore read forwards from each candidate start, and the Lua
 * pattern's leftmost-first search becomes a loop over starts. */
#include "text/newsdates.h"

#include <stdio.h>

#include "text/dates.h"


static int dig(const char *s, size_t len, size_t i) {
  return i < len && s[i] >= '0' && s[i] <= '9';
}
static int alpha_at(const char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  unsigned char c = (unsigned char)s[i];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int space_at(const char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  unsigned char c = (unsigned char)s[i];
  return c == ' ' || (c >= '\t' && c <= '\r');
}
static int num(const char *s, size_t i, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; k++) v = v * 10 + (s[i + k] - '0');
  return v;
}
static int four_digits(const char *s, size_t len, size_t i) {
  return dig(s, len, i) && dig(s, len, i + 1) && dig(s, len, i + 2) && dig(s, len, i + 3);
}

/* "%d%d?" followed by a byte that `next` accepts: the number of digits
 * (1 or 2), or 0. */
static size_t day_digits(const char *s, size_t len, size_t i, int (*next)(const char *, size_t, size_t)) {
  if (!dig(s, len, i)) return 0;
  if (dig(s, len, i + 1)) return next(s, len, i + 2) ? 2 : 0;
  return next(s, len, i + 1) ? 1 : 0;
}
static int comma_at(const char *s, size_t len, size_t i) { return i < len && s[i] == ','; }
static int numsep_at(const char *s, size_t len, size_t i) {
  return i < len && (s[i] == '/' || s[i] == '-' || s[i] == '.');
}

/* An English ordinal's suffix ("st", "nd", "rd", "th", any case) at i. */
static int ordinal_at(const char *s, size_t len, size_t i) {
  if (!(alpha_at(s, len, i) && alpha_at(s, len, i + 1))) return 0;
  char a = (char)(s[i] | 0x20), b = (char)(s[i + 1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}
/* A space, or an ordinal's suffix then a space ("23rd Sep 2025"). */
static int space_or_ordinal_at(const char *s, size_t len, size_t i) {
  return space_at(s, len, i) || (ordinal_at(s, len, i) && space_at(s, len, i + 2));
}
/* A comma, or an ordinal's suffix then a comma ("Sep 23rd, 2025"). */
static int comma_or_ordinal_at(const char *s, size_t len, size_t i) {
  return comma_at(s, len, i) || (ordinal_at(s, len, i) && comma_at(s, len, i + 2));
}

static int dmy_text(const char *s, size_t len, size_t i, sr_nd_match *m) {
  size_t nd = day_digits(s, len, i, space_or_ordinal_at);
  if (!nd) return 0;
  size_t p = i + nd;
  if (!space_at(s, len, p)) p += 2;
  while (space_at(s, len, p)) p++;
  if (!alpha_at(s, len, p)) return 0;
  size_t w = p;
  while (alpha_at(s, len, p)) p++;
  size_t wl = p - w;
  if (p < len && s[p] == '.') p++;
  if (p < len && s[p] == ',') p++;
  if (!space_at(s, len, p)) return 0;
  while (space_at(s, len, p)) p++;
  if (!four_digits(s, len, p)) return 0;
  *m = (sr_nd_match){SR_ND_DMY_TEXT, i, p + 4, w, wl, num(s, i, nd), 0, num(s, p, 4)};
  return 1;
}

static int mdy_text(const char *s, size_t len, size_t i, sr_nd_match *m) {
  if (!alpha_at(s, len, i)) return 0;
  size_t p = i;
  while (alpha_at(s, len, p)) p++;
  size_t wl = p - i;
  if (p < len && s[p] == '.') p++;
  if (!space_at(s, len, p)) return 0;
  while (space_at(s, len, p)) p++;
  size_t nd = day_digits(s, len, p, comma_or_ordinal_at);
  if (!nd) return 0;
  size_t d = p;
  p += nd;
  if (!comma_at(s, len, p)) p += 2;
  p += 1;
  while (space_at(s, len, p)) p++;
  if (!four_digits(s, len, p)) return 0;
  *m = (sr_nd_match){SR_ND_MDY_TEXT, i, p + 4, i, wl, num(s, d, nd), 0, num(s, p, 4)};
  return 1;
}

static int dmy_num(const char *s, size_t len, size_t i, sr_nd_match *m) {
  size_t nd = day_digits(s, len, i, numsep_at);
  if (!nd) return 0;
  size_t p = i + nd + 1;
  size_t nm = day_digits(s, len, p, numsep_at);
  if (!nm) return 0;
  size_t mp = p;
  p += nm + 1;
  if (!four_digits(s, len, p)) return 0;
  *m = (sr_nd_match){SR_ND_DMY_NUM, i, p + 4, 0, 0, num(s, i, nd), num(s, mp, nm), num(s, p, 4)};
  return 1;
}

static int ymd(const char *s, size_t len, size_t i, sr_nd_match *m) {
  if (!four_digits(s, len, i)) return 0;
  size_t p = i + 4;
  /* "2025-06-17", "2025/06/17", and dotted only both ways: "2025.06.17" */
  if (!(p < len && (s[p] == '-' || s[p] == '/' || s[p] == '.'))) return 0;
  if (!(dig(s, len, p + 1) && dig(s, len, p + 2))) return 0;
  if (!(p + 3 < len && (s[p] == '.' ? s[p + 3] == '.' : (s[p + 3] == '-' || s[p + 3] == '/'))))
    return 0;
  if (!(dig(s, len, p + 4) && dig(s, len, p + 5))) return 0;
  *m = (sr_nd_match){SR_ND_YMD, i, p + 6, 0, 0, num(s, p + 4, 2), num(s, p + 1, 2), num(s, i, 4)};
  return 1;
}

typedef int (*form_fn)(const char *, size_t, size_t, sr_nd_match *);

/* The forms (bit f for forms[f]) that can match somewhere in s, from the
 * bytes around its runs of four digits: every form holds its year as four
 * digits in a row, and fixes what comes right before it (dmy_text: a
 * letter, maybe "." and ",", then white space; mdy_text: a digit, maybe
 * an ordinal's suffix, and ",", then maybe white space; dmy_num: a digit
 * and one of "/-.") or, for ymd, right after it ("-", "/" or ".").  A form without such a year cannot match
 * and its pass over the line is skipped: the month-first pass, which tries
 * every word, is the one most lines never need. */
static unsigned possible_forms(const char *s, size_t len) {
  unsigned f = 0;
  for (size_t i = 0, run = 0; i < len; i++) {
    run = dig(s, len, i) ? run + 1 : 0;
    if (run < 4) continue;
    size_t y = i - 3; /* the four digits s[y..i] */
    if (i + 1 < len && (s[i + 1] == '-' || s[i + 1] == '/' || s[i + 1] == '.')) f |= 1u << 3;
    if (y == 0) continue;
    char b = s[y - 1];
    if ((b == '/' || b == '-' || b == '.') && y >= 2 && dig(s, len, y - 2)) f |= 1u << 2;
    size_t q = y;
    while (q > 0 && space_at(s, len, q - 1)) q--;
    /* (month-first: a digit before the comma, or an ordinal's suffix
     * after one, "Sep 23rd, 2025") */
    if (q > 0 && s[q - 1] == ',' && q >= 2 &&
        (dig(s, len, q - 2) || (q >= 4 && ordinal_at(s, len, q - 3) && dig(s, len, q - 4))))
      f |= 1u << 1;
    if (q < y) {
      size_t r = q;
      if (r > 0 && s[r - 1] == ',') r--;
      if (r > 0 && s[r - 1] == '.') r--;
      if (r > 0 && alpha_at(s, len, r - 1)) f |= 1u << 0;
    }
  }
  return f;
}

size_t sr_nd_scan(const char *s, size_t len, sr_nd_match *out, size_t max) {
  static const form_fn forms[4] = {dmy_text, mdy_text, dmy_num, ymd};
  size_t n = 0;
  /* (a line without four digits in a row has no form at all) */
  unsigned possible = possible_forms(s, len);
  if (!possible) return 0;
  for (int f = 0; f < 4; f++) {
    if (!(possible & (1u << f))) continue;
    size_t pos = 0;
    while (pos < len) {
      sr_nd_match m;
      size_t i = pos;
      int found = 0;
      for (; i < len; i++) {
        /* (every form but the month-first one starts with a digit) */
        if (f == 1 ? !alpha_at(s, len, i) : !dig(s, len, i)) continue;
        if (forms[f](s, len, i, &m)) {
          found = 1;
          break;
        }
        /* A month-first match from inside a word reads the same rest of
         * the line as one from the word's first letter: none either. */
        if (f == 1)
          while (alpha_at(s, len, i + 1)) i++;
      }
      if (!found) break;
      if (n >= max) return max + 1;
      /* insertion by start: the forms' matches interleave */
      size_t k = n++;
      while (k > 0 && out[k - 1].start > m.start) {
        out[k] = out[k - 1];
        k--;
      }
      out[k] = m;
      pos = m.end;
    }
  }
  return n;
}

size_t sr_nd_word_before(const char *s, size_t pos, char *buf, size_t cap) {
  size_t lo = pos > 14 ? pos - 14 : 0;
  size_t e = pos;
  while (e > lo) {
    unsigned char c = (unsigned char)s[e - 1];
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == ',' || c == '(') e--;
    else break;
  }
  size_t b = e;
  while (b > lo) {
    unsigned char c = (unsigned char)s[b - 1];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'') b--;
    else break;
  }
  size_t n = e - b;
  if (n == 0 || n + 1 > cap) return 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[b + k];
    buf[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  buf[n] = '\0';
  return n;
}

int sr_nd_valid(int y, int m, int d, char buf[11]) {
  /* (the calendar is dates.c's; the news pipeline only takes recent years) */
  if (y < 1990 || y > 2099 || !sr_date_valid(y, m, d)) return 0;
  snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
  return 1;
}
