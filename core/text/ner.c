/* Named entities of a cleaned news body: person, location, organisation
 * (see ner.h).
 *
 * The tagger walks the runs of capitalised words of the body (only
 * capitalised words are looked at; text/capwords.c finds them) and splits
 * each run into
 *   - gazetteer names (places, organisations, public figures), longest match
 *     first, acronyms in capitals only;
 *   - person titles (Presiden, Menteri, Paus, President ...), dropped;
 *   - organisation names opened by a head word (Kementerian, Dewan, Badan,
 *     Ministry ...) and continued by institution vocabulary, ending at most
 *     at one place or organisation name ("Kementerian Luar Negeri Rusia");
 *   - place names opened by a place head ("Provinsi X", "Wilayah X"; a
 *     generic head at a sentence start is dropped);
 *   - the rest: two to four name-like words are a person; a single word is a
 *     person after a title, next to a verb of saying ("kata Kirby"), or when
 *     it is the first or last word of a person named in the same text.
 * An acronym in parentheses after a tagged name gets the name's type
 * ("Amerika Serikat (AS)"); one after an untagged run names an organisation
 * from the token its initials or syllables start at (with the head they
 * leave out), or from the run's organisation head.  English organisations
 * take their complement ("Authority of the Philippines"), company runs end
 * at their legal form or before their officer's name, a noun before a name
 * can make it an organisation's ("the union X", "saham X"), and name-like
 * words listed with a known place are places.  Further rules (honorific
 * chains and patronymics, CJK names in parentheses, offices closed by a
 * tail before a title, institutions named after titled persons, places
 * named with their kind word, storms and ceremonies) are described where
 * they apply and in docs/news-pipeline.md.  Title Case lines
 * (subheadings) only take gazetteer names.  The dateline's place and outlet are tagged by the
 * caller (scripts/stages/entities.lua), which passes the dateline's end as
 * skip_to.
 *
 * This is a port of the Lua tagger the news pipeline had first, and it
 * gives the same spans byte for byte: every character class below is the C
 * locale's ASCII class Lua's patterns use (%u %l %a %w %s), "lower case" is
 * ASCII-only like string.lower, and positions are 1-based inclusive like
 * string.sub's, so each rule reads as it did in Lua.  Where the Lua code
 * indexed past the end of a string or an array (a nil, never an error), the
 * helpers below return "no byte" or look at zeroed sentinel tokens.
 */
#include "text/ner.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/capwords.h"
#include "text/hash.h"
#include "text/wordtab.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* An AVX2 path chosen at run time (GCC and Clang on x86-64). */
#if defined(__GNUC__) && defined(__x86_64__)
#define HAVE_AVX2_PATH 1
#include <immintrin.h>
#endif

/* ------------------------------------------------------------------------
 * Byte classes (C locale, as Lua's %u %l %a %d %w %s); c may be -1 for "no
 * byte", which is in no class.
 * ---------------------------------------------------------------------- */

static inline int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static inline int is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static inline int is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline unsigned char to_lower(unsigned char c) {
  return is_upper(c) ? (unsigned char)(c + 32) : c;
}

/* Number of runs of non-space bytes (Lua: select(2, s:gsub("%S+", ""))). */
static size_t nwords(const unsigned char *p, size_t n) {
  size_t w = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    int sp = is_space(p[i]);
    if (!sp && !in) w++;
    in = !sp;
  }
  return w;
}

/* ------------------------------------------------------------------------
 * The word table: every word of every list in one open-addressing table
 * keyed by the word's bytes (XXH3), with one flag bit per list, so a word is
 * looked up once whatever lists the rules ask about.
 * ---------------------------------------------------------------------- */

#define BIT(list) (1u << (list))
enum {
  F_NAME = BIT(SR_NER_NAMES),
  F_ACRO = BIT(SR_NER_ACRO),
  F_TITLE = BIT(SR_NER_TITLES),
  F_SURNAME = BIT(SR_NER_SURNAMES),
  F_ORG_HEAD = BIT(SR_NER_ORG_HEADS),
  F_ORG_WORD = BIT(SR_NER_ORG_WORDS),
  F_LOC_HEAD = BIT(SR_NER_LOC_HEADS),
  F_GENERIC = BIT(SR_NER_GENERIC_LOC_HEAD),
  F_COMMON = BIT(SR_NER_COMMON),
  F_SPEECH = BIT(SR_NER_SPEECH),
  F_EVENT = BIT(SR_NER_EVENT),
  F_ORG_TAIL = BIT(SR_NER_ORG_TAILS),
  F_DIRECTION = BIT(SR_NER_DIRECTION),
  F_LOC_PREP = BIT(SR_NER_LOC_PREPS),
  F_LOC_TAIL = BIT(SR_NER_LOC_TAILS),
  F_COMPANY = BIT(SR_NER_COMPANY_HEADS),
  F_CONNECT = BIT(SR_NER_CONNECT),
  F_CONNECT_ORG = BIT(SR_NER_CONNECT_ORG),
  F_PLACE_HEAD = BIT(SR_NER_PLACE_HEADS),
  F_DESCRIPTOR = BIT(SR_NER_DESCRIPTOR_HEADS),
  F_ORG_NOUN = BIT(SR_NER_ORG_NOUNS),
  F_GIVEN = BIT(SR_NER_GIVEN_NAMES),
  F_PCUE = BIT(SR_NER_PERSON_CUES),
  /* Every lower-cased prefix of a name (of a title) that ends before a
   * separator (a space, hyphen, apostrophe, full stop): a run can hold a
   * multi-word name starting at a token only when the token's lower case is
   * a name or such a prefix, so the longest-match loops skip every other
   * token. */
  F_NPREFIX = 1u << SR_NER_NLISTS,
  F_TPREFIX = 1u << (SR_NER_NLISTS + 1),
};

typedef struct entry {
  sr_wordtab_key k;
  uint32_t flags;
  /* The flags of the word capitalised: the key with its first byte, a-z,
   * in upper case ("Kementerian" for "kementerian").  Most capitalised
   * words of a text are written so, and the tagger wants the flags of the
   * word as written and of its lower case: one lookup gives both.  (Bit
   * fields keep an entry at 32 bytes, two to a cache line: the flags take
   * SR_NER_NLISTS + 2 bits.) */
  uint32_t capflags : 29;
  uint32_t kind : 3; /* an sr_ner_kind, with F_NAME */
} entry;
_Static_assert(SR_NER_NLISTS + 2 <= 29, "the flags must fit capflags");

/* A joiner of CONNECT or CONNECT_ORG, in the small table of joiners. */
typedef struct jentry {
  sr_wordtab_key k;
  uint32_t flags; /* F_CONNECT, F_CONNECT_ORG */
} jentry;

/* A filter over the words of the table: one bit per word, chosen by bits of
 * its hash that neither the slot nor the tag uses.  A word whose bit is
 * clear is in no list, and is not looked for in the table: most words the
 * rules ask about (the words around a name, spans of a run) are in none,
 * and their probes were cache misses on the megabyte of slots, where the
 * filter's 16 KB stay in the cache. */
#define FILTER_BITS ((size_t)1 << 17)
static inline size_t filter_bit(uint64_t h) { return (size_t)(h >> 24) & (FILTER_BITS - 1); }

struct sr_ner {
  sr_wordtab words;  /* every list's words, one entry each */
  uint64_t filter[FILTER_BITS / 64];
  /* The joiners again, alone: the gap between two tokens of a text is
   * looked up among them (gap_flags), in a table of a few cache lines
   * rather than among the thousands of words. */
  sr_wordtab joins;
  size_t maxw;       /* most words in a name */
  size_t title_maxw; /* most words in a title */
  size_t gap_max;    /* the longest joiner of CONNECT / CONNECT_ORG */
};

static inline int filter_has(const sr_ner *t, uint64_t h) {
  size_t b = filter_bit(h);
  return (t->filter[b / 64] >> (b % 64)) & 1;
}

/* The entry of a word of h = sr_wordtab_hash(p, len), or NULL. */
static inline const entry *lookup_hashed(const sr_ner *t, uint64_t h, const void *p, size_t len) {
  return filter_has(t, h) ? sr_wordtab_get_hashed(&t->words, h, p, len, sizeof(entry)) : NULL;
}

static const entry *lookup(const sr_ner *t, const void *p, size_t len) {
  return lookup_hashed(t, sr_wordtab_hash(p, len), p, len);
}

static uint32_t flags_of(const sr_ner *t, const void *p, size_t len) {
  const entry *e = lookup(t, p, len);
  return e ? e->flags : 0;
}

static sr_ner_kind kind_of(const sr_ner *t, const void *p, size_t len) {
  const entry *e = lookup(t, p, len);
  return e && (e->flags & F_NAME) ? e->kind : SR_NER_NONE;
}

/* The entry of a word, made (with no flags) when missing; NULL when out of
 * memory. */
static entry *intern(sr_ner *t, const char *p, size_t len) {
  size_t b = filter_bit(sr_wordtab_hash(p, len));
  t->filter[b / 64] |= (uint64_t)1 << (b % 64);
  return sr_wordtab_intern(&t->words, p, len);
}

/* Is w (n bytes) its own lower case with the first byte in upper case? */
static int capitalised(const unsigned char *w, size_t n) {
  if (!(w[0] >= 'A' && w[0] <= 'Z')) return 0;
  for (size_t i = 1; i < n; i++)
    if (w[i] >= 'A' && w[i] <= 'Z') return 0;
  return 1;
}

/* Adds `flags` to the entry of a word (made when missing) and, when the word
 * is capitalised, to the capflags of its lower case's entry.  Returns the
 * word's entry (good until the next intern) or NULL when out of memory. */
static entry *mark(sr_ner *t, const char *w, size_t len, uint32_t flags) {
  if (capitalised((const unsigned char *)w, len)) {
    char low[64];
    char *lw = len <= sizeof low ? low : malloc(len);
    if (!lw) return NULL;
    memcpy(lw, w, len);
    lw[0] = (char)(lw[0] + 32);
    entry *le = intern(t, lw, len);
    if (lw != low) free(lw);
    if (!le) return NULL;
    le->capflags |= flags;
  }
  entry *e = intern(t, w, len);
  if (e) e->flags |= flags;
  return e;
}

sr_ner *sr_ner_new(void) {
  sr_ner *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  if (sr_wordtab_init(&t->words, sizeof(entry), 1024) < 0) {
    free(t);
    return NULL;
  }
  if (sr_wordtab_init(&t->joins, sizeof(jentry), 64) < 0) {
    sr_wordtab_free(&t->words);
    free(t);
    return NULL;
  }
  t->maxw = t->title_maxw = 1;
  return t;
}

void sr_ner_free(sr_ner *t) {
  if (!t) return;
  sr_wordtab_free(&t->words);
  sr_wordtab_free(&t->joins);
  free(t);
}

/* Marks the prefixes of a name or title (see F_NPREFIX): the bytes before
 * each ASCII byte that is not a letter or digit, when there are any. */
static int add_prefixes(sr_ner *t, const char *w, size_t len, uint32_t flag) {
  for (size_t i = 1; i < len; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c < 128 && !is_alnum(c)) {
      if (!mark(t, w, i, flag)) return SR_ENOMEM;
    }
  }
  return 0;
}

int sr_ner_add(sr_ner *t, sr_ner_list list, const char *word, size_t len, sr_ner_kind kind) {
  if ((unsigned)list >= SR_NER_NLISTS || len == 0) return SR_EINVAL;
  if (list == SR_NER_NAMES && (kind < SR_NER_PERSON || kind > SR_NER_ORGANIZATION))
    return SR_EINVAL;
  entry *e = intern(t, word, len);
  if (!e) return SR_ENOMEM;
  if (list == SR_NER_NAMES && !(e->flags & F_NAME)) e->kind = (uint32_t)kind;
  if (!mark(t, word, len, BIT(list))) return SR_ENOMEM;
  size_t n;
  switch (list) {
  case SR_NER_NAMES:
    n = nwords((const unsigned char *)word, len);
    if (n > t->maxw) t->maxw = n;
    return add_prefixes(t, word, len, F_NPREFIX);
  case SR_NER_TITLES:
    n = nwords((const unsigned char *)word, len);
    if (n > t->title_maxw) t->title_maxw = n;
    return add_prefixes(t, word, len, F_TPREFIX);
  case SR_NER_CONNECT:
  case SR_NER_CONNECT_ORG: {
    if (len > t->gap_max) t->gap_max = len;
    jentry *j = sr_wordtab_intern(&t->joins, word, len);
    if (!j) return SR_ENOMEM;
    j->flags |= BIT(list);
    return 0;
  }
  default:
    return 0;
  }
}

const char *sr_ner_kind_name(sr_ner_kind kind) {
  switch (kind) {
  case SR_NER_PERSON: return "person";
  case SR_NER_LOCATION: return "location";
  case SR_NER_ORGANIZATION: return "organization";
  default: return NULL;
  }
}

/* ------------------------------------------------------------------------
 * Scratch of one call
 * ---------------------------------------------------------------------- */

/* A small map from byte strings of the text (not copied) to an int, for what
 * one text learns as it goes: person name parts, acronym types, common
 * words. */
typedef struct pent {
  uint64_t h;
  const unsigned char *p; /* NULL for a free slot */
  size_t len;
  int val;
} pent;

typedef struct pmap {
  pent *e;
  size_t cap, n;
} pmap;

static const pent *pmap_get(const pmap *m, const unsigned char *p, size_t len) {
  if (!m->n) return NULL;
  uint64_t h = sr_hash64(p, len, 0);
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask; m->e[i].p; i = (i + 1) & mask) {
    const pent *e = &m->e[i];
    if (e->h == h && e->len == len && memcmp(e->p, p, len) == 0) return e;
  }
  return NULL;
}

static int pmap_put(pmap *m, const unsigned char *p, size_t len, int val) {
  if ((m->n + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    pent *ne = calloc(ncap, sizeof *ne);
    if (!ne) return SR_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->e[i].p) continue;
      size_t j = (size_t)m->e[i].h & (ncap - 1);
      while (ne[j].p) j = (j + 1) & (ncap - 1);
      ne[j] = m->e[i];
    }
    free(m->e);
    m->e = ne;
    m->cap = ncap;
  }
  uint64_t h = sr_hash64(p, len, 0);
  size_t mask = m->cap - 1;
  size_t i = (size_t)h & mask;
  for (; m->e[i].p; i = (i + 1) & mask) {
    pent *e = &m->e[i];
    if (e->h == h && e->len == len && memcmp(e->p, p, len) == 0) {
      e->val = val;
      return 0;
    }
  }
  m->e[i] = (pent){h, p, len, val};
  m->n++;
  return 0;
}

static void pmap_clear(pmap *m) {
  if (m->n) memset(m->e, 0, m->cap * sizeof *m->e);
  m->n = 0;
}

/* A capitalised word: 1-based inclusive offsets, its flags as written (tf)
 * and lower-cased (lf), its kind as a name, whether it opens a sentence and
 * whether it is name-like. */
typedef struct tok {
  size_t s, e;
  uint32_t tf, lf;
  sr_ner_kind kind;
  unsigned char init, nl;
  /* the gap after this token joined the run only because an organisation
   * head opened it (" dan ", ", "): a person or place never spans it */
  unsigned char orgjoin;
} tok;

typedef struct heading {
  size_t s, e;
} heading;

typedef struct keyed {
  size_t start, seq;
} keyed;

/* An unknown run of name-like words p..q (ending at byte stop) that would
 * be a person's name but showed no evidence of it where it stands: decided
 * when the whole text has been read (see resolve_unsure). */
typedef struct unsure {
  size_t p, q, stop;
} unsure;

struct sr_ner_work {
  unsigned char *low; /* the text lower-cased: lower(sub(text, a, b)) is low[a..b] */
  size_t lowcap;
  tok *tk; /* tk[1..nt]; tk[0] and tk[nt + 1] are zeroed sentinels */
  size_t tkcap;
  heading *head;
  size_t nhead, headcap;
  sr_ner_span *spans; /* in emission order */
  size_t nspans, spanscap;
  sr_ner_span *out;
  size_t outcap;
  size_t *singles; /* tokens left for the pass over single words */
  size_t nsingles, singlescap;
  unsure *unsure; /* runs that may be a person's name, decided at the end */
  size_t nunsure, unsurecap;
  keyed *keys;
  size_t keyscap;
  pmap persons; /* lower-cased first and last words of persons */
  pmap acr;     /* acronym (as written) -> kind */
  pmap seen;    /* lower-cased word -> 1 when written between spaces */
  pmap places;  /* lower-cased words naming a place (1) or an organisation (2)
                 * alone: "Camotes" of "Camotes Islands", "Sailors" of "Lion
                 * City Sailors" */
  pmap events;  /* lower-cased words of the names of events, storms, laws */
  pmap alone;   /* lower-cased words written alone (mentioned_alone) -> the
                 * token, or -1 when there are several */
};

sr_ner_work *sr_ner_work_new(void) { return calloc(1, sizeof(sr_ner_work)); }

void sr_ner_work_free(sr_ner_work *w) {
  if (!w) return;
  free(w->low);
  free(w->tk);
  free(w->head);
  free(w->spans);
  free(w->out);
  free(w->singles);
  free(w->unsure);
  free(w->keys);
  free(w->persons.e);
  free(w->acr.e);
  free(w->seen.e);
  free(w->places.e);
  free(w->events.e);
  free(w->alone.e);
  free(w);
}

/* Makes room for `need` elements of `size` bytes in *p. */
static int reserve(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : 16;
  while (ncap < need) ncap *= 2;
  if (ncap > SIZE_MAX / size) return SR_ENOMEM;
  void *np = realloc(*p, ncap * size);
  if (!np) return SR_ENOMEM;
  *p = np;
  *cap = ncap;
  return 0;
}
#define RESERVE(arr, cap, need) reserve((void **)&(arr), &(cap), (need), sizeof *(arr))

/* The state of one call.  rs..re is the current run, with the flags of its
 * first token; pending is the first token not yet classified (0: none). */
typedef struct ctx {
  const sr_ner *t;
  sr_ner_work *w;
  const unsigned char *s, *low;
  size_t len;
  tok *tk;
  size_t nt;
  size_t hpos; /* the first heading that may hold the current run */
  size_t rs, re, pending;
  int initial, head_only, after_title;
  size_t title_stop; /* the last byte of the last title read, 0 before any */
  int oom;
} ctx;

/* The byte at 1-based position i, or -1 outside the text (Lua: nil). */
static inline int at(const ctx *c, long long i) {
  return i >= 1 && (unsigned long long)i <= c->len ? c->s[i - 1] : -1;
}

/* string.sub(text, a, b) for a >= 1: *p and the length (0 when empty). */
static size_t sub(const ctx *c, size_t a, size_t b, const unsigned char **p) {
  if (b > c->len) b = c->len;
  *p = c->s + (a ? a - 1 : 0);
  return a <= b ? b - a + 1 : 0;
}

static inline size_t toklen(const tok *k) { return k->e - k->s + 1; }

/* Flags and kind of lower(sub(text, a, b)) for a <= b within the text. */
static inline uint32_t lflags(const ctx *c, size_t a, size_t b) {
  return flags_of(c->t, c->low + a - 1, b - a + 1);
}
static inline sr_ner_kind lkind(const ctx *c, size_t a, size_t b) {
  return kind_of(c->t, c->low + a - 1, b - a + 1);
}

/* Lookups of the lower case of the tokens a..b (a <= b) as one key.  A
 * token's own lower case was looked up when it was collected (its lf and
 * kind), so a span of one token takes those.  A longer span can only be a
 * listed name (title) when the token's lower case is a prefix of one
 * (F_NPREFIX, F_TPREFIX), or when the byte after the token is one that
 * add_prefixes does not cut at (a letter, a digit or a byte of a UTF-8
 * sequence): most tokens are neither, and their spans are not hashed. */
static inline int may_run_on(const ctx *c, size_t a, uint32_t prefix) {
  if (c->tk[a].lf & prefix) return 1;
  int b = at(c, (long long)c->tk[a].e + 1);
  return b >= 128 || is_alnum(b);
}

/* The flags of lower(tokens a..b). */
static inline uint32_t span_flags(const ctx *c, size_t a, size_t b) {
  return a == b ? c->tk[a].lf : lflags(c, c->tk[a].s, c->tk[b].e);
}

/* Is lower(tokens a..b) a listed name (its kind) or a title? */
static inline sr_ner_kind span_kind(const ctx *c, size_t a, size_t b) {
  if (a == b) return c->tk[a].kind;
  return may_run_on(c, a, F_NPREFIX) ? lkind(c, c->tk[a].s, c->tk[b].e) : SR_NER_NONE;
}
static inline int span_title(const ctx *c, size_t a, size_t b) {
  if (a == b) return (c->tk[a].lf & F_TITLE) != 0;
  return may_run_on(c, a, F_TPREFIX) && (lflags(c, c->tk[a].s, c->tk[b].e) & F_TITLE);
}
static inline int span_name(const ctx *c, size_t a, size_t b) {
  if (a == b) return (c->tk[a].lf & F_NAME) != 0;
  return may_run_on(c, a, F_NPREFIX) && (lflags(c, c->tk[a].s, c->tk[b].e) & F_NAME);
}

/* Is s..e two to five capitals? */
static int all_caps(const ctx *c, size_t s, size_t e) {
  if (e < s + 1 || e > s + 4) return 0;
  for (size_t x = s; x <= e; x++)
    if (!is_upper(c->s[x - 1])) return 0;
  return 1;
}

/* The list flags of the word (as written) starting at byte s. */
static uint32_t head_at(const ctx *c, size_t s) {
  size_t e = s;
  while (e < c->len && is_alpha(c->s[e])) e++;
  return flags_of(c->t, c->s + s - 1, e - s + 1);
}

/* Is the word at 1-based position s a Balinese birth-order or caste name
 * ("Wayan", "Made", "Nyoman", "Ketut" ...), which a man's name opens with
 * after "I": "I Wayan Contoh"? */
static int balinese_order_at(const ctx *c, size_t s) {
  static const char *const names[] = {"wayan", "made", "nyoman", "ketut", "putu", "kadek",
                                      "komang", "nengah", "gede", "gusti", NULL};
  size_t n = 0;
  while (s + n <= c->len && is_alpha(c->s[s - 1 + n])) n++;
  for (size_t x = 0; names[x]; x++)
    if (strlen(names[x]) == n && memcmp(c->low + s - 1, names[x], n) == 0) return 1;
  return 0;
}

/* Is p..p+n the string lit?  Inline, so that the length of a literal is
 * known when compiling (it was a strlen per call, some 170,000 calls per
 * 600 pages). */
static inline int eqlit(const unsigned char *p, size_t n, const char *lit) {
  return n == strlen(lit) && memcmp(p, lit, n) == 0;
}

/* Is token k a word of good omen that closes the names of Indonesian and
 * Malay cooperatives, farmers' groups and firms ("Makmur", "Sejahtera",
 * "Sentosa")?  Capitalised only. */
static int omen_word(const ctx *c, size_t k) {
  static const char *const words[] = {"makmur", "sejahtera", "sentosa", "abadi", "mandiri", "berkah",
                                      "barokah", "lestari", "bersatu", NULL};
  const tok *t = &c->tk[k];
  if (!is_upper(c->s[t->s - 1])) return 0;
  for (size_t x = 0; words[x]; x++)
    if (eqlit(c->low + t->s - 1, toklen(t), words[x])) return 1;
  return 0;
}

static int person_part(const ctx *c, size_t k);
static int comma_before(const ctx *c, size_t k);

/* Is token k the head of a group whose name ends in a coined proper name
 * after its field words: a farmers' group, a cooperative, a joint
 * business group ("Kelompok Tani Harapan Baru", "Koperasi Perajin Perak
 * Contoh Mandiri", "KUB Salak Makmur")?  Such names are a motto or a
 * place, which the lists cannot know. */
static int group_head(const ctx *c, size_t k) {
  static const char *const words[] = {"Kelompok", "Koperasi", "KUB", "Gapoktan", "Poktan", "Paguyuban", NULL};
  const tok *t = &c->tk[k];
  for (size_t x = 0; words[x]; x++)
    if (eqlit(c->s + t->s - 1, toklen(t), words[x])) return 1;
  return 0;
}

/* The last token of a group's coined name from token m: one to three
 * words joined by single spaces closing the run or before a comma, each
 * name-like, a word of good omen or a known place, none a title, a given
 * name or a person's; 0 when they are not one.  (A given name may be a
 * person's name running on without a comma: "Kelompok Tani Budi
 * Santoso".) */
static size_t group_name_end(const ctx *c, size_t m, size_t stop_at) {
  for (size_t x = m; x <= stop_at && x < m + 3; x++) {
    const tok *t = &c->tk[x];
    if (t->s != c->tk[x - 1].e + 2 || c->s[t->s - 2] != ' ') return 0;
    int omen = omen_word(c, x);
    if (!omen && !t->nl && t->kind != SR_NER_LOCATION && !(t->tf & F_DIRECTION)) return 0;
    if ((t->lf & F_TITLE) || (!omen && (t->lf & F_GIVEN)) || person_part(c, x)) return 0;
    if ((t->kind == SR_NER_PERSON || t->kind == SR_NER_ORGANIZATION) && !omen) return 0;
    if (x == stop_at || comma_before(c, x + 1)) return x;
  }
  return 0;
}

