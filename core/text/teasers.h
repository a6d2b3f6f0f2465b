/* Teasers and pull-quotes of a page: lines whose head (first words) is the
 * head of a sentence of another line (no Lua; used by saring.lines).
 *
 * A news page prints the story's first sentence again as a teaser above the
 * headline, or a quote from the story as a pull-quote between paragraphs.
 * The clean stage finds them by indexing the head of every sentence of every
 * prose line and looking up the head of each line; doing that with one Lua
 * string per sentence head costs more than the rest of the stage's step.
 * Here the heads are hashed in place (no copies) and looked up in one open
 * hash table.  Pure function: safe from any thread.
 */
#ifndef SARING_TEXT_TEASERS_H
#define SARING_TEXT_TEASERS_H

#include <stddef.h>

/* One line of a page as sr_teasers reads it.  The bytes are the caller's and
 * are only read. */
typedef struct sr_teaser_line {
  const char *s;          /* the line's bytes */
  size_t len;             /* their number */
  size_t init;            /* for an indexed line: the offset its heads start at */
  unsigned char indexed;  /* 1: its sentence heads go into the index */
  unsigned char probe;    /* 1: its own head is looked up */
} sr_teaser_line;

/* Reusable buffers for sr_teasers, so that a caller that runs it once per
 * page does not allocate each time.  Zero-initialise; release with
 * sr_teasers_ws_free.  Owned by the caller; not shared between threads. */
typedef struct sr_teasers_ws {
  void *heads;        /* the heads read from the indexed lines */
  size_t heads_cap;   /* room, in heads */
  size_t *table;      /* the hash table: 0 empty, else 1 + a head's index */
  size_t *maps;       /* per slot: the line its head maps to */
  size_t slots_cap;   /* room of table and maps, in slots */
} sr_teasers_ws;

void sr_teasers_ws_free(sr_teasers_ws *ws);

/* For each line i with probe set, match[i] is the line that the index gives
 * for the head of line i at offset 0 (sr_lines_head with nwords words), or
 * SR_TEASER_NONE when that line has no head or no indexed line has it.  For
 * lines without probe, match[i] is SR_TEASER_NONE.
 *
 * The index maps each head (compared in ASCII lower case) to a line: the
 * indexed lines are read in order; each gives the head at its init
 * (sr_lines_head) and then the head at each later sentence start
 * (sr_lines_sentence_next), the reading of saring.lines.heads.  A head not
 * yet in the index maps to the line; a head already there moves to the line
 * when the line is longer (in bytes) than the one it maps to.  So a head maps
 * to the first of the longest lines that have it.
 *
 * ws holds the buffers (grown as needed and kept for the next call), or is
 * NULL for buffers freed before returning.  Returns 0, or -1 when memory
 * runs out (match is then undefined).  nwords must be at least 1. */
#define SR_TEASER_NONE ((size_t)-1)
int sr_teasers(const sr_teaser_line *lines, size_t n, unsigned nwords, size_t *match,
               sr_teasers_ws *ws);

/* Repeated lines: for each i in [0, n) with probe set (the lines compared),
 * first[i] is the first line j < i with probe set and the same bytes, or
 * SR_TEASER_NONE when line i is the first of its text (or has no probe).
 * Only s, len and probe of the records are read.  table is the caller's
 * scratch of `slots` entries, a power of two of at least 2n.  Returns 0. */
int sr_repeats(const sr_teaser_line *lines, size_t n, size_t *first, size_t *table, size_t slots);

#endif
