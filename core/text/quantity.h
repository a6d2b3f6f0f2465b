/* Quantities of a news text: every number written with digits that is a
 * count, an amount of money, a percentage or a measure, with its value (no
 * Lua; used by saring.quantity and the news pipeline's quantities stage).
 *
 * A finder is built once from word lists (the tables of
 * scripts/stages/quantities.lua and the month names of
 * scripts/stages/dates.lua) and is read-only afterwards, so threads may
 * share one.  Finding needs memory for the spans it returns, which lives in
 * an sr_qty_work: one per thread, reused from text to text.  The rules are
 * described at the top of quantity.c.
 */
#ifndef SARING_TEXT_QUANTITY_H
#define SARING_TEXT_QUANTITY_H

#include <stddef.h>
#include <stdint.h>

/* The word lists.  Words match byte for byte; the finder always looks them
 * up with an ASCII-lower-cased word, so only lower-case words can match,
 * except the currency signs, which match the text as written. */
typedef enum sr_qty_list {
  SR_QTY_SCALE,         /* scale words after a number, with their factor ("juta" 1e6) */
  SR_QTY_GLUED,         /* units and scales glued to a number, with their factor ("kg" 1, "bn" 1e9) */
  SR_QTY_SCALE_GLUED,   /* glued scales that need a currency sign before the number ("m", "k") */
  SR_QTY_TIME_UNITS,    /* durations: the number is not a quantity ("tahun", "weeks") */
  SR_QTY_PREV_EXCL,     /* words before a number that make it no quantity ("tanggal", "page") */
  SR_QTY_COUNT_NOUNS,   /* nouns that make a year-like number a count ("orang") */
  SR_QTY_PERCENT,       /* words of percent ("persen") */
  SR_QTY_FUNCTION,      /* words after a number that are not its unit ("di", "the") */
  SR_QTY_MONTHS,        /* lower-cased month names and abbreviations */
  SR_QTY_CURRENCY,      /* currency signs written before a number ("Rp", "US$", "\u20ac") */
  SR_QTY_CURRENCY_DOT,  /* currency signs that may take a full stop ("Rp", "Rs") */
  SR_QTY_BARE_CURRENCY, /* signs that are money only before a scale word ("P") */
  SR_QTY_SIZE_NOUNS,    /* nouns after a hyphenated measure that make it a size class
                         * ("20-foot container"): no quantity */
  SR_QTY_MULTIPLES,     /* words of a ratio after a number ("kali", "times"): with a
                         * percent word, they make a number after a PREV_EXCL word a
                         * measure ("level 2,1 kali") */
  SR_QTY_PEOPLE,        /* nouns of people before an AGE_BOUNDS word ("people over 60") */
  SR_QTY_AGE_BOUNDS,    /* words between such a noun and a number that make it an age
                         * ("over", "under") */
  SR_QTY_NLISTS,
} sr_qty_list;

/* A number as Lua has it: an integer (is_int, i) or a float (d). */
typedef struct sr_qty_num {
  int is_int;
  int64_t i;
  double d;
} sr_qty_num;

/* A quantity: 1-based inclusive byte offsets (as Lua's string.sub takes
 * them) of its text, which starts at its currency sign when it has one and
 * ends after its unit; the unit's offsets (unit_start == 0 when it has
 * none); and its value. */
typedef struct sr_qty_span {
  size_t start, stop;
  size_t unit_start, unit_stop;
  sr_qty_num value;
} sr_qty_span;

typedef struct sr_qty sr_qty;
typedef struct sr_qty_work sr_qty_work;

/* Words longer than this are in no list. */
#define SR_QTY_WORD_MAX 63

/* A finder with empty lists, or NULL when out of memory. */
sr_qty *sr_qty_new(void);

/* Adds a word to a list (the finder copies it).  `factor` is the word's
 * factor for SR_QTY_SCALE and SR_QTY_GLUED (a word added twice keeps its
 * last factor) and ignored otherwise.  Returns 0, SR_EINVAL (no such list,
 * an empty word, a word longer than SR_QTY_WORD_MAX, a missing factor) or
 * SR_ENOMEM.  Not to be called once the finder is in use. */
int sr_qty_add(sr_qty *q, sr_qty_list list, const char *word, size_t len,
               const sr_qty_num *factor);

void sr_qty_free(sr_qty *q);

/* Memory for the spans of sr_qty_find_all, or NULL when out of memory. */
sr_qty_work *sr_qty_work_new(void);
void sr_qty_work_free(sr_qty_work *w);

/* Finds the quantities of `text` in reading order.  `lang` is the text's
 * language ("id", "en", "ms" ...; NULL when unknown, read as "id" for the
 * separators and as not English for clock times).  Returns the number of
 * spans and points *spans at them (owned by w, valid until its next use);
 * or SR_ENOMEM. */
long sr_qty_find_all(const sr_qty *q, sr_qty_work *w, const char *text, size_t len,
                     const char *lang, const sr_qty_span **spans);

#endif