static void emit(ctx *c, size_t s, size_t e, sr_ner_kind kind) {
  sr_ner_work *w = c->w;
  if (RESERVE(w->spans, w->spanscap, w->nspans + 1) < 0) {
    c->oom = 1;
    return;
  }
  /* "I" before a Balinese order name belongs to the person's name ("I
   * Made Contoh"); the tagger dropped it as the English pronoun */
  if (kind == SR_NER_PERSON && s >= 3 && c->s[s - 2] == ' ' && c->s[s - 3] == 'I' &&
      (s == 3 || !is_alnum(c->s[s - 4])) && balinese_order_at(c, s))
    s -= 2;
  /* an organisation's acronym right before the name of one of its bodies
   * is part of the name: "UN Office for the Coordination of Humanitarian
   * Affairs", "WHO Regional Office for Europe"; only in an English name
   * with its complement, as Indonesian and Malay put the acronym after the
   * head ("Kantor PBB") */
  if (kind == SR_NER_ORGANIZATION && w->nspans > 0) {
    sr_ner_span *l = &w->spans[w->nspans - 1];
    if (l->kind == SR_NER_ORGANIZATION && s == l->stop + 2 && c->s[l->stop] == ' ' && all_caps(c, l->start, l->stop) &&
        (head_at(c, s) & F_ORG_HEAD) &&
        (memmem(c->s + s - 1, e - s + 1, " for ", 5) || memmem(c->s + s - 1, e - s + 1, " of ", 4))) {
      l->stop = e;
      return;
    }
  }
  /* an institution of the state closed by the state's formal name:
   * "Ombudsman Republik Indonesia", "Kepolisian Negara Republik
   * Indonesia" (the republic alone is the country) */
  if (kind == SR_NER_LOCATION && w->nspans > 0 && e - s + 1 > 9 && memcmp(c->s + s - 1, "Republik ", 9) == 0) {
    sr_ner_span *l = &w->spans[w->nspans - 1];
    if (l->kind == SR_NER_ORGANIZATION && l->stop + 2 == s && c->s[l->stop] == ' ') {
      l->stop = e;
      return;
    }
  }
  /* a road's number after its kind closes its name: "Contoh Avenue 3",
   * "Jalan 14" is no count (one or two digits, no more digits after) */
  if (kind == SR_NER_LOCATION && e + 3 <= c->len && c->s[e] == ' ' && is_digit(c->s[e + 1])) {
    size_t ws = e; /* 1-based, as s and e */
    while (ws > s && c->s[ws - 2] != ' ') ws--;
    const unsigned char *lw = c->s + ws - 1;
    size_t ln = e - ws + 1, d = e + 1;
    while (d < c->len && d < e + 3 && is_digit(c->s[d])) d++;
    if ((eqlit(lw, ln, "Avenue") || eqlit(lw, ln, "Street") || eqlit(lw, ln, "Road") || eqlit(lw, ln, "Drive") ||
         eqlit(lw, ln, "Crescent") || eqlit(lw, ln, "Jalan") || eqlit(lw, ln, "Lorong")) &&
        (d == c->len || !(is_alnum(c->s[d]) || ((c->s[d] == '.' || c->s[d] == ',') && d + 1 < c->len &&
                                                is_digit(c->s[d + 1])))))
      e = d;
  }
  /* an Indonesian state firm's legal form in parentheses is part of its
   * name: "PT Contoh (Persero)", "PT Contoh (Persero) Tbk" */
  if (kind == SR_NER_ORGANIZATION && e + 10 <= c->len && memcmp(c->s + e, " (Persero)", 10) == 0) {
    e += 10;
    if (e + 4 <= c->len && memcmp(c->s + e, " Tbk", 4) == 0 && (e + 4 == c->len || !is_alnum(c->s[e + 4]))) e += 4;
  }
  /* an abbreviated legal form keeps its full stop, as a name suffix does:
   * "Contoh Nava Co.", "Contoh Holdings Inc." */
  if (kind == SR_NER_ORGANIZATION && e < c->len && c->s[e] == '.' && e >= s + 3) {
    size_t ws = e;
    while (ws > s && c->s[ws - 2] != ' ') ws--;
    const unsigned char *lw = c->s + ws - 1;
    size_t ln = e - ws + 1;
    if (ws > s && (eqlit(lw, ln, "Co") || eqlit(lw, ln, "Inc") || eqlit(lw, ln, "Corp") || eqlit(lw, ln, "Ltd")))
      e++;
  }
  w->spans[w->nspans++] = (sr_ner_span){s, e, kind};
}

static void add_single(ctx *c, size_t k) {
  sr_ner_work *w = c->w;
  if (RESERVE(w->singles, w->singlescap, w->nsingles + 1) < 0) {
    c->oom = 1;
    return;
  }
  w->singles[w->nsingles++] = k;
}

/* persons_parts: the lower-cased first and last words of persons found so
 * far. */
static int person_part(const ctx *c, size_t k) {
  return pmap_get(&c->w->persons, c->low + c->tk[k].s - 1, toklen(&c->tk[k])) != NULL;
}
static void add_person_part(ctx *c, size_t k) {
  if (pmap_put(&c->w->persons, c->low + c->tk[k].s - 1, toklen(&c->tk[k]), 1) < 0) c->oom = 1;
}

/* acr_types: the type of an acronym defined in the text ("(BIN)" after
 * "Badan Intelijen Negara"), by the token as written. */
static sr_ner_kind acr_type(const ctx *c, size_t k) {
  const pent *e = pmap_get(&c->w->acr, c->s + c->tk[k].s - 1, toklen(&c->tk[k]));
  return e ? (sr_ner_kind)e->val : SR_NER_NONE;
}

/* ------------------------------------------------------------------------
 * Word tests
 * ---------------------------------------------------------------------- */

static int starts(const unsigned char *w, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && memcmp(w, pre, k) == 0;
}
static int ends(const unsigned char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* An Indonesian/Malay derived word (ke-an, pe-an, ber-, me-kan, di-i ...),
 * lower-cased: a common noun or verb when it opens a sentence. */
static int derived(const unsigned char *w, size_t n) {
  if (n < 7) return 0;
  int an = ends(w, n, "an");
  if (an && (starts(w, n, "ke") || starts(w, n, "pe") || starts(w, n, "se") || starts(w, n, "be")))
    return 1;
  if (starts(w, n, "me") || starts(w, n, "di") || starts(w, n, "ber") || starts(w, n, "ter"))
    return ends(w, n, "kan") || ends(w, n, "nya") || ends(w, n, "i") || n >= 8;
  if (an && n >= 8 && !(w[n - 3] == 'w' || w[n - 3] == 'm' || w[n - 3] == 'y')) return 1;
  return ends(w, n, "nya");
}

/* In a heading, any word with a derivational prefix is a common word
 * (lower-cased). */
static int heading_common(const unsigned char *w, size_t n) {
  return n >= 6 && (starts(w, n, "me") || starts(w, n, "di") || starts(w, n, "be") ||
                    starts(w, n, "te") || starts(w, n, "se") || starts(w, n, "ke") ||
                    starts(w, n, "pe"));
}

static inline int low_or_cont(int c) { return is_lower(c) || (c >= 0x80 && c <= 0xBF); }

/* The shape of a name: "Budi", "Ma'ruf", "Jong-un", "Al-Jazeera"; a capital
 * (or a Latin-1 letter's lead byte) and lower-case letters, with hyphens and
 * apostrophes after the second byte.  Lua:
 *   ^[%u\195][%l\128-\191][%l\128-\191%-']*$
 *   ^[%u\195][%l\128-\191]+%-[%u%l][%l]+$
 * (a third pattern of the Lua version, ^%u[%l]+%-%l+$, matches nothing the
 * first does not). */
/* Bytes of a letter of the Latin extended blocks at w[i] (of n): two for
 * U+00C0-U+01BF (lead bytes 0xC3-0xC6: "ü", "ł", "ư"), three for
 * U+1E00-U+1EFF (Vietnamese, "ễ"), or 0. */
static size_t ext_letter(const unsigned char *w, size_t n, size_t i) {
  if (w[i] >= 0xC3 && w[i] <= 0xC6 && i + 1 < n && w[i + 1] >= 0x80 && w[i + 1] <= 0xBF) return 2;
  if (w[i] == 0xE1 && i + 2 < n && w[i + 1] >= 0xB8 && w[i + 1] <= 0xBB && w[i + 2] >= 0x80 && w[i + 2] <= 0xBF)
    return 3;
  return 0;
}

static int name_shape(const unsigned char *w, size_t n) {
  if (n < 2) return 0;
  /* a short prefix, an apostrophe (ASCII or U+2019) and a capital opening
   * the rest: "D'Souza", "O'Neill", "Nur(U+2019)Ain"; each part has the
   * shape of a name, or the prefix is one capital */
  for (size_t p = 1; p <= 3 && p + 2 < n; p++) {
    size_t al = w[p] == '\'' ? 1 : (w[p] == 0xE2 && w[p + 1] == 0x80 && w[p + 2] == 0x99 ? 3 : 0);
    if (!al) continue;
    if (p + al < n && is_upper(w[p + al]))
      return (p == 1 ? is_upper(w[0]) : name_shape(w, p)) && name_shape(w + p + al, n - p - al);
    /* a typographic apostrophe before small letters: "Ma(U+2019)ruf" */
    if (al == 3 && p >= 2 && p + al < n && is_lower(w[p + al])) {
      size_t i = p + al;
      while (i < n && is_lower(w[i])) i++;
      return i == n && name_shape(w, p);
    }
    break;
  }
  /* a capital of Latin Extended-A or Additional opening the name ("Đỗ",
   * "Łukasz", "Ấn"; capwords lets only capitals of those blocks open a
   * word): its letters after it are checked as the body of any name */
  if ((w[0] == 0xC4 || w[0] == 0xC5 || w[0] == 0xE1) && ext_letter(w, n, 0)) {
    size_t i = ext_letter(w, n, 0);
    if (i >= n) return 0;
    while (i < n) {
      size_t l = low_or_cont(w[i]) && w[i] < 0x80 ? 1 : ext_letter(w, n, i);
      if (!l && (w[i] == '-' || w[i] == '\'') && i >= 3) l = 1;
      if (!l) return 0;
      i += l;
    }
    return 1;
  }
  if (!(is_upper(w[0]) || w[0] == 0xC3)) return 0;
  /* a lower-case letter with a diacritic second: "Müller", "Øvrebø" is not
   * (Ø is a capital) */
  if (!low_or_cont(w[1]) && !(n > 3 && ((w[1] == 0xC3 && w[2] >= 0x9F && w[2] <= 0xBF) ||
                                        ((w[1] == 0xC4 || w[1] == 0xC5) && w[2] >= 0x80 && w[2] <= 0xBF))) &&
      /* Vietnamese small letters ("Hương", "Nguyễn") and a capital with
       * one small Latin-1 letter ("Mã") */
      !((w[1] == 0xC6 || w[1] == 0xE1) && ext_letter(w, n, 1)) &&
      !(n == 3 && w[1] == 0xC3 && w[2] >= 0x9F && w[2] <= 0xBF))
    return 0;
  size_t i = 2;
  while (i < n && (low_or_cont(w[i]) || w[i] == '-' || w[i] == '\'')) i++;
  if (i == n) return 1;
  /* a Latin letter with a diacritic inside the name, two bytes from
   * U+00C0 to U+017F: "Müller", "José", "Peñablanca", "Gheorghiță" */
  i = 1;
  while (i < n && (low_or_cont(w[i]) || ((w[i] >= 0xC3 && w[i] <= 0xC5) && i + 1 < n &&
                                         w[i + 1] >= 0x80 && w[i + 1] <= 0xBF) ||
                   ((w[i] == '-' || w[i] == '\'') && i >= 2)))
    i++;
  if (i == n) return 1;
  /* or a Vietnamese one, U+01A0-U+01BF ("ư", "ơ") or U+1E00-U+1EFF
   * ("ễ", "ộ"): "Nguyễn", "Hương", "Mã" (a capital and one letter) */
  if (w[0] != 0xC3) {
    i = 1;
    while (i < n) {
      size_t l = low_or_cont(w[i]) && w[i] < 0x80 ? 1 : ext_letter(w, n, i);
      if (!l) break;
      i += l;
    }
    if (i == n) return 1;
  }
  /* a typographic apostrophe (U+2019) inside the name: "Ta(U+2019)zim" */
  i = 2;
  while (i < n && (low_or_cont(w[i]) || (w[i] == 0xE2 && i + 2 < n && w[i + 1] == 0x80 && w[i + 2] == 0x99)))
    i += w[i] == 0xE2 ? 3 : 1;
  if (i == n && low_or_cont(w[1])) return 1;
  i = 1;
  while (i < n && low_or_cont(w[i])) i++;
  if (i >= n || w[i] != '-') return 0;
  i++;
  if (i >= n || !is_alpha(w[i])) return 0;
  i++;
  if (i >= n) return 0;
  while (i < n && is_lower(w[i])) i++;
  return i == n;
}

/* Does w (n bytes, its first byte known to match) stand at s + at?  A
 * plain loop: a call to memcmp in the scanning loops below would make the
 * compiler keep their vector registers on the stack. */
static inline int same_rest(const unsigned char *s, size_t at, const unsigned char *w, size_t n) {
  size_t k = 1;
  while (k < n && s[at + k] == w[k]) k++;
  return k == n;
}

#if defined(HAVE_AVX2_PATH)
/* The same test 32 positions at a time, on a CPU with AVX2 (chosen at run
 * time); returns 1, or -1 with *from set where the caller goes on. */
__attribute__((target("avx2"))) static int spaced_word_avx2(const unsigned char *s, size_t len,
                                                             const unsigned char *w, size_t n,
                                                             size_t *from) {
  const __m256i sp = _mm256_set1_epi8(' '), w0 = _mm256_set1_epi8((char)w[0]);
  size_t i = 0;
  while (i + n + 33 <= len) {
    __m256i a = _mm256_loadu_si256((const __m256i *)(s + i));
    __m256i b = _mm256_loadu_si256((const __m256i *)(s + i + 1));
    __m256i d = _mm256_loadu_si256((const __m256i *)(s + i + n + 1));
    unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_and_si256(
        _mm256_and_si256(_mm256_cmpeq_epi8(a, sp), _mm256_cmpeq_epi8(b, w0)), _mm256_cmpeq_epi8(d, sp)));
    for (; m; m &= m - 1)
      if (same_rest(s, i + (size_t)__builtin_ctz(m) + 1, w, n)) return 1;
    i += 32;
  }
  *from = i;
  return -1;
}
#endif

/* Is the word w (n >= 1 bytes) written in s with a space on either side:
 * is there an a >= 1 with s[a - 1] == ' ', s[a .. a + n - 1] == w and
 * s[a + n] == ' '?  The space before, the word's first byte and the space
 * after are tested 16 positions at a time, so only real candidates reach
 * the full comparison (a plain memmem stopped at every copy of the word,
 * inside longer words too, and cost a fifth of the tagger). */
static int spaced_word_in(const unsigned char *s, size_t len, const unsigned char *w, size_t n) {
  if (n == 0 || len < n + 2) return 0;
  size_t last = len - n - 2; /* the last position of the space before */
  size_t i = 0;
#if defined(HAVE_AVX2_PATH)
  if (__builtin_cpu_supports("avx2") && spaced_word_avx2(s, len, w, n, &i) > 0) return 1;
#endif
#if defined(__SSE2__)
  const __m128i sp = _mm_set1_epi8(' '), w0 = _mm_set1_epi8((char)w[0]);
  /* a block at i reads s[i .. i + n + 16] */
  while (i + n + 17 <= len) {
    __m128i a = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(s + i + 1));
    __m128i d = _mm_loadu_si128((const __m128i *)(s + i + n + 1));
    unsigned m = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, sp), _mm_cmpeq_epi8(b, w0)), _mm_cmpeq_epi8(d, sp)));
    for (; m; m &= m - 1)
      if (same_rest(s, i + (size_t)__builtin_ctz(m) + 1, w, n)) return 1;
    i += 16;
  }
#endif
  for (; i <= last; i++)
    if (s[i] == ' ' && s[i + 1] == w[0] && s[i + n + 1] == ' ' && same_rest(s, i + 1, w, n)) return 1;
  return 0;
}

/* Is the lower-cased token k written between spaces somewhere in the text
 * (so it is a common word)?  One search per distinct word and text. */
static int lowseen(ctx *c, size_t k) {
  const unsigned char *w = c->low + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  const pent *e = pmap_get(&c->w->seen, w, n);
  if (e) return e->val;
  /* c->low lowers ASCII only: a word opening with a capital of U+00C0-U+017F
   * or U+1E00-U+1EFF ("Éric", "Żukowski", "Đỗ") is searched with that
   * letter lowered, not as written (it would find itself).  The lowered
   * copy is used for the search only; the cache keeps w, the token's bytes. */
  unsigned char buf[64];
  const unsigned char *q = w;
  if (w[0] >= 0x80) {
    if (n > sizeof buf) return 0;
    memcpy(buf, w, n);
    if (n >= 2 && w[0] == 0xC3 && w[1] >= 0x80 && w[1] <= 0x9E && w[1] != 0x97) {
      buf[1] = (unsigned char)(w[1] + 0x20);
    } else if (n >= 2 && (w[0] == 0xC4 || w[0] == 0xC5) && w[1] >= 0x80 && w[1] <= 0xBF) {
      unsigned cp = ((unsigned)(w[0] & 0x1F) << 6) | (w[1] & 0x3F);
      if (cp == 0x178) return 0; /* Ÿ lowers to a Latin-1 letter: no such word in these texts */
      cp++;
      buf[0] = (unsigned char)(0xC0 | (cp >> 6));
      buf[1] = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (n >= 3 && w[0] == 0xE1 && w[1] >= 0xB8 && w[1] <= 0xBB && w[2] >= 0x80 && w[2] <= 0xBF) {
      unsigned cp = ((unsigned)(w[1] & 0x3F) << 6) | (w[2] & 0x3F);
      cp++;
      buf[1] = (unsigned char)(0x80 | (cp >> 6));
      buf[2] = (unsigned char)(0x80 | (cp & 0x3F));
    }
    q = buf;
  }
  int v = spaced_word_in(c->s, c->len, q, n);
  if (pmap_put(&c->w->seen, w, n, v) < 0) c->oom = 1;
  return v;
}

/* The word before position pos: the letters just before it (and spaces)
 * within its 14 bytes.  Lua: sub(text, max(1, pos - 14), pos - 1):match("(%a+)%s*$") */
static int prev_word(const ctx *c, size_t pos, size_t *ps, size_t *pe) {
  if (pos <= 1) return 0;
  size_t lo = pos >= 15 ? pos - 14 : 1;
  size_t e = pos - 1;
  while (e >= lo && is_space(c->s[e - 1])) e--;
  if (e < lo || !is_alpha(c->s[e - 1])) return 0;
  size_t b = e;
  while (b > lo && is_alpha(c->s[b - 2])) b--;
  *ps = b;
  *pe = e;
  return 1;
}

/* The word after position te, past spaces and commas, within 14 bytes.
 * Lua: sub(text, te + 1, te + 14):match("^[%s,]*(%a+)") */
static int next_word(const ctx *c, size_t te, size_t *ns, size_t *ne) {
  size_t hi = te + 14 < c->len ? te + 14 : c->len;
  size_t i = te + 1;
  while (i <= hi && (is_space(c->s[i - 1]) || c->s[i - 1] == ',')) i++;
  if (i > hi || !is_alpha(c->s[i - 1])) return 0;
  size_t j = i;
  while (j + 1 <= hi && is_alpha(c->s[j])) j++;
  *ns = i;
  *ne = j;
  return 1;
}

/* Do the bytes at 1-based position p spell lit? */
static int memcmp_at(const ctx *c, long long p, const char *lit) {
  size_t n = strlen(lit);
  return p >= 1 && (size_t)p - 1 + n <= c->len && memcmp(c->s + p - 1, lit, n) == 0;
}

/* An age in parentheses at p: " (62)".  Lua: find(text, "^ %(%d%d?%d?%)", p) */
static int age_at(const ctx *c, size_t p) {
  long long q = (long long)p;
  if (at(c, q) != ' ' || at(c, q + 1) != '(') return 0;
  int d = 0;
  while (d < 3 && is_digit(at(c, q + 2 + d))) d++;
  return d >= 1 && at(c, q + 2 + d) == ')';
}

/* Lua: find(w, "^,?" .. lit .. "%u") on the window w. */
static int comma_then(const unsigned char *w, size_t n, const char *lit) {
  size_t o = n > 0 && w[0] == ',' ? 1 : 0;
  size_t k = strlen(lit);
  return n >= o + k + 1 && memcmp(w + o, lit, k) == 0 && is_upper(w[o + k]);
}

/* Are the n bytes at w capitals only? */
static int all_caps_bytes(const unsigned char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!is_upper(w[i])) return 0;
  return 1;
}

/* Does a patronymic follow token k: " bin ", " binti ", " anak ", or the
 * capitalised Iban "Anak" taken as a word of a name (see
 * collect_tokens)? */
static int before_patronymic(const ctx *c, size_t k) {
  const unsigned char *g;
  size_t gn = sub(c, c->tk[k].e + 1, c->tk[k + 1].s - 1, &g);
  const tok *n = &c->tk[k + 1];
  return eqlit(g, gn, " bin ") || eqlit(g, gn, " binti ") || eqlit(g, gn, " anak ") ||
         (eqlit(g, gn, " ") && n->nl && toklen(n) == 4 && memcmp(c->s + n->s - 1, "Anak", 4) == 0);
}

/* Is token k a word that only opens a Muslim given name, so that the
 * name-like word after it is a given name even when it is also a place's
 * ("Mohd Rizal Hashim", "Muhammad Johor")?  Joined to it by one space. */
static int after_name_opener(const ctx *c, size_t k) {
  static const char *const openers[] = {"Mohd", "Mohamad", "Mohammad", "Mohamed", "Muhammad", "Muhd", "Md",
                                        "Nurul", "Siti", "Syed", "Sharifah", "Abdul",
                                        /* Acehnese and Malay nobles' names: "Teuku Rizal Hashim" */
                                        "Teuku", "Tengku", "Tunku"};
  if (k < 2) return 0;
  const tok *o = &c->tk[k - 1];
  if (c->tk[k].s != o->e + 2 || c->s[o->e] != ' ') return 0;
  for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
    if (eqlit(c->s + o->s - 1, toklen(o), openers[i])) return 1;
  return 0;
}

/* Is token k "Km" or "KM" before a number, a distance marker on a road
 * ("Jalan Sisingamangaraja Km 8")? */
static int milestone(const ctx *c, size_t k) {
  const unsigned char *w = (const unsigned char *)c->s + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  return (eqlit(w, n, "Km") || eqlit(w, n, "KM")) && at(c, (long long)c->tk[k].e + 1) == ' ' &&
         is_digit(at(c, (long long)c->tk[k].e + 2));
}

/* Is token k a generational suffix of a name, "Jr" or "Sr" (as written)? */
static int name_suffix(const ctx *c, size_t k) {
  const unsigned char *w = (const unsigned char *)c->s + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  return eqlit(w, n, "Jr") || eqlit(w, n, "Sr");
}

/* A person found at tokens p..q: besides the first and last word, the
 * words a Malay, Indonesian or Iban name is called by alone are parts too
 * (they name the person later on their own): the word before a
 * patronymic ("Michael Liman anak Langgi" ... "Liman said"), and the word
 * after a leading Muhammad or Siti ("Muhammad Faiz Hamdan" ... "Faiz
 * berkata"). */
static void add_person_parts(ctx *c, size_t p, size_t q) {
  add_person_part(c, p);
  add_person_part(c, q);
  for (size_t x = p + 1; x < q; x++) {
    const unsigned char *g;
    size_t gn = sub(c, c->tk[x].e + 1, c->tk[x + 1].s - 1, &g);
    const tok *n = &c->tk[x + 1];
    if (eqlit(g, gn, " bin ") || eqlit(g, gn, " binti ") || eqlit(g, gn, " anak ") ||
        (eqlit(g, gn, " ") && toklen(n) == 4 && memcmp(c->s + n->s - 1, "Anak", 4) == 0 && x + 1 < q)) {
      if (!(c->tk[x].tf & F_COMMON) && toklen(&c->tk[x]) >= 3) add_person_part(c, x);
      break;
    }
  }
  /* a Chinese name after an English given name, "Marcus Tan Kah Wei":
   * the family name, second, names him alone ("Tan said"); known family
   * names of up to four letters before two short given syllables */
  if (q == p + 3 && (c->tk[p + 1].lf & F_GIVEN) && toklen(&c->tk[p + 1]) >= 2 && toklen(&c->tk[p + 1]) <= 4 &&
      toklen(&c->tk[p + 2]) <= 5 && toklen(&c->tk[q]) <= 5)
    add_person_part(c, p + 1);
  /* the surname before a generational suffix: "Romualdo Sarmiento Jr."
   * ... "Sarmiento told" */
  if (q >= p + 2 && name_suffix(c, q) && toklen(&c->tk[q - 1]) >= 3) add_person_part(c, q - 1);
  if (q >= p + 2) {
    const unsigned char *w = c->low + c->tk[p].s - 1;
    size_t n = toklen(&c->tk[p]);
    if ((eqlit(w, n, "muhammad") || eqlit(w, n, "mohammad") || eqlit(w, n, "mohamad") || eqlit(w, n, "mohd") ||
         eqlit(w, n, "muhd") || eqlit(w, n, "siti")) &&
        c->tk[p + 1].s == c->tk[p].e + 2 && c->tk[p + 1].nl && toklen(&c->tk[p + 1]) >= 3 &&
        !(c->tk[p + 1].tf & F_COMMON))
      add_person_part(c, p + 1);
  }
}

/* Do the initials of tokens a..b spell the acronym (as a subsequence with
 * the same first letter)?  "Ministry of Health" / MOH, "Institute for
 * Development of Economics and Finance" / Indef. */
static int initials_match(const ctx *c, size_t a, size_t b, const unsigned char *acr, size_t alen) {
  size_t n = b - a + 1;
  if (n < 2 || (long long)n < (long long)alen - 2 || n > alen) return 0;
  if (to_lower(c->s[c->tk[a].s - 1]) != to_lower(acr[0])) return 0;
  size_t pos = 0;
  for (size_t x = a; x <= b; x++) {
    unsigned char ini = to_lower(c->s[c->tk[x].s - 1]);
    while (pos < alen && to_lower(acr[pos]) != ini) pos++;
    if (pos >= alen) return 0;
    pos++;
  }
  return 1;
}

