/* Quantities written with digits (see numbers.h).
 *
 * The scanner jumps from digit run to digit run.  Each run ("1.234.567,89")
 * is read as one number under the separator rules, then the text around it
 * decides whether it is a quantity at all: glued letters make an identifier
 * ("F-16", "G20"), a colon a clock time, a slash a date or a fraction, a date
 * span found by dates.c a date.  Around a quantity the scanner reads a
 * currency before it and a scale, percent, currency word and unit after it.
 * Values are computed as mantissa x 10^(scale - decimals) so that "1,3 juta"
 * is exactly 1300000. */
#include "text/numbers.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "error.h"
#include "text/dates.h"
#include "text/scan.h"

#define MAX_SIG_DIGITS 15
#define MAX_SEPS 8

typedef struct word_entry {
  const char *w;
  int v;
} word_entry;

/* Scale words; v is the power of ten. */
static const word_entry scales_spaced[] = {
  {"ribu", 3},     {"rb", 3},       {"thousand", 3}, {"juta", 6},    {"jt", 6},
  {"million", 6},  {"mn", 6},       {"mln", 6},      {"miliar", 9},  {"milyar", 9},
  {"bilion", 9},   {"billion", 9},  {"bn", 9},       {"triliun", 12}, {"trilyun", 12},
  {"trilion", 12}, {"trillion", 12}, {"tn", 12},     {NULL, 0},
};
/* Glued to the digits ("$1.2bn", "10k"); "m" means million only with money. */
static const word_entry scales_glued[] = {
  {"k", 3}, {"rb", 3}, {"jt", 6}, {"mn", 6}, {"bn", 9}, {"tn", 12}, {NULL, 0},
};

/* Units that make a measure, also accepted glued to the digits. */
static const char *const measure_units[] = {
  "ton", "tons", "tonnes", "tonne", "kg", "kilogram", "kilograms", "gram", "grams", "g", "mg",
  "km", "kilometer", "kilometers", "kilometre", "kilometres", "meter", "meters", "metre",
  "metres", "m", "cm", "mm", "mil", "mile", "miles", "liter", "litre", "liters", "litres", "l",
  "ml", "barel", "barrel", "barrels", "hektare", "hektar", "hectare", "hectares", "ha", "acre",
  "acres", "derajat", "degree", "degrees", "celsius", "mw", "kw", "kwh", "gw", "gwh", "mwh",
  "watt", "megawatt", "gigawatt", "kilowatt", "volt", "mph", "kmh", "knot", "knots", "kaki",
  "feet", "foot", "inci", "inch", "inches", "kb", "mb", "gb", "tb", "byte", "bytes", "kilo",
  "mbps", "gbps", "sks", "hz", "mhz", "ghz", NULL,
};

static const char *const duration_units[] = {
  "tahun", "thn", "bulan", "minggu", "pekan", "hari", "jam", "menit", "minit", "detik",
  "dekade", "abad", "windu", "year", "years", "month", "months", "week", "weeks", "day",
  "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades",
  "century", "centuries", NULL,
};

/* Words that follow numbers without being their unit. */
static const char *const function_words[] = {
  "yang", "dan", "di", "ke", "dari", "daripada", "pada", "untuk", "dengan", "dalam", "oleh",
  "atau", "ini", "itu", "juga", "akan", "telah", "sudah", "lebih", "kurang", "hingga",
  "sampai", "sekitar", "sebanyak", "antara", "per", "bagi", "kepada", "terhadap", "tersebut",
  "lalu", "lagi", "saja", "sahaja", "pula", "pun", "adalah", "ialah", "yaitu", "iaitu",
  "yakni", "bahwa", "bahawa", "karena", "kerana", "sebagai", "seperti", "namun", "tetapi",
  "tapi", "serta", "maupun", "setiap", "tiap", "saat", "ketika", "sejak", "selama", "sebelum",
  "setelah", "selepas", "mendatang", "silam", "nanti", "kemarin", "depan", "lepas", "hadapan",
  "sendiri", "semua", "para", "sang", "si", "hanya", "cuma", "masih", "belum", "tidak", "tak",
  "bukan", "kali", "pukul", "jika", "kalau", "agar", "supaya", "menjadi", "jadi", "merupakan",
  "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from",
  "as", "is", "are", "was", "were", "be", "been", "that", "this", "these", "those", "than",
  "more", "less", "about", "over", "under", "each", "ago", "last", "next", "since", "until",
  "up", "down", "out", "into", "but", "so", "if", "while", "when", "after", "before", "against",
  "also", "has", "have", "had", "will", "would", "said", "times", "naik", "turun", "rose",
  "fell", NULL,
};

