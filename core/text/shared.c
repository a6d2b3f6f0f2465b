/* Process-wide named sets and counters (see shared.h). */
#include "text/shared.h"

#include <pthread.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "error.h"

/* Key 0 marks an empty slot; a real key 0 is stored as this instead (it
 * then shares a slot with that key: one more collision in 2^64). */
#define KEY_ZERO 0x9E3779B97F4A7C15ULL
#define INITIAL_CAP 16

/* One stripe: an open-addressing table (linear probing) and its lock, on
 * its own cache lines so that stripes locked by different threads do not
 * share a line. */
typedef struct stripe {
  alignas(64) pthread_mutex_t lock;
  uint64_t *keys;
  int64_t *vals; /* counters only */
  size_t cap, n;
} stripe;

typedef struct table {
  stripe stripes[SR_SHARED_STRIPES];
  atomic_size_t size;
  int counter; /* 1: a counter table (with vals) */
  char *name;
  struct table *next;
} table;

struct sr_shared_set {
  table t;
};
struct sr_shared_counter {
  table t;
};

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static table *registry;

uint64_t sr_shared_key_str(const void *p, size_t len) { return XXH3_64bits(p ? p : "", len); }

uint64_t sr_shared_key_int(int64_t v) {
  unsigned char b[8];
  uint64_t u = (uint64_t)v;
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(u >> (8 * i)); /* same on any endianness */
  return XXH3_64bits_withSeed(b, sizeof b, 0x696E7465676572ULL /* "integer" */);
}

static table *table_new(const char *name, int counter) {
  table *t = aligned_alloc(64, (sizeof(table) + 63) / 64 * 64);
  if (!t) return NULL;
  memset(t, 0, sizeof *t);
  t->name = strdup(name);
  if (!t->name) {
    free(t);
    return NULL;
  }
  t->counter = counter;
  atomic_init(&t->size, 0);
  for (int i = 0; i < SR_SHARED_STRIPES; i++) pthread_mutex_init(&t->stripes[i].lock, NULL);
  return t;
}

static void table_free(table *t) {
  for (int i = 0; i < SR_SHARED_STRIPES; i++) {
    pthread_mutex_destroy(&t->stripes[i].lock);
    free(t->stripes[i].keys);
    free(t->stripes[i].vals);
  }
  free(t->name);
  free(t);
}

static table *table_get(const char *name, int counter) {
  pthread_mutex_lock(&registry_lock);
  table *t = registry;
  while (t && (t->counter != counter || strcmp(t->name, name) != 0)) t = t->next;
  if (!t && (t = table_new(name, counter))) {
    t->next = registry;
    registry = t;
  }
  pthread_mutex_unlock(&registry_lock);
  return t;
}

static stripe *stripe_of(table *t, uint64_t key) {
  return &t->stripes[key >> 58]; /* top 6 bits: 64 stripes */
}

/* Slot of key in s (found, or the empty slot where it goes).  The slot
 * index comes from the low bits, independent of the stripe bits. */
static size_t find_slot(const stripe *s, uint64_t key) {
  size_t mask = s->cap - 1, i = (size_t)key & mask;
  while (s->keys[i] && s->keys[i] != key) i = (i + 1) & mask;
  return i;
}

static int stripe_grow(stripe *s, int counter) {
  size_t cap = s->cap ? s->cap * 2 : INITIAL_CAP;
  uint64_t *keys = calloc(cap, sizeof *keys);
  int64_t *vals = counter ? calloc(cap, sizeof *vals) : NULL;
  if (!keys || (counter && !vals)) {
    free(keys);
    free(vals);
    return SR_ENOMEM;
  }
  stripe old = *s;
  s->keys = keys;
  s->vals = vals;
  s->cap = cap;
  for (size_t i = 0; i < old.cap; i++) {
    if (!old.keys[i]) continue;
    size_t j = find_slot(s, old.keys[i]);
    s->keys[j] = old.keys[i];
    if (counter) s->vals[j] = old.vals[i];
  }
  free(old.keys);
  free(old.vals);
  return 0;
}

