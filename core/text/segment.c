/* Words, sentences, lines and paragraphs.
 *
 * The scanners run over bytes: ASCII goes through tables, and only a
 * non-ASCII character is decoded and looked up in utf8proc.  Scraped news in
 * Latin script is nearly all ASCII, so the slow path is rare.
 */
#include "text/segment.h"

#include <stdint.h>
#include <string.h>

#include "text/unicode.h"
#include "text/utf8.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- Character classes --------------------------------------------------- */

/* Word classes: the SR_UC_* values, plus the ASCII joiners. */
enum { W_DOT = 8, W_COMMA = 9 };

/* Word classes of bytes; W_HIGH marks the lead and continuation bytes of
 * non-ASCII characters, which are decoded. */
enum { W_HIGH = 10 };
#define L SR_UC_LETTER
#define D SR_UC_DIGIT
#define H W_HIGH
#define H8 H, H, H, H, H, H, H, H
static const uint8_t byte_word[256] = {
  ['0'] = D, D, D, D, D, D, D, D, D, D,
  ['A'] = L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  ['a'] = L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  ['_'] = SR_UC_CONNECT, ['-'] = SR_UC_HYPHEN, ['\''] = SR_UC_APOS,
  ['.'] = W_DOT, [','] = W_COMMA,
  [0x80] = H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8,
};
#undef H8
#undef H
#undef L
#undef D

/* The word class of the character at i; stores its length in *n.  An
 * invalid byte is a one-byte separator. */
static inline int word_class_at(const unsigned char *u, size_t len, size_t i, size_t *n) {
  if (u[i] < 0x80) {
    *n = 1;
    return byte_word[u[i]];
  }
  int cp;
  size_t m = sr_utf8_decode(u + i, len - i, &cp);
  if (m == 0) {
    *n = 1;
    return SR_UC_OTHER;
  }
  *n = m;
  return sr_unicode_word_class(cp);
}

static inline int is_word_body(int c) {
  return c == SR_UC_LETTER || c == SR_UC_DIGIT;
}

/* Decodes the character at i (an invalid byte reads as U+FFFD, length 1). */
static inline int cp_at(const unsigned char *u, size_t len, size_t i, size_t *n) {
  if (u[i] < 0x80) {
    *n = 1;
    return u[i];
  }
  int cp;
  size_t m = sr_utf8_decode(u + i, len - i, &cp);
  if (m == 0) {
    *n = 1;
    return 0xFFFD;
  }
  *n = m;
  return cp;
}

/* The start of the character that ends just before i (i > lo). */
static inline size_t char_before(const unsigned char *u, size_t lo, size_t i) {
  size_t p = i - 1;
  while (p > lo && i - p < 4 && (u[p] & 0xC0) == 0x80) p--;
  return p;
}

static inline int is_space_cp(int cp) {
  switch (cp) {
  case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
  case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
  case 0x202F: case 0x205F: case 0x3000:
    return 1;
  default:
    return cp >= 0x2000 && cp <= 0x200A;
  }
}

/* ---- Words --------------------------------------------------------------- */

/* True when [b, e) is single letters separated by full stops ("U.S"). */
static int is_initials(const unsigned char *u, size_t len, size_t b, size_t e) {
  size_t p = b;
  int dots = 0;
  for (;;) {
    size_t n;
    if (word_class_at(u, len, p, &n) != SR_UC_LETTER) return 0;
    p += n;
    if (p >= e) return dots > 0;
    if (u[p] != '.') return 0;
    p++;
    dots++;
    if (p >= e) return 0;
  }
}

static int joins(int joiner, int before, int after) {
  switch (joiner) {
  case SR_UC_HYPHEN: return is_word_body(before) && is_word_body(after);
  case SR_UC_APOS: return before == SR_UC_LETTER && after == SR_UC_LETTER;
  case W_DOT: return is_word_body(before) && before == after;
  case W_COMMA: return before == SR_UC_DIGIT && after == SR_UC_DIGIT;
  case SR_UC_FORMAT: return is_word_body(after);
  default: return 0;
  }
}

