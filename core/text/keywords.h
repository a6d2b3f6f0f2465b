/* Headline keywords (no Lua): the pieces of the news pipeline's keyword rule
 * that read whole texts, so that a stage needs no lower-cased copy of a
 * page and no Lua pattern over it.  Case here is ASCII case, as Lua's
 * string.lower and %a see it in the C locale.
 */
#ifndef SARING_TEXT_KEYWORDS_H
#define SARING_TEXT_KEYWORDS_H

#include <stddef.h>

/* The next headline word of s from *pos, as Lua's
 * s:gmatch("[%a][%a%-]+") finds them: an ASCII letter followed by at least
 * one more letter or hyphen, as many as there are.  Stores the word's span
 * [*start, *stop) (0-based), advances *pos past it and returns 1; returns 0
 * at the end of s. */
int sr_kw_word_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop);

/* Copies s[0, len) to dst with A-Z lower-cased; dst holds len bytes. */
void sr_kw_lower(char *dst, const char *s, size_t len);

/* 1 when a and b have the same length and are equal once A-Z are
 * lower-cased, else 0. */
int sr_kw_same_lower(const char *a, size_t alen, const char *b, size_t blen);

/* The first place where s[0, len) holds w[0, wl) once its A-Z are
 * lower-cased (so w in lower case matches in any case, and a w with A-Z
 * never matches), or NULL; s for an empty w. */
const char *sr_kw_find_lower(const char *s, size_t len, const char *w, size_t wl);

#endif
