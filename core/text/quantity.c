/* Quantities of a news text (see quantity.h).
 *
 * Every run of digits, full stops and commas that starts with a digit is a
 * candidate number (trailing stops and commas are punctuation).  It is a
 * quantity unless it is
 *   - glued to a word or an identifier (AK-12, COVID-19, G20), except after
 *     a currency sign (Rp5.000, US$2) or before a glued unit or scale
 *     ("1,400MW", "RM45.6bil"; a bare one-letter scale only after a sign);
 *   - a telephone number ("0333-412 567", "(021) 555 1234", "+62 812 ...");
 *   - a date, a clock time, a score or a range ("17/6/2025", "12:30",
 *     "10-15"; "07.00" outside English), or joined by a hyphen to a duration
 *     or a decade ("5-year", "1990-an"; "40-megawatt" is a measure);
 *   - in parentheses alone ("(45)"), longer than 15 characters, or opened by
 *     "0" and three digits;
 *   - a list number at a line start ("1. Item");
 *   - after a word such as "tanggal", "page", "aged" or a month name (but
 *     not before a percent or ratio word: "level 2,1 kali"), or the
 *     upper end of a range opened by such a number ("aged 60 to 74"; a
 *     number glued to a word, "FY2025", opens no range);
 *   - the lower end of a range of days ("24 sampai 26 Desember");
 *   - an age in apposition ("Maria Lamba, 41, a farmer");
 *   - before a month name (a date, whose year is skipped too), a duration
 *     ("3 bulan", "2 juta tahun"; but "2 juta tahun lalu" is an amount of
 *     last year), "am" or "pm" (without a currency sign);
 *   - a year (1900 to 2100 without a scale, sign or unit, or with a unit
 *     that is not a count noun such as "orang");
 *   - a hyphenated measure before a size noun ("20-foot container");
 *   - after a bound word that follows a noun of people ("people over 60");
 *   (after the article "a" or "an", a glued scale letter without a sign
 *   is a unit: "a 650m stretch" is 650);
 *   - one or two digits after a word of two to five capitals ("KW 2"), a
 *     grade or a unit's number, unless a percent, ratio or scale word
 *     follows;
 *   - a bare "P" before it but no scale word after it.
 * A quantity's unit is a glued or hyphenated unit, "%", or the word after
 * the number or after its scale word, when that word is lower case and not
 * a function word.  Scale words multiply the value ("1,3 juta").
 *
 * The value follows the language's separators: Indonesian writes "5.000"
 * for five thousand and "1,3" for 1.3, English and Malay "5,000" and "1.3";
 * a number with both takes the later one as the decimal separator, and a
 * lone "0" before a separator never opens a thousands group ("0.955").  A
 * clock-like "2.14" before a scale or percent word is an amount.
 *
 * This is a port of the Lua finder the news pipeline had first, and it
 * gives the same spans and values bit for bit: every character class below
 * is the C locale's ASCII class Lua's patterns use (%u %l %a %d %s), "lower
 * case" is ASCII-only like string.lower, positions are 1-based inclusive
 * like string.sub's, and a value is computed as Lua did: an integer when the
 * digits have no fraction, else strtod of the same digits and full stop,
 * times the scale with Lua's arithmetic, then made an integer when the
 * result is integral (math.tointeger); since the port, a product of a scale
 * word within a billionth of an integer is rounded to it ("16,9 triliun").
 * The comments name the Lua pattern a piece of code stands for where that
 * helps checking it.
 */
#include "text/quantity.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/hash.h"
#include "text/wordtab.h"

/* ------------------------------------------------------------------------
 * Byte classes (C locale, as Lua's %u %l %a %d %s); c may be -1 for "no
 * byte", which is in no class.
 * ---------------------------------------------------------------------- */

static inline int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static inline int is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static inline int is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline unsigned char to_lower(unsigned char c) {
  return is_upper(c) ? (unsigned char)(c + 32) : c;
}

/* ------------------------------------------------------------------------
 * The word table: one open-addressing hash table for every list, each word
 * with a bit per list and its factors.
 * ---------------------------------------------------------------------- */

#define BIT(l) (1u << (l))

typedef struct entry {
  sr_wordtab_key k;
  uint32_t flags;
  sr_qty_num scale, glued; /* with BIT(SR_QTY_SCALE), BIT(SR_QTY_GLUED) */
} entry;

/* A currency sign written before a number. */
typedef struct sign {
  char s[SR_QTY_WORD_MAX + 1];
  size_t len;
  int dot;  /* may take a full stop */
  int bare; /* SR_QTY_BARE_CURRENCY */
} sign;

struct sr_qty {
  sr_wordtab words; /* every list's words, one entry each */
  sign *signs; /* owned; in the order added */
  size_t nsigns;
  /* The bytes a currency sign can end with (its last byte, or the full
   * stop it may take): a number whose previous byte (before at most one
   * space) is none of them has no sign, without trying the signs. */
  unsigned char sign_last[256];
};

struct sr_qty_work {
  sr_qty_span *v; /* owned */
  size_t n, cap;
};

