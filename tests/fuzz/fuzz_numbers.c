/* Fuzz target: the quantity scanner and parser (core/text/numbers.c).
 *
 * Invariants checked, in each of the locales:
 *  - quantities come in reading order, do not overlap, lie inside the input
 *    and contain their digits, scale word and (after them) their unit;
 *  - values are finite and not negative; a kind has a name;
 *  - sr_number_parse never reads outside the input, and a success gives a
 *    finite value; parsing the digits of a found quantity succeeds.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/numbers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

typedef struct state {
  const char *s;
  size_t len;
  size_t last_end;
  sr_loc_lang lang;
} state;

static int check_cb(const sr_quantity *q, void *arg) {
  state *st = arg;
  CHECK(q->start >= st->last_end);
  CHECK(q->start <= q->num_start && q->num_start < q->num_end && q->num_end <= q->end);
  CHECK(q->end <= st->len);
  if (q->scale_end > q->scale_start) CHECK(q->scale_start >= q->num_end && q->scale_end <= q->end);
  if (q->unit_end > q->unit_start) CHECK(q->unit_start >= q->num_end && q->unit_end <= st->len);
  CHECK(isfinite(q->value) && q->value >= 0);
  CHECK(sr_qty_kind_name(q->kind) != NULL);
  sr_quantity p;
  CHECK(sr_number_parse(st->s + q->num_start, q->num_end - q->num_start, st->lang, &p) == 0);
  st->last_end = q->end;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  for (int lang = SR_LOC_AUTO; lang <= SR_LOC_EN; lang++) {
    state st = {s, size, 0, (sr_loc_lang)lang};
    CHECK(sr_number_find_all(s, size, (sr_loc_lang)lang, check_cb, &st) == 0);
    sr_quantity q;
    if (sr_number_parse(s, size, (sr_loc_lang)lang, &q) == 0) {
      CHECK(isfinite(q.value) && q.value >= 0);
      CHECK(q.end <= size);
    }
  }
  return 0;
}
