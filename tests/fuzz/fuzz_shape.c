/* Fuzz target: the line shape flags (sr_lines_shape in core/text/lines.c).
 *
 * Each flag is checked, for any bytes, against a plain reading of its
 * definition in lines.h (a byte loop per flag, no shortcuts).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/lines.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static int sp(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int low(uint8_t c) { return c >= 'a' && c <= 'z'; }
static int alnum(uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static int mark(uint8_t c) { return c == '.' || c == '!' || c == '?' || c == '"' || c == 0xE2; }

/* "%f[%w]%l%l+ %l%l+" by trying every start and every run length. */
static int lowpair_ref(const uint8_t *u, size_t n) {
  for (size_t p = 0; p < n; p++) {
    if (p > 0 && alnum(u[p - 1])) continue;
    for (size_t q = p + 2; q <= n; q++) {
      int ok = 1;
      for (size_t k = p; k < q; k++) ok &= low(u[k]);
      if (!ok) break;
      if (q + 2 < n && u[q] == ' ' && low(u[q + 1]) && low(u[q + 2])) return 1;
    }
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 2048) return 0;  /* the reference is quadratic */
  unsigned f = sr_lines_shape((const char *)data, size);
  CHECK(!!(f & SR_SHAPE_HASH) == (size > 0 && data[0] == '#'));
  CHECK(!!(f & SR_SHAPE_LOWER) == (size > 0 && low(data[0])));
  CHECK(!!(f & SR_SHAPE_SLASH) == (size > 0 && memchr(data, '/', size) != NULL));
  CHECK(!!(f & SR_SHAPE_DOTDOT) == (size >= 2 && data[size - 1] == '.' && data[size - 2] == '.'));
  size_t j = size;
  while (j > 0 && sp(data[j - 1])) j--;
  size_t k = j;
  while (k > 0 && (data[k - 1] == '"' || data[k - 1] == 0xE2 || data[k - 1] == 0x80 ||
                   data[k - 1] == 0x9D))
    k--;
  CHECK(!!(f & SR_SHAPE_PERIOD) == (k > 0 && data[k - 1] == '.'));
  int m = 0;
  if (j > 0) {
    uint8_t c = data[j - 1];
    if (mark(c)) m = 1;
    else if (c == 0x9D) m = (j >= 2 && mark(data[j - 2])) || (j >= 3 && data[j - 2] == 0x80 && mark(data[j - 3]));
    else if (c == 0x80) m = j >= 2 && mark(data[j - 2]);
  }
  CHECK(!!(f & SR_SHAPE_MARK) == m);
  CHECK(!!(f & SR_SHAPE_LOWPAIR) == lowpair_ref(data, size));
  int digit = 0;
  for (size_t i = 0; i < size; i++) digit |= data[i] >= '0' && data[i] <= '9';
  CHECK(!!(f & SR_SHAPE_DIGIT) == digit);
  /* The flags of each line as split, from its counts, are the same. */
  size_t pos = 0;
  sr_line_info ln;
  while (sr_lines_next((const char *)data, size, pos, &ln)) {
    CHECK(sr_lines_shape_of((const char *)data, &ln) ==
          sr_lines_shape((const char *)data + ln.start, ln.end - ln.start));
    pos = ln.next;
  }
  return 0;
}
