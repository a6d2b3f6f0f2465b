/* Lines and per-line features in one pass (see lines.h). */
#include "text/lines.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

/* Byte classes, from a table so the inner loop is one load per byte. */
enum { C_SPACE = 1, C_ALNUM = 2, C_UPPER = 4, C_DIGIT = 8 };

static const uint8_t *byte_classes(void) {
  /* Built at compile time: no initialisation race between workers. */
#define SP C_SPACE
#define AL C_ALNUM
#define UP (C_ALNUM | C_UPPER)
#define DG (C_ALNUM | C_DIGIT)
#define HI C_ALNUM
  static const uint8_t t[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, SP, 0, SP, SP, SP, 0, 0,             /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                 /* 0x10 */
    SP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                /* 0x20 */
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, 0, 0, 0, 0, 0, 0,       /* 0x30 */
    0, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,  /* 0x40 */
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, 0, 0, 0, 0, 0,      /* 0x50 */
    0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,  /* 0x60 */
    AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, 0, 0, 0, 0, 0,      /* 0x70 */
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
  };
#undef SP
#undef AL
#undef UP
#undef DG
#undef HI
  return t;
}

/* Is the non-ASCII character at s[i..end) an upper- or title-case letter?
 * Invalid UTF-8 is not. */
static int upper_at(const char *s, size_t i, size_t end) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                        (utf8proc_ssize_t)(end - i), &cp);
  if (n <= 0) return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int sr_lines_next(const char *s, size_t len, size_t pos, sr_line_info *out) {
  if (pos >= len) return 0;
  const char *nl = memchr(s + pos, '\n', len - pos);
  size_t end = nl ? (size_t)(nl - s) : len;
  out->start = pos;
  out->next = nl ? end + 1 : len;
  if (end > pos && s[end - 1] == '\r' && nl) end--;
  out->end = end;

  const uint8_t *cls = byte_classes();
  unsigned words = 0, caps = 0, digits = 0;
  int in_word = 0, in_alnum = 0;
  for (size_t i = pos; i < end; i++) {
    uint8_t c = cls[(unsigned char)s[i]];
    if (c & C_SPACE) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
    if (c & C_ALNUM) {
      if (!in_alnum) {
        in_alnum = 1;
        if (c & C_UPPER) caps++;
        else if (c & C_DIGIT) digits++;
        else if ((unsigned char)s[i] >= 0x80 && upper_at(s, i, end)) caps++;
      }
    } else {
      in_alnum = 0;
    }
  }
  out->words = words;
  out->caps = caps;
  out->digits = digits;
  return 1;
}
