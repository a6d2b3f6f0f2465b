/* Quantities written with digits in Indonesian, Malay and English text.
 *
 * Indonesian and Malay write "1.234.567,89" (dot thousands, comma decimals),
 * English "1,234,567.89".  A quantity is an optional currency ("Rp", "US$",
 * "RM", "$" ...), the number, an optional scale word ("ribu", "juta",
 * "miliar", "triliun", "bilion", "thousand", "million", "bn", "m" ...), an
 * optional percent ("%", "persen", "peratus", "per cent") or currency word
 * ("rupiah", "dolar AS", "ringgit"), and the following lower-case word as its
 * unit when that word is not a function word ("5.000 orang").
 *
 * Separators without a language (SR_LOC_AUTO): when both "." and "," occur,
 * the last one is the decimal mark; one kind occurring more than once is a
 * thousands separator; a single separator followed by exactly three digits
 * after a group of 1-3 digits that does not start with 0 is a thousands
 * separator ("5.000", "12,500"); any other single separator is a decimal mark
 * ("2.5", "1,3").  With a language, its own convention wins and a form that
 * does not fit it is read by the same guess.
 *
 * Nothing here allocates; the scanner reports quantities through a callback. */
#ifndef SARING_TEXT_NUMBERS_H
#define SARING_TEXT_NUMBERS_H

#include <stddef.h>

#include "text/locale.h"

typedef enum sr_qty_kind {
  SR_QTY_COUNT = 0,  /* "5.000 orang", "600" */
  SR_QTY_MONEY,      /* a currency was written */
  SR_QTY_PERCENT,    /* "2,5 persen", "40%" */
  SR_QTY_MEASURE,    /* a unit of measure: "5.000 ton", "10 km" */
  SR_QTY_DURATION    /* a unit of time: "3 tahun", "48 jam" */
} sr_qty_kind;

typedef struct sr_quantity {
  double value;          /* the number times the scale */
  int exact_integer;     /* value is an integer below 2^53 */
  sr_qty_kind kind;
  int percent;           /* 1 when a percent sign or word was written */
  const char *currency;  /* static ISO 4217 code ("IDR", "USD") or NULL */
  size_t start, end;     /* the whole expression, [start, end), 0-based */
  size_t num_start, num_end;     /* the digits */
  size_t scale_start, scale_end; /* the scale word; equal when none */
  size_t unit_start, unit_end;   /* the unit word; equal when none */
} sr_quantity;

/* Called for each quantity found; a non-zero return stops the scan and is
 * returned by sr_number_find_all. */
typedef int (*sr_quantity_cb)(const sr_quantity *q, void *arg);

/* Scans s for quantities in reading order.  Skipped as not quantities:
 * dates ("17/6/2025", "28 April 2025", "28 April"), clock times ("12:30",
 * "07.00 WIB", "pukul 7.30"), years standing alone (1900-2100 with no
 * separator, scale, currency or unit, or after "tahun"/"sejak"/"since" ...),
 * identifiers glued to letters ("AK-12", "F-16", "G20", "5G"), ordinals
 * ("ke-3", "3rd"), phone numbers and numbers with a leading zero, and numbers
 * of more than 15 significant digits.  Returns 0 or the callback's value. */
int sr_number_find_all(const char *s, size_t len, sr_loc_lang lang, sr_quantity_cb cb, void *arg);

/* Reads s (surrounding spaces allowed) as one quantity expression: "5.000",
 * "Rp 1,2 triliun", "2,5 persen", "US$ 3,5 miliar", "$1.2bn".  Returns 0 and
 * fills *q, SR_EINVAL when s is not such an expression, or SR_ELIMIT when it
 * has more than 15 significant digits. */
int sr_number_parse(const char *s, size_t len, sr_loc_lang lang, sr_quantity *q);

/* The name of a kind: "count", "money", "percent", "measure", "duration". */
const char *sr_qty_kind_name(sr_qty_kind kind);

#endif
