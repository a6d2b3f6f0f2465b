/* Pattern sets on Hyperscan, with an Aho-Corasick fallback (see patset.h).
 *
 * Both engines first report candidate matches -- every (entry, start) with
 * its longest end, whole-word filtered when asked -- into the scratch; the
 * same code then sorts them and, for SR_PATSET_LONGEST, keeps the
 * leftmost-longest non-overlapping ones.  So the rules for ties and words
 * are the same whatever the engine.
 */
#include "text/patset.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#ifdef SARING_HAVE_HYPERSCAN
#include <hs.h>
#include <pthread.h>
#endif

#include "error.h"
#include "text/hscache.h"
#include "text/regex.h"
#include "text/utf8.h"

/* ---- the Aho-Corasick automaton (fallback engine) ---- */

/* Transitions are stored once, sorted, per node (CSR arrays); the root has a
 * dense table since nearly every scanned byte passes through it. */
typedef struct ac_automaton {
  int32_t root[256];   /* child of the root for each byte; 0 = stay at root */
  uint32_t *edge_start; /* node u's edges are [edge_start[u], edge_start[u+1]) */
  unsigned char *edge_byte;
  int32_t *edge_to;
  int32_t *fail;
  int32_t *dict;  /* nearest node on the fail chain that ends an entry, or -1 */
  int32_t *first; /* first entry ending at the node, or -1 */
  size_t nnodes;
  /* The full DFA when it fits in DFA_MAX_BYTES: delta[u * ncls + cls[b]].
   * Bytes that occur in no pattern share class 0, which always leads back
   * to the root.  One table lookup per byte instead of a walk along fail
   * links: several times faster on text where matches are dense. */
  int32_t *delta;
  unsigned char cls[256];
  unsigned ncls;
  unsigned char *out; /* out[u]: some entry ends at u or on its fail chain */
} ac_automaton;

#define DFA_MAX_BYTES ((size_t)32 << 20)

struct sr_patset {
  size_t n;
  unsigned flags;
  int utf8; /* scanning needs valid UTF-8 */
#ifdef SARING_HAVE_HYPERSCAN
  hs_database_t *db; /* NULL when the fallback engine is used; owned by db_ref */
  struct hs_shared *db_ref;
  unsigned *hs_len;  /* per entry: its length when compiled without SOM, else 0 */
#endif
  /* Fallback engine. */
  ac_automaton ac;
  int has_ac;
  int32_t *pat_next; /* next entry with the same (folded) literal, or -1 */
  size_t *pat_len;   /* folded length of each literal entry */
  size_t maxlen;     /* longest folded literal */
  sr_regex **regex;  /* per entry: its compiled regex, or NULL */
  size_t nregex;
};

/* How many databases a scratch remembers being prepared for. */
#define SCRATCH_DBS 16

struct sr_patset_scratch {
#ifdef SARING_HAVE_HYPERSCAN
  hs_scratch_t *hs;
  /* The serials of the databases hs was allocated or grown for.  Hyperscan
   * wants a scratch "allocated by hs_alloc_scratch() for this database":
   * one that merely passes hs_scan's own size checks for another database
   * is not promised to be enough, so each database goes through
   * hs_alloc_scratch once. */
  uint64_t dbs[SCRATCH_DBS];
  unsigned ndbs, next_db;
#endif
  sr_patmatch *m;
  size_t nm, cap;
  /* The candidate slot of each entry's latest match in this scan, valid
   * when gen[i] == curgen: lets a regex's many reports from one start
   * (Hyperscan reports every end) collapse into one candidate. */
  uint32_t *gen;
  size_t *slot;
  size_t ngen;
  uint32_t curgen;
  size_t *ring; /* original offsets of the last folded bytes (caseless AC) */
  size_t ringcap;
  int nomem;
#ifdef SARING_HAVE_HYPERSCAN
  char *pad; /* a copy of a text that ends near a page end (see scan_hs) */
  size_t padcap;
#endif
};

/* ---- small helpers ---- */

static void set_msg(char *msg, size_t msglen, const char *fmt, long i, const char *what) {
  if (msg && msglen) snprintf(msg, msglen, fmt, i, what);
}

static int32_t fold_cp(int32_t cp) {
  /* Simple (one code point to one) case folding, close to what Hyperscan
   * does for caseless UTF-8: upper then lower maps final sigma to sigma. */
  return utf8proc_tolower(utf8proc_toupper(cp));
}

static unsigned char ascii_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Folds p[0..len) into a new buffer (ASCII lower-casing, simple folding of
 * valid UTF-8 characters, invalid bytes as they are). */
static unsigned char *fold_bytes(const char *p, size_t len, size_t *outlen) {
  unsigned char *out = malloc(len * 4 + 1);
  if (!out) return NULL;
  size_t o = 0;
  const unsigned char *s = (const unsigned char *)p;
  for (size_t i = 0; i < len;) {
    if (s[i] < 0x80) {
      out[o++] = ascii_lower(s[i++]);
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k <= 0) {
      out[o++] = s[i++];
      continue;
    }
    o += (size_t)utf8proc_encode_char(fold_cp(cp), out + o);
    i += (size_t)k;
  }
  *outlen = o;
  return out;
}

static int is_word_cp(int32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO; /* L*, M*, N* */
}