/* Words before a bare four-digit number that make it a year. */
static const char *const year_cues[] = {
  "tahun", "thn", "year", "sejak", "since", "pada", "in", "hingga", "sampai", "until", "akhir",
  "awal", "mulai", "periode", "musim", "era", "pemilu", "piala", "edisi", "medio", "circa",
  "pertengahan", "semenjak", "tahun-tahun", "during",
  "selama", "sebelum", "setelah", "selepas", "before", "after", "early", "late", "mid", NULL,
};

typedef struct currency_entry {
  const char *text; /* as written before the number; letters match any case */
  const char *code;
} currency_entry;

/* Longest first where one is the tail of another ("US$" before "$"). */
static const currency_entry currency_prefixes[] = {
  {"us$", "USD"}, {"usd", "USD"}, {"s$", "SGD"}, {"sgd", "SGD"}, {"a$", "AUD"},
  {"hk$", "HKD"}, {"rp.", "IDR"}, {"rp", "IDR"}, {"idr", "IDR"}, {"rm", "MYR"},
  {"myr", "MYR"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"$", "USD"},
  {"\xe2\x82\xac", "EUR"}, {"\xc2\xa3", "GBP"}, {"\xc2\xa5", "JPY"}, {NULL, NULL},
};

static const currency_entry currency_words[] = {
  {"rupiah", "IDR"}, {"dolar", "USD"}, {"dollar", "USD"}, {"dollars", "USD"},
  {"ringgit", "MYR"}, {"euro", "EUR"}, {"euros", "EUR"}, {"yen", "JPY"}, {"yuan", "CNY"},
  {"won", "KRW"}, {"pound", "GBP"}, {"pounds", "GBP"}, {"poundsterling", "GBP"},
  {"riyal", "SAR"}, {"baht", "THB"}, {"peso", "PHP"}, {"rupee", "INR"}, {"rupees", "INR"},
  {NULL, NULL},
};

static const char *const month_like[] = {
  "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
  "oktober", "november", "desember", "january", "february", "march", "may", "june", "july",
  "august", "october", "december", "mac", "julai", "ogos", "disember", "jan", "feb", "mar",
  "apr", "jun", "jul", "agu", "agt", "ags", "aug", "sep", "sept", "okt", "oct", "nov", "des",
  "dec", NULL,
};

const char *sr_qty_kind_name(sr_qty_kind kind) {
  switch (kind) {
  case SR_QTY_MONEY: return "money";
  case SR_QTY_PERCENT: return "percent";
  case SR_QTY_MEASURE: return "measure";
  case SR_QTY_DURATION: return "duration";
  case SR_QTY_COUNT: break;
  }
  return "count";
}

static int in_list(const char *const *list, const char *s, size_t i, size_t n) {
  if (n == 0 || n > 16) return 0;
  for (; *list; list++) {
    if (sr_scan_eq_word(s, i, n, *list)) return 1;
  }
  return 0;
}

static int word_value(const word_entry *t, const char *s, size_t i, size_t n) {
  if (n == 0 || n > 16) return -1;
  for (; t->w; t++) {
    if (sr_scan_eq_word(s, i, n, t->w)) return t->v;
  }
  return -1;
}

/* Whether the UTF-8 character ending just before i (or starting at i) is a
 * Latin letter (U+00C0..U+024F but the signs x and /).  Other non-ASCII
 * characters (quotes, dashes, currency signs, spaces) count as punctuation. */
static int latin_letter_at(const unsigned char *u, size_t len, size_t i) {
  if (i + 1 >= len) return 0;
  unsigned c0 = u[i], c1 = u[i + 1];
  if (c1 < 0x80 || c1 > 0xBF) return 0;
  if (c0 == 0xC3) return c1 != 0x97 && c1 != 0xB7;
  return c0 >= 0xC4 && c0 <= 0xC9;
}
static int latin_letter_before(const unsigned char *u, size_t i) {
  if (i < 2) return 0;
  return latin_letter_at(u, i, i - 2);
}