/* Finds or inserts key with the stripe locked; returns the slot, or -1 on
 * no memory.  *added tells whether it was inserted. */
static long lookup_insert(table *t, stripe *s, uint64_t key, int *added) {
  *added = 0;
  /* Grow at 3/4 full; if memory runs out, go on while a free slot is left
   * (the probing loop needs one). */
  if ((s->n + 1) * 4 > s->cap * 3 && stripe_grow(s, t->counter) < 0 && s->n + 1 >= s->cap) {
    if (!s->cap) return -1;
    size_t i = find_slot(s, key);
    return s->keys[i] ? (long)i : -1;
  }
  size_t i = find_slot(s, key);
  if (!s->keys[i]) {
    s->keys[i] = key;
    if (t->counter) s->vals[i] = 0;
    s->n++;
    *added = 1;
    atomic_fetch_add_explicit(&t->size, 1, memory_order_relaxed);
  }
  return (long)i;
}

sr_shared_set *sr_shared_set_get(const char *name) {
  return (sr_shared_set *)table_get(name, 0);
}

int sr_shared_set_add(sr_shared_set *set, uint64_t key) {
  if (!key) key = KEY_ZERO;
  table *t = &set->t;
  stripe *s = stripe_of(t, key);
  int added;
  pthread_mutex_lock(&s->lock);
  long i = lookup_insert(t, s, key, &added);
  pthread_mutex_unlock(&s->lock);
  return i < 0 ? SR_ENOMEM : added;
}

int sr_shared_set_has(sr_shared_set *set, uint64_t key) {
  if (!key) key = KEY_ZERO;
  stripe *s = stripe_of(&set->t, key);
  pthread_mutex_lock(&s->lock);
  int r = s->cap && s->keys[find_slot(s, key)] == key;
  pthread_mutex_unlock(&s->lock);
  return r;
}

size_t sr_shared_set_size(const sr_shared_set *set) {
  return atomic_load_explicit(&((sr_shared_set *)set)->t.size, memory_order_relaxed);
}

const char *sr_shared_set_name(const sr_shared_set *set) { return set->t.name; }

sr_shared_counter *sr_shared_counter_get(const char *name) {
  return (sr_shared_counter *)table_get(name, 1);
}

int sr_shared_counter_incr(sr_shared_counter *c, uint64_t key, int64_t n, int64_t *count) {
  if (!key) key = KEY_ZERO;
  table *t = &c->t;
  stripe *s = stripe_of(t, key);
  int added;
  pthread_mutex_lock(&s->lock);
  long i = lookup_insert(t, s, key, &added);
  int64_t v = 0;
  if (i >= 0) v = s->vals[i] = (int64_t)((uint64_t)s->vals[i] + (uint64_t)n);
  pthread_mutex_unlock(&s->lock);
  if (i < 0) return SR_ENOMEM;
  if (count) *count = v;
  return 0;
}

int64_t sr_shared_counter_value(sr_shared_counter *c, uint64_t key) {
  if (!key) key = KEY_ZERO;
  stripe *s = stripe_of(&c->t, key);
  pthread_mutex_lock(&s->lock);
  int64_t v = 0;
  if (s->cap) {
    size_t i = find_slot(s, key);
    if (s->keys[i] == key) v = s->vals[i];
  }
  pthread_mutex_unlock(&s->lock);
  return v;
}

size_t sr_shared_counter_size(const sr_shared_counter *c) {
  return atomic_load_explicit(&((sr_shared_counter *)c)->t.size, memory_order_relaxed);
}

const char *sr_shared_counter_name(const sr_shared_counter *c) { return c->t.name; }

void sr_shared_teardown(void) {
  pthread_mutex_lock(&registry_lock);
  table *t = registry;
  registry = NULL;
  pthread_mutex_unlock(&registry_lock);
  while (t) {
    table *next = t->next;
    table_free(t);
    t = next;
  }
}
