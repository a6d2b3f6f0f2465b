/* Lines and per-line features in one pass (see lines.h). */
#include "text/lines.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

/* Lines are counted 16 bytes at a time with SSE2 where the compiler has it
 * (every x86-64), else one byte at a time. */
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SR_LINES_SSE2 1
#else
#define SR_LINES_SSE2 0
#endif

/* Byte classes, from a table so the inner loop is one load per byte. */
enum { C_SPACE = 1, C_ALNUM = 2, C_UPPER = 4, C_DIGIT = 8 };

static const uint8_t *byte_classes(void) {
  /* Built at compile time: no initialisation race between workers. */
#define SP C_SPACE
#define AL C_ALNUM
#define UP (C_ALNUM | C_UPPER)
#define DG (C_ALNUM | C_DIGIT)
#define HI C_ALNUM
  static const uint8_t t[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, SP, 0, SP, SP, SP, 0, 0,             /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                 /* 0x10 */
    SP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                /* 0x20 */
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, 0, 0, 0, 0, 0, 0,       /* 0x30 */
    0, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,  /* 0x40 */
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, 0, 0, 0, 0, 0,      /* 0x50 */
    0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,  /* 0x60 */
    AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, 0, 0, 0, 0, 0,      /* 0x70 */
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
  };
#undef SP
#undef AL
#undef UP
#undef DG
#undef HI
  return t;
}

/* Is the non-ASCII character at s[i..end) an upper- or title-case letter?
 * Invalid UTF-8 is not. */
static int upper_at(const char *s, size_t i, size_t end) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                        (utf8proc_ssize_t)(end - i), &cp);
  if (n <= 0) return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Bytes of the prefix skipped before a line's first word: white space,
 * ASCII punctuation and the bytes of the bullets E2 80 A2 and C2 B7. */
static int first_skip(unsigned char c) {
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
      (c >= '{' && c <= '~'))
    return 1;
  return c == 0xE2 || c == 0x80 || c == 0xA2 || c == 0xC2 || c == 0xB7;
}

static int is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* The counts of a line, added up block by block. */
typedef struct sr_line_counts {
  unsigned words, caps, digits, runs;
  unsigned digit_bytes; /* nonzero when a digit byte was seen */
} sr_line_counts;

/* Counts the bytes [i, end) of a line ending at `end`, one at a time:
 * a word starts at a byte that is not a space after a space (or the line
 * start), an alphanumeric run at an alphanumeric byte after one that is not.
 * *prev_space and *prev_alnum carry the class of the byte before i in and
 * of the last byte out. */
static void count_bytes(const char *s, size_t i, size_t end, sr_line_counts *c,
                        int *prev_space, int *prev_alnum) {
  const uint8_t *cls = byte_classes();
  const unsigned char *u = (const unsigned char *)s;
  int ps = *prev_space, pa = *prev_alnum;
  for (; i < end; i++) {
    uint8_t k = cls[u[i]];
    int sp = (k & C_SPACE) != 0, al = (k & C_ALNUM) != 0;
    c->digit_bytes |= k & C_DIGIT;
    if (!sp && ps) c->words++;
    if (al && !pa) {
      c->runs++;
      if (k & C_UPPER) c->caps++;
      else if (k & C_DIGIT) c->digits++;
      else if (u[i] >= 0x80 && upper_at(s, i, end)) c->caps++;
    }
    ps = sp;
    pa = al;
  }
  *prev_space = ps;
  *prev_alnum = pa;
}

#if SR_LINES_SSE2
#ifdef __POPCNT__
/* Set bits of a 16-bit mask.  (Without -mpopcnt, the x86-64 baseline,
 * __builtin_popcount is a call into libgcc: count16 then counts four masks
 * at once with bit arithmetic instead.) */
static unsigned pop16(unsigned x) { return (unsigned)__builtin_popcount(x); }
#endif

/* Bytes of v in [lo, hi], as 0xFF lanes (unsigned: v - lo wraps above). */
static __m128i in_range(__m128i v, char lo, char hi) {
  __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(lo));
  return _mm_cmpeq_epi8(_mm_subs_epu8(t, _mm_set1_epi8((char)(hi - lo))), _mm_setzero_si128());
}

