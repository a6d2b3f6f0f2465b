/* Small blocks for one lua_State: size classes with free lists, carved from
 * 64 KB chunks.
 *
 * Lua allocates and frees several small objects for every string, table and
 * closure a stage makes, and tells its allocator the size of every block it
 * frees.  So a block needs no header: its class follows from that size.
 * Going through malloc for each was about a tenth of a news run (malloc,
 * free, and the fast-bin consolidation glibc does whenever a large text is
 * allocated between them).
 *
 * One slab serves one thread at a time (it has no lock).  Freed blocks go
 * back to their class's list and are reused; chunks are returned to the
 * system only by sr_slab_destroy, so a state keeps the peak of its small
 * objects until it is closed.
 */
#ifndef SARING_SLAB_H
#define SARING_SLAB_H

#include <stddef.h>

#define SR_SLAB_MAX 256   /* larger blocks are the caller's to malloc */
#define SR_SLAB_STEP 16   /* class sizes are multiples of this */
#define SR_SLAB_CLASSES (SR_SLAB_MAX / SR_SLAB_STEP)

typedef struct sr_slab_chunk sr_slab_chunk;

typedef struct sr_slab {
  void *free[SR_SLAB_CLASSES];  /* per class, a list linked through the blocks */
  char *bump, *bump_end;        /* the unused tail of the newest chunk */
  sr_slab_chunk *chunks;
} sr_slab;

void sr_slab_init(sr_slab *s);
/* A block of n bytes, 1 <= n <= SR_SLAB_MAX, aligned to 16; NULL when out of
 * memory. */
void *sr_slab_alloc(sr_slab *s, size_t n);
/* Gives back a block from sr_slab_alloc; n is the size it was asked with
 * (any size of the same class will do). */
void sr_slab_free(sr_slab *s, void *p, size_t n);
/* Frees every chunk; blocks still out become invalid. */
void sr_slab_destroy(sr_slab *s);

#endif
