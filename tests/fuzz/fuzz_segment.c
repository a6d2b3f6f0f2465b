/* Fuzz target: the segmenters (words, sentences, lines, paragraphs).
 *
 * Invariants checked, for any bytes:
 *  - every segment lies within the text, segments come in order without
 *    overlapping, and the cursor always advances (no endless loop);
 *  - every letter and digit (ASCII or decoded) lies inside some word, and
 *    sr_word_count agrees with the iteration;
 *  - sentences are never empty and cover every byte that is not white space;
 *  - lines and their line breaks rebuild the text exactly;
 *  - paragraphs start and end on lines that are not blank.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/segment.h"
#include "text/unicode.h"
#include "text/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static int is_ascii_space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  uint8_t *covered = calloc(size + 1, 1);
  CHECK(covered != NULL);

  /* Words. */
  size_t pos = 0, a, b, last = 0, n = 0;
  while (sr_word_next(s, size, &pos, &a, &b)) {
    CHECK(a >= last && a < b && b <= size && pos == b);
    memset(covered + a, 1, b - a);
    last = b;
    n++;
  }
  CHECK(pos == size);
  CHECK(n == sr_word_count(s, size));
  for (size_t i = 0; i < size;) {
    int cp;
    size_t len = sr_utf8_decode(data + i, size - i, &cp);
    if (len == 0) {
      i++;
      continue;
    }
    int c = sr_unicode_word_class(cp);
    if (c == SR_UC_LETTER || c == SR_UC_DIGIT || c == SR_UC_IDEO) CHECK(covered[i]);
    i += len;
  }

  /* Sentences. */
  memset(covered, 0, size);
  pos = 0;
  last = 0;
  while (sr_sentence_next(s, size, &pos, &a, &b)) {
    CHECK(a >= last && a < b && b <= size && pos >= b && pos <= size);
    CHECK(!is_ascii_space(data[a]) && !is_ascii_space(data[b - 1]));
    memset(covered + a, 1, b - a);
    last = b;
  }
  CHECK(pos == size);
  for (size_t i = 0; i < size; i++)
    if (!covered[i]) CHECK(is_ascii_space(data[i]) || data[i] >= 0x80);

  /* Lines rebuild the text. */
  pos = 0;
  last = 0;
  size_t lines = 0;
  while (sr_line_next(s, size, &pos, &a, &b)) {
    CHECK(a == last && a <= b && b <= size);
    if (b < size && memchr(data + b, '\n', size - b) != NULL) {
      /* A line break follows: "\n" or "\r\n". */
      CHECK(data[b] == '\n' || (data[b] == '\r' && b + 1 < size && data[b + 1] == '\n'));
      CHECK(pos == (data[b] == '\n' ? b + 1 : b + 2));
    } else {
      /* The last line, without a line break; a stray final CR is dropped. */
      CHECK(pos == size && (b == size || (b + 1 == size && data[b] == '\r')));
    }
    CHECK(memchr(data + a, '\n', b - a) == NULL);
    last = pos;
    lines++;
  }
  CHECK(last == size);
  CHECK(lines <= size);

  /* Paragraphs. */
  pos = 0;
  last = 0;
  while (sr_paragraph_next(s, size, &pos, &a, &b)) {
    CHECK(a >= last && a < b && b <= size && pos >= b);
    CHECK(a == 0 || data[a - 1] == '\n');
    last = b;
  }
  CHECK(pos == size);

  free(covered);
  return 0;
}
