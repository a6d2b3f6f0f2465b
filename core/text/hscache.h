/* A persistent cache of compiled Hyperscan databases, shared by the runs of
 * saring on one machine.
 *
 * Compiling the pattern sets of a pipeline (core/text/patset.c) is a large
 * part of its start-up: the news pipeline's caseless UTF-8 trigger set alone
 * takes Hyperscan some 15 ms, as long as loading every stage script.  A
 * compiled database can be serialized, so the first run stores it and later
 * runs deserialize it, which is some hundred times cheaper.
 *
 * An entry is named by a 128-bit hash (XXH3) of everything that determines
 * the database: the expressions, their flags and ids, the mode, hs_version()
 * and the platform Hyperscan compiles for (hs_populate_platform).  Entries
 * are written to a temporary file that is then renamed, so readers never see
 * half a file, and are read defensively: a truncated, corrupt or foreign file
 * (checked by a header and a checksum of the whole payload), or one another
 * user owns or others may write (Hyperscan trusts what it deserializes), is a
 * miss, and the caller compiles as if there were no cache.  No failure of
 * the cache is ever fatal: a folder that cannot be created or written just
 * means no entry is stored.
 *
 * The folder is process-wide and empty (disabled) until sr_hscache_set_dir
 * is called: the library never writes to the user's home on its own; the
 * command line picks the folder (sr_hscache_default_dir).
 */
#ifndef SARING_TEXT_HSCACHE_H
#define SARING_TEXT_HSCACHE_H

#include <stddef.h>
#include <stdint.h>

/* Sets the cache folder (copied; created when first written to, with its
 * parents).  NULL or "" disables the cache.  Returns 0, or SR_ENOMEM (the
 * cache is then disabled).  Call it before the workers start compiling. */
int sr_hscache_set_dir(const char *dir);

/* The folder in use, or NULL when the cache is disabled.  The string is
 * owned by the cache and valid until the next sr_hscache_set_dir. */
const char *sr_hscache_dir(void);

/* The default folder: $SARING_CACHE_DIR when set (an empty value disables
 * the cache: NULL is returned), else $XDG_CACHE_HOME/saring (when that is an
 * absolute path), else $HOME/.cache/saring, else NULL.  The caller frees the
 * result. */
char *sr_hscache_default_dir(void);

/* What the command lines do with --no-cache (off) and --cache-dir DIR
 * (dir, or NULL when not given): off disables the cache, else dir is used
 * (an empty one disables it), else sr_hscache_default_dir(). */
void sr_hscache_configure(int off, const char *dir);

/* Counters since the start of the process (or the last reset): lookups that
 * found a usable entry, lookups that did not (no file, or a file that was
 * refused), entries written, and entries that could not be written. */
typedef struct sr_hscache_stats {
  uint64_t hits, misses, stores, store_failures, rejected;
} sr_hscache_stats;

void sr_hscache_get_stats(sr_hscache_stats *out);
void sr_hscache_reset_stats(void);

#ifdef SARING_HAVE_HYPERSCAN
#include <hs.h>

/* The key of one compile input, as 32 lower-case hex digits and a NUL. */
typedef struct sr_hscache_key {
  char hex[33];
  uint64_t lo, hi;
} sr_hscache_key;

/* Computes the key of hs_compile_multi(exprs, flags, ids, n, mode, NULL).
 * Returns 0, or -1 when the platform cannot be queried (then do not use the
 * cache for this compile). */
int sr_hscache_key_of(const char *const *exprs, const unsigned *flags, const unsigned *ids,
                      size_t n, unsigned mode, sr_hscache_key *key);

/* The database stored under key, or NULL (disabled cache, no entry, or an
 * entry refused as truncated, corrupt or foreign).  The caller owns the
 * database (hs_free_database). */
hs_database_t *sr_hscache_load(const sr_hscache_key *key);

/* Stores db under key, atomically; failures are counted, never reported.
 * Returns 0 when stored, -1 when not. */
int sr_hscache_store(const sr_hscache_key *key, const hs_database_t *db);
#endif

#endif