/* Is the acronym (lower-cased: "tipikor", "kemenkes") the first letters of
 * each of the tokens a..b run together, each token giving at least one
 * ("Tindak Pidana Korupsi", "Kementerian Kesehatan")?  Indonesian and Malay
 * abbreviate names by syllables as often as by initials. */
static int syllables_match(const ctx *c, size_t a, size_t b, const unsigned char *acr, size_t alen) {
  if (a > b) return alen == 0;
  if (alen == 0) return 0;
  const unsigned char *w = c->low + c->tk[a].s - 1;
  size_t n = toklen(&c->tk[a]);
  /* the later tokens each need a letter of their own */
  size_t rest = b - a;
  for (size_t take = 1; take <= n && take + rest <= alen; take++) {
    if (w[take - 1] != to_lower(acr[take - 1])) break;
    if (syllables_match(c, a + 1, b, acr + take, alen - take)) return 1;
  }
  return 0;
}

/* syllables_match, where the tokens after the first may also give the
 * letters after a noun's affix ("Dinas Perdagangan (Disdag)", "Dinas
 * Pertanian (Distan)"): the affix is left out of such acronyms. */
static int syllables_match_affix(const ctx *c, size_t a, size_t b, const unsigned char *acr, size_t alen,
                                 int first) {
  if (a > b) return alen == 0;
  if (alen == 0) return 0;
  static const char *const affixes[] = {"", "per", "pe", "pen", "pem", "peng", "ke", "kepen"};
  const unsigned char *w0 = c->low + c->tk[a].s - 1;
  size_t n0 = toklen(&c->tk[a]);
  size_t rest = b - a;
  /* heads with a customary short form of their own: "Dinas" gives "Dis"
   * (Dishub, Disdik), "Direktorat" gives "Dit" (Ditlantas) */
  if (first && alen > 3 && rest > 0 &&
      ((eqlit(w0, n0, "dinas") && starts(acr, alen, "Dis")) ||
       (eqlit(w0, n0, "direktorat") && starts(acr, alen, "Dit"))))
    return syllables_match_affix(c, a + 1, b, acr + 3, alen - 3, 0);
  for (size_t f = 0; f < (first ? 1 : sizeof affixes / sizeof *affixes); f++) {
    size_t off = strlen(affixes[f]);
    if (off && !(n0 > off + 2 && memcmp(w0, affixes[f], off) == 0)) continue;
    const unsigned char *w = w0 + off;
    size_t n = n0 - off;
    for (size_t take = 1; take <= n && take + rest <= alen; take++) {
      if (w[take - 1] != to_lower(acr[take - 1])) break;
      if (syllables_match_affix(c, a + 1, b, acr + take, alen - take, 0)) return 1;
    }
  }
  return 0;
}

/* The acronym in parentheses right after token x (" (BIN)"): its 1-based
 * start and its length, 2 to 12 letters or digits opening with a capital;
 * *titlecase when it is a word like "Tipikor". */
static int acronym_after(const ctx *c, size_t x, size_t *as, size_t *alen, int *titlecase) {
  long long p0 = (long long)c->tk[x].e + 1;
  if (!(at(c, p0) == ' ' && at(c, p0 + 1) == '(' && is_upper(at(c, p0 + 2)))) return 0;
  long long q = p0 + 3;
  while (is_alnum(at(c, q))) q++;
  size_t n = (size_t)(q - (p0 + 2));
  if (at(c, q) != ')' || n < 2 || n > 12) return 0;
  *as = (size_t)p0 + 2;
  *alen = n;
  *titlecase = 1;
  for (size_t i = 1; i < n; i++)
    if (!is_lower(c->s[*as - 1 + i])) *titlecase = 0;
  return 1;
}

/* Does the gap after token j open an English complement, " of ...", " for
 * ..." ("Authority of the Philippines", "Council for the Development")? */
static int complement_gap(const ctx *c, size_t j) {
  size_t gs = c->tk[j].e + 1, ge = c->tk[j + 1].s;
  const unsigned char *g = c->low + gs - 1;
  size_t n = ge > gs ? ge - gs : 0;
  return c->tk[j + 1].s && (starts(g, n, " of ") || starts(g, n, " for "));
}

/* ------------------------------------------------------------------------
 * Headings: Title Case lines without a sentence end that a prose line
 * follows (subheadings); lists of names are not headings.
 * ---------------------------------------------------------------------- */

/* Lua: find(line, "[%.!?:;,\"”]%s*$"), the class taking the bytes of ”
 * one by one. */
static int line_ends_sentence(const unsigned char *p, size_t n) {
  while (n > 0 && is_space(p[n - 1])) n--;
  if (n == 0) return 0;
  switch (p[n - 1]) {
  case '.': case '!': case '?': case ':': case ';': case ',': case '"':
  case 0xE2: case 0x80: case 0x9D:
    return 1;
  default:
    return 0;
  }
}

/* Capitals opening a word.  Lua: select(2, line:gsub("%f[%w\128-\255][%u\195]", "")) */
static size_t line_caps(const unsigned char *p, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if ((is_upper(p[i]) || p[i] == 0xC3) && (i == 0 || !(is_alnum(p[i - 1]) || p[i - 1] >= 128)))
      k++;
  }
  return k;
}

static void find_headings(ctx *c) {
  sr_ner_work *w = c->w;
  size_t n = c->len, pos = 1;
  int have_prev = 0;
  heading prev = {0, 0};
  while (pos <= n) {
    const unsigned char *nl = memchr(c->s + pos - 1, '\n', n - pos + 1);
    size_t e = nl ? (size_t)(nl - c->s) + 1 : n + 1;
    size_t len = e - pos;
    const unsigned char *line = c->s + pos - 1;
    int short_line = len <= 120;
    size_t words = short_line ? nwords(line, len) : 99;
    if (have_prev) {
      if (words > 12) {
        if (RESERVE(w->head, w->headcap, w->nhead + 1) < 0) {
          c->oom = 1;
          return;
        }
        w->head[w->nhead++] = prev;
      }
      have_prev = 0;
    }
    if (short_line && words > 0 && words <= 12 && !line_ends_sentence(line, len)) {
      if ((double)line_caps(line, len) >= 0.6 * (double)words) {
        have_prev = 1;
        prev = (heading){pos, e - 1};
      }
    }
    pos = e + 1;
  }
}

/* Is position s in a heading?  Runs come in text order and headings are
 * disjoint and in text order, so one pointer walks them. */
static int in_heading(ctx *c, size_t s) {
  sr_ner_work *w = c->w;
  while (c->hpos < w->nhead && w->head[c->hpos].e < s) c->hpos++;
  return c->hpos < w->nhead && w->head[c->hpos].s <= s;
}

/* ------------------------------------------------------------------------
 * Tokens
 * ---------------------------------------------------------------------- */

static void push_tok(ctx *c, size_t s, size_t e, int init) {
  sr_ner_work *w = c->w;
  if (RESERVE(w->tk, w->tkcap, c->nt + 3) < 0) {
    c->oom = 1;
    return;
  }
  c->tk = w->tk;
  tok *k = &w->tk[++c->nt];
  memset(k, 0, sizeof *k);
  k->s = s;
  k->e = e;
  k->init = (unsigned char)(init != 0);
}

/* Is s..e a word doubled with a hyphen ("Pinggan-Pinggan", "Kura-kura"),
 * not a known name doubled ("Rusia-Rusia" stays two places)? */
static int doubled(const ctx *c, size_t s, size_t e) {
  size_t n = e - s + 1;
  if (n < 5 || n % 2 == 0 || c->s[s - 1 + n / 2] != '-') return 0;
  return memcmp(c->low + s - 1, c->low + s + n / 2, n / 2) == 0 &&
         !(flags_of(c->t, c->low + s - 1, n / 2) & F_NAME);
}

/* The end of the name in s..e when the word is an English compound of a
 * name and a participle ("Bangkok-based", "US-led", "Kremlin-backed"),
 * else e. */
static size_t compound_base(const ctx *c, size_t s, size_t e) {
#define TAIL(lit) {lit, sizeof lit - 1}
  static const struct {
    const char *s;
    size_t n;
  } tails[] = {TAIL("-based"), TAIL("-born"), TAIL("-led"), TAIL("-backed"), TAIL("-owned"),
               TAIL("-made"), TAIL("-bound"), TAIL("-listed"), TAIL("-funded"), TAIL("-run"),
               TAIL("-linked"), TAIL("-headquartered"), TAIL("-registered"), TAIL("-controlled")};
#undef TAIL
  const unsigned char *w = c->s + s - 1;
  size_t n = e - s + 1;
  /* every tail has a hyphen and most words none: one scan rules them all
   * out (this ran for every capitalised word of every text; a loop, as a
   * word is a few bytes and a call to memchr cost more) */
  if (n < 5) return e;
  size_t h = 1;
  while (h < n && w[h] != '-') h++;
  if (h == n) return e;
  for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
    size_t k = tails[i].n;
    if (n > k + 1 && w[n - k] == '-' && memcmp(w + n - k, tails[i].s, k) == 0) return e - k;
  }
  return e;
}

/* Is s1..e1 "People's" before a capitalised word: a word of a name
 * ("People's Liberation Army", "Kani People's Defence Force"), not a
 * possessive? */
static int peoples_in_name(const ctx *c, size_t s1, size_t e1) {
  if (e1 - s1 + 1 == 8 && memcmp(c->s + s1 - 1, "People's", 8) == 0 && e1 + 1 < c->len && c->s[e1] == ' ' &&
      is_upper(c->s[e1 + 1]))
    return 1;
  /* or a known name holding the possessive: "Cox's Bazar", "Martha's
   * Vineyard" (the name and the next word are a listed name's start) */
  if (e1 + 1 >= c->len || c->s[e1] != ' ' || !is_upper(c->s[e1 + 1])) return 0;
  size_t ne = e1 + 2;
  while (ne < c->len && is_alpha(c->s[ne])) ne++;
  return (flags_of(c->t, c->low + s1 - 1, ne - s1 + 1) & (F_NAME | F_NPREFIX)) != 0;
}

/* The capitalised words from skip_to on (text/capwords.c).  A word with a
 * hyphen before a capital that is not a name as a whole is two names
 * ("Utara-Rusia", "Rusia-Ukraina"): its parts become tokens, each opening a
 * sentence by the capwords rule. */
static void collect_tokens(ctx *c, size_t skip_to) {
  const char *s = (const char *)c->s;
  size_t pos = skip_to, next;
  sr_capword cw;
  while (!c->oom && sr_capword_next(s, c->len, pos, &cw, &next)) {
    /* a typographic apostrophe before lower-case letters inside a word
     * ("Johor Darul Ta(U+2019)zim"), not a possessive (U+2019)"s", continues the
     * word */
    while (cw.end + 3 < c->len && c->s[cw.end] == 0xE2 && c->s[cw.end + 1] == 0x80 && c->s[cw.end + 2] == 0x99 &&
           is_lower(c->s[cw.end + 3]) &&
           !(c->s[cw.end + 3] == 's' && (cw.end + 4 == c->len || !is_alpha(c->s[cw.end + 4])))) {
      cw.end += 3;
      while (cw.end < c->len && is_lower(c->s[cw.end])) cw.end++;
      if (next < cw.end) next = cw.end;
    }
    /* and before a capital, after a prefix of one to three letters, as
     * the ASCII apostrophe does: "D(U+2019)Souza-Lim", "Nur(U+2019)Ain" */
    sr_capword cw2;
    size_t next2;
    if (cw.end + 3 < c->len && cw.end - cw.start <= 3 && c->s[cw.end] == 0xE2 && c->s[cw.end + 1] == 0x80 &&
        c->s[cw.end + 2] == 0x99 && is_upper(c->s[cw.end + 3]) &&
        sr_capword_next(s, c->len, cw.end + 3, &cw2, &next2) && cw2.start == cw.end + 3) {
      cw.end = cw2.end;
      cw.hyphen |= cw2.hyphen;
      next = next2;
    }
    size_t s1 = cw.start + 1, e1 = cw.end;
    /* a currency's letters before "$" are no word of a name: "S$22",
     * "HK$5" ("DBS Bank and S$22 million" is one bank) */
    if (e1 - s1 < 3 && cw.end < c->len && c->s[cw.end] == '$' && all_caps_bytes(c->s + s1 - 1, e1 - s1 + 1)) {
      pos = next;
      continue;
    }
    /* a listed word stays whole: "Undang-Undang" is a law word; so does
     * a doubled word ("Pinggan-Pinggan") */
    /* (a surname with an apostrophe prefix stays whole: "D'Souza-Lim") */
    int apos = 0;
    for (size_t p = s1; p < s1 + 3 && p + 3 < e1; p++)
      if (c->s[p] == '\'' || (c->s[p] == 0xE2 && c->s[p + 1] == 0x80 && c->s[p + 2] == 0x99)) apos = 1;
    if (cw.hyphen && !apos && !(lflags(c, s1, e1) & F_NAME) && !doubled(c, s1, e1) &&
        !(flags_of(c->t, c->s + s1 - 1, e1 - s1 + 1) & (F_EVENT | F_COMMON))) {
      size_t off = s1;
      size_t i = cw.start;
      for (;;) {
        size_t j = i;
        while (j < cw.end && c->s[j] != '-') j++;
        size_t plen = j - i;
        /* a lower-case part is no word of a name but a joiner between
         * two ("Stoke-on-Trent": the gap "-on-" joins the run or not) */
        if (plen && !is_lower(c->s[off - 1]))
          push_tok(c, off, off + plen - 1, sr_capword_initial(s, off - 1));
        off += plen + 1;
        if (j >= cw.end) break;
        i = j + 1;
      }
    } else {
      /* an English possessive is not part of the name: "Japan's" */
      if (e1 - s1 >= 3 && c->s[e1 - 1] == 's' && c->s[e1 - 2] == '\'' && !peoples_in_name(c, s1, e1)) e1 -= 2;
      /* nor an English compound's adjective: "Bangkok-based", "US-led" */
      e1 = compound_base(c, s1, e1);
      push_tok(c, s1, e1, cw.initial);
    }
    pos = next;
  }
  if (c->oom) return;
  if (RESERVE(c->w->tk, c->w->tkcap, c->nt + 2) < 0) {
    c->oom = 1;
    return;
  }
  c->tk = c->w->tk;
  memset(&c->tk[0], 0, sizeof c->tk[0]);
  memset(&c->tk[c->nt + 1], 0, sizeof c->tk[0]);
  /* The tokens' lower cases are looked up in turn, and the table is some
   * megabytes that the other stages push out of the cache: each lookup the
   * filter lets through is prefetched AHEAD tokens early, so that the
   * misses overlap.  hs[] holds the hashes of the tokens in flight. */
  enum { AHEAD = 8 };
  uint64_t hs[AHEAD];
  const sr_wordtab *wt = &c->t->words;
  for (size_t k = 1; k <= c->nt && k <= AHEAD; k++) {
    hs[k % AHEAD] = sr_wordtab_hash(c->low + c->tk[k].s - 1, toklen(&c->tk[k]));
    if (filter_has(c->t, hs[k % AHEAD])) sr_wordtab_prefetch(wt, hs[k % AHEAD], sizeof(entry));
  }
  for (size_t k = 1; k <= c->nt; k++) {
    tok *t = &c->tk[k];
    size_t n = toklen(t);
    const unsigned char *w = c->s + t->s - 1, *lw = c->low + t->s - 1;
    const entry *low = lookup_hashed(c->t, hs[k % AHEAD], lw, n);
    if (k + AHEAD <= c->nt) {
      const tok *ahead = &c->tk[k + AHEAD];
      hs[k % AHEAD] = sr_wordtab_hash(c->low + ahead->s - 1, toklen(ahead));
      if (filter_has(c->t, hs[k % AHEAD])) sr_wordtab_prefetch(wt, hs[k % AHEAD], sizeof(entry));
    }
    if (is_upper(w[0]) ? sr_wordtab_same(w + 1, lw + 1, n - 1) : sr_wordtab_same(w, lw, n)) {
      /* capitalised (the entry of the lower case knows the flags of the
       * word so written) or in lower case already */
      t->tf = low ? (is_upper(w[0]) ? low->capflags : low->flags) : 0;
    } else {
      const entry *raw = lookup(c->t, w, n);
      t->tf = raw ? raw->flags : 0;
    }
    t->lf = low ? low->flags : 0;
    t->kind = low && (low->flags & F_NAME) ? low->kind : SR_NER_NONE;
    /* a doubled word is a Malay or Indonesian plural or a place's name,
     * never a person's */
    t->nl = (unsigned char)(!(t->tf & (F_ORG_WORD | F_ORG_HEAD | F_LOC_HEAD)) &&
                            name_shape(c->s + t->s - 1, n) && !doubled(c, t->s, t->e));
  }
  /* An Iban patronymic written with a capital, "Julian Tingang Anak Jelu"
   * ("son of"): between two name-like words joined by single spaces,
   * "Anak" (else an institution word, "Perlindungan Anak") is a word of
   * the name; not between common words ("Rumah Anak Yatim", words the
   * text writes in lower case). */
  for (size_t k = 2; k < c->nt; k++) {
    tok *t = &c->tk[k];
    if (toklen(t) == 4 && memcmp(c->s + t->s - 1, "Anak", 4) == 0 && c->tk[k - 1].nl && c->tk[k + 1].nl &&
        c->tk[k - 1].e + 2 == t->s && t->e + 2 == c->tk[k + 1].s && c->s[t->s - 2] == ' ' &&
        c->s[t->e] == ' ' && !((c->tk[k - 1].tf | c->tk[k + 1].tf) & F_COMMON) && !lowseen(c, k - 1) &&
        !lowseen(c, k + 1))
      t->nl = 1;
  }
  /* A father's name after "bin"/"binti" is a word of the name even when it
   * is a common word or a word of places elsewhere: "Salim bin Tengah",
   * "Aminah binti Barat" (not a title: "bin Haji Osman" keeps its rule). */
  for (size_t k = 2; k <= c->nt; k++) {
    tok *t = &c->tk[k];
    size_t n = toklen(t);
    /* (the gap first: it is rarely " bin ", and name_shape reads the word) */
    const unsigned char *g;
    size_t gn = sub(c, c->tk[k - 1].e + 1, t->s - 1, &g);
    if ((eqlit(g, gn, " bin ") || eqlit(g, gn, " binti ")) && !(t->lf & (F_TITLE | F_TPREFIX)) &&
        is_upper(c->s[t->s - 1]) && name_shape(c->s + t->s - 1, n)) {
      t->nl = 1;
      t->tf &= ~(uint32_t)(F_COMMON | F_DIRECTION | F_ORG_WORD | F_ORG_HEAD | F_LOC_HEAD | F_ORG_TAIL |
                           F_LOC_TAIL | F_PLACE_HEAD | F_EVENT);
    }
  }
}

/* ------------------------------------------------------------------------
 * The tagger
 * ---------------------------------------------------------------------- */

static inline size_t min_z(size_t a, size_t b) { return a < b ? a : b; }

/* Initials: one to three capitals, maybe with full stops ("HR", "K.H."). */
static int is_initials(const ctx *c, size_t k) {
  const tok *t = &c->tk[k];
  size_t n = toklen(t), caps = 0;
  for (size_t x = 0; x < n; x++) {
    unsigned char b = c->s[t->s - 1 + x];
    if (is_upper(b)) caps++;
    else if (b != '.') return 0;
  }
  return caps >= 1 && caps <= 3;
}

/* Does one of the words p..q read as an Indonesian/Malay noun made with
 * pe-an, per-an or ke-an (lower-cased, eight letters or more:
 * "persembahan", "pelancongan", "kesihatan")?  No person is named so. */
static int derived_words(const ctx *c, size_t p, size_t q) {
  for (size_t x = p; x <= q; x++) {
    const unsigned char *w = c->low + c->tk[x].s - 1;
    size_t n = toklen(&c->tk[x]);
    if (n >= 8 && ends(w, n, "an") && (starts(w, n, "pe") || starts(w, n, "ke")) &&
        !(w[n - 3] == 'w' || w[n - 3] == 'm' || w[n - 3] == 'y'))
      return 1;
  }
  return 0;
}

/* Is token k a noun of an activity made with pe-an, per-an or ke-an
 * ("perindustrian", "penanaman", "pelancongan")? */
static int use_noun(const ctx *c, size_t k) {
  const unsigned char *w = c->low + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  return n >= 8 && ends(w, n, "an") && (starts(w, n, "pe") || starts(w, n, "ke")) &&
         is_upper(c->s[c->tk[k].s - 1]) && !(c->tk[k].lf & (F_NAME | F_TITLE));
}

/* Is the word pws..pwe a noun naming the organisation after it ("union"),
 * or "of" after such a noun written with it ("shares of", "striker of")? */
static int org_noun_before(ctx *c, size_t pws, size_t pwe) {
  if (lflags(c, pws, pwe) & F_ORG_NOUN) return 1;
  size_t s2, e2;
  return pwe - pws == 1 && memcmp(c->low + pws - 1, "of", 2) == 0 && prev_word(c, pws, &s2, &e2) &&
         e2 + 2 == pws && (lflags(c, s2, pwe) & F_ORG_NOUN);
}

/* Is token q followed by an apposition naming a kind of organisation:
 * ", the local start-up", ", a logistics firm" (", the" or ", a", at most
 * two more lower-case words, then a noun of ORG_NOUNS)? */
static int org_apposition_after(ctx *c, size_t q) {
  size_t i = c->tk[q].e; /* 0-based index of the byte after the token */
  if (i + 4 > c->len || c->s[i] != ',' || c->s[i + 1] != ' ') return 0;
  i += 2;
  if (i + 4 <= c->len && memcmp(c->s + i, "the ", 4) == 0)
    i += 4;
  else if (i + 2 <= c->len && memcmp(c->s + i, "a ", 2) == 0)
    i += 2;
  else if (i + 3 <= c->len && memcmp(c->s + i, "an ", 3) == 0)
    i += 3;
  else
    return 0;
  for (int w = 0; w < 3 && i < c->len; w++) {
    size_t j = i;
    while (j < c->len && (is_lower(c->s[j]) || c->s[j] == '-')) j++;
    if (j == i) return 0;
    if (flags_of(c->t, c->low + i, j - i) & F_ORG_NOUN) {
      /* the noun heads the apposition: "the company founder" names a
       * person, "the firm that ..." a firm */
      if (j >= c->len || c->s[j] != ' ' || j + 1 >= c->len || !is_lower(c->s[j + 1])) return 1;
      size_t k = j + 1;
      while (k < c->len && is_lower(c->s[k])) k++;
      static const char *const next[] = {"that", "which", "whose", "behind", "based", "in", "of", "from",
                                         "founded", "run", "owned", "with", "set", "where", "and", NULL};
      for (size_t x = 0; next[x]; x++)
        if (eqlit(c->s + j + 1, k - j - 1, next[x])) return 1;
      return 0;
    }
    if (j >= c->len || c->s[j] != ' ') return 0;
    i = j + 1;
  }
  return 0;
}

/* Is the word after token q, past one space, a lower-case noun of a kind of
 * place ("Isabela province", "Kampot town")?  1 for a noun in the singular,
 * 2 for a plural ("townships"), which names places only after a list. */
static int place_noun_after(const ctx *c, size_t q) {
  size_t ns, ne;
  if (!(next_word(c, c->tk[q].e, &ns, &ne) && ns == c->tk[q].e + 2 && is_lower(c->s[ns - 1]) &&
        (flags_of(c->t, c->s + ns - 1, ne - ns + 1) & F_LOC_TAIL)))
    return 0;
  return c->s[ne - 1] == 's' && ne - ns >= 3 ? 2 : 1;
}

/* Is the gap after token x a joiner of a list: ", ", " and ", " dan "? */
static int list_gap(const ctx *c, size_t x) {
  const unsigned char *g;
  size_t gn = sub(c, c->tk[x].e + 1, c->tk[x + 1].s - 1, &g);
  return c->tk[x + 1].s && (eqlit(g, gn, ", ") || eqlit(g, gn, " and ") || eqlit(g, gn, ", and ") ||
                            eqlit(g, gn, " dan ") || eqlit(g, gn, ", dan ") || eqlit(g, gn, " serta "));
}

/* Does a list of names of one to three name-like words from token x on end
 * before a plural noun of places: "Neipu, Gaoshu and Laiyi townships",
 * "Mae Rim, Hang Dong and Mae Taeng districts"?  The words of an item are
 * joined by single spaces. */
static int listed_before_place_noun(const ctx *c, size_t x) {
  for (int steps = 0; steps < 8 && x < c->nt && list_gap(c, x); steps++) {
    x++;
    for (int w = 0;; w++) {
      if (!c->tk[x].nl || (c->tk[x].tf & F_COMMON)) return 0;
      if (w == 2 || x >= c->nt || c->tk[x + 1].s != c->tk[x].e + 2 || c->s[c->tk[x].e] != ' ')
        break;
      x++;
    }
    if (place_noun_after(c, x) == 2) return 1;
  }
  return 0;
}

/* Is the word pws..pwe "the" after a word before places: "in the West
 * Midlands", "across the Riau Islands"? */
static int the_after_prep(ctx *c, size_t pws, size_t pwe) {
  size_t s2, e2;
  return pwe - pws == 2 && memcmp(c->low + pws - 1, "the", 3) == 0 && prev_word(c, pws, &s2, &e2) &&
         (lflags(c, s2, e2) & F_LOC_PREP);
}

/* Is token x followed by a list joiner and a place ("Batang Kuis dan
 * Tanjung Morawa", "Pagentan, Banjarnegara"): a place head or a known
 * place?  Then x is listed with it. */