static const entry *lookup(const sr_qty *q, const void *p, size_t len) {
  return sr_wordtab_get_sized(&q->words, p, len, sizeof(entry));
}

/* The entry of the ASCII lower case of text[a..b] (1-based, inclusive)
 * followed by `suffix` (a NUL-terminated string, maybe ""); NULL when the
 * word is in no list. */
static const entry *lookup_lower(const sr_qty *q, const unsigned char *t, size_t a, size_t b,
                                 const char *suffix) {
  size_t n = b - a + 1, sn = strlen(suffix);
  if (n + sn > SR_QTY_WORD_MAX) return NULL;
  char buf[SR_QTY_WORD_MAX];
  for (size_t i = 0; i < n; i++) buf[i] = (char)to_lower(t[a - 1 + i]);
  memcpy(buf + n, suffix, sn);
  return lookup(q, buf, n + sn);
}

static uint32_t flags_lower(const sr_qty *q, const unsigned char *t, size_t a, size_t b) {
  const entry *e = lookup_lower(q, t, a, b, "");
  return e ? e->flags : 0;
}

/* The entry of a word, made (with no flags) when missing; NULL when out of
 * memory. */
static entry *intern(sr_qty *q, const char *p, size_t len) {
  return sr_wordtab_intern(&q->words, p, len);
}

sr_qty *sr_qty_new(void) {
  sr_qty *q = calloc(1, sizeof *q);
  if (!q) return NULL;
  if (sr_wordtab_init(&q->words, sizeof(entry), 64) < 0) {
    free(q);
    return NULL;
  }
  return q;
}

void sr_qty_free(sr_qty *q) {
  if (!q) return;
  sr_wordtab_free(&q->words);
  free(q->signs);
  free(q);
}

static int add_sign(sr_qty *q, sr_qty_list list, const char *w, size_t len) {
  for (size_t i = 0; i < q->nsigns; i++) {
    sign *g = &q->signs[i];
    if (g->len == len && memcmp(g->s, w, len) == 0) {
      /* The same sign in two lists: a dotted sign stays a sign, and a
       * sign listed as a full one is not bare. */
      if (list == SR_QTY_CURRENCY_DOT) g->dot = 1;
      if (list != SR_QTY_BARE_CURRENCY) g->bare = 0;
      if (g->dot) q->sign_last['.'] = 1;
      return 0;
    }
  }
  sign *ns = realloc(q->signs, (q->nsigns + 1) * sizeof *ns);
  if (!ns) return SR_ENOMEM;
  q->signs = ns;
  sign *g = &ns[q->nsigns++];
  memcpy(g->s, w, len);
  g->s[len] = '\0';
  g->len = len;
  g->dot = list == SR_QTY_CURRENCY_DOT;
  g->bare = list == SR_QTY_BARE_CURRENCY;
  q->sign_last[(unsigned char)w[len - 1]] = 1;
  if (g->dot) q->sign_last['.'] = 1;
  return 0;
}

int sr_qty_add(sr_qty *q, sr_qty_list list, const char *word, size_t len,
               const sr_qty_num *factor) {
  if (!q || (unsigned)list >= SR_QTY_NLISTS || !word || len == 0 || len > SR_QTY_WORD_MAX)
    return SR_EINVAL;
  if ((list == SR_QTY_SCALE || list == SR_QTY_GLUED) && !factor) return SR_EINVAL;
  if (list == SR_QTY_CURRENCY || list == SR_QTY_CURRENCY_DOT || list == SR_QTY_BARE_CURRENCY)
    return add_sign(q, list, word, len);
  entry *e = intern(q, word, len);
  if (!e) return SR_ENOMEM;
  e->flags |= BIT(list);
  if (list == SR_QTY_SCALE) e->scale = *factor;
  if (list == SR_QTY_GLUED) e->glued = *factor;
  return 0;
}

sr_qty_work *sr_qty_work_new(void) { return calloc(1, sizeof(sr_qty_work)); }

void sr_qty_work_free(sr_qty_work *w) {
  if (!w) return;
  free(w->v);
  free(w);
}

/* ------------------------------------------------------------------------
 * Finding
 * ---------------------------------------------------------------------- */

typedef struct ctx {
  const sr_qty *q;
  const unsigned char *t;
  size_t n;
} ctx;

/* The byte at 1-based i, or -1 outside the text. */
static inline int at(const ctx *c, size_t i) {
  return i >= 1 && i <= c->n ? c->t[i - 1] : -1;
}

/* string.byte(text, i) for i >= -1, with Lua's rule that position 0 means
 * the first byte and -1 the last. */
static inline int lua_byte(const ctx *c, long long i) {
  if (c->n == 0) return -1;
  if (i == 0) return c->t[0];
  if (i == -1) return c->t[c->n - 1];
  return at(c, (size_t)i);
}

enum { CUR_NONE = 0, CUR_YES, CUR_BARE };

/* Whether a number is written with comma thousands groups: one to three
 * digits, then one or more groups of a comma and three digits ("5,000",
 * "1,250,000"). */