/* count_bytes for the 16 bytes at i, with SSE2: one bit per byte for each
 * class, word and run starts from the bits shifted by one byte, then
 * population counts.  Only a run starting with a non-ASCII byte needs a
 * look at its character (upper_at). */
static inline __attribute__((always_inline)) void count16(const char *s, size_t i, size_t end,
                                                          sr_line_counts *c, int *prev_space,
                                                          int *prev_alnum, unsigned valid) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
  __m128i sp = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                            _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                             in_range(v, '\t', '\r')));
  __m128i up = in_range(v, 'A', 'Z');
  __m128i dg = in_range(v, '0', '9');
  __m128i lw = in_range(v, 'a', 'z');
  unsigned S = (unsigned)_mm_movemask_epi8(sp);
  unsigned U = (unsigned)_mm_movemask_epi8(up);
  unsigned D = (unsigned)_mm_movemask_epi8(dg);
  unsigned H = (unsigned)_mm_movemask_epi8(v); /* bytes >= 0x80 */
  /* Only the first `valid` bytes are the line's: the others count as
   * neither space nor alphanumeric, and no word starts there. */
  unsigned keep = valid >= 16 ? 0xFFFFu : (1u << valid) - 1u;
  S &= keep;
  U &= keep;
  D &= keep;
  H &= keep;
  unsigned A = ((unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(up, dg), lw)) | H) & keep;
  unsigned ws = ~S & ((S << 1) | (unsigned)*prev_space) & keep;
  unsigned rs = A & ~((A << 1) | (unsigned)*prev_alnum) & 0xFFFFu;
#ifdef __POPCNT__
  c->words += pop16(ws);
  c->runs += pop16(rs);
  c->caps += pop16(rs & U);
  c->digits += pop16(rs & D);
#else
  /* The four counts in one 64-bit word, one 16-bit lane each, counted
   * together (pop16's steps on all lanes at once: each lane's count, at
   * most 16, ends in the lane's low byte). */
  uint64_t x = (uint64_t)ws | (uint64_t)rs << 16 | (uint64_t)(rs & U) << 32 |
               (uint64_t)(rs & D) << 48;
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  x = (x + (x >> 8)) & 0x001F001F001F001Fu;
  c->words += (unsigned)(x & 0xFFu);
  c->runs += (unsigned)((x >> 16) & 0xFFu);
  c->caps += (unsigned)((x >> 32) & 0xFFu);
  c->digits += (unsigned)((x >> 48) & 0xFFu);
#endif
  c->digit_bytes |= D;
  for (unsigned hr = rs & H; hr; hr &= hr - 1) {
    if (upper_at(s, i + (size_t)__builtin_ctz(hr), end)) c->caps++;
  }
  *prev_space = (int)((S >> 15) & 1u);
  *prev_alnum = (int)((A >> 15) & 1u);
}
#endif

int sr_lines_next(const char *s, size_t len, size_t pos, sr_line_info *out) {
  if (pos >= len) return 0;
  const char *nl = memchr(s + pos, '\n', len - pos);
  size_t end = nl ? (size_t)(nl - s) : len;
  out->start = pos;
  out->next = nl ? end + 1 : len;
  if (end > pos && s[end - 1] == '\r' && nl) end--;
  out->end = end;

  sr_line_counts c = {0, 0, 0, 0, 0};
  int prev_space = 1, prev_alnum = 0; /* the line start is like a space */
  size_t i = pos;
#if SR_LINES_SSE2
  for (; i + 16 <= end; i += 16) count16(s, i, end, &c, &prev_space, &prev_alnum, 16);
  /* The line's last bytes in one more block when the text goes on for 16
   * bytes from there (the bytes past the line's end are read, then
   * masked off), instead of a byte at a time. */
  if (i < end && i + 16 <= len) {
    count16(s, i, end, &c, &prev_space, &prev_alnum, (unsigned)(end - i));
    i = end;
  }
#endif
  count_bytes(s, i, end, &c, &prev_space, &prev_alnum);
  out->words = c.words;
  out->caps = c.caps;
  out->digits = c.digits;
  out->runs = c.runs;
  out->digit = c.digit_bytes != 0;

  size_t f = pos;
  while (f < end && first_skip((unsigned char)s[f])) f++;
  size_t fe = f;
  while (fe < end && is_ascii_letter((unsigned char)s[fe])) fe++;
  out->first = fe > f ? f : end;
  out->first_end = fe > f ? fe : end;
  out->ends = sr_lines_ends_sentence(s + pos, end - pos);
  return 1;
}

