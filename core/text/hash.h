/* Hashes and similarity sketches for deduplication (no Lua).
 *
 * Everything here is a pure function of its arguments: safe from any thread.
 * The hash function is xxHash's XXH3 (libxxhash), whose output is stable
 * across versions since xxHash 0.8.0, so hashes may be stored and compared
 * between runs.
 *
 * Sketches work on word shingles: words are runs of Unicode letters, marks
 * and digits, lower-cased (simple case mapping); a shingle is n consecutive
 * words, hashed from the XXH3 hashes of its words.  A text with fewer than n
 * words has one shingle made of all its words; a text with no words has
 * none.
 */
#ifndef SARING_TEXT_HASH_H
#define SARING_TEXT_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The largest shingle size accepted. */
#define SR_SHINGLE_MAX 64

/* XXH3_64bits (with a seed when seed != 0, XXH3_64bits_withSeed). */
uint64_t sr_hash64(const void *p, size_t len, uint64_t seed);

/* XXH3_128bits as 32 lower-case hex digits (high 64 bits first, the
 * canonical form of XXH128_canonicalFromHash) and a NUL. */
void sr_hash128_hex(const void *p, size_t len, char out[33]);

/* Calls fn(hash, ud) for each shingle of `shingle` words (1..SR_SHINGLE_MAX).
 * Returns the number of shingles, or SR_ENOMEM / SR_EINVAL. */
long sr_shingles(const char *s, size_t len, unsigned shingle,
                 void (*fn)(uint64_t h, void *ud), void *ud);

/* 64-bit simhash (Charikar) of the word shingles, each of weight 1.  0 for a
 * text without words.  Returns 0 or SR_E* (stored result in *out). */
int sr_simhash(const char *s, size_t len, unsigned shingle, uint64_t *out);

/* The largest value of a minhash signature entry, also the value of every
 * entry for a text without words: values are below 2^61 - 1. */
#define SR_MINHASH_EMPTY ((uint64_t)0x1FFFFFFFFFFFFFFFULL)

/* MinHash signature: k (>= 1) universal hash permutations
 * h_i(x) = (a_i x + b_i) mod (2^61 - 1) of the shingle hashes, a_i and b_i
 * drawn from splitmix64(seed).  Writes k values to sig.  Returns the number
 * of shingles, or SR_E*. */
long sr_minhash(const char *s, size_t len, unsigned shingle, size_t k, uint64_t seed,
                uint64_t *sig);

/* The fraction of equal entries of two signatures of length k (> 0): an
 * estimate of the Jaccard similarity of the two shingle sets. */
double sr_minhash_similarity(const uint64_t *a, const uint64_t *b, size_t k);

/* Number of differing bits. */
int sr_hamming64(uint64_t a, uint64_t b);

#endif
