/* Unicode normalization and case folding (see normalize.h).
 *
 * utf8proc has no quick-check property, and mapping a whole text through it
 * is slow (it decodes every character into a UTF-32 buffer and composes it
 * again).  Most of our text never changes: it is ASCII with a few curly
 * quotes, dashes or accented letters that are already composed.  So each form
 * has a bitmap of "inert" code points, built once per process from utf8proc's
 * own data: a code point is inert when the form maps it to itself, its
 * combining class is 0 and it can never be the second half of a canonical
 * composition.  Nothing composes with an inert character from before it or
 * reorders across it, so a text splits at inert characters into pieces that
 * normalize independently.  The scan copies runs of inert characters as they
 * are and hands utf8proc only the short stretch from the inert character
 * before a non-inert one up to the next inert character.  A text with no
 * non-inert character is returned unchanged without any allocation.
 */
#include "text/normalize.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "error.h"
#include "text/utf8.h"

int sr_norm_form_parse(const char *name) {
  if (!strcasecmp(name, "NFC")) return SR_NFC;
  if (!strcasecmp(name, "NFD")) return SR_NFD;
  if (!strcasecmp(name, "NFKC")) return SR_NFKC;
  if (!strcasecmp(name, "NFKD")) return SR_NFKD;
  return -1;
}

/* ---- Inert code points ------------------------------------------------- */

enum { MAP_NFC, MAP_NFD, MAP_NFKC, MAP_NFKD, MAP_FOLD, N_MAPS };
#define N_CODEPOINTS 0x110000

static const utf8proc_option_t map_options[N_MAPS] = {
  UTF8PROC_STABLE | UTF8PROC_COMPOSE,
  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
};

/* Bit set = inert.  A map is built a block of 256 code points at a time,
 * the first time a text needs a character of the block: a page uses a few
 * blocks, and building all 4,352 of them cost a few milliseconds of every
 * run's start.  A block's bits are written once, under build_mu, before its
 * ready flag is set (release); readers check the flag (acquire) first. */
#define N_BLOCKS (N_CODEPOINTS / 256)
static uint8_t inert[N_MAPS][N_CODEPOINTS / 8];
static atomic_uchar ready[N_MAPS][N_BLOCKS];
static pthread_mutex_t build_mu = PTHREAD_MUTEX_INITIALIZER;
/* Code points that can follow a starter inside a canonical composition;
 * any decomposition anywhere may list one, so this is built whole. */
static uint8_t second[N_CODEPOINTS / 8];
static pthread_once_t second_once = PTHREAD_ONCE_INIT;

static inline int bit(const uint8_t *set, int cp) { return set[cp >> 3] >> (cp & 7) & 1; }
static inline void set_bit(uint8_t *set, int cp) { set[cp >> 3] |= (uint8_t)(1u << (cp & 7)); }

static void build_second(void) {
  for (int cp = 0; cp < N_CODEPOINTS; cp++) {
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) continue;
    utf8proc_int32_t d[8];
    int bc = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &bc);
    for (utf8proc_ssize_t k = 1; k < n && k < 8; k++) set_bit(second, d[k]);
  }
  /* Hangul vowels and trailing consonants compose algorithmically. */
  for (int cp = 0x1161; cp <= 0x1175; cp++) set_bit(second, cp);
  for (int cp = 0x11A8; cp <= 0x11C2; cp++) set_bit(second, cp);
}

/* Whether form m maps cp, alone, to itself and nothing can compose with it
 * or reorder across it. */
static int compute_inert(int m, int cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0; /* never decoded */
  /* Case folding lowers ASCII letters in the copy loop itself. */
  if (m == MAP_FOLD && cp >= 'A' && cp <= 'Z') return 1;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->combining_class != 0 || bit(second, cp)) return 0;
  int may_change = (p->decomp_seqindex != UINT16_MAX) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                   (m == MAP_FOLD && p->casefold_seqindex != UINT16_MAX);
  if (may_change) {
    /* Map the character alone, the way utf8proc_map would. */
    utf8proc_int32_t d[32];
    int bc = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, 32, map_options[m], &bc);
    if (n < 1 || n > 32) return 0;
    n = utf8proc_normalize_utf32(d, n, map_options[m]);
    if (n != 1 || d[0] != cp) return 0;
  }
  return 1;
}

static void build_block(int m, int blk) {
  pthread_once(&second_once, build_second);
  uint8_t bits[32] = {0};
  for (int k = 0; k < 256; k++)
    if (compute_inert(m, blk * 256 + k)) bits[k >> 3] |= (uint8_t)(1u << (k & 7));
  pthread_mutex_lock(&build_mu);
  if (!atomic_load_explicit(&ready[m][blk], memory_order_relaxed)) {
    memcpy(&inert[m][blk * 32], bits, sizeof bits);
    atomic_store_explicit(&ready[m][blk], 1, memory_order_release);
  }
  pthread_mutex_unlock(&build_mu);
}

static inline int is_inert(int m, int cp) {
  if (!atomic_load_explicit(&ready[m][cp >> 8], memory_order_acquire)) build_block(m, cp >> 8);
  return bit(inert[m], cp);
}

/* ---- The chunked mapper ------------------------------------------------ */

typedef struct outbuf {
  char *data;
  size_t len, cap;
} outbuf;

static int out_reserve(outbuf *b, size_t extra) {
  if (b->len + extra <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra) cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) return SR_ENOMEM;
  b->data = p;
  b->cap = cap;
  return 0;
}

