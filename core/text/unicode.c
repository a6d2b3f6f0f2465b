/* Unicode character properties, grapheme clusters and accent stripping. */
#include "text/unicode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "error.h"
#include "text/utf8.h"

const char *sr_unicode_category(int cp) {
  if (cp < 0 || cp > 0x10FFFF) return "Cn";
  return utf8proc_category_string(cp);
}

/* ---- Scripts ------------------------------------------------------------
 *
 * utf8proc carries no Script property, so the script comes from this table of
 * block ranges (sorted, non-overlapping) plus two rules that move the
 * script-neutral characters of a block to Common: punctuation, separators and
 * most symbols are Common wherever they sit (Scripts.txt agrees for nearly
 * all of them), and in the Latin-1 range everything but letters is Common.
 * A code point outside the table is Common when it is punctuation, a symbol
 * or a separator, and Unknown otherwise. */

typedef struct script_range {
  int32_t lo, hi;
  const char *name;
} script_range;

static const script_range scripts[] = {
  {0x0000, 0x024F, "Latin"},     {0x0250, 0x02AF, "Latin"},
  {0x02B0, 0x02B8, "Latin"},     {0x02B9, 0x02DF, "Common"},
  {0x02E0, 0x02E4, "Latin"},     {0x02E5, 0x02FF, "Common"},
  {0x0300, 0x036F, "Inherited"}, {0x0370, 0x03E1, "Greek"},
  {0x03E2, 0x03EF, "Coptic"},    {0x03F0, 0x03FF, "Greek"},
  {0x0400, 0x052F, "Cyrillic"},  {0x0530, 0x058F, "Armenian"},
  {0x0590, 0x05FF, "Hebrew"},    {0x0600, 0x06FF, "Arabic"},
  {0x0700, 0x074F, "Syriac"},    {0x0750, 0x077F, "Arabic"},
  {0x0780, 0x07BF, "Thaana"},    {0x07C0, 0x07FF, "Nko"},
  {0x0870, 0x08FF, "Arabic"},    {0x0900, 0x097F, "Devanagari"},
  {0x0980, 0x09FF, "Bengali"},   {0x0A00, 0x0A7F, "Gurmukhi"},
  {0x0A80, 0x0AFF, "Gujarati"},  {0x0B00, 0x0B7F, "Oriya"},
  {0x0B80, 0x0BFF, "Tamil"},     {0x0C00, 0x0C7F, "Telugu"},
  {0x0C80, 0x0CFF, "Kannada"},   {0x0D00, 0x0D7F, "Malayalam"},
  {0x0D80, 0x0DFF, "Sinhala"},   {0x0E00, 0x0E7F, "Thai"},
  {0x0E80, 0x0EFF, "Lao"},       {0x0F00, 0x0FFF, "Tibetan"},
  {0x1000, 0x109F, "Myanmar"},   {0x10A0, 0x10FF, "Georgian"},
  {0x1100, 0x11FF, "Hangul"},    {0x1200, 0x139F, "Ethiopic"},
  {0x13A0, 0x13FF, "Cherokee"},  {0x1400, 0x167F, "Canadian_Aboriginal"},
  {0x1680, 0x169F, "Ogham"},     {0x16A0, 0x16FF, "Runic"},
  {0x1700, 0x171F, "Tagalog"},   {0x1780, 0x17FF, "Khmer"},
  {0x1800, 0x18AF, "Mongolian"}, {0x1A00, 0x1A1F, "Buginese"},
  {0x1AB0, 0x1AFF, "Inherited"}, {0x1B00, 0x1B7F, "Balinese"},
  {0x1B80, 0x1BBF, "Sundanese"}, {0x1BC0, 0x1BFF, "Batak"},
  {0x1C80, 0x1C8F, "Cyrillic"},  {0x1C90, 0x1CBF, "Georgian"},
  {0x1CC0, 0x1CCF, "Sundanese"}, {0x1D00, 0x1DBF, "Latin"},
  {0x1DC0, 0x1DFF, "Inherited"}, {0x1E00, 0x1EFF, "Latin"},
  {0x1F00, 0x1FFF, "Greek"},     {0x2000, 0x20CF, "Common"},
  {0x20D0, 0x20FF, "Inherited"}, {0x2100, 0x2BFF, "Common"},
  {0x2C00, 0x2C5F, "Glagolitic"}, {0x2C60, 0x2C7F, "Latin"},
  {0x2C80, 0x2CFF, "Coptic"},    {0x2D00, 0x2D2F, "Georgian"},
  {0x2D30, 0x2D7F, "Tifinagh"},  {0x2D80, 0x2DDF, "Ethiopic"},
  {0x2DE0, 0x2DFF, "Cyrillic"},  {0x2E00, 0x2E7F, "Common"},
  {0x2E80, 0x2FDF, "Han"},       {0x2FF0, 0x3004, "Common"},
  {0x3005, 0x3005, "Han"},       {0x3006, 0x3006, "Common"},
  {0x3007, 0x3007, "Han"},       {0x3008, 0x3020, "Common"},
  {0x3021, 0x3029, "Han"},       {0x302A, 0x302D, "Inherited"},
  {0x302E, 0x302F, "Hangul"},    {0x3030, 0x3037, "Common"},
  {0x3038, 0x303B, "Han"},       {0x303C, 0x303F, "Common"},
  {0x3041, 0x3096, "Hiragana"},  {0x3099, 0x309A, "Inherited"},
  {0x309B, 0x309C, "Common"},    {0x309D, 0x309F, "Hiragana"},
  {0x30A0, 0x30A0, "Common"},    {0x30A1, 0x30FA, "Katakana"},
  {0x30FB, 0x30FC, "Common"},    {0x30FD, 0x30FF, "Katakana"},
  {0x3100, 0x312F, "Bopomofo"},  {0x3130, 0x318F, "Hangul"},
  {0x3190, 0x319F, "Common"},    {0x31A0, 0x31BF, "Bopomofo"},
  {0x31C0, 0x31EF, "Common"},    {0x31F0, 0x31FF, "Katakana"},
  {0x3200, 0x33FF, "Common"},    {0x3400, 0x4DBF, "Han"},
  {0x4DC0, 0x4DFF, "Common"},    {0x4E00, 0x9FFF, "Han"},
  {0xA000, 0xA4CF, "Yi"},        {0xA4D0, 0xA4FF, "Lisu"},
  {0xA640, 0xA69F, "Cyrillic"},  {0xA700, 0xA71F, "Common"},
  {0xA720, 0xA7FF, "Latin"},     {0xA8E0, 0xA8FF, "Devanagari"},
  {0xA960, 0xA97F, "Hangul"},    {0xA980, 0xA9DF, "Javanese"},
  {0xAB30, 0xAB6F, "Latin"},     {0xAC00, 0xD7FF, "Hangul"},
  {0xF900, 0xFAFF, "Han"},       {0xFB00, 0xFB06, "Latin"},
  {0xFB13, 0xFB17, "Armenian"},  {0xFB1D, 0xFB4F, "Hebrew"},
  {0xFB50, 0xFDFF, "Arabic"},    {0xFE00, 0xFE0F, "Inherited"},
  {0xFE10, 0xFE1F, "Common"},    {0xFE20, 0xFE2F, "Inherited"},
  {0xFE30, 0xFE6F, "Common"},    {0xFE70, 0xFEFC, "Arabic"},
  {0xFEFF, 0xFF20, "Common"},    {0xFF21, 0xFF3A, "Latin"},
  {0xFF3B, 0xFF40, "Common"},    {0xFF41, 0xFF5A, "Latin"},
  {0xFF5B, 0xFF65, "Common"},    {0xFF66, 0xFF6F, "Katakana"},
  {0xFF70, 0xFF70, "Common"},    {0xFF71, 0xFF9D, "Katakana"},
  {0xFF9E, 0xFF9F, "Common"},    {0xFFA0, 0xFFDC, "Hangul"},
  {0xFFE0, 0xFFFF, "Common"},    {0x1D400, 0x1D7FF, "Common"},
  {0x1F000, 0x1FBFF, "Common"},  {0x20000, 0x2FA1F, "Han"},
  {0x30000, 0x323AF, "Han"},     {0xE0000, 0xE007F, "Common"},
  {0xE0100, 0xE01EF, "Inherited"},
};