/* White space as Lua's %s reads it in the C locale. */
static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int sr_lines_ends_sentence(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t j = len;
  while (j > 0 && u[j - 1] == '*') j--;
  while (j > 0 && is_space(u[j - 1])) j--;
  if (j > 0 && u[j - 1] != 0 && strchr(".!?:;\"')", u[j - 1])) return 1;
  size_t k = len;
  while (k > 0 && is_space(u[k - 1])) k--;
  return k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 && (u[k - 1] == 0x9D || u[k - 1] == 0x99);
}

size_t sr_lines_lower(const char *s, size_t len, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c == ':') {
      /* the spaces just written are the run before this colon */
      while (o > 0 && out[o - 1] == ' ') o--;
    } else if (c >= 'A' && c <= 'Z') {
      c = (char)(c + 32);
    }
    out[o++] = c;
  }
  return o;
}

long sr_lines_again(const char *s, size_t len, size_t n, size_t from) {
  if (n == 0 || len < 2 * n || from >= len || len - from < n) return -1;
  const char *p = s + from, *last = s + len - n;
  while (p <= last) {
    p = memchr(p, s[0], (size_t)(last - p) + 1);
    if (!p) return -1;
    if (memcmp(p, s, n) == 0) return (long)(p - s);
    p++;
  }
  return -1;
}

size_t sr_lines_key(const char *s, size_t len, char *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = u[i];
    if (c >= 'A' && c <= 'Z') out[o++] = (char)(c + 32);
    else if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out[o++] = (char)c;
  }
  return o;
}

/* Bytes skipped before a head: white space, ASCII punctuation and the bytes
 * of curly quotes. */
static int head_skip(unsigned char c) {
  if (is_space(c)) return 1;
  if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
      (c >= '{' && c <= '~'))
    return 1;
  return c == 0xE2 || c == 0x80 || c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D;
}

static int is_alnum_or_high(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || is_ascii_letter(c);
}

/* The head starting exactly at p, or 0.  Each of the first nwords - 1 words
 * is a maximal run of non-space bytes that must be followed by a space (a
 * shorter run would leave a non-space byte there), so no backtracking is
 * needed inside the head. */
static int head_at(const unsigned char *u, size_t len, size_t p, unsigned nwords, size_t *end) {
  for (unsigned w = 1; w < nwords; w++) {
    if (p >= len || is_space(u[p])) return 0;
    while (p < len && !is_space(u[p])) p++;
    if (p >= len || u[p] != ' ') return 0;
    p++;
  }
  if (p >= len || !is_alnum_or_high(u[p])) return 0;
  while (p < len && is_alnum_or_high(u[p])) p++;
  *end = p;
  return 1;
}

int sr_lines_head(const char *s, size_t len, size_t pos, unsigned nwords, size_t *start,
                  size_t *end) {
  const unsigned char *u = (const unsigned char *)s;
  if (nwords == 0 || pos > len) return 0;
  size_t m = pos;
  while (m < len && head_skip(u[m])) m++;
  /* Longest skip first, then shorter ones, as Lua's "*" does. */
  for (size_t p = m + 1; p-- > pos;) {
    if (head_at(u, len, p, nwords, end)) {
      *start = p;
      return 1;
    }
  }
  return 0;
}

/* The offset of the first ".", "!" or "?" at or after pos, or len: three
 * memchr calls (each narrowing the range of the next) are much faster than a
 * byte loop over prose, where these marks are some 100 bytes apart. */
static size_t next_mark(const unsigned char *u, size_t len, size_t pos) {
  static const char marks[] = ".!?";
  size_t best = len;
  for (int k = 0; k < 3 && pos < best; k++) {
    const unsigned char *p = memchr(u + pos, marks[k], best - pos);
    if (p) best = (size_t)(p - u);
  }
  return best;
}