static int before_place(ctx *c, size_t x) {
  const tok *tk = c->tk;
  if (x >= c->nt) return 0;
  const unsigned char *g;
  size_t gn = sub(c, tk[x].e + 1, tk[x + 1].s - 1, &g);
  if (!(eqlit(g, gn, " dan ") || eqlit(g, gn, " and ") || eqlit(g, gn, ", ") ||
        eqlit(g, gn, ", dan ") || eqlit(g, gn, ", and ") || eqlit(g, gn, " serta ")))
    return 0;
  const tok *n = &tk[x + 1];
  if ((n->tf & F_LOC_HEAD) && !(n->tf & F_ORG_HEAD) && !(n->tf & F_GENERIC)) return 1;
  if (!(n->lf & (F_NAME | F_NPREFIX))) return 0;
  int run_on = may_run_on(c, x + 1, F_NPREFIX);
  for (size_t m = min_z(c->nt, x + c->t->maxw); m >= x + 1; m--) {
    uint32_t f = n->lf;
    sr_ner_kind kind = n->kind;
    if (m > x + 1) {
      const entry *e = run_on ? lookup(c->t, c->low + n->s - 1, tk[m].e - n->s + 1) : NULL;
      if (!e) continue;
      f = e->flags;
      kind = e->kind;
    }
    if (f & F_NAME)
      /* the place ends there: "Budi Santoso dan Jakarta Propertindo" is
       * no list of places */
      return kind == SR_NER_LOCATION && !(f & F_ACRO) &&
             !(at(c, (long long)tk[m].e + 1) == ' ' && is_upper(at(c, (long long)tk[m].e + 2)));
  }
  return 0;
}

/* Is token k a word of the name of an event, a storm or a law in the text? */
static int event_word(const ctx *c, size_t k) {
  return pmap_get(&c->w->events, c->low + c->tk[k].s - 1, toklen(&c->tk[k])) != NULL;
}

/* Is tokens k, k+1 a place head of two words joined by a space ("Rumah
 * Panjang", "Negara Bagian")?  1 when it is, else 0. */
static size_t two_word_head(const ctx *c, size_t k) {
  const tok *tk = c->tk;
  return tk[k + 1].s == tk[k].e + 2 && c->s[tk[k].e] == ' ' &&
         (flags_of(c->t, c->s + tk[k].s - 1, tk[k + 1].e - tk[k].s + 1) & F_LOC_HEAD);
}

/* Is token k the head of a village or a rural district, whose name often
 * runs two or three words, some of them words of places themselves:
 * "Kampung Sungai Besar", "Kecamatan Way Kanan", "Desa Karang Anyar Lama"? */
static int village_head(const ctx *c, size_t k) {
  static const char *const heads[] = {"kampung", "desa", "dusun", "kecamatan", "kelurahan", "pekon", "gampong",
                                      "nagari", "jorong"};
  const tok *t = &c->tk[k];
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (eqlit(c->low + t->s - 1, toklen(t), heads[i])) return 1;
  return 0;
}

/* The last word of a village's name m..stop that runs to the end of the
 * run (two or three words after its head k, each name-like or a word of
 * natural places, "Sungai", "Bukit"; no other village, title or known
 * person or organisation), or 0. */
static size_t village_name_end(const ctx *c, size_t k, size_t m, size_t stop) {
  const tok *tk = c->tk;
  if (!village_head(c, k) || stop < m + 1 || stop > m + 2) return 0;
  for (size_t x = m; x <= stop; x++) {
    if (!(tk[x].nl || ((tk[x].tf & F_LOC_HEAD) && !(tk[x].tf & F_GENERIC))) || village_head(c, x) ||
        (tk[x].tf & (F_COMMON | F_ORG_HEAD)) || (tk[x].lf & F_TITLE) || tk[x].kind == SR_NER_PERSON ||
        tk[x].kind == SR_NER_ORGANIZATION)
      return 0;
    if (x > m && (tk[x].s != tk[x - 1].e + 2 || c->s[tk[x].s - 2] != ' ')) return 0;
  }
  return stop;
}

/* Is token k "Negeri" after "Luar" or "Dalam" in the same run ("Perdagangan
 * Luar Negeri Kemendag"): "foreign", "domestic", no head of a place? */
static int foreign_negeri(const ctx *c, size_t k) {
  const tok *tk = c->tk;
  if (k <= c->rs || toklen(&tk[k]) != 6 || memcmp(c->s + tk[k].s - 1, "Negeri", 6) != 0 ||
      tk[k - 1].e + 2 != tk[k].s)
    return 0;
  const unsigned char *w = c->low + tk[k - 1].s - 1;
  size_t n = toklen(&tk[k - 1]);
  return eqlit(w, n, "luar") || eqlit(w, n, "dalam");
}

/* Does an age follow position e: " (16)", or a comma and one to three
 * digits ending there or before "tahun"/"years" (", 16 tahun", ", 67,")? */
static int age_after(const ctx *c, size_t e) {
  if (age_at(c, e + 1)) return 1;
  long long p = (long long)e + 1;
  if (at(c, p) != ',' || at(c, p + 1) != ' ') return 0;
  long long q = p + 2;
  while (q < p + 5 && is_digit(at(c, q))) q++;
  if (q == p + 2 || is_digit(at(c, q))) return 0;
  if (at(c, q) == ',') return 1;
  return at(c, q) == ' ' && (memcmp_at(c, q + 1, "tahun") || memcmp_at(c, q + 1, "years"));
}

/* Is the one-word title at token k a word of the name being read: after a
 * title and one name-like word, before another, all joined by single
 * spaces ("Datuk Lukman Hakim Sazali": "Hakim", a judge, is also a given
 * name)?  A title of two words or more starting there is a title. */
static int title_in_name(const ctx *c, size_t k, size_t stop_at) {
  const tok *tk = c->tk;
  /* or a name of three words closing the run before an age, which only a
   * person has: "Amirul Hakim Roslan, 16 tahun" */
  int aged = k + 1 == c->re && age_after(c, tk[k + 1].e);
  /* or set off by commas after a known place, as a speaker is after his
   * office's town: "Humas KAI di Surabaya, Budi Hakim Santoso, mengatakan"
   * (after another word the title may be the holder's: "pelajar, X Hakim
   * Y," stays a judge) */
  int apposed = k + 1 == c->re && k >= 3 && tk[k - 2].kind == SR_NER_LOCATION &&
                tk[k - 2].e + 3 == tk[k - 1].s && c->s[tk[k - 2].e] == ',' &&
                at(c, (long long)tk[k + 1].e + 1) == ',';
  /* or a one-word title closing the run after one name-like word, before
   * an age or a verb of saying: it titles nobody there, so it is the
   * name's last word ("Rosmah Awang (45)", "Siti Dayang berkata"; Awang
   * and Dayang are honorifics before a name and names after one) */
  if (k == c->re && k == stop_at && c->pending && c->pending == k - 1 && tk[k - 1].nl &&
      !(tk[k - 1].lf & F_TITLE) && tk[k - 1].e + 2 == tk[k].s && c->s[tk[k].s - 2] == ' ' &&
      is_upper(c->s[tk[k].s - 1])) {
    size_t ns, ne;
    if (age_after(c, tk[k].e) ||
        (next_word(c, tk[k].e, &ns, &ne) && ns == tk[k].e + 2 && (lflags(c, ns, ne) & F_SPEECH)))
      return 1;
  }
  return (c->after_title || aged || apposed) && c->pending && c->pending == k - 1 && k < stop_at && tk[k - 1].nl &&
         tk[k + 1].nl && !(tk[k + 1].lf & (F_TITLE | F_TPREFIX | F_NAME | F_NPREFIX)) &&
         !(tk[k + 1].tf & F_COMMON) && (tk[k].lf & F_TITLE) && tk[k - 1].e + 2 == tk[k].s &&
         tk[k].e + 2 == tk[k + 1].s && c->s[tk[k].s - 2] == ' ' && c->s[tk[k].e] == ' ' &&
         !(flags_of(c->t, c->low + tk[k].s - 1, tk[k + 1].e - tk[k].s + 1) & (F_TITLE | F_TPREFIX));
}

/* Is token k a middle initial with its stop, "T." in "Arnel T. Macalinao"? */
static int middle_initial(const ctx *c, size_t k) {
  const tok *t = &c->tk[k];
  return t->s == t->e && is_upper(c->s[t->s - 1]) && at(c, (long long)t->e + 1) == '.';
}

/* Is p..q (from the first pending token a) a long name right after a
 * title and before a verb of saying: "Datuk Che Ku Azmi Che Ku Ali
 * berkata"?  Malay names with their father's can run to six words. */
static int long_titled_name(ctx *c, size_t a, size_t p, size_t q) {
  size_t ns, ne;
  return c->after_title && p == a && q == c->re && next_word(c, c->tk[q].e, &ns, &ne) &&
         ns == c->tk[q].e + 2 && (lflags(c, ns, ne) & F_SPEECH);
}

/* Does a person's name start with an initial at token p, inside the run
 * and before a name-like word: "Datuk M. Kumar"?  (A single capital opening
 * a run may end a sentence, so never there.) */
static int lead_initial(const ctx *c, size_t p, size_t b) {
  return !c->head_only && p > c->rs && p < b && middle_initial(c, p) && c->tk[p + 1].nl &&
         !(c->tk[p + 1].tf & F_COMMON);
}

/* Are all the words p..q but at most one, and at least two, written in
 * lower case elsewhere in the text: a phrase of common words in Title Case
 * ("Jadwal Perempat Final" beside "di perempat final")? */
static int common_phrase(ctx *c, size_t p, size_t q) {
  size_t n = 0;
  for (size_t x = p; x <= q; x++) n += (size_t)lowseen(c, x);
  return n >= 2 && n + 1 >= q - p + 1;
}

/* Is the word k a place the text named before with its kind word ("Kani"
 * of "Kani Township"), and no person's word or acronym? */
static int known_place_alone(const ctx *c, size_t k) {
  const pent *pe = pmap_get(&c->w->places, c->low + c->tk[k].s - 1, toklen(&c->tk[k]));
  return pe && pe->val == 1 && !(c->tk[k].tf & F_COMMON) && !person_part(c, k) && !acr_type(c, k);
}

/* Is token k a word of two to six capitals, an acronym ("PUB", "JKR")? */
static int all_caps_word(const ctx *c, size_t k) {
  const tok *t = &c->tk[k];
  size_t n = toklen(t);
  if (n < 2 || n > 6) return 0;
  for (size_t x = 0; x < n; x++)
    if (!is_upper(c->s[t->s - 1 + x])) return 0;
  return 1;
}

/* Is the word k after a title the first of two nouns of a portfolio, "dan"
 * or "and" and a word before a known place or a title: "Menteri Utiliti
 * dan Telekomunikasi Sarawak"? */
static int portfolio_pair(ctx *c, size_t k) {
  const tok *tk = c->tk;
  if (k + 2 > c->nt) return 0;
  const unsigned char *g;
  size_t gn = sub(c, tk[k].e + 1, tk[k + 1].s - 1, &g);
  return (eqlit(g, gn, " dan ") || eqlit(g, gn, " and ")) && tk[k + 1].nl && tk[k + 2].s == tk[k + 1].e + 2 &&
         c->s[tk[k + 1].e] == ' ' && !(tk[k + 1].lf & F_NAME) &&
         (tk[k + 2].kind == SR_NER_LOCATION ||
          /* or before the holder's own title: "Minister of Utility and
           * Telecommunication Datuk X" */
          ((tk[k + 2].lf & F_TITLE) && !(tk[k + 1].lf & F_TITLE)) ||
          /* or before the short form of the body holding the portfolio:
           * "Pengarah Bekalan dan Rawatan PUB" */
          all_caps_word(c, k + 2));
}

/* Is token k the one word after the title of a regional head, before a
 * comma and a capitalised name: "Camat Sukamaju, Rudi Hartono" or "Bupati
 * Cianjur, Herman"?  The word is the district the title is of, not the
 * holder, who is named after the comma.  The titles here are those whose
 * complement is always a place (Indonesian and Malay local offices). */
static int regional_title_place(const ctx *c, size_t k) {
  static const char *const heads[] = {"camat ", "lurah ", "bupati ", "wali kota ", "walikota ", "gubernur ",
                                      "kapolsek ", "kapolres ", "kapolresta ", "kapolda ", "kades ",
                                      "kepala desa ", "danramil ", "dandim ", "penghulu ", "ketua kampung "};
  const tok *t = &c->tk[k];
  if (at(c, (long long)t->e + 1) != ',' || at(c, (long long)t->e + 2) != ' ' ||
      !is_upper(at(c, (long long)t->e + 3)))
    return 0;
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
    size_t n = strlen(heads[i]);
    if (t->s > n && memcmp(c->low + t->s - 1 - n, heads[i], n) == 0 &&
        (t->s == n + 1 || !is_alpha(c->low[t->s - 2 - n])))
      return 1;
  }
  return 0;
}

/* Is token k a people's adjective made from a known place, "Cambodian"
 * (Cambodia), "Bhutanese" (Bhutan)?  It names no place, even in a list of
 * places ("on Cambodian and Myanmar rice"). */
static int demonym(const ctx *c, size_t k) {
  const unsigned char *w = c->low + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  if (n < 5 || (c->tk[k].lf & F_NAME)) return 0;
  if (w[n - 1] == 'n' && kind_of(c->t, w, n - 1) == SR_NER_LOCATION) return 1;
  return ends(w, n, "ese") && kind_of(c->t, w, n - 3) == SR_NER_LOCATION;
}

/* Is token j "Mei" or "May" as a Chinese given name, between two
 * name-like words joined by single spaces ("Tan Mei Ling")?  A month has a
 * day or a year next to it, never a capitalised word on both sides. */
static int given_month(const ctx *c, size_t j) {
  const tok *tk = c->tk;
  if (j < 2 || j + 1 > c->nt || toklen(&tk[j]) != 3) return 0;
  const unsigned char *w = c->low + tk[j].s - 1;
  return (memcmp(w, "mei", 3) == 0 || memcmp(w, "may", 3) == 0) && tk[j - 1].nl && tk[j + 1].nl &&
         !(tk[j + 1].tf & F_COMMON) && !(tk[j - 1].tf & F_COMMON) && tk[j - 1].e + 2 == tk[j].s &&
         tk[j].e + 2 == tk[j + 1].s && c->s[tk[j].s - 2] == ' ' && c->s[tk[j].e] == ' ';
}

/* Classifies the pending unknown tokens pending..upto of the current run:
 * runs of name-like words are persons, places (after a preposition, or in a
 * list after a place) or single words left for the last pass. */
/* A one-word name set off by commas right after an office, before a
 * lower-case word, names the office holder: "Kepala Dinas Contoh Jaya,
 * Sukirman, mengatakan", "anggota DPRD Contoh, Marlina, meminta" (not a
 * list: "dan", "and" ... after the second comma). */
static int appositive(const ctx *c, size_t p) {
  const sr_ner_work *w = c->w;
  const tok *t = &c->tk[p];
  if (!w->nspans || !t->nl || (t->tf & F_COMMON) || (t->lf & (F_NAME | F_TITLE)) || toklen(t) < 4) return 0;
  const sr_ner_span *l = &w->spans[w->nspans - 1];
  if (l->stop + 3 != t->s || c->s[l->stop] != ',' || c->s[l->stop + 1] != ' ') return 0;
  int office = l->kind == SR_NER_ORGANIZATION ||
               (l->kind == SR_NER_LOCATION && w->nspans >= 2 && w->spans[w->nspans - 2].kind == SR_NER_ORGANIZATION &&
                w->spans[w->nspans - 2].stop + 2 == l->start);
  if (!office || t->e + 3 > c->len || c->s[t->e] != ',' || c->s[t->e + 1] != ' ' || !is_lower(c->s[t->e + 2]))
    return 0;
  size_t ns, ne;
  if (!next_word(c, t->e, &ns, &ne)) return 0;
  const unsigned char *nw = c->s + ns - 1;
  size_t nn = ne - ns + 1;
  return !(eqlit(nw, nn, "dan") || eqlit(nw, nn, "and") || eqlit(nw, nn, "serta") || eqlit(nw, nn, "atau") ||
           eqlit(nw, nn, "or"));
}

/* Is the word at ns..ne (1-based, inclusive) a cue of a person next to a
 * name: a person-cue word ("warga", "resident", "who") or a role in lower
 * case ("petani", "coach")? */
static int cue_word(const ctx *c, size_t ns, size_t ne) {
  return is_lower(c->s[ns - 1]) && (lflags(c, ns, ne) & (F_PCUE | F_TITLE));
}

/* Is the run ending at byte e followed by an apposition that describes a
 * person: ", warga Bekasi", ", a resident of", ", who", ", seorang petani"? */
static int person_apposition(const ctx *c, size_t e) {
  if (at(c, (long long)e + 1) != ',' || at(c, (long long)e + 2) != ' ') return 0;
  size_t ns = e + 3, ne = ns;
  for (int hop = 0; hop < 2; hop++) {
    /* an age as an adjective: ", a 45-year-old farmer", ", 45-year-old" */
    if (ns <= c->len && is_digit(c->s[ns - 1])) {
      size_t d = ns;
      while (d < c->len && d < ns + 3 && is_digit(c->s[d])) d++;
      return memcmp_at(c, (long long)d + 1, "-year-old");
    }
    if (ns > c->len || !is_lower(c->s[ns - 1])) return 0;
    ne = ns;
    while (ne < c->len && is_alpha(c->s[ne])) ne++;
    if (cue_word(c, ns, ne)) return 1;
    /* past an article: ", a resident", ", the owner" */
    const unsigned char *w = c->s + ns - 1;
    size_t n = ne - ns + 1;
    if (!(eqlit(w, n, "a") || eqlit(w, n, "an") || eqlit(w, n, "the")) || at(c, (long long)ne + 1) != ' ') return 0;
    ns = ne + 2;
  }
  return 0;
}

/* Is token k a given name in the romanised Chinese or Korean way, a
 * capital, lower-case letters, a hyphen and lower-case letters again:
 * "Ka-ming", "Seo-yeon", "Chun-hsiung"? */
static int hyphenated_given(const ctx *c, size_t k) {
  const unsigned char *w = c->s + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]), h = 0;
  for (size_t i = 1; i < n; i++) {
    if (w[i] == '-') {
      if (h) return 0;
      h = i;
    } else if (!is_lower(w[i])) {
      return 0;
    }
  }
  return h >= 2 && h + 2 < n;
}

/* Does the run starting at token p hold an office named before it in the
 * same clause: a title, then only the names of its office, capitalised
 * words joined by spaces, commas, parentheses and a few joiners ("Kepala
 * BPBD Halmahera Barat Nurlela Sangaji", "Bupati Kupang, Aloysius Benu
 * Manafe,")?  A lower-case word other than a joiner, or a full stop, ends
 * the clause. */
static int office_holder(const ctx *c, size_t p, size_t q) {
  size_t from = c->title_stop, to = c->tk[p].s;
  if (!from || from >= to || to - from > 100) return 0;
  /* the holder closes the names: a lower-case word follows, after a comma
   * or not ("..., Yusuf Hulawa, mengatakan"); a capitalised word after it
   * ("Kelompok Tani Harapan Baru, Yusuf Hulawa") says it is still the
   * office's name */
  long long e = (long long)c->tk[q].e + 1;
  /* or the sentence ends after a comma before it: "kata Kepala Dinas
   * Contoh, Budi Santoso." */
  int ends = at(c, e) == '.' && (e >= (long long)c->len || is_space(at(c, e + 1)) || at(c, e + 1) == '"') &&
             c->tk[p].s >= 3 && c->s[c->tk[p].s - 3] == ',' && p < q;
  if (at(c, e) == ',') e++;
  if (!ends && (at(c, e) != ' ' || !is_lower(at(c, e + 1)))) return 0;
  for (size_t i = from + 1; i < to;) {
    int ch = c->s[i - 1];
    if (is_lower(ch)) {
      size_t j = i;
      while (j < to && is_alpha(c->s[j])) j++;
      const unsigned char *w = c->s + i - 1;
      size_t n = j - i + 1;
      if (!(eqlit(w, n, "dan") || eqlit(w, n, "and") || eqlit(w, n, "of") || eqlit(w, n, "the") ||
            eqlit(w, n, "for") || eqlit(w, n, "di") || eqlit(w, n, "in")))
        return 0;
      i = j + 1;
    } else if (is_upper(ch)) {
      /* a capitalised word, with any letters and digits after */
      while (i < to && (is_alnum(c->s[i]) || c->s[i] >= 0x80)) i++;
      i++;
    } else if (ch == ' ' || ch == ',' || ch == '(' || ch == ')' || ch == '-' || ch == '&' || ch == '/' ||
               ch >= 0x80) {
      i++;
    } else {
      return 0;
    }
  }
  return 1;
}

/* Does the word of token k end the way Indonesian and Javanese personal
 * names do: "-wati", "-yanti", "-ningsih", "-ningrum" (women), "-wan" and
 * "-anto" (men), in a word of six letters or more ("Rahmawati",
 * "Kurniawan", "Haryanto")?  Place names rarely end so. */
static int name_ending(const ctx *c, size_t k) {
  const unsigned char *w = c->low + c->tk[k].s - 1;
  size_t n = toklen(&c->tk[k]);
  return n >= 6 && (ends(w, n, "wati") || ends(w, n, "yanti") || ends(w, n, "ningsih") ||
                    ends(w, n, "ningrum") || (n >= 7 && ends(w, n, "wan")) || ends(w, n, "anto"));
}

static int verb_me(const unsigned char *w, size_t n);

/* Is token k a name-like word that may stand in a person's name: no common
 * word, title, known name, nor a word of an institution's or a place's
 * name? */
static int mid_name_word(const ctx *c, size_t k) {
  const tok *t = &c->tk[k];
  return t->nl && !(t->tf & (F_COMMON | F_LOC_HEAD | F_ORG_HEAD | F_ORG_WORD | F_ORG_TAIL | F_LOC_TAIL |
                             F_DIRECTION | F_PLACE_HEAD | F_COMPANY)) &&
         !(t->lf & (F_TITLE | F_NAME));
}

/* Is the run p..q, two words or more, set off by commas after a lower-case
 * word and before a verb: "Ketua kelompok, Budi Santoso Wijaya, menilai",
 * "Pemilik warung, Contoh Sinaga, mengaku"?  Places so set off are
 * followed by a clause of their own, not by the verb of the sentence. */
static int comma_apposition(const ctx *c, size_t p, size_t q) {
  const tok *tk = c->tk;
  size_t s = tk[p].s;
  if (p >= q || s < 4 || c->s[s - 2] != ' ' || c->s[s - 3] != ',' || !is_lower(c->s[s - 4])) return 0;
  if (at(c, (long long)tk[q].e + 1) != ',' || at(c, (long long)tk[q].e + 2) != ' ') return 0;
  size_t ns, ne;
  if (!next_word(c, tk[q].e, &ns, &ne) || ns != tk[q].e + 3 || !is_lower(c->s[ns - 1])) return 0;
  return verb_me(c->low + ns - 1, ne - ns + 1) || (lflags(c, ns, ne) & F_SPEECH);
}

/* Is there evidence, where the unknown run p..q stands (a the first pending
 * token of its run), that it names a person: a title before it, a role or
 * person cue in lower case before it ("warga Budi Santoso"), a verb of
 * saying before or after it, an age after it, a person apposition after it
 * (", a resident"), a known surname, given name or family name in it, a
 * Balinese order name opening it ("Nyoman"), a patronymic joiner inside it
 * ("bin", "a/l"), a given name written the Chinese or Korean way ("Cheung
 * Ka-ming"), an office named after a title before it, or a word of a
 * person already named?  The names of places, events, programmes and products that this
 * tagger does not know have none of these. */
static int person_evidence(ctx *c, size_t a, size_t p, size_t q) {
  const tok *tk = c->tk;
  if ((c->after_title && p == a) || office_holder(c, p, q)) return 1;
  size_t pws = 0, pwe = 0, ns = 0, ne = 0;
  if (prev_word(c, tk[p].s, &pws, &pwe)) {
    uint32_t f = lflags(c, pws, pwe);
    if ((f & F_SPEECH) || (pwe + 2 == tk[p].s && cue_word(c, pws, pwe))) return 1;
  }
  if (next_word(c, tk[q].e, &ns, &ne) && (lflags(c, ns, ne) & F_SPEECH)) return 1;
  if (age_after(c, tk[q].e) || person_apposition(c, tk[q].e) || comma_apposition(c, p, q)) return 1;
  for (size_t x = p; x <= q; x++)
    if ((tk[x].lf & (F_SURNAME | F_GIVEN)) || (x > p && (hyphenated_given(c, x) || name_ending(c, x)))) return 1;
  /* a Balinese birth-order or caste name opening it: "(I) Nyoman Sudarsa" */
  if (balinese_order_at(c, tk[p].s)) return 1;
  /* and a woman's: "Ni" before an order name or "Luh", "Ni Luh Putu Contoh" */
  if (p < q && toklen(&tk[p]) == 2 && memcmp(c->s + tk[p].s - 1, "Ni", 2) == 0 &&
      (balinese_order_at(c, tk[p + 1].s) || eqlit(c->low + tk[p + 1].s - 1, toklen(&tk[p + 1]), "luh")))
    return 1;
  for (size_t x = p; x < q; x++) {
    const unsigned char *g;
    size_t gn = sub(c, tk[x].e + 1, tk[x + 1].s - 1, &g);
    if (eqlit(g, gn, " bin ") || eqlit(g, gn, " binti ") || eqlit(g, gn, " a/l ") || eqlit(g, gn, " a/p ") ||
        eqlit(g, gn, " anak "))
      return 1;
  }
  return person_part(c, p) || person_part(c, q);
}