int sr_word_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = *pos, n = 1;
  int c = SR_UC_OTHER;

  /* Skip to the first letter, digit or ideograph. */
  while (i < len) {
    c = byte_word[u[i]];
    if (c != W_HIGH) {
      if (is_word_body(c)) break;
      i++;
      continue;
    }
    c = word_class_at(u, len, i, &n);
    if (is_word_body(c) || c == SR_UC_IDEO) break;
    i += n;
  }
  if (i >= len) {
    *pos = len;
    return 0;
  }
  size_t b = i;
  if (c == SR_UC_IDEO) {
    *start = b;
    *stop = *pos = i + n;
    return 1;
  }

  int last = SR_UC_OTHER;
  while (i < len) {
    /* The fast path: a run of ASCII letters and digits. */
    size_t r = i;
    while (r < len && is_word_body(byte_word[u[r]])) r++;
    if (r > i) {
      last = byte_word[u[r - 1]];
      i = r;
      if (i >= len) break;
    }
    c = byte_word[u[i]];
    n = 1;
    if (c == W_HIGH) c = word_class_at(u, len, i, &n);
    if (is_word_body(c)) {
      last = c;
      i += n;
      continue;
    }
    if (c == SR_UC_CONNECT) {
      i += n;
      continue;
    }
    if (c == SR_UC_OTHER || c == SR_UC_IDEO) break;
    /* A joiner: it belongs to the word only with a word character after. */
    if (i + n < len) {
      size_t m;
      int after = word_class_at(u, len, i + n, &m);
      if (joins(c, last, after)) {
        last = after;
        i += n + m;
        continue;
      }
    }
    if (c == W_DOT && last == SR_UC_LETTER && is_initials(u, len, b, i)) i++;
    break;
  }
  *start = b;
  *stop = *pos = i;
  return 1;
}

/* Bytes for the counting loop: 0 for ASCII that ends a word and starts
 * none (space, most punctuation), the class for an ASCII letter or digit, 3
 * for everything the loop leaves to the exact rules (joiners, '_' and the
 * bytes of non-ASCII characters): byte_word with its rare classes folded. */
enum { K_OTHER = 0, K_SPECIAL = 3 };
#define L SR_UC_LETTER
#define D SR_UC_DIGIT
#define S K_SPECIAL
#define S8 S, S, S, S, S, S, S, S
static const uint8_t count_kind[256] = {
  ['0'] = D, D, D, D, D, D, D, D, D, D,
  ['A'] = L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  ['a'] = L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  ['_'] = S, ['-'] = S, ['\''] = S, ['.'] = S, [','] = S,
  [0x80] = S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8, S8,
};
#undef S8
#undef S
#undef D
#undef L

/* The words sr_word_next finds, counted in one pass: the state between
 * bytes is whether a word is open and the class of its last letter or
 * digit, which is all its rules look back at.  Letters, digits and plain
 * separators cost no branch that depends on the text; the rest follows
 * sr_word_next step by step.  (A dotted abbreviation's final full stop only
 * moves a word's end, not the count.) */
#if defined(__SSE2__)
/* For the sixteen bytes at u: bit k of *body is set when byte k is an ASCII
 * letter or digit, of *digit when a digit; returns the mask of the bytes
 * the scalar loop must see (K_SPECIAL in count_kind). */
static inline unsigned classify16(const unsigned char *u, unsigned *body, unsigned *digit) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
  __m128i flip = _mm_set1_epi8((char)0x80);
  /* x - lo < n as unsigned bytes: signed compare after flipping the top bit */
  __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i letter = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(lower, _mm_set1_epi8('a')), flip),
                                  _mm_set1_epi8((char)(0x80 + 26)));
  __m128i dig = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8('0')), flip),
                               _mm_set1_epi8((char)(0x80 + 10)));
  __m128i join = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8(','))));
  *digit = (unsigned)_mm_movemask_epi8(dig);
  *body = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, dig));
  /* the top bit of a byte: the lead and continuation bytes of non-ASCII */
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(join, v));
}

/* The number of set bits of a 16-bit mask (no popcount instruction is
 * assumed). */
static inline unsigned popcount16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}
#endif

