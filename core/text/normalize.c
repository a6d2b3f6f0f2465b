/* Unicode normalization and case folding (see normalize.h). */
#include "text/normalize.h"

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

/* True when no code point of s can change under the form: ASCII never
 * changes, and for NFC nothing below U+0300 changes either (Latin-1 and
 * Latin Extended letters are precomposed and no combining mark precedes
 * U+0300).  The compatibility forms change some Latin-1 characters (NBSP,
 * superscripts, fractions), so for them only ASCII is safe. */
static int quick_check(const char *str, size_t len, sr_norm_form form) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  if (form != SR_NFC) {
    for (; i < len; i++)
      if (s[i] >= 0x80) return 0;
    return 1;
  }
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) { i++; continue; }
    /* Lead bytes C2..CB encode U+0080..U+02FF; CC and above may be marks. */
    if (c >= 0xC2 && c <= 0xCB && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

static int map(const char *s, size_t len, int options, char **out, size_t *outlen) {
  if (sr_utf8_validate(s, len) != len) return SR_EUTF8;
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &dst,
                                    (utf8proc_option_t)options);
  if (n < 0) {
    free(dst);
    return n == UTF8PROC_ERROR_NOMEM ? SR_ENOMEM : SR_EUTF8;
  }
  *out = (char *)dst;
  *outlen = (size_t)n;
  return 0;
}

int sr_normalize(const char *s, size_t len, sr_norm_form form, char **out, size_t *outlen) {
  *out = NULL;
  *outlen = len;
  if (quick_check(s, len, form)) return 0;
  int opt = UTF8PROC_STABLE;
  switch (form) {
    case SR_NFC: opt |= UTF8PROC_COMPOSE; break;
    case SR_NFD: opt |= UTF8PROC_DECOMPOSE; break;
    case SR_NFKC: opt |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT; break;
    case SR_NFKD: opt |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT; break;
    default: return SR_EINVAL;
  }
  /* utf8proc_map stops at NUL unless told the length: it is told, and NULs
   * pass through unchanged. */
  return map(s, len, opt, out, outlen);
}

int sr_casefold(const char *s, size_t len, char **out, size_t *outlen) {
  *out = NULL;
  *outlen = len;
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  int has_upper = 0;
  for (; i < len; i++) {
    if (u[i] >= 0x80) break;
    if (u[i] >= 'A' && u[i] <= 'Z') has_upper = 1;
  }
  if (i == len) {
    /* Pure ASCII: folding is lower-casing. */
    if (!has_upper) return 0;
    char *d = malloc(len + 1);
    if (!d) return SR_ENOMEM;
    for (size_t k = 0; k < len; k++) d[k] = (char)((u[k] >= 'A' && u[k] <= 'Z') ? u[k] + 32 : u[k]);
    d[len] = '\0';
    *out = d;
    return 0;
  }
  return map(s, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, out, outlen);
}
