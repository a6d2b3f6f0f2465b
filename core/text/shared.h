/* Process-wide named sets and counters, shared by every worker thread.
 *
 * sr_shared_set_get("seen") returns the same object to every caller in the
 * process, so workers can deduplicate documents together (saring.hash.set in
 * scripts; later the dedup stages and the watch daemon).  Keys are 64-bit
 * hashes (sr_shared_key_str / sr_shared_key_int): two different keys collide
 * with probability about n^2 / 2^65 for n keys, which we accept.
 *
 * Concurrency: each table is split into SR_SHARED_STRIPES stripes chosen by
 * the top bits of the key, each an open-addressing hash table behind its own
 * mutex, so threads adding different keys rarely wait for each other.  Sizes
 * are kept in atomic counters and read without locking.
 *
 * Lifetime: objects live until sr_shared_teardown(), which the core calls at
 * process exit once every worker has stopped; handles must not be used
 * after it.
 */
#ifndef SARING_TEXT_SHARED_H
#define SARING_TEXT_SHARED_H

#include <stddef.h>
#include <stdint.h>

#define SR_SHARED_STRIPES 64

typedef struct sr_shared_set sr_shared_set;
typedef struct sr_shared_counter sr_shared_counter;

/* Keys: the XXH3 hash of a byte string, and of an integer (hashed with a
 * different seed, so the string "1" and the integer 1 are different keys). */
uint64_t sr_shared_key_str(const void *p, size_t len);
uint64_t sr_shared_key_int(int64_t v);

/* The set called name (any string; sets and counters have separate names),
 * made on first use.  NULL only when memory runs out. */
sr_shared_set *sr_shared_set_get(const char *name);

/* Adds key; returns 1 when it was not there, 0 when it was, SR_ENOMEM. */
int sr_shared_set_add(sr_shared_set *set, uint64_t key);

/* 1 when key is in the set, else 0. */
int sr_shared_set_has(sr_shared_set *set, uint64_t key);

size_t sr_shared_set_size(const sr_shared_set *set);

const char *sr_shared_set_name(const sr_shared_set *set);

/* The counter table called name, made on first use; NULL on no memory. */
sr_shared_counter *sr_shared_counter_get(const char *name);

/* Adds n to key's count (absent keys count 0) and stores the new count in
 * *count (may be NULL).  Returns 0 or SR_ENOMEM.  Counts wrap around on
 * int64 overflow. */
int sr_shared_counter_incr(sr_shared_counter *c, uint64_t key, int64_t n, int64_t *count);

/* key's count, 0 when absent. */
int64_t sr_shared_counter_value(sr_shared_counter *c, uint64_t key);

/* Number of distinct keys counted. */
size_t sr_shared_counter_size(const sr_shared_counter *c);

const char *sr_shared_counter_name(const sr_shared_counter *c);

/* Frees every set and counter.  Call once, at exit, with no thread using
 * them; a later _get makes new, empty ones. */
void sr_shared_teardown(void);

#endif
