/* Hashes and similarity sketches (see hash.h). */
#include "text/hash.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#include "error.h"

uint64_t sr_hash64(const void *p, size_t len, uint64_t seed) {
  if (!p) p = "";
  return seed ? XXH3_64bits_withSeed(p, len, seed) : XXH3_64bits(p, len);
}

void sr_hash128_hex(const void *p, size_t len, char out[33]) {
  static const char hex[] = "0123456789abcdef";
  XXH128_canonical_t c;
  XXH128_canonicalFromHash(&c, XXH3_128bits(p ? p : "", len));
  for (int i = 0; i < 16; i++) {
    out[2 * i] = hex[c.digest[i] >> 4];
    out[2 * i + 1] = hex[c.digest[i] & 15];
  }
  out[32] = 0;
}

static int is_word_cp(int32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO; /* L*, M*, N* */
}

long sr_shingles(const char *s, size_t len, unsigned shingle,
                 void (*fn)(uint64_t h, void *ud), void *ud) {
  if (shingle < 1 || shingle > SR_SHINGLE_MAX) return SR_EINVAL;
  /* The lower-cased word is built here; simple case mapping grows a
   * character by at most one byte (2 -> 3), so 2 * len + 4 always fits. */
  unsigned char *word = malloc(2 * len + 4);
  if (!word) return SR_ENOMEM;
  uint64_t win[SR_SHINGLE_MAX];
  size_t nwin = 0;
  long count = 0;
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  for (;;) {
    /* Find the next word and lower-case it into `word`. */
    size_t wl = 0;
    while (i < len) {
      int32_t cp;
      size_t k;
      if (p[i] < 0x80) {
        cp = p[i];
        k = 1;
      } else {
        utf8proc_int32_t c;
        utf8proc_ssize_t r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (r <= 0) { /* an invalid byte separates words */
          i++;
          if (wl) break;
          continue;
        }
        cp = c;
        k = (size_t)r;
      }
      if (!is_word_cp(cp)) {
        i += k;
        if (wl) break;
        continue;
      }
      i += k;
      if (cp < 0x80)
        word[wl++] = (unsigned char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      else
        wl += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), word + wl);
    }
    if (wl == 0) break;
    uint64_t h = XXH3_64bits(word, wl);
    if (nwin == shingle) {
      memmove(win, win + 1, (shingle - 1) * sizeof *win);
      nwin--;
    }
    win[nwin++] = h;
    if (nwin == shingle) {
      fn(XXH3_64bits(win, nwin * sizeof *win), ud);
      count++;
    }
  }
  /* Fewer words than the shingle size: one shingle of them all. */
  if (count == 0 && nwin > 0) {
    fn(XXH3_64bits(win, nwin * sizeof *win), ud);
    count = 1;
  }
  free(word);
  return count;
}

static void simhash_cb(uint64_t h, void *ud) {
  int64_t *v = ud;
  for (int b = 0; b < 64; b++) v[b] += ((h >> b) & 1) ? 1 : -1;
}

int sr_simhash(const char *s, size_t len, unsigned shingle, uint64_t *out) {
  int64_t v[64] = {0};
  long n = sr_shingles(s, len, shingle, simhash_cb, v);
  if (n < 0) return (int)n;
  uint64_t r = 0;
  for (int b = 0; b < 64; b++)
    if (v[b] > 0) r |= (uint64_t)1 << b;
  *out = r;
  return 0;
}

#define MERSENNE61 ((uint64_t)0x1FFFFFFFFFFFFFFFULL)

static uint64_t mod61(unsigned __int128 x) {
  uint64_t r = (uint64_t)(x & MERSENNE61) + (uint64_t)(x >> 61);
  r = (r & MERSENNE61) + (r >> 61);
  return r >= MERSENNE61 ? r - MERSENNE61 : r;
}

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

typedef struct minhash_ctx {
  const uint64_t *a, *b;
  uint64_t *sig;
  size_t k;
} minhash_ctx;

static void minhash_cb(uint64_t h, void *ud) {
  minhash_ctx *c = ud;
  uint64_t x = mod61(h);
  for (size_t i = 0; i < c->k; i++) {
    uint64_t v = mod61((unsigned __int128)c->a[i] * x + c->b[i]);
    if (v < c->sig[i]) c->sig[i] = v;
  }
}

long sr_minhash(const char *s, size_t len, unsigned shingle, size_t k, uint64_t seed,
                uint64_t *sig) {
  if (k == 0) return SR_EINVAL;
  uint64_t *ab = malloc(2 * k * sizeof *ab);
  if (!ab) return SR_ENOMEM;
  uint64_t st = seed ^ 0x5A52494E47ULL; /* "saring" */
  for (size_t i = 0; i < k; i++) {
    uint64_t a;
    do a = mod61(splitmix64(&st)); while (a == 0);
    ab[i] = a;
    ab[k + i] = mod61(splitmix64(&st));
    sig[i] = SR_MINHASH_EMPTY;
  }
  minhash_ctx c = {ab, ab + k, sig, k};
  long n = sr_shingles(s, len, shingle, minhash_cb, &c);
  free(ab);
  return n;
}

double sr_minhash_similarity(const uint64_t *a, const uint64_t *b, size_t k) {
  if (k == 0) return 0.0;
  size_t eq = 0;
  for (size_t i = 0; i < k; i++) eq += a[i] == b[i];
  return (double)eq / (double)k;
}

int sr_hamming64(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }
