/* A table of words (byte strings), built once and read many times: the
 * word lists of the entity tagger and of the quantity finder.
 *
 * Open addressing with linear probing on a small inline hash, at most half
 * full.  The caller's entry type starts with an sr_wordtab_key and adds its
 * own fields after it (flags, a kind, numbers); the table stores whole
 * entries, so a lookup is one probe sequence and no pointer chase.  Keys are
 * copied and owned by the table.
 */
#ifndef SARING_TEXT_WORDTAB_H
#define SARING_TEXT_WORDTAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct sr_wordtab_key {
  uint64_t h;
  char *key; /* owned; NULL for a free slot */
  size_t len;
} sr_wordtab_key;

typedef struct sr_wordtab {
  unsigned char *slots; /* cap entries of `size` bytes */
  /* cap tags, one per slot: 0 for a free slot, else sr_wordtab_tag_ of the
   * key's hash.  A probe reads these two-byte tags and touches an entry
   * only when its tag matches: the ner table holds some 13,000 words in a
   * megabyte of slots, and most probes of a missing word (or the slots
   * before a word's own) then cost no cache miss on the slots. */
  uint16_t *tags;
  /* cap copies of the first SR_WORDTAB_INLINE bytes of each slot's key, so
   * that a short key (nearly every word) is compared here, in a load that
   * does not wait for the slot's, rather than through its key pointer, a
   * second cache miss after the slot's. */
  unsigned char (*inl)[16];
  size_t cap, n, size;
} sr_wordtab;

#define SR_WORDTAB_INLINE 16

/* Makes an empty table of entries of `entry_size` bytes (at least
 * sizeof(sr_wordtab_key)) with room for cap/2 words; cap is a power of two.
 * Returns 0 or SR_ENOMEM. */
int sr_wordtab_init(sr_wordtab *t, size_t entry_size, size_t cap);
void sr_wordtab_free(sr_wordtab *t);

/* The entry of a word, or NULL. */
void *sr_wordtab_get(const sr_wordtab *t, const void *word, size_t len);

/* The entry of a word, made when missing with every byte after the key
 * zero; NULL when out of memory.  The pointer is good until the next
 * intern. */
void *sr_wordtab_intern(sr_wordtab *t, const void *word, size_t len);

/* The lookup, inline for the callers on a hot path; entry_size must be the
 * table's (a constant there, which makes the probe cheaper).  The helpers
 * ending in _ are its parts, not an interface. */