static int is_neutral_category(int cat) {
  switch (cat) {
  case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
  case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
    return 1;
  default:
    return 0;
  }
}

const char *sr_unicode_script(int cp) {
  if (cp < 0 || cp > 0x10FFFF) return "Unknown";
  int cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_CN) return "Unknown";
  if (cp < 0x0300) {
    /* Latin-1 and Latin Extended: only letters belong to Latin. */
    int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    if (!letter) return "Common";
  }
  if (is_neutral_category(cat)) return "Common";
  size_t lo = 0, hi = sizeof scripts / sizeof scripts[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cp < scripts[mid].lo) hi = mid;
    else if (cp > scripts[mid].hi) lo = mid + 1;
    else return scripts[mid].name;
  }
  return cat == UTF8PROC_CATEGORY_SO ? "Common" : "Unknown";
}

static int is_han(int cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF) ||
         cp == 0x3005 || cp == 0x3007;
}

int sr_unicode_word_class(int cp) {
  if (cp == 0x2019 || cp == 0x02BC) return SR_UC_APOS;
  if (cp == 0x2010 || cp == 0x2011) return SR_UC_HYPHEN;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LO:
    return is_han(cp) ? SR_UC_IDEO : SR_UC_LETTER;
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return SR_UC_LETTER;
  case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    return SR_UC_DIGIT;
  case UTF8PROC_CATEGORY_CF:
    return SR_UC_FORMAT;
  case UTF8PROC_CATEGORY_PC:
    return SR_UC_CONNECT;
  default:
    return SR_UC_OTHER;
  }
}

