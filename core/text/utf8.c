/* UTF-8 validation and repair (see utf8.h).
 *
 * The decoder follows Unicode's table of well-formed byte sequences (Table
 * 3-7), so overlong forms, surrogates and values past U+10FFFF are rejected,
 * and repair substitutes one U+FFFD per maximal subpart of an ill-formed
 * sequence, as the Unicode standard recommends.
 */
#include "text/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const uint64_t HIGH_BITS = 0x8080808080808080ULL;

/* Length of the longest prefix of s (at most len) that is well formed so far:
 * returns the sequence length when complete and valid, otherwise the number
 * of bytes forming a maximal subpart (at least 1) negated. */
static int decode_one(const unsigned char *s, size_t len, int *cp) {
  unsigned c = s[0];
  if (c < 0x80) { *cp = (int)c; return 1; }
  int need;
  unsigned lo = 0x80, hi = 0xBF;
  int v;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; }
  else if (c == 0xE0) { need = 2; v = c & 0x0F; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) { need = 2; v = c & 0x0F; }
  else if (c == 0xED) { need = 2; v = c & 0x0F; hi = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) { need = 2; v = c & 0x0F; }
  else if (c == 0xF0) { need = 3; v = c & 0x07; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) { need = 3; v = c & 0x07; }
  else if (c == 0xF4) { need = 3; v = c & 0x07; hi = 0x8F; }
  else return -1;
  for (int i = 1; i <= need; i++) {
    if ((size_t)i >= len) return -i;
    unsigned b = s[i];
    if (b < lo || b > hi) return -i;
    lo = 0x80; hi = 0xBF;
    v = (v << 6) | (int)(b & 0x3F);
  }
  *cp = v;
  return need + 1;
}

size_t sr_utf8_decode(const unsigned char *s, size_t len, int *cp) {
  if (len == 0) return 0;
  int n = decode_one(s, len, cp);
  return n > 0 ? (size_t)n : 0;
}

/* Skips ASCII eight bytes at a time; returns the index of the first byte
 * with its high bit set, or len. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t len) {
  while (i + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & HIGH_BITS) break;
    i += 8;
  }
  while (i < len && s[i] < 0x80) i++;
  return i;
}

size_t sr_utf8_validate(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  for (;;) {
    i = skip_ascii(s, i, len);
    if (i >= len) return len;
    int cp;
    int n = decode_one(s + i, len - i, &cp);
    if (n <= 0) return i;
    i += (size_t)n;
  }
}

char *sr_utf8_repair(const char *str, size_t len, size_t *outlen) {
  const unsigned char *s = (const unsigned char *)str;
  size_t first = sr_utf8_validate(str, len);
  /* Each bad byte becomes at most three bytes (U+FFFD), so 3*len bounds it. */
  size_t cap = first + 3 * (len - first) + 1;
  char *out = malloc(cap);
  if (!out) return NULL;
  memcpy(out, s, first);
  size_t o = first, i = first;
  while (i < len) {
    size_t j = skip_ascii(s, i, len);
    memcpy(out + o, s + i, j - i);
    o += j - i;
    i = j;
    if (i >= len) break;
    int cp;
    int n = decode_one(s + i, len - i, &cp);
    if (n > 0) {
      memcpy(out + o, s + i, (size_t)n);
      o += (size_t)n;
      i += (size_t)n;
    } else {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i += (size_t)(-n);
    }
  }
  out[o] = '\0';
  *outlen = o;
  return out;
}
