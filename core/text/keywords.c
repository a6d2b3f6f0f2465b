/* Headline keywords (see keywords.h). */
#include "text/keywords.h"

#include <stdint.h>
#include <string.h>

static inline int is_alpha(unsigned char c) { return (unsigned char)((c | 32) - 'a') < 26; }

static inline unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

int sr_kw_word_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop) {
  const unsigned char *u = (const unsigned char *)s;
  /* gmatch tries every byte in turn: a letter followed by a letter or a
   * hyphen starts a match, which then takes all the letters and hyphens
   * that follow. */
  for (size_t i = *pos; i + 1 < len; i++) {
    if (!is_alpha(u[i]) || !(is_alpha(u[i + 1]) || u[i + 1] == '-')) continue;
    size_t e = i + 2;
    while (e < len && (is_alpha(u[e]) || u[e] == '-')) e++;
    *start = i;
    *stop = *pos = e;
    return 1;
  }
  *pos = len;
  return 0;
}

void sr_kw_lower(char *dst, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) dst[i] = (char)lower((unsigned char)s[i]);
}

int sr_kw_same_lower(const char *a, size_t alen, const char *b, size_t blen) {
  if (alen != blen) return 0;
  for (size_t i = 0; i < alen; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i])) return 0;
  return 1;
}

/* Sixteen starts at a time: the places where both the word's first and
 * last bytes sit (in either case) are found for sixteen starts at once, and
 * only those are compared.  On news text a common first letter alone would
 * stop the scan every 20 to 30 bytes.  A byte is put in lower case for the
 * test by setting its 0x20 bit, when the word's byte has it (a lower-case
 * letter, '-', a digit): that lets through a few other bytes too ('\r' for
 * '-'), which the comparison turns away, and misses none.  SSE2 (every
 * x86-64) gives the matches as a bit mask; elsewhere GCC/Clang vector
 * extensions do the compares. */
#if defined(__SSE2__)
#include <emmintrin.h>

typedef __m128i vec;
#define SPLAT(c) _mm_set1_epi8((char)(c))

static inline unsigned match16(const char *p, size_t wl, vec vf, vec mf, vec vl, vec ml) {
  vec a = _mm_or_si128(_mm_loadu_si128((const vec *)(const void *)p), mf);
  vec b = _mm_or_si128(_mm_loadu_si128((const vec *)(const void *)(p + wl - 1)), ml);
  return (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, vf), _mm_cmpeq_epi8(b, vl)));
}
#else
typedef unsigned char vec __attribute__((vector_size(16)));

static inline vec splat(unsigned char c) {
  vec v;
  memset(&v, c, sizeof v);
  return v;
}
#define SPLAT(c) splat(c)

static inline unsigned match16(const char *p, size_t wl, vec vf, vec mf, vec vl, vec ml) {
  vec a, b;
  memcpy(&a, p, 16);
  memcpy(&b, p + wl - 1, 16);
  vec m = (vec)(((a | mf) == vf) & ((b | ml) == vl));
  unsigned bits = 0;
  for (unsigned k = 0; k < 16; k++) bits |= (unsigned)(m[k] & 1) << k;
  return bits;
}
#endif

/* Do s[0, n) and w[0, n) agree once s's A-Z are lower-cased? */
static inline int same_as_lower(const char *s, const char *w, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (lower((unsigned char)s[k]) != (unsigned char)w[k]) return 0;
  return 1;
}

const char *sr_kw_find_lower(const char *s, size_t len, const char *w, size_t wl) {
  if (wl == 0) return s;
  if (wl > len) return NULL;
  const unsigned char first = (unsigned char)w[0], last = (unsigned char)w[wl - 1];
  size_t nstart = len - wl + 1; /* possible starts: 0 .. nstart-1 */
  size_t i = 0;
  if (wl >= 2) {
    vec vf = SPLAT(first), vl = SPLAT(last);
    vec mf = SPLAT(first & 0x20), ml = SPLAT(last & 0x20);
    for (; i + 16 <= nstart; i += 16) {
      for (unsigned m = match16(s + i, wl, vf, mf, vl, ml); m; m &= m - 1) {
        size_t k = (size_t)__builtin_ctz(m);
        if (same_as_lower(s + i + k, w, wl)) return s + i + k;
      }
    }
  }
  for (; i < nstart; i++)
    if (same_as_lower(s + i, w, wl)) return s + i;
  return NULL;
}