static int comma_grouped(const char *num, size_t len) {
  size_t i = 0;
  while (i < len && is_digit((unsigned char)num[i])) i++;
  if (i == 0 || i > 3 || i == len) return 0;
  while (i < len) {
    if (num[i] != ',' || i + 4 > len) return 0;
    for (size_t k = 1; k <= 3; k++)
      if (!is_digit((unsigned char)num[i + k])) return 0;
    i += 4;
  }
  return 1;
}

/* Whether text[lo..hi] ends with `s` (len bytes) then an optional full stop
 * (when dot) and an optional white space, within the window. */
static int sign_ends(const ctx *c, size_t lo, size_t hi, const sign *g, int *bare_ok) {
  for (int sp = 1; sp >= 0; sp--) {
    for (int dt = g->dot; dt >= 0; dt--) {
      size_t tail = (size_t)sp + (size_t)dt;
      size_t need = g->len + tail;
      if (hi < lo || hi - lo + 1 < need) continue;
      size_t st = hi - need + 1;
      if (sp && !is_space(c->t[hi - 1])) continue;
      if (dt && c->t[st + g->len - 1] != '.') continue;
      if (memcmp(c->t + st - 1, g->s, g->len) != 0) continue;
      if (g->bare) {
        /* "%f[%a]P$": no white space or full stop, a sign starting with a
         * letter, and no letter before it inside the window. */
        if (tail) continue;
        int prev = st > lo ? c->t[st - 2] : 0;
        if (!is_alpha((unsigned char)g->s[0]) || is_alpha(prev)) continue;
        *bare_ok = 1;
        continue;
      }
      return 1;
    }
  }
  return 0;
}

/* The currency sign before the number at s: CUR_YES, CUR_BARE (only a bare
 * sign such as "P") or CUR_NONE.  Lua read the five bytes before s and
 * tried the patterns "Rp%.?%s?$", "IDR%s?$", ..., "%f[%a]P$" in order. */
static int currency_before(const ctx *c, size_t s) {
  int b = lua_byte(c, (long long)s - 1);
  if (b >= 0 && is_space(b)) b = lua_byte(c, (long long)s - 2);
  if (b < 0 || !c->q->sign_last[b]) return CUR_NONE;
  size_t lo = s > 5 ? s - 5 : 1, hi = s - 1;
  int bare = 0;
  for (size_t i = 0; i < c->q->nsigns; i++)
    if (sign_ends(c, lo, hi, &c->q->signs[i], &bare)) return CUR_YES;
  return bare ? CUR_BARE : CUR_NONE;
}

/* Where the sign before s starts: Lua's leftmost match of
 * "[%u%$\xE2\xC2][%a%$\x82\xAC\xA3\xA5]*%.?%s?$" in the five bytes before s,
 * or s when none. */
static size_t sign_start(const ctx *c, size_t s) {
  size_t lo = s > 5 ? s - 5 : 1;
  for (size_t i = lo; i < s; i++) {
    int ch = c->t[i - 1];
    if (!(is_upper(ch) || ch == '$' || ch == 0xE2 || ch == 0xC2)) continue;
    size_t m = i + 1;
    while (m < s) {
      int d = c->t[m - 1];
      if (!(is_alpha(d) || d == '$' || d == 0x82 || d == 0xAC || d == 0xA3 || d == 0xA5)) break;
      m++;
    }
    size_t rem = s - m;
    if (rem == 0 || (rem == 1 && (c->t[m - 1] == '.' || is_space(c->t[m - 1]))) ||
        (rem == 2 && c->t[m - 1] == '.' && is_space(c->t[m])))
      return i;
  }
  return s;
}

/* The end of a telephone number starting at s (Lua's phone_end): digit
 * groups joined by spaces, dashes, dots or an area code in parentheses,
 * opened by a trunk "0" or a "+", with at least seven digits and one space,
 * dash or parenthesis.  0 when the number is not a phone. */
static size_t phone_end(const ctx *c, size_t s, int b) {
  if (!(b == '+' || (at(c, s) == '0' && is_digit(at(c, s + 1))))) return 0;
  size_t r = s; /* "^[%d%(%)%-%. ]*%d" */
  for (;;) {
    int ch = at(c, r);
    if (!(is_digit(ch) || ch == '(' || ch == ')' || ch == '-' || ch == '.' || ch == ' ')) break;
    r++;
  }
  size_t pe = r - 1;
  while (pe >= s && !is_digit(at(c, pe))) pe--;
  if (pe < s) return 0;
  size_t digits = 0;
  int joined = 0;
  for (size_t i = s; i <= pe; i++) {
    int ch = at(c, i);
    if (is_digit(ch)) digits++;
    else if (ch == '(' || ch == ')' || ch == '-' || ch == ' ') joined = 1;
  }
  if (digits < 7 || !joined) return 0;
  if (b == '+') return pe;
  if (at(c, s) == '0') { /* "^0%d+[%)%-%. ]" on the run */
    size_t j = s + 1;
    if (j <= pe && is_digit(at(c, j))) {
      while (j <= pe && is_digit(at(c, j))) j++;
      int ch = at(c, j);
      if (j <= pe && (ch == ')' || ch == '-' || ch == '.' || ch == ' ')) return pe;
    }
  }
  if (s > 1 && at(c, s - 1) == '(') return pe;
  return 0;
}