static const double pow10_table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* A number as read from a digit run. */
typedef struct numtok {
  size_t start, end;
  uint64_t mant;
  int decimals;
  int sig;           /* significant digits */
  int nsep;          /* separators used as thousands or decimal marks */
  int leading_zero;  /* first group is "0" followed by more digits */
  int ok;            /* the grouping is valid */
  int first_group;   /* digits before the first separator */
  int only_group2;   /* digits of the second group when there is one separator */
  char sep1;         /* the first separator, 0 if none */
} numtok;

/* Whether the run with separators seps[] and group lengths g[] is valid with
 * `dec` as decimal mark and `thou` as thousands separator. */
static int grouping_ok(const char *seps, const int *g, int nsep, char dec, char thou) {
  int seen_thou = 0;
  for (int k = 0; k < nsep; k++) {
    if (seps[k] == thou) {
      if (k > 0 && seps[k - 1] == dec) return 0;
      if (g[k + 1] != 3) return 0;
      seen_thou = 1;
    } else if (seps[k] == dec) {
      if (k != nsep - 1) return 0;
    } else {
      return 0;
    }
  }
  if (seen_thou && (g[0] < 1 || g[0] > 3)) return 0;
  return 1;
}

/* Reads the digit run at i; with `lang` picks the decimal mark. */
static void read_number(const char *s, size_t len, size_t i, sr_loc_lang lang, numtok *t) {
  const unsigned char *u = (const unsigned char *)s;
  char seps[MAX_SEPS + 1];
  int g[MAX_SEPS + 2];
  size_t sep_pos[MAX_SEPS + 1];
  int nsep = 0, too_many = 0;
  size_t k = i;
  memset(t, 0, sizeof *t);
  t->start = i;
  g[0] = 0;
  for (;;) {
    while (k < len && sr_scan_is_digit(u[k])) {
      g[nsep]++;
      k++;
    }
    if (k + 1 < len && (u[k] == '.' || u[k] == ',') && sr_scan_is_digit(u[k + 1])) {
      if (nsep == MAX_SEPS) {
        too_many = 1;
        nsep = MAX_SEPS; /* keep scanning to find the end of the run */
        k++;
        g[nsep] = 0;
        continue;
      }
      seps[nsep] = (char)u[k];
      sep_pos[nsep] = k;
      nsep++;
      g[nsep] = 0;
      k++;
      continue;
    }
    break;
  }
  t->end = k;
  t->nsep = nsep;
  t->first_group = g[0];
  t->sep1 = nsep ? seps[0] : 0;
  t->only_group2 = nsep == 1 ? g[1] : 0;
  t->leading_zero = g[0] > 1 && u[i] == '0';
  if (too_many) return;

  char dec = 0, thou = 0;
  int have = 0;
  if (nsep == 0) {
    have = 1;
  } else if (lang == SR_LOC_ID || lang == SR_LOC_MS) {
    if (grouping_ok(seps, g, nsep, ',', '.')) dec = ',', thou = '.', have = 1;
    else if (nsep == 1 && seps[0] == '.') dec = '.', thou = ',', have = 1;
  } else if (lang == SR_LOC_EN) {
    if (grouping_ok(seps, g, nsep, '.', ',')) dec = '.', thou = ',', have = 1;
  }
  if (!have) {
    int ndot = 0, ncomma = 0;
    for (int k2 = 0; k2 < nsep; k2++) {
      if (seps[k2] == '.') ndot++;
      else ncomma++;
    }
    if (ndot && ncomma) {
      dec = seps[nsep - 1];
      thou = dec == '.' ? ',' : '.';
    } else if (nsep > 1) {
      thou = seps[0];
      dec = thou == '.' ? ',' : '.';
    } else if (g[0] >= 1 && g[0] <= 3 && g[1] == 3 && u[i] != '0') {
      thou = seps[0];
      dec = thou == '.' ? ',' : '.';
    } else {
      dec = seps[0];
      thou = dec == '.' ? ',' : '.';
    }
    if (!grouping_ok(seps, g, nsep, dec, thou)) return;
  }
  /* Mantissa and decimals. */
  uint64_t m = 0;
  int sig = 0, decimals = 0, after_dec = 0;
  for (size_t p = i; p < k; p++) {
    if (!sr_scan_is_digit(u[p])) {
      if ((char)u[p] == dec) after_dec = 1;
      continue;
    }
    if (sig == 0 && u[p] == '0') {
      if (after_dec) decimals++;
      continue;
    }
    if (sig >= MAX_SIG_DIGITS) {
      t->sig = sig + 1;
      return;
    }
    m = m * 10 + (uint64_t)(u[p] - '0');
    sig++;
    if (after_dec) decimals++;
  }
  (void)sep_pos;
  t->mant = m;
  t->sig = sig;
  t->decimals = decimals;
  t->ok = 1;
}

