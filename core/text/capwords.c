/* Capitalised words (see capwords.h). */
#include "text/capwords.h"

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Byte classes: START may open a run, BODY continues it, JOIN (- ' .)
 * continues it only once a JOIN byte follows the BODY bytes. */
enum { START = 1, BODY = 2, JOIN = 4 };

/* The class of byte c, as a constant expression so that the table below
 * is built by the compiler. */
#define CLS_OF(c)                                                                                  \
  ((((c) >= 'A' && (c) <= 'Z') || (c) == 0xC3 || (c) == 0xC4 || (c) == 0xC5 || (c) == 0xE1 ? START : 0) | \
   (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') ||     \
            ((c) >= 0x80 && (c) <= 0xBF) || ((c) >= 0xC3 && (c) <= 0xC9) || (c) == 0xE1            \
        ? BODY                                                                                     \
        : 0) |                                                                                     \
   ((c) == '-' || (c) == '\'' || (c) == '.' ? JOIN : 0))
#define CLS4(b) CLS_OF(b), CLS_OF((b) + 1), CLS_OF((b) + 2), CLS_OF((b) + 3)
#define CLS16(b) CLS4(b), CLS4((b) + 4), CLS4((b) + 8), CLS4((b) + 12)
#define CLS64(b) CLS16(b), CLS16((b) + 16), CLS16((b) + 32), CLS16((b) + 48)
static const uint8_t CLS[256] = {CLS64(0), CLS64(64), CLS64(128), CLS64(192)};

static inline uint8_t cls(unsigned char c) { return CLS[c]; }

/* Does the letter at u[i] open a word?  A-Z and any letter of U+00C0-U+00FF
 * (as before: the Latin-1 lead byte alone), and from the Latin Extended-A
 * (U+0100-U+017F) and Latin Extended Additional (U+1E00-U+1EFF, the
 * Vietnamese letters) blocks only the capitals: "Đỗ", "Łódź", "Ấn".  In
 * both blocks most capitals are even code points; U+0139-U+0148 and
 * U+0179-U+017E pair the other way. */
static int opens_word(const unsigned char *u, size_t len, size_t i) {
  unsigned char c = u[i];
  if (c < 0x80 || c == 0xC3) return 1;
  if (c == 0xC4 || c == 0xC5) {
    if (i + 1 >= len || u[i + 1] < 0x80 || u[i + 1] > 0xBF) return 0;
    unsigned cp = ((unsigned)(c & 0x1F) << 6) | (u[i + 1] & 0x3F);
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp & 1;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return 0;
    return cp == 0x178 || !(cp & 1);
  }
  /* 0xE1: only U+1E00-U+1EFF (second byte 0xB8-0xBB) */
  if (i + 2 >= len || u[i + 1] < 0xB8 || u[i + 1] > 0xBB || u[i + 2] < 0x80 || u[i + 2] > 0xBF) return 0;
  unsigned cp = ((unsigned)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
  return !(cp & 1) && !(cp >= 0xE96 && cp <= 0xE9F); /* U+1E96-U+1E9F are small letters */
}

static int word_boundary_before(const unsigned char *u, size_t start) {
  if (start == 0) return 1;
  unsigned char pb = u[start - 1];
  if (pb < 128) {
    return !((pb >= '0' && pb <= '9') || (pb >= 'A' && pb <= 'Z') || (pb >= 'a' && pb <= 'z'));
  }
  return pb <= 0xBF && start >= 3 && u[start - 3] == 0xE2;
}

static int sentence_initial(const unsigned char *u, size_t start) {
  size_t i = start;
  while (i > 0) {
    unsigned char c = u[i - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t') {
      i--;
    } else if (c == 0x9C || c == 0x98) {
      if (i <= 3) return 1;
      i -= 3;
    } else if (c >= 0x80 && c <= 0xBF && i >= 3 && u[i - 3] == 0xE2) {
      return c == 0x94 || c == 0x93 || c == 0x9D;
    } else {
      return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '-';
    }
  }
  return 1;
}

int sr_capword_initial(const char *s, size_t start) {
  return sentence_initial((const unsigned char *)s, start);
}

/* The first offset from pos on whose byte may open a run (A-Z, 0xC3-0xC5 or
 * 0xE1), or len.  Most bytes of a text cannot: SSE2 rules out 16 at a time. */
static size_t next_start(const unsigned char *u, size_t len, size_t pos) {
#if defined(__SSE2__)
  const __m128i a = _mm_set1_epi8('A'), z = _mm_set1_epi8(25), c3 = _mm_set1_epi8((char)0xC3),
                two = _mm_set1_epi8(2), e1 = _mm_set1_epi8((char)0xE1);
  while (pos + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(u + pos));
    __m128i t = _mm_sub_epi8(v, a); /* A-Z: t <= 25 unsigned */
    __m128i l = _mm_sub_epi8(v, c3); /* 0xC3-0xC5: l <= 2 unsigned */
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t, z), t), _mm_cmpeq_epi8(_mm_min_epu8(l, two), l)),
                               _mm_cmpeq_epi8(v, e1));
    unsigned m = (unsigned)_mm_movemask_epi8(hit);
    if (m) return pos + (size_t)__builtin_ctz(m);
    pos += 16;
  }
