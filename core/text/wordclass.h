/* Word classes (no Lua): counts, in one pass over a text, how many of its
 * words fall in each of up to 32 word lists -- the evidence of the news
 * pipeline's language stage (English function words, Indonesian/Malay
 * function words, Indonesian and Malay spelling markers).
 *
 * List words are ASCII letters and match in any ASCII case.  A word of the
 * text counts when it is a whole word: a run of ASCII letters with no
 * letter, mark or digit (Unicode's, as SR_PATSET_WORDS has them) just before
 * or after it.  So a list counts exactly what a caseless whole-word pattern
 * set (patset.h) of the same words counts with Hyperscan.  (The pattern
 * sets' fallback engine folds the text with Unicode case folding, and so
 * also finds "di" in "d" + dotless i; Hyperscan and this table read ASCII
 * case only.)
 *
 * A table is built once and read-only afterwards: threads may share one.
 */
#ifndef SARING_TEXT_WORDCLASS_H
#define SARING_TEXT_WORDCLASS_H

#include <stddef.h>
#include <stdint.h>

#define SR_WORDCLASS_MAX 32

typedef struct sr_wordclass sr_wordclass;

/* An empty table, or NULL when out of memory. */
sr_wordclass *sr_wordclass_new(void);
void sr_wordclass_free(sr_wordclass *wc);

/* Puts a word in class cls (0..SR_WORDCLASS_MAX-1); a word may be in several
 * classes.  Returns 0, SR_EINVAL (a class out of range, an empty word or one
 * with a byte that is no ASCII letter) or SR_ENOMEM. */
int sr_wordclass_add(sr_wordclass *wc, const char *word, size_t len, unsigned cls);

/* Adds to counts[c] (c < nclasses) the number of whole words of s[0, len)
 * in class c. */
void sr_wordclass_count(const sr_wordclass *wc, const char *s, size_t len, size_t *counts,
                        unsigned nclasses);

#endif
