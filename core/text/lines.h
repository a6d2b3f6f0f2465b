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
  size_t start;     /* byte offset of the line's first byte */
  size_t end;       /* offset just past its last byte (a \n or \r\n excluded) */
  size_t next;      /* offset where the next line starts */
  unsigned words;   /* runs of bytes other than space, \t, \v, \f, \r */
  unsigned caps;    /* alphanumeric runs starting with an upper-case letter */
  unsigned digits;  /* alphanumeric runs starting with a digit 0-9 */
  unsigned runs;    /* all alphanumeric runs (0: only spaces and symbols) */
  int digit;        /* 1 when the line holds an ASCII digit anywhere */
  size_t first;     /* offset of the line's first word (see below) */
  size_t first_end; /* offset just past it; equal to first when there is none */
  int ends;         /* 1 when the line ends like a sentence (sr_lines_ends_sentence) */
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

/* The first word of a line, as sr_lines_next reports it in first/first_end:
 * the run of ASCII letters that follows the line's leading white space,
 * ASCII punctuation and bytes of the bullets U+2022 and U+00B7 (E2 80 A2,
 * C2 B7), the reading of the Lua pattern "^[%s%p\xE2\x80\xA2\xC2\xB7]*(%a+)".
 * None (first == first_end) when that prefix is followed by anything else:
 * a digit, another non-ASCII character, or the end of the line. */

/* Whether the len bytes at s end like a sentence: after dropping trailing
 * "*" and then white space, the last byte is one of . ! ? : ; " ' ), or,
 * after dropping trailing white space only, the line ends with a closing
 * curly quote U+201D or U+2019. */
int sr_lines_ends_sentence(const char *s, size_t len);

/* Writes the len bytes at s to out (room for len bytes) in ASCII lower
 * case, without the runs of spaces that come just before a colon ("Sumber :
 * Antara" becomes "sumber: antara"), and returns the number of bytes
 * written.  Other bytes are copied as they are. */
size_t sr_lines_lower(const char *s, size_t len, char *out);

/* Where a line starts over: the offset of the first occurrence of its first
 * n bytes at or after offset from, or -1 when there is none or the line has
 * fewer than 2n bytes (a caption printed twice on one line, "X. (Foto: Y)
 * X. (Foto: Y)", repeats its start about half-way).  n must be at least 1. */
long sr_lines_again(const char *s, size_t len, size_t n, size_t from);

/* Writes to out (room for len bytes) the comparison key of the len bytes at
 * s: its ASCII letters in lower case, its digits and its non-ASCII bytes, in
 * order, and nothing else (the Lua reading gsub(lower(s),
 * "[^%w\128-\255]+", "")).  Returns the number of bytes written. */
size_t sr_lines_key(const char *s, size_t len, char *out);

/* The head of the text at offset pos: after skipping white space, ASCII
 * punctuation and the bytes of curly quotes (E2 80 98 99 9C 9D), nwords - 1
 * runs of non-space bytes each followed by exactly one space, then a run of
 * ASCII letters, digits and non-ASCII bytes.  With nwords = 5 this is the
 * Lua pattern "^[%s%p\xE2\x80\x9C\x9D\x98\x99]*(%S+ %S+ %S+ %S+ [%w\128-\255]+)",
 * including its backtracking: when the head cannot start after the whole
 * skipped prefix, a shorter prefix is tried ("- Satu dua tiga empat" has the
 * head "- Satu dua tiga empat").  Returns 1 and the head's span in
 * [*start, *end), or 0 when there is none.  nwords must be at least 1. */
int sr_lines_head(const char *s, size_t len, size_t pos, unsigned nwords, size_t *start,
                  size_t *end);

/* The next sentence start at or after offset pos: a ".", "!" or "?", any
 * bytes of closing quotes (", E2 80 9D), at least one white-space byte, any
 * bytes of opening quotes (", E2 80 9C), then an ASCII capital, whose offset
 * is stored in *cap.  Returns 0 when there is none.  (The byte-mode regex
 * [.!?]["\xE2\x80\x9D]*\s+["\xE2\x80\x9C]*[A-Z], leftmost match.) */
int sr_lines_sentence_next(const char *s, size_t len, size_t pos, size_t *cap);

/* Shape flags of a line (sr_lines_shape): cheap tests of its ends and
 * words that a line classifier asks of every line, answered in one call
 * instead of one pattern match each. */
enum {
  SR_SHAPE_HASH = 1,     /* starts with "#" */
  SR_SHAPE_SLASH = 2,    /* holds a "/" */
  SR_SHAPE_PERIOD = 4,   /* a full stop, then closing quotes and white space
                          * end it: after dropping trailing white space
                          * (space, \t..\r) and then the bytes ", E2, 80 and
                          * 9D, the last byte is "." (the Lua pattern
                          * "%.[\"\xE2\x80\x9D]*%s*$") */
  SR_SHAPE_DOTDOT = 8,   /* its last two bytes are ".." */
  SR_SHAPE_MARK = 16,    /* after trailing white space, it ends with one of
                          * . ! ? " or the byte E2, or one of those followed
                          * by 9D or by 80 9D, or one of those followed by 80
                          * (a mark and maybe a closing curly quote) */
  SR_SHAPE_LOWPAIR = 32, /* two words of lower-case ASCII letters, each of two
                          * or more, with one space between, the first after
                          * a byte that is not an ASCII letter or digit (the
                          * Lua pattern "%f[%w]%l%l+ %l%l+") */
  SR_SHAPE_LOWER = 64,   /* starts with a lower-case ASCII letter */
  SR_SHAPE_DIGIT = 128,  /* holds an ASCII digit (the Lua pattern "%d") */
};

/* The SR_SHAPE_* flags of the len bytes at s. */
unsigned sr_lines_shape(const char *s, size_t len);

/* The same for the line of s that sr_lines_next described in *ln, taking
 * SR_SHAPE_DIGIT from its counts instead of reading the line again. */
unsigned sr_lines_shape_of(const char *s, const sr_line_info *ln);

#endif