static double scaled_value(uint64_t mant, int decimals, int exp10) {
  int e = exp10 - decimals;
  double v = (double)mant;
  if (e >= 0) {
    while (e > 22) {
      v *= 1e22;
      e -= 22;
    }
    return v * pow10_table[e];
  }
  e = -e;
  while (e > 22) {
    v /= 1e22;
    e -= 22;
  }
  return v / pow10_table[e];
}

/* The currency written just before position p (glued or after one space).
 * Stores the start of the currency text. */
static const char *currency_before(const char *s, size_t len, size_t p, size_t *cstart) {
  const unsigned char *u = (const unsigned char *)s;
  size_t q = p;
  if (q > 0 && (u[q - 1] == ' ' || u[q - 1] == '\t')) q--;
  else if (q >= 2 && u[q - 2] == 0xC2 && u[q - 1] == 0xA0) q -= 2;
  for (const currency_entry *c = currency_prefixes; c->text; c++) {
    size_t n = strlen(c->text);
    if (n > q) continue;
    size_t b = q - n;
    int match = 1;
    for (size_t k = 0; k < n && match; k++)
      match = sr_scan_lower(u[b + k]) == (unsigned char)c->text[k];
    if (!match) continue;
    /* A letter currency must begin a word ("Rp", not "...rp"). */
    if (b > 0 && (sr_scan_is_alpha(u[b - 1]) || sr_scan_is_digit(u[b - 1]) ||
                  latin_letter_before(u, b)))
      continue;
    *cstart = b;
    (void)len;
    return c->code;
  }
  return NULL;
}

/* The word (ASCII letters) before position p, skipping spaces; returns its
 * length and start, or 0. */
static size_t word_before(const char *s, size_t p, size_t *ws) {
  const unsigned char *u = (const unsigned char *)s;
  size_t q = p;
  while (q > 0 && (u[q - 1] == ' ' || u[q - 1] == '\t' || u[q - 1] == 0xA0 ||
                   (u[q - 1] == 0xC2 && q < p)))
    q--;
  size_t e = q;
  while (q > 0 && sr_scan_is_alpha(u[q - 1])) q--;
  if (q > 0 && (u[q - 1] >= 0x80)) return 0;
  *ws = q;
  return e - q;
}

/* A word at k for units: letters (ASCII or non-ASCII), inner hyphens
 * ("orang-orang").  Returns its length. */
static size_t unit_word(const char *s, size_t len, size_t k) {
  const unsigned char *u = (const unsigned char *)s;
  size_t j = k;
  while (j < len) {
    if (sr_scan_is_alpha(u[j])) j++;
    else if (u[j] >= 0x80 && !sr_scan_space_len(s, len, j) && latin_letter_at(u, len, j)) j += 2;
    else if (u[j] == '-' && j > k && j + 1 < len && sr_scan_is_alpha(u[j + 1])) j++;
    else break;
  }
  return j - k;
}

typedef struct scan_ctx {
  const char *s;
  size_t len;
  sr_loc_lang lang;
} scan_ctx;

/* Reads what follows the number: scale, percent, currency word, unit.  Fills
 * q; returns 0 when the glued letters make the number an identifier. */
