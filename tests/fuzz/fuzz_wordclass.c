/* Fuzz target: the word-class counter (core/text/wordclass.c).
 *
 * Differential: for any bytes, each class count equals the match count of a
 * caseless whole-word Hyperscan pattern set of the same words -- the
 * promise the news pipeline's language stage relies on.  The Aho-Corasick
 * fallback engine is compared on ASCII input only: its caseless scan folds
 * the text with Unicode case folding, so it also matches "di" in "d\xC4\xB1"
 * (dotless i) or "kata" with a Kelvin sign, which Hyperscan (ASCII case
 * only for ASCII literals) and the counter do not.  Counting a prefix gives
 * the count of the prefix as a text of its own.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/patset.h"
#include "text/wordclass.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static const char *const L0[] = {"the", "of", "said", "a", "bagaimanapun"};
static const char *const L1[] = {"yang", "dan", "di", "bahwa", "a", "pertanggungjawabannya"};
#define N0 (sizeof L0 / sizeof *L0)
#define N1 (sizeof L1 / sizeof *L1)

static sr_wordclass *wc;
static sr_patset *sets[2][2]; /* [list][engine] */
static sr_patset_scratch *sc;

static sr_patset *compile(const char *const *words, size_t n, unsigned extra) {
  sr_patset_entry e[8];
  for (size_t i = 0; i < n; i++) e[i] = (sr_patset_entry){words[i], strlen(words[i]), 0};
  sr_patset *set = NULL;
  char msg[128];
  CHECK(sr_patset_compile(e, n, SR_PATSET_CASELESS | SR_PATSET_WORDS | extra, &set, msg, sizeof msg,
                          NULL) == 0);
  return set;
}

static void build(void) {
  wc = sr_wordclass_new();
  CHECK(wc != NULL);
  for (size_t i = 0; i < N0; i++) CHECK(sr_wordclass_add(wc, L0[i], strlen(L0[i]), 0) == 0);
  for (size_t i = 0; i < N1; i++) CHECK(sr_wordclass_add(wc, L1[i], strlen(L1[i]), 1) == 0);
  for (int e = 0; e < 2; e++) {
    unsigned extra = e ? SR_PATSET_FALLBACK : 0;
    sets[0][e] = compile(L0, N0, extra);
    sets[1][e] = compile(L1, N1, extra);
  }
  sc = sr_patset_scratch_new();
  CHECK(sc != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!wc) build();
  const char *s = (const char *)data;
  size_t c[2] = {0, 0};
  sr_wordclass_count(wc, s, size, c, 2);
  int ascii = 1;
  for (size_t i = 0; i < size; i++) ascii &= data[i] < 0x80;
  for (int l = 0; l < 2; l++)
    for (int e = 0; e < 2; e++) {
      if (strcmp(sr_patset_engine(sets[l][e]), "hyperscan") != 0 && !ascii) continue;
      const sr_patmatch *m;
      long want = sr_patset_scan(sets[l][e], sc, s, size, SR_PATSET_LONGEST, &m, NULL);
      CHECK(want >= 0 && (size_t)want == c[l]);
    }
  /* a prefix, copied so that nothing past it can be read */
  size_t k = size ? data[0] % (size + 1) : 0;
  char *p = malloc(k ? k : 1);
  CHECK(p != NULL);
  memcpy(p, s, k);
  size_t a[2] = {0, 0}, b[2] = {0, 0};
  sr_wordclass_count(wc, s, k, a, 2);
  sr_wordclass_count(wc, p, k, b, 2);
  CHECK(a[0] == b[0] && a[1] == b[1]);
  free(p);
  return 0;
}
