/* The persistent cache of compiled Hyperscan databases (see hscache.h). */
#include "text/hscache.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "error.h"
#include "log.h"

static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static char *cache_dir; /* under cache_mu; NULL: disabled */
static sr_hscache_stats stats; /* under cache_mu */

int sr_hscache_set_dir(const char *dir) {
  char *copy = NULL;
  if (dir && *dir && !(copy = strdup(dir))) {
    pthread_mutex_lock(&cache_mu);
    free(cache_dir);
    cache_dir = NULL;
    pthread_mutex_unlock(&cache_mu);
    return SR_ENOMEM;
  }
  pthread_mutex_lock(&cache_mu);
  free(cache_dir);
  cache_dir = copy;
  pthread_mutex_unlock(&cache_mu);
  return 0;
}

const char *sr_hscache_dir(void) {
  pthread_mutex_lock(&cache_mu);
  const char *d = cache_dir;
  pthread_mutex_unlock(&cache_mu);
  return d;
}

static char *join(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *s = malloc(la + lb + 2);
  if (!s) return NULL;
  memcpy(s, a, la);
  s[la] = '/';
  memcpy(s + la + 1, b, lb + 1);
  return s;
}

char *sr_hscache_default_dir(void) {
  const char *v = getenv("SARING_CACHE_DIR");
  if (v) return *v ? strdup(v) : NULL;
  /* The XDG spec says a relative XDG_CACHE_HOME is invalid and ignored. */
  v = getenv("XDG_CACHE_HOME");
  if (v && v[0] == '/') return join(v, "saring");
  v = getenv("HOME");
  if (v && *v) return join(v, ".cache/saring");
  return NULL;
}

void sr_hscache_configure(int off, const char *dir) {
  if (off) {
    sr_hscache_set_dir(NULL);
  } else if (dir) {
    sr_hscache_set_dir(dir);
  } else {
    char *d = sr_hscache_default_dir();
    sr_hscache_set_dir(d);
    free(d);
  }
}

void sr_hscache_get_stats(sr_hscache_stats *out) {
  pthread_mutex_lock(&cache_mu);
  *out = stats;
  pthread_mutex_unlock(&cache_mu);
}

void sr_hscache_reset_stats(void) {
  pthread_mutex_lock(&cache_mu);
  memset(&stats, 0, sizeof stats);
  pthread_mutex_unlock(&cache_mu);
}

#ifdef SARING_HAVE_HYPERSCAN

/* The file: this header, then the serialized database.  The key is repeated
 * so that a file renamed or copied under another name is refused, and the
 * checksum covers the payload so that a truncated or damaged one is. */
static const char MAGIC[8] = {'S', 'R', 'H', 'S', 'D', 'B', '1', '\n'};
typedef struct file_header {
  char magic[8];
  uint64_t key_lo, key_hi;
  uint64_t len;   /* payload bytes */
  uint64_t check; /* XXH3-64 of the payload */
} file_header;

/* Serialized databases larger than this are not cached (nor read back):
 * the cache is for the pattern sets of scripts, a few MB at most. */
#define MAX_PAYLOAD ((uint64_t)256 << 20)

static void count(uint64_t *counter) {
  pthread_mutex_lock(&cache_mu);
  (*counter)++;
  pthread_mutex_unlock(&cache_mu);
}

static void update_u64(XXH3_state_t *st, uint64_t v) { XXH3_128bits_update(st, &v, sizeof v); }

int sr_hscache_key_of(const char *const *exprs, const unsigned *flags, const unsigned *ids,
                      size_t n, unsigned mode, sr_hscache_key *key) {
  hs_platform_info_t plat;
  if (hs_populate_platform(&plat) != HS_SUCCESS) return -1;
  XXH3_state_t st;
  XXH3_INITSTATE(&st);
  if (XXH3_128bits_reset(&st) != XXH_OK) return -1;
  /* A version tag for the key's own layout, so a change to what is hashed
   * here never meets the entries of the old layout. */
  static const char tag[] = "saring-hscache-1";
  XXH3_128bits_update(&st, tag, sizeof tag);
  const char *ver = hs_version();
  XXH3_128bits_update(&st, ver, strlen(ver) + 1);
  update_u64(&st, plat.tune);
  update_u64(&st, plat.cpu_features);
  update_u64(&st, plat.reserved1);
  update_u64(&st, plat.reserved2);
  update_u64(&st, mode);
  update_u64(&st, n);
  /* Lengths before texts, so that no two inputs hash the same bytes. */
  for (size_t i = 0; i < n; i++) {
    size_t l = strlen(exprs[i]);
    update_u64(&st, flags ? flags[i] : 0);
    update_u64(&st, ids ? ids[i] : 0);
    update_u64(&st, l);
    XXH3_128bits_update(&st, exprs[i], l);
  }
  XXH128_hash_t h = XXH3_128bits_digest(&st);
  key->lo = h.low64;
  key->hi = h.high64;
  snprintf(key->hex, sizeof key->hex, "%016llx%016llx", (unsigned long long)h.high64,
           (unsigned long long)h.low64);
  return 0;
}

/* DIR/hs-KEY.db; NULL when the cache is disabled or out of memory.  The
 * caller frees it. */
static char *entry_path(const sr_hscache_key *key) {
  pthread_mutex_lock(&cache_mu);
  char *p = NULL;
  if (cache_dir) {
    size_t l = strlen(cache_dir) + sizeof "/hs-.db" + 32;
    p = malloc(l);
    if (p) snprintf(p, l, "%s/hs-%s.db", cache_dir, key->hex);
  }
  pthread_mutex_unlock(&cache_mu);
  return p;
}