static int read_suffixes(const char *s, size_t len, size_t k, sr_quantity *q, int *exp10) {
  const unsigned char *u = (const unsigned char *)s;
  *exp10 = 0;
  q->scale_start = q->scale_end = q->unit_start = q->unit_end = 0;
  /* Letters glued to the digits: a scale, a unit, or an identifier. */
  if (k < len && sr_scan_is_alpha(u[k])) {
    size_t n = sr_scan_alpha_run(s, len, k);
    if (!sr_scan_word_end(s, len, k + n)) return 0;
    int e = word_value(scales_glued, s, k, n);
    if (e < 0 && q->currency && n == 1 && sr_scan_lower(u[k]) == 'm') e = 6;
    if (e < 0 && q->currency && n == 1 && sr_scan_lower(u[k]) == 'b') e = 9;
    if (e >= 0) {
      *exp10 = e;
      q->scale_start = k;
      q->scale_end = k + n;
      k += n;
    } else if (in_list(measure_units, s, k, n) && (u[k] >= 'a' || n > 1)) {
      /* Glued units: "10km", "5kg", "100MW"; a single capital ("5G",
       * "3D") is a name, not grams. */
      q->unit_start = k;
      q->unit_end = k + n;
      q->kind = SR_QTY_MEASURE;
      q->end = k + n;
      return 1;
    } else {
      return 0;
    }
  } else if (k < len && u[k] >= 0x80 && latin_letter_at(u, len, k)) {
    return 0;
  } else if (k + 1 < len && u[k] == 0xC2 && u[k + 1] == 0xB0) {
    /* Degrees: "30°C", "45°". */
    size_t e = k + 2;
    if (e < len && (u[e] == 'C' || u[e] == 'F')) e++;
    q->unit_start = k;
    q->unit_end = e;
    q->kind = SR_QTY_MEASURE;
    q->end = e;
    return 1;
  } else {
    size_t a = sr_scan_skip_spaces(s, len, k);
    if (a > k) {
      size_t n = sr_scan_alpha_run(s, len, a);
      size_t e = a + n;
      if (e < len && s[e] == '.' && n <= 2) e++; /* "rb.", "jt." */
      if (n && sr_scan_word_end(s, len, a + n)) {
        int ex = word_value(scales_spaced, s, a, n);
        if (ex >= 0) {
          *exp10 = ex;
          q->scale_start = a;
          q->scale_end = e;
          k = e;
        }
      }
    }
  }
  q->end = k;
  /* Percent. */
  size_t a = sr_scan_skip_spaces(s, len, k);
  if (a < len && u[a] == '%') {
    q->percent = 1;
    q->end = k = a + 1;
  } else {
    size_t n = sr_scan_alpha_run(s, len, a);
    if (n && sr_scan_word_end(s, len, a + n)) {
      if (sr_scan_eq_word(s, a, n, "persen") || sr_scan_eq_word(s, a, n, "percent") ||
          sr_scan_eq_word(s, a, n, "peratus") || sr_scan_eq_word(s, a, n, "pct")) {
        q->percent = 1;
        q->end = k = a + n;
      } else if (sr_scan_eq_word(s, a, n, "per")) {
        size_t b = sr_scan_skip_spaces(s, len, a + n);
        size_t n2 = sr_scan_alpha_run(s, len, b);
        if (b > a + n && sr_scan_eq_word(s, b, n2, "cent") && sr_scan_word_end(s, len, b + n2)) {
          q->percent = 1;
          q->end = k = b + n2;
        }
      } else if (!q->currency) {
        for (const currency_entry *c = currency_words; c->text; c++) {
          if (!sr_scan_eq_word(s, a, n, c->text)) continue;
          q->currency = c->code;
          q->end = k = a + n;
          if (c->code[0] == 'U' && c->code[1] == 'S') {
            /* "dolar AS", "dolar Singapura", "US dollars" ... */
            size_t b = sr_scan_skip_spaces(s, len, k);
            size_t n2 = sr_scan_alpha_run(s, len, b);
            if (b > k && n2 && sr_scan_word_end(s, len, b + n2)) {
              const char *code = NULL;
              if (sr_scan_eq_word(s, b, n2, "as") && u[b] == 'A') code = "USD";
              else if (sr_scan_eq_word(s, b, n2, "amerika")) code = "USD";
              else if (sr_scan_eq_word(s, b, n2, "singapura") || sr_scan_eq_word(s, b, n2, "singapore")) code = "SGD";
              else if (sr_scan_eq_word(s, b, n2, "australia")) code = "AUD";
              else if (sr_scan_eq_word(s, b, n2, "kanada") || sr_scan_eq_word(s, b, n2, "canada")) code = "CAD";
              if (code) {
                q->currency = code;
                q->end = k = b + n2;
              }
            }
          }
          break;
        }
      }
    }
  }
  /* Unit: the next lower-case word that is not a function word. */
  a = sr_scan_skip_spaces(s, len, k);
  if (a < len && (u[a] >= 'a' && u[a] <= 'z')) {
    size_t n = unit_word(s, len, a);
    if (n > 0 && n <= 40 && sr_scan_word_end(s, len, a + n) && !in_list(function_words, s, a, n)) {
      q->unit_start = a;
      q->unit_end = a + n;
    }
  }
  return 1;
}

