/* A table of words built once and read many times (see wordtab.h). */
#include "text/wordtab.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

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
  return sr_wordtab_get_sized(t, word, len, t->size);
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
  uint64_t h = sr_wordtab_hash_(word, len);
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
