/* Fuzz target: the teaser head index (core/text/teasers.c).
 *
 * The input is split into lines at '\n'; a line's first byte decides
 * whether it is indexed and where its heads start.  Invariants checked, for
 * any bytes:
 *  - sr_teasers succeeds and every match is an indexed line;
 *  - the match of each probe line is what a plain search over every head
 *    of every indexed line finds (the first of the longest lines having the
 *    probe's head, compared in ASCII lower case), and no match where no
 *    indexed line has it;
 *  - sr_repeats gives each probe line the first earlier probe line with the
 *    same bytes, as a plain search finds it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/lines.h"
#include "text/teasers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static int same_lower(const char *a, const char *b, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
    if (x != y) return 0;
  }
  return 1;
}

/* Whether indexed line ln has the head (s, len) among its heads. */
static int has_head(const sr_teaser_line *ln, const char *s, size_t len, unsigned nwords) {
  size_t pos = ln->init, a, b, cap;
  if (pos > ln->len) return 0;
  if (sr_lines_head(ln->s, ln->len, pos, nwords, &a, &b) && b - a == len &&
      same_lower(ln->s + a, s, len))
    return 1;
  while (sr_lines_sentence_next(ln->s, ln->len, pos, &cap)) {
    if (sr_lines_head(ln->s, ln->len, cap, nwords, &a, &b) && b - a == len &&
        same_lower(ln->s + a, s, len))
      return 1;
    pos = cap + 1;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 4096) return 0;  /* the reference search is quadratic */
  const char *s = (const char *)data;
  size_t n = 0;
  for (size_t i = 0; i < size; i++) n += data[i] == '\n';
  n++;
  sr_teaser_line *ls = calloc(n, sizeof *ls);
  size_t *match = calloc(n, sizeof *match);
  CHECK(ls && match);
  size_t pos = 0;
  for (size_t i = 0; i < n; i++) {
    const char *nl = memchr(s + pos, '\n', size - pos);
    size_t end = nl ? (size_t)(nl - s) : size;
    sr_teaser_line *ln = &ls[i];
    ln->s = s + pos;
    ln->len = end - pos;
    unsigned char c = ln->len ? (unsigned char)ln->s[0] : 0;
    ln->indexed = (c & 1) != 0;
    ln->probe = (c & 2) != 0 || ln->len == 0;
    ln->init = (c >> 2) % (ln->len + 2);  /* may lie past the end */
    pos = end + 1;
  }
  unsigned nwords = 1 + (size ? data[0] % 6 : 0);
  /* The workspace is kept across inputs, so its reuse is tested too. */
  static sr_teasers_ws ws;
  CHECK(sr_teasers(ls, n, nwords, match, &ws) == 0);
  for (size_t i = 0; i < n; i++) {
    size_t a, b;
    if (!ls[i].probe || !sr_lines_head(ls[i].s, ls[i].len, 0, nwords, &a, &b)) {
      CHECK(match[i] == SR_TEASER_NONE);
      continue;
    }
    size_t want = SR_TEASER_NONE;
    for (size_t j = 0; j < n; j++) {
      if (!ls[j].indexed || !has_head(&ls[j], ls[i].s + a, b - a, nwords)) continue;
      if (want == SR_TEASER_NONE || ls[want].len < ls[j].len) want = j;
    }
    CHECK(match[i] == want);
    CHECK(want == SR_TEASER_NONE || ls[want].indexed);
  }
  /* Repeated lines: the first earlier probe line with the same bytes. */
  size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  size_t *table = calloc(slots, sizeof *table);
  CHECK(table != NULL);
  CHECK(sr_repeats(ls, n, match, table, slots) == 0);
  for (size_t i = 0; i < n; i++) {
    size_t want = SR_TEASER_NONE;
    for (size_t j = 0; ls[i].probe && j < i && want == SR_TEASER_NONE; j++)
      if (ls[j].probe && ls[j].len == ls[i].len && memcmp(ls[j].s, ls[i].s, ls[i].len) == 0) want = j;
    CHECK(match[i] == want);
  }
  free(table);
  free(ls);
  free(match);
  return 0;
}