static void classify(const char *s, sr_quantity *q) {
  if (q->currency) {
    q->kind = SR_QTY_MONEY;
  } else if (q->percent) {
    q->kind = SR_QTY_PERCENT;
  } else if (q->unit_end > q->unit_start) {
    size_t n = q->unit_end - q->unit_start;
    if (q->kind == SR_QTY_MEASURE || in_list(measure_units, s, q->unit_start, n))
      q->kind = SR_QTY_MEASURE;
    else if (in_list(duration_units, s, q->unit_start, n))
      q->kind = SR_QTY_DURATION;
    else
      q->kind = SR_QTY_COUNT;
  } else {
    q->kind = SR_QTY_COUNT;
  }
}

static void set_value(sr_quantity *q, const numtok *t, int exp10) {
  q->value = scaled_value(t->mant, t->decimals, exp10);
  q->exact_integer = q->value == floor(q->value) && fabs(q->value) < 9007199254740992.0;
}

/* Whether the digit run t (already read) is a quantity by its surroundings;
 * fills q when it is. */
static int judge(const char *s, size_t len, const numtok *t, sr_loc_lang lang, sr_quantity *q) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = t->start, k = t->end;
  if (!t->ok || t->sig > MAX_SIG_DIGITS || t->leading_zero) return 0;
  memset(q, 0, sizeof *q);
  q->start = q->num_start = i;
  q->num_end = k;
  /* Before the digits. */
  if (i > 0) {
    unsigned char p = u[i - 1];
    size_t cs;
    const char *cur = currency_before(s, len, i, &cs);
    if (cur) {
      q->currency = cur;
      q->start = cs;
    } else if (sr_scan_is_alpha(p) || latin_letter_before(u, i)) {
      return 0; /* "G20", "abc123" */
    } else if (p == '-' || p == '/' || p == '_' || p == '#' || p == '@' || p == '=' || p == '.' ||
               p == ',' || p == ':' || p == '\\') {
      if (i >= 2 && (sr_scan_is_alpha(u[i - 2]) || latin_letter_before(u, i - 1))) return 0; /* "AK-12", "ke-3" */
      if (p != '-' && i >= 2 && sr_scan_is_digit(u[i - 2])) return 0; /* "3/4", "12:30" tails */
      if (p == '/' || p == '_' || p == '#' || p == '@' || p == '=' || p == '\\') return 0;
    } else if (p == '+' && t->nsep == 0 && t->sig >= 6) {
      return 0; /* "+62812..." */
    }
  }
  /* After the digits: colon times, fractions, dates, identifiers. */
  if (k + 1 < len) {
    unsigned char c = u[k], c1 = u[k + 1];
    if ((c == ':' || c == '/') && sr_scan_is_digit(c1)) return 0;
    if (c == '-' && (c1 == 'a' || c1 == 'A') && k + 2 < len && (u[k + 2] | 0x20) == 'n' &&
        sr_scan_word_end(s, len, k + 3))
      return 0; /* "1990-an", "ratusan": approximations of decades */
  }
  /* Phone numbers and codes: digit groups joined by '-' with many digits. */
  if ((k < len && u[k] == '-' && k + 1 < len && sr_scan_is_digit(u[k + 1])) ||
      (i >= 2 && u[i - 1] == '-' && sr_scan_is_digit(u[i - 2]))) {
    size_t a = i, b = k;
    while (a > 0 && (sr_scan_is_digit(u[a - 1]) || (u[a - 1] == '-' && a >= 2 && sr_scan_is_digit(u[a - 2])))) a--;
    while (b < len && (sr_scan_is_digit(u[b]) || (u[b] == '-' && b + 1 < len && sr_scan_is_digit(u[b + 1])))) b++;
    int digits = 0;
    for (size_t p = a; p < b; p++) digits += sr_scan_is_digit(u[p]);
    if (digits >= 8 && t->nsep == 0) return 0;
  }
  int exp10 = 0;
  if (!read_suffixes(s, len, k, q, &exp10)) return 0;
  /* Ordinals "3rd" are caught as glued letters; clock times with a dot. */
  if (t->nsep == 1 && t->sep1 == '.' && t->first_group <= 2 && t->only_group2 == 2 &&
      q->scale_end == q->scale_start && !q->percent && !q->currency) {
    int hh = (int)(t->mant / 100), mm = (int)(t->mant % 100);
    if (t->decimals != 2) hh = -1; /* "10.00" has mant 1000, decimals 2 */
    if (t->decimals == 2 && hh <= 23 && mm <= 59) {
      size_t ws;
      size_t n = word_before(s, i, &ws);
      if (n && (sr_scan_eq_word(s, ws, n, "pukul") || sr_scan_eq_word(s, ws, n, "pkl") ||
                sr_scan_eq_word(s, ws, n, "jam") || sr_scan_eq_word(s, ws, n, "at")))
        return 0;
      /* The second time of "10.00-12.00" / "10.00 - 12.00". */
      size_t b0 = i;
      while (b0 > 0 && (u[b0 - 1] == ' ' || u[b0 - 1] == '-')) b0--;
      if (b0 < i && b0 >= 4 && sr_scan_is_digit(u[b0 - 1]) && sr_scan_is_digit(u[b0 - 2]) &&
          u[b0 - 3] == '.' && sr_scan_is_digit(u[b0 - 4]))
        return 0;
      size_t a = sr_scan_skip_spaces(s, len, k);
      size_t n2 = sr_scan_alpha_run(s, len, a);
      if (n2 && (sr_scan_eq_word(s, a, n2, "wib") || sr_scan_eq_word(s, a, n2, "wita") ||
                 sr_scan_eq_word(s, a, n2, "wit") || sr_scan_eq_word(s, a, n2, "myt") ||
                 sr_scan_eq_word(s, a, n2, "sgt") || sr_scan_eq_word(s, a, n2, "gmt") ||
                 sr_scan_eq_word(s, a, n2, "utc") || sr_scan_eq_word(s, a, n2, "am") ||
                 sr_scan_eq_word(s, a, n2, "pm")))
        return 0;
      if (a < len && (u[a] == '-' || u[a] == 0xE2) && k < len) {
        /* "10.00-12.00", "10.00 – 12.00" */
        size_t b = a + (u[a] == '-' ? 1 : 3);
        b = sr_scan_skip_spaces(s, len, b);
        if (b + 4 < len + 1 && b + 3 < len && sr_scan_is_digit(u[b]) && sr_scan_is_digit(u[b + 1]) &&
            u[b + 2] == '.' && sr_scan_is_digit(u[b + 3]))
          return 0;
      }
    }
  }
  /* "pukul 10", "jam 7": hours. */
  {
    size_t ws;
    size_t n = word_before(s, q->start, &ws);
    if (n && t->nsep == 0 && !q->currency &&
        (sr_scan_eq_word(s, ws, n, "pukul") || sr_scan_eq_word(s, ws, n, "pkl") ||
         sr_scan_eq_word(s, ws, n, "jam")))
      return 0;
    /* A day of a month without a year: "28 April", "April 28". */
    if (t->nsep == 0 && t->mant >= 1 && t->mant <= 31 && !q->currency && !q->percent) {
      if (n && in_list(month_like, s, ws, n)) return 0;
      size_t a = sr_scan_skip_spaces(s, len, k);
      size_t n2 = sr_scan_alpha_run(s, len, a);
      if (a > k && n2 && in_list(month_like, s, a, n2) &&
          (u[a] >= 'A' && u[a] <= 'Z') && sr_scan_word_end(s, len, a + n2 + (a + n2 < len && s[a + n2] == '.')))
        return 0;
    }
    /* Years standing alone. */
    if (t->nsep == 0 && t->sig == 4 && t->decimals == 0 && t->mant >= 1900 && t->mant <= 2100 &&
        !q->currency && !q->percent && q->scale_end == q->scale_start) {
      if (q->unit_end == q->unit_start) return 0;
      if (n && in_list(year_cues, s, ws, n)) return 0;
      if (in_list(duration_units, s, q->unit_start, q->unit_end - q->unit_start)) return 0;
    }
  }
  set_value(q, t, exp10);
  classify(s, q);
  (void)lang;
  return 1;
}

