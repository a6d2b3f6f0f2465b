/* A table of words (byte strings), built once and read many times: the
 * word lists of the entity tagger and of the quantity finder.
 *
 * Open addressing with linear probing on a small inline hash, at most half
 * full.  The caller's entry type starts with an sr_wordtab_key and adds its
 * own fields after it (flags, a kind, numbers); the table stores whole
 * entries, so a lookup is one probe sequence and no pointer chase.  Keys are copied and
 * owned by the table.
 */
#ifndef SARING_TEXT_WORDTAB_H
#define SARING_TEXT_WORDTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct sr_wordtab_key {
  uint64_t h;
  char *key; /* owned; NULL for a free slot */
  size_t len;
} sr_wordtab_key;

typedef struct sr_wordtab {
  unsigned char *slots; /* cap entries of `size` bytes */
  size_t cap, n, size;
} sr_wordtab;

/* Makes an empty table of entries of `entry_size` bytes (at least
 * sizeof(sr_wordtab_key)) with room for cap/2 words; cap is a power of two.
 * Returns 0 or SR_ENOMEM. */
int sr_wordtab_init(sr_wordtab *t, size_t entry_size, size_t cap);
void sr_wordtab_free(sr_wordtab *t);

/* The entry of a word, or NULL. */
void *sr_wordtab_get(const sr_wordtab *t, const void *word, size_t len);

/* The entry of a word, made when missing with every byte after the key
 * zero; NULL when out of memory.  The pointer is good until the next
 * intern. */
void *sr_wordtab_intern(sr_wordtab *t, const void *word, size_t len);

#endif
