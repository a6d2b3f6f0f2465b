/* Word classes (see wordclass.h).
 *
 * The text is read as runs of ASCII letters.  A run can only be a list word
 * when some list word has its first two letters and its length, which a
 * small table (a bit per length for each pair of letters) tells before any
 * hashing.  A run that passes
 * has its boundaries checked (a non-ASCII neighbour is decoded, as the
 * pattern sets do) and is looked up.  Words of up to 16 letters -- all of
 * them in practice -- live in a table of their own whose keys are the
 * lower-cased letters packed in two 64-bit integers, so a lookup is a
 * multiply, a probe and two compares; longer words go to a word table.
 */
#include "text/wordclass.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/patset.h"
#include "text/wordtab.h"

/* Longer words are refused by the length table. */
#define MAXLEN 64
/* Words up to this length are packed keys. */
#define PACKED 16

typedef struct packed {
  uint64_t lo, hi; /* the lower-cased letters, zero-padded; lo = 0 for a free slot */
  uint32_t classes;
} packed;

typedef struct entry {
  sr_wordtab_key k;
  uint32_t classes;
} entry;

struct sr_wordclass {
  packed *fast;  /* cap slots, at most a quarter full */
  size_t cap, n;
  sr_wordtab tab; /* words longer than PACKED */
  /* Bit n - 1 set when some word of n letters starts with these two
   * letters: most runs of a text (and nearly all of those that share a
   * list word's first two letters, "pertama" and "pekan") fail this test,
   * so only few reach the hash table.  MAXLEN is 64, so the bits fit. */
  uint64_t pair_lens[26 * 26];
  uint8_t single[26]; /* 1 for a one-letter word */
};

static inline int is_alpha(unsigned char c) { return (unsigned char)((c | 32) - 'a') < 26; }

/* Packs the lower case of the n (<= PACKED) letters at p; `room` bytes
 * may be read from p.  Either way the key holds the letters in memory
 * order (as memcpy from a zero-padded buffer puts them). */
static inline void pack(const unsigned char *p, size_t n, size_t room, uint64_t *lo, uint64_t *hi) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* Little-endian: byte k in memory is bits 8k..8k+7 of the load, so the
   * masks are arithmetic (a byte buffer would cost a store-forwarding stall
   * per word). */
  if (room >= PACKED) {
    const uint64_t low = 0x2020202020202020u;
    uint64_t x, y;
    memcpy(&x, p, 8);
    memcpy(&y, p + 8, 8);
    uint64_t mx = n >= 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * n)) - 1);
    uint64_t my = n >= 16 ? ~(uint64_t)0 : n <= 8 ? 0 : (((uint64_t)1 << (8 * (n - 8))) - 1);
    *lo = (x | low) & mx;
    *hi = (y | low) & my;
    return;
  }
#else
  (void)room;
#endif
  unsigned char b[PACKED] = {0};
  for (size_t k = 0; k < n; k++) b[k] = p[k] | 32;
  memcpy(lo, b, 8);
  memcpy(hi, b + 8, 8);
}

static inline size_t slot_of(uint64_t lo, uint64_t hi, size_t cap) {
  uint64_t h = (lo * 0x9E3779B97F4A7C15u) ^ (hi * 0xC2B2AE3D27D4EB4Fu);
  return (size_t)(h >> 32) & (cap - 1);
}

/* The slot of a packed key: its own, or the free one where it would go. */
static packed *find_packed(const sr_wordclass *wc, uint64_t lo, uint64_t hi) {
  for (size_t j = slot_of(lo, hi, wc->cap);; j = (j + 1) & (wc->cap - 1)) {
    packed *e = &wc->fast[j];
    if (!e->lo || (e->lo == lo && e->hi == hi)) return e;
  }
}

static int grow_packed(sr_wordclass *wc) {
  size_t cap = wc->cap * 2;
  packed *nf = calloc(cap, sizeof *nf), *old = wc->fast;
  if (!nf) return SR_ENOMEM;
  size_t ocap = wc->cap;
  wc->fast = nf;
  wc->cap = cap;
  for (size_t j = 0; j < ocap; j++)
    if (old[j].lo) *find_packed(wc, old[j].lo, old[j].hi) = old[j];
  free(old);
  return 0;
}

/* Runs of letters are found sixteen bytes at a time with SSE2 (a byte-wise
 * loop elsewhere): word lengths vary, so a loop per byte mispredicts its
 * exit at nearly every word. */
#if defined(__SSE2__)
#include <emmintrin.h>

/* Bit k set when byte k at p is an ASCII letter. */
static inline unsigned letters16(const unsigned char *p) {
  __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
  /* (v - 'a') < 26 as unsigned bytes: a signed compare after flipping the top bit */
  __m128i y = _mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8('a')), _mm_set1_epi8((char)0x80));
  return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(y, _mm_set1_epi8((char)(0x80 + 26))));
}
#endif

