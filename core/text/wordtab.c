/* A table of words built once and read many times (see wordtab.h). */
#include "text/wordtab.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

static inline sr_wordtab_key *slot(const sr_wordtab *t, size_t i) {
  return (sr_wordtab_key *)(t->slots + i * t->size);
}

/* Frees the three arrays and leaves the table empty (the keys are the
 * caller's to free first). */
static void free_arrays(sr_wordtab *t) {
  free(t->slots);
  free(t->tags);
  free(t->inl);
  t->slots = NULL;
  t->tags = NULL;
  t->inl = NULL;
}

int sr_wordtab_init(sr_wordtab *t, size_t entry_size, size_t cap) {
  t->size = entry_size < sizeof(sr_wordtab_key) ? sizeof(sr_wordtab_key) : entry_size;
  t->cap = cap < 2 ? 2 : cap;
  t->n = 0;
  t->slots = calloc(t->cap, t->size);
  t->tags = calloc(t->cap, sizeof *t->tags);
  t->inl = calloc(t->cap, sizeof *t->inl);
  if (!t->slots || !t->tags || !t->inl) {
    free_arrays(t);
    return SR_ENOMEM;
  }
  return 0;
}

void sr_wordtab_free(sr_wordtab *t) {
  if (!t->slots) return;
  for (size_t i = 0; i < t->cap; i++) free(slot(t, i)->key);
  free_arrays(t);
  t->cap = t->n = 0;
}

void *sr_wordtab_get(const sr_wordtab *t, const void *word, size_t len) {
  return sr_wordtab_get_sized(t, word, len, t->size);
}

static int grow(sr_wordtab *t) {
  size_t ncap = t->cap * 2;
  unsigned char *ns = calloc(ncap, t->size);
  uint16_t *ntags = calloc(ncap, sizeof *ntags);
  unsigned char(*ninl)[16] = calloc(ncap, sizeof *ninl);
  if (!ns || !ntags || !ninl) {
    free(ns);
    free(ntags);
    free(ninl);
    return SR_ENOMEM;
  }
  for (size_t i = 0; i < t->cap; i++) {
    sr_wordtab_key *e = slot(t, i);
    if (!e->key) continue;
    size_t j = (size_t)e->h & (ncap - 1);
    while (ntags[j]) j = (j + 1) & (ncap - 1);
    memcpy(ns + j * t->size, e, t->size);
    ntags[j] = sr_wordtab_tag_(e->h);
    memcpy(ninl[j], t->inl[i], sizeof *ninl);
  }
  free(t->slots);
  free(t->tags);
  free(t->inl);
  t->slots = ns;
  t->tags = ntags;
  t->inl = ninl;
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
  t->tags[i] = sr_wordtab_tag_(h);
  memset(t->inl[i], 0, sizeof *t->inl);
  memcpy(t->inl[i], word, len < SR_WORDTAB_INLINE ? len : SR_WORDTAB_INLINE);
  t->n++;
  return e;
}