static void flush_pending(ctx *c, size_t upto);

/* Classifies the pending tokens up to token upto (most calls find none). */
static inline void flush(ctx *c, size_t upto) {
  if (c->pending) flush_pending(c, upto);
}

static void flush_pending(ctx *c, size_t upto) {
  const tok *tk = c->tk;
  size_t a = c->pending, b = upto;
  c->pending = 0;
  size_t p = a;
  while (p <= b) {
    while (p <= b && !lead_initial(c, p, b) &&
           ((tk[p].tf & F_COMMON) || !tk[p].nl ||
            (c->head_only &&
             (heading_common(c->low + tk[p].s - 1, toklen(&tk[p])) || lowseen(c, p))))) {
      if (c->head_only && tk[p].nl) add_single(c, p);
      /* an acronym the text defined: "Badan Pusat Statistik (BPS) ...
       * menurut BPS" */
      else if (!tk[p].nl && !(tk[p].tf & F_COMMON) && acr_type(c, p))
        emit(c, tk[p].s, tk[p].e, acr_type(c, p));
      p++;
    }
    if (p > b) break;
    size_t q = p;
    while (q + 1 <= b && !tk[q].orgjoin && (!(tk[q + 1].tf & F_COMMON) || (q + 2 <= b && given_month(c, q + 1))) &&
           (tk[q + 1].nl || (q + 2 <= b && middle_initial(c, q + 1) && tk[q + 2].nl &&
                             !(tk[q + 2].tf & F_COMMON))) &&
           /* nor over a short form the text defined (see below) */
           !(acr_type(c, q + 1) == SR_NER_ORGANIZATION))
      q++;
    /* a kind of place that is also a place head closing the run: "Cianjhen
     * District", "Taitung County" */
    if (q + 1 == b && !tk[q].orgjoin && !tk[b].nl && (tk[b].tf & F_LOC_TAIL) && (tk[b].tf & F_LOC_HEAD) &&
        is_upper(c->s[tk[b].s - 1]))
      q++;
    if (c->initial && p == c->rs && q > p && person_part(c, p + 1) && !person_part(c, p))
      p++; /* "Kunjungan Shoigu": a word + a known name */
    /* a short form the text defined in parentheses, written in mixed case
     * ("Pefindo"), opens no person's name: "Analis Contoh Budi Santoso" */
    if (q > p && !tk[p].init && acr_type(c, p) == SR_NER_ORGANIZATION) {
      emit(c, tk[p].s, tk[p].e, SR_NER_ORGANIZATION);
      p++;
      continue;
    }
    size_t cnt = q - p + 1;
    size_t pws = 0, pwe = 0;
    int pw = prev_word(c, tk[p].s, &pws, &pwe);
    /* the previous span and what lies between it and this word, compared
     * only with short joiners (" dan ", ", and ") */
    int have_last = c->w->nspans > 0;
    sr_ner_span last = have_last ? c->w->spans[c->w->nspans - 1] : (sr_ner_span){0, 0, 0};
    const unsigned char *gap = NULL;
    size_t gapn = 0;
    if (have_last && (long long)tk[p].s - 1 - (long long)last.stop <= 8)
      gapn = sub(c, last.stop + 1, tk[p].s - 1, &gap);
    int age = age_at(c, tk[q].e + 1);
    /* a place may end in a direction word: "Halmahera Barat" */
    size_t qd = q;
    if (qd < b && (tk[qd + 1].tf & F_DIRECTION)) qd++;
    const unsigned char *after;
    size_t aftern = sub(c, tk[qd].e + 1, tk[qd].e + 8, &after);
    int listy = have_last &&
                (eqlit(gap, gapn, " dan ") || eqlit(gap, gapn, " and ") ||
                 eqlit(gap, gapn, ", and ") || eqlit(gap, gapn, ", dan ") || eqlit(gap, gapn, " serta ") ||
                 eqlit(gap, gapn, " & ") ||
                 (eqlit(gap, gapn, ", ") &&
                  (comma_then(after, aftern, " ") || comma_then(after, aftern, " dan ") ||
                   comma_then(after, aftern, " and "))));
    int opens = c->initial && p == c->rs;
    /* "from Ben Thanh Market to Suoi Tien", "dari Medan hingga Binjai" */
    if (!listy && have_last && last.kind == SR_NER_LOCATION &&
        (eqlit(gap, gapn, " to ") || eqlit(gap, gapn, " hingga ") || eqlit(gap, gapn, " sampai ")) &&
        last.start > 5) {
      const unsigned char *from;
      size_t fromn = sub(c, last.start - 5, last.start - 1, &from);
      listy = eqlit(from, fromn, "from ") || eqlit(from, fromn, "dari ");
    }
    sr_ner_kind ak = cnt == 1 ? acr_type(c, p) : SR_NER_NONE;
    if (ak) {
      emit(c, tk[p].s, tk[p].e, ak);
    } else if ((tk[q].tf & F_LOC_TAIL) && q > p) {
      emit(c, tk[p].s, tk[q].e, SR_NER_LOCATION);
      /* the name alone is the place too: "Camotes Islands", "the Camotes" */
      if (q == p + 1 && pmap_put(&c->w->places, c->low + tk[p].s - 1, toklen(&tk[p]), 1) < 0) c->oom = 1;
    } else if (!opens && pw && pwe + 2 == tk[p].s && org_noun_before(c, pws, pwe)) {
      /* a noun naming what follows: "the union Unison", "perusahaan
       * Sinar Mas", "syarikat Petronas", "shares of Sinar Mas" */
      emit(c, tk[p].s, tk[q].e, SR_NER_ORGANIZATION);
    } else if (!age && cnt <= 3 && !(cnt == 1 && demonym(c, p)) && !(cnt == 1 && milestone(c, p)) &&
               /* a preposition, not a word of the name before: "Kementerian
                * Luar Negeri Roy Soemirat" */
               ((pw && (lflags(c, pws, pwe) & F_LOC_PREP) && !opens && !(have_last && pws <= last.stop)) ||
                (pw && !opens && the_after_prep(c, pws, pwe)) || place_noun_after(c, qd) == 1 ||
                (place_noun_after(c, qd) == 2 && (listy || q > p)) ||
                listed_before_place_noun(c, qd) ||
                (have_last && last.kind == SR_NER_LOCATION && cnt <= 2 && listy) ||
                (cnt <= 2 && !opens && !(c->after_title && p == a) &&
                 !(pw && (lflags(c, pws, pwe) & F_SPEECH)) && before_place(c, qd)))) {
      /* "di Jatiasih dan Rawalumbu", "in Bedok, Jurong West and Tampines" */
      emit(c, tk[p].s, tk[qd].e, SR_NER_LOCATION);
      q = qd;
    } else if (c->head_only) {
      for (size_t x = p; x <= q; x++) add_single(c, x);
    } else if (cnt >= 2 && (derived_words(c, p, q) || common_phrase(c, p, q))) {
      /* "Seni Persembahan", "Pelancongan": nouns of a portfolio */
      for (size_t x = p; x <= q; x++) add_single(c, x);
    } else if ((cnt >= 2 && cnt <= 4) || (cnt <= 6 && long_titled_name(c, a, p, q))) {
      /* a generational suffix keeps its full stop: "Romualdo Sarmiento
       * Jr." */
      size_t pend = tk[q].e;
      if (q > p && name_suffix(c, q) && at(c, (long long)pend + 1) == '.') pend++;
      if (person_evidence(c, a, p, q)) {
        emit(c, tk[p].s, pend, SR_NER_PERSON);
        add_person_parts(c, p, q);
      } else if (RESERVE(c->w->unsure, c->w->unsurecap, c->w->nunsure + 1) < 0) {
        c->oom = 1;
      } else {
        /* no evidence here: a place, an event or a product this tagger
         * does not know is as likely; the rest of the text decides */
        c->w->unsure[c->w->nunsure++] = (unsure){p, q, pend};
      }
    } else if (cnt == 1) {
      size_t ns = 0, ne = 0;
      int nxt = next_word(c, tk[p].e, &ns, &ne);
      if (event_word(c, p)) {
        /* nothing */
      } else if (c->after_title && p == a && p == c->re && regional_title_place(c, p)) {
        emit(c, tk[p].s, tk[p].e, SR_NER_LOCATION);
      } else if ((c->after_title && p == a && p == c->re && !derived_words(c, p, p) && !portfolio_pair(c, p) &&
                  /* a portfolio with its part in parentheses: "Menteri
                   * Utiliti (Bekalan Air)" */
                  !(tk[p].e + 3 < c->len && c->s[tk[p].e] == ' ' && c->s[tk[p].e + 1] == '(' &&
                    is_upper(c->s[tk[p].e + 2]) && is_lower(c->s[tk[p].e + 3]))) ||
                 age ||
          /* a role in lower case: "coach Shin", "pelatih Shin" */
          (pw && pwe + 2 == tk[p].s && is_lower(c->s[pws - 1]) && (lflags(c, pws, pwe) & F_TITLE)) ||
          (pw && (lflags(c, pws, pwe) & F_SPEECH)) ||
          (nxt && (lflags(c, ns, ne) & F_SPEECH) && !opens) || appositive(c, p)) {
        emit(c, tk[p].s, tk[p].e, SR_NER_PERSON);
        add_person_part(c, p);
      } else if (!opens && org_apposition_after(c, p)) {
        /* "figures from Contoh, the local start-up that ran it" */
        emit(c, tk[p].s, tk[p].e, SR_NER_ORGANIZATION);
      } else if (tk[p].lf & F_SURNAME) {
        emit(c, tk[p].s, tk[p].e, SR_NER_PERSON);
      } else if (known_place_alone(c, p)) {
        /* a place named before with its kind word ("Kani Township" ...
         * "Kani"), tagged now so that a list can go on from it: "between
         * Kani and Budalin" */
        emit(c, tk[p].s, tk[p].e, SR_NER_LOCATION);
      } else {
        add_single(c, p);
      }
    }
    p = q + 1;
  }
}

/* Does token x stand alone: three letters or more, no common word, and no
 * other capitalised word right before or after it ("Sungai Deli" is a
 * river, no mention of "Deli Tua"); a title, a person cue or a common word
 * may stand before it: "Pak Hendra", "Lalu Hendra"? */
static int stands_alone(const ctx *c, size_t x) {
  const tok *tk = c->tk;
  if (toklen(&tk[x]) < 3 || (tk[x].tf & F_COMMON)) return 0;
  if (x > 1 && tk[x - 1].e + 2 == tk[x].s && c->s[tk[x].s - 2] == ' ' && !(tk[x - 1].tf & F_COMMON) &&
      !(tk[x - 1].lf & (F_TITLE | F_PCUE)))
    return 0;
  return !(x < c->nt && tk[x + 1].s == tk[x].e + 2 && c->s[tk[x].e] == ' ');
}

/* A cheap signature of the word of token x (its length, first and last
 * lower-cased bytes), 0..255: a filter before the hash of the word. */
static inline unsigned word_sig(const ctx *c, size_t x) {
  const tok *t = &c->tk[x];
  return (unsigned)(toklen(t) * 37u + c->low[t->s - 1] * 5u + c->low[t->e - 1]) & 255u;
}

/* Fills the map of the words written alone (w->alone), once per text and
 * only when a run is unsure: one pass over the tokens instead of one per
 * unsure run.  Only the words that may be the first or last word of an
 * unsure run (by their signature) are hashed: most tokens of a page are
 * not. */
static void index_alone(ctx *c) {
  sr_ner_work *w = c->w;
  uint64_t want[4] = {0, 0, 0, 0};
  for (size_t u = 0; u < w->nunsure; u++) {
    unsigned a = word_sig(c, w->unsure[u].p), b = word_sig(c, w->unsure[u].q);
    want[a >> 6] |= (uint64_t)1 << (a & 63);
    want[b >> 6] |= (uint64_t)1 << (b & 63);
  }
  for (size_t x = 1; x <= c->nt && x <= INT_MAX; x++) {
    unsigned g = word_sig(c, x);
    if (!(want[g >> 6] & ((uint64_t)1 << (g & 63))) || !stands_alone(c, x)) continue;
    const unsigned char *k = c->low + c->tk[x].s - 1;
    size_t n = toklen(&c->tk[x]);
    if (pmap_put(&w->alone, k, n, pmap_get(&w->alone, k, n) ? -1 : (int)x) < 0) c->oom = 1;
  }
}

/* Is the word of token k written alone somewhere outside the tokens p..q: a
 * one-word mention of a name, "kata Hendra" or "Hendra menambahkan" after
 * "Hendra Gunawan" (index_alone)?  Another copy of the whole run is no
 * such mention. */
static int mentioned_alone(const ctx *c, size_t k, size_t p, size_t q) {
  const pent *e = pmap_get(&c->w->alone, c->low + c->tk[k].s - 1, toklen(&c->tk[k]));
  return e && (e->val < 0 || (size_t)e->val < p || (size_t)e->val > q);
}

/* Is the run start..stop one of a pair joined by a slash whose other half
 * is a person, as doubles partners are written: "Nadia Putri/Salsabila
 * Rahma"? */
static int slash_partner(const ctx *c, size_t start, size_t stop) {
  const sr_ner_work *w = c->w;
  int before = start > 2 && c->s[start - 2] == '/', after = at(c, (long long)stop + 1) == '/';
  if (!before && !after) return 0;
  for (size_t x = 0; x < w->nspans; x++) {
    const sr_ner_span *sp = &w->spans[x];
    if (sp->kind == SR_NER_PERSON && ((before && sp->stop + 2 == start) || (after && sp->start == stop + 2)))
      return 1;
  }
  return 0;
}

/* Decides the runs left unsure (flush): a person's name when the text
 * mentions its first or last word alone elsewhere, shares a word with a
 * person it named, or pairs with one ("X/Y"); repeated while that names
 * more.  The others get no type
 * as a whole; their words go to the pass over single words (a place or an
 * acronym the text defined). */
static void resolve_unsure(ctx *c) {
  sr_ner_work *w = c->w;
  if (!w->nunsure) return;
  index_alone(c);
  int more = 1;
  while (more && !c->oom) {
    more = 0;
    for (size_t x = 0; x < w->nunsure; x++) {
      unsure *u = &w->unsure[x];
      if (!u->stop) continue;
      if (person_part(c, u->p) || person_part(c, u->q) || mentioned_alone(c, u->p, u->p, u->q) ||
          mentioned_alone(c, u->q, u->p, u->q) || slash_partner(c, c->tk[u->p].s, u->stop)) {
        emit(c, c->tk[u->p].s, u->stop, SR_NER_PERSON);
        add_person_parts(c, u->p, u->q);
        u->stop = 0;
        more = 1;
      }
    }
  }
  for (size_t x = 0; x < w->nunsure; x++) {
    const unsure *u = &w->unsure[x];
    if (u->stop)
      for (size_t k = u->p; k <= u->q; k++) add_single(c, k);
  }
}

/* The end of an organisation's complement m..: institution words, then at
 * most one known place or organisation (and a direction), or else one or
 * two name-like words that close the run ("of Malaya"); 0 when there is
 * none. */
static size_t complement_end(ctx *c, size_t m, size_t re) {
  const tok *tk = c->tk;
  size_t q = m;
  while (q <= re && (tk[q].tf & F_ORG_WORD)) q++;
  if (q <= re && (tk[q].lf & (F_NAME | F_NPREFIX))) {
    for (size_t x = min_z(re, q + c->t->maxw - 1); x >= q; x--) {
      sr_ner_kind kind = span_kind(c, q, x);
      if (kind == SR_NER_LOCATION || kind == SR_NER_ORGANIZATION) {
        q = x + 1;
        if (q <= re && (tk[q].tf & F_DIRECTION)) q++;
        return q - 1;
      }
    }
  }
  if (q == m && re - q <= 1) {
    size_t x = q;
    while (x <= re && tk[x].nl && !(tk[x].tf & F_COMMON) && !(tk[x].lf & (F_TITLE | F_NAME))) x++;
    if (x > re) return re;
  }
  return q > m ? q - 1 : 0;
}

/* Is the word w (n bytes) written in the text at some place other than at
 * `at`, as a word of its own, without `with` (the word it has beside it at
 * `at`: after it when after != 0, else before it)? */
static int seen_apart(const ctx *c, size_t at1, const unsigned char *w, size_t n,
                      const unsigned char *with, size_t wn, int after) {
  size_t from = 0;
  while (from + n <= c->len) {
    const unsigned char *hit = memmem(c->s + from, c->len - from, w, n);
    if (!hit) return 0;
    size_t a = (size_t)(hit - c->s); /* 0-based */
    from = a + 1;
    if (a + 1 == at1 || (a > 0 && is_alnum(c->s[a - 1])) || (a + n < c->len && is_alnum(c->s[a + n])))
      continue;
    if (after) {
      if (!(a + n + 1 + wn <= c->len && c->s[a + n] == ' ' && memcmp(c->s + a + n + 1, with, wn) == 0))
        return 1;
    } else {
      if (!(a >= wn + 1 && c->s[a - 1] == ' ' && memcmp(c->s + a - 1 - wn, with, wn) == 0)) return 1;
    }
  }
  return 0;
}

/* Are the last two words e-1, e of a company's run a person's name?  Both
 * name-like and no institution or known word, and the text says so: a verb
 * of saying follows, or one of the two words is written elsewhere without
 * the other ("kata Rudi"). */
static int person_after_company(ctx *c, size_t e) {
  const tok *tk = c->tk;
  const uint32_t not_tf = F_ORG_WORD | F_ORG_TAIL | F_ORG_HEAD | F_LOC_HEAD | F_COMMON | F_COMPANY;
  for (size_t x = e - 1; x <= e; x++)
    if (!tk[x].nl || (tk[x].tf & not_tf) || (tk[x].lf & (F_TITLE | F_NAME | F_NPREFIX))) return 0;
  if (tk[e - 1].s != tk[e - 2].e + 2 || tk[e].s != tk[e - 1].e + 2) return 0; /* plain spaces */
  size_t ns, ne;
  if (next_word(c, tk[e].e, &ns, &ne) && (lflags(c, ns, ne) & F_SPEECH)) return 1;
  const unsigned char *y = c->s + tk[e - 1].s - 1, *z = c->s + tk[e].s - 1;
  size_t yn = toklen(&tk[e - 1]), zn = toklen(&tk[e]);
  return seen_apart(c, tk[e - 1].s, y, yn, z, zn, 1) || seen_apart(c, tk[e].s, z, zn, y, yn, 0);
}

/* Do the n words ending at e name a person after an organisation's name,
 * before a verb of saying or an Indonesian/Malay active verb (me-: the
 * officer acts, "menyebut", "menilai")?  Name-like words joined by single
 * spaces, none an institution's word or a known name. */
static int person_before_verb(ctx *c, size_t e, size_t n) {
  const tok *tk = c->tk;
  const uint32_t not_tf = F_ORG_WORD | F_ORG_TAIL | F_ORG_HEAD | F_LOC_HEAD | F_COMMON | F_COMPANY;
  /* (the run's first token is compared with the token before it, so a
   * run opening the text has none to follow) */
  if (e + 1 <= n) return 0;
  for (size_t x = e + 1 - n; x <= e; x++) {
    if (!tk[x].nl || (tk[x].tf & not_tf) || (tk[x].lf & (F_TITLE | F_NAME))) return 0;
    if (tk[x].s != tk[x - 1].e + 2 || c->s[tk[x].s - 2] != ' ') return 0;
  }
  size_t ns, ne;
  /* (at: a run ending the text has no byte after it) */
  if (at(c, (long long)tk[e].e + 1) != ' ' || !next_word(c, tk[e].e, &ns, &ne)) return 0;
  return (lflags(c, ns, ne) & F_SPEECH) || (ne - ns + 1 >= 6 && c->s[ns - 1] == 'm' && c->s[ns] == 'e');
}

/* The kind of the longest gazetteer name starting at token q (ending by
 * stop), or SR_NER_NONE; *end (when given) gets its last token. */
static sr_ner_kind known_name_at(ctx *c, size_t q, size_t stop, size_t *end) {
  if (!(c->tk[q].lf & (F_NAME | F_NPREFIX))) return SR_NER_NONE;
  for (size_t x = min_z(stop, q + c->t->maxw - 1); x >= q; x--) {
    sr_ner_kind kind = span_kind(c, q, x);
    if (kind) {
      if (end) *end = x;
      return kind;
    }
  }
  return SR_NER_NONE;
}

static sr_ner_kind known_kind_at(ctx *c, size_t q, size_t stop) {
  return known_name_at(c, q, stop, NULL);
}

/* Is token k an unknown acronym, two to five capitals? */
static int unknown_acronym(const ctx *c, size_t k) {
  const tok *t = &c->tk[k];
  size_t n = toklen(t);
  if (n < 2 || n > 5 || (t->lf & (F_NAME | F_TITLE)) || (t->tf & (F_COMMON | F_EVENT))) return 0;
  for (size_t x = 0; x < n; x++)
    if (!is_upper(c->s[t->s - 1 + x])) return 0;
  return 1;
}

/* Does the lower-cased word read as an Indonesian/Malay verb made with
 * meN- ("menuai", "menandatangani", "memperingati", "mengumumkan")?  The
 * nasal takes the shape of the stem's first sound, so "menteri" and
 * "mesyuarat" are no such verbs. */
static int verb_me(const unsigned char *w, size_t n) {
  if (n < 6) return 0;
  if (starts(w, n, "meng") || starts(w, n, "meny") || starts(w, n, "memb") || starts(w, n, "memp"))
    return 1;
  if (!starts(w, n, "men")) return 0;
  switch (w[3]) {
  case 'a': case 'e': case 'i': case 'o': case 'u': case 'd': case 'c': case 'j': case 'z':
    return 1;
  default:
    return 0;
  }
}

/* Is a..b (lower-cased) the text of a person span found so far? */
static int named_person(const ctx *c, size_t a, size_t b) {
  const sr_ner_work *w = c->w;
  for (size_t x = 0; x < w->nspans; x++) {
    const sr_ner_span *sp = &w->spans[x];
    if (sp->kind == SR_NER_PERSON && sp->stop - sp->start == b - a &&
        memcmp(c->low + sp->start - 1, c->low + a - 1, b - a + 1) == 0)
      return 1;
  }
  return 0;
}

/* Is the gap before token k a comma and a space? */
static int comma_before(const ctx *c, size_t k) {
  return c->tk[k].s == c->tk[k - 1].e + 3 && c->s[c->tk[k - 1].e] == ',';
}

/* A word naming an institution's field that the lists do not know: a
 * noun derived with ke-an/pe-an/per-an ("Ketahanan", "Penyelamatan") or a
 * loan word in -si ("Telekomunikasi"), and no name. */
static int field_word(ctx *c, size_t x) {
  const tok *t = &c->tk[x];
  size_t n = toklen(t);
  const unsigned char *w = c->low + t->s - 1;
  if (!t->nl || (t->tf & (F_COMMON | F_ORG_HEAD | F_COMPANY | F_EVENT)) || (t->lf & (F_TITLE | F_NAME)) ||
      person_part(c, x))
    return 0;
  return (n >= 7 && ends(w, n, "an") && (starts(w, n, "ke") || starts(w, n, "pe"))) ||
         (n >= 7 && ends(w, n, "si"));
}

/* An organisation's name (head at k, words up to m0 - 1) that stops at
 * "dan"/"and" goes on over field words and institution words after it,
 * then over its place: "Dinas Pertanian dan Ketahanan Pangan Kabupaten
 * Brebes", "Kementerian Utiliti dan Telekomunikasi Sarawak" (the joiner is
 * inside the name when no name of its own follows it).  Returns the new
 * end, one past the name, or m0. */
static size_t field_after_and(ctx *c, size_t k, size_t m0, size_t stop_at) {
  const tok *tk = c->tk;
  if (m0 <= k + 1 || m0 > stop_at || !tk[m0 - 1].orgjoin || !field_word(c, m0)) return m0;
  const unsigned char *g;
  size_t gn = sub(c, tk[m0 - 1].e + 1, tk[m0].s - 1, &g);
  if (!eqlit(g, gn, " dan ") && !eqlit(g, gn, " and ")) return m0;
  size_t m = m0;
  while (m <= stop_at && (field_word(c, m) || ((tk[m].tf & F_ORG_WORD) && !(tk[m].tf & F_ORG_HEAD)))) {
    m++;
    if (tk[m - 1].orgjoin || comma_before(c, m)) return m;
  }
  if (m > stop_at) return m;
  size_t pe;
  if (known_name_at(c, m, stop_at, &pe) == SR_NER_LOCATION && (pe == stop_at || !tk[pe + 1].nl)) return pe + 1;
  if ((tk[m].tf & F_LOC_HEAD) && !(tk[m].tf & F_PLACE_HEAD) && m < stop_at && tk[m + 1].nl &&
      !(tk[m + 1].tf & F_COMMON))
    return m + 2;
  return m;
}

/* The last token of a site's name of one to three words after its head
 * m, closing the run or before a comma, or 0: name-like words joined by
 * single spaces, none a common word, a title, a known name or a person's. */
static size_t site_name_end(ctx *c, size_t m, size_t stop_at) {
  const tok *tk = c->tk;
  for (size_t e = m + 1; e <= stop_at && e <= m + 3; e++) {
    if (!tk[e].nl || (tk[e].tf & F_COMMON) || (tk[e].lf & (F_TITLE | F_NAME)) || person_part(c, e) ||
        tk[e].s != tk[e - 1].e + 2 || c->s[tk[e].s - 2] != ' ')
      return 0;
    if (e == stop_at || comma_before(c, e + 1)) return e;
  }
  return 0;
}

/* Does the run a..b hold a known person or organisation, or open with an
 * organisation's head ("kinerja Bank Mandiri 2024" is about the bank, not
 * an event)? */