/* Lua's word_at: "^%s*([%a%%][%a%-]*)" from pos; returns 1 with the word's
 * offsets, or 0. */
static int word_at(const ctx *c, size_t pos, size_t *ws, size_t *we) {
  size_t i = pos;
  while (is_space(at(c, i))) i++;
  int ch = at(c, i);
  if (!(is_alpha(ch) || ch == '%')) return 0;
  size_t j = i + 1;
  while (is_alpha(at(c, j)) || at(c, j) == '-') j++;
  *ws = i;
  *we = j - 1;
  return 1;
}

/* Lua's prev_word: "([%a%.]+)%s*$" in the twenty bytes before s, lower
 * cased and without one final full stop; looked up in the table.  Returns
 * the word's flags (0 when there is no word). */
static uint32_t prev_word_flags(const ctx *c, size_t s) {
  size_t lo = s > 20 ? s - 20 : 1;
  if (s - 1 < lo) return 0;
  size_t k = s - 1;
  while (k >= lo && is_space(at(c, k))) k--;
  if (k < lo) return 0;
  int ch = at(c, k);
  if (!(is_alpha(ch) || ch == '.')) return 0;
  size_t i = k;
  while (i > lo && (is_alpha(at(c, i - 1)) || at(c, i - 1) == '.')) i--;
  if (at(c, k) == '.') {
    if (k == i) return 0; /* the word was "." */
    k--;
  }
  return flags_lower(c->q, c->t, i, k);
}

/* The article "a" or "an" and one space right before s, at the start of
 * the text or after a non-letter. */
static int article_before(const ctx *c, size_t s) {
  if (s < 3 || at(c, s - 1) != ' ') return 0;
  size_t k = s - 2;
  if (to_lower(at(c, k)) == 'n') k--;
  if (to_lower(at(c, k)) != 'a') return 0;
  return k == 1 || !is_alpha(at(c, k - 1));
}

/* One space, then two to five capitals right before s, with no letter,
 * digit or hyphen before them ("grade KW 2"). */
static int caps_label_before(const ctx *c, size_t s) {
  if (s < 4 || at(c, s - 1) != ' ') return 0;
  size_t k = s - 2, i = k;
  while (i >= 1 && is_upper(at(c, i)) && k - i < 6) i--;
  size_t len = k - i;
  if (len < 2 || len > 5) return 0;
  int p = at(c, i);
  return !(is_alpha(p) || is_digit(p) || p == '-' || p >= 128);
}

/* The word before the word before s ("people" in "people over 60") has
 * the PEOPLE flag.  (Only asked when the word right before s is an
 * AGE_BOUNDS word.) */
static int people_before_bound(const ctx *c, size_t s) {
  size_t k = s - 1;
  while (k >= 1 && is_space(at(c, k))) k--;
  while (k >= 1 && is_alpha(at(c, k))) k--; /* the bound word */
  while (k >= 1 && is_space(at(c, k))) k--;
  if (k < 1 || !is_alpha(at(c, k))) return 0;
  size_t i = k;
  while (i > 1 && is_alpha(at(c, i - 1)) && k - i < 24) i--;
  return (flags_lower(c->q, c->t, i, k) & BIT(SR_QTY_PEOPLE)) != 0;
}

/* "%u[%l%-']*%l, $" in the thirty bytes before s: a capitalised name and a
 * comma ("Maria Lamba, 41"). */
static int name_comma_before(const ctx *c, size_t s) {
  size_t lo = s > 30 ? s - 30 : 1;
  if (s < lo + 4) return 0; /* at least "Ab, " */
  size_t hi = s - 1;
  if (at(c, hi) != ' ' || at(c, hi - 1) != ',' || !is_lower(at(c, hi - 2))) return 0;
  size_t j = hi - 3;
  while (j >= lo && (is_lower(at(c, j)) || at(c, j) == '-' || at(c, j) == '\'')) j--;
  return j >= lo && is_upper(at(c, j));
}

/* The number ending at e opens a range of days whose upper end is a date:
 * a connecting word or dash, a day of one or two digits and a capitalised
 * month name ("24 sampai 26 Desember", "3 to 5 June", "10 \xE2\x80\x93 12
 * Mei"). */
static int range_to_date(const ctx *c, size_t e) {
  static const char *const CONNECT[] = {" sampai ", " hingga ", " to ", " until ", " and ",
                                        " dan ", " - ", " \xE2\x80\x93 ", "\xE2\x80\x93"};
  size_t p = 0;
  for (size_t k = 0; k < sizeof CONNECT / sizeof *CONNECT; k++) {
    size_t len = strlen(CONNECT[k]);
    if (e + len <= c->n && memcmp(c->t + e, CONNECT[k], len) == 0) {
      p = e + len + 1; /* 1-based position after the connector */
      break;
    }
  }
  if (!p || !is_digit(at(c, p))) return 0;
  size_t d = p;
  while (is_digit(at(c, d))) d++;
  if (d - p > 2 || !is_space(at(c, d))) return 0;
  size_t wa, wb;
  if (!word_at(c, d, &wa, &wb) || !is_upper(at(c, wa))) return 0;
  return (flags_lower(c->q, c->t, wa, wb) & BIT(SR_QTY_MONTHS)) != 0;
}