/* Bit k set when byte base + k is an ASCII letter, for the up to 64 bytes
 * of [base, len); the bits past len are 0. */
static inline uint64_t letters64(const unsigned char *u, size_t len, size_t base) {
  uint64_t m = 0;
  size_t k = 0;
#if defined(__SSE2__)
  for (; k < 64 && len - base - k >= 16; k += 16) m |= (uint64_t)letters16(u + base + k) << k;
#endif
  for (; k < 64 && base + k < len; k++) m |= (uint64_t)is_alpha(u[base + k]) << k;
  return m;
}

/* The first byte at or after i that is no letter (len when none). */
static inline size_t next_other(const unsigned char *u, size_t len, size_t i) {
#if defined(__SSE2__)
  for (; len - i >= 16; i += 16) {
    unsigned m = ~letters16(u + i) & 0xFFFFu;
    if (m) return i + (size_t)__builtin_ctz(m);
  }
#endif
  while (i < len && is_alpha(u[i])) i++;
  return i;
}

sr_wordclass *sr_wordclass_new(void) {
  sr_wordclass *wc = calloc(1, sizeof *wc);
  if (!wc) return NULL;
  wc->cap = 256;
  wc->fast = calloc(wc->cap, sizeof *wc->fast);
  if (!wc->fast || sr_wordtab_init(&wc->tab, sizeof(entry), 16) < 0) {
    free(wc->fast);
    free(wc);
    return NULL;
  }
  return wc;
}

void sr_wordclass_free(sr_wordclass *wc) {
  if (!wc) return;
  sr_wordtab_free(&wc->tab);
  free(wc->fast);
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
  if (len <= PACKED) {
    /* At most a quarter full: a word of the text that passes the length
     * and letter test but is no list word ends its probe at the first free
     * slot, and the table of a few hundred words still fits in a few
     * kilobytes. */
    if ((wc->n + 1) * 4 > wc->cap && grow_packed(wc) < 0) return SR_ENOMEM;
    uint64_t lo, hi;
    pack((const unsigned char *)low, len, 0, &lo, &hi);
    packed *p = find_packed(wc, lo, hi);
    if (!p->lo) {
      p->lo = lo;
      p->hi = hi;
      wc->n++;
    }
    p->classes |= 1u << cls;
  } else {
    entry *e = sr_wordtab_intern(&wc->tab, low, len);
    if (!e) return SR_ENOMEM;
    e->classes |= 1u << cls;
  }
  if (len == 1) wc->single[low[0] - 'a'] = 1;
  else wc->pair_lens[(low[0] - 'a') * 26 + (low[1] - 'a')] |= (uint64_t)1 << (len - 1);
  return 0;
}

void sr_wordclass_count(const sr_wordclass *wc, const char *s, size_t len, size_t *counts,
                        unsigned nclasses) {
  const unsigned char *u = (const unsigned char *)s;
  char low[MAXLEN];
  /* The runs of letters come from a bit mask of 64 bytes at a time: a run
   * starts at a letter bit whose previous bit is clear and ends at the next
   * clear bit, found with ctz instead of a scan per run (a loop that
   * mispredicted its exit at every word).  pos: every run starting before
   * it has been seen. */
  size_t pos = 0;
  while (pos < len) {
    size_t base = pos;
    uint64_t m = letters64(u, len, base);
    uint64_t prev = base > 0 && is_alpha(u[base - 1]);
    uint64_t starts = m & ~((m << 1) | prev);
    pos = len - base > 64 ? base + 64 : len;
    while (starts) {
      size_t a = base + (size_t)__builtin_ctzll(starts);
      starts &= starts - 1;
      /* the run's end: the next clear bit, or past this block's end */
      uint64_t rest = ~m >> (a - base);
      size_t i = rest ? a + (size_t)__builtin_ctzll(rest) : next_other(u, len, base + 64);
      if (i > pos) pos = i; /* the last run of the block ran past it */
      size_t n = i - a;
      if (n > MAXLEN) continue;
      unsigned c0 = (u[a] | 32) - 'a';
      if (n == 1 ? !wc->single[c0] : !(wc->pair_lens[c0 * 26 + ((u[a + 1] | 32) - 'a')] >> (n - 1) & 1u))
        continue;
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
      uint32_t classes;
      if (n <= PACKED) {
        uint64_t lo, hi;
        pack(u + a, n, len - a, &lo, &hi);
        classes = find_packed(wc, lo, hi)->classes; /* 0 in a free slot */
      } else {
        for (size_t k = 0; k < n; k++) low[k] = (char)(u[a + k] | 32);
        const entry *e = sr_wordtab_get_sized(&wc->tab, low, n, sizeof(entry));
        classes = e ? e->classes : 0;
      }
      for (unsigned c = 0; classes && c < nclasses && c < SR_WORDCLASS_MAX; c++)
        if (classes >> c & 1u) counts[c]++;
    }
  }
}