/* Is the character that starts at pos a word character? */
static int word_at(const char *s, size_t len, size_t pos) {
  if (pos >= len) return 0;
  unsigned char c = (unsigned char)s[pos];
  if (c < 0x80) return is_word_cp(c);
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)(len - pos), &cp) <= 0)
    return 0;
  return is_word_cp(cp);
}

/* The start of the character that ends just before pos (> lo). */
static size_t char_start_before(const char *s, size_t lo, size_t pos) {
  size_t j = pos - 1;
  while (j > lo && pos - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
  return j;
}

static int word_before(const char *s, size_t pos) {
  if (pos == 0) return 0;
  size_t j = char_start_before(s, 0, pos);
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(pos - j), &cp);
  if (k != (utf8proc_ssize_t)(pos - j)) return 0;
  return is_word_cp(cp);
}

/* \b at both ends, with Unicode letters, marks and digits as word chars. */
static int words_ok(const char *s, size_t len, size_t a, size_t b) {
  if (a >= b) return 0;
  if (word_at(s, len, a) && word_before(s, a)) return 0;
  size_t last = char_start_before(s, a, b);
  if (word_at(s, b, last) && word_at(s, len, b)) return 0;
  return 1;
}

static int is_space_cp(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
  if (cp == 0x85) return 1;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static int is_ascii_punct(unsigned char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

/* SR_PATSET_TOKENS: only ASCII punctuation between [a, b) and the white
 * space (or the ends of s) around it.  Invalid UTF-8 next to the match is
 * not white space. */
static int tokens_ok(const char *s, size_t len, size_t a, size_t b) {
  if (a >= b) return 0;
  while (a > 0 && is_ascii_punct((unsigned char)s[a - 1])) a--;
  if (a > 0) {
    size_t j = char_start_before(s, 0, a);
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(a - j), &cp);
    if (k != (utf8proc_ssize_t)(a - j) || !is_space_cp(cp)) return 0;
  }
  while (b < len && is_ascii_punct((unsigned char)s[b])) b++;
  if (b < len) {
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + b, (utf8proc_ssize_t)(len - b), &cp) <= 0 ||
        !is_space_cp(cp))
      return 0;
  }
  return 1;
}

int sr_patset_word_char_at(const char *s, size_t len, size_t pos) { return word_at(s, len, pos); }

int sr_patset_word_char_before(const char *s, size_t pos) { return word_before(s, pos); }

/* ---- candidates ---- */

static int add_candidate(sr_patset_scratch *sc, unsigned idx, size_t a, size_t b) {
  if (idx < sc->ngen && sc->gen[idx] == sc->curgen) {
    sr_patmatch *m = &sc->m[sc->slot[idx]];
    if (m->start == a) {
      if (b > m->end) m->end = b;
      return 0;
    }
  }
  if (sc->nm == sc->cap) {
    size_t cap = sc->cap ? sc->cap * 2 : 256;
    sr_patmatch *m = realloc(sc->m, cap * sizeof *m);
    if (!m) {
      sc->nomem = 1;
      return SR_ENOMEM;
    }
    sc->m = m;
    sc->cap = cap;
  }
  sc->m[sc->nm] = (sr_patmatch){a, b, idx};
  if (idx < sc->ngen) {
    sc->gen[idx] = sc->curgen;
    sc->slot[idx] = sc->nm;
  }
  sc->nm++;
  return 0;
}

static int cmp_match(const void *x, const void *y) {
  const sr_patmatch *a = x, *b = y;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end > b->end ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

/* Sorts the candidates and, in LONGEST mode, keeps the leftmost-longest
 * non-overlapping ones (ties: the lowest index). */
static size_t select_matches(sr_patset_scratch *sc, int mode) {
  if (sc->nm > 1) qsort(sc->m, sc->nm, sizeof *sc->m, cmp_match);
  if (mode != SR_PATSET_LONGEST) return sc->nm;
  size_t k = 0, pos = 0;
  for (size_t i = 0; i < sc->nm; i++) {
    if (sc->m[i].start < pos) continue;
    sc->m[k++] = sc->m[i];
    pos = sc->m[i].end;
  }
  sc->nm = k;
  return k;
}

/* ---- Aho-Corasick construction ---- */

typedef struct edge_key {
  uint64_t key; /* parent << 8 | byte */
  int32_t to;
} edge_key;

static int cmp_edge(const void *x, const void *y) {
  const edge_key *a = x, *b = y;
  return (a->key > b->key) - (a->key < b->key);
}

/* A hash from (parent, byte) to child used only while building. */
typedef struct edge_map {
  edge_key *slots; /* key 0 is never used: it would be root/byte 0 ... */
  uint8_t *used;
  size_t cap, n;
} edge_map;

static uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

static int edge_map_grow(edge_map *m) {
  size_t cap = m->cap ? m->cap * 2 : 1024;
  edge_key *slots = malloc(cap * sizeof *slots);
  uint8_t *used = calloc(cap, 1);
  if (!slots || !used) {
    free(slots);
    free(used);
    return SR_ENOMEM;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->used[i]) continue;
    size_t h = mix64(m->slots[i].key) & (cap - 1);
    while (used[h]) h = (h + 1) & (cap - 1);
    used[h] = 1;
    slots[h] = m->slots[i];
  }
  free(m->slots);
  free(m->used);
  m->slots = slots;
  m->used = used;
  m->cap = cap;
  return 0;
}

