/* Headline keywords (see keywords.h). */
#include "text/keywords.h"

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

const char *sr_kw_find(const char *s, size_t len, const char *w, size_t wl) {
  if (wl == 0) return s;
  if (wl > len) return NULL;
  /* memchr for the first byte, then a compare (Lua's plain find does the
   * same): for short words in a few KB of text this beats memmem, whose
   * setup and pair hashing dominate. */
  const char *p = s, *last = s + (len - wl);
  while (p <= last) {
    const char *hit = memchr(p, w[0], (size_t)(last - p) + 1);
    if (!hit) return NULL;
    /* The last byte first: after a common first letter, it turns most
     * places away without a call. */
    if (hit[wl - 1] == w[wl - 1] && memcmp(hit + 1, w + 1, wl - 1) == 0) return hit;
    p = hit + 1;
  }
  return NULL;
}
