/* The four date shapes of the news pipeline's date finder
 * (scripts/stages/dates.lua), scanned in one pass over a line.
 *
 * Each form is found exactly as its Lua pattern finds it (leftmost match,
 * the next search starting after the previous match's end), in ASCII: a
 * digit is 0-9, a letter A-Z or a-z, white space the six bytes " \t\n\v\f\r".
 *   SR_ND_DMY_TEXT  "(%d%d?)%s+(%a+)%.?,?%s+(%d%d%d%d)"      30 April 2025
 *   SR_ND_MDY_TEXT  "(%a+)%.?%s+(%d%d?),%s*(%d%d%d%d)"       April 30, 2025
 *   SR_ND_DMY_NUM   "(%d%d?)[/%-.](%d%d?)[/%-.](%d%d%d%d)"   30/4/2025
 *   SR_ND_YMD       "(%d%d%d%d)[%-/](%d%d)[%-/](%d%d)"        2025-04-30
 * Month names are not read here: a text form reports the span of its word,
 * and the caller looks it up in its own table (the rules stay data in the
 * script). */
#ifndef SARING_TEXT_NEWSDATES_H
#define SARING_TEXT_NEWSDATES_H

#include <stddef.h>

typedef enum sr_nd_form {
  SR_ND_DMY_TEXT = 0,
  SR_ND_MDY_TEXT = 1,
  SR_ND_DMY_NUM = 2,
  SR_ND_YMD = 3
} sr_nd_form;

typedef struct sr_nd_match {
  sr_nd_form form;
  size_t start, end;          /* byte span [start, end), 0-based */
  size_t word, word_len;      /* the month word of a text form, else 0, 0 */
  int day, month, year;       /* month is 0 for a text form */
} sr_nd_match;

/* Fills out[0..] with the matches of the four forms in s[0..len), sorted by
 * start (no two matches start at the same byte), and returns their number.
 * Returns max + 1 when there are more than max (out then holds max of them,
 * not necessarily the first ones). */
size_t sr_nd_scan(const char *s, size_t len, sr_nd_match *out, size_t max);

/* The lower-case word before byte `pos` that the Lua pattern
 * "([%a']+)[%s,(]*$" captures in the 14 bytes before pos (letters and
 * apostrophes, then only white space, commas and parentheses), copied into
 * buf (size cap, NUL-terminated); its length, or 0 when there is none or
 * it does not fit. */
size_t sr_nd_word_before(const char *s, size_t pos, char *buf, size_t cap);

/* "YYYY-MM-DD" into buf (11 bytes) when y-m-d passes the news pipeline's
 * check (years 1990-2099, a real calendar day); 1, else 0. */
int sr_nd_valid(int y, int m, int d, char buf[11]);

#endif
