/* Size-class blocks (see slab.h). */
#include "slab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer, free blocks and the unused part of a chunk are
 * poisoned, so a use after free inside a slab is still reported. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define CHUNK_BYTES ((size_t)64 << 10)

struct sr_slab_chunk {
  sr_slab_chunk *next;
  /* Keeps the data that follows 16-byte aligned. */
  _Alignas(16) char data[];
};

static size_t class_of(size_t n) { return (n - 1) / SR_SLAB_STEP; }

void sr_slab_init(sr_slab *s) { memset(s, 0, sizeof *s); }

void *sr_slab_alloc(sr_slab *s, size_t n) {
  size_t c = class_of(n);
  void *p = s->free[c];
  size_t size = (c + 1) * SR_SLAB_STEP;
  if (p) {
    /* The link sits in the block's first bytes. */
    UNPOISON(p, size);
    memcpy(&s->free[c], p, sizeof(void *));
    return p;
  }
  if ((size_t)(s->bump_end - s->bump) < size) {
    sr_slab_chunk *ch = malloc(sizeof *ch + CHUNK_BYTES);
    if (!ch) return NULL;
    /* The tail of the old chunk, smaller than this class, is given to the
     * classes it fits so it is not lost. */
    while (s->bump && s->bump_end - s->bump >= SR_SLAB_STEP) {
      size_t left = (size_t)(s->bump_end - s->bump);
      size_t k = class_of(left < SR_SLAB_MAX ? left : SR_SLAB_MAX);
      if ((k + 1) * SR_SLAB_STEP > left) k--;
      char *b = s->bump;
      s->bump += (k + 1) * SR_SLAB_STEP;
      UNPOISON(b, sizeof(void *));
      memcpy(b, &s->free[k], sizeof(void *));
      POISON(b, (k + 1) * SR_SLAB_STEP);
      s->free[k] = b;
    }
    ch->next = s->chunks;
    s->chunks = ch;
    s->bump = ch->data;
    s->bump_end = ch->data + CHUNK_BYTES;
    POISON(s->bump, CHUNK_BYTES);
  }
  p = s->bump;
  s->bump += size;
  UNPOISON(p, size);
  return p;
}

void sr_slab_free(sr_slab *s, void *p, size_t n) {
  size_t c = class_of(n);
  memcpy(p, &s->free[c], sizeof(void *));
  s->free[c] = p;
  POISON(p, (c + 1) * SR_SLAB_STEP);
}

void sr_slab_destroy(sr_slab *s) {
  while (s->chunks) {
    sr_slab_chunk *next = s->chunks->next;
    UNPOISON(s->chunks->data, CHUNK_BYTES);
    free(s->chunks);
    s->chunks = next;
  }
  memset(s, 0, sizeof *s);
}