size_t sr_word_count(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t count = 0, i = 0;
  int inword = 0, last = SR_UC_OTHER;
  while (i < len) {
#if defined(__SSE2__)
    /* Up to sixteen bytes of letters, digits and plain separators at once,
     * up to the first byte the rules below must see: a word starts at a
     * letter or digit after a byte that is neither (or after the bytes
     * before, when they closed outside a word). */
    if (len - i >= 16) {
      unsigned body, digit;
      unsigned special = classify16(u + i, &body, &digit);
      unsigned f = special ? (unsigned)__builtin_ctz(special) : 16;
      if (f) {
        unsigned b = body & (0xFFFFu >> (16 - f));
        count += popcount16(b & ~((b << 1) | (unsigned)inword));
        inword = (b >> (f - 1)) & 1;
        if (inword) last = (digit >> (f - 1)) & 1 ? SR_UC_DIGIT : SR_UC_LETTER;
        i += f;
        if (f == 16) continue;
      }
      /* u[i] is for the rules below (K_SPECIAL) */
    }
#endif
    unsigned k = count_kind[u[i]];
    if (k != K_SPECIAL) {
      count += (size_t)(k != K_OTHER && !inword);
      inword = k != K_OTHER;
      last = k != K_OTHER ? (int)k : last;
      i++;
      continue;
    }
    size_t n;
    int c = word_class_at(u, len, i, &n);
    if (!inword) {
      /* Between words: a letter or digit opens one, an ideograph is one. */
      if (is_word_body(c)) {
        count++;
        inword = 1;
        last = c;
      } else if (c == SR_UC_IDEO) {
        count++;
      }
      i += n;
      continue;
    }
    if (is_word_body(c)) {
      last = c;
      i += n;
      continue;
    }
    if (c == SR_UC_CONNECT) {
      i += n;
      continue;
    }
    if (c == SR_UC_OTHER || c == SR_UC_IDEO) {
      inword = 0; /* the character is read again between words */
      continue;
    }
    /* A joiner: it belongs to the word only with a word character after. */
    if (i + n < len) {
      size_t m;
      int after = word_class_at(u, len, i + n, &m);
      if (joins(c, last, after)) {
        last = after;
        i += n + m;
        continue;
      }
    }
    inword = 0;
    i += n;
  }
  return count;
}

/* ---- Sentences ----------------------------------------------------------- */

/* 1 for a sentence terminator, 2 for one that needs no space after it (CJK
 * full-width punctuation), 0 otherwise. */
static int terminator_kind(int cp) {
  switch (cp) {
  case '.': case '!': case '?': case 0x2026: case 0x061F: case 0x06D4:
  case 0x0964: case 0x0965: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
    return 1;
  case 0x3002: case 0xFF01: case 0xFF0E: case 0xFF1F: case 0xFF61:
    return 2;
  default:
    return 0;
  }
}

static int is_closer(int cp) {
  switch (cp) {
  case '"': case '\'': case ')': case ']': case '}':
  case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
  case 0xFF09: case 0x3011:
    return 1;
  default:
    return 0;
  }
}

static int is_opener(int cp) {
  switch (cp) {
  case '"': case '\'': case '(': case '[': case '{':
  case 0x2018: case 0x201C: case 0x00AB: case 0x2039: case 0x300C: case 0x300E:
  case 0xFF08: case 0x3010:
    return 1;
  default:
    return 0;
  }
}

/* Abbreviations whose full stop ends no sentence.  Case matters: "No." is an
 * abbreviation, "no." the end of "I said no.". */
static const char *const abbreviations[] = {
  /* Indonesian and Malay */
  "Jl", "jl", "Jln", "jln", "Gg", "No", "Kec", "kec", "Kab", "kab", "Kel", "kel",
  "Prov", "prov", "Ds", "dr", "Dr", "drg", "Drg", "drh", "Drs", "Dra", "Ir", "H",
  "Hj", "KH", "Ust", "Rp", "rp", "dll", "dsb", "dst", "dkk", "dll", "Sdr", "Sdri",
  "Bpk", "Bp", "Yth", "ybs", "Ny", "Nn", "Tn", "Hal", "hlm", "tgl", "Tgl", "Telp",
  "telp", "Kol", "Jend", "Brigjen", "Mayjen", "Letjen", "Kombes", "Kapt", "Pol",
  "Prof", "Sen", "Tun", "Dato", "Datuk",
  /* English */
  "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Gen", "Rep",
  "Gov", "Capt", "Lt", "Col", "Sgt", "Mt", "Ave", "Fig", "fig", "Vol", "vol",
  "vs", "etc", "approx", "cf", "ca", "Nos", "Dept", "Univ",
};

