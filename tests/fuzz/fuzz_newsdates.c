/* Fuzz target: the news pipeline's one-pass date finder
 * (core/text/newsdates.c), which reads every line of every page.
 *
 * Invariants checked:
 *  - the count is at most max + 1, and never more matches are written
 *    than fit;
 *  - matches lie inside the input, are not empty, and start at strictly
 *    increasing bytes;
 *  - a text form's month word lies inside its match and is made of ASCII
 *    letters; a numeric form has no word, and its fields are what its
 *    digits can spell (day and month of one or two digits, a four-digit
 *    year);
 *  - sr_nd_word_before never writes past its buffer and returns a
 *    NUL-terminated lower-case word of letters and apostrophes;
 *  - sr_nd_valid writes "YYYY-MM-DD" exactly when it accepts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/newsdates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

#define MAX_MATCHES 16

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  /* One slot more than max, poisoned, to catch a write past max. */
  sr_nd_match out[MAX_MATCHES + 1];
  memset(&out[MAX_MATCHES], 0xA5, sizeof out[MAX_MATCHES]);
  sr_nd_match guard;
  memcpy(&guard, &out[MAX_MATCHES], sizeof guard);

  size_t n = sr_nd_scan(s, size, out, MAX_MATCHES);
  CHECK(n <= MAX_MATCHES + 1);
  CHECK(memcmp(&guard, &out[MAX_MATCHES], sizeof guard) == 0);
  size_t got = n > MAX_MATCHES ? MAX_MATCHES : n;
  for (size_t i = 0; i < got; i++) {
    const sr_nd_match *m = &out[i];
    CHECK(m->start < m->end && m->end <= size);
    if (i > 0 && n <= MAX_MATCHES) CHECK(m->start > out[i - 1].start);
    switch (m->form) {
    case SR_ND_DMY_TEXT:
    case SR_ND_MDY_TEXT:
      CHECK(m->word_len > 0 && m->word >= m->start && m->word + m->word_len <= m->end);
      for (size_t k = 0; k < m->word_len; k++) CHECK(is_alpha((unsigned char)s[m->word + k]));
      CHECK(m->day >= 0 && m->day <= 99 && m->year >= 0 && m->year <= 9999);
      break;
    case SR_ND_DMY_NUM:
    case SR_ND_YMD:
      CHECK(m->word == 0 && m->word_len == 0);
      CHECK(m->day >= 0 && m->day <= 99 && m->month >= 0 && m->month <= 99);
      CHECK(m->year >= 0 && m->year <= 9999);
      break;
    default:
      CHECK(0);
    }
  }

  /* The word before a few positions, into a small buffer with a guard. */
  char buf[16 + 1];
  for (size_t pos = 0; pos <= size && pos < 64; pos += 7) {
    buf[16] = 'Z';
    size_t w = sr_nd_word_before(s, pos, buf, 16);
    CHECK(buf[16] == 'Z');
    if (w) {
      CHECK(w < 16 && buf[w] == '\0' && strlen(buf) == w);
      for (size_t k = 0; k < w; k++)
        CHECK((buf[k] >= 'a' && buf[k] <= 'z') || buf[k] == '\'');
    }
  }

  /* The calendar check on numbers taken from the input. */
  if (size >= 4) {
    int y = 1980 + data[0] % 130, mo = data[1] % 14, d = data[2] % 33;
    char ymd[11];
    memset(ymd, 0, sizeof ymd);
    if (sr_nd_valid(y, mo, d, ymd)) {
      CHECK(strlen(ymd) == 10 && ymd[4] == '-' && ymd[7] == '-');
      CHECK(y >= 1990 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31);
    }
  }
  return 0;
}
