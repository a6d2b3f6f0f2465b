/* UTF-8 validation and repair (no Lua; used by the core and by saring.text). */
#ifndef SARING_TEXT_UTF8_H
#define SARING_TEXT_UTF8_H

#include <stddef.h>

/* Returns the byte offset of the first invalid sequence in s, or len when the
 * whole buffer is valid UTF-8 (overlong forms, surrogates and code points past
 * U+10FFFF are invalid).  Mostly-ASCII text is checked eight bytes at a time. */
size_t sr_utf8_validate(const char *s, size_t len);

/* Copies s to a new malloc'd buffer in which each maximal invalid subpart is
 * replaced by U+FFFD (the W3C/Unicode "substitution of maximal subparts"
 * practice).  Stores the new length in *outlen; the caller frees.  Returns
 * NULL only when memory runs out. */
char *sr_utf8_repair(const char *s, size_t len, size_t *outlen);

/* Decodes one code point at s (at most len bytes); stores it in *cp and
 * returns its length, or returns 0 when the sequence is invalid or truncated. */
size_t sr_utf8_decode(const unsigned char *s, size_t len, int *cp);

#endif