/* True when the full stop at j ends an abbreviation that started after lo. */
static int is_abbreviation(const unsigned char *u, size_t len, size_t lo, size_t j) {
  size_t t = j;
  while (t > lo && ((u[t - 1] | 0x20) >= 'a' && (u[t - 1] | 0x20) <= 'z')) t--;
  /* Dotted abbreviations: letters and full stops ("U.S", "a.n", "S.Kom"). */
  size_t d = t;
  while (d > lo + 1 && u[d - 1] == '.' && ((u[d - 2] | 0x20) >= 'a' && (u[d - 2] | 0x20) <= 'z')) {
    d--;
    while (d > lo && ((u[d - 1] | 0x20) >= 'a' && (u[d - 1] | 0x20) <= 'z')) d--;
  }
  if (t == j) return 0;
  if (d > lo) {
    /* The token must start the text or follow a non-letter. */
    size_t p = char_before(u, lo, d), n;
    int c = word_class_at(u, len, p, &n);
    if (is_word_body(c) || c == SR_UC_IDEO) return 0;
  }
  if (d < t) {
    /* "a.n", "U.S", "S.H", "M.Si", "S.Kom": the first part at most two
     * letters, the others at most three. */
    size_t seg = 0, limit = 2;
    for (size_t p = d; p < j; p++) {
      if (u[p] == '.') {
        seg = 0;
        limit = 3;
      } else if (++seg > limit) {
        return 0;
      }
    }
    return 1;
  }
  size_t n = j - t;
  if (n == 1 && u[t] >= 'A' && u[t] <= 'Z') return 1; /* an initial */
  for (size_t k = 0; k < sizeof abbreviations / sizeof abbreviations[0]; k++) {
    const char *a = abbreviations[k];
    if (strlen(a) == n && memcmp(a, u + t, n) == 0) return 1;
  }
  return 0;
}

/* Trims white space off the end of [lo, e). */
static size_t trim_end(const unsigned char *u, size_t len, size_t lo, size_t e) {
  while (e > lo) {
    size_t p = char_before(u, lo, e), n;
    if (!is_space_cp(cp_at(u, len, p, &n)) || p + n != e) break;
    e = p;
  }
  return e;
}

/* Skips white space from i; stops at a line break when stop_at_nl. */
static size_t skip_space(const unsigned char *u, size_t len, size_t i, int stop_at_nl) {
  while (i < len) {
    size_t n;
    int cp = cp_at(u, len, i, &n);
    if (!is_space_cp(cp) || (stop_at_nl && (cp == '\n' || cp == '\r'))) break;
    i += n;
  }
  return i;
}

int sr_sentence_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = skip_space(u, len, *pos, 0);
  if (i >= len) {
    *pos = len;
    return 0;
  }
  size_t b = i, j = i;
  while (j < len) {
    unsigned char ch = u[j];
    if (ch == '\n' || ch == '\r') {
      size_t k = j + 1;
      if (ch == '\r' && k < len && u[k] == '\n') k++;
      size_t q = skip_space(u, len, k, 1);
      int blank = q >= len || u[q] == '\n' || u[q] == '\r';
      size_t n;
      if (!blank && sr_unicode_is_lower(cp_at(u, len, q, &n))) {
        j = k; /* a wrapped line goes on */
        continue;
      }
      *start = b;
      *stop = trim_end(u, len, b, j);
      *pos = k;
      return 1;
    }
    if (ch < 0x80 && ch != '.' && ch != '!' && ch != '?') {
      j++;
      continue;
    }
    size_t n;
    int cp = cp_at(u, len, j, &n);
    int kind = terminator_kind(cp);
    if (!kind) {
      j += n;
      continue;
    }
    size_t k = j + n, m;
    int terms = 1;
    while (k < len && terminator_kind(cp_at(u, len, k, &m)) != 0) {
      k += m;
      terms++;
    }
    while (k < len && is_closer(cp_at(u, len, k, &m))) k += m;
    if (kind == 1 && k < len && !is_space_cp(cp_at(u, len, k, &m))) {
      j = k; /* "detik.com", "5.000", "U.S.A": not an end */
      continue;
    }
    if (cp == '.' && terms == 1 && is_abbreviation(u, len, b, j)) {
      j = k;
      continue;
    }
    /* A lower-case word after the terminator continues the sentence:
     * '"Kenapa?" tanya dia', "dll. dan". */
    size_t q = skip_space(u, len, k, 0);
    while (q < len && is_opener(cp_at(u, len, q, &m))) q += m;
    if (q < len && sr_unicode_is_lower(cp_at(u, len, q, &m))) {
      j = k;
      continue;
    }
    *start = b;
    *stop = *pos = k;
    return 1;
  }
  *start = b;
  *stop = trim_end(u, len, b, len);
  *pos = len;
  return 1;
}

/* ---- Lines and paragraphs ------------------------------------------------ */

int sr_line_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop) {
  size_t b = *pos;
  if (b >= len) return 0;
  const char *nl = memchr(s + b, '\n', len - b);
  size_t e = nl ? (size_t)(nl - s) : len;
  *start = b;
  *stop = (e > b && s[e - 1] == '\r') ? e - 1 : e;
  *pos = nl ? e + 1 : len;
  return 1;
}

/* True when the line [b, e) holds only white space. */
static int is_blank(const unsigned char *u, size_t b, size_t e) {
  return skip_space(u, e, b, 0) >= e;
}

