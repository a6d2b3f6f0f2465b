/* Word classes (see wordclass.h).
 *
 * The text is read as runs of ASCII letters.  A run can only be a list word
 * when its length is one of the lists' and its first two letters start
 * one, which two small tables tell before any hashing: on news text most
 * runs are turned away there.  A run that passes is lower-cased, its
 * boundaries are checked (a non-ASCII neighbour is decoded, as the pattern
 * sets do) and it is looked up in a word table whose entries carry the class
 * bits.
 */
#include "text/wordclass.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/patset.h"
#include "text/wordtab.h"

/* Longer words are refused by the length table. */
#define MAXLEN 64

typedef struct entry {
  sr_wordtab_key k;
  uint32_t classes;
} entry;

struct sr_wordclass {
  sr_wordtab tab;
  uint8_t lens[MAXLEN + 1];  /* 1 when some word has this length */
  uint8_t pair[26 * 26];     /* 1 when some word starts with these two letters */
  uint8_t single[26];        /* 1 for a one-letter word */
};

static inline int is_alpha(unsigned char c) { return (unsigned char)((c | 32) - 'a') < 26; }

sr_wordclass *sr_wordclass_new(void) {
  sr_wordclass *wc = calloc(1, sizeof *wc);
  if (!wc) return NULL;
  if (sr_wordtab_init(&wc->tab, sizeof(entry), 256) < 0) {
    free(wc);
    return NULL;
  }
  return wc;
}

void sr_wordclass_free(sr_wordclass *wc) {
  if (!wc) return;
  sr_wordtab_free(&wc->tab);
  free(wc);
}

int sr_wordclass_add(sr_wordclass *wc, const char *word, size_t len, unsigned cls) {
  if (cls >= SR_WORDCLASS_MAX || len == 0 || len > MAXLEN) return SR_EINVAL;
  char low[MAXLEN];
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)word[i];
    if (!is_alpha(c)) return SR_EINVAL;
    low[i] = (char)(c | 32);
  }
  entry *e = sr_wordtab_intern(&wc->tab, low, len);
  if (!e) return SR_ENOMEM;
  e->classes |= 1u << cls;
  wc->lens[len] = 1;
  if (len == 1) wc->single[low[0] - 'a'] = 1;
  else wc->pair[(low[0] - 'a') * 26 + (low[1] - 'a')] = 1;
  return 0;
}

void sr_wordclass_count(const sr_wordclass *wc, const char *s, size_t len, size_t *counts,
                        unsigned nclasses) {
  const unsigned char *u = (const unsigned char *)s;
  char low[MAXLEN];
  size_t i = 0;
  while (i < len) {
    if (!is_alpha(u[i])) {
      i++;
      continue;
    }
    size_t a = i;
    while (i < len && is_alpha(u[i])) i++;
    size_t n = i - a;
    if (n > MAXLEN || !wc->lens[n]) continue;
    unsigned c0 = (u[a] | 32) - 'a';
    if (n == 1 ? !wc->single[c0] : !wc->pair[c0 * 26 + ((u[a + 1] | 32) - 'a')]) continue;
    /* Whole word: the run is maximal among ASCII letters, so an ASCII
     * neighbour is a word character only when it is a digit. */
    if (a > 0) {
      unsigned char p = u[a - 1];
      if (p < 0x80 ? (p >= '0' && p <= '9') : sr_patset_word_char_before(s, a)) continue;
    }
    if (i < len) {
      unsigned char q = u[i];
      if (q < 0x80 ? (q >= '0' && q <= '9') : sr_patset_word_char_at(s, len, i)) continue;
    }
    for (size_t k = 0; k < n; k++) low[k] = (char)(u[a + k] | 32);
    const entry *e = sr_wordtab_get(&wc->tab, low, n);
    if (!e) continue;
    for (unsigned c = 0; c < nclasses && c < SR_WORDCLASS_MAX; c++)
      if (e->classes >> c & 1u) counts[c]++;
  }
}
