/* Byte-level helpers shared by the hand-written scanners of dates.c and
 * numbers.c.  They look at UTF-8 text one byte at a time and never allocate.
 * Bytes from 0x80 up count as letters (parts of words) except the Unicode
 * spaces that scraped pages are full of (NBSP, narrow NBSP, thin spaces,
 * ideographic space), so "30\u00a0April" reads like "30 April". */
#ifndef SARING_TEXT_SCAN_H
#define SARING_TEXT_SCAN_H

#include <stddef.h>

static inline int sr_scan_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int sr_scan_is_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline int sr_scan_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Length of the Unicode space character starting at s[i] (ASCII space, tab,
 * NBSP, U+2000..U+200A, U+202F, U+3000), or 0. */
static inline size_t sr_scan_space_len(const char *s, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)s;
  if (i >= len) return 0;
  if (u[i] == ' ' || u[i] == '\t') return 1;
  if (u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0xA0) return 2;
  if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
      ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) || u[i + 2] == 0xAF))
    return 3;
  if (u[i] == 0xE3 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x80) return 3;
  return 0;
}

/* Skips spaces (not newlines) from i; returns the new position. */
static inline size_t sr_scan_skip_spaces(const char *s, size_t len, size_t i) {
  size_t n;
  while ((n = sr_scan_space_len(s, len, i)) > 0) i += n;
  return i;
}

/* Whether the byte at i belongs to a word: an ASCII letter or digit, or a
 * byte of a non-space multibyte character. */
static inline int sr_scan_is_wordbyte(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) return sr_scan_is_digit(c) || sr_scan_is_alpha(c);
  (void)len;
  return 1;
}

/* Whether a word may start at i: the previous byte is not part of a word.
 * A previous byte >= 0x80 ends a word unless it ends a Unicode space. */
static inline int sr_scan_word_start(const char *s, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)s;
  if (i == 0) return 1;
  unsigned char p = u[i - 1];
  if (p < 0x80) return !(sr_scan_is_digit(p) || sr_scan_is_alpha(p));
  if (p == 0xA0 && i >= 2 && u[i - 2] == 0xC2) return 1;
  if (i >= 3 && sr_scan_space_len(s, len, i - 3) == 3) return 1;
  return 0;
}

/* Whether position i (just after a word) ends it: i is the end of the text or
 * the byte at i is not a word byte (a Unicode space counts as a boundary). */
static inline int sr_scan_word_end(const char *s, size_t len, size_t i) {
  if (i >= len) return 1;
  if (sr_scan_space_len(s, len, i)) return 1;
  return !sr_scan_is_wordbyte(s, len, i);
}

/* Length of the run of ASCII letters at i. */
static inline size_t sr_scan_alpha_run(const char *s, size_t len, size_t i) {
  size_t j = i;
  while (j < len && sr_scan_is_alpha((unsigned char)s[j])) j++;
  return j - i;
}

/* Case-insensitive comparison of n bytes of s at i with the lower-case ASCII
 * word w (strlen(w) == n). */
static inline int sr_scan_eq_word(const char *s, size_t i, size_t n, const char *w) {
  for (size_t k = 0; k < n; k++) {
    if (w[k] == '\0' || sr_scan_lower((unsigned char)s[i + k]) != (unsigned char)w[k]) return 0;
  }
  return w[n] == '\0';
}

#endif
