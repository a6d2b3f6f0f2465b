/* Teasers and pull-quotes: the head index of a page (see teasers.h). */
#include "text/teasers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/hash.h"
#include "text/lines.h"

/* A head read from an indexed line: its bytes are lines[line].s[start ..
 * start + len). */
typedef struct head {
  uint64_t hash;
  size_t line, start, len;
} head;

static unsigned char lower_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* FNV-1a over the ASCII lower case of the bytes, with a final mix so that
 * the low bits (the table slot) depend on every byte. */
static uint64_t head_hash(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= lower_byte(u[i]);
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

static int same_head(const char *a, const char *b, size_t len) {
  const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
  for (size_t i = 0; i < len; i++)
    if (lower_byte(x[i]) != lower_byte(y[i])) return 0;
  return 1;
}

/* Appends a head to the growing array of ws. */
static int push_head(sr_teasers_ws *ws, size_t *nh, const sr_teaser_line *ln, size_t line,
                     size_t start, size_t end) {
  if (*nh == ws->heads_cap) {
    size_t ncap = ws->heads_cap ? 2 * ws->heads_cap : 256;
    head *grown = realloc(ws->heads, ncap * sizeof(head));
    if (!grown) return -1;
    ws->heads = grown;
    ws->heads_cap = ncap;
  }
  head *h = &((head *)ws->heads)[(*nh)++];
  h->line = line;
  h->start = start;
  h->len = end - start;
  h->hash = head_hash(ln->s + start, h->len);
  return 0;
}

/* While the index is built, match[i] of a line whose heads start at 0
 * holds what its probe will need: the index of its head at 0 in the head
 * array, or NO_HEAD when it has none.  SR_TEASER_NONE: not known yet. */
#define NO_HEAD (SR_TEASER_NONE - 1)

/* The heads of an indexed line, as saring.lines.heads reads them: the head
 * at init, then the head at each later sentence start. */
static int line_heads(const sr_teaser_line *lines, size_t line, unsigned nwords,
                      sr_teasers_ws *ws, size_t *nh, size_t *match) {
  const sr_teaser_line *ln = &lines[line];
  size_t pos = ln->init, a, b;
  if (pos > ln->len) return 0;
  int found = sr_lines_head(ln->s, ln->len, pos, nwords, &a, &b);
  if (pos == 0) match[line] = found ? *nh : NO_HEAD;
  if (found && push_head(ws, nh, ln, line, a, b) < 0) return -1;
  size_t cap_at;
  while (sr_lines_sentence_next(ln->s, ln->len, pos, &cap_at)) {
    if (sr_lines_head(ln->s, ln->len, cap_at, nwords, &a, &b) &&
        push_head(ws, nh, ln, line, a, b) < 0)
      return -1;
    pos = cap_at + 1;
  }
  return 0;
}

/* The slot of the head (s, len, hash) in the table (mask + 1 slots, each 0
 * for empty or 1 + an index into hs): the slot that holds it, or the empty
 * slot where it would go. */
static size_t find_slot(const size_t *table, size_t mask, const head *hs,
                        const sr_teaser_line *lines, uint64_t hash, const char *s, size_t len) {
  size_t i = (size_t)hash & mask;
  for (;;) {
    size_t e = table[i];
    if (e == 0) return i;
    const head *h = &hs[e - 1];
    if (h->hash == hash && h->len == len && same_head(lines[h->line].s + h->start, s, len))
      return i;
    i = (i + 1) & mask;
  }
}

void sr_teasers_ws_free(sr_teasers_ws *ws) {
  free(ws->heads);
  free(ws->table);
  free(ws->maps);
  memset(ws, 0, sizeof *ws);
}

static int run(const sr_teaser_line *lines, size_t n, unsigned nwords, size_t *match,
               sr_teasers_ws *ws) {
  size_t nh = 0;
  for (size_t i = 0; i < n; i++) {
    match[i] = SR_TEASER_NONE;
    if (lines[i].indexed && line_heads(lines, i, nwords, ws, &nh, match) < 0) return -1;
  }
  if (nh == 0) {  /* nothing to find */
    for (size_t i = 0; i < n; i++) match[i] = SR_TEASER_NONE;
    return 0;
  }
  /* At most half full, so a probe for a missing head stops soon. */
  size_t slots = 16;
  while (slots < 2 * nh) slots *= 2;
  if (slots > ws->slots_cap) {
    size_t *t = realloc(ws->table, slots * sizeof *t);
    if (!t) return -1;
    ws->table = t;
    size_t *m = realloc(ws->maps, slots * sizeof *m);
    if (!m) return -1;
    ws->maps = m;
    ws->slots_cap = slots;
  }
  size_t mask = slots - 1, *table = ws->table, *maps = ws->maps;
  const head *hs = ws->heads;
  memset(table, 0, slots * sizeof *table);
  for (size_t k = 0; k < nh; k++) {
    const head *h = &hs[k];
    size_t slot = find_slot(table, mask, hs, lines, h->hash, lines[h->line].s + h->start, h->len);
    if (table[slot] == 0) {
      table[slot] = k + 1;
      maps[slot] = h->line;
    } else if (lines[maps[slot]].len < lines[h->line].len) {
      maps[slot] = h->line;
    }
  }
  for (size_t i = 0; i < n; i++) {
    const sr_teaser_line *ln = &lines[i];
    size_t known = match[i];
    match[i] = SR_TEASER_NONE;
    if (!ln->probe || known == NO_HEAD) continue;
    uint64_t hash;
    size_t a, b;
    if (known != SR_TEASER_NONE) {  /* its head at 0, read while indexing */
      const head *h = &hs[known];
      a = h->start;
      b = h->start + h->len;
      hash = h->hash;
    } else {
      if (!sr_lines_head(ln->s, ln->len, 0, nwords, &a, &b)) continue;
      hash = head_hash(ln->s + a, b - a);
    }
    size_t slot = find_slot(table, mask, hs, lines, hash, ln->s + a, b - a);
    if (table[slot] != 0) match[i] = maps[slot];
  }
  return 0;
}

int sr_teasers(const sr_teaser_line *lines, size_t n, unsigned nwords, size_t *match,
               sr_teasers_ws *ws) {
  if (ws) return run(lines, n, nwords, match, ws);
  sr_teasers_ws tmp = {0};
  int rc = run(lines, n, nwords, match, &tmp);
  sr_teasers_ws_free(&tmp);
  return rc;
}

int sr_repeats(const sr_teaser_line *lines, size_t n, size_t *first, size_t *table, size_t slots) {
  size_t mask = slots - 1;
  memset(table, 0, slots * sizeof *table); /* 0: empty, else 1 + a line */
  for (size_t i = 0; i < n; i++) {
    first[i] = SR_TEASER_NONE;
    const sr_teaser_line *ln = &lines[i];
    if (!ln->probe) continue;
    size_t k = (size_t)sr_hash64(ln->s, ln->len, 0) & mask;
    for (;;) {
      size_t e = table[k];
      if (e == 0) {
        table[k] = i + 1;
        break;
      }
      const sr_teaser_line *o = &lines[e - 1];
      if (o->len == ln->len && memcmp(o->s, ln->s, ln->len) == 0) {
        first[i] = e - 1;
        break;
      }
      k = (k + 1) & mask;
    }
  }
  return 0;
}