int sr_number_find_all(const char *s, size_t len, sr_loc_lang lang, sr_quantity_cb cb, void *arg) {
  const unsigned char *u = (const unsigned char *)s;
  sr_date date;
  int have_date = sr_date_find(s, len, 0, lang, &date);
  size_t i = 0;
  while (i < len) {
    if (!sr_scan_is_digit(u[i])) {
      i++;
      continue;
    }
    while (have_date && date.end <= i) have_date = sr_date_find(s, len, date.end, lang, &date);
    if (have_date && date.start <= i) {
      i = date.end;
      continue;
    }
    numtok t;
    read_number(s, len, i, lang, &t);
    size_t next = t.end > i ? t.end : i + 1;
    /* A range into a date: "17-18 Juni 2025", "17 dan 18 Juni 2025". */
    if (have_date && date.start > t.end && date.start - t.end <= 6) {
      size_t a = sr_scan_skip_spaces(s, len, t.end);
      if ((a < len && (u[a] == '-' || u[a] == 0xE2)) ||
          (a + 3 <= len && sr_scan_eq_word(s, a, 3, "dan")) ||
          (a + 3 <= len && sr_scan_eq_word(s, a, 3, "and"))) {
        i = date.end;
        continue;
      }
    }
    sr_quantity q;
    if (judge(s, len, &t, lang, &q)) {
      int rc = cb(&q, arg);
      if (rc) return rc;
      if (q.end > next) next = q.end;
    }
    /* Skip the rest of a run that was not read as a number ("1.2.3.4"). */
    while (next < len && (sr_scan_is_digit(u[next]) ||
                          ((u[next] == '.' || u[next] == ',') && next + 1 < len &&
                           sr_scan_is_digit(u[next + 1]) && next == t.end)))
      next++;
    i = next;
  }
  return 0;
}

