/* A table of words built once and read many times (see wordtab.h). */
#include "text/wordtab.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

static inline uint64_t rd64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
static inline uint64_t rd32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* The 64x64->128-bit product folded to 64 bits: the mixing step of
 * wyhash-like hashes. */
static inline uint64_t mix(uint64_t a, uint64_t b) {
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
static inline uint64_t key_hash(const void *word, size_t len) {
  const unsigned char *p = word;
  const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL, k2 = 0x8ebc6af09c88c6e3ULL;
  uint64_t seed = k0 ^ (uint64_t)len;
  uint64_t a, b;
  if (len <= 16) {
    if (len >= 8) {
      a = rd64(p);
      b = rd64(p + len - 8);
    } else if (len >= 4) {
      a = rd32(p);
      b = rd32(p + len - 4);
    } else if (len > 0) {
      a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len >> 1] << 8) | p[len - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = len;
    while (i > 16) {
      seed = mix(rd64(p) ^ k1, rd64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = rd64(p + i - 16);
    b = rd64(p + i - 8);
  }
  return mix(k1 ^ (uint64_t)len, mix(a ^ k1, b ^ seed) ^ k2);
}

/* Are the n bytes at a and b equal?  Keys are short: up to 16 bytes are
 * compared with two overlapping loads instead of a call to memcmp. */
static inline int same_bytes(const unsigned char *a, const unsigned char *b, size_t n) {
  if (n >= 8 && n <= 16)
    return ((rd64(a) ^ rd64(b)) | (rd64(a + n - 8) ^ rd64(b + n - 8))) == 0;
  if (n >= 4 && n < 8) return ((rd32(a) ^ rd32(b)) | (rd32(a + n - 4) ^ rd32(b + n - 4))) == 0;
  return memcmp(a, b, n) == 0;
}

static inline sr_wordtab_key *slot(const sr_wordtab *t, size_t i) {
  return (sr_wordtab_key *)(t->slots + i * t->size);
}

int sr_wordtab_init(sr_wordtab *t, size_t entry_size, size_t cap) {
  t->size = entry_size < sizeof(sr_wordtab_key) ? sizeof(sr_wordtab_key) : entry_size;
  t->cap = cap < 2 ? 2 : cap;
  t->n = 0;
  t->slots = calloc(t->cap, t->size);
  return t->slots ? 0 : SR_ENOMEM;
}

void sr_wordtab_free(sr_wordtab *t) {
  if (!t->slots) return;
  for (size_t i = 0; i < t->cap; i++) free(slot(t, i)->key);
  free(t->slots);
  t->slots = NULL;
  t->cap = t->n = 0;
}

void *sr_wordtab_get(const sr_wordtab *t, const void *word, size_t len) {
  uint64_t h = key_hash(word, len);
  size_t mask = t->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    sr_wordtab_key *e = slot(t, i);
    if (!e->key) return NULL;
    if (e->h == h && e->len == len && same_bytes((const unsigned char *)e->key, word, len)) return e;
  }
}

static int grow(sr_wordtab *t) {
  size_t ncap = t->cap * 2;
  unsigned char *ns = calloc(ncap, t->size);
  if (!ns) return SR_ENOMEM;
  for (size_t i = 0; i < t->cap; i++) {
    sr_wordtab_key *e = slot(t, i);
    if (!e->key) continue;
    size_t j = (size_t)e->h & (ncap - 1);
    while (((sr_wordtab_key *)(ns + j * t->size))->key) j = (j + 1) & (ncap - 1);
    memcpy(ns + j * t->size, e, t->size);
  }
  free(t->slots);
  t->slots = ns;
  t->cap = ncap;
  return 0;
}

void *sr_wordtab_intern(sr_wordtab *t, const void *word, size_t len) {
  if ((t->n + 1) * 2 > t->cap && grow(t) < 0) return NULL;
  uint64_t h = key_hash(word, len);
  size_t mask = t->cap - 1;
  size_t i = (size_t)h & mask;
  for (; slot(t, i)->key; i = (i + 1) & mask) {
    sr_wordtab_key *e = slot(t, i);
    if (e->h == h && e->len == len && memcmp(e->key, word, len) == 0) return e;
  }
  char *key = malloc(len ? len : 1);
  if (!key) return NULL;
  memcpy(key, word, len);
  sr_wordtab_key *e = slot(t, i);
  memset(e, 0, t->size);
  e->h = h;
  e->key = key;
  e->len = len;
  t->n++;
  return e;
}