int sr_lines_sentence_next(const char *s, size_t len, size_t pos, size_t *cap) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = pos; (i = next_mark(u, len, i)) < len; i++) {
    size_t j = i + 1;
    while (j < len && (u[j] == '"' || u[j] == 0xE2 || u[j] == 0x80 || u[j] == 0x9D)) j++;
    if (j >= len || !is_space(u[j])) continue;
    while (j < len && is_space(u[j])) j++;
    while (j < len && (u[j] == '"' || u[j] == 0xE2 || u[j] == 0x80 || u[j] == 0x9C)) j++;
    if (j < len && u[j] >= 'A' && u[j] <= 'Z') {
      *cap = j;
      return 1;
    }
  }
  return 0;
}

/* The bytes of closing quotes that may follow a full stop: ", E2 80 9D. */
static int close_quote_byte(unsigned char c) { return c == '"' || c == 0xE2 || c == 0x80 || c == 0x9D; }

/* Bytes that end a sentence for SR_SHAPE_MARK: . ! ? " and the lead byte E2
 * of a curly quote or an ellipsis. */
static int mark_byte(unsigned char c) { return c == '.' || c == '!' || c == '?' || c == '"' || c == 0xE2; }

static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

static int is_ascii_alnum(unsigned char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }

/* "%f[%w]%l%l+ %l%l+": a word of two or more lower-case letters, after a
 * byte that is not a letter or digit, whose whole run of lower-case letters
 * is followed by a space and two lower-case letters.  (A shorter run would
 * be followed by a letter, not the space, so only the whole run can match.) */
static int low_pair(const unsigned char *u, size_t len) {
  /* Found from the spaces (memchr), fewer than the bytes: a space at q with
   * two lower-case letters on each side, where the run of lower-case
   * letters ending before q starts after a byte that is no letter or digit
   * (or at the line's start). */
  const unsigned char *e = u + len;
  for (const unsigned char *sp = u; sp < e; sp++) {
    sp = memchr(sp, ' ', (size_t)(e - sp));
    if (!sp) break;
    size_t q = (size_t)(sp - u);
    if (q < 2 || q + 2 >= len || !is_lower(u[q + 1]) || !is_lower(u[q + 2]) ||
        !is_lower(u[q - 1]) || !is_lower(u[q - 2]))
      continue;
    size_t p = q - 2;
    while (p > 0 && is_lower(u[p - 1])) p--;
    if (p == 0 || !is_ascii_alnum(u[p - 1])) return 1;
  }
  return 0;
}

/* Every flag but SR_SHAPE_DIGIT. */
static unsigned shape_no_digit(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned f = 0;
  if (len == 0) return 0;
  if (u[0] == '#') f |= SR_SHAPE_HASH;
  if (is_lower(u[0])) f |= SR_SHAPE_LOWER;
  if (memchr(s, '/', len)) f |= SR_SHAPE_SLASH;
  if (len >= 2 && u[len - 1] == '.' && u[len - 2] == '.') f |= SR_SHAPE_DOTDOT;
  size_t j = len;
  while (j > 0 && is_space(u[j - 1])) j--;
  size_t k = j;
  while (k > 0 && close_quote_byte(u[k - 1])) k--;
  if (k > 0 && u[k - 1] == '.') f |= SR_SHAPE_PERIOD;
  if (j > 0) {
    unsigned char c = u[j - 1];
    if (mark_byte(c) ||
        (c == 0x9D && ((j >= 2 && mark_byte(u[j - 2])) ||
                       (j >= 3 && u[j - 2] == 0x80 && mark_byte(u[j - 3])))) ||
        (c == 0x80 && j >= 2 && mark_byte(u[j - 2])))
      f |= SR_SHAPE_MARK;
  }
  if (low_pair(u, len)) f |= SR_SHAPE_LOWPAIR;
  return f;
}

unsigned sr_lines_shape(const char *s, size_t len) {
  unsigned f = shape_no_digit(s, len);
  for (size_t i = 0; i < len; i++) {
    if (s[i] >= '0' && s[i] <= '9') return f | SR_SHAPE_DIGIT;
  }
  return f;
}

unsigned sr_lines_shape_of(const char *s, const sr_line_info *ln) {
  return shape_no_digit(s + ln->start, ln->end - ln->start) | (ln->digit ? SR_SHAPE_DIGIT : 0u);
}