static inline uint64_t sr_wordtab_rd64_(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
static inline uint64_t sr_wordtab_rd32_(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* The 64x64->128-bit product folded to 64 bits: the mixing step of
 * wyhash-like hashes. */
static inline uint64_t sr_wordtab_mix_(uint64_t a, uint64_t b) {
#if defined(__SIZEOF_INT128__)
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
  /* without 128-bit integers any decent mixing will do: the table only
   * needs the hashes of distinct words to differ in their low bits */
  uint64_t r = a * b;
  return r ^ (r >> 29) ^ ((a >> 32) * (b >> 32));
#endif
}

/* The hash of a key.  Keys are words of a few bytes and every lookup hashes
 * one, so this is a small inline hash (two or three multiplications for a
 * word of up to 16 bytes) rather than a call to XXH3, which did much more
 * for short keys.  The hashes are the table's own business: never stored
 * elsewhere, so nothing depends on their values. */
static inline uint64_t sr_wordtab_hash_(const void *word, size_t len) {
  const unsigned char *p = word;
  const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL,
                 k2 = 0x8ebc6af09c88c6e3ULL;
  uint64_t seed = k0 ^ (uint64_t)len;
  uint64_t a, b;
  if (len <= 16) {
    if (len >= 8) {
      a = sr_wordtab_rd64_(p);
      b = sr_wordtab_rd64_(p + len - 8);
    } else if (len >= 4) {
      a = sr_wordtab_rd32_(p);
      b = sr_wordtab_rd32_(p + len - 4);
    } else if (len > 0) {
      a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len >> 1] << 8) | p[len - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = len;
    while (i > 16) {
      seed = sr_wordtab_mix_(sr_wordtab_rd64_(p) ^ k1,
                             sr_wordtab_rd64_(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = sr_wordtab_rd64_(p + i - 16);
    b = sr_wordtab_rd64_(p + i - 8);
  }
  return sr_wordtab_mix_(k1 ^ (uint64_t)len,
                         sr_wordtab_mix_(a ^ k1, b ^ seed) ^ k2);
}

/* The hash a lookup takes, also for callers with tables of their own (the
 * forms of text/forms.c): a few multiplications for a short key, inline. */
static inline uint64_t sr_wordtab_hash(const void *word, size_t len) {
  return sr_wordtab_hash_(word, len);
}

/* Are the n bytes at a and b equal?  Keys are short: up to 16 bytes are
 * compared with two overlapping loads instead of a call to memcmp. */
static inline int sr_wordtab_same_(const unsigned char *a,
                                   const unsigned char *b, size_t n) {
  if (n >= 8 && n <= 16)
    return ((sr_wordtab_rd64_(a) ^ sr_wordtab_rd64_(b)) |
            (sr_wordtab_rd64_(a + n - 8) ^ sr_wordtab_rd64_(b + n - 8))) == 0;
  if (n >= 4 && n < 8)
    return ((sr_wordtab_rd32_(a) ^ sr_wordtab_rd32_(b)) |
            (sr_wordtab_rd32_(a + n - 4) ^ sr_wordtab_rd32_(b + n - 4))) == 0;
  if (n < 4) {
    for (size_t i = 0; i < n; i++)
      if (a[i] != b[i]) return 0;
    return 1;
  }
  return memcmp(a, b, n) == 0;
}

/* The same comparison for callers that keep short keys of their own (the
 * forms of text/forms.c, the tagger's spellings in text/ner.c). */
static inline int sr_wordtab_same(const void *a, const void *b, size_t n) {
  return sr_wordtab_same_((const unsigned char *)a, (const unsigned char *)b, n);
}

/* The tag of a hash: its top bits, never 0 (the mark of a free slot).  The
 * slot index comes from the low bits, so the tag adds information. */
static inline uint16_t sr_wordtab_tag_(uint64_t h) { return (uint16_t)((h >> 48) | 1u); }

/* Asks the CPU to load what a lookup of the word hashing to h (see
 * sr_wordtab_hash) reads first: its tag, its slot and its inline bytes.  For
 * a caller that knows the words it will look up a few steps ahead: their
 * cache misses then overlap instead of coming one after another. */
static inline void sr_wordtab_prefetch(const sr_wordtab *t, uint64_t h,
                                       size_t entry_size) {
  size_t i = (size_t)h & (t->cap - 1);
#if defined(__GNUC__)
  __builtin_prefetch(&t->tags[i]);
  __builtin_prefetch(t->slots + i * entry_size);
  __builtin_prefetch(t->inl[i]);
#else
  (void)i;
  (void)entry_size;
#endif
}

/* sr_wordtab_get_sized for a word whose hash (sr_wordtab_hash) is known. */
static inline void *sr_wordtab_get_hashed(const sr_wordtab *t, uint64_t h,
                                          const void *word, size_t len,
                                          size_t entry_size) {
  size_t mask = t->cap - 1;
  uint16_t tag = sr_wordtab_tag_(h);
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    uint16_t ti = t->tags[i];
    if (!ti)
      return NULL;
    if (ti != tag)
      continue;
    sr_wordtab_key *e = (sr_wordtab_key *)(t->slots + i * entry_size);
    if (e->h == h && e->len == len &&
        (len <= SR_WORDTAB_INLINE
             ? sr_wordtab_same_(t->inl[i], word, len)
             : memcmp(e->key, word, len) == 0))
      return e;
  }
}

static inline void *sr_wordtab_get_sized(const sr_wordtab *t, const void *word,
                                         size_t len, size_t entry_size) {
  return sr_wordtab_get_hashed(t, sr_wordtab_hash_(word, len), word, len,
                               entry_size);
}

#endif