int sr_unicode_is_lower(int cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* ---- Grapheme clusters --------------------------------------------------- */

size_t sr_grapheme_next(const char *s, size_t len, size_t pos) {
  const unsigned char *u = (const unsigned char *)s;
  if (pos >= len) return len;
  unsigned char c = u[pos];
  if (c < 0x80) {
    /* Two ASCII characters always have a break between them (GB3-GB5 and
     * GB999), except CR LF: no ASCII character extends another. */
    if (pos + 1 == len) return len;
    unsigned char d = u[pos + 1];
    if (d < 0x80) return (c == '\r' && d == '\n') ? pos + 2 : pos + 1;
  }
  int prev;
  size_t n = c < 0x80 ? (prev = c, 1) : sr_utf8_decode(u + pos, len - pos, &prev);
  if (n == 0) return pos + 1; /* an invalid byte is a cluster of its own */
  utf8proc_int32_t state = 0;
  size_t i = pos + n;
  while (i < len) {
    int next;
    size_t m = u[i] < 0x80 ? (next = u[i], 1) : sr_utf8_decode(u + i, len - i, &next);
    if (m == 0) break;
    if (utf8proc_grapheme_break_stateful(prev, next, &state)) break;
    prev = next;
    i += m;
  }
  return i;
}

/* The number of clusters in the ASCII bytes s[b..e): one per byte, but CR LF
 * is one. */
static size_t ascii_clusters(const unsigned char *u, size_t b, size_t e) {
  size_t n = e - b;
  const unsigned char *p = u + b, *end = u + e;
  while ((p = memchr(p, '\r', (size_t)(end - p))) != NULL) {
    if (p + 1 < end && p[1] == '\n') n--;
    p++;
  }
  return n;
}

size_t sr_grapheme_count(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t count = 0, pos = 0;
  while (pos < len) {
    if (u[pos] < 0x80) {
      /* An ASCII run, eight bytes at a time.  Its last byte is left to the
       * slow path: a combining mark after it would extend it. */
      size_t j = pos;
      while (j + 8 <= len) {
        uint64_t w;
        memcpy(&w, u + j, 8);
        if (w & 0x8080808080808080ULL) break;
        j += 8;
      }
      while (j < len && u[j] < 0x80) j++;
      if (j == len) return count + ascii_clusters(u, pos, len);
      size_t k = j - 1;
      if (k > pos && u[k - 1] == '\r' && u[k] == '\n') k--; /* keep CR LF whole */
      count += ascii_clusters(u, pos, k);
      pos = k;
    }
    pos = sr_grapheme_next(s, len, pos);
    count++;
  }
  return count;
}

size_t sr_grapheme_prefix(const char *s, size_t len, size_t n) {
  size_t pos = 0;
  while (n > 0 && pos < len) {
    pos = sr_grapheme_next(s, len, pos);
    n--;
  }
  return pos;
}

/* ---- Accent stripping ---------------------------------------------------- */

/* True when cp is left alone by decompose + drop Mn + recompose whatever its
 * neighbours: it is no nonspacing mark and has no canonical decomposition.
 * (A compatibility decomposition does not count: we decompose canonically.) */
static int accent_stable(int cp) {
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->category == UTF8PROC_CATEGORY_MN) return 0;
  return p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0;
}