static int names_party(ctx *c, size_t a, size_t b) {
  if (c->tk[a].tf & F_ORG_HEAD) return 1;
  for (size_t x = a; x <= b; x++) {
    sr_ner_kind kind = known_kind_at(c, x, b);
    if (kind == SR_NER_PERSON || kind == SR_NER_ORGANIZATION) return 1;
  }
  return 0;
}

/* Is a year (19xx or 20xx, alone) after position e, past one space? */
static int year_after(const ctx *c, size_t e) {
  long long p = (long long)e + 1;
  if (at(c, p) != ' ') return 0;
  if (!((at(c, p + 1) == '1' && at(c, p + 2) == '9') || (at(c, p + 1) == '2' && at(c, p + 2) == '0'))) return 0;
  if (!is_digit(at(c, p + 3)) || !is_digit(at(c, p + 4))) return 0;
  int n = at(c, p + 5);
  return !is_alnum(n) && n != '-' && n != '/' && n != '.' && n != ',';
}

/* Does token k follow " bin " or " binti " (a patronymic: "Rosli bin Haji
 * Jaafar")? */
static int after_patronymic(const ctx *c, size_t k) {
  const unsigned char *g;
  size_t gn = sub(c, c->tk[k - 1].e + 1, c->tk[k].s - 1, &g);
  return eqlit(g, gn, " bin ") || eqlit(g, gn, " binti ");
}

/* Is there a company's legal form ("PT", "CV") among tokens k..e-1, not
 * as part of a title?  The last one goes to *at. */
static int company_before(const ctx *c, size_t k, size_t e, size_t *at) {
  for (size_t x = e; x-- > k;) {
    if ((c->tk[x].tf & F_COMPANY) && !(c->tk[x].lf & F_TITLE)) {
      *at = x;
      return 1;
    }
  }
  return 0;
}

/* The last token of a title starting at token k (by stop), or 0. */
static size_t title_end(ctx *c, size_t k, size_t stop) {
  if (!(c->tk[k].lf & (F_TITLE | F_TPREFIX))) return 0;
  for (size_t m = min_z(stop, k + c->t->title_maxw - 1); m >= k; m--)
    if (span_title(c, k, m)) return m;
  return 0;
}

/* An office named by institution words and closed by a tail word, maybe
 * after a known place (and its kind), with a title right after it inside
 * the run ("Pingtung County Agriculture Department | Director-General
 * Lin"), or with a place head and a known place after it.  Its last token,
 * or 0. */
static size_t office_before_title(ctx *c, size_t k, size_t stop) {
  const tok *tk = c->tk;
  size_t j = k, pe;
  if (known_name_at(c, k, stop, &pe) == SR_NER_LOCATION) {
    j = pe + 1;
    if (j <= stop && (tk[j].tf & F_LOC_TAIL)) j++;
  }
  size_t words = 0;
  while (j <= stop && (tk[j].tf & F_ORG_WORD) && !(tk[j].tf & F_ORG_TAIL) && !tk[j].orgjoin) {
    j++;
    words++;
  }
  if (!words || j >= stop || !(tk[j].tf & F_ORG_TAIL) || tk[j].orgjoin) return 0;
  if (title_end(c, j + 1, stop)) return j;
  /* or a regional branch of it: "Coast Guard District Central Visayas" */
  if (j + 2 <= stop && (tk[j + 1].tf & F_LOC_HEAD) && !(tk[j + 1].tf & F_PLACE_HEAD) &&
      known_name_at(c, j + 2, stop, &pe) == SR_NER_LOCATION) {
    if (pe < stop && (tk[pe + 1].tf & F_DIRECTION)) pe++;
    return pe;
  }
  return 0;
}

/* Do tokens m..stop read as a title abbreviated with its stop and one to
 * three name-like words that are no known person: "Hj. Anna Lasmanah",
 * "Dr. Soetomo"?  (A full title may be the head's own: "Dewan Komisaris
 * Budi Santoso" is a board and its member.) */
static int named_after_titled(ctx *c, size_t m, size_t stop) {
  const tok *tk = c->tk;
  size_t te = 0;
  if (at(c, (long long)tk[m].e + 1) == '.' && (lflags(c, tk[m].s, tk[m].e + 1) & F_TITLE)) te = m;
  if (!te || te >= stop || stop - te > 3 || known_kind_at(c, te + 1, stop) == SR_NER_PERSON) return 0;
  for (size_t x = te + 1; x <= stop; x++)
    if (!tk[x].nl || (tk[x].tf & F_COMMON) || (tk[x].lf & F_TITLE) || tk[x - 1].orgjoin) return 0;
  return 1;
}

/* A word in parentheses after an organisation that its words, or the
 * first letters of some of them run together, spell is the organisation's
 * short form: "Persatuan Karyawan Malaysia (Karyawan)", "Taiwan Power Co
 * (Taipower)".  The run ended at token re; as..as+alen-1 is the word. */
static void short_form_after(ctx *c, size_t re, size_t as, size_t alen) {
  sr_ner_work *w = c->w;
  if (!w->nspans) return;
  sr_ner_span last = w->spans[w->nspans - 1];
  if (last.kind != SR_NER_ORGANIZATION || last.stop != c->tk[re].e) return;
  for (size_t i = 1; i < alen; i++)
    if (!is_lower(c->s[as - 1 + i])) return;
  size_t first = re;
  while (first > 1 && c->tk[first - 1].s >= last.start) first--;
  const unsigned char *a = c->s + as - 1;
  for (size_t m = first; m <= re; m++) {
    for (size_t x = m; x <= re && x < m + 3; x++) {
      if (syllables_match_affix(c, m, x, a, alen, 1)) {
        emit(c, as, as + alen - 1, SR_NER_ORGANIZATION);
        if (pmap_put(&w->acr, a, alen, SR_NER_ORGANIZATION) < 0) c->oom = 1;
        return;
      }
    }
  }
}

/* An acronym in capitals in parentheses right after a tagged organisation
 * names it even when it does not spell its words, as Malay acronyms of
 * English names do: "Public Works Department (JKR)".  The run ended at
 * token re; as..as+alen-1 is the acronym. */
static void caps_form_after(ctx *c, size_t re, size_t as, size_t alen) {
  sr_ner_work *w = c->w;
  if (!w->nspans || alen < 2 || alen > 8) return;
  sr_ner_span last = w->spans[w->nspans - 1];
  if (last.kind != SR_NER_ORGANIZATION || last.stop != c->tk[re].e) return;
  for (size_t i = 0; i < alen; i++)
    if (!is_upper(c->s[as - 1 + i])) return;
  emit(c, as, as + alen - 1, SR_NER_ORGANIZATION);
  if (pmap_put(&w->acr, c->s + as - 1, alen, SR_NER_ORGANIZATION) < 0) c->oom = 1;
}

/* The spans written as the name of a tagged organisation without its tail
 * words ("Permata Sawit" of "Permata Sawit Holdings Bhd": two words or
 * more, no known name) become that organisation's. */
static void retype_stems(ctx *c) {
  sr_ner_work *w = c->w;
  for (size_t x = 0; x < w->nspans; x++) {
    const sr_ner_span *o = &w->spans[x];
    if (o->kind != SR_NER_ORGANIZATION) continue;
    size_t end = o->stop, tails = 0;
    for (;;) {
      size_t ws = end;
      while (ws > o->start && c->s[ws - 2] != ' ') ws--;
      if (ws <= o->start || !(flags_of(c->t, c->s + ws - 1, end - ws + 1) & F_ORG_TAIL)) break;
      end = ws - 2;
      tails++;
    }
    if (!tails || !memchr(c->s + o->start - 1, ' ', end - o->start + 1) ||
        (flags_of(c->t, c->low + o->start - 1, end - o->start + 1) & F_NAME))
      continue;
    /* a club or a branch named after its place is not that place: not
     * "Kuching City" of "Kuching City FC", "Jakarta Xxx" of "Jakarta Xxx
     * Group" */
    size_t w1 = o->start;
    while (w1 <= end && c->s[w1 - 1] != ' ') w1++;
    size_t wl = end;
    while (wl > o->start && c->s[wl - 2] != ' ') wl--;
    if (kind_of(c->t, c->low + o->start - 1, w1 - o->start) == SR_NER_LOCATION ||
        (flags_of(c->t, c->s + wl - 1, end - wl + 1) & F_LOC_TAIL))
      continue;
    size_t n = end - o->start + 1;
    for (size_t y = 0; y < w->nspans; y++) {
      sr_ner_span *p = &w->spans[y];
      if (p->kind != SR_NER_ORGANIZATION && p->stop - p->start + 1 == n &&
          memcmp(c->low + p->start - 1, c->low + o->start - 1, n) == 0)
        p->kind = SR_NER_ORGANIZATION;
    }
  }
}

/* Are the tokens a..b, after a capitalised "The" inside a sentence, the
 * rest of a name: name-like or capitalised words (a common one may be
 * styled into it, "Global") and no title, event word, head of a place, or
 * known name as a whole? */
static int the_name(ctx *c, size_t a, size_t b) {
  const tok *tk = c->tk;
  if (span_kind(c, a, b) || span_kind(c, a - 1, b)) return 0;
  for (size_t x = a; x <= b; x++) {
    if ((tk[x].lf & (F_TITLE | F_TPREFIX)) || (tk[x].tf & (F_EVENT | F_LOC_HEAD)) || tk[x].orgjoin ||
        !is_upper(c->s[tk[x].s - 1]) || !is_lower(at(c, (long long)tk[x].s + 1)))
      return 0;
  }
  return 1;
}