/* Appends s[0..n), lower-casing ASCII letters when fold is set. */
static int out_copy(outbuf *b, const unsigned char *s, size_t n, int fold) {
  if (out_reserve(b, n)) return SR_ENOMEM;
  char *d = b->data + b->len;
  if (fold) {
    for (size_t k = 0; k < n; k++)
      d[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
  } else {
    memcpy(d, s, n);
  }
  b->len += n;
  return 0;
}

/* Maps one chunk through utf8proc into b; *work is a reusable UTF-32
 * buffer of *workcap code points (plus one). */
static int out_map(outbuf *b, const unsigned char *s, size_t n, utf8proc_option_t opt,
                   utf8proc_int32_t **work, size_t *workcap) {
  utf8proc_ssize_t need;
  for (;;) {
    need = utf8proc_decompose(s, (utf8proc_ssize_t)n, *work, (utf8proc_ssize_t)*workcap, opt);
    if (need < 0) return need == UTF8PROC_ERROR_NOMEM ? SR_ENOMEM : SR_EUTF8;
    if ((size_t)need <= *workcap) break;
    size_t cap = (size_t)need * 2 + 16;
    /* One more slot: utf8proc_reencode writes a terminating NUL. */
    utf8proc_int32_t *w = realloc(*work, (cap + 1) * sizeof **work);
    if (!w) return SR_ENOMEM;
    *work = w;
    *workcap = cap;
  }
  utf8proc_ssize_t bytes = utf8proc_reencode(*work, need, opt);
  if (bytes < 0) return SR_EUTF8;
  return out_copy(b, (const unsigned char *)*work, (size_t)bytes, 0);
}

/* Decodes the valid UTF-8 character at s[i]. */
static inline int decode_at(const unsigned char *s, size_t len, size_t i, size_t *n) {
  int cp;
  *n = sr_utf8_decode(s + i, len - i, &cp);
  return cp;
}

static int map_text(const char *str, size_t len, int m, char **out, size_t *outlen) {
  const unsigned char *s = (const unsigned char *)str;
  *out = NULL;
  *outlen = len;
  int fold = m == MAP_FOLD;
  size_t bad = sr_utf8_validate(str, len);
  if (bad != len) return SR_EUTF8;

  outbuf b = {0};
  utf8proc_int32_t *work = NULL;
  size_t workcap = 0;
  size_t i = 0, prev = 0, copied = 0;
  int rc = 0, changed = 0;
  while (i < len) {
    /* ASCII: inert for every form, eight bytes at a time.  Only case
     * folding has to look at the letters. */
    if (s[i] < 0x80) {
      size_t j = i;
      if (fold) {
        while (j < len && s[j] < 0x80) {
          if (s[j] >= 'A' && s[j] <= 'Z') changed = 1;
          j++;
        }
      } else {
        while (j + 8 <= len) {
          uint64_t w;
          memcpy(&w, s + j, 8);
          if (w & 0x8080808080808080ULL) break;
          j += 8;
        }
        while (j < len && s[j] < 0x80) j++;
      }
      prev = j - 1;
      i = j;
      continue;
    }
    size_t n;
    int cp = decode_at(s, len, i, &n);
    if (is_inert(m, cp)) {
      prev = i;
      i += n;
      continue;
    }
    /* A chunk: from the inert character before this one to the next inert
     * character. */
    size_t cs = i > 0 ? prev : 0, j = i + n;
    while (j < len) {
      if (s[j] < 0x80) break;
      size_t k;
      int c2 = decode_at(s, len, j, &k);
      if (is_inert(m, c2)) break;
      j += k;
    }
    if (!b.data && (rc = out_reserve(&b, len + len / 8 + 16))) break;
    if ((rc = out_copy(&b, s + copied, cs - copied, fold))) break;
    if ((rc = out_map(&b, s + cs, j - cs, map_options[m], &work, &workcap))) break;
    copied = i = j;
    prev = j; /* unused until the next character sets it */
  }
  free(work);
  if (rc) {
    free(b.data);
    return rc;
  }
  if (!b.data) {
    if (!changed) return 0;
    if ((rc = out_reserve(&b, len + 1))) return rc;
  }
  if ((rc = out_copy(&b, s + copied, len - copied, fold)) || (rc = out_reserve(&b, 1))) {
    free(b.data);
    return rc;
  }
  /* A chunk may map to itself ("x" + an unusual mark): then keep s. */
  if (!changed && b.len == len && memcmp(b.data, s, len) == 0) {
    free(b.data);
    return 0;
  }
  b.data[b.len] = '\0';
  *out = b.data;
  *outlen = b.len;
  return 0;
}

int sr_normalize(const char *s, size_t len, sr_norm_form form, char **out, size_t *outlen) {
  *out = NULL;
  *outlen = len;
  switch (form) {
    case SR_NFC: return map_text(s, len, MAP_NFC, out, outlen);
    case SR_NFD: return map_text(s, len, MAP_NFD, out, outlen);
    case SR_NFKC: return map_text(s, len, MAP_NFKC, out, outlen);
    case SR_NFKD: return map_text(s, len, MAP_NFKD, out, outlen);
    default: return SR_EINVAL;
  }
}

int sr_casefold(const char *s, size_t len, char **out, size_t *outlen) {
  return map_text(s, len, MAP_FOLD, out, outlen);
}