/* Reads exactly len bytes; -1 on error or early end of file. */
static int read_full(int fd, void *buf, size_t len) {
  char *p = buf;
  while (len > 0) {
    ssize_t r = read(fd, p, len);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    p += r;
    len -= (size_t)r;
  }
  return 0;
}

static int write_full(int fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    ssize_t w = write(fd, p, len);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    len -= (size_t)w;
  }
  return 0;
}

hs_database_t *sr_hscache_load(const sr_hscache_key *key) {
  char *path = entry_path(key);
  if (!path) return NULL;
  hs_database_t *db = NULL;
  char *payload = NULL;
  const char *why = NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) goto done; /* no entry: a plain miss */
  file_header h;
  struct stat sb;
  if (fstat(fd, &sb) || !S_ISREG(sb.st_mode)) {
    why = "not a regular file";
    goto done;
  }
  /* Hyperscan trusts the bytes it deserializes, so only entries this user
   * wrote are read: in a folder others can write to (a shared /tmp path in
   * SARING_CACHE_DIR), their files are refused, not loaded. */
  if (sb.st_uid != geteuid() || (sb.st_mode & (S_IWGRP | S_IWOTH))) {
    why = "written by another user, or writable by others";
    goto done;
  }
  if (read_full(fd, &h, sizeof h)) {
    why = "truncated header";
    goto done;
  }
  if (memcmp(h.magic, MAGIC, sizeof MAGIC) || h.key_lo != key->lo || h.key_hi != key->hi) {
    why = "foreign file";
    goto done;
  }
  if (h.len == 0 || h.len > MAX_PAYLOAD || (uint64_t)sb.st_size != sizeof h + h.len) {
    why = "wrong length";
    goto done;
  }
  if (!(payload = malloc((size_t)h.len)) || read_full(fd, payload, (size_t)h.len)) {
    why = payload ? "truncated payload" : "out of memory";
    goto done;
  }
  if (XXH3_64bits(payload, (size_t)h.len) != h.check) {
    why = "checksum mismatch";
    goto done;
  }
  if (hs_deserialize_database(payload, (size_t)h.len, &db) != HS_SUCCESS) {
    db = NULL;
    why = "refused by Hyperscan";
    goto done;
  }
done:
  if (fd >= 0) close(fd);
  free(payload);
  pthread_mutex_lock(&cache_mu);
  if (db) stats.hits++;
  else stats.misses++;
  if (why) stats.rejected++;
  pthread_mutex_unlock(&cache_mu);
  if (why) sr_log(SR_LOG_DEBUG, "pattern cache: ignoring %s (%s)", path, why);
  free(path);
  return db;
}

/* mkdir -p, owner-only for the folders it creates (the cache is per user). */
static int make_dirs(const char *dir) {
  char *p = strdup(dir);
  if (!p) return -1;
  int rc = 0;
  for (char *s = p + 1;; s++) {
    if (*s != '/' && *s != 0) continue;
    char c = *s;
    *s = 0;
    if (mkdir(p, 0700) && errno != EEXIST) {
      rc = -1;
      break;
    }
    *s = c;
    if (!c) break;
  }
  free(p);
  return rc;
}

int sr_hscache_store(const sr_hscache_key *key, const hs_database_t *db) {
  char *path = entry_path(key);
  if (!path) return -1;
  char *bytes = NULL, *tmp = NULL;
  size_t len = 0;
  int fd = -1, rc = -1;
  const char *why = "out of memory";
  if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) {
    bytes = NULL;
    why = "cannot serialize";
    goto done;
  }
  if (len == 0 || len > MAX_PAYLOAD) {
    why = "too large";
    goto done;
  }
  /* The folder is the part of path before "/hs-". */
  char *slash = strrchr(path, '/');
  *slash = 0;
  int made = make_dirs(path);
  *slash = '/';
  if (made) {
    why = strerror(errno);
    goto done;
  }
  /* A name of its own per process and call, so concurrent writers never
   * share a temporary file; rename then replaces the entry atomically. */
  static unsigned long serial;
  pthread_mutex_lock(&cache_mu);
  unsigned long mine = ++serial;
  pthread_mutex_unlock(&cache_mu);
  size_t tl = strlen(path) + 64;
  if (!(tmp = malloc(tl))) goto done;
  snprintf(tmp, tl, "%s.%ld.%lu.tmp", path, (long)getpid(), mine);
  fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    why = strerror(errno);
    goto done;
  }
  file_header h;
  memcpy(h.magic, MAGIC, sizeof MAGIC);
  h.key_lo = key->lo;
  h.key_hi = key->hi;
  h.len = len;
  h.check = XXH3_64bits(bytes, len);
  if (write_full(fd, &h, sizeof h) || write_full(fd, bytes, len)) {
    why = strerror(errno);
    goto done;
  }
  int cr = close(fd);
  fd = -1;
  if (cr || rename(tmp, path)) {
    why = strerror(errno);
    goto done;
  }
  rc = 0;
done:
  if (fd >= 0) close(fd);
  if (rc && tmp) unlink(tmp);
  free(tmp);
  /* Hyperscan allocates the serialized bytes with its misc allocator,
   * which is malloc unless hs_set_misc_allocator was called (it is not). */
  free(bytes);
  count(rc ? &stats.store_failures : &stats.stores);
  if (rc) sr_log(SR_LOG_DEBUG, "pattern cache: cannot store %s (%s)", path, why);
  free(path);
  return rc;
}

#endif
