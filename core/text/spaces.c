/* Whitespace repair: one pass over the bytes, with a table for ASCII and a
 * decode only for non-ASCII characters. */
#include "text/spaces.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/utf8.h"

/* Prose is copied 16 bytes at a time with SSE2 where the compiler has it
 * (every x86-64), then 8 at a time with bit tricks. */
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SR_SPACES_SSE2 1
#else
#define SR_SPACES_SSE2 0
#endif

enum { C_TEXT, C_SPACE, C_NL, C_CR, C_DROP, C_HIGH };

/* The class of each byte; 0x80 and above go through the decoder. */
static const uint8_t byte_class[256] = {
  /* C0 controls are dropped, but for the whitespace ones. */
  C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP,
  C_DROP, C_SPACE, C_NL, C_SPACE, C_SPACE, C_CR, C_DROP, C_DROP,
  C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP,
  C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP, C_DROP,
  C_SPACE, /* 0x21..0x7E: text (zero-initialized below) */
  [0x7F] = C_DROP,
  [0x80] = C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
};

/* What to do with a non-ASCII code point. */
static int high_class(int cp) {
  if (cp <= 0x9F) return cp == 0x85 ? C_NL : C_DROP; /* C1 controls */
  switch (cp) {
  case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    return C_SPACE;
  case 0x00AD: case 0x180E: case 0xFEFF:
    return C_DROP;
  case 0x2028:
    return C_NL;
  default:
    break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return C_SPACE;
  if (cp >= 0x200B && cp <= 0x200F) return C_DROP;
  if (cp >= 0x202A && cp <= 0x202E) return C_DROP;
  if (cp >= 0x2060 && cp <= 0x2064) return C_DROP;
  if (cp >= 0x2066 && cp <= 0x2069) return C_DROP;
  return C_TEXT;
}

/* Whether the eight bytes in x are plain prose: printable ASCII (0x20 to
 * 0x7E) with no two spaces next to each other.  Bit tricks on one 64-bit
 * word (the byte order does not matter: neighbours stay neighbours). */
static int plain8(uint64_t x) {
  const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL, hi = 0x8080808080808080ULL;
  const uint64_t ones = 0x0101010101010101ULL;
  if (x & hi) return 0;                               /* non-ASCII */
  if ((x - 0x20 * ones) & ~x & hi) return 0;          /* a byte below 0x20 */
  uint64_t d = x ^ (0x7F * ones);
  if ((d - ones) & ~d & hi) return 0;                 /* DEL */
  /* exactly the bytes equal to a space, as high bits */
  uint64_t z = x ^ (0x20 * ones);
  uint64_t sp = ~(((z & lo7) + lo7) | z | lo7);
  return (sp & (sp << 8)) == 0;
}

int sr_clean_spaces(const char *s, size_t len, char **out, size_t *outlen) {
  const unsigned char *u = (const unsigned char *)s;
  *out = NULL;
  *outlen = len;
  /* The output is never longer than the input. */
  char *o = malloc(len + 1);
  if (!o) return SR_ENOMEM;
  size_t i = 0, n = 0;
  int pending = 0;  /* spaces seen since the last text on this line */
  int content = 0;  /* this line has text (so leading spaces are dropped) */
  int changed = 0;  /* a same-length substitution happened */
  while (i < len) {
    if (content && !pending) {
      /* After a word: copy prose 16, then eight bytes at a time while it needs no
       * change (single spaces between words, no line break, nothing to
       * drop) and does not end in a space that might start a run or end
       * the line (one followed by a printable byte is a plain space). */
#if SR_SPACES_SSE2
      /* plain8's test on 16 bytes: all printable ASCII (as signed bytes,
       * non-ASCII is negative), no two spaces next to each other */
      while (i + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
        if (_mm_movemask_epi8(ok) != 0xFFFF) break;
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        if (sp & (sp >> 1)) break;
        if (u[i + 15] == ' ' && !(i + 16 < len && u[i + 16] > ' ' && u[i + 16] < 0x7F)) break;
        _mm_storeu_si128((__m128i *)(void *)(o + n), v);
        n += 16;
        i += 16;
      }
#endif
      while (i + 8 <= len) {
        uint64_t x;
        memcpy(&x, u + i, 8);
        if (!plain8(x)) break;
        if (u[i + 7] == ' ' && !(i + 8 < len && u[i + 8] > ' ' && u[i + 8] < 0x7F)) break;
        memcpy(o + n, &x, 8);
        n += 8;
        i += 8;
      }
      if (i >= len) break;
    }
    unsigned char b = u[i];
    if (b == ' ') {
      /* The common case first: one plain space between words. */
      if (content) pending = 1;
      i++;
      continue;
    }
    int cls = byte_class[b];
    size_t step = 1;
    if (cls == C_HIGH) {
      int cp;
      step = sr_utf8_decode(u + i, len - i, &cp);
      if (step == 0) {
        cls = C_TEXT; /* invalid byte: copied, not our business */
        step = 1;
      } else if (cp == 0x2029) {
        /* A paragraph separator ends the line and leaves a blank one. */
        o[n++] = '\n';
        o[n++] = '\n';
        pending = content = 0;
        i += step;
        continue;
      } else {
        cls = high_class(cp);
      }
    }
    switch (cls) {
    case C_TEXT:
      if (pending) {
        o[n++] = ' ';
        pending = 0;
      }
      content = 1;
      if (step == 1) {
        /* Copy a whole run of printable ASCII, byte by byte: runs are
         * words, too short for a memcpy call to pay. */
        do o[n++] = (char)u[i++];
        while (i < len && byte_class[u[i]] == C_TEXT);
        continue;
      }
      memcpy(o + n, s + i, step);
      n += step;
      break;
    case C_SPACE:
      if (b != ' ') changed = 1;
      if (content) pending = 1;
      break;
    case C_CR:
    case C_NL:
      /* In CR LF the LF ends the line; a lone CR is a line break itself. */
      if (b == '\r' && i + 1 < len && u[i + 1] == '\n') break;
      if (b != '\n') changed = 1;
      o[n++] = '\n';
      pending = content = 0;
      break;
    default: /* C_DROP */
      break;
    }
    i += step;
  }
  if (!changed && n == len) {
    free(o);
    return 0;
  }
  o[n] = '\0';
  *out = o;
  *outlen = n;
  return 0;
}
