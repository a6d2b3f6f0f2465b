/* Unicode character properties and grapheme clusters (no Lua; used by
 * saring.text and by the segmenters).
 *
 * Everything here is a pure function of its arguments, so it is safe to call
 * from any worker thread.  The property data comes from utf8proc; the script
 * table is our own, derived from Unicode block ranges (see sr_unicode_script).
 */
#ifndef SARING_TEXT_UNICODE_H
#define SARING_TEXT_UNICODE_H

#include <stddef.h>

/* The two-letter general category of cp ("Lu", "Nd", "Zs", ...).  Code points
 * outside 0..0x10FFFF and unassigned ones are "Cn". */
const char *sr_unicode_category(int cp);

/* The script of cp, approximated from Unicode block ranges: "Latin", "Greek",
 * "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali", ...,
 * "Thai", "Han", "Hiragana", "Katakana", "Hangul", "Javanese", "Sundanese",
 * "Balinese", "Buginese", ...; punctuation, spaces, digits and symbols are
 * "Common", combining marks of the generic blocks are "Inherited", anything
 * else is "Unknown".  Not the full Scripts.txt: a letter of a block shared
 * by several scripts gets the block's main script. */
const char *sr_unicode_script(int cp);

/* Returns the end (exclusive byte offset) of the extended grapheme cluster
 * that starts at byte offset pos < len.  Each byte of an invalid UTF-8
 * sequence counts as one cluster.  Pure-ASCII stretches take a fast path
 * (only CR LF forms a two-byte cluster there). */
size_t sr_grapheme_next(const char *s, size_t len, size_t pos);

/* The number of extended grapheme clusters in s (UAX #29). */
size_t sr_grapheme_count(const char *s, size_t len);

/* The length in bytes of the longest prefix of s that holds at most n
 * grapheme clusters; a cluster is never split. */
size_t sr_grapheme_prefix(const char *s, size_t len, size_t n);

/* Removes accents: decomposes s (NFD), drops nonspacing marks (category Mn)
 * and recomposes (NFC).  "Bàsàñ" -> "Basan".  Letters that do not decompose
 * (ø, đ, ł) stay as they are.  Same contract as sr_normalize: on success
 * returns 0 and either a new malloc'd buffer in *out (the caller frees) or
 * *out = NULL when no character of s can change (s is its own result);
 * returns SR_EUTF8 for invalid UTF-8 and SR_ENOMEM when memory runs out. */
int sr_strip_accents(const char *s, size_t len, char **out, size_t *outlen);

/* Coarse classes used by the word segmenter, from the general category. */
enum {
  SR_UC_OTHER = 0,   /* punctuation, symbols, spaces, controls */
  SR_UC_LETTER = 1,  /* L* and M* (marks extend the letter before them) */
  SR_UC_DIGIT = 2,   /* N* */
  SR_UC_FORMAT = 3,  /* Cf: zero-width joiners, soft hyphen */
  SR_UC_CONNECT = 4, /* Pc: underscore and its kin */
  SR_UC_HYPHEN = 5,  /* hyphens that join compounds (U+2010, U+2011) */
  SR_UC_APOS = 6,    /* right single quotation mark used as an apostrophe */
  SR_UC_IDEO = 7     /* an ideograph: a word on its own (Han) */
};
int sr_unicode_word_class(int cp);

/* True for the code points that are lower-case letters (Ll). */
int sr_unicode_is_lower(int cp);

#endif