/* One run rs..re of capitalised words. */
static void tag_run(ctx *c) {
  const sr_ner *t = c->t;
  const tok *tk = c->tk;
  size_t rs = c->rs, re = c->re;
  size_t k = rs;

  /* a sentence-initial common first word is no name */
  if (c->initial && k <= re) {
    const tok *t1 = &tk[k];
    /* the flag tests and derived() first: lowseen() searches the text */
    if (!(t1->tf & F_LOC_HEAD) && !(t1->tf & F_ORG_HEAD) && !(t1->lf & F_TITLE) &&
        ((t1->tf & F_COMMON) ||
         (!(t1->lf & F_NAME) && !(t1->lf & F_SURNAME) &&
          (derived(c->low + t1->s - 1, toklen(t1)) || lowseen(c, k))))) {
      int long_name = 0;
      if (t1->lf & F_NPREFIX) {
        for (size_t m = min_z(re, k + t->maxw - 1); m >= k + 1; m--) {
          if (span_name(c, k, m)) {
            long_name = 1;
            break;
          }
        }
      }
      if (!long_name) k++;
    }
  }
  /* "The" with its capital inside a sentence opens the name of a
   * newspaper or an organisation styled with it: "reported by The Global
   * New Light of Myanmar", "told The Edge" (not a known name after it,
   * "The Hague", nor a title or an event) */
  if (!c->initial && k == rs && k < re && !c->head_only && toklen(&tk[k]) == 3 &&
      memcmp(c->s + tk[k].s - 1, "The", 3) == 0 && the_name(c, k + 1, re)) {
    emit(c, tk[k].s, tk[re].e, SR_NER_ORGANIZATION);
    return;
  }
  /* a sentence opening with a common noun and "of": "Residents of
   * Stratford-upon-Avon", "Shares of PT X" (not "Bank of Thailand",
   * "University of Malaya", a title or a known name) */
  if (c->initial && k == rs && k < re && complement_gap(c, k) &&
      memcmp(c->low + tk[k].e, " of ", 4) == 0 &&
      !(tk[k].tf & (F_ORG_HEAD | F_ORG_TAIL | F_LOC_HEAD | F_LOC_TAIL)) &&
      !(tk[k].lf & (F_NAME | F_NPREFIX | F_TITLE | F_TPREFIX)))
    k++;

  /* events, programmes and laws are not tagged at all; a leading person
   * title is not looked at ("Direktur Operasi PT KAI" is no operation) */
  int skip_run = 0;
  size_t ev_from = k;
  if (tk[k].lf & (F_TITLE | F_TPREFIX)) {
    for (size_t m = min_z(re, k + t->title_maxw - 1); m >= k; m--) {
      if (span_title(c, k, m)) {
        ev_from = m + 1;
        break;
      }
    }
  }
  /* (not a known organisation named so: "World Food Programme") */
  int known_org = ev_from <= re && span_kind(c, ev_from, re) == SR_NER_ORGANIZATION;
  for (size_t x = ev_from; x <= re && !known_org; x++) {
    if (tk[x].tf & F_EVENT) {
      /* right after a title and before an institution's head, an event
       * word is the title's field: "Kepala Bidang Operasi Dinas Contoh" */
      int field = 0;
      if (x == ev_from && ev_from > k)
        for (size_t y = x + 1; y <= re && !field; y++) field = (tk[y].tf & F_ORG_HEAD) && !(tk[y].tf & F_EVENT);
      if (field) continue;
      skip_run = 1;
      break;
    }
    /* a ceremony: an institution's head and a verb, "Majlis Menuai Padi" */
    if (x < re && (tk[x].tf & F_ORG_HEAD) && tk[x + 1].s == tk[x].e + 2 &&
        verb_me(c->low + tk[x + 1].s - 1, toklen(&tk[x + 1])) && !(tk[x + 1].lf & (F_TITLE | F_NAME)) &&
        !(tk[x + 1].tf & (F_ORG_WORD | F_ORG_HEAD))) {
      skip_run = 1;
      break;
    }
  }
  /* a name of two or more words right before a year is an event's or a
   * programme's: "All England 2025", "Pesta Durian Raub 2025" (also
   * when its first word opens the sentence and was dropped above) */
  if ((re > ev_from || (k > rs && ev_from == k)) && year_after(c, tk[re].e) && !names_party(c, ev_from, re))
    skip_run = 1;
  /* an event word opening a sentence, dropped above as a common word
   * ("Typhoon Jacinto left ..."), still makes the run an event's */
  if (k > rs && (tk[rs].tf & F_EVENT)) skip_run = 1;
  /* a programme named by a process, "Stabilisasi Pasokan dan Harga Pangan
   * (SPHP)", "Revitalisasi Pasar Rakyat"; right after a title the process
   * is the title's field, a common word ("Direktur Imunisasi Kemenkes Budi
   * Santoso": the office and the person are still tagged) */
  if (ev_from <= re && !(tk[ev_from].tf & (F_ORG_HEAD | F_ORG_WORD)) && !(tk[ev_from].lf & F_NAME) &&
      toklen(&tk[ev_from]) >= 8 && ends(c->low + tk[ev_from].s - 1, toklen(&tk[ev_from]), "isasi")) {
    if (ev_from == k)
      skip_run = 1;
    else
      c->w->tk[ev_from].tf |= F_COMMON;
  }

  /* "Long Name (ACR)": the longest tail of the run whose initials spell the
   * acronym is one name */
  size_t acr_from = 0, acr_s = 0, acr_len = 0;
  if (!skip_run) {
    long long p0 = (long long)tk[re].e + 1;
    size_t as = 0, alen = 0;
    if (at(c, p0 + 1) == '(' && at(c, p0) == ' ' && is_upper(at(c, p0 + 2))) {
      long long x = p0 + 3;
      while (is_alnum(at(c, x))) x++;
      if (x > p0 + 3 && at(c, x) == ')') {
        as = (size_t)p0 + 2;
        alen = (size_t)(x - (p0 + 2));
      }
    }
    if (alen >= 2 && alen <= 12) {
      const unsigned char *a = c->s + as - 1;
      int titlecase = 1; /* ^%u%l+$ */
      for (size_t x = 1; x < alen; x++)
        if (!is_lower(a[x])) titlecase = 0;
      for (size_t m = k; m + 1 <= re; m++) {
        if ((initials_match(c, m, re, a, alen) && (!titlecase || re - m >= 2)) ||
            (titlecase && syllables_match(c, m, re, a, alen))) {
          acr_from = m;
          break;
        }
      }
      /* an acronym in capitals that does not spell the name (an English
       * one, "Lembaga Kemajuan Pertanian Muda (MADA)") still closes the
       * name an organisation head opens, wherever the head stands in the
       * run ("Jabatan Perangkaan Malaysia (DOSM)"); so does a word-like
       * acronym that opens like the name: "Gabungan
       * Industri Kendaraan Bermotor Indonesia (Gaikindo)"; not a
       * company's form ("PT X (Persero)") */
      if (!acr_from && re > k) {
        for (size_t m = k; m < re; m++) {
          if ((tk[m].tf & F_ORG_HEAD) && !(tk[m].lf & F_TITLE)) {
            if (!titlecase ||
                (!(tk[m].tf & F_COMPANY) && c->low[tk[m].s - 1] == to_lower(a[0]) &&
                 memchr(a + 1, c->low[tk[m + 1].s - 1], alen - 1)))
              acr_from = m;
            break;
          }
        }
      }
      /* a company's legal form belongs to its name: "PT Bank Sentosa
       * Nusantara Tbk (BSNT)"; so does the head an acronym leaves out,
       * with the institution words after it ("Kementerian Energi dan
       * Sumber Daya Mineral (ESDM)", "Angkatan Pertahanan Awam Malaysia
       * (APM)") */
      if (acr_from > k) {
        size_t h = acr_from - 1;
        while (h > k && (tk[h].tf & F_ORG_WORD) && !(tk[h].tf & F_ORG_HEAD)) h--;
        if ((tk[h].tf & (F_COMPANY | F_ORG_HEAD)) && !(tk[h].lf & F_TITLE)) acr_from = h;
        /* a company's whole name, when its legal form opens it further
         * back than the words the acronym spells: "PT Mandala Tambang
         * Mineral Tbk (MDTM)" */
        else if (company_before(c, k, acr_from, &h))
          acr_from = h;
        /* so does the head of a place the acronym leaves out: "Stadion
         * Gelora Bandung Lautan Api (GBLA)", a place */
        else if ((tk[acr_from - 1].tf & F_LOC_HEAD) && !(tk[acr_from - 1].tf & F_ORG_HEAD))
          acr_from--;
      }
      /* one name-like word before a name the acronym spells and a tail
       * closes is the place the organisation is of: "Kani People's
       * Defence Force (PDF)" */
      if (acr_from == k + 1 && (tk[re].tf & F_ORG_TAIL) && tk[k].nl && !tk[k].init &&
          !(tk[k].tf & F_COMMON) && !(tk[k + 1].tf & (F_ORG_HEAD | F_COMPANY | F_LOC_HEAD)) &&
          !(tk[k].lf & (F_TITLE | F_TPREFIX)) && tk[k].e + 2 == tk[k + 1].s && c->s[tk[k].e] == ' ')
        acr_from = k;
      /* the acronym of a role names nobody: "Jaksa Penuntut Umum (JPU)" */
      if (acr_from && span_title(c, acr_from, re)) acr_from = 0;
      if (acr_from) {
        sr_ner_kind known = span_kind(c, acr_from, re);
        if (known) {
          /* a known name: the run is processed as usual, the acronym takes
           * the name's type ("Amerika Serikat (AS)") */
          if (pmap_put(&c->w->acr, a, alen, (int)known) < 0) c->oom = 1;
          emit(c, as, as + alen - 1, known);
          acr_from = 0;
        }
      }
      acr_s = as;
      acr_len = alen;
    }
  }

  /* an organisation closed by a tail word: "Industry Ministry" */
  int tail_org = !skip_run && !acr_from && re > k && (tk[re].tf & F_ORG_TAIL);
  /* or by a body's part after a tail: "Marine Police Division", "Fire
   * Service Unit" (a division alone may be a region's: "Kapit Division") */
  if (!tail_org && !skip_run && !acr_from && re > k + 1 && (tk[re - 1].tf & F_ORG_TAIL) &&
      tk[re].s == tk[re - 1].e + 2 &&
      (eqlit(c->s + tk[re].s - 1, toklen(&tk[re]), "Division") || eqlit(c->s + tk[re].s - 1, toklen(&tk[re]), "Unit") ||
       eqlit(c->s + tk[re].s - 1, toklen(&tk[re]), "Branch") || eqlit(c->s + tk[re].s - 1, toklen(&tk[re]), "Wing")))
    tail_org = 1;
  /* or by a tail and the one-word place it serves, the way local arms of
   * firms are named: "Mirae Asset Sekuritas Indonesia"; a name before the
   * tail, not a title ("Direktur Bank Jakarta") */
  if (!tail_org && !skip_run && !acr_from && re > k + 1 && (tk[re - 1].tf & F_ORG_TAIL) &&
      !(tk[re - 1].tf & F_ORG_HEAD) && tk[re].s == tk[re - 1].e + 2 && c->s[tk[re].s - 2] == ' ' &&
      tk[re].kind == SR_NER_LOCATION && tk[re - 2].nl && !(tk[re - 2].lf & (F_TITLE | F_NAME)) &&
      !(tk[re - 2].tf & F_COMMON))
    tail_org = 1;
  /* past the longest title opening the run too: "Kepala Riset X Sekuritas" */
  size_t tail_from = ev_from > k && ev_from <= re ? ev_from : k;
  while (tail_from < re && (tk[tail_from].lf & F_TITLE)) tail_from++;
  /* not a bare tail after a title ("Direktur Bank"), nor a known name
   * ending in a tail ("West Bank") */
  if (tail_from == re || (tail_org && span_kind(c, tail_from, re))) tail_org = 0;
  if (skip_run) {
    /* the name of an event or a storm alone names no person later:
     * "Typhoon Jacinto ... said Jacinto made landfall" */
    for (size_t x = k; x <= re; x++)
      if (tk[x].nl && !(tk[x].lf & (F_NAME | F_TITLE)) && !(tk[x].tf & (F_EVENT | F_COMMON)) &&
          pmap_put(&c->w->events, c->low + tk[x].s - 1, toklen(&tk[x]), 1) < 0)
        c->oom = 1;
    k = re + 1;
  } else if (!tail_org && !acr_from && !c->head_only && tail_from + 3 <= re &&
             (((tk[re - 2].tf & F_ORG_TAIL) && !(tk[re - 2].tf & F_ORG_HEAD) && tail_from + 1 < re - 2 &&
               person_before_verb(c, re, 2)) ||
              (tail_from + 4 <= re && (tk[re - 3].tf & F_ORG_TAIL) && !(tk[re - 3].tf & F_ORG_HEAD) &&
               tail_from + 1 < re - 3 && person_before_verb(c, re, 3)))) {
    /* a firm closed by its tail and its officer's name right after, before
     * a verb: "Contoh Kapital Sekuritas Budi Santoso menilai" */
    size_t pe = (tk[re - 2].tf & F_ORG_TAIL) && person_before_verb(c, re, 2) ? re - 2 : re - 3;
    flush(c, k - 1);
    emit(c, tk[tail_from].s, tk[pe].e, SR_NER_ORGANIZATION);
    emit(c, tk[pe + 1].s, tk[re].e, SR_NER_PERSON);
    add_person_parts(c, pe + 1, re);
    k = re + 1;
  } else if (tail_org) {
    /* two companies joined by "dan"/"and", the second with its legal form:
     * "PT Contoh Sekuritas dan PT Lain Sekuritas" */
    size_t split = 0;
    for (size_t x = tail_from + 2; x < re && !split; x++) {
      const unsigned char *g;
      size_t gn = sub(c, tk[x - 1].e + 1, tk[x].s - 1, &g);
      if ((tk[x].tf & F_COMPANY) && (eqlit(g, gn, " dan ") || eqlit(g, gn, " and ") || eqlit(g, gn, " & ")))
        split = x;
    }
    if (split) emit(c, tk[tail_from].s, tk[split - 1].e, SR_NER_ORGANIZATION);
    emit(c, tk[split ? split : tail_from].s, tk[re].e, SR_NER_ORGANIZATION);
    k = re + 1;
  }

  /* an organisation named by its kind and a complement: "Civil Aviation
   * Authority of the Philippines", "Council for the Development of
   * Cambodia", "Royal University of Phnom Penh"; a head opening the run
   * is left to the rule of heads below */
  if (!skip_run && !tail_org && !acr_from && !c->head_only) {
    for (size_t x = k; x < re; x++) {
      if ((tk[x].tf & F_ORG_TAIL) && complement_gap(c, x) && x == k && (tk[x].tf & F_ORG_HEAD)) {
        /* a head and its complement ending at a known place, and a body
         * of its own after it: "University of the Philippines | National
         * Center for Transportation Studies" */
        size_t e0 = complement_end(c, x + 1, re), y = e0 + 1;
        if (e0 && e0 + 2 < re && (tk[e0].lf & F_NAME) && (tk[y].tf & F_ORG_WORD) &&
            !(tk[y].tf & F_ORG_HEAD) && tk[y].s == tk[e0].e + 2) {
          while (y < re && (tk[y].tf & F_ORG_WORD) && !(tk[y].tf & F_ORG_TAIL)) y++;
          if ((tk[y].tf & F_ORG_TAIL) && y > e0 + 1) {
            emit(c, tk[k].s, tk[e0].e, SR_NER_ORGANIZATION);
            k = e0 + 1;
            x = e0;
          }
        }
        continue;
      }
      if (!(tk[x].tf & F_ORG_TAIL) || !complement_gap(c, x) || (x == k && (tk[x].tf & F_ORG_HEAD)))
        continue;
      /* without a complement the organisation ends at its kind, as a
       * run ending there would ("Rural Agency") */
      size_t e = complement_end(c, x + 1, re);
      if (!e) e = x;
      size_t from = k;
      while (from < x && (tk[from].lf & F_TITLE)) from++;
      if (e > from) {
        emit(c, tk[from].s, tk[e].e, SR_NER_ORGANIZATION);
        k = e + 1;
      }
      break;
    }
  }

  size_t stop_at = acr_from ? acr_from - 1 : re;
  while (k <= stop_at) {
    int matched = 0;
    /* an office closed by its tail word before a title, maybe opened by its
     * place: "Pingtung County Agriculture Department Director-General X" */
    size_t tail_end = c->head_only ? 0 : office_before_title(c, k, stop_at);
    if (tail_end) {
      flush(c, k - 1);
      emit(c, tk[k].s, tk[tail_end].e, SR_NER_ORGANIZATION);
      k = tail_end + 1;
      c->after_title = 0;
      continue;
    }
    /* an organisation head that reaches further than any gazetteer name */
    size_t org_end = 0;
    /* a village's hall is a place, not its council: "Dewan Kampung
     * Sengkurong", "Balai Desa Sukamaju" */
    if (!c->head_only && k + 2 <= stop_at && village_head(c, k + 1) && tk[k + 2].nl &&
        !(tk[k + 2].tf & F_COMMON) && !(tk[k + 2].lf & F_TITLE) &&
        (eqlit(c->low + tk[k].s - 1, toklen(&tk[k]), "dewan") ||
         eqlit(c->low + tk[k].s - 1, toklen(&tk[k]), "balai"))) {
      size_t e = village_name_end(c, k + 1, k + 2, stop_at);
      if (!e) e = k + 2;
      flush(c, k - 1);
      emit(c, tk[k].s, tk[e].e, SR_NER_LOCATION);
      k = e + 1;
      c->after_title = 0;
      continue;
    }
    /* a head of both kinds ("Bahagian": a division of an agency, or of a
     * state) opens an organisation only before institution words:
     * "Bahagian Penguatkuasaan Kastam", while "Bahagian Kapit" is a place */
    int org_opens = (tk[k].tf & F_ORG_HEAD) && k < stop_at &&
                    (!(tk[k].tf & F_LOC_HEAD) ||
                     ((tk[k + 1].tf & F_ORG_WORD) && !(tk[k + 1].tf & F_DIRECTION) && !(tk[k + 1].lf & F_NAME)));
    if (org_opens && !c->head_only) {
      size_t m = k + 1;
      if (tk[k].tf & F_COMPANY) {
        m = stop_at + 1;
        /* a role, a company and its officer's name run together:
         * "Direktur Utama PT Kopi Nusantara Jaya Lestari Wulandari
         * mengatakan" */
        if ((c->after_title || k > c->rs) && stop_at >= k + 4 && person_after_company(c, stop_at))
          m = stop_at - 1;
        /* or a name of three words before a verb of saying: "Direktur PT
         * Contoh Niaga Jaya Budi Santoso Wijaya menyebut" */
        else if ((c->after_title || k > c->rs) && stop_at >= k + 5 && person_before_verb(c, stop_at, 3))
          m = stop_at - 2;
        /* a company's name ends at its legal form when name-like words
         * follow: "PT Astra International Tbk Djony Bunarto Tjondro" */
        for (size_t x = k + 2; x < stop_at; x++) {
          if ((tk[x].tf & F_ORG_TAIL) && tk[x + 1].nl && !(tk[x + 1].tf & (F_ORG_TAIL | F_ORG_WORD))) {
            m = x + 1;
            break;
          }
        }
        /* and at a comma: a company's name holds none, and the words after
         * one are its officer's name ("PT Contoh Niaga Regional Timur, Budi
         * Santoso Wijaya, mengatakan") */
        for (size_t x = k + 2; x < m && x <= stop_at; x++) {
          if (comma_before(c, x)) {
            m = x;
            break;
          }
        }
        /* and before a second company joined by "dan"/"and": "PT Contoh
         * Niaga dan Perum Jasa Tirta" are two */
        for (size_t x = k + 2; x < m && x <= stop_at; x++) {
          const unsigned char *g;
          size_t gn = sub(c, tk[x - 1].e + 1, tk[x].s - 1, &g);
          if ((eqlit(g, gn, " dan ") || eqlit(g, gn, " and ") || eqlit(g, gn, " & ")) &&
              ((tk[x].tf & F_COMPANY) || tk[x].kind == SR_NER_ORGANIZATION)) {
            m = x;
            break;
          }
        }
      } else {
        for (; m <= stop_at; m++) {
          if (tk[m].tf & F_ORG_WORD) continue;
          /* ^%u%u+$, at most six letters, not a name */
          size_t n = toklen(&tk[m]);
          int caps = n >= 2 && n <= 6;
          for (size_t x = 0; caps && x < n; x++) caps = is_upper(c->s[tk[m].s - 1 + x]);
          if (!caps || (tk[m].lf & F_NAME)) break;
        }
        size_t words_end = m;
        /* not a place after a comma: "Kementerian Lingkungan Hidup, Jakarta
         * menghasilkan" */
        if (m <= stop_at && (tk[m].lf & (F_NAME | F_NPREFIX)) && !(m > k && comma_before(c, m))) {
          for (size_t q = min_z(stop_at, m + t->maxw - 1); q >= m; q--) {
            sr_ner_kind kind = span_kind(c, m, q);
            if (kind == SR_NER_LOCATION || kind == SR_NER_ORGANIZATION) {
              int one = q == m;
              m = q + 1;
              /* a body's regional office in capitals takes its place:
               * "Komisi II DPRD Contoh Baru" as "DPRD Contoh Baru" */
              size_t pe;
              if (kind == SR_NER_ORGANIZATION && one && q < stop_at && all_caps(c, tk[q].s, tk[q].e) &&
                  tk[q + 1].s == tk[q].e + 2 && c->s[tk[q].e] == ' ' &&
                  known_name_at(c, q + 1, stop_at, &pe) == SR_NER_LOCATION)
                m = pe + 1;
              break;
            }
          }
        }
        size_t place_end;
        int plain = m == words_end && m > k + 1 && m <= stop_at && tk[m].nl && !(tk[m].tf & F_COMMON) &&
                    !(tk[m].lf & (F_TITLE | F_NAME | F_NPREFIX)) && !person_part(c, m);
        if (plain && (m == stop_at || comma_before(c, m + 1)) && tk[m - 1].orgjoin && !comma_before(c, m)) {
          /* a last institution word after "dan" that the lists do not
           * know, closing the run or before a comma: "Jabatan Pertanian
           * dan Agrimakanan" */
          m++;
        } else if (plain && m < stop_at && !tk[m - 1].orgjoin && !tk[m].orgjoin &&
                   known_name_at(c, m + 1, stop_at, &place_end) == SR_NER_LOCATION &&
                   (place_end == stop_at || !tk[place_end + 1].nl)) {
          /* one word of what the institution deals with and its place:
           * "Lembaga Pemasaran Padi Brunei" */
          m = place_end + 1;
        } else if (m == words_end && m < stop_at && (tk[m].tf & F_LOC_HEAD) && !(tk[m].tf & F_PLACE_HEAD) &&
            tk[m + 1].nl && !(tk[m + 1].tf & F_COMMON)) {
          /* a regional office: "Dinas Kesehatan Kabupaten Bandung" */
          m += 2;
        } else if (m == words_end && m > k + 1 && m + 1 == stop_at && (tk[m].tf & F_PLACE_HEAD) &&
                   !(tk[m].tf & F_ORG_HEAD) && tk[m + 1].nl && !(tk[m + 1].tf & F_COMMON) &&
                   !(tk[m + 1].lf & (F_TITLE | F_NAME)) && !person_part(c, m + 1)) {
          /* the same with a site and its one-word name closing the run:
           * "Sekolah Menengah Kebangsaan Taman Cempaka" */
          m += 2;
        } else if (m == words_end && m > k + 1 && m < stop_at && (tk[m].tf & F_PLACE_HEAD) &&
                   !(tk[m].tf & F_ORG_HEAD) && site_name_end(c, m, stop_at)) {
          /* or a name of two or three words closing the run or before a
           * comma: "Persatuan Penduduk Taman Sri Contoh, Budi Santoso" */
          m = site_name_end(c, m, stop_at) + 1;
        } else if (m == words_end && m > k + 1 && group_head(c, k) &&
                   group_name_end(c, m, stop_at)) {
          /* a group's field words and its coined name closing the run:
           * "Kelompok Tani Harapan Baru", "Koperasi Perajin Perak Contoh
           * Mandiri" */
          m = group_name_end(c, m, stop_at) + 1;
        } else if (m == words_end && m == k + 1 && named_after_titled(c, m, stop_at)) {
          /* a bare head and a titled person's name closing the run: an
           * institution named after them, "RSUD Hj. Anna Lasmanah" */
          m = stop_at + 1;
        } else if (m == words_end && m == k + 1) {
          /* a bare head and a proper name of one or two words: "Koperasi
           * Mina Blambangan", "Universitas Padjadjaran"; not when more
           * name-like words follow (a person's name may be running on) */
          size_t q = m;
          int closed = 0; /* the name ends at an organisation joiner */
          while (!closed && q <= stop_at && q < m + 2 && tk[q].nl && !(tk[q].tf & F_COMMON) &&
                 !(tk[q].lf & F_TITLE)) {
            if (q > m && known_kind_at(c, q, stop_at) == SR_NER_PERSON) break; /* see below */
            if (tk[q].lf & F_NAME) {
              /* a known place may close the name ("Koperasi Mina
               * Blambangan"); any other known name starts something else */
              if (q > m && tk[q].kind == SR_NER_LOCATION) {
                q++;
                closed = 1;
              }
              break;
            }
            closed = tk[q++].orgjoin;
          }
          /* institution words after the proper name continue it and close
           * it ("Persatuan Karyawan Malaysia"); a known place after two
           * words closes it ("Persatuan Pengusaha Durian Raub") */
          if (!closed && q > m && q <= stop_at && (tk[q].tf & F_ORG_WORD) && !(tk[q].tf & F_ORG_HEAD) &&
              !tk[q - 1].orgjoin) {
            while (q <= stop_at && (tk[q].tf & F_ORG_WORD) && !(tk[q].tf & F_ORG_HEAD)) q++;
            closed = 1;
          } else if (q == m + 2 && (q == stop_at || (q < stop_at && comma_before(c, q + 1))) &&
                     !tk[q - 1].orgjoin && omen_word(c, q) && tk[q].s == tk[q - 1].e + 2 &&
                     c->s[tk[q].s - 2] == ' ') {
            /* a word of good omen closing the run after a bare head and
             * two words, also when the second is a known place, at the
             * run's end or before a comma: "Koperasi Kopi Serayu Makmur,
             * Budi Santoso" (no person's name ends so) */
            q++;
            closed = 1;
          } else if (!closed && q == m + 2 && q <= stop_at && !tk[q - 1].orgjoin) {
            size_t pe;
            if (known_name_at(c, q, stop_at, &pe) == SR_NER_LOCATION) {
              q = pe + 1;
              closed = 1;
              /* and one word of good omen closing the run after the place:
               * "Koperasi Petani Kopi Gayo Makmur" */
              if (q == stop_at && tk[q].nl && !(tk[q].tf & F_COMMON) && !(tk[q].lf & (F_TITLE | F_NAME)) &&
                  !person_part(c, q) && tk[q].s == tk[q - 1].e + 2 && c->s[tk[q].s - 2] == ' ')
                q++;
            }
          }
          /* and a site, a place head and one name closing the run:
           * "Paguyuban Pedagang Pasar Nusukan", or the site alone after
           * the head: a school named after its estate, "SMK Taman
           * Cempaka" */
          if (!closed && q + 1 == stop_at && (tk[q].tf & F_PLACE_HEAD) && !(tk[q].tf & F_ORG_HEAD) &&
              !tk[q - 1].orgjoin && tk[q + 1].nl && !(tk[q + 1].tf & F_COMMON) && !(tk[q + 1].lf & F_TITLE)) {
            q += 2;
            closed = 1;
          }
          /* a known person closes the name: "Yayasan Harapan Bangsa
           * Vladimir Putin" */
          if (!closed && q > m && q <= stop_at && known_kind_at(c, q, stop_at) == SR_NER_PERSON)
            closed = 1;
          /* and so does a title opening the next person's name: "Universitas
           * Contoh Dr. Budi Santoso" */
          if (!closed && q > m && q < stop_at && (tk[q].lf & F_TITLE) && tk[q + 1].nl) closed = 1;
          if (q > m && (closed || !(q <= stop_at && tk[q].nl))) m = q;
        }
        /* a place closing the name may carry a direction: "... Sumatra Barat" */
        if (m > words_end && m <= stop_at && (tk[m].tf & F_DIRECTION)) m++;
        m = field_after_and(c, k, m, stop_at);
      }
      if (m - 1 > k) org_end = m - 1;
    }
    size_t gaz_end = 0;
    sr_ner_kind gaz_kind = SR_NER_NONE;
    if (tk[k].lf & (F_NAME | F_NPREFIX)) {
      int run_on = may_run_on(c, k, F_NPREFIX);
      for (size_t m = min_z(stop_at, k + t->maxw - 1); m >= k; m--) {
        uint32_t f;
        sr_ner_kind kind;
        if (m == k) {
          f = tk[k].lf;
          kind = tk[k].kind;
        } else {
          if (!run_on) continue;
          const entry *e = lookup(t, c->low + tk[k].s - 1, tk[m].e - tk[k].s + 1);
          if (!e) continue;
          f = e->flags;
          kind = e->kind;
        }
        if (!(f & F_NAME)) continue;
        int has_lower = 0;
        if (f & F_ACRO)
          for (size_t x = tk[k].s; x <= tk[m].e && !has_lower; x++) has_lower = is_lower(c->s[x - 1]);
        if ((!(f & F_ACRO) || !has_lower) && at(c, (long long)tk[m].e + 1) != '$') {
          gaz_end = m; /* not "$" (US$) */
          gaz_kind = kind;
          break;
        }
      }
    }
    /* a one-word place before a patronymic is a given name: "Tuai Rumah
     * Sanggau anak Ringkai" */
    if (gaz_end == k && gaz_kind == SR_NER_LOCATION && k < stop_at && before_patronymic(c, k)) gaz_end = 0;
    /* and one after a given name's opener: "Mohd Rizal Hashim" */
    if (gaz_end == k && gaz_kind == SR_NER_LOCATION && k > rs && after_name_opener(c, k)) {
      gaz_end = 0;
      /* which may be the short name later: "kata Rizal" */
      add_person_part(c, k);
    }
    /* and one inside a name of three words or more set off by commas
     * before a verb: "Manajer pabrik, Yohanes Medan Saputra, membantah" */
    if (gaz_end == k && gaz_kind == SR_NER_LOCATION && c->pending && c->pending < k && k < stop_at &&
        mid_name_word(c, k - 1) && mid_name_word(c, k + 1) && tk[k].s == tk[k - 1].e + 2 &&
        tk[k + 1].s == tk[k].e + 2 && c->s[tk[k].s - 2] == ' ' && c->s[tk[k].e] == ' ' &&
        comma_apposition(c, c->pending, stop_at)) {
      gaz_end = 0;
      /* the name may be short for the person later: "kata Medan" */
      add_person_part(c, k);
    }
    /* and one right after an honorific written with its stop, before a
     * name-like word: "Dr. Medan Saputra" (offices are not so written) */
    if (gaz_end == k && gaz_kind == SR_NER_LOCATION && c->after_title && !c->pending && k < stop_at &&
        c->title_stop &&
        ((c->s[c->title_stop - 1] == '.' && tk[k].s == c->title_stop + 2) ||
         (c->title_stop < c->len && c->s[c->title_stop] == '.' && tk[k].s == c->title_stop + 3)) &&
        mid_name_word(c, k + 1) && tk[k + 1].s == tk[k].e + 2 && c->s[tk[k].e] == ' ') {
      gaz_end = 0;
      add_person_part(c, k);
    }
    /* a one-word place that was a word of a person's name before, alone
     * before a verb of saying, is that person: "Mohd Rizal Hashim ...
     * Rizal said" */
    if (gaz_end == k && gaz_kind == SR_NER_LOCATION && k == stop_at && person_part(c, k)) {
      size_t ns, ne;
      if (next_word(c, tk[k].e, &ns, &ne) && (lflags(c, ns, ne) & F_SPEECH) && c->s[tk[k].e] == ' ') gaz_end = 0;
      /* or after one: "Menurut Rizal, ..." */
      if (prev_word(c, tk[k].s, &ns, &ne) && ne + 2 == tk[k].s && (lflags(c, ns, ne) & F_SPEECH)) gaz_end = 0;
    }
    /* and one closing the run after a title and two name-like words is a
     * surname: "Dr Nyein Chan Soe" (Burmese names have no family name,
     * any word may be a town's) */
    if (gaz_end == k && k == stop_at && gaz_kind == SR_NER_LOCATION && c->after_title && c->pending &&
        c->pending + 2 == k && tk[k - 1].nl && tk[k - 2].nl && !((tk[k - 1].tf | tk[k - 2].tf) & F_COMMON) &&
        !(tk[k - 1].lf & (F_NAME | F_TITLE)) && !(tk[k - 2].lf & (F_NAME | F_TITLE)) &&
        tk[k - 1].e + 2 == tk[k].s && tk[k - 2].e + 2 == tk[k - 1].s && c->s[tk[k].s - 2] == ' ' &&
        c->s[tk[k - 1].s - 2] == ' ')
      gaz_end = 0;
    if (org_end && (!gaz_end || org_end > gaz_end)) {
      flush(c, k - 1);
      emit(c, tk[k].s, tk[org_end].e, SR_NER_ORGANIZATION);
      k = org_end + 1;
      matched = 1;
      c->after_title = 0;
    } else if (gaz_end) {
      /* first names before a known person belong to the name: "Andrés
       * Manuel López Obrador" (one or two name-like words, no title) */
      size_t from = k;
      if (gaz_kind == SR_NER_PERSON && c->pending) {
        while (from > c->pending && from + 2 > k && tk[from - 1].nl && !tk[from - 1].orgjoin &&
               !(tk[from - 1].tf & F_COMMON) && !(tk[from - 1].lf & (F_TITLE | F_NAME)) &&
               !derived_words(c, from - 1, from - 1))
          from--;
        if (from == c->rs && c->initial && from < k && lowseen(c, from)) from++;
      }
      flush(c, from - 1);
      size_t e2 = gaz_end;
      /* a regional office: "BPBD Kota Bekasi", "BPBD Halmahera Barat" */
      int k_lower = 0;
      for (size_t x = tk[k].s; x <= tk[k].e && !k_lower; x++) k_lower = is_lower(c->s[x - 1]);
      if (gaz_kind == SR_NER_ORGANIZATION && !k_lower && e2 < stop_at) {
        size_t m = e2 + 1;
        if ((tk[m].tf & F_LOC_HEAD) && m < stop_at) m++;
        sr_ner_kind kind2 = tk[m].kind;
        int dir = m < stop_at && (tk[m + 1].tf & F_DIRECTION);
        size_t pe;
        if (known_name_at(c, m, stop_at, &pe) == SR_NER_LOCATION && pe > m) {
          /* a place of several words: "DPRD DKI Jakarta" */
          e2 = pe;
          if (e2 < stop_at && (tk[e2 + 1].tf & F_DIRECTION)) e2++;
        } else if (kind2 == SR_NER_LOCATION || ((tk[m - 1].tf & F_LOC_HEAD) && tk[m].nl) ||
                   (!kind2 && dir && tk[m].nl)) {
          e2 = m;
          if (e2 < stop_at && (tk[e2 + 1].tf & F_DIRECTION)) e2++;
        }
      }
      /* a known place with the word of its kind: "Laoag City", "Mekong
       * River" */
      /* a known place, one word of a name and a capitalised kind of place
       * are one place: "Contoh Ring Road", "Contoh Bird Park" */
      if (gaz_kind == SR_NER_LOCATION && e2 + 1 < stop_at && !(tk[e2 + 1].tf & F_LOC_TAIL) &&
          (tk[e2 + 2].tf & F_LOC_TAIL) && is_upper(c->s[tk[e2 + 2].s - 1]) && tk[e2 + 1].nl &&
          !(tk[e2 + 1].tf & F_COMMON) && !(tk[e2 + 1].lf & (F_TITLE | F_NAME)) && tk[e2 + 1].s == tk[e2].e + 2 &&
          tk[e2 + 2].s == tk[e2 + 1].e + 2 && c->s[tk[e2].e] == ' ' && c->s[tk[e2 + 1].e] == ' ')
        e2 += 2;
      /* a city's council named after a listed club of the city: "Contoh
       * City Hall" when "Contoh City" is a club */
      else if (gaz_kind == SR_NER_ORGANIZATION && e2 < stop_at &&
               eqlit(c->s + tk[e2 + 1].s - 1, toklen(&tk[e2 + 1]), "Hall") &&
               eqlit(c->s + tk[e2].s - 1, toklen(&tk[e2]), "City"))
        e2++;
      else if (gaz_kind == SR_NER_LOCATION && e2 < stop_at && (tk[e2 + 1].tf & F_LOC_TAIL)) {
        e2++;
        /* and the building of its council: "Chiang Mai City Hall" */
        if (e2 < stop_at && eqlit(c->s + tk[e2 + 1].s - 1, toklen(&tk[e2 + 1]), "Hall") &&
            eqlit(c->s + tk[e2].s - 1, toklen(&tk[e2]), "City"))
          e2++;
      }
      /* or with a direction closing the run: "Kupang Tengah" */
      else if (gaz_kind == SR_NER_LOCATION && e2 + 1 == stop_at && (tk[e2 + 1].tf & F_DIRECTION)) e2++;
      /* or a known place that is also a place head, with one name closing
       * the run, not right after a title: the river "Batang Baleh", while
       * "Bupati Batang Wihaji" names the regency and its head */
      else if (gaz_kind == SR_NER_LOCATION && e2 == from && e2 + 1 == stop_at && (tk[e2].tf & F_LOC_HEAD) &&
               !(c->after_title && from == k) && tk[e2 + 1].nl && !(tk[e2 + 1].tf & F_COMMON) &&
               !(tk[e2 + 1].lf & (F_TITLE | F_NAME | F_NPREFIX)))
        e2++;
      emit(c, tk[from].s, tk[e2].e, gaz_kind);
      /* the name of a place with its kind word alone is the place too:
       * "Camotes Islands", "the Camotes" */
      if (gaz_kind == SR_NER_LOCATION && e2 == from + 1 && (tk[e2].tf & F_LOC_TAIL) &&
          pmap_put(&c->w->places, c->low + tk[from].s - 1, toklen(&tk[from]), 1) < 0)
        c->oom = 1;
      /* the last word of a known organisation's name, when it is a name
       * of its own, names it alone: "Lion City Sailors", "the Sailors" */
      if (gaz_kind == SR_NER_ORGANIZATION && e2 == gaz_end && e2 > from && tk[e2].nl && !tk[e2].kind &&
          toklen(&tk[e2]) >= 5 && !(tk[e2].tf & (F_ORG_WORD | F_ORG_TAIL | F_COMMON | F_LOC_TAIL)) &&
          !(tk[e2].lf & (F_TITLE | F_NAME)) &&
          pmap_put(&c->w->places, c->low + tk[e2].s - 1, toklen(&tk[e2]), 2) < 0)
        c->oom = 1;
      if (gaz_kind == SR_NER_PERSON) {
        add_person_part(c, from);
        add_person_part(c, k);
        add_person_part(c, e2);
      }
      k = e2 + 1;
      matched = 1;
      c->after_title = 0;
    }
    /* an unknown acronym and a known place: an organisation's branch
     * ("DPRD Jawa Barat", "JKR Kemaman"); the acronym alone names it
     * later.  So does an organisation's short form the text defined
     * ("Dinas Kesehatan (Dinkes) ... Dinkes Maluku"): the acronym and its
     * place are one name, as most gold sets label them. */
    size_t ae;
    if (!matched && k < stop_at && !c->head_only &&
        ((unknown_acronym(c, k) && !acr_type(c, k)) || acr_type(c, k) == SR_NER_ORGANIZATION) &&
        known_name_at(c, k + 1, stop_at, &ae) == SR_NER_LOCATION) {
      flush(c, k - 1);
      if (ae < stop_at && (tk[ae + 1].tf & F_DIRECTION)) ae++;
      emit(c, tk[k].s, tk[ae].e, SR_NER_ORGANIZATION);
      if (pmap_put(&c->w->acr, c->s + tk[k].s - 1, toklen(&tk[k]), SR_NER_ORGANIZATION) < 0) c->oom = 1;
      k = ae + 1;
      matched = 1;
      c->after_title = 0;
    }
    /* a father's title inside a patronymic belongs to the name: "Rosli
     * bin Haji Jaafar" */
    int patronym = k > c->rs && k - 1 >= c->rs && after_patronymic(c, k);
    if (!matched && !patronym && (tk[k].lf & (F_TITLE | F_TPREFIX)) && !title_in_name(c, k, stop_at)) {
      for (size_t m = min_z(stop_at, k + t->title_maxw - 1); m >= k; m--) {
        if (span_title(c, k, m)) {
          flush(c, k - 1);
          /* a title ending in an institution's head word leaves the head
           * to the institution: "Kepala Dinas | Dinas Pekerjaan Umum" */
          c->title_stop = tk[m].e;
          if (m > k && (tk[m].tf & F_ORG_HEAD) && m < stop_at && (tk[m + 1].tf & F_ORG_WORD)) {
            c->title_stop = tk[k].e;
            k = m;
            c->after_title = 0;
          } else {
            k = m + 1;
            c->after_title = 1;
          }
          matched = 1;
          break;
        }
      }
    }
    /* an abbreviated title written with its stop: "Hj. Anna" */
    if (!matched && !patronym && k < stop_at && at(c, (long long)tk[k].e + 1) == '.' &&
        (lflags(c, tk[k].s, tk[k].e + 1) & F_TITLE)) {
      flush(c, k - 1);
      c->title_stop = tk[k].e + 1;
      k++;
      c->after_title = 1;
      matched = 1;
    }
    /* a head of two words: "Rumah Panjang" (a longhouse), "Negara Bagian" */
    size_t h2 = !matched && k + 1 <= stop_at && !c->head_only ? two_word_head(c, k) : 0;
    if (h2 && k + 1 == stop_at) {
      /* such a head alone names nothing: "Rumah Panjang itu" */
      flush(c, k - 1);
      k += 2;
      matched = 1;
      h2 = 0;
    }
    if (!matched && ((tk[k].tf & F_LOC_HEAD) || h2) && k + h2 < stop_at && !c->head_only &&
        !foreign_negeri(c, k)) {
      /* the head's lists: its word's, or its two words' */
      uint32_t hf = h2 ? flags_of(c->t, c->s + tk[k].s - 1, tk[k + 1].e - tk[k].s + 1) : tk[k].tf;
      size_t m = k + 1 + h2;
      size_t q = 0;
      int known = 0;
      if (tk[m].lf & (F_NAME | F_NPREFIX)) {
        for (size_t x = min_z(stop_at, m + t->maxw - 1); x >= m; x--) {
          if (span_kind(c, m, x) == SR_NER_LOCATION) {
            q = x;
            known = 1;
            /* "Provinsi Sumatra Barat" when only "Sumatra" is known */
            if (q < stop_at && (tk[q + 1].tf & F_DIRECTION)) q++;
            /* a village named after a known place and one word more
             * closing the run: "Kampung Padang Sanai" */
            else if (q + 1 == stop_at && !(hf & F_DESCRIPTOR) && tk[q + 1].nl &&
                     !(tk[q + 1].tf & F_COMMON) && !(tk[q + 1].lf & (F_TITLE | F_NAME)))
              q++;
            /* a road between two places joined by a hyphen: "Jalan
             * Contoh-Lain", "Jalan Kuala Lumpur-Seremban" */
            else if ((hf & F_PLACE_HEAD) && q < stop_at && tk[q + 1].s == tk[q].e + 2 && c->s[tk[q].e] == '-') {
              size_t pe;
              if (known_name_at(c, q + 1, stop_at, &pe) == SR_NER_LOCATION) q = pe;
            }
            break;
          }
        }
      }
      /* initials open many street and building names: "Jalan HR Rasuna
       * Said", "Masjid KH Ahmad Dahlan" */
      /* a village's name of several words closing the run: "Kampung
       * Sungai Besar", "Kecamatan Way Kanan" */
      if (!q && !h2 && !(hf & F_PLACE_HEAD)) q = village_name_end(c, k, m, stop_at);
      size_t mo = m;
      /* so do words of rank or reach: "Stadium Nasional Bukit Jalil",
       * "Bandara Internasional Sultan Hasanuddin" */
      if ((hf & F_PLACE_HEAD) && !q)
        while (mo < stop_at && mo < m + 2 && (tk[mo].tf & F_ORG_WORD) && !(tk[mo].tf & (F_ORG_HEAD | F_LOC_HEAD)) &&
               name_shape(c->s + tk[mo].s - 1, toklen(&tk[mo])))
          mo++;
      size_t mi = mo;
      if ((hf & F_PLACE_HEAD) && !q)
        while (mi < stop_at && mi < mo + 2 && is_initials(c, mi)) mi++;
      /* so do words of direction or size: "Jalan Raya Bogor" */
      if ((hf & F_PLACE_HEAD) && !q && mi == mo && mi < stop_at && (tk[mi].tf & F_DIRECTION) &&
          tk[mi + 1].nl)
        mi++;
      /* a street may be named by one common noun: "Jalan Pendidikan" */
      int street_word = (hf & F_PLACE_HEAD) && mi == stop_at && (tk[mi].tf & F_ORG_WORD) &&
                        name_shape(c->s + tk[mi].s - 1, toklen(&tk[mi]));
      /* a building or street named after a titled person: "Bangunan Sultan
       * Iskandar", "Jalan Jenderal Sudirman" */
      int titled = (hf & F_PLACE_HEAD) && mi == mo && mi < stop_at && (tk[mi].lf & F_TITLE) &&
                   tk[mi].nl && tk[mi + 1].nl && !(tk[mi + 1].tf & F_COMMON) && !(tk[mi + 1].lf & F_TITLE);
      /* an area named by its use and a name: "Kawasan Perindustrian Pasir
       * Gudang", "Kawasan Penanaman Padi X" */
      int area_use = (hf & F_GENERIC) && mi == m && mi < stop_at && use_noun(c, mi) &&
                     (tk[mi + 1].nl || (tk[mi + 1].lf & F_NAME));
      /* a station or a stop named after a site: "Stasiun Pasar Senen",
       * "Halte Taman Sari" */
      int site_named = (hf & F_PLACE_HEAD) && mi == m && mi < stop_at && (tk[mi].tf & F_PLACE_HEAD) &&
                       !(tk[mi].tf & F_ORG_HEAD) && tk[mi + 1].nl && !(tk[mi + 1].tf & F_COMMON) &&
                       !(tk[mi + 1].lf & F_TITLE) && !comma_before(c, mi + 1);
      if (!q && (titled || area_use || site_named ||
                 ((tk[mi].nl || street_word) && !(tk[mi].tf & F_COMMON) && !(tk[mi].lf & F_TITLE)))) {
        q = mi;
        m = mi;
        /* a building or a site is named by several words: "Stadion Gelora
         * Bung Tomo", "Bandara Sultan Hasanuddin" (up to four) */
        if ((hf & F_PLACE_HEAD) || area_use)
          while (q < stop_at && q < m + 3 &&
                 (tk[q + 1].nl || (tk[q + 1].lf & F_NAME) ||
                  /* initials inside the name: "Stadion Gelora B.J. Habibie" */
                  (is_initials(c, q + 1) && q + 2 <= stop_at && tk[q + 2].nl)) &&
                 !(tk[q + 1].tf & F_COMMON) && !(tk[q + 1].lf & F_TITLE) &&
                 /* nor past a comma an organisation's run let in: "Kepala
                  * Unit Pengelola Terminal Contoh, Budi Santoso" */
                 !comma_before(c, q + 1))
            q++;
        if (q < stop_at && (tk[q + 1].tf & F_DIRECTION)) q++;
      }
      /* an area of a town named after a site: "Kelurahan Gedung Johor",
       * "Desa Pasar Baru" (the site's head is a word of the area's name) */
      if (!q && !(hf & F_PLACE_HEAD) && mi == m && mi < stop_at && (tk[mi].tf & F_PLACE_HEAD) &&
          !(tk[mi].tf & F_ORG_HEAD) && tk[mi + 1].nl && !(tk[mi + 1].tf & F_COMMON) &&
          !(tk[mi + 1].lf & F_TITLE) && tk[mi + 1].kind != SR_NER_PERSON && tk[mi + 1].kind != SR_NER_ORGANIZATION) {
        /* the site's name runs as a site's does (up to four words) */
        q = mi + 1;
        while (q < stop_at && q < mi + 4 && (tk[q + 1].nl || (tk[q + 1].lf & F_NAME)) &&
               !(tk[q + 1].tf & F_COMMON) && !(tk[q + 1].lf & F_TITLE))
          q++;
      }
      /* a milestone is no word of a road's name: "Jalan Sisingamangaraja
       * | Km 8" */
      if (q > m && (hf & F_PLACE_HEAD) && milestone(c, q)) q--;
      /* the building of an institution, its head closing the run or
       * before a comma: "Kompleks Parlemen", "Bangunan Parlimen" */
      if (!q && (hf & F_PLACE_HEAD) && m == k + 1 + h2 && (m == stop_at || comma_before(c, m + 1)) &&
          (tk[m].tf & F_ORG_HEAD) && !(tk[m].tf & (F_COMPANY | F_LOC_HEAD)) &&
          name_shape(c->s + tk[m].s - 1, toklen(&tk[m])))
        q = m;
      /* the name of a street or site can name a building after it, with
       * the building's kind: "Jalan Besar Stadium" */
      if (q && (hf & F_PLACE_HEAD) && q < stop_at && (tk[q + 1].tf & F_LOC_TAIL) &&
          is_upper(c->s[tk[q + 1].s - 1]))
        q++;
      if (q) {
        flush(c, k - 1);
        size_t from = k;
        /* a generic head is dropped at a sentence start; a descriptor
         * before a known place is not part of its name ("Negeri
         * Terengganu" gives Terengganu, while "Wilayah Kursk" stays) */
        if (((hf & F_GENERIC) && c->initial && k == rs) || ((hf & F_DESCRIPTOR) && known))
          from = k + 1 + h2;
        emit(c, tk[from].s, tk[q].e, SR_NER_LOCATION);
        k = q + 1;
        matched = 1;
        c->after_title = 0;
      }
    }
    if (!matched) {
      if (!c->pending) c->pending = k;
      k++;
    }
  }
  flush(c, stop_at);
  if (!acr_from && acr_len && !c->oom) {
    short_form_after(c, re, acr_s, acr_len);
    caps_form_after(c, re, acr_s, acr_len);
  }
  if (acr_from) {
    sr_ner_kind kind = span_kind(c, acr_from, re);
    /* a name opened by a place head is a place's */
    if (!kind)
      kind = (tk[acr_from].tf & F_LOC_HEAD) && !(tk[acr_from].tf & F_ORG_HEAD) &&
                     /* unless an organisation's tail closes it: "State
                      * Planning Council (SPC)" */
                     !(tk[re].tf & F_ORG_TAIL)
                 ? SR_NER_LOCATION
                 : SR_NER_ORGANIZATION;
    emit(c, tk[acr_from].s, tk[re].e, kind);
    emit(c, acr_s, acr_s + acr_len - 1, kind);
    if (pmap_put(&c->w->acr, c->s + acr_s - 1, acr_len, (int)kind) < 0) c->oom = 1;
  }
}

