/* Lines of a text and cheap per-line features, in one pass (no Lua; used by
 * saring.lines).
 *
 * Line-based cleaners (news boilerplate, forum signatures) look at every
 * line's length, word count and share of capitalised words; doing that with
 * one pattern call per line and feature costs more than the rest of their
 * work.  sr_lines_next reads one line and counts everything while its bytes
 * are in cache.  Pure functions: safe from any thread.
 */
#ifndef SARING_TEXT_LINES_H
#define SARING_TEXT_LINES_H

#include <stddef.h>

typedef struct sr_line_info {
  size_t start;    /* byte offset of the line's first byte */
  size_t end;      /* offset just past its last byte (a \n or \r\n excluded) */
  size_t next;     /* offset where the next line starts */
  unsigned words;  /* runs of bytes other than space, \t, \v, \f, \r */
  unsigned caps;   /* alphanumeric runs starting with an upper-case letter */
  unsigned digits; /* alphanumeric runs starting with a digit 0-9 */
} sr_line_info;

/* Reads the line starting at byte offset pos and fills *out.  Returns 1, or
 * 0 when pos >= len (no more lines).  A final line break does not start an
 * extra empty line: "a\n" is one line, "a\n\n" two ("a" and "").
 *
 * Alphanumeric runs are maximal runs of ASCII letters, ASCII digits and
 * non-ASCII bytes (any byte >= 0x80), the reading of Lua's [%w\128-\255], so
 * that a word after an opening curly quote starts at the quote and is not
 * counted as capitalised.  A run starts with an upper-case letter when its
 * first character is A-Z or, for a valid UTF-8 sequence, a letter of
 * category Lu or Lt. */
int sr_lines_next(const char *s, size_t len, size_t pos, sr_line_info *out);

#endif