/* The time unit ending at wb names a point in time, not a length: "tahun
 * lalu" (last year), "bulan depan", "tahun ini".  "2.14 juta tahun lalu" is
 * 2.14 million last year, where "2 juta tahun" alone would be a duration. */
static int time_reference(const ctx *c, size_t wb) {
  static const char *const WORDS[] = {"lalu", "lepas", "depan", "ini", "sebelumnya"};
  size_t wa2, wb2;
  if (!word_at(c, wb + 1, &wa2, &wb2)) return 0;
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++) {
    size_t len = strlen(WORDS[k]);
    if (wb2 + 1 - wa2 == len && memcmp(c->t + wa2 - 1, WORDS[k], len) == 0) return 1;
  }
  return 0;
}

static int num_is_one(const sr_qty_num *v) { return v->is_int ? v->i == 1 : v->d == 1.0; }

/* Lua's value_of: the value of the digits num[0..len) (a digit first and
 * last; digits, full stops and commas between) by the separator
 * convention, or 0 when they are no number. */
static int value_of(const char *num, size_t len, int lang_id, int scaled, sr_qty_num *out) {
  const char *dot = memchr(num, '.', len), *comma = memchr(num, ',', len);
  char buf[40];
  size_t n = 0, frac_at = 0; /* buf[0..n): the digits, with a full stop at frac_at when nonzero */
  int split = 0;             /* the separator that splits integer and fraction, or 0 */
  int drop = 0;              /* the separator dropped as a group separator, or 0 */
  if (len >= sizeof buf) return 0;
  if (dot && comma) {
    if (dot > comma) { /* 1,234.5: "^(%d+)%.?(%d*)$" without the commas */
      drop = ',';
      split = '.';
    } else { /* 1.234,5 */
      drop = '.';
      split = ',';
    }
  } else if (dot || comma) {
    int sep = dot ? '.' : ',';
    const char *first = dot ? dot : comma;
    size_t k = (size_t)(first - num);
    /* "^%d%d?%d?%.%d%d%d$" or "^%d%d?%d?%.%d%d%d%.[%d.]+$" */
    /* (a lone "0" before the separator never opens a thousands group:
     * "S$0.955" is a price under one dollar in every language) */
    int grouped = k >= 1 && k <= 3 && !(k == 1 && num[0] == '0') && len >= k + 4 &&
                  is_digit(num[k + 1]) &&
                  is_digit(num[k + 2]) && is_digit(num[k + 3]) &&
                  (len == k + 4 || (num[k + 4] == sep && len > k + 5));
    int two = memchr(first + 1, sep, len - k - 1) != NULL;
    int group;
    if (sep == '.')
      group = grouped && !(scaled && !lang_id && !two);
    else
      group = grouped && (!lang_id || two);
    if (group) {
      drop = sep;
    } else { /* "^(%d+)%.(%d+)$": one separator between digits */
      if (two) return 0;
      split = sep;
    }
  }
  int seen_split = 0;
  for (size_t i = 0; i < len; i++) {
    char ch = num[i];
    if (ch == drop) continue;
    if (ch == split && split) {
      if (seen_split) return 0;
      seen_split = 1;
      frac_at = n;
      buf[n++] = '.';
      continue;
    }
    if (!is_digit((unsigned char)ch)) return 0;
    buf[n++] = ch;
  }
  buf[n] = '\0';
  if (seen_split && frac_at == n - 1) { /* an empty fraction: the integer alone */
    n--;
    buf[n] = '\0';
    seen_split = 0;
  }
  if (seen_split) {
    out->is_int = 0;
    out->d = strtod(buf, NULL);
    out->i = 0;
  } else {
    /* At most 15 digits (longer numbers are no quantity): an integer. */
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (buf[i] - '0');
    out->is_int = 1;
    out->i = v;
    out->d = 0;
  }
  return 1;
}

/* v * scale with Lua's arithmetic, then math.tointeger when integral. */
static sr_qty_num scaled_value(sr_qty_num v, sr_qty_num scale) {
  sr_qty_num r = {0, 0, 0};
  if (v.is_int && scale.is_int) {
    r.is_int = 1;
    r.i = (int64_t)((uint64_t)v.i * (uint64_t)scale.i);
    return r;
  }
  double a = v.is_int ? (double)v.i : v.d;
  double b = scale.is_int ? (double)scale.i : scale.d;
  double d = a * b;
  /* A decimal amount times a scale word of a thousand or more ("16,9
   * triliun") is a whole number that the float product may miss by a
   * rounding error (16899999999999.998): a product within a billionth of
   * an integer is that integer. */
  if (b >= 1000.0 && b < 9e18 && (double)(int64_t)b == b && d > 0 && d < 9e18) {
    double r0 = (double)(int64_t)(d + 0.5);
    if (r0 - d < 1e-9 * d && d - r0 < 1e-9 * d) d = r0;
  }
  /* F2Ieq: an integral float in the range of a Lua integer. */
  if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && (double)(int64_t)d == d) {
    r.is_int = 1;
    r.i = (int64_t)d;
  } else {
    r.d = d;
  }
  return r;
}