typedef struct sr_buf {
  char *data;
  size_t len, cap;
} sr_buf;

static int buf_reserve(sr_buf *b, size_t extra) {
  if (b->len + extra <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra) cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) return SR_ENOMEM;
  b->data = p;
  b->cap = cap;
  return 0;
}

/* Strips one run of non-ASCII text that starts and ends on character
 * boundaries.  *work is a scratch array of code points that grows as
 * needed (the caller frees it). */
static int strip_run(const unsigned char *run, size_t n, sr_buf *out,
                     utf8proc_int32_t **work, size_t *workcap) {
  utf8proc_ssize_t need;
  for (;;) {
    need = utf8proc_decompose(run, (utf8proc_ssize_t)n, *work,
                              (utf8proc_ssize_t)*workcap, UTF8PROC_DECOMPOSE);
    if (need < 0) return SR_EUTF8;
    if ((size_t)need <= *workcap) break;
    /* One more slot: utf8proc_reencode writes a terminating NUL. */
    size_t cap = (size_t)need + 1;
    utf8proc_int32_t *w = realloc(*work, cap * sizeof **work);
    if (!w) return SR_ENOMEM;
    *work = w;
    *workcap = cap - 1;
  }
  utf8proc_int32_t *w = *work;
  size_t kept = 0;
  for (utf8proc_ssize_t i = 0; i < need; i++)
    if (utf8proc_category(w[i]) != UTF8PROC_CATEGORY_MN) w[kept++] = w[i];
  utf8proc_ssize_t bytes =
      utf8proc_reencode(w, (utf8proc_ssize_t)kept, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  if (bytes < 0) return SR_EUTF8;
  if (buf_reserve(out, (size_t)bytes)) return SR_ENOMEM;
  memcpy(out->data + out->len, w, (size_t)bytes);
  out->len += (size_t)bytes;
  return 0;
}

int sr_strip_accents(const char *s, size_t len, char **out, size_t *outlen) {
  const unsigned char *u = (const unsigned char *)s;
  *out = NULL;
  *outlen = len;
  if (sr_utf8_validate(s, len) != len) return SR_EUTF8;

  /* Find the first character that can change; until then the input is its
   * own output and nothing is allocated. */
  size_t i = 0;
  while (i < len) {
    if (u[i] < 0x80) { i++; continue; }
    int cp;
    size_t n = sr_utf8_decode(u + i, len - i, &cp);
    if (!accent_stable(cp)) break;
    i += n;
  }
  if (i == len) return 0;

  /* Back up to the start of the non-ASCII run holding i: the run is the unit
   * that goes through utf8proc (ASCII never composes with what precedes it,
   * so cutting before an ASCII byte is safe). */
  while (i > 0 && u[i - 1] >= 0x80) i--;

  sr_buf b = {0};
  utf8proc_int32_t *work = NULL;
  size_t workcap = 0;
  int rc = buf_reserve(&b, len + 1);
  if (rc) return rc;
  memcpy(b.data, s, i);
  b.len = i;
  while (i < len && rc == 0) {
    size_t j = i;
    while (j < len && u[j] < 0x80) j++;
    if (j > i) {
      if ((rc = buf_reserve(&b, j - i))) break;
      memcpy(b.data + b.len, s + i, j - i);
      b.len += j - i;
      i = j;
    }
    while (j < len && u[j] >= 0x80) j++;
    if (j > i) {
      /* A run of stable characters is copied as it is. */
      size_t k = i;
      while (k < j) {
        int cp;
        size_t n = sr_utf8_decode(u + k, j - k, &cp);
        if (!accent_stable(cp)) break;
        k += n;
      }
      if (k == j) {
        if ((rc = buf_reserve(&b, j - i))) break;
        memcpy(b.data + b.len, s + i, j - i);
        b.len += j - i;
      } else {
        rc = strip_run(u + i, j - i, &b, &work, &workcap);
      }
      i = j;
    }
  }
  free(work);
  if (rc == 0) rc = buf_reserve(&b, 1);
  if (rc) {
    free(b.data);
    return rc;
  }
  b.data[b.len] = '\0';
  *out = b.data;
  *outlen = b.len;
  return 0;
}