#endif
  while (pos < len && !(cls(u[pos]) & START)) pos++;
  return pos;
}

/* The first offset from e on whose byte is no BODY byte, or len.  A word's
 * bytes are tested sixteen at a time: a byte loop mispredicted its exit at
 * nearly every word, and it ran for every capitalised word of every text. */
static inline size_t body_end(const unsigned char *u, size_t len, size_t e) {
#if defined(__SSE2__)
  const __m128i low = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), n25 = _mm_set1_epi8(25),
                zero = _mm_set1_epi8('0'), n9 = _mm_set1_epi8(9), cont = _mm_set1_epi8((char)0x80),
                n63 = _mm_set1_epi8(63), lead = _mm_set1_epi8((char)0xC3), n6 = _mm_set1_epi8(6),
                e1 = _mm_set1_epi8((char)0xE1);
  while (e + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(u + e));
    /* x - base <= n (unsigned) as min(x - base, n) == x - base, per range:
     * ASCII letters (either case), digits, 0x80-0xBF, 0xC3-0xC9, 0xE1 */
    __m128i t1 = _mm_sub_epi8(_mm_or_si128(v, low), a);
    __m128i t2 = _mm_sub_epi8(v, zero);
    __m128i t3 = _mm_sub_epi8(v, cont);
    __m128i t4 = _mm_sub_epi8(v, lead);
    __m128i body = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t1, n25), t1), _mm_cmpeq_epi8(_mm_min_epu8(t2, n9), t2)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t3, n63), t3), _mm_cmpeq_epi8(_mm_min_epu8(t4, n6), t4)),
                     _mm_cmpeq_epi8(v, e1)));
    unsigned other = ~(unsigned)_mm_movemask_epi8(body) & 0xFFFFu;
    if (other) return e + (size_t)__builtin_ctz(other);
    e += 16;
  }
#endif
  while (e < len && (cls(u[e]) & BODY)) e++;
  return e;
}

int sr_capword_next(const char *s, size_t len, size_t pos, sr_capword *out, size_t *next) {
  const unsigned char *u = (const unsigned char *)s;
  while (pos < len) {
    /* the next possible start */
    pos = next_start(u, len, pos);
    if (pos >= len) break;
    if (!opens_word(u, len, pos)) {
      /* a small letter of the extended blocks: skip its word */
      pos = body_end(u, len, pos + 1);
      continue;
    }
    size_t start = pos, e = body_end(u, len, pos + 1);
    size_t bend = e;
    if (e < len && (cls(u[e]) & JOIN))
      while (e < len && (cls(u[e]) & (BODY | JOIN))) e++;
    pos = e;
    if (!word_boundary_before(u, start)) continue;
    size_t end = e;
    while (end > start + 1 && (cls(u[end - 1]) & JOIN)) end--;
    int hyphen = 0;
    /* a hyphen can only stand after the first BODY bytes */
    for (size_t i = bend; i + 1 < end; i++) {
      if (u[i] == '-' && (cls(u[i + 1]) & START) && opens_word(u, len, i + 1)) {
        hyphen = 1;
        break;
      }
    }
    out->start = start;
    out->end = end;
    out->hyphen = hyphen;
    out->initial = sentence_initial(u, start);
    *next = pos;
    return 1;
  }
  *next = len;
  return 0;
}
