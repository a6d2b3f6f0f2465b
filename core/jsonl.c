/* One JSONL line into an object and a text (see jsonl.h).
 *
 * The grammar and the string rules follow jansson 2.14's parser (load.c):
 * whitespace is space, tab, CR and LF; a string may not hold a byte below
 * 0x20; escapes are \" \\ \/ \b \f \n \r \t and \uXXXX, where a high
 * surrogate must be followed by an escaped low one and a lone low surrogate
 * is an error.  Where this parser is unsure it declines rather than guess:
 * the caller's json_loadb is the reference.
 */
#include "jsonl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Nesting deeper than this inside a member goes through json_loadb, whose
 * own limit (2048 levels, counted from the line's object) must decide. */
#define MAX_SKIP_DEPTH 512

/* 1 for the bytes that end a run of plain string bytes: the quote, the
 * backslash and the control characters. */
static const unsigned char STR_STOP[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ['\\'] = 1,
};

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static const char *skip_ws(const char *p, const char *e) {
  while (p < e && is_ws((unsigned char)*p)) p++;
  return p;
}

static int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The value of 4 hex digits at p (already checked by scan_string). */
static int32_t hex4(const char *p) {
  int32_t v = 0;
  for (int i = 0; i < 4; i++) v = (v << 4) | hexval((unsigned char)p[i]);
  return v;
}

/* Scans a string body starting after its opening quote.  Returns the
 * position of the closing quote, or NULL for a string jansson's lexer would
 * refuse (a control byte, an unknown escape, too few hex digits, no end).
 * *escapes tells whether the body holds a backslash. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Skips plain string bytes, eight at a time while a word holds no quote,
 * backslash or control byte (bytes with the high bit are plain here). */
static const char *skip_plain(const char *p, const char *e) {
  while (e - p >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t q = w ^ (ONES * '"'), b = w ^ (ONES * '\\');
    /* Exact for the lowest stop byte of the word; a borrow may flag a byte
     * after it, which the byte loop sorts out. */
    uint64_t stop = (((w - ONES * 0x20) & ~w) | ((q - ONES) & ~q) | ((b - ONES) & ~b)) & HIGHS;
    if (stop) break;
    p += 8;
  }
  while (p < e && !STR_STOP[(unsigned char)*p]) p++;
  return p;
}

static const char *scan_string(const char *p, const char *e, int *escapes) {
  *escapes = 0;
  for (;;) {
    p = skip_plain(p, e);
    if (p >= e) return NULL;
    unsigned char c = (unsigned char)*p;
    if (c == '"') return p;
    if (c != '\\') return NULL; /* a control byte */
    *escapes = 1;
    if (++p >= e) return NULL;
    c = (unsigned char)*p;
    if (c == 'u') {
      if (e - p < 5) return NULL;
      for (int i = 1; i <= 4; i++)
        if (hexval((unsigned char)p[i]) < 0) return NULL;
      p += 5;
    } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
               c == 't') {
      p++;
    } else {
      return NULL;
    }
  }
}

static size_t put_utf8(char *o, int32_t cp) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12));
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18));
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Decodes a string body [p, end) that scan_string accepted into out, which
 * has room for end - p bytes (no escape decodes to more bytes than it
 * takes).  Returns the length, or -1 for a surrogate jansson refuses. */
static ptrdiff_t decode_string(const char *p, const char *end, char *out) {
  char *o = out;
  while (p < end) {
    const char *bs = memchr(p, '\\', (size_t)(end - p));
    if (!bs) bs = end;
    memcpy(o, p, (size_t)(bs - p));
    o += bs - p;
    p = bs;
    if (p >= end) break;
    char c = p[1];
    if (c != 'u') {
      switch (c) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        default: *o++ = c; break; /* " \ / */
      }
      p += 2;
      continue;
    }
    int32_t v = hex4(p + 2);
    p += 6;
    if (v >= 0xD800 && v <= 0xDBFF) {
      if (end - p < 6 || p[0] != '\\' || p[1] != 'u') return -1;
      int32_t lo = hex4(p + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return -1;
      v = ((v - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
      p += 6;
    } else if (v >= 0xDC00 && v <= 0xDFFF) {
      return -1;
    }
    o += put_utf8(o, v);
  }
  return o - out;
}

/* Returns the end of the value starting at p (not a string), as far as
 * brackets and strings go; the caller has json_loadb check what is inside.
 * NULL when there is no such end or the nesting is too deep. */
static const char *skip_value(const char *p, const char *e) {
  if (p >= e) return NULL;
  if (*p != '{' && *p != '[') {
    /* A number or a literal: the bytes up to a delimiter. */
    while (p < e && !is_ws((unsigned char)*p) && *p != ',' && *p != '}' && *p != ']' && *p != '"' &&
           *p != '{' && *p != '[' && *p != ':')
      p++;
    return p;
  }
  int depth = 0;
  while (p < e) {
    char c = *p;
    if (c == '"') {
      int esc;
      p = scan_string(p + 1, e, &esc);
      if (!p) return NULL;
      p++;
      continue;
    }
    if (c == '{' || c == '[') {
      if (++depth > MAX_SKIP_DEPTH) return NULL;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return p + 1;
    }
    p++;
  }
  return NULL;
}

/* The literal at p if it is exactly true, false or null (jansson reads a
 * whole run of letters as one token). */
static json_t *literal(const char *p, const char *e, const char **after) {
  const char *q = p;
  while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))) q++;
  size_t n = (size_t)(q - p);
  *after = q;
  if (n == 4 && !memcmp(p, "true", 4)) return json_true();
  if (n == 5 && !memcmp(p, "false", 5)) return json_false();
  if (n == 4 && !memcmp(p, "null", 4)) return json_null();
  return NULL;
}

