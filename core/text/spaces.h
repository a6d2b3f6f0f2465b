/* Whitespace repair for scraped text (no Lua; used by saring.text). */
#ifndef SARING_TEXT_SPACES_H
#define SARING_TEXT_SPACES_H

#include <stddef.h>

/* Cleans the whitespace of s:
 *  - Unicode spaces (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000)
 *    and \t, \v, \f become a plain space;
 *  - invisible characters are removed: zero-width U+200B-U+200D, U+2060,
 *    U+FEFF, the soft hyphen U+00AD, direction marks and embeddings
 *    (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), U+180E, U+2061-U+2064;
 *  - C0 and C1 control characters other than \t \n \r \v \f are removed;
 *  - CR LF and a lone CR become LF; U+0085, U+2028 become LF and U+2029
 *    becomes a blank line (LF LF);
 *  - a run of spaces becomes one space, and every line is trimmed.
 * Newlines are kept (so blank lines and paragraphs survive).  Bytes that are
 * not valid UTF-8 are copied unchanged.  The result is never longer than s.
 *
 * Returns 0 with a new malloc'd, NUL-terminated buffer in *out (the caller
 * frees) and its length in *outlen, or with *out = NULL when s is already
 * clean; returns SR_ENOMEM when memory runs out. */
int sr_clean_spaces(const char *s, size_t len, char **out, size_t *outlen);

#endif