/* Is token j initials with full stops that a name goes on after: "K.H.
 * Ahmad Dahlan", "B.J. Habibie", "S. Rajaratnam"?  Its last full stop is
 * no sentence end.  Only capitals with a stop between them, or a single
 * capital inside a run (i is its first token): "di KPK. Ahmad ..." and
 * "media sosial X. Kunjungan ..." end a sentence. */
static int dotted_initials(const ctx *c, size_t i, size_t j) {
  const tok *t = &c->tk[j];
  size_t n = toklen(t);
  if (!(t->e + 3 == c->tk[j + 1].s && c->s[t->e] == '.' && c->s[t->e + 1] == ' ')) return 0;
  if (n == 1) return j > i && is_upper(c->s[t->s - 1]);
  /* an abbreviated title written with its stop: "Dr. Budi", "Hj. Anna" */
  if (flags_of(c->t, c->low + t->s - 1, n + 1) & F_TITLE) return 1;
  /* an abbreviated given name of Indonesian and Malay names, "Muh." for
   * Muhammad, "Abd." for Abdul: "Andi Muh. Contoh" */
  static const char *const given[] = {"muh", "moh", "moch", "mohd", "muhd", "mhd", "abd",
                                      /* the Philippine "Ma." (Maria), and Saint and Mount in
                                       * place names: "St. Paul", "Mt. Apo" */
                                      "ma", "st", "mt", "sta", "sto", NULL};
  for (size_t x = 0; given[x]; x++)
    if (strlen(given[x]) == n && memcmp(c->low + t->s - 1, given[x], n) == 0) return 1;
  if (!is_initials(c, j)) return 0;
  return memchr(c->s + t->s - 1, '.', n) != NULL;
}

/* The flags of a joiner (F_CONNECT, F_CONNECT_ORG: all the callers ask
 * about), 0 for another string. */
static uint32_t join_flags(const sr_ner *t, const void *p, size_t len) {
  const jentry *e = sr_wordtab_get_sized(&t->joins, p, len, sizeof(jentry));
  return e ? e->flags : 0;
}

/* The joiner flags of the gap between token j and the next. */
static uint32_t gap_flags(const ctx *c, size_t j, uint32_t space_flags) {
  size_t gs = c->tk[j].e + 1;
  long long gl = (long long)c->tk[j + 1].s - (long long)gs; /* joiners are short */
  if (gl == 1 && c->s[gs - 1] == ' ') return space_flags;
  if (gl > 0 && gl <= (long long)c->t->gap_max) return join_flags(c->t, c->s + gs - 1, (size_t)gl);
  return 0;
}

/* Is the gap after token j " on " (inside an English name: "Committee on
 * Foreign Affairs")? */
static int on_gap(const ctx *c, size_t j) {
  return c->tk[j + 1].s == c->tk[j].e + 5 && memcmp(c->s + c->tk[j].e, " on ", 4) == 0;
}

/* Is the gap after token j a possessive inside an organisation's name:
 * "Growers(U+2019) " or "Growers' " (a plural ending in s), or "(U+2019)s "
 * or "'s " after a word that is not a known name ("Kapit Resident's
 * Office"), with an organisation's closing word after it?  Associations,
 * guilds and offices are often named after their members or holder
 * ("Contoh Fishermen's Association", "Makers' Guild"); a known name's
 * possessive ("Japan's Ministry") is the name's, and is left alone. */
static int possessive_gap(const ctx *c, size_t j) {
  const tok *a = &c->tk[j], *b = &c->tk[j + 1];
  if (!(b->tf & F_ORG_TAIL) || (a->lf & F_NAME) || a->kind != SR_NER_NONE) return 0;
  size_t gs = a->e + 1; /* 1-based first byte of the gap */
  long long gl = (long long)b->s - (long long)gs;
  const unsigned char *g = c->s + gs - 1;
  int plural = c->s[a->e - 1] == 's';
  if (plural && gl == 2 && g[0] == '\'' && g[1] == ' ') return 1;
  if (plural && gl == 4 && g[0] == 0xE2 && g[1] == 0x80 && g[2] == 0x99 && g[3] == ' ') return 1;
  if (gl == 3 && g[0] == '\'' && g[1] == 's' && g[2] == ' ') return 1;
  if (gl == 5 && g[0] == 0xE2 && g[1] == 0x80 && g[2] == 0x99 && g[3] == 's' && g[4] == ' ') return 1;
  return 0;
}

/* A run whose head does not make it an organisation's may still cross
 * " and " and commas when an acronym after it spells a name across them:
 * "National Disaster Risk Reduction and Management Council (NDRRMC)",
 * "China Road and Bridge Corporation (CRBC)".  i..j is the run so far;
 * returns the token before the acronym, or 0. */
static size_t acronym_reach(const ctx *c, size_t i, size_t j, uint32_t space_flags) {
  size_t x = j;
  for (int steps = 0; steps < 12 && x < c->nt; steps++) {
    if (!(gap_flags(c, x, space_flags) & (F_CONNECT | F_CONNECT_ORG)) && !on_gap(c, x)) return 0;
    x++;
    size_t as, alen;
    int titlecase;
    if (!acronym_after(c, x, &as, &alen, &titlecase)) continue;
    const unsigned char *a = c->s + as - 1;
    size_t m = x + 1 > alen && x + 1 - alen > i ? x + 1 - alen : i;
    for (; m <= j; m++)
      if ((initials_match(c, m, x, a, alen) && (!titlecase || x - m >= 2)) ||
          (titlecase && syllables_match(c, m, x, a, alen)))
        return x;
    return 0;
  }
  return 0;
}

/* Institution words listed before the word of their kind: "Investment,
 * Trade and Industry Ministry".  i..j is the run so far, all institution
 * words (the first may be a known place); returns the closing tail's
 * token, or 0. */
static size_t tail_reach(const ctx *c, size_t i, size_t j, uint32_t space_flags) {
  /* a known place may open them: "Selangor Fire and Rescue Department" */
  for (size_t x = i; x <= j; x++)
    if (!(c->tk[x].tf & F_ORG_WORD) && !(x == i && x < j && c->tk[x].kind == SR_NER_LOCATION)) return 0;
  size_t x = j;
  for (int steps = 0; steps < 8 && x < c->nt; steps++) {
    if (!(gap_flags(c, x, space_flags) & (F_CONNECT | F_CONNECT_ORG))) return 0;
    x++;
    if (c->tk[x].tf & F_ORG_TAIL) return x;
    if (!(c->tk[x].tf & F_ORG_WORD)) return 0;
  }
  return 0;
}

/* A run of one to eight CJK characters (three UTF-8 bytes each, lead
 * bytes 0xE3 to 0xED: kana, ideographs, hangul) in parentheses after
 * position stop, past at most one space: its 1-based first and last bytes. */
static int cjk_in_parens(const ctx *c, size_t stop, size_t *cs, size_t *ce) {
  long long p = (long long)stop + 1;
  if (at(c, p) == ' ') p++;
  if (at(c, p) != '(') return 0;
  long long q = p + 1;
  int n = 0;
  while (n < 8 && at(c, q) >= 0xE3 && at(c, q) <= 0xED && at(c, q + 1) >= 0x80 && at(c, q + 1) <= 0xBF &&
         at(c, q + 2) >= 0x80 && at(c, q + 2) <= 0xBF) {
    q += 3;
    n++;
  }
  if (n == 0 || at(c, q) != ')') return 0;
  *cs = (size_t)p + 1;
  *ce = (size_t)q - 1;
  return 1;
}

/* dst = src with A-Z lower-cased (string.lower in the C locale), 16 bytes
 * at a time where SSE2 is there. */
static void lower_ascii(unsigned char *dst, const unsigned char *src, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  /* b is upper case when b - 'A' (mod 256) <= 25: min(x, 25) == x */
  const __m128i a = _mm_set1_epi8('A'), z = _mm_set1_epi8(25), bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
    __m128i t = _mm_sub_epi8(v, a);
    __m128i up = _mm_cmpeq_epi8(_mm_min_epu8(t, z), t);
    _mm_storeu_si128((__m128i *)(dst + i), _mm_or_si128(v, _mm_and_si128(up, bit)));
  }
#endif
  for (; i < n; i++) dst[i] = to_lower(src[i]);
}

/* Does x come before y: by start, and of two at one start the later span
 * first?  (seq is unique, so this is a total order and any sort gives the
 * same result.) */
static inline int key_before(const keyed *x, const keyed *y) {
  return x->start < y->start || (x->start == y->start && x->seq > y->seq);
}

/* The end of the ascending run of a that starts at i. */
static size_t run_end(const keyed *a, size_t i, size_t n) {
  size_t j = i + 1;
  while (j < n && !key_before(&a[j], &a[j - 1])) j++;
  return j;
}

/* Sorts the n keys of a by key_before with tmp (n keys) as scratch;
 * returns the array holding the result (a or tmp).  A natural merge sort:
 * the spans come in a few ascending runs (the runs' spans, then the single
 * words of the last pass), so it merges those runs in about n steps each,
 * where qsort compared through a function pointer n log n times. */
static keyed *sort_keys(keyed *a, keyed *tmp, size_t n) {
  keyed *src = a, *dst = tmp;
  for (;;) {
    size_t i = 0, nruns = 0;
    while (i < n) {
      size_t m = run_end(src, i, n);
      size_t e = m < n ? run_end(src, m, n) : n;
      size_t x = i, y = m, o = i;
      while (x < m && y < e) dst[o++] = key_before(&src[y], &src[x]) ? src[y++] : src[x++];
      while (x < m) dst[o++] = src[x++];
      while (y < e) dst[o++] = src[y++];
      nruns++;
      i = e;
    }
    keyed *sw = src;
    src = dst;
    dst = sw;
    if (nruns <= 1) return src;
  }
}

long sr_ner_find_all(const sr_ner *t, sr_ner_work *w, const char *text, size_t len,
                     size_t skip_to, const sr_ner_span **spans) {
  *spans = NULL;
  ctx cx = {0};
  ctx *c = &cx;
  c->t = t;
  c->w = w;
  c->s = (const unsigned char *)text;
  c->len = len;
  w->nhead = w->nspans = w->nsingles = w->nunsure = 0;
  pmap_clear(&w->persons);
  pmap_clear(&w->acr);
  pmap_clear(&w->seen);
  pmap_clear(&w->places);
  pmap_clear(&w->events);
  pmap_clear(&w->alone);

  if (RESERVE(w->low, w->lowcap, len + 1) < 0) return SR_ENOMEM;
  lower_ascii(w->low, c->s, len);
  c->low = w->low;

  find_headings(c);
  collect_tokens(c, skip_to);
  if (c->oom) return SR_ENOMEM;

  uint32_t space_flags = join_flags(t, " ", 1);
  const tok *tk = c->tk;
  size_t i = 1;
  while (i <= c->nt && !c->oom) {
    /* extend the run over single spaces and name particles; an
     * organisation head also takes "dan", "and", "for", "of" */
    size_t j = i;
    int orgrun = (tk[i].tf & F_ORG_HEAD) || (tk[i + 1].tf & F_ORG_HEAD);
    size_t reach = 0; /* the run goes on to this token at least */
    while (j < c->nt) {
      uint32_t gf = gap_flags(c, j, space_flags);
      if ((gf & F_CONNECT) || dotted_initials(c, i, j)) {
        c->w->tk[j].orgjoin = 0;
        j++;
      } else if ((gf & F_CONNECT_ORG) &&
                 (orgrun || j < reach ||
                  /* the kind of an organisation takes its complement:
                   * "Authority of the Philippines" */
                  ((tk[j].tf & (F_ORG_HEAD | F_ORG_TAIL)) && complement_gap(c, j)) ||
                  (reach = acronym_reach(c, i, j, space_flags)) > j ||
                  (reach = tail_reach(c, i, j, space_flags)) > j)) {
        c->w->tk[j].orgjoin = 1;
        j++;
      } else if (j > i && possessive_gap(c, j)) {
        /* "Contoh Growers' Association": the possessive of the members the
         * association is named after (not of a lone word: "Fishermen's
         * Association" is too vague to be a name) */
        c->w->tk[j].orgjoin = 1;
        j++;
      } else if (!(gf & F_CONNECT_ORG) && on_gap(c, j) &&
                 (j < reach || (reach = acronym_reach(c, i, j, space_flags)) > j)) {
        /* "Center of Reform on Economics (CORE)": " on " only inside a
         * name its acronym spells */
        c->w->tk[j].orgjoin = 1;
        j++;
      } else {
        break;
      }
      /* a head further on that institution words follow opens an
       * organisation too: "Kabid Bina Marga Dinas Pekerjaan Umum dan
       * Penataan Ruang" (not "Amerika Serikat, Donald Trump") */
      if ((tk[j].tf & F_ORG_HEAD) && (tk[j + 1].tf & F_ORG_WORD)) orgrun = 1;
    }
    c->rs = i;
    c->re = j;
    c->initial = tk[i].init;
    c->head_only = w->nhead > 0 && in_heading(c, tk[i].s);
    c->pending = 0;
    c->after_title = 0;
    tag_run(c);
    i = j + 1;
  }

  resolve_unsure(c);
  /* single words that repeat a person's first or last name, or an acronym
   * defined earlier */
  for (size_t x = 0; x < w->nsingles && !c->oom; x++) {
    size_t k = w->singles[x];
    sr_ner_kind ak;
    const pent *pe;
    if (person_part(c, k) && !(tk[k].tf & F_COMMON)) {
      /* two single words that are a person named elsewhere in the text, in
       * a subheading or a list: "Dewa United: Eko Prasetyo 38'" */
      if (x + 1 < w->nsingles && w->singles[x + 1] == k + 1 && tk[k + 1].s == tk[k].e + 2 &&
          named_person(c, tk[k].s, tk[k + 1].e)) {
        emit(c, tk[k].s, tk[k + 1].e, SR_NER_PERSON);
        x++;
      } else {
        emit(c, tk[k].s, tk[k].e, SR_NER_PERSON);
      }
    } else if ((ak = acr_type(c, k))) {
      emit(c, tk[k].s, tk[k].e, ak);
    } else if ((pe = pmap_get(&w->places, c->low + tk[k].s - 1, toklen(&tk[k]))) && !(tk[k].tf & F_COMMON)) {
      emit(c, tk[k].s, tk[k].e, pe->val == 2 ? SR_NER_ORGANIZATION : SR_NER_LOCATION);
    }
  }
  /* a company's name without its tail words names it too: "Permata Sawit
   * Holdings Bhd" ... "Permata Sawit said" */
  retype_stems(c);
  /* a person's name in Chinese, Japanese or Korean characters in
   * parentheses right after the romanised one ("Lin Chun-hsiung (林俊雄)")
   * is another form of the name */
  for (size_t x = 0, n0 = w->nspans; x < n0 && !c->oom; x++) {
    size_t cs, ce;
    if (w->spans[x].kind == SR_NER_PERSON && cjk_in_parens(c, w->spans[x].stop, &cs, &ce))
      emit(c, cs, ce, SR_NER_PERSON);
  }
  if (c->oom) return SR_ENOMEM;

  /* spans come mostly in text order: sort only when they are not strictly
   * increasing; of two spans at one start the later one wins (a later pass
   * knows more: an acronym's defined type) */
  size_t ns = w->nspans;
  if (RESERVE(w->out, w->outcap, ns + 1) < 0) return SR_ENOMEM;
  int sorted = 1;
  for (size_t x = 1; x < ns; x++) {
    if (w->spans[x].start <= w->spans[x - 1].start) {
      sorted = 0;
      break;
    }
  }
  const sr_ner_span *in = w->spans;
  if (!sorted) {
    if (ns > SIZE_MAX / 2 || RESERVE(w->keys, w->keyscap, 2 * ns) < 0) return SR_ENOMEM;
    for (size_t x = 0; x < ns; x++) w->keys[x] = (keyed){w->spans[x].start, x};
    const keyed *sorted_keys = sort_keys(w->keys, w->keys + ns, ns);
    for (size_t x = 0; x < ns; x++) w->out[x] = w->spans[sorted_keys[x].seq];
    memcpy(w->spans, w->out, ns * sizeof *w->spans);
  }
  /* drop overlaps (keep the first) */
  size_t n = 0, last = 0;
  for (size_t x = 0; x < ns; x++) {
    if (in[x].start > last) {
      w->out[n++] = in[x];
      last = in[x].stop;
    }
  }
  *spans = w->out;
  return (long)n;
}