/* Returns the slot for key (found or empty). */
static size_t edge_map_find(const edge_map *m, uint64_t key) {
  size_t h = mix64(key) & (m->cap - 1);
  while (m->used[h] && m->slots[h].key != key) h = (h + 1) & (m->cap - 1);
  return h;
}

static int32_t ac_child(const ac_automaton *a, int32_t u, unsigned char c) {
  uint32_t lo = a->edge_start[u], hi = a->edge_start[u + 1];
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    unsigned char b = a->edge_byte[mid];
    if (b == c) return a->edge_to[mid];
    if (b < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

static void ac_free(ac_automaton *a) {
  free(a->edge_start);
  free(a->edge_byte);
  free(a->edge_to);
  free(a->fail);
  free(a->dict);
  free(a->first);
  free(a->delta);
  free(a->out);
  memset(a, 0, sizeof *a);
}

/* Fills the DFA table from the trie and fail links; `order` lists the
 * non-root nodes breadth first, so a node's fail target is done before it.
 * Leaves a->delta NULL (the sparse walk is used) when it would not fit. */
static void build_dfa(ac_automaton *a, const int32_t *order, size_t norder) {
  unsigned char seen[256] = {0};
  for (uint32_t j = 0; j < a->edge_start[a->nnodes]; j++) seen[a->edge_byte[j]] = 1;
  unsigned k = 1;
  for (int b = 0; b < 256; b++) a->cls[b] = seen[b] ? (unsigned char)k++ : 0;
  a->ncls = k;
  if (a->nnodes > DFA_MAX_BYTES / sizeof(int32_t) / k) return;
  a->delta = malloc(a->nnodes * k * sizeof *a->delta);
  a->out = malloc(a->nnodes);
  if (!a->delta || !a->out) {
    free(a->delta);
    free(a->out);
    a->delta = NULL;
    a->out = NULL;
    return;
  }
  int32_t *row = a->delta;
  row[0] = 0;
  for (int b = 0; b < 256; b++)
    if (a->cls[b]) row[a->cls[b]] = a->root[b];
  a->out[0] = 0;
  for (size_t q = 0; q < norder; q++) {
    int32_t u = order[q];
    int32_t *r = a->delta + (size_t)u * k;
    memcpy(r, a->delta + (size_t)a->fail[u] * k, k * sizeof *r);
    for (uint32_t j = a->edge_start[u]; j < a->edge_start[u + 1]; j++)
      r[a->cls[a->edge_byte[j]]] = a->edge_to[j];
    a->out[u] = a->first[u] >= 0 || a->dict[u] >= 0;
  }
}

static int build_ac(sr_patset *set, const sr_patset_entry *e, size_t n) {
  int caseless = (set->flags & SR_PATSET_CASELESS) != 0;
  ac_automaton *a = &set->ac;
  edge_map map = {0};
  size_t cap = 1024, nn = 1;
  int32_t *first = malloc(cap * sizeof *first);
  int rc = SR_ENOMEM;
  if (!first || edge_map_grow(&map) < 0) goto fail;
  first[0] = -1;
  for (size_t i = 0; i < n; i++) {
    if (e[i].regex) continue;
    size_t flen = e[i].len;
    unsigned char *folded = NULL;
    const unsigned char *p = (const unsigned char *)e[i].pattern;
    if (caseless) {
      folded = fold_bytes(e[i].pattern, e[i].len, &flen);
      if (!folded) goto fail;
      p = folded;
    }
    int32_t u = 0;
    for (size_t j = 0; j < flen; j++) {
      if ((map.n + 1) * 2 > map.cap && edge_map_grow(&map) < 0) {
        free(folded);
        goto fail;
      }
      uint64_t key = ((uint64_t)u << 8) | p[j];
      size_t h = edge_map_find(&map, key);
      if (map.used[h]) {
        u = map.slots[h].to;
        continue;
      }
      if (nn == cap || nn >= INT32_MAX - 1) {
        if (nn >= INT32_MAX - 1) {
          free(folded);
          rc = SR_ETOOBIG;
          goto fail;
        }
        int32_t *f = realloc(first, cap * 2 * sizeof *f);
        if (!f) {
          free(folded);
          goto fail;
        }
        first = f;
        cap *= 2;
      }
      first[nn] = -1;
      map.used[h] = 1;
      map.slots[h] = (edge_key){key, (int32_t)nn};
      map.n++;
      u = (int32_t)nn++;
    }
    free(folded);
    set->pat_len[i] = flen;
    if (flen > set->maxlen) set->maxlen = flen;
    /* Keep entries ending at one node in index order. */
    if (first[u] < 0) {
      first[u] = (int32_t)i;
    } else {
      int32_t t = first[u];
      while (set->pat_next[t] >= 0) t = set->pat_next[t];
      set->pat_next[t] = (int32_t)i;
    }
  }

  /* Flatten the edges into sorted CSR arrays. */
  a->nnodes = nn;
  a->first = first;
  first = NULL;
  edge_key *edges = malloc((map.n ? map.n : 1) * sizeof *edges);
  a->edge_start = calloc(nn + 1, sizeof *a->edge_start);
  a->edge_byte = malloc(map.n ? map.n : 1);
  a->edge_to = malloc((map.n ? map.n : 1) * sizeof *a->edge_to);
  a->fail = calloc(nn, sizeof *a->fail);
  a->dict = malloc(nn * sizeof *a->dict);
  int32_t *queue = malloc(nn * sizeof *queue);
  if (!edges || !a->edge_start || !a->edge_byte || !a->edge_to || !a->fail || !a->dict || !queue) {
    free(edges);
    free(queue);
    goto fail;
  }
  size_t k = 0;
  for (size_t i = 0; i < map.cap; i++)
    if (map.used[i]) edges[k++] = map.slots[i];
  qsort(edges, k, sizeof *edges, cmp_edge);
  for (size_t i = 0; i < k; i++) {
    a->edge_start[(edges[i].key >> 8) + 1]++;
    a->edge_byte[i] = (unsigned char)(edges[i].key & 0xFF);
    a->edge_to[i] = edges[i].to;
  }
  for (size_t u = 0; u < nn; u++) a->edge_start[u + 1] += a->edge_start[u];
  free(edges);
  memset(a->root, 0, sizeof a->root);
  for (uint32_t j = a->edge_start[0]; j < a->edge_start[1]; j++) a->root[a->edge_byte[j]] = a->edge_to[j];

  /* Fail and dictionary links, breadth first. */
  size_t qh = 0, qt = 0;
  a->dict[0] = -1;
  for (uint32_t j = a->edge_start[0]; j < a->edge_start[1]; j++) {
    int32_t v = a->edge_to[j];
    a->fail[v] = 0;
    a->dict[v] = -1;
    queue[qt++] = v;
  }
  while (qh < qt) {
    int32_t u = queue[qh++];
    for (uint32_t j = a->edge_start[u]; j < a->edge_start[u + 1]; j++) {
      unsigned char c = a->edge_byte[j];
      int32_t v = a->edge_to[j];
      int32_t f = a->fail[u], t;
      for (;;) {
        t = f == 0 ? a->root[c] : ac_child(a, f, c);
        if (t >= 0 || f == 0) break;
        f = a->fail[f];
      }
      if (t < 0) t = 0;
      a->fail[v] = t;
      a->dict[v] = a->first[t] >= 0 ? t : a->dict[t];
      queue[qt++] = v;
    }
  }
  build_dfa(a, queue, qt);
  free(queue);
  free(map.slots);
  free(map.used);
  set->has_ac = 1;
  return 0;

fail:
  free(first);
  free(map.slots);
  free(map.used);
  ac_free(a);
  return rc;
}

static inline int32_t ac_step(const ac_automaton *a, int32_t s, unsigned char c) {
  if (a->delta) {
    unsigned k = a->cls[c];
    return k ? a->delta[(size_t)s * a->ncls + k] : 0;
  }
  for (;;) {
    if (s == 0) return a->root[c];
    int32_t t = ac_child(a, s, c);
    if (t >= 0) return t;
    s = a->fail[s];
  }
}

typedef struct scan_ctx {
  const sr_patset *set;
  sr_patset_scratch *sc;
  const char *s;
  size_t len;
  int words;
  int tokens; /* SR_PATSET_TOKENS */
  int test;  /* stop at the first (accepted) match */
  int found;
} scan_ctx;

/* Records a candidate; returns nonzero to stop the scan. */
static int on_candidate(scan_ctx *cx, unsigned idx, size_t a, size_t b) {
  if (cx->words && !words_ok(cx->s, cx->len, a, b)) return 0;
  if (cx->tokens && !tokens_ok(cx->s, cx->len, a, b)) return 0;
  cx->found = 1;
  if (cx->test) return 1;
  return add_candidate(cx->sc, idx, a, b) < 0;
}

/* Reports the entries that end at node s.  start_of(L) gives the original
 * start of a match of folded length L; end is the original end. */
#define AC_REPORT(ORIG_START)                                              \
  do {                                                                     \
    int32_t o_ = a->first[st] >= 0 ? st : a->dict[st];                     \
    for (; o_ >= 0; o_ = a->dict[o_])                                      \
      for (int32_t p_ = a->first[o_]; p_ >= 0; p_ = set->pat_next[p_]) {   \
        size_t L_ = set->pat_len[p_];                                      \
        if (on_candidate(cx, (unsigned)p_, (ORIG_START), end)) return 1;   \
      }                                                                    \
  } while (0)

static int ac_scan(scan_ctx *cx) {
  const sr_patset *set = cx->set;
  const ac_automaton *a = &set->ac;
  const unsigned char *s = (const unsigned char *)cx->s;
  size_t len = cx->len;
  int32_t st = 0;
  if (!(set->flags & SR_PATSET_CASELESS)) {
    if (a->delta) { /* the hot loop, specialised */
      const int32_t *delta = a->delta;
      const unsigned char *cls = a->cls, *out = a->out;
      size_t ncls = a->ncls;
      for (size_t i = 0; i < len; i++) {
        unsigned k = cls[s[i]];
        st = k ? delta[(size_t)st * ncls + k] : 0;
        if (!out[st]) continue;
        size_t end = i + 1;
        AC_REPORT(end - L_);
      }
      return 0;
    }
    for (size_t i = 0; i < len; i++) {
      st = ac_step(a, st, s[i]);
      if (a->first[st] < 0 && a->dict[st] < 0) continue;
      size_t end = i + 1;
      AC_REPORT(end - L_);
    }
    return 0;
  }
  /* Caseless: fold the text on the fly; a ring remembers the original
   * offset of each of the last folded bytes so a match maps back. */
  sr_patset_scratch *sc = cx->sc;
  size_t need = 1;
  while (need < set->maxlen + 1) need *= 2;
  if (sc->ringcap < need) {
    size_t *r = realloc(sc->ring, need * sizeof *r);
    if (!r) {
      sc->nomem = 1;
      return 1;
    }
    sc->ring = r;
    sc->ringcap = need;
  }
  size_t mask = sc->ringcap - 1, fpos = 0;
  size_t *ring = sc->ring;
  for (size_t i = 0; i < len;) {
    unsigned char buf[4];
    size_t nb, cs = i, end;
    if (s[i] < 0x80) {
      buf[0] = ascii_lower(s[i]);
      nb = 1;
      end = ++i;
    } else {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
      if (k <= 0) {
        buf[0] = s[i];
        nb = 1;
        end = ++i;
      } else {
        nb = (size_t)utf8proc_encode_char(fold_cp(cp), buf);
        i += (size_t)k;
        end = i;
      }
    }
    for (size_t j = 0; j < nb; j++) {
      ring[fpos & mask] = cs;
      fpos++;
      st = ac_step(a, st, buf[j]);
      if (a->first[st] < 0 && a->dict[st] < 0) continue;
      AC_REPORT(ring[(fpos - L_) & mask]);
    }
  }
  return 0;
}

static int regex_scan(scan_ctx *cx) {
  const sr_patset *set = cx->set;
  for (size_t i = 0; i < set->n; i++) {
    if (!set->regex[i]) continue;
    sr_regex_iter it;
    if (sr_regex_iter_init(&it, set->regex[i], cx->s, cx->len, 0, NULL) < 0) return SR_EUTF8;
    int rc;
    while ((rc = sr_regex_next(&it)) == 1) {
      size_t a, b;
      sr_regex_group(set->regex[i], 0, &a, &b);
      if (a == b) continue;
      if (on_candidate(cx, (unsigned)i, a, b)) return 1;
    }
    /* A match-limit failure ends this entry's matches; the others go on. */
  }
  return 0;
}

#ifdef SARING_HAVE_HYPERSCAN
static int hs_on_match(unsigned int id, unsigned long long from, unsigned long long to,
                       unsigned int flags, void *p) {
  (void)flags;
  scan_ctx *cx = p;
  unsigned fixed = cx->set->hs_len[id];
  if (fixed) from = to - fixed;
  return on_candidate(cx, id, (size_t)from, (size_t)to);
}

/* Appends the Hyperscan form of entry e to buf (NUL-terminated). */
static char *hs_expression(const sr_patset_entry *e, int utf8) {
  char *out = malloc(e->len * 4 + 1);
  if (!out) return NULL;
  size_t o = 0;
  const unsigned char *p = (const unsigned char *)e->pattern;
  for (size_t i = 0; i < e->len; i++) {
    unsigned char c = p[i];
    int plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= 0x80 && utf8);
    if (e->regex && c != 0) plain = 1;
    if (plain) {
      out[o++] = (char)c;
    } else {
      o += (size_t)sprintf(out + o, "\\x%02x", c);
    }
  }
  out[o] = 0;
  return out;
}

/* Compiled databases shared by every set compiled from the same
 * expressions and flags in this process.  Each worker's lua_State loads the
 * same script and so compiles the same gazetteers, which took Hyperscan
 * about a third of a load; a database is read-only once compiled and
 * Hyperscan allows scanning it from several threads (each with its own
 * scratch), so later loads take a reference instead.  The key is the exact
 * compile input, compared in full, not just its hash. */
typedef struct hs_shared {
  struct hs_shared *next;
  char *key;
  size_t keylen;
  hs_database_t *db;
  size_t refs;
  uint64_t serial; /* unique per compiled database (see sr_patset_scratch) */
} hs_shared;

/* Serials of compiled databases, under hs_cache_mu: a database freed and a
 * new one at the same address are told apart by their serials. */
static uint64_t hs_serial;

static pthread_mutex_t hs_cache_mu = PTHREAD_MUTEX_INITIALIZER;
static hs_shared *hs_cache;

/* The compile input as bytes: count, then per expression its flags, its
 * length and its text (ids are always 0..n-1). */
static char *hs_key(char *const *exprs, const unsigned *flags, size_t n, size_t *len) {
  size_t total = sizeof n;
  for (size_t i = 0; i < n; i++) total += sizeof *flags + sizeof(size_t) + strlen(exprs[i]);
  char *k = malloc(total);
  if (!k) return NULL;
  char *p = k;
  memcpy(p, &n, sizeof n);
  p += sizeof n;
  for (size_t i = 0; i < n; i++) {
    size_t l = strlen(exprs[i]);
    memcpy(p, &flags[i], sizeof *flags);
    p += sizeof *flags;
    memcpy(p, &l, sizeof l);
    p += sizeof l;
    memcpy(p, exprs[i], l);
    p += l;
  }
  *len = total;
  return k;
}

/* Drops a reference; the last one frees the database. */
static void hs_release(hs_shared *h) {
  if (!h) return;
  pthread_mutex_lock(&hs_cache_mu);
  if (--h->refs == 0) {
    for (hs_shared **pp = &hs_cache; *pp; pp = &(*pp)->next)
      if (*pp == h) {
        *pp = h->next;
        break;
      }
  } else {
    h = NULL;
  }
  pthread_mutex_unlock(&hs_cache_mu);
  if (h) {
    hs_free_database(h->db);
    free(h->key);
    free(h);
  }
}

static int build_hs(sr_patset *set, const sr_patset_entry *e, size_t n, char *msg,
                    size_t msglen, long *bad) {
  char **exprs = calloc(n, sizeof *exprs);
  unsigned *flags = malloc(n * sizeof *flags);
  unsigned *ids = malloc(n * sizeof *ids);
  set->hs_len = calloc(n, sizeof *set->hs_len);
  char *key = NULL;
  int rc = SR_ENOMEM;
  if (!exprs || !flags || !ids || !set->hs_len) goto done;
  unsigned f = HS_FLAG_SOM_LEFTMOST;
  if (set->flags & SR_PATSET_CASELESS) f |= HS_FLAG_CASELESS;
  if (set->utf8) f |= HS_FLAG_UTF8 | HS_FLAG_UCP;
  for (size_t i = 0; i < n; i++) {
    if (!(exprs[i] = hs_expression(&e[i], set->utf8))) goto done;
    flags[i] = f;
    /* A literal whose matches all have its own byte length needs no
     * start-of-match tracking, which costs Hyperscan much: the start is
     * end - len.  Caseless literals in UTF-8 mode may match text of
     * another length (K and the Kelvin sign), so they keep it. */
    if (!e[i].regex && !(set->utf8 && (set->flags & SR_PATSET_CASELESS))) {
      flags[i] &= ~(unsigned)HS_FLAG_SOM_LEFTMOST;
      if (e[i].len > UINT_MAX) goto done;
      set->hs_len[i] = (unsigned)e[i].len;
    }
    ids[i] = (unsigned)i;
  }
  size_t keylen;
  key = hs_key(exprs, flags, n, &keylen);
  if (!key) goto done;
  /* The lock is held while compiling, so loads racing for the same set
   * compile it once. */
  pthread_mutex_lock(&hs_cache_mu);
  for (hs_shared *h = hs_cache; h; h = h->next)
    if (h->keylen == keylen && !memcmp(h->key, key, keylen)) {
      h->refs++;
      set->db_ref = h;
      set->db = h->db;
      break;
    }
  if (set->db) {
    pthread_mutex_unlock(&hs_cache_mu);
    rc = 0;
    goto done;
  }
  /* Not in this process yet: the persistent cache may have it from an
   * earlier run (see hscache.h), else it is compiled and stored there. */
  hs_compile_error_t *err = NULL;
  hs_error_t hrc = HS_SUCCESS;
  sr_hscache_key hkey;
  int cacheable = sr_hscache_dir() &&
                  !sr_hscache_key_of((const char *const *)exprs, flags, ids, n, HS_MODE_BLOCK, &hkey);
  if (cacheable) set->db = sr_hscache_load(&hkey);
  if (!set->db) {
    hrc = hs_compile_multi((const char *const *)exprs, flags, ids, (unsigned)n, HS_MODE_BLOCK, NULL,
                           &set->db, &err);
    if (hrc == HS_SUCCESS && cacheable) sr_hscache_store(&hkey, set->db);
  }
  if (hrc == HS_SUCCESS) {
    hs_shared *h = calloc(1, sizeof *h);
    if (!h) {
      pthread_mutex_unlock(&hs_cache_mu);
      hs_free_database(set->db);
      set->db = NULL;
      goto done;
    }
    h->key = key;
    h->keylen = keylen;
    key = NULL;
    h->db = set->db;
    h->refs = 1;
    h->serial = ++hs_serial;
    h->next = hs_cache;
    hs_cache = h;
    set->db_ref = h;
  }
  pthread_mutex_unlock(&hs_cache_mu);
  if (hrc != HS_SUCCESS) {
    long at = err ? err->expression : -1;
    if (bad) *bad = at;
    if (at >= 0)
      set_msg(msg, msglen, "pattern %ld: %s", at + 1, err->message);
    else
      set_msg(msg, msglen, "%.0ld%s", 0, err ? err->message : "Hyperscan compile error");
    hs_free_compile_error(err);
    set->db = NULL;
    rc = SR_EINVAL;
    goto done;
  }
  rc = 0;
done:
  free(key);
  if (exprs)
    for (size_t i = 0; i < n; i++) free(exprs[i]);
  free(exprs);
  free(flags);
  free(ids);
  if (rc == SR_ENOMEM) set_msg(msg, msglen, "%.0ld%s", 0, "out of memory");
  return rc;
}
#endif

/* ---- public API ---- */

int sr_patset_compile(const sr_patset_entry *e, size_t n, unsigned flags, sr_patset **out,
                      char *msg, size_t msglen, long *bad) {
  *out = NULL;
  if (bad) *bad = -1;
  if (n > UINT_MAX / 2) {
    set_msg(msg, msglen, "%.0ld%s", 0, "too many patterns");
    return SR_ETOOBIG;
  }
  sr_patset *set = calloc(1, sizeof *set);
  if (!set) return SR_ENOMEM;
  set->n = n;
  set->flags = flags;
  int caseless = (flags & SR_PATSET_CASELESS) != 0;
  for (size_t i = 0; i < n; i++) {
    if (e[i].len == 0) {
      if (bad) *bad = (long)i;
      set_msg(msg, msglen, "pattern %ld: %s", (long)i + 1, "empty pattern");
      free(set);
      return SR_EINVAL;
    }
    if (e[i].regex) set->utf8 = 1;
    if (caseless && !e[i].regex)
      for (size_t j = 0; j < e[i].len; j++)
        if ((unsigned char)e[i].pattern[j] >= 0x80) set->utf8 = 1;
  }
  int rc;
#ifdef SARING_HAVE_HYPERSCAN
  if (!(flags & SR_PATSET_FALLBACK) && n > 0) {
    rc = build_hs(set, e, n, msg, msglen, bad);
    if (rc < 0) {
      sr_patset_free(set);
      return rc;
    }
    *out = set;
    return 0;
  }
#endif
  set->pat_next = malloc((n ? n : 1) * sizeof *set->pat_next);
  set->pat_len = calloc(n ? n : 1, sizeof *set->pat_len);
  set->regex = calloc(n ? n : 1, sizeof *set->regex);
  if (!set->pat_next || !set->pat_len || !set->regex) {
    sr_patset_free(set);
    return SR_ENOMEM;
  }
  for (size_t i = 0; i < n; i++) set->pat_next[i] = -1;
  for (size_t i = 0; i < n; i++) {
    if (!e[i].regex) continue;
    char m[200];
    size_t off = 0;
    set->regex[i] = sr_regex_compile(e[i].pattern, e[i].len,
                                     caseless ? SR_RE_CASELESS : 0, m, sizeof m, &off);
    if (!set->regex[i]) {
      if (bad) *bad = (long)i;
      if (msg && msglen) snprintf(msg, msglen, "pattern %ld: %s at offset %zu", (long)i + 1, m, off);
      sr_patset_free(set);
      return SR_EINVAL;
    }
    set->nregex++;
  }
  rc = build_ac(set, e, n);
  if (rc < 0) {
    set_msg(msg, msglen, "%.0ld%s", 0, "out of memory");
    sr_patset_free(set);
    return rc;
  }
  *out = set;
  return 0;
}

void sr_patset_free(sr_patset *set) {
  if (!set) return;
#ifdef SARING_HAVE_HYPERSCAN
  hs_release(set->db_ref);
  free(set->hs_len);
#endif
  ac_free(&set->ac);
  if (set->regex)
    for (size_t i = 0; i < set->n; i++) sr_regex_free(set->regex[i]);
  free(set->regex);
  free(set->pat_next);
  free(set->pat_len);
  free(set);
}

size_t sr_patset_count(const sr_patset *set) { return set->n; }

const char *sr_patset_engine(const sr_patset *set) {
#ifdef SARING_HAVE_HYPERSCAN
  if (set->db) return "hyperscan";
#endif
  return "aho-corasick";
}

int sr_patset_needs_utf8(const sr_patset *set) { return set->utf8; }

sr_patset_scratch *sr_patset_scratch_new(void) { return calloc(1, sizeof(sr_patset_scratch)); }

void sr_patset_scratch_free(sr_patset_scratch *sc) {
  if (!sc) return;
#ifdef SARING_HAVE_HYPERSCAN
  hs_free_scratch(sc->hs);
#endif
  free(sc->m);
  free(sc->gen);
  free(sc->slot);
  free(sc->ring);
#ifdef SARING_HAVE_HYPERSCAN
  free(sc->pad);
#endif
  free(sc);
}

#ifdef SARING_HAVE_HYPERSCAN
/* Whether sc->hs was prepared for the set's database. */
static int scratch_knows(const sr_patset_scratch *sc, const sr_patset *set) {
  uint64_t serial = set->db_ref->serial;
  for (unsigned i = 0; i < sc->ndbs; i++)
    if (sc->dbs[i] == serial) return 1;
  return 0;
}
#endif

int sr_patset_scratch_prepare(sr_patset_scratch *sc, const sr_patset *set) {
#ifdef SARING_HAVE_HYPERSCAN
  if (set->db) {
    if (hs_alloc_scratch(set->db, &sc->hs) != HS_SUCCESS) return SR_ENOMEM;
    if (!scratch_knows(sc, set)) {
      /* (past SCRATCH_DBS databases the oldest is forgotten: it is only
       * prepared again when next used) */
      sc->dbs[sc->next_db] = set->db_ref->serial;
      sc->next_db = (sc->next_db + 1) % SCRATCH_DBS;
      if (sc->ndbs < SCRATCH_DBS) sc->ndbs++;
    }
  }
#endif
  if (sc->ngen < set->n) {
    uint32_t *g = realloc(sc->gen, set->n * sizeof *g);
    if (!g) return SR_ENOMEM;
    sc->gen = g;
    size_t *sl = realloc(sc->slot, set->n * sizeof *sl);
    if (!sl) return SR_ENOMEM;
    sc->slot = sl;
    memset(sc->gen + sc->ngen, 0, (set->n - sc->ngen) * sizeof *g);
    sc->ngen = set->n;
  }
  return 0;
}

#ifdef SARING_HAVE_HYPERSCAN
/* Hyperscan 5.4's AVX512VBMI literal matcher (Fat Teddy) reads a whole
 * vector at the end of the text, past its last byte (a known upstream bug,
 * fixed in its Vectorscan fork): a text that ends within a vector of a page
 * end can make it fault on the next, unmapped page (fuzz_wordclass found
 * it).  Such a text is scanned from a copy with a vector of zeros after
 * it; match offsets are the same, and the callbacks still read the
 * original.  About one text in sixty ends that close to a page end. */
#define HS_OVERREAD 64
#define PAGE_BYTES 4096

static const char *hs_subject(sr_patset_scratch *sc, const char *s, size_t len) {
  /* the bytes readable after the text on its page (0 when it ends on the
   * page's last byte) */
  uintptr_t end = (uintptr_t)s + len;
  if (((0 - end) & (PAGE_BYTES - 1)) >= HS_OVERREAD) return s;
  if (sc->padcap < len + HS_OVERREAD) {
    char *p = realloc(sc->pad, len + HS_OVERREAD);
    if (!p) return NULL;
    sc->pad = p;
    sc->padcap = len + HS_OVERREAD;
  }
  memcpy(sc->pad, s, len);
  memset(sc->pad + len, 0, HS_OVERREAD);
  return sc->pad;
}
#endif

/* Runs the engine over s, feeding on_candidate.  Returns 0 or SR_E*. */
static int run(const sr_patset *set, sr_patset_scratch *sc, scan_ctx *cx, size_t *bad_utf8) {
  if (set->utf8) {
    size_t b = sr_utf8_validate(cx->s, cx->len);
    if (b < cx->len) {
      if (bad_utf8) *bad_utf8 = b;
      return SR_EUTF8;
    }
  }
  /* Growing Hyperscan scratch is not free, so it is done here only when
   * the scratch is plainly too small; hs_scan refuses a scratch too small
   * for the database (HS_INVALID) and then we grow it and scan again. */
  int need = sc->ngen < set->n;
#ifdef SARING_HAVE_HYPERSCAN
  need = need || (set->db && (!sc->hs || !scratch_knows(sc, set)));
#endif
  if (need) {
    int rc = sr_patset_scratch_prepare(sc, set);
    if (rc < 0) return rc;
  }
  sc->nm = 0;
  sc->nomem = 0;
  if (++sc->curgen == 0) { /* wrapped: old stamps could look current */
    memset(sc->gen, 0, sc->ngen * sizeof *sc->gen);
    sc->curgen = 1;
  }
  if (set->n == 0 || cx->len == 0) return 0;
#ifdef SARING_HAVE_HYPERSCAN
  if (set->db) {
    if (cx->len > UINT_MAX) return SR_ETOOBIG;
    const char *subject = hs_subject(sc, cx->s, cx->len);
    if (!subject) return SR_ENOMEM;
    hs_error_t err = hs_scan(set->db, subject, (unsigned)cx->len, 0, sc->hs, hs_on_match, cx);
    if (err == HS_INVALID && sc->nm == 0 && !cx->found) {
      int rc = sr_patset_scratch_prepare(sc, set);
      if (rc < 0) return rc;
      err = hs_scan(set->db, subject, (unsigned)cx->len, 0, sc->hs, hs_on_match, cx);
    }
    if (err != HS_SUCCESS && err != HS_SCAN_TERMINATED) return err == HS_NOMEM ? SR_ENOMEM : SR_EINVAL;
    return sc->nomem ? SR_ENOMEM : 0;
  }
#endif
  if (ac_scan(cx) == 0 && set->nregex) {
    if (regex_scan(cx) < 0) {
      if (bad_utf8) *bad_utf8 = sr_utf8_validate(cx->s, cx->len);
      return SR_EUTF8;
    }
  }
  return sc->nomem ? SR_ENOMEM : 0;
}

long sr_patset_scan(const sr_patset *set, sr_patset_scratch *sc, const char *s, size_t len,
                    int mode, const sr_patmatch **matches, size_t *bad_utf8) {
  scan_ctx cx = {set, sc, s ? s : "", len, (set->flags & SR_PATSET_WORDS) != 0,
                 (set->flags & SR_PATSET_TOKENS) != 0, 0, 0};
  *matches = NULL;
  int rc = run(set, sc, &cx, bad_utf8);
  if (rc < 0) return rc;
  size_t k = select_matches(sc, mode);
  *matches = sc->m;
  return (long)k;
}

int sr_patset_test(const sr_patset *set, sr_patset_scratch *sc, const char *s, size_t len,
                   size_t *bad_utf8) {
  scan_ctx cx = {set, sc, s ? s : "", len, (set->flags & SR_PATSET_WORDS) != 0,
                 (set->flags & SR_PATSET_TOKENS) != 0, 1, 0};
  int rc = run(set, sc, &cx, bad_utf8);
  if (rc < 0) return rc;
  return cx.found;
}