int sr_paragraph_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = *pos, a, e;
  for (;;) {
    size_t lineb = i;
    if (!sr_line_next(s, len, &i, &a, &e)) {
      *pos = len;
      return 0;
    }
    if (!is_blank(u, a, e)) {
      *start = lineb;
      break;
    }
  }
  *stop = e;
  for (;;) {
    size_t next = i;
    if (!sr_line_next(s, len, &next, &a, &e) || is_blank(u, a, e)) break;
    *stop = e;
    i = next;
  }
  *pos = i;
  return 1;
}

static int token_space(int cp, const int *seps, size_t nseps) {
  if (cp == 0x85) return 1;
  utf8proc_category_t c = utf8proc_category(cp);
  if (c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP) return 1;
  for (size_t k = 0; k < nseps; k++)
    if (seps[k] == cp) return 1;
  return 0;
}

/* One character of sr_token_count's scalar path at u[i]; returns its length.
 * *sp: the previous character is white space (or there is none); *counted:
 * the current run already holds a token character. */
static size_t token_step(const unsigned char *u, size_t len, size_t i, const unsigned char *cls,
                         const int *seps, size_t nseps, int *sp, int *counted, size_t *count) {
  int space, tok;
  size_t n = 1;
  if (u[i] < 0x80) {
    space = cls[u[i]] == 2;
    tok = cls[u[i]] == 0;
  } else {
    int cp;
    n = sr_utf8_decode(u + i, len - i, &cp);
    if (n == 0) {
      n = 1;
      space = 0;
    } else {
      space = token_space(cp, seps, nseps);
    }
    tok = !space;
  }
  if (space) {
    *sp = 1;
    *counted = 0;
  } else {
    if (tok && !*counted) {
      (*count)++;
      *counted = 1;
    }
    *sp = 0;
  }
  return n;
}

size_t sr_token_count(const char *s, size_t len, const int *seps, size_t nseps) {
  /* ASCII classes: 0 a token character, 1 ASCII punctuation (part of a run
   * but no token alone), 2 white space (ASCII separators of seps too). */
  unsigned char cls[128];
  int ascii_seps = 0;
  for (int c = 0; c < 128; c++)
    cls[c] = (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) ? 2
             : ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
                (c >= '{' && c <= '~'))
                 ? 1
                 : 0;
  for (size_t k = 0; k < nseps; k++)
    if (seps[k] >= 0 && seps[k] < 128) {
      cls[seps[k]] = 2;
      ascii_seps = 1;
    }
  const unsigned char *u = (const unsigned char *)s;
  size_t count = 0, i = 0;
  int sp = 1, counted = 0;
#if defined(__SSE2__)
  /* Sixteen ASCII bytes at once when every run starting among them starts
   * with a token character: then each run start is a token.  Blocks with
   * non-ASCII bytes, or with a run starting with punctuation, or entered in
   * a run of punctuation alone, go through the scalar path. */
  while (!ascii_seps && len - i >= 16) {
    size_t end = i + 16;
    if (sp || counted) {
      __m128i v = _mm_loadu_si128((const __m128i *)(u + i));
      unsigned nonascii = (unsigned)_mm_movemask_epi8(v);
      if (!nonascii) {
#define SR_RANGE(lo, hi) _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)((lo) - 1))), \
                                       _mm_cmplt_epi8(v, _mm_set1_epi8((char)((hi) + 1))))
        __m128i spc = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), SR_RANGE(0x09, 0x0d)),
                                   SR_RANGE(0x1c, 0x1f));
        __m128i pun = _mm_or_si128(_mm_or_si128(SR_RANGE(0x21, 0x2f), SR_RANGE(0x3a, 0x40)),
                                   _mm_or_si128(SR_RANGE(0x5b, 0x60), SR_RANGE(0x7b, 0x7e)));
#undef SR_RANGE
        unsigned S = (unsigned)_mm_movemask_epi8(spc);
        unsigned P = (unsigned)_mm_movemask_epi8(pun);
        unsigned starts = ~S & ((S << 1) | (unsigned)sp) & 0xFFFFu;
        if (!(starts & P)) {
          count += (size_t)__builtin_popcount(starts);
          sp = (int)((S >> 15) & 1);
          counted = !sp;
          i = end;
          continue;
        }
      }
    }
    while (i < end) i += token_step(u, len, i, cls, seps, nseps, &sp, &counted, &count);
  }
#endif
  (void)ascii_seps;
  while (i < len) i += token_step(u, len, i, cls, seps, nseps, &sp, &counted, &count);
  return count;
}
