/* Fuzz target: headline keywords and span forms (core/text/keywords.c,
 * core/text/forms.c).
 *
 * Invariants checked, for any bytes:
 *  - headline words lie in the text, in order, start with an ASCII letter,
 *    hold only letters and hyphens, have two bytes or more and cannot be
 *    extended; no letter that is followed by a letter or hyphen lies
 *    outside a word;
 *  - sr_kw_find_lower finds what a plain search of the lower-cased text
 *    finds (the lower-cased words of the input searched in the input's
 *    second half);
 *  - forms: taking every headline word as a span, the counts add up to the
 *    spans, each lower case is listed once, and the top forms come in
 *    order (count down, then bytes up).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/forms.h"
#include "text/keywords.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static int is_alpha(uint8_t c) { return (uint8_t)((c | 32) - 'a') < 26; }

static uint8_t low(uint8_t c) { return (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c; }

static const char *naive(const char *s, size_t len, const char *w, size_t wl) {
  if (wl > len) return NULL;
  for (size_t i = 0; i + wl <= len; i++) {
    size_t k = 0;
    while (k < wl && low((uint8_t)s[i + k]) == (uint8_t)w[k]) k++;
    if (k == wl) return s + i;
  }
  return NULL;
}

/* Does form x come before form y in the top order? */
static int before(const char *s, const sr_form *x, const sr_form *y) {
  if (x->count != y->count) return x->count > y->count;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(s + x->start, s + y->start, n);
  return c ? c < 0 : x->len < y->len;
}

static sr_forms *forms;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  if (!forms) CHECK((forms = sr_forms_new()) != NULL);
  sr_forms_reset(forms, s, size);
  uint8_t *inword = calloc(size + 1, 1);
  CHECK(inword != NULL);
  size_t pos = 0, a, b, last = 0, nspans = 0;
  size_t half = size / 2;
  while (sr_kw_word_next(s, size, &pos, &a, &b)) {
    CHECK(a >= last && b <= size && b - a >= 2 && pos == b && is_alpha(data[a]));
    for (size_t i = a; i < b; i++) CHECK(is_alpha(data[i]) || data[i] == '-');
    CHECK(b == size || !(is_alpha(data[b]) || data[b] == '-'));
    memset(inword + a, 1, b - a);
    last = b;
    char w[64];
    size_t wl = b - a < sizeof w ? b - a : sizeof w;
    sr_kw_lower(w, s + a, wl);
    CHECK(sr_kw_find_lower(s + half, size - half, w, wl) == naive(s + half, size - half, w, wl));
    /* a word with capitals is never found */
    if (wl && data[a] >= 'A' && data[a] <= 'Z')
      CHECK(sr_kw_find_lower(s + half, size - half, s + a, wl) == NULL);
    CHECK(sr_forms_add(forms, a, b - a, 1) == 0);
    nspans++;
  }
  CHECK(pos == size);
  for (size_t i = 0; i + 1 < size; i++)
    if (is_alpha(data[i]) && (is_alpha(data[i + 1]) || data[i + 1] == '-')) CHECK(inword[i]);
  free(inword);

  size_t n, total = 0;
  const sr_form *f = sr_forms_list(forms, &n);
  for (size_t i = 0; i < n; i++) {
    total += f[i].count;
    /* listed exactly when no earlier form has the same lower case */
    int dup = 0;
    for (size_t j = 0; j < i && !dup; j++)
      dup = sr_kw_same_lower(s + f[j].start, f[j].len, s + f[i].start, f[i].len);
    CHECK(f[i].listed == !dup);
  }
  CHECK(total == nspans);
  size_t top[20];
  size_t k = size ? data[size - 1] % 21 : 0;
  long nt = sr_forms_top(forms, k, top);
  CHECK(nt >= 0 && (size_t)nt == (k < n ? k : n));
  for (long i = 1; i < nt; i++) CHECK(before(s, &f[top[i - 1]], &f[top[i]]));
  /* nothing left out ranks above the last one taken */
  if (nt > 0)
    for (size_t i = 0; i < n; i++) {
      int taken = 0;
      for (long j = 0; j < nt; j++) taken |= top[j] == i;
      if (!taken) CHECK(!before(s, &f[i], &f[top[nt - 1]]));
    }
  return 0;
}