int sr_jsonl_take_text(const char *s, size_t n, const char *text_key, json_t **obj, char **text,
                       size_t *text_len) {
  const char *p = s, *e = s + n;
  size_t tklen = strlen(text_key);
  char *tbuf = NULL;
  size_t tlen = 0;
  int rc = 0;
  *obj = NULL;
  *text = NULL;
  *text_len = 0;

  p = skip_ws(p, e);
  if (p >= e || *p != '{') return 0;
  json_t *o = json_object();
  if (!o) return -1;
  p = skip_ws(p + 1, e);
  if (p < e && *p == '}') {
    p++;
  } else {
    for (;;) {
      if (p >= e || *p != '"') goto decline;
      int esc;
      const char *kend = scan_string(p + 1, e, &esc);
      /* Keys with escapes (rare) are left to jansson, which also refuses
       * an escaped NUL in a key. */
      if (!kend || esc) goto decline;
      const char *key = p + 1;
      size_t klen = (size_t)(kend - key);
      p = skip_ws(kend + 1, e);
      if (p >= e || *p != ':') goto decline;
      p = skip_ws(p + 1, e);
      if (p >= e) goto decline;
      json_t *v = NULL;
      if (klen == tklen && !memcmp(key, text_key, klen)) {
        /* The text: decoded into its own buffer, once. */
        if (*p != '"' || tbuf) goto decline;
        const char *vend = scan_string(p + 1, e, &esc);
        if (!vend) goto decline;
        size_t span = (size_t)(vend - (p + 1));
        tbuf = malloc(span + 1);
        if (!tbuf) goto nomem;
        if (esc) {
          ptrdiff_t got = decode_string(p + 1, vend, tbuf);
          if (got < 0) goto decline;
          tlen = (size_t)got;
        } else {
          memcpy(tbuf, p + 1, span);
          tlen = span;
        }
        tbuf[tlen] = '\0';
        p = vend + 1;
      } else {
        if (*p == '"') {
          const char *vend = scan_string(p + 1, e, &esc);
          if (!vend) goto decline;
          if (esc) {
            char *tmp = malloc((size_t)(vend - p));
            if (!tmp) goto nomem;
            ptrdiff_t got = decode_string(p + 1, vend, tmp);
            if (got < 0) {
              free(tmp);
              goto decline;
            }
            v = json_stringn_nocheck(tmp, (size_t)got);
            free(tmp);
          } else {
            /* The line is valid UTF-8, so is any run between quotes. */
            v = json_stringn_nocheck(p + 1, (size_t)(vend - (p + 1)));
          }
          if (!v) goto nomem;
          p = vend + 1;
        } else if (*p >= 'a' && *p <= 'z') {
          v = literal(p, e, &p);
          if (!v) goto decline;
        } else {
          const char *vend = skip_value(p, e);
          if (!vend || vend == p) goto decline;
          v = json_loadb(p, (size_t)(vend - p), JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
          if (!v) goto decline;
          p = vend;
        }
        /* As jansson's parser does: a repeated key keeps its first place and
         * takes the last value. */
        if (json_object_setn_new_nocheck(o, key, klen, v)) goto nomem;
      }
      p = skip_ws(p, e);
      if (p < e && *p == ',') {
        p = skip_ws(p + 1, e);
        continue;
      }
      if (p < e && *p == '}') {
        p++;
        break;
      }
      goto decline;
    }
  }
  if (skip_ws(p, e) != e || !tbuf) goto decline;
  *obj = o;
  *text = tbuf;
  *text_len = tlen;
  return 1;

nomem:
  rc = -1;
decline:
  json_decref(o);
  free(tbuf);
  return rc;
}
