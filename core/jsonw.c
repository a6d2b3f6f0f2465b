/* JSON encoder (see jsonw.h). */
#include "jsonw.h"

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>

#include "error.h"
#include "text/utf8.h"

static const char HEX[] = "0123456789abcdef";

/* 1 for bytes that need an escape or a UTF-8 check, 0 for bytes copied as
 * is. */
static const unsigned char SPECIAL[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
  [0x80] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The index of the first byte at or after i that SPECIAL marks, or len.
 * Eight bytes at a time while they are all plain: no byte below 0x20, none
 * with the high bit, no quote and no backslash. */
static size_t plain_run(const unsigned char *s, size_t i, size_t len) {
  while (i + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t q = w ^ (ONES * '"'), bs = w ^ (ONES * '\\');
    uint64_t bad = ((w - ONES * 0x20) | (q - ONES) | (bs - ONES) | w) & HIGHS;
    /* The subtractions may flag a plain byte next to a special one (a
     * borrow), never miss a special one: the byte loop below decides. */
    if (bad) break;
    i += 8;
  }
  while (i < len && !SPECIAL[s[i]]) i++;
  return i;
}

int sr_jsonw_string(sr_buf *b, const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  if (sr_buf_reserve(b, len + 2)) return SR_ENOMEM;
  b->data[b->len++] = '"';
  size_t i = 0;
  while (i < len) {
    size_t j = plain_run(s, i, len);
    if (j > i && sr_buf_append(b, s + i, j - i)) return SR_ENOMEM;
    i = j;
    if (i >= len) break;
    unsigned c = s[i];
    if (c >= 0x80) {
      int cp;
      size_t n = sr_utf8_decode(s + i, len - i, &cp);
      if (n == 0) {
        if (sr_buf_append(b, "\xEF\xBF\xBD", 3)) return SR_ENOMEM;
        i++;
      } else {
        if (sr_buf_append(b, s + i, n)) return SR_ENOMEM;
        i += n;
      }
      continue;
    }
    char esc[7];
    const char *e = esc;
    size_t elen = 2;
    switch (c) {
      case '"': e = "\\\""; break;
      case '\\': e = "\\\\"; break;
      case '\n': e = "\\n"; break;
      case '\r': e = "\\r"; break;
      case '\t': e = "\\t"; break;
      case '\b': e = "\\b"; break;
      case '\f': e = "\\f"; break;
      default:
        esc[0] = '\\'; esc[1] = 'u'; esc[2] = '0'; esc[3] = '0';
        esc[4] = HEX[c >> 4]; esc[5] = HEX[c & 15];
        elen = 6;
    }
    if (sr_buf_append(b, e, elen)) return SR_ENOMEM;
    i++;
  }
  return sr_buf_putc(b, '"');
}

/* Writes the decimal digits of v right-aligned ending at end; returns the
 * first digit.  Two digits per step from a table: printf's general machinery
 * (vfprintf, _itoa_word, the FILE shim of snprintf) cost more than the
 * numbers it wrote, at several numbers per tag in the output. */
static char *utoa_rev(char *end, unsigned long long v) {
  static const char PAIRS[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  char *p = end;
  while (v >= 100) {
    unsigned i = (unsigned)(v % 100) * 2;
    v /= 100;
    *--p = PAIRS[i + 1];
    *--p = PAIRS[i];
  }
  if (v >= 10) {
    unsigned i = (unsigned)v * 2;
    *--p = PAIRS[i + 1];
    *--p = PAIRS[i];
  } else {
    *--p = (char)('0' + v);
  }
  return p;
}

size_t sr_jsonw_plain_len(const char *s, size_t len) {
  return plain_run((const unsigned char *)s, 0, len);
}

char *sr_jsonw_put_uinteger(char *p, unsigned long long v) {
  /* the digits in place, from the end, once their count is known: no
   * copy (a memcpy call per number cost more than the digits) */
  size_t n = 1;
  for (unsigned long long t = v; t >= 10; t /= 10) n++;
  utoa_rev(p + n, v);
  return p + n;
}

int sr_jsonw_uinteger(sr_buf *b, unsigned long long v) {
  char tmp[24];
  char *p = utoa_rev(tmp + sizeof tmp, v);
  return sr_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

int sr_jsonw_integer(sr_buf *b, long long v) {
  char tmp[24];
  /* The magnitude as unsigned, so LLONG_MIN does not overflow. */
  unsigned long long m = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  char *p = utoa_rev(tmp + sizeof tmp, m);
  if (v < 0) *--p = '-';
  return sr_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

int sr_jsonw_number(sr_buf *b, double v) {
  if (!isfinite(v)) return sr_buf_append(b, "null", 4);
  if (v == floor(v) && fabs(v) < 9007199254740992.0) return sr_jsonw_integer(b, (long long)v);
  char tmp[40];
  int n = snprintf(tmp, sizeof tmp, "%.17g", v);
  /* Prefer the shortest form that reads back the same. */
  for (int prec = 15; prec < 17; prec++) {
    char t2[40];
    int n2 = snprintf(t2, sizeof t2, "%.*g", prec, v);
    if (strtod(t2, NULL) == v) return sr_buf_append(b, t2, (size_t)n2);
  }
  return sr_buf_append(b, tmp, (size_t)n);
}

int sr_jsonw_jansson(sr_buf *b, const json_t *v) {
  switch (json_typeof(v)) {
    case JSON_OBJECT: {
      if (sr_buf_putc(b, '{')) return SR_ENOMEM;
      const char *key;
      json_t *val;
      int first = 1;
      /* json_object_foreach takes a non-const object but does not change it. */
      json_object_foreach((json_t *)v, key, val) {
        if (!first && sr_buf_putc(b, ',')) return SR_ENOMEM;
        first = 0;
        if (sr_jsonw_string(b, key, strlen(key)) || sr_buf_putc(b, ':')) return SR_ENOMEM;
        if (sr_jsonw_jansson(b, val)) return SR_ENOMEM;
      }
      return sr_buf_putc(b, '}');
    }
    case JSON_ARRAY: {
      if (sr_buf_putc(b, '[')) return SR_ENOMEM;
      for (size_t i = 0; i < json_array_size(v); i++) {
        if (i && sr_buf_putc(b, ',')) return SR_ENOMEM;
        if (sr_jsonw_jansson(b, json_array_get(v, i))) return SR_ENOMEM;
      }
      return sr_buf_putc(b, ']');
    }
    case JSON_STRING: return sr_jsonw_string(b, json_string_value(v), json_string_length(v));
    case JSON_INTEGER: return sr_jsonw_integer(b, (long long)json_integer_value(v));
    case JSON_REAL: return sr_jsonw_number(b, json_real_value(v));
    case JSON_TRUE: return sr_buf_append(b, "true", 4);
    case JSON_FALSE: return sr_buf_append(b, "false", 5);
    default: return sr_buf_append(b, "null", 4);
  }
}