static int push(sr_qty_work *w, const sr_qty_span *sp) {
  if (w->n == w->cap) {
    size_t ncap = w->cap ? w->cap * 2 : 16;
    sr_qty_span *nv = realloc(w->v, ncap * sizeof *nv);
    if (!nv) return SR_ENOMEM;
    w->v = nv;
    w->cap = ncap;
  }
  w->v[w->n++] = *sp;
  return 0;
}

/* text[a..b] equals the NUL-terminated s. */
static int span_is(const ctx *c, size_t a, size_t b, const char *s) {
  size_t n = strlen(s);
  return b + 1 - a == n && memcmp(c->t + a - 1, s, n) == 0;
}

long sr_qty_find_all(const sr_qty *q, sr_qty_work *w, const char *text, size_t len,
                     const char *lang, const sr_qty_span **spans) {
  ctx cx = {q, (const unsigned char *)text, len};
  const ctx *c = &cx;
  const unsigned char *t = cx.t;
  size_t n = len;
  int lang_id = !lang || strcmp(lang, "id") == 0;
  int lang_en = lang && strcmp(lang, "en") == 0;
  const sr_qty_num ONE = {1, 1, 0};
  size_t pos = 1;
  long long last_excl_end = -10;
  w->n = 0;
  for (;;) {
    /* find_number: "%d[%d.,]*" */
    size_t s = pos;
    while (s <= n && !is_digit(t[s - 1])) s++;
    if (s > n) break;
    size_t e = s;
    while (e < n && (is_digit(t[e]) || t[e] == '.' || t[e] == ',')) e++;
    pos = e + 1;
    while (e > s && (t[e - 1] == '.' || t[e - 1] == ',')) e--;
    const char *num = text + s - 1;
    size_t numlen = e - s + 1;
    int b = s > 1 ? t[s - 2] : 32;
    int a = e < n ? t[e] : 32;
    int a2 = e + 1 < n ? t[e + 1] : 32;
    int ok = 1;
    int cur = CUR_NONE;
    int glued = 0;
    int ident = 0; /* excluded as glued to a word before it ("FY2025") */
    sr_qty_num glued_scale = ONE;
    size_t glued_stop = 0;
    /* attached to a word or an identifier */
    if (b >= 128 && s > 3 && t[s - 4] == 0xE2) b = 32; /* a quote or dash sign, not a letter */
    if (is_alpha(b) || b == '-' || b == '/' || b == '#' || b == '_' || b >= 128) {
      cur = currency_before(c, s);
      ok = cur != CUR_NONE;
      ident = !ok;
    }
    /* "H+3", "H-7": days counted from a holiday, an identifier */
    if (ok && b == '+' && s > 2 && is_alpha(t[s - 3]) && (s == 3 || !is_alpha(t[s - 4])))
      ok = 0;
    /* 12' or 12’ (a minute or foot mark): goal minutes, not a quantity */
    if (ok && (a == '\'' || (a == 0xE2 && a2 == 0x80 && e + 2 < n &&
                             (t[e + 2] == 0x99 || t[e + 2] == 0xB2))))
      ok = 0;
    if (ok && is_alpha(a)) {
      size_t se = e + 1;
      while (se <= n && is_alpha(t[se - 1])) se++;
      const entry *g = lookup_lower(q, t, e + 1, se - 1, "");
      int nb = se <= n ? t[se - 1] : 32;
      if (g && (g->flags & BIT(SR_QTY_GLUED)) && !is_alnum(nb) &&
          (!(g->flags & BIT(SR_QTY_SCALE_GLUED)) || currency_before(c, s) == CUR_YES)) {
        glued = 1;
        glued_scale = g->glued;
        glued_stop = se - 1;
      } else if (g && (g->flags & BIT(SR_QTY_SCALE_GLUED)) && !is_alnum(nb) &&
                 article_before(c, s)) {
        /* "a 650m stretch", "a 5k run": after an article, a sign-less
         * glued scale letter is the measure's unit (metres, kilometres),
         * counted as written */
        glued = 1;
        glued_stop = se - 1;
      } else {
        ok = 0;
      }
    }
    if (ok && range_to_date(c, e)) ok = 0; /* "24 sampai 26 Desember" */
    if (ok && (b == '+' || b == '(' || num[0] == '0') && numlen < 8) {
      size_t pe = phone_end(c, s, b);
      if (pe) {
        ok = 0;
        pos = pe + 1;
      }
    }
    if (ok && (a == '-' || a == '/' || a == ':') && is_digit(a2)) {
      /* 17/6/2025, 12:30, 10-15: dates, times, scores and ranges */
      ok = 0;
      size_t de = s;
      while (de <= n && (is_digit(t[de - 1]) || t[de - 1] == '/' || t[de - 1] == ':' ||
                         t[de - 1] == '-' || t[de - 1] == '.'))
        de++;
      pos = de;
    }
    size_t hyph_len = 0;
    if (ok && a == '-' && is_alpha(a2)) {
      /* 1990-an, 5-year: no; 40-megawatt: a measure */
      size_t ws = e + 2, we = ws;
      while (we + 1 <= n && is_alpha(t[we])) we++;
      size_t wl = we - ws + 1;
      const entry *g = lookup_lower(q, t, ws, we, "");
      const entry *gs = lookup_lower(q, t, ws, we, "s");
      uint32_t f = g ? g->flags : 0, fs = gs ? gs->flags : 0;
      if ((wl > 2 || (f & BIT(SR_QTY_GLUED))) && !(f & BIT(SR_QTY_TIME_UNITS)) &&
          !(fs & BIT(SR_QTY_TIME_UNITS)) &&
          !(wl == 2 && to_lower(t[ws - 1]) == 'a' && to_lower(t[ws]) == 'n') &&
          !is_upper(t[ws - 1]))
        hyph_len = wl;
      else
        ok = 0;
    }
    if (ok && b == '(' && a == ')') ok = 0; /* (45) */
    if (ok && numlen > 15) ok = 0;
    if (ok && numlen >= 4 && num[0] == '0' && is_digit(num[1]) && is_digit(num[2]) &&
        is_digit(num[3]))
      ok = 0; /* phones */
    if (ok && (s == 1 || t[s - 2] == '\n') && (a == '.' || a == ')') && a2 == 32)
      ok = 0; /* a list number at a line start: "1. Item" */
    if (ok && cur == CUR_NONE) cur = currency_before(c, s);
    sr_qty_num scale = ONE;
    size_t stop = e, unit_a = 0, unit_b = 0;
    if (ok) {
      /* "^%d%d?[.:]%d%d$": 07.00, a clock time */
      int clock = (numlen == 4 || numlen == 5) && num[numlen - 3] == '.' &&
                  is_digit(num[numlen - 2]) && is_digit(num[numlen - 1]) && is_digit(num[0]) &&
                  (numlen == 4 || is_digit(num[1]));
      /* (not before a scale, percent or measure word: "2.14 juta",
       * "12.50 peratus" and "10.42 meter" are amounts written with a
       * decimal point; a clock time is never followed by a unit) */
      size_t ca, cb;
      if (clock && word_at(c, e + 1, &ca, &cb) &&
          (flags_lower(q, t, ca, cb) &
           (BIT(SR_QTY_SCALE) | BIT(SR_QTY_PERCENT) | BIT(SR_QTY_COUNT_NOUNS))))
        clock = 0;
      if (clock && !cur && !lang_en) {
        ok = 0;
      } else if (a == '%') { /* 5% */
        stop = e + 1;
        unit_a = unit_b = e + 1;
      }
    }
    if (ok) {
      uint32_t pf = prev_word_flags(c, s);
      if ((pf & (BIT(SR_QTY_PREV_EXCL) | BIT(SR_QTY_MONTHS))) && !cur) {
        /* a label word names a level, not what is measured at it: a
         * percentage or a ratio after it is still a measure ("level 2,1
         * kali", "tier 5 percent") */
        size_t ma, mb;
        if ((pf & BIT(SR_QTY_MONTHS)) ||
            !(a == '%' || (word_at(c, e + 1, &ma, &mb) &&
                           (flags_lower(q, t, ma, mb) &
                            (BIT(SR_QTY_PERCENT) | BIT(SR_QTY_MULTIPLES))))))
          ok = 0;
      }
      /* "KW 2", "PLTU 3", "Line 2A" in capitals: a one- or two-digit number
       * right after a word of two to five capitals is a grade, a unit's or
       * a line's number, unless a percent, ratio or scale word follows it
       * ("BI 6 persen") */
      if (ok && !cur && numlen <= 2 && is_digit(num[numlen - 1]) && caps_label_before(c, s)) {
        size_t ka, kb;
        if (!(word_at(c, e + 1, &ka, &kb) &&
              (flags_lower(q, t, ka, kb) &
               (BIT(SR_QTY_PERCENT) | BIT(SR_QTY_MULTIPLES) | BIT(SR_QTY_SCALE)))))
          ok = 0;
      }
      /* "people over 60", "children under 12": an age, not a count */
      if (ok && !cur && (pf & BIT(SR_QTY_AGE_BOUNDS)) && people_before_bound(c, s)) ok = 0;
      /* the upper end of an excluded range: "aged 60 to 74" */
      if (ok && (long long)s - last_excl_end <= 9) {
        size_t ga = (size_t)(last_excl_end + 1), gb = s - 1;
        if (span_is(c, ga, gb, " to ") || span_is(c, ga, gb, " hingga ") ||
            span_is(c, ga, gb, " sampai ") || span_is(c, ga, gb, "-") ||
            span_is(c, ga, gb, " and ") || span_is(c, ga, gb, " dan ") ||
            span_is(c, ga, gb, " atau ") || span_is(c, ga, gb, " or "))
          ok = 0;
      }
      /* an age in apposition: "Maria Lamba, 41, a farmer" */
      if (ok && a == ',' && name_comma_before(c, s)) ok = 0;
    }
    if (ok && glued) {
      scale = glued_scale;
      stop = glued_stop;
      unit_a = e + 1;
      unit_b = glued_stop;
    } else if (ok && hyph_len) {
      stop = e + 1 + hyph_len;
      unit_a = e + 2;
      unit_b = stop;
      /* "a 20-foot container": a standard size, named like a type */
      size_t na, nb;
      if (word_at(c, stop + 1, &na, &nb) && (flags_lower(q, t, na, nb) & BIT(SR_QTY_SIZE_NOUNS)))
        ok = 0;
    }
    size_t w1a, w1b;
    if (ok && !unit_a && !glued && word_at(c, e + 1, &w1a, &w1b)) {
      const entry *g1 = lookup_lower(q, t, w1a, w1b, "");
      uint32_t f1 = g1 ? g1->flags : 0;
      size_t lwn = w1b - w1a + 1;
      int lw0 = to_lower(t[w1a - 1]), lw1 = lwn > 1 ? to_lower(t[w1a]) : 0;
      if (f1 & BIT(SR_QTY_SCALE)) {
        scale = g1->scale;
        stop = w1b;
        size_t w2a, w2b;
        if (word_at(c, w1b + 1, &w2a, &w2b)) {
          uint32_t f2 = flags_lower(q, t, w2a, w2b);
          if (f2 & BIT(SR_QTY_PERCENT)) {
            unit_a = w2a;
            unit_b = stop = w2b;
          } else if (f2 & BIT(SR_QTY_TIME_UNITS)) {
            /* a duration, unless the time word is a point in time (then
             * the amount has no unit) */
            if (!cur && !time_reference(c, w2b)) ok = 0;
          } else if (!(f2 & BIT(SR_QTY_FUNCTION)) && is_lower(t[w2a - 1])) {
            unit_a = w2a;
            unit_b = stop = w2b;
          }
        }
      } else if ((f1 & BIT(SR_QTY_MONTHS)) && is_upper(t[w1a - 1])) {
        ok = 0; /* 28 April (2025) */
        size_t p = w1b + 1;
        while (is_space(at(c, p)) || at(c, p) == '.' || at(c, p) == ',') p++;
        if (is_digit(at(c, p)) && is_digit(at(c, p + 1)) && is_digit(at(c, p + 2)) &&
            is_digit(at(c, p + 3)))
          pos = p + 4;
      } else if ((f1 & BIT(SR_QTY_TIME_UNITS)) && !cur) {
        ok = 0; /* 3 bulan, 45 tahun */
      } else if (((lwn == 2 && (lw0 == 'p' || lw0 == 'a') && lw1 == 'm') ||
                  (lwn == 1 && (lw0 == 'p' || lw0 == 'a'))) &&
                 !cur) {
        ok = 0; /* 10 pm, 7 a.m. */
      } else if (f1 & BIT(SR_QTY_PERCENT)) {
        unit_a = w1a;
        unit_b = stop = w1b;
      } else if (!(f1 & BIT(SR_QTY_FUNCTION)) && is_lower(t[w1a - 1])) {
        unit_a = w1a;
        unit_b = stop = w1b;
      }
    }
    /* A bare sign ("P" of the peso) is money before a scale word or with
     * thousands groups ("P250,000"); "P3K" and "P2" are names. */
    if (ok && cur == CUR_BARE && num_is_one(&scale) && !comma_grouped(num, numlen)) ok = 0;
    int four = numlen == 4 && is_digit(num[0]) && is_digit(num[1]) && is_digit(num[2]) &&
               is_digit(num[3]);
    int year = four && memcmp(num, "1900", 4) >= 0 && memcmp(num, "2100", 4) <= 0;
    if (ok && !cur && num_is_one(&scale) && !unit_a && year) ok = 0; /* a year */
    if (ok && !cur && num_is_one(&scale) && unit_a && year &&
        !(flags_lower(q, t, unit_a, unit_b) & BIT(SR_QTY_COUNT_NOUNS)))
      ok = 0;
    /* An identifier opens no excluded range: in "FY2025 to 1.38 cents" the
     * number after "to" is an amount, not the end of a span of years. */
    if (!ok && !ident) last_excl_end = (long long)e;
    if (ok) {
      sr_qty_num v;
      if (value_of(num, numlen, lang_id, !num_is_one(&scale), &v)) {
        sr_qty_span sp;
        sp.value = scaled_value(v, scale);
        sp.start = cur ? sign_start(c, s) : s;
        sp.stop = stop;
        sp.unit_start = unit_a;
        sp.unit_stop = unit_b;
        if (push(w, &sp) < 0) return SR_ENOMEM;
      }
    }
  }
  *spans = w->v;
  return (long)w->n;
}