int sr_number_parse(const char *s, size_t len, sr_loc_lang lang, sr_quantity *q) {
  const unsigned char *u = (const unsigned char *)s;
  size_t a = 0, b = len;
  while (a < b && (sr_scan_space_len(s, len, a) || u[a] == '\n' || u[a] == '\r'))
    a += sr_scan_space_len(s, len, a) ? sr_scan_space_len(s, len, a) : 1;
  while (b > a && (u[b - 1] == ' ' || u[b - 1] == '\t' || u[b - 1] == '\n' || u[b - 1] == '\r' ||
                   (u[b - 1] == 0xA0 && b >= 2 && u[b - 2] == 0xC2)))
    b -= (u[b - 1] == 0xA0) ? 2 : 1;
  /* A currency before the number. */
  const char *cur = NULL;
  size_t p = a;
  for (const currency_entry *c = currency_prefixes; c->text; c++) {
    size_t n = strlen(c->text);
    if (n > b - a) continue;
    int match = 1;
    for (size_t k = 0; k < n && match; k++) match = sr_scan_lower(u[a + k]) == (unsigned char)c->text[k];
    if (!match) continue;
    size_t e = sr_scan_skip_spaces(s, b, a + n);
    if (e < b && sr_scan_is_digit(u[e])) {
      cur = c->code;
      p = e;
      break;
    }
  }
  if (p >= b || !sr_scan_is_digit(u[p])) return SR_EINVAL;
  numtok t;
  read_number(s, b, p, lang, &t);
  if (t.sig > MAX_SIG_DIGITS) return SR_ELIMIT;
  if (!t.ok) return SR_EINVAL;
  memset(q, 0, sizeof *q);
  q->currency = cur;
  q->start = a;
  q->num_start = p;
  q->num_end = t.end;
  int exp10 = 0;
  if (!read_suffixes(s, b, t.end, q, &exp10)) return SR_EINVAL;
  /* The whole text must be the expression (a unit word may follow). */
  size_t end = q->unit_end > q->end ? q->unit_end : q->end;
  if (sr_scan_skip_spaces(s, b, end) != b) return SR_EINVAL;
  set_value(q, &t, exp10);
  classify(s, q);
  return 0;
}
